/** PG131 deprecated-commands: `::set-output`, `::save-state`, `::set-env` and `::add-path` workflow commands in `run:`. */
import type { Rule } from '../../rule.js';
import type { ActionModel, FileModel, JobModel, StepModel } from '../../model.js';
import { positionedScript, valueOf } from './shell.js';

/** actionlint's deprecatedCommandsPattern. */
const PATTERN = /::(save-state|set-output|set-env)\s+name=[a-zA-Z][a-zA-Z_-]*::\S+|::(add-path)::\S+/g;

/** What each command is replaced by: a line appended to one of the runner's files. */
const INSTEAD: Record<string, string> = {
  'set-output': 'echo "{name}={value}" >> "$GITHUB_OUTPUT"',
  'save-state': 'echo "{name}={value}" >> "$GITHUB_STATE"',
  'set-env': 'echo "{name}={value}" >> "$GITHUB_ENV"',
  'add-path': 'echo "{path}" >> "$GITHUB_PATH"'
};

/** Most findings of one script (a generated script may repeat a command thousands of times). */
const MOST_PER_SCRIPT = 100;

const rule: Rule = {
  id: 'PG131',
  name: 'deprecated-commands',
  level: 'warning',
  description: 'Deprecated workflow commands printed by a `run:` script: `::set-output`, `::save-state` (deprecated), `::set-env`, `::add-path` (disabled).',
  help:
    'GitHub deprecated the `set-output` and `save-state` workflow commands in October 2022 (https://github.blog/changelog/2022-10-11-github-actions-deprecating-save-state-and-set-output-commands/) and disabled `set-env` and `add-path` in November 2020, after a security advisory: a log line of untrusted text could set any variable or path (https://github.blog/changelog/2020-10-01-github-actions-deprecating-set-env-and-add-path-commands/); the runner fails a step that uses them unless `ACTIONS_ALLOW_UNSECURE_COMMANDS` is set. Append to the runner\'s files instead: `echo "name=value" >> "$GITHUB_OUTPUT"` (outputs), `"$GITHUB_STATE"` (state), `"$GITHUB_ENV"` (environment), `echo "/dir" >> "$GITHUB_PATH"` (path). `set-output` and `save-state` are warnings, `set-env` and `add-path` errors. Every `run:` script is read, whatever its shell, as actionlint does.',
  create(context) {
    return {
      step(step: StepModel, _owner: JobModel | ActionModel, file: FileModel) {
        const run = valueOf(step.token, 'run');
        if (!run) return;
        const script = positionedScript(file.file, run);
        if (!script || !script.text.includes('::')) return;
        let found = 0;
        for (const m of script.text.matchAll(PATTERN)) {
          if (found++ >= MOST_PER_SCRIPT) break;
          const command = m[1] ?? m[2];
          const disabled = command === 'set-env' || command === 'add-path';
          const what = disabled ? 'is disabled (the runner fails the step unless ACTIONS_ALLOW_UNSECURE_COMMANDS is set)' : 'is deprecated';
          context.report(
            file.file,
            { at: script.posAt(m.index) },
            `workflow command "${command}" ${what}; use \`${INSTEAD[command]}\` instead: https://docs.github.com/en/actions/using-workflows/workflow-commands-for-github-actions`,
            disabled ? 'error' : 'warning'
          );
        }
      }
    };
  }
};
export default rule;
