/** The supply chain family of rules: its rules, one a module beside this file. */
import type { Family } from '../../rule.js';
import unpinnedAction from './unpinned-action.js';
import mutableImage from './mutable-image.js';
import popularActionInputs from './popular-action-inputs.js';
import outdatedActionRuntime from './outdated-action-runtime.js';

const family: Family = {
  name: 'supply-chain',
  title: 'Supply chain',
  description: 'What a workflow runs that others wrote: actions and images, their pins, versions, inputs and runtimes.',
  rules: [
    unpinnedAction,
    mutableImage,
    popularActionInputs,
    outdatedActionRuntime
  ]
};
export default family;
