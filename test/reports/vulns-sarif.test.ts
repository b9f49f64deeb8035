import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { UserError } from '../../src/core/errors.js';
import { SARIF_LEVEL_SEVERITY } from '../../src/core/reports/vulns/sarif.js';
import { loadReport } from '../../src/core/reports/load.js';
import { VULNS_FORMATS } from '../../src/core/reports/vulns/index.js';
import { VulnAccumulator } from '../../src/core/reports/vulns/model.js';

// Loads fixtures through the real detection and parse path, as gates-enforcer does for `vuln-files`.
/** test/fixtures/vulns, from the repo root that jest runs in. */
const FIXTURES = path.join(process.cwd(), 'test', 'fixtures', 'vulns');

function fixture(...parts: string[]): string {
  return path.join(FIXTURES, ...parts);
}

/** Reads files into one accumulator, as gates-enforcer does for `vuln-files`; returns the formats. */
async function load(files: string[], acc = new VulnAccumulator()): Promise<{ acc: VulnAccumulator; formats: string[] }> {
  const formats: string[] = [];
  for (const file of files) {
    formats.push(await loadReport(file, path.relative(process.cwd(), file).split(path.sep).join('/'), 'vuln-files', VULNS_FORMATS, acc));
  }
  return { acc, formats };
}

const ESLINT = path.join(process.cwd(), 'node_modules', '.bin', 'eslint');
const CONFIG = fixture('eslint', 'eslint.config.js');
const SRC = fixture('eslint', 'src');

interface EslintFileResult {
  errorCount: number;
  warningCount: number;
}

function eslint(format: string, out: string): void {
  const run = spawnSync(ESLINT, ['--no-warn-ignored', '-c', CONFIG, '-f', format, '-o', out, SRC], { cwd: process.cwd(), encoding: 'utf8' });
  // ESLint exits 1 when it found errors, 2 when it could not run.
  if (run.status !== 0 && run.status !== 1) throw new Error(`eslint failed (${run.status}): ${run.stderr}`);
}

describe('sarif: ESLint SARIF formatter (level mapping, no security-severity)', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'pg-eslint-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('counts ESLint errors as high and warnings as medium, as ESLint itself counts them', async () => {
    const sarifFile = path.join(dir, 'eslint.sarif');
    const jsonFile = path.join(dir, 'eslint.json');
    eslint('@microsoft/eslint-formatter-sarif', sarifFile);
    eslint('json', jsonFile);

    const results = JSON.parse(readFileSync(jsonFile, 'utf8')) as EslintFileResult[];
    const errors = results.reduce((n, r) => n + r.errorCount, 0);
    const warnings = results.reduce((n, r) => n + r.warningCount, 0);
    expect(errors).toBeGreaterThan(0);
    expect(warnings).toBeGreaterThan(0);

    const { acc, formats } = await load([sarifFile]);
    expect(formats).toEqual(['sarif']);
    expect(acc.counts()).toEqual({ critical: 0, high: errors, medium: warnings, low: 0 });
    expect(acc.size).toBe(errors + warnings);
  });
});

describe('sarif: CodeQL-shaped log with security-severity', () => {
  it('maps rule security-severity as GitHub does and skips suppressed, absent and zero-score results', async () => {
    const { acc, formats } = await load([fixture('sarif', 'codeql-js.sarif')]);
    expect(formats).toEqual(['sarif']);
    // code-injection 9.3 → critical; sql-injection 8.8 on two lines, missing-rate-limiting 7.5 and
    // incomplete-sanitization 7.8 (file named through artifacts[].index) → high; stack-trace-exposure
    // 5.4, its suppression only under review → medium; unused-local-variable, no score, rule level
    // note → low. clear-text-logging (accepted suppression) and insecure-randomness (baselineState
    // absent) are skipped; weak-cryptographic-algorithm scores 0.0 and counts in no severity.
    expect(acc.counts()).toEqual({ critical: 1, high: 4, medium: 1, low: 1 });
    expect(acc.size).toBe(8);
    const ids = acc.all().map((v) => `${v.id}@${v.package}:${v.version}`);
    expect(ids).toContain('js/incomplete-sanitization@src/util.js:8');
    expect(ids).not.toContain('js/clear-text-logging@src/server.js:52');
  });

  it('falls back from result level to rule default to warning', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'pg-sarif-'));
    try {
      const file = path.join(dir, 'levels.sarif');
      const rules = [
        { id: 'r-error', defaultConfiguration: { level: 'error' } },
        { id: 'r-note', defaultConfiguration: { level: 'note' } },
        { id: 'r-none' }
      ];
      const at = (line: number) => [{ physicalLocation: { artifactLocation: { uri: 'a.js' }, region: { startLine: line } } }];
      const results = [
        { ruleId: 'r-error', locations: at(1) }, // rule default error → high
        { ruleId: 'r-note', locations: at(2) }, // rule default note → low
        { ruleId: 'r-note', level: 'error', locations: at(3) }, // result level wins → high
        { ruleId: 'r-none', locations: at(4) }, // nothing → warning → medium
        { ruleId: 'r-none', level: 'none', locations: at(5) }, // none → not counted
        { ruleId: 'r-error', kind: 'pass', locations: at(6) } // not a failure → skipped
      ];
      writeFileSync(file, JSON.stringify({ version: '2.1.0', runs: [{ tool: { driver: { name: 'x', rules } }, results }] }));
      const { acc } = await load([file]);
      expect(acc.counts()).toEqual({ critical: 0, high: 2, medium: 1, low: 1 });
      expect(acc.size).toBe(5);
      expect(SARIF_LEVEL_SEVERITY).toEqual({ error: 'high', warning: 'medium', note: 'low', none: null });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses a SARIF version other than 2.1.0 with a hint, naming the file', async () => {
    const err = await load([fixture('sarif', 'codeql-js-v2.0.0.sarif')]).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UserError);
    const u = err as UserError;
    expect(u.message).toMatch(/SARIF version "2\.0\.0" is not supported/);
    expect(u.file).toBe('test/fixtures/vulns/sarif/codeql-js-v2.0.0.sarif');
    expect(u.hint).toMatch(/2\.1\.0/);
  });
});
