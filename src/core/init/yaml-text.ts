/**
 * A small emitter of workflow YAML text (internal): mappings written key by key, so that the file
 * keeps what a reader needs (`# v4.2.2` after each pinned action, a comment on why above a step,
 * blank lines between jobs), while every scalar is quoted by the `yaml` package itself.
 */
import { stringify } from 'yaml';

/** A value: a scalar, a literal block, a nested mapping, a flow list of scalars or a list of mappings. */
export type YamlValue = string | number | boolean | Block | Mapping | Flow | Seq;

/** A literal block scalar (`|`), for scripts and embedded YAML; `strip` (`|-`) keeps no final newline. */
export class Block {
  constructor(
    readonly text: string,
    readonly strip = false
  ) {}
}

/** A flow sequence of scalars on one line (`[main]`). */
export class Flow {
  constructor(readonly items: string[]) {}
}

/** A block sequence of mappings (steps). */
export class Seq {
  constructor(readonly items: Mapping[]) {}
}

/** One `key: value` of a mapping. */
export interface Entry {
  key: string;
  value: YamlValue;
  /** A comment after the value on the same line (`# v4.2.2`). */
  trailing?: string;
  /** Comment lines written above the key. */
  above?: string[];
  /** An empty line before the key (and its comments). */
  blank?: boolean;
}

/** An ordered mapping. */
export class Mapping {
  readonly entries: Entry[] = [];

  /** Adds `key: value` (nothing when value is undefined); returns the mapping for chaining. */
  set(key: string, value: YamlValue | undefined, options: Omit<Entry, 'key' | 'value'> = {}): this {
    if (value !== undefined) this.entries.push({ key, value, ...options });
    return this;
  }
}

/** A mapping from plain pairs, in order; undefined values are left out. */
export function mapping(pairs: Record<string, YamlValue | undefined>): Mapping {
  const m = new Mapping();
  for (const [k, v] of Object.entries(pairs)) m.set(k, v);
  return m;
}

/** One scalar as the `yaml` package writes it on one line (quoted only when it must be). */
export function scalar(value: string | number | boolean): string {
  if (typeof value !== 'string') return String(value);
  if (/[\r\n]/.test(value)) throw new Error('a multi-line value must be a Block');
  return stringify(value, { lineWidth: 0, minContentWidth: 0 }).trimEnd();
}

/**
 * Writes the entries of a mapping whose keys start at column `indent`. For a list item, `dash`
 * is true: the first key is written after `- ` (two columns to the left of `indent`).
 */
function writeEntries(lines: string[], entries: Entry[], indent: number, dash = false): void {
  entries.forEach((entry, i) => {
    const pad = ' '.repeat(indent);
    const first = dash && i === 0;
    const outer = first ? ' '.repeat(indent - 2) : pad;
    if (entry.blank) lines.push('');
    for (const line of entry.above ?? []) lines.push(`${outer}# ${line}`);
    const key = `${first ? `${outer}- ` : pad}${scalar(entry.key)}:`;
    const trailing = entry.trailing ? ` # ${entry.trailing}` : '';
    const value = entry.value;
    if (value instanceof Block) {
      lines.push(`${key} |${value.strip ? '-' : ''}${trailing}`);
      for (const line of value.text.replace(/\n+$/, '').split('\n')) lines.push(line === '' ? '' : `${pad}  ${line}`);
    } else if (value instanceof Mapping) {
      // An empty mapping is written as a key without a value (`workflow_dispatch:`).
      lines.push(`${key}${trailing}`);
      writeEntries(lines, value.entries, indent + 2);
    } else if (value instanceof Seq) {
      lines.push(`${key}${trailing}`);
      for (const item of value.items) writeEntries(lines, item.entries, indent + 4, true);
    } else if (value instanceof Flow) {
      lines.push(`${key} [${value.items.map(scalar).join(', ')}]${trailing}`);
    } else {
      lines.push(`${key} ${scalar(value)}${trailing}`);
    }
  });
}

/** A mapping as YAML text, ending with a newline. */
export function writeMapping(m: Mapping): string {
  const lines: string[] = [];
  writeEntries(lines, m.entries, 0);
  return lines.join('\n') + '\n';
}
