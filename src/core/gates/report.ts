/** The gates report (`phase-gates/gates-report@1`) and its Markdown summary. */
import { GATES_REPORT_SCHEMA } from '../constants.js';
import { formatNumber, formatThreshold, compare } from './grammar.js';
import type { GateResult } from './evaluate.js';
import type { MetricTable, MetricScalar } from './collect.js';
import { findingKey, type Severity, type Vulnerability } from '../reports/vulns/model.js';
import type { BaseFigures } from './base.js';
import { baseValue } from './relative.js';
import type { ChangeSet } from '../change/diff.js';
import type { PatchCoverage, PatchFile } from '../change/patch-coverage.js';

export interface GatesReportGate {
  name: string;
  metric: string;
  op: string;
  threshold: number | boolean | string;
  unit: '%' | 'ms' | null;
  actual: MetricScalar | null;
  passed: boolean;
  status: 'pass' | 'fail' | 'no-data';
  definedIn: string;
  detail?: string;
  sources: Array<{ file: string; format: string }>;
  findings?: ReportFinding[];
  findingsTotal?: number;
  /** The metric's value in the base branch's report, when one was read. */
  base?: MetricScalar | null;
}

/** A finding behind a failed vulnerability gate, as the report lists it. */
export interface ReportFinding {
  id: string;
  package: string;
  installed: string;
  fixed: string | null;
  severity: Severity;
  source: string | null;
  title?: string;
}

/** How many findings a gate of the report lists; the summary shows fewer. */
const REPORT_FINDINGS = 100;
const SUMMARY_FINDINGS = 20;
const MESSAGE_FINDINGS = 3;

function reportFinding(v: Vulnerability): ReportFinding {
  return {
    id: v.id,
    package: v.package,
    installed: v.version,
    fixed: v.fixed ?? null,
    severity: v.severity!,
    source: v.source ?? null,
    ...(v.title ? { title: v.title.replace(/\s+/g, ' ').trim().slice(0, 200) } : {})
  };
}

export interface GatesReport {
  schema: typeof GATES_REPORT_SCHEMA;
  phase: number | string | null;
  phaseTitle: string | null;
  phaseFile: string | null;
  sha: string | null;
  repository: string | null;
  runId: string | null;
  passed: boolean;
  failOnMissing: boolean;
  generatedAt: string;
  gates: GatesReportGate[];
  metrics: Record<string, MetricScalar | null>;
  /** Only in the root action's Phase 07 report: the release it judged. */
  deployment?: ReportDeployment;
  /** The base branch's report that relative gates were measured against. */
  base?: { origin: 'file' | 'artifact' | 'check-run'; describe: string; sha: string | null };
  /** The pull request's new lines and their coverage. */
  newCode?: ReportNewCode;
  /** A key per distinct vulnerability finding, for a later run's `vulns_new_*`. */
  findingKeys?: string[];
  findingKeysTruncated?: boolean;
  newFindings?: ReportFinding[];
  newFindingsTotal?: number;
}

export interface ReportNewCode {
  source: 'git' | 'api';
  base: string;
  head: string;
  changedFiles: number;
  lines: { covered: number; total: number };
  branches: { covered: number; total: number };
  files: Array<{ path: string; reportPath?: string; covered: number; total: number; uncovered: string }>;
  filesTotal?: number;
  unmatched?: string[];
}

/** The release a Phase 07 report judged (schema: gates-report `deployment`). */
export interface ReportDeployment {
  environment: string;
  version: string;
  id: string | null;
  status?: string;
  rollbackId?: string | null;
}

export interface ReportContext {
  phase: number | string | null;
  phaseTitle: string | null;
  phaseFile: string | null;
  sha: string | null;
  repository: string | null;
  runId: string | null;
  failOnMissing: boolean;
  deployment?: ReportDeployment;
  now?: Date;
  base?: BaseFigures | null;
  newCode?: { change: ChangeSet; patch: PatchCoverage } | null;
  /** Every distinct finding of this run's vulnerability sources (undefined: none was read). */
  findings?: Vulnerability[];
  newFindings?: Vulnerability[];
}

/** How many keys of findings a report keeps (schema: findingKeys maxItems). */
const MAX_FINDING_KEYS = 20000;
const REPORT_NEW_FILES = 500;

/** Line numbers as runs of consecutive lines: [3,4,5,9] → [[3,5],[9,9]]. */
export function lineRuns(lines: readonly number[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let i = 0; i < lines.length; ) {
    let j = i;
    while (j + 1 < lines.length && lines[j + 1] === lines[j] + 1) j++;
    out.push([lines[i], lines[j]]);
    i = j + 1;
  }
  return out;
}

/** Line numbers as ranges: [3,4,5,9] → `3-5,9`. */
export function lineRanges(lines: readonly number[]): string {
  return lineRuns(lines)
    .map(([a, b]) => (a === b ? String(a) : `${a}-${b}`))
    .join(',');
}

/** The changed files, most uncovered new lines first (the report's order, and the annotations'). */
export function byUncovered(files: readonly PatchFile[]): PatchFile[] {
  return [...files].sort((a, b) => b.uncovered.length - a.uncovered.length || a.path.localeCompare(b.path));
}

/** The new findings that count in a severity (the others count in no gate), as the report lists them. */
function reportNewFindings(all: Vulnerability[]): { newFindings: ReportFinding[]; newFindingsTotal: number } {
  const rated = all.filter((v) => v.severity);
  return { newFindings: rated.slice(0, REPORT_FINDINGS).map(reportFinding), newFindingsTotal: rated.length };
}

function reportNewCode(change: ChangeSet, patch: PatchCoverage): ReportNewCode {
  const files = byUncovered(patch.files);
  return {
    source: change.source,
    base: change.base,
    head: change.head,
    changedFiles: patch.changedFiles,
    lines: { ...patch.lines },
    branches: { ...patch.branches },
    files: files.slice(0, REPORT_NEW_FILES).map((f) => ({
      path: f.path,
      ...(f.reportPath !== f.path ? { reportPath: f.reportPath } : {}),
      covered: f.covered,
      total: f.total,
      uncovered: lineRanges(f.uncovered)
    })),
    ...(files.length > REPORT_NEW_FILES ? { filesTotal: files.length } : {}),
    ...(patch.unmatched.length ? { unmatched: patch.unmatched.slice(0, 100) } : {})
  };
}

/** Figures rounded for people: 6 decimals at most, which JSON readers and diffs like. */
function tidy(v: MetricScalar | null): MetricScalar | null {
  return typeof v === 'number' ? Math.round(v * 1e6) / 1e6 : v;
}

export function buildReport(results: GateResult[], metrics: MetricTable, ctx: ReportContext): GatesReport {
  const allMetrics: Record<string, MetricScalar | null> = {};
  for (const [name, m] of [...metrics.entries()].sort(([a], [b]) => a.localeCompare(b))) allMetrics[name] = tidy(m.value);
  return {
    schema: GATES_REPORT_SCHEMA,
    phase: ctx.phase,
    phaseTitle: ctx.phaseTitle,
    phaseFile: ctx.phaseFile,
    sha: ctx.sha,
    repository: ctx.repository,
    runId: ctx.runId,
    ...(ctx.deployment ? { deployment: ctx.deployment } : {}),
    passed: results.every((r) => r.passed),
    failOnMissing: ctx.failOnMissing,
    generatedAt: (ctx.now ?? new Date()).toISOString(),
    gates: results.map((r) => ({
      name: r.gate.name,
      metric: r.gate.metric,
      op: r.gate.op,
      threshold: r.gate.threshold,
      unit: r.gate.unit,
      actual: tidy(r.actual),
      passed: r.passed,
      status: r.status,
      definedIn: r.gate.origin.file ? `${r.gate.origin.file}${r.gate.origin.line ? `:${r.gate.origin.line}` : ''}` : r.gate.origin.input,
      ...(r.detail ? { detail: r.detail } : r.why ? { detail: r.why } : {}),
      sources: r.sources.map((s) => ({ file: s.file, format: s.format })),
      ...(r.findings ? { findings: r.findings.slice(0, REPORT_FINDINGS).map(reportFinding), findingsTotal: r.findings.length } : {}),
      ...(ctx.base ? { base: tidy(baseValue(ctx.base, r.gate.metric)) } : {})
    })),
    metrics: allMetrics,
    ...(ctx.base ? { base: { origin: ctx.base.origin, describe: ctx.base.describe, sha: ctx.base.sha } } : {}),
    ...(ctx.newCode ? { newCode: reportNewCode(ctx.newCode.change, ctx.newCode.patch) } : {}),
    ...(ctx.findings
      ? {
          findingKeys: ctx.findings.slice(0, MAX_FINDING_KEYS).map(findingKey),
          ...(ctx.findings.length > MAX_FINDING_KEYS ? { findingKeysTruncated: true } : {})
        }
      : {}),
    ...(ctx.newFindings ? reportNewFindings(ctx.newFindings) : {})
  };
}

/**
 * The actual value as a user reads it. Two decimals, unless rounding would make a failing figure
 * look like it meets the threshold (79.996% shown as 80% beside `>= 80%`): then as many as it takes.
 */
export function formatActual(r: GateResult): string {
  const a = r.actual;
  if (a === null) return 'no data';
  if (typeof a !== 'number') return String(a);
  let shown = formatNumber(a);
  for (let digits = 3; digits <= 9 && compare(Number(shown), r.gate) !== r.passed; digits++) {
    shown = String(Math.round(a * 10 ** digits) / 10 ** digits);
  }
  return `${shown}${r.gate.unit === '%' ? '%' : r.gate.unit === 'ms' ? ' ms' : ''}`;
}

/** One line per failed gate: the `::error::` annotation text. */
export function failureMessage(r: GateResult): string {
  if (r.status === 'no-data') {
    return `Gate ${r.gate.name} failed: no data (${r.why ?? `no input gave ${r.gate.metric}`}; required ${formatThreshold(r.gate)})`;
  }
  const base = `Gate ${r.gate.name} failed: ${formatActual(r)}, required ${formatThreshold(r.gate)}`;
  if (!r.findings?.length) return base;
  const named = r.findings.slice(0, MESSAGE_FINDINGS).map((v) => `${v.id} in ${v.package}${v.version ? ` ${v.version}` : ''}${v.fixed ? ` (fixed in ${v.fixed})` : ''}`);
  const more = r.findings.length - named.length;
  return `${base}: ${named.join('; ')}${more > 0 ? `; and ${more} more` : ''}`;
}

/** The findings behind each failed vulnerability gate, as tables under the gates table. */
function renderFindings(results: GateResult[]): string[] {
  const lines: string[] = [];
  for (const r of results) {
    if (!r.findings?.length) continue;
    lines.push('', `### Findings behind \`${r.gate.name}\` (${r.findings.length})`, '', '| Id | Package | Installed | Fixed in | Severity | Source |', '| --- | --- | --- | --- | --- | --- |');
    for (const v of r.findings.slice(0, SUMMARY_FINDINGS)) {
      const cells = [v.id, v.package, v.version, v.fixed ?? '—', v.severity ?? '', v.source ?? '—'].map((c) => escapeCell(c));
      lines.push(`| ${cells.map((c, i) => (i === 0 || i === 1 ? `\`${c}\`` : c)).join(' | ')} |`);
    }
    if (r.findings.length > SUMMARY_FINDINGS) lines.push('', `…and ${r.findings.length - SUMMARY_FINDINGS} more in the gates report.`);
  }
  return lines;
}

function escapeCell(s: string): string {
  return s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

/** Where the summary's links point: new lines at the head commit on GitHub. */
export interface SummaryLinks {
  server: string;
  repository: string;
}

/** Options of {@link renderSummary}. */
export interface SummaryOptions {
  links?: SummaryLinks;
  /** For the pull-request comment: no Sources column, and the hidden marker is the caller's. */
  comment?: boolean;
}

/** How many files and ranges of uncovered new lines the summary and the comment list. */
const SUMMARY_NEW_FILES = 25;
const SUMMARY_RANGES_PER_FILE = 12;

/** A signed difference as a user reads it: `+1.5`, `-0.25`, `±0`. */
function formatDelta(d: number, unit: '%' | 'ms' | null): string {
  const shown = formatNumber(d);
  const u = unit === '%' ? ' pp' : unit === 'ms' ? ' ms' : '';
  if (Number(shown) === 0) return `±0${u}`;
  return `${d > 0 ? '+' : ''}${shown}${u}`;
}

function baseCell(r: GatesReportGate): string {
  if (r.base === undefined || r.base === null) return '—';
  if (typeof r.base !== 'number') return String(r.base);
  return `${formatNumber(r.base)}${r.unit === '%' ? '%' : r.unit === 'ms' ? ' ms' : ''}`;
}

function deltaCell(r: GatesReportGate): string {
  if (typeof r.base !== 'number' || typeof r.actual !== 'number') return '—';
  return formatDelta(r.actual - r.base, r.unit);
}

function blobUrl(links: SummaryLinks, sha: string, path: string, range?: string): string {
  const encoded = path.split('/').map(encodeURIComponent).join('/');
  const anchor = range ? `#L${range.replace('-', '-L')}` : '';
  return `${links.server}/${links.repository}/blob/${sha}/${encoded}${anchor}`;
}

/** The new lines the reports do not cover, per file, with links to them at the head commit. */
function renderNewCode(report: GatesReport, links: SummaryLinks | undefined): string[] {
  const n = report.newCode;
  if (!n) return [];
  const lines: string[] = [''];
  const pct = n.lines.total ? `${formatNumber((n.lines.covered / n.lines.total) * 100)}%` : 'no data';
  lines.push(
    `### New code: ${pct} of ${n.lines.total} measured new lines covered`,
    '',
    `<sub>${n.changedFiles} changed file${n.changedFiles === 1 ? '' : 's'} (${n.source === 'git' ? `git diff ${n.base.slice(0, 7)}...${n.head.slice(0, 7)}` : 'pull request files'}); ${n.lines.covered}/${n.lines.total} lines${n.branches.total ? `, ${n.branches.covered}/${n.branches.total} branches` : ''}.</sub>`
  );
  const uncovered = n.files.filter((f) => f.uncovered);
  if (!uncovered.length) return lines;
  lines.push('', '| File | Covered | Uncovered new lines |', '| --- | --- | --- |');
  for (const f of uncovered.slice(0, SUMMARY_NEW_FILES)) {
    const ranges = f.uncovered.split(',');
    const shown = ranges.slice(0, SUMMARY_RANGES_PER_FILE).map((r) => (links ? `[${r}](${blobUrl(links, n.head, f.path, r)})` : r));
    if (ranges.length > SUMMARY_RANGES_PER_FILE) shown.push(`and ${ranges.length - SUMMARY_RANGES_PER_FILE} more`);
    const name = links ? `[\`${escapeCell(f.path)}\`](${blobUrl(links, n.head, f.path)})` : `\`${escapeCell(f.path)}\``;
    lines.push(`| ${name} | ${f.covered}/${f.total} | ${shown.join(', ')} |`);
  }
  const more = (n.filesTotal ?? n.files.length) - Math.min(uncovered.length, SUMMARY_NEW_FILES) - (n.files.length - uncovered.length);
  if (more > 0) lines.push('', `…and ${more} more files in the gates report.`);
  return lines;
}

/** Findings the base branch does not have. */
function renderNewFindings(report: GatesReport): string[] {
  const total = report.newFindingsTotal ?? 0;
  if (!report.newFindings || !total) return [];
  const lines = ['', `### New vulnerabilities (${total})`, '', '| Id | Package | Installed | Fixed in | Severity | Source |', '| --- | --- | --- | --- | --- | --- |'];
  for (const v of report.newFindings.slice(0, SUMMARY_FINDINGS)) {
    const cells = [v.id, v.package, v.installed, v.fixed ?? '—', v.severity, v.source ?? '—'].map((c) => escapeCell(c));
    lines.push(`| ${cells.map((c, i) => (i === 0 || i === 1 ? `\`${c}\`` : c)).join(' | ')} |`);
  }
  if (total > SUMMARY_FINDINGS) lines.push('', `…and ${total - SUMMARY_FINDINGS} more in the gates report.`);
  return lines;
}

/**
 * The job summary (and the pull-request comment): a heading with the verdict and the gates as a
 * table; with a base report, its figure and the change beside each; the new lines left uncovered
 * and the new vulnerabilities below.
 */
export function renderSummary(report: GatesReport, results: GateResult[], options: SummaryOptions = {}): string {
  const title = report.phaseTitle ?? (report.phase !== null ? `Phase ${report.phase}` : 'Gates');
  const failed = results.filter((r) => !r.passed).length;
  const verdict = report.passed
    ? `✅ passed (${results.length} gate${results.length === 1 ? '' : 's'})`
    : `❌ failed (${failed} of ${results.length} gate${results.length === 1 ? '' : 's'})`;
  const lines = [`## ${escapeCell(title)}: ${verdict}`, ''];
  if (results.length === 0) {
    lines.push('No gates were defined (phase-file and gates are both empty).');
    return lines.join('\n') + '\n';
  }
  const withBase = report.base !== undefined;
  const head = ['Gate', 'Threshold', ...(withBase ? ['Base', 'Head', 'Δ'] : ['Actual']), 'Verdict', ...(options.comment ? [] : ['Sources'])];
  lines.push(`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`);
  results.forEach((r, i) => {
    const g = report.gates[i];
    const verdictCell = r.status === 'pass' ? '✅ pass' : r.status === 'fail' ? '❌ fail' : r.passed ? '⚪ no data' : '❌ no data';
    const sources = r.sources.length ? r.sources.map((s) => `\`${s.file}\` (${s.format})`).join('<br>') : '—';
    const note = r.actual === null ? (r.why ?? r.detail) : r.detail;
    const actual = formatActual(r) + (note ? ` <sub>${escapeCell(note)}</sub>` : '');
    const cells = [
      `\`${r.gate.name}\``,
      escapeCell(formatThreshold(r.gate)),
      ...(withBase ? [escapeCell(baseCell(g)), escapeCell(actual), deltaCell(g)] : [escapeCell(actual)]),
      verdictCell,
      ...(options.comment ? [] : [escapeCell(sources)])
    ];
    lines.push(`| ${cells.join(' | ')} |`);
  });
  lines.push(...renderFindings(results));
  lines.push(...renderNewCode(report, options.links));
  lines.push(...renderNewFindings(report));
  const foot: string[] = [];
  if (report.base) foot.push(`Base: ${escapeCell(report.base.describe)}`);
  if (report.sha) foot.push(`Commit ${report.sha.slice(0, 12)}`);
  foot.push(report.generatedAt);
  if (report.sha || report.base) lines.push('', `<sub>${foot.join(' · ')}</sub>`);
  return lines.join('\n') + '\n';
}
