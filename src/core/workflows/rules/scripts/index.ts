/** The scripts family of rules: its rules, one a module beside this file. */
import type { Family } from '../../rule.js';
import shellcheck from './shellcheck.js';
import deprecatedCommands from './deprecated-commands.js';
import shellName from './shell-name.js';
import envVarName from './env-var-name.js';

const family: Family = {
  name: 'scripts',
  title: 'Scripts',
  description: 'The shell scripts of `run:` steps.',
  rules: [shellcheck, deprecatedCommands, shellName, envVarName]
};
export default family;
