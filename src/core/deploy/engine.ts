/**
 * One deploy run, after its inputs were validated: pre-deploy checks, the deployment record,
 * migrations, the strategy, automatic rollback, and the audit trail of all of it. Internal to
 * deploy; src/core/commands/deploy.ts builds it.
 */
import type { Host } from '../host.js';
import { DeployOutputs as O } from '../constants.js';
import { displayPath } from '../files.js';
import type { DeployConfig } from './config.js';
import type { AuditLog } from './audit-log.js';
import type { Redactor } from './redact.js';
import { runChecks, type CheckResult, type GatesReportSummary } from './checks.js';
import { environmentHistory, type DeploymentRecord, type DeploymentState, type DeploymentStore, type EnvironmentHistory } from './store.js';
import { runScript, type Script } from './script.js';
import type { DeployStep } from './strategy.js';

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
  now: Date;
  nowSource?: string;
}

/** Variables of the runner a script must not inherit: the action's inputs (the token among them) and runtime credentials. */
const WITHHELD = /^(INPUT_|ACTIONS_RUNTIME_|ACTIONS_ID_TOKEN_|ACTIONS_CACHE_|ACTIONS_RESULTS_)/;

function icon(status: CheckResult['status']): string {
  return status === 'pass' ? '✅ pass' : status === 'fail' ? '❌ fail' : '➖ skip';
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

/** Runs deploy and returns its outcome; outputs, summary and log are written as it goes. */
export async function executeDeploy(ctx: EngineContext): Promise<DeployOutcome> {
  const { host, config, store, log, redactor, signal } = ctx;
  const rollbackMode = config.mode === 'rollback';
  const summary: string[] = [];
  const setOutput = (name: string, value: string) => host.setOutput(name, redactor.redact(value));
  const logUrl = runUrl(host.env) ?? displayPath(host.workspace, config.logFile);

  log.info('deploy.start', {
    environment: config.environment,
    mode: config.mode,
    version: rollbackMode ? undefined : config.version,
    sha: config.sha || undefined,
    strategy: config.strategy.name,
    provider: config.provider,
    store: `${store.kind}:${store.where}`,
    dry_run: config.dryRun,
    actor: host.env.GITHUB_ACTOR,
    run: runUrl(host.env)
  });
  if (ctx.nowSource) log.warn('clock', { now: ctx.now.toISOString(), source: ctx.nowSource });

  // 1. History and checks: read only.
  const history: EnvironmentHistory = await environmentHistory(store, config.environment, ctx.now);
  const version = rollbackMode ? (history.previous?.version ?? '') : config.version;
  const previousVersion = history.current?.version ?? '';
  const checks = await runChecks({ config, env: host.env, gates: ctx.gates, store, history, version, now: ctx.now, nowSource: ctx.nowSource });
  for (const c of checks) log.write(c.status === 'fail' ? 'ERROR' : 'INFO', 'check', { check: c.id, result: c.status, detail: c.detail });
  if (config.freezeOverride && checks.some((c) => c.id === 'freeze' && c.detail.includes('overridden'))) {
    log.warn('freeze.override', { reason: config.freezeOverride, actor: host.env.GITHUB_ACTOR });
    host.annotate('warning', `Deploying inside a freeze window; override: ${redactor.redact(config.freezeOverride)}`, { title: 'phase-gates deploy' });
  }
  for (const c of checks) host.info(`${c.status.padEnd(4)} ${c.title}: ${c.detail}`);

  const title = rollbackMode ? `Rollback of ${config.environment} to ${version || '(none)'}` : `Deploy ${version} to ${config.environment}`;
  summary.push(`## ${title}`, '', '| Check | Result | Detail |', '| --- | --- | --- |');
  for (const c of checks) summary.push(`| ${c.title} | ${icon(c.status)} | ${cell(c.detail)} |`);
  summary.push('');

  setOutput(O.Version, version);
  setOutput(O.PreviousVersion, previousVersion);
  setOutput(O.LogPath, displayPath(host.workspace, config.logFile));
  setOutput(O.EnvironmentUrl, config.environmentUrl);

  const base = { checks, version, previousVersion, rollbackPerformed: false };
  const finish = async (outcome: DeployOutcome): Promise<DeployOutcome> => {
    setOutput(O.Status, outcome.status);
    setOutput(O.RollbackPerformed, String(outcome.rollbackPerformed));
    summary.push(`**Status:** \`${outcome.status}\`${outcome.message ? ` — ${cell(outcome.message)}` : ''}`, '');
    await host.appendSummary(redactor.redact(summary.join('\n')));
    return outcome;
  };

  const failed = checks.filter((c) => c.status === 'fail');
  if (failed.length) {
    const message = `pre-deploy checks failed: ${failed.map((c) => `${c.id} (${c.detail})`).join('; ')}`;
    log.error('refused', { failed: failed.map((c) => c.id).join(','), detail: 'nothing was changed' });
    return finish({ ...base, ok: false, status: 'failure', message: redactor.redact(message) });
  }
  if (signal.aborted) return finish(cancelled(ctx, base, undefined));

  // 2. The plan.
  const steps = rollbackMode ? [] : config.strategy.plan();
  const plan: string[] = [];
  plan.push(`1. record a deployment of \`${version}\` to \`${config.environment}\` (${store.kind} ${store.where})`);
  if (!rollbackMode && config.migrateRun) plan.push(`${plan.length + 1}. migrations: \`${config.migrateRun.shown}\``);
  if (rollbackMode) plan.push(`${plan.length + 1}. roll back from \`${previousVersion}\`: \`${(config.rollbackRun ?? config.run)!.shown}\``);
  for (const s of steps) plan.push(`${plan.length + 1}. ${config.strategy.name}${s.slot ? ` slot ${s.slot}` : ''} at ${s.trafficPercent}%: \`${config.run!.shown}\``);
  if (!rollbackMode) {
    const back = config.rollbackRun ? `\`${config.rollbackRun.shown}\`` : `\`${config.run!.shown}\` with ${previousVersion}`;
    plan.push(`${plan.length + 1}. on failure: roll back${previousVersion ? ` to \`${previousVersion}\`` : ''} with ${back}`);
  }
  summary.push('### Plan', '', ...plan, '');
  if (config.dryRun) {
    log.info('dry-run', { detail: 'every check passed; nothing was changed' });
    host.info('dry-run: every check passed; nothing was changed');
    return finish({ ...base, ok: true, status: 'skipped', message: 'dry run: nothing was changed' });
  }

  // 3. The deployment record.
  const deployment = await store.create({
    environment: config.environment,
    version,
    sha: config.sha,
    description: rollbackMode ? `phase-gates: roll back to ${version}` : `phase-gates: deploy ${version}`,
    rollbackOf: rollbackMode ? history.current?.id : undefined,
    production: config.production
  });
  setOutput(O.DeploymentId, deployment.id);
  log.info('deployment.created', { id: deployment.id, version, store: store.kind });
  const setStatus = async (state: DeploymentState, description: string) => {
    await store.setStatus(deployment.id, { state, description: redactor.redact(description), environmentUrl: config.environmentUrl || undefined, logUrl });
    log.write(state === 'failure' || state === 'error' ? 'ERROR' : 'INFO', 'deployment.status', { id: deployment.id, state, description });
  };
  await setStatus('in_progress', rollbackMode ? `rolling back to ${version}` : `deploying ${version}`);
  const withDeployment = { ...base, deploymentId: deployment.id };

  const scriptEnv = (extra: Record<string, string>): Record<string, string> => {
    const env: Record<string, string> = {};
    for (const [k, v] of Object.entries(host.env)) if (v !== undefined && !WITHHELD.test(k)) env[k] = v;
    return {
      ...env,
      PHASE_GATES_ENVIRONMENT: config.environment,
      PHASE_GATES_DEPLOYMENT_ID: deployment.id,
      PHASE_GATES_SLOT: '',
      PHASE_GATES_TRAFFIC_PERCENT: '100',
      ...extra
    };
  };
  const run = async (phase: string, script: Script, extra: Record<string, string>): Promise<'ok' | 'failed' | 'cancelled'> => {
    log.info('script.start', { phase, input: script.input, command: script.shown, version: extra.PHASE_GATES_VERSION });
    const result = await runScript(script, {
      cwd: host.workspace,
      env: scriptEnv(extra),
      timeoutMs: config.timeoutMs,
      signal,
      onLine: (line, stream) => {
        const clean = redactor.redact(line);
        host.info(`[${script.input}] ${clean}`);
        log.write(stream === 'stderr' ? 'WARN' : 'INFO', 'output', { phase, stream, line: clean });
      }
    });
    const fields = { phase, input: script.input, outcome: result.outcome, code: result.code ?? undefined, signal: result.signal ?? undefined, ms: result.ms };
    log.write(result.outcome === 'ok' ? 'INFO' : 'ERROR', 'script.end', fields);
    if (result.outcome === 'timeout') host.annotate('error', `${script.input} timed out after ${config.timeoutMs / 60000} minutes (timeout-minutes)`);
    return result.outcome === 'ok' ? 'ok' : result.outcome === 'cancelled' ? 'cancelled' : 'failed';
  };

  // 4a. Rollback on demand.
  if (rollbackMode) {
    const script = config.rollbackRun ?? config.run!;
    const r = await run('rollback', script, { PHASE_GATES_MODE: 'rollback', PHASE_GATES_VERSION: version, PHASE_GATES_PREVIOUS_VERSION: previousVersion });
    if (r === 'cancelled') return finish(await cancelledAfterChange(ctx, withDeployment, setStatus));
    if (r === 'ok') {
      await setStatus('success', `rolled back from ${previousVersion} to ${version}`);
      log.info('deploy.end', { status: 'rolled_back', version });
      return finish({ ...withDeployment, ok: true, status: 'rolled_back', rollbackPerformed: true, message: `${config.environment} rolled back to ${version}` });
    }
    await setStatus('error', `rollback to ${version} failed`);
    log.error('deploy.end', { status: 'failure', detail: 'rollback failed' });
    return finish({ ...withDeployment, ok: false, status: 'failure', message: `rollback of ${config.environment} to ${version} failed` });
  }

  // 4b. Migrations: a failure stops here, with nothing deployed.
  const deployEnv = { PHASE_GATES_MODE: 'deploy', PHASE_GATES_VERSION: version, PHASE_GATES_PREVIOUS_VERSION: previousVersion };
  if (config.migrateRun) {
    const r = await run('migrate', config.migrateRun, { ...deployEnv, PHASE_GATES_MODE: 'migrate' });
    if (r === 'cancelled') return finish(await cancelledAfterChange(ctx, withDeployment, setStatus));
    if (r === 'failed') {
      await setStatus('failure', 'migrations failed; nothing deployed');
      log.error('deploy.end', { status: 'failure', detail: 'migrations failed; nothing deployed' });
      return finish({ ...withDeployment, ok: false, status: 'failure', message: 'migrations failed (migrate-run); nothing was deployed' });
    }
  }

  // 5. The strategy.
  let cancelledDuring = false;
  const deployed = await config.strategy.run({
    deployTo: async (step: DeployStep) => {
      const r = await run('deploy', config.run!, { ...deployEnv, PHASE_GATES_SLOT: step.slot, PHASE_GATES_TRAFFIC_PERCENT: String(step.trafficPercent) });
      if (r === 'cancelled') cancelledDuring = true;
      return r === 'ok';
    }
  });
  if (cancelledDuring || signal.aborted) return finish(await cancelledAfterChange(ctx, withDeployment, setStatus));
  if (deployed) {
    await setStatus('success', `deployed ${version}`);
    log.info('deploy.end', { status: 'success', version, deployment: deployment.id });
    return finish({ ...withDeployment, ok: true, status: 'success', message: `${version} is live in ${config.environment}` });
  }

  // 6. Automatic rollback to the previous successful version.
  const back = history.current;
  if (!config.rollbackRun && !back) {
    await setStatus('failure', `deploy of ${version} failed; no rollback path`);
    log.error('deploy.end', { status: 'failure', detail: 'no rollback path' });
    return finish({ ...withDeployment, ok: false, status: 'failure', message: `the deploy of ${version} failed and there is nothing to roll back to` });
  }
  log.warn('rollback.start', { from: version, to: back?.version ?? '' });
  const script = config.rollbackRun ?? config.run!;
  const r = await run('rollback', script, { PHASE_GATES_MODE: 'rollback', PHASE_GATES_VERSION: back?.version ?? '', PHASE_GATES_PREVIOUS_VERSION: version });
  if (r === 'cancelled') return finish(await cancelledAfterChange(ctx, { ...withDeployment, rollbackPerformed: true }, setStatus));
  if (r === 'ok') {
    await setStatus('failure', `deploy of ${version} failed; rolled back to ${back?.version ?? 'the state before'}`);
    log.warn('deploy.end', { status: 'rolled_back', version: back?.version ?? '' });
    return finish({ ...withDeployment, ok: false, status: 'rolled_back', rollbackPerformed: true, message: `the deploy of ${version} failed; rolled back to ${back?.version ?? 'the state before'}` });
  }
  await setStatus('error', `deploy of ${version} failed and the rollback failed too`);
  log.error('deploy.end', { status: 'failure', detail: 'rollback failed' });
  return finish({ ...withDeployment, ok: false, status: 'failure', rollbackPerformed: true, message: `the deploy of ${version} failed and the rollback${back ? ` to ${back.version}` : ''} failed too` });
}

function signalName(signal: AbortSignal): string {
  return typeof signal.reason === 'string' ? signal.reason : 'a signal';
}

/** Cancelled before anything changed: the log says so last. */
function cancelled(ctx: EngineContext, base: Omit<DeployOutcome, 'ok' | 'status'>, _record: DeploymentRecord | undefined): DeployOutcome {
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
