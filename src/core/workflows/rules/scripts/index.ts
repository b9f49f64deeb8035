/** The scripts family of rules: its rules, one a module beside this file. */
import type { Family } from '../../rule.js';

const family: Family = {
  name: 'scripts',
  title: 'Scripts',
  description: 'The shell scripts of `run:` steps.',
  rules: []
};
export default family;
