/** Reads the reports named by an input: globs expanded, each file's format detected from content. */
import { expandGlobs, displayPath, readHead } from '../files.js';
import { UserError } from '../errors.js';
import type { FormatModule, ReportSource, ParseContext } from './types.js';

/**
 * Parses every file matched by `globs` into `sink`, each with the first format of `formats` that
 * recognises its head. Returns the files and formats read, in order.
 */
export async function loadReports<Sink>(
  workspace: string,
  input: string,
  globs: string,
  formats: ReadonlyArray<FormatModule<Sink>>,
  sink: Sink,
  /** Told each file (as shown to users) before it is read. */
  onFile?: (shown: string) => void
): Promise<ReportSource[]> {
  const files = await expandGlobs(workspace, globs, input);
  const sources: ReportSource[] = [];
  for (const file of files) {
    const shown = displayPath(workspace, file);
    onFile?.(shown);
    sources.push({ file: shown, format: await loadReport(file, shown, input, formats, sink) });
  }
  return sources;
}

/** Parses one file; returns the id of the format it was read as. */
export async function loadReport<Sink>(
  file: string,
  shown: string,
  input: string,
  formats: ReadonlyArray<FormatModule<Sink>>,
  sink: Sink
): Promise<string> {
  const head = await readHead(file, shown, input);
  const format = formats.find((f) => {
    try {
      return f.detect(head.text);
    } catch {
      return false;
    }
  });
  if (!format) {
    throw new UserError('unknown report format', {
      input,
      file: shown,
      hint: `expected one of: ${formats.map((f) => f.id).join(', ')}`
    });
  }
  const ctx: ParseContext = { file, shown, input, head: head.text, size: head.size };
  try {
    await format.parse(ctx, sink);
  } catch (err) {
    throw UserError.attribute(err, { input, file: shown });
  }
  return format.id;
}
