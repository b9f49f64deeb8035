/** PG221 obfuscation: `uses:` paths with `.`, `..` or empty parts, constant expressions, and `with:` as one expression. */
import { isBasicExpression, isString } from '@actions/workflow-parser';
import { TemplateToken } from '@actions/workflow-parser/templates/tokens/template-token';
import { Binary, ContextAccess, FunctionCall, Grouping, IndexAccess, Literal, Logical, Unary, type Expr } from '@actions/expressions/ast';
import type { Rule } from '../../rule.js';
import type { FileModel, Pos } from '../../model.js';
import { expressionSites, parseSite, type ExpressionSite } from '../../expressions.js';
import { entryOf } from './tokens.js';

/** Functions zizmor evaluates when their arguments are constants (fromJSON left out, as zizmor does). */
const PURE = new Set(['contains', 'startswith', 'endswith', 'format', 'tojson', 'join']);

/** Whether an expression is a constant (zizmor's constant_reducible). */
export function reducible(e: Expr): boolean {
  if (e instanceof Literal) return true;
  if (e instanceof Binary) return reducible(e.left) && reducible(e.right);
  if (e instanceof Logical) return e.args.every(reducible);
  if (e instanceof Unary) return reducible(e.expr);
  if (e instanceof Grouping) return reducible(e.group);
  if (e instanceof FunctionCall) return PURE.has(e.functionName.lexeme.toLowerCase()) && e.args.every(reducible);
  return false;
}

/** The largest constant sub-expressions that are not bare literals (zizmor's constant_reducible_subexprs). */
function reducibleParts(e: Expr, out: Expr[], depth = 0): void {
  if (depth > 200) return;
  if (!(e instanceof Literal) && reducible(e)) {
    out.push(e);
    return;
  }
  const next = (x: Expr) => reducibleParts(x, out, depth + 1);
  if (e instanceof FunctionCall || e instanceof Logical) e.args.forEach(next);
  else if (e instanceof Binary) [e.left, e.right].forEach(next);
  else if (e instanceof Unary) next(e.expr);
  else if (e instanceof Grouping) next(e.group);
  else if (e instanceof IndexAccess) [e.expr, e.index].forEach(next);
}

/** The lexer position where an expression starts (its leftmost token). */
function startOf(e: Expr, depth = 0): { line: number; column: number } | undefined {
  if (depth > 200) return undefined;
  if (e instanceof Literal) return e.token.range.start;
  if (e instanceof FunctionCall) return e.functionName.range.start;
  if (e instanceof ContextAccess) return e.name.range.start;
  if (e instanceof Unary) return e.operator.range.start;
  if (e instanceof Binary) return startOf(e.left, depth + 1);
  if (e instanceof Logical) return e.args.length ? startOf(e.args[0], depth + 1) : e.operator.range.start;
  if (e instanceof IndexAccess) return startOf(e.expr, depth + 1);
  if (e instanceof Grouping) {
    const inner = startOf(e.group, depth + 1);
    return inner && { line: inner.line, column: Math.max(0, inner.column - 1) };
  }
  return undefined;
}

/** Why a `uses:` path is obfuscated: `.`, `..` or empty components after owner/repo. */
export function obfuscatedUses(uses: string): string[] {
  if (uses.startsWith('./') || uses.startsWith('docker://') || uses.includes('${{')) return [];
  const at = uses.lastIndexOf('@');
  const path = (at < 0 ? uses : uses.slice(0, at)).split('/');
  const why = new Set<string>();
  for (const part of path.slice(2)) {
    if (part === '.') why.add('"."');
    else if (part === '..') why.add('".."');
    else if (part === '') why.add('an empty component');
  }
  return [...why];
}

/**
 * Every `${{ }}` of a file, also those of strings GitHub's parser left as strings (an `if:`, or a
 * value whose expression names an unknown context): those are read from the file's lines.
 */
function fencedSites(model: FileModel): ExpressionSite[] {
  const sites = expressionSites(model.root);
  const lines = model.file.text.split('\n');
  for (const [, token, key] of TemplateToken.traverse(model.root)) {
    if (token === key || !isString(token) || typeof token.value !== 'string' || !token.value.includes('${{') || !token.range) continue;
    const { start, end } = token.range;
    for (let line = start.line; line <= end.line && line <= lines.length; line++) {
      const text = lines[line - 1];
      const from = line === start.line ? start.column - 1 : 0;
      const re = /\$\{\{(.*?)\}\}/g;
      re.lastIndex = from;
      for (let m = re.exec(text); m; m = re.exec(text)) sites.push({ text: m[1], at: { line, column: m.index + 4 } });
    }
  }
  return sites;
}

const rule: Rule = {
  id: 'PG221',
  name: 'obfuscation',
  level: 'note',
  description: 'Obfuscated workflow features: `uses:` paths with `.`, `..` or empty components, `${{ }}` expressions that are constants, and `with:` given as one expression.',
  help: '`uses: actions/checkout////@…` or `github/codeql-action/./init@…` run the same action as the plain path but defeat every pattern that matches `uses:` (pinning, allow and deny lists, reviewers\' eyes); `${{ format(\'{0}\', \'abc\') }}` or `${{ true || false }}` are constants dressed as expressions; `with: ${{ fromJSON(…) }}` hides the action\'s inputs from analysis. Write the normalized path, the constant\'s value, and the inputs one by one. Same as zizmor\'s obfuscation audit (its pedantic "computed index" check is left out).',
  create(context) {
    const checkFile = (model: FileModel): void => {
      // A wholly constant if: is PG143 constant-if's finding; one fault, one finding.
      const steps = model.kind === 'workflow' ? model.jobs.flatMap((j) => j.steps) : model.steps;
      const ifLines = new Set<number>();
      for (const owner of [...(model.kind === 'workflow' ? model.jobs : []), ...steps]) {
        const range = entryOf(owner.token, 'if')?.value.range;
        for (let line = range?.start.line ?? 1; range && line <= range.end.line; line++) ifLines.add(line);
      }
      for (const site of fencedSites(model)) {
        const parsed = parseSite(site);
        if (!parsed) continue;
        const parts: Expr[] = [];
        // `${{ '${{ x }}' }}` is how a workflow writes a literal `${{`: an escape, not a disguise.
        if (parsed.tree instanceof Literal && String(parsed.tree.token.value ?? '').includes('${{')) continue;
        const whole = reducible(parsed.tree);
        if (whole && ifLines.has(site.at.line)) continue;
        if (whole) parts.push(parsed.tree);
        else reducibleParts(parsed.tree, parts);
        for (const part of parts) {
          const start = startOf(part);
          const at: Pos = start ? parsed.toPos(start) : site.at;
          const what = whole ? `\${{ ${site.text.trim()} }} is a constant; write its value instead` : 'part of this expression is a constant; write its value instead';
          context.report(model.file, { at }, what);
        }
      }
    };
    return {
      workflowPre: checkFile,
      actionPre: checkFile,
      step(step, _owner, file) {
        const uses = entryOf(step.token, 'uses');
        if (!uses || !step.uses) return;
        const why = obfuscatedUses(step.uses.value.trim());
        if (why.length) context.report(file.file, uses.key, `"${step.uses.value.trim()}" has ${why.join(' and ')} in its path; write the normalized path so that pinning and allow lists see the real action`);
        const withEntry = entryOf(step.token, 'with');
        if (withEntry && isBasicExpression(withEntry.value) && !step.uses.value.startsWith('./')) {
          context.report(file.file, withEntry.key, `with: is one expression, which hides the inputs given to "${step.uses.value.trim()}" from review and analysis; list the inputs one by one`);
        }
      }
    };
  }
};
export default rule;
