/**
 * The release process (README, "Releases"; .github/workflows/release.yml): `scripts/release.mjs`
 * checks that a tag is a release and moves the major tag, run here against real git repositories
 * with a bare repository as the remote.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';

const ROOT = process.cwd();
const SCRIPT = path.join(ROOT, 'scripts/release.mjs');
let dir: string;

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'pg-release-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function release(cwd: string, ...args: string[]) {
  const env: NodeJS.ProcessEnv = { ...process.env, GITHUB_OUTPUT: path.join(dir, 'github-output') };
  const r = spawnSync(process.execPath, [SCRIPT, ...args], { cwd, encoding: 'utf8', env });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'init.defaultBranch=main', ...args], { cwd, encoding: 'utf8' }).trim();
}

describe('release.mjs check', () => {
  const changelog = (body: string) => `# Changelog\n\n## [Unreleased]\n\n${body}\n\n[1.2.0]: https://example.com/compare/v1.1.0...v1.2.0\n`;
  function project(version: string, log: string): string {
    writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'phase-gates', version }));
    writeFileSync(path.join(dir, 'CHANGELOG.md'), log);
    return dir;
  }

  it('accepts a tag whose version and dated changelog entry agree, and writes the entry as the notes', () => {
    const cwd = project('1.2.0', changelog('## [1.2.0] - 2026-12-01\n\n### Fixed\n- deploy: first deploys skip the rollback.\n\n## [1.1.0] - 2026-11-01\n\n- old'));
    const r = release(cwd, 'check', 'v1.2.0', '--notes', path.join(dir, 'notes.md'));
    expect(r).toMatchObject({ status: 0, stderr: '' });
    expect(readFileSync(path.join(dir, 'notes.md'), 'utf8')).toBe('### Fixed\n- deploy: first deploys skip the rollback.\n');
  });

  it.each([
    ['a tag that is not a version', '1.2.0', '## [1.2.0] - 2026-12-01\n- x', 'v1.2', /tag "v1.2" is not a release tag vMAJOR.MINOR.PATCH/],
    ['a moving tag', '1.2.0', '## [1.2.0] - 2026-12-01\n- x', 'latest', /tag "latest" is not a release tag/],
    ['a version package.json does not have', '1.1.0', '## [1.2.0] - 2026-12-01\n- x', 'v1.2.0', /package.json has version 1.1.0, the tag says 1.2.0/],
    ['no changelog entry', '1.2.0', '## [1.1.0] - 2026-11-01\n- x', 'v1.2.0', /CHANGELOG.md has no entry "## \[1.2.0\] - YYYY-MM-DD"/],
    ['an entry without its date', '1.2.0', '## [1.2.0]\n- x', 'v1.2.0', /CHANGELOG.md:5: the entry of 1.2.0 has no release date/],
    ['an empty entry', '1.2.0', '## [1.2.0] - 2026-12-01\n\n## [1.1.0] - 2026-11-01\n- x', 'v1.2.0', /CHANGELOG.md:5: the entry of 1.2.0 is empty/]
  ])('refuses %s in one line', (_what, version, body, tag, message) => {
    const r = release(project(version, changelog(body)), 'check', tag);
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(message);
  });

  it("has an entry for this repository's own CHANGELOG.md once it is released, and Unreleased until then", () => {
    const text = readFileSync(path.join(ROOT, 'CHANGELOG.md'), 'utf8');
    const { version } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(text).toMatch(/^## \[Unreleased\]$/m);
    // Every dated entry is a version, newest first.
    const versions = [...text.matchAll(/^## \[(\d+\.\d+\.\d+[^\]]*)\] - \d{4}-\d{2}-\d{2}$/gm)].map((m) => m[1]);
    if (versions.length) expect(versions[0]).toBe(version);
  });
});

describe('release.mjs move-major', () => {
  let remote: string;
  let work: string;
  const commit = (message: string) => {
    writeFileSync(path.join(work, 'file.txt'), message);
    git(work, 'add', '-A');
    git(work, 'commit', '-qm', message);
    return git(work, 'rev-parse', 'HEAD');
  };
  const remoteTag = (tag: string) => git(remote, 'rev-parse', `refs/tags/${tag}^{commit}`);

  beforeEach(() => {
    remote = path.join(dir, 'remote.git');
    work = path.join(dir, 'work');
    git(dir, 'init', '-q', '--bare', remote);
    git(dir, 'clone', '-q', remote, work);
  });

  it('creates the major tag, moves it to each newer release, and pushes it', () => {
    const first = commit('1.0.0');
    git(work, 'tag', 'v1.0.0');
    let r = release(work, 'move-major', 'v1.0.0', '--remote', 'origin');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('major=v1\nmoved=true\nprerelease=false\n');
    expect(remoteTag('v1')).toBe(first);

    const second = commit('1.1.0');
    git(work, 'tag', 'v1.1.0');
    r = release(work, 'move-major', 'v1.1.0', '--remote', 'origin');
    expect(r.status).toBe(0);
    expect(remoteTag('v1')).toBe(second);
    expect(readFileSync(path.join(dir, 'github-output'), 'utf8')).toContain('major=v1\nmoved=true\n');

    // A new major leaves v1 where it is.
    const third = commit('2.0.0');
    git(work, 'tag', 'v2.0.0');
    expect(release(work, 'move-major', 'v2.0.0', '--remote', 'origin').status).toBe(0);
    expect(remoteTag('v2')).toBe(third);
    expect(remoteTag('v1')).toBe(second);
  });

  it('leaves the major tag on the newest release: a hotfix of an older minor and a pre-release do not move it', () => {
    commit('1.0.0');
    git(work, 'tag', 'v1.0.0');
    const newest = commit('1.1.0');
    git(work, 'tag', 'v1.1.0');
    expect(release(work, 'move-major', 'v1.1.0', '--remote', 'origin').status).toBe(0);

    git(work, 'checkout', '-q', '-b', 'hotfix', 'v1.0.0');
    commit('1.0.1');
    git(work, 'tag', 'v1.0.1');
    let r = release(work, 'move-major', 'v1.0.1', '--remote', 'origin');
    expect(r).toMatchObject({ status: 0 });
    expect(r.stdout).toContain('v1 not moved: v1.1.0 is newer');
    expect(r.stdout).toContain('moved=false');
    expect(remoteTag('v1')).toBe(newest);

    commit('1.2.0-rc.1');
    git(work, 'tag', 'v1.2.0-rc.1');
    r = release(work, 'move-major', 'v1.2.0-rc.1', '--remote', 'origin');
    expect(r.stdout).toContain('v1 not moved: v1.2.0-rc.1 is a pre-release');
    expect(r.stdout).toContain('prerelease=true');
    expect(remoteTag('v1')).toBe(newest);
  });

  it('refuses a tag that does not exist in one line', () => {
    commit('x');
    const r = release(work, 'move-major', 'v3.0.0', '--remote', 'origin');
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^release: /);
  });
});

describe('release workflow', () => {
  const workflow = parse(readFileSync(path.join(ROOT, '.github/workflows/release.yml'), 'utf8'));

  it('runs on version tags only, checks the tag, dist/ and then moves the major tag', () => {
    expect(workflow.on).toEqual({ push: { tags: ['v[0-9]+.[0-9]+.[0-9]+', 'v[0-9]+.[0-9]+.[0-9]+-*'] } });
    const runs = (workflow.jobs.release.steps as Array<{ run?: string }>).map((s) => s.run ?? '');
    const at = (text: string) => runs.findIndex((r) => r.includes(text));
    expect(at('npm ci')).toBeGreaterThan(-1);
    expect(at('release.mjs check "$GITHUB_REF_NAME"')).toBeGreaterThan(at('npm ci'));
    expect(at('scripts/check-dist.mjs')).toBeGreaterThan(at('npm ci'));
    expect(at('release.mjs move-major "$GITHUB_REF_NAME" --remote origin')).toBeGreaterThan(Math.max(at('release.mjs check'), at('check-dist')));
    expect(at('gh release create')).toBeGreaterThan(at('move-major'));
  });

  it('publishes to npm only by hand, for a checked release tag, through trusted publishing with provenance', () => {
    const publish = parse(readFileSync(path.join(ROOT, '.github/workflows/publish.yml'), 'utf8'));
    expect(Object.keys(publish.on)).toEqual(['workflow_dispatch']);
    const npm = publish.jobs.npm;
    expect(npm.permissions).toEqual({ contents: 'read', 'id-token': 'write' });
    expect(JSON.stringify(publish)).not.toMatch(/NPM_TOKEN|NODE_AUTH_TOKEN|secrets\./);
    const runs = (npm.steps as Array<{ run?: string }>).map((s) => s.run ?? '').join('\n');
    expect(runs.indexOf('release.mjs check "$TAG"')).toBeGreaterThan(-1);
    expect(runs.indexOf('npm publish --provenance')).toBeGreaterThan(runs.indexOf('release.mjs check'));
  });

  it('release.yml and publish.yml pass our own validator', () => {
    const r = spawnSync(process.execPath, [path.join(ROOT, 'dist/cli/index.js'), 'validate', '.github/workflows/release.yml', '.github/workflows/publish.yml'], { cwd: ROOT, encoding: 'utf8' });
    expect([r.status, r.stdout + r.stderr]).toEqual([0, expect.any(String)]);
  });
});
