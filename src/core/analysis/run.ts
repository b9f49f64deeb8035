/**
 * The measurement loop: an {@link AnalysisSpec} measured into an {@link AnalysisRun}, with Argo
 * Rollouts' semantics (argoproj/argo-rollouts, analysis/analysis.go and utils/evaluate/evaluate.go):
 *
 * - Each metric on its own schedule, all concurrently: `initialDelay`, then up to `count`
 *   measurements, the next `interval` after the previous one finished (generateMetricTasks:
 *   `lastMeasurement.FinishedAt.Add(interval)`); after an erring measurement the next comes after
 *   DefaultErrorRetryInterval (10 s) and the error does not count toward `count` (runMeasurements:
 *   only Successful / Failed / Inconclusive increment Count).
 * - A measurement is judged by EvaluateResult: no condition → Successful; only a success condition →
 *   Failed when it is false; only a failure condition → Successful when it is false; both → Failed
 *   when the failure condition holds, Successful when only the success condition holds, else
 *   Inconclusive. A condition that cannot be evaluated, or a provider that throws, is an Error.
 * - A metric is Failed when failed > failureLimit, Inconclusive when inconclusive >
 *   inconclusiveLimit, Error when consecutive errors > consecutiveErrorLimit, checked in that order
 *   with the later winning (assessMetricFailureInconclusiveOrError), else Successful once `count`
 *   measurements are taken (assessMetricStatus).
 * - dryRun metrics are measured and reported but never decide the run (assessRunStatus).
 *
 * Where phase-gates differs, on purpose:
 * - A metric none of whose measurements succeeded (all erred) or returned a value (all empty) is
 *   `Error` — "no measurement succeeded: <last error>" — never Successful: Prometheus down, or a
 *   query that matches nothing, must not pass a release. (Argo's terminated run counts a metric with
 *   no measurement as Successful.)
 * - Fail fast: as soon as a non-dry-run metric fails or a matching alert fires, every other metric
 *   is stopped and the run ends Failed (Argo finishes each metric first).
 * - Alertmanager's firing alerts and the canary-against-baseline comparison (see types.ts).
 * - Each metric keeps its last 100 measurements (Argo: 10 by default, measurementRetention).
 * - Erring measurements are bounded too: at most `count` × (consecutiveErrorLimit + 1), and never
 *   more than `count` + 1000, measurements a metric.
 */
import { Cancelled, signalName, sleepUnlessCancelled } from '../cancel.js';
import { compileCondition, compileTimeExpression, showResult, type Condition } from './condition.js';
import { UserError } from '../errors.js';
import { parseDuration, renderArgs } from './template.js';
import type {
  AlertsResult,
  AlertsSpec,
  AnalysisRun,
  AnalysisSpec,
  CompareResult,
  CompareSpec,
  FiringAlert,
  Measurement,
  MeasurementPhase,
  MetricPhase,
  MetricProvider,
  MetricResult,
  MetricSpec,
  ProviderSpec,
  RunPhase
} from './types.js';

export interface RunContext {
  /** Where in the release: 'canary step 1/3', 'post-deploy bake'. */
  stage: string;
  /** Resolved args (resolveArgs); queries, URLs and addresses are rendered with them. */
  args: Record<string, string>;
  /** A provider for a rendered spec (prometheus.ts / scrape.ts). */
  provider(spec: ProviderSpec): MetricProvider;
  /** Matching firing alerts now (alertmanager.ts); throws when Alertmanager does not answer. */
  alerts?(spec: AlertsSpec, signal: AbortSignal): Promise<FiringAlert[]>;
  /** The rank test of a compare metric's samples (compare.ts). */
  compare?(canary: number[], baseline: number[], spec: CompareSpec): CompareResult;
  /** Cancelled: stop at once, throw {@link Cancelled}. */
  signal: AbortSignal;
  clock?: { now(): number; sleep(ms: number, signal: AbortSignal): Promise<void> };
  onEvent?(event: AnalysisEvent): void;
  /** Arg names whose values are shown as *** in AnalysisRun.args and in messages. */
  maskArgs?: string[];
}

export type AnalysisEvent =
  | { type: 'measurement'; metric: string; measurement: Measurement }
  | { type: 'metric'; result: MetricResult }
  | { type: 'alert'; alert: FiringAlert };

/** Argo's DefaultErrorRetryInterval (analysis/analysis.go). */
export const ERROR_RETRY_MS = 10_000;

/**
 * After an error, the next try: Argo's 10 s, or the metric's interval when that is shorter (at
 * least 1 s) — a metric measured every 2 s should not wait 10 s to learn that Prometheus is back.
 */
export function errorRetryMs(intervalMs: number): number {
  return Math.min(ERROR_RETRY_MS, Math.max(intervalMs, 1000));
}
/** Measurements kept per metric. */
export const KEPT_MEASUREMENTS = 100;

const realClock = {
  now: () => Date.now(),
  sleep: (ms: number, signal: AbortSignal) => sleepUnlessCancelled(ms, signal, 'analysis')
};

/** A compare metric's value: one number (a one-element vector is its number). */
function single(value: number | number[] | null, side: string): number | null {
  if (value === null || typeof value === 'number') return value;
  if (value.length === 0) return null;
  if (value.length > 1) throw new Error(`${side} query returned ${value.length} series; a compare metric needs one number (aggregate it, e.g. sum(...))`);
  return value[0];
}

interface Prepared {
  spec: MetricSpec;
  provider: ProviderSpec;
  baseline?: ProviderSpec;
  success?: Condition;
  failure?: Condition;
  query: string;
}

function renderProvider(p: ProviderSpec, args: Record<string, string>, where: { input: string; line?: number }): ProviderSpec {
  const r = (text: string) => renderArgs(text, args, where);
  const headers = Object.fromEntries(Object.entries(p.headers).map(([k, v]) => [k, r(v)]));
  if (p.kind === 'scrape') return { ...p, url: r(p.url), query: r(p.query), headers };
  const out: ProviderSpec = { ...p, address: r(p.address), query: r(p.query), headers };
  if (p.range) out.range = { start: r(p.range.start), end: r(p.range.end), step: r(p.range.step) };
  return out;
}

function prepare(spec: AnalysisSpec, args: Record<string, string>): Prepared[] {
  return spec.metrics.map((m) => {
    const where = { input: spec.source, line: m.line };
    const provider = renderProvider(m.provider, args, where);
    if (provider.kind === 'prometheus' && provider.range) {
      // Written with args, a range is checked once rendered: before the run, not at its first measurement.
      for (const key of ['start', 'end'] as const) {
        const text = provider.range[key];
        try {
          compileTimeExpression(text, where)(new Date());
        } catch (e) {
          if (e instanceof UserError) throw e;
          throw new UserError(`metric ${m.name}: rangeQuery ${key} ${JSON.stringify(text)}: ${(e as Error).message}`, where);
        }
      }
      parseDuration(provider.range.step, where);
    }
    const p: Prepared = {
      spec: m,
      provider,
      query: provider.kind === 'scrape' ? `${provider.url} ${provider.query}` : provider.query
    };
    if (m.successCondition) p.success = compileCondition(renderArgs(m.successCondition, args, where), where);
    if (m.failureCondition) p.failure = compileCondition(renderArgs(m.failureCondition, args, where), where);
    if (m.compare) {
      const baseArgs = { ...args };
      for (const [name, value] of Object.entries(m.compare.baselineArgs)) {
        // A default mapping whose source deploy could not give (stable-url without slot-urls) leaves
        // the arg unknown for the baseline: a query that uses it says so; one that does not, runs.
        const from = /^\{\{\s*args\.([\w.-]+)\s*\}\}$/.exec(value)?.[1];
        if (from && !(from in args)) delete baseArgs[name];
        else baseArgs[name] = renderArgs(value, args, where);
      }
      p.baseline = renderProvider(m.provider, baseArgs, where);
    }
    return p;
  });
}

/** EvaluateResult (utils/evaluate/evaluate.go): the phase of one value, and why. */
function judge(p: Prepared, value: number | number[] | null): { phase: MeasurementPhase; message?: string } {
  let success = false;
  let failure = false;
  // evaluate.go: the success condition first, then the failure condition; the first that cannot be evaluated is the error.
  for (const [name, condition] of [['successCondition', p.success], ['failureCondition', p.failure]] as const) {
    if (!condition) continue;
    try {
      const holds = condition.evaluate(value);
      if (name === 'successCondition') success = holds;
      else failure = holds;
    } catch (e) {
      const empty = value === null || (Array.isArray(value) && value.length === 0);
      const why = empty ? 'metric result is nil or empty: no data returned from the metric provider' : (e as Error).message;
      return { phase: 'Error', message: `could not evaluate ${name} "${condition.text}": ${why}` };
    }
  }
  if (!p.success && !p.failure) return { phase: 'Successful' };
  if (p.success && !p.failure) failure = !success;
  if (!p.success && p.failure) success = !failure;
  if (failure) return { phase: 'Failed', message: p.failure ? `failureCondition ${p.failure.text}` : `successCondition ${p.success!.text} not met` };
  if (!success) return { phase: 'Inconclusive', message: `neither successCondition ${p.success!.text} nor failureCondition ${p.failure!.text} met` };
  return { phase: 'Successful' };
}

/** Runs an analysis to its end (or the first failure), measuring every metric concurrently. */
export async function runAnalysis(spec: AnalysisSpec, ctx: RunContext): Promise<AnalysisRun> {
  const clock = ctx.clock ?? realClock;
  const iso = () => new Date(clock.now()).toISOString();
  const startedAt = iso();
  const masked = (ctx.maskArgs ?? []).map((n) => ctx.args[n]).filter((v): v is string => typeof v === 'string' && v.length > 0);
  const mask = (text: string) => masked.reduce((t, secret) => t.split(secret).join('***'), text);
  const shownArgs = Object.fromEntries(Object.entries(ctx.args).map(([k, v]) => [k, ctx.maskArgs?.includes(k) ? '***' : v]));
  const prepared = prepare(spec, ctx.args);
  const cancelled = () => new Cancelled(signalName(ctx.signal), `analysis (${ctx.stage}) stopped`);
  if (ctx.signal.aborted) throw cancelled();

  // Stopped by cancellation or by the first failure (fail fast).
  const stop = new AbortController();
  const onAbort = () => stop.abort(ctx.signal.reason);
  ctx.signal.addEventListener('abort', onAbort, { once: true });
  let decidedBy: string | undefined;
  const failFast = (why: string) => {
    if (decidedBy === undefined) decidedBy = why;
    if (!stop.signal.aborted) stop.abort('fail-fast');
  };
  const pause = async (ms: number) => {
    if (stop.signal.aborted) return;
    try {
      await clock.sleep(ms, stop.signal);
    } catch (e) {
      if (!stop.signal.aborted) throw e;
    }
  };
  const emit = (event: AnalysisEvent) => ctx.onEvent?.(event);

  const providers: MetricProvider[] = [];
  const results: MetricResult[] = [];
  let alerts: AlertsResult | undefined;

  async function measureMetric(p: Prepared): Promise<MetricResult> {
    const m = p.spec;
    const r: MetricResult = {
      name: m.name,
      phase: 'Successful',
      query: mask(p.query),
      provider: p.provider.kind,
      count: 0,
      successful: 0,
      failed: 0,
      inconclusive: 0,
      error: 0,
      measurements: [],
      dryRun: m.dryRun,
      message: ''
    };
    if (m.gate) r.gate = m.gate;
    const canary = ctx.provider(p.provider);
    providers.push(canary);
    const base = p.baseline ? ctx.provider(p.baseline) : undefined;
    if (base) providers.push(base);
    const canarySamples: number[] = [];
    const baselineSamples: number[] = [];
    let consecutiveErrors = 0;
    let lastError = '';
    let withValue = 0;
    let decided: { phase: MetricPhase; message: string } | undefined;
    const record = (meas: Measurement) => {
      if (meas.message) meas.message = mask(meas.message);
      r.measurements.push(meas);
      if (r.measurements.length > KEPT_MEASUREMENTS) r.measurements.shift();
      emit({ type: 'measurement', metric: m.name, measurement: meas });
    };
    try {
      await Promise.all([canary.start?.(stop.signal), base?.start?.(stop.signal)]);
    } catch (e) {
      if (stop.signal.aborted) return finish();
      r.error++;
      consecutiveErrors++;
      lastError = `start: ${(e as Error).message}`;
      record({ phase: 'Error', at: iso(), value: null, message: lastError });
    }
    // The embedded scrape measures between two scrapes: its first measurement comes one interval
    // after the first scrape (start), not a few milliseconds after it.
    await pause(m.initialDelayMs || (m.provider.kind === 'scrape' ? Math.max(m.intervalMs, 1000) : 0));
    const maxAttempts = Math.min(m.count * (m.consecutiveErrorLimit + 1), m.count + 1000);
    let attempts = 0;
    while (!stop.signal.aborted && r.count < m.count && attempts < maxAttempts) {
      attempts++;
      const at = iso();
      let meas: Measurement;
      try {
        const [c, b] = await Promise.all([canary.measure(p.provider.query, stop.signal), base?.measure(p.baseline!.query, stop.signal)]);
        if (stop.signal.aborted) break;
        if (base) {
          const cv = single(c, 'canary');
          const bv = single(b ?? null, 'baseline');
          meas = { phase: 'Successful', at, value: cv, baseline: bv };
          if (cv !== null && bv !== null) {
            canarySamples.push(cv);
            baselineSamples.push(bv);
          }
        } else meas = { phase: 'Successful', at, value: c };
      } catch (e) {
        if (stop.signal.aborted) break;
        meas = { phase: 'Error', at, value: null, message: (e as Error).message };
      }
      if (meas.phase !== 'Error') {
        const verdict = judge(p, meas.value);
        meas.phase = verdict.phase;
        if (verdict.message) meas.message = verdict.message;
      }
      switch (meas.phase) {
        case 'Successful':
          r.successful++;
          break;
        case 'Failed':
          r.failed++;
          break;
        case 'Inconclusive':
          r.inconclusive++;
          break;
        case 'Error':
          r.error++;
          break;
      }
      if (meas.phase === 'Error') {
        consecutiveErrors++;
        lastError = meas.message ?? 'error';
      } else {
        r.count++;
        consecutiveErrors = 0;
        if (meas.value !== null && !(Array.isArray(meas.value) && meas.value.length === 0)) withValue++;
      }
      record(meas);
      // assessMetricFailureInconclusiveOrError: failed, then inconclusive, then errors (the later wins).
      const last = r.measurements[r.measurements.length - 1];
      const shown = `result ${showResult(last.value)}`;
      if (r.failed > m.failureLimit) {
        decided = { phase: 'Failed', message: `${m.name} failed ${r.failed} of ${r.count} measurements (limit ${m.failureLimit}): ${shown} (${last.message})` };
      }
      if (r.inconclusive > m.inconclusiveLimit) {
        decided = { phase: 'Inconclusive', message: `${m.name} inconclusive ${r.inconclusive} of ${r.count} measurements (limit ${m.inconclusiveLimit}): ${shown} (${last.message})` };
      }
      if (consecutiveErrors > m.consecutiveErrorLimit) {
        decided = { phase: 'Error', message: `${m.name} erred ${consecutiveErrors} times in a row (limit ${m.consecutiveErrorLimit}): ${lastError}` };
      }
      if (decided) break;
      if (r.count >= m.count) break;
      await pause(meas.phase === 'Error' ? errorRetryMs(m.intervalMs) : m.intervalMs);
    }
    return finish();

    function finish(): MetricResult {
      if (ctx.signal.aborted) return r;
      if (!decided && m.compare) {
        if (!ctx.compare) decided = { phase: 'Inconclusive', message: `${m.name}: no comparison of canary and baseline available` };
        else {
          const c = ctx.compare(canarySamples, baselineSamples, m.compare);
          r.compare = c;
          if (c.verdict === 'fail') decided = { phase: 'Failed', message: `${m.name} failed against the baseline: ${c.detail}` };
          else if (c.verdict === 'inconclusive') decided = { phase: 'Inconclusive', message: `${m.name} inconclusive against the baseline: ${c.detail}` };
        }
      }
      if (!decided && r.successful + r.failed + r.inconclusive === 0) {
        decided = stop.signal.aborted && r.error === 0
          ? { phase: 'Error', message: `${m.name}: stopped before its first measurement` }
          : { phase: 'Error', message: `${m.name}: no measurement succeeded: ${lastError || 'none taken'}` };
      }
      if (!decided) {
        // An empty result every time passes only where the conditions say so (as in Argo): a
        // `len(result) == 0 || …` accepts "no 5xx series" on purpose; `result[0] < 0.05` errs on it.
        const stopped = r.count < m.count ? ` (stopped after ${r.count} of ${m.count})` : '';
        const empty = withValue === 0 ? ' (every result was empty: passed by its conditions)' : '';
        decided = { phase: 'Successful', message: `${m.name} successful ${r.successful} of ${r.count} measurements${stopped}, last result ${showResult(r.measurements[r.measurements.length - 1].value)}${empty}` };
      }
      r.phase = decided.phase;
      r.message = mask(decided.message);
      if (r.phase === 'Failed' && !m.dryRun) failFast(r.message);
      emit({ type: 'metric', result: r });
      return r;
    }
  }

  async function watchAlerts(a: AlertsSpec): Promise<void> {
    const address = renderArgs(a.address, ctx.args, { input: spec.source, line: a.line });
    const rendered: AlertsSpec = {
      ...a,
      address,
      matchers: a.matchers.map((x) => renderArgs(x, ctx.args, { input: spec.source, line: a.line })),
      headers: Object.fromEntries(Object.entries(a.headers).map(([k, v]) => [k, renderArgs(v, ctx.args, { input: spec.source, line: a.line })]))
    };
    alerts = { address: mask(address), matchers: rendered.matchers.map(mask), firing: [], checks: 0, errors: 0 };
    const seen = new Set<string>();
    while (!stop.signal.aborted) {
      alerts.checks++;
      try {
        const firing = await ctx.alerts!(rendered, stop.signal);
        if (stop.signal.aborted) {
          alerts.checks--;
          break;
        }
        for (const alert of firing) {
          if (seen.has(alert.fingerprint)) continue;
          seen.add(alert.fingerprint);
          alerts.firing.push(alert);
          emit({ type: 'alert', alert });
          const labels = Object.entries(alert.labels)
            .filter(([k]) => k !== 'alertname')
            .map(([k, v]) => `${k}=${JSON.stringify(v)}`)
            .join(',');
          failFast(`alert ${alert.name} firing {${labels}}${alert.summary ? `: ${alert.summary}` : ''}`);
        }
      } catch (e) {
        if (stop.signal.aborted) {
          alerts.checks--;
          break;
        }
        alerts.errors++;
        alerts.lastError = mask((e as Error).message);
      }
      await pause(a.intervalMs);
    }
  }

  const metricsDone = Promise.all(prepared.map((p) => measureMetric(p))).finally(() => {
    // The run ends with its metrics: the alert watch stops too.
    if (!stop.signal.aborted) stop.abort('done');
  });
  const watching = spec.alerts && ctx.alerts ? watchAlerts(spec.alerts) : Promise.resolve();
  try {
    const [done] = await Promise.all([metricsDone, watching]);
    results.push(...done);
  } catch (e) {
    if (ctx.signal.aborted) throw cancelled();
    throw e;
  } finally {
    ctx.signal.removeEventListener('abort', onAbort);
    await Promise.allSettled(providers.map((p) => p.close?.()));
  }
  if (ctx.signal.aborted) throw cancelled();

  const judged = results.filter((r) => !r.dryRun);
  let phase: RunPhase = 'Successful';
  let message: string;
  const failed = judged.find((r) => r.phase === 'Failed');
  const firing = alerts?.firing[0];
  const unsure = judged.find((r) => r.phase === 'Inconclusive' || r.phase === 'Error');
  if (decidedBy !== undefined && (failed || firing)) {
    phase = 'Failed';
    message = decidedBy;
  } else if (failed) {
    phase = 'Failed';
    message = failed.message;
  } else if (unsure) {
    phase = 'Inconclusive';
    message = unsure.message;
  } else if (alerts && alerts.checks > 0 && alerts.errors === alerts.checks) {
    phase = 'Inconclusive';
    message = `alerts: Alertmanager at ${alerts.address} did not answer (${alerts.errors} of ${alerts.checks} checks erred): ${alerts.lastError}`;
  } else if (spec.alerts && !ctx.alerts) {
    phase = 'Inconclusive';
    message = 'alerts: no Alertmanager client given; alerts not checked';
  } else {
    message = judged.length
      ? `all ${judged.length} metric${judged.length === 1 ? '' : 's'} successful: ${judged.map((r) => `${r.name} ${r.successful} of ${r.count}`).join(', ')}${alerts ? `; no alert firing in ${alerts.checks} checks` : ''}`
      : `only dry-run metrics: ${results.map((r) => `${r.name} ${r.phase}`).join(', ')}`;
  }
  const run: AnalysisRun = {
    stage: ctx.stage,
    source: spec.source,
    startedAt,
    finishedAt: iso(),
    phase,
    message: message.replace(/[\r\n]+/g, ' '),
    args: shownArgs,
    metrics: results
  };
  if (alerts) run.alerts = alerts;
  return run;
}
