/** PG104 unknown-function: a function GitHub's expressions do not have. */
import { parserMessageRule } from '../internal/parser-messages.js';

export default parserMessageRule(
  {
    id: 'PG104',
    name: 'unknown-function',
    level: 'error',
    description: 'A function that GitHub expressions do not provide (e.g. `toJson` is fine, `toYaml` is not).',
    help: 'Expressions have a fixed set of functions: `contains`, `startsWith`, `endsWith`, `format`, `join`, `toJSON`, `fromJSON`, `hashFiles`, `success`, `always`, `cancelled`, `failure` and `case`. Any other name fails the workflow.'
  },
  'function'
);
