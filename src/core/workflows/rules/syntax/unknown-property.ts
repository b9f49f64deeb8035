/** PG105 unknown-property: a property that the typed context does not have (matrix, inputs, secrets, github, …). */
import type { Rule } from '../../rule.js';
import { analyseWorkflow, type FoundProblem } from './typed-expressions.js';
import { eventPropertyMessage, inOtherTriggers } from './event-payloads.js';
import type { SourceFile } from '../../source.js';
import { lineOf } from './tokens.js';

/**
 * Whether the reference at `at` is the left side of `||` (`github.event.pull_request.number ||
 * github.ref`, the concurrency group copied into push-only workflows): its author expects it to be
 * null under some trigger, and the fallback decides.
 */
function hasFallback(file: SourceFile, at: { line: number; column: number }): boolean {
  const line = lineOf(file, at.line);
  const rest = line.slice(at.column - 1).replace(/^\.?[A-Za-z_][\w-]*(?:\s*\.\s*[\w-]+|\s*\[[^\]]*\])*/, '');
  return /^\s*\|\|/.test(rest);
}

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
  description: 'A property that the context does not have: a matrix key the matrix does not define, `matrix.*` in a job without a matrix, an undeclared `inputs.*` or `secrets.*`, a misspelt `github.*` or `runner.*`, a `github.event.*` property that no trigger of the workflow has, a `vars.*` name no variable can have.',
  help: "Contexts are typed from what the workflow declares, as actionlint does: `matrix` from `strategy.matrix` (its rows and `include:`; a matrix made by an expression is not checked), `inputs` from `on.workflow_call.inputs` and `on.workflow_dispatch.inputs`, `secrets` from `on.workflow_call.secrets` when the workflow declares them, `steps.<id>.outputs` from a local action's `outputs:`, `needs.<id>` from the job's outputs, and `github`, `runner`, `job`, `strategy` from GitHub's documentation. A property they do not have evaluates to an empty string without any error: a misspelt name silently becomes ''. `github.event` is typed by the triggers of the workflow (beyond actionlint, which leaves it open), from GitHub's webhooks OpenAPI spec: the payloads of all the triggers merged, all activity types of each, so a property is reported only when no trigger has it (under `push` alone, `github.event.pull_request` is always null, unless a `||` fallback follows it: `github.event.pull_request.number || github.ref`) or when it is misspelt; an object the spec leaves open (`client_payload`, `inputs`) and every trigger the spec does not describe (`schedule`, `workflow_call`, whose event is the caller's) accept any name. `env` and outputs of remote actions accept any name; `vars` any name a configuration variable can have (letters, digits and `_`, not starting with `GITHUB_`).",
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
          // github.event.*: the message names the triggers (github.event.inputs of workflow_dispatch is typed from its inputs).
          const event = path[0] === 'github' && path[1] === 'event' && p.name !== undefined && !(path[2] === 'inputs' && workflow.on.has('workflow_dispatch'));
          if (event && inOtherTriggers(workflow, path.slice(2), p.name!) && hasFallback(workflow.file, p.at)) continue;
          const message = event ? eventPropertyMessage(workflow, path.slice(2), p.name!) : undefined;
          context.report(workflow.file, p, message ?? (path.length ? `${path.join('.')}: ${p.message}` : p.message));
        }
      }
    };
  }
};
export default rule;
