/**
 * prometheus.ts against a real Prometheus 2.42 scraping a loopback prom-client app with two slots
 * (blue, green), with the fixture's recording rules (promtool checks them first). Expected figures
 * are computed by hand from the counts the test made, never by our code.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import client from 'prom-client';
import { apiGet, proxyFor } from '../../src/core/analysis/api-get.js';
import { PrometheusProvider, resultValue } from '../../src/core/analysis/prometheus.js';
import { Cancelled } from '../../src/core/cancel.js';
import type { PrometheusProviderSpec } from '../../src/core/analysis/types.js';
import { closeAll, freePort, ok, selfSignedCert, startProxy, startServer } from '../smoke/servers.js';
import { hasPrometheus, startPrometheus, type RunningPrometheus } from '../support/prometheus.js';
import { available, itWith } from '../support/tools.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const rules = path.join(here, '../fixtures/telemetry/shop-rules.yml');
const signal = new AbortController().signal;

const spec = (address: string, query = 'up', extra: Partial<PrometheusProviderSpec> = {}): PrometheusProviderSpec => ({
  kind: 'prometheus',
  address,
  query,
  timeoutMs: 5000,
  headers: {},
  ...extra
});

describe('resultValue: the API\'s result types, as Argo converts them', () => {
  it('scalar, vector, matrix, empty, NaN and ±Inf, string', () => {
    expect(resultValue({ resultType: 'scalar', result: [1, '0.25'] })).toBe(0.25);
    expect(resultValue({ resultType: 'vector', result: [{ metric: {}, value: [1, '1'] }, { metric: {}, value: [1, 'NaN'] }] })).toEqual([1, NaN]);
    expect(resultValue({ resultType: 'vector', result: [] })).toBeNull();
    expect(resultValue({ resultType: 'matrix', result: [{ values: [[1, '+Inf'], [2, '-Inf']] }, { values: [[1, '3']] }] })).toEqual([Infinity, -Infinity, 3]);
    expect(resultValue({ resultType: 'matrix', result: [] })).toBeNull();
    expect(() => resultValue({ resultType: 'string', result: [1, 'x'] })).toThrow('a string result');
  });
});

describe('proxyFor: HTTP_PROXY / HTTPS_PROXY / NO_PROXY as Go and curl read them', () => {
  const env = { HTTP_PROXY: 'http://proxy.corp:3128', https_proxy: 'proxy.corp:3129', NO_PROXY: 'internal.example, .svc.cluster.local,metrics.example:9090' };
  const via = (u: string) => proxyFor(new URL(u), env)?.href;
  it('picks the scheme\'s proxy, never for loopback, not for NO_PROXY hosts, their subdomains, or a listed port', () => {
    expect(via('http://prometheus.example:9090')).toBe('http://proxy.corp:3128/');
    expect(via('https://prometheus.example')).toBe('http://proxy.corp:3129/');
    expect(via('http://127.0.0.1:9090')).toBeUndefined();
    expect(via('http://localhost:9090')).toBeUndefined();
    expect(via('http://internal.example')).toBeUndefined();
    expect(via('http://prom.internal.example')).toBeUndefined();
    expect(via('http://prometheus.monitoring.svc.cluster.local:9090')).toBeUndefined();
    expect(via('http://metrics.example:9090')).toBeUndefined();
    expect(via('http://metrics.example:9091')).toBe('http://proxy.corp:3128/');
    expect(proxyFor(new URL('http://a.example'), { ...env, no_proxy: '*' })).toBeUndefined();
    expect(proxyFor(new URL('http://a.example'), {})).toBeUndefined();
  });
});

describe('through the proxy of the environment (a loopback proxy; the host asked for need not exist)', () => {
  afterAll(() => closeAll());
  const answer = { status: 'success', data: { resultType: 'scalar', result: [1, '4'] } };

  it('HTTP_PROXY: the absolute URL goes to the proxy, the answer comes back', async () => {
    const target = await startServer({ '*': ok(answer) });
    const proxy = await startProxy(target);
    const p = new PrometheusProvider(spec('http://prometheus.example:9090', 'up', { headers: { Authorization: 'Bearer t' } }), { env: { HTTP_PROXY: proxy.url } });
    expect(await p.measure('up', signal)).toBe(4);
    expect(proxy.seen).toHaveLength(1);
    expect(proxy.seen[0]).toMatch(/^http:\/\/prometheus\.example:9090\/api\/v1\/query\?query=up&time=\d+\.\d{3}&timeout=4500ms$/);
    expect(target.requests[0].headers.authorization).toBe('Bearer t');
    expect(target.requests[0].headers.host).toBe('prometheus.example:9090');
  });

  itWith('openssl')('HTTPS_PROXY: a CONNECT tunnel, then TLS to the server itself (whose self-signed certificate is refused, in one line)', async () => {
    const cert = selfSignedCert();
    try {
      const target = await startServer({ '*': ok(answer) }, { tls: cert });
      const proxy = await startProxy(target);
      const p = new PrometheusProvider(spec('https://prometheus.example'), { env: { HTTPS_PROXY: proxy.url } });
      await expect(p.measure('up', signal)).rejects.toThrow(/^Prometheus at https:\/\/prometheus\.example is unreachable: .*self[- ]signed/);
      expect(proxy.seen).toEqual(['CONNECT prometheus.example:443']);
    } finally {
      cert.cleanup();
    }
  });
});

it('a cancelled run: Cancelled at once, naming the signal', async () => {
  const sockets: net.Socket[] = [];
  const silent = net.createServer((s) => void sockets.push(s));
  await new Promise<void>((r) => silent.listen(0, '127.0.0.1', r));
  try {
    const ac = new AbortController();
    const url = `http://127.0.0.1:${(silent.address() as net.AddressInfo).port}`;
    const pending = new PrometheusProvider(spec(url, 'up', { timeoutMs: 10_000 }), { env: {} }).measure('up', ac.signal);
    setTimeout(() => ac.abort('SIGINT'), 50);
    const started = Date.now();
    const err = await pending.catch((e: unknown) => e);
    expect(err).toBeInstanceOf(Cancelled);
    expect((err as Error).message).toBe(`cancelled (SIGINT): asking Prometheus at ${url}`);
    expect(Date.now() - started).toBeLessThan(2000);
  } finally {
    for (const s of sockets) s.destroy();
    await new Promise<void>((r) => silent.close(() => r()));
  }
});

(available('promtool') ? it : it.skip)('promtool check rules: the fixture rules are valid', () => {
  const out = execFileSync('promtool', ['check', 'rules', rules], { encoding: 'utf8' });
  expect(out).toContain('SUCCESS: 3 rules found');
});

(hasPrometheus() ? describe : describe.skip)('PrometheusProvider: prometheus on loopback scraping a prom-client app with two slots', () => {
  let prom: RunningPrometheus;
  const apps: http.Server[] = [];
  const slots = ['blue', 'green'] as const;
  const metrics = Object.fromEntries(
    slots.map((slot) => {
      const registry = new client.Registry();
      registry.setDefaultLabels({ version: slot === 'blue' ? '1.3.0' : '1.4.0', slot });
      const requests = new client.Counter({ name: 'http_requests_total', help: 'requests', labelNames: ['method', 'path', 'code'], registers: [registry] });
      const duration = new client.Histogram({
        name: 'http_request_duration_seconds',
        help: 'latency',
        labelNames: ['method', 'path', 'code'],
        buckets: [0.1, 0.25, 0.5, 1],
        registers: [registry]
      });
      return [slot, { registry, requests, duration }];
    })
  ) as Record<(typeof slots)[number], { registry: client.Registry; requests: client.Counter; duration: client.Histogram }>;
  const get = { method: 'GET', path: '/cart' };

  beforeAll(async () => {
    for (const slot of slots) {
      const { registry, requests, duration } = metrics[slot];
      // Every series exists at 0 before the first scrape, so rate() sees the whole increase.
      for (const code of ['200', '500']) {
        requests.inc({ ...get, code }, 0);
        duration.zero({ ...get, code });
      }
      const app = http.createServer((_req, res) => {
        void registry.metrics().then((text) => res.writeHead(200, { 'content-type': registry.contentType }).end(text));
      });
      await new Promise<void>((r) => app.listen(0, '127.0.0.1', r));
      apps.push(app);
    }
    prom = await startPrometheus({
      targets: apps.map((app) => ({ address: `127.0.0.1:${(app.address() as net.AddressInfo).port}`, labels: { env: 'production' } })),
      ruleFiles: [rules]
    });
    await prom.waitForTargetsUp();
    // blue: 200 requests, 10 failed (5 %); green: 50 requests, 20 failed (40 %).
    metrics.blue.requests.inc({ ...get, code: '200' }, 190);
    metrics.blue.requests.inc({ ...get, code: '500' }, 10);
    metrics.green.requests.inc({ ...get, code: '200' }, 30);
    metrics.green.requests.inc({ ...get, code: '500' }, 20);
    // blue latency: 80 in (0, 0.1], 10 in (0.1, 0.25], 10 in (0.25, 0.5]; green: 100 in (0.5, 1].
    const observe = (slot: 'blue' | 'green', v: number, n: number) => {
      for (let i = 0; i < n; i++) metrics[slot].duration.observe({ ...get, code: '200' }, v);
    };
    observe('blue', 0.05, 80);
    observe('blue', 0.2, 10);
    observe('blue', 0.4, 10);
    observe('green', 0.7, 100);
  }, 30_000);

  afterAll(async () => {
    await prom?.stop();
    for (const app of apps) {
      app.closeAllConnections();
      await new Promise<void>((r) => app.close(() => r()));
    }
  });

  /** Measures `query` until `check` holds (the increments must be scraped and the rules evaluated), bounded. */
  async function until(provider: PrometheusProvider, query: string, check: (v: unknown) => boolean, ms = 15_000) {
    const deadline = Date.now() + ms;
    let v = await provider.measure(query, signal);
    while (!check(v) && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 250));
      v = await provider.measure(query, signal);
    }
    return v;
  }

  it('instant query: a vector gives its values, a scalar its number, an empty vector null', async () => {
    const p = new PrometheusProvider(spec(prom.url), { env: {} });
    expect(await p.measure('sum(up)', signal)).toEqual([2]);
    expect(await p.measure('scalar(sum(up))', signal)).toBe(2);
    expect(await p.measure('up{job="nothing"}', signal)).toBeNull();
    expect(await p.measure('vector(1) / 0', signal)).toEqual([Infinity]);
    expect(await p.measure('scalar(vector(0) / 0)', signal)).toBeNaN();
    const total = await until(p, 'sum(http_requests_total)', (v) => Array.isArray(v) && v[0] === 250);
    expect(total).toEqual([250]); // 200 + 50, as incremented
  }, 25_000);

  it('recording rules: error ratio per slot is the share of 5xx counted (blue 10/200, green 20/50); p95 by linear interpolation in the buckets', async () => {
    const p = new PrometheusProvider(spec(prom.url), { env: {} });
    const ratio = (slot: string) => `slot:http_requests:error_ratio_rate30s{slot="${slot}"}`;
    const near = (want: number) => (v: unknown) => Array.isArray(v) && Math.abs(v[0] - want) < 1e-9;
    expect(await until(p, ratio('blue'), near(0.05))).toEqual([expect.closeTo(0.05, 9)]);
    expect(await until(p, ratio('green'), near(0.4))).toEqual([expect.closeTo(0.4, 9)]);
    // blue: rank 0.95 × 100 = 95 falls in (0.25, 0.5] holding ranks 91–100: 0.25 + 0.25 × (95 − 90) / 10 = 0.375.
    const p95 = (slot: string) => `slot:http_request_duration_seconds:p95_rate30s{slot="${slot}"}`;
    expect(await until(p, p95('blue'), near(0.375))).toEqual([expect.closeTo(0.375, 9)]);
    // green: all 100 in (0.5, 1]: 0.5 + 0.5 × 95 / 100 = 0.975.
    expect(await until(p, p95('green'), near(0.975))).toEqual([expect.closeTo(0.975, 9)]);
  }, 25_000);

  it('range query: every value of every series, from start to end at the step', async () => {
    const range = { start: (now: Date) => new Date(now.getTime() - 2000), end: (now: Date) => now, stepSeconds: 1 };
    const p = new PrometheusProvider(spec(prom.url, 'x', { range: { start: 'now() - duration("2s")', end: 'now()', step: '1s' } }), { env: {}, range });
    // 2 series (blue, then green: Prometheus sorts them by labels) × 3 steps (t−2 s, t−1 s, t), the totals counted.
    const want = [200, 200, 200, 50, 50, 50];
    expect(await until(p, 'sum by (slot) (http_requests_total)', (v) => JSON.stringify(v) === JSON.stringify(want))).toEqual(want);
  }, 25_000);

  it('a bad query: Prometheus\'s own bad_data error, in one line', async () => {
    const p = new PrometheusProvider(spec(prom.url), { env: {} });
    await expect(p.measure('sum(', signal)).rejects.toThrow(`Prometheus at ${prom.url}: bad_data: invalid parameter \"query\": 1:5: parse error: unclosed left parenthesis`);
    await expect(p.measure('rate(http_requests_total)', signal)).rejects.toThrow(/^Prometheus at .*: bad_data: .*range vector/);
  });

  it('warnings are kept and passed on (Prometheus 2.42 itself warns only for remote read: a loopback server answers as the API documents)', async () => {
    const server = http.createServer((req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' }).end(
        JSON.stringify({ status: 'success', data: { resultType: 'vector', result: [{ metric: {}, value: [1, '3'] }] }, warnings: ['remote read partial', String(req.headers.authorization)] })
      );
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    try {
      const seen: string[] = [];
      const url = `http://127.0.0.1:${(server.address() as net.AddressInfo).port}`;
      const p = new PrometheusProvider(spec(url, 'up', { headers: { Authorization: 'Bearer t' } }), { env: {}, onWarning: (w) => seen.push(w) });
      expect(await p.measure('up', signal)).toEqual([3]);
      expect(seen).toEqual(['remote read partial', 'Bearer t']);
      expect(p.warnings).toEqual(seen);
    } finally {
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
    }
  });

  it('a non-JSON answer is named', async () => {
    // The app is no Prometheus: its /metrics text is not JSON.
    const appAddr = `http://127.0.0.1:${(apps[0].address() as net.AddressInfo).port}`;
    const p = new PrometheusProvider(spec(`${appAddr}/metrics`), { env: {} });
    await expect(p.measure('up', signal)).rejects.toThrow(`Prometheus at ${appAddr} answered 200 with text/plain; version=0.0.4; charset=utf-8, not JSON: "# HELP`);
  });

  it('an answer over the read bound is refused, not buffered', async () => {
    const url = new URL(`http://127.0.0.1:${(apps[0].address() as net.AddressInfo).port}/metrics`);
    const err = await apiGet(url, { what: 'Prometheus', timeoutMs: 2000, signal, maxBytes: 1024 }).catch((e: unknown) => e as Error);
    // prom-client's text is sent chunked here (no Content-Length): the bound is met while reading.
    expect(String(err)).toBe(`UserError: Prometheus at ${url.origin} answered more than 1024 bytes, the most read`);
    expect((await apiGet(url, { what: 'Prometheus', timeoutMs: 2000, signal })).body).toContain('http_requests_total{method="GET",path="/cart",code="500",version="1.3.0",slot="blue"} 10');
  });

  it('a timeout and an unreachable Prometheus: one line each', async () => {
    const sockets: net.Socket[] = [];
    const silent = net.createServer((s) => void sockets.push(s));
    await new Promise<void>((r) => silent.listen(0, '127.0.0.1', r));
    const silentUrl = `http://127.0.0.1:${(silent.address() as net.AddressInfo).port}`;
    try {
      await expect(new PrometheusProvider(spec(silentUrl, 'up', { timeoutMs: 300 }), { env: {} }).measure('up', signal)).rejects.toThrow(
        `Prometheus at ${silentUrl} did not answer within 300 ms`
      );
    } finally {
      for (const s of sockets) s.destroy();
      await new Promise<void>((r) => silent.close(() => r()));
    }
    const port = await freePort();
    await expect(new PrometheusProvider(spec(`http://127.0.0.1:${port}`), { env: {} }).measure('up', signal)).rejects.toThrow(
      `Prometheus at http://127.0.0.1:${port} is unreachable: connect ECONNREFUSED`
    );
  });

  it('Prometheus stopped: the same provider then says it is unreachable', async () => {
    const own = await startPrometheus({ targets: [] });
    const p = new PrometheusProvider(spec(own.url), { env: {} });
    expect(await p.measure('vector(7)', signal)).toEqual([7]);
    await own.stop();
    await expect(p.measure('vector(7)', signal)).rejects.toThrow(`Prometheus at ${own.url} is unreachable: connect ECONNREFUSED`);
  }, 25_000);
});
