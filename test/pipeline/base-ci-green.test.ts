/**
 * The Phase 07 gate `base_ci_green` ("CI jobs green on base branch"): the root action's chain run in
 * process (runPipeline on a recording host) with a token and the local API server. The gate is
 * added to the Phase 07 defaults when it can be measured, and judges the base branch's head.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { runPipeline } from '../../src/core/commands/pipeline.js';
import { RecordingHost } from '../validate/host.js';
import { DEFAULT_TOKEN, createGitHubState, startGitHubServer, type GitHubServer } from '../support/github-server.js';
import { testClient } from '../support/github-client.js';
import { chainWorkspace, rootInputs, stopApps, SHA } from './support.js';

const HEAD = 'fedcba9876543210fedcba9876543210fedcba98';
let server: GitHubServer;

beforeEach(async () => {
  server = await startGitHubServer(createGitHubState({ repos: { 'acme/shop': { refs: { main: HEAD } } } }));
});

afterEach(async () => {
  stopApps();
  server.assertNoContractErrors();
  await server.close();
});

async function run(name: string, sha: string, conclusion: 'success' | 'failure'): Promise<void> {
  await testClient(server).rest.checks.create({ owner: 'acme', repo: 'shop', head_sha: sha, name, status: 'completed', conclusion });
}

async function chain(extra: Record<string, string> = {}): Promise<{ host: RecordingHost; ws: string }> {
  const c = await chainWorkspace();
  const host = new RecordingHost(c.ws, { ...rootInputs(c, { version: 'v1.0.0' }), token: DEFAULT_TOKEN, 'ci-wait-minutes': '0', ...extra }, {
    PATH: process.env.PATH,
    ...c.env,
    GITHUB_API_URL: server.url,
    GITHUB_REPOSITORY: 'acme/shop',
    GITHUB_EVENT_NAME: 'push',
    GITHUB_REF_NAME: 'main',
    GITHUB_REF_TYPE: 'branch',
    // The deployment statuses link the run (a log_url GitHub takes).
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '77'
  });
  await runPipeline(host);
  return { host, ws: c.ws };
}

function phase07(ws: string): { passed: boolean; gates: Array<{ name: string; actual: unknown; passed: boolean }> } {
  return JSON.parse(readFileSync(path.join(ws, 'post-deploy/gates-report.json'), 'utf8'));
}

describe('Phase 07: base_ci_green', () => {
  it('passes when the head of main is green, and fails the Phase 07 gate when it is not, after a good deploy', async () => {
    await run('test', SHA, 'success');
    await run('test', HEAD, 'success');
    let { host, ws } = await chain();
    expect(host.outputs['deploy-status']).toBe('success');
    expect(phase07(ws).gates.find((g) => g.name === 'base_ci_green')).toMatchObject({ actual: true, passed: true });
    expect(host.outputs['phase-07-passed']).toBe('true');
    expect(host.logs).toContain('base_ci_green: true (fedcba987654: 1 check run green; main requires none (head of the base branch; required checks of main, the branch pushed))');

    await run('e2e', HEAD, 'failure');
    stopApps();
    ({ host, ws } = await chain());
    expect(host.outputs['deploy-status']).toBe('success');
    expect(phase07(ws).gates.find((g) => g.name === 'base_ci_green')).toMatchObject({ actual: false, passed: false });
    expect(host.outputs['phase-07-passed']).toBe('false');
    expect(host.outputs['phase-07-failed-gates']).toContain('base_ci_green');
  }, 60_000);

  it('phase-07-gates can remove it; without a token it is not measured and not added', async () => {
    await run('test', SHA, 'success');
    await run('e2e', HEAD, 'failure');
    let { host, ws } = await chain({ 'phase-07-gates': 'base_ci_green: ~' });
    expect(phase07(ws).gates.map((g) => g.name)).not.toContain('base_ci_green');
    expect(host.outputs['phase-07-passed']).toBe('true');
    stopApps();
    ({ host, ws } = await chain({ token: '' }));
    expect(phase07(ws).gates.map((g) => g.name)).not.toContain('base_ci_green');
    expect(host.logs).toContain('base_ci_green: not measured: no token');
  }, 60_000);
});
