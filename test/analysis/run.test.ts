import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runAnalysis, type AnalysisEvent, type RunContext } from '../../src/core/analysis/run.js';
import { parseAnalysis, resolveArgs } from '../../src/core/analysis/template.js';
import type { AlertsSpec, CompareResult, CompareSpec, FiringAlert, MetricProvider, ProviderSpec } from '../../src/core/analysis/types.js';
import { Cancelled } from '../../src/core/cancel.js';
import { freePort } from '../deploy/support.js';

/** Virtual time: sleeps resolve in time order once every task is waiting. */
class FakeClock {
  t = 0;
  private timers: Array<{ at: number; seq: number; resolve: () => void }> = [];
  private seq = 0;
  now = () => Date.UTC(2026, 11, 6, 2, 0, 0) + this.t;
  sleep = (ms: number, signal: AbortSignal): Promise<void> =>
    new Promise((resolve, reject) => {
      if (signal.aborted) return reject(new Error('aborted'));
      const timer = { at: this.t + ms, seq: this.seq++, resolve };
      this.timers.push(timer);
      signal.addEventListener('abort', () => {
        this.timers = this.timers.filter((x) => x !== timer);
        reject(new Error('aborted'));
      });
    });
  /** Runs `p` to its end, advancing time whenever nothing else can move. */
  async drive<T>(p: Promise<T>): Promise<T> {
    let done = false;
    p.then(
      () => (done = true),
      () => (done = true)
    );
    for (let steps = 0; !done && steps < 100_000; steps++) {
      await new Promise((r) => setImmediate(r));
      if (done || !this.timers.length) continue;
      this.timers.sort((a, b) => a.at - b.at || a.seq - b.seq);
      const next = this.timers.shift()!;
      this.t = next.at;
      next.resolve();
    }
    return p;
  }
}

type Step = number | number[] | null | Error;

/** A provider answering each measure() with the next step (the last one repeated). */
function scripted(steps: Step[], log?: Array<{ t: number; query: string }>, clock?: FakeClock): MetricProvider & { closed: boolean } {
  let i = 0;
  return {
    closed: false,
    async measure(query) {
      log?.push({ t: clock?.t ?? 0, query });
      const step = steps[Math.min(i++, steps.length - 1)];
      if (step instanceof Error) throw step;
      return step;
    },
    async close() {
      this.closed = true;
    }
  };
}

function context(clock: FakeClock, providers: Record<string, MetricProvider>, extra: Partial<RunContext> = {}): RunContext & { events: AnalysisEvent[]; specs: ProviderSpec[] } {
  const events: AnalysisEvent[] = [];
  const specs: ProviderSpec[] = [];
  return {
    stage: 'canary step 1/3',
    args: {},
    signal: new AbortController().signal,
    clock,
    provider(spec) {
      specs.push(spec);
      const key = Object.keys(providers).find((k) => spec.query.includes(k));
      if (!key) throw new Error(`no fake provider for ${spec.query}`);
      return providers[key];
    },
    onEvent: (e) => events.push(e),
    events,
    specs,
    ...extra
  };
}

const metric = (name: string, lines: string) => `- name: ${name}\n${lines.replace(/^/gm, '  ')}\n  provider:\n    prometheus: { address: "http://127.0.0.1:9090", query: "${name}_query{slot=\\"{{args.slot}}\\"}" }\n`;
const analysis = (...metrics: string[]) => parseAnalysis(`metrics:\n${metrics.join('')}`, { source: 'analysis.yml', input: 'analysis' });
const at = (s: number) => new Date(Date.UTC(2026, 11, 6, 2, 0, 0) + s * 1000).toISOString();

describe('measurement and metric verdicts (Argo)', () => {
  it('fails when failures pass failureLimit, naming the figures', async () => {
    const clock = new FakeClock();
    const spec = analysis(metric('error-ratio', 'interval: 30s\ncount: 3\nfailureLimit: 1\nfailureCondition: result[0] > 0.05'));
    const log: Array<{ t: number; query: string }> = [];
    const ctx = context(clock, { error: scripted([[0.081], [0.02], [0.09]], log, clock) }, { args: { slot: 'green' } });
    const run = await clock.drive(runAnalysis(spec, ctx));
    expect(run.phase).toBe('Failed');
    expect(run.message).toBe('error-ratio failed 2 of 3 measurements (limit 1): result [0.09] (failureCondition result[0] > 0.05)');
    expect(log).toEqual([0, 30_000, 60_000].map((t) => ({ t, query: 'error-ratio_query{slot="green"}' })));
    expect(run.metrics[0]).toMatchObject({ phase: 'Failed', count: 3, successful: 1, failed: 2, inconclusive: 0, error: 0, query: 'error-ratio_query{slot="green"}', provider: 'prometheus' });
    expect(run.metrics[0].measurements.map((m) => [m.at, m.phase])).toEqual([
      [at(0), 'Failed'],
      [at(30), 'Successful'],
      [at(60), 'Failed']
    ]);
    expect(run.startedAt).toBe(at(0));
    expect(run.finishedAt).toBe(at(60));
    expect(run.stage).toBe('canary step 1/3');
  });

  it('with failureLimit at its default 0, the first failure fails the metric', async () => {
    const clock = new FakeClock();
    const spec = analysis(metric('error-ratio', 'interval: 30s\ncount: 5\nsuccessCondition: result[0] <= 0.05'));
    const run = await clock.drive(runAnalysis(spec, context(clock, { error: scripted([[0.2]]) }, { args: { slot: 'green' } })));
    expect(run.phase).toBe('Failed');
    expect(run.message).toBe('error-ratio failed 1 of 1 measurements (limit 0): result [0.2] (successCondition result[0] <= 0.05 not met)');
    expect(clock.t).toBe(0);
  });

  it('passes when failures stay within failureLimit once count is reached', async () => {
    const clock = new FakeClock();
    const spec = analysis(metric('error-ratio', 'interval: 30s\ncount: 3\nfailureLimit: 1\nfailureCondition: result[0] > 0.05'));
    const run = await clock.drive(runAnalysis(spec, context(clock, { error: scripted([[0.01], [0.07], [0.01]]) }, { args: { slot: 'green' } })));
    expect(run.phase).toBe('Successful');
    expect(run.metrics[0]).toMatchObject({ phase: 'Successful', successful: 2, failed: 1 });
    expect(run.message).toBe('all 1 metric successful: error-ratio 2 of 3');
  });

  it('both conditions false: Inconclusive; past inconclusiveLimit the run is Inconclusive', async () => {
    const clock = new FakeClock();
    const conditions = 'successCondition: result[0] < 0.01\nfailureCondition: result[0] > 0.05';
    const spec = analysis(metric('error-ratio', `interval: 10s\ncount: 3\ninconclusiveLimit: 1\n${conditions}`));
    const run = await clock.drive(runAnalysis(spec, context(clock, { error: scripted([[0.03], [0.005], [0.02]]) }, { args: { slot: 'green' } })));
    expect(run.phase).toBe('Inconclusive');
    expect(run.metrics[0]).toMatchObject({ phase: 'Inconclusive', successful: 1, inconclusive: 2 });
    expect(run.message).toBe('error-ratio inconclusive 2 of 3 measurements (limit 1): result [0.02] (neither successCondition result[0] < 0.01 nor failureCondition result[0] > 0.05 met)');
  });

  it('errors: retried every 10 s, not counted toward count; five in a row (limit 4) err the metric, the run is Inconclusive', async () => {
    const clock = new FakeClock();
    const spec = analysis(metric('error-ratio', 'interval: 60s\ncount: 3\nsuccessCondition: result[0] < 0.05'));
    const log: Array<{ t: number; query: string }> = [];
    const down = new Error('Post "http://127.0.0.1:9090/api/v1/query": connection refused');
    const run = await clock.drive(runAnalysis(spec, context(clock, { error: scripted([[0.01], down], log, clock) }, { args: { slot: 'green' } })));
    expect(log.map((l) => l.t / 1000)).toEqual([0, 60, 70, 80, 90, 100]);
    expect(run.phase).toBe('Inconclusive');
    expect(run.metrics[0]).toMatchObject({ phase: 'Error', count: 1, successful: 1, error: 5 });
    expect(run.message).toBe('error-ratio erred 5 times in a row (limit 4): Post "http://127.0.0.1:9090/api/v1/query": connection refused');
  });

  it('an error between successes resets the streak; count counts successes only', async () => {
    const clock = new FakeClock();
    const spec = analysis(metric('error-ratio', 'interval: 30s\ncount: 2\nconsecutiveErrorLimit: 1\nsuccessCondition: result[0] < 0.05'));
    const boom = new Error('timeout');
    const run = await clock.drive(runAnalysis(spec, context(clock, { error: scripted([boom, [0.01], boom, [0.02]]) }, { args: { slot: 'green' } })));
    expect(run.phase).toBe('Successful');
    expect(run.metrics[0].measurements.map((m) => m.phase)).toEqual(['Error', 'Successful', 'Error', 'Successful']);
    expect(run.metrics[0]).toMatchObject({ count: 2, error: 2 });
    expect(clock.t).toBe(10_000 + 30_000 + 10_000);
  });

  it('deviation: all measurements erring is Error, never Successful (Prometheus down must not pass)', async () => {
    const clock = new FakeClock();
    const spec = analysis(metric('error-ratio', 'consecutiveErrorLimit: 0'));
    const run = await clock.drive(runAnalysis(spec, context(clock, { error: scripted([new Error('connection refused')]) }, { args: { slot: 'green' } })));
    expect(run.metrics[0].phase).toBe('Error');
    expect(run.phase).toBe('Inconclusive');
    expect(run.message).toBe('error-ratio erred 1 times in a row (limit 0): connection refused');
  });

  it('a query that never returned a value passes as Argo judges it, when its condition accepts an empty result, and says so', async () => {
    const clock = new FakeClock();
    const spec = analysis(metric('success-rate', 'interval: 1m\ncount: 2\nsuccessCondition: len(result) == 0 || result[0] >= 0.95'));
    const run = await clock.drive(runAnalysis(spec, context(clock, { success: scripted([null]) }, { args: { slot: 'green' } })));
    expect(run.metrics[0].measurements.map((m) => m.phase)).toEqual(['Successful', 'Successful']);
    expect(run.metrics[0].phase).toBe('Successful');
    expect(run.phase).toBe('Successful');
    expect(run.metrics[0].message).toContain('every result was empty: passed by its conditions');
  });

  it('a condition that cannot be evaluated is an Error measurement with Argo’s message', async () => {
    const clock = new FakeClock();
    const spec = analysis(metric('success-rate', 'successCondition: result[0] >= 0.95\nconsecutiveErrorLimit: 0'));
    const run = await clock.drive(runAnalysis(spec, context(clock, { success: scripted([[]]) }, { args: { slot: 'green' } })));
    expect(run.metrics[0].measurements[0]).toMatchObject({
      phase: 'Error',
      message: 'could not evaluate successCondition "result[0] >= 0.95": metric result is nil or empty: no data returned from the metric provider'
    });
  });
});

describe('bounds', () => {
  it('keeps the last 100 measurements of a metric', async () => {
    const clock = new FakeClock();
    const spec = analysis(metric('latency', 'interval: 1s\ncount: 150\nsuccessCondition: result[0] < 300'));
    const run = await clock.drive(runAnalysis(spec, context(clock, { latency: scripted([[120]]) }, { args: { slot: 'green' } })));
    expect(run.metrics[0]).toMatchObject({ count: 150, successful: 150 });
    expect(run.metrics[0].measurements).toHaveLength(100);
    expect(run.metrics[0].measurements[0].at).toBe(at(50));
    expect(run.finishedAt).toBe(at(149));
  });
});

describe('condition errors', () => {
  it('names the condition that could not be evaluated, with expr-lang’s reason', async () => {
    const clock = new FakeClock();
    const spec = analysis(metric('success-rate', 'successCondition: result[0] >= 0.95\nfailureCondition: result[1] > 0.5\nconsecutiveErrorLimit: 0'));
    const run = await clock.drive(runAnalysis(spec, context(clock, { success: scripted([[0.97]]) }, { args: { slot: 'green' } })));
    expect(run.metrics[0].measurements[0]).toMatchObject({ phase: 'Error', message: 'could not evaluate failureCondition "result[1] > 0.5": index out of range: 1 (array length is 1)' });
    expect(run.phase).toBe('Inconclusive');
  });
});

describe("the docs' AnalysisRun examples (docs/features/analysis.md, Handling Metric Results)", () => {
  it.each([
    ['successCondition: isNaN(result) || result >= 0.95', NaN, 'Successful'],
    ['successCondition: result >= 0.95\nfailureCondition: result < 0.95', NaN, 'Inconclusive'],
    ['successCondition: result >= 0.95', NaN, 'Failed'],
    ['successCondition: result >= 0.95', Infinity, 'Successful'],
    ['failureCondition: isInf(result)', Infinity, 'Failed'],
    ['successCondition: len(result) > 0 && result[0] >= 0.95', [], 'Failed']
  ] as Array<[string, number | number[], string]>)('%s with %s: %s', async (conditions, value, phase) => {
    const clock = new FakeClock();
    const spec = analysis(metric('success-rate', conditions));
    const run = await clock.drive(runAnalysis(spec, context(clock, { success: scripted([value]) }, { args: { slot: 'green' } })));
    expect(run.metrics[0].measurements[0].phase).toBe(phase);
  });
});

describe('fail fast, dry run, alerts', () => {
  it('a failing metric stops the others at once: the run ends Failed within its own interval', async () => {
    const clock = new FakeClock();
    const spec = analysis(
      metric('error-ratio', 'interval: 30s\ncount: 10\nfailureCondition: result[0] > 0.05'),
      metric('latency', 'interval: 60s\ncount: 10\nsuccessCondition: result[0] < 300')
    );
    const slow = scripted([[120]]);
    const ctx = context(clock, { error: scripted([[0.01], [0.2]]), latency: slow }, { args: { slot: 'green' } });
    const run = await clock.drive(runAnalysis(spec, ctx));
    expect(run.phase).toBe('Failed');
    expect(run.finishedAt).toBe(at(30));
    expect(run.message).toBe('error-ratio failed 1 of 2 measurements (limit 0): result [0.2] (failureCondition result[0] > 0.05)');
    expect(run.metrics[1].measurements).toHaveLength(1);
    expect(run.metrics[1].message).toBe('latency successful 1 of 1 measurements (stopped after 1 of 10), last result [120]');
    expect(slow.closed).toBe(true);
    expect(ctx.events.filter((e) => e.type === 'metric').map((e) => (e.type === 'metric' ? e.result.name : ''))).toEqual(['error-ratio', 'latency']);
  });

  it('a dry-run metric that fails neither fails the run nor stops the others', async () => {
    const clock = new FakeClock();
    const spec = parseAnalysis(
      `metrics:\n${metric('error-ratio', 'interval: 30s\ncount: 3\nfailureCondition: result[0] > 0.05')}${metric('latency', 'interval: 30s\ncount: 3\nsuccessCondition: result[0] < 300')}dryRun:\n- metricName: error-ratio\n`,
      { source: 'analysis.yml', input: 'analysis' }
    );
    const run = await clock.drive(runAnalysis(spec, context(clock, { error: scripted([[0.2]]), latency: scripted([[120]]) }, { args: { slot: 'green' } })));
    expect(run.metrics[0]).toMatchObject({ phase: 'Failed', dryRun: true, failed: 1 });
    expect(run.metrics[1]).toMatchObject({ phase: 'Successful', count: 3 });
    expect(run.phase).toBe('Successful');
    expect(run.message).toBe('all 1 metric successful: latency 3 of 3');
  });

  const ALERTS = 'args:\n- name: service\nalerts:\n  address: http://127.0.0.1:9093\n  matchers: service={{args.service}}, env=production\n  interval: 15s\n';
  const firing: FiringAlert = { name: 'HighErrorRatio', labels: { alertname: 'HighErrorRatio', service: 'shop', env: 'production' }, startsAt: at(20), fingerprint: 'a1b2' };

  it('a matching alert fires: the run fails at once, naming it', async () => {
    const clock = new FakeClock();
    const spec = parseAnalysis(`${ALERTS}metrics:\n${metric('latency', 'interval: 30s\ncount: 10\nsuccessCondition: result[0] < 300')}`, { source: 'analysis.yml', input: 'analysis' });
    const seen: Array<{ t: number; spec: AlertsSpec }> = [];
    const alerts = async (s: AlertsSpec) => {
      seen.push({ t: clock.t, spec: s });
      return clock.t >= 30_000 ? [firing] : [];
    };
    const ctx = context(clock, { latency: scripted([[120]]) }, { args: { slot: 'green', service: 'shop' }, alerts });
    const run = await clock.drive(runAnalysis(spec, ctx));
    expect(seen.map((s) => s.t / 1000)).toEqual([0, 15, 30]);
    expect(seen[0].spec.matchers).toEqual(['service=shop', 'env=production']);
    expect(run.phase).toBe('Failed');
    expect(run.message).toBe('alert HighErrorRatio firing {service="shop",env="production"}');
    expect(run.finishedAt).toBe(at(30));
    expect(run.alerts).toMatchObject({ checks: 3, errors: 0, firing: [firing], matchers: ['service=shop', 'env=production'] });
    expect(ctx.events).toContainEqual({ type: 'alert', alert: firing });
  });

  it('Alertmanager never answering makes the run Inconclusive; one answer among errors does not', async () => {
    for (const [answers, phase] of [[0, 'Inconclusive'], [1, 'Successful']] as const) {
      const clock = new FakeClock();
      const spec = parseAnalysis(`${ALERTS}metrics:\n${metric('latency', 'interval: 30s\ncount: 2\nsuccessCondition: result[0] < 300')}`, { source: 'analysis.yml', input: 'analysis' });
      let calls = 0;
      const alerts = async () => {
        if (calls++ < answers) return [];
        throw new Error('connect ECONNREFUSED 127.0.0.1:9093');
      };
      const run = await clock.drive(runAnalysis(spec, context(clock, { latency: scripted([[120]]) }, { args: { slot: 'green', service: 'shop' }, alerts })));
      expect(run.phase).toBe(phase);
      // Checks at 0 s and 15 s; the run ends with the metric's second measurement at 30 s.
      expect(run.alerts).toMatchObject({ checks: 2, errors: 2 - answers, lastError: 'connect ECONNREFUSED 127.0.0.1:9093' });
      if (phase === 'Inconclusive') expect(run.message).toBe('alerts: Alertmanager at http://127.0.0.1:9093 did not answer (2 of 2 checks erred): connect ECONNREFUSED 127.0.0.1:9093');
    }
  });
});

describe('canary against baseline', () => {
  const spec = () =>
    parseAnalysis(`metrics:\n${metric('p95', 'interval: 10s\ncount: 3\ncompare: { tolerance: "10%" }\ngate: p95_ms')}`, { source: 'analysis.yml', input: 'analysis' });
  const verdict = (v: CompareResult['verdict']) => (canary: number[], baseline: number[], s: CompareSpec): CompareResult => ({
    verdict: v,
    canary,
    baseline,
    canaryMedian: null,
    baselineMedian: null,
    changePct: null,
    u: null,
    pValue: null,
    tolerancePct: s.tolerancePct,
    confidence: s.confidence,
    detail: 'canary median 180 ms vs baseline 120 ms (+50%, p=0.04)'
  });

  it('measures canary and baseline (stable slot), and the comparison decides', async () => {
    const clock = new FakeClock();
    const values: Record<string, Step[]> = { green: [[180], [190], [170]], blue: [[120], [118], [125]] };
    const providers: Record<string, MetricProvider> = {};
    const ctx = context(clock, providers, { args: { slot: 'green', 'stable-slot': 'blue', version: '2.0.0', 'previous-version': '1.9.0', url: 'http://g', 'stable-url': 'http://b' } });
    ctx.provider = (s) => {
      ctx.specs.push(s);
      return scripted(values[/slot="(\w+)"/.exec(s.query)![1]]);
    };
    const seen: number[][] = [];
    ctx.compare = (c, b, s) => {
      seen.push(c, b);
      return verdict('fail')(c, b, s);
    };
    const run = await clock.drive(runAnalysis(spec(), ctx));
    expect(ctx.specs.map((s) => s.query)).toEqual(['p95_query{slot="green"}', 'p95_query{slot="blue"}']);
    expect(seen).toEqual([
      [180, 190, 170],
      [120, 118, 125]
    ]);
    expect(run.metrics[0].measurements.map((m) => [m.value, m.baseline])).toEqual([
      [180, 120],
      [190, 118],
      [170, 125]
    ]);
    expect(run.phase).toBe('Failed');
    expect(run.message).toBe('p95 failed against the baseline: canary median 180 ms vs baseline 120 ms (+50%, p=0.04)');
    expect(run.metrics[0]).toMatchObject({ gate: 'p95_ms', compare: { verdict: 'fail' } });
  });

  it('more than one series is an Error naming the count', async () => {
    const clock = new FakeClock();
    const ctx = context(clock, { p95: scripted([[180, 175]]) }, { args: { slot: 'green', 'stable-slot': 'blue', 'previous-version': '1', 'stable-url': 'x' }, compare: verdict('pass') });
    const s = spec();
    s.metrics[0].consecutiveErrorLimit = 0;
    const run = await clock.drive(runAnalysis(s, ctx));
    expect(run.metrics[0].measurements[0].message).toBe('canary query returned 2 series; a compare metric needs one number (aggregate it, e.g. sum(...))');
    expect(run.metrics[0].phase).toBe('Error');
  });

  it('an inconclusive comparison makes the run Inconclusive', async () => {
    const clock = new FakeClock();
    const ctx = context(clock, { p95: scripted([[180]]) }, { args: { slot: 'green', 'stable-slot': 'blue', 'previous-version': '1', 'stable-url': 'x' }, compare: verdict('inconclusive') });
    const run = await clock.drive(runAnalysis(spec(), ctx));
    expect(run.phase).toBe('Inconclusive');
    expect(run.message).toMatch(/^p95 inconclusive against the baseline: /);
  });
});

describe('cancellation and masking', () => {
  it('cancelled mid-run: throws Cancelled at once and closes the providers', async () => {
    const clock = new FakeClock();
    const controller = new AbortController();
    const spec = analysis(metric('latency', 'interval: 30s\ncount: 10\nsuccessCondition: result[0] < 300'));
    const provider = scripted([[120]]);
    const ctx = context(clock, { latency: provider }, { args: { slot: 'green' }, signal: controller.signal });
    ctx.onEvent = () => controller.abort('SIGINT');
    await expect(clock.drive(runAnalysis(spec, ctx))).rejects.toThrow(new Cancelled('SIGINT', 'analysis (canary step 1/3) stopped'));
    expect(clock.t).toBe(0);
    expect(provider.closed).toBe(true);
  });

  it('masks the values of maskArgs in args and messages', async () => {
    const clock = new FakeClock();
    const spec = analysis(metric('latency', 'consecutiveErrorLimit: 0'));
    const ctx = context(clock, { latency: scripted([new Error('401 for token s3cr3t')]) }, { args: { slot: 's3cr3t', token: 's3cr3t' }, maskArgs: ['token'] });
    const run = await clock.drive(runAnalysis(spec, ctx));
    expect(run.args).toEqual({ slot: 's3cr3t', token: '***' });
    expect(run.message).toBe('latency erred 1 times in a row (limit 0): 401 for token ***');
    expect(run.metrics[0].query).toBe('latency_query{slot="***"}');
  });
});

describe("an Argo template end to end: docs/analysis/prometheus.md's range query", () => {
  const md = readFileSync(path.join(process.cwd(), 'test/fixtures/analysis/argo/docs_analysis_prometheus.md'), 'utf8');
  const block = md.split('## Range queries')[1].split('```yaml\n')[1].split('```')[0];

  it('a lookback arg that is no duration is refused before any measurement', async () => {
    const spec = parseAnalysis(block, { source: 'range.yml', input: 'analysis' });
    const clock = new FakeClock();
    const ctx = context(clock, { http_latency_ms: scripted([[1]]) }, { args: resolveArgs(spec, { 'service-name': 'shop', 'lookback-duration': 'five minutes' }, 'analysis') });
    await expect(clock.drive(runAnalysis(spec, ctx))).rejects.toThrow('metric success-rate: rangeQuery start "now() - duration(\\"five minutes\\")": time: invalid duration "five minutes"');
    expect(ctx.specs).toEqual([]);
  });

  it.each([
    // "checks that all returned values are under 1000ms"
    [[120, 340, 980], 'Successful', 'Successful'],
    // one value over 1000: the measurement fails; with failureLimit 3 and one measurement the metric passes, as Argo decides
    [[120, 1200], 'Failed', 'Successful']
  ] as Array<[number[], string, string]>)('values %j: measurement %s, run %s', async (values, measurement, phase) => {
    const spec = parseAnalysis(block, { source: 'range.yml', input: 'analysis' });
    const args = resolveArgs(spec, { 'service-name': 'shop' }, 'analysis');
    const clock = new FakeClock();
    const ctx = context(clock, { http_latency_ms: scripted([values]) }, { args });
    const run = await clock.drive(runAnalysis(spec, ctx));
    expect(ctx.specs[0]).toEqual({
      kind: 'prometheus',
      address: 'http://prometheus.example.com:9090',
      query: 'http_latency_ms{service="shop"}',
      timeoutMs: 30_000,
      headers: {},
      range: { start: 'now() - duration("5m")', end: 'now()', step: '1m' }
    });
    expect(run.metrics[0].measurements[0].phase).toBe(measurement);
    expect(run.phase).toBe(phase);
    expect(run.args).toEqual({ 'lookback-duration': '5m', 'service-name': 'shop' });
  });
});

/**
 * The least provider that asks Prometheus's HTTP API (`/api/v1/query`) as Argo's does: a vector is
 * its values, a scalar its value, no series null. (The real provider is prometheus.ts.)
 */
function instantQuery(spec: ProviderSpec): MetricProvider {
  if (spec.kind !== 'prometheus') throw new Error('prometheus only');
  return {
    async measure(query, signal) {
      const res = await fetch(`${spec.address}/api/v1/query?query=${encodeURIComponent(query)}`, { signal });
      const body = (await res.json()) as { status: string; error?: string; data: { resultType: string; result: unknown } };
      if (body.status !== 'success') throw new Error(`prometheus: ${body.error}`);
      if (body.data.resultType === 'scalar') return Number((body.data.result as [number, string])[1]);
      const series = body.data.result as Array<{ value: [number, string] }>;
      return series.length ? series.map((x) => Number(x.value[1])) : null;
    }
  };
}

describe('against Prometheus 2.42 (Debian), in real time', () => {
  let prometheus: ChildProcess | undefined;
  let dir: string;
  let port: number;
  beforeAll(async () => {
    port = await freePort();
    dir = mkdtempSync(path.join(os.tmpdir(), 'analysis-prom-'));
    writeFileSync(path.join(dir, 'prometheus.yml'), 'global: { scrape_interval: 1m }\n');
    prometheus = spawn('/usr/bin/prometheus', [`--config.file=${dir}/prometheus.yml`, `--storage.tsdb.path=${dir}/data`, `--web.listen-address=127.0.0.1:${port}`], { stdio: 'ignore' });
    for (let i = 0; i < 200; i++) {
      const ready = await fetch(`http://127.0.0.1:${port}/-/ready`).then((r) => r.ok, () => false);
      if (ready) return;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error('prometheus did not start');
  }, 30_000);
  afterAll(() => {
    prometheus?.kill();
    rmSync(dir, { recursive: true, force: true });
  });

  const template = (query: string, conditions: string, extra = '') =>
    parseAnalysis(
      `args:\n- name: port\nmetrics:\n- name: success-rate\n  interval: 200ms\n  count: 2\n${extra}${conditions.replace(/^/gm, '  ')}\n  provider:\n    prometheus:\n      address: "http://127.0.0.1:{{args.port}}"\n      query: '${query}'\n`,
      { source: 'analysis.yml', input: 'analysis' }
    );
  const run = (spec: ReturnType<typeof template>, p = port) =>
    runAnalysis(spec, { stage: 'post-deploy bake', args: { port: String(p) }, provider: instantQuery, signal: new AbortController().signal });

  it("Argo's success-rate condition on Prometheus's vector: Successful, then Failed", async () => {
    const ok = await run(template('vector(0.97)', 'successCondition: result[0] >= 0.95'));
    expect(ok.phase).toBe('Successful');
    expect(ok.metrics[0].measurements.map((m) => m.value)).toEqual([[0.97], [0.97]]);
    const bad = await run(template('vector(0.81)', 'successCondition: result[0] >= 0.95'));
    expect(bad.phase).toBe('Failed');
    expect(bad.message).toBe('success-rate failed 1 of 1 measurements (limit 0): result [0.81] (successCondition result[0] >= 0.95 not met)');
  });

  it("the docs' NaN example, NaN from Prometheus itself: Inconclusive", async () => {
    const r = await run(template('scalar(vector(NaN))', 'successCondition: result >= 0.95\nfailureCondition: result < 0.95'));
    expect(r.metrics[0].measurements[0]).toMatchObject({ phase: 'Inconclusive', value: NaN });
    expect(r.phase).toBe('Inconclusive');
  });

  it('a query matching no series passes only where its condition accepts an empty result, and says so', async () => {
    const accepting = await run(template('http_requests_total{job="nothing-here"}', 'successCondition: len(result) == 0 || result[0] >= 0.95'));
    expect(accepting.metrics[0].measurements.map((m) => [m.phase, m.value])).toEqual([
      ['Successful', null],
      ['Successful', null]
    ]);
    expect(accepting.phase).toBe('Successful');
    expect(accepting.metrics[0].message).toMatch(/every result was empty: passed by its conditions/);
    // Indexing an empty result is an evaluation error, as in expr-lang: never a pass.
    const indexing = await run(template('http_requests_total{job="nothing-here"}', 'successCondition: result[0] >= 0.95', '  consecutiveErrorLimit: 0\n'));
    expect(indexing.metrics[0].phase).toBe('Error');
    expect(indexing.phase).toBe('Inconclusive');
  });

  it("a query Prometheus refuses: Error measurements with Prometheus's own message", async () => {
    const r = await run(template('sum(rate(x[5m])', 'successCondition: result[0] >= 0.95', '  consecutiveErrorLimit: 0\n'));
    expect(r.phase).toBe('Inconclusive');
    expect(r.metrics[0].measurements[0].message).toBe('prometheus: invalid parameter "query": 1:16: parse error: unclosed left parenthesis');
  });

  it('Prometheus down: Error, the run Inconclusive', async () => {
    const closed = await freePort();
    const r = await run(template('vector(0.97)', 'successCondition: result[0] >= 0.95', '  consecutiveErrorLimit: 0\n'), closed);
    expect(r.metrics[0].phase).toBe('Error');
    expect(r.phase).toBe('Inconclusive');
    expect(r.message).toBe('success-rate erred 1 times in a row (limit 0): fetch failed');
  });
});
