/**
 * phase-gates' own smoke report (`schema: "phase-gates/smoke-report@1"`, SPEC "smoke-test"):
 * `totals` `{requests, failures, errorRate, p50Ms, p95Ms, p99Ms}`. The error rate is recomputed
 * from the counts (so reports merge by summing counts); percentiles may be null when no request
 * answered.
 */
import type { FormatModule, ParseContext } from '../types.js';
import type { PerfAccumulator } from './model.js';
import { JsonFields, firstChar, isObject, lineOfKey, readJsonReport, reportError } from './internal/common.js';

/** The schema id this module reads. */
export const SMOKE_REPORT_SCHEMA = 'phase-gates/smoke-report@1';

export const smokeReport: FormatModule<PerfAccumulator> = {
  id: 'smoke-report',
  kind: 'perf',
  description: 'phase-gates smoke report (phase-gates/smoke-report@1)',

  detect(head: string): boolean {
    return firstChar(head) === '{' && /"schema"\s*:\s*"phase-gates\/smoke-report@1"/.test(head);
  },

  async parse(ctx: ParseContext, sink: PerfAccumulator): Promise<void> {
    const { value, text } = await readJsonReport(ctx);
    const fields = new JsonFields(ctx, text);
    if (!isObject(value) || value.schema !== SMOKE_REPORT_SCHEMA) {
      throw reportError(ctx, `not a ${SMOKE_REPORT_SCHEMA} report`, lineOfKey(text, ['schema']) ?? 1);
    }
    const totals = value.totals;
    if (!isObject(totals)) throw fields.error(['totals'], 'missing or not an object');
    const requests = fields.count(totals.requests, ['totals', 'requests']);
    const failures = fields.count(totals.failures, ['totals', 'failures']);
    if (requests === undefined) throw fields.error(['totals', 'requests'], 'missing');
    if (failures === undefined) throw fields.error(['totals', 'failures'], 'missing');
    if (failures > requests) throw fields.error(['totals', 'failures'], `more failures (${failures}) than requests (${requests})`);
    sink.addSummary({
      requests,
      failures,
      p50: fields.latency(totals.p50Ms, ['totals', 'p50Ms']),
      p95: fields.latency(totals.p95Ms, ['totals', 'p95Ms']),
      p99: fields.latency(totals.p99Ms, ['totals', 'p99Ms'])
    });
  }
};
