/** `uses:` helpers shared by the supply-chain rules. */
import type { RuleHooks } from '../../rule.js';
import type { Scalar } from '../../model.js';
import type { SourceFile } from '../../source.js';


/** A repository `uses:` split: `owner/repo`, the path below it and the ref; undefined for local, docker or expression values. */
export interface RepositoryUses {
  owner: string;
  repo: string;
  /** Path inside the repository, `''` when none. */
  path: string;
  /** The ref after `@`, `''` when none. */
  ref: string;
}

export function parseUses(uses: string | undefined): RepositoryUses | undefined {
  const value = uses?.trim() ?? '';
  if (!value || value.startsWith('./') || value.startsWith('docker://') || value.includes('${{')) return undefined;
  const at = value.lastIndexOf('@');
  const [owner, repo, ...rest] = (at < 0 ? value : value.slice(0, at)).split('/');
  if (!owner || !repo) return undefined;
  return { owner, repo, path: rest.join('/'), ref: at < 0 ? '' : value.slice(at + 1) };
}

/** `owner/repo`, lower case. */
export function repoName(uses: RepositoryUses): string {
  return `${uses.owner}/${uses.repo}`.toLowerCase();
}

/**
 * Whether a repository pattern of zizmor's configuration is well formed: `*`, `owner/*`,
 * `owner/repo/*`, `owner/repo`, `owner/repo/path`, each but the wildcards optionally `@ref`.
 */
export function validUsesPattern(pattern: string): boolean {
  if (pattern === '*') return true;
  return /^[\w.-]+\/(\*|[\w.-]+(\/\*|(\/[^@*\s]+)?(@[^@*\s]+)?))$/.test(pattern);
}

/** Whether `uses` matches a repository pattern (owner and repo case-insensitive; path and ref exact). */
export function matchesUsesPattern(uses: RepositoryUses, pattern: string): boolean {
  if (pattern === '*') return true;
  const at = pattern.indexOf('@');
  const ref = at < 0 ? undefined : pattern.slice(at + 1);
  const [owner, repo, ...rest] = (at < 0 ? pattern : pattern.slice(0, at)).split('/');
  if (owner.toLowerCase() !== uses.owner.toLowerCase()) return false;
  if (repo === '*') return true;
  if (repo.toLowerCase() !== uses.repo.toLowerCase()) return false;
  const path = rest.join('/');
  if (path === '*') return true;
  return path === uses.path && (ref === undefined || ref === uses.ref);
}

/** Hooks that call `check` with every `uses:` of a run: reusable-workflow jobs and steps. */
export function everyUses(check: (file: SourceFile, uses: Scalar | undefined) => void): RuleHooks {
  return {
    jobPre(job, workflow) {
      check(workflow.file, job.uses);
    },
    step(step, _owner, file) {
      check(file.file, step.uses);
    }
  };
}
