/**
 * The lines `phase-gates init` adds to the repository's `.gitignore` (internal): the files our
 * actions and Run Commands write into a checkout, which are evidence of a run, not source. Only
 * missing lines are appended; a line already there (with or without a leading `/`) is not
 * written again, so running init twice changes nothing.
 */
import { Defaults } from '../constants.js';
import type { TestPlan } from './project.js';

/** Our outputs: reports, logs, the local deploy ledger and vulnerability reports (`.phase-gates/`). */
export const PHASE_GATES_OUTPUTS: readonly string[] = [
  Defaults.ValidationSarif,
  Defaults.GatesReport,
  `${Defaults.DeployLog.split('/')[0]}/`,
  `${Defaults.SmokeReport.split('/')[0]}/`,
  '.phase-gates/'
];

const HEADER = '# phase-gates: reports and logs its actions and Run Commands write (added by phase-gates init)';

/** The entries to ignore: ours, and the coverage report the tests step writes. */
export function ignoreEntries(plan: TestPlan): string[] {
  const coverage = plan.coverage.includes('/') ? `${plan.coverage.split('/')[0]}/` : plan.coverage;
  return [...PHASE_GATES_OUTPUTS, ...(PHASE_GATES_OUTPUTS.includes(coverage) ? [] : [coverage])];
}

/**
 * The new text of `.gitignore` (`current` undefined when there is none), or undefined when every
 * entry is already there.
 */
export function mergeGitignore(current: string | undefined, entries: readonly string[]): string | undefined {
  const present = new Set(
    (current ?? '')
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter((l) => l && !l.startsWith('#'))
      .map((l) => l.replace(/^\//, ''))
  );
  const missing = entries.filter((e) => !present.has(e) && !present.has(e.replace(/\/$/, '')));
  if (!missing.length) return undefined;
  const base = current ?? '';
  const eol = base.includes('\r\n') ? '\r\n' : '\n';
  const lead = base === '' ? '' : base.endsWith('\n') ? eol : eol + eol;
  // A blank line between the user's entries and ours.
  return `${base}${lead}${[HEADER, ...missing].join(eol)}${eol}`;
}
