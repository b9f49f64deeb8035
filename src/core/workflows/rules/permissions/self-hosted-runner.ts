/** PG213 self-hosted-runner: a job that runs, or may run, on a self-hosted runner. */
import { isBasicExpression, isMapping, isSequence, isString, isLiteral } from '@actions/workflow-parser';
import type { TemplateToken } from '@actions/workflow-parser/templates/tokens/index';
import type { JobModel } from '../../model.js';
import type { Rule } from '../../rule.js';
import { keyNode, valueOf } from '../injection/expr-tree.js';

function text(t: TemplateToken | undefined): string | undefined {
  if (!t) return undefined;
  if (isBasicExpression(t)) return t.toDisplayString();
  return isLiteral(t) ? t.toString() : undefined;
}

function texts(t: TemplateToken | undefined): string[] {
  if (t && isSequence(t)) {
    const out: string[] = [];
    for (const item of t) {
      const s = text(item);
      if (s !== undefined) out.push(s);
    }
    return out;
  }
  const s = text(t);
  return s === undefined ? [] : [s];
}

/** The values a `${{ matrix.<key> }}` can take: the key's list and `include:`, less what `exclude:` removes. */
function matrixValues(job: JobModel, key: string): string[] {
  const matrix = valueOf(job.strategy, 'matrix');
  if (!matrix || !isMapping(matrix)) return [];
  const values = new Set(texts(valueOf(matrix, key)));
  const lists = (name: string): TemplateToken[] => {
    const t = valueOf(matrix, name);
    return t && isSequence(t) ? [...t] : [];
  };
  for (const ex of lists('exclude')) for (const v of texts(valueOf(ex, key))) values.delete(v);
  for (const inc of lists('include')) for (const v of texts(valueOf(inc, key))) values.add(v);
  return [...values];
}

/** Why a job's runs-on may pick a self-hosted runner, or undefined. */
function selfHosted(job: JobModel): string | undefined {
  const runsOn = job.runsOn;
  if (!runsOn) return undefined;
  if (isMapping(runsOn)) return valueOf(runsOn, 'group') ? 'a runner group, which implies self-hosted runners' : undefined;
  const whole = text(runsOn)?.trim() ?? '';
  if (isBasicExpression(runsOn) || (isString(runsOn) && /^\$\{\{.*\}\}$/s.test(whole))) {
    // The whole of runs-on is one expression: only a matrix value can be read from the workflow.
    const m = /^\$\{\{\s*matrix\.([\w-]+)\s*\}\}$/.exec(whole);
    return m && matrixValues(job, m[1]).some((v) => v.includes('self-hosted')) ? `matrix.${m[1]}, whose values include self-hosted` : undefined;
  }
  const first = texts(runsOn)[0];
  if (first === 'self-hosted') return 'the self-hosted label';
  if (first !== undefined && /^\$\{\{.*\}\}$/s.test(first.trim())) return `${first}, an expression that may expand to a self-hosted runner`;
  return undefined;
}

const rule: Rule = {
  id: 'PG213',
  name: 'self-hosted-runner',
  level: 'note',
  description: 'A job whose `runs-on:` names a self-hosted runner (its `self-hosted` label, a runner group, or a matrix value) (zizmor\'s self-hosted-runner).',
  help: 'A self-hosted runner that is not ephemeral keeps its disk, caches and processes from one job to the next: in a public repository, a pull request that runs on it can leave a backdoor for the jobs that follow, with their secrets. Use GitHub-hosted runners for untrusted code, or ephemeral self-hosted runners (`--ephemeral`, one job per machine). Reported as a note, since whether a runner is ephemeral cannot be read from the workflow (zizmor reports it to auditors only).',
  create(context) {
    return {
      jobPre(job, workflow) {
        if (job.uses) return;
        const why = selfHosted(job);
        const key = keyNode(job.token, 'runs-on');
        if (why && key) context.report(workflow.file, key, `job "${job.id.value}" runs on ${why}; unless the runner is ephemeral, one job can leave code behind for the next, so keep untrusted code off it`);
      }
    };
  }
};
export default rule;
