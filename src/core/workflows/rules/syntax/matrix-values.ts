/**
 * PG109 matrix-values: duplicate values in a row of `strategy.matrix`, and `exclude:` entries whose
 * key or value matches nothing in the matrix (actionlint's check-matrix-values, rule_matrix.go).
 */
import { isBasicExpression, isBoolean, isMapping, isNumber, isSequence, isString } from '@actions/workflow-parser';
import type { TemplateToken } from '@actions/workflow-parser/templates/tokens/index';
import type { Pos } from '../../model.js';
import { nameList, type Rule } from '../../rule.js';
import { didYouMean } from '../../../suggest.js';

/** A matrix value as actionlint's RawYAMLValue holds it: scalars by their text, mapping keys in lower case. */
type Raw =
  | { kind: 'string'; value: string; at: Pos }
  | { kind: 'array'; elems: Raw[]; at: Pos }
  | { kind: 'object'; props: Map<string, Raw>; at: Pos };

/** Deepest matrix value read (a matrix nests a few levels at most; anchors cannot loop in a token tree). */
const MAX_DEPTH = 32;
/** Most values a message lists. */
const MOST_VALUES = 10;

function posOf(token: TemplateToken): Pos {
  return token.range ? { line: token.range.start.line, column: token.range.start.column } : { line: 1, column: 1 };
}

/** The text of a one-line token as written in the file (`1.0` stays `1.0`, not the number 1). */
function sourceText(lines: readonly string[], token: TemplateToken): string | undefined {
  const r = token.range;
  if (!r || r.start.line !== r.end.line) return undefined;
  return lines[r.start.line - 1]?.slice(r.start.column - 1, r.end.column - 1);
}

function raw(token: TemplateToken, lines: readonly string[], depth = 0): Raw | undefined {
  if (depth > MAX_DEPTH) return undefined;
  const at = posOf(token);
  if (isMapping(token)) {
    const props = new Map<string, Raw>();
    for (const pair of token) {
      const key = keyName(pair.key);
      const v = key === undefined ? undefined : raw(pair.value, lines, depth + 1);
      if (key !== undefined && v) props.set(key.toLowerCase(), v);
    }
    return { kind: 'object', props, at };
  }
  if (isSequence(token)) {
    const elems: Raw[] = [];
    for (const item of token) {
      const v = raw(item, lines, depth + 1);
      if (v) elems.push(v);
    }
    return { kind: 'array', elems, at };
  }
  if (isBasicExpression(token)) return { kind: 'string', value: token.toDisplayString(), at };
  if (isString(token)) return { kind: 'string', value: token.value, at };
  if (isNumber(token) || isBoolean(token)) return { kind: 'string', value: sourceText(lines, token)?.trim() ?? String(token.toString()), at };
  // null, ~ or an empty value
  return { kind: 'string', value: sourceText(lines, token)?.trim() ?? '', at };
}

/** A mapping key's text; undefined for a key that is not a string (`null:` may reach here without one). */
function keyName(token: TemplateToken): string | undefined {
  return isString(token) && typeof token.value === 'string' ? token.value : undefined;
}

function equals(a: Raw, b: Raw): boolean {
  if (a.kind === 'string') return b.kind === 'string' && a.value === b.value;
  if (a.kind === 'array') return b.kind === 'array' && a.elems.length === b.elems.length && a.elems.every((e, i) => equals(e, b.elems[i]));
  if (b.kind !== 'object' || a.props.size !== b.props.size) return false;
  for (const [n, p] of a.props) {
    const q = b.props.get(n);
    if (!q || !equals(p, q)) return false;
  }
  return true;
}

const hasExpression = (s: string) => s.includes('${{');

/** Whether the `exclude:` value `sub` matches the matrix value `v`: an object by a subset of its properties (actionlint's isYAMLValueSubset). */
function matches(v: Raw, sub: Raw): boolean {
  // A value made by an expression on either side could be anything.
  if (sub.kind === 'string' && hasExpression(sub.value)) return true;
  if (v.kind === 'object') return sub.kind === 'object' && [...sub.props].every(([n, s]) => v.props.has(n) && matches(v.props.get(n)!, s));
  if (v.kind === 'array') return sub.kind === 'array' && v.elems.length === sub.elems.length && v.elems.every((e, i) => matches(e, sub.elems[i]));
  if (hasExpression(v.value)) return true;
  return equals(v, sub);
}

/** The value as actionlint prints it: JSON-like, object keys sorted. */
function show(v: Raw): string {
  if (v.kind === 'string') return JSON.stringify(v.value);
  if (v.kind === 'array') return `[${v.elems.map(show).join(', ')}]`;
  return `{${[...v.props].map(([n, p]) => `${JSON.stringify(n)}: ${show(p)}`).sort().join(', ')}}`;
}

function showList(values: readonly Raw[]): string {
  const shown = values.slice(0, MOST_VALUES).map(show);
  if (values.length > MOST_VALUES) shown.push(`… ${values.length - MOST_VALUES} more`);
  return shown.join(', ');
}

interface Combination {
  /** Assignments by lower-case key, with the key's node. */
  assigns: Map<string, { key: { at: Pos; value: string }; value: Raw }>;
}

/** `include:`/`exclude:`: undefined when one expression gives the list, an entry without assigns for each expression in it. */
function combinations(token: TemplateToken | undefined, lines: readonly string[]): { list: Combination[]; expression: boolean } | undefined {
  if (!token) return undefined;
  if (!isSequence(token)) return { list: [], expression: true };
  const list: Combination[] = [];
  let expression = false;
  for (const item of token) {
    const assigns: Combination['assigns'] = new Map();
    if (!isMapping(item)) expression = true;
    else
      for (const pair of item) {
        const key = keyName(pair.key);
        const v = key === undefined ? undefined : raw(pair.value, lines);
        if (key !== undefined && v) assigns.set(key.toLowerCase(), { key: { at: posOf(pair.key), value: key }, value: v });
      }
    list.push({ assigns });
  }
  return { list, expression };
}

const rule: Rule = {
  id: 'PG109',
  name: 'matrix-values',
  level: 'error',
  description: 'A value repeated in a row of `strategy.matrix`, or an `exclude:` entry whose key or value matches nothing in the matrix.',
  help: "As actionlint's check-matrix-values: a value listed twice in a matrix row runs the same job twice (or is a typo of another value), and an `exclude:` key or value that no row or `include:` has excludes nothing, so the combination it was meant to drop still runs. An object value in `exclude:` matches a matrix object by a subset of its properties. A row, `include:` or value given by an expression is not checked.",
  create(context) {
    return {
      jobPre(job, workflow) {
        if (!job.strategy || !isMapping(job.strategy)) return;
        let matrix: TemplateToken | undefined;
        let matrixKey: TemplateToken | undefined;
        for (const pair of job.strategy) {
          if (keyName(pair.key) === 'matrix') [matrix, matrixKey] = [pair.value, pair.key];
        }
        if (!matrix || !isMapping(matrix)) return;
        const lines = workflow.file.text.split('\n');
        const rows = new Map<string, Raw[]>();
        const ignored = new Set<string>();
        let include: TemplateToken | undefined;
        let exclude: TemplateToken | undefined;
        for (const pair of matrix) {
          const name = keyName(pair.key);
          if (name === undefined) continue;
          if (name === 'include') include = pair.value;
          else if (name === 'exclude') exclude = pair.value;
          else if (!isSequence(pair.value)) ignored.add(name.toLowerCase());
          else {
            const seen: Raw[] = [];
            for (const item of pair.value) {
              const v = raw(item, lines);
              if (!v) continue;
              const same = seen.find((p) => equals(p, v));
              if (same) context.report(workflow.file, v, `duplicate value ${show(v)} is found in matrix "${name}". the same value is at line:${same.at.line},col:${same.at.column}; remove one of them`);
              else seen.push(v);
            }
            const values = [...pair.value].map((item) => raw(item, lines)).filter((v): v is Raw => v !== undefined);
            rows.set(name.toLowerCase(), values);
          }
        }
        const excluded = combinations(exclude, lines);
        const included = combinations(include, lines);
        if (!excluded || excluded.list.length === 0 || included?.expression) return;
        if (rows.size === 0 && ignored.size === 0 && !included?.list.length) {
          context.report(workflow.file, { at: posOf(matrixKey!) }, '"exclude" section exists but no matrix variation exists; remove it, or add the rows it should filter');
          return;
        }
        for (const c of included?.list ?? []) {
          for (const [n, a] of c.assigns) {
            if (ignored.has(n)) continue;
            const row = rows.get(n) ?? [];
            if (!row.some((v) => equals(v, a.value))) row.push(a.value);
            rows.set(n, row);
          }
        }
        for (const c of excluded.list) {
          for (const [n, a] of c.assigns) {
            if (ignored.has(n)) continue;
            const row = rows.get(n);
            if (!row) {
              const names = [...rows.keys()].sort();
              context.report(workflow.file, a.key, `"${a.key.value}" in "exclude" section does not exist in matrix. available matrix configurations are ${nameList(names)}${didYouMean(n, names)}; the entry excludes nothing`);
              continue;
            }
            if (row.some((v) => matches(v, a.value))) continue;
            context.report(workflow.file, a.value, `value ${show(a.value)} in "exclude" does not match in matrix "${a.key.value}" combinations. possible values are ${showList(row)}; the entry excludes nothing`);
          }
        }
      }
    };
  }
};
export default rule;
