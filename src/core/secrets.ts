/**
 * The one secret masker of phase-gates: deploy, smoke-test, the pipeline and both hosts register
 * secrets here and mask with it, in every file, output, summary, log line and ledger record they
 * write. The runner masks what reaches the step log, but not our files.
 *
 * One rule set, the runner's where it has one (actions/runner: src/Sdk/DTLogging/Logging/
 * SecretMasker.cs `AddValue` at 157e03616e677ba45b5faa9fe4ffee8d5906ad5f, which skips only an
 * empty value and has no minimum length; src/Runner.Worker/Worker.cs `InitializeSecretMasker` at
 * 0944b5b614b660d7311b5629210eb84b9de78bc7, which trims a secret variable and adds it whole and
 * line by line; src/Runner.Worker/ActionCommandManager.cs `AddMaskCommandExtension` at
 * 02523b9a60a24fe13364739abefe2255c5a6b758, which refuses a blank add-mask with a warning):
 * - A value is trimmed of surrounding white space, as the runner trims a secret variable: a token
 *   pasted with a trailing newline is printed by tools without it. A blank value is not a secret
 *   (the runner warns of an empty add-mask and registers nothing).
 * - A value given as a secret (a token input, a required secret, `setSecret`) is masked whatever
 *   its length, as the runner masks it in the step log: leaving a short one in our files would
 *   put in the ledger what the log hides. Parts we only guess are credentials (the value after
 *   `Bearer`, a cookie's value, a URL's user, password and credential-named query values) are
 *   registered from {@link MIN_GUESSED} characters: a user `u` is no secret, and masking every `u`
 *   would garble every report.
 * - Each line of a multi-line secret is masked on its own (the runner adds every line: a child
 *   process prints one line at a time), from {@link MIN_LINE} characters: a PEM's lone `}` or `-`
 *   line would otherwise mask punctuation everywhere.
 * - Like the runner's value encoders (src/Sdk/DTLogging/Logging/ValueEncoders.cs at
 *   3f7a01af939560ceb1222bca97d1ca4bee1ed843:
 *   Base64StringEscape and its shifts by one and two bytes, JsonStringEscape, UriDataEscape,
 *   XmlDataEscape, ExpressionStringEscape, TrimDoubleQuotes), a secret is masked in the forms a
 *   script is likely to print it in; beyond them: base64url, form encoding, hex, backslash (shell)
 *   escapes. Encoded forms shorter than {@link MIN_ENCODED} are not registered.
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
export const MIN_ENCODED = 8;
/** Shortest line of a multi-line secret masked on its own. */
export const MIN_LINE = 4;
/** Shortest part of a header or URL registered as a guessed credential. */
export const MIN_GUESSED = 3;

/**
 * A value as the masker registers it: trimmed, or undefined when blank. Hosts that register
 * secrets on their own (the runner's `add-mask`) use it too, so the runner's log and our files
 * hide the same thing.
 */
export function secretValue(value: string | undefined): string | undefined {
  const v = value?.trim();
  return v ? v : undefined;
}

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

/**
 * Holds the secret values of one run and replaces them, in every form, in text. One per run,
 * shared by everything that run writes; `register` passes each new value on to the host (the
 * runner's `add-mask`, the CLI's own masking).
 */
export class Redactor {
  private forms: string[] = [];
  private readonly raw: string[] = [];

  constructor(private readonly register: (value: string) => void = () => undefined) {}

  /** Registers a secret (trimmed; blank ones are not secrets) with its encoded forms, whatever its length. */
  add(value: string | undefined): void {
    const v = secretValue(value);
    if (!v || this.raw.includes(v)) return;
    this.raw.push(v);
    for (const form of secretForms(v)) if (!this.forms.includes(form)) this.forms.push(form);
    this.forms.sort((a, b) => b.length - a.length);
    this.register(v);
  }

  /** A part guessed to be a credential: registered from {@link MIN_GUESSED} characters. */
  private guess(value: string | undefined): void {
    const v = secretValue(value);
    if (v && v.length >= MIN_GUESSED) this.add(v);
  }

  /** A header value, when its name holds a credential: the whole of it, and the credential after an auth scheme (`Bearer x` → `x`) or in a cookie. */
  addHeader(name: string, value: string): void {
    if (!isSecretName(name)) return;
    this.guess(value);
    const m = /^\s*[A-Za-z][\w-]*\s+(\S.*)$/.exec(value);
    if (m && /^(authorization|proxy-authorization)$/i.test(name)) this.guess(m[1]);
    if (/cookie/i.test(name)) for (const part of value.split(';')) this.guess(part.split('=').slice(1).join('='));
  }

  /** Registers a URL's user, password and credential-named query values; returns the URL with them masked. */
  maskUrl(url: string): string {
    let u: URL;
    try {
      u = new URL(url);
    } catch {
      return this.redact(url);
    }
    if (u.password) this.guess(decodeURIComponent(u.password));
    if (u.username) this.guess(decodeURIComponent(u.username));
    for (const [k, v] of u.searchParams) if (isSecretName(k)) this.guess(v);
    if (u.username || u.password) {
      u.username = '';
      u.password = '';
      return this.redact(u.href.replace('://', '://***@'));
    }
    return this.redact(u.href);
  }

  /** `text` with every registered form replaced by {@link MASK}. */
  redact(text: string): string {
    let s = text;
    for (const form of this.forms) if (s.includes(form)) s = s.split(form).join(MASK);
    return s;
  }

  /** A copy of a JSON value with every string redacted. */
  redactDeep<T>(value: T): T {
    if (typeof value === 'string') return this.redact(value) as T;
    if (Array.isArray(value)) return value.map((v) => this.redactDeep(v)) as T;
    if (value !== null && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, this.redactDeep(v)])) as T;
    }
    return value;
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
