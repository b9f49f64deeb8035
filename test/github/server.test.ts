/**
 * The test GitHub server itself: its fixtures pass GitHub's OpenAPI description, a wrong fixture
 * or request body does not, and auth, permissions and pagination behave like api.github.com.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { UserError } from '../../src/core/errors.js';
import {
  artifact,
  branchProtection,
  codeScanningAlert,
  dependabotAlert,
  ruleset,
  workflowRun
} from '../support/github-fixtures.js';
import { DEFAULT_TOKEN, createGitHubState, startGitHubServer, type GitHubServer } from '../support/github-server.js';
import { testClient } from '../support/github-client.js';

const OWNER = 'acme';
const REPO = 'app';
const FULL = `${OWNER}/${REPO}`;

let server: GitHubServer;

beforeEach(async () => {
  server = await startGitHubServer(
    createGitHubState({
      repos: {
        [FULL]: {
          defaultBranch: 'main',
          branches: ['main', 'release/1.x'],
          dependabotAlerts: [dependabotAlert(OWNER, REPO, 1, { severity: 'high' }), dependabotAlert(OWNER, REPO, 2, { severity: 'low', state: 'dismissed' })],
          codeScanningAlerts: [codeScanningAlert(OWNER, REPO, 1, { securitySeverity: 'critical', severity: 'error' })],
          branchProtection: { main: { contexts: ['gates_enforcer', 'workflows_validation'], strict: true } },
          rulesets: [
            ruleset(OWNER, REPO, { id: 7, include: ['~DEFAULT_BRANCH'], requiredChecks: ['gates_enforcer'] }),
            ruleset(OWNER, REPO, { id: 8, include: ['refs/heads/release/*'], requiredChecks: ['smoke'] }),
            ruleset(OWNER, REPO, { id: 9, include: ['~ALL'], enforcement: 'evaluate', requiredChecks: ['never'] })
          ]
        }
      },
      tokens: { [DEFAULT_TOKEN]: 'all', 'ghs_readonly': { checks: 'read', deployments: 'read' } }
    })
  );
});

afterEach(async () => {
  await server.close();
});

describe('fixtures against the OpenAPI description', () => {
  it('serves every read operation with valid bodies', async () => {
    const client = testClient(server);
    const p = { owner: OWNER, repo: REPO };
    const repo = await client.request('GET /repos/{owner}/{repo}', p);
    expect(repo.data.default_branch).toBe('main');
    await client.request('GET /repos/{owner}/{repo}/dependabot/alerts', { ...p, state: 'open' });
    await client.request('GET /repos/{owner}/{repo}/code-scanning/alerts', p);
    const protection = await client.request('GET /repos/{owner}/{repo}/branches/{branch}/protection', { ...p, branch: 'main' });
    expect(protection.data.required_status_checks?.contexts).toEqual(['gates_enforcer', 'workflows_validation']);
    expect(protection.data.required_status_checks?.checks.map((c) => c.context)).toEqual(['gates_enforcer', 'workflows_validation']);
    const list = await client.request('GET /repos/{owner}/{repo}/rulesets', p);
    expect(list.data.map((r) => r.id)).toEqual([7, 8, 9]);
    expect(list.data[0].rules).toBeUndefined(); // like GitHub: fetch each ruleset for its rules
    const one = await client.request('GET /repos/{owner}/{repo}/rulesets/{ruleset_id}', { ...p, ruleset_id: 7 });
    expect(one.data.rules?.[0].type).toBe('required_status_checks');
    server.assertNoContractErrors();
  });

  it('answers branch rules of active rulesets whose conditions cover the branch', async () => {
    const client = testClient(server);
    const rules = async (branch: string) =>
      (await client.request('GET /repos/{owner}/{repo}/rules/branches/{branch}', { owner: OWNER, repo: REPO, branch })).data;
    const main = await rules('main');
    expect(main.map((r) => r.ruleset_id)).toEqual([7]);
    expect(main[0]).toMatchObject({ type: 'required_status_checks', ruleset_source_type: 'Repository', ruleset_source: FULL });
    expect((await rules('release/1.x')).map((r) => r.ruleset_id)).toEqual([8]);
    expect(await rules('feature')).toEqual([]);
    server.assertNoContractErrors();
  });

  it('answers 404 for an unprotected branch and for a missing one', async () => {
    const client = testClient(server);
    for (const branch of ['release/1.x', 'nope']) {
      await expect(client.request('GET /repos/{owner}/{repo}/branches/{branch}/protection', { owner: OWNER, repo: REPO, branch })).rejects.toMatchObject({
        status: 404
      });
    }
    server.assertNoContractErrors();
  });

  it('refuses a response fixture that GitHub could not send (500 and a recorded error)', async () => {
    const bad = dependabotAlert(OWNER, REPO, 3, { severity: 'high' });
    (bad.security_advisory as Record<string, unknown>).severity = 'urgent'; // not in GitHub's enum
    bad.installed_version = '1.0.0'; // dependabot-alert has additionalProperties: false
    server.repo(FULL).dependabotAlerts = [bad];
    const client = testClient(server, { retries: 0 });
    await expect(client.request('GET /repos/{owner}/{repo}/dependabot/alerts', { owner: OWNER, repo: REPO })).rejects.toMatchObject({ status: 500 });
    expect(server.errors).toHaveLength(1);
    expect(server.errors[0]).toMatch(/does not match GitHub's OpenAPI description/);
    expect(server.errors[0]).toMatch(/severity must be equal to one of the allowed values/);
    expect(server.errors[0]).toMatch(/installed_version/);
    expect(() => server.assertNoContractErrors()).toThrow(/contract errors/);
  });

  it('refuses a check run fixture missing a required field', () => {
    const problems = server.openapi.validateResponse({ method: 'get', path: '/repos/{owner}/{repo}/branches/{branch}/protection' }, 200, {
      ...branchProtection(OWNER, REPO, 'main'),
      required_status_checks: { contexts: ['x'] } // `checks` is required
    });
    expect(problems.join()).toMatch(/must have required property 'checks'/);
  });

  it('refuses a request body GitHub would refuse (422 and a recorded error)', async () => {
    const client = testClient(server, { retries: 0 });
    const annotations = Array.from({ length: 51 }, (_, i) => ({ path: 'a.ts', start_line: i + 1, end_line: i + 1, annotation_level: 'warning' as const, message: 'm' }));
    await expect(
      client.request('POST /repos/{owner}/{repo}/check-runs', {
        owner: OWNER,
        repo: REPO,
        name: 'x',
        head_sha: 'a'.repeat(40),
        status: 'completed',
        conclusion: 'success',
        output: { title: 't', summary: 's', annotations }
      })
    ).rejects.toMatchObject({ status: 422 });
    expect(server.errors.join()).toMatch(/request body of POST .*check-runs.* must NOT have more than 50 items/);
  });
});

describe('auth and permissions', () => {
  it('answers 401 without a token or with an unknown one, and takes both auth schemes', async () => {
    const url = `${server.url}/repos/${FULL}`;
    const none = await fetch(url);
    expect(none.status).toBe(401);
    expect(await none.json()).toMatchObject({ message: 'Requires authentication' });
    const wrong = await fetch(url, { headers: { authorization: 'token nope' } });
    expect(wrong.status).toBe(401);
    expect(await wrong.json()).toMatchObject({ message: 'Bad credentials' });
    expect((await fetch(url, { headers: { authorization: `Bearer ${DEFAULT_TOKEN}` } })).status).toBe(200);
    expect((await fetch(url, { headers: { authorization: `token ${DEFAULT_TOKEN}` } })).status).toBe(200);
    expect(server.requests.map((r) => r.auth)).toEqual(['none', 'token', 'bearer', 'token']);
    server.assertNoContractErrors();
  });

  it('answers 403 when the token lacks the permission, 404 for an unknown repository', async () => {
    const client = testClient(server, { token: 'ghs_readonly' });
    await expect(
      client.request('POST /repos/{owner}/{repo}/check-runs', { owner: OWNER, repo: REPO, name: 'x', head_sha: 'a'.repeat(40) })
    ).rejects.toMatchObject({ status: 403, message: expect.stringContaining('Resource not accessible by integration') });
    await expect(client.request('GET /repos/{owner}/{repo}', { owner: OWNER, repo: 'other' })).rejects.toMatchObject({ status: 404 });
    server.assertNoContractErrors();
  });

  it('records a route it does not serve', async () => {
    const res = await fetch(`${server.url}/repos/${FULL}/issues`, { headers: { authorization: `token ${DEFAULT_TOKEN}` } });
    expect(res.status).toBe(404);
    expect(server.errors).toEqual([`unserved route GET /repos/${FULL}/issues`]);
  });
});

describe('pagination', () => {
  it('pages Dependabot alerts with cursors in the Link header and refuses `page`', async () => {
    server.repo(FULL).dependabotAlerts = Array.from({ length: 5 }, (_, i) => dependabotAlert(OWNER, REPO, i + 1, { severity: 'low' }));
    const headers = { authorization: `token ${DEFAULT_TOKEN}` };
    const first = await fetch(`${server.url}/repos/${FULL}/dependabot/alerts?per_page=2`, { headers });
    const link = first.headers.get('link') ?? '';
    expect(link).toMatch(/^<http:\/\/127\.0\.0\.1:\d+\/repos\/acme\/app\/dependabot\/alerts\?per_page=2&after=[A-Za-z0-9_-]+>; rel="next"$/);
    expect(((await first.json()) as Array<{ number: number }>).map((a) => a.number)).toEqual([5, 4]);
    const next = /<([^>]+)>; rel="next"/.exec(link)?.[1] as string;
    const second = await fetch(next, { headers });
    expect(((await second.json()) as Array<{ number: number }>).map((a) => a.number)).toEqual([3, 2]);
    const secondLink = second.headers.get('link') ?? '';
    expect(secondLink).toMatch(/rel="prev"/);
    const prev = /<([^>]+)>; rel="prev"/.exec(secondLink)?.[1] as string;
    expect(((await (await fetch(prev, { headers })).json()) as Array<{ number: number }>).map((a) => a.number)).toEqual([5, 4]);
    expect((await fetch(`${server.url}/repos/${FULL}/dependabot/alerts?page=2`, { headers })).status).toBe(400);
    server.assertNoContractErrors();
  });

  it('pages other lists by page number with prev, next, last and first', async () => {
    server.repo(FULL).codeScanningAlerts = Array.from({ length: 7 }, (_, i) => codeScanningAlert(OWNER, REPO, i + 1));
    const headers = { authorization: `token ${DEFAULT_TOKEN}` };
    const res = await fetch(`${server.url}/repos/${FULL}/code-scanning/alerts?per_page=3&page=2`, { headers });
    const link = res.headers.get('link') ?? '';
    expect(link.split(', ').map((l) => /page=(\d+)>; rel="(\w+)"/.exec(l)?.slice(1).join(':'))).toEqual(['1:prev', '3:next', '3:last', '1:first']);
    expect(((await res.json()) as Array<{ number: number }>).map((a) => a.number)).toEqual([4, 3, 2]);
    server.assertNoContractErrors();
  });
});

describe('deployments', () => {
  it('creates deployments and statuses, lists them newest first, and marks prior successes inactive', async () => {
    const client = testClient(server);
    const p = { owner: OWNER, repo: REPO };
    const sha = 'b'.repeat(40);
    const first = await client.request('POST /repos/{owner}/{repo}/deployments', { ...p, ref: sha, environment: 'staging', auto_merge: false, required_contexts: [] });
    expect(first.status).toBe(201);
    const firstId = (first.data as { id: number }).id;
    await client.request('POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses', { ...p, deployment_id: firstId, state: 'success', environment_url: 'https://staging.example.com' });
    const second = await client.request('POST /repos/{owner}/{repo}/deployments', { ...p, ref: 'main', environment: 'staging', auto_merge: false, required_contexts: [] });
    const secondId = (second.data as { id: number; sha: string }).id;
    expect((second.data as { sha: string }).sha).toMatch(/^[0-9a-f]{40}$/);
    await client.request('POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses', { ...p, deployment_id: secondId, state: 'in_progress' });
    await client.request('POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses', { ...p, deployment_id: secondId, state: 'success' });

    const list = await client.request('GET /repos/{owner}/{repo}/deployments', { ...p, environment: 'staging' });
    expect(list.data.map((d) => d.id)).toEqual([secondId, firstId]);
    const statuses = await client.request('GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses', { ...p, deployment_id: firstId });
    expect(statuses.data.map((s) => s.state)).toEqual(['inactive', 'success']);
    expect(statuses.data[1].environment_url).toBe('https://staging.example.com');

    await expect(client.request('POST /repos/{owner}/{repo}/deployments', { ...p, ref: 'no-such-branch' })).rejects.toMatchObject({ status: 422 });
    server.assertNoContractErrors();
  });
});

describe('faults', () => {
  it('drops a connection when asked, which the client reports as unreachable', async () => {
    server.inject({ match: 'GET /repos/acme/app', kind: 'reset', times: 1 });
    const client = testClient(server, { retries: 0 });
    const { withGitHubErrors } = await import('../../src/core/github/client.js');
    const err = await withGitHubErrors(client, { input: 'token', doing: 'reading the repository' }, () =>
      client.request('GET /repos/{owner}/{repo}', { owner: OWNER, repo: REPO })
    ).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UserError);
    expect((err as UserError).render()).toMatch(/^token: reading the repository: could not reach http:\/\/127\.0\.0\.1:\d+: .+ \(check GITHUB_API_URL and the network\)$/);
  });
});

describe('workflow runs and artifacts', () => {
  const SHA = '0123456789abcdef0123456789abcdef01234567';
  const ZIP = Buffer.from('PK\x05\x06' + '\0'.repeat(18), 'latin1'); // the empty zip

  function seed(): void {
    const repo = server.repo(FULL);
    const ok = workflowRun(OWNER, REPO, repo.id, { id: 11, headSha: SHA, createdAt: '2026-12-01T10:00:00Z' });
    const failed = workflowRun(OWNER, REPO, repo.id, { id: 12, headSha: SHA, conclusion: 'failure', createdAt: '2026-12-02T10:00:00Z' });
    const other = workflowRun(OWNER, REPO, repo.id, { id: 13, headSha: SHA, headBranch: 'dev', path: '.github/workflows/nightly.yml', workflowId: 77, createdAt: '2026-12-03T10:00:00Z' });
    repo.workflowRuns.push(ok, failed, other);
    repo.artifacts.push(artifact(OWNER, REPO, { id: 21, name: 'gates-report', sizeInBytes: ZIP.length, run: ok }), artifact(OWNER, REPO, { id: 22, name: 'old', sizeInBytes: 1, run: ok, expired: true }));
    repo.artifactZips[21] = ZIP;
  }

  it('lists runs newest first, filtered by branch, by status or conclusion, and by workflow file or id', async () => {
    seed();
    const client = testClient(server);
    const p = { owner: OWNER, repo: REPO };
    const all = await client.request('GET /repos/{owner}/{repo}/actions/runs', p);
    expect(all.data.workflow_runs.map((r) => r.id)).toEqual([13, 12, 11]);
    const success = await client.request('GET /repos/{owner}/{repo}/actions/runs', { ...p, branch: 'main', status: 'success' });
    expect(success.data).toMatchObject({ total_count: 1, workflow_runs: [{ id: 11, conclusion: 'success', status: 'completed' }] });
    const completed = await client.request('GET /repos/{owner}/{repo}/actions/runs', { ...p, status: 'completed' });
    expect(completed.data.total_count).toBe(3);
    const byFile = await client.request('GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs', { ...p, workflow_id: 'nightly.yml' });
    const byId = await client.request('GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs', { ...p, workflow_id: 77 });
    expect([byFile.data.workflow_runs.map((r) => r.id), byId.data.workflow_runs.map((r) => r.id)]).toEqual([[13], [13]]);
    const unknown = await client.request('GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs', { ...p, workflow_id: 'none.yml' }).catch((e: { status: number }) => e);
    expect((unknown as { status: number }).status).toBe(404);
    server.assertNoContractErrors();
  });

  it('lists a run\'s artifacts by name, answers 302 to a signed blob URL, and 410 for an expired one', async () => {
    seed();
    const client = testClient(server, { retries: 0 });
    const p = { owner: OWNER, repo: REPO };
    const listed = await client.request('GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts', { ...p, run_id: 11, name: 'gates-report' });
    expect(listed.data.artifacts.map((a) => [a.id, a.expired, a.workflow_run?.head_sha])).toEqual([[21, false, SHA]]);
    const download = await client.request('GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}', { ...p, artifact_id: 21, archive_format: 'zip', request: { redirect: 'manual' } });
    expect(download.status as number).toBe(302);
    const location = String((download.headers as Record<string, unknown>).location);
    expect(location).toMatch(new RegExp(`^${server.url}/_blob/artifacts/acme/app/21\\.zip\\?sig=[0-9a-f]{32}$`));
    const blob = await fetch(location);
    expect([blob.status, Buffer.from(await blob.arrayBuffer()).equals(ZIP)]).toEqual([200, true]);
    expect((await fetch(location.replace(/sig=\w+/, 'sig=forged'))).status).toBe(403);
    const gone = await client.request('GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}', { ...p, artifact_id: 22, archive_format: 'zip', request: { redirect: 'manual' } }).catch((e: { status: number; message: string }) => e);
    expect(gone).toMatchObject({ status: 410, message: expect.stringContaining('Artifact has expired') });
    server.assertNoContractErrors();
  });

  it('records a token sent to the blob URL as a contract error', async () => {
    seed();
    const download = await testClient(server).request('GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}', { owner: OWNER, repo: REPO, artifact_id: 21, archive_format: 'zip', request: { redirect: 'manual' } });
    const res = await fetch(String((download.headers as Record<string, unknown>).location), { headers: { authorization: `token ${DEFAULT_TOKEN}` } });
    expect(res.status).toBe(400);
    expect(() => server.assertNoContractErrors()).toThrow(/was sent an Authorization header/);
  });
});
