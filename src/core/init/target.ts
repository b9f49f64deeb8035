/**
 * The repository `phase-gates init` writes into (internal): its name, its GitHub `owner/repo` and
 * its default branch, read from its own git checkout and package.json so that the written files
 * name this repository instead of placeholders.
 */
import path from 'node:path';
import { githubRepository, isCheckoutRoot, readPackage, runGit, type Git } from './ref.js';

export interface TargetRepository {
  /** A short name: the GitHub repository's, else package.json's (scope dropped), else the directory's. */
  name: string;
  /** `owner/repo` when its remote origin is on GitHub. */
  slug?: string;
  /** The branch deploys run from: origin's HEAD, else `main`. */
  defaultBranch: string;
  /** How the default branch was found, for the printout. */
  branchFrom: string;
}

/** package.json's name without its scope; undefined without package.json or a name. */
function packageName(workspace: string): string | undefined {
  const name = readPackage(workspace)?.name;
  return typeof name === 'string' && name ? name.replace(/^@[^/]*\//, '') : undefined;
}

/** What init needs to know of the workspace's repository. */
export async function readTarget(workspace: string, git: Git = runGit): Promise<TargetRepository> {
  // Only a checkout whose top level is the workspace speaks for it (not a parent repository).
  const own = await isCheckoutRoot(git, workspace);
  const slug = own ? githubRepository(await git(workspace, ['remote', 'get-url', 'origin'])) : undefined;
  const originHead = own ? await git(workspace, ['symbolic-ref', '--short', 'refs/remotes/origin/HEAD']) : undefined;
  let branch = originHead?.replace(/^origin\//, '');
  let branchFrom = 'the HEAD of remote origin';
  if (!branch && own) {
    // No clone of a remote yet: the one of main and master that the repository has.
    const local: string[] = [];
    for (const b of ['main', 'master']) if (await git(workspace, ['rev-parse', '--verify', '--quiet', `refs/heads/${b}`])) local.push(b);
    if (local.length === 1) [branch, branchFrom] = [local[0], `the repository's only branch of main and master (no origin/HEAD)`];
  }
  const name = slug?.split('/')[1] ?? packageName(workspace) ?? path.basename(path.resolve(workspace));
  return {
    name,
    slug,
    defaultBranch: branch || 'main',
    branchFrom: branch ? branchFrom : 'not known from git (no origin/HEAD): main assumed'
  };
}

/** `name` as a lowercase identifier for example settings (`shop`), `app` when nothing is left. */
export function appName(name: string): string {
  const clean = name.toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 40).replace(/-+$/, '');
  return /^[a-z]/.test(clean) ? clean : 'app';
}
