/**
 * Which findings are shown (internal to workflows-validation): at most {@link SHOWN_PER_FILE} of a
 * file and {@link SHOWN_PER_RUN} of a run, errors before warnings before notes, so that a hostile
 * or broken file costs bounded annotations, log lines, summary, SARIF and outputs. The counts stay
 * the true totals; what is left out is said in one line per file.
 */
import { sortFindings, type Finding } from '../lint.js';

/** Most findings shown for one file. */
export const SHOWN_PER_FILE = 100;
/** Most findings shown for one run, all files together. */
export const SHOWN_PER_RUN = 1000;

export interface ShownFindings {
  /** The findings shown, sorted by file, line, column and rule. */
  shown: Finding[];
  /** How many findings there are in all. */
  total: number;
  /** By file, how many of its findings are not shown (files with none left out are absent). */
  omitted: Map<string, number>;
}

const RANK: Record<Finding['level'], number> = { error: 0, warning: 1, note: 2 };

/** The most severe `most` of `findings`, ties in their order. */
function mostSevere(findings: Finding[], most: number): Finding[] {
  if (findings.length <= most) return findings;
  return findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => RANK[a.f.level] - RANK[b.f.level] || a.i - b.i)
    .slice(0, most)
    .map((x) => x.f);
}

/** The findings to show of `findings` (all of a run), with what is left out per file. */
export function capFindings(findings: readonly Finding[], perFile = SHOWN_PER_FILE, perRun = SHOWN_PER_RUN): ShownFindings {
  const byFile = new Map<string, Finding[]>();
  for (const f of findings) {
    const list = byFile.get(f.file);
    if (list) list.push(f);
    else byFile.set(f.file, [f]);
  }
  let kept: Finding[] = [];
  for (const list of byFile.values()) kept.push(...mostSevere(list, perFile));
  kept = mostSevere(sortFindings(kept), perRun);
  const shownOf = new Map<string, number>();
  for (const f of kept) shownOf.set(f.file, (shownOf.get(f.file) ?? 0) + 1);
  const omitted = new Map<string, number>();
  for (const [file, list] of byFile) if (list.length > (shownOf.get(file) ?? 0)) omitted.set(file, list.length - (shownOf.get(file) ?? 0));
  return { shown: sortFindings(kept), total: findings.length, omitted };
}

/** Most files named in {@link omittedLines}; the rest are summed up in one more line. */
export const OMITTED_FILES_NAMED = 100;

/**
 * One line per file with findings left out (`file: 2,345 more findings not shown (…)`), for at most
 * {@link OMITTED_FILES_NAMED} files, then one line for the other files together.
 */
export function omittedLines(capped: ShownFindings): string[] {
  if (capped.omitted.size === 0) return [];
  // 12,345: grouped by hand, as toLocaleString would (whose ICU data costs tens of ms to load).
  const n = (v: number) => String(v).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const more = (count: number) => `${n(count)} more finding${count === 1 ? '' : 's'}`;
  const why = `(at most ${n(SHOWN_PER_FILE)} a file and ${n(SHOWN_PER_RUN)} a run are shown; the counts are complete)`;
  const entries = [...capped.omitted];
  const lines = entries.slice(0, OMITTED_FILES_NAMED).map(([file, count]) => `${file}: ${more(count)} not shown ${why}`);
  const rest = entries.slice(OMITTED_FILES_NAMED);
  if (rest.length) lines.push(`${more(rest.reduce((sum, [, count]) => sum + count, 0))} in ${n(rest.length)} other files not shown ${why}`);
  return lines;
}
