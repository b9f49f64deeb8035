/**
 * `with:` of a step against the inputs an action declares: shared by PG114 (local actions, read from
 * the workspace) and PG150 (popular actions, from the stored table of their action.yml).
 */
import { nameList, type Level, type RuleContext } from '../../rule.js';
import { didYouMean } from '../../../suggest.js';
import type { FileModel, StepModel } from '../../model.js';

/**
 * Longest name a "did you mean" is searched for: the search compares every character with every
 * candidate's, and a 200 KB key of a hostile file would take seconds. No typo is that long.
 */
export const MAX_SUGGESTED_NAME = 100;

/** ` (did you mean "x"?)` for a near miss of a name of reasonable length, else an empty string. */
export function suggestName(name: string, candidates: Iterable<string>): string {
  return name.length > MAX_SUGGESTED_NAME ? '' : didYouMean(name, candidates);
}

/** An input an action declares. */
export interface DeclaredInput {
  /** Required and without a default. */
  required: boolean;
  deprecated?: boolean;
}

/**
 * Reports `with:` keys that `inputs` does not declare (with `unknownLevel`), required inputs left
 * out, and deprecated inputs given (as warnings); input names are case-insensitive. `action` names
 * the action in messages.
 */
export function checkStepInputs(context: RuleContext, file: FileModel, step: StepModel, inputs: ReadonlyMap<string, DeclaredInput>, action: string, unknownLevel?: Level): void {
  const declared = new Map([...inputs.keys()].map((k) => [k.toLowerCase(), k]));
  for (const [key, entry] of step.with) {
    const name = declared.get(key.toLowerCase());
    if (name === undefined) {
      context.report(file.file, entry.key, `input "${key}" is not declared by ${action} (inputs: ${nameList(declared.values())})${suggestName(key, declared.values())}`, unknownLevel);
    } else if (inputs.get(name)?.deprecated) {
      context.report(file.file, entry.key, `input "${key}" of ${action} is deprecated; see the action's README for its replacement`, 'warning');
    }
  }
  const given = new Set([...step.with.keys()].map((k) => k.toLowerCase()));
  const missing = [...inputs].filter(([name, input]) => input.required && !given.has(name.toLowerCase())).map(([name]) => name);
  if (missing.length) {
    context.report(file.file, step.withKey ?? step.uses!, `required input${missing.length > 1 ? 's' : ''} ${nameList(missing)} of ${action} not given`, unknownLevel);
  }
}
