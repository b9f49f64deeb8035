/** The permissions and secrets family of rules: its rules, one a module beside this file. */
import type { Family } from '../../rule.js';
import missingPermissions from './missing-permissions.js';
import hardcodedSecret from './hardcoded-secret.js';
import anonymousDefinition from './anonymous-definition.js';
import undocumentedPermissions from './undocumented-permissions.js';
import insecureCommands from './insecure-commands.js';
import secretsInherit from './secrets-inherit.js';
import overprovisionedSecrets from './overprovisioned-secrets.js';
import unredactedSecrets from './unredacted-secrets.js';
import selfHostedRunner from './self-hosted-runner.js';
import githubEnv from './github-env.js';
import excessivePermissions from './excessive-permissions.js';

const family: Family = {
  name: 'permissions',
  title: 'Permissions and secrets',
  description: 'What the token may do and where secrets go.',
  rules: [
    missingPermissions,
    hardcodedSecret,
    anonymousDefinition,
    undocumentedPermissions,
    insecureCommands,
    secretsInherit,
    overprovisionedSecrets,
    unredactedSecrets,
    selfHostedRunner,
    githubEnv,
    excessivePermissions
  ]
};
export default family;
