/**
 * Gates on the change, end to end through the bundled gates-enforcer on a pull_request event: a real
 * git repository (main and a pull request branch; the workspace a depth-1 clone of the branch, as
 * actions/checkout makes it), coverage written by c8 on the code the pull request changes, the base
 * branch's gates report written by the same action on main and served as a real zip artifact by the
 * local API server, Trivy's own reports of two image versions, and the one pull-request comment.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { commandMessage, runAction, ROOT, type ActionRun } from '../support/action.js';
import { createGitHubState, startGitHubServer, DEFAULT_TOKEN, type GitHubServer } from '../support/github-server.js';
import { artifact, workflowRun } from '../support/github-fixtures.js';
import { available } from '../support/tools.js';

const REPO = 'acme/app';
const FORK_TOKEN = 'ghs_forkReadOnly000000000000000000000000';
const TRIVY = path.join(ROOT, 'test/fixtures/reports-corpus/trivy');

let work: string;
let origin: string;
let baseSha: string;
let headSha: string;
/** The base branch's gates report, written by the action on main, zipped as upload-artifact does. */
let baseZip: Buffer;
let baseReport: Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, GIT_AUTHOR_NAME: 'Mona', GIT_AUTHOR_EMAIL: 'mona@example.com', GIT_COMMITTER_NAME: 'Mona', GIT_COMMITTER_EMAIL: 'mona@example.com', GIT_CONFIG_NOSYSTEM: '1', HOME: work }
  }).trim();
}

/** Runs the tests of `dir` under c8, writing LCOV and Cobertura into `dir/coverage`. */
function c8(dir: string): void {
  execFileSync(process.execPath, [path.join(ROOT, 'node_modules/c8/bin/c8.js'), '--reporter=lcov', '--reporter=cobertura', '--reports-dir=coverage', process.execPath, 'test.js'], {
    cwd: dir,
    stdio: 'pipe'
  });
}

const CALC_MAIN = `'use strict';
function add(a, b) {
  return a + b;
}

function sub(a, b) {
  return a - b;
}

module.exports = { add, sub };
`;

// The pull request: mul is tested, div is not (and its guard never runs); sub changes one line.
const CALC_PR = `'use strict';
function add(a, b) {
  return a + b;
}

function sub(a, b) {
  const difference = a - b;
  return difference;
}

function mul(a, b) {
  return a * b;
}

function div(a, b) {
  if (b === 0) {
    throw new RangeError('division by zero');
  }
  return a / b;
}

module.exports = { add, sub, mul, div };
`;
const TEST_MAIN = `'use strict';
const assert = require('node:assert');
const { add, sub } = require('./src/calc.js');
assert.strictEqual(add(2, 3), 5);
assert.strictEqual(sub(5, 3), 2);
`;
const TEST_PR = TEST_MAIN + `const { mul } = require('./src/calc.js');\nassert.strictEqual(mul(2, 3), 6);\n`;

beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), 'pg-gates-change-'));
  origin = path.join(work, 'origin');
  mkdirSync(path.join(origin, 'src'), { recursive: true });
  git(origin, 'init', '-q', '-b', 'main');
  writeFileSync(path.join(origin, 'src/calc.js'), CALC_MAIN);
  writeFileSync(path.join(origin, 'test.js'), TEST_MAIN);
  git(origin, 'add', '-A');
  git(origin, 'commit', '-q', '-m', 'calc');
  baseSha = git(origin, 'rev-parse', 'HEAD');

  // The base branch's own run: coverage and Trivy on main, its gates report uploaded as the artifact.
  const main = path.join(work, 'main');
  git(work, 'clone', '-q', `file://${origin}`, main);
  c8(main);
  copyFileSync(path.join(TRIVY, 'alpine-310.json'), path.join(main, 'trivy.json'));
  const push = execFileSync(process.execPath, [path.join(ROOT, 'dist/gates-enforcer/index.js')], {
    cwd: main,
    env: pushEnv(main),
    encoding: 'utf8'
  });
  expect(push).toContain('pass coverage');
  baseReport = JSON.parse(readFileSync(path.join(main, 'gates-report.json'), 'utf8'));
  baseZip = zip(main, 'gates-report.json');

  // The pull request's branch, two commits on main.
  git(origin, 'checkout', '-q', '-b', 'feature');
  writeFileSync(path.join(origin, 'src/calc.js'), CALC_PR);
  git(origin, 'commit', '-q', '-am', 'mul and div');
  writeFileSync(path.join(origin, 'test.js'), TEST_PR);
  git(origin, 'commit', '-q', '-am', 'test mul');
  headSha = git(origin, 'rev-parse', 'HEAD');
  git(origin, 'checkout', '-q', 'main');
}, 120_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

function pushEnv(dir: string): NodeJS.ProcessEnv {
  const inputs: Record<string, string> = {
    'coverage-files': 'coverage/lcov.info',
    'vuln-files': 'trivy.json',
    gates: '{ coverage: ">=50%" }',
    'report-path': 'gates-report.json',
    'fail-on-missing': 'true',
    fail: 'true',
    comment: 'true',
    'base-artifact': 'gates-report'
  };
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: work, GITHUB_WORKSPACE: dir, GITHUB_EVENT_NAME: 'push', GITHUB_SHA: baseSha, GITHUB_REPOSITORY: REPO };
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
  return env;
}

/** A zip of `file` in `dir`, deflated, as actions/upload-artifact v4 makes it (Python's zipfile). */
function zip(dir: string, file: string): Buffer {
  const out = path.join(work, `${path.basename(dir)}-${file}.zip`);
  execFileSync('python3', ['-c', 'import sys, zipfile\nwith zipfile.ZipFile(sys.argv[1], "w", zipfile.ZIP_DEFLATED) as z: z.write(sys.argv[2], sys.argv[3])', out, path.join(dir, file), file]);
  return readFileSync(out);
}

let server: GitHubServer;
beforeEach(async () => {
  const run = workflowRun('acme', 'app', 1, { id: 501, headSha: baseSha, headBranch: 'main', event: 'push', path: '.github/workflows/ci.yml' });
  server = await startGitHubServer(
    createGitHubState({
      tokens: { [DEFAULT_TOKEN]: 'all', [FORK_TOKEN]: { contents: 'read', actions: 'read', issues: 'read', 'pull-requests': 'read', checks: 'read' } },
      repos: {
        [REPO]: {
          pullRequests: [7],
          workflowRuns: [run],
          artifacts: [artifact('acme', 'app', { id: 9001, name: 'gates-report', sizeInBytes: baseZip.length, run })],
          artifactZips: { 9001: baseZip }
        }
      }
    })
  );
});
afterEach(async () => {
  server.assertNoContractErrors();
  await server.close();
});

/** A workspace as actions/checkout leaves it for a pull request: the branch at depth 1. */
function checkout(): string {
  const ws = mkdtempSync(path.join(work, 'ws-'));
  rmSync(ws, { recursive: true });
  git(work, 'clone', '-q', '--depth', '1', '--branch', 'feature', `file://${origin}`, ws);
  c8(ws);
  copyFileSync(path.join(TRIVY, 'alpine-39.json'), path.join(ws, 'trivy.json'));
  return ws;
}

/** The variables GitHub Actions sets for a pull_request run, with the event payload it writes. */
function prEnv(ws: string, runId: number, fork = false): Record<string, string> {
  const event = path.join(ws, '..', `event-${runId}.json`);
  const headRepo = fork ? 'mona/app' : REPO;
  writeFileSync(
    event,
    JSON.stringify({
      action: 'synchronize',
      number: 7,
      pull_request: {
        number: 7,
        html_url: `https://github.com/${REPO}/pull/7`,
        base: { ref: 'main', sha: baseSha, repo: { full_name: REPO } },
        head: { ref: 'feature', sha: headSha, repo: { full_name: headRepo } }
      },
      repository: { full_name: REPO }
    })
  );
  return {
    GITHUB_API_URL: server.url,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_REPOSITORY: REPO,
    GITHUB_SHA: headSha,
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: event,
    GITHUB_REF: 'refs/pull/7/merge',
    GITHUB_BASE_REF: 'main',
    GITHUB_HEAD_REF: 'feature',
    GITHUB_RUN_ID: String(runId),
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_WORKFLOW_REF: `${REPO}/.github/workflows/ci.yml@refs/pull/7/merge`,
    HOME: work
  };
}

const GATES = ['coverage: ">=50%"', 'coverage_new: ">=90%"', 'coverage_delta: ">=-30%"', 'vulns_new_critical: 0', 'vulns_new_medium: 0'].join('\n');

async function runPr(ws: string, runId: number, options: { fork?: boolean; inputs?: Record<string, string> } = {}): Promise<ActionRun> {
  return runAction('gates-enforcer', {
    workspace: ws,
    env: prEnv(ws, runId, options.fork),
    inputs: { gates: GATES, 'coverage-files': 'coverage/lcov.info', 'vuln-files': 'trivy.json', token: options.fork ? FORK_TOKEN : DEFAULT_TOKEN, ...options.inputs },
    timeoutMs: 60_000
  });
}

const report = (ws: string) => JSON.parse(readFileSync(path.join(ws, 'gates-report.json'), 'utf8'));
const comments = () => server.repo(REPO).issueComments as Array<Record<string, any>>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Lines of CALC_PR (1-based) holding `text`. */
function lineOf(text: string): number {
  return CALC_PR.split('\n').findIndex((l) => l.includes(text)) + 1;
}

describe('gates-enforcer on a pull request', () => {
  it('gates the new lines, the change against the base branch and the new vulnerabilities, and comments once', async () => {
    const ws = checkout();
    const run = await runPr(ws, 601);
    expect(run.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
    const r = report(ws);

    // The change came from git, though the checkout was shallow: the merge base was fetched.
    expect(r.newCode).toMatchObject({ source: 'git', base: baseSha, head: headSha, changedFiles: 2 });
    // The new lines of div (never called) are uncovered; those of mul and sub are covered.
    const calc = r.newCode.files.find((f: { path: string }) => f.path === 'src/calc.js');
    const uncovered = calc.uncovered.split(',').flatMap((range: string) => {
      const [a, b] = range.split('-').map(Number);
      return Array.from({ length: (b ?? a) - a + 1 }, (_, i) => a + i);
    });
    expect(uncovered.length).toBeGreaterThan(0);
    for (const line of uncovered) expect(line).toBeGreaterThanOrEqual(lineOf('function div'));
    expect(uncovered).toContain(lineOf("throw new RangeError"));
    expect(uncovered).not.toContain(lineOf('return a * b'));
    expect(uncovered).not.toContain(lineOf('const difference'));

    const gate = (name: string) => r.gates.find((g: { name: string }) => g.name === name);
    expect(gate('coverage_new').actual).toBeCloseTo((r.newCode.lines.covered / r.newCode.lines.total) * 100, 6);
    expect(gate('coverage_new').passed).toBe(false);
    // Against the base branch's report, read from the artifact zip of main's latest successful run.
    expect(r.base).toMatchObject({ origin: 'artifact', sha: baseSha });
    // main's tests ran every line (100%); the untested div brings it to 16 of 22 lines.
    expect(baseReport.metrics.coverage_lines).toBe(100);
    expect(gate('coverage_delta')).toMatchObject({ passed: true, detail: '72.73% against 100%' });
    expect(gate('coverage_delta').actual).toBeCloseTo(r.metrics.coverage_lines - baseReport.metrics.coverage_lines, 6);
    expect(gate('coverage').base).toBeCloseTo(baseReport.metrics.coverage_lines, 6);
    // alpine 3.10 → 3.9: musl's CVE-2019-14697 (critical) in musl and musl-utils is new; openssl's
    // two CVEs are in both images (another version), so not new.
    expect(gate('vulns_new_critical')).toMatchObject({ actual: 2, passed: false });
    expect(gate('vulns_new_medium')).toMatchObject({ actual: 0, passed: true });
    expect(r.newFindings.map((f: { id: string; package: string }) => `${f.id} ${f.package}`).sort()).toEqual(['CVE-2019-14697 musl', 'CVE-2019-14697 musl-utils']);
    expect(run.code).toBe(1);
    expect(run.outputs['failed-gates']).toBe('coverage_new,vulns_new_critical');

    // One comment, with the table, links to the uncovered lines at the head commit, the new findings.
    expect(comments()).toHaveLength(1);
    const body: string = comments()[0].body;
    expect(body).toMatch(/^<!-- phase-gates:comment gates-enforcer/);
    expect(body).toMatch(/\| `coverage_new` \| >= 90% \| — \| [\d.]+% <sub>\d+\/\d+ new lines/);
    expect(body).toContain(`https://github.com/${REPO}/blob/${headSha}/src/calc.js#L${uncovered[0]}`);
    expect(body).toContain('### New vulnerabilities (2)');
    expect(body).toContain('`CVE-2019-14697`');
    expect(body).not.toContain(DEFAULT_TOKEN);
    // The same in the job summary.
    expect(run.summary).toContain('### New code:');
    expect(run.summary).toContain(`blob/${headSha}/src/calc.js#L${uncovered[0]}`);
    // Annotations on the uncovered new lines, at most the 10 warnings GitHub shows of a step.
    const warnings = run.stdout.split('\n').filter((l) => l.startsWith('::warning '));
    expect(warnings.length).toBeGreaterThan(0);
    expect(warnings.length).toBeLessThanOrEqual(10);
    expect(warnings[0]).toContain(`file=src/calc.js,line=${uncovered[0]}`);
    expect(warnings[0]).toContain('not covered by tests');

    // The next run updates the same comment.
    const again = await runPr(ws, 602);
    expect(again.code).toBe(1);
    expect(comments()).toHaveLength(1);
    expect(comments()[0].body).toContain('run=602');
  }, 180_000);

  it('measures the new lines as diff-cover does, on the same repository and Cobertura file', async () => {
    if (!available('diff-cover', '--version')) return expect(available('diff-cover')).toBe(false);
    const ws = checkout();
    const run = await runPr(ws, 611, { inputs: { comment: 'false', gates: 'coverage_new: ">=0%"' } });
    expect(run.code).toBe(0);
    const r = report(ws);
    execFileSync('diff-cover', ['coverage/cobertura-coverage.xml', '--compare-branch=origin/main', '--json-report', 'diff.json'], { cwd: ws, stdio: 'pipe' });
    const theirs = JSON.parse(readFileSync(path.join(ws, 'diff.json'), 'utf8'));
    expect(r.newCode.lines.total).toBe(theirs.total_num_lines);
    expect(r.newCode.lines.total - r.newCode.lines.covered).toBe(theirs.total_num_violations);
    expect(comments()).toHaveLength(0);
  }, 120_000);

  it("gives a fork's pull request the summary and a notice, not an error", async () => {
    const ws = checkout();
    const run = await runPr(ws, 621, { fork: true });
    // The verdict is the gates' own (two fail); the comment's refusal is a notice.
    expect(run.outputs['failed-gates']).toBe('coverage_new,vulns_new_critical');
    expect(run.stdout).toMatch(/^::notice title=phase-gates::No pull-request comment: /m);
    expect(run.stdout).not.toMatch(/^::error::.*comment/m);
    expect(comments()).toHaveLength(0);
    expect(run.summary).toContain('### New code:');
  }, 120_000);

  it('without a base, the relative gates have no data, with the reason, and fail-on-missing decides', async () => {
    const ws = checkout();
    server.repo(REPO).artifacts.length = 0;
    const strict = await runPr(ws, 631, { inputs: { comment: 'false', gates: 'coverage_delta: ">=0%"\nvulns_new_high: 0' } });
    expect(strict.code).toBe(1);
    const gates = report(ws).gates;
    expect(gates.map((g: { status: string }) => g.status)).toEqual(['no-data', 'no-data']);
    expect(strict.stdout).toMatch(/Gate coverage_delta failed: no data \(no base figures: no base-report, no artifact gates-report of a successful run on main/);
    const lenient = await runPr(ws, 632, { inputs: { comment: 'false', gates: 'coverage_delta: ">=0%"', 'fail-on-missing': 'false' } });
    expect(lenient.code).toBe(0);
  }, 120_000);

  it('gates the latency against a base-report file: perf_p95_regression in % of the base\'s p95', async () => {
    const ws = checkout();
    const k6 = path.join(ROOT, 'test/fixtures/perf/k6');
    // The base branch's run on k6's --summary-export, this run on k6's handleSummary JSON: k6's own p(95)s.
    copyFileSync(path.join(k6, 'summary-export.json'), path.join(ws, 'base-k6.json'));
    copyFileSync(path.join(k6, 'handle-summary.json'), path.join(ws, 'k6.json'));
    const first = await runAction('gates-enforcer', {
      workspace: ws,
      inputs: { gates: 'perf_p95_ms: "<=1000"', 'perf-files': 'base-k6.json', 'report-path': 'base-report.json' }
    });
    expect(first.code).toBe(0);
    const basePct = JSON.parse(readFileSync(path.join(k6, 'summary-export.json'), 'utf8')).metrics.http_req_duration['p(95)'];
    const headPct = JSON.parse(readFileSync(path.join(k6, 'handle-summary.json'), 'utf8')).metrics.http_req_duration.values['p(95)'];
    const run = await runPr(ws, 651, {
      inputs: { comment: 'false', gates: 'perf_p95_regression: "<=10%"\nperf_p99_regression: "<=10%"', 'perf-files': 'k6.json', 'base-report': 'base-report.json', 'fail-on-missing': 'false' }
    });
    const r = report(ws);
    expect(r.base).toMatchObject({ origin: 'file', describe: 'base-report: base-report.json' });
    const gate = r.gates[0];
    expect(gate.actual).toBeCloseTo(((headPct - basePct) / basePct) * 100, 4);
    expect(gate).toMatchObject({ passed: false, status: 'fail' });
    // k6's --summary-export has no p(99) by default: that gate has no data, and says why.
    expect(r.gates[1]).toMatchObject({ status: 'no-data', detail: 'the base report (base-report: base-report.json) has no perf_p99_ms' });
    expect(run.code).toBe(1);
    expect(run.outputs['failed-gates']).toBe('perf_p95_regression');
  }, 120_000);

  it('a change that names no file the coverage report measures: no data, in one line naming the inputs', async () => {
    const ws = checkout();
    writeFileSync(path.join(ws, 'other.info'), 'TN:\nSF:lib/other.js\nDA:1,1\nDA:2,0\nLF:2\nLH:1\nend_of_record\n');
    const run = await runPr(ws, 661, { inputs: { comment: 'false', gates: 'coverage_new: ">=80%"', 'coverage-files': 'other.info' } });
    expect(run.code).toBe(1);
    const errors = run.stdout.split('\n').filter((l) => l.startsWith('::error'));
    expect(errors.map(commandMessage)).toEqual([
      'Gate coverage_new failed: no data (coverage-files: none of the 16 lines the change adds to 2 files (read from git (base-ref)) is measured by the coverage report: coverage of new code has no data; required >= 80%)',
      '1 of 1 gates failed: coverage_new'
    ]);
  }, 120_000);

  it('refuses a base-report of another schema in one line naming the input, and posts nothing', async () => {
    const ws = checkout();
    copyFileSync(path.join(ROOT, 'test/fixtures/vulns/sarif/codeql-js.sarif'), path.join(ws, 'base.json'));
    const run = await runPr(ws, 641, { inputs: { 'base-report': 'base.json' } });
    expect(run.code).toBe(1);
    const errors = run.stdout.split('\n').filter((l) => l.startsWith('::error'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/base-report: base\.json: not a phase-gates gates report/);
    expect(run.stdout + run.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
    expect(comments()).toHaveLength(0);
  }, 120_000);
});
