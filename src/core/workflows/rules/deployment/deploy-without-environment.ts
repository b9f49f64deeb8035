/** PG301 deploy-without-environment: a deploy job not bound to an `environment:`. */
import type { Rule } from '../../rule.js';
import { deployJobs } from './deploy-jobs.js';

const rule: Rule = {
  id: 'PG301',
  name: 'deploy-without-environment',
  level: 'warning',
  description: 'A deploy job that is not bound to an `environment:`.',
  help: 'GitHub environments carry the protection rules of a deployment (required reviewers, wait timers, allowed branches) and its secrets, and record the deployment history. A job that changes a running service (our deploy action under any repository name; a deploy action such as cloudflare/wrangler-action, azure/webapps-deploy or google-github-actions/deploy-cloudrun; a deploy command such as `wrangler deploy`, `flyctl deploy`, `./deploy.sh`, `make deploy` or `npm run deploy`; or, in a job named for deploying, `kubectl apply`, `helm upgrade` or `terraform apply`) without `environment:` bypasses all of them. Add `environment: <name>` (or `environment: { name, url }`) to the job. Package publishes, image builds, tag moves and approval-only jobs are not deploys.',
  create(context) {
    return {
      workflowPost(workflow) {
        for (const d of deployJobs(workflow)) {
          if (d.job.environment !== undefined) continue;
          const target = d.environments.length ? ` (it deploys to "${d.environments[0]}")` : '';
          context.report(workflow.file, d.job.id, `deploy job "${d.job.id.value}" is not bound to an environment:${target}`);
        }
      }
    };
  }
};
export default rule;
