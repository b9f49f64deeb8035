/**
 * A real PostgreSQL (Debian's, /usr/lib/postgresql/<major>/bin) for the migration tests: a cluster
 * initdb'd into a temporary directory, listening on 127.0.0.1 and a free port only (no Unix
 * socket), with a password for the `postgres` superuser. Started once per test file, stopped and
 * removed by `stop()`.
 *
 *   const pg = await startPostgres();
 *   afterAll(() => pg.stop());
 *   // pg.url: postgres://postgres:<password>@127.0.0.1:<port>/postgres
 *
 * We run as root and PostgreSQL refuses to: the server runs as the `postgres` user (runuser),
 * its directory owned by it. Where no PostgreSQL is installed, `hasPostgres()` is false and the
 * tests skip (`describe.skip`), as test/support/tools.ts does for other programs; `.ci/run`
 * installs Debian's `postgresql`.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import path from 'node:path';
import net from 'node:net';
import { freePort } from '../smoke/servers.js';

/** Bound of the wait for the server to accept connections (about 1 s here). */
const READY_TIMEOUT_MS = 20_000;
const OUTPUT_KEEP = 8192;

/** The bin directory of the newest PostgreSQL installed, or undefined. */
export function postgresBin(): string | undefined {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return undefined;
  const majors = readdirSync(root)
    .filter((d) => existsSync(path.join(root, d, 'bin', 'postgres')))
    .sort((a, b) => Number(b) - Number(a));
  return majors.length ? path.join(root, majors[0], 'bin') : undefined;
}

/** The uid and gid of the `postgres` user, when it exists (we run as root: the server must not). */
function postgresUser(): { uid: number; gid: number } | undefined {
  const r = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' });
  const g = spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' });
  if (r.status !== 0 || g.status !== 0) return undefined;
  return { uid: Number(r.stdout.trim()), gid: Number(g.stdout.trim()) };
}

const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;

export function hasPostgres(): boolean {
  return postgresBin() !== undefined && (!asRoot || postgresUser() !== undefined);
}

export interface RunningPostgres {
  /** `postgres://postgres:<password>@127.0.0.1:<port>/postgres`. */
  url: string;
  password: string;
  port: number;
  /** Databases of the server other than the templates and `postgres` (to check that scratch ones were dropped). */
  databases(): Promise<string[]>;
  /** Tables of the `postgres` database outside the system schemas (to check that it was not touched). */
  userTables(): Promise<string[]>;
  stop(): Promise<void>;
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms).unref());

/** Servers still running: killed when the test process exits however it ends. */
const running = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

/** Runs `program args` as the postgres user when we are root. */
function command(program: string, args: string[]): [string, string[]] {
  return asRoot ? ['runuser', ['-u', 'postgres', '--', program, ...args]] : [program, args];
}

/** Whether something accepts TCP connections on 127.0.0.1:port. */
function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = net.connect({ host: '127.0.0.1', port });
    s.once('connect', () => {
      s.destroy();
      resolve(true);
    });
    s.once('error', () => resolve(false));
    s.setTimeout(1000, () => {
      s.destroy();
      resolve(false);
    });
  });
}

export async function startPostgres(): Promise<RunningPostgres> {
  const bin = postgresBin();
  if (!bin) throw new Error('PostgreSQL is not installed (/usr/lib/postgresql/*/bin/postgres)');
  const dir = mkdtempSync(path.join(tmpdir(), 'pg-postgres-'));
  const data = path.join(dir, 'data');
  const password = randomBytes(12).toString('hex');
  const pwfile = path.join(dir, 'pw');
  writeFileSync(pwfile, `${password}\n`);
  if (asRoot) {
    const user = postgresUser()!;
    chownSync(dir, user.uid, user.gid);
    chownSync(pwfile, user.uid, user.gid);
  }
  chmodSync(dir, 0o700);
  const [initProgram, initArgs] = command(path.join(bin, 'initdb'), ['-D', data, '-U', 'postgres', '--pwfile', pwfile, '--auth=scram-sha-256', '-E', 'UTF8', '--locale=C.UTF-8', '--no-sync']);
  const init = spawnSync(initProgram, initArgs, { encoding: 'utf8', timeout: 60_000 });
  if (init.status !== 0) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`initdb failed (${init.status}):\n${init.stdout}${init.stderr}`);
  }
  const port = await freePort();
  // fsync off: a test cluster, thrown away after; no Unix socket (the directory may not be writable).
  const [program, args] = command(path.join(bin, 'postgres'), ['-D', data, '-h', '127.0.0.1', '-p', String(port), '-k', '', '-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off']);
  const child = spawn(program, args, { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
  running.add(child);
  let output = '';
  const keep = (d: Buffer) => (output = (output + d.toString('utf8')).slice(-OUTPUT_KEEP));
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  let exitCode: number | null | undefined;
  const exited = new Promise<void>((resolve) => {
    child.once('exit', (code) => {
      running.delete(child);
      exitCode = code;
      resolve();
    });
  });
  const url = `postgres://postgres:${password}@127.0.0.1:${port}/postgres`;

  const stop = async () => {
    if (exitCode === undefined) {
      // pg_ctl's fast shutdown: sessions are ended, the server exits (and runuser with it).
      const [stopProgram, stopArgs] = command(path.join(bin, 'pg_ctl'), ['stop', '-D', data, '-m', 'fast', '-t', '10']);
      spawnSync(stopProgram, stopArgs, { stdio: 'ignore', timeout: 15_000 });
      const done = await Promise.race([exited.then(() => true), sleep(5000).then(() => false)]);
      if (!done) {
        child.kill('SIGKILL');
        await Promise.race([exited, sleep(3000)]);
      }
    }
    rmSync(dir, { recursive: true, force: true });
  };

  const { default: pg } = await import('pg');
  const deadline = Date.now() + READY_TIMEOUT_MS;
  let ready = false;
  while (Date.now() < deadline && exitCode === undefined) {
    if (await listening(port)) {
      const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
      try {
        await client.connect();
        await client.query('SELECT 1');
        ready = true;
      } catch {
        // starting up
      } finally {
        await client.end().catch(() => undefined);
      }
      if (ready) break;
    }
    await sleep(100);
  }
  if (!ready) {
    const why = exitCode === undefined ? `not ready within ${READY_TIMEOUT_MS} ms` : `exited with ${exitCode}`;
    await stop();
    throw new Error(`postgres ${why}:\n${output}`);
  }

  /** The first column of a query's rows, on the `postgres` database. */
  const column = async (sql: string): Promise<string[]> => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      return (await client.query<{ name: string }>(sql)).rows.map((x) => x.name);
    } finally {
      await client.end();
    }
  };

  return {
    url,
    password,
    port,
    databases: () => column("SELECT datname AS name FROM pg_database WHERE NOT datistemplate AND datname <> 'postgres' ORDER BY 1"),
    userTables: () => column("SELECT schemaname || '.' || tablename AS name FROM pg_tables WHERE schemaname NOT IN ('pg_catalog', 'information_schema') ORDER BY 1"),
    stop
  };
}
