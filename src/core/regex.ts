/**
 * Regular expressions written by users, run in linear time. A pattern from an input (smoke-test's
 * `body-matches`, say) is matched against text a server chose, so JavaScript's backtracking
 * engine is not used for it: `^(a+)+$` against 35 bytes would block the process for minutes,
 * deaf to timeouts and signals. Patterns run on RE2 (re2js, a pure-JS port: time linear in the
 * text), written in JavaScript syntax as before and translated where RE2 reads it differently.
 * What RE2 cannot run (backreferences, lookaround) is refused when the input is read, in one line.
 *
 * Translated to keep JavaScript's meaning: `.` (which in JavaScript matches no line terminator:
 * \n, \r, U+2028, U+2029), `\s` outside a class (JavaScript's Unicode white space), `\uXXXX`,
 * `\u{…}`, `\cX`, legacy octal escapes, `[]`, `[^]`, `(?<name>…)` and identity escapes. Differences left: `\S` inside a
 * class is RE2's (not ASCII white space); `^` and `$` with the `m` flag
 * break lines at \n only; without `u`, JavaScript counts UTF-16 units where RE2 counts code
 * points (an emoji is one `.` here).
 */
import { RE2JS } from 're2js';

/** A compiled user pattern: stateless (no `g` or `y`), safe to test against any text. */
export interface UserRegex {
  /** As written, e.g. `/ok/i` or `^ok$`. */
  readonly source: string;
  /** The JavaScript flags kept (`g` and `y` dropped). */
  readonly flags: string;
  /** Whether the pattern matches somewhere in `text`, in time linear in its length. */
  test(text: string): boolean;
}

/** A pattern that cannot be used; the message is one line without the pattern. */
export class UserRegexError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UserRegexError';
  }
}

/** Longest pattern accepted: a regular expression in an input is a line, not a program. */
export const MAX_PATTERN_LENGTH = 4096;

const ENGINE = 'patterns run on a linear-time engine, RE2 syntax';

/** JavaScript's `\s`: WhiteSpace and LineTerminator of ECMA-262, as RE2 class items. */
const JS_SPACE = '\\t\\n\\x0B\\f\\r \\x{A0}\\x{1680}\\x{2000}-\\x{200A}\\x{2028}\\x{2029}\\x{202F}\\x{205F}\\x{3000}\\x{FEFF}';
/** JavaScript's `.` without the `s` flag: anything but a line terminator. */
const JS_DOT = '[^\\n\\r\\x{2028}\\x{2029}]';

function unsupported(what: string): never {
  throw new UserRegexError(`${what} are not supported (${ENGINE})`);
}

/**
 * Rewrites a JavaScript pattern (already valid JavaScript) for RE2, refusing what RE2 cannot run.
 * Escapes RE2 spells differently are left to re2js' own translation, which runs after this.
 */
function toRe2(source: string, flags: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      const n = source[i + 1] ?? '';
      if (!inClass && /[1-9]/.test(n)) unsupported('backreferences');
      if (!inClass && n === 'k' && source[i + 2] === '<') unsupported('backreferences');
      if (/[0-9]/.test(n)) {
        // A legacy octal escape (\0, or a class's \1 to \377), or a class's \8 and \9: a character.
        const octal = /^(?:[0-3][0-7]{0,2}|[4-7][0-7]?)/.exec(source.slice(i + 1))?.[0];
        out += octal ? `\\x{${parseInt(octal, 8).toString(16)}}` : n;
        i += octal ? octal.length : 1;
        continue;
      }
      if (n === 's' && !inClass) out += `[${JS_SPACE}]`;
      else if (n === 'S' && !inClass) out += `[^${JS_SPACE}]`;
      else if (n === 's') out += JS_SPACE;
      else out += c + n;
      i++;
      continue;
    }
    if (inClass) {
      if (flags.includes('v') && (c === '[' || source.startsWith('--', i) || source.startsWith('&&', i))) unsupported('set operations of the v flag');
      if (c === ']') inClass = false;
      out += c;
      continue;
    }
    if (c === '[') {
      inClass = true;
      // `[]` and `[^]` are whole classes in JavaScript, not a class starting with `]`.
      const close = source.startsWith('[]', i) ? 2 : source.startsWith('[^]', i) ? 3 : 0;
      if (close) {
        out += source.slice(i, i + close);
        i += close - 1;
        inClass = false;
        continue;
      }
    } else if (c === '(' && source[i + 1] === '?') {
      if (source[i + 2] === '=' || source[i + 2] === '!') unsupported('lookahead assertions');
      if (source[i + 2] === '<' && (source[i + 3] === '=' || source[i + 3] === '!')) unsupported('lookbehind assertions');
    } else if (c === '.' && !flags.includes('s')) {
      out += JS_DOT;
      continue;
    }
    out += c;
  }
  return out;
}

/**
 * Compiles `/pattern/flags` or a bare pattern. Flags: `i`, `m`, `s`, `u`, `v`, `d`; `g` and `y`
 * are dropped (they would make test() stateful). Throws {@link UserRegexError} for a pattern that
 * is not valid JavaScript or that RE2 cannot run.
 */
export function compileUserRegex(text: string): UserRegex {
  const m = /^\/(.*)\/([dgimsuvy]*)$/s.exec(text);
  const pattern = m ? m[1] : text;
  const flags = m ? m[2].replace(/[gy]/g, '') : '';
  if (pattern.length > MAX_PATTERN_LENGTH) throw new UserRegexError(`longer than ${MAX_PATTERN_LENGTH} characters`);
  // JavaScript's own parser says whether it is a valid pattern at all (compiling runs nothing).
  try {
    new RegExp(pattern, flags);
  } catch (err) {
    throw new UserRegexError(`invalid regular expression: ${(err as Error).message.replace(/^Invalid regular expression: (\/.*\/[a-z]*: )?/, '')}`);
  }
  let re: RE2JS;
  try {
    const engineFlags =
      (flags.includes('i') ? RE2JS.CASE_INSENSITIVE : 0) | (flags.includes('m') ? RE2JS.MULTILINE : 0) | (flags.includes('s') ? RE2JS.DOTALL : 0);
    re = RE2JS.compile(RE2JS.translateRegExp(toRe2(pattern, flags)), engineFlags);
  } catch (err) {
    if (err instanceof UserRegexError) throw err;
    const reason = String((err as Error).message ?? err).split('\n')[0];
    throw new UserRegexError(`not supported: ${reason} (${ENGINE})`);
  }
  return { source: text, flags, test: (t: string) => re.test(t) };
}

/**
 * A pattern as an error message shows it: as written, in double quotes, unless it holds a quote
 * or a control character (then as a JSON string), so the message stays one line.
 */
export function showPattern(text: string): string {
  // eslint-disable-next-line no-control-regex
  return /["\u0000-\u001f\u007f\u2028\u2029]/.test(text) ? JSON.stringify(text) : `"${text}"`;
}
