/** PG220 unsound-condition: an `if:` whose `${{ }}` is not the whole value, so that it is always true. */
import type { Rule } from '../../rule.js';
import { isBasicExpression } from '@actions/workflow-parser';
import type { MappingToken, TemplateToken } from '@actions/workflow-parser/templates/tokens/index';
import type { SourceFile } from '../../source.js';
import { entryOf, firstFence, textOf } from './tokens.js';

/** Why an `if:` text is always true, or undefined when it is sound (zizmor's is_unsound_fenced_expansion). */
export function unsoundCondition(text: string): string | undefined {
  const fence = firstFence(text);
  if (!fence || (fence.start === 0 && fence.end === text.length)) return undefined;
  return describe(text.slice(0, fence.start) + text.slice(fence.end));
}

function describe(rest: string): string {
  if (/^\s*\n\s*$/.test(rest)) return 'the final newline the block scalar keeps (use |- or >-)';
  return `the text outside \${{ }} (${JSON.stringify(rest.length > 40 ? `${rest.slice(0, 40)}…` : rest)})`;
}

/**
 * A block scalar's value (`|`, `>`, with `-`/`+` chomping) from the source text of its lines;
 * undefined when the token is not a block scalar. GitHub's parser keeps a block's raw lines as the
 * source of an expression token, indentation and all.
 */
function blockValue(token: TemplateToken, lines: readonly string[]): string | undefined {
  const r = token.range;
  const header = r ? /^([|>])([-+]?)\d*([-+]?)\s*(#.*)?$/.exec((lines[r.start.line - 1] ?? '').slice(r.start.column - 1)) : null;
  if (!r || !header) return undefined;
  // The block's lines: those indented past its key's line (GitHub's range ends at the next key).
  const keyIndent = /^[ -]*/.exec(lines[r.start.line - 1])![0].length;
  const body: string[] = [];
  for (let i = r.start.line; i < lines.length && i <= r.end.line; i++) {
    if (lines[i].trim() && /^ */.exec(lines[i])![0].length <= keyIndent) break;
    body.push(lines[i]);
  }
  const indent = Math.min(...body.filter((l) => l.trim()).map((l) => /^ */.exec(l)![0].length));
  const content = body.map((l) => l.slice(indent)).join(header[1] === '>' ? ' ' : '\n').replace(/\s+$/, '');
  const chomp = header[2] || header[3];
  return chomp === '-' ? content : `${content}\n`;
}

/**
 * Why an `if:` value is always true: its decoded text holds a `${{ }}` and anything else. A
 * value GitHub's parser left as a string (unknown contexts) is read as it is.
 */
function unsound(token: TemplateToken | undefined, lines: readonly string[]): string | undefined {
  if (!token) return undefined;
  if (!isBasicExpression(token)) {
    const text = textOf(token);
    return text === undefined ? undefined : unsoundCondition(text);
  }
  const block = blockValue(token, lines);
  if (block !== undefined) return unsoundCondition(block);
  // A flow scalar: GitHub's parser made one expression of it; it is the value's only content
  // when it is the one `${{ }}` the value holds.
  const originals = token.originalExpressions;
  if (!originals?.length || (originals.length === 1 && originals[0].expression === token.expression)) return undefined;
  const source = token.source ?? '';
  const text = /^(["']).*\1$/s.test(source) ? source.slice(1, -1) : source;
  return unsoundCondition(text) ?? 'the text around its ${{ }}';
}

const rule: Rule = {
  id: 'PG220',
  name: 'unsound-condition',
  level: 'error',
  description: 'An `if:` whose `${{ }}` is not its whole value (text around it, or a `|`/`>` block that keeps its final newline): the condition is a non-empty string, always true.',
  help: 'When an `if:` holds a `${{ }}` and anything else, GitHub substitutes the expression into the text and tests the resulting string, which is never empty: `if: ${{ false }} && true` and `if: |` followed by `${{ cond }}` (the block keeps its newline) both always run the step. Write the condition bare (`if: a && b`) or as exactly one `${{ }}`; for a multi-line block use `|-` or `>-`. Same as zizmor\'s unsound-condition audit.',
  create(context) {
    // The lines of the file last read: split once a file, not once a condition.
    let lines: { file?: SourceFile; text: string[] } = { text: [] };
    const check = (file: SourceFile, token: MappingToken, where: string): void => {
      const entry = entryOf(token, 'if');
      if (!entry) return;
      if (lines.file !== file) lines = { file, text: file.text.split('\n') };
      const why = unsound(entry.value, lines.text);
      // At the value, where actionlint puts its if-cond finding.
      const start = entry.value.range?.start;
      if (why) context.report(file, start ? { at: { line: start.line, column: start.column } } : entry.key, `the if: of ${where} always evaluates to true: ${why} makes it a non-empty string; write the whole condition inside one \${{ }} or bare`);
    };
    return {
      jobPre(job, workflow) {
        check(workflow.file, job.token, `job "${job.id.value}"`);
      },
      step(step, _owner, file) {
        const name = step.id?.value ?? step.name?.value;
        check(file.file, step.token, name ? `step "${name}"` : `step ${step.index + 1}`);
      }
    };
  }
};
export default rule;
