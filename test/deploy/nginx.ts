/**
 * nginx from Debian, started by the tests on loopback as the router of blue-green and canary: a
 * prefix directory with examples/app/nginx.conf filled in, which includes the upstream.conf that
 * examples/app/deploy.sh writes (see that file).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where Debian installs it; `.ci/run` installs nginx-light. */
export const NGINX = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((p) => existsSync(p)) ?? 'nginx';

export interface Nginx {
  prefix: string;
  port: number;
  url: string;
  /** The pids of the master's worker processes (a reload replaces them). */
  workers(): number[];
  /** Stops the master and its workers (bounded). */
  stop(): void;
}

/** examples/app/nginx.conf, the configuration deploy.sh expects, filled in. */
export function nginxConf(prefix: string, port: number): string {
  const template = readFileSync(fileURLToPath(new URL('../../examples/app/nginx.conf', import.meta.url)), 'utf8');
  return template
    .replaceAll('@USER@', process.getuid?.() === 0 ? 'user root;' : '')
    .replaceAll('@PREFIX@', prefix)
    .replaceAll('@PORT@', String(port));
}

/** Starts nginx on 127.0.0.1:port with no route yet (502 until deploy.sh writes one). */
export function startNginx(port: number): Nginx {
  const prefix = mkdtempSync(path.join(tmpdir(), 'phase-gates-nginx-'));
  mkdirSync(path.join(prefix, 'tmp'));
  writeFileSync(path.join(prefix, 'nginx.conf'), nginxConf(prefix, port));
  writeFileSync(path.join(prefix, 'upstream.conf'), 'upstream app { server 127.0.0.1:9 down; }\n');
  execFileSync(NGINX, ['-e', path.join(prefix, 'error.log'), '-p', prefix, '-c', path.join(prefix, 'nginx.conf')], { stdio: 'pipe', timeout: 10_000 });
  return {
    prefix,
    port,
    url: `http://127.0.0.1:${port}`,
    workers() {
      const master = readFileSync(path.join(prefix, 'nginx.pid'), 'utf8').trim();
      const pids: number[] = [];
      for (const entry of readdirSync('/proc').filter((n) => /^\d+$/.test(n))) {
        try {
          // Fields after the command name (which may hold spaces): state, ppid, ...
          const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
          const [state, ppid] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
          if (ppid === master && state !== 'Z') pids.push(Number(entry));
        } catch {
          // Gone while listing.
        }
      }
      return pids.sort((a, b) => a - b);
    },
    stop() {
      const pidFile = path.join(prefix, 'nginx.pid');
      if (existsSync(pidFile)) {
        const pid = Number(readFileSync(pidFile, 'utf8'));
        try {
          process.kill(pid, 'SIGTERM');
        } catch {
          // Gone already.
        }
        // Bounded wait for the master to go (its workers go with it).
        for (let i = 0; i < 50; i++) {
          try {
            process.kill(pid, 0);
          } catch {
            break;
          }
          spawnSync('sleep', ['0.1']);
        }
      }
      rmSync(prefix, { recursive: true, force: true });
    }
  };
}
