/**
 * osv-scanner JSON (`osv-scanner --format json`, v1.x and v2.x): `results[].packages[]`, each a
 * package with its `vulnerabilities[]` and `groups[]` (advisories that alias each other).
 *
 * Counted as osv-scanner counts in its own summary (internal/output/output_result.go):
 * one finding per group and package version; the severity is the group's `max_severity` (the
 * highest CVSS base score of the group, computed here from the advisories' CVSS v2/v3 vectors when
 * the report has no max_severity) rated with the CVSS v3 bands (9.0+ critical, 7.0+ high, 4.0+
 * medium, above 0 low). Groups that osv-scanner hides — call analysis says the code is not
 * called, or the advisory is marked unimportant — are not counted.
 *
 * Where osv-scanner would say "Unknown" (no CVSS score), this parser takes the advisory
 * database's own word, `database_specific.severity` (as GHSA writes it: CRITICAL, HIGH,
 * MODERATE, LOW), rather than letting the finding count in no severity. Reports written before
 * groups existed are read per vulnerability the same way.
 *
 * The id is the group's CVE alias when it has one (so Trivy, Grype and osv-scanner reports of
 * one package count once), else the group's first id.
 */
import { readJson } from '../../files.js';
import { UserError } from '../../errors.js';
import type { FormatModule } from '../types.js';
import { severityFromScore, severityFromWord, SEVERITIES, type Severity, type VulnAccumulator } from './model.js';
import { expectObject, isObject, objectsOf, preferCve, str, stringsOf, type JsonObject } from './json.js';
import { jsonTop } from '../json-head.js';
import { cvssBaseScore } from './cvss.js';

export const osvScanner: FormatModule<VulnAccumulator> = {
  id: 'osv-scanner',
  kind: 'vulns',
  description:
    'osv-scanner JSON: one finding per group and package, severity from the group max_severity (CVSS bands) as osv-scanner rates it, else database_specific.severity',
  detect(head) {
    const top = jsonTop(head);
    const results = top.keys.get('results');
    if (top.kind !== '{' || results?.kind !== '[') return false;
    const rest = head.slice(results.at);
    return /"packages"\s*:/.test(rest) || /"(source|packageSource)"\s*:\s*\{/.test(rest) || /^\[\s*\]/.test(rest);
  },
  async parse(ctx, sink) {
    const doc = expectObject(await readJson(ctx.file, ctx.shown, ctx.input), 'osv-scanner report');
    if (!Array.isArray(doc.results)) throw new UserError('not an osv-scanner report: `results` is not an array');
    for (const source of objectsOf(doc.results)) {
      // Shown, not keyed: osv-scanner's own PR diff (osv-reporter) reports nothing new when only
      // the lockfile moved (see findingKey in model.ts).
      const location = isObject(source.source) ? str(source.source.path) : undefined;
      for (const pkg of objectsOf(source.packages)) readPackage(pkg, location, sink);
    }
  }
};

function readPackage(pkg: JsonObject, location: string | undefined, sink: VulnAccumulator): void {
  const info = isObject(pkg.package) ? pkg.package : {};
  const name = str(info.name) ?? '';
  const version = str(info.version) ?? str(info.commit) ?? '';
  const vulns = new Map(objectsOf(pkg.vulnerabilities).map((v) => [str(v.id) ?? '', v]));
  const groups = objectsOf(pkg.groups);

  if (groups.length === 0) {
    for (const [id, v] of vulns) {
      if (!id) continue;
      sink.add({
        id: preferCve(id, stringsOf(v.aliases)),
        package: name,
        version,
        severity: vectorSeverity([v]) ?? databaseSeverity([v]),
        title: str(v.summary),
        fixed: fixedIn([v], name),
        location
      });
    }
    return;
  }

  for (const group of groups) {
    const ids = stringsOf(group.ids);
    if (ids.length === 0) continue; // a license-only entry
    if (hidden(group)) continue;
    // A group may name an advisory whose record the package lists under another id, with this one
    // among its aliases (osv-scanner's internal/ci/testdata/vulns/test-vuln-results-c.json): the
    // record stands for it, so that the group keeps the CVE the record names.
    const members = ids.map((id) => vulns.get(id) ?? [...vulns.values()].find((v) => stringsOf(v.aliases).includes(id))).filter(isObject);
    const score = str(group.max_severity);
    const parsed = score !== undefined && score.trim() !== '' ? Number(score) : NaN;
    // osv-scanner rates a score of 0 (CVSS "None") as Unknown, as severityFromScore does.
    // Without max_severity (osv-scanner before v1.7 and other writers), the group's CVSS vectors are
    // scored as osv-scanner scores them to write it.
    const scored = Number.isFinite(parsed) ? parsed : highestScore(members);
    const severity = (scored !== null ? severityFromScore(scored) : null) ?? databaseSeverity(members);
    const aliases = [...ids, ...stringsOf(group.aliases), ...members.flatMap((m) => stringsOf(m.aliases))];
    sink.add({
      id: preferCve([...ids].sort()[0], aliases),
      package: name,
      version,
      severity,
      title: str(members[0]?.summary),
      fixed: fixedIn(members, name),
      location
    });
  }
}

/** The `fixed` events of the OSV entries' ranges for package `name` (OSV schema, `affected[].ranges[].events`). */
function fixedIn(entries: JsonObject[], name: string): string | undefined {
  const fixed = new Set<string>();
  for (const entry of entries) {
    for (const affected of objectsOf(entry.affected)) {
      const pkg = isObject(affected.package) ? str(affected.package.name) : undefined;
      if (pkg !== undefined && pkg !== name) continue;
      for (const range of objectsOf(affected.ranges)) for (const event of objectsOf(range.events)) if (str(event.fixed)) fixed.add(str(event.fixed)!);
    }
  }
  return fixed.size ? [...fixed].join(', ') : undefined;
}

/** osv-scanner hides a group when call analysis ran and found nothing called, or marks it unimportant. */
function hidden(group: JsonObject): boolean {
  const analysis = isObject(group.experimentalAnalysis) ? group.experimentalAnalysis : undefined;
  if (!analysis || Object.keys(analysis).length === 0) return false;
  const entries = Object.values(analysis).filter(isObject);
  if (entries.some((a) => a.unimportant === true)) return true;
  return !entries.some((a) => a.called === true);
}

/** The highest CVSS base score among the advisories' `severity[]` vectors (OSV schema), or null. */
function highestScore(vulns: JsonObject[]): number | null {
  let best: number | null = null;
  for (const v of vulns) {
    for (const s of objectsOf(v.severity)) {
      const score = cvssBaseScore(str(s.score) ?? '');
      if (score !== null && (best === null || score > best)) best = score;
    }
  }
  return best;
}

/** The rating of the highest CVSS vector score of the advisories, or null when none is scored. */
function vectorSeverity(vulns: JsonObject[]): Severity | null {
  const score = highestScore(vulns);
  return score === null ? null : severityFromScore(score);
}

/** The highest `database_specific.severity` word among the advisories. */
function databaseSeverity(vulns: JsonObject[]): Severity | null {
  let best: Severity | null = null;
  for (const v of vulns) {
    const db = isObject(v.database_specific) ? v.database_specific : undefined;
    const s = severityFromWord(str(db?.severity));
    if (s && (best === null || SEVERITIES.indexOf(s) < SEVERITIES.indexOf(best))) best = s;
  }
  return best;
}

