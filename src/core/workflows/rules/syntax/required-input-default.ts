/** PG116 required-input-default: a `workflow_call` input that is `required: true` and has a `default:` the caller must override. */
import { isBasicExpression, isLiteral, isMapping, isString } from '@actions/workflow-parser';
import type { TemplateToken } from '@actions/workflow-parser/templates/tokens/index';
import type { Rule } from '../../rule.js';

const rule: Rule = {
  id: 'PG116',
  name: 'required-input-default',
  level: 'error',
  description: 'A `workflow_call` input that is both `required: true` and given a `default:`, which is then never used.',
  help: "A caller must pass every required input of a reusable workflow, so the default of a required input is never used: it only misleads the reader (and actionlint reports it, as check-workflow-call-events). Remove `required: true` to let callers omit the input and get the default, or remove the default. A `workflow_dispatch` input is not reported: there the default pre-fills the form of a required input.",
  create(context) {
    return {
      workflowPre(workflow) {
        for (const [name, entry] of workflow.workflowCall?.inputs ?? []) {
          if (!isMapping(entry.value)) continue;
          let required = false;
          let value: TemplateToken | undefined;
          for (const pair of entry.value) {
            const key = isString(pair.key) ? pair.key.value : '';
            if (key === 'required') required = isLiteral(pair.value) && String(pair.value.toString()).toLowerCase() === 'true';
            else if (key === 'default') value = pair.value;
          }
          if (!required || !value) continue;
          const text = isBasicExpression(value) ? value.toDisplayString() : String(value.toString());
          const range = value.range ?? entry.value.range;
          const at = range ? { line: range.start.line, column: range.start.column } : entry.key.at;
          context.report(workflow.file, { at }, `input "${name}" of workflow_call is required, so its default value ${JSON.stringify(text)} is never used: a caller must always pass it; remove "required: true" or the default`);
        }
      }
    };
  }
};
export default rule;
