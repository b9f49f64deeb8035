// The example app's own tests (node:test), run under c8 by the demo for a real coverage report:
// the server is started as the deploy starts it, and asked what a smoke test asks.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { start } from './support.js';

async function stop(app) {
  app.child.kill('SIGTERM');
  return app.exited;
}

test('serves its version on / and /health, 404 elsewhere, and stops on SIGTERM', async () => {
  const app = await start('v1.2.3');
  assert.equal(await (await fetch(app.url + '/')).text(), 'example app v1.2.3\n');
  assert.deepEqual(await (await fetch(app.url + '/health')).json(), { status: 'ok', version: 'v1.2.3' });
  assert.equal((await fetch(app.url + '/nope')).status, 404);
  assert.equal(await stop(app), 0);
});

test('a version in APP_FAILING_VERSIONS is healthy but answers / with 500', async () => {
  const app = await start('v9.0.0', { APP_FAILING_VERSIONS: 'v9.0.0' });
  assert.equal((await fetch(app.url + '/health')).status, 200);
  assert.equal((await fetch(app.url + '/')).status, 500);
  await stop(app);
});

test('a version in APP_BROKEN_VERSIONS exits at start', async () => {
  const app = await start('v6.6.6', { APP_BROKEN_VERSIONS: 'v6.6.6' });
  assert.equal(await app.exited, 1);
});

/** GET over a unix socket (fetch cannot). */
function getSocket(socketPath, urlPath) {
  return new Promise((resolve, reject) => {
    http
      .get({ socketPath, path: urlPath }, (res) => {
        let body = '';
        res.on('data', (c) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode, body }));
      })
      .on('error', reject);
  });
}

test('with APP_SOCKET it also serves on that unix socket, replacing a stale one, and removes it when stopped', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'example-app-'));
  const socket = path.join(dir, 'blue.sock');
  fs.writeFileSync(socket, 'left by an earlier run');
  const app = await start('v1.2.3', { APP_SOCKET: socket });
  let answer;
  for (let i = 0; i < 100 && !answer; i++) {
    answer = await getSocket(socket, '/').catch(() => new Promise((r) => setTimeout(() => r(undefined), 50)));
  }
  assert.deepEqual(answer, { status: 200, body: 'example app v1.2.3\n' });
  assert.equal(await (await fetch(app.url + '/')).text(), 'example app v1.2.3\n');
  assert.equal(await stop(app), 0);
  assert.equal(fs.existsSync(socket), false);
  fs.rmSync(dir, { recursive: true, force: true });
});
