/** PG142 missing-local-file: a local action or reusable workflow (`uses: ./…`) that is not in the repository. */
import type { Rule } from '../../rule.js';
import { isLocalUses, type ActionModel, type JobModel, type StepModel } from '../../model.js';
import { localUsesPath } from '../../lint.js';
import { child } from './tokens.js';
import { isString } from '@actions/workflow-parser';

/**
 * Whether a step before `step` checks out another repository, or into a directory: the local action
 * may come from that checkout, so its absence from this repository proves nothing.
 */
function checkedOutBefore(owner: JobModel | ActionModel, step: StepModel): boolean {
  for (const s of owner.steps) {
    if (s.index >= step.index) break;
    if (!s.uses || isLocalUses(s.uses.value)) continue;
    if (!/^actions\/checkout@/i.test(s.uses.value)) {
      // Another action (a download, a custom checkout) may write the directory too; only a run: step or a known action is ruled out.
      if (!/^actions\/(setup-|cache|upload-|github-script)/i.test(s.uses.value)) return true;
      continue;
    }
    const withToken = child(s.token, 'with');
    const repository = child(withToken, 'repository');
    const path = child(withToken, 'path');
    if ((repository && !(isString(repository) && repository.value === '${{ github.repository }}')) || path) return true;
  }
  return false;
}

const rule: Rule = {
  id: 'PG142',
  name: 'missing-local-file',
  level: 'error',
  description: 'A `uses: ./path` whose action.yml (or action.yaml) is not in the repository, or a `uses: ./.github/workflows/x.yml` whose file is missing.',
  help: "A local action is read from the job's workspace when the step starts, so a path without action.yml or action.yaml fails the step (\"Can't find 'action.yml'\"); forgetting actions/checkout before it gives the same error. A local reusable workflow is read from the repository at the caller's commit: when it is missing, GitHub refuses the whole workflow. A local action after a step that checks out another repository or into a directory (or runs an action that may write files) is not reported, since that step may create it.",
  create(context) {
    const exists = (uses: string): boolean => context.project.exists?.(uses) ?? true;
    return {
      jobPre(job, workflow) {
        const uses = job.uses;
        if (!uses || !isLocalUses(uses.value) || uses.value.includes('${{') || !/\.ya?ml$/.test(uses.value)) return;
        if (!exists(uses.value)) context.report(workflow.file, uses, `reusable workflow "${uses.value}" does not exist in the repository: GitHub refuses the workflow`);
      },
      step(step, owner, file) {
        const uses = step.uses;
        if (!uses || !isLocalUses(uses.value) || uses.value.includes('${{') || exists(uses.value)) return;
        // `$/` is read from the repository at the workflow's commit, whatever the job checked out.
        if (uses.value.startsWith('./') && checkedOutBefore(owner, step)) return;
        const rel = localUsesPath(uses.value);
        context.report(file.file, uses, `local action "${uses.value}" has no action.yml or action.yaml in the repository (${rel}/action.yml): the step fails`);
      }
    };
  }
};
export default rule;
