/**
 * Clover XML (Istanbul `clover`, OpenClover, PHPUnit `--coverage-clover`). Each `<file>` lists
 * `<line num type count>`: `stmt` and `cond` lines are lines and statements, `method` lines are
 * functions. Branches of a `cond` line differ by producer: Istanbul (root `clover="3.2.0"`) writes
 * `truecount` = covered and `falsecount` = uncovered branches of the line; OpenClover writes how
 * often the condition was true and false, i.e. two branches each covered when its count is above 0.
 * A file that lists no `<line>` has its `<metrics>` as its figures; a report with no `<file>` at
 * all gives the project's `<metrics>` as its totals.
 */
import { UserError } from '../../errors.js';
import { streamXml, xmlRoot, type XmlPosition } from '../xml.js';
import type { FormatModule } from '../types.js';
import { ownString, type CoverageAccumulator, type CoverageMetric, type FileCoverage } from './model.js';
import { intAttr, lineAttr } from './cobertura.js';
import { unitsOfLine } from '../domain.js';

/**
 * Clover `<metrics>` counts: statements (also as lines, as `stmt` lines are read), conditionals as
 * branches, methods as functions. Absent pairs say nothing; a covered count above its total is an error.
 */
function addMetrics(a: Record<string, string>, add: (metric: CoverageMetric, covered: number, total: number) => void): void {
  const pairs: Array<[string, string, CoverageMetric[]]> = [
    ['statements', 'coveredstatements', ['statements', 'lines']],
    ['conditionals', 'coveredconditionals', ['branches']],
    ['methods', 'coveredmethods', ['functions']]
  ];
  for (const [totalName, coveredName, metrics] of pairs) {
    if (a[totalName] === undefined || a[coveredName] === undefined) continue;
    const total = intAttr(a[totalName], totalName);
    const covered = intAttr(a[coveredName], coveredName);
    if (covered > total) throw new UserError(`<metrics ${coveredName}="${covered}"> is more than ${totalName}="${total}"`);
    for (const metric of metrics) add(metric, covered, total);
  }
}

export const clover: FormatModule<CoverageAccumulator> = {
  id: 'clover',
  kind: 'coverage',
  description: 'Clover XML (Istanbul clover, OpenClover, PHPUnit)',
  detect(head) {
    return xmlRoot(head) === 'coverage' && !/<coverage\b[^>]*\bline-rate=/.test(head) && /<project\b/.test(head);
  },
  async parse(ctx, acc) {
    const at: XmlPosition = { line: 0 };
    const fail = (message: string): never => {
      throw new UserError(message, { input: ctx.input, file: ctx.shown, line: at.line });
    };
    let istanbul = false;
    let file: FileCoverage | null = null;
    let statement = 0;
    let files = 0;
    let fileLines = 0;
    let fileMetrics: Record<string, string> | null = null;
    /** The project's own `<metrics>`, used when the report lists no `<file>`. */
    let project: Record<string, string> | null = null;
    await streamXml(
      ctx,
      {
        open(tag, path) {
          if (tag.name === 'coverage' && path.length === 0) {
            istanbul = tag.attributes.clover === '3.2.0';
            return;
          }
          if (tag.name === 'metrics') {
            const parent = path[path.length - 1];
            if (parent === 'project' && path.length === 2) project = tag.attributes;
            // A file's own metrics are its figures when it lists no <line> (kept, used at its end).
            else if (parent === 'file' && file) fileMetrics = tag.attributes;
            return;
          }
          if (tag.name === 'file') {
            files++;
            fileMetrics = null;
            fileLines = 0;
            const name = tag.attributes.path || tag.attributes.name;
            if (!name) fail('<file> without a path or name attribute');
            file = acc.file(name);
            statement = 0;
            return;
          }
          if (tag.name !== 'line' || path[path.length - 1] !== 'file') return;
          if (!file) fail('<line> outside a <file>');
          fileLines++;
          const num = lineAttr(tag.attributes.num, 'num');
          const type = tag.attributes.type;
          if (type === 'method') {
            const count = intAttr(tag.attributes.count, 'count');
            file!.addFunction(ownString(`${tag.attributes.name ?? tag.attributes.signature ?? ''}@${num}`), count);
            return;
          }
          if (type !== 'stmt' && type !== 'cond') fail(`<line type="${type ?? ''}"> is not stmt, cond or method`);
          let count: number;
          if (type === 'cond') {
            const t = intAttr(tag.attributes.truecount, 'truecount');
            const f = intAttr(tag.attributes.falsecount, 'falsecount');
            // Istanbul: t of t + f branches taken; OpenClover: how often the condition was true and false.
            if (istanbul) file!.addLineBranches(num, t, unitsOfLine(t + f, `branches of line ${num} (truecount + falsecount)`));
            else {
              file!.addBranchAt(num, 0, 0, t);
              file!.addBranchAt(num, 0, 1, f);
            }
            count = tag.attributes.count !== undefined ? intAttr(tag.attributes.count, 'count') : t + f;
          } else count = intAttr(tag.attributes.count, 'count');
          file!.addLine(num, count);
          // Several statements may share a line; the n-th statement of the file keys it.
          file!.addStatement(`${num}#${statement++}`, count);
        },
        close(name) {
          if (name !== 'file') return;
          if (file && fileLines === 0 && fileMetrics) {
            const f: FileCoverage = file;
            addMetrics(fileMetrics, (m, c, t) => f.addSummary(m, c, t));
          }
          // Packed, so that the next file can use the shared staging area (see cobertura.ts).
          file?.compact();
          file = null;
        }
      },
      at
    );
    if (files === 0 && project) addMetrics(project, (m, c, t) => acc.addReportTotals(m, c, t));
  }
};
