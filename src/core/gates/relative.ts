/**
 * Gates on the change (issue 16): figures of what a pull request adds, and of this commit against
 * its base branch. `coverage_new*` come from the lines the change adds (change/patch-coverage.ts);
 * `coverage_delta`, `perf_*_regression` and `vulns_new_*` from the base branch's gates report
 * (gates/base.ts). Without the change or the base, each is `no data` with the reason as its detail,
 * and `fail-on-missing` decides, as for any metric without a source.
 */
import type { MetricScalar, MetricTable, MetricValue } from './collect.js';
import { metricInfo } from './metrics.js';
import type { PatchCoverage } from '../change/patch-coverage.js';
import type { BaseFigures } from './base.js';
import { newFindings, severityCounts, SEVERITIES, type Vulnerability } from '../reports/vulns/model.js';
import type { ReportSource } from '../reports/types.js';

/** What the relative figures are computed from; a missing part comes with the reason it is missing. */
export interface RelativeInputs {
  patch: PatchCoverage | null;
  /** Why there is no patch coverage (no pull request, no coverage files, …). */
  patchWhy?: string;
  /** Where the change came from, for the sources column: `git diff abc1234...def5678`. */
  changeSource?: string;
  base: BaseFigures | null;
  baseWhy?: string;
  /** Distinct findings of this commit's reports; undefined when no vulnerability source was read. */
  headFindings?: Vulnerability[];
}

/** The new findings by severity, when both sides have findings' keys (for the report and the comment). */
export interface RelativeFigures {
  newFindings?: Vulnerability[];
}

const LATENCIES = ['p50', 'p90', 'p95', 'p99'] as const;

function noData(why: string, sources: ReportSource[] = []): MetricValue {
  return { value: null, sources, why };
}

/** Sets every relative metric the catalogue knows in `metrics`, from `inputs` and the head figures already there. */
export function setRelativeMetrics(metrics: MetricTable, inputs: RelativeInputs): RelativeFigures {
  const out: RelativeFigures = {};
  setPatchMetrics(metrics, inputs);
  const base = inputs.base;
  const baseSource: ReportSource[] = base ? [{ file: base.describe, format: 'base gates report' }] : [];
  const baseMetric = (name: string): number | null => {
    const v = base?.report.metrics?.[name];
    return typeof v === 'number' && Number.isFinite(v) ? v : null;
  };
  const headMetric = (name: string): MetricValue | undefined => metrics.get(name);
  const why = (what: string, head: MetricValue | undefined, baseValue: number | null): string =>
    !base
      ? `no base figures: ${inputs.baseWhy ?? 'no base report'}`
      : baseValue === null
        ? `the base report (${base.describe}) has no ${what}`
        : head?.value == null
          ? `this run has no ${what}`
          : '';

  // coverage_delta: percentage points of line coverage against the base.
  {
    const head = headMetric('coverage_lines');
    const b = baseMetric('coverage_lines');
    const reason = why('coverage_lines', head, b);
    metrics.set(
      'coverage_delta',
      reason
        ? noData(reason, [...baseSource, ...(head?.sources ?? [])])
        : { value: (head!.value as number) - b!, sources: [...baseSource, ...head!.sources], detail: `${fmt(head!.value as number)}% against ${fmt(b!)}%` }
    );
  }
  // perf_pXX_regression: the latency's change in % of the base's.
  for (const p of LATENCIES) {
    const name = `perf_${p}_ms`;
    const head = headMetric(name);
    const b = baseMetric(name);
    let reason = why(name, head, b);
    if (!reason && b === 0) reason = `the base's ${name} is 0 ms: no change in % of it`;
    metrics.set(
      `perf_${p}_regression`,
      reason
        ? noData(reason, [...baseSource, ...(head?.sources ?? [])])
        : {
            value: (((head!.value as number) - b!) / b!) * 100,
            sources: [...baseSource, ...head!.sources],
            detail: `${fmt(head!.value as number)} ms against ${fmt(b!)} ms`
          }
    );
  }
  // vulns_new_*: findings whose key the base's reports do not have.
  const baseKeys = base?.report.findingKeys;
  const vulnReason = !base
    ? `no base figures: ${inputs.baseWhy ?? 'no base report'}`
    : !baseKeys
      ? `the base report (${base.describe}) lists no findings (it read no vulnerability report${base.report.findingKeysTruncated ? ', or too many to list' : ''})`
      : base.report.findingKeysTruncated
        ? `the base report (${base.describe}) lists only part of its findings`
        : !inputs.headFindings
          ? 'this run read no vulnerability report'
          : '';
  if (vulnReason) {
    for (const s of SEVERITIES) metrics.set(`vulns_new_${s}`, noData(vulnReason, baseSource));
  } else {
    const fresh = newFindings(inputs.headFindings!, baseKeys!);
    out.newFindings = fresh;
    const by = severityCounts(fresh);
    const head = headMetric('vulns_critical');
    for (const s of SEVERITIES) {
      metrics.set(`vulns_new_${s}`, {
        value: by[s],
        sources: [...baseSource, ...(head?.sources ?? [])],
        detail: `${fresh.length} new of ${inputs.headFindings!.length} distinct findings`
      });
    }
  }
  return out;
}

function setPatchMetrics(metrics: MetricTable, inputs: RelativeInputs): void {
  const patch = inputs.patch;
  const sources: ReportSource[] = inputs.changeSource ? [{ file: inputs.changeSource, format: 'change' }] : [];
  if (!patch) {
    const reason = inputs.patchWhy ?? 'no change to measure';
    metrics.set('coverage_new', noData(reason, sources));
    metrics.set('coverage_new_branches', noData(reason, sources));
    return;
  }
  const { lines, branches } = patch;
  const where = `${patch.files.length} of ${patch.changedFiles} changed files`;
  const none = inputs.patchWhy ?? 'no line the change adds is measured by the coverage reports';
  metrics.set(
    'coverage_new',
    lines.total ? { value: (lines.covered / lines.total) * 100, sources, detail: `${lines.covered}/${lines.total} new lines in ${where}` } : noData(none, sources)
  );
  metrics.set(
    'coverage_new_branches',
    branches.total
      ? { value: (branches.covered / branches.total) * 100, sources, detail: `${branches.covered}/${branches.total} new branches in ${where}` }
      : noData(lines.total ? 'no branch on the lines the change adds is measured by the coverage reports' : none, sources)
  );
}

function fmt(n: number): string {
  return String(Math.round(n * 100) / 100);
}

/** The value of `metric` in a base report, for the Base column of the summary and the comment. */
export function baseValue(base: BaseFigures | null, metric: string): MetricScalar | null {
  if (!base || metricInfo(metric)?.relative) return null;
  const v = base.report.metrics?.[metric];
  return v === undefined ? null : v;
}
