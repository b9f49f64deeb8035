/**
 * The pull request of a run, read from the environment GitHub Actions sets and the webhook payload
 * it writes to GITHUB_EVENT_PATH.
 *
 * Payloads: the community examples of GitHub's webhook deliveries in @octokit/webhooks-examples
 * (the package of octokit/webhooks' payload-examples: pull_request "synchronize", issue_comment
 * "created", merge_group "checks_requested", fork "forkee"). They have no pull request from a fork
 * and no comment on a pull request, so those two are the real payloads with one part swapped, as
 * GitHub's documentation describes them: the head repository is the `forkee` of the real fork
 * delivery; the comment's issue gets the `pull_request` links object GitHub adds to a pull
 * request's issue. @octokit/openapi-webhooks (GitHub's own description of the deliveries) is the
 * check that the fields read are GitHub's.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { UserError } from '../../src/core/errors.js';
import { completePullRequest, pullRequestFromEnv, type PullRequestContext } from '../../src/core/github/pull-request.js';
import { pullRequest } from '../support/github-fixtures.js';
import { DEFAULT_TOKEN, createGitHubState, startGitHubServer } from '../support/github-server.js';
import { testClient } from '../support/github-client.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const require = createRequire(import.meta.url);
const EXAMPLES = JSON.parse(readFileSync(require.resolve('@octokit/webhooks-examples'), 'utf8')) as Array<{ name: string; examples: Json[] }>;
const WEBHOOKS = JSON.parse(readFileSync(require.resolve('@octokit/openapi-webhooks/generated/api.github.com.json'), 'utf8')) as Json;

function example(event: string, pick: (p: Json) => boolean = () => true): Json {
  const found = EXAMPLES.find((e) => e.name === event)?.examples.find(pick);
  if (!found) throw new Error(`no ${event} example`);
  return structuredClone(found);
}

const dir = mkdtempSync(path.join(tmpdir(), 'pg-pr-event-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let files = 0;

/** The environment of a run for `event` with `payload` written where the runner writes it. */
function runEnv(event: string, payload: Json | string | null, extra: Record<string, string> = {}): Record<string, string> {
  const env: Record<string, string> = { GITHUB_EVENT_NAME: event, GITHUB_REPOSITORY: 'Codertocat/Hello-World', ...extra };
  if (payload !== null) {
    const file = path.join(dir, `event-${++files}.json`);
    writeFileSync(file, typeof payload === 'string' ? payload : JSON.stringify(payload));
    env.GITHUB_EVENT_PATH = file;
  }
  return env;
}

/** The variables GitHub Actions sets for a pull_request run of `payload`. */
function prVars(payload: Json): Record<string, string> {
  return { GITHUB_REF: `refs/pull/${payload.number}/merge`, GITHUB_BASE_REF: payload.pull_request.base.ref, GITHUB_HEAD_REF: payload.pull_request.head.ref };
}

/** Whether GitHub's webhook description has the property path under `schema` (through $ref, allOf, anyOf, oneOf). */
function described(schema: Json, keys: string[]): { found: boolean; nullable: boolean } {
  const resolve = (s: Json): Json => (s.$ref ? resolve(WEBHOOKS.components.schemas[String(s.$ref).split('/').pop() as string]) : s);
  const variants = (s: Json): Json[] => {
    const r = resolve(s);
    const parts = [...(r.allOf ?? []), ...(r.anyOf ?? []), ...(r.oneOf ?? [])] as Json[];
    return [r, ...parts.flatMap(variants)];
  };
  let current: Json[] = [schema];
  let nullable = false;
  for (const key of keys) {
    const next = current.flatMap(variants).flatMap((s) => (s.properties?.[key] ? [s.properties[key] as Json] : []));
    if (next.length === 0) return { found: false, nullable: false };
    nullable = next.flatMap(variants).some((s) => s.type === 'null' || (Array.isArray(s.type) && s.type.includes('null')) || s.nullable === true);
    current = next;
  }
  return { found: true, nullable };
}

describe('pullRequestFromEnv', () => {
  it('reads a pull_request run: number, base and head, not a fork', () => {
    const payload = example('pull_request', (p) => p.action === 'synchronize');
    const pr = pullRequestFromEnv(runEnv('pull_request', payload, prVars(payload)));
    expect(pr).toEqual({
      number: 2,
      baseRef: 'master',
      baseSha: 'f95f852bd8fca8fcc58a9a2d6c842781e32a215e',
      headSha: 'ec26c3e57ca3a959ca5aad62de7213c562f8c821',
      headRepo: 'Codertocat/Hello-World',
      fork: false,
      url: 'https://github.com/Codertocat/Hello-World/pull/2'
    });
  });

  it('tells a pull request from a fork, under pull_request and pull_request_target alike', () => {
    const payload = example('pull_request', (p) => p.action === 'synchronize');
    const forkee = example('fork').forkee as Json;
    expect(forkee).toMatchObject({ full_name: 'Octocoders/Hello-World', fork: true });
    payload.pull_request.head.repo = forkee;
    payload.pull_request.head.user = forkee.owner;
    payload.pull_request.head.label = `${forkee.owner.login}:${payload.pull_request.head.ref}`;
    for (const event of ['pull_request', 'pull_request_target']) {
      const vars = event === 'pull_request' ? prVars(payload) : { GITHUB_REF: 'refs/heads/master' };
      expect(pullRequestFromEnv(runEnv(event, payload, vars))).toMatchObject({ number: 2, baseRef: 'master', headRepo: 'Octocoders/Hello-World', fork: true });
    }
  });

  it('counts a pull request whose fork was deleted (head.repo null) as a fork', () => {
    // GitHub's description has head.repo null in the deliveries of some actions (labeled, among others).
    expect(described(WEBHOOKS.components.schemas['webhook-pull-request-labeled'], ['pull_request', 'head', 'repo'])).toEqual({ found: true, nullable: true });
    const payload = example('pull_request', (p) => p.action === 'labeled');
    payload.pull_request.head.repo = null;
    expect(pullRequestFromEnv(runEnv('pull_request', payload, prVars(payload)))).toMatchObject({ number: 2, headRepo: null, fork: true });
  });

  it('compares repository names as GitHub does, ignoring case', () => {
    const payload = example('pull_request', (p) => p.action === 'opened');
    payload.pull_request.head.repo.full_name = 'codertocat/hello-world';
    expect(pullRequestFromEnv(runEnv('pull_request', payload, prVars(payload)))?.fork).toBe(false);
  });

  it('reads a comment on a pull request, and ignores one on a plain issue', () => {
    const payload = example('issue_comment', (p) => p.action === 'created');
    expect(payload.issue.pull_request).toBeUndefined();
    expect(pullRequestFromEnv(runEnv('issue_comment', payload, { GITHUB_REF: 'refs/heads/master' }))).toBeNull();

    expect(described(WEBHOOKS.components.schemas['webhook-issue-comment-created'], ['issue', 'pull_request', 'html_url']).found).toBe(true);
    const base = 'https://github.com/Codertocat/Hello-World/pull/1';
    payload.issue.html_url = base;
    payload.issue.pull_request = { url: 'https://api.github.com/repos/Codertocat/Hello-World/pulls/1', html_url: base, diff_url: `${base}.diff`, patch_url: `${base}.patch`, merged_at: null };
    expect(pullRequestFromEnv(runEnv('issue_comment', payload, { GITHUB_REF: 'refs/heads/master' }))).toEqual({
      number: 1,
      baseRef: '',
      baseSha: null,
      headSha: null,
      headRepo: null,
      fork: false,
      url: base
    });
  });

  it('is null for a merge queue, a push and the command line', () => {
    const group = example('merge_group');
    expect(group.merge_group.head_ref).toMatch(/^refs\/heads\/gh-readonly-queue\//);
    expect(pullRequestFromEnv(runEnv('merge_group', group, { GITHUB_REF: group.merge_group.head_ref }))).toBeNull();
    expect(pullRequestFromEnv(runEnv('push', example('push'), { GITHUB_REF: 'refs/heads/main' }))).toBeNull();
    expect(pullRequestFromEnv({})).toBeNull();
  });

  it('falls back to GITHUB_REF and GITHUB_BASE_REF without a payload', () => {
    expect(pullRequestFromEnv(runEnv('pull_request', null, { GITHUB_REF: 'refs/pull/17/merge', GITHUB_BASE_REF: 'main', GITHUB_HEAD_REF: 'topic' }))).toEqual({
      number: 17,
      baseRef: 'main',
      baseSha: null,
      headSha: null,
      headRepo: null,
      fork: false,
      url: null
    });
  });

  it('reads only fields that GitHub describes for the pull_request delivery', () => {
    const schema = WEBHOOKS.components.schemas['webhook-pull-request-opened'];
    for (const keys of [['number'], ['pull_request', 'number'], ['pull_request', 'html_url'], ['pull_request', 'base', 'ref'], ['pull_request', 'base', 'sha'], ['pull_request', 'base', 'repo', 'full_name'], ['pull_request', 'head', 'sha'], ['pull_request', 'head', 'repo', 'full_name']]) {
      expect([keys.join('.'), described(schema, keys).found]).toEqual([keys.join('.'), true]);
    }
  });

  it('refuses an unreadable or broken payload with one line naming the file', () => {
    const broken = runEnv('pull_request', '{"pull_request": {', { GITHUB_REF: 'refs/pull/2/merge' });
    expect(() => pullRequestFromEnv(broken)).toThrow(UserError);
    try {
      pullRequestFromEnv(broken);
    } catch (err) {
      expect((err as UserError).render()).toMatch(/^.+event-\d+\.json: the event payload is not JSON: /);
    }
    const missing = { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: path.join(dir, 'absent.json'), GITHUB_REF: 'refs/pull/2/merge' };
    expect(() => pullRequestFromEnv(missing)).toThrow(/cannot read the event payload: ENOENT/);
    expect(() => pullRequestFromEnv(runEnv('pull_request', { action: 'opened' }, { GITHUB_REF: 'refs/heads/main' }))).toThrow(
      /a pull_request run whose payload and GITHUB_REF name no pull request number/
    );
  });
});

describe('completePullRequest', () => {
  const BASE = 'f95f852bd8fca8fcc58a9a2d6c842781e32a215e';
  const HEAD = 'ec26c3e57ca3a959ca5aad62de7213c562f8c821';

  it('fills in base and head of an issue_comment run from GET /pulls/{n}, fork included, and leaves a full one alone', async () => {
    const server = await startGitHubServer(
      createGitHubState({
        repos: {
          'Codertocat/Hello-World': {
            pulls: {
              1: pullRequest('Codertocat', 'Hello-World', { number: 1, baseRef: 'master', baseSha: BASE, headSha: HEAD, headRepo: 'Octocoders/Hello-World' }),
              2: pullRequest('Codertocat', 'Hello-World', { number: 2, baseRef: 'release/1.x', baseSha: BASE, headSha: HEAD })
            }
          }
        },
        tokens: { [DEFAULT_TOKEN]: 'all', ghs_noPulls: { contents: 'read' } }
      })
    );
    try {
      const client = testClient(server);
      const fromComment: PullRequestContext = { number: 1, baseRef: '', baseSha: null, headSha: null, headRepo: null, fork: false, url: null };
      expect(await completePullRequest(client, 'Codertocat', 'Hello-World', fromComment)).toEqual({
        number: 1,
        baseRef: 'master',
        baseSha: BASE,
        headSha: HEAD,
        headRepo: 'Octocoders/Hello-World',
        fork: true,
        url: 'https://github.com/Codertocat/Hello-World/pull/1'
      });
      expect(await completePullRequest(client, 'Codertocat', 'Hello-World', { ...fromComment, number: 2 })).toMatchObject({ baseRef: 'release/1.x', fork: false });
      const full = { ...fromComment, baseRef: 'master', headSha: HEAD };
      const before = server.requests.length;
      expect(await completePullRequest(client, 'Codertocat', 'Hello-World', full)).toBe(full);
      expect(server.requests.length).toBe(before);

      await expect(completePullRequest(client, 'Codertocat', 'Hello-World', { ...fromComment, number: 9 })).rejects.toMatchObject({
        input: 'token',
        message: 'reading pull request Codertocat/Hello-World#9: GitHub answered 404: Not Found'
      });
      const denied = await completePullRequest(testClient(server, { token: 'ghs_noPulls' }), 'Codertocat', 'Hello-World', fromComment).catch((e: unknown) => e);
      expect((denied as UserError).render()).toBe(
        'token: reading pull request Codertocat/Hello-World#1: GitHub answered 403: Resource not accessible by integration (the job needs `pull-requests: read`)'
      );
      server.assertNoContractErrors();
    } finally {
      await server.close();
    }
  });
});
