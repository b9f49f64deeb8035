/**
 * Deploy jobs of a workflow, shared by the deployment-policy rules (PG300–PG304): which jobs
 * deploy, to which environment, with which step, and how jobs are ordered through `needs:`.
 *
 * A job deploys when one of its steps uses our deploy action (`owner/phase-gates/actions/deploy@…`,
 * `./actions/deploy`) or the root action (`owner/phase-gates@…`, the whole Phase 06 in one step),
 * when it is bound to an `environment:`, or when its id or name says so (deploy, release, publish,
 * rollout, production, prod) and a step runs a deploy command (kubectl apply, helm upgrade,
 * terraform apply, …). A job that publishes a package (npm publish, twine upload, cargo publish,
 * the PyPI publish action, …) and deploys nothing is not a deploy job, even when it is bound to an
 * environment: trusted publishing asks for one, and a package has no service to smoke-test.
 */
import { isLiteral, isMapping, isString } from '@actions/workflow-parser';
import type { TemplateToken } from '@actions/workflow-parser/templates/tokens/index';
import { neededJobs, type JobModel, type Node, type Pos, type StepModel, type WorkflowModel } from '../../model.js';

const DEPLOY_ACTION = /^(?:[^/\s]+\/phase-gates\/actions\/deploy@|\.\/actions\/deploy\/?$)/i;
const ROOT_ACTION = /^[^/\s]+\/phase-gates@/i;
const SMOKE_ACTION = /^(?:[^/\s]+\/phase-gates\/actions\/smoke-test@|\.\/actions\/smoke-test\/?$)/i;
const GATES_ACTION = /^(?:[^/\s]+\/phase-gates\/actions\/gates-enforcer@|\.\/actions\/gates-enforcer\/?$)/i;
const DEPLOY_NAME = /deploy|release|publish|rollout|production|prod\b/i;
const DEPLOY_COMMAND =
  /\b(?:kubectl\s+(?:\S+\s+)*?(?:apply|rollout)\b|helm\s+(?:\S+\s+)*?upgrade\b|terraform\s+(?:\S+\s+)*?apply\b|aws\s+ecs\s+update-service\b|az\s+webapp\s+deploy\b|gcloud\s+run\s+deploy\b|vercel\s+(?:deploy\s+)?.*--prod\b|serverless\s+deploy\b|sls\s+deploy\b)/i;
const PUBLISH_COMMAND =
  /\b(?:(?:npm|pnpm|yarn(?:\s+npm)?)\s+publish\b|twine\s+upload\b|(?:uv|poetry|flit|hatch)\s+publish\b|cargo\s+publish\b|gem\s+push\b|dotnet\s+nuget\s+push\b)/i;
const PUBLISH_ACTION = /^pypa\/gh-action-pypi-publish@/i;
const SMOKE_COMMAND = /\b(?:curl|wget|smoke|health[-_ ]?check|healthz|readyz|livez)\b/i;
const GATES_NAME = /^gates(?:[-_ ]?enforcer)?$/i;
const PRODUCTION = /^(?:prod|production)$/i;
const STAGING = /^(?:staging|stage|stg|pre-?prod|pre-?production)$/i;

/** A deploy job and what the rules need to know about it. */
export interface DeployJob {
  job: JobModel;
  /** The first step that deploys (our deploy or root action, or a deploy command), if any. */
  deployStep?: StepModel;
  /** The root action runs gates, deploy and smoke tests in one step. */
  rootAction: boolean;
  /** Environment names: the job's `environment:` and the deploy action's `environment` input. */
  environments: string[];
  production: boolean;
  staging: boolean;
}

function pos(token: TemplateToken): Pos {
  return token.range ? { line: token.range.start.line, column: token.range.start.column } : { line: 1, column: 1 };
}

/** The value of `key` in a mapping token, with its position. */
export function mappingValue(token: TemplateToken | undefined, key: string): TemplateToken | undefined {
  if (!token || !isMapping(token)) return undefined;
  for (const pair of token) if (isString(pair.key) && pair.key.value === key) return pair.value;
  return undefined;
}

/** A token as a reportable node. */
export function nodeOf(token: TemplateToken): Node {
  return { at: pos(token) };
}

/** A literal `true` (the parser may keep it as a boolean or a string). */
export function isTrue(token: TemplateToken | undefined): boolean {
  return !!token && isLiteral(token) && token.toString().trim().toLowerCase() === 'true';
}

/** The environment name of `environment:` (a string, or a mapping with `name:`); literals only. */
export function environmentName(token: TemplateToken | undefined): string | undefined {
  if (!token) return undefined;
  const name = isMapping(token) ? mappingValue(token, 'name') : token;
  return name && isLiteral(name) ? name.toString().trim() : undefined;
}

export function isDeployAction(uses: string | undefined): boolean {
  return !!uses && DEPLOY_ACTION.test(uses.trim());
}

export function isRootAction(uses: string | undefined): boolean {
  return !!uses && ROOT_ACTION.test(uses.trim());
}

/** A step that deploys: our deploy or root action, or a deploy command. */
export function isDeployStep(step: StepModel): boolean {
  return isDeployAction(step.uses?.value) || isRootAction(step.uses?.value) || (!!step.run && DEPLOY_COMMAND.test(step.run.value));
}

/** A smoke test: our smoke-test action, or a run that probes the service (curl, wget, health check). */
export function isSmokeStep(step: StepModel): boolean {
  if (step.uses && SMOKE_ACTION.test(step.uses.value.trim())) return true;
  return !!step.run && SMOKE_COMMAND.test(step.run.value);
}

/** A step running our gates-enforcer action. */
export function isGatesStep(step: StepModel): boolean {
  return !!step.uses && GATES_ACTION.test(step.uses.value.trim());
}

/** A gates job: it runs our gates-enforcer action, or is named `gates` / `gates_enforcer`. */
export function isGatesJob(job: JobModel): boolean {
  return GATES_NAME.test(job.id.value) || (!!job.name && GATES_NAME.test(job.name.value)) || job.steps.some(isGatesStep);
}

export function isProduction(name: string): boolean {
  return PRODUCTION.test(name);
}

export function isStaging(name: string): boolean {
  return STAGING.test(name);
}

/** A step that publishes a package to a registry. */
function isPublishStep(step: StepModel): boolean {
  return (!!step.uses && PUBLISH_ACTION.test(step.uses.value.trim())) || (!!step.run && PUBLISH_COMMAND.test(step.run.value));
}

/** The job as a deploy job, or undefined when it does not deploy. */
export function deployJob(job: JobModel): DeployJob | undefined {
  const deployStep = job.steps.find(isDeployStep);
  const byAction = job.steps.some((s) => isDeployAction(s.uses?.value) || isRootAction(s.uses?.value));
  if (!deployStep && job.steps.some(isPublishStep)) return undefined;
  const named = DEPLOY_NAME.test(job.id.value) || (!!job.name && DEPLOY_NAME.test(job.name.value));
  if (!byAction && job.environment === undefined && !(named && deployStep)) return undefined;
  const environments: string[] = [];
  const jobEnv = environmentName(job.environment);
  if (jobEnv) environments.push(jobEnv);
  for (const step of job.steps) {
    if (!isDeployAction(step.uses?.value) && !isRootAction(step.uses?.value)) continue;
    const input = step.with.get('environment')?.value;
    if (input && isLiteral(input)) environments.push(input.toString().trim());
  }
  return {
    job,
    deployStep,
    rootAction: job.steps.some((s) => isRootAction(s.uses?.value)),
    environments,
    production: environments.some(isProduction),
    staging: environments.some(isStaging)
  };
}

/** Every deploy job of the workflow, in file order. */
export function deployJobs(workflow: WorkflowModel): DeployJob[] {
  return workflow.jobs.map(deployJob).filter((d): d is DeployJob => d !== undefined);
}

const dependentsOf = new WeakMap<WorkflowModel, Map<JobModel, JobModel[]>>();

/** The jobs that need each job directly, built once per workflow. */
function dependents(workflow: WorkflowModel): Map<JobModel, JobModel[]> {
  let map = dependentsOf.get(workflow);
  if (!map) {
    map = new Map();
    for (const job of workflow.jobs) {
      for (const needed of neededJobs(workflow, job)) {
        const list = map.get(needed);
        if (list) list.push(job);
        else map.set(needed, [job]);
      }
    }
    dependentsOf.set(workflow, map);
  }
  return map;
}

/**
 * The jobs that a job of `sources` waits for, directly or through other jobs (`upstream`), or that
 * wait for one (`downstream`); job ids are case-insensitive. One breadth-first pass over the needs
 * graph for all sources together: linear in the workflow, however many jobs it has. A source is in
 * the result only when a path leads to it from a source: from another, or from itself around a
 * cycle (which GitHub refuses, and PG111 reports).
 */
export function reachable(workflow: WorkflowModel, sources: Iterable<JobModel>, direction: 'upstream' | 'downstream'): Set<JobModel> {
  const edges = direction === 'upstream' ? (j: JobModel) => neededJobs(workflow, j) : (j: JobModel) => dependents(workflow).get(j) ?? [];
  const seen = new Set<JobModel>();
  const queue = [...sources];
  for (let i = 0; i < queue.length; i++) {
    for (const next of edges(queue[i])) {
      if (seen.has(next)) continue;
      seen.add(next);
      queue.push(next);
    }
  }
  return seen;
}
