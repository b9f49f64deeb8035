/** PG102 expression-syntax: a `${{ }}` expression that does not parse. */
import { parserMessageRule } from '../internal/parser-messages.js';

export default parserMessageRule(
  {
    id: 'PG102',
    name: 'expression-syntax',
    level: 'error',
    description: 'An expression that does not parse: unbalanced parentheses, a stray symbol, an unclosed `${{`, wrong argument counts.',
    help: "Every `${{ }}` expression (and every `if:` condition) is parsed with `@actions/expressions`, GitHub's expression parser. An expression that does not parse fails the job when the runner evaluates it, often only on the branch that reaches it."
  },
  'expression'
);
