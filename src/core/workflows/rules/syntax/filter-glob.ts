/** PG144 filter-glob: a `branches:`, `tags:` or `paths:` filter pattern of a trigger that GitHub cannot match as meant. */
import { isMapping, isSequence, isString } from '@actions/workflow-parser';
import type { Rule } from '../../rule.js';
import { child } from './tokens.js';
import { pathGlobProblems, refGlobProblems } from './glob.js';

const FILTERS: Record<string, (p: string) => ReturnType<typeof refGlobProblems>> = {
  branches: refGlobProblems,
  'branches-ignore': refGlobProblems,
  tags: refGlobProblems,
  'tags-ignore': refGlobProblems,
  paths: pathGlobProblems,
  'paths-ignore': pathGlobProblems
};

const CHEAT_SHEET = 'https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-syntax#filter-pattern-cheat-sheet';

const rule: Rule = {
  id: 'PG144',
  name: 'filter-glob',
  level: 'error',
  description: 'A `branches:`, `tags:` or `paths:` pattern of a trigger with invalid glob syntax, a character no Git ref can contain, a regular expression, spaces around a path, or a `./` path.',
  help: `Filter patterns are globs (\`*\`, \`**\`, \`?\`, \`+\`, \`[]\`, \`!\`), not regular expressions: \`/v\\d+/\` matches no tag, a space or \`:\` can be in no branch name, a path pattern starting with \`./\` or with spaces around it matches nothing, so the workflow silently never runs (or runs for everything). Checked as actionlint's glob rule does; the syntax: ${CHEAT_SHEET}.`,
  create(context) {
    return {
      workflowPre(workflow) {
        for (const [, event] of workflow.on) {
          if (!isMapping(event.value)) continue;
          for (const [key, check] of Object.entries(FILTERS)) {
            const list = child(event.value, key);
            if (!list || !isSequence(list)) continue;
            for (const item of list) {
              if (!isString(item) || !item.range || item.value.includes('${{')) continue;
              const quoted = item.source !== undefined && /^['"]/.test(item.source) ? 1 : 0;
              for (const problem of check(item.value)) {
                const at = { line: item.range.start.line, column: item.range.start.column + quoted + Math.max(problem.column - 1, 0) };
                context.report(workflow.file, { at }, `${key}: pattern ${JSON.stringify(item.value)}: ${problem.message}`);
              }
            }
          }
        }
      }
    };
  }
};
export default rule;
