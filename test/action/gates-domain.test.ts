/**
 * Figures out of their domain (issue 14, point 1), through the bundled gates-enforcer as the runner
 * runs it: inputs of a few bytes that used to allocate gigabytes (`cb="100000000"`), overflow to
 * Infinity (`1e309`) or turn a malformed number into a passing verdict (`"covered": -99`,
 * `vulns_critical: -5`). Each is refused with one `::error::` naming the input, file and line, or
 * read with the right figure, under 10 s and 300 MB (limits against hangs, not speed: bench/ measures
 * that).
 */
import { runAction, makeWorkspace, commandMessage } from '../support/action.js';

const LIMIT_MS = 10_000;
const LIMIT_MB = 300;

async function run(files: Record<string, string>, inputs: Record<string, string>) {
  const r = await runAction('gates-enforcer', { workspace: makeWorkspace(files), inputs, measure: true, timeoutMs: 60_000 });
  expect(r.stdout + r.stderr).not.toMatch(/internal error|\n\s+at .+:\d+:\d+\)?\n/);
  expect(r.ms).toBeLessThan(LIMIT_MS);
  expect(r.maxRssMb!).toBeLessThan(LIMIT_MB);
  return r;
}

async function refuse(files: Record<string, string>, inputs: Record<string, string>, message: RegExp) {
  const r = await run(files, inputs);
  expect(r.code).toBe(1);
  expect(r.errors.map(commandMessage)).toEqual([expect.stringMatching(message)]);
}

const jacoco = (line: string) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<report name="x"><package name="p"><sourcefile name="A.java">\n${line}\n</sourcefile></package></report>\n`;
const clover = (line: string) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<coverage generated="1" clover="3.2.0"><project timestamp="1"><file name="a.js" path="/a.js">\n${line}\n</file></project></coverage>\n`;
const istanbulSummary = (functions: string) =>
  `{"total":{"lines":{"total":10,"covered":5,"skipped":0,"pct":50}},\n"src/a.js":{"lines":{"total":10,"covered":5,"skipped":0,"pct":50},"functions":${functions}}}\n`;

describe('counts that would allocate per unit are refused at their line, or kept as numbers', () => {
  it('JaCoCo: cb="100000000" on one line (was 9.6 s and 4 GB, then read as 100 % branches)', async () => {
    await refuse({ 'jacoco.xml': jacoco('<line nr="1" mi="0" ci="3" mb="0" cb="100000000"/>') }, { gates: 'coverage_branches: ">=50%"', 'coverage-files': 'jacoco.xml' }, /^coverage-files: jacoco\.xml:3: branches of line 1 \(mb \+ cb\) 100000000 is more than/);
  });

  it('JaCoCo: cb="1e20" is not a count (was 11.7 GB)', async () => {
    await refuse({ 'jacoco.xml': jacoco('<line nr="1" mi="0" ci="3" mb="0" cb="1e20"/>') }, { gates: 'coverage: 10', 'coverage-files': 'jacoco.xml' }, /^coverage-files: jacoco\.xml:3: cb "1e20" is not a count/);
  });

  it("JaCoCo: a real line's branches still count (3 of 4 covered, as JaCoCo's BRANCH counter says)", async () => {
    const r = await run({ 'jacoco.xml': jacoco('<line nr="7" mi="0" ci="5" mb="1" cb="3"/>') }, { gates: 'coverage_branches: ">=75%"', 'coverage-files': 'jacoco.xml' });
    expect(r.code).toBe(0);
    expect(r.summary).toContain('75% <sub>3/4 branches');
  });

  it("Clover (Istanbul's): truecount=\"100000000\" (was 6 GB)", async () => {
    await refuse({ 'clover.xml': clover('<line num="1" count="1" type="cond" truecount="100000000" falsecount="1"/>') }, { gates: 'coverage: 10', 'coverage-files': 'clover.xml' }, /^coverage-files: clover\.xml:3: branches of line 1 \(truecount \+ falsecount\) 100000001 is more than/);
  });

  it('Go: a block spanning lines 5 to 99,999,999 is kept as one range (was 2.4 GB)', async () => {
    const r = await run({ 'cover.out': 'mode: set\nexample.com/a/a.go:5.29,99999999.11 1 1\nexample.com/a/a.go:7.2,9.3 1 0\n' }, { gates: 'coverage: 10', 'coverage-files': 'cover.out' });
    expect(r.code).toBe(0);
    // Lines 5 to 99,999,999, each once, covered by the first block (the second lies inside it).
    expect(r.summary).toContain('99999995/99999995 lines');
  });

  it('Go: a line number above 10^8 is out of range', async () => {
    await refuse({ 'cover.out': 'mode: set\nexample.com/a/a.go:5.29,199999999.11 1 1\n' }, { gates: 'coverage: 10', 'coverage-files': 'cover.out' }, /^coverage-files: cover\.out:2: end line 199999999 is out of range/);
  });

  it('Go: a statement count of 4294967296 (was 2 GB, or "Map maximum size exceeded")', async () => {
    await refuse({ 'cover.out': 'mode: set\nexample.com/a/a.go:5.29,7.11 4294967296 1\n' }, { gates: 'coverage_statements: 10', 'coverage-files': 'cover.out' }, /^coverage-files: cover\.out:2: statement count of one block 4294967296 is more than/);
  });

  it('Go: statements weighted by numStmt without one entry per statement (7 of 10, as go tool cover -func)', async () => {
    const r = await run({ 'cover.out': 'mode: count\nexample.com/a/a.go:3.10,5.2 7 2\nexample.com/a/a.go:6.10,8.2 3 0\n' }, { gates: 'coverage_statements: ">=70%"', 'coverage-files': 'cover.out' });
    expect(r.code).toBe(0);
    expect(r.summary).toContain('70% <sub>7/10 statements');
  });

  it('LCOV: a line number above 10^8, and a count beyond 2^53', async () => {
    await refuse({ 'a.info': 'SF:a.c\nDA:1,1\nDA:100000001,1\nend_of_record\n' }, { gates: 'coverage: 10', 'coverage-files': 'a.info' }, /^coverage-files: a\.info:3: line number 100000001 is out of range/);
    await refuse({ 'a.info': 'SF:a.c\nDA:1,99999999999999999999\nend_of_record\n' }, { gates: 'coverage: 10', 'coverage-files': 'a.info' }, /^coverage-files: a\.info:2: not an LCOV record/);
  });
});

describe('numbers out of range are refused, not turned into Infinity or a passing verdict', () => {
  it('Istanbul summary: "covered": -99 (was functions −4950 %)', async () => {
    await refuse({ 'coverage-summary.json': istanbulSummary('{"total":2,"covered":-99,"skipped":0,"pct":-4950}') }, { gates: 'coverage_functions: 10', 'coverage-files': 'coverage-summary.json' }, /^coverage-files: coverage-summary\.json: functions of "src\/a\.js" covered -99 is not a count/);
  });

  it('Istanbul summary: covered above total', async () => {
    await refuse({ 'coverage-summary.json': istanbulSummary('{"total":2,"covered":3,"skipped":0,"pct":150}') }, { gates: 'coverage_functions: 10', 'coverage-files': 'coverage-summary.json' }, /^coverage-files: coverage-summary\.json: functions of "src\/a\.js": covered 3 is above its total 2$/);
  });

  it('a latency sample of 1.7976931348623157e308 (was an internal error: report does not match its schema)', async () => {
    await refuse({ 'latency.txt': '5\n1.7976931348623157e308\n7\n' }, { gates: 'perf_p95_ms: 500', 'perf-files': 'latency.txt' }, /^perf-files: latency\.txt:2: latency sample 1\.7976931348623157e\+308 ms is out of range/);
  });

  it('phase: 1e309 in the phase document, at its line', async () => {
    await refuse({ 'phase.md': '---\ntitle: x\nphase: 1e309\ngates: { vulns_critical: 0 }\n---\n' }, { 'phase-file': 'phase.md' }, /^phase-file: phase\.md:3: phase: Infinity is not a phase number/);
  });

  it('a threshold of 1.79e308', async () => {
    await refuse({}, { gates: 'perf_p95_ms: "<=1.79e308"' }, /^gates: .*gate perf_p95_ms: <=1\.79e308 is not a latency from 0 to 10\^9 ms/);
    await refuse({}, { gates: 'my_metric: ">=1.79e308"' }, /^gates: .*gate my_metric: >=1\.79e308 is out of range/);
  });

  it('metrics: vulns_critical 1e999 and -5 (the second used to pass vulns_critical: 0)', async () => {
    await refuse({}, { gates: 'vulns_critical: 0', metrics: 'vulns_critical: 1e999' }, /^metrics: line 1: metric vulns_critical: Infinity is not a finite number/);
    await refuse({}, { gates: 'vulns_critical: 0', metrics: 'vulns_critical: -5' }, /^metrics: line 1: metric vulns_critical: -5 is not a count/);
    await refuse({}, { gates: 'smoke_error_rate: 1', metrics: 'smoke_error_rate: 250' }, /^metrics: line 1: metric smoke_error_rate: 250 is not a percentage/);
  });

  it('a SARIF security-severity of 57 is not a CVSS score', async () => {
    const sarif = JSON.stringify({
      version: '2.1.0',
      runs: [{ tool: { driver: { name: 't', rules: [{ id: 'R1', properties: { 'security-severity': '57' } }] } }, results: [{ ruleId: 'R1', message: { text: 'x' }, level: 'error' }] }]
    });
    await refuse({ 'r.sarif': sarif }, { gates: 'vulns_critical: 0', 'vuln-files': 'r.sarif' }, /^vuln-files: r\.sarif: severity score 57 is not a CVSS score/);
  });
});
