/**
 * Deploy jobs of a workflow, shared by the deployment-policy rules (PG300–PG304): which jobs
 * deploy, to which environment, with which step, and how jobs are ordered through `needs:`.
 *
 * A deploy job is a job that changes a running service: one of its steps
 * - uses our deploy action (`…/actions/deploy` under any owner and repository name, `./` or `$/`)
 *   or the root action (`owner/phase-gates@…`, the whole Phase 06 in one step);
 * - uses a common deploy action (cloudflare/wrangler-action, azure/webapps-deploy,
 *   aws-actions/amazon-ecs-deploy-task-definition, google-github-actions/deploy-cloudrun, a
 *   production Netlify/Vercel/Firebase deploy, …);
 * - runs a deploy command (`wrangler deploy`, `flyctl deploy`, `gcloud run deploy`,
 *   `./deploy.sh`, `make deploy`, `npm run deploy`, …);
 * - or, in a job named for deploying (deploy, release, publish, rollout, prod) or bound to an
 *   `environment:`, runs a generic infrastructure command (`kubectl apply`, `helm upgrade`,
 *   `terraform apply`, …) or a remote script through an SSH action.
 * An `environment:` alone does not make a deploy job: package publishes (trusted publishing asks
 * for an environment), image builds, tag moves and approval-only jobs change no running service.
 * Preview deploys (Vercel or Netlify without `--prod`, a Firebase preview channel) and dry runs
 * are not deploys either.
 */
import { isLiteral, isMapping, isString } from '@actions/workflow-parser';
import type { TemplateToken } from '@actions/workflow-parser/templates/tokens/index';
import { neededJobs, type JobModel, type Node, type Pos, type StepModel, type WorkflowModel } from '../../model.js';

/** `owner/repo/…/actions/<name>@ref`, `./…/actions/<name>` or `$/…/actions/<name>`: our action under any repository name. */
function ownAction(name: string): RegExp {
  return new RegExp(`^(?:[^/\\s@]+/[^/\\s@]+/(?:[^@\\s]+/)?actions/${name}@|[.$]/(?:[^@\\s]+/)?actions/${name}/?$)`, 'i');
}
const DEPLOY_ACTION = ownAction('deploy');
const SMOKE_ACTION = ownAction('smoke-test');
const GATES_ACTION = ownAction('gates-enforcer');
const ROOT_ACTION = /^[^/\s@]+\/phase-gates@/i;
/** Inputs only our root action has: a root action renamed or forked is still recognised by them. */
const ROOT_INPUTS = ['phase-file', 'provider'];

/** Deploy actions of the field: `owner/repo[/path]` (lower case) and, when only some uses deploy, which. */
const DEPLOY_ACTIONS: ReadonlyArray<[string, ((step: StepModel) => boolean)?]> = [
  ['cloudflare/wrangler-action', (s) => { const c = input(s, 'command'); return c === undefined || /\b(?:deploy|publish)\b/.test(c) && !DRY_RUN.test(c); }],
  ['cloudflare/pages-action'],
  ['azure/webapps-deploy'],
  ['azure/functions-action'],
  ['azure/k8s-deploy'],
  ['azure/container-apps-deploy-action'],
  ['azure/static-web-apps-deploy', (s) => input(s, 'action')?.trim().toLowerCase() !== 'close'],
  ['aws-actions/amazon-ecs-deploy-task-definition'],
  ['aws-actions/aws-cloudformation-github-deploy'],
  ['google-github-actions/deploy-cloudrun'],
  ['google-github-actions/deploy-appengine'],
  ['google-github-actions/deploy-cloud-functions'],
  ['superfly/flyctl-actions', (s) => /\bdeploy\b/.test(input(s, 'args') ?? '')],
  ['firebaseextended/action-hosting-deploy', (s) => input(s, 'channelId')?.trim() === 'live'],
  ['amondnet/vercel-action', (s) => /--prod\b/.test(input(s, 'vercel-args') ?? '')],
  ['nwtgck/actions-netlify', (s) => input(s, 'production-deploy')?.trim() === 'true'],
  ['netlify/actions/cli', (s) => /\bdeploy\b.*--prod\b/.test(input(s, 'args') ?? '')],
  ['akhileshns/heroku-deploy'],
  ['bitovi/github-actions-deploy-eks-helm'],
  ['deliverybot/helm']
];
/** Actions that deploy only where the job is a deploy job by its name or environment (they run anything remotely). */
const GENERIC_ACTIONS = ['appleboy/ssh-action'];

/** Deploy commands that say so themselves. */
const DEPLOY_COMMAND = new RegExp(
  [
    String.raw`\bwrangler\s+(?:\S+\s+)*?(?:deploy|publish)\b`,
    String.raw`\b(?:flyctl|fly)\s+deploy\b`,
    String.raw`\bnetlify\s+deploy\b.*--prod\b`,
    String.raw`\bvercel\b(?!\s+(?:build|pull|env|link)\b).*--prod\b`,
    String.raw`\bfirebase\s+(?:\S+\s+)*?deploy\b`,
    String.raw`\bgcloud\s+(?:\S+\s+)*?(?:run|app|functions)\s+deploy\b`,
    String.raw`\baz\s+(?:webapp\s+(?:deploy|up)|containerapp\s+update|functionapp\s+deployment)\b`,
    String.raw`\baws\s+(?:ecs\s+update-service|lambda\s+update-function-code|deploy\s+create-deployment)\b`,
    String.raw`\b(?:cdk|sam|serverless|sls|kamal|eb)\s+deploy\b`,
    String.raw`\bheroku\s+container:release\b`,
    String.raw`\bgit\s+push\s+(?:\S+\s+)*?heroku\b`,
    String.raw`\bcf\s+push\b`,
    String.raw`\bdocker\s+stack\s+deploy\b`,
    String.raw`(?:^|[\s/;&|])deploy[\w.-]*\.sh\b`,
    String.raw`\bmake\s+(?:\S+\s+)*?deploy[\w:-]*(?=$|[\s;&|)])`,
    String.raw`\b(?:npm|pnpm|bun)\s+(?:\S+\s+)*?run\s+deploy(?=$|[\s:;&|)])`,
    String.raw`\byarn\s+(?!add\b|remove\b|install\b)(?:\S+\s+)*?deploy(?=$|[\s:;&|)])`
  ].join('|'),
  'i'
);
/** Infrastructure commands that deploy only in a deploy job (by its name or environment); in CI they often target a throw-away cluster. */
const GENERIC_COMMAND =
  /\b(?:kubectl\s+(?:\S+\s+)*?(?:apply|rollout|set\s+image)\b|helm\s+(?:\S+\s+)*?(?:upgrade|install)\b|helmfile\s+(?:\S+\s+)*?(?:apply|sync)\b|terraform\s+(?:\S+\s+)*?apply\b|pulumi\s+(?:\S+\s+)*?up\b|ansible-playbook\b)/i;
const DRY_RUN = /--dry-run\b|--dryrun\b/i;
const DEPLOY_NAME = /deploy|release|publish|rollout|production|prod\b/i;
const SMOKE_COMMAND = /\b(?:curl|wget|smoke|health[-_ ]?check|healthz|readyz|livez|e2e|end-to-end)\b/i;
const GATES_NAME = /^gates(?:[-_ ]?enforcer)?$/i;
const PRODUCTION = /^(?:prod|production)$/i;
const STAGING = /^(?:staging|stage|stg|pre-?prod|pre-?production)$/i;
/** Longest run script read line by line for deploy commands (a bound on hostile input). */
const MAX_RUN_CHARS = 20_000;

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

/** A literal `with:` input of a step (undefined when absent or an expression). */
function input(step: StepModel, name: string): string | undefined {
  const value = step.with.get(name)?.value;
  return value && isLiteral(value) ? value.toString() : undefined;
}

/** The `owner/repo[/path]` of a remote `uses:`, lower case, without its ref. */
function actionOf(uses: string): string {
  const at = uses.indexOf('@');
  return (at < 0 ? uses : uses.slice(0, at)).trim().toLowerCase();
}

/** Our deploy action, under any owner and repository name, or as `./…` / `$/…`. */
export function isDeployAction(uses: string | undefined): boolean {
  return !!uses && DEPLOY_ACTION.test(uses.trim());
}

/**
 * Our root action: `owner/phase-gates@…`, or any `owner/repo@…`, `./` or `$/` given its inputs (a
 * bare `uses: ./` is whatever action the repository holds: actions/checkout tests itself that way).
 */
export function isRootAction(uses: string | undefined, step?: StepModel): boolean {
  if (!uses) return false;
  const value = uses.trim();
  if (ROOT_ACTION.test(value)) return true;
  return !!step && /^(?:[^/\s@]+\/[^/\s@]+@|[.$]\/?$)/.test(value) && ROOT_INPUTS.every((k) => step.with.has(k));
}

/** The lines of a `run:` that deploy by themselves, or (with `generic`) by infrastructure commands too. */
function runDeploys(run: string, generic: boolean): boolean {
  for (const line of run.slice(0, MAX_RUN_CHARS).split('\n')) {
    if (DRY_RUN.test(line)) continue;
    if (DEPLOY_COMMAND.test(line) || (generic && GENERIC_COMMAND.test(line))) return true;
  }
  return false;
}

/**
 * A step that deploys: our deploy or root action, a deploy action of the field or a deploy
 * command; with `generic` (the job is a deploy job by its name or environment), an
 * infrastructure command or remote script too.
 */
export function isDeployStep(step: StepModel, generic = false): boolean {
  const uses = step.uses?.value;
  if (uses) {
    if (isDeployAction(uses) || isRootAction(uses, step)) return true;
    const action = actionOf(uses);
    const known = DEPLOY_ACTIONS.find(([name]) => action === name || action.startsWith(`${name}/`));
    if (known) return !known[1] || known[1](step);
    return generic && GENERIC_ACTIONS.includes(action);
  }
  return !!step.run && runDeploys(step.run.value, generic);
}

/** A smoke test: our smoke-test action, or a run that probes the service (curl, wget, health check, end-to-end tests). */
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

/** The job as a deploy job, or undefined when it changes no running service. */
export function deployJob(job: JobModel): DeployJob | undefined {
  const generic = job.environment !== undefined || DEPLOY_NAME.test(job.id.value) || (!!job.name && DEPLOY_NAME.test(job.name.value));
  const deployStep = job.steps.find((s) => isDeployStep(s, generic));
  if (!deployStep) return undefined;
  const ours = job.steps.filter((s) => isDeployAction(s.uses?.value) || isRootAction(s.uses?.value, s));
  const environments: string[] = [];
  const jobEnv = environmentName(job.environment);
  if (jobEnv) environments.push(jobEnv);
  for (const step of ours) {
    const value = step.with.get('environment')?.value;
    if (value && isLiteral(value)) environments.push(value.toString().trim());
  }
  return {
    job,
    deployStep,
    rootAction: ours.some((s) => isRootAction(s.uses?.value, s)),
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
