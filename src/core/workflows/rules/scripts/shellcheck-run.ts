/**
 * Running shellcheck over many scripts at once: each script a file of a temporary directory, one
 * process per batch of {@link BATCH} files of one shell (`-f json1` names each comment's file),
 * at most {@link PARALLEL} processes at a time, each killed after {@link TIMEOUT_MS} or past
 * {@link MAX_OUTPUT_BYTES} of output. actionlint starts one process per script.
 */
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** A script for shellcheck, already sanitized (`${{ }}` replaced). */
export interface ShellcheckScript {
  shell: 'bash' | 'sh';
  text: string;
}

/** One comment of shellcheck, its line counted in the script (the setup line already taken off). */
export interface ShellcheckComment {
  line: number;
  column: number;
  level: 'error' | 'warning' | 'info' | 'style';
  code: number;
  message: string;
}

export type ShellcheckSeverity = ShellcheckComment['level'];
export const SHELLCHECK_SEVERITIES: readonly ShellcheckSeverity[] = ['error', 'warning', 'info', 'style'];

export type ShellcheckResult =
  | { kind: 'ok'; comments: ShellcheckComment[][] }
  | { kind: 'missing'; executable: string }
  | { kind: 'failed'; reason: string };

/**
 * actionlint's exclusions (rule_shellcheck.go), for the same reasons:
 * SC1091 a sourced file is not found (it exists on the runner, not here);
 * SC2194, SC2050, SC2157, SC2043 a constant word, condition, `-z` argument or one-item loop that is
 * the underscores standing for a `${{ }}`; SC2153, SC2154 a variable never assigned, which `env:`
 * of the step, job or workflow assigns.
 */
export const SHELLCHECK_EXCLUDED = 'SC1091,SC2194,SC2050,SC2153,SC2154,SC2157,SC2043';

export const BATCH = 200;
export const PARALLEL = 2;
export const TIMEOUT_MS = 60_000;
export const MAX_OUTPUT_BYTES = 32 * 1024 * 1024;

/**
 * The first line of each script, as the runner runs it (`bash -e {0}` / `sh -e {0}`, with
 * `-o pipefail` for bash); shellcheck's line numbers are one more than the script's.
 */
function setupLine(shell: 'bash' | 'sh'): string {
  return shell === 'bash' ? 'set -eo pipefail' : 'set -e';
}

interface Json1 {
  comments?: { file?: string; line?: number; column?: number; level?: string; code?: number; message?: string }[];
}

/** Runs one batch; its stdout, or why not. */
function runBatch(executable: string, args: string[], cwd: string): Promise<{ stdout: string } | { missing: true } | { failed: string }> {
  return new Promise((resolve) => {
    const child = spawn(executable, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    let size = 0;
    let err = '';
    let settled = false;
    const done = (r: { stdout: string } | { missing: true } | { failed: string }) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(r);
    };
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      done({ failed: `shellcheck did not finish within ${TIMEOUT_MS / 1000} s` });
    }, TIMEOUT_MS);
    child.stdout.on('data', (b: Buffer) => {
      size += b.length;
      if (size > MAX_OUTPUT_BYTES) {
        child.kill('SIGKILL');
        done({ failed: `shellcheck wrote more than ${MAX_OUTPUT_BYTES / 1024 / 1024} MB` });
      } else out.push(b);
    });
    child.stderr.on('data', (b: Buffer) => {
      if (err.length < 2000) err += b.toString('utf8');
    });
    child.on('error', (e: NodeJS.ErrnoException) => done(e.code === 'ENOENT' ? { missing: true } : { failed: `shellcheck could not start (${e.code ?? e.message})` }));
    child.on('close', (code) => {
      // 0: no comment, 1: comments; anything else is shellcheck failing.
      if (code === 0 || code === 1) done({ stdout: Buffer.concat(out).toString('utf8') });
      else done({ failed: `shellcheck exited with ${code}${err.trim() ? `: ${err.trim().split('\n')[0]}` : ''}` });
    });
  });
}

/** Checks every script; comments by script index, in shellcheck's order. */
export async function runShellcheck(scripts: readonly ShellcheckScript[], executable: string, severity: ShellcheckSeverity): Promise<ShellcheckResult> {
  if (scripts.length === 0) return { kind: 'ok', comments: [] };
  // Each distinct script once (`run: npm ci` in twenty jobs is one check), its comments shared by every copy.
  const uniqueOf = new Map<string, number>();
  const unique: ShellcheckScript[] = [];
  const indexOf = scripts.map((s) => {
    const key = `${s.shell}\0${s.text}`;
    let i = uniqueOf.get(key);
    if (i === undefined) {
      i = unique.push(s) - 1;
      uniqueOf.set(key, i);
    }
    return i;
  });
  const result = await runUnique(unique, executable, severity);
  return result.kind === 'ok' ? { kind: 'ok', comments: indexOf.map((i) => result.comments[i]) } : result;
}

/** {@link runShellcheck} over distinct scripts. */
async function runUnique(scripts: readonly ShellcheckScript[], executable: string, severity: ShellcheckSeverity): Promise<ShellcheckResult> {
  const comments: ShellcheckComment[][] = scripts.map(() => []);
  const dir = await mkdtemp(path.join(tmpdir(), 'phase-gates-shellcheck-'));
  try {
    // Scripts in s/, shellcheck run in the empty cwd/: a script's `source ./x.sh` (-x) finds nothing, not another script.
    await mkdir(path.join(dir, 's'));
    await mkdir(path.join(dir, 'cwd'));
    const names = scripts.map((_, i) => `../s/${i}.sh`);
    const byName = new Map(names.map((n, i) => [n, i]));
    await Promise.all(scripts.map((s, i) => writeFile(path.join(dir, 's', `${i}.sh`), `${setupLine(s.shell)}\n${s.text}\n`)));
    const batches: { shell: 'bash' | 'sh'; indexes: number[] }[] = [];
    for (const shell of ['bash', 'sh'] as const) {
      const indexes = scripts.flatMap((s, i) => (s.shell === shell ? [i] : []));
      for (let i = 0; i < indexes.length; i += BATCH) batches.push({ shell, indexes: indexes.slice(i, i + BATCH) });
    }
    let failure: ShellcheckResult | undefined;
    let next = 0;
    const worker = async () => {
      while (next < batches.length && !failure) {
        const batch = batches[next++];
        const args = ['--norc', '-f', 'json1', '-x', '--shell', batch.shell, '-S', severity, '-e', SHELLCHECK_EXCLUDED, ...batch.indexes.map((i) => names[i])];
        const r = await runBatch(executable, args, path.join(dir, 'cwd'));
        if ('missing' in r) failure = { kind: 'missing', executable };
        else if ('failed' in r) failure = { kind: 'failed', reason: r.failed };
        else {
          let parsed: Json1;
          try {
            parsed = JSON.parse(r.stdout) as Json1;
          } catch {
            failure = { kind: 'failed', reason: 'shellcheck wrote output that is not JSON' };
            return;
          }
          for (const c of parsed.comments ?? []) {
            const index = byName.get(c.file ?? '');
            // Comments on files a script sources (-x) are not about a run: step.
            if (index === undefined) continue;
            const level = SHELLCHECK_SEVERITIES.includes(c.level as ShellcheckSeverity) ? (c.level as ShellcheckSeverity) : 'error';
            comments[index].push({ line: (c.line ?? 2) - 1, column: c.column ?? 1, level, code: c.code ?? 0, message: String(c.message ?? '') });
          }
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(PARALLEL, batches.length) }, worker));
    return failure ?? { kind: 'ok', comments };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
