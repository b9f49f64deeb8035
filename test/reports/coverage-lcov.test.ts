/**
 * LCOV from gcc + lcov 1.16 and from c8, compared with the tools' own summaries; shards merged as
 * `lcov -a` merges them; malformed and truncated tracefiles refused with file and line.
 */
import path from 'node:path';
import { readFileSync, writeFileSync, copyFileSync } from 'node:fs';
import { tempDir, cleanup, run, load, pct, FIXTURES, REPO } from '../fixtures/coverage/helpers.js';
import { UserError } from '../../src/core/errors.js';
import type { CoverageTotals } from '../../src/core/reports/coverage/model.js';

const LCOV = 'lcov';
const BRANCHES = ['--rc', 'lcov_branch_coverage=1'];

/** `lines......: 85.7% (6 of 7 lines)` from `lcov --summary`. */
function lcovSummary(text: string, what: string): { pct: number; covered: number; total: number } {
  const m = new RegExp(`${what}\\.*: ([\\d.]+)% \\((\\d+) of (\\d+)`).exec(text);
  if (!m) throw new Error(`no ${what} in lcov --summary:\n${text}`);
  return { pct: Number(m[1]), covered: Number(m[2]), total: Number(m[3]) };
}

function expectSameAsLcov(totals: CoverageTotals, summary: string): void {
  for (const [what, key] of [['lines', 'lines'], ['functions', 'functions'], ['branches', 'branches']] as const) {
    const tool = lcovSummary(summary, what);
    expect({ what, ...totals[key] }).toEqual({ what, covered: tool.covered, total: tool.total });
    // lcov prints one decimal; ours must round to the same figure.
    expect(Math.abs(pct(totals, key)! - tool.pct)).toBeLessThanOrEqual(0.05);
  }
}

describe('gcc --coverage + lcov 1.16', () => {
  let dir: string;
  beforeAll(() => {
    dir = tempDir();
    copyFileSync(path.join(FIXTURES, 'gcc', 'prog.c'), path.join(dir, 'prog.c'));
    run('gcc', ['--coverage', '-O0', '-o', 'prog', 'prog.c'], dir);
    // Two shards of the same source: different runs, captured separately.
    run('./prog', ['3', '4'], dir);
    run(LCOV, ['--capture', '--directory', '.', '--output-file', 'a.info', '--quiet', ...BRANCHES], dir);
    run(LCOV, ['--zerocounters', '--directory', '.', '--quiet'], dir);
    run('./prog', ['-1', '0'], dir);
    run(LCOV, ['--capture', '--directory', '.', '--output-file', 'b.info', '--quiet', ...BRANCHES], dir);
    run(LCOV, ['-a', 'a.info', '-a', 'b.info', '--output-file', 'merged.info', '--quiet', ...BRANCHES], dir);
  });
  afterAll(() => cleanup(dir));

  it.each(['a.info', 'b.info', 'merged.info'])('%s: our totals equal lcov --summary', async (name) => {
    const summary = run(LCOV, ['--summary', name, ...BRANCHES], dir);
    const { formats, totals } = await load([path.join(dir, name)]);
    expect(formats).toEqual(['lcov']);
    expectSameAsLcov(totals, summary);
  });

  it('two shards of one source merge per line as lcov -a does (not averaged)', async () => {
    const summary = run(LCOV, ['--summary', 'merged.info', ...BRANCHES], dir);
    const shards = await load([path.join(dir, 'a.info'), path.join(dir, 'b.info')]);
    expectSameAsLcov(shards.totals, summary);
    // The union covers more than either shard, and more than their average.
    const a = (await load([path.join(dir, 'a.info')])).totals.lines;
    const b = (await load([path.join(dir, 'b.info')])).totals.lines;
    expect(shards.totals.lines.covered).toBeGreaterThan(Math.max(a.covered, b.covered));
    expect(shards.totals.lines.total).toBe(a.total);
  });

  it('gate boundaries: the figure sits inside ±0.5 % of lcov\'s, and a threshold just above it is not met', async () => {
    const summary = run(LCOV, ['--summary', 'merged.info', ...BRANCHES], dir);
    const tool = lcovSummary(summary, 'lines').pct;
    const ours = pct((await load([path.join(dir, 'merged.info')])).totals, 'lines')!;
    expect(ours).toBeGreaterThanOrEqual(tool - 0.5);
    expect(ours).toBeLessThanOrEqual(tool + 0.5);
    expect(ours >= tool - 0.05).toBe(true); // ">= lcov's figure" passes (printed figure is rounded)
    expect(ours >= tool + 0.5).toBe(false); // half a point more is not reached
  });
});

describe('c8', () => {
  let dir: string;
  let summary: Record<string, { total: number; covered: number; pct: number }>;
  beforeAll(() => {
    dir = tempDir('c8');
    const c8 = path.join(REPO, 'node_modules', 'c8', 'bin', 'c8.js');
    run(process.execPath, [c8, '--reporter=lcov', '--reporter=json-summary', '--reports-dir', 'coverage', process.execPath, 'script.js'], dir, { NODE_OPTIONS: '' });
    summary = JSON.parse(readFileSync(path.join(dir, 'coverage', 'coverage-summary.json'), 'utf8')).total;
  });
  afterAll(() => cleanup(dir));

  it.each(['lcov.info', 'coverage-summary.json'])('%s: our totals equal c8\'s json-summary total', async (name) => {
    const { totals } = await load([path.join(dir, 'coverage', name)]);
    expect(summary.lines.covered).toBeLessThan(summary.lines.total);
    for (const key of ['lines', 'branches', 'functions'] as const) {
      expect({ key, ...totals[key] }).toEqual({ key, covered: summary[key].covered, total: summary[key].total });
      expect(Math.abs(pct(totals, key)! - summary[key].pct)).toBeLessThanOrEqual(0.01);
    }
  });
});

describe('LCOV details and malformed input', () => {
  let dir: string;
  beforeAll(() => {
    dir = tempDir();
  });
  afterAll(() => cleanup(dir));

  async function parse(text: string): Promise<CoverageTotals> {
    const file = path.join(dir, `t${Math.random().toString(36).slice(2)}.info`);
    writeFileSync(file, text);
    return (await load([file])).totals;
  }

  async function refusal(text: string): Promise<UserError> {
    try {
      await parse(text);
    } catch (err) {
      expect(err).toBeInstanceOf(UserError);
      return err as UserError;
    }
    throw new Error('expected a UserError');
  }

  it('counts lines from DA, using LF/LH only for a record without DA; BRDA "-" is 0 taken', async () => {
    const t = await parse(
      'TN:\nSF:a.c\nDA:1,1\nDA:2,0\nLF:2\nLH:1\nBRDA:1,0,0,-\nBRDA:1,0,1,2\nFN:1,main\nFNDA:1,main\nend_of_record\n' +
        'SF:b.c\nLF:10\nLH:4\nend_of_record\n'
    );
    expect(t.lines).toEqual({ covered: 5, total: 12 });
    expect(t.branches).toEqual({ covered: 1, total: 2 });
    expect(t.functions).toEqual({ covered: 1, total: 1 });
  });

  it('refuses totals that disagree with the DA lines of their record, naming the line (a file that would read as 100%)', async () => {
    expect(await refusal('SF:a.c\nDA:1,1\nDA:2,0\nLF:99\nLH:99\nend_of_record\n').then((e) => [e.line, e.message])).toEqual([4, 'inconsistent LCOV record: LF:99 but the record has 2 DA lines']);
    expect(await refusal('SF:a.c\nDA:1,1\nDA:2,0\nLF:2\nLH:2\nend_of_record\n').then((e) => [e.line, e.message])).toEqual([5, 'inconsistent LCOV record: LH:2 but 1 of its DA lines is hit']);
    expect(await refusal('SF:a.c\nLF:3\nLH:7\nend_of_record\n').then((e) => [e.line, e.message])).toEqual([3, 'inconsistent LCOV record: LH:7 lines hit of LF:3 found']);
    // A line repeated in one record counts once, as lcov counts it.
    const t = await parse('SF:a.c\nDA:1,0\nDA:1,2\nDA:2,0\nLF:2\nLH:1\nend_of_record\n');
    expect(t.lines).toEqual({ covered: 1, total: 2 });
  });

  it('refuses a record no LCOV version writes, as lcov 2 does (a mistyped DA: would leave the record to its totals)', async () => {
    expect(await refusal('SF:a.c\nDT:3,0\nLF:1\nLH:1\nend_of_record\n').then((e) => [e.line, e.message])).toEqual([2, 'unexpected LCOV record "DT:3,0" (not a record lcov writes)']);
  });

  it('accepts CRLF, blank lines, checksums, lcov 2 FN with end line and unknown keys', async () => {
    const t = await parse('VER:2.0\r\nSF:a.c\r\n\r\nFN:1,9,main\r\nFNDA:0,main\r\nDA:1,3,abc\r\nMCDC:1,2,t,1,1,x\r\nend_of_record');
    expect(t.lines).toEqual({ covered: 1, total: 1 });
    expect(t.functions).toEqual({ covered: 0, total: 1 });
  });

  it('sums repeated and unsorted lines, branches and functions across records of one SF', async () => {
    const t = await parse(
      'SF:./a.c\nDA:9,0\nDA:2,0\nDA:5,1\nDA:2,0\nBRDA:9,0,1,0\nBRDA:2,0,0,-\nFN:2,f\nFNDA:0,f\nend_of_record\n' +
        'SF:a.c\nDA:2,4\nDA:9,0\nDA:7,0\nBRDA:2,0,0,1\nBRDA:9,0,1,0\nFNDA:3,f\nFNDA:0,g\nend_of_record\n'
    );
    expect(t.lines).toEqual({ covered: 2, total: 4 });
    expect(t.branches).toEqual({ covered: 1, total: 2 });
    expect(t.functions).toEqual({ covered: 1, total: 2 });
  });

  it.each([
    ['TN:\nSF:a.c\nDA:1,1\nDA:x,1\nend_of_record\n', 4, /not an LCOV record/],
    ['TN:\nSF:a.c\nDA:1,1\n', 3, /truncated LCOV.*no end_of_record/],
    ['TN:\nDA:1,1\nend_of_record\n', 2, /outside a record/],
    ['TN:\nSF:a.c\nDA:1,1\nSF:b.c\nend_of_record\n', 4, /end_of_record is missing/],
    ['TN:\nSF:a.c\nthis is not lcov\nend_of_record\n', 3, /not an LCOV record/],
    ['TN:\nSF:a.c\nBRDA:1,0\nend_of_record\n', 3, /not an LCOV record/]
  ])('refuses malformed LCOV with file and line (%#)', async (text, line, message) => {
    const err = await refusal(text);
    expect(err.message).toMatch(message);
    expect(err.line).toBe(line);
    expect(err.file).toMatch(/\.info$/);
    expect(err.render()).toMatch(new RegExp(`^coverage-files: t\\w+\\.info:${line}: `));
  });
});
