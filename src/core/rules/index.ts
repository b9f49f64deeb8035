/**
 * Every rule of workflows-validation, once, in id order: the visitor, the SARIF `rules` table and
 * docs/rules.md all read this list.
 */
import type { Rule } from '../workflows/rule.js';
import unreadableFile from './unreadable-file.js';
import workflowSyntax from './workflow-syntax.js';
import expressionSyntax from './expression-syntax.js';
import unknownContext from './unknown-context.js';
import unknownFunction from './unknown-function.js';
import needsUnknownJob from './needs-unknown-job.js';
import needsCycle from './needs-cycle.js';
import stepOutputsReference from './step-outputs-reference.js';
import needsOutputsReference from './needs-outputs-reference.js';
import localActionInputs from './local-action-inputs.js';
import reusableWorkflowCall from './reusable-workflow-call.js';
import untrustedInputInScript from './untrusted-input-in-script.js';
import unpinnedAction from './unpinned-action.js';
import missingPermissions from './missing-permissions.js';
import untrustedCheckout from './untrusted-checkout.js';
import hardcodedSecret from './hardcoded-secret.js';
import mutableImage from './mutable-image.js';
import productionBeforeStaging from './production-before-staging.js';
import deployWithoutEnvironment from './deploy-without-environment.js';
import deployWithoutSmokeTest from './deploy-without-smoke-test.js';
import deployWithoutConcurrency from './deploy-without-concurrency.js';
import deployBeforeGates from './deploy-before-gates.js';

import requiredCheckNotRequired from './required-check-not-required.js';
import requiredCheckNotProduced from './required-check-not-produced.js';
import requiredCheckSkippable from './required-check-skippable.js';
export const RULES: readonly Rule[] = [
  unreadableFile,
  workflowSyntax,
  expressionSyntax,
  unknownContext,
  unknownFunction,
  needsUnknownJob,
  needsCycle,
  stepOutputsReference,
  needsOutputsReference,
  localActionInputs,
  reusableWorkflowCall,
  untrustedInputInScript,
  unpinnedAction,
  missingPermissions,
  untrustedCheckout,
  hardcodedSecret,
  mutableImage,
  productionBeforeStaging,
  deployWithoutEnvironment,
  deployWithoutSmokeTest,
  deployWithoutConcurrency,
  deployBeforeGates,
  requiredCheckNotRequired,
  requiredCheckNotProduced,
  requiredCheckSkippable
];

/** The rule with this id or kebab-case name. */
export function findRule(idOrName: string): Rule | undefined {
  const key = idOrName.trim();
  return RULES.find((r) => r.id.toLowerCase() === key.toLowerCase() || r.name === key);
}

/** The docs anchor of a rule: its heading in docs/rules.md. */
export function docsAnchor(rule: Rule): string {
  return `${rule.id.toLowerCase()}-${rule.name}`;
}
