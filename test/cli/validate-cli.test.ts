/** `phase-gates validate [paths...]`: compiler-style lines, exit 1 on errors; paths as users give them. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { makeWorkspace, ROOT } from '../support/action.js';

const CLI = path.join(ROOT, 'dist/cli/index.js');

it("takes paths as bare arguments and prints each finding once as file:line:col: message [id], actionlint's form", () => {
  const ws = makeWorkspace({
    'ok.yml': 'on: push\npermissions: {}\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ok\n',
    'bad.yml': 'on: push\npermissions: {}\njobs:\n  a:\n    runs-on: ubuntu-latest\n    needs: buidl\n    steps:\n      - run: echo ok\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ok\n'
  });
  const r = spawnSync(process.execPath, [CLI, 'validate', 'ok.yml', 'bad.yml', '--outputs'], { cwd: ws, encoding: 'utf8' });
  expect(r.status).toBe(1);
  expect(r.stdout + r.stderr).toMatch(/^bad\.yml:6:\d+: job "a" needs unknown job "buidl" \(did you mean "build"\?\) \[PG110\]$/m);
  expect(r.stderr.match(/buidl/g)).toHaveLength(1); // once: no summary table repeats it
  expect(r.stdout).toMatch(/^error-count=1$/m);
  expect(r.stdout + r.stderr).not.toMatch(/^ok\.yml:/m);
});

describe('paths as users give them', () => {
  const workflow = 'on: push\npermissions: {}\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ok\n';
  const action = "name: setup\ndescription: sets up\nruns:\n  using: composite\n  steps:\n    - run: echo hi\n      shell: bash\n";
  const repo = () =>
    makeWorkspace({
      '.github/workflows/ci.yml': workflow,
      '.github/workflows/nested/old.yml': 'not: a workflow GitHub reads\n',
      '.github/actions/setup/action.yml': action,
      '.github/dependabot.yml': "version: 2\nupdates: []\n",
      'node_modules/some-action/action.yml': 'broken: [\n',
      'k8s/svc.yml': 'apiVersion: v1\nkind: Service\n---\napiVersion: v1\nkind: Service\n'
    });
  const validate = (cwd: string, ...args: string[]) => spawnSync(process.execPath, [CLI, 'validate', ...args, '--json'], { cwd, encoding: 'utf8' });

  it('a directory means the workflows (top level of .github/workflows) and action.yml files under it, not node_modules', () => {
    const ws = repo();
    for (const dir of ['.github', '.', ws, path.join(ws, '.github') + '/']) {
      const r = validate(ws, dir);
      expect([dir, r.status, r.stderr]).toEqual([dir, 0, expect.any(String)]);
      expect(JSON.parse(r.stdout).files).toEqual(['.github/actions/setup/action.yml', '.github/workflows/ci.yml']);
    }
    const only = validate(ws, '.github/workflows');
    expect(JSON.parse(only.stdout).files).toEqual(['.github/workflows/ci.yml']);
  });

  it('a directory with no workflow under it is one line naming it', () => {
    const r = validate(repo(), 'k8s');
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim()).toBe('error: paths: k8s is a directory with no workflow (.github/workflows/*.yml) or action.yml under it');
  });

  it('takes an absolute path inside the workspace, also through a link to it, and refuses one outside', () => {
    const ws = repo();
    const alias = path.join(mkdtempSync(path.join(tmpdir(), 'pg-alias-')), 'repo');
    symlinkSync(ws, alias);
    expect(JSON.parse(validate(ws, path.join(ws, '.github/workflows/ci.yml')).stdout).files).toEqual(['.github/workflows/ci.yml']);
    // A shell that entered through the link: $PWD is the link, the process's cwd the real directory.
    const through = validate(alias, path.join(alias, '.github/workflows/ci.yml'), '--workspace', alias);
    expect([through.status, JSON.parse(through.stdout).files]).toEqual([0, ['.github/workflows/ci.yml']]);
    const outside = validate(ws, '/etc/passwd');
    expect([outside.status, outside.stderr.trim()]).toEqual([1, 'error: paths: path escapes the workspace: /etc/passwd']);
  });

  it('a file that is not a workflow gets one line saying what it is not; Dependabot\'s configuration is read as such', () => {
    const ws = repo();
    const r = validate(ws, 'k8s/svc.yml', '.github/dependabot.yml', '.github/workflows/ci.yml');
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout).findings.map((f: { file: string; line: number; rule: string; message: string }) => `${f.file}:${f.line} ${f.rule} ${f.message}`)).toEqual([
      'k8s/svc.yml:3 PG100 not a workflow: 2 YAML documents (the second starts at line 3); GitHub reads one document per file'
    ]);
  });
});

describe('validate with no argument, and --format', () => {
  const workflow = 'on: push\npermissions: {}\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: $/.github/actions/ci/setup\n        with:\n          verison: 20\n';
  const action = "name: setup\ndescription: sets up\ninputs:\n  version:\n    description: v\nruns:\n  using: composite\n  steps:\n    - run: echo hi\n      shell: bash\n";
  const repo = () =>
    makeWorkspace({
      '.github/workflows/ci.yaml': workflow,
      '.github/actions/ci/setup/action.yml': action,
      '.github/actions/lint/action.yaml': action
    });
  const run = (cwd: string, ...args: string[]) => spawnSync(process.execPath, [CLI, 'validate', ...args], { cwd, encoding: 'utf8' });

  it('finds .github/workflows/*.y{a,}ml and every action.y{a,}ml under .github/, nested ones too', () => {
    const r = run(repo(), '--json');
    expect(JSON.parse(r.stdout).files).toEqual(['.github/actions/ci/setup/action.yml', '.github/actions/lint/action.yaml', '.github/workflows/ci.yaml']);
    // The $/ action's inputs are checked like a ./ one's.
    expect(r.stderr).toMatch(/^\.github\/workflows\/ci\.yaml:9:11: input "verison" is not declared by \.github\/actions\/ci\/setup\/action\.yml .*did you mean "version".* \[PG114\]$/m);
    expect(r.status).toBe(1);
  });

  it('--format sarif prints the SARIF log and nothing else on stdout; --format json the report', () => {
    const ws = repo();
    const sarif = run(ws, '--format', 'sarif');
    const log = JSON.parse(sarif.stdout);
    expect(log.version).toBe('2.1.0');
    expect(log.runs[0].results.map((x: { ruleId: string }) => x.ruleId)).toEqual(['PG114']);
    const json = run(ws, '--format=json');
    expect(JSON.parse(json.stdout)).toMatchObject({ errorCount: 1, findings: [{ rule: 'PG114', line: 9 }] });
  });

  it('a --format it does not know is one usage line', () => {
    const r = run(repo(), '--format', 'xml');
    expect([r.status, r.stdout, r.stderr.trim()]).toEqual([2, '', 'phase-gates validate: --format must be text, json, sarif, not "xml"; see phase-gates validate --help']);
  });
});
