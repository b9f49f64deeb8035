/**
 * changeFromGit on real repositories: what a pull request branch added since its merge base with the
 * base branch, through merges of the base, renames, deletions, binary and unicode files, mode changes,
 * and a shallow clone (actions/checkout's default depth 1) of a real `file://` remote.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { rmSync } from 'node:fs';
import { changeFromGit } from '../../src/core/change/git.js';
import { parseUnifiedDiff, type ChangeSet, type FileChange } from '../../src/core/change/diff.js';
import { GIT_ENV, Repo, numbered, userError } from './repo.js';

const INPUT = 'base-ref';

function byPath(c: ChangeSet): Record<string, FileChange> {
  return Object.fromEntries(c.files.map((f) => [f.path, f]));
}

describe('a pull request branch', () => {
  let repo: Repo;
  let mergeBase: string;
  beforeAll(() => {
    repo = Repo.init();
    repo.write('app.js', numbered(10));
    repo.write('old.py', numbered(8, 'x = '));
    repo.write('gone.txt', numbered(3));
    repo.write('run.sh', 'echo hi\n');
    repo.write('same.txt', numbered(4));
    mergeBase = repo.commit('base');
    repo.git('checkout', '-q', '-b', 'feature');
    // Line 3 changed, two lines inserted after line 5: HEAD lines 3, 6 and 7.
    repo.write('app.js', numbered(10).replace('line 3\n', 'line three\n').replace('line 5\n', 'line 5\nnew a\nnew b\n'));
    repo.commit('feature edits');
    // Renamed with one line edited (line 4 of the new file).
    repo.git('rm', '-q', 'old.py');
    repo.write('pkg/new.py', numbered(8, 'x = ').replace('x = 4\n', 'x = 40\n'));
    repo.git('rm', '-q', 'gone.txt');
    repo.write('logo.bin', Buffer.from([0, 1, 2, 3, 0, 255, 0, 10]));
    repo.write('src/ünï cödé "文件".js', 'a\nb\n');
    repo.chmod('run.sh', 0o755);
    repo.commit('rename, delete, binary, unicode, mode');
    // Meanwhile the base branch changes app.js (line 9) and adds a file, and is merged into the PR.
    repo.git('checkout', '-q', 'main');
    repo.write('app.js', numbered(10).replace('line 9\n', 'line nine\n'));
    repo.write('base-only.js', numbered(5));
    repo.commit('base moves on');
    repo.git('checkout', '-q', 'feature');
    repo.git('merge', '-q', '--no-edit', 'main');
  });
  afterAll(() => repo.remove());

  it('counts only what the branch added: the base merged into it adds nothing', async () => {
    const c = await changeFromGit({ cwd: repo.dir, baseRef: 'main', input: INPUT, env: GIT_ENV });
    expect(c.source).toBe('git');
    expect(c.base).toBe(repo.git('rev-parse', 'main').trim()); // after the merge, main's tip is the merge base
    expect(c.head).toBe(repo.git('rev-parse', 'HEAD').trim());
    const files = byPath(c);
    expect(Object.keys(files).sort()).toEqual(['app.js', 'gone.txt', 'logo.bin', 'pkg/new.py', 'run.sh', 'src/ünï cödé "文件".js']);
    expect(files['app.js']).toEqual({ path: 'app.js', status: 'modified', added: [3, 6, 7] });
    expect(files['pkg/new.py']).toEqual({ path: 'pkg/new.py', previousPath: 'old.py', status: 'renamed', added: [4] });
    expect(files['gone.txt']).toEqual({ path: 'gone.txt', status: 'deleted', added: [] });
    expect(files['logo.bin']).toMatchObject({ status: 'added', added: [], linesUnknown: true });
    expect(files['src/ünï cödé "文件".js']).toEqual({ path: 'src/ünï cödé "文件".js', status: 'added', added: [1, 2] });
    expect(files['run.sh']).toEqual({ path: 'run.sh', status: 'modified', added: [] });
    expect(c.repoPaths).toEqual(expect.arrayContaining(['app.js', 'base-only.js', 'pkg/new.py', 'same.txt', 'src/ünï cödé "文件".js']));
    expect(c.repoPaths).not.toContain('gone.txt');
  });

  it('parses git output with core.quotePath on (octal escapes) and spaces in paths the same', async () => {
    const c = await changeFromGit({ cwd: repo.dir, baseRef: 'main', input: INPUT, env: GIT_ENV });
    const text = repo.git('-c', 'core.quotePath=true', 'diff', '--no-color', '-U0', '-M', 'main...HEAD');
    expect(text).toContain('"b/src/\\303\\274n\\303\\257 c\\303\\266d\\303\\251 \\"\\346\\226\\207\\344\\273\\266\\".js"');
    expect(parseUnifiedDiff(text)).toEqual(c.files);
  });

  it('takes the base as a SHA, as refs/heads/…, and a merge base of the branch before the merge', async () => {
    const before = repo.git('rev-parse', 'HEAD^1').trim();
    const c = await changeFromGit({ cwd: repo.dir, baseRef: mergeBase, head: before, input: INPUT, env: GIT_ENV });
    expect(c.base).toBe(mergeBase);
    expect(byPath(c)['app.js'].added).toEqual([3, 6, 7]);
    const viaRef = await changeFromGit({ cwd: repo.dir, baseRef: 'refs/heads/main', input: INPUT, env: GIT_ENV });
    expect(viaRef.files.map((f) => f.path).sort()).toEqual(['app.js', 'gone.txt', 'logo.bin', 'pkg/new.py', 'run.sh', 'src/ünï cödé "文件".js']);
  });

  it('refuses an unknown base ref, an option-like one and an empty one, naming the input', async () => {
    for (const ref of ['no-such-branch', '--output=x', '  ']) {
      const e = await userError(changeFromGit({ cwd: repo.dir, baseRef: ref, input: INPUT, env: GIT_ENV }));
      expect(e.input).toBe(INPUT);
      expect(e.renderAll()).toHaveLength(1);
      expect(e.render()).toMatch(/^base-ref: /);
    }
    const e = await userError(changeFromGit({ cwd: repo.dir, baseRef: 'no-such-branch', input: INPUT, env: GIT_ENV }));
    expect(e.render()).toBe('base-ref: "no-such-branch" is not a branch, tag or commit of this repository (check out with actions/checkout and `fetch-depth: 0`)');
  });
});

describe('repositories that cannot answer', () => {
  it('a directory outside any work tree', async () => {
    const repo = Repo.init();
    rmSync(`${repo.dir}/.git`, { recursive: true, force: true });
    try {
      const e = await userError(changeFromGit({ cwd: repo.dir, baseRef: 'main', input: INPUT, env: GIT_ENV }));
      expect(e.render()).toMatch(/^base-ref: .*not in a git work tree/);
    } finally {
      repo.remove();
    }
  });

  it('a base branch with no history in common', async () => {
    const repo = Repo.init();
    try {
      repo.write('a.txt', 'a\n').commit('one');
      repo.git('checkout', '-q', '--orphan', 'other');
      repo.write('b.txt', 'b\n').commit('unrelated');
      const e = await userError(changeFromGit({ cwd: repo.dir, baseRef: 'main', input: INPUT, env: GIT_ENV }));
      expect(e.render()).toMatch(/^base-ref: main and HEAD have no common history/);
    } finally {
      repo.remove();
    }
  });
});

describe('a shallow clone (actions/checkout with fetch-depth 1)', () => {
  let remote: Repo;
  let full: ChangeSet;
  beforeAll(async () => {
    remote = Repo.init('pg-change-remote-');
    remote.write('lib.js', numbered(20)).commit('start');
    // 30 commits of history before the branch point, so that depth 1 is far from the merge base.
    for (let i = 1; i <= 30; i++) remote.write('history.txt', numbered(i)).commit(`history ${i}`);
    remote.git('checkout', '-q', '-b', 'feature');
    for (let i = 1; i <= 12; i++) remote.write(`f${i}.txt`, numbered(i)).commit(`feature ${i}`);
    remote.write('lib.js', numbered(20).replace('line 7\n', 'line seven\n')).commit('feature edit');
    remote.git('checkout', '-q', 'main');
    for (let i = 1; i <= 12; i++) remote.write('main.txt', numbered(i)).commit(`main ${i}`);
    full = await changeFromGit({ cwd: remote.dir, baseRef: 'main', head: 'feature', input: INPUT, env: GIT_ENV });
  });
  afterAll(() => remote.remove());

  function shallowClone(): Repo {
    const clone = Repo.init('pg-change-clone-');
    rmSync(clone.dir, { recursive: true, force: true });
    new Repo(process.cwd()).git('clone', '-q', '--depth', '1', '--branch', 'feature', `file://${remote.dir}`, clone.dir);
    expect(clone.git('rev-parse', '--is-shallow-repository').trim()).toBe('true');
    return clone;
  }

  it('fetches the base branch, deepens in steps and finds the same change as the full history', async () => {
    const clone = shallowClone();
    try {
      const log: string[] = [];
      const c = await changeFromGit({ cwd: clone.dir, baseRef: 'main', input: INPUT, env: GIT_ENV, log: (m) => log.push(m), deepenSteps: [5, 10, 40] });
      expect(c.base).toBe(full.base);
      expect(c.files).toEqual(full.files);
      expect(byPath(c)['lib.js'].added).toEqual([7]);
      expect(c.files).toHaveLength(13);
      expect(log[0]).toMatch(/^base-ref: git fetch .*--depth=5 origin \+refs\/heads\/main:refs\/remotes\/origin\/main$/);
      expect(log.slice(1).every((l) => /--deepen=/.test(l))).toBe(true);
      expect(log.length).toBeGreaterThan(1);
    } finally {
      clone.remove();
    }
  });

  it("actions/checkout's checkout of a pull request (refs/pull/N/merge, depth 1): the pull request's own lines", async () => {
    // The merge GitHub makes of the pull request into its base, at refs/pull/7/merge.
    remote.git('checkout', '-q', '--detach', 'main');
    remote.git('merge', '-q', '--no-ff', '--no-edit', 'feature');
    remote.git('update-ref', 'refs/pull/7/merge', 'HEAD');
    remote.git('checkout', '-q', 'main');
    const merged = await changeFromGit({ cwd: remote.dir, baseRef: 'main', head: 'refs/pull/7/merge', input: INPUT, env: GIT_ENV });
    const clone = Repo.init('pg-change-checkout-');
    try {
      // What actions/checkout runs for a pull_request event with the default fetch-depth 1.
      clone.git('remote', 'add', 'origin', `file://${remote.dir}`);
      clone.git('fetch', '-q', '--no-tags', '--depth=1', 'origin', '+refs/pull/7/merge:refs/remotes/pull/7/merge');
      clone.git('checkout', '-q', '--detach', 'refs/remotes/pull/7/merge');
      const c = await changeFromGit({ cwd: clone.dir, baseRef: 'main', input: INPUT, env: GIT_ENV });
      expect(c.base).toBe(remote.git('rev-parse', 'main').trim());
      expect(c.files).toEqual(merged.files);
      expect(c.files).toEqual(full.files);
    } finally {
      clone.remove();
    }
  });

  it('gives up after the last step with one line naming base-ref and fetch-depth: 0', async () => {
    const clone = shallowClone();
    try {
      const e = await userError(changeFromGit({ cwd: clone.dir, baseRef: 'main', input: INPUT, env: GIT_ENV, deepenSteps: [2, 3] }));
      expect(e.input).toBe(INPUT);
      expect(e.render()).toMatch(/^base-ref: no merge base of main and HEAD in this shallow clone, even 5 commits deeper \(.*fetch-depth: 0/);
    } finally {
      clone.remove();
    }
  });

  it('says so when the remote cannot be reached to deepen', async () => {
    const clone = shallowClone();
    try {
      clone.git('remote', 'set-url', 'origin', `file://${remote.dir}-gone`);
      const e = await userError(changeFromGit({ cwd: clone.dir, baseRef: 'main', input: INPUT, env: GIT_ENV }));
      expect(e.render()).toMatch(/^base-ref: could not fetch main from origin: .*fetch-depth: 0/);
    } finally {
      clone.remove();
    }
  });
});
