/**
 * The migration directory layouts teams use with PostgreSQL, told apart by their file names:
 * - golang-migrate: `<version>_<name>.up.sql` and `<version>_<name>.down.sql` (version: digits);
 * - dbmate: `<version>_<name>.sql`, one file with `-- migrate:up` and `-- migrate:down` sections;
 * - Flyway: `V<version>__<description>.sql`, undone by `U<version>__<description>.sql`.
 * A directory mixing them, or holding a `.sql` file none of them names, is refused in one line
 * naming the file: a migration the tool would skip (or run) unseen cannot be rehearsed.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { UserError } from '../../errors.js';

export type MigrationFormat = 'golang-migrate' | 'dbmate' | 'flyway';

/** Largest migration file read: a bigger one (a data dump) is refused before it is read. */
export const MAX_MIGRATION_BYTES = 16 * 1024 * 1024;
/** Most .sql files a migrations directory may hold. */
export const MAX_MIGRATION_FILES = 10_000;

/** SQL of one direction of a migration: the file and where in it the section starts. */
export interface MigrationSql {
  /** The file's name (in the migrations directory). */
  file: string;
  /** The SQL run (a dbmate section, or the whole file). */
  sql: string;
  /** 1-based line of the file where `sql` starts. */
  line: number;
}

export interface Migration {
  /** The version the tool orders and records it by. */
  id: string;
  up: MigrationSql;
  down?: MigrationSql;
}

export interface MigrationSet {
  format: MigrationFormat;
  /** In the order the tool applies them. */
  migrations: Migration[];
}

const GOLANG = /^(\d+)_(.+)\.(up|down)\.sql$/;
const DBMATE = /^(\d+)_?(.*)\.sql$/;
const FLYWAY = /^([VU])(\d+(?:[._]\d+)*)__(.+)\.sql$/;

/** The format a file name belongs to, or why it belongs to none. */
function formatOf(name: string): MigrationFormat | undefined {
  if (GOLANG.test(name)) return 'golang-migrate';
  if (FLYWAY.test(name)) return 'flyway';
  if (DBMATE.test(name)) return 'dbmate';
  return undefined;
}

/** Compares two versions made of numbers separated by `.` or `_` (Flyway's `1.10` after `1.9`). */
function compareVersions(a: string, b: string): number {
  const pa = a.split(/[._]/).map((p) => BigInt(p));
  const pb = b.split(/[._]/).map((p) => BigInt(p));
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i] ?? 0n;
    const y = pb[i] ?? 0n;
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

/** The `-- migrate:up` / `-- migrate:down` sections of a dbmate file. */
function dbmateSections(file: string, text: string, input: string, shown: string): { up: MigrationSql; down?: MigrationSql } {
  const lines = text.split('\n');
  const marks: { dir: 'up' | 'down'; line: number }[] = [];
  lines.forEach((l, i) => {
    const m = /^--\s*migrate:(up|down)\b/.exec(l);
    if (m) marks.push({ dir: m[1] as 'up' | 'down', line: i });
  });
  const ups = marks.filter((m) => m.dir === 'up');
  const downs = marks.filter((m) => m.dir === 'down');
  if (ups.length !== 1) throw new UserError(ups.length ? 'more than one -- migrate:up section' : 'no -- migrate:up section (a dbmate migration has -- migrate:up and -- migrate:down)', { input, file: `${shown}/${file}` });
  if (downs.length > 1) throw new UserError('more than one -- migrate:down section', { input, file: `${shown}/${file}`, line: downs[1].line + 1 });
  const section = (start: number): MigrationSql => {
    const end = marks.find((m) => m.line > start)?.line ?? lines.length;
    return { file, sql: lines.slice(start + 1, end).join('\n'), line: start + 2 };
  };
  return { up: section(ups[0].line), down: downs.length ? section(downs[0].line) : undefined };
}

/**
 * Reads a migrations directory (`shown`: its path as given, for messages). Throws a UserError
 * naming `input` and the file for a name of no format, a mix of formats, or a duplicate version.
 */
export function readMigrations(dir: string, input: string, shown: string): MigrationSet {
  let names: string[];
  try {
    if (!statSync(dir).isDirectory()) throw new UserError(`${shown} is not a directory`, { input, hint: 'give the directory holding the migrations' });
    names = readdirSync(dir).filter((n) => n.endsWith('.sql') && statSync(path.join(dir, n)).isFile()).sort();
  } catch (err) {
    if (err instanceof UserError) throw err;
    throw new UserError(`${shown}: no such directory`, { input, hint: 'give the directory holding the migrations' });
  }
  if (!names.length) throw new UserError(`${shown} holds no .sql migration`, { input });
  if (names.length > MAX_MIGRATION_FILES) throw new UserError(`${shown} holds ${names.length} .sql files, more than the ${MAX_MIGRATION_FILES} read`, { input });
  let format: MigrationFormat | undefined;
  let first = '';
  for (const name of names) {
    const f = formatOf(name);
    if (!f) {
      throw new UserError('not a migration file name of golang-migrate (<version>_<name>.up.sql / .down.sql), dbmate (<version>_<name>.sql) or Flyway (V<version>__<description>.sql / U<version>__…)', { input, file: `${shown}/${name}` });
    }
    if (format && f !== format) throw new UserError(`a ${f} file name among ${format} migrations (${first}): one directory holds one tool's migrations`, { input, file: `${shown}/${name}` });
    if (!format) {
      format = f;
      first = name;
    }
  }
  // Bounded, and text: a huge or binary file is one line naming it, not a parser's trouble.
  const read = (name: string) => {
    const file = path.join(dir, name);
    const size = statSync(file).size;
    if (size > MAX_MIGRATION_BYTES) throw new UserError(`${size} bytes, more than the ${MAX_MIGRATION_BYTES} a migration may have`, { input, file: `${shown}/${name}` });
    const bytes = readFileSync(file);
    if (bytes.includes(0)) throw new UserError('a binary file, not SQL', { input, file: `${shown}/${name}` });
    return bytes.toString('utf8');
  };
  const byId = new Map<string, Migration>();
  const seen = new Map<string, string>();
  const once = (key: string, name: string) => {
    const other = seen.get(key);
    if (other) throw new UserError(`version ${key.split(':')[1]} is also ${other}`, { input, file: `${shown}/${name}`, hint: 'each version names one migration' });
    seen.set(key, name);
  };
  const undo: { id: string; sql: MigrationSql }[] = [];
  for (const name of names) {
    if (format === 'golang-migrate') {
      const [, version, , dir] = GOLANG.exec(name)!;
      const id = BigInt(version).toString();
      once(`${dir}:${id}`, name);
      const sql: MigrationSql = { file: name, sql: read(name), line: 1 };
      const m = byId.get(id);
      if (dir === 'up') byId.set(id, { ...m, id, up: sql });
      else byId.set(id, { ...(m ?? { id, up: undefined as unknown as MigrationSql }), down: sql });
    } else if (format === 'dbmate') {
      const [, version] = DBMATE.exec(name)!;
      once(`up:${version}`, name);
      byId.set(version, { id: version, ...dbmateSections(name, read(name), input, shown) });
    } else {
      const [, kind, version] = FLYWAY.exec(name)!;
      const id = version.replace(/_/g, '.');
      once(`${kind}:${id}`, name);
      const sql: MigrationSql = { file: name, sql: read(name), line: 1 };
      if (kind === 'V') byId.set(id, { ...byId.get(id), id, up: sql });
      else undo.push({ id, sql });
    }
  }
  for (const u of undo) {
    const m = byId.get(u.id);
    if (!m) throw new UserError(`an undo migration without V${u.id}__…`, { input, file: `${shown}/${u.sql.file}` });
    m.down = u.sql;
  }
  for (const m of byId.values()) {
    if (!m.up) throw new UserError(`a down migration without its up (${m.id}_….up.sql)`, { input, file: `${shown}/${m.down!.file}` });
  }
  const migrations = [...byId.values()].sort((a, b) => compareVersions(a.id, b.id));
  return { format: format!, migrations };
}

/** The ids of the migration files among `names` (e.g. the previous deployment's tree), in `format`. */
export function migrationIds(names: string[], format: MigrationFormat): Set<string> {
  const ids = new Set<string>();
  for (const name of names) {
    if (format === 'golang-migrate') {
      const m = GOLANG.exec(name);
      if (m && m[3] === 'up') ids.add(BigInt(m[1]).toString());
    } else if (format === 'flyway') {
      const m = FLYWAY.exec(name);
      if (m && m[1] === 'V') ids.add(m[2].replace(/_/g, '.'));
    } else {
      const m = DBMATE.exec(name);
      if (m && !GOLANG.test(name) && !FLYWAY.test(name)) ids.add(m[1]);
    }
  }
  return ids;
}
