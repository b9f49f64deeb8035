/**
 * The stored table of popular actions (popular-actions.data.ts, generated from their real
 * action.yml by scripts/popular-actions/generate.mjs): which inputs and runtime a `uses:` of one of
 * them has at the major version it names.
 */
import type { Scalar } from '../../model.js';
import type { SourceFile } from '../../source.js';
import type { DeclaredInput } from '../syntax/action-inputs.js';
import { POPULAR_ACTIONS } from './popular-actions.data.js';
import { lineOf } from '../syntax/tokens.js';

export interface PopularAction {
  /** `owner/repo` as the workflow spells it, with the major: `actions/checkout@v4`. */
  name: string;
  major: number;
  /** `runs.using` at that major (`node20`, `composite`, …); empty when unknown. */
  using: string;
  inputs: Map<string, DeclaredInput>;
}

const decoded = new Map<string, Map<number, { using: string; inputs: string[] }>>();

/** The majors of an action of the table, each with its runtime and input tokens (`name!`, `name~`). */
function majorsOf(key: string): Map<number, { using: string; inputs: string[] }> | undefined {
  const raw = POPULAR_ACTIONS[key];
  if (!raw) return undefined;
  let map = decoded.get(key);
  if (map) return map;
  map = new Map();
  let last: string[] = [];
  for (const [v, entry] of Object.entries(raw)) {
    const bar = entry.indexOf('|');
    const using = entry.slice(0, bar);
    const text = entry.slice(bar + 1);
    const tokens = text === '=' ? [] : text.split(' ').filter(Boolean);
    let inputs: string[];
    if (tokens.length && tokens.every((t) => t.startsWith('+') || t.startsWith('-'))) {
      const gone = new Set(tokens.filter((t) => t.startsWith('-')).map((t) => t.slice(1)));
      inputs = [...last.filter((i) => !gone.has(i)), ...tokens.filter((t) => t.startsWith('+')).map((t) => t.slice(1))];
    } else inputs = text === '=' ? last : tokens;
    map.set(Number(v.slice(1)), { using, inputs });
    last = inputs;
  }
  decoded.set(key, map);
  return map;
}

const SHA = /^[0-9a-f]{40}$/;

/**
 * The major version a `uses:` names: `@v4`, `@v4.1.2`, or for a commit SHA the version in the
 * comment after it on its line (`@<sha> # v4.2.2`, as Dependabot and Renovate write it).
 */
function majorOf(ref: string, uses: Scalar, file: SourceFile): number | undefined {
  const m = /^v?(\d+)(?:\.\d+){0,2}$/.exec(ref);
  if (m) return Number(m[1]);
  if (!SHA.test(ref)) return undefined;
  const line = lineOf(file, uses.at.line);
  const c = /#\s*(?:[\w.-]+@)?v?(\d+)(?:\.\d+){0,2}\b/.exec(line.slice(uses.at.column - 1 + uses.value.length).slice(0, 200));
  return c ? Number(c[1]) : undefined;
}

/** The popular action a `uses:` runs, at its major version; undefined when it is not in the table. */
export function popularAction(uses: Scalar, file: SourceFile): PopularAction | undefined {
  const value = uses.value.trim();
  const at = value.lastIndexOf('@');
  if (at < 0 || value.startsWith('./') || value.startsWith('docker://')) return undefined;
  const key = value.slice(0, at).toLowerCase();
  const majors = majorsOf(key);
  if (!majors) return undefined;
  const major = majorOf(value.slice(at + 1), uses, file);
  const entry = major === undefined ? undefined : majors.get(major);
  if (!entry) return undefined;
  const inputs = new Map<string, DeclaredInput>();
  for (const token of entry.inputs) {
    const name = token.replace(/[!~]+$/, '');
    inputs.set(name, { required: /!~?$/.test(token), deprecated: token.endsWith('~') });
  }
  return { name: `${value.slice(0, at)}@v${major}`, major: major!, using: entry.using, inputs };
}

/** The first major of the action that runs on `using` (e.g. the first on node24), if any. */
export function firstMajorOn(uses: string, using: string): number | undefined {
  const majors = majorsOf(uses.slice(0, uses.lastIndexOf('@')).toLowerCase());
  for (const [major, entry] of majors ?? []) if (entry.using === using) return major;
  return undefined;
}
