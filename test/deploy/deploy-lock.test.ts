/**
 * Deploy under faults, through the bundle with real processes and signals: one deploy of an
 * environment at a time (pairs started at once), a `kill -9` of a deploy (its script ended, the next
 * deploy takes over at once), and a ledger that loses nothing (a torn last line, garbage, bad ids,
 * a 100 MB line, 130,000 deployments, links and directories where files go).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync, openSync, writeSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runAction, commandMessage, type ActionRun } from '../support/action.js';
import { alive, deployWorkspace, ledger, SHA } from './support.js';
import { createGitHubState, startGitHubServer, DEFAULT_TOKEN } from '../support/github-server.js';
import { githubEnv } from '../support/github-client.js';

const BASE = { environment: 'staging', version: 'v1.0.0', 'freeze-windows': 'none' };

function deploy(ws: string, inputs: Record<string, string> = {}, extra: Partial<Parameters<typeof runAction>[1]> = {}): Promise<ActionRun> {
  return runAction('deploy', { workspace: ws, inputs: { ...BASE, run: './mark.sh deploy', ...inputs }, env: { GITHUB_SHA: SHA }, timeoutMs: 60_000, ...extra });
}

/** Runs of `once.sh`: its start and end times (ms), one line each. */
function intervals(ws: string): Array<[number, number]> {
  const file = path.join(ws, 'runs.txt');
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8').trim().split('\n').map((l) => l.split(' ').map(Number) as [number, number]);
}

/** Records when it starts and ends, and stays 0.8 s in between. */
const ONCE = 'start=$(date +%s%3N)\nsleep 0.8\necho "$start $(date +%s%3N)" >> runs.txt\n';

describe('one deploy of an environment at a time (local ledger)', () => {
  it('20 pairs of deploys started at once: never two scripts of one environment at the same time', async () => {
    const PAIRS = 20;
    let doubles = 0;
    let refused = 0;
    for (let batch = 0; batch < PAIRS; batch += 5) {
      const pairs = await Promise.all(
        Array.from({ length: 5 }, async () => {
          const ws = deployWorkspace({ 'once.sh': ONCE });
          const runs = await Promise.all([deploy(ws, { run: 'bash once.sh' }), deploy(ws, { run: 'bash once.sh' })]);
          return { ws, runs };
        })
      );
      for (const { ws, runs } of pairs) {
        const spans = intervals(ws).sort((a, b) => a[0] - b[0]);
        for (let i = 1; i < spans.length; i++) if (spans[i][0] < spans[i - 1][1]) doubles++;
        for (const r of runs.filter((r) => r.code !== 0)) {
          refused++;
          expect(r.summary).toMatch(/\| No deployment in progress \| ❌ fail \| a deploy of v1\.0\.0 to staging holds the lock since /);
        }
        // The lock is gone with both runs: nothing is left behind.
        expect(readdirSync(path.join(ws, '.phase-gates/locks'))).toEqual([]);
      }
    }
    console.log(`${PAIRS} pairs started at once: ${refused} deploys refused by the lock, ${doubles} ran at the same time as another`);
    expect(doubles).toBe(0);
    expect(refused).toBeGreaterThan(0);
  }, 180_000);

  it('kill -9 of a deploy: its script is ended by the watchdog, and the next deploy takes over at once', async () => {
    const ws = deployWorkspace();
    const killed = await deploy(ws, { run: './slow.sh' }, { signal: { when: /started/, send: 'SIGKILL' } });
    expect(killed.code).toBeNull();
    const sleepPid = Number(readFileSync(path.join(ws, 'sleep.pid'), 'utf8'));
    // The watchdog looks once a second, then gives SIGTERM; well within 10 s the script is gone.
    const deadline = Date.now() + 10_000;
    while (alive(sleepPid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    expect(alive(sleepPid)).toBe(false);

    const started = Date.now();
    const retry = await deploy(ws, { version: 'v1.0.1' });
    const recovery = Date.now() - started;
    expect(retry.code).toBe(0);
    const log = readFileSync(path.join(ws, 'ci/deploy-logs.txt'), 'utf8');
    expect(log).toMatch(/ WARN lock\.takeover environment=staging why=dead pid=\d+ /);
    expect(log).toMatch(/ WARN deployment\.abandoned id=1 version=v1\.0\.0 pid=\d+ /);
    const entries = ledger(ws);
    expect(entries.filter((e) => e.deployment === '1').map((e) => e.state)).toEqual(['in_progress', 'error']);
    expect(entries.find((e) => e.deployment === '1' && e.state === 'error')?.description).toMatch(/^abandoned: its run ended without a final status \(process \d+ on /);
    expect(entries.filter((e) => e.deployment === '2').map((e) => e.state)).toEqual(['in_progress', 'success']);
    console.log(`kill -9 recovery: the next deploy took over and succeeded in ${recovery} ms`);
  }, 60_000);
});

describe('one deploy of an environment at a time (GitHub Deployments API)', () => {
  it('5 pairs started at once: the API has no lock, so each creates, then looks; the later one steps aside before its script runs', async () => {
    let doubles = 0;
    let steppedAside = 0;
    for (let pair = 0; pair < 5; pair++) {
      const server = await startGitHubServer(createGitHubState({ repos: { 'acme/shop': {} } }));
      try {
        const ws = deployWorkspace({ 'once.sh': ONCE });
        const env = githubEnv(server, 'acme/shop', SHA);
        const inputs = { run: 'bash once.sh', token: DEFAULT_TOKEN };
        const runs = await Promise.all([deploy(ws, inputs, { env }), deploy(ws, inputs, { env })]);
        const spans = intervals(ws).sort((a, b) => a[0] - b[0]);
        for (let i = 1; i < spans.length; i++) if (spans[i][0] < spans[i - 1][1]) doubles++;
        const statuses = server.repo('acme/shop').deploymentStatuses;
        for (const r of runs.filter((r) => r.code !== 0)) {
          const message = commandMessage(r.errors.at(-1) ?? '');
          // Refused by the pre-check (the other was already in progress), or after creating its own.
          if (/^deploy refused: deployment \d+ of v1\.0\.0 to staging started first and is in progress; nothing was changed$/.test(message)) {
            steppedAside++;
            expect(statuses[Number(r.outputs['deployment-id'])]?.at(-1)).toMatchObject({ state: 'inactive' });
          } else expect(r.summary).toMatch(/\| No deployment in progress \| ❌ fail \| deployment \d+ of v1\.0\.0 to staging is still/);
        }
        server.assertNoContractErrors();
      } finally {
        await server.close();
      }
    }
    console.log(`GitHub: 5 pairs started at once: ${steppedAside} stepped aside after creating, ${doubles} ran at the same time as another`);
    expect(doubles).toBe(0);
  }, 120_000);
});

describe('a ledger that loses nothing', () => {
  const LEDGER = '.phase-gates/deployments.jsonl';
  const line = (e: Record<string, unknown>) => JSON.stringify(e) + '\n';
  const dep = (id: string, version: string, environment = 'staging') => ({ type: 'deployment', id, environment, version, sha: SHA, description: '', production: false, createdAt: '2026-11-01T00:00:00.000Z', pid: 1 });
  const st = (deployment: string, state: string) => ({ type: 'status', deployment, state, description: '', createdAt: '2026-11-01T00:00:01.000Z', pid: 1 });

  it('a torn last line is set aside, never merged: the next record starts its own line, and a warning names it', async () => {
    const ws = deployWorkspace();
    mkdirSync(path.join(ws, '.phase-gates'));
    const torn = '{"type":"deployment","id":"2","environment":"sta';
    writeFileSync(path.join(ws, LEDGER), line(dep('1', 'v0.9.0')) + line(st('1', 'success')) + torn);
    const run = await deploy(ws);
    expect(run.code).toBe(0);
    expect(run.warnings.map(commandMessage)).toContainEqual(expect.stringMatching(/^\.phase-gates\/deployments\.jsonl:3: an unfinished last line \(\d+ bytes, a writer killed mid-write\); ignored, and set aside at the next write$/));
    // Every line is whole; the new deployment is 2, after 1.
    const entries = ledger(ws);
    expect(entries.filter((e) => e.type === 'deployment').map((e) => e.id)).toEqual(['1', '2']);
    const aside = readdirSync(path.join(ws, '.phase-gates')).filter((f) => f.startsWith('deployments.jsonl.torn-'));
    expect(aside).toHaveLength(1);
    expect(readFileSync(path.join(ws, '.phase-gates', aside[0]), 'utf8')).toBe(torn);
  });

  it('garbage and an id that is not a number are skipped with a warning naming the line; ids go on from the largest', async () => {
    const ws = deployWorkspace();
    mkdirSync(path.join(ws, '.phase-gates'));
    writeFileSync(path.join(ws, LEDGER), line(dep('4', 'v0.8.0')) + 'garbage, not JSON\n' + line(dep('abc', 'v0.8.1')) + line(st('4', 'success')));
    const run = await deploy(ws);
    expect(run.code).toBe(0);
    const warned = run.warnings.map(commandMessage);
    expect(warned).toContain('.phase-gates/deployments.jsonl:2: not a ledger line (invalid JSON); skipped');
    expect(warned).toContain('.phase-gates/deployments.jsonl:3: not a ledger line (deployment id "abc" is not a positive number); skipped');
    expect(run.outputs['deployment-id']).toBe('5');
    expect(run.outputs['previous-version']).toBe('v0.8.0');
  });

  it('130,000 deployments (about 40 MB): the next id, no stack overflow, in bounded memory', async () => {
    const ws = deployWorkspace();
    mkdirSync(path.join(ws, '.phase-gates'));
    const fd = openSync(path.join(ws, LEDGER), 'w');
    let chunk = '';
    for (let i = 1; i <= 130_000; i++) {
      chunk += line(dep(String(i), `v0.${i}.0`, i % 2 ? 'staging' : 'production')) + line(st(String(i), 'success'));
      if (chunk.length > 1 << 20) {
        writeSync(fd, chunk);
        chunk = '';
      }
    }
    writeSync(fd, chunk);
    closeSync(fd);
    const run = await deploy(ws, { version: 'v9.0.0' }, { measure: true });
    expect([run.code, run.errors]).toEqual([0, []]);
    expect(run.outputs['deployment-id']).toBe('130001');
    expect(run.outputs['previous-version']).toBe('v0.129999.0');
    expect(run.maxRssMb).toBeLessThan(250);
    console.log(`ledger of 130,000 deployments: deploy's peak RSS ${run.maxRssMb?.toFixed(0)} MB`);
  }, 60_000);

  it('one 100 MB line is skipped unread, in bounded memory', async () => {
    const ws = deployWorkspace();
    mkdirSync(path.join(ws, '.phase-gates'));
    const fd = openSync(path.join(ws, LEDGER), 'w');
    writeSync(fd, line(dep('1', 'v0.9.0')) + line(st('1', 'success')));
    const block = Buffer.alloc(1 << 20, 'x');
    for (let i = 0; i < 100; i++) writeSync(fd, block);
    writeSync(fd, '\n');
    closeSync(fd);
    const run = await deploy(ws, {}, { measure: true });
    expect(run.code).toBe(0);
    expect(run.warnings.map(commandMessage)).toContain('.phase-gates/deployments.jsonl:3: a line longer than 65536 characters, not a ledger line; skipped');
    expect(run.outputs['previous-version']).toBe('v0.9.0');
    expect(run.maxRssMb).toBeLessThan(250);
    console.log(`ledger with a 100 MB line: deploy's peak RSS ${run.maxRssMb?.toFixed(0)} MB`);
  }, 60_000);

  it.each([
    ['the audit log', 'log-path', 'ci/deploy-logs.txt'],
    ['the ledger', 'ledger-path', '.phase-gates/deployments.jsonl']
  ])('a dangling link at %s is refused in one line; nothing is created where it points', async (_what, input, rel) => {
    const ws = deployWorkspace();
    const outside = path.join(tmpdir(), `pg-outside-${process.pid}-${Date.now()}-${input}`);
    mkdirSync(path.dirname(path.join(ws, rel)), { recursive: true });
    symlinkSync(outside, path.join(ws, rel));
    const run = await deploy(ws);
    expect(run.code).toBe(1);
    expect(run.errors.map(commandMessage)).toEqual([`${input}: path escapes the workspace through a link: ${rel}`]);
    expect(existsSync(outside)).toBe(false);
  });

  it.each([
    ['log-path', 'ci'],
    ['ledger-path', '.']
  ])('a directory as %s is one line, nothing written', async (input, given) => {
    const ws = deployWorkspace();
    mkdirSync(path.join(ws, 'ci'), { recursive: true });
    const run = await deploy(ws, { [input]: given });
    expect(run.code).toBe(1);
    expect(run.errors.map(commandMessage)).toEqual([`${input}: ${given} is a directory: give the path of a file in it`]);
    expect(existsSync(path.join(path.dirname(ws), '.phase-gates'))).toBe(false);
  });
});
