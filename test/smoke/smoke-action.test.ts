/**
 * smoke-test through its bundle (dist/smoke-test/index.js), run as the runner runs it, against
 * real servers on 127.0.0.1.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { runAction, makeWorkspace, commandMessage, expectOneError, type ActionRun } from '../support/action.js';
import { createGitHubState, startGitHubServer, DEFAULT_TOKEN } from '../support/github-server.js';
import { githubEnv } from '../support/github-client.js';
import { itWith } from '../support/tools.js';
import { SMOKE_DEFAULTS } from '../../src/core/commands/smoke.js';
import { closeAll, endless, flaky, freePort, never, ok, redirect, selfSignedCert, startProxy, startServer, startSilent } from './servers.js';

afterEach(closeAll);

/** Fast settings for tests: no readiness wait, one retry, short waits. */
const FAST = { 'wait-for-ready': '0', retries: '1', 'retry-delay-ms': '20', 'timeout-ms': '1000', samples: '3' };

function smoke(inputs: Record<string, string>, extra: { env?: Record<string, string>; ws?: string; timeoutMs?: number; signal?: { when: RegExp; send: NodeJS.Signals } } = {}): Promise<ActionRun & { ws: string }> {
  const ws = extra.ws ?? makeWorkspace();
  return runAction('smoke-test', { workspace: ws, inputs: { ...FAST, ...inputs }, env: extra.env, timeoutMs: extra.timeoutMs ?? 20000, signal: extra.signal }).then((r) => ({ ...r, ws }));
}

function report(run: { ws: string }, rel = 'post-deploy/smoke-report.json') {
  return JSON.parse(readFileSync(path.join(run.ws, rel), 'utf8'));
}

describe('smoke-test action: passing targets', () => {
  it('measures every check, writes a valid report, the summary and the outputs', async () => {
    const server = await startServer({ '/': ok('hello', 2), '/healthz': ok({ status: 'ok', db: { up: true } }), '/api/items': ok([{ id: 1 }]) });
    const checks = [
      '- name: home',
      '  path: /',
      '  expect: { status: 200, body-contains: hello, body-matches: "^h.l+o$" }',
      '- name: health',
      '  path: /healthz',
      '  expect:',
      '    json: { $.status: ok, db.up: true }',
      '    headers: { content-type: application/json }',
      '  max-latency-ms: 2000',
      '- name: items',
      '  path: /api/items',
      '  expect: { status: [200, 204], json: { "[0].id": 1 } }'
    ].join('\n');
    const run = await smoke({ url: server.url, checks, samples: '5', concurrency: '2' });
    expect(run.code).toBe(0);
    expect(run.errors).toEqual([]);
    const r = report(run);
    expect(r).toMatchObject({ schema: 'phase-gates/smoke-report@1', target: `${server.url}/`, passed: true, message: null });
    expect(r.totals).toMatchObject({ requests: 15, failures: 0, errorRate: 0 });
    expect(r.totals.p95Ms).toBeGreaterThan(0);
    expect(r.checks.map((c: { name: string; passed: boolean; flaky: boolean; attempts: number }) => [c.name, c.passed, c.flaky, c.attempts])).toEqual([
      ['home', true, false, 1],
      ['health', true, false, 1],
      ['items', true, false, 1]
    ]);
    expect(r.checks[1].assertions.map((a: { type: string }) => a.type)).toEqual(['status', 'json $.status', 'json db.up', 'header content-type', 'max-latency-ms']);
    expect(server.hits.get('/healthz')).toBe(5);
    expect(run.outputs).toMatchObject({ passed: 'true', 'report-path': 'post-deploy/smoke-report.json', 'error-rate': '0', 'failed-checks': '[]' });
    expect(Number(run.outputs['p95-ms'])).toBe(r.totals.p95Ms);
    expect(run.summary).toMatch(/## Smoke test: ✅ passed/);
    expect(run.summary).toMatch(/\| health \| `GET http:\/\/127\.0\.0\.1:\d+\/healthz` \| ✅ pass <sub>5\/5<\/sub> \|/);
  });

  it('keeps connections alive: 40 samples over a handful of connections', async () => {
    const server = await startServer({ '/': ok() });
    const run = await smoke({ url: server.url, samples: '40', concurrency: '2' });
    expect(run.code).toBe(0);
    expect(report(run).totals.requests).toBe(40);
    // A request dispatched the instant the previous body ends may find its socket not yet idle
    // and open another one: a few connections, never one per request.
    expect(server.connections).toBeLessThanOrEqual(6);
  });

  it('reports a check that fails and then passes as flaky, with a warning, and still passes', async () => {
    const server = await startServer({ '/': ok(), '/flaky': flaky(1) });
    const run = await smoke({ url: server.url, checks: '- { name: home, path: / }\n- { name: warm, path: /flaky }' });
    expect(run.code).toBe(0);
    const warm = report(run).checks[1];
    expect(warm).toMatchObject({ name: 'warm', passed: true, flaky: true, attempts: 2, status: 200 });
    expect(run.warnings.map(commandMessage)).toEqual(['check warm is flaky: it passed only after a retry (2 attempts)']);
    expect(run.summary).toContain('⚠️ flaky');
  });

  it('waits for a target that is not ready yet (503 for 700 ms after the first request, then 200)', async () => {
    let firstHit = 0;
    const server = await startServer({
      '/': (req, res) => {
        firstHit ||= Date.now();
        if (Date.now() - firstHit < 700) ok('starting', 0, 503)(req, res);
        else ok()(req, res);
      }
    });
    const run = await smoke({ url: server.url, 'wait-for-ready': '10', 'retry-delay-ms': '100' });
    expect(run.code).toBe(0);
    const r = report(run);
    expect(r.readiness).toMatchObject({ ready: true, lastError: null });
    expect(r.readiness.polls).toBeGreaterThanOrEqual(3);
    expect(r.readiness.waitedMs).toBeGreaterThanOrEqual(600);
    expect(run.stdout).toMatch(/Ready after \d+\.\d s \(\d+ polls\)/);
    // Polls are not measured: the report counts only the samples.
    expect(r.totals.requests).toBe(3);
  });

  it('monitors after passing and logs progress', async () => {
    const server = await startServer({ '/': ok() });
    const run = await smoke({ url: server.url, 'monitor-seconds': '2', samples: '2' });
    expect(run.code).toBe(0);
    const r = report(run);
    expect(r.monitoring).toMatchObject({ seconds: 2, failures: 0, breach: null });
    expect(r.monitoring.rounds).toBeGreaterThanOrEqual(2);
    expect(r.totals.requests).toBe(2 + r.monitoring.rounds);
    expect(run.stdout).toMatch(/monitor \d\/2 s: \d+ rounds?, \d+ requests, 0 failed, p95/);
  });

  it('goes through the proxy of the environment, but not for loopback targets', async () => {
    const behind = await startServer({ '*': ok({ status: 'ok', via: 'proxy' }) });
    const proxy = await startProxy(behind);
    const direct = await startServer({ '/': ok() });
    const run = await smoke(
      { url: 'http://smoke-target.test/app', checks: `- { name: remote, path: /healthz, expect: { json: { via: proxy } } }\n- { name: local, url: "${direct.url}/" }` },
      { env: { HTTP_PROXY: proxy.url, NO_PROXY: 'example.org' } }
    );
    expect(run.code).toBe(0);
    // undici tunnels through CONNECT, once per kept-alive connection.
    expect(proxy.seen.length).toBeGreaterThanOrEqual(1);
    expect(new Set(proxy.seen)).toEqual(new Set(['CONNECT smoke-target.test:80']));
    expect(behind.requests.map((r) => r.url)).toEqual(['/app/healthz', '/app/healthz', '/app/healthz']);
    expect(direct.hits.get('/')).toBe(3);
  });

  it('gives up on a proxy that never answers within timeout-ms', async () => {
    const silent = await startSilent();
    const run = await smoke({ url: 'http://smoke-target.test/', 'timeout-ms': '300' }, { env: { http_proxy: silent.url } });
    expect(run.code).toBe(1);
    expect(commandMessage(run.errors[0])).toMatch(/no response within 300 ms \(timeout-ms\) from smoke-target\.test/);
    // Against a hang, and under what an ignored timeout-ms would take (two attempts of the default 5000 ms).
    expect(run.ms).toBeLessThan(2 * SMOKE_DEFAULTS['timeout-ms']);
  });

  itWith('openssl')('trusts a private CA through NODE_EXTRA_CA_CERTS (a certificate made by openssl)', async () => {
    const tls = selfSignedCert();
    try {
      const server = await startServer({ '/': ok() }, { tls });
      const run = await smoke({ url: server.url }, { env: { NODE_EXTRA_CA_CERTS: tls.certFile } });
      expect(run.code).toBe(0);
    } finally {
      tls.cleanup();
    }
  });

  it('masks credentials from headers and URLs in the report, summary, outputs and log', async () => {
    const server = await startServer({ '/': ok(), '/private': (req, res) => (req.headers.authorization === 'Bearer tok-SECRET-123' ? ok()(req, res) : ok('no', 0, 401)(req, res)) });
    const checks = '- name: private\n  path: /private?api_key=QUERY-SECRET-9\n  headers: { Authorization: "Bearer tok-SECRET-123", X-Session: "cookie-SECRET-77" }\n  expect: { status: 503 }';
    const run = await smoke({ url: server.url.replace('://', '://deployer:URL-SECRET-5@'), checks, samples: '1', retries: '0' });
    expect(run.code).toBe(1);
    const secrets = ['tok-SECRET-123', 'QUERY-SECRET-9', 'cookie-SECRET-77', 'URL-SECRET-5'];
    const written = readFileSync(path.join(run.ws, 'post-deploy/smoke-report.json'), 'utf8');
    const printed = run.stdout.split('\n').filter((l) => !l.startsWith('::add-mask::')).join('\n');
    for (const s of secrets) {
      expect(run.stdout).toContain(`::add-mask::${s}`);
      for (const text of [written, run.summary, printed, run.stderr, JSON.stringify(run.outputs)]) expect(text).not.toContain(s);
    }
    expect(report(run).checks[0].url).toMatch(/^http:\/\/\*\*\*@127\.0\.0\.1:\d+\/private\?api_key=\*\*\*$/);
  });
});

describe('smoke-test action: verdicts that fail', () => {
  it('fails a check whose status stays wrong, after its retries, and names it', async () => {
    const server = await startServer({ '/': ok(), '/api': ok('down', 0, 503) });
    const run = await smoke({ url: server.url, checks: '- { name: home, path: / }\n- { name: api, path: /api, expect: { status: 200 } }', retries: '2' });
    expectOneError(run, /^smoke test failed: api: expected status 200, got 503/);
    const r = report(run);
    expect(r.checks[1]).toMatchObject({ passed: false, attempts: 3, status: 503, error: 'expected status 200, got 503' });
    // The first sample failed after its retries: the other samples were not sent.
    expect(server.hits.get('/api')).toBe(3);
    expect(JSON.parse(run.outputs['failed-checks'])).toEqual([{ name: 'api', url: `${server.url}/api`, error: 'expected status 200, got 503' }]);
    expect(r.totals).toMatchObject({ requests: 4, failures: 1, errorRate: 0.25 });
    expect(run.outputs['error-rate']).toBe('25');
  });

  it('fails when p95 is over p95-ms, and when a check is over its max-latency-ms', async () => {
    const server = await startServer({ '/slow': ok({ status: 'ok' }, 120), '/': ok() });
    const run = await smoke({ url: server.url, checks: '- { name: slow, path: /slow, max-latency-ms: 60 }\n- { name: fast, path: / }', 'p95-ms': '50', samples: '2' });
    const message = expectOneError(run, /^smoke test failed: slow: slowest response [\d.]+ ms, over max-latency-ms 60; p95 [\d.]+ ms over p95-ms 50$/);
    expect(message).toBeTruthy();
    expect(report(run).totals.p95Ms).toBeGreaterThan(50);
  });

  it('tolerates failures within max-error-rate', async () => {
    let n = 0;
    const server = await startServer({ '/': (req, res) => (n++ % 4 === 3 ? ok('x', 0, 500)(req, res) : ok()(req, res)) });
    const run = await smoke({ url: server.url, samples: '8', concurrency: '1', retries: '0', 'max-error-rate': '30%' });
    expect(run.code).toBe(0);
    expect(report(run).totals).toMatchObject({ requests: 8, failures: 2, errorRate: 0.25 });
    expect(report(run).thresholds.maxErrorRate).toBe(0.3);
  });

  it('fails on a breach while monitoring', async () => {
    let n = 0;
    const server = await startServer({ '/': (req, res) => (++n > 3 ? ok('x', 0, 500)(req, res) : ok()(req, res)) });
    const run = await smoke({ url: server.url, samples: '2', retries: '0', 'monitor-seconds': '30' }, { timeoutMs: 45000 });
    expectOneError(run, /breach while monitoring: GET \/: expected status 2xx, got 500/);
    const r = report(run);
    expect(r.monitoring.breach).toMatch(/got 500/);
    // Monitoring ends at the breach (about 2 s in), well before its 30 s.
    expect(run.ms).toBeLessThan(20000);
  });

  it('posts the verdict as a deployment status', async () => {
    const github = await startGitHubServer(createGitHubState({ repos: { 'acme/shop': {} } }));
    try {
      const client = (await import('../support/github-client.js')).testClient(github);
      const { data: dep } = await client.rest.repos.createDeployment({ owner: 'acme', repo: 'shop', ref: 'main', environment: 'staging', auto_merge: false, required_contexts: [] });
      const id = (dep as { id: number }).id;
      const server = await startServer({ '/': ok('x', 0, 500) });
      const env = { ...githubEnv(github, 'acme/shop', '0123456789abcdef0123456789abcdef01234567'), GITHUB_RUN_ID: '99' };
      const run = await smoke({ url: server.url, 'deployment-id': String(id), token: DEFAULT_TOKEN, retries: '0' }, { env });
      expectOneError(run, /smoke test failed/);
      const statuses = github.repo('acme/shop').deploymentStatuses[id] as Array<Record<string, string>>;
      expect(statuses).toHaveLength(1);
      expect(statuses[0]).toMatchObject({ state: 'failure', environment_url: `${server.url}/`, log_url: 'https://github.com/acme/shop/actions/runs/99' });
      expect(statuses[0].description).toMatch(/^Smoke test failed: GET \/: expected status 2xx, got 500/);
      expect(report(run).deploymentId).toBe(String(id));

      const good = await startServer({ '/': ok() });
      const run2 = await smoke({ url: good.url, 'deployment-id': String(id), token: DEFAULT_TOKEN }, { env });
      expect(run2.code).toBe(0);
      expect(statuses.at(-1)).toMatchObject({ state: 'success' });
      github.assertNoContractErrors();
    } finally {
      await github.close();
    }
  });
});

describe('smoke-test action: cancelled as the runner cancels a step', () => {
  // The waits below run for a minute; a cancelled step ends in moments (process start-up aside).
  const PROMPT_MS = 5000;

  it('SIGINT while a request hangs: it stops at once, says so in one line and the summary, writes no report', async () => {
    const server = await startServer({ '/': never });
    const run = await smoke({ url: server.url, 'wait-for-ready': '60', 'timeout-ms': '60000' }, { signal: { when: /Waiting up to 60 s/, send: 'SIGINT' }, timeoutMs: 70000 });
    expectOneError(run, /^cancelled \(SIGINT\): the smoke test was stopped before a verdict; no report was written$/);
    expect(run.msAfterSignal).toBeLessThan(PROMPT_MS);
    expect(run.summary).toContain('⚠️ cancelled (SIGINT)');
    expect(() => report(run)).toThrow(/ENOENT/);
    expect(run.outputs).toEqual({});
  });

  it('SIGTERM between readiness polls (connection refused): it stops at once', async () => {
    const port = await freePort();
    const run = await smoke({ url: `http://127.0.0.1:${port}`, 'wait-for-ready': '60', 'retry-delay-ms': '2000' }, { signal: { when: /Waiting up to 60 s/, send: 'SIGTERM' }, timeoutMs: 70000 });
    expectOneError(run, /^cancelled \(SIGTERM\): the smoke test was stopped/);
    expect(run.msAfterSignal).toBeLessThan(PROMPT_MS);
  });
});

describe('smoke-test action: bad input fails clearly in bounded time', () => {
  // Against hangs, not a measure of speed (bench/ is): attempts × timeout plus the largest back-off,
  // plus 10 s for the start-up of a process on a loaded machine (each of these takes about 1 s).
  const bound = (timeoutMs: number, attempts: number, backoffMs: number) => timeoutMs * attempts + backoffMs + 10000;

  it('a refused connection', async () => {
    const port = await freePort();
    const run = await smoke({ url: `http://127.0.0.1:${port}` });
    expectOneError(run, new RegExp(`connection refused by 127\\.0\\.0\\.1:${port}`));
    expect(run.ms).toBeLessThan(bound(1000, 2, 20));
    expect(report(run).checks[0]).toMatchObject({ passed: false, attempts: 2, status: null });
  });

  it('a server that accepts and never answers', async () => {
    const server = await startServer({ '/': never });
    const run = await smoke({ url: server.url, 'timeout-ms': '300', 'retry-delay-ms': '50' });
    expectOneError(run, /no response within 300 ms \(timeout-ms\)/);
    expect(run.ms).toBeGreaterThanOrEqual(600);
    // Under what an ignored timeout-ms would take (two attempts of the default 5000 ms).
    expect(run.ms).toBeLessThan(Math.min(bound(300, 2, 50), 2 * SMOKE_DEFAULTS['timeout-ms']));
  });

  it('a redirect loop', async () => {
    const server = await startServer({ '/a': redirect('/b'), '/b': redirect('/a') });
    const run = await smoke({ url: server.url, checks: '- { name: loop, path: /a }' });
    expectOneError(run, /loop: redirect loop: http:\/\/127\.0\.0\.1:\d+\/a → http:\/\/127\.0\.0\.1:\d+\/b → http:\/\/127\.0\.0\.1:\d+\/a/);
    expect(run.ms).toBeLessThan(bound(1000, 2, 20));
  });

  it('a huge body', async () => {
    const server = await startServer({ '/': endless });
    const run = await smoke({ url: server.url, 'timeout-ms': '3000' });
    expectOneError(run, /response body larger than 8 MiB/);
    expect(run.ms).toBeLessThan(bound(3000, 2, 20));
  });

  itWith('openssl')('a TLS failure (a self-signed certificate made by openssl)', async () => {
    const tls = selfSignedCert();
    try {
      const server = await startServer({ '/': ok() }, { tls });
      const run = await smoke({ url: server.url });
      expectOneError(run, /TLS failure with 127\.0\.0\.1:\d+: .*self.signed certificate.*NODE_EXTRA_CA_CERTS/);
      expect(run.ms).toBeLessThan(bound(1000, 2, 20));
    } finally {
      tls.cleanup();
    }
  });

  it('a target that never becomes ready within wait-for-ready', async () => {
    const port = await freePort();
    const run = await smoke({ url: `http://127.0.0.1:${port}`, 'wait-for-ready': '1', 'retry-delay-ms': '100' });
    expectOneError(run, /not ready after 1 s \(wait-for-ready\): connection refused/);
    expect(run.ms).toBeLessThan(1000 + bound(1000, 1, 0));
    expect(report(run).readiness).toMatchObject({ ready: false });
  });

  it('bad checks YAML names the line', async () => {
    const run = await smoke({ url: 'http://127.0.0.1:9', checks: '- name: a\n  path: /\n- name: b\n  path: [unclosed' });
    expectOneError(run, /^checks: line 4: invalid YAML/);
  });

  it('a checks file names the file and line of each problem', async () => {
    const ws = makeWorkspace({ 'smoke/checks.yml': '- name: ok\n  path: /\n- name: bad\n  path: /x\n  expect: { status: 99 }\n  methd: GET\n' });
    const run = await smoke({ url: 'http://127.0.0.1:9', checks: 'smoke/checks.yml' }, { ws });
    expect(run.code).toBe(1);
    expect(run.errors.map(commandMessage)).toEqual([
      'checks: smoke/checks.yml:6: check "bad": unknown key "methd" (known: name, path, url, method, headers, body, expect, max-latency-ms)',
      'checks: smoke/checks.yml:5: check "bad": expect.status: 99 is not a status (a code such as 200, a class such as 2xx, or a list of them)'
    ]);
  });

  it('a 1 MB checks file: refused by its node count at the line, in bounded time and memory', async () => {
    // Parsed, it took 5.7 s and 260 MB here before "more than 200 checks".
    const ws = makeWorkspace({ 'checks.yml': '- { name: c, path: / }\n'.repeat(45_000) });
    const run = await runAction('smoke-test', { workspace: ws, inputs: { ...FAST, url: 'http://127.0.0.1:9', checks: 'checks.yml' }, measure: true, timeoutMs: 60_000 });
    expectOneError(run, /^checks: checks.yml:8334: a checks list of more than 50,000 YAML nodes; not parsed$/);
    expect(run.ms).toBeLessThan(10_000);
    expect(run.maxRssMb!).toBeLessThan(300);
  });

  it('an invalid regular expression, before any request', async () => {
    const server = await startServer({ '/': ok() });
    const run = await smoke({ url: server.url, checks: '- name: home\n  path: /\n  expect:\n    body-matches: "(unclosed"' });
    expectOneError(run, /^checks: line 4: check "home": body-matches "\(unclosed": invalid regular expression: .*Unterminated group/);
    expect(server.hits.size).toBe(0);
  });

  it('bad numbers, a bad URL and a report path outside the workspace, all at once', async () => {
    const run = await smoke({ url: 'ftp://example.com', samples: 'many', 'max-error-rate': '150%', 'report-path': '../out.json' });
    expect(run.code).toBe(1);
    expect(run.errors.map(commandMessage)).toEqual([
      'url: only http:// and https:// URLs are checked, not ftp:',
      'samples: "many" is not a whole number from 1 to 10000',
      'max-error-rate: "150%" is not a percentage from 0% to 100% (e.g. 0% or 1.5%)',
      'report-path: path escapes the workspace: ../out.json'
    ]);
  });

  it('the report path is written atomically where asked', async () => {
    const server = await startServer({ '/': ok() });
    const ws = makeWorkspace();
    mkdirSync(path.join(ws, 'out'));
    writeFileSync(path.join(ws, 'out/smoke.json'), 'old');
    const run = await smoke({ url: server.url, 'report-path': 'out/smoke.json', samples: '1' }, { ws });
    expect(run.code).toBe(0);
    expect(report(run, 'out/smoke.json').passed).toBe(true);
    expect(run.outputs['report-path']).toBe('out/smoke.json');
  });
});
