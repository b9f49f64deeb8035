/**
 * Files named by inputs: globs resolved inside the workspace, heads sniffed, lines streamed with
 * bounded memory, reports written atomically.
 */
import { promises as fs, constants as fsConstants, createReadStream, lstatSync, mkdirSync, openSync, readlinkSync, realpathSync, statSync, type Dirent } from 'node:fs';
import path from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import { randomBytes } from 'node:crypto';
import { globFiles } from './glob.js';
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

/** Most links followed while resolving one path (the kernel's own limit is 40). */
const MAX_LINK_HOPS = 40;

/**
 * The real path of `resolved`: its longest existing prefix through realpath, the rest appended. A
 * dangling link on the way is followed to where it points (a write through it would land there).
 */
function realOf(resolved: string, hops = 0): string {
  let probe = resolved;
  const tail: string[] = [];
  for (;;) {
    try {
      return path.join(realpathSync(probe), ...tail.reverse());
    } catch {
      let target: string | undefined;
      try {
        if (lstatSync(probe).isSymbolicLink()) target = readlinkSync(probe);
      } catch {
        // Not there at all: its parent is looked at next.
      }
      if (target !== undefined && hops < MAX_LINK_HOPS) return realOf(path.join(path.resolve(path.dirname(probe), target), ...tail.reverse()), hops + 1);
      const parent = path.dirname(probe);
      if (parent === probe) return resolved;
      tail.push(path.basename(probe));
      probe = parent;
    }
  }
}

/**
 * Resolves a path given by `input` against the workspace and refuses one that escapes it,
 * through `..`, an absolute path elsewhere, or a symbolic link. An absolute path into the
 * workspace is accepted, also through another name of it (a link to it, `$PWD` of a shell that
 * entered through one). Returns the real path.
 */
export function resolveInWorkspace(workspace: string, given: string, input: string): string {
  const root = realWorkspace(workspace);
  const resolved = path.resolve(root, given);
  const real = realOf(resolved);
  if (!isInside(root, real)) {
    // Inside by its name but not by where it leads: a link inside the workspace points out.
    const throughLink = isInside(root, resolved) || isInside(path.resolve(workspace), resolved);
    throw new UserError(throughLink ? `path escapes the workspace through a link: ${given}` : `path escapes the workspace: ${given}`, { input });
  }
  return real;
}

/**
 * Like {@link resolveInWorkspace}, for a file the command writes (a report, a log, a ledger): a
 * directory there is refused in one line, before any work is done.
 */
export function resolveOutputInWorkspace(workspace: string, given: string, input: string): string {
  const file = resolveInWorkspace(workspace, given, input);
  if (isDirectory(file)) throw new UserError(`${given} is a directory: give the path of a file in it`, { input });
  return file;
}

/**
 * Opens a file of the workspace for appending (creating it and its directory): never through a
 * symbolic link, dangling ones included (O_NOFOLLOW), never a directory. Returns the descriptor.
 */
export function openAppend(file: string, shown: string, input: string): number {
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    return openSync(file, fsConstants.O_WRONLY | fsConstants.O_APPEND | fsConstants.O_CREAT | fsConstants.O_NOFOLLOW, 0o644);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ELOOP') throw new UserError(`${shown} is a symbolic link: refused (phase-gates does not write through links)`, { input });
    if (code === 'EISDIR') throw new UserError(`${shown} is a directory: give the path of a file`, { input });
    if (code === 'ENOTDIR' || code === 'EEXIST') throw new UserError(`cannot create ${shown}: a part of its path is a file`, { input });
    throw err;
  }
}

/** What a list input does with a pattern naming a directory: the files it means, or an error. */
export type DirectoryHandler = (dir: string, given: string) => Promise<string[]>;

/**
 * Expands the globs of a list input (one per line or comma-separated, `!` to exclude) into
 * files inside the workspace. A pattern that escapes the workspace or matches nothing is an error.
 * A pattern naming a directory goes to `directory` (without one: an error saying so).
 */
export async function expandGlobs(workspace: string, value: string, input: string, directory?: DirectoryHandler): Promise<string[]> {
  const root = realWorkspace(workspace);
  const patterns = splitList(value);
  const found = new Set<string>();
  const excludes = patterns.filter((p) => p.startsWith('!')).map((e) => realPattern(root, e.slice(1), input));
  for (const pattern of patterns) {
    if (pattern.startsWith('!')) continue;
    const absolute = realPattern(root, pattern, input);
    if (!/[*?[\]{}]/.test(pattern) && isDirectory(absolute)) {
      const shown = pattern.replace(/\/+$/, '') || '.';
      if (!directory) throw new UserError(`${JSON.stringify(shown)} is a directory: name the files in it (a glob such as ${shown}/**/*.xml)`, { input });
      const excluded = excludes.length ? await matchAll(excludes) : new Set<string>();
      for (const f of await directory(absolute, shown)) if (!excluded.has(f)) found.add(f);
      continue;
    }
    await boundGlobWalk(root, absolute, pattern, input);
    const matches = await globFiles([absolute, ...excludes.map((e) => '!' + e)].join('\n'), { implicitDescendants: false });
    if (matches.length === 0) {
      throw new UserError(`no file matches ${JSON.stringify(pattern)}`, { input });
    }
    for (const match of matches.sort()) {
      let real: string;
      try {
        real = realpathSync(match);
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code;
        if (code !== 'ENOENT' && code !== 'ELOOP') throw err;
        throw new UserError(`${displayPath(root, match)} is a symbolic link to ${code === 'ELOOP' ? 'itself (a loop of links)' : 'nothing (its target is missing)'}`, { input });
      }
      if (!isInside(root, real)) throw new UserError(`path escapes the workspace: ${displayPath(root, match)}`, { input });
      found.add(real);
    }
  }
  return [...found];
}

/** Most directory entries a glob may make the walk look at. */
export const MAX_GLOB_ENTRIES = 100_000;

/**
 * Refuses a glob whose walk would look at more than {@link MAX_GLOB_ENTRIES} entries, before the
 * walk: a pattern of three `**` segments over a tree of 100,000 files took @actions/glob (whose walk glob.ts ports) 41 s. Counts the entries under the
 * pattern's literal directory, to the depth its segments reach (any depth after `**`), without
 * following links; stops counting at the limit, so the count itself is bounded.
 */
async function boundGlobWalk(root: string, absolute: string, pattern: string, input: string): Promise<void> {
  const parts = absolute.split(path.sep);
  const first = parts.findIndex((p) => /[*?[\]{}]/.test(p));
  if (first < 0) return;
  const base = parts.slice(0, first).join(path.sep) || path.sep;
  const rest = parts.slice(first);
  const depth = rest.some((p) => p.includes('**')) ? Infinity : rest.length;
  let seen = 0;
  const walk = async (dir: string, level: number): Promise<void> => {
    let entries: Dirent[];
    try {
      entries = await fs.readdir(dir, { withFileTypes: true });
    } catch {
      return; // unreadable or gone: the glob skips it too
    }
    seen += entries.length;
    if (seen > MAX_GLOB_ENTRIES) {
      const rel = path.relative(root, base);
      const shown = rel === '' ? '.' : rel.startsWith('..') ? base : rel;
      throw new UserError(`${JSON.stringify(pattern)} would walk more than ${MAX_GLOB_ENTRIES.toLocaleString('en-US')} entries under ${shown}: start it with the directory that holds the files`, { input });
    }
    if (level + 1 >= depth) return;
    for (const e of entries) if (e.isDirectory()) await walk(path.join(dir, e.name), level + 1);
  };
  await walk(base, 0);
}

async function matchAll(patterns: string[]): Promise<Set<string>> {
  return new Set((await globFiles(patterns.join('\n'), { implicitDescendants: true })).map((m) => realpathSync(m)));
}

function isDirectory(file: string): boolean {
  try {
    return statSync(file).isDirectory();
  } catch {
    return false;
  }
}

/** Most directory entries a walk of a directory named by an input looks at. */
export const MAX_WALK_ENTRIES = 20_000;

/** Directories a walk never enters: dependencies and version control. */
const SKIPPED_DIRS = new Set(['node_modules', '.git', 'vendor', 'bower_components']);

/**
 * The regular files under `dir` (symbolic links not followed; dependency and version-control
 * directories skipped), sorted, at most `maxDepth` levels down. Past {@link MAX_WALK_ENTRIES}
 * entries it stops with an error naming the directory and the input.
 */
export async function filesUnder(dir: string, shown: string, input: string, maxDepth = 12): Promise<string[]> {
  const files: string[] = [];
  let seen = 0;
  const walk = async (d: string, depth: number): Promise<void> => {
    let entries: Dirent[];
    try {
      entries = await fs.readdir(d, { withFileTypes: true });
    } catch (err) {
      const where = d === dir ? shown : path.join(shown, path.relative(dir, d));
      throw new UserError(`cannot read the directory ${where} (${(err as NodeJS.ErrnoException).code})`, { input });
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      if (++seen > MAX_WALK_ENTRIES) throw new UserError(`${shown} holds more than ${MAX_WALK_ENTRIES} entries: name the files or a smaller directory in it`, { input });
      const full = path.join(d, e.name);
      if (e.isFile()) files.push(full);
      else if (e.isDirectory() && !SKIPPED_DIRS.has(e.name) && depth < maxDepth) await walk(full, depth + 1);
    }
  };
  await walk(dir, 0);
  return files;
}

/**
 * A pattern made absolute with its literal directory part replaced by that directory's real path
 * (refused when it escapes the workspace), so that matches and excludes share one spelling.
 */
function realPattern(root: string, pattern: string, input: string): string {
  const base = pattern.replace(/^\.\//, '');
  const { prefix, count } = globPrefix(base);
  const rest = base.split('/').slice(count);
  const realPrefix = resolveInWorkspace(root, prefix, input);
  return rest.length ? path.join(realPrefix, ...rest) : realPrefix;
}

/** The literal directory part of a glob (up to the first segment holding a wildcard), and how many segments it has. */
function globPrefix(pattern: string): { prefix: string; count: number } {
  const segments = pattern.split('/');
  let count = 0;
  while (count < segments.length && !/[*?[\]{}]/.test(segments[count])) count++;
  const literal = segments.slice(0, count).join('/');
  return { prefix: literal || (pattern.startsWith('/') ? '/' : '.'), count };
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

/** Calls `onLine`; a UserError it throws without a place is placed at this line of this file. */
function lineOf(onLine: (line: string, lineNo: number) => void, line: string, lineNo: number, input: string, shown: string): void {
  try {
    onLine(line, lineNo);
  } catch (err) {
    throw UserError.attribute(err, { input, file: shown, line: lineNo });
  }
}

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
      lineOf(onLine, text.slice(start, end), lineNo, input, shown);
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
    lineOf(onLine, pending, lineNo, input, shown);
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
