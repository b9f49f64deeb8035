/**
 * The rehearsal, on a scratch database of the given server (`CREATE DATABASE phase_gates_<random>`,
 * dropped at the end whatever happens; no existing database is touched): the previous release's
 * migrations, then this release's up migrations (forward), their down migrations in reverse (the
 * rollback), and the up migrations again. Catalog snapshots are taken between the steps.
 *
 * Each migration runs as its tool runs it: in one transaction, unless it holds a statement that
 * PostgreSQL refuses in one (CREATE INDEX CONCURRENTLY) or manages its own (BEGIN … COMMIT);
 * then statement by statement.
 */
import { randomBytes } from 'node:crypto';
import type { Client, DatabaseError } from 'pg';
import type { Migration, MigrationSql } from './formats.js';
import { splitStatements, SqlSyntaxError, type Statement } from './statements.js';
import { differences, snapshot, type Snapshot } from './snapshot.js';

/** A migration that failed: the file, the line of the file, PostgreSQL's message. */
export class MigrationFailed extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly pgMessage: string
  ) {
    super(`${file}:${line}: ${pgMessage}`);
  }
}

/** The server could not be used (connection, CREATE DATABASE): why, in one line. */
export class ServerUnusable extends Error {}

/** Longest a statement may run in the rehearsal, and longest a connection attempt may wait. */
const STATEMENT_TIMEOUT = '5min';
const CONNECT_TIMEOUT_MS = 10_000;

function lineIn(text: string, index: number): number {
  let n = 0;
  for (let i = 0; i < index && i < text.length; i++) if (text.charCodeAt(i) === 10) n++;
  return n;
}

/** Runs one direction of a migration; throws MigrationFailed naming the file and line. */
export async function applySql(client: Client, m: MigrationSql, statements?: Statement[]): Promise<void> {
  let stmts: Statement[];
  try {
    stmts = statements ?? (await splitStatements(m.sql));
  } catch (err) {
    if (err instanceof SqlSyntaxError) throw new MigrationFailed(m.file, m.line + err.line - 1, err.message);
    throw err;
  }
  if (!stmts.length) return;
  const inTransaction = !stmts.some((s) => s.outsideTransaction || s.transactionControl);
  if (inTransaction) await client.query('BEGIN');
  for (const s of stmts) {
    try {
      await client.query(s.sql);
    } catch (err) {
      if (inTransaction) await client.query('ROLLBACK').catch(() => undefined);
      const e = err as DatabaseError;
      if (typeof e.severity !== 'string') throw err;
      // PostgreSQL's position: 1-based, in characters of the statement sent.
      const pos = Number(e.position);
      const line = pos > 0 ? m.line + s.startLine - 1 + lineIn(s.sql, pos - 1) : m.line + s.line - 1;
      throw new MigrationFailed(m.file, line, e.message);
    }
  }
  if (inTransaction) await client.query('COMMIT');
}

/** What the rehearsal found. */
export interface Rehearsal {
  /** PostgreSQL's version (`server_version`). */
  serverVersion: string;
  /** After the previous release's migrations. */
  before: Snapshot;
  /** After this release's forward. */
  forward: Snapshot;
  /** After the down migrations. */
  afterDown: Snapshot;
  /** After the second forward (not run when the down did not restore `before`). */
  again?: Snapshot;
}

/** Where the rehearsal stopped, when a migration failed (`step` names it for the message). */
export interface RehearsalStop {
  step: 'previous' | 'forward' | 'down' | 'forward again';
  failure: MigrationFailed;
  /** Snapshots taken before the failure. */
  before?: Snapshot;
}

export interface RehearsalPlan {
  url: string;
  previous: Migration[];
  current: Migration[];
  /** Parsed up statements of `current`, by file (parsed once, judged and run). */
  statements: Map<string, Statement[]>;
  /** Called once the previous release's schema is known, before this release runs. */
  onBefore?: (before: Snapshot) => void;
}

/** Connects to `url`, or to the database `database` of its server. */
async function connect(url: string, database?: string): Promise<Client> {
  const { default: pg } = await import('pg');
  let connectionString = url;
  if (database) {
    // The scratch database: in the URL itself (a connection string's database wins over `database`).
    const u = new URL(url);
    u.pathname = `/${database}`;
    connectionString = u.toString();
  }
  const client = new pg.Client({ connectionString, connectionTimeoutMillis: CONNECT_TIMEOUT_MS, application_name: 'phase-gates migrate-check' });
  // An error after connecting (the server going away) fails the query under way, not the process.
  client.on('error', () => undefined);
  await client.connect();
  return client;
}

/** Rehearses; returns the snapshots, or where a migration failed. Always drops the scratch database. */
export async function rehearse(plan: RehearsalPlan): Promise<Rehearsal | RehearsalStop> {
  let admin: Client;
  try {
    admin = await connect(plan.url);
  } catch (err) {
    throw new ServerUnusable(`cannot connect to the server of migrate-database-url: ${(err as Error).message}`);
  }
  const scratch = `phase_gates_${randomBytes(6).toString('hex')}`;
  let created = false;
  let client: Client | undefined;
  try {
    try {
      await admin.query(`CREATE DATABASE ${scratch}`);
      created = true;
    } catch (err) {
      throw new ServerUnusable(`cannot create a scratch database: ${(err as Error).message} (the role of migrate-database-url needs CREATEDB)`);
    }
    client = await connect(plan.url, scratch);
    // Never anywhere else: the migrations run only in the database just created.
    const current = (await client.query<{ db: string }>('SELECT current_database() AS db')).rows[0].db;
    if (current !== scratch) throw new ServerUnusable(`connected to ${current}, not the scratch database ${scratch}`);
    await client.query(`SET statement_timeout = '${STATEMENT_TIMEOUT}'`);
    const serverVersion = (await client.query<{ server_version: string }>('SHOW server_version')).rows[0].server_version.split(' ')[0];
    const run = async (step: RehearsalStop['step'], list: { sql: MigrationSql; statements?: Statement[] }[], before?: Snapshot): Promise<RehearsalStop | undefined> => {
      for (const item of list) {
        try {
          await applySql(client!, item.sql, item.statements);
        } catch (err) {
          if (err instanceof MigrationFailed) return { step, failure: err, before };
          throw err;
        }
      }
      return undefined;
    };
    const ups = plan.current.map((m) => ({ sql: m.up, statements: plan.statements.get(m.up.file) }));
    let stop = await run('previous', plan.previous.map((m) => ({ sql: m.up })));
    if (stop) return stop;
    const before = await snapshot(client);
    plan.onBefore?.(before);
    if ((stop = await run('forward', ups, before))) return stop;
    const forward = await snapshot(client);
    // A migration without a down runs none (its up changed nothing: the caller checked).
    const downs = [...plan.current].reverse().flatMap((m) => (m.down ? [{ sql: m.down }] : []));
    if ((stop = await run('down', downs, before))) return stop;
    const afterDown = await snapshot(client);
    // A down that left the schema elsewhere is the finding: forward again would fail on what it left.
    if (differences(before, afterDown).length) return { serverVersion, before, forward, afterDown };
    if ((stop = await run('forward again', ups, before))) return stop;
    const again = await snapshot(client);
    return { serverVersion, before, forward, afterDown, again };
  } finally {
    await client?.end().catch(() => undefined);
    if (created) {
      // FORCE ends any session still in it (PostgreSQL 13 and later).
      await admin.query(`DROP DATABASE IF EXISTS ${scratch} WITH (FORCE)`).catch(() => admin.query(`DROP DATABASE IF EXISTS ${scratch}`).catch(() => undefined));
    }
    await admin.end().catch(() => undefined);
  }
}
