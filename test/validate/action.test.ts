/** workflows-validation as the runner runs it: the bundled dist/workflows-validation/index.js. */
import { readFileSync, writeFileSync, cpSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { runAction, makeWorkspace, commandMessage, ROOT } from '../support/action.js';
import { sarifErrors } from './sarif.js';
import { findRule } from '../../src/core/workflows/rules/index.js';
import { ruleFixtureDir } from '../rules/fixtures.js';

const FIXTURES = (rule: string): string => ruleFixtureDir(findRule(rule)!);
const fixture = (rule: string, file: string) => readFileSync(path.join(FIXTURES(rule), file), 'utf8');

/** A workspace holding the clean and faulty corpus repositories' files. */
function corpusWorkspace(which: 'clean' | 'faulty'): string {
  const ws = makeWorkspace();
  cpSync(path.join(ROOT, 'test/fixtures/workflows', which, '.github'), path.join(ws, '.github'), { recursive: true });
  return ws;
}

describe('workflows-validation (bundled, runner contract)', () => {
  it('passes a clean repository: outputs, valid SARIF, summary, exit 0', async () => {
    const ws = corpusWorkspace('clean');
    const run = await runAction('workflows-validation', { workspace: ws, inputs: { paths: '.github/workflows/*\n.github/actions/*/action.yml' } });
    expect(run.errors).toEqual([]);
    expect(run.code).toBe(0);
    expect(run.outputs).toMatchObject({ valid: 'true', 'error-count': '0', 'warning-count': '0', 'sarif-path': 'workflows-validation.sarif' });
    const sarif = JSON.parse(readFileSync(path.join(ws, 'workflows-validation.sarif'), 'utf8'));
    expect(sarifErrors(sarif)).toEqual([]);
    expect(sarif.runs[0].results).toEqual([]);
    expect(sarif.runs[0].tool.driver.rules.length).toBeGreaterThanOrEqual(11);
    const report = JSON.parse(run.outputs.report);
    expect(report).toMatchObject({ schema: 'phase-gates/validation-report@1', valid: true, errorCount: 0 });
    expect(run.outputs.report).not.toContain('\n');
    expect(run.summary).toMatch(/## Workflows validation: ✅ valid \(4 files, 0 errors, 0 warnings\)/);
  });

  it('with action.yml\'s default paths (as the runner passes them): the workflows and .github/actions/*/action.yml, no error for the patterns that match nothing', async () => {
    const ws = corpusWorkspace('clean');
    const run = await runAction('workflows-validation', { workspace: ws });
    expect(run.errors).toEqual([]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.outputs.report).files).toEqual([
      '.github/actions/setup-toolchain/action.yml',
      '.github/workflows/ci.yml',
      '.github/workflows/deploy.yml',
      '.github/workflows/release.yaml'
    ]);
    expect(run.summary).toMatch(/## Workflows validation: ✅ valid \(4 files, 0 errors, 0 warnings\)/);
  });

  it('fails a faulty repository with one annotation per finding at file, line and column, and SARIF results', async () => {
    const ws = corpusWorkspace('faulty');
    const run = await runAction('workflows-validation', { workspace: ws, inputs: { paths: '.github/workflows/*\n.github/actions/*/action.yml', 'sarif-path': 'out/v.sarif' } });
    expect(run.code).toBe(1);
    expect(run.outputs.valid).toBe('false');
    const errors = Number(run.outputs['error-count']);
    const warnings = Number(run.outputs['warning-count']);
    expect(errors).toBeGreaterThanOrEqual(14);
    expect(warnings).toBeGreaterThanOrEqual(1); // the seeded PG303 (deploy without concurrency)
    // One annotation per finding, at its level, plus the closing reason.
    expect(run.errors).toHaveLength(errors + 1);
    expect(run.warnings).toHaveLength(warnings);
    expect(run.errors).toContainEqual(
      expect.stringMatching(/^::error title=PG110 needs-unknown-job,file=\.github\/workflows\/ci\.yml,line=24,col=19::job "build" needs unknown job "lnt"/)
    );
    expect(commandMessage(run.errors[run.errors.length - 1])).toBe(`workflows validation failed: ${errors} error(s) and ${warnings} warning(s) in 4 file(s) (fail-on: error)`);
    const sarif = JSON.parse(readFileSync(path.join(ws, 'out/v.sarif'), 'utf8'));
    expect(sarifErrors(sarif)).toEqual([]);
    expect(sarif.runs[0].results).toHaveLength(errors + warnings);
    const pg110 = sarif.runs[0].results.find((r: { ruleId: string }) => r.ruleId === 'PG110');
    expect(pg110).toMatchObject({
      level: 'error',
      locations: [{ physicalLocation: { artifactLocation: { uri: '.github/workflows/ci.yml' }, region: { startLine: 24, startColumn: 19 } } }]
    });
    expect(sarif.runs[0].tool.driver.rules[pg110.ruleIndex].id).toBe('PG110');
    expect(run.summary).toMatch(/\| ❌ error \| `PG110` needs-unknown-job \| `\.github\/workflows\/ci\.yml:24:19` \|/);
    expect(run.stdout).toMatch(/^\.github\/workflows\/ci\.yml:24:19: job "build" needs unknown job "lnt".* \[PG110\]$/m);
  });

  it('fail-on never reports without failing; the config re-levels, disables and ignores; inline disables', async () => {
    const ws = makeWorkspace({
      '.github/workflows/a.yml': fixture('needs-unknown-job', 'bad.yml'),
      '.github/workflows/b.yml': fixture('step-outputs-reference', 'bad.yml').replace("- if: steps.tests.outcome == 'failure' # bad: no step tests", "- if: steps.tests.outcome == 'failure' # phase-gates-disable PG112"),
      'vendor/c.yml': fixture('needs-cycle', 'bad.yml'),
      '.github/phase-gates.yml': 'rules:\n  needs-unknown-job: warning\n  PG112: { level: note }\nignore:\n  - vendor/**\n'
    });
    const never = await runAction('workflows-validation', { workspace: ws, inputs: { paths: '.github/workflows/*.yml, vendor/*.yml', 'fail-on': 'never' } });
    expect(never.code).toBe(0);
    expect(never.outputs).toMatchObject({ valid: 'true', 'error-count': '0', 'warning-count': '2' });
    const report = JSON.parse(never.outputs.report);
    expect(report.files).toEqual(['.github/workflows/a.yml', '.github/workflows/b.yml']);
    expect(report.findings.map((f: { rule: string; level: string; line: number }) => `${f.rule}:${f.level}:${f.line}`)).toEqual([
      'PG110:warning:10',
      'PG110:warning:15',
      'PG112:note:7',
      'PG112:note:9',
      'PG112:note:17'
    ]);
    expect(never.warnings).toHaveLength(2);
    const warn = await runAction('workflows-validation', { workspace: ws, inputs: { paths: '.github/workflows/*.yml', 'fail-on': 'warning' } });
    expect(warn.code).toBe(1);
  });

  it('bad inputs end with one line naming the input (and the config file and line)', async () => {
    const ws = makeWorkspace({ '.github/workflows/a.yml': fixture('needs-cycle', 'good.yml'), 'pg.yml': 'rules:\n  PG999: off\n  needs-cycle: loud\n' });
    const cases: [Record<string, string>, string][] = [
      [{ 'fail-on': 'sometimes' }, 'fail-on: must be error, warning or never, not "sometimes"'],
      [{ 'sarif-path': '../out.sarif' }, 'sarif-path: path escapes the workspace: ../out.sarif'],
      [{ paths: '../../etc/*.yml' }, 'paths: path escapes the workspace: ../../etc'],
      [{ paths: 'nothing/*.yml' }, 'paths: no file matches "nothing/*.yml"'],
      [{ config: 'missing.yml' }, 'config: missing.yml: config file not found']
    ];
    for (const [inputs, message] of cases) {
      const run = await runAction('workflows-validation', { workspace: ws, inputs });
      expect([inputs, run.code, run.errors.map(commandMessage)]).toEqual([inputs, 1, [message]]);
      expect(run.stdout + run.stderr).not.toMatch(/\n\s+at /);
    }
    const config = await runAction('workflows-validation', { workspace: ws, inputs: { config: 'pg.yml' } });
    expect(config.errors.map(commandMessage)).toEqual([
      expect.stringMatching(/^config: pg\.yml:2: unknown rule "PG999" \(rules are PG100, /),
      'config: pg.yml:3: rule PG111: level must be error, warning, note or off'
    ]);
  });

  it('hostile files: one finding each in bounded time and memory; the other files are still checked', async () => {
    const ws = makeWorkspace({
      '.github/workflows/bomb.yml': fixture('unreadable-file', 'bad-alias-bomb.yml'),
      '.github/workflows/latin1.yml': readFileSync(path.join(FIXTURES('unreadable-file'), 'bad-latin1.yml')),
      '.github/workflows/binary.yml': Buffer.from([0x6f, 0x6e, 0x3a, 0x20, 0x00, 0x01, 0x02, 0xff]),
      '.github/workflows/real.yml': fixture('needs-unknown-job', 'bad.yml')
    });
    // 11 MB of valid YAML: refused by size (GitHub's 512,000 bytes) before it is read, at the line
    // where the limit is crossed (9 bytes, then lines of 34).
    writeFileSync(path.join(ws, '.github/workflows/huge.yml'), 'on: push\n' + '# padding padding padding padding\n'.repeat(340_000));
    mkdirSync(path.join(ws, 'outside'), { recursive: true });
    const run = await runAction('workflows-validation', { workspace: ws, measure: true, inputs: { paths: '.github/workflows/*.yml' } });
    const report = JSON.parse(run.outputs.report);
    expect(report.findings.map((f: { file: string; rule: string; line: number; message: string }) => `${f.file}:${f.line} ${f.rule} ${f.message.replace(/ \(.*$/, '')}`)).toEqual([
      '.github/workflows/binary.yml:1 PG100 binary file',
      '.github/workflows/bomb.yml:3 PG100 YAML aliases expand to more than 200000 nodes',
      '.github/workflows/huge.yml:15060 PG100 a workflow of 11,560,009 bytes is larger than the limit of 512,000 bytes',
      '.github/workflows/latin1.yml:6 PG100 not valid UTF-8 text',
      '.github/workflows/real.yml:10 PG110 job "test" needs unknown job "biuld"',
      '.github/workflows/real.yml:15 PG110 job "deploy" needs unknown job "Compile"'
    ]);
    expect(run.ms).toBeLessThan(10_000);
    expect(run.maxRssMb!).toBeLessThan(300);
  });

  it("phase-gates validate prints each finding once, in actionlint's file:line:col: message [id] form", () => {
    const dir = FIXTURES('needs-outputs-reference');
    const ws = makeWorkspace({ 'w.yml': fixture('needs-outputs-reference', 'bad.yml') });
    const cli = spawnSync(process.execPath, [path.join(ROOT, 'dist/cli/index.js'), 'validate', '--paths', 'w.yml', '--workspace', ws, '--outputs'], { encoding: 'utf8', cwd: ws, env: { PATH: process.env.PATH } });
    expect(cli.status).toBe(1);
    // expected.out has `file:line:col: level [id] message`; the log has `file:line:col: message [id]`.
    const expected = readFileSync(path.join(dir, 'expected.out'), 'utf8').trim().split('\n');
    const actionlint = expected.map((l) => l.replace(/^bad\.yml(:\d+:\d+:) error \[(PG\d+)\] (.*)$/, 'w.yml$1 $3 [$2]'));
    expect(cli.stderr.split('\n').filter((l) => /^w\.yml:/.test(l))).toEqual(actionlint);
    expect(cli.stdout + cli.stderr).not.toMatch(/\| `PG113`/);
    expect(cli.stdout).toMatch(/^valid=false$/m);
    expect(cli.stdout).toMatch(/^error-count=2$/m);
  });
});
