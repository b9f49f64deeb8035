/**
 * Runs a bundled action the way the GitHub runner does: a child `node dist/<name>/index.js` with
 * INPUT_* variables (every input of its action.yml: the value given, else its default, as the runner
 * sets them), GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files and GITHUB_WORKSPACE.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';

export const ROOT = process.cwd();

export interface ActionRun {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  /** `::error…::message` lines, as the runner turns them into annotations. */
  errors: string[];
  warnings: string[];
  /** Milliseconds the process took. */
  ms: number;
  /** Peak resident memory of the action's process in MB (with `measure: true`). */
  maxRssMb?: number;
  /** With `signal`: milliseconds from the signal to the process's end (undefined: never sent). */
  msAfterSignal?: number;
}

export interface RunOptions {
  inputs?: Record<string, string>;
  workspace: string;
  env?: Record<string, string>;
  timeoutMs?: number;
  /** Run through a wrapper in the same process that reports its peak RSS at exit. */
  measure?: boolean;
  /**
   * Sends `send` to the process (as the runner cancels a step) once its output matches `when`, or
   * with `'start'` as soon as Node's own start-up is over and JavaScript runs (through a preload
   * that says so on fd 3), `afterMs` later: while the bundle is still loading.
   */
  signal?: { when: RegExp | 'start'; send: NodeJS.Signals; afterMs?: number };
  /** The process's clock starts at this instant (an ISO time) and runs on (test/support/clock.cjs). */
  clock?: string;
}

// Imports the bundle and, at exit, writes the process's own peak RSS to fd 3 (kept off stdout,
// where workflow commands go).
// The peak RSS of this process's own memory, in KB: Linux's VmHWM (reset by exec). resourceUsage's
// maxRSS is not: Linux keeps it across fork and exec, so a child of a jest worker of 300 MB reported 300 MB.
const MEASURE = `process.on('exit', () => { const fs = require('node:fs'); let kb; try { kb = /VmHWM:\\s*(\\d+)/.exec(fs.readFileSync('/proc/self/status', 'utf8'))[1]; } catch { kb = String(process.resourceUsage().maxRSS); } try { fs.writeSync(3, kb); } catch {} });
import(require('node:url').pathToFileURL(process.argv[1]).href);`;

/** The runner's name for an input variable: upper case, spaces to underscores, hyphens kept. */
export function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

/** Parses a GITHUB_OUTPUT file (`name=value` and `name<<DELIMITER` blocks). */
export function parseCommandFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name, delimiter] = heredoc;
      const value: string[] = [];
      while (++i < lines.length && lines[i] !== delimiter) value.push(lines[i]);
      out[name] = value.join('\n');
    } else if (line.includes('=')) {
      const at = line.indexOf('=');
      out[line.slice(0, at)] = line.slice(at + 1);
    }
  }
  return out;
}

/** A fresh temporary workspace, optionally filled with files. */
export function makeWorkspace(files: Record<string, string | Buffer> = {}): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'pg-ws-'));
  for (const [rel, content] of Object.entries(files)) {
    const p = path.join(dir, rel);
    mkdirSync(path.dirname(p), { recursive: true });
    writeFileSync(p, content);
  }
  return dir;
}

/**
 * The bundle the runner starts for an action: `dist/<name>/index.js`, or for `.` (the root action)
 * the `runs.main` of the root action.yml, resolved against it as the runner does.
 */
export function actionBundle(name: string): string {
  if (name !== '.') return path.join(ROOT, 'dist', name, 'index.js');
  const meta = parseYaml(readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as { runs: { main: string } };
  return path.join(ROOT, meta.runs.main);
}

/** The action.yml of an action: `actions/<name>/action.yml`, or the root one for `.`. */
function actionMetadata(name: string): { inputs?: Record<string, { default?: unknown }> } {
  const file = name === '.' ? path.join(ROOT, 'action.yml') : path.join(ROOT, 'actions', name, 'action.yml');
  return existsSync(file) ? (parseYaml(readFileSync(file, 'utf8')) as { inputs?: Record<string, { default?: unknown }> }) : {};
}

/**
 * The runner's INPUT_* values for inputs not given: each default of action.yml, with the two
 * expressions our defaults use evaluated as the runner would (`github.sha` from GITHUB_SHA;
 * `github.token` from GITHUB_TOKEN, empty when the test gives none, so that no test reaches GitHub
 * by accident).
 */
export function runnerDefaults(name: string, env: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [input, spec] of Object.entries(actionMetadata(name).inputs ?? {})) {
    if (spec?.default === undefined || spec.default === null) continue;
    out[inputVariable(input)] = String(spec.default)
      .replace(/\$\{\{\s*github\.sha\s*\}\}/g, env.GITHUB_SHA ?? '')
      .replace(/\$\{\{\s*github\.token\s*\}\}/g, env.GITHUB_TOKEN ?? '');
  }
  return out;
}

export async function runAction(name: string, options: RunOptions): Promise<ActionRun> {
  const runnerTemp = mkdtempSync(path.join(tmpdir(), 'pg-runner-'));
  const outputFile = path.join(runnerTemp, 'output');
  const summaryFile = path.join(runnerTemp, 'summary');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? runnerTemp,
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    RUNNER_TEMP: runnerTemp,
    GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
    GITHUB_REPOSITORY: 'acme/shop',
    GITHUB_RUN_ID: '42',
    ...options.env
  };
  Object.assign(env, runnerDefaults(name, env));
  for (const [k, v] of Object.entries(options.inputs ?? {})) env[inputVariable(k)] = v;
  const started = Date.now();
  const bundle = actionBundle(name);
  const atStart = options.signal?.when === 'start';
  const preload = [
    ...(options.clock ? ['-r', path.join(ROOT, 'test/support/clock.cjs')] : []),
    ...(atStart ? ['-r', path.join(ROOT, 'test/support/started.cjs')] : [])
  ];
  if (options.clock) env.PG_TEST_CLOCK = options.clock;
  const args = options.measure ? [...preload, '-e', MEASURE, bundle] : [...preload, bundle];
  const child = spawn(process.execPath, args, {
    cwd: options.workspace,
    env,
    stdio: ['ignore', 'pipe', 'pipe', 'pipe']
  });
  let rss = '';
  let signalledAt: number | undefined;
  const send = () => {
    if (signalledAt !== undefined) return;
    signalledAt = Date.now();
    child.kill(options.signal!.send);
  };
  child.stdio[3]?.on('data', (d: Buffer) => {
    if (atStart && signalledAt === undefined && d.toString().includes('started')) setTimeout(send, options.signal!.afterMs ?? 0);
    else rss += d.toString();
  });
  let stdout = '';
  let stderr = '';
  child.stdout!.setEncoding('utf8').on('data', (d: string) => {
    stdout += d;
    const when = options.signal?.when;
    if (when instanceof RegExp && signalledAt === undefined && when.test(stdout)) send();
  });
  child.stderr!.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  const timeout = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 30000);
  const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
  const ended = Date.now();
  clearTimeout(timeout);
  const lines = stdout.split(/\r?\n/);
  return {
    code,
    stdout,
    stderr,
    outputs: existsSync(outputFile) ? parseCommandFile(readFileSync(outputFile, 'utf8')) : {},
    summary: existsSync(summaryFile) ? readFileSync(summaryFile, 'utf8') : '',
    errors: lines.filter((l) => l.startsWith('::error')),
    warnings: lines.filter((l) => l.startsWith('::warning')),
    ms: ended - started,
    maxRssMb: rss ? Number(rss) / 1024 : undefined,
    msAfterSignal: signalledAt === undefined ? undefined : ended - signalledAt
  };
}

/** The message of a workflow command line (after the second `::`), unescaped as the runner does. */
export function commandMessage(line: string): string {
  const at = line.indexOf('::', 2);
  return line
    .slice(at + 2)
    .replace(/%0D/g, '\r')
    .replace(/%0A/g, '\n')
    .replace(/%25/g, '%');
}

/** A failure as the SPEC wants it: exit 1, one `::error::` line, no stack trace. */
export function expectOneError(run: ActionRun, pattern: RegExp): string {
  expect(run.code).toBe(1);
  expect(run.errors).toHaveLength(1);
  const message = commandMessage(run.errors[0]);
  expect(message).toMatch(pattern);
  expect(run.stdout + run.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
  expect(run.stdout).not.toContain('internal error');
  return message;
}
