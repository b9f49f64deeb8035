/** PG103 unknown-context: a context name that does not exist, or is not available where it is used. */
import { parserMessageRule } from '../internal/parser-messages.js';

export default parserMessageRule(
  {
    id: 'PG103',
    name: 'unknown-context',
    level: 'error',
    description: 'A context that does not exist, or is not available at that key (e.g. `steps` in `runs-on`).',
    help: 'Each workflow key allows its own set of contexts (`github`, `env`, `vars`, `secrets`, `matrix`, `needs`, `steps`, `inputs`, …): `steps` is not available in `runs-on`, `secrets` not in `if:`. A name outside that set is a typo or a context used too early; GitHub fails the workflow on it.'
  },
  'context',
  (m) => m.replace(/^Unrecognized named-value: '(.*)'$/, "Unrecognized named-value: '$1' (not a context available here)")
);
