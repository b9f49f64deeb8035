/** PG133 env-var-name: an `env:` name with `&`, `=` or a space, which no shell can read. */
import { isMapping, isString } from '@actions/workflow-parser';
import type { TemplateToken } from '@actions/workflow-parser/templates/tokens/index';
import type { Rule } from '../../rule.js';
import type { ActionModel, FileModel, JobModel, StepModel, WorkflowModel } from '../../model.js';
import type { SourceFile } from '../../source.js';
import { tokenPos, valueOf } from './shell.js';

const rule: Rule = {
  id: 'PG133',
  name: 'env-var-name',
  level: 'error',
  description: 'An environment variable name in `env:` (of the workflow, a job, a step, a container or a service) that holds `&`, `=`, a space or a tab.',
  help:
    "An environment variable is `NAME=value` to the operating system: a name with `=` is cut at it, and a name with `&`, a space or a tab cannot be written as `$NAME` in any shell, so the value never reaches the script that expects it. Rename the variable (letters, digits and `_`, as `FOO_BAR`). A name made with `${{ }}` is not checked (it is known only when the job runs), as in actionlint.",
  create(context) {
    const check = (file: SourceFile, env: TemplateToken | undefined) => {
      if (!env || !isMapping(env)) return;
      for (const pair of env) {
        if (!isString(pair.key)) continue;
        const name = pair.key.value;
        if (name.includes('${{') || !/[&= \t]/.test(name)) continue;
        context.report(file, { at: tokenPos(pair.key) }, `environment variable name ${JSON.stringify(name)} is invalid: '&', '=' and spaces cannot be in a name; use letters, digits and "_"`);
      }
    };
    return {
      workflowPre(workflow: WorkflowModel) {
        check(workflow.file, valueOf(workflow.root, 'env'));
      },
      jobPre(job: JobModel, workflow: WorkflowModel) {
        check(workflow.file, valueOf(job.token, 'env'));
        if (job.container && isMapping(job.container)) check(workflow.file, valueOf(job.container, 'env'));
        if (job.services && isMapping(job.services)) for (const s of job.services) check(workflow.file, valueOf(s.value, 'env'));
      },
      step(step: StepModel, _owner: JobModel | ActionModel, file: FileModel) {
        check(file.file, valueOf(step.token, 'env'));
      }
    };
  }
};
export default rule;
