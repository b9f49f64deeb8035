/** The injection and triggers family of rules: its rules, one a module beside this file. */
import type { Family } from '../../rule.js';
import untrustedInputInScript from './untrusted-input-in-script.js';
import untrustedCheckout from './untrusted-checkout.js';
import unsoundCondition from './unsound-condition.js';
import obfuscation from './obfuscation.js';

const family: Family = {
  name: 'injection',
  title: 'Injection and triggers',
  description: 'Untrusted data reaching code: expressions expanded in scripts, untrusted checkouts under privileged triggers.',
  rules: [
    untrustedInputInScript,
    untrustedCheckout,
    unsoundCondition,
    obfuscation
  ]
};
export default family;
