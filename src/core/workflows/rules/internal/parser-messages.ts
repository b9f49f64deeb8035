/**
 * Sorting GitHub's parser messages into rule families (internal to the rules): each family's rule
 * reports its own messages, so that a user can disable or re-level them separately.
 */
import type { ParseProblem } from '../../parse.js';
import type { Rule, RuleMeta, RuleHooks } from '../../rule.js';

/** The family of a parser message. `needs` ones are left to PG110/PG111, which explain more. */
export type MessageFamily = 'read' | 'syntax' | 'expression' | 'context' | 'function' | 'function-not-allowed' | 'needs';

/**
 * Functions that exist but only at some keys (actionlint's SpecialFunctionNames): the parser
 * calls them unrecognised elsewhere.
 */
export const SPECIAL_FUNCTIONS: ReadonlyMap<string, readonly string[]> = new Map([
  ['always', ['jobs.<job_id>.if', 'jobs.<job_id>.steps.if']],
  ['cancelled', ['jobs.<job_id>.if', 'jobs.<job_id>.steps.if']],
  ['failure', ['jobs.<job_id>.if', 'jobs.<job_id>.steps.if']],
  ['success', ['jobs.<job_id>.if', 'jobs.<job_id>.steps.if']],
  [
    'hashfiles',
    ['jobs.<job_id>.steps.continue-on-error', 'jobs.<job_id>.steps.env', 'jobs.<job_id>.steps.if', 'jobs.<job_id>.steps.name', 'jobs.<job_id>.steps.run', 'jobs.<job_id>.steps.timeout-minutes', 'jobs.<job_id>.steps.with', 'jobs.<job_id>.steps.working-directory']
  ]
]);

export function familyOf(problem: ParseProblem): MessageFamily {
  if (problem.stage === 'read') return 'read';
  const m = problem.message;
  if (/^Unrecognized named-value/.test(m)) return 'context';
  const fn = /^Unrecognized function: '(.*)'$/.exec(m);
  if (fn) return SPECIAL_FUNCTIONS.has(fn[1].toLowerCase()) ? 'function-not-allowed' : 'function';
  if (/^(Unexpected end of expression|Unexpected symbol|Exceeded max expression|Too (few|many) parameters|Even number of parameters|The expression is not closed|The directive '.*' is not allowed)/.test(m)) {
    return 'expression';
  }
  if (/depends on unknown job|creates a cycle in the dependency graph|at least one job with no dependencies/.test(m)) return 'needs';
  return 'syntax';
}

/** A rule that reports the parser's messages of one family, at the parser's positions. */
export function parserMessageRule(meta: RuleMeta, family: MessageFamily, rewrite: (message: string) => string = (m) => m): Rule {
  return {
    ...meta,
    create(context): RuleHooks {
      return {
        file(file) {
          const echoes = echoesOf(file.problems);
          for (const p of file.problems) {
            if (familyOf(p) !== family || echoes.has(p)) continue;
            context.report(file.source, p, rewrite(p.message));
          }
        }
      };
    }
  };
}

/**
 * The converter re-parses an `if: ${{ … }}` that the reader already refused, and then complains
 * about the `${{` itself: an echo of the first message at the same place, not a second fault.
 * Places counted once, so that a file of many messages costs linear time.
 */
function echoesOf(all: readonly ParseProblem[]): Set<ParseProblem> {
  const isEcho = (p: ParseProblem) => /^Unexpected symbol: '\$\{\{'/.test(p.message);
  const place = (p: ParseProblem) => `${p.at.line}:${p.at.column}`;
  const count = new Map<string, number>();
  for (const p of all) if (isEcho(p)) count.set(place(p), 0);
  if (count.size === 0) return new Set();
  for (const p of all) if (count.has(place(p))) count.set(place(p), count.get(place(p))! + 1);
  return new Set(all.filter((p) => isEcho(p) && count.get(place(p))! > 1));
}
