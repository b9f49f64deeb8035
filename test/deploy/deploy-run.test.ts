/**
 * deploy doing real work, bundled: the example app deployed to a local process and rolled back
 * after a real failed deploy, migrations, a timeout, cancellation with a real SIGTERM, and no
 * secret anywhere — with the ledger and with the local GitHub API.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runAction, inputVariable, commandMessage, ROOT, type ActionRun } from '../support/action.js';
import { createGitHubState, startGitHubServer, DEFAULT_TOKEN, type GitHubServer } from '../support/github-server.js';
import { githubEnv, testClient } from '../support/github-client.js';
import { environment } from '../support/github-fixtures.js';
import { alive, deployWorkspace, freePort, get, ledger, ran, SHA, stopApp } from './support.js';

const apps: string[] = [];
afterEach(() => {
  for (const state of apps.splice(0)) stopApp(state);
});

async function appEnv(): Promise<{ env: Record<string, string>; url: string }> {
  const port = await freePort();
  const state = mkdtempSync(path.join(tmpdir(), 'pg-app-'));
  apps.push(state);
  return { env: { APP_PORT: String(port), APP_STATE: state, APP_BROKEN_VERSIONS: 'v2.0.0' }, url: `http://127.0.0.1:${port}` };
}

const APP = { run: './app/deploy.sh', 'rollback-run': './app/rollback.sh', 'freeze-windows': 'none', environment: 'staging' };

function deploy(ws: string, inputs: Record<string, string>, env: Record<string, string>): Promise<ActionRun> {
  return runAction('deploy', { workspace: ws, inputs: { ...APP, ...inputs }, env: { GITHUB_SHA: SHA, ...env }, timeoutMs: 60000 });
}

describe('deploy with the example app (ledger)', () => {
  it('deploys, fails on a bad release, rolls back automatically, and rolls back on demand', async () => {
    const ws = deployWorkspace();
    const { env, url } = await appEnv();

    let run = await deploy(ws, { version: 'v1.0.0', 'environment-url': url }, env);
    expect(run.code).toBe(0);
    expect(await get(url + '/')).toBe('example app v1.0.0\n');

    // v2.0.0 exits at start: the deploy fails after the old process was stopped (a real outage).
    run = await deploy(ws, { version: 'v2.0.0', 'environment-url': url }, env);
    expect(run.code).toBe(1);
    expect(run.outputs).toMatchObject({ status: 'rolled_back', 'rollback-performed': 'true', 'rollback-skipped': '', version: 'v2.0.0', 'previous-version': 'v1.0.0' });
    expect(await get(url + '/health')).toBe('{"status":"ok","version":"v1.0.0"}');
    expect(ledger(ws).filter((e) => e.deployment === '2').map((e) => e.state)).toEqual(['in_progress', 'failure']);

    // v1.1.0 goes live; rollback on demand returns to v1.0.0 (v2.0.0 never counted).
    run = await deploy(ws, { version: 'v1.1.0' }, env);
    expect(run.code).toBe(0);
    expect(await get(url + '/')).toBe('example app v1.1.0\n');
    run = await deploy(ws, { mode: 'rollback', version: '' }, env);
    expect(run.code).toBe(0);
    expect(run.outputs).toMatchObject({ status: 'rolled_back', 'rollback-performed': 'true', version: 'v1.0.0', 'previous-version': 'v1.1.0' });
    expect(await get(url + '/')).toBe('example app v1.0.0\n');
    const rollbackEntry = ledger(ws).find((e) => e.type === 'deployment' && e.id === '4');
    expect(rollbackEntry).toMatchObject({ version: 'v1.0.0', rollbackOf: '3' });

    // A later rollback goes further back than the rolled-back v1.1.0? No: v1.0.0 is current, v1.1.0 was undone.
    run = await deploy(ws, { mode: 'rollback', version: '' }, env);
    expect(run.code).toBe(1);
    expect(run.errors.map(commandMessage)).toEqual(['rollback skipped: no earlier successful deployment of staging (ledger); v1.0.0 stays as deployed']);
    expect(run.outputs).toMatchObject({ status: 'failure', 'rollback-performed': 'false' });
    expect(run.outputs['deployment-id'] ?? '').toBe('');
    expect(await get(url + '/')).toBe('example app v1.0.0\n');
  });

  it('a first deploy that fails is not rolled back (nothing to return to): the log, the summary, the deployment and the outputs say so alike', async () => {
    const ws = deployWorkspace();
    const { env, url } = await appEnv();
    // v2.0.0 exits at start; there is no earlier deployment of staging.
    const run = await deploy(ws, { version: 'v2.0.0', 'environment-url': url }, env);
    expect(run.code).toBe(1);
    const reason = 'no earlier successful deployment of staging';
    expect(run.outputs).toMatchObject({ status: 'failure', 'rollback-performed': 'false', 'rollback-skipped': reason, 'deployment-id': '1', version: 'v2.0.0', 'previous-version': '' });
    expect(run.errors.map(commandMessage).at(-1)).toMatch(new RegExp(`^deploy failed: .*; rollback skipped: ${reason}$`));
    expect(run.summary).toContain(`| rollback | — | — | ➖ skipped: ${reason} |`);
    expect(run.summary).toMatch(new RegExp(`\\*\\*Status:\\*\\* \`failure\` — deploy failed: .*; rollback skipped: ${reason}`));
    const log = readFileSync(path.join(ws, 'ci/deploy-logs.txt'), 'utf8').trim().split('\n');
    expect(log.filter((l) => / rollback\./.test(l))).toEqual([expect.stringMatching(new RegExp(` WARN rollback\\.skipped reason="${reason}" version=v2\\.0\\.0$`))]);
    expect(log.at(-1)).toMatch(new RegExp(` ERROR deploy\\.end status=failure detail="rollback skipped: ${reason}"$`));
    expect(ledger(ws).at(-1)).toMatchObject({ state: 'failure', description: `deploy of v2.0.0 failed; rollback skipped: ${reason}` });
    // rollback-run was not called with an empty version.
    expect(log.some((l) => /script\.start phase=rollback/.test(l))).toBe(false);

    // Rolling back on demand: one clear line, nothing changed.
    const back = await deploy(ws, { mode: 'rollback', version: '' }, env);
    expect(back.code).toBe(1);
    expect(back.errors.map(commandMessage)).toEqual([`rollback skipped: ${reason} (ledger); nothing was deployed to it`]);
    expect(back.outputs).toMatchObject({ status: 'failure', 'rollback-performed': 'false', 'rollback-skipped': reason });
    expect(back.summary).toContain('## Rollback of staging: skipped');
    expect(ledger(ws).filter((e) => e.type === 'deployment')).toHaveLength(1);
  });

  it('stops on failed migrations with nothing deployed', async () => {
    const ws = deployWorkspace();
    const run = await runAction('deploy', {
      workspace: ws,
      inputs: { environment: 'staging', version: 'v1.0.0', 'migrate-run': './mark.sh migrate', run: './mark.sh run', 'rollback-run': './mark.sh rollback', 'freeze-windows': 'none' },
      env: { GITHUB_SHA: SHA, FAIL_ON: 'migrate' }
    });
    expect(run.code).toBe(1);
    expect(run.outputs.status).toBe('failure');
    expect(ran(ws, 'migrate')).toBe(true);
    expect(ran(ws, 'run')).toBe(false);
    expect(ran(ws, 'rollback')).toBe(false);
    expect(ledger(ws).map((e) => e.state ?? e.type)).toEqual(['deployment', 'in_progress', 'failure']);
  });

  it('ends a script at timeout-minutes, kills its children, and rolls back; error when the rollback fails too', async () => {
    const ws = deployWorkspace();
    // An earlier release to return to.
    expect((await runAction('deploy', { workspace: ws, inputs: { environment: 'staging', version: 'v0.9.0', run: './mark.sh run', 'freeze-windows': 'none' }, env: { GITHUB_SHA: SHA } })).code).toBe(0);
    const run = await runAction('deploy', {
      workspace: ws,
      inputs: { environment: 'staging', version: 'v1.0.0', run: './slow.sh', 'rollback-run': './mark.sh rollback', 'freeze-windows': 'none', 'timeout-minutes': '0.02' },
      env: { GITHUB_SHA: SHA, FAIL_ON: 'rollback' }
    });
    expect(run.code).toBe(1);
    expect(run.errors.map((e) => e.replace(/^::error[^:]*::/, ''))).toContain('run timed out after 0.02 minutes (timeout-minutes)');
    expect(alive(Number(readFileSync(path.join(ws, 'sleep.pid'), 'utf8')))).toBe(false);
    expect(ran(ws, 'rollback')).toBe(true);
    expect(run.outputs).toMatchObject({ status: 'failure', 'rollback-performed': 'true' });
    expect(ledger(ws).map((e) => e.state ?? e.type)).toEqual(['deployment', 'in_progress', 'success', 'deployment', 'in_progress', 'error']);
  });

  it('never writes a secret: not in the log, summary, outputs, annotations, ledger or relayed output', async () => {
    const ws = deployWorkspace();
    const secret = 'pg-secret-6f1d0c9e-value';
    // An earlier release, so that the failed one is rolled back (its script prints the secret too).
    expect((await runAction('deploy', { workspace: ws, inputs: { environment: 'staging', version: 'v0.9.0', run: './mark.sh first', 'freeze-windows': 'none' }, env: { GITHUB_SHA: SHA } })).code).toBe(0);
    const run = await runAction('deploy', {
      workspace: ws,
      inputs: { environment: 'staging', version: 'v1.0.0', run: './mark.sh run', 'rollback-run': './mark.sh rollback', 'freeze-windows': 'none', 'required-secrets': 'DEPLOY_TOKEN', 'freeze-override': `not needed ${secret}` },
      env: { GITHUB_SHA: SHA, DEPLOY_TOKEN: secret, FAIL_ON: 'run' }
    });
    expect(run.code).toBe(1);
    expect(run.outputs.status).toBe('rolled_back');
    // The runner registers it first (and masks it in the step's log); nothing else carries it.
    expect(run.stdout).toContain(`::add-mask::${secret}`);
    const stdout = run.stdout.split('\n').filter((l) => !l.startsWith('::add-mask::')).join('\n');
    const log = readFileSync(path.join(ws, 'ci/deploy-logs.txt'), 'utf8');
    expect(log).toContain('line="using token ***"');
    expect(log).toContain('line="debug: ***"');
    for (const text of [stdout, run.stderr, run.summary, JSON.stringify(run.outputs), log, readFileSync(path.join(ws, '.phase-gates/deployments.jsonl'), 'utf8')]) {
      expect(text).not.toContain(secret);
    }
  });
});

describe('deploy cancellation', () => {
  it('on SIGTERM mid-script: kills the script and its children, sets the status, and the log ends with cancelled', async () => {
    const ws = deployWorkspace();
    const runnerTemp = mkdtempSync(path.join(tmpdir(), 'pg-runner-'));
    const output = path.join(runnerTemp, 'output');
    writeFileSync(output, '');
    const env: Record<string, string> = {
      PATH: process.env.PATH ?? '',
      GITHUB_ACTIONS: 'true',
      GITHUB_WORKSPACE: ws,
      GITHUB_OUTPUT: output,
      GITHUB_SHA: SHA,
      GITHUB_REPOSITORY: 'acme/shop',
      GITHUB_RUN_ID: '42'
    };
    const inputs = { environment: 'staging', version: 'v1.0.0', run: './slow.sh', 'rollback-run': './mark.sh rollback', 'freeze-windows': 'none' };
    for (const [k, v] of Object.entries(inputs)) env[inputVariable(k)] = v;
    const child = spawn(process.execPath, [path.join(ROOT, 'dist/deploy/index.js')], { cwd: ws, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    const closed = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
    try {
      // Bounded wait for the script to be running.
      for (let i = 0; i < 100 && !existsSync(path.join(ws, 'sleep.pid')); i++) await new Promise((r) => setTimeout(r, 50));
      const scriptPid = Number(readFileSync(path.join(ws, 'slow.pid'), 'utf8'));
      const sleepPid = Number(readFileSync(path.join(ws, 'sleep.pid'), 'utf8'));
      expect(alive(sleepPid)).toBe(true);
      child.kill('SIGTERM');
      const code = await closed;
      expect(code).toBe(1);
      expect(alive(scriptPid)).toBe(false);
      expect(alive(sleepPid)).toBe(false);
      const log = readFileSync(path.join(ws, 'ci/deploy-logs.txt'), 'utf8').trim().split('\n');
      expect(log.some((l) => / WARN signal signal=SIGTERM$/.test(l))).toBe(true);
      expect(log.at(-1)).toMatch(/ WARN cancelled signal=SIGTERM deployment=1$/);
      expect(ledger(ws).map((e) => e.state ?? e.type)).toEqual(['deployment', 'in_progress', 'error']);
      expect(ledger(ws).at(-1)).toMatchObject({ description: 'cancelled (SIGTERM)' });
      expect(ran(ws, 'rollback')).toBe(false);
      expect(stdout).toMatch(/::error::cancelled \(SIGTERM\); deployment 1 set to error/);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  });
});

describe('a cancel during start-up, while the bundle still loads', () => {
  // The runner cancels a step with SIGINT, then SIGTERM: one that came while the bundle loaded (its
  // first 0.3 s) ended the process by Node's default, with no word, no audit entry, sometimes no log.
  // The handlers now come first, before the bundle's bulk; what is left is Node's own start-up and
  // its module loader (tens of ms), before any code of ours can run. Signals are sent from 120 ms
  // after Node's start-up to 420 ms, in steps of 60 ms.
  const DELAYS = [120, 180, 240, 300, 360, 420];
  it.each(['SIGTERM', 'SIGINT'] as const)('deploy on %s: one error line, the audit log ends with cancelled, a recorded deployment set to error', async (send) => {
    for (const trial of DELAYS) {
      const ws = deployWorkspace({ 'slow.sh': './mark.sh deploy\nsleep 5\n' });
      const run = await runAction('deploy', { workspace: ws, inputs: { environment: 'staging', version: 'v1.0.0', run: 'bash slow.sh', 'freeze-windows': 'none' }, env: { GITHUB_SHA: SHA }, signal: { when: 'start', send, afterMs: trial } });
      // Early: before anything changed; later: after the deployment was recorded, which is then set to error.
      expect([trial, run.code, run.errors.length]).toEqual([trial, 1, 1]);
      expect(commandMessage(run.errors[0])).toMatch(new RegExp(`^cancelled \\(${send}\\)( before anything changed|; deployment 1 set to error)$`));
      const log = readFileSync(path.join(ws, 'ci/deploy-logs.txt'), 'utf8').trim().split('\n');
      expect(log.some((l) => l.includes(` WARN signal signal=${send}`))).toBe(true);
      expect(log.at(-1)).toMatch(new RegExp(` WARN cancelled signal=${send}`));
      const recorded = existsSync(path.join(ws, '.phase-gates/deployments.jsonl')) ? ledger(ws) : [];
      if (recorded.length) expect(recorded.at(-1)).toMatchObject({ state: 'error', description: `cancelled (${send})` });
      else expect(ran(ws, 'deploy')).toBe(false);
      expect(run.ms).toBeLessThan(5000); // the script's group was ended, not waited for
    }
  });

  it('gates-enforcer on SIGTERM: never ended without a word: cancelled in one line (no report, or a whole one written before the signal), or done', async () => {
    for (const trial of DELAYS) {
      const ws = deployWorkspace({ 'coverage/lcov.info': 'SF:a.ts\nDA:1,1\nend_of_record\n' });
      const run = await runAction('gates-enforcer', { workspace: ws, inputs: { gates: 'coverage: ">=50%"', 'coverage-files': 'coverage/lcov.info' }, signal: { when: 'start', send: 'SIGTERM', afterMs: trial } });
      // A run of a few hundred ms may be over before the later signals: its report and outputs are
      // written, and a signal in its last instant (Node's own exit, after our code) may still end it.
      if (run.code === 0 || (run.code === null && run.outputs.passed === 'true')) expect(JSON.parse(readFileSync(path.join(ws, 'gates-report.json'), 'utf8')).passed).toBe(true);
      else {
        expect([trial, run.code, run.errors.map(commandMessage)]).toEqual([trial, 1, ['cancelled (SIGTERM)']]);
        // Under load the signal can land after the report's atomic rename: then it is whole, never half-written.
        const report = path.join(ws, 'gates-report.json');
        if (existsSync(report)) expect(JSON.parse(readFileSync(report, 'utf8'))).toMatchObject({ passed: true });
      }
    }
  });
});

describe('deploy cancelled during a verification', () => {
  it('on SIGINT while verifying a slot that never answers: stops at once, sets the status, the log ends with cancelled', async () => {
    // The script puts the new slot at a URL where nothing listens: verification would wait 10 s for it.
    const ws = deployWorkspace({ 'slot.sh': 'echo "url=$SLOT_URL" >> "$PHASE_GATES_OUTPUT"\n' });
    const run = await runAction('deploy', {
      workspace: ws,
      inputs: { environment: 'staging', version: 'v1.0.0', strategy: 'blue-green', run: 'bash slot.sh', 'rollback-run': './mark.sh rollback', 'freeze-windows': 'none' },
      env: { GITHUB_SHA: SHA, SLOT_URL: `http://127.0.0.1:${await freePort()}` },
      timeoutMs: 60000,
      signal: { when: /verifying slot blue/, send: 'SIGINT' }
    });
    expect(run.code).toBe(1);
    expect(run.msAfterSignal).toBeLessThan(5000);
    const log = readFileSync(path.join(ws, 'ci/deploy-logs.txt'), 'utf8').trim().split('\n');
    expect(log.at(-1)).toMatch(/ WARN cancelled signal=SIGINT deployment=1$/);
    expect(log.some((l) => / verify /.test(l))).toBe(false);
    expect(ledger(ws).at(-1)).toMatchObject({ state: 'error', description: 'cancelled (SIGINT)' });
    expect(ran(ws, 'rollback')).toBe(false);
  });
});

describe('deploy with the GitHub Deployments API', () => {
  let server: GitHubServer;
  beforeEach(async () => {
    server = await startGitHubServer(createGitHubState({ repos: { 'acme/shop': {} } }));
  });
  afterEach(async () => {
    server.assertNoContractErrors();
    await server.close();
  });

  it('records deployments and statuses, reads staging-first and the previous version from GitHub, and rolls back', async () => {
    const ws = deployWorkspace();
    const { env, url } = await appEnv();
    const gh = { ...githubEnv(server, 'acme/shop', SHA), ...env, GITHUB_SERVER_URL: 'https://github.com' };
    const inputs = { token: DEFAULT_TOKEN, 'environment-url': url };
    // Production's environment has reviewers and a branch policy, and CI is green on the commit (the ci and approval checks).
    server.repo('acme/shop').environments.production = environment('acme', 'shop', { name: 'production', reviewers: ['acme/release-managers'], branchPolicy: 'protected' });
    await testClient(server).rest.checks.create({ owner: 'acme', repo: 'shop', head_sha: SHA, name: 'test', status: 'completed', conclusion: 'success' });

    // Production before staging is refused, from GitHub's history.
    let run = await deploy(ws, { ...inputs, environment: 'production', version: 'v1.0.0', 'require-gates': 'false' }, gh);
    expect(run.code).toBe(1);
    expect(run.summary).toMatch(/\| Staging first \| ❌ fail \| v1\.0\.0 has no successful deployment in staging \(github\)/);
    expect(server.repo('acme/shop').deployments).toEqual([]);

    run = await deploy(ws, { ...inputs, version: 'v1.0.0' }, gh);
    expect(run.code).toBe(0);
    const repo = server.repo('acme/shop');
    const [first] = repo.deployments as Array<Record<string, any>>;
    expect(first).toMatchObject({ environment: 'staging', ref: SHA, sha: SHA, payload: { version: 'v1.0.0' } });
    const created = server.requests.find((r) => r.method === 'POST' && r.path === '/repos/acme/shop/deployments');
    expect(created?.body).toMatchObject({ auto_merge: false, required_contexts: [], environment: 'staging', payload: { version: 'v1.0.0' } });
    expect(repo.deploymentStatuses[first.id].map((s) => s.state)).toEqual(['in_progress', 'success']);
    expect(repo.deploymentStatuses[first.id][1]).toMatchObject({ environment_url: url, log_url: 'https://github.com/acme/shop/actions/runs/42' });

    run = await deploy(ws, { ...inputs, version: 'v2.0.0' }, gh);
    expect(run.outputs).toMatchObject({ status: 'rolled_back', 'previous-version': 'v1.0.0' });
    expect(await get(url + '/')).toBe('example app v1.0.0\n');
    const second = (repo.deployments as Array<Record<string, any>>)[1];
    expect(repo.deploymentStatuses[second.id].map((s) => s.state)).toEqual(['in_progress', 'failure']);

    // Staging holds v1.0.0 (its success was later marked inactive by GitHub, which does not undo it).
    run = await deploy(ws, { ...inputs, environment: 'production', version: 'v1.0.0', 'require-gates': 'false', 'rollback-run': './app/rollback.sh' }, gh);
    expect(run.summary).toMatch(/\| Staging first \| ✅ pass \| v1\.0\.0 succeeded in staging \(deployment \d+\)/);
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n').filter((l) => !l.startsWith('::add-mask::')).join('\n') + run.summary + JSON.stringify(run.outputs) + readFileSync(path.join(ws, 'ci/deploy-logs.txt'), 'utf8')).not.toContain(DEFAULT_TOKEN.slice(4));
  });

  it('outside a workflow run (no GITHUB_RUN_ID) the statuses carry no log_url: the audit log is a file, and GitHub takes only a URL there', async () => {
    const ws = deployWorkspace();
    const run = await runAction('deploy', {
      workspace: ws,
      inputs: { environment: 'staging', version: 'v1.0.0', run: './mark.sh run', 'freeze-windows': 'none', token: DEFAULT_TOKEN, 'require-ci-green': 'false' },
      env: { ...githubEnv(server, 'acme/shop', SHA), GITHUB_RUN_ID: '' }
    });
    expect(run.code).toBe(0);
    const repo = server.repo('acme/shop');
    const [deployment] = repo.deployments as Array<Record<string, any>>;
    expect(repo.deploymentStatuses[deployment.id].map((s) => [s.state, s.log_url])).toEqual([
      ['in_progress', ''],
      ['success', '']
    ]);
  });

  it('refuses while GitHub shows a deployment of the environment in progress', async () => {
    const ws = deployWorkspace();
    const gh = githubEnv(server, 'acme/shop', SHA);
    // Made through the API itself so that its objects are GitHub's.
    const client = (await import('../support/github-client.js')).testClient(server);
    const { data } = await client.rest.repos.createDeployment({ owner: 'acme', repo: 'shop', ref: SHA, environment: 'staging', payload: { version: 'v0.9.0' }, auto_merge: false, required_contexts: [] });
    await client.rest.repos.createDeploymentStatus({ owner: 'acme', repo: 'shop', deployment_id: (data as { id: number }).id, state: 'in_progress' });
    const run = await runAction('deploy', {
      workspace: ws,
      inputs: { environment: 'staging', version: 'v1.0.0', run: './mark.sh run', 'rollback-run': './mark.sh rollback', 'freeze-windows': 'none', token: DEFAULT_TOKEN },
      env: gh
    });
    expect(run.code).toBe(1);
    expect(run.summary).toMatch(/\| No deployment in progress \| ❌ fail \| deployment \d+ of v0\.9\.0 to staging is still in_progress \(github\)/);
    expect(ran(ws, 'run')).toBe(false);
    expect(server.repo('acme/shop').deployments).toHaveLength(1);
  });
});
