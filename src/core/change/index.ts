/**
 * What a pull request changed and how much of it the tests cover (`coverage_new`,
 * `coverage_new_branches`): the change from git when the workspace is a checkout, else from the pull
 * request's files through the API; then {@link patchCoverage} over the coverage read.
 */
import { UserError } from '../errors.js';
import type { GitHubClient } from '../github/client.js';
import { changeFromApi } from './api.js';
import type { ChangeSet } from './diff.js';
import { changeFromGit, isGitWorkTree, type GitChangeOptions } from './git.js';

export { parseUnifiedDiff, unquote, type ChangeSet, type FileChange } from './diff.js';
export { changeFromGit, isGitWorkTree, MAX_DIFF_BYTES, type GitChangeOptions } from './git.js';
export { changeFromApi, MAX_PULL_FILES, type ApiChangeOptions } from './api.js';
export { PathMatcher, type PathMatch } from './paths.js';
export { patchCoverage, describeNoPatchData, type PatchCoverage, type PatchFile } from './patch-coverage.js';

/** The pull request the API fallback reads (from the event payload). */
export interface PullRequestRef {
  client: GitHubClient;
  owner: string;
  repo: string;
  pull: number;
  base?: string;
  head?: string;
}

/**
 * The change from git when `o.cwd` is in a work tree (its errors — a base ref that cannot be found, a
 * shallow clone that cannot be deepened — are the user's to fix, not a reason to ask the API); else,
 * when a pull request is given, from its files through the API; else a UserError naming the input.
 */
export async function readChange(o: GitChangeOptions & { pullRequest?: PullRequestRef }): Promise<ChangeSet> {
  if (await isGitWorkTree(o.cwd, o.env)) return changeFromGit(o);
  const pr = o.pullRequest;
  if (!pr) {
    throw new UserError(`${o.cwd} is not a git checkout and there is no pull request to read the change from`, {
      input: o.input,
      hint: 'check out the repository with actions/checkout (`fetch-depth: 0`) before this step'
    });
  }
  o.log?.(`${o.input}: ${o.cwd} is not a git checkout: reading the files of pull request #${pr.pull} from GitHub`);
  return changeFromApi(pr.client, { owner: pr.owner, repo: pr.repo, pull: pr.pull, base: pr.base, head: pr.head, input: o.input, log: o.log });
}
