/**
 * Streaming XML for reports: the file is fed to saxes in chunks, so memory stays bounded whatever its
 * size. Entities and DTDs are never resolved: a DOCTYPE that only names an external DTD (as Cobertura
 * and JaCoCo write) is ignored, one with an internal subset (`<!DOCTYPE x [ … ]>`, where entity bombs
 * and external entities live) is refused, and a reference to any entity but the five predefined ones
 * is an error.
 */
import { createReadStream } from 'node:fs';
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { UserError } from '../errors.js';
import type { ParseContext } from './types.js';

export interface XmlHandlers {
  /** An element opened; `path` holds the names of its open ancestors (outermost first). */
  open?(tag: SaxesTagPlain, path: readonly string[]): void;
  /** An element closed. */
  close?(name: string, path: readonly string[]): void;
  /** Text inside the innermost open element. */
  text?(text: string, path: readonly string[]): void;
}

/** The line the parser is on, for errors raised by handlers. */
export interface XmlPosition {
  line: number;
}

/** Streams `ctx.file` through the handlers. Errors name the input, the file and the line. */
export async function streamXml(ctx: ParseContext, handlers: XmlHandlers, position?: XmlPosition): Promise<void> {
  const parser = new SaxesParser({ xmlns: false, position: true });
  const stack: string[] = [];
  let failure: unknown;
  const fail = (message: string): void => {
    if (!failure) failure = new UserError(message, { input: ctx.input, file: ctx.shown, line: parser.line });
  };
  parser.on('doctype', (doctype: string) => {
    if (doctype.includes('[')) fail('XML with an internal DTD subset (entity declarations) is refused');
  });
  parser.on('opentag', (tag: SaxesTagPlain) => {
    if (failure) return;
    if (position) position.line = parser.line;
    try {
      handlers.open?.(tag, stack);
    } catch (err) {
      failure = UserError.attribute(err, { input: ctx.input, file: ctx.shown, line: parser.line });
    }
    if (!tag.isSelfClosing) stack.push(tag.name);
    else {
      try {
        handlers.close?.(tag.name, stack);
      } catch (err) {
        failure = UserError.attribute(err, { input: ctx.input, file: ctx.shown, line: parser.line });
      }
    }
  });
  parser.on('closetag', (tag) => {
    if (failure || tag.isSelfClosing) return;
    stack.pop();
    if (position) position.line = parser.line;
    try {
      handlers.close?.(tag.name, stack);
    } catch (err) {
      failure = UserError.attribute(err, { input: ctx.input, file: ctx.shown, line: parser.line });
    }
  });
  if (handlers.text) {
    parser.on('text', (text: string) => {
      if (failure || stack.length === 0) return;
      try {
        handlers.text!(text, stack);
      } catch (err) {
        failure = UserError.attribute(err, { input: ctx.input, file: ctx.shown, line: parser.line });
      }
    });
  }
  parser.on('error', (err: Error) => {
    fail(`malformed XML: ${err.message.replace(/^[^:]*:\d+:\d+: /, '')}`);
  });

  // Strict UTF-8, unless the XML declaration names a single-byte encoding (every byte is a
  // character there): a byte that is not UTF-8 is refused at its line, not read as U+FFFD.
  const declared = /^\uFEFF?<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(ctx.head)?.[1]?.toLowerCase();
  const singleByte = declared !== undefined && /^(iso-8859-1|latin-?1|windows-1252|us-ascii|ascii)$/.test(declared);
  const decoder = new TextDecoder(singleByte ? 'windows-1252' : 'utf-8', { fatal: true });
  let linesBefore = 1;
  const stream = createReadStream(ctx.file, { highWaterMark: 256 * 1024 });
  for await (const bytes of stream as AsyncIterable<Buffer>) {
    let chunk: string;
    try {
      chunk = decoder.decode(bytes, { stream: true });
    } catch {
      const at = firstInvalidByte(bytes);
      let line = linesBefore;
      for (let i = 0; i < at; i++) if (bytes[i] === 10) line++;
      failure ??= new UserError(`not valid UTF-8${declared ? ` (its declaration says ${declared})` : ' (an XML report without an encoding declaration is UTF-8)'}`, { input: ctx.input, file: ctx.shown, line });
      stream.destroy();
      break;
    }
    for (let i = 0; i < bytes.length; i++) if (bytes[i] === 10) linesBefore++;
    if (chunk.includes('\u0000')) fail('binary data in an XML report');
    if (!failure) {
      try {
        parser.write(chunk);
      } catch (err) {
        fail(`malformed XML: ${(err as Error).message.replace(/^[^:]*:\d+:\d+: /, '')}`);
      }
    }
    if (failure) {
      stream.destroy();
      break;
    }
  }
  if (!failure) {
    try {
      decoder.decode();
    } catch {
      failure = new UserError('not valid UTF-8: the file ends inside a character', { input: ctx.input, file: ctx.shown, line: linesBefore });
    }
  }
  if (!failure) {
    try {
      parser.close();
    } catch (err) {
      fail(`malformed XML: ${(err as Error).message.replace(/^[^:]*:\d+:\d+: /, '')}`);
    }
  }
  if (!failure && stack.length > 0) fail(`truncated XML: <${stack[stack.length - 1]}> is never closed`);
  if (failure) throw failure;
}

/** Offset of the first byte of `bytes` where a strict UTF-8 decode fails (the decode of all of it failed). */
function firstInvalidByte(bytes: Buffer): number {
  // Prefixes that decode (an unfinished last character is kept, not an error) form a range [0, L]:
  // the longest is found by bisection; the byte after it is the bad one.
  const decodes = (n: number): boolean => {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, n), { stream: true });
      return true;
    } catch {
      return false;
    }
  };
  let lo = 0;
  let hi = bytes.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (decodes(mid)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The root element's name as the head shows it (after the XML declaration, comments and DOCTYPE). */
export function xmlRoot(head: string): string | null {
  const s = head.replace(/^\uFEFF/, '');
  const re = /<([A-Za-z_][\w.:-]*)[\s>/]/g;
  let m: RegExpExecArray | null;
  // Skip `<?xml`, `<!--`, `<!DOCTYPE`: the regex only matches names starting with a letter or `_`.
  while ((m = re.exec(s))) {
    const before = s.lastIndexOf('<!--', m.index);
    const closed = before < 0 || s.indexOf('-->', before) < m.index;
    if (closed) return m[1];
  }
  return null;
}
