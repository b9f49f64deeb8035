/**
 * Shared plumbing of the perf parsers: errors that name the file and line, JSON reports read with
 * the line of a syntax error, and checked numbers. Internal to src/core/reports/perf, subject to change.
 */
import { readJsonText, type JsonText } from '../../../files.js';
import { UserError } from '../../../errors.js';
import type { ParseContext } from '../../types.js';

/** A UserError about the file being parsed, at `line` when known. */
export function reportError(ctx: ParseContext, message: string, line?: number, hint?: string): UserError {
  return new UserError(message, { input: ctx.input, file: ctx.shown, line, hint });
}

/** True for a plain JSON object (not null, not an array). */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** 1-based line of a character offset. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** A JSON report: its parsed value and its text, kept to point at lines in error messages. */
export type JsonReport = JsonText;

/**
 * Reads a JSON report whole (JSON reports are small summaries; raw-sample formats are streamed
 * instead); a syntax error names its line.
 */
export function readJsonReport(ctx: ParseContext): Promise<JsonReport> {
  return readJsonText(ctx.file, ctx.shown, ctx.input);
}

/**
 * Line of the value at `path` in a JSON text, found by looking for each key in turn after the
 * previous one. A heuristic (the same key may occur earlier in an unrelated object), good enough to
 * point a user at the value an error is about; undefined when a key is not found.
 */
export function lineOfKey(text: string, path: ReadonlyArray<string>): number | undefined {
  let from = 0;
  for (const key of path) {
    const needle = JSON.stringify(key);
    let at = text.indexOf(needle, from);
    while (at >= 0 && !/^\s*:/.test(text.slice(at + needle.length, at + needle.length + 64))) {
      at = text.indexOf(needle, at + 1);
    }
    if (at < 0) return undefined;
    from = at + needle.length;
  }
  return lineAt(text, from);
}

/** A JSON report with checked accessors whose errors point at the offending line. */
export class JsonFields {
  constructor(
    readonly ctx: ParseContext,
    readonly text: string
  ) {}

  /** An error about the value at `path`. */
  error(path: ReadonlyArray<string>, message: string, hint?: string): UserError {
    return reportError(this.ctx, `${path.join('.')}: ${message}`, lineOfKey(this.text, path), hint);
  }

  /**
   * A latency in milliseconds (`scale` converts from the report's unit). Absent values give
   * undefined; NaN, negative or non-numeric values are refused. Numeric strings are accepted
   * because some tools (older Gatling) write numbers as strings; `noData` lists the strings a
   * tool writes for "no value" (Gatling's `-`).
   */
  latency(value: unknown, path: ReadonlyArray<string>, scale = 1, noData: ReadonlyArray<string> = []): number | undefined {
    if (value === undefined || value === null) return undefined;
    if (typeof value === 'string' && noData.includes(value.trim())) return undefined;
    const n = toNumber(value);
    if (n === undefined) throw this.error(path, `not a number: ${JSON.stringify(value)}`);
    if (n < 0) throw this.error(path, `negative latency: ${n}`);
    return n * scale;
  }

  /** A count of requests: a non-negative integer (numeric strings accepted, see {@link latency}). */
  count(value: unknown, path: ReadonlyArray<string>, noData: ReadonlyArray<string> = []): number | undefined {
    if (value === undefined || value === null) return undefined;
    if (typeof value === 'string' && noData.includes(value.trim())) return undefined;
    const n = toNumber(value);
    if (n === undefined || n < 0 || !Number.isInteger(n)) {
      throw this.error(path, `not a count of requests: ${JSON.stringify(value)}`);
    }
    return n;
  }
}

/** A finite number from a JSON number or a numeric string; undefined for anything else. */
export function toNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'string' && /^\s*[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?\s*$/.test(value)) {
    const n = Number(value);
    return Number.isFinite(n) ? n : undefined;
  }
  return undefined;
}

/** The first non-blank character of a head, to tell JSON documents from line formats cheaply. */
export function firstChar(head: string): string {
  const m = /\S/.exec(head);
  return m ? m[0] : '';
}

/** The first line of a head (without its line ending). */
export function firstLine(head: string): string {
  const nl = head.indexOf('\n');
  return (nl < 0 ? head : head.slice(0, nl)).replace(/\r$/, '');
}

/** A line without the byte order mark some Windows tools put first (readHead drops it from heads). */
export function stripBom(line: string): string {
  return line.charCodeAt(0) === 0xfeff ? line.slice(1) : line;
}
