/**
 * The one secret masker of phase-gates: deploy, smoke-test, the pipeline and both hosts register
 * secrets here and mask with it, in every file, output, summary, log line and ledger record they
 * write. The runner masks what reaches the step log, but not our files.
 *
 * Like the runner's secret masker, a secret is masked with the forms a script is likely to print
 * it in. The runner's value encoders (actions/runner, src/Sdk/DTLogging/Logging/ValueEncoders.cs
 * at 3f7a01af939560ceb1222bca97d1ca4bee1ed843): Base64StringEscape and its shifts by one and two
 * bytes, JsonStringEscape, UriDataEscape, XmlDataEscape, ExpressionStringEscape and
 * TrimDoubleQuotes. Beyond them: base64url, form encoding, hex, backslash (shell) escapes, and
 * each line of a multi-line secret.
 *
 * Base64 of a secret inside a longer text depends on what precedes it (mod 3 bytes) and on what
 * follows it: for each of the three alignments, only the characters that the secret's own bytes
 * decide are registered (a partial last group is left out), so `base64("user:" + secret)` is masked
 * whatever comes before or after.
 */

/** Header and query parameter names whose values are credentials. */
const SECRET_NAME = /^(authorization|proxy-authorization|cookie|set-cookie)$|token|secret|passw|api[-_]?key|^key$|session|credential|signature|auth/i;

/** Whether a header or query parameter name holds a credential (its value is masked; smoke-test keeps it from other origins). */
export function isSecretName(name: string): boolean {
  return SECRET_NAME.test(name);
}

/** The mask, as the runner prints it. */
export const MASK = '***';

/** Shortest encoded form registered: shorter ones would mask ordinary text. */
const MIN_ENCODED = 8;
/** Shortest line of a multi-line secret masked on its own. */
const MIN_LINE = 4;

function base64Stable(bytes: Buffer): string[] {
  const out: string[] = [];
  for (let shift = 0; shift < 3; shift++) {
    const part = bytes.subarray(shift);
    const whole = part.length - (part.length % 3);
    if (whole === 0) continue;
    const b64 = part.subarray(0, whole).toString('base64');
    out.push(b64, b64.replace(/\+/g, '-').replace(/\//g, '_'));
  }
  return out;
}

/** RFC 3986 escaping of every character that is not unreserved, as .NET's Uri.EscapeDataString does. */
function escapeDataString(value: string): string {
  return encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

function xmlEscape(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}

/** The forms a secret is masked in, longest first, raw value included. */
export function secretForms(value: string): string[] {
  const forms = new Set<string>([value]);
  for (const line of value.split(/\r?\n/)) if (line.trim().length >= MIN_LINE) forms.add(line.trim());
  const bytes = Buffer.from(value, 'utf8');
  const encoded = [
    ...base64Stable(bytes),
    JSON.stringify(value).slice(1, -1),
    encodeURIComponent(value),
    escapeDataString(value),
    encodeURIComponent(value).replace(/%20/g, '+'),
    new URLSearchParams({ v: value }).toString().slice(2),
    xmlEscape(value),
    value.replace(/'/g, "''"),
    value.length > 8 && value.startsWith('"') && value.endsWith('"') ? value.slice(1, -1) : '',
    bytes.toString('hex'),
    bytes.toString('hex').toUpperCase(),
    value.replace(/[\\"'$`]/g, '\\$&')
  ];
  for (const form of encoded) if (form.length >= MIN_ENCODED) forms.add(form);
  return [...forms].sort((a, b) => b.length - a.length);
}

/** Holds the secret values of one run and replaces them, in every form, in text. */
export class Redactor {
  private forms: string[] = [];
  private readonly raw: string[] = [];

  /** Registers a value (ignoring empty ones) with its encoded forms; longer forms are replaced first. */
  add(value: string | undefined): void {
    if (!value || this.raw.includes(value)) return;
    this.raw.push(value);
    for (const form of secretForms(value)) if (!this.forms.includes(form)) this.forms.push(form);
    this.forms.sort((a, b) => b.length - a.length);
  }

  /** `text` with every registered form replaced by {@link MASK}. */
  redact(text: string): string {
    let s = text;
    for (const form of this.forms) if (s.includes(form)) s = s.split(form).join(MASK);
    return s;
  }

  /** Whether `text` holds a registered secret in any form. */
  holdsSecret(text: string): boolean {
    return this.forms.some((form) => text.includes(form));
  }

  /** Length of the longest registered form (0 without secrets). */
  longest(): number {
    return this.forms[0]?.length ?? 0;
  }

  /** Every form, for hosts that mask on their own (the runner's log). */
  values(): readonly string[] {
    return this.forms;
  }
}
