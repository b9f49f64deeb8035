/** PG215 artipacked: a checkout that keeps its token in `.git/config`, then an artifact of the workspace. */
import { isBasicExpression, isString } from '@actions/workflow-parser';
import type { StepModel } from '../../model.js';
import type { Rule } from '../../rule.js';
import type { SourceFile } from '../../source.js';

/** The patterns of an upload's `path:` that take the whole workspace (zizmor's dangerous_artifact_patterns). */
export function workspacePatterns(path: string): string[] {
  return path
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'))
    .filter((l) => ['.', './', '..', '../'].includes(l) || (/^\$\{\{.*\}\}$/s.test(l) && l.includes('github.workspace')));
}

function action(step: StepModel, name: string): boolean {
  const uses = step.uses?.value.toLowerCase() ?? '';
  return uses.startsWith(`${name}@`) || uses === name;
}

/** True for a checkout that leaves its credentials in the workspace (no persist-credentials: false). */
function persists(step: StepModel): boolean {
  if (!action(step, 'actions/checkout')) return false;
  const v = step.with.get('persist-credentials')?.value;
  // `true` is a choice made on purpose, and an expression cannot be judged: zizmor leaves both to its auditor and pedantic personas.
  return v === undefined;
}

/** v6 and later keep the credentials under $RUNNER_TEMP, out of the workspace (a tag such as v6 or v6.1.0 says so). */
function v6OrLater(step: StepModel): boolean {
  const m = /@v(\d+)/i.exec(step.uses?.value ?? '');
  return !!m && Number(m[1]) >= 6;
}

const rule: Rule = {
  id: 'PG215',
  name: 'artipacked',
  level: 'error',
  description: 'An `actions/checkout` without `persist-credentials: false` followed by an `actions/upload-artifact` of the whole workspace, which publishes the token the checkout stored (zizmor\'s artipacked).',
  help: '`actions/checkout` (before v6) writes the job\'s token into `.git/config` in the workspace, so that later `git push` works. Uploading the workspace (`path: .`, or `${{ github.workspace }}`) as an artifact then publishes that token to anyone who can download the run\'s artifacts, which for a public repository is everyone. Set `with: { persist-credentials: false }` on the checkout (and pass a token only to the step that pushes), and upload only the files you need. A checkout without `persist-credentials: false` and no such upload is not reported (zizmor reports it with low confidence); v6 and later, which keep the token outside the workspace, are reported as a warning.',
  create(context) {
    const check = (file: SourceFile, steps: readonly StepModel[]): void => {
      const uploads = steps.filter((s) => {
        const path = s.with.get('path')?.value;
        const text = path && isString(path) ? path.value : path && isBasicExpression(path) ? path.toDisplayString() : '';
        return action(s, 'actions/upload-artifact') && workspacePatterns(text).length > 0;
      });
      for (const checkout of steps.filter(persists)) {
        const upload = uploads.find((u) => u.index > checkout.index);
        if (!upload) continue;
        const uses = checkout.uses?.value ?? 'actions/checkout';
        context.report(
          file,
          checkout,
          `${uses} keeps the job's token in the workspace (no persist-credentials: false), and step ${upload.index + 1} uploads the workspace as an artifact that anyone who can read the run can download; set persist-credentials: false`,
          v6OrLater(checkout) ? 'warning' : undefined
        );
      }
    };
    return {
      jobPre(job, workflow) {
        check(workflow.file, job.steps);
      },
      actionPre(action) {
        check(action.file, action.steps);
      }
    };
  }
};
export default rule;
