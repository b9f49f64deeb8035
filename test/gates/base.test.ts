/**
 * The base branch's figures: a base-report file, the gates-report artifact of the latest successful
 * base-branch run (real zips made by Python's zipfile, deflated as actions/upload-artifact v4 makes
 * them, served behind a 302 by the local API server), and the report embedded in a check run.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { UserError } from '../../src/core/errors.js';
import { EMBED_LIMIT, MAX_REPORT_BYTES, MAX_ZIP_ENTRIES, baseFromArtifact, baseFromCheckRun, baseFromFile, embedReport, extractEmbeddedReport } from '../../src/core/gates/base.js';
import type { GatesReport } from '../../src/core/gates/report.js';
import { publishCheckRun } from '../../src/core/github/checks.js';
import { artifact, workflowRun, type WorkflowRunSpec } from '../support/github-fixtures.js';
import { DEFAULT_TOKEN, createGitHubState, startGitHubServer, type GitHubServer } from '../support/github-server.js';
import { testClient } from '../support/github-client.js';

const BASE_SHA = 'abc1234def5678901234567890abcdef12345678';
const OLD_SHA = '9999999def5678901234567890abcdef12345678';
const SARIF = readFileSync(path.join(process.cwd(), 'test/fixtures/vulns/sarif/codeql-js.sarif'), 'utf8');

/** A gates report as gates-enforcer writes it for the base commit. */
function report(overrides: Partial<GatesReport> = {}): GatesReport {
  return {
    schema: 'phase-gates/gates-report@1',
    phase: 5,
    phaseTitle: 'Phase 05: CI gates',
    phaseFile: 'docs/phases/05.md',
    sha: BASE_SHA,
    repository: 'acme/app',
    runId: '202',
    passed: false,
    failOnMissing: true,
    generatedAt: '2026-12-01T10:00:00.000Z',
    gates: [
      { name: 'coverage', metric: 'coverage_lines', op: '>=', threshold: 80, unit: '%', actual: 81.25, passed: true, status: 'pass', definedIn: 'docs/phases/05.md:12', detail: '650/800 lines', sources: [{ file: 'coverage/lcov.info', format: 'lcov' }] },
      {
        name: 'vulns_high',
        metric: 'vulns_high',
        op: '<=',
        threshold: 0,
        unit: null,
        actual: 1,
        passed: false,
        status: 'fail',
        definedIn: 'docs/phases/05.md:14',
        sources: [{ file: 'trivy.json', format: 'trivy' }],
        findings: [{ id: 'CVE-2024-4068', package: 'braces', installed: '3.0.2', fixed: '3.0.3', severity: 'high', source: 'trivy.json', title: 'Uncontrolled resource consumption in braces' }],
        findingsTotal: 1
      }
    ],
    metrics: { coverage_lines: 81.25, perf_p95_ms: 212.5, vulns_high: 1 },
    ...overrides
  };
}

let work: string;
/** Python itself: a version manager's shim costs a second a call on a busy machine. */
let python: string;
beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), 'phase-gates-base-'));
  python = execFileSync('python3', ['-c', 'import sys; print(sys.executable)'], { encoding: 'utf8' }).trim();
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A zip entry: text, or `zeros` bytes of 0 (streamed, for bombs). */
type ZipEntry = { name: string; text: string; stored?: boolean } | { name: string; zeros: number };

/** A real deflated zip written by Python's zipfile, as bytes. */
function makeZip(entries: ZipEntry[]): Buffer {
  const out = path.join(work, `${crypto.randomUUID()}.zip`);
  const script = [
    'import sys, json, zipfile',
    'spec = json.load(sys.stdin)',
    "with zipfile.ZipFile(spec['out'], 'w', compression=zipfile.ZIP_DEFLATED, compresslevel=6) as zf:",
    "    for e in spec['entries']:",
    "        info = zipfile.ZipInfo(e['name'], date_time=(2026, 12, 1, 10, 0, 0))",
    "        info.compress_type = zipfile.ZIP_STORED if e.get('stored') else zipfile.ZIP_DEFLATED",
    "        if 'zeros' in e:",
    "            with zf.open(info, 'w') as f:",
    "                left = e['zeros']",
    '                while left > 0:',
    '                    n = min(left, 1 << 20)',
    "                    f.write(b'\\0' * n)",
    '                    left -= n',
    '        else:',
    "            zf.writestr(info, e['text'].encode('utf-8'))"
  ].join('\n');
  execFileSync(python, ['-c', script], { input: JSON.stringify({ out, entries }) });
  return readFileSync(out);
}

// --- base-report: a file --------------------------------------------------------------------------

describe('baseFromFile', () => {
  let ws: string;
  beforeEach(() => {
    ws = mkdtempSync(path.join(work, 'ws-'));
    mkdirSync(path.join(ws, 'ci'));
  });

  it('reads a gates report of the base and says where it came from', async () => {
    writeFileSync(path.join(ws, 'ci/base.json'), JSON.stringify(report(), null, 2));
    const base = await baseFromFile(ws, 'ci/base.json', 'base-report');
    expect(base).toEqual({ origin: 'file', describe: 'base-report: ci/base.json', sha: BASE_SHA, report: report() });
  });

  it('refuses a SARIF log given as the base report in one line naming the input and file', async () => {
    writeFileSync(path.join(ws, 'ci/base.json'), SARIF);
    const err = await baseFromFile(ws, 'ci/base.json', 'base-report').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UserError);
    expect((err as UserError).render()).toBe(
      'base-report: ci/base.json: not a phase-gates gates report (a SARIF 2.1.0 log) (give a gates-report.json written by gates-enforcer (schema phase-gates/gates-report@1))'
    );
  });

  it('names another schema, and the field that breaks this one', async () => {
    writeFileSync(path.join(ws, 'ci/smoke.json'), JSON.stringify({ schema: 'phase-gates/smoke-report@1', passed: true }));
    writeFileSync(path.join(ws, 'ci/broken.json'), JSON.stringify({ ...report(), passed: 'yes' }));
    const smoke = (await baseFromFile(ws, 'ci/smoke.json', 'base-report').catch((e: unknown) => e)) as UserError;
    expect(smoke.render()).toContain('ci/smoke.json: not a phase-gates gates report (a "phase-gates/smoke-report@1" document)');
    const broken = (await baseFromFile(ws, 'ci/broken.json', 'base-report').catch((e: unknown) => e)) as UserError;
    expect(broken.render()).toContain('ci/broken.json: not a phase-gates gates report (/passed must be boolean)');
  });

  it('says a file is missing, truncated, or outside the workspace', async () => {
    writeFileSync(path.join(ws, 'ci/cut.json'), JSON.stringify(report(), null, 2).slice(0, 200));
    const render = async (given: string) => ((await baseFromFile(ws, given, 'base-report').catch((e: unknown) => e)) as UserError).render();
    expect(await render('ci/none.json')).toBe('base-report: ci/none.json: file not found');
    expect(await render('ci/cut.json')).toMatch(/^base-report: ci\/cut\.json:\d+: truncated JSON \(the file ends inside a value\)$/);
    expect(await render('../outside.json')).toBe('base-report: path escapes the workspace: ../outside.json');
  });
});

// --- the gates-report artifact ----------------------------------------------------------------------

describe('baseFromArtifact', () => {
  let server: GitHubServer;
  let nextArtifact = 5000;
  const logs: string[] = [];
  const log = (m: string) => logs.push(m);

  beforeEach(async () => {
    logs.length = 0;
    server = await startGitHubServer(
      createGitHubState({ repos: { 'acme/app': { id: 42 } }, tokens: { [DEFAULT_TOKEN]: 'all', ghs_noactions: { checks: 'read' } } })
    );
  });
  afterEach(async () => {
    server.assertNoContractErrors();
    await server.close();
  });

  /** A run of acme/app, with an artifact holding `zip` when given. */
  function addRun(spec: WorkflowRunSpec, zip?: Buffer, options: { name?: string; expired?: boolean } = {}): number {
    const repo = server.repo('acme/app');
    const run = workflowRun('acme', 'app', repo.id, spec);
    repo.workflowRuns.push(run);
    if (!zip) return 0;
    const id = nextArtifact++;
    repo.artifacts.push(artifact('acme', 'app', { id, name: options.name ?? 'gates-report', sizeInBytes: zip.length, run, expired: options.expired, digest: `sha256:${crypto.createHash('sha256').update(zip).digest('hex')}` }));
    repo.artifactZips[id] = zip;
    return id;
  }

  const find = (extra: { workflow?: string; artifact?: string } = {}) =>
    baseFromArtifact(testClient(server), { owner: 'acme', repo: 'app', branch: 'main', artifact: 'gates-report', input: 'base-artifact', log, ...extra });
  const failure = async (extra: { workflow?: string } = {}) => ((await find(extra).catch((e: unknown) => e)) as UserError).render();

  it('takes the report of the newest successful run, downloading the zip without sending the token to the blob URL', async () => {
    addRun({ id: 101, headSha: OLD_SHA, createdAt: '2026-11-30T10:00:00Z' }, makeZip([{ name: 'gates-report.json', text: JSON.stringify(report({ sha: OLD_SHA })) }]));
    addRun({ id: 202, headSha: BASE_SHA, createdAt: '2026-12-01T10:00:00Z' }, makeZip([{ name: 'gates-report.json', text: JSON.stringify(report()) }]));
    addRun({ id: 303, headSha: '3333333def5678901234567890abcdef12345678', createdAt: '2026-12-02T10:00:00Z', conclusion: 'failure' }, makeZip([{ name: 'gates-report.json', text: '{}' }]));

    const base = await find();
    expect(base).toEqual({ origin: 'artifact', describe: 'artifact gates-report of run 202 on main (abc1234)', sha: BASE_SHA, report: report() });

    const listed = server.requests.find((r) => r.path === '/repos/acme/app/actions/runs');
    expect(listed?.query).toMatchObject({ branch: 'main', status: 'success' });
    const blob = server.requests.find((r) => r.path.startsWith('/_blob/'));
    expect(blob).toMatchObject({ status: 200, auth: 'none' });
    const download = server.requests.find((r) => r.path.endsWith('/zip'));
    expect(download).toMatchObject({ status: 302, auth: 'token' });
  });

  it('looks only at runs of the workflow file when one is given', async () => {
    addRun({ id: 202, headSha: BASE_SHA, path: '.github/workflows/ci.yml', createdAt: '2026-12-01T10:00:00Z' }, makeZip([{ name: 'gates-report.json', text: JSON.stringify(report()) }]));
    addRun({ id: 404, headSha: OLD_SHA, path: '.github/workflows/nightly.yml', workflowId: 999, createdAt: '2026-12-03T10:00:00Z' }, makeZip([{ name: 'gates-report.json', text: JSON.stringify(report({ sha: OLD_SHA })) }]));
    expect((await find({ workflow: 'ci.yml' }))?.sha).toBe(BASE_SHA);
    expect(server.requests.some((r) => r.path === '/repos/acme/app/actions/workflows/ci.yml/runs')).toBe(true);
    expect((await find())?.sha).toBe(OLD_SHA); // any workflow: the nightly run is newer
  });

  it('passes over an expired artifact to the run before, and says so', async () => {
    addRun({ id: 101, headSha: OLD_SHA, createdAt: '2026-11-30T10:00:00Z' }, makeZip([{ name: 'gates-report.json', text: JSON.stringify(report({ sha: OLD_SHA })) }]));
    addRun({ id: 202, headSha: BASE_SHA, createdAt: '2026-12-01T10:00:00Z' }, makeZip([{ name: 'gates-report.json', text: JSON.stringify(report()) }]), { expired: true });
    const base = await find();
    expect(base?.describe).toBe('artifact gates-report of run 101 on main (9999999)');
    expect(logs).toContain('base: run 202 (abc1234) has artifact gates-report expired');
    expect(server.requests.filter((r) => r.path.endsWith('/zip')).map((r) => r.status)).toEqual([302]);
  });

  it('answers null (no data, not an error) without a successful run or without the artifact', async () => {
    expect(await find()).toBeNull();
    expect(logs).toEqual(['base: no successful run on main of acme/app']);
    addRun({ id: 202, headSha: BASE_SHA }, makeZip([{ name: 'other.json', text: '{}' }]), { name: 'coverage' });
    logs.length = 0;
    expect(await find()).toBeNull();
    expect(logs[0]).toBe('base: run 202 (abc1234) has no artifact gates-report');
  });

  it('never takes a base from a fork that names its branch main, nor from a pull request run', async () => {
    addRun({ id: 501, headSha: OLD_SHA, event: 'pull_request', headRepository: 'mallory/app', createdAt: '2026-12-04T10:00:00Z' }, makeZip([{ name: 'gates-report.json', text: JSON.stringify(report({ sha: OLD_SHA })) }]));
    addRun({ id: 502, headSha: OLD_SHA, event: 'pull_request', createdAt: '2026-12-03T10:00:00Z' }, makeZip([{ name: 'gates-report.json', text: JSON.stringify(report({ sha: OLD_SHA })) }]));
    addRun({ id: 202, headSha: BASE_SHA, createdAt: '2026-12-01T10:00:00Z' }, makeZip([{ name: 'gates-report.json', text: JSON.stringify(report()) }]));
    expect((await find())?.describe).toBe('artifact gates-report of run 202 on main (abc1234)');
    expect(logs).toContain('base: run 501 on main is from the fork mallory/app: not a base');
    expect(logs).toContain('base: run 502 on main is a pull_request run: not a base');
  });

  it('reads the report at any depth of a zip and passes over ../ names', async () => {
    const evil = JSON.stringify(report({ sha: OLD_SHA }));
    addRun({ id: 202, headSha: BASE_SHA }, makeZip([{ name: '../gates-report.json', text: evil }, { name: 'out/gates-report.json', text: JSON.stringify(report()) }, { name: 'out/notes.txt', text: 'x' }]));
    expect((await find())?.sha).toBe(BASE_SHA);
  });

  it('refuses a zip whose only report has a ../ name', async () => {
    addRun({ id: 202, headSha: BASE_SHA }, makeZip([{ name: '../../gates-report.json', text: JSON.stringify(report()) }]));
    expect(await failure()).toBe('base-artifact: artifact gates-report of run 202 on main (abc1234): no .json file in the zip; passed over unsafe names: ../../gates-report.json');
  });

  it('refuses a truncated zip in one line naming the input and the artifact', async () => {
    const zip = makeZip([{ name: 'gates-report.json', text: JSON.stringify(report()) }]);
    addRun({ id: 202, headSha: BASE_SHA }, zip.subarray(0, Math.floor(zip.length / 2)));
    expect(await failure()).toMatch(/^base-artifact: artifact gates-report of run 202 on main \(abc1234\): not a readable zip \(End of central directory record signature not found\. Either not a zip file, or file is truncated\)$/);
  });

  it('stops a zip bomb at the declared size, and one whose header lies while inflating', async () => {
    const bomb = makeZip([{ name: 'gates-report.json', zeros: 64 * 1024 * 1024 }]);
    expect(bomb.length).toBeLessThan(200 * 1024);
    addRun({ id: 202, headSha: BASE_SHA }, bomb);
    expect(await failure()).toBe(
      `base-artifact: artifact gates-report of run 202 on main (abc1234): gates-report.json inflates to ${64 * 1024 * 1024} bytes, over the ${MAX_REPORT_BYTES / 1024 / 1024} MB read for a gates report`
    );

    // The same bomb whose headers (local and central) claim 100 bytes.
    const liar = Buffer.from(bomb);
    for (const [signature, offset] of [[0x04034b50, 22], [0x02014b50, 24]] as const) {
      const at = liar.indexOf(Buffer.from(new Uint32Array([signature]).buffer));
      liar.writeUInt32LE(100, at + offset);
    }
    server.repo('acme/app').artifacts.length = 0;
    server.repo('acme/app').workflowRuns.length = 0;
    addRun({ id: 203, headSha: BASE_SHA }, liar);
    expect(await failure()).toMatch(/^base-artifact: artifact gates-report of run 203 on main \(abc1234\): gates-report\.json is corrupt \(too many bytes in the stream\. expected 100\. got at least \d+\)$/);
  });

  it('refuses a report whose bytes changed after zipping (CRC-32), though it would still parse', async () => {
    const zip = makeZip([{ name: 'gates-report.json', text: JSON.stringify(report()), stored: true }]);
    const at = zip.indexOf('"coverage_lines":81.25');
    expect(at).toBeGreaterThan(0);
    zip.write('"coverage_lines":91.25', at, 'latin1');
    addRun({ id: 202, headSha: BASE_SHA }, zip);
    expect(await failure()).toBe('base-artifact: artifact gates-report of run 202 on main (abc1234): gates-report.json is corrupt (CRC-32 mismatch)');
  });

  it('takes the run before when the artifact expires between listing and download', async () => {
    addRun({ id: 101, headSha: OLD_SHA, createdAt: '2026-11-30T10:00:00Z' }, makeZip([{ name: 'gates-report.json', text: JSON.stringify(report({ sha: OLD_SHA })) }]));
    const newest = addRun({ id: 202, headSha: BASE_SHA, createdAt: '2026-12-01T10:00:00Z' }, makeZip([{ name: 'gates-report.json', text: JSON.stringify(report()) }]));
    server.inject({ match: `GET /repos/acme/app/actions/artifacts/${newest}/zip`, status: 410, message: 'Artifact has expired' });
    expect((await find())?.sha).toBe(OLD_SHA);
    expect(logs).toContain('base: artifact gates-report of run 202 on main (abc1234) expired before it could be downloaded');
  });

  it('refuses a zip of more entries than a gates report artifact has', async () => {
    const many = Array.from({ length: MAX_ZIP_ENTRIES + 1 }, (_, i) => ({ name: `f/${i}.txt`, text: '' }));
    addRun({ id: 202, headSha: BASE_SHA }, makeZip([...many, { name: 'gates-report.json', text: JSON.stringify(report()) }]));
    expect(await failure()).toBe(`base-artifact: artifact gates-report of run 202 on main (abc1234): ${MAX_ZIP_ENTRIES + 2} entries in the zip, more than the ${MAX_ZIP_ENTRIES} read`);
  });

  it('refuses an artifact whose JSON is a SARIF log', async () => {
    addRun({ id: 202, headSha: BASE_SHA }, makeZip([{ name: 'gates-report.json', text: SARIF }]));
    expect(await failure()).toBe(
      'base-artifact: artifact gates-report of run 202 on main (abc1234): gates-report.json: not a phase-gates gates report (a SARIF 2.1.0 log) (give a gates-report.json written by gates-enforcer (schema phase-gates/gates-report@1))'
    );
  });

  it('names the input and the permission when the token cannot read Actions', async () => {
    const err = await baseFromArtifact(testClient(server, { token: 'ghs_noactions' }), { owner: 'acme', repo: 'app', branch: 'main', artifact: 'gates-report', input: 'base-artifact' }).catch((e: unknown) => e);
    expect((err as UserError).render()).toBe(
      'base-artifact: listing successful runs on main of acme/app: GitHub answered 403: Resource not accessible by integration (the token needs `actions: read`)'
    );
  });
});

// --- the check run of the base commit -----------------------------------------------------------------

describe('embedReport / baseFromCheckRun', () => {
  let server: GitHubServer;
  beforeEach(async () => {
    server = await startGitHubServer(createGitHubState({ repos: { 'acme/app': {} } }));
  });
  afterEach(async () => {
    server.assertNoContractErrors();
    await server.close();
  });

  const publish = (extra: { text?: string; embed?: string; sha?: string; name?: string }) =>
    publishCheckRun(testClient(server), {
      owner: 'acme',
      repo: 'app',
      sha: extra.sha ?? BASE_SHA,
      name: extra.name ?? 'gates_enforcer',
      conclusion: 'failure',
      title: '1 of 2 gates failed',
      summary: '| Gate | Verdict |',
      annotations: [],
      text: extra.text,
      embed: extra.embed
    });
  const read = (logs: string[] = []) =>
    baseFromCheckRun(testClient(server), { owner: 'acme', repo: 'app', ref: BASE_SHA, checkName: 'gates_enforcer', input: 'base-check', log: (m) => logs.push(m) });

  it('reads back the report a published check run embeds, hidden from the page', async () => {
    const embed = embedReport(report());
    expect(embed).toMatch(/^<!-- [\s\S]* -->$/);
    await publish({ text: 'Details of the gates.', embed });
    expect(await read()).toEqual({ origin: 'check-run', describe: 'check run gates_enforcer on abc1234', sha: BASE_SHA, report: report() });
    const stored = (server.repo('acme/app').checkRuns[0].output as { text: string }).text;
    expect(stored.startsWith('Details of the gates.\n\n<!-- ')).toBe(true);
  });

  it('takes the newest completed run of that name on the commit', async () => {
    await publish({ embed: embedReport(report({ runId: '1' })) });
    await publish({ embed: embedReport(report({ runId: '2' })), name: 'other' });
    await publish({ embed: embedReport(report({ runId: '3' })) });
    expect((await read())?.report.runId).toBe('3');
    const q = server.requests.find((r) => r.path === `/repos/acme/app/commits/${BASE_SHA}/check-runs`)?.query;
    expect(q).toMatchObject({ check_name: 'gates_enforcer', status: 'completed' });
  });

  it('answers null without a check run, or with one that carries no report', async () => {
    const logs: string[] = [];
    expect(await read(logs)).toBeNull();
    await publish({ text: 'made by another tool' });
    expect(await read(logs)).toBeNull();
    expect(logs).toEqual(['base: no completed check run gates_enforcer on abc1234', 'base: check run gates_enforcer on abc1234 carries no gates report']);
  });

  it('keeps the embedded copy whole when the visible text is over GitHub\'s limit', async () => {
    await publish({ text: 'x'.repeat(70000), embed: embedReport(report()) });
    const stored = (server.repo('acme/app').checkRuns[0].output as { text: string }).text;
    expect(stored.length).toBeLessThanOrEqual(65535);
    expect(stored).toContain('_… cut here');
    expect((await read())?.report).toEqual(report());
  });

  it('drops the findings lists of a report too long to embed, then embeds nothing', () => {
    const noise = (n: number) => crypto.randomBytes(n).toString('hex');
    const findings = () => Array.from({ length: 100 }, (_, i) => ({ id: `CVE-2026-${10000 + i}`, package: `pkg-${noise(8)}`, installed: '1.0.0', fixed: null, severity: 'high' as const, source: 'trivy.json', title: noise(90) }));
    const gates = Array.from({ length: 4 }, (_, i) => ({ ...report().gates[1], name: `vulns_${i}`, findings: findings(), findingsTotal: 250 }));
    expect(JSON.stringify(gates).length).toBeGreaterThan(2 * EMBED_LIMIT);
    const big = report({ gates });
    const lean = embedReport(big);
    expect(lean.length).toBeGreaterThan(0);
    expect(lean.length).toBeLessThanOrEqual(EMBED_LIMIT);
    const back = extractEmbeddedReport(lean, 'check run gates_enforcer on abc1234', 'base-check');
    expect(back?.gates.map((g) => [g.name, g.findings, g.findingsTotal])).toEqual(gates.map((g) => [g.name, undefined, 250]));

    const metrics = Object.fromEntries(Array.from({ length: 3000 }, () => [noise(16), Math.random()]));
    expect(embedReport(report({ metrics }))).toBe('');
  });

  it('refuses a damaged embedded copy, or one of another schema, naming the input and the check run', async () => {
    const good = embedReport(report());
    await publish({ text: good.slice(0, good.length - 40) + ' -->' });
    const err = (await read().catch((e: unknown) => e)) as UserError;
    expect(err.render()).toMatch(/^base-check: check run gates_enforcer on abc1234: the embedded gates report does not inflate \(.+\)$/);

    const where = 'check run gates_enforcer on abc1234';
    expect(() => extractEmbeddedReport('<!-- phase-gates:gates-report gzip+base64 H4sI', where, 'base-check')).toThrow('the embedded gates report is cut or damaged');
    const sarif = good.replace(/gzip\+base64 \S+/, `gzip+base64 ${(await import('node:zlib')).gzipSync(SARIF).toString('base64')}`);
    expect(() => extractEmbeddedReport(sarif, where, 'base-check')).toThrow(`${where}: embedded: not a phase-gates gates report (a SARIF 2.1.0 log)`);
  });
});
