/** gates-enforcer as the runner runs it: the bundled dist/gates-enforcer/index.js in a child process. */
import { readFileSync, existsSync, readdirSync, symlinkSync, copyFileSync } from 'node:fs';
import path from 'node:path';
import { runAction, makeWorkspace, commandMessage, ROOT } from '../support/action.js';
import { schemaErrors } from '../../src/core/schemas.js';

const SEED = readFileSync(path.join(ROOT, 'test/fixtures/phases/phase-06-deployment.md'), 'utf8');

function smokeReport(passed: boolean, p95: number, errorRate: number) {
  return JSON.stringify({
    schema: 'phase-gates/smoke-report@1',
    target: 'http://127.0.0.1:8080',
    startedAt: '2026-11-23T10:00:00.000Z',
    finishedAt: '2026-11-23T10:00:05.000Z',
    passed,
    thresholds: { p95Ms: 500, maxErrorRate: 0 },
    totals: { requests: 40, failures: Math.round(errorRate * 40), errorRate, p50Ms: 12, p95Ms: p95, p99Ms: p95 + 5 },
    checks: []
  });
}

describe('gates-enforcer (bundled, runner contract)', () => {
  it('passes gates from the metrics and smoke inputs, with outputs, report and summary', async () => {
    const ws = makeWorkspace({ 'post-deploy/smoke-report.json': smokeReport(true, 140.5, 0) });
    const run = await runAction('gates-enforcer', {
      workspace: ws,
      inputs: {
        gates: '{ smoke_passed: true, smoke_p95_ms: "<=500", smoke_error_rate: "0%", deploy_status: success }',
        'smoke-report': 'post-deploy/smoke-report.json',
        metrics: 'deploy_status: success'
      }
    });
    expect(run.errors).toEqual([]);
    expect(run.code).toBe(0);
    expect(run.outputs.passed).toBe('true');
    expect(run.outputs['failed-gates']).toBe('');
    expect(run.outputs['report-path']).toBe('gates-report.json');
    const report = JSON.parse(readFileSync(path.join(ws, 'gates-report.json'), 'utf8'));
    expect(schemaErrors('gates-report', report)).toEqual([]);
    expect(JSON.parse(run.outputs.report)).toEqual(report);
    expect(run.outputs.report).not.toContain('\n');
    expect(report).toMatchObject({ schema: 'phase-gates/gates-report@1', passed: true, sha: '0123456789abcdef0123456789abcdef01234567' });
    expect(report.gates.find((g: { name: string }) => g.name === 'smoke_p95_ms')).toMatchObject({
      actual: 140.5,
      passed: true,
      sources: [{ file: 'post-deploy/smoke-report.json', format: 'smoke-report' }]
    });
    expect(run.summary).toMatch(/\| Gate \| Threshold \| Actual \| Verdict \| Sources \|/);
    expect(run.summary).toMatch(/\| `smoke_p95_ms` \| <= 500 ms \| 140.5 ms \| ✅ pass \|/);
  });

  it('fails with one ::error:: per failed gate, at the line of the phase document, and a closing reason', async () => {
    const ws = makeWorkspace({ 'docs/phases/06-deployment.md': SEED });
    const run = await runAction('gates-enforcer', {
      workspace: ws,
      inputs: { 'phase-file': 'docs/phases/06-deployment.md', metrics: 'coverage_lines: 79.5\nperf_p95_ms: 320\nvulns_critical: 1' }
    });
    expect(run.code).toBe(1);
    expect(run.outputs.passed).toBe('false');
    expect(run.outputs['failed-gates']).toBe('coverage,vulns_critical');
    expect(run.errors).toHaveLength(3);
    expect(run.errors[0]).toMatch(/^::error title=Gate coverage,file=docs\/phases\/06-deployment.md,line=9::/);
    expect(commandMessage(run.errors[0])).toBe('Gate coverage failed: 79.5%, required >= 80%');
    expect(commandMessage(run.errors[2])).toBe('2 of 3 gates failed: coverage, vulns_critical');
    const report = JSON.parse(readFileSync(path.join(ws, 'gates-report.json'), 'utf8'));
    expect(report).toMatchObject({ phase: 6, phaseTitle: 'Phase 06: Deployment', phaseFile: 'docs/phases/06-deployment.md', passed: false });
    expect(run.summary).toMatch(/## Phase 06: Deployment: ❌ failed \(2 of 3 gates\)/);
  });

  it('fails a gate without data, unless fail-on-missing is false', async () => {
    const ws = makeWorkspace({ 'phase.md': SEED });
    const strict = await runAction('gates-enforcer', { workspace: ws, inputs: { 'phase-file': 'phase.md', metrics: 'coverage: 91' } });
    expect(strict.code).toBe(1);
    expect(strict.outputs['failed-gates']).toBe('perf_p95_ms,vulns_critical');
    expect(strict.errors.map(commandMessage)).toContain('Gate perf_p95_ms failed: no data (no input gave perf_p95_ms; required <= 500 ms)');
    const lenient = await runAction('gates-enforcer', {
      workspace: ws,
      inputs: { 'phase-file': 'phase.md', metrics: 'coverage: 91', 'fail-on-missing': 'false' }
    });
    expect(lenient.code).toBe(0);
    expect(lenient.outputs.passed).toBe('true');
    expect(lenient.summary).toMatch(/⚪ no data/);
  });

  it('reports without failing the step when fail is false', async () => {
    const ws = makeWorkspace();
    const run = await runAction('gates-enforcer', { workspace: ws, inputs: { gates: 'vulns_high: 0', metrics: 'vulns_high: 2', fail: 'false' } });
    expect(run.code).toBe(0);
    expect(run.outputs.passed).toBe('false');
    expect(run.errors).toEqual([]);
    expect(run.warnings[0]).toMatch(/Gate vulns_high failed: 2, required <= 0/);
  });

  it('lets the gates input override the phase document key by key', async () => {
    const ws = makeWorkspace({ 'phase.md': SEED });
    const run = await runAction('gates-enforcer', {
      workspace: ws,
      inputs: { 'phase-file': 'phase.md', gates: 'coverage: ">=95%"\nperf_p95_ms: ~', metrics: 'coverage: 91\nvulns_critical: 0' }
    });
    expect(run.outputs['failed-gates']).toBe('coverage');
    const report = JSON.parse(run.outputs.report);
    expect(report.gates.map((g: { name: string; threshold: number; definedIn: string }) => [g.name, g.threshold, g.definedIn])).toEqual([
      ['coverage', 95, 'gates'],
      ['vulns_critical', 0, 'phase.md:9']
    ]);
  });

  describe('bad input: exit 1, one ::error:: naming input, file and line, no stack, no report', () => {
    const cases: Array<[string, Record<string, string>, Record<string, string>, RegExp]> = [
      ['a missing phase file', { 'phase-file': 'docs/none.md' }, {}, /^phase-file: docs\/none.md: file not found$/],
      ['a bad gate', { gates: 'coverage: 80\nperf_p95_ms: "<=5%"' }, {}, /^gates: line 2: gate perf_p95_ms: a latency takes ms or s, not %$/],
      ['a bad gate in the phase file', { 'phase-file': 'p.md' }, { 'p.md': '---\ngates:\n  coverage: "=>>80"\n---\n' }, /^phase-file: p.md:3: gate coverage: cannot read/],
      ['a report path outside the workspace', { gates: 'coverage: 80', 'report-path': '../escape.json' }, {}, /^report-path: path escapes the workspace: ..\/escape.json$/],
      ['a glob outside the workspace', { gates: 'coverage: 80', 'coverage-files': '../../etc/*.info' }, {}, /^coverage-files: path escapes the workspace/],
      ['an absolute path elsewhere', { gates: 'coverage: 80', 'smoke-report': '/etc/passwd' }, {}, /^smoke-report: path escapes the workspace: \/etc\/passwd$/],
      ['a glob that matches nothing', { gates: 'coverage: 80', 'coverage-files': 'coverage/*.info' }, {}, /^coverage-files: no file matches "coverage\/\*.info"$/],
      ['an empty report', { gates: 'coverage: 80', 'coverage-files': 'empty.info' }, { 'empty.info': '' }, /^coverage-files: empty.info: empty report$/],
      ['a binary report', { gates: 'coverage: 80', 'coverage-files': 'bin.info' }, { 'bin.info': '\u0000\u0001\u0002ELF' }, /^coverage-files: bin.info: binary file, not a report$/],
      ['an unknown format', { gates: 'coverage: 80', 'coverage-files': 'notes.txt' }, { 'notes.txt': 'hello world\n' }, /^coverage-files: notes.txt: unknown report format \(expected one of: /],
      ['a bad boolean', { gates: 'coverage: 80', fail: 'yes please' }, {}, /^fail: not a boolean: "yes please" \(write true or false\)$/],
      ['no gates at all', {}, {}, /^gates: no gates to enforce/],
      ['a smoke report that is not one', { gates: 'smoke_passed: true', 'smoke-report': 's.json' }, { 's.json': '{"passed": true}' }, /^smoke-report: s.json: not a smoke report/],
      ['truncated JSON', { gates: 'smoke_passed: true', 'smoke-report': 's.json' }, { 's.json': '{"schema": "phase-gates/smoke-report@1",\n "passed": tr' }, /^smoke-report: s.json:2: truncated JSON/],
      ['a bad metrics mapping', { gates: 'deploy_status: success', metrics: 'deploy_status: [a, b]' }, {}, /^metrics: line 1: metric deploy_status: a number, true\/false or a word$/]
    ];
    it.each(cases)('%s', async (_label, inputs, files, message) => {
      const ws = makeWorkspace(files);
      const run = await runAction('gates-enforcer', { workspace: ws, inputs });
      expect(run.code).toBe(1);
      expect(run.errors).toHaveLength(1);
      expect(commandMessage(run.errors[0])).toMatch(message);
      expect(run.stdout + run.stderr).not.toMatch(/\n\s+at .+\(.*:\d+:\d+\)/);
      expect(existsSync(path.join(ws, 'gates-report.json'))).toBe(false);
      expect(readdirSync(ws).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    });

    it('a link that leads out of the workspace', async () => {
      const ws = makeWorkspace();
      symlinkSync('/etc', path.join(ws, 'outside'));
      const run = await runAction('gates-enforcer', { workspace: ws, inputs: { gates: 'coverage: 80', 'coverage-files': 'outside/*.conf' } });
      expect(run.code).toBe(1);
      expect(commandMessage(run.errors[0])).toMatch(/^coverage-files: path escapes the workspace/);
    });
  });

  it('keeps the last good report when a later run fails on bad input', async () => {
    const ws = makeWorkspace({ 'phase.md': SEED });
    const ok = await runAction('gates-enforcer', { workspace: ws, inputs: { gates: 'vulns_high: 0', metrics: 'vulns_high: 0' } });
    expect(ok.code).toBe(0);
    const before = readFileSync(path.join(ws, 'gates-report.json'), 'utf8');
    copyFileSync(path.join(ws, 'phase.md'), path.join(ws, 'phase2.md'));
    const bad = await runAction('gates-enforcer', { workspace: ws, inputs: { gates: 'vulns_high: "<=1%"' } });
    expect(bad.code).toBe(1);
    expect(readFileSync(path.join(ws, 'gates-report.json'), 'utf8')).toBe(before);
  });
});

describe('a gate on a metric nothing gives is refused, never silently skipped', () => {
  it('a typo in the gates input: the gate named, with "did you mean", nothing read', async () => {
    const run = await runAction('gates-enforcer', {
      workspace: makeWorkspace(),
      inputs: { gates: '{ coverge: ">=80%", vulns_critical: 0 }', 'coverage-files': 'missing/*.info', 'fail-on-missing': 'false' }
    });
    expect(run.code).toBe(1);
    expect(run.errors).toEqual(['::error::gates: line 1: gate coverge: unknown metric (did you mean `coverage`?)']);
    expect(run.outputs).toEqual({});
  });

  it('a typo in a phase document: file and line of the gate', async () => {
    const ws = makeWorkspace({ 'phase.md': SEED.replace('perf_p95_ms:', 'perf_p95ms:') });
    const line = SEED.split('\n').findIndex((l) => l.includes('perf_p95_ms')) + 1;
    const run = await runAction('gates-enforcer', { workspace: ws, inputs: { 'phase-file': 'phase.md', 'fail-on-missing': 'false' } });
    expect(run.code).toBe(1);
    expect(run.errors.map(commandMessage)).toEqual([`phase-file: phase.md:${line}: gate perf_p95ms: unknown metric (did you mean \`perf_p95_ms\`?)`]);
  });

  it('every unknown metric at once; a far-off name lists the known ones', async () => {
    const run = await runAction('gates-enforcer', { workspace: makeWorkspace(), inputs: { gates: 'coverge: ">=80%"\nbundle_kb: "<=300"' } });
    expect(run.code).toBe(1);
    expect(run.errors.map(commandMessage)).toEqual([
      'gates: line 1: gate coverge: unknown metric (did you mean `coverage`?)',
      expect.stringMatching(/^gates: line 2: gate bundle_kb: unknown metric \(known metrics: coverage_lines, .*; a metric of your own needs its value in the metrics input\)$/)
    ]);
  });

  it("a name JavaScript objects carry (constructor, toString) is no metric either", async () => {
    const run = await runAction('gates-enforcer', { workspace: makeWorkspace(), inputs: { gates: 'constructor: ">=1"', 'fail-on-missing': 'false' } });
    expect(run.code).toBe(1);
    expect(run.errors.map(commandMessage)).toEqual([expect.stringMatching(/^gates: line 1: gate constructor: unknown metric /)]);
  });

  it('a metric of your own is a metric once the metrics input gives it', async () => {
    const run = await runAction('gates-enforcer', { workspace: makeWorkspace(), inputs: { gates: 'bundle_kb: "<=300"', metrics: 'bundle_kb: 280' } });
    expect(run.errors).toEqual([]);
    expect(run.code).toBe(0);
  });
});

describe('a failed vulnerability gate names the findings behind it', () => {
  const fixture = (rel: string) => readFileSync(path.join(ROOT, 'test/fixtures/vulns', rel));

  it("Trivy's own golden report: id, package, installed and fixed version, severity and report, in the summary, the report and the error", async () => {
    const ws = makeWorkspace({ 'reports/trivy.json': fixture('trivy/npm.json.golden.json') });
    const run = await runAction('gates-enforcer', { workspace: ws, inputs: { gates: '{ vulns_medium: 0, vulns_critical: 0 }', 'vuln-files': 'reports/trivy.json' } });
    expect(run.code).toBe(1);
    expect(run.errors.map(commandMessage)).toContain('Gate vulns_medium failed: 1, required <= 0: CVE-2019-11358 in jquery 3.3.9 (fixed in 3.4.0)');
    expect(run.summary).toContain('### Findings behind `vulns_medium` (1)');
    expect(run.summary).toContain('| `CVE-2019-11358` | `jquery` | 3.3.9 | 3.4.0 | medium | reports/trivy.json |');
    const report = JSON.parse(readFileSync(path.join(ws, 'gates-report.json'), 'utf8'));
    expect(schemaErrors('gates-report', report)).toEqual([]);
    const medium = report.gates.find((g: { name: string }) => g.name === 'vulns_medium');
    expect(medium).toMatchObject({
      findingsTotal: 1,
      findings: [{ id: 'CVE-2019-11358', package: 'jquery', installed: '3.3.9', fixed: '3.4.0', severity: 'medium', source: 'reports/trivy.json' }]
    });
    // A passing gate lists nothing.
    expect(report.gates.find((g: { name: string }) => g.name === 'vulns_critical').findings).toBeUndefined();
  });

  it('several scanners: each finding once, from the report that had it, with the fix each tool states', async () => {
    const ws = makeWorkspace({
      'grype.json': fixture('grype/lockfile-dir.json'),
      'audit.json': fixture('npm-audit/npm7plus-vercel.json')
    });
    const run = await runAction('gates-enforcer', { workspace: ws, inputs: { gates: '{ vulns_high: 0, vulns_medium: 0 }', 'vuln-files': 'grype.json\naudit.json' } });
    expect(run.code).toBe(1);
    const report = JSON.parse(readFileSync(path.join(ws, 'gates-report.json'), 'utf8'));
    expect(schemaErrors('gates-report', report)).toEqual([]);
    const gate = (name: string) => report.gates.find((g: { name: string }) => g.name === name);
    expect(gate('vulns_high').findings).toEqual(
      expect.arrayContaining([expect.objectContaining({ package: 'lodash', installed: '4.17.15', fixed: '4.17.19', severity: 'high', source: 'grype.json' })])
    );
    expect(gate('vulns_high').findingsTotal).toBe(gate('vulns_high').actual);
    expect(gate('vulns_medium').findings).toEqual(expect.arrayContaining([expect.objectContaining({ package: 'semver', installed: '7.0.0 - 7.5.1', fixed: 'vercel@32.3.0', source: 'audit.json' })]));
    expect(gate('vulns_medium').findingsTotal).toBe(gate('vulns_medium').actual);
  });
});
