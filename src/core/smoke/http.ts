/**
 * The HTTP client of smoke-test, over undici 6 (Node's own HTTP client; undici 7+ needs Node 22):
 * connections kept alive between samples, one deadline per request covering connect, redirects and
 * body, a bounded number of redirects with loop detection, proxies from the environment as the
 * runner sets them, and bodies read up to a limit. Every failure becomes one line a user can act
 * on; nothing here throws for a network problem.
 *
 * Internal to smoke-test.
 */
import { Agent, EnvHttpProxyAgent, request, type Dispatcher } from 'undici';
import { Cancelled, signalName } from '../cancel.js';
import { isSecretName } from '../secrets.js';

/** Redirects followed before a request fails (browsers allow 20; a smoke target needs few). */
export const MAX_REDIRECTS = 10;
/** Largest response body read; a larger one fails the request rather than exhaust memory. */
export const MAX_BODY_BYTES = 8 * 1024 * 1024;

/**
 * How redirects are followed (the `follow-redirects` input). `same-origin` follows a redirect only
 * to the same scheme, host and port, and fails the request naming the other origin; `any` follows
 * every redirect but drops the credentials on a hop to another origin; `none` returns the 3xx.
 */
export const REDIRECT_MODES = ['same-origin', 'any', 'none'] as const;
export type RedirectMode = (typeof REDIRECT_MODES)[number];
/**
 * The default: a smoke test verifies the deployment it was given, and nothing a check sends (a
 * token in a header whose name says nothing, say) reaches another origin unless the user says so.
 */
export const DEFAULT_REDIRECT_MODE: RedirectMode = 'same-origin';

/**
 * Whether a request header carries a credential, which is never sent to another origin after a
 * redirect (as curl and browsers do): Authorization, Proxy-Authorization, Cookie, the names whose
 * values smoke-test masks (`*token*`, `*secret*`, `*auth*`, `*session*`, X-Api-Key, …) and any
 * name with `key` in it (broader than masking: dropping a header costs nothing).
 */
export function isCredentialHeader(name: string): boolean {
  return isSecretName(name) || /key/i.test(name);
}

/** Options of {@link HttpClient}. */
export interface HttpClientOptions {
  /** Deadline of each request, redirects and body included, in ms. */
  timeoutMs: number;
  /** @default MAX_REDIRECTS */
  maxRedirects?: number;
  /** @default MAX_BODY_BYTES */
  maxBodyBytes?: number;
  /** Where HTTP_PROXY, HTTPS_PROXY and NO_PROXY (either case) are read. */
  env: Readonly<Record<string, string | undefined>>;
  /**
   * Whether a request header is a credential, dropped on a redirect to another origin; also given
   * its value (a header holding a secret the run knows is one, whatever its name).
   * @default {@link isCredentialHeader} of the name
   */
  isCredential?: (name: string, value: string) => boolean;
}

/** One request of a check. */
export interface HttpRequest {
  url: string;
  method: string;
  headers: Record<string, string>;
  body?: string;
  /** How 3xx answers are followed (`none` when the check expects a redirect itself). */
  redirects: RedirectMode;
}

/** Why a request failed before an HTTP answer could be judged. */
export type FailureKind = 'refused' | 'dns' | 'timeout' | 'tls' | 'reset' | 'redirect' | 'body-limit' | 'protocol' | 'network';

export type HttpResult =
  | {
      ok: true;
      status: number;
      /** Lower-case names; repeated headers joined with `, `. */
      headers: Record<string, string>;
      body: Buffer;
      /** The URL that answered, after redirects. */
      url: string;
      redirects: number;
      /** From sending the request to the last byte of the body, in ms. */
      latencyMs: number;
    }
  | { ok: false; kind: FailureKind; error: string; latencyMs: number };

const LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|\[?::1\]?)$/i;

/** Whether a host name is this machine's loopback (never reached through a proxy). */
export function isLoopbackHost(hostname: string): boolean {
  return LOOPBACK.test(hostname);
}

function proxySettings(env: Readonly<Record<string, string | undefined>>) {
  const pick = (name: string) => env[name.toLowerCase()]?.trim() || env[name.toUpperCase()]?.trim() || undefined;
  return { httpProxy: pick('http_proxy'), httpsProxy: pick('https_proxy'), noProxy: pick('no_proxy') ?? '' };
}

/** A keep-alive HTTP client; {@link close} it when done so the process can exit. */
export class HttpClient {
  private readonly direct: Agent;
  private readonly proxied?: Dispatcher;
  private readonly timeoutMs: number;
  private readonly maxRedirects: number;
  private readonly maxBodyBytes: number;
  private readonly isCredential: (name: string, value: string) => boolean;

  constructor(options: HttpClientOptions) {
    this.timeoutMs = options.timeoutMs;
    this.isCredential = options.isCredential ?? ((name) => isCredentialHeader(name));
    this.maxRedirects = options.maxRedirects ?? MAX_REDIRECTS;
    this.maxBodyBytes = options.maxBodyBytes ?? MAX_BODY_BYTES;
    // undici's own timers are a second line behind the deadline of send(): they free the socket.
    const agentOptions = {
      connect: { timeout: options.timeoutMs },
      headersTimeout: options.timeoutMs,
      bodyTimeout: options.timeoutMs,
      keepAliveTimeout: 4_000
    };
    this.direct = new Agent(agentOptions);
    const proxy = proxySettings(options.env);
    if (proxy.httpProxy || proxy.httpsProxy) {
      // EnvHttpProxyAgent applies NO_PROXY as the runner and curl do; values come from the env given.
      this.proxied = new EnvHttpProxyAgent({ ...agentOptions, httpProxy: proxy.httpProxy, httpsProxy: proxy.httpsProxy, noProxy: proxy.noProxy });
    }
  }

  /** The dispatcher for a URL: loopback targets go direct (a proxy cannot reach this machine's loopback). */
  private dispatcherFor(url: URL): Dispatcher {
    return this.proxied && !isLoopbackHost(url.hostname) ? this.proxied : this.direct;
  }

  /**
   * Sends one request, following redirects; never throws for network problems. The deadline is
   * raced rather than left to undici's abort, which a proxy that never answers CONNECT ignores.
   */
  async send(req: HttpRequest, cancel?: AbortSignal): Promise<HttpResult> {
    const started = performance.now();
    const elapsed = () => performance.now() - started;
    const controller = new AbortController();
    const state = { timedOut: false, phase: 'connect' as 'connect' | 'body', host: new URL(req.url).host };
    let timer: NodeJS.Timeout | undefined;
    let onCancel: (() => void) | undefined;
    const deadline = new Promise<HttpResult>((resolve, reject) => {
      timer = setTimeout(() => {
        state.timedOut = true;
        controller.abort();
        const what = state.phase === 'body' ? 'response body not complete' : 'no response';
        resolve(this.fail('timeout', `${what} within ${this.timeoutMs} ms (timeout-ms) from ${state.host}`, elapsed()));
      }, this.timeoutMs);
      // Cancellation ends the request in flight at once, as an error rather than a result.
      onCancel = () => {
        controller.abort();
        reject(new Cancelled(signalName(cancel!), `request to ${state.host} stopped`));
      };
      if (cancel?.aborted) onCancel();
      else cancel?.addEventListener('abort', onCancel, { once: true });
    });
    try {
      return await Promise.race([this.exchange(req, controller.signal, state, elapsed), deadline]);
    } finally {
      clearTimeout(timer);
      if (onCancel) cancel?.removeEventListener('abort', onCancel);
    }
  }

  private async exchange(
    req: HttpRequest,
    signal: AbortSignal,
    state: { timedOut: boolean; phase: 'connect' | 'body'; host: string },
    elapsed: () => number
  ): Promise<HttpResult> {
    let url = new URL(req.url);
    let method = req.method;
    let body = req.body;
    let headers = { ...req.headers };
    const visited = [url.href];
    try {
      for (let redirects = 0; ; redirects++) {
        state.phase = 'connect';
        state.host = url.host;
        const res = await request(url, {
          method: method as Dispatcher.HttpMethod,
          headers,
          body,
          signal,
          dispatcher: this.dispatcherFor(url)
        });
        const location = res.headers.location;
        if (req.redirects !== 'none' && res.statusCode >= 300 && res.statusCode < 400 && res.statusCode !== 304 && location) {
          // The body of a redirect is not needed; draining it returns the connection to the pool.
          await res.body.dump({ limit: 64 * 1024 }).catch(() => undefined);
          const next = new URL(String(Array.isArray(location) ? location[0] : location), url);
          if (visited.includes(next.href)) {
            return this.fail('redirect', `redirect loop: ${[...visited.slice(visited.indexOf(next.href)), next.href].join(' → ')}`, elapsed());
          }
          if (redirects + 1 > this.maxRedirects) {
            return this.fail('redirect', `more than ${this.maxRedirects} redirects (last to ${next.href})`, elapsed());
          }
          if (next.protocol !== 'http:' && next.protocol !== 'https:') {
            return this.fail('redirect', `redirect to an unsupported URL: ${next.href}`, elapsed());
          }
          if (next.origin !== url.origin && req.redirects === 'same-origin') {
            // The origin alone: the rest of the URL may hold what the other site put in it.
            return this.fail(
              'redirect',
              `${res.statusCode} redirect from ${url.origin} to another origin, ${next.origin}, not followed (follow-redirects: same-origin; ` +
                'check that URL directly, or set follow-redirects: any to follow it without credentials)',
              elapsed()
            );
          }
          // As fetch does: 303 (and 301/302 after a POST) continue as GET without a body.
          if (res.statusCode === 303 || ((res.statusCode === 301 || res.statusCode === 302) && method === 'POST')) {
            if (method !== 'HEAD') method = 'GET';
            body = undefined;
            headers = Object.fromEntries(Object.entries(headers).filter(([k]) => !/^content-/i.test(k)));
          }
          // Credentials never go to another origin (scheme, host or port differ), as curl and
          // browsers do; nor back to the first one later, once the chain has left it.
          if (next.origin !== url.origin) {
            headers = Object.fromEntries(Object.entries(headers).filter(([k, v]) => !this.isCredential(k, v)));
          }
          visited.push(next.href);
          url = next;
          continue;
        }
        state.phase = 'body';
        const chunks: Buffer[] = [];
        let size = 0;
        for await (const chunk of res.body as AsyncIterable<Buffer>) {
          size += chunk.length;
          if (size > this.maxBodyBytes) {
            res.body.destroy();
            return this.fail('body-limit', `response body larger than ${formatBytes(this.maxBodyBytes)} (the limit of a smoke check)`, elapsed());
          }
          chunks.push(chunk);
        }
        const flat: Record<string, string> = {};
        for (const [k, v] of Object.entries(res.headers)) {
          if (v !== undefined) flat[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : String(v);
        }
        return { ok: true, status: res.statusCode, headers: flat, body: Buffer.concat(chunks), url: url.href, redirects, latencyMs: elapsed() };
      }
    } catch (err) {
      // After the deadline the race is already decided; this result is dropped.
      if (state.timedOut) return this.fail('timeout', 'timed out', elapsed());
      const { kind, message } = describeNetworkError(err, url);
      return this.fail(kind, message, elapsed());
    }
  }

  private fail(kind: FailureKind, error: string, latencyMs: number): HttpResult {
    return { ok: false, kind, error, latencyMs };
  }

  /**
   * Ends every connection. Destroyed rather than closed: close() would wait for a request the
   * deadline already gave up on (one stuck behind a silent proxy, say).
   */
  async close(): Promise<void> {
    await Promise.all([this.direct.destroy(), this.proxied?.destroy()].filter(Boolean));
  }
}

const TLS_CODES = /^(ERR_TLS_|ERR_SSL_|CERT_|DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT_IN_CHAIN|UNABLE_TO_|EPROTO$|HOSTNAME_MISMATCH)/;

/** One line for a network error, and what kind it is. */
export function describeNetworkError(err: unknown, url: URL): { kind: FailureKind; message: string } {
  const e = err as NodeJS.ErrnoException & { cause?: NodeJS.ErrnoException };
  // undici wraps some socket errors; the cause holds the system code.
  const code = e?.code && !String(e.code).startsWith('UND_ERR_SOCKET') ? e.code : (e?.cause?.code ?? e?.code);
  const host = url.host;
  const text = String(e?.message ?? err).split('\n')[0];
  switch (code) {
    case 'ECONNREFUSED':
      return { kind: 'refused', message: `connection refused by ${host} (nothing listens there)` };
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
    case 'EAI_NODATA':
    case 'EAI_NONAME':
      return { kind: 'dns', message: `host not found: ${url.hostname} (${code})` };
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
    case 'EADDRNOTAVAIL':
      return { kind: 'network', message: `${host} is unreachable (${code})` };
    case 'UND_ERR_CONNECT_TIMEOUT':
      return { kind: 'timeout', message: `could not connect to ${host} in time (timeout-ms)` };
    case 'UND_ERR_HEADERS_TIMEOUT':
    case 'UND_ERR_BODY_TIMEOUT':
      return { kind: 'timeout', message: `no complete response from ${host} in time (timeout-ms)` };
    case 'ECONNRESET':
    case 'EPIPE':
    case 'UND_ERR_SOCKET':
    case 'UND_ERR_CLOSED':
      return { kind: 'reset', message: `connection to ${host} closed before a complete response (${code})` };
    case 'UND_ERR_RES_CONTENT_LENGTH_MISMATCH':
      return { kind: 'protocol', message: `response from ${host} shorter than its content-length` };
  }
  if (code && TLS_CODES.test(code)) {
    return { kind: 'tls', message: `TLS failure with ${host}: ${text} (${code}; a private CA can be added with NODE_EXTRA_CA_CERTS)` };
  }
  if (code && /^HPE_/.test(code)) return { kind: 'protocol', message: `invalid HTTP response from ${host}: ${text} (${code})` };
  return { kind: 'network', message: `request to ${host} failed: ${text}${code ? ` (${code})` : ''}` };
}

/** `8 MiB`, `512 KiB`. */
export function formatBytes(n: number): string {
  if (n >= 1024 * 1024 && n % (1024 * 1024) === 0) return `${n / 1024 / 1024} MiB`;
  if (n >= 1024 && n % 1024 === 0) return `${n / 1024} KiB`;
  return `${n} bytes`;
}
