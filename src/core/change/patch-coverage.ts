/**
 * Coverage of the lines a pull request added or changed: `coverage_new` and `coverage_new_branches`.
 *
 * Lines are diff-cover's (7.4, report_generator.py `DiffViolations`): of the lines the diff added,
 * those the coverage report measures (any entry for the line, hit or not) are the total; those hit
 * at least once are covered; lines the report does not list (comments, blank lines, files it does not
 * cover) count neither way. Several reports of one file: a line is measured when any measures it and
 * covered when any hit it (diff-cover: measured lines are the union, violations the intersection).
 * Codecov's patch coverage counts lines the same way (partial lines aside).
 *
 * Branches: the branches of the added lines, from the report's per-line branch data.
 */
import type { CoverageAccumulator, FileCoverage } from '../reports/coverage/model.js';
import type { ChangeSet } from './diff.js';
import { PathMatcher } from './paths.js';

export interface PatchFile {
  /** Repository path. */
  path: string;
  /** The report's path for it (the first, when several reports name it differently). */
  reportPath: string;
  covered: number;
  total: number;
  /** Added lines the report measures and no report hit, sorted. */
  uncovered: number[];
  branches: { covered: number; total: number };
}

export interface PatchCoverage {
  lines: { covered: number; total: number };
  branches: { covered: number; total: number };
  /** Changed files the report measures on at least one added line, by path. */
  files: PatchFile[];
  /** Files the change added lines to (deleted files and files without added lines left out). */
  changedFiles: number;
  /** Report paths that could name a changed file but name more than one repository file equally well. */
  unmatched: string[];
  /** Added lines of all changed files (measured or not): diff-cover's `num_changed_lines`. */
  addedLines: number;
}

/** Most report paths listed in `unmatched`. */
const MAX_UNMATCHED = 100;

export function patchCoverage(acc: CoverageAccumulator, change: ChangeSet): PatchCoverage {
  const targets = change.files.filter((f) => f.status !== 'deleted' && f.added.length > 0);
  const matcher = new PathMatcher(
    targets.map((f) => f.path),
    change.repoPaths
  );
  // Only report paths ending in a changed file's name can name one: the rest is never read.
  const names = new Set(targets.map((f) => f.path.slice(f.path.lastIndexOf('/') + 1)));
  const reportsOf = new Map<string, string[]>();
  const unmatched: string[] = [];
  for (const key of acc.fileNames()) {
    if (!names.has(key.slice(key.lastIndexOf('/') + 1))) continue;
    const r = matcher.resolve(key);
    if (r.kind === 'match') {
      const list = reportsOf.get(r.path);
      if (list) list.push(key);
      else reportsOf.set(r.path, [key]);
    } else if (r.kind === 'ambiguous' && unmatched.length < MAX_UNMATCHED) unmatched.push(key);
  }

  const out: PatchCoverage = {
    lines: { covered: 0, total: 0 },
    branches: { covered: 0, total: 0 },
    files: [],
    changedFiles: targets.length,
    unmatched,
    addedLines: targets.reduce((n, f) => n + f.added.length, 0)
  };
  for (const f of [...targets].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    const keys = reportsOf.get(f.path);
    if (!keys) continue;
    const records = keys.sort().map((k) => acc.existing(k)).filter((r): r is FileCoverage => r !== undefined);
    const file = measure(f.path, keys[0], f.added, records);
    if (file.total === 0 && file.branches.total === 0) continue;
    out.files.push(file);
    out.lines.covered += file.covered;
    out.lines.total += file.total;
    out.branches.covered += file.branches.covered;
    out.branches.total += file.branches.total;
  }
  return out;
}

function measure(path: string, reportPath: string, added: number[], records: FileCoverage[]): PatchFile {
  const wanted = new Set(added);
  // line → hit by any report
  const hit = new Map<number, boolean>();
  // line → [covered, total] branches, the larger reading where reports differ
  const branches = new Map<number, [number, number]>();
  for (const rec of records) {
    for (const [line, hits] of rec.lines()) {
      if (wanted.has(line)) hit.set(line, (hit.get(line) ?? false) || hits > 0);
    }
    for (const [line, [c, t]] of rec.branchesByLine()) {
      if (!wanted.has(line)) continue;
      const prev = branches.get(line);
      if (!prev) branches.set(line, [c, t]);
      else {
        prev[0] = Math.max(prev[0], c);
        prev[1] = Math.max(prev[1], t);
      }
    }
  }
  const uncovered: number[] = [];
  let covered = 0;
  for (const [line, yes] of hit) {
    if (yes) covered++;
    else uncovered.push(line);
  }
  const b = { covered: 0, total: 0 };
  for (const [c, t] of branches.values()) {
    b.covered += c;
    b.total += t;
  }
  return { path, reportPath, covered, total: hit.size, uncovered: uncovered.sort((x, y) => x - y), branches: b };
}

/**
 * The one line to print when the figures have no data: no added line the report measures. Names
 * the input the change came from (`base-ref`, or the pull request) and the coverage input.
 */
export function describeNoPatchData(p: PatchCoverage, change: ChangeSet, inputs: { change: string; coverage: string }): string {
  const from = change.source === 'git' ? `git (${inputs.change})` : `the pull request's files (${inputs.change})`;
  if (p.changedFiles === 0) {
    return `${inputs.change}: the change has no added lines (read from ${from}): coverage of new code has no data`;
  }
  const files = `${p.changedFiles} ${p.changedFiles === 1 ? 'file' : 'files'}`;
  const unmatched = p.unmatched.length > 0 ? `; report paths naming more than one repository file: ${p.unmatched.slice(0, 3).join(', ')}` : '';
  return `${inputs.coverage}: none of the ${p.addedLines} lines the change adds to ${files} (read from ${from}) is measured by the coverage report${unmatched}: coverage of new code has no data`;
}
