/**
 * Findings as SARIF 2.1.0, the format `github/codeql-action/upload-sarif` takes: one run, the
 * rule table with help text, one result per finding at its file, line and column.
 */
import type { Finding } from '../lint.js';
import type { Rule } from '../rule.js';

/** Where docs/rules.md is published; rule help links point at its headings. */
export const RULES_DOCS_URL = 'https://github.com/phase-gates/phase-gates/blob/main/docs/rules.md';

export interface SarifOptions {
  rules: readonly Rule[];
  docsAnchor: (rule: Rule) => string;
  /** Lines saying which findings were left out (output/cap.ts), as notifications of the run. */
  omitted?: readonly string[];
}

/** The SARIF log of a run (an object; the caller serialises it). */
export function toSarif(findings: readonly Finding[], options: SarifOptions): Record<string, unknown> {
  const index = new Map(options.rules.map((r, i) => [r.id, i]));
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'phase-gates workflows-validation',
            informationUri: RULES_DOCS_URL.replace(/\/blob\/.*$/, ''),
            rules: options.rules.map((r) => ({
              id: r.id,
              name: r.name,
              shortDescription: { text: r.description },
              fullDescription: { text: r.help },
              help: { text: `${r.description}\n\n${r.help}`, markdown: `**${r.id} ${r.name}**: ${r.description}\n\n${r.help}` },
              helpUri: `${RULES_DOCS_URL}#${options.docsAnchor(r)}`,
              defaultConfiguration: { level: r.level },
              properties: { tags: ['workflows', 'github-actions'] }
            }))
          }
        },
        ...(options.omitted?.length
          ? { invocations: [{ executionSuccessful: true, toolExecutionNotifications: options.omitted.map((text) => ({ level: 'note', message: { text } })) }] }
          : {}),
        results: findings.map((f) => ({
          ruleId: f.ruleId,
          ...(index.has(f.ruleId) ? { ruleIndex: index.get(f.ruleId) } : {}),
          level: f.level,
          message: { text: f.message },
          locations: [
            {
              physicalLocation: {
                // Relative to the repository root, as code scanning resolves it.
                artifactLocation: { uri: encodeURI(f.file) },
                region: { startLine: f.line, startColumn: f.column }
              }
            }
          ],
          partialFingerprints: { primaryLocationLineHash: fingerprint(f) }
        }))
      }
    ]
  };
}

/** A stable fingerprint (rule, file, message), so that code scanning tracks a finding across commits. */
function fingerprint(f: Finding): string {
  let h = 0x811c9dc5;
  for (const ch of `${f.ruleId}\0${f.file}\0${f.message}`) {
    h ^= ch.codePointAt(0)!;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}
