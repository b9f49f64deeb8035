/**
 * changeFromApi against the local GitHub server: a pull request's files as GitHub lists them (built
 * from the real `git diff` of a real branch: hunks, statuses, previous_filename, no patch for binary
 * files), paginated, capped at 3000 files, and the errors a user can act on.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { UserError } from '../../src/core/errors.js';
import { changeFromApi } from '../../src/core/change/api.js';
import { changeFromGit } from '../../src/core/change/git.js';
import { readChange } from '../../src/core/change/index.js';
import type { ChangeSet, FileChange } from '../../src/core/change/diff.js';
import { diffEntry, type DiffEntrySpec, type GitHubObject } from '../support/github-fixtures.js';
import { DEFAULT_TOKEN, createGitHubState, startGitHubServer, type GitHubServer } from '../support/github-server.js';
import { testClient } from '../support/github-client.js';
import { GIT_ENV, Repo, numbered, userError } from './repo.js';

const OWNER = 'acme';
const NAME = 'app';
const INPUT = 'base-ref';

/**
 * The pull request files list GitHub would give for `git diff base...head` of `repo`: one entry per
 * file section, its hunks as the `patch` (GitHub's diff has 3 lines of context and no header), no
 * patch for a binary file.
 */
function filesAsGitHubLists(repo: Repo, range: string): GitHubObject[] {
  const text = repo.git('-c', 'core.quotePath=false', 'diff', '--no-color', '-M', range);
  return text
    .split(/^(?=diff --git )/m)
    .filter((s) => s.startsWith('diff --git '))
    .map((section) => {
      const header = section.slice(0, section.search(/^@@/m) < 0 ? section.length : section.search(/^@@/m));
      const to = /^\+\+\+ b\/(.*)$/m.exec(header)?.[1] ?? /^rename to (.*)$/m.exec(header)?.[1];
      const from = /^--- a\/(.*)$/m.exec(header)?.[1] ?? /^rename from (.*)$/m.exec(header)?.[1];
      const spec: DiffEntrySpec = {
        filename: /^deleted file mode/m.test(header) ? from! : (to ?? /^diff --git a\/.* b\/(.*)$/m.exec(header)![1]),
        status: /^new file mode/m.test(header) ? 'added' : /^deleted file mode/m.test(header) ? 'removed' : /^rename from/m.test(header) ? 'renamed' : 'modified'
      };
      if (spec.status === 'renamed') spec.previousFilename = /^rename from (.*)$/m.exec(header)![1];
      const at = section.search(/^@@/m);
      if (at >= 0) spec.patch = section.slice(at).replace(/\n$/, '');
      return diffEntry(OWNER, NAME, spec);
    });
}

const strip = (c: ChangeSet): FileChange[] => [...c.files].sort((a, b) => a.path.localeCompare(b.path));

describe('the files of a pull request from the API', () => {
  let repo: Repo;
  let server: GitHubServer;
  let fromGit: ChangeSet;
  beforeAll(async () => {
    repo = Repo.init();
    repo.write('app.js', numbered(40));
    repo.write('old.js', numbered(12));
    repo.write('gone.js', numbered(3));
    repo.commit('base');
    repo.git('checkout', '-q', '-b', 'feature');
    // Two hunks in one file: a changed line and lines added far apart.
    repo.write('app.js', numbered(40).replace('line 4\n', 'line four\n').replace('line 30\n', 'line 30\nnew 1\nnew 2\n'));
    repo.git('rm', '-q', 'old.js', 'gone.js');
    repo.write('lib/new.js', numbered(12).replace('line 10\n', 'line ten\n'));
    repo.write('logo.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0]));
    // Enough files for two pages of 100.
    for (let i = 0; i < 120; i++) repo.write(`pages/p${i}.md`, numbered((i % 3) + 1, `page ${i} `));
    repo.commit('feature');
    fromGit = await changeFromGit({ cwd: repo.dir, baseRef: 'main', input: INPUT, env: GIT_ENV });
    server = await startGitHubServer(
      createGitHubState({
        repos: { [`${OWNER}/${NAME}`]: { pullFiles: { 7: filesAsGitHubLists(repo, 'main...feature') } } },
        tokens: { [DEFAULT_TOKEN]: 'all', ghs_contents_only: { contents: 'read' } }
      })
    );
  });
  afterEach(() => server.assertNoContractErrors());
  afterAll(async () => {
    await server.close();
    repo.remove();
  });

  it('gives the same files and added lines as git, over two pages', async () => {
    const log: string[] = [];
    const c = await changeFromApi(testClient(server), { owner: OWNER, repo: NAME, pull: 7, input: INPUT, head: 'abc', log: (m) => log.push(m) });
    expect(c.source).toBe('api');
    expect(c.head).toBe('abc');
    expect(c.files).toHaveLength(124);
    expect(strip(c)).toEqual(strip(fromGit));
    const app = c.files.find((f) => f.path === 'app.js')!;
    expect(app.added).toEqual([4, 31, 32]);
    expect(c.files.find((f) => f.path === 'lib/new.js')).toEqual({ path: 'lib/new.js', previousPath: 'old.js', status: 'renamed', added: [10] });
    expect(c.files.find((f) => f.path === 'gone.js')).toEqual({ path: 'gone.js', status: 'deleted', added: [] });
    const pages = server.requests.filter((r) => r.path === `/repos/${OWNER}/${NAME}/pulls/7/files`);
    expect(pages.map((r) => r.query.page ?? '1')).toEqual(['1', '2']);
    expect(pages.every((r) => r.query.per_page === '100')).toBe(true);
    expect(log).toEqual(['base-ref: GitHub gives no patch for logo.png (binary, or too large a diff): its added lines are not known']);
  });

  it('says which file GitHub left the patch out of, and reads copied and changed files', async () => {
    server.repo(`${OWNER}/${NAME}`).pullFiles[8] = [
      diffEntry(OWNER, NAME, { filename: 'big.sql', status: 'modified', additions: 40000, deletions: 2 }),
      diffEntry(OWNER, NAME, { filename: 'copy.js', status: 'copied', previousFilename: 'app.js', patch: '@@ -2 +2 @@\n-line 2\n+line two' }),
      diffEntry(OWNER, NAME, { filename: 'run.sh', status: 'changed', additions: 0, deletions: 0 })
    ];
    const log: string[] = [];
    const c = await changeFromApi(testClient(server), { owner: OWNER, repo: NAME, pull: 8, input: INPUT, log: (m) => log.push(m) });
    expect(c.files).toEqual([
      { path: 'big.sql', status: 'modified', added: [], linesUnknown: true },
      { path: 'copy.js', previousPath: 'app.js', status: 'renamed', added: [2] },
      { path: 'run.sh', status: 'modified', added: [] }
    ]);
    expect(log).toEqual(['base-ref: GitHub gives no patch for big.sql (binary, or too large a diff): its added lines are not known']);
  });

  it('stops at the 3000 files GitHub lists, and says so', async () => {
    server.repo(`${OWNER}/${NAME}`).pullFiles[9] = Array.from({ length: 3010 }, (_, i) =>
      diffEntry(OWNER, NAME, { filename: `gen/f${i}.txt`, status: 'added', patch: '@@ -0,0 +1 @@\n+x' })
    );
    const log: string[] = [];
    const c = await changeFromApi(testClient(server), { owner: OWNER, repo: NAME, pull: 9, input: INPUT, log: (m) => log.push(m) });
    expect(c.files).toHaveLength(3000);
    expect(log).toEqual(['base-ref: GitHub lists only the first 3000 files of a pull request; lines of files past them are not known']);
  });

  it('an unknown pull request and a token without access: one line naming the input', async () => {
    const missing = await userError(changeFromApi(testClient(server), { owner: OWNER, repo: NAME, pull: 404, input: INPUT }));
    expect(missing.render()).toBe(
      'base-ref: listing the files of pull request #404 of acme/app: GitHub answered 404: Not Found (no such pull request, or the token cannot see the repository)'
    );
    const denied = await userError(changeFromApi(testClient(server, { token: 'ghs_contents_only' }), { owner: OWNER, repo: NAME, pull: 7, input: INPUT }));
    expect(denied.render()).toMatch(/^base-ref: listing the files of pull request #7 of acme\/app: GitHub answered 403: .*pull-requests: read/);
    await expect(changeFromApi(testClient(server), { owner: OWNER, repo: NAME, pull: 0, input: INPUT })).rejects.toThrow(UserError);
  });

  it('readChange: git in a checkout, the API where there is none, else one line naming the input', async () => {
    const pullRequest = { client: testClient(server), owner: OWNER, repo: NAME, pull: 7 };
    const inCheckout = await readChange({ cwd: repo.dir, baseRef: 'main', input: INPUT, env: GIT_ENV, pullRequest });
    expect(inCheckout.source).toBe('git');
    const bare = mkdtempSync(path.join(tmpdir(), 'pg-change-nogit-'));
    try {
      const log: string[] = [];
      const c = await readChange({ cwd: bare, baseRef: 'main', input: INPUT, env: GIT_ENV, pullRequest, log: (m) => log.push(m) });
      expect(c.source).toBe('api');
      expect(strip(c)).toEqual(strip(fromGit));
      expect(log[0]).toBe(`base-ref: ${bare} is not a git checkout: reading the files of pull request #7 from GitHub`);
      const e = await userError(readChange({ cwd: bare, baseRef: 'main', input: INPUT, env: GIT_ENV }));
      expect(e.render()).toMatch(/^base-ref: .* is not a git checkout and there is no pull request to read the change from \(.*fetch-depth: 0/);
    } finally {
      rmSync(bare, { recursive: true, force: true });
    }
  });
});
