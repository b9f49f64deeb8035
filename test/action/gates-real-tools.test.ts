/**
 * The acceptance figure of gates-enforcer, end to end through the bundled action: on reports that
 * real tools wrote, our figure equals the tool's own, a gate half a point above it fails and half a
 * point below it passes.
 */
import path from 'node:path';
import { copyFileSync, readFileSync } from 'node:fs';
import { tempDir, cleanup, run, FIXTURES, REPO } from '../fixtures/coverage/helpers.js';
import { runAction } from '../support/action.js';

interface ToolCase {
  tool: string;
  /** Writes the report(s) into `dir`; returns the tool's own figure and the input glob. */
  make(dir: string): { figure: number; files: string; metric: string; decimals: number };
}

const CASES: ToolCase[] = [
  {
    tool: 'gcc --coverage + lcov --summary',
    make(dir) {
      copyFileSync(path.join(FIXTURES, 'gcc', 'prog.c'), path.join(dir, 'prog.c'));
      run('gcc', ['--coverage', '-O0', '-o', 'prog', 'prog.c'], dir);
      run('./prog', ['3', '4'], dir);
      run('lcov', ['--capture', '--directory', '.', '--output-file', 'app.info', '--quiet'], dir);
      const m = /lines\.*: [\d.]+% \((\d+) of (\d+) lines\)/.exec(run('lcov', ['--summary', 'app.info'], dir))!;
      return { figure: (Number(m[1]) / Number(m[2])) * 100, files: 'app.info', metric: 'coverage', decimals: 9 };
    }
  },
  {
    tool: 'coverage.py (Cobertura XML) + coverage json',
    make(dir) {
      copyFileSync(path.join(FIXTURES, 'python', 'prog.py'), path.join(dir, 'prog.py'));
      run('/usr/bin/python3-coverage', ['run', 'prog.py'], dir);
      run('/usr/bin/python3-coverage', ['xml', '-o', 'coverage.xml'], dir);
      run('/usr/bin/python3-coverage', ['json', '-o', 'coverage.json'], dir);
      const t = JSON.parse(readFileSync(path.join(dir, 'coverage.json'), 'utf8')).totals;
      return { figure: (t.covered_lines / t.num_statements) * 100, files: 'coverage.xml', metric: 'coverage', decimals: 9 };
    }
  },
  {
    tool: 'go test -coverprofile + go tool cover -func',
    make(dir) {
      for (const f of ['go.mod', 'tiny.go', 'tiny_test.go']) copyFileSync(path.join(FIXTURES, 'go', f), path.join(dir, f));
      const env = { GOFLAGS: '-mod=mod', GOCACHE: path.join(dir, '.cache'), GOPATH: path.join(dir, '.gopath'), GOPROXY: 'off', GOTOOLCHAIN: 'local' };
      run('go', ['test', '-covermode=count', '-coverprofile=cover.out', '-run', 'TestClassify', '.'], dir, env);
      const m = /^total:\s+\(statements\)\s+([\d.]+)%/m.exec(run('go', ['tool', 'cover', '-func=cover.out'], dir, env))!;
      // Go prints one decimal.
      return { figure: Number(m[1]), files: 'cover.out', metric: 'coverage_statements', decimals: 1 };
    }
  },
  {
    tool: 'jest/istanbul (coverage-final.json) + its json-summary',
    make(dir) {
      const seeded = tempDir('js-project');
      const jest = path.join(REPO, 'node_modules', 'jest', 'bin', 'jest.js');
      run(process.execPath, [jest, '--rootDir', seeded, '--ci', '--coverage', '--coverageDirectory', path.join(dir, 'coverage'), '--coverageReporters=json-summary', '--coverageReporters=json'], seeded, { NODE_OPTIONS: '' });
      cleanup(seeded);
      const t = JSON.parse(readFileSync(path.join(dir, 'coverage', 'coverage-summary.json'), 'utf8')).total.lines;
      return { figure: (t.covered / t.total) * 100, files: 'coverage/coverage-final.json', metric: 'coverage', decimals: 9 };
    }
  },
  {
    tool: 'c8 (lcov) + its json-summary',
    make(dir) {
      copyFileSync(path.join(FIXTURES, 'c8', 'script.js'), path.join(dir, 'script.js'));
      const c8 = path.join(REPO, 'node_modules', 'c8', 'bin', 'c8.js');
      run(process.execPath, [c8, '--reporter=lcov', '--reporter=json-summary', '--reports-dir', 'coverage', process.execPath, 'script.js'], dir, { NODE_OPTIONS: '' });
      const t = JSON.parse(readFileSync(path.join(dir, 'coverage', 'coverage-summary.json'), 'utf8')).total.lines;
      return { figure: (t.covered / t.total) * 100, files: 'coverage/lcov.info', metric: 'coverage', decimals: 9 };
    }
  }
];

describe.each(CASES)('$tool', ({ make }) => {
  let dir: string;
  let made: ReturnType<ToolCase['make']>;
  beforeAll(() => {
    dir = tempDir();
    made = make(dir);
  }, 120000);
  afterAll(() => cleanup(dir));

  it('our figure equals the tool\'s to 0.01 %; +0.5 % fails, -0.5 % passes', async () => {
    const gate = (threshold: number) =>
      runAction('gates-enforcer', { workspace: dir, inputs: { gates: `${made.metric}: ">=${threshold.toFixed(4)}%"`, 'coverage-files': made.files } });
    const above = await gate(made.figure + 0.5);
    const report = JSON.parse(above.outputs.report);
    const actual = report.gates[0].actual as number;
    expect(Math.abs(actual - made.figure)).toBeLessThanOrEqual(made.decimals === 1 ? 0.05 : 0.01);
    expect(above.code).toBe(1);
    expect(above.outputs.passed).toBe('false');
    const below = await gate(made.figure - 0.5);
    expect(below.code).toBe(0);
    expect(below.outputs.passed).toBe('true');
  });
});
