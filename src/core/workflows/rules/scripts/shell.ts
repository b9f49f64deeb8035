/**
 * What the scripts rules share: the shell a `run:` step runs in (step `shell:`, then
 * `defaults.run.shell` of its job and its workflow, then the runner's OS, as actionlint decides),
 * the values of `mappings` in the token tree, and the script of a `run:` with the position in the
 * file of each of its characters, so that a finding inside the script (shellcheck's line and
 * column, a deprecated command) lands on the workflow line and column it came from.
 */
import { isBasicExpression, isLiteral, isMapping, isSequence, isString } from '@actions/workflow-parser';
import type { TemplateToken } from '@actions/workflow-parser/templates/tokens/index';
import { isScalar, LineCounter, parseDocument, visit, type Scalar as YamlScalar } from 'yaml';
import type { ActionModel, FileModel, JobModel, Pos, StepModel } from '../../model.js';
import type { SourceFile } from '../../source.js';

/** The value of `key` in a mapping token. */
export function valueOf(token: TemplateToken | undefined, key: string): TemplateToken | undefined {
  if (!token || !isMapping(token)) return undefined;
  for (const pair of token) if (isString(pair.key) && pair.key.value === key) return pair.value;
  return undefined;
}

/** The position of a token's first character. */
export function tokenPos(token: TemplateToken): Pos {
  return token.range ? { line: token.range.start.line, column: token.range.start.column } : { line: 1, column: 1 };
}

/** A scalar token's text as written (`${{ }}` kept), or undefined for a mapping or sequence. */
export function tokenText(token: TemplateToken | undefined): string | undefined {
  if (!token || isMapping(token) || isSequence(token)) return undefined;
  if (isLiteral(token)) return token.toString();
  // An expression: its source text, when the parser kept it (block scalars keep their content only).
  const source = (token as { source?: string }).source;
  return typeof source === 'string' ? source : isBasicExpression(token) ? token.toDisplayString() : undefined;
}

/** `defaults.run.shell` of a job or workflow mapping. */
export function defaultShell(token: TemplateToken | undefined): TemplateToken | undefined {
  return valueOf(valueOf(valueOf(token, 'defaults'), 'run'), 'shell');
}

/** The platform a job's runner labels name: actionlint's getPlatformFromRunner. */
export type Platform = 'any' | 'windows' | 'unix';

/** The labels of `runs-on:` (a label, a list, or `{ group, labels }`), lower-cased; none for an expression. */
export function runnerLabels(runsOn: TemplateToken | undefined): string[] {
  if (!runsOn) return [];
  const labels = isMapping(runsOn) ? valueOf(runsOn, 'labels') : runsOn;
  if (!labels) return [];
  const items = isSequence(labels) ? [...labels] : [labels];
  return items.filter((t) => isString(t)).map((t) => (t as { value: string }).value.toLowerCase());
}

/** The platform of a job's runner; `any` when the labels say nothing or conflict. */
export function platformOf(job: JobModel): Platform {
  let platform: Platform = 'any';
  for (const l of runnerLabels(job.runsOn)) {
    let k: Platform = 'any';
    if (l === 'windows' || l.startsWith('windows-')) k = 'windows';
    else if (l.startsWith('macos-') || l.startsWith('ubuntu-') || l === 'macos' || l === 'linux') k = 'unix';
    if (k === 'any') continue;
    if (platform !== 'any' && platform !== k) return 'any';
    platform = k;
  }
  return platform;
}

/**
 * The shell a `run:` step runs in, as actionlint's shellcheck rule decides: the step's `shell:`,
 * else the job's `defaults.run.shell`, else the workflow's, else `pwsh` on a Windows runner, else
 * `bash`. A composite action's step has no default: undefined without `shell:`.
 */
export function stepShell(step: StepModel, owner: JobModel | ActionModel, file: FileModel): string | undefined {
  const own = tokenText(valueOf(step.token, 'shell'));
  if (own !== undefined) return own;
  if (file.kind === 'action' || 'kind' in owner) return undefined;
  const job = owner as JobModel;
  const fromJob = tokenText(defaultShell(job.token));
  if (fromJob) return fromJob;
  const fromWorkflow = tokenText(defaultShell(file.root));
  if (fromWorkflow) return fromWorkflow;
  for (const l of runnerLabels(job.runsOn)) if (l === 'windows' || l.startsWith('windows-')) return 'pwsh';
  if (windowsOnly(step)) return 'pwsh';
  return 'bash';
}

/**
 * A step whose `if:` runs it on Windows only (`runner.os == 'Windows'`, `matrix.os == 'windows-…'`,
 * joined by `&&` at most): its default shell is pwsh, whatever else the job's matrix runs on
 * (vitejs/vite's ci.yml sets `$env:` variables in such a step).
 */
function windowsOnly(step: StepModel): boolean {
  const condition = tokenText(valueOf(step.token, 'if'));
  if (!condition || condition.includes('||') || /!\s*\(/.test(condition)) return false;
  return /\b(?:runner\.os\s*==\s*['"]windows['"]|matrix\.os\s*==\s*['"]windows[-\w.]*['"]|startsWith\(\s*matrix\.os\s*,\s*['"]windows)/i.test(condition);
}

/** The shell shellcheck should read a script as: `bash`, `sh`, or undefined (not a POSIX shell script). */
export function shellcheckShell(shell: string): 'bash' | 'sh' | undefined {
  if (shell === 'bash' || shell.startsWith('bash ')) return 'bash';
  if (shell === 'sh' || shell.startsWith('sh ')) return 'sh';
  return undefined;
}

/**
 * actionlint's sanitizeExpressionsInScript: every `${{ … }}` becomes as many underscores as it has
 * characters (a newline inside it too; a `}}` inside a string literal does not end it), so that the shell still sees one word where the runner
 * pastes one and every other character keeps its place. Underscores rather than spaces:
 * `if ${{ contains(xs, s) }}; then` must stay a command.
 */
export function sanitizeExpressions(src: string): string {
  let out = '';
  let rest = src;
  for (;;) {
    const s = rest.indexOf('${{');
    if (s < 0) break;
    // The first `}}` outside a '…' string literal (`format('{{0}}', x)` holds one inside), as the runner reads it.
    let e = -1;
    let inString = false;
    for (let i = s + 3; i < rest.length - 1; i++) {
      if (rest[i] === "'") inString = !inString;
      else if (!inString && rest[i] === '}' && rest[i + 1] === '}') {
        e = i;
        break;
      }
    }
    if (e < 0) break;
    const end = e + 2;
    out += rest.slice(0, s) + '_'.repeat(end - s);
    rest = rest.slice(end);
  }
  return out + rest;
}

/** A `run:` script and where each of its characters is in the file. */
export interface PositionedScript {
  /** The script the runner writes to a file (before `${{ }}` is expanded). */
  text: string;
  /** Where the `run:` value starts. */
  at: Pos;
  /**
   * False when the value's YAML style is one whose characters could not be placed (an indentation
   * indicator, a multi-line quoted scalar): every character is then placed at {@link at}.
   */
  exact: boolean;
  /** The file position of the character at `offset` (UTF-16) of the text; past its end, after its last character. */
  posAt(offset: number): Pos;
  /** The offset of shellcheck's 1-based line and column (columns count code points, a tab is one). */
  offsetOf(line: number, column: number): number;
}

/** A file's YAML scalars by the offset of their first character, parsed once per file. */
const scalarsOf = new WeakMap<SourceFile, { starts: number[]; scalars: Map<number, YamlScalar> }>();

function fileScalars(file: SourceFile): { starts: number[]; scalars: Map<number, YamlScalar> } {
  let cached = scalarsOf.get(file);
  if (!cached) {
    const lineCounter = new LineCounter();
    // Only files that parsed into a model get here: the reader already refused alias bombs.
    const doc = parseDocument(file.text, { lineCounter, uniqueKeys: false });
    const scalars = new Map<number, YamlScalar>();
    visit(doc, {
      Scalar(_key, node) {
        if (node.range && !scalars.has(node.range[0])) scalars.set(node.range[0], node);
      }
    });
    const starts = [0];
    for (let i = 0; i < file.text.length; i++) if (file.text.charCodeAt(i) === 10) starts.push(i + 1);
    cached = { starts, scalars };
    scalarsOf.set(file, cached);
  }
  return cached;
}

/** The decoded value and the file offset of each character; undefined for a style not placed here. */
type Decoded = { value: string; offsets: number[] };

/** A block scalar (`|`, `>`, with chomping): its content lines stripped of their indentation, folded for `>`. */
function decodeBlock(text: string, start: number, end: number): Decoded | undefined {
  const header = /^([|>])([+-]?)([1-9]?)([+-]?)[ \t]*(?:#[^\n]*)?\r?\n/.exec(text.slice(start, Math.min(end, start + 1000)));
  if (!header || header[3]) return undefined;
  const folded = header[1] === '>';
  const chomp = header[2] || header[4];
  type Line = { text: string; at: number } | undefined;
  const lines: Line[] = [];
  let indent = -1;
  let pos = start + header[0].length;
  while (pos < end) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0 || nl > end) nl = end;
    let line = text.slice(pos, nl);
    if (line.endsWith('\r')) line = line.slice(0, -1);
    const lead = /^ */.exec(line)![0].length;
    if (lead === line.length) lines.push(undefined);
    else {
      if (indent < 0) indent = lead;
      if (lead < indent) break;
      lines.push({ text: line.slice(indent), at: pos + indent });
    }
    pos = nl + 1;
  }
  let value = '';
  const offsets: number[] = [];
  const add = (s: string, at: number, step: number) => {
    for (let i = 0; i < s.length; i++) {
      value += s[i];
      offsets.push(at + i * step);
    }
  };
  let last = lines.length;
  while (last > 0 && lines[last - 1] === undefined) last--;
  let prev: { text: string; at: number } | undefined;
  let empties = 0;
  for (let i = 0; i < last; i++) {
    const line = lines[i];
    if (!line) {
      empties++;
      continue;
    }
    if (prev) {
      const breakAt = prev.at + prev.text.length;
      const spaced = /^[ \t]/.test(prev.text) || /^[ \t]/.test(line.text);
      if (!folded || spaced) add('\n'.repeat(empties + 1), breakAt, 0);
      else if (empties === 0) add(' ', breakAt, 0);
      else add('\n'.repeat(empties), breakAt, 0);
    } else add('\n'.repeat(empties), line.at, 0);
    add(line.text, line.at, 1);
    prev = line;
    empties = 0;
  }
  if (prev && chomp !== '-') add('\n'.repeat(chomp === '+' ? 1 + lines.length - last : 1), prev.at + prev.text.length, 0);
  return { value, offsets };
}

const ESCAPES: Record<string, string> = { '\\': '\\', '"': '"', '/': '/', n: '\n', t: '\t', '\t': '\t', r: '\r', '0': '\0', a: '\x07', b: '\b', e: '\x1b', f: '\f', v: '\v', ' ': ' ', N: '\x85', _: '\xa0' };

/** A plain scalar over several lines: each line trimmed, one line break a space, n empty lines n newlines. */
function decodePlainLines(text: string, start: number, end: number): Decoded {
  let value = '';
  const offsets: number[] = [];
  let pos = start;
  let empties = -1;
  let prevEnd = start;
  while (pos < end) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0 || nl > end) nl = end;
    const line = text.slice(pos, nl);
    const lead = pos === start ? 0 : /^[ \t]*/.exec(line)![0].length;
    const body = line.slice(lead).replace(/[ \t\r]+$/, '');
    if (!body) empties++;
    else {
      if (empties >= 0) {
        const sep = empties === 0 ? ' ' : '\n'.repeat(empties);
        for (const c of sep) {
          value += c;
          offsets.push(prevEnd);
        }
      }
      for (let i = 0; i < body.length; i++) {
        value += body[i];
        offsets.push(pos + lead + i);
      }
      prevEnd = pos + lead + body.length;
      empties = 0;
    }
    pos = nl + 1;
  }
  return { value, offsets };
}

/** A one-line scalar (plain, single- or double-quoted), or a plain one over several lines. */
function decodeLine(text: string, start: number, end: number): Decoded | undefined {
  const raw = text.slice(start, end);
  if (raw.includes('\n')) return raw[0] === "'" || raw[0] === '"' ? undefined : decodePlainLines(text, start, end);
  const offsets: number[] = [];
  let value = '';
  if (raw[0] === "'" || raw[0] === '"') {
    const quote = raw[0];
    for (let i = 1; i < raw.length - 1; i++) {
      let c = raw[i];
      const at = start + i;
      if (quote === "'" && c === "'") i++;
      else if (quote === '"' && c === '\\') {
        const e = raw[++i];
        if (e === 'x' || e === 'u' || e === 'U') {
          const n = e === 'x' ? 2 : e === 'u' ? 4 : 8;
          const hex = raw.slice(i + 1, i + 1 + n);
          if (!/^[0-9a-fA-F]+$/.test(hex) || hex.length !== n) return undefined;
          c = String.fromCodePoint(parseInt(hex, 16));
          i += n;
        } else if (e in ESCAPES) c = ESCAPES[e];
        else return undefined;
      }
      for (const unit of c) for (let k = 0; k < unit.length; k++) {
        value += unit[k];
        offsets.push(at);
      }
    }
    return { value, offsets };
  }
  for (let i = 0; i < raw.length; i++) {
    value += raw[i];
    offsets.push(start + i);
  }
  return { value, offsets };
}

/** The `run:` script of a step with its positions, or undefined when the step has none. */
export function positionedScript(file: SourceFile, run: TemplateToken): PositionedScript | undefined {
  const at = tokenPos(run);
  const { starts, scalars } = fileScalars(file);
  const startOffset = (starts[at.line - 1] ?? 0) + at.column - 1;
  const node = scalars.get(startOffset);
  if (!node || !isScalar(node) || typeof node.value !== 'string') {
    const text = tokenText(run);
    return text === undefined ? undefined : placed(text, at, undefined, starts);
  }
  const [s, e] = node.range!;
  const block = node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED';
  const decoded = block ? decodeBlock(file.text, s, e) : decodeLine(file.text, s, e);
  // Placed only when our reading gives exactly the value YAML gives: never a wrong line.
  return placed(node.value, at, decoded && decoded.value === node.value ? decoded.offsets : undefined, starts);
}

function placed(text: string, at: Pos, offsets: number[] | undefined, starts: number[]): PositionedScript {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) lineStarts.push(i + 1);
  const toPos = (fileOffset: number): Pos => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= fileOffset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: fileOffset - starts[lo] + 1 };
  };
  return {
    text,
    at,
    exact: offsets !== undefined,
    posAt(offset) {
      if (!offsets || offsets.length === 0) return at;
      if (offset < offsets.length) return toPos(offsets[offset]);
      return toPos(offsets[offsets.length - 1] + 1);
    },
    offsetOf(line, column) {
      // Past the last line (shellcheck's end of input, after the newline the runner's file ends with): the end.
      if (line > lineStarts.length) return text.length;
      const ls = lineStarts[Math.max(line, 1) - 1];
      let offset = ls;
      // Columns count code points: step over a surrogate pair as one.
      for (let c = 1; c < column && offset < text.length && text.charCodeAt(offset) !== 10; c++) {
        const code = text.charCodeAt(offset);
        offset += code >= 0xd800 && code < 0xdc00 ? 2 : 1;
      }
      return offset;
    }
  };
}
