/**
 * Hostile servers, seeded and bounded (issue 14): a loopback TCP server answers each of 2,000
 * requests with a mutation of a well-formed HTTP/1.1 answer of a health endpoint — status lines
 * and headers broken, Content-Length of 1e20 or -1, headers repeated thousands of times, JSON
 * nested thousands deep, tokens of 200 KB, the answer cut short — and the smoke test's own client
 * and judge read it. Each answer must give a result (an HTTP answer judged, or a failure of a known
 * kind with a message), never an exception, within the request deadline plus a margin and under
 * 300 MB more memory; a redirect to another origin must never receive the check's credentials.
 */
import net from 'node:net';
import { HttpClient, type HttpRequest } from '../../src/core/smoke/http.js';
import { judge } from '../../src/core/smoke/engine.js';
import { parseChecks } from '../../src/core/smoke/checks.js';
import { prng, mutateHostile, rssMb } from '../reports/fuzz-support.js';

const MUTANTS = 2000;
const TIMEOUT_MS = 2_000;
const LIMIT_MB = 300;

const BODY = JSON.stringify({ status: 'ok', version: 'v1.4.1', uptimeSeconds: 73512, checks: { db: { status: 'ok', latencyMs: 3 }, cache: { status: 'ok', latencyMs: 1 } } });
const BASE = [
  'HTTP/1.1 200 OK',
  'Content-Type: application/json; charset=utf-8',
  `Content-Length: ${Buffer.byteLength(BODY)}`,
  'Cache-Control: no-store',
  'X-Request-Id: 6f1c2a9e-3d4b-4c5d-9e8f-0a1b2c3d4e5f',
  'Connection: close',
  '',
  BODY
].join('\r\n');

describe('fuzz: hostile HTTP answers give a result within bounds', () => {
  let server: net.Server;
  let other: net.Server;
  let port = 0;
  let otherPort = 0;
  let next = '';
  const leaked: string[] = [];

  beforeAll(async () => {
    other = net.createServer((socket) => {
      socket.once('data', (data) => {
        const head = data.toString('latin1');
        if (/^(authorization|cookie|x-api-key):/im.test(head)) leaked.push(head.split('\r\n')[0]);
        socket.end('HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}');
      });
      socket.on('error', () => undefined);
    });
    server = net.createServer((socket) => {
      socket.on('error', () => undefined);
      socket.once('data', () => {
        socket.end(Buffer.from(next, 'latin1'));
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    await new Promise<void>((r) => other.listen(0, '127.0.0.1', () => r()));
    port = (server.address() as net.AddressInfo).port;
    otherPort = (other.address() as net.AddressInfo).port;
  });
  afterAll(async () => {
    await new Promise<void>((r) => server.close(() => r()));
    await new Promise<void>((r) => other.close(() => r()));
  });

  it(`${MUTANTS} mutated answers: a judged answer or a known failure, never an exception`, async () => {
    const check = parseChecks(
      ['- name: health', '  path: /healthz', '  headers: { Authorization: Bearer s3cr3t-t0ken, X-Api-Key: k3y-abc123, Cookie: session=abc }', '  expect:', '    status: 200', '    json: { $.status: ok }', "    body-matches: 'v[0-9]+\\.[0-9]+'", '    headers: { content-type: application/json }'].join('\n'),
      { input: 'checks' }
    )[0];
    const client = new HttpClient({ timeoutMs: TIMEOUT_MS, env: {} });
    const rand = prng(1414);
    const kinds = new Map<string, number>();
    let worstMs = 0;
    let worstMb = 0;
    for (let i = 0; i < MUTANTS; i++) {
      next = i % 10 === 9 ? `HTTP/1.1 302 Found\r\nLocation: http://127.0.0.1:${otherPort}/x\r\nContent-Length: 0\r\nConnection: close\r\n\r\n` : mutateHostile(BASE, rand);
      const req: HttpRequest = { url: `http://127.0.0.1:${port}/healthz`, method: 'GET', headers: { ...check.headers }, redirects: i % 20 === 9 ? 'any' : 'same-origin' };
      const before = rssMb();
      const started = performance.now();
      let result;
      try {
        result = await client.send(req);
      } catch (err) {
        throw new Error(`answer ${i}: the client threw: ${(err as Error).stack}\n${next.slice(0, 500)}`);
      }
      const outcome = judge(check, result);
      const ms = performance.now() - started;
      worstMs = Math.max(worstMs, ms);
      worstMb = Math.max(worstMb, rssMb() - before);
      if (ms > TIMEOUT_MS + 3_000) throw new Error(`answer ${i}: took ${Math.round(ms)} ms`);
      if (rssMb() - before > LIMIT_MB) throw new Error(`answer ${i}: grew resident memory by ${Math.round(rssMb() - before)} MB`);
      const kind = result.ok ? `answered ${outcome.passed ? 'passed' : 'failed'}` : result.kind;
      kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
      if (!result.ok) expect(result.error).toMatch(/\S/);
      if (result.ok) expect(typeof outcome.passed).toBe('boolean');
    }
    // The unmutated answer passes; plain mutations fail their assertions or the transport, named.
    expect(leaked).toEqual([]);
    expect(kinds.get('answered passed')).toBeGreaterThan(0);
    console.log(`hostile servers: ${MUTANTS} answers, ${[...kinds].map(([k, n]) => `${n} ${k}`).join(', ')}; worst ${Math.round(worstMs)} ms, +${Math.round(worstMb)} MB; credentials sent to the other origin: ${leaked.length}`);
  }, 600_000);
});
