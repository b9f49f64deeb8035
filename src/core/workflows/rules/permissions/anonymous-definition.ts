/** PG226 anonymous-definition (opt-in): a workflow, or a job that runs steps, without a `name:`. */
import type { Rule } from '../../rule.js';
import { posOf } from '../injection/tokens.js';

const rule: Rule = {
  id: 'PG226',
  name: 'anonymous-definition',
  level: 'note',
  optIn: true,
  description: 'A workflow without `name:`, or a job with steps without `name:` (opt-in: off unless `.github/phase-gates.yml` gives it a level).',
  help: 'Without `name:`, GitHub shows a workflow by its file path and a job by its id in the Actions tab, in required status checks and in notifications, which makes runs harder to tell apart and to audit. Give each workflow and job a short `name:`. Same as zizmor\'s pedantic anonymous-definition audit, so off by default: enable it with `rules: { anonymous-definition: note }`.',
  create(context) {
    return {
      workflowPre(workflow) {
        if (!workflow.name) context.report(workflow.file, { at: posOf(workflow.root) }, 'this workflow has no name:, so GitHub shows it by its file path; add name: at the top');
      },
      jobPre(job, workflow) {
        if (!job.name && !job.uses) context.report(workflow.file, job.id, `job "${job.id.value}" has no name:, so GitHub shows it by its id; add name:`);
      }
    };
  }
};
export default rule;
