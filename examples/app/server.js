// The example app of phase-gates: a tiny HTTP server with no dependencies that serves its
// version on / and /health. deploy.sh starts it as a local process; the tests deploy it.
import fs from 'node:fs';
import http from 'node:http';

const version = process.env.APP_VERSION || 'unknown';
const port = Number(process.env.APP_PORT || 8080);
const host = process.env.APP_HOST || '127.0.0.1';
// A slot behind nginx also listens on a unix socket: deploy.sh switches traffic by pointing one
// symbolic link at a slot's socket, which needs no nginx reload (see deploy.sh).
const socket = process.env.APP_SOCKET || '';

// A release named in APP_BROKEN_VERSIONS fails at start, as a bad release does: tests use it to
// drive a real failed deploy and its rollback.
const broken = (process.env.APP_BROKEN_VERSIONS || '').split(',').map((s) => s.trim()).filter(Boolean);
if (broken.includes(version)) {
  console.error(`version ${version} cannot start: simulated bad release`);
  process.exit(1);
}

// A release named in APP_FAILING_VERSIONS starts and reports healthy, but answers / with 500: a
// bad release that only verification (verify-checks, the smoke test) catches.
const failing = (process.env.APP_FAILING_VERSIONS || '').split(',').map((s) => s.trim()).filter(Boolean).includes(version);

function handle(req, res) {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (url.pathname === '/health') {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ status: 'ok', version }));
    return;
  }
  if (url.pathname === '/' && failing) {
    res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
    res.end(`example app ${version}: internal error\n`);
    return;
  }
  if (url.pathname === '/') {
    res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' });
    res.end(`example app ${version}\n`);
    return;
  }
  res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
  res.end('not found\n');
}

const servers = [http.createServer(handle).listen(port, host, () => console.log(`example app ${version} listening on http://${host}:${port}`))];
if (socket) {
  // A socket file left by an earlier run of this slot (deploy.sh stops it first) would refuse the bind.
  fs.rmSync(socket, { force: true });
  servers.push(http.createServer(handle).listen(socket, () => console.log(`example app ${version} listening on ${socket}`)));
}
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    let open = servers.length;
    for (const s of servers) s.close(() => --open === 0 && process.exit(0));
  });
}
