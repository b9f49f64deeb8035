/** PG209 insecure-commands: `ACTIONS_ALLOW_UNSECURE_COMMANDS` re-enables `set-env` and `add-path`. */
import { isBoolean, isString } from '@actions/workflow-parser';
import type { TemplateToken } from '@actions/workflow-parser/templates/tokens/index';
import type { Rule } from '../../rule.js';
import type { SourceFile } from '../../source.js';
import { keyNode, valueOf } from '../injection/expr-tree.js';

/** True when an `env:` mapping sets ACTIONS_ALLOW_UNSECURE_COMMANDS to true (as the runner reads a boolean). */
function enables(env: TemplateToken | undefined): boolean {
  const v = valueOf(env, 'ACTIONS_ALLOW_UNSECURE_COMMANDS');
  if (!v) return false;
  if (isBoolean(v)) return v.value;
  return isString(v) && v.value.trim().toLowerCase() === 'true';
}

const rule: Rule = {
  id: 'PG209',
  name: 'insecure-commands',
  level: 'error',
  description: 'An `env:` that sets `ACTIONS_ALLOW_UNSECURE_COMMANDS: true`, re-enabling the `set-env` and `add-path` workflow commands (zizmor\'s insecure-commands).',
  help: 'GitHub disabled the `::set-env::` and `::add-path::` workflow commands in 2020 because anything a step prints (a pull request title in a log line, a test\'s output) could set environment variables such as `LD_PRELOAD` or `NODE_OPTIONS` for every later step. `ACTIONS_ALLOW_UNSECURE_COMMANDS: true` turns them back on. Remove it and write to `$GITHUB_ENV` and `$GITHUB_PATH` instead. An `env:` that is one expression (`env: ${{ matrix.env }}`) may also set it; that is not reported (zizmor reports it only to auditors).',
  create(context) {
    const check = (file: SourceFile, owner: TemplateToken, where: string): void => {
      const env = valueOf(owner, 'env');
      const key = keyNode(owner, 'env');
      if (key && enables(env)) context.report(file, key, `env: of ${where} sets ACTIONS_ALLOW_UNSECURE_COMMANDS, which re-enables the set-env and add-path commands that any printed text can use; remove it and write to $GITHUB_ENV and $GITHUB_PATH`);
    };
    return {
      workflowPre(workflow) {
        check(workflow.file, workflow.root, 'the workflow');
        for (const job of workflow.jobs) if (!job.uses) check(workflow.file, job.token, `job "${job.id.value}"`);
      },
      step(step, owner, file) {
        if (step.run) check(file.file, step.token, `step ${step.name ? `"${step.name.value}"` : step.index + 1}`);
      }
    };
  }
};
export default rule;
