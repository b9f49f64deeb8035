/** The gates report (`phase-gates/gates-report@1`) and its Markdown summary. */
import { GATES_REPORT_SCHEMA } from '../constants.js';
import { formatNumber, formatThreshold, compare } from './grammar.js';
import type { GateResult } from './evaluate.js';
import type { MetricTable, MetricScalar } from './collect.js';
import type { Severity, Vulnerability } from '../reports/vulns/model.js';

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
      ...(r.detail ? { detail: r.detail } : {}),
      sources: r.sources.map((s) => ({ file: s.file, format: s.format })),
      ...(r.findings ? { findings: r.findings.slice(0, REPORT_FINDINGS).map(reportFinding), findingsTotal: r.findings.length } : {})
    })),
    metrics: allMetrics
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
    return `Gate ${r.gate.name} failed: no data (no input gave ${r.gate.metric}; required ${formatThreshold(r.gate)})`;
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

/** The job summary: a heading with the verdict and the gates as a table. */
export function renderSummary(report: GatesReport, results: GateResult[]): string {
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
  lines.push('| Gate | Threshold | Actual | Verdict | Sources |', '| --- | --- | --- | --- | --- |');
  for (const r of results) {
    const verdictCell = r.status === 'pass' ? '✅ pass' : r.status === 'fail' ? '❌ fail' : r.passed ? '⚪ no data' : '❌ no data';
    const sources = r.sources.length ? r.sources.map((s) => `\`${s.file}\` (${s.format})`).join('<br>') : '—';
    const actual = formatActual(r) + (r.detail ? ` <sub>${escapeCell(r.detail)}</sub>` : '');
    lines.push(`| \`${r.gate.name}\` | ${escapeCell(formatThreshold(r.gate))} | ${escapeCell(actual)} | ${verdictCell} | ${escapeCell(sources)} |`);
  }
  lines.push(...renderFindings(results));
  if (report.sha) lines.push('', `<sub>Commit ${report.sha.slice(0, 12)} · ${report.generatedAt}</sub>`);
  return lines.join('\n') + '\n';
}
