/**
 * Which findings are new against a base report (`vulns_new_*`): findingKey, VulnAccumulator.keys and
 * newFindings on real reports read through the real detection and parse path.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { loadReport } from '../../src/core/reports/load.js';
import { VULNS_FORMATS } from '../../src/core/reports/vulns/index.js';
import { findingKey, newFindings, severityCounts, VulnAccumulator, type Vulnerability } from '../../src/core/reports/vulns/model.js';

const ROOT = process.cwd();
const VULNS = path.join(ROOT, 'test', 'fixtures', 'vulns');
const CORPUS = path.join(ROOT, 'test', 'fixtures', 'reports-corpus');

/** One report read into its own accumulator, as gates-enforcer reads a `vuln-files` report. */
async function report(file: string): Promise<VulnAccumulator> {
  const acc = new VulnAccumulator();
  await loadReport(file, path.relative(ROOT, file).split(path.sep).join('/'), 'vuln-files', VULNS_FORMATS, acc);
  return acc;
}

/** The new findings of `head` against `base`, each as `id package`. */
async function fresh(base: string, head: string): Promise<Vulnerability[]> {
  return newFindings((await report(head)).all(), (await report(base)).keys());
}

const named = (vs: Vulnerability[]): string[] => vs.map((v) => `${v.id} ${v.package}`);

/** Every report file the vulns parsers read without refusing it (malformed/ holds refused ones). */
function realReports(): string[] {
  const files: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const file = path.join(dir, name);
      if (statSync(file).isDirectory()) walk(file);
      else if (/\.(json|sarif)$/.test(name)) files.push(file);
    }
  };
  for (const dir of ['trivy', 'grype', 'osv-scanner', 'npm-audit', 'snyk']) walk(path.join(VULNS, dir));
  walk(path.join(VULNS, 'sarif'));
  for (const dir of ['trivy', 'trivy-k8s', 'grype', 'osv-scanner']) walk(path.join(CORPUS, dir));
  return files.filter((f) => !f.endsWith('codeql-js-v2.0.0.sarif')); // SARIF 2.0.0: refused on purpose
}

describe('newFindings: a report against itself and against nothing', () => {
  const files = realReports();

  it('reads the real reports of every format', () => {
    expect(files.length).toBeGreaterThanOrEqual(25);
  });

  it.each(files.map((f) => [path.relative(ROOT, f)]))('%s: nothing new against itself, everything new against nothing', async (shown) => {
    const acc = await report(path.join(ROOT, shown));
    expect(newFindings(acc.all(), acc.keys())).toEqual([]);
    // Read twice (another run of the same scan): the keys do not depend on anything but the report.
    expect(newFindings(acc.all(), (await report(path.join(ROOT, shown))).keys())).toEqual([]);
    const all = newFindings(acc.all(), []);
    expect(all).toEqual(acc.all());
    expect(acc.keys()).toHaveLength(acc.size);
    // New findings against nothing count exactly as the report's own vulns_* figures.
    expect(severityCounts(all)).toEqual(acc.counts());
  });
});

describe('location: where each format places a finding, as the report writes it', () => {
  // Each value read by hand from the file named (see the fixtures' READMEs).
  it.each([
    ['vulns/trivy/npm.json.golden.json', 'CVE-2019-11358 jquery', 'package-lock.json'],
    ['vulns/grype/lockfile-dir.json', 'CVE-2020-8203 lodash', '/package-lock.json'],
    ['vulns/osv-scanner/diff/test-vuln-results-a.json', 'CVE-2022-24713 regex', '/path/to/scorecard-check-osv-e2e/sub-rust-project/Cargo.lock'],
    ['vulns/npm-audit/npm7plus-vercel.json', 'GHSA-gxpj-cx7g-858c debug', 'node_modules/@vercel/fun/node_modules/debug'],
    // npm 6: every dependency path of the version, the first five shown.
    [
      'vulns/npm-audit/npm6-some-vulns.json',
      'CVE-2017-16028 randomatic',
      'tap>nyc>micromatch>braces>expand-range>fill-range>randomatic, tap>nyc>test-exclude>micromatch>braces>expand-range>fill-range>randomatic, ' +
        '@npm/spife>chokidar>anymatch>micromatch>braces>expand-range>fill-range>randomatic'
    ],
    ['vulns/snyk/single-project.json', 'npm:connect:20120107 connect', 'package-lock.json'],
    ['vulns/sarif/codeql-js.sarif', 'js/incomplete-sanitization src/util.js', 'src/util.js']
  ])('%s: %s at %s', async (file, finding, location) => {
    const acc = await report(path.join(ROOT, 'test', 'fixtures', file));
    const found = acc.all().filter((v) => `${v.id} ${v.package}` === finding);
    expect(found.map((v) => v.location)).toEqual([location]);
  });
});

describe('trivy: two versions of one image (Trivy integration goldens alpine-39 and alpine-310)', () => {
  const alpine39 = path.join(CORPUS, 'trivy', 'alpine-39.json');
  const alpine310 = path.join(CORPUS, 'trivy', 'alpine-310.json');

  // Checked by hand with
  //   jq -r '.Results[] | .Target as $t | .Vulnerabilities[] | [$t, .VulnerabilityID, .PkgName, .InstalledVersion, .Severity] | @tsv'
  // on both files. alpine 3.9.4: CVE-2019-1549 and CVE-2019-1551 in libcrypto1.1 and libssl1.1
  // 1.1.1b-r1 (MEDIUM), CVE-2019-14697 in musl and musl-utils 1.1.20-r4 (CRITICAL). alpine 3.10.2:
  // the same two CVEs in libcrypto1.1 and libssl1.1, now 1.1.1c-r0; musl is no longer affected.
  // The Target differs too: "….tar.gz (alpine 3.9.4)" against "….tar.gz (alpine 3.10.2)".
  it('upgrading 3.9 to 3.10 brings nothing new: openssl moved to 1.1.1c with the same two advisories open', async () => {
    const head = await report(alpine310);
    expect(head.all().map((v) => v.version)).toEqual(['1.1.1c-r0', '1.1.1c-r0', '1.1.1c-r0', '1.1.1c-r0']);
    expect(head.all()[0].location).toBe('testdata/fixtures/images/alpine-310.tar.gz (alpine 3.10.2)');
    expect(await fresh(alpine39, alpine310)).toEqual([]);
  });

  it('going back from 3.10 to 3.9 brings the two musl findings back, both critical', async () => {
    const found = await fresh(alpine310, alpine39);
    expect(named(found)).toEqual(['CVE-2019-14697 musl', 'CVE-2019-14697 musl-utils']);
    expect(severityCounts(found)).toEqual({ critical: 2, high: 0, medium: 0, low: 0 });
    expect(found.map((v) => v.location)).toEqual([
      'testdata/fixtures/images/alpine-39.tar.gz (alpine 3.9.4)',
      'testdata/fixtures/images/alpine-39.tar.gz (alpine 3.9.4)'
    ]);
  });
});

describe("osv-scanner: the result pairs osv-scanner's own PR diff (osv-reporter) is tested on", () => {
  const osv = (name: string): string => path.join(VULNS, 'osv-scanner', 'diff', `test-vuln-results-${name}.json`);

  // Checked by hand: a lists gogo/protobuf 1.3.1 (GO-2021-0053, aliases CVE-2021-3121 and
  // GHSA-c3h9-896r-86jm) in go.mod and regex 1.5.1 (GHSA-m5pq-gvj9-9vr8 = RUSTSEC-2022-0013 =
  // CVE-2022-24713) in sub-rust-project/Cargo.lock.
  it('a lockfile moved (a → a-1): nothing new, as osv-reporter says (DiffVulnerabilityResultsByOccurrences)', async () => {
    const head = await report(osv('a-1'));
    expect(head.all().map((v) => v.location)).toContain('/path/to/different-dir/go.mod');
    expect(await fresh(osv('a'), osv('a-1'))).toEqual([]);
  });

  // b adds the GHSA-c3h9-896r-86jm record, which a already names as an alias of GO-2021-0053: one
  // advisory (CVE-2021-3121) in one package, now with a CVSS score. osv-reporter's id-by-id diff lists
  // GHSA-c3h9-896r-86jm as new (snapshot same_packages_with_new_vuln); a reader of both files sees the
  // advisory a already had, and osv-scanner's own summary counts one group in each.
  it('an advisory record added under an alias already listed (a → b): nothing new', async () => {
    const base = await report(osv('a'));
    const gogo = base.all().find((v) => v.package === 'github.com/gogo/protobuf');
    expect(gogo).toMatchObject({ id: 'CVE-2021-3121', severity: null });
    expect(await fresh(osv('a'), osv('b'))).toEqual([]);
  });

  it('one finding fewer (b → a), a package without advisories (a → d), a lockfile gone (b → c): nothing new', async () => {
    expect(await fresh(osv('b'), osv('a'))).toEqual([]);
    expect(await fresh(osv('a'), osv('d'))).toEqual([]);
    expect(await fresh(osv('b'), osv('c'))).toEqual([]);
  });

  it('a lockfile added (d → a): its two findings are new; the one without a severity counts in none', async () => {
    const found = await fresh(osv('d'), osv('a'));
    expect(named(found)).toEqual(['CVE-2021-3121 github.com/gogo/protobuf', 'CVE-2022-24713 regex']);
    // regex: CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:H = 7.5, high. GO-2021-0053 has no score and no
    // database severity: a new finding that no vulns_new_* severity counts.
    expect(found.map((v) => v.severity)).toEqual([null, 'high']);
    expect(severityCounts(found)).toEqual({ critical: 0, high: 1, medium: 0, low: 0 });
  });
});

describe('findingKey', () => {
  const base: Vulnerability = { id: 'GHSA-29mw-wpgm-hmr9', package: 'lodash', version: '4.17.15', severity: 'medium', location: 'package-lock.json' };

  it('leaves out the installed version and where a dependency was found, keeps id and package', () => {
    expect(findingKey({ ...base, version: '4.17.20', location: 'packages/api/package-lock.json' })).toBe(findingKey(base));
    expect(findingKey({ ...base, id: 'GHSA-jf85-cpcp-j695' })).not.toBe(findingKey(base));
    expect(findingKey({ ...base, package: 'lodash-es' })).not.toBe(findingKey(base));
    // The parts cannot run into each other: "X a" + "b" is not "X" + "a b".
    expect(findingKey({ ...base, id: 'X a', package: 'b' })).not.toBe(findingKey({ ...base, id: 'X', package: 'a b' }));
    expect(findingKey({ ...base, id: 'X","a', package: 'b' })).not.toBe(findingKey({ ...base, id: 'X', package: 'a","b' }));
    expect(findingKey(base)).toBe('["GHSA-29mw-wpgm-hmr9","lodash"]');
  });

  it('counts repeated keys: two in head and one in base give one new finding', () => {
    const head = [base, { ...base, version: '3.10.1' }];
    expect(newFindings(head, [findingKey(base)])).toEqual([head[1]]);
    expect(newFindings(head, [findingKey(base), findingKey(base)])).toEqual([]);
  });
});

describe('sarif: code that moved', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'pg-vulnkeys-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /**
   * ESLint (a devDependency) run with its SARIF formatter on a copy of test/fixtures/vulns/eslint.
   * @microsoft/eslint-formatter-sarif writes no partialFingerprints: results are keyed by rule and file.
   */
  function lint(out: string): string {
    const file = path.join(dir, out);
    // Run in the copy (ESLint ignores files outside its working directory), the formatter named by
    // its path since the copy has no node_modules.
    const formatter = createRequire(import.meta.url).resolve('@microsoft/eslint-formatter-sarif');
    const args = ['--no-warn-ignored', '-c', 'eslint.config.js', '-f', formatter, '-o', file, 'src'];
    const run = spawnSync(path.join(ROOT, 'node_modules', '.bin', 'eslint'), args, { cwd: path.join(dir, 'project'), encoding: 'utf8' });
    // ESLint exits 1 when it found errors, 2 when it could not run.
    if (run.status !== 0 && run.status !== 1) throw new Error(`eslint failed (${run.status}): ${run.stderr}`);
    return file;
  }

  it('ESLint: lines added above old findings bring nothing new; a second eval in a file with one is one new finding', async () => {
    const project = path.join(dir, 'project');
    cpSync(path.join(VULNS, 'eslint'), project, { recursive: true });
    const baseFile = lint('base.sarif');

    // handler.js: three lines above every finding; util.js: a second eval at its end.
    const handler = path.join(project, 'src', 'handler.js');
    writeFileSync(handler, `// a\n// b\n// c\n${readFileSync(handler, 'utf8')}`);
    const util = path.join(project, 'src', 'util.js');
    const utilText = readFileSync(util, 'utf8');
    writeFileSync(util, `${utilText}\nexport function again(text) {\n  return eval(text);\n}\n`);
    const evalLine = `${utilText.split('\n').length + 2}`;
    const headFile = lint('head.sarif');

    const base = await report(baseFile);
    const head = await report(headFile);
    const lines = (acc: VulnAccumulator): string[] => acc.all().filter((v) => v.package.endsWith('/handler.js')).map((v) => v.version);
    // The handler's findings (no-unused-vars, no-eval, no-implied-eval, no-console, no-new-func) moved.
    expect(lines(head)).toEqual(lines(base).map((l) => String(Number(l) + 3)));
    expect(lines(base)).toHaveLength(5);

    const found = newFindings(head.all(), base.keys());
    expect(found.map((v) => [v.id, path.basename(v.package), v.version, v.severity])).toEqual([['no-eval', 'util.js', evalLine, 'high']]);
    expect(found[0].location).toBe(found[0].package);
  });

  /**
   * codeql-js.sarif (CodeQL's shape, see its README) has js/sql-injection twice in src/db.js, lines 22
   * and 41, with partialFingerprints. The head written here: the line-22 result fixed, the line-41
   * result moved to 45 with its line hash (four lines added above it; re-indented, so CodeQL's column
   * fingerprint changed), and a new js/sql-injection at line 60 with a line hash of its own; every
   * other result moved 4 lines down.
   */
  it('CodeQL: fingerprints tell a new result from one that moved, where rule and file alone cannot', async () => {
    const log = JSON.parse(readFileSync(path.join(VULNS, 'sarif', 'codeql-js.sarif'), 'utf8')) as SarifLog;
    const results = log.runs[0].results;
    const sql = results.filter((r) => r.ruleId === 'js/sql-injection');
    expect(sql.map((r) => r.locations[0].physicalLocation.region.startLine)).toEqual([22, 41]);
    expect(sql.every((r) => r.partialFingerprints?.primaryLocationLineHash)).toBe(true);

    const head = structuredClone(log);
    for (const r of head.runs[0].results) r.locations[0].physicalLocation.region.startLine += 4;
    const [fixed, moved] = head.runs[0].results.filter((r) => r.ruleId === 'js/sql-injection');
    moved.partialFingerprints = { ...moved.partialFingerprints, primaryLocationStartColumnFingerprint: '4' };
    const added = structuredClone(fixed);
    added.locations[0].physicalLocation.region.startLine = 60;
    added.partialFingerprints = { primaryLocationLineHash: '5e0c1c29a2f3d6b7:1', primaryLocationStartColumnFingerprint: '8' };
    head.runs[0].results.splice(head.runs[0].results.indexOf(fixed), 1, added);
    const headFile = path.join(dir, 'codeql-head.sarif');
    writeFileSync(headFile, JSON.stringify(head));

    const found = await fresh(path.join(VULNS, 'sarif', 'codeql-js.sarif'), headFile);
    expect(found.map((v) => [v.id, v.package, v.version, v.severity])).toEqual([['js/sql-injection', 'src/db.js', '60', 'high']]);

    // The same two logs without fingerprints: two sql-injection results in db.js before and after,
    // so rule and file alone see nothing new. This is why fingerprints are keyed when present.
    const strip = (l: SarifLog): SarifLog => {
      const c = structuredClone(l);
      for (const r of c.runs[0].results) delete r.partialFingerprints;
      return c;
    };
    writeFileSync(path.join(dir, 'bare-base.sarif'), JSON.stringify(strip(log)));
    writeFileSync(path.join(dir, 'bare-head.sarif'), JSON.stringify(strip(head)));
    expect(await fresh(path.join(dir, 'bare-base.sarif'), path.join(dir, 'bare-head.sarif'))).toEqual([]);
  });
});

interface SarifLog {
  runs: Array<{
    results: Array<{
      ruleId: string;
      locations: Array<{ physicalLocation: { region: { startLine: number } } }>;
      partialFingerprints?: Record<string, string>;
    }>;
  }>;
}
