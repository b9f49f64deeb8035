/**
 * One deploy run, after its inputs were validated: pre-deploy checks, the deployment record,
 * migrations, the strategy, the rollback rehearsal, automatic rollback, and the audit trail of all
 * of it. Internal to deploy; src/core/commands/deploy.ts builds it.
 */
import type { Host } from '../host.js';
import { DeployOutputs as O } from '../constants.js';
import { displayPath } from '../files.js';
import type { DeployConfig } from './config.js';
import type { AuditLog } from './audit-log.js';
import type { Redactor } from '../secrets.js';
import { noEarlierDeployment, runChecks, type CheckResult, type GatesReportSummary } from './checks.js';
import { environmentHistory, startedFirst, type Rehearsal, type DeploymentRecord, type DeploymentState, type DeploymentStore, type EnvironmentHistory } from './store.js';
import { EnvironmentLock, lockFileOf, type LockHolder, type Takeover } from './env-lock.js';
import { LedgerStore } from './ledger.js';
import path from 'node:path';
import { DeployInputs as I } from '../constants.js';
import { defaultCheck, type Check } from '../smoke/checks.js';
import { runScript } from './script.js';
import { idleSlot, type PlannedStep } from './strategy.js';
import type { CommandOutcome, ProviderCommand, ProviderStep } from './provider.js';
import { verifyUrl } from './verify.js';
import { Cancelled, signalName } from '../cancel.js';
import { analyseStage, recordRun, renderRun, type RecordedRun } from '../analysis/release.js';

/** The `status` output. */
export type DeployStatus = 'success' | 'failure' | 'rolled_back' | 'skipped';

/** What a run ended with. */
export interface DeployOutcome {
  ok: boolean;
  status: DeployStatus;
  message?: string;
  checks: CheckResult[];
  deploymentId?: string;
  version: string;
  previousVersion: string;
  rollbackPerformed: boolean;
  /**
   * Set when a rollback was needed (or asked for) but had no target: why it was skipped, the same
   * words as in the audit log and the summary (e.g. `no earlier successful deployment of staging`).
   */
  rollbackSkipped?: string;
  /** A dry run: the checks that would refuse the deploy (empty when it would go ahead). */
  wouldFail?: CheckResult[];
}

/** Everything a run needs, built by the command. */
export interface EngineContext {
  host: Host;
  config: DeployConfig;
  gates?: GatesReportSummary;
  store: DeploymentStore;
  log: AuditLog;
  redactor: Redactor;
  /** Aborted when the step is cancelled; `reason` names the signal. */
  signal: AbortSignal;
  /** `verify-checks`, loaded (empty when not given). */
  verifyChecks: Check[];
  /** When the run started, by the machine's clock. */
  now: Date;
}

/** Variables of the runner a script must not inherit: the action's inputs (the token among them) and runtime credentials. */
const WITHHELD = /^(INPUT_|ACTIONS_RUNTIME_|ACTIONS_ID_TOKEN_|ACTIONS_CACHE_|ACTIONS_RESULTS_)/;

function icon(status: CheckResult['status']): string {
  return status === 'pass' ? '✅ pass' : status === 'fail' ? '❌ fail' : '➖ skip';
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

/** The environment's lock (local ledger): held by this run, or who holds it. */
interface LockState {
  lock?: EnvironmentLock;
  busy?: LockHolder;
  takeover?: Takeover;
}

/**
 * Runs deploy and returns its outcome; outputs, summary and log are written as it goes. With the
 * local ledger, the environment's lock is taken first and held to the end, whatever the end.
 */
export async function executeDeploy(ctx: EngineContext): Promise<DeployOutcome> {
  const state: LockState = {};
  if (ctx.store.kind === 'ledger') {
    const { config } = ctx;
    const got = EnvironmentLock.acquire(
      lockFileOf(config.ledgerFile, config.environment),
      { environment: config.environment, version: config.mode === 'rollback' ? 'a rollback' : config.version, run: runUrl(ctx.host.env) },
      config.lockStaleMs
    );
    if ('busy' in got) state.busy = got.busy;
    else Object.assign(state, got);
  }
  try {
    return await deployUnderLock(ctx, state);
  } finally {
    state.lock?.release();
  }
}

/**
 * What the stages of one run share. Filled in as the run goes: the history and the checks first,
 * the plan next, the deployment record last (`deployment` is set from {@link openDeployment} on).
 */
interface Run {
  ctx: EngineContext;
  lockState: LockState;
  rollbackMode: boolean;
  /** The job summary, written once at the end whatever the end. */
  summary: string[];
  logUrl: string;
  history: EnvironmentHistory;
  version: string;
  previousVersion: string;
  checks: CheckResult[];
  failed: CheckResult[];
  base: Omit<DeployOutcome, 'ok' | 'status'>;
  activeSlot: string;
  slot: string;
  planned: PlannedStep[];
  /** What every provider step shares; the deployment id is filled in once the deployment is recorded. */
  stepBase: { environment: string; deploymentId: string };
  deployment?: DeploymentRecord;
  withDeployment: Omit<DeployOutcome, 'ok' | 'status'>;
  /** environment-url, or the URL the deploy step reported when none was given. */
  environmentUrl: string;
  stepRows: string[];
  analysisRuns: RecordedRun[];
  /** rehearse-rollback: true, in a deploy. */
  rehearse: boolean;
  /** Appended to the strategy's step labels: ` again` while the rehearsal deploys the version again. */
  round: string;
}

/** How the strategy ended: `failure` to roll back, `stopped` to leave for a person, `cancelled`. */
interface StrategyEnd {
  failure?: string;
  stopped?: string;
  cancelled?: boolean;
}

/**
 * The stages in the order the audit log names them; a stage that ends the run returns its
 * outcome (outputs and summary already written), so each early return below is one way a run ends.
 */
async function deployUnderLock(ctx: EngineContext, lockState: LockState): Promise<DeployOutcome> {
  const run = await begin(ctx, lockState);
  if (run.rollbackMode && !run.history.previous) return rollbackWithoutTarget(run);

  const refused = await checkStage(run);
  if (refused) return refused;
  if (ctx.signal.aborted) return finish(run, cancelled(ctx, run.base));

  const dryRun = planStage(run);
  if (dryRun) return dryRun;
  const steppedAside = await openDeployment(run);
  if (steppedAside) return steppedAside;

  if (run.rollbackMode) return rollbackOnDemand(run);
  const migrationsFailed = await migrationStage(run);
  if (migrationsFailed) return migrationsFailed;
  const end = await strategyStage(run);
  if (run.rehearse && !end.failure && !end.stopped && !end.cancelled && !ctx.signal.aborted) return recordStage(run, await rehearsalStage(run));
  return recordStage(run, end);
}

function setOutput(run: Run, name: string, value: string): void {
  run.ctx.host.setOutput(name, run.ctx.redactor.redact(value));
}

/** The start: the log's first line, a taken-over lock, and the environment's history. */
async function begin(ctx: EngineContext, lockState: LockState): Promise<Run> {
  const { host, config, store, log } = ctx;
  const rollbackMode = config.mode === 'rollback';
  log.info('deploy.start', {
    environment: config.environment,
    mode: config.mode,
    version: rollbackMode ? undefined : config.version,
    sha: config.sha || undefined,
    strategy: config.strategy.name,
    provider: config.providerName,
    store: `${store.kind}:${store.where}`,
    dry_run: config.dryRun,
    actor: host.env.GITHUB_ACTOR,
    run: runUrl(host.env)
  });
  const took = lockState.takeover;
  if (took) {
    const p = took.previous;
    log.warn('lock.takeover', { environment: config.environment, why: took.why, pid: p.pid, host: p.host, since: p.since, run: p.run, ended_group: took.endedGroup });
    host.info(`took over the lock of ${config.environment} from process ${p.pid} on ${p.host} (${took.why === 'dead' ? 'its process is gone' : 'stale'})${took.endedGroup ? `; its script (process group ${took.endedGroup}) was ended` : ''}`);
  }

  // History: read only, but for a deployment whose run died (below).
  const history: EnvironmentHistory = await environmentHistory(store, config.environment, ctx.now, config.lockStaleMs);
  if (lockState.lock && history.inProgress && store instanceof LedgerStore) {
    // This run holds the environment's lock, so a deployment still in progress lost its run: its
    // writer died without a final status. It is marked so, and blocks nothing.
    const abandoned = history.inProgress;
    const writer = await store.writer(abandoned.id);
    const why = `abandoned: its run ended without a final status${writer ? ` (process ${writer.pid}${writer.host ? ` on ${writer.host}` : ''})` : ''}`;
    log.warn('deployment.abandoned', { id: abandoned.id, version: abandoned.version, pid: writer?.pid, host: writer?.host });
    if (!config.dryRun) await store.setStatus(abandoned.id, { state: 'error', description: why });
    host.info(`deployment ${abandoned.id} of ${abandoned.version} to ${config.environment} was ${why}`);
    history.inProgress = undefined;
  }
  const version = rollbackMode ? (history.previous?.version ?? '') : config.version;
  const previousVersion = history.current?.version ?? '';
  const base = { checks: [], version, previousVersion, rollbackPerformed: false };
  return {
    ctx,
    lockState,
    rollbackMode,
    summary: [],
    logUrl: runUrl(host.env) ?? displayPath(host.workspace, config.logFile),
    history,
    version,
    previousVersion,
    checks: [],
    failed: [],
    base,
    activeSlot: '',
    slot: '',
    planned: [],
    stepBase: { environment: config.environment, deploymentId: '' },
    withDeployment: base,
    environmentUrl: config.environmentUrl,
    stepRows: [],
    analysisRuns: [],
    rehearse: !rollbackMode && config.rehearseRollback.mode === 'true',
    round: ''
  };
}

/** Rollback mode with nothing to roll back to (a first deploy, or only one version ever succeeded): one clear line. */
async function rollbackWithoutTarget(run: Run): Promise<DeployOutcome> {
  const { host, config, store, log, redactor } = run.ctx;
  const { previousVersion } = run;
  const reason = noEarlierDeployment(config.environment);
  const stays = previousVersion ? `${previousVersion} stays as deployed` : 'nothing was deployed to it';
  const message = `rollback skipped: ${reason} (${store.kind}); ${stays}`;
  log.warn('rollback.skipped', { reason, current: previousVersion || undefined, store: store.kind, dry_run: config.dryRun || undefined });
  log.write(config.dryRun ? 'INFO' : 'ERROR', 'deploy.end', { status: config.dryRun ? 'skipped' : 'failure', detail: `rollback skipped: ${reason}` });
  host.info(config.dryRun ? `dry run: ${message}` : message);
  setOutput(run, O.Version, '');
  setOutput(run, O.PreviousVersion, previousVersion);
  setOutput(run, O.LogPath, displayPath(host.workspace, config.logFile));
  setOutput(run, O.EnvironmentUrl, config.environmentUrl);
  // A dry run reports it and ends well: nothing was asked to change.
  const status: DeployStatus = config.dryRun ? 'skipped' : 'failure';
  setOutput(run, O.Status, status);
  setOutput(run, O.RollbackPerformed, 'false');
  setOutput(run, O.RollbackSkipped, reason);
  setOutput(run, O.FailedChecks, '[]');
  await host.appendSummary(redactor.redact([`## Rollback of ${config.environment}: skipped`, '', `➖ ${message}.`, '', `**Status:** \`${status}\` — nothing was changed`, ''].join('\n')));
  return { ok: config.dryRun, status, message: config.dryRun ? `dry run: ${message}` : message, checks: [], version: '', previousVersion, rollbackPerformed: false, rollbackSkipped: reason };
}

/**
 * The pre-deploy checks, their table and the outputs known before anything runs. Returns the
 * outcome when a check refuses the deploy (a dry run goes on to show its plan).
 */
async function checkStage(run: Run): Promise<DeployOutcome | undefined> {
  const { host, config, store, log, redactor } = run.ctx;
  const { version, previousVersion, history } = run;
  const checks = await runChecks({ config, env: host.env, gates: run.ctx.gates, store, history, version, now: run.ctx.now, lockBusy: run.lockState.busy, signal: run.ctx.signal, log: (m) => host.info(redactor.redact(m)) });
  for (const c of checks) log.write(c.status === 'fail' ? 'ERROR' : 'INFO', 'check', { check: c.id, result: c.status, detail: c.detail });
  if (config.freezeOverride && checks.some((c) => c.id === 'freeze' && c.detail.includes('overridden'))) {
    log.warn('freeze.override', { reason: config.freezeOverride, actor: host.env.GITHUB_ACTOR });
    host.annotate('warning', `Deploying inside a freeze window; override: ${redactor.redact(config.freezeOverride)}`, { title: 'phase-gates deploy' });
  }
  for (const c of checks) host.info(`${c.status.padEnd(4)} ${c.title}: ${c.detail}`);

  const title = run.rollbackMode ? `Rollback of ${config.environment} to ${version || '(none)'}` : `Deploy ${version} to ${config.environment}`;
  run.summary.push(`## ${title}`, '', '| Check | Result | Detail |', '| --- | --- | --- |');
  for (const c of checks) run.summary.push(`| ${c.title} | ${icon(c.status)} | ${cell(c.detail)} |`);
  run.summary.push('');

  setOutput(run, O.Version, version);
  setOutput(run, O.PreviousVersion, previousVersion);
  setOutput(run, O.LogPath, displayPath(host.workspace, config.logFile));
  setOutput(run, O.EnvironmentUrl, config.environmentUrl);

  run.checks = checks;
  run.base = { checks, version, previousVersion, rollbackPerformed: false };
  run.failed = checks.filter((c) => c.status === 'fail');
  setOutput(run, O.FailedChecks, JSON.stringify(run.failed.map((c) => ({ id: c.id, detail: c.detail }))));
  if (run.failed.length && !config.dryRun) {
    const message = `pre-deploy checks failed: ${run.failed.map((c) => `${c.id} (${c.detail})`).join('; ')}`;
    log.error('refused', { failed: run.failed.map((c) => c.id).join(','), detail: 'nothing was changed' });
    return finish(run, { ...run.base, ok: false, status: 'failure', message: redactor.redact(message) });
  }
  return undefined;
}

/** The step that returns the environment to `to` (rollback mode, or a failed deploy's way back). */
function rollbackStep(run: Run, to: DeploymentRecord | undefined, from: string, fromSlot: string): ProviderStep {
  return { ...run.stepBase, action: 'rollback', version: to?.version ?? '', previousVersion: from, slot: slotOf(to), otherSlot: fromSlot, trafficPercent: 100 };
}

function toStep(run: Run, p: PlannedStep): ProviderStep {
  return { ...run.stepBase, action: p.action, version: run.version, previousVersion: run.previousVersion, slot: p.slot, otherSlot: p.slot ? idleSlot(p.slot) : '', trafficPercent: p.trafficPercent };
}

/** The plan, in the summary; for a dry run, the outcome (whatever the checks found: nothing changes). */
function planStage(run: Run): Promise<DeployOutcome> | undefined {
  const { host, config, store, log, redactor } = run.ctx;
  const { history, version, previousVersion, rollbackMode, failed } = run;
  run.activeSlot = slotOf(history.current);
  run.slot = !rollbackMode && config.strategy.slotted ? idleSlot(run.activeSlot) : '';
  run.planned = rollbackMode ? [] : config.strategy.plan(run.slot);
  const { slot, planned, activeSlot } = run;
  const verifying = run.ctx.verifyChecks.length > 0 || config.strategy.slotted;
  const plan: string[] = [];
  const commandsOf = (step: ProviderStep) => config.provider.plan(step).map((c) => `\`${showCommand(c, host.workspace)}\``).join(', then ') || '(nothing to run)';
  plan.push(`1. record a deployment of \`${version}\` to \`${config.environment}\`${slot ? ` in slot ${slot}` : ''} (${store.kind} ${store.where})`);
  if (!rollbackMode && config.migrateRun) plan.push(`${plan.length + 1}. migrations: \`${config.migrateRun.shown}\``);
  if (rollbackMode) plan.push(`${plan.length + 1}. roll back from \`${previousVersion}\`${slotOf(history.previous) ? ` to slot ${slotOf(history.previous)}` : ''}: ${commandsOf(rollbackStep(run, history.previous, previousVersion, activeSlot))}`);
  for (const p of planned) {
    const what = p.slot ? `${p.action === 'deploy' ? `deploy to slot ${p.slot}` : `move traffic to slot ${p.slot}`}, ${p.trafficPercent}% of traffic` : 'deploy, all traffic';
    const checks = verifying && (p.verifySlot || p.verifyEnvironment) ? `; verify ${[p.verifySlot ? 'the slot' : '', p.verifyEnvironment ? 'the environment' : ''].filter(Boolean).join(' and ')}` : '';
    const analysis = analysedAt(config, p) ? `; analysis from telemetry (${config.analysis!.spec.source})` : '';
    plan.push(`${plan.length + 1}. ${config.strategy.name}: ${what}: ${commandsOf(toStep(run, p))}${checks}${analysis}`);
  }
  if (!rollbackMode) {
    const back = rollbackStep(run, history.lastGood, version, slot);
    if (run.rehearse && history.lastGood) {
      const rehearsed = rollbackStep(run, history.lastGood, version, slot);
      plan.push(`${plan.length + 1}. rehearse the rollback: back to \`${rehearsed.version}\`: ${commandsOf(rehearsed)}; verify it; then deploy \`${version}\` again as above (a new deployment record, carrying the rehearsal)`);
    }
    if (history.lastGood) plan.push(`${plan.length + 1}. on failure: roll back to \`${back.version}\`${back.slot ? ` (slot ${back.slot} keeps running it)` : ''}: ${commandsOf(back)}`);
    else plan.push(`${plan.length + 1}. on failure: no rollback (${noEarlierDeployment(config.environment)})`);
  }
  if (!config.dryRun) {
    run.summary.push('### Plan', '', ...plan, '');
    return undefined;
  }
  // The plan, whatever the checks found: what would be deployed, where, how, and what would refuse it.
  const code = (t: string) => `\`${t}\``;
  const what = (q: (t: string) => string) =>
    rollbackMode
      ? `rolling ${q(config.environment)} back from ${q(previousVersion)} to ${q(version)}`
      : `deploying ${q(version)} to ${q(config.environment)} (strategy ${q(config.strategy.name)}, provider ${q(config.providerName)}; ${previousVersion ? `replacing ${q(previousVersion)}` : 'its first deployment'})`;
  const verdict = failed.length
    ? `would be refused: ${failed.length} check${failed.length === 1 ? '' : 's'} would fail: ${failed.map((c) => `${c.id} (${c.detail})`).join('; ')}`
    : 'would go ahead: every check passed';
  const message = redactor.redact(`dry run: ${what((t) => t)} ${verdict}; nothing was changed`);
  run.summary.push('### Plan (dry run: nothing was changed)', '', `${failed.length ? '❌' : '✅'} ${what(code).replace(/^d|^r/, (c) => c.toUpperCase())} ${cell(verdict)}.`, '', ...plan, '');
  log.write(failed.length ? 'WARN' : 'INFO', 'dry-run', { version, environment: config.environment, strategy: config.strategy.name, would_fail: failed.map((c) => c.id).join(',') || undefined, detail: 'nothing was changed' });
  // Said once: a warning when the deploy would be refused, else a line of the log.
  if (failed.length) host.annotate('warning', message, { title: 'phase-gates deploy (dry run)' });
  else host.info(message);
  return finish(run, { ...run.base, ok: true, status: 'skipped', message, wouldFail: failed }, 'dry run: nothing was changed');
}

/**
 * The deployment record, in progress. With the GitHub store, returns the outcome when another
 * run's deployment started first (this one steps aside before anything changes).
 */
async function openDeployment(run: Run): Promise<DeployOutcome | undefined> {
  const { host, config, store, log, redactor } = run.ctx;
  const { version, rollbackMode, history } = run;
  const recordSlot = rollbackMode ? slotOf(history.previous) : run.slot;
  const deployment = await store.create({
    environment: config.environment,
    version,
    sha: config.sha,
    description: rollbackMode ? `phase-gates: roll back to ${version}` : `phase-gates: deploy ${version}`,
    rollbackOf: rollbackMode ? history.current?.id : undefined,
    slot: recordSlot || undefined,
    production: config.production
  });
  run.deployment = deployment;
  run.stepBase.deploymentId = deployment.id;
  setOutput(run, O.DeploymentId, deployment.id);
  log.info('deployment.created', { id: deployment.id, version, slot: recordSlot || undefined, store: store.kind });
  await setStatus(run, 'in_progress', rollbackMode ? `rolling back to ${version}` : `deploying ${version}`);
  run.withDeployment = { ...run.base, deploymentId: deployment.id };
  if (store.kind === 'github') {
    // The API has no compare-and-set: every run creates its deployment, then looks. Of two in
    // progress at once, the lower id goes on; the other steps aside before anything changes.
    const first = await startedFirst(store, deployment, run.ctx.now, config.lockStaleMs);
    if (first) {
      const why = `deployment ${first.id} of ${first.version} to ${config.environment} started first and is in progress`;
      await store.setStatus(deployment.id, { state: 'inactive', description: redactor.redact(`stepped aside: ${why}`), logUrl: run.logUrl });
      log.error('deployment.status', { id: deployment.id, state: 'inactive', description: `stepped aside: ${why}` });
      log.error('deploy.end', { status: 'failure', detail: `refused: ${why}` });
      run.summary.push(`❌ Refused: ${cell(why)}; deployment ${deployment.id} was set to inactive and nothing was changed.`, '');
      return finish(run, { ...run.withDeployment, ok: false, status: 'failure', message: `deploy refused: ${why}; nothing was changed` });
    }
  }
  return undefined;
}

/** The deployment's status (this run's, unless `id` says which), in the store (masked) and in the log. */
async function setStatus(run: Run, state: DeploymentState, description: string, id = run.deployment!.id): Promise<void> {
  const { store, log, redactor } = run.ctx;
  const url = run.environmentUrl;
  await store.setStatus(id, { state, description: redactor.redact(description), environmentUrl: url ? redactor.redact(url) : undefined, logUrl: run.logUrl });
  log.write(state === 'failure' || state === 'error' ? 'ERROR' : 'INFO', 'deployment.status', { id, state, description });
}

/** The variables a script runs with: the runner's, less what it must not inherit, and the step's. */
function scriptEnv(run: Run, step: ProviderStep | undefined, mode: string, extra: Record<string, string> = {}): Record<string, string> {
  const { host, config } = run.ctx;
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(host.env)) if (v !== undefined && !WITHHELD.test(k)) env[k] = v;
  return {
    ...env,
    PHASE_GATES_ENVIRONMENT: config.environment,
    PHASE_GATES_DEPLOYMENT_ID: run.deployment!.id,
    PHASE_GATES_MODE: mode,
    PHASE_GATES_VERSION: step?.version ?? run.version,
    PHASE_GATES_PREVIOUS_VERSION: step?.previousVersion ?? run.previousVersion,
    PHASE_GATES_STEP: step?.action ?? mode,
    PHASE_GATES_SLOT: step?.slot ?? '',
    PHASE_GATES_OTHER_SLOT: step?.otherSlot ?? '',
    PHASE_GATES_TRAFFIC_PERCENT: String(step?.trafficPercent ?? 100),
    PHASE_GATES_STRATEGY: config.strategy.name,
    ...extra
  };
}

/** Runs one command, its output masked into the step log and the audit log as it comes. */
async function exec(run: Run, phase: string, command: ProviderCommand, env: Record<string, string>): Promise<CommandOutcome> {
  const { host, config, log, redactor, signal } = run.ctx;
  const input = command.input ?? config.providerName;
  const shown = showCommand(command, host.workspace);
  log.info('script.start', { phase, input, command: shown, purpose: command.purpose, version: env.PHASE_GATES_VERSION, slot: env.PHASE_GATES_SLOT || undefined, traffic: env.PHASE_GATES_SLOT ? env.PHASE_GATES_TRAFFIC_PERCENT : undefined });
  host.info(`→ ${redactor.redact(command.purpose)}: ${redactor.redact(shown)}`);
  let stdout = '';
  const result = await runScript(
    { input, file: command.program, args: command.args, shown },
    {
      cwd: host.workspace,
      env: { ...env, ...command.env },
      timeoutMs: config.timeoutMs,
      signal,
      onGroup: (pgid) => run.lockState.lock?.setScriptGroup(pgid),
      mask: { redact: (text) => redactor.redact(text), holdBack: redactor.longest() },
      onLine: (line, stream) => {
        if (stream === 'stdout' && stdout.length < MAX_STDOUT) stdout += line.slice(0, MAX_STDOUT - stdout.length) + '\n';
        const clean = redactor.redact(line);
        host.info(`[${input}] ${clean}`);
        log.write(stream === 'stderr' ? 'WARN' : 'INFO', 'output', { phase, stream, line: clean });
      }
    }
  );
  const fields = { phase, input, outcome: result.outcome, code: result.code ?? undefined, signal: result.signal ?? undefined, ms: result.ms };
  log.write(result.outcome === 'ok' ? 'INFO' : 'ERROR', 'script.end', fields);
  if (result.outcome === 'timeout') host.annotate('error', `${input} timed out after ${config.timeoutMs / 60000} minutes (timeout-minutes)`);
  return { outcome: result.outcome, code: result.code, stdout };
}

function applyStep(run: Run, phase: string, step: ProviderStep, mode: string) {
  return run.ctx.config.provider.apply(step, { exec: (command) => exec(run, phase, command, scriptEnv(run, step, mode)) });
}

/** Writes the status outputs and the summary; `said`: the status line's text, when the summary already holds the message. */
async function finish(run: Run, outcome: DeployOutcome, said = outcome.message): Promise<DeployOutcome> {
  setOutput(run, O.Status, outcome.status);
  setOutput(run, O.RollbackPerformed, String(outcome.rollbackPerformed));
  setOutput(run, O.RollbackSkipped, outcome.rollbackSkipped ?? '');
  run.summary.push(`**Status:** \`${outcome.status}\`${said ? ` — ${cell(said)}` : ''}`, '');
  await run.ctx.host.appendSummary(run.ctx.redactor.redact(run.summary.join('\n')));
  return outcome;
}

/** {@link finish}, after the steps' and the analysis' tables. */
function finishAll(run: Run, outcome: DeployOutcome): Promise<DeployOutcome> {
  const { summary, stepRows, analysisRuns } = run;
  if (stepRows.length) summary.push('### Steps', '', '| Step | Slot | Traffic | Result |', '| --- | --- | --- | --- |', ...stepRows, '');
  if (analysisRuns.length) summary.push('### Analysis', '', ...analysisRuns.flatMap((r) => renderRun(r)), `Every run: \`${run.ctx.config.analysis?.reportShown}\`.`, '');
  return finish(run, outcome);
}

function cancelledNow(run: Run, rollbackPerformed = false): Promise<DeployOutcome> {
  return cancelledAfterChange(run.ctx, { ...run.withDeployment, rollbackPerformed }, (state, description) => setStatus(run, state, description)).then((o) => finishAll(run, o));
}

/** Rollback mode: the previous successful version, on demand. */
async function rollbackOnDemand(run: Run): Promise<DeployOutcome> {
  const { config, log, signal } = run.ctx;
  const { version, previousVersion, withDeployment } = run;
  const step = rollbackStep(run, run.history.previous, previousVersion, run.activeSlot);
  const r = await applyStep(run, 'rollback', step, 'rollback');
  run.stepRows.push(`| rollback to ${version} | ${step.slot || '—'} | ${step.trafficPercent}% | ${r.outcome === 'ok' ? '✅' : '❌'} ${cell(r.detail ?? r.outcome)} |`);
  if (r.outcome === 'cancelled' || signal.aborted) return cancelledNow(run);
  if (r.outcome === 'ok') {
    await setStatus(run, 'success', `rolled back from ${previousVersion} to ${version}`);
    log.info('deploy.end', { status: 'rolled_back', version, slot: step.slot || undefined });
    return finishAll(run, { ...withDeployment, ok: true, status: 'rolled_back', rollbackPerformed: true, message: `${config.environment} rolled back to ${version}` });
  }
  await setStatus(run, 'error', `rollback to ${version} failed`);
  log.error('deploy.end', { status: 'failure', detail: 'rollback failed' });
  return finishAll(run, { ...withDeployment, ok: false, status: 'failure', message: `rollback of ${config.environment} to ${version} failed${r.detail ? `: ${r.detail}` : ''}` });
}

/** Migrations (migrate-run): a failure stops here, with nothing deployed. */
async function migrationStage(run: Run): Promise<DeployOutcome | undefined> {
  const { config, log } = run.ctx;
  if (!config.migrateRun) return undefined;
  const m = config.migrateRun;
  const r = await exec(run, 'migrate', { program: m.file, args: m.args, purpose: 'migrations', input: m.input }, scriptEnv(run, undefined, 'migrate'));
  if (r.outcome === 'cancelled') return cancelledNow(run);
  if (r.outcome === 'ok') return undefined;
  await setStatus(run, 'failure', 'migrations failed; nothing deployed');
  log.error('deploy.end', { status: 'failure', detail: 'migrations failed; nothing deployed' });
  return finishAll(run, { ...run.withDeployment, ok: false, status: 'failure', message: 'migrations failed (migrate-run); nothing was deployed' });
}

/** The strategy: each planned step applied, then verified and analysed where the plan says so. */
async function strategyStage(run: Run): Promise<StrategyEnd> {
  const { host, config, redactor, signal } = run.ctx;
  const { planned, version } = run;
  for (const [i, p] of planned.entries()) {
    const step = toStep(run, p);
    const label = `${planned.length > 1 ? `step ${i + 1}/${planned.length}` : 'deploy'}${run.round}`;
    host.info(`${config.strategy.name} ${label}: ${p.slot ? `slot ${p.slot} at ${p.trafficPercent}% of traffic` : `${version}, all traffic`}`);
    const r = await applyStep(run, 'deploy', step, 'deploy');
    if (r.outcome === 'cancelled' || signal.aborted) return { cancelled: true };
    if (r.outcome !== 'ok') {
      run.stepRows.push(`| ${label} | ${p.slot || '—'} | ${p.trafficPercent}% | ❌ ${cell(r.detail ?? 'failed')} |`);
      return { failure: `${label} failed: ${r.detail ?? 'the provider failed'}` };
    }
    if (r.url && redactor.holdsSecret(r.url)) {
      // Used to verify, as it is; recorded masked (output, ledger, deployment status, log).
      host.annotate('warning', `the URL the ${config.providerName} step reported holds a secret: it is used as it is, and recorded masked (${redactor.redact(r.url)})`, { title: 'phase-gates deploy' });
    }
    if (!config.environmentUrl && !p.slot && r.url) {
      run.environmentUrl = r.url;
      setOutput(run, O.EnvironmentUrl, r.url);
    }
    const v = await verifyStep(run.ctx, p, r.url, label);
    if (signal.aborted) return { cancelled: true };
    run.stepRows.push(`| ${label} | ${p.slot || '—'} | ${p.trafficPercent}% | ${v.ok ? '✅' : '❌'} ${cell(v.detail)} |`);
    if (!v.ok) return { failure: `${label}: verification failed: ${v.detail}` };
    if (config.analysis && analysedAt(config, p)) {
      const end = await analysisStage(run, p, r.url, label);
      if (end) return end;
    }
  }
  return {};
}

/** Telemetry of one step (where {@link analysedAt} says): returns how the strategy ends when the analysis stops it. */
async function analysisStage(run: Run, p: PlannedStep, stepUrl: string | undefined, label: string): Promise<StrategyEnd | undefined> {
  const { host, config, log, redactor, signal } = run.ctx;
  const analysis = config.analysis!;
  const stage = config.strategy.name === 'canary' ? `canary ${label} (${p.trafficPercent}%)` : 'blue-green switch';
  const stableSlot = run.activeSlot || '';
  const urlOf = (s: string) => slotUrlOf(config, s);
  const deploymentId = run.deployment!.id;
  let a;
  try {
    a = await analyseStage(analysis, {
      stage,
      builtins: {
        environment: config.environment,
        version: run.version,
        'previous-version': run.previousVersion,
        slot: p.slot,
        'stable-slot': stableSlot,
        'deployment-id': deploymentId,
        url: stepUrl ?? urlOf(p.slot) ?? run.environmentUrl,
        'stable-url': stableSlot ? urlOf(stableSlot) : undefined
      },
      env: host.env,
      signal,
      sink: log,
      info: (m) => host.info(redactor.redact(m)),
      baseline: config.strategy.name === 'canary' && p.trafficPercent < 100 && stableSlot !== ''
    });
  } catch (err) {
    if (err instanceof Cancelled || signal.aborted) return { cancelled: true };
    throw err;
  }
  run.analysisRuns.push(a.run);
  await recordRun(analysis, { environment: config.environment, version: run.version, deploymentId }, a.run, I.AnalysisReportPath);
  run.stepRows.push(`| ${stage}: analysis | ${p.slot || '—'} | ${p.trafficPercent}% | ${a.run.phase === 'Successful' ? '✅' : a.ok ? '⚠️' : '❌'} ${cell(a.detail)} |`);
  if (a.decision === 'stop') return { stopped: `${label}: ${a.detail}` };
  if (!a.ok) return { failure: `${label}: ${a.detail}` };
  if (a.decision === 'pass') host.annotate('warning', redactor.redact(`${stage}: ${a.detail}; going on`), { title: 'phase-gates deploy: analysis' });
  return undefined;
}

/**
 * The record: the deployment's final status and the log's last line, after the strategy's end;
 * a failure first rolls back automatically to the previous successful version.
 */
async function recordStage(run: Run, end: StrategyEnd): Promise<DeployOutcome> {
  const { host, config, log, redactor, signal } = run.ctx;
  const { version, slot, withDeployment } = run;
  if (end.cancelled || signal.aborted) return cancelledNow(run);
  if (end.stopped) {
    // on-inconclusive: fail — neither promoted nor rolled back: the release stays where the step
    // left it (Argo Rollouts pauses), and the step fails for a person to decide.
    const where = slot ? `slot ${slot} keeps its share of traffic` : `${version} stays deployed`;
    host.annotate('error', redactor.redact(`${end.stopped}; stopped: ${where} until someone promotes it or rolls it back (on-inconclusive: fail)`), { title: 'phase-gates deploy' });
    await setStatus(run, 'failure', `${end.stopped}; stopped, not rolled back`);
    log.error('deploy.end', { status: 'failure', detail: `${end.stopped}; stopped (on-inconclusive fail), not rolled back` });
    return finishAll(run, { ...withDeployment, ok: false, status: 'failure', message: `${end.stopped}; stopped (on-inconclusive: fail): ${where}` });
  }
  if (!end.failure) {
    await setStatus(run, 'success', `deployed ${version}${slot ? ` (slot ${slot})` : ''}`);
    log.info('deploy.end', { status: 'success', version, slot: slot || undefined, deployment: run.deployment!.id });
    return finishAll(run, { ...withDeployment, ok: true, status: 'success', message: `deployed ${version} to ${config.environment}${slot ? ` (slot ${slot})` : ''}` });
  }
  return automaticRollback(run, end.failure);
}

/** A failed deploy returns to the previous successful version, when there is one. */
async function automaticRollback(run: Run, failure: string): Promise<DeployOutcome> {
  const { host, config, log, redactor, signal } = run.ctx;
  const { version, slot, withDeployment } = run;
  host.annotate('error', redactor.redact(failure), { title: 'phase-gates deploy' });
  const back = run.history.lastGood;
  if (!back) {
    // A first deploy: nothing to return to. The log, the deployment, the summary and the result say so alike.
    const reason = noEarlierDeployment(config.environment);
    log.warn('rollback.skipped', { reason, version });
    run.stepRows.push(`| rollback | — | — | ➖ skipped: ${cell(reason)} |`);
    await setStatus(run, 'failure', `deploy of ${version} failed; rollback skipped: ${reason}`);
    log.error('deploy.end', { status: 'failure', detail: `rollback skipped: ${reason}` });
    return finishAll(run, { ...withDeployment, ok: false, status: 'failure', rollbackSkipped: reason, message: `${failure}; rollback skipped: ${reason}` });
  }
  const step = rollbackStep(run, back, version, slot);
  log.warn('rollback.start', { from: version, to: back.version, slot: step.slot || undefined });
  const r = await applyStep(run, 'rollback', step, 'rollback');
  run.stepRows.push(`| rollback to ${back.version} | ${step.slot || '—'} | 100% | ${r.outcome === 'ok' ? '✅' : '❌'} ${cell(r.detail ?? r.outcome)} |`);
  if (r.outcome === 'cancelled' || signal.aborted) return cancelledNow(run, true);
  if (r.outcome === 'ok') {
    await setStatus(run, 'failure', `deploy of ${version} failed; rolled back to ${back.version}`);
    log.warn('deploy.end', { status: 'rolled_back', version: back.version, slot: step.slot || undefined });
    return finishAll(run, { ...withDeployment, ok: false, status: 'rolled_back', rollbackPerformed: true, message: `${failure}; rolled back to ${back.version}` });
  }
  await setStatus(run, 'error', `deploy of ${version} failed and the rollback failed too`);
  log.error('deploy.end', { status: 'failure', detail: 'rollback failed' });
  return finishAll(run, { ...withDeployment, ok: false, status: 'failure', rollbackPerformed: true, message: `${failure}; the rollback to ${back.version} failed too` });
}

/**
 * The rollback rehearsal (rehearse-rollback: true), once the version deployed and verified: the
 * provider's rollback to the previous version, exactly as an automatic rollback runs it, the
 * previous version verified, then the version deployed again through the whole strategy. The
 * deployment that was rolled back ends `inactive`; the one that deploys again is a new record
 * carrying the rehearsal, because GitHub cannot change a deployment's payload once created.
 * A failure anywhere is the deploy's failure, rolled back like any other.
 */
async function rehearsalStage(run: Run): Promise<StrategyEnd> {
  const { host, config, store, log, signal } = run.ctx;
  const { version } = run;
  const back = run.history.lastGood;
  if (!back) {
    // A first deployment: there is nothing to roll back to, so nothing to rehearse.
    const reason = noEarlierDeployment(config.environment);
    log.warn('rehearsal.skipped', { reason, version });
    run.stepRows.push(`| rehearsal | — | — | ➖ skipped: ${cell(reason)} |`);
    host.annotate('warning', `rollback rehearsal skipped: ${reason}; ${version} stays deployed, unrehearsed`, { title: 'phase-gates deploy' });
    return {};
  }
  const first = run.deployment!;
  log.info('rehearsal.start', { version, previous: back.version, deployment: first.id });
  host.info(`rehearsing the rollback of ${version}: back to ${back.version}, verify it, then ${version} again`);

  const step = rollbackStep(run, back, version, run.slot);
  const r = await applyStep(run, 'rehearsal', step, 'rollback');
  log.write(r.outcome === 'ok' ? 'INFO' : 'ERROR', 'rehearsal.rollback', { to: back.version, outcome: r.outcome, slot: step.slot || undefined });
  run.stepRows.push(`| rehearsal: rollback to ${back.version} | ${step.slot || '—'} | 100% | ${r.outcome === 'ok' ? '✅' : '❌'} ${cell(r.detail ?? r.outcome)} |`);
  if (r.outcome === 'cancelled' || signal.aborted) return { cancelled: true };
  if (r.outcome !== 'ok') return rehearsalFailed(run, `rollback rehearsal: the rollback to ${back.version} failed: ${r.detail ?? r.outcome}`);

  // Verified on the environment: after the rollback it serves the previous version, whatever slot.
  const checks = run.ctx.verifyChecks.length ? run.ctx.verifyChecks : [defaultCheck(I.VerifyChecks)];
  const url = run.environmentUrl || (step.slot ? slotUrlOf(config, step.slot) : undefined);
  const v = url
    ? await verifyTargets(run.ctx, [{ what: `${back.version} on the environment`, url }], checks, 'rehearsal')
    : { ok: false, detail: `nothing to verify ${back.version} on: set environment-url (or have the deploy step report url=… in $PHASE_GATES_OUTPUT)` };
  if (signal.aborted) return { cancelled: true };
  log.write(v.ok ? 'INFO' : 'ERROR', 'rehearsal.verify', { version: back.version, passed: v.ok, detail: v.detail });
  run.stepRows.push(`| rehearsal: verify ${back.version} | ${step.slot || '—'} | 100% | ${v.ok ? '✅' : '❌'} ${cell(v.detail)} |`);
  if (!v.ok) return rehearsalFailed(run, `rollback rehearsal: ${back.version} failed verification after the rollback: ${v.detail}`);

  const rehearsal: Rehearsal = { previousVersion: back.version, passed: true, at: new Date().toISOString(), deployment: first.id };
  // The new record is in progress before the first one ends, so that a concurrent run never finds
  // the environment without a deployment under way and goes ahead (see startedFirst).
  const again = await store.create({
    environment: config.environment,
    version,
    sha: config.sha,
    description: `phase-gates: deploy ${version} again after rehearsing its rollback to ${back.version}`,
    slot: run.slot || undefined,
    production: config.production,
    rehearsal
  });
  run.deployment = again;
  run.stepBase.deploymentId = again.id;
  run.withDeployment = { ...run.base, deploymentId: again.id };
  setOutput(run, O.DeploymentId, again.id);
  log.info('deployment.created', { id: again.id, version, slot: run.slot || undefined, store: store.kind, rehearsal_of: first.id });
  await setStatus(run, 'in_progress', `deploying ${version} again after the rollback rehearsal`);
  await setStatus(run, 'inactive', `rollback rehearsed: ${version} deployed and verified, then rolled back to ${back.version}`, first.id);

  log.info('rehearsal.redeploy', { version, deployment: again.id });
  run.round = ' again';
  const end = await strategyStage(run);
  const passed = !end.failure && !end.stopped && !end.cancelled;
  log.write(passed ? 'INFO' : 'ERROR', 'rehearsal.end', { passed, previous: back.version, version, deployment: again.id });
  return end;
}

function rehearsalFailed(run: Run, failure: string): StrategyEnd {
  run.ctx.log.error('rehearsal.end', { passed: false, previous: run.history.lastGood?.version, version: run.version, detail: failure });
  return { failure };
}

/** A slot's URL from provider-options slot-urls, when given. */
function slotUrlOf(config: DeployConfig, slot: string): string | undefined {
  const urls = (config.providerOptions['slot-urls'] ?? {}) as Record<string, unknown>;
  return typeof urls[slot] === 'string' ? (urls[slot] as string) : undefined;
}

/**
 * Whether the analysis judges a step: each canary step below 100 % (the stable slot still serves
 * the rest, the baseline of the rank test) and blue-green's switch. The last canary step is judged
 * by smoke-test's bake.
 */
function analysedAt(config: DeployConfig, p: PlannedStep): boolean {
  if (!config.analysis) return false;
  return (config.strategy.name === 'canary' && p.trafficPercent < 100) || (config.strategy.name === 'blue-green' && p.action === 'traffic');
}

/** Longest standard output of one command kept for its provider (status, URLs). */
const MAX_STDOUT = 1024 * 1024;

/** A record's slot, when it is one of blue and green. */
function slotOf(record: DeploymentRecord | undefined): string {
  return record?.slot === 'blue' || record?.slot === 'green' ? record.slot : '';
}

/** A command as a user would type it; a program inside the workspace shown relative to it. */
export function showCommand(command: Pick<ProviderCommand, 'program' | 'args'>, workspace: string): string {
  let program = command.program;
  if (path.isAbsolute(program)) {
    const rel = path.relative(workspace, program);
    if (rel && !rel.startsWith('..') && !path.isAbsolute(rel)) program = rel.includes('/') ? rel : `./${rel}`;
  }
  return [program, ...command.args].map((a) => (/^[\w@%+=:,./-]+$/.test(a) ? a : JSON.stringify(a))).join(' ');
}

/**
 * Verifies one step: the slot at its own URL and the environment at environment-url, as the plan
 * says, with `verify-checks` (or, for blue-green and canary, smoke-test's default `GET /`).
 */
async function verifyStep(ctx: EngineContext, p: PlannedStep, slotUrl: string | undefined, label: string): Promise<{ ok: boolean; detail: string }> {
  const { config, log, host, redactor } = ctx;
  const checks = ctx.verifyChecks.length ? ctx.verifyChecks : config.strategy.slotted ? [defaultCheck(I.VerifyChecks)] : [];
  if (!checks.length) return { ok: true, detail: 'done' };
  const targets: Array<{ what: string; url: string }> = [];
  if (p.verifySlot) {
    if (slotUrl) targets.push({ what: `slot ${p.slot}`, url: slotUrl });
    else if (config.strategy.name === 'blue-green') {
      return { ok: false, detail: `slot ${p.slot} cannot be verified before the switch: no URL for it (write url=… to $PHASE_GATES_OUTPUT, or set provider-options slot-urls)` };
    } else log.warn('verify', { stage: label, detail: `no URL for slot ${p.slot}; only the environment is verified` });
  }
  if (p.verifyEnvironment && config.environmentUrl) targets.push({ what: 'environment', url: config.environmentUrl });
  if (!targets.length) {
    if (config.strategy.name === 'canary') return { ok: false, detail: 'nothing to verify the canary on: set environment-url, or give the slot URL (url=… in $PHASE_GATES_OUTPUT, or provider-options slot-urls)' };
    return { ok: true, detail: 'done (no URL to verify)' };
  }
  return verifyTargets(ctx, targets, checks, label);
}

/** Verifies each target in turn with `checks`; the first that fails decides. */
async function verifyTargets(ctx: EngineContext, targets: Array<{ what: string; url: string }>, checks: Check[], label: string): Promise<{ ok: boolean; detail: string }> {
  const { log, host, redactor } = ctx;
  const results: string[] = [];
  for (const t of targets) {
    host.info(`verifying ${t.what} at ${redactor.redact(t.url)} (${checks.length} check${checks.length === 1 ? '' : 's'})`);
    let v;
    try {
      v = await verifyUrl(t.url, checks, { env: host.env, log: (m) => host.info(`  ${redactor.redact(m)}`), signal: ctx.signal });
    } catch (err) {
      // Cancelled: the caller sees the aborted signal and records the cancellation.
      if (err instanceof Cancelled) return { ok: false, detail: err.message };
      throw err;
    }
    log.write(v.passed ? 'INFO' : 'ERROR', 'verify', { stage: label, target: t.what, url: t.url, passed: v.passed, requests: v.requests, failures: v.failures, p95_ms: v.p95Ms ?? undefined, detail: v.detail });
    if (!v.passed) return { ok: false, detail: `${t.what} failed verification: ${v.detail ?? 'failed'}` };
    results.push(`${t.what} verified (${v.requests} requests, p95 ${v.p95Ms ?? '—'} ms)`);
  }
  return { ok: true, detail: results.join('; ') };
}

/** Cancelled before anything changed: the log says so last. */
function cancelled(ctx: EngineContext, base: Omit<DeployOutcome, 'ok' | 'status'>): DeployOutcome {
  ctx.log.warn('cancelled', { signal: signalName(ctx.signal), detail: 'nothing was changed' });
  return { ...base, ok: false, status: 'failure', message: `cancelled (${signalName(ctx.signal)}) before anything changed` };
}

/** Cancelled after the deployment began: its status is set to `error`, then the log says `cancelled` last. */
async function cancelledAfterChange(
  ctx: EngineContext,
  base: Omit<DeployOutcome, 'ok' | 'status'>,
  setStatus: (state: DeploymentState, description: string) => Promise<void>
): Promise<DeployOutcome> {
  const why = signalName(ctx.signal);
  try {
    await setStatus('error', `cancelled (${why})`);
  } catch (err) {
    ctx.log.error('deployment.status', { id: base.deploymentId, error: (err as Error).message });
  }
  ctx.log.warn('cancelled', { signal: why, deployment: base.deploymentId });
  return { ...base, ok: false, status: 'failure', message: `cancelled (${why}); deployment ${base.deploymentId} set to error` };
}

/** The URL of the workflow run, when the runner tells it. */
function runUrl(env: Readonly<Record<string, string | undefined>>): string | undefined {
  const { GITHUB_REPOSITORY: repo, GITHUB_RUN_ID: id } = env;
  if (!repo || !id) return undefined;
  return `${(env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '')}/${repo}/actions/runs/${id}`;
}
