/**
 * Bounds on every YAML text phase-gates parses, checked before the parse in one pass of `yaml`'s
 * own Lexer (linear in the text, constant memory beyond a stack of indentation columns): its size,
 * how deeply it nests (flow brackets and block indentation levels together), how many nodes and
 * how many aliases it holds. The composer and the converters behind it are not linear on hostile
 * shapes (1 KB of `{` lines alone takes minutes and gigabytes through `parseDocument` and
 * `toJS`), so a text past a bound is refused with one line naming the input, the file and the line
 * where the bound was crossed, before any tree is built.
 */
import { open } from 'node:fs/promises';
import { Lexer } from 'yaml';
import { UserError } from './errors.js';

export interface YamlBounds {
  /** What the text is, for messages: "a workflow", "a phase document", … */
  what: string;
  /** Largest text, in UTF-8 bytes. */
  maxBytes: number;
  /** Deepest nesting: open flow collections plus block indentation levels. */
  maxDepth: number;
  /** Most nodes: scalars, flow collections, block sequence entries and aliases. */
  maxNodes: number;
  /** Most aliases (`*name`) written; also `yaml`'s `maxAliasCount` where the text becomes data. */
  maxAliases: number;
  /** Why the size limit is what it is, when someone else set it (added to the size refusal). */
  sizeNote?: string;
}

/**
 * Deeper than GitHub's own template reader allows: the runner's PipelineTemplateEvaluator sets
 * MaxDepth = 50 (actions/runner, src/Sdk/DTPipelines/Pipelines/ObjectTemplating/
 * PipelineTemplateEvaluator.cs), so no workflow GitHub runs nests deeper, and our count (which
 * counts a value on its key's line as one more level) stays below 64 for every real file.
 */
export const MAX_YAML_DEPTH = 64;

/** Aliases in the small YAML we turn into data (anchors users write; far below a bomb's fan-out). */
export const MAX_YAML_ALIASES = 50;

/**
 * Most nodes of a workflow or action metadata. GitHub's parser keeps the `yaml` tree with its source
 * tokens and a template token for every node, about 2 KB a node all told, so this bound is what
 * keeps a file at 300 MB or less. No real workflow comes near it: block-style YAML takes about ten
 * bytes a node, so a workflow at GitHub's 500 KB limit holds about 50,000 (GitHub's own template
 * reader counts at most 1,000,000 events).
 */
export const MAX_WORKFLOW_NODES = 100_000;

/** Configuration a person writes (a phase document, a checks list, a config file, an input). */
const CONFIG_LIKE = { maxBytes: 1024 * 1024, maxDepth: MAX_YAML_DEPTH, maxNodes: 50_000, maxAliases: MAX_YAML_ALIASES };

export const YAML_BOUNDS = {
  /**
   * GitHub does not run a workflow file over 500 KB: "each workflow file must be 500 KB (512,000
   * bytes) or smaller" (https://docs.github.com/en/actions/reference/limits). The aliases a
   * workflow writes may be many (their expansion is bounded separately, in workflows/source.ts).
   */
  workflow: { what: 'a workflow', maxBytes: 512_000, maxDepth: MAX_YAML_DEPTH, maxNodes: MAX_WORKFLOW_NODES, maxAliases: 10_000, sizeNote: 'GitHub runs no workflow file over 500 KB' },
  /** Action metadata: the same reader and the same bounds as a workflow. */
  action: { what: 'action metadata', maxBytes: 512_000, maxDepth: MAX_YAML_DEPTH, maxNodes: MAX_WORKFLOW_NODES, maxAliases: 10_000 },
  /** A phase document's front matter: a few KB with a handful of gates. */
  phase: { what: 'a phase document', ...CONFIG_LIKE },
  /** A smoke-test checks list: at most 200 checks of a few keys each. */
  checks: { what: 'a checks list', ...CONFIG_LIKE },
  /** The workflows-validation config (.github/phase-gates.yml). */
  config: { what: 'a config file', ...CONFIG_LIKE },
  /** YAML given in an input (gates, metrics, provider-options, …). */
  input: { what: 'YAML input', ...CONFIG_LIKE }
} satisfies Record<string, YamlBounds>;

/** A bound a text crossed, at a 1-based line and column of the text. */
export interface YamlBoundsProblem {
  message: string;
  line: number;
  column: number;
}

const DOCUMENT = '\x02';
const FLOW_END = '\x18';
const SCALAR = '\x1f';

/** The 1-based line and column of the first character past `maxBytes` UTF-8 bytes of `text`. */
function positionPastBytes(text: string, maxBytes: number): { line: number; column: number } {
  let bytes = 0;
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c < 0xdc00 ? 4 : c >= 0xdc00 && c < 0xe000 ? 0 : 3;
    if (bytes > maxBytes) return { line, column: i - lineStart + 1 };
    if (c === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: 1 };
}

/** The size refusal of a text (or file) of `size` bytes over `bounds`. */
export function sizeMessage(size: number, bounds: YamlBounds): string {
  const n = (v: number) => v.toLocaleString('en-US');
  return `${bounds.what} of ${n(size)} bytes is larger than the limit of ${n(bounds.maxBytes)} bytes${bounds.sizeNote ? ` (${bounds.sizeNote})` : ''}; not parsed`;
}

/**
 * The first bound `text` crosses, or undefined. One pass of the Lexer, stopped at the first
 * problem; nothing is parsed.
 */
export function yamlBoundsProblem(text: string, bounds: YamlBounds): YamlBoundsProblem | undefined {
  if (text.length > bounds.maxBytes || Buffer.byteLength(text, 'utf8') > bounds.maxBytes) {
    const size = Buffer.byteLength(text, 'utf8');
    if (size > bounds.maxBytes) return { message: sizeMessage(size, bounds), ...positionPastBytes(text, bounds.maxBytes) };
  }
  let offset = 0;
  let line = 1;
  let lineStart = 0;
  let flow = 0;
  /** Columns of the open block levels, increasing. */
  const block: number[] = [];
  let nodes = 0;
  let aliases = 0;
  let afterScalarMark = false;
  const at = (message: string): YamlBoundsProblem => ({ message, line, column: offset - lineStart + 1 });
  const tooDeep = () => at(`${bounds.what} nested deeper than ${bounds.maxDepth} levels; not parsed`);
  const blockAt = (column: number): boolean => {
    while (block.length && block[block.length - 1] > column) block.pop();
    if (!block.length || block[block.length - 1] < column) block.push(column);
    return block.length + flow > bounds.maxDepth;
  };
  for (const token of new Lexer().lex(text)) {
    if (token === DOCUMENT || token === FLOW_END || token === SCALAR) {
      if (token === FLOW_END) flow = 0;
      if (token === SCALAR) afterScalarMark = true;
      continue;
    }
    const column = offset - lineStart;
    const first = token[0];
    let node = false;
    if (afterScalarMark) {
      afterScalarMark = false;
      node = true;
      if (flow === 0 && blockAt(column)) return tooDeep();
    } else if (token === '---' || token === '...') {
      flow = 0;
      block.length = 0;
    } else if (token === '[' || token === '{') {
      node = true;
      if (flow === 0 && blockAt(column)) return tooDeep();
      flow++;
      if (block.length + flow > bounds.maxDepth) return tooDeep();
    } else if (token === ']' || token === '}') {
      if (flow > 0) flow--;
    } else if (token === '-' || token === '?') {
      // A block sequence entry counts as a node (it may hold none: `-` alone is a null).
      node = token === '-';
      if (flow === 0 && blockAt(column)) return tooDeep();
    } else if (first === '*') {
      node = true;
      if (++aliases > bounds.maxAliases) return at(`${bounds.what} with more than ${bounds.maxAliases} aliases; not parsed`);
      if (flow === 0 && blockAt(column)) return tooDeep();
    } else if (first === '"' || first === "'") {
      node = true;
      if (flow === 0 && blockAt(column)) return tooDeep();
    }
    if (node && ++nodes > bounds.maxNodes) return at(`${bounds.what} of more than ${bounds.maxNodes.toLocaleString('en-US')} YAML nodes; not parsed`);
    let nl = token.indexOf('\n');
    while (nl >= 0) {
      line++;
      lineStart = offset + nl + 1;
      nl = token.indexOf('\n', nl + 1);
    }
    offset += token.length;
  }
  return undefined;
}

/** Where a YAML text came from, for the one-line refusal. */
export interface YamlWhere {
  input?: string;
  file?: string;
  /** Added to the line of the text (front matter starts below its `---`). */
  lineOffset?: number;
}

/** Throws a UserError naming input, file and line when `text` crosses one of `bounds`. */
export function checkYamlBounds(text: string, bounds: YamlBounds, where: YamlWhere): void {
  const problem = yamlBoundsProblem(text, bounds);
  if (problem) throw new UserError(problem.message, { input: where.input, file: where.file, line: problem.line + (where.lineOffset ?? 0) });
}

/**
 * The size refusal of a file of `size` bytes, at the line where its first `bounds.maxBytes` bytes
 * end (read, not the rest of the file).
 */
export async function oversizeProblem(abs: string, size: number, bounds: YamlBounds): Promise<YamlBoundsProblem> {
  const handle = await open(abs, 'r');
  try {
    const head = Buffer.alloc(bounds.maxBytes);
    const { bytesRead } = await handle.read(head, 0, bounds.maxBytes, 0);
    let line = 1;
    let lineStart = 0;
    for (let i = head.indexOf(10); i >= 0 && i < bytesRead; i = head.indexOf(10, i + 1)) {
      line++;
      lineStart = i + 1;
    }
    return { message: sizeMessage(size, bounds), line, column: Buffer.from(head.subarray(lineStart, bytesRead)).toString('utf8').length + 1 };
  } finally {
    await handle.close();
  }
}
