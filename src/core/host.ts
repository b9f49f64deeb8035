/**
 * The one seam between the core and whatever runs it. The actions implement it over
 * `@actions/core` (src/host/actions-host.ts), the command line over stdio (src/host/cli-host.ts),
 * and tests may record it. Core code never imports `@actions/core`.
 */

/** Where an annotation points. Lines and columns are 1-based. */
export interface AnnotationProperties {
  title?: string;
  file?: string;
  startLine?: number;
  endLine?: number;
  startColumn?: number;
  endColumn?: number;
}

export type AnnotationLevel = 'error' | 'warning' | 'notice';

export interface Host {
  /** The raw value of an input ('' when unset), never trimmed of meaning: callers trim. */
  getInput(name: string): string;
  /** Records an output (`GITHUB_OUTPUT` for the actions, `name=value` lines for the CLI). */
  setOutput(name: string, value: string): void;
  /** Appends Markdown to the job summary (the terminal for the CLI). */
  appendSummary(markdown: string): Promise<void>;
  /** An annotation (a workflow command for the actions). */
  annotate(level: AnnotationLevel, message: string, props?: AnnotationProperties): void;
  info(message: string): void;
  debug(message: string): void;
  /** Registers a value that must never be printed; the host masks it from then on. */
  setSecret(value: string): void;
  /** The workspace that every input path must stay inside. */
  readonly workspace: string;
  /** The environment (`GITHUB_*`, `RUNNER_*`, user variables). */
  readonly env: Readonly<Record<string, string | undefined>>;
}
