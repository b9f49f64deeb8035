#!/usr/bin/env node
// A small load generator for the example app, with no dependencies, for the tests, the demo and
// the benchmark: GETs the paths in turn at a steady rate for a bounded time, then prints one line.
//
//   node traffic.js <url> [--rate 50] [--seconds 10] [--paths /,/checkout] [--timeout-ms 2000]
//
// Prints `traffic <url>: <n> requests, <k> non-2xx (<f> failed to connect or timed out), p95 <ms> ms`
// (failed requests count as non-2xx; the p95 is over answered requests). Stops by itself after
// --seconds, or at SIGTERM / SIGINT (then prints the line for what it sent); waits at most
// --timeout-ms for requests still in flight. At most 256 requests in flight: when the app is slower
// than that, ticks are skipped rather than queued (counted as `skipped`). Exit 0, or 2 on bad
// arguments.
import http from 'node:http';

function usage(message) {
  console.error(`traffic.js: ${message}\nusage: node traffic.js <url> [--rate 50] [--seconds 10] [--paths /,/checkout] [--timeout-ms 2000]`);
  process.exit(2);
}

const args = process.argv.slice(2);
const options = { rate: 50, seconds: 10, paths: '/', 'timeout-ms': 2000 };
let base;
for (let i = 0; i < args.length; i++) {
  const a = args[i];
  if (a.startsWith('--')) {
    const [key, inline] = a.slice(2).split('=', 2);
    if (!(key in options)) usage(`unknown option --${key}`);
    const value = inline ?? args[++i];
    if (value === undefined) usage(`--${key} needs a value`);
    options[key] = value;
  } else if (!base) base = a;
  else usage(`unexpected argument ${a}`);
}
if (!base) usage('the app URL is missing');
let url;
try {
  url = new URL(base);
} catch {
  usage(`not a URL: ${base}`);
}
if (url.protocol !== 'http:') usage(`only http:// URLs: ${base}`);
const bounded = (key, min, max) => {
  const n = Number(options[key]);
  if (!Number.isFinite(n) || n < min || n > max) usage(`--${key} must be a number from ${min} to ${max}, not ${options[key]}`);
  return n;
};
const rate = bounded('rate', 0.1, 2000);
const seconds = bounded('seconds', 0.1, 3600);
const timeoutMs = bounded('timeout-ms', 10, 60_000);
const paths = String(options.paths).split(',').map((p) => p.trim()).filter(Boolean);
if (paths.length === 0 || paths.some((p) => !p.startsWith('/'))) usage(`--paths must be a comma-separated list of paths starting with /, not ${options.paths}`);

const MAX_IN_FLIGHT = 256;
const agent = new http.Agent({ keepAlive: true, maxSockets: MAX_IN_FLIGHT });
const prefix = url.pathname.replace(/\/$/, '');
const total = Math.max(1, Math.round(rate * seconds));
let sent = 0;
let skipped = 0;
let nonOk = 0;
let failed = 0;
let inFlight = 0;
const times = [];

function request(path) {
  inFlight++;
  const started = process.hrtime.bigint();
  const done = (status) => {
    inFlight--;
    if (status === undefined) {
      failed++;
      nonOk++;
    } else {
      times.push(Number(process.hrtime.bigint() - started) / 1e6);
      if (status < 200 || status > 299) nonOk++;
    }
  };
  const req = http.get({ host: url.hostname, port: url.port || 80, path: prefix + path, agent, timeout: timeoutMs }, (res) => {
    res.resume();
    res.on('end', () => done(res.statusCode));
    res.on('error', () => done(undefined));
  });
  req.on('timeout', () => req.destroy(new Error('timeout')));
  req.on('error', () => done(undefined));
}

function p95() {
  if (times.length === 0) return 'n/a';
  const sorted = [...times].sort((a, b) => a - b);
  // Nearest rank: the smallest time at or above 95 % of the answers.
  return `${sorted[Math.max(0, Math.ceil(0.95 * sorted.length) - 1)].toFixed(1)} ms`;
}

let stopping = false;
async function finish() {
  if (stopping) return;
  stopping = true;
  clearInterval(ticker);
  const deadline = Date.now() + timeoutMs;
  while (inFlight > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
  agent.destroy();
  const line = `traffic ${base}: ${sent} requests, ${nonOk + inFlight} non-2xx (${failed + inFlight} failed to connect or timed out), p95 ${p95()}`;
  console.log(skipped ? `${line}, ${skipped} skipped (over ${MAX_IN_FLIGHT} in flight)` : line);
  process.exit(0);
}

// Requests follow the clock, not the timer: each tick sends what the elapsed time calls for.
const start = Date.now();
const ticker = setInterval(() => {
  const due = Math.min(total, Math.floor(((Date.now() - start) / 1000) * rate) + 1);
  while (sent + skipped < due) {
    if (inFlight >= MAX_IN_FLIGHT) skipped++;
    else {
      request(paths[(sent + skipped) % paths.length]);
      sent++;
    }
  }
  if (sent + skipped >= total) finish();
}, Math.max(1, Math.min(50, 1000 / rate)));
for (const signal of ['SIGTERM', 'SIGINT']) process.on(signal, finish);
