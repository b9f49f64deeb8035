/**
 * Errors a user can fix. Only entries catch them: they print one line (`::error::` for the actions)
 * and exit 1, with no stack trace. Any other exception is an internal error.
 */
export interface UserErrorOptions {
  /** The input the bad value came from, e.g. `coverage-files`. */
  input?: string;
  /** The file, relative to the workspace where possible. */
  file?: string;
  /** 1-based line in `file`. */
  line?: number;
  /** A short suggestion printed after the message. */
  hint?: string;
}

export class UserError extends Error {
  readonly input?: string;
  readonly file?: string;
  readonly line?: number;
  readonly hint?: string;

  constructor(message: string, options: UserErrorOptions = {}) {
    super(message);
    this.name = 'UserError';
    this.input = options.input;
    this.file = options.file;
    this.line = options.line;
    this.hint = options.hint;
  }

  /** `input: file:line: message (hint)` — one line, whatever the message held. */
  render(): string {
    let where = '';
    if (this.input) where += `${this.input}: `;
    if (this.file) where += this.line ? `${this.file}:${this.line}: ` : `${this.file}: `;
    else if (this.line) where += `line ${this.line}: `;
    const text = `${where}${this.message}${this.hint ? ` (${this.hint})` : ''}`;
    return text.replace(/[\r\n]+/g, ' ');
  }

  /** Further errors found in the same pass, so that a user sees them all at once. */
  more: UserError[] = [];

  /** One error carrying all of `errors` (the first is the headline). */
  static several(errors: UserError[]): UserError {
    const [first, ...rest] = errors;
    // A nested reader's error arrives with its `more` already collected beside it: each once.
    for (const e of rest) if (e !== first && !first.more.includes(e)) first.more.push(e);
    return first;
  }

  /** Every error of this one, itself first, each rendered as one line. */
  renderAll(): string[] {
    return [this.render(), ...this.more.map((e) => e.render())];
  }

  /** The same error, attributed to an input and/or file when it did not say yet. */
  static attribute(err: unknown, options: UserErrorOptions): unknown {
    if (!(err instanceof UserError)) return err;
    if ((options.input && !err.input) || (options.file && !err.file) || (options.line && !err.line && !err.file)) {
      const copy = new UserError(err.message, {
        input: err.input ?? options.input,
        file: err.file ?? options.file,
        line: err.line ?? options.line,
        hint: err.hint ?? options.hint
      });
      copy.more = err.more;
      return copy;
    }
    return err;
  }
}

/**
 * `attempt(fn, fallback)`: runs `fn`; a UserError it throws (with its `more`) is pushed to `errors`
 * and `fallback` returned, so that every bad input is found before one error reports them all.
 */
export function collecting(errors: UserError[]): <T>(fn: () => T, fallback: T) => T {
  return <T,>(fn: () => T, fallback: T): T => {
    try {
      return fn();
    } catch (err) {
      if (!(err instanceof UserError)) throw err;
      errors.push(err, ...err.more);
      return fallback;
    }
  };
}
