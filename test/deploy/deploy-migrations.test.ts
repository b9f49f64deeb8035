/**
 * migrate-check (issue 18, point 5) through the deploy command, on a real PostgreSQL started on
 * loopback: real migration directories (golang-migrate's and dbmate's own, test/fixtures/migrations)
 * are rehearsed forward, down and forward again on a scratch database; a destructive statement, a
 * down that does not restore the schema, a migration failing half-way and an expand-contract break
 * each refuse the deploy with nothing run and nothing recorded.
 *
 * Releases are commits of a git workspace: the ledger records each deployment's commit, and the
 * next deploy's "this release's migrations" are those not in that commit's tree.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, truncateSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { runDeploy, type DeployResult } from '../../src/core/commands/deploy.js';
import { UserError } from '../../src/core/errors.js';
import { MAX_MIGRATION_BYTES, readMigrations } from '../../src/core/deploy/migrations/formats.js';
import { RecordingHost } from '../validate/host.js';
import { hasPostgres, startPostgres, type RunningPostgres } from '../support/postgres.js';
import { deployWorkspace, ledger, ran } from './support.js';

const FIXTURES = path.resolve('test/fixtures/migrations');
const DIR = 'db/migrations';

/** Copies fixture files (all of `set`, or those whose name starts with one of `only`) into the workspace's migrations directory. */
function copyFixtures(ws: string, set: string, only?: string[]): void {
  mkdirSync(path.join(ws, DIR), { recursive: true });
  for (const f of readdirSync(path.join(FIXTURES, set))) {
    if (!only || only.some((p) => f.startsWith(p))) copyFileSync(path.join(FIXTURES, set, f), path.join(ws, DIR, f));
  }
}

function write(ws: string, files: Record<string, string | Buffer>): void {
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(ws, DIR, name), text);
}

function git(ws: string, ...args: string[]): string {
  const r = spawnSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', '-c', 'init.defaultBranch=main', ...args], { cwd: ws, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
  return r.stdout.trim();
}

/** Commits the workspace as it is; returns the commit's sha. */
function commit(ws: string, message: string): string {
  if (!existsSync(path.join(ws, '.git'))) git(ws, 'init', '-q');
  git(ws, 'add', '-A', DIR);
  git(ws, 'commit', '-q', '-m', message);
  return git(ws, 'rev-parse', 'HEAD');
}

interface Run {
  result?: DeployResult;
  error?: UserError;
  host: RecordingHost;
}

async function deploy(ws: string, sha: string, inputs: Record<string, string>): Promise<Run> {
  const host = new RecordingHost(
    ws,
    { environment: 'staging', version: 'v1.0.0', run: './mark.sh run', 'freeze-windows': 'none', 'migrate-check': DIR, ...inputs },
    { PATH: process.env.PATH, HOME: process.env.HOME, GITHUB_SHA: sha }
  );
  try {
    return { result: await runDeploy(host, { signal: new AbortController().signal }), host };
  } catch (err) {
    if (err instanceof UserError) return { error: err, host };
    throw err;
  }
}

/** The Migrations row of the summary: `status | detail`. */
function row(run: Run): string {
  const line = run.host.summary.split('\n').find((l) => l.startsWith('| Migrations rehearsed |')) ?? '';
  return line.replace(/^\| Migrations rehearsed \| /, '').replace(/ \|$/, '');
}

/** Nothing ran and no deployment was recorded beyond `deployments` earlier ones. */
function nothingDeployed(ws: string, run: string, deployments: number): void {
  expect(ran(ws, run)).toBe(false);
  expect(ledger(ws).filter((e) => e.type === 'deployment')).toHaveLength(deployments);
}

describe('migrate-check: file names (no server)', () => {
  it('tells the three formats apart on real directories, in the order their tools apply them', () => {
    const golang = readMigrations(path.join(FIXTURES, 'golang-migrate-postgres'), 'migrate-check', 'g');
    expect(golang.format).toBe('golang-migrate');
    expect(golang.migrations.map((m) => [m.id, m.up.file, m.down?.file])).toEqual([
      ['1085649617', '1085649617_create_users_table.up.sql', '1085649617_create_users_table.down.sql'],
      ['1185749658', '1185749658_add_city_to_users.up.sql', '1185749658_add_city_to_users.down.sql'],
      ['1285849751', '1285849751_add_index_on_user_emails.up.sql', '1285849751_add_index_on_user_emails.down.sql'],
      ['1385949617', '1385949617_create_books_table.up.sql', '1385949617_create_books_table.down.sql'],
      ['1485949617', '1485949617_create_movies_table.up.sql', '1485949617_create_movies_table.down.sql'],
      ['1585849751', '1585849751_just_a_comment.up.sql', undefined],
      ['1685849751', '1685849751_another_comment.up.sql', undefined],
      ['1785849751', '1785849751_another_comment.up.sql', undefined],
      ['1885849751', '1885849751_another_comment.up.sql', undefined]
    ]);
    const dbmate = readMigrations(path.join(FIXTURES, 'dbmate'), 'migrate-check', 'd');
    expect(dbmate.format).toBe('dbmate');
    const first = dbmate.migrations[0];
    expect(first.id).toBe('20151129054053');
    // The sections, with the line of the file each starts on.
    expect(first.up.sql).toMatch(/^create table users \(/);
    expect(first.up.line).toBe(2);
    expect(first.down!.sql.trim()).toBe('drop table users;');
    expect(first.down!.line).toBe(9);
    const flyway = readMigrations(path.join(FIXTURES, 'flyway'), 'migrate-check', 'f');
    expect(flyway.format).toBe('flyway');
    expect(flyway.migrations.map((m) => m.id)).toEqual(['1', '2', '8']);
  });

  it('a mixed or unknown name is one line naming the input and the file, before anything runs', async () => {
    const ws = deployWorkspace();
    copyFixtures(ws, 'golang-migrate-postgres');
    write(ws, { '20200101000000_posts.sql': '-- migrate:up\ncreate table posts (id int);\n-- migrate:down\ndrop table posts;\n' });
    let run = await deploy(ws, 'a'.repeat(40), {});
    expect(run.error?.renderAll()).toEqual([
      'migrate-check: db/migrations/20200101000000_posts.sql: a dbmate file name among golang-migrate migrations (1085649617_create_users_table.down.sql): one directory holds one tool\'s migrations'
    ]);
    nothingDeployed(ws, 'run', 0);

    // Its companions without it: refused, but for expand-contract's default.
    run = await deploy(ws, 'a'.repeat(40), { 'migrate-check': '', 'migrate-allow': 'x.sql: rename: r', 'expand-contract': 'true' });
    expect(run.error?.renderAll()).toEqual(['migrate-allow: only with migrate-check (the migrations directory to rehearse)', 'expand-contract: only with migrate-check (the migrations directory to rehearse)']);
    run = await deploy(ws, 'a'.repeat(40), { 'migrate-check': '', 'expand-contract': 'false' });
    expect(run.result?.ok).toBe(true);
    expect(row(run)).toBe('➖ skip | migrate-check not set');

    // A binary or huge migration is refused before it is read or parsed.
    const binary = deployWorkspace();
    copyFixtures(binary, 'golang-migrate-postgres');
    write(binary, { '1085649617_create_users_table.up.sql': Buffer.from([0x1f, 0x8b, 8, 0, 0, 0]) });
    run = await deploy(binary, 'a'.repeat(40), {});
    expect(run.error?.renderAll()).toEqual(['migrate-check: db/migrations/1085649617_create_users_table.up.sql: a binary file, not SQL']);
    const huge = deployWorkspace();
    copyFixtures(huge, 'golang-migrate-postgres');
    truncateSync(path.join(huge, DIR, '1085649617_create_users_table.up.sql'), MAX_MIGRATION_BYTES + 1);
    run = await deploy(huge, 'a'.repeat(40), {});
    expect(run.error?.renderAll()).toEqual([`migrate-check: db/migrations/1085649617_create_users_table.up.sql: ${MAX_MIGRATION_BYTES + 1} bytes, more than the ${MAX_MIGRATION_BYTES} a migration may have`]);
    nothingDeployed(huge, 'run', 0);

    const other = deployWorkspace();
    mkdirSync(path.join(other, DIR), { recursive: true });
    write(other, { 'add_users.sql': 'create table users (id int);' });
    run = await deploy(other, 'a'.repeat(40), {});
    expect(run.error?.render()).toMatch(/^migrate-check: db\/migrations\/add_users\.sql: not a migration file name of golang-migrate/);
  });

  it('an allowance without a reason, of an unknown kind or for no such file is bad input on its line', async () => {
    const ws = deployWorkspace();
    copyFixtures(ws, 'golang-migrate-postgres');
    const run = await deploy(ws, 'a'.repeat(40), {
      'migrate-allow': ['# reviewed in #123', '1185749658_add_city_to_users.up.sql: drop-column', '1185749658_add_city_to_users.up.sql: truncate: big table', 'nope.up.sql: rename: renamed in code first'].join('\n')
    });
    expect(run.error?.renderAll()).toEqual([
      'migrate-allow: line 2: 1185749658_add_city_to_users.up.sql: drop-column: no reason given (say why it is safe, e.g. "the code stopped reading it in v1.4")',
      'migrate-allow: line 3: unknown kind "truncate" (one of drop-table, drop-column, alter-type, rename, index-not-concurrent, set-not-null, add-not-null)',
      'migrate-allow: line 4: nope.up.sql is not a migration of db/migrations'
    ]);
    nothingDeployed(ws, 'run', 0);
  });

  it('without a server: fails for production (it cannot be rehearsed), skips elsewhere', async () => {
    const ws = deployWorkspace();
    copyFixtures(ws, 'dbmate');
    const sha = commit(ws, 'release 1');
    let run = await deploy(ws, sha, { environment: 'production', 'require-gates': 'false', 'require-staging': 'false' });
    expect(row(run)).toBe('❌ fail | dbmate, 2 new migrations of 2 (the first deployment of production: all are new): not rehearsed, no migrate-database-url (a PostgreSQL server, e.g. a services: postgres container); required for production');
    nothingDeployed(ws, 'run', 0);
    run = await deploy(ws, sha, {});
    expect(row(run)).toMatch(/^➖ skip \| dbmate, 2 new migrations of 2 .*not rehearsed, no migrate-database-url/);
    expect(run.result?.ok).toBe(true);
  });

  it("this release's migrations cannot be told without the previous deployment's commit (a shallow clone): the check fails and says so", async () => {
    const ws = deployWorkspace();
    copyFixtures(ws, 'dbmate');
    commit(ws, 'release 1');
    // Deployed from a commit this checkout does not have.
    const gone = 'f'.repeat(40);
    expect((await deploy(ws, gone, {})).result?.ok).toBe(true);
    write(ws, { '20240101000000_tags.sql': '-- migrate:up\ncreate table tags (id int);\n-- migrate:down\ndrop table tags;\n' });
    const run = await deploy(ws, commit(ws, 'release 2'), { version: 'v1.1.0', run: './mark.sh run2' });
    expect(row(run)).toBe(`❌ fail | commit ffffffffffff of the previous deployment 1 (v1.0.0) is not in this checkout (a shallow clone: actions/checkout with fetch-depth: 0)`);
    nothingDeployed(ws, 'run2', 1);
  });
});

(hasPostgres() ? describe : describe.skip)('migrate-check on PostgreSQL (rehearsed)', () => {
  let pg: RunningPostgres;
  beforeAll(async () => {
    pg = await startPostgres();
  }, 60_000);
  afterAll(async () => {
    await pg?.stop();
  });

  /** A workspace whose release 1 (golang-migrate: users, its city column) deployed to staging; returns it and the commit. */
  async function released(set: string): Promise<{ ws: string; sha: string }> {
    const ws = deployWorkspace();
    copyFixtures(ws, set, ['1085649617', '1185749658']);
    const sha = commit(ws, 'release 1');
    const run = await deploy(ws, sha, { 'migrate-database-url': pg.url });
    expect(row(run)).toMatch(/^✅ pass \| golang-migrate, 2 new migrations of 2 \(the first deployment of staging: all are new\): forward, down and forward again on PostgreSQL \d+/);
    expect(run.result?.ok).toBe(true);
    return { ws, sha };
  }

  /** Everything the run wrote that a person or another job could read. */
  function written(run: Run, ws: string): string {
    const log = path.join(ws, 'ci/deploy-logs.txt');
    return [run.host.summary, ...run.host.logs, ...run.host.annotations.map((a) => a.message), JSON.stringify(run.host.outputs), JSON.stringify(ledger(ws)), existsSync(log) ? readFileSync(log, 'utf8') : '', run.error?.message ?? ''].join('\n');
  }

  it("passes on golang-migrate's own clean set: this release's 7 migrations rehearsed after the 2 deployed, scratch database dropped", async () => {
    const { ws, sha } = await released('golang-migrate-postgres');
    copyFixtures(ws, 'golang-migrate-postgres');
    const next = commit(ws, 'release 2');
    const run = await deploy(ws, next, { version: 'v1.1.0', run: './mark.sh run2', 'migrate-database-url': pg.url });
    expect(row(run)).toMatch(
      new RegExp(`^✅ pass \\| golang-migrate, 7 new migrations of 9 \\(since v1\\.0\\.0 \\(deployment 1, ${sha.slice(0, 12)}\\)\\): forward, down and forward again on PostgreSQL [\\d.]+; the down restores the previous schema$`)
    );
    expect(run.result?.ok).toBe(true);
    expect(ran(ws, 'run2')).toBe(true);
    // The scratch databases were dropped; the database of the URL was never touched.
    expect(await pg.databases()).toEqual([]);
    expect(await pg.userTables()).toEqual([]);
    // The password never appears in what the run wrote.
    expect(written(run, ws)).not.toContain(pg.password);
  });

  it("flags the YugabyteDB variant's index built without CONCURRENTLY on users (existing), and passes once allowed with a reason", async () => {
    const { ws } = await released('golang-migrate-yugabytedb');
    copyFixtures(ws, 'golang-migrate-yugabytedb');
    const next = commit(ws, 'release 2');
    let run = await deploy(ws, next, { version: 'v1.1.0', run: './mark.sh run2', 'migrate-database-url': pg.url });
    expect(row(run)).toMatch(
      /^❌ fail \| golang-migrate, 7 new migrations of 9 \(since v1\.0\.0 .*\): 1 destructive statement not allowed: 1285849751_add_index_on_user_emails\.up\.sql:1 index-not-concurrent \(CREATE INDEX users_email_index on public\.users without CONCURRENTLY\) \(migrate-allow: <file>: <kind>: <reason>\); nothing deployed$/
    );
    expect(run.result?.ok).toBe(false);
    nothingDeployed(ws, 'run2', 1);

    run = await deploy(ws, next, {
      version: 'v1.1.0',
      run: './mark.sh run2',
      'migrate-database-url': pg.url,
      'migrate-allow': '1285849751_add_index_on_user_emails.up.sql: index-not-concurrent: users holds a few hundred rows, the build takes milliseconds'
    });
    expect(row(run)).toMatch(/^✅ pass \| .*; allowed: 1285849751_add_index_on_user_emails\.up\.sql:1 index-not-concurrent \(users holds a few hundred rows, the build takes milliseconds\)$/);
    expect(ran(ws, 'run2')).toBe(true);
  });

  it('flags drops, renames, narrowing type changes and SET NOT NULL on what existed, not on what the release creates or widens', async () => {
    const { ws } = await released('golang-migrate-postgres');
    write(ws, {
      '2000000000_contract.up.sql': [
        'CREATE TABLE audit (id int, note varchar(10));',
        'ALTER TABLE audit ALTER COLUMN note TYPE varchar(5);',
        'ALTER TABLE users ALTER COLUMN name TYPE text;',
        'ALTER TABLE users ALTER COLUMN user_id TYPE bigint;',
        'ALTER TABLE users ALTER COLUMN email TYPE varchar(20);',
        'ALTER TABLE users',
        '  ALTER COLUMN name SET NOT NULL,',
        '  DROP COLUMN city;',
        'ALTER TABLE users RENAME TO members;',
        'DROP TABLE audit;'
      ].join('\n'),
      '2000000000_contract.down.sql': 'ALTER TABLE members RENAME TO users;\nALTER TABLE users ADD COLUMN city varchar(100);\nALTER TABLE users ALTER COLUMN name DROP NOT NULL, ALTER COLUMN email TYPE varchar(40), ALTER COLUMN user_id TYPE integer, ALTER COLUMN name TYPE varchar(40);\n'
    });
    const next = commit(ws, 'release 2');
    const run = await deploy(ws, next, { version: 'v1.1.0', run: './mark.sh run2', 'migrate-database-url': pg.url });
    const detail = row(run);
    expect(detail).toMatch(/^❌ fail \| .*: 4 destructive statements not allowed: /);
    const flagged = [...detail.matchAll(/(\S+\.sql:\d+ [a-z-]+) \(/g)].map((m) => m[1]);
    expect(flagged).toEqual(['2000000000_contract.up.sql:5 alter-type', '2000000000_contract.up.sql:6 set-not-null', '2000000000_contract.up.sql:6 drop-column', '2000000000_contract.up.sql:9 rename']);
    nothingDeployed(ws, 'run2', 1);
  });

  it('fails when the down does not restore the previous schema (dbmate), naming what differs', async () => {
    const ws = deployWorkspace();
    copyFixtures(ws, 'dbmate');
    const sha = commit(ws, 'release 1');
    expect((await deploy(ws, sha, { 'migrate-database-url': pg.url })).result?.ok).toBe(true);
    write(ws, {
      '20240101000000_post_titles.sql': '-- migrate:up\nALTER TABLE posts ADD COLUMN title text;\nCREATE INDEX CONCURRENTLY posts_title ON posts (title);\n\n-- migrate:down\nDROP INDEX posts_title;\n'
    });
    const next = commit(ws, 'release 2');
    const run = await deploy(ws, next, { version: 'v1.1.0', run: './mark.sh run2', 'migrate-database-url': pg.url });
    expect(row(run)).toMatch(/^❌ fail \| dbmate, 1 new migration of 3 \(since v1\.0\.0 .*\): the down migrations do not restore the previous schema: \+ column public\.posts\.title text; nothing deployed$/);
    nothingDeployed(ws, 'run2', 1);
    expect(await pg.databases()).toEqual([]);
  });

  it("a migration failing half-way: one line with the file, the line of PostgreSQL's error, its message", async () => {
    const { ws } = await released('golang-migrate-postgres');
    write(ws, {
      '2000000000_orders.up.sql': '-- orders\nCREATE TABLE orders (id int, user_id int);\n\nINSERT INTO orders (id, user_id)\n  SELECT user_id, nope FROM users;\n',
      '2000000000_orders.down.sql': 'DROP TABLE orders;\n'
    });
    let next = commit(ws, 'release 2');
    let run = await deploy(ws, next, { version: 'v1.1.0', run: './mark.sh run2', 'migrate-database-url': pg.url });
    expect(row(run)).toBe('❌ fail | 2000000000_orders.up.sql:5: column "nope" does not exist (forward); nothing deployed');
    nothingDeployed(ws, 'run2', 1);

    // A syntax error: PostgreSQL's parser, before any server is used.
    write(ws, { '2000000000_orders.up.sql': 'CREATE TABLE orders (id int);\nCREATE TABLE orderz (id int,, x int);\n' });
    next = commit(ws, 'release 2, again');
    run = await deploy(ws, next, { version: 'v1.1.0', run: './mark.sh run2', 'migrate-database-url': pg.url });
    expect(row(run)).toBe('❌ fail | 2000000000_orders.up.sql:2: syntax error at or near ","; nothing deployed');
    nothingDeployed(ws, 'run2', 1);
    expect(await pg.databases()).toEqual([]);
  });

  it("expand-contract: the previous release's schema must still work; without it the same release passes", async () => {
    const { ws } = await released('golang-migrate-postgres');
    write(ws, {
      '2000000000_archive.up.sql': 'CREATE SCHEMA archive;\nALTER TABLE users SET SCHEMA archive;\n',
      '2000000000_archive.down.sql': 'ALTER TABLE archive.users SET SCHEMA public;\nDROP SCHEMA archive;\n'
    });
    const next = commit(ws, 'release 2');
    let run = await deploy(ws, next, { version: 'v1.1.0', run: './mark.sh run2', 'migrate-database-url': pg.url, 'expand-contract': 'true' });
    expect(row(run)).toMatch(/^❌ fail \| .*: expand-contract: the previous release's schema no longer works: table public\.users is gone; nothing deployed$/);
    nothingDeployed(ws, 'run2', 1);

    run = await deploy(ws, next, { version: 'v1.1.0', run: './mark.sh run2', 'migrate-database-url': pg.url });
    expect(row(run)).toMatch(/^✅ pass \| /);

    // A NOT NULL column without a default: the previous release's inserts omit it.
    write(ws, {
      '2100000000_country.up.sql': 'ALTER TABLE archive.users ADD COLUMN country char(2) NOT NULL;\n',
      '2100000000_country.down.sql': 'ALTER TABLE archive.users DROP COLUMN country;\n'
    });
    const third = commit(ws, 'release 3');
    run = await deploy(ws, third, { version: 'v1.2.0', run: './mark.sh run3', 'migrate-database-url': pg.url, 'expand-contract': 'true' });
    expect(row(run)).toMatch(/1 destructive statement not allowed: 2100000000_country\.up\.sql:1 add-not-null \(ADD COLUMN archive\.users\.country NOT NULL without a default/);
    nothingDeployed(ws, 'run3', 2);
  });

  it('Flyway: V and U migrations; expand-contract passes when the column dropped was allowed with a reason (the contract step)', async () => {
    const ws = deployWorkspace();
    mkdirSync(path.join(ws, DIR), { recursive: true });
    write(ws, { 'V1__create_accounts.sql': 'CREATE TABLE accounts (\n  id bigint PRIMARY KEY,\n  legacy_code varchar(8)\n);\n' });
    // Without its undo, a migration's rollback cannot be rehearsed.
    const bare = await deploy(ws, commit(ws, 'release 1 without undo'), { 'migrate-database-url': pg.url });
    expect(row(bare)).toBe('❌ fail | flyway, 1 new migration of 1 (the first deployment of staging: all are new): V1__create_accounts.sql has no down migration, so its rollback cannot be rehearsed');
    write(ws, { 'U1__create_accounts.sql': 'DROP TABLE accounts;\n' });
    const sha = commit(ws, 'release 1');
    const first = await deploy(ws, sha, { 'migrate-database-url': pg.url });
    expect([row(first), first.result?.ok]).toEqual([expect.stringMatching(/^✅ pass \| flyway, 1 new migration of 1/), true]);
    write(ws, {
      'V1.1__add_email.sql': 'ALTER TABLE accounts ADD COLUMN email text;\nCREATE INDEX CONCURRENTLY accounts_email ON accounts (email);\n',
      'U1.1__add_email.sql': 'DROP INDEX CONCURRENTLY accounts_email;\nALTER TABLE accounts DROP COLUMN email;\n',
      'V1.2__drop_legacy_code.sql': '-- v1.0 stopped reading it\nALTER TABLE accounts DROP COLUMN legacy_code;\n',
      'U1.2__drop_legacy_code.sql': 'ALTER TABLE accounts ADD COLUMN legacy_code varchar(8);\n'
    });
    const next = commit(ws, 'release 2');
    const run = await deploy(ws, next, {
      version: 'v1.1.0',
      run: './mark.sh run2',
      'migrate-database-url': pg.url,
      'expand-contract': 'true',
      'migrate-allow': 'V1.2__drop_legacy_code.sql: drop-column: v1.0.0 no longer reads legacy_code (expand in v0.9, contract now)'
    });
    expect(row(run)).toMatch(
      /^✅ pass \| flyway, 2 new migrations of 3 \(since v1\.0\.0 .*\): forward, down and forward again on PostgreSQL [\d.]+; the down restores the previous schema; the previous schema still works \(expand-contract\); allowed: V1\.2__drop_legacy_code\.sql:2 drop-column \(v1\.0\.0 no longer reads legacy_code \(expand in v0\.9, contract now\)\)$/
    );
    expect(ran(ws, 'run2')).toBe(true);
  });

  it('an unusable server: one line, no password, nothing deployed', async () => {
    const ws = deployWorkspace();
    copyFixtures(ws, 'dbmate');
    const sha = commit(ws, 'release 1');
    const wrong = 'wrong-' + pg.password;
    const run = await deploy(ws, sha, { 'migrate-database-url': pg.url.replace(pg.password, wrong) });
    expect(row(run)).toMatch(/^❌ fail \| dbmate, 2 new migrations of 2 .*: cannot connect to the server of migrate-database-url: password authentication failed for user "postgres"$/);
    nothingDeployed(ws, 'run', 0);
    expect(written(run, ws)).not.toContain(wrong);
  });
});
