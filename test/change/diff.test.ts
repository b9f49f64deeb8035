/**
 * parseUnifiedDiff on real `git diff` output where a line-oriented reader goes wrong: content lines
 * that look like headers (`--- `, `+++ `), a last line without a newline, pure deletions, a GitHub
 * `patch` (hunks only, with context).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { parseUnifiedDiff } from '../../src/core/change/diff.js';
import { Repo } from './repo.js';

describe('parseUnifiedDiff on git output', () => {
  let repo: Repo;
  beforeAll(() => {
    repo = Repo.pullRequest(
      {
        'q.sql': 'select 1;\n-- old comment\nselect 2;',
        'cut.txt': 'keep 1\ndrop 2\ndrop 3\nkeep 4\n',
        'tail.txt': 'one\ntwo\n'
      },
      {
        // A deleted `-- old comment` prints as `--- old comment`, an added `++ x` as `+++ x`.
        'q.sql': 'select 1;\n++ x\n-- new comment\nselect 2;\nselect 3;',
        'cut.txt': 'keep 1\nkeep 4\n',
        'tail.txt': 'one\ntwo\nthree\n'
      }
    );
  });
  afterAll(() => repo.remove());

  it('reads the lines each file gained, whatever the lines hold', () => {
    for (const context of ['-U0', '-U3']) {
      const text = repo.git('diff', '--no-color', context, 'main...feature');
      expect(text).toContain('\n--- old comment\n');
      expect(text).toContain('\n+++ x\n');
      expect(text).toContain('\\ No newline at end of file');
      // q.sql: lines 2-5 are new (line 4 `select 2;` gained a newline, so git shows it changed).
      expect(parseUnifiedDiff(text)).toEqual([
        { path: 'cut.txt', status: 'modified', added: [] },
        { path: 'q.sql', status: 'modified', added: [2, 3, 4, 5] },
        { path: 'tail.txt', status: 'modified', added: [3] }
      ]);
    }
  });

  it("reads a GitHub patch (one file's hunks, no header) as one entry without a path", () => {
    const text = repo.git('diff', '--no-color', 'main...feature', '--', 'q.sql');
    const patch = text.slice(text.indexOf('@@')).replace(/\n$/, '');
    expect(parseUnifiedDiff(patch)).toEqual([{ path: '', status: 'modified', added: [2, 3, 4, 5] }]);
  });

  it('reads nothing from text that is not a diff', () => {
    expect(parseUnifiedDiff('')).toEqual([]);
    expect(parseUnifiedDiff('hello\nworld\n')).toEqual([]);
  });
});
