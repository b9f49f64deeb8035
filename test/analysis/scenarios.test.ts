/**
 * Issue 17's scenarios, on real parts: the example app's blue and green slots behind nginx from
 * Debian, deployed by the bundled deploy action; Prometheus 2.42 and Alertmanager 0.25 from Debian
 * on loopback, scraping both slots every second with the shop's rules (test/fixtures/telemetry);
 * real traffic from examples/app/traffic.js through nginx while the release is judged.
 *
 * - a release whose errors are only on /checkout, a path no smoke check asks for: the verify checks
 *   pass, the HighErrorRatio alert fires, the analysis fails on it, and the canary is rolled back;
 * - a release 30 % slower on the canary only: the rank test against the stable slot fails it;
 * - Prometheus down, or a query it refuses: inconclusive, the error named, and on-inconclusive
 *   decides (fail stops without a rollback; rollback rolls back);
 * - a healthy release: every analysis passes and it is promoted.
 */
import { jest } from '@jest/globals';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runAction, ROOT, type ActionRun } from '../support/action.js';
import { deployWorkspace, freePort, get, SHA, stopApp } from '../deploy/support.js';
import { startNginx } from '../deploy/nginx.js';
import { hasAlertmanager, hasPrometheus, startAlertmanager, startPrometheus, type RunningAlertmanager, type RunningPrometheus } from '../support/prometheus.js';
import { schemaErrors } from '../../src/core/schemas.js';

const RULES = path.join(ROOT, 'test/fixtures/telemetry/shop-rules.yml');
const real = hasPrometheus() && hasAlertmanager() ? describe : describe.skip;

const cleanups: Array<() => unknown> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

interface Site {
  ws: string;
  env: Record<string, string>;
  url: string;
  prometheus: RunningPrometheus;
  alertmanager: RunningAlertmanager;
}

/** The slots behind nginx, scraped by Prometheus (labels env and service), alerts to Alertmanager. */
async function site(): Promise<Site> {
  const ws = deployWorkspace();
  const state = mkdtempSync(path.join(tmpdir(), 'pg-telemetry-'));
  const [blue, green, front] = [await freePort(), await freePort(), await freePort()];
  cleanups.push(() => stopApp(state));
  const nginx = startNginx(front);
  cleanups.push(() => nginx.stop());
  const alertmanager = await startAlertmanager();
  cleanups.push(() => alertmanager.stop());
  const labels = { env: 'production', service: 'shop' };
  const prometheus = await startPrometheus({
    targets: [{ address: `127.0.0.1:${blue}`, labels }, { address: `127.0.0.1:${green}`, labels }],
    ruleFiles: [RULES],
    alertmanagerUrl: alertmanager.url
  });
  cleanups.push(() => prometheus.stop());
  const env: Record<string, string> = {
    GITHUB_SHA: SHA,
    APP_STATE: state,
    APP_BLUE_PORT: String(blue),
    APP_GREEN_PORT: String(green),
    APP_ROUTER: 'nginx',
    APP_NGINX_PREFIX: nginx.prefix,
    APP_ROUTER_URL: `http://127.0.0.1:${front}`,
    // Every answer takes about 20 ms (±20 %), so that latency has a figure to compare.
    APP_LATENCY_MS: '20',
    // /checkout fails for 40 % of its requests in these releases; / and /health stay healthy.
    APP_ERRORING_VERSIONS: 'v2.0.0',
    APP_ERROR_SHARE: '0.4',
    // 30 % slower on every path.
    APP_SLOW_VERSIONS: 'v2.1.0'
  };
  return { ws, env, url: `http://127.0.0.1:${front}`, prometheus, alertmanager };
}

/**
 * Real traffic through nginx, on / and /checkout, until the test ends. Three paths in turn, not
 * two: at 50 % nginx's weighted round robin alternates the slots, and with two paths in turn one
 * slot would see only /checkout and the other only /.
 */
function traffic(url: string, seconds = 90): ChildProcess {
  const child = spawn(process.execPath, [path.join(ROOT, 'examples/app/traffic.js'), url, '--rate', '60', '--seconds', String(seconds), '--paths', '/,/checkout,/'], { stdio: 'ignore' });
  cleanups.push(() => child.kill('SIGTERM'));
  return child;
}

function deploy(s: Site, inputs: Record<string, string>): Promise<ActionRun> {
  return runAction('deploy', {
    workspace: s.ws,
    inputs: {
      environment: 'production',
      'require-gates': 'false',
      'require-staging': 'false',
      'freeze-windows': 'none',
      // About telemetry: versions come and go without change log entries.
      'require-changelog': 'false',
      run: './app/deploy.sh',
      'rollback-run': './app/rollback.sh',
      'environment-url': s.url,
      ...inputs
    },
    env: s.env,
    timeoutMs: 120_000
  });
}

const read = (s: Site, file: string) => readFileSync(path.join(s.ws, file), 'utf8');

/** The analysis report, checked against its schema. */
function analysisReport(s: Site): { runs: Array<Record<string, any>> } {
  const report = JSON.parse(read(s, 'post-deploy/analysis-report.json'));
  expect(schemaErrors('analysis-report', report)).toEqual([]);
  return report;
}

/** Waits (bounded) until Prometheus has a value for `query`. */
async function until(s: Site, query: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const data = (await s.prometheus.query(query)) as { result: unknown[] };
    if (data.result.length) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  const up = JSON.stringify(await s.prometheus.query('up'));
  throw new Error(`Prometheus had no value for ${query} within ${timeoutMs} ms; up: ${up}`);
}

/** The stable release v1.0.0 on blue, serving all traffic, with Prometheus seeing it. */
async function stable(s: Site): Promise<void> {
  const first = await deploy(s, { strategy: 'canary', 'canary-steps': '100', version: 'v1.0.0' });
  expect(first.code).toBe(0);
  traffic(s.url);
  await until(s, 'sum by (slot) (rate(http_requests_total{slot="blue"}[5s])) > 0');
}

const ALERTS_ONLY = (s: Site) => `
metrics:
  - name: canary-serves
    interval: 1s
    count: 15
    successCondition: len(result) == 0 || result[0] >= 0
    provider:
      prometheus:
        address: ${s.prometheus.url}
        query: sum(rate(http_requests_total{slot="{{args.slot}}"}[5s]))
alerts:
  address: ${s.alertmanager.url}
  matchers: [service=shop, env=production]
  interval: 1s
`;

const COMPARE_LATENCY = (s: Site) => `
metrics:
  - name: latency-vs-stable
    initialDelay: 4s
    interval: 1s
    count: 8
    compare: { tolerance: 10%, direction: increase }
    provider:
      prometheus:
        address: ${s.prometheus.url}
        query: |
          sum(rate(http_request_duration_seconds_sum{slot="{{args.slot}}"}[3s]))
            / sum(rate(http_request_duration_seconds_count{slot="{{args.slot}}"}[3s]))
`;

/** An error ratio measured 3 times, erring after 1 error in a row. */
const ERROR_RATIO = (address: string, query: string) => `
metrics:
  - name: error-ratio
    interval: 1s
    count: 3
    consecutiveErrorLimit: 1
    successCondition: result[0] < 0.05
    provider:
      prometheus:
        address: ${address}
        query: ${query}
`;

real('Phase 07 from real telemetry: Prometheus, Alertmanager, nginx and the example app', () => {
  jest.setTimeout(180_000);

  it('errors only on /checkout: the checks pass, the alert fires, the canary is rolled back', async () => {
    const s = await site();
    await stable(s);
    const run = await deploy(s, { strategy: 'canary', 'canary-steps': '50,100', version: 'v2.0.0', analysis: ALERTS_ONLY(s) });
    expect(run.code).toBe(1);
    expect(run.outputs).toMatchObject({ status: 'rolled_back', 'rollback-performed': 'true' });
    const log = read(s, 'ci/deploy-logs.txt');
    // The synthetic checks saw nothing wrong: they do not ask for /checkout.
    expect(log).toMatch(/verify stage="step 1\/2" target=environment url=\S+ passed=true/);
    expect(log).toMatch(/ERROR analysis\.alert stage="canary step 1\/2 \(50%\)" alert=HighErrorRatio labels=.*slot=\\"green\\"/);
    expect(log).toMatch(/ERROR analysis\.end stage="canary step 1\/2 \(50%\)" phase=Failed decision=rollback/);
    expect(log.indexOf('analysis.end')).toBeLessThan(log.indexOf('rollback.start'));
    expect(log).not.toContain('slot green 100%');
    const [r] = analysisReport(s).runs;
    expect(r).toMatchObject({ stage: 'canary step 1/2 (50%)', phase: 'Failed', decision: 'rollback' });
    expect(r.alerts.firing.map((a: { name: string }) => a.name)).toContain('HighErrorRatio');
    expect(run.errors.join('\n')).toMatch(/analysis failed: alert HighErrorRatio firing/);
    for (let i = 0; i < 10; i++) expect(await get(s.url + '/')).toContain('example app v1.0.0');
  });

  it('30 % slower on the canary only: the rank test against the stable slot fails it', async () => {
    const s = await site();
    await stable(s);
    const run = await deploy(s, { strategy: 'canary', 'canary-steps': '50,100', version: 'v2.1.0', analysis: COMPARE_LATENCY(s) });
    expect(run.code).toBe(1);
    expect(run.outputs.status).toBe('rolled_back');
    const [r] = analysisReport(s).runs;
    const metric = r.metrics[0];
    expect(metric.phase).toBe('Failed');
    expect(metric.compare.verdict).toBe('fail');
    // The figures: ~+30 % on the median, each side measured 8 times, p below 1 − confidence.
    expect(metric.compare.changePct).toBeGreaterThan(15);
    expect(metric.compare.changePct).toBeLessThan(60);
    expect(metric.compare.canary).toHaveLength(8);
    expect(metric.compare.baseline).toHaveLength(8);
    expect(metric.compare.pValue).toBeLessThan(0.05);
    expect(read(s, 'ci/deploy-logs.txt')).toMatch(/ERROR analysis\.end stage="canary step 1\/2 \(50%\)" phase=Failed decision=rollback metric=latency-vs-stable query=/);
  });

  it('a healthy release: the same analyses pass and it is promoted', async () => {
    const s = await site();
    await stable(s);
    // Both analyses at once: the rank test on latency, and the alerts.
    const analysis = COMPARE_LATENCY(s) + ALERTS_ONLY(s).split('\n').slice(2).join('\n');
    const run = await deploy(s, { strategy: 'canary', 'canary-steps': '50,100', version: 'v1.1.0', analysis });
    expect(run.code).toBe(0);
    expect(run.outputs.status).toBe('success');
    const [r] = analysisReport(s).runs;
    expect(r).toMatchObject({ phase: 'Successful', decision: 'promote' });
    expect(r.alerts.firing).toEqual([]);
    expect(r.metrics.find((m: { name: string }) => m.name === 'latency-vs-stable').compare.verdict).toBe('pass');
    expect(await get(s.url + '/')).toContain('example app v1.1.0');
  });

  it('Prometheus down: inconclusive, the error named; on-inconclusive fail stops without a rollback', async () => {
    const s = await site();
    await stable(s);
    const closed = await freePort();
    const analysis = ERROR_RATIO(`http://127.0.0.1:${closed}`, 'slot:http_requests:error_ratio_rate30s{slot="{{args.slot}}"}');
    const run = await deploy(s, { strategy: 'blue-green', version: 'v1.1.0', analysis });
    expect(run.code).toBe(1);
    expect(run.outputs).toMatchObject({ status: 'failure', 'rollback-performed': 'false' });
    expect(run.errors.join('\n')).toMatch(new RegExp(`analysis inconclusive \\(on-inconclusive: fail\\): .*127\\.0\\.0\\.1:${closed} is unreachable`));
    const log = read(s, 'ci/deploy-logs.txt');
    expect(log).toMatch(/WARN analysis\.end stage="blue-green switch" phase=Inconclusive decision=stop|ERROR analysis\.end stage="blue-green switch" phase=Inconclusive decision=stop/);
    expect(log).not.toContain('rollback.start');
    // Stopped where it was: the switch happened, nothing undid it.
    expect(await get(s.url + '/')).toContain('example app v1.1.0');
  });

  it('a query Prometheus refuses: inconclusive with Prometheus\'s own error; on-inconclusive rollback rolls back', async () => {
    const s = await site();
    await stable(s);
    // One parenthesis short.
    const analysis = ERROR_RATIO(s.prometheus.url, 'sum(rate(http_requests_total{slot="{{args.slot}}"}[30s])');
    const run = await deploy(s, { strategy: 'blue-green', version: 'v1.1.0', analysis, 'on-inconclusive': 'rollback' });
    expect(run.code).toBe(1);
    expect(run.outputs).toMatchObject({ status: 'rolled_back', 'rollback-performed': 'true' });
    expect(run.errors.join('\n')).toMatch(/analysis inconclusive \(on-inconclusive: rollback\): .*bad_data.*parse error/);
    expect(await get(s.url + '/')).toContain('example app v1.0.0');
  });
});
