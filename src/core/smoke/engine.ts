/**
 * The smoke-test engine: readiness polling, samples with bounded concurrency, retries with
 * exponential back-off and jitter, flaky detection, thresholds and post-release monitoring. It
 * knows nothing of inputs or files: the command (src/core/commands/smoke.ts) gives it settings and
 * turns its outcome into a report.
 *
 * Time is bounded: a check whose first sample fails after every retry sends no further samples,
 * and later checks on an origin that could not be reached are not sent at all, so a dead target
 * fails within `timeout-ms` × attempts plus the back-off (after `wait-for-ready`, when set).
 *
 * Internal to smoke-test.
 */
import { percentileOfSorted } from '../reports/perf/model.js';
import { describeStatus, jsonEqual, statusMatches, valueAt, type Check } from './checks.js';
import type { HttpRequest, HttpResult, RedirectMode } from './http.js';
import { Cancelled, signalName, sleepUnlessCancelled } from '../cancel.js';
import { jsonNestingExceeds } from '../json-position.js';

/**
 * Deepest nesting of a JSON body parsed for `expect.json`: real APIs nest a few dozen levels; a
 * body nested deeper fails the assertion unparsed, so that an 8 MB `[[[[…]]]]` (the most a body
 * may hold, MAX_BODY_BYTES in http.ts) cannot take hundreds of MB.
 */
export const MAX_JSON_DEPTH = 1000;
/** What a JSON assertion reports for a body nested deeper than {@link MAX_JSON_DEPTH}. */
const TOO_DEEP = `JSON nested deeper than ${MAX_JSON_DEPTH} levels`;

/** Settings of one run, from the inputs. */
export interface SmokeSettings {
  /** Base URL (`url` input). */
  target: string;
  checks: Check[];
  waitForReadySeconds: number;
  retries: number;
  retryDelayMs: number;
  timeoutMs: number;
  samples: number;
  concurrency: number;
  p95Ms: number;
  /** Share of failed requests allowed, as a ratio 0–1. */
  maxErrorRate: number;
  monitorSeconds: number;
  /** How redirects are followed (`follow-redirects` input). */
  followRedirects: RedirectMode;
}

/** What the engine needs from the world; tests replace the clock and the dice. */
export interface EngineDeps {
  /** Sends one request; `signal` (the run's, below) ends it when aborted. */
  send(req: HttpRequest, signal?: AbortSignal): Promise<HttpResult>;
  log(message: string): void;
  sleep?(ms: number): Promise<void>;
  /**
   * Stops the run when aborted (cancellation): no request is sent and no wait is begun after it,
   * a wait under way ends, and `send` is given it for the request in flight; the run throws
   * {@link Cancelled}.
   */
  signal?: AbortSignal;
  /** A number in [0, 1) for jitter. @default Math.random */
  random?(): number;
  /** Milliseconds of a monotonic clock. @default performance.now */
  now?(): number;
}

/** What a cancelled run says. */
const STOPPED = 'the checks were stopped';

/** Longest single back-off wait, whatever the attempt. */
export const MAX_BACKOFF_MS = 30_000;
/** Time between the starts of two monitoring rounds. */
export const MONITOR_INTERVAL_MS = 1_000;
/** Monitoring progress is logged at most this often (and at the end). */
export const MONITOR_PROGRESS_MS = 10_000;

/**
 * The wait before retry `attempt` (1 for the first retry): `base × 2^(attempt−1)`, capped at
 * {@link MAX_BACKOFF_MS}, with "equal jitter" (half fixed, half random) so that retries of many
 * samples do not arrive together yet the wait never drops below half its nominal value.
 */
export function backoffMs(base: number, attempt: number, random: () => number = Math.random): number {
  const nominal = Math.min(MAX_BACKOFF_MS, base * 2 ** (attempt - 1));
  return nominal / 2 + random() * (nominal / 2);
}

/** Upper bound of all back-off waits of one sample with `retries` retries. */
export function maxTotalBackoffMs(base: number, retries: number): number {
  let total = 0;
  for (let a = 1; a <= retries; a++) total += Math.min(MAX_BACKOFF_MS, base * 2 ** (a - 1));
  return total;
}

/** One expectation judged on one response. */
export interface Assertion {
  type: string;
  expected: unknown;
  actual: unknown;
  passed: boolean;
}

/** The final outcome of one sample, after its retries. */
export interface SampleOutcome {
  passed: boolean;
  /** Requests sent for it (1 + retries used). */
  attempts: number;
  status: number | null;
  /** Latency of the answer that decided it, in ms (null when nothing answered). */
  latencyMs: number | null;
  error: string | null;
  assertions: Assertion[];
  /** Whether a transport failure decided it: no HTTP answer (the origin could not be reached). */
  transport: boolean;
  /** Sent while monitoring, after the run had passed. */
  monitor: boolean;
}

/** Everything measured for one check. */
export interface CheckOutcome {
  check: Check;
  url: string;
  samples: SampleOutcome[];
  /** Why samples were not sent (a dead origin, or a first sample that failed). */
  skipped: string | null;
}

/** Readiness polling, when `wait-for-ready` is set. */
export interface Readiness {
  ready: boolean;
  waitedMs: number;
  polls: number;
  lastError: string | null;
}

/** Monitoring after passing, when `monitor-seconds` is set. */
export interface Monitoring {
  seconds: number;
  rounds: number;
  requests: number;
  failures: number;
  /** The first breach, which ended monitoring. */
  breach: string | null;
}

/** The outcome of a run, before it becomes a report. */
export interface EngineOutcome {
  checks: CheckOutcome[];
  readiness: Readiness | null;
  monitoring: Monitoring | null;
}

/** The URL of a check: `url` as written, or `path` appended to the base URL's path. */
export function checkUrl(base: string, check: Check): string {
  if (check.url) return new URL(check.url).href;
  const b = new URL(base);
  const path = check.path ?? '/';
  const [pathPart, query] = splitQuery(path.startsWith('/') ? path : `/${path}`);
  // Appended, not resolved: a service deployed under https://host/app keeps /app for /healthz.
  b.pathname = b.pathname.replace(/\/+$/, '') + pathPart;
  if (query !== undefined) b.search = query;
  return b.href;
}

function splitQuery(path: string): [string, string | undefined] {
  const at = path.indexOf('?');
  return at < 0 ? [path, undefined] : [path.slice(0, at), path.slice(at)];
}

/** Judges one HTTP result against a check's expectations. */
export function judge(check: Check, result: HttpResult): Omit<SampleOutcome, 'attempts' | 'monitor'> {
  if (!result.ok) {
    // A redirect not followed or a body over the limit came from an origin that answered: later
    // checks on it are still sent.
    const answered = result.kind === 'redirect' || result.kind === 'body-limit';
    return { passed: false, status: null, latencyMs: null, error: result.error, assertions: [], transport: !answered };
  }
  const e = check.expect;
  const assertions: Assertion[] = [];
  const statusOk = statusMatches(e.status, result.status);
  const expectedStatus = e.status.length === 1 && 'code' in e.status[0] ? e.status[0].code : describeStatus(e.status);
  assertions.push({ type: 'status', expected: expectedStatus, actual: result.status, passed: statusOk });
  const text = e.bodyContains.length || e.bodyMatches.length || e.json.length ? result.body.toString('utf8') : '';
  for (const needle of e.bodyContains) {
    assertions.push({ type: 'body-contains', expected: needle, actual: text.includes(needle), passed: text.includes(needle) });
  }
  for (const m of e.bodyMatches) {
    const ok = m.regex.test(text);
    assertions.push({ type: 'body-matches', expected: m.source, actual: ok, passed: ok });
  }
  if (e.json.length) {
    let doc: unknown;
    // Why the body was not parsed, when it was not.
    let unparsed: string | null = jsonNestingExceeds(text, MAX_JSON_DEPTH) ? TOO_DEEP : null;
    if (!unparsed) {
      try {
        doc = JSON.parse(text);
      } catch {
        unparsed = 'not JSON';
      }
    }
    for (const j of e.json) {
      const actual = unparsed ? undefined : valueAt(doc, j.segments);
      const ok = !unparsed && actual !== undefined && jsonEqual(actual, j.value);
      assertions.push({ type: `json ${j.path}`, expected: j.value, actual: unparsed ?? (actual === undefined ? null : summarize(actual)), passed: ok });
    }
  }
  for (const h of e.headers) {
    const actual = result.headers[h.name];
    const ok = h.value === true ? actual !== undefined : h.value === false ? actual === undefined : actual !== undefined && actual.includes(h.value);
    assertions.push({ type: `header ${h.name}`, expected: h.value, actual: actual ?? null, passed: ok });
  }
  const failed = assertions.find((a) => !a.passed);
  return {
    passed: !failed,
    status: result.status,
    latencyMs: round(result.latencyMs),
    error: failed ? assertionMessage(failed) : null,
    assertions,
    transport: false
  };
}

/** Keeps reported JSON values small: a long string or a structure is cut. */
function summarize(value: unknown): unknown {
  if (typeof value === 'string') return value.length > 200 ? value.slice(0, 200) + '…' : value;
  if (value !== null && typeof value === 'object') {
    const text = JSON.stringify(value);
    return text.length > 200 ? text.slice(0, 200) + '…' : value;
  }
  return value;
}

/** One line for a failed assertion. */
export function assertionMessage(a: Assertion): string {
  switch (a.type) {
    case 'status':
      return `expected status ${a.expected}, got ${a.actual}`;
    case 'body-contains':
      return `body does not contain ${JSON.stringify(a.expected)}`;
    case 'body-matches':
      return `body does not match ${a.expected}`;
    case 'max-latency-ms':
      return `slowest response ${a.actual} ms, over max-latency-ms ${a.expected}`;
  }
  if (a.type.startsWith('json ')) {
    const got = a.actual === 'not JSON' ? 'a body that is not JSON' : a.actual === TOO_DEEP ? `a body of ${TOO_DEEP} (not parsed)` : JSON.stringify(a.actual);
    return `${a.type.slice(5)}: expected ${JSON.stringify(a.expected)}, got ${got}`;
  }
  if (a.type.startsWith('header ')) {
    const name = a.type.slice(7);
    if (a.expected === true) return `header ${name} missing`;
    if (a.expected === false) return `header ${name} present (${a.actual})`;
    return a.actual === null ? `header ${name} missing (expected ${JSON.stringify(a.expected)})` : `header ${name} is ${JSON.stringify(a.actual)}, expected to contain ${JSON.stringify(a.expected)}`;
  }
  return `${a.type}: expected ${JSON.stringify(a.expected)}, got ${JSON.stringify(a.actual)}`;
}

function round(ms: number): number {
  return Math.round(ms * 1000) / 1000;
}

/** Whether a check expects a redirect itself, in which case redirects are not followed (whatever `follow-redirects` says). */
function expectsRedirect(check: Check): boolean {
  return check.expect.status.some((m) => ('code' in m ? m.code >= 300 && m.code < 400 : m.klass === 3));
}

/** Runs `tasks` with at most `limit` in flight; results in task order. */
export async function pool<T>(tasks: Array<() => Promise<T>>, limit: number): Promise<T[]> {
  const results = new Array<T>(tasks.length);
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const i = next++;
      results[i] = await tasks[i]();
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, worker));
  return results;
}

/** The engine of one run. */
export class SmokeEngine {
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly send: (req: HttpRequest) => Promise<HttpResult>;
  private readonly random: () => number;
  private readonly now: () => number;

  constructor(
    private readonly settings: SmokeSettings,
    private readonly deps: EngineDeps
  ) {
    const signal = deps.signal;
    const sleep = deps.sleep ?? ((ms: number) => sleepUnlessCancelled(ms, signal, STOPPED));
    this.sleep = (ms) => (this.cancelled(), sleep(ms));
    const send = deps.send;
    this.send = (req) => (this.cancelled(), send(req, signal));
    this.random = deps.random ?? Math.random;
    this.now = deps.now ?? (() => performance.now());
  }

  /** Throws {@link Cancelled} once the run's signal is aborted. */
  private cancelled(): void {
    const signal = this.deps.signal;
    if (signal?.aborted) throw new Cancelled(signalName(signal), STOPPED);
  }

  private request(check: Check, url: string): HttpRequest {
    const redirects = expectsRedirect(check) ? 'none' : this.settings.followRedirects;
    return { url, method: check.method, headers: check.headers, body: check.body, redirects };
  }

  /** One sample: a request, retried with back-off until it passes or attempts run out. */
  async sample(check: Check, url: string, monitor = false): Promise<SampleOutcome> {
    const { retries, retryDelayMs } = this.settings;
    let last: Omit<SampleOutcome, 'attempts' | 'monitor'> | undefined;
    for (let attempt = 1; attempt <= retries + 1; attempt++) {
      last = judge(check, await this.send(this.request(check, url)));
      if (last.passed) return { ...last, attempts: attempt, monitor };
      if (attempt <= retries) {
        const wait = backoffMs(retryDelayMs, attempt, this.random);
        this.deps.log(`  ${check.name}: attempt ${attempt} failed (${last.error}); retrying in ${Math.round(wait)} ms`);
        await this.sleep(wait);
      }
    }
    return { ...last!, attempts: retries + 1, monitor };
  }

  /** Polls the first check until it passes or `wait-for-ready` runs out. */
  async waitForReady(): Promise<Readiness> {
    const { waitForReadySeconds, retryDelayMs, checks, target } = this.settings;
    const check = checks[0];
    const url = checkUrl(target, check);
    const started = this.now();
    const deadline = started + waitForReadySeconds * 1000;
    // Polls no faster than every 100 ms and no slower than every 2 s: readiness is usually seconds away.
    const interval = Math.min(2000, Math.max(100, retryDelayMs));
    let polls = 0;
    let lastError: string | null = null;
    let lastLog = started;
    this.deps.log(`Waiting up to ${waitForReadySeconds} s for ${url} to pass "${check.name}"`);
    for (;;) {
      polls++;
      const outcome = judge(check, await this.send(this.request(check, url)));
      if (outcome.passed) {
        const waitedMs = this.now() - started;
        this.deps.log(`Ready after ${(waitedMs / 1000).toFixed(1)} s (${polls} poll${polls === 1 ? '' : 's'})`);
        return { ready: true, waitedMs: Math.round(waitedMs), polls, lastError: null };
      }
      lastError = outcome.error;
      const now = this.now();
      if (now + interval >= deadline) break;
      if (now - lastLog >= 5000) {
        this.deps.log(`  not ready after ${((now - started) / 1000).toFixed(0)} s: ${lastError}`);
        lastLog = now;
      }
      await this.sleep(interval);
    }
    return { ready: false, waitedMs: Math.round(this.now() - started), polls, lastError };
  }

  /** Measures every check: `samples` requests each, `concurrency` in flight. */
  async measure(): Promise<CheckOutcome[]> {
    const { checks, target, samples, concurrency } = this.settings;
    const deadOrigins = new Map<string, string>();
    const outcomes: CheckOutcome[] = [];
    for (const check of checks) {
      const url = checkUrl(target, check);
      const origin = new URL(url).origin;
      const dead = deadOrigins.get(origin);
      if (dead) {
        outcomes.push({ check, url, samples: [], skipped: `not sent: ${origin} could not be reached (${dead})` });
        this.deps.log(`✗ ${check.name}: not sent (${origin} could not be reached)`);
        continue;
      }
      // The first sample alone: when it fails after every retry, the rest would only repeat it.
      const first = await this.sample(check, url);
      const results = [first];
      let skipped: string | null = null;
      if (first.passed) {
        const rest = await pool(
          Array.from({ length: samples - 1 }, () => () => this.sample(check, url)),
          concurrency
        );
        results.push(...rest);
      } else {
        if (first.transport) deadOrigins.set(origin, first.error ?? 'no answer');
        if (samples > 1) skipped = `${samples - 1} more sample${samples === 2 ? '' : 's'} not sent: the first failed after ${first.attempts} attempt${first.attempts === 1 ? '' : 's'}`;
      }
      const outcome: CheckOutcome = { check, url, samples: results, skipped };
      outcomes.push(outcome);
      this.deps.log(describeOutcome(outcome, this.settings));
    }
    return outcomes;
  }

  /**
   * Keeps checking every check once a second for `monitor-seconds`, stopping at the first breach:
   * a sample that fails after its retries, or an answer slower than its check's max-latency-ms.
   */
  async monitor(outcomes: CheckOutcome[]): Promise<Monitoring> {
    const { monitorSeconds } = this.settings;
    const started = this.now();
    const deadline = started + monitorSeconds * 1000;
    const m: Monitoring = { seconds: monitorSeconds, rounds: 0, requests: 0, failures: 0, breach: null };
    const latencies: number[] = [];
    let lastProgress = started;
    this.deps.log(`Monitoring for ${monitorSeconds} s`);
    const progress = () => {
      const sorted = [...latencies].sort((a, b) => a - b);
      const p95 = sorted.length ? `, p95 ${percentileOfSorted(sorted, 95).toFixed(1)} ms` : '';
      this.deps.log(`  monitor ${((this.now() - started) / 1000).toFixed(0)}/${monitorSeconds} s: ${m.rounds} round${m.rounds === 1 ? '' : 's'}, ${m.requests} requests, ${m.failures} failed${p95}`);
    };
    while (this.now() < deadline && !m.breach) {
      const roundStart = this.now();
      m.rounds++;
      const results = await pool(
        outcomes.map((o) => () => this.sample(o.check, o.url, true)),
        this.settings.concurrency
      );
      results.forEach((s, i) => {
        const o = outcomes[i];
        o.samples.push(s);
        m.requests++;
        if (s.latencyMs !== null && s.passed) latencies.push(s.latencyMs);
        if (!s.passed) {
          m.failures++;
          m.breach ??= `${o.check.name}: ${s.error}`;
        } else if (o.check.maxLatencyMs !== undefined && s.latencyMs !== null && s.latencyMs > o.check.maxLatencyMs) {
          m.breach ??= `${o.check.name}: ${s.latencyMs.toFixed(1)} ms, over max-latency-ms ${o.check.maxLatencyMs}`;
        }
      });
      if (this.now() - lastProgress >= MONITOR_PROGRESS_MS || m.rounds === 1) {
        progress();
        lastProgress = this.now();
      }
      if (m.breach) break;
      const wait = Math.min(MONITOR_INTERVAL_MS - (this.now() - roundStart), deadline - this.now());
      if (wait > 0) await this.sleep(wait);
    }
    progress();
    if (m.breach) this.deps.log(`  breach after ${((this.now() - started) / 1000).toFixed(1)} s: ${m.breach}`);
    return m;
  }

  /** The whole run: readiness, measurement, and monitoring when everything passed. */
  async run(passes: (outcomes: CheckOutcome[]) => boolean): Promise<EngineOutcome> {
    const { waitForReadySeconds, monitorSeconds, checks, target } = this.settings;
    let readiness: Readiness | null = null;
    if (waitForReadySeconds > 0) {
      readiness = await this.waitForReady();
      if (!readiness.ready) {
        const url = checkUrl(target, checks[0]);
        const outcomes = checks.map((check, i) => ({
          check,
          url: i === 0 ? url : checkUrl(target, check),
          samples: [],
          skipped: i === 0 ? `not ready after ${waitForReadySeconds} s (wait-for-ready): ${readiness!.lastError}` : 'not sent: the target never became ready'
        }));
        return { checks: outcomes, readiness, monitoring: null };
      }
    }
    const outcomes = await this.measure();
    let monitoring: Monitoring | null = null;
    if (monitorSeconds > 0 && passes(outcomes)) monitoring = await this.monitor(outcomes);
    return { checks: outcomes, readiness, monitoring };
  }
}

/** Figures of one check, for the report and the verdict. */
export interface CheckFigures {
  requests: number;
  failures: number;
  flaky: boolean;
  attempts: number;
  status: number | null;
  latency: { p50: number | null; p95: number | null; max: number | null };
  /** Latencies of the answers that passed, ascending. */
  sorted: number[];
  error: string | null;
  assertions: Assertion[];
  passed: boolean;
}

/**
 * A check's figures: it passes when it was measured, its share of failed samples is within
 * `max-error-rate` and its slowest answer within its `max-latency-ms`. A sample that passed only
 * on a retry makes it flaky, which is reported and does not fail it.
 */
export function checkFigures(o: CheckOutcome, settings: Pick<SmokeSettings, 'maxErrorRate'>): CheckFigures {
  const requests = o.samples.length;
  const failed = o.samples.filter((s) => !s.passed);
  const sorted = o.samples.filter((s) => s.passed && s.latencyMs !== null).map((s) => s.latencyMs!).sort((a, b) => a - b);
  const pct = (p: number) => (sorted.length ? round(percentileOfSorted(sorted, p)) : null);
  const max = sorted.length ? sorted[sorted.length - 1] : null;
  // The answer shown: the first failure, else the last sample.
  const shown = failed[0] ?? o.samples[o.samples.length - 1];
  const assertions = shown ? [...shown.assertions] : [];
  let error = failed[0]?.error ?? o.skipped ?? null;
  let passed = requests > 0 && failed.length / requests <= settings.maxErrorRate + 1e-12 && (!o.skipped || failed.length === 0);
  if (o.check.maxLatencyMs !== undefined && max !== null) {
    const ok = max <= o.check.maxLatencyMs;
    const a: Assertion = { type: 'max-latency-ms', expected: o.check.maxLatencyMs, actual: max, passed: ok };
    assertions.push(a);
    if (!ok) {
      passed = false;
      error ??= assertionMessage(a);
    }
  }
  if (passed && failed.length && error) error = `${failed.length} of ${requests} samples failed (within max-error-rate): ${error}`;
  return {
    requests,
    failures: failed.length,
    flaky: o.samples.some((s) => s.passed && s.attempts > 1),
    attempts: o.samples.reduce((m, s) => Math.max(m, s.attempts), 0),
    status: shown?.status ?? null,
    latency: { p50: pct(50), p95: pct(95), max },
    sorted,
    error,
    assertions,
    passed
  };
}

/** One log line for a measured check. */
function describeOutcome(o: CheckOutcome, settings: SmokeSettings): string {
  const f = checkFigures(o, settings);
  const mark = f.passed ? (f.flaky ? '~' : '✓') : '✗';
  const lat = f.latency.p95 !== null ? `, p50 ${f.latency.p50!.toFixed(1)} ms, p95 ${f.latency.p95.toFixed(1)} ms, max ${f.latency.max!.toFixed(1)} ms` : '';
  const flaky = f.flaky ? ' (flaky: passed on a retry)' : '';
  const err = !f.passed && f.error ? `: ${f.error}` : '';
  return `${mark} ${o.check.name} ${o.check.method} ${o.url}: ${f.requests - f.failures}/${f.requests} passed${lat}${flaky}${err}`;
}
