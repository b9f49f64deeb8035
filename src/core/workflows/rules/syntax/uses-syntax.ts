/** PG141 uses-syntax: a `uses:` GitHub cannot resolve: no `@ref`, an empty owner, repository or ref, a malformed reusable-workflow path. */
import type { Rule } from '../../rule.js';
import type { Scalar } from '../../model.js';
import type { SourceFile } from '../../source.js';

const ACTION_FORMATS = '"{owner}/{repo}@{ref}" or "{owner}/{repo}/{path}@{ref}"';
const WORKFLOW_FORMATS = '"{owner}/{repo}/.github/workflows/{file}.yml@{ref}" or "./.github/workflows/{file}.yml"';

/** Why a step's `uses:` is malformed, or undefined. */
export function actionUsesProblem(value: string): string | undefined {
  // `./path` and GitHub's self-repository `$/path` are read at the workflow's own commit: no ref.
  if (value.startsWith('./') || value.startsWith('$/') || value.startsWith('docker://')) return undefined;
  const at = value.indexOf('@');
  if (at < 0) return `action "${value}" has no ref: GitHub refuses the workflow; write ${ACTION_FORMATS}, e.g. "${value}@<commit sha>"`;
  const name = value.slice(0, at);
  const [owner = '', repo = ''] = name.split('/');
  const ref = value.slice(at + 1);
  if (!owner || !repo) return `action "${value}" is not ${ACTION_FORMATS}${!name.includes('/') ? ' (no "/" between owner and repository)' : !repo ? ' (the repository is missing)' : ''}`;
  if (!ref || ref.includes('@')) return `action "${value}" has ${ref ? 'more than one "@"' : 'an empty ref'}; write ${ACTION_FORMATS}`;
  return undefined;
}

/** Why a job's `uses:` (a reusable workflow) is malformed, or undefined. */
export function workflowUsesProblem(value: string): string | undefined {
  if (value.startsWith('./') || value.startsWith('$/')) {
    if (value.includes('@')) return `local reusable workflow "${value}" must not have a ref: it is read at the commit of the caller; remove "${value.slice(value.indexOf('@'))}"`;
    if (!/^[.$]\/\.github\/workflows\/[^/]+\.ya?ml$/.test(value)) return `reusable workflow "${value}" is not a .yml or .yaml file directly in .github/workflows/; write ${WORKFLOW_FORMATS}`;
    return undefined;
  }
  const at = value.indexOf('@');
  const parts = (at < 0 ? value : value.slice(0, at)).split('/');
  const ref = at < 0 ? '' : value.slice(at + 1);
  if (parts.length < 5 || parts.some((p) => !p) || parts[2] !== '.github' || parts[3] !== 'workflows' || !/\.ya?ml$/.test(parts[parts.length - 1]) || !ref) {
    return `reusable workflow "${value}" is not ${WORKFLOW_FORMATS}${at < 0 || !ref ? ' (the ref is missing)' : ''}`;
  }
  return undefined;
}

const rule: Rule = {
  id: 'PG141',
  name: 'uses-syntax',
  level: 'error',
  description: 'A `uses:` GitHub cannot resolve: an action without `@ref` (`uses: actions/checkout`), an empty owner, repository or ref, or a reusable workflow that is not `owner/repo/.github/workflows/x.yml@ref` or `./.github/workflows/x.yml`.',
  help: 'A step runs `{owner}/{repo}@{ref}`, `{owner}/{repo}/{path}@{ref}`, `./path/to/action` or `docker://image`; a job calls `{owner}/{repo}/.github/workflows/{file}.yml@{ref}` or `./.github/workflows/{file}.yml` (a local one has no ref, and reusable workflows live directly in .github/workflows). GitHub rejects any other form when the workflow is loaded, so no job of the workflow runs. Give the ref, preferably a full commit SHA.',
  create(context) {
    const check = (file: SourceFile, uses: Scalar | undefined, problem: (v: string) => string | undefined): void => {
      const value = uses?.value.trim();
      if (!uses || !value || value.includes('${{')) return;
      const message = problem(value);
      if (message) context.report(file, uses, message);
    };
    return {
      jobPre(job, workflow) {
        check(workflow.file, job.uses, workflowUsesProblem);
      },
      step(step, _owner, file) {
        check(file.file, step.uses, actionUsesProblem);
      }
    };
  }
};
export default rule;
