/**
 * Every `${{ }}` of a parsed file (and bare `if:` conditions), parsed with `@actions/expressions`
 * into property chains such as `steps.build.outputs.digest`, each segment with its position in
 * the file (internal to workflows-validation).
 */
import { Lexer, Parser } from '@actions/expressions';
import { Binary, ContextAccess, FunctionCall, Grouping, IndexAccess, Literal, Logical, Unary, type Expr } from '@actions/expressions/ast';
import { TemplateToken } from '@actions/workflow-parser/templates/tokens/template-token';
import type { StringToken } from '@actions/workflow-parser/templates/tokens/string-token';
import { isBasicExpression, isString } from '@actions/workflow-parser';
import type { Pos } from './model.js';

/** Every context name, so that the parser builds a tree; unknown names are the parser rules' business. */
const CONTEXTS = ['github', 'env', 'vars', 'job', 'jobs', 'steps', 'runner', 'secrets', 'strategy', 'matrix', 'needs', 'inputs'];

/**
 * The functions of workflows that @actions/expressions does not know (its parser rejects an unknown name):
 * the status functions of `if:` and hashFiles. Without them, `if: failure() && steps.x.outcome == …` yields no chains.
 */
const WORKFLOW_FUNCTIONS = [
  ...['success', 'always', 'cancelled', 'failure'].map((name) => ({ name, minArgs: 0, maxArgs: 0 })),
  { name: 'hashFiles', minArgs: 1, maxArgs: 255 }
];

/** The tree of an expression with every context and workflow function known; undefined when it does not parse (the syntax rules report that). */
export function parseExpression(text: string): Expr | undefined {
  try {
    return new Parser(new Lexer(text).lex().tokens, CONTEXTS, WORKFLOW_FUNCTIONS).parse();
  } catch {
    return undefined;
  }
}

/** One segment of a chain (`outputs`, or `*` for a filter). */
export interface Segment {
  name: string;
  at: Pos;
}

/** A property chain that starts at a context: `needs.build.outputs.digest`. */
export interface ContextChain {
  /** The whole expression text the chain came from. */
  expression: string;
  segments: Segment[];
}

/** An expression's text and the position of its first character in the file. */
export interface ExpressionSite {
  text: string;
  at: Pos;
}

/** The expressions inside a token (and all under it), with their positions. */
export function expressionSites(token: TemplateToken | undefined, bareIf = false): ExpressionSite[] {
  if (!token) return [];
  const sites: ExpressionSite[] = [];
  if (bareIf && isString(token) && !token.value.includes('${{')) {
    // `if:` without ${{ }} is an expression too; skip the quote a quoted scalar starts with.
    const start = token.range?.start ?? { line: 1, column: 1 };
    const quoted = token.source !== undefined && /^['"]/.test(token.source);
    sites.push({ text: token.value, at: { line: start.line, column: start.column + (quoted ? 1 : 0) } });
    return sites;
  }
  for (const [, t] of TemplateToken.traverse(token, true)) {
    if (isString(t) && t.value.includes('${{')) {
      // The parser leaves a whole value as a string when one of its `${{ }}` fails: the others
      // are still expressions, and one fault must not hide the findings in them.
      sites.push(...stringSites(t));
      continue;
    }
    if (!isBasicExpression(t)) continue;
    for (const o of t.originalExpressions ?? [t]) {
      const at = o.expressionRange?.start ?? (o.range ? { line: o.range.start.line, column: o.range.start.column + 4 } : { line: 1, column: 1 });
      sites.push({ text: o.expression, at });
    }
  }
  return sites;
}

/** The context chains of an expression; none when it does not parse (the syntax rules report that). */
export function contextChains(site: ExpressionSite): ContextChain[] {
  let tree: Expr;
  try {
    tree = new Parser(new Lexer(site.text).lex().tokens, CONTEXTS, WORKFLOW_FUNCTIONS).parse();
  } catch {
    return [];
  }
  const chains: ContextChain[] = [];
  const toPos = (p: { line: number; column: number }): Pos =>
    p.line === 0 ? { line: site.at.line, column: site.at.column + p.column } : { line: site.at.line + p.line, column: p.column + 1 };
  const visit = (e: Expr | undefined): void => {
    if (!e) return;
    if (e instanceof IndexAccess || e instanceof ContextAccess) {
      const segments: Segment[] = [];
      let cur: Expr = e;
      while (cur instanceof IndexAccess) {
        const index: Expr = cur.index;
        if (index instanceof Literal) {
          const v = index.token.value ?? index.token.lexeme;
          segments.unshift({ name: String(v), at: toPos(index.token.range.start) });
        } else if (index.constructor.name === 'Star') {
          segments.unshift({ name: '*', at: segments[0]?.at ?? site.at });
        } else {
          // A computed index (`steps[matrix.id]`): the chain cannot be followed past it.
          visit(index);
          segments.length = 0;
        }
        cur = cur.expr;
      }
      if (cur instanceof ContextAccess) {
        segments.unshift({ name: cur.name.lexeme, at: toPos(cur.name.range.start) });
        chains.push({ expression: site.text, segments });
      } else visit(cur);
      return;
    }
    if (e instanceof FunctionCall) e.args.forEach(visit);
    else if (e instanceof Logical) e.args.forEach(visit);
    else if (e instanceof Binary) {
      visit(e.left);
      visit(e.right);
    } else if (e instanceof Unary) visit(e.expr);
    else if (e instanceof Grouping) visit(e.group);
  };
  visit(tree);
  return chains;
}

/**
 * The `${{ }}` of a string the parser did not convert (one of them failed), positioned as the
 * parser positions them (its template reader's parseScalar): each still reaches the rules.
 */
function stringSites(token: StringToken): ExpressionSite[] {
  const sites: ExpressionSite[] = [];
  const range = token.range;
  if (!range) return sites;
  const single = range.start.line === range.end.line;
  const raw = single ? token.value : (token.source ?? token.value);
  const quoteOffset = single ? (token.source ?? raw).indexOf('${{') - raw.indexOf('${{') : 0;
  let start = raw.indexOf('${{');
  while (start >= 0) {
    let end = -1;
    let inString = false;
    let i = start + 3;
    for (; i < raw.length; i++) {
      if (raw[i] === "'") inString = !inString;
      else if (!inString && raw[i] === '}' && raw[i - 1] === '}') {
        end = i;
        break;
      }
    }
    if (end < 0) break;
    const inner = raw.slice(start + 3, end - 1);
    const text = inner.trim();
    const lead = inner.length - inner.trimStart().length;
    if (text) {
      if (single) sites.push({ text, at: { line: range.start.line, column: range.start.column + start + quoteOffset + 3 + lead } });
      else {
        const before = raw.slice(0, start);
        const lineStart = before.lastIndexOf('\n');
        sites.push({ text, at: { line: range.start.line + before.split('\n').length, column: start - lineStart + 3 + lead } });
      }
    }
    start = raw.indexOf('${{', end + 1);
  }
  return sites;
}

/** A parsed expression with the mapping of its token positions into the file. */
export interface ParsedSite {
  tree: Expr;
  /** The file position of a position the expression lexer gave (0-based line and column in the text). */
  toPos(p: { line: number; column: number }): Pos;
}

/** Parses an expression site; undefined when it does not parse (the syntax rules report that). */
export function parseSite(site: ExpressionSite): ParsedSite | undefined {
  try {
    const tree = new Parser(new Lexer(site.text).lex().tokens, CONTEXTS, WORKFLOW_FUNCTIONS).parse();
    const toPos = (p: { line: number; column: number }): Pos =>
      p.line === 0 ? { line: site.at.line, column: site.at.column + p.column } : { line: site.at.line + p.line, column: p.column + 1 };
    return { tree, toPos };
  } catch {
    return undefined;
  }
}
