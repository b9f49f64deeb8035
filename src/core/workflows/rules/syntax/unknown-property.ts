/** PG105 unknown-property: a property that the typed context does not have (matrix, inputs, secrets, github, …). */
import type { Rule } from '../../rule.js';
import { analyseWorkflow, type FoundProblem } from './typed-expressions.js';

/** Unknown step and job ids are PG112's and PG113's, which say more (later step, job not needed). */
function reportedElsewhere(p: FoundProblem): boolean {
  const path = p.path ?? [];
  if (path.length === 1 && (path[0] === 'steps' || path[0] === 'needs')) return true;
  return path.length === 3 && path[0] === 'needs' && path[2] === 'outputs';
}

const rule: Rule = {
  id: 'PG105',
  name: 'unknown-property',
  level: 'error',
  description: 'A property that the context does not have: a matrix key the matrix does not define, `matrix.*` in a job without a matrix, an undeclared `inputs.*` or `secrets.*`, a misspelt `github.*` or `runner.*`, a `vars.*` name no variable can have.',
  help: "Contexts are typed from what the workflow declares, as actionlint does: `matrix` from `strategy.matrix` (its rows and `include:`; a matrix made by an expression is not checked), `inputs` from `on.workflow_call.inputs` and `on.workflow_dispatch.inputs`, `secrets` from `on.workflow_call.secrets` when the workflow declares them, `steps.<id>.outputs` from a local action's `outputs:`, `needs.<id>` from the job's outputs, and `github`, `runner`, `job`, `strategy` from GitHub's documentation. A property they do not have evaluates to an empty string without any error: a misspelt name silently becomes ''. `env`, `github.event` and outputs of remote actions accept any name; `vars` any name a configuration variable can have (letters, digits and `_`, not starting with `GITHUB_`).",
  create(context) {
    return {
      workflowPre(workflow) {
        for (const p of analyseWorkflow(workflow, context.project)) {
          if (p.kind !== 'property' || reportedElsewhere(p)) continue;
          const path = p.path ?? [];
          if (path.length === 1 && path[0] === 'matrix' && p.job && !p.job.strategy) {
            context.report(workflow.file, p, `job "${p.job.id.value}" has no strategy.matrix, so matrix.${p.name} is always empty; add the matrix or remove the reference`);
            continue;
          }
          context.report(workflow.file, p, path.length ? `${path.join('.')}: ${p.message}` : p.message);
        }
      }
    };
  }
};
export default rule;
