/**
 * Shared by the required-checks rules (PG400–PG402): the status check names the jobs of the
 * checked workflows produce, as GitHub forms them, and whether a pull request can skip them.
 */
import { isLiteral, isMapping, isSequence } from '@actions/workflow-parser';
import type { TemplateToken } from '@actions/workflow-parser/templates/tokens/index';
import type { JobModel, Node, WorkflowModel } from '../../model.js';
import type { Project, RequiredChecksSource, RequiredChecksState } from '../../rule.js';

/** One check name a job produces; `pattern` when part of it is only known at run time. */
export interface ProducedCheck {
  name: string;
  pattern?: RegExp;
  workflow: WorkflowModel;
  job: JobModel;
  /** Why a pull request can skip it, or undefined when it always runs for pull requests. */
  skip?: { reason: string; node: Node; hard: boolean };
}

/** Pull request triggers whose filters leave a check pending forever. */
const PR_TRIGGERS = ['pull_request', 'pull_request_target'];
const FILTERS = ['paths', 'paths-ignore', 'branches', 'branches-ignore'];

/** Reads the source once per source object, whatever rule asks first. */
const states = new WeakMap<RequiredChecksSource, Promise<RequiredChecksState>>();
export function readRequired(source: RequiredChecksSource): Promise<RequiredChecksState> {
  let p = states.get(source);
  if (!p) {
    p = source.read();
    states.set(source, p);
  }
  return p;
}

/** Most jobs a matrix may make in a workflow run (GitHub's limit). */
const MAX_MATRIX_JOBS = 256;

function literal(token: TemplateToken | undefined): string | undefined {
  return token && isLiteral(token) ? token.toString() : undefined;
}

/** The literal matrix combinations of a job (axes, minus exclude, plus include); undefined when it has no matrix or it is not literal. */
export function matrixCombinations(job: JobModel): Record<string, string>[] | undefined | 'dynamic' {
  const strategy = job.strategy;
  if (!strategy || !isMapping(strategy)) return undefined;
  let matrix: TemplateToken | undefined;
  for (const pair of strategy) if (literal(pair.key) === 'matrix') matrix = pair.value;
  if (!matrix) return undefined;
  if (!isMapping(matrix)) return 'dynamic';
  const axes: [string, string[]][] = [];
  const include: Record<string, string>[] = [];
  const exclude: Record<string, string>[] = [];
  const objects = (token: TemplateToken, into: Record<string, string>[]): boolean => {
    if (!isSequence(token)) return false;
    for (const item of token) {
      if (!isMapping(item)) return false;
      const o: Record<string, string> = {};
      for (const p of item) {
        const k = literal(p.key);
        const v = literal(p.value);
        if (k === undefined || v === undefined) return false;
        o[k] = v;
      }
      into.push(o);
    }
    return true;
  };
  for (const pair of matrix) {
    const key = literal(pair.key);
    if (key === undefined) return 'dynamic';
    if (key === 'include' || key === 'exclude') {
      if (!objects(pair.value, key === 'include' ? include : exclude)) return 'dynamic';
      continue;
    }
    if (!isSequence(pair.value)) return 'dynamic';
    const values: string[] = [];
    for (const v of pair.value) {
      const s = literal(v);
      if (s === undefined) return 'dynamic';
      values.push(s);
    }
    axes.push([key, values]);
  }
  // GitHub refuses a matrix of more than 256 jobs (https://docs.github.com/en/actions/reference/limits):
  // such a product is not expanded (it would be exponential in the axes), its names stay unknown.
  if (axes.reduce((n, [, values]) => n * Math.max(values.length, 1), 1) > MAX_MATRIX_JOBS) return 'dynamic';
  let combos: Record<string, string>[] = axes.length ? [{}] : [];
  for (const [key, values] of axes) combos = combos.flatMap((c) => values.map((v) => ({ ...c, [key]: v })));
  combos = combos.filter((c) => !exclude.some((e) => Object.entries(e).every(([k, v]) => c[k] === v)));
  const axisNames = new Set(axes.map(([k]) => k));
  for (const inc of include) {
    // Added to every combination whose original values it does not overwrite; else a new combination.
    const matching = combos.filter((c) => Object.entries(inc).every(([k, v]) => !axisNames.has(k) || c[k] === v));
    if (matching.length) {
      for (const c of matching) Object.assign(c, inc);
    } else {
      combos.push({ ...inc });
      if (combos.length > MAX_MATRIX_JOBS) return 'dynamic';
    }
  }
  return combos;
}

/**
 * The parser turns `test-${{ matrix.os }}` into `${{ format('test-{0}', matrix.os) }}`: back to
 * the template, so that matrix values expand into it.
 */
export function templateText(value: string): string {
  const m = /^\$\{\{\s*format\('((?:[^']|'')*)'\s*((?:,\s*[^,()]+?)*)\s*\)\s*\}\}$/.exec(value);
  if (!m) return value;
  const args = m[2].split(',').map((a) => a.trim()).filter(Boolean);
  return m[1]
    .replace(/''/g, "'")
    .replace(/\{\{|\}\}|\{(\d+)\}/g, (whole, i?: string) => (whole === '{{' ? '{' : whole === '}}' ? '}' : args[Number(i)] !== undefined ? `\${{ ${args[Number(i)]} }}` : whole));
}

const EXPRESSION = /\$\{\{\s*(.*?)\s*\}\}/g;

/** A job's check names as GitHub forms them (a regexp where run-time values remain). */
function jobCheckNames(job: JobModel): { name: string; pattern?: RegExp }[] {
  const base = job.name ? templateText(job.name.value) : job.id.value;
  const combos = matrixCombinations(job);
  const expand = (text: string, values: Record<string, string>): { name: string; pattern?: RegExp } => {
    let dynamic = false;
    const name = text.replace(EXPRESSION, (whole, expr: string) => {
      const m = /^matrix\.([\w-]+)$/.exec(expr);
      if (m && m[1] in values) return values[m[1]];
      dynamic = true;
      return whole;
    });
    if (!dynamic) return { name };
    const source = name
      .split(EXPRESSION)
      .map((part, i) => (i % 2 ? '.*' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
      .join('');
    return { name, pattern: new RegExp(`^${source}$`) };
  };
  if (combos === undefined || (Array.isArray(combos) && combos.length === 0)) return [expand(base, {})];
  if (combos === 'dynamic') return [/\$\{\{[^}]*matrix\./.test(base) ? expand(base, {}) : expand(`${base} (\${{ matrix }})`, {})];
  const usesMatrix = /\$\{\{[^}]*matrix\./.test(base);
  return combos.map((c) => (usesMatrix ? expand(base, c) : expand(`${base} (${Object.values(c).join(', ')})`, c)));
}

/** An `if:` that can be false: anything but `always()` and `true`. */
function canSkip(condition: string | undefined): boolean {
  if (condition === undefined) return false;
  const c = condition.trim().replace(/^\$\{\{\s*(.*?)\s*\}\}$/, '$1').trim();
  return !(c === 'true' || c === 'always()');
}

/** The filters of a workflow's pull request triggers that can leave it unstarted, e.g. `pull_request.paths`. */
function prFilter(workflow: WorkflowModel): { reason: string; node: Node } | undefined {
  for (const trigger of PR_TRIGGERS) {
    const entry = workflow.on.get(trigger);
    if (!entry || !isMapping(entry.value)) continue;
    for (const pair of entry.value) {
      const key = literal(pair.key);
      if (key && FILTERS.includes(key)) {
        const at = pair.key.range ? { line: pair.key.range.start.line, column: pair.key.range.start.column } : entry.key.at;
        return { reason: `\`${trigger}.${key}\` of workflow ${workflow.file.path}`, node: { at } };
      }
    }
  }
  return undefined;
}

/** Every check name the jobs of the checked workflows produce, reusable workflows followed one level per call. */
export function producedChecks(project: Project): ProducedCheck[] {
  const out: ProducedCheck[] = [];
  for (const file of project.files) {
    const workflow = file.model;
    if (!workflow || workflow.kind !== 'workflow') continue;
    // A workflow only others call produces its checks under its callers' names.
    if (workflow.on.size === 1 && workflow.workflowCall) continue;
    const filter = prFilter(workflow);
    for (const job of workflow.jobs) {
      const jobSkip = canSkip(job.if?.value) ? { reason: `the \`if:\` of job "${job.id.value}"`, node: job.if! } : undefined;
      const skip = filter ? { ...filter, hard: true } : jobSkip ? { ...jobSkip, hard: false } : undefined;
      const names = jobCheckNames(job);
      if (!job.uses) {
        for (const n of names) out.push({ ...n, workflow, job, skip });
        continue;
      }
      const callee = project.local(job.uses.value);
      for (const caller of names) {
        if (!callee || callee.kind !== 'workflow') {
          out.push({ name: `${caller.name} / …`, pattern: new RegExp(`^${escape(caller.name)} / .*$`), workflow, job, skip });
          continue;
        }
        for (const inner of callee.jobs) {
          const innerSkip = skip ?? (canSkip(inner.if?.value) ? { reason: `the \`if:\` of job "${inner.id.value}" in ${callee.file.path}`, node: job.uses, hard: false } : undefined);
          for (const n of jobCheckNames(inner)) {
            const name = `${caller.name} / ${n.name}`;
            const pattern = caller.pattern || n.pattern ? new RegExp(`^${caller.pattern ? caller.pattern.source.slice(1, -1) : escape(caller.name)} / ${n.pattern ? n.pattern.source.slice(1, -1) : escape(n.name)}$`) : undefined;
            out.push({ name, pattern, workflow, job, skip: innerSkip });
          }
        }
      }
    }
  }
  return out;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The produced checks that give `name`. */
export function producersOf(name: string, produced: readonly ProducedCheck[]): ProducedCheck[] {
  return produced.filter((p) => p.name === name || (p.pattern?.test(name) ?? false));
}

/** Where a finding about the whole set goes: the first workflow file (its `on:` pull request trigger or its top). */
export function firstWorkflow(project: Project): { workflow: WorkflowModel; node: Node } | undefined {
  for (const file of project.files) {
    const model = file.model;
    if (model?.kind !== 'workflow') continue;
    const trigger = PR_TRIGGERS.map((t) => model.on.get(t)).find(Boolean);
    return { workflow: model, node: trigger?.key ?? model.name ?? { at: { line: 1, column: 1 } } };
  }
  return undefined;
}
