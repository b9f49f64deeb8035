/**
 * gates-enforcer on a pull request (issue 16): the lines the change adds, the base branch's
 * figures, the one pull-request comment and the annotations on uncovered new lines. Each part
 * is loaded on demand: a run that gates on absolute figures pays for none of it.
 */
import type { Host } from '../host.js';
import { UserError } from '../errors.js';
import { GatesInputs as I, Defaults } from '../constants.js';
import { input } from '../inputs.js';
import type { Gate } from '../gates/grammar.js';
import { metricInfo } from '../gates/metrics.js';
import type { CoverageAccumulator } from '../reports/coverage/model.js';
import type { ChangeSet } from '../change/diff.js';
import type { PullRequestRef } from '../change/index.js';
import type { GitHubClient } from '../github/client.js';
import type { BaseFigures } from '../gates/base.js';
import type { PullRequestContext } from '../github/pull-request.js';
import type { RelativeInputs } from '../gates/relative.js';
import { byUncovered, lineRuns } from '../gates/report.js';
import type { PatchCoverage } from '../change/patch-coverage.js';

/** GitHub shows at most 10 warning annotations of a step (and 10 errors, 10 notices; 50 a job). */
export const STEP_WARNING_ANNOTATIONS = 10;

/** One client per run and token: alerts, the change, the base, the check run and the comment share it. */
const clients = new WeakMap<Host, Map<string, GitHubClient>>();

/**
 * A GitHub client for an input that needs the API. Loaded on demand: runs that read only files do
 * not pay for Octokit at start-up.
 */
export async function github(host: Host, token: string, needs: string) {
  if (!token) {
    throw new UserError(`${needs} needs a token`, { input: I.Token, hint: 'the default is ${{ github.token }}; on the command line pass --token' });
  }
  const { createGitHubClient, clientOptionsFromEnv, repoFromEnv } = await import('../github/client.js');
  try {
    const repo = repoFromEnv(host.env);
    let byToken = clients.get(host);
    if (!byToken) clients.set(host, (byToken = new Map()));
    let client = byToken.get(token);
    if (!client) byToken.set(token, (client = createGitHubClient({ token, ...clientOptionsFromEnv(host.env), log: (m) => host.info(m) })));
    return { client, repo };
  } catch (err) {
    throw UserError.attribute(err, { input: needs });
  }
}

export interface ChangeContext {
  pr: PullRequestContext | null;
  /** `base-ref`, else the pull request's base branch; '' when neither. */
  baseRef: string;
  token: string;
  comment: boolean;
}

/** What the run knows of its pull request and base branch. */
export async function changeContext(host: Host, token: string, comment: boolean): Promise<ChangeContext> {
  const { pullRequestFromEnv, completePullRequest } = await import('../github/pull-request.js');
  let pr = pullRequestFromEnv(host.env);
  // A comment's event (issue_comment) names the pull request, not its base: the API does.
  if (pr && !pr.baseRef && token) {
    try {
      const { client, repo } = await github(host, token, I.BaseRef);
      pr = await completePullRequest(client, repo.owner, repo.repo, pr);
    } catch (err) {
      // Without its base, the relative gates say so (no data): not a reason to fail the others.
      if (!(err instanceof UserError)) throw err;
      host.info(`Pull request #${pr.number}: ${err.message}`);
    }
  }
  const baseRef = input(host, I.BaseRef) || host.env.GITHUB_BASE_REF || pr?.baseRef || '';
  // Without a token there is nothing to post with: the job summary has the same.
  if (pr && comment && !token) host.info(`No pull-request comment: no ${I.Token}`);
  return { pr, baseRef, token, comment: comment && pr !== null && token !== '' };
}

/** Whether a gate needs the change (`change`) or the base (`base`). */
export function relativeNeeds(gates: Gate[]): { change: boolean; base: boolean } {
  return {
    change: gates.some((g) => metricInfo(g.metric)?.relative === 'change'),
    base: gates.some((g) => metricInfo(g.metric)?.relative === 'base')
  };
}

/**
 * The lines the change adds, and their coverage: from git (merge base of `base-ref` and HEAD),
 * or, when git cannot tell and the run is a pull request with a token, from its files through
 * the API. Without a base to diff against, the reason, for the `no data` of `coverage_new`.
 */
export async function measureChange(
  host: Host,
  ctx: ChangeContext,
  coverage: CoverageAccumulator | undefined
): Promise<Pick<RelativeInputs, 'patch' | 'patchWhy' | 'changeSource'> & { change?: ChangeSet }> {
  if (!coverage) return { patch: null, patchWhy: `no ${I.CoverageFiles}` };
  if (!ctx.baseRef) {
    return { patch: null, patchWhy: `not a pull request, and no ${I.BaseRef}: nothing to compare the commit with` };
  }
  const { readChange, patchCoverage, describeNoPatchData } = await import('../change/index.js');
  // git in a checkout (its errors are the user's to fix: a base it cannot fetch); without one, the
  // pull request's files through the API.
  let pullRequest: PullRequestRef | undefined;
  if (ctx.pr && ctx.token) {
    const { client, repo } = await github(host, ctx.token, I.BaseRef);
    pullRequest = { client, owner: repo.owner, repo: repo.repo, pull: ctx.pr.number, base: ctx.pr.baseSha ?? undefined, head: ctx.pr.headSha ?? undefined };
  }
  const change = await readChange({
    cwd: host.workspace,
    baseRef: ctx.baseRef,
    input: I.BaseRef,
    log: (m: string) => host.info(m),
    env: { ...host.env } as NodeJS.ProcessEnv,
    pullRequest
  });
  const patch = patchCoverage(coverage, change);
  const changeSource =
    change.source === 'git' ? `git diff ${change.base.slice(0, 7)}...${change.head.slice(0, 7)}` : `pull request #${ctx.pr?.number} files`;
  host.info(`The change (${changeSource}): ${patch.addedLines} lines added to ${patch.changedFiles} files; ${patch.lines.total} of them measured by the coverage reports`);
  if (patch.lines.total === 0) {
    return { patch, change, changeSource, patchWhy: describeNoPatchData(patch, change, { change: I.BaseRef, coverage: I.CoverageFiles }) };
  }
  return { patch, change, changeSource };
}

/**
 * The base branch's gates report: the `base-report` file; else, with a token on a pull request,
 * the `base-artifact` of the base branch's latest successful run of this workflow, or the report
 * embedded in the check run `check-name` on the base commit. Null with the reason when none.
 */
export async function findBase(host: Host, ctx: ChangeContext, baseSha: string | null): Promise<{ base: BaseFigures | null; baseWhy?: string }> {
  const given = input(host, I.BaseReport);
  const baseMod = await import('../gates/base.js');
  if (given) return { base: await baseMod.baseFromFile(host.workspace, given, I.BaseReport) };
  if (!ctx.token) return { base: null, baseWhy: `no ${I.BaseReport}, and no token to find the base branch's report` };
  const branch = ctx.pr?.baseRef ?? ctx.baseRef;
  if (!branch) return { base: null, baseWhy: `no ${I.BaseReport}, and not a pull request` };
  const { client, repo } = await github(host, ctx.token, I.BaseArtifact);
  const artifact = input(host, I.BaseArtifact, Defaults.BaseArtifact);
  const workflow = /^[^/]+\/[^/]+\/\.github\/workflows\/([^@]+)@/.exec(host.env.GITHUB_WORKFLOW_REF ?? '')?.[1];
  if (artifact && artifact !== 'none') {
    const found = await baseMod.baseFromArtifact(client, { owner: repo.owner, repo: repo.repo, branch, artifact, workflow, input: I.BaseArtifact, log: (m) => host.info(m) });
    if (found) return { base: found };
  }
  const checkName = input(host, I.CheckName);
  const ref = baseSha ?? ctx.pr?.baseSha ?? null;
  if (checkName && ref) {
    const found = await baseMod.baseFromCheckRun(client, { owner: repo.owner, repo: repo.repo, ref, checkName, input: I.CheckName, log: (m) => host.info(m) });
    if (found) return { base: found };
  }
  return {
    base: null,
    baseWhy: `no ${I.BaseReport}, no artifact ${artifact} of a successful run on ${branch}${checkName ? `, no check run ${checkName} with a report on the base commit` : ''}`
  };
}

/**
 * Annotations on the new lines no test ran, one per range, within what GitHub shows of a step
 * (`budget` warnings): the last one says how many more the summary lists.
 */
export function annotateUncovered(host: Host, patch: PatchCoverage | null, budget: number): void {
  const ranges = byUncovered(patch?.files ?? []).flatMap((f) => lineRuns(f.uncovered).map(([start, end]) => ({ path: f.path, start, end })));
  if (budget <= 0 || !ranges.length) return;
  const shown = ranges.slice(0, budget);
  shown.forEach((r, i) => {
    const lines = r.start === r.end ? `Added line ${r.start} is` : `Added lines ${r.start}-${r.end} are`;
    const more = i === shown.length - 1 && ranges.length > shown.length ? ` (and ${ranges.length - shown.length} more uncovered ranges: see the job summary)` : '';
    host.annotate('warning', `${lines} not covered by tests${more}`, { file: r.path, startLine: r.start, endLine: r.end, title: 'coverage_new' });
  });
}

/**
 * The one pull-request comment: created once, updated on every run. A pull request from a fork
 * (a read-only token) gets a notice and the job summary, not an error.
 */
export async function postComment(host: Host, ctx: ChangeContext, key: string, body: string): Promise<void> {
  if (!ctx.pr || !ctx.comment) return;
  const { upsertPullRequestComment } = await import('../github/pr-comment.js');
  const { client, repo } = await github(host, ctx.token, I.Comment);
  const result = await upsertPullRequestComment(client, {
    owner: repo.owner,
    repo: repo.repo,
    issue: ctx.pr.number,
    key,
    body,
    stamp: { runId: Number(host.env.GITHUB_RUN_ID ?? 0) || 0, runAttempt: Number(host.env.GITHUB_RUN_ATTEMPT ?? 1) || 1, sha: host.env.GITHUB_SHA ?? null },
    log: (m) => host.info(m)
  });
  if (result.action === 'forbidden') {
    host.annotate('notice', `No pull-request comment: ${result.message ?? 'the token may not write to this pull request'}; the gates are in the job summary`, {
      title: 'phase-gates'
    });
  } else if (result.action === 'stale') {
    host.info(`Pull-request comment left as it is: a newer run wrote it (${result.url ?? ''})`);
  } else {
    host.info(`Pull-request comment ${result.action}: ${result.url ?? ''}`);
  }
}

/** The comment's key: two gates-enforcer steps (Phase 05 and Phase 07) keep a comment each. `phaseFile` as shown. */
export function commentKey(host: Host, phaseFile: string | null): string {
  const check = input(host, I.CheckName);
  if (check) return `gates-enforcer:${check}`;
  if (phaseFile) return `gates-enforcer:${phaseFile}`;
  return 'gates-enforcer';
}
