/**
 * The globs of list inputs, expanded exactly as `@actions/glob` 0.7.0 expands them (its
 * internal-pattern.js, internal-pattern-helper.js and internal-globber.js, ported): the same
 * minimatch options (dot files matched, no braces, no extglobs, no comments, case-insensitive on
 * Windows), the same search paths (each pattern's literal directory, nested ones walked once),
 * `!` patterns excluding in order, a trailing separator meaning directories, implicit descendants on
 * request, symbolic links never followed (a link is reported as a file), directories not matched.
 *
 * Why not `@actions/glob` itself: it imports `@actions/core`, whose index loads undici and compiles
 * its WebAssembly on import, the largest part of every action's start-up (see
 * src/host/runner-commands.ts). test/unit/glob.test.ts holds this port to `@actions/glob` on real
 * trees (it stays a devDependency for that).
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { Minimatch } from 'minimatch';

const IS_WINDOWS = process.platform === 'win32';

/** What a pattern matches at a path: nothing, directories (trailing separator), or both. */
const enum Kind {
  None = 0,
  Directory = 1,
  File = 2,
  All = 3
}

function normalizeSeparators(p: string): string {
  return IS_WINDOWS ? p.replace(/\//g, '\\').replace(/\\\\+/g, '\\') : p.replace(/\/\/+/g, '/');
}

function hasRoot(p: string): boolean {
  return IS_WINDOWS ? /^(?:[A-Z]:|\\)/i.test(normalizeSeparators(p)) : p.startsWith('/');
}

function dirname(p: string): string {
  p = trimTrailingSeparator(p);
  return IS_WINDOWS && /^\\\\[^\\]+(\\[^\\]+)?$/.test(p) ? p : path.dirname(p);
}

/** Without its trailing separator, unless it is the root. */
function trimTrailingSeparator(p: string): string {
  if (!p) return '';
  p = normalizeSeparators(p);
  if (!p.endsWith(path.sep) || p === path.sep) return p;
  const trimmed = p.slice(0, -1);
  return IS_WINDOWS && /^[A-Z]:$/i.test(trimmed) ? p : trimmed;
}

/** The segments of a rooted path: the root first. */
function segmentsOf(p: string): string[] {
  p = trimTrailingSeparator(p);
  if (!hasRoot(p)) return p.split(path.sep);
  const segments: string[] = [];
  let remaining = p;
  let dir = dirname(remaining);
  while (dir !== remaining) {
    segments.unshift(path.basename(remaining));
    remaining = dir;
    dir = dirname(remaining);
  }
  segments.unshift(remaining);
  return segments;
}

function joinSegments(segments: string[]): string {
  let result = segments[0];
  let skipSlash = result.endsWith(path.sep) || (IS_WINDOWS && /^[A-Z]:$/i.test(result));
  for (const s of segments.slice(1)) {
    if (skipSlash) skipSlash = false;
    else result += path.sep;
    result += s;
  }
  return result;
}

/** A segment without glob characters as the literal name it stands for (escapes and one-character sets resolved), else ''. */
function literalOf(segment: string): string {
  let literal = '';
  for (let i = 0; i < segment.length; i++) {
    const c = segment[i];
    if (c === '\\' && !IS_WINDOWS && i + 1 < segment.length) {
      literal += segment[++i];
      continue;
    }
    if (c === '*' || c === '?') return '';
    if (c === '[' && i + 1 < segment.length) {
      let set = '';
      let closed = -1;
      for (let j = i + 1; j < segment.length; j++) {
        const d = segment[j];
        if (d === '\\' && !IS_WINDOWS && j + 1 < segment.length) {
          set += segment[++j];
          continue;
        }
        if (d === ']') {
          closed = j;
          break;
        }
        set += d;
      }
      if (closed >= 0) {
        if (set.length > 1) return '';
        if (set) {
          literal += set;
          i = closed;
          continue;
        }
      }
    }
    literal += c;
  }
  return literal;
}

class Pattern {
  readonly negate: boolean;
  readonly segments: string[];
  readonly searchPath: string;
  readonly trailingSeparator: boolean;
  private readonly rootRegExp: RegExp;
  private readonly minimatch: Minimatch;

  constructor(text: string, negate: boolean, private readonly implicit = false) {
    let pattern = text.trim();
    while (pattern.startsWith('!')) {
      negate = !negate;
      pattern = pattern.slice(1).trim();
    }
    this.negate = negate;
    pattern = normalizeSeparators(pattern);
    if (!hasRoot(pattern) || !literalOf(segmentsOf(pattern)[0])) throw new Error(`glob: not an absolute pattern: ${pattern}`);
    this.segments = segmentsOf(pattern);
    this.trailingSeparator = pattern.endsWith(path.sep);
    pattern = trimTrailingSeparator(pattern);
    let foundGlob = false;
    const search = this.segments.map(literalOf).filter((x) => !foundGlob && !(foundGlob = x === ''));
    this.searchPath = joinSegments(search);
    this.rootRegExp = new RegExp(search[0].replace(/[[\\^$.|?*+()]/g, '\\$&'), IS_WINDOWS ? 'i' : '');
    this.minimatch = new Minimatch(IS_WINDOWS ? pattern.replace(/\\/g, '/') : pattern, {
      dot: true,
      nobrace: true,
      nocase: IS_WINDOWS,
      nocomment: true,
      noext: true,
      nonegate: true
    });
  }

  /** The pattern with `/**` added: what `implicitDescendants` matches too. */
  descendants(): Pattern {
    return new Pattern(joinSegments([...this.segments, '**']), this.negate, true);
  }

  match(itemPath: string): Kind {
    if (this.segments[this.segments.length - 1] === '**') {
      itemPath = normalizeSeparators(itemPath);
      if (!itemPath.endsWith(path.sep) && !this.implicit) itemPath += path.sep;
    } else itemPath = trimTrailingSeparator(itemPath);
    if (!this.minimatch.match(itemPath)) return Kind.None;
    return this.trailingSeparator ? Kind.Directory : Kind.All;
  }

  /** Whether the pattern may match something under `itemPath`. */
  partialMatch(itemPath: string): boolean {
    itemPath = trimTrailingSeparator(itemPath);
    if (dirname(itemPath) === itemPath) return this.rootRegExp.test(itemPath);
    return this.minimatch.matchOne(itemPath.split(IS_WINDOWS ? /\\+/ : /\/+/), this.minimatch.set[0], true);
  }
}

/** The search paths of the include patterns: each literal directory once, none under another. */
function searchPaths(patterns: Pattern[]): string[] {
  const includes = patterns.filter((p) => !p.negate);
  const key = (p: string) => (IS_WINDOWS ? p.toUpperCase() : p);
  const state = new Map(includes.map((p) => [key(p.searchPath), 'candidate']));
  const result: string[] = [];
  for (const p of includes) {
    const k = key(p.searchPath);
    if (state.get(k) === 'included') continue;
    let found = false;
    for (let child = k, parent = dirname(k); parent !== child; child = parent, parent = dirname(parent)) {
      if (state.has(parent)) {
        found = true;
        break;
      }
    }
    if (!found) {
      result.push(p.searchPath);
      state.set(k, 'included');
    }
  }
  return result;
}

function matchAll(patterns: Pattern[], itemPath: string): Kind {
  let result = Kind.None;
  for (const p of patterns) result = p.negate ? result & ~p.match(itemPath) : result | p.match(itemPath);
  return result;
}

export interface GlobOptions {
  /** A pattern also matches everything under what it names (`@actions/glob`'s implicitDescendants). */
  implicitDescendants: boolean;
}

/**
 * The files (and links) the absolute patterns match, one per line, `!` to exclude, `#` a comment,
 * in `@actions/glob`'s order. `visit` is called for each directory entry looked at (a caller bounds
 * the walk with it).
 */
export async function globFiles(patternLines: string, options: GlobOptions, visit?: (count: number) => void): Promise<string[]> {
  const patterns: Pattern[] = [];
  for (const line of patternLines.replace(/\r\n?/g, '\n').split('\n').map((x) => x.trim())) {
    if (!line || line.startsWith('#')) continue;
    const p = new Pattern(line, false);
    patterns.push(p);
    if (options.implicitDescendants && (p.trailingSeparator || p.segments[p.segments.length - 1] !== '**')) patterns.push(p.descendants());
  }
  const stack: string[] = [];
  for (const searchPath of searchPaths(patterns)) {
    try {
      await fs.lstat(searchPath);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') continue;
      throw err;
    }
    stack.unshift(searchPath);
  }
  const result: string[] = [];
  while (stack.length) {
    const item = stack.pop() as string;
    const match = matchAll(patterns, item);
    const partial = !!match || patterns.some((p) => !p.negate && p.partialMatch(item));
    if (!match && !partial) continue;
    const stats = await fs.lstat(item);
    if (stats.isDirectory()) {
      if (!partial) continue;
      const children = await fs.readdir(item);
      visit?.(children.length);
      stack.push(...children.map((x) => path.join(item, x)).reverse());
    } else if (match & Kind.File) result.push(item);
  }
  return result;
}
