/**
 * A catalog snapshot of a database's schema, from pg_catalog: relations, columns (type as
 * format_type prints it, nullability, default), indexes (pg_get_indexdef), constraints
 * (pg_get_constraintdef) and enum labels, of every schema but the system ones. Two snapshots are
 * compared line by line; a column's position is left out (a column dropped and added back moves to
 * the end and is still the same column to every query that names it).
 */
import type { Client } from 'pg';

export interface Column {
  type: string;
  notNull: boolean;
  default: string | null;
}

export interface Snapshot {
  /** `schema.table` of ordinary and partitioned tables. */
  tables: Set<string>;
  /** `schema.table.column` of those tables' columns. */
  columns: Map<string, Column>;
  /** One line per object, sorted: what two snapshots are compared on. */
  lines: string[];
}

const USER_SCHEMAS = `n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast') AND n.nspname NOT LIKE 'pg_temp_%' AND n.nspname NOT LIKE 'pg_toast_temp_%'`;

export async function snapshot(client: Client): Promise<Snapshot> {
  const relations = await client.query<{ name: string; kind: string }>(
    `SELECT n.nspname || '.' || c.relname AS name, c.relkind::text AS kind FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f') AND ${USER_SCHEMAS}`
  );
  const columns = await client.query<{ tbl: string; kind: string; col: string; type: string; notnull: boolean; def: string | null }>(
    `SELECT n.nspname || '.' || c.relname AS tbl, c.relkind::text AS kind, a.attname AS col, format_type(a.atttypid, a.atttypmod) AS type, a.attnotnull AS notnull,
            pg_get_expr(d.adbin, d.adrelid) AS def
     FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
     LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
     WHERE a.attnum > 0 AND NOT a.attisdropped AND c.relkind IN ('r', 'p', 'v', 'm', 'f') AND ${USER_SCHEMAS}`
  );
  const indexes = await client.query<{ def: string }>(
    `SELECT pg_get_indexdef(i.indexrelid) AS def FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_namespace n ON n.oid = c.relnamespace WHERE ${USER_SCHEMAS}`
  );
  const constraints = await client.query<{ tbl: string; name: string; def: string }>(
    `SELECT coalesce(n.nspname || '.' || r.relname, n.nspname) AS tbl, co.conname AS name, pg_get_constraintdef(co.oid) AS def
     FROM pg_constraint co JOIN pg_namespace n ON n.oid = co.connamespace LEFT JOIN pg_class r ON r.oid = co.conrelid WHERE ${USER_SCHEMAS}`
  );
  const enums = await client.query<{ name: string; labels: string }>(
    `SELECT n.nspname || '.' || t.typname AS name, string_agg(e.enumlabel, ', ' ORDER BY e.enumsortorder) AS labels
     FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid JOIN pg_namespace n ON n.oid = t.typnamespace WHERE ${USER_SCHEMAS} GROUP BY 1`
  );
  const kindName: Record<string, string> = { r: 'table', p: 'table', v: 'view', m: 'materialized view', S: 'sequence', f: 'foreign table' };
  const out: Snapshot = { tables: new Set(), columns: new Map(), lines: [] };
  for (const r of relations.rows) {
    out.lines.push(`${kindName[r.kind]} ${r.name}`);
    if (r.kind === 'r' || r.kind === 'p') out.tables.add(r.name);
  }
  for (const c of columns.rows) {
    out.lines.push(`column ${c.tbl}.${c.col} ${c.type}${c.notnull ? ' NOT NULL' : ''}${c.def !== null ? ` DEFAULT ${c.def}` : ''}`);
    if (c.kind === 'r' || c.kind === 'p') out.columns.set(`${c.tbl}.${c.col}`, { type: c.type, notNull: c.notnull, default: c.def });
  }
  for (const i of indexes.rows) out.lines.push(`index ${i.def}`);
  for (const c of constraints.rows) out.lines.push(`constraint ${c.tbl} ${c.name} ${c.def}`);
  for (const e of enums.rows) out.lines.push(`enum ${e.name} (${e.labels})`);
  out.lines.sort();
  return out;
}

/** What differs between two snapshots: `- line` only in `a`, `+ line` only in `b`. */
export function differences(a: Snapshot, b: Snapshot): string[] {
  const inA = new Set(a.lines);
  const inB = new Set(b.lines);
  return [...a.lines.filter((l) => !inB.has(l)).map((l) => `- ${l}`), ...b.lines.filter((l) => !inA.has(l)).map((l) => `+ ${l}`)];
}
