/**
 * Getting the command line without cloning, as the README's "Install" says: from the repository
 * (`npm install -g github:OWNER/phase-gates`, `npx github:OWNER/phase-gates …`) and from npm once
 * published. GitHub serves `github:` specs as the tarball of the commit, which is what `git archive`
 * writes; a local git URL stands for the repository in `npx`. npm gets an empty cache and a registry
 * that refuses every connection: the package needs nothing from a registry, because dist/ is
 * committed and carries every dependency, and it has no script that would make npm prepare it.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const ROOT = process.cwd();
const { version } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
let dir: string;
let repo: string;

/** npm with its own empty cache and global prefix, offline: a registry request would fail. */
function npm(args: string[], cwd = dir) {
  // A registry on a closed loopback port: any request to it fails the command (`--offline` is no
  // proof: npm exec then refuses git specs outright).
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    npm_config_cache: path.join(dir, 'cache'),
    npm_config_prefix: path.join(dir, 'prefix'),
    npm_config_registry: 'http://127.0.0.1:9/',
    npm_config_update_notifier: 'false'
  };
  for (const k of Object.keys(env)) if (/^npm_(config_(global|offline)|lifecycle|package)/i.test(k)) delete env[k];
  const r = spawnSync('npm', ['--no-audit', '--no-fund', ...args], { cwd, env, encoding: 'utf8', timeout: 240_000 });
  if (r.status !== 0) throw new Error(`npm ${args.join(' ')} exited ${r.status}:\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

function run(bin: string, ...args: string[]) {
  return spawnSync(bin, args, { cwd: dir, encoding: 'utf8', timeout: 60_000 });
}

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'pg-install-'));
  // The repository as a clone of this commit sees it: the files git tracks, as they are in the
  // working tree, plus new files git does not ignore.
  repo = path.join(dir, 'phase-gates');
  mkdirSync(repo);
  const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: ROOT, encoding: 'utf8' }).split('\0').filter(Boolean);
  for (const f of files) if (existsSync(path.join(ROOT, f))) cpSync(path.join(ROOT, f), path.join(repo, f), { recursive: false });
  const git = (...a: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...a], { cwd: repo, stdio: 'pipe' });
  git('init', '-q');
  git('add', '-A');
  git('commit', '-qm', 'release');
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('npm install -g from the repository tarball (a github: spec) gives a working phase-gates, with no registry', () => {
  execFileSync('git', ['archive', '--format=tar.gz', '--prefix=phase-gates-main/', '-o', path.join(dir, 'github.tgz'), 'HEAD'], { cwd: repo });
  npm(['install', '-g', path.join(dir, 'github.tgz')]);
  const bin = path.join(dir, 'prefix/bin/phase-gates');
  const v = run(bin, '--version');
  expect([v.status, v.stdout.trim()]).toEqual([0, version]);
  const help = run(bin, 'init', '--help');
  expect(help.status).toBe(0);
  expect(help.stdout).toContain('usage: phase-gates init');
}, 300_000);

it('npx from the git repository runs phase-gates without installing anything else', () => {
  const out = npm(['exec', '--yes', `--package=git+file://${repo}`, '--', 'phase-gates', '--version']);
  expect(out.trim()).toBe(version);
}, 300_000);

it('the npm package holds the command line, its docs and licence, and nothing of the sources or tests', () => {
  const packed = JSON.parse(npm(['pack', '--json', '--pack-destination', dir], repo)) as Array<{ filename: string; files: Array<{ path: string }> }>;
  const files = packed[0].files.map((f) => f.path);
  expect(files).toEqual(expect.arrayContaining(['package.json', 'README.md', 'CHANGELOG.md', 'LICENSE', 'dist/cli/index.js', 'schemas/gates-report.schema.json']));
  expect(files.filter((f) => /^(src|test|bench|scripts|examples)\//.test(f) || f === 'package-lock.json')).toEqual([]);
  const pkg = JSON.parse(readFileSync(path.join(repo, 'package.json'), 'utf8')) as Record<string, unknown>;
  expect(pkg.private).toBeUndefined();
  expect(pkg.dependencies ?? {}).toEqual({});
  expect(pkg.bin).toEqual({ 'phase-gates': 'dist/cli/index.js' });

  rmSync(path.join(dir, 'prefix'), { recursive: true, force: true });
  npm(['install', '-g', path.join(dir, packed[0].filename)]);
  const v = run(path.join(dir, 'prefix/bin/phase-gates'), '--version');
  expect([v.status, v.stdout.trim()]).toEqual([0, version]);
}, 300_000);
