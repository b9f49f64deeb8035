/**
 * The audit log (`ci/deploy-logs.txt`): one event a line, `ISO-time LEVEL event key=value …`,
 * appended with one write(2) per line on a file descriptor, so a line is in the file the moment it
 * is logged and survives a cancelled or killed step. Every line goes through the redactor first.
 */
import { writeSync, fsyncSync, closeSync } from 'node:fs';
import { openAppend } from '../files.js';
import type { Redactor } from '../secrets.js';

export type AuditLevel = 'INFO' | 'WARN' | 'ERROR';

/** Field values: strings are quoted when they hold spaces, quotes, `=` or nothing. */
export type AuditFields = Record<string, string | number | boolean | null | undefined>;

function formatValue(value: string | number | boolean | null): string {
  const s = String(value);
  if (s !== '' && /^[^\s"=\\]+$/.test(s)) return s;
  return JSON.stringify(s);
}

/** Formats one event line (without its newline). Exported for tests of the format. */
export function formatEvent(time: Date, level: AuditLevel, event: string, fields: AuditFields = {}): string {
  let line = `${time.toISOString()} ${level} ${event}`;
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined) continue;
    line += ` ${key}=${formatValue(value)}`;
  }
  return line.replace(/[\r\n]+/g, ' ');
}

/** An open audit log. */
export class AuditLog {
  private fd: number | undefined;

  private constructor(
    fd: number,
    private readonly redactor: Redactor,
    /** The file, absolute. */
    readonly file: string
  ) {
    this.fd = fd;
  }

  /** Opens (creating its directory) `file` for appending, never through a link; `shown` and `input` name it in errors. */
  static open(file: string, redactor: Redactor, shown = file, input = 'log-path'): AuditLog {
    return new AuditLog(openAppend(file, shown, input), redactor, file);
  }

  /** Appends one event, redacted; written to the file before this returns. */
  write(level: AuditLevel, event: string, fields: AuditFields = {}): void {
    if (this.fd === undefined) return;
    const line = this.redactor.redact(formatEvent(new Date(), level, event, fields)) + '\n';
    writeSync(this.fd, line);
  }

  info(event: string, fields?: AuditFields): void {
    this.write('INFO', event, fields);
  }

  warn(event: string, fields?: AuditFields): void {
    this.write('WARN', event, fields);
  }

  error(event: string, fields?: AuditFields): void {
    this.write('ERROR', event, fields);
  }

  /** Flushes to the disk and closes; later writes are dropped. */
  close(): void {
    if (this.fd === undefined) return;
    try {
      fsyncSync(this.fd);
    } catch {
      // Some file systems (pipes, /dev/stdout) cannot sync; the lines are written all the same.
    }
    closeSync(this.fd);
    this.fd = undefined;
  }
}
