/**
 * The runner's side of an action step, as `@actions/core` 3.0.1 writes it (lib/command.js,
 * lib/file-command.js, lib/utils.js, lib/summary.js): workflow commands on stdout (`::name k=v::data`,
 * with the same escapes), outputs appended to the `GITHUB_OUTPUT` file under a random
 * `ghadelimiter_<uuid>`, the job summary appended to `GITHUB_STEP_SUMMARY`.
 *
 * Why not `@actions/core` itself: its index imports its OIDC client, hence `@actions/http-client`,
 * hence undici, whose llhttp WebAssembly is decoded and compiled on import: the largest single
 * cost of every action's start-up (about 15% of workflows-validation's), for `getIDToken`, which no
 * phase-gates action calls. test/host/runner-commands.test.ts holds this module to `@actions/core`
 * byte for byte (it stays a devDependency for that).
 */
import { randomUUID } from 'node:crypto';
import { appendFileSync, existsSync, promises as fs, constants as fsConstants } from 'node:fs';
import { EOL } from 'node:os';
import type { AnnotationProperties } from '../core/host.js';

function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** `::command k=v,…::message` on stdout; properties without a value are left out. */
export function issueCommand(command: string, properties: Record<string, string | number | undefined>, message: string): void {
  const props = Object.entries(properties)
    .filter(([, v]) => v)
    .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
    .join(',');
  process.stdout.write(`::${command}${props ? ' ' + props : ''}::${escapeData(message)}${EOL}`);
}

/** The value of `INPUT_<NAME>` (spaces as `_`, upper case), untrimmed, or ''. */
export function getInput(name: string): string {
  return process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '';
}

/** An output: to the `GITHUB_OUTPUT` file, or as the old `set-output` command when the runner gives none. */
export function setOutput(name: string, value: string): void {
  const file = process.env.GITHUB_OUTPUT || '';
  if (!file) {
    process.stdout.write(EOL);
    issueCommand('set-output', { name }, value);
    return;
  }
  const delimiter = `ghadelimiter_${randomUUID()}`;
  if (name.includes(delimiter)) throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
  if (value.includes(delimiter)) throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
  if (!existsSync(file)) throw new Error(`Missing file at path: ${file}`);
  appendFileSync(file, `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`, { encoding: 'utf8' });
}

/** An annotation (`::error file=…,line=…::message`). */
export function annotate(level: 'error' | 'warning' | 'notice', message: string, p: AnnotationProperties): void {
  const properties = Object.keys(p).length
    ? { title: p.title, file: p.file, line: p.startLine, endLine: p.endLine, col: p.startColumn, endColumn: p.endColumn }
    : {};
  issueCommand(level, properties, message);
}

/** Markdown appended to the job summary file (which the runner creates; it must be readable and writable). */
export async function appendSummary(file: string, markdown: string): Promise<void> {
  try {
    await fs.access(file, fsConstants.R_OK | fsConstants.W_OK);
  } catch {
    throw new Error(`Unable to access summary file: '${file}'. Check if the file has correct read/write permissions.`);
  }
  await fs.appendFile(file, markdown + EOL, { encoding: 'utf8' });
}
