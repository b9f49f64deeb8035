/**
 * Vulnerabilities counted by severity across reports. One finding reported by several files (or
 * twice in one, e.g. for two targets) counts once: same id, package and version.
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
    const c: Record<Severity, number> = { critical: 0, high: 0, medium: 0, low: 0 };
    for (const v of this.seen.values()) if (v.severity) c[v.severity]++;
    return c;
  }

  /** The distinct findings, in the order first seen. */
  all(): Vulnerability[] {
    return [...this.seen.values()];
  }

  /** The distinct findings of one severity, in the order first seen. */
  of(severity: Severity): Vulnerability[] {
    return this.all().filter((v) => v.severity === severity);
  }
}

function rank(s: Severity | null): number {
  return s ? 4 - SEVERITIES.indexOf(s) : 0;
}
