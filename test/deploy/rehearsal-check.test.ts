/** The `rehearsal` pre-deploy check over a real ledger: what counts as a rehearsed rollback, and when it is not asked for. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { rehearsalCheck } from '../../src/core/deploy/rehearsal.js';
import { LedgerStore } from '../../src/core/deploy/ledger.js';
import type { DeployConfig } from '../../src/core/deploy/config.js';
import type { CheckContext } from '../../src/core/deploy/checks.js';
import { HISTORY_LIMIT, type DeploymentState, type Rehearsal } from '../../src/core/deploy/store.js';

function store(): LedgerStore {
  return new LedgerStore(path.join(mkdtempSync(path.join(tmpdir(), 'pg-ledger-')), 'ledger.jsonl'), 'ledger.jsonl');
}

async function deployed(s: LedgerStore, environment: string, version: string, states: DeploymentState[], rehearsal?: Rehearsal): Promise<string> {
  const d = await s.create({ environment, version, sha: 'a'.repeat(40), description: version, production: false, rehearsal });
  for (const state of states) await s.setStatus(d.id, { state, description: state });
  return d.id;
}

function check(s: LedgerStore, version: string, rehearse: DeployConfig['rehearseRollback'], extra: Partial<DeployConfig> = {}) {
  const config = { environment: 'production', stagingEnvironment: 'staging', mode: 'deploy', rehearseRollback: rehearse, ...extra } as DeployConfig;
  const ctx = { config, env: {}, store: s, history: {}, version, now: new Date() } as CheckContext;
  return rehearsalCheck(ctx, () => s.list('staging', HISTORY_LIMIT));
}

const REQUIRED = { mode: 'required', defaulted: false } as const;
const DEFAULTED = { mode: 'required', defaulted: true } as const;

describe('the rehearsal check', () => {
  it('production by default asks for it only once staging has a deployment; asked for explicitly, an empty staging fails', async () => {
    const s = store();
    expect(await check(s, 'v1', DEFAULTED)).toMatchObject({ status: 'skip', detail: expect.stringMatching(/^staging has no deployment yet \(ledger\)/) });
    expect(await check(s, 'v1', REQUIRED)).toMatchObject({ status: 'fail', detail: expect.stringMatching(/^v1 has no successful deployment in staging/) });
    expect(await check(s, 'v1', { mode: 'false', defaulted: false })).toMatchObject({ status: 'skip', detail: 'rehearse-rollback: false' });
    expect(await check(s, 'v1', REQUIRED, { mode: 'rollback' })).toMatchObject({ status: 'skip' });
  });

  it('passes only for a successful staging deployment carrying a passed rehearsal; the first staging deployment ever is skipped', async () => {
    const s = store();
    await deployed(s, 'staging', 'v1', ['in_progress', 'success']);
    expect(await check(s, 'v1', DEFAULTED)).toMatchObject({ status: 'skip', detail: expect.stringMatching(/^v1 was the first successful deployment of staging \(deployment 1\): nothing to roll back to/) });

    const rolledBack = await deployed(s, 'staging', 'v2', ['in_progress', 'inactive']);
    const rehearsal = { previousVersion: 'v1', passed: true, at: '2026-12-06T05:00:00.000Z', deployment: rolledBack };
    // Deployed again after the rehearsal, but that deploy failed: not rehearsed.
    await deployed(s, 'staging', 'v2', ['in_progress', 'failure'], rehearsal);
    expect(await check(s, 'v2', REQUIRED)).toMatchObject({ status: 'fail', detail: expect.stringMatching(/^v2 has no successful deployment in staging/) });

    const again = await deployed(s, 'staging', 'v2', ['in_progress', 'success'], rehearsal);
    expect(await check(s, 'v2', REQUIRED)).toEqual({ id: 'rehearsal', title: 'Rollback rehearsed', status: 'pass', detail: `in staging: rolled back to v1, verified, and v2 deployed again (deployment ${again}, 2026-12-06T05:00:00.000Z)` });

    // A later version deployed without a rehearsal.
    await deployed(s, 'staging', 'v3', ['in_progress', 'success']);
    expect(await check(s, 'v3', DEFAULTED)).toMatchObject({ status: 'fail', detail: expect.stringMatching(/^v3's deployment \d+ in staging carries no passed rollback rehearsal/) });
  });
});
