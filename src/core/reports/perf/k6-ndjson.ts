/**
 * k6's raw results, `k6 run --out json=FILE`: one JSON object a line, `{"type":"Metric",...}`
 * declarations and `{"type":"Point","metric":NAME,"data":{"time","value","tags"}}` samples
 * (k6 docs, results-output/real-time/json). Streamed line by line, so any size is read with
 * bounded memory (the accumulator keeps only the duration samples, 8 bytes each).
 *
 * - `http_req_duration` points are latency samples in milliseconds; percentiles are computed with
 *   `percentileOfSorted` (model.ts). That is the method of k6's own `TrendSink.P` while k6 kept every
 *   sample (grafana/k6 metrics/sink.go: `i := pct * (count - 1)`, then linear interpolation
 *   between `values[floor(i)]` and `values[ceil(i)]` — R-7), so the figures equal k6's summary for
 *   those versions. Later k6 sources replace that sink with an HDR histogram
 *   (internal/ds/histogram/hdr.go: bucketed values, rank `floor(count * q)`), whose percentiles
 *   are approximations; for such versions our figures are the exact R-7 ones and can differ from
 *   the summary k6 prints.
 * - `http_req_failed` points (1 = failed, 0 = ok, one per request) give the error rate. A file
 *   without them (k6 before v0.31) gives no error rate.
 */
import type { FormatModule, ParseContext } from '../types.js';
import type { PerfAccumulator } from './model.js';
import { forEachLine } from '../../files.js';
import { firstLine, isObject, reportError, stripBom } from './internal/common.js';

export const k6Ndjson: FormatModule<PerfAccumulator> = {
  id: 'k6-ndjson',
  kind: 'perf',
  description: 'k6 run --out json= NDJSON (raw metric points)',

  detect(head: string): boolean {
    const line = firstLine(head.replace(/^\s+/, ''));
    if (!line.startsWith('{')) return false;
    try {
      const o: unknown = JSON.parse(line);
      return isObject(o) && (o.type === 'Metric' || o.type === 'Point') && typeof o.metric === 'string';
    } catch {
      return false;
    }
  },

  async parse(ctx: ParseContext, sink: PerfAccumulator): Promise<void> {
    let requests = 0;
    let failures = 0;
    let sawFailed = false;
    await forEachLine(ctx.file, ctx.shown, ctx.input, (raw, lineNo) => {
      const line = lineNo === 1 ? stripBom(raw) : raw;
      if (line.trim() === '') return;
      let o: unknown;
      try {
        o = JSON.parse(line);
      } catch (err) {
        throw reportError(ctx, `not a JSON line (${(err as Error).message.replace(/[,:]? *"[\s\S]*$/, '')})`, lineNo, 'a k6 run that was killed leaves its last line cut short');
      }
      if (!isObject(o) || typeof o.type !== 'string' || typeof o.metric !== 'string') {
        throw reportError(ctx, 'not a k6 output line (no "type" and "metric")', lineNo);
      }
      // Metric declarations and any future line type carry no samples.
      if (o.type !== 'Point') return;
      if (o.metric !== 'http_req_duration' && o.metric !== 'http_req_failed') return;
      const value = isObject(o.data) ? o.data.value : undefined;
      if (typeof value !== 'number' || !Number.isFinite(value)) {
        throw reportError(ctx, `${o.metric} point without a numeric data.value`, lineNo);
      }
      if (o.metric === 'http_req_duration') {
        if (value < 0) throw reportError(ctx, `negative latency: ${value}`, lineNo);
        sink.addSample(value);
      } else {
        sawFailed = true;
        requests++;
        if (value !== 0) failures++;
      }
    });
    if (sawFailed) sink.addCounts(requests, failures);
  }
};
