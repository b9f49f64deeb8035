/**
 * The gate grammar (SPEC, "Gate grammar"): `OP NUMBER [UNIT]`, a bare number whose direction comes
 * from the metric, `true`/`false`, or a word compared with `==`.
 */
import { MAX_LATENCY_MS } from '../reports/domain.js';
import { UserError } from '../errors.js';
import { canonicalMetric, guessDirection, metricInfo } from './metrics.js';

export type Op = '>=' | '>' | '<=' | '<' | '==' | '!=';

/** Where a gate was written: for messages and annotations. */
export interface GateOrigin {
  /** `phase-file` or `gates`. */
  input: string;
  file?: string;
  line?: number;
}

export interface Gate {
  /** The name as written (`coverage`). */
  name: string;
  /** The metric it measures (`coverage_lines`). */
  metric: string;
  op: Op;
  threshold: number | boolean | string;
  /** `%` for coverage and rates, `ms` for latencies (seconds converted), null otherwise. */
  unit: '%' | 'ms' | null;
  /** The value as written, for the summary. */
  raw: string;
  origin: GateOrigin;
}

/** A warning about a gate that parses but probably does not say what was meant. */
export interface GateWarning {
  message: string;
  origin: GateOrigin;
}

const NUMERIC = /^(>=|<=|==|!=|=>|=<|>|<|=)?\s*([+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?)\s*(%|ms|s)?$/i;
const WORD = /^(==|!=|=)?\s*([A-Za-z_][\w.-]*)$/;

function normalizeOp(op: string | undefined): Op | undefined {
  switch (op) {
    case undefined:
      return undefined;
    case '=':
      return '==';
    case '=>':
      return '>=';
    case '=<':
      return '<=';
    default:
      return op as Op;
  }
}

/**
 * Parses one gate. `value` is what YAML gave (a number, boolean or string); `warnings` collects
 * thresholds that parse but are likely mistakes (`coverage: 0.8`).
 */
export function parseGate(name: string, value: unknown, origin: GateOrigin, warnings: GateWarning[] = []): Gate {
  const fail = (message: string, hint?: string): never => {
    throw new UserError(`gate ${name}: ${message}`, { input: origin.input, file: origin.file, line: origin.line, hint });
  };
  if (!/^[A-Za-z_][\w-]*$/.test(name)) fail('not a metric name (letters, digits, _ and -)');
  const metric = canonicalMetric(name);
  const info = metricInfo(metric);
  const raw = typeof value === 'string' ? value.trim() : JSON.stringify(value);

  if (typeof value === 'boolean') {
    if (info && info.kind !== 'boolean') fail(`${value} is not a threshold for a ${info.kind} metric`);
    return { name, metric, op: '==', threshold: value, unit: null, raw, origin };
  }
  if (typeof value !== 'number' && typeof value !== 'string') {
    fail(`cannot read ${value === null ? 'an empty value' : JSON.stringify(value)}`, 'write e.g. ">=80%", "<=500ms", 0 or true');
  }
  const text = String(value).trim();
  const m = NUMERIC.exec(text);
  if (m) {
    let op = normalizeOp(m[1]);
    let threshold = Number(m[2]);
    let unit = (m[3]?.toLowerCase() ?? null) as '%' | 'ms' | 's' | null;
    if (!Number.isFinite(threshold)) fail(`${text} is not a finite number`);
    if (info && info.kind !== 'number') {
      fail(`${metric} is ${info.kind === 'boolean' ? 'true or false' : 'a word such as success'}, not a number`);
    }
    if (unit === 's') {
      threshold *= 1000;
      unit = 'ms';
    }
    if (info?.unit === 'ms' && unit === '%') fail('a latency takes ms or s, not %');
    if (info?.unit === '%' && unit === 'ms') fail(`${metric} is a percentage, not a duration`);
    if (info?.unit === 'count' && unit) fail(`${metric} is a count and takes no unit`);
    if (info?.unit === 'ms') unit = 'ms';
    if (info?.unit === '%') {
      if (info.rate && unit !== '%') {
        // Rates read like k6's thresholds (`rate<0.01`): without `%` the value is a ratio.
        if (threshold > 1) fail(`${text} is not a ratio from 0 to 1`, `write ${threshold}% or ${threshold / 100}`);
        threshold *= 100;
      } else if (!info.rate && !info.range && unit !== '%' && threshold > 0 && threshold <= 1) {
        warnings.push({
          message: `gate ${name}: ${text} means ${threshold}%, not ${threshold * 100}%; write "${threshold * 100}%" if that was meant`,
          origin
        });
      }
      unit = '%';
      const [lo, hi] = info.range ?? [0, 100];
      if (threshold < lo || threshold > hi) {
        fail(info.range ? `${text} is not a change from ${lo}% to ${formatNumber(hi)}%` : `${text} is not a percentage from 0 to 100`);
      }
    }
    if (info?.unit === 'ms' && (threshold < 0 || threshold > MAX_LATENCY_MS)) fail(`${text} is not a latency from 0 to 10^9 ms`);
    if (info?.unit === 'count' && threshold < 0) fail(`${text} is not a count (0 or more)`);
    if (Math.abs(threshold) > MAX_THRESHOLD) fail(`${text} is out of range (at most 10^15)`);
    if (!op) {
      const direction = info?.direction ?? guessDirection(metric);
      if (!direction) {
        fail(`a bare number needs an operator for the metric ${metric}, whose better direction is not known`, `write e.g. "<=${m[2]}" or ">=${m[2]}"`);
      }
      op = direction === 'lower' ? '<=' : '>=';
    }
    return { name, metric, op, threshold: roundThreshold(threshold), unit: unit ?? null, raw: text, origin };
  }
  const w = WORD.exec(text);
  if (w) {
    const op = normalizeOp(w[1]) ?? '==';
    const word = w[2];
    const lower = word.toLowerCase();
    if (lower === 'true' || lower === 'false') {
      if (info && info.kind !== 'boolean') fail(`${word} is not a threshold for a ${info.kind} metric`);
      return { name, metric, op, threshold: lower === 'true', unit: null, raw: text, origin };
    }
    if (info && info.kind !== 'word') {
      fail(`cannot read ${JSON.stringify(text)}`, info.kind === 'boolean' ? 'write true or false' : 'write OP NUMBER [UNIT], e.g. ">=80%"');
    }
    return { name, metric, op, threshold: word, unit: null, raw: text, origin };
  }
  return fail(`cannot read ${JSON.stringify(text)}`, 'write OP NUMBER [UNIT] with OP one of >= > <= < == !=, e.g. ">=80%"');
}

/** Largest threshold in absolute value: rounding to 9 decimals keeps it finite and exact enough. */
export const MAX_THRESHOLD = 1e15;

function roundThreshold(n: number): number {
  return Math.round(n * 1e9) / 1e9;
}

/** Compares an actual value with a gate; numbers within 1e-9 of each other are equal. */
export function compare(actual: number | boolean | string, gate: Gate): boolean {
  const t = gate.threshold;
  if (typeof t === 'number') {
    const a = typeof actual === 'number' ? actual : Number(actual);
    if (typeof actual === 'boolean' || !Number.isFinite(a)) return false;
    const diff = Math.abs(a - t) <= 1e-9 * Math.max(1, Math.abs(t)) ? 0 : a - t;
    switch (gate.op) {
      case '>=':
        return diff >= 0;
      case '>':
        return diff > 0;
      case '<=':
        return diff <= 0;
      case '<':
        return diff < 0;
      case '==':
        return diff === 0;
      case '!=':
        return diff !== 0;
    }
  }
  let a: boolean | string = actual as boolean | string;
  if (typeof t === 'boolean' && typeof actual === 'string') a = actual.trim().toLowerCase() === 'true' ? true : actual.trim().toLowerCase() === 'false' ? false : actual;
  const equal = typeof t === 'string' && typeof a === 'string' ? a.trim().toLowerCase() === t.toLowerCase() : a === t;
  if (gate.op === '==') return equal;
  if (gate.op === '!=') return !equal;
  return false;
}

/** The threshold as a user reads it: `>= 80%`, `<= 500 ms`, `== success`. */
export function formatThreshold(gate: Gate): string {
  const t = typeof gate.threshold === 'number' ? formatNumber(gate.threshold) : String(gate.threshold);
  return `${gate.op} ${t}${gate.unit === '%' ? '%' : gate.unit === 'ms' ? ' ms' : ''}`;
}

/** Numbers in summaries: at most two decimals, no trailing zeros. */
export function formatNumber(n: number): string {
  if (Number.isInteger(n)) return String(n);
  return String(Math.round(n * 100) / 100);
}
