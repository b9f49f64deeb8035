/**
 * gates-enforcer: the Phase 05 → 06 gate. Reads gates from a phase document and the `gates` input,
 * computes metrics from the reports real tools wrote, writes `gates-report.json` and decides.
 */
import type { Host } from '../host.js';
import { UserError } from '../errors.js';
import { GatesInputs as I, GatesOutputs as O, Defaults } from '../constants.js';
import { input, booleanInput } from '../inputs.js';
import { displayPath, resolveInWorkspace, resolveOutputInWorkspace, writeFileAtomic } from '../files.js';
import { assertSchema } from '../schemas.js';
import type { Gate, GateWarning } from '../gates/grammar.js';
import { loadPhaseDocument, parseGatesInput, type PhaseDocument } from '../gates/phase.js';
import {
  collectCoverage,
  collectMetricsInput,
  collectPerf,
  collectSmoke,
  collectTelemetry,
  collectVulns,
  setVulnMetrics,
  type MetricTable
} from '../gates/collect.js';
import { evaluate, type GateResult } from '../gates/evaluate.js';
import { buildReport, failureMessage, renderSummary, type GatesReport, type ReportDeployment } from '../gates/report.js';
import { VulnAccumulator, type Severity } from '../reports/vulns/model.js';
import { knownMetricNames, metricInfo } from '../gates/metrics.js';
import { nearest } from '../suggest.js';
import type { ReportSource } from '../reports/types.js';
import type { AlertKind } from '../github/alerts.js';
import { setRelativeMetrics } from '../gates/relative.js';
import type { CoverageAccumulator } from '../reports/coverage/model.js';
import {
  STEP_WARNING_ANNOTATIONS,
  annotateUncovered,
  changeContext,
  commentKey,
  findBase,
  github,
  measureChange,
  postComment,
  relativeNeeds
} from './gates-change.js';

export interface CommandResult {
  /** False when the verdict fails the step. */
  ok: boolean;
  /** The one-line reason when it does. */
  message?: string;
}

export interface GatesResult extends CommandResult {
  report: GatesReport;
  results: GateResult[];
}

/** Gates from the phase document, overridden key by key (by metric) by the `gates` input. */
function mergeGates(phase: PhaseDocument | null, override: ReturnType<typeof parseGatesInput>): Gate[] {
  const byMetric = new Map<string, Gate>();
  for (const g of phase?.gates ?? []) byMetric.set(g.metric, g);
  for (const name of override.removed) {
    for (const [metric, g] of byMetric) if (g.name === name || metric === name) byMetric.delete(metric);
  }
  for (const g of override.gates) byMetric.set(g.metric, g);
  return [...byMetric.values()];
}

/** A failed `vulns_<severity>` gate names the findings behind its count (unless the metrics input set it). */
function attachFindings(results: GateResult[], vulns: VulnAccumulator): void {
  for (const r of results) {
    const severity = /^vulns_(critical|high|medium|low)$/.exec(r.gate.metric)?.[1] as Severity | undefined;
    if (!severity || r.status !== 'fail' || r.sources.some((s) => s.format === 'input')) continue;
    r.findings = vulns.of(severity);
  }
}

/**
 * Refuses, all at once, the gates whose metric is neither one the reports give (METRICS, ALIASES)
 * nor one the `metrics` input sets, with the nearest known name as a hint.
 */
function assertKnownMetrics(gates: Gate[], given: Set<string>): void {
  const known = [...knownMetricNames(), ...given];
  const errors = gates
    .filter((g) => !metricInfo(g.metric) && !given.has(g.metric) && !given.has(g.name))
    .map((g) => {
      const near = nearest(g.name, known);
      return new UserError(`gate ${g.name}: unknown metric${near ? ` (did you mean \`${near}\`?)` : ''}`, {
        input: g.origin.input,
        file: g.origin.file,
        line: g.origin.line,
        hint: near ? undefined : `known metrics: ${knownMetricNames().join(', ')}; a metric of your own needs its value in the ${I.Metrics} input`
      });
    });
  if (errors.length) throw UserError.several(errors);
}

/** `deployment`: the release a Phase 07 report judges (the root action), named in the report. */
export async function runGates(host: Host, options: { deployment?: ReportDeployment } = {}): Promise<GatesResult> {
  const workspace = host.workspace;
  const failOnMissing = booleanInput(host, I.FailOnMissing, true);
  const fail = booleanInput(host, I.Fail, true);
  const reportGiven = input(host, I.ReportPath, Defaults.GatesReport);
  const reportFile = resolveOutputInWorkspace(workspace, reportGiven, I.ReportPath);
  const token = input(host, I.Token);
  if (token) host.setSecret(token);

  // 1. Gates: every definition error is found before any report is read.
  const phaseGiven = input(host, I.PhaseFile);
  let phase: PhaseDocument | null = null;
  if (phaseGiven) {
    const file = resolveInWorkspace(workspace, phaseGiven, I.PhaseFile);
    phase = await loadPhaseDocument(file, displayPath(workspace, file), I.PhaseFile);
  }
  const override = parseGatesInput(host.getInput(I.Gates), I.Gates);
  const gates = mergeGates(phase, override);
  if (gates.length === 0) {
    throw new UserError('no gates to enforce', {
      input: phaseGiven ? I.PhaseFile : I.Gates,
      file: phase?.file,
      hint: 'give a phase document with a gates: mapping, or the gates input, e.g. { coverage: ">=80%" }'
    });
  }
  // A gate on a metric nothing gives can never apply: a typo (`coverge`) must not pass silently.
  const given: MetricTable = new Map();
  collectMetricsInput(host.getInput(I.Metrics), I.Metrics, given);
  assertKnownMetrics(gates, new Set(given.keys()));
  const warnings: GateWarning[] = [...(phase?.warnings ?? []), ...override.warnings];
  for (const w of warnings) {
    host.annotate('warning', w.message, { file: w.origin.file, startLine: w.origin.line, title: 'phase-gates' });
  }

  const alertsValue = input(host, I.GithubAlerts);
  const alertKinds = alertsValue ? (await import('../github/alerts.js')).parseAlertKinds(alertsValue) : [];

  // 2. Metrics from every source given.
  const metrics: MetricTable = new Map();
  const coverageFiles = input(host, I.CoverageFiles);
  let coverage: CoverageAccumulator | undefined;
  if (coverageFiles) coverage = await collectCoverage(workspace, I.CoverageFiles, coverageFiles, metrics);
  const perfFiles = input(host, I.PerfFiles);
  if (perfFiles) await collectPerf(workspace, I.PerfFiles, perfFiles, metrics);
  const vulnFiles = input(host, I.VulnFiles);
  let vulns: VulnAccumulator | undefined;
  if (vulnFiles || alertKinds.length) {
    const acc = (vulns = new VulnAccumulator());
    const sources: ReportSource[] = vulnFiles ? await collectVulns(workspace, I.VulnFiles, vulnFiles, acc) : [];
    if (alertKinds.length) sources.push(...(await countAlerts(host, alertKinds, token, acc)));
    setVulnMetrics(acc, sources, metrics);
  }
  const smoke = input(host, I.SmokeReport);
  if (smoke) await collectSmoke(workspace, I.SmokeReport, smoke, metrics);
  const telemetry = input(host, I.AnalysisReport);
  if (telemetry) await collectTelemetry(workspace, I.AnalysisReport, telemetry, metrics);

  // 3. On a pull request (or with base-ref): the new lines and the base branch's figures, for the
  // relative gates and the comment. Only what a gate or the comment needs is looked up.
  const needs = relativeNeeds(gates);
  const ctx = await changeContext(host, token, booleanInput(host, I.Comment, true));
  const wantChange = needs.change || ctx.comment || input(host, I.BaseRef) !== '';
  const wantBase = needs.base || ctx.comment || input(host, I.BaseReport) !== '';
  // For the comment alone, a part that cannot be had is a line in the log, not a failed step.
  const optional = async <T,>(needed: boolean, what: string, run: () => Promise<T>, fallback: (why: string) => T): Promise<T> => {
    if (needed) return run();
    try {
      return await run();
    } catch (err) {
      if (!(err instanceof UserError)) throw err;
      host.info(`${what}: ${err.message}`);
      return fallback(err.message);
    }
  };
  const changed = wantChange
    ? await optional(needs.change, 'New lines not measured', () => measureChange(host, ctx, coverage), (why) => ({ patch: null, patchWhy: why }))
    : { patch: null, patchWhy: `not a pull request, and no ${I.BaseRef}` };
  const { base, baseWhy } = wantBase
    ? await optional(needs.base, 'No base figures', () => findBase(host, ctx, changed.change?.base ?? null), (why) => ({ base: null, baseWhy: why }))
    : { base: null, baseWhy: `not a pull request, and no ${I.BaseReport}` };
  const headFindings = vulns?.all();
  const relative = setRelativeMetrics(metrics, { ...changed, base, baseWhy, headFindings });
  // The metrics input, read once above, is set last: it has the final word.
  for (const [name, m] of given) metrics.set(name, m);

  // 4. Verdict, report, outputs.
  const results = evaluate(gates, metrics, failOnMissing);
  if (vulns) attachFindings(results, vulns);
  const report = buildReport(results, metrics, {
    phase: phase?.phase ?? null,
    phaseTitle: phase?.title ?? null,
    phaseFile: phase?.file ?? null,
    sha: host.env.GITHUB_SHA ?? null,
    repository: host.env.GITHUB_REPOSITORY ?? null,
    runId: host.env.GITHUB_RUN_ID ?? null,
    failOnMissing,
    deployment: options.deployment,
    base,
    newCode: changed.patch && changed.change ? { change: changed.change, patch: changed.patch } : null,
    findings: headFindings,
    newFindings: relative.newFindings
  });
  assertSchema('gates-report', report);
  await writeFileAtomic(reportFile, JSON.stringify(report, null, 2) + '\n');

  const failed = results.filter((r) => !r.passed);
  host.setOutput(O.Passed, String(report.passed));
  host.setOutput(O.FailedGates, failed.map((r) => r.gate.name).join(','));
  host.setOutput(O.Report, JSON.stringify(report));
  host.setOutput(O.ReportPath, displayPath(workspace, reportFile));
  const links = { server: host.env.GITHUB_SERVER_URL ?? 'https://github.com', repository: host.env.GITHUB_REPOSITORY ?? '' };
  await host.appendSummary(renderSummary(report, results, links.repository ? { links } : {}));
  for (const r of failed) {
    const o = r.gate.origin;
    host.annotate(fail ? 'error' : 'warning', failureMessage(r), { file: o.file, startLine: o.line, title: `Gate ${r.gate.name}` });
  }
  // The warnings of this step so far (gate definitions, failed gates when fail is false) share GitHub's budget.
  annotateUncovered(host, changed.patch, STEP_WARNING_ANNOTATIONS - warnings.length - (fail ? 0 : failed.length));
  // Every gate in the log, unless the summary's table is shown right there (the terminal).
  if (!host.summaryInline) {
    for (const r of results) host.info(`${r.passed ? 'pass' : 'FAIL'} ${r.gate.name}: ${failureMessage(r).replace(/^Gate \S+ failed: /, '')}`);
  }

  const checkName = input(host, I.CheckName);
  if (checkName) await publishCheck(host, checkName, token, report, results);
  if (ctx.comment) {
    await postComment(host, ctx, commentKey(host, phase?.file ?? null), renderSummary(report, results, { links, comment: true }));
  }

  const message = failed.length
    ? `${failed.length} of ${results.length} gates failed: ${failed.map((r) => r.gate.name).join(', ')}`
    : undefined;
  return { ok: !failed.length || !fail, message, report, results };
}

/** Open Dependabot and code-scanning alerts, counted through the API into `acc`. */
async function countAlerts(host: Host, kinds: AlertKind[], token: string, acc: VulnAccumulator): Promise<ReportSource[]> {
  const { countOpenAlerts } = await import('../github/alerts.js');
  const { client, repo } = await github(host, token, I.GithubAlerts);
  acc.source = `${I.GithubAlerts}: ${kinds.join(', ')}`;
  const counts = await countOpenAlerts(client, { owner: repo.owner, repo: repo.repo, kinds }, acc);
  for (const c of counts) host.info(`${c.open} open ${c.kind} alerts in ${repo.owner}/${repo.repo}`);
  return counts.map((c) => c.source);
}

/**
 * The verdict as a completed check run on the commit, so that branch protection can require it:
 * the gates table as its summary and an annotation per failed gate, at the line of the phase
 * document that defines it (or the workflow, for gates given as an input).
 */
async function publishCheck(host: Host, name: string, token: string, report: GatesReport, results: GateResult[]): Promise<void> {
  const { publishCheckRun } = await import('../github/checks.js');
  const { client, repo } = await github(host, token, I.CheckName);
  const failed = results.filter((r) => !r.passed);
  const workflowFile = /^[^/]+\/[^/]+\/(.+?)@/.exec(host.env.GITHUB_WORKFLOW_REF ?? '')?.[1];
  const annotations = failed.flatMap((r) => {
    const path = r.gate.origin.file ?? workflowFile;
    if (!path) return [];
    const line = r.gate.origin.file ? (r.gate.origin.line ?? 1) : 1;
    return [{ path, start_line: line, end_line: line, annotation_level: 'failure' as const, title: `Gate ${r.gate.name}`, message: failureMessage(r) }];
  });
  const server = host.env.GITHUB_SERVER_URL ?? 'https://github.com';
  const runId = host.env.GITHUB_RUN_ID;
  const published = await publishCheckRun(client, {
    owner: repo.owner,
    repo: repo.repo,
    sha: repo.sha,
    name,
    conclusion: report.passed ? 'success' : 'failure',
    title: report.passed
      ? `${results.length} of ${results.length} gates passed`
      : `${failed.length} of ${results.length} gates failed: ${failed.map((r) => r.gate.name).join(', ')}`,
    summary: renderSummary(report, results),
    // The report itself, hidden, for a later pull request's base figures (gates/base.ts).
    embed: (await import('../gates/base.js')).embedReport(report),
    annotations,
    detailsUrl: runId ? `${server}/${repo.owner}/${repo.repo}/actions/runs/${runId}` : undefined
  });
  host.info(`Check run ${name}: ${published.htmlUrl}`);
}
