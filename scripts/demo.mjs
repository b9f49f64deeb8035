#!/usr/bin/env node
// `npm run demo`: the whole chain of phase-gates on this machine, with nothing but Node.
//
// Phase 05 produces real reports of the example app (c8 coverage of its tests, an autocannon load
// test, ESLint's SARIF), then `phase-gates pipeline` — the root action's core, as the command line —
// runs gates → deploy → smoke-test → rollback on failure → the Phase 07 gate:
//   v1.0.0 to staging (direct), then to production (blue-green behind a router);
//   v1.1.0 the same way: production switches slots, the old one keeps running;
//   v2.0.0, a broken release: staging rolls it back automatically, production refuses it;
//   v1.2.0, broken only on /checkout, a path no smoke check asks for: its smoke checks pass, and
//   the post-deploy bake (`analysis: embedded`: the app's own /metrics, scraped while real traffic
//   flows; Debian's Prometheus instead when it is installed, unless DEMO_TELEMETRY=embedded)
//   catches it from telemetry: rolled back.
// No token: deployments go to the local ledger. Everything is written under demo-output/: each
// release to each environment keeps its own artifacts in runs/<environment>-<version>/ (reports,
// audit log, the step's output, release.json), and every process the demo started is stopped at
// the end, also on failure or Ctrl-C.
import { spawn, spawnSync } from 'node:child_process';
import http from 'node:http';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync, copyFileSync, chmodSync } from 'node:fs';
import { freePort } from './free-port.mjs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ws = path.join(root, 'demo-output');
const state = path.join(ws, '.example-app');
const cli = path.join(root, 'dist/cli/index.js');
const bin = (name) => path.join(root, 'node_modules/.bin', name);
const color = process.stdout.isTTY && !process.env.NO_COLOR;
const paint = (code, text) => (color ? `\u001b[${code}m${text}\u001b[0m` : text);
const ok = (text) => paint('32', `✔ ${text}`);
const bad = (text) => paint('31', `✘ ${text}`);
const back = (text) => paint('33', `↩ ${text}`);
const note = (text) => `• ${text}`;
const warn = (text) => paint('33', `⚠ ${text}`);
const dim = (text) => paint('2', text);
const title = (text) => console.log(`\n${paint('1', text)}`);

/** Processes the demo started itself (a test instance, the router). */
const children = [];

/** Stops every process of the example app (pid files), the router and the demo's own. */
function stopAll() {
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  if (!existsSync(state)) return;
  for (const f of readdirSync(state).filter((n) => n.endsWith('.pid'))) {
    const pid = Number(readFileSync(path.join(state, f), 'utf8'));
    try {
      if (pid > 0) process.kill(pid, 'SIGTERM');
    } catch {
      // Gone already.
    }
  }
}
process.on('exit', stopAll);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(130));

/** Runs a command to its end; its output goes to a log file (`logs/<label>.txt`, or `options.log`). */
function run(label, command, args, options = {}) {
  const log = options.log ?? path.join(ws, 'logs', `${label}.txt`);
  const r = spawnSync(command, args, { cwd: options.cwd ?? ws, env: { ...process.env, ...options.env }, encoding: 'utf8', timeout: 180_000, maxBuffer: 64 * 1024 * 1024 });
  writeFileSync(log, `$ ${[command, ...args].join(' ')}\n\n${r.stdout ?? ''}${r.stderr ?? ''}`);
  if (r.error) throw new Error(`${label}: ${r.error.message}`);
  return { code: r.status, stdout: r.stdout ?? '', stderr: r.stderr ?? '', log: path.relative(root, log) };
}

/** `name=value` lines of the command line's stdout. */
function outputs(stdout) {
  const out = {};
  for (const line of stdout.split('\n')) {
    const at = line.indexOf('=');
    if (at > 0 && /^[a-z0-9-]+$/.test(line.slice(0, at))) out[line.slice(0, at)] = line.slice(at + 1);
  }
  return out;
}

async function main() {
  if (!existsSync(cli)) throw new Error('dist/cli/index.js is missing: run npm ci in a clone of the repository');
  rmSync(ws, { recursive: true, force: true });
  mkdirSync(path.join(ws, 'logs'), { recursive: true });
  mkdirSync(path.join(ws, 'app'), { recursive: true });
  for (const f of ['server.js', 'router.js', 'probe.js', 'deploy.sh', 'rollback.sh', 'package.json']) copyFileSync(path.join(root, 'examples/app', f), path.join(ws, 'app', f));
  for (const f of ['deploy.sh', 'rollback.sh']) chmodSync(path.join(ws, 'app', f), 0o755);
  // The app's change log: production refuses a version without its entry (require-changelog).
  copyFileSync(path.join(root, 'examples/app/CHANGELOG.md'), path.join(ws, 'CHANGELOG.md'));
  mkdirSync(path.join(ws, 'docs/phases'), { recursive: true });
  copyFileSync(path.join(root, 'test/fixtures/phases/phase-06-deployment.md'), path.join(ws, 'docs/phases/06-deployment.md'));
  mkdirSync(state, { recursive: true });

  console.log(paint('1', 'phase-gates demo') + dim(` — the whole Phase 06 chain on this machine; logs and artifacts in ${path.relative(process.cwd(), ws) || '.'}/`));

  // Phase 05: real reports of the example app.
  title('Phase 05 — the example app is tested, load-tested and linted');
  const cov = run('phase-05-coverage', process.execPath, [bin('c8').replace(/\.bin\/c8$/, 'c8/bin/c8.js'), '--reporter=lcov', '--reporter=text-summary', `--report-dir=${path.join(ws, 'coverage')}`, process.execPath, '--test', 'test/'], { cwd: path.join(root, 'examples/app') });
  if (cov.code !== 0) throw new Error(`the example app's tests failed; see ${cov.log}`);
  const lines = /Lines\s*:\s*([\d.]+)%/.exec(cov.stdout)?.[1];
  console.log(ok(`node --test under c8: ${lines}% of lines covered → coverage/lcov.info`));

  const perfPort = await freePort();
  const app = spawn(process.execPath, [path.join(ws, 'app/server.js')], { env: { ...process.env, APP_VERSION: 'v1.0.0', APP_PORT: String(perfPort) }, stdio: 'ignore' });
  children.push(app);
  try {
    await waitFor(`http://127.0.0.1:${perfPort}/health`);
    // autocannon prints no p95, so every response time is kept, as a list of samples.
    const latencies = [];
    const result = await autocannon({
      url: `http://127.0.0.1:${perfPort}/`,
      connections: 10,
      duration: 2,
      setupClient: (client) => client.on('response', (_status, _bytes, ms) => latencies.push(ms))
    });
    writeFileSync(path.join(ws, 'perf-samples.txt'), `# autocannon ${result.connections} connections, ${result.duration} s: every response time\n${latencies.map((ms) => `${ms.toFixed(3)}ms`).join('\n')}\n`);
    writeFileSync(path.join(ws, 'logs/phase-05-load-test.txt'), JSON.stringify(result, null, 2));
    console.log(ok(`autocannon: ${result.requests.total} requests, p99 ${result.latency.p99} ms, ${result.errors} errors → perf-samples.txt`));
  } finally {
    app.kill('SIGTERM');
  }
  const lint = run('phase-05-lint', process.execPath, [path.join(root, 'node_modules/eslint/bin/eslint.js'), '--no-config-lookup', '--rule', '{"no-eval":"error","no-implied-eval":"error","no-new-func":"error"}', '-f', '@microsoft/eslint-formatter-sarif', '-o', path.join(ws, 'eslint.sarif'), 'app/']);
  if (lint.code !== 0) throw new Error(`eslint found problems in the example app; see ${lint.log}`);
  console.log(ok('eslint (security rules), SARIF → eslint.sarif'));

  // Ports: staging is one process; production has two slots behind a router.
  const [staging, blue, green, front] = [await freePort(), await freePort(), await freePort(), await freePort()];
  const router = spawn(process.execPath, [path.join(ws, 'app/router.js')], { cwd: ws, env: { ...process.env, APP_STATE: state, APP_ROUTER_PORT: String(front) }, stdio: 'ignore' });
  children.push(router);
  await waitFor(`http://127.0.0.1:${front}/`, true);
  const productionUrl = `http://127.0.0.1:${front}`;
  const stagingUrl = `http://127.0.0.1:${staging}`;

  const common = [
    '--workspace', ws,
    '--phase-file', 'docs/phases/06-deployment.md',
    '--coverage-files', 'coverage/lcov.info',
    '--perf-files', 'perf-samples.txt',
    '--vuln-files', 'eslint.sarif',
    '--run', './app/deploy.sh',
    '--rollback-run', './app/rollback.sh',
    '--samples', '10',
    '--wait-for-ready', '5'
  ];
  // The commit being released: this checkout's, as the runner's GITHUB_SHA would be.
  const head = spawnSync('git', ['rev-parse', 'HEAD'], { cwd: root, encoding: 'utf8' });
  const sha = head.status === 0 && /^[0-9a-f]{40}$/.test(head.stdout.trim()) ? head.stdout.trim() : '0'.repeat(40);
  const env = { GITHUB_SHA: sha, APP_STATE: state, APP_PORT: String(staging), APP_BLUE_PORT: String(blue), APP_GREEN_PORT: String(green), APP_ROUTER: 'node', APP_ROUTER_URL: productionUrl, APP_FAILING_VERSIONS: 'v2.0.0', APP_ERRORING_VERSIONS: 'v1.2.0', APP_ERROR_SHARE: '0.4' };
  const urlOf = (environment) => (environment === 'production' ? productionUrl : stagingUrl);
  const serving = (url) => servedVersion(url);

  /**
   * One release through `phase-gates pipeline`. Its artifacts go to runs/<environment>-<version>/,
   * so that no later run overwrites them: the Phase 05 and Phase 07 gates reports, the smoke report,
   * the audit log, the step's whole output, and release.json (what happened, with the deployment ids).
   */
  const pipeline = async (version, environment, extra = []) => {
    const id = `${environment}-${version}`;
    const dir = path.join(ws, 'runs', id);
    mkdirSync(dir, { recursive: true });
    const rel = (f) => `runs/${id}/${f}`;
    const files = { gatesReport: rel('gates-report.json'), smokeReport: rel('smoke-report.json'), analysisReport: rel('analysis-report.json'), phase07Report: rel('phase-07-report.json'), auditLog: rel('audit-log.txt'), steps: rel('steps.txt') };
    // Staging rehearses each release's rollback (deploy, roll back, verify, deploy again): production
    // refuses a version whose rollback was not rehearsed there.
    const flags = environment === 'production' ? ['--strategy', 'blue-green'] : ['--rehearse-rollback', 'true'];
    // The default freeze (Fri 00:00-Mon 00:00) guards production; a local demo on a weekend is let
    // through with a reason, which the audit log records. Staging has no freeze by default.
    if (environment === 'production') flags.push('--freeze-override', 'local demo, no users (npm run demo)');
    const r = run(id, process.execPath, [cli, 'pipeline', '--outputs', ...common, '--environment', environment, '--version', version, '--environment-url', urlOf(environment),
      '--report-path', files.gatesReport, '--smoke-report-path', files.smokeReport, '--phase-07-report-path', files.phase07Report, '--log-path', files.auditLog, '--analysis-report-path', rel('analysis-report.json'), ...flags, ...extra], { env, log: path.join(dir, 'steps.txt') });
    const o = outputs(r.stdout);
    // The rollback's own deployment, from the ledger (a rollback records a deployment of the version it restores).
    const ledger = readLedger();
    const rollback = ledger.find((e) => e.type === 'deployment' && o['deployment-id'] && e.rollbackOf === o['deployment-id']);
    const audit = existsSync(path.join(ws, files.auditLog)) ? readFileSync(path.join(ws, files.auditLog), 'utf8') : '';
    const release = {
      environment,
      version,
      commit: sha,
      deploymentId: o['deployment-id'] || null,
      previousVersion: o['previous-version'] || null,
      deployStatus: o['deploy-status'],
      rollbackPerformed: o['rollback-performed'] === 'true',
      rollbackDeploymentId: rollback?.id ?? null,
      rollbackSkipped: o['rollback-skipped'] || null,
      passed: o.passed === 'true',
      failedStage: o['failed-stage'] || null,
      serving: await serving(urlOf(environment)) ?? null,
      freezeOverride: /freeze\.override reason="([^"]+)"/.exec(audit)?.[1] ?? null,
      rehearsal: rehearsalOf(audit),
      artifacts: Object.fromEntries(Object.entries(files).filter(([, f]) => existsSync(path.join(ws, f))))
    };
    writeFileSync(path.join(dir, 'release.json'), JSON.stringify(release, null, 2) + '\n');
    return { ...r, out: o, release, dir: path.relative(process.cwd(), dir) };
  };

  /** The rollback rehearsal of a staging release, from its audit log: the deployment rolled back, the version it went back to, the deployment that deployed the version again. */
  const rehearsalOf = (audit) => {
    const start = /rehearsal\.start version=\S+ previous=(\S+) deployment=(\S+)/.exec(audit);
    const end = /rehearsal\.end passed=(\w+) previous=\S+ version=\S+(?: deployment=(\S+))?/.exec(audit);
    return start && end ? { passed: end[1] === 'true', previousVersion: start[1], rolledBack: start[2], deployment: end[2] ?? null } : null;
  };

  /** What happened to a release, one line a stage; the last line says where the environment stands. */
  const story = (r) => {
    const o = r.out;
    const rel = r.release;
    console.log(`  ${o['gates-passed'] === 'true' ? ok('Phase 05 gates passed') : bad(`Phase 05 gates failed: ${o['failed-gates']}`)}`);
    if (rel.freezeOverride) console.log(`  ${warn(`inside the ${rel.environment} freeze window (Fri 00:00-Mon 00:00): overridden — ${rel.freezeOverride}`)}`);
    if (o['deploy-status'] === 'failure' && !rel.deploymentId) {
      console.log(`  ${bad(`deploy refused before anything changed: ${firstError(r) ?? 'pre-deploy checks failed'}`)}`);
    } else if (rel.deploymentId) {
      console.log(`  ${note(`deployed ${rel.version} to ${rel.environment} as deployment ${rel.deploymentId}${rel.previousVersion ? `, replacing ${rel.previousVersion}` : ' (its first deployment)'}`)}`);
      const h = rel.rehearsal;
      if (h?.passed) console.log(`  ${back(`rollback rehearsed: deployment ${h.rolledBack} rolled back to ${h.previousVersion}, which verified; ${rel.version} deployed again`)}`);
      else if (h) console.log(`  ${bad(`the rollback rehearsal failed (deployment ${h.rolledBack})`)}`);
      if (o['smoke-passed'] === 'true') console.log(`  ${ok(`smoke test passed at ${o['environment-url']}: p95 ${o['p95-ms']} ms, ${o['error-rate']}% errors`)}`);
      else if (o['smoke-passed']) console.log(`  ${bad(`smoke test failed: ${JSON.parse(o['failed-checks'] || '[]').map((c) => `${c.name}: ${c.error}`).join('; ') || 'every check passed, the post-deploy bake did not'}`)}`);
      if (rel.rollbackPerformed) {
        console.log(`  ${rel.deployStatus === 'rolled_back' ? back(`rolled back automatically to ${rel.previousVersion}${rel.rollbackDeploymentId ? ` (deployment ${rel.rollbackDeploymentId})` : ''}`) : bad('the rollback failed')}`);
      } else if (rel.rollbackSkipped) console.log(`  ${bad(`rollback skipped: ${rel.rollbackSkipped}`)}`);
      console.log(`  ${o['phase-07-passed'] === 'true' ? ok('Phase 07 gate passed') : bad(`Phase 07 gate failed: ${o['phase-07-failed-gates'].split(',').join(', ')} (deploy_status is ${rel.deployStatus})`)}`);
    }
    // The verdict, checked against what the environment really serves.
    if (rel.passed && rel.serving === rel.version) console.log(`  ${ok(`released: ${rel.version} is live in ${rel.environment} (deployment ${rel.deploymentId})`)}`);
    else console.log(`  ${bad(`not released: ${rel.version} ${rel.deployStatus === 'rolled_back' ? 'was rolled back' : rel.deploymentId ? 'failed' : 'was refused'}; ${rel.environment} serves ${rel.serving ?? 'nothing'}`)}`);
    console.log(dim(`  artifacts: ${r.dir}/ (release.json, reports, audit log, steps.txt)`));
  };

  const steps = [
    ['v1.0.0', 'staging', 'v1.0.0 → staging'],
    ['v1.0.0', 'production', 'v1.0.0 → production (blue-green)'],
    ['v1.1.0', 'staging', 'v1.1.0 → staging'],
    ['v1.1.0', 'production', 'v1.1.0 → production (blue-green: the idle slot is verified, then traffic switches)']
  ];
  const releases = [];
  for (const [version, environment, heading] of steps) {
    title(heading);
    const r = await pipeline(version, environment);
    releases.push(r);
    story(r);
    if (r.code !== 0) throw new Error(`the ${version} release to ${environment} was expected to pass; see ${r.release.artifacts.steps}`);
  }
  console.log(`  ${ok(`production serves ${await serving(productionUrl)}; the old slot still runs ${await serving(`http://127.0.0.1:${blue}`)} for an instant rollback`)}`);

  title('v2.0.0 → staging (a broken release: healthy, but / answers 500)');
  let r = await pipeline('v2.0.0', 'staging');
  releases.push(r);
  story(r);
  if (r.code === 0 || r.out['deploy-status'] !== 'rolled_back') throw new Error(`the broken release was expected to be rolled back; see ${r.release.artifacts.steps}`);

  title('v2.0.0 → production');
  r = await pipeline('v2.0.0', 'production');
  releases.push(r);
  story(r);
  if (r.code === 0 || r.out['deployment-id']) throw new Error(`production was expected to refuse the broken release; see ${r.release.artifacts.steps}`);

  title('v1.2.0 → staging (broken only on /checkout: the smoke checks pass; the telemetry does not)');
  // Real traffic on / and /checkout while the release bakes; the bake scrapes the app's /metrics.
  const load = spawn(process.execPath, [path.join(root, 'examples/app/traffic.js'), stagingUrl, '--rate', '40', '--seconds', '60', '--paths', '/,/checkout,/'], { stdio: 'ignore' });
  children.push(load);
  // With Prometheus installed (Debian's prometheus), it scrapes staging every second and the bake
  // asks it; without, the bake scrapes the app's own /metrics (analysis: embedded).
  const prometheus = await startPrometheus(staging);
  let analysisFlags = ['--analysis', 'embedded', '--analysis-args', '{ interval: 1s, count: 5, failure-limit: 1 }'];
  if (prometheus) {
    writeFileSync(path.join(ws, 'analysis.yml'), `# The post-deploy bake of the demo: the 5xx share of the release's own answers, from Prometheus.
metrics:
  - name: error-ratio
    gate: error_rate
    # Prometheus needs two scrapes of the new version's series for a rate: the first measurement
    # waits for them.
    initialDelay: 4s
    interval: 1s
    count: 5
    failureLimit: 1
    failureCondition: len(result) > 0 && result[0] > 0.02
    provider:
      prometheus:
        address: ${prometheus.url}
        query: 1 - sum(rate(http_requests_total{version="{{args.version}}",code!~"5.."}[5s])) / sum(rate(http_requests_total{version="{{args.version}}"}[5s]))
`);
    analysisFlags = ['--analysis', 'analysis.yml'];
  }
  console.log(`  ${note(prometheus ? `telemetry: Prometheus (${prometheus.version}) scrapes staging every second; analysis.yml asks it` : process.env.DEMO_TELEMETRY === 'embedded' ? 'telemetry: DEMO_TELEMETRY=embedded; the bake scrapes the app\'s own /metrics (analysis: embedded)' : 'telemetry: Prometheus is not installed; the bake scrapes the app\'s own /metrics (analysis: embedded)')}`);
  try {
    r = await pipeline('v1.2.0', 'staging', analysisFlags);
  } finally {
    load.kill('SIGTERM');
    prometheus?.stop();
  }
  releases.push(r);
  const smokeFile = path.join(ws, r.release.artifacts.smokeReport ?? '');
  const bake = existsSync(smokeFile) ? JSON.parse(readFileSync(smokeFile, 'utf8')).analysis : undefined;
  if (bake) console.log(`  ${bake.phase === 'Failed' ? bad(`post-deploy bake failed on telemetry: ${bake.message}`) : note(`post-deploy bake: ${bake.phase}: ${bake.message}`)}`);
  story(r);
  if (r.code === 0 || r.out['deploy-status'] !== 'rolled_back' || bake?.phase !== 'Failed') throw new Error(`the release broken on /checkout was expected to be caught by its telemetry and rolled back; see ${r.release.artifacts.steps}`);

  title('What it left');
  for (const rel of releases) {
    const f = rel.release;
    const verdict = f.passed ? `released (deployment ${f.deploymentId})` : f.deployStatus === 'rolled_back' ? `rolled back (deployment ${f.deploymentId}, undone by deployment ${f.rollbackDeploymentId})` : f.deploymentId ? `failed (deployment ${f.deploymentId})` : 'refused, nothing deployed';
    console.log(`  ${rel.dir}/ ${dim(`— ${f.version} to ${f.environment}: ${verdict}`)}`);
  }
  const ledgerFile = path.join(ws, '.phase-gates/deployments.jsonl');
  if (!existsSync(ledgerFile)) throw new Error('.phase-gates/deployments.jsonl was not written');
  const deployments = readLedger().filter((e) => e.type === 'deployment').length;
  console.log(`  ${path.relative(process.cwd(), ledgerFile)} ${dim(`— the ledger: ${deployments} deployments (releases and rollbacks) and every status`)}`);
  stopAll();
  console.log(`\n${ok('demo complete: every process it started is stopped')}`);
}

/**
 * Debian's Prometheus on loopback scraping 127.0.0.1:`port` every second (data under
 * demo-output/.prometheus), or undefined when it is not installed or does not start.
 */
async function startPrometheus(port) {
  // DEMO_TELEMETRY=embedded shows the path of a machine without Prometheus.
  const bin = process.env.DEMO_TELEMETRY === 'embedded' ? undefined : ['/usr/bin/prometheus', '/usr/local/bin/prometheus'].find((p) => existsSync(p));
  if (!bin) return undefined;
  const dir = path.join(ws, '.prometheus');
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'prometheus.yml'), `global: { scrape_interval: 1s, scrape_timeout: 1s }\nscrape_configs:\n  - job_name: staging\n    static_configs: [{ targets: ["127.0.0.1:${port}"] }]\n`);
  const listen = await freePort();
  const child = spawn(bin, [`--config.file=${path.join(dir, 'prometheus.yml')}`, `--web.listen-address=127.0.0.1:${listen}`, `--storage.tsdb.path=${path.join(dir, 'data')}`, '--log.level=error'], { stdio: 'ignore' });
  children.push(child);
  const url = `http://127.0.0.1:${listen}`;
  try {
    await waitFor(`${url}/-/ready`);
    const info = await (await fetch(`${url}/api/v1/status/buildinfo`, { signal: AbortSignal.timeout(2000) })).json();
    return { url, version: info.data?.version ?? 'unknown version', stop: () => child.kill('SIGTERM') };
  } catch {
    child.kill('SIGTERM');
    return undefined;
  }
}

/**
 * The version an environment serves (its /health), or undefined when nothing answers. A fresh
 * connection each time: a pooled one may still point at a process a deploy has just replaced.
 */
function servedVersion(url) {
  return new Promise((resolve) => {
    const req = http.get(`${url}/health`, { agent: false, timeout: 2000 }, (res) => {
      let body = '';
      res.setEncoding('utf8').on('data', (d) => (body += d)).on('end', () => {
        try {
          resolve(JSON.parse(body).version);
        } catch {
          resolve(undefined);
        }
      });
    });
    req.on('timeout', () => req.destroy());
    req.on('error', () => resolve(undefined));
  });
}

/** The ledger's entries (deployments and statuses). */
function readLedger() {
  const file = path.join(ws, '.phase-gates/deployments.jsonl');
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
}

function firstError(r) {
  for (const line of `${r.stdout}\n${r.stderr}`.split('\n')) {
    const m = /^(?:::error[^:]*::|error: )deploy failed: (.*?)(?:; Phase 07 .*)?$/.exec(line);
    if (m) return m[1];
  }
  return undefined;
}

async function waitFor(url, anyAnswer = false) {
  for (let i = 0; i < 100; i++) {
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(1000) });
      if (res.ok || anyAnswer) return;
    } catch {
      // Not up yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`${url} did not answer`);
}

main()
  .catch((err) => {
    console.error(`\n${bad(`demo failed: ${err.message}`)}`);
    process.exitCode = 1;
  })
  .finally(stopAll);
