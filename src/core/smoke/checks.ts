/**
 * The `checks` input of smoke-test: a YAML list, inline or in a file, read into checks that keep
 * the line they were written on. Every problem of every check is collected before failing, and
 * regular expressions are compiled here (for a linear-time engine, src/core/regex.ts), so a bad
 * one, or one only a backtracking engine could run, stops the run before any request is sent.
 *
 * Internal to smoke-test.
 */
import { promises as fs } from 'node:fs';
import { isMap, isSeq, isScalar, type Node as YamlNode, type Pair, type YAMLMap } from 'yaml';
import { UserError } from '../errors.js';
import { displayPath, resolveInWorkspace } from '../files.js';
import { parseYaml, toData, lineOf } from '../gates/phase.js';
import { oversizeProblem, YAML_BOUNDS } from '../yaml-bounds.js';
import { compileUserRegex, showPattern, type UserRegex } from '../regex.js';

/** HTTP methods a check may use. */
export const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] as const;
export type Method = (typeof METHODS)[number];

/** Largest checks file read (checks are a few KB). */
export const MAX_CHECKS_BYTES = YAML_BOUNDS.checks.maxBytes;
/** Most checks in one run: each costs `samples` requests. */
export const MAX_CHECKS = 200;

/** One accepted status: an exact code or a class such as `2xx`. */
export type StatusMatcher = { code: number } | { klass: number };

/** What a response must satisfy. */
export interface Expectations {
  /** Accepted statuses. @default [2xx] */
  status: StatusMatcher[];
  /** Texts the body must contain. */
  bodyContains: string[];
  /** Patterns the body must match, run in linear time (src/core/regex.ts). */
  bodyMatches: Array<{ source: string; regex: UserRegex }>;
  /** JSON path (`$.a.b[0]` or `a.b.0`) → expected value, compared as JSON. */
  json: Array<{ path: string; segments: Array<string | number>; value: unknown }>;
  /** Header name (lower case) → text it must contain, `true` present, `false` absent. */
  headers: Array<{ name: string; value: string | boolean }>;
}

/** One check, as written in `checks`. */
export interface Check {
  name: string;
  method: Method;
  /** `path` joined to the base URL, or `url`; resolved by {@link checkUrl}. */
  path?: string;
  url?: string;
  headers: Record<string, string>;
  body?: string;
  expect: Expectations;
  maxLatencyMs?: number;
  /** Where it was written: the input, and the file and line when it came from YAML. */
  origin: { input: string; file?: string; line?: number };
}

const CHECK_KEYS = ['name', 'path', 'url', 'method', 'headers', 'body', 'expect', 'max-latency-ms'];
const EXPECT_KEYS = ['status', 'body-contains', 'body-matches', 'json', 'headers'];

/** The check used when `checks` is empty (SPEC: `GET /` expecting 2xx). */
export function defaultCheck(input: string): Check {
  return {
    name: 'GET /',
    method: 'GET',
    path: '/',
    headers: {},
    expect: { status: [{ klass: 2 }], bodyContains: [], bodyMatches: [], json: [], headers: [] },
    origin: { input }
  };
}

/**
 * Whether an input value names a file rather than holding YAML: one line that does not start like
 * YAML list or mapping syntax.
 */
export function looksLikePath(value: string): boolean {
  const v = value.trim();
  return v !== '' && !/[\r\n]/.test(v) && !/^[-[{]/.test(v) && !/^\w[\w-]*\s*:/.test(v);
}

/** Reads the `checks` input: empty → the default check; a path → that file; else inline YAML. */
export async function loadChecks(value: string, input: string, workspace: string): Promise<Check[]> {
  if (value.trim() === '') return [defaultCheck(input)];
  if (!looksLikePath(value)) return parseChecks(value, { input });
  const file = resolveInWorkspace(workspace, value.trim(), input);
  const shown = displayPath(workspace, file);
  let text: string;
  try {
    const stat = await fs.stat(file);
    if (!stat.isFile()) throw new UserError('not a regular file', { input, file: shown });
    if (stat.size > MAX_CHECKS_BYTES) {
      const problem = await oversizeProblem(file, stat.size, YAML_BOUNDS.checks);
      throw new UserError(problem.message, { input, file: shown, line: problem.line });
    }
    text = await fs.readFile(file, 'utf8');
  } catch (err) {
    if (err instanceof UserError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    throw new UserError(code === 'ENOENT' ? 'file not found' : `cannot read (${code})`, {
      input,
      file: shown,
      hint: 'give a YAML list of checks inline, or the path of a file holding one'
    });
  }
  return parseChecks(text, { input, file: shown });
}

/** Parses a YAML list of checks; every error of every check is reported at once, each at its line. */
export function parseChecks(text: string, where: { input: string; file?: string }): Check[] {
  const parsed = parseYaml(text, { ...where, bounds: YAML_BOUNDS.checks });
  toData(parsed, where);
  const root = parsed.doc.contents;
  if (root === null) return [defaultCheck(where.input)];
  if (!isSeq(root)) {
    throw new UserError('must be a YAML list of checks', { ...where, line: lineOf(parsed, root as YamlNode) ?? 1, hint: 'e.g. - { name: health, path: /healthz }' });
  }
  if (root.items.length > MAX_CHECKS) throw new UserError(`more than ${MAX_CHECKS} checks`, { ...where, line: 1 });
  const errors: UserError[] = [];
  const checks: Check[] = [];
  const names = new Set<string>();
  root.items.forEach((item, index) => {
    const node = item as YamlNode;
    const line = lineOf(parsed, node);
    const err = (message: string, at: YamlNode | null | undefined = node, hint?: string) =>
      errors.push(new UserError(message, { ...where, line: lineOf(parsed, at) ?? line, hint }));
    if (!isMap(node)) {
      err(`check ${index + 1}: must be a mapping (name, path, expect, …)`);
      return;
    }
    const check = readCheck(node, index, err);
    if (!check) return;
    if (names.has(check.name)) err(`check ${JSON.stringify(check.name)}: duplicate name`, keyNode(node, 'name') ?? node);
    names.add(check.name);
    check.origin = { ...where, line };
    checks.push(check);
  });
  if (errors.length) throw UserError.several(errors);
  return checks.length ? checks : [defaultCheck(where.input)];
}

type Report = (message: string, at?: YamlNode | null, hint?: string) => void;

function keyNode(map: YAMLMap, key: string): YamlNode | undefined {
  const pair = (map.items as Pair<YamlNode, YamlNode>[]).find((p) => isScalar(p.key) && p.key.value === key);
  return pair?.key ?? undefined;
}

function valueNode(map: YAMLMap, key: string): YamlNode | null | undefined {
  const pair = (map.items as Pair<YamlNode, YamlNode>[]).find((p) => isScalar(p.key) && p.key.value === key);
  return pair ? pair.value : undefined;
}

function plain(node: YamlNode | null | undefined): unknown {
  if (node === null || node === undefined) return null;
  return isScalar(node) ? node.value : (node as unknown as { toJSON(): unknown }).toJSON();
}

function readCheck(map: YAMLMap, index: number, report: Report): Check | null {
  // A check with any error yields no Check (its errors are reported all the same).
  let errorCount = 0;
  const err: Report = (message, at, hint) => {
    errorCount++;
    report(message, at, hint);
  };
  const nameValue = plain(valueNode(map, 'name'));
  const path = plain(valueNode(map, 'path'));
  const url = plain(valueNode(map, 'url'));
  const label = typeof nameValue === 'string' || typeof nameValue === 'number' ? String(nameValue) : undefined;
  const what = `check ${label ? JSON.stringify(label) : index + 1}`;
  for (const pair of map.items as Pair<YamlNode, YamlNode>[]) {
    const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
    if (!CHECK_KEYS.includes(key)) err(`${what}: unknown key ${JSON.stringify(key)}`, pair.key, `known: ${CHECK_KEYS.join(', ')}`);
  }

  if (path !== null && typeof path !== 'string') err(`${what}: path must be a string such as /healthz`, valueNode(map, 'path'));
  if (url !== null && typeof url !== 'string') err(`${what}: url must be a string`, valueNode(map, 'url'));
  if (path !== null && url !== null) err(`${what}: give path or url, not both`, keyNode(map, 'url'));
  if (typeof url === 'string' && !/^https?:\/\//i.test(url)) err(`${what}: url must start with http:// or https://`, valueNode(map, 'url'));
  if (typeof path === 'string' && /^[a-z][a-z0-9+.-]*:/i.test(path)) err(`${what}: path is relative to the url input; use url: for an absolute URL`, valueNode(map, 'path'));

  const methodValue = plain(valueNode(map, 'method')) ?? 'GET';
  const method = String(methodValue).toUpperCase() as Method;
  if (!METHODS.includes(method)) err(`${what}: unknown method ${JSON.stringify(methodValue)}`, valueNode(map, 'method'), `one of ${METHODS.join(', ')}`);

  const headers: Record<string, string> = {};
  const headersNode = valueNode(map, 'headers');
  if (headersNode !== undefined && headersNode !== null) {
    if (!isMap(headersNode)) err(`${what}: headers must be a mapping of name to value`, headersNode);
    else {
      for (const pair of headersNode.items as Pair<YamlNode, YamlNode>[]) {
        const name = String(plain(pair.key));
        const value = plain(pair.value);
        if (!/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(name)) err(`${what}: invalid header name ${JSON.stringify(name)}`, pair.key);
        else if (value === null || typeof value === 'object') err(`${what}: header ${name} must have a text value`, pair.value ?? pair.key);
        else if (/[\r\n\0]/.test(String(value))) err(`${what}: header ${name} holds a line break`, pair.value);
        else headers[name] = String(value);
      }
    }
  }

  const bodyValue = plain(valueNode(map, 'body'));
  let body: string | undefined;
  if (bodyValue !== null) {
    if (typeof bodyValue === 'object') {
      // A mapping or list is sent as JSON, with its content type unless the check sets one.
      body = JSON.stringify(bodyValue);
      if (!Object.keys(headers).some((h) => h.toLowerCase() === 'content-type')) headers['content-type'] = 'application/json';
    } else body = String(bodyValue);
  }

  const latencyValue = plain(valueNode(map, 'max-latency-ms'));
  let maxLatencyMs: number | undefined;
  if (latencyValue !== null) {
    const n = typeof latencyValue === 'number' ? latencyValue : Number(String(latencyValue).replace(/\s*ms$/, ''));
    if (!Number.isFinite(n) || n <= 0) err(`${what}: max-latency-ms must be a positive number of milliseconds`, valueNode(map, 'max-latency-ms'));
    else maxLatencyMs = n;
  }

  const expect = readExpect(valueNode(map, 'expect'), what, err);
  if (errorCount > 0) return null;
  const name = label ?? (typeof url === 'string' ? `${method} ${url}` : `${method} ${typeof path === 'string' ? path : '/'}`);
  return {
    name,
    method,
    path: typeof path === 'string' ? path : typeof url === 'string' ? undefined : '/',
    url: typeof url === 'string' ? url : undefined,
    headers,
    body,
    expect,
    maxLatencyMs,
    origin: { input: '' }
  };
}

function readExpect(node: YamlNode | null | undefined, what: string, err: Report): Expectations {
  const expect: Expectations = { status: [{ klass: 2 }], bodyContains: [], bodyMatches: [], json: [], headers: [] };
  if (node === undefined || node === null) return expect;
  if (!isMap(node)) {
    err(`${what}: expect must be a mapping (status, body-contains, body-matches, json, headers)`, node);
    return expect;
  }
  for (const pair of node.items as Pair<YamlNode, YamlNode>[]) {
    const key = String(plain(pair.key));
    const value = pair.value;
    const v = plain(value);
    switch (key) {
      case 'status': {
        const items = Array.isArray(v) ? v : [v];
        const matchers: StatusMatcher[] = [];
        for (const item of items) {
          const m = parseStatus(item);
          if (m) matchers.push(m);
          else err(`${what}: expect.status: ${JSON.stringify(item)} is not a status`, value, 'a code such as 200, a class such as 2xx, or a list of them');
        }
        if (matchers.length) expect.status = matchers;
        break;
      }
      case 'body-contains': {
        const items = Array.isArray(v) ? v : [v];
        for (const item of items) {
          if (item === null || typeof item === 'object') err(`${what}: expect.body-contains must be a text or a list of texts`, value);
          else expect.bodyContains.push(String(item));
        }
        break;
      }
      case 'body-matches': {
        const items = Array.isArray(v) ? v : [v];
        for (const item of items) {
          if (typeof item !== 'string') {
            err(`${what}: expect.body-matches must be a regular expression (text) or a list of them`, value);
            continue;
          }
          try {
            expect.bodyMatches.push({ source: item, regex: compileUserRegex(item) });
          } catch (e) {
            err(`${what}: body-matches ${showPattern(item)}: ${(e as Error).message}`, value);
          }
        }
        break;
      }
      case 'json': {
        if (!isMap(value)) {
          err(`${what}: expect.json must be a mapping of JSON path to value, e.g. { $.status: ok }`, value);
          break;
        }
        for (const p of value.items as Pair<YamlNode, YamlNode>[]) {
          const path = String(plain(p.key));
          const segments = parseJsonPath(path);
          if (!segments) err(`${what}: expect.json: invalid path ${JSON.stringify(path)}`, p.key, 'e.g. $.status, data.items[0].id');
          else expect.json.push({ path, segments, value: plain(p.value) });
        }
        break;
      }
      case 'headers': {
        if (!isMap(value)) {
          err(`${what}: expect.headers must be a mapping of header name to expected text (or true/false)`, value);
          break;
        }
        for (const p of value.items as Pair<YamlNode, YamlNode>[]) {
          const name = String(plain(p.key)).toLowerCase();
          const hv = plain(p.value);
          if (hv === null || typeof hv === 'object') err(`${what}: expect.headers.${name} must be a text, true or false`, p.value ?? p.key);
          else expect.headers.push({ name, value: typeof hv === 'boolean' ? hv : String(hv) });
        }
        break;
      }
      default:
        err(`${what}: unknown expectation ${JSON.stringify(key)}`, pair.key, `known: ${EXPECT_KEYS.join(', ')}`);
    }
  }
  return expect;
}

function parseStatus(value: unknown): StatusMatcher | null {
  if (typeof value === 'number' && Number.isInteger(value) && value >= 100 && value <= 599) return { code: value };
  if (typeof value !== 'string') return null;
  const v = value.trim();
  if (/^[1-5]\d\d$/.test(v)) return { code: Number(v) };
  const m = /^([1-5])xx$/i.exec(v);
  return m ? { klass: Number(m[1]) } : null;
}

/** Whether a status satisfies the matchers. */
export function statusMatches(matchers: StatusMatcher[], status: number): boolean {
  return matchers.some((m) => ('code' in m ? m.code === status : Math.floor(status / 100) === m.klass));
}

/** The matchers as written, e.g. `2xx` or `200, 204`. */
export function describeStatus(matchers: StatusMatcher[]): string {
  return matchers.map((m) => ('code' in m ? String(m.code) : `${m.klass}xx`)).join(', ');
}

/**
 * Parses `$.a.b[0]["c d"]` or `a.b.0` into segments; null when malformed. Numeric segments index
 * arrays (and are also tried as object keys).
 */
export function parseJsonPath(path: string): Array<string | number> | null {
  let rest = path.trim();
  if (rest.startsWith('$')) rest = rest.slice(1);
  if (rest === '') return [];
  const segments: Array<string | number> = [];
  let i = 0;
  if (!rest.startsWith('.') && !rest.startsWith('[')) rest = '.' + rest;
  while (i < rest.length) {
    if (rest[i] === '.') {
      const m = /^\.([^.[\]]+)/.exec(rest.slice(i));
      if (!m) return null;
      segments.push(/^\d+$/.test(m[1]) ? Number(m[1]) : m[1]);
      i += m[0].length;
    } else if (rest[i] === '[') {
      const m = /^\[(?:(\d+)|"((?:[^"\\]|\\.)*)"|'([^']*)')\]/.exec(rest.slice(i));
      if (!m) return null;
      segments.push(m[1] !== undefined ? Number(m[1]) : m[2] !== undefined ? JSON.parse(`"${m[2]}"`) : m[3]);
      i += m[0].length;
    } else return null;
  }
  return segments;
}

/** The value at a path, or `undefined` when it does not exist. */
export function valueAt(root: unknown, segments: Array<string | number>): unknown {
  let current: unknown = root;
  for (const s of segments) {
    if (Array.isArray(current) && typeof s === 'number') current = current[s];
    else if (current !== null && typeof current === 'object' && Object.prototype.hasOwnProperty.call(current, String(s))) {
      current = (current as Record<string, unknown>)[String(s)];
    } else return undefined;
  }
  return current;
}

/** Deep equality of JSON values (objects compared key by key, whatever their order). */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== typeof b || a === null || b === null || typeof a !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const bb = b as unknown[];
    return a.length === bb.length && a.every((x, i) => jsonEqual(x, bb[i]));
  }
  const ka = Object.keys(a as object);
  const kb = Object.keys(b as object);
  return ka.length === kb.length && ka.every((k) => jsonEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}
