// Helpers of the example app's tests: a free port, and the server started as deploy.sh starts it
// (every process started here is stopped when the test file ends).
import { after } from 'node:test';
import { spawn } from 'node:child_process';
import net from 'node:net';
import { fileURLToPath } from 'node:url';

export const server = fileURLToPath(new URL('../server.js', import.meta.url));
const started = [];
after(() => {
  for (const child of started) if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
});

/** Remembers a child process to stop when the test file ends. */
export function track(child) {
  started.push(child);
  return child;
}

export async function freePort() {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

/** Starts server.js as version `version` on a free port and waits (bounded) until it answers. */
export async function start(version, env = {}) {
  const port = await freePort();
  const child = track(spawn(process.execPath, [server], { env: { ...process.env, APP_VERSION: version, APP_PORT: String(port), ...env }, stdio: ['ignore', 'pipe', 'pipe'] }));
  const exited = new Promise((resolve) => child.once('exit', (code) => resolve(code)));
  for (let i = 0; i < 100; i++) {
    try {
      await fetch(`http://127.0.0.1:${port}/health`);
      break;
    } catch {
      if (child.exitCode !== null) break;
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  return { url: `http://127.0.0.1:${port}`, child, exited, stop: () => (child.kill('SIGTERM'), exited) };
}
