/** PG207 bot-conditions: `if: github.actor == 'dependabot[bot]'`, a check anyone can pass. */
import { Binary, Literal, Logical, Unary, type Expr } from '@actions/expressions/ast';
import type { Rule } from '../../rule.js';
import { childrenOf, contextPath, contextText, filePos, isContextRead, jobConditions, startOf, ungroup } from './expr-tree.js';

const ACTOR_NAMES = ['github.actor', 'github.triggering_actor', 'github.event.pull_request.sender.login'];
const ACTOR_IDS = ['github.actor_id', 'github.event.pull_request.sender.id'];
/** Bot ids that have no `[bot]` suffix to recognize them by: dependabot (and its integration), dependabot-preview, renovate. */
const BOT_IDS = ['29110', '49699333', '27856297', '29139614'];

/** The event's own user, who a contributor cannot swap for a bot, by trigger (zizmor's fix). */
const EVENT_USER: Record<string, string> = {
  issue_comment: 'github.event.comment.user',
  discussion_comment: 'github.event.comment.user',
  pull_request_review: 'github.event.review.user',
  pull_request_review_comment: 'github.event.comment.user',
  issues: 'github.event.issue.user',
  discussion: 'github.event.discussion.user',
  pull_request: 'github.event.pull_request.user',
  pull_request_target: 'github.event.pull_request.user',
  release: 'github.event.release.author',
  milestone: 'github.event.milestone.creator'
};

/** What to check instead: the only trigger's user, or the pull request's author. */
function safeActor(on: ReadonlyMap<string, unknown>, actorPath: string): string {
  const only = on.size === 1 ? [...on.keys()][0] : undefined;
  const user = (only && EVENT_USER[only]) ?? 'github.event.pull_request.user';
  return `${user}.${ACTOR_IDS.includes(actorPath) ? 'id' : 'login'}`;
}

interface Hit {
  eq: Binary;
  actor: Expr;
}

function literalText(e: Expr): string | undefined {
  return e instanceof Literal ? String(e.token.value ?? e.token.lexeme) : undefined;
}

/** A bot check `actor == '…[bot]'` (or a bot id) among both sides of `==`. */
function botCheck(eq: Binary): Hit | undefined {
  const [l, r] = [ungroup(eq.left), ungroup(eq.right)];
  const actor = isContextRead(l) ? l : isContextRead(r) ? r : undefined;
  const lit = literalText(l) ?? literalText(r);
  if (!actor || lit === undefined) return undefined;
  const path = contextPath(actor) ?? '';
  if (ACTOR_NAMES.includes(path) && lit.endsWith('[bot]')) return { eq, actor };
  if (ACTOR_IDS.includes(path) && BOT_IDS.includes(lit)) return { eq, actor };
  return undefined;
}

/**
 * zizmor's walk: the first bot check of a condition, and whether it dominates (decides the whole
 * condition: reached through `||` and `==` only, not through `&&`, `!` or a call's argument).
 */
function walk(e: Expr, dominating: boolean): [Hit | undefined, boolean] {
  const node = ungroup(e);
  if (node instanceof Logical && node.operator.lexeme === '||') {
    let hit: Hit | undefined;
    for (const a of node.args) hit ??= walk(a, true)[0];
    return [hit, true];
  }
  if (node instanceof Binary && node.operator.lexeme === '==') {
    const [l, r] = [ungroup(node.left), ungroup(node.right)];
    if (isContextRead(l) || isContextRead(r)) {
      if (literalText(l) !== undefined || literalText(r) !== undefined) return [botCheck(node), true];
    } else return [undefined, true];
    return [walk(node.left, true)[0] ?? walk(node.right, true)[0], true];
  }
  if (node instanceof Logical || node instanceof Binary) {
    let hit: Hit | undefined;
    for (const a of childrenOf(node)) hit ??= walk(a, false)[0];
    return [hit, false];
  }
  if (node instanceof Unary) return walk(node.expr, false);
  const children = childrenOf(node);
  if (children.length === 0) return [undefined, dominating];
  let hit: Hit | undefined;
  for (const c of children) hit ??= walk(c, false)[0];
  return [hit, false];
}

const rule: Rule = {
  id: 'PG207',
  name: 'bot-conditions',
  level: 'error',
  description: 'A job or step condition that trusts `github.actor` (or `triggering_actor`, `actor_id`) to be a bot such as `dependabot[bot]` (zizmor\'s bot-conditions).',
  help: '`github.actor` is whoever caused the latest event of the run, not who wrote the code: a contributor can make a bot the actor (by re-running a job after dependabot updated its branch, or by a comment that makes the bot push), so `if: github.actor == \'dependabot[bot]\'` can be passed by an attacker under `pull_request_target` and similar triggers. Check who opened the pull request instead (`github.event.pull_request.user.login`), or the event\'s own user field. A check that does not decide the whole condition (joined with `&&`) is reported as a warning.',
  create(context) {
    return {
      jobPre(job, workflow) {
        if (job.uses) return;
        for (const { site, tree } of jobConditions(job)) {
          const [hit, dominating] = walk(tree, true);
          if (!hit) continue;
          const start = startOf(hit.eq);
          const at = start ? filePos(site, start) : site.at;
          const actor = contextText(hit.actor);
          const instead = safeActor(workflow.on, contextPath(hit.actor) ?? '');
          context.report(
            workflow.file,
            { at },
            `condition "${actor} == …" is a spoofable bot check: the actor is whoever caused the latest event, which a contributor can arrange to be the bot; check ${instead} instead${dominating ? '' : ' (it decides the condition only together with other terms)'}`,
            dominating ? undefined : 'warning'
          );
        }
      }
    };
  }
};
export default rule;
