// Benchmark: time from the start of a real error burst to the rollback decision (issue 17).
// Goal: within one interval of interval × failureLimit — the analysis needs failureLimit + 1 failed
// measurements, the first of which can come at most one interval after the burst began, so a
// decision later than interval × (failureLimit + 1) after the burst is time lost.
//
// The parts are real: an HTTP service instrumented with prom-client (the same counter and histogram
// as the example app) under steady load from examples/app/traffic.js; the bundled smoke-test action
// run as the runner runs it, its post-deploy bake judging `/metrics` — through the embedded scrape,
// and through Prometheus from Debian (scraping every second) when it is installed. The burst: from
// t0 on, a third of the answers are 500. t0 is read on this process's clock; the decision is the
// time of the `analysis.end` line of the audit log the action writes (the same machine's clock).
// There is no peer to run beside it here (Argo Rollouts needs Kubernetes); the figure is compared
// with the bound the configuration itself sets.
import http from 'node:http';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ROOT, actionEnv, median, which } from './lib.mjs';

const require = createRequire(import.meta.url);
const client = require('prom-client');

const FAILURE_LIMIT = 2;
const RUNS = 3;
/** Seconds after the action starts (its smoke check done, the bake under way) when the burst begins. */
const BURST_AFTER_MS = 4000;

async function startService() {
  const registry = new client.Registry();
  const requests = new client.Counter({ name: 'http_requests_total', help: 'answers', labelNames: ['method', 'path', 'code'], registers: [registry] });
  const duration = new client.Histogram({ name: 'http_request_duration_seconds', help: 'latency', labelNames: ['method', 'path', 'code'], buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1], registers: [registry] });
  let burst = false;
  let n = 0;
  const server = http.createServer(async (req, res) => {
    if (req.url === '/metrics') {
      res.setHeader('content-type', registry.contentType);
      res.end(await registry.metrics());
      return;
    }
    const end = duration.startTimer();
    const code = burst && n++ % 3 === 0 ? 500 : 200;
    res.statusCode = code;
    res.end(code === 200 ? 'ok\n' : 'error\n');
    const labels = { method: req.method, path: req.url.split('?')[0], code: String(code) };
    requests.inc(labels);
    end(labels);
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const port = server.address().port;
  return { server, port, url: `http://127.0.0.1:${port}`, startBurst: () => (burst = true), reset: () => { burst = false; n = 0; registry.resetMetrics(); } };
}

async function startPrometheus(target) {
  const bin = which('prometheus');
  if (!bin) return undefined;
  const dir = mkdtempSync(path.join(tmpdir(), 'pg-bench-prom-'));
  const port = 20000 + Math.floor(Math.random() * 20000);
  writeFileSync(path.join(dir, 'prometheus.yml'), `global: { scrape_interval: 1s, scrape_timeout: 1s }\nscrape_configs:\n  - job_name: service\n    static_configs: [{ targets: ["${target}"] }]\n`);
  const child = spawn(bin, [`--config.file=${path.join(dir, 'prometheus.yml')}`, `--web.listen-address=127.0.0.1:${port}`, `--storage.tsdb.path=${path.join(dir, 'data')}`, '--log.level=error'], { stdio: 'ignore' });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`${url}/-/ready`)).ok) break;
    } catch {
      // starting
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return { url, stop: () => { child.kill('SIGTERM'); setTimeout(() => rmSync(dir, { recursive: true, force: true }), 500); } };
}

function analysis(provider, intervalS, serviceUrl, prometheusUrl) {
  // 1 − ok/all, as the README writes it: the 5xx series is born with the burst, and a rate of it
  // alone would wait for a second sample of it.
  const ratio = provider === 'scrape' ? '1 - sum(rate(http_requests_total{code!~"5.."}[1m])) / sum(rate(http_requests_total[1m]))' : '1 - sum(rate(http_requests_total{code!~"5.."}[3s])) / sum(rate(http_requests_total[3s]))';
  const where = provider === 'scrape' ? `scrape:\n        url: ${serviceUrl}/metrics` : `prometheus:\n        address: ${prometheusUrl}`;
  return `metrics:
  - name: error-ratio
    interval: ${intervalS}s
    count: 60
    failureLimit: ${FAILURE_LIMIT}
    failureCondition: len(result) > 0 && result[0] > 0.05
    provider:
      ${where}
        query: ${ratio}
`;
}

/** One run: the bundled smoke-test with the bake; returns seconds from the burst to the decision. */
async function once(service, provider, intervalS, prometheusUrl) {
  service.reset();
  const ws = mkdtempSync(path.join(tmpdir(), 'pg-bench-bake-'));
  const env = actionEnv(ws, {
    url: service.url,
    'wait-for-ready': '0',
    samples: '1',
    retries: '0',
    analysis: analysis(provider, intervalS, service.url, prometheusUrl),
    'log-path': 'audit.txt'
  });
  const traffic = spawn(process.execPath, [path.join(ROOT, 'examples/app/traffic.js'), service.url, '--rate', '100', '--seconds', '120', '--paths', '/'], { stdio: 'ignore' });
  const child = spawn(process.execPath, [path.join(ROOT, 'dist/smoke-test/index.js')], { cwd: ws, env, stdio: 'ignore' });
  const t0 = await new Promise((resolve) => setTimeout(() => { service.startBurst(); resolve(Date.now()); }, BURST_AFTER_MS));
  await new Promise((resolve) => child.on('close', resolve));
  traffic.kill('SIGTERM');
  const audit = existsSync(path.join(ws, 'audit.txt')) ? readFileSync(path.join(ws, 'audit.txt'), 'utf8') : '';
  const end = /^(\S+) \w+ analysis\.end .*phase=(\w+)/m.exec(audit);
  rmSync(ws, { recursive: true, force: true });
  if (!end) throw new Error(`no analysis.end in the audit log (${provider})`);
  if (end[2] !== 'Failed') throw new Error(`the analysis ended ${end[2]}, not Failed (${provider})`);
  return (Date.parse(end[1]) - t0) / 1000;
}

export async function run() {
  const service = await startService();
  const prometheus = await startPrometheus(`127.0.0.1:${service.port}`);
  const cases = [
    ['scrape', 1],
    ['scrape', 2],
    ...(prometheus ? [['prometheus', 1], ['prometheus', 2]] : [])
  ];
  const results = {};
  try {
    for (const [provider, intervalS] of cases) {
      const seconds = [];
      for (let i = 0; i < RUNS; i++) seconds.push(await once(service, provider, intervalS, prometheus?.url));
      const bound = intervalS * (FAILURE_LIMIT + 1);
      results[`${provider}, interval ${intervalS}s`] = {
        failureLimit: FAILURE_LIMIT,
        'interval × failureLimit (s)': intervalS * FAILURE_LIMIT,
        'bound: + one interval (s)': bound,
        'burst → decision, each run (s)': seconds,
        'median (s)': median(seconds),
        'median / bound': median(seconds) / bound,
        'within bound': seconds.every((s) => s <= bound)
      };
    }
  } finally {
    prometheus?.stop();
    service.server.close();
  }
  return { bench: 'analysis-decision', goal: 'rollback decision within one interval of interval × failureLimit after a real error burst', prometheus: prometheus ? 'Debian prometheus, 1 s scrape' : 'not installed: embedded scrape only', results };
}
