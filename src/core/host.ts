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
  /**
   * The environment (`GITHUB_*`, `RUNNER_*`, user variables). GITHUB_SHA is the commit of the run:
   * the runner's, or on the command line `git rev-parse HEAD` in the workspace.
   */
  readonly env: Readonly<Record<string, string | undefined>>;
  /**
   * The summary is shown where the log is (the terminal of the CLI), not on a page of its own (the
   * runner's job summary): a command then leaves out log lines that only repeat it.
   */
  readonly summaryInline?: boolean;
}
