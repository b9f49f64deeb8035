/** PG216 excessive-permissions: `read-all`, write scopes given to every job, and write scopes no step of the job can use. */
import { isMapping } from '@actions/workflow-parser';
import type { TemplateToken } from '@actions/workflow-parser/templates/tokens/index';
import type { Rule } from '../../rule.js';
import type { JobModel, Scalar, WorkflowModel } from '../../model.js';
import { entryOf, posOf, textOf } from '../injection/tokens.js';
import { jobScopes } from './scopes.js';

/** The `scope: write` entries of a permissions mapping, each with its key. */
function writeScopes(token: TemplateToken | undefined): Scalar[] {
  const out: Scalar[] = [];
  if (!token || !isMapping(token)) return out;
  for (const pair of token) {
    const name = textOf(pair.key);
    if (name && textOf(pair.value)?.trim() === 'write') out.push({ value: name, at: posOf(pair.key) });
  }
  return out;
}

/** The fix: drop the scope, or read it only (id-token has no read level). */
const fix = (scope: string) => (scope === 'id-token' ? 'drop it' : `drop it or lower it to ${scope}: read`);

const isReadAll = (token: TemplateToken | undefined) => !!token && !isMapping(token) && textOf(token)?.trim() === 'read-all';

/** `jobs` named for a message: `job "a"`, `jobs "a", "b"`. */
function jobsNamed(jobs: readonly JobModel[]): string {
  const names = jobs.slice(0, 5).map((j) => `"${j.id.value}"`).join(', ') + (jobs.length > 5 ? `, … ${jobs.length - 5} more` : '');
  return `${jobs.length === 1 ? 'job' : 'jobs'} ${names}`;
}

/** Whether no job of `jobs` may use `scope`: every step of each is accounted for, and none uses it. */
function unusedBy(jobs: readonly JobModel[], workflow: WorkflowModel, scope: string, cache: Map<JobModel, ReturnType<typeof jobScopes>>): boolean {
  return jobs.every((job) => {
    let used = cache.get(job);
    if (!used) cache.set(job, (used = jobScopes(job, workflow)));
    return used !== 'unknown' && !used.has(scope);
  });
}

const rule: Rule = {
  id: 'PG216',
  name: 'excessive-permissions',
  level: 'warning',
  description: 'A token with more than its job uses: `permissions: read-all`, a write scope at the workflow level that every job gets, or a write scope no step of the job can use.',
  help: 'Every step of a job, and every action it runs, can use the job\'s `GITHUB_TOKEN` with all the scopes it was given: a compromised dependency with `contents: write` pushes code, with `id-token: write` signs or publishes as the repository. Reported: `read-all` on a job, or at the top of a workflow with a job that gets it (list the scopes, e.g. `contents: read`); a `write` scope at the top of a workflow of several jobs that also reaches a job that does not use it (move it to the jobs that need it, as zizmor reports it); and a `write` scope that no step of the jobs that get it can use, judged by what the steps do: known actions use known scopes (`softprops/action-gh-release` contents, `peter-evans/create-pull-request` contents and pull-requests, `docker/login-action` to ghcr.io packages, `actions/deploy-pages` pages and id-token, `aws-actions/configure-aws-credentials`, `google-github-actions/auth`, `azure/login` and `pypa/gh-action-pypi-publish` id-token, `actions/attest-build-provenance` id-token and attestations, `github/codeql-action/*` security-events, set-up and cache actions none), a script reaches `contents` through the credentials `actions/checkout` leaves (`git push`, `gh`, or a program of the repository) and `id-token` through the runner\'s OIDC variables (a registry, a cloud CLI, or a program of the repository). A job with a step this cannot account for (an action not in the table, a local or Docker action, a reusable workflow, a script or environment given the token) may use every scope and is not reported. Drop the scope, or lower it to `read`. `write-all` and a missing `permissions:` are missing-permissions (PG202). Differences from zizmor\'s excessive-permissions, on purpose: the unused scopes are ours (zizmor does not look at the steps), also for a workflow of one job, where zizmor reports workflow-level scopes only to its pedantic persona; a workflow-level write scope that every job getting it may use is not reported (moving it changes nothing), nor a `read-all` at the top that no job gets (every job sets its own); default permissions are reported per job by missing-permissions, not once more for the workflow.',
  create(context) {
    return {
      workflowPre(workflow) {
        const top = workflow.permissions;
        const used = new Map<JobModel, ReturnType<typeof jobScopes>>();
        const inheriting = workflow.jobs.filter((j) => !j.permissions);
        // A workflow's permissions reach only the jobs without their own: none, and the top is dead (zizmor: pedantic).
        if (top && isReadAll(top.value) && inheriting.length) context.report(workflow.file, top.key, 'permissions: read-all gives the token read access to every scope; list only the scopes the workflow reads (e.g. contents: read)');
        const reusableOnly = workflow.on.size === 1 && workflow.on.has('workflow_call');
        // zizmor's regular persona: several jobs, not all with their own permissions, and not only a reusable workflow.
        const everyJob = workflow.jobs.length > 1 && inheriting.length > 0 && !reusableOnly;
        for (const scope of top ? writeScopes(top.value) : []) {
          if (inheriting.length && unusedBy(inheriting, workflow, scope.value, used)) {
            context.report(workflow.file, scope, `${scope.value}: write is given to ${jobsNamed(inheriting)} at the workflow level, and no step of ${inheriting.length === 1 ? 'it' : 'them'} uses it; ${fix(scope.value)}`);
          } else if (everyJob) {
            // Only when it goes to a job that does not use it: where every job may, moving it changes nothing.
            const idle = inheriting.filter((j) => unusedBy([j], workflow, scope.value, used));
            if (idle.length) context.report(workflow.file, scope, `${scope.value}: write at the workflow level also gives write access to ${jobsNamed(idle)}, which ${idle.length === 1 ? 'does' : 'do'} not use it; set it on the jobs that need it`);
          }
        }
        for (const job of workflow.jobs) {
          if (!job.permissions) continue;
          const key = entryOf(job.token, 'permissions')?.key ?? job.id;
          if (isReadAll(job.permissions)) context.report(workflow.file, key, `job "${job.id.value}" has permissions: read-all, which gives the token read access to every scope; list only the scopes the job reads (e.g. contents: read)`);
          for (const scope of writeScopes(job.permissions)) {
            if (unusedBy([job], workflow, scope.value, used)) context.report(workflow.file, scope, `${scope.value}: write is not used by any step of job "${job.id.value}"; ${fix(scope.value)}`);
          }
        }
      }
    };
  }
};
export default rule;
