/**
 * The contexts of a workflow typed from its declarations, as actionlint's rule_expression.go does:
 * `matrix` from `strategy.matrix` (rows, `include`; an expression is unknown), `inputs` from
 * `workflow_call`/`workflow_dispatch`, `secrets` of a reusable workflow, `needs` from the jobs
 * needed and their outputs, `steps` from the steps before (outputs of local actions known), and
 * `github.event` from the payloads of the triggers (event-payloads.ts), its `inputs` from workflow_dispatch. {@link analyseWorkflow} types every `${{ }}` of a workflow once a run
 * and keeps the problems, which the rules PG105, PG106 and PG108 report by kind.
 */
import { isBasicExpression, isBoolean, isMapping, isNumber, isSequence, isString } from '@actions/workflow-parser';
import type { BasicExpressionToken, TemplateToken } from '@actions/workflow-parser/templates/tokens/index';
import { expressionSites, type ExpressionSite } from '../../expressions.js';
import type { JobModel, StepModel, WorkflowModel } from '../../model.js';
import type { Project, Rule, RuleMeta } from '../../rule.js';
import {
  ANY,
  BOOL,
  NULL,
  NUMBER,
  STRING,
  arrayOf,
  assignable,
  briefTypeName,
  checkExpression,
  looseObject,
  mapOf,
  merge,
  strictObject,
  typeName,
  typeOf,
  type ObjectType,
  type Scope,
  type Type,
  type TypeProblem
} from './types.js';
import { eventType } from './event-payloads.js';

/** Keys whose value is evaluated as a string: an object, array or null there is printed as `Object`/`Array`/empty. */
const TEMPLATE_KEYS = new Set(['name', 'run-name', 'env', 'run', 'with', 'working-directory', 'shell', 'concurrency', 'environment', 'outputs', 'defaults']);
/** Of those, the keys that hold a mapping, which one expression may give whole. */
const MAPPING_KEYS = new Set(['env', 'with', 'concurrency', 'environment', 'outputs', 'defaults']);

const GITHUB_PROPS: Record<string, Type> = Object.fromEntries(
  [
    'action', 'action_path', 'action_ref', 'action_repository', 'action_status', 'actor', 'actor_id', 'api_url', 'base_ref', 'env', 'event_name',
    'event_path', 'graphql_url', 'head_ref', 'job', 'output', 'path', 'ref', 'ref_name', 'ref_type', 'repository', 'repository_id', 'repository_owner',
    'repository_owner_id', 'repository_visibility', 'repositoryurl', 'run_attempt', 'run_id', 'run_number', 'secret_source', 'server_url', 'sha',
    'state', 'step_summary', 'token', 'triggering_actor', 'workflow', 'workflow_ref', 'workflow_sha', 'workspace'
  ].map((n) => [n, STRING])
);

/** The contexts every expression sees, before the workflow's declarations (actionlint's BuiltinGlobalVariableTypes). */
function builtinScope(): Map<string, Type> {
  return new Map<string, Type>([
    ['github', strictObject({ ...GITHUB_PROPS, artifact_cache_size_limit: NUMBER, ref_protected: BOOL, retention_days: NUMBER, event: looseObject() })],
    ['env', mapOf(STRING)],
    [
      'job',
      strictObject({
        check_run_id: NUMBER,
        container: strictObject({ id: STRING, network: STRING }),
        services: mapOf(strictObject({ id: STRING, network: STRING, ports: mapOf(STRING) })),
        status: STRING
      })
    ],
    ['steps', strictObject()],
    ['runner', strictObject({ name: STRING, os: STRING, arch: STRING, temp: STRING, tool_cache: STRING, debug: STRING, environment: STRING })],
    ['secrets', mapOf(STRING)],
    ['strategy', looseObject({ 'fail-fast': BOOL, 'job-index': NUMBER, 'job-total': NUMBER, 'max-parallel': NUMBER })],
    ['matrix', strictObject()],
    ['needs', strictObject()],
    ['inputs', strictObject()],
    ['vars', mapOf(STRING)]
  ]);
}

function mappingEntries(token: TemplateToken | undefined): [string, TemplateToken][] {
  if (!token || !isMapping(token)) return [];
  const out: [string, TemplateToken][] = [];
  for (const pair of token) {
    const key = isString(pair.key) ? pair.key.value : undefined;
    // A YAML key such as `null:` may reach here without a string value.
    out.push([typeof key === 'string' ? key : String(pair.key.toString?.() ?? key), pair.value]);
  }
  return out;
}

function find(token: TemplateToken | undefined, key: string): TemplateToken | undefined {
  return mappingEntries(token).find(([k]) => k === key)?.[1];
}

/** TokenType.Null of the workflow parser's tokens. */
const NULL_TOKEN = 7;

const INPUT_TYPES: Record<string, Type> = { boolean: BOOL, number: NUMBER, string: STRING, choice: STRING, environment: STRING };

/** `inputs:` of a trigger typed by their `type:` (unknown types are `any`). */
function inputsType(inputs: TemplateToken | undefined): ObjectType {
  return strictObject(new Map(mappingEntries(inputs).map(([name, spec]) => [name.toLowerCase(), inputType(spec)])));
}

function inputType(spec: TemplateToken): Type {
  const type = find(spec, 'type');
  return (type && isString(type) && INPUT_TYPES[type.value]) || ANY;
}

/** The scope of a workflow's expressions: inputs, secrets and github.event.inputs from its triggers. */
function workflowScope(workflow: WorkflowModel): Map<string, Type> {
  const scope = builtinScope();
  // github.event: the payloads of the triggers (any property when one of them is not known).
  const event = eventType(workflow);
  (scope.get('github') as ObjectType).props.set('event', event);
  const call = workflow.on.get('workflow_call');
  const dispatch = workflow.on.get('workflow_dispatch');
  let inputs: ObjectType | undefined;
  if (call) inputs = inputsType(find(call.value, 'inputs'));
  if (dispatch) {
    const typed = inputsType(find(dispatch.value, 'inputs'));
    inputs = inputs && (inputs.props.size > 0 || inputs.mapped) ? (merge(inputs, typed) as ObjectType) : typed;
    event.props.set('inputs', strictObject(new Map([...typed.props.keys()].map((k) => [k, STRING]))));
  }
  if (inputs) scope.set('inputs', inputs);
  const secrets = call ? find(call.value, 'secrets') : undefined;
  if (secrets && isMapping(secrets)) {
    const props = new Map<string, Type>([
      ['github_token', STRING],
      ['actions_step_debug', STRING],
      ['actions_runner_debug', STRING]
    ]);
    for (const [name] of mappingEntries(secrets)) props.set(name.toLowerCase(), STRING);
    scope.set('secrets', strictObject(props));
  }
  return scope;
}

/** The outputs of a reusable workflow a job calls: known for a local one, else any name. */
function calledOutputs(project: Project, uses: string): ObjectType {
  const called = project.local(uses);
  if (called?.kind !== 'workflow' || !called.workflowCall) return mapOf(STRING);
  return strictObject(new Map([...called.workflowCall.outputs.keys()].map((k) => [k.toLowerCase(), STRING])));
}

/** `needs` of a job: the jobs it needs directly, with their outputs and result. */
function needsType(workflow: WorkflowModel, job: JobModel, project: Project): ObjectType {
  const props = new Map<string, Type>();
  for (const need of job.needs) {
    const id = need.value.toLowerCase();
    const target = workflow.jobsByLowerId.get(id);
    if (!target || target === job || props.has(id)) continue;
    const outputs = target.uses ? calledOutputs(project, target.uses.value) : strictObject(new Map([...target.outputs.keys()].map((k) => [k.toLowerCase(), STRING])));
    props.set(id, strictObject({ outputs, result: STRING }));
  }
  return strictObject(props);
}

/** The type of a matrix value as written in YAML (an expression is typed in the job's scope). */
function valueType(token: TemplateToken, scope: Scope, depth = 0): Type {
  if (depth > 32) return ANY;
  if (isBasicExpression(token)) return token.originalExpressions?.length ? STRING : typeOf({ text: token.expression, at: { line: 1, column: 1 } }, scope);
  if (isMapping(token)) return strictObject(new Map(mappingEntries(token).map(([k, v]) => [k.toLowerCase(), valueType(v, scope, depth + 1)])));
  if (isSequence(token)) {
    let elem: Type | undefined;
    for (const item of token) elem = elem ? merge(elem, valueType(item, scope, depth + 1)) : valueType(item, scope, depth + 1);
    return arrayOf(elem ?? ANY);
  }
  if (isBoolean(token)) return BOOL;
  if (isNumber(token)) return NUMBER;
  if (isString(token)) {
    if (token.value.includes('${{')) return ANY;
    const s = token.value.trim();
    if (s === 'true' || s === 'false') return BOOL;
    if (s === 'null') return NULL;
    return s !== '' && Number.isFinite(Number(s)) ? NUMBER : STRING;
  }
  return token.templateTokenType === NULL_TOKEN ? NULL : ANY;
}

/** `matrix` of a job from `strategy.matrix` (actionlint's checkMatrix); a job without a matrix has `{}`. */
function matrixType(job: JobModel, scope: Scope): ObjectType {
  const matrix = find(job.strategy, 'matrix');
  if (!matrix) return strictObject();
  if (!isMapping(matrix)) {
    const t = isBasicExpression(matrix) ? valueType(matrix, scope) : ANY;
    if (t.kind !== 'object') return looseObject();
    const props = new Map(t.props);
    const include = props.get('include');
    props.delete('include');
    props.delete('exclude');
    if (include?.kind === 'array' && include.elem.kind === 'object') for (const [n, p] of include.elem.props) props.set(n, props.has(n) ? merge(props.get(n)!, p) : p);
    return { kind: 'object', props, mapped: t.mapped };
  }
  let o: ObjectType = strictObject();
  let include: TemplateToken | undefined;
  for (const [key, value] of mappingEntries(matrix)) {
    if (key === 'include') include = value;
    else if (key !== 'exclude') {
      // A row is a list of values (or an expression giving one): the matrix value is one of them.
      const t = valueType(value, scope);
      o.props.set(key.toLowerCase(), t.kind === 'array' ? t.elem : ANY);
    }
  }
  if (!include) return o;
  if (!isSequence(include)) {
    const t = valueType(include, scope);
    if (t.kind === 'array') {
      const merged = merge(o, t.elem);
      if (merged.kind === 'object') return merged;
    }
    return looseObject();
  }
  for (const combination of include) {
    if (!isMapping(combination)) {
      const merged = merge(o, valueType(combination, scope));
      o = merged.kind === 'object' ? { ...merged, props: new Map(merged.props) } : { ...o, mapped: ANY }; // a copy: merged may be a stored payload type
      continue;
    }
    for (const [key, value] of mappingEntries(combination)) {
      const name = key.toLowerCase();
      const t = valueType(value, scope);
      o.props.set(name, o.props.has(name) ? merge(o.props.get(name)!, t) : t);
    }
  }
  return o;
}

/** `steps.<id>.outputs` of a step: known for a local action, loose for github-script, else any name. */
function stepOutputs(project: Project, uses: string | undefined): ObjectType {
  if (!uses) return mapOf(STRING);
  if (uses.startsWith('./')) {
    const action = project.local(uses);
    if (action?.kind !== 'action') return mapOf(STRING);
    return strictObject(new Map([...action.outputs.keys()].map((k) => [k.toLowerCase(), STRING])));
  }
  if (uses.startsWith('actions/github-script@')) return looseObject();
  return mapOf(STRING);
}

/** Whether one expression gives the whole value (not text around `${{ }}`). */
function wholeExpression(token: TemplateToken | undefined): token is BasicExpressionToken {
  return token !== undefined && isBasicExpression(token) && !token.originalExpressions?.length;
}

/** Keys of a job that one expression may give whole, with the types it must have there (actionlint's checkObjectExpression…). */
function wholeValues(job: JobModel, scope: Scope, problems: FoundProblem[]): void {
  const expect = (token: TemplateToken | undefined, what: string, ok: readonly Type['kind'][]): void => {
    if (!wholeExpression(token)) return;
    const [site] = expressionSites(token);
    const t = site ? typeOf(site, scope) : ANY;
    if (t.kind === 'any' || ok.includes(t.kind)) return;
    problems.push({ kind: 'type', at: site.at, job, message: `type of expression at "${what}" must be ${ok.join(' or ')} but found type ${typeName(t)}` });
  };
  expect(job.runsOn, 'runs-on', ['string', 'array']);
  expect(job.services, 'services', ['object']);
  expect(find(job.container, 'credentials'), 'credentials', ['object']);
  for (const [, service] of mappingEntries(job.services)) expect(find(service, 'credentials'), 'credentials', ['object']);
}

/** The scope of a job before its first step: `needs`, `matrix`, and `steps` still empty. */
function jobScope(base: Scope, workflow: WorkflowModel, job: JobModel, project: Project): Map<string, Type> {
  const scope = new Map(base);
  scope.set('needs', needsType(workflow, job, project));
  scope.set('matrix', matrixType(job, scope));
  scope.set('steps', strictObject());
  return scope;
}

/** Adds a step that has run to `steps` of a job's scope. */
function addStep(scope: Map<string, Type>, step: StepModel, project: Project): void {
  const steps = scope.get('steps') as ObjectType;
  if (!step.id) return;
  if (step.id.value.includes('${{')) steps.mapped = ANY;
  steps.props.set(step.id.value.toLowerCase(), strictObject({ outputs: stepOutputs(project, step.uses?.value), conclusion: STRING, outcome: STRING }));
}

/**
 * The type of every context where an expression of `workflow` is evaluated: at workflow level
 * (no job), in a job's keys (`beforeStep` 0), or in its step of index `beforeStep` (the steps
 * before it have run). For rules that ask "what is the type of this expression here" with
 * {@link typeOf}.
 */
export function scopeOf(workflow: WorkflowModel, project: Project, job?: JobModel, beforeStep = 0): Scope {
  const base = workflowScope(workflow);
  if (!job) return base;
  const scope = jobScope(base, workflow, job, project);
  for (const step of job.steps.slice(0, beforeStep)) addStep(scope, step, project);
  return scope;
}

/**
 * `with:` of a call of a local reusable workflow against the types of its `on.workflow_call.inputs`
 * (actionlint's checkWorkflowCall): a literal is typed as YAML reads it, one whole expression by its
 * type, text around `${{ }}` is a string.
 */
function callInputs(workflow: WorkflowModel, job: JobModel, scope: Scope, project: Project, problems: FoundProblem[]): void {
  const uses = job.uses!.value;
  const called = project.local(uses);
  if (called?.kind !== 'workflow' || !called.workflowCall) return;
  const declared = new Map([...called.workflowCall.inputs].map(([name, entry]) => [name.toLowerCase(), { name, type: inputType(entry.value) }]));
  for (const [name, entry] of job.with) {
    const input = declared.get(name.toLowerCase());
    if (!input || input.type.kind === 'any') continue;
    const value = entry.value;
    let t: Type;
    if (wholeExpression(value)) t = typeOf(expressionSites(value)[0] ?? { text: 'null', at: entry.key.at }, scope);
    else if (isBasicExpression(value)) t = STRING;
    // The parser reads `null` and an empty value alike as ''; the text tells them apart.
    else if (isString(value) && value.value === '' && /^(null|Null|NULL|~)$/.test(textAt(workflow.file.text, value))) t = NULL;
    else t = valueType(value, scope);
    if (assignable(input.type, t)) continue;
    const at = value.range ? { line: value.range.start.line, column: value.range.start.column } : entry.key.at;
    problems.push({ kind: 'type', at, job, message: `input "${input.name}" is typed as ${typeName(input.type)} by reusable workflow "${uses}": a ${typeName(t)} value cannot be assigned` });
  }
}

/** The text of a one-line token in the file. */
function textAt(text: string, token: TemplateToken): string {
  const r = token.range;
  if (!r || r.start.line !== r.end.line) return '';
  let start = 0;
  for (let line = 1; line < r.start.line && start >= 0; line++) start = text.indexOf('\n', start) + 1 || -1;
  return start < 0 ? '' : text.slice(start + r.start.column - 1, start + r.end.column - 1);
}

/** A problem found in a file, with what the rules need to report it. */
export interface FoundProblem extends TypeProblem {
  /** The job it is in (undefined at workflow level). */
  job?: JobModel;
}

/** Problems by workflow, for each run (a run has its own project: local files may differ). */
const analysed = new WeakMap<Project, WeakMap<WorkflowModel, FoundProblem[]>>();

/** Every type problem of a workflow, computed once a run (each rule of the family asks for its kind). */
export function analyseWorkflow(workflow: WorkflowModel, project: Project): FoundProblem[] {
  let byWorkflow = analysed.get(project);
  if (!byWorkflow) analysed.set(project, (byWorkflow = new WeakMap()));
  let problems = byWorkflow.get(workflow);
  if (!problems) {
    problems = [];
    try {
      analyse(workflow, project, problems);
    } catch {
      // A shape of file nothing here foresaw: the problems found so far, and no stack trace (the
      // parser rules still say what is wrong with the file).
    }
    byWorkflow.set(workflow, problems);
  }
  return problems;
}

function analyse(workflow: WorkflowModel, project: Project, problems: FoundProblem[]): void {
  const base = workflowScope(workflow);
  const checkSites = (sites: ExpressionSite[], scope: Scope, template: boolean, job?: JobModel): void => {
    for (const site of sites) {
      const typed = checkExpression(site, scope);
      for (const p of typed.problems) problems.push({ ...p, job });
      const t = typed.type;
      if (template && (t.kind === 'object' || t.kind === 'array' || t.kind === 'null')) {
        problems.push({
          kind: 'type',
          at: site.at,
          job,
          message: `${t.kind === 'null' ? 'null' : `a value of type ${briefTypeName(t)}`} is evaluated in \${{ }} where a string is expected: it prints as ${t.kind === 'null' ? 'an empty string' : t.kind === 'array' ? '"Array"' : '"Object"'}; use toJSON() or a property of it`
        });
      }
    }
  };
  const keyed = (token: TemplateToken | undefined, scope: Scope, job?: JobModel, skip: readonly string[] = []): void => {
    for (const [key, value] of mappingEntries(token)) {
      if (skip.includes(key)) continue;
      // A whole mapping given by one expression (`env: ${{ fromJSON(…) }}`) is not printed.
      const whole = wholeExpression(value) && MAPPING_KEYS.has(key);
      checkSites(expressionSites(value, key === 'if'), scope, TEMPLATE_KEYS.has(key) && !whole, job);
    }
  };
  // Workflow level.
  keyed(workflow.root, base, undefined, ['on', 'jobs', 'name', 'permissions', 'defaults']); // run-name, env, concurrency
  for (const job of workflow.jobs) {
    const scope = jobScope(base, workflow, job, project);
    keyed(job.token, scope, job, ['steps', 'outputs']);
    wholeValues(job, scope, problems);
    if (job.uses) callInputs(workflow, job, scope, project, problems);
    for (const step of job.steps) {
      keyed(step.token, scope, job);
      addStep(scope, step, project);
    }
    checkSites(job.outputExpressions, scope, true, job);
  }
  // on.workflow_call: input defaults, and outputs (where `jobs` is typed).
  const call = workflow.on.get('workflow_call');
  if (call) {
    // A default sees the inputs declared before it (actionlint), and must fit its input's type.
    const before = strictObject();
    const scope = new Map(base).set('inputs', before);
    for (const [name, spec] of mappingEntries(find(call.value, 'inputs'))) {
      const sites = expressionSites(find(spec, 'default'));
      checkSites(sites, scope, false);
      const declared = inputType(spec);
      const value = find(spec, 'default');
      if (sites.length === 1 && value && isBasicExpression(value) && !value.originalExpressions?.length && (declared.kind === 'bool' || declared.kind === 'number')) {
        const t = typeOf(sites[0], scope);
        if (t.kind !== declared.kind && t.kind !== 'any') {
          problems.push({ kind: 'type', at: sites[0].at, message: `type of input "${name}" must be ${declared.kind} but found type ${typeName(t)}` });
        }
      }
      before.props.set(name.toLowerCase(), declared);
    }
    const jobs = new Map<string, Type>();
    for (const job of workflow.jobs) {
      const outputs = job.uses ? looseObject() : strictObject(new Map([...job.outputs.keys()].map((k) => [k.toLowerCase(), STRING])));
      jobs.set(job.id.value.toLowerCase(), strictObject({ outputs }));
    }
    const outputsScope = new Map(base).set('jobs', strictObject(jobs));
    for (const [, spec] of mappingEntries(find(call.value, 'outputs'))) checkSites(expressionSites(find(spec, 'value')), outputsScope, true);
  }
}


/** A rule that reports the problems of one kind, as they are. */
export function typeProblemRule(meta: RuleMeta, kind: TypeProblem['kind']): Rule {
  return {
    ...meta,
    create(context) {
      return {
        workflowPre(workflow) {
          for (const p of analyseWorkflow(workflow, context.project)) if (p.kind === kind) context.report(workflow.file, p, p.message);
        }
      };
    }
  };
}
