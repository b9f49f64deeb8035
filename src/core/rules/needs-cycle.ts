/** PG111 needs-cycle: jobs that wait for each other, so none of them can start. */
import type { Rule } from '../workflows/rule.js';
import type { JobModel } from '../workflows/model.js';

const rule: Rule = {
  id: 'PG111',
  name: 'needs-cycle',
  level: 'error',
  description: 'Jobs whose `needs:` form a cycle, so that none of them can ever start.',
  help: 'GitHub runs a job once every job in its `needs:` has finished; when jobs need each other in a cycle, the workflow is refused. Break the cycle by removing one of the `needs:` entries named in the message.',
  create(context) {
    return {
      workflowPost(workflow) {
        const byId = new Map(workflow.jobs.map((j) => [j.id.value.toLowerCase(), j]));
        const state = new Map<JobModel, 'visiting' | 'done'>();
        const stack: JobModel[] = [];
        const reported = new Set<string>();
        const visit = (job: JobModel): void => {
          state.set(job, 'visiting');
          stack.push(job);
          for (const need of job.needs) {
            const next = byId.get(need.value.toLowerCase());
            if (!next) continue;
            if (state.get(next) === 'visiting') {
              const cycle = stack.slice(stack.indexOf(next));
              const key = cycle.map((j) => j.id.value).sort().join('\0');
              if (!reported.has(key)) {
                reported.add(key);
                const path = [...cycle, next].map((j) => j.id.value).join(' -> ');
                context.report(workflow.file, need, `jobs form a dependency cycle: ${path}`);
              }
            } else if (!state.has(next)) visit(next);
          }
          stack.pop();
          state.set(job, 'done');
        };
        for (const job of workflow.jobs) if (!state.has(job)) visit(job);
      }
    };
  }
};
export default rule;
