/** Small readers of GitHub's token tree shared by the syntax rules (runner labels, conditions, filters). */
import { isMapping, isString } from '@actions/workflow-parser';
import type { TemplateToken } from '@actions/workflow-parser/templates/tokens/index';
import type { Scalar } from '../../model.js';
import type { SourceFile } from '../../source.js';

/** The value of `key` in a mapping token. */
export function child(t: TemplateToken | undefined, key: string): TemplateToken | undefined {
  if (!t || !isMapping(t)) return undefined;
  for (const pair of t) if (isString(pair.key) && pair.key.value === key) return pair.value;
  return undefined;
}

/** A string token as a positioned scalar. */
export function stringScalar(t: TemplateToken | undefined): Scalar | undefined {
  if (!t || !isString(t) || !t.range) return undefined;
  return { value: t.value, at: { line: t.range.start.line, column: t.range.start.column } };
}

const linesOf = new WeakMap<SourceFile, string[]>();

/** Line `n` (1-based) of a file, the file split once however many rules ask. */
export function lineOf(file: SourceFile, n: number): string {
  let lines = linesOf.get(file);
  if (!lines) {
    lines = file.text.split('\n');
    linesOf.set(file, lines);
  }
  return lines[n - 1] ?? '';
}
