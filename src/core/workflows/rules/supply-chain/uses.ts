/** `uses:` helpers shared by the supply-chain rules ported from zizmor. */

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
