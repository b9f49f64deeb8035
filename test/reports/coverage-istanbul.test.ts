/**
 * jest (istanbul) writes every JS format from one run; each must give the totals jest prints in its
 * text-summary and writes in coverage-summary.json.
 */
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { tempDir, cleanup, run, load, pct, REPO } from '../fixtures/coverage/helpers.js';

let dir: string;
let textSummary: string;
let summaryTotal: Record<string, { total: number; covered: number; pct: number }>;

beforeAll(() => {
  dir = tempDir('js-project');
  const jest = path.join(REPO, 'node_modules', 'jest', 'bin', 'jest.js');
  textSummary = run(
    process.execPath,
    [jest, '--rootDir', dir, '--ci', '--coverage', '--coverageDirectory', path.join(dir, 'coverage'),
      '--coverageReporters=json-summary', '--coverageReporters=json', '--coverageReporters=lcov',
      '--coverageReporters=clover', '--coverageReporters=cobertura', '--coverageReporters=text-summary'],
    dir,
    { NODE_OPTIONS: '' }
  );
  summaryTotal = JSON.parse(readFileSync(path.join(dir, 'coverage', 'coverage-summary.json'), 'utf8')).total;
});

afterAll(() => cleanup(dir));

/** `Lines        : 61.53% ( 8/13 )` from jest's text-summary. */
function printed(metric: string): { pct: number; covered: number; total: number } {
  const m = new RegExp(`${metric}\\s*:\\s*([\\d.]+)%\\s*\\(\\s*(\\d+)/(\\d+)\\s*\\)`).exec(textSummary);
  if (!m) throw new Error(`no ${metric} in jest's text-summary:\n${textSummary}`);
  return { pct: Number(m[1]), covered: Number(m[2]), total: Number(m[3]) };
}

const file = (name: string): string => path.join(dir, 'coverage', name);

describe('jest / istanbul reports', () => {
  it('printed a summary with partial coverage (the fixture is not trivially 0 or 100 %)', () => {
    const lines = printed('Lines');
    expect(lines.covered).toBeGreaterThan(0);
    expect(lines.covered).toBeLessThan(lines.total);
  });

  it.each([
    ['coverage-final.json', 'istanbul-final', ['Statements', 'Branches', 'Functions', 'Lines']],
    ['coverage-summary.json', 'istanbul-summary', ['Statements', 'Branches', 'Functions', 'Lines']],
    ['lcov.info', 'lcov', ['Branches', 'Functions', 'Lines']],
    ['cobertura-coverage.xml', 'cobertura', ['Lines']],
    ['clover.xml', 'clover', ['Lines']]
  ])('%s is read as %s with jest\'s own totals', async (name, format, metrics) => {
    const { formats, totals } = await load([file(name)]);
    expect(formats).toEqual([format]);
    for (const metric of metrics as string[]) {
      const key = metric.toLowerCase() as 'lines' | 'branches' | 'functions' | 'statements';
      const tool = printed(metric);
      expect({ metric, ...totals[key] }).toEqual({ metric, covered: tool.covered, total: tool.total });
      expect(Math.abs(pct(totals, key)! - summaryTotal[key].pct)).toBeLessThanOrEqual(0.01);
    }
  });

  it('Clover and Cobertura branches agree with the totals each report states about itself', async () => {
    const clover = readFileSync(file('clover.xml'), 'utf8');
    const projectMetrics = /<project[^>]*>\s*<metrics ([^>]*)>/.exec(clover)![1];
    const attr = (s: string, n: string): number => Number(new RegExp(`\\b${n}="(\\d+)"`).exec(s)![1]);
    const c = await load([file('clover.xml')]);
    expect(c.totals.branches).toEqual({ covered: attr(projectMetrics, 'coveredconditionals'), total: attr(projectMetrics, 'conditionals') });
    expect(c.totals.lines).toEqual({ covered: attr(projectMetrics, 'coveredstatements'), total: attr(projectMetrics, 'statements') });
    const cob = readFileSync(file('cobertura-coverage.xml'), 'utf8');
    const root = /<coverage ([^>]*)>/.exec(cob)![1];
    const b = await load([file('cobertura-coverage.xml')]);
    expect(b.totals.branches).toEqual({ covered: Number(/branches-covered="(\d+)"/.exec(root)![1]), total: Number(/branches-valid="(\d+)"/.exec(root)![1]) });
  });

  it('the same LCOV read twice merges per line instead of counting lines twice', async () => {
    const both = await load([file('lcov.info'), file('lcov.info')]);
    const tool = printed('Lines');
    expect(both.totals.lines).toEqual({ covered: tool.covered, total: tool.total });
  });
});
