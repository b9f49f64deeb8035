/**
 * The pull request a workflow run is about, read from the runner's environment: the event name,
 * the webhook payload at GITHUB_EVENT_PATH and the refs GitHub Actions sets.
 *
 * GitHub's "Events that trigger workflows" and "Variables" references:
 * - `pull_request`: GITHUB_REF is `refs/pull/<n>/merge`, GITHUB_BASE_REF and GITHUB_HEAD_REF are
 *   the branch names, the payload's `pull_request` holds base and head (sha, ref, repo). A run for
 *   a pull request from a fork gets a read-only GITHUB_TOKEN.
 * - `pull_request_target`: the same payload, but the run is in the base repository's context
 *   (GITHUB_REF is the base branch) with a token that can write, forks included.
 * - `issue_comment`: GITHUB_REF is the default branch; the payload's `issue` is the pull request
 *   when `issue.pull_request` is present. It carries neither base nor head: completePullRequest
 *   asks the REST API for them.
 * - `merge_group`: a merge queue's temporary branch, not a pull request: no comment to write.
 *
 * Core code: no `@actions/core` or `@actions/github` context here; the caller passes the environment.
 * Reading the environment sends nothing; only completePullRequest calls GitHub.
 */
import fs from 'node:fs';
import { UserError } from '../errors.js';
import { withGitHubErrors, type GitHubClient } from './client.js';

/** The pull request of a run. */
export interface PullRequestContext {
  /** The pull request's number, also its issue number for comments. */
  number: number;
  /** The branch it merges into, e.g. `main`; empty when the event does not say (issue_comment: {@link completePullRequest}). */
  baseRef: string;
  /** The base branch's commit the payload names; null when it does not. */
  baseSha: string | null;
  /** The head commit; null when the event does not say. */
  headSha: string | null;
  /** `owner/name` of the repository the head branch lives in; null when unknown or deleted. */
  headRepo: string | null;
  /**
   * The head is in another repository than the run's (a fork). Under `pull_request` GitHub then
   * gives a read-only token; a deleted fork (head.repo null) counts as a fork.
   */
  fork: boolean;
  /** The pull request's page, when the payload gives it. */
  url: string | null;
}

/** Webhook payloads are at most 25 MB (GitHub caps deliveries there); anything larger is not one. */
const MAX_PAYLOAD_BYTES = 25 * 1024 * 1024;

type Json = Record<string, unknown>;

/**
 * The pull request of this run, or null when the run is not for one (push, schedule, merge_group,
 * a comment on a plain issue, the command line outside Actions).
 * @throws UserError naming GITHUB_EVENT_PATH when the payload file is unreadable or not JSON, or
 *   when a pull request event carries no pull request number anywhere.
 */
export function pullRequestFromEnv(env: Record<string, string | undefined>): PullRequestContext | null {
  const event = env.GITHUB_EVENT_NAME?.trim() ?? '';
  if (event !== 'pull_request' && event !== 'pull_request_target' && event !== 'issue_comment') return null;
  const payload = readPayload(env.GITHUB_EVENT_PATH);
  const repository = env.GITHUB_REPOSITORY?.trim() || str(obj(payload?.repository)?.full_name) || null;

  if (event === 'issue_comment') {
    const issue = obj(payload?.issue);
    // Only a comment on a pull request concerns us: its issue has a `pull_request` object.
    if (!issue || !obj(issue.pull_request)) return null;
    const number = positiveInt(issue.number);
    if (number === null) throw new UserError('the issue_comment payload has no issue number', { file: env.GITHUB_EVENT_PATH });
    return {
      number,
      baseRef: '',
      baseSha: null,
      headSha: null,
      headRepo: null,
      fork: false,
      url: str(obj(issue.pull_request)?.html_url) ?? str(issue.html_url)
    };
  }

  const pr = obj(payload?.pull_request);
  const base = obj(pr?.base);
  const head = obj(pr?.head);
  const number = positiveInt(pr?.number) ?? positiveInt(payload?.number) ?? numberFromRef(env.GITHUB_REF);
  if (number === null) {
    throw new UserError(`a ${event} run whose payload and GITHUB_REF name no pull request number`, {
      file: env.GITHUB_EVENT_PATH,
      hint: 'GITHUB_EVENT_PATH should be the webhook payload GitHub Actions writes'
    });
  }
  const headRepo = pr ? str(obj(head?.repo)?.full_name) : null;
  const baseRepo = str(obj(base?.repo)?.full_name) ?? repository;
  return {
    number,
    baseRef: str(base?.ref) ?? env.GITHUB_BASE_REF?.trim() ?? '',
    baseSha: str(base?.sha),
    headSha: str(head?.sha),
    headRepo,
    // Repository names are case-insensitive on GitHub. Without a payload we cannot tell: not a fork.
    fork: pr ? headRepo === null || baseRepo === null || headRepo.toLowerCase() !== baseRepo.toLowerCase() : false,
    url: str(pr?.html_url)
  };
}

/**
 * `pr` with what its event left out (an issue_comment run names no base or head) filled in from
 * GET /repos/{owner}/{repo}/pulls/{number}; returned as it is when it has a base branch and a head
 * commit already, without a request.
 * @throws UserError naming `token` when GitHub refuses (the job needs `pull-requests: read`) or
 *   fails.
 */
export async function completePullRequest(client: GitHubClient, owner: string, repo: string, pr: PullRequestContext): Promise<PullRequestContext> {
  if (pr.baseRef && pr.headSha) return pr;
  const { data } = await withGitHubErrors(
    client,
    {
      input: 'token',
      doing: `reading pull request ${owner}/${repo}#${pr.number}`,
      forbiddenHint: 'the job needs `pull-requests: read`',
      notFoundHint: 'the pull request does not exist, or the token cannot see it'
    },
    () => client.request('GET /repos/{owner}/{repo}/pulls/{pull_number}', { owner, repo, pull_number: pr.number })
  );
  // GitHub sends head.repo null when the fork was deleted, whatever its description says.
  const headRepo = (data.head.repo as { full_name?: string } | null)?.full_name ?? null;
  const baseRepo = data.base.repo.full_name;
  return {
    number: pr.number,
    baseRef: data.base.ref,
    baseSha: data.base.sha,
    headSha: data.head.sha,
    headRepo,
    fork: headRepo === null || headRepo.toLowerCase() !== baseRepo.toLowerCase(),
    url: data.html_url
  };
}

/** `refs/pull/<n>/merge` (or `/head`) → n. */
function numberFromRef(ref: string | undefined): number | null {
  const m = /^refs\/pull\/(\d+)\/(?:merge|head)$/.exec(ref?.trim() ?? '');
  return m ? positiveInt(Number(m[1])) : null;
}

function readPayload(file: string | undefined): Json | null {
  if (!file?.trim()) return null;
  let text: string;
  try {
    const size = fs.statSync(file).size;
    if (size > MAX_PAYLOAD_BYTES) throw new UserError(`the event payload is ${size} bytes, over GitHub's 25 MB`, { file });
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    if (err instanceof UserError) throw err;
    throw new UserError(`cannot read the event payload: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`, {
      file,
      hint: 'GITHUB_EVENT_PATH should be the webhook payload GitHub Actions writes'
    });
  }
  try {
    const parsed: unknown = JSON.parse(text);
    return obj(parsed);
  } catch (err) {
    throw new UserError(`the event payload is not JSON: ${(err as Error).message}`, { file });
  }
}

function obj(v: unknown): Json | null {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : null;
}

function str(v: unknown): string | null {
  return typeof v === 'string' && v !== '' ? v : null;
}

function positiveInt(v: unknown): number | null {
  return typeof v === 'number' && Number.isSafeInteger(v) && v > 0 ? v : null;
}
