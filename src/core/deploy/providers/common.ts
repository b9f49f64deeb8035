/**
 * What the cloud providers share: reading `provider-options` (one error per bad key, all at once),
 * image references, and running a step's commands one after the other until one fails.
 */
import { UserError } from '../../errors.js';
import type { CommandOutcome, ProviderCommand, ProviderRuntime, ProviderStep, StepOutcome } from '../provider.js';

/** Control characters (newlines among them): never part of a name, a path or a URL we pass on. */
const CONTROL = /[\x00-\x1f\x7f]/;

/** How a string option must look: a pattern and the rule in words, for the error. */
export interface Rule {
  pattern: RegExp;
  /** What the rule says, e.g. `a DNS label (lower-case letters, digits and "-", at most 63)`. */
  says: string;
  maxLength?: number;
}

/** Common naming rules. */
export const RULES = {
  /** RFC 1123 label (Kubernetes namespaces, container names). */
  dnsLabel: { pattern: /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/, maxLength: 63, says: 'a DNS label: lower-case letters, digits and "-", starting and ending with a letter or digit, at most 63 characters' },
  /** RFC 1123 subdomain (Kubernetes object names such as Deployments). */
  dnsSubdomain: {
    pattern: /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/,
    maxLength: 253,
    says: 'a DNS subdomain: lower-case letters, digits, "-" and ".", starting and ending with a letter or digit, at most 253 characters'
  },
  /** RFC 1035 label (Kubernetes Services). */
  dns1035: { pattern: /^[a-z]([-a-z0-9]*[a-z0-9])?$/, maxLength: 63, says: 'a DNS-1035 label: lower-case letters, digits and "-", starting with a letter, at most 63 characters' },
  /** A file-system path or any free text without control characters (checked for all strings). */
  text: { pattern: /^[^\x00-\x1f\x7f]+$/, says: 'text on one line' },
  /** An http(s) URL. */
  url: { pattern: /^https?:\/\/[^\s]+$/, says: 'an http:// or https:// URL' }
} satisfies Record<string, Rule>;

/** Options of one key, as the factory declares them. */
export interface StringSpec {
  /** Shown in "needs" errors: `(the Deployment to update)`. */
  meaning: string;
  required?: boolean;
  rule?: Rule;
}

/**
 * Reads a `provider-options` mapping. Each getter records an error instead of throwing, so that
 * {@link OptionReader.done} reports every bad key at once; unknown keys are errors too (typos).
 */
export class OptionReader {
  private readonly errors: UserError[] = [];
  private readonly seen = new Set<string>();

  constructor(
    private readonly provider: string,
    private readonly options: Record<string, unknown>,
    private readonly input: string
  ) {
    if (options === null || typeof options !== 'object' || Array.isArray(options)) {
      this.fail(`${provider} takes a mapping of options`, 'e.g. provider-options: "{ key: value }"');
      this.options = {};
    }
  }

  /** Records an error about this provider's options. */
  fail(message: string, hint?: string): void {
    this.errors.push(new UserError(message, { input: this.input, hint }));
  }

  private raw(key: string): unknown {
    this.seen.add(key);
    return Object.prototype.hasOwnProperty.call(this.options, key) ? this.options[key] : undefined;
  }

  /** Whether the key was given (with a non-empty value). */
  has(key: string): boolean {
    const v = Object.prototype.hasOwnProperty.call(this.options, key) ? this.options[key] : undefined;
    return v !== undefined && v !== null && v !== '';
  }

  /** A string option; numbers are taken as their decimal text. Returns '' when absent or bad. */
  string(key: string, spec: StringSpec): string {
    const v = this.raw(key);
    if (v === undefined || v === null || v === '') {
      if (spec.required) this.fail(`${this.provider} needs "${key}" (${spec.meaning})`);
      return '';
    }
    let text: string;
    if (typeof v === 'string') text = v;
    else if (typeof v === 'number' && Number.isFinite(v)) text = String(v);
    else {
      this.fail(`${this.provider} "${key}" must be a string, not ${describeType(v)}`, spec.meaning);
      return '';
    }
    if (CONTROL.test(text)) {
      this.fail(`${this.provider} "${key}" must be on one line, without control characters`, spec.meaning);
      return '';
    }
    if (text.trim() !== text) {
      this.fail(`${this.provider} "${key}" has leading or trailing spaces: ${show(text)}`, spec.meaning);
      return '';
    }
    if (text.startsWith('-')) {
      this.fail(`${this.provider} "${key}" must not start with "-" (a command would read it as a flag): got ${show(text)}`, spec.meaning);
      return '';
    }
    const rule = spec.rule;
    if (rule && ((rule.maxLength !== undefined && text.length > rule.maxLength) || !rule.pattern.test(text))) {
      this.fail(`${this.provider} "${key}" must be ${rule.says}: got ${show(text)}`, spec.meaning);
      return '';
    }
    return text;
  }

  /** A boolean option (YAML true/false, or the strings "true"/"false"). */
  bool(key: string, meaning: string, fallback = false): boolean {
    const v = this.raw(key);
    if (v === undefined || v === null || v === '') return fallback;
    if (typeof v === 'boolean') return v;
    if (v === 'true') return true;
    if (v === 'false') return false;
    this.fail(`${this.provider} "${key}" must be true or false: got ${show(String(v))}`, meaning);
    return fallback;
  }

  /** Throws the errors found so far (and unknown keys), if any. */
  done(): void {
    const unknown = Object.keys(this.options).filter((k) => !this.seen.has(k));
    for (const k of unknown) {
      this.fail(`${this.provider} does not take "${k}"`, `its keys: ${[...this.seen].join(', ')}`);
    }
    if (this.errors.length) throw UserError.several(this.errors);
  }
}

function describeType(v: unknown): string {
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a mapping';
  return `a ${typeof v}`;
}

/** A value quoted for an error message, cut to a readable length. */
export function show(text: string): string {
  return JSON.stringify(text.length > 80 ? `${text.slice(0, 77)}...` : text);
}

// ---------------------------------------------------------------------------------------------
// Image references

/**
 * An image repository without tag or digest: `[registry[:port]/]path`, the path in lower case
 * (distribution/reference grammar).
 */
export const IMAGE_REPOSITORY: Rule = {
  pattern: /^(?:(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*(?::[0-9]+)?)\/)?[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$/,
  maxLength: 255,
  says: 'an image repository without tag or digest, e.g. ghcr.io/acme/web (the tag is the deploy version)'
};

const DIGEST = /^sha256:[0-9a-f]{64}$/;
const TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;

/** The image reference for a plan: like {@link imageRef}, with a placeholder where the version is unknown or unusable. */
export function planRef(repository: string, version: string): string {
  if (!version) return `${repository}:<previous-version>`;
  try {
    return imageRef(repository, version);
  } catch {
    return `${repository}:${version}`;
  }
}

/**
 * The image reference of `version` in `repository`: `repository:version`, or
 * `repository@sha256:…` when the version is a digest. Throws (with a one-line reason) when the
 * version cannot be an image tag, e.g. semver build metadata `1.2.3+build.5`.
 */
export function imageRef(repository: string, version: string): string {
  if (DIGEST.test(version)) return `${repository}@${version}`;
  if (/^sha(256|384|512):/i.test(version)) throw new StepError(`version ${show(version)} is not a sha256 digest an image can be pulled by`);
  if (!TAG.test(version)) {
    throw new StepError(`version ${show(version)} is not a valid image tag (letters, digits, "_", "." and "-", at most 128 characters)`);
  }
  return `${repository}:${version}`;
}

// ---------------------------------------------------------------------------------------------
// Running a step

/** Thrown inside a provider's step to end it with this outcome (never escapes `apply`). */
export class StepError extends Error {
  constructor(
    readonly detail: string,
    readonly outcome: 'failed' | 'cancelled' = 'failed'
  ) {
    super(detail);
    this.name = 'StepError';
  }
}

/** The one-line reason a command ended badly. */
export function commandFailure(command: ProviderCommand, result: CommandOutcome): StepError {
  if (result.outcome === 'cancelled') return new StepError(`cancelled during: ${command.purpose}`, 'cancelled');
  if (result.outcome === 'timeout') return new StepError(`${command.purpose}: timed out`);
  return new StepError(`${command.purpose}: ${command.program} exited with ${result.code === null ? 'a signal' : `code ${result.code}`}`);
}

/** Runs commands for one step; the first failure ends the step (through {@link StepError}). */
export class StepRunner {
  constructor(private readonly runtime: ProviderRuntime) {}

  /** Runs one command; throws StepError unless it succeeded. Resolves its stdout. */
  async run(command: ProviderCommand): Promise<string> {
    const result = await this.exec(command);
    if (result.outcome !== 'ok') throw commandFailure(command, result);
    return result.stdout;
  }

  /** Runs a read whose failure is tolerated: resolves undefined when it failed (a cancellation still ends the step). */
  async read(command: ProviderCommand): Promise<string | undefined> {
    const result = await this.exec(command);
    if (result.outcome === 'cancelled') throw commandFailure(command, result);
    return result.outcome === 'ok' ? result.stdout : undefined;
  }

  private async exec(command: ProviderCommand): Promise<CommandOutcome> {
    try {
      return await this.runtime.exec(command);
    } catch (err) {
      throw new StepError(`${command.purpose}: ${err instanceof Error ? err.message : String(err)}`.replace(/[\r\n]+/g, ' '));
    }
  }
}

/** Runs `body` and turns a StepError into the step's outcome. */
export async function step(runtime: ProviderRuntime, body: (run: StepRunner) => Promise<StepOutcome>): Promise<StepOutcome> {
  try {
    return await body(new StepRunner(runtime));
  } catch (err) {
    if (err instanceof StepError) return { outcome: err.outcome, detail: err.detail };
    throw err;
  }
}

/** Parses a command's JSON output, or ends the step saying which command printed something else. */
export function parseJson(stdout: string, what: string): unknown {
  try {
    return JSON.parse(stdout);
  } catch {
    throw new StepError(`${what}: the output is not JSON`);
  }
}

/** A plain object, or undefined. */
export function record(value: unknown): Record<string, unknown> | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

/** A list, or an empty one. */
export function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** A string, or ''. */
export function str(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/** A whole percentage 0..100, or a StepError. */
export function percent(step: ProviderStep): number {
  const p = step.trafficPercent;
  if (!Number.isInteger(p) || p < 0 || p > 100) throw new StepError(`traffic percentage ${String(p)} is not a whole number from 0 to 100`);
  return p;
}

/** The version a rollback returns to, or a StepError when there is none. */
export function rollbackVersion(step: ProviderStep): string {
  if (!step.version) throw new StepError('no previous version to roll back to');
  return step.version;
}

/** The first https:// URL printed on its own line (CLIs print the deployment URL so). */
export function firstUrl(stdout: string): string | undefined {
  for (const line of stdout.split(/\r?\n/)) {
    const t = line.trim();
    if (/^https:\/\/\S+$/.test(t)) return t;
  }
  return undefined;
}
