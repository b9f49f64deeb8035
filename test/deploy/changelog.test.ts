/**
 * The change log check on real change logs (test/fixtures/changelog/README.md) and GitHub releases
 * served by the local API server.
 */
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { changelogCheck, parseChangelog } from '../../src/core/deploy/changelog.js';
import type { CheckContext } from '../../src/core/deploy/checks.js';
import type { DeployConfig } from '../../src/core/deploy/config.js';
import { createGitHubState, startGitHubServer, DEFAULT_TOKEN, type GitHubServer } from '../support/github-server.js';
import { release } from '../support/github-fixtures.js';

const FIXTURES = path.resolve('test/fixtures/changelog');
const SHA = '0123456789abcdef0123456789abcdef01234567';
const TAGGED = 'abcdef0123456789abcdef0123456789abcdef01';
const read = (name: string) => readFileSync(path.join(FIXTURES, name), 'utf8');
const ws = mkdtempSync(path.join(tmpdir(), 'pg-changelog-'));
cpSync(FIXTURES, ws, { recursive: true });

/** The entries of a fixture, as `version:line[:empty][:yanked]`. */
function found(name: string, version: string): string | undefined {
  const e = parseChangelog(read(name)).find((x) => x.version.replace(/^v/, '') === version);
  return e && `${e.line}${e.hasContent ? '' : ':empty'}${e.yanked ? ':yanked' : ''}`;
}

describe('parseChangelog on real change logs', () => {
  it('Keep a Changelog itself: every release, [Unreleased] not one', () => {
    const versions = parseChangelog(read('keep-a-changelog.md')).map((e) => e.version);
    expect(versions.slice(0, 3)).toEqual(['2.0.0', '1.1.2', '1.1.1']);
    expect(versions.at(-1)).toBe('0.0.1');
    expect(versions).not.toContain('Unreleased');
    expect(found('keep-a-changelog.md', '1.0.0')).toBe('137');
    expect(found('keep-a-changelog.md', '1.2.0')).toBeUndefined();
  });

  it('eslint-plugin-import: releases with content, and a [YANKED] one', () => {
    expect(found('eslint-plugin-import.md', '2.32.0')).toBe('38');
    expect(found('eslint-plugin-import.md', '0.12.2')).toBe('1131:yanked');
    expect(found('eslint-plugin-import.md', '2.33.0')).toBeUndefined();
  });

  it('ical.js: headings with nothing under them (only link definitions at the end) are empty entries', () => {
    expect(found('ical.js.md', '1.3.0')).toBe('5:empty');
    // `## 0.0.1 - 2014-05-23`: a bare version, the last entry before the link definitions.
    expect(found('ical.js.md', '0.0.1')).toBe('37:empty');
  });

  // Entries without a link definition: ical.js's first release, and one eslint-plugin-import left unlinked.
  const UNLINKED: Record<string, string[]> = { 'keep-a-changelog.md': [], 'ical.js.md': ['0.0.1'], 'eslint-plugin-import.md': ['2.20.2'] };
  it.each(Object.keys(UNLINKED))('%s: every version its authors link at the bottom is an entry', (name) => {
    // Keep a Changelog's link definitions (`[1.1.0]: https://…/compare/v1.0.0...v1.1.0`) are the
    // authors' own list of releases. eslint-plugin-import marks a breaking one `## [2.0.0]! - 2016-09-30`.
    const linked = [...read(name).matchAll(/^\[(v?\d[^\]]*)\]:/gm)].map((m) => m[1].replace(/^v/, '')).sort();
    const parsed = parseChangelog(read(name)).map((e) => e.version.replace(/^v/, ''));
    expect(linked.length).toBeGreaterThan(10);
    expect(linked.filter((v) => !parsed.includes(v))).toEqual([]);
    expect(parsed.filter((v) => !linked.includes(v))).toEqual(UNLINKED[name]);
  });

  it('axios (conventional-changelog, a deviation): `# [1.6.0](compare-url) (date)` and `## [1.7.9](…)` are entries', () => {
    expect(found('axios.md', '1.7.9')).toBe('3');
    expect(found('axios.md', '1.6.0')).toBe('329');
    // The older, Keep a Changelog part of the same file.
    expect(found('axios.md', '1.2.2')).toBe('659');
    expect(found('axios.md', '1.7.10')).toBeUndefined();
    expect(parseChangelog(read('axios.md'))).toHaveLength(44);
  });
});

function context(overrides: Partial<DeployConfig>, version: string, env: Record<string, string> = {}): CheckContext {
  const changelog = overrides.changelog ?? 'keep-a-changelog.md';
  const config = {
    environment: 'production',
    mode: 'deploy',
    requireChangelog: true,
    token: '',
    changelog,
    changelogFile: path.join(ws, changelog),
    ...overrides
  } as DeployConfig;
  return { config, env, version } as CheckContext;
}

describe('changelogCheck', () => {
  let server: GitHubServer;
  beforeAll(async () => {
    server = await startGitHubServer(
      createGitHubState({
        repos: {
          'acme/shop': {
            releases: [release('acme', 'shop', { tag: 'v3.1.0', id: 31 }), release('acme', 'shop', { tag: 'v3.2.0', id: 32, draft: true }), release('acme', 'shop', { tag: '4.0.0', id: 40 })],
            // 150 tags: the commit's tag is on the second page of GET /tags.
            tags: { ...Object.fromEntries(Array.from({ length: 149 }, (_, i) => [`v0.${i}.0`, `${String(i).padStart(4, '0')}${'e'.repeat(36)}`])), 'v3.1.0': TAGGED }
          }
        }
      })
    );
  });
  afterAll(() => server.close());
  afterEach(() => server.assertNoContractErrors());
  const gh = () => ({ GITHUB_REPOSITORY: 'acme/shop', GITHUB_API_URL: server.url });

  it('passes on an entry, naming the file and line; v or no v', async () => {
    expect(await changelogCheck(context({}, 'v1.1.2'))).toEqual({ id: 'changelog', title: 'Change log', status: 'pass', detail: 'keep-a-changelog.md:57: ## [1.1.2] - 2024-09-27' });
    expect((await changelogCheck(context({ changelog: 'axios.md' }, 'registry.example.com/shop:1.6.0'))).detail).toBe('axios.md:329: # [1.6.0](https://github.com/axios/axios/compare/v1.5.1...v1.6.0) (2023-10-26)');
  });

  it('fails on an absent version, an empty entry, a yanked one, a missing file', async () => {
    expect(await changelogCheck(context({}, 'v1.2.0'))).toMatchObject({ status: 'fail', detail: 'keep-a-changelog.md has no entry for v1.2.0 (latest: 2.0.0, 1.1.2, 1.1.1); no token to look for a GitHub release (add the entry, publish the release, or require-changelog: false)' });
    expect((await changelogCheck(context({ changelog: 'ical.js.md' }, '1.3.0'))).detail).toMatch(/^ical\.js\.md:5 has the heading of 1\.3\.0 but nothing under it; /);
    expect((await changelogCheck(context({ changelog: 'eslint-plugin-import.md' }, 'v0.12.2'))).detail).toBe('eslint-plugin-import.md:1131 marks v0.12.2 [YANKED]: a yanked release is not deployed');
    expect((await changelogCheck(context({ changelog: 'CHANGELOG.md' }, 'v1.0.0'))).detail).toMatch(/^CHANGELOG\.md not found; no token/);
  });

  it('a published GitHub release of the tag counts (with or without v); a draft does not', async () => {
    const token = { token: DEFAULT_TOKEN, changelog: 'CHANGELOG.md' };
    expect(await changelogCheck(context(token, 'v3.1.0', gh()))).toMatchObject({ status: 'pass', detail: 'GitHub release v3.1.0: https://github.com/acme/shop/releases/tag/v3.1.0' });
    expect(await changelogCheck(context(token, 'v4.0.0', gh()))).toMatchObject({ status: 'pass', detail: 'GitHub release 4.0.0: https://github.com/acme/shop/releases/tag/4.0.0' });
    expect(await changelogCheck(context(token, '3.1.0', gh()))).toMatchObject({ status: 'pass' });
    const draft = await changelogCheck(context(token, 'v3.2.0', gh()));
    expect(draft).toMatchObject({ status: 'fail', detail: 'CHANGELOG.md not found; no published GitHub release v3.2.0 or 3.2.0 in acme/shop (add the entry, publish the release, or require-changelog: false)' });
    expect(server.requests.filter((r) => r.path.includes('/releases/tags/')).map((r) => `${r.path} ${r.status}`)).toContain('/repos/acme/shop/releases/tags/v3.2.0 404');
  });

  it('a commit SHA is checked through its tag: the tag the workflow runs for, or the tags pointing at it', async () => {
    // A workflow run for a tag push: GITHUB_REF names the tag of GITHUB_SHA.
    const tagPush = { GITHUB_REF: 'refs/tags/v1.1.2', GITHUB_SHA: SHA };
    expect(await changelogCheck(context({}, SHA, tagPush))).toMatchObject({ status: 'pass', detail: 'keep-a-changelog.md:57: ## [1.1.2] - 2024-09-27 (the tag of 0123456789ab)' });
    expect(await changelogCheck(context({}, SHA, { GITHUB_REF: 'refs/tags/v1.2.0', GITHUB_SHA: SHA }))).toMatchObject({ status: 'fail', detail: expect.stringMatching(/^keep-a-changelog\.md has no entry for v1\.2\.0 .* \(the tag of 0123456789ab\)/) });
    // With a token: the tags of the repository (paginated) that point at the commit.
    const token = { token: DEFAULT_TOKEN, changelog: 'CHANGELOG.md' };
    expect(await changelogCheck(context(token, TAGGED.slice(0, 12), gh()))).toMatchObject({ status: 'pass', detail: 'GitHub release v3.1.0: https://github.com/acme/shop/releases/tag/v3.1.0 (the tag of abcdef012345)' });
    expect(server.requests.filter((r) => r.path === '/repos/acme/shop/tags').map((r) => r.query.page)).toEqual(['1', '2']);
    expect(await changelogCheck(context(token, SHA, gh()))).toMatchObject({ status: 'skip', detail: `${SHA} is a commit no tag of acme/shop points at; change logs and releases name tags` });
    expect(await changelogCheck(context({}, SHA))).toMatchObject({ status: 'skip', detail: `${SHA} is a commit with no tag known (no token to look for a GitHub release); change logs and releases name tags` });
  });

  it('skips digests, rollbacks, and when not required', async () => {
    expect(await changelogCheck(context({}, `sha256:${'a'.repeat(64)}`))).toMatchObject({ status: 'skip', detail: expect.stringMatching(/is a digest;/) });
    expect(await changelogCheck(context({ requireChangelog: false, environment: 'staging' }, 'v9.9.9'))).toMatchObject({ status: 'skip', detail: 'not required for staging (require-changelog: false)' });
    expect(await changelogCheck(context({ mode: 'rollback' }, 'v9.9.9'))).toMatchObject({ status: 'skip' });
  });
});
