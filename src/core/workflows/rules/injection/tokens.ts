/**
 * Token helpers shared by the rules ported from zizmor's audits (injection, supply-chain and
 * permissions families): a key of a mapping with its position, the text a scalar holds, and the
 * first `${{ }}` of a text.
 */
import { isBasicExpression, isLiteral, isMapping, isString } from '@actions/workflow-parser';
import type { TemplateToken } from '@actions/workflow-parser/templates/tokens/index';
import type { Entry, Node, Pos } from '../../model.js';

/** The position of a token (1:1 when it has none). */
export function posOf(token: TemplateToken | undefined): Pos {
  return token?.range ? { line: token.range.start.line, column: token.range.start.column } : { line: 1, column: 1 };
}

/** A node at a token's position, for `report`. */
export function nodeOf(token: TemplateToken | undefined): Node {
  return { at: posOf(token) };
}

/** The `key: value` entry of a mapping token, the key positioned. */
export function entryOf(token: TemplateToken | undefined, key: string): Entry | undefined {
  if (!token || !isMapping(token)) return undefined;
  for (const pair of token) {
    if (isString(pair.key) && pair.key.value === key) return { key: { value: key, at: posOf(pair.key) }, value: pair.value };
  }
  return undefined;
}

/**
 * The text a scalar holds after YAML decoding, `${{ }}` as written: a plain string, or the source
 * of a string GitHub's parser turned into an expression. Undefined for mappings and sequences.
 */
export function textOf(token: TemplateToken | undefined): string | undefined {
  if (!token) return undefined;
  if (isString(token)) return token.value;
  if (isBasicExpression(token)) return token.source ?? token.toDisplayString();
  if (isLiteral(token)) return token.toString();
  return undefined;
}

/** The first `${{ … }}` of `text` (quotes inside respected), with its offset; undefined when none closes. */
export function firstFence(text: string): { start: number; end: number } | undefined {
  const start = text.indexOf('${{');
  if (start < 0) return undefined;
  let quote = false;
  for (let i = start + 3; i < text.length - 1; i++) {
    const c = text[i];
    if (c === "'") quote = !quote;
    else if (!quote && c === '}' && text[i + 1] === '}') return { start, end: i + 2 };
  }
  return undefined;
}
