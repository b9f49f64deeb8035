/**
 * Which repository file a coverage report's path names. Coverage keys are already workspace-relative
 * when the report gave an absolute path under the workspace or a Cobertura `<source>`
 * (CoverageAccumulator); what is left is a path with a prefix the repository lacks — another
 * machine's checkout (`/builds/acme/app/src/a.ts`), a Go import path
 * (`github.com/org/mod/pkg/x.go`) — or a report made in a subdirectory (`src/a.ts` for `web/src/a.ts`).
 *
 * The rule: the repository path equal to the report path; else the one that is a suffix of the report
 * path, or of which the report path is a suffix, on `/` boundaries, sharing the longest suffix with it.
 * Two such paths sharing a suffix of the same length are ambiguous: no match, never a guess.
 * diff-cover 7.4 matches exact paths only (the report's path, or joined to a `<source>`, equal to
 * the git path relative to the working directory or absolute); this matches those the same way and
 * goes further only where the answer is unique.
 */
import { normalizeSourcePath } from '../reports/coverage/model.js';

/** What {@link PathMatcher.resolve} found for a report path. */
export type PathMatch = { kind: 'match'; path: string } | { kind: 'ambiguous'; candidates: string[] } | { kind: 'none' };

export class PathMatcher {
  private readonly changed: Set<string>;
  /** basename → repository paths (the whole tree when known, else the changed paths). */
  private readonly byName = new Map<string, string[]>();
  private readonly known: Set<string>;

  /**
   * `changedPaths`: the files the pull request changed (repository-relative). `repoPaths`: every file
   * of the repository, when known, so that a report path naming an unchanged file is not taken for a
   * changed one with the same ending.
   */
  constructor(changedPaths: string[], repoPaths?: string[]) {
    this.changed = new Set(changedPaths.map(clean));
    this.known = new Set(repoPaths ? repoPaths.map(clean) : []);
    for (const p of this.changed) this.known.add(p);
    for (const p of this.known) {
      const name = basename(p);
      const list = this.byName.get(name);
      if (list) list.push(p);
      else this.byName.set(name, [p]);
    }
  }

  /** The changed file `reportPath` names, or undefined (not a changed file, or ambiguous). */
  match(reportPath: string): string | undefined {
    const r = this.resolve(reportPath);
    return r.kind === 'match' ? r.path : undefined;
  }

  /** The repository path `reportPath` names among changed files, or why there is none. */
  resolve(reportPath: string): PathMatch {
    const r = clean(reportPath);
    if (this.known.has(r)) return this.changed.has(r) ? { kind: 'match', path: r } : { kind: 'none' };
    const parts = r.split('/');
    let best = 0;
    let found: string[] = [];
    for (const p of this.byName.get(parts[parts.length - 1]) ?? []) {
      const q = p.split('/');
      const n = commonSuffix(parts, q);
      // One path must be wholly the other's ending: the rest is a prefix the other side lacks.
      if (n !== q.length && n !== parts.length) continue;
      if (n > best) {
        best = n;
        found = [p];
      } else if (n === best) found.push(p);
    }
    if (found.length === 0) return { kind: 'none' };
    if (found.length > 1) {
      return found.some((p) => this.changed.has(p)) ? { kind: 'ambiguous', candidates: found.sort() } : { kind: 'none' };
    }
    return this.changed.has(found[0]) ? { kind: 'match', path: found[0] } : { kind: 'none' };
  }
}

/** Forward slashes, no `./` or leading `/`, no Windows drive. */
function clean(p: string): string {
  return normalizeSourcePath(p)
    .replace(/^[A-Za-z]:\//, '')
    .replace(/^\/+/, '')
    .replace(/\/\.\//g, '/');
}

function basename(p: string): string {
  return p.slice(p.lastIndexOf('/') + 1);
}

/** How many trailing components `a` and `b` share. */
function commonSuffix(a: string[], b: string[]): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}
