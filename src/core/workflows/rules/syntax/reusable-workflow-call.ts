/** PG115 reusable-workflow-call: inputs and secrets passed to a local reusable workflow. */
import { nameList, type Level, type RuleContext, type Rule } from '../../rule.js';
import { didYouMean } from '../../../suggest.js';
import { isLocalUses, type Entries, type JobModel, type Scalar, type WorkflowModel } from '../../model.js';
import type { SourceFile } from '../../source.js';

function compare(context: RuleContext, file: SourceFile, what: 'input' | 'secret', given: Entries, declared: Entries, called: string, anchor: Scalar, level?: Level): void {
  const names = new Map([...declared.keys()].map((k) => [k.toLowerCase(), k]));
  for (const [key, entry] of given) {
    if (names.has(key.toLowerCase())) continue;
    context.report(file, entry.key, `${what} "${key}" is not declared by on.workflow_call of ${called} (${what}s: ${nameList(names.values())})${didYouMean(key, names.values())}`, level);
  }
  const passed = new Set([...given.keys()].map((k) => k.toLowerCase()));
  const missing = [...declared]
    .filter(([name, entry]) => {
      if (passed.has(name.toLowerCase())) return false;
      const spec = entry.value as { find?: (k: string) => { toString(): string } | undefined };
      const required = spec.find?.('required')?.toString().toLowerCase() === 'true';
      return required && !spec.find?.('default');
    })
    .map(([name]) => name);
  if (missing.length) context.report(file, anchor, `required ${what}${missing.length > 1 ? 's' : ''} ${nameList(missing)} of ${called} not given`, level);
}

/**
 * Checks the `with:` and `secrets:` of a job that calls `called` (named `name` in messages) against
 * its `on.workflow_call`; shared with PG150, which reads remote reusable workflows through the API
 * (and gives `level`: GitHub refuses such a run, whatever that rule's own level).
 */
export function checkWorkflowCall(context: RuleContext, workflow: WorkflowModel, job: JobModel, called: WorkflowModel, name: string, level?: Level): void {
  const uses = job.uses!;
  const call = called.workflowCall;
  if (!call) {
    context.report(workflow.file, uses, `${name} has no on.workflow_call trigger: it cannot be called as a reusable workflow`, level);
    return;
  }
  compare(context, workflow.file, 'input', job.with, call.inputs, name, job.withKey ?? uses, level);
  if (job.secrets !== 'inherit') compare(context, workflow.file, 'secret', job.secrets, call.secrets, name, job.secretsKey ?? uses, level);
}

const rule: Rule = {
  id: 'PG115',
  name: 'reusable-workflow-call',
  level: 'error',
  description: 'A call of a local reusable workflow with inputs or secrets its `on.workflow_call` does not declare, required ones missing, or no `workflow_call` trigger at all.',
  help: 'For `uses: ./.github/workflows/x.yml` (or `$/.github/workflows/x.yml`), GitHub checks `with:` and `secrets:` against the `on.workflow_call` of the called workflow when the run starts, and refuses the run when an input or secret is unknown or a required one (without a default) is missing. This finds it before the push. `secrets: inherit` passes every secret.',
  create(context) {
    return {
      jobPre(job, workflow) {
        const uses = job.uses;
        if (!uses || !isLocalUses(uses.value)) return;
        const called = context.project.local(uses.value);
        if (called?.kind === 'workflow') checkWorkflowCall(context, workflow, job, called, called.file.path);
      }
    };
  }
};
export default rule;
