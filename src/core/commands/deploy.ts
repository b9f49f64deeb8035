/**
 * deploy: Phase 06 itself. Validates every input, runs the pre-deploy checks, records the
 * deployment (GitHub's Deployments API with a token, a local ledger without), runs migrations and
 * the deploy, rolls back on failure, and keeps an audit log that survives cancellation.
 */
import type { Host } from '../host.js';
import { UserError } from '../errors.js';
import { onCancel } from '../cancel.js';
import { DeployInputs as I } from '../constants.js';
import { displayPath } from '../files.js';
import type { CommandResult } from './gates.js';
import { readDeployConfig, type DeployConfig } from '../deploy/config.js';
import { loadGatesReport } from '../deploy/checks.js';
import { databasePassword } from '../deploy/migrations/index.js';
import { loadCalendars } from '../deploy/freeze.js';
import { Redactor } from '../secrets.js';
import { AuditLog } from '../deploy/audit-log.js';
import { LedgerStore } from '../deploy/ledger.js';
import type { DeploymentStore } from '../deploy/store.js';
import { executeDeploy, type DeployOutcome } from '../deploy/engine.js';
import { loadChecks } from '../smoke/checks.js';

/** The result of {@link runDeploy}. */
export interface DeployResult extends CommandResult {
  outcome?: DeployOutcome;
}

/** Options of {@link runDeploy}. */
export interface DeployOptions {
  /**
   * Cancels the run (its `reason` names why). Without one, SIGINT and SIGTERM of this process
   * cancel it, as the runner does when a job is cancelled.
   */
  signal?: AbortSignal;
}

async function openStore(host: Host, config: DeployConfig): Promise<DeploymentStore> {
  if (!config.token) return new LedgerStore(config.ledgerFile, displayPath(host.workspace, config.ledgerFile), (m) => host.annotate('warning', m, { title: 'phase-gates deploy: ledger' }));
  const { createGitHubClient, clientOptionsFromEnv, repoFromEnv } = await import('../github/client.js');
  const { GitHubStore } = await import('../deploy/github-store.js');
  try {
    const repo = repoFromEnv(host.env);
    const client = createGitHubClient({ token: config.token, ...clientOptionsFromEnv(host.env), log: (m) => host.info(m) });
    return new GitHubStore(client, repo, I.Token);
  } catch (err) {
    throw UserError.attribute(err, { input: I.Token });
  }
}

/** Runs deploy on a host. */
export async function runDeploy(host: Host, options: DeployOptions = {}): Promise<DeployResult> {
  // Everything a user can get wrong is found before anything is written or run.
  const config = readDeployConfig(host);
  await loadCalendars(config.freezeWindows, host.workspace, I.FreezeWindows);
  const gates = await loadGatesReport(config.gatesReport, host.workspace);
  const verifyChecks = config.verifyChecks ? await loadChecks(config.verifyChecks, I.VerifyChecks, host.workspace) : [];
  // The freeze check reads the machine's clock: no input or variable moves it.
  const now = new Date();

  const redactor = new Redactor((value) => host.setSecret(value));
  redactor.add(config.token);
  for (const name of config.requiredSecrets) redactor.add(host.env[name]);
  // The rehearsal's server: its password, and the URL holding it.
  redactor.add(config.migrations?.databaseUrl);
  redactor.add(config.migrations && databasePassword(config.migrations.databaseUrl));

  const store = await openStore(host, config);
  const log = AuditLog.open(config.logFile, redactor, displayPath(host.workspace, config.logFile), I.LogPath);

  // Without a signal from the caller, SIGINT and SIGTERM cancel the run. The signal is logged at
  // once, synchronously (only the first: the log still ends with `cancelled`).
  const cancel = options.signal ? undefined : onCancel((name) => log.warn('signal', { signal: name }));
  const signal = options.signal ?? cancel!.signal;
  try {
    const outcome = await executeDeploy({ host, config, gates, store, log, redactor, signal, verifyChecks, now });
    return { ok: outcome.ok, message: outcome.message, outcome };
  } catch (err) {
    log.error('internal', { error: err instanceof UserError ? err.render() : (err as Error).message });
    throw err;
  } finally {
    log.close();
    cancel?.dispose();
  }
}
