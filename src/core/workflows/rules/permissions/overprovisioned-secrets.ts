/** PG211 overprovisioned-secrets: `toJSON(secrets)` or `secrets[<computed>]` hands the job every secret. */
import type { Expr } from '@actions/expressions/ast';
import { IndexAccess, Literal } from '@actions/expressions/ast';
import type { Rule } from '../../rule.js';
import { callName, childrenOf, contextPath, countMatches, perFencedExpression, ungroup } from '../injection/expr-tree.js';

/** The places in an expression that expand the whole `secrets` context (zizmor's secrets_expansions). */
export function secretsExpansions(e: Expr): number {
  return countMatches(e, (node) =>
    (callName(node) === 'tojson' && childrenOf(node).some((a) => contextPath(a) === 'secrets')) ||
    (node instanceof IndexAccess && contextPath(node.expr) === 'secrets' && !(ungroup(node.index) instanceof Literal)));
}

const rule: Rule = {
  id: 'PG211',
  name: 'overprovisioned-secrets',
  level: 'warning',
  description: 'An expression that expands the whole `secrets` context into the job: `toJSON(secrets)` or `secrets[<computed name>]` (zizmor\'s overprovisioned-secrets).',
  help: 'GitHub gives a job only the secrets its expressions name. `toJSON(secrets)`, or an index computed at run time (`secrets[format(\'TOKEN_{0}\', matrix.env)]`), names all of them, so every secret of the repository and organization reaches the runner and any compromised step can read them. Name each secret the job needs (`secrets.DEPLOY_TOKEN`), or pick among named ones with a condition.',
  create(context) {
    return perFencedExpression(context, secretsExpansions, (text) => `${text} injects the entire secrets context into the runner; name only the secrets the job needs (secrets.NAME)`);
  }
};
export default rule;
