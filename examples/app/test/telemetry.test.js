// The example app's telemetry (node:test): /metrics in Prometheus text format, read back by a
// parser made for it; the scenarios that only telemetry sees (an erroring /checkout, a slower
// release); traffic.js; and deploy.sh's slot label.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile, spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import parsePrometheusTextFormat from 'parse-prometheus-text-format';
import { freePort, start, track } from './support.js';

const dir = fileURLToPath(new URL('..', import.meta.url));
/**
 * /metrics as text, checked by Prometheus's own linter (`promtool check metrics`, Debian's
 * prometheus, which CI installs). Where promtool is missing (the demo on a laptop) the parser
 * below is the only check.
 */
async function metricsText(url) {
  const res = await fetch(url + '/metrics');
  assert.equal(res.status, 200);
  assert.match(res.headers.get('content-type'), /^text\/plain; version=0\.0\.4/);
  const text = await res.text();
  const lint = await new Promise((resolve) => {
    const child = execFile('promtool', ['check', 'metrics'], (error, stdout, stderr) => resolve({ code: error ? error.code : 0, out: stdout + stderr }));
    child.stdin.on('error', () => {}); // EPIPE when promtool is missing
    child.stdin.end(text);
  });
  if (lint.code !== 'ENOENT') assert.deepEqual(lint, { code: 0, out: '' }, 'promtool check metrics');
  return text;
}

/** The parsed families of /metrics, by name. */
async function scrape(url) {
  return Object.fromEntries(parsePrometheusTextFormat(await metricsText(url)).map((f) => [f.name, f]));
}

/** The value of a counter's series with these labels (0 when absent). */
function count(families, labels) {
  const series = families.http_requests_total?.metrics.find((m) => Object.entries(labels).every(([k, v]) => m.labels[k] === v));
  return series ? Number(series.value) : 0;
}

test('/metrics is Prometheus text format; the counter and histogram move by exactly the requests made', async () => {
  const app = await start('v1.0.0', { APP_SLOT: 'green' });
  const before = await scrape(app.url);
  for (const p of ['/', '/', '/', '/checkout', '/checkout', '/health', '/nope']) await (await fetch(app.url + p)).text();
  const families = await scrape(app.url);
  assert.equal(families.http_requests_total.type, 'COUNTER');
  assert.equal(families.http_request_duration_seconds.type, 'HISTOGRAM');
  const base = { method: 'GET', version: 'v1.0.0', slot: 'green' };
  const moved = (labels) => count(families, { ...base, ...labels }) - count(before, { ...base, ...labels });
  assert.equal(moved({ path: '/', code: '200' }), 3);
  assert.equal(moved({ path: '/checkout', code: '200' }), 2);
  assert.equal(moved({ path: '/health', code: '200' }), 1);
  assert.equal(moved({ path: 'other', code: '404' }), 1);
  // Scrapes are not requests of the app: no series for /metrics.
  assert.equal(families.http_requests_total.metrics.filter((m) => m.labels.path === '/metrics').length, 0);
  // parse-prometheus-text-format merges a labelled histogram's series into one: read its lines.
  const text = await metricsText(app.url);
  const series = (name) =>
    text.split('\n').filter((l) => l.startsWith(`http_request_duration_seconds_${name}{`) && l.includes('path="/"') && l.includes('slot="green"') && l.includes('code="200"'));
  assert.deepEqual(series('count').map((l) => l.split(' ').at(-1)), ['3']);
  assert.deepEqual(
    series('bucket').map((l) => /le="([^"]+)"/.exec(l)[1]),
    ['0.001', '0.0025', '0.005', '0.01', '0.025', '0.05', '0.075', '0.1', '0.25', '0.5', '1', '2', '+Inf']
  );
  assert.equal(series('bucket').at(-1).split(' ').at(-1), '3');
  await app.stop();
});

test('/metrics is served on the unix socket too, with the same series', async () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'example-app-'));
  const socket = path.join(tmp, 'blue.sock');
  const app = await start('v1.0.0', { APP_SOCKET: socket, APP_SLOT: 'blue' });
  await (await fetch(app.url + '/checkout')).text();
  const text = await new Promise((resolve, reject) => {
    http.get({ socketPath: socket, path: '/metrics' }, (res) => {
      let body = '';
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve(body));
    }).on('error', reject);
  });
  const families = Object.fromEntries(parsePrometheusTextFormat(text).map((f) => [f.name, f]));
  assert.equal(count(families, { path: '/checkout', code: '200', slot: 'blue', version: 'v1.0.0' }), 1);
  await app.stop();
  fs.rmSync(tmp, { recursive: true, force: true });
});

test('an erroring version fails the configured share of /checkout, and only there', async () => {
  const env = { APP_ERRORING_VERSIONS: 'v2.0.0', APP_ERROR_SHARE: '0.2' };
  const bad = await start('v2.0.0', env);
  const good = await start('v1.0.0', env);
  const statuses = async (app, p, n) => {
    const out = [];
    for (let i = 0; i < n; i++) {
      const res = await fetch(app.url + p);
      await res.text();
      out.push(res.status);
    }
    return out;
  };
  const checkout = await statuses(bad, '/checkout', 50);
  assert.equal(checkout.filter((s) => s === 500).length, 10); // 0.2 of 50
  assert.deepEqual(checkout.slice(0, 5), [200, 200, 200, 200, 500]); // deterministic: every 5th
  assert.ok((await statuses(bad, '/', 10)).every((s) => s === 200));
  assert.ok((await statuses(bad, '/health', 10)).every((s) => s === 200));
  assert.ok((await statuses(good, '/checkout', 20)).every((s) => s === 200));
  const families = await scrape(bad.url);
  assert.equal(count(families, { path: '/checkout', code: '500' }), 10);
  assert.equal(count(families, { path: '/checkout', code: '200' }), 40);
  await bad.stop();
  await good.stop();
});

test('a slow version answers about 1.3× slower (median of 50 requests)', async () => {
  const env = { APP_LATENCY_MS: '20', APP_SLOW_VERSIONS: 'v2.0.0' };
  const fast = await start('v1.0.0', env);
  const slow = await start('v2.0.0', env);
  const median = async (app, paths) => {
    const times = [];
    for (let i = 0; i < 50; i++) {
      const t = performance.now();
      await (await fetch(app.url + paths[i % paths.length])).text();
      times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    return (times[24] + times[25]) / 2;
  };
  const a = await median(fast, ['/', '/checkout']);
  const b = await median(slow, ['/', '/checkout']);
  assert.ok(a >= 16 && a < 60, `v1.0.0 median ${a} ms, expected about 20`);
  assert.ok(b / a > 1.1 && b / a < 1.6, `v2.0.0 median ${b} ms against ${a} ms: ratio ${b / a}, expected about 1.3`);
  // Health checks carry no latency.
  const health = await median(slow, ['/health']);
  assert.ok(health < 10, `/health median ${health} ms`);
  await fast.stop();
  await slow.stop();
});

test('traffic.js sends rate × seconds requests over the paths and prints one summary line', async () => {
  const app = await start('v2.0.0', { APP_ERRORING_VERSIONS: 'v2.0.0' });
  const { stdout } = await promisify(execFile)(process.execPath, [path.join(dir, 'traffic.js'), app.url, '--rate', '40', '--seconds', '1', '--paths', '/,/checkout'], { timeout: 15000 });
  const lines = stdout.trim().split('\n');
  assert.equal(lines.length, 1);
  assert.match(lines[0], new RegExp(`^traffic ${app.url}: 40 requests, 4 non-2xx \\(0 failed to connect or timed out\\), p95 \\d+\\.\\d ms$`));
  const families = await scrape(app.url);
  assert.equal(count(families, { path: '/' }), 20);
  assert.equal(count(families, { path: '/checkout', code: '200' }) + count(families, { path: '/checkout', code: '500' }), 20);
  assert.equal(count(families, { path: '/checkout', code: '500' }), 4);
  await app.stop();
});

test('traffic.js stops at SIGTERM and still prints its line; refuses bad arguments', async () => {
  const app = await start('v1.0.0');
  const child = spawn(process.execPath, [path.join(dir, 'traffic.js'), app.url, '--rate', '20', '--seconds', '60'], { stdio: ['ignore', 'pipe', 'pipe'] });
  track(child);
  let out = '';
  child.stdout.on('data', (c) => (out += c));
  const code = new Promise((resolve) => child.once('exit', resolve));
  await new Promise((r) => setTimeout(r, 700));
  child.kill('SIGTERM');
  assert.equal(await code, 0);
  const sent = Number(/: (\d+) requests, 0 non-2xx/.exec(out)?.[1]);
  assert.ok(sent >= 1 && sent < 60, out);
  const bad = await promisify(execFile)(process.execPath, [path.join(dir, 'traffic.js'), app.url, '--rate', 'fast']).catch((e) => e);
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /--rate must be a number from 0\.1 to 2000, not fast/);
  await app.stop();
});

test('deploy.sh labels a slot’s metrics with the slot, and a direct deploy with ""', async () => {
  const state = fs.mkdtempSync(path.join(os.tmpdir(), 'example-app-state-'));
  const blue = await freePort();
  const direct = await freePort();
  const run = (env) =>
    promisify(execFile)('bash', [path.join(dir, 'deploy.sh')], { env: { ...process.env, APP_STATE: state, APP_ROUTER: 'none', APP_BLUE_PORT: String(blue), APP_PORT: String(direct), ...env }, timeout: 30000 });
  try {
    await run({ PHASE_GATES_VERSION: 'v3.0.0', PHASE_GATES_SLOT: 'blue', PHASE_GATES_TRAFFIC_PERCENT: '100' });
    await run({ PHASE_GATES_VERSION: 'v3.0.0' });
    await (await fetch(`http://127.0.0.1:${blue}/`)).text();
    await (await fetch(`http://127.0.0.1:${direct}/`)).text();
    assert.equal(count(await scrape(`http://127.0.0.1:${blue}`), { path: '/', version: 'v3.0.0', slot: 'blue' }), 1);
    assert.equal(count(await scrape(`http://127.0.0.1:${direct}`), { path: '/', version: 'v3.0.0', slot: '' }), 1);
  } finally {
    for (const f of fs.readdirSync(state).filter((n) => n.endsWith('.pid'))) {
      try {
        process.kill(Number(fs.readFileSync(path.join(state, f), 'utf8')), 'SIGTERM');
      } catch {
        // Already gone.
      }
    }
    fs.rmSync(state, { recursive: true, force: true });
  }
});
