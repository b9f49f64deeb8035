/**
 * smoke-test against hostile answers and patterns (issue 14), through its bundle as the runner
 * runs it, against real servers on 127.0.0.1: a pattern that would backtrack for minutes, one RE2
 * cannot run, redirects to another origin (credentials never follow; `follow-redirects`), and a
 * deeply nested JSON body. Time bounds are 10× what each takes: against hangs, not for speed.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { runAction, makeWorkspace, expectOneError, type ActionRun } from '../support/action.js';
import { closeAll, ok, redirect, startServer, type TestServer } from './servers.js';

afterEach(closeAll);

const FAST = { 'wait-for-ready': '0', retries: '1', 'retry-delay-ms': '20', 'timeout-ms': '2000', samples: '2' };

function smoke(inputs: Record<string, string>, options: { measure?: boolean } = {}): Promise<ActionRun & { ws: string }> {
  const ws = makeWorkspace();
  return runAction('smoke-test', { workspace: ws, inputs: { ...FAST, ...inputs }, timeoutMs: 60_000, measure: options.measure }).then((r) => ({ ...r, ws }));
}

function report(run: { ws: string }) {
  return JSON.parse(readFileSync(path.join(run.ws, 'post-deploy/smoke-report.json'), 'utf8'));
}

describe('user regular expressions run in linear time', () => {
  it('a pattern that backtracks for minutes on 35 bytes gives its verdict at once', async () => {
    // ^(a+)+$ against aaaa…a! took JavaScript's engine 110 s, deaf to timeout-ms and SIGTERM.
    const server = await startServer({ '/': ok('a'.repeat(34) + '!'), '/ok': ok('a'.repeat(34) + '!') });
    const checks = '- name: home\n  path: /\n  expect: { body-matches: "^(a+)+$" }\n- name: bang\n  path: /ok\n  expect: { body-matches: "/^(A+)+!$/i" }';
    const run = await smoke({ url: server.url, checks });
    expectOneError(run, /^smoke test failed: home: body does not match \^\(a\+\)\+\$$/);
    expect(report(run).checks.map((c: { name: string; passed: boolean }) => [c.name, c.passed])).toEqual([
      ['home', false],
      ['bang', true]
    ]);
    expect(run.ms).toBeLessThan(10_000);
  });

  it('a backreference is refused in one line naming the check and the pattern, before any request', async () => {
    const server = await startServer({ '/': ok() });
    const run = await smoke({ url: server.url, checks: '- name: home\n  path: /\n  expect:\n    body-matches: "(a)\\\\1"' });
    expectOneError(run, /^checks: line 4: check "home": body-matches "\(a\)\\1": backreferences are not supported \(patterns run on a linear-time engine, RE2 syntax\)$/);
    expect(server.hits.size).toBe(0);
  });
});

describe('redirects to another origin', () => {
  const SECRET_HEADERS = { Authorization: 'Bearer s3cr3t-bearer-value', Cookie: 'sid=c00kie-value-123', 'X-Api-Key': 'k3y-value-456789' };
  const headers = `{ Authorization: "${SECRET_HEADERS.Authorization}", Cookie: "${SECRET_HEADERS.Cookie}", X-Api-Key: ${SECRET_HEADERS['X-Api-Key']}, X-Forward: ghp_tokenValue1234567890, X-Trace: trace-1 }`;

  /** A: the target, redirecting to B (another port of 127.0.0.1: another origin) and within itself. */
  async function servers(): Promise<{ a: TestServer; b: TestServer }> {
    const b = await startServer({ '/landing': ok('landed') });
    const a = await startServer({ '/away': redirect(`${b.url}/landing?from=a`), '/within': redirect('/here'), '/here': ok('here') });
    return { a, b };
  }

  it('any: follows, and Authorization, Cookie, X-Api-Key and a header holding the token do not reach the other origin', async () => {
    const { a, b } = await servers();
    const run = await smoke({ url: a.url, checks: `- name: away\n  path: /away\n  headers: ${headers}\n  expect: { body-contains: landed }`, 'follow-redirects': 'any', token: 'ghp_tokenValue1234567890' });
    expect(run.code).toBe(0);
    expect(b.requests).toHaveLength(2);
    for (const r of b.requests) {
      for (const name of ['authorization', 'cookie', 'x-api-key', 'x-forward']) expect([name, r.headers[name]]).toEqual([name, undefined]);
      expect(r.headers['x-trace']).toBe('trace-1');
    }
    // The first origin got them all.
    expect(a.requests[0].headers).toMatchObject({ authorization: SECRET_HEADERS.Authorization, cookie: SECRET_HEADERS.Cookie, 'x-api-key': SECRET_HEADERS['X-Api-Key'] });
  });

  it('same-origin (the default): a redirect within the origin keeps every header', async () => {
    const { a } = await servers();
    const run = await smoke({ url: a.url, checks: `- name: within\n  path: /within\n  headers: ${headers}\n  expect: { body-contains: here }` });
    expect(run.code).toBe(0);
    const here = a.requests.filter((r) => r.url === '/here');
    expect(here).toHaveLength(2);
    for (const r of here) expect(r.headers).toMatchObject({ authorization: SECRET_HEADERS.Authorization, cookie: SECRET_HEADERS.Cookie, 'x-api-key': SECRET_HEADERS['X-Api-Key'], 'x-trace': 'trace-1' });
  });

  it('same-origin (the default): a redirect to another origin fails the check, naming that origin; nothing reaches it', async () => {
    const { a, b } = await servers();
    const run = await smoke({ url: a.url, checks: `- name: away\n  path: /away\n  headers: ${headers}\n- { name: home, path: /here }` });
    const message = expectOneError(run, /^smoke test failed: away: 302 redirect from http:\/\/127\.0\.0\.1:\d+ to another origin, http:\/\/127\.0\.0\.1:\d+, not followed \(follow-redirects: same-origin; /);
    expect(message).toContain(`to another origin, ${b.url}, not followed`);
    expect(b.requests).toEqual([]);
    // The origin answered: later checks on it are still sent.
    expect(report(run).checks.map((c: { name: string; passed: boolean }) => [c.name, c.passed])).toEqual([
      ['away', false],
      ['home', true]
    ]);
  });

  it('none: the check sees the 3xx itself', async () => {
    const { a, b } = await servers();
    const run = await smoke({ url: a.url, 'follow-redirects': 'none', checks: '- { name: away, path: /away }\n- { name: moved, path: /within, expect: { status: 302, headers: { location: /here } } }' });
    expectOneError(run, /^smoke test failed: away: expected status 2xx, got 302$/);
    expect(report(run).checks.map((c: { name: string; passed: boolean; status: number }) => [c.name, c.passed, c.status])).toEqual([
      ['away', false, 302],
      ['moved', true, 302]
    ]);
    expect(b.requests).toEqual([]);
    expect(a.hits.get('/here')).toBeUndefined();
  });

  it('an unknown value is refused naming the input', async () => {
    const run = await smoke({ url: 'http://127.0.0.1:1', 'follow-redirects': 'sometimes' });
    expectOneError(run, /^follow-redirects: "sometimes" is not one of same-origin, any, none$/);
  });
});

describe('a deeply nested JSON body', () => {
  it('8 MB of [[[…]]] fails the JSON assertion unparsed, in bounded memory and time', async () => {
    const nested = '['.repeat(4e6) + ']'.repeat(4e6);
    const server = await startServer({ '/': (_req, res) => res.end(nested) });
    const run = await smoke({ url: server.url, checks: '- name: api\n  path: /\n  expect: { json: { "$[0]": 1 } }', samples: '1' }, { measure: true });
    expectOneError(run, /^smoke test failed: api: \$\[0\]: expected 1, got a body of JSON nested deeper than 1000 levels \(not parsed\)$/);
    // Parsed, it took 481 MB and overflowed the stack; refused unparsed, about 110 MB (Node and
    // the 8 MB body twice, as bytes and text).
    expect(run.maxRssMb).toBeLessThan(300);
    expect(run.ms).toBeLessThan(20_000);
  });

  it('a larger body is not read past the limit', async () => {
    const server = await startServer({ '/': (_req, res) => res.end('['.repeat(5e6) + ']'.repeat(5e6)) });
    const run = await smoke({ url: server.url, checks: '- name: api\n  path: /\n  expect: { json: { "$[0]": 1 } }', samples: '1' });
    expectOneError(run, /^smoke test failed: api: response body larger than 8 MiB/);
  });
});
