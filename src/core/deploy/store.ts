/**
 * Where deployments are recorded: GitHub's Deployments API (src/core/deploy/github-store.ts) or,
 * without a token, a local ledger file (src/core/deploy/ledger.ts). Both keep the same facts — a
 * deployment of a version to an environment, and the statuses it went through — so that history,
 * staging-first, the lock and rollback are computed once, here, for both.
 */

/** Deployment states, as GitHub names them. */
export type DeploymentState = 'queued' | 'pending' | 'in_progress' | 'success' | 'failure' | 'error' | 'inactive';

/**
 * A rollback rehearsal (rehearse-rollback: true), recorded with the deployment that deployed the
 * version again after it: the ledger's deployment entry, the GitHub deployment's payload. It is
 * written when that deployment is created, since GitHub's payload cannot change afterwards; the
 * rehearsal as a whole passed when, beside `passed`, that deployment succeeded.
 */
export interface Rehearsal {
  /** The version rolled back to. */
  previousVersion: string;
  /** The rollback and the verification of the previous version both passed. */
  passed: boolean;
  /** When the previous version was verified (ISO 8601). */
  at: string;
  /** The deployment of the version that was rolled back (set inactive by the rehearsal). */
  deployment: string;
}

/** Whether a value read back from a store is a {@link Rehearsal}. */
export function asRehearsal(value: unknown): Rehearsal | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const r = value as Record<string, unknown>;
  if (typeof r.previousVersion !== 'string' || typeof r.passed !== 'boolean' || typeof r.at !== 'string' || typeof r.deployment !== 'string') return undefined;
  return { previousVersion: r.previousVersion, passed: r.passed, at: r.at, deployment: r.deployment };
}

/** A deployment as the store knows it. */
export interface DeploymentRecord {
  /** GitHub's numeric id, or the ledger's, as a string. */
  id: string;
  environment: string;
  version: string;
  /** The commit deployed (`ref`). */
  sha: string;
  createdAt: string;
  /** Set on a deployment made by a rollback: the id of the deployment it rolled back. */
  rollbackOf?: string;
  /** The slot (`blue`/`green`) it runs in, for blue-green and canary. */
  slot?: string;
  /** The rollback rehearsal that preceded it, when one did. */
  rehearsal?: Rehearsal;
  /** States the deployment went through, oldest first (loaded by {@link DeploymentStore.states}). */
  states?: DeploymentState[];
  /** When the latest state was set. */
  updatedAt?: string;
}

/** What a new deployment records. */
export interface NewDeployment {
  environment: string;
  version: string;
  sha: string;
  description: string;
  rollbackOf?: string;
  /** The slot it runs in (blue-green, canary). */
  slot?: string;
  production: boolean;
  rehearsal?: Rehearsal;
}

/** A status to set. */
export interface StatusUpdate {
  state: DeploymentState;
  description: string;
  environmentUrl?: string;
  logUrl?: string;
}

/** One record of deployments, GitHub's or the ledger. */
export interface DeploymentStore {
  /** `github` or `ledger`, for messages and the audit log. */
  readonly kind: 'github' | 'ledger';
  /** Where it is (`acme/shop` or the ledger path), for messages. */
  readonly where: string;
  /** Deployments of `environment`, newest first, at most `limit`. */
  list(environment: string, limit: number): Promise<DeploymentRecord[]>;
  /** The states of a deployment, oldest first, with the time of the latest. */
  states(record: DeploymentRecord): Promise<{ states: DeploymentState[]; updatedAt?: string }>;
  /** Creates a deployment and returns it. */
  create(deployment: NewDeployment): Promise<DeploymentRecord>;
  /** Adds a status to a deployment. */
  setStatus(id: string, update: StatusUpdate): Promise<void>;
}

/** How many deployments of an environment the history queries read at most. */
export const HISTORY_LIMIT = 100;

/**
 * How long an unfinished deployment holds the lock by default (lock-stale-minutes): a run that died
 * without a final status (a runner lost, a SIGKILL) must not block its environment for long.
 */
export const LOCK_STALE_MS = 60 * 60 * 1000;

const FINAL_BAD: DeploymentState[] = ['failure', 'error'];

/** Loads a record's states once; a record read again (a list shared by several checks) costs nothing more. */
export async function withStates(store: DeploymentStore, record: DeploymentRecord): Promise<DeploymentRecord> {
  if (!record.states) {
    const { states, updatedAt } = await store.states(record);
    record.states = states;
    record.updatedAt = updatedAt ?? record.createdAt;
  }
  return record;
}

/**
 * Whether a deployment succeeded and still counts: it reached `success` (GitHub later marks it
 * `inactive` when a newer one succeeds, which does not undo it), was not failed afterwards, and
 * was not rolled back.
 */
function counts(record: DeploymentRecord, rolledBack: Set<string>): boolean {
  const states = record.states ?? [];
  if (!states.includes('success') || rolledBack.has(record.id)) return false;
  const last = states[states.length - 1];
  return !FINAL_BAD.includes(last);
}

/** The facts deploy derives from a store's history of one environment. */
export interface EnvironmentHistory {
  /**
   * The deployment running now: the newest that reached `success` and was not rolled back — even
   * when a later status (a failed smoke test) marked it failed, for it is still what serves.
   */
  current?: DeploymentRecord;
  /** The newest good one (succeeded and counts) before `current` with another version: where a rollback on demand goes. */
  previous?: DeploymentRecord;
  /** The newest good one, `current` itself when it counts: where an automatic rollback returns. */
  lastGood?: DeploymentRecord;
  /** A deployment that is still queued or in progress (and not stale). */
  inProgress?: DeploymentRecord;
}

/** Reads the history of `environment` and derives current, previous and in-progress deployments. */
export async function environmentHistory(store: DeploymentStore, environment: string, now: Date, staleMs = LOCK_STALE_MS): Promise<EnvironmentHistory> {
  const records = await store.list(environment, HISTORY_LIMIT);
  const out: EnvironmentHistory = {};
  const rolledBack = new Set<string>();
  for (const r of records) {
    await withStates(store, r);
    const states = r.states ?? [];
    const last = states[states.length - 1];
    if (r.rollbackOf && states.includes('success')) rolledBack.add(r.rollbackOf);
    if (!out.inProgress && (last === 'in_progress' || last === 'queued' || last === 'pending' || last === undefined)) {
      const age = now.getTime() - Date.parse(r.updatedAt ?? r.createdAt);
      if (age < staleMs) out.inProgress = r;
    }
    if (!out.current) {
      if (states.includes('success') && !rolledBack.has(r.id)) out.current = r;
      else continue;
    }
    if (!counts(r, rolledBack)) continue;
    out.lastGood ??= r;
    if (r.version !== out.current.version) {
      out.previous = r;
      break;
    }
  }
  return out;
}

/** The newest deployment of `version` to `environment` that succeeded and counts. */
export async function successfulDeploymentOf(
  store: DeploymentStore,
  environment: string,
  version: string,
  /** The environment's records, newest first, when the caller has read them already. */
  records?: DeploymentRecord[]
): Promise<DeploymentRecord | undefined> {
  records ??= await store.list(environment, HISTORY_LIMIT);
  const rolledBack = new Set<string>();
  for (const r of records) {
    await withStates(store, r);
    if (r.rollbackOf && (r.states ?? []).includes('success')) rolledBack.add(r.rollbackOf);
    if (r.version === version && counts(r, rolledBack)) return r;
  }
  return undefined;
}

const UNDER_WAY: ReadonlySet<DeploymentState | undefined> = new Set(['in_progress', 'queued', 'pending', undefined]);

/**
 * Of the deployments of `mine`'s environment still under way (not stale), the one with the lowest
 * id, when it is lower than `mine`'s: that run started first and goes on. Deployments created
 * before the stale limit are not read.
 */
export async function startedFirst(store: DeploymentStore, mine: DeploymentRecord, now: Date, staleMs = LOCK_STALE_MS): Promise<DeploymentRecord | undefined> {
  const recent = (await store.list(mine.environment, HISTORY_LIMIT)).filter((r) => r.id !== mine.id && Number(r.id) < Number(mine.id) && now.getTime() - Date.parse(r.createdAt) < staleMs);
  let first: DeploymentRecord | undefined;
  for (const r of recent) {
    await withStates(store, r);
    const age = now.getTime() - Date.parse(r.updatedAt ?? r.createdAt);
    if (UNDER_WAY.has(r.states?.at(-1)) && age < staleMs && (!first || Number(r.id) < Number(first.id))) first = r;
  }
  return first;
}
