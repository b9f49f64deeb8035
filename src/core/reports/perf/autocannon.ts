/**
 * autocannon's result, `autocannon --json URL > FILE` (autocannon lib/aggregateResult.js):
 * `latency` `{mean, stddev, min, max, p0_001 … p50, p75, p90, p97_5, p99, p99_9 …, totalCount}`
 * in milliseconds, `requests.total` (responses), `errors` (connection errors and timeouts),
 * `non2xx`, `4xx`, `5xx`.
 *
 * **No p95.** autocannon's percentile list (hdr-histogram-percentiles-obj) jumps from p90 to
 * p97_5, and the JSON carries no histogram to ask for another percentile. Interpolating between
 * p90 and p97.5 would invent a figure, and reporting p97.5 as p95 would pass a p95 gate on a
 * number that is not a p95 (it is an upper bound of it). So this format gives p50, p90 and p99 and
 * **no data** for p95: a `perf_p95_ms` gate fed only by autocannon fails as "no data" (or is
 * skipped with `fail-on-missing: false`). Gate on `perf_p99_ms`, or feed another format for p95.
 *
 * A failed request is an error (no response, or a timeout) or a 4xx/5xx response — the rule of
 * k6's `http_req_failed`. Versions without `4xx`/`5xx` fields count `non2xx` (which also holds 1xx
 * and 3xx) instead. Requests are the responses plus the errors.
 */
import type { FormatModule, ParseContext } from '../types.js';
import type { PerfAccumulator } from './model.js';
import { JsonFields, firstChar, isObject, readJsonReport, reportError } from './internal/common.js';

export const autocannon: FormatModule<PerfAccumulator> = {
  id: 'autocannon',
  kind: 'perf',
  description: 'autocannon --json result (no p95: autocannon reports p90 and p97.5)',

  detect(head: string): boolean {
    return firstChar(head) === '{' && /"connections"\s*:/.test(head) && /"pipelining"\s*:/.test(head) && /"latency"\s*:/.test(head);
  },

  async parse(ctx: ParseContext, sink: PerfAccumulator): Promise<void> {
    const { value, text } = await readJsonReport(ctx);
    const fields = new JsonFields(ctx, text);
    if (!isObject(value)) throw reportError(ctx, 'not a JSON object', 1);
    const latency = value.latency;
    if (!isObject(latency)) throw fields.error(['latency'], 'missing or not an object');
    const requests = isObject(value.requests) ? value.requests : undefined;
    if (!requests) throw fields.error(['requests'], 'missing or not an object');
    const responses = fields.count(requests.total, ['requests', 'total']) ?? 0;
    const errors = fields.count(value.errors, ['errors']) ?? 0;
    const c4 = fields.count(value['4xx'], ['4xx']);
    const c5 = fields.count(value['5xx'], ['5xx']);
    const badStatus = c4 !== undefined || c5 !== undefined ? (c4 ?? 0) + (c5 ?? 0) : (fields.count(value.non2xx, ['non2xx']) ?? 0);
    sink.addSummary({
      // With no response at all autocannon writes 0 for every percentile: that is no data, not 0 ms.
      p50: responses > 0 ? fields.latency(latency.p50, ['latency', 'p50']) : undefined,
      p90: responses > 0 ? fields.latency(latency.p90, ['latency', 'p90']) : undefined,
      p99: responses > 0 ? fields.latency(latency.p99, ['latency', 'p99']) : undefined,
      requests: responses + errors,
      failures: errors + badStatus
    });
  }
};
