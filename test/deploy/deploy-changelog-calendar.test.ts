/**
 * deploy, bundled and run as the runner runs it: the change log check and holiday calendars in
 * freeze windows refuse a production deploy before anything runs; an unreadable calendar is bad
 * input. The clock is the process's (test/support/clock.cjs).
 */
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runAction, commandMessage, type ActionRun } from '../support/action.js';
import { createGitHubState, startGitHubServer, DEFAULT_TOKEN } from '../support/github-server.js';
import { release } from '../support/github-fixtures.js';
import { checkRow as row, deployWorkspace, ledger, ran, SHA } from './support.js';

const PROD = { environment: 'production', version: 'v1.0.0', run: './mark.sh run', 'rollback-run': './mark.sh rollback', 'require-gates': 'false', 'require-staging': 'false', 'freeze-windows': 'none' };
const US = 'holidays/us.ics';

function deploy(ws: string, inputs: Record<string, string>, env: Record<string, string> = {}, clock?: string): Promise<ActionRun> {
  return runAction('deploy', { workspace: ws, inputs: { ...PROD, ...inputs }, env: { GITHUB_SHA: SHA, ...env }, clock });
}

function workspace(): string {
  const ws = deployWorkspace();
  mkdirSync(path.join(ws, 'holidays'));
  copyFileSync(path.resolve('test/fixtures/calendars/thunderbird-USHolidays.ics'), path.join(ws, US));
  return ws;
}

/** Nothing deployed: the script did not run and no deployment was recorded. */
const nothingRan = (ws: string) => expect([ran(ws, 'run'), ledger(ws).filter((e) => e.type === 'deployment').length]).toEqual([false, 0]);
const checkRow = (run: ActionRun, title: string) => row(run.summary, title);

describe('deploy: change log', () => {
  it('production: a version without an entry is refused with nothing run; one with an entry deploys', async () => {
    const ws = workspace();
    let run = await deploy(ws, { version: 'v1.2.0' });
    expect(run.code).toBe(1);
    expect(checkRow(run, 'Change log')).toBe('| Change log | ❌ fail | CHANGELOG.md has no entry for v1.2.0 (latest: 9.0.0, 2.0.0, 1.1.0); no token to look for a GitHub release (add the entry, publish the release, or require-changelog: false) |');
    expect(JSON.parse(run.outputs['failed-checks'])).toEqual([{ id: 'changelog', detail: expect.stringMatching(/^CHANGELOG\.md has no entry for v1\.2\.0/) }]);
    nothingRan(ws);

    run = await deploy(ws, { version: 'v1.0.0' });
    expect(run.code).toBe(0);
    expect(checkRow(run, 'Change log')).toMatch(/^\| Change log \| ✅ pass \| CHANGELOG\.md:\d+: ## \[1\.0\.0\] - 2026-11-01 \|$/);
    expect(ran(ws, 'run')).toBe(true);
  });

  it('a published GitHub release stands for the entry (local API server); staging does not require one', async () => {
    const server = await startGitHubServer(createGitHubState({ repos: { 'acme/shop': { releases: [release('acme', 'shop', { tag: 'v1.2.0', id: 12 })] } } }));
    try {
      const ws = workspace();
      const gh = { GITHUB_API_URL: server.url, GITHUB_REPOSITORY: 'acme/shop' };
      // CI and approvals are the ci check's and approval check's tests (deploy-ci-approval).
      const noGitHubChecks = { 'require-ci-green': 'false', 'require-approval': 'false' };
      let run = await deploy(ws, { version: 'v1.2.0', token: DEFAULT_TOKEN, ...noGitHubChecks }, gh);
      expect(checkRow(run, 'Change log')).toBe('| Change log | ✅ pass | GitHub release v1.2.0: https://github.com/acme/shop/releases/tag/v1.2.0 |');
      expect(run.code).toBe(0);
      run = await deploy(ws, { environment: 'staging', version: 'v1.3.0', token: DEFAULT_TOKEN, ...noGitHubChecks }, gh);
      expect(checkRow(run, 'Change log')).toBe('| Change log | ➖ skip | not required for staging (require-changelog: false) |');
      server.assertNoContractErrors();
    } finally {
      await server.close();
    }
  });
});

describe('deploy: holiday calendars in freeze windows', () => {
  it('a holiday refuses the deploy, the day before when asked; an ordinary day deploys', async () => {
    const ws = workspace();
    // Thanksgiving 2026, 10:00 in New York.
    let run = await deploy(ws, { 'freeze-windows': US, timezone: 'America/New_York' }, {}, '2026-11-26T15:00:00Z');
    expect(run.code).toBe(1);
    expect(checkRow(run, 'Outside freeze windows')).toBe(
      `| Outside freeze windows | ❌ fail | Thu 2026-11-26 10:00 America/New_York falls on the holiday "Thanksgiving Day" (2026-11-26, ${US}) (freeze-override with a reason allows it) |`
    );
    nothingRan(ws);

    run = await deploy(ws, { 'freeze-windows': `Sat-Sun, ${US} and the day before`, timezone: 'America/New_York' }, {}, '2026-12-24T02:00:00Z');
    expect(checkRow(run, 'Outside freeze windows')).toMatch(/❌ fail \| Wed 2026-12-23 21:00 America\/New_York falls on the day before the holiday "Christmas Eve" \(2026-12-24, holidays\/us\.ics\)/);
    nothingRan(ws);

    run = await deploy(ws, { 'freeze-windows': `Sat-Sun, ${US} and the day before`, timezone: 'America/New_York' }, {}, '2026-12-08T15:00:00Z');
    expect(checkRow(run, 'Outside freeze windows')).toMatch(/✅ pass \| Tue 2026-12-08 10:00 America\/New_York is outside Sat-Sun, holidays\/us\.ics and the day before/);
    expect(run.code).toBe(0);
    expect(ran(ws, 'run')).toBe(true);
  });

  it('an unreadable calendar is bad input: one line naming the input and the file, nothing deployed', async () => {
    const ws = workspace();
    writeFileSync(path.join(ws, 'holidays/broken.ics'), 'BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20261225\r\nSUMMARY;=x\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n');
    for (const [file, message] of [
      ['holidays/none.ics', /^freeze-windows: holidays\/none\.ics: file not found/],
      ['holidays/broken.ics', /^freeze-windows: holidays\/broken\.ics:4: not iCalendar: /]
    ] as const) {
      const run = await deploy(ws, { 'freeze-windows': `Sat-Sun, ${file}` });
      expect(run.code).toBe(1);
      expect(run.errors.map(commandMessage)).toEqual([expect.stringMatching(message)]);
      expect(run.stdout + run.stderr).not.toMatch(/\n\s+at /);
      expect(existsSync(path.join(ws, 'ci'))).toBe(false);
      nothingRan(ws);
    }
  });
});
