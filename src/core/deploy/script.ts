/**
 * Runs the user's scripts (`run`, `rollback-run`, `migrate-run`) as argument vectors — never
 * through a shell — in their own process group, so that a timeout or a cancellation ends the
 * script and whatever it started in the foreground. Output is relayed line by line, redacted.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { accessSync, constants as fsConstants, statSync } from 'node:fs';
import path from 'node:path';
import { UserError } from '../errors.js';
import { shellWords } from './shell-words.js';

/** A parsed script input. */
export interface Script {
  /** The input it came from (`run`, `rollback-run`, `migrate-run`). */
  input: string;
  /** The executable as resolved (a path, or a name found on PATH). */
  file: string;
  args: string[];
  /** argv as written, for the plan and the log. */
  shown: string;
}

/**
 * Parses a script input and checks that its program exists and is executable — before anything
 * changes. A program with a slash is a file relative to the workspace; a bare name is looked up
 * on PATH, as a shell would.
 */
export function parseScript(value: string, input: string, workspace: string, env: Readonly<Record<string, string | undefined>>): Script {
  const argv = shellWords(value, input);
  if (argv.length === 0) throw new UserError('no command', { input });
  const [program, ...args] = argv;
  let file: string;
  if (program.includes('/')) {
    file = path.resolve(workspace, program);
    let isFile = false;
    try {
      isFile = statSync(file).isFile();
    } catch {
      throw new UserError(`${program}: no such file`, { input, hint: 'script paths are relative to the workspace' });
    }
    if (!isFile) throw new UserError(`${program}: not a file`, { input });
    try {
      accessSync(file, fsConstants.X_OK);
    } catch {
      throw new UserError(`${program}: not executable`, { input, hint: `chmod +x ${program}, or run it through its interpreter, e.g. bash ${program}` });
    }
  } else {
    if (!findOnPath(program, env)) throw new UserError(`${program}: command not found on PATH`, { input });
    file = program;
  }
  return { input, file, args, shown: argv.map((a) => (/^[\w@%+=:,./-]+$/.test(a) ? a : JSON.stringify(a))).join(' ') };
}

/** The executable file a bare program name means on PATH, as a shell finds it; undefined when there is none. */
export function findOnPath(program: string, env: Readonly<Record<string, string | undefined>>): string | undefined {
  return (env.PATH ?? '')
    .split(path.delimiter)
    .filter(Boolean)
    .map((dir) => path.join(dir, program))
    .find((candidate) => {
      try {
        accessSync(candidate, fsConstants.X_OK);
        return statSync(candidate).isFile();
      } catch {
        return false;
      }
    });
}

/** How a script ended. */
export interface ScriptResult {
  /** `ok`, `failed` (non-zero exit or a signal), `timeout` or `cancelled`. */
  outcome: 'ok' | 'failed' | 'timeout' | 'cancelled';
  code: number | null;
  signal: NodeJS.Signals | null;
  ms: number;
}

/** Options of {@link runScript}. */
export interface RunScriptOptions {
  cwd: string;
  env: Record<string, string>;
  timeoutMs: number;
  /** Aborted on cancellation (SIGINT/SIGTERM of the step). */
  signal: AbortSignal;
  /** Receives each output line (stdout and stderr), unredacted: the caller redacts. */
  onLine: (line: string, stream: 'stdout' | 'stderr') => void;
  /** Milliseconds between SIGTERM and SIGKILL of the process group. @default 3000 */
  killGraceMs?: number;
  /** Told the script's process group when it starts, and undefined when it ended. */
  onGroup?: (pgid: number | undefined) => void;
  /**
   * Masks secrets in an over-long line before it is cut into pieces, so that no cut splits a
   * secret; `holdBack` (the longest masked form) characters stay pending until more arrives.
   */
  mask?: { redact: (text: string) => string; holdBack: number };
}

/**
 * A watchdog beside the script: a small shell, in a process group of its own, that ends the script's
 * group when this process dies without doing so itself (kill -9 of the step; Node has no
 * PR_SET_PDEATHSIG). It checks once a second and ends by itself when the script's group is gone.
 */
function watchdog(pgid: number): ChildProcess | undefined {
  if (process.platform === 'win32') return undefined;
  const parent = process.pid;
  const script = `while kill -0 ${parent} 2>/dev/null && kill -0 -${pgid} 2>/dev/null; do sleep 1; done; if ! kill -0 ${parent} 2>/dev/null; then kill -TERM -${pgid} 2>/dev/null; sleep 3; kill -KILL -${pgid} 2>/dev/null; fi`;
  try {
    const dog = spawn('/bin/sh', ['-c', script], { detached: true, stdio: 'ignore' });
    dog.on('error', () => undefined);
    dog.unref();
    return dog;
  } catch {
    return undefined;
  }
}

/** A line longer than this is relayed in pieces (output without newlines must not grow memory). */
const MAX_LINE = 64 * 1024;

/** Runs a script to its end, a timeout or a cancellation. Never throws for the script's own failures. */
export async function runScript(script: Script, options: RunScriptOptions): Promise<ScriptResult> {
  const started = Date.now();
  if (options.signal.aborted) return { outcome: 'cancelled', code: null, signal: null, ms: 0 };
  const child = spawn(script.file, script.args, {
    cwd: options.cwd,
    env: options.env,
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group: killing -pid reaches the children it started in the foreground.
    detached: true,
    shell: false
  });
  const dog = child.pid ? watchdog(child.pid) : undefined;
  if (child.pid) options.onGroup?.(child.pid);
  const pending: Record<'stdout' | 'stderr', string> = { stdout: '', stderr: '' };
  const feed = (stream: 'stdout' | 'stderr') => (chunk: string) => {
    let text = pending[stream] + chunk;
    let nl: number;
    while ((nl = text.indexOf('\n')) >= 0) {
      options.onLine(text.slice(0, nl).replace(/\r$/, ''), stream);
      text = text.slice(nl + 1);
    }
    const hold = options.mask?.holdBack ?? 0;
    while (text.length > MAX_LINE + hold) {
      // Every whole secret is masked before the cut: one that crosses it is whole in `text`.
      if (options.mask) text = options.mask.redact(text);
      if (text.length <= MAX_LINE + hold) break;
      options.onLine(text.slice(0, MAX_LINE), stream);
      text = text.slice(MAX_LINE);
    }
    pending[stream] = text;
  };
  child.stdout.setEncoding('utf8').on('data', feed('stdout'));
  child.stderr.setEncoding('utf8').on('data', feed('stderr'));

  let outcome: ScriptResult['outcome'] | undefined;
  let killTimer: NodeJS.Timeout | undefined;
  const killGroup = (why: 'timeout' | 'cancelled') => {
    if (outcome) return;
    outcome = why;
    signalGroup(child.pid, 'SIGTERM');
    killTimer = setTimeout(() => signalGroup(child.pid, 'SIGKILL'), options.killGraceMs ?? 3000);
  };
  const timer = setTimeout(() => killGroup('timeout'), options.timeoutMs);
  const onAbort = () => killGroup('cancelled');
  options.signal.addEventListener('abort', onAbort, { once: true });

  // Registered now: 'close' may follow 'exit' before the code after the exit await runs.
  const closed = new Promise((resolve) => child.once('close', resolve));
  const exit = await new Promise<{ code: number | null; signal: NodeJS.Signals | null; spawnError?: Error }>((resolve) => {
    child.once('error', (err) => resolve({ code: null, signal: null, spawnError: err }));
    child.once('exit', (code, signal) => resolve({ code, signal }));
  });
  clearTimeout(timer);
  options.signal.removeEventListener('abort', onAbort);
  // A background process the script started may hold the pipes open: wait briefly, then let go.
  await Promise.race([
    closed,
    new Promise((resolve) => setTimeout(resolve, 500))
  ]);
  child.stdout.destroy();
  child.stderr.destroy();
  if (outcome) {
    // What the script left running in its group goes too (the grace timer may still be pending).
    signalGroup(child.pid, 'SIGKILL');
  }
  if (killTimer) clearTimeout(killTimer);
  dog?.kill('SIGKILL');
  if (child.pid) options.onGroup?.(undefined);
  for (const stream of ['stdout', 'stderr'] as const) if (pending[stream]) options.onLine(pending[stream], stream);
  if (exit.spawnError) {
    options.onLine(`cannot start ${script.shown}: ${exit.spawnError.message}`, 'stderr');
    return { outcome: 'failed', code: null, signal: null, ms: Date.now() - started };
  }
  return { outcome: outcome ?? (exit.code === 0 ? 'ok' : 'failed'), code: exit.code, signal: exit.signal, ms: Date.now() - started };
}

function signalGroup(pid: number | undefined, signal: NodeJS.Signals): void {
  if (!pid) return;
  try {
    process.kill(-pid, signal);
  } catch {
    // The group is gone already.
  }
}
