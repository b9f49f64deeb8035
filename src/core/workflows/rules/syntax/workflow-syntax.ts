/** PG101 workflow-syntax: YAML and schema errors, as GitHub's own parser reports them. */
import { parserMessageRule } from '../internal/parser-messages.js';

export default parserMessageRule(
  {
    id: 'PG101',
    name: 'workflow-syntax',
    level: 'error',
    description: "YAML and schema errors in a workflow or action.yml, with GitHub's own parser messages.",
    help: "The file is checked by `@actions/workflow-parser`, the parser GitHub's editor tooling uses, against the workflow or action schema: unknown keys, missing required keys, values of the wrong type, duplicate keys, invalid cron schedules and invalid YAML. The message is the parser's own; GitHub refuses such a workflow when it runs."
  },
  'syntax'
);
