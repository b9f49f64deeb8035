/** The metrics gates know: their direction, unit and kind (SPEC, "Gate grammar"). */

export type Direction = 'higher' | 'lower';
export type MetricUnit = '%' | 'ms' | 'count';

export interface MetricInfo {
  /** Which way is better: it sets the operator of a bare number. Booleans and words use `==`. */
  direction?: Direction;
  unit?: MetricUnit;
  kind: 'number' | 'boolean' | 'word';
  /** A rate stored as a percentage, written by users as `1%` or as a ratio `0.01`. */
  rate?: boolean;
  /**
   * The figure compares this commit with something else, and has no value without it: `change`,
   * the lines the pull request adds or changes (from git or the API); `base`, the base branch's
   * gates report (see gates/base.ts).
   */
  relative?: 'change' | 'base';
  /** Where a threshold may lie when not 0–100 (a `%` figure) or 0 and more: a delta can be negative. */
  range?: readonly [number, number];
  description: string;
}

const coverage = (what: string): MetricInfo => ({
  direction: 'higher',
  unit: '%',
  kind: 'number',
  description: `${what} covered, merged over every coverage file`
});
const latency = (what: string): MetricInfo => ({ direction: 'lower', unit: 'ms', kind: 'number', description: what });
const rate = (what: string): MetricInfo => ({ direction: 'lower', unit: '%', kind: 'number', rate: true, description: what });
const count = (what: string): MetricInfo => ({ direction: 'lower', unit: 'count', kind: 'number', description: what });

export const METRICS: Readonly<Record<string, MetricInfo>> = {
  coverage_lines: coverage('lines'),
  coverage_branches: coverage('branches'),
  coverage_functions: coverage('functions'),
  coverage_statements: coverage('statements'),
  perf_p50_ms: latency('median latency of the load test'),
  perf_p90_ms: latency('90th percentile latency of the load test'),
  perf_p95_ms: latency('95th percentile latency of the load test'),
  perf_p99_ms: latency('99th percentile latency of the load test'),
  perf_error_rate: rate('failed requests of the load test'),
  vulns_critical: count('critical vulnerabilities'),
  vulns_high: count('high vulnerabilities'),
  vulns_medium: count('medium vulnerabilities'),
  vulns_low: count('low vulnerabilities'),
  smoke_passed: { kind: 'boolean', description: 'the smoke test passed' },
  smoke_p95_ms: latency('95th percentile latency of the smoke test'),
  smoke_error_rate: rate('failed requests of the smoke test'),
  deploy_status: { kind: 'word', description: 'status of the deployment (success, failure, rolled_back, skipped)' },
  // Phase 07 "CI jobs green on base branch" (issue 18): measured by the root action with a token.
  base_ci_green: { kind: 'boolean', description: "CI green on the base branch's head commit: every check run and commit status completed and successful, every required check present" },
  // Phase 07 from production telemetry (issue 17): the analysis report's post-deploy bake.
  alerts_firing: count('alerts firing in Alertmanager that match the analysis\'s matchers, during the post-deploy bake'),
  error_rate: rate('error rate of real traffic (the analysis metric with gate: error_rate), at the end of the post-deploy bake'),
  p95_ms: latency('95th percentile latency of real traffic (the analysis metric with gate: p95_ms), at the end of the post-deploy bake'),
  // Gates on the change (issue 16): what the pull request adds, against its base branch.
  coverage_new: {
    ...coverage('lines added or changed by the pull request that the coverage report measures'),
    relative: 'change',
    description: 'lines added or changed by the pull request, of those the coverage report measures, covered (diff-cover, Codecov patch)'
  },
  coverage_new_branches: {
    ...coverage('branches'),
    relative: 'change',
    description: 'branches on lines added or changed by the pull request, covered'
  },
  coverage_delta: {
    direction: 'higher',
    unit: '%',
    kind: 'number',
    relative: 'base',
    range: [-100, 100],
    description: 'line coverage minus the base branch\'s, in percentage points'
  },
  ...regressions(),
  ...newVulns()
};

/** `perf_p95_regression` and its siblings: the latency's change against the base branch, in % of the base's. */
function regressions(): Record<string, MetricInfo> {
  const out: Record<string, MetricInfo> = {};
  for (const p of ['p50', 'p90', 'p95', 'p99']) {
    out[`perf_${p}_regression`] = {
      direction: 'lower',
      unit: '%',
      kind: 'number',
      relative: 'base',
      range: [-100, 1e6],
      description: `change of the load test's ${p} latency against the base branch's, in % of the base's`
    };
  }
  return out;
}

/** `vulns_new_critical` …: findings of the severity that the base branch's reports do not have. */
function newVulns(): Record<string, MetricInfo> {
  const out: Record<string, MetricInfo> = {};
  for (const s of ['critical', 'high', 'medium', 'low']) {
    out[`vulns_new_${s}`] = { ...count(`${s} vulnerabilities absent from the base branch's reports`), relative: 'base' };
  }
  return out;
}

/** What the catalogue says of `metric`; undefined for a metric of the user's own (never `Object`'s `constructor`). */
export function metricInfo(metric: string): MetricInfo | undefined {
  return Object.hasOwn(METRICS, metric) ? METRICS[metric] : undefined;
}

/** Names that mean another metric. */
export const ALIASES: Readonly<Record<string, string>> = { coverage: 'coverage_lines' };

/** The metric a gate name measures (`coverage` → `coverage_lines`). */
export function canonicalMetric(name: string): string {
  return Object.hasOwn(ALIASES, name) ? ALIASES[name] : name;
}

/**
 * For metrics the catalogue does not know (values from the `metrics` input), the direction a
 * bare number implies, read from the name; undefined when the name does not say.
 */
export function guessDirection(name: string): Direction | undefined {
  if (/(^|_)(ms|s|seconds|latency|duration|time|errors?|error_rate|failures?|failed|vulns?|warnings?|violations?|issues|debt|size|bytes|kb|mb)$/i.test(name)) return 'lower';
  if (/(^|_)(coverage|score|passed|success|rate_ok|uptime|apdex|throughput|rps)$/i.test(name)) return 'higher';
  return undefined;
}

/** Every name a gate may use for a metric the reports or the catalogue give. */
export function knownMetricNames(): string[] {
  return [...Object.keys(METRICS), ...Object.keys(ALIASES)];
}
