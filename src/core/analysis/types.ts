/**
 * Analysis of a release from telemetry: the shared shapes of its parts.
 *
 * An analysis is what Argo Rollouts calls an AnalysisTemplate's spec: metrics, each measured
 * `count` times every `interval` through a provider (Prometheus's HTTP API, or phase-gates'
 * embedded scrape of the service's own `/metrics`), each measurement judged by a success and a
 * failure condition, with failure, inconclusive and consecutive-error limits. phase-gates adds
 * Alertmanager's firing alerts and a canary-against-baseline rank test (Mann–Whitney U, as Kayenta
 * judges canaries).
 *
 * - `template.ts`: YAML (inline or a file) → {@link AnalysisSpec}, validated with line numbers;
 *   `{{args.name}}` template variables.
 * - `condition.ts`: the expression language of `successCondition` / `failureCondition`.
 * - `run.ts`: the measurement loop → {@link AnalysisRun}.
 * - `prometheus.ts`, `alertmanager.ts`, `scrape.ts` (+ `promql.ts`): the providers.
 * - `compare.ts`: canary against baseline.
 */

/** A template argument: Argo's `args: [{name, value}]`; without a value it must be given at run time. */
export interface ArgSpec {
  name: string;
  value?: string;
  /** 1-based line of the argument in its file or input. */
  line: number;
}

/** Prometheus's HTTP API (Argo's `provider.prometheus`). */
export interface PrometheusProviderSpec {
  kind: 'prometheus';
  /** Base URL, e.g. `http://prometheus.example:9090` (args rendered). */
  address: string;
  /** PromQL (args rendered at run time: it may hold `{{args.…}}`). */
  query: string;
  /** Per request; Argo's `timeout` (seconds), default 30 s. */
  timeoutMs: number;
  /**
   * A range query (Argo's `rangeQuery`): `start` and `end` are expressions of the condition
   * language over `now()` and `duration("5m")`, `step` a duration. Absent: an instant query.
   */
  range?: { start: string; end: string; step: string };
  /** Extra request headers (Argo's `headers: [{key, value}]`), e.g. Authorization. */
  headers: Record<string, string>;
}

/**
 * phase-gates' embedded provider: scrapes `url` (Prometheus text format) at each measurement and
 * evaluates `query` — a subset of PromQL — between this scrape and the previous one.
 */
export interface ScrapeProviderSpec {
  kind: 'scrape';
  /** The `/metrics` URL (args rendered at run time). */
  url: string;
  query: string;
  timeoutMs: number;
  headers: Record<string, string>;
}

export type ProviderSpec = PrometheusProviderSpec | ScrapeProviderSpec;

/** Canary against baseline (Kayenta's judgement): the metric measured for both, compared by a rank test. */
export interface CompareSpec {
  /**
   * Args that differ for the baseline's measurement. Default: `slot` → the stable slot
   * (`{{args.stable-slot}}`), `version` → the previous version, `url` → the stable slot's URL.
   */
  baselineArgs: Record<string, string>;
  /** Which way is worse: `increase` (latency, errors; the default), `decrease` (throughput), `either`. */
  direction: 'increase' | 'decrease' | 'either';
  /** The canary may be this much worse (%, of the baseline's median) and still pass. Default 10. */
  tolerancePct: number;
  /** Confidence of the one-sided test, 0.5–0.999. Default 0.95. */
  confidence: number;
  /** Fewer measurements than this for either side: inconclusive. Default 3. */
  minSamples: number;
}

/** A Phase 07 gate metric fed by an analysis metric. */
export type GateMetric = 'error_rate' | 'p95_ms';

/** One metric of an analysis (Argo's `metrics[]`). */
export interface MetricSpec {
  name: string;
  /** 1-based line of its `- name:` in the file or input. */
  line: number;
  /** Between measurements; Argo's `interval` (`30s`, `1m`). 0 with count 1. */
  intervalMs: number;
  /** Before the first measurement (Argo's `initialDelay`). */
  initialDelayMs: number;
  /** Measurements to take (Argo's `count`); an analysis always ends. */
  count: number;
  /** Failed measurements allowed; one more fails the metric (Argo: default 0). */
  failureLimit: number;
  /** Inconclusive measurements allowed; one more makes the metric inconclusive (Argo: default 0). */
  inconclusiveLimit: number;
  /** Consecutive errors allowed (Argo: default 4); one more: the metric errs. */
  consecutiveErrorLimit: number;
  /** Argo's expression language over `result`; absent: no success test. */
  successCondition?: string;
  failureCondition?: string;
  provider: ProviderSpec;
  /** Canary against baseline instead of (or beside) the conditions. */
  compare?: CompareSpec;
  /** The Phase 07 gate this metric's last value feeds (`error_rate` as a ratio 0–1, `p95_ms` in ms). */
  gate?: GateMetric;
  /** Argo's `dryRun`: measured and reported, never fails the analysis. */
  dryRun: boolean;
}

/** Alertmanager during the analysis: any firing alert matching every matcher fails it. */
export interface AlertsSpec {
  /** Alertmanager's base URL (args rendered). */
  address: string;
  /** Label matchers as Alertmanager writes them: `service=shop`, `env!=dev`, `severity=~"page|critical"`. */
  matchers: string[];
  /** How often to look; default: the shortest metric interval, else 10 s. */
  intervalMs: number;
  timeoutMs: number;
  headers: Record<string, string>;
  line: number;
}

/** A validated analysis. */
export interface AnalysisSpec {
  /** Where it was written: a file relative to the workspace, or the input's name. */
  source: string;
  args: ArgSpec[];
  metrics: MetricSpec[];
  alerts?: AlertsSpec;
}

/** How one measurement came out (Argo's measurement phases). */
export type MeasurementPhase = 'Successful' | 'Failed' | 'Inconclusive' | 'Error';

/** One measurement. */
export interface Measurement {
  phase: MeasurementPhase;
  /** ISO time it was taken. */
  at: string;
  /** The provider's result: a number (scalar), the values of a vector, or null when empty. */
  value: number | number[] | null;
  /** Compare metrics: the baseline's value at the same time. */
  baseline?: number | null;
  /** Why it failed or erred (the provider's error, the condition that failed). */
  message?: string;
}

/** How a metric or a run ended. `Error` only for a metric: a run whose metric erred is `Inconclusive`. */
export type MetricPhase = 'Successful' | 'Failed' | 'Inconclusive' | 'Error';
export type RunPhase = 'Successful' | 'Failed' | 'Inconclusive';

/** The rank test's verdict (compare.ts). */
export interface CompareResult {
  verdict: 'pass' | 'fail' | 'inconclusive';
  canary: number[];
  baseline: number[];
  canaryMedian: number | null;
  baselineMedian: number | null;
  /** Canary's median against the baseline's, in % (+ is higher). */
  changePct: number | null;
  /** Mann–Whitney U of the canary's sample. */
  u: number | null;
  /** One-sided p-value (two-sided for `either`). */
  pValue: number | null;
  tolerancePct: number;
  confidence: number;
  /** One line: why this verdict, with the figures. */
  detail: string;
}

/** A metric's result. */
export interface MetricResult {
  name: string;
  phase: MetricPhase;
  /** The query (or URL and query) as sent, args rendered. */
  query: string;
  provider: ProviderSpec['kind'];
  count: number;
  successful: number;
  failed: number;
  inconclusive: number;
  error: number;
  /** Measurements in order (at most the last 100). */
  measurements: Measurement[];
  compare?: CompareResult;
  gate?: GateMetric;
  dryRun: boolean;
  /** One line: why this phase. */
  message: string;
}

/** An alert Alertmanager reported firing (active, neither silenced nor inhibited) that matched. */
export interface FiringAlert {
  name: string;
  labels: Record<string, string>;
  startsAt: string;
  /** The `summary` or `description` annotation, when it has one. */
  summary?: string;
  fingerprint: string;
}

export interface AlertsResult {
  address: string;
  matchers: string[];
  /** Matching firing alerts seen during the run (each once, by fingerprint). */
  firing: FiringAlert[];
  /** Checks made and how many erred (Alertmanager down: the run is inconclusive, not passed). */
  checks: number;
  errors: number;
  lastError?: string;
}

/** One analysis run: what deploy, smoke-test and the Phase 07 gate record. */
export interface AnalysisRun {
  /** Where in the release it ran: `canary step 1/3`, `blue-green switch`, `post-deploy bake`. */
  stage: string;
  source: string;
  startedAt: string;
  finishedAt: string;
  phase: RunPhase;
  /** One line: the metric or alert that decided it, with its figures. */
  message: string;
  /** The args the templates were rendered with (values of secret-looking args masked). */
  args: Record<string, string>;
  metrics: MetricResult[];
  alerts?: AlertsResult;
}

/** A provider: one measurement of a rendered query. */
export interface MetricProvider {
  /** Called once when the analysis starts (the embedded scrape takes its first sample here). */
  start?(signal: AbortSignal): Promise<void>;
  /** The query's value now; throws an Error naming what went wrong (unreachable, bad query). */
  measure(query: string, signal: AbortSignal): Promise<number | number[] | null>;
  close?(): Promise<void>;
}
