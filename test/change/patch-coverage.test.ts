/**
 * coverage_new on real pull requests: a git repository whose branch changes code, coverage from the
 * real tool run on the branch (c8 → LCOV, coverage.py → Cobertura, go test → coverprofile), and our
 * figures against diff-cover's JSON report on the same repository (where diff-cover is installed),
 * coverage.py's own JSON for branches, and `go tool cover -func` for Go.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { changeFromGit } from '../../src/core/change/git.js';
import { describeNoPatchData, patchCoverage, type PatchCoverage } from '../../src/core/change/patch-coverage.js';
import type { ChangeSet } from '../../src/core/change/diff.js';
import { COVERAGE_FORMATS } from '../../src/core/reports/coverage/index.js';
import { CoverageAccumulator } from '../../src/core/reports/coverage/model.js';
import { loadReport } from '../../src/core/reports/load.js';
import { run } from '../fixtures/coverage/helpers.js';
import { available, itWith } from '../support/tools.js';
import { GIT_ENV, Repo } from './repo.js';

const C8 = path.join(process.cwd(), 'node_modules', '.bin', 'c8');
const COVERAGE_PY = '/usr/bin/python3-coverage';

/** Reads `files` (relative to `repo`) as gates-enforcer does, the workspace being `workspace`. */
async function load(repo: Repo, files: string[], workspace: string | undefined = repo.dir): Promise<CoverageAccumulator> {
  const acc = new CoverageAccumulator(workspace);
  for (const f of files) await loadReport(path.join(repo.dir, f), f, 'coverage-files', COVERAGE_FORMATS, acc);
  return acc;
}

/** 1-based numbers of the lines of `file` that contain `text`. */
function linesWith(repo: Repo, file: string, text: string): number[] {
  return readFileSync(path.join(repo.dir, file), 'utf8')
    .split('\n')
    .flatMap((l, i) => (l.includes(text) ? [i + 1] : []));
}

/** Each file's branches per line add up to the file's branch totals (what the report's totals say). */
function expectBranchesByLineAddUp(acc: CoverageAccumulator): void {
  for (const name of acc.fileNames()) {
    const f = acc.existing(name)!;
    const sum = { covered: 0, total: 0 };
    for (const [c, t] of f.branchesByLine().values()) {
      sum.covered += c;
      sum.total += t;
    }
    expect(sum).toEqual(f.totals().branches);
  }
}

interface DiffCoverJson {
  total_num_lines: number;
  total_num_violations: number;
  num_changed_lines: number;
  src_stats: Record<string, { percent_covered: number; violation_lines: number[] }>;
}

/** diff-cover's JSON report of `report` against `main`, run in the repository. */
function diffCover(repo: Repo, report: string): DiffCoverJson {
  run('diff-cover', [report, '--compare-branch=main', '--json-report', 'diff-cover.json'], repo.dir, GIT_ENV);
  return JSON.parse(readFileSync(path.join(repo.dir, 'diff-cover.json'), 'utf8')) as DiffCoverJson;
}

/** Our figures and diff-cover's agree: lines measured, lines uncovered, per file and in all. */
function expectSameAsDiffCover(ours: PatchCoverage, theirs: DiffCoverJson): void {
  expect(ours.lines.total).toBe(theirs.total_num_lines);
  expect(ours.lines.total - ours.lines.covered).toBe(theirs.total_num_violations);
  expect(ours.addedLines).toBe(theirs.num_changed_lines);
  expect(ours.files.map((f) => f.path).sort()).toEqual(Object.keys(theirs.src_stats).sort());
  for (const f of ours.files) {
    expect(f.uncovered).toEqual(theirs.src_stats[f.path].violation_lines);
    expect((f.covered / f.total) * 100).toBeCloseTo(theirs.src_stats[f.path].percent_covered, 6);
  }
}

describe('c8 (LCOV) on a JavaScript pull request', () => {
  let repo: Repo;
  let change: ChangeSet;
  beforeAll(async () => {
    repo = Repo.pullRequest(
      {
        '.gitignore': 'coverage/\ndiff-cover.json\n',
        'lib.js': 'function add(a, b) {\n  return a + b;\n}\nmodule.exports = { add };\n',
        'run.js': "const lib = require('./lib');\nconsole.log(lib.add(1, 2));\n"
      },
      {
        'lib.js': [
          'function add(a, b) {',
          '  return a + b;',
          '}',
          '',
          '// the sign of a number',
          'function sign(n) {',
          '  if (n > 0) {',
          '    return 1;',
          '  }',
          '  if (n < 0) {',
          '    return -1; // never run',
          '  }',
          '  return 0;',
          '}',
          '',
          'function unused(x) {',
          '  const y = x * 2; // never run',
          '  return y; // never run',
          '}',
          'module.exports = { add, sign, unused };'
        ],
        'run.js': "const lib = require('./lib');\nconsole.log(lib.add(1, 2), lib.sign(5), lib.sign(0));\n"
      }
    );
    run(C8, ['--reporter=lcovonly', '--reporter=json', 'node', 'run.js'], repo.dir);
    change = await changeFromGit({ cwd: repo.dir, baseRef: 'main', input: 'base-ref', env: GIT_ENV });
  });
  afterAll(() => repo.remove());

  it('counts the added lines c8 measured, and the ones never run as uncovered', async () => {
    const acc = await load(repo, ['coverage/lcov.info']);
    const p = patchCoverage(acc, change);
    expect(p.changedFiles).toBe(2);
    expectBranchesByLineAddUp(acc);
    const lib = p.files.find((f) => f.path === 'lib.js')!;
    expect(lib.uncovered).toEqual(expect.arrayContaining(linesWith(repo, 'lib.js', '// never run')));
    expect(lib.uncovered).not.toContain(linesWith(repo, 'lib.js', 'return 1;')[0]);
    expect(p.lines.covered).toBeGreaterThan(0);
    expect(p.lines.covered).toBeLessThan(p.lines.total);
    expect(p.unmatched).toEqual([]);
    // Branches: the BRDA records c8 wrote for the added lines (taken when the count is above 0).
    const added = new Set(change.files.find((f) => f.path === 'lib.js')!.added);
    const lcov = readFileSync(path.join(repo.dir, 'coverage/lcov.info'), 'utf8');
    const record = lcov.slice(lcov.search(/^SF:.*lib\.js$/m)).split('end_of_record')[0];
    const brda = [...record.matchAll(/^BRDA:(\d+),\d+,\d+,(\d+|-)$/gm)].filter((m) => added.has(Number(m[1])));
    expect(brda.length).toBeGreaterThan(0);
    expect(lib.branches).toEqual({ covered: brda.filter((m) => m[2] !== '-' && Number(m[2]) > 0).length, total: brda.length });
  });

  it("c8's coverage-final.json (Istanbul) gives the same lines and branches as its lcov.info", async () => {
    const json = await load(repo, ['coverage/coverage-final.json']);
    expectBranchesByLineAddUp(json);
    const a = patchCoverage(json, change);
    const b = patchCoverage(await load(repo, ['coverage/lcov.info']), change);
    expect(a.files.map(({ reportPath: _r, ...f }) => f)).toEqual(b.files.map(({ reportPath: _r, ...f }) => f));
    expect(a.branches.total).toBeGreaterThan(0);
  });

  itWith('diff-cover', '--version')('diff-cover computes the same figures from the same lcov.info', async () => {
    const p = patchCoverage(await load(repo, ['coverage/lcov.info']), change);
    expectSameAsDiffCover(p, diffCover(repo, 'coverage/lcov.info'));
  });

  it('matches the report made on another machine (absolute paths of another checkout) by path suffix', async () => {
    const here = await load(repo, ['coverage/lcov.info']);
    const lcov = readFileSync(path.join(repo.dir, 'coverage/lcov.info'), 'utf8');
    // The same report as a runner with its checkout at /builds/acme/app would write it.
    const moved = lcov.replace(/^SF:(.*)$/gm, (_, p: string) => `SF:/builds/acme/app/${path.relative(repo.dir, path.resolve(repo.dir, p))}`);
    repo.write('coverage/moved.info', moved);
    const elsewhere = await load(repo, ['coverage/moved.info']);
    expect(elsewhere.fileNames().every((n) => n.startsWith('/builds/acme/app/'))).toBe(true);
    const a = patchCoverage(here, change);
    const b = patchCoverage(elsewhere, change);
    expect(b.lines).toEqual(a.lines);
    expect(b.files.map((f) => [f.path, f.uncovered])).toEqual(a.files.map((f) => [f.path, f.uncovered]));
    expect(b.files[0].reportPath).toMatch(/^\/builds\/acme\/app\//);
  });

  it('a report of other files: total 0 and one line naming the input', async () => {
    repo.write('coverage/other.info', 'TN:\nSF:/elsewhere/other.js\nDA:1,1\nLF:1\nLH:1\nend_of_record\n');
    const acc = await load(repo, ['coverage/other.info']);
    const p = patchCoverage(acc, change);
    expect(p.lines).toEqual({ covered: 0, total: 0 });
    // A file the change does not touch is never read line by line: its record stays totals only.
    expect(acc.existing('/elsewhere/other.js')?.isDeferred).toBe(true);
    expect(p.files).toEqual([]);
    const line = describeNoPatchData(p, change, { change: 'base-ref', coverage: 'coverage-files' });
    expect(line).toMatch(/^coverage-files: none of the \d+ lines the change adds to 2 files \(read from git \(base-ref\)\) is measured by the coverage report/);
    expect(line).not.toContain('\n');
  });
});

describe('coverage.py (Cobertura) on a Python pull request', () => {
  let repo: Repo;
  let change: ChangeSet;
  beforeAll(async () => {
    repo = Repo.pullRequest(
      {
        '.gitignore': '.coverage\ncoverage.xml\ncoverage.json\ndiff-cover.json\n__pycache__/\n',
        'pkg/__init__.py': '',
        'pkg/calc.py': 'def add(a, b):\n    return a + b\n',
        'main.py': 'from pkg.calc import add\n\nprint(add(1, 2))\n'
      },
      {
        'pkg/calc.py': [
          'def add(a, b):',
          '    return a + b',
          '',
          '',
          'def clamp(x, lo, hi):',
          '    if x < lo:',
          '        return lo',
          '    if x > hi:',
          '        return hi  # never run',
          '    return x',
          '',
          '',
          'def unused(x):',
          '    for i in range(x):  # never run',
          '        x += i  # never run',
          '    return x  # never run'
        ],
        'main.py': 'from pkg.calc import add, clamp\n\nprint(add(1, 2), clamp(-1, 0, 9), clamp(5, 0, 9))\n'
      }
    );
    run(COVERAGE_PY, ['run', '--branch', 'main.py'], repo.dir);
    run(COVERAGE_PY, ['xml', '-o', 'coverage.xml'], repo.dir);
    run(COVERAGE_PY, ['json', '-o', 'coverage.json'], repo.dir);
    change = await changeFromGit({ cwd: repo.dir, baseRef: 'main', input: 'base-ref', env: GIT_ENV });
  });
  afterAll(() => repo.remove());

  it("branches of the added lines are coverage.py's own arcs from those lines", async () => {
    const acc = await load(repo, ['coverage.xml']);
    const p = patchCoverage(acc, change);
    expectBranchesByLineAddUp(acc);
    const json = JSON.parse(readFileSync(path.join(repo.dir, 'coverage.json'), 'utf8')) as {
      files: Record<string, { executed_lines: number[]; missing_lines: number[]; executed_branches: number[][]; missing_branches: number[][] }>;
    };
    const calc = json.files['pkg/calc.py'];
    const added = new Set(change.files.find((f) => f.path === 'pkg/calc.py')!.added);
    const from = (arcs: number[][]) => arcs.filter(([a]) => added.has(a)).length;
    const file = p.files.find((f) => f.path === 'pkg/calc.py')!;
    expect(file.branches).toEqual({ covered: from(calc.executed_branches), total: from(calc.executed_branches) + from(calc.missing_branches) });
    expect(file.branches.total).toBeGreaterThan(file.branches.covered);
    // Lines: coverage.py's executed and missing statements among the added lines.
    expect(file.uncovered).toEqual(calc.missing_lines.filter((l) => added.has(l)));
    expect(file.covered).toBe(calc.executed_lines.filter((l) => added.has(l)).length);
    expect(file.uncovered).toEqual(linesWith(repo, 'pkg/calc.py', '# never run'));
  });

  itWith('diff-cover', '--version')('diff-cover computes the same figures from the same coverage.xml', async () => {
    const p = patchCoverage(await load(repo, ['coverage.xml']), change);
    expectSameAsDiffCover(p, diffCover(repo, 'coverage.xml'));
  });
});

const goEnv = (dir: string): NodeJS.ProcessEnv => ({
  GOFLAGS: '-mod=mod',
  GOCACHE: path.join(dir, '.cache'),
  GOPATH: path.join(dir, '.gopath'),
  GOPROXY: 'off',
  GOTOOLCHAIN: 'local',
  GO111MODULE: 'on'
});

(available('go', 'version') ? describe : describe.skip)('go test -coverprofile on a Go pull request', () => {
  let repo: Repo;
  beforeAll(() => {
    const test = (body: string) => `package price\n\nimport "testing"\n\nfunc TestNet(t *testing.T) {\n\tif ${body} {\n\t\tt.Fatal("net")\n\t}\n}\n`;
    repo = Repo.pullRequest(
      {
        '.gitignore': '.cache/\n.gopath/\ncover.out\n',
        'go.mod': 'module github.com/acme/shop\n\ngo 1.19\n',
        'price/price.go': 'package price\n\nfunc Net(gross int) int {\n\treturn gross * 100 / 120\n}\n',
        'price/price_test.go': test('Net(120) != 100')
      },
      {
        'price/price.go': [
          'package price',
          '',
          'func Net(gross int) int {',
          '\treturn gross * 100 / 120',
          '}',
          '',
          '// Discount is tested.',
          'func Discount(p, pct int) int {',
          '\tif pct > 50 {',
          '\t\tpct = 50 // never run',
          '\t} // never run: the block of the if ends here',
          '\treturn p - p*pct/100',
          '}',
          '',
          '// Rounded is not.',
          'func Rounded(p int) int { // never run',
          '\treturn (p + 5) / 10 * 10 // never run',
          '} // never run'
        ],
        'price/price_test.go': test('Net(120) != 100 || Discount(100, 10) != 90')
      }
    );
    run('go', ['test', '-covermode=set', '-coverprofile=cover.out', './...'], repo.dir, goEnv(repo.dir));
  });
  afterAll(() => repo.remove());

  it('matches the import paths of the profile to the repository and finds the lines never run', async () => {
    const change = await changeFromGit({ cwd: repo.dir, baseRef: 'main', input: 'base-ref', env: GIT_ENV });
    const acc = await load(repo, ['cover.out']);
    expect(acc.fileNames()).toEqual(['github.com/acme/shop/price/price.go']);
    const p = patchCoverage(acc, change);
    expect(p.files.map((f) => [f.path, f.reportPath])).toEqual([['price/price.go', 'github.com/acme/shop/price/price.go']]);
    // Go measures blocks (start line.column to end line.column): a line only a block that never ran
    // spans is uncovered, its closing brace too; the `if` line also lies in the block that ran.
    expect(p.files[0].uncovered).toEqual(linesWith(repo, 'price/price.go', '// never run'));
    // go tool cover -func: Discount ran (partly), Rounded did not.
    const func = run('go', ['tool', 'cover', '-func=cover.out'], repo.dir, goEnv(repo.dir));
    expect(func).toMatch(/Rounded\s+0\.0%/);
    expect(func).not.toMatch(/Discount\s+0\.0%/);
    expect(p.lines.covered).toBeGreaterThan(0);
  });
});
