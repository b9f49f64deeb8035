/** The contract every report parser implements: one module per format, detected from content. */

export type ReportKind = 'coverage' | 'perf' | 'vulns';

/** What a parser is handed about the file it parses. */
export interface ParseContext {
  /** Absolute path, already checked to be inside the workspace. */
  file: string;
  /** The path as shown to users: relative to the workspace, forward slashes. */
  shown: string;
  /** The input that named the file (for error messages). */
  input: string;
  /** The first bytes as text (see files.readHead). */
  head: string;
  /** File size in bytes. */
  size: number;
}

/** One report format: `detect` looks at the head only; `parse` feeds the kind's accumulator. */
export interface FormatModule<Sink> {
  /** Stable id written into reports as the detected format, e.g. `lcov`, `cobertura`. */
  id: string;
  kind: ReportKind;
  /** One line for docs and `--help`. */
  description: string;
  /** True when the head of the file is this format. Must be cheap and must not throw. */
  detect(head: string): boolean;
  /** Parses the whole file into the sink. Malformed content throws a UserError naming file and line. */
  parse(ctx: ParseContext, sink: Sink): Promise<void>;
}

/** A file that fed a metric, and the format it was read as. */
export interface ReportSource {
  file: string;
  format: string;
}
