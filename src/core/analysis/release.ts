/**
 * Analysis where a release is decided: the inputs that configure it (`analysis`, `analysis-args`,
 * `on-inconclusive`, `analysis-report-path`), one run at a stage of the release (a canary step, a
 * blue-green switch, smoke-test's post-deploy bake) with every measurement and verdict in the audit
 * log, the decision it leads to, the analysis report every run is added to, and the Phase 07
 * figures read back from that report. deploy, smoke-test and gates-enforcer share it.
 */
import fs from 'node:fs/promises';
import type { Host } from '../host.js';
import { UserError, collecting } from '../errors.js';
import { Cancelled } from '../cancel.js';
import { input } from '../inputs.js';
import { displayPath, readJson, resolveInWorkspace, resolveOutputInWorkspace, writeFileAtomic } from '../files.js';
import { parseYaml, toData } from '../gates/phase.js';
import { assertSchema, schemaErrors } from '../schemas.js';
import type { AuditFields, AuditLevel } from '../deploy/audit-log.js';
import type { AnalysisRun, AnalysisSpec, AlertsSpec, CompareSpec, MetricProvider, ProviderSpec } from './types.js';
import { BUILTIN_ARGS, loadAnalysis, parseAnalysis, parseDuration, resolveArgs } from './template.js';
import { runAnalysis } from './run.js';

export const ANALYSIS_REPORT_SCHEMA = 'phase-gates/analysis-report@1';
export const ANALYSIS_REPORT_DEFAULT = 'post-deploy/analysis-report.json';

/** `on-inconclusive`: what an inconclusive analysis does to the release. */
export const ON_INCONCLUSIVE = ['fail', 'pass', 'rollback'] as const;
export type OnInconclusive = (typeof ON_INCONCLUSIVE)[number];

/** What the release did with a run's verdict (the report's `decision`). */
export type Decision = 'promote' | 'rollback' | 'stop' | 'pass';

/** A run as the report keeps it. */
export interface RecordedRun extends AnalysisRun {
  decision?: Decision;
}

/** The analysis report (`schemas/analysis-report.schema.json`). */
export interface AnalysisReport {
  schema: typeof ANALYSIS_REPORT_SCHEMA;
  environment: string | null;
  version: string | null;
  deploymentId: string | null;
  updatedAt: string;
  runs: RecordedRun[];
}

/** The input names of one action's analysis settings. */
export interface AnalysisInputNames {
  analysis: string;
  args: string;
  onInconclusive: string;
  reportPath: string;
}

export const ANALYSIS_INPUTS: AnalysisInputNames = {
  analysis: 'analysis',
  args: 'analysis-args',
  onInconclusive: 'on-inconclusive',
  reportPath: 'analysis-report-path'
};

/** An analysis configured by an action's inputs. */
export interface AnalysisConfig {
  spec: AnalysisSpec;
  /** `analysis-args`, as given (built-in args are added at each stage). */
  args: Record<string, string>;
  onInconclusive: OnInconclusive;
  /** The report, absolute, inside the workspace. */
  reportFile: string;
  reportShown: string;
  /** `analysis: embedded`: the built-in template over the service's own /metrics. */
  embedded: boolean;
}

/** Thresholds of the embedded template, from the action's own inputs where it has them. */
export interface EmbeddedDefaults {
  /** Ratio 0–1. */
  maxErrorRate: number;
  p95Ms: number;
}

/** The embedded template's thresholds unless analysis-args sets them: 1 % of 5xx answers, p95 500 ms. */
export const EMBEDDED_DEFAULTS: EmbeddedDefaults = { maxErrorRate: 0.01, p95Ms: 500 };

/**
 * The embedded default (`analysis: embedded`): no Prometheus server, only the service. Its own
 * `/metrics` is scraped every interval and judged between scrapes: the share of 5xx answers of
 * `http_requests_total` and the 95th percentile of `http_request_duration_seconds` (prom-client's
 * and most client libraries' names; write an analysis file for others). `analysis-args` may set
 * `interval` (10s), `count` (6), `failure-limit` (1), `max-error-rate` (a ratio) and `p95-ms`.
 * The error share is written `1 - ok / all`, not `5xx / all`: an app that never failed has no 5xx
 * series at all, and its error rate is 0, not "no data". No traffic between two scrapes is no
 * figure (NaN): such a measurement passes, as it shows no error.
 */
export function embeddedTemplate(args: Record<string, string>, defaults: EmbeddedDefaults): string {
  const pick = (name: string, fallback: string, valid: RegExp) => {
    const v = (args[name] ?? '').trim();
    if (v === '') return fallback;
    if (!valid.test(v)) throw new UserError(`${name}: ${JSON.stringify(v)} is not valid for the embedded analysis`, { input: ANALYSIS_INPUTS.args, hint: name === 'interval' ? 'a duration such as 10s' : 'a number' });
    return v;
  };
  const interval = pick('interval', '10s', /^\d+(\.\d+)?(ms|s|m)$/);
  const count = pick('count', '6', /^\d{1,4}$/);
  const failureLimit = pick('failure-limit', '1', /^\d{1,4}$/);
  const maxErrorRate = pick('max-error-rate', String(defaults.maxErrorRate), /^(\d+(\.\d+)?|\.\d+)$/);
  const p95 = pick('p95-ms', String(defaults.p95Ms), /^\d+(\.\d+)?$/);
  return `# phase-gates' embedded analysis: the service's own /metrics, scraped every ${interval}.
metrics:
  - name: error-rate
    gate: error_rate
    interval: ${interval}
    count: ${count}
    failureLimit: ${failureLimit}
    failureCondition: len(result) > 0 && !isNaN(result[0]) && result[0] > ${maxErrorRate}
    provider:
      scrape:
        url: "{{args.url}}/metrics"
        query: 1 - sum(rate(http_requests_total{code!~"5.."}[1m])) / sum(rate(http_requests_total[1m]))
  - name: p95-latency
    gate: p95_ms
    interval: ${interval}
    count: ${count}
    failureLimit: ${failureLimit}
    failureCondition: len(result) > 0 && !isNaN(result[0]) && result[0] > ${p95}
    provider:
      scrape:
        url: "{{args.url}}/metrics"
        query: histogram_quantile(0.95, sum by (le) (rate(http_request_duration_seconds_bucket[1m]))) * 1000
`;
}

/** `analysis-args`: a YAML mapping of names to scalar values. */
export function parseAnalysisArgs(text: string, name: string): Record<string, string> {
  if (text.trim() === '') return {};
  const data = toData(parseYaml(text, { input: name }), { input: name });
  if (!data || typeof data !== 'object' || Array.isArray(data)) throw new UserError('not a YAML mapping of argument names to values', { input: name, hint: 'e.g. { service: shop }' });
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(data as Record<string, unknown>)) {
    if (v !== null && typeof v === 'object') throw new UserError(`${k}: a value must be a string or a number`, { input: name });
    out[k] = v === null || v === undefined ? '' : String(v);
  }
  return out;
}

/** Reads an action's analysis inputs; undefined when `analysis` is not given. Errors name the inputs. */
export function readAnalysisConfig(host: Host, names: AnalysisInputNames, defaults: EmbeddedDefaults): AnalysisConfig | undefined {
  const given = host.getInput(names.analysis).trim();
  const errors: UserError[] = [];
  const attempt = collecting(errors);
  const args = attempt(() => parseAnalysisArgs(host.getInput(names.args), names.args), {});
  const raw = input(host, names.onInconclusive, 'fail').toLowerCase();
  const onInconclusive = attempt(() => {
    if (!(ON_INCONCLUSIVE as readonly string[]).includes(raw)) throw new UserError(`${JSON.stringify(raw)} is not one of ${ON_INCONCLUSIVE.join(', ')}`, { input: names.onInconclusive });
    return raw as OnInconclusive;
  }, 'fail' as OnInconclusive);
  const reportGiven = input(host, names.reportPath, ANALYSIS_REPORT_DEFAULT);
  const reportFile = attempt(() => resolveOutputInWorkspace(host.workspace, reportGiven, names.reportPath), '');
  if (!given) {
    if (errors.length) throw UserError.several(errors);
    return undefined;
  }
  const embedded = given.toLowerCase() === 'embedded';
  const spec = attempt(
    () =>
      embedded
        ? parseAnalysis(embeddedTemplate(args, defaults), { source: `${names.analysis}: embedded`, input: names.analysis })
        : loadAnalysis(given, { input: names.analysis, workspace: host.workspace }),
    undefined as AnalysisSpec | undefined
  );
  // A declared arg with no value, given by nobody: refused now, before anything is deployed (the
  // built-in args are given at each stage).
  if (spec) attempt(() => resolveArgs(spec, { ...Object.fromEntries(BUILTIN_ARGS.map((a) => [a, a])), ...args }, names.args), {});
  if (errors.length || !spec) throw UserError.several(errors);
  return { spec, args, onInconclusive, reportFile, reportShown: displayPath(host.workspace, reportFile), embedded };
}

/** Where a run writes its events: deploy's audit log, or smoke-test's (when given). */
export interface EventSink {
  write(level: AuditLevel, event: string, fields?: AuditFields): void;
}

/** What one stage's analysis decided. */
export interface StageAnalysis {
  run: RecordedRun;
  decision: Decision;
  /** The release may go on (Successful, or Inconclusive with on-inconclusive pass). */
  ok: boolean;
  /** One line for the summary and the failure message. */
  detail: string;
}

/** Built-in args of a stage (template variables usable without being declared). */
export interface StageArgs {
  environment?: string;
  version?: string;
  'previous-version'?: string;
  slot?: string;
  'stable-slot'?: string;
  'deployment-id'?: string;
  url?: string;
  'stable-url'?: string;
}

/** Providers of the analysis: Prometheus's HTTP API, or the embedded scrape (loaded when used). */
async function providers(env: Readonly<Record<string, string | undefined>>) {
  const [{ PrometheusProvider }, { ScrapeProvider }, { compileTimeExpression }] = await Promise.all([import('./prometheus.js'), import('./scrape.js'), import('./condition.js')]);
  return (spec: ProviderSpec): MetricProvider => {
    if (spec.kind === 'scrape') return new ScrapeProvider(spec, { env });
    const range = spec.range;
    if (!range) return new PrometheusProvider(spec, { env });
    const where = { input: ANALYSIS_INPUTS.analysis };
    const start = compileTimeExpression(range.start, where);
    const end = compileTimeExpression(range.end, where);
    // The template's own duration syntax (Go's: 30s, 1m30s), checked again once args are rendered.
    const stepSeconds = parseDuration(range.step, where) / 1000;
    return new PrometheusProvider(spec, { env, range: { start, end, stepSeconds } });
  };
}

/** Values of args that look like credentials are masked in the report and the log. */
const SECRET_ARG = /(token|secret|password|passwd|key|auth|credential)/i;

/**
 * Runs the analysis at one stage of a release and decides: Successful → promote; Failed →
 * rollback; Inconclusive → as `on-inconclusive` says. Every measurement, firing alert and the
 * verdict go to `sink` (the audit log) with the query and its figures. Compare metrics (canary
 * against baseline) are left out when no baseline serves traffic (`baseline: false`).
 */
export async function analyseStage(
  config: AnalysisConfig,
  opts: {
    stage: string;
    builtins: StageArgs;
    env: Readonly<Record<string, string | undefined>>;
    signal: AbortSignal;
    sink?: EventSink;
    info(message: string): void;
    /** Whether a stable slot still serves traffic beside the release (a canary step below 100 %). */
    baseline: boolean;
  }
): Promise<StageAnalysis> {
  const given: Record<string, string> = {};
  for (const [k, v] of Object.entries(opts.builtins)) if (v !== undefined && v !== '') given[k] = v;
  Object.assign(given, config.args);
  const args = resolveArgs(config.spec, given, ANALYSIS_INPUTS.args);
  const skipped = opts.baseline ? [] : config.spec.metrics.filter((m) => m.compare);
  const spec: AnalysisSpec = skipped.length ? { ...config.spec, metrics: config.spec.metrics.filter((m) => !m.compare) } : config.spec;
  const sink = opts.sink;
  const masked = Object.keys(args).filter((k) => SECRET_ARG.test(k));
  sink?.write('INFO', 'analysis.start', {
    stage: opts.stage,
    source: spec.source,
    metrics: spec.metrics.map((m) => m.name).join(',') || undefined,
    alerts: spec.alerts ? spec.alerts.matchers.join(',') : undefined,
    skipped: skipped.length ? `${skipped.map((m) => m.name).join(',')} (no baseline serves traffic)` : undefined
  });
  opts.info(`analysis (${opts.stage}): ${spec.metrics.map((m) => m.name).join(', ') || 'no metric'}${spec.alerts ? `; alerts matching ${spec.alerts.matchers.join(', ')}` : ''}${skipped.length ? `; ${skipped.map((m) => m.name).join(', ')} skipped: no baseline serves traffic` : ''}`);
  const [provider, alerts, compare] = await Promise.all([providers(opts.env), alertsOf(opts.env), import('./compare.js')]);
  const queries = new Map<string, string>();
  let run: AnalysisRun;
  if (spec.metrics.length === 0 && !spec.alerts) {
    const now = new Date().toISOString();
    run = { stage: opts.stage, source: spec.source, startedAt: now, finishedAt: now, phase: 'Successful', message: 'nothing to measure at this stage', args: {}, metrics: [] };
  } else {
    try {
      run = await runAnalysis(spec, {
        stage: opts.stage,
        args,
        provider,
        alerts: spec.alerts ? alerts : undefined,
        compare: (canary: number[], baseline: number[], c: CompareSpec) => compare.compareSamples(canary, baseline, c),
        signal: opts.signal,
        maskArgs: masked,
        onEvent: (event) => {
          if (event.type === 'measurement') {
            const m = event.measurement;
            const level: AuditLevel = m.phase === 'Failed' ? 'ERROR' : m.phase === 'Successful' ? 'INFO' : 'WARN';
            sink?.write(level, 'analysis.measurement', { stage: opts.stage, metric: event.metric, phase: m.phase, value: showValue(m.value), baseline: m.baseline === undefined ? undefined : showValue(m.baseline), detail: m.message });
            opts.info(`  ${event.metric}: ${m.phase.toLowerCase()} ${showValue(m.value)}${m.baseline !== undefined ? ` (baseline ${showValue(m.baseline)})` : ''}${m.message ? `: ${m.message}` : ''}`);
          } else if (event.type === 'metric') {
            const r = event.result;
            queries.set(r.name, r.query);
            sink?.write(r.phase === 'Successful' ? 'INFO' : r.phase === 'Failed' ? 'ERROR' : 'WARN', 'analysis.metric', {
              stage: opts.stage,
              metric: r.name,
              phase: r.phase,
              query: r.query,
              measurements: r.count,
              failed: r.failed,
              inconclusive: r.inconclusive,
              errors: r.error,
              detail: r.message
            });
          } else {
            const a = event.alert;
            sink?.write('ERROR', 'analysis.alert', { stage: opts.stage, alert: a.name, labels: showLabels(a.labels), since: a.startsAt, summary: a.summary });
            opts.info(`  alert ${a.name} ${showLabels(a.labels)} is firing${a.summary ? `: ${a.summary}` : ''}`);
          }
        }
      });
    } catch (err) {
      // What cannot be measured at this stage (an arg no one gave, a condition that does not
      // compile once rendered) is no verdict: inconclusive, the error named, on-inconclusive decides.
      if (err instanceof Cancelled || !(err instanceof UserError)) throw err;
      const now = new Date().toISOString();
      run = { stage: opts.stage, source: spec.source, startedAt: now, finishedAt: now, phase: 'Inconclusive', message: `not measured: ${err.message}`, args: {}, metrics: [] };
    }
  }
  const decision: Decision = run.phase === 'Successful' ? 'promote' : run.phase === 'Failed' ? 'rollback' : config.onInconclusive === 'pass' ? 'pass' : config.onInconclusive === 'rollback' ? 'rollback' : 'stop';
  const ok = decision === 'promote' || decision === 'pass';
  const verdict = run.phase === 'Inconclusive' ? `inconclusive (on-inconclusive: ${config.onInconclusive})` : run.phase.toLowerCase();
  const detail = `analysis ${verdict}: ${run.message}`;
  const decided = run.metrics.find((m) => m.phase !== 'Successful' && !m.dryRun);
  sink?.write(run.phase === 'Successful' ? 'INFO' : ok ? 'WARN' : 'ERROR', 'analysis.end', {
    stage: opts.stage,
    phase: run.phase,
    decision,
    metric: decided?.name,
    query: decided ? (queries.get(decided.name) ?? decided.query) : undefined,
    figures: decided ? figures(decided.measurements.map((m) => m.value)) : undefined,
    alerts: run.alerts?.firing.length ? run.alerts.firing.map((a) => a.name).join(',') : undefined,
    detail: run.message
  });
  return { run: { ...run, decision }, decision, ok, detail };
}

/** Alertmanager's firing alerts, through the runner's proxy settings as Prometheus's queries go. */
async function alertsOf(env: Readonly<Record<string, string | undefined>>) {
  const { fetchFiringAlerts, parseMatchers } = await import('./alertmanager.js');
  return (spec: AlertsSpec, signal: AbortSignal) =>
    fetchFiringAlerts(spec.address, parseMatchers(spec.matchers, { input: ANALYSIS_INPUTS.analysis, line: spec.line }), { timeoutMs: spec.timeoutMs, headers: spec.headers, signal, env });
}

function showValue(v: number | number[] | null | undefined): string {
  if (v === null || v === undefined) return 'none';
  if (Array.isArray(v)) return v.length === 1 ? showValue(v[0]) : `[${v.slice(0, 5).map((x) => showValue(x)).join(',')}${v.length > 5 ? `,…(${v.length})` : ''}]`;
  return Number.isFinite(v) ? String(Math.round(v * 1e6) / 1e6) : String(v);
}

function figures(values: Array<number | number[] | null>): string {
  return values.slice(-10).map((v) => showValue(v)).join(' ');
}

function showLabels(labels: Record<string, string>): string {
  return `{${Object.entries(labels)
    .filter(([k]) => k !== 'alertname')
    .map(([k, v]) => `${k}=${JSON.stringify(v)}`)
    .join(',')}}`;
}

/** A run's lines for a step summary: the verdict, then a row per metric. */
export function renderRun(run: RecordedRun): string[] {
  const icon = run.phase === 'Successful' ? '✅' : run.phase === 'Failed' ? '❌' : '⚠️';
  const cell = (t: string) => t.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
  const lines = [`#### Analysis, ${run.stage}: ${icon} ${run.phase.toLowerCase()}${run.decision ? ` → ${run.decision}` : ''}`, '', cell(run.message), ''];
  if (run.metrics.length) {
    lines.push('| Metric | Result | Measurements | Last value | Detail |', '| --- | --- | --- | --- | --- |');
    for (const m of run.metrics) {
      const last = m.measurements.at(-1);
      lines.push(`| ${cell(m.name)}${m.dryRun ? ' (dry run)' : ''} | ${m.phase.toLowerCase()} | ${m.count} (${m.failed} failed) | ${last ? showValue(last.value) : '—'} | ${cell(m.compare?.detail ?? m.message)} |`);
    }
    lines.push('');
  }
  if (run.alerts) {
    const a = run.alerts;
    lines.push(a.firing.length ? `Alerts firing: ${a.firing.map((f) => `\`${f.name}\` ${cell(showLabels(f.labels))}`).join(', ')}` : `No alert matching ${cell(a.matchers.join(', '))} fired (${a.checks} checks${a.errors ? `, ${a.errors} failed` : ''}).`, '');
  }
  return lines;
}

/** Reads an analysis report; undefined when the file is absent. Errors name `inputName`. */
export async function readAnalysisReport(file: string, shown: string, inputName: string): Promise<AnalysisReport | undefined> {
  try {
    await fs.access(file);
  } catch {
    return undefined;
  }
  const data = await readJson(file, shown, inputName);
  const errors = schemaErrors('analysis-report', data);
  if (errors.length) throw new UserError(`not an analysis report (schema ${ANALYSIS_REPORT_SCHEMA}): ${errors.slice(0, 3).join('; ')}`, { input: inputName, file: shown });
  return data as AnalysisReport;
}

/**
 * Adds a run to the report, atomically: the report of the same deployment gets it appended (the
 * oldest dropped past 100); a report of another deployment, or none, starts anew.
 */
export async function recordRun(config: AnalysisConfig, release: { environment?: string; version?: string; deploymentId?: string }, run: RecordedRun, inputName: string): Promise<void> {
  let report: AnalysisReport | undefined;
  try {
    report = await readAnalysisReport(config.reportFile, config.reportShown, inputName);
  } catch {
    report = undefined; // not ours, or broken: written anew
  }
  const id = release.deploymentId || null;
  if (!report || (report.deploymentId ?? null) !== id) {
    report = { schema: ANALYSIS_REPORT_SCHEMA, environment: release.environment || null, version: release.version || null, deploymentId: id, updatedAt: '', runs: [] };
  }
  report.runs = [...report.runs, jsonSafe(run)].slice(-100);
  report.updatedAt = new Date().toISOString();
  if (release.environment) report.environment = release.environment;
  if (release.version) report.version = release.version;
  assertSchema('analysis-report', report);
  await writeFileAtomic(config.reportFile, JSON.stringify(report, null, 2) + '\n');
}

/** NaN and infinities become null, as JSON has no other way to write them. */
function jsonSafe<T>(value: T): T {
  return JSON.parse(JSON.stringify(value, (_k, v) => (typeof v === 'number' && !Number.isFinite(v) ? null : v))) as T;
}

/** The Phase 07 figures of a report: from its post-deploy bake, else its last run. */
export interface TelemetryFigures {
  alerts_firing: number | null;
  /** % (0–100). */
  error_rate: number | null;
  p95_ms: number | null;
  /** Which run they came from, for the gate's detail. */
  stage: string;
}

export function telemetryFigures(report: AnalysisReport): TelemetryFigures | undefined {
  const run = [...report.runs].reverse().find((r) => r.stage === BAKE_STAGE) ?? report.runs.at(-1);
  if (!run) return undefined;
  const lastValue = (gate: string): number | null => {
    const m = run.metrics.find((x) => x.gate === gate);
    if (!m) return null;
    for (let i = m.measurements.length - 1; i >= 0; i--) {
      const v = m.measurements[i].value;
      const n = Array.isArray(v) ? (v.length === 1 ? v[0] : null) : v;
      if (typeof n === 'number' && Number.isFinite(n)) return n;
    }
    return null;
  };
  const errorRatio = lastValue('error_rate');
  return {
    alerts_firing: run.alerts ? run.alerts.firing.length : null,
    error_rate: errorRatio === null ? null : errorRatio * 100,
    p95_ms: lastValue('p95_ms'),
    stage: run.stage
  };
}

/** The stage name of smoke-test's analysis. */
export const BAKE_STAGE = 'post-deploy bake';

/** Resolves a report path given to gates-enforcer (`analysis-report`) and reads it; errors name the input. */
export async function readAnalysisReportInput(workspace: string, given: string, inputName: string): Promise<{ report: AnalysisReport; shown: string }> {
  const file = resolveInWorkspace(workspace, given, inputName);
  const shown = displayPath(workspace, file);
  const report = await readAnalysisReport(file, shown, inputName);
  if (!report) throw new UserError('file not found', { input: inputName, file: shown });
  return { report, shown };
}
