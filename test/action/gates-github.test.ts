/** gates-enforcer's GitHub features, bundled, against the local API server (validated by GitHub's OpenAPI). */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { runAction, makeWorkspace, commandMessage, ROOT } from '../support/action.js';
import { createGitHubState, startGitHubServer, DEFAULT_TOKEN, type GitHubServer } from '../support/github-server.js';
import { codeScanningAlert, dependabotAlert } from '../support/github-fixtures.js';
import { githubEnv } from '../support/github-client.js';

const SEED = readFileSync(path.join(ROOT, 'test/fixtures/phases/phase-06-deployment.md'), 'utf8');
const SHA = '0123456789abcdef0123456789abcdef01234567';

let server: GitHubServer;

beforeEach(async () => {
  const dependabotAlerts = [
    ...Array.from({ length: 120 }, (_, i) => dependabotAlert('acme', 'shop', i + 1, { severity: i < 2 ? 'critical' : 'low' })),
    dependabotAlert('acme', 'shop', 200, { severity: 'critical', state: 'fixed' })
  ];
  const codeScanningAlerts = [
    codeScanningAlert('acme', 'shop', 1, { securitySeverity: 'high', severity: 'error' }),
    codeScanningAlert('acme', 'shop', 2, { securitySeverity: null, severity: 'warning' })
  ];
  server = await startGitHubServer(createGitHubState({ repos: { 'acme/shop': { dependabotAlerts, codeScanningAlerts } } }));
});

afterEach(async () => {
  server.assertNoContractErrors();
  await server.close();
});

describe('gates-enforcer with GitHub', () => {
  it('counts open Dependabot and code-scanning alerts of every page into vulns_*', async () => {
    const ws = makeWorkspace();
    const run = await runAction('gates-enforcer', {
      workspace: ws,
      env: githubEnv(server, 'acme/shop', SHA),
      inputs: { gates: '{ vulns_critical: 0, vulns_high: "<=1", vulns_low: "<=200" }', 'github-alerts': 'dependabot, code-scanning', token: DEFAULT_TOKEN }
    });
    const report = JSON.parse(readFileSync(path.join(ws, 'gates-report.json'), 'utf8'));
    expect(report.metrics).toMatchObject({ vulns_critical: 2, vulns_high: 1, vulns_medium: 1, vulns_low: 118 });
    expect(run.outputs['failed-gates']).toBe('vulns_critical');
    expect(report.gates[0].sources).toEqual([
      { file: 'github:acme/shop/dependabot', format: 'github-dependabot' },
      { file: 'github:acme/shop/code-scanning', format: 'github-code-scanning' }
    ]);
    // The token is registered as a secret before anything else is printed, and never printed itself.
    expect(run.stdout.split('\n')[0]).toBe(`::add-mask::${DEFAULT_TOKEN}`);
    expect(run.stdout.split('\n').slice(1).join('\n') + run.stderr + run.summary + run.outputs.report).not.toContain(DEFAULT_TOKEN);
  });

  it('publishes the verdict as a check run with the gates table and an annotation per failed gate', async () => {
    const ws = makeWorkspace({ 'docs/phase-06.md': SEED });
    const run = await runAction('gates-enforcer', {
      workspace: ws,
      env: { ...githubEnv(server, 'acme/shop', SHA), GITHUB_RUN_ID: '777', GITHUB_SERVER_URL: 'https://github.com' },
      inputs: { 'phase-file': 'docs/phase-06.md', metrics: 'coverage: 70\nperf_p95_ms: 210\nvulns_critical: 0', 'check-name': 'gates_enforcer', token: DEFAULT_TOKEN }
    });
    expect(run.code).toBe(1);
    const [check] = server.repo('acme/shop').checkRuns as Array<Record<string, any>>;
    expect(check).toMatchObject({
      name: 'gates_enforcer',
      head_sha: SHA,
      status: 'completed',
      conclusion: 'failure',
      details_url: 'https://github.com/acme/shop/actions/runs/777'
    });
    expect(check.output.title).toBe('1 of 3 gates failed: coverage');
    expect(check.output.summary).toMatch(/\| `coverage` \| >= 80% \| 70% \| ❌ fail \|/);
    expect(server.repo('acme/shop').checkRunAnnotations[check.id]).toEqual([
      expect.objectContaining({ path: 'docs/phase-06.md', start_line: 9, annotation_level: 'failure', message: 'Gate coverage failed: 70%, required >= 80%' })
    ]);
  });

  it('publishes success when every gate holds', async () => {
    const ws = makeWorkspace();
    const run = await runAction('gates-enforcer', {
      workspace: ws,
      env: githubEnv(server, 'acme/shop', SHA),
      inputs: { gates: 'coverage: 80', metrics: 'coverage: 80', 'check-name': 'gates_enforcer', token: DEFAULT_TOKEN }
    });
    expect(run.code).toBe(0);
    expect(server.repo('acme/shop').checkRuns[0]).toMatchObject({ conclusion: 'success', output: expect.objectContaining({ title: '1 of 1 gates passed' }) });
  });

  it.each([
    ['no token', { 'github-alerts': 'dependabot', token: '' }, {}, /^token: github-alerts needs a token/],
    ['a bad token', { 'github-alerts': 'dependabot', token: 'ghp_wrongwrongwrongwrongwrongwrongwrong12' }, {}, /^token: .*401/],
    ['an unknown alert kind', { 'github-alerts': 'secret-scanning', token: DEFAULT_TOKEN }, {}, /^github-alerts: unknown alert kind "secret-scanning"/],
    ['no repository', { 'check-name': 'gates', token: DEFAULT_TOKEN }, { GITHUB_REPOSITORY: '' }, /^check-name: GITHUB_REPOSITORY is not set/]
  ])('%s: one ::error:: naming the input, no token in any output', async (_label, inputs, env, message) => {
    const ws = makeWorkspace();
    const run = await runAction('gates-enforcer', {
      workspace: ws,
      env: { ...githubEnv(server, 'acme/shop', SHA), ...env },
      inputs: { gates: 'vulns_critical: 0', metrics: 'vulns_critical: 0', ...inputs }
    });
    expect(run.code).toBe(1);
    expect(run.errors).toHaveLength(1);
    expect(commandMessage(run.errors[0])).toMatch(message);
    const token = (inputs as Record<string, string>).token;
    if (token) expect(run.stdout.replace(`::add-mask::${token}`, '') + run.stderr).not.toContain(token);
  });
});
