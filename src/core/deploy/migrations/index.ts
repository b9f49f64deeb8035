/**
 * The `migrations` pre-deploy check ("Migrations rehearsed", issue 18): this release's migrations
 * are rehearsed on a scratch database — forward, back down, forward again — and judged for
 * destructive statements, unless `migrate-allow` allows each with a reason.
 *
 * Which migrations are this release's: those whose version was not in the migrations directory at
 * the commit of the environment's last good deployment (its `sha` in the deployment record, GitHub's
 * or the ledger's), read with `git ls-tree` from the workspace's checkout; on a first deployment,
 * all of them. A checkout without that commit (a shallow clone) cannot tell: the check fails and
 * says so (actions/checkout with `fetch-depth: 0`).
 *
 * The server: `migrate-database-url` only. DATABASE_URL is not read: in a deploy job it is often the
 * production database itself, and the rehearsal creates databases on the server it is given.
 *
 * Heavy parts (pg, libpg-query) load only when migrate-check is set and the check runs.
 */
import { spawnSync } from 'node:child_process';
import type { Host } from '../../host.js';
import { UserError, collecting } from '../../errors.js';
import { DeployInputs as I } from '../../constants.js';
import { booleanInput, input } from '../../inputs.js';
import { displayPath, resolveInWorkspace } from '../../files.js';
import type { CheckResult } from '../checks.js';
import type { DeploymentRecord } from '../store.js';
import { migrationIds, readMigrations, type Migration, type MigrationSet } from './formats.js';
import { KINDS, destructive, splitStatements, SqlSyntaxError, widening, type Kind, type Flag, type Statement } from './statements.js';
import { rehearse, ServerUnusable } from './rehearsal.js';
import { differences } from './snapshot.js';

/** One `migrate-allow` line: a destructive statement of a file allowed, with the reason. */
export interface Allowance {
  file: string;
  kind: Kind;
  reason: string;
}

/** migrate-check and its companions, validated. */
export interface MigrationsConfig {
  /** The migrations directory (absolute), and as given. */
  dir: string;
  shown: string;
  workspace: string;
  set: MigrationSet;
  /** The server to rehearse on; empty when none is given. */
  databaseUrl: string;
  allow: Allowance[];
  expandContract: boolean;
}

/** The password of a database URL, for the Redactor (empty when it has none). */
export function databasePassword(url: string): string {
  try {
    return decodeURIComponent(new URL(url).password);
  } catch {
    return '';
  }
}

/**
 * Reads migrate-check, migrate-database-url, migrate-allow and expand-contract; undefined when
 * migrate-check is not set. Throws one UserError carrying every problem found.
 */
export function readMigrationsConfig(host: Host): MigrationsConfig | undefined {
  const errors: UserError[] = [];
  const attempt = collecting(errors);
  const given = input(host, I.MigrateCheck);
  const url = input(host, I.MigrateDatabaseUrl);
  const allowText = host.getInput(I.MigrateAllow);
  const expandContract = attempt(() => booleanInput(host, I.ExpandContract, false), false);
  if (!given) {
    // `expand-contract: false` (its default, as a caller passing its own input on gives it) says nothing.
    for (const [name, set] of [[I.MigrateDatabaseUrl, url], [I.MigrateAllow, allowText.trim()], [I.ExpandContract, expandContract]] as const) {
      if (set) errors.push(new UserError('only with migrate-check (the migrations directory to rehearse)', { input: name }));
    }
    if (errors.length) throw UserError.several(errors);
    return undefined;
  }
  const dir = attempt(() => resolveInWorkspace(host.workspace, given, I.MigrateCheck), '');
  const set = attempt(() => (dir ? readMigrations(dir, I.MigrateCheck, given.replace(/\/+$/, '')) : undefined), undefined);
  attempt(() => {
    if (!url) return;
    let u: URL;
    try {
      u = new URL(url);
    } catch {
      // The value is a secret: never echoed.
      throw new UserError('not a URL', { input: I.MigrateDatabaseUrl, hint: 'postgres://user:password@host:5432/postgres' });
    }
    if (u.protocol !== 'postgres:' && u.protocol !== 'postgresql:') throw new UserError(`must be a postgres:// URL, not ${u.protocol}//`, { input: I.MigrateDatabaseUrl });
  }, undefined);
  const files = new Set<string>();
  for (const m of set?.migrations ?? []) {
    files.add(m.up.file);
    if (m.down) files.add(m.down.file);
  }
  const allow: Allowance[] = [];
  allowText.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (!line || line.startsWith('#')) return;
    attempt(() => {
      const m = /^([^:]+?)\s*:\s*([a-z-]+)\s*(?::\s*(.*))?$/.exec(line);
      const hint = `<file>: <kind>: <reason>, kinds ${KINDS.join(', ')}`;
      if (!m) throw new UserError(`not <file>: <kind>: <reason>: ${JSON.stringify(line)}`, { input: I.MigrateAllow, line: i + 1, hint });
      const [, file, kind, reason] = m;
      if (!(KINDS as readonly string[]).includes(kind)) throw new UserError(`unknown kind ${JSON.stringify(kind)}`, { input: I.MigrateAllow, line: i + 1, hint: `one of ${KINDS.join(', ')}` });
      if (!reason?.trim()) throw new UserError(`${file}: ${kind}: no reason given`, { input: I.MigrateAllow, line: i + 1, hint: 'say why it is safe, e.g. "the code stopped reading it in v1.4"' });
      if (set && !files.has(file)) throw new UserError(`${file} is not a migration of ${given}`, { input: I.MigrateAllow, line: i + 1 });
      allow.push({ file, kind: kind as Kind, reason: reason.trim() });
    }, undefined);
  });
  if (errors.length) throw UserError.several(errors);
  return { dir, shown: displayPath(host.workspace, dir), workspace: host.workspace, set: set!, databaseUrl: url, allow, expandContract };
}

/** What the check reads besides its config. */
export interface MigrationsCheckContext {
  environment: string;
  production: boolean;
  rollback: boolean;
  /** The environment's last good deployment (its commit tells which migrations were deployed). */
  lastGood?: DeploymentRecord;
}

const TITLE = 'Migrations rehearsed';
const result = (status: CheckResult['status'], detail: string): CheckResult => ({ id: 'migrations', title: TITLE, status, detail });

/** Runs git in `cwd`, bounded; stdout, or undefined when it failed. */
function git(cwd: string, args: string[]): string | undefined {
  const r = spawnSync('git', args, { cwd, encoding: 'utf8', timeout: 30_000, maxBuffer: 16 * 1024 * 1024 });
  return r.status === 0 ? r.stdout : undefined;
}

/** The migration ids deployed by `record`, from its commit's tree; a string says why they cannot be told. */
function deployedIds(config: MigrationsConfig, record: DeploymentRecord): Set<string> | string {
  const sha = record.sha;
  if (!/^[0-9a-f]{7,64}$/i.test(sha ?? '')) return `the previous deployment ${record.id} (${record.version}) recorded no commit, so this release's migrations cannot be told`;
  if (git(config.dir, ['rev-parse', '--is-inside-work-tree']) === undefined) return `${config.shown} is not in a git checkout, so the migrations of the previous deployment (${sha.slice(0, 12)}) cannot be read`;
  if (git(config.dir, ['cat-file', '-e', `${sha}^{commit}`]) === undefined) {
    return `commit ${sha.slice(0, 12)} of the previous deployment ${record.id} (${record.version}) is not in this checkout (a shallow clone: actions/checkout with fetch-depth: 0)`;
  }
  // From inside the directory, ls-tree lists it at that commit, with names relative to it.
  const listed = git(config.dir, ['ls-tree', '--name-only', sha, './']);
  if (listed === undefined) return `git ls-tree ${sha.slice(0, 12)} failed in ${config.shown}`;
  return migrationIds(listed.split('\n').filter(Boolean), config.set.format);
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const where = (f: Flag) => `${f.file}:${f.line} ${f.kind}`;

/** The `migrations` check: skip when migrate-check is not set. */
export async function checkMigrations(config: MigrationsConfig | undefined, ctx: MigrationsCheckContext): Promise<CheckResult> {
  if (!config) return result('skip', 'migrate-check not set');
  if (ctx.rollback) return result('skip', 'a rollback runs no migrations forward');
  const { format, migrations } = config.set;

  // This release's migrations: those the last good deployment did not have.
  let previous: Migration[] = [];
  let current = migrations;
  let since = `the first deployment of ${ctx.environment}: all are new`;
  if (ctx.lastGood) {
    const ids = deployedIds(config, ctx.lastGood);
    if (typeof ids === 'string') return result('fail', ids);
    const gone = [...ids].filter((id) => !migrations.some((m) => m.id === id));
    if (gone.length) return result('fail', `migration ${gone.join(', ')} was deployed with ${ctx.lastGood.version} and is no longer in ${config.shown}: a deployed migration is never removed`);
    previous = migrations.filter((m) => ids.has(m.id));
    current = migrations.filter((m) => !ids.has(m.id));
    since = `since ${ctx.lastGood.version} (deployment ${ctx.lastGood.id}, ${ctx.lastGood.sha.slice(0, 12)})`;
  }
  const what = `${format}, ${plural(current.length, 'new migration')} of ${migrations.length} (${since})`;
  if (!current.length) return result('pass', `${what}: nothing to rehearse`);

  // Parsed once: judged, then run. A syntax error stops here, before any server is used.
  const statements = new Map<string, Statement[]>();
  for (const m of current) {
    try {
      statements.set(m.up.file, await splitStatements(m.up.sql));
    } catch (err) {
      if (err instanceof SqlSyntaxError) return result('fail', `${m.up.file}:${m.up.line + err.line - 1}: ${err.message}; nothing deployed`);
      throw err;
    }
  }
  // A missing down runs nothing (golang-migrate applies an empty migration): fine after an up
  // that does nothing (comments only), not after one that changes the schema.
  const noDown = current.filter((m) => !m.down && statements.get(m.up.file)!.length > 0);
  if (noDown.length) return result('fail', `${what}: ${noDown.map((m) => m.up.file).join(', ')} has no down migration, so its rollback cannot be rehearsed`);
  if (!config.databaseUrl) {
    const why = `${what}: not rehearsed, no migrate-database-url (a PostgreSQL server, e.g. a services: postgres container)`;
    return result(ctx.production ? 'fail' : 'skip', ctx.production ? `${why}; required for ${ctx.environment}` : why);
  }
  let flags: Flag[] = [];
  let outcome: Awaited<ReturnType<typeof rehearse>>;
  try {
    outcome = await rehearse({
      url: config.databaseUrl,
      previous,
      current,
      statements,
      onBefore: (before) => {
        flags = current.flatMap((m) => destructive(statements.get(m.up.file)!, m.up.file, m.up.line, before, config.expandContract));
      }
    });
  } catch (err) {
    if (err instanceof ServerUnusable) return result('fail', `${what}: ${err.message}`);
    throw err;
  }
  if ('step' in outcome) {
    const step = { previous: "the previous release's migrations", forward: 'forward', down: 'the down migrations (rollback)', 'forward again': 'forward again after the rollback' }[outcome.step];
    return result('fail', `${outcome.failure.message} (${step}); nothing deployed`);
  }
  const r = outcome;
  // A type change is destructive unless it widens (judged on the types before and after, under
  // the names the release's renames give the column).
  const renamed = (key: string) => {
    let k = key;
    for (const f of flags) if (f.kind === 'rename' && f.renamedTo && (k === f.object || k.startsWith(`${f.object}.`))) k = f.renamedTo + k.slice(f.object.length);
    return k;
  };
  flags = flags.filter((f) => {
    if (f.kind !== 'alter-type') return true;
    const from = r.before.columns.get(f.object);
    const to = r.forward.columns.get(renamed(f.object));
    return !from || !to || !widening(from.type, to.type);
  });
  const allowance = (f: Flag) => config.allow.find((a) => a.file === f.file && a.kind === f.kind);
  const refused = flags.filter((f) => !allowance(f));
  const allowed = flags.filter((f) => allowance(f));
  const problems: string[] = [];
  if (refused.length) problems.push(`${plural(refused.length, 'destructive statement')} not allowed: ${refused.map((f) => `${where(f)} (${f.what})`).join(', ')} (migrate-allow: <file>: <kind>: <reason>)`);
  const undone = differences(r.before, r.afterDown);
  if (undone.length) problems.push(`the down migrations do not restore the previous schema: ${undone.slice(0, 5).join('; ')}${undone.length > 5 ? `; and ${undone.length - 5} more` : ''}`);
  const redo = r.again ? differences(r.forward, r.again) : [];
  if (redo.length) problems.push(`forward again after the rollback gives another schema: ${redo.slice(0, 5).join('; ')}${redo.length > 5 ? `; and ${redo.length - 5} more` : ''}`);
  if (config.expandContract) {
    // Whatever an allowed statement breaks was allowed with its reason (the contract step).
    const excused = new Set(allowed.map((f) => f.object));
    const broken: string[] = [];
    for (const t of r.before.tables) if (!r.forward.tables.has(t) && !excused.has(t)) broken.push(`table ${t} is gone`);
    for (const [c, col] of r.before.columns) {
      const table = c.slice(0, c.lastIndexOf('.'));
      if (!r.forward.tables.has(table) || excused.has(c) || excused.has(table)) continue;
      const now = r.forward.columns.get(c);
      if (!now) broken.push(`column ${c} is gone`);
      else if (!widening(col.type, now.type)) broken.push(`column ${c} changed from ${col.type} to ${now.type}`);
    }
    if (broken.length) problems.push(`expand-contract: the previous release's schema no longer works: ${broken.slice(0, 5).join('; ')}${broken.length > 5 ? `; and ${broken.length - 5} more` : ''}`);
  }
  const allowedText = allowed.length ? `; allowed: ${allowed.map((f) => `${where(f)} (${allowance(f)!.reason})`).join(', ')}` : '';
  if (problems.length) return result('fail', `${what}: ${problems.join('; ')}${allowedText}; nothing deployed`);
  return result('pass', `${what}: forward, down and forward again on PostgreSQL ${r.serverVersion}; the down restores the previous schema${config.expandContract ? '; the previous schema still works (expand-contract)' : ''}${allowedText}`);
}
