/**
 * Reading workflow and action files safely (internal to workflows-validation): size, encoding and
 * alias-expansion limits are checked before GitHub's parser sees the text, so that one hostile file
 * costs bounded time and memory and becomes a finding for that file instead of ending the run.
 */
import { promises as fs } from 'node:fs';
import { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseAllDocuments, parseDocument, type Node as YamlNode } from 'yaml';
import { oversizeProblem, yamlBoundsProblem, YAML_BOUNDS, type YamlBounds } from '../yaml-bounds.js';


/** Most YAML nodes a file may expand to through aliases (a billion-laughs file expands to ~10⁹). */
export const MAX_EXPANDED_NODES = 200_000;

/**
 * What a source file is: a workflow under .github/workflows, action metadata, or Dependabot's
 * configuration (`.github/dependabot.yml`).
 */
export type SourceKind = 'workflow' | 'action' | 'dependabot';

/** A file's text and how to show its path. */
export interface SourceFile {
  /** Path relative to the workspace, with forward slashes (as findings and SARIF show it). */
  path: string;
  /** Absolute path. */
  abs: string;
  kind: SourceKind;
  text: string;
}

/** Why a file could not be read as text, with where (1-based) when there is a place. */
export interface ReadProblem {
  message: string;
  line: number;
  column: number;
}

/** Action metadata is named action.yml or action.yaml, Dependabot's configuration dependabot.yml; everything else is taken for a workflow. */
export function kindOf(relPath: string): SourceKind {
  // `dependabot.yml`, or `<name>.dependabot.yml` (a Dependabot configuration kept under another name).
  if (/(^|\/|\.)dependabot\.ya?ml$/.test(relPath)) return 'dependabot';
  return /(^|\/)action\.ya?ml$/.test(relPath) ? 'action' : 'workflow';
}

/** The bounds of a kind's text: GitHub's own size limit, nesting depth, nodes, aliases. */
export function boundsOf(kind: SourceKind): YamlBounds {
  return kind === 'action' ? YAML_BOUNDS.action : YAML_BOUNDS.workflow;
}

/**
 * The first bound of its kind (src/core/yaml-bounds.ts) a source's text crosses, before GitHub's
 * parser sees it: that parser builds a tree and error objects without limit.
 */
export function boundsProblem(source: SourceFile): ReadProblem | undefined {
  const problem = yamlBoundsProblem(source.text, boundsOf(source.kind));
  return problem && { message: problem.message, line: problem.line, column: problem.column };
}

/**
 * Reads a file as UTF-8 text, or says why not: too large (GitHub's limit: a file past it is read up
 * to the limit only, for the line), not a regular file, binary (a NUL byte) or not valid UTF-8.
 */
export async function readSource(abs: string, bounds: YamlBounds = YAML_BOUNDS.workflow): Promise<{ text: string } | { problem: ReadProblem }> {
  let stat;
  try {
    stat = await fs.stat(abs);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return { problem: { message: code === 'ENOENT' ? 'file not found' : `cannot read the file (${code})`, line: 1, column: 1 } };
  }
  if (!stat.isFile()) return { problem: { message: 'not a regular file', line: 1, column: 1 } };
  if (stat.size > bounds.maxBytes) return { problem: await oversizeProblem(abs, stat.size, bounds) };
  const bytes = await fs.readFile(abs);
  const nul = bytes.indexOf(0);
  if (nul >= 0) return { problem: { message: 'binary file (a NUL byte), not YAML', ...positionOfByte(bytes, nul) } };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { problem: { message: 'not valid UTF-8 text (GitHub reads workflows as UTF-8)', ...positionOfByte(bytes, firstInvalidUtf8(bytes)) } };
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return { text };
}

function positionOfByte(bytes: Buffer, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: Buffer.from(bytes.subarray(lineStart, offset)).toString('utf8').length + 1 };
}

/** Offset of the first byte that does not decode as UTF-8 (a strict decode already failed). */
function firstInvalidUtf8(bytes: Buffer): number {
  // Bisect on prefixes that decode: cheap, and exact up to a truncated sequence at the cut.
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let lo = 0;
  let hi = bytes.length;
  while (hi - lo > 4) {
    const mid = (lo + hi) >> 1;
    try {
      decoder.decode(bytes.subarray(0, mid), { stream: true });
      decoder.decode();
      lo = mid;
    } catch {
      hi = mid;
    }
  }
  for (let i = lo; i <= hi; i++) {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, i + 1), { stream: true });
    } catch {
      return i;
    }
  }
  return lo;
}

/**
 * Refuses YAML whose aliases expand past {@link MAX_EXPANDED_NODES}. GitHub's parser resolves every
 * alias in place, so a billion-laughs file would otherwise take exponential time and memory. The
 * count is memoised per anchored node: linear in the size of the document.
 */
export function aliasBomb(text: string): ReadProblem | undefined {
  // No anchor, no alias expansion: skip the second parse for the common file.
  if (!/&[^\s&*]/.test(text)) return undefined;
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: false });
  const sizes = new Map<unknown, number>();
  let firstAlias: YamlNode | undefined;
  const size = (node: unknown, depth: number): number => {
    if (node === null || node === undefined) return 1;
    const known = sizes.get(node);
    if (known !== undefined) return known;
    if (depth > 1000) return MAX_EXPANDED_NODES + 1;
    let n = 1;
    if (isAlias(node)) {
      firstAlias ??= node;
      const target = node.resolve(doc);
      // A circular alias is dropped by the parser: it expands to nothing.
      sizes.set(node, 1);
      n = target ? size(target, depth + 1) : 1;
    } else if (isMap(node) || isSeq(node)) {
      for (const item of node.items) {
        n += size(item, depth + 1);
        if (n > MAX_EXPANDED_NODES) break;
      }
    } else if (isPair(node)) {
      n = size(node.key, depth + 1) + size(node.value, depth + 1);
    } else if (!isScalar(node)) {
      n = 1;
    }
    sizes.set(node, n);
    return n;
  };
  const total = size(doc.contents, 0);
  if (total <= MAX_EXPANDED_NODES) return undefined;
  const at = firstAlias?.range ? lineCounter.linePos(firstAlias.range[0]) : { line: 1, col: 1 };
  return {
    message: `YAML aliases expand to more than ${MAX_EXPANDED_NODES} nodes (an alias bomb?); not parsed`,
    line: at.line,
    column: at.col
  };
}

/** The top-level keys of a kind: a mapping with one of them is of that kind. */
export function kindKeys(kind: SourceKind): readonly string[] {
  return kind === 'workflow' ? WORKFLOW_KEYS : ACTION_KEYS;
}

/** Top-level keys only a workflow has; a mapping with none of them is something else. */
const WORKFLOW_KEYS = ['on', 'jobs'];
/** Top-level keys only action metadata has. */
const ACTION_KEYS = ['runs', 'name', 'description', 'author', 'inputs', 'outputs', 'branding'];

/**
 * Says, in one line, why a file that GitHub's parser refused is not a workflow (or not action
 * metadata) at all: another file extension, several YAML documents, a top level that is not a
 * mapping, or none of the keys of its kind. Undefined for a file of the right kind with errors in
 * it: those are the parser's to report, each at its place. Only called for files with problems.
 */
export function notThisKind(source: SourceFile): ReadProblem | undefined {
  const what = source.kind === 'workflow' ? 'a workflow' : 'action metadata';
  if (!/\.ya?ml$/i.test(source.path)) {
    return { message: `not ${what}: GitHub reads ${source.kind === 'workflow' ? 'workflows' : 'action metadata'} from .yml or .yaml files only`, line: 1, column: 1 };
  }
  const lineCounter = new LineCounter();
  const docs = parseAllDocuments(source.text, { lineCounter, uniqueKeys: false });
  if (!Array.isArray(docs) || docs.length === 0 || docs[0].contents === null) {
    return { message: `not ${what}: the file holds no YAML value`, line: 1, column: 1 };
  }
  if (docs.length > 1) {
    const second = lineCounter.linePos(docs[1].range[0]);
    return { message: `not ${what}: ${docs.length} YAML documents (the second starts at line ${second.line}); GitHub reads one document per file`, line: second.line, column: 1 };
  }
  const doc = docs[0];
  if (doc.errors.length) return undefined;
  const top = doc.contents;
  if (!isMap(top)) {
    const shape = isSeq(top) ? 'a list' : 'a single value';
    const at = top?.range ? lineCounter.linePos(top.range[0]) : { line: 1, col: 1 };
    return { message: `not ${what}: its top level is ${shape}, not a mapping${source.kind === 'workflow' ? ' with on: and jobs:' : ' with runs:'}`, line: at.line, column: at.col };
  }
  const keys = top.items.map((p) => (isScalar(p.key) ? String(p.key.value) : '')).filter(Boolean);
  const expected = source.kind === 'workflow' ? WORKFLOW_KEYS : ACTION_KEYS;
  if (keys.some((k) => expected.includes(k))) return undefined;
  const listed = keys.slice(0, 5).join(', ') + (keys.length > 5 ? `, … (${keys.length} keys)` : '');
  const needs = source.kind === 'workflow' ? 'neither on: nor jobs:' : 'no runs:';
  return { message: `not ${what}: ${needs} at its top level (its keys: ${listed})`, line: 1, column: 1 };
}
