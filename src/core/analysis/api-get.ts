/**
 * One GET of a JSON HTTP API (Prometheus's, Alertmanager's) for the analysis providers, over
 * node:http / node:https rather than undici or Node's global `fetch`:
 * - nothing to load: node:http's parser is llhttp compiled into Node, while undici (and `fetch`,
 *   which is undici inside Node) decodes and compiles llhttp's WebAssembly on first use, the
 *   largest single cost of an action's start-up (src/host/runner-commands.ts); an analysis makes a
 *   few requests a minute, so keep-alive pools and HTTP/2 would buy nothing (no agent: one
 *   connection a request, none left open to keep the process alive);
 * - nothing added to the bundle (ncc), and the proxy from the environment stays in our hands:
 *   Node 20's `fetch` ignores HTTP(S)_PROXY, which Argo's client honours (Go's ProxyFromEnvironment).
 *
 * One deadline covers connect, proxy tunnel, headers and body; the body is read up to a bound;
 * every failure is one line naming the server (`Prometheus at http://… is unreachable: connect
 * ECONNREFUSED`). A cancelled run (the signal) is {@link Cancelled}.
 */
import http from 'node:http';
import https from 'node:https';
import tls from 'node:tls';
import { Cancelled, signalName } from '../cancel.js';
import { UserError } from '../errors.js';

/** Largest answer read (a range query over many series can be large; more is refused, not buffered). */
export const MAX_API_BODY_BYTES = 16 * 1024 * 1024;

export interface ApiGetOptions {
  /** What is asked, for messages: `Prometheus`, `Alertmanager`. */
  what: string;
  headers?: Record<string, string>;
  timeoutMs: number;
  signal: AbortSignal;
  /** Where HTTP_PROXY, HTTPS_PROXY and NO_PROXY (either case) are read; none: direct. */
  env?: Readonly<Record<string, string | undefined>>;
  /** @default MAX_API_BODY_BYTES */
  maxBytes?: number;
}

export interface ApiAnswer {
  status: number;
  contentType: string;
  body: string;
}

/** `16 MiB`, or `1024 bytes` below a MiB. */
const bytesText = (n: number) => (n >= 1024 * 1024 ? `${+(n / 1024 / 1024).toFixed(1)} MiB` : `${n} bytes`);

const LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|\[?::1\]?)$/i;

/** The proxy URL for `url` per the environment, as Go's ProxyFromEnvironment and curl read it; undefined: direct. */
export function proxyFor(url: URL, env: Readonly<Record<string, string | undefined>> | undefined): URL | undefined {
  if (!env || LOOPBACK.test(url.hostname)) return undefined;
  const pick = (name: string) => env[name.toLowerCase()]?.trim() || env[name.toUpperCase()]?.trim() || '';
  const proxy = pick(url.protocol === 'https:' ? 'https_proxy' : 'http_proxy');
  if (!proxy) return undefined;
  const host = url.hostname.toLowerCase();
  const port = url.port || (url.protocol === 'https:' ? '443' : '80');
  for (const raw of pick('no_proxy').split(/[\s,]+/)) {
    const entry = raw.toLowerCase();
    if (!entry) continue;
    if (entry === '*') return undefined;
    const [name, entryPort] = entry.startsWith('[') ? [entry.slice(0, entry.indexOf(']') + 1), entry.split(']:')[1]] : entry.split(':');
    if (entryPort && entryPort !== port) continue;
    const bare = name.replace(/^\*?\./, '');
    if (host === bare || host.endsWith(`.${bare}`)) return undefined;
  }
  try {
    return new URL(proxy.includes('://') ? proxy : `http://${proxy}`);
  } catch {
    throw new UserError(`the proxy ${proxy} from the environment is not a URL`);
  }
}

/** A system error's code and text, as `connect ECONNREFUSED` (no address: the message names the server). */
function describe(err: NodeJS.ErrnoException): string {
  if (err.code && err.syscall) return `${err.syscall} ${err.code}`;
  if (err.code) return `${err.code}${err.message && !err.message.includes(err.code) ? ` (${err.message})` : ''}`;
  return err.message;
}

/** GET `url`; the status and body (any status: the caller reads the API's own error). */
export function apiGet(url: URL, o: ApiGetOptions): Promise<ApiAnswer> {
  const where = `${o.what} at ${url.origin}`;
  const maxBytes = o.maxBytes ?? MAX_API_BODY_BYTES;
  if (o.signal.aborted) return Promise.reject(new Cancelled(signalName(o.signal), `asking ${where}`));
  return new Promise<ApiAnswer>((resolve, reject) => {
    const cleanups: Array<() => void> = [];
    let settled = false;
    const finish = (err: Error | undefined, answer?: ApiAnswer) => {
      if (settled) return;
      settled = true;
      for (const c of cleanups) c();
      if (err) reject(err);
      else resolve(answer as ApiAnswer);
    };
    const fail = (message: string) => finish(new UserError(`${where} ${message}`));

    const timer = setTimeout(() => fail(`did not answer within ${o.timeoutMs} ms`), o.timeoutMs);
    cleanups.push(() => clearTimeout(timer));
    const onAbort = () => finish(new Cancelled(signalName(o.signal), `asking ${where}`));
    o.signal.addEventListener('abort', onAbort, { once: true });
    cleanups.push(() => o.signal.removeEventListener('abort', onAbort));

    const headers: Record<string, string> = { accept: 'application/json', 'user-agent': 'phase-gates', ...o.headers };
    const onResponse = (res: http.IncomingMessage) => {
      const declared = Number(res.headers['content-length']);
      if (declared > maxBytes) {
        res.destroy();
        return fail(`answered ${declared} bytes, over the ${bytesText(maxBytes)} read`);
      }
      const chunks: Buffer[] = [];
      let size = 0;
      res.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > maxBytes) {
          res.destroy();
          fail(`answered more than ${bytesText(maxBytes)}, the most read`);
        } else chunks.push(chunk);
      });
      res.on('end', () =>
        finish(undefined, { status: res.statusCode ?? 0, contentType: String(res.headers['content-type'] ?? ''), body: Buffer.concat(chunks).toString('utf8') })
      );
      res.on('error', (err) => fail(`broke off its answer: ${describe(err)}`));
    };
    const onError = (err: NodeJS.ErrnoException) => fail(`is unreachable: ${describe(err)}`);

    let proxy: URL | undefined;
    try {
      proxy = proxyFor(url, o.env);
    } catch (err) {
      return finish(err as Error);
    }
    const proxyAuth = proxy?.username ? { 'proxy-authorization': `Basic ${Buffer.from(`${decodeURIComponent(proxy.username)}:${decodeURIComponent(proxy.password)}`).toString('base64')}` } : {};
    const lib = url.protocol === 'https:' ? https : http;
    let req: http.ClientRequest;
    if (!proxy) {
      req = lib.request(url, { method: 'GET', headers, agent: false }, onResponse);
    } else if (url.protocol === 'http:') {
      // A plain-HTTP proxy gets the absolute URL (RFC 9112 §3.2.2).
      req = http.request({ host: proxy.hostname, port: proxy.port || 80, agent: false, method: 'GET', path: url.href, headers: { ...headers, host: url.host, ...proxyAuth } }, onResponse);
    } else {
      // HTTPS through a tunnel: CONNECT, then TLS to the server over the proxy's socket.
      const authority = `${url.hostname}:${url.port || 443}`;
      req = http.request({ host: proxy.hostname, port: proxy.port || 80, agent: false, method: 'CONNECT', path: authority, headers: { host: authority, ...proxyAuth } });
      req.on('connect', (res: http.IncomingMessage, socket) => {
        if (res.statusCode !== 200) {
          socket.destroy();
          return fail(`is unreachable: the proxy ${proxy!.host} answered CONNECT with ${res.statusCode}`);
        }
        // No agent: Node uses createConnection only for a request without one.
        const inner = https.request(url, { method: 'GET', headers, createConnection: () => tls.connect({ socket, servername: url.hostname }) }, onResponse);
        inner.on('error', onError);
        cleanups.push(() => inner.destroy());
        inner.end();
      });
    }
    req.on('error', onError);
    cleanups.push(() => req.destroy());
    req.end();
  });
}

/** The JSON of an answer, or an error naming what came instead (an HTML login page, a proxy's text). */
export function parseJson(answer: ApiAnswer, where: string): unknown {
  try {
    return JSON.parse(answer.body) as unknown;
  } catch {
    const start = answer.body.trim().slice(0, 80).replace(/\s+/g, ' ');
    throw new UserError(
      `${where} answered ${answer.status} with ${answer.contentType || 'no content type'}, not JSON${start ? `: ${JSON.stringify(start)}` : ''}`
    );
  }
}
