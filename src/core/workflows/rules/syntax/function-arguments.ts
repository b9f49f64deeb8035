/** PG108 function-arguments: format() placeholders that do not match its arguments, broken JSON in fromJSON(). */
import { typeProblemRule } from './typed-expressions.js';

export default typeProblemRule(
  {
    id: 'PG108',
    name: 'function-arguments',
    level: 'error',
    description: "`format()` whose placeholders `{0}`, `{1}`… do not match its arguments, and `fromJSON('…')` of a literal that is not JSON.",
    help: "`format('{0}-{1}', a)` fails the run (a placeholder without an argument); an argument no placeholder uses is a forgotten `{n}`. `fromJSON()` of a literal string that is not valid JSON fails when it is evaluated. Both are checked as actionlint checks them; the number of arguments of every function is checked by PG102, their types by PG106."
  },
  'call'
);
