/**
 * gates-enforcer: the Phase 05 → 06 gate. Reads gates from a phase document and the `gates` input,
 * computes metrics from the reports real tools wrote, writes `gates-report.json` and decides.
 */
import type { Host } from '../host.js';
import { UserError } from '../errors.js';
import { GatesInputs as I, GatesOutputs as O, Defaults } from '../constants.js';
import { input, booleanInput } from '../inputs.js';
import { displayPath, resolveInWorkspace, writeFileAtomic } from '../files.js';
import { assertSchema } from '../schemas.js';
import type { Gate, GateWarning } from '../gates/grammar.js';
import { loadPhaseDocument, parseGatesInput, type PhaseDocument } from '../gates/phase.js';
import {
  collectCoverage,
  collectMetricsInput,
  collectPerf,
  collectSmoke,
  collectVulns,
  setVulnMetrics,
  type MetricTable
} from '../gates/collect.js';
import { evaluate, type GateResult } from '../gates/evaluate.js';
import { buildReport, failureMessage, renderSummary, type GatesReport } from '../gates/report.js';
import { VulnAccumulator } from '../reports/vulns/model.js';
import type { ReportSource } from '../reports/types.js';

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

export async function runGates(host: Host): Promise<GatesResult> {
  const workspace = host.workspace;
  const failOnMissing = booleanInput(host, I.FailOnMissing, true);
  const fail = booleanInput(host, I.Fail, true);
  const reportGiven = input(host, I.ReportPath, Defaults.GatesReport);
  const reportFile = resolveInWorkspace(workspace, reportGiven, I.ReportPath);
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
  const warnings: GateWarning[] = [...(phase?.warnings ?? []), ...override.warnings];
  for (const w of warnings) {
    host.annotate('warning', w.message, { file: w.origin.file, startLine: w.origin.line, title: 'phase-gates' });
  }

  // 2. Metrics from every source given.
  const metrics: MetricTable = new Map();
  const coverageFiles = input(host, I.CoverageFiles);
  if (coverageFiles) await collectCoverage(workspace, I.CoverageFiles, coverageFiles, metrics);
  const perfFiles = input(host, I.PerfFiles);
  if (perfFiles) await collectPerf(workspace, I.PerfFiles, perfFiles, metrics);
  const vulnFiles = input(host, I.VulnFiles);
  const alerts = input(host, I.GithubAlerts);
  if (vulnFiles || alerts) {
    const acc = new VulnAccumulator();
    const sources: ReportSource[] = vulnFiles ? await collectVulns(workspace, I.VulnFiles, vulnFiles, acc) : [];
    if (alerts) sources.push(...(await countAlerts(host, alerts, token, acc)));
    setVulnMetrics(acc, sources, metrics);
  }
  const smoke = input(host, I.SmokeReport);
  if (smoke) await collectSmoke(workspace, I.SmokeReport, smoke, metrics);
  collectMetricsInput(host.getInput(I.Metrics), I.Metrics, metrics);

  // 3. Verdict, report, outputs.
  const results = evaluate(gates, metrics, failOnMissing);
  const report = buildReport(results, metrics, {
    phase: phase?.phase ?? null,
    phaseTitle: phase?.title ?? null,
    phaseFile: phase?.file ?? null,
    sha: host.env.GITHUB_SHA ?? null,
    repository: host.env.GITHUB_REPOSITORY ?? null,
    runId: host.env.GITHUB_RUN_ID ?? null,
    failOnMissing
  });
  assertSchema('gates-report', report);
  await writeFileAtomic(reportFile, JSON.stringify(report, null, 2) + '\n');

  const failed = results.filter((r) => !r.passed);
  host.setOutput(O.Passed, String(report.passed));
  host.setOutput(O.FailedGates, failed.map((r) => r.gate.name).join(','));
  host.setOutput(O.Report, JSON.stringify(report));
  host.setOutput(O.ReportPath, displayPath(workspace, reportFile));
  await host.appendSummary(renderSummary(report, results));
  for (const r of failed) {
    const o = r.gate.origin;
    host.annotate(fail ? 'error' : 'warning', failureMessage(r), { file: o.file, startLine: o.line, title: `Gate ${r.gate.name}` });
  }
  for (const r of results) host.info(`${r.passed ? 'pass' : 'FAIL'} ${r.gate.name}: ${failureMessage(r).replace(/^Gate \S+ failed: /, '')}`);

  const checkName = input(host, I.CheckName);
  if (checkName) await publishCheck(host, checkName, token, report, results);

  const message = failed.length
    ? `${failed.length} of ${results.length} gates failed: ${failed.map((r) => r.gate.name).join(', ')}`
    : undefined;
  return { ok: !failed.length || !fail, message, report, results };
}

/** Open Dependabot and code-scanning alerts, counted through the API. */
async function countAlerts(host: Host, value: string, token: string, acc: VulnAccumulator): Promise<ReportSource[]> {
  void host;
  void value;
  void token;
  void acc;
  throw new UserError('not available in this build', { input: I.GithubAlerts });
}

/** The verdict as a check run on the commit. */
async function publishCheck(host: Host, name: string, token: string, report: GatesReport, results: GateResult[]): Promise<void> {
  void host;
  void name;
  void token;
  void report;
  void results;
  throw new UserError('not available in this build', { input: I.CheckName });
}
