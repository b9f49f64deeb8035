#!/usr/bin/env node
// `npm run demo`: the whole chain of phase-gates on this machine, with nothing but Node.
//
// Phase 05 produces real reports of the example app (c8 coverage of its tests, an autocannon load
// test, ESLint's SARIF), then `phase-gates pipeline` — the root action's core, as the command line —
// runs gates → deploy → smoke-test → rollback on failure → the Phase 07 gate:
//   v1.0.0 to staging (direct), then to production (blue-green behind a router);
//   v1.1.0 the same way: production switches slots, the old one keeps running;
//   v2.0.0, a broken release: staging rolls it back automatically, production refuses it.
// No token: deployments go to the local ledger. Everything is written under demo-output/, and
// every process the demo started is stopped at the end, also on failure or Ctrl-C.
import { spawn, spawnSync } from 'node:child_process';
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

/** Runs a command to its end; its output goes to a log file. */
function run(label, command, args, options = {}) {
  const log = path.join(ws, 'logs', `${label}.txt`);
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
    // The default freeze (Fri 00:00-Mon 00:00) holds; a local demo on a weekend is let through,
    // and the override is recorded in the audit log.
    '--freeze-override', 'local demo, no users (npm run demo)',
    '--samples', '10',
    '--wait-for-ready', '10'
  ];
  // The commit being released: this checkout's, as the runner's GITHUB_SHA would be.
  const head = spawnSync('git', ['rev-parse', 'HEAD'], { cwd: root, encoding: 'utf8' });
  const sha = head.status === 0 && /^[0-9a-f]{40}$/.test(head.stdout.trim()) ? head.stdout.trim() : '0'.repeat(40);
  const env = { GITHUB_SHA: sha, APP_STATE: state, APP_PORT: String(staging), APP_BLUE_PORT: String(blue), APP_GREEN_PORT: String(green), APP_ROUTER: 'node', APP_ROUTER_URL: productionUrl, APP_FAILING_VERSIONS: 'v2.0.0' };
  const pipeline = (label, version, environment, extra = []) => {
    const flags = environment === 'production' ? ['--strategy', 'blue-green', '--environment-url', productionUrl] : ['--environment-url', stagingUrl];
    const r = run(label, process.execPath, [cli, 'pipeline', '--outputs', ...common, '--environment', environment, '--version', version, ...flags, ...extra], { env });
    return { ...r, out: outputs(r.stdout) };
  };
  const story = (r, environment) => {
    const o = r.out;
    const gates = o['gates-passed'] === 'true' ? ok('Phase 05 gates passed') : bad(`Phase 05 gates failed: ${o['failed-gates']}`);
    console.log(`  ${gates}`);
    if (o['deploy-status'] === 'skipped' || !o['deploy-status']) return;
    if (o['deploy-status'] === 'failure' && !o['deployment-id']) {
      console.log(`  ${bad(`deploy refused: ${firstError(r) ?? 'pre-deploy checks failed'}`)}`);
      return;
    }
    console.log(`  ${o['deployment-id'] ? ok(`deployed ${o.version} to ${environment} (deployment ${o['deployment-id']}${o['previous-version'] ? `, replacing ${o['previous-version']}` : ''})`) : bad('not deployed')}`);
    if (o['smoke-passed'] === 'true') console.log(`  ${ok(`smoke test passed at ${o['environment-url']}: p95 ${o['p95-ms']} ms, ${o['error-rate']}% errors`)}`);
    else if (o['smoke-passed']) console.log(`  ${bad(`smoke test failed: ${JSON.parse(o['failed-checks'] || '[]').map((c) => `${c.name}: ${c.error}`).join('; ')}`)}`);
    if (o['rollback-performed'] === 'true') console.log(`  ${o['deploy-status'] === 'rolled_back' ? ok(`rolled back automatically to ${o['previous-version']}`) : bad('the rollback failed')}`);
    console.log(`  ${o['phase-07-passed'] === 'true' ? ok('Phase 07 gate passed') : bad(`Phase 07 gate failed: ${o['phase-07-failed-gates']}`)}`);
    console.log(dim(`  log: ${r.log}`));
  };
  const serving = async (url) => (await (await fetch(url + '/health')).json()).version;

  const steps = [
    ['v1.0.0', 'staging', 'v1.0.0 → staging'],
    ['v1.0.0', 'production', 'v1.0.0 → production (blue-green)'],
    ['v1.1.0', 'staging', 'v1.1.0 → staging'],
    ['v1.1.0', 'production', 'v1.1.0 → production (blue-green: the idle slot is verified, then traffic switches)']
  ];
  for (const [version, environment, heading] of steps) {
    title(heading);
    const r = pipeline(`${version}-${environment}`, version, environment);
    story(r, environment);
    if (r.code !== 0) throw new Error(`the ${version} release to ${environment} was expected to pass; see ${r.log}`);
  }
  console.log(`  ${ok(`production serves ${await serving(productionUrl)}; the old slot still runs ${await serving(`http://127.0.0.1:${blue}`)} for an instant rollback`)}`);

  title('v2.0.0 → staging (a broken release: healthy, but / answers 500)');
  let r = pipeline('v2.0.0-staging', 'v2.0.0', 'staging');
  story(r, 'staging');
  if (r.code === 0 || r.out['deploy-status'] !== 'rolled_back') throw new Error(`the broken release was expected to be rolled back; see ${r.log}`);
  console.log(`  ${ok(`staging serves ${await serving(stagingUrl)} again`)}`);

  title('v2.0.0 → production');
  r = pipeline('v2.0.0-production', 'v2.0.0', 'production');
  story(r, 'production');
  if (r.code === 0 || r.out['deployment-id']) throw new Error(`production was expected to refuse the broken release; see ${r.log}`);
  console.log(`  ${ok(`production still serves ${await serving(productionUrl)}`)}`);

  title('What it left');
  for (const f of ['gates-report.json', 'ci/deploy-logs.txt', 'post-deploy/smoke-report.json', 'post-deploy/gates-report.json', '.phase-gates/deployments.jsonl']) {
    const file = path.join(ws, f);
    if (!existsSync(file)) throw new Error(`${f} was not written`);
    console.log(`  ${path.relative(process.cwd(), file)}`);
  }
  const events = readFileSync(path.join(ws, 'ci/deploy-logs.txt'), 'utf8').trim().split('\n').length;
  console.log(dim(`  (${events} audit-log events; the ledger holds every deployment and status)`));
  stopAll();
  console.log(`\n${ok('demo complete: every process it started is stopped')}`);
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
