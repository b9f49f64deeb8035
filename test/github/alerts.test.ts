/** Open Dependabot and code scanning alerts counted through the real client against the test server. */
import { afterEach, describe, expect, it } from '@jest/globals';
import { UserError } from '../../src/core/errors.js';
import { codeScanningSeverity, countOpenAlerts, parseAlertKinds } from '../../src/core/github/alerts.js';
import { VulnAccumulator, type Severity } from '../../src/core/reports/vulns/model.js';
import { codeScanningAlert, dependabotAlert, type CodeScanningAlertSpec } from '../support/github-fixtures.js';
import { createGitHubState, startGitHubServer, type GitHubServer, type RepoSpec } from '../support/github-server.js';
import { testClient } from '../support/github-client.js';

const OWNER = 'acme';
const REPO = 'app';
const SEVERITIES: Severity[] = ['critical', 'high', 'medium', 'low'];

let server: GitHubServer | undefined;

afterEach(async () => {
  server?.assertNoContractErrors();
  await server?.close();
  server = undefined;
});

async function serve(repo: RepoSpec): Promise<GitHubServer> {
  server = await startGitHubServer(createGitHubState({ repos: { [`${OWNER}/${REPO}`]: repo } }));
  return server;
}

describe('parseAlertKinds', () => {
  it.each([
    ['dependabot', ['dependabot']],
    ['code-scanning', ['code-scanning']],
    ['code-scanning, dependabot', ['dependabot', 'code-scanning']],
    ['dependabot\ncode-scanning\n', ['dependabot', 'code-scanning']],
    ['true', ['dependabot', 'code-scanning']],
    ['ALL', ['dependabot', 'code-scanning']],
    ['', []],
    ['false', []]
  ])('reads %j', (value, kinds) => {
    expect(parseAlertKinds(value)).toEqual(kinds);
  });

  it('refuses any other word, naming the input', () => {
    const err = (() => {
      try {
        parseAlertKinds('dependabot, secret-scanning');
      } catch (e) {
        return e;
      }
    })();
    expect(err).toBeInstanceOf(UserError);
    expect((err as UserError).render()).toBe('github-alerts: unknown alert kind "secret-scanning" (use dependabot, code-scanning, or both separated by a comma)');
  });
});

describe('countOpenAlerts', () => {
  it('reads all 230 open Dependabot alerts across cursor pages, each under its severity', async () => {
    const alerts = Array.from({ length: 230 }, (_, i) => dependabotAlert(OWNER, REPO, i + 1, { severity: SEVERITIES[i % 4] }));
    // Closed alerts must not count: the state filter is GitHub's, not ours.
    alerts.push(dependabotAlert(OWNER, REPO, 231, { severity: 'critical', state: 'dismissed' }));
    alerts.push(dependabotAlert(OWNER, REPO, 232, { severity: 'critical', state: 'fixed' }));
    const s = await serve({ dependabotAlerts: alerts });
    const sink = new VulnAccumulator();

    const result = await countOpenAlerts(testClient(s), { owner: OWNER, repo: REPO, kinds: ['dependabot'] }, sink);

    expect(result).toEqual([{ kind: 'dependabot', open: 230, source: { file: 'github:acme/app/dependabot', format: 'github-dependabot' } }]);
    // 230 = 58 + 58 + 57 + 57 (i % 4 over 0..229)
    expect(sink.counts()).toEqual({ critical: 58, high: 58, medium: 57, low: 57 });
    const calls = s.requests.filter((r) => r.path.endsWith('/dependabot/alerts'));
    expect(calls).toHaveLength(3);
    expect(calls[0].query).toEqual({ state: 'open', per_page: '100' });
    expect(calls.slice(1).every((r) => r.query.after && !r.query.page)).toBe(true);
    const one = sink.all().find((v) => v.title === 'Vulnerability 1 in pkg-1');
    expect(one).toMatchObject({ package: 'pkg-1', version: 'package-lock.json', severity: 'critical' });
    expect(one?.id).toMatch(/^GHSA-/);
  });

  it('maps code scanning severities: security severity first, else the rule level', async () => {
    const specs: Array<[CodeScanningAlertSpec, Severity | null]> = [
      [{ securitySeverity: 'critical', severity: 'error' }, 'critical'],
      [{ securitySeverity: 'high', severity: 'warning' }, 'high'],
      [{ securitySeverity: 'medium', severity: 'error' }, 'medium'],
      [{ securitySeverity: 'low', severity: 'error' }, 'low'],
      [{ securitySeverity: null, severity: 'error' }, 'high'],
      [{ securitySeverity: null, severity: 'warning' }, 'medium'],
      [{ securitySeverity: null, severity: 'note' }, 'low'],
      [{ securitySeverity: null, severity: 'none' }, null],
      [{ securitySeverity: null, severity: null }, 'medium'] // SARIF's default level, warning
    ];
    const s = await serve({ codeScanningAlerts: specs.map(([spec], i) => codeScanningAlert(OWNER, REPO, i + 1, spec)) });
    const sink = new VulnAccumulator();
    const [result] = await countOpenAlerts(testClient(s), { owner: OWNER, repo: REPO, kinds: ['code-scanning'] }, sink);
    expect(result).toMatchObject({ kind: 'code-scanning', open: 9 });
    const byRule = new Map(sink.all().map((v) => [v.id, v.severity]));
    specs.forEach(([, expected], i) => expect(byRule.get(`js/rule-${i + 1}`)).toBe(expected));
    expect(sink.all().find((v) => v.id === 'js/rule-3')).toMatchObject({ package: 'src/app.ts', version: '3', location: 'src/app.ts' });
  });

  it('reads both kinds together, code scanning over several pages', async () => {
    const s = await serve({
      dependabotAlerts: Array.from({ length: 3 }, (_, i) => dependabotAlert(OWNER, REPO, i + 1, { severity: 'high' })),
      codeScanningAlerts: [
        ...Array.from({ length: 205 }, (_, i) => codeScanningAlert(OWNER, REPO, i + 1, { securitySeverity: 'medium', line: i + 1 })),
        codeScanningAlert(OWNER, REPO, 300, { securitySeverity: 'critical', state: 'dismissed' })
      ]
    });
    const sink = new VulnAccumulator();
    const result = await countOpenAlerts(testClient(s), { owner: OWNER, repo: REPO, kinds: parseAlertKinds('all') }, sink);
    expect(result.map((r) => [r.kind, r.open])).toEqual([
      ['dependabot', 3],
      ['code-scanning', 205]
    ]);
    expect(sink.counts()).toEqual({ critical: 0, high: 3, medium: 205, low: 0 });
    expect(s.requests.filter((r) => r.path.endsWith('/code-scanning/alerts')).map((r) => r.query.page ?? '1')).toEqual(['1', '2', '3']);
  });

  it('counts an advisory once per manifest, and once when GitHub lists it twice', async () => {
    const s = await serve({
      dependabotAlerts: [
        dependabotAlert(OWNER, REPO, 1, { severity: 'high', ghsa: 'GHSA-aaaa-bbbb-cccc', package: 'lodash', manifest: 'package-lock.json' }),
        dependabotAlert(OWNER, REPO, 2, { severity: 'high', ghsa: 'GHSA-aaaa-bbbb-cccc', package: 'lodash', manifest: 'web/package-lock.json' }),
        dependabotAlert(OWNER, REPO, 3, { severity: 'high', ghsa: 'GHSA-aaaa-bbbb-cccc', package: 'lodash', manifest: 'web/package-lock.json' })
      ]
    });
    const sink = new VulnAccumulator();
    const [result] = await countOpenAlerts(testClient(s), { owner: OWNER, repo: REPO, kinds: ['dependabot'] }, sink);
    expect(result.open).toBe(3);
    expect(sink.counts().high).toBe(2);
    // Shown where GitHub found each; keyed by advisory and package (findingKey), once per manifest.
    expect(sink.all().map((v) => v.location).sort()).toEqual(['package-lock.json', 'web/package-lock.json']);
    expect(new Set(sink.keys()).size).toBe(1);
    expect(sink.keys()).toHaveLength(2);
  });

  it('reports disabled Dependabot alerts as a one-line error naming github-alerts', async () => {
    const s = await serve({ dependabotAlerts: null });
    const err = await countOpenAlerts(testClient(s), { owner: OWNER, repo: REPO, kinds: ['dependabot'] }, new VulnAccumulator()).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UserError);
    expect((err as UserError).render()).toBe(
      'github-alerts: reading Dependabot alerts of acme/app: GitHub answered 403: Dependabot alerts are disabled for this repository ' +
        '(Dependabot alerts may be disabled, or the token lacks `security-events: read` (a PAT needs Dependabot alerts: read))'
    );
  });

  it('reports a repository without code scanning as a 404 naming github-alerts', async () => {
    const s = await serve({ codeScanningAlerts: null });
    const err = await countOpenAlerts(testClient(s), { owner: OWNER, repo: REPO, kinds: ['code-scanning'] }, new VulnAccumulator()).catch((e: unknown) => e);
    expect((err as UserError).render()).toMatch(/^github-alerts: reading code scanning alerts of acme\/app: GitHub answered 404: no analysis found \(code scanning has no analysis/);
  });
});

describe('codeScanningSeverity', () => {
  it('ignores unknown words and reads a missing level as SARIF does', () => {
    expect(codeScanningSeverity({ security_severity_level: 'bogus', severity: 'note' })).toBe('low');
    expect(codeScanningSeverity({})).toBe('medium');
    expect(codeScanningSeverity({ severity: 'none' })).toBeNull();
  });
});
