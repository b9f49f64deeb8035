/**
 * rehearse-rollback: in staging, the version deployed, rolled back to the previous one, that one
 * verified, and the version deployed again — with the example app's real deploy and rollback
 * scripts, recorded in the ledger and in the GitHub deployment's payload; production refusing,
 * before anything runs, a version whose rollback was never rehearsed.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runAction, commandMessage, type ActionRun } from '../support/action.js';
import { createGitHubState, startGitHubServer, DEFAULT_TOKEN } from '../support/github-server.js';
import { githubEnv } from '../support/github-client.js';
import { deployWorkspace, freePort, get, ledger, ran, SHA, slotPid, stopApp } from './support.js';
import { startNginx } from './nginx.js';

const apps: string[] = [];
const routers: Array<() => void> = [];
afterEach(() => {
  for (const state of apps.splice(0)) stopApp(state);
  for (const stop of routers.splice(0)) stop();
});

async function appEnv(): Promise<{ env: Record<string, string>; url: string }> {
  const port = await freePort();
  const state = mkdtempSync(path.join(tmpdir(), 'pg-app-'));
  apps.push(state);
  return { env: { APP_PORT: String(port), APP_STATE: state }, url: `http://127.0.0.1:${port}` };
}

/** Each version verified by what it serves: its health endpoint answering, as a user would check it. */
const VERIFY = ['- name: health', '  path: /health', '  expect: { status: 200, json: { $.status: ok } }'].join('\n');
// The other checklist checks (change log, CI green, approvals) have tests of their own.
const APP = { run: './app/deploy.sh', 'rollback-run': './app/rollback.sh', 'freeze-windows': 'none', environment: 'staging', 'verify-checks': VERIFY, 'require-changelog': 'false', 'require-ci-green': 'false', 'require-approval': 'false' };

function deploy(ws: string, inputs: Record<string, string>, env: Record<string, string>): Promise<ActionRun> {
  return runAction('deploy', { workspace: ws, inputs: { ...APP, ...inputs }, env: { GITHUB_SHA: SHA, ...env }, timeoutMs: 60000 });
}

/** The audit log's events of the last run, in order. */
function events(ws: string): Array<Record<string, unknown>> {
  const lines = readFileSync(path.join(ws, 'ci/deploy-logs.txt'), 'utf8').trim().split('\n');
  const start = lines.map((l) => l.includes('deploy.start')).lastIndexOf(true);
  return lines.slice(start).map((l) => {
    const [, level, event, rest] = /^\S+ (\w+)\s+(\S+)\s*(.*)$/.exec(l) ?? [];
    const fields: Record<string, unknown> = { level, event };
    for (const m of (rest ?? '').matchAll(/(\w+)=("(?:[^"\\]|\\.)*"|\S+)/g)) fields[m[1]] = m[2].startsWith('"') ? JSON.parse(m[2]) : m[2];
    return fields;
  });
}

/** A check's row in the summary. */
const row = (run: ActionRun, title: string) => run.summary.split('\n').find((l) => l.startsWith(`| ${title} |`)) ?? '';

describe('rehearse-rollback: true in staging', () => {
  it('deploys, rolls back to the previous version, verifies it, deploys again; recorded in the ledger; production then takes it, and refuses one never rehearsed with nothing run', async () => {
    const ws = deployWorkspace();
    const { env, url } = await appEnv();
    const inputs = { 'environment-url': url, 'rehearse-rollback': 'true' };

    // The first deployment of staging: nothing to roll back to, so nothing rehearsed.
    let run = await deploy(ws, { ...inputs, version: 'v1.0.0' }, env);
    expect(run.code).toBe(0);
    expect(row(run, 'Rollback rehearsed')).toMatch(/➖ skip \| the first deployment of staging: nothing to roll back to/);
    expect(run.summary).toContain('| rehearsal | — | — | ➖ skipped: no earlier successful deployment of staging |');

    run = await deploy(ws, { ...inputs, version: 'v1.1.0' }, env);
    expect(run.code).toBe(0);
    expect(run.outputs).toMatchObject({ status: 'success', version: 'v1.1.0', 'previous-version': 'v1.0.0', 'deployment-id': '3' });
    expect(await get(url + '/')).toBe('example app v1.1.0\n');
    // What ran, in order: the deploy, the rehearsal's rollback (the provider's rollback step), the deploy again.
    const log = events(ws);
    const scripts = log.filter((e) => e.event === 'script.start').map((e) => `${e.phase}:${e.input}:${e.version}`);
    expect(scripts).toEqual(['deploy:run:v1.1.0', 'rehearsal:rollback-run:v1.0.0', 'deploy:run:v1.1.0']);
    expect(log.filter((e) => String(e.event).startsWith('rehearsal.')).map((e) => e.event)).toEqual(['rehearsal.start', 'rehearsal.rollback', 'rehearsal.verify', 'rehearsal.redeploy', 'rehearsal.end']);
    expect(log.find((e) => e.event === 'rehearsal.end')).toMatchObject({ passed: 'true', previous: 'v1.0.0' });
    // The previous version really served while it was verified: the verification ran between the rollback and the deploy again.
    const order = log.map((e) => (e.event === 'verify' ? `verify:${e.stage}:${e.passed}` : e.event === 'script.start' ? `run:${e.phase}` : '')).filter(Boolean);
    expect(order).toEqual(['run:deploy', 'verify:deploy:true', 'run:rehearsal', 'verify:rehearsal:true', 'run:deploy', 'verify:deploy again:true']);
    expect(run.summary).toMatch(/\| deploy \| — \| 100% \| ✅ environment verified/);
    expect(run.summary).toMatch(/\| rehearsal: rollback to v1\.0\.0 \| — \| 100% \| ✅ ok \|/);
    expect(run.summary).toMatch(/\| rehearsal: verify v1\.0\.0 \| — \| 100% \| ✅ v1\.0\.0 on the environment verified/);
    expect(run.summary).toMatch(/\| deploy again \| — \| 100% \| ✅ environment verified/);

    // The ledger: the rolled-back deployment ends inactive; the one deployed again carries the rehearsal.
    const entries = ledger(ws);
    expect(entries.filter((e) => e.deployment === '2').map((e) => e.state)).toEqual(['in_progress', 'inactive']);
    expect(entries.filter((e) => e.deployment === '3').map((e) => e.state)).toEqual(['in_progress', 'success']);
    const again = entries.find((e) => e.type === 'deployment' && e.id === '3');
    expect(again).toMatchObject({ environment: 'staging', version: 'v1.1.0', rehearsal: { previousVersion: 'v1.0.0', passed: true, deployment: '2' } });
    expect(Date.parse(String((again!.rehearsal as Record<string, unknown>).at))).toBeGreaterThan(Date.now() - 60_000);

    // v1.2.0 reaches staging without a rehearsal.
    run = await deploy(ws, { 'environment-url': url, version: 'v1.2.0' }, env);
    expect(run.code).toBe(0);

    // Production: required by default now that staging has deployments.
    const prod = { 'environment-url': url, environment: 'production', 'require-gates': 'false' };
    writeFileSync(path.join(ws, 'marker-run.sh'), '#!/usr/bin/env bash\ntouch ran-in-production\n', { mode: 0o755 });
    run = await deploy(ws, { ...prod, version: 'v1.2.0', run: './marker-run.sh' }, env);
    expect(run.code).toBe(1);
    expect(row(run, 'Rollback rehearsed')).toMatch(/❌ fail \| v1\.2\.0's deployment 4 in staging carries no passed rollback rehearsal/);
    expect(JSON.parse(run.outputs['failed-checks'])).toEqual([expect.objectContaining({ id: 'rehearsal' })]);
    expect(run.errors.map(commandMessage).at(-1)).toMatch(/^pre-deploy checks failed: rehearsal \(/);
    expect(run.outputs['deployment-id'] ?? '').toBe('');
    expect(ledger(ws).some((e) => e.type === 'deployment' && e.environment === 'production')).toBe(false);
    expect(existsSync(path.join(ws, 'ran-in-production'))).toBe(false);

    run = await deploy(ws, { ...prod, version: 'v1.1.0' }, env);
    expect(row(run, 'Rollback rehearsed')).toMatch(/✅ pass \| in staging: rolled back to v1\.0\.0, verified, and v1\.1\.0 deployed again \(deployment 3, /);
    expect(run.code).toBe(0);
    expect(run.outputs).toMatchObject({ status: 'success', version: 'v1.1.0' });
  });

  it('a rehearsal whose rollback fails ends the deploy failed, rolled back like any failure', async () => {
    const ws = deployWorkspace();
    // The rollback fails once (the rehearsal's), then works (the automatic rollback after it).
    writeFileSync(path.join(ws, 'rollback-once-broken.sh'), '#!/usr/bin/env bash\nif [[ ! -e broke-once ]]; then touch broke-once; echo "rollback broken" >&2; exit 4; fi\nexec ./mark.sh rollback\n', { mode: 0o755 });
    const inputs = { run: './mark.sh', 'rollback-run': './rollback-once-broken.sh', 'verify-checks': '' };
    let run = await deploy(ws, { ...inputs, version: 'v1.0.0' }, {});
    expect(run.code).toBe(0);

    run = await deploy(ws, { ...inputs, version: 'v1.1.0', 'rehearse-rollback': 'true' }, {});
    expect(run.code).toBe(1);
    expect(run.outputs).toMatchObject({ status: 'rolled_back', 'rollback-performed': 'true', 'deployment-id': '2' });
    expect(run.errors.map(commandMessage)).toContainEqual(expect.stringMatching(/^rollback rehearsal: the rollback to v1\.0\.0 failed: .*4/));
    expect(run.summary).toMatch(/\| rehearsal: rollback to v1\.0\.0 \| — \| 100% \| ❌ /);
    expect(run.summary).toMatch(/\| rollback to v1\.0\.0 \| — \| 100% \| ✅ /);
    expect(run.summary).not.toContain('| deploy again |');
    // The automatic rollback ran the provider's rollback for real, back to v1.0.0.
    expect(readFileSync(path.join(ws, 'ran/rollback'), 'utf8')).toMatch(/^PHASE_GATES_VERSION=v1\.0\.0$/m);
    const entries = ledger(ws);
    expect(entries.filter((e) => e.deployment === '2').map((e) => e.state)).toEqual(['in_progress', 'failure']);
    expect(entries.filter((e) => e.type === 'deployment').map((e) => e.rehearsal)).toEqual([undefined, undefined]);
    expect(events(ws).find((e) => e.event === 'rehearsal.end')).toMatchObject({ level: 'ERROR', passed: 'false' });
  });

  it('true outside the staging environment is bad input, with nothing run', async () => {
    const ws = deployWorkspace();
    const run = await runAction('deploy', { workspace: ws, inputs: { ...APP, environment: 'production', version: 'v1.0.0', 'rehearse-rollback': 'true', run: './mark.sh' }, env: { GITHUB_SHA: SHA }, timeoutMs: 20000 });
    expect(run.code).toBe(1);
    expect(run.errors.map(commandMessage)).toEqual([expect.stringMatching(/^rehearse-rollback: true rehearses the rollback in the staging environment \(staging\), not in production/)]);
    expect(ran(ws)).toBe(false);
  });
});

describe('rehearse-rollback with blue-green through nginx', () => {
  it('the rehearsal moves traffic back to the old slot (its process untouched), verifies it there, then brings the new slot in again', async () => {
    const ws = deployWorkspace();
    const state = mkdtempSync(path.join(tmpdir(), 'pg-slots-'));
    apps.push(state);
    const [blue, green, front] = [await freePort(), await freePort(), await freePort()];
    const nginx = startNginx(front);
    routers.push(() => nginx.stop());
    const url = `http://127.0.0.1:${front}`;
    const env = { APP_STATE: state, APP_BLUE_PORT: String(blue), APP_GREEN_PORT: String(green), APP_ROUTER: 'nginx', APP_ROUTER_URL: url, APP_NGINX_PREFIX: nginx.prefix };
    const inputs = { strategy: 'blue-green', 'environment-url': url, 'rehearse-rollback': 'true' };

    expect((await deploy(ws, { ...inputs, version: 'v1.0.0' }, env)).code).toBe(0);
    const bluePid = slotPid(state, 'blue');
    const run = await deploy(ws, { ...inputs, version: 'v1.1.0' }, env);
    expect(run.code).toBe(0);
    expect(await get(url + '/')).toBe('example app v1.1.0\n');
    // The old slot kept its process throughout: the rehearsed rollback is the instant one.
    expect(slotPid(state, 'blue')).toBe(bluePid);
    expect(await get(`http://127.0.0.1:${blue}/`)).toBe('example app v1.0.0\n');
    const rows = run.summary.split('\n').filter((l) => /^\| (step|rehearsal)/.test(l)).map((l) => l.split(' | ').slice(0, 3).join(' | '));
    expect(rows).toEqual([
      '| step 1/2 | green | 0%',
      '| step 2/2 | green | 100%',
      '| rehearsal: rollback to v1.0.0 | blue | 100%',
      '| rehearsal: verify v1.0.0 | blue | 100%',
      '| step 1/2 again | green | 0%',
      '| step 2/2 again | green | 100%'
    ]);
    expect(run.summary.split('\n').filter((l) => /^\| (step|rehearsal)/.test(l)).every((l) => l.includes('✅'))).toBe(true);
    const log = readFileSync(path.join(ws, 'ci/deploy-logs.txt'), 'utf8').split('\n');
    const traffic = log.slice(log.map((l) => l.includes('deploy.start')).lastIndexOf(true)).filter((l) => l.includes('traffic: slot')).map((l) => /slot (\w+) 100%/.exec(l)?.[1] ?? l);
    // Which slot had all the traffic after each router change: green deployed beside blue, the
    // switch, the rehearsal's rollback, green deployed again beside blue, the switch again.
    expect(traffic).toEqual(['blue', 'green', 'blue', 'blue', 'green']);
    const again = ledger(ws).find((e) => e.type === 'deployment' && e.id === '3');
    expect(again).toMatchObject({ slot: 'green', rehearsal: { previousVersion: 'v1.0.0', passed: true, deployment: '2' } });
  });
});

describe('rehearse-rollback with the GitHub Deployments API', () => {
  it("records the rehearsal in the payload of the deployment that deployed the version again, and production reads it from there", async () => {
    const server = await startGitHubServer(createGitHubState({ repos: { 'acme/shop': {} } }));
    try {
      const ws = deployWorkspace();
      const { env, url } = await appEnv();
      const gh = { ...githubEnv(server, 'acme/shop', SHA), ...env };
      const inputs = { token: DEFAULT_TOKEN, 'environment-url': url };
      expect((await deploy(ws, { ...inputs, version: 'v1.0.0' }, gh)).code).toBe(0);
      const run = await deploy(ws, { ...inputs, version: 'v1.1.0', 'rehearse-rollback': 'true' }, gh);
      expect(run.code).toBe(0);
      const repo = server.repo('acme/shop');
      const deployments = repo.deployments as Array<Record<string, any>>;
      expect(deployments.map((d) => d.payload.version)).toEqual(['v1.0.0', 'v1.1.0', 'v1.1.0']);
      const [, rolledBack, again] = deployments;
      expect(again.payload.rehearsal).toMatchObject({ previousVersion: 'v1.0.0', passed: true, deployment: String(rolledBack.id) });
      expect(rolledBack.payload.rehearsal).toBeUndefined();
      expect(repo.deploymentStatuses[rolledBack.id].map((s) => s.state)).toEqual(['in_progress', 'inactive']);
      expect(repo.deploymentStatuses[again.id].map((s) => s.state)).toEqual(['in_progress', 'success']);
      expect(run.outputs['deployment-id']).toBe(String(again.id));

      // Production reads it back from GitHub (a dry run: the checks, nothing deployed).
      const before = server.requests.length;
      const prod = await deploy(ws, { ...inputs, environment: 'production', version: 'v1.1.0', 'require-gates': 'false', 'dry-run': 'true' }, gh);
      expect(row(prod, 'Rollback rehearsed')).toMatch(new RegExp(`✅ pass \\| in staging: rolled back to v1\\.0\\.0, verified, and v1\\.1\\.0 deployed again \\(deployment ${again.id}, `));
      expect(prod.outputs['failed-checks']).toBe('[]');
      // The staging and rehearsal checks share one read of staging's history: its list once, each status list once.
      const reads = server.requests.slice(before).filter((r) => r.method === 'GET').map((r) => `${r.path}${r.query.environment ? `?environment=${r.query.environment}` : ''}`);
      expect(reads.filter((p) => p === '/repos/acme/shop/deployments?environment=staging')).toHaveLength(1);
      const statusReads = reads.filter((p) => /\/deployments\/\d+\/statuses$/.test(p));
      expect(statusReads.length).toBeGreaterThan(0);
      expect(new Set(statusReads).size).toBe(statusReads.length);
      server.assertNoContractErrors();
    } finally {
      await server.close();
    }
  });
});
