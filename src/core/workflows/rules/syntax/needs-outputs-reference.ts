/** PG113 needs-outputs-reference: `needs.X.outputs.Y` where X is not needed or has no output Y. */
import { nameList, type Rule } from '../../rule.js';
import { didYouMean } from '../../../suggest.js';
import { contextChains } from '../../expressions.js';
import { suggestJob, type JobModel, type WorkflowModel } from '../../model.js';

const rule: Rule = {
  id: 'PG113',
  name: 'needs-outputs-reference',
  level: 'error',
  description: '`needs.X.…` where job `X` is not in this job\'s `needs:`, or `needs.X.outputs.Y` where `X` declares no output `Y`.',
  help: "The `needs` context holds only the jobs listed in the job's own `needs:` (not their dependencies), and of each only the outputs it declares under `outputs:` (for a reusable workflow, its `on.workflow_call.outputs`). Anything else evaluates to an empty string, silently: a deploy then runs with an empty version or report. Add the job to `needs:`, or declare the output.",
  create(context) {
    const outputsOf = (target: JobModel): string[] | undefined => {
      if (!target.uses) return [...target.outputs.keys()];
      const called = context.project.local(target.uses.value);
      // A remote reusable workflow's outputs cannot be known offline.
      return called?.kind === 'workflow' && called.workflowCall ? [...called.workflowCall.outputs.keys()] : undefined;
    };
    // Lower-case output names of each job referenced, built once: a job may be referenced thousands of times.
    const declaredOf = new Map<JobModel, Set<string>>();
    const declared = (target: JobModel, outputs: string[]): Set<string> => {
      let set = declaredOf.get(target);
      if (!set) declaredOf.set(target, (set = new Set(outputs.map((o) => o.toLowerCase()))));
      return set;
    };
    return {
      jobPre(job: JobModel, workflow: WorkflowModel) {
        const needed = new Map(job.needs.map((n) => [n.value.toLowerCase(), n.value]));
        const sites = [...job.expressions, ...job.outputExpressions, ...job.steps.flatMap((s) => s.expressions)];
        for (const site of sites) {
          for (const chain of contextChains(site)) {
            const [ctx, target, section, output] = chain.segments;
            if (ctx.name !== 'needs' || !target || target.name === '*') continue;
            if (!needed.has(target.name.toLowerCase())) {
              const exists = workflow.jobsByLowerId.has(target.name.toLowerCase());
              const why = exists ? `job "${target.name}" is not in the needs of job "${job.id.value}"` : `no job "${target.name}" in this workflow`;
              context.report(workflow.file, target, `${why} (needs: ${nameList(needed.values())})${exists ? '' : suggestJob(workflow, target.name)}`);
              continue;
            }
            if (section?.name !== 'outputs' || !output || output.name === '*') continue;
            const targetJob = workflow.jobsByLowerId.get(target.name.toLowerCase());
            if (!targetJob) continue;
            const outputs = outputsOf(targetJob);
            if (!outputs || declared(targetJob, outputs).has(output.name.toLowerCase())) continue;
            context.report(
              workflow.file,
              output,
              `job "${targetJob.id.value}" declares no output "${output.name}" (outputs: ${nameList(outputs)})${didYouMean(output.name, outputs)}`
            );
          }
        }
      }
    };
  }
};
export default rule;
