/**
 * JaCoCo XML (`jacoco:report`, the Gradle `jacocoTestReport` task, `jacococli report --xml`). Lines
 * come from `<sourcefile><line nr mi ci mb cb>`: a line is covered when `ci` > 0, as JaCoCo's LINE
 * counter counts it, so totals equal the report-level `<counter type="LINE">`. `mb`/`cb` give the
 * line's missed and covered branches; functions are the `<method>` elements (covered when their
 * METHOD counter says so). The DOCTYPE naming `report.dtd` is ignored, never fetched.
 */
import { streamXml, xmlRoot, type XmlPosition } from '../xml.js';
import type { FormatModule } from '../types.js';
import type { CoverageAccumulator } from './model.js';
import { intAttr, lineAttr } from './cobertura.js';
import { unitsOfLine } from '../domain.js';

export const jacoco: FormatModule<CoverageAccumulator> = {
  id: 'jacoco',
  kind: 'coverage',
  description: 'JaCoCo XML report',
  detect(head) {
    return xmlRoot(head) === 'report' && (/-\/\/JACOCO\/\/DTD/.test(head) || /<(sessioninfo|package|counter)\b/.test(head));
  },
  async parse(ctx, acc) {
    const at: XmlPosition = { line: 0 };
    let pkg = '';
    let cls = '';
    let sourceOfClass = '';
    let method: string | null = null;
    let source: string | null = null;
    await streamXml(
      ctx,
      {
        open(tag, path) {
          const a = tag.attributes;
          switch (tag.name) {
            case 'package':
              pkg = a.name ?? '';
              return;
            case 'class':
              cls = a.name ?? '';
              sourceOfClass = a.sourcefilename ?? '';
              return;
            case 'method':
              method = `${cls}.${a.name ?? ''}${a.desc ?? ''}`;
              return;
            case 'sourcefile':
              source = pkg ? `${pkg}/${a.name ?? ''}` : (a.name ?? '');
              return;
            case 'counter':
              // A method's METHOD counter is 1 covered or 1 missed.
              if (method && path[path.length - 1] === 'method' && a.type === 'METHOD') {
                const covered = intAttr(a.covered, 'covered');
                const file = sourceOfClass ? (pkg ? `${pkg}/${sourceOfClass}` : sourceOfClass) : cls;
                acc.file(file).addFunction(method, covered > 0 ? 1 : 0);
              }
              return;
            case 'line': {
              if (!source || path[path.length - 1] !== 'sourcefile') return;
              const nr = lineAttr(a.nr, 'nr');
              const ci = intAttr(a.ci, 'ci');
              const mb = a.mb === undefined ? 0 : intAttr(a.mb, 'mb');
              const cb = a.cb === undefined ? 0 : intAttr(a.cb, 'cb');
              const f = acc.file(source);
              f.addLine(nr, ci);
              f.addLineBranches(nr, cb, unitsOfLine(mb + cb, `branches of line ${nr} (mb + cb)`));
              return;
            }
          }
        },
        close(name) {
          if (name === 'method') method = null;
          else if (name === 'sourcefile') source = null;
          else if (name === 'class') cls = sourceOfClass = '';
          else if (name === 'package') pkg = '';
        }
      },
      at
    );
  }
};
