/**
 * The Prometheus provider: a query through Prometheus's HTTP API (`/api/v1/query`, or
 * `/api/v1/query_range` for Argo's `rangeQuery`), its result made a measurement value as Argo
 * Rollouts' provider does (argo-rollouts metricproviders/prometheus/prometheus.go, processResponse):
 * - scalar → its number;
 * - vector → the values of its samples, in the order Prometheus gave them;
 * - matrix → every value of every series, series after series (Argo flattens the same way);
 * - an empty vector or matrix → null (Argo gives `[]`; the shared contract says null, so that
 *   `len(result) == 0` and `result == nil` style conditions have one thing to test);
 * - a string result → an error, as Argo's "Prometheus metric type not supported".
 * Sample values are strings in the API; `NaN`, `+Inf` and `-Inf` become NaN and ±Infinity, as Go's
 * strconv.ParseFloat (which client_golang's model.SampleValue uses) reads them.
 *
 * Errors are one line naming the server: unreachable, a timeout, an HTTP status with Prometheus's
 * own `errorType: error` (`bad_data: 1:5: parse error: …`), an answer that is not JSON. Warnings
 * (`warnings` of the answer) go to `onWarning` and are kept in {@link PrometheusProvider.warnings}.
 */
import { UserError } from '../errors.js';
import { apiGet, parseJson } from './api-get.js';
import type { MetricProvider, PrometheusProviderSpec } from './types.js';

/** A range query's window, computed at each measurement (the template's `rangeQuery`, evaluated by the caller). */
export interface PrometheusRange {
  start(now: Date): Date;
  end(now: Date): Date;
  stepSeconds: number;
}

export interface PrometheusProviderOptions {
  /** Where HTTP_PROXY, HTTPS_PROXY and NO_PROXY are read. */
  env: Readonly<Record<string, string | undefined>>;
  /** Required when the spec has `range`. */
  range?: PrometheusRange;
  /** Each warning Prometheus returned with an answer. */
  onWarning?: (warning: string) => void;
  /** The clock (tests). @default () => new Date() */
  now?: () => Date;
}

/** Prometheus's sample value: a number, or `NaN` / `+Inf` / `-Inf` as strings. */
export function sampleValue(v: unknown): number {
  if (typeof v === 'number') return v;
  if (typeof v !== 'string') throw new Error(`a sample value that is not a string: ${JSON.stringify(v)}`);
  switch (v) {
    case '+Inf':
    case 'Inf':
      return Infinity;
    case '-Inf':
      return -Infinity;
    case 'NaN':
      return NaN;
  }
  const n = Number(v);
  if (v.trim() === '' || Number.isNaN(n)) throw new Error(`a sample value that is not a number: ${JSON.stringify(v)}`);
  return n;
}

/** `data` of a successful answer → the measurement value (see the module's comment). */
export function resultValue(data: unknown): number | number[] | null {
  const d = data as { resultType?: unknown; result?: unknown } | null;
  if (!d || typeof d !== 'object') throw new Error('no data in the answer');
  const { resultType, result } = d;
  switch (resultType) {
    case 'scalar':
      return sampleValue((result as unknown[])[1]);
    case 'vector': {
      const values = (result as Array<{ value: unknown[] }>).map((s) => sampleValue(s.value[1]));
      return values.length ? values : null;
    }
    case 'matrix': {
      const values: number[] = [];
      for (const series of result as Array<{ values?: unknown[][] }>) for (const [, v] of series.values ?? []) values.push(sampleValue(v));
      return values.length ? values : null;
    }
    default:
      throw new Error(`a ${String(resultType)} result, which is not a measurement (only scalar, vector and matrix are)`);
  }
}

/** Prometheus's time parameter: Unix seconds with milliseconds. */
const unixSeconds = (d: Date) => (d.getTime() / 1000).toFixed(3);

export class PrometheusProvider implements MetricProvider {
  /** Every warning Prometheus returned, in order (at most 100). */
  readonly warnings: string[] = [];
  private readonly base: URL;
  private readonly where: string;

  constructor(
    private readonly spec: PrometheusProviderSpec,
    private readonly opts: PrometheusProviderOptions
  ) {
    let base: URL;
    try {
      base = new URL(spec.address);
    } catch {
      throw new UserError(`the Prometheus address ${JSON.stringify(spec.address)} is not a URL`, { hint: 'e.g. http://prometheus.monitoring:9090' });
    }
    if (base.protocol !== 'http:' && base.protocol !== 'https:') throw new UserError(`the Prometheus address ${spec.address} is not http(s)`);
    if (base.search || base.hash) throw new UserError(`the Prometheus address ${spec.address} has a query or fragment; give the base URL only`);
    // A path prefix (Prometheus's --web.route-prefix, or a proxy's) is kept: the API is below it.
    if (!base.pathname.endsWith('/')) base.pathname += '/';
    this.base = base;
    this.where = `Prometheus at ${base.origin}`;
    if (spec.range && !opts.range) throw new Error('PrometheusProvider: a range query needs opts.range');
  }

  /** The request URL for `query` at `now`. */
  url(query: string, now: Date): URL {
    const range = this.spec.range ? this.opts.range : undefined;
    const url = new URL(range ? 'api/v1/query_range' : 'api/v1/query', this.base);
    url.searchParams.set('query', query);
    if (range) {
      const start = range.start(now);
      const end = range.end(now);
      if (!(start.getTime() <= end.getTime())) throw new UserError(`the range query's start ${start.toISOString()} is after its end ${end.toISOString()}`);
      url.searchParams.set('start', unixSeconds(start));
      url.searchParams.set('end', unixSeconds(end));
      url.searchParams.set('step', String(range.stepSeconds));
    } else {
      url.searchParams.set('time', unixSeconds(now));
    }
    // Prometheus's own per-query deadline, a little under ours, so that a slow query says so itself.
    url.searchParams.set('timeout', `${Math.max(1, Math.floor(this.spec.timeoutMs * 0.9))}ms`);
    return url;
  }

  async measure(query: string, signal: AbortSignal): Promise<number | number[] | null> {
    const url = this.url(query, (this.opts.now ?? (() => new Date()))());
    const answer = await apiGet(url, { what: 'Prometheus', headers: this.spec.headers, timeoutMs: this.spec.timeoutMs, signal, env: this.opts.env });
    const body = parseJson(answer, this.where) as {
      status?: string;
      data?: unknown;
      errorType?: string;
      error?: string;
      warnings?: unknown;
    } | null;
    if (body && Array.isArray(body.warnings)) {
      for (const w of body.warnings) {
        const text = String(w);
        if (this.warnings.length < 100) this.warnings.push(text);
        this.opts.onWarning?.(text);
      }
    }
    if (!body || typeof body !== 'object' || body.status !== 'success' || answer.status < 200 || answer.status >= 300) {
      const why = body?.error ? `${body.errorType ? `${body.errorType}: ` : ''}${body.error}` : `answered ${answer.status} without an error`;
      throw new UserError(`${this.where}: ${why}`.replace(/[\r\n]+/g, ' '));
    }
    try {
      return resultValue(body.data);
    } catch (err) {
      throw new UserError(`${this.where} answered ${(err as Error).message}`);
    }
  }
}
