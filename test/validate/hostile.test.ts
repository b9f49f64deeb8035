/**
 * Hostile workflows through the bundled action (issue 14, point 2): a file past a bound of
 * src/core/yaml-bounds.ts is one finding at the line where it crossed it; a workflow of thousands
 * of jobs is analysed in time linear in its size; and whatever a file holds, the annotations, log,
 * summary, outputs and SARIF are bounded (100 findings a file, 1,000 a run, with one line for the
 * rest), while the counts stay the true totals. Every run must end within the issue's promise, 10 s
 * (the 5,000-job workflow takes about 2 to 3 s on a loaded two-core machine; each refusal under 1 s).
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { runAction, makeWorkspace, type ActionRun } from '../support/action.js';
import { sarifErrors } from './sarif.js';

const LIMIT_MB = 300;
/** Size of everything a run leaves: GITHUB_OUTPUT, the summary, the log and the SARIF file. */
const OUTPUT_LIMIT = 1024 * 1024;

/** A workflow of `n` jobs, each needing the one before and using its output, on one line each. */
/**
 * The config that lets these files say `runs-on: x` (a self-hosted label of ours): a real label
 * would take 5,000 or 8,000 jobs past the 512,000 bytes these tests stay under.
 */
const SHORT_LABELS = { '.github/phase-gates.yml': 'runners: { self-hosted: [x] }\n' };

function manyJobs(n: number): string {
  const lines = ['on: push', 'jobs:'];
  for (let i = 0; i < n; i++) {
    const needs = i ? `needs: j${i - 1}, ` : '';
    const run = i ? `"\${{ needs.j${i - 1}.outputs.x }}"` : 'a';
    lines.push(`  j${i}: {runs-on: x, outputs: {x: a}, ${needs}steps: [{run: ${run}}]}`);
  }
  return lines.join('\n') + '\n';
}

async function validate(files: Record<string, string>, limitMs: number): Promise<ActionRun & { report: Record<string, unknown>; sarif: { runs: { results: unknown[]; invocations?: unknown[] }[] }; annotations: string[] }> {
  const ws = makeWorkspace(files);
  const run = await runAction('workflows-validation', { workspace: ws, measure: true, timeoutMs: 120_000, inputs: { paths: '.github/workflows/*.yml' } });
  expect(run.stdout + run.stderr).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n|internal error/);
  expect(run.ms).toBeLessThan(limitMs);
  expect(run.maxRssMb).toBeDefined();
  expect(run.maxRssMb!).toBeLessThan(LIMIT_MB);
  const sarifFile = path.join(ws, 'workflows-validation.sarif');
  const written = JSON.stringify(run.outputs).length + run.summary.length + run.stdout.length + statSync(sarifFile).size;
  expect(written).toBeLessThan(OUTPUT_LIMIT);
  // Annotations of findings (and of the findings not shown), not the run's closing `::error::` line.
  const annotations = run.stdout.split('\n').filter((l) => /^::(error|warning|notice) /.test(l));
  return { ...run, report: JSON.parse(run.outputs.report), sarif: JSON.parse(readFileSync(sarifFile, 'utf8')), annotations };
}

type ReportFinding = { rule: string; line: number; message: string };

describe('hostile workflows (bundled workflows-validation)', () => {
  it('5,000 jobs, each needing the one before and reading its output: analysed, 100 findings shown, true counts', async () => {
    const text = manyJobs(5000);
    expect(Buffer.byteLength(text)).toBeLessThan(512_000);
    const run = await validate({ '.github/workflows/many.yml': text, ...SHORT_LABELS }, 10_000);
    expect(run.code).toBe(0);
    // No job needs an unknown job or reads an output it may not: the only finding is PG202 (no permissions:) on every job.
    expect(run.outputs).toMatchObject({ valid: 'true', 'error-count': '0', 'warning-count': '5000' });
    expect(run.report).toMatchObject({ errorCount: 0, warningCount: 5000, findingCount: 5000, omitted: [{ file: '.github/workflows/many.yml', count: 4900 }] });
    const findings = run.report.findings as ReportFinding[];
    expect(findings).toHaveLength(100);
    expect(new Set(findings.map((f) => f.rule))).toEqual(new Set(['PG202']));
    expect(sarifErrors(run.sarif)).toEqual([]);
    expect(run.sarif.runs[0].results).toHaveLength(100);
    expect(JSON.stringify(run.sarif.runs[0].invocations)).toContain('4,900 more findings not shown');
    expect(run.annotations).toHaveLength(101);
    expect(run.annotations[100]).toMatch(/^::notice .*::\.github\/workflows\/many\.yml: 4,900 more findings not shown/);
    expect(run.summary).toContain('4,900 more findings not shown');
  });

  it('a cycle through 8,000 jobs: one finding, its path shortened', async () => {
    const lines = ['on: push', 'permissions: {}', 'jobs:'];
    for (let i = 0; i < 8000; i++) lines.push(`  j${i}: {runs-on: x, needs: j${(i + 7999) % 8000}, steps: [{run: a}]}`);
    const run = await validate({ '.github/workflows/cycle.yml': lines.join('\n') + '\n', ...SHORT_LABELS }, 10_000);
    expect(run.code).toBe(1);
    expect((run.report.findings as ReportFinding[]).map((f) => `${f.rule} ${f.message}`)).toEqual([
      'PG111 jobs form a dependency cycle: j0 -> j7999 -> j7998 -> j7997 -> j7996 -> j7995 -> j7994 -> j7993 -> j7992 -> j7991 -> … -> j1 -> j0 (8000 jobs)'
    ]);
  });

  it('50,000 jobs: past GitHub\'s 500 KB, one finding at the line where the limit is crossed', async () => {
    const text = manyJobs(50_000);
    const run = await validate({ '.github/workflows/many.yml': text }, 10_000);
    expect(run.code).toBe(1);
    const line = text.slice(0, 512_000).split('\n').length;
    expect((run.report.findings as ReportFinding[]).map((f) => `${f.line} ${f.rule} ${f.message}`)).toEqual([
      `${line} PG100 a workflow of ${Buffer.byteLength(text).toLocaleString('en-US')} bytes is larger than the limit of 512,000 bytes (GitHub runs no workflow file over 500 KB); not parsed`
    ]);
    expect(run.annotations).toHaveLength(1);
  });

  it('12,000 jobs within 500 KB: one finding at jobs: (GitHub\'s converter is quadratic in the jobs)', async () => {
    const lines = ['on: push', 'permissions: {}', 'jobs:'];
    for (let i = 0; i < 12_000; i++) lines.push(`  j${i}: {runs-on: x${i ? `, needs: j${i - 1}` : ''}}`);
    const run = await validate({ '.github/workflows/min.yml': lines.join('\n') + '\n' }, 10_000);
    expect((run.report.findings as ReportFinding[]).map((f) => `${f.line} ${f.rule} ${f.message}`)).toEqual(['3 PG100 a workflow of 12,000 jobs is more than the 10,000 analysed; not analysed']);
  });

  it('1 MB of nested flow collections: one finding (size); within the size, one finding at the 64th level', async () => {
    const huge = await validate({ '.github/workflows/deep.yml': 'on: push\njobs: ' + '['.repeat(1024 * 1024) + '\n' }, 10_000);
    expect(huge.code).toBe(1);
    expect((huge.report.findings as ReportFinding[]).map((f) => `${f.line} ${f.rule} ${f.message}`)).toEqual([
      '2 PG100 a workflow of 1,048,592 bytes is larger than the limit of 512,000 bytes (GitHub runs no workflow file over 500 KB); not parsed'
    ]);
    const deep = await validate({ '.github/workflows/deep.yml': 'on: push\njobs:\n' + '  [\n'.repeat(100_000) }, 10_000);
    expect((deep.report.findings as ReportFinding[]).map((f) => `${f.line} ${f.rule} ${f.message}`)).toEqual(['65 PG100 a workflow nested deeper than 64 levels; not parsed']);
    expect(deep.annotations).toHaveLength(1);
  });

  it('a workflow of 300,000 tiny nodes: one finding (node count), not a parse', async () => {
    const run = await validate({ '.github/workflows/steps.yml': 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps: [' + '[],'.repeat(150_000) + ']\n' }, 10_000);
    expect((run.report.findings as ReportFinding[]).map((f) => `${f.line} ${f.rule} ${f.message}`)).toEqual(['5 PG100 a workflow of more than 100,000 YAML nodes; not parsed']);
  });

  it('GitHub\'s parser with a message for each of 40,000 steps: its first 1,000 kept and one line for the rest; 100 shown', async () => {
    const text = `on: push\npermissions: {}\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps: [${'[],'.repeat(40_000)}]\n`;
    const run = await validate({ '.github/workflows/flat.yml': text, '.github/workflows/fine.yml': 'on: push\npermissions: {}\njobs:\n  a: {runs-on: ubuntu-latest, steps: [{run: a}]}\n' }, 10_000);
    expect(run.code).toBe(1);
    expect(run.report).toMatchObject({ errorCount: 1001, findingCount: 1001, omitted: [{ file: '.github/workflows/flat.yml', count: 901 }] });
    const findings = run.report.findings as (ReportFinding & { file: string })[];
    expect(findings).toHaveLength(100);
    expect(findings[0].message).toMatch(/^\d{2},\d{3} more messages of GitHub's parser in this file, not listed \(the first 1,000 are\)$/);
    expect(run.annotations).toHaveLength(101);
  });
});
