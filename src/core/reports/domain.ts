/**
 * Every figure in its domain before it is used. A report, phase document or input of a few bytes
 * must not make the actions allocate per unit (`cb="100000000"`), overflow (`1e309`), or turn a
 * malformed number into a verdict (`"covered": -99`). These checks throw a UserError without a
 * place: the parser's line reader (forEachLine, streamXml) adds the line, the loader the input and
 * file.
 *
 * Bounds, and why they are safe for real reports:
 * - line numbers: 0 to 10⁸ (the largest generated sources hold a few million lines; some tools
 *   write line 0 for code without a line);
 * - counts (hits, statements, requests, findings): non-negative safe integers (below 2⁵³), read
 *   from digits only: `1e20` and `0x10` are not counts;
 * - branches of one line, statements of one Go block: at most 10⁶ (a JVM method holds 65,535 bytes
 *   of code; a minified line of 1 MB holds a few hundred thousand conditions); totals are kept as
 *   numbers, never as one entry per unit;
 * - latencies: finite, 0 to 10⁹ ms (11.6 days: longer than any request or iteration a load test
 *   measures), so sums and percentiles stay finite;
 * - percentages: 0 to 100.
 */
import { UserError } from '../errors.js';

export const MAX_LINE_NUMBER = 100_000_000;
export const MAX_UNITS_PER_LINE = 1_000_000;
export const MAX_LATENCY_MS = 1_000_000_000;

const DIGITS = /^\d{1,16}$/;

/** A count written as digits (an XML attribute, an LCOV field): a non-negative safe integer. */
export function countText(text: string | undefined, what: string): number {
  if (text === undefined) throw new UserError(`missing ${what}`);
  const t = text.trim();
  const v = DIGITS.test(t) ? Number(t) : NaN;
  if (!Number.isSafeInteger(v)) throw new UserError(`${what} ${JSON.stringify(text.slice(0, 40))} is not a count (a whole number from 0 to 2^53)`);
  return v;
}

/** A count given as a JSON or YAML number: a non-negative safe integer. */
export function countValue(value: unknown, what: string): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    throw new UserError(`${what} ${shown(value)} is not a count (a whole number from 0 to 2^53)`);
  }
  return value;
}

/** A source line number, 0 to 10⁸. */
export function lineNumber(value: number, what = 'line number'): number {
  if (!Number.isSafeInteger(value) || value < 0 || value > MAX_LINE_NUMBER) {
    throw new UserError(`${what} ${shown(value)} is out of range (0 to ${MAX_LINE_NUMBER.toLocaleString('en-US')})`);
  }
  return value;
}

/** Units (branches, statements) one line or block holds: at most 10⁶. */
export function unitsOfLine(value: number, what: string): number {
  if (value > MAX_UNITS_PER_LINE) {
    throw new UserError(`${what} ${shown(value)} is more than one line or block of source holds (at most ${MAX_UNITS_PER_LINE.toLocaleString('en-US')})`);
  }
  return value;
}

/** A latency in milliseconds: finite, 0 to 10⁹. */
export function latencyMs(value: number, what = 'latency'): number {
  if (!Number.isFinite(value) || value < 0 || value > MAX_LATENCY_MS) {
    throw new UserError(`${what} ${shown(value)} ms is out of range (0 to ${MAX_LATENCY_MS.toLocaleString('en-US')} ms)`);
  }
  return value;
}

/** A percentage, 0 to 100. */
export function percentage(value: number, what: string): number {
  if (!Number.isFinite(value) || value < 0 || value > 100) throw new UserError(`${what} ${shown(value)} is not a percentage (0 to 100)`);
  return value;
}

/** `covered` of `total`: both counts, covered at most total. */
export function coveredOf(covered: unknown, total: unknown, what: string): { covered: number; total: number } {
  const t = countValue(total, `${what} total`);
  const c = countValue(covered, `${what} covered`);
  if (c > t) throw new UserError(`${what}: covered ${c} is above its total ${t}`);
  return { covered: c, total: t };
}

function shown(value: unknown): string {
  if (typeof value === 'number') return String(value);
  const s = JSON.stringify(value) ?? String(value);
  return s.length > 40 ? `${s.slice(0, 40)}…` : s;
}
