/** PG150 popular-action-inputs: `with:` of a popular action against its action.yml at the major version used. */
import type { Rule } from '../../rule.js';
import { checkStepInputs } from '../syntax/action-inputs.js';
import { popularAction } from './popular-actions.js';

const rule: Rule = {
  id: 'PG150',
  name: 'popular-action-inputs',
  level: 'warning',
  description: '`with:` keys that a popular action (actions/checkout, docker/build-push-action, …) does not declare at the major version used, required inputs left out (errors), and deprecated inputs (warnings).',
  help: "The inputs of about 40 of the most used actions are stored per major version, read from their real `action.yml` (scripts/popular-actions/ regenerates the table). The major is the tag (`@v4`, `@v4.2.1`) or, for a commit SHA, the version in the comment after it (`@<sha> # v4.2.2`). The runner ignores an undeclared input with only a warning in the log, so a misspelt or removed input (`save-always` of actions/cache, inputs renamed between majors) silently takes its default; a required input left out usually fails the step. Input names are case-insensitive. Actions not in the table are not checked.",
  create(context) {
    return {
      step(step, _owner, file) {
        if (!step.uses) return;
        const action = popularAction(step.uses, file.file);
        if (action) checkStepInputs(context, file, step, action.inputs, action.name, 'error');
      }
    };
  }
};
export default rule;
