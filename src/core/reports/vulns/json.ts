/**
 * Small readers shared by the vulns parsers: typed access to untrusted JSON, and the cheap
 * look at a report's head that detection uses. Internal to src/core/reports/vulns.
 */
import { UserError } from '../../errors.js';

/** A JSON object (not an array, not null). */
export type JsonObject = Record<string, unknown>;

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The value when it is an array, else an empty one: reports omit empty lists or write null. */
export function arrayOf(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** The objects of an array, skipping anything else. */
export function objectsOf(value: unknown): JsonObject[] {
  return arrayOf(value).filter(isObject);
}

/** The strings of an array, skipping anything else. */
export function stringsOf(value: unknown): string[] {
  return arrayOf(value).filter((s): s is string => typeof s === 'string');
}

/** A string field, or undefined when absent or of another type (numbers are written as text). */
export function str(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}

/** The head with leading whitespace dropped (detection then looks for keys anywhere in it). */
export function jsonHead(head: string): string {
  return head.replace(/^\s+/, '');
}

/** Refuses a document whose top level is not what the format writes. */
export function expectObject(doc: unknown, what: string): JsonObject {
  if (!isObject(doc)) throw new UserError(`not a ${what}: the top level is not a JSON object`);
  return doc;
}

/**
 * The CVE among a finding's ids, when there is exactly one way to pick it: scanners name the same
 * advisory by GHSA, vendor or CVE id, and the CVE is the one they share, so reports of one package
 * from two tools count once.
 */
export function preferCve(primary: string, others: Iterable<string>): string {
  if (/^CVE-\d+-\d+$/i.test(primary)) return primary;
  const cves = [...new Set([...others].filter((id) => /^CVE-\d+-\d+$/i.test(id)))].sort();
  return cves[0] ?? primary;
}
