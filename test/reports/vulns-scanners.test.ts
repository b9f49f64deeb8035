import { readFileSync } from 'node:fs';
import { VulnAccumulator } from '../../src/core/reports/vulns/model.js';
import path from 'node:path';
import { loadReport } from '../../src/core/reports/load.js';
import { VULNS_FORMATS } from '../../src/core/reports/vulns/index.js';

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

/** Per-severity counts of a Trivy report, distinct by id, package and version, read straight from the JSON. */
function trivyFigures(file: string): Record<string, number> {
  const doc = JSON.parse(readFileSync(file, 'utf8')) as {
    Results: Array<{ Vulnerabilities?: Array<{ VulnerabilityID: string; PkgName: string; InstalledVersion: string; Severity: string }> }>;
  };
  const seen = new Map<string, string>();
  for (const r of doc.Results) for (const v of r.Vulnerabilities ?? []) seen.set(`${v.VulnerabilityID} ${v.PkgName} ${v.InstalledVersion}`, v.Severity);
  const c: Record<string, number> = { critical: 0, high: 0, medium: 0, low: 0 };
  for (const s of seen.values()) c[s.toLowerCase()]++;
  return c;
}

describe('trivy', () => {
  it("reads Trivy's own npm golden", async () => {
    const { acc, formats } = await load([fixture('trivy', 'npm.json.golden.json')]);
    expect(formats).toEqual(['trivy']);
    expect(acc.counts()).toEqual({ critical: 0, high: 0, medium: 1, low: 0 });
    expect(acc.all()[0]).toMatchObject({ id: 'CVE-2019-11358', package: 'jquery', version: '3.3.9' });
  });

  it('counts a finding reported for two targets once', async () => {
    const file = fixture('trivy', 'lockfile-fs.json');
    const { acc } = await load([file]);
    expect(acc.counts()).toEqual(trivyFigures(file));
    expect(acc.size).toBe(7);
  });
});

describe('grype', () => {
  it('reads matches by severity, naming language findings by their CVE', async () => {
    const { acc, formats } = await load([fixture('grype', 'lockfile-dir.json')]);
    expect(formats).toEqual(['grype']);
    expect(acc.counts()).toEqual({ critical: 1, high: 3, medium: 2, low: 1 });
    expect(acc.all().map((v) => v.id)).toContain('CVE-2021-44906');
  });
});

describe('trivy + grype', () => {
  it('counts the same CVE in the same package version once across both reports', async () => {
    const trivy = await load([fixture('trivy', 'lockfile-fs.json')]);
    const grype = await load([fixture('grype', 'lockfile-dir.json')]);
    const both = await load([fixture('trivy', 'lockfile-fs.json'), fixture('grype', 'lockfile-dir.json')]);
    expect(trivy.acc.size).toBe(7);
    expect(grype.acc.size).toBe(7);
    expect(both.formats).toEqual(['trivy', 'grype']);
    expect(both.acc.size).toBe(7);
    expect(both.acc.counts()).toEqual(trivy.acc.counts());
  });

  it('keeps the higher severity when the tools disagree', () => {
    const acc = new VulnAccumulator();
    acc.add({ id: 'CVE-1', package: 'p', version: '1', severity: 'medium' });
    acc.add({ id: 'CVE-1', package: 'p', version: '1', severity: 'high' });
    acc.add({ id: 'CVE-1', package: 'p', version: '1', severity: 'low' });
    expect(acc.counts()).toEqual({ critical: 0, high: 1, medium: 0, low: 0 });
  });
});

describe('osv-scanner', () => {
  it('rates groups by max_severity as osv-scanner does, hides uncalled groups, falls back to the database word', async () => {
    const { acc, formats } = await load([fixture('osv-scanner', 'lockfile.json')]);
    expect(formats).toEqual(['osv-scanner']);
    // lodash 7.4 and 7.2 → high, 5.3 → medium; minimist 5.6 → medium, 9.8 → critical;
    // node-fetch GHSA-w7rc has no score (osv-scanner: Unknown) → database LOW; GHSA-r683 is not called.
    expect(acc.counts()).toEqual({ critical: 1, high: 2, medium: 2, low: 1 });
    expect(acc.size).toBe(6);
    expect(acc.all().map((v) => v.id)).toEqual(
      expect.arrayContaining(['CVE-2020-8203', 'CVE-2021-44906', 'CVE-2020-15168'])
    );
  });

  it('counts the same CVE once with Trivy and Grype', async () => {
    const { acc } = await load([fixture('trivy', 'lockfile-fs.json'), fixture('osv-scanner', 'lockfile.json')]);
    expect(acc.size).toBe(7);
  });
});

describe('snyk', () => {
  it('counts one finding per id and package version, equal to Snyk uniqueCount', async () => {
    const file = fixture('snyk', 'single-project.json');
    const { acc, formats } = await load([file]);
    expect(formats).toEqual(['snyk']);
    const doc = JSON.parse(readFileSync(file, 'utf8')) as { uniqueCount: number; vulnerabilities: unknown[] };
    expect(doc.vulnerabilities.length).toBeGreaterThan(doc.uniqueCount);
    expect(acc.size).toBe(doc.uniqueCount);
    expect(acc.counts()).toEqual({ critical: 0, high: 2, medium: 4, low: 1 });
  });

  it('reads --all-projects arrays, prefers severityWithCritical and skips license issues', async () => {
    const { acc } = await load([fixture('snyk', 'all-projects.json')]);
    expect(acc.counts()).toEqual({ critical: 1, high: 2, medium: 4, low: 1 });
    expect(acc.all().some((v) => v.package === 'node-forge')).toBe(false);
  });
});
