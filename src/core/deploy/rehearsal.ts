/**
 * The `rehearsal` pre-deploy check (rehearse-rollback): whether the version's rollback was
 * rehearsed in the staging environment. The rehearsal itself is a stage of the engine
 * (src/core/deploy/engine.ts); this reads what it recorded. Internal to deploy.
 */
import type { CheckContext, CheckResult } from './checks.js';
import { successfulDeploymentOf, withStates, type DeploymentRecord } from './store.js';

const TITLE = 'Rollback rehearsed';

/**
 * Reads only: the staging environment's deployments (`stagingRecords`, newest first, shared with
 * the staging check), with the rehearsal each carries.
 */
export async function rehearsalCheck(ctx: CheckContext, stagingRecords: () => Promise<DeploymentRecord[]>): Promise<CheckResult> {
  const { config, store, version } = ctx;
  const staging = config.stagingEnvironment;
  const { mode, defaulted } = config.rehearseRollback;
  const result = (status: CheckResult['status'], detail: string): CheckResult => ({ id: 'rehearsal', title: TITLE, status, detail });

  if (config.mode === 'rollback') return result('skip', 'rollback: a rollback is the way back, not a release to rehearse');
  if (mode === 'false') return result('skip', `rehearse-rollback: false${defaulted ? ` (the default for ${config.environment})` : ''}`);
  if (mode === 'true') {
    // Performed after the deploy verifies; said here so that a first deployment is not a surprise.
    return ctx.history.lastGood
      ? result('skip', `rehearsed in this run once ${version} is verified: back to ${ctx.history.lastGood.version}, then ${version} again`)
      : result('skip', `the first deployment of ${config.environment}: nothing to roll back to, so it cannot be rehearsed`);
  }
  if (config.environment === staging) return result('skip', `${staging} is the staging environment: rehearse-rollback: true rehearses it here`);

  const records = await stagingRecords();
  if (!records.length && defaulted) return result('skip', `${staging} has no deployment yet (${store.kind}); required for ${config.environment} once it has one`);
  const found = await successfulDeploymentOf(store, staging, version, records);
  if (!found) return result('fail', `${version} has no successful deployment in ${staging} (${store.kind}), so its rollback was never rehearsed (deploy it there with rehearse-rollback: true)`);
  const r = found.rehearsal;
  if (r?.passed) return result('pass', `in ${staging}: rolled back to ${r.previousVersion}, verified, and ${version} deployed again (deployment ${found.id}, ${r.at})`);
  if (await firstSuccessOf(store, records, found)) return result('skip', `${version} was the first successful deployment of ${staging} (deployment ${found.id}): nothing to roll back to`);
  return result('fail', `${version}'s deployment ${found.id} in ${staging} carries no passed rollback rehearsal (deploy it there with rehearse-rollback: true)`);
}

/** Whether no deployment of the environment older than `found` ever succeeded. */
async function firstSuccessOf(store: CheckContext['store'], newestFirst: DeploymentRecord[], found: DeploymentRecord): Promise<boolean> {
  const at = newestFirst.findIndex((r) => r.id === found.id);
  for (const r of newestFirst.slice(at + 1)) if ((await withStates(store, r)).states!.includes('success')) return false;
  return true;
}
