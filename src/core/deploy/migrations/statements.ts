/**
 * Migrations read with PostgreSQL's own parser (libpg-query, WebAssembly, loaded on first use):
 * split into statements with their lines, and judged for statements that break a running release
 * or lose data — drops, renames, type changes that narrow, index builds that lock a table in use,
 * NOT NULL on a column that holds rows.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Snapshot } from './snapshot.js';

/** The kinds of destructive statements, as `migrate-allow` names them. */
export const KINDS = ['drop-table', 'drop-column', 'alter-type', 'rename', 'index-not-concurrent', 'set-not-null', 'add-not-null'] as const;
export type Kind = (typeof KINDS)[number];

/** One statement of a migration. */
export interface Statement {
  /** Its text, as sent to the server. */
  sql: string;
  /** 1-based line within the SQL it was cut from, of its first keyword. */
  line: number;
  /** 1-based line within the SQL of the first character of `sql` (comments before the keyword included). */
  startLine: number;
  /** PostgreSQL refuses it inside a transaction block (CREATE INDEX CONCURRENTLY, …). */
  outsideTransaction: boolean;
  /** BEGIN, COMMIT and the like: the migration manages its own transactions. */
  transactionControl: boolean;
  /** The parse tree node (`{ IndexStmt: … }`). */
  node: Record<string, unknown>;
}

/** A syntax error, where the parser put it. */
export class SqlSyntaxError extends Error {
  constructor(
    message: string,
    /** 1-based line within the SQL parsed. */
    readonly line: number
  ) {
    super(message);
  }
}

type Parser = typeof import('libpg-query');
let parser: Promise<Parser> | undefined;

/**
 * The directory of libpg-query.wasm: beside this module when bundled (scripts/build.mjs copies it
 * next to the bundle), else in the installed package.
 */
function wasmDirectory(): string | undefined {
  const here = path.dirname(fileURLToPath(import.meta.url));
  if (existsSync(path.join(here, WASM))) return here;
  try {
    return path.dirname(createRequire(import.meta.url).resolve(`libpg-query/wasm/${WASM}`));
  } catch {
    return undefined;
  }
}
const WASM = 'libpg-query.wasm';

/**
 * libpg-query, loaded once. Its Emscripten loader reads the wasm from `__dirname`, which an ES module
 * bundle (ncc's) does not define: it is set for the import (the loader reads it at once) and removed.
 */
function libpgQuery(): Promise<Parser> {
  parser ??= (async () => {
    const g = globalThis as { __dirname?: string };
    let shim: string | undefined;
    if (typeof g.__dirname === 'undefined') {
      shim = wasmDirectory();
      // Without it the loader would fail inside a promise nobody awaits, ending the process.
      if (!shim) throw new Error(`${WASM} is neither beside ${fileURLToPath(import.meta.url)} nor in an installed libpg-query`);
      g.__dirname = shim;
    }
    try {
      const mod = await import('libpg-query');
      await mod.loadModule();
      return mod;
    } finally {
      if (shim) delete g.__dirname;
    }
  })();
  return parser;
}

function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** Splits SQL into its statements (locations are in bytes of UTF-8: cut on a Buffer). */
export async function splitStatements(sql: string): Promise<Statement[]> {
  const { parse } = await libpgQuery();
  let tree: { stmts?: { stmt: Record<string, unknown>; stmt_location?: number; stmt_len?: number }[] };
  try {
    tree = (await parse(sql)) as unknown as typeof tree;
  } catch (err) {
    const e = err as { message: string; sqlDetails?: { cursorPosition?: number } };
    // Only the parser's own errors are the SQL's; anything else (the wasm not loading) is ours.
    if (!e.sqlDetails) throw err;
    const bytes = Buffer.from(sql, 'utf8');
    const at = e.sqlDetails?.cursorPosition ?? 0;
    throw new SqlSyntaxError(e.message, lineAt(bytes.subarray(0, at).toString('utf8'), Infinity));
  }
  const bytes = Buffer.from(sql, 'utf8');
  return (tree.stmts ?? []).map((s) => {
    const start = s.stmt_location ?? 0;
    const end = s.stmt_len ? start + s.stmt_len : bytes.length;
    const before = bytes.subarray(0, start).toString('utf8');
    const raw = bytes.subarray(start, end).toString('utf8');
    // The statement's first line is where its text starts, past leading blank lines and comments.
    const lead = /^(\s|--[^\n]*\n)*/.exec(raw)![0];
    const node = s.stmt;
    const index = node.IndexStmt as { concurrent?: boolean } | undefined;
    const tx = node.TransactionStmt !== undefined;
    const outside =
      Boolean(index?.concurrent) ||
      node.VacuumStmt !== undefined ||
      node.CreatedbStmt !== undefined ||
      node.DropdbStmt !== undefined ||
      (node.ReindexStmt !== undefined && /\bCONCURRENTLY\b/i.test(raw)) ||
      Boolean((node.DropStmt as { concurrent?: boolean } | undefined)?.concurrent);
    return { sql: raw, line: lineAt(before + lead, Infinity), startLine: lineAt(before, Infinity), outsideTransaction: outside, transactionControl: tx, node };
  });
}

/** A statement flagged as destructive. */
export interface Flag {
  file: string;
  /** 1-based line in the file. */
  line: number;
  kind: Kind;
  /** What it does, e.g. `DROP COLUMN users.city`. */
  what: string;
  /** The table (`schema.table`) or column (`schema.table.column`) it breaks. */
  object: string;
  /** For a rename: the object's new name, in the same form. */
  renamedTo?: string;
}

interface RangeVar {
  schemaname?: string;
  relname: string;
}

const qualified = (r: RangeVar) => `${r.schemaname ?? 'public'}.${r.relname}`;
const sval = (n: unknown) => (n as { String?: { sval?: string } }).String?.sval ?? '';

/**
 * The destructive statements among `statements` (of `file`, its SQL starting at `line`), judged
 * against the schema before this release: only what existed then can be broken.
 */
export function destructive(statements: Statement[], file: string, line: number, before: Snapshot, expandContract: boolean): Flag[] {
  const flags: Flag[] = [];
  const at = (s: Statement) => line + s.line - 1;
  for (const s of statements) {
    const n = s.node;
    const flag = (kind: Kind, what: string, object: string, renamedTo?: string) => flags.push({ file, line: at(s), kind, what, object, renamedTo });
    if (n.DropStmt) {
      const d = n.DropStmt as { removeType: string; objects: { List?: { items: unknown[] } }[] };
      if (d.removeType === 'OBJECT_TABLE') {
        for (const o of d.objects) {
          const parts = (o.List?.items ?? []).map(sval);
          const name = parts.length > 1 ? `${parts[0]}.${parts[1]}` : `public.${parts[0]}`;
          if (before.tables.has(name)) flag('drop-table', `DROP TABLE ${name}`, name);
        }
      }
    } else if (n.AlterTableStmt) {
      const a = n.AlterTableStmt as { relation: RangeVar; objtype?: string; cmds: { AlterTableCmd: { subtype: string; name?: string; def?: { ColumnDef?: { colname?: string; typeName?: { names?: unknown[] }; constraints?: { Constraint: { contype: string } }[] } } } }[] };
      if (a.objtype && a.objtype !== 'OBJECT_TABLE') continue;
      const table = qualified(a.relation);
      if (!before.tables.has(table)) continue;
      for (const { AlterTableCmd: c } of a.cmds) {
        const col = `${table}.${c.name ?? ''}`;
        if (c.subtype === 'AT_DropColumn' && before.columns.has(col)) flag('drop-column', `DROP COLUMN ${col}`, col);
        else if (c.subtype === 'AT_AlterColumnType' && before.columns.has(col)) flag('alter-type', `ALTER COLUMN ${col} TYPE`, col);
        else if (c.subtype === 'AT_SetNotNull' && before.columns.has(col)) flag('set-not-null', `SET NOT NULL on ${col}`, col);
        else if (c.subtype === 'AT_AddColumn' && expandContract) {
          const def = c.def?.ColumnDef;
          const kinds = (def?.constraints ?? []).map((k) => k.Constraint.contype);
          const type = (def?.typeName?.names ?? []).map(sval).at(-1) ?? '';
          const serial = /^(small|big)?serial[248]?$/.test(type);
          if (kinds.includes('CONSTR_NOTNULL') && !serial && !kinds.includes('CONSTR_DEFAULT') && !kinds.includes('CONSTR_IDENTITY') && !kinds.includes('CONSTR_GENERATED')) {
            const added = `${table}.${def?.colname ?? ''}`;
            flag('add-not-null', `ADD COLUMN ${added} NOT NULL without a default (the previous release's inserts omit it)`, added);
          }
        }
      }
    } else if (n.RenameStmt) {
      const r = n.RenameStmt as { renameType: string; relation?: RangeVar; subname?: string; newname: string };
      if (!r.relation) continue;
      const table = qualified(r.relation);
      if (r.renameType === 'OBJECT_TABLE' && before.tables.has(table)) flag('rename', `RENAME TABLE ${table} TO ${r.newname}`, table, `${table.slice(0, table.indexOf('.'))}.${r.newname}`);
      else if (r.renameType === 'OBJECT_COLUMN' && before.columns.has(`${table}.${r.subname}`)) flag('rename', `RENAME COLUMN ${table}.${r.subname} TO ${r.newname}`, `${table}.${r.subname}`, `${table}.${r.newname}`);
    } else if (n.IndexStmt) {
      const i = n.IndexStmt as { relation: RangeVar; concurrent?: boolean; idxname?: string };
      const table = qualified(i.relation);
      if (!i.concurrent && before.tables.has(table)) flag('index-not-concurrent', `CREATE INDEX ${i.idxname ? `${i.idxname} ` : ''}on ${table} without CONCURRENTLY`, table);
    }
  }
  return flags;
}

/**
 * Whether a column's type change from `from` to `to` (as format_type prints them) keeps every
 * value and every reader of the old type working: the same type, a longer or unbounded varchar,
 * text for a varchar, a wider integer, a numeric with more digits and the same scale, double for real.
 */
export function widening(from: string, to: string): boolean {
  if (from === to) return true;
  const varchar = (t: string) => /^character varying(?:\((\d+)\))?$/.exec(t);
  const fv = varchar(from);
  if (fv) {
    if (to === 'text') return true;
    const tv = varchar(to);
    if (tv) return tv[1] === undefined || (fv[1] !== undefined && Number(tv[1]) >= Number(fv[1]));
    return false;
  }
  const ints = ['smallint', 'integer', 'bigint'];
  if (ints.includes(from) && ints.includes(to)) return ints.indexOf(to) >= ints.indexOf(from);
  if (from === 'real' && to === 'double precision') return true;
  const numeric = (t: string) => /^numeric(?:\((\d+),(\d+)\))?$/.exec(t);
  const fn = numeric(from);
  const tn = numeric(to);
  if (fn && tn) {
    if (tn[1] === undefined) return true;
    if (fn[1] === undefined) return false;
    return fn[2] === tn[2] && Number(tn[1]) >= Number(fn[1]);
  }
  return false;
}
