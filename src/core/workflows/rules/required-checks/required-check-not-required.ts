/** PG400 required-check-not-required: a check of the `required-checks` input that the base branch does not require. */
import type { Rule } from '../../rule.js';
import { firstWorkflow, producedChecks, producersOf, readRequired } from './required-checks.js';
import type { RequiredChecksState } from '../../rule.js';
import { nameList } from '../../rule.js';

const rule: Rule = {
  id: 'PG400',
  name: 'required-check-not-required',
  level: 'error',
  description: 'A status check of the `required-checks` input that neither branch protection nor a ruleset of the base branch requires.',
  help: 'A gate only protects the branch when its check is required: otherwise a pull request merges while `workflows_validation` or `gates_enforcer` fails or never ran. Add the check to the required status checks of the base branch (branch protection, or a ruleset with a "Require status checks to pass" rule), or change the `required-checks` input. Read with the `token` input; branch protection needs a token with administration read access (rulesets need only metadata), so with `GITHUB_TOKEN` alone only rulesets are known and this rule stays silent.',
  create(context) {
    let state: RequiredChecksState | undefined;
    return {
      async prepare() {
        if (context.requiredChecks) state = await readRequired(context.requiredChecks);
      },
      finish() {
        const source = context.requiredChecks;
        if (!source || !state || state.partial) return;
        const required = new Set(state.required);
        const produced = producedChecks(context.project);
        const first = firstWorkflow(context.project);
        for (const name of source.expected) {
          if (required.has(name)) continue;
          const producer = producersOf(name, produced)[0];
          const where = producer ? { file: producer.workflow.file, node: producer.job.name ?? producer.job.id } : first && { file: first.workflow.file, node: first.node };
          if (!where) continue;
          context.report(where.file, where.node, `check "${name}" is not required on branch "${state.branch}" (required: ${nameList(state.required)})`);
        }
      }
    };
  }
};
export default rule;
