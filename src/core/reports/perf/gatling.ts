/**
 * Gatling's `js/stats.json` (the data of the HTML report; `js/global_stats.json` holds the same
 * `stats` object alone and is read too). `stats.numberOfRequests` is `{total, ok, ko}`;
 * `stats.percentiles1..4` are `{total, ok, ko}` response times in milliseconds at the percentiles
 * configured in gatling.conf `charting.indicators.percentile1..4`, by default 50, 75, 95 and 99.
 *
 * The file does not say which percentiles were configured, so the defaults are assumed:
 * p50 = percentiles1, p95 = percentiles3, p99 = percentiles4 (no p90). A project that changed them
 * gets wrong figures under these names; that is a limitation of the file, said here and in the
 * fixture README. Figures are those of all requests (`total`: ok and ko). Gatling 2.x wrote the
 * numbers as strings and `"-"` for none; both are accepted.
 */
import type { FormatModule, ParseContext } from '../types.js';
import type { PerfAccumulator } from './model.js';
import { JsonFields, firstChar, isObject, readJsonReport, reportError } from './internal/common.js';

/** Gatling's default `charting.indicators.percentileN`, by stats key. */
const DEFAULT_PERCENTILES = { percentiles1: 'p50', percentiles3: 'p95', percentiles4: 'p99' } as const;
const NO_DATA = ['-'];

export const gatling: FormatModule<PerfAccumulator> = {
  id: 'gatling',
  kind: 'perf',
  description: 'Gatling js/stats.json (or js/global_stats.json)',

  detect(head: string): boolean {
    return firstChar(head) === '{' && /"numberOfRequests"\s*:/.test(head) && /"percentiles1"\s*:/.test(head);
  },

  async parse(ctx: ParseContext, sink: PerfAccumulator): Promise<void> {
    const { value, text } = await readJsonReport(ctx);
    const fields = new JsonFields(ctx, text);
    if (!isObject(value)) throw reportError(ctx, 'not a JSON object', 1);
    const inStats = isObject(value.stats);
    const stats = inStats ? (value.stats as Record<string, unknown>) : value;
    const base = inStats ? ['stats'] : [];
    const counts = stats.numberOfRequests;
    if (!isObject(counts)) throw fields.error([...base, 'numberOfRequests'], 'missing or not an object');
    const total = fields.count(counts.total, [...base, 'numberOfRequests', 'total'], NO_DATA) ?? 0;
    const ko = fields.count(counts.ko, [...base, 'numberOfRequests', 'ko'], NO_DATA) ?? 0;
    if (ko > total) throw fields.error([...base, 'numberOfRequests', 'ko'], `more failed requests (${ko}) than requests (${total})`);
    for (const key of ['percentiles1', 'percentiles2', 'percentiles3', 'percentiles4']) {
      if (!isObject(stats[key])) {
        throw fields.error([...base, key], 'missing', 'expected percentiles1..percentiles4 as Gatling 2.2 and later write them');
      }
    }
    const summary: Record<string, number | undefined> = { requests: total, failures: ko };
    for (const [key, name] of Object.entries(DEFAULT_PERCENTILES)) {
      const entry = stats[key] as Record<string, unknown>;
      summary[name] = fields.latency(entry.total, [...base, key, 'total'], 1, NO_DATA);
    }
    sink.addSummary(summary);
  }
};
