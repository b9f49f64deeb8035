/** The deployment policy family of rules: its rules, one a module beside this file. */
import type { Family } from '../../rule.js';
import productionBeforeStaging from './production-before-staging.js';
import deployWithoutEnvironment from './deploy-without-environment.js';
import deployWithoutSmokeTest from './deploy-without-smoke-test.js';
import deployWithoutConcurrency from './deploy-without-concurrency.js';
import deployBeforeGates from './deploy-before-gates.js';

const family: Family = {
  name: 'deployment',
  title: 'Deployment policy',
  description: 'The deployment policy: staging before production, environments, smoke tests, concurrency, gates.',
  rules: [
    productionBeforeStaging,
    deployWithoutEnvironment,
    deployWithoutSmokeTest,
    deployWithoutConcurrency,
    deployBeforeGates
  ]
};
export default family;
