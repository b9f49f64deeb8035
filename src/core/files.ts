/**
 * Files named by inputs: globs resolved inside the workspace, heads sniffed, lines streamed with
 * bounded memory, reports written atomically.
 */
import { promises as fs, createReadStream, realpathSync } from 'node:fs';
import path from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import { randomBytes } from 'node:crypto';
import * as glob from '@actions/glob';
import { UserError } from './errors.js';
import { jsonErrorOffset } from './json-position.js';

/** Splits a list input: one item per line or comma-separated (commas inside `{…}` belong to the glob). */
export function splitList(value: string): string[] {
  const items: string[] = [];
  for (const line of value.split(/\r?\n/)) {
    let depth = 0;
    let current = '';
    for (const ch of line) {
      if (ch === '{') depth++;
      else if (ch === '}') depth = Math.max(0, depth - 1);
      if (ch === ',' && depth === 0) {
        items.push(current);
        current = '';
      } else current += ch;
    }
    items.push(current);
  }
  return items.map((s) => s.trim()).filter((s) => s.length > 0 && !s.startsWith('#'));
}

function isInside(root: string, candidate: string): boolean {
  const rel = path.relative(root, candidate);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

function realWorkspace(workspace: string): string {
  try {
    return realpathSync(workspace);
  } catch {
    return path.resolve(workspace);
  }
}

/** The path relative to the workspace, with forward slashes, for reports and messages. */
export function displayPath(workspace: string, file: string): string {
  const rel = path.relative(realWorkspace(workspace), file);
  return (rel && !rel.startsWith('..') ? rel : file).split(path.sep).join('/');
}

/**
 * Resolves a path given by `input` against the workspace and refuses one that escapes it,
 * through `..`, an absolute path elsewhere, or a symbolic link.
 */
export function resolveInWorkspace(workspace: string, given: string, input: string): string {
  const root = realWorkspace(workspace);
  const resolved = path.resolve(root, given);
  if (!isInside(root, resolved)) {
    throw new UserError(`path escapes the workspace: ${given}`, { input });
  }
  // Follow links of the part that exists: a link inside the workspace may point outside it.
  let probe = resolved;
  for (;;) {
    try {
      const real = realpathSync(probe);
      if (!isInside(root, real)) throw new UserError(`path escapes the workspace through a link: ${given}`, { input });
      break;
    } catch (err) {
      if (err instanceof UserError) throw err;
      const parent = path.dirname(probe);
      if (parent === probe) break;
      probe = parent;
    }
  }
  return resolved;
}

/**
 * Expands the globs of a list input (one per line or comma-separated, `!` to exclude) into
 * files inside the workspace. A pattern that escapes the workspace or matches nothing is an error.
 */
export async function expandGlobs(workspace: string, value: string, input: string): Promise<string[]> {
  const root = realWorkspace(workspace);
  const patterns = splitList(value);
  const found = new Set<string>();
  const excludes = patterns.filter((p) => p.startsWith('!'));
  for (const pattern of patterns) {
    if (pattern.startsWith('!')) continue;
    const base = pattern.replace(/^\.\//, '');
    resolveInWorkspace(root, globPrefix(base), input);
    const absolute = path.isAbsolute(base) ? base : path.join(root, base);
    const globber = await glob.create([absolute, ...excludes.map((e) => '!' + path.join(root, e.slice(1)))].join('\n'), {
      followSymbolicLinks: false,
      implicitDescendants: false,
      matchDirectories: false
    });
    const matches = await globber.glob();
    if (matches.length === 0) {
      throw new UserError(`no file matches ${JSON.stringify(pattern)}`, { input });
    }
    for (const match of matches.sort()) {
      const real = realpathSync(match);
      if (!isInside(root, real)) throw new UserError(`path escapes the workspace: ${displayPath(root, match)}`, { input });
      found.add(real);
    }
  }
  return [...found];
}

/** The literal directory part of a glob (up to the first segment holding a wildcard). */
function globPrefix(pattern: string): string {
  const segments = pattern.split('/');
  const literal: string[] = [];
  for (const segment of segments) {
    if (/[*?[\]{}]/.test(segment)) break;
    literal.push(segment);
  }
  return literal.join('/') || '.';
}

/** Bytes read from the start of a report to recognise its format. */
export const HEAD_BYTES = 64 * 1024;

export interface Head {
  /** The first bytes as UTF-8 text (a byte order mark dropped). */
  text: string;
  size: number;
}

/** Reads the head of a report; refuses empty and binary files with a message naming them. */
export async function readHead(file: string, shown: string, input: string): Promise<Head> {
  let handle;
  try {
    handle = await fs.open(file, 'r');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new UserError(code === 'ENOENT' ? 'file not found' : `cannot read (${code})`, { input, file: shown });
  }
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) throw new UserError('not a regular file', { input, file: shown });
    const buffer = Buffer.alloc(Math.min(HEAD_BYTES, stat.size));
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    const bytes = buffer.subarray(0, bytesRead);
    if (bytes.length === 0 || bytes.toString('utf8').trim() === '') {
      throw new UserError('empty report', { input, file: shown });
    }
    if (bytes.includes(0)) throw new UserError('binary file, not a report', { input, file: shown });
    let text = bytes.toString('utf8');
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    return { text, size: stat.size };
  } finally {
    await handle.close();
  }
}

/** Longest line accepted by {@link forEachLine}; longer ones mean a file that is not a line-based report. */
export const MAX_LINE = 1024 * 1024;

/**
 * Calls `onLine` for every line of a file (without its line ending), streaming it in chunks so that
 * memory stays bounded whatever the size. A NUL byte or an over-long line ends it with a UserError.
 */
export async function forEachLine(
  file: string,
  shown: string,
  input: string,
  onLine: (line: string, lineNo: number) => void
): Promise<number> {
  const decoder = new StringDecoder('utf8');
  let pending = '';
  let lineNo = 0;
  const stream = createReadStream(file, { highWaterMark: 1024 * 1024 });
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    if (chunk.includes(0)) {
      stream.destroy();
      throw new UserError('binary data in a text report', { input, file: shown, line: lineNo + 1 });
    }
    let text = pending + decoder.write(chunk);
    let start = 0;
    for (;;) {
      const nl = text.indexOf('\n', start);
      if (nl < 0) break;
      let end = nl;
      if (end > start && text.charCodeAt(end - 1) === 13) end--;
      lineNo++;
      onLine(text.slice(start, end), lineNo);
      start = nl + 1;
    }
    pending = text.slice(start);
    text = '';
    if (pending.length > MAX_LINE) {
      stream.destroy();
      throw new UserError(`line longer than ${MAX_LINE} characters`, { input, file: shown, line: lineNo + 1 });
    }
  }
  pending += decoder.end();
  if (pending.length > 0) {
    if (pending.charCodeAt(pending.length - 1) === 13) pending = pending.slice(0, -1);
    lineNo++;
    onLine(pending, lineNo);
  }
  return lineNo;
}

/** Largest JSON report read whole (JSON formats are parsed in one piece). */
export const MAX_JSON_BYTES = 256 * 1024 * 1024;

/** A JSON report: its value, and its text for pointing at lines in later messages. */
export interface JsonText {
  value: unknown;
  text: string;
}

/**
 * Reads and parses a JSON report whole, naming the file and line of a syntax error (found by
 * {@link jsonErrorOffset} when V8 gives no position) and calling a file that ends inside a value
 * truncated.
 */
export async function readJsonText(file: string, shown: string, input: string): Promise<JsonText> {
  const stat = await fs.stat(file);
  if (stat.size > MAX_JSON_BYTES) {
    throw new UserError(`JSON report larger than ${MAX_JSON_BYTES / 1024 / 1024} MB`, { input, file: shown });
  }
  let text = await fs.readFile(file, 'utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  try {
    return { value: JSON.parse(text), text };
  } catch (err) {
    const offset = jsonErrorOffset(text);
    const end = text.trimEnd().length;
    const truncated = offset >= end;
    const line = text.slice(0, Math.min(offset, Math.max(0, end - 1)) + 1).split('\n').length;
    const reason = (err as Error).message.replace(/ in JSON at position \d+.*$/s, '').replace(/[,:]? *"[\s\S]*$/, '');
    throw new UserError(truncated ? 'truncated JSON (the file ends inside a value)' : `invalid JSON (${reason})`, { input, file: shown, line });
  }
}

/** Reads and parses a JSON report (see {@link readJsonText}). */
export async function readJson(file: string, shown: string, input: string): Promise<unknown> {
  return (await readJsonText(file, shown, input)).value;
}

/**
 * Writes a file atomically: a temporary file beside it, flushed, then renamed over the target,
 * so that a reader sees the old content or the new one, never half of it. `mode` 0o755 writes an
 * executable.
 */
export async function writeFileAtomic(target: string, content: string, mode = 0o644): Promise<void> {
  await fs.mkdir(path.dirname(target), { recursive: true });
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  const handle = await fs.open(temp, 'w', mode);
  try {
    await handle.writeFile(content, 'utf8');
    // The mode is set before the rename (the umask may have narrowed it), so no reader sees the file without it.
    if (mode !== 0o644) await handle.chmod(mode);
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await fs.rename(temp, target);
  } catch (err) {
    await fs.rm(temp, { force: true });
    throw err;
  }
}
