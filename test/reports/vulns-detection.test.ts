import { readFileSync } from 'node:fs';
import { UserError } from '../../src/core/errors.js';
import { VULNS_FORMATS } from '../../src/core/reports/vulns/index.js';
import path from 'node:path';
import { loadReport } from '../../src/core/reports/load.js';
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

const CASES: Array<[string, string]> = [
  ['sarif/codeql-js.sarif', 'sarif'],
  ['trivy/npm.json.golden.json', 'trivy'],
  ['trivy/lockfile-fs.json', 'trivy'],
  ['grype/lockfile-dir.json', 'grype'],
  ['npm-audit/npm7plus-vercel.json', 'npm-audit'],
  ['npm-audit/npm6-some-vulns.json', 'npm-audit'],
  ['osv-scanner/lockfile.json', 'osv-scanner'],
  ['snyk/single-project.json', 'snyk'],
  ['snyk/all-projects.json', 'snyk']
];

describe('vulns detection', () => {
  it.each(CASES)('%s is recognised by %s alone', (file, id) => {
    const head = readFileSync(fixture(...file.split('/')), 'utf8');
    expect(VULNS_FORMATS.filter((f) => f.detect(head)).map((f) => f.id)).toEqual([id]);
  });

  it('lists every module with a kebab-case id and a description', () => {
    for (const f of VULNS_FORMATS) {
      expect(f.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(f.kind).toBe('vulns');
      expect(f.description.length).toBeGreaterThan(20);
    }
  });

  it('rejects a JSON file that is no known report, naming the file and the formats', async () => {
    const err = (await load([fixture('malformed', 'unknown.json')]).catch((e: unknown) => e)) as UserError;
    expect(err).toBeInstanceOf(UserError);
    expect(err.message).toBe('unknown report format');
    expect(err.file).toBe('test/fixtures/vulns/malformed/unknown.json');
    expect(err.hint).toContain('sarif, trivy, grype, npm-audit, osv-scanner, snyk');
  });

  it('reports a truncated file as truncated JSON with file and line', async () => {
    const file = fixture('malformed', 'trivy-truncated.json');
    const err = (await load([file]).catch((e: unknown) => e)) as UserError;
    expect(err).toBeInstanceOf(UserError);
    expect(err.message).toMatch(/^truncated JSON \(the file ends inside a value\)$/);
    expect(err.file).toBe('test/fixtures/vulns/malformed/trivy-truncated.json');
    // The file ends inside a string on its last line.
    expect(err.line).toBe(readFileSync(file, 'utf8').split('\n').length);
    expect(err.render()).toMatch(/^vuln-files: test\/fixtures\/vulns\/malformed\/trivy-truncated\.json:\d+: truncated JSON/);
  });

  it('reports a missing comma at the line where JSON.parse stops', async () => {
    const err = (await load([fixture('malformed', 'grype-missing-comma.json')]).catch((e: unknown) => e)) as UserError;
    expect(err).toBeInstanceOf(UserError);
    // Line 12 lacks its comma; the parser stops at the next property, on line 13.
    expect(err.line).toBe(13);
  });
});
