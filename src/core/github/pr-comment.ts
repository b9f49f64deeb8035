/**
 * One pull request comment per key (gates-enforcer's report), created once and updated on every
 * run, found again by a hidden marker at the top of its body.
 *
 * GitHub has no conditional writes for issue comments, so concurrent runs can each create one.
 * Every run therefore lists the comments again after writing: when several carry our marker, all
 * runs converge on the oldest (lowest id), the newest run writes its body there and the others are
 * deleted. A stamp (run id, attempt, commit) in the marker keeps an older run from overwriting a
 * newer one. What remains open is one round trip: an older run's update that GitHub applies after
 * a newer run has written and checked (GitHub offers no compare-and-swap to close it).
 *
 * Core code: no `@actions/core` here.
 */
import { UserError } from '../errors.js';
import { toGitHubUserError, type GitHubClient } from './client.js';

/**
 * GitHub refuses a longer comment body: 422 "Body is too long (maximum is 65536 characters)"
 * (REST API, create or update an issue comment). It counts characters; a JavaScript length
 * (UTF-16 code units) is never smaller, so a body within it by `.length` is within GitHub's.
 */
export const COMMENT_BODY_LIMIT = 65536;

/** Pages of 100 comments searched for ours: 5000 comments, more than any pull request has. */
export const MAX_COMMENT_PAGES = 50;

/** List-and-fix rounds before giving up on converging (each round is a list and a few writes). */
const MAX_ROUNDS = 6;

/** Which run wrote a comment: a later run (higher id, or same id and higher attempt) wins. */
export interface CommentStamp {
  /**
   * GITHUB_RUN_ID: "a unique number for each workflow run within a repository", kept by re-runs
   * (GitHub's variables reference). GitHub allocates them in increasing order, so a later run has
   * a higher one; 0 outside Actions, older than any run.
   */
  runId: number;
  /** GITHUB_RUN_ATTEMPT: 1, then 2… on re-runs of the same run. */
  runAttempt: number;
  /** The commit reported on, for people reading the source of the comment. */
  sha: string | null;
}

/** What {@link upsertPullRequestComment} did. */
export interface UpsertResult {
  /**
   * `created`: our new comment is the one; `updated`: an existing comment now holds our body;
   * `unchanged`: it held our body already; `stale`: a newer run wrote the comment, left alone;
   * `forbidden`: the token may not write it (a fork's pull request), nothing was posted.
   */
  action: 'created' | 'updated' | 'unchanged' | 'stale' | 'forbidden';
  /** The comment's id (not for `forbidden`). */
  id?: number;
  /** The comment's page (not for `forbidden`). */
  url?: string;
  /** One line for the log: why stale or forbidden. */
  message?: string;
}

/** Options of {@link upsertPullRequestComment}. */
export interface UpsertOptions {
  owner: string;
  repo: string;
  /** The pull request's number (its issue number). */
  issue: number;
  /** Tells our comments apart: the check name, or `gates-enforcer`. Different keys, different comments. */
  key: string;
  /** Markdown. Cut at a line boundary, with a note, when the whole comment would pass GitHub's limit. */
  body: string;
  stamp: CommentStamp;
  /** Receives one line per notable step (duplicates removed, a cut body). */
  log?: (message: string) => void;
}

const MARKER_PREFIX = '<!-- phase-gates:comment ';
const STAMP_RE = /^<!-- phase-gates:stamp run=(\d+) attempt=(\d+) sha=(\S+) -->/;

/**
 * The hidden HTML comment that starts every comment of `key`. The key is percent-encoded where it
 * could end or break an HTML comment (`>`, `--`, `%`, spaces and controls), so any key works.
 */
export function commentMarker(key: string): string {
  const name = key.trim();
  if (!name) throw new UserError('the pull request comment needs a non-empty key (the check name, or gates-enforcer)');
  // A check run's name is at most a few dozen characters; a longer key is a mistake, not a name.
  if (name.length > 200) throw new UserError(`the pull request comment key is ${name.length} characters long, over 200`);
  const encoded = name.replace(/[%<>\s\p{Cc}]|-(?=-)|-$/gu, (c) =>
    [...Buffer.from(c, 'utf8')].map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join('')
  );
  return `${MARKER_PREFIX}${encoded} -->`;
}

function stampMarker(stamp: CommentStamp): string {
  const sha = stamp.sha && /^[0-9a-f]{7,64}$/i.test(stamp.sha) ? stamp.sha.toLowerCase() : '-';
  return `<!-- phase-gates:stamp run=${stamp.runId} attempt=${stamp.runAttempt} sha=${sha} -->`;
}

/**
 * The stamp a comment body carries after `marker`; a body without one (hand-edited, or written by
 * an older version) reads as run 0, older than any run.
 */
function stampOf(body: string, marker: string): CommentStamp {
  const m = STAMP_RE.exec(body.slice(marker.length));
  if (!m) return { runId: 0, runAttempt: 0, sha: null };
  return { runId: Number(m[1]), runAttempt: Number(m[2]), sha: m[3] === '-' ? null : m[3] };
}

/** > 0 when `a` is the later run, 0 for the same run and attempt. */
function compareStamps(a: CommentStamp, b: CommentStamp): number {
  return a.runId - b.runId || a.runAttempt - b.runAttempt;
}

function describeStamp(s: CommentStamp): string {
  return `run ${s.runId} attempt ${s.runAttempt}${s.sha ? ` (${s.sha.slice(0, 12)})` : ''}`;
}

/**
 * The whole comment: marker and stamp on the first line (a CommonMark HTML block of type 2 ends
 * with the line holding `-->`, so the text after it renders as usual), then `body`, cut to
 * GitHub's limit at a line boundary with a visible note. The markers come first, so a cut never
 * touches them; a code fence left open by the cut is closed before the note.
 */
export function composeCommentBody(key: string, stamp: CommentStamp, body: string, limit = COMMENT_BODY_LIMIT): string {
  const head = `${commentMarker(key)}${stampMarker(stamp)}\n`;
  const text = body.replace(/\r\n?/g, '\n');
  if (head.length + text.length <= limit) return head + text;
  const lines = text.split('\n').length;
  const note = (kept: number) => `\n\n_… cut here: a GitHub comment holds ${limit} characters; ${kept} of ${lines} lines shown._`;
  // Room for the note with the largest kept count, and a closing fence.
  const room = limit - head.length - note(lines).length - '\n```'.length;
  let cut = text.slice(0, Math.max(0, room));
  const newline = cut.lastIndexOf('\n');
  if (newline > 0) cut = cut.slice(0, newline);
  else if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1); // one long line: never half a surrogate pair
  const fences = cut.split('\n').filter((l) => /^\s{0,3}(```|~~~)/.test(l)).length;
  const kept = cut === '' ? 0 : cut.split('\n').length;
  return head + cut + (fences % 2 === 1 ? '\n```' : '') + note(kept);
}

interface Marked {
  id: number;
  body: string;
  url: string;
  stamp: CommentStamp;
}

interface RequestErrorLike {
  status: number;
  response?: { headers?: Record<string, string | undefined>; data?: { message?: unknown } };
}

function statusOf(err: unknown): number | undefined {
  const e = err as Partial<RequestErrorLike> | null;
  return e && typeof e === 'object' && typeof e.status === 'number' && e.response ? e.status : undefined;
}

/**
 * A 403 that is not a rate limit (GitHub: "Resource not accessible by integration" for a read-only
 * GITHUB_TOKEN, as on a fork's pull request; "Unable to create comment because issue is locked"),
 * or a 404 (a token that cannot see the repository or the pull request).
 */
function isForbidden(err: unknown): boolean {
  const status = statusOf(err);
  if (status === 404) return true;
  if (status !== 403) return false;
  const e = err as RequestErrorLike;
  const message = typeof e.response?.data?.message === 'string' ? e.response.data.message : '';
  return e.response?.headers?.['x-ratelimit-remaining'] !== '0' && !/rate limit/i.test(message);
}

/**
 * Creates or updates the one comment of `o.key` on pull request `o.issue`, removing duplicates
 * that concurrent runs left. Never throws for a token that may not comment (→ `forbidden`).
 * @throws UserError naming `token` for other API failures (401, 5xx after retries, unreachable).
 */
export async function upsertPullRequestComment(client: GitHubClient, o: UpsertOptions): Promise<UpsertResult> {
  const log = o.log ?? (() => undefined);
  if (!Number.isSafeInteger(o.issue) || o.issue <= 0) throw new UserError(`the pull request number must be a positive whole number, got ${String(o.issue)}`);
  if (!/^[\w.-]+$/.test(o.owner) || !/^[\w.-]+$/.test(o.repo)) throw new UserError(`the repository must be owner/name, got "${o.owner}/${o.repo}"`);
  const where = `${o.owner}/${o.repo}#${o.issue}`;
  const marker = commentMarker(o.key);
  const ours: CommentStamp = {
    runId: wholeOrZero(o.stamp.runId),
    runAttempt: wholeOrZero(o.stamp.runAttempt),
    sha: o.stamp.sha
  };
  const body = composeCommentBody(o.key, ours, o.body);
  if (!body.endsWith(o.body.replace(/\r\n?/g, '\n'))) log(`the pull request comment was cut to GitHub's ${COMMENT_BODY_LIMIT} characters`);
  const params = { owner: o.owner, repo: o.repo };

  /**
   * Our key's comments, oldest first ("Issue comments are ordered by ascending ID", GitHub's REST
   * reference; sorted again all the same); only their id, body and link are kept (bounded memory).
   */
  async function listMarked(): Promise<Marked[]> {
    const found: Marked[] = [];
    let pages = 0;
    for await (const page of client.paginate.iterator('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', {
      ...params,
      issue_number: o.issue,
      per_page: 100
    })) {
      for (const c of page.data) {
        const text = c.body ?? '';
        if (text.startsWith(marker)) found.push({ id: Number(c.id), body: text, url: c.html_url, stamp: stampOf(text, marker) });
      }
      if (++pages >= MAX_COMMENT_PAGES) {
        log(`searched the first ${MAX_COMMENT_PAGES * 100} comments of ${where} for ours`);
        break;
      }
    }
    return found.sort((a, b) => a.id - b.id);
  }

  /** Deletes a comment; one already gone (another run deleted it) is fine. */
  async function remove(id: number): Promise<void> {
    try {
      await client.request('DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}', { ...params, comment_id: id });
    } catch (err) {
      if (statusOf(err) !== 404) throw err;
    }
  }

  let createdId: number | undefined;
  let wrote = false;
  try {
    let last: Marked | undefined;
    for (let round = 0; round < MAX_ROUNDS; round++) {
      const marked = await listMarked();
      if (marked.length === 0) {
        const created = await client.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', { ...params, issue_number: o.issue, body });
        createdId = Number(created.data.id);
        last = { id: createdId, body, url: created.data.html_url, stamp: ours };
        continue; // list again: a concurrent run may have created one too
      }
      const target = marked[0];
      last = target;
      const newest = marked.reduce((a, b) => (compareStamps(b.stamp, a.stamp) > 0 ? b : a));
      const duplicates = marked.slice(1);
      if (compareStamps(newest.stamp, ours) > 0) {
        // A newer run wrote: leave its text alone, but remove the duplicates (ours among them).
        for (const d of duplicates) await remove(d.id);
        if (duplicates.length) log(`removed ${duplicates.length} duplicate pull request comment(s) on ${where}`);
        return {
          action: 'stale',
          id: target.id,
          url: target.url,
          message: `the pull request comment on ${where} is from ${describeStamp(newest.stamp)}, newer than ${describeStamp(ours)}: left as it is`
        };
      }
      let changed = duplicates.length > 0;
      if (target.body !== body) {
        changed = true;
        try {
          // Read it again just before writing: the list may be pages and moments old, and a newer
          // run may have written since. This leaves one round trip open, not the whole list.
          const now = await client.request('GET /repos/{owner}/{repo}/issues/comments/{comment_id}', { ...params, comment_id: target.id });
          if (compareStamps(stampOf(now.data.body ?? '', marker), ours) > 0) continue; // the next round returns stale
          await client.request('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', { ...params, comment_id: target.id, body });
          wrote = true;
        } catch (err) {
          // Deleted in between (by a person): the next round finds or creates another.
          if (statusOf(err) !== 404) throw err;
        }
      }
      for (const d of duplicates) await remove(d.id);
      if (duplicates.length) log(`removed ${duplicates.length} duplicate pull request comment(s) on ${where}`);
      if (!changed) {
        const action = target.id === createdId ? 'created' : wrote || createdId !== undefined ? 'updated' : 'unchanged';
        return { action, id: target.id, url: target.url };
      }
      // Something was written: list again to see that no concurrent run undid it.
    }
    log(`the pull request comment on ${where} was still being changed by another run after ${MAX_ROUNDS} rounds`);
    const id = last?.id;
    return { action: id === createdId ? 'created' : 'updated', id, url: last?.url };
  } catch (err) {
    // Forbidden before anything was written: nothing is left half-way.
    if (isForbidden(err) && !wrote && createdId === undefined) {
      const e = err as RequestErrorLike;
      const said = typeof e.response?.data?.message === 'string' ? e.response.data.message.replace(/\s+/g, ' ').replace(/\.$/, '') : 'forbidden';
      const why =
        statusOf(err) === 404
          ? 'the token cannot see the repository or the pull request'
          : 'the token may not comment: a pull request from a fork gets a read-only GITHUB_TOKEN, or the job lacks `pull-requests: write`';
      return {
        action: 'forbidden',
        message: `no pull request comment on ${where}: GitHub answered ${statusOf(err)}: ${said} (${why}); the report is in the job summary`
      };
    }
    throw toGitHubUserError(client, err, { input: 'token', doing: `writing the pull request comment on ${where}` });
  }
}

function wholeOrZero(n: number): number {
  return Number.isSafeInteger(n) && n > 0 ? n : 0;
}
