/**
 * Report paths to repository paths: exact, another machine's checkout, Go import paths, a report
 * made in a subdirectory, Windows separators; ambiguity is no match (and is listed by patchCoverage).
 */
import { describe, expect, it } from '@jest/globals';
import { PathMatcher } from '../../src/core/change/paths.js';
import { patchCoverage } from '../../src/core/change/patch-coverage.js';
import { CoverageAccumulator } from '../../src/core/reports/coverage/model.js';
import type { ChangeSet } from '../../src/core/change/diff.js';

describe('PathMatcher', () => {
  const m = new PathMatcher(['web/src/a.ts', 'pkg/x.go', 'README.md']);

  it.each([
    ['web/src/a.ts', 'web/src/a.ts'],
    ['./web/src/a.ts', 'web/src/a.ts'],
    ['/builds/acme/app/web/src/a.ts', 'web/src/a.ts'],
    ['C:\\a\\app\\web\\src\\a.ts', 'web/src/a.ts'],
    ['src/a.ts', 'web/src/a.ts'],
    // The ending of one changed path only (the tree, when known, may say otherwise: below).
    ['a.ts', 'web/src/a.ts'],
    ['github.com/acme/app/pkg/x.go', 'pkg/x.go']
  ])('%s names %s', (reportPath, repoPath) => {
    expect(m.match(reportPath)).toBe(repoPath);
  });

  it.each(['lib/src/a.ts', 'web/src/b.ts', 'other/x.go/y', 'x.go.bak'])('%s names no changed file', (reportPath) => {
    expect(m.match(reportPath)).toBeUndefined();
  });

  it('two changed files ending alike: ambiguous, no match', () => {
    const two = new PathMatcher(['web/src/a.ts', 'api/src/a.ts']);
    expect(two.match('src/a.ts')).toBeUndefined();
    expect(two.resolve('src/a.ts')).toEqual({ kind: 'ambiguous', candidates: ['api/src/a.ts', 'web/src/a.ts'] });
    // A longer shared ending decides.
    expect(two.match('/ci/checkout/api/src/a.ts')).toBe('api/src/a.ts');
  });

  it('with the whole tree: an unchanged file of the same ending is a rival, and an exact unchanged file is never a changed one', () => {
    const tree = ['web/src/a.ts', 'api/src/a.ts', 'a.ts', 'web/a.ts'];
    const withTree = new PathMatcher(['web/src/a.ts', 'web/a.ts'], tree);
    expect(withTree.resolve('src/a.ts')).toEqual({ kind: 'ambiguous', candidates: ['api/src/a.ts', 'web/src/a.ts'] });
    expect(withTree.match('a.ts')).toBeUndefined();
    expect(withTree.match('/build/web/a.ts')).toBe('web/a.ts');
    expect(withTree.match('/build/api/src/a.ts')).toBeUndefined();
  });
});

describe('patchCoverage with paths that do not line up', () => {
  const change: ChangeSet = {
    base: 'b',
    head: 'h',
    source: 'git',
    files: [
      { path: 'web/src/a.ts', status: 'modified', added: [1, 2, 3] },
      { path: 'api/src/a.ts', status: 'added', added: [1] },
      { path: 'web/src/gone.ts', status: 'deleted', added: [] }
    ]
  };

  it('lists an ambiguous report path in unmatched and counts nothing for it', () => {
    const acc = new CoverageAccumulator();
    acc.file('src/a.ts').addLine(1, 1);
    acc.file('/ci/web/src/a.ts').addLine(2, 0);
    acc.file('/ci/web/src/a.ts').addLine(3, 4);
    const p = patchCoverage(acc, change);
    expect(p.unmatched).toEqual(['src/a.ts']);
    expect(p.files).toEqual([{ path: 'web/src/a.ts', reportPath: '/ci/web/src/a.ts', covered: 1, total: 2, uncovered: [2], branches: { covered: 0, total: 0 } }]);
    expect(p.changedFiles).toBe(2);
    expect(p.addedLines).toBe(4);
  });

  it('two report paths of one file: a line is measured when either measures it, covered when either hit it', () => {
    const acc = new CoverageAccumulator();
    acc.file('/ci/web/src/a.ts').addLine(1, 0);
    acc.file('/ci/web/src/a.ts').addLine(2, 0);
    acc.file('web/src/a.ts').addLine(1, 3);
    acc.file('web/src/a.ts').addLineBranches(1, 1, 2);
    acc.file('/ci/web/src/a.ts').addLineBranches(1, 2, 2);
    const p = patchCoverage(acc, change);
    expect(p.files).toEqual([{ path: 'web/src/a.ts', reportPath: '/ci/web/src/a.ts', covered: 1, total: 2, uncovered: [2], branches: { covered: 2, total: 2 } }]);
  });
});
