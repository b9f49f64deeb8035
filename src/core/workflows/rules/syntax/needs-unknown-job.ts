/** PG110 needs-unknown-job: `needs:` names a job the workflow does not have. */
import { type Rule } from '../../rule.js';
import { jobsByName, suggestJob } from '../../model.js';

const rule: Rule = {
  id: 'PG110',
  name: 'needs-unknown-job',
  level: 'error',
  description: '`needs:` names a job that the workflow does not define.',
  help: 'A job can only wait for jobs of the same workflow, by their ids (the keys under `jobs:`, not their `name:`). GitHub refuses the whole workflow when one `needs:` entry is unknown. Job ids are case-insensitive.',
  create(context) {
    return {
      jobPre(job, workflow) {
        for (const need of job.needs) {
          if (workflow.jobsByLowerId.has(need.value.toLowerCase())) continue;
          const byName = jobsByName(workflow).get(need.value);
          const hint = byName ? ` ("${need.value}" is the name of job "${byName.id.value}"; needs takes job ids)` : suggestJob(workflow, need.value);
          context.report(workflow.file, need, `job "${job.id.value}" needs unknown job "${need.value}"${hint}`);
        }
      }
    };
  }
};
export default rule;
