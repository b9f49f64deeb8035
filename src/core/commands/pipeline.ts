/**
 * The root action: the whole of Phase 06 in one step, with the same core as the four actions.
 *
 *   1. gates-enforcer (Phase 05 → 06); a failed gate stops here and nothing is deployed;
 *   2. deploy, with the gates report just written as its `gates-report`;
 *   3. smoke-test on `url` (else deploy's `environment-url`), when the deploy succeeded;
 *   4. deploy `mode: rollback`, when the smoke test failed after a successful deploy (the SPEC's
 *      `failure() && steps.deploy.outputs.status == 'success'`);
 *   5. gates-enforcer again, the Phase 07 gate: `smoke_passed` (the smoke report just written)
 *      and `deploy_status` (the final status), written to its own report.
 *
 * Each stage is the command itself (runGates, runDeploy, runSmoke) run on a {@link StageHost}:
 * it reads the command's input names from the root action's inputs (or from values the chain
 * wires), keeps the stage's outputs to itself, and forwards the summary, annotations and log.
 * Inputs of every stage are checked before anything is written or run; a bad one ends the step
 * with the command's own message, naming the root action's input.
 */
import type { AnnotationLevel, AnnotationProperties, Host } from '../host.js';
import { UserError } from '../errors.js';
import {
  DeployInputs as DI,
  DeployOutputs as DO,
  GatesInputs as GI,
  GatesOutputs as GO,
  PipelineInputs as P,
  PipelineOutputs as O,
  SmokeInputs as SI,
  SmokeOutputs as SO,
  Defaults,
  PHASE_07_REPORT_DEFAULT
} from '../constants.js';
import { input } from '../inputs.js';
import { displayPath, resolveInWorkspace, resolveOutputInWorkspace } from '../files.js';
import { parseGatesInput, parseYaml, toData } from '../gates/phase.js';
import { readDeployConfig } from '../deploy/config.js';
import { loadCalendars } from '../deploy/freeze.js';
import { AuditLog } from '../deploy/audit-log.js';
import { Redactor } from '../secrets.js';
import { onCancel, signalName } from '../cancel.js';
import { runGates, type CommandResult, type GatesResult } from './gates.js';
import { runDeploy, type DeployResult } from './deploy.js';
import { readSettings, runSmoke } from './smoke.js';
import { ANALYSIS_REPORT_DEFAULT, parseAnalysisArgs } from '../analysis/release.js';
import { measureBaseCiGreen } from '../github/ci-status.js';

/** The gates of Phase 07 before the `phase-07-gates` input, which overrides them key by key. */
export const PHASE_07_GATES: Readonly<Record<string, unknown>> = { smoke_passed: true, deploy_status: 'success' };

/** Stages, in order; the names of the `failed-stage` output. */
export type StageName = 'gates' | 'deploy' | 'smoke-test' | 'rollback' | 'phase-07';

/** Where a command input of a stage comes from. */
type Source =
  /** The first non-empty of these root inputs, else `fallback`. */
  | { from: string[]; fallback?: string }
  /** A value the chain wires; `label` names it in errors. */
  | { value: string; label: string };

/**
 * The Host a stage's command runs on: inputs mapped from the root action, outputs kept (the root
 * action publishes its own), everything else forwarded to the root host.
 */
export class StageHost implements Host {
  /** The outputs the command set, by the command's names. */
  readonly outputs: Record<string, string> = {};

  constructor(
    private readonly parent: Host,
    readonly stage: StageName,
    private readonly sources: Record<string, Source>,
    /** Replaces the generic `## Gates:` heading of a gates summary. */
    private readonly title?: string
  ) {}

  get workspace(): string {
    return this.parent.workspace;
  }

  get env(): Readonly<Record<string, string | undefined>> {
    return this.parent.env;
  }

  get summaryInline(): boolean | undefined {
    return this.parent.summaryInline;
  }

  getInput(name: string): string {
    const s = this.sources[name];
    if (!s) return '';
    if ('value' in s) return s.value;
    for (const from of s.from) {
      const v = this.parent.getInput(from);
      if (v.trim() !== '') return v;
    }
    return s.fallback ?? '';
  }

  /** The root action's name of a command input, for messages. */
  rootInput(name: string): string {
    const s = this.sources[name];
    if (!s) return name;
    if ('value' in s) return s.label;
    return s.from.find((from) => this.parent.getInput(from).trim() !== '') ?? s.from[0];
  }

  /** A UserError of the command with the root action's input names (other errors unchanged). */
  rename(err: unknown): unknown {
    if (!(err instanceof UserError)) return err;
    const one = (e: UserError) => new UserError(e.message, { input: e.input ? this.rootInput(e.input) : undefined, file: e.file, line: e.line, hint: e.hint });
    const copy = one(err);
    copy.more = err.more.map(one);
    return copy;
  }

  setOutput(name: string, value: string): void {
    this.outputs[name] = value;
  }

  async appendSummary(markdown: string): Promise<void> {
    await this.parent.appendSummary(this.title ? markdown.replace(/^## Gates: /, `## ${this.title}: `) : markdown);
  }

  annotate(level: AnnotationLevel, message: string, props?: AnnotationProperties): void {
    this.parent.annotate(level, message, props);
  }

  info(message: string): void {
    this.parent.info(message);
  }

  debug(message: string): void {
    this.parent.debug(message);
  }

  setSecret(value: string): void {
    this.parent.setSecret(value);
  }
}

/** Same-name sources for every input of a command, with `overrides`. */
function sameNames(names: Record<string, string>, overrides: Record<string, Source>): Record<string, Source> {
  const out: Record<string, Source> = {};
  for (const name of Object.values(names)) out[name] = { from: [name] };
  return { ...out, ...overrides };
}

/** What a stage ended with, for the summary and the closing message. */
interface StageRecord {
  stage: StageName;
  title: string;
  /** `rolled-back`: the deploy went through, then was undone (its own rollback, or the one after the smoke test). */
  result: 'passed' | 'failed' | 'rolled-back' | 'skipped' | 'cancelled';
  /** Shown in the summary: a status, a reason, a path. */
  detail: string;
}

export interface PipelineResult extends CommandResult {
  /** Every root output, by name. */
  outputs: Record<string, string>;
  stages: StageRecord[];
}

const TITLES: Record<StageName, string> = {
  gates: 'Phase 05 → 06 gates',
  deploy: 'Deploy',
  'smoke-test': 'Smoke test',
  rollback: 'Rollback',
  'phase-07': 'Phase 07 gates'
};

/**
 * The Phase 07 gates: `defaults` ({@link PHASE_07_GATES}, and `base_ci_green: true` when it can be
 * measured) overridden key by key by `phase-07-gates` (an empty value removes one), as JSON for the
 * gates command. Errors are the gates command's own.
 */
function phase07Gates(text: string, defaults: Readonly<Record<string, unknown>> = PHASE_07_GATES): string {
  const merged: Record<string, unknown> = { ...defaults };
  if (text.trim() !== '') {
    parseGatesInput(text, P.Phase07Gates); // the gates command's own checks, naming this input
    let data = toData(parseYaml(text, { input: P.Phase07Gates }), { input: P.Phase07Gates }) as Record<string, unknown>;
    const keys = Object.keys(data);
    if (keys.length === 1 && keys[0] === 'gates' && data.gates && typeof data.gates === 'object' && !Array.isArray(data.gates)) data = data.gates as Record<string, unknown>;
    Object.assign(merged, data);
  }
  const json = JSON.stringify(merged);
  if (parseGatesInput(json, P.Phase07Gates).gates.length === 0) {
    throw new UserError('no gates to enforce after the deploy', { input: P.Phase07Gates, hint: 'leave smoke_passed or deploy_status in place, or add a gate' });
  }
  return json;
}

/** The Phase 07 metrics: the user's `metrics` (already checked by Phase 05), the final `deploy_status` and `base_ci_green` when measured, as JSON. */
function phase07Metrics(text: string, deployStatus: string, baseCiGreen?: boolean): string {
  let data: Record<string, unknown> = {};
  if (text.trim() !== '') {
    try {
      const parsed = toData(parseYaml(text, { input: P.Metrics }), { input: P.Metrics });
      if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) data = parsed as Record<string, unknown>;
    } catch {
      // Phase 05 read the same input and would have stopped on it.
    }
  }
  return JSON.stringify({ ...data, deploy_status: deployStatus, ...(baseCiGreen === undefined ? {} : { base_ci_green: baseCiGreen }) });
}

/**
 * The bake's `analysis-args`: the release's own (environment, version, previous version, deployment
 * id) under the user's, as JSON. The user's were checked with deploy's inputs.
 */
function bakeArgs(text: string, release: Record<string, string | undefined>): string {
  let given: Record<string, string> = {};
  try {
    given = parseAnalysisArgs(text, P.AnalysisArgs);
  } catch {
    // deploy read the same input and would have stopped on it.
  }
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(release)) if (v) out[k] = v;
  return JSON.stringify({ ...out, ...given });
}

/** Whether the root action was given an analysis (deploy's canary steps may have written runs without a bake). */
function deployedAnalysis(host: Host): boolean {
  return host.getInput(P.Analysis).trim() !== '';
}

/** An error of a stage that ran after something was deployed: recorded, so that the chain can still roll back and report. */
function stageError(host: Host, stage: StageHost, err: unknown): string {
  const renamed = stage.rename(err);
  if (renamed instanceof UserError) return renamed.renderAll().join('; ');
  const e = renamed as Error;
  host.debug(e?.stack ?? String(renamed));
  return `internal error in ${stage.stage}: ${e?.message ?? String(renamed)}`.replace(/[\r\n]+/g, ' ');
}

/**
 * Appends the cancellation of a stage after the deploy to deploy's audit log (its `log-path`
 * output, relative to the workspace), so that the log of the release ends with what happened to it.
 */
function recordCancellation(host: Host, logPath: string, fields: Record<string, string | undefined>): void {
  if (!logPath) return;
  const logFile = resolveOutputInWorkspace(host.workspace, logPath, P.LogPath);
  const log = AuditLog.open(logFile, new Redactor(), displayPath(host.workspace, logFile), P.LogPath);
  try {
    log.warn('cancelled', fields);
  } finally {
    log.close();
  }
}

/** deploy's own message, said to be the deploy's (once). */
function deployFailed(message: string | undefined, status: string): string {
  const m = message ?? status;
  return /^deploy\b/i.test(m) ? m : `deploy failed: ${m}`;
}

/** Runs the chain on a host. */
export async function runPipeline(host: Host): Promise<PipelineResult> {
  const outputs: Record<string, string> = {};
  for (const name of Object.values(O)) outputs[name] = '';
  outputs[O.DeployStatus] = 'skipped';
  outputs[O.RollbackPerformed] = 'false';
  outputs[O.RollbackSkipped] = '';
  outputs[O.Passed] = 'false';
  const stages: StageRecord[] = [];
  const record = (stage: StageName, result: StageRecord['result'], detail: string): StageRecord => {
    const r = { stage, title: TITLES[stage], result, detail };
    stages.push(r);
    return r;
  };
  const start = (stage: StageName, what: string) => host.info(`── ${stages.length + 1}. ${TITLES[stage]} (${what}) ──`);

  // Hosts of the stages whose inputs are known before anything runs.
  const gatesHost = new StageHost(host, 'gates', sameNames(GI, {}), TITLES.gates);
  const deployHost = (gatesReport: string) =>
    new StageHost(
      host,
      'deploy',
      sameNames(DI, {
        [DI.Mode]: { value: 'deploy', label: DI.Mode },
        [DI.GatesReport]: { value: gatesReport, label: P.ReportPath },
        [DI.RequireGates]: { value: '', label: DI.RequireGates }
      })
    );
  const rollbackHost = () =>
    new StageHost(
      host,
      'rollback',
      sameNames(DI, {
        [DI.Mode]: { value: 'rollback', label: DI.Mode },
        [DI.Version]: { value: '', label: P.Version },
        [DI.GatesReport]: { value: '', label: DI.GatesReport },
        [DI.RequireGates]: { value: '', label: DI.RequireGates },
        [DI.DryRun]: { value: 'false', label: P.DryRun }
      })
    );
  const smokeHost = (url: string, urlFrom: string, deploymentId = '', release?: { args: string; logPath: string }) =>
    new StageHost(
      host,
      'smoke-test',
      sameNames(SI, {
        [SI.Url]: { value: url, label: urlFrom },
        [SI.ReportPath]: { from: [P.SmokeReportPath] },
        // The smoke verdict is posted on the deployment when the Deployments API is used (a token);
        // the local ledger has no statuses from smoke-test.
        [SI.DeploymentId]: { value: deploymentId, label: SI.DeploymentId },
        // The bake's events go to deploy's audit log; its template args name the release.
        ...(release
          ? { [SI.AnalysisArgs]: { value: release.args, label: P.AnalysisArgs }, [SI.LogPath]: { value: release.logPath, label: P.LogPath } }
          : { [SI.LogPath]: { value: '', label: P.LogPath } })
      })
    );
  const phase07Host = (gates: string, smokeReport: string, metrics: string, analysisReport: string) =>
    new StageHost(
      host,
      'phase-07',
      {
        [GI.Gates]: { value: gates, label: P.Phase07Gates },
        [GI.SmokeReport]: { value: smokeReport, label: P.SmokeReportPath },
        [GI.AnalysisReport]: { value: analysisReport, label: P.AnalysisReportPath },
        [GI.Metrics]: { value: metrics, label: P.Metrics },
        [GI.FailOnMissing]: { from: [P.FailOnMissing] },
        [GI.Fail]: { from: [P.Fail] },
        [GI.ReportPath]: { from: [P.Phase07ReportPath], fallback: PHASE_07_REPORT_DEFAULT },
        // After the deploy: no pull request to comment on, nothing new to measure.
        [GI.Comment]: { value: 'false', label: GI.Comment }
      },
      TITLES['phase-07']
    );
  const givenUrl = (): { url: string; from: string } => {
    const url = input(host, P.Url);
    if (url) return { url, from: P.Url };
    const environmentUrl = input(host, P.EnvironmentUrl);
    return { url: environmentUrl, from: environmentUrl ? P.EnvironmentUrl : P.Url };
  };

  let phase07Text = '';
  let dryRun = false;
  /** deploy's ci-wait-minutes, also the wait of base_ci_green. */
  let ciWaitMs = 0;
  const finish = async (ok: boolean, passed: boolean, message: string | undefined, failedStage: StageName | ''): Promise<PipelineResult> => {
    outputs[O.Passed] = String(passed);
    outputs[O.FailedStage] = failedStage;
    await host.appendSummary(renderOverview(stages, passed, failedStage, dryRun));
    return { ok, message, outputs, stages };
  };

  // SIGINT and SIGTERM (the runner cancelling the job) stop the chain: the stage under way stops
  // (deploy records its own cancellation), no later stage begins.
  const cancel = onCancel();
  const { signal } = cancel;

  try {
    // 0. Every input of every stage, before anything is written or run.
    const errors: UserError[] = [];
    const check = async (stage: StageHost, fn: () => unknown) => {
      try {
        await fn();
      } catch (err) {
        const renamed = stage.rename(err);
        if (!(renamed instanceof UserError)) throw renamed;
        errors.push(renamed, ...renamed.more);
        renamed.more = [];
      }
    };
    const preDeploy = deployHost('');
    await check(preDeploy, async () => {
      const config = readDeployConfig(preDeploy);
      dryRun = config.dryRun;
      ciWaitMs = config.ciWaitMs;
      // Holiday calendars are read as deploy reads them: an unreadable one stops the chain before the gates write.
      await loadCalendars(config.freezeWindows, host.workspace, DI.FreezeWindows);
    });
    const planned = givenUrl();
    if (planned.url || !dryRun) {
      const pre = smokeHost(planned.url, planned.from);
      await check(pre, () => readSettings(pre, new Redactor((v) => host.setSecret(v))));
    }
    await check(gatesHost, () => {
      phase07Text = phase07Gates(host.getInput(P.Phase07Gates));
    });
    await check(gatesHost, () => {
      const paths: Array<[string, string]> = [
        [P.ReportPath, input(host, P.ReportPath, Defaults.GatesReport)],
        [P.SmokeReportPath, input(host, P.SmokeReportPath, Defaults.SmokeReport)],
        [P.Phase07ReportPath, input(host, P.Phase07ReportPath, PHASE_07_REPORT_DEFAULT)]
      ];
      const seen = new Map<string, string>();
      const clash: UserError[] = [];
      for (const [name, given] of paths) {
        let file: string;
        try {
          file = resolveInWorkspace(host.workspace, given, name);
        } catch (err) {
          if (name === P.Phase07ReportPath && err instanceof UserError) clash.push(err); // the others are the stages' own checks
          continue;
        }
        const other = seen.get(file);
        if (other) clash.push(new UserError(`${given} is also where ${other} writes its report`, { input: name, hint: 'give each report its own path' }));
        else seen.set(file, name);
      }
      if (clash.length) throw UserError.several(clash);
    });
    if (errors.length) throw UserError.several(errors);

    // 1. Phase 05 → 06: gates-enforcer.
    start('gates', 'gates-enforcer');
    let gates: GatesResult;
    try {
      gates = await runGates(gatesHost);
    } catch (err) {
      throw gatesHost.rename(err);
    }
    outputs[O.GatesPassed] = gatesHost.outputs[GO.Passed] ?? '';
    outputs[O.FailedGates] = gatesHost.outputs[GO.FailedGates] ?? '';
    outputs[O.Report] = gatesHost.outputs[GO.Report] ?? '';
    outputs[O.ReportPath] = gatesHost.outputs[GO.ReportPath] ?? '';
    const reportShown = `\`${outputs[O.ReportPath]}\``;
    if (!gates.report.passed) {
      record('gates', 'failed', `${reportShown}: ${gates.message ?? 'failed'}`);
      for (const s of ['deploy', 'smoke-test', 'rollback', 'phase-07'] as const) record(s, 'skipped', 'the Phase 05 gates failed');
      host.info('The Phase 05 gates failed: nothing was deployed.');
      return await finish(gates.ok, false, gates.ok ? undefined : `Phase 05 gates failed (${gates.message}); nothing was deployed`, 'gates');
    }
    record('gates', 'passed', reportShown);
    if (signal.aborted) {
      const message = `cancelled (${signalName(signal)}) before the deploy`;
      for (const s of ['deploy', 'smoke-test', 'rollback', 'phase-07'] as const) record(s, 'skipped', message);
      return await finish(false, false, message, 'deploy');
    }

    // 2. deploy, with the report just written (deploy handles SIGINT and SIGTERM itself while it runs).
    start('deploy', 'deploy');
    const dHost = deployHost(outputs[O.Report]);
    let deployed: DeployResult;
    try {
      deployed = await runDeploy(dHost);
    } catch (err) {
      throw dHost.rename(err);
    }
    const d = dHost.outputs;
    outputs[O.DeploymentId] = d[DO.DeploymentId] ?? '';
    outputs[O.EnvironmentUrl] = d[DO.EnvironmentUrl] ?? '';
    outputs[O.Version] = d[DO.Version] ?? '';
    outputs[O.PreviousVersion] = d[DO.PreviousVersion] ?? '';
    outputs[O.DeployStatus] = d[DO.Status] ?? deployed.outcome?.status ?? (deployed.ok ? 'success' : 'failure');
    outputs[O.RollbackPerformed] = d[DO.RollbackPerformed] ?? 'false';
    outputs[O.RollbackSkipped] = d[DO.RollbackSkipped] ?? '';
    outputs[O.LogPath] = d[DO.LogPath] ?? '';
    outputs[O.DeployFailedChecks] = d[DO.FailedChecks] ?? '';
    const deployStatus = outputs[O.DeployStatus];
    /** The closing message: what failed, and what the chain did about it. */
    const said: string[] = [];
    /** Whether a stage failed in a way that fails the step. */
    let stepFailed = false;
    let failedStage: StageName | '' = '';
    const failed = (stage: StageName, message: string, failsStep = true) => {
      if (failsStep) {
        said.push(message);
        stepFailed = true;
      }
      if (!failedStage) failedStage = stage;
    };

    if (deployStatus === 'skipped') {
      // A dry run: every check was reported with the plan; the step ends well, `passed` says whether the deploy would go ahead.
      const wouldFail = deployed.outcome?.wouldFail ?? [];
      const goAhead = deployed.ok && wouldFail.length === 0;
      record('deploy', goAhead ? 'passed' : 'failed', deployed.message ?? 'dry run');
      for (const s of ['smoke-test', 'rollback', 'phase-07'] as const) record(s, 'skipped', 'dry run: nothing was deployed');
      if (!goAhead) failed('deploy', deployFailed(deployed.message, deployStatus), !deployed.ok);
      return await finish(!stepFailed, goAhead, said.join('; ') || undefined, failedStage);
    }

    let smokePassed = false;
    let smokeReport = '';
    /** The bake's analysis was inconclusive and on-inconclusive is fail: no rollback, the release stays for a decision. */
    let stoppedByAnalysis = false;
    let analysisRan = false;
    /** The deployment that undid the release after its smoke test, when one did. */
    let rollbackId = '';
    if (deployed.ok) {
      const deployedAs = `${deployed.message ?? deployStatus}${outputs[O.DeploymentId] ? ` (deployment ${outputs[O.DeploymentId]})` : ''}`;
      const deployRecord = record('deploy', 'passed', deployedAs);

      // 3. smoke-test on the deployed environment.
      start('smoke-test', 'smoke-test');
      const url = outputs[O.EnvironmentUrl] && !input(host, P.Url) ? { url: outputs[O.EnvironmentUrl], from: P.EnvironmentUrl } : givenUrl();
      const sHost = smokeHost(url.url, url.from, input(host, GI.Token) ? (outputs[O.DeploymentId] ?? '') : '', {
        args: bakeArgs(host.getInput(P.AnalysisArgs), { environment: input(host, DI.Environment), version: outputs[O.Version], 'previous-version': outputs[O.PreviousVersion], 'deployment-id': outputs[O.DeploymentId] }),
        logPath: outputs[O.LogPath]
      });
      let smokeMessage: string | undefined;
      try {
        const smoke = await runSmoke(sHost, { signal, recordDeploymentId: outputs[O.DeploymentId] || undefined });
        smokePassed = smoke.report.passed;
        smokeMessage = smoke.message;
        stoppedByAnalysis = smoke.report.analysis?.decision === 'stop';
        analysisRan = smoke.report.analysis !== undefined;
      } catch (err) {
        smokeMessage = `smoke test failed: ${stageError(host, sHost, err)}`;
      }
      if (signal.aborted) {
        // Cancelled while testing the release: it stays as deployed (cancelling starts no rollback,
        // as in deploy itself), unverified; the audit log and the summary say so.
        const why = signalName(signal);
        const message = `cancelled (${why}) during the smoke test: ${outputs[O.Version] || 'the release'} stays deployed, not smoke-tested`;
        outputs[O.SmokePassed] = 'false';
        recordCancellation(host, outputs[O.LogPath], { stage: 'smoke-test', signal: why, deployment: outputs[O.DeploymentId] || undefined, version: outputs[O.Version] || undefined });
        record('smoke-test', 'cancelled', message);
        for (const s of ['rollback', 'phase-07'] as const) record(s, 'skipped', `cancelled (${why})`);
        return await finish(false, false, message, 'smoke-test');
      }
      const s = sHost.outputs;
      outputs[O.SmokePassed] = s[SO.Passed] ?? 'false';
      outputs[O.SmokeReportPath] = s[SO.ReportPath] ?? '';
      outputs[O.P95Ms] = s[SO.P95Ms] ?? '';
      outputs[O.ErrorRate] = s[SO.ErrorRate] ?? '';
      outputs[O.FailedChecks] = s[SO.FailedChecks] ?? '';
      smokeReport = outputs[O.SmokeReportPath];
      if (smokePassed) {
        record('smoke-test', 'passed', `\`${smokeReport}\`: p95 ${outputs[O.P95Ms] || '—'} ms, errors ${outputs[O.ErrorRate] || '—'}%`);
        record('rollback', 'skipped', 'not needed: the smoke test passed');
      } else {
        const message = smokeMessage ?? 'smoke test failed';
        record('smoke-test', 'failed', smokeReport ? `\`${smokeReport}\`: ${message}` : message);
        failed('smoke-test', message);
      }
      if (!smokePassed && stoppedByAnalysis) {
        const release = outputs[O.Version] || 'the release';
        record('rollback', 'skipped', `on-inconclusive is fail: ${release} stays deployed for a decision`);
        deployRecord.result = 'failed';
        deployRecord.detail = `${deployedAs}; its analysis was inconclusive and it stays deployed (on-inconclusive: fail)`;
      } else if (!smokePassed) {
        // 4. The release failed its smoke test: back to the previous version.
        start('rollback', 'deploy, mode rollback');
        const rHost = rollbackHost();
        let rolledBack = false;
        let skipped: string | undefined;
        let rollbackMessage: string;
        try {
          const r = await runDeploy(rHost);
          rolledBack = r.ok && r.outcome?.status === 'rolled_back';
          skipped = r.outcome?.rollbackSkipped;
          rollbackMessage = r.message ?? rHost.outputs[DO.Status] ?? '';
        } catch (err) {
          rollbackMessage = stageError(host, rHost, err);
        }
        outputs[O.DeployStatus] = rolledBack ? 'rolled_back' : 'failure';
        outputs[O.RollbackPerformed] = rHost.outputs[DO.RollbackPerformed] === 'true' ? 'true' : 'false';
        outputs[O.RollbackSkipped] = rHost.outputs[DO.RollbackSkipped] ?? '';
        const id = rHost.outputs[DO.DeploymentId];
        const release = outputs[O.Version] || 'the release';
        if (rolledBack) {
          rollbackId = id ?? '';
          record('rollback', 'passed', `${rollbackMessage}${id ? ` (deployment ${id})` : ''}`);
          // The deploy went through, and was undone: never shown as passed.
          deployRecord.result = 'rolled-back';
          deployRecord.detail = `${deployedAs}; rolled back after its smoke test failed`;
          said.push(rollbackMessage);
        } else if (skipped) {
          // A first deploy has nothing to return to: the rollback is skipped, the release stays, failed.
          record('rollback', 'skipped', `${skipped}: ${release} stays deployed`);
          deployRecord.result = 'failed';
          deployRecord.detail = `${deployedAs}; it failed its smoke test and stays deployed (rollback skipped: ${skipped})`;
          said.push(`rollback skipped: ${skipped} (${release} stays deployed)`);
        } else {
          record('rollback', 'failed', rollbackMessage);
          deployRecord.result = 'failed';
          deployRecord.detail = `${deployedAs}; it failed its smoke test and the rollback failed`;
          failed('rollback', `rollback failed: ${rollbackMessage}`);
        }
      }
    } else {
      const skipped = deployed.outcome?.rollbackSkipped;
      record('deploy', deployStatus === 'rolled_back' ? 'rolled-back' : 'failed', `${outputs[O.DeploymentId] ? `deployment ${outputs[O.DeploymentId]}: ` : ''}${deployed.message ?? deployStatus}`);
      failed('deploy', deployFailed(deployed.message, deployStatus));
      record('smoke-test', 'skipped', 'the deploy failed');
      record(
        'rollback',
        'skipped',
        deployStatus === 'rolled_back' ? 'the deploy rolled back by itself' : skipped ? skipped : outputs[O.DeploymentId] ? 'the deploy tried its own rollback' : 'nothing was deployed'
      );
    }

    // 5. The Phase 07 gate, over what happened.
    if (signal.aborted) {
      record('phase-07', 'skipped', `cancelled (${signalName(signal)})`);
      return await finish(false, false, [...said, `cancelled (${signalName(signal)}) before the Phase 07 gate`].join('; '), failedStage || 'phase-07');
    }
    start('phase-07', 'gates-enforcer');
    const analysisReport = analysisRan || deployedAnalysis(host) ? input(host, P.AnalysisReportPath, ANALYSIS_REPORT_DEFAULT) : '';
    // "CI jobs green on base branch": the head of the base branch, judged as deploy's `ci` check
    // judges the deployed commit. Measured with a token; without one the gate is not added.
    const baseCi = await measureBaseCiGreen({ token: input(host, P.Token), env: host.env, waitMs: ciWaitMs, signal, log: (m) => host.info(m) });
    host.info(`base_ci_green: ${baseCi.value === undefined ? baseCi.detail : `${baseCi.value} (${baseCi.detail})`}`);
    const phase07GatesJson = baseCi.value === undefined ? phase07Text : phase07Gates(host.getInput(P.Phase07Gates), { ...PHASE_07_GATES, base_ci_green: true });
    const pHost = phase07Host(phase07GatesJson, smokeReport, phase07Metrics(host.getInput(P.Metrics), outputs[O.DeployStatus], baseCi.value), analysisReport);
    let phase07Passed = false;
    let phase07FailsStep = true;
    let phase07Message: string | undefined;
    try {
      // The report names the release it judged: a Phase 07 report read alone says what it is about.
      const deployment = {
        environment: input(host, DI.Environment),
        version: outputs[O.Version] || input(host, DI.Version),
        id: outputs[O.DeploymentId] || null,
        status: outputs[O.DeployStatus],
        rollbackId: rollbackId || null
      };
      const p = await runGates(pHost, { deployment });
      phase07Passed = p.report.passed;
      phase07FailsStep = !p.ok;
      phase07Message = p.message;
    } catch (err) {
      phase07Message = stageError(host, pHost, err);
    }
    outputs[O.Phase07Passed] = pHost.outputs[GO.Passed] ?? 'false';
    outputs[O.Phase07FailedGates] = pHost.outputs[GO.FailedGates] ?? '';
    outputs[O.Phase07Report] = pHost.outputs[GO.Report] ?? '';
    outputs[O.Phase07ReportPath] = pHost.outputs[GO.ReportPath] ?? '';
    const shown = outputs[O.Phase07ReportPath] ? `\`${outputs[O.Phase07ReportPath]}\`` : '';
    if (phase07Passed) record('phase-07', 'passed', shown);
    else {
      record('phase-07', 'failed', `${shown}${shown ? ': ' : ''}${phase07Message ?? 'failed'}`);
      failed('phase-07', `Phase 07 gates failed (${phase07Message ?? 'failed'})`, phase07FailsStep);
    }

    const passed = deployed.ok && smokePassed && phase07Passed;
    return await finish(!stepFailed, passed, stepFailed ? said.join('; ') : undefined, failedStage);
  } finally {
    cancel.dispose();
    for (const name of Object.values(O)) host.setOutput(name, outputs[name] ?? '');
  }
}

/** The last summary section: every stage, its result and where to look. */
function renderOverview(stages: StageRecord[], passed: boolean, failedStage: string, dryRun: boolean): string {
  const icon = (r: StageRecord['result']) =>
    r === 'passed' ? '✅ passed' : r === 'failed' ? (dryRun ? '❌ would fail' : '❌ failed') : r === 'rolled-back' ? '↩️ rolled back' : r === 'cancelled' ? '⚠️ cancelled' : '➖ skipped';
  const cell = (t: string) => t.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
  const verdict = dryRun
    ? passed
      ? '✅ would pass the pre-deploy checks (dry run: nothing was changed)'
      : `❌ would fail${failedStage ? ` (${failedStage})` : ''} (dry run: nothing was changed)`
    : passed
      ? '✅ passed'
      : `❌ failed${failedStage ? ` (${failedStage})` : ''}`;
  const lines = [`## Phase 06 pipeline: ${verdict}`, '', '| # | Stage | Result | Detail |', '| --- | --- | --- | --- |'];
  stages.forEach((s, i) => lines.push(`| ${i + 1} | ${s.title} | ${icon(s.result)} | ${cell(s.detail)} |`));
  return lines.join('\n') + '\n';
}
