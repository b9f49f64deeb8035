/**
 * nginx from Debian, started by the tests on loopback as the router of blue-green and canary: a
 * prefix directory with nginx.conf, which includes the upstream.conf that examples/app/deploy.sh
 * rewrites before `nginx -s reload`.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** Where Debian installs it; `.ci/run` installs nginx-light. */
export const NGINX = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((p) => existsSync(p)) ?? 'nginx';

export interface Nginx {
  prefix: string;
  port: number;
  url: string;
  /** Stops the master and its workers (bounded). */
  stop(): void;
}

function conf(prefix: string, port: number): string {
  const user = process.getuid?.() === 0 ? 'user root;\n' : '';
  const tmp = (name: string) => path.join(prefix, 'tmp', name);
  return `${user}daemon on;
worker_processes 1;
pid ${prefix}/nginx.pid;
error_log ${prefix}/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path ${tmp('body')};
  proxy_temp_path ${tmp('proxy')};
  fastcgi_temp_path ${tmp('fastcgi')};
  uwsgi_temp_path ${tmp('uwsgi')};
  scgi_temp_path ${tmp('scgi')};
  include ${prefix}/upstream.conf;
  server {
    listen 127.0.0.1:${port};
    location / {
      proxy_pass http://app;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
    }
  }
}
`;
}

/** Starts nginx on 127.0.0.1:port with no route yet (502 until deploy.sh writes one). */
export function startNginx(port: number): Nginx {
  const prefix = mkdtempSync(path.join(tmpdir(), 'phase-gates-nginx-'));
  mkdirSync(path.join(prefix, 'tmp'));
  writeFileSync(path.join(prefix, 'nginx.conf'), conf(prefix, port));
  writeFileSync(path.join(prefix, 'upstream.conf'), 'upstream app { server 127.0.0.1:9 down; }\n');
  execFileSync(NGINX, ['-e', path.join(prefix, 'error.log'), '-p', prefix, '-c', path.join(prefix, 'nginx.conf')], { stdio: 'pipe', timeout: 10_000 });
  return {
    prefix,
    port,
    url: `http://127.0.0.1:${port}`,
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
