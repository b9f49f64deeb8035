#!/usr/bin/env node
/**
 * Builds src/core/workflows/rules/syntax/event-payloads.data.ts: the property tree of `github.event`
 * for each workflow trigger, from GitHub's webhooks OpenAPI spec (the devDependency
 * @octokit/openapi-webhooks, generated/api.github.com.json), all activity types of an event merged:
 *   node scripts/event-payloads/generate.mjs
 * Triggers are the keys of `on:` in GitHub's workflow schema (@actions/workflow-parser); a trigger
 * whose payload the spec does not describe (schedule, workflow_call, …) gets no entry (any property).
 *
 * A shape is `s` string, `n` number, `b` boolean, `?` anything, `[shape]` an array, an object of
 * shapes (with `"*": "?"` when the schema lets it have other properties: no `properties` listed, or
 * `additionalProperties` not false; `"~": "?"` when it may be null), or `#i`: the shape EVENT_SHARED[i] (a subtree the table repeats).
 * Objects deeper than MAX_DEPTH below the payload are `?`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const modules = path.join(here, '../../node_modules');
// OUT: another file to write (test/rules/event-payloads.test.ts checks that the stored table is what this script writes).
const out = process.env.OUT ?? path.join(here, '../../src/core/workflows/rules/syntax/event-payloads.data.ts');
const specFile = path.join(modules, '@octokit/openapi-webhooks/generated/api.github.com.json');
const spec = JSON.parse(readFileSync(specFile, 'utf8'));
const specVersion = JSON.parse(readFileSync(path.join(path.dirname(specFile), '../package.json'), 'utf8')).version;
const workflowSchema = JSON.parse(readFileSync(path.join(modules, '@actions/workflow-parser/dist/workflow-v1.0.min.json'), 'utf8'));
const triggers = Object.keys(workflowSchema.definitions['on-mapping-strict'].mapping.properties);
/** Triggers whose payload is another event's (GitHub's "events that trigger workflows"). */
const SAME_PAYLOAD = { pull_request_target: 'pull_request' };

/** Properties below the payload kept: github.event.pull_request.head.repo.owner.login is depth 5. */
const MAX_DEPTH = 5;
/** A repeated subtree of at least this many characters is written once, in EVENT_SHARED. */
const SHARE_MIN = 40;

function resolve(schema, seen = 0) {
  while (schema && schema.$ref && seen++ < 64) {
    const parts = schema.$ref.replace(/^#\//, '').split('/');
    schema = parts.reduce((o, p) => o?.[p.replace(/~1/g, '/').replace(/~0/g, '~')], spec);
  }
  return schema ?? {};
}

/** The union of two shapes: a value that is one or the other. */
function union(a, b) {
  if (a === undefined) return b;
  if (b === undefined) return a;
  if (a === '?' || b === '?') return '?';
  if (typeof a === 'string' || typeof b === 'string') return a === b ? a : '?';
  if (Array.isArray(a) || Array.isArray(b)) return Array.isArray(a) && Array.isArray(b) ? [union(a[0], b[0])] : '?';
  const o = { ...a };
  for (const [k, v] of Object.entries(b)) o[k] = union(o[k], v);
  return o;
}

function shape(schema, depth) {
  schema = resolve(schema);
  let t;
  for (const sub of schema.allOf ?? []) t = union(t, shape(sub, depth));
  const alternatives = [...(schema.oneOf ?? []), ...(schema.anyOf ?? [])].map(resolve).filter((s) => s.type !== 'null');
  for (const sub of alternatives) t = union(t, shape(sub, depth));
  const all = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
  const nullable = all.includes('null') || schema.nullable === true || [...(schema.oneOf ?? []), ...(schema.anyOf ?? [])].some((s) => resolve(s).type === 'null');
  const types = all.filter((x) => x !== 'null');
  if (schema.properties && !types.includes('object')) types.push('object');
  for (const type of types) {
    if (type === 'object') {
      if (depth >= MAX_DEPTH) return '?';
      const o = {};
      for (const [k, v] of Object.entries(schema.properties ?? {})) o[k] = shape(v, depth + 1);
      const ap = schema.additionalProperties;
      if (ap !== false && (!schema.properties || ap !== undefined)) o['*'] = '?';
      if (nullable) o['~'] = '?';
      t = union(t, o);
    } else if (type === 'array') t = union(t, [schema.items ? shape(schema.items, depth) : '?']);
    else if (type === 'string') t = union(t, 's');
    else if (type === 'integer' || type === 'number') t = union(t, 'n');
    else if (type === 'boolean') t = union(t, 'b');
    else t = '?';
  }
  return t ?? '?';
}

// Every activity type of each event, by the anchor of its documentation (the event's name).
const payloads = {};
const activities = {};
for (const [name, item] of Object.entries(spec.webhooks)) {
  const op = item.post;
  const event = (op?.externalDocs?.url ?? '').split('#')[1];
  const schema = op?.requestBody?.content?.['application/json']?.schema;
  if (!event || !schema) continue;
  payloads[event] = union(payloads[event], shape(schema, 0));
  (activities[event] ??= []).push(name);
}

const table = {};
const missing = [];
for (const trigger of triggers) {
  const p = payloads[SAME_PAYLOAD[trigger] ?? trigger];
  if (p) table[trigger] = p;
  else missing.push(trigger);
}

// Subtrees the table repeats are written once: bottom-up, so that shared shapes share their parts.
const canon = (s) => JSON.stringify(s, (_k, v) => (v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1))) : v));
const counts = new Map();
function count(s) {
  if (typeof s !== 'object') return;
  const c = canon(s);
  counts.set(c, (counts.get(c) ?? 0) + 1);
  for (const v of Array.isArray(s) ? s : Object.values(s)) count(v);
}
for (const p of Object.values(table)) count(p);
const shared = [];
const sharedIndex = new Map();
function hoist(s) {
  if (typeof s !== 'object') return s;
  const c = canon(s);
  const inner = Array.isArray(s) ? [hoist(s[0])] : Object.fromEntries(Object.entries(s).sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => [k, hoist(v)]));
  if (counts.get(c) > 1 && c.length >= SHARE_MIN) {
    if (!sharedIndex.has(c)) {
      sharedIndex.set(c, shared.length);
      shared.push(inner);
    }
    return `#${sharedIndex.get(c)}`;
  }
  return inner;
}
const events = Object.fromEntries(Object.entries(table).map(([k, v]) => [k, hoist(v)]));

const text = `/**
 * Generated by scripts/event-payloads/generate.mjs from @octokit/openapi-webhooks ${specVersion}
 * (generated/api.github.com.json, GitHub's webhooks OpenAPI spec); do not edit. The payload of
 * \`github.event\` for each trigger of GitHub's workflow schema that the spec describes, all activity
 * types merged, ${MAX_DEPTH} levels deep: \`s\` string, \`n\` number, \`b\` boolean, \`?\` anything,
 * \`[shape]\` an array, an object of shapes (\`"*": "?"\`: other properties too; \`"~": "?"\`: or null), \`#i\`: EVENT_SHARED[i].
 * Triggers without an entry (${missing.join(', ')}) may have any property.
 */
export type PayloadShape = string | readonly PayloadShape[] | { readonly [property: string]: PayloadShape };

export const EVENT_SHARED: readonly PayloadShape[] = ${JSON.stringify(shared).replace(/\},\{/g, '},\n  {')};

export const EVENT_PAYLOADS: Readonly<Record<string, PayloadShape>> = {\n${Object.entries(events).map(([k, v]) => `  ${JSON.stringify(k)}: ${JSON.stringify(v)}`).join(',\n')}\n};
`;
writeFileSync(out, text);
console.log(`events: ${Object.keys(events).join(' ')}`);
console.log(`no payload in the spec: ${missing.join(' ')}`);
console.log(`${out}: ${Buffer.byteLength(text)} bytes, ${shared.length} shared shapes`);
