/**
 * Splits a script input (`run: ./deploy.sh --region eu`) into an argument vector the way a POSIX
 * shell splits words, without a shell: quotes group, backslashes escape, and nothing is expanded.
 * Operators a user might expect a shell to honour (`&&`, `|`, `>`, `$VAR`, backquotes) are refused
 * rather than passed on as literal words, so that a value means the same here as in a terminal.
 */
import { UserError } from '../errors.js';

const OPERATORS = new Set(['|', '&', ';', '<', '>', '(', ')', '`', '$', '\n', '\r']);

/** The argument vector of `value`; a UserError naming `input` for what a shell would read differently. */
export function shellWords(value: string, input: string): string[] {
  const words: string[] = [];
  let current = '';
  let inWord = false;
  const hint = 'one command with its arguments, e.g. `./deploy.sh --fast`; put pipelines and variables in a script';
  for (let i = 0; i < value.length; i++) {
    const ch = value[i];
    if (ch === "'") {
      const end = value.indexOf("'", i + 1);
      if (end < 0) throw new UserError('unterminated single quote', { input, hint });
      current += value.slice(i + 1, end);
      inWord = true;
      i = end;
    } else if (ch === '"') {
      inWord = true;
      let j = i + 1;
      for (; j < value.length && value[j] !== '"'; j++) {
        const c = value[j];
        if (c === '\\' && j + 1 < value.length && '"\\$`\n'.includes(value[j + 1])) {
          if (value[j + 1] !== '\n') current += value[j + 1];
          j++;
        } else if (c === '$' || c === '`') {
          throw new UserError(`expansion ${JSON.stringify(c)} inside double quotes is not supported`, { input, hint });
        } else current += c;
      }
      if (j >= value.length) throw new UserError('unterminated double quote', { input, hint });
      i = j;
    } else if (ch === '\\') {
      if (i + 1 >= value.length) throw new UserError('a backslash ends the value', { input, hint });
      if (value[i + 1] !== '\n') {
        current += value[i + 1];
        inWord = true;
      }
      i++;
    } else if (ch === ' ' || ch === '\t') {
      if (inWord) words.push(current);
      current = '';
      inWord = false;
    } else if (OPERATORS.has(ch)) {
      const shown = ch === '\n' || ch === '\r' ? 'a line break' : JSON.stringify(ch);
      throw new UserError(`shell syntax ${shown} is not supported: the script runs without a shell`, { input, hint });
    } else if (ch === '#' && !inWord) {
      break; // a comment, as in a shell
    } else {
      current += ch;
      inWord = true;
    }
  }
  if (inWord) words.push(current);
  return words;
}
