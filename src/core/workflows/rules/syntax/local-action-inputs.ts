/** PG114 local-action-inputs: `with:` of a local action against the inputs its action.yml declares. */
import type { Rule } from '../../rule.js';
import { isLocalUses, type ActionModel, type FileModel, type JobModel, type StepModel } from '../../model.js';
import { checkStepInputs } from './action-inputs.js';

const rule: Rule = {
  id: 'PG114',
  name: 'local-action-inputs',
  level: 'error',
  description: "`with:` keys that a local action's `action.yml` does not declare, and required inputs (without a default) left out.",
  help: 'For `uses: ./path/to/action` (or the self-repository reference `uses: $/path/to/action`), the inputs are read from `path/to/action/action.yml` in the workspace. An undeclared key is ignored by the runner (with only a warning in the log), so a misspelt input silently takes its default; a required input without a default that is not given is usually a bug. Input names are case-insensitive.',
  create(context) {
    return {
      step(step: StepModel, _owner: JobModel | ActionModel, file: FileModel) {
        const uses = step.uses?.value;
        if (!isLocalUses(uses)) return;
        const action = context.project.local(uses!);
        if (action?.kind !== 'action') return;
        const inputs = new Map([...action.inputs].map(([name, input]) => [name, { required: input.required && !input.hasDefault }]));
        checkStepInputs(context, file, step, inputs, action.file.path);
      }
    };
  }
};
export default rule;
