/** PG402 required-check-skippable: a required check that pull requests can skip. */
import type { Rule, RequiredChecksState } from '../../rule.js';
import { producedChecks, producersOf, readRequired } from './required-checks.js';

const rule: Rule = {
  id: 'PG402',
  name: 'required-check-skippable',
  level: 'warning',
  description: 'A required status check produced only by workflows whose pull request trigger has `paths`/`branches` filters, or only by jobs with an `if:` that can skip them.',
  help: 'A workflow that a `paths`, `paths-ignore`, `branches` or `branches-ignore` filter does not start never reports its checks, so a pull request that touches other files waits forever for a required check (error). A job that its `if:` skips reports success without running, so the required check passes unverified (warning). Produce the required check from a job that always runs (drop the filter and decide inside the job, or add a job with the same name that runs when the filter does not match).',
  create(context) {
    let state: RequiredChecksState | undefined;
    return {
      async prepare() {
        if (context.requiredChecks) state = await readRequired(context.requiredChecks);
      },
      finish() {
        if (!state) return;
        const produced = producedChecks(context.project);
        for (const name of state.required) {
          const producers = producersOf(name, produced);
          if (!producers.length || producers.some((p) => !p.skip)) continue;
          const hard = producers.find((p) => p.skip!.hard);
          const p = hard ?? producers[0];
          const skip = p.skip!;
          const why = hard ? 'a pull request it does not start waits for it forever' : 'a skipped job reports success without running';
          context.report(p.workflow.file, skip.node, `required check "${name}" can be skipped by ${skip.reason}: ${why}`, hard ? 'error' : undefined);
        }
      }
    };
  }
};
export default rule;
