/** PG206 dangerous-triggers: any workflow run by `pull_request_target` or `workflow_run`. */
import type { Rule } from '../../rule.js';
import { keyNode } from './expr-tree.js';

const TRIGGERS: Record<string, string> = {
  pull_request_target: 'runs with the base repository\'s secrets and a write token on every pull request, forks included',
  workflow_run: 'runs with the repository\'s secrets and a write token after workflows that pull requests from forks can trigger'
};

const rule: Rule = {
  id: 'PG206',
  name: 'dangerous-triggers',
  level: 'warning',
  description: 'A workflow triggered by `pull_request_target` or `workflow_run`, privileged triggers that are almost always used insecurely (zizmor\'s dangerous-triggers).',
  help: '`pull_request_target` and `workflow_run` run in the context of the base repository, with its secrets and a token that can write, yet they are started by pull requests from anyone. Whatever such a workflow reads from the pull request (its code, branch names, titles, artifacts of the triggering run) is attacker-controlled. Prefer `pull_request`, which runs forks without secrets; if the privilege is needed, keep the job to trusted steps and treat every input as data. PG203 untrusted-checkout reports the worst case, checking out the pull request\'s head. A workflow whose only job has a single `actions/labeler` step is not reported (the use these triggers were made for).',
  create(context) {
    return {
      workflowPre(workflow) {
        const on = keyNode(workflow.root, 'on');
        if (!on) return;
        const job = workflow.jobs.length === 1 ? workflow.jobs[0] : undefined;
        const labeler = !!job && !job.uses && job.steps.length === 1 && /^actions\/labeler(@|$)/i.test(job.steps[0].uses?.value ?? '');
        for (const [name, why] of Object.entries(TRIGGERS)) {
          if (!workflow.on.has(name) || (name === 'pull_request_target' && labeler)) continue;
          context.report(workflow.file, on, `on: ${name} ${why}; use pull_request where possible, or keep this workflow to trusted steps that treat the pull request as data`);
        }
      }
    };
  }
};
export default rule;
