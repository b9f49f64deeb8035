/**
 * The Host of the `phase-gates` command line: inputs from flags, the summary on stdout, annotations
 * and messages on stderr, outputs kept for `--outputs` (`name=value` lines) or `--json`, and every
 * registered secret masked in all of them.
 */
import type { AnnotationLevel, AnnotationProperties, Host } from '../core/host.js';

export interface CliHostOptions {
  inputs: Record<string, string>;
  workspace?: string;
  env?: Record<string, string | undefined>;
  out?: (text: string) => void;
  err?: (text: string) => void;
  verbose?: boolean;
  color?: boolean;
}

export class CliHost implements Host {
  readonly workspace: string;
  readonly env: Record<string, string | undefined>;
  readonly outputs: Record<string, string> = {};
  private readonly secrets: string[] = [];
  private readonly out: (text: string) => void;
  private readonly err: (text: string) => void;

  constructor(private readonly options: CliHostOptions) {
    this.workspace = options.workspace ?? process.cwd();
    this.env = options.env ?? process.env;
    this.out = options.out ?? ((t) => process.stdout.write(t));
    this.err = options.err ?? ((t) => process.stderr.write(t));
  }

  /** Replaces every registered secret with ***. */
  mask(text: string): string {
    let s = text;
    for (const secret of this.secrets) s = s.split(secret).join('***');
    return s;
  }

  /** A JSON-able value with every registered secret masked in its strings (keys included). */
  maskValue(value: unknown): unknown {
    if (typeof value === 'string') return this.mask(value);
    if (Array.isArray(value)) return value.map((v) => this.maskValue(v));
    if (value && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [this.mask(k), this.maskValue(v)]));
    }
    return value;
  }

  getInput(name: string): string {
    return this.options.inputs[name] ?? '';
  }

  setOutput(name: string, value: string): void {
    this.outputs[name] = value;
  }

  /** Prints the outputs as `name=value` lines (values on one line). */
  flushOutputs(): void {
    for (const [name, value] of Object.entries(this.outputs)) this.out(this.mask(`${name}=${value.replace(/\r?\n/g, ' ')}\n`));
  }

  async appendSummary(markdown: string): Promise<void> {
    this.out(this.mask(markdown.endsWith('\n') ? markdown : markdown + '\n') + '\n');
  }

  annotate(level: AnnotationLevel, message: string, props: AnnotationProperties = {}): void {
    const where = props.file ? `${props.file}${props.startLine ? `:${props.startLine}` : ''}${props.startColumn ? `:${props.startColumn}` : ''}: ` : '';
    const label = this.options.color ? { error: '\x1b[31merror\x1b[0m', warning: '\x1b[33mwarning\x1b[0m', notice: '\x1b[36mnotice\x1b[0m' }[level] : level;
    this.err(this.mask(`${label}: ${where}${message}\n`));
  }

  info(message: string): void {
    if (this.options.verbose !== false) this.err(this.mask(message) + '\n');
  }

  debug(message: string): void {
    if (this.options.verbose && this.env.PHASE_GATES_DEBUG) this.err(this.mask(`debug: ${message}`) + '\n');
  }

  setSecret(value: string): void {
    if (value && !this.secrets.includes(value)) {
      this.secrets.push(value);
      this.secrets.sort((a, b) => b.length - a.length);
    }
  }
}
