/** PG227 undocumented-permissions (opt-in): `permissions:` scopes without a comment saying why. */
import { isMapping, isString } from '@actions/workflow-parser';
import type { TemplateToken } from '@actions/workflow-parser/templates/tokens/index';
import { nameList, type Rule } from '../../rule.js';
import type { Scalar } from '../../model.js';
import type { SourceFile } from '../../source.js';
import { posOf } from '../injection/tokens.js';

/** The scopes of a `permissions:` mapping with no comment on their line (`contents: read` needs none). */
function undocumented(token: TemplateToken | undefined, file: SourceFile): Scalar[] {
  if (!token || !isMapping(token)) return [];
  const lines = file.text.split('\n');
  const out: Scalar[] = [];
  for (const pair of token) {
    if (!isString(pair.key)) continue;
    const value = isString(pair.value) ? pair.value.value.trim() : '';
    if (pair.key.value === 'contents' && value === 'read') continue;
    const at = posOf(pair.key);
    const comment = /\s#(.*)$/.exec(lines[at.line - 1] ?? '');
    if (!comment || !comment[1].trim()) out.push({ value: pair.key.value, at });
  }
  return out;
}

const rule: Rule = {
  id: 'PG227',
  name: 'undocumented-permissions',
  level: 'note',
  optIn: true,
  description: 'Scopes of a `permissions:` block (other than `contents: read`) without a comment on their line saying why the workflow needs them (opt-in).',
  help: 'A scope such as `issues: write` or `id-token: write` is easy to add and hard to remove later, when nobody remembers which step needed it. A comment on its line (`packages: write # push the image to ghcr.io`) lets reviewers check it still holds. Same as zizmor\'s pedantic undocumented-permissions audit (one finding a block, at its first undocumented scope), so off by default: enable it with `rules: { undocumented-permissions: note }`.',
  create(context) {
    const check = (file: SourceFile, token: TemplateToken | undefined, where: string): void => {
      const scopes = undocumented(token, file);
      if (scopes.length) context.report(file, scopes[0], `${where} permissions ${nameList(scopes.map((s) => s.value))} have no comment saying why they are needed; add one on each line (e.g. packages: write # push the image)`);
    };
    return {
      workflowPre(workflow) {
        check(workflow.file, workflow.permissions?.value, 'the workflow\'s');
      },
      jobPre(job, workflow) {
        check(workflow.file, job.permissions, `job "${job.id.value}"'s`);
      }
    };
  }
};
export default rule;
