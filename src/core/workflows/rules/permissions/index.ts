/** The permissions and secrets family of rules: its rules, one a module beside this file. */
import type { Family } from '../../rule.js';
import missingPermissions from './missing-permissions.js';
import hardcodedSecret from './hardcoded-secret.js';
import anonymousDefinition from './anonymous-definition.js';
import undocumentedPermissions from './undocumented-permissions.js';

const family: Family = {
  name: 'permissions',
  title: 'Permissions and secrets',
  description: 'What the token may do and where secrets go.',
  rules: [
    missingPermissions,
    hardcodedSecret,
    anonymousDefinition,
    undocumentedPermissions
  ]
};
export default family;
