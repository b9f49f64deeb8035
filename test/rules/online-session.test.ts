/**
 * The API session of the online supply-chain rules (rules/supply-chain/online.ts) against the local
 * GitHub API: its bounds (time limit, pages) and GitHub's quirks (annotated tags, paginated tags).
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { OnlineSession, commentVersion } from '../../src/core/workflows/rules/supply-chain/online.js';
import { createGitHubState, startGitHubServer, type GitHubServer } from '../support/github-server.js';
import { testClient } from '../support/github-client.js';

// actions/setup-ruby, as its mirror has it: v1 is an annotated tag object pointing at v1.1.3's commit.
const V113 = 'e932e7af67fc4a8fc77bd86b744acd4e42fe3543';
const V1_TAG_OBJECT = 'b007fae6f1ffbe3a51c00a6df6f5ff01184d5340';

describe('OnlineSession', () => {
  let server: GitHubServer;
  afterEach(async () => {
    await server?.close();
  });

  it('follows an annotated tag object SHA to its commit: a pin to it is no impostor', async () => {
    server = await startGitHubServer(
      createGitHubState({
        repos: {
          'actions/setup-ruby': {
            branches: ['main'],
            refs: { main: V113 },
            tags: { 'v1.1.3': V113, v1: V113 },
            tagObjects: { [V1_TAG_OBJECT]: { tag: 'v1', object: V113, type: 'commit' } }
          }
        }
      })
    );
    const session = new OnlineSession(testClient(server));
    expect(await session.reachable('actions', 'setup-ruby', V1_TAG_OBJECT)).toBe('ok');
    expect(await session.tagAt('actions', 'setup-ruby', V113)).toBe('v1.1.3');
    expect(server.requests.map((r) => r.path)).toContain(`/repos/actions/setup-ruby/git/tags/${V1_TAG_OBJECT}`);
    server.assertNoContractErrors();
  });

  it('reads tags page by page, and says when the bound of pages left some unread', async () => {
    const tags = Object.fromEntries(Array.from({ length: 250 }, (_, i) => [`v1.0.${249 - i}`, `${String(i).padStart(3, '0')}${'a'.repeat(37)}`]));
    server = await startGitHubServer(createGitHubState({ repos: { 'acme/many': { tags } } }));
    const all = await new OnlineSession(testClient(server)).tags('acme', 'many');
    expect(all).toMatchObject({ complete: true });
    expect('refs' in all && all.refs.length).toBe(250);
    const cut = await new OnlineSession(testClient(server), { maxPages: 2 }).tags('acme', 'many');
    expect(cut).toMatchObject({ complete: false });
    expect('refs' in cut && cut.refs.length).toBe(200);
    expect(server.requests.filter((r) => r.path === '/repos/acme/many/tags').map((r) => r.query.page)).toEqual(['1', '2', '3', '1', '2']);
    server.assertNoContractErrors();
  });

  it('gives up on a request that does not answer in time: a failure, not a hang or a throw', async () => {
    const sockets = new Set<import('node:net').Socket>();
    const silent = http.createServer(() => undefined); // never answers
    silent.on('connection', (s) => sockets.add(s));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', () => resolve()));
    const url = `http://127.0.0.1:${(silent.address() as AddressInfo).port}`;
    try {
      const session = new OnlineSession(testClient({ url } as GitHubServer, { retries: 0 }), { timeoutMs: 300 });
      const started = Date.now();
      const answer = await session.repository('acme', 'slow');
      expect(answer).toEqual({ failed: 'reading acme/slow: no answer within 0.3s' });
      expect(Date.now() - started).toBeLessThan(5000);
      // Cached: asking again sends nothing more.
      expect(await session.repository('acme', 'slow')).toBe(answer);
      expect(session.requests).toBe(1);
    } finally {
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => silent.close(() => resolve()));
    }
  });
});

describe('commentVersion', () => {
  it('reads the version of a comment as zizmor does: one word, after an optional tag=/version:', () => {
    expect(commentVersion(' v4.2.2')).toBe('v4.2.2');
    expect(commentVersion(' tag=v4.2.1')).toBe('v4.2.1');
    expect(commentVersion(' version: 2.7.0')).toBe('2.7.0');
    expect(commentVersion(' pinned by hand, see v4.2.1')).toBeUndefined();
    expect(commentVersion(undefined)).toBeUndefined();
  });
});

describe('OnlineSession without a server', () => {
  it('an API it cannot reach: one failure naming why', async () => {
    const probe = http.createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', () => resolve()));
    const url = `http://127.0.0.1:${(probe.address() as AddressInfo).port}`;
    await new Promise<void>((resolve) => probe.close(() => resolve())); // nothing listens there now
    const session = new OnlineSession(testClient({ url } as GitHubServer, { retries: 0 }));
    const answer = await session.tags('acme', 'app');
    expect(answer).toEqual({ failed: expect.stringMatching(/^listing the tags of acme\/app: could not reach the GitHub API: .*ECONNREFUSED/) });
  });
});

describe('OnlineSession time budget', () => {
  it('sends nothing once the run has used its time: one run-wide failure', async () => {
    const server = await startGitHubServer(createGitHubState({ repos: { 'acme/app': {} } }));
    try {
      const session = new OnlineSession(testClient(server), { budgetMs: 0 });
      await new Promise((resolve) => setTimeout(resolve, 5));
      expect(await session.repository('acme', 'app')).toEqual({ failed: 'the online audits used their 0s for this run; the rest was not checked', run: true });
      expect(server.requests).toEqual([]);
    } finally {
      await server.close();
    }
  });
});
