/**
 * Verification between the steps of blue-green and canary: `verify-checks` (smoke-test's
 * `checks` syntax) run through the same core as smoke-test — readiness, retries with back-off,
 * samples, assertions — against a slot's own URL or the environment's.
 */
import type { Check } from '../smoke/checks.js';
import { DEFAULT_REDIRECT_MODE, HttpClient } from '../smoke/http.js';
import { SmokeEngine, type SmokeSettings } from '../smoke/engine.js';
import { buildReport, formatPercent } from '../smoke/report.js';
import { Redactor } from '../secrets.js';

/** How verification measures: shorter than a smoke test, as it runs at every step. */
export const VERIFY_SETTINGS = {
  waitForReadySeconds: 10,
  retries: 2,
  retryDelayMs: 250,
  timeoutMs: 5000,
  samples: 3,
  concurrency: 2,
  maxErrorRate: 0,
  monitorSeconds: 0,
  followRedirects: DEFAULT_REDIRECT_MODE
} as const;

/** The verdict of one verification. */
export interface Verification {
  url: string;
  passed: boolean;
  requests: number;
  failures: number;
  p95Ms: number | null;
  /** The first failed check and why, when it failed. */
  detail?: string;
}

/** Runs `checks` against `url`; never throws for a failing target (only `Cancelled` when `signal` is aborted). */
export async function verifyUrl(
  url: string,
  checks: Check[],
  options: { env: Readonly<Record<string, string | undefined>>; log: (message: string) => void; p95Ms?: number; signal?: AbortSignal }
): Promise<Verification> {
  const settings: SmokeSettings = { target: url, checks, p95Ms: options.p95Ms ?? Number.MAX_SAFE_INTEGER, ...VERIFY_SETTINGS };
  const http = new HttpClient({ timeoutMs: settings.timeoutMs, env: options.env });
  try {
    const engine = new SmokeEngine(settings, { send: (req, s) => http.send(req, s), log: options.log, signal: options.signal });
    const outcome = await engine.run(() => false);
    const report = buildReport(outcome, settings, { startedAt: new Date(0), finishedAt: new Date(0), sha: null, repository: null, runId: null, deploymentId: null }, new Redactor());
    const failed = report.checks.find((c) => !c.passed);
    return {
      url,
      passed: report.passed,
      requests: report.totals.requests,
      failures: report.totals.failures,
      p95Ms: report.totals.p95Ms,
      detail: report.passed ? undefined : failed ? `${failed.name}: ${failed.error ?? 'failed'}` : (report.message ?? `error rate ${formatPercent(report.totals.errorRate ?? 1)}`)
    };
  } finally {
    await http.close();
  }
}
