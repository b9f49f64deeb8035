/**
 * `npm audit --json`, in both shapes npm has written:
 *
 * - npm 7 and later (`auditReportVersion: 2`): `vulnerabilities` keyed by package name, one entry
 *   per vulnerable package with its highest severity — including packages that are vulnerable only
 *   because a dependency is (`via` holds names instead of advisories). npm's own totals,
 *   `metadata.vulnerabilities`, count exactly these entries by severity, so this parser counts one
 *   finding per entry and its counts equal npm's (`info` counts in no severity). npm 7+ does not
 *   report installed versions; the affected `range` stands in for the version.
 * - npm 6 (`advisories` keyed by advisory id): one finding per advisory and installed version
 *   (`findings[].version`). npm 6's `metadata.vulnerabilities` counts every dependency *path*
 *   instead, which grows with the shape of the tree rather than with the number of problems, so
 *   those totals are larger than ours by design.
 *
 * Severity words: critical, high, moderate (→ medium), low; info counts in no severity.
 */
import { jsonTop } from '../json-head.js';
import { readJson } from '../../files.js';
import { UserError } from '../../errors.js';
import type { FormatModule } from '../types.js';
import { severityFromWord, type VulnAccumulator } from './model.js';
import { expectObject, isObject, objectsOf, preferCve, str, stringsOf, type JsonObject } from './json.js';

export const npmAudit: FormatModule<VulnAccumulator> = {
  id: 'npm-audit',
  kind: 'vulns',
  description:
    'npm audit --json: npm 7+ (auditReportVersion 2) one finding per vulnerable package as npm counts them; npm 6 one per advisory and version',
  detect(head) {
    const top = jsonTop(head);
    if (top.kind !== '{') return false;
    if (top.keys.has('auditReportVersion')) return true;
    // npm 6: `actions`, `advisories`, `muted` and `metadata`, whichever comes first.
    return top.keys.get('actions')?.kind === '[' || top.keys.get('advisories')?.kind === '{';
  },
  async parse(ctx, sink) {
    const doc = expectObject(await readJson(ctx.file, ctx.shown, ctx.input), 'npm audit report');
    if (doc.auditReportVersion !== undefined) {
      if (doc.auditReportVersion !== 2) {
        throw new UserError(`npm audit report version ${JSON.stringify(doc.auditReportVersion)} is not supported`, {
          hint: 'expected auditReportVersion 2 (npm 7 and later) or the npm 6 shape'
        });
      }
      readV2(doc, sink);
    } else if (isObject(doc.advisories)) {
      readV1(doc, sink);
    } else {
      throw new UserError('not an npm audit report: neither `auditReportVersion` nor `advisories`');
    }
  }
};

function readV2(doc: JsonObject, sink: VulnAccumulator): void {
  if (!isObject(doc.vulnerabilities)) throw new UserError('npm audit report without a `vulnerabilities` object');
  for (const [key, entry] of Object.entries(doc.vulnerabilities)) {
    if (!isObject(entry)) continue;
    const name = str(entry.name) ?? key;
    const advisories = objectsOf(entry.via);
    const viaPackages = stringsOf(entry.via);
    // The advisories that hit this package itself; an entry vulnerable only through its
    // dependencies is named after them, so that the key stays stable from run to run.
    const ids = advisories.map((a) => advisoryId(str(a.url)) ?? str(a.source) ?? '').filter((s) => s !== '');
    const id = ids.length > 0 ? [...new Set(ids)].sort().join(',') : `via:${[...new Set(viaPackages)].sort().join(',')}`;
    sink.add({
      id,
      package: name,
      version: str(entry.range) ?? '',
      severity: severityFromWord(str(entry.severity)),
      title: str(advisories[0]?.title),
      fixed: fixOf(entry.fixAvailable, name),
      location: pathsText(stringsOf(entry.nodes))
    });
  }
}

function readV1(doc: JsonObject, sink: VulnAccumulator): void {
  for (const [key, advisory] of Object.entries(doc.advisories as JsonObject)) {
    if (!isObject(advisory)) continue;
    const cves = stringsOf(advisory.cves);
    const id = preferCve(str(advisory.github_advisory_id) ?? `npm-advisory-${str(advisory.id) ?? key}`, cves);
    const findings = objectsOf(advisory.findings);
    const versions = new Set(findings.map((f) => str(f.version) ?? ''));
    for (const version of versions) {
      const paths = findings.filter((f) => (str(f.version) ?? '') === version).flatMap((f) => stringsOf(f.paths));
      sink.add({
        id,
        package: str(advisory.module_name) ?? '',
        version,
        severity: severityFromWord(str(advisory.severity)),
        title: str(advisory.title),
        fixed: str(advisory.patched_versions),
        location: pathsText(paths)
      });
    }
  }
}

/** Paths shown per finding: npm 6 lists every dependency path, which can run to thousands. */
const MAX_PATHS_SHOWN = 5;

/**
 * Where npm found the package, shown: npm 7+'s `nodes` (`node_modules/a/node_modules/b`), npm 6's
 * dependency paths (`a>b`). Not keyed: hoisting moves nodes with no new problem (findingKey, model.ts).
 */
function pathsText(paths: string[]): string | undefined {
  const unique = [...new Set(paths)];
  if (unique.length === 0) return undefined;
  const shown = unique.slice(0, MAX_PATHS_SHOWN).join(', ');
  return unique.length > MAX_PATHS_SHOWN ? `${shown} (+${unique.length - MAX_PATHS_SHOWN} more)` : shown;
}

/**
 * npm 7+'s `fixAvailable`: `{ name, version }` names the package `npm audit fix` would install,
 * which is this one's fixed version when the names agree; `true` means a fix within the range.
 */
function fixOf(fix: unknown, name: string): string | undefined {
  if (fix === true) return 'npm audit fix';
  if (!isObject(fix)) return undefined;
  const version = str(fix.version);
  if (!version) return undefined;
  const other = str(fix.name);
  return other && other !== name ? `${other}@${version}` : version;
}

/** `GHSA-xxxx-xxxx-xxxx` from an advisory URL such as https://github.com/advisories/GHSA-…. */
function advisoryId(url: string | undefined): string | undefined {
  const m = url ? /\/(GHSA(?:-[a-z0-9]{4}){3})\b/i.exec(url) : null;
  return m ? m[1] : undefined;
}
