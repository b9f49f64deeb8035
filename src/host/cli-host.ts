/**
 * The Host of the `phase-gates` command line: inputs from flags, the summary on stdout, annotations
 * and messages on stderr, outputs kept for `--outputs` (`name=value` lines) or `--json`, and every
 * registered secret masked in all of them. Where a runner sets GITHUB_SHA, it supplies the commit
 * from `git rev-parse HEAD` in the workspace.
 */
import { spawnSync } from 'node:child_process';
import type { AnnotationLevel, AnnotationProperties, Host } from '../core/host.js';
import { markdownToText } from './terminal-text.js';
import { Redactor } from '../core/secrets.js';

export interface CliHostOptions {
  inputs: Record<string, string>;
  workspace?: string;
  env?: Record<string, string | undefined>;
  out?: (text: string) => void;
  err?: (text: string) => void;
  verbose?: boolean;
  color?: boolean;
  /** `text`: the summary without its Markdown, for a terminal. @default 'markdown' */
  summary?: 'markdown' | 'text';
  /** When GITHUB_SHA is unset, read the commit with `git rev-parse HEAD` in the workspace. */
  commitFromGit?: boolean;
}

/** Where the commit of a run came from: GITHUB_SHA, git, or nowhere (and why). */
export type CommitSource = { sha: string; from: 'GITHUB_SHA' | 'git' } | { sha: undefined; why: string };

/** `git rev-parse HEAD` in `dir`: the commit, or why there is none, in words. */
export function gitHead(dir: string): CommitSource {
  const r = spawnSync('git', ['rev-parse', '--verify', 'HEAD'], { cwd: dir, encoding: 'utf8', timeout: 10_000, windowsHide: true });
  const sha = r.status === 0 ? r.stdout.trim() : '';
  if (/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(sha)) return { sha, from: 'git' };
  if ((r.error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT') return { sha: undefined, why: 'git is not installed' };
  if (/not a git repository/i.test(r.stderr ?? '')) return { sha: undefined, why: `${dir} is not in a git repository` };
  if (r.status !== 0 && /unknown revision|needed a single revision|ambiguous argument 'HEAD'/i.test(r.stderr ?? '')) {
    return { sha: undefined, why: `the git repository of ${dir} has no commit yet` };
  }
  return { sha: undefined, why: `git rev-parse HEAD failed in ${dir}: ${(r.stderr || r.error?.message || 'no output').trim().split('\n')[0]}` };
}

export class CliHost implements Host {
  readonly workspace: string;
  readonly env: Record<string, string | undefined>;
  readonly outputs: Record<string, string> = {};
  private readonly secrets = new Redactor();
  private readonly out: (text: string) => void;
  private readonly err: (text: string) => void;
  /** The summary is printed where the messages are: lines that only repeat it are left out. */
  readonly summaryInline = true;
  /** The commit of the run and where it came from (with `commitFromGit`). */
  readonly commit?: CommitSource;

  constructor(private readonly options: CliHostOptions) {
    this.workspace = options.workspace ?? process.cwd();
    this.env = options.env ?? process.env;
    this.out = options.out ?? ((t) => process.stdout.write(t));
    this.err = options.err ?? ((t) => process.stderr.write(t));
    if (options.commitFromGit) {
      const sha = this.env.GITHUB_SHA?.trim();
      this.commit = sha ? { sha, from: 'GITHUB_SHA' } : gitHead(this.workspace);
      if (this.commit.sha && this.commit.from === 'git') this.env = { ...this.env, GITHUB_SHA: this.commit.sha };
    }
  }

  /** What the run says about its commit when GITHUB_SHA did not give it, else undefined. */
  commitLine(): string | undefined {
    const c = this.commit;
    if (!c) return undefined;
    if (c.sha === undefined) return `commit: none (GITHUB_SHA is unset and ${c.why})`;
    return c.from === 'git' ? `commit: ${c.sha.slice(0, 12)} (from git rev-parse HEAD; GITHUB_SHA is unset)` : undefined;
  }

  /** Replaces every registered secret, in each form the shared masker knows, with ***. */
  mask(text: string): string {
    return this.secrets.redact(text);
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
    const text = this.options.summary === 'text' ? markdownToText(markdown) : markdown.replace(/\n+$/, '');
    this.out(this.mask(text) + '\n\n');
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
    this.secrets.add(value);
  }
}
