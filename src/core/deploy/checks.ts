/**
 * The pre-deploy checks. Each one runs, whatever the others found, and reports pass, fail or
 * skip with a reason; a deploy goes ahead only when none failed. Nothing here changes anything.
 */
import { DeployInputs as I } from '../constants.js';
import { UserError } from '../errors.js';
import { readGatesReportFile, validGatesReport } from '../gates/report-input.js';
import type { GatesReport } from '../gates/report.js';
import type { DeployConfig } from './config.js';
import { DEFAULT_FREEZE, activeFreeze, describeFreeze, wallClock } from './freeze.js';
import type { LockHolder } from './env-lock.js';
import { classifyVersion } from './version.js';
import { checkAttestation } from './attestation.js';
import { checkMigrations } from './migrations/index.js';
import { changelogCheck } from './changelog.js';
import { HISTORY_LIMIT, successfulDeploymentOf, type DeploymentRecord, type DeploymentStore, type EnvironmentHistory } from './store.js';
import { ciCheck } from '../github/ci-status.js';
import { approvalCheck } from '../github/environment-protection.js';
import { rehearsalCheck } from './rehearsal.js';

/** The result of one check. */
export interface CheckResult {
  id:
    | 'gates'
    | 'freeze'
    | 'staging'
    | 'version'
    | 'secrets'
    | 'region'
    | 'rollback-path'
    | 'lock'
    // The release checklist (issue 18).
    | 'ci'
    | 'approval'
    | 'attestation'
    | 'rehearsal'
    | 'migrations'
    | 'changelog';
  title: string;
  status: 'pass' | 'fail' | 'skip';
  detail: string;
}

/** The part of a gates report deploy reads (the whole report was validated against its schema). */
export interface GatesReportSummary {
  passed: boolean;
  sha: string | null;
  failed: string[];
  /** Where it came from: `gates-report input` or a file path. */
  origin: string;
}

/**
 * Reads the `gates-report` input: the `report` output of gates-enforcer (one-line JSON) or a file
 * holding it. A value that is not such a report is bad input naming the input.
 */
export async function loadGatesReport(value: string, workspace: string): Promise<GatesReportSummary | undefined> {
  if (!value) return undefined;
  const hint = 'give the report output of gates-enforcer';
  let report: GatesReport;
  let origin = 'the gates-report input';
  if (value.startsWith('{') || value.startsWith('[')) {
    let data: unknown;
    try {
      data = JSON.parse(value);
    } catch (err) {
      throw new UserError(`not JSON (${(err as Error).message.replace(/ in JSON at position.*$/s, '')})`, { input: I.GatesReport, hint: 'give the report output of gates-enforcer or the path of gates-report.json' });
    }
    report = validGatesReport(data, I.GatesReport, { hint });
  } else {
    const read = await readGatesReportFile(workspace, value, I.GatesReport, hint);
    report = read.report;
    origin = read.file;
  }
  return { passed: report.passed, sha: report.sha, failed: report.gates.filter((g) => !g.passed).map((g) => g.name), origin };
}

/** What the checks read. */
export interface CheckContext {
  config: DeployConfig;
  env: Readonly<Record<string, string | undefined>>;
  gates?: GatesReportSummary;
  store: DeploymentStore;
  history: EnvironmentHistory;
  /** The version to deploy (for rollback mode: the target from the history, if any). */
  version: string;
  now: Date;
  /** The local ledger's environment lock: who holds it when this run could not take it. */
  lockBusy?: LockHolder;
  /** Cancels what waits (pending CI checks). */
  signal?: AbortSignal;
  /** One line of progress (the host's `info`): waits, retries, rate limits. */
  log?: (message: string) => void;
}

/** Why a rollback of `environment` has no target: the same words in the log, the summary and the result. */
export function noEarlierDeployment(environment: string): string {
  return `no earlier successful deployment of ${environment}`;
}

/** Runs every check; never stops at the first failure. */
export async function runChecks(ctx: CheckContext): Promise<CheckResult[]> {
  const { config } = ctx;
  const rollback = config.mode === 'rollback';
  const results: CheckResult[] = [];

  // Gates: the verdict of Phase 05, for this very commit.
  if (rollback) results.push({ id: 'gates', title: 'Gates passed', status: 'skip', detail: 'rollback to a version that passed before' });
  else if (!ctx.gates) {
    results.push(
      config.requireGates
        ? { id: 'gates', title: 'Gates passed', status: 'fail', detail: `no gates report, required for ${config.environment} (give gates-report, or require-gates: false)` }
        : { id: 'gates', title: 'Gates passed', status: 'skip', detail: 'no gates report given and none required' }
    );
  } else if (!ctx.gates.passed) {
    results.push({ id: 'gates', title: 'Gates passed', status: 'fail', detail: `the gates report failed: ${ctx.gates.failed.join(', ') || 'passed is false'}` });
  } else if (!config.sha) {
    results.push({ id: 'gates', title: 'Gates passed', status: 'fail', detail: 'GITHUB_SHA is not set: cannot tell which commit the report is for' });
  } else if (ctx.gates.sha !== config.sha) {
    results.push({ id: 'gates', title: 'Gates passed', status: 'fail', detail: `the report is for commit ${ctx.gates.sha ?? 'unknown'}, not ${config.sha}` });
  } else results.push({ id: 'gates', title: 'Gates passed', status: 'pass', detail: `passed for ${config.sha.slice(0, 12)} (${ctx.gates.origin})` });

  // Freeze windows, on the wall clock of the configured zone.
  const clock = wallClock(ctx.now, config.timezone);
  const at = `${clock.text} ${config.timezone}`;
  const frozen = activeFreeze(config.freezeWindows, clock);
  if (rollback) results.push({ id: 'freeze', title: 'Outside freeze windows', status: 'skip', detail: `a rollback is allowed in a freeze (${at})` });
  else if (!config.freezeWindows.length) {
    const why = config.freezeDefault ? `no freeze window for ${config.environment} by default (${DEFAULT_FREEZE} applies to production environments; set freeze-windows to freeze it too)` : 'freeze-windows: none';
    results.push({ id: 'freeze', title: 'Outside freeze windows', status: 'skip', detail: why });
  }
  else if (!frozen) results.push({ id: 'freeze', title: 'Outside freeze windows', status: 'pass', detail: `${at} is outside ${config.freezeText}${config.freezeDefault ? ' (the default for production)' : ''}` });
  else if (config.freezeOverride) {
    results.push({ id: 'freeze', title: 'Outside freeze windows', status: 'pass', detail: `${at} ${describeFreeze(frozen)}; overridden: ${config.freezeOverride}` });
  } else {
    const origin = config.freezeDefault ? ', the default for production' : '';
    results.push({ id: 'freeze', title: 'Outside freeze windows', status: 'fail', detail: `${at} ${describeFreeze(frozen)}${origin} (freeze-override with a reason allows it)` });
  }

  // The staging environment's history, read once for the staging and rehearsal checks (with the
  // Deployments API, a request per deployment's statuses).
  let staging: Promise<DeploymentRecord[]> | undefined;
  const stagingRecords = () => (staging ??= ctx.store.list(config.stagingEnvironment, HISTORY_LIMIT));

  // Staging first: this version succeeded in the staging environment.
  if (rollback) results.push({ id: 'staging', title: 'Staging first', status: 'skip', detail: 'rollback' });
  else if (config.environment === config.stagingEnvironment) results.push({ id: 'staging', title: 'Staging first', status: 'skip', detail: `${config.environment} is the staging environment` });
  else {
    const found = await successfulDeploymentOf(ctx.store, config.stagingEnvironment, ctx.version, await stagingRecords());
    if (found) results.push({ id: 'staging', title: 'Staging first', status: 'pass', detail: `${ctx.version} succeeded in ${config.stagingEnvironment} (deployment ${found.id})` });
    else if (config.requireStaging) {
      results.push({ id: 'staging', title: 'Staging first', status: 'fail', detail: `${ctx.version} has no successful deployment in ${config.stagingEnvironment} (${ctx.store.kind})` });
    } else results.push({ id: 'staging', title: 'Staging first', status: 'skip', detail: `not required for ${config.environment} (${ctx.version} is not in ${config.stagingEnvironment})` });
  }

  // The rollback rehearsed in staging (rehearse-rollback).
  results.push(await rehearsalCheck(ctx, stagingRecords));

  // An immutable version.
  if (!ctx.version) results.push({ id: 'version', title: 'Immutable version', status: 'skip', detail: 'no version to roll back to' });
  else {
    const v = classifyVersion(ctx.version);
    results.push({ id: 'version', title: 'Immutable version', status: v.immutable ? 'pass' : 'fail', detail: v.immutable ? `${ctx.version} (${v.kind})` : `${ctx.version}: ${v.kind}; deploy a commit SHA, a semver tag or a digest` });
  }

  // Secrets: set and not empty (their values are registered as secrets by the caller).
  if (!config.requiredSecrets.length) results.push({ id: 'secrets', title: 'Required secrets', status: 'skip', detail: 'none required' });
  else {
    const missing = config.requiredSecrets.filter((name) => !ctx.env[name]?.trim());
    results.push(
      missing.length
        ? { id: 'secrets', title: 'Required secrets', status: 'fail', detail: `not set or empty: ${missing.join(', ')}` }
        : { id: 'secrets', title: 'Required secrets', status: 'pass', detail: `${config.requiredSecrets.join(', ')} set and masked` }
    );
  }

  // Data residency.
  if (!config.region && !config.allowedRegions.length) results.push({ id: 'region', title: 'Region allowed', status: 'skip', detail: 'no region given' });
  else if (!config.region) results.push({ id: 'region', title: 'Region allowed', status: 'fail', detail: `allowed-regions is set (${config.allowedRegions.join(', ')}) but no region is given` });
  else if (!config.allowedRegions.length) results.push({ id: 'region', title: 'Region allowed', status: 'skip', detail: `${config.region}; no allowed-regions to check against` });
  else if (config.allowedRegions.includes(config.region)) results.push({ id: 'region', title: 'Region allowed', status: 'pass', detail: `${config.region} is in ${config.allowedRegions.join(', ')}` });
  else results.push({ id: 'region', title: 'Region allowed', status: 'fail', detail: `${config.region} is not in allowed-regions (${config.allowedRegions.join(', ')})` });

  // A signed artifact: its Sigstore bundle verifies offline, from the expected signer and repository.
  results.push(await checkAttestation(config.attestation));

  // A way back.
  const previous = rollback ? ctx.history.previous : ctx.history.lastGood;
  if (rollback) {
    results.push(
      previous
        ? { id: 'rollback-path', title: 'Rollback path', status: 'pass', detail: `back to ${previous.version} (deployment ${previous.id}) with ${config.providerName !== 'command' ? config.providerName : config.rollbackRun ? 'rollback-run' : 'run'}` }
        : { id: 'rollback-path', title: 'Rollback path', status: 'fail', detail: `${noEarlierDeployment(config.environment)} (${ctx.store.kind})` }
    );
  } else if (!previous) {
    // A first deploy: there is nothing to return to, whatever the scripts. A failure is not rolled back.
    results.push({ id: 'rollback-path', title: 'Rollback path', status: 'skip', detail: `the first deployment of ${config.environment}: ${noEarlierDeployment(config.environment)}, so a failure would not be rolled back` });
  } else if (config.providerName !== 'command') {
    results.push({ id: 'rollback-path', title: 'Rollback path', status: 'pass', detail: `${config.providerName} back to ${previous.version}` });
  } else if (config.rollbackRun) {
    results.push({ id: 'rollback-path', title: 'Rollback path', status: 'pass', detail: `rollback-run, back to ${previous.version}` });
  } else {
    results.push({ id: 'rollback-path', title: 'Rollback path', status: 'pass', detail: `run again with the previous version ${previous.version}` });
  }

  // Migrations rehearsed on a scratch database: forward, down, forward again; destructive statements only when allowed.
  results.push(await checkMigrations(config.migrations, { environment: config.environment, production: config.production, rollback, lastGood: ctx.history.lastGood }));

  // The lock: no other deployment of this environment under way.
  const busy = ctx.history.inProgress;
  const holder = ctx.lockBusy;
  results.push(
    holder
      ? { id: 'lock', title: 'No deployment in progress', status: 'fail', detail: `a deploy of ${holder.version} to ${config.environment} holds the lock since ${holder.since} (process ${holder.pid} on ${holder.host}${holder.run ? `, ${holder.run}` : ''})` }
      : busy
      ? { id: 'lock', title: 'No deployment in progress', status: 'fail', detail: `deployment ${busy.id} of ${busy.version} to ${config.environment} is still ${busy.states?.at(-1) ?? 'pending'} (${ctx.store.kind})` }
      : { id: 'lock', title: 'No deployment in progress', status: 'pass', detail: `none in ${config.environment} (${ctx.store.kind} ${ctx.store.where})` }
  );

  results.push(await changelogCheck(ctx));
  // CI green on the deployed commit (a rollback returns to a version deployed before), and who may approve.
  results.push(rollback ? { id: 'ci', title: 'CI green', status: 'skip', detail: 'rollback to a version deployed before' } : { id: 'ci', title: 'CI green', ...(await ciCheck({ required: config.requireCiGreen, production: config.production, sha: config.sha, token: config.token, env: ctx.env, waitMs: config.dryRun ? 0 : config.ciWaitMs, signal: ctx.signal, log: ctx.log })) });
  results.push({ id: 'approval', title: 'Approvals', ...(await approvalCheck({ requirement: config.requireApproval, environment: config.environment, production: config.production, token: config.token, env: ctx.env, log: ctx.log })) });
  return results;
}
