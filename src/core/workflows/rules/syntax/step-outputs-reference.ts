/** PG112 step-outputs-reference: `steps.X` where no step `X` runs before, in that job. */
import { nameList, type Rule } from '../../rule.js';
import { didYouMean } from '../../../suggest.js';
import { contextChains, expressionSites, type ExpressionSite } from '../../expressions.js';
import type { StepModel } from '../../model.js';
import type { SourceFile } from '../../source.js';

const rule: Rule = {
  id: 'PG112',
  name: 'step-outputs-reference',
  level: 'error',
  description: '`steps.X.outputs.Y` (or `steps.X.outcome`) where no step with id `X` runs before it in the same job.',
  help: 'The `steps` context holds only the steps of the current job (or composite action) that have already run, by their `id:`. A reference to a step that does not exist, or that runs later, evaluates to an empty string: the workflow runs on with a silently empty value. Give the step an `id:` and refer to it only after it.',
  create(context) {
    /** `sites` may name the steps of `all` before index `upTo` (all of them for outputs). */
    const check = (file: SourceFile, sites: ExpressionSite[], all: StepModel[], upTo: number, owner: string): void => {
      const known = new Set(all.slice(0, upTo).flatMap((s) => (s.id ? [s.id.value] : [])));
      for (const site of sites) {
        for (const chain of contextChains(site)) {
          const [ctx, step] = chain.segments;
          if (ctx.name !== 'steps' || !step || step.name === '*' || known.has(step.name)) continue;
          const at = all.findIndex((s) => s.id?.value === step.name);
          let message: string;
          if (at === upTo) message = `step "${step.name}" refers to its own outputs, which do not exist until it has run`;
          else if (at > upTo) message = `step "${step.name}" runs after this step in ${owner}: its outputs are empty here`;
          else {
            const ids = all.flatMap((s) => (s.id ? [s.id.value] : []));
            message = `no step with id "${step.name}" before this point in ${owner} (step ids: ${nameList(known)})${didYouMean(step.name, ids)}`;
          }
          context.report(file, step, message);
        }
      }
    };
    return {
      jobPre(job, workflow) {
        const owner = `job "${job.id.value}"`;
        job.steps.forEach((step, i) => check(workflow.file, step.expressions, job.steps, i, owner));
        check(workflow.file, job.outputExpressions, job.steps, job.steps.length, owner);
      },
      actionPre(action) {
        action.steps.forEach((step, i) => check(action.file, step.expressions, action.steps, i, 'the composite action'));
        const outputs = [...action.outputs.values()].flatMap((o) => expressionSites(o.value));
        check(action.file, outputs, action.steps, action.steps.length, 'the composite action');
      }
    };
  }
};
export default rule;
