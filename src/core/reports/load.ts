/** Reads the reports named by an input: globs expanded, each file's format detected from content. */
import { expandGlobs, displayPath, filesUnder, readHead, type DirectoryHandler } from '../files.js';
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
  const files = await expandGlobs(workspace, globs, input, reportsUnder(workspace, input, formats));
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
  const format = detectFormat(formats, head.text);
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

/** The first format that recognises a file's head (a detector that throws recognises nothing). */
function detectFormat<Sink>(formats: ReadonlyArray<FormatModule<Sink>>, head: string): FormatModule<Sink> | undefined {
  return formats.find((f) => {
    try {
      return f.detect(head);
    } catch {
      return false;
    }
  });
}

/** Most files under a directory whose heads are read to find the reports in it. */
export const MAX_DIRECTORY_CANDIDATES = 200;

/** Names of files that are never reports, whatever their head says. */
const NOT_A_REPORT = /\.(html?|css|js|mjs|map|png|svg|ico|gif|jpe?g|woff2?|ttf)$/i;

/**
 * A report input naming a directory: the reports in it (up to 4 levels down) when they are all of
 * one format, e.g. a folder of Trivy reports; several formats (the same coverage as lcov and
 * Cobertura) would count one run twice, so it names them and asks which. None: one line saying so.
 */
function reportsUnder<Sink>(workspace: string, input: string, formats: ReadonlyArray<FormatModule<Sink>>): DirectoryHandler {
  return async (dir, shown) => {
    const candidates = (await filesUnder(dir, shown, input, 4)).filter((f) => !NOT_A_REPORT.test(f));
    if (candidates.length > MAX_DIRECTORY_CANDIDATES) {
      throw new UserError(`${shown} is a directory of ${candidates.length} files: name the reports in it (a glob such as ${shown}/**/*.json)`, { input });
    }
    const found: { file: string; format: string }[] = [];
    for (const file of candidates) {
      let head;
      try {
        head = await readHead(file, displayPath(workspace, file), input);
      } catch {
        continue; // empty, binary or unreadable: not a report of this input
      }
      const format = detectFormat(formats, head.text);
      if (format) found.push({ file, format: format.id });
    }
    if (found.length === 0) {
      throw new UserError(`${shown} is a directory with no report this input reads (${formats.map((f) => f.id).join(', ')}) in it`, { input });
    }
    const kinds = [...new Set(found.map((f) => f.format))];
    if (kinds.length > 1) {
      const listed = found.slice(0, 4).map((f) => `${displayPath(workspace, f.file)} (${f.format})`).join(', ');
      throw new UserError(`${shown} is a directory holding reports of ${kinds.length} formats, likely the same run twice: name the one to read, e.g. ${listed}`, { input });
    }
    return found.map((f) => f.file);
  };
}
