/**
 * Real HTTP(S) servers on 127.0.0.1 for the smoke-test tests: slow, flaky, failing, not yet
 * ready, never answering, redirecting in a loop, streaming an endless body, TLS with a self-signed
 * certificate, and a forward proxy. Every server is tracked and closed with its connections.
 */
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export type Handler = (req: http.IncomingMessage, res: http.ServerResponse) => void;

export interface TestServer {
  url: string;
  port: number;
  /** Requests received, by path (query included). */
  hits: Map<string, number>;
  /** TCP connections accepted (to observe keep-alive). */
  connections: number;
  /** Requests as received (method, url, headers). */
  requests: Array<{ method: string; url: string; headers: http.IncomingHttpHeaders }>;
  close(): Promise<void>;
}

const open: Array<() => Promise<void>> = [];

function track(server: http.Server | https.Server | net.Server, sockets: Set<net.Socket>): () => Promise<void> {
  const close = () =>
    new Promise<void>((resolve) => {
      for (const s of sockets) s.destroy();
      server.close(() => resolve());
    });
  open.push(close);
  return close;
}

/** Closes every server started by this module (call in afterAll/afterEach). */
export async function closeAll(): Promise<void> {
  const all = open.splice(0);
  await Promise.all(all.map((c) => c()));
}

/** An HTTP server on 127.0.0.1 with a router of path → handler (query ignored for routing). */
export async function startServer(routes: Record<string, Handler>, options: { tls?: { key: Buffer; cert: Buffer }; port?: number } = {}): Promise<TestServer> {
  const sockets = new Set<net.Socket>();
  const hits = new Map<string, number>();
  const requests: TestServer['requests'] = [];
  const state = { connections: 0 };
  const handler: Handler = (req, res) => {
    const url = req.url ?? '/';
    hits.set(url, (hits.get(url) ?? 0) + 1);
    requests.push({ method: req.method ?? 'GET', url, headers: req.headers });
    const route = routes[url.split('?')[0]] ?? routes['*'];
    if (!route) {
      res.statusCode = 404;
      res.end('not found');
      return;
    }
    route(req, res);
  };
  const server = options.tls ? https.createServer({ key: options.tls.key, cert: options.tls.cert }, handler) : http.createServer(handler);
  server.on(options.tls ? 'secureConnection' : 'connection', () => state.connections++);
  server.on('connection', (s: net.Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const port = (server.address() as net.AddressInfo).port;
  const close = track(server, sockets);
  return {
    url: `${options.tls ? 'https' : 'http'}://127.0.0.1:${port}`,
    port,
    hits,
    get connections() {
      return state.connections;
    },
    requests,
    close
  };
}

/** A TCP server that accepts connections and never says a word (a dead proxy, a hung load balancer). */
export async function startSilent(): Promise<{ url: string; close(): Promise<void> }> {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${(server.address() as net.AddressInfo).port}`, close: track(server, sockets) };
}

/** A port that nothing listens on (bound then released). */
export async function freePort(): Promise<number> {
  const s = net.createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const port = (s.address() as net.AddressInfo).port;
  await new Promise<void>((r) => s.close(() => r()));
  return port;
}

/** Answers `body` (JSON when an object) after `delayMs`. */
export function ok(body: unknown = { status: 'ok' }, delayMs = 0, status = 200): Handler {
  return (_req, res) => {
    const send = () => {
      if (res.destroyed) return;
      res.statusCode = status;
      if (typeof body === 'string') res.setHeader('content-type', 'text/plain');
      else res.setHeader('content-type', 'application/json; charset=utf-8');
      res.end(typeof body === 'string' ? body : JSON.stringify(body));
    };
    if (delayMs > 0) setTimeout(send, delayMs);
    else send();
  };
}

/** Fails the first `failures` requests with 503, then answers 200. */
export function flaky(failures: number): Handler {
  let n = 0;
  return (req, res) => {
    if (n++ < failures) {
      res.statusCode = 503;
      res.end('warming up');
    } else ok()(req, res);
  };
}

/** Accepts the request and never answers. */
export const never: Handler = () => undefined;

/** Streams an endless body until the client goes away. */
export const endless: Handler = (_req, res) => {
  res.setHeader('content-type', 'application/octet-stream');
  const chunk = Buffer.alloc(64 * 1024, 0x61);
  const pump = () => {
    while (!res.destroyed && res.write(chunk));
    if (!res.destroyed) res.once('drain', pump);
  };
  res.on('close', () => res.removeAllListeners('drain'));
  pump();
};

/** Redirects to `to`. */
export function redirect(to: string, status = 302): Handler {
  return (_req, res) => {
    res.statusCode = status;
    res.setHeader('location', to);
    res.end();
  };
}

/** A self-signed certificate for 127.0.0.1, made by openssl (tests that use it run with `itWith('openssl')`). */
export function selfSignedCert(): { key: Buffer; cert: Buffer; certFile: string; cleanup(): void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'pg-tls-'));
  const keyFile = path.join(dir, 'key.pem');
  const certFile = path.join(dir, 'cert.pem');
  try {
    execFileSync(
      'openssl',
      ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', keyFile, '-out', certFile, '-days', '1', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1'],
      { stdio: 'pipe' }
    );
  } catch (err) {
    rmSync(dir, { recursive: true, force: true });
    throw err;
  }
  return { key: readFileSync(keyFile), cert: readFileSync(certFile), certFile, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * A forward proxy on 127.0.0.1, as a runner's HTTP_PROXY would be: it tunnels CONNECT (how undici
 * sends every proxied request) and serves absolute-form requests, always to `target`, so the host
 * asked for need not exist. It records the authorities and URLs it was asked for.
 */
export async function startProxy(target: TestServer): Promise<{ url: string; seen: string[]; close(): Promise<void> }> {
  const seen: string[] = [];
  const sockets = new Set<net.Socket>();
  const server = http.createServer((req, res) => {
    seen.push(req.url ?? '');
    const upstream = http.request({ host: '127.0.0.1', port: target.port, method: req.method, path: new URL(req.url ?? '/').pathname, headers: req.headers }, (up) => {
      res.writeHead(up.statusCode ?? 502, up.headers);
      up.pipe(res);
    });
    req.pipe(upstream);
  });
  server.on('connect', (req: http.IncomingMessage, client: net.Socket) => {
    seen.push(`CONNECT ${req.url}`);
    sockets.add(client);
    const upstream = net.connect(target.port, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.pipe(client);
      client.pipe(upstream);
    });
    sockets.add(upstream);
    const end = () => {
      upstream.destroy();
      client.destroy();
    };
    upstream.on('error', end);
    client.on('error', end);
  });
  server.on('connection', (s: net.Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const close = track(server, sockets);
  return { url: `http://127.0.0.1:${(server.address() as net.AddressInfo).port}`, seen, close };
}
