/** PG210 secrets-inherit: a reusable workflow called with `secrets: inherit`. */
import type { Rule } from '../../rule.js';
import { isLocalUses } from '../../model.js';

const rule: Rule = {
  id: 'PG210',
  name: 'secrets-inherit',
  level: 'warning',
  description: 'A job that calls a reusable workflow with `secrets: inherit`, handing it every secret of the caller (zizmor\'s secrets-inherit).',
  help: '`secrets: inherit` passes every repository, organization and environment secret the caller can see to the called workflow, whatever it needs; a called workflow that is compromised, or changed on the ref the caller follows, gets them all. Pass the secrets it declares by name: `secrets: { token: ${{ secrets.DEPLOY_TOKEN }} }`.',
  create(context) {
    return {
      jobPre(job, workflow) {
        // A workflow of the same repository (./… or $/…) is code these secrets already trust.
        if (job.secrets !== 'inherit' || !job.uses || isLocalUses(job.uses.value)) return;
        context.report(workflow.file, job.uses, `job "${job.id.value}" calls ${job.uses.value} with secrets: inherit, which hands it every secret of this workflow; pass the secrets it needs by name under secrets:`);
      }
    };
  }
};
export default rule;
