/** PG401 required-check-not-produced: a required check that no job of the checked workflows produces. */
import type { Rule, RequiredChecksState } from '../../rule.js';
import { firstWorkflow, producedChecks, producersOf, readRequired } from './required-checks.js';

const rule: Rule = {
  id: 'PG401',
  name: 'required-check-not-produced',
  level: 'warning',
  description: 'A status check the base branch requires that no job of the checked workflows produces under that name.',
  help: 'GitHub names a check after the job: its `name:` (matrix values expanded), else its id; a matrix job without a name gives `id (value, value)` per combination, and a job calling a reusable workflow gives `caller / job`. A required check that nothing reports stays "Expected — Waiting for status to be reported" and blocks every pull request. Rename the job or fix the required check. A check that a GitHub App reports (not a workflow) is also reported here: disable the rule for it with `# phase-gates-disable PG401` or in the config.',
  create(context) {
    let state: RequiredChecksState | undefined;
    return {
      async prepare() {
        if (context.requiredChecks) state = await readRequired(context.requiredChecks);
      },
      finish() {
        if (!state) return;
        const first = firstWorkflow(context.project);
        if (!first) return;
        const produced = producedChecks(context.project);
        for (const name of state.required) {
          if (producersOf(name, produced).length) continue;
          context.report(first.workflow.file, first.node, `required check "${name}" of branch "${state.branch}" is produced by no job of the checked workflows`);
        }
      }
    };
  }
};
export default rule;
