import { readFileSync } from 'node:fs';
import path from 'node:path';
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

interface NpmMetadata {
  vulnerabilities: { info: number; low: number; moderate: number; high: number; critical: number };
}

/** npm's own per-severity figures, in our severity names (npm's `moderate` is our medium). */
function npmFigures(file: string): { critical: number; high: number; medium: number; low: number } {
  const m = (JSON.parse(readFileSync(file, 'utf8')) as { metadata: NpmMetadata }).metadata.vulnerabilities;
  return { critical: m.critical, high: m.high, medium: m.moderate, low: m.low };
}

describe('npm-audit: npm 7+ (auditReportVersion 2)', () => {
  it('counts one finding per vulnerable package, equal to npm metadata.vulnerabilities', async () => {
    const file = fixture('npm-audit', 'npm7plus-vercel.json');
    const { acc, formats } = await load([file]);
    expect(formats).toEqual(['npm-audit']);
    expect(acc.counts()).toEqual(npmFigures(file));
    // Entries vulnerable only through a dependency count too, as npm counts them.
    expect(acc.all().find((v) => v.package === 'vercel')?.id).toBe('via:@vercel/fun,@vercel/node');
    expect(acc.all().find((v) => v.package === 'debug')?.id).toBe('GHSA-gxpj-cx7g-858c');
  });
});

describe('npm-audit: npm 6 (advisories)', () => {
  it('counts one finding per advisory and installed version; npm 6 metadata counts paths', async () => {
    const file = fixture('npm-audit', 'npm6-some-vulns.json');
    const doc = JSON.parse(readFileSync(file, 'utf8')) as {
      advisories: Record<string, { severity: string; findings: Array<{ version: string; paths: string[] }> }>;
    };
    // npm 6's own figure is the number of paths per severity: check that reading of it first.
    const paths: Record<string, number> = {};
    for (const a of Object.values(doc.advisories)) {
      paths[a.severity] = (paths[a.severity] ?? 0) + a.findings.reduce((n, f) => n + f.paths.length, 0);
    }
    const npm = npmFigures(file);
    expect({ high: paths.high ?? 0, low: paths.low ?? 0 }).toEqual({ high: npm.high, low: npm.low });

    const { acc, formats } = await load([file]);
    expect(formats).toEqual(['npm-audit']);
    // 525 tough-cookie 2.3.2 and 550 ws 3.1.0 (high); 157 randomatic 1.1.7, 534 debug 2.6.0 and 2.6.8 (low).
    expect(acc.counts()).toEqual({ critical: 0, high: 2, medium: 0, low: 3 });
    expect(acc.all().map((v) => `${v.id} ${v.package}@${v.version}`)).toContain('CVE-2017-16137 debug@2.6.8');
  });
});
