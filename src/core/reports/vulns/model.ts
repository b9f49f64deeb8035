/**
 * Vulnerabilities counted by severity across reports. One finding reported by several files (or
 * twice in one, e.g. for two targets) counts once: same id, package and version.
 *
 * Which findings are new against a base report (`vulns_new_*`): {@link findingKey} names a finding
 * the same way from run to run, {@link VulnAccumulator.keys} lists a report's keys and
 * {@link newFindings} takes the base's keys away from the head's findings.
 */
import { UserError } from '../../errors.js';

export type Severity = 'critical' | 'high' | 'medium' | 'low';
export const SEVERITIES: readonly Severity[] = ['critical', 'high', 'medium', 'low'];

export interface Vulnerability {
  /** CVE/GHSA/advisory id, or the rule id for code findings. */
  id: string;
  /** The affected package, or the file for code findings. */
  package: string;
  /** The installed version, or the line for code findings. */
  version: string;
  /** null for informational findings that count in no severity. */
  severity: Severity | null;
  title?: string;
  /** The version(s) that fix it, as the tool wrote them, when it says. */
  fixed?: string;
  /** The report (or `github-alerts: kind`) it was read from; stamped by the accumulator. */
  source?: string;
  /**
   * Where the report places it, as the tool writes it (shown to users; not part of
   * {@link findingKey}, see there): Trivy `Target` (and ` (PkgPath)`), Grype the artifact's
   * `locations[].path` (else its purl), osv-scanner `source.path`, npm audit the package's node paths
   * (npm 7+ `nodes`, npm 6 `findings[].paths`), Snyk `displayTargetFile`, SARIF the artifact
   * location's `uri`, Dependabot alerts `dependency.manifest_path`, code scanning alerts
   * `most_recent_instance.location.path`. A finding merged from several places keeps the first.
   */
  location?: string;
  /**
   * What tells this finding from others of the same id and package across runs when the tool writes
   * it: SARIF `partialFingerprints.primaryLocationLineHash` (see sarif.ts). Part of {@link findingKey}.
   */
  fingerprint?: string;
}

/**
 * The name of a finding that stays the same from run to run, to tell new findings from old ones:
 * id (CVE, GHSA, rule), package (for code findings: the file), and the SARIF line hash when the
 * result has one. Never the installed version (an upgrade that leaves the advisory open is not a
 * new problem), never a line number (code moves: a line added above a finding is not a new one).
 * Written as a JSON array, e.g. `["CVE-2019-1549","libssl1.1"]`, so that a base report can store it.
 *
 * Per format (the tools' own rules, cited where each parser fills the fields):
 * - SARIF and code scanning alerts: rule id + file (`package`) + `primaryLocationLineHash` when the
 *   result has one, GitHub code scanning's identity of a result across runs. Without it,
 *   results of one rule in one file that differ only by line share a key; {@link newFindings}
 *   counts them (two in base and three in head: one new).
 * - Dependency scanners (Trivy, Grype, osv-scanner, npm audit, Snyk, Dependabot alerts): advisory id +
 *   package, without `location`. osv-scanner's own PR reporter (osv-reporter,
 *   cmd/osv-reporter/main.go with internal/ci/vulnerability_result_diff.go,
 *   `DiffVulnerabilityResultsByOccurrences`) reports nothing new when only a lockfile moved; Trivy's
 *   `Target` of OS packages names the image file and the OS release (`alpine-39.tar.gz (alpine
 *   3.9.4)`), Grype's and Trivy's package paths name jar and dist-info files by version, and npm's
 *   node paths move when npm hoists: all change with no new problem. A package vulnerable at two
 *   versions (two lockfiles) is two findings with one key, so the count still tells a new one.
 */
export function findingKey(v: Vulnerability): string {
  // A JSON array: printable in a stored report, and no id or package can run into the next part.
  return JSON.stringify(v.fingerprint === undefined ? [v.id, v.package] : [v.id, v.package, v.fingerprint]);
}

/**
 * The findings of `head` whose keys the base does not hold, as a multiset difference: a key twice in
 * head and once in base gives one new finding (the later one, in head's order).
 */
export function newFindings(head: Vulnerability[], baseKeys: Iterable<string>): Vulnerability[] {
  const remaining = new Map<string, number>();
  for (const key of baseKeys) remaining.set(key, (remaining.get(key) ?? 0) + 1);
  const out: Vulnerability[] = [];
  for (const v of head) {
    const key = findingKey(v);
    const left = remaining.get(key) ?? 0;
    if (left > 0) remaining.set(key, left - 1);
    else out.push(v);
  }
  return out;
}

/** Findings per severity; those without one count in none. */
export function severityCounts(findings: Iterable<Vulnerability>): Record<Severity, number> {
  const c: Record<Severity, number> = { critical: 0, high: 0, medium: 0, low: 0 };
  for (const v of findings) if (v.severity) c[v.severity]++;
  return c;
}

/**
 * Severity from a CVSS-like score the way GitHub code scanning maps `security-severity`:
 * 9.0 and over critical, 7.0 to 8.9 high, 4.0 to 6.9 medium, above 0 to 3.9 low. These are the
 * CVSS v3 rating bands; GitHub's docs word them "over 9.0 is critical … 3.9 or less is low", and a
 * score of exactly 9.0 rates critical as in CVSS. A score of 0 or below (CVSS "None"), or one that is
 * not a number, counts in no severity.
 */
export function severityFromScore(score: number): Severity | null {
  if (!Number.isFinite(score)) return null;
  // CVSS scores run from 0 to 10: 57 or -1 is a broken report, not a critical or a harmless finding.
  if (score < 0 || score > 10) throw new UserError(`severity score ${score} is not a CVSS score (0 to 10)`);
  if (score >= 9.0) return 'critical';
  if (score >= 7.0) return 'high';
  if (score >= 4.0) return 'medium';
  if (score > 0) return 'low';
  return null;
}

/** Maps the severity words tools write (CRITICAL, moderate, Negligible, …) to ours. */
export function severityFromWord(word: string | undefined | null): Severity | null {
  switch ((word ?? '').trim().toLowerCase()) {
    case 'critical':
      return 'critical';
    case 'high':
    case 'important':
      return 'high';
    case 'medium':
    case 'moderate':
      return 'medium';
    case 'low':
    case 'minor':
      return 'low';
    default:
      return null; // info, negligible, unknown, none
  }
}

/** Findings of every vulns report read, deduplicated by id, package and version. */
export class VulnAccumulator {
  private readonly seen = new Map<string, Vulnerability>();
  /** The report being read: every finding added meanwhile names it as its source. */
  source: string | undefined;

  /** Adds a finding; the same id, package and version again keeps the higher severity. */
  add(v: Vulnerability): void {
    const key = `${v.id}\u0000${v.package}\u0000${v.version}`;
    const prev = this.seen.get(key);
    const found = { ...v, source: v.source ?? this.source, fixed: v.fixed || prev?.fixed };
    // The place first seen stays with the finding (and its key), whichever report rates it higher.
    if (prev?.location !== undefined) found.location = prev.location;
    if (prev?.fingerprint !== undefined) found.fingerprint = prev.fingerprint;
    // Tools disagree on severity now and then; the higher one stands.
    if (!prev || rank(v.severity) > rank(prev.severity)) this.seen.set(key, found);
    else if (!prev.fixed && found.fixed) prev.fixed = found.fixed;
  }

  /** Distinct findings, including those that count in no severity. */
  get size(): number {
    return this.seen.size;
  }

  /** Distinct findings per severity. */
  counts(): Record<Severity, number> {
    return severityCounts(this.seen.values());
  }

  /** The distinct findings, in the order first seen. */
  all(): Vulnerability[] {
    return [...this.seen.values()];
  }

  /**
   * The key of every distinct finding ({@link findingKey}), in the order first seen: one per finding,
   * so a key repeats when findings differ only by what the key leaves out (line, version).
   */
  keys(): string[] {
    return this.all().map(findingKey);
  }

  /** The distinct findings of one severity, in the order first seen. */
  of(severity: Severity): Vulnerability[] {
    return this.all().filter((v) => v.severity === severity);
  }
}

function rank(s: Severity | null): number {
  return s ? 4 - SEVERITIES.indexOf(s) : 0;
}
