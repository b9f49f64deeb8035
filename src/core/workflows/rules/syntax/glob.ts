/**
 * GitHub's filter patterns (`branches:`, `tags:`, `paths:` of a trigger), checked as actionlint's
 * glob.go does (rhysd/actionlint at 011a6d1): each problem with its 1-based column in the pattern
 * (0 when it cannot be placed).
 */

export interface GlobProblem {
  message: string;
  column: number;
}

const EOF = '';

class Validator {
  readonly problems: GlobProblem[] = [];
  private i = 0;
  private prec = false;

  constructor(
    private readonly pat: string,
    private readonly isRef: boolean
  ) {}

  private next(): string {
    return this.i < this.pat.length ? this.pat[this.i++] : EOF;
  }

  private peek(): string {
    return this.i < this.pat.length ? this.pat[this.i] : EOF;
  }

  private error(message: string): void {
    this.problems.push({ message, column: this.pat.slice(0, this.i).includes('\n') ? 0 : this.i });
  }

  private unexpected(char: string, what: string, why: string): void {
    const unexpected = char === EOF ? 'unexpected EOF' : `unexpected character ${JSON.stringify(char)}`;
    this.error(`invalid glob pattern: ${unexpected}${what ? ` while checking ${what}` : ''}; ${why}`);
  }

  private invalidRefChar(c: string, why: string): void {
    this.error(`character ${c === EOF ? 'EOF' : JSON.stringify(c)} is invalid in branch and tag names: ${why} (see git check-ref-format; regular expressions are not supported)`);
  }

  private step(): boolean {
    let c = this.next();
    let prec = true;
    switch (c) {
      case '\\': {
        const p = this.peek();
        if (p === '[' || p === '?' || p === '*') {
          c = this.next();
          if (this.isRef) this.invalidRefChar(this.peek(), 'a ref name cannot contain spaces, ~, ^, :, [, ?, *');
        } else if (p === '+' || p === '\\' || p === '!') c = this.next();
        else if (this.isRef) {
          this.invalidRefChar('\\', 'only the special characters [, ?, +, *, \\ and ! can be escaped with \\');
          c = this.next();
        }
        break;
      }
      case '?':
      case '+':
        if (!this.prec) this.unexpected(c, `special character ${c}`, 'the preceding character must not be a special character');
        prec = false;
        break;
      case '*':
        prec = false;
        break;
      case '[': {
        if (this.peek() === ']') {
          c = this.next();
          this.unexpected(']', 'content of character match []', 'a character match must not be empty');
          break;
        }
        let chars = 0;
        for (;;) {
          c = this.next();
          if (c === ']') break;
          if (c === EOF) {
            this.unexpected(c, 'end of character match []', 'missing ]');
            return false;
          }
          if (this.peek() !== '-') {
            chars++;
            continue;
          }
          chars += 2;
          const s = c;
          c = this.next(); // -
          const p = this.peek();
          if (p === ']') {
            c = this.next();
            this.unexpected(c, 'character range in []', 'the end of the range is missing');
            break;
          }
          if (p !== EOF) {
            c = this.next();
            if (s > c) this.unexpected(c, 'character range in []', `the start of the range ${JSON.stringify(s)} is after its end ${JSON.stringify(c)}`);
          }
        }
        if (chars === 1) this.unexpected(c, 'character match []', 'a character match of one character is useless: write x instead of [x]');
        break;
      }
      case '\r':
        if (this.peek() === '\n') c = this.next();
        this.unexpected(c, '', 'a pattern cannot contain a newline');
        break;
      case '\n':
        this.unexpected('\n', '', 'a pattern cannot contain a newline');
        break;
      case ' ':
      case '\t':
      case '~':
      case '^':
      case ':':
        if (this.isRef) this.invalidRefChar(c, 'a ref name cannot contain spaces, ~, ^, :, [, ?, *');
        break;
    }
    this.prec = prec;
    if (this.peek() === EOF) {
      if (this.isRef && (c === '/' || c === '.')) this.invalidRefChar(c, 'a ref name must not end with / or .');
      return false;
    }
    return true;
  }

  run(): GlobProblem[] {
    if (this.pat === '') {
      this.error('a glob pattern cannot be empty');
      return this.problems;
    }
    const first = this.peek();
    if (first === '/' && this.isRef) {
      this.next();
      this.invalidRefChar('/', 'a ref name must not start with /');
      this.prec = true;
    } else if (first === '!') {
      this.next();
      if (this.peek() === EOF) {
        this.unexpected('!', '! at the first character (a negative pattern)', 'at least one character must follow !');
        return this.problems;
      }
      this.prec = false;
    }
    // Each step eats at least one character, so this ends within the pattern's length.
    while (this.step());
    return this.problems;
  }
}

/** Problems of a `branches:` or `tags:` pattern (a Git ref name glob). */
export function refGlobProblems(pattern: string): GlobProblem[] {
  return new Validator(pattern, true).run();
}

/** Problems of a `paths:` pattern. */
export function pathGlobProblems(pattern: string): GlobProblem[] {
  const p = pattern.trim();
  const problems: GlobProblem[] = [];
  if (p !== pattern) problems.push({ message: 'leading and trailing spaces are not allowed in a path pattern', column: 0 });
  const q = p.replace(/^!/, '');
  if (q === '.' || q === '..' || q.startsWith('./') || q.startsWith('../')) problems.push({ message: "'.' and '..' are not allowed in a path pattern: paths are relative to the repository root, without ./", column: 0 });
  return problems.length ? problems : new Validator(pattern, false).run();
}
