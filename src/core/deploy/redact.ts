/**
 * Secret redaction for everything deploy writes itself (the audit log, the summary, outputs, the
 * lines it relays from scripts). The runner masks what reaches stdout, but not files.
 */

/** The mask, as the runner prints it. */
export const MASK = '***';

/** Holds the secret values of one run and replaces them in text. */
export class Redactor {
  private secrets: string[] = [];

  /** Registers a value (ignoring empty ones); longer values are replaced first. */
  add(value: string | undefined): void {
    if (!value) return;
    // A multi-line secret (a key) is also masked line by line, since output is relayed per line.
    for (const v of [value, ...value.split(/\r?\n/).map((l) => l.trim()).filter((l) => l.length >= 4)]) {
      if (!this.secrets.includes(v)) this.secrets.push(v);
    }
    this.secrets.sort((a, b) => b.length - a.length);
  }

  /** `text` with every registered value replaced by {@link MASK}. */
  redact(text: string): string {
    let s = text;
    for (const secret of this.secrets) if (s.includes(secret)) s = s.split(secret).join(MASK);
    return s;
  }

  /** The values, for hosts that mask on their own (registered once each). */
  values(): readonly string[] {
    return this.secrets;
  }
}
