/** PG143 constant-if: an `if:` whose value never depends on the run (text around `${{ }}` is PG220 unsound-condition's). */
import { ContextAccess, FunctionCall, type Expr } from '@actions/expressions/ast';
import { isBasicExpression, isString } from '@actions/workflow-parser';
import type { TemplateToken } from '@actions/workflow-parser/templates/tokens/index';
import type { Rule } from '../../rule.js';
import { parseExpression } from '../../expressions.js';
import type { Node } from '../../model.js';
import type { SourceFile } from '../../source.js';
import { child, lineOf } from './tokens.js';

/** Functions whose result depends on the run: the status functions and hashFiles. */
const RUN_FUNCTIONS = new Set(['success', 'failure', 'always', 'cancelled', 'hashfiles']);

/** Whether an expression refers to no context and calls no run-dependent function. */
function isConstant(e: Expr): boolean {
  let constant = true;
  const visit = (x: unknown, depth: number): void => {
    if (!constant || depth > 200 || !x || typeof x !== 'object') return;
    if (x instanceof ContextAccess) {
      constant = false;
      return;
    }
    if (x instanceof FunctionCall && RUN_FUNCTIONS.has(x.functionName.lexeme.toLowerCase())) {
      constant = false;
      return;
    }
    for (const v of Object.values(x)) {
      if (Array.isArray(v)) v.forEach((i) => visit(i, depth + 1));
      else if (v && typeof v === 'object' && !('lexeme' in v)) visit(v, depth + 1);
    }
  };
  visit(e, 0);
  return constant;
}

const parse = parseExpression;

/** The `if:` as written (inside its quotes), or undefined when it is not a scalar. */
function written(token: TemplateToken): string | undefined {
  if (isString(token)) return token.value;
  if (!isBasicExpression(token)) return undefined;
  const source = token.source;
  if (source === undefined) return `\${{ ${token.expression} }}`;
  // The source keeps a quoted scalar's quotes and a block scalar's indentation.
  if (/^'[^]*'$/.test(source)) return source.slice(1, -1).replace(/''/g, "'");
  if (/^"[^]*"$/.test(source)) return source.slice(1, -1);
  return source.includes('\n') ? source.replace(/^[ \t]+/gm, '') : source;
}

const rule: Rule = {
  id: 'PG143',
  name: 'constant-if',
  level: 'warning',
  description: 'A constant condition such as `if: false` or `if: ${{ true }}` (a condition always true by text around its `${{ }}` is PG220 unsound-condition).',
  help: "A condition that refers to no context and no status function (`if: false`, `if: ${{ true }}`) is constant: remove the `if:` or the job or step it guards.",
  create(context) {
    const check = (file: SourceFile, owner: { token: TemplateToken }, at: Node | undefined): void => {
      const token = child(owner.token, 'if');
      if (!token || !at) return;
      // The value's first character, its quote included (an expression's own position is after the quote).
      if (token.range) {
        const { line, column } = token.range.start;
        const before = lineOf(file, line)[column - 2];
        at = { at: { line, column: before === "'" || before === '"' ? column - 1 : column } };
      }
      const text = written(token);
      if (text === undefined) return;
      const start = text.indexOf('${{');
      const end = text.lastIndexOf('}}');
      if (start >= 0 && end > start) {
        // Text around ${{ }} makes the condition always true: PG220 unsound-condition reports that.
        if (start > 0 || end + 2 < text.length || text.indexOf('${{', start + 3) >= 0) return;
      }
      const expression = (start >= 0 && end > start ? text.slice(start + 3, end) : text).trim();
      const tree = parse(expression);
      if (tree && isConstant(tree)) context.report(file, at, `condition "${expression}" is constant: remove the if: (or the job or step it guards)`);
    };
    return {
      jobPre(job, workflow) {
        check(workflow.file, job, job.if);
      },
      step(step, _owner, file) {
        check(file.file, step, step.if);
      }
    };
  }
};
export default rule;
