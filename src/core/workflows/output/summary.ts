/** Findings as the job summary: a verdict line and a Markdown table (internal to workflows-validation). */
import type { Finding } from '../lint.js';
import { omittedLines, type ShownFindings } from './cap.js';

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

/** Most rows shown in the summary table (the SARIF file holds every finding shown). */
export const SUMMARY_ROWS = 200;

/** The summary of a run: `findings` all of them (for the counts), `capped` the ones shown. */
export function renderSummary(findings: readonly Finding[], capped: ShownFindings, fileCount: number, valid: boolean): string {
  const errors = findings.filter((f) => f.level === 'error').length;
  const warnings = findings.filter((f) => f.level === 'warning').length;
  const head = `## Workflows validation: ${valid ? '✅ valid' : '❌ invalid'} (${fileCount} file${fileCount === 1 ? '' : 's'}, ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'})\n\n`;
  if (!findings.length) return head + 'No finding.\n';
  const shown = capped.shown;
  const rows = shown.slice(0, SUMMARY_ROWS).map((f) => `| ${f.level === 'error' ? '❌ error' : f.level === 'warning' ? '⚠️ warning' : 'ℹ️ note'} | \`${f.ruleId}\` ${f.ruleName} | \`${cell(f.file)}:${f.line}:${f.column}\` | ${cell(f.message)} |`);
  const more = shown.length > SUMMARY_ROWS ? `\n${shown.length - SUMMARY_ROWS} more in the SARIF file.\n` : '';
  const left = omittedLines(capped);
  const omitted = left.length ? `\n${left.map((l) => `- ${cell(l)}`).join('\n')}\n` : '';
  return head + '| Level | Rule | Location | Message |\n| --- | --- | --- | --- |\n' + rows.join('\n') + '\n' + more + omitted;
}
