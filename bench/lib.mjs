// Shared pieces of the benchmarks: running a command with its wall time and peak RSS, and running
// a bundled action the way the runner does.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, readFileSync, existsSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const WORK = path.join(ROOT, 'bench', '.work');
mkdirSync(WORK, { recursive: true });

const TIME = ['/usr/bin/time'].find((p) => existsSync(p));

/**
 * Runs a command; returns wall-clock milliseconds, peak RSS in MB (from GNU time, which reads the
 * child's rusage) and its output.
 */
export function measure(cmd, args, options = {}) {
  const started = process.hrtime.bigint();
  const wrapped = TIME ? [TIME, ['-f', '__RSS_KB=%M', cmd, ...args]] : [cmd, args];
  const r = spawnSync(wrapped[0], wrapped[1], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, ...options });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  const rss = /__RSS_KB=(\d+)/.exec(r.stderr ?? '');
  return {
    ms,
    rssMb: rss ? Number(rss[1]) / 1024 : null,
    status: r.status,
    stdout: r.stdout ?? '',
    stderr: (r.stderr ?? '').replace(/__RSS_KB=\d+\n?/, '')
  };
}

/** Environment of a bundled action run: INPUT_* variables and the runner's command files. */
export function actionEnv(workspace, inputs) {
  const temp = mkdtempSync(path.join(tmpdir(), 'pg-bench-'));
  const env = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: path.join(temp, 'output'),
    GITHUB_STEP_SUMMARY: path.join(temp, 'summary'),
    GITHUB_SHA: '0'.repeat(40)
  };
  writeFileSync(env.GITHUB_OUTPUT, '');
  writeFileSync(env.GITHUB_STEP_SUMMARY, '');
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
  return env;
}

export function readReport(workspace, name = 'gates-report.json') {
  return JSON.parse(readFileSync(path.join(workspace, name), 'utf8'));
}

export function median(values) {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** A deterministic pseudo-random sequence in [0, 1), so every run measures the same input. */
export function lcg(seed) {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

export function which(cmd) {
  const r = spawnSync('sh', ['-c', `command -v ${cmd}`], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : null;
}

export { spawn };
