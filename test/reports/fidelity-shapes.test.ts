/**
 * Issue 16 "Fidelity" kinds for which no real report was found in public tool repositories (see
 * test/fixtures/reports-corpus/README.md): these show the shapes the tools' documentation describes;
 * they prove the rule, not the real format. The real-report checks are in real-corpus.test.ts.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadReport } from '../../src/core/reports/load.js';
import { COVERAGE_FORMATS } from '../../src/core/reports/coverage/index.js';
import { CoverageAccumulator } from '../../src/core/reports/coverage/model.js';
import { VULNS_FORMATS } from '../../src/core/reports/vulns/index.js';
import { PERF_FORMATS } from '../../src/core/reports/perf/index.js';
import { VulnAccumulator } from '../../src/core/reports/vulns/model.js';
import { PerfAccumulator } from '../../src/core/reports/perf/model.js';
import { UserError } from '../../src/core/errors.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'pg-shapes-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function write(name: string, text: string): string {
  const file = path.join(dir, name);
  writeFileSync(file, text);
  return file;
}

async function coverage(name: string, text: string): Promise<CoverageAccumulator> {
  const acc = new CoverageAccumulator(dir);
  await loadReport(write(name, text), name, 'coverage-files', COVERAGE_FORMATS, acc);
  return acc;
}

describe('coverage shapes', () => {
  it('Cobertura header branch totals count when no line has branches', async () => {
    const acc = await coverage(
      'header-only.xml',
      `<?xml version="1.0"?>
<coverage line-rate="0.5" branch-rate="0.25" lines-covered="1" lines-valid="2" branches-covered="1" branches-valid="4" version="1">
  <sources><source>src</source></sources>
  <packages><package name="p"><classes><class name="a" filename="a.c"><lines>
    <line number="1" hits="1"/><line number="2" hits="0"/>
  </lines></class></classes></package></packages>
</coverage>`
    );
    expect(acc.totals().branches).toEqual({ covered: 1, total: 4 });
    expect(acc.fileNames()).toEqual(['src/a.c']);
  });

  it('Clover project <metrics> count when the report lists no <file>', async () => {
    const acc = await coverage(
      'project-only.xml',
      `<?xml version="1.0"?>
<coverage generated="1"><project timestamp="1">
  <metrics statements="10" coveredstatements="7" conditionals="4" coveredconditionals="1" methods="3" coveredmethods="2" elements="17" coveredelements="10"/>
</project></coverage>`
    );
    const t = acc.totals();
    expect([t.statements, t.branches, t.functions]).toEqual([
      { covered: 7, total: 10 },
      { covered: 1, total: 4 },
      { covered: 2, total: 3 }
    ]);
  });

  it('JaCoCo files of two <group>s with the same package and name stay two files', async () => {
    const module = (name: string, ci: number): string =>
      `<group name="${name}"><package name="com/x"><sourcefile name="A.java"><line nr="3" mi="${1 - ci}" ci="${ci}" mb="0" cb="0"/></sourcefile></package></group>`;
    const acc = await coverage('groups.xml', `<?xml version="1.0"?><report name="all">${module('app', 1)}${module('lib', 0)}</report>`);
    expect(acc.fileNames().sort()).toEqual(['app/com/x/A.java', 'lib/com/x/A.java']);
    expect(acc.totals().lines).toEqual({ covered: 1, total: 2 });
  });
});

describe('vulns shapes', () => {
  it("old Trivy's null (nothing found) is a Trivy report with no finding", async () => {
    const acc = new VulnAccumulator();
    expect(await loadReport(write('trivy-null.json', 'null\n'), 'trivy-null.json', 'vuln-files', VULNS_FORMATS, acc)).toBe('trivy');
    expect(acc.counts()).toEqual({ critical: 0, high: 0, medium: 0, low: 0 });
  });
});

describe('an empty file is refused by every kind, naming the input and the file', () => {
  it.each([
    ['coverage-files', COVERAGE_FORMATS, () => new CoverageAccumulator()],
    ['vuln-files', VULNS_FORMATS, () => new VulnAccumulator()],
    ['perf-files', PERF_FORMATS, () => new PerfAccumulator()]
  ] as const)('%s', async (input, formats, sink) => {
    for (const [name, text] of [['empty.json', ''], ['blank.xml', ' \n\n'], ['bom.info', '\ufeff\n']]) {
      const file = write(name, text);
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      const err = await loadReport(file, name, input, formats as any, sink() as any).then(() => undefined, (e: unknown) => e);
      expect(err).toBeInstanceOf(UserError);
      expect((err as UserError).render()).toBe(`${input}: ${name}: empty report`);
    }
  });
});
