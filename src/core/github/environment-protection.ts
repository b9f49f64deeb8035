/**
 * "Restrict who can approve and execute production deployments": the deployment environment exists
 * on GitHub with required reviewers (or, where allowed, a wait timer) and a deployment branch
 * policy, read through the Environments API. deploy's pre-deploy check `approval`.
 *
 * GitHub enforces these rules on a job that names the environment (`environment: production`);
 * this check verifies they are set, so that a deploy job cannot run unreviewed from any branch.
 *
 * Core code: the client is loaded only when there is a token.
 */
import { UserError } from '../errors.js';
import { LOCAL_RUN, unreadableRepository } from './ci-status.js';
import type { GitHubClient } from './client.js';

/** `require-approval`: what the environment must have. */
export type ApprovalRequirement = 'reviewers' | 'reviewers-or-wait-timer' | 'false';

/** The values of `require-approval`. */
export const APPROVAL_REQUIREMENTS: readonly ApprovalRequirement[] = ['reviewers', 'reviewers-or-wait-timer', 'false'];

/** What the `approval` check reports (deploy adds its id and title). */
export interface ApprovalOutcome {
  status: 'pass' | 'fail' | 'skip';
  detail: string;
}

/** An environment's protection, as read. */
export interface EnvironmentProtection {
  /** `@login` for users, `@org/slug` for teams. */
  reviewers: string[];
  /** Whether the user who triggered a deployment may not approve it. */
  preventSelfReview: boolean;
  /** Minutes; 0 when there is no wait timer. */
  waitTimer: number;
  /** null: any branch may deploy. */
  branchPolicy: null | { kind: 'protected' } | { kind: 'custom'; patterns: string[] };
  html_url?: string;
}

interface Reviewer {
  type?: string;
  reviewer?: { login?: string; slug?: string; html_url?: string };
}

/** A reviewer as a person would write it: `@octocat`, `@github/justice-league`. */
function reviewerName(r: Reviewer): string {
  const who = r.reviewer ?? {};
  if (r.type === 'Team' || who.slug) {
    const org = /\/orgs\/([^/]+)\/teams\//.exec(who.html_url ?? '')?.[1];
    return `@${org ? `${org}/` : ''}${who.slug ?? '?'}`;
  }
  return `@${who.login ?? '?'}`;
}

/** At most this many pages of 100 branch policies. */
const MAX_PAGES = 10;

/**
 * Reads environment `name` of `repo`: its protection rules and branch policy (the patterns of a
 * custom policy, paginated).
 * @throws the API's error (404: no such environment; 403: the token cannot read it)
 */
export async function readEnvironmentProtection(client: GitHubClient, repo: { owner: string; repo: string }, name: string): Promise<EnvironmentProtection> {
  // Octokit encodes the name as a path segment (a `/` in it becomes %2F, as GitHub asks).
  const { data } = await client.rest.repos.getEnvironment({ ...repo, environment_name: name });
  const out: EnvironmentProtection = { reviewers: [], preventSelfReview: false, waitTimer: 0, branchPolicy: null, html_url: data.html_url };
  for (const rule of (data.protection_rules ?? []) as Array<{ type: string; wait_timer?: number; prevent_self_review?: boolean; reviewers?: Reviewer[] }>) {
    if (rule.type === 'required_reviewers') {
      out.reviewers.push(...(rule.reviewers ?? []).map(reviewerName));
      out.preventSelfReview ||= rule.prevent_self_review === true;
    } else if (rule.type === 'wait_timer') out.waitTimer = Math.max(out.waitTimer, rule.wait_timer ?? 0);
  }
  const policy = data.deployment_branch_policy;
  if (policy?.protected_branches) out.branchPolicy = { kind: 'protected' };
  else if (policy?.custom_branch_policies) {
    const patterns: string[] = [];
    let pages = 0;
    for await (const page of client.paginate.iterator(client.rest.repos.listDeploymentBranchPolicies, { ...repo, environment_name: name, per_page: 100 })) {
      for (const p of page.data as unknown as Array<{ name?: string; type?: string }>) if (p.name) patterns.push(p.type === 'tag' ? `tag ${p.name}` : p.name);
      if (++pages >= MAX_PAGES) break;
    }
    out.branchPolicy = { kind: 'custom', patterns };
  }
  return out;
}

/** What the `approval` check needs. */
export interface ApprovalCheckInput {
  /** `require-approval`. */
  requirement: ApprovalRequirement;
  environment: string;
  production: boolean;
  token: string;
  /** GITHUB_REPOSITORY and GITHUB_API_URL. */
  env: Readonly<Record<string, string | undefined>>;
  log?: (message: string) => void;
}

/** The hint after a 403 on an environment. */
export const APPROVAL_SCOPE_HINT = 'the token needs actions: read';

/** Judges `p` against `requirement`; the detail names the reviewers, the timer and the branch patterns. */
export function judgeProtection(environment: string, p: EnvironmentProtection, requirement: Exclude<ApprovalRequirement, 'false'>): ApprovalOutcome {
  const parts: string[] = [];
  const problems: string[] = [];
  if (p.reviewers.length) parts.push(`required reviewers ${p.reviewers.join(', ')}${p.preventSelfReview ? ' (self-review prevented)' : ' (self-review allowed)'}`);
  if (p.waitTimer > 0) parts.push(`wait timer ${p.waitTimer} min`);
  if (!p.reviewers.length) {
    if (requirement === 'reviewers') problems.push('no required reviewers');
    else if (p.waitTimer <= 0) problems.push('neither required reviewers nor a wait timer');
  }
  const policy = p.branchPolicy;
  if (!policy) problems.push('no deployment branch policy: any branch may deploy');
  else if (policy.kind === 'protected') parts.push('deployments from protected branches only');
  else parts.push(policy.patterns.length ? `deployments from ${policy.patterns.join(', ')} only` : 'custom branch policy with no pattern: no branch may deploy');
  if (problems.length) {
    const fix = 'set them in Settings → Environments';
    return { status: 'fail', detail: `environment ${environment}: ${problems.join('; ')}${parts.length ? ` (has ${parts.join('; ')})` : ''}; ${fix}` };
  }
  return { status: 'pass', detail: `environment ${environment}: ${parts.join('; ')}` };
}

/** The `approval` check. Never throws for an API failure: it is the check's detail. */
export async function approvalCheck(input: ApprovalCheckInput): Promise<ApprovalOutcome> {
  if (input.requirement === 'false') return { status: 'skip', detail: `not required for ${input.environment} (require-approval: false)` };
  if (!input.token) return { status: 'skip', detail: LOCAL_RUN };
  const missing = unreadableRepository(input.env);
  if (missing) {
    const said = `cannot read the protection rules of environment ${input.environment} (${missing})`;
    return input.production ? { status: 'fail', detail: `${said}, and production requires them (give token and GITHUB_REPOSITORY, or require-approval: false)` } : { status: 'skip', detail: `not read: ${missing} (a local run)` };
  }
  const { createGitHubClient, clientOptionsFromEnv, toGitHubUserError } = await import('./client.js');
  const repository = input.env.GITHUB_REPOSITORY!.trim();
  const [owner, name] = repository.split('/');
  const client = createGitHubClient({ token: input.token, ...clientOptionsFromEnv(input.env), log: input.log });
  let protection: EnvironmentProtection;
  try {
    protection = await readEnvironmentProtection(client, { owner, repo: name }, input.environment);
  } catch (err) {
    const status = (err as { status?: number }).status;
    if (status === 404) {
      return {
        status: 'fail',
        detail: `environment ${input.environment} does not exist in ${repository}: create it in Settings → Environments with required reviewers and a deployment branch policy (or \`gh api -X PUT repos/${repository}/environments/${encodeURIComponent(input.environment)}\`); a token that cannot see the repository gets the same 404`
      };
    }
    if (status === 403 && !/rate limit/i.test(String((err as Error).message))) {
      return { status: 'fail', detail: `cannot read environment ${input.environment} of ${repository} (${APPROVAL_SCOPE_HINT})` };
    }
    // An API failure is the check's detail; anything else is a bug, and stays one.
    const e = toGitHubUserError(client, err, { input: 'token', doing: `reading environment ${input.environment} of ${repository}` });
    if (!(e instanceof UserError)) throw e;
    return { status: 'fail', detail: e.message };
  }
  return judgeProtection(input.environment, protection, input.requirement);
}
