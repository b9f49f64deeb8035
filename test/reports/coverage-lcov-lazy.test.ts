/**
 * Lazy LCOV records: the first record of a source file is kept as totals only, and rebuilt in detail
 * from the report when the same source file comes again (later in the file, in another shard, or from
 * another format). Figures are checked against lcov 1.16 itself (`lcov -a` merge, then `--summary`).
 */
import path from 'node:path';
import { writeFileSync, truncateSync } from 'node:fs';
import { tempDir, cleanup, run, load } from '../fixtures/coverage/helpers.js';
import { UserError } from '../../src/core/errors.js';
import { loadReport } from '../../src/core/reports/load.js';
import { COVERAGE_FORMATS } from '../../src/core/reports/coverage/index.js';
import { CoverageAccumulator, type CoverageTotals } from '../../src/core/reports/coverage/model.js';

const LCOV = 'lcov';
const BRANCHES = ['--rc', 'lcov_branch_coverage=1'];

/** `lines......: 85.7% (6 of 7 lines)` from `lcov --summary`. */
function lcovSummary(text: string, what: string): { covered: number; total: number } {
  const m = new RegExp(`${what}\\.*: ([\\d.]+)% \\((\\d+) of (\\d+)`).exec(text);
  if (!m) throw new Error(`no ${what} in lcov --summary:\n${text}`);
  return { covered: Number(m[2]), total: Number(m[3]) };
}

/** Merges `files` with `lcov -a` and returns lcov's summary of the result, per metric. */
function lcovMerged(dir: string, files: string[]): Pick<CoverageTotals, 'lines' | 'branches' | 'functions'> {
  run(LCOV, [...files.flatMap((f) => ['-a', f]), '--output-file', 'merged.info', '--quiet', ...BRANCHES], dir);
  const summary = run(LCOV, ['--summary', 'merged.info', ...BRANCHES], dir);
  return { lines: lcovSummary(summary, 'lines'), branches: lcovSummary(summary, 'branches'), functions: lcovSummary(summary, 'functions') };
}

function ours(t: CoverageTotals): Pick<CoverageTotals, 'lines' | 'branches' | 'functions'> {
  return { lines: t.lines, branches: t.branches, functions: t.functions };
}

/** A deterministic pseudo-random sequence (the same file on every run). */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

/**
 * One record as geninfo writes it (FN, FNDA, DA, BRDA with `-`, summary counts). `variant` shifts
 * which lines, branches and functions exist and run, so that records of one file overlap partly.
 */
function record(rand: () => number, file: number, lines: number, variant = 0): string {
  let rec = `TN:\nSF:src/m${file % 7}/file${file}.c\n`;
  const functions = 4 + variant;
  for (let i = 0; i < functions; i++) rec += `FN:${i * 10 + 1},f${file}_${i}\n`;
  for (let i = 0; i < functions; i++) rec += `FNDA:${rand() < 0.5 ? 0 : Math.floor(rand() * 9) + 1},f${file}_${i}\n`;
  rec += `FNF:${functions}\nFNH:0\n`;
  let found = 0;
  let hit = 0;
  for (let line = 1 + variant; line <= lines; line++) {
    if (rand() < 0.15) continue;
    const count = rand() < 0.6 ? Math.floor(rand() * 300) + 1 : 0;
    rec += `DA:${line},${count}\n`;
    found++;
    if (count > 0) hit++;
  }
  for (let b = 0; b < 6; b++) rec += `BRDA:${b * 7 + 2},0,${b % 2},${rand() < 0.4 ? Math.floor(rand() * 5) + 1 : rand() < 0.5 ? 0 : '-'}\n`;
  rec += `BRF:6\nBRH:0\nLF:${found}\nLH:${hit}\nend_of_record\n`;
  return rec;
}

describe('lazy LCOV records merge as lcov -a does', () => {
  let dir: string;
  beforeAll(() => {
    dir = tempDir();
  });
  afterAll(() => cleanup(dir));

  it('a duplicate SF within one file', async () => {
    const rand = lcg(7);
    let text = '';
    for (let f = 0; f < 30; f++) text += record(rand, f, 60);
    // Files 3, 10 and 29 again, partly overlapping their first records; file 10 a third time.
    for (const f of [10, 3, 29, 10]) text += record(rand, f, 80, 1);
    writeFileSync(path.join(dir, 'dup.info'), text);
    const { totals, acc } = await load([path.join(dir, 'dup.info')]);
    expect(ours(totals)).toEqual(lcovMerged(dir, ['dup.info']));
    expect(acc.fileNames()).toHaveLength(30);
    // Files named once stay lazy; those named again were rebuilt in detail.
    expect(acc.file('src/m0/file0.c').isDeferred).toBe(true);
    expect(acc.file('src/m3/file10.c').isDeferred).toBe(false);
  });

  it('a duplicate SF across two files (shards)', async () => {
    const rand = lcg(11);
    let a = '';
    let b = '';
    for (let f = 0; f < 20; f++) a += record(rand, f, 50);
    for (let f = 10; f < 30; f++) b += record(rand, f, 70, f % 2);
    writeFileSync(path.join(dir, 'a.info'), a);
    writeFileSync(path.join(dir, 'b.info'), b);
    const { totals } = await load([path.join(dir, 'a.info'), path.join(dir, 'b.info')]);
    expect(ours(totals)).toEqual(lcovMerged(dir, ['a.info', 'b.info']));
  });

  it('records of one SF on either side of read-chunk boundaries (a 5 MB file)', async () => {
    const rand = lcg(3);
    const files = 600;
    const parts: string[] = [];
    const owner: Array<{ start: number; end: number; second: boolean }> = [];
    let at = 0;
    for (let pass = 0; pass < 2; pass++) {
      for (let f = 0; f < files; f++) {
        const rec = record(rand, f, 500, pass);
        parts.push(rec);
        const size = Buffer.byteLength(rec);
        owner.push({ start: at, end: at + size, second: pass === 1 });
        at += size;
      }
    }
    expect(at).toBeGreaterThan(5 * 2 ** 20);
    // Reads are cut at multiples of 1 MiB (2 MiB today): each such boundary cuts through a record,
    // first ones (kept lazily, their byte range spanning two reads) in the first pass over the files,
    // second ones (which rebuild the first ones in detail) in the second.
    const firstPassEnd = owner[files - 1].end;
    for (let mb = 1; mb <= 5; mb++) {
      const cut = owner.find((r) => r.start < mb * 2 ** 20 && r.end > mb * 2 ** 20)!;
      expect(cut.second).toBe(mb * 2 ** 20 > firstPassEnd);
    }
    writeFileSync(path.join(dir, 'big.info'), parts.join(''));
    const { totals, acc } = await load([path.join(dir, 'big.info')]);
    expect(ours(totals)).toEqual(lcovMerged(dir, ['big.info']));
    expect(acc.fileNames()).toHaveLength(files);
  }, 60000);

  it('an LCOV record and a Cobertura report of the same source path, in either order', async () => {
    // LCOV: lines 1 (run), 2, 3 (not run); branches of line 3: one of two taken; function f run.
    writeFileSync(
      path.join(dir, 'x.info'),
      'SF:src/x.py\nFN:1,f\nFNDA:2,f\nDA:1,2\nDA:2,0\nDA:3,0\nBRDA:3,0,0,1\nBRDA:3,0,1,0\nend_of_record\n'
    );
    // Cobertura: lines 2 and 3 run, line 4 not. Lines only, so that it is the line adder that must
    // rebuild the lazy record first.
    writeFileSync(
      path.join(dir, 'x.xml'),
      '<?xml version="1.0" ?>\n<coverage line-rate="0.5" branch-rate="0" version="7">\n<packages><package name="p"><classes>\n' +
        '<class name="x.py" filename="src/x.py"><methods/><lines>\n' +
        '<line number="2" hits="1"/>\n<line number="3" hits="4"/>\n<line number="4" hits="0"/>\n' +
        '</lines></class>\n</classes></package></packages>\n</coverage>\n'
    );
    const lcovOnly = await load([path.join(dir, 'x.info')]);
    expect(lcovOnly.acc.file('src/x.py').isDeferred).toBe(true);
    expect(ours(lcovOnly.totals)).toEqual({ lines: { covered: 1, total: 3 }, branches: { covered: 1, total: 2 }, functions: { covered: 1, total: 1 } });
    // Merged per line: 1, 2 and 3 run, 4 not; branches and functions from LCOV alone.
    const merged = { lines: { covered: 3, total: 4 }, branches: { covered: 1, total: 2 }, functions: { covered: 1, total: 1 } };
    for (const order of [
      ['x.info', 'x.xml'],
      ['x.xml', 'x.info']
    ]) {
      const { formats, totals, acc } = await load(order.map((f) => path.join(dir, f)));
      expect(formats).toEqual(order.map((f) => (f.endsWith('.xml') ? 'cobertura' : 'lcov')));
      expect(ours(totals)).toEqual(merged);
      expect(acc.file('src/x.py').isDeferred).toBe(false);
      expect(acc.file('src/x.py').lines()).toEqual([
        [1, 2],
        [2, 1],
        [3, 4],
        [4, 0]
      ]);
    }
  });

  it('a lazy record whose report changed before it is rebuilt: refused, naming that report', async () => {
    writeFileSync(path.join(dir, 'c1.info'), 'TN:\nSF:a.c\nDA:1,1\nend_of_record\n');
    writeFileSync(path.join(dir, 'c2.info'), 'SF:a.c\nDA:2,1\nend_of_record\n');
    const acc = new CoverageAccumulator();
    await loadReport(path.join(dir, 'c1.info'), 'c1.info', 'coverage-files', COVERAGE_FORMATS, acc);
    truncateSync(path.join(dir, 'c1.info'), 10);
    const err = await loadReport(path.join(dir, 'c2.info'), 'c2.info', 'coverage-files', COVERAGE_FORMATS, acc).then(
      () => null,
      (e: unknown) => e
    );
    expect(err).toBeInstanceOf(UserError);
    expect((err as UserError).render()).toBe('coverage-files: c1.info:2: the report changed while it was being read');
  });
});

describe('error messages with lazy records', () => {
  let dir: string;
  beforeAll(() => {
    dir = tempDir();
  });
  afterAll(() => cleanup(dir));

  async function refusal(name: string, text: string | Buffer): Promise<UserError> {
    writeFileSync(path.join(dir, name), text);
    try {
      await load([path.join(dir, name)]);
    } catch (err) {
      expect(err).toBeInstanceOf(UserError);
      return err as UserError;
    }
    throw new Error('expected a UserError');
  }

  /** Records of 200 files, about 3 MB: several reads. */
  function many(): string[] {
    const rand = lcg(5);
    const lines: string[] = [];
    for (let f = 0; f < 200; f++) lines.push(...record(rand, f, 1500).split('\n').slice(0, -1));
    return lines;
  }

  it('names the line of a malformed line in a second record of one SF', async () => {
    const text = 'SF:a.c\nDA:1,1\nend_of_record\nSF:a.c\nDA:2,1\nBRDA:1,x\nend_of_record\n';
    const err = await refusal('second.info', text);
    expect(err.render()).toBe('coverage-files: second.info:6: not an LCOV record: "BRDA:1,x"');
  });

  it.each([
    ['a DA line', 'DA:12,zz'],
    ['an SF line inside a record', 'SF:other.c'],
    ['text', 'garbage here']
  ])('names the line of %s deep into a multi-MB report', async (_what, bad) => {
    const lines = many();
    // In the middle of a record, past the first reads; one of the files named once before.
    const at = lines.findIndex((l, i) => i > lines.length * 0.8 && l.startsWith('DA:'));
    lines.splice(at, 0, bad);
    const err = await refusal('deep.info', lines.join('\n') + '\n');
    expect(err.line).toBe(at + 1);
    expect(err.render()).toMatch(new RegExp(`^coverage-files: deep\\.info:${at + 1}: (not an LCOV record|SF: inside the record)`));
  });

  it('names the record of a truncated multi-MB report', async () => {
    const lines = many();
    lines.splice(lines.lastIndexOf('end_of_record'));
    let sf = lines.length - 1;
    while (!lines[sf].startsWith('SF:')) sf--;
    const err = await refusal('cut.info', lines.join('\n') + '\n');
    expect(err.message).toBe(`truncated LCOV: the record of ${lines[sf].slice(3)} (line ${sf + 1}) has no end_of_record`);
  });

  it('names the line of binary data and of an overlong line', async () => {
    const lines = many();
    const text = Buffer.from(lines.join('\n') + '\n');
    const binary = Buffer.concat([text.subarray(0, 2_500_000), Buffer.from([0]), text.subarray(2_500_000)]);
    const err = await refusal('bin.info', binary);
    expect(err.message).toBe('binary data in a text report');
    // Reported on the first line of the read that holds the byte.
    expect(err.line).toBeGreaterThan(1);
    // Longer than a whole read, so that its start is still unfinished, and too long, after one.
    const long = await refusal('long.info', `SF:a.c\nDA:1,1\nTN:${'x'.repeat(3 * 1024 * 1024)}\nend_of_record\n`);
    expect(long.message).toMatch(/line longer than/);
    expect(long.line).toBe(3);
  });
});
