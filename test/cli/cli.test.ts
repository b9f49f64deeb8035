/**
 * The command line as a terminal user meets it, through the bundle: --version, help for every
 * flag with its default, "did you mean" for typos, one verdict by default, --outputs and --json,
 * and the commit from git when GITHUB_SHA is unset.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, chmodSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { makeWorkspace, ROOT } from '../support/action.js';
import { closeAll, ok, startServer } from '../smoke/servers.js';
import { cliAsync } from '../support/cli.js';

const CLI = path.join(ROOT, 'dist/cli/index.js');
const { version } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
const BASE_ENV = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', NO_COLOR: '1' };
const LCOV = 'SF:src/a.ts\nDA:1,1\nDA:2,1\nDA:3,0\nDA:4,1\nend_of_record\n';

function cli(args: string[], cwd = ROOT, env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...BASE_ENV, ...env }, timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

afterEach(closeAll);

describe('phase-gates --version', () => {
  it.each(['--version', '-V'])('%s prints the package version alone', (flag) => {
    expect(cli([flag])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
  });
});

describe('--help', () => {
  const ACTIONS: Record<string, string> = {
    gates: 'actions/gates-enforcer/action.yml',
    validate: 'actions/workflows-validation/action.yml',
    smoke: 'actions/smoke-test/action.yml',
    deploy: 'actions/deploy/action.yml',
    pipeline: 'action.yml'
  };
  it.each(Object.keys(ACTIONS))('%s --help describes every input of its action, with its default', (command) => {
    const meta = parse(readFileSync(path.join(ROOT, ACTIONS[command]), 'utf8')) as { inputs: Record<string, { description: string; default?: unknown; required?: boolean }> };
    const r = cli([command, '--help']);
    expect(r.code).toBe(0);
    // The help folds lines: compare with white space folded.
    const text = r.stdout.replace(/\s+/g, ' ');
    const missing: string[] = [];
    for (const [name, spec] of Object.entries(meta.inputs)) {
      const words = spec.description.trim().split(/\s+/).slice(0, 8).join(' ');
      if (!text.includes(`--${name} ${words}`)) missing.push(`--${name}: description`);
      const d = spec.default === undefined || spec.default === '' ? undefined : String(spec.default);
      if (d !== undefined && !d.includes('${{') && !text.includes(`(default: ${d.replace(/\s+/g, ' ')})`)) missing.push(`--${name}: default ${d}`);
      if (spec.required && !text.includes(`--${name} `)) missing.push(`--${name}: required`);
    }
    expect(missing).toEqual([]);
    for (const common of ['--workspace DIR', '--json', '--outputs', '--help']) expect(r.stdout).toContain(common);
  });

  it('init --help describes its flags and the common ones', () => {
    const r = cli(['init', '--help']);
    expect(r.code).toBe(0);
    for (const flag of ['--provider', '--force', '--ref', '--workspace', '--json']) expect(r.stdout).toContain(flag);
  });
});

describe('usage', () => {
  it('no command: the usage on stderr, nothing on stdout, exit 2', () => {
    const r = cli([]);
    expect([r.code, r.stdout]).toEqual([2, '']);
    expect(r.stderr).toMatch(/^usage: phase-gates <command>/);
  });

  it('phase-gates help <command> is <command> --help', () => {
    const r = cli(['help', 'smoke']);
    expect(r).toEqual({ ...cli(['smoke', '--help']), code: 0 });
    expect(r.stdout).toMatch(/^usage: phase-gates smoke /);
    expect(cli(['help', 'smok'])).toMatchObject({ code: 2, stdout: '', stderr: expect.stringContaining('(did you mean "smoke"?)') });
  });
});

describe('typos', () => {
  it('an unknown command gets "did you mean", one line and exit 2', () => {
    const r = cli(['valdiate']);
    expect(r).toEqual({ code: 2, stdout: '', stderr: 'phase-gates: unknown command "valdiate" (did you mean "validate"?); see phase-gates --help\n' });
  });

  it('an unknown flag gets "did you mean" the flag, one line and exit 2', () => {
    const r = cli(['gates', '--coverage-file', 'x']);
    expect(r).toEqual({ code: 2, stdout: '', stderr: 'phase-gates gates: unknown flag --coverage-file (did you mean --coverage-files?); see phase-gates gates --help\n' });
    expect(cli(['smoke', '--jsn']).stderr).toContain('(did you mean --json?)');
  });
});

describe('what a run prints', () => {
  it('by default the verdict once: the summary on stdout, no name=value lines, each failed gate and the verdict once on stderr', () => {
    const ws = makeWorkspace({ 'coverage/lcov.info': LCOV });
    const r = cli(['gates', '--gates', 'coverage: ">=80%"', '--coverage-files', 'coverage/lcov.info'], ws, { GITHUB_SHA: 'a'.repeat(40) });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/## .*gates/i);
    expect(r.stdout).not.toMatch(/^[a-z-]+=/m);
    // The gate's row once in the summary; on stderr its error and the verdict, nothing else.
    expect(r.stdout.match(/75%/g)).toHaveLength(1);
    expect(r.stderr.trim().split('\n')).toEqual(['error: Gate coverage failed: 75%, required >= 80%', 'error: 1 of 1 gates failed: coverage']);
  });

  it('on a terminal the summary is text: no Markdown, the table in aligned columns', () => {
    const ws = makeWorkspace({ 'coverage/lcov.info': LCOV });
    // script(1) gives the command a terminal as stdout and stderr, as a user's shell does.
    const command = [process.execPath, CLI, 'gates', '--gates', 'coverage: ">=80%"', '--coverage-files', 'coverage/lcov.info'].map((a) => `'${a.replace(/'/g, "'\\''")}'`).join(' ');
    const r = spawnSync('script', ['-qec', command, '/dev/null'], { cwd: ws, encoding: 'utf8', env: { ...BASE_ENV, GITHUB_SHA: 'a'.repeat(40) }, timeout: 60_000 });
    expect(r.status).toBe(1);
    const lines = r.stdout.replace(/\r/g, '').trimEnd().split('\n');
    expect(lines).toEqual([
      'Gates: ❌ failed (1 of 1 gate)',
      '',
      expect.stringMatching(/^Gate {6}Threshold {2}Actual {22}Verdict {2}Sources$/),
      expect.stringMatching(/^-{8} {2}-{9} {2}-{26} {2}-{7} {2}-{25}$/),
      'coverage  >= 80%     75% (3/4 lines in 1 files)  ❌ fail  coverage/lcov.info (lcov)',
      '',
      expect.stringMatching(/^\(Commit aaaaaaaaaaaa · \d{4}-.*\)$/),
      '',
      'error: Gate coverage failed: 75%, required >= 80%',
      'error: 1 of 1 gates failed: coverage'
    ]);
  });

  it('--outputs adds the outputs as name=value lines', () => {
    const ws = makeWorkspace({ 'coverage/lcov.info': LCOV });
    const r = cli(['gates', '--gates', 'coverage: ">=75%"', '--coverage-files', 'coverage/lcov.info', '--outputs'], ws, { GITHUB_SHA: 'a'.repeat(40) });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^passed=true$/m);
  });
});

describe('--json: one JSON document on stdout, for every command', () => {
  it('gates: the gates report', () => {
    const ws = makeWorkspace({ 'coverage/lcov.info': LCOV });
    const r = cli(['gates', '--gates', 'coverage: ">=80%"', '--coverage-files', 'coverage/lcov.info', '--json'], ws, { GITHUB_SHA: 'a'.repeat(40) });
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toMatchObject({ schema: 'phase-gates/gates-report@1', passed: false, sha: 'a'.repeat(40), gates: [{ name: 'coverage', actual: 75 }] });
    expect(r.stderr).toContain('Gate coverage failed');
  });

  it('validate: the validation report', () => {
    const ws = makeWorkspace({ 'w.yml': 'on: push\npermissions: {}\njobs:\n  a:\n    runs-on: ubuntu-latest\n    needs: buidl\n    steps:\n      - run: echo ok\n' });
    const r = cli(['validate', 'w.yml', '--json'], ws);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toMatchObject({ valid: false, errorCount: 1, findings: [{ rule: 'PG110', file: 'w.yml', line: 6 }] });
  });

  it('smoke: the smoke report', async () => {
    const server = await startServer({ '/': ok() });
    const r = await cliAsync(['smoke', '--url', server.url, '--wait-for-ready', '0', '--samples', '2', '--json'], makeWorkspace(), { NO_COLOR: '1' });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ passed: true });
  });

  it('deploy: the outcome with every check', () => {
    const ws = makeWorkspace({ 'deploy.sh': '#!/bin/sh\necho deployed\n' });
    chmodSync(path.join(ws, 'deploy.sh'), 0o755);
    const r = cli(['deploy', '--environment', 'staging', '--version', 'v1.0.0', '--run', './deploy.sh', '--dry-run', 'true', '--json'], ws);
    const doc = JSON.parse(r.stdout) as { checks: Array<{ id: string }>; version: string };
    expect(doc.version).toBe('v1.0.0');
    expect(doc.checks.map((c) => c.id)).toEqual(expect.arrayContaining(['freeze', 'version', 'rollback-path']));
  });

  it('pipeline: the outputs and the stages', () => {
    const ws = makeWorkspace({ 'lcov.info': LCOV, 'deploy.sh': '#!/bin/sh\necho deployed\n' });
    chmodSync(path.join(ws, 'deploy.sh'), 0o755);
    const r = cli(['pipeline', '--environment', 'staging', '--version', 'v1.0.0', '--run', './deploy.sh', '--environment-url', 'http://127.0.0.1:9', '--gates', 'coverage: ">=80%"', '--coverage-files', 'lcov.info', '--json'], ws);
    expect(r.code).toBe(1);
    const doc = JSON.parse(r.stdout) as { ok: boolean; outputs: Record<string, string>; stages: unknown[] };
    expect(doc).toMatchObject({ ok: false, outputs: { 'gates-passed': 'false', 'failed-stage': 'gates' } });
    expect(doc.stages.length).toBeGreaterThan(0);
    // The gates stage's failed gate once (its error line), not again as a log line per gate.
    expect(r.stderr.match(/coverage.*75%/g)).toEqual(['coverage failed: 75%']);
  });

  it('init: its outputs', () => {
    const ws = makeWorkspace();
    const r = cli(['init', '--provider', 'command', '--ref', `acme/phase-gates@${'1'.repeat(40)}`, '--json'], ws);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ files: expect.stringContaining('.github/workflows/deploy.yml') });
  });

  it('masks secrets in the JSON too', async () => {
    const token = 'ghp_SecretSecretSecretSecretSecret0123';
    // A loopback API that answers with the token it was given, in its error and in what it names.
    const api = await startServer({
      '*': (req, res) => {
        res.statusCode = 403;
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify({ message: `token ${String(req.headers.authorization)} lacks security_events` }));
      }
    });
    const r = await cliAsync(['gates', '--gates', 'vulns_high: 0', '--github-alerts', 'dependabot', '--token', token, '--json'], makeWorkspace(), {
      GITHUB_REPOSITORY: `acme/${token}`,
      GITHUB_SHA: 'abc',
      GITHUB_API_URL: api.url
    });
    expect(api.requests.length).toBeGreaterThan(0);
    expect(r.stdout + r.stderr).toContain('***');
    expect(r.stdout + r.stderr).not.toContain(token);
  });
});

describe('the commit', () => {
  const git = (cwd: string, ...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd, encoding: 'utf8' }).trim();

  it('comes from git rev-parse HEAD when GITHUB_SHA is unset, and the CLI says so', () => {
    const ws = makeWorkspace({ 'coverage/lcov.info': LCOV });
    git(ws, 'init', '-q');
    git(ws, 'add', '-A');
    git(ws, 'commit', '-qm', 'x');
    const head = git(ws, 'rev-parse', 'HEAD');
    const r = cli(['gates', '--gates', 'coverage: ">=75%"', '--coverage-files', 'coverage/lcov.info', '--json'], ws);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`commit: ${head.slice(0, 12)} (from git rev-parse HEAD; GITHUB_SHA is unset)`);
    expect(JSON.parse(r.stdout).sha).toBe(head);
  });

  it('is GITHUB_SHA when set, with nothing said', () => {
    const ws = makeWorkspace({ 'coverage/lcov.info': LCOV });
    const r = cli(['gates', '--gates', 'coverage: ">=75%"', '--coverage-files', 'coverage/lcov.info', '--json'], ws, { GITHUB_SHA: 'b'.repeat(40) });
    expect(JSON.parse(r.stdout).sha).toBe('b'.repeat(40));
    expect(r.stderr).not.toContain('commit:');
  });

  it('outside a git repository, a command that needs it says so in one line', () => {
    const ws = makeWorkspace({ 'deploy.sh': '#!/bin/sh\n' });
    chmodSync(path.join(ws, 'deploy.sh'), 0o755);
    const r = cli(['deploy', '--environment', 'staging', '--run', './deploy.sh'], ws);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toEqual([
      `commit: none (GITHUB_SHA is unset and ${ws} is not in a git repository)`,
      expect.stringMatching(/^error: version: no version: give one or set GITHUB_SHA/)
    ]);
  });

  it('in a repository with no commit yet, a command that needs one says that; one that does not names none in its report', () => {
    const ws = makeWorkspace({ 'coverage/lcov.info': LCOV, 'deploy.sh': '#!/bin/sh\n' });
    chmodSync(path.join(ws, 'deploy.sh'), 0o755);
    git(ws, 'init', '-q');
    const deploy = cli(['deploy', '--environment', 'staging', '--run', './deploy.sh', '--version', 'v1.0.0', '--dry-run', 'true'], ws);
    expect(deploy.stderr.split('\n')[0]).toBe(`commit: none (GITHUB_SHA is unset and the git repository of ${ws} has no commit yet)`);
    const gates = cli(['gates', '--gates', 'coverage: ">=75%"', '--coverage-files', 'coverage/lcov.info', '--json'], ws);
    expect(gates.code).toBe(0);
    expect(gates.stderr).toBe('');
    expect(JSON.parse(gates.stdout).sha).toBeNull();
  });

});

describe('the flags and version the bundle carries', () => {
  it('src/cli/generated/meta.ts is what scripts/gen-cli-help.mjs makes of package.json and the action.yml files', () => {
    const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts/gen-cli-help.mjs'), '--check'], { cwd: ROOT, encoding: 'utf8' });
    expect([r.status, r.stderr]).toEqual([0, '']);
  });
});
