/** PG111 needs-cycle: jobs that wait for each other, so none of them can start. */
import type { Rule } from '../../rule.js';
import type { JobModel } from '../../model.js';

/** Most jobs a cycle's message spells out (a cycle may run through thousands). */
const CYCLE_SHOWN = 10;

const rule: Rule = {
  id: 'PG111',
  name: 'needs-cycle',
  level: 'error',
  description: 'Jobs whose `needs:` form a cycle, so that none of them can ever start.',
  help: 'GitHub runs a job once every job in its `needs:` has finished; when jobs need each other in a cycle, the workflow is refused. Break the cycle by removing one of the `needs:` entries named in the message.',
  create(context) {
    return {
      workflowPost(workflow) {
        // An iterative depth-first search (a chain of thousands of jobs would overflow the call
        // stack), each job's place on the stack kept, so that a cycle costs no search: linear.
        const done = new Set<JobModel>();
        const onStack = new Map<JobModel, number>();
        const stack: { job: JobModel; next: number }[] = [];
        const reported = new Set<string>();
        for (const root of workflow.jobs) {
          if (done.has(root)) continue;
          onStack.set(root, 0);
          stack.push({ job: root, next: 0 });
          while (stack.length) {
            const frame = stack[stack.length - 1];
            const needs = frame.job.needs;
            if (frame.next >= needs.length) {
              stack.pop();
              onStack.delete(frame.job);
              done.add(frame.job);
              continue;
            }
            const need = needs[frame.next++];
            const next = workflow.jobsByLowerId.get(need.value.toLowerCase());
            if (!next || done.has(next)) continue;
            const at = onStack.get(next);
            if (at === undefined) {
              onStack.set(next, stack.length);
              stack.push({ job: next, next: 0 });
              continue;
            }
            // A back edge closes the cycle stack[at] → … → this job → next.
            const key = `${frame.job.id.value}\0${next.id.value}`;
            if (reported.has(key)) continue;
            reported.add(key);
            const length = stack.length - at;
            const shown = stack.slice(at, at + Math.min(length, CYCLE_SHOWN)).map((f) => f.job.id.value);
            const path = length <= CYCLE_SHOWN ? [...shown, next.id.value].join(' -> ') : `${shown.join(' -> ')} -> … -> ${frame.job.id.value} -> ${next.id.value} (${length} jobs)`;
            context.report(workflow.file, need, `jobs form a dependency cycle: ${path}`);
          }
        }
      }
    };
  }
};
export default rule;

