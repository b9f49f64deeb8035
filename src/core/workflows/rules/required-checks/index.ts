/** The required checks family of rules: its rules, one a module beside this file. */
import type { Family } from '../../rule.js';
import requiredCheckNotRequired from './required-check-not-required.js';
import requiredCheckNotProduced from './required-check-not-produced.js';
import requiredCheckSkippable from './required-check-skippable.js';

const family: Family = {
  name: 'required-checks',
  title: 'Required checks',
  description: 'The status checks the base branch requires, against the jobs that produce them.',
  rules: [
    requiredCheckNotRequired,
    requiredCheckNotProduced,
    requiredCheckSkippable
  ]
};
export default family;
