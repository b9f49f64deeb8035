/**
 * The `ci` and `approval` checks through the deploy command (runDeploy on a recording host, with
 * the real scripts of test/deploy/support.ts and the local GitHub API server): a failing one refuses
 * the deploy with nothing run and nothing recorded; both passing let it run.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { runDeploy } from '../../src/core/commands/deploy.js';
import { UserError } from '../../src/core/errors.js';
import { RecordingHost } from '../validate/host.js';
import { DEFAULT_TOKEN, createGitHubState, startGitHubServer, type GitHubServer } from '../support/github-server.js';
import { testClient } from '../support/github-client.js';
import { deploymentBranchPolicies, environment } from '../support/github-fixtures.js';
import { deployWorkspace, ledger, ran, SHA } from './support.js';

let server: GitHubServer;

beforeEach(async () => {
  server = await startGitHubServer(createGitHubState({ repos: { 'acme/shop': { branchProtection: { main: { contexts: ['test'] } } } } }));
});

afterEach(async () => {
  server.assertNoContractErrors();
  await server.close();
});

/** Production, with every other check out of the way (other checks of the release checklist included). */
const PRODUCTION = {
  environment: 'production',
  version: 'v1.0.0',
  run: './mark.sh run',
  'rollback-run': './mark.sh rollback',
  'freeze-windows': 'none',
  'require-gates': 'false',
  'require-staging': 'false',
  'require-changelog': 'false',
  'rehearse-rollback': 'false',
  'ci-wait-minutes': '0'
};

async function deploy(ws: string, inputs: Record<string, string>, env: Record<string, string> = {}): Promise<RecordingHost & { result?: Awaited<ReturnType<typeof runDeploy>> }> {
  const host = new RecordingHost(ws, { ...PRODUCTION, token: DEFAULT_TOKEN, ...inputs }, {
    PATH: process.env.PATH,
    GITHUB_API_URL: server.url,
    GITHUB_REPOSITORY: 'acme/shop',
    GITHUB_SHA: SHA,
    GITHUB_EVENT_NAME: 'push',
    GITHUB_REF_NAME: 'main',
    GITHUB_REF_TYPE: 'branch',
    GITHUB_RUN_ID: '77',
    ...env
  }) as RecordingHost & { result?: Awaited<ReturnType<typeof runDeploy>> };
  host.result = await runDeploy(host, { signal: new AbortController().signal });
  return host;
}

function row(host: RecordingHost, title: string): string {
  return host.summary.split('\n').find((l) => l.startsWith(`| ${title} |`)) ?? '';
}

async function green(): Promise<void> {
  await testClient(server).rest.checks.create({ owner: 'acme', repo: 'shop', head_sha: SHA, name: 'test', status: 'completed', conclusion: 'success' });
}

function protect(): void {
  server.repo('acme/shop').environments.production = environment('acme', 'shop', { name: 'production', reviewers: ['acme/release-managers'], preventSelfReview: true, branchPolicy: 'protected' });
}

describe('deploy: CI green and approvals', () => {
  it('deploys production when CI is green and the environment has reviewers and a branch policy', async () => {
    await green();
    protect();
    const ws = deployWorkspace();
    const host = await deploy(ws, {});
    expect(row(host, 'CI green')).toBe('| CI green | ✅ pass | 0123456789ab: 1 check run green; all 1 required by main present (required checks of main, the branch pushed) |');
    expect(row(host, 'Approvals')).toBe('| Approvals | ✅ pass | environment production: required reviewers @acme/release-managers (self-review prevented); deployments from protected branches only |');
    expect(host.result).toMatchObject({ ok: true, outcome: { status: 'success' } });
    expect(ran(ws, 'run')).toBe(true);
    expect(server.repo('acme/shop').deployments).toHaveLength(1);
  });

  it('a failing check run refuses the deploy: nothing runs, nothing is recorded', async () => {
    protect();
    await testClient(server).rest.checks.create({ owner: 'acme', repo: 'shop', head_sha: SHA, name: 'test', status: 'completed', conclusion: 'failure' });
    const ws = deployWorkspace();
    const host = await deploy(ws, {});
    expect(row(host, 'CI green')).toBe('| CI green | ❌ fail | 0123456789ab: failing: test (failure) (required checks of main, the branch pushed) |');
    expect(host.result).toMatchObject({ ok: false, message: 'pre-deploy checks failed: ci (0123456789ab: failing: test (failure) (required checks of main, the branch pushed))' });
    expect(JSON.parse(host.outputs['failed-checks'])).toEqual([{ id: 'ci', detail: expect.stringMatching(/failing: test/) }]);
    expect(ran(ws, 'run')).toBe(false);
    expect(server.repo('acme/shop').deployments).toEqual([]);
  });

  it('an environment without reviewers refuses the deploy: nothing runs, nothing is recorded', async () => {
    await green();
    server.repo('acme/shop').environments.production = environment('acme', 'shop', { name: 'production', branchPolicy: ['main'] });
    server.repo('acme/shop').branchPolicies.production = deploymentBranchPolicies(['main']);
    const ws = deployWorkspace();
    const host = await deploy(ws, {});
    expect(row(host, 'Approvals')).toBe('| Approvals | ❌ fail | environment production: no required reviewers (has deployments from main only); set them in Settings → Environments |');
    expect(host.result).toMatchObject({ ok: false, message: expect.stringMatching(/^pre-deploy checks failed: approval \(environment production: no required reviewers/) });
    expect(ran(ws, 'run')).toBe(false);
    expect(server.repo('acme/shop').deployments).toEqual([]);
  });

  it('staging: approvals not required by default, CI green still judged', async () => {
    await green();
    const ws = deployWorkspace();
    const host = await deploy(ws, { environment: 'staging' });
    expect(row(host, 'Approvals')).toBe('| Approvals | ➖ skip | not required for staging (require-approval: false) |');
    expect(row(host, 'CI green')).toMatch(/\| ✅ pass \|/);
    expect(host.result?.ok).toBe(true);
  });

  it('production without a token (the command line on the local ledger): both skipped and said so, never passed; the deploy goes on', async () => {
    const ws = deployWorkspace();
    const host = await deploy(ws, { token: '' });
    expect(row(host, 'CI green')).toBe('| CI green | ➖ skip | not read: no token (a local run on the local ledger; on a runner, token defaults to github.token) |');
    expect(row(host, 'Approvals')).toBe('| Approvals | ➖ skip | not read: no token (a local run on the local ledger; on a runner, token defaults to github.token) |');
    expect(server.requests).toEqual([]);
  });

  it('a dry run does not wait for pending checks, and says so', async () => {
    protect();
    await testClient(server).rest.checks.create({ owner: 'acme', repo: 'shop', head_sha: SHA, name: 'test', status: 'in_progress' });
    const ws = deployWorkspace();
    const started = Date.now();
    const host = await deploy(ws, { 'dry-run': 'true', 'ci-wait-minutes': '10' });
    expect(Date.now() - started).toBeLessThan(5000);
    expect(row(host, 'CI green')).toMatch(/\| ❌ fail \| 0123456789ab: pending, not waited for: test \(in_progress\)/);
    expect(host.result).toMatchObject({ ok: true, outcome: { status: 'skipped', wouldFail: [expect.objectContaining({ id: 'ci' })] } });
    expect(ran(ws, 'run')).toBe(false);
  });

  it('a rollback does not judge CI of the run\'s commit: it returns to a version deployed before', async () => {
    const ws = deployWorkspace();
    for (const version of ['v1.0.0', 'v1.1.0']) expect((await deploy(ws, { environment: 'staging', version, token: '' })).result?.ok).toBe(true);
    const host = await deploy(ws, { environment: 'staging', mode: 'rollback', version: '', token: '' });
    expect(row(host, 'CI green')).toBe('| CI green | ➖ skip | rollback to a version deployed before |');
    expect(host.result).toMatchObject({ ok: true, outcome: { status: 'rolled_back', version: 'v1.0.0' } });
  });

  it('bad values of the new inputs are one line each, naming the input, before anything runs', async () => {
    const ws = deployWorkspace();
    let error: unknown;
    try {
      await deploy(ws, { 'ci-wait-minutes': 'soon', 'require-approval': 'maybe', 'require-ci-green': 'yes please' });
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).renderAll()).toEqual([
      'require-ci-green: not a boolean: "yes please" (write true or false)',
      'ci-wait-minutes: must be a number of minutes from 0 to 360, got "soon" (0 does not wait for pending checks)',
      'require-approval: must be one of reviewers, reviewers-or-wait-timer, false, got "maybe"'
    ]);
    expect(server.requests).toEqual([]);
  });
});
