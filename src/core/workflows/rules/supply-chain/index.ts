/** The supply chain family of rules: its rules, one a module beside this file. */
import type { Family } from '../../rule.js';
import unpinnedAction from './unpinned-action.js';
import mutableImage from './mutable-image.js';
import superfluousActions from './superfluous-actions.js';
import misfeature from './misfeature.js';
import forbiddenUses from './forbidden-uses.js';
import useTrustedPublishing from './use-trusted-publishing.js';
import dependabotCooldown from './dependabot-cooldown.js';
import dependabotExecution from './dependabot-execution.js';
import impostorCommit from './impostor-commit.js';
import refConfusion from './ref-confusion.js';
import refVersionMismatch from './ref-version-mismatch.js';
import staleActionRefs from './stale-action-refs.js';
import archivedUses from './archived-uses.js';
import knownVulnerableActions from './known-vulnerable-actions.js';
import popularActionInputs from './popular-action-inputs.js';
import outdatedActionRuntime from './outdated-action-runtime.js';
import cachePoisoning from './cache-poisoning.js';

/** The rules that read the GitHub API about the actions workflows use (zizmor's online audits). */
export const ONLINE_RULES = [impostorCommit, refConfusion, refVersionMismatch, staleActionRefs, archivedUses, knownVulnerableActions];

/** The rules that read each action's own action.yml through the API when given a token, else a stored table. */
export const TABLE_OR_API_RULES = [popularActionInputs, outdatedActionRuntime];

const family: Family = {
  name: 'supply-chain',
  title: 'Supply chain',
  description: 'What a workflow runs that others wrote: actions and images, their pins, versions, inputs and runtimes.',
  rules: [
    unpinnedAction,
    mutableImage,
    superfluousActions,
    misfeature,
    forbiddenUses,
    useTrustedPublishing,
    dependabotCooldown,
    dependabotExecution,
    popularActionInputs,
    outdatedActionRuntime,
    cachePoisoning,
    ...ONLINE_RULES
  ]
};
export default family;
