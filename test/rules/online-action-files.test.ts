/**
 * PG150 popular-action-inputs and PG151 outdated-action-runtime with a token: the action.yml at the
 * pinned ref, read through the local GitHub API (real files of the fixtures' online/ directories),
 * beats the stored table; without a token the table decides as before. Reads are cached, bounded,
 * and fail as one note.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { lint, formatFinding } from '../../src/core/workflows/lint.js';
import { parseSource } from '../../src/core/workflows/parse.js';
import { RULES } from '../../src/core/workflows/rules/index.js';
import { OnlineSession } from '../../src/core/workflows/rules/supply-chain/online.js';
import { addRepo, startGitHubServer, type GitHubServer, type GitHubState } from '../support/github-server.js';
import { testClient } from '../support/github-client.js';
import { gitHubApiState, RULES_FIXTURES } from './fixtures.js';

const INPUTS = path.join(RULES_FIXTURES, 'supply-chain/popular-action-inputs/online');
const RUNTIME = path.join(RULES_FIXTURES, 'supply-chain/outdated-action-runtime/online');
const CHECKOUT_V270 = 'ee0669bd1cc54295c223e0bb666b733df41de1c5'; // actions/checkout v2.7.0, node12
const PREDICATE_V240 = 'e8998f949152b193b063cb0ec769d69d929409be'; // actions/attest-build-provenance v2.4.0
const K3D = 'ff4d079f09b3e7ad77b850328af36c3f6aa16239'; // AbsaOSS/k3d-action, metadata in action.yaml
const HELLO = '1dfcf4fa2b1754fbb12dd6317182b5121d8447fe'; // actions/hello-world-docker-action, a Docker action

let server: GitHubServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** Lints `files` (name → text) as workflows of `dir`, with the API of `state` or without a token. */
async function run(dir: string, files: Record<string, string>, state?: GitHubState): Promise<string[]> {
  const parsed = await Promise.all(Object.entries(files).map(([name, text]) => parseSource({ path: name, abs: path.join(dir, name), kind: 'workflow', text })));
  if (state) server = await startGitHubServer(state);
  const findings = await lint(parsed, { workspace: dir, rules: RULES, github: server && testClient(server) });
  server?.assertNoContractErrors();
  return findings.map(formatFinding);
}

const fixture = (dir: string, name: string) => readFileSync(path.join(dir, name), 'utf8');
const only = (lines: string[], id: string) => lines.filter((l) => l.includes(`[${id}]`));
/** The contents requests the server saw, path decoded. */
const contents = () => (server?.requests ?? []).filter((r) => r.path.includes('/contents/')).map((r) => `${decodeURIComponent(r.path)}?ref=${r.query.ref}`);

function steps(uses: string[]): string {
  return `on: push
permissions: {}
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
${uses.map((u) => `      - uses: ${u}\n`).join('')}`;
}

describe('the action.yml at the pinned ref (with a token)', () => {
  it('without a token the stored table decides, as before: what only the real file shows is not found', async () => {
    const lines = await run(INPUTS, { 'bad.yml': fixture(INPUTS, 'bad.yml') });
    // dtolnay/rust-toolchain is not in the table; the table of actions/checkout v4 has `filter`.
    expect(only(lines, 'PG150')).toEqual([]);
    expect(lines.filter((l) => l.includes('] could not check'))).toEqual([]);
    const runtime = await run(RUNTIME, { 'bad.yml': fixture(RUNTIME, 'bad.yml') });
    // The comment says v4.2.2: the table takes v4, on node20.
    expect(only(runtime, 'PG151')).toEqual([
      'bad.yml:7:15: warning [PG151] "actions/checkout@v4" runs on node20: GitHub runs node20 actions on Node 24 since September 2026; update to v5 or later (node24)'
    ]);
  });

  it('with a token the real file overrules the table: a retired runtime under a lying version comment is an error', async () => {
    const lines = await run(RUNTIME, { 'bad.yml': fixture(RUNTIME, 'bad.yml') }, gitHubApiState(path.join(RUNTIME, 'github-api.json')));
    expect(only(lines, 'PG151')[0]).toBe(
      'bad.yml:7:15: error [PG151] "actions/checkout@ee0669bd1cc5" (its action.yml at that ref) runs on node12: GitHub retired node12 (actions run on a newer Node.js, or fail); update to v5 or later (node24)'
    );
  });

  it('reads each (repository, path, ref) once a run, however many steps, files and rules use it', async () => {
    const uses = [`actions/attest-build-provenance/predicate@${PREDICATE_V240} # v2.4.0`, `actions/checkout@${CHECKOUT_V270} # v2.7.0`];
    const files = {
      'a.yml': steps([uses[0], uses[0], uses[0], uses[1]]),
      'b.yml': steps([uses[0], uses[0], uses[1]])
    };
    const lines = await run(RUNTIME, files, gitHubApiState(path.join(RUNTIME, 'github-api.json')));
    expect(only(lines, 'PG151').map((l) => l.replace(/ \[PG151\].*runs on (node\d+).*$/, ' $1'))).toEqual([
      'a.yml:7:15: warning node20',
      'a.yml:8:15: warning node20',
      'a.yml:9:15: warning node20',
      'a.yml:10:15: error node12',
      'b.yml:7:15: warning node20',
      'b.yml:8:15: warning node20',
      'b.yml:9:15: error node12'
    ]);
    expect(contents().sort()).toEqual([
      `/repos/actions/attest-build-provenance/contents/predicate/action.yml?ref=${PREDICATE_V240}`,
      `/repos/actions/checkout/contents/action.yml?ref=${CHECKOUT_V270}`
    ]);
  });

  it('reads action.yaml when there is no action.yml, and checks inputs of an action the table does not know', async () => {
    const state = gitHubApiState(path.join(RUNTIME, 'github-api.json'));
    addRepo(state, 'AbsaOSS/k3d-action', { private: false, files: { [K3D]: { 'action.yaml': fixture(INPUTS, 'api/AbsaOSS+k3d-action@ff4d079f09b3.action.yaml') } } });
    const text = `${steps([`AbsaOSS/k3d-action@${K3D} # v5.0.0`])}        with:\n          cluster_name: test\n`;
    const lines = await run(INPUTS, { 'k3d.yml': text }, state);
    expect(only(lines, 'PG150')).toEqual([
      'k3d.yml:8:9: error [PG150] required input "cluster-name" of AbsaOSS/k3d-action@ff4d079f09b3 not given',
      'k3d.yml:9:11: error [PG150] input "cluster_name" is not declared by AbsaOSS/k3d-action@ff4d079f09b3 (inputs: "cluster-name", "args") (did you mean "cluster-name"?)'
    ]);
    expect(contents()).toEqual([`/repos/AbsaOSS/k3d-action/contents/action.yml?ref=${K3D}`, `/repos/AbsaOSS/k3d-action/contents/action.yaml?ref=${K3D}`]);
  });

  it('a Docker action takes with: args and entrypoint (its container\'s), besides its inputs', async () => {
    const state = gitHubApiState(path.join(RUNTIME, 'github-api.json'));
    addRepo(state, 'actions/hello-world-docker-action', { private: false, files: { [HELLO]: { 'action.yml': fixture(INPUTS, 'api/actions+hello-world-docker-action@1dfcf4fa2b17.action.yml') } } });
    const text = `${steps([`actions/hello-world-docker-action@${HELLO} # v1`])}        with:\n          entrypoint: /bin/echo\n          args: hello\n          who_to_greet: Mona\n`;
    const lines = await run(INPUTS, { 'hello.yml': text }, state);
    expect(only(lines, 'PG150')).toEqual([
      'hello.yml:11:11: error [PG150] input "who_to_greet" is not declared by actions/hello-world-docker-action@1dfcf4fa2b17 (inputs: "who-to-greet", "args", "entrypoint") (did you mean "who-to-greet"?)'
    ]);
  });

  it('an API failure: one note per repository, no exception, and the table as without a token', async () => {
    const state = gitHubApiState(path.join(RUNTIME, 'github-api.json'));
    const text = steps([`actions/checkout@${CHECKOUT_V270} # v4.2.2`, `actions/checkout@${CHECKOUT_V270} # v4.2.2`, `actions/attest-build-provenance/predicate@${PREDICATE_V240} # v2.4.0`]);
    server = await startGitHubServer(state);
    server.inject({ match: /\/contents\//, kind: 'status', status: 502, times: 1000 });
    const parsed = [await parseSource({ path: 'a.yml', abs: path.join(RUNTIME, 'a.yml'), kind: 'workflow', text })];
    const lines = (await lint(parsed, { workspace: RUNTIME, rules: RULES, github: testClient(server) })).map(formatFinding);
    expect(lines.filter((l) => l.includes('could not check'))).toEqual([
      `a.yml:7:15: note [PG150] could not check "actions/checkout@${CHECKOUT_V270}" through the GitHub API: reading action.yml of actions/checkout@${CHECKOUT_V270}: GitHub answered 502: Bad Gateway`,
      `a.yml:9:15: note [PG150] could not check "actions/attest-build-provenance/predicate@${PREDICATE_V240}" through the GitHub API: reading predicate/action.yml of actions/attest-build-provenance@${PREDICATE_V240}: GitHub answered 502: Bad Gateway`
    ]);
    // The table, from the comment (v4: node20); the predicate action is not in it.
    expect(only(lines, 'PG151').map((l) => l.slice(0, 40))).toEqual(['a.yml:7:15: warning [PG151] "actions/che', 'a.yml:8:15: warning [PG151] "actions/che']);
  });

  it('a rate limit: one note for the run, whatever rules and repositories meet it', async () => {
    const state = gitHubApiState(path.join(RUNTIME, 'github-api.json'));
    server = await startGitHubServer(state);
    server.inject({ match: /\/contents\//, kind: 'rate-limit', resetInSeconds: 3600, times: 1000 });
    const text = steps([`actions/checkout@${CHECKOUT_V270} # v2.7.0`, `actions/attest-build-provenance/predicate@${PREDICATE_V240} # v2.4.0`]);
    const parsed = [await parseSource({ path: 'a.yml', abs: path.join(RUNTIME, 'a.yml'), kind: 'workflow', text })];
    const lines = (await lint(parsed, { workspace: RUNTIME, rules: RULES, github: testClient(server, { rateLimitRetries: 0 }) })).map(formatFinding);
    const notes = lines.filter((l) => l.includes('could not check'));
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatch(/GitHub answered 403: API rate limit exceeded .*; the online audits stopped for this run/);
  });

  it('refuses an action.yml over 256 KB: one note, its contents not used', async () => {
    const state = gitHubApiState(path.join(RUNTIME, 'github-api.json'));
    // The real action.yml of dtolnay/rust-toolchain (toolchain required), padded with comment lines.
    const real = fixture(INPUTS, 'api/dtolnay+rust-toolchain@e97e2d8cc328.action.yml');
    const big = real + `# ${'x'.repeat(98)}\n`.repeat(2700);
    const sha = 'e97e2d8cc328f1b50210efc529dca0028893a2d9';
    addRepo(state, 'acme/big', { private: false, files: { [sha]: { 'action.yml': big } } });
    const lines = await run(INPUTS, { 'a.yml': steps([`acme/big@${sha} # v1`]) }, state);
    expect(lines.filter((l) => l.includes('[PG150]'))).toEqual([
      `a.yml:7:15: note [PG150] could not check "acme/big@${sha}" through the GitHub API: action.yml of acme/big@${sha} is ${Math.ceil(Buffer.byteLength(big) / 1024)} KB, more than the 256 KB read; not read`
    ]);
    expect(Buffer.byteLength(big)).toBeGreaterThan(256 * 1024);
  });
});

describe('OnlineSession.fileAt', () => {
  it('reads at most maxFiles files a run: past it, one run-wide failure and no request', async () => {
    const sha = 'e97e2d8cc328f1b50210efc529dca0028893a2d9';
    const state = gitHubApiState(path.join(INPUTS, 'github-api.json'));
    server = await startGitHubServer(state);
    const session = new OnlineSession(testClient(server), { maxFiles: 2 });
    expect(await session.fileAt('dtolnay', 'rust-toolchain', 'action.yml', sha)).toBe(fixture(INPUTS, 'api/dtolnay+rust-toolchain@e97e2d8cc328.action.yml'));
    expect(await session.fileAt('dtolnay', 'rust-toolchain', 'action.yaml', sha)).toBeUndefined(); // 404: none
    expect(await session.fileAt('dtolnay', 'rust-toolchain', 'README.md', sha)).toEqual({
      failed: `the online audits read at most 2 action.yml and workflow files a run; README.md of dtolnay/rust-toolchain@${sha} and the rest were not read`,
      scope: 'files'
    });
    expect(session.requests).toBe(2);
  });
});
