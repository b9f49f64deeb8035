/**
 * k6: --summary-export and handleSummary() JSON (figures must be k6's own, read from the file) and
 * --out json NDJSON (percentiles computed from the raw points, checked against an independent
 * R-7 computation and numpy's figures recorded in test/fixtures/perf/k6/README.md).
 */
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadReport } from '../../src/core/reports/load.js';
import { PERF_FORMATS } from '../../src/core/reports/perf/index.js';
import { PerfAccumulator } from '../../src/core/reports/perf/model.js';

const FIXTURES = path.join(process.cwd(), 'test', 'fixtures', 'perf');

async function read(file: string, shown = path.relative(process.cwd(), file)) {
  const acc = new PerfAccumulator();
  const format = await loadReport(file, shown, 'perf-files', PERF_FORMATS, acc);
  return { format, figures: acc.figures() };
}
const fixture = (rel: string) => path.join(FIXTURES, rel);
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const json = async (rel: string): Promise<any> => JSON.parse(await fs.readFile(fixture(rel), 'utf8'));

/**
 * R-7 as Hyndman & Fan state it, 1-based: h = (n − 1)p + 1, Q = x⌊h⌋ + (h − ⌊h⌋)(x⌊h⌋+1 − x⌊h⌋).
 * Written independently of model.ts, from the formula, to check it.
 */
function hyndmanFan7(values: number[], p: number): number {
  const x = [...values].sort((a, b) => a - b);
  const h = (x.length - 1) * (p / 100) + 1;
  const lo = Math.floor(h);
  return x[lo - 1] + (h - lo) * ((x[Math.min(lo, x.length - 1)] ?? x[lo - 1]) - x[lo - 1]);
}

let tmp: string;
beforeAll(async () => {
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'perf-k6-'));
});
afterAll(async () => {
  await fs.rm(tmp, { recursive: true, force: true });
});

describe('k6 --summary-export', () => {
  it("reads k6's percentiles and counts http_req_failed passes as failures", async () => {
    const data = await json('k6/summary-export.json');
    const { format, figures } = await read(fixture('k6/summary-export.json'));
    const d = data.metrics.http_req_duration;
    const failed = data.metrics.http_req_failed;
    expect(format).toBe('k6-summary');
    expect(figures.perf_p50_ms).toBe(d.med);
    expect(figures.perf_p90_ms).toBe(d['p(90)']);
    expect(figures.perf_p95_ms).toBe(d['p(95)']);
    // k6's default summaryTrendStats have no p(99): no data, never a guess.
    expect(figures.perf_p99_ms).toBeNull();
    // passes = requests whose http_req_failed was true = failed requests.
    expect(figures.failures).toBe(failed.passes);
    expect(figures.requests).toBe(failed.passes + failed.fails);
    expect(figures.perf_error_rate).toBeCloseTo(failed.value * 100, 10);
  });

  it('uses what exists when p(95) was not exported', async () => {
    const data = await json('k6/summary-export.json');
    delete data.metrics.http_req_duration['p(95)'];
    const file = path.join(tmp, 'no-p95.json');
    await fs.writeFile(file, JSON.stringify(data, null, 4));
    const { figures } = await read(file);
    expect(figures.perf_p95_ms).toBeNull();
    expect(figures.perf_p90_ms).toBe(data.metrics.http_req_duration['p(90)']);
    expect(figures.perf_p50_ms).toBe(data.metrics.http_req_duration.med);
  });

  it('weighs a rate without passes/fails by http_reqs', async () => {
    const data = await json('k6/summary-export.json');
    delete data.metrics.http_req_failed.passes;
    delete data.metrics.http_req_failed.fails;
    const file = path.join(tmp, 'rate-only.json');
    await fs.writeFile(file, JSON.stringify(data));
    const { figures } = await read(file);
    expect(figures.requests).toBe(data.metrics.http_reqs.count);
    expect(figures.failures).toBe(Math.round(data.metrics.http_req_failed.value * data.metrics.http_reqs.count));
  });
});

describe('k6 handleSummary() data', () => {
  it('reads metrics.X.values, the base metric and not its sub-metric', async () => {
    const data = await json('k6/handle-summary.json');
    const { format, figures } = await read(fixture('k6/handle-summary.json'));
    const v = data.metrics.http_req_duration.values;
    expect(format).toBe('k6-summary');
    expect(figures.perf_p50_ms).toBe(v.med);
    expect(figures.perf_p90_ms).toBe(v['p(90)']);
    expect(figures.perf_p95_ms).toBe(v['p(95)']);
    expect(figures.perf_p99_ms).toBe(v['p(99)']);
    expect(figures.perf_p95_ms).not.toBe(data.metrics['http_req_duration{expected_response:true}'].values['p(95)']);
    const failed = data.metrics.http_req_failed.values;
    expect(figures.failures).toBe(failed.passes);
    expect(figures.perf_error_rate).toBeCloseTo(failed.rate * 100, 10);
  });
});

describe('k6 --out json (NDJSON)', () => {
  it('computes percentiles from the points as R-7 (k6 TrendSink, numpy) does', async () => {
    const text = await fs.readFile(fixture('k6/run-output.ndjson'), 'utf8');
    const points = text
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l))
      .filter((o) => o.type === 'Point');
    const durations = points.filter((o) => o.metric === 'http_req_duration').map((o) => o.data.value as number);
    const failed = points.filter((o) => o.metric === 'http_req_failed').map((o) => o.data.value as number);
    const { format, figures } = await read(fixture('k6/run-output.ndjson'));
    expect(format).toBe('k6-ndjson');
    expect(figures.samples).toBe(durations.length);
    for (const [metric, p] of [['perf_p50_ms', 50], ['perf_p90_ms', 90], ['perf_p95_ms', 95], ['perf_p99_ms', 99]] as const) {
      expect(figures[metric]).toBeCloseTo(hyndmanFan7(durations, p), 9);
    }
    // numpy.percentile(durations, 95) on the same values (command in the fixture README).
    expect(figures.perf_p95_ms).toBeCloseTo(197.4543411999999, 9);
    expect(figures.requests).toBe(failed.length);
    expect(figures.failures).toBe(failed.filter((v) => v === 1).length);
  });

  it('gives the figures k6 summarised for the same run', async () => {
    const data = await json('k6/summary-export.json');
    const { figures } = await read(fixture('k6/run-output.ndjson'));
    const d = data.metrics.http_req_duration;
    expect(figures.perf_p50_ms).toBeCloseTo(d.med, 9);
    expect(figures.perf_p90_ms).toBeCloseTo(d['p(90)'], 9);
    expect(figures.perf_p95_ms).toBeCloseTo(d['p(95)'], 9);
    expect(figures.perf_error_rate).toBeCloseTo(data.metrics.http_req_failed.value * 100, 9);
  });

  it('reads lines in the older key order (type first) and files without http_req_failed', async () => {
    const file = path.join(tmp, 'old.ndjson');
    await fs.writeFile(
      file,
      [
        '{"type":"Metric","data":{"type":"trend","contains":"time","tainted":null,"thresholds":[],"submetrics":null},"metric":"http_req_duration"}',
        '{"type":"Point","data":{"time":"2017-05-09T14:34:45.239531499+02:00","value":459.865729,"tags":{"method":"GET","status":"200"}},"metric":"http_req_duration"}',
        '{"type":"Point","data":{"time":"2017-05-09T14:34:46.239531499+02:00","value":120.5,"tags":{"method":"GET","status":"200"}},"metric":"http_req_duration"}',
        ''
      ].join('\n')
    );
    const { format, figures } = await read(file);
    expect(format).toBe('k6-ndjson');
    expect(figures.perf_p50_ms).toBeCloseTo((459.865729 + 120.5) / 2, 9);
    // No http_req_failed points: the error rate is unknown, not 0 %.
    expect(figures.perf_error_rate).toBeNull();
  });
});
