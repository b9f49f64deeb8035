/** Unit tests of the smoke engine: checks parsing, judging, back-off, retries, flaky, thresholds, masking. */
import { parseChecks, parseJsonPath, looksLikePath } from '../../src/core/smoke/checks.js';
import { compileUserRegex, UserRegexError } from '../../src/core/regex.js';
import { SmokeEngine, backoffMs, maxTotalBackoffMs, checkUrl, judge, pool, type SmokeSettings } from '../../src/core/smoke/engine.js';
import { buildReport } from '../../src/core/smoke/report.js';
import { Redactor } from '../../src/core/secrets.js';
import { parseErrorRate } from '../../src/core/commands/smoke.js';
import { percentileOfSorted } from '../../src/core/reports/perf/model.js';
import { schemaErrors } from '../../src/core/schemas.js';
import { UserError } from '../../src/core/errors.js';
import type { HttpRequest, HttpResult } from '../../src/core/smoke/http.js';

const answer = (status: number, body = '', latencyMs = 10, headers: Record<string, string> = {}): HttpResult => ({
  ok: true,
  status,
  headers,
  body: Buffer.from(body),
  url: 'http://x/',
  redirects: 0,
  latencyMs
});

function settings(over: Partial<SmokeSettings> = {}): SmokeSettings {
  return {
    target: 'http://127.0.0.1:1/app',
    checks: parseChecks('- { name: a, path: / }', { input: 'checks' }),
    waitForReadySeconds: 0,
    retries: 2,
    retryDelayMs: 100,
    timeoutMs: 1000,
    samples: 5,
    concurrency: 2,
    p95Ms: 500,
    maxErrorRate: 0,
    monitorSeconds: 0,
    followRedirects: 'same-origin',
    ...over
  };
}

/** An engine over a scripted server, a fake clock and no real waits. */
function engine(s: SmokeSettings, respond: (req: HttpRequest, n: number) => HttpResult) {
  let clock = 0;
  let n = 0;
  const waits: number[] = [];
  const sent: HttpRequest[] = [];
  const e = new SmokeEngine(s, {
    send: async (req) => {
      sent.push(req);
      return respond(req, n++);
    },
    log: () => undefined,
    sleep: async (ms) => {
      waits.push(ms);
      clock += ms;
    },
    random: () => 0.5,
    now: () => clock
  });
  return { e, waits, sent };
}

const ctx = { startedAt: new Date(0), finishedAt: new Date(1000), sha: null, repository: null, runId: null, deploymentId: null };

describe('checks', () => {
  it('reads every field and names the line of each error', () => {
    const [c] = parseChecks(
      '- name: api\n  path: /v1?x=1\n  method: post\n  headers: { X-A: 1 }\n  body: { a: 1 }\n  expect:\n    status: [200, 3xx]\n    body-matches: "/ok/i"\n    json: { "$.a[0].b": 2 }\n  max-latency-ms: 250ms',
      { input: 'checks' }
    );
    expect(c).toMatchObject({ name: 'api', method: 'POST', path: '/v1?x=1', body: '{"a":1}', maxLatencyMs: 250 });
    expect(c.headers).toEqual({ 'X-A': '1', 'content-type': 'application/json' });
    expect(c.expect.status).toEqual([{ code: 200 }, { klass: 3 }]);
    expect(c.expect.bodyMatches[0].regex.flags).toBe('i');
    expect(c.expect.json[0].segments).toEqual(['a', 0, 'b']);

    let err: UserError | undefined;
    try {
      parseChecks('- name: a\n  path: /\n  url: http://x\n- name: b\n  method: FETCH\n- 3\n- { name: c }\n- { name: c }', { input: 'checks', file: 'c.yml' });
    } catch (e) {
      err = e as UserError;
    }
    expect(err!.renderAll()).toEqual([
      'checks: c.yml:3: check "a": give path or url, not both',
      'checks: c.yml:5: check "b": unknown method "FETCH" (one of GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS)',
      'checks: c.yml:6: check 3: must be a mapping (name, path, expect, …)',
      'checks: c.yml:8: check "c": duplicate name'
    ]);
  });

  it('an empty list means GET / expecting 2xx; a path is told from YAML', () => {
    expect(parseChecks('', { input: 'checks' })[0]).toMatchObject({ name: 'GET /', path: '/' });
    expect(looksLikePath('smoke/checks.yml')).toBe(true);
    expect(looksLikePath('- { path: / }')).toBe(false);
    expect(looksLikePath('[{ path: / }]')).toBe(false);
    expect(looksLikePath('name: x')).toBe(false);
  });

  it('JSON paths and regexes', () => {
    expect(parseJsonPath('$')).toEqual([]);
    expect(parseJsonPath('data.items.0.id')).toEqual(['data', 'items', 0, 'id']);
    expect(parseJsonPath('$["a b"][2]')).toEqual(['a b', 2]);
    expect(parseJsonPath('a..b')).toBeNull();
    expect(() => compileUserRegex('(')).toThrow(UserRegexError);
    // A global flag would make test() remember its position between samples.
    expect(compileUserRegex('/ok/g').flags).toBe('');
  });
});

describe('judging an answer', () => {
  const [c] = parseChecks('- name: h\n  path: /\n  expect: { body-contains: up, json: { s: ok }, headers: { x-v: "2", x-gone: false } }', { input: 'checks' });

  it('records every assertion and says the first that failed', () => {
    const good = judge(c, answer(200, '{"s":"ok","up":1}', 5, { 'x-v': '1.2' }));
    expect(good).toMatchObject({ passed: true, status: 200, latencyMs: 5, error: null });
    expect(good.assertions.map((a) => a.type)).toEqual(['status', 'body-contains', 'json s', 'header x-v', 'header x-gone']);
    expect(judge(c, answer(200, '{"s":"down","up":1}', 5, { 'x-v': '2' })).error).toBe('s: expected "ok", got "down"');
    expect(judge(c, answer(200, 'up, not json', 5, { 'x-v': '2' })).error).toBe('s: expected "ok", got a body that is not JSON');
    expect(judge(c, answer(200, '{"s":"ok","up":1}', 5, { 'x-v': '2', 'x-gone': 'y' })).error).toBe('header x-gone present (y)');
    expect(judge(c, { ok: false, kind: 'refused', error: 'connection refused', latencyMs: 1 })).toMatchObject({ passed: false, transport: true, error: 'connection refused' });
  });

  it('appends check paths to the base path', () => {
    expect(checkUrl('https://h.example/app/', { ...c, path: '/healthz?full=1' })).toBe('https://h.example/app/healthz?full=1');
    expect(checkUrl('https://h.example', { ...c, path: 'x' })).toBe('https://h.example/x');
    expect(checkUrl('https://h.example/app', { ...c, path: undefined, url: 'http://other/' })).toBe('http://other/');
  });
});

describe('back-off', () => {
  it('doubles from retry-delay-ms, with jitter between half and the whole of each step', () => {
    expect([1, 2, 3].map((a) => backoffMs(1000, a, () => 0))).toEqual([500, 1000, 2000]);
    expect([1, 2, 3].map((a) => backoffMs(1000, a, () => 0.999999))).toEqual([1000, 2000, 4000].map((v) => expect.closeTo(v, 0)));
    expect(maxTotalBackoffMs(1000, 3)).toBe(7000);
    expect(backoffMs(1000, 20, () => 1)).toBe(30_000);
  });
});

describe('the engine', () => {
  it('retries a failing sample with growing waits, marks it flaky when it then passes', async () => {
    const s = settings({ samples: 3 });
    const { e, waits } = engine(s, (_r, n) => (n < 2 ? answer(503) : answer(200, '', 10 + n)));
    const out = await e.run(() => false);
    const report = buildReport(out, s, ctx, new Redactor());
    expect(waits).toEqual([75, 150]);
    expect(report.checks[0]).toMatchObject({ passed: true, flaky: true, attempts: 3, status: 200 });
    expect(report.passed).toBe(true);
    expect(report.totals).toMatchObject({ requests: 3, failures: 0, errorRate: 0 });
    expect(schemaErrors('smoke-report', report)).toEqual([]);
  });

  it('sends no more samples after the first fails for good, and skips later checks on a dead origin', async () => {
    const s = settings({ checks: parseChecks('- { name: a, path: /a }\n- { name: b, path: /b }\n- { name: c, url: "http://other.example/" }', { input: 'checks' }) });
    const { e, sent } = engine(s, (req) => (req.url.startsWith('http://other') ? answer(200) : { ok: false, kind: 'refused', error: 'connection refused', latencyMs: 1 }));
    const out = await e.run(() => false);
    expect(sent.filter((r) => r.url.includes('/a'))).toHaveLength(3);
    expect(sent.filter((r) => r.url.includes('/b'))).toHaveLength(0);
    const report = buildReport(out, s, ctx, new Redactor());
    expect(report.checks.map((c) => [c.name, c.passed, c.error])).toEqual([
      ['a', false, 'connection refused'],
      ['b', false, 'not sent: http://127.0.0.1:1 could not be reached (connection refused)'],
      ['c', true, null]
    ]);
    expect(report.message).toMatch(/^a: connection refused; b: not sent/);
  });

  it('computes percentiles with the method of gates-enforcer over passed answers', async () => {
    const latencies = [12, 3, 7, 40, 5, 9, 21, 2, 15, 30];
    const s = settings({ samples: latencies.length, concurrency: 1, retries: 0, p95Ms: 30 });
    const { e } = engine(s, (_r, n) => answer(200, '', latencies[n]));
    const report = buildReport(await e.run(() => false), s, ctx, new Redactor());
    const sorted = [...latencies].sort((a, b) => a - b);
    expect(report.totals.p95Ms).toBeCloseTo(percentileOfSorted(sorted, 95), 6);
    expect(report.totals.p50Ms).toBeCloseTo(percentileOfSorted(sorted, 50), 6);
    expect(report.checks[0].latencyMs).toEqual({ p50: 10.5, p95: report.totals.p95Ms, max: 40 });
    expect(report.passed).toBe(false);
    expect(report.message).toBe('p95 35.5 ms over p95-ms 30');
  });

  it('polls for readiness on a fake clock and gives up at the deadline', async () => {
    const s = settings({ waitForReadySeconds: 2, retryDelayMs: 500 });
    const { e, sent } = engine(s, () => answer(502));
    const out = await e.run(() => true);
    expect(out.readiness).toMatchObject({ ready: false, polls: 4, lastError: 'expected status 2xx, got 502' });
    expect(sent).toHaveLength(4);
    expect(buildReport(out, s, ctx, new Redactor()).message).toMatch(/not ready after 2 s \(wait-for-ready\)/);
  });

  it('monitors until the deadline, or stops at the first breach', async () => {
    const s = settings({ samples: 1, retries: 0, monitorSeconds: 3 });
    const ok = engine(s, () => answer(200));
    const out = await ok.e.run(() => true);
    expect(out.monitoring).toMatchObject({ rounds: 3, requests: 3, breach: null });
    const bad = engine(s, (_r, n) => (n === 2 ? answer(500) : answer(200)));
    const out2 = await bad.e.run(() => true);
    expect(out2.monitoring).toMatchObject({ rounds: 2, failures: 1, breach: 'a: expected status 2xx, got 500' });
    expect(buildReport(out2, s, ctx, new Redactor()).passed).toBe(false);
  });

  it('pool keeps at most `limit` tasks in flight', async () => {
    let inFlight = 0;
    let most = 0;
    const tasks = Array.from({ length: 10 }, (_, i) => async () => {
      most = Math.max(most, ++inFlight);
      await new Promise((r) => setTimeout(r, 1));
      inFlight--;
      return i;
    });
    expect(await pool(tasks, 3)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(most).toBe(3);
  });
});

describe('inputs and masking', () => {
  it('reads max-error-rate as a percentage into a ratio', () => {
    expect(parseErrorRate('0%', 'm')).toBe(0);
    expect(parseErrorRate('1.5%', 'm')).toBeCloseTo(0.015);
    expect(parseErrorRate('5', 'm')).toBe(0.05);
    expect(() => parseErrorRate('-1%', 'm')).toThrow(UserError);
  });

  it('masks credentials of headers, cookies and URLs', () => {
    const registered: string[] = [];
    const s = new Redactor((v) => registered.push(v));
    s.addHeader('Authorization', 'Bearer abc.def');
    s.addHeader('Cookie', 'sid=s3ss10n; theme=dark');
    s.addHeader('Accept', 'application/json');
    expect(s.maskUrl('https://u:p4ss@h.example/x?access_token=t0k&page=2')).toBe('https://***@h.example/x?access_token=***&page=2');
    expect(registered).toEqual(expect.arrayContaining(['Bearer abc.def', 'abc.def', 's3ss10n', 'p4ss', 't0k']));
    expect(registered).not.toContain('application/json');
    expect(s.redact('got abc.def and s3ss10n')).toBe('got *** and ***');
  });
});
