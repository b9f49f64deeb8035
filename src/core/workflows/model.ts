/**
 * The positioned model that rules read (internal to workflows-validation): a workflow with its jobs
 * and steps, or action metadata with its inputs and composite steps, built from the token tree of
 * GitHub's own parser. Every node keeps the position of its key or value, so that a rule reports a
 * node and the finding's line and column come from it.
 */
import type { MappingToken, TemplateToken } from '@actions/workflow-parser/templates/tokens/index';
import { isMapping, isSequence, isString, isLiteral, isBasicExpression } from '@actions/workflow-parser';
import type { SourceFile } from './source.js';
import { expressionSites, type ExpressionSite } from './expressions.js';
import { didYouMean } from '../suggest.js';

/** A 1-based line and column. */
export interface Pos {
  line: number;
  column: number;
}

/** Anything a rule can report: it has a position. */
export interface Node {
  at: Pos;
}

/** A scalar of the file (a key or a value) with its text. */
export interface Scalar extends Node {
  value: string;
}

/** A `key: value` entry of a mapping, the key positioned. */
export interface Entry {
  key: Scalar;
  value: TemplateToken;
}

/** `with:` / `secrets:` / `inputs:`-like mappings, by key name, in file order. */
export type Entries = Map<string, Entry>;

export interface StepModel extends Node {
  /** 0-based index in its job or composite action. */
  index: number;
  id?: Scalar;
  name?: Scalar;
  uses?: Scalar;
  run?: Scalar;
  if?: Scalar;
  with: Entries;
  /** The `with:` key, when present (for "required input missing" findings). */
  withKey?: Scalar;
  env: Entries;
  /** Every expression of the step, `if:` included. */
  expressions: ExpressionSite[];
  token: MappingToken;
}

export interface JobModel extends Node {
  /** The job id (its key under `jobs:`). */
  id: Scalar;
  name?: Scalar;
  needs: Scalar[];
  /** `outputs:` by name. */
  outputs: Entries;
  /** `uses:` of a reusable-workflow job. */
  uses?: Scalar;
  with: Entries;
  withKey?: Scalar;
  /** `secrets:` by name; `inherit` when the job passes all its secrets. */
  secrets: Entries | 'inherit';
  secretsKey?: Scalar;
  environment?: TemplateToken;
  runsOn?: TemplateToken;
  strategy?: TemplateToken;
  services?: TemplateToken;
  container?: TemplateToken;
  concurrency?: TemplateToken;
  permissions?: TemplateToken;
  if?: Scalar;
  steps: StepModel[];
  /** Expressions of the job outside its steps and outputs (if, env, with, strategy, …). */
  expressions: ExpressionSite[];
  /** Expressions of `outputs:` (where every step of the job may be named). */
  outputExpressions: ExpressionSite[];
  token: MappingToken;
}

/** `on.workflow_call` of a reusable workflow: what callers may pass. */
export interface WorkflowCall {
  key: Scalar;
  inputs: Entries;
  secrets: Entries;
  outputs: Entries;
}

export interface WorkflowModel {
  kind: 'workflow';
  file: SourceFile;
  name?: Scalar;
  /** Trigger names with their configuration token. */
  on: Entries;
  workflowCall?: WorkflowCall;
  permissions?: Entry;
  concurrency?: Entry;
  env: Entries;
  jobs: JobModel[];
  jobsById: Map<string, JobModel>;
  /** Jobs by lower-case id (GitHub's job ids are case-insensitive); the first of a spelling wins. */
  jobsByLowerId: Map<string, JobModel>;
  /** Expressions at workflow level (run-name, env, concurrency). */
  expressions: ExpressionSite[];
  root: MappingToken;
}

export interface ActionInput {
  key: Scalar;
  required: boolean;
  hasDefault: boolean;
  /** It has a `deprecationMessage`. */
  deprecated?: boolean;
}

export interface ActionModel {
  kind: 'action';
  file: SourceFile;
  name?: Scalar;
  inputs: Map<string, ActionInput>;
  outputs: Entries;
  using?: Scalar;
  /** Steps of a composite action. */
  steps: StepModel[];
  root: MappingToken;
}

export type FileModel = WorkflowModel | ActionModel;

// --- building ---------------------------------------------------------------------------------

function pos(token: TemplateToken | undefined): Pos {
  return token?.range ? { line: token.range.start.line, column: token.range.start.column } : { line: 1, column: 1 };
}

/** A scalar's text: literals as written, expressions as `${{ … }}`. */
function scalar(token: TemplateToken | undefined): Scalar | undefined {
  if (!token) return undefined;
  if (isLiteral(token)) return { value: token.toString(), at: pos(token) };
  if (isBasicExpression(token)) return { value: token.toDisplayString(), at: pos(token) };
  return undefined;
}

function entries(token: TemplateToken | undefined): Entries {
  const map: Entries = new Map();
  if (!token || !isMapping(token)) return map;
  for (const pair of token) {
    const key = scalar(pair.key);
    if (key && !map.has(key.value)) map.set(key.value, { key, value: pair.value });
  }
  return map;
}

function keyOf(token: MappingToken, name: string): Entry | undefined {
  for (const pair of token) {
    if (isString(pair.key) && pair.key.value === name) return { key: scalar(pair.key)!, value: pair.value };
  }
  return undefined;
}

function buildSteps(token: TemplateToken | undefined): StepModel[] {
  const steps: StepModel[] = [];
  if (!token || !isSequence(token)) return steps;
  let index = 0;
  for (const item of token) {
    if (!isMapping(item)) continue;
    const e = entries(item);
    const expressions = [...expressionSites(item)];
    const ifEntry = e.get('if');
    // A bare `if:` string is an expression too, though the token tree holds it as a string.
    if (ifEntry && isString(ifEntry.value)) expressions.push(...expressionSites(ifEntry.value, true));
    steps.push({
      index: index++,
      at: pos(item),
      id: scalar(e.get('id')?.value),
      name: scalar(e.get('name')?.value),
      uses: scalar(e.get('uses')?.value),
      run: scalar(e.get('run')?.value),
      if: scalar(ifEntry?.value),
      with: entries(e.get('with')?.value),
      withKey: e.get('with')?.key,
      env: entries(e.get('env')?.value),
      expressions,
      token: item
    });
  }
  return steps;
}

function buildJob(id: Scalar, token: MappingToken): JobModel {
  const e = entries(token);
  const needsToken = e.get('needs')?.value;
  const needs: Scalar[] = [];
  if (needsToken && isSequence(needsToken)) {
    for (const n of needsToken) {
      const s = scalar(n);
      if (s) needs.push(s);
    }
  } else {
    const s = scalar(needsToken);
    if (s) needs.push(s);
  }
  const secretsToken = e.get('secrets')?.value;
  const expressions: ExpressionSite[] = [];
  for (const [name, entry] of e) {
    if (name === 'steps' || name === 'outputs') continue;
    expressions.push(...expressionSites(entry.value, name === 'if'));
  }
  return {
    id,
    at: id.at,
    name: scalar(e.get('name')?.value),
    needs,
    outputs: entries(e.get('outputs')?.value),
    uses: scalar(e.get('uses')?.value),
    with: entries(e.get('with')?.value),
    withKey: e.get('with')?.key,
    secrets: secretsToken && isString(secretsToken) && secretsToken.value === 'inherit' ? 'inherit' : entries(secretsToken),
    secretsKey: e.get('secrets')?.key,
    environment: e.get('environment')?.value,
    runsOn: e.get('runs-on')?.value,
    strategy: e.get('strategy')?.value,
    services: e.get('services')?.value,
    container: e.get('container')?.value,
    concurrency: e.get('concurrency')?.value,
    permissions: e.get('permissions')?.value,
    if: scalar(e.get('if')?.value),
    steps: buildSteps(e.get('steps')?.value),
    expressions,
    outputExpressions: expressionSites(e.get('outputs')?.value),
    token
  };
}

function byLowerId(jobs: readonly JobModel[]): Map<string, JobModel> {
  const map = new Map<string, JobModel>();
  for (const j of jobs) {
    const key = j.id.value.toLowerCase();
    if (!map.has(key)) map.set(key, j);
  }
  return map;
}

/** The jobs `job` needs directly that the workflow has (unknown names left out). */
export function neededJobs(workflow: WorkflowModel, job: JobModel): JobModel[] {
  const out: JobModel[] = [];
  for (const need of job.needs) {
    const next = workflow.jobsByLowerId.get(need.value.toLowerCase());
    if (next) out.push(next);
  }
  return out;
}

const namesOf = new WeakMap<WorkflowModel, Map<string, JobModel>>();

/** Jobs by their `name:` (the first of a name), built once per workflow. */
export function jobsByName(workflow: WorkflowModel): Map<string, JobModel> {
  let map = namesOf.get(workflow);
  if (!map) {
    map = new Map();
    for (const j of workflow.jobs) if (j.name && !map.has(j.name.value)) map.set(j.name.value, j);
    namesOf.set(workflow, map);
  }
  return map;
}

/**
 * Most "did you mean" searches among a workflow's job ids: each compares the name with every id,
 * so thousands of unknown names in a workflow of thousands of jobs would be quadratic. Past it the
 * findings keep their message without the hint (only the first 100 of a file are shown anyway).
 */
export const JOB_SUGGESTIONS_PER_WORKFLOW = 100;
const suggestionsMade = new WeakMap<WorkflowModel, number>();

/** ` (did you mean "x"?)` for a near miss of a job id, within the workflow's budget of searches. */
export function suggestJob(workflow: WorkflowModel, name: string): string {
  const made = suggestionsMade.get(workflow) ?? 0;
  if (made >= JOB_SUGGESTIONS_PER_WORKFLOW) return '';
  suggestionsMade.set(workflow, made + 1);
  return didYouMean(name, workflow.jobsById.keys());
}

/** The model of a workflow from the root token GitHub's parser read. */
export function buildWorkflow(file: SourceFile, root: MappingToken): WorkflowModel {
  const e = entries(root);
  const onToken = e.get('on')?.value;
  const on: Entries = new Map();
  if (onToken && isMapping(onToken)) for (const [k, v] of entries(onToken)) on.set(k, v);
  else if (onToken && isSequence(onToken)) {
    for (const t of onToken) {
      const s = scalar(t);
      if (s) on.set(s.value, { key: s, value: t });
    }
  } else {
    const s = scalar(onToken);
    if (s) on.set(s.value, { key: s, value: onToken! });
  }
  const call = on.get('workflow_call');
  const callEntries = call ? entries(call.value) : undefined;
  const jobs: JobModel[] = [];
  const jobsToken = e.get('jobs')?.value;
  if (jobsToken && isMapping(jobsToken)) {
    for (const pair of jobsToken) {
      const id = scalar(pair.key);
      if (id && isMapping(pair.value)) jobs.push(buildJob(id, pair.value));
    }
  }
  const expressions: ExpressionSite[] = [];
  for (const name of ['run-name', 'env', 'concurrency']) expressions.push(...expressionSites(e.get(name)?.value));
  return {
    kind: 'workflow',
    file,
    name: scalar(e.get('name')?.value),
    on,
    workflowCall: call
      ? {
          key: call.key,
          inputs: entries(callEntries?.get('inputs')?.value),
          secrets: entries(callEntries?.get('secrets')?.value),
          outputs: entries(callEntries?.get('outputs')?.value)
        }
      : undefined,
    permissions: keyOf(root, 'permissions'),
    concurrency: keyOf(root, 'concurrency'),
    env: entries(e.get('env')?.value),
    jobs,
    jobsById: new Map(jobs.map((j) => [j.id.value, j])),
    jobsByLowerId: byLowerId(jobs),
    expressions,
    root
  };
}

/** The model of action metadata from the root token GitHub's parser read. */
export function buildAction(file: SourceFile, root: MappingToken): ActionModel {
  const e = entries(root);
  const inputs = new Map<string, ActionInput>();
  for (const [name, entry] of entries(e.get('inputs')?.value)) {
    const spec = entries(entry.value);
    const required = spec.get('required')?.value;
    inputs.set(name, {
      key: entry.key,
      required: required !== undefined && isLiteral(required) && String(required.toString()).toLowerCase() === 'true',
      hasDefault: spec.has('default'),
      deprecated: spec.has('deprecationMessage')
    });
  }
  const runs = entries(e.get('runs')?.value);
  return {
    kind: 'action',
    file,
    name: scalar(e.get('name')?.value),
    inputs,
    outputs: entries(e.get('outputs')?.value),
    using: scalar(runs.get('using')?.value),
    steps: buildSteps(runs.get('steps')?.value),
    root
  };
}

/**
 * A `uses:` of this repository at the running commit: workspace-relative `./path`, or GitHub's
 * self-repository reference `$/path` (resolved at the workflow's own commit, no checkout needed).
 */
export function isLocalUses(uses: string | undefined): boolean {
  const value = uses?.trim();
  return !!value && (value.startsWith('./') || value.startsWith('$/'));
}

// --- Dependabot ---------------------------------------------------------------------------------

/** One entry of `updates:` of `.github/dependabot.yml`, at its first key. */
export interface DependabotUpdate extends Node {
  /** `package-ecosystem:`. */
  ecosystem?: Scalar;
  directory?: Scalar;
  /** The `cooldown:` key, when present. */
  cooldownKey?: Scalar;
  /** `cooldown.default-days:` with its key's position; `value` is the text as written. */
  cooldownDefaultDays?: Entry['key'] & { days: string };
  /** `insecure-external-code-execution:` with its key's position; `value` is `allow` or `deny`. */
  insecureExternalCodeExecution?: Entry['key'] & { setting: string };
}

/** `.github/dependabot.yml`: Dependabot's version updates. */
export interface DependabotModel {
  kind: 'dependabot';
  file: SourceFile;
  updates: DependabotUpdate[];
}
