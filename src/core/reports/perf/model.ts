/**
 * Latency and error figures merged across reports. Raw samples are kept in a growable typed array
 * and percentiles computed with one documented method; reports that carry only percentiles
 * (summaries) are combined conservatively.
 */
import { UserError } from '../../errors.js';
import { countValue, latencyMs } from '../domain.js';

/**
 * The percentile method used everywhere (gates, smoke-test): linear interpolation between the
 * closest ranks, R-7 in Hyndman & Fan's list — the method of k6's trend metrics, NumPy's default
 * and Excel's PERCENTILE.INC. `sorted` must be in ascending order.
 */
export function percentileOfSorted(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  if (n === 0) return NaN;
  if (n === 1) return sorted[0];
  const rank = (p / 100) * (n - 1);
  const lo = Math.floor(rank);
  const hi = Math.ceil(rank);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (rank - lo);
}

/** Percentiles that perf gates know, by metric name. */
export const PERCENTILES = { perf_p50_ms: 50, perf_p90_ms: 90, perf_p95_ms: 95, perf_p99_ms: 99 } as const;
export type PercentileMetric = keyof typeof PERCENTILES;

/** What a report that carries only aggregates says. Latencies in milliseconds. */
export interface PerfSummary {
  p50?: number;
  p90?: number;
  p95?: number;
  p99?: number;
  /** Requests (or iterations) counted. */
  requests?: number;
  /** Failed requests among them. */
  failures?: number;
}

export interface PerfFigures {
  perf_p50_ms: number | null;
  perf_p90_ms: number | null;
  perf_p95_ms: number | null;
  perf_p99_ms: number | null;
  /** Failed requests as a percentage of all requests (0–100). */
  perf_error_rate: number | null;
  requests: number;
  failures: number;
  samples: number;
}

export class PerfAccumulator {
  private samples = new Float64Array(1024);
  private sampleCount = 0;
  private readonly summaries: PerfSummary[] = [];
  private requests = 0;
  private failures = 0;
  private counted = false;

  /** One latency sample in milliseconds (0 to 10⁹: anything else is refused, not skipped). */
  addSample(ms: number): void {
    latencyMs(ms, 'latency sample');
    if (this.sampleCount === this.samples.length) {
      const grown = new Float64Array(this.samples.length * 2);
      grown.set(this.samples);
      this.samples = grown;
    }
    this.samples[this.sampleCount++] = ms;
  }

  /** Requests and failures, for the error rate (reports with samples say them here too). */
  addCounts(requests: number, failures: number): void {
    countValue(requests, 'request count');
    countValue(failures, 'failure count');
    if (failures > requests) throw new UserError(`${failures} failures of ${requests} requests`);
    this.counted = true;
    this.requests += requests;
    this.failures += failures;
  }

  /** Percentiles a tool computed itself. Counts in it are added as with {@link addCounts}. */
  addSummary(summary: PerfSummary): void {
    for (const key of ['p50', 'p90', 'p95', 'p99'] as const) if (summary[key] !== undefined) latencyMs(summary[key]!, key);
    this.summaries.push(summary);
    if (summary.requests !== undefined) this.addCounts(summary.requests, summary.failures ?? 0);
  }

  get sampleTotal(): number {
    return this.sampleCount;
  }

  /**
   * Figures over everything read. With raw samples, percentiles come from them (summaries from
   * other files are then ignored for that percentile only when no sample exists); with summaries
   * only, the worst (highest) value of each percentile is taken, since percentiles of different
   * runs cannot be merged exactly.
   */
  figures(): PerfFigures {
    const result: PerfFigures = {
      perf_p50_ms: null,
      perf_p90_ms: null,
      perf_p95_ms: null,
      perf_p99_ms: null,
      perf_error_rate: null,
      requests: this.requests,
      failures: this.failures,
      samples: this.sampleCount
    };
    const keys: Array<[PercentileMetric, keyof PerfSummary]> = [
      ['perf_p50_ms', 'p50'],
      ['perf_p90_ms', 'p90'],
      ['perf_p95_ms', 'p95'],
      ['perf_p99_ms', 'p99']
    ];
    let sorted: Float64Array | undefined;
    if (this.sampleCount > 0) {
      sorted = this.samples.slice(0, this.sampleCount).sort();
    }
    for (const [metric, key] of keys) {
      const values: number[] = [];
      if (sorted) values.push(percentileOfSorted(sorted, PERCENTILES[metric]));
      for (const s of this.summaries) {
        const v = s[key];
        if (typeof v === 'number' && Number.isFinite(v)) values.push(v);
      }
      result[metric] = values.length ? Math.max(...values) : null;
    }
    if (this.counted && this.requests > 0) result.perf_error_rate = (this.failures / this.requests) * 100;
    else if (this.counted) result.perf_error_rate = 0;
    return result;
  }
}
