/**
 * CSV as load-testing tools write it (RFC 4180 quoting; JMeter may use another delimiter), read
 * line by line so that large files stream. Internal to src/core/reports/perf, subject to change.
 */
import { MAX_LINE } from '../../../files.js';

/**
 * Splits one CSV record into fields. Returns null when a quoted field is still open at the end of
 * `text`: the record goes on over the next line (a quoted message holding a newline).
 */
export function splitCsvRecord(text: string, delimiter = ','): string[] | null {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  let atFieldStart = true;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += c;
    } else if (c === '"' && atFieldStart) {
      quoted = true;
      atFieldStart = false;
    } else if (c === delimiter) {
      fields.push(field);
      field = '';
      atFieldStart = true;
    } else {
      field += c;
      atFieldStart = false;
    }
  }
  if (quoted) return null;
  fields.push(field);
  return fields;
}

/** A CSV record and the line it starts on. */
export interface CsvRecord {
  fields: string[];
  line: number;
}

/** Joins physical lines into CSV records, so that a quoted field may hold a newline. */
export class CsvAssembler {
  private pending: string | null = null;
  private pendingLine = 0;

  /** `fail` builds the error for a quoted field that never closes (the parser's UserError). */
  constructor(
    private readonly delimiter: string,
    private readonly fail: (message: string, line: number) => Error
  ) {}

  /** Feeds one line; returns the record it completes, or null while a quoted field is open. */
  push(line: string, lineNo: number): CsvRecord | null {
    const text = this.pending === null ? line : `${this.pending}\n${line}`;
    const start = this.pending === null ? lineNo : this.pendingLine;
    const fields = splitCsvRecord(text, this.delimiter);
    if (fields) {
      this.pending = null;
      return { fields, line: start };
    }
    // An unterminated quote must not make the whole rest of a file one record.
    if (text.length > MAX_LINE) throw this.fail('a quoted field never closes', start);
    this.pending = text;
    this.pendingLine = start;
    return null;
  }

  /** The line of a record still open at the end of the file (a truncated quoted field), if any. */
  get openSince(): number | undefined {
    return this.pending === null ? undefined : this.pendingLine;
  }
}
