/**
 * The root action (action.yml → dist/pipeline/index.js) run as the runner runs it, on the example
 * app, without a token (deploy keeps its local ledger): a passing chain, a failing gate that
 * deploys nothing, and a release that fails its smoke test and is rolled back.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { commandMessage, makeWorkspace, ROOT, runAction, type ActionRun } from '../support/action.js';
import { DeployInputs, GatesInputs, PipelineInputs, PipelineOutputs, SmokeInputs } from '../../src/core/constants.js';
import { artifacts, chainWorkspace, CHECKS_WITH_CART, rootInputs, runRoot, stopApps } from './support.js';
import { freePort, get, ledger } from '../deploy/support.js';

afterEach(stopApps);

function noStack(run: ActionRun): void {
  expect(run.stdout + run.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
  expect(run.stdout).not.toContain('internal error');
}

describe('root action: the chain on the example app', () => {
  it('passes: gates, staging deploy, smoke test, Phase 07', async () => {
    const c = await chainWorkspace();
    // phase-07-gates adds a gate and removes none; the defaults stay.
    const run = await runRoot(c, { version: 'v1.0.0' }, { 'phase-07-gates': 'smoke_p95_ms: "<=10s"\nsmoke_error_rate: ~' });
    expect(run.errors).toEqual([]);
    expect(run.code).toBe(0);
    expect(run.outputs).toMatchObject({
      'gates-passed': 'true',
      'failed-gates': '',
      'report-path': 'gates-report.json',
      'deployment-id': '1',
      'environment-url': c.url,
      version: 'v1.0.0',
      'previous-version': '',
      'deploy-status': 'success',
      'rollback-performed': 'false',
      'log-path': 'ci/deploy-logs.txt',
      'deploy-failed-checks': '[]',
      'smoke-passed': 'true',
      'smoke-report-path': 'post-deploy/smoke-report.json',
      'error-rate': '0',
      'failed-checks': '[]',
      'phase-07-passed': 'true',
      'phase-07-failed-gates': '',
      'phase-07-report-path': 'post-deploy/gates-report.json',
      passed: 'true',
      'failed-stage': ''
    });
    expect(Object.keys(run.outputs).sort()).toEqual(Object.values(PipelineOutputs).sort());
    expect(Number(run.outputs['p95-ms'])).toBeGreaterThan(0);
    expect(JSON.parse(run.outputs.report)).toMatchObject({ schema: 'phase-gates/gates-report@1', passed: true, phase: 6 });
    // The Phase 07 report names the release it judged.
    expect(JSON.parse(run.outputs['phase-07-report'])).toMatchObject({ passed: true, deployment: { environment: 'staging', version: 'v1.0.0', id: '1', status: 'success', rollbackId: null } });

    const a = await artifacts(c); // every report schema-valid, every log line well-formed
    expect(a.serving).toBe('example app v1.0.0\n');
    expect(a.gatesReport).toEqual({ passed: true, gates: [{ name: 'coverage', op: '>=', threshold: 80, actual: 80, passed: true }] });
    expect(a.smokeReport).toEqual({ passed: true, checks: [{ name: 'health', passed: true }, { name: 'home', passed: true }] });
    expect(a.phase07Report).toEqual({
      passed: true,
      gates: [
        { name: 'smoke_passed', op: '==', threshold: true, actual: true, passed: true },
        { name: 'deploy_status', op: '==', threshold: 'success', actual: 'success', passed: true },
        { name: 'smoke_p95_ms', op: '<=', threshold: 10000, actual: expect.any(Number), passed: true }
      ]
    });
    expect(a.deployments).toEqual([{ id: '1', version: 'v1.0.0', rollbackOf: null, states: ['in_progress', 'success'] }]);
    expect(a.logEvents[0]).toBe('deploy.start');
    expect(a.logEvents.at(-1)).toBe('deploy.end');

    // One summary section per stage, then the overview.
    const headings = run.summary.split('\n').filter((l) => l.startsWith('## '));
    expect(headings).toEqual([
      expect.stringMatching(/^## Deployment: ✅ passed/),
      '## Deploy v1.0.0 to staging',
      expect.stringMatching(/^## Smoke test/),
      expect.stringMatching(/^## Phase 07 gates: ✅ passed/),
      '## Phase 06 pipeline: ✅ passed'
    ]);
    expect(run.summary).toMatch(/\| 5 \| Phase 07 gates \| ✅ passed \| `post-deploy\/gates-report.json` \|/);
  });

  it('stops at a failing gate: nothing deployed, no process started, the ledger empty, exit 1', async () => {
    const c = await chainWorkspace();
    const run = await runRoot(c, { version: 'v1.0.0', gates: '{ coverage: ">=90%" }' });
    expect(run.code).toBe(1);
    noStack(run);
    expect(run.outputs).toMatchObject({ 'gates-passed': 'false', 'failed-gates': 'coverage', 'deploy-status': 'skipped', 'rollback-performed': 'false', 'deployment-id': '', 'smoke-passed': '', 'phase-07-passed': '', passed: 'false', 'failed-stage': 'gates' });
    expect(commandMessage(run.errors.at(-1)!)).toBe('Phase 05 gates failed (1 of 1 gates failed: coverage); nothing was deployed');
    const a = await artifacts(c);
    expect(a.gatesReport).toMatchObject({ passed: false });
    expect(a).toMatchObject({ appStarted: false, deployments: [], logEvents: [], smokeReport: null, phase07Report: null });
    expect(a.serving).toMatch(/^error: /);
    expect(existsSync(path.join(c.ws, 'ci/deploy-logs.txt'))).toBe(false);
    expect(run.summary).toMatch(/\| 2 \| Deploy \| ➖ skipped \| the Phase 05 gates failed \|/);
  });

  it('with fail: false, reports a failing gate without failing the step, and still deploys nothing', async () => {
    const c = await chainWorkspace();
    const run = await runRoot(c, { version: 'v1.0.0', gates: '{ coverage: ">=90%" }' }, { fail: 'false' });
    expect(run.code).toBe(0);
    expect(run.errors).toEqual([]);
    expect(run.warnings.map(commandMessage)).toEqual(['Gate coverage failed: 80%, required >= 90%']);
    expect(run.outputs).toMatchObject({ 'gates-passed': 'false', 'deploy-status': 'skipped', passed: 'false', 'failed-stage': 'gates' });
    expect(await artifacts(c)).toMatchObject({ appStarted: false, deployments: [] });
  });

  it('rolls a release that fails its smoke test back to the previous version, which serves again; Phase 07 fails', async () => {
    const c = await chainWorkspace();
    const first = await runRoot(c, { version: 'v1.0.0' });
    expect(first.code).toBe(0);

    const run = await runRoot(c, { version: 'v2.0.0', checks: CHECKS_WITH_CART });
    expect(run.code).toBe(1);
    noStack(run);
    expect(run.outputs).toMatchObject({
      'gates-passed': 'true',
      'deployment-id': '2',
      version: 'v2.0.0',
      'previous-version': 'v1.0.0',
      'deploy-status': 'rolled_back',
      'rollback-performed': 'true',
      'rollback-skipped': '',
      'smoke-passed': 'false',
      'phase-07-passed': 'false',
      'phase-07-failed-gates': 'smoke_passed,deploy_status',
      passed: 'false',
      'failed-stage': 'smoke-test'
    });
    expect(JSON.parse(run.outputs['failed-checks'])).toEqual([expect.objectContaining({ name: 'cart', url: `${c.url}/cart` })]);
    const reason = commandMessage(run.errors.at(-1)!);
    expect(reason).toMatch(/^smoke test failed: .*; staging rolled back to v1\.0\.0; Phase 07 gates failed \(2 of 2 gates failed: smoke_passed, deploy_status\)$/);
    expect(reason).not.toContain('\n');

    const a = await artifacts(c);
    expect(a.serving).toBe('example app v1.0.0\n');
    expect(a.deployments).toEqual([
      { id: '1', version: 'v1.0.0', rollbackOf: null, states: ['in_progress', 'success'] },
      { id: '2', version: 'v2.0.0', rollbackOf: null, states: ['in_progress', 'success'] },
      { id: '3', version: 'v1.0.0', rollbackOf: '2', states: ['in_progress', 'success'] }
    ]);
    expect(a.gatesReport).toMatchObject({ passed: true }); // Phase 05's report is not overwritten by Phase 07's
    expect(a.smokeReport).toMatchObject({ passed: false, checks: [{ name: 'health', passed: true }, { name: 'home', passed: true }, { name: 'cart', passed: false }] });
    expect(a.phase07Report).toEqual({
      passed: false,
      gates: [
        { name: 'smoke_passed', op: '==', threshold: true, actual: false, passed: false },
        { name: 'deploy_status', op: '==', threshold: 'success', actual: 'rolled_back', passed: false }
      ]
    });
    expect(run.summary).toMatch(/## Rollback of staging to v1\.0\.0/);
    expect(run.summary).toMatch(/\| 4 \| Rollback \| ✅ passed \| staging rolled back to v1\.0\.0 \(deployment 3\) \|/);
    // The release that was rolled back is never shown as passed, nor as live.
    expect(run.summary).toMatch(/\| 2 \| Deploy \| ↩️ rolled back \| deployed v2\.0\.0 to staging \(deployment 2\); rolled back after its smoke test failed \|/);
    expect(run.summary).not.toMatch(/is live/);
    expect(run.summary).toMatch(/## Phase 06 pipeline: ❌ failed \(smoke-test\)/);
    // The smoke report names the deployment it tested, without a token too.
    expect(JSON.parse(readFileSync(path.join(c.ws, 'post-deploy/smoke-report.json'), 'utf8'))).toMatchObject({ deploymentId: '2', passed: false });
    // The Phase 07 report names the release it judged, and the deployment that undid it.
    expect(JSON.parse(readFileSync(path.join(c.ws, 'post-deploy/gates-report.json'), 'utf8')).deployment).toEqual({ environment: 'staging', version: 'v2.0.0', id: '2', status: 'rolled_back', rollbackId: '3' });
  });

  it('a first release that fails its smoke test: the rollback is skipped (nothing to return to), and the log, summary and outputs say so alike', async () => {
    const c = await chainWorkspace();
    const run = await runRoot(c, { version: 'v1.0.0', checks: CHECKS_WITH_CART });
    expect(run.code).toBe(1);
    noStack(run);
    const reason = 'no earlier successful deployment of staging';
    expect(run.outputs).toMatchObject({
      'deployment-id': '1',
      version: 'v1.0.0',
      'previous-version': '',
      'deploy-status': 'failure',
      'rollback-performed': 'false',
      'rollback-skipped': reason,
      'smoke-passed': 'false',
      'phase-07-passed': 'false',
      passed: 'false',
      'failed-stage': 'smoke-test'
    });
    expect(commandMessage(run.errors.at(-1)!)).toMatch(new RegExp(`^smoke test failed: .*; rollback skipped: ${reason} \\(v1\\.0\\.0 stays deployed\\); Phase 07 gates failed \\(`));
    expect(run.summary).toContain(`| 4 | Rollback | ➖ skipped | ${reason}: v1.0.0 stays deployed |`);
    expect(run.summary).toContain(`| 2 | Deploy | ❌ failed | deployed v1.0.0 to staging (deployment 1); it failed its smoke test and stays deployed (rollback skipped: ${reason}) |`);
    expect(run.summary).toContain(`## Rollback of staging: skipped`);
    const a = await artifacts(c);
    expect(a.deployments).toEqual([{ id: '1', version: 'v1.0.0', rollbackOf: null, states: ['in_progress', 'success'] }]);
    expect(a.serving).toBe('example app v1.0.0\n'); // nothing ran a rollback script with no version
    const log = readFileSync(path.join(c.ws, 'ci/deploy-logs.txt'), 'utf8');
    expect(log).toMatch(new RegExp(` WARN rollback\\.skipped reason="${reason}" current=v1\\.0\\.0 store=ledger$`, 'm'));
    expect(log).not.toMatch(/script\.start phase=rollback/);
    expect(a.phase07Report).toMatchObject({ passed: false, gates: [expect.objectContaining({ name: 'smoke_passed', actual: false }), expect.objectContaining({ name: 'deploy_status', actual: 'failure' })] });
    expect(JSON.parse(readFileSync(path.join(c.ws, 'post-deploy/gates-report.json'), 'utf8')).deployment).toEqual({ environment: 'staging', version: 'v1.0.0', id: '1', status: 'failure', rollbackId: null });
  });

  it('reports a deploy that fails (a release that cannot start) as rolled back by deploy itself', async () => {
    const c = await chainWorkspace();
    expect((await runRoot(c, { version: 'v1.0.0' })).code).toBe(0);
    c.env.APP_BROKEN_VERSIONS = 'v2.0.0';
    const run = await runRoot(c, { version: 'v2.0.0' });
    expect(run.code).toBe(1);
    expect(run.outputs).toMatchObject({ 'deploy-status': 'rolled_back', 'rollback-performed': 'true', 'smoke-passed': '', 'phase-07-passed': 'false', 'failed-stage': 'deploy' });
    expect(run.summary).toMatch(/\| 2 \| Deploy \| ↩️ rolled back \| deployment 2: deploy failed: .*; rolled back to v1\.0\.0 \|/);
    expect(commandMessage(run.errors.at(-1)!)).toMatch(/^deploy failed: .*rolled back to v1\.0\.0; Phase 07 gates failed \(2 of 2 gates failed: smoke_passed, deploy_status\)$/);
    expect((await artifacts(c)).serving).toBe('example app v1.0.0\n');
  });

  it('a first release that cannot start: deploy skips its rollback, and the stages say so', async () => {
    const c = await chainWorkspace();
    c.env.APP_BROKEN_VERSIONS = 'v1.0.0';
    const run = await runRoot(c, { version: 'v1.0.0' });
    expect(run.code).toBe(1);
    expect(run.outputs).toMatchObject({ 'deployment-id': '1', 'deploy-status': 'failure', 'rollback-performed': 'false', 'rollback-skipped': 'no earlier successful deployment of staging', 'smoke-passed': '', 'failed-stage': 'deploy' });
    expect(commandMessage(run.errors.at(-1)!)).toMatch(/^deploy failed: run exited with 1; rollback skipped: no earlier successful deployment of staging; Phase 07 gates failed/);
    expect(run.summary).toContain('| 2 | Deploy | ❌ failed | deployment 1: deploy failed: run exited with 1; rollback skipped: no earlier successful deployment of staging |');
    expect(run.summary).toContain('| 4 | Rollback | ➖ skipped | no earlier successful deployment of staging |');
  });

  it('dry run: gates and pre-deploy checks only', async () => {
    const c = await chainWorkspace();
    const run = await runRoot(c, { version: 'v1.0.0' }, { 'dry-run': 'true' });
    expect(run.code).toBe(0);
    expect(run.outputs).toMatchObject({ 'deploy-status': 'skipped', 'smoke-passed': '', 'phase-07-passed': '', passed: 'true' });
    expect(run.summary).toContain('## Phase 06 pipeline: ✅ would pass the pre-deploy checks (dry run: nothing was changed)');
    const a = await artifacts(c);
    expect(a).toMatchObject({ appStarted: false, deployments: [], smokeReport: null, phase07Report: null });
  });

  it('dry run of production in its default freeze: ends well with the plan, and says which checks would fail and why', async () => {
    const c = await chainWorkspace();
    // The process's clock on a Saturday.
    // Without a token, CI green and approvals cannot be read (they would fail too): off, to keep to the freeze and staging.
    const run = await runRoot(c, { version: 'v1.0.0' }, { environment: 'production', 'freeze-windows': '', 'dry-run': 'true', 'require-ci-green': 'false', 'require-approval': 'false' }, '2026-11-28T12:00:00Z');
    expect(run.code).toBe(0);
    expect(run.errors).toEqual([]);
    expect(run.outputs).toMatchObject({ 'gates-passed': 'true', 'deploy-status': 'skipped', 'deployment-id': '', passed: 'false', 'failed-stage': 'deploy' });
    expect(JSON.parse(run.outputs['deploy-failed-checks']).map((c: { id: string }) => c.id)).toEqual(['freeze', 'staging']);
    expect(run.summary).toMatch(/\| Outside freeze windows \| ❌ fail \| Sat 2026-11-28 12:00 UTC is inside the freeze window "Fri 00:00-Mon 00:00", the default for production/);
    expect(run.summary).toMatch(/\| 2 \| Deploy \| ❌ would fail \| dry run: deploying v1\.0\.0 to production \(strategy direct, provider command; its first deployment\) would be refused: 2 checks would fail: freeze \(.*\); staging \(.*\); nothing was changed \|/);
    expect(run.summary).toContain('## Phase 06 pipeline: ❌ would fail (deploy) (dry run: nothing was changed)');
    expect(run.warnings.map(commandMessage)).toEqual([expect.stringMatching(/^dry run: deploying v1\.0\.0 to production .* would be refused: 2 checks would fail: freeze/)]);
    expect(await artifacts(c)).toMatchObject({ appStarted: false, deployments: [], smokeReport: null, phase07Report: null });
  });
});

describe('root action: cancelled as the runner cancels a step', () => {
  const auditLog = (ws: string) => readFileSync(path.join(ws, 'ci/deploy-logs.txt'), 'utf8').trim().split('\n');

  it('SIGINT during the smoke test: the release stays as deployed, nothing more runs, the audit log ends with cancelled', async () => {
    const c = await chainWorkspace();
    // The smoke test waits up to a minute for a URL where nothing listens: the step is cancelled meanwhile.
    const nowhere = `http://127.0.0.1:${await freePort()}`;
    const run = await runAction('.', {
      workspace: c.ws,
      inputs: { ...rootInputs(c, { version: 'v1.0.0' }), url: nowhere, 'wait-for-ready': '60' },
      env: c.env,
      timeoutMs: 90000,
      signal: { when: /Waiting up to 60 s/, send: 'SIGINT' }
    });
    expect(run.code).toBe(1);
    expect(run.msAfterSignal).toBeLessThan(5000);
    noStack(run);
    expect(run.errors.map(commandMessage)).toEqual(['cancelled (SIGINT) during the smoke test: v1.0.0 stays deployed, not smoke-tested']);
    expect(run.outputs).toMatchObject({ 'deploy-status': 'success', 'rollback-performed': 'false', 'smoke-passed': 'false', 'smoke-report-path': '', 'phase-07-passed': '', passed: 'false', 'failed-stage': 'smoke-test' });
    expect(run.summary).toMatch(/\| 3 \| Smoke test \| ⚠️ cancelled \| cancelled \(SIGINT\) during the smoke test/);
    expect(run.summary).toMatch(/\| 4 \| Rollback \| ➖ skipped \| cancelled \(SIGINT\) \|/);
    expect(run.summary).toMatch(/\| 5 \| Phase 07 gates \| ➖ skipped \| cancelled \(SIGINT\) \|/);
    // No rollback began: the release serves, its deployment is still the successful one.
    expect(await get(c.url + '/')).toBe('example app v1.0.0\n');
    expect(ledger(c.ws).filter((e) => e.type !== 'deployment').map((e) => e.state)).toEqual(['in_progress', 'success']);
    const log = auditLog(c.ws);
    expect(log.filter((l) => / deploy\.end /.test(l))).toHaveLength(1);
    expect(log.at(-1)).toMatch(/ WARN cancelled stage=smoke-test signal=SIGINT deployment=1 version=v1\.0\.0$/);
    expect(existsSync(path.join(c.ws, 'post-deploy/smoke-report.json'))).toBe(false);
  });

  it('SIGTERM during the deploy: deploy records it, no later stage runs', async () => {
    const c = await chainWorkspace();
    const run = await runAction('.', {
      workspace: c.ws,
      inputs: { ...rootInputs(c, { version: 'v1.0.0' }), run: './slow.sh' },
      env: c.env,
      timeoutMs: 90000,
      signal: { when: /started/, send: 'SIGTERM' }
    });
    expect(run.code).toBe(1);
    expect(run.msAfterSignal).toBeLessThan(10000);
    noStack(run);
    expect(run.outputs).toMatchObject({ 'gates-passed': 'true', 'deploy-status': 'failure', passed: 'false', 'failed-stage': 'deploy' });
    expect(run.summary).toMatch(/\| 3 \| Smoke test \| ➖ skipped \|/);
    expect(run.summary).toMatch(/\| 5 \| Phase 07 gates \| ➖ skipped \| cancelled \(SIGTERM\) \|/);
    expect(auditLog(c.ws).at(-1)).toMatch(/ WARN cancelled signal=SIGTERM deployment=1$/);
    expect(existsSync(path.join(c.ws, 'post-deploy/gates-report.json'))).toBe(false);
  });
});

describe('root action: bad input', () => {
  /** The one-line errors of a run. */
  const messages = (run: ActionRun) => run.errors.map(commandMessage);

  it('names the root input, with the message of the command that reads it, before anything is written or run', async () => {
    const c = await chainWorkspace();
    const bad = { samples: 'many', 'smoke-report-path': '../escape.json', 'timeout-minutes': '0' };
    const run = await runRoot(c, { version: 'v1.0.0' }, bad);
    expect(run.code).toBe(1);
    noStack(run);

    const smoke = await runAction('smoke-test', { workspace: makeWorkspace(), inputs: { url: c.url, samples: 'many', 'report-path': '../escape.json' } });
    const deploy = await runAction('deploy', { workspace: c.ws, inputs: { ...rootInputs(c, { version: 'v1.0.0' }), 'timeout-minutes': '0' }, env: c.env });
    const expected = [...messages(deploy), ...messages(smoke).map((m) => m.replace(/^report-path:/, 'smoke-report-path:'))];
    expect(expected).toEqual([
      'timeout-minutes: must be a number of minutes above 0 and at most 360, got "0"',
      'samples: "many" is not a whole number from 1 to 10000',
      'smoke-report-path: path escapes the workspace: ../escape.json'
    ]);
    expect(messages(run)).toEqual(expected);
    const a = await artifacts(c);
    expect(a).toMatchObject({ gatesReport: null, deployments: [], logEvents: [], appStarted: false });
  });

  it('an unreadable holiday calendar stops the chain before the gates write anything', async () => {
    const ws = makeWorkspace();
    const run = await runAction('.', { workspace: ws, inputs: { gates: '{ coverage: ">=80%" }', environment: 'staging', run: 'true', url: 'http://127.0.0.1:9/', 'freeze-windows': 'holidays.ics' } });
    expect(run.code).toBe(1);
    expect(messages(run)).toEqual(['freeze-windows: holidays.ics: file not found (give the path of an iCalendar (.ics) file in the workspace, e.g. a holiday calendar exported from Google Calendar or Thunderbird)']);
    expect(existsSync(path.join(ws, 'gates-report.json'))).toBe(false);
  });

  it('requires environment and a URL to smoke-test, as deploy and smoke-test do', async () => {
    const ws = makeWorkspace();
    const run = await runAction('.', { workspace: ws, inputs: { gates: '{ coverage: ">=80%" }' } });
    expect(run.code).toBe(1);
    expect(messages(run)).toEqual(['environment: required and not supplied (e.g. staging or production)', 'run: required for provider command and not supplied (the deploy script, e.g. ./deploy.sh)', 'url: required and not supplied']);
    expect(existsSync(path.join(ws, 'gates-report.json'))).toBe(false);
  });

  it('checks phase-07-gates and keeps the reports apart', async () => {
    const c = await chainWorkspace();
    const run = await runRoot(c, { version: 'v1.0.0' }, { 'phase-07-gates': '{ smoke_p95_ms: "<=fast" }', 'phase-07-report-path': 'gates-report.json' });
    expect(run.code).toBe(1);
    const gates = await runAction('gates-enforcer', { workspace: makeWorkspace(), inputs: { gates: '{ smoke_p95_ms: "<=fast" }' } });
    expect(messages(run)).toEqual([
      messages(gates)[0].replace(/^gates:/, 'phase-07-gates:'),
      'phase-07-report-path: gates-report.json is also where report-path writes its report (give each report its own path)'
    ]);
    expect((await artifacts(c)).deployments).toEqual([]);
  });
});

describe('root action.yml', () => {
  const meta = parse(readFileSync(path.join(ROOT, 'action.yml'), 'utf8'));
  const source = (name: string) => parse(readFileSync(path.join(ROOT, 'actions', name, 'action.yml'), 'utf8'));

  it('runs the pipeline bundle on node24 and declares exactly the inputs and outputs the core reads and writes', () => {
    expect(meta.runs).toEqual({ using: 'node24', main: 'dist/pipeline/index.js' });
    expect(Object.keys(meta.inputs).sort()).toEqual(Object.values(PipelineInputs).sort());
    expect(Object.keys(meta.outputs).sort()).toEqual(Object.values(PipelineOutputs).sort());
    for (const spec of [...Object.values(meta.inputs), ...Object.values(meta.outputs)] as Array<{ description?: string }>) expect(spec.description?.length).toBeGreaterThan(10);
    expect(meta.inputs.environment.required).toBe(true);
    expect(meta.inputs.url.required).toBe(false);
  });

  it('takes every input of the three actions, by their names, with their defaults (smoke-test report-path as smoke-report-path)', () => {
    // Wired by the chain, not inputs: deploy's mode, gates-report and require-gates, smoke-test's
    // deployment-id and log-path (deploy's audit log), the Phase 07 gate's analysis-report.
    const wired = new Set(['mode', 'gates-report', 'require-gates', 'deployment-id', 'analysis-report', 'smoke-test:log-path']);
    const pairs: Array<[string, string, string]> = [
      ...Object.values(GatesInputs).map((n) => ['gates-enforcer', n, n] as [string, string, string]),
      ...Object.values(DeployInputs).map((n) => ['deploy', n, n] as [string, string, string]),
      ...Object.values(SmokeInputs).map((n) => ['smoke-test', n, n === 'report-path' ? 'smoke-report-path' : n] as [string, string, string])
    ].filter(([action, n]) => !wired.has(n) && !wired.has(`${action}:${n}`));
    for (const [action, name, rootName] of pairs) {
      expect([action, name, rootName in meta.inputs]).toEqual([action, name, true]);
      expect([action, name, meta.inputs[rootName].default]).toEqual([action, name, source(action).inputs[name].default]);
    }
    expect(meta.inputs['phase-07-report-path'].default).toBe('post-deploy/gates-report.json');
  });
});
