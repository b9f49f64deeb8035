/**
 * deploy's `approval` check through the real client against the local API server: GitHub's own
 * example environment, environments without reviewers or branch policy, a missing one, a token that
 * cannot read it, and runs without a token.
 */
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { approvalCheck, readEnvironmentProtection, type ApprovalCheckInput } from '../../src/core/github/environment-protection.js';
import { DEFAULT_TOKEN, createGitHubState, startGitHubServer, type GitHubServer } from '../support/github-server.js';
import { testClient } from '../support/github-client.js';
import { deploymentBranchPolicies, environment, type GitHubObject } from '../support/github-fixtures.js';

const NO_ACTIONS = 'ghs_noActions';
let server: GitHubServer;

beforeEach(async () => {
  server = await startGitHubServer(createGitHubState({ repos: { 'acme/app': {} }, tokens: { [DEFAULT_TOKEN]: 'all', [NO_ACTIONS]: { actions: 'none', contents: 'read' } } }));
});

afterEach(async () => {
  server.assertNoContractErrors();
  await server.close();
});

function input(over: Partial<ApprovalCheckInput> = {}): ApprovalCheckInput {
  return { requirement: 'reviewers', environment: 'production', production: true, token: DEFAULT_TOKEN, env: { GITHUB_API_URL: server.url, GITHUB_REPOSITORY: 'acme/app' }, ...over };
}

function addEnvironment(spec: Parameters<typeof environment>[2]): void {
  const repo = server.repo('acme/app');
  repo.environments[spec.name] = environment('acme', 'app', spec);
  if (Array.isArray(spec.branchPolicy)) repo.branchPolicies[spec.name] = deploymentBranchPolicies(spec.branchPolicy);
}

describe('the approval check', () => {
  it("GitHub's example environment (reviewers, a wait timer, a custom branch policy) passes and names them", async () => {
    const repo = server.repo('acme/app');
    repo.environments.staging = JSON.parse(readFileSync('test/fixtures/github-api/openapi-environment.json', 'utf8')) as GitHubObject;
    repo.branchPolicies.staging = (JSON.parse(readFileSync('test/fixtures/github-api/openapi-deployment-branch-policies-list.json', 'utf8')) as { branch_policies: GitHubObject[] }).branch_policies;
    expect(await approvalCheck(input({ environment: 'staging' }))).toEqual({
      status: 'pass',
      detail: 'environment staging: required reviewers @octocat, @github/justice-league (self-review allowed); wait timer 30 min; deployments from release/*, main only'
    });
  });

  it('passes with reviewers and protected branches; says when self-review is prevented', async () => {
    addEnvironment({ name: 'production', reviewers: ['alice', 'acme/sre'], preventSelfReview: true, branchPolicy: 'protected' });
    expect(await approvalCheck(input())).toEqual({ status: 'pass', detail: 'environment production: required reviewers @alice, @acme/sre (self-review prevented); deployments from protected branches only' });
  });

  it('fails without required reviewers; a wait timer is enough only with reviewers-or-wait-timer', async () => {
    addEnvironment({ name: 'production', waitTimer: 15, branchPolicy: ['main', 'tag:v*'] });
    expect(await approvalCheck(input())).toEqual({
      status: 'fail',
      detail: 'environment production: no required reviewers (has wait timer 15 min; deployments from main, tag v* only); set them in Settings → Environments'
    });
    expect(await approvalCheck(input({ requirement: 'reviewers-or-wait-timer' }))).toEqual({ status: 'pass', detail: 'environment production: wait timer 15 min; deployments from main, tag v* only' });
    addEnvironment({ name: 'production', waitTimer: 0, branchPolicy: ['main'] });
    expect(await approvalCheck(input({ requirement: 'reviewers-or-wait-timer' }))).toMatchObject({ status: 'fail', detail: expect.stringMatching(/: neither required reviewers nor a wait timer /) });
  });

  it('fails without a deployment branch policy: any branch could deploy', async () => {
    addEnvironment({ name: 'production', reviewers: ['alice'], branchPolicy: null });
    expect(await approvalCheck(input())).toEqual({
      status: 'fail',
      detail: 'environment production: no deployment branch policy: any branch may deploy (has required reviewers @alice (self-review allowed)); set them in Settings → Environments'
    });
  });

  it('fails when the environment does not exist, saying how to create it', async () => {
    expect(await approvalCheck(input())).toEqual({
      status: 'fail',
      detail:
        'environment production does not exist in acme/app: create it in Settings → Environments with required reviewers and a deployment branch policy (or `gh api -X PUT repos/acme/app/environments/production`); a token that cannot see the repository gets the same 404'
    });
  });

  it('a token that cannot read environments is reported as such, never passed', async () => {
    addEnvironment({ name: 'production', reviewers: ['alice'], branchPolicy: 'protected' });
    expect(await approvalCheck(input({ token: NO_ACTIONS }))).toEqual({ status: 'fail', detail: 'cannot read environment production of acme/app (the token needs actions: read)' });
  });

  it('without a token (a local run): skipped and said so; a token without a repository fails production; require-approval: false skips', async () => {
    expect(await approvalCheck(input({ token: '' }))).toEqual({ status: 'skip', detail: 'not read: no token (a local run on the local ledger; on a runner, token defaults to github.token)' });
    expect(await approvalCheck(input({ env: { GITHUB_API_URL: server.url, GITHUB_REPOSITORY: '' } }))).toEqual({
      status: 'fail',
      detail: 'cannot read the protection rules of environment production (GITHUB_REPOSITORY is not set), and production requires them (give token and GITHUB_REPOSITORY, or require-approval: false)'
    });
    expect(await approvalCheck(input({ token: '', environment: 'qa', production: false }))).toEqual({ status: 'skip', detail: 'not read: no token (a local run on the local ledger; on a runner, token defaults to github.token)' });
    expect(await approvalCheck(input({ requirement: 'false' }))).toEqual({ status: 'skip', detail: 'not required for production (require-approval: false)' });
    expect(server.requests).toEqual([]);
  });

  it('reads an environment named with a slash, and every page of its branch patterns', async () => {
    const patterns = Array.from({ length: 130 }, (_, i) => `release/${i}`);
    addEnvironment({ name: 'production/eu', reviewers: ['alice'], branchPolicy: patterns });
    const p = await readEnvironmentProtection(testClient(server), { owner: 'acme', repo: 'app' }, 'production/eu');
    expect(p.branchPolicy).toEqual({ kind: 'custom', patterns });
    expect(server.requests.map((r) => `${r.path}?${r.query.page ?? ''}`)).toEqual([
      '/repos/acme/app/environments/production%2Feu?',
      '/repos/acme/app/environments/production%2Feu/deployment-branch-policies?',
      '/repos/acme/app/environments/production%2Feu/deployment-branch-policies?2'
    ]);
  });
});
