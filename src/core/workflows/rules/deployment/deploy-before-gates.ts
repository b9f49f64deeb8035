/** PG304 deploy-before-gates: a production deploy job that does not wait for the gates job. */
import type { Rule } from '../../rule.js';
import { deployJobs, isGatesJob, isGatesStep, reachable } from './deploy-jobs.js';

const rule: Rule = {
  id: 'PG304',
  name: 'deploy-before-gates',
  level: 'error',
  description: 'A production deploy job that does not need (directly or through other jobs) a gates job.',
  help: 'The deployment policy forbids deploying without automated tests passing. A production deploy job must wait, through `needs:`, for a job that enforces the gates: one that uses our gates-enforcer action (`…/actions/gates-enforcer`) or is named `gates` / `gates_enforcer`; a gates-enforcer step before the deploy step in the same job counts too, and the root action (`phase-gates@…`) enforces the gates itself.',
  create(context) {
    return {
      workflowPost(workflow) {
        const afterGates = reachable(workflow, workflow.jobs.filter(isGatesJob), 'downstream');
        for (const d of deployJobs(workflow)) {
          if (!d.production || d.rootAction) continue;
          const before = d.deployStep?.index ?? d.job.steps.length;
          if (d.job.steps.some((s) => s.index < before && isGatesStep(s))) continue;
          if (afterGates.has(d.job)) continue;
          context.report(workflow.file, d.job.id, `production deploy job "${d.job.id.value}" does not need a gates job (one running gates-enforcer), so it can deploy without the gates passing`);
        }
      }
    };
  }
};
export default rule;
