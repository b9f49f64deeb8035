/**
 * src/core/glob.ts is `@actions/glob` 0.7.0's walk, ported: on the same trees, with the same
 * patterns, it finds the same files in the same order. The trees: the real corpus of 14 public
 * repositories' .github directories, and a scratch tree with what globs trip on (dot files, links to
 * files, to directories and to nothing, brackets, spaces, nested search paths).
 */
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as glob from '@actions/glob';
import { globFiles } from '../../src/core/glob.js';
import { DEFAULT_PATHS } from '../../src/core/commands/validate.js';

async function theirs(patterns: string, implicitDescendants: boolean): Promise<string[]> {
  const g = await glob.create(patterns, { followSymbolicLinks: false, implicitDescendants, matchDirectories: false });
  return g.glob();
}

async function same(patterns: string[], implicitDescendants = false): Promise<string[]> {
  const text = patterns.join('\n');
  const expected = await theirs(text, implicitDescendants);
  expect(await globFiles(text, { implicitDescendants })).toEqual(expected);
  return expected;
}

const CORPUS = path.join(process.cwd(), 'test/fixtures/workflows/corpus');

describe('on the real corpus', () => {
  it("finds what @actions/glob finds with validate's default paths, in every repository", async () => {
    const repos = ['actions+checkout', 'babel+babel', 'cloudflare+workers-sdk', 'docker+buildx', 'goreleaser+goreleaser', 'zizmorcore+zizmor'];
    let total = 0;
    for (const repo of repos)
      for (const p of DEFAULT_PATHS) total += (await same([path.join(CORPUS, repo, p)])).length;
    expect(total).toBeGreaterThan(60);
  });

  it('finds what @actions/glob finds with ** and excludes across the corpus', async () => {
    expect((await same([`${CORPUS}/**/*.yml`, `!${CORPUS}/**/release*.yml`])).length).toBeGreaterThan(100);
    await same([`${CORPUS}/*/.github/workflows/`], true);
    await same([`${CORPUS}/*/.github/workflows`, `!${CORPUS}/babel+babel/**`], true);
    await same([`${CORPUS}/**/action.y?ml`, `${CORPUS}/actions+checkout/**`]);
  });
});

describe('on a tree with what globs trip on', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'pg-glob-'));
  const file = (rel: string) => {
    mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    writeFileSync(path.join(root, rel), rel);
  };
  for (const f of ['a.xml', '.hidden.xml', 'sub/b.xml', 'sub/.dot/c.xml', 'sub/deep/er/d.xml', 'we[ir]d/e.xml', 'with space/f.xml', 'x/y.txt', 'br{a,b}ce/g.xml'])
    file(f);
  symlinkSync(path.join(root, 'a.xml'), path.join(root, 'sub/link-to-file.xml'));
  symlinkSync(path.join(root, 'sub/deep'), path.join(root, 'link-to-dir'));
  symlinkSync(path.join(root, 'absent.xml'), path.join(root, 'sub/broken.xml'));

  it.each([
    [['**/*.xml']],
    [['*.xml']],
    [['sub/**']],
    [['sub/**/*.xml', '!sub/.dot/**']],
    [['**/*.xml', '!**/deep/**', 'sub/deep/er/d.xml']],
    [['we[[]ir]/*.xml']],
    [['we\\[ir\\]/*.xml']],
    [['with space/*']],
    [['br{a,b}ce/*.xml', 'bra/*.xml']],
    [['link-to-dir/**']],
    [['sub/*.xml', 'sub/deep/**/*.xml']],
    [['sub/']],
    [['**/?.xml']],
    [['absent/**']]
  ])('%j', async (patterns) => {
    const absolute = patterns.map((p) => (p.startsWith('!') ? '!' + path.join(root, p.slice(1)) : path.join(root, p)));
    await same(absolute);
    await same(absolute, true);
  });

  it('reports links as files, as @actions/glob does without following them', async () => {
    const found = await same([path.join(root, 'sub/*.xml')]);
    expect(found.map((f) => path.basename(f))).toEqual(['b.xml', 'broken.xml', 'link-to-file.xml']);
  });

  it('refuses a relative pattern (callers make every pattern absolute first)', async () => {
    await expect(globFiles('sub/*.xml', { implicitDescendants: false })).rejects.toThrow('glob: not an absolute pattern: sub/*.xml');
  });
});
