/**
 * The smoke report (`phase-gates/smoke-report@1`, schemas/smoke-report.schema.json), the verdict
 * over it and the job summary, with secrets masked out of both (src/core/secrets.ts).
 *
 * Internal to smoke-test. gates-enforcer reads these reports (src/core/gates/collect.ts
 * `collectSmoke`, src/core/reports/perf/smoke-report.ts): `passed`, `totals.p95Ms`, the counts and
 * `totals.errorRate` as a ratio 0–1 are its contract.
 */
import { SMOKE_REPORT_SCHEMA } from '../constants.js';
import { percentileOfSorted } from '../reports/perf/model.js';
import { checkFigures, type Assertion, type EngineOutcome, type Monitoring, type Readiness, type SmokeSettings } from './engine.js';
import { Redactor, isSecretName } from '../secrets.js';

/** One check in the report. */
export interface SmokeReportCheck {
  name: string;
  method: string;
  url: string;
  passed: boolean;
  flaky: boolean;
  /** Most requests one sample needed (1 = every sample passed at once). */
  attempts: number;
  status: number | null;
  latencyMs: { p50: number | null; p95: number | null; max: number | null };
  error: string | null;
  assertions: Assertion[];
  /** Samples measured (monitoring included) and those that failed after their retries. */
  requests: number;
  failures: number;
}

/** The report as written to `report-path`. */
export interface SmokeReport {
  schema: typeof SMOKE_REPORT_SCHEMA;
  target: string;
  startedAt: string;
  finishedAt: string;
  passed: boolean;
  /** Why it failed, one line; null when it passed. */
  message: string | null;
  sha: string | null;
  repository: string | null;
  runId: string | null;
  deploymentId: string | null;
  thresholds: { p95Ms: number; maxErrorRate: number; samples: number; retries: number; timeoutMs: number; concurrency: number };
  totals: { requests: number; failures: number; errorRate: number | null; p50Ms: number | null; p95Ms: number | null; p99Ms: number | null };
  readiness: Readiness | null;
  monitoring: Monitoring | null;
  /** The post-deploy bake (input `analysis`), when one ran. */
  analysis?: { phase: 'Successful' | 'Failed' | 'Inconclusive'; decision: 'promote' | 'rollback' | 'stop' | 'pass'; message: string; report: string };
  checks: SmokeReportCheck[];
}

const round = (n: number) => Math.round(n * 1000) / 1000;

/** Whether a header or query parameter name holds a credential (src/core/secrets.ts). */
export { isSecretName };

/** Context of a report that the engine does not know. */
export interface ReportContext {
  startedAt: Date;
  finishedAt: Date;
  sha: string | null;
  repository: string | null;
  runId: string | null;
  deploymentId: string | null;
}

/**
 * Builds the report and decides: every check passed (flaky ones included), the error rate over
 * all samples within `max-error-rate`, p95 over all answers within `p95-ms`, and no breach while
 * monitoring.
 */
export function buildReport(outcome: EngineOutcome, settings: SmokeSettings, ctx: ReportContext, secrets: Redactor): SmokeReport {
  const checks: SmokeReportCheck[] = [];
  const all: number[] = [];
  let requests = 0;
  let failures = 0;
  for (const o of outcome.checks) {
    const f = checkFigures(o, settings);
    requests += f.requests;
    failures += f.failures;
    all.push(...f.sorted);
    checks.push({
      name: o.check.name,
      method: o.check.method,
      url: secrets.maskUrl(o.url),
      passed: f.passed,
      flaky: f.flaky,
      attempts: f.attempts,
      status: f.status,
      latencyMs: f.latency,
      error: f.error,
      assertions: f.assertions,
      requests: f.requests,
      failures: f.failures
    });
  }
  all.sort((a, b) => a - b);
  const pct = (p: number) => (all.length ? round(percentileOfSorted(all, p)) : null);
  const totals = {
    requests,
    failures,
    errorRate: requests ? failures / requests : null,
    p50Ms: pct(50),
    p95Ms: pct(95),
    p99Ms: pct(99)
  };

  const reasons: string[] = [];
  const failed = checks.filter((c) => !c.passed);
  for (const c of failed) reasons.push(`${c.name}: ${c.error ?? 'failed'}`);
  // With every check within max-error-rate the whole run is too; said only when no check already says why.
  if (!failed.length && totals.errorRate !== null && totals.errorRate > settings.maxErrorRate + 1e-12) {
    reasons.push(`error rate ${formatPercent(totals.errorRate)} (${failures}/${requests}) over max-error-rate ${formatPercent(settings.maxErrorRate)}`);
  }
  if (totals.p95Ms !== null && totals.p95Ms > settings.p95Ms) reasons.push(`p95 ${totals.p95Ms.toFixed(1)} ms over p95-ms ${settings.p95Ms}`);
  if (totals.p95Ms === null && !failed.length) reasons.push('no response was measured');
  if (outcome.monitoring?.breach) reasons.push(`breach while monitoring: ${outcome.monitoring.breach}`);
  const unique = [...new Set(reasons)];

  const report: SmokeReport = {
    schema: SMOKE_REPORT_SCHEMA,
    target: secrets.maskUrl(settings.target),
    startedAt: ctx.startedAt.toISOString(),
    finishedAt: ctx.finishedAt.toISOString(),
    passed: unique.length === 0,
    message: unique.length ? unique.join('; ') : null,
    sha: ctx.sha,
    repository: ctx.repository,
    runId: ctx.runId,
    deploymentId: ctx.deploymentId,
    thresholds: {
      p95Ms: settings.p95Ms,
      maxErrorRate: settings.maxErrorRate,
      samples: settings.samples,
      retries: settings.retries,
      timeoutMs: settings.timeoutMs,
      concurrency: settings.concurrency
    },
    totals,
    readiness: outcome.readiness,
    monitoring: outcome.monitoring,
    checks
  };
  return secrets.redactDeep(report);
}

/** Whether the outcome so far passes (used to decide whether to monitor). */
export function passesSoFar(outcome: EngineOutcome, settings: SmokeSettings): boolean {
  return buildReport(outcome, settings, { startedAt: new Date(0), finishedAt: new Date(0), sha: null, repository: null, runId: null, deploymentId: null }, new Redactor()).passed;
}

/** `6.67%` for a ratio. */
export function formatPercent(ratio: number): string {
  const pct = ratio * 100;
  return `${Number.isInteger(pct) ? pct : Number(pct.toFixed(2))}%`;
}

const ms = (v: number | null) => (v === null ? '—' : `${v.toFixed(1)} ms`);

function cell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

/** The job summary: verdict, a table of checks, totals against thresholds. */
export function renderSummary(report: SmokeReport): string {
  const verdict = report.passed ? '✅ passed' : '❌ failed';
  const lines = [`## Smoke test: ${verdict}`, '', `Target \`${cell(report.target)}\``, ''];
  lines.push('| Check | Request | Result | Attempts | Status | p50 | p95 | max | Detail |', '| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const c of report.checks) {
    const result = !c.passed ? '❌ fail' : c.flaky ? '⚠️ flaky' : '✅ pass';
    const samples = c.requests ? ` <sub>${c.requests - c.failures}/${c.requests}</sub>` : '';
    lines.push(
      `| ${cell(c.name)} | \`${c.method} ${cell(c.url)}\` | ${result}${samples} | ${c.attempts || '—'} | ${c.status ?? '—'} | ${ms(c.latencyMs.p50)} | ${ms(c.latencyMs.p95)} | ${ms(c.latencyMs.max)} | ${cell(c.error ?? '')} |`
    );
  }
  const t = report.totals;
  const th = report.thresholds;
  const rate = t.errorRate === null ? '—' : formatPercent(t.errorRate);
  lines.push(
    '',
    '| Totals | Actual | Threshold |',
    '| --- | --- | --- |',
    `| Requests | ${t.requests} (${t.failures} failed) | |`,
    `| Error rate | ${rate} | ≤ ${formatPercent(th.maxErrorRate)} |`,
    `| p50 | ${ms(t.p50Ms)} | |`,
    `| p95 | ${ms(t.p95Ms)} | ≤ ${th.p95Ms} ms |`,
    `| p99 | ${ms(t.p99Ms)} | |`
  );
  const notes: string[] = [];
  if (report.readiness) {
    const r = report.readiness;
    notes.push(r.ready ? `Ready after ${(r.waitedMs / 1000).toFixed(1)} s (${r.polls} polls).` : `Not ready after ${(r.waitedMs / 1000).toFixed(1)} s (${r.polls} polls): ${cell(r.lastError ?? '')}`);
  }
  if (report.monitoring) {
    const m = report.monitoring;
    notes.push(`Monitored ${m.seconds} s: ${m.rounds} rounds, ${m.requests} requests, ${m.failures} failed${m.breach ? `; breach: ${cell(m.breach)}` : ''}.`);
  }
  if (report.message) notes.push(`**Why it failed:** ${cell(report.message)}`);
  if (notes.length) lines.push('', ...notes);
  lines.push('', `<sub>${report.sha ? `Commit ${report.sha.slice(0, 12)} · ` : ''}${report.finishedAt} · percentiles by linear interpolation (R-7)</sub>`);
  return lines.join('\n') + '\n';
}
