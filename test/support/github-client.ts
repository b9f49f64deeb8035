/**
 * The real phase-gates GitHub client pointed at a test server, with waits shrunk so retries and
 * rate limits take milliseconds. For tests only.
 */
import { createGitHubClient, type GitHubClient, type GitHubClientOptions } from '../../src/core/github/client.js';
import { DEFAULT_TOKEN, type GitHubServer } from './github-server.js';

/** Wait unit of test clients, in ms (production: 1000). */
export const TEST_RETRY_BASE_MS = 5;

/** A client for `server`, authenticated with {@link DEFAULT_TOKEN} unless `options.token` says otherwise. */
export function testClient(server: GitHubServer, options: Partial<GitHubClientOptions> = {}): GitHubClient {
  return createGitHubClient({ token: DEFAULT_TOKEN, apiUrl: server.url, retryBaseMs: TEST_RETRY_BASE_MS, ...options });
}

/**
 * The environment a whole action run needs to talk to `server` (GITHUB_API_URL, GITHUB_REPOSITORY
 * and GITHUB_SHA), for tests that go through an entry point: the bundle paces its requests as in
 * production (GitHub's guidance), through the same proxy-aware fetch.
 */
export function githubEnv(server: GitHubServer, repository: string, sha: string): Record<string, string> {
  return {
    GITHUB_API_URL: server.url,
    GITHUB_REPOSITORY: repository,
    GITHUB_SHA: sha
  };
}
