/**
 * LCOV tracefiles (geninfo / `lcov --capture`, c8, istanbul `lcov`/`lcovonly`, llvm-cov export,
 * coverage.py `lcov`). Records of the same `SF:` — in one file or across shards — merge per line,
 * branch and function by summing hits, as `lcov -a` does.
 *
 * The file is scanned as bytes in 1 MB chunks: no per-line strings, regexes or objects (function
 * names are hashed, only `SF:` paths become strings), because reports of 100 MB and more are common
 * and the gate step should take a fraction of what `lcov --summary` takes.
 *
 * Records are lazy: the first record of a source file is kept as its totals and its byte range in
 * the report ({@link LazyRecord}), since per-line detail only matters to merge a later record of the
 * same file, which most reports never have. Such a merge re-reads and re-parses the range in detail
 * first (the model calls {@link LazyRecord.rebuild} before any detailed addition), through the same
 * {@link LcovScanner} that streams the file, so that the two readings cannot differ.
 */
import { promises as fs, openSync, readSync, closeSync } from 'node:fs';
import { UserError } from '../../errors.js';
import { MAX_LINE } from '../../files.js';
import type { FormatModule, ParseContext } from '../types.js';
import { normalizeSourcePath, type CoverageAccumulator, type DeferredCoverage, type FileCoverage } from './model.js';
import { MAX_LINE_NUMBER } from '../domain.js';

const CHUNK = 1 << 20;
/**
 * Bytes kept free after the data in every buffer {@link LcovScanner.scan} reads, with a sentinel 0
 * at `end`: the scanner peeks a few bytes ahead without checking `end` first, and a read past the
 * end of a Buffer (undefined) makes V8 deoptimize it, several times over on a large report.
 */
const SLACK = 16;

// Byte values compared against in the scanner.
const NL = 10;
const CR = 13;
const COMMA = 44;
const COLON = 58;
const MINUS = 45;
const ZERO = 48;
const NINE = 57;

/** Block and branch numbers are kept as unsigned 32-bit keys. */
const MAX_BLOCK = 0xffffffff;

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
  // Not a count beyond 2^53: it would not read back as written.
  return pos === start || v > Number.MAX_SAFE_INTEGER ? -1 : v;
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

/** Where a parse reads from: for error messages, and to re-read lazy records. */
interface Source {
  /** Absolute path. */
  file: string;
  /** As shown to users. */
  shown: string;
  /** The input that named the file. */
  input: string;
}

/**
 * State of the record being read (between `SF:` and `end_of_record`). Everything the record adds is
 * collected here first, and only `end_of_record` decides whether it goes to the file in detail or as
 * totals only: a record is kept lazily when its file has no coverage yet and its entries are known
 * to be distinct without sorting (see {@link clean}).
 */
class Record {
  file: FileCoverage | null = null;
  startLine = 0;
  /** Byte offset of the `SF:` line in the report. */
  startOffset = 0;
  hasLines = false;
  hasBranches = false;
  hasFunctions = false;
  lf = -1;
  lh = -1;
  /** Report lines of the LF: and LH: lines, for messages. */
  lfLine = 0;
  lhLine = 0;
  brf = -1;
  brh = -1;
  fnf = -1;
  fnh = -1;

  /** DA lines of the open record, in report order. */
  daLines = new Uint32Array(4096);
  daHits = new Float64Array(4096);
  daCount = 0;
  /** Last DA line; while each is greater than the one before, the lines are distinct. */
  private lastDa = -1;
  private daIncreasing = true;

  /** Numeric BRDA outcomes: (line, block, branch) triples and counts, in report order. */
  brKeys = new Uint32Array(3 * 256);
  brTaken = new Float64Array(256);
  brCount = 0;
  private brIncreasing = true;
  /** BRDA outcomes with a non-numeric block or branch (lcov 2): rare, kept as strings. */
  brStrings: Array<[string, number]> = [];

  /**
   * Functions of the record, one entry per distinct 64-bit name hash with hits summed: FN and FNDA
   * name each function twice, so unlike lines and branches they are deduplicated as they come, in a
   * small open-addressing table whose slots are valid only when stamped with the current record.
   */
  fnHigh = new Uint32Array(64);
  fnLow = new Uint32Array(64);
  fnHits = new Float64Array(64);
  fnCount = 0;
  private fnSlot = new Uint32Array(128);
  private fnStamp = new Uint32Array(128);
  private stamp = 1;

  addDa(line: number, hits: number): void {
    if (this.daCount === this.daLines.length) {
      const lines = new Uint32Array(this.daCount * 2);
      lines.set(this.daLines);
      this.daLines = lines;
      const h = new Float64Array(this.daCount * 2);
      h.set(this.daHits);
      this.daHits = h;
    }
    // Compared as stored (a Uint32Array keeps the line modulo 2^32), so distinct means distinct keys.
    const key = line >>> 0;
    if (key <= this.lastDa) this.daIncreasing = false;
    this.lastDa = key;
    this.daLines[this.daCount] = line;
    this.daHits[this.daCount++] = hits;
  }

  addBranch(line: number, block: number, branch: number, taken: number): void {
    const n = this.brCount;
    if (n === this.brTaken.length) {
      const keys = new Uint32Array(n * 6);
      keys.set(this.brKeys);
      this.brKeys = keys;
      const t = new Float64Array(n * 2);
      t.set(this.brTaken);
      this.brTaken = t;
    }
    const k = this.brKeys;
    const at = n * 3;
    k[at] = line;
    k[at + 1] = block;
    k[at + 2] = branch;
    if (n > 0 && this.brIncreasing) {
      const d = k[at - 3] - k[at] || k[at - 2] - k[at + 1] || k[at - 1] - k[at + 2];
      if (d >= 0) this.brIncreasing = false;
    }
    this.brTaken[n] = taken;
    this.brCount = n + 1;
  }

  /** Adds `hits` to the function whose name hashes to (high, low). */
  addFunction(high: number, low: number, hits: number): void {
    if ((this.fnCount + 1) * 2 > this.fnSlot.length) this.growFunctionTable();
    const mask = this.fnSlot.length - 1;
    let slot = (high ^ low) & mask;
    while (this.fnStamp[slot] === this.stamp) {
      const i = this.fnSlot[slot];
      if (this.fnHigh[i] === high && this.fnLow[i] === low) {
        this.fnHits[i] += hits;
        return;
      }
      slot = (slot + 1) & mask;
    }
    const i = this.fnCount++;
    if (i === this.fnHits.length) {
      const high2 = new Uint32Array(i * 2);
      high2.set(this.fnHigh);
      this.fnHigh = high2;
      const low2 = new Uint32Array(i * 2);
      low2.set(this.fnLow);
      this.fnLow = low2;
      const hits2 = new Float64Array(i * 2);
      hits2.set(this.fnHits);
      this.fnHits = hits2;
    }
    this.fnHigh[i] = high;
    this.fnLow[i] = low;
    this.fnHits[i] = hits;
    this.fnStamp[slot] = this.stamp;
    this.fnSlot[slot] = i;
  }

  private growFunctionTable(): void {
    const size = this.fnSlot.length * 2;
    this.fnSlot = new Uint32Array(size);
    this.fnStamp = new Uint32Array(size);
    const mask = size - 1;
    for (let i = 0; i < this.fnCount; i++) {
      let slot = (this.fnHigh[i] ^ this.fnLow[i]) & mask;
      while (this.fnStamp[slot] === this.stamp) slot = (slot + 1) & mask;
      this.fnStamp[slot] = this.stamp;
      this.fnSlot[slot] = i;
    }
  }

  open(file: FileCoverage, line: number, offset: number): void {
    this.file = file;
    this.startLine = line;
    this.startOffset = offset;
    this.hasLines = this.hasBranches = this.hasFunctions = false;
    this.lf = this.lh = this.brf = this.brh = this.fnf = this.fnh = -1;
    this.daCount = this.brCount = this.fnCount = 0;
    this.lastDa = -1;
    this.daIncreasing = this.brIncreasing = true;
    this.brStrings.length = 0;
    // A new stamp empties the function table without clearing it.
    this.stamp = (this.stamp + 1) >>> 0 || 1;
    if (this.stamp === 1) this.fnStamp.fill(0);
  }

  /**
   * Why the record contradicts itself, with the line to name: summary counts that disagree with the
   * DA lines they sum up (a hit count above its total, LF not the number of distinct DA lines, LH
   * not the number of them hit; or, as gcovr counts repeated DA lines of one line, of DA lines). Undefined when it is consistent. lcov recomputes the counts from
   * the records; a report whose counts say otherwise was written by something else, or edited.
   */
  inconsistency(): { message: string; line: number } | undefined {
    if (this.lh > this.lf && this.lf >= 0) return { message: `inconsistent LCOV record: LH:${this.lh} lines hit of LF:${this.lf} found`, line: this.lhLine };
    if (this.brh > this.brf && this.brf >= 0) return { message: `inconsistent LCOV record: BRH:${this.brh} branches hit of BRF:${this.brf} found`, line: this.startLine };
    if (this.fnh > this.fnf && this.fnf >= 0) return { message: `inconsistent LCOV record: FNH:${this.fnh} functions hit of FNF:${this.fnf} found`, line: this.startLine };
    if (!this.hasLines || (this.lf < 0 && this.lh < 0)) return undefined;
    let found = this.daCount;
    let hit = countCovered(this.daHits, this.daCount);
    /** gcovr 8 writes a DA line per function instance of a line and counts each in LF/LH. */
    const entries = found;
    const entriesHit = hit;
    if (!this.daIncreasing) {
      // Lines may repeat: a line counts once, as hit when any of its DA lines is.
      const byLine = new Map<number, boolean>();
      for (let i = 0; i < this.daCount; i++) byLine.set(this.daLines[i], (byLine.get(this.daLines[i]) ?? false) || this.daHits[i] > 0);
      found = byLine.size;
      hit = [...byLine.values()].filter(Boolean).length;
    }
    if (this.lf === entries && (this.lh < 0 || this.lh === entriesHit)) return undefined;
    if (this.lf >= 0 && this.lf !== found) return { message: `inconsistent LCOV record: LF:${this.lf} but the record has ${found} DA line${found === 1 ? '' : 's'}`, line: this.lfLine };
    if (this.lh >= 0 && this.lh !== hit) return { message: `inconsistent LCOV record: LH:${this.lh} but ${hit} of its DA lines ${hit === 1 ? 'is' : 'are'} hit`, line: this.lhLine };
    return undefined;
  }

  /**
   * Entries are distinct as collected, so that the record's totals are plain counts: DA lines and
   * BRDA outcomes strictly increasing (as geninfo, c8, Istanbul and coverage.py write them) and no
   * string-keyed branch. Otherwise the record takes the detailed path, which sorts and sums.
   */
  private get clean(): boolean {
    return this.daIncreasing && this.brIncreasing && this.brStrings.length === 0;
  }

  /**
   * Ends the record. With `lazy` (the report and the byte offset after `end_of_record`) a clean
   * record of a file without coverage is kept as totals only; otherwise its detail goes to the file
   * (which first rebuilds a lazy record of the same file, if any). Summary counts stand in only for
   * what the record has no detail of (LF/LH without DA).
   */
  close(lazy: Source | null, endOffset: number): void {
    const f = this.file!;
    this.file = null;
    if (!this.hasLines && this.lf >= 0) f.addSummary('lines', Math.max(this.lh, 0), this.lf);
    if (!this.hasBranches && this.brf >= 0) f.addSummary('branches', Math.max(this.brh, 0), this.brf);
    if (!this.hasFunctions && this.fnf >= 0) f.addSummary('functions', Math.max(this.fnh, 0), this.fnf);
    const entries = this.daCount + this.brCount + this.fnCount + this.brStrings.length;
    if (entries === 0) return;
    if (lazy && this.clean && f.isEmpty) {
      f.defer(
        new LazyRecord(
          lazy,
          this.startOffset,
          endOffset,
          this.startLine,
          countCovered(this.daHits, this.daCount),
          this.daCount,
          countCovered(this.brTaken, this.brCount),
          this.brCount,
          countCovered(this.fnHits, this.fnCount),
          this.fnCount
        )
      );
      return;
    }
    if (this.daCount > 0) f.addLineRun(this.daLines, this.daHits, this.daCount);
    const k = this.brKeys;
    for (let i = 0; i < this.brCount; i++) f.addBranchAt(k[i * 3], k[i * 3 + 1], k[i * 3 + 2], this.brTaken[i]);
    for (const [key, taken] of this.brStrings) f.addBranch(key, taken);
    for (let i = 0; i < this.fnCount; i++) f.addFunctionHash(this.fnHigh[i], this.fnLow[i], this.fnHits[i]);
    f.compact();
  }
}

function countCovered(hits: Float64Array, n: number): number {
  let covered = 0;
  for (let i = 0; i < n; i++) if (hits[i] > 0) covered++;
  return covered;
}

/**
 * A record kept as totals only: the report, the byte range [start, end) from its `SF:` line to the
 * end of its `end_of_record` line, and the line number of `SF:` (so that errors, should the report
 * have changed since, name the right line).
 */
class LazyRecord implements DeferredCoverage {
  constructor(
    private readonly source: Source,
    private readonly start: number,
    private readonly end: number,
    private readonly line: number,
    readonly linesCovered: number,
    readonly linesTotal: number,
    readonly branchesCovered: number,
    readonly branchesTotal: number,
    readonly functionsCovered: number,
    readonly functionsTotal: number
  ) {}

  /**
   * Re-reads the range synchronously (a rare event: a source file named again, or by another format)
   * and parses it in detail into `into`.
   */
  rebuild(into: FileCoverage): void {
    const length = this.end - this.start;
    const buf = rebuildBuffer(length + SLACK);
    let got: number;
    try {
      got = readRange(this.source.file, this.start, length, buf);
    } finally {
      if (parsing === 0) closeRebuildFd();
    }
    const rec = rebuildRecord();
    const scanner = new LcovScanner(this.source, null, into, rec);
    scanner.lineNo = this.line - 1;
    try {
      if (got !== length) scanner.fail('the report changed while it was being read', this.line);
      scanner.scan(buf, 0, length, true);
      scanner.finish();
    } finally {
      rec.file = null; // the shared record must be free for the next rebuild, even after an error
    }
  }
}

/**
 * The report rebuilds read from, kept open while an LCOV parse runs, with a window of it read ahead:
 * a shard that names again every file of the one before rebuilds thousands of records, mostly in
 * the order of the report they come from, and a system call for each (open, or a read of a few kB)
 * costs more than parsing them. Closed and dropped when the last parse ends: an open file cannot be
 * deleted on Windows, and a report rewritten between two parses must be read again.
 */
let rebuildOpen: { file: string; fd: number } | null = null;
/** LCOV parses under way. */
let parsing = 0;
/** Bytes [windowAt, windowAt + windowLength) of the report open for rebuilds. */
const WINDOW = 256 * 1024;
let window: Buffer | null = null;
let windowAt = 0;
let windowLength = 0;

/** Reads up to `size` bytes at `position` into `into` (from 0); returns how many there were. */
function readFully(fd: number, into: Buffer, size: number, position: number): number {
  let got = 0;
  while (got < size) {
    const n = readSync(fd, into, got, size - got, position + got);
    if (n === 0) break;
    got += n;
  }
  return got;
}

/** Bytes [start, start + length) of `file` into `into`; returns how many there were. */
function readRange(file: string, start: number, length: number, into: Buffer): number {
  const fd = rebuildFd(file);
  if (length > WINDOW) return readFully(fd, into, length, start);
  if (!window || start < windowAt || start + length > windowAt + windowLength) {
    window ??= Buffer.allocUnsafe(WINDOW);
    windowAt = start;
    windowLength = readFully(fd, window, WINDOW, start);
  }
  const got = Math.min(length, windowAt + windowLength - start);
  window.copy(into, 0, start - windowAt, start - windowAt + got);
  return got;
}

function rebuildFd(file: string): number {
  if (rebuildOpen?.file !== file) {
    closeRebuildFd(); // and the window, which was of the other file
    rebuildOpen = { file, fd: openSync(file, 'r') };
  }
  return rebuildOpen.fd;
}

function closeRebuildFd(): void {
  windowLength = 0;
  if (!rebuildOpen) return;
  const { fd } = rebuildOpen;
  rebuildOpen = null;
  closeSync(fd);
}

/** Scratch for rebuilds (one at a time), so that thousands of them do not churn off-heap memory. */
let rebuildScratch = Buffer.allocUnsafe(0);

function rebuildBuffer(size: number): Buffer {
  // A huge record gets its own buffer, not kept after it.
  if (size > CHUNK) return Buffer.allocUnsafe(size);
  if (rebuildScratch.length < size) rebuildScratch = Buffer.allocUnsafe(Math.max(size, 64 * 1024));
  return rebuildScratch;
}

/** The record rebuilds parse into: one is enough (a rebuild never starts another). */
let spareRecord: Record | null = null;

function rebuildRecord(): Record {
  spareRecord ??= new Record();
  return spareRecord;
}

/**
 * The LCOV reader proper: lines of a Buffer range to the accumulator, one call per chunk when
 * streaming a report, or one call over a lazy record's range when rebuilding it (`target` set: the
 * record goes to that file, in detail).
 */
class LcovScanner {
  /** Line number of the last line read (1-based). */
  lineNo = 0;
  /** Byte offset in the report of `buf[0]` of the range being scanned. */
  base = 0;
  /** Start of the line being read, and of the one after it (offsets in the buffer). */
  private lineStart = 0;
  private lineNext = 0;

  constructor(
    private readonly source: Source,
    private readonly acc: CoverageAccumulator | null,
    private readonly target: FileCoverage | null,
    private readonly rec: Record
  ) {}

  fail(message: string, line = this.lineNo): never {
    throw new UserError(message, { input: this.source.input, file: this.source.shown, line });
  }

  /**
   * Reads the complete lines of buf[start, end) — with `eof`, the last one too even without a line
   * ending. Returns the offset of the first byte not read (the start of an incomplete last line).
   * `buf` must have {@link SLACK} bytes after `end`.
   */
  scan(buf: Buffer, start: number, end: number, eof: boolean): number {
    const rec = this.rec;
    buf[end] = 0; // the sentinel: stops every look-ahead below (not a digit, not a line end)
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
              // Out of range (a line above 10⁸, a count beyond 2^53): the general path says so.
              if (c === NL && p < end && line <= MAX_LINE_NUMBER && hits <= Number.MAX_SAFE_INTEGER) {
                this.lineNo++;
                rec.addDa(line, hits);
                rec.hasLines = true;
                start = p + 1;
                continue;
              }
            }
          }
        }
      }
      // The line end, found by a plain loop: lines are short, and a native indexOf per line costs
      // more in call overhead than it saves (a large report has about a million non-DA lines).
      let nl = start;
      while (nl < end && buf[nl] !== NL) nl++;
      if (nl === end && !eof) break; // cut by the chunk end: read again with the next chunk

      let e = nl;
      if (e > start && buf[e - 1] === CR) e--;
      this.lineNo++;
      // The next line; `end` after a last line without a line ending.
      const next = nl < end ? nl + 1 : end;
      if (e > start) {
        this.lineStart = start;
        this.lineNext = next;
        this.readLine(buf, start, e);
      }
      start = next;
    }
    // Nothing computed here: code after the loop has no type feedback when V8 first optimizes the
    // loop, and any operation on it would deoptimize the whole scanner once or twice per report.
    return start;
  }

  /** After the last range: a record left open is a truncated report. */
  finish(): void {
    const rec = this.rec;
    if (rec.file) this.fail(`truncated LCOV: the record of ${rec.file.path} (line ${rec.startLine}) has no end_of_record`);
  }

  private needRecord(what: string): FileCoverage {
    if (!this.rec.file) this.fail(`${what} outside a record (no SF: line before it)`);
    return this.rec.file!;
  }

  private outOfRange(what: string, value: number, max: number): never {
    return this.fail(`${what} ${value} is out of range (at most ${max.toLocaleString('en-US')})`);
  }

  private bad(buf: Buffer, start: number, end: number): never {
    const text = buf.toString('utf8', start, Math.min(end, start + 60));
    return this.fail(`not an LCOV record: ${JSON.stringify(text)}`);
  }

  /** After a number: the line must go on with a comma, unless it may end there. */
  private expectComma(buf: Buffer, start: number, end: number): void {
    if (pos >= end || buf[pos] !== COMMA) this.bad(buf, start, end);
    pos++;
  }

  /** `KEY:n` summary lines (LF, LH, …): the count. */
  private summaryCount(buf: Buffer, start: number, end: number, keyLength: number): number {
    pos = start + keyLength;
    const v = readUint(buf, end);
    if (v < 0 || pos !== end) this.bad(buf, start, end);
    return v;
  }

  private readLine(buf: Buffer, start: number, end: number): void {
    const rec = this.rec;
    const c0 = buf[start];
    // DA:<line>,<count>[,<checksum>] — by far the most frequent, so tested first.
    if (c0 === 68 /* D */ && buf[start + 1] === 65 /* A */ && buf[start + 2] === COLON) {
      this.needRecord('DA');
      // Digits read with locals: this line is most of a tracefile, and module state costs here.
      let p = start + 3;
      let c = buf[p];
      let line = 0;
      if (c < ZERO || c > NINE || p >= end) this.bad(buf, start, end);
      do {
        line = line * 10 + (c - ZERO);
        c = buf[++p];
      } while (p < end && c >= ZERO && c <= NINE);
      if (p >= end || c !== COMMA) this.bad(buf, start, end);
      if (line > MAX_LINE_NUMBER) this.outOfRange('line number', line, MAX_LINE_NUMBER);
      c = buf[++p];
      let hits = 0;
      if (p < end && c >= ZERO && c <= NINE) {
        do {
          hits = hits * 10 + (c - ZERO);
          c = buf[++p];
        } while (p < end && c >= ZERO && c <= NINE);
      } else p = -1;
      if (hits > Number.MAX_SAFE_INTEGER) this.bad(buf, start, end);
      if (p !== end && (p < 0 || c !== COMMA)) {
        // `-`, a float count or garbage: the general reader decides.
        pos = buf.indexOf(COMMA, start + 3) + 1;
        hits = readCount(buf, end);
        if (hits < 0 || (pos < end && buf[pos] !== COMMA)) this.bad(buf, start, end);
      }
      rec.addDa(line, hits > 0 ? hits : 0);
      rec.hasLines = true;
      return;
    }
    if (c0 === 66 /* B */ && buf[start + 1] === 82 /* R */) {
      if (startsWith(buf, start, end, 'BRDA:')) {
        // BRDA:<line>,<block>,<branch>,<taken>; lcov 2 may write `e` before the block (exception
        // branch) and a non-numeric branch expression, which fall back to a string key.
        this.needRecord('BRDA');
        pos = start + 5;
        const line = readUint(buf, end);
        if (line < 0) this.bad(buf, start, end);
        if (line > MAX_LINE_NUMBER) this.outOfRange('line number', line, MAX_LINE_NUMBER);
        this.expectComma(buf, start, end);
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
          if (taken < 0 || pos !== end) this.bad(buf, start, end);
          // Kept as 32-bit keys: larger numbers would wrap onto other branches.
          if (block > MAX_BLOCK || branch > MAX_BLOCK) this.outOfRange('block or branch number', Math.max(block, branch), MAX_BLOCK);
          rec.addBranch(line, block, branch, taken);
        } else {
          // As lcov 2 reads it: the block is [e|f][U]<digits>; the branch may be any expression.
          if (!/^[ef]?U?\d+,./.test(buf.toString('latin1', blockStart, Math.min(end, blockStart + 32)))) this.bad(buf, start, end);
          const lastComma = buf.lastIndexOf(COMMA, end - 1);
          // A branch expression (one character at least) between the block and the count.
          if (lastComma <= buf.indexOf(COMMA, blockStart) + 1) this.bad(buf, start, end);
          pos = lastComma + 1;
          const taken = readCount(buf, end);
          if (taken < 0 || pos !== end) this.bad(buf, start, end);
          rec.brStrings.push([`${line}:${buf.toString('utf8', blockStart, lastComma)}`, taken]);
        }
        rec.hasBranches = true;
        return;
      }
      if (startsWith(buf, start, end, 'BRF:')) {
        this.needRecord('BRF');
        rec.brf = this.summaryCount(buf, start, end, 4);
        return;
      }
      if (startsWith(buf, start, end, 'BRH:')) {
        this.needRecord('BRH');
        rec.brh = this.summaryCount(buf, start, end, 4);
        return;
      }
    }
    if (c0 === 70 /* F */ && buf[start + 1] === 78 /* N */) {
      if (startsWith(buf, start, end, 'FNDA:')) {
        // FNDA:<count>,<name>
        this.needRecord('FNDA');
        pos = start + 5;
        const hits = readCount(buf, end);
        if (hits < 0) this.bad(buf, start, end);
        this.expectComma(buf, start, end);
        if (pos >= end) this.bad(buf, start, end);
        rec.addFunction(hashName(buf, pos, end), hashLow, hits);
        rec.hasFunctions = true;
        return;
      }
      if (startsWith(buf, start, end, 'FN:')) {
        // FN:<line>,<name> (lcov 1) or FN:<line>,<end line>,<name> (lcov 2). A name never starts
        // with a digit, so digits and a comma after the line are the end line.
        this.needRecord('FN');
        pos = start + 3;
        if (readUint(buf, end) < 0) this.bad(buf, start, end);
        this.expectComma(buf, start, end);
        const afterLine = pos;
        if (readUint(buf, end) >= 0 && pos < end && buf[pos] === COMMA) pos++;
        else pos = afterLine;
        if (pos >= end) this.bad(buf, start, end);
        rec.addFunction(hashName(buf, pos, end), hashLow, 0);
        rec.hasFunctions = true;
        return;
      }
      if (startsWith(buf, start, end, 'FNA:')) {
        // lcov 2.2: FNA:<index>,<count>,<name> (aliases of the function FNL:<index> declares).
        this.needRecord('FNA');
        pos = start + 4;
        const index = readUint(buf, end);
        if (index < 0) this.bad(buf, start, end);
        this.expectComma(buf, start, end);
        const hits = readCount(buf, end);
        if (hits < 0) this.bad(buf, start, end);
        this.expectComma(buf, start, end);
        if (pos >= end) this.bad(buf, start, end);
        // Keyed by name as FNDA is, so that lcov 1 and lcov 2.2 shards of one file merge.
        rec.addFunction(hashName(buf, pos, end), hashLow, hits);
        rec.hasFunctions = true;
        return;
      }
      if (startsWith(buf, start, end, 'FNF:')) {
        this.needRecord('FNF');
        rec.fnf = this.summaryCount(buf, start, end, 4);
        return;
      }
      if (startsWith(buf, start, end, 'FNH:')) {
        this.needRecord('FNH');
        rec.fnh = this.summaryCount(buf, start, end, 4);
        return;
      }
    }
    if (c0 === 83 /* S */ && buf[start + 1] === 70 /* F */ && buf[start + 2] === COLON) {
      if (rec.file) this.fail(`SF: inside the record of ${rec.file.path} (line ${rec.startLine}): end_of_record is missing`);
      const path = buf.toString('utf8', start + 3, end).trim();
      if (!path) this.bad(buf, start, end);
      let file: FileCoverage;
      if (this.target) {
        // Rebuilding a lazy record: the range must still hold that record.
        if (normalizeSourcePath(path) !== this.target.path) this.fail('the report changed while it was being read');
        file = this.target;
      } else file = this.acc!.file(path);
      rec.open(file, this.lineNo, this.base + this.lineStart);
      return;
    }
    if (c0 === 76 /* L */ && end - start > 3 && buf[start + 2] === COLON) {
      if (buf[start + 1] === 70 /* F */) {
        this.needRecord('LF');
        rec.lf = this.summaryCount(buf, start, end, 3);
        rec.lfLine = this.lineNo;
        return;
      }
      if (buf[start + 1] === 72 /* H */) {
        this.needRecord('LH');
        rec.lh = this.summaryCount(buf, start, end, 3);
        rec.lhLine = this.lineNo;
        return;
      }
    }
    if (c0 === 101 /* e */ && startsWith(buf, start, end, 'end_of_record') && end - start === 13) {
      this.needRecord('end_of_record');
      const wrong = rec.inconsistency();
      if (wrong) this.fail(wrong.message, wrong.line);
      // A rebuild (target set) must add its record in detail: that is what it is for.
      rec.close(this.target ? null : this.source, this.base + this.lineNext);
      return;
    }
    // Blank lines, comments, and the records lcov reads but we do not count (TN:, VER:, FNL:, MCDC:,
    // the MC/DC counts, Bazel's BA:). Any other record is refused, as lcov 2 refuses it
    // ("unexpected .info file record"): a mistyped DA: must not leave a record to its totals.
    let i = start;
    while (i < end && (buf[i] === 32 || buf[i] === 9)) i++;
    if (i === end || buf[i] === 35 /* # */) return;
    while (i < end && ((buf[i] >= 65 && buf[i] <= 90) || buf[i] === 95 || (buf[i] >= ZERO && buf[i] <= NINE))) i++;
    if (i > start && i < end && buf[i] === COLON && buf[start] >= 65 && buf[start] <= 90) {
      const key = buf.toString('latin1', start, i);
      if (IGNORED_RECORDS.has(key)) return;
      this.fail(`unexpected LCOV record ${JSON.stringify(buf.toString('utf8', start, Math.min(end, start + 40)))} (not a record lcov writes)`);
    }
    this.bad(buf, start, end);
  }
}

/** Records lcov reads (or other writers add) that carry nothing counted here. */
const IGNORED_RECORDS: ReadonlySet<string> = new Set(['TN', 'VER', 'FNL', 'MCDC', 'MCF', 'MCH', 'BA']);

/** Parses one LCOV file into the accumulator; exported for tests and benchmarks. */
export async function parseLcov(ctx: ParseContext, acc: CoverageAccumulator): Promise<void> {
  // Only what lazy records need to re-read the file: not the context's head text.
  const source: Source = { file: ctx.file, shown: ctx.shown, input: ctx.input };
  const scanner = new LcovScanner(source, acc, null, new Record());
  // Two buffers, so that the next chunk is read (by libuv's thread pool) while this one is scanned.
  // Each chunk is read after MAX_LINE bytes of room, where the unfinished last line of the chunk
  // before it is copied: a line may span chunks, never more than MAX_LINE long.
  const room = MAX_LINE;
  const read = CHUNK * 2;
  const bufs = [Buffer.allocUnsafe(room + read + SLACK), Buffer.allocUnsafe(room + read + SLACK)];
  const handle = await fs.open(ctx.file, 'r');
  parsing++;
  let offset = 0; // of the next chunk in the file
  let pending: Promise<{ bytesRead: number }> | null = handle.read(bufs[0], room, read, 0);
  try {
    let cur = 0;
    let carry = 0;
    let eof = false;
    while (!eof) {
      const { bytesRead } = await pending!;
      pending = null;
      eof = bytesRead === 0;
      const buf = bufs[cur];
      const chunkAt = offset;
      offset += bytesRead;
      if (!eof) pending = handle.read(bufs[1 - cur], room, read, offset);
      const end = room + bytesRead;
      if (bytesRead > 0 && buf.subarray(0, end).indexOf(0, room) >= 0) scanner.fail('binary data in a text report', scanner.lineNo + 1);
      scanner.base = chunkAt - room; // buf[i] is the byte at base + i of the file
      const stop = scanner.scan(buf, room - carry, end, eof);
      carry = end - stop;
      if (carry > MAX_LINE) scanner.fail(`line longer than ${MAX_LINE} characters`, scanner.lineNo + 1);
      cur = 1 - cur;
      if (carry > 0) buf.copy(bufs[cur], room - carry, stop, end);
    }
  } finally {
    // A read still in flight (after an error) must finish before its file handle closes.
    if (pending) await pending.catch(() => undefined);
    await handle.close();
    if (--parsing === 0) closeRebuildFd();
  }
  scanner.finish();
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
