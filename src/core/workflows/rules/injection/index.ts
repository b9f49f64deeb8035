/** The injection and triggers family of rules: its rules, one a module beside this file. */
import type { Family } from '../../rule.js';
import untrustedInputInScript from './untrusted-input-in-script.js';
import untrustedCheckout from './untrusted-checkout.js';
import unsoundCondition from './unsound-condition.js';
import obfuscation from './obfuscation.js';
import dangerousTriggers from './dangerous-triggers.js';
import botConditions from './bot-conditions.js';
import unsoundContains from './unsound-contains.js';
import artipacked from './artipacked.js';

const family: Family = {
  name: 'injection',
  title: 'Injection and triggers',
  description: 'Untrusted data reaching code: expressions expanded in scripts, untrusted checkouts under privileged triggers, the privileged triggers themselves, spoofable bot and substring conditions.',
  rules: [
    untrustedInputInScript,
    untrustedCheckout,
    unsoundCondition,
    obfuscation,
    dangerousTriggers,
    botConditions,
    unsoundContains,
    artipacked
  ]
};
export default family;
