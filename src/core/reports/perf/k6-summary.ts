/**
 * k6 end-of-test summaries as JSON: the file `k6 run --summary-export=FILE` writes and the data
 * object `handleSummary(data)` receives (written with `JSON.stringify(data)`).
 *
 * Shapes (k6 source, js/summary-wrapper.js and js/summary.go):
 * - `handleSummary` data: `metrics.<name>` is `{type, contains, values: {...}}`.
 * - `--summary-export`: the same with each metric replaced by its `values` (and, in the legacy
 *   format, a Rate's `rate` renamed `value`); k6 v1's machine-readable export keeps that flat shape.
 *
 * Trend values are milliseconds for time metrics whatever `summaryTimeUnit` says (that option only
 * formats the text summary). Only the stats in `summaryTrendStats` are present — by default
 * `avg, min, med, max, p(90), p(95)` — so p99 is usually absent and `med` stands for p50.
 *
 * Errors: `http_req_failed` is a Rate whose *true* values are failed requests, and k6 reports a
 * Rate's true values as `passes` (js/summary.go: `passes = sink.Trues`, `fails = sink.Total -
 * sink.Trues`), so for this metric `passes` counts the failed requests and `fails` the good ones
 * (grafana/k6#2386, #2306). Before k6 v0.31 there is no `http_req_failed`: no error rate then.
 */
import type { FormatModule, ParseContext } from '../types.js';
import type { PerfAccumulator, PerfSummary } from './model.js';
import { JsonFields, firstChar, isObject, readJsonReport, reportError } from './internal/common.js';

/** Trend stat keys such as `p(95)` or `p(99.9)`, by percentile. */
const PERCENTILE_KEY = /^p\((\d+(?:\.\d+)?)\)$/;

/** The `values` of a metric in either shape, with the JSON path to them. */
function metricValues(
  fields: JsonFields,
  metrics: Record<string, unknown>,
  name: string
): { values: Record<string, unknown>; path: string[] } | undefined {
  const metric = metrics[name];
  if (metric === undefined) return undefined;
  if (!isObject(metric)) throw fields.error(['metrics', name], 'not an object');
  if (isObject(metric.values)) return { values: metric.values, path: ['metrics', name, 'values'] };
  return { values: metric, path: ['metrics', name] };
}

export const k6Summary: FormatModule<PerfAccumulator> = {
  id: 'k6-summary',
  kind: 'perf',
  description: 'k6 --summary-export JSON or handleSummary() data JSON',

  detect(head: string): boolean {
    if (firstChar(head) !== '{') return false;
    if (/"root_group"\s*:/.test(head)) return true;
    return /"metrics"\s*:/.test(head) && /"(?:http_req_duration|http_reqs|iteration_duration|iterations|vus_max|data_received)"\s*:/.test(head);
  },

  async parse(ctx: ParseContext, sink: PerfAccumulator): Promise<void> {
    const { value, text } = await readJsonReport(ctx);
    const fields = new JsonFields(ctx, text);
    if (!isObject(value) || !isObject(value.metrics)) {
      throw reportError(ctx, 'no "metrics" object: not a k6 summary', 1);
    }
    const metrics = value.metrics;
    const summary: PerfSummary = {};

    const duration = metricValues(fields, metrics, 'http_req_duration');
    if (duration) {
      for (const [key, raw] of Object.entries(duration.values)) {
        const m = PERCENTILE_KEY.exec(key);
        const p = m ? Number(m[1]) : key === 'med' ? 50 : undefined;
        if (p !== 50 && p !== 90 && p !== 95 && p !== 99) continue;
        // An explicit p(50) wins over med; they are the same figure when both are present.
        if (key === 'med' && 'p(50)' in duration.values) continue;
        const ms = fields.latency(raw, [...duration.path, key]);
        if (ms !== undefined) summary[`p${p}` as 'p50' | 'p90' | 'p95' | 'p99'] = ms;
      }
    }

    const failed = metricValues(fields, metrics, 'http_req_failed');
    if (failed) {
      const { values, path } = failed;
      const passes = fields.count(values.passes, [...path, 'passes']);
      const fails = fields.count(values.fails, [...path, 'fails']);
      if (passes !== undefined && fails !== undefined) {
        summary.requests = passes + fails;
        summary.failures = passes;
      } else {
        // Only the rate: turn it back into counts with http_reqs, which counts the same requests.
        const rateKey = 'rate' in values ? 'rate' : 'value';
        const rate = values[rateKey];
        const reqs = metricValues(fields, metrics, 'http_reqs');
        const total = reqs ? fields.count(reqs.values.count, [...reqs.path, 'count']) : undefined;
        if (typeof rate !== 'number' || !Number.isFinite(rate) || rate < 0 || rate > 1) {
          throw fields.error([...path, rateKey], `not a rate between 0 and 1: ${JSON.stringify(rate)}`);
        }
        if (total === undefined) {
          throw fields.error(path, 'has neither passes/fails nor an http_reqs count to weigh its rate');
        }
        summary.requests = total;
        summary.failures = Math.round(rate * total);
      }
    }
    sink.addSummary(summary);
  }
};
