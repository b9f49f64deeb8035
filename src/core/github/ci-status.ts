/**
 * "CI green": every check run and commit status on a commit is completed and successful, and every
 * check the base branch requires is among them — what GitHub's merge box shows, read through the
 * Checks and Statuses APIs. deploy's pre-deploy check `ci` reads the deployed commit; the root
 * action's Phase 07 gate `base_ci_green` reads the base branch's head.
 *
 * How GitHub judges, and so how this does:
 * - a check run passes with the conclusion `success`, `neutral` or `skipped`; any other conclusion
 *   (`failure`, `cancelled`, `timed_out`, `action_required`, `stale`, …) fails; one not completed
 *   (`queued`, `in_progress`, `waiting`, `requested`, `pending`) is pending;
 * - a commit status passes with `success`, is pending with `pending`, fails with `failure` or `error`;
 * - only the latest check run of a name counts (`filter=latest`, a re-run replaces the run it
 *   re-ran), and only the latest status of a context (the combined status).
 * - required checks come from classic branch protection (`protection.required_status_checks` of
 *   GET /branches/{branch}, which any reader of the repository sees, unlike GET …/protection, which
 *   needs administration rights a GITHUB_TOKEN never has) and from rulesets (GET /rules/branches/{branch}).
 *
 * Core code: the client is loaded only when there is a token.
 */
import { UserError } from '../errors.js';
import type { GitHubClient } from './client.js';

/** What the `ci` check reports (deploy adds its id and title). */
export interface CiCheckOutcome {
  status: 'pass' | 'fail' | 'skip';
  detail: string;
}

/** One check run or commit status, as judged. */
export interface CiItem {
  kind: 'check run' | 'status';
  name: string;
  state: 'pass' | 'fail' | 'pending';
  /** The conclusion, status or state GitHub gave, e.g. `failure`, `in_progress`, `error`. */
  said: string;
  /** The GitHub App of a check run; undefined for a commit status. */
  appId?: number;
  /** A job of the workflow run this step belongs to (GITHUB_RUN_ID, GITHUB_JOB). */
  thisRun: boolean;
}

/** A check the base branch requires. */
export interface RequiredCheck {
  context: string;
  /** Only a check run of this GitHub App satisfies it; undefined or null: any source. */
  appId?: number | null;
  /** Where the requirement comes from: `branch protection` or `ruleset <id>`. */
  source: string;
}

/** The base branch, and why it is the one. */
export interface BaseBranch {
  /** Undefined: the repository's default branch, read through the API. */
  name?: string;
  why: string;
}

/**
 * The branch whose required checks apply: the branch deployed on a push or workflow_dispatch
 * (GITHUB_REF_NAME), else a pull request's base (GITHUB_BASE_REF), else the repository's default
 * branch (a tag push, a release, a schedule, the command line).
 */
export function baseBranchOf(env: Readonly<Record<string, string | undefined>>): BaseBranch {
  const event = env.GITHUB_EVENT_NAME?.trim() ?? '';
  const refName = env.GITHUB_REF_NAME?.trim() ?? '';
  const onBranch = env.GITHUB_REF_TYPE ? env.GITHUB_REF_TYPE === 'branch' : (env.GITHUB_REF ?? '').startsWith('refs/heads/');
  if ((event === 'push' || event === 'workflow_dispatch') && refName && onBranch) {
    return { name: refName, why: event === 'push' ? 'the branch pushed' : 'the branch the workflow was dispatched on' };
  }
  const baseRef = env.GITHUB_BASE_REF?.trim();
  if (baseRef) return { name: baseRef, why: "the pull request's base" };
  return { why: 'the default branch' };
}

/** Conclusions GitHub counts as passing (the merge box: success, neutral, skipped). */
const PASSING = new Set(['success', 'neutral', 'skipped']);

/** A check run's verdict. */
export function judgeCheckRun(run: { status?: string | null; conclusion?: string | null }): CiItem['state'] {
  if (run.status !== 'completed') return 'pending';
  return PASSING.has(run.conclusion ?? '') ? 'pass' : 'fail';
}

/** A commit status's verdict. */
export function judgeStatus(state: string): CiItem['state'] {
  return state === 'success' ? 'pass' : state === 'pending' ? 'pending' : 'fail';
}

/** Whether a check run belongs to this workflow run: its page is under /actions/runs/<GITHUB_RUN_ID>/, or it is named GITHUB_JOB. */
function ofThisRun(run: { name?: string; details_url?: string | null; html_url?: string | null }, runId: string | undefined, job: string | undefined): boolean {
  if (runId) {
    const mark = new RegExp(`/actions/runs/${runId.replace(/\D/g, '')}(/|$)`);
    if (mark.test(run.details_url ?? '') || mark.test(run.html_url ?? '')) return true;
  }
  return !!job && run.name === job;
}

/** At most this many pages of 100 (check runs, statuses, rules): 2 000 of each is beyond any CI. */
const MAX_PAGES = 20;

/**
 * The check runs (latest of each name) and commit statuses (latest of each context) on `ref`.
 * @throws the API's error (a 403 when the token cannot read them)
 */
export async function readCommitChecks(
  client: GitHubClient,
  repo: { owner: string; repo: string },
  ref: string,
  thisRun: { runId?: string; job?: string } = {}
): Promise<CiItem[]> {
  const items: CiItem[] = [];
  // filter=latest is GitHub's default, said for clarity: a re-run replaces the run it re-ran.
  const latest = new Map<string, { id: number; item: CiItem }>();
  let pages = 0;
  for await (const page of client.paginate.iterator(client.rest.checks.listForRef, { ...repo, ref, filter: 'latest', per_page: 100 })) {
    for (const run of page.data) {
      const item: CiItem = {
        kind: 'check run',
        name: run.name,
        state: judgeCheckRun(run),
        said: run.status === 'completed' ? (run.conclusion ?? 'completed') : run.status,
        appId: run.app?.id,
        thisRun: ofThisRun(run, thisRun.runId, thisRun.job)
      };
      // GitHub's latest is by name; two apps may use one name, so the app is part of the key.
      const key = `${run.app?.id ?? ''}\u0000${run.name}`;
      const seen = latest.get(key);
      if (!seen || seen.id < run.id) latest.set(key, { id: run.id, item });
    }
    if (++pages >= MAX_PAGES) break;
  }
  items.push(...[...latest.values()].map((v) => v.item));
  pages = 0;
  const contexts = new Set<string>();
  // The combined status holds the latest status of each context; its `state` is "pending" when
  // there is none at all, so each status is judged, never the combined state.
  for await (const page of client.paginate.iterator('GET /repos/{owner}/{repo}/commits/{ref}/status', { ...repo, ref, per_page: 100 })) {
    const data = page.data as unknown as { statuses?: Array<{ context: string; state: string }> };
    for (const s of data.statuses ?? []) {
      if (contexts.has(s.context)) continue;
      contexts.add(s.context);
      items.push({ kind: 'status', name: s.context, state: judgeStatus(s.state), said: s.state, thisRun: false });
    }
    if (++pages >= MAX_PAGES) break;
  }
  return items;
}

/** The base branch's required checks and head commit. */
export interface BranchRequirements {
  branch: string;
  /** The branch's head commit; undefined when the branch does not exist. */
  headSha?: string;
  required: RequiredCheck[];
}

/**
 * What `branch` requires (branch protection and rulesets) and its head commit. A branch that does
 * not exist has no protection; rulesets may still name it.
 */
export async function readRequiredChecks(client: GitHubClient, repo: { owner: string; repo: string }, branch: string): Promise<BranchRequirements> {
  const required: RequiredCheck[] = [];
  let headSha: string | undefined;
  try {
    const { data } = await client.rest.repos.getBranch({ ...repo, branch });
    headSha = data.commit.sha;
    const checks = data.protection?.required_status_checks;
    if (checks && checks.enforcement_level !== 'off') {
      const byApp = new Map<string, number | null>();
      for (const c of checks.checks ?? []) byApp.set(c.context, c.app_id ?? null);
      for (const context of new Set([...(checks.contexts ?? []), ...byApp.keys()])) required.push({ context, appId: byApp.get(context) ?? null, source: 'branch protection' });
    }
  } catch (err) {
    if ((err as { status?: number }).status !== 404) throw err;
  }
  let pages = 0;
  for await (const page of client.paginate.iterator(client.rest.repos.getBranchRules, { ...repo, branch, per_page: 100 })) {
    for (const rule of page.data as Array<{ type: string; ruleset_id?: number; parameters?: { required_status_checks?: Array<{ context: string; integration_id?: number }> } }>) {
      if (rule.type !== 'required_status_checks') continue;
      for (const c of rule.parameters?.required_status_checks ?? []) {
        required.push({ context: c.context, appId: c.integration_id ?? null, source: rule.ruleset_id ? `ruleset ${rule.ruleset_id}` : 'a ruleset' });
      }
    }
    if (++pages >= MAX_PAGES) break;
  }
  return { branch, headSha, required };
}

/** Whether `item` satisfies `req`: the same name, and the same app when one is required. */
function satisfies(item: CiItem, req: RequiredCheck): boolean {
  if (item.name !== req.context) return false;
  if (req.appId === undefined || req.appId === null || req.appId === -1) return true;
  return item.kind === 'check run' && item.appId === req.appId;
}

/** The verdict over what a commit carries. */
export interface CiVerdict {
  green: boolean;
  /** Still running, not of this workflow run: worth waiting for. */
  pending: CiItem[];
  failing: CiItem[];
  passing: CiItem[];
  /** Jobs of this workflow run still running: not waited for. */
  ownRunning: CiItem[];
  /** Required and absent from the commit. */
  missing: RequiredCheck[];
  /** Required and only found as a job of this run still running. */
  requiredRunning: RequiredCheck[];
}

/** Judges `items` against `required`. */
export function judgeCi(items: readonly CiItem[], required: readonly RequiredCheck[]): CiVerdict {
  const ownRunning = items.filter((i) => i.thisRun && i.state === 'pending');
  const judged = items.filter((i) => !(i.thisRun && i.state === 'pending'));
  const pending = judged.filter((i) => i.state === 'pending');
  const failing = judged.filter((i) => i.state === 'fail');
  const passing = judged.filter((i) => i.state === 'pass');
  const missing: RequiredCheck[] = [];
  const requiredRunning: RequiredCheck[] = [];
  const seen = new Set<string>();
  for (const req of required) {
    const key = `${req.context}\u0000${req.appId ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (judged.some((i) => satisfies(i, req))) continue;
    if (ownRunning.some((i) => satisfies(i, req))) requiredRunning.push(req);
    else missing.push(req);
  }
  const green = !pending.length && !failing.length && !missing.length && !requiredRunning.length && passing.length > 0;
  return { green, pending, failing, passing, ownRunning, missing, requiredRunning };
}

/** `a, b, c and 4 more`. */
function list(names: readonly string[], max = 6): string {
  const unique = [...new Set(names)];
  return unique.length <= max ? unique.join(', ') : `${unique.slice(0, max).join(', ')} and ${unique.length - max} more`;
}

function counted(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** A duration as a person reads it: `250 ms`, `12 s`, `10 min`, `2.5 min`. */
function minutes(ms: number): string {
  const m = ms / 60_000;
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) return `${Math.round(ms / 1000)} s`;
  return Number.isInteger(m) ? `${m} min` : `${m.toFixed(1)} min`;
}

/** Options of {@link waitForCi}. */
export interface WaitForCiOptions {
  client: GitHubClient;
  repo: { owner: string; repo: string };
  sha: string;
  /** What the branch requires (read once: a rule that changes during the wait is not followed). */
  requirements: BranchRequirements;
  /** How long pending ones are waited for; 0: not at all. */
  waitMs: number;
  runId?: string;
  job?: string;
  signal?: AbortSignal;
  log?: (message: string) => void;
}

/** The outcome of {@link waitForCi}: the verdict and a one-line detail. */
export interface CiResult {
  verdict: CiVerdict;
  green: boolean;
  detail: string;
  /** Whether the run was cancelled while it waited. */
  cancelled: boolean;
}

/**
 * Reads the commit's checks and judges them; while some are pending (and none failed), waits and
 * reads again, with a backoff (the first wait a twentieth of the whole, at least 50 ms and at most
 * 10 s; then ×1.5, at most 60 s), until `waitMs` has passed or `signal` aborts. At most 200 reads.
 */
export async function waitForCi(options: WaitForCiOptions): Promise<CiResult> {
  const { client, repo, sha, requirements, waitMs, signal } = options;
  const started = Date.now();
  const deadline = started + waitMs;
  let pause = Math.min(10_000, Math.max(50, waitMs / 20));
  let verdict: CiVerdict;
  let cancelled = false;
  for (let reads = 1; ; reads++) {
    const items = await readCommitChecks(client, repo, sha, { runId: options.runId, job: options.job });
    verdict = judgeCi(items, requirements.required);
    const waitable = verdict.pending.length > 0 && !verdict.failing.length;
    const left = deadline - Date.now();
    if (!waitable || left <= 0 || reads >= 200) break;
    if (signal?.aborted) {
      cancelled = true;
      break;
    }
    const wait = Math.min(pause, left);
    options.log?.(`CI on ${sha.slice(0, 12)}: waiting ${minutes(wait)} for ${list(verdict.pending.map((i) => i.name))} (${minutes(Date.now() - started)} of ${minutes(waitMs)} waited)`);
    cancelled = !(await sleep(wait, signal));
    if (cancelled) break;
    pause = Math.min(60_000, pause * 1.5);
  }
  return { verdict, green: verdict.green && !cancelled, detail: describe(verdict, { sha, requirements, waitMs, waited: Date.now() - started, cancelled }), cancelled };
}

/** Waits `ms`; false when `signal` aborted first. */
function sleep(ms: number, signal?: AbortSignal): Promise<boolean> {
  if (signal?.aborted) return Promise.resolve(false);
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve(true);
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      resolve(false);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** The one-line detail of a verdict. */
function describe(v: CiVerdict, at: { sha: string; requirements: BranchRequirements; waitMs: number; waited: number; cancelled: boolean }): string {
  const sha = at.sha.slice(0, 12);
  const req = at.requirements;
  const named = (r: RequiredCheck) => `${r.context} (${r.source})`;
  const problems: string[] = [];
  if (v.failing.length) problems.push(`failing: ${list(v.failing.map((i) => `${i.name} (${i.said})`))}`);
  if (v.missing.length) problems.push(`required by ${req.branch} and absent: ${list(v.missing.map(named))}`);
  if (v.requiredRunning.length) problems.push(`required by ${req.branch} and still running in this workflow run: ${list(v.requiredRunning.map((r) => r.context))} (make the deploy job need it)`);
  if (v.pending.length) {
    const how = at.cancelled ? 'cancelled while waiting for' : at.waitMs > 0 ? `still pending after ${minutes(at.waited)} (ci-wait-minutes)` : 'pending, not waited for';
    problems.push(`${how}: ${list(v.pending.map((i) => `${i.name} (${i.said})`))}`);
  }
  const own = v.ownRunning.length ? `; not waited for (this workflow run): ${list(v.ownRunning.map((i) => i.name))}` : '';
  if (problems.length) return `${sha}: ${problems.join('; ')}${own}`;
  if (!v.passing.length) return `${sha}: no check run or commit status outside this workflow run: nothing shows that CI ran on it${own}`;
  const runs = v.passing.filter((i) => i.kind === 'check run').length;
  const statuses = v.passing.length - runs;
  const what = [runs ? counted(runs, 'check run') : '', statuses ? counted(statuses, 'status', 'statuses') : ''].filter(Boolean).join(', ');
  const required = req.required.length ? `all ${req.required.length} required by ${req.branch} present` : `${req.branch} requires none`;
  return `${sha}: ${what} green; ${required}${own}`;
}

/** What the `ci` check needs. */
export interface CiCheckInput {
  /** `require-ci-green`. */
  required: boolean;
  /** A production environment: what cannot be read fails instead of being skipped. */
  production: boolean;
  /** The commit deployed (GITHUB_SHA). */
  sha: string;
  token: string;
  /** GITHUB_REPOSITORY, GITHUB_API_URL, GITHUB_RUN_ID, GITHUB_JOB and the event's refs. */
  env: Readonly<Record<string, string | undefined>>;
  /** `ci-wait-minutes`, in ms. */
  waitMs: number;
  signal?: AbortSignal;
  log?: (message: string) => void;
}

/** GITHUB_REPOSITORY as the runner sets it. */
export const OWNER_REPO = /^[^/\s]+\/[^/\s]+$/;

/** Why GITHUB_REPOSITORY cannot be read from (empty when it can): the ci and approval checks alike. */
export function unreadableRepository(env: Readonly<Record<string, string | undefined>>): string {
  const repository = env.GITHUB_REPOSITORY?.trim();
  return !repository ? 'GITHUB_REPOSITORY is not set' : !OWNER_REPO.test(repository) ? `GITHUB_REPOSITORY is not owner/repo: "${repository}"` : '';
}

/** Why a check of GitHub's is skipped without a token. */
export const LOCAL_RUN = 'not read: no token (a local run on the local ledger; on a runner, token defaults to github.token)';

/** The hint after a 403 on checks or statuses. */
export const CI_SCOPE_HINT = 'the token needs checks: read / statuses: read';

/** The `ci` check: CI green on the deployed commit, with what the base branch requires. Never throws for an API failure: it is the check's detail. */
export async function ciCheck(input: CiCheckInput): Promise<CiCheckOutcome> {
  if (!input.required) return { status: 'skip', detail: 'not required (require-ci-green: false)' };
  // No token at all is a local run on the local ledger (on a runner, token defaults to
  // github.token): nothing of GitHub is read, and the table says so. A token without a repository
  // to read is a misconfigured runner, and production is refused.
  if (!input.token) return { status: 'skip', detail: LOCAL_RUN };
  const missing = unreadableRepository(input.env) || (!input.sha ? 'GITHUB_SHA is not set' : '');
  if (missing) {
    return input.production
      ? { status: 'fail', detail: `cannot read the commit's checks (${missing}), and production requires CI green (give token and GITHUB_REPOSITORY, or require-ci-green: false)` }
      : { status: 'skip', detail: `not read: ${missing} (a local run)` };
  }
  const measured = await measureCi({ ...input, repository: input.env.GITHUB_REPOSITORY!.trim(), ref: input.sha });
  if (measured.error) return { status: 'fail', detail: measured.error };
  const result = measured.result!;
  const v = result.verdict;
  const nothing = !v.passing.length && !v.failing.length && !v.pending.length && !v.missing.length && !v.requiredRunning.length && !result.cancelled;
  // No CI at all: production is refused (nothing shows CI green), elsewhere it is said and skipped.
  if (nothing && !input.production) return { status: 'skip', detail: `${result.detail} (${measured.base})` };
  return { status: result.green ? 'pass' : 'fail', detail: `${result.detail} (${measured.base})` };
}

/** Reads a commit's CI verdict: the requirements of the base branch, then the checks, waited for. */
async function measureCi(input: { token: string; env: Readonly<Record<string, string | undefined>>; repository: string; ref: string | ((req: BranchRequirements) => string | undefined); waitMs: number; signal?: AbortSignal; log?: (m: string) => void }): Promise<{ result?: CiResult; error?: string; base: string; sha?: string }> {
  const { createGitHubClient, clientOptionsFromEnv, toGitHubUserError } = await import('./client.js');
  const [owner, name] = input.repository.split('/');
  const repo = { owner, repo: name };
  const client = createGitHubClient({ token: input.token, ...clientOptionsFromEnv(input.env), log: input.log });
  const base = baseBranchOf(input.env);
  let doing = `reading repository ${input.repository}`;
  let what = `the branches of ${input.repository}`;
  let hint = 'the token needs contents: read';
  let baseText = '';
  try {
    const branch = base.name ?? (await client.rest.repos.get(repo)).data.default_branch;
    baseText = `required checks of ${branch}, ${base.why}`;
    doing = `reading the required checks of ${input.repository}@${branch}`;
    const requirements = await readRequiredChecks(client, repo, branch);
    const sha = typeof input.ref === 'string' ? input.ref : input.ref(requirements);
    if (!sha) return { error: `${branch} (${base.why}) does not exist in ${input.repository}`, base: baseText };
    doing = `reading the check runs and statuses of ${input.repository}@${sha.slice(0, 12)}`;
    what = `the check runs and statuses of ${input.repository}@${sha.slice(0, 12)}`;
    hint = CI_SCOPE_HINT;
    const result = await waitForCi({ client, repo, sha, requirements, waitMs: input.waitMs, runId: input.env.GITHUB_RUN_ID, job: input.env.GITHUB_JOB, signal: input.signal, log: input.log });
    return { result, base: baseText, sha };
  } catch (err) {
    const status = (err as { status?: number }).status;
    if (status === 403 && !/rate limit/i.test(String((err as Error).message))) {
      return { error: `cannot read ${what} (${hint})`, base: baseText };
    }
    // An API failure is the check's detail; anything else is a bug, and stays one.
    const e = toGitHubUserError(client, err, { input: 'token', doing });
    if (!(e instanceof UserError)) throw e;
    return { error: e.message, base: baseText };
  }
}

/** The Phase 07 metric `base_ci_green`: CI green on the base branch's head commit. */
export interface BaseCiGreen {
  /** Undefined when it cannot be measured (no token, no repository). */
  value?: boolean;
  detail: string;
}

/**
 * Measures `base_ci_green`: the base branch ({@link baseBranchOf}) head commit's check runs and
 * statuses, judged as the `ci` check judges the deployed commit (the same code), pending ones waited
 * for up to `waitMs`. Without a token or GITHUB_REPOSITORY there is no value.
 */
export async function measureBaseCiGreen(input: { token: string; env: Readonly<Record<string, string | undefined>>; waitMs: number; signal?: AbortSignal; log?: (m: string) => void }): Promise<BaseCiGreen> {
  const missing = !input.token ? 'no token' : unreadableRepository(input.env);
  if (missing) return { detail: `not measured: ${missing}` };
  const measured = await measureCi({ ...input, repository: input.env.GITHUB_REPOSITORY!.trim(), ref: (req) => req.headSha });
  if (measured.error) return { value: false, detail: measured.error };
  return { value: measured.result!.green, detail: `${measured.result!.detail} (head of the base branch; ${measured.base})` };
}
