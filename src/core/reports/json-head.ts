/**
 * The top level of a JSON report as far as its head shows it: every key of the outermost object with
 * the start of its value, whatever their order. Detection keys on a format's distinctive keys
 * anywhere at the top level (Grype may write `descriptor` before `matches`), never on the first key.
 * One pass over the head (at most {@link HEAD_BYTES}), no values built; a head cut inside a value
 * simply ends the scan.
 */

/** A top-level key's value as seen in the head: its first character, and its text when a scalar. */
export interface TopValue {
  /** `{`, `[`, `"`, or the first character of a number or literal. */
  kind: string;
  /** The scalar's text (`2`, `null`, `"x"` with its quotes); empty for objects and arrays. */
  scalar: string;
  /** Offset of the value in the head. */
  at: number;
}

export interface JsonTop {
  /** `{` for an object, `[` for an array, else the first non-blank character (or ''). */
  kind: string;
  /** Keys of the outermost object (of the first element when the top level is an array of objects). */
  keys: Map<string, TopValue>;
}

const WS = new Set([' ', '\n', '\r', '\t', '\ufeff']);

/** Reads the top level of a JSON head. Never throws; malformed text ends the scan. */
export function jsonTop(head: string): JsonTop {
  const keys = new Map<string, TopValue>();
  let i = 0;
  const n = head.length;
  const ws = (): void => {
    while (i < n && WS.has(head[i])) i++;
  };
  /** Index after the string starting at `i` (a quote), or -1 when the head ends inside it. */
  const endOfString = (from: number): number => {
    let j = from + 1;
    while (j < n) {
      const c = head.charCodeAt(j);
      if (c === 34) return j + 1;
      j += c === 92 ? 2 : 1;
    }
    return -1;
  };
  /** Index after the value starting at `i`, or -1 when the head ends inside it. */
  const endOfValue = (from: number): number => {
    const c = head[from];
    if (c === '"') return endOfString(from);
    if (c !== '{' && c !== '[') {
      let j = from;
      while (j < n && !WS.has(head[j]) && head[j] !== ',' && head[j] !== '}' && head[j] !== ']') j++;
      return j < n ? j : -1;
    }
    let depth = 0;
    let j = from;
    while (j < n) {
      const d = head[j];
      if (d === '"') {
        j = endOfString(j);
        if (j < 0) return -1;
        continue;
      }
      if (d === '{' || d === '[') depth++;
      else if (d === '}' || d === ']') {
        depth--;
        if (depth === 0) return j + 1;
      }
      j++;
    }
    return -1;
  };
  ws();
  const kind = i < n ? head[i] : '';
  if (kind === '[') {
    i++;
    ws();
    if (head[i] !== '{') return { kind, keys };
  } else if (kind !== '{') return { kind, keys };
  i++; // the object's brace
  while (i < n) {
    ws();
    if (head[i] !== '"') break;
    const keyEnd = endOfString(i);
    if (keyEnd < 0) break;
    let key: string;
    try {
      key = JSON.parse(head.slice(i, keyEnd)) as string;
    } catch {
      break;
    }
    i = keyEnd;
    ws();
    if (head[i] !== ':') break;
    i++;
    ws();
    if (i >= n) break;
    const at = i;
    const end = endOfValue(i);
    const c = head[i];
    const scalar = c === '{' || c === '[' || end < 0 ? '' : head.slice(i, end);
    if (!keys.has(key)) keys.set(key, { kind: c, scalar, at });
    if (end < 0) break;
    i = end;
    ws();
    if (head[i] !== ',') break;
    i++;
  }
  return { kind, keys };
}

/** Whether the head's top level holds every one of `keys`. */
export function hasKeys(top: JsonTop, ...keys: string[]): boolean {
  return keys.every((k) => top.keys.has(k));
}
