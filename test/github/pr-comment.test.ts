/**
 * The one pull request comment: written through the real client to the local GitHub server (whose
 * issue comment routes answer as GitHub's OpenAPI description says), found again by its marker,
 * kept single under concurrent runs, never overwritten by an older run, and left alone on a
 * fork's read-only token.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { UserError } from '../../src/core/errors.js';
import {
  COMMENT_BODY_LIMIT,
  commentMarker,
  composeCommentBody,
  upsertPullRequestComment,
  type UpsertOptions,
  type UpsertResult
} from '../../src/core/github/pr-comment.js';
import { issueComment, simpleUser, type GitHubObject } from '../support/github-fixtures.js';
import { DEFAULT_TOKEN, createGitHubState, startGitHubServer, type GitHubServer } from '../support/github-server.js';
import { testClient } from '../support/github-client.js';

const OWNER = 'acme';
const REPO = 'app';
const PR = 2;
const SHA = '0123456789abcdef0123456789abcdef01234567';
const FORK_TOKEN = 'ghs_forkReadOnly000000000000000000000000';
let server: GitHubServer;

beforeEach(async () => {
  server = await startGitHubServer(
    createGitHubState({
      repos: { [`${OWNER}/${REPO}`]: { pullRequests: [PR, 3], issues: [1] } },
      // A pull_request run from a fork: GitHub makes every permission the job asks for read-only.
      tokens: { [DEFAULT_TOKEN]: 'all', [FORK_TOKEN]: { contents: 'read', issues: 'read', 'pull-requests': 'read' } }
    })
  );
});

afterEach(async () => {
  server.assertNoContractErrors();
  await server.close();
});

function comments(): Array<{ id: number; body: string; user: { login: string } }> {
  return server.repo(`${OWNER}/${REPO}`).issueComments as Array<{ id: number; body: string; user: { login: string } }>;
}

function upsert(run: number, options: Partial<UpsertOptions> & { attempt?: number; token?: string } = {}): Promise<UpsertResult> {
  const { attempt = 1, token, ...rest } = options;
  return upsertPullRequestComment(testClient(server, token ? { token } : {}), {
    owner: OWNER,
    repo: REPO,
    issue: PR,
    key: 'gates-enforcer',
    body: `## Gates\n\n| gate | result |\n| --- | --- |\n| coverage_new | report of run ${run} |`,
    stamp: { runId: run, runAttempt: attempt, sha: SHA },
    ...rest
  });
}

/** Requests that change comments, as `METHOD status`. */
function writes(): string[] {
  return server.requests.filter((r) => r.method !== 'GET').map((r) => `${r.method} ${r.status}`);
}

/** A comment already on the pull request, as a person (or another tool) wrote it. */
function seed(body: string, id: number, user: GitHubObject = simpleUser('reviewer', 77)): void {
  comments().push(issueComment(OWNER, REPO, { id, issue: PR, body, user }) as never);
}

describe('the issue comment routes of the test server', () => {
  it('create, list with Link pagination, update and delete as GitHub describes them', async () => {
    const client = testClient(server);
    const p = { owner: OWNER, repo: REPO };
    const made: number[] = [];
    for (let i = 0; i < 5; i++) {
      const c = await client.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', { ...p, issue_number: PR, body: `c${i}` });
      expect(c.status).toBe(201);
      expect(c.data.html_url).toBe(`https://github.com/acme/app/pull/2#issuecomment-${c.data.id}`);
      expect(c.data.user?.login).toBe('github-actions[bot]');
      made.push(Number(c.data.id));
    }
    await client.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', { ...p, issue_number: 1, body: 'on the issue' });
    const page = await client.request('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', { ...p, issue_number: PR, per_page: 2, page: 2 });
    expect(page.data.map((c) => c.body)).toEqual(['c2', 'c3']);
    expect(page.headers.link).toMatch(/page=1>; rel="prev", <[^>]+page=3>; rel="next", <[^>]+page=3>; rel="last", <[^>]+page=1>; rel="first"/);
    const all = await client.paginate('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', { ...p, issue_number: PR, per_page: 2 });
    expect(all.map((c) => Number(c.id))).toEqual(made);
    const patched = await client.request('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', { ...p, comment_id: made[1], body: 'edited' });
    expect(patched.data.body).toBe('edited');
    expect((await client.request('DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}', { ...p, comment_id: made[0] })).status).toBe(204);
    const one = await client.request('GET /repos/{owner}/{repo}/issues/comments/{comment_id}', { ...p, comment_id: made[1] });
    expect(one.data.body).toBe('edited');
    expect(comments().map((c) => c.body)).toEqual(['edited', 'c2', 'c3', 'c4', 'on the issue']);
  });

  it('answers 403 to a read-only token, 404 for an unknown pull request, 422 for a body over 65536 characters', async () => {
    const p = { owner: OWNER, repo: REPO };
    const fork = testClient(server, { token: FORK_TOKEN });
    await expect(fork.request('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', { ...p, issue_number: PR })).resolves.toMatchObject({ status: 200 });
    await expect(fork.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', { ...p, issue_number: PR, body: 'x' })).rejects.toMatchObject({
      status: 403,
      message: expect.stringContaining('Resource not accessible by integration')
    });
    const client = testClient(server);
    await expect(client.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', { ...p, issue_number: 99, body: 'x' })).rejects.toMatchObject({ status: 404 });
    await expect(
      client.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', { ...p, issue_number: PR, body: 'x'.repeat(65537) })
    ).rejects.toMatchObject({ status: 422, message: expect.stringContaining('Body is too long (maximum is 65536 characters)') });
    // 65536 characters, some of them astral (two UTF-16 units, one character for GitHub): accepted.
    const edge = '😀'.repeat(100) + 'x'.repeat(65436);
    await expect(client.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', { ...p, issue_number: PR, body: edge })).resolves.toMatchObject({ status: 201 });
    expect(comments()).toHaveLength(1);
  });
});

describe('commentMarker', () => {
  it('is one hidden HTML comment per key, which no key can end early', () => {
    expect(commentMarker('gates-enforcer')).toBe('<!-- phase-gates:comment gates-enforcer -->');
    expect(commentMarker('gates_enforcer (coverage)')).toBe('<!-- phase-gates:comment gates_enforcer%20(coverage) -->');
    const hostile = commentMarker('x --> <b>y</b> -');
    expect(hostile.slice(4, -3)).not.toMatch(/--|>/);
    expect(hostile.match(/-->/g)).toHaveLength(1);
    expect(() => commentMarker('  ')).toThrow(UserError);
    expect(() => commentMarker('k'.repeat(201))).toThrow('the pull request comment key is 201 characters long, over 200');
  });
});

describe('upsertPullRequestComment', () => {
  it('creates the comment once, then updates it in place, and leaves an identical one alone', async () => {
    const first = await upsert(100);
    expect(first.action).toBe('created');
    expect(comments()).toHaveLength(1);
    const [made] = comments();
    expect(first).toEqual({ action: 'created', id: made.id, url: `https://github.com/acme/app/pull/2#issuecomment-${made.id}` });
    expect(made.body.split('\n')[0]).toBe(`<!-- phase-gates:comment gates-enforcer --><!-- phase-gates:stamp run=100 attempt=1 sha=${SHA} -->`);
    expect(made.body).toContain('| coverage_new | report of run 100 |');

    const second = await upsert(101);
    expect(second).toMatchObject({ action: 'updated', id: made.id });
    expect(comments()).toHaveLength(1);
    expect(comments()[0].body).toContain('report of run 101');

    server.requests.length = 0;
    expect(await upsert(101)).toMatchObject({ action: 'unchanged', id: made.id });
    expect(writes()).toEqual([]);
  });

  it('keeps one comment per key, and does not take a comment quoting the marker for ours', async () => {
    seed(`> ${commentMarker('gates-enforcer')}\n> an old report, quoted`, 50);
    await upsert(100);
    await upsert(100, { key: 'gates-enforcer-2', body: 'second step' });
    await upsert(101);
    expect(comments().map((c) => c.body.split('\n').slice(-1)[0])).toEqual([
      '> an old report, quoted',
      '| coverage_new | report of run 101 |',
      'second step'
    ]);
  });

  it('finds its comment past the first page of 100', async () => {
    for (let i = 0; i < 150; i++) seed(`comment ${i}`, 10 + i);
    const first = await upsert(100);
    server.requests.length = 0;
    const second = await upsert(101);
    expect(second).toMatchObject({ action: 'updated', id: first.id });
    expect(comments()).toHaveLength(151);
    const pages = server.requests.filter((r) => r.method === 'GET' && r.path.endsWith('/comments')).map((r) => r.query.page ?? '1');
    expect(pages).toEqual(['1', '2', '1', '2']); // list, update, list again to confirm
  });

  it('leaves a newer run’s comment alone: lower run id, or same run and lower attempt', async () => {
    await upsert(200, { attempt: 2 });
    server.requests.length = 0;
    const older = await upsert(150);
    expect(older.action).toBe('stale');
    expect(older.message).toBe(
      `the pull request comment on acme/app#2 is from run 200 attempt 2 (${SHA.slice(0, 12)}), newer than run 150 attempt 1 (${SHA.slice(0, 12)}): left as it is`
    );
    expect((await upsert(200, { attempt: 1 })).action).toBe('stale');
    expect(writes()).toEqual([]);
    expect(comments()[0].body).toContain('report of run 200');
    expect((await upsert(200, { attempt: 3 })).action).toBe('updated');
    expect(comments()[0].body).toContain('stamp run=200 attempt=3');
  });

  it('converges duplicates left by earlier runs on the oldest comment, with the newest run’s text', async () => {
    const marker = commentMarker('gates-enforcer');
    seed(`${marker}<!-- phase-gates:stamp run=90 attempt=1 sha=${SHA} -->\nrun 90`, 60, simpleUser('github-actions[bot]', 41898282, 'Bot'));
    seed(`${marker}<!-- phase-gates:stamp run=95 attempt=1 sha=${SHA} -->\nrun 95`, 70, simpleUser('github-actions[bot]', 41898282, 'Bot'));
    const logged: string[] = [];
    const result = await upsert(99, { log: (m) => logged.push(m) });
    expect(result).toMatchObject({ action: 'updated', id: 60 });
    expect(logged).toEqual(['removed 1 duplicate pull request comment(s) on acme/app#2']);
    expect(comments().map((c) => [c.id, c.body.split('\n').pop()])).toEqual([[60, '| coverage_new | report of run 99 |']]);
  });

  it.each([2, 5])('leaves exactly one comment, the newest run’s, when %i runs write at once', async (n) => {
    const runs = Array.from({ length: n }, (_, i) => 300 + i);
    const results = await Promise.all(runs.map((run) => upsert(run)));
    expect(comments()).toHaveLength(1);
    const [kept] = comments();
    expect(kept.body).toContain(`stamp run=${runs[n - 1]} attempt=1`);
    expect(kept.body).toContain(`report of run ${runs[n - 1]} |`);
    expect(['created', 'updated']).toContain(results[n - 1].action);
    expect(results[n - 1].id).toBe(kept.id);
    // Every run created one (all listed before any posted), so the oldest of them is the survivor.
    expect(writes().filter((w) => w.startsWith('POST'))).toHaveLength(n);
    expect(kept.id).toBe(server.state.nextId - n); // the first id the server handed out
  });

  it.each([2, 5])('leaves exactly one comment when %i runs race with delayed requests', async (n) => {
    // The first create GitHub receives is held: a later run's comment gets the lowest id, and the
    // held run lists while the others are already cleaning up.
    server.inject({ kind: 'delay', match: `POST /repos/${OWNER}/${REPO}/issues/${PR}/comments`, times: 1, delayMs: 120 });
    server.inject({ kind: 'delay', match: `GET /repos/${OWNER}/${REPO}/issues/${PR}/comments`, times: 2, delayMs: 40 });
    const runs = Array.from({ length: n }, (_, i) => 400 + i);
    // The newest run starts first: the order in which runs start is not the order of their ids.
    const results = await Promise.all([...runs].reverse().map((run) => upsert(run)));
    expect(comments()).toHaveLength(1);
    expect(comments()[0].body).toContain(`report of run ${runs[n - 1]} |`);
    expect(results[0].id).toBe(comments()[0].id);
  });

  it('does not overwrite a newer run that wrote while an older run’s list was on its way', async () => {
    await upsert(100);
    // Run 200's list is read from the state as it is (run 100's comment) but answered late; run
    // 300 lists, writes and checks in the meantime.
    server.inject({ kind: 'delay', after: true, match: `GET /repos/${OWNER}/${REPO}/issues/${PR}/comments`, times: 1, delayMs: 300 });
    const before = server.requests.length;
    const older = upsert(200);
    // Until the server has read the state for run 200's list (its answer is then held).
    while (server.requests[before]?.status !== 200) await new Promise((resolve) => setTimeout(resolve, 5));
    const newer = await upsert(300);
    expect(newer.action).toBe('updated');
    expect((await older).action).toBe('stale');
    expect(comments()).toHaveLength(1);
    expect(comments()[0].body).toContain('report of run 300 |');
  });

  it('reports a fork’s read-only token as forbidden, in one line, and posts nothing', async () => {
    const result = await upsert(100, { token: FORK_TOKEN });
    expect(result).toEqual({
      action: 'forbidden',
      message:
        'no pull request comment on acme/app#2: GitHub answered 403: Resource not accessible by integration (the token may not comment: a pull request from a fork gets a read-only GITHUB_TOKEN, or the job lacks `pull-requests: write`); the report is in the job summary'
    });
    expect(comments()).toEqual([]);
    expect(writes()).toEqual(['POST 403']);
  });

  it('reports a repository the token cannot see (404) as forbidden too', async () => {
    const result = await upsertPullRequestComment(testClient(server), {
      owner: 'acme',
      repo: 'private-elsewhere',
      issue: 1,
      key: 'gates-enforcer',
      body: 'x',
      stamp: { runId: 1, runAttempt: 1, sha: null }
    });
    expect(result.action).toBe('forbidden');
    expect(result.message).toMatch(/^no pull request comment on acme\/private-elsewhere#1: GitHub answered 404: Not Found \(the token cannot see/);
  });

  it('throws a UserError naming `token` for a bad token and for a server that keeps failing', async () => {
    const bad = upsert(100, { token: 'ghs_unknown' });
    await expect(bad).rejects.toThrow(UserError);
    await expect(upsert(100, { token: 'ghs_unknown' })).rejects.toMatchObject({ input: 'token', message: expect.stringContaining('GitHub answered 401: Bad credentials') });

    server.inject({ kind: 'status', status: 502, match: `POST /repos/${OWNER}/${REPO}/issues`, times: 10 });
    const failing = await upsert(100).catch((err: unknown) => err);
    expect(failing).toBeInstanceOf(UserError);
    expect((failing as UserError).render()).toMatch(/^token: writing the pull request comment on acme\/app#2: GitHub answered 502: Bad Gateway \(after 3 retries\)$/);
    expect(comments()).toEqual([]);
  });

  it('refuses a pull request number or repository that cannot be, before any request', async () => {
    await expect(upsert(100, { issue: 0 })).rejects.toThrow('the pull request number must be a positive whole number, got 0');
    await expect(upsert(100, { repo: 'app/extra' })).rejects.toThrow('the repository must be owner/name, got "acme/app/extra"');
    expect(server.requests).toEqual([]);
  });

  it('cuts a body over GitHub’s limit at a line boundary with a note, and GitHub takes it', async () => {
    const lines = Array.from({ length: 3000 }, (_, i) => `| src/file-${i}.ts | 81.2% | 64.0% |`);
    const body = ['## Coverage of new code', '', '```text', ...lines, '```'].join('\n');
    expect(body.length).toBeGreaterThan(COMMENT_BODY_LIMIT);
    const logged: string[] = [];
    const result = await upsert(100, { body, log: (m) => logged.push(m) });
    expect(result.action).toBe('created');
    expect(logged).toEqual(["the pull request comment was cut to GitHub's 65536 characters"]);
    const stored = comments()[0].body;
    expect(stored.length).toBeLessThanOrEqual(COMMENT_BODY_LIMIT);
    expect(stored.startsWith(`${commentMarker('gates-enforcer')}<!-- phase-gates:stamp run=100`)).toBe(true);
    const shown = stored.split('\n');
    const reportLines = shown.length - 4; // less the marker line, the closing fence, the blank line and the note
    const note = shown.pop() as string;
    expect(note).toMatch(/^_… cut here: a GitHub comment holds 65536 characters; \d+ of 3004 lines shown\._$/);
    expect(shown.pop()).toBe('');
    expect(shown.pop()).toBe('```'); // the fence left open by the cut is closed
    expect(shown.pop()).toMatch(/^\| src\/file-\d+\.ts \| 81\.2% \| 64\.0% \|$/); // a whole line
    expect(Number(/; (\d+) of/.exec(note)?.[1])).toBe(reportLines);
    expect(stored).toContain(`\n${lines[reportLines - 4]}\n\`\`\`\n`); // the report's own lines, in order, up to the cut
  });

  it('never cuts into the markers, whatever the body', () => {
    const stamp = { runId: 7, runAttempt: 1, sha: SHA };
    const composed = composeCommentBody('gates-enforcer', stamp, 'y'.repeat(30).concat('\n').repeat(20), 400);
    expect(composed.length).toBeLessThanOrEqual(400);
    expect(composed.startsWith(`${commentMarker('gates-enforcer')}<!-- phase-gates:stamp run=7 attempt=1 sha=${SHA} -->\n`)).toBe(true);
    expect(composed).toMatch(/\n(y{30}\n)+\n_… cut here: a GitHub comment holds 400 characters; \d of 21 lines shown\._$/);
    const astral = composeCommentBody('k', stamp, '😀'.repeat(40000));
    expect(astral.length).toBeLessThanOrEqual(COMMENT_BODY_LIMIT);
    expect(astral).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });
});
