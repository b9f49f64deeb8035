/** PG300 production-before-staging: a production deploy job that does not come after a staging deploy. */
import type { Rule } from '../../rule.js';
import { nameList } from '../../rule.js';
import { deployJobs, reachable } from './deploy-jobs.js';

const rule: Rule = {
  id: 'PG300',
  name: 'production-before-staging',
  level: 'error',
  description: 'A production deploy job that does not come after a staging deploy job of the same workflow (through `needs:`).',
  help: 'The deployment policy says: deploy to staging before production, always. A job deploying to `production` (or `prod`, by its `environment:` or the deploy action\'s `environment` input) must wait, directly or through other jobs, for a job deploying to `staging` in the same workflow, so that a commit reaches production only after it ran in staging. Add the staging deploy job to the production job\'s `needs:`.',
  create(context) {
    return {
      workflowPost(workflow) {
        const deploys = deployJobs(workflow);
        const staging = new Set(deploys.filter((d) => d.staging && !d.production).map((d) => d.job));
        const afterStaging = reachable(workflow, staging, 'downstream');
        for (const d of deploys) {
          if (!d.production) continue;
          if (afterStaging.has(d.job)) continue;
          const hint = staging.size ? ` (add ${staging.size === 1 ? nameList([...staging].map((j) => j.id.value)) : `one of ${nameList([...staging].map((j) => j.id.value))}`} to its needs)` : ' (the workflow has no staging deploy job)';
          context.report(workflow.file, d.job.id, `production deploy job "${d.job.id.value}" does not come after a staging deploy${hint}`);
        }
      }
    };
  }
};
export default rule;
