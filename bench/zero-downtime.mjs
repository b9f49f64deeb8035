// Benchmark: failed requests under load through a release switch and back. phase-gates' blue-green
// (the bundled deploy action, provider command, examples/app/deploy.sh behind nginx: the switch
// repoints a link to the live slot's socket, no reload) against two peers on the same nginx, app
// and load:
//   reload   the common recipe: start the new slot, rewrite the upstream to its port (keep-alive
//            upstream connections) and `nginx -s reload`; back the same way.
//   direct   restart in place: stop v1, start v2 on the same address (deploy.sh without a slot,
//            what `strategy: direct` does); back the same way.
// Each run: autocannon, 8 keep-alive connections, from 0.5 s before the first switch (v1 → v2) to
// 0.5 s after the second (v2 → v1). A failed request is a connection error, a timeout or a non-2xx
// answer. Needs nginx (Debian's nginx-light); skipped without it.
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { freePort } from '../scripts/free-port.mjs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ROOT, actionEnv } from './lib.mjs';

const require = createRequire(import.meta.url);
const autocannon = require('autocannon');

const RUNS = 3;
const CONNECTIONS = 8;
const NGINX = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((p) => existsSync(p));
const SHA = '0123456789abcdef0123456789abcdef01234567';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** nginx on loopback with examples/app/nginx.conf filled in, as the tests start it. */
function startNginx(port) {
  const prefix = mkdtempSync(path.join(tmpdir(), 'pg-bench-nginx-'));
  mkdirSync(path.join(prefix, 'tmp'));
  const conf = readFileSync(path.join(ROOT, 'examples/app/nginx.conf'), 'utf8')
    .replaceAll('@USER@', process.getuid?.() === 0 ? 'user root;' : '')
    .replaceAll('@PREFIX@', prefix)
    .replaceAll('@PORT@', String(port));
  writeFileSync(path.join(prefix, 'nginx.conf'), conf);
  writeFileSync(path.join(prefix, 'upstream.conf'), 'upstream app { server 127.0.0.1:9 down; }\n');
  const args = ['-p', prefix, '-c', path.join(prefix, 'nginx.conf')];
  execFileSync(NGINX, ['-e', path.join(prefix, 'error.log'), ...args], { stdio: 'pipe', timeout: 10_000 });
  return {
    prefix,
    url: `http://127.0.0.1:${port}`,
    /** The peer's switch: a new upstream, tested, then a graceful reload. */
    reloadTo(upstream) {
      writeFileSync(path.join(prefix, 'upstream.conf'), `upstream app {\n  server ${upstream} max_fails=0;\n  keepalive 16;\n}\n`);
      execFileSync(NGINX, ['-t', '-q', ...args], { stdio: 'pipe', timeout: 10_000 });
      execFileSync(NGINX, [...args, '-s', 'reload'], { stdio: 'pipe', timeout: 10_000 });
    },
    stop() {
      try {
        process.kill(Number(readFileSync(path.join(prefix, 'nginx.pid'), 'utf8')), 'SIGTERM');
      } catch {
        // Gone already.
      }
    }
  };
}

/** A workspace with the example app as app/, and its state directory. */
function workspace() {
  const ws = mkdtempSync(path.join(tmpdir(), 'pg-bench-zd-'));
  cpSync(path.join(ROOT, 'examples/app'), path.join(ws, 'app'), { recursive: true, filter: (src) => !src.includes(`${path.sep}test`) });
  // server.js needs prom-client (its package.json's dependency): the repository's, as `npm ci` would install it.
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(ws, 'app', 'node_modules'), 'dir');
  return { ws, state: path.join(ws, 'state') };
}

function stopApps(state) {
  if (!existsSync(state)) return;
  for (const f of readdirSync(state).filter((n) => n.endsWith('.pid'))) {
    try {
      process.kill(Number(readFileSync(path.join(state, f), 'utf8')), 'SIGKILL');
    } catch {
      // Gone already.
    }
  }
}

/** Runs a command to its end (bounded); rejects on a non-zero exit with its output. */
function exec(cmd, args, options) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], timeout: 90_000, ...options });
    let out = '';
    child.stdout.on('data', (c) => (out += c));
    child.stderr.on('data', (c) => (out += c));
    child.on('close', (code) => (code === 0 ? resolve(out) : reject(new Error(`${path.basename(cmd)} ${args.join(' ')} exited ${code}:\n${out}`))));
  });
}

/** examples/app/deploy.sh with PHASE_GATES_* set as deploy sets them. */
function deploySh(ws, env, vars) {
  return exec(path.join(ws, 'app/deploy.sh'), [], { cwd: ws, env: { ...process.env, ...env, ...vars } });
}

/** Waits (bounded) until nginx serves the version. */
async function until(url, version) {
  for (let i = 0; i < 100; i++) {
    const body = await fetch(url + '/health').then((r) => r.text()).catch(() => '');
    if (body.includes(`"${version}"`)) return;
    await sleep(20);
  }
  throw new Error(`${url} does not serve ${version}`);
}

/** The three ways to switch: each sets v1 up (before the load), then switches to v2 and back. */
const METHODS = {
  'phase-gates blue-green': {
    async setup(c) {
      const env = { ...process.env, ...c.env, APP_ROUTER: 'nginx', APP_NGINX_PREFIX: c.nginx.prefix, APP_ROUTER_URL: c.nginx.url };
      c.action = (inputs) => {
        const all = { environment: 'production', 'require-gates': 'false', 'require-staging': 'false', 'freeze-windows': 'none', strategy: 'blue-green', run: './app/deploy.sh', 'rollback-run': './app/rollback.sh', 'environment-url': c.nginx.url, ...inputs };
        return exec(process.execPath, [path.join(ROOT, 'dist/deploy/index.js')], { cwd: c.ws, env: { ...env, ...actionEnv(c.ws, all), GITHUB_SHA: SHA } });
      };
      await c.action({ version: 'v1.0.0' });
    },
    async switches(c) {
      await c.action({ version: 'v2.0.0' });
      await c.action({ mode: 'rollback', version: '' });
    }
  },
  'reload (peer)': {
    async setup(c) {
      await deploySh(c.ws, c.env, { PHASE_GATES_VERSION: 'v1.0.0', PHASE_GATES_SLOT: 'blue', APP_ROUTER: 'none' });
      c.nginx.reloadTo(`127.0.0.1:${c.env.APP_BLUE_PORT}`);
      await until(c.nginx.url, 'v1.0.0');
    },
    async switches(c) {
      await deploySh(c.ws, c.env, { PHASE_GATES_VERSION: 'v2.0.0', PHASE_GATES_SLOT: 'green', APP_ROUTER: 'none' });
      c.nginx.reloadTo(`127.0.0.1:${c.env.APP_GREEN_PORT}`);
      await until(c.nginx.url, 'v2.0.0');
      c.nginx.reloadTo(`127.0.0.1:${c.env.APP_BLUE_PORT}`);
      await until(c.nginx.url, 'v1.0.0');
    }
  },
  'direct restart (peer)': {
    async setup(c) {
      await deploySh(c.ws, c.env, { PHASE_GATES_VERSION: 'v1.0.0' });
      c.nginx.reloadTo(`127.0.0.1:${c.env.APP_PORT}`);
      await until(c.nginx.url, 'v1.0.0');
    },
    async switches(c) {
      await deploySh(c.ws, c.env, { PHASE_GATES_VERSION: 'v2.0.0' });
      await until(c.nginx.url, 'v2.0.0');
      await deploySh(c.ws, c.env, { PHASE_GATES_VERSION: 'v1.0.0' });
      await until(c.nginx.url, 'v1.0.0');
    }
  }
};

async function once(method) {
  const { ws, state } = workspace();
  const [front, app, blue, green] = [await freePort(), await freePort(), await freePort(), await freePort()];
  const nginx = startNginx(front);
  const c = { ws, nginx, env: { APP_STATE: state, APP_PORT: String(app), APP_BLUE_PORT: String(blue), APP_GREEN_PORT: String(green) } };
  try {
    await method.setup(c);
    let finished;
    const done = new Promise((resolve) => (finished = resolve));
    const instance = autocannon({ url: nginx.url + '/', connections: CONNECTIONS, duration: 120 }, (err, result) => finished(err ?? result));
    await sleep(500);
    await method.switches(c);
    await sleep(500);
    instance.stop();
    const result = await done;
    if (result instanceof Error) throw result;
    return { requests: result.requests.total, failed: result.errors + result.non2xx, errors: result.errors, non2xx: result.non2xx, timeouts: result.timeouts, seconds: result.duration };
  } finally {
    stopApps(state);
    nginx.stop();
    rmSync(ws, { recursive: true, force: true });
  }
}

export async function run() {
  if (!NGINX) return { name: 'zero-downtime', skipped: 'nginx is not installed (apt-get install nginx-light)' };
  const runs = Object.fromEntries(Object.keys(METHODS).map((name) => [name, []]));
  // Alternating, so that a slower moment of the machine is shared.
  for (let i = 0; i < RUNS; i++) for (const [name, method] of Object.entries(METHODS)) runs[name].push(await once(method));
  const methods = {};
  for (const [name, list] of Object.entries(runs)) {
    const requests = list.reduce((s, r) => s + r.requests, 0);
    const failed = list.reduce((s, r) => s + r.failed, 0);
    methods[name] = { runs: list, requests, failed, failedPerSwitch: failed / (2 * list.length) };
  }
  return {
    name: 'zero-downtime',
    goal: 'phase-gates blue-green: 0 failed requests through every switch (issue 5)',
    load: `autocannon, ${CONNECTIONS} keep-alive connections through nginx, 2 switches a run, ${RUNS} runs each`,
    methods,
    met: methods['phase-gates blue-green'].failed === 0
  };
}
