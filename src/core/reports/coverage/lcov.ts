/**
 * LCOV tracefiles (geninfo / `lcov --capture`, c8, istanbul `lcov`/`lcovonly`, llvm-cov export,
 * coverage.py `lcov`). Records of the same `SF:` — in one file or across shards — merge per line,
 * branch and function by summing hits, as `lcov -a` does.
 *
 * The file is scanned as bytes in 1 MB chunks: no per-line strings, regexes or objects (function
 * names are hashed, only `SF:` paths become strings), because reports of 100 MB and more are common and the gate step
 * should take a fraction of what `lcov --summary` takes.
 */
import { promises as fs } from 'node:fs';
import { UserError } from '../../errors.js';
import { MAX_LINE } from '../../files.js';
import type { FormatModule, ParseContext } from '../types.js';
import type { CoverageAccumulator, FileCoverage } from './model.js';

const CHUNK = 1 << 20;

// Byte values compared against in the scanner.
const NL = 10;
const CR = 13;
const COMMA = 44;
const COLON = 58;
const MINUS = 45;
const ZERO = 48;
const NINE = 57;

/** Cursor of the number readers below (module state: the scanner must not allocate per line). */
let pos = 0;

/** Reads an unsigned decimal at `pos`; -1 when there is none. Leaves `pos` after it. */
function readUint(buf: Buffer, end: number): number {
  const start = pos;
  let v = 0;
  while (pos < end) {
    const c = buf[pos];
    if (c < ZERO || c > NINE) break;
    v = v * 10 + (c - ZERO);
    pos++;
  }
  return pos === start ? -1 : v;
}

/**
 * Reads an execution count at `pos`. `-` (BRDA: never evaluated) and negative counts (an old gcov
 * overflow) read as 0; anything else that is not a number gives -1.
 */
function readCount(buf: Buffer, end: number): number {
  if (pos < end && buf[pos] === MINUS) {
    pos++;
    if (pos === end || buf[pos] === COMMA) return 0;
    return readUint(buf, end) < 0 ? -1 : 0;
  }
  const v = readUint(buf, end);
  // Some producers write counts as floats (`DA:3,1.0`); rare, so the slow path is fine.
  if (v >= 0 && pos < end && buf[pos] === 46 /* . */) {
    const s = pos;
    pos++;
    while (pos < end && buf[pos] >= ZERO && buf[pos] <= NINE) pos++;
    return v + Number('0' + buf.toString('latin1', s, pos));
  }
  return v;
}

/** Second half of {@link hashName}'s result (module state, so that hashing allocates nothing). */
let hashLow = 0;

/**
 * Two independent 32-bit FNV-1a hashes of the bytes [start, end): the high half is returned, the
 * low half left in {@link hashLow}. 64 bits make a collision between two functions of one source
 * file vanishingly unlikely (about 1 in 10^17 for a thousand functions).
 */
function hashName(buf: Buffer, start: number, end: number): number {
  let h1 = 0x811c9dc5;
  let h2 = 0x050c5d1f;
  for (let i = start; i < end; i++) {
    const c = buf[i];
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x01000193) ^ (h2 >>> 15);
  }
  hashLow = h2 >>> 0;
  return h1 >>> 0;
}

/** Does the line at [start, end) equal `text` (ASCII)? */
function startsWith(buf: Buffer, start: number, end: number, text: string): boolean {
  if (end - start < text.length) return false;
  for (let i = 0; i < text.length; i++) if (buf[start + i] !== text.charCodeAt(i)) return false;
  return true;
}

/** State of the record being read (between `SF:` and `end_of_record`). */
class Record {
  file: FileCoverage | null = null;
  startLine = 0;
  hasLines = false;
  hasBranches = false;
  hasFunctions = false;
  lf = -1;
  lh = -1;
  brf = -1;
  brh = -1;
  fnf = -1;
  fnh = -1;

  /** DA lines of the open record, handed to the file in one run when it closes. */
  daLines = new Uint32Array(4096);
  daHits = new Float64Array(4096);
  daCount = 0;

  addDa(line: number, hits: number): void {
    if (this.daCount === this.daLines.length) {
      const lines = new Uint32Array(this.daCount * 2);
      lines.set(this.daLines);
      this.daLines = lines;
      const h = new Float64Array(this.daCount * 2);
      h.set(this.daHits);
      this.daHits = h;
    }
    this.daLines[this.daCount] = line;
    this.daHits[this.daCount++] = hits;
  }

  open(file: FileCoverage, line: number): void {
    this.daCount = 0;
    this.file = file;
    this.startLine = line;
    this.hasLines = this.hasBranches = this.hasFunctions = false;
    this.lf = this.lh = this.brf = this.brh = this.fnf = this.fnh = -1;
  }

  /** Summary counts stand in only for what the record has no detail of (LF/LH without DA). */
  close(): void {
    const f = this.file!;
    if (this.daCount > 0) f.addLineRun(this.daLines, this.daHits, this.daCount);
    this.daCount = 0;
    if (!this.hasLines && this.lf >= 0) f.addSummary('lines', Math.max(this.lh, 0), this.lf);
    if (!this.hasBranches && this.brf >= 0) f.addSummary('branches', Math.max(this.brh, 0), this.brf);
    if (!this.hasFunctions && this.fnf >= 0) f.addSummary('functions', Math.max(this.fnh, 0), this.fnf);
    f.compact();
    this.file = null;
  }
}

/** Parses one LCOV file into the accumulator; exported for tests and benchmarks. */
export async function parseLcov(ctx: ParseContext, acc: CoverageAccumulator): Promise<void> {
  const handle = await fs.open(ctx.file, 'r');
  const rec = new Record();
  let lineNo = 0;
  const fail = (message: string, line = lineNo): never => {
    throw new UserError(message, { input: ctx.input, file: ctx.shown, line });
  };
  let buf = Buffer.allocUnsafe(CHUNK * 2);
  let carry = 0;
  try {
    let eof = false;
    while (!eof) {
      if (buf.length - carry < CHUNK) {
        const bigger = Buffer.allocUnsafe(buf.length * 2);
        buf.copy(bigger, 0, 0, carry);
        buf = bigger;
      }
      const { bytesRead } = await handle.read(buf, carry, buf.length - carry, null);
      if (bytesRead === 0) eof = true;
      const end = carry + bytesRead;
      const view = buf.subarray(0, end);
      if (bytesRead > 0 && view.indexOf(0, carry) >= 0) fail('binary data in a text report', lineNo + 1);
      let start = 0;
      while (start < end) {
        // Fast path for the line that makes up most of a tracefile, `DA:<line>,<count>\n`: parsed
        // here with its line end found on the way, without a native indexOf per line. Anything
        // else (a checksum, `-`, a float, a line cut by the chunk end) takes the general path.
        if (buf[start] === 68 && buf[start + 1] === 65 && buf[start + 2] === COLON && rec.file) {
          let p = start + 3;
          let c = buf[p];
          if (c >= ZERO && c <= NINE) {
            let line = 0;
            do {
              line = line * 10 + (c - ZERO);
              c = buf[++p];
            } while (c >= ZERO && c <= NINE);
            if (c === COMMA) {
              c = buf[++p];
              if (c >= ZERO && c <= NINE) {
                let hits = 0;
                do {
                  hits = hits * 10 + (c - ZERO);
                  c = buf[++p];
                } while (c >= ZERO && c <= NINE);
                if (c === CR) c = buf[++p];
                if (c === NL && p < end) {
                  lineNo++;
                  rec.addDa(line, hits);
                  rec.hasLines = true;
                  start = p + 1;
                  continue;
                }
              }
            }
          }
        }
        let nl = view.indexOf(NL, start);
        if (nl < 0) {
          if (!eof) break;
          nl = end; // the last line, without a line ending
        }
        let e = nl;
        if (e > start && buf[e - 1] === CR) e--;
        lineNo++;
        if (e > start) readLine(buf, start, e);
        start = nl + 1;
      }
      carry = end > start ? end - start : 0;
      if (carry > MAX_LINE) fail(`line longer than ${MAX_LINE} characters`, lineNo + 1);
      if (carry > 0) buf.copy(buf, 0, start, end);
    }
  } finally {
    await handle.close();
  }
  if (rec.file) {
    fail(`truncated LCOV: the record of ${rec.file.path} (line ${rec.startLine}) has no end_of_record`);
  }

  function needRecord(what: string): FileCoverage {
    if (!rec.file) fail(`${what} outside a record (no SF: line before it)`);
    return rec.file!;
  }

  function bad(buf: Buffer, start: number, end: number): never {
    const text = buf.toString('utf8', start, Math.min(end, start + 60));
    return fail(`not an LCOV record: ${JSON.stringify(text)}`);
  }

  /** After a number: the line must go on with a comma, unless it may end there. */
  function expectComma(buf: Buffer, start: number, end: number): void {
    if (pos >= end || buf[pos] !== COMMA) bad(buf, start, end);
    pos++;
  }

  /** `KEY:n` summary lines (LF, LH, …): the count. */
  function summaryCount(buf: Buffer, start: number, end: number, keyLength: number): number {
    pos = start + keyLength;
    const v = readUint(buf, end);
    if (v < 0 || pos !== end) bad(buf, start, end);
    return v;
  }

  function readLine(buf: Buffer, start: number, end: number): void {
    const c0 = buf[start];
    // DA:<line>,<count>[,<checksum>] — by far the most frequent, so tested first.
    if (c0 === 68 /* D */ && buf[start + 1] === 65 /* A */ && buf[start + 2] === COLON) {
      needRecord('DA');
      // Digits read with locals: this line is most of a tracefile, and module state costs here.
      let p = start + 3;
      let c = buf[p];
      let line = 0;
      if (c < ZERO || c > NINE || p >= end) bad(buf, start, end);
      do {
        line = line * 10 + (c - ZERO);
        c = buf[++p];
      } while (p < end && c >= ZERO && c <= NINE);
      if (p >= end || c !== COMMA) bad(buf, start, end);
      c = buf[++p];
      let hits = 0;
      if (p < end && c >= ZERO && c <= NINE) {
        do {
          hits = hits * 10 + (c - ZERO);
          c = buf[++p];
        } while (p < end && c >= ZERO && c <= NINE);
      } else p = -1;
      if (p !== end && (p < 0 || c !== COMMA)) {
        // `-`, a float count or garbage: the general reader decides.
        pos = buf.indexOf(COMMA, start + 3) + 1;
        hits = readCount(buf, end);
        if (hits < 0 || (pos < end && buf[pos] !== COMMA)) bad(buf, start, end);
      }
      rec.addDa(line, hits > 0 ? hits : 0);
      rec.hasLines = true;
      return;
    }
    if (c0 === 66 /* B */ && buf[start + 1] === 82 /* R */) {
      if (startsWith(buf, start, end, 'BRDA:')) {
        // BRDA:<line>,<block>,<branch>,<taken>; lcov 2 may write `e` before the block (exception
        // branch) and a non-numeric branch expression, which fall back to a string key.
        const f = needRecord('BRDA');
        pos = start + 5;
        const line = readUint(buf, end);
        if (line < 0) bad(buf, start, end);
        expectComma(buf, start, end);
        const blockStart = pos;
        const block = readUint(buf, end);
        const numericBlock = block >= 0 && pos < end && buf[pos] === COMMA;
        let branch = -1;
        if (numericBlock) {
          pos++;
          branch = readUint(buf, end);
        }
        if (numericBlock && branch >= 0 && pos < end && buf[pos] === COMMA) {
          pos++;
          const taken = readCount(buf, end);
          if (taken < 0 || pos !== end) bad(buf, start, end);
          f.addBranchAt(line, block, branch, taken);
        } else {
          const lastComma = buf.lastIndexOf(COMMA, end - 1);
          if (lastComma < blockStart) bad(buf, start, end);
          pos = lastComma + 1;
          const taken = readCount(buf, end);
          if (taken < 0 || pos !== end) bad(buf, start, end);
          f.addBranch(`${line}:${buf.toString('utf8', blockStart, lastComma)}`, taken);
        }
        rec.hasBranches = true;
        return;
      }
      if (startsWith(buf, start, end, 'BRF:')) {
        needRecord('BRF');
        rec.brf = summaryCount(buf, start, end, 4);
        return;
      }
      if (startsWith(buf, start, end, 'BRH:')) {
        needRecord('BRH');
        rec.brh = summaryCount(buf, start, end, 4);
        return;
      }
    }
    if (c0 === 70 /* F */ && buf[start + 1] === 78 /* N */) {
      if (startsWith(buf, start, end, 'FNDA:')) {
        // FNDA:<count>,<name>
        const f = needRecord('FNDA');
        pos = start + 5;
        const hits = readCount(buf, end);
        if (hits < 0) bad(buf, start, end);
        expectComma(buf, start, end);
        if (pos >= end) bad(buf, start, end);
        f.addFunctionHash(hashName(buf, pos, end), hashLow, hits);
        rec.hasFunctions = true;
        return;
      }
      if (startsWith(buf, start, end, 'FN:')) {
        // FN:<line>,<name> (lcov 1) or FN:<line>,<end line>,<name> (lcov 2). A name never starts
        // with a digit, so digits and a comma after the line are the end line.
        const f = needRecord('FN');
        pos = start + 3;
        if (readUint(buf, end) < 0) bad(buf, start, end);
        expectComma(buf, start, end);
        const afterLine = pos;
        if (readUint(buf, end) >= 0 && pos < end && buf[pos] === COMMA) pos++;
        else pos = afterLine;
        if (pos >= end) bad(buf, start, end);
        f.addFunctionHash(hashName(buf, pos, end), hashLow, 0);
        rec.hasFunctions = true;
        return;
      }
      if (startsWith(buf, start, end, 'FNA:')) {
        // lcov 2.2: FNA:<index>,<count>,<name> (aliases of the function FNL:<index> declares).
        const f = needRecord('FNA');
        pos = start + 4;
        const index = readUint(buf, end);
        if (index < 0) bad(buf, start, end);
        expectComma(buf, start, end);
        const hits = readCount(buf, end);
        if (hits < 0) bad(buf, start, end);
        expectComma(buf, start, end);
        if (pos >= end) bad(buf, start, end);
        // Keyed by name as FNDA is, so that lcov 1 and lcov 2.2 shards of one file merge.
        f.addFunctionHash(hashName(buf, pos, end), hashLow, hits);
        rec.hasFunctions = true;
        return;
      }
      if (startsWith(buf, start, end, 'FNF:')) {
        needRecord('FNF');
        rec.fnf = summaryCount(buf, start, end, 4);
        return;
      }
      if (startsWith(buf, start, end, 'FNH:')) {
        needRecord('FNH');
        rec.fnh = summaryCount(buf, start, end, 4);
        return;
      }
    }
    if (c0 === 83 /* S */ && buf[start + 1] === 70 /* F */ && buf[start + 2] === COLON) {
      if (rec.file) fail(`SF: inside the record of ${rec.file.path} (line ${rec.startLine}): end_of_record is missing`);
      const path = buf.toString('utf8', start + 3, end).trim();
      if (!path) bad(buf, start, end);
      rec.open(acc.file(path), lineNo);
      return;
    }
    if (c0 === 76 /* L */ && end - start > 3 && buf[start + 2] === COLON) {
      if (buf[start + 1] === 70 /* F */) {
        needRecord('LF');
        rec.lf = summaryCount(buf, start, end, 3);
        return;
      }
      if (buf[start + 1] === 72 /* H */) {
        needRecord('LH');
        rec.lh = summaryCount(buf, start, end, 3);
        return;
      }
    }
    if (c0 === 101 /* e */ && startsWith(buf, start, end, 'end_of_record') && end - start === 13) {
      needRecord('end_of_record');
      rec.close();
      return;
    }
    // Blank lines, TN:, VER:, FNL:, MCDC: and keys of later lcov versions carry nothing we count.
    let i = start;
    while (i < end && (buf[i] === 32 || buf[i] === 9)) i++;
    if (i === end) return;
    while (i < end && ((buf[i] >= 65 && buf[i] <= 90) || buf[i] === 95 || (buf[i] >= ZERO && buf[i] <= NINE))) i++;
    if (i > start && i < end && buf[i] === COLON && buf[start] >= 65 && buf[start] <= 90) return;
    bad(buf, start, end);
  }
}

/** LCOV tracefile. */
export const lcov: FormatModule<CoverageAccumulator> = {
  id: 'lcov',
  kind: 'coverage',
  description: 'LCOV tracefile (lcov/geninfo, c8, Istanbul lcov, llvm-cov, coverage.py lcov)',
  detect(head) {
    // The first meaningful line of a tracefile is TN:, SF: or (lcov 2) VER:.
    const m = /^[ \t]*(\S[^\n]*)/m.exec(head);
    return !!m && /^(TN|SF|VER):/.test(m[1]);
  },
  parse: parseLcov
};
