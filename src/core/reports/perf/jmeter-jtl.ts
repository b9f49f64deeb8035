/**
 * JMeter results as CSV (`jmeter -n -t plan.jmx -l results.jtl` with the default
 * `jmeter.save.saveservice.output_format=csv` and `print_field_names=true`): a header such as
 * `timeStamp,elapsed,label,responseCode,responseMessage,threadName,dataType,success,
 * failureMessage,bytes,sentBytes,grpThreads,allThreads,URL,Latency,IdleTime,Connect`, then one row
 * per sample. `elapsed` is the sample time in milliseconds; `success` is `true`/`false`. The
 * delimiter (`jmeter.save.saveservice.default_delimiter`) is read from the header.
 *
 * Streamed: every row's `elapsed` is a latency sample, every row a request, `success=false` a
 * failure. Like JMeter's Aggregate Report, rows written by transaction controllers count as
 * samples too. Our percentiles use the R-7 method; JMeter's own "90% Line" takes the nearest rank,
 * so the two can differ by one sample's worth. A JTL without a header (print_field_names=false)
 * or in XML is not detected.
 */
import type { FormatModule, ParseContext } from '../types.js';
import type { PerfAccumulator } from './model.js';
import { forEachLine } from '../../files.js';
import { CsvAssembler, splitCsvRecord } from './internal/csv.js';
import { firstLine, reportError } from './internal/common.js';

/** The delimiters JMeter users set, in the order tried. */
const DELIMITERS = [',', '\t', ';', '|'];

/** The header's fields and delimiter, when `line` is a JTL header. */
function jtlHeader(line: string): { fields: string[]; delimiter: string } | undefined {
  for (const delimiter of DELIMITERS) {
    const fields = splitCsvRecord(line, delimiter);
    if (fields && fields.includes('timeStamp') && fields.includes('elapsed')) return { fields, delimiter };
  }
  return undefined;
}

export const jmeterJtl: FormatModule<PerfAccumulator> = {
  id: 'jmeter-jtl',
  kind: 'perf',
  description: 'JMeter JTL results in CSV with a header',

  detect(head: string): boolean {
    return jtlHeader(firstLine(head)) !== undefined;
  },

  async parse(ctx: ParseContext, sink: PerfAccumulator): Promise<void> {
    const header = jtlHeader(firstLine(ctx.head));
    if (!header) throw reportError(ctx, 'no JTL header (timeStamp, elapsed, …) on the first line', 1);
    const width = header.fields.length;
    const elapsedAt = header.fields.indexOf('elapsed');
    const successAt = header.fields.indexOf('success');
    const csv = new CsvAssembler(header.delimiter, (message, line) => reportError(ctx, message, line));
    let requests = 0;
    let failures = 0;
    await forEachLine(ctx.file, ctx.shown, ctx.input, (line, lineNo) => {
      if (lineNo === 1) return;
      const record = csv.push(line, lineNo);
      if (!record) return;
      const f = record.fields;
      if (f.length === 1 && f[0].trim() === '') return;
      if (f.length !== width) {
        throw reportError(ctx, `expected ${width} fields, found ${f.length}`, record.line, 'a truncated file, or a delimiter inside an unquoted field?');
      }
      const text = f[elapsedAt].trim();
      if (!/^\d+(?:\.\d+)?$/.test(text)) {
        throw reportError(ctx, `elapsed is not a non-negative number of milliseconds: ${JSON.stringify(text)}`, record.line);
      }
      sink.addSample(Number(text));
      requests++;
      if (successAt >= 0) {
        const ok = f[successAt].trim().toLowerCase();
        if (ok === 'false') failures++;
        else if (ok !== 'true') throw reportError(ctx, `success is neither true nor false: ${JSON.stringify(f[successAt])}`, record.line);
      }
    });
    if (csv.openSince !== undefined) throw reportError(ctx, 'the file ends inside a quoted field', csv.openSince);
    // Without a success column there is no telling failures apart: no error rate rather than 0 %.
    if (successAt >= 0) sink.addCounts(requests, failures);
  }
};
