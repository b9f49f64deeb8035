/** PG115 reusable-workflow-call: inputs and secrets passed to a local reusable workflow. */
import { nameList, type Rule } from '../../rule.js';
import { didYouMean } from '../../../suggest.js';
import { isLocalUses, type Entries, type Scalar } from '../../model.js';
import type { SourceFile } from '../../source.js';

const rule: Rule = {
  id: 'PG115',
  name: 'reusable-workflow-call',
  level: 'error',
  description: 'A call of a local reusable workflow with inputs or secrets its `on.workflow_call` does not declare, required ones missing, or no `workflow_call` trigger at all.',
  help: 'For `uses: ./.github/workflows/x.yml` (or `$/.github/workflows/x.yml`), GitHub checks `with:` and `secrets:` against the `on.workflow_call` of the called workflow when the run starts, and refuses the run when an input or secret is unknown or a required one (without a default) is missing. This finds it before the push. `secrets: inherit` passes every secret.',
  create(context) {
    const compare = (file: SourceFile, what: 'input' | 'secret', given: Entries, declared: Entries, called: string, anchor: Scalar): void => {
      const names = new Map([...declared.keys()].map((k) => [k.toLowerCase(), k]));
      for (const [key, entry] of given) {
        if (names.has(key.toLowerCase())) continue;
        context.report(file, entry.key, `${what} "${key}" is not declared by on.workflow_call of ${called} (${what}s: ${nameList(names.values())})${didYouMean(key, names.values())}`);
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
      if (missing.length) context.report(file, anchor, `required ${what}${missing.length > 1 ? 's' : ''} ${nameList(missing)} of ${called} not given`);
    };
    return {
      jobPre(job, workflow) {
        const uses = job.uses;
        if (!uses || !isLocalUses(uses.value)) return;
        const called = context.project.local(uses.value);
        if (called?.kind !== 'workflow') return;
        const call = called.workflowCall;
        if (!call) {
          context.report(workflow.file, uses, `${called.file.path} has no on.workflow_call trigger: it cannot be called as a reusable workflow`);
          return;
        }
        compare(workflow.file, 'input', job.with, call.inputs, called.file.path, job.withKey ?? uses);
        if (job.secrets !== 'inherit') compare(workflow.file, 'secret', job.secrets, call.secrets, called.file.path, job.secretsKey ?? uses);
      }
    };
  }
};
export default rule;
