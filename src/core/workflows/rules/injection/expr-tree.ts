/**
 * Expression trees for the rules that judge what an expression does, not only which contexts it
 * names (zizmor's bot-conditions, unsound-contains, overprovisioned-secrets, unredacted-secrets):
 * the parsed tree of an expression site, where each node starts in the file, and the context path a
 * node reads (`github['ACTOR']` → `github.actor`).
 */
import { Binary, ContextAccess, FunctionCall, Grouping, IndexAccess, Literal, Logical, Unary, type Expr } from '@actions/expressions/ast';
import { isMapping, isString } from '@actions/workflow-parser';
import type { MappingToken, TemplateToken } from '@actions/workflow-parser/templates/tokens/index';
import { expressionSites, parseExpression, type ExpressionSite } from '../../expressions.js';
import type { JobModel, Node, Pos, Scalar } from '../../model.js';
import type { SourceFile } from '../../source.js';
import { lineOf } from '../syntax/tokens.js';
import type { RuleContext, RuleHooks } from '../../rule.js';

/** The tree of an expression; undefined when it does not parse (the syntax rules report that). */
export const parseTree: (text: string) => Expr | undefined = parseExpression;

/** A position of the expression's lexer (0-based line and column within it) in the file. */
export function filePos(site: ExpressionSite, p: { line: number; column: number }): Pos {
  return p.line === 0 ? { line: site.at.line, column: site.at.column + p.column } : { line: site.at.line + p.line, column: p.column + 1 };
}

/** Where a node of the tree starts, in the lexer's coordinates; undefined for a bare `*`. */
export function startOf(e: Expr): { line: number; column: number } | undefined {
  if (e instanceof Literal) return e.token.range.start;
  if (e instanceof ContextAccess) return e.name.range.start;
  if (e instanceof FunctionCall) return e.functionName.range.start;
  if (e instanceof IndexAccess) return startOf(e.expr);
  if (e instanceof Binary) return startOf(e.left);
  if (e instanceof Logical) return e.args[0] ? startOf(e.args[0]) : e.operator.range.start;
  if (e instanceof Unary) return e.operator.range.start;
  if (e instanceof Grouping) return startOf(e.group);
  return undefined;
}

/** The children of a node (a grouping's content, a call's arguments, both sides of an operator). */
export function childrenOf(e: Expr): Expr[] {
  if (e instanceof FunctionCall || e instanceof Logical) return e.args;
  if (e instanceof Binary) return [e.left, e.right];
  if (e instanceof Unary) return [e.expr];
  if (e instanceof Grouping) return [e.group];
  if (e instanceof IndexAccess) return [e.expr, e.index];
  return [];
}

/** Strips groupings: `(a)` is `a`. */
export function ungroup(e: Expr): Expr {
  let cur = e;
  while (cur instanceof Grouping) cur = cur.group;
  return cur;
}

/** True for a context read: `github.actor`, `github['actor']`, `secrets[x]`, `steps.*.outputs`. */
export function isContextRead(e: Expr): boolean {
  let cur = ungroup(e);
  while (cur instanceof IndexAccess) cur = cur.expr;
  return cur instanceof ContextAccess;
}

/**
 * The lower-case dotted path a context read names (`github['ACTOR']` → `github.actor`), `*` for a
 * filter; undefined past a computed index (`secrets[matrix.name]`) or for anything else.
 */
export function contextPath(e: Expr): string | undefined {
  const parts: string[] = [];
  let cur = ungroup(e);
  while (cur instanceof IndexAccess) {
    const index = cur.index;
    if (index instanceof Literal) parts.unshift(String(index.token.value ?? index.token.lexeme).toLowerCase());
    else if (index.constructor.name === 'Star') parts.unshift('*');
    else return undefined;
    cur = cur.expr;
  }
  if (!(cur instanceof ContextAccess)) return undefined;
  parts.unshift(cur.name.lexeme.toLowerCase());
  return parts.join('.');
}

/** The lower-case name of a called function, or undefined when `e` is not a call. */
export function callName(e: Expr): string | undefined {
  return e instanceof FunctionCall ? e.functionName.lexeme.toLowerCase() : undefined;
}

/** A context read as written, indices as dots (`github['actor']` → `github.actor`); `…` past a computed index. */
export function contextText(e: Expr): string {
  const parts: string[] = [];
  let cur = ungroup(e);
  while (cur instanceof IndexAccess) {
    const index = cur.index;
    parts.unshift(index instanceof Literal ? String(index.token.value ?? index.token.lexeme) : index.constructor.name === 'Star' ? '*' : '…');
    cur = cur.expr;
  }
  if (cur instanceof ContextAccess) parts.unshift(cur.name.lexeme);
  return parts.join('.');
}

/** The key of `name:` in a mapping, positioned; undefined when the mapping has none. */
export function keyNode(token: TemplateToken | undefined, name: string): Scalar | undefined {
  if (!token || !isMapping(token)) return undefined;
  for (const pair of token as MappingToken) {
    if (isString(pair.key) && pair.key.value === name) {
      const r = pair.key.range;
      return { value: name, at: r ? { line: r.start.line, column: r.start.column } : { line: 1, column: 1 } };
    }
  }
  return undefined;
}

/** The value of `name:` in a mapping. */
export function valueOf(token: TemplateToken | undefined, name: string): TemplateToken | undefined {
  if (!token || !isMapping(token)) return undefined;
  for (const pair of token as MappingToken) if (isString(pair.key) && pair.key.value === name) return pair.value;
  return undefined;
}

/** A token's position as a node. */
export function nodeOf(token: TemplateToken): Node {
  const r = token.range;
  return { at: r ? { line: r.start.line, column: r.start.column } : { line: 1, column: 1 } };
}

/** Each `${{ }}` under a token that parses, with its tree. */
export function* parsedSites(root: TemplateToken | undefined): Generator<{ site: ExpressionSite; tree: Expr }> {
  for (const site of expressionSites(root)) {
    const tree = parseTree(site.text);
    if (tree) yield { site, tree };
  }
}

/** The condition of an `if:` (bare or in `${{ }}`), parsed, with where it starts. */
export function parsedCondition(token: TemplateToken | undefined): { site: ExpressionSite; tree: Expr } | undefined {
  if (!token) return undefined;
  for (const site of expressionSites(token, true)) {
    const tree = parseTree(site.text);
    return tree ? { site, tree } : undefined;
  }
  return undefined;
}

/** The conditions of a job: its own `if:` and each step's, with the `if` key of each. */
export function* jobConditions(job: JobModel): Generator<{ key: Scalar; site: ExpressionSite; tree: Expr }> {
  const owners = [job.token, ...job.steps.map((s) => s.token)];
  for (const owner of owners) {
    const key = keyNode(owner, 'if');
    const cond = key && parsedCondition(valueOf(owner, 'if'));
    if (key && cond) yield { key, ...cond };
  }
}

/** Where the `${{` of an expression site starts (zizmor reports the whole fenced expression). */
export function fenceStart(file: SourceFile, site: ExpressionSite): Node {
  const line = lineOf(file, site.at.line);
  const i = line.lastIndexOf('${{', site.at.column - 1);
  return { at: i >= 0 ? { line: site.at.line, column: i + 1 } : site.at };
}

/**
 * Hooks that read every `${{ }}` of a workflow or action file (zizmor's raw audits) and report
 * `count(tree)` findings at each one's `${{`, with `message(text)`.
 */
export function perFencedExpression(context: RuleContext, count: (tree: Expr) => number, message: (text: string) => string): RuleHooks {
  const scan = (file: SourceFile, root: TemplateToken): void => {
    for (const { site, tree } of parsedSites(root)) {
      for (let i = count(tree); i > 0; i--) context.report(file, fenceStart(file, site), message(`\${{ ${site.text.trim()} }}`));
    }
  };
  return {
    workflowPre: (workflow) => scan(workflow.file, workflow.root),
    actionPre: (action) => scan(action.file, action.root)
  };
}

/** How many nodes of a tree `match` (not looking inside a node that matches). */
export function countMatches(e: Expr, match: (node: Expr) => boolean): number {
  const node = ungroup(e);
  if (match(node)) return 1;
  let n = 0;
  for (const c of childrenOf(node)) n += countMatches(c, match);
  return n;
}
