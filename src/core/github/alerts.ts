/**
 * Open Dependabot and code scanning alerts, counted into the `vulns_*` metrics of gates-enforcer
 * (input `github-alerts`).
 */
import { UserError } from '../errors.js';
import type { ReportSource } from '../reports/types.js';
import { severityFromWord, type Severity, type VulnAccumulator } from '../reports/vulns/model.js';
import { SARIF_LEVEL_SEVERITY } from '../reports/vulns/sarif.js';
import { withGitHubErrors, type GitHubClient } from './client.js';

/** The alert kinds `github-alerts` names. */
export type AlertKind = 'dependabot' | 'code-scanning';

/** Every kind, in the order they are read. */
export const ALERT_KINDS: readonly AlertKind[] = ['dependabot', 'code-scanning'];

const INPUT = 'github-alerts';

/** A runaway Link chain must end: 1000 pages of 100 is more alerts than any repository holds. */
const MAX_PAGES = 1000;

/**
 * The kinds a `github-alerts` value asks for: `dependabot`, `code-scanning` or both, separated by
 * commas or newlines; `true` and `all` mean both; empty and `false` mean none.
 * @throws UserError naming `github-alerts` for any other word.
 */
export function parseAlertKinds(value: string): AlertKind[] {
  const words = value
    .split(/[,\n]/)
    .map((w) => w.trim().toLowerCase())
    .filter(Boolean);
  const kinds = new Set<AlertKind>();
  for (const word of words) {
    if (word === 'true' || word === 'all') ALERT_KINDS.forEach((k) => kinds.add(k));
    else if (word === 'false' && words.length === 1) return [];
    else if (word === 'dependabot' || word === 'code-scanning') kinds.add(word);
    else {
      throw new UserError(`unknown alert kind "${word}"`, { input: INPUT, hint: 'use dependabot, code-scanning, or both separated by a comma' });
    }
  }
  return ALERT_KINDS.filter((k) => kinds.has(k));
}

/** What was read for one kind. */
export interface AlertCount {
  kind: AlertKind;
  /** Open alerts read (each added to the sink; the sink merges duplicates). */
  open: number;
  /** How the report names this source, e.g. `{ file: 'github:acme/app/dependabot', format: 'github-dependabot' }`. */
  source: ReportSource;
}

/** Where to read alerts. */
export interface AlertQuery {
  owner: string;
  repo: string;
  kinds: readonly AlertKind[];
}

/**
 * Reads every page of open alerts of each kind into `sink` and returns how many each kind had.
 * Dependabot alerts count under their advisory's severity (id: the GHSA id, package: the
 * dependency, version: the manifest path, since alerts carry no installed version). Code scanning
 * alerts count under `rule.security_severity_level`, or else the SARIF level of the rule
 * (error → high, warning → medium, note → low), keyed like SARIF results (id: the rule, package:
 * the file, version: the line) so a SARIF file and the alerts it raised count once.
 * Across runs (findingKey in reports/vulns/model.ts) a Dependabot alert is its advisory and
 * package (the manifest path shown as its location), a code scanning alert its rule and file: the
 * API gives no fingerprint, so it matches a SARIF result written without one.
 * @throws UserError naming `github-alerts` (or `token` for a 401) when GitHub refuses.
 */
export async function countOpenAlerts(client: GitHubClient, query: AlertQuery, sink: VulnAccumulator): Promise<AlertCount[]> {
  const out: AlertCount[] = [];
  for (const kind of ALERT_KINDS) {
    if (!query.kinds.includes(kind)) continue;
    const open = kind === 'dependabot' ? await readDependabot(client, query, sink) : await readCodeScanning(client, query, sink);
    out.push({ kind, open, source: alertSource(kind, query.owner, query.repo) });
  }
  return out;
}

/** The report source for a kind of alerts of a repository. */
export function alertSource(kind: AlertKind, owner: string, repo: string): ReportSource {
  return { file: `github:${owner}/${repo}/${kind}`, format: `github-${kind}` };
}

interface DependabotAlert {
  number?: number;
  dependency?: { package?: { ecosystem?: string; name?: string }; manifest_path?: string };
  security_advisory?: { ghsa_id?: string; cve_id?: string | null; severity?: string; summary?: string };
  security_vulnerability?: { severity?: string; package?: { name?: string } };
}

async function readDependabot(client: GitHubClient, q: AlertQuery, sink: VulnAccumulator): Promise<number> {
  return withGitHubErrors(
    client,
    {
      input: INPUT,
      doing: `reading Dependabot alerts of ${q.owner}/${q.repo}`,
      forbiddenHint: 'Dependabot alerts may be disabled, or the token lacks `security-events: read` (a PAT needs Dependabot alerts: read)',
      notFoundHint: 'the repository does not exist or the token cannot see it'
    },
    async () => {
      let count = 0;
      let pages = 0;
      // Cursor pagination: the Link header carries `after`; `page` is refused by this endpoint.
      const iterator = client.paginate.iterator('GET /repos/{owner}/{repo}/dependabot/alerts', {
        owner: q.owner,
        repo: q.repo,
        state: 'open',
        per_page: 100
      });
      for await (const page of iterator) {
        if (++pages > MAX_PAGES) throw new UserError(`more than ${MAX_PAGES} pages of Dependabot alerts`, { input: INPUT });
        for (const alert of page.data as DependabotAlert[]) {
          const advisory = alert.security_advisory ?? {};
          const severity = severityFromWord(advisory.severity) ?? severityFromWord(alert.security_vulnerability?.severity);
          sink.add({
            id: advisory.ghsa_id ?? advisory.cve_id ?? `dependabot-${alert.number ?? count}`,
            package: alert.dependency?.package?.name ?? alert.security_vulnerability?.package?.name ?? '',
            version: alert.dependency?.manifest_path ?? '',
            severity,
            title: advisory.summary,
            location: alert.dependency?.manifest_path
          });
          count++;
        }
      }
      return count;
    }
  );
}

interface CodeScanningAlert {
  number?: number;
  rule?: { id?: string | null; name?: string; severity?: string | null; security_severity_level?: string | null; description?: string };
  most_recent_instance?: { location?: { path?: string; start_line?: number } };
}

async function readCodeScanning(client: GitHubClient, q: AlertQuery, sink: VulnAccumulator): Promise<number> {
  return withGitHubErrors(
    client,
    {
      input: INPUT,
      doing: `reading code scanning alerts of ${q.owner}/${q.repo}`,
      forbiddenHint: 'code scanning may need GitHub Advanced Security, or the token lacks `security-events: read`',
      notFoundHint: 'code scanning has no analysis for this repository yet, or the token cannot see it'
    },
    async () => {
      let count = 0;
      let pages = 0;
      const iterator = client.paginate.iterator('GET /repos/{owner}/{repo}/code-scanning/alerts', {
        owner: q.owner,
        repo: q.repo,
        state: 'open',
        per_page: 100
      });
      for await (const page of iterator) {
        if (++pages > MAX_PAGES) throw new UserError(`more than ${MAX_PAGES} pages of code scanning alerts`, { input: INPUT });
        for (const alert of page.data as CodeScanningAlert[]) {
          const rule = alert.rule ?? {};
          const location = alert.most_recent_instance?.location ?? {};
          sink.add({
            id: rule.id ?? rule.name ?? `code-scanning-${alert.number ?? count}`,
            package: location.path ?? '',
            version: location.start_line !== undefined ? String(location.start_line) : '',
            severity: codeScanningSeverity(rule),
            title: rule.description,
            location: location.path
          });
          count++;
        }
      }
      return count;
    }
  );
}

/**
 * A code scanning alert's severity: the security severity GitHub derived from the rule's
 * `security-severity` score when there is one, else the rule's SARIF level read exactly as a SARIF
 * file's is (src/core/reports/vulns/sarif.ts): error → high, warning → medium, note → low,
 * none → no severity, missing → SARIF's default level, warning.
 */
export function codeScanningSeverity(rule: { severity?: string | null; security_severity_level?: string | null }): Severity | null {
  const security = severityFromWord(rule.security_severity_level);
  if (security) return security;
  const level = (rule.severity ?? 'warning').toLowerCase();
  return Object.hasOwn(SARIF_LEVEL_SEVERITY, level) ? SARIF_LEVEL_SEVERITY[level] : SARIF_LEVEL_SEVERITY.warning;
}
