/**
 * JaCoCo XML (`jacoco:report`, the Gradle `jacocoTestReport` task, `jacococli report --xml`). Lines
 * come from `<sourcefile><line nr mi ci mb cb>`: a line is covered when `ci` > 0, as JaCoCo's LINE
 * counter counts it, so totals equal the report-level `<counter type="LINE">`. `mb`/`cb` give the
 * line's missed and covered branches; functions are the `<method>` elements (covered when their
 * METHOD counter says so). `mi` and `ci` may both be absent: gcovr writes `<line nr="1"/>`, and then the
 * sourcefile's own LINE (and METHOD) counters give its figures — a sourcefile's counters stand in
 * wherever its detail says nothing. Files under `<group>`s (multi-module builds) are keyed by the
 * group names too, so two modules' `com/x/A.java` stay two files. The DOCTYPE naming `report.dtd`
 * is ignored, never fetched.
 */
import { streamXml, xmlRoot, type XmlPosition } from '../xml.js';
import type { FormatModule } from '../types.js';
import { ownString, type CoverageAccumulator, type CoverageMetric } from './model.js';
import { intAttr, lineAttr } from './cobertura.js';
import { unitsOfLine } from '../domain.js';

/** The sourcefile counters that give a metric when the detail does not. */
const COUNTER_METRIC: Record<string, CoverageMetric | undefined> = { LINE: 'lines', BRANCH: 'branches', METHOD: 'functions' };

export const jacoco: FormatModule<CoverageAccumulator> = {
  id: 'jacoco',
  kind: 'coverage',
  description: 'JaCoCo XML report',
  detect(head) {
    return xmlRoot(head) === 'report' && (/-\/\/JACOCO\/\/DTD/.test(head) || /<(sessioninfo|package|counter)\b/.test(head));
  },
  async parse(ctx, acc) {
    const at: XmlPosition = { line: 0 };
    /** Names of the open `<group>`s (multi-module reports): part of every path below them. */
    const groups: string[] = [];
    let pkg = '';
    /** The open sourcefile's lines carry no mi/ci (gcovr writes `<line nr="1"/>`): its counters count. */
    let unknownLines = false;
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
            case 'group':
              groups.push(a.name ?? '');
              return;
            case 'package':
              pkg = [...groups, a.name ?? ''].filter((p) => p !== '').join('/');
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
              unknownLines = false;
              return;
            case 'counter':
              // A sourcefile's own counters stand in for what its lines and methods do not say.
              if (source && path[path.length - 1] === 'sourcefile') {
                const metric = COUNTER_METRIC[a.type ?? ''];
                const covered = intAttr(a.covered, 'covered');
                if (metric) acc.file(source).addSummary(metric, covered, covered + intAttr(a.missed, 'missed'));
                return;
              }
              // A method's METHOD counter is 1 covered or 1 missed.
              if (method && path[path.length - 1] === 'method' && a.type === 'METHOD') {
                const covered = intAttr(a.covered, 'covered');
                const file = sourceOfClass ? (pkg ? `${pkg}/${sourceOfClass}` : sourceOfClass) : cls;
                acc.file(file).addFunction(ownString(method), covered > 0 ? 1 : 0);
              }
              return;
            case 'line': {
              if (!source || path[path.length - 1] !== 'sourcefile') return;
              const nr = lineAttr(a.nr, 'nr');
              const mb = a.mb === undefined ? 0 : intAttr(a.mb, 'mb');
              const cb = a.cb === undefined ? 0 : intAttr(a.cb, 'cb');
              const f = acc.file(source);
              // Neither mi nor ci: whether the line ran is not said (the sourcefile's LINE counter says how many did).
              if (a.mi === undefined && a.ci === undefined) unknownLines = true;
              else if (!unknownLines) f.addLine(nr, intAttr(a.ci, 'ci'));
              f.addLineBranches(nr, cb, unitsOfLine(mb + cb, `branches of line ${nr} (mb + cb)`));
              return;
            }
          }
        },
        close(name) {
          if (name === 'method') method = null;
          else if (name === 'sourcefile') {
            // Packed, so that the next file can use the shared staging area (see cobertura.ts).
            if (source) acc.file(source).compact();
            source = null;
          }
          else if (name === 'class') cls = sourceOfClass = '';
          else if (name === 'package') pkg = groups.join('/');
          else if (name === 'group') {
            groups.pop();
            pkg = groups.join('/');
          }
        }
      },
      at
    );
  }
};
