/**
 * The embedded provider: scrapes the service's own `/metrics` (Prometheus text exposition format
 * 0.0.4, as prom-client and every client library write it) at each measurement and evaluates the
 * metric's PromQL (promql.ts) between the previous scrape and this one.
 *
 * The exposition is read here, line by line, as Prometheus's text parser reads it
 * (model/textparse/promparse.go): `# HELP` / `# TYPE` and other comments skipped, samples as
 * `name{label="value",…} value [timestamp]` with `\\`, `\"` and `\n` escapes in label values,
 * `{"utf8.name",…}` quoted names, values as Go floats (`NaN`, `+Inf`, `-Inf`, `1e3`). A histogram
 * is its flat series, as Prometheus stores them: `x_bucket{le="…"}`, `x_sum`, `x_count`; a label
 * with an empty value is dropped, as Prometheus drops it.
 * (`parse-prometheus-text-format` was tried and not used: on Prometheus's own exposition fixture
 * it keeps one histogram or summary per family and drops the label sets of the others, 751
 * samples of 1857.)
 */
import type { MetricProvider, ScrapeProviderSpec } from './types.js';
import { compileQuery, loadPromql, parseGoFloat, type CompiledQuery, type Scrape, type Series } from './promql.js';

export type { Scrape, Series } from './promql.js';

/** Largest body read. */
export const MAX_BODY_BYTES = 16 * 1024 * 1024;
/** Most samples kept from one scrape. */
export const MAX_SAMPLES = 200_000;
/** Compiled queries kept per provider. */
const MAX_CACHED_QUERIES = 64;

const METRIC_NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*/;
const LABEL_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*/;

/**
 * The samples of a text-format exposition. Throws an Error (one line, naming the line) for a body
 * that is not the text format, over {@link MAX_BODY_BYTES} or over {@link MAX_SAMPLES} samples.
 * A series written twice keeps its first sample, as Prometheus does.
 */
export function parseExposition(text: string): Series[] {
  if (text.length > MAX_BODY_BYTES || Buffer.byteLength(text, 'utf8') > MAX_BODY_BYTES) {
    throw new Error(`the exposition is larger than ${MAX_BODY_BYTES / 1024 / 1024} MiB`);
  }
  const out: Series[] = [];
  const seen = new Set<string>();
  let lineNo = 0;
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    let line = text.slice(start, end);
    start = end + 1;
    lineNo++;
    if (line.endsWith('\r')) line = line.slice(0, -1);
    const trimmed = line.replace(/^[ \t]+/, '');
    if (!trimmed || trimmed.startsWith('#')) continue;
    const s = parseSampleLine(trimmed, lineNo);
    const key = s.name + '\u0000' + JSON.stringify(Object.entries(s.labels).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    if (seen.has(key)) continue;
    seen.add(key);
    if (out.length >= MAX_SAMPLES) throw new Error(`the exposition has more than ${MAX_SAMPLES} samples`);
    out.push(s);
  }
  return out;
}

function parseSampleLine(line: string, lineNo: number): Series {
  const bad = (why: string): never => {
    const shown = line.length > 60 ? `${line.slice(0, 60)}…` : line;
    throw new Error(`not the Prometheus text format: line ${lineNo}: ${why}: ${JSON.stringify(shown)}`);
  };
  let i = 0;
  let name = METRIC_NAME.exec(line)?.[0] ?? '';
  i = name.length;
  const labels: Record<string, string> = {};
  const readQuoted = (): string => {
    if (line[i] !== '"') bad('expected a quoted string');
    i++;
    let out = '';
    for (;;) {
      if (i >= line.length) bad('unterminated string');
      const c = line[i++];
      if (c === '"') return out;
      if (c === '\\') {
        const n = line[i++];
        if (n === 'n') out += '\n';
        else if (n === '\\' || n === '"') out += n;
        else out += '\\' + (n ?? '');
      } else out += c;
    }
  };
  if (line[i] === '{') {
    i++;
    for (;;) {
      while (line[i] === ' ' || line[i] === '\t') i++;
      if (line[i] === '}') {
        i++;
        break;
      }
      let key: string;
      if (line[i] === '"') key = readQuoted();
      else {
        key = LABEL_NAME.exec(line.slice(i))?.[0] ?? '';
        if (!key) bad('expected a label name');
        i += key.length;
      }
      while (line[i] === ' ' || line[i] === '\t') i++;
      if (line[i] === '=') {
        i++;
        while (line[i] === ' ' || line[i] === '\t') i++;
        if (key in labels) bad(`label ${key} given twice`);
        const value = readQuoted();
        // An empty label value is no label, as Prometheus stores it (`identity=""` is dropped).
        if (value !== '') labels[key] = value;
      } else if (!name) name = key; // `{"metric.name", …}`
      else bad('expected "="');
      while (line[i] === ' ' || line[i] === '\t') i++;
      if (line[i] === ',') i++;
      else if (line[i] !== '}') bad('expected "," or "}"');
    }
  }
  if (!name) bad('expected a metric name');
  const rest = line.slice(i);
  if (rest && rest[0] !== ' ' && rest[0] !== '\t') bad('expected a space before the value');
  const fields = rest.trim().split(/[ \t]+/);
  if (!fields[0] || fields.length > 2) bad('expected a value and an optional timestamp');
  const value = parseGoFloat(fields[0]);
  if (Number.isNaN(value) && !/^[+-]?nan$/i.test(fields[0])) bad(`not a number: ${fields[0]}`);
  if (fields[1] !== undefined && !/^-?\d+$/.test(fields[1])) bad(`not a timestamp: ${fields[1]}`);
  return { name, labels, value };
}

/** What a response's Content-Type says: text format (0.0.4 or unversioned), or what it is. */
function checkContentType(type: string | null): void {
  if (!type) return;
  const [media, ...params] = type.split(';').map((s) => s.trim().toLowerCase());
  if (media !== 'text/plain') throw new Error(`not the Prometheus text format: Content-Type ${type}`);
  const version = params.find((p) => p.startsWith('version='))?.slice('version='.length);
  if (version && version !== '0.0.4') throw new Error(`not the Prometheus text format 0.0.4: Content-Type ${type}`);
}

/** Reads a body up to `limit` bytes. */
async function readBounded(res: Response, limit: number): Promise<string> {
  const declared = Number(res.headers.get('content-length'));
  if (declared > limit) throw new Error(`the exposition is larger than ${limit / 1024 / 1024} MiB (Content-Length ${declared})`);
  if (!res.body) return '';
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw new Error(`the exposition is larger than ${limit / 1024 / 1024} MiB`);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** One GET of a `/metrics` URL, parsed. Errors are one line naming the URL. */
export async function scrapeOnce(
  url: string,
  opts: { timeoutMs: number; headers?: Record<string, string>; signal?: AbortSignal },
): Promise<Scrape> {
  const timeout = AbortSignal.timeout(opts.timeoutMs);
  const signal = opts.signal ? AbortSignal.any([opts.signal, timeout]) : timeout;
  let res: Response;
  const at = Date.now();
  try {
    res = await fetch(url, {
      // As Prometheus asks for the text format (scrape/scrape.go's acceptHeader for PrometheusText0.0.4).
      headers: { Accept: 'text/plain;version=0.0.4;q=1,*/*;q=0.1', ...(opts.headers ?? {}) },
      signal,
      redirect: 'follow',
    });
  } catch (err) {
    if (timeout.aborted) throw new Error(`scrape ${url}: no answer within ${opts.timeoutMs} ms`);
    if (opts.signal?.aborted) throw new Error(`scrape ${url}: cancelled`);
    const cause = (err as { cause?: { code?: string; message?: string } }).cause;
    throw new Error(`scrape ${url}: unreachable (${cause?.code ?? cause?.message ?? (err as Error).message})`);
  }
  try {
    if (!res.ok) throw new Error(`HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''}`);
    checkContentType(res.headers.get('content-type'));
    const text = await readBounded(res, MAX_BODY_BYTES);
    return { at, series: parseExposition(text) };
  } catch (err) {
    await res.body?.cancel().catch(() => undefined);
    if (timeout.aborted) throw new Error(`scrape ${url}: no answer within ${opts.timeoutMs} ms`);
    throw new Error(`scrape ${url}: ${(err as Error).message}`);
  }
}

/**
 * phase-gates' embedded provider (`provider: scrape`). `start` takes the first scrape; each
 * `measure` scrapes again and evaluates the query over the window between the previous scrape and
 * this one, which then becomes the previous. A failed scrape keeps the previous one (the next
 * window is longer).
 */
export class ScrapeProvider implements MetricProvider {
  private prev: Scrape | undefined;
  private readonly queries = new Map<string, CompiledQuery>();

  constructor(
    private readonly spec: ScrapeProviderSpec,
    private readonly opts: { env: Readonly<Record<string, string | undefined>> },
  ) {}

  private scrape(signal: AbortSignal): Promise<Scrape> {
    return scrapeOnce(this.spec.url, { timeoutMs: this.spec.timeoutMs, headers: this.spec.headers, signal });
  }

  private compiled(query: string): CompiledQuery {
    let q = this.queries.get(query);
    if (!q) {
      q = compileQuery(query, { input: 'query' });
      if (this.queries.size >= MAX_CACHED_QUERIES) this.queries.delete(this.queries.keys().next().value as string);
      this.queries.set(query, q);
    }
    return q;
  }

  async start(signal: AbortSignal): Promise<void> {
    await loadPromql();
    // A bad query is known before the first scrape.
    this.compiled(this.spec.query);
    this.prev = await this.scrape(signal);
  }

  async measure(query: string, signal: AbortSignal): Promise<number | number[] | null> {
    await loadPromql();
    const q = this.compiled(query);
    const cur = await this.scrape(signal);
    const prev = this.prev;
    this.prev = cur;
    if (!prev) {
      // No window yet: an instant query reads this scrape; a rate needs the next one.
      if (q.needsWindow) throw new Error(`no previous scrape of ${this.spec.url} yet: rate/irate/increase need two (this one is the first)`);
      return q.evaluate(cur, cur);
    }
    return q.evaluate(prev, cur);
  }

  async close(): Promise<void> {
    this.prev = undefined;
    this.queries.clear();
  }
}
