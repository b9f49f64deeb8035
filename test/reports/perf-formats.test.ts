/**
 * Artillery, Gatling, Locust, JMeter JTL, smoke report and plain samples. Summary formats must give
 * the tool's own figures (read from the stored file, not retyped); sample formats must give what
 * numpy computes from the same samples (figures and command in each fixture README).
 */
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadReport } from '../../src/core/reports/load.js';
import { PERF_FORMATS } from '../../src/core/reports/perf/index.js';
import { PerfAccumulator } from '../../src/core/reports/perf/model.js';

const FIXTURES = path.join(process.cwd(), 'test', 'fixtures', 'perf');
const fixture = (rel: string) => path.join(FIXTURES, rel);
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const json = async (rel: string): Promise<any> => JSON.parse(await fs.readFile(fixture(rel), 'utf8'));

async function read(file: string) {
  const acc = new PerfAccumulator();
  const format = await loadReport(file, path.relative(process.cwd(), file), 'perf-files', PERF_FORMATS, acc);
  return { format, figures: acc.figures() };
}

let tmp: string;
beforeAll(async () => {
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'perf-formats-'));
});
afterAll(async () => {
  await fs.rm(tmp, { recursive: true, force: true });
});

describe('artillery', () => {
  it('v2: summaries["http.response_time"], failures = 4xx/5xx + requests without a response', async () => {
    const agg = (await json('artillery/report-v2.json')).aggregate;
    const rt = agg.summaries['http.response_time'];
    const c = agg.counters;
    const { format, figures } = await read(fixture('artillery/report-v2.json'));
    expect(format).toBe('artillery');
    expect([figures.perf_p50_ms, figures.perf_p90_ms, figures.perf_p95_ms, figures.perf_p99_ms]).toEqual([rt.p50, rt.p90, rt.p95, rt.p99]);
    expect(figures.requests).toBe(c['http.requests']);
    expect(figures.failures).toBe(c['http.codes.503'] + (c['http.requests'] - c['http.responses']));
  });

  it('v1: aggregate.latency, failures = errors + 4xx/5xx codes', async () => {
    const agg = (await json('artillery/report-v1.json')).aggregate;
    const { format, figures } = await read(fixture('artillery/report-v1.json'));
    expect(format).toBe('artillery');
    expect([figures.perf_p50_ms, figures.perf_p90_ms, figures.perf_p95_ms, figures.perf_p99_ms]).toEqual([agg.latency.median, null, agg.latency.p95, agg.latency.p99]);
    expect(figures.requests).toBe(agg.requestsCompleted + agg.errors.ECONNRESET);
    expect(figures.failures).toBe(agg.codes['404'] + agg.errors.ECONNRESET);
  });
});

describe('gatling', () => {
  it('stats.json: default percentiles (50, 75, 95, 99) of all requests, ko as failures', async () => {
    const stats = (await json('gatling/stats.json')).stats;
    const { format, figures } = await read(fixture('gatling/stats.json'));
    expect(format).toBe('gatling');
    expect(figures.perf_p50_ms).toBe(stats.percentiles1.total);
    expect(figures.perf_p90_ms).toBeNull();
    expect(figures.perf_p95_ms).toBe(stats.percentiles3.total);
    expect(figures.perf_p99_ms).toBe(stats.percentiles4.total);
    expect(figures.requests).toBe(stats.numberOfRequests.total);
    expect(figures.failures).toBe(stats.numberOfRequests.ko);
  });

  it('accepts the numbers-as-strings and "-" of older Gatling versions', async () => {
    const data = await json('gatling/stats.json');
    const s = data.stats;
    for (const key of ['numberOfRequests', 'percentiles1', 'percentiles2', 'percentiles3', 'percentiles4']) {
      for (const k of ['total', 'ok', 'ko']) s[key][k] = String(s[key][k]);
    }
    s.numberOfRequests.ko = '-';
    const file = path.join(tmp, 'stats.json');
    await fs.writeFile(file, JSON.stringify(data, null, 4));
    const { figures } = await read(file);
    expect(figures.perf_p95_ms).toBe(Number(s.percentiles3.total));
    expect(figures.failures).toBe(0);
  });
});

describe('locust', () => {
  it('reads the Aggregated row: counts and the 50%, 90%, 95%, 99% columns', async () => {
    const text = await fs.readFile(fixture('locust/example_stats.csv'), 'utf8');
    const [header, ...rows] = text.trim().split(/\r?\n/).map((l) => l.split(','));
    const total = rows.find((r) => r[1] === 'Aggregated')!;
    const col = (name: string) => Number(total[header.indexOf(name)]);
    const { format, figures } = await read(fixture('locust/example_stats.csv'));
    expect(format).toBe('locust');
    expect([figures.perf_p50_ms, figures.perf_p90_ms, figures.perf_p95_ms, figures.perf_p99_ms]).toEqual([col('50%'), col('90%'), col('95%'), col('99%')]);
    expect(figures.requests).toBe(col('Request Count'));
    expect(figures.failures).toBe(col('Failure Count'));
  });

  it('gives no percentiles (N/A) when nothing was requested', async () => {
    const file = path.join(tmp, 'empty_stats.csv');
    const header = (await fs.readFile(fixture('locust/example_stats.csv'), 'utf8')).split(/\r?\n/)[0];
    await fs.writeFile(file, `${header}\n,Aggregated,0,0,0,0,0,0,0,0,0,${Array(11).fill('N/A').join(',')}\n`);
    const { figures } = await read(file);
    expect(figures.perf_p95_ms).toBeNull();
    expect(figures.perf_error_rate).toBe(0);
  });
});

describe('jmeter-jtl', () => {
  it('streams elapsed as samples and success=false as failures, through quoted multi-line fields', async () => {
    const { format, figures } = await read(fixture('jmeter/results.jtl'));
    expect(format).toBe('jmeter-jtl');
    // numpy.percentile over the 30 elapsed values (fixture README).
    expect(figures.samples).toBe(30);
    expect(figures.perf_p50_ms).toBeCloseTo(150.5, 9);
    expect(figures.perf_p90_ms).toBeCloseTo(247.8, 9);
    expect(figures.perf_p95_ms).toBeCloseTo(255.0, 9);
    expect(figures.perf_p99_ms).toBeCloseTo(3626.08, 9);
    expect(figures.requests).toBe(30);
    expect(figures.failures).toBe(3);
  });

  it('reads another delimiter from the header', async () => {
    const file = path.join(tmp, 'semicolon.jtl');
    await fs.writeFile(file, 'timeStamp;elapsed;label;responseCode;success\n1741944413120;100;home;200;true\n1741944413220;300;home;500;false\n');
    const { format, figures } = await read(file);
    expect(format).toBe('jmeter-jtl');
    expect(figures.perf_p50_ms).toBe(200);
    expect(figures.perf_error_rate).toBe(50);
  });
});

describe('smoke-report', () => {
  it('reads totals; the error rate comes from the counts', async () => {
    const totals = (await json('smoke-report/smoke-report.json')).totals;
    const { format, figures } = await read(fixture('smoke-report/smoke-report.json'));
    expect(format).toBe('smoke-report');
    expect([figures.perf_p50_ms, figures.perf_p90_ms, figures.perf_p95_ms, figures.perf_p99_ms]).toEqual([totals.p50Ms, null, totals.p95Ms, totals.p99Ms]);
    expect(figures.perf_error_rate).toBeCloseTo((totals.failures / totals.requests) * 100, 10);
  });
});

describe('latency-samples', () => {
  it('reads ms, s and bare numbers, skipping comments and blank lines', async () => {
    const { format, figures } = await read(fixture('latency-samples/samples.txt'));
    expect(format).toBe('latency-samples');
    expect(figures.samples).toBe(12);
    // numpy.percentile over the 12 samples in ms (fixture README).
    expect(figures.perf_p50_ms).toBeCloseTo(103.5585, 9);
    expect(figures.perf_p90_ms).toBeCloseTo(130.535, 9);
    expect(figures.perf_p95_ms).toBeCloseTo(186.7056, 9);
    expect(figures.perf_p99_ms).toBeCloseTo(240.63552, 9);
    expect(figures.perf_error_rate).toBeNull();
  });
});
