/** PG203 untrusted-checkout: a privileged `pull_request_target` or `workflow_run` job checks out the untrusted head. */
import { isBasicExpression, isString } from '@actions/workflow-parser';
import type { Rule } from '../../rule.js';
import type { Node } from '../../model.js';
import { contextChains, expressionSites } from '../../expressions.js';

/** Expressions that name the code of the pull request or of the run that triggered `workflow_run`. */
const HEAD = [
  'github.event.pull_request.head.sha',
  'github.event.pull_request.head.ref',
  'github.event.pull_request.merge_commit_sha',
  'github.head_ref',
  'github.event.workflow_run.head_sha',
  'github.event.workflow_run.head_branch'
];

const PRIVILEGED = ['pull_request_target', 'workflow_run'];

const rule: Rule = {
  id: 'PG203',
  name: 'untrusted-checkout',
  level: 'error',
  description: 'A `pull_request_target` or `workflow_run` workflow whose job checks out the untrusted head (`actions/checkout` with a `ref:` of the pull request head or `refs/pull/…/merge`).',
  help: '`pull_request_target` and `workflow_run` run in the context of the base repository, with its secrets and a write token, precisely so that they can act on pull requests from forks. Checking out the head of the pull request there and then building, testing or even installing it runs the attacker\'s code with those privileges ("pwn request"). Use `pull_request` for anything that runs the contributed code, and keep the privileged workflow to trusted steps (labelling, commenting on results it downloads as data).',
  create(context) {
    return {
      step(step, owner, file) {
        if (file.kind !== 'workflow' || !('id' in owner)) return;
        const trigger = PRIVILEGED.find((t) => file.on.has(t));
        if (!trigger || !/^actions\/checkout@/i.test(step.uses?.value ?? '')) return;
        const ref = step.with.get('ref');
        if (!ref) return;
        let found: { what: string; at: Node } | undefined;
        for (const site of expressionSites(ref.value)) {
          for (const chain of contextChains(site)) {
            const path = chain.segments.map((s) => s.name.toLowerCase()).join('.');
            if (HEAD.some((h) => path === h || path.startsWith(`${h}.`))) found ??= { what: chain.segments.map((s) => s.name).join('.'), at: chain.segments[0] };
          }
        }
        const text = isString(ref.value) ? ref.value.value : isBasicExpression(ref.value) ? ref.value.toDisplayString() : '';
        if (!found && /refs\/pull\/[^/]+\/(merge|head)/.test(text)) {
          const r = ref.value.range;
          found = { what: 'refs/pull/…', at: { at: r ? { line: r.start.line, column: r.start.column } : ref.key.at } };
        }
        if (!found) return;
        context.report(file.file, found.at, `job "${owner.id.value}" of a ${trigger} workflow checks out the untrusted head (${found.what}) with the base repository's secrets and write token; run contributed code under pull_request instead`);
      }
    };
  }
};
export default rule;
