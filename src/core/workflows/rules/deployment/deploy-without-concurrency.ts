/** PG303 deploy-without-concurrency: deploys that can run at the same time, or be cancelled half-way. */
import type { Rule } from '../../rule.js';
import { deployJobs, isTrue, mappingValue, nodeOf } from './deploy-jobs.js';

const rule: Rule = {
  id: 'PG303',
  name: 'deploy-without-concurrency',
  level: 'warning',
  description: 'A deploy job without `concurrency:` (on the job or its workflow), or with `cancel-in-progress: true`.',
  help: 'Two runs deploying the same environment at once race each other; a `concurrency:` group (e.g. `group: deploy-${{ github.ref }}-production`) serializes them. `cancel-in-progress: true` cancels the deploy that is running when a new one starts, which leaves the environment half-deployed: keep it `false` (the default) for deploy jobs and for workflows that contain them.',
  create(context) {
    return {
      workflowPost(workflow) {
        const deploys = deployJobs(workflow);
        if (!deploys.length) return;
        const workflowCancel = mappingValue(workflow.concurrency?.value, 'cancel-in-progress');
        if (isTrue(workflowCancel)) {
          const ids = deploys.map((d) => `"${d.job.id.value}"`).join(', ');
          context.report(workflow.file, nodeOf(workflowCancel!), `workflow concurrency cancels in progress, which can cancel deploy job${deploys.length > 1 ? 's' : ''} ${ids} half-way`);
        }
        for (const d of deploys) {
          if (d.job.concurrency === undefined) {
            if (workflow.concurrency === undefined) {
              context.report(workflow.file, d.job.id, `deploy job "${d.job.id.value}" has no concurrency: group, so two deploys can run at once`);
            }
            continue;
          }
          const cancel = mappingValue(d.job.concurrency, 'cancel-in-progress');
          if (isTrue(cancel)) {
            context.report(workflow.file, nodeOf(cancel!), `deploy job "${d.job.id.value}" cancels in progress, which can leave the environment half-deployed`);
          }
        }
      }
    };
  }
};
export default rule;
