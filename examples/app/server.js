// The example app of phase-gates: a tiny HTTP server that serves its version on / and /health and
// its telemetry on /metrics (Prometheus text format, through prom-client, its one dependency).
// deploy.sh starts it as a local process; the tests deploy it.
//
//   APP_VERSION            the release it reports (and its metrics' `version` label)
//   APP_SLOT               the slot it runs in, blue or green ('' when deployed directly): the
//                          metrics' `slot` label; deploy.sh sets it
//   APP_PORT, APP_HOST     where it listens (default 127.0.0.1:8080)
//   APP_SOCKET             a unix socket it also listens on (a slot behind nginx)
//
// Paths: / and /health (what smoke checks ask), /checkout (a second page no default smoke check
// asks: only telemetry sees it), /metrics. Telemetry: http_requests_total{method,path,code} and
// http_request_duration_seconds{method,path,code} (buckets from 1 ms to 2 s), labelled with
// `version` and `slot`; requests for /metrics itself are not counted, other paths count as `other`.
//
// Scenarios for the tests and the demo, each chosen by release name:
//   APP_BROKEN_VERSIONS=v2,…   these releases exit at start (a failed deploy).
//   APP_FAILING_VERSIONS=v2,…  these start healthy but answer / with 500 (verification catches it).
//   APP_ERRORING_VERSIONS=v2,… these answer /checkout with 500 for a share APP_ERROR_SHARE
//                              (default 0.2) of its requests, deterministically (at 0.2: every 5th),
//                              while / and /health stay healthy: only telemetry catches it.
//   APP_LATENCY_MS=20          a base latency of / and /checkout (default 0), ±20 % jitter.
//   APP_SLOW_VERSIONS=v2,…     these are slower by APP_SLOW_FACTOR (default 1.3) on / and /checkout.
import fs from 'node:fs';
import http from 'node:http';
import client from 'prom-client';

const version = process.env.APP_VERSION || 'unknown';
const slot = process.env.APP_SLOT || '';
const port = Number(process.env.APP_PORT || 8080);
const host = process.env.APP_HOST || '127.0.0.1';
// A slot behind nginx also listens on a unix socket: deploy.sh switches traffic by pointing one
// symbolic link at a slot's socket, which needs no nginx reload (see deploy.sh).
const socket = process.env.APP_SOCKET || '';

const named = (variable) => (process.env[variable] || '').split(',').map((s) => s.trim()).filter(Boolean).includes(version);
/** A number from the environment within [min, max], else the default (a typo must not hang the app). */
function number(variable, fallback, min, max) {
  const raw = process.env[variable];
  const n = raw === undefined || raw === '' ? fallback : Number(raw);
  if (!Number.isFinite(n) || n < min || n > max) {
    console.error(`${variable}=${raw} is not a number from ${min} to ${max}`);
    process.exit(2);
  }
  return n;
}

// A release named in APP_BROKEN_VERSIONS fails at start, as a bad release does: tests use it to
// drive a real failed deploy and its rollback.
if (named('APP_BROKEN_VERSIONS')) {
  console.error(`version ${version} cannot start: simulated bad release`);
  process.exit(1);
}

// A release named in APP_FAILING_VERSIONS starts and reports healthy, but answers / with 500: a
// bad release that only verification (verify-checks, the smoke test) catches.
const failing = named('APP_FAILING_VERSIONS');
const erroring = named('APP_ERRORING_VERSIONS');
const errorShare = number('APP_ERROR_SHARE', 0.2, 0, 1);
const slowFactor = named('APP_SLOW_VERSIONS') ? number('APP_SLOW_FACTOR', 1.3, 1, 100) : 1;
const latencyMs = number('APP_LATENCY_MS', 0, 0, 60_000) * slowFactor;

const registry = new client.Registry();
registry.setDefaultLabels({ version, slot });
const labelNames = ['method', 'path', 'code'];
const requests = new client.Counter({ name: 'http_requests_total', help: 'HTTP requests answered.', labelNames, registers: [registry] });
const duration = new client.Histogram({
  name: 'http_request_duration_seconds',
  help: 'Time to answer an HTTP request, in seconds.',
  labelNames,
  buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 1, 2],
  registers: [registry]
});
const PATHS = new Set(['/', '/health', '/checkout']);

let checkouts = 0;
/** Whether the n-th /checkout fails: floor(n·share) steps up, so exactly floor(N·share) of N fail. */
function checkoutFails() {
  checkouts++;
  return erroring && Math.floor(checkouts * errorShare) > Math.floor((checkouts - 1) * errorShare);
}

/** The configured latency, ±20 % uniform jitter. */
const delay = () => (latencyMs > 0 ? new Promise((r) => setTimeout(r, latencyMs * (0.8 + 0.4 * Math.random()))) : undefined);

async function answer(pathname) {
  if (pathname === '/health') return [200, 'application/json', JSON.stringify({ status: 'ok', version })];
  if (pathname === '/') {
    await delay();
    return failing ? [500, 'text/plain; charset=utf-8', `example app ${version}: internal error\n`] : [200, 'text/plain; charset=utf-8', `example app ${version}\n`];
  }
  if (pathname === '/checkout') {
    const fails = checkoutFails();
    await delay();
    return fails ? [500, 'text/plain; charset=utf-8', `example app ${version}: checkout failed\n`] : [200, 'text/plain; charset=utf-8', `example app ${version}: checkout ok\n`];
  }
  return [404, 'text/plain; charset=utf-8', 'not found\n'];
}

async function handle(req, res) {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (url.pathname === '/metrics') {
    res.writeHead(200, { 'content-type': registry.contentType });
    res.end(await registry.metrics());
    return;
  }
  const end = duration.startTimer();
  const [code, type, body] = await answer(url.pathname);
  // Counted before the answer leaves: a scrape right after it sees the request.
  const labels = { method: req.method ?? 'GET', path: PATHS.has(url.pathname) ? url.pathname : 'other', code: String(code) };
  end(labels);
  requests.inc(labels);
  res.writeHead(code, { 'content-type': type });
  res.end(body);
}

const servers = [http.createServer(handle).listen(port, host, () => console.log(`example app ${version} listening on http://${host}:${port}`))];
if (socket) {
  // A socket file left by an earlier run of this slot (deploy.sh stops it first) would refuse the bind.
  fs.rmSync(socket, { force: true });
  servers.push(http.createServer(handle).listen(socket, () => console.log(`example app ${version} listening on ${socket}`)));
}
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    let open = servers.length;
    for (const s of servers) s.close(() => --open === 0 && process.exit(0));
  });
}
