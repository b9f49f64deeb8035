/**
 * The repository `phase-gates init` writes into (internal): its name, its GitHub `owner/repo` and
 * its default branch, read from its own git checkout and package.json so that the written files
 * name this repository instead of placeholders.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { githubRepository, runGit } from './ref.js';

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

/** Runs git in a directory; tests may pass their own. */
export type Git = (cwd: string, args: string[]) => Promise<string | undefined>;

async function packageName(workspace: string): Promise<string | undefined> {
  try {
    const pkg = JSON.parse(await fs.readFile(path.join(workspace, 'package.json'), 'utf8')) as { name?: unknown };
    return typeof pkg.name === 'string' && pkg.name ? pkg.name.replace(/^@[^/]*\//, '') : undefined;
  } catch {
    return undefined; // no package.json, or not JSON: another source names the repository
  }
}

/** What init needs to know of the workspace's repository. */
export async function readTarget(workspace: string, git: Git = runGit): Promise<TargetRepository> {
  // Only a checkout whose top level is the workspace speaks for it (not a parent repository).
  const top = await git(workspace, ['rev-parse', '--show-toplevel']);
  let own = false;
  if (top) {
    try {
      own = (await fs.realpath(top)) === (await fs.realpath(workspace));
    } catch {
      own = false;
    }
  }
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
  const name = slug?.split('/')[1] ?? (await packageName(workspace)) ?? path.basename(path.resolve(workspace));
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
