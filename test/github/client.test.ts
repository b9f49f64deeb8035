/**
 * The shared GitHub client against the test server: retries, rate limits within bounded time, and
 * API failures as one-line user errors that never show the token.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { UserError } from '../../src/core/errors.js';
import {
  clientOptionsFromEnv,
  createGitHubClient,
  repoFromEnv,
  withGitHubErrors,
  type GitHubClient
} from '../../src/core/github/client.js';
import { DEFAULT_TOKEN, createGitHubState, startGitHubServer, type GitHubServer } from '../support/github-server.js';
import { testClient } from '../support/github-client.js';

let server: GitHubServer;

beforeEach(async () => {
  server = await startGitHubServer(createGitHubState({ repos: { 'acme/app': { defaultBranch: 'trunk' } } }));
});

afterEach(async () => {
  server.assertNoContractErrors();
  await server.close();
});

const getRepo = (client: GitHubClient, input = 'github-alerts') =>
  withGitHubErrors(client, { input, doing: 'reading acme/app' }, () => client.request('GET /repos/{owner}/{repo}', { owner: 'acme', repo: 'app' }));

const repoCalls = () => server.requests.filter((r) => r.path === '/repos/acme/app');

describe('retries', () => {
  it('retries a 502 and succeeds', async () => {
    server.inject({ match: 'GET /repos/acme/app', status: 502, times: 2 });
    const logs: string[] = [];
    const res = await getRepo(testClient(server, { log: (m) => logs.push(m) }));
    expect(res.data.default_branch).toBe('trunk');
    expect(repoCalls().map((r) => r.status)).toEqual([502, 502, 200]);
  });

  it('gives up after the configured retries with a one-line error naming the input and status', async () => {
    server.inject({ match: 'GET /repos/acme/app', status: 503, times: 10, message: 'Service Unavailable' });
    const err = await getRepo(testClient(server, { retries: 2 })).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UserError);
    expect((err as UserError).render()).toBe('github-alerts: reading acme/app: GitHub answered 503: Service Unavailable (after 2 retries)');
    expect(repoCalls()).toHaveLength(3);
  });

  it('does not retry a 404', async () => {
    const client = testClient(server);
    const err = await withGitHubErrors(client, { input: 'github-alerts', doing: 'reading acme/gone', notFoundHint: 'is the repository private?' }, () =>
      client.request('GET /repos/{owner}/{repo}', { owner: 'acme', repo: 'gone' })
    ).catch((e: unknown) => e);
    expect((err as UserError).render()).toBe('github-alerts: reading acme/gone: GitHub answered 404: Not Found (is the repository private?)');
    expect(server.requests).toHaveLength(1);
  });
});

describe('rate limits', () => {
  it('waits for the primary rate limit reset and retries, within bounded time', async () => {
    server.inject({ match: 'GET /repos/acme/app', kind: 'rate-limit', resetInSeconds: 1 });
    const logs: string[] = [];
    const started = Date.now();
    const res = await getRepo(testClient(server, { log: (m) => logs.push(m) }));
    expect(res.status).toBe(200);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(repoCalls().map((r) => r.status)).toEqual([403, 200]);
    expect(logs.join('\n')).toMatch(/GitHub rate limit hit on GET \/repos\/{owner}\/{repo}; retrying in \ds \(attempt 1 of 2\)/);
  });

  it('waits for a secondary rate limit (retry-after) and retries', async () => {
    server.inject({ match: 'GET /repos/acme/app', kind: 'secondary-rate-limit', retryAfterSeconds: 2 });
    const logs: string[] = [];
    const res = await getRepo(testClient(server, { log: (m) => logs.push(m) }));
    expect(res.status).toBe(200);
    expect(logs.join('\n')).toMatch(/GitHub secondary rate limit hit on GET \/repos\/{owner}\/{repo}; retrying in 2s/);
  });

  it('gives up at once on a rate limit that resets too late, naming the input and the reset time', async () => {
    server.inject({ match: 'GET /repos/acme/app', kind: 'rate-limit', resetInSeconds: 3600 });
    const started = Date.now();
    // Production wait unit: a wait would take an hour, so this only passes if nothing waits.
    const client = createGitHubClient({ token: DEFAULT_TOKEN, apiUrl: server.url });
    const err = await getRepo(client).catch((e: unknown) => e);
    expect(Date.now() - started).toBeLessThan(2000);
    expect((err as UserError).render()).toMatch(
      /^github-alerts: reading acme\/app: GitHub answered 403: API rate limit exceeded for installation ID 1; it resets at \d{4}-\d\d-\d\dT[\d:.]+Z \(retry later, or use a token with its own rate limit\)$/
    );
    expect(repoCalls()).toHaveLength(1);
  });

  it('gives up after a bounded number of rate limit retries', async () => {
    server.inject({ match: 'GET /repos/acme/app', kind: 'secondary-rate-limit', retryAfterSeconds: 1, times: 10 });
    const err = await getRepo(testClient(server, { rateLimitRetries: 2 })).catch((e: unknown) => e);
    expect((err as UserError).render()).toMatch(/GitHub answered 403: You have exceeded a secondary rate limit/);
    expect(repoCalls()).toHaveLength(3);
  });
});

describe('authentication errors', () => {
  it('reports a 401 as a one-line error naming `token`, without the token', async () => {
    const token = 'ghp_SuperSecretValue1234567890';
    const client = createGitHubClient({ token, apiUrl: server.url, retryBaseMs: 1 });
    const err = await getRepo(client, 'check-name').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UserError);
    const line = (err as UserError).render();
    expect(line).toBe('token: reading acme/app: GitHub answered 401: Bad credentials (the token is missing, expired or revoked)');
    expect(line).not.toContain(token);
    expect(line).not.toMatch(/\n|\s{2}|at .*:\d+/);
    expect(JSON.stringify(err)).not.toContain(token);
    expect(repoCalls()).toHaveLength(1); // 401 is not retried
  });

  it('scrubs the token should GitHub ever echo it', async () => {
    const client = testClient(server, { retries: 0 });
    server.inject({ match: 'GET /repos/acme/app', status: 500, message: `boom ${DEFAULT_TOKEN}` });
    const err = await getRepo(client).catch((e: unknown) => e);
    expect((err as UserError).render()).toBe('github-alerts: reading acme/app: GitHub answered 500: boom ***');
  });

  it('refuses an empty token up front', () => {
    expect(() => createGitHubClient({ token: '  ', apiUrl: server.url })).toThrow(UserError);
  });

  it('passes non-API errors through unchanged', async () => {
    const boom = new TypeError('bug');
    await expect(withGitHubErrors(testClient(server), { input: 'x', doing: 'y' }, () => Promise.reject(boom))).rejects.toBe(boom);
  });
});

describe('environment', () => {
  it('reads owner, repo and sha', () => {
    expect(repoFromEnv({ GITHUB_REPOSITORY: 'acme/app', GITHUB_SHA: 'abc' })).toEqual({ owner: 'acme', repo: 'app', sha: 'abc' });
  });

  it.each([
    [{ GITHUB_SHA: 'abc' }, /^GITHUB_REPOSITORY is not set \(/],
    [{ GITHUB_REPOSITORY: 'acme', GITHUB_SHA: 'abc' }, /^GITHUB_REPOSITORY must be owner\/repo, got "acme"/],
    [{ GITHUB_REPOSITORY: 'acme/app' }, /^GITHUB_SHA is not set/]
  ])('refuses %j with a clear user error', (env, message) => {
    let err: unknown;
    try {
      repoFromEnv(env);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(UserError);
    expect((err as UserError).render()).toMatch(message);
  });

  it('takes the API URL from the environment, and no pacing: a variable a workflow sets cannot change it', () => {
    expect(clientOptionsFromEnv({})).toEqual({});
    expect(clientOptionsFromEnv({ GITHUB_API_URL: 'https://ghe.example.com/api/v3', PHASE_GATES_GITHUB_RETRY_BASE_MS: '10' })).toEqual({ apiUrl: 'https://ghe.example.com/api/v3' });
  });

  it('talks to the server GITHUB_API_URL names', async () => {
    const client = createGitHubClient({ token: DEFAULT_TOKEN, ...clientOptionsFromEnv({ GITHUB_API_URL: `${server.url}/` }) });
    expect((await getRepo(client)).data.full_name).toBe('acme/app');
  });
});
