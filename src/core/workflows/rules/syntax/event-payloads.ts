/**
 * `github.event` typed by the triggers of a workflow (issue 15): the payload of each trigger from
 * event-payloads.data.ts (GitHub's webhooks spec), merged over the triggers. A trigger the spec does
 * not describe (`schedule`, `workflow_call`, whose event is the caller's) leaves `github.event` open.
 * actionlint does not type `github.event`; these findings have no actionlint counterpart.
 */
import type { WorkflowModel } from '../../model.js';
import { nearest } from '../../../suggest.js';
import { EVENT_PAYLOADS, EVENT_SHARED, type PayloadShape } from './event-payloads.data.js';
import { ANY, BOOL, NUMBER, STRING, arrayOf, looseObject, merge, type ObjectType, type Type } from './types.js';

const shared = new Map<number, Type>();
const payloads = new Map<string, ObjectType>();

/** The type of a stored shape; shared shapes are converted once (types are never changed after). */
function typeOf(shape: PayloadShape, depth = 0): Type {
  if (depth > 64) return ANY;
  if (typeof shape === 'string') {
    if (shape.startsWith('#')) {
      const i = Number(shape.slice(1));
      let t = shared.get(i);
      if (!t) shared.set(i, (t = EVENT_SHARED[i] === undefined ? ANY : typeOf(EVENT_SHARED[i], depth + 1)));
      return t;
    }
    return shape === 's' ? STRING : shape === 'n' ? NUMBER : shape === 'b' ? BOOL : ANY;
  }
  if (Array.isArray(shape)) return arrayOf(shape[0] === undefined ? ANY : typeOf(shape[0], depth + 1));
  const props = new Map<string, Type>();
  const object = shape as { readonly [property: string]: PayloadShape };
  for (const [name, s] of Object.entries(object)) if (name !== '*' && name !== '~') props.set(name.toLowerCase(), typeOf(s, depth + 1));
  const t: ObjectType = { kind: 'object', props };
  if (object['*'] !== undefined) t.mapped = ANY;
  if (object['~'] !== undefined) t.nullable = true;
  return t;
}

/** The payload of a trigger, or undefined when the spec does not describe it. */
export function payloadOf(trigger: string): ObjectType | undefined {
  let t = payloads.get(trigger);
  if (!t && Object.hasOwn(EVENT_PAYLOADS, trigger)) {
    const converted = typeOf(EVENT_PAYLOADS[trigger]);
    if (converted.kind === 'object') payloads.set(trigger, (t = converted));
  }
  return t;
}

/** The triggers of a workflow, in file order. */
export function triggersOf(workflow: WorkflowModel): string[] {
  return [...workflow.on.keys()];
}

/**
 * The type of `github.event` in a workflow: the payloads of its triggers merged, or an object with
 * any property when one trigger's payload is not known (or the workflow has no trigger). A fresh
 * top-level object: the caller may set properties on it (`inputs` of workflow_dispatch).
 */
export function eventType(workflow: WorkflowModel): ObjectType {
  const key = [...new Set(triggersOf(workflow))].sort().join(' ');
  let t = merged.get(key);
  if (!t) {
    let m: Type | undefined;
    for (const trigger of key.split(' ')) {
      const p = payloadOf(trigger);
      m = !p ? looseObject() : m ? merge(m, p) : p;
      if (!p) break;
    }
    t = m?.kind === 'object' ? m : looseObject();
    // Workflows repeat a few sets of triggers; a set of a hostile file is not kept.
    if (merged.size < MERGED_MOST) merged.set(key, t);
  }
  return { ...t, props: new Map(t.props) };
}

/** The payloads merged, by set of triggers (sorted, space-separated). */
const merged = new Map<string, ObjectType>();
const MERGED_MOST = 256;

/** The property at `path` (lower case, below the payload) of a type, if it is an object that has it. */
function at(t: Type | undefined, path: readonly string[]): Type | undefined {
  for (const name of path) {
    if (!t || t.kind !== 'object') return undefined;
    t = t.props.get(name);
  }
  return t;
}

function list(names: readonly string[], conjunction: string): string {
  return names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} ${conjunction} ${names[names.length - 1]}`;
}

/** The triggers other than the workflow's whose payload has `github.event.<path>.<name>`. */
function otherTriggersHaving(triggers: readonly string[], path: readonly string[], name: string): string[] {
  return Object.keys(EVENT_PAYLOADS).filter((e) => !triggers.includes(e) && at(payloadOf(e), [...path, name]) !== undefined);
}

/** Whether `github.event.<path>.<name>`, unknown under the workflow's triggers, is in another trigger's payload. */
export function inOtherTriggers(workflow: WorkflowModel, path: readonly string[], name: string): boolean {
  return otherTriggersHaving(triggersOf(workflow), path, name).length > 0;
}

/**
 * The message of PG105 for an unknown property `name` of `github.event.<path>` (path below the
 * event, lower case), naming the workflow's triggers; undefined when github.event is not typed
 * by them.
 */
export function eventPropertyMessage(workflow: WorkflowModel, path: readonly string[], name: string): string | undefined {
  const triggers = triggersOf(workflow);
  if (!triggers.length || !triggers.every((t) => payloadOf(t))) return undefined;
  const where = ['github', 'event', ...path].join('.');
  const full = `${where}.${name}`;
  const elsewhere = otherTriggersHaving(triggers, path, name);
  if (elsewhere.length) {
    const of = triggers.length === 1 ? `${triggers[0]}, the only trigger of this workflow` : `${list(triggers, 'or')}, the triggers of this workflow`;
    const shown = elsewhere.slice(0, 4);
    const more = elsewhere.length > shown.length ? ` and ${elsewhere.length - shown.length} more` : '';
    return `${full} is not in the payload of ${of}: it is always null here (it is in the payload of ${list(shown, 'and')}${more})`;
  }
  const having = triggers.filter((t) => at(payloadOf(t), path)?.kind === 'object');
  const receiver = having.map((t) => at(payloadOf(t), path) as ObjectType);
  const candidates = new Set(receiver.flatMap((r) => [...r.props.keys()]));
  const best = nearest(name, candidates);
  const events = having.length === 1 ? `the ${having[0]} event` : `the ${list(having, 'and')} events`;
  return `property "${name}" is not defined in ${where} of ${events}${best !== undefined ? `; did you mean "${best}"?` : ''}`;
}
