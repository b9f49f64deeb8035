/**
 * The online supply-chain rules (PG240–PG245) through `validate` in-process, against the local
 * GitHub API: without a token one line says they did not run; with one, a repository is read once
 * however many files use it, and API failures become one note, not a crash.
 */
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runValidate } from '../../src/core/commands/validate.js';
import { createGitHubState, startGitHubServer, DEFAULT_TOKEN, type GitHubServer } from '../support/github-server.js';
import { RecordingHost } from './host.js';

const FIXTURES = path.join(process.cwd(), 'test/fixtures/rules/supply-chain');
const V422 = '11bd71901bbe5b1630ceea73d27597364c9af683'; // actions/checkout v4.2.2
const STALE = '009b9ae9e446ad8d9b8c809870b0fbcc5e03573e'; // an untagged commit of actions/checkout's main

function workflow(uses: string[]): string {
  return `name: ci
on: [push]
permissions: {}
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
${uses.map((u) => `      - uses: ${u}\n        with:\n          persist-credentials: false\n`).join('')}`;
}

function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'pg-online-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

/** actions/checkout as its github-api.json fixture describes it (real tags, branches, history). */
function checkoutState() {
  const api = JSON.parse(readFileSync(path.join(FIXTURES, 'stale-action-refs/github-api.json'), 'utf8'));
  const r = api.repos['actions/checkout'];
  return createGitHubState({
    repos: {
      'acme/app': {},
      'actions/checkout': { private: false, defaultBranch: r.defaultBranch, branches: Object.keys(r.branches), refs: r.branches, tags: r.tags, commits: r.commits }
    }
  });
}

let server: GitHubServer;
beforeEach(async () => {
  server = await startGitHubServer(checkoutState());
});
afterEach(async () => {
  await server.close();
});

async function validate(files: Record<string, string>, token = DEFAULT_TOKEN) {
  const host = new RecordingHost(workspace(files), { token, 'fail-on': 'never' }, { GITHUB_API_URL: server.url, GITHUB_REPOSITORY: 'acme/app', GITHUB_SHA: V422 });
  const result = await runValidate(host);
  const online = result.findings.filter((f) => /^PG24\d$/.test(f.ruleId)).map((f) => `${f.file}:${f.line} ${f.level} ${f.ruleName}: ${f.message}`);
  const toCheckout = server.requests.filter((r) => r.path.startsWith('/repos/actions/checkout'));
  return { host, result, online, toCheckout };
}

describe('online audits', () => {
  it('without a token: one log line says they did not run, and no request is made', async () => {
    const { host, online } = await validate(
      { '.github/workflows/a.yml': workflow([`actions/checkout@${STALE}`]), '.github/workflows/b.yml': workflow([`actions/checkout@${STALE}`]) },
      ''
    );
    expect(online).toEqual([]);
    expect(host.logs.filter((l) => /online audits did not run/.test(l))).toEqual([
      'online audits did not run (impostor-commit, ref-confusion, ref-version-mismatch, stale-action-refs, archived-uses, known-vulnerable-actions); popular-action-inputs and outdated-action-runtime used the stored table of popular actions, not each action.yml at its ref: no `token` input to read the GitHub API'
    ]);
    expect(server.requests).toEqual([]);
  });

  it('turned off in the config: no line, no request', async () => {
    const six = ['impostor-commit', 'ref-confusion', 'ref-version-mismatch', 'stale-action-refs', 'archived-uses', 'known-vulnerable-actions'];
    const config = `rules:\n${[...six, 'popular-action-inputs', 'outdated-action-runtime'].map((n) => `  ${n}: off\n`).join('')}`;
    for (const token of ['', DEFAULT_TOKEN]) {
      const { host, online } = await validate({ '.github/phase-gates.yml': config, '.github/workflows/a.yml': workflow([`actions/checkout@${STALE}`]) }, token);
      expect(online).toEqual([]);
      expect(host.logs.filter((l) => /online audits|stored table/.test(l))).toEqual([]);
    }
    expect(server.requests.filter((r) => r.path.startsWith('/repos/actions/'))).toEqual([]);
  });

  it('with the six audits off, the action.yml readers still read through the API with a token, and say so without one', async () => {
    const config = `rules:\n${['impostor-commit', 'ref-confusion', 'ref-version-mismatch', 'stale-action-refs', 'archived-uses', 'known-vulnerable-actions'].map((n) => `  ${n}: off\n`).join('')}`;
    const files = { '.github/phase-gates.yml': config, '.github/workflows/a.yml': workflow([`actions/checkout@${STALE}`]) };
    const offline = await validate(files, '');
    expect(offline.host.logs.filter((l) => /online audits|stored table/.test(l))).toEqual([
      'popular-action-inputs and outdated-action-runtime used the stored table of popular actions, not each action.yml at its ref: no `token` input to read the GitHub API'
    ]);
    expect(server.requests).toEqual([]);
    await validate(files, DEFAULT_TOKEN);
    expect(server.requests.map((r) => r.path).filter((p) => p.startsWith('/repos/actions/checkout/contents/'))).toEqual([
      // the test server has no file at that commit: action.yml, then action.yaml, as the runner looks for them
      '/repos/actions/checkout/contents/action.yml',
      '/repos/actions/checkout/contents/action.yaml'
    ]);
  });

  it('with a token: each repository is read once however many files and rules use it', async () => {
    const uses = [`actions/checkout@${STALE} # untagged commit`, `actions/checkout@${V422} # v4.2.2`];
    const { online, toCheckout } = await validate({ '.github/workflows/a.yml': workflow(uses), '.github/workflows/b.yml': workflow(uses), '.github/workflows/c.yml': workflow(uses) });
    expect(online).toEqual([
      `.github/workflows/a.yml:8 note stale-action-refs: commit ${STALE.slice(0, 12)} of "actions/checkout@${STALE}" is no tag of actions/checkout; pin the commit of a release`,
      `.github/workflows/b.yml:8 note stale-action-refs: commit ${STALE.slice(0, 12)} of "actions/checkout@${STALE}" is no tag of actions/checkout; pin the commit of a release`,
      `.github/workflows/c.yml:8 note stale-action-refs: commit ${STALE.slice(0, 12)} of "actions/checkout@${STALE}" is no tag of actions/checkout; pin the commit of a release`
    ]);
    const count = (p: string) => toCheckout.filter((r) => r.path === p).length;
    expect(count('/repos/actions/checkout')).toBe(1);
    expect(count('/repos/actions/checkout/tags')).toBe(1); // 68 tags: one page
    expect(count('/repos/actions/checkout/branches')).toBe(1);
    // The untagged commit is in main's history: one compare, with main's head.
    expect(toCheckout.filter((r) => r.path.includes('/compare/')).map((r) => r.path)).toEqual([`/repos/actions/checkout/compare/${r(server)}...${STALE}`]);
    server.assertNoContractErrors();
  });

  it('checks the steps of composite actions and reusable workflow jobs too', async () => {
    const action = `name: setup
description: sets up
runs:
  using: composite
  steps:
    - uses: actions/checkout@${STALE} # untagged commit
      with:
        persist-credentials: false
`;
    const caller = `name: ci
on: [push]
permissions: {}
jobs:
  call:
    uses: actions/checkout/.github/workflows/x.yml@${STALE} # untagged commit
`;
    const { online } = await validate({ '.github/actions/setup/action.yml': action, '.github/workflows/call.yml': caller });
    expect(online.map((l) => l.replace(/:.*? note stale-action-refs: .*$/, ': stale'))).toEqual(['.github/actions/setup/action.yml: stale', '.github/workflows/call.yml: stale']);
  });

  it('a repository that does not exist: one note, whatever rules and steps meet it', async () => {
    const uses = ['acme/gone@v1 # moving tag', `acme/gone@${V422} # v1.0.0`];
    const { online } = await validate({ '.github/workflows/a.yml': workflow(uses), '.github/workflows/b.yml': workflow(uses) });
    expect(online).toEqual([
      // impostor-commit, the first rule, reads it first: for the SHA pin of line 11.
      `.github/workflows/a.yml:11 note impostor-commit: could not check "acme/gone@${V422}" through the GitHub API: repository acme/gone not found (deleted, renamed or private to this token)`
    ]);
  });

  it('a rate limit: one note for the run, and no request after it', async () => {
    server.inject({ match: 'GET /repos/actions/checkout', kind: 'rate-limit', resetInSeconds: 3600, times: 100 });
    const uses = [`actions/checkout@${STALE} # untagged`, 'acme/other@v1 # moving tag'];
    const { result } = await validate({ '.github/workflows/a.yml': workflow(uses), '.github/workflows/b.yml': workflow(uses) });
    // Every rule that reads the API counts: popular-action-inputs, reading the action.yml, meets it first.
    const notes = result.findings.filter((f) => f.message.startsWith('could not check')).map((f) => `${f.file}:${f.line} ${f.level} ${f.ruleName}: ${f.message}`);
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatch(/^\.github\/workflows\/a\.yml:8 note popular-action-inputs: could not check "actions\/checkout@009b9ae9e446ad8d9b8c809870b0fbcc5e03573e" through the GitHub API: reading action\.yml of actions\/checkout@009b9ae9e446ad8d9b8c809870b0fbcc5e03573e: GitHub answered 403: API rate limit exceeded for installation ID 1; the online audits stopped for this run/);
    const limited = server.requests.filter((q) => q.status === 403).length;
    expect(limited).toBeGreaterThan(0);
    expect(limited).toBeLessThanOrEqual(4); // the requests already in flight (concurrency 4), then none
  });
});

/** The head of actions/checkout's default branch in the fixture. */
function r(s: GitHubServer): string {
  const repo = s.repo('actions/checkout');
  return repo.refs[repo.defaultBranch];
}
