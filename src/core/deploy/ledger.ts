/**
 * The local deployments ledger: the Deployments API's facts in an append-only JSON-lines file, for
 * runs without a GitHub token (the command line, local runs). A line is a deployment or a status;
 * nothing is ever rewritten. Writers take a lock file (created exclusively, holding the writer's
 * pid) and append each line with one write(2) on an O_APPEND descriptor, then fsync.
 */
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';
import { UserError } from '../errors.js';
import type { DeploymentRecord, DeploymentState, DeploymentStore, NewDeployment, StatusUpdate } from './store.js';

/** One ledger line. */
export type LedgerEntry =
  | (NewDeployment & {
      type: 'deployment';
      id: string;
      createdAt: string;
      pid: number;
    })
  | {
      type: 'status';
      deployment: string;
      state: DeploymentState;
      description: string;
      environmentUrl?: string;
      logUrl?: string;
      createdAt: string;
      pid: number;
    };

/** How long a writer waits for the lock before giving up. */
const LOCK_WAIT_MS = 10_000;
/** A lock older than this whose holder is gone is taken over. */
const LOCK_STALE_MS = 30_000;

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** The ledger at `file` (absolute; created on the first write). */
export class LedgerStore implements DeploymentStore {
  readonly kind = 'ledger' as const;

  constructor(
    private readonly file: string,
    /** The path shown in messages. */
    readonly where: string
  ) {}

  /** Every entry, in file order. A line that is not an entry is bad input naming the file. */
  read(): LedgerEntry[] {
    if (!existsSync(this.file)) return [];
    const lines = readFileSync(this.file, 'utf8').split('\n');
    const entries: LedgerEntry[] = [];
    lines.forEach((line, i) => {
      if (!line.trim()) return;
      let entry: LedgerEntry;
      try {
        entry = JSON.parse(line) as LedgerEntry;
      } catch {
        // A torn last line (a writer killed mid-write on a file system without atomic appends) is
        // skipped: every complete line before it still holds.
        if (i === lines.length - 1 || (i === lines.length - 2 && lines[lines.length - 1] === '')) return;
        throw new UserError('not a ledger line (invalid JSON)', { file: this.where, line: i + 1 });
      }
      if (entry?.type !== 'deployment' && entry?.type !== 'status') throw new UserError('not a ledger line', { file: this.where, line: i + 1 });
      entries.push(entry);
    });
    return entries;
  }

  async list(environment: string, limit: number): Promise<DeploymentRecord[]> {
    const entries = this.read();
    const records: DeploymentRecord[] = [];
    const byId = new Map<string, DeploymentRecord>();
    for (const e of entries) {
      if (e.type === 'deployment') {
        const r: DeploymentRecord = { id: e.id, environment: e.environment, version: e.version, sha: e.sha, createdAt: e.createdAt, rollbackOf: e.rollbackOf, slot: e.slot, states: [] };
        byId.set(e.id, r);
        if (e.environment === environment) records.push(r);
      } else {
        const r = byId.get(e.deployment);
        if (r) {
          r.states!.push(e.state);
          r.updatedAt = e.createdAt;
        }
      }
    }
    return records.reverse().slice(0, limit);
  }

  async states(record: DeploymentRecord): Promise<{ states: DeploymentState[]; updatedAt?: string }> {
    const found = (await this.list(record.environment, Number.MAX_SAFE_INTEGER)).find((r) => r.id === record.id);
    return { states: found?.states ?? [], updatedAt: found?.updatedAt };
  }

  async create(d: NewDeployment): Promise<DeploymentRecord> {
    return this.locked(() => {
      const entries = this.read();
      const ids = entries.filter((e) => e.type === 'deployment').map((e) => Number(e.id));
      const id = String(ids.length ? Math.max(...ids) + 1 : 1);
      const createdAt = new Date().toISOString();
      this.append({ type: 'deployment', id, environment: d.environment, version: d.version, sha: d.sha, description: d.description, rollbackOf: d.rollbackOf, slot: d.slot || undefined, production: d.production, createdAt, pid: process.pid });
      return { id, environment: d.environment, version: d.version, sha: d.sha, createdAt, rollbackOf: d.rollbackOf, slot: d.slot || undefined, states: [] };
    });
  }

  async setStatus(id: string, update: StatusUpdate): Promise<void> {
    await this.locked(() =>
      this.append({
        type: 'status',
        deployment: id,
        state: update.state,
        description: update.description,
        environmentUrl: update.environmentUrl,
        logUrl: update.logUrl,
        createdAt: new Date().toISOString(),
        pid: process.pid
      })
    );
  }

  private append(entry: LedgerEntry): void {
    mkdirSync(path.dirname(this.file), { recursive: true });
    const fd = openSync(this.file, 'a', 0o644);
    try {
      writeSync(fd, JSON.stringify(entry) + '\n');
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  }

  /** Runs `fn` holding `<ledger>.lock`, waiting for another writer (bounded) and taking over a dead one's. */
  private async locked<T>(fn: () => T): Promise<T> {
    const lock = this.file + '.lock';
    mkdirSync(path.dirname(lock), { recursive: true });
    const deadline = Date.now() + LOCK_WAIT_MS;
    for (;;) {
      try {
        const fd = openSync(lock, 'wx', 0o644);
        writeSync(fd, `${process.pid} ${Date.now()}\n`);
        closeSync(fd);
        break;
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
        let holder = 0;
        let since = 0;
        try {
          [holder, since] = readFileSync(lock, 'utf8').trim().split(' ').map(Number);
        } catch {
          // Gone between open and read: try again.
        }
        if (holder && !alive(holder) && Date.now() - since > 0) rmSync(lock, { force: true });
        else if (since && Date.now() - since > LOCK_STALE_MS) rmSync(lock, { force: true });
        else if (Date.now() > deadline) {
          throw new UserError(`the ledger is locked by process ${holder || '?'}`, { file: this.where + '.lock', hint: 'another deploy is writing it; remove the lock file if none runs' });
        } else await sleep(50);
      }
    }
    try {
      return fn();
    } finally {
      rmSync(lock, { force: true });
    }
  }
}
