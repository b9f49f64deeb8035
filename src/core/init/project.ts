/**
 * How the repository's tests run with coverage (internal): what `phase-gates init` writes into the
 * tests step of `gates_enforcer` and into the phase document's Run Commands. The repository
 * decides, not a default: its package.json `test` script and test runner (Jest, Vitest, c8, nyc,
 * `node --test`, mocha, …), a Python project (pytest with pytest-cov, pytest, unittest) or a Go
 * module. Each plan names the coverage file the command writes, which is the file the gates read,
 * and the vulnerability report of its ecosystem (npm audit, else osv-scanner).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ACTION_PINS, TOOL_VERSIONS, usesLine } from './pins.js';
import { Mapping, mapping } from './yaml-text.js';

/** Where the vulnerability reports go: inside `.phase-gates/`, which init adds to .gitignore. */
export const VULN_REPORTS = { npm: '.phase-gates/npm-audit.json', osv: '.phase-gates/osv-scanner.json' } as const;

export type Ecosystem = 'node' | 'python' | 'go' | 'unknown';

export interface TestPlan {
  ecosystem: Ecosystem;
  /** The runner, as the printout names it: `jest`, `node --test`, `pytest (pytest-cov)`, `go test`. */
  runner: string;
  /** What decided it, e.g. `package.json "test": "jest"`. */
  evidence: string;
  /** Steps before the install: the language toolchain. */
  setup: Mapping[];
  /** Installs the dependencies (and the coverage tool when the project lacks one). */
  install?: string;
  /** Runs the tests and writes `coverage` (one command a line). */
  test: string;
  /** The coverage report the command writes, relative to the repository: what the gates read. */
  coverage: string;
  /** The vulnerability report the audit writes. */
  vulnFile: string;
  /** `npm` runs npm audit; `osv` runs osv-scanner (any lockfile, Python and Go included). */
  audit: 'npm' | 'osv';
  /** What the user must do before the step can pass, for the next steps. */
  notes: string[];
}

/** The npm scaffold's script, which only fails. */
const NPM_PLACEHOLDER = /no test specified/;

interface PackageJson {
  scripts?: Record<string, unknown>;
  dependencies?: Record<string, unknown>;
  devDependencies?: Record<string, unknown>;
  jest?: { coverageDirectory?: unknown };
}

function read(dir: string, file: string): string | undefined {
  try {
    return readFileSync(path.join(dir, file), 'utf8');
  } catch {
    return undefined; // absent (or unreadable): the next source decides
  }
}

function setupNode(lockfile: boolean): Mapping {
  const [uses, version] = usesLine(ACTION_PINS.setupNode).split(' # ');
  return new Mapping()
    .set('name', 'Set up Node.js')
    .set('uses', uses, { trailing: version })
    // npm's cache is keyed on the lockfile; setup-node refuses `cache: npm` without one.
    .set('with', mapping({ 'node-version': TOOL_VERSIONS.node, cache: lockfile ? 'npm' : undefined }));
}

function nodePlan(dir: string, pkg: PackageJson): TestPlan {
  const deps = { ...(pkg.dependencies ?? {}), ...(pkg.devDependencies ?? {}) };
  const has = (name: string) => Object.prototype.hasOwnProperty.call(deps, name);
  const script = typeof pkg.scripts?.test === 'string' ? pkg.scripts.test : '';
  const lockfile = existsSync(path.join(dir, 'package-lock.json')) || existsSync(path.join(dir, 'npm-shrinkwrap.json'));
  const notes: string[] = [];
  if (existsSync(path.join(dir, 'yarn.lock')) || existsSync(path.join(dir, 'pnpm-lock.yaml'))) {
    notes.push('The repository has a yarn or pnpm lockfile: the written steps use npm; change the install and test commands to your package manager.');
  }
  const base = {
    ecosystem: 'node' as const,
    setup: [setupNode(lockfile)],
    // `npm ci` installs exactly the lockfile; without one, `npm install` writes it (npm audit needs it).
    install: lockfile ? 'npm ci' : 'npm install',
    vulnFile: VULN_REPORTS.npm,
    audit: 'npm' as const,
    coverage: 'coverage/lcov.info',
    evidence: script ? `package.json "test": ${JSON.stringify(script)}` : 'package.json has no "test" script'
  };
  const c8 = has('c8') ? 'npx --no-install c8' : `npx --yes c8@${TOOL_VERSIONS.c8}`;
  const wrapped = `${c8} --reporter=lcov --reporter=text-summary npm test`;

  if (!script || NPM_PLACEHOLDER.test(script)) {
    return {
      ...base,
      runner: 'none',
      test: wrapped,
      notes: [...notes, 'package.json has no test script that runs tests: write one (the tests step runs `npm test` under c8 for coverage).']
    };
  }
  if (/\bjest\b/.test(script)) {
    const dirSetting = typeof pkg.jest?.coverageDirectory === 'string' ? pkg.jest.coverageDirectory.replace(/^<rootDir>\/?/, '').replace(/\/+$/, '') : '';
    return {
      ...base,
      runner: 'jest',
      // Arguments after `--` reach jest through the script.
      test: 'npm test -- --coverage --coverageReporters=lcov --coverageReporters=text-summary',
      coverage: `${dirSetting || 'coverage'}/lcov.info`,
      notes
    };
  }
  if (/\bvitest\b/.test(script)) {
    const once = /\bvitest\s+(?:run\b|[^|&;]*--run\b)/.test(script);
    if (!has('@vitest/coverage-v8') && !has('@vitest/coverage-istanbul')) {
      notes.push('Vitest needs a coverage provider: add @vitest/coverage-v8 at the exact version of vitest (npm install -D -E @vitest/coverage-v8@<vitest version>).');
    }
    return {
      ...base,
      runner: 'vitest',
      test: `npm test -- ${once ? '' : '--run '}--coverage.enabled --coverage.reporter=lcov --coverage.reporter=text-summary`,
      notes
    };
  }
  // The script already measures coverage: keep it, and have the same tool write LCOV from its data.
  if (/\bc8\b/.test(script)) {
    return { ...base, runner: 'c8', test: `npm test\nnpx --no-install c8 report --reporter=lcov --reporter=text-summary`, notes };
  }
  if (/\bnyc\b/.test(script)) {
    return { ...base, runner: 'nyc', test: `npm test\nnpx --no-install nyc report --reporter=lcov --reporter=text-summary`, notes };
  }
  // Runners without coverage of their own (node --test, mocha, ava, tape, …): c8 measures the
  // V8 coverage of every Node process npm test starts.
  const runner = /\bnode\b[^|&;]*\s--test\b/.test(script) ? 'node --test' : /\bmocha\b/.test(script) ? 'mocha' : 'npm test';
  return { ...base, runner, test: wrapped, notes };
}

const PYTHON_FILES = ['pyproject.toml', 'setup.py', 'setup.cfg', 'requirements.txt', 'pytest.ini', 'tox.ini', 'Pipfile'];
const REQUIREMENTS = ['requirements.txt', 'requirements-dev.txt', 'dev-requirements.txt', 'requirements-test.txt', 'test-requirements.txt'];

function pythonPlan(dir: string): TestPlan {
  const found = PYTHON_FILES.filter((f) => existsSync(path.join(dir, f)));
  const text = [...PYTHON_FILES, ...REQUIREMENTS].map((f) => read(dir, f) ?? '').join('\n');
  const requirements = REQUIREMENTS.filter((f) => existsSync(path.join(dir, f)));
  const pyproject = read(dir, 'pyproject.toml') ?? '';
  const installs: string[] = ['python -m pip install --upgrade pip'];
  if (requirements.length) installs.push(`python -m pip install ${requirements.map((r) => `-r ${r}`).join(' ')}`);
  else if (pyproject || existsSync(path.join(dir, 'setup.py'))) {
    const extra = /^\s*(test|tests|dev)\s*=\s*\[/m.exec(pyproject)?.[1];
    installs.push(`python -m pip install -e ".${extra ? `[${extra}]` : ''}"`);
  }
  const pytestCov = /pytest[-_]cov/i.test(text);
  // Without a coverage configuration, measure the repository only: coverage.py would otherwise
  // also count code a .pth file runs at start (Debian's _distutils_hack, say).
  const configured =
    existsSync(path.join(dir, '.coveragerc')) || /\[tool\.coverage\./.test(pyproject) || /\[coverage:run\]/.test(`${read(dir, 'setup.cfg') ?? ''}${read(dir, 'tox.ini') ?? ''}`);
  const pytest = pytestCov || /\bpytest\b/i.test(text) || existsSync(path.join(dir, 'conftest.py'));
  const declaresPytest = /^\s*["']?pytest\b/im.test(text);
  const version = existsSync(path.join(dir, '.python-version')) ? { 'python-version-file': '.python-version' } : { 'python-version': TOOL_VERSIONS.python };
  const [uses, tag] = usesLine(ACTION_PINS.setupPython).split(' # ');
  const cacheable = requirements.includes('requirements.txt') || Boolean(pyproject);
  const setup = new Mapping()
    .set('name', 'Set up Python')
    .set('uses', uses, { trailing: tag })
    .set('with', mapping({ ...version, cache: cacheable ? 'pip' : undefined }));
  const base = { ecosystem: 'python' as const, setup: [setup], coverage: 'coverage.xml', vulnFile: VULN_REPORTS.osv, audit: 'osv' as const, notes: [] as string[] };
  const evidence = found.length ? found.join(', ') : 'conftest.py';
  if (pytestCov) {
    return {
      ...base,
      runner: 'pytest (pytest-cov)',
      evidence: `${evidence} (pytest-cov declared)`,
      install: installs.join('\n'),
      test: `python -m pytest ${configured ? '--cov' : '--cov=.'} --cov-report=xml:coverage.xml --cov-report=term`
    };
  }
  const tools = [`coverage==${TOOL_VERSIONS.coverage}`, ...(pytest && !declaresPytest ? [`pytest==${TOOL_VERSIONS.pytest}`] : [])];
  installs.push(`python -m pip install ${tools.join(' ')}`);
  const run = `python -m coverage run${configured ? '' : ' --source=.'} -m ${pytest ? 'pytest' : 'unittest discover'}`;
  return {
    ...base,
    runner: pytest ? 'pytest (coverage.py)' : 'unittest (coverage.py)',
    evidence,
    install: installs.join('\n'),
    test: `${run}\npython -m coverage xml -o coverage.xml\npython -m coverage report`
  };
}

function goPlan(): TestPlan {
  const [uses, tag] = usesLine(ACTION_PINS.setupGo).split(' # ');
  return {
    ecosystem: 'go',
    runner: 'go test',
    evidence: 'go.mod',
    setup: [new Mapping().set('name', 'Set up Go').set('uses', uses, { trailing: tag }).set('with', mapping({ 'go-version-file': 'go.mod' }))],
    test: 'go test -coverprofile=coverage.out ./...',
    coverage: 'coverage.out',
    vulnFile: VULN_REPORTS.osv,
    audit: 'osv',
    notes: []
  };
}

/** The test plan of the repository at `dir`. */
export function testPlan(dir: string): TestPlan {
  const text = read(dir, 'package.json');
  let pkg: PackageJson | undefined;
  if (text !== undefined) {
    try {
      const parsed = JSON.parse(text) as unknown;
      if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) pkg = parsed as PackageJson;
    } catch {
      pkg = undefined; // not JSON: judged by the other files, and said below when nothing else fits
    }
  }
  const script = typeof pkg?.scripts?.test === 'string' && !NPM_PLACEHOLDER.test(pkg.scripts.test);
  // A package.json with real tests decides; a Go or Python project with a package.json for tooling only does not.
  if (pkg && script) return nodePlan(dir, pkg);
  if (existsSync(path.join(dir, 'go.mod'))) return goPlan();
  if ([...PYTHON_FILES, 'conftest.py'].some((f) => existsSync(path.join(dir, f)))) return pythonPlan(dir);
  if (pkg) return nodePlan(dir, pkg);
  return {
    ecosystem: 'unknown',
    runner: 'none',
    evidence: text === undefined ? 'no package.json, go.mod or Python project file' : 'package.json is not valid JSON',
    setup: [],
    test: 'echo "::error::write the command that runs the tests with coverage here (and its report in coverage-files)"; exit 1',
    coverage: 'coverage/lcov.info',
    vulnFile: VULN_REPORTS.osv,
    audit: 'osv',
    notes: ['No package.json, go.mod or Python project was found: write the tests step of gates_enforcer (it fails until you do) and the coverage file it writes.']
  };
}

/** The audit as commands (the workflow runs osv-scanner through its action instead). */
export function auditCommands(plan: TestPlan): string[] {
  return plan.audit === 'npm'
    ? ['mkdir -p .phase-gates', `npm audit --json > ${plan.vulnFile} || true`]
    : ['mkdir -p .phase-gates', `osv-scanner --format=json --output=${plan.vulnFile} --recursive ./ || true`];
}

