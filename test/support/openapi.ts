/**
 * GitHub's own OpenAPI description of api.github.com (from `@octokit/openapi`), reduced to the
 * operations a test serves and compiled with ajv, so a fixture that GitHub could never send (or a
 * request body GitHub would refuse) fails the test instead of passing silently.
 *
 * For tests only. The full description is 13 MB of JSON (about 300 ms to parse) and compiling the
 * validators of the served operations takes about a second, so both are done once per machine:
 * the validators are written as ajv standalone code under node_modules/.cache/phase-gates, keyed
 * by the @octokit/openapi and ajv versions and the operation list, and later test files load that
 * module in about 25 ms. Within a test file the validator is built once.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Ajv, _, type ValidateFunction } from 'ajv';
import standaloneModule from 'ajv/dist/standalone/index.js';

// A CommonJS module whose typings declare `export default`: the function is the module itself at
// run time, and `.default` of it under TypeScript's view.
const standaloneCode = ((standaloneModule as unknown as { default?: unknown }).default ?? standaloneModule) as (ajv: Ajv, refs: Record<string, string>) => string;

/** An operation as the description names it: lower-case method and path template. */
export interface OperationKey {
  method: string;
  /** e.g. `/repos/{owner}/{repo}/check-runs/{check_run_id}` */
  path: string;
}

/** An operation matched against a concrete request. */
export interface MatchedOperation {
  key: OperationKey;
  operationId: string;
  /** Path parameters, URL-decoded. */
  params: Record<string, string>;
}

/** Bump when the shape of the cached reduction or of the generated validators changes. */
const REDUCTION_FORMAT = 3;
const ROOT_ID = 'https://phase-gates.test/github-openapi.json';

interface ReducedOperation {
  method: string;
  path: string;
  operationId: string;
  /** status → JSON schema of the application/json body; null when the status has no JSON body. */
  responses: Record<string, unknown>;
  /** JSON schema of the request body, when the operation takes one. */
  request: unknown;
}

interface Reduced {
  format: number;
  source: string;
  ops: ReducedOperation[];
  components: { schemas: Record<string, unknown> };
}

/** The operation list only: what the validator needs when the compiled validators are cached. */
interface OperationIndex {
  format: number;
  ops: Array<{ method: string; path: string; operationId: string; statuses: Record<string, boolean>; request: boolean }>;
}

type Validate = ((data: unknown) => boolean) & { errors?: ValidateFunction['errors'] };

/** Where the cost went, for reporting: ms to get the validators, and whether the disk cache had them. */
export interface OpenApiLoadStats {
  loadMs: number;
  cacheHit: boolean;
}

/**
 * Validates requests and responses against the reduced description. Build it with
 * {@link loadGitHubOpenApi}.
 */
export class GitHubOpenApi {
  private readonly matchers: Array<{ op: OperationIndex['ops'][number]; regex: RegExp; names: string[] }>;

  constructor(
    private readonly index: OperationIndex,
    private readonly validators: Record<string, Validate>,
    readonly stats: OpenApiLoadStats
  ) {
    this.matchers = index.ops.map((op) => {
      const names: string[] = [];
      const pattern = op.path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\\?\{([^}]+)\\?\}/g, (_m, name: string) => {
        names.push(name);
        return '([^/]+)';
      });
      return { op, regex: new RegExp(`^${pattern}$`), names };
    });
  }

  /** The served operation for `METHOD /path`, or undefined. */
  match(method: string, pathname: string): MatchedOperation | undefined {
    const m = method.toLowerCase();
    for (const { op, regex, names } of this.matchers) {
      if (op.method !== m) continue;
      const hit = regex.exec(pathname);
      if (!hit) continue;
      const params: Record<string, string> = {};
      names.forEach((name, i) => (params[name] = decodeURIComponent(hit[i + 1])));
      return { key: { method: op.method, path: op.path }, operationId: op.operationId, params };
    }
    return undefined;
  }

  /**
   * Errors of `body` as the response `status` of `op` (empty when valid). A status the operation
   * does not declare is checked as GitHub's `basic-error` when it is an error status, and refused
   * otherwise: a test server must not invent successes GitHub does not describe.
   */
  validateResponse(op: OperationKey, status: number, body: unknown): string[] {
    const { entry, i } = this.find(op);
    const declared = entry.statuses[String(status)];
    if (declared === undefined) {
      if (status >= 400) return this.run('basic_error', body);
      return [`status ${status} is not a response of ${entry.operationId}`];
    }
    if (!declared) {
      return body === undefined || body === '' ? [] : [`status ${status} of ${entry.operationId} has no body`];
    }
    return this.run(responseKey(i, String(status)), body);
  }

  /** Errors of a request body for `op` (empty when valid or when the operation takes none). */
  validateRequest(op: OperationKey, body: unknown): string[] {
    const { entry, i } = this.find(op);
    return entry.request ? this.run(requestKey(i), body) : [];
  }

  private find(op: OperationKey): { entry: OperationIndex['ops'][number]; i: number } {
    const i = this.index.ops.findIndex((o) => o.method === op.method.toLowerCase() && o.path === op.path);
    if (i < 0) throw new Error(`operation ${op.method} ${op.path} was not loaded`);
    return { entry: this.index.ops[i], i };
  }

  private run(key: string, data: unknown): string[] {
    const validate = this.validators[key];
    if (!validate) throw new Error(`no validator ${key}`);
    if (validate(data)) return [];
    return (validate.errors ?? []).slice(0, 8).map((e) => {
      const extra = e.keyword === 'additionalProperties' ? ` (${String((e.params as { additionalProperty?: string }).additionalProperty)})` : '';
      const allowed = e.keyword === 'enum' ? ` ${JSON.stringify((e.params as { allowedValues?: unknown }).allowedValues)}` : '';
      return `${e.instancePath || '(root)'} ${e.message ?? e.keyword}${extra}${allowed}`;
    });
  }
}

const responseKey = (i: number, status: string) => `response_${i}_${status}`;
const requestKey = (i: number) => `request_${i}`;

/**
 * Formats the reduced description needs beyond ajv's built-ins, as a CommonJS module: the
 * generated validators `require` it, so it is written next to them.
 */
const FORMATS_MODULE = `"use strict";
exports["date-time"] = /^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(?:\\.\\d+)?(?:Z|[+-]\\d{2}:\\d{2})$/i;
exports.date = /^\\d{4}-\\d{2}-\\d{2}$/;
// GitHub sends "" for unset URL fields declared \`format: uri\` (a deployment status' target_url),
// so the empty string passes; anything else must be an absolute URI.
exports.uri = (s) => s === "" || /^[a-z][a-z0-9+.-]*:[^\\s]*$/i.test(s);
`;

const loaded = new Map<string, GitHubOpenApi>();

/**
 * The validator for `operations`, built once per module registry (i.e. once per jest test file).
 * The first run on a machine reduces the 13 MB description and compiles every validator (about a
 * second); it writes them as generated code under node_modules/.cache/phase-gates, so later test
 * files only load that module.
 */
export function loadGitHubOpenApi(operations: readonly OperationKey[]): GitHubOpenApi {
  const ops = operations.map((o) => ({ method: o.method.toLowerCase(), path: o.path }));
  const memoKey = JSON.stringify(ops);
  const memo = loaded.get(memoKey);
  if (memo) return memo;

  const started = performance.now();
  const require = createRequire(path.join(process.cwd(), 'package.json'));
  const pkgDir = path.dirname(require.resolve('@octokit/openapi/package.json'));
  const versionOf = (dir: string) => (JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as { version: string }).version;
  const version = versionOf(pkgDir);
  const ajvVersion = versionOf(path.dirname(require.resolve('ajv/package.json')));
  // This file's own text is part of the key too, so editing the reduction invalidates the cache.
  let self = '';
  try {
    self = fs.readFileSync(path.join(process.cwd(), 'test', 'support', 'openapi.ts'), 'utf8');
  } catch {
    self = '';
  }
  const hash = crypto.createHash('sha256').update(`${REDUCTION_FORMAT}\n${version}\n${ajvVersion}\n${memoKey}\n${self}`).digest('hex').slice(0, 16);
  const dir = path.join(process.cwd(), 'node_modules', '.cache', 'phase-gates');
  const indexFile = path.join(dir, `github-openapi-${hash}.index.json`);
  const codeFile = path.join(dir, `github-openapi-${hash}.validators.cjs`);
  const formatsFile = path.join(dir, `github-openapi-formats-${REDUCTION_FORMAT}.cjs`);

  let api: GitHubOpenApi | undefined;
  try {
    const index = JSON.parse(fs.readFileSync(indexFile, 'utf8')) as OperationIndex;
    if (index.format === REDUCTION_FORMAT && fs.existsSync(formatsFile)) {
      const validators = require(codeFile) as Record<string, Validate>;
      api = new GitHubOpenApi(index, validators, { loadMs: Math.round(performance.now() - started), cacheHit: true });
    }
  } catch {
    api = undefined;
  }
  if (!api) {
    const full = JSON.parse(fs.readFileSync(path.join(pkgDir, 'generated', 'api.github.com.json'), 'utf8')) as OpenApiDocument;
    const reduced = reduce(full, ops, `@octokit/openapi@${version} api.github.com`);
    writeAtomically(formatsFile, FORMATS_MODULE);
    const formats: Record<string, RegExp | ((s: string) => boolean)> = {};
    new Function('exports', FORMATS_MODULE)(formats);
    const { index, validators, code } = compileAll(reduced, formats, formatsFile);
    writeAtomically(codeFile, code);
    writeAtomically(indexFile, JSON.stringify(index));
    api = new GitHubOpenApi(index, validators, { loadMs: Math.round(performance.now() - started), cacheHit: false });
  }
  loaded.set(memoKey, api);
  return api;
}

/** Compiles every validator of `reduced` and the standalone module that recreates them. */
function compileAll(
  reduced: Reduced,
  formats: Record<string, RegExp | ((s: string) => boolean)>,
  formatsFile: string
): { index: OperationIndex; validators: Record<string, Validate>; code: string } {
  const ajv = new Ajv({
    strict: false,
    allErrors: true,
    // OpenAPI formats ajv does not know (int64, email, …) are ignored quietly.
    logger: false,
    formats,
    // The generated module sits beside the formats module: a relative require keeps paths out of it.
    code: { source: true, formats: _`require(${`./${path.basename(formatsFile)}`})` }
  });
  ajv.addSchema({ $id: ROOT_ID, components: reduced.components, 'x-ops': reduced.ops });
  const refs: Record<string, string> = {};
  const add = (key: string, ref: string) => {
    ajv.addSchema({ $id: `${ROOT_ID}/${key}`, $ref: ref });
    refs[key] = `${ROOT_ID}/${key}`;
  };
  add('basic_error', `${ROOT_ID}#/components/schemas/basic-error`);
  const index: OperationIndex = { format: REDUCTION_FORMAT, ops: [] };
  reduced.ops.forEach((op, i) => {
    const statuses: Record<string, boolean> = {};
    for (const [status, schema] of Object.entries(op.responses)) {
      statuses[status] = schema !== null;
      if (schema !== null) add(responseKey(i, status), `${ROOT_ID}#/x-ops/${i}/responses/${status}`);
    }
    if (op.request !== null) add(requestKey(i), `${ROOT_ID}#/x-ops/${i}/request`);
    index.ops.push({ method: op.method, path: op.path, operationId: op.operationId, statuses, request: op.request !== null });
  });
  const validators: Record<string, Validate> = {};
  for (const [key, id] of Object.entries(refs)) validators[key] = ajv.getSchema(id) as Validate;
  return { index, validators, code: standaloneCode(ajv, refs) };
}

// --- reduction --------------------------------------------------------------------------------

interface OpenApiDocument {
  paths: Record<string, Record<string, OpenApiOperationObject>>;
  components: { schemas: Record<string, unknown>; responses: Record<string, unknown> };
}

interface OpenApiOperationObject {
  operationId: string;
  responses: Record<string, unknown>;
  requestBody?: { content?: Record<string, { schema?: unknown }> };
}

function reduce(doc: OpenApiDocument, ops: OperationKey[], source: string): Reduced {
  const schemas: Record<string, unknown> = {};
  const reach = (node: unknown): void => {
    if (Array.isArray(node)) {
      node.forEach(reach);
      return;
    }
    if (!node || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
      if (key === '$ref' && typeof value === 'string' && value.startsWith('#/components/schemas/')) {
        const name = value.slice('#/components/schemas/'.length);
        if (!(name in schemas)) {
          const target = doc.components.schemas[name];
          if (target === undefined) throw new Error(`${source}: dangling $ref ${value}`);
          schemas[name] = target;
          reach(target);
        }
      } else if (key !== 'examples' && key !== 'example') {
        reach(value);
      }
    }
  };

  // Error bodies of statuses an operation does not declare are checked as basic-error.
  reach({ $ref: '#/components/schemas/basic-error' });
  const reducedOps = ops.map((key): ReducedOperation => {
    const op = doc.paths[key.path]?.[key.method];
    if (!op) throw new Error(`${source} has no operation ${key.method.toUpperCase()} ${key.path}`);
    const responses: Record<string, unknown> = {};
    for (const [status, raw] of Object.entries(op.responses)) {
      let response = raw as { $ref?: string; content?: Record<string, { schema?: unknown }> };
      if (response.$ref) response = doc.components.responses[response.$ref.split('/').pop() as string] as typeof response;
      const schema = response?.content?.['application/json']?.schema ?? response?.content?.['application/scim+json']?.schema;
      responses[status] = schema ?? null;
      reach(schema);
    }
    const request = op.requestBody?.content?.['application/json']?.schema ?? null;
    reach(request);
    return { method: key.method, path: key.path, operationId: op.operationId, responses, request };
  });
  return {
    format: REDUCTION_FORMAT,
    source,
    ops: openApi30ToJsonSchema(reducedOps) as ReducedOperation[],
    components: { schemas: openApi30ToJsonSchema(schemas) as Record<string, unknown> }
  };
}

/**
 * OpenAPI 3.0 `nullable: true` → JSON Schema. ajv knows `nullable` but keeps `enum` strict, while
 * GitHub sends null for nullable enums (a dismissed_reason of an open alert) and uses `nullable`
 * beside `allOf`/`$ref` without `type`, which ajv refuses. So null is allowed explicitly.
 */
function openApi30ToJsonSchema(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(openApi30ToJsonSchema);
  if (!node || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
    if (key === 'description' && typeof value === 'string') continue; // weight only
    if (key === 'example' || key === 'examples') continue;
    out[key] = key === 'properties' ? mapValues(value, openApi30ToJsonSchema) : openApi30ToJsonSchema(value);
  }
  if (out.nullable !== true) return out;
  delete out.nullable;
  if (typeof out.type === 'string' && !out.$ref && !out.allOf && !out.anyOf && !out.oneOf) {
    out.type = [out.type, 'null'];
    if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
    return out;
  }
  return { anyOf: [{ type: 'null' }, out] };
}

function mapValues(value: unknown, fn: (v: unknown) => unknown): unknown {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return fn(value);
  return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, fn(v)]));
}

function writeAtomically(file: string, text: string): void {
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    // Several jest workers may reduce at once: each writes its own temporary file and renames it.
    const tmp = `${file}.${process.pid}.${crypto.randomBytes(4).toString('hex')}.tmp`;
    fs.writeFileSync(tmp, text);
    fs.renameSync(tmp, file);
  } catch {
    // A read-only tree only costs the next test file the full parse.
  }
}
