/**
 * Istanbul `coverage-final.json` (jest, nyc, c8 `json`, vitest): per file `statementMap`/`s`,
 * `fnMap`/`f`, `branchMap`/`b`. Totals are computed as istanbul-lib-coverage does: lines from the
 * start line of each statement (the largest count of the statements starting there), each entry of
 * a `b[]` array one branch. Items are keyed by source location, as istanbul merges files, so two
 * runs of the same code merge instead of counting twice.
 */
import { UserError } from '../../errors.js';
import { readJson } from '../../files.js';
import type { FormatModule } from '../types.js';
import type { CoverageAccumulator } from './model.js';
import { countValue, lineNumber, MAX_UNITS_PER_LINE } from '../domain.js';

interface Pos {
  line: number;
  column: number | null;
}
interface Loc {
  start: Pos;
  end: Pos;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function locKey(loc: unknown): string | null {
  if (!isObject(loc) || !isObject(loc.start) || !isObject(loc.end)) return null;
  const s = loc.start as unknown as Pos;
  const e = loc.end as unknown as Pos;
  return `${s.line}|${s.column}|${e.line}|${e.column}`;
}

/** A hit count of the map `map` (s, f, b) of file `key`: a non-negative safe integer. */
function count(v: unknown, map: string, id: string, key: string): number {
  return countValue(v, `${map}[${JSON.stringify(id)}] of ${JSON.stringify(key)}:`);
}

export const istanbulFinal: FormatModule<CoverageAccumulator> = {
  id: 'istanbul-final',
  kind: 'coverage',
  description: 'Istanbul coverage-final.json (jest, nyc, c8, vitest)',
  detect(head) {
    return /^\s*\{/.test(head) && /"statementMap"\s*:/.test(head);
  },
  async parse(ctx, acc) {
    const data = await readJson(ctx.file, ctx.shown, ctx.input);
    const fail = (message: string): never => {
      throw new UserError(message, { input: ctx.input, file: ctx.shown });
    };
    if (!isObject(data)) fail('not an Istanbul coverage map (expected an object of files)');
    for (const [key, entry] of Object.entries(data as Record<string, unknown>)) {
      // nyc may wrap each file as { data: … }.
      const raw = isObject(entry) && isObject(entry.data) ? entry.data : entry;
      if (!isObject(raw) || !isObject(raw.statementMap) || !isObject(raw.s)) fail(`entry ${JSON.stringify(key)} has no statementMap and s`);
      const fc = raw as Record<string, unknown>;
      const file = acc.file(typeof fc.path === 'string' ? fc.path : key);
      const statementMap = fc.statementMap as Record<string, unknown>;
      const lineMax = new Map<number, number>();
      for (const [id, hits] of Object.entries(fc.s as Record<string, unknown>)) {
        const loc = statementMap[id] as Loc | undefined;
        const k = locKey(loc);
        if (!k) continue; // istanbul skips hits without a location too
        const c = count(hits, 's', id, key);
        file.addStatement(k, c);
        const line = lineNumber(loc!.start.line, `statementMap[${JSON.stringify(id)}] of ${JSON.stringify(key)}: start line`);
        const prev = lineMax.get(line);
        if (prev === undefined || prev < c) lineMax.set(line, c);
      }
      for (const [line, c] of lineMax) file.addLine(line, c);
      const fnMap = isObject(fc.fnMap) ? fc.fnMap : {};
      for (const [id, hits] of Object.entries(isObject(fc.f) ? fc.f : {})) {
        const fn = fnMap[id];
        const k = isObject(fn) ? locKey(fn.loc) ?? locKey(fn.decl) : null;
        file.addFunction(k ?? `#${id}`, count(hits, 'f', id, key));
      }
      const branchMap = isObject(fc.branchMap) ? fc.branchMap : {};
      for (const [id, hits] of Object.entries(isObject(fc.b) ? fc.b : {})) {
        if (!Array.isArray(hits)) fail(`branch ${id} of ${JSON.stringify(key)} is not an array of counts`);
        const br = branchMap[id];
        const locs = isObject(br) && Array.isArray(br.locations) ? br.locations : [];
        const base = locKey(locs[0]) ?? (isObject(br) ? locKey(br.loc) : null) ?? `#${id}`;
        if ((hits as unknown[]).length > MAX_UNITS_PER_LINE) fail(`branch ${id} of ${JSON.stringify(key)} has ${(hits as unknown[]).length} outcomes`);
        (hits as unknown[]).forEach((h, i) => file.addBranch(`${base}:${i}`, count(h, 'b', `${id}][${i}`, key)));
      }
    }
  }
};
