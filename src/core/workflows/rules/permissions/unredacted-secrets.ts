/** PG212 unredacted-secrets: `fromJSON(secrets.X)` yields values GitHub does not mask in logs. */
import type { Expr } from '@actions/expressions/ast';
import type { Rule } from '../../rule.js';
import { callName, childrenOf, contextPath, countMatches, perFencedExpression } from '../injection/expr-tree.js';

/** The `fromJSON(<secret>)` calls of an expression (zizmor's secret_leakages). */
export function secretLeakages(e: Expr): number {
  return countMatches(e, (node) => callName(node) === 'fromjson' && childrenOf(node).some((a) => /^secrets(\.|$)/.test(contextPath(a) ?? '')));
}

const rule: Rule = {
  id: 'PG212',
  name: 'unredacted-secrets',
  level: 'warning',
  description: 'A secret parsed with `fromJSON(secrets.X)`, whose fields GitHub does not mask in logs (zizmor\'s unredacted-secrets).',
  help: 'The runner masks a secret\'s exact value in logs. A secret holding JSON and taken apart with `fromJSON(secrets.X).field` yields fields that were never registered as secrets, so they print in clear. Store each value as its own secret, or register the field with `::add-mask::` before it can be printed.',
  create(context) {
    return perFencedExpression(context, secretLeakages, (text) => `${text} parses a secret with fromJSON, and the values it yields are not redacted in logs; store each value as its own secret`);
  }
};
export default rule;
