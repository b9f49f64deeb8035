/** `phase-gates gates`: the bundled command line, same core as the action. */
import { spawnSync } from 'node:child_process';
import { readFileSync, cpSync, readdirSync, mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { makeWorkspace, ROOT } from '../support/action.js';

const CLI = path.join(ROOT, 'dist/cli/index.js');
const SEED = readFileSync(path.join(ROOT, 'test/fixtures/phases/phase-06-deployment.md'), 'utf8');

function cli(args: string[], cwd: string, env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('phase-gates gates', () => {
  const LCOV = 'SF:src/a.ts\nDA:1,1\nDA:2,1\nDA:3,0\nDA:4,1\nend_of_record\n';

  it('prints the summary, and the outputs as name=value lines with --outputs, and exits 0 when the gates hold', () => {
    const ws = makeWorkspace({ 'coverage/lcov.info': LCOV });
    const r = cli(['gates', '--gates', 'coverage: ">=75%"', '--coverage-files', 'coverage/lcov.info', '--outputs'], ws);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/\| `coverage` \| >= 75% \| 75% <sub>3\/4 lines in 1 files<\/sub> \| ✅ pass \|/);
    expect(r.stdout).toMatch(/^passed=true$/m);
    expect(r.stdout).toMatch(/^failed-gates=$/m);
    expect(r.stdout).toMatch(/^report-path=gates-report.json$/m);
    expect(JSON.parse(/^report=(.*)$/m.exec(r.stdout)![1])).toMatchObject({ passed: true });
    expect(r.stdout).not.toMatch(/::debug::/);
  });

  it('exits 1 with an error line per failed gate, at the phase document line', () => {
    const ws = makeWorkspace({ 'coverage/lcov.info': LCOV, 'phase.md': SEED });
    const r = cli(['gates', '--phase-file', 'phase.md', '--coverage-files=coverage/lcov.info', '--fail-on-missing', 'false', '--outputs'], ws);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^error: phase.md:9: Gate coverage failed: 75%, required >= 80%$/m);
    expect(r.stderr).toMatch(/^error: 1 of 3 gates failed: coverage$/m);
    expect(r.stdout).toMatch(/^failed-gates=coverage$/m);
  });

  it('names the flag of a bad input, without a stack trace', () => {
    const ws = makeWorkspace();
    const r = cli(['gates', '--gates', 'coverage: "~80"', '--coverage-files', 'nothing/*.info'], ws);
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toBe('error: gates: line 1: gate coverage: cannot read "~80" (write OP NUMBER [UNIT] with OP one of >= > <= < == !=, e.g. ">=80%")');
  });

  it('refuses unknown flags and commands with usage (exit 2)', () => {
    const ws = makeWorkspace();
    expect(cli(['gates', '--coverage', 'x'], ws)).toMatchObject({ code: 2, stderr: expect.stringMatching(/unknown flag --coverage/) });
    expect(cli(['deploy-everything'], ws)).toMatchObject({ code: 2, stderr: expect.stringMatching(/unknown command "deploy-everything"/) });
    expect(cli(['gates', '--help'], ws)).toMatchObject({ code: 0, stdout: expect.stringMatching(/--coverage-files/) });
  });

  it('masks the token in everything it prints', () => {
    const ws = makeWorkspace();
    const token = 'ghp_SecretSecretSecretSecretSecret0123';
    const r = cli(['gates', '--gates', 'vulns_high: 0', '--github-alerts', 'dependabot', '--token', token], ws, { GITHUB_REPOSITORY: `acme/${token}`, GITHUB_SHA: 'abc' });
    expect(r.code).toBe(1);
    expect(r.stdout + r.stderr).not.toContain(token);
  });
});

describe('a report flag naming a directory', () => {
  const LCOV = 'SF:src/a.ts\nDA:1,1\nDA:2,0\nend_of_record\n';
  const fixtures = (...files: string[]) => Object.fromEntries(files.map((f) => [f, readFileSync(path.join(ROOT, 'test/fixtures', f))]));

  it('reads the reports in it when they are of one format (a folder of Trivy reports; its README is no report)', () => {
    const ws = makeWorkspace();
    cpSync(path.join(ROOT, 'test/fixtures/vulns/trivy'), path.join(ws, 'reports/trivy'), { recursive: true });
    const r = cli(['gates', '--vuln-files', 'reports/trivy', '--gates', 'vulns_critical: "== 0"', '--json'], ws);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).gates[0].sources).toEqual([
      { file: 'reports/trivy/lockfile-fs.json', format: 'trivy' },
      { file: 'reports/trivy/npm.json.golden.json', format: 'trivy' }
    ]);
  });

  it('holding one run in two formats: refused in one line naming them, so nothing is counted twice', () => {
    const ws = makeWorkspace({ 'coverage/lcov.info': LCOV, 'coverage/lcov-report/index.html': '<html></html>\n', ...fixtures('coverage/jacoco/jacoco.xml') });
    const r = cli(['gates', '--coverage-files', 'coverage/', '--gates', 'coverage: ">=10%"'], ws);
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toBe(
      'error: coverage-files: coverage is a directory holding reports of 2 formats, likely the same run twice: name the one to read, e.g. coverage/jacoco/jacoco.xml (jacoco), coverage/lcov.info (lcov)'
    );
  });

  it('with no report in it: one line naming the formats the flag reads', () => {
    const ws = makeWorkspace({ 'coverage/lcov-report/index.html': '<html></html>\n', 'coverage/notes.txt': 'nothing here\n' });
    const r = cli(['gates', '--coverage-files', 'coverage', '--gates', 'coverage: ">=10%"'], ws);
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toMatch(/^error: coverage-files: coverage is a directory with no report this input reads \(lcov, cobertura, .*\) in it$/);
  });
});

describe('strict where a verdict depends on it', () => {
  it('an LCOV record of an unknown type, with totals that would read as 100%, is refused in one line: the 70% gate does not pass', () => {
    const ws = makeWorkspace({ 'coverage/lcov.info': 'TN:\nSF:src/a.ts\nDT:3,0\nDA:1,1\nDA:2,0\nLF:10\nLH:10\nend_of_record\n' });
    const r = cli(['gates', '--gates', 'coverage: ">=70%"', '--coverage-files', 'coverage/lcov.info'], ws);
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toBe('error: coverage-files: coverage/lcov.info:3: unexpected LCOV record "DT:3,0" (not a record lcov writes)');
    const typo = makeWorkspace({ 'coverage/lcov.info': 'SF:src/a.ts\nDA:1,1\nDA:2,0\nDA:3,0\nLF:3\nLH:3\nend_of_record\n' });
    const t = cli(['gates', '--gates', 'coverage: ">=70%"', '--coverage-files', 'coverage/lcov.info'], typo);
    expect(t.code).toBe(1);
    expect(t.stderr.trim()).toBe('error: coverage-files: coverage/lcov.info:6: inconsistent LCOV record: LH:3 but 1 of its DA lines is hit');
  });

  it('a gate without its colon in a phase document is an error naming the file and line, not a gate silently dropped', () => {
    const ws = makeWorkspace({ 'phase.md': '---\nphase: 6\ngates: { coverage ">=80%", vulns_critical: 0 }\n---\n# Phase 06\n', 'l.info': 'SF:a\nDA:1,1\nLF:1\nLH:1\nend_of_record\n' });
    const r = cli(['gates', '--phase-file', 'phase.md', '--coverage-files', 'l.info'], ws);
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toBe('error: phase-file: phase.md:3: gate "coverage \\">=80%\\"" is not a metric name (a colon is missing: write coverage: ">=80%")');
  });

  it('invalid UTF-8 inside an XML report is refused at its line; a declared Latin-1 report is read as Latin-1', () => {
    const cobertura = (name: Buffer, decl = '') =>
      Buffer.concat([
        Buffer.from(`<?xml version="1.0"${decl} ?>\n<coverage line-rate="0.5" lines-valid="2" lines-covered="1">\n<packages><package name="`),
        name,
        Buffer.from('"><classes><class name="a" filename="a.py"><lines><line number="1" hits="1"/><line number="2" hits="0"/></lines></class></classes>\n</package></packages></coverage>\n')
      ]);
    const bad = makeWorkspace({ 'coverage.xml': cobertura(Buffer.from([0x70, 0xe9, 0x21])) });
    const r = cli(['gates', '--coverage-files', 'coverage.xml', '--gates', 'coverage: ">=10%"'], bad);
    expect([r.code, r.stderr.trim()]).toEqual([1, 'error: coverage-files: coverage.xml:3: not valid UTF-8 (an XML report without an encoding declaration is UTF-8)']);
    const latin1 = makeWorkspace({ 'coverage.xml': cobertura(Buffer.from([0x70, 0xe9]), ' encoding="ISO-8859-1"') });
    const ok = cli(['gates', '--coverage-files', 'coverage.xml', '--gates', 'coverage: ">=10%"'], latin1);
    expect([ok.code, ok.stderr]).toEqual([0, '']);
  });

  it('a directory as the report path is one line before any work, and nothing is written beside the workspace', () => {
    // The workspace in a parent of its own: other tests writing to the temporary directory meanwhile do not count.
    const parent = mkdtempSync(path.join(os.tmpdir(), 'pg-parent-'));
    const ws = path.join(parent, 'ws');
    mkdirSync(ws);
    writeFileSync(path.join(ws, 'l.info'), 'SF:a\nDA:1,1\nLF:1\nLH:1\nend_of_record\n');
    const r = cli(['gates', '--coverage-files', 'l.info', '--gates', 'coverage: ">=10%"', '--report-path', '.'], ws);
    expect([r.code, r.stderr.trim()]).toEqual([1, 'error: report-path: . is a directory: give the path of a file in it']);
    expect(readdirSync(parent)).toEqual(['ws']);
    const v = cli(['validate', '--sarif-path', 'l.info/..'], ws);
    expect([v.code, v.stderr.trim()]).toEqual([1, 'error: sarif-path: l.info/.. is a directory: give the path of a file in it']);
    rmSync(parent, { recursive: true, force: true });
  });
});
