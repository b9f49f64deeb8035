/** PG150 popular-action-inputs: `with:` of a remote action against its action.yml at the ref used (the API), or at the major version used (the stored table). */
import type { Rule } from '../../rule.js';
import { checkStepInputs } from '../syntax/action-inputs.js';
import { checkWorkflowCall } from '../syntax/reusable-workflow-call.js';
import { popularAction } from './popular-actions.js';
import { declaredInputs, RemoteUses } from './remote-uses.js';

const rule: Rule = {
  id: 'PG150',
  name: 'popular-action-inputs',
  level: 'warning',
  description: '`with:` keys that a remote action does not declare, required inputs left out (errors), and deprecated inputs (warnings): from its action.yml at the ref used when a token is given, else from the stored table of popular actions (actions/checkout, docker/build-push-action, …) at the major version used.',
  help: "The runner ignores an undeclared input with only a warning in the log, so a misspelt or removed input (`save-always` of actions/cache, inputs renamed between majors) silently takes its default; a required input left out usually fails the step. Input names are case-insensitive. With the `token` input, the `action.yml` (or `action.yaml`) of every remote `uses:` is read through the GitHub API at the ref it names (GET contents, once per repository, path and ref a run, files over 256 KB refused), and its answer decides; for a reusable workflow (`uses: owner/repo/.github/workflows/x.yml@ref`) its `on.workflow_call` inputs and secrets are checked the same way. Without a token, or when the API has no answer, the inputs of about 40 of the most used actions are taken from a stored table of their real `action.yml` per major version (scripts/popular-actions/ regenerates it): the major is the tag (`@v4`, `@v4.2.1`) or, for a commit SHA, the version in the comment after it (`@<sha> # v4.2.2`); other actions are not checked.",
  create(context) {
    const remote = new RemoteUses(context);
    return {
      prepare: () => remote.prepare(),
      jobPre(job, workflow) {
        const called = remote.get(job.uses);
        if (called?.model.kind === 'workflow') checkWorkflowCall(context, workflow, job, called.model, called.name, 'error');
      },
      step(step, _owner, file) {
        if (!step.uses) return;
        const online = remote.get(step.uses);
        if (online?.model.kind === 'action') {
          checkStepInputs(context, file, step, declaredInputs(online.model), online.name, 'error');
          return;
        }
        const action = popularAction(step.uses, file.file);
        if (action) checkStepInputs(context, file, step, action.inputs, action.name, 'error');
      }
    };
  }
};
export default rule;
