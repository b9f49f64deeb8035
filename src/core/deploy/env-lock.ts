/**
 * One deploy of an environment at a time, for the local ledger: a lock file per environment beside
 * the ledger (`locks/<environment>.lock`), created exclusively (O_EXCL: of two processes, one
 * creates it, the other finds it), holding who holds it, kept for the whole run and removed on every
 * exit path (the run's end, an error, a signal, process exit).
 *
 * A holder that is provably dead (this machine, its pid gone) is taken over at once; one on another
 * machine (a shared disk) only once `staleMs` passed since it took the lock. A takeover is made
 * under a second exclusive file, so that two processes taking over the same dead holder cannot both
 * win, and it ends the dead holder's script, whose process group the lock names while it runs.
 */
import { closeSync, mkdirSync, openSync, readFileSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import { alive, hostName } from './ledger.js';

/** Who holds an environment's lock. */
export interface LockHolder {
  pid: number;
  host: string;
  environment: string;
  version: string;
  /** When it took the lock (ISO time). */
  since: string;
  /** The workflow run, when the runner tells it. */
  run?: string;
  /** The process group of the script it runs now, if any. */
  pgid?: number;
}

/** What a takeover found and did, for the audit log. */
export interface Takeover {
  previous: LockHolder;
  /** `dead` (same machine, pid gone) or `stale` (older than the limit). */
  why: 'dead' | 'stale';
  /** The dead holder's script group was still running and was ended. */
  endedGroup?: number;
}

/** Attempts of the create-or-take-over loop; each is a few file operations. */
const MAX_ATTEMPTS = 50;

function readHolder(file: string): LockHolder | undefined | 'unreadable' {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'ENOENT' ? undefined : 'unreadable';
  }
  try {
    const h = JSON.parse(text) as LockHolder;
    return typeof h?.pid === 'number' && typeof h.host === 'string' ? h : 'unreadable';
  } catch {
    return 'unreadable';
  }
}

function ageMs(file: string): number {
  try {
    return Date.now() - statSync(file).mtimeMs;
  } catch {
    return 0;
  }
}

function signalGroup(pgid: number, signal: NodeJS.Signals): boolean {
  try {
    process.kill(-pgid, signal);
    return true;
  } catch {
    return false;
  }
}

/** The lock file of `environment` for the ledger at `ledgerFile`. */
export function lockFileOf(ledgerFile: string, environment: string): string {
  return path.join(path.dirname(ledgerFile), 'locks', `${encodeURIComponent(environment.toLowerCase())}.lock`);
}

/** A held environment lock. */
export class EnvironmentLock {
  private released = false;
  private readonly onExit = () => this.release();

  private constructor(
    readonly file: string,
    private holder: LockHolder
  ) {
    process.once('exit', this.onExit);
  }

  /**
   * Takes the lock of `environment`, or says who holds it. A dead holder is taken over (said in
   * `takeover`), a live one is `busy`.
   */
  static acquire(file: string, want: Pick<LockHolder, 'environment' | 'version' | 'run'>, staleMs: number): { lock: EnvironmentLock; takeover?: Takeover } | { busy: LockHolder } {
    mkdirSync(path.dirname(file), { recursive: true });
    let takeover: Takeover | undefined;
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      const holder: LockHolder = { pid: process.pid, host: hostName(), ...want, since: new Date().toISOString() };
      try {
        const fd = openSync(file, 'wx', 0o644);
        try {
          writeSync(fd, JSON.stringify(holder) + '\n');
        } finally {
          closeSync(fd);
        }
        return { lock: new EnvironmentLock(file, holder), takeover };
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      }
      const found = readHolder(file);
      if (found === undefined) continue; // released meanwhile
      if (found === 'unreadable') {
        // Created but not yet written (a writer between two system calls), or one killed there.
        if (ageMs(file) < 5_000) {
          Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
          continue;
        }
      }
      const previous = found === 'unreadable' ? undefined : found;
      const dead = previous ? previous.host === hostName() && !alive(previous.pid) : true;
      const stale = previous ? Date.now() - Date.parse(previous.since) > staleMs : true;
      if (previous && !dead && !stale) return { busy: previous };
      const done = EnvironmentLock.takeOver(file, previous);
      if (done && previous) takeover = { previous, why: dead ? 'dead' : 'stale', endedGroup: done.endedGroup };
    }
    const holder = readHolder(file);
    if (holder && holder !== 'unreadable') return { busy: holder };
    throw new Error(`could not take ${file} in ${MAX_ATTEMPTS} attempts`);
  }

  /**
   * Removes the lock of a dead or stale holder, under `<lock>.takeover` (exclusive): only if the
   * lock still holds what was judged, so that a lock just taken by another process is never removed.
   */
  private static takeOver(file: string, judged: LockHolder | undefined): { endedGroup?: number } | undefined {
    const mutex = file + '.takeover';
    try {
      const fd = openSync(mutex, 'wx', 0o644);
      writeSync(fd, String(process.pid));
      closeSync(fd);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      // Another takeover is under way; one whose process died is cleared.
      let pid = 0;
      try {
        pid = Number(readFileSync(mutex, 'utf8'));
      } catch {
        // gone meanwhile
      }
      if ((pid && !alive(pid)) || ageMs(mutex) > 10_000) rmSync(mutex, { force: true });
      else Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5);
      return undefined;
    }
    try {
      const now = readHolder(file);
      const same = judged === undefined ? now === 'unreadable' : now !== undefined && now !== 'unreadable' && now.pid === judged.pid && now.since === judged.since && now.host === judged.host;
      if (!same) return undefined;
      let endedGroup: number | undefined;
      if (judged?.pgid && judged.host === hostName() && !alive(judged.pid) && signalGroup(judged.pgid, 'SIGTERM')) {
        // Its script outlived it (kill -9 of the step): ended now, and for good a moment later.
        endedGroup = judged.pgid;
        const group = judged.pgid;
        setTimeout(() => signalGroup(group, 'SIGKILL'), 3_000).unref();
      }
      rmSync(file, { force: true });
      return { endedGroup };
    } finally {
      rmSync(mutex, { force: true });
    }
  }

  /** Names the process group of the script running now (undefined when none runs). */
  setScriptGroup(pgid: number | undefined): void {
    if (this.released) return;
    this.holder = { ...this.holder, pgid };
    try {
      writeFileSync(this.file, JSON.stringify(this.holder) + '\n');
    } catch {
      // The lock is still held; a takeover after a crash just cannot end the script.
    }
  }

  /** Removes the lock, if it is still ours. Synchronous and idempotent: safe on every exit path. */
  release(): void {
    if (this.released) return;
    this.released = true;
    process.off('exit', this.onExit);
    const now = readHolder(this.file);
    if (now && now !== 'unreadable' && now.pid === this.holder.pid && now.since === this.holder.since) rmSync(this.file, { force: true });
  }
}
