/**
 * The embedded provider on real expositions: node_exporter's and Prometheus's own fixture files
 * (test/fixtures/exposition/README.md), and a prom-client app served over loopback HTTP, scraped
 * twice around requests whose count, status and latency the test chose.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import net, { type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import client from 'prom-client';
import { compileQuery, loadPromql } from '../../src/core/analysis/promql.js';
import { MAX_SAMPLES, parseExposition, ScrapeProvider } from '../../src/core/analysis/scrape.js';
import type { ScrapeProviderSpec } from '../../src/core/analysis/types.js';
import { itWith } from '../support/tools.js';

const here = dirname(fileURLToPath(import.meta.url));
const fixture = (name: string) => readFileSync(join(here, '..', 'fixtures', 'exposition', name), 'utf8');
/** A file's own count of samples: its lines that are neither blank nor comments. */
const sampleLines = (text: string) => text.split('\n').filter((l) => l.trim() && !l.startsWith('#')).length;

const servers: http.Server[] = [];
afterAll(async () => {
  await Promise.all(servers.map((s) => new Promise<void>((resolve) => s.close(() => resolve()))));
});
beforeAll(async () => {
  await loadPromql();
});

async function listen(handler: http.RequestListener): Promise<string> {
  const server = http.createServer(handler);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

const spec = (url: string, query: string, timeoutMs = 5000): ScrapeProviderSpec => ({ kind: 'scrape', url, query, timeoutMs, headers: {} });
const signal = () => new AbortController().signal;

describe('parseExposition on real files', () => {
  test("node_exporter's e2e fixture: every sample line read, values as written", () => {
    const text = fixture('node_exporter-e2e-output.txt');
    const series = parseExposition(text);
    expect(series).toHaveLength(sampleLines(text));
    expect(series).toHaveLength(3027);
    expect(series).toContainEqual({ name: 'node_scrape_collector_success', labels: { collector: 'arp' }, value: 1 });
    expect(series).toContainEqual({ name: 'node_hwmon_temp_celsius', labels: { chip: 'hwmon4', sensor: 'temp2' }, value: 54 });
  });

  test("Prometheus's own exposition fixture (237 families, histograms and summaries with several label sets)", () => {
    const text = fixture('prometheus-alltypes.237mfs.prom.txt');
    const series = parseExposition(text);
    expect(series).toHaveLength(sampleLines(text));
    expect(series).toHaveLength(1857);
    expect(series).toContainEqual({ name: 'go_gc_heap_allocs_by_size_bytes_bucket', labels: { le: '+Inf' }, value: 4.4046288803e10 });
    const nan = series.find((s) => s.name === 'prometheus_sd_consul_rpc_duration_seconds' && s.labels.quantile === '0.5' && s.labels.call === 'service');
    expect(nan?.value).toBeNaN();
    // Every label set of a histogram family is kept: 552 lines of prometheus_http_request_duration_seconds.
    expect(series.filter((s) => s.name.startsWith('prometheus_http_request_duration_seconds_')).length).toBe(
      text.split('\n').filter((l) => l.startsWith('prometheus_http_request_duration_seconds_')).length,
    );
  });

  test('the same exposition without HELP and TYPE lines gives the same samples', () => {
    const text = fixture('prometheus-alltypes.237mfs.nometa.prom.txt');
    expect(text).not.toMatch(/^# (HELP|TYPE) /m);
    expect(parseExposition(text)).toEqual(parseExposition(fixture('prometheus-alltypes.237mfs.prom.txt')));
  });

  test('a line that is not the text format is refused in one line naming it', () => {
    expect(() => parseExposition('ok 1\n{"json": true}\n')).toThrow(/^not the Prometheus text format: line 2: /);
    expect(() => parseExposition('x{a="b} 1\n')).toThrow(/line 1: unterminated string/);
    expect(() => parseExposition('x 1 2 3\n')).toThrow(/line 1: expected a value and an optional timestamp/);
  });

  test('bounded: more than 200 000 samples refused', () => {
    const body = Array.from({ length: MAX_SAMPLES + 1 }, (_, i) => `x{i="${i}"} 1`).join('\n');
    expect(() => parseExposition(body)).toThrow(`the exposition has more than ${MAX_SAMPLES} samples`);
  });
});

/** A prom-client app: GET /work?ms=&status= sleeps, answers `status`, and is counted and timed. */
async function promClientApp() {
  const registry = new client.Registry();
  const requests = new client.Counter({ name: 'http_requests_total', help: 'Requests.', labelNames: ['method', 'code', 'path'], registers: [registry] });
  const duration = new client.Histogram({
    name: 'http_request_duration_seconds',
    help: 'Latency.',
    labelNames: ['method'],
    buckets: [0.01, 0.1, 0.3, 0.6, 1],
    registers: [registry],
  });
  const url = await listen(async (req, res) => {
    const u = new URL(req.url ?? '/', 'http://x');
    if (u.pathname === '/metrics') {
      res.setHeader('Content-Type', registry.contentType);
      res.end(await registry.metrics());
      return;
    }
    const end = duration.startTimer({ method: req.method });
    await new Promise((r) => setTimeout(r, Number(u.searchParams.get('ms'))));
    const code = Number(u.searchParams.get('status') ?? 200);
    res.statusCode = code;
    res.end();
    end();
    requests.inc({ method: req.method, code: String(code), path: u.searchParams.get('path') ?? '/work' });
  });
  const call = async (ms: number, status: number, times: number) => {
    for (let i = 0; i < times; i++) await fetch(`${url}/work?ms=${ms}&status=${status}`).then((r) => r.arrayBuffer());
  };
  return { url, registry, call };
}

describe('ScrapeProvider against a prom-client app over loopback', () => {
  test('error share and p95 between two scrapes equal what the requests made', async () => {
    const app = await promClientApp();
    await app.call(30, 200, 5); // before the first scrape: not in the window
    const errorQuery = 'sum(rate(http_requests_total{code=~"5.."}[1m])) / sum(rate(http_requests_total[1m]))';
    const errors = new ScrapeProvider(spec(`${app.url}/metrics`, errorQuery), { env: {} });
    const p95Query = 'histogram_quantile(0.95, sum by (le) (rate(http_request_duration_seconds_bucket[1m])))';
    const p95 = new ScrapeProvider(spec(`${app.url}/metrics`, p95Query), { env: {} });
    await errors.start(signal());
    await p95.start(signal());
    // 20 requests in the window: 10 at 30 ms (2 of them 500), 6 at 150 ms, 4 at 400 ms (1 of them 503);
    // each latency well inside its bucket (0.01, 0.1], (0.1, 0.3], (0.3, 0.6], so a loaded machine moves none.
    await app.call(30, 200, 8);
    await app.call(30, 500, 2);
    await app.call(150, 200, 6);
    await app.call(400, 200, 3);
    await app.call(400, 503, 1);
    // 3 errors of 20 requests.
    expect(await errors.measure(errorQuery, signal())).toEqual([expect.closeTo(3 / 20, 12)]);
    // Bucket deltas (cumulative): le 0.01 → 0, 0.1 → 10, 0.3 → 16, 0.6 → 20, 1 → 20, +Inf → 20. Rank 0.95 × 20 = 19
    // falls in (0.3, 0.6] holding 4, 3 of them up to the rank: 0.3 + 0.3 × 3/4 = 0.525 s (linear interpolation).
    expect(await p95.measure(p95Query, signal())).toEqual([expect.closeTo(0.525, 9)]);
    // The next window has no requests: no rate of errors to divide (0/0), and no observations for a quantile.
    expect(await errors.measure(errorQuery, signal())).toEqual([NaN]);
    expect(await p95.measure(p95Query, signal())).toEqual([NaN]);
  });

  test('a counter reset between scrapes (the process restarted) counts from zero, as Prometheus does', async () => {
    const app = await promClientApp();
    await app.call(0, 200, 7);
    const provider = new ScrapeProvider(spec(`${app.url}/metrics`, 'sum(increase(http_requests_total[5m]))'), { env: {} });
    await provider.start(signal());
    app.registry.resetMetrics(); // what a restart does to every counter
    await app.call(0, 200, 3);
    expect(await provider.measure('sum(increase(http_requests_total[5m]))', signal())).toEqual([3]);
  });

  test("prom-client's escaping of label values is read back", async () => {
    const app = await promClientApp();
    const tricky = 'a "quoted" \\ back\nslash';
    await fetch(`${app.url}/work?ms=0&status=200&path=${encodeURIComponent(tricky)}`).then((r) => r.arrayBuffer());
    const text = await (await fetch(`${app.url}/metrics`)).text();
    const series = parseExposition(text);
    expect(series.filter((s) => s.name === 'http_requests_total')).toEqual([{ name: 'http_requests_total', labels: { method: 'GET', code: '200', path: tricky }, value: 1 }]);
    // One histogram: 5 buckets and +Inf, _sum and _count, as Prometheus stores them.
    expect(series.filter((s) => s.name === 'http_request_duration_seconds_bucket').map((s) => s.labels.le)).toEqual(['0.01', '0.1', '0.3', '0.6', '1', '+Inf']);
    expect(series.filter((s) => /^http_request_duration_seconds_(sum|count)$/.test(s.name))).toHaveLength(2);
  });
});

describe('ScrapeProvider errors, one line each', () => {
  test('unreachable, HTTP status, not the text format, timeout, too large', async () => {
    const closed = await listen(() => undefined);
    const closedServer = servers.pop()!;
    await new Promise<void>((r) => closedServer.close(() => r()));
    await expect(new ScrapeProvider(spec(`${closed}/metrics`, 'up'), { env: {} }).start(signal())).rejects.toThrow(
      new RegExp(`^scrape ${closed}/metrics: unreachable \\(ECONNREFUSED\\)$`),
    );

    const url = await listen((req, res) => {
      if (req.url === '/500') {
        res.statusCode = 500;
        res.end('boom');
      } else if (req.url === '/json') {
        res.setHeader('Content-Type', 'application/json');
        res.end('{"up":1}');
      } else if (req.url === '/openmetrics') {
        res.setHeader('Content-Type', 'application/openmetrics-text; version=1.0.0; charset=utf-8');
        res.end('up 1\n# EOF\n');
      } else if (req.url === '/huge') {
        res.setHeader('Content-Type', 'text/plain; version=0.0.4');
        const chunk = Buffer.alloc(1024 * 1024, 'x 1\n');
        let sent = 0;
        const more = () => {
          while (sent < 17 && res.write(chunk)) sent++;
          if (sent >= 17) res.end();
          else res.once('drain', more);
        };
        res.on('error', () => undefined);
        more();
      } else if (req.url === '/slow') {
        setTimeout(() => res.end('up 1\n'), 3000).unref();
      }
    });
    const err = async (path: string, timeoutMs = 5000) => {
      const p = new ScrapeProvider(spec(`${url}${path}`, 'up', timeoutMs), { env: {} });
      return p.start(signal()).then(
        () => 'no error',
        (e: Error) => e.message,
      );
    };
    expect(await err('/500')).toBe(`scrape ${url}/500: HTTP 500 Internal Server Error`);
    expect(await err('/json')).toBe(`scrape ${url}/json: not the Prometheus text format: Content-Type application/json`);
    expect(await err('/openmetrics')).toMatch(/not the Prometheus text format: Content-Type application\/openmetrics-text/);
    expect(await err('/huge')).toBe(`scrape ${url}/huge: the exposition is larger than 16 MiB`);
    expect(await err('/slow', 200)).toBe(`scrape ${url}/slow: no answer within 200 ms`);
  });

  test('a query outside the subset is refused at start, before any scrape, naming what is unsupported', async () => {
    let scraped = 0;
    const url = await listen((_req, res) => {
      scraped++;
      res.end('up 1\n');
    });
    const p = new ScrapeProvider(spec(`${url}/metrics`, 'topk(3, up)'), { env: {} });
    await expect(p.start(signal())).rejects.toThrow(/^the aggregation topk is not supported: the embedded provider supports only .*a real Prometheus/);
    expect(scraped).toBe(0);
  });

  test('evaluate is callable on two scrapes parsed from text', () => {
    const q = compileQuery('rate(c_total[1m])', { input: 'query' });
    const prev = { at: 0, series: parseExposition('c_total{a="x"} 10\nc_total{a="y"} 5\n') };
    const cur = { at: 20_000, series: parseExposition('c_total{a="x"} 30\nc_total{a="y"} 2\nc_total{a="z"} 4\n') };
    // x: +20 in 20 s; y: went down, a reset, 2 since; z: new, 4 since it was created. Sorted by label set.
    expect(q.evaluate(prev, cur)).toEqual([1, 0.1, 0.2]);
  });
});

/** A free loopback port (asked of the kernel, then released for the program to take). */
async function freePort(): Promise<number> {
  const s = net.createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const port = (s.address() as AddressInfo).port;
  await new Promise<void>((r) => s.close(() => r()));
  return port;
}

describe("the same expositions scraped by a real Prometheus (Debian's prometheus)", () => {
  const FILES = ['node_exporter-e2e-output.txt', 'prometheus-alltypes.237mfs.prom.txt'];
  let prom: ChildProcess | undefined;
  let dir: string | undefined;
  let api = '';
  afterAll(async () => {
    if (prom && prom.exitCode === null) {
      const exited = new Promise((r) => prom!.once('exit', r));
      prom.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000).unref())]);
      if (prom.exitCode === null) prom.kill('SIGKILL');
    }
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const query = async (q: string): Promise<Array<{ metric: Record<string, string>; value: [number, string] }>> => {
    const res = await fetch(`${api}/api/v1/query?query=${encodeURIComponent(q)}`);
    const body = (await res.json()) as { status: string; error?: string; data: { resultType: string; result: unknown } };
    if (body.status !== 'success') throw new Error(`${q}: ${body.error}`);
    return body.data.result as Array<{ metric: Record<string, string>; value: [number, string] }>;
  };
  /** Prometheus's result without the target labels it adds, in the shape of ours. */
  const strip = (r: { metric: Record<string, string>; value: [number, string] }) => {
    const labels = { ...r.metric };
    delete labels.job;
    delete labels.instance;
    return { labels, value: parseFloat(r.value[1].replace(/^\+?Inf$/, 'Infinity').replace(/^-Inf$/, '-Infinity')) };
  };
  const byLabels = <T extends { labels: Record<string, string> }>(xs: T[]) =>
    [...xs].sort((a, b) => (JSON.stringify(Object.entries(a.labels).sort()) < JSON.stringify(Object.entries(b.labels).sort()) ? -1 : 1));

  itWith('prometheus', '--version')('prometheus: it reads every sample of both files with the values we read, and its instant queries agree with ours', async () => {
    const targets = await listen((req, res) => {
      const name = FILES[Number(req.url?.replace('/metrics/', ''))];
      if (!name) {
        res.statusCode = 404;
        res.end();
        return;
      }
      res.setHeader('Content-Type', 'text/plain; version=0.0.4; charset=utf-8');
      res.end(fixture(name));
    });
    const host = targets.replace('http://', '');
    dir = mkdtempSync(join(tmpdir(), 'phase-gates-prometheus-'));
    const port = await freePort();
    api = `http://127.0.0.1:${port}`;
    writeFileSync(
      join(dir, 'prometheus.yml'),
      [
        'global: { scrape_interval: 1s, scrape_timeout: 1s }',
        'scrape_configs:',
        ...FILES.map((_, i) => `  - { job_name: f${i}, metrics_path: /metrics/${i}, honor_labels: true, static_configs: [ { targets: ["${host}"] } ] }`),
        '',
      ].join('\n'),
    );
    prom = spawn('prometheus', [`--config.file=${join(dir, 'prometheus.yml')}`, `--storage.tsdb.path=${join(dir, 'data')}`, `--web.listen-address=127.0.0.1:${port}`, '--log.level=warn'], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let log = '';
    prom.stderr!.on('data', (d: Buffer) => (log = (log + d.toString()).slice(-4000)));
    // Both targets scraped once: bounded wait.
    const deadline = Date.now() + 30_000;
    for (;;) {
      const up = await query('up == 1').catch(() => []);
      if (up.length === FILES.length) break;
      if (Date.now() > deadline || prom.exitCode !== null) throw new Error(`prometheus did not scrape both targets: ${log}`);
      await new Promise((r) => setTimeout(r, 250));
    }

    for (const [i, name] of FILES.entries()) {
      const ours = parseExposition(fixture(name));
      // Prometheus's own count of the samples it took from the file.
      const [scraped] = await query(`scrape_samples_scraped{job="f${i}"}`);
      expect(Number(scraped.value[1])).toBe(ours.length);
      // And every one of them, labels and value, as we read them.
      const theirs = (await query(`{job="f${i}",__name__!~"up|scrape_.*"}`)).map(strip);
      const mine = ours.map((s) => ({ labels: { __name__: s.name, ...s.labels }, value: s.value }));
      expect(byLabels(theirs)).toEqual(byLabels(mine));
    }

    // Instant queries of the subset over the same data, ours against Prometheus's answer.
    const scrape = { at: Date.now(), series: FILES.flatMap((name) => parseExposition(fixture(name))) };
    const queries = [
      'histogram_quantile(0.9, sum by (le) (prometheus_http_request_duration_seconds_bucket))',
      'histogram_quantile(0.5, sum without (instance, job) (prometheus_http_request_duration_seconds_bucket))',
      'histogram_quantile(0.99, go_gc_heap_allocs_by_size_bytes_bucket)',
      'sum by (mode) (node_cpu_seconds_total) / on(mode) count by (mode) (node_cpu_seconds_total)',
      'max by (chip) (node_hwmon_temp_celsius) > bool 50',
      'count(node_scrape_collector_success == 1) / count(node_scrape_collector_success)',
      'avg without (instance, job, sensor) (clamp_max(node_hwmon_temp_celsius, 55))',
      'sum(prometheus_http_requests_total{code=~"2.."}) / sum(prometheus_http_requests_total)',
    ];
    for (const q of queries) {
      const theirs = (await query(q)).map(strip);
      const got = compileQuery(q, { input: 'query' }).evaluateSamples(scrape, scrape);
      expect(got.kind).toBe('vector');
      const mine = got.kind === 'vector' ? got.samples : [];
      expect({ q, n: mine.length }).toEqual({ q, n: theirs.length });
      expect(mine.length).toBeGreaterThan(0);
      const want = byLabels(theirs);
      byLabels(mine).forEach((s, k) => {
        expect(s.labels).toEqual(want[k].labels);
        if (Number.isNaN(want[k].value)) expect(s.value).toBeNaN();
        else expect(s.value).toBeCloseTo(want[k].value, 9);
      });
    }
  });
});
