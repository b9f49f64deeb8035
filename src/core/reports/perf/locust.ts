/**
 * Locust's `<prefix>_stats.csv` (`locust --csv <prefix>`), locust/stats.py `StatsCSV`:
 * header `Type,Name,Request Count,Failure Count,Median Response Time,…,Requests/s,Failures/s`
 * followed by one column per reported percentile, named by `get_readable_percentiles`
 * (`50%`, `66%`, `75%`, `80%`, `90%`, `95%`, `98%`, `99%`, `99.9%`, `99.99%`, `100%` by default),
 * one row per request name and a last row named `Aggregated` for all requests. Times are in
 * milliseconds; percentiles are `N/A` when a row has no request.
 *
 * Only the `Aggregated` row is read. Locust before 1.0 named the columns `# requests` and
 * `# failures` and the row `Total`; those are read too (its percentiles lived in a separate
 * `_distribution.csv`, so only the median is then available as p50). Note that Locust buckets
 * response times (rounded to two significant digits above 100 ms) before taking percentiles, so
 * its figures are coarser than those computed from raw samples. `_stats_history.csv` is a
 * different file (one row per interval) and is not detected.
 */
import type { FormatModule, ParseContext } from '../types.js';
import type { PerfAccumulator, PerfSummary } from './model.js';
import { forEachLine } from '../../files.js';
import { CsvAssembler, splitCsvRecord, type CsvRecord } from './internal/csv.js';
import { firstLine, reportError, stripBom, toNumber } from './internal/common.js';

const REQUESTS = ['Request Count', '# requests'];
const FAILURES = ['Failure Count', '# failures'];
const TOTAL_ROW = ['Aggregated', 'Total'];

export const locust: FormatModule<PerfAccumulator> = {
  id: 'locust',
  kind: 'perf',
  description: 'Locust *_stats.csv (the Aggregated row)',

  detect(head: string): boolean {
    const header = splitCsvRecord(firstLine(head));
    return (
      !!header &&
      header.includes('Name') &&
      REQUESTS.some((c) => header.includes(c)) &&
      FAILURES.some((c) => header.includes(c)) &&
      !header.includes('Timestamp')
    );
  },

  async parse(ctx: ParseContext, sink: PerfAccumulator): Promise<void> {
    const csv = new CsvAssembler(',', (message, line) => reportError(ctx, message, line));
    let header: string[] | undefined;
    let total: CsvRecord | undefined;
    const lastLine = await forEachLine(ctx.file, ctx.shown, ctx.input, (raw, lineNo) => {
      const line = lineNo === 1 ? stripBom(raw) : raw;
      if (!header && line.trim() === '') return;
      const record = csv.push(line, lineNo);
      if (!record) return;
      if (!header) {
        header = record.fields;
        return;
      }
      if (record.fields.length === 1 && record.fields[0].trim() === '') return;
      if (record.fields.length !== header.length) {
        throw reportError(ctx, `expected ${header.length} columns, found ${record.fields.length}`, record.line, 'a truncated or hand-edited file?');
      }
      const name = record.fields[header.indexOf('Name')];
      if (TOTAL_ROW.includes(name)) total = record;
    });
    if (csv.openSince !== undefined) throw reportError(ctx, 'the file ends inside a quoted field', csv.openSince);
    if (!header) throw reportError(ctx, 'no header', 1);
    if (!total) {
      throw reportError(ctx, 'no "Aggregated" row', lastLine || 1, 'Locust writes it last; was the file cut short?');
    }
    const cols = header;
    const row = total;
    const cell = (names: string[]): [string, string] | undefined => {
      const name = names.find((n) => cols.includes(n));
      return name === undefined ? undefined : [name, row.fields[cols.indexOf(name)].trim()];
    };
    const count = (names: string[]): number => {
      const [name, text] = cell(names)!;
      const n = toNumber(text);
      if (n === undefined || n < 0 || !Number.isInteger(n)) throw reportError(ctx, `column "${name}": not a count: ${JSON.stringify(text)}`, row.line);
      return n;
    };
    const latency = (names: string[]): number | undefined => {
      const found = cell(names);
      if (!found || found[1] === 'N/A' || found[1] === '') return undefined;
      const n = toNumber(found[1]);
      if (n === undefined) throw reportError(ctx, `column "${found[0]}": not a number: ${JSON.stringify(found[1])}`, row.line);
      if (n < 0) throw reportError(ctx, `column "${found[0]}": negative latency: ${n}`, row.line);
      return n;
    };
    const requests = count(REQUESTS);
    const failures = count(FAILURES);
    if (failures > requests) throw reportError(ctx, `more failures (${failures}) than requests (${requests})`, row.line);
    const summary: PerfSummary = {
      requests,
      failures,
      p50: requests > 0 ? latency(['50%', 'Median Response Time', 'Median response time']) : undefined,
      p90: requests > 0 ? latency(['90%']) : undefined,
      p95: requests > 0 ? latency(['95%']) : undefined,
      p99: requests > 0 ? latency(['99%']) : undefined
    };
    sink.addSummary(summary);
  }
};
