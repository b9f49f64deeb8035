/**
 * Phase documents: Markdown with YAML front matter (`reference/phase-06-deployment.md`). The front
 * matter is read with `yaml` under a small alias budget, so alias bombs are refused, and every gate
 * keeps the line it was written on.
 */
import { promises as fs } from 'node:fs';
import { LineCounter, parseDocument, isMap, isScalar, type Document, type Pair, type YAMLMap, type Node as YamlNode } from 'yaml';
import { UserError } from '../errors.js';
import { checkYamlBounds, oversizeProblem, YAML_BOUNDS, type YamlBounds } from '../yaml-bounds.js';
import { parseGate, type Gate, type GateOrigin, type GateWarning } from './grammar.js';

/** Largest phase document read (they are a few KB; anything bigger is not one). */
export const MAX_PHASE_BYTES = YAML_BOUNDS.phase.maxBytes;

export interface PhaseDocument {
  /** The `phase` key (6 in the seed), or null. */
  phase: number | string | null;
  title: string | null;
  /** Path as shown to users. */
  file: string;
  /** The front matter as plain data. */
  frontMatter: Record<string, unknown>;
  /** The gates of `gates:`, each with the line it was written on. */
  gates: Gate[];
  warnings: GateWarning[];
}

/** A YAML source parsed with positions; errors name input, file and line. */
export interface ParsedYaml {
  doc: Document.Parsed;
  lines: LineCounter;
  /** Added to every line the parser reports (the front matter starts below the `---`). */
  lineOffset: number;
  /** The bounds the text was checked against (their alias count is `toJS`'s `maxAliasCount`). */
  bounds: YamlBounds;
}

/**
 * Parses YAML text within `bounds` (YAML input by default: size, depth, nodes and aliases, checked
 * before the parse), reporting the first error at its line.
 */
export function parseYaml(text: string, where: { input: string; file?: string; lineOffset?: number; bounds?: YamlBounds }): ParsedYaml {
  const bounds = where.bounds ?? YAML_BOUNDS.input;
  checkYamlBounds(text, bounds, where);
  const lines = new LineCounter();
  const lineOffset = where.lineOffset ?? 0;
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true, strict: true });
  const first = doc.errors[0];
  if (first) {
    const line = (first.linePos?.[0]?.line ?? lines.linePos(first.pos[0]).line) + lineOffset;
    throw new UserError(`invalid YAML: ${first.message.split('\n')[0].replace(/ at line \d+, column \d+.*$/, '')}`, {
      input: where.input,
      file: where.file,
      line
    });
  }
  return { doc, lines, lineOffset, bounds };
}

/** Plain data of a parsed document; an alias bomb ends as a UserError, not an exhausted heap. */
export function toData(parsed: ParsedYaml, where: { input: string; file?: string }): unknown {
  try {
    return parsed.doc.toJS({ maxAliasCount: parsed.bounds.maxAliases });
  } catch (err) {
    const message = (err as Error).message;
    if (/alias/i.test(message)) {
      throw new UserError('YAML with too many aliases (an alias bomb?) is refused', { ...where, line: undefined });
    }
    throw new UserError(`invalid YAML: ${message}`, where);
  }
}

/** The 1-based line of a node in the original file. */
export function lineOf(parsed: ParsedYaml, node: YamlNode | null | undefined): number | undefined {
  const offset = node?.range?.[0];
  if (offset === undefined) return undefined;
  return parsed.lines.linePos(offset).line + parsed.lineOffset;
}

/**
 * Reads the gates of a YAML mapping node: each key a metric, each value a threshold. A null value
 * (`perf_p95_ms: ~`) removes a gate set elsewhere and is returned as `null`.
 */
export function gatesFromMap(
  parsed: ParsedYaml,
  map: YAMLMap,
  where: { input: string; file?: string },
  warnings: GateWarning[]
): Array<Gate | { name: string; removed: true; origin: GateOrigin }> {
  const gates: Array<Gate | { name: string; removed: true; origin: GateOrigin }> = [];
  const errors: UserError[] = [];
  for (const pair of map.items as Pair<YamlNode, YamlNode>[]) {
    const keyNode = pair.key;
    const name = isScalar(keyNode) ? String(keyNode.value) : String(keyNode);
    const origin: GateOrigin = { input: where.input, file: where.file, line: lineOf(parsed, keyNode) };
    const valueNode = pair.value;
    const value = isScalar(valueNode) ? valueNode.value : valueNode ? (valueNode as { toJSON(): unknown }).toJSON() : null;
    if (!/^[A-Za-z_][\w.-]*$/.test(name)) {
      // `{ coverage ">=80%", … }`: YAML reads a gate without its colon as a key with no value,
      // which would silently remove the gate. A metric name is one word.
      const split = /^([A-Za-z_][\w.-]*)\s*(.+)$/.exec(name);
      errors.push(
        new UserError(`gate ${JSON.stringify(name)} is not a metric name`, {
          input: where.input,
          file: where.file,
          line: origin.line,
          hint: split && value === null ? `a colon is missing: write ${split[1]}: ${split[2]}` : 'a metric name is one word, e.g. coverage or perf_p95_ms'
        })
      );
      continue;
    }
    if (value === null || value === '') {
      gates.push({ name, removed: true, origin });
      continue;
    }
    try {
      gates.push(parseGate(name, value, origin, warnings));
    } catch (err) {
      if (err instanceof UserError) errors.push(err);
      else throw err;
    }
  }
  if (errors.length) throw UserError.several(errors);
  return gates;
}

/** Loads a phase document from `file` (already resolved inside the workspace). */
export async function loadPhaseDocument(file: string, shown: string, input = 'phase-file'): Promise<PhaseDocument> {
  let bytes: Buffer;
  try {
    const stat = await fs.stat(file);
    if (!stat.isFile()) throw new UserError('not a regular file', { input, file: shown });
    if (stat.size > MAX_PHASE_BYTES) {
      const problem = await oversizeProblem(file, stat.size, YAML_BOUNDS.phase);
      throw new UserError(problem.message, { input, file: shown, line: problem.line });
    }
    bytes = await fs.readFile(file);
  } catch (err) {
    if (err instanceof UserError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    throw new UserError(code === 'ENOENT' ? 'file not found' : `cannot read (${code})`, { input, file: shown });
  }
  if (bytes.includes(0)) throw new UserError('binary file, not a phase document', { input, file: shown });
  let text = bytes.toString('utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const lines = text.split(/\r?\n/);
  if (lines[0]?.trim() !== '---') {
    throw new UserError('no YAML front matter: the first line must be ---', { input, file: shown, line: 1 });
  }
  const end = lines.findIndex((l, i) => i > 0 && (l.trim() === '---' || l.trim() === '...'));
  if (end < 0) throw new UserError('YAML front matter is never closed with ---', { input, file: shown, line: 1 });
  const yamlText = lines.slice(1, end).join('\n');
  const where = { input, file: shown };
  const parsed = parseYaml(yamlText, { ...where, lineOffset: 1, bounds: YAML_BOUNDS.phase });
  const data = toData(parsed, where);
  if (data === null || data === undefined) {
    return { phase: null, title: null, file: shown, frontMatter: {}, gates: [], warnings: [] };
  }
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw new UserError('front matter must be a YAML mapping', { input, file: shown, line: 2 });
  }
  const frontMatter = data as Record<string, unknown>;
  const warnings: GateWarning[] = [];
  let gates: Gate[] = [];
  const root = parsed.doc.contents;
  if (isMap(root)) {
    const gatesPair = (root.items as Pair<YamlNode, YamlNode>[]).find((p) => isScalar(p.key) && p.key.value === 'gates');
    if (gatesPair && gatesPair.value !== null && !(isScalar(gatesPair.value) && gatesPair.value.value === null)) {
      if (!isMap(gatesPair.value)) {
        throw new UserError('gates must be a mapping of metric to threshold', { input, file: shown, line: lineOf(parsed, gatesPair.key) });
      }
      gates = gatesFromMap(parsed, gatesPair.value, where, warnings).filter((g): g is Gate => !('removed' in g));
    }
  }
  const phase = frontMatter.phase;
  if (typeof phase === 'number' && (!Number.isFinite(phase) || phase < 0 || phase > 1e6)) {
    const key = isMap(root) ? (root.items as Pair<YamlNode, YamlNode>[]).find((p) => isScalar(p.key) && p.key.value === 'phase')?.key : undefined;
    throw new UserError(`phase: ${phase} is not a phase number (0 to 1,000,000)`, { input, file: shown, line: lineOf(parsed, key) });
  }
  return {
    phase: typeof phase === 'number' || typeof phase === 'string' ? phase : null,
    title: typeof frontMatter.title === 'string' ? frontMatter.title : null,
    file: shown,
    frontMatter,
    gates,
    warnings
  };
}

/**
 * Reads the `gates` input: a YAML (or JSON) mapping, optionally wrapped in `gates:`. Entries with an
 * empty value remove a gate of the phase document.
 */
export function parseGatesInput(value: string, input = 'gates'): { gates: Gate[]; removed: string[]; warnings: GateWarning[] } {
  const warnings: GateWarning[] = [];
  if (value.trim() === '') return { gates: [], removed: [], warnings };
  const parsed = parseYaml(value, { input });
  toData(parsed, { input }); // refuses alias bombs before anything walks the tree
  let root: YamlNode | null = parsed.doc.contents;
  if (isMap(root) && root.items.length === 1) {
    const only = root.items[0] as Pair<YamlNode, YamlNode>;
    if (isScalar(only.key) && only.key.value === 'gates' && isMap(only.value)) root = only.value;
  }
  if (!isMap(root)) {
    throw new UserError('must be a YAML mapping of metric to threshold', { input, line: lineOf(parsed, root) ?? 1, hint: 'e.g. { coverage: ">=80%", vulns_critical: 0 }' });
  }
  const entries = gatesFromMap(parsed, root, { input }, warnings);
  return {
    gates: entries.filter((g): g is Gate => !('removed' in g)),
    removed: entries.filter((g) => 'removed' in g).map((g) => g.name),
    warnings
  };
}
