/** PG202 missing-permissions: jobs left with the default `GITHUB_TOKEN` permissions, and `write-all`. */
import { isString } from '@actions/workflow-parser';
import type { TemplateToken } from '@actions/workflow-parser/templates/tokens/index';
import type { Rule } from '../../rule.js';
import type { Node } from '../../model.js';
import { entryOf } from '../injection/tokens.js';

/** The `permissions` key of a `write-all` (where zizmor reports it), or the value when the key has no position. */
function writeAll(token: TemplateToken | undefined, key?: Node): Node | undefined {
  if (!token || !isString(token) || token.value.trim() !== 'write-all') return undefined;
  return key ?? { at: token.range ? { line: token.range.start.line, column: token.range.start.column } : { line: 1, column: 1 } };
}

const rule: Rule = {
  id: 'PG202',
  name: 'missing-permissions',
  level: 'warning',
  description: 'A job with no `permissions:` in a workflow with none at the top, or `permissions: write-all` anywhere.',
  help: 'Without `permissions:`, the `GITHUB_TOKEN` gets the repository\'s default, which on older repositories and organizations is read and write on everything; any compromised step can then push code, create releases or approve pull requests. Declare the least the workflow needs at the top (`permissions: { contents: read }`, or `{}`) and widen per job where a job needs more. `write-all` grants every scope: list the scopes instead. Workflows triggered only by `workflow_call` take their permissions from the caller and are not checked for a missing key.',
  create(context) {
    return {
      workflowPre(workflow) {
        const top = workflow.permissions;
        const all = writeAll(top?.value, top?.key);
        if (all) context.report(workflow.file, all, 'permissions: write-all grants the token every scope; list only the scopes the workflow needs', 'error');
        if (top) return;
        if (workflow.on.size > 0 && [...workflow.on.keys()].every((k) => k === 'workflow_call')) return;
        for (const job of workflow.jobs) {
          if (job.permissions) continue;
          context.report(workflow.file, job.id, `job "${job.id.value}" has no permissions: and the workflow sets none, so its token gets the repository default (possibly write on everything); set permissions: at the top of the workflow (e.g. contents: read) or on the job`);
        }
      },
      jobPre(job, workflow) {
        const all = writeAll(job.permissions, entryOf(job.token, 'permissions')?.key);
        if (all) context.report(workflow.file, all, `job "${job.id.value}" has permissions: write-all, which grants the token every scope; list only the scopes the job needs`, 'error');
      }
    };
  }
};
export default rule;
