/**
 * alertmanager.ts: the matcher syntax against Alertmanager's own test cases (its
 * pkg/labels/parse_test.go, kept as a fixture and read here), and fetchFiringAlerts against a real
 * Alertmanager 0.25 fed by a real Prometheus 2.42 whose alerting rule fires after an error burst.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import client from 'prom-client';
import { fetchFiringAlerts, formatMatcher, parseClassicMatchers, parseMatchers, type Matcher } from '../../src/core/analysis/alertmanager.js';
import { UserError } from '../../src/core/errors.js';
import { hasAlertmanager, hasPrometheus, startAlertmanager, startPrometheus, type RunningAlertmanager, type RunningPrometheus } from '../support/prometheus.js';
import { freePort } from '../smoke/servers.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const fixtures = path.join(here, '../fixtures/telemetry');

/** A Go string literal (raw or interpreted) → its value. */
function goString(lit: string): string {
  return lit.startsWith('`') ? lit.slice(1, -1) : (JSON.parse(lit) as string);
}
const GO_STRING = '(`[^`]*`|"(?:[^"\\\\]|\\\\.)*")';
const TYPES: Record<string, Matcher['type']> = { MatchEqual: '=', MatchNotEqual: '!=', MatchRegexp: '=~', MatchNotRegexp: '!~' };

type GoCase = { input: string; want?: Matcher[]; err?: string };

/**
 * The table of a Go test function: `file`'s text from `from` to `to`, cut into cases at `split`;
 * each case's `input`, its `errKey` string, and the matchers its `NewMatcher(…)` calls build.
 */
function goCases(file: string, from: string, to: string, split: RegExp, errKey: string): GoCase[] {
  const src = readFileSync(path.join(fixtures, 'alertmanager', file), 'utf8');
  const body = src.slice(src.indexOf(from), src.indexOf(to));
  return body
    .split(split)
    .slice(1)
    .map((block) => {
      // A case without `input:` is Go's zero value, the empty string.
      const input = goString(new RegExp(`input:\\s*${GO_STRING}`).exec(block)?.[1] ?? '""');
      const err = new RegExp(`${errKey}:\\s*${GO_STRING}`).exec(block);
      const want = [...block.matchAll(new RegExp(`NewMatcher\\((?:t, )?(?:labels\\.)?(\\w+), ${GO_STRING}, ${GO_STRING}\\)`, 'g'))].map((m) => ({
        name: goString(m[2]),
        type: TYPES[m[1]],
        value: goString(m[3])
      }));
      return err ? { input, err: goString(err[1]) } : { input, want };
    });
}

describe('parseMatchers: Alertmanager pkg/labels/parse_test.go', () => {
  const cases = goCases('labels-parse_test.go', 'func TestMatchers', 't.Run(tc.input', /\n\t\t\{\n/, 'err');
  it('reads every case of the Go test', () => {
    // 53 cases at alertmanager 68fb2d5, 15 of them errors; a parse of the fixture that lost some would pass less.
    expect(cases.length).toBe(53);
    expect(cases.filter((c) => c.err).length).toBe(15);
  });
  // The classic parser alone (Alertmanager 0.25): Alertmanager's own messages, word for word (its
  // regexp error is Go's, which re2js shares).
  it.each(cases.map((c) => [c.input, c] as const))('%s', (_input, c) => {
    if (c.err) expect(() => parseClassicMatchers(c.input)).toThrow(new Error(c.err));
    else expect(parseClassicMatchers(c.input)).toEqual(c.want);
  });
  // The default (fallback) parser keeps every classic result, and refuses every classic error as
  // a UserError naming the input, but one: a label name with a hyphen, which the UTF-8 parser reads.
  it.each(cases.map((c) => [c.input, c] as const))('fallback: %s', (_input, c) => {
    if (c.input === '{invalid-name = "valid label"}') {
      expect(parseMatchers(c.input, { input: 'm' })).toEqual([{ name: 'invalid-name', type: '=', value: 'valid label' }]);
    } else if (c.err) {
      let error: unknown;
      try {
        parseMatchers(c.input, { input: 'alert-matchers' });
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(UserError);
      expect((error as UserError).message).toBe(c.err);
      expect((error as UserError).input).toBe('alert-matchers');
    } else {
      expect(parseMatchers(c.input, { input: 'alert-matchers' })).toEqual(c.want);
    }
  });
});

describe('parseMatchers: Alertmanager matcher/parse/parse_test.go, as its default fallback parser reads them', () => {
  const cases = goCases('matcher-parse_test.go', 'func TestMatchers', 'func TestMatcher(', /\n\t\}, \{\n|\}\{\{\n/, 'error');
  it('reads every case of the Go test', () => {
    // 45 cases at alertmanager 68fb2d5, 11 of them errors of the UTF-8 parser.
    expect(cases.length).toBe(45);
    expect(cases.filter((c) => c.err).length).toBe(11);
  });
  it.each(cases.filter((c) => !c.err).map((c) => [c.input, c] as const))('valid: %s', (_input, c) => {
    expect(parseMatchers(c.input, { input: 'alert-matchers' })).toEqual(c.want);
  });
  // An input the UTF-8 parser refuses is read by the classic one when it can (Alertmanager warns and
  // keeps that), else refused with the classic parser's message (compat/parse.go).
  it.each(cases.filter((c) => c.err).map((c) => [c.input, c] as const))('refused by the UTF-8 parser: %s', (_input, c) => {
    let classic: Matcher[] | Error;
    try {
      classic = parseClassicMatchers(c.input);
    } catch (e) {
      classic = e as Error;
    }
    if (classic instanceof Error) expect(() => parseMatchers(c.input, { input: 'm' })).toThrow(classic.message);
    else expect(parseMatchers(c.input, { input: 'm' })).toEqual(classic);
  });
  it('quoted label names and Go escapes, which only the UTF-8 parser reads', () => {
    expect(parseMatchers('{"service"="shop", "env" =~ "prod\\\\d+"}', { input: 'm' })).toEqual([
      { name: 'service', type: '=', value: 'shop' },
      { name: 'env', type: '=~', value: 'prod\\d+' }
    ]);
    // Refused by both: the classic message.
    expect(() => parseMatchers('{"service"="shop" env="x"}', { input: 'm' })).toThrow('bad matcher format: "service"="shop" env="x"');
  });
});

describe('parseMatchers: inputs', () => {
  it('reads a list of strings, each a list, and names the input, file and line of a bad one', () => {
    expect(parseMatchers(['service=shop', '{env="production", severity=~"page|critical"}'], { input: 'alert-matchers' })).toEqual([
      { name: 'service', type: '=', value: 'shop' },
      { name: 'env', type: '=', value: 'production' },
      { name: 'severity', type: '=~', value: 'page|critical' }
    ]);
    let error: UserError | undefined;
    try {
      parseMatchers(['service=shop', 'env'], { input: 'alerts.matchers', file: '.github/analysis.yml', line: 12 });
    } catch (e) {
      error = e as UserError;
    }
    expect(error?.render()).toBe(
      'alerts.matchers: .github/analysis.yml:12: bad matcher format: env (matchers as Alertmanager writes them: service=shop, env!=dev, severity=~"page|critical")'
    );
  });
  it('formats a matcher so that the parser reads it back (quotes, backslashes, line feeds, commas)', () => {
    const m: Matcher = { name: 'quote', type: '!~', value: 'a "b", c\\d\ne' };
    expect(formatMatcher(m)).toBe('quote!~"a \\"b\\", c\\\\d\\ne"');
    expect(parseMatchers(formatMatcher(m), { input: 'x' })).toEqual([m]);
    const utf8: Matcher = { name: 'service name', type: '=', value: 'shop\t🙂' };
    expect(formatMatcher(utf8)).toBe('"service name"="shop\t🙂"');
    expect(parseMatchers(formatMatcher(utf8), { input: 'x' })).toEqual([utf8]);
  });
});

const both = hasPrometheus() && hasAlertmanager();
(both ? describe : describe.skip)('fetchFiringAlerts: prometheus and prometheus-alertmanager on loopback', () => {
  let am: RunningAlertmanager;
  let prom: RunningPrometheus;
  let app: http.Server;
  const registry = new client.Registry();
  const requests = new client.Counter({ name: 'http_requests_total', help: 'requests', labelNames: ['method', 'path', 'code'], registers: [registry] });
  const signal = new AbortController().signal;
  const shop = parseMatchers('service=shop,env=production', { input: 'alert-matchers' });

  beforeAll(async () => {
    registry.setDefaultLabels({ version: '1.4.0', slot: 'green' });
    requests.inc({ method: 'GET', path: '/', code: '200' }, 0);
    requests.inc({ method: 'GET', path: '/', code: '500' }, 0);
    app = http.createServer((req, res) => {
      void registry.metrics().then((text) => res.writeHead(200, { 'content-type': registry.contentType }).end(text));
    });
    await new Promise<void>((r) => app.listen(0, '127.0.0.1', r));
    am = await startAlertmanager({ config: readFileSync(path.join(fixtures, 'alertmanager.yml'), 'utf8') });
    prom = await startPrometheus({
      targets: [{ address: `127.0.0.1:${(app.address() as net.AddressInfo).port}`, labels: { env: 'production' } }],
      ruleFiles: [path.join(fixtures, 'shop-rules.yml')],
      alertmanagerUrl: am.url
    });
    await prom.waitForTargetsUp();
    // The burst: 20 % of requests fail, over HighErrorRatio's 5 %.
    requests.inc({ method: 'GET', path: '/', code: '200' }, 80);
    requests.inc({ method: 'GET', path: '/', code: '500' }, 20);
  }, 30_000);

  afterAll(async () => {
    await prom?.stop();
    await am?.stop();
    app?.closeAllConnections();
    await new Promise<void>((r) => (app ? app.close(() => r()) : r()));
  });

  /** Polls until `check` holds for the firing alerts, bounded. */
  async function until(matchers: Matcher[], check: (a: Awaited<ReturnType<typeof fetchFiringAlerts>>) => boolean, ms = 15_000) {
    const deadline = Date.now() + ms;
    let last = await fetchFiringAlerts(am.url, matchers, { timeoutMs: 2000, signal });
    while (!check(last) && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 250));
      last = await fetchFiringAlerts(am.url, matchers, { timeoutMs: 2000, signal });
    }
    return last;
  }

  it('returns the HighErrorRatio alert Prometheus fired, with its labels, summary and fingerprint', async () => {
    const firing = await until(shop, (a) => a.length > 0);
    expect(firing).toHaveLength(1);
    const [alert] = firing;
    expect(alert.name).toBe('HighErrorRatio');
    expect(alert.labels).toEqual({ alertname: 'HighErrorRatio', env: 'production', slot: 'green', service: 'shop', severity: 'page' });
    // The rule's template, rendered by Prometheus: 20 failed of 100.
    expect(alert.summary).toBe('Shop green slot in production answers 20% of requests with 5xx.');
    expect(alert.fingerprint).toMatch(/^[0-9a-f]{16}$/);
    expect(Number.isNaN(Date.parse(alert.startsAt))).toBe(false);
  }, 25_000);

  it('a matcher no alert meets: none returned', async () => {
    await until(shop, (a) => a.length > 0);
    expect(await fetchFiringAlerts(am.url, parseMatchers('service=shop,env=staging', { input: 'm' }), { timeoutMs: 2000, signal })).toEqual([]);
    expect(await fetchFiringAlerts(am.url, parseMatchers('service=shop,severity!~"page|critical"', { input: 'm' }), { timeoutMs: 2000, signal })).toEqual([]);
    expect((await fetchFiringAlerts(am.url, parseMatchers('{severity=~"pa.e"}', { input: 'm' }), { timeoutMs: 2000, signal })).map((a) => a.name)).toEqual(['HighErrorRatio']);
  }, 25_000);

  it('an inhibited alert is not returned (the fixture inhibits shop alerts while the same env is under maintenance)', async () => {
    const labels = { alertname: 'HighErrorRatio', service: 'shop', env: 'staging', slot: 'blue', severity: 'page' };
    await am.postAlerts([{ labels, annotations: { summary: 'staging errors' } }]);
    const staging: Matcher[] = [{ name: 'env', type: '=', value: 'staging' }];
    expect((await until(staging, (a) => a.length > 0)).map((a) => a.summary)).toEqual(['staging errors']);
    await am.postAlerts([{ labels: { alertname: 'ShopMaintenance', env: 'staging' } }]);
    const after = await until(staging, (a) => a.every((x) => x.name !== 'HighErrorRatio'));
    expect(after.map((a) => a.name)).toEqual(['ShopMaintenance']);
  }, 25_000);

  it('a silenced alert is not returned, and is again when the silence is expired', async () => {
    await until(shop, (a) => a.length > 0);
    const id = await am.silence([{ name: 'alertname', value: 'HighErrorRatio' }, { name: 'env', value: 'production' }]);
    expect(await until(shop, (a) => a.length === 0)).toEqual([]);
    const res = await fetch(`${am.url}/api/v2/silence/${id}`, { method: 'DELETE', signal: AbortSignal.timeout(2000) });
    expect(res.status).toBe(200);
    expect((await until(shop, (a) => a.length > 0)).map((a) => a.name)).toEqual(['HighErrorRatio']);
  }, 25_000);

  it('an unreachable Alertmanager and an address that is not a URL: one line each', async () => {
    const port = await freePort();
    await expect(fetchFiringAlerts(`http://127.0.0.1:${port}`, shop, { timeoutMs: 2000, signal })).rejects.toThrow(
      `Alertmanager at http://127.0.0.1:${port} is unreachable: connect ECONNREFUSED`
    );
    await expect(fetchFiringAlerts('alertmanager:9093', shop, { timeoutMs: 2000, signal })).rejects.toThrow('is not http(s)');
    // Prometheus is no Alertmanager: its 404 is named.
    await expect(fetchFiringAlerts(prom.url, shop, { timeoutMs: 2000, signal })).rejects.toThrow(`Alertmanager at ${prom.url} answered 404`);
  });
});
