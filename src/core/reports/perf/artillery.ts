/**
 * Artillery's JSON report, `artillery run --output FILE` (`{aggregate, intermediate}`).
 *
 * - v2 (Artillery 2.x): `aggregate.summaries["http.response_time"]` holds `p50`/`median`, `p90`,
 *   `p95`, `p99` in milliseconds; `aggregate.counters` holds `http.requests`, `http.responses`,
 *   `http.codes.<status>` and `errors.<code>`. Older 2.x betas name the same object
 *   `aggregate.histograms`.
 * - v1 (Artillery 1.x): `aggregate.latency` `{min, max, median, p95, p99}` in milliseconds,
 *   `requestsCompleted`, `codes` and `errors`.
 *
 * A failed request is one that got no response (counted as `http.requests − http.responses` in
 * v2, as the `errors` in v1) or got a 4xx/5xx status, the same rule as k6's `http_req_failed`.
 * `vusers.failed` is not used: it counts virtual users whose scenario failed (a failed capture
 * too), not requests.
 */
import type { FormatModule, ParseContext } from '../types.js';
import type { PerfAccumulator, PerfSummary } from './model.js';
import { JsonFields, firstChar, isObject, readJsonReport, reportError } from './internal/common.js';

/** Sums 4xx/5xx responses of a `{status: count}` view; `path` names each entry in errors. */
function failedStatuses(fields: JsonFields, entries: Array<[string, unknown]>, path: (key: string) => string[]): { responses: number; failed: number } {
  let responses = 0;
  let failed = 0;
  for (const [status, raw] of entries) {
    const n = fields.count(raw, path(status)) ?? 0;
    responses += n;
    if (Number(status) >= 400) failed += n;
  }
  return { responses, failed };
}

export const artillery: FormatModule<PerfAccumulator> = {
  id: 'artillery',
  kind: 'perf',
  description: 'Artillery JSON report (artillery run --output), v1 and v2',

  detect(head: string): boolean {
    return (
      firstChar(head) === '{' &&
      /"aggregate"\s*:/.test(head) &&
      /"(?:counters|summaries|histograms|latency|scenariosCreated|requestsCompleted)"\s*:/.test(head)
    );
  },

  async parse(ctx: ParseContext, sink: PerfAccumulator): Promise<void> {
    const { value, text } = await readJsonReport(ctx);
    const fields = new JsonFields(ctx, text);
    if (!isObject(value) || !isObject(value.aggregate)) {
      throw reportError(ctx, 'no "aggregate" object: not an Artillery report', 1);
    }
    const agg = value.aggregate;
    const summary: PerfSummary = {};

    // v1 also has a `counters` key (custom counters), so its `latency` object decides.
    if (isObject(agg.latency)) {
      const at = ['aggregate', 'latency'];
      const lat = agg.latency;
      summary.p50 = fields.latency(lat.median, [...at, 'median']);
      summary.p95 = fields.latency(lat.p95, [...at, 'p95']);
      summary.p99 = fields.latency(lat.p99, [...at, 'p99']);
      const completed = fields.count(agg.requestsCompleted, ['aggregate', 'requestsCompleted']);
      const codes = isObject(agg.codes) ? Object.entries(agg.codes) : [];
      const { failed } = failedStatuses(fields, codes, (s) => ['aggregate', 'codes', s]);
      let errors = 0;
      if (isObject(agg.errors)) for (const [k, v] of Object.entries(agg.errors)) errors += fields.count(v, ['aggregate', 'errors', k]) ?? 0;
      if (completed !== undefined) {
        summary.requests = completed + errors;
        summary.failures = failed + errors;
      }
    } else if (isObject(agg.counters) || isObject(agg.summaries) || isObject(agg.histograms)) {
      const group = isObject(agg.summaries) ? 'summaries' : 'histograms';
      const table = agg[group];
      const rt = isObject(table) ? table['http.response_time'] : undefined;
      if (rt !== undefined) {
        const at = ['aggregate', group, 'http.response_time'];
        if (!isObject(rt)) throw fields.error(at, 'not an object');
        const p50Key = 'p50' in rt ? 'p50' : 'median';
        summary.p50 = fields.latency(rt[p50Key], [...at, p50Key]);
        summary.p90 = fields.latency(rt.p90, [...at, 'p90']);
        summary.p95 = fields.latency(rt.p95, [...at, 'p95']);
        summary.p99 = fields.latency(rt.p99, [...at, 'p99']);
      }
      const counters = isObject(agg.counters) ? agg.counters : {};
      const at = (key: string): string[] => ['aggregate', 'counters', key];
      const codes = Object.entries(counters)
        .filter(([k]) => /^http\.codes\.\d{3}$/.test(k))
        .map(([k, v]): [string, unknown] => [k.slice('http.codes.'.length), v]);
      const { responses: coded, failed } = failedStatuses(fields, codes, (s) => at(`http.codes.${s}`));
      const requests = fields.count(counters['http.requests'], at('http.requests'));
      const responses = fields.count(counters['http.responses'], at('http.responses')) ?? coded;
      if (requests !== undefined) {
        summary.requests = requests;
        summary.failures = failed + Math.max(0, requests - responses);
      } else if (codes.length > 0) {
        let errors = 0;
        for (const [k, v] of Object.entries(counters)) if (k.startsWith('errors.')) errors += fields.count(v, at(k)) ?? 0;
        summary.requests = responses + errors;
        summary.failures = failed + errors;
      }
    } else {
      throw fields.error(['aggregate'], 'has neither counters/summaries (v2) nor latency (v1)');
    }
    sink.addSummary(summary);
  }
};
