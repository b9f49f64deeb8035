/**
 * The local deployments ledger: the Deployments API's facts in an append-only JSON-lines file, for
 * runs without a GitHub token (the command line, local runs). A line is a deployment or a status;
 * nothing is ever rewritten. Writers take a lock file (created exclusively, holding the writer's
 * pid) and append each line with one write(2) on an O_APPEND descriptor opened without following
 * links, then fsync.
 *
 * Nothing is lost to a damaged file: it is read as a stream, line by line with a bound on a line's
 * length, so a ledger of any size costs bounded memory; a line that is not an entry (garbage, an id
 * that is not a number, a line too long) is skipped with a warning naming it; a last line left
 * unfinished by a killed writer is set aside into `<ledger>.torn-<time>` before the next append, so
 * that no record is ever merged into it.
 */
import { closeSync, createReadStream, existsSync, fstatSync, fsyncSync, ftruncateSync, mkdirSync, openSync, readFileSync, readSync, rmSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import { UserError } from '../errors.js';
import { openAppend } from '../files.js';
import { DeployInputs as I } from '../constants.js';
import { asRehearsal, type DeploymentRecord, type DeploymentState, type DeploymentStore, type NewDeployment, type StatusUpdate } from './store.js';

/** One ledger line. */
export type LedgerEntry =
  | (NewDeployment & {
      type: 'deployment';
      id: string;
      createdAt: string;
      pid: number;
      /** The machine of the writer, so that a later run can tell whether `pid` is still alive. */
      host?: string;
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
      host?: string;
    };

/** How long a writer waits for the lock before giving up. */
const LOCK_WAIT_MS = 10_000;
/** A write lock older than this is taken over: a write holds it for milliseconds. */
const LOCK_STALE_MS = 30_000;
/** Longest ledger line read; an entry is a few hundred bytes. A longer line is skipped unread. */
export const MAX_LEDGER_LINE = 64 * 1024;

const STATES: ReadonlySet<string> = new Set(['queued', 'pending', 'in_progress', 'success', 'failure', 'error', 'inactive']);
const ID = /^[1-9][0-9]{0,15}$/;

/**
 * Whether process `pid` of this machine is alive. A zombie (dead, not yet reaped by its parent)
 * is not: on Linux its state in /proc says so.
 */
export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.charAt(stat.lastIndexOf(')') + 2) !== 'Z';
  } catch {
    return true;
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Why a parsed line is not an entry, or undefined when it is one. */
function invalid(e: Partial<LedgerEntry> | null): string | undefined {
  if (!e || typeof e !== 'object' || Array.isArray(e)) return 'not a JSON object';
  if (e.type === 'deployment') {
    if (typeof e.id !== 'string' || !ID.test(e.id)) return `deployment id ${JSON.stringify(e.id)} is not a positive number`;
    if (typeof e.environment !== 'string' || typeof e.version !== 'string') return 'deployment without environment or version';
    return undefined;
  }
  if (e.type === 'status') {
    if (typeof e.deployment !== 'string' || !ID.test(e.deployment)) return `status of deployment ${JSON.stringify(e.deployment)}, not a positive number`;
    if (typeof e.state !== 'string' || !STATES.has(e.state)) return `unknown state ${JSON.stringify(e.state)}`;
    return undefined;
  }
  return `unknown type ${JSON.stringify((e as { type?: unknown }).type)}`;
}

/** What one pass over the file found. */
interface Scan {
  /** Largest deployment id. */
  maxId: number;
  /** Bytes after the last newline: a line a killed writer left unfinished. */
  tornBytes: number;
}

/** The ledger at `file` (absolute; created on the first write). */
export class LedgerStore implements DeploymentStore {
  readonly kind = 'ledger' as const;
  private readonly warned = new Set<string>();

  constructor(
    private readonly file: string,
    /** The path shown in messages. */
    readonly where: string,
    /** Told, once each, of every line skipped and every torn line set aside. */
    private readonly warn: (message: string) => void = () => undefined
  ) {}

  private warnOnce(message: string): void {
    if (this.warned.has(message)) return;
    this.warned.add(message);
    this.warn(message);
  }

  /**
   * Streams every entry, in file order, to `onEntry`. Lines that are not entries are skipped with a
   * warning naming them; memory is bounded by {@link MAX_LEDGER_LINE}, whatever the file's size.
   */
  async scan(onEntry: (entry: LedgerEntry) => void): Promise<Scan> {
    const out: Scan = { maxId: 0, tornBytes: 0 };
    if (!existsSync(this.file)) return out;
    const decoder = new StringDecoder('utf8');
    let pending = '';
    let skipping = false; // inside a line longer than the limit
    let lineNo = 0;
    const take = (line: string) => {
      lineNo++;
      if (!line.trim()) return;
      let entry: LedgerEntry;
      try {
        entry = JSON.parse(line) as LedgerEntry;
      } catch {
        this.warnOnce(`${this.where}:${lineNo}: not a ledger line (invalid JSON); skipped`);
        return;
      }
      const why = invalid(entry);
      if (why) {
        this.warnOnce(`${this.where}:${lineNo}: not a ledger line (${why}); skipped`);
        return;
      }
      if (entry.type === 'deployment') out.maxId = Math.max(out.maxId, Number(entry.id));
      onEntry(entry);
    };
    let tailBytes = 0;
    const stream = createReadStream(this.file, { highWaterMark: 256 * 1024 });
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      const nl = chunk.lastIndexOf(10);
      tailBytes = nl < 0 ? tailBytes + chunk.length : chunk.length - nl - 1;
      let text = pending + decoder.write(chunk);
      let start = 0;
      for (;;) {
        const at = text.indexOf('\n', start);
        if (at < 0) break;
        if (skipping) {
          skipping = false;
          lineNo++;
        } else take(text.slice(start, at));
        start = at + 1;
      }
      pending = text.slice(start);
      text = '';
      if (pending.length > MAX_LEDGER_LINE) {
        if (!skipping) this.warnOnce(`${this.where}:${lineNo + 1}: a line longer than ${MAX_LEDGER_LINE} characters, not a ledger line; skipped`);
        skipping = true;
        pending = '';
      }
    }
    pending += decoder.end();
    if (tailBytes > 0) {
      // No newline at the end: a writer was killed mid-line. It is never read as an entry.
      out.tornBytes = tailBytes;
      this.warnOnce(`${this.where}:${lineNo + 1}: an unfinished last line (${tailBytes} bytes, a writer killed mid-write); ignored, and set aside at the next write`);
    }
    return out;
  }

  async list(environment: string, limit: number): Promise<DeploymentRecord[]> {
    // Only this environment's newest `limit` deployments are kept while reading.
    const byId = new Map<string, DeploymentRecord>();
    await this.scan((e) => {
      if (e.type === 'deployment') {
        if (e.environment !== environment) return;
        byId.set(e.id, { id: e.id, environment: e.environment, version: e.version, sha: e.sha, createdAt: e.createdAt, rollbackOf: e.rollbackOf, slot: e.slot, rehearsal: asRehearsal(e.rehearsal), states: [] });
        if (byId.size > limit) byId.delete(byId.keys().next().value!);
      } else {
        const r = byId.get(e.deployment);
        if (r) {
          r.states!.push(e.state);
          r.updatedAt = e.createdAt;
        }
      }
    });
    return [...byId.values()].reverse();
  }

  async states(record: DeploymentRecord): Promise<{ states: DeploymentState[]; updatedAt?: string }> {
    const states: DeploymentState[] = [];
    let updatedAt: string | undefined;
    await this.scan((e) => {
      if (e.type === 'status' && e.deployment === record.id) {
        states.push(e.state);
        updatedAt = e.createdAt;
      }
    });
    return { states, updatedAt };
  }

  /** The writer of a deployment (pid and host), for telling an abandoned one. */
  async writer(id: string): Promise<{ pid: number; host?: string } | undefined> {
    let found: { pid: number; host?: string } | undefined;
    await this.scan((e) => {
      if (e.type === 'deployment' && e.id === id) found = { pid: e.pid, host: e.host };
    });
    return found;
  }

  async create(d: NewDeployment): Promise<DeploymentRecord> {
    return this.locked(async () => {
      const { maxId } = await this.scan(() => undefined);
      const id = String(maxId + 1);
      const createdAt = new Date().toISOString();
      this.append({ type: 'deployment', id, environment: d.environment, version: d.version, sha: d.sha, description: d.description, rollbackOf: d.rollbackOf, slot: d.slot || undefined, production: d.production, rehearsal: d.rehearsal, createdAt, pid: process.pid, host: hostName() });
      return { id, environment: d.environment, version: d.version, sha: d.sha, createdAt, rollbackOf: d.rollbackOf, slot: d.slot || undefined, rehearsal: d.rehearsal, states: [] };
    });
  }

  async setStatus(id: string, update: StatusUpdate): Promise<void> {
    await this.locked(async () =>
      this.append({
        type: 'status',
        deployment: id,
        state: update.state,
        description: update.description,
        environmentUrl: update.environmentUrl,
        logUrl: update.logUrl,
        createdAt: new Date().toISOString(),
        pid: process.pid,
        host: hostName()
      })
    );
  }

  /** Appends one line (the write lock held), after setting aside an unfinished last line. */
  private append(entry: LedgerEntry): void {
    const fd = openAppend(this.file, this.where, I.LedgerPath);
    try {
      this.setAsideTornLine(fd);
      writeSync(fd, JSON.stringify(entry) + '\n');
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  }

  /**
   * When the file does not end with a newline, moves the bytes after its last newline into
   * `<ledger>.torn-<time>` and cuts them off: the next line starts on a line of its own.
   */
  private setAsideTornLine(fd: number): void {
    const size = fstatSync(fd).size;
    if (size === 0) return;
    const reader = openSync(this.file, 'r');
    try {
      const last = Buffer.alloc(1);
      readSync(reader, last, 0, 1, size - 1);
      if (last[0] === 10) return;
      // Find the last newline, reading backwards in blocks.
      const block = Buffer.alloc(64 * 1024);
      let end = size;
      let cut = 0;
      while (end > 0) {
        const start = Math.max(0, end - block.length);
        const n = readSync(reader, block, 0, end - start, start);
        const nl = block.subarray(0, n).lastIndexOf(10);
        if (nl >= 0) {
          cut = start + nl + 1;
          break;
        }
        end = start;
      }
      const aside = `${this.file}.torn-${new Date().toISOString().replace(/[:.]/g, '-')}`;
      const out = openSync(aside, 'wx', 0o644);
      try {
        for (let at = cut; at < size; ) {
          const n = readSync(reader, block, 0, Math.min(block.length, size - at), at);
          writeSync(out, block, 0, n);
          at += n;
        }
        fsyncSync(out);
      } finally {
        closeSync(out);
      }
      ftruncateSync(fd, cut);
      this.warnOnce(`${this.where}: an unfinished last line (${size - cut} bytes) was set aside in ${path.basename(aside)}; the ledger goes on after it`);
    } finally {
      closeSync(reader);
    }
  }

  /** Runs `fn` holding `<ledger>.lock`, waiting for another writer (bounded) and taking over a dead one's. */
  private async locked<T>(fn: () => Promise<T>): Promise<T> {
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
        if (holder && !alive(holder)) rmSync(lock, { force: true });
        else if (since && Date.now() - since > LOCK_STALE_MS) rmSync(lock, { force: true });
        else if (Date.now() > deadline) {
          throw new UserError(`the ledger is locked by process ${holder || '?'}`, { file: this.where + '.lock', hint: 'another deploy is writing it; remove the lock file if none runs' });
        } else await sleep(20);
      }
    }
    try {
      return await fn();
    } finally {
      rmSync(lock, { force: true });
    }
  }
}

/** This machine's name, as the ledger and locks record it. */
export function hostName(): string {
  return hostname();
}
