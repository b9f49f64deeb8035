/**
 * What a pull request changed, as lines of its files: `git diff` output, or the `patch` of one file
 * of GitHub's "list pull request files", read into the lines each file gained at HEAD.
 *
 * The lines counted are diff-cover's: every `+` line of a hunk, numbered from the hunk's `+start`
 * (diff-cover 7.4 `GitDiffReporter._parse_lines`); a changed line is a `-` line and a `+` line, so it
 * counts as added. Unlike diff-cover the walk follows the hunk header's line counts, so a `+++`/`---`
 * line inside a hunk is content, and `\ No newline at end of file` moves no line number (diff-cover
 * counts it as a context line, shifting the lines after it by one).
 */

export interface FileChange {
  /** Repository-relative, forward slashes, at HEAD (the old path for a deleted file). */
  path: string;
  /** For renames and copies: the path at the base. */
  previousPath?: string;
  status: 'added' | 'modified' | 'renamed' | 'deleted';
  /** Sorted, distinct 1-based HEAD line numbers added or changed (`+` lines). */
  added: number[];
  /** The file's lines are not known: a binary file, or one whose patch GitHub left out (too large). */
  linesUnknown?: boolean;
}

export interface ChangeSet {
  /** The commit the change is measured from (the merge base), or '' when not known. */
  base: string;
  /** The commit the change is measured to, or '' when not known. */
  head: string;
  source: 'git' | 'api';
  files: FileChange[];
  /**
   * Every file of the repository at `head`, when known (git): lets report paths be matched against
   * the whole tree, so that a report path naming an unchanged file is never taken for a changed one.
   */
  repoPaths?: string[];
}

const HUNK = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/;

/**
 * Reads `git diff` output (`diff --git` sections) into one entry per file, in order. Text that starts
 * with a hunk (`@@`) rather than a `diff --git` line — GitHub's `patch` of one file — gives one entry
 * whose path is '' (the caller knows the file). A combined diff (`diff --cc`, a merge's own diff) is
 * not a change of one tree against another and is skipped.
 */
export function parseUnifiedDiff(text: string): FileChange[] {
  const lines = text.split('\n');
  const files: FileChange[] = [];
  let current: FileChange | undefined;
  let added: number[] = [];
  let i = 0;
  const finish = () => {
    if (current) {
      current.added = sortedDistinct(added);
      files.push(current);
    }
    current = undefined;
    added = [];
  };
  while (i < lines.length) {
    const line = lines[i];
    if (line.startsWith('diff --git ')) {
      finish();
      current = { path: '', status: 'modified', added: [] };
      const pair = parseGitHeaderPaths(line.slice('diff --git '.length));
      if (pair) {
        current.path = pair[1];
        if (pair[0] !== pair[1]) current.previousPath = pair[0];
      }
      i++;
      // Extended header lines, up to the first hunk or the next file.
      while (i < lines.length && !lines[i].startsWith('@@') && !lines[i].startsWith('diff ')) {
        readExtendedHeader(lines[i], current);
        i++;
      }
      continue;
    }
    if (line.startsWith('diff --cc ') || line.startsWith('diff --combined ')) {
      finish();
      i++;
      while (i < lines.length && !lines[i].startsWith('diff ')) i++;
      continue;
    }
    const m = HUNK.exec(line);
    if (m) {
      current ??= { path: '', status: 'modified', added: [] };
      i = readHunk(lines, i, m, added);
      continue;
    }
    i++;
  }
  finish();
  return files;
}

/** Reads one hunk starting at `lines[at]` (its header); returns the index after it. */
function readHunk(lines: string[], at: number, m: RegExpExecArray, added: number[]): number {
  let oldLeft = m[2] === undefined ? 1 : Number(m[2]);
  let newLeft = m[4] === undefined ? 1 : Number(m[4]);
  let line = Number(m[3]);
  let i = at + 1;
  while (i < lines.length && (oldLeft > 0 || newLeft > 0)) {
    const l = lines[i];
    const c = l[0];
    if (c === '+') {
      added.push(line++);
      newLeft--;
    } else if (c === '-') oldLeft--;
    else if (c === ' ' || l === '') {
      // Context (an empty line is a context line whose leading space a tool trimmed).
      line++;
      oldLeft--;
      newLeft--;
    } else if (c !== '\\') break;
    i++;
  }
  // `\ No newline at end of file` after the last line of the hunk.
  while (i < lines.length && lines[i].startsWith('\\')) i++;
  return i;
}

function readExtendedHeader(line: string, f: FileChange): void {
  if (line.startsWith('new file mode ')) f.status = 'added';
  else if (line.startsWith('deleted file mode ')) f.status = 'deleted';
  else if (line.startsWith('rename from ') || line.startsWith('copy from ')) {
    f.previousPath = unquote(line.slice(line.indexOf(' from ') + 6));
    f.status = 'renamed';
  } else if (line.startsWith('rename to ') || line.startsWith('copy to ')) {
    f.path = unquote(line.slice(line.indexOf(' to ') + 4));
    f.status = 'renamed';
  } else if (line.startsWith('--- ')) {
    const p = headerPath(line.slice(4));
    if (p !== null && f.status === 'deleted') f.path = p;
  } else if (line.startsWith('+++ ')) {
    const p = headerPath(line.slice(4));
    if (p !== null) f.path = p;
  } else if (line.startsWith('Binary files ') || line === 'GIT binary patch') f.linesUnknown = true;
}

/** A `---`/`+++` path: `a/x`, `b/x`, quoted, or /dev/null (null). Git ends a path with a space by a tab. */
function headerPath(raw: string): string | null {
  const text = raw.replace(/\t$/, '');
  if (text === '/dev/null') return null;
  return stripPrefix(unquote(text));
}

function stripPrefix(p: string): string {
  return p.startsWith('a/') || p.startsWith('b/') ? p.slice(2) : p;
}

/**
 * The two paths of `diff --git a/X b/Y`. Quoted paths are unambiguous; unquoted ones may hold
 * spaces, so (as git's own parser does for a header without `---`/`+++` lines) the split is where
 * both halves are the same path; a rename's paths come from `rename from/to` instead.
 */
function parseGitHeaderPaths(rest: string): [string, string] | undefined {
  if (rest.startsWith('"')) {
    const first = readQuoted(rest, 0);
    if (!first) return undefined;
    const tail = rest.slice(first.end).replace(/^ /, '');
    const second = tail.startsWith('"') ? readQuoted(tail, 0)?.text : tail;
    return second === undefined ? undefined : [stripPrefix(first.text), stripPrefix(second)];
  }
  if (rest.endsWith('"')) {
    const at = rest.indexOf(' "');
    if (at < 0) return undefined;
    const second = readQuoted(rest, at + 1);
    return second ? [stripPrefix(rest.slice(0, at)), stripPrefix(second.text)] : undefined;
  }
  // a/P b/P: the same path twice.
  if ((rest.length - 1) % 2 === 0) {
    const half = (rest.length - 1) / 2;
    const a = rest.slice(0, half);
    const b = rest.slice(half + 1);
    if (rest[half] === ' ' && stripPrefix(a) === stripPrefix(b)) return [stripPrefix(a), stripPrefix(b)];
  }
  const at = rest.indexOf(' b/');
  return at < 0 ? undefined : [stripPrefix(rest.slice(0, at)), stripPrefix(rest.slice(at + 1))];
}

/** A path as git writes it: as is, or C-quoted (`"…"` with `\t`, `\"`, `\\`, octal bytes of UTF-8). */
export function unquote(text: string): string {
  return text.startsWith('"') ? (readQuoted(text, 0)?.text ?? text) : text;
}

const ESCAPES: Record<string, number> = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, '\\': 92 };

/** Reads the quoted string at `text[start]` (a `"`); returns its text and the index after it. */
function readQuoted(text: string, start: number): { text: string; end: number } | undefined {
  const bytes: number[] = [];
  let i = start + 1;
  while (i < text.length) {
    const ch = text[i];
    if (ch === '"') return { text: Buffer.from(bytes).toString('utf8'), end: i + 1 };
    if (ch === '\\') {
      const next = text[i + 1];
      if (next >= '0' && next <= '7') {
        bytes.push(parseInt(text.slice(i + 1, i + 4), 8) & 0xff);
        i += 4;
        continue;
      }
      if (next in ESCAPES) {
        bytes.push(ESCAPES[next]);
        i += 2;
        continue;
      }
      return undefined;
    }
    const cp = text.codePointAt(i)!;
    const char = String.fromCodePoint(cp);
    for (const b of Buffer.from(char, 'utf8')) bytes.push(b);
    i += char.length;
  }
  return undefined;
}

function sortedDistinct(lines: number[]): number[] {
  return [...new Set(lines)].sort((a, b) => a - b);
}
