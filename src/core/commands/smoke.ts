/**
 * smoke-test: Step 4 of Phase 06 and its gate to Phase 07. Checks the deployed target (readiness,
 * samples, latency percentiles, error rate, retries, monitoring), writes
 * `post-deploy/smoke-report.json`, and with `deployment-id` posts the verdict as a deployment
 * status.
 */
import type { Host } from '../host.js';
import { UserError } from '../errors.js';
import { Cancelled, onCancel } from '../cancel.js';
import { SmokeInputs as I, SmokeOutputs as O, Defaults } from '../constants.js';
import { input, requiredInput } from '../inputs.js';
import { displayPath, resolveOutputInWorkspace, writeFileAtomic } from '../files.js';
import { assertSchema } from '../schemas.js';
import { loadChecks, type Check } from '../smoke/checks.js';
import { DEFAULT_REDIRECT_MODE, HttpClient, REDIRECT_MODES, isCredentialHeader, type RedirectMode } from '../smoke/http.js';
import { SmokeEngine, checkUrl, maxTotalBackoffMs, type SmokeSettings } from '../smoke/engine.js';
import { buildReport, formatPercent, passesSoFar, renderSummary, type SmokeReport } from '../smoke/report.js';
import type { CommandResult } from './gates.js';
import { BAKE_STAGE, EMBEDDED_DEFAULTS, analyseStage, readAnalysisConfig, recordRun, renderRun, type AnalysisConfig, type RecordedRun, type StageAnalysis } from '../analysis/release.js';
import { AuditLog } from '../deploy/audit-log.js';
import { Redactor } from '../secrets.js';

export interface SmokeResult extends CommandResult {
  report: SmokeReport;
}

/** Bounds of the numeric inputs: wide enough for real use, narrow enough that a typo cannot hang CI for a day. */
const LIMITS = {
  [I.WaitForReady]: { min: 0, max: 3600, integer: false, unit: 'seconds' },
  [I.Retries]: { min: 0, max: 10, integer: true, unit: '' },
  [I.RetryDelayMs]: { min: 0, max: 60_000, integer: false, unit: 'ms' },
  [I.TimeoutMs]: { min: 1, max: 600_000, integer: false, unit: 'ms' },
  [I.Samples]: { min: 1, max: 10_000, integer: true, unit: '' },
  [I.Concurrency]: { min: 1, max: 256, integer: true, unit: '' },
  [I.P95Ms]: { min: 0, max: 3_600_000, integer: false, unit: 'ms' },
  [I.MonitorSeconds]: { min: 0, max: 86_400, integer: false, unit: 'seconds' }
} as const;

/** SPEC defaults of the numeric inputs (also in actions/smoke-test/action.yml). */
export const SMOKE_DEFAULTS = {
  [I.WaitForReady]: 60,
  [I.Retries]: 3,
  [I.RetryDelayMs]: 1000,
  [I.TimeoutMs]: 5000,
  [I.Samples]: 5,
  [I.Concurrency]: 4,
  [I.P95Ms]: 500,
  [I.MonitorSeconds]: 0
} as const;

function numberInput(host: Host, name: keyof typeof LIMITS, errors: UserError[]): number {
  const raw = input(host, name);
  const fallback = SMOKE_DEFAULTS[name];
  if (raw === '') return fallback;
  const limit = LIMITS[name];
  const unit = limit.unit;
  const text = unit === 'ms' ? raw.replace(/\s*ms$/, '') : unit === 'seconds' ? raw.replace(/\s*s$/, '') : raw;
  const n = Number(text);
  if (text === '' || !Number.isFinite(n) || (limit.integer && !Number.isInteger(n)) || n < limit.min || n > limit.max) {
    errors.push(
      new UserError(`${JSON.stringify(raw)} is not ${limit.integer ? 'a whole number' : 'a number'} from ${limit.min} to ${limit.max}${unit ? ` (${unit})` : ''}`, {
        input: name
      })
    );
    return fallback;
  }
  return n;
}

/** `0%`, `5%`, `0.5` (a bare number is a percentage, as in gates): returned as a ratio 0–1. */
export function parseErrorRate(raw: string, name: string): number {
  const m = /^(\d+(?:\.\d+)?|\.\d+)\s*%?$/.exec(raw.trim());
  const pct = m ? Number(m[1]) : NaN;
  if (!Number.isFinite(pct) || pct < 0 || pct > 100) {
    throw new UserError(`${JSON.stringify(raw)} is not a percentage from 0% to 100%`, { input: name, hint: 'e.g. 0% or 1.5%' });
  }
  return pct / 100;
}

/** `follow-redirects`: same-origin (the default), any or none. */
export function parseRedirectMode(raw: string, name: string): RedirectMode {
  const v = raw.trim().toLowerCase();
  if (v === '') return DEFAULT_REDIRECT_MODE;
  if ((REDIRECT_MODES as readonly string[]).includes(v)) return v as RedirectMode;
  throw new UserError(`${JSON.stringify(raw)} is not one of ${REDIRECT_MODES.join(', ')}`, { input: name });
}

/** The base URL: http or https, nothing else. */
function parseTarget(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new UserError(`not a URL: ${JSON.stringify(raw.replace(/\/\/[^/@]*@/, '//***@'))}`, { input: I.Url, hint: 'e.g. https://staging.example.com' });
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new UserError(`only http:// and https:// URLs are checked, not ${url.protocol}`, { input: I.Url });
  return url.href;
}

/** Reads and checks every input; all problems are reported together (exported for the root action, which checks them before it deploys). */
export async function readSettings(
  host: Host,
  secrets: Redactor
): Promise<{ settings: SmokeSettings; reportFile: string; deploymentId: number | null; token: string; analysis?: AnalysisConfig; logFile: string }> {
  const errors: UserError[] = [];
  const token = input(host, I.Token);
  if (token) secrets.add(token);
  let target = '';
  try {
    const raw = requiredInput(host, I.Url);
    // Credentials in the URL are masked before anything can print them.
    secrets.maskUrl(raw);
    target = parseTarget(raw);
  } catch (err) {
    if (err instanceof UserError) errors.push(err);
    else throw err;
  }
  const n = (name: keyof typeof LIMITS) => numberInput(host, name, errors);
  const waitForReadySeconds = n(I.WaitForReady);
  const retries = n(I.Retries);
  const retryDelayMs = n(I.RetryDelayMs);
  const timeoutMs = n(I.TimeoutMs);
  const samples = n(I.Samples);
  const concurrency = n(I.Concurrency);
  const p95Ms = n(I.P95Ms);
  const monitorSeconds = n(I.MonitorSeconds);
  let followRedirects = DEFAULT_REDIRECT_MODE;
  try {
    followRedirects = parseRedirectMode(input(host, I.FollowRedirects), I.FollowRedirects);
  } catch (err) {
    errors.push(err as UserError);
  }
  let maxErrorRate = 0;
  try {
    maxErrorRate = parseErrorRate(input(host, I.MaxErrorRate, '0%'), I.MaxErrorRate);
  } catch (err) {
    errors.push(err as UserError);
  }
  let reportFile = '';
  try {
    reportFile = resolveOutputInWorkspace(host.workspace, input(host, I.ReportPath, Defaults.SmokeReport), I.ReportPath);
  } catch (err) {
    errors.push(err as UserError);
  }
  let deploymentId: number | null = null;
  const idRaw = input(host, I.DeploymentId);
  if (idRaw) {
    if (!/^\d+$/.test(idRaw) || Number(idRaw) <= 0 || !Number.isSafeInteger(Number(idRaw))) {
      errors.push(new UserError(`not a deployment id: ${JSON.stringify(idRaw)}`, { input: I.DeploymentId, hint: "the deploy action's deployment-id output" }));
    } else if (!token) {
      errors.push(new UserError('posting a deployment status needs a token', { input: I.Token, hint: 'the default is ${{ github.token }} with `deployments: write`' }));
    } else deploymentId = Number(idRaw);
  }
  let analysis: AnalysisConfig | undefined;
  try {
    analysis = readAnalysisConfig(host, { analysis: I.Analysis, args: I.AnalysisArgs, onInconclusive: I.OnInconclusive, reportPath: I.AnalysisReportPath }, EMBEDDED_DEFAULTS);
  } catch (err) {
    if (err instanceof UserError) errors.push(err, ...err.more);
    else throw err;
  }
  let logFile = '';
  try {
    const given = input(host, I.LogPath);
    if (given) logFile = resolveOutputInWorkspace(host.workspace, given, I.LogPath);
  } catch (err) {
    errors.push(err as UserError);
  }
  let checks: Check[] = [];
  try {
    checks = await loadChecks(host.getInput(I.Checks), I.Checks, host.workspace);
  } catch (err) {
    if (err instanceof UserError) errors.push(err, ...err.more);
    else throw err;
  }
  if (errors.length) {
    for (const e of errors) e.more = [];
    throw UserError.several(errors);
  }
  for (const c of checks) {
    for (const [name, value] of Object.entries(c.headers)) secrets.addHeader(name, value);
    // Query values such as ?token=… are registered before the first log line shows the URL.
    secrets.maskUrl(checkUrl(target, c));
  }
  return {
    settings: { target, checks, waitForReadySeconds, retries, retryDelayMs, timeoutMs, samples, concurrency, p95Ms, maxErrorRate, monitorSeconds, followRedirects },
    reportFile,
    deploymentId,
    token,
    analysis,
    logFile
  };
}

/** The smoke-test command: the same for the action and `phase-gates smoke`. */
export async function runSmoke(host: Host, options: { signal?: AbortSignal; recordDeploymentId?: string } = {}): Promise<SmokeResult> {
  const secrets = new Redactor((v) => host.setSecret(v));
  const { settings, reportFile, deploymentId, token, analysis, logFile } = await readSettings(host, secrets);
  const log = (m: string) => host.info(secrets.redact(m));
  // Without a signal from the caller, SIGINT and SIGTERM (the runner cancelling the job) stop the
  // checks: no verdict, no report, no deployment status; the summary and the error say so.
  const cancel = options.signal ? undefined : onCancel();
  const signal = options.signal ?? cancel!.signal;

  const attempts = settings.retries + 1;
  log(
    `Smoke testing ${secrets.maskUrl(settings.target)}: ${settings.checks.length} check${settings.checks.length === 1 ? '' : 's'}, ${settings.samples} samples each, ` +
      `${settings.concurrency} in flight, ${attempts} attempt${attempts === 1 ? '' : 's'} of at most ${settings.timeoutMs} ms ` +
      `(back-off up to ${Math.round(maxTotalBackoffMs(settings.retryDelayMs, settings.retries))} ms)`
  );
  const startedAt = new Date();
  // A header holding a secret of this run (the token, a URL's password) is a credential whatever its name.
  const http = new HttpClient({ timeoutMs: settings.timeoutMs, env: host.env, isCredential: (name, value) => isCredentialHeader(name) || secrets.holdsSecret(value) });
  const engine = new SmokeEngine(settings, { send: (req, s) => http.send(req, s), log, signal });
  let outcome;
  try {
    outcome = await engine.run((checks) => passesSoFar({ checks, readiness: null, monitoring: null }, settings));
  } catch (err) {
    if (!(err instanceof Cancelled)) throw err;
    const stopped = new Cancelled(err.signalName, 'the smoke test was stopped before a verdict; no report was written');
    await host.appendSummary(`## Smoke test\n\n⚠️ ${stopped.message}\n`);
    cancel?.dispose();
    throw stopped;
  } finally {
    await http.close();
  }

  const report = buildReport(outcome, settings, {
    startedAt,
    finishedAt: new Date(),
    sha: host.env.GITHUB_SHA ?? null,
    repository: host.env.GITHUB_REPOSITORY ?? null,
    runId: host.env.GITHUB_RUN_ID ?? null,
    // The root action names the deployment it tested in the report, also when no status is posted (the local ledger).
    deploymentId: deploymentId === null ? options.recordDeploymentId || null : String(deploymentId)
  }, secrets);
  let bakeRun: RecordedRun | undefined;
  try {
    if (analysis && report.passed) {
      // The post-deploy bake: telemetry judged once the checks passed. Cancelled: no verdict, no report.
      let bake: StageAnalysis;
      try {
        bake = await bakeAnalysis(host, analysis, { target: settings.target, deploymentId: report.deploymentId, signal, logFile, secrets });
      } catch (err) {
        if (!(err instanceof Cancelled)) throw err;
        const stopped = new Cancelled(err.signalName, 'the smoke test was stopped during its analysis, before a verdict; no report was written');
        await host.appendSummary(`## Smoke test\n\n⚠️ ${stopped.message}\n`);
        throw stopped;
      }
      bakeRun = bake.run;
      report.analysis = { phase: bake.run.phase, decision: bake.decision, message: secrets.redact(bake.run.message), report: analysis.reportShown };
      if (!bake.ok) {
        report.passed = false;
        report.message = secrets.redact(bake.detail);
      }
      report.finishedAt = new Date().toISOString();
    }
  } finally {
    cancel?.dispose();
  }
  assertSchema('smoke-report', report);
  await writeFileAtomic(reportFile, JSON.stringify(report, null, 2) + '\n');

  const failed = report.checks.filter((c) => !c.passed);
  host.setOutput(O.Passed, String(report.passed));
  host.setOutput(O.ReportPath, displayPath(host.workspace, reportFile));
  host.setOutput(O.P95Ms, report.totals.p95Ms === null ? '' : String(report.totals.p95Ms));
  // A percentage, like the smoke_error_rate gate and the max-error-rate input (the report keeps a ratio).
  host.setOutput(O.ErrorRate, report.totals.errorRate === null ? '' : String(Math.round(report.totals.errorRate * 100_000) / 1000));
  host.setOutput(O.FailedChecks, JSON.stringify(failed.map((c) => ({ name: c.name, url: c.url, error: c.error }))));
  await host.appendSummary(renderSummary(report));
  if (bakeRun && analysis) await host.appendSummary(secrets.redact([...renderRun(bakeRun), `Every run: \`${analysis.reportShown}\`.`, ''].join('\n')));
  for (const c of report.checks.filter((x) => x.passed && x.flaky)) {
    const origin = settings.checks.find((k) => k.name === c.name)?.origin;
    host.annotate('warning', `check ${c.name} is flaky: it passed only after a retry (${c.attempts} attempts)`, {
      title: 'Flaky smoke check',
      file: origin?.file,
      startLine: origin?.file ? origin.line : undefined
    });
  }
  const t = report.totals;
  log(
    `${report.passed ? 'Passed' : 'Failed'}: ${t.requests} requests, ${t.failures} failed (${t.errorRate === null ? '—' : formatPercent(t.errorRate)}), ` +
      `p50 ${t.p50Ms ?? '—'} ms, p95 ${t.p95Ms ?? '—'} ms, p99 ${t.p99Ms ?? '—'} ms; report ${displayPath(host.workspace, reportFile)}`
  );

  if (deploymentId !== null) {
    const { postDeploymentStatus } = await import('../smoke/deployment.js');
    const description = report.passed
      ? `Smoke test passed: ${report.checks.length} checks, p95 ${t.p95Ms ?? '—'} ms, errors ${t.errorRate === null ? '—' : formatPercent(t.errorRate)}`
      : `Smoke test failed: ${report.message ?? ''}`;
    const plainTarget = !/\*\*\*/.test(report.target) ? report.target : undefined;
    const posted = await postDeploymentStatus({
      token,
      deploymentId,
      passed: report.passed,
      description: secrets.redact(description),
      environmentUrl: plainTarget,
      env: host.env,
      log
    });
    log(`Deployment ${deploymentId}: status ${posted.state} posted`);
  }

  return { ok: report.passed, message: report.passed ? undefined : secrets.redact(`smoke test failed: ${report.message}`), report };
}

/**
 * smoke-test's post-deploy bake: the analysis run once the checks passed, its events appended to
 * the audit log when `log-path` is given (the root action gives deploy's), the run added to the
 * analysis report, its verdict in the summary. Cancellation ends it with `Cancelled`.
 */
async function bakeAnalysis(
  host: Host,
  analysis: AnalysisConfig,
  opts: { target: string; deploymentId: string | null; signal: AbortSignal; logFile: string; secrets: Redactor }
): Promise<StageAnalysis> {
  const log = opts.logFile ? AuditLog.open(opts.logFile, opts.secrets, displayPath(host.workspace, opts.logFile), I.LogPath) : undefined;
  try {
    const args = analysis.args;
    const result = await analyseStage(analysis, {
      stage: BAKE_STAGE,
      builtins: { url: opts.target.replace(/\/+$/, ''), 'deployment-id': opts.deploymentId ?? undefined },
      env: host.env,
      signal: opts.signal,
      // The audit log's own redactor knows no secret of this step: every field is scrubbed first.
      sink: log
        ? {
            write: (level, event, fields = {}) =>
              log.write(level, event, Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, typeof v === 'string' ? opts.secrets.redact(v) : v])))
          }
        : undefined,
      info: (m) => host.info(opts.secrets.redact(m)),
      baseline: false
    });
    await recordRun(analysis, { environment: args.environment, version: args.version, deploymentId: opts.deploymentId ?? args['deployment-id'] }, result.run, I.AnalysisReportPath);
    if (result.decision === 'pass') host.annotate('warning', opts.secrets.redact(`post-deploy bake: ${result.detail}; passed (on-inconclusive: pass)`), { title: 'phase-gates smoke-test: analysis' });
    return result;
  } finally {
    log?.close();
  }
}
