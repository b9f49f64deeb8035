/** PG106 type-mismatch: comparisons that are always false, arguments of the wrong type, objects printed as strings. */
import { typeProblemRule } from './typed-expressions.js';

export default typeProblemRule(
  {
    id: 'PG106',
    name: 'type-mismatch',
    level: 'error',
    description: "A value of the wrong type: a comparison that is always false (`github.event == 'push'`), a function argument of the wrong type, a property of a string, an object or array in `${{ }}` where a string is expected, a `with:` value of the wrong type for a local reusable workflow.",
    help: "Expressions are typed as actionlint types them (`string`, `number`, `bool`, `null`, objects with known properties, arrays). GitHub compares an object with a string without error, and `==` is then always false (`!=` always true); `startsWith(github.event, 'x')` is always false; `github.repository.owner` is empty (`github.repository` is a string); `${{ github.event }}` in `run:` prints `Object`; `runs-on:` given an object fails the job; a local reusable workflow refuses a `with:` value that does not fit the `type:` of its `on.workflow_call` input (a number input given `three`). Untyped values (`fromJSON()` of a non-literal, step outputs, `github.event.*` under a trigger the webhooks spec does not describe) are `any`, which is never reported; an object of a webhook payload that may be null (`github.event.pull_request.milestone`) compares with a string as null does. Use `toJSON()` to print an object, or the property you meant."
  },
  'type'
);
