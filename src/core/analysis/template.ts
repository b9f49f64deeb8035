/**
 * An analysis as Argo Rollouts writes it: a whole `AnalysisTemplate` / `ClusterAnalysisTemplate`
 * (apiVersion, kind, metadata, spec) or just its spec (`args`, `metrics`, `dryRun`), read into an
 * {@link AnalysisSpec} with the line of every node kept for errors.
 *
 * Field names and types are Argo's (pkg/apis/rollouts/v1alpha1/analysis_types.go): `interval` and
 * `initialDelay` are Go durations (`DurationString`, time.ParseDuration), `count`, `failureLimit`,
 * `inconclusiveLimit`, `consecutiveErrorLimit` are int-or-string, `dryRun: [{metricName}]` holds
 * regular expressions matched against metric names (utils/analysis/helpers.go GetDryRunMetrics),
 * the Prometheus provider's `timeout` is in seconds (default 30, metricproviders/prometheus), its
 * `headers` a list of `{key, value}`. Defaults as Argo's: failureLimit 0, inconclusiveLimit 0,
 * consecutiveErrorLimit 4 (utils/defaults/defaults.go DefaultConsecutiveErrorLimit); no `count` and
 * no `interval` is one measurement (Metric.EffectiveCount).
 *
 * phase-gates' additions: `provider.scrape` (the embedded provider), metric `compare` and `gate`,
 * spec-level `alerts`.
 *
 * Choices where Argo differs:
 * - An analysis must end: a metric with an `interval` and no `count` (which Argo measures until the
 *   rollout moves on) is refused, as is a count over 1000 or interval × count over 24 h.
 * - int-or-string fields written `{{args.name}}` are resolved when the template loads, from the
 *   arg's default `value`; an arg without one there is refused (the measurement plan must be known
 *   before the analysis starts).
 * - `args[].valueFrom` (Kubernetes secrets and field refs) and providers other than `prometheus` and
 *   `scrape` are refused, one line each; `measurementRetention` is accepted and not applied (the
 *   run keeps the last 100 measurements of each metric); `consecutiveSuccessLimit` is refused.
 */
import { readFileSync, statSync } from 'node:fs';
import { parseMatchers } from './alertmanager.js';
import { isMap, isScalar, isSeq, LineCounter, parseAllDocuments, type Node as YamlNode, type Pair, type YAMLMap, type Document } from 'yaml';
import { UserError } from '../errors.js';
import { displayPath, resolveInWorkspace } from '../files.js';
import { didYouMean } from '../suggest.js';
import { checkYamlBounds, YAML_BOUNDS } from '../yaml-bounds.js';
import { compileCondition, compileTimeExpression, goDurationMs } from './condition.js';
import type { AlertsSpec, AnalysisSpec, ArgSpec, CompareSpec, GateMetric, MetricSpec, ProviderSpec } from './types.js';

/** Args every template may use without declaring them: deploy gives them at run time. */
export const BUILTIN_ARGS = ['environment', 'version', 'previous-version', 'slot', 'stable-slot', 'deployment-id', 'url', 'stable-url'];

/** Largest analysis file read. */
export const MAX_ANALYSIS_BYTES = 1024 * 1024;
export const MAX_COUNT = 1000;
export const MAX_ANALYSIS_MS = 24 * 3_600_000;
/** Argo's default Prometheus timeout (metricproviders/prometheus/prometheus.go: 30 s). */
export const DEFAULT_TIMEOUT_MS = 30_000;
/** Alertmanager looked at every this often when no metric has an interval. */
export const DEFAULT_ALERTS_INTERVAL_MS = 10_000;
/** Argo's default consecutiveErrorLimit (utils/defaults/defaults.go). */
export const DEFAULT_CONSECUTIVE_ERROR_LIMIT = 4;

/** Argo's providers that phase-gates does not run. */
const ARGO_PROVIDERS = ['web', 'datadog', 'newRelic', 'wavefront', 'kayenta', 'job', 'cloudWatch', 'graphite', 'influxdb', 'skywalking', 'plugin'];
const PROVIDERS = ['prometheus', 'scrape'];
const KINDS = ['AnalysisTemplate', 'ClusterAnalysisTemplate'];
const TOP_KEYS = ['apiVersion', 'kind', 'metadata', 'spec'];
const SPEC_KEYS = ['args', 'metrics', 'dryRun', 'measurementRetention', 'alerts'];
const METRIC_KEYS = ['name', 'interval', 'initialDelay', 'count', 'successCondition', 'failureCondition', 'failureLimit', 'inconclusiveLimit', 'consecutiveErrorLimit', 'consecutiveSuccessLimit', 'provider', 'compare', 'gate'];
const PROMETHEUS_KEYS = ['address', 'query', 'timeout', 'insecure', 'headers', 'rangeQuery', 'authentication'];
const SCRAPE_KEYS = ['url', 'query', 'timeout', 'headers'];
const COMPARE_KEYS = ['tolerance', 'direction', 'confidence', 'minSamples', 'baseline'];
const ALERTS_KEYS = ['address', 'matchers', 'interval', 'timeout', 'headers'];
const GATES: GateMetric[] = ['error_rate', 'p95_ms'];
const ARG_REF = /\{\{\s*args\.([^{}\s]+)\s*\}\}/g;

/** Where an error is: the input, the file, the line. */
export interface Where {
  input: string;
  file?: string;
  line?: number;
}

interface Ctx {
  input: string;
  file?: string;
  lines: LineCounter;
}

function lineOf(ctx: Ctx, node: YamlNode | null | undefined): number | undefined {
  const offset = node?.range?.[0];
  return offset === undefined ? undefined : ctx.lines.linePos(offset).line;
}

function err(ctx: Ctx, node: YamlNode | null | undefined, message: string, hint?: string, line?: number): UserError {
  return new UserError(message, { input: ctx.input, file: ctx.file, line: lineOf(ctx, node) ?? line, hint });
}

/** Go's time.ParseDuration, in ms; a bad duration is a UserError at `where`. */
export function parseDuration(text: string, where: Where): number {
  const ms = goDurationMs(String(text));
  if (ms === undefined || ms < 0) {
    throw new UserError(`bad duration ${JSON.stringify(String(text))}: write a Go duration such as 30s, 1m30s, 500ms, 2h`, where);
  }
  return ms;
}

/** The pairs of a mapping node, refusing keys not in `keys` (with a "did you mean"). */
function fields(ctx: Ctx, node: YamlNode | null | undefined, what: string, keys: string[]): Map<string, { key: YamlNode; value: YamlNode | null }> {
  if (!isMap(node)) throw err(ctx, node, `${what} must be a mapping`);
  const out = new Map<string, { key: YamlNode; value: YamlNode | null }>();
  for (const pair of (node as YAMLMap).items as Pair<YamlNode, YamlNode | null>[]) {
    const name = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
    if (!keys.includes(name)) throw err(ctx, pair.key, `${what}: unknown key "${name}"${didYouMean(name, keys)}`, `known keys: ${keys.join(', ')}`);
    out.set(name, { key: pair.key, value: pair.value });
  }
  return out;
}

function str(ctx: Ctx, node: YamlNode | null | undefined, what: string): string {
  if (!isScalar(node) || node.value === null || typeof node.value === 'object') throw err(ctx, node, `${what} must be a string`);
  return String(node.value);
}

function seq(ctx: Ctx, node: YamlNode | null | undefined, what: string): YamlNode[] {
  if (!isSeq(node)) throw err(ctx, node, `${what} must be a list`);
  return node.items as YamlNode[];
}

/** Argo's int-or-string: a number, a numeric string, or `{{args.name}}` resolved from the arg's default. */
function intOrString(ctx: Ctx, node: YamlNode | null, what: string, args: ArgSpec[], min: number): number {
  if (!isScalar(node)) throw err(ctx, node, `${what} must be an integer`);
  let value = node.value;
  if (typeof value === 'string') {
    const ref = /^\s*\{\{\s*args\.([^{}\s]+)\s*\}\}\s*$/.exec(value);
    if (ref) {
      const arg = args.find((a) => a.name === ref[1]);
      if (arg?.value === undefined) {
        throw err(ctx, node, `${what} ${value} cannot be resolved when the analysis loads`, arg ? `give args ${arg.name} a value` : `declare args ${ref[1]} with a value`);
      }
      value = arg.value;
    }
    value = /^\s*-?\d+\s*$/.test(String(value)) ? Number(value) : value;
  }
  if (typeof value !== 'number' || !Number.isInteger(value)) throw err(ctx, node, `${what} must be an integer, not ${JSON.stringify(node.value)}`);
  if (value < min) throw err(ctx, node, `${what} must be ${min} or more, not ${value}`);
  return value;
}

/** Checks that every `{{args.x}}` of `text` names a declared or built-in arg. */
function checkRefs(ctx: Ctx, node: YamlNode | null | undefined, text: string, declared: Set<string>): void {
  for (const m of text.matchAll(ARG_REF)) {
    if (!declared.has(m[1])) {
      throw err(ctx, node, `unknown arg "${m[1]}" in {{args.${m[1]}}}${didYouMean(m[1], declared)}`, `declare it under args, or use one given at run time: ${BUILTIN_ARGS.join(', ')}`);
    }
  }
}

function timeoutMs(ctx: Ctx, node: YamlNode | null | undefined, what: string): number {
  if (node === undefined || node === null) return DEFAULT_TIMEOUT_MS;
  if (isScalar(node) && typeof node.value === 'number') {
    if (!Number.isFinite(node.value) || node.value <= 0 || node.value > 3600) throw err(ctx, node, `${what} must be 1 to 3600 seconds`);
    return node.value * 1000;
  }
  const ms = parseDuration(str(ctx, node, what), { input: ctx.input, file: ctx.file, line: lineOf(ctx, node) });
  if (ms <= 0 || ms > 3_600_000) throw err(ctx, node, `${what} must be more than 0 and at most 1h`);
  return ms;
}

/** Headers as Argo writes them (`[{key, value}]`) or as a mapping. */
function headers(ctx: Ctx, node: YamlNode | null | undefined, what: string, declared: Set<string>): Record<string, string> {
  const out: Record<string, string> = {};
  if (node === undefined || node === null) return out;
  if (isMap(node)) {
    for (const [name, { value }] of fields(ctx, node, what, (node.items as Pair<YamlNode>[]).map((p) => String((p.key as { value?: unknown }).value ?? p.key)))) {
      out[name] = str(ctx, value, `${what}.${name}`);
      checkRefs(ctx, value, out[name], declared);
    }
    return out;
  }
  for (const item of seq(ctx, node, what)) {
    const f = fields(ctx, item, `${what} entry`, ['key', 'value']);
    const key = f.get('key');
    if (!key) throw err(ctx, item, `${what} entry needs a key`);
    const value = str(ctx, f.get('value')?.value, `${what} ${str(ctx, key.value, 'key')}`);
    checkRefs(ctx, f.get('value')?.value, value, declared);
    out[str(ctx, key.value, `${what} key`)] = value;
  }
  return out;
}

function readArgs(ctx: Ctx, node: YamlNode | null | undefined): ArgSpec[] {
  if (node === undefined || node === null) return [];
  const args: ArgSpec[] = [];
  for (const item of seq(ctx, node, 'args')) {
    const f = fields(ctx, item, 'args entry', ['name', 'value', 'valueFrom']);
    const nameNode = f.get('name')?.value;
    if (!nameNode) throw err(ctx, item, 'args entry needs a name');
    const name = str(ctx, nameNode, 'args name');
    if (f.has('valueFrom')) {
      throw err(ctx, f.get('valueFrom')!.key, `args ${name}: valueFrom (Kubernetes secretKeyRef / fieldRef) is not supported here`, `give {{args.${name}}} a value, or pass it at run time`);
    }
    if (args.some((a) => a.name === name)) throw err(ctx, nameNode, `args ${name} declared twice`);
    const valueNode = f.get('value')?.value;
    const arg: ArgSpec = { name, line: lineOf(ctx, item) ?? 1 };
    if (valueNode !== undefined && valueNode !== null) {
      if (!isScalar(valueNode) || valueNode.value === null || typeof valueNode.value === 'object') throw err(ctx, valueNode, `args ${name}: value must be a string`);
      arg.value = String(valueNode.value);
    }
    args.push(arg);
  }
  return args;
}

function readProvider(ctx: Ctx, node: YamlNode | null | undefined, metric: string, declared: Set<string>, at: YamlNode): ProviderSpec {
  if (node === undefined || node === null) throw err(ctx, at, `metric ${metric}: provider missing`, 'phase-gates measures with prometheus or scrape');
  if (!isMap(node)) throw err(ctx, node, `metric ${metric}: provider must be a mapping`);
  const pairs = node.items as Pair<YamlNode, YamlNode | null>[];
  const names = pairs.map((p) => (isScalar(p.key) ? String(p.key.value) : String(p.key)));
  for (const [i, name] of names.entries()) {
    if (ARGO_PROVIDERS.includes(name)) {
      throw err(ctx, pairs[i].key, `metric ${metric}: provider ${name} is not supported here; phase-gates measures with prometheus or scrape`);
    }
    if (!PROVIDERS.includes(name)) throw err(ctx, pairs[i].key, `metric ${metric}: unknown provider "${name}"${didYouMean(name, PROVIDERS)}`, 'phase-gates measures with prometheus or scrape');
  }
  if (names.length === 0) throw err(ctx, node, `metric ${metric}: provider missing`, 'phase-gates measures with prometheus or scrape');
  if (names.length > 1) throw err(ctx, pairs[1].key, `metric ${metric}: two providers (${names.join(', ')}); give one`);
  const kind = names[0];
  const body = pairs[0].value;
  const what = `metric ${metric}: provider.${kind}`;
  const required = (f: Map<string, { key: YamlNode; value: YamlNode | null }>, key: string): string => {
    const entry = f.get(key);
    if (!entry || entry.value === null) throw err(ctx, body ?? pairs[0].key, `${what}: ${key} missing`);
    const value = str(ctx, entry.value, `${what}.${key}`);
    if (value.trim() === '') throw err(ctx, entry.value, `${what}.${key} is empty`);
    checkRefs(ctx, entry.value, value, declared);
    return value;
  };
  if (kind === 'scrape') {
    const f = fields(ctx, body, what, SCRAPE_KEYS);
    return {
      kind: 'scrape',
      url: required(f, 'url'),
      query: required(f, 'query'),
      timeoutMs: timeoutMs(ctx, f.get('timeout')?.value, `${what}.timeout`),
      headers: headers(ctx, f.get('headers')?.value, `${what}.headers`, declared)
    };
  }
  const f = fields(ctx, body, what, PROMETHEUS_KEYS);
  if (f.has('authentication')) throw err(ctx, f.get('authentication')!.key, `${what}.authentication (sigv4, oauth2) is not supported here`, 'give an Authorization header under headers');
  const spec: ProviderSpec = {
    kind: 'prometheus',
    address: required(f, 'address'),
    query: required(f, 'query'),
    timeoutMs: timeoutMs(ctx, f.get('timeout')?.value, `${what}.timeout`),
    headers: headers(ctx, f.get('headers')?.value, `${what}.headers`, declared)
  };
  const range = f.get('rangeQuery');
  if (range) {
    const r = fields(ctx, range.value, `${what}.rangeQuery`, ['start', 'end', 'step']);
    const part = (key: string): string => {
      const entry = r.get(key);
      if (!entry) throw err(ctx, range.value, `${what}.rangeQuery: ${key} missing`);
      const text = str(ctx, entry.value, `${what}.rangeQuery.${key}`);
      checkRefs(ctx, entry.value, text, declared);
      const line = lineOf(ctx, entry.value);
      // Checked as written when it holds no args; with args, once rendered at run time.
      if (key === 'step') {
        if (!/\{\{/.test(text)) parseDuration(text, { input: ctx.input, file: ctx.file, line });
      } else if (!/\{\{/.test(text)) {
        const at = compileTimeExpression(text, { input: ctx.input, file: ctx.file, line });
        try {
          at(new Date());
        } catch (e) {
          throw err(ctx, entry.value, `${what}.rangeQuery.${key} ${JSON.stringify(text)}: ${(e as Error).message}`);
        }
      }
      return text;
    };
    spec.range = { start: part('start'), end: part('end'), step: part('step') };
  }
  return spec;
}

function readCompare(ctx: Ctx, node: YamlNode | null, metric: string, declared: Set<string>): CompareSpec {
  const what = `metric ${metric}: compare`;
  const f = fields(ctx, node, what, COMPARE_KEYS);
  const spec: CompareSpec = {
    baselineArgs: { slot: '{{args.stable-slot}}', version: '{{args.previous-version}}', url: '{{args.stable-url}}' },
    direction: 'increase',
    tolerancePct: 10,
    confidence: 0.95,
    minSamples: 3
  };
  const tolerance = f.get('tolerance')?.value;
  if (tolerance) {
    const raw = isScalar(tolerance) ? tolerance.value : undefined;
    const m = typeof raw === 'number' ? [String(raw), String(raw)] : typeof raw === 'string' ? /^\s*(\d+(?:\.\d+)?)\s*%?\s*$/.exec(raw) : null;
    if (!m || Number(m[1]) > 1000) throw err(ctx, tolerance, `${what}.tolerance must be a percentage such as "10%" (0 to 1000)`);
    spec.tolerancePct = Number(m[1]);
  }
  const direction = f.get('direction')?.value;
  if (direction) {
    const d = str(ctx, direction, `${what}.direction`);
    if (d !== 'increase' && d !== 'decrease' && d !== 'either') throw err(ctx, direction, `${what}.direction must be increase, decrease or either, not "${d}"${didYouMean(d, ['increase', 'decrease', 'either'])}`);
    spec.direction = d;
  }
  const confidence = f.get('confidence')?.value;
  if (confidence) {
    const c = isScalar(confidence) ? confidence.value : undefined;
    if (typeof c !== 'number' || !(c >= 0.5 && c <= 0.999)) throw err(ctx, confidence, `${what}.confidence must be a number from 0.5 to 0.999`);
    spec.confidence = c;
  }
  const minSamples = f.get('minSamples')?.value;
  if (minSamples) {
    const n = isScalar(minSamples) ? minSamples.value : undefined;
    if (typeof n !== 'number' || !Number.isInteger(n) || n < 2 || n > MAX_COUNT) throw err(ctx, minSamples, `${what}.minSamples must be an integer from 2 to ${MAX_COUNT}`);
    spec.minSamples = n;
  }
  const baseline = f.get('baseline')?.value;
  if (baseline) {
    if (!isMap(baseline)) throw err(ctx, baseline, `${what}.baseline must be a mapping of arg names to values`);
    spec.baselineArgs = {};
    for (const pair of baseline.items as Pair<YamlNode, YamlNode | null>[]) {
      const name = str(ctx, pair.key, `${what}.baseline key`);
      if (!declared.has(name)) throw err(ctx, pair.key, `${what}.baseline: unknown arg "${name}"${didYouMean(name, declared)}`);
      const value = str(ctx, pair.value, `${what}.baseline.${name}`);
      checkRefs(ctx, pair.value, value, declared);
      spec.baselineArgs[name] = value;
    }
  }
  return spec;
}

function readMetric(ctx: Ctx, node: YamlNode, args: ArgSpec[], declared: Set<string>): MetricSpec {
  const f = fields(ctx, node, 'metric', METRIC_KEYS);
  const nameNode = f.get('name')?.value;
  if (!nameNode) throw err(ctx, node, 'metric needs a name');
  const name = str(ctx, nameNode, 'metric name');
  const line = lineOf(ctx, node) ?? 1;
  const at = (key: string) => ({ input: ctx.input, file: ctx.file, line: lineOf(ctx, f.get(key)?.value) ?? line });
  if (f.has('consecutiveSuccessLimit')) throw err(ctx, f.get('consecutiveSuccessLimit')!.key, `metric ${name}: consecutiveSuccessLimit is not supported here`, 'use count with failureLimit');
  const duration = (key: string): number | undefined => {
    const v = f.get(key)?.value;
    if (v === undefined || v === null) return undefined;
    return parseDuration(str(ctx, v, `metric ${name}: ${key}`), at(key));
  };
  // The provider first: a template for a provider not run here is refused for that, whatever else.
  const provider = readProvider(ctx, f.get('provider')?.value, name, declared, node);
  const intervalMs = duration('interval');
  const initialDelayMs = duration('initialDelay') ?? 0;
  const countNode = f.get('count')?.value ?? null;
  let count: number;
  if (countNode === null) {
    // Argo's EffectiveCount: no count and no interval is one measurement; with an interval Argo
    // measures until the rollout moves on, which an analysis here cannot.
    if (intervalMs !== undefined) throw err(ctx, f.get('interval')!.key, `metric ${name}: count missing (an analysis must end: give count with interval)`);
    count = 1;
  } else {
    count = intOrString(ctx, countNode, `metric ${name}: count`, args, 1);
    if (count > MAX_COUNT) throw err(ctx, countNode, `metric ${name}: count ${count} is over the limit of ${MAX_COUNT}`);
  }
  if (count > 1 && intervalMs === undefined) throw err(ctx, countNode, `metric ${name}: interval missing (count ${count} needs the time between measurements)`);
  if ((intervalMs ?? 0) * count > MAX_ANALYSIS_MS) throw err(ctx, f.get('interval')!.value, `metric ${name}: interval × count is over 24h`);
  const limit = (key: string, fallback: number) => {
    const v = f.get(key)?.value;
    return v === undefined || v === null ? fallback : intOrString(ctx, v, `metric ${name}: ${key}`, args, 0);
  };
  const condition = (key: 'successCondition' | 'failureCondition'): string | undefined => {
    const v = f.get(key)?.value;
    if (v === undefined || v === null) return undefined;
    const text = str(ctx, v, `metric ${name}: ${key}`);
    checkRefs(ctx, v, text, declared);
    // With {{args.…}} it compiles once rendered (resolveArgs / run); without, now.
    if (!/\{\{/.test(text)) compileCondition(text, at(key));
    return text;
  };
  const gateNode = f.get('gate')?.value;
  let gate: GateMetric | undefined;
  if (gateNode) {
    const g = str(ctx, gateNode, `metric ${name}: gate`);
    if (!GATES.includes(g as GateMetric)) throw err(ctx, gateNode, `metric ${name}: gate must be error_rate or p95_ms, not "${g}"${didYouMean(g, GATES)}`);
    gate = g as GateMetric;
  }
  const metric: MetricSpec = {
    name,
    line,
    intervalMs: intervalMs ?? 0,
    initialDelayMs,
    count,
    failureLimit: limit('failureLimit', 0),
    inconclusiveLimit: limit('inconclusiveLimit', 0),
    consecutiveErrorLimit: limit('consecutiveErrorLimit', DEFAULT_CONSECUTIVE_ERROR_LIMIT),
    successCondition: condition('successCondition'),
    failureCondition: condition('failureCondition'),
    provider,
    dryRun: false
  };
  if (f.get('compare')?.value) metric.compare = readCompare(ctx, f.get('compare')!.value, name, declared);
  if (gate) metric.gate = gate;
  return metric;
}

function readAlerts(ctx: Ctx, node: YamlNode | null, declared: Set<string>, metrics: MetricSpec[]): AlertsSpec {
  const f = fields(ctx, node, 'alerts', ALERTS_KEYS);
  const line = lineOf(ctx, node) ?? 1;
  const address = f.get('address');
  if (!address) throw err(ctx, node, 'alerts: address missing', 'the Alertmanager base URL, e.g. http://alertmanager:9093');
  const addressText = str(ctx, address.value, 'alerts.address');
  checkRefs(ctx, address.value, addressText, declared);
  const m = f.get('matchers');
  if (!m || m.value === null) throw err(ctx, node, 'alerts: matchers missing', 'e.g. matchers: ["service=shop", "env=production"]');
  const matchers: string[] = [];
  const raw = isSeq(m.value) ? m.value.items.map((item) => str(ctx, item as YamlNode, 'alerts matcher')) : str(ctx, m.value, 'alerts.matchers').split(',');
  for (const text of raw.map((s) => s.trim()).filter((s) => s !== '')) {
    if (!/^[A-Za-z_][A-Za-z0-9_]*\s*(=~|!~|!=|=)\s*\S?/.test(text)) throw err(ctx, m.value, `alerts: matcher "${text}" is not name=value, name!=value, name=~"regex" or name!~"regex"`);
    checkRefs(ctx, m.value, text, declared);
    // Alertmanager's own matcher syntax (quoting, RE2 regexes), checked now rather than at the first look.
    if (!text.includes('{{')) parseMatchers(text, { input: ctx.input, file: ctx.file, line: lineOf(ctx, m.value) });
    matchers.push(text);
  }
  if (!matchers.length) throw err(ctx, m.value, 'alerts: matchers is empty (every alert would fail the analysis)');
  const intervals = metrics.map((x) => x.intervalMs).filter((x) => x > 0);
  const intervalNode = f.get('interval')?.value;
  const intervalMs = intervalNode ? parseDuration(str(ctx, intervalNode, 'alerts.interval'), { input: ctx.input, file: ctx.file, line: lineOf(ctx, intervalNode) }) : intervals.length ? Math.min(...intervals) : DEFAULT_ALERTS_INTERVAL_MS;
  if (intervalMs < 1000) throw err(ctx, intervalNode, 'alerts.interval must be 1s or more');
  return {
    address: addressText,
    matchers,
    intervalMs,
    timeoutMs: timeoutMs(ctx, f.get('timeout')?.value, 'alerts.timeout'),
    headers: headers(ctx, f.get('headers')?.value, 'alerts.headers', declared),
    line
  };
}

/** The spec node of the document: an (Cluster)AnalysisTemplate's `spec`, or the document itself. */
function specNode(ctx: Ctx, docs: Document.Parsed[]): YamlNode {
  const templates: Array<{ name: string; spec: YamlNode | null; at: YamlNode }> = [];
  let bare: YamlNode | undefined;
  for (const doc of docs) {
    const root = doc.contents as YamlNode | null;
    if (root === null) continue;
    if (!isMap(root)) throw err(ctx, root, 'an analysis must be a mapping: an AnalysisTemplate, or its spec (args, metrics)');
    const kindNode = root.get('kind', true) as YamlNode | undefined;
    if (kindNode === undefined) {
      if (bare !== undefined || docs.length > 1) throw err(ctx, root, 'a YAML document without kind among several; give one analysis');
      bare = root;
      continue;
    }
    const kind = str(ctx, kindNode, 'kind');
    if (!KINDS.includes(kind)) continue; // a Rollout or a Service beside the template
    const f = fields(ctx, root, kind, TOP_KEYS);
    const meta = f.get('metadata')?.value;
    const name = isMap(meta) ? String((meta.get('name') as unknown) ?? '') : '';
    templates.push({ name, spec: f.get('spec')?.value ?? null, at: root });
  }
  if (bare) return bare;
  if (templates.length === 0) throw new UserError(`no AnalysisTemplate in the ${docs.length > 1 ? `${docs.length} YAML documents` : 'YAML'}`, { input: ctx.input, file: ctx.file, line: 1 });
  if (templates.length > 1) {
    throw err(ctx, templates[1].at, `${templates.length} AnalysisTemplates (${templates.map((t) => t.name || '?').join(', ')}); give one per analysis`);
  }
  if (templates[0].spec === null) throw err(ctx, templates[0].at, 'AnalysisTemplate without spec');
  return templates[0].spec;
}

/**
 * Reads an analysis from YAML text: an Argo AnalysisTemplate (or ClusterAnalysisTemplate, also
 * among other Kubernetes documents of the same file) or its spec alone. Every error is a UserError
 * at its line.
 */
export function parseAnalysis(text: string, opts: { source: string; input: string; file?: string }): AnalysisSpec {
  const where = { input: opts.input, file: opts.file };
  checkYamlBounds(text, YAML_BOUNDS.input, where);
  const lines = new LineCounter();
  const docs = parseAllDocuments(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true, strict: true });
  const ctx: Ctx = { ...where, lines };
  if (!Array.isArray(docs)) throw new UserError('invalid YAML', { ...where, line: 1 });
  for (const doc of docs) {
    const first = doc.errors[0];
    if (first) {
      const line = first.linePos?.[0]?.line ?? lines.linePos(first.pos[0]).line;
      throw new UserError(`invalid YAML: ${first.message.split('\n')[0].replace(/ at line \d+, column \d+.*$/, '')}`, { ...where, line });
    }
  }
  if (docs.length === 0) throw new UserError('empty analysis: give an AnalysisTemplate or its spec (args, metrics)', { ...where, line: 1 });
  const spec = specNode(ctx, docs);
  const f = fields(ctx, spec, 'spec', SPEC_KEYS);
  const args = readArgs(ctx, f.get('args')?.value);
  const declared = new Set([...BUILTIN_ARGS, ...args.map((a) => a.name)]);
  const metricsNode = f.get('metrics')?.value;
  if (!metricsNode || (isSeq(metricsNode) && metricsNode.items.length === 0)) throw err(ctx, metricsNode ?? spec, 'no metrics: an analysis measures at least one');
  const metrics: MetricSpec[] = [];
  for (const item of seq(ctx, metricsNode, 'metrics')) {
    const metric = readMetric(ctx, item, args, declared);
    if (metrics.some((m) => m.name === metric.name)) throw err(ctx, item, `metric ${metric.name}: duplicate name`);
    metrics.push(metric);
  }
  const dryRun = f.get('dryRun')?.value;
  if (dryRun) {
    for (const item of seq(ctx, dryRun, 'dryRun')) {
      const e = fields(ctx, item, 'dryRun entry', ['metricName']);
      const node = e.get('metricName')?.value;
      const pattern = str(ctx, node, 'dryRun metricName');
      let re: RegExp;
      try {
        re = new RegExp(pattern);
      } catch {
        throw err(ctx, node, `dryRun metricName ${JSON.stringify(pattern)} is not a regular expression`);
      }
      // GetDryRunMetrics: a rule that matches no metric is an error ("Rule didn't match any metric name(s)").
      const hits = metrics.filter((m) => re.test(m.name));
      if (!hits.length) throw err(ctx, node, `dryRun metricName ${JSON.stringify(pattern)} matches no metric${didYouMean(pattern, metrics.map((m) => m.name))}`);
      for (const m of hits) m.dryRun = true;
    }
  }
  const retention = f.get('measurementRetention')?.value;
  if (retention) {
    for (const item of seq(ctx, retention, 'measurementRetention')) fields(ctx, item, 'measurementRetention entry', ['metricName', 'limit']);
  }
  const analysis: AnalysisSpec = { source: opts.source, args, metrics };
  const alerts = f.get('alerts')?.value;
  if (alerts) analysis.alerts = readAlerts(ctx, alerts, declared, metrics);
  return analysis;
}

/**
 * Reads the analysis of an input: inline YAML, or the path of a `.yml` / `.yaml` file inside the
 * workspace (at most 1 MiB, text).
 */
export function loadAnalysis(value: string, opts: { input: string; workspace: string }): AnalysisSpec {
  const v = value.trim();
  if (v === '') throw new UserError('empty: give an AnalysisTemplate inline, or the path of a .yml file holding one', { input: opts.input });
  const oneLine = !/[\r\n]/.test(v);
  if (!(oneLine && !/:\s|:$|^[-[{]/.test(v))) return parseAnalysis(value, { source: opts.input, input: opts.input });
  if (!/\.ya?ml$/i.test(v)) throw new UserError(`${v}: an analysis file must end in .yml or .yaml`, { input: opts.input });
  const file = resolveInWorkspace(opts.workspace, v, opts.input);
  const shown = displayPath(opts.workspace, file);
  let stat;
  try {
    stat = statSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UserError(code === 'ENOENT' ? 'file not found' : `cannot read (${code})`, { input: opts.input, file: shown });
  }
  if (!stat.isFile()) throw new UserError('not a regular file', { input: opts.input, file: shown });
  if (stat.size > MAX_ANALYSIS_BYTES) throw new UserError(`file of ${stat.size.toLocaleString('en-US')} bytes is larger than the limit of ${MAX_ANALYSIS_BYTES.toLocaleString('en-US')} bytes; not read`, { input: opts.input, file: shown });
  const buffer = readFileSync(file);
  if (buffer.includes(0)) throw new UserError('binary file (it holds NUL bytes), not YAML', { input: opts.input, file: shown });
  return parseAnalysis(buffer.toString('utf8'), { source: shown, input: opts.input, file: shown });
}

/**
 * The args an analysis runs with: declared defaults, then `given`. A declared arg with no value
 * given anywhere is a UserError naming it and its line.
 */
export function resolveArgs(spec: AnalysisSpec, given: Record<string, string>, input: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const arg of spec.args) if (arg.value !== undefined) out[arg.name] = arg.value;
  for (const [name, value] of Object.entries(given)) out[name] = value;
  const missing = spec.args.filter((a) => out[a.name] === undefined);
  if (missing.length) {
    const file = spec.source !== input ? spec.source : undefined;
    throw UserError.several(missing.map((a) => new UserError(`args ${a.name} has no value`, { input, file, line: a.line, hint: 'give it a value in the template, or pass it at run time' })));
  }
  return out;
}

/** `{{args.name}}` (spaces allowed, as Argo's templating does) replaced by its value; an unknown arg is a UserError. */
export function renderArgs(text: string, args: Record<string, string>, where: Where): string {
  return text.replace(ARG_REF, (_, name: string) => {
    if (!Object.prototype.hasOwnProperty.call(args, name)) {
      throw new UserError(`unknown arg "${name}" in {{args.${name}}}${didYouMean(name, Object.keys(args))}`, where);
    }
    return args[name];
  });
}
