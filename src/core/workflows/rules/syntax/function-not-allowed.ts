/** PG107 function-not-allowed: a function that exists, used at a key where GitHub does not provide it. */
import { SPECIAL_FUNCTIONS, parserMessageRule } from '../internal/parser-messages.js';

export default parserMessageRule(
  {
    id: 'PG107',
    name: 'function-not-allowed',
    level: 'error',
    description: '`hashFiles()` outside the keys of a step, or `success()`, `failure()`, `always()`, `cancelled()` outside `if:`.',
    help: "Some functions are available only at some keys: `hashFiles()` in a step's `run`, `with`, `env`, `name`, `if`, `working-directory`, `continue-on-error` and `timeout-minutes`; the status functions `success()`, `failure()`, `always()` and `cancelled()` only in the `if:` of a job or step. Elsewhere GitHub refuses the workflow (\"Unrecognized function\"). Move the call to a step, or compute the value in a step and pass it through `outputs`."
  },
  'function-not-allowed',
  (m) =>
    m.replace(/^Unrecognized function: '(.*)'$/, (_all, name: string) => {
      const keys = SPECIAL_FUNCTIONS.get(name.toLowerCase()) ?? [];
      return `calling function "${name}" is not allowed here: "${name}" is only available in ${keys.map((k) => `"${k}"`).join(', ')}`;
    })
);
