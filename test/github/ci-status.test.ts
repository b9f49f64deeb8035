/**
 * deploy's `ci` check and the Phase 07 metric `base_ci_green`, through the real client against the
 * local API server: check runs and statuses made through the API itself (so their objects are
 * GitHub's), real recorded answers (test/fixtures/github-api/), required checks from branch
 * protection and rulesets, waits, cancellation and tokens that cannot read.
 */
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { baseBranchOf, ciCheck, measureBaseCiGreen, readCommitChecks, type CiCheckInput } from '../../src/core/github/ci-status.js';
import { DEFAULT_TOKEN, createGitHubState, startGitHubServer, type GitHubServer } from '../support/github-server.js';
import { testClient } from '../support/github-client.js';
import { commitStatus, ruleset, type GitHubObject } from '../support/github-fixtures.js';

const SHA = '0123456789abcdef0123456789abcdef01234567';
const SHORT = SHA.slice(0, 12);
const HEAD = 'fedcba9876543210fedcba9876543210fedcba98';
const NO_CHECKS = 'ghs_noChecks';
const NO_STATUSES = 'ghs_noStatuses';
let server: GitHubServer;

beforeEach(async () => {
  server = await startGitHubServer(
    createGitHubState({
      repos: { 'acme/app': { refs: { main: HEAD }, branchProtection: { main: { contexts: ['test'] } } } },
      tokens: { [DEFAULT_TOKEN]: 'all', [NO_CHECKS]: { checks: 'none', statuses: 'read', contents: 'read' }, [NO_STATUSES]: { checks: 'read', statuses: 'none', contents: 'read' } }
    })
  );
});

afterEach(async () => {
  server.assertNoContractErrors();
  await server.close();
});

/** A check run made through the API, as a CI app makes it. */
async function checkRun(name: string, status: 'queued' | 'in_progress' | 'completed', conclusion?: string, more: Record<string, unknown> = {}, sha = SHA): Promise<number> {
  const { data } = await testClient(server).rest.checks.create({ owner: 'acme', repo: 'app', head_sha: sha, name, status, ...(conclusion ? { conclusion: conclusion as 'success' } : {}), ...more });
  return data.id;
}

async function status(context: string, state: 'error' | 'failure' | 'pending' | 'success', sha = SHA): Promise<void> {
  await testClient(server).rest.repos.createCommitStatus({ owner: 'acme', repo: 'app', sha, context, state, description: `${context} ${state}` });
}

function input(over: Partial<CiCheckInput> = {}, env: Record<string, string> = {}): CiCheckInput {
  return {
    required: true,
    production: true,
    sha: SHA,
    token: DEFAULT_TOKEN,
    env: { GITHUB_API_URL: server.url, GITHUB_REPOSITORY: 'acme/app', GITHUB_SHA: SHA, GITHUB_EVENT_NAME: 'push', GITHUB_REF_NAME: 'main', GITHUB_REF_TYPE: 'branch', GITHUB_RUN_ID: '4242', GITHUB_JOB: 'deploy', ...env },
    waitMs: 0,
    ...over
  };
}

describe('the ci check', () => {
  it('passes when every check run and status is green and the branch requires only what is there', async () => {
    await checkRun('test', 'completed', 'success');
    await checkRun('lint', 'completed', 'neutral');
    await checkRun('docs', 'completed', 'skipped');
    await status('ci/jenkins', 'success');
    server.repo('acme/app').rulesets.push(ruleset('acme', 'app', { id: 7, requiredChecks: ['ci/jenkins'] }));
    const out = await ciCheck(input());
    expect(out).toEqual({ status: 'pass', detail: `${SHORT}: 3 check runs, 1 status green; all 2 required by main present (required checks of main, the branch pushed)` });
  });

  it('fails on a failing run, a failing status, and names each', async () => {
    await checkRun('test', 'completed', 'success');
    await checkRun('e2e', 'completed', 'timed_out');
    await checkRun('build', 'completed', 'cancelled');
    await status('ci/jenkins', 'error');
    const out = await ciCheck(input({ production: false }));
    expect(out.status).toBe('fail');
    expect(out.detail).toBe(`${SHORT}: failing: build (cancelled), e2e (timed_out), ci/jenkins (error) (required checks of main, the branch pushed)`);
  });

  it('judges only the latest run of a name (a re-run) and the latest status of a context', async () => {
    await checkRun('test', 'completed', 'failure');
    await checkRun('test', 'completed', 'success');
    await status('ci/jenkins', 'failure');
    await status('ci/jenkins', 'success');
    expect(await ciCheck(input())).toMatchObject({ status: 'pass', detail: expect.stringMatching(/^0123456789ab: 1 check run, 1 status green;/) });
  });

  it('fails when a required check is absent, from branch protection or a ruleset, or from another app', async () => {
    await checkRun('lint', 'completed', 'success');
    await checkRun('build', 'completed', 'success');
    // GitHub Actions is app 15368: a ruleset asking for `build` from app 999 is not satisfied by it.
    server.repo('acme/app').rulesets.push(ruleset('acme', 'app', { id: 9, rules: [{ type: 'required_status_checks', parameters: { strict_required_status_checks_policy: false, required_status_checks: [{ context: 'build', integration_id: 999 }] } }] }));
    const out = await ciCheck(input());
    expect(out).toEqual({ status: 'fail', detail: `${SHORT}: required by main and absent: test (branch protection), build (ruleset 9) (required checks of main, the branch pushed)` });
  });

  it('waits for a pending run, with a backoff, and passes once it completes', async () => {
    const id = await checkRun('e2e', 'in_progress');
    const logs: string[] = [];
    setTimeout(() => void testClient(server).rest.checks.update({ owner: 'acme', repo: 'app', check_run_id: id, status: 'completed', conclusion: 'success' }), 400);
    await checkRun('test', 'completed', 'success');
    const started = Date.now();
    const out = await ciCheck(input({ waitMs: 5000, log: (m) => logs.push(m) }));
    expect(out.status).toBe('pass');
    expect(Date.now() - started).toBeLessThan(3000);
    // The first pause is a twentieth of the wait.
    expect(logs[0]).toMatch(/^CI on 0123456789ab: waiting 250 ms for e2e \(\d+ ms of 5 s waited\)$/);
    // The pauses grow: each read after the first waited longer than the one before.
    const reads = server.requests.filter((r) => r.path.endsWith('/check-runs') && r.method === 'GET');
    expect(reads.length).toBeGreaterThanOrEqual(2);
    expect(reads.length).toBeLessThan(8);
  });

  it('fails when a run is still pending after ci-wait-minutes, and in a dry run (no wait) says it did not wait', async () => {
    await checkRun('test', 'completed', 'success');
    await checkRun('e2e', 'queued');
    const started = Date.now();
    const out = await ciCheck(input({ waitMs: 600 }));
    const took = Date.now() - started;
    expect(out).toEqual({ status: 'fail', detail: expect.stringMatching(new RegExp(`^${SHORT}: still pending after \\d+ ms \\(ci-wait-minutes\\): e2e \\(queued\\) \\(required checks of main, the branch pushed\\)$`)) });
    expect(took).toBeGreaterThanOrEqual(600);
    expect(took).toBeLessThan(3000);
    expect((await ciCheck(input({ waitMs: 0 }))).detail).toMatch(/: pending, not waited for: e2e \(queued\)/);
  });

  it('stops waiting when cancelled', async () => {
    await checkRun('test', 'completed', 'success');
    await checkRun('e2e', 'in_progress');
    const controller = new AbortController();
    setTimeout(() => controller.abort('SIGTERM'), 200);
    const started = Date.now();
    const out = await ciCheck(input({ waitMs: 60_000, signal: controller.signal }));
    expect(Date.now() - started).toBeLessThan(2000);
    expect(out).toMatchObject({ status: 'fail', detail: expect.stringMatching(/: cancelled while waiting for: e2e \(in_progress\)/) });
  });

  it('does not wait for the jobs of its own workflow run, unless the branch requires one of them', async () => {
    await checkRun('test', 'completed', 'success');
    // The deploy job itself and a sibling job of run 4242, as GitHub Actions names their pages.
    await checkRun('Deploy to production', 'in_progress', undefined, { details_url: 'https://github.com/acme/app/actions/runs/4242/job/1' });
    await checkRun('notify', 'queued', undefined, { details_url: 'https://github.com/acme/app/actions/runs/4242/job/2' });
    await checkRun('deploy', 'in_progress');
    let out = await ciCheck(input({ waitMs: 60_000 }));
    expect(out).toEqual({ status: 'pass', detail: `${SHORT}: 1 check run green; all 1 required by main present; not waited for (this workflow run): deploy, notify, Deploy to production (required checks of main, the branch pushed)` });

    server.repo('acme/app').rulesets.push(ruleset('acme', 'app', { id: 3, requiredChecks: ['notify'] }));
    out = await ciCheck(input({ waitMs: 60_000 }));
    expect(out.detail).toMatch(/: required by main and still running in this workflow run: notify \(make the deploy job need it\)/);
  });

  it('reads every page: 130 check runs, the failing one last', async () => {
    await checkRun('test', 'completed', 'failure');
    // 129 more like the one GitHub made, each its own job; listed newest first, `test` is on page 2.
    const runs = server.repo('acme/app').checkRuns;
    for (let i = 1; i < 130; i++) runs.push({ ...runs[0], id: Number(runs[0].id) + i, name: `job ${i}`, conclusion: 'success' });
    const out = await ciCheck(input());
    expect(out.detail).toBe(`${SHORT}: failing: test (failure) (required checks of main, the branch pushed)`);
    expect(server.requests.filter((r) => r.path.endsWith('/check-runs') && r.method === 'GET').map((r) => r.query.page ?? '1')).toEqual(['1', '2']);
  });

  it('reads every page of the combined status: 130 contexts, the failing one on page 2', async () => {
    const statuses = (server.repo('acme/app').commitStatuses[SHA] = [] as GitHubObject[]);
    for (let i = 0; i < 130; i++) statuses.push(commitStatus('acme', 'app', SHA, { id: 5000 + i, context: i === 0 ? 'test' : `ci/${i}`, state: i === 129 ? 'failure' : 'success' }));
    const out = await ciCheck(input());
    expect(out.detail).toBe(`${SHORT}: failing: ci/129 (failure) (required checks of main, the branch pushed)`);
    expect(server.requests.filter((r) => r.path.endsWith('/status')).map((r) => r.query.page ?? '1')).toEqual(['1', '2']);
  });

  it('no CI at all: refused for production, skipped elsewhere', async () => {
    delete server.repo('acme/app').branchProtection.main;
    expect(await ciCheck(input())).toEqual({ status: 'fail', detail: `${SHORT}: no check run or commit status outside this workflow run: nothing shows that CI ran on it (required checks of main, the branch pushed)` });
    // The deploy job alone is no CI either.
    await checkRun('deploy', 'in_progress');
    expect((await ciCheck(input())).detail).toMatch(/nothing shows that CI ran on it; not waited for \(this workflow run\): deploy /);
    expect(await ciCheck(input({ production: false }))).toMatchObject({ status: 'skip' });
  });

  it('a token that cannot read checks or statuses is reported as such, never passed', async () => {
    await checkRun('test', 'completed', 'success');
    for (const token of [NO_CHECKS, NO_STATUSES]) {
      for (const production of [true, false]) {
        expect(await ciCheck(input({ token, production }))).toEqual({
          status: 'fail',
          detail: `cannot read the check runs and statuses of acme/app@${SHORT} (the token needs checks: read / statuses: read)`
        });
      }
    }
  });

  it('an API failure is the check\'s detail, one line, never a pass', async () => {
    expect(await ciCheck(input({ token: 'ghs_revoked' }))).toEqual({ status: 'fail', detail: 'reading the required checks of acme/app@main: GitHub answered 401: Bad credentials' });
    server.inject({ match: 'GET /repos/acme/app/commits/', status: 404, message: 'No commit found for SHA: 0123456789abcdef0123456789abcdef01234567' });
    expect(await ciCheck(input({ production: false }))).toEqual({
      status: 'fail',
      detail: `reading the check runs and statuses of acme/app@${SHORT}: GitHub answered 404: No commit found for SHA: 0123456789abcdef0123456789abcdef01234567`
    });
    expect(await ciCheck(input({ production: false }, { GITHUB_REPOSITORY: 'acme' }))).toEqual({ status: 'skip', detail: 'not read: GITHUB_REPOSITORY is not owner/repo: "acme" (a local run)' });
  });

  it('without a token (a local run): skipped and said so; without a repository: skipped, failed for production', async () => {
    expect(await ciCheck(input({ token: '', production: false }))).toEqual({ status: 'skip', detail: 'not read: no token (a local run on the local ledger; on a runner, token defaults to github.token)' });
    expect(await ciCheck(input({ token: '' }))).toEqual({ status: 'skip', detail: 'not read: no token (a local run on the local ledger; on a runner, token defaults to github.token)' });
    expect(await ciCheck(input({ production: false }, { GITHUB_REPOSITORY: '' }))).toEqual({ status: 'skip', detail: 'not read: GITHUB_REPOSITORY is not set (a local run)' });
    expect(await ciCheck(input({}, { GITHUB_REPOSITORY: '' }))).toEqual({
      status: 'fail',
      detail: "cannot read the commit's checks (GITHUB_REPOSITORY is not set), and production requires CI green (give token and GITHUB_REPOSITORY, or require-ci-green: false)"
    });
    expect(await ciCheck(input({ required: false, token: '' }))).toEqual({ status: 'skip', detail: 'not required (require-ci-green: false)' });
    expect(server.requests).toEqual([]);
  });

  it('takes the base branch from the push, the pull request, else the default branch', async () => {
    expect(baseBranchOf({ GITHUB_EVENT_NAME: 'push', GITHUB_REF_NAME: 'release/2', GITHUB_REF_TYPE: 'branch' })).toEqual({ name: 'release/2', why: 'the branch pushed' });
    expect(baseBranchOf({ GITHUB_EVENT_NAME: 'workflow_dispatch', GITHUB_REF_NAME: 'main', GITHUB_REF: 'refs/heads/main' })).toEqual({ name: 'main', why: 'the branch the workflow was dispatched on' });
    expect(baseBranchOf({ GITHUB_EVENT_NAME: 'push', GITHUB_REF_NAME: 'v1.2.0', GITHUB_REF_TYPE: 'tag' })).toEqual({ why: 'the default branch' });
    expect(baseBranchOf({ GITHUB_EVENT_NAME: 'pull_request', GITHUB_REF_NAME: '12/merge', GITHUB_BASE_REF: 'develop' })).toEqual({ name: 'develop', why: "the pull request's base" });
    expect(baseBranchOf({})).toEqual({ why: 'the default branch' });

    await checkRun('test', 'completed', 'success');
    server.repo('acme/app').defaultBranch = 'main';
    const out = await ciCheck(input({}, { GITHUB_EVENT_NAME: 'release', GITHUB_REF_NAME: 'v1.0.0', GITHUB_REF_TYPE: 'tag' }));
    expect(out).toMatchObject({ status: 'pass', detail: expect.stringMatching(/\(required checks of main, the default branch\)$/) });
  });
});

describe('real answers', () => {
  it('the combined status octokit recorded from api.github.com: the server gives the same answer, and the check fails on example/1', async () => {
    const recorded = JSON.parse(readFileSync('test/fixtures/github-api/combined-status.json', 'utf8')) as GitHubObject;
    const list = JSON.parse(readFileSync('test/fixtures/github-api/list-commit-statuses.json', 'utf8')) as GitHubObject[];
    // The list is newest first; the state keeps statuses as created.
    const sha = String(recorded.sha);
    delete server.repo('acme/app').branchProtection.main;
    server.repo('acme/app').commitStatuses[sha] = [...list].reverse();
    const { data } = await testClient(server).rest.repos.getCombinedStatusForRef({ owner: 'acme', repo: 'app', ref: sha });
    expect(server.openapi.validateResponse({ method: 'get', path: '/repos/{owner}/{repo}/commits/{ref}/status' }, 200, recorded)).toEqual([]);
    const keys = (o: object) => Object.keys(o).sort();
    expect(keys(data)).toEqual(keys(recorded));
    expect(keys(data.statuses[0])).toEqual(keys((recorded.statuses as object[])[0]));
    expect({ state: data.state, total: data.total_count, statuses: data.statuses.map((s) => [s.context, s.state, s.description]) }).toEqual({
      state: recorded.state,
      total: recorded.total_count,
      statuses: (recorded.statuses as GitHubObject[]).map((s) => [s.context, s.state, s.description])
    });
    const out = await ciCheck(input({ sha, production: false }));
    expect(out.detail).toBe(`${sha.slice(0, 12)}: failing: example/1 (failure) (required checks of main, the branch pushed)`);
  });

  it('the check run of GitHub\'s example (a third-party app, neutral) passes', async () => {
    const example = JSON.parse(readFileSync('test/fixtures/github-api/openapi-check-run-paginated.json', 'utf8')) as { check_runs: GitHubObject[] };
    const run = { ...example.check_runs[0], head_sha: SHA };
    server.repo('acme/app').checkRuns.push(run);
    const items = await readCommitChecks(testClient(server), { owner: 'acme', repo: 'app' }, SHA);
    expect(items).toEqual([{ kind: 'check run', name: 'mighty_readme', state: 'pass', said: 'neutral', appId: 1, thisRun: false }]);
  });
});

describe('base_ci_green (Phase 07)', () => {
  it('judges the head of the base branch, not the deployed commit', async () => {
    await checkRun('test', 'completed', 'success', {}, HEAD);
    await checkRun('test', 'completed', 'failure', {}, SHA);
    const env = input().env as Record<string, string>;
    expect(await measureBaseCiGreen({ token: DEFAULT_TOKEN, env, waitMs: 0 })).toEqual({
      value: true,
      detail: `${HEAD.slice(0, 12)}: 1 check run green; all 1 required by main present (head of the base branch; required checks of main, the branch pushed)`
    });
    await checkRun('e2e', 'completed', 'failure', {}, HEAD);
    expect(await measureBaseCiGreen({ token: DEFAULT_TOKEN, env, waitMs: 0 })).toMatchObject({ value: false, detail: expect.stringMatching(/failing: e2e \(failure\)/) });
    expect(await measureBaseCiGreen({ token: '', env, waitMs: 0 })).toEqual({ detail: 'not measured: no token' });
    expect(await measureBaseCiGreen({ token: NO_CHECKS, env, waitMs: 0 })).toMatchObject({ value: false, detail: expect.stringMatching(/^cannot read .* \(the token needs checks: read \/ statuses: read\)/) });
  });
});
