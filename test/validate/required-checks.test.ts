/**
 * The required-checks rules (PG400–PG402) through the bundled workflows-validation against the
 * local GitHub API: branch protection and rulesets of the base branch, read with the `token` input.
 */
import { createGitHubState, startGitHubServer, DEFAULT_TOKEN, type GitHubServer, type RepoSpec } from '../support/github-server.js';
import { ruleset } from '../support/github-fixtures.js';
import { githubEnv } from '../support/github-client.js';
import { runAction, makeWorkspace, commandMessage } from '../support/action.js';

const SHA = '0123456789abcdef0123456789abcdef01234567';

const CI = `name: ci
on:
  pull_request:
  push:
    branches: [main]
permissions: { contents: read }
jobs:
  validate:
    name: workflows_validation
    runs-on: ubuntu-latest
    steps:
      - run: echo validate
  gates:
    name: gates_enforcer
    runs-on: ubuntu-latest
    steps:
      - run: echo gates
  test:
    name: test-\${{ matrix.os }}
    runs-on: \${{ matrix.os }}
    strategy:
      matrix:
        os: [ubuntu-latest, macos-latest]
    steps:
      - run: npm test
  unit:
    runs-on: ubuntu-latest
    strategy:
      matrix:
        node: [20, 22]
        os: [linux]
    steps:
      - run: npm test
`;

interface Finding {
  rule: string;
  level: string;
  file: string;
  line: number;
  message: string;
}

let server: GitHubServer;

async function validate(repo: RepoSpec, files: Record<string, string> = {}, inputs: Record<string, string> = {}, env: Record<string, string> = {}) {
  server.state.repos = createGitHubState({ repos: { 'acme/shop': repo } }).repos;
  const ws = makeWorkspace({ '.github/workflows/ci.yml': CI, ...files });
  const run = await runAction('workflows-validation', {
    workspace: ws,
    inputs: { token: DEFAULT_TOKEN, ...inputs },
    env: { ...githubEnv(server, 'acme/shop', SHA), ...env }
  });
  const findings: Finding[] = run.outputs.report ? JSON.parse(run.outputs.report).findings : [];
  return { run, pg4: findings.filter((f) => f.rule.startsWith('PG4')) };
}

beforeAll(async () => {
  server = await startGitHubServer(createGitHubState({ repos: { 'acme/shop': {} } }));
});
afterAll(async () => {
  await server.close();
});
afterEach(() => {
  expect(server.errors).toEqual([]);
});

describe('workflows-validation required checks (bundled, local GitHub API)', () => {
  it('a clean setup (protection ∪ ruleset, matrix names) gives no PG4xx finding', async () => {
    const { run, pg4 } = await validate({
      branchProtection: { main: { contexts: ['workflows_validation', 'test-ubuntu-latest'] } },
      rulesets: [ruleset('acme', 'shop', { id: 7, requiredChecks: ['gates_enforcer', 'test-macos-latest', 'unit (22, linux)'] })]
    });
    expect(pg4).toEqual([]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/required checks of main: gates_enforcer, test-macos-latest, test-ubuntu-latest, unit \(22, linux\), workflows_validation/);
  });

  it('PG400: a required-checks name the base branch (GITHUB_BASE_REF) does not require', async () => {
    const { run, pg4 } = await validate(
      { branches: ['main', 'release'], branchProtection: { release: { contexts: ['workflows_validation'] } } },
      {},
      { 'required-checks': 'workflows_validation, gates_enforcer, security_scan' },
      { GITHUB_BASE_REF: 'release' }
    );
    expect(pg4.map((f) => `${f.rule}:${f.level}:${f.line}:${f.message}`)).toEqual([
      'PG400:error:3:check "security_scan" is not required on branch "release" (required: "workflows_validation")',
      'PG400:error:14:check "gates_enforcer" is not required on branch "release" (required: "workflows_validation")'
    ]);
    expect(run.code).toBe(1);
  });

  it('PG401: a required check no job produces; the base-branch input wins', async () => {
    const { pg4 } = await validate(
      { branches: ['main', 'develop'], branchProtection: { develop: { contexts: ['workflows_validation', 'gates_enforcer', 'unit (20)', 'codecov/patch'] } } },
      {},
      { 'base-branch': 'develop' }
    );
    expect(pg4.map((f) => `${f.rule}:${f.level}:${f.message}`)).toEqual([
      'PG401:warning:required check "codecov/patch" of branch "develop" is produced by no job of the checked workflows',
      'PG401:warning:required check "unit (20)" of branch "develop" is produced by no job of the checked workflows'
    ]);
  });

  it('PG402: a required check produced only behind a paths filter or an if:', async () => {
    const { run, pg4 } = await validate(
      { branchProtection: { main: { contexts: ['workflows_validation', 'gates_enforcer', 'docs', 'preview'] } } },
      {
        '.github/workflows/docs.yml': `on:\n  pull_request:\n    paths: ['docs/**']\npermissions: { contents: read }\njobs:\n  docs:\n    runs-on: ubuntu-latest\n    steps:\n      - run: make docs\n`,
        '.github/workflows/preview.yml': `on: pull_request\npermissions: { contents: read }\njobs:\n  preview:\n    if: github.actor != 'dependabot[bot]'\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo\n`
      }
    );
    expect(pg4.map((f) => `${f.rule}:${f.level}:${f.file}:${f.line}`)).toEqual([
      'PG402:error:.github/workflows/docs.yml:3',
      'PG402:warning:.github/workflows/preview.yml:5'
    ]);
    expect(run.code).toBe(1);
  });

  it('without a token: no PG4xx finding, and the log says the required checks were not verified', async () => {
    const { run, pg4 } = await validate({}, {}, { token: '' });
    expect(pg4).toEqual([]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/required checks not verified: no `token` input/);
  });

  it('a GITHUB_TOKEN that cannot read branch protection: rulesets only, PG400 stays silent', async () => {
    const state = createGitHubState({ repos: { 'acme/shop': { branchProtection: { main: { contexts: ['workflows_validation'] } } } } });
    server.state.repos = state.repos;
    server.state.tokens = { ...server.state.tokens, ghs_limited: { metadata: 'read', contents: 'read' } };
    const ws = makeWorkspace({ '.github/workflows/ci.yml': CI });
    const run = await runAction('workflows-validation', { workspace: ws, inputs: { token: 'ghs_limited' }, env: githubEnv(server, 'acme/shop', SHA) });
    const report = JSON.parse(run.outputs.report);
    expect(report.findings.filter((f: Finding) => f.rule.startsWith('PG4'))).toEqual([]);
    expect(run.stdout).toMatch(/branch protection of main not readable with this token/);
    expect(run.code).toBe(0);
  });

  it('an API failure is a one-line error naming token', async () => {
    const ws = makeWorkspace({ '.github/workflows/ci.yml': CI });
    const run = await runAction('workflows-validation', { workspace: ws, inputs: { token: 'ghs_wrong' }, env: githubEnv(server, 'acme/shop', SHA) });
    expect(run.code).toBe(1);
    expect(run.errors).toHaveLength(1);
    expect(commandMessage(run.errors[0])).toMatch(/token.*401/);
    expect(run.stderr + run.stdout).not.toMatch(/\n\s+at /);
  });
});
