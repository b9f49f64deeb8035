/** PG302 deploy-without-smoke-test: a deploy that no smoke test follows. */
import type { Rule } from '../../rule.js';
import { deployJobs, isSmokeStep, reachable } from './deploy-jobs.js';

const rule: Rule = {
  id: 'PG302',
  name: 'deploy-without-smoke-test',
  level: 'warning',
  description: 'A deploy job that no smoke test follows: neither a later step of the job nor a job that needs it.',
  help: 'The deployment policy says: run smoke tests after deployment. After the deploy step, a step of the same job must use our smoke-test action or probe the service (`curl`, `wget`, a health check, or end-to-end tests after the deploy: `e2e`), or a job that needs the deploy job must do so. The root action (`phase-gates@…`) runs its smoke tests itself.',
  create(context) {
    return {
      workflowPost(workflow) {
        const beforeSmoke = reachable(workflow, workflow.jobs.filter((j) => j.steps.some(isSmokeStep)), 'upstream');
        for (const d of deployJobs(workflow)) {
          if (d.rootAction) continue;
          const after = d.deployStep?.index ?? -1;
          if (d.job.steps.some((s) => s.index > after && isSmokeStep(s))) continue;
          if (beforeSmoke.has(d.job)) continue;
          const at = d.deployStep ? (d.deployStep.uses ?? d.deployStep.run ?? d.deployStep) : d.job.id;
          context.report(workflow.file, at, `deploy job "${d.job.id.value}" is not followed by a smoke test (a smoke-test step after the deploy, or a job that needs it and runs one)`);
        }
      }
    };
  }
};
export default rule;
