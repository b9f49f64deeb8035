// A small weighted HTTP router for the example app, for machines without nginx: it proxies each
// request to one of the ports listed in $APP_STATE/routes ("<port> <weight>" lines, written by
// deploy.sh), chosen by weight, and re-reads that file on SIGHUP as nginx does on reload. Requests
// in flight finish on the port they started on.
//
//   APP_ROUTER_PORT  port to listen on (default 8080)
//   APP_STATE        directory of the routes file and router.pid (default .example-app)
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';

const state = process.env.APP_STATE || '.example-app';
const routesFile = path.join(state, 'routes');
const port = Number(process.env.APP_ROUTER_PORT || 8080);
const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });

let routes = [];
function load() {
  try {
    routes = fs
      .readFileSync(routesFile, 'utf8')
      .split('\n')
      .map((line) => line.trim().split(/\s+/).map(Number))
      .filter(([p, w]) => p > 0 && w > 0)
      .map(([p, w]) => ({ port: p, weight: w }));
  } catch {
    routes = [];
  }
}

function pick() {
  const total = routes.reduce((sum, r) => sum + r.weight, 0);
  let n = Math.random() * total;
  for (const r of routes) if ((n -= r.weight) < 0) return r.port;
  return routes.at(-1)?.port;
}

load();
const server = http.createServer((req, res) => {
  const target = pick();
  if (!target) {
    res.writeHead(503, { 'content-type': 'text/plain' });
    res.end('no route\n');
    return;
  }
  const upstream = http.request({ host: '127.0.0.1', port: target, method: req.method, path: req.url, headers: req.headers, agent }, (up) => {
    res.writeHead(up.statusCode ?? 502, up.headers);
    up.pipe(res);
  });
  upstream.on('error', () => {
    if (!res.headersSent) res.writeHead(502, { 'content-type': 'text/plain' });
    res.end('bad gateway\n');
  });
  req.pipe(upstream);
});
server.keepAliveTimeout = 5000;
server.listen(port, '127.0.0.1', () => {
  fs.writeFileSync(path.join(state, 'router.pid'), String(process.pid));
  console.log(`router listening on http://127.0.0.1:${port}`);
});
process.on('SIGHUP', load);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => { server.close(() => process.exit(0)); server.closeAllConnections?.(); });
