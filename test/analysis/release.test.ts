/**
 * Analysis where a release is decided (src/core/analysis/release.ts): the inputs, the decision each
 * verdict leads to under `on-inconclusive`, the events written to the audit log, the analysis
 * report every run is added to, and the Phase 07 figures read back from it. Measured for real: a
 * loopback service instrumented with prom-client, scraped by the embedded provider.
 */
import http from 'node:http';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import client from 'prom-client';
import { UserError } from '../../src/core/errors.js';
import {
  ANALYSIS_INPUTS,
  EMBEDDED_DEFAULTS,
  analyseStage,
  readAnalysisConfig,
  recordRun,
  telemetryFigures,
  type AnalysisConfig,
  type AnalysisReport,
  type RecordedRun
} from '../../src/core/analysis/release.js';
import { schemaErrors } from '../../src/core/schemas.js';
import { makeWorkspace } from '../support/action.js';
import { RecordingHost } from '../validate/host.js';

/** The one line a user sees for a bad input (input, file, line and message). */
function line(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    if (err instanceof UserError) return err.renderAll().join('\n');
    throw err;
  }
  throw new Error('no error');
}
import { freePort } from '../deploy/support.js';

/** A service answering 500 to a share of requests, with prom-client's counter. */
async function service(errorEvery: number) {
  const registry = new client.Registry();
  const requests = new client.Counter({ name: 'http_requests_total', help: 'answers', labelNames: ['code'], registers: [registry] });
  let n = 0;
  const server = http.createServer(async (req, res) => {
    if (req.url === '/metrics') {
      res.setHeader('content-type', registry.contentType);
      res.end(await registry.metrics());
      return;
    }
    const code = errorEvery && ++n % errorEvery === 0 ? 500 : 200;
    requests.inc({ code: String(code) });
    res.statusCode = code;
    res.end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const url = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  let timer: NodeJS.Timeout | undefined;
  return {
    url,
    /** Requests every 10 ms until stopped (the measurements need traffic between scrapes). */
    load() {
      timer = setInterval(() => void fetch(`${url}/`).then((r) => r.arrayBuffer(), () => undefined), 10);
    },
    close() {
      clearInterval(timer);
      server.close();
      server.closeAllConnections();
    }
  };
}

const ERROR_RATIO = (url: string, extra = '') => `
metrics:
  - name: error-ratio
    gate: error_rate
    interval: 1s
    count: 2
    failureCondition: len(result) > 0 && result[0] > 0.05
${extra}    provider:
      scrape:
        url: ${url}/metrics
        query: sum(rate(http_requests_total{code=~"5.."}[1m])) / sum(rate(http_requests_total[1m]))
`;

function config(ws: string, inputs: Record<string, string>): AnalysisConfig {
  const host = new RecordingHost(ws, inputs);
  const c = readAnalysisConfig(host, ANALYSIS_INPUTS, EMBEDDED_DEFAULTS);
  if (!c) throw new Error('no analysis');
  return c;
}

async function stage(c: AnalysisConfig) {
  const events: Array<{ level: string; event: string; fields?: Record<string, unknown> }> = [];
  const logs: string[] = [];
  const result = await analyseStage(c, {
    stage: 'post-deploy bake',
    builtins: { environment: 'production', version: 'v2' },
    env: {},
    signal: new AbortController().signal,
    sink: { write: (level, event, fields) => events.push({ level, event, fields }) },
    info: (m) => logs.push(m),
    baseline: false
  });
  return { result, events, logs };
}

const closers: Array<() => void> = [];
afterEach(() => {
  for (const c of closers.splice(0)) c();
});

describe('readAnalysisConfig', () => {
  it('is undefined without `analysis`, and checks the other inputs anyway', () => {
    const ws = makeWorkspace();
    expect(readAnalysisConfig(new RecordingHost(ws, {}), ANALYSIS_INPUTS, EMBEDDED_DEFAULTS)).toBeUndefined();
    expect(line(() => readAnalysisConfig(new RecordingHost(ws, { 'on-inconclusive': 'maybe' }), ANALYSIS_INPUTS, EMBEDDED_DEFAULTS))).toMatch(/on-inconclusive.*"maybe" is not one of fail, pass, rollback/);
  });

  it('names every bad input at once', () => {
    const ws = makeWorkspace();
    let err: UserError | undefined;
    try {
      readAnalysisConfig(new RecordingHost(ws, { analysis: 'embedded', 'analysis-args': '[1, 2]', 'on-inconclusive': 'later', 'analysis-report-path': '../out.json' }), ANALYSIS_INPUTS, EMBEDDED_DEFAULTS);
    } catch (e) {
      err = e as UserError;
    }
    expect(err).toBeInstanceOf(UserError);
    const lines = err!.renderAll().join('\n');
    expect(lines).toMatch(/analysis-args/);
    expect(lines).toMatch(/on-inconclusive/);
    expect(lines).toMatch(/analysis-report-path/);
  });

  it('reads an analysis file of the workspace, with its line in errors', () => {
    const ws = makeWorkspace({ 'ci/analysis.yml': 'metrics:\n  - name: x\n    count: 1\n    provider:\n      datadog: { query: q }\n' });
    expect(line(() => config(ws, { analysis: 'ci/analysis.yml' }))).toMatch(/ci\/analysis\.yml.*5.*datadog is not supported/);
  });

  it('`embedded` takes its settings from analysis-args, and refuses nonsense there', () => {
    const ws = makeWorkspace();
    const c = config(ws, { analysis: 'embedded', 'analysis-args': '{ interval: 2s, count: 4, max-error-rate: 0.02 }' });
    expect(c.embedded).toBe(true);
    expect(c.spec.metrics.map((m) => [m.name, m.intervalMs, m.count])).toEqual([
      ['error-rate', 2000, 4],
      ['p95-latency', 2000, 4]
    ]);
    expect(c.spec.metrics[0].failureCondition).toContain('0.02');
    expect(line(() => config(ws, { analysis: 'embedded', 'analysis-args': '{ interval: soon }' }))).toMatch(/analysis-args.*interval: "soon" is not valid/);
  });
});

describe('analyseStage: verdicts, decisions and the audit log', () => {
  it('a failing service: Failed → rollback, with the query and its figures in analysis.end', async () => {
    const s = await service(4); // 25 % errors
    closers.push(() => s.close());
    s.load();
    const { result, events } = await stage(config(makeWorkspace(), { analysis: ERROR_RATIO(s.url) }));
    expect(result).toMatchObject({ decision: 'rollback', ok: false });
    expect(result.run.phase).toBe('Failed');
    expect(result.detail).toMatch(/^analysis failed: error-ratio failed 1 of 1 measurements \(limit 0\): result \[0\.\d+\]/);
    const end = events.find((e) => e.event === 'analysis.end')!;
    expect(end.level).toBe('ERROR');
    expect(end.fields).toMatchObject({ stage: 'post-deploy bake', phase: 'Failed', decision: 'rollback', metric: 'error-ratio' });
    expect(String(end.fields!.query)).toContain('http_requests_total');
    // The figure is the error share the service really answered with: 25 %, give or take the window's edges.
    expect(Number(end.fields!.figures)).toBeGreaterThan(0.15);
    expect(Number(end.fields!.figures)).toBeLessThan(0.35);
    expect(events.filter((e) => e.event === 'analysis.measurement').length).toBe(1);
  });

  it('a healthy service: Successful → promote', async () => {
    const s = await service(0);
    closers.push(() => s.close());
    s.load();
    const { result, events } = await stage(config(makeWorkspace(), { analysis: ERROR_RATIO(s.url) }));
    expect(result).toMatchObject({ decision: 'promote', ok: true });
    expect(events.map((e) => e.event)).toEqual(['analysis.start', 'analysis.measurement', 'analysis.measurement', 'analysis.metric', 'analysis.end']);
  });

  it.each([
    ['fail', 'stop', false],
    ['pass', 'pass', true],
    ['rollback', 'rollback', false]
  ] as const)('unreachable metrics are inconclusive; on-inconclusive %s → %s', async (onInconclusive, decision, ok) => {
    const closed = `http://127.0.0.1:${await freePort()}`;
    const c = config(makeWorkspace(), { analysis: ERROR_RATIO(closed, '    consecutiveErrorLimit: 0\n'), 'on-inconclusive': onInconclusive });
    const { result } = await stage(c);
    expect(result.run.phase).toBe('Inconclusive');
    expect(result).toMatchObject({ decision, ok });
    expect(result.detail).toMatch(new RegExp(`^analysis inconclusive \\(on-inconclusive: ${onInconclusive}\\): .*ECONNREFUSED`));
  });
});

describe('what cannot be measured', () => {
  it('a declared arg that nobody gives is refused before anything is deployed, naming it', () => {
    const analysis = 'args:\n  - name: service\nmetrics:\n  - name: x\n    count: 1\n    successCondition: result[0] < 1\n    provider:\n      prometheus: { address: "http://127.0.0.1:9", query: "up{service=\\"{{args.service}}\\"}" }\n';
    expect(line(() => config(makeWorkspace(), { analysis }))).toMatch(/service/);
    expect(() => config(makeWorkspace(), { analysis, 'analysis-args': '{ service: shop }' })).not.toThrow();
  });

  it('a built-in arg this stage cannot give (stable-url without slot-urls) is inconclusive, named, not a crash', async () => {
    const analysis = 'metrics:\n  - name: x\n    interval: 1s\n    count: 1\n    successCondition: result[0] < 1\n    provider:\n      scrape: { url: "{{args.stable-url}}/metrics", query: "sum(rate(http_requests_total[1m]))" }\n';
    const { result, events } = await stage(config(makeWorkspace(), { analysis, 'on-inconclusive': 'rollback' }));
    expect(result.run.phase).toBe('Inconclusive');
    expect(result).toMatchObject({ decision: 'rollback', ok: false });
    expect(result.detail).toMatch(/^analysis inconclusive \(on-inconclusive: rollback\): not measured: .*stable-url/);
    expect(events.at(-1)).toMatchObject({ event: 'analysis.end', fields: { phase: 'Inconclusive', decision: 'rollback' } });
  });
});

describe('the analysis report', () => {
  const run = (stage: string, values: number[], extra: Partial<RecordedRun> = {}): RecordedRun => ({
    stage,
    source: 'analysis',
    startedAt: '2026-12-06T10:00:00.000Z',
    finishedAt: '2026-12-06T10:01:00.000Z',
    phase: 'Successful',
    message: 'ok',
    args: {},
    metrics: [
      {
        name: 'errors',
        phase: 'Successful',
        query: 'q',
        provider: 'scrape',
        count: values.length,
        successful: values.length,
        failed: 0,
        inconclusive: 0,
        error: 0,
        measurements: values.map((v) => ({ phase: 'Successful', at: '2026-12-06T10:00:30.000Z', value: [v] })),
        gate: 'error_rate',
        dryRun: false,
        message: 'ok'
      }
    ],
    ...extra
  });

  it('keeps every run of one deployment, starts anew for another, and stays valid (NaN written as null)', async () => {
    const ws = makeWorkspace();
    const c = config(ws, { analysis: 'embedded' });
    const file = path.join(ws, 'post-deploy/analysis-report.json');
    await recordRun(c, { environment: 'production', version: 'v2', deploymentId: '7' }, run('canary step 1/3 (10%)', [0.01]), 'analysis-report-path');
    await recordRun(c, { environment: 'production', version: 'v2', deploymentId: '7' }, run('post-deploy bake', [0.002, NaN]), 'analysis-report-path');
    let report: AnalysisReport = JSON.parse(readFileSync(file, 'utf8'));
    expect(schemaErrors('analysis-report', report)).toEqual([]);
    expect(report.runs.map((r) => r.stage)).toEqual(['canary step 1/3 (10%)', 'post-deploy bake']);
    expect(report.runs[1].metrics[0].measurements[1].value).toEqual([null]);
    await recordRun(c, { environment: 'production', version: 'v3', deploymentId: '8' }, run('post-deploy bake', [0]), 'analysis-report-path');
    report = JSON.parse(readFileSync(file, 'utf8'));
    expect(report).toMatchObject({ deploymentId: '8', version: 'v3' });
    expect(report.runs).toHaveLength(1);
    // A file that is not a report is replaced, not appended to.
    writeFileSync(file, '{"schema":"something else"}');
    await recordRun(c, { deploymentId: '8' }, run('post-deploy bake', [0]), 'analysis-report-path');
    expect(schemaErrors('analysis-report', JSON.parse(readFileSync(file, 'utf8')))).toEqual([]);
  });

  it('gives the Phase 07 figures of the bake: the last finite value, as a percentage; alerts counted', () => {
    const alerts = { address: 'http://am', matchers: ['service=shop'], firing: [{ name: 'HighErrorRatio', labels: {}, startsAt: '2026-12-06T10:00:40.000Z', fingerprint: 'f' }], checks: 3, errors: 0 };
    const report: AnalysisReport = {
      schema: 'phase-gates/analysis-report@1',
      environment: 'production',
      version: 'v2',
      deploymentId: '7',
      updatedAt: '2026-12-06T10:01:00.000Z',
      runs: [run('canary step 1/3 (10%)', [0.5]), run('post-deploy bake', [0.012, null as unknown as number], { alerts })]
    };
    expect(telemetryFigures(report)).toEqual({ alerts_firing: 1, error_rate: 1.2, p95_ms: null, stage: 'post-deploy bake' });
    // Without a bake, the last run; without alerts configured, no figure for them.
    expect(telemetryFigures({ ...report, runs: [run('blue-green switch', [0.03])] })).toEqual({ alerts_firing: null, error_rate: 3, p95_ms: null, stage: 'blue-green switch' });
    expect(telemetryFigures({ ...report, runs: [] })).toBeUndefined();
  });
});
