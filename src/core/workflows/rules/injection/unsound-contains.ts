/** PG208 unsound-contains: `contains('main,develop', github.ref_name)` matches substrings an attacker picks. */
import { FunctionCall, Literal, type Expr } from '@actions/expressions/ast';
import type { Rule } from '../../rule.js';
import { childrenOf, contextPath, contextText, isContextRead, jobConditions, ungroup } from './expr-tree.js';

/** Contexts a contributor can set to any text (zizmor's list). */
const CONTROLLABLE = ['env', 'github.actor', 'github.base_ref', 'github.head_ref', 'github.ref', 'github.ref_name', 'github.sha', 'github.triggering_actor', 'inputs'];

/** The contexts tested with `contains('<string>', <context>)` in an expression. */
function unsound(e: Expr, out: Expr[]): Expr[] {
  const node = ungroup(e);
  if (node instanceof FunctionCall && node.functionName.lexeme.toLowerCase() === 'contains' && node.args.length === 2) {
    const [hay, needle] = node.args.map(ungroup);
    const isString = hay instanceof Literal && typeof hay.token.value === 'string';
    if (isString && isContextRead(needle)) {
      out.push(needle);
      return out;
    }
  }
  for (const c of childrenOf(node)) unsound(c, out);
  return out;
}

const rule: Rule = {
  id: 'PG208',
  name: 'unsound-contains',
  level: 'error',
  description: 'A condition `contains(\'<string>\', <context>)` that tests membership in a list written as one string, so any substring passes (zizmor\'s unsound-contains).',
  help: 'With a string as its first argument, `contains` tests for a substring: `contains(\'refs/heads/main refs/heads/develop\', github.ref)` is also true for a branch named `main` or `heads/dev`, which a contributor can create. Test against an array instead: `contains(fromJSON(\'["refs/heads/main", "refs/heads/develop"]\'), github.ref)`, or compare with `==`. Contexts no contributor controls (such as `runner.name`) are reported as notes.',
  create(context) {
    return {
      jobPre(job, workflow) {
        if (job.uses) return;
        for (const { key, tree } of jobConditions(job)) {
          for (const needle of unsound(tree, [])) {
            const path = contextPath(needle) ?? '';
            const controllable = CONTROLLABLE.some((c) => path === c || path.startsWith(`${c}.`));
            const name = contextText(needle);
            context.report(
              workflow.file,
              key,
              `contains(…) with a string tests for a substring, so this condition can be bypassed ${controllable ? 'by anyone who controls' : 'when something else controls'} '${name}'; test against an array: contains(fromJSON('["a", "b"]'), ${name})`,
              controllable ? undefined : 'note'
            );
          }
        }
      }
    };
  }
};
export default rule;
