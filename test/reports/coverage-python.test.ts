/** coverage.py 6.5 (Debian python3-coverage): its Cobertura XML must give the totals `report` prints. */
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { tempDir, cleanup, run, load, pct } from '../fixtures/coverage/helpers.js';

// Debian's coverage.py, not whichever python3 is first on PATH (it may lack the module).
const COVERAGE = '/usr/bin/python3-coverage';

describe('coverage.py', () => {
  let dir: string;
  let report: string;
  let totals: { covered_lines: number; num_statements: number; covered_branches: number; num_branches: number; percent_covered: number };
  beforeAll(() => {
    dir = tempDir('python');
    run(COVERAGE, ['run', '--branch', 'prog.py'], dir);
    run(COVERAGE, ['xml', '-o', 'coverage.xml'], dir);
    run(COVERAGE, ['json', '-o', 'coverage.json'], dir);
    report = run(COVERAGE, ['report'], dir);
    totals = JSON.parse(readFileSync(path.join(dir, 'coverage.json'), 'utf8')).totals;
  });
  afterAll(() => cleanup(dir));

  it('coverage.xml gives the statements, branches and TOTAL that coverage report prints', async () => {
    // TOTAL  <stmts> <miss> <branch> <brpart> <cover>%
    const m = /^TOTAL\s+(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s+(\d+)%/m.exec(report);
    if (!m) throw new Error(`no TOTAL line in coverage report:\n${report}`);
    const [stmts, miss, branches, , cover] = m.slice(1).map(Number);
    const { formats, totals: ours } = await load([path.join(dir, 'coverage.xml')]);
    expect(formats).toEqual(['cobertura']);
    expect(ours.lines).toEqual({ covered: stmts - miss, total: stmts });
    expect(ours.branches.total).toBe(branches);
    expect(ours.lines.covered).toBeLessThan(ours.lines.total);
    // The JSON report's exact figures.
    expect(ours.lines).toEqual({ covered: totals.covered_lines, total: totals.num_statements });
    expect(ours.branches).toEqual({ covered: totals.covered_branches, total: totals.num_branches });
    // coverage.py's single figure combines statements and branches.
    const combined = ((ours.lines.covered + ours.branches.covered) / (ours.lines.total + ours.branches.total)) * 100;
    expect(Math.abs(combined - totals.percent_covered)).toBeLessThanOrEqual(0.01);
    expect(Math.round(combined)).toBe(cover);
    expect(pct(ours, 'lines')).toBeCloseTo((totals.covered_lines / totals.num_statements) * 100, 2);
  });
});
