/**
 * Metric values from the inputs of gates-enforcer: coverage, perf and vulnerability reports, a
 * smoke report, and the `metrics` mapping. Each value keeps the files it came from.
 */
import { promises as fs } from 'node:fs';
import { isMap, isScalar, type Pair, type Node as YamlNode } from 'yaml';
import { UserError } from '../errors.js';
import { displayPath, readJson, resolveInWorkspace } from '../files.js';
import { loadReports } from '../reports/load.js';
import type { ReportSource } from '../reports/types.js';
import { CoverageAccumulator, percent, type CoverageMetric } from '../reports/coverage/model.js';
import { COVERAGE_FORMATS } from '../reports/coverage/index.js';
import { PerfAccumulator } from '../reports/perf/model.js';
import { PERF_FORMATS } from '../reports/perf/index.js';
import { VulnAccumulator, SEVERITIES } from '../reports/vulns/model.js';
import { VULNS_FORMATS } from '../reports/vulns/index.js';
import { parseYaml, toData, lineOf } from './phase.js';
import { countValue, latencyMs, percentage } from '../reports/domain.js';
import { MAX_THRESHOLD } from './grammar.js';
import { canonicalMetric, metricInfo } from './metrics.js';

export type MetricScalar = number | boolean | string;

export interface MetricValue {
  /** null: a source was read but it says nothing of this metric. */
  value: MetricScalar | null;
  sources: ReportSource[];
  /** The counts behind a figure, e.g. `812/1000 lines`. */
  detail?: string;
  /** Why there is no value, when the source can say (a relative gate without its base). */
  why?: string;
}

export type MetricTable = Map<string, MetricValue>;

const COVERAGE_METRICS: Array<[string, CoverageMetric]> = [
  ['coverage_lines', 'lines'],
  ['coverage_branches', 'branches'],
  ['coverage_functions', 'functions'],
  ['coverage_statements', 'statements']
];

/** Reads coverage files into `coverage_*` metrics (percentages of summed counts); the merged coverage, for new lines. */
export async function collectCoverage(workspace: string, input: string, globs: string, into: MetricTable): Promise<CoverageAccumulator> {
  const acc = new CoverageAccumulator(workspace);
  const sources = await loadReports(workspace, input, globs, COVERAGE_FORMATS, acc);
  const totals = acc.totals();
  for (const [metric, key] of COVERAGE_METRICS) {
    const ratio = totals[key];
    into.set(metric, {
      value: percent(ratio),
      sources,
      detail: ratio.total ? `${ratio.covered}/${ratio.total} ${key} in ${acc.fileCount} files` : undefined
    });
  }
  return acc;
}

/** Reads load-test reports into `perf_*` metrics. */
export async function collectPerf(workspace: string, input: string, globs: string, into: MetricTable): Promise<void> {
  const acc = new PerfAccumulator();
  const sources = await loadReports(workspace, input, globs, PERF_FORMATS, acc);
  const f = acc.figures();
  const detail = `${f.samples ? `${f.samples} samples` : 'tool percentiles'}${f.requests ? `, ${f.failures}/${f.requests} failed` : ''}`;
  for (const metric of ['perf_p50_ms', 'perf_p90_ms', 'perf_p95_ms', 'perf_p99_ms', 'perf_error_rate'] as const) {
    into.set(metric, { value: f[metric], sources, detail });
  }
}

/** Reads scanner reports (and alerts counted by the caller into `acc`) into `vulns_*` metrics. */
export async function collectVulns(
  workspace: string,
  input: string,
  globs: string,
  acc: VulnAccumulator
): Promise<ReportSource[]> {
  return loadReports(workspace, input, globs, VULNS_FORMATS, acc, (shown) => (acc.source = shown));
}

/** Sets `vulns_*` from everything counted. */
export function setVulnMetrics(acc: VulnAccumulator, sources: ReportSource[], into: MetricTable): void {
  const counts = acc.counts();
  for (const severity of SEVERITIES) {
    into.set(`vulns_${severity}`, { value: counts[severity], sources, detail: `${acc.size} distinct findings` });
  }
}

/** Reads a smoke report (`phase-gates/smoke-report@1`) into `smoke_*` metrics. */
export async function collectSmoke(workspace: string, input: string, given: string, into: MetricTable): Promise<void> {
  const file = resolveInWorkspace(workspace, given, input);
  const shown = displayPath(workspace, file);
  try {
    await fs.access(file);
  } catch {
    throw new UserError('file not found', { input, file: shown });
  }
  const report = (await readJson(file, shown, input)) as Record<string, unknown> | null;
  if (!report || typeof report !== 'object' || report.schema !== 'phase-gates/smoke-report@1') {
    throw new UserError('not a smoke report (schema phase-gates/smoke-report@1)', { input, file: shown });
  }
  const totals = (report.totals ?? {}) as Record<string, unknown>;
  const sources = [{ file: shown, format: 'smoke-report' }];
  const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
  if (typeof report.passed !== 'boolean') throw new UserError('smoke report without a boolean `passed`', { input, file: shown });
  into.set('smoke_passed', { value: report.passed, sources });
  into.set('smoke_p95_ms', { value: num(totals.p95Ms), sources });
  // The smoke report keeps its error rate as a ratio (0–1); gates compare percentages.
  const rate = num(totals.errorRate);
  into.set('smoke_error_rate', { value: rate === null ? null : rate * 100, sources, detail: `${totals.failures}/${totals.requests} failed` });
}

/**
 * A number given for `metric` in the `metrics` input, in the metric's domain: a count is a whole
 * number of 0 or more, a percentage 0 to 100, a latency 0 to 10⁹ ms; any figure finite and at most
 * 10¹⁵ in absolute value. `vulns_critical: -5` would otherwise pass `vulns_critical: 0`.
 */
function metricInDomain(name: string, v: number, input: string, line: number | undefined): number {
  const info = metricInfo(canonicalMetric(name));
  const what = `metric ${name}:`;
  if (!Number.isFinite(v) || Math.abs(v) > MAX_THRESHOLD) throw new UserError(`${what} ${v} is not a finite number of at most 10^15`, { input, line });
  try {
    // The same domains as the figures read from reports (reports/domain.ts).
    if (info?.unit === 'count') countValue(v, what);
    else if (info?.unit === '%') percentage(v, what);
    else if (info?.unit === 'ms') latencyMs(v, what);
  } catch (err) {
    throw UserError.attribute(err, { input, line });
  }
  return v;
}

/**
 * Reads the `metrics` input: a YAML mapping of metric name to a number, boolean or word, e.g.
 * `deploy_status: ${{ needs.deploy.outputs.status }}`. Numbers written as strings are numbers.
 */
export function collectMetricsInput(value: string, input: string, into: MetricTable): void {
  if (value.trim() === '') return;
  const parsed = parseYaml(value, { input });
  toData(parsed, { input });
  const root = parsed.doc.contents;
  if (!isMap(root)) throw new UserError('must be a YAML mapping of metric to value', { input, line: 1, hint: 'e.g. deploy_status: success' });
  for (const pair of root.items as Pair<YamlNode, YamlNode>[]) {
    const name = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
    const line = lineOf(parsed, pair.key);
    const node = pair.value;
    if (!isScalar(node)) throw new UserError(`metric ${name}: a number, true/false or a word`, { input, line });
    let v = node.value;
    if (v === null || v === '') {
      into.set(name, { value: null, sources: [{ file: input, format: 'input' }] });
      continue;
    }
    if (typeof v === 'string') {
      const t = v.trim();
      const num = /^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?\s*(%|ms)?$/i.exec(t);
      if (num) v = Number(t.replace(/\s*(%|ms)$/i, ''));
      else if (/^(true|false)$/i.test(t)) v = t.toLowerCase() === 'true';
      else v = t;
    }
    if (typeof v !== 'number' && typeof v !== 'boolean' && typeof v !== 'string') {
      throw new UserError(`metric ${name}: a number, true/false or a word`, { input, line });
    }
    const value = typeof v === 'number' ? metricInDomain(name, v, input, line) : v;
    into.set(name, { value, sources: [{ file: input, format: 'input' }] });
  }
}

/** Reads an analysis report (`phase-gates/analysis-report@1`) into `alerts_firing`, `error_rate` and `p95_ms`. */
export async function collectTelemetry(workspace: string, input: string, given: string, into: MetricTable): Promise<void> {
  const { readAnalysisReportInput, telemetryFigures } = await import('../analysis/release.js');
  const { report, shown } = await readAnalysisReportInput(workspace, given, input);
  const sources = [{ file: shown, format: 'analysis-report' }];
  const f = telemetryFigures(report);
  const detail = f ? `analysis run: ${f.stage}` : 'the report holds no analysis run';
  into.set('alerts_firing', { value: f?.alerts_firing ?? null, sources, detail });
  into.set('error_rate', { value: f?.error_rate ?? null, sources, detail });
  into.set('p95_ms', { value: f?.p95_ms ?? null, sources, detail });
}
