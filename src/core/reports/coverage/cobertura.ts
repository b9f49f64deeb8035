/**
 * Cobertura XML (coverage.py `xml`, Istanbul `cobertura`, gcovr `--xml`, JaCoCo-to-Cobertura and
 * most .NET tools). Lines come from `<class><lines><line number hits>`; the copies of the same lines
 * under `<methods>` are skipped. `condition-coverage="50% (1/2)"` on a branch line gives that line's
 * branches. Paths are the `filename` attributes as written (relative to the report's `<source>`).
 */
import { UserError } from '../../errors.js';
import { streamXml, xmlRoot, type XmlPosition } from '../xml.js';
import type { FormatModule } from '../types.js';
import type { CoverageAccumulator, FileCoverage } from './model.js';
import { countText, lineNumber, unitsOfLine } from '../domain.js';

/** A count attribute: a non-negative safe integer written as digits (the XML reader adds the line). */
export function intAttr(value: string | undefined, name: string): number {
  return countText(value, value === undefined ? `${name} attribute` : name);
}

/** A line-number attribute: a count from 0 to 10⁸. */
export function lineAttr(value: string | undefined, name: string): number {
  return lineNumber(intAttr(value, name), name);
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
    let file: FileCoverage | null = null;
    await streamXml(
      ctx,
      {
        open(tag, path) {
          if (tag.name === 'class') {
            const name = tag.attributes.filename;
            if (!name) fail('<class> without a filename attribute');
            file = acc.file(name);
            return;
          }
          // Only <class><lines><line>: <methods><method><lines><line> repeats the same lines.
          if (tag.name !== 'line' || path[path.length - 1] !== 'lines' || path[path.length - 2] !== 'class') return;
          if (!file) fail('<line> outside a <class>');
          const line = lineAttr(tag.attributes.number, 'number');
          const hits = intAttr(tag.attributes.hits, 'hits');
          file!.addLine(line, hits);
          if (tag.attributes.branch === 'true') {
            const cc = /\((\d+)\/(\d+)\)/.exec(tag.attributes['condition-coverage'] ?? '');
            if (!cc) fail(`branch line ${line} without condition-coverage="N% (covered/total)"`);
            const covered = countText(cc![1], 'condition-coverage covered');
            const total = unitsOfLine(countText(cc![2], 'condition-coverage total'), 'condition-coverage total');
            if (covered > total) fail(`condition-coverage of line ${line}: ${covered} covered of ${total}`);
            // Which outcomes were taken is not recorded: the first `covered` of them count as taken.
            file!.addLineBranches(line, covered, total);
          }
        },
        close(name) {
          if (name === 'class') file = null;
        }
      },
      at
    );
  }
};
