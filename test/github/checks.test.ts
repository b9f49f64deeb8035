/** Check runs published through the real client against the test server. */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { UserError } from '../../src/core/errors.js';
import { capText, checkAnnotationLevel, publishCheckRun, type CheckAnnotation, type CheckRunRequest } from '../../src/core/github/checks.js';
import { DEFAULT_TOKEN, createGitHubState, startGitHubServer, type GitHubServer } from '../support/github-server.js';
import { testClient } from '../support/github-client.js';

const SHA = '0123456789abcdef0123456789abcdef01234567';
let server: GitHubServer;

beforeEach(async () => {
  server = await startGitHubServer(
    createGitHubState({ repos: { 'acme/app': {} }, tokens: { [DEFAULT_TOKEN]: 'all', ghs_fork: { checks: 'read' } } })
  );
});

afterEach(async () => {
  server.assertNoContractErrors();
  await server.close();
});

function annotations(n: number): CheckAnnotation[] {
  return Array.from({ length: n }, (_, i) => ({
    path: `src/file-${i}.ts`,
    start_line: i + 1,
    end_line: i + 1,
    start_column: 2,
    end_column: 5,
    annotation_level: (['failure', 'warning', 'notice'] as const)[i % 3],
    message: `finding ${i}`,
    title: `rule-${i % 7}`
  }));
}

function request(overrides: Partial<CheckRunRequest> = {}): CheckRunRequest {
  return {
    owner: 'acme',
    repo: 'app',
    sha: SHA,
    name: 'gates_enforcer',
    conclusion: 'failure',
    title: '2 of 5 gates failed',
    summary: '| gate | result |\n| --- | --- |\n| coverage | ❌ |',
    annotations: [],
    ...overrides
  };
}

describe('publishCheckRun', () => {
  it('sends 120 annotations as 1 create and 2 updates, all of them, in order', async () => {
    const result = await publishCheckRun(testClient(server), request({ annotations: annotations(120), text: 'details' }));

    const calls = server.requests.filter((r) => r.path.includes('/check-runs'));
    expect(calls.map((r) => `${r.method} ${r.status}`)).toEqual(['POST 201', 'PATCH 200', 'PATCH 200']);
    const sizes = calls.map((r) => ((r.body as { output: { annotations?: unknown[] } }).output.annotations ?? []).length);
    expect(sizes).toEqual([50, 50, 20]);

    const repo = server.repo('acme/app');
    expect(repo.checkRuns).toHaveLength(1);
    const run = repo.checkRuns[0] as { id: number; name: string; status: string; conclusion: string; head_sha: string; output: Record<string, unknown> };
    expect(result).toEqual({ id: run.id, htmlUrl: `https://github.com/acme/app/runs/${run.id}`, requests: 3 });
    expect(run).toMatchObject({ name: 'gates_enforcer', status: 'completed', conclusion: 'failure', head_sha: SHA });
    expect(run.output).toMatchObject({ title: '2 of 5 gates failed', summary: request().summary, text: 'details', annotations_count: 120 });
    const stored = repo.checkRunAnnotations[run.id] as Array<{ message: string; annotation_level: string; start_column: number }>;
    expect(stored.map((a) => a.message)).toEqual(Array.from({ length: 120 }, (_, i) => `finding ${i}`));
    expect(stored[1]).toMatchObject({ annotation_level: 'warning', start_column: 2 });
  });

  it('sends a run without annotations in one request', async () => {
    const result = await publishCheckRun(testClient(server), request({ conclusion: 'success', title: 'all gates passed' }));
    expect(result.requests).toBe(1);
    expect(server.repo('acme/app').checkRuns[0]).toMatchObject({ conclusion: 'success', output: { annotations_count: 0, text: null } });
  });

  it('cuts a summary over 65535 characters with a note, and GitHub accepts it', async () => {
    const summary = 'x'.repeat(70000);
    await publishCheckRun(testClient(server), request({ summary }));
    const stored = (server.repo('acme/app').checkRuns[0].output as { summary: string }).summary;
    expect(stored.length).toBeLessThanOrEqual(65535);
    expect(stored).toMatch(/^x{60000,}\n\n_… cut here: GitHub keeps 65535 characters of the 70000 written\._$/);
  });

  it('appends an embed whole after the visible text, and leaves out one over the limit on its own', async () => {
    const embed = `<!-- data ${'a'.repeat(60000)} -->`;
    await publishCheckRun(testClient(server), request({ text: 'é'.repeat(40000), embed }));
    await publishCheckRun(testClient(server), request({ embed: 'b'.repeat(65536) }));
    const [first, second] = server.repo('acme/app').checkRuns.map((r) => (r.output as { text: string | null }).text);
    expect(Buffer.byteLength(first ?? '')).toBeLessThanOrEqual(65535);
    expect(first).toMatch(/^é+\n\n_… cut here: GitHub keeps \d+ characters of the 40000 written\._\n\n<!-- data a{60000} -->$/);
    expect(second).toBeNull();
  });

  it('drops columns of multi-line annotations, which GitHub refuses', async () => {
    await publishCheckRun(
      testClient(server),
      request({ annotations: [{ path: './a.ts', start_line: 3, end_line: 5, start_column: 1, end_column: 4, annotation_level: 'notice', message: 'm' }] })
    );
    const [a] = Object.values(server.repo('acme/app').checkRunAnnotations)[0];
    expect(a).toMatchObject({ path: 'a.ts', start_line: 3, end_line: 5, start_column: null, end_column: null });
  });

  it('fails with a one-line error naming check-name when the token cannot write checks', async () => {
    const err = await publishCheckRun(testClient(server, { token: 'ghs_fork' }), request()).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UserError);
    expect((err as UserError).render()).toBe(
      'check-name: publishing check run "gates_enforcer" on acme/app@0123456789ab: GitHub answered 403: Resource not accessible by integration ' +
        '(the token needs `checks: write` (pull requests from forks get a read-only token))'
    );
  });
});

describe('capText', () => {
  it('leaves short text alone and never splits a character', () => {
    expect(capText('short')).toBe('short');
    const cut = capText('é'.repeat(40000)); // 80000 bytes
    expect(Buffer.byteLength(cut)).toBeLessThanOrEqual(65535);
    expect(cut).not.toContain('\uFFFD');
    expect(cut.startsWith('éé')).toBe(true);
  });

  it('maps host levels to check run levels', () => {
    expect([checkAnnotationLevel('error'), checkAnnotationLevel('warning'), checkAnnotationLevel('notice')]).toEqual(['failure', 'warning', 'notice']);
  });
});
