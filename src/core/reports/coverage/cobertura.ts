/**
 * Cobertura XML (coverage.py `xml`, Istanbul `cobertura`, gcovr `--xml`, JaCoCo-to-Cobertura and
 * most .NET tools). Lines come from `<class><lines><line number hits>`; the copies of the same lines
 * under `<methods>` are skipped. `condition-coverage="50% (1/2)"` on a branch line gives that line's
 * branches. Functions are the `<method>` elements (covered when one of their lines ran). Paths are
 * the `filename` attributes resolved against the report's `<source>` (see sourceResolver). A header
 * with `branches-valid`/`branches-covered` and no per-line branch gives the report's branches.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { UserError } from '../../errors.js';
import { streamXml, xmlRoot, type XmlPosition } from '../xml.js';
import type { FormatModule } from '../types.js';
import { ownString, type CoverageAccumulator, type FileCoverage } from './model.js';
import { countText, lineNumber, unitsOfLine } from '../domain.js';

/** A count attribute: a non-negative safe integer written as digits (the XML reader adds the line). */
export function intAttr(value: string | undefined, name: string): number {
  return countText(value, value === undefined ? `${name} attribute` : name);
}

/** A line-number attribute: a count from 0 to 10⁸. */
export function lineAttr(value: string | undefined, name: string): number {
  return lineNumber(intAttr(value, name), name);
}

/** The workspace a report's relative paths are taken from: the accumulator's, else where `shown` is rooted. */
export function workspaceOf(ctx: { file: string; shown: string }, acc: CoverageAccumulator): string {
  if (acc.workspace) return acc.workspace;
  const file = ctx.file.split(path.sep).join('/');
  return file.endsWith('/' + ctx.shown) ? file.slice(0, -ctx.shown.length - 1) : path.dirname(ctx.file);
}

/** `file` relative to `workspace` with forward slashes, or null when it is not inside it. */
function relativeInside(workspace: string, file: string): string | null {
  const rel = path.relative(workspace, file);
  return rel === '' || rel.startsWith('..') || path.isAbsolute(rel) ? null : rel.split(path.sep).join('/');
}

/**
 * Cobertura's `filename` resolved against the report's `<source>` directories, relative to the
 * workspace (a relative `<source>`, as gcovr writes, is taken from the workspace root): the first
 * source under which the file exists, else the only source when it lies inside the workspace, else
 * the name as written (a report made elsewhere, e.g. in a container). So the same file named by
 * Cobertura (`a.c` under `<source>/w/src</source>`) and LCOV (`SF:/w/src/a.c`) is one.
 */
function sourceResolver(workspace: string, sources: readonly string[]): (name: string) => string {
  const cache = new Map<string, string>();
  return (name) => {
    let hit = cache.get(name);
    if (hit !== undefined) return hit;
    // An owned copy: the attribute is a slice of the chunk it was read in, which it would keep alive.
    const own = ownString(name);
    hit = own;
    if (!path.isAbsolute(name) && sources.length > 0) {
      const inside = sources.map((s) => relativeInside(workspace, path.resolve(workspace, s, name))).filter((r): r is string => r !== null);
      hit = inside.find((r) => existsSync(path.join(workspace, r))) ?? (sources.length === 1 && inside.length === 1 ? inside[0] : own);
    }
    if (cache.size < 100000) cache.set(own, hit);
    return hit;
  };
}

export const cobertura: FormatModule<CoverageAccumulator> = {
  id: 'cobertura',
  kind: 'coverage',
  description: 'Cobertura XML (coverage.py, Istanbul cobertura, gcovr, .NET coverlet)',
  detect(head) {
    return xmlRoot(head) === 'coverage' && /<coverage\b[^>]*\bline-rate=/.test(head);
  },
  async parse(ctx, acc) {
    const at: XmlPosition = { line: 0 };
    const fail = (message: string): never => {
      throw new UserError(message, { input: ctx.input, file: ctx.shown, line: at.line });
    };
    const workspace = workspaceOf(ctx, acc);
    const sources: string[] = [];
    let resolve: ((name: string) => string) | null = null;
    let file: FileCoverage | null = null;
    let className = '';
    /** The `<method>` open in the current class: its key, whether a line of it ran, its line-rate. */
    let method: { key: string; ran: boolean } | null = null;
    let header: { covered: number; total: number } | null = null;
    let lineBranches = false;
    await streamXml(
      ctx,
      {
        open(tag, path) {
          const a = tag.attributes;
          if (tag.name === 'coverage' && path.length === 0) {
            if (a['branches-valid'] !== undefined && a['branches-covered'] !== undefined) {
              header = { covered: intAttr(a['branches-covered'], 'branches-covered'), total: intAttr(a['branches-valid'], 'branches-valid') };
            }
            return;
          }
          if (tag.name === 'class') {
            const name = a.filename;
            if (!name) fail('<class> without a filename attribute');
            resolve ??= sourceResolver(workspace, sources);
            file = acc.file(resolve(name));
            className = a.name ?? '';
            return;
          }
          if (tag.name === 'method' && file && path[path.length - 1] === 'methods') {
            method = { key: ownString(`${className}.${a.name ?? ''}${a.signature ?? ''}`), ran: false };
            return;
          }
          if (tag.name !== 'line' || path[path.length - 1] !== 'lines') return;
          if (path[path.length - 2] === 'method') {
            // A method's own copy of its lines: whether it ran, never counted as lines again.
            const hits = intAttr(a.hits, 'hits');
            if (method && hits > 0) method.ran = true;
            return;
          }
          if (path[path.length - 2] !== 'class') return;
          if (!file) fail('<line> outside a <class>');
          const line = lineAttr(a.number, 'number');
          const hits = intAttr(a.hits, 'hits');
          file!.addLine(line, hits);
          if (a.branch === 'true') {
            const cc = /\((\d+)\/(\d+)\)/.exec(a['condition-coverage'] ?? '');
            if (!cc) fail(`branch line ${line} without condition-coverage="N% (covered/total)"`);
            const covered = countText(cc![1], 'condition-coverage covered');
            const total = unitsOfLine(countText(cc![2], 'condition-coverage total'), 'condition-coverage total');
            if (covered > total) fail(`condition-coverage of line ${line}: ${covered} covered of ${total}`);
            // Which outcomes were taken is not recorded: the first `covered` of them count as taken.
            file!.addLineBranches(line, covered, total);
            lineBranches = true;
          }
        },
        text(text, path) {
          if (path[path.length - 1] === 'source' && path[path.length - 2] === 'sources' && !resolve && text.trim()) {
            if (sources.length < 50) sources.push(text.trim());
          }
        },
        close(name) {
          if (name === 'method' && method && file) {
            // A method without lines of its own is not known to have run: gcovr writes line-rate="1.0"
            // for 0 of 0 lines on a function never called, and counts it uncovered.
            file.addFunction(method.key, method.ran ? 1 : 0);
            method = null;
          } else if (name === 'class') {
            // Folds the class's lines into their packed form and frees the staging area for the next
            // class: without it every class of a 300 MB report kept arrays of its own (600 MB peak).
            file?.compact();
            file = null;
          }
        }
      },
      at
    );
    // A header with branch totals and no branch on any line (writers that keep only the totals):
    // the header's figures are the report's branches.
    const h = header as { covered: number; total: number } | null;
    if (h && !lineBranches && h.total > 0) {
      if (h.covered > h.total) fail(`branches-covered ${h.covered} is more than branches-valid ${h.total}`);
      acc.addReportTotals('branches', h.covered, h.total);
    }
  }
};
