export const id = 534;
export const ids = [534];
export const modules = {

/***/ 534:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runGates: () => (/* binding */ runGates)
});

// EXTERNAL MODULE: ./.build/src/core/errors.js
var core_errors = __webpack_require__(6512);
// EXTERNAL MODULE: ./.build/src/core/constants.js
var constants = __webpack_require__(906);
// EXTERNAL MODULE: ./.build/src/core/inputs.js
var inputs = __webpack_require__(5146);
// EXTERNAL MODULE: ./.build/src/core/files.js + 1 modules
var core_files = __webpack_require__(4358);
// EXTERNAL MODULE: ./.build/src/core/schemas.js + 3 modules
var schemas = __webpack_require__(5829);
// EXTERNAL MODULE: ./.build/src/core/gates/phase.js
var gates_phase = __webpack_require__(407);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./.build/src/core/reports/load.js
/** Reads the reports named by an input: globs expanded, each file's format detected from content. */


/**
 * Parses every file matched by `globs` into `sink`, each with the first format of `formats` that
 * recognises its head. Returns the files and formats read, in order.
 */
async function loadReports(workspace, input, globs, formats, sink, 
/** Told each file (as shown to users) before it is read. */
onFile) {
    const files = await (0,core_files/* expandGlobs */.GE)(workspace, globs, input, reportsUnder(workspace, input, formats));
    const sources = [];
    for (const file of files) {
        const shown = (0,core_files/* displayPath */.Gt)(workspace, file);
        onFile?.(shown);
        sources.push({ file: shown, format: await loadReport(file, shown, input, formats, sink) });
    }
    return sources;
}
/** Parses one file; returns the id of the format it was read as. */
async function loadReport(file, shown, input, formats, sink) {
    const head = await (0,core_files/* readHead */.zy)(file, shown, input);
    const format = detectFormat(formats, head.text);
    if (!format) {
        throw new core_errors/* UserError */.y('unknown report format', {
            input,
            file: shown,
            hint: `expected one of: ${formats.map((f) => f.id).join(', ')}`
        });
    }
    const ctx = { file, shown, input, head: head.text, size: head.size };
    try {
        await format.parse(ctx, sink);
    }
    catch (err) {
        throw core_errors/* UserError */.y.attribute(err, { input, file: shown });
    }
    return format.id;
}
/** The first format that recognises a file's head (a detector that throws recognises nothing). */
function detectFormat(formats, head) {
    return formats.find((f) => {
        try {
            return f.detect(head);
        }
        catch {
            return false;
        }
    });
}
/** Most files under a directory whose heads are read to find the reports in it. */
const MAX_DIRECTORY_CANDIDATES = 200;
/** Names of files that are never reports, whatever their head says. */
const NOT_A_REPORT = /\.(html?|css|js|mjs|map|png|svg|ico|gif|jpe?g|woff2?|ttf)$/i;
/**
 * A report input naming a directory: the reports in it (up to 4 levels down) when they are all of
 * one format, e.g. a folder of Trivy reports; several formats (the same coverage as lcov and
 * Cobertura) would count one run twice, so it names them and asks which. None: one line saying so.
 */
function reportsUnder(workspace, input, formats) {
    return async (dir, shown) => {
        const candidates = (await (0,core_files/* filesUnder */.mz)(dir, shown, input, 4)).filter((f) => !NOT_A_REPORT.test(f));
        if (candidates.length > MAX_DIRECTORY_CANDIDATES) {
            throw new core_errors/* UserError */.y(`${shown} is a directory of ${candidates.length} files: name the reports in it (a glob such as ${shown}/**/*.json)`, { input });
        }
        const found = [];
        for (const file of candidates) {
            let head;
            try {
                head = await (0,core_files/* readHead */.zy)(file, (0,core_files/* displayPath */.Gt)(workspace, file), input);
            }
            catch {
                continue; // empty, binary or unreadable: not a report of this input
            }
            const format = detectFormat(formats, head.text);
            if (format)
                found.push({ file, format: format.id });
        }
        if (found.length === 0) {
            throw new core_errors/* UserError */.y(`${shown} is a directory with no report this input reads (${formats.map((f) => f.id).join(', ')}) in it`, { input });
        }
        const kinds = [...new Set(found.map((f) => f.format))];
        if (kinds.length > 1) {
            const listed = found.slice(0, 4).map((f) => `${(0,core_files/* displayPath */.Gt)(workspace, f.file)} (${f.format})`).join(', ');
            throw new core_errors/* UserError */.y(`${shown} is a directory holding reports of ${kinds.length} formats, likely the same run twice: name the one to read, e.g. ${listed}`, { input });
        }
        return found.map((f) => f.file);
    };
}

// EXTERNAL MODULE: ./.build/src/core/reports/coverage/model.js
var model = __webpack_require__(2563);
// EXTERNAL MODULE: ./.build/src/core/reports/domain.js
var domain = __webpack_require__(4955);
;// CONCATENATED MODULE: ./.build/src/core/reports/coverage/lcov.js
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
function readUint(buf, end) {
    const start = pos;
    let v = 0;
    while (pos < end) {
        const c = buf[pos];
        if (c < ZERO || c > NINE)
            break;
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
function readCount(buf, end) {
    if (pos < end && buf[pos] === MINUS) {
        pos++;
        if (pos === end || buf[pos] === COMMA)
            return 0;
        return readUint(buf, end) < 0 ? -1 : 0;
    }
    const v = readUint(buf, end);
    // Some producers write counts as floats (`DA:3,1.0`); rare, so the slow path is fine.
    if (v >= 0 && pos < end && buf[pos] === 46 /* . */) {
        const s = pos;
        pos++;
        while (pos < end && buf[pos] >= ZERO && buf[pos] <= NINE)
            pos++;
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
function hashName(buf, start, end) {
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
function startsWith(buf, start, end, text) {
    if (end - start < text.length)
        return false;
    for (let i = 0; i < text.length; i++)
        if (buf[start + i] !== text.charCodeAt(i))
            return false;
    return true;
}
/**
 * State of the record being read (between `SF:` and `end_of_record`). Everything the record adds is
 * collected here first, and only `end_of_record` decides whether it goes to the file in detail or as
 * totals only: a record is kept lazily when its file has no coverage yet and its entries are known
 * to be distinct without sorting (see {@link clean}).
 */
class Record {
    file = null;
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
    lastDa = -1;
    daIncreasing = true;
    /** Numeric BRDA outcomes: (line, block, branch) triples and counts, in report order. */
    brKeys = new Uint32Array(3 * 256);
    brTaken = new Float64Array(256);
    brCount = 0;
    brIncreasing = true;
    /** BRDA outcomes with a non-numeric block or branch (lcov 2): rare, kept as strings. */
    brStrings = [];
    /**
     * Functions of the record, one entry per distinct 64-bit name hash with hits summed: FN and FNDA
     * name each function twice, so unlike lines and branches they are deduplicated as they come, in a
     * small open-addressing table whose slots are valid only when stamped with the current record.
     */
    fnHigh = new Uint32Array(64);
    fnLow = new Uint32Array(64);
    fnHits = new Float64Array(64);
    fnCount = 0;
    fnSlot = new Uint32Array(128);
    fnStamp = new Uint32Array(128);
    stamp = 1;
    addDa(line, hits) {
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
        if (key <= this.lastDa)
            this.daIncreasing = false;
        this.lastDa = key;
        this.daLines[this.daCount] = line;
        this.daHits[this.daCount++] = hits;
    }
    addBranch(line, block, branch, taken) {
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
            if (d >= 0)
                this.brIncreasing = false;
        }
        this.brTaken[n] = taken;
        this.brCount = n + 1;
    }
    /** Adds `hits` to the function whose name hashes to (high, low). */
    addFunction(high, low, hits) {
        if ((this.fnCount + 1) * 2 > this.fnSlot.length)
            this.growFunctionTable();
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
    growFunctionTable() {
        const size = this.fnSlot.length * 2;
        this.fnSlot = new Uint32Array(size);
        this.fnStamp = new Uint32Array(size);
        const mask = size - 1;
        for (let i = 0; i < this.fnCount; i++) {
            let slot = (this.fnHigh[i] ^ this.fnLow[i]) & mask;
            while (this.fnStamp[slot] === this.stamp)
                slot = (slot + 1) & mask;
            this.fnStamp[slot] = this.stamp;
            this.fnSlot[slot] = i;
        }
    }
    open(file, line, offset) {
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
        if (this.stamp === 1)
            this.fnStamp.fill(0);
    }
    /**
     * Why the record contradicts itself, with the line to name: summary counts that disagree with the
     * DA lines they sum up (a hit count above its total, LF not the number of distinct DA lines, LH
     * not the number of them hit; or, as gcovr counts repeated DA lines of one line, of DA lines). Undefined when it is consistent. lcov recomputes the counts from
     * the records; a report whose counts say otherwise was written by something else, or edited.
     */
    inconsistency() {
        if (this.lh > this.lf && this.lf >= 0)
            return { message: `inconsistent LCOV record: LH:${this.lh} lines hit of LF:${this.lf} found`, line: this.lhLine };
        if (this.brh > this.brf && this.brf >= 0)
            return { message: `inconsistent LCOV record: BRH:${this.brh} branches hit of BRF:${this.brf} found`, line: this.startLine };
        if (this.fnh > this.fnf && this.fnf >= 0)
            return { message: `inconsistent LCOV record: FNH:${this.fnh} functions hit of FNF:${this.fnf} found`, line: this.startLine };
        if (!this.hasLines || (this.lf < 0 && this.lh < 0))
            return undefined;
        let found = this.daCount;
        let hit = countCovered(this.daHits, this.daCount);
        /** gcovr 8 writes a DA line per function instance of a line and counts each in LF/LH. */
        const entries = found;
        const entriesHit = hit;
        if (!this.daIncreasing) {
            // Lines may repeat: a line counts once, as hit when any of its DA lines is.
            const byLine = new Map();
            for (let i = 0; i < this.daCount; i++)
                byLine.set(this.daLines[i], (byLine.get(this.daLines[i]) ?? false) || this.daHits[i] > 0);
            found = byLine.size;
            hit = [...byLine.values()].filter(Boolean).length;
        }
        if (this.lf === entries && (this.lh < 0 || this.lh === entriesHit))
            return undefined;
        if (this.lf >= 0 && this.lf !== found)
            return { message: `inconsistent LCOV record: LF:${this.lf} but the record has ${found} DA line${found === 1 ? '' : 's'}`, line: this.lfLine };
        if (this.lh >= 0 && this.lh !== hit)
            return { message: `inconsistent LCOV record: LH:${this.lh} but ${hit} of its DA lines ${hit === 1 ? 'is' : 'are'} hit`, line: this.lhLine };
        return undefined;
    }
    /**
     * Entries are distinct as collected, so that the record's totals are plain counts: DA lines and
     * BRDA outcomes strictly increasing (as geninfo, c8, Istanbul and coverage.py write them) and no
     * string-keyed branch. Otherwise the record takes the detailed path, which sorts and sums.
     */
    get clean() {
        return this.daIncreasing && this.brIncreasing && this.brStrings.length === 0;
    }
    /**
     * Ends the record. With `lazy` (the report and the byte offset after `end_of_record`) a clean
     * record of a file without coverage is kept as totals only; otherwise its detail goes to the file
     * (which first rebuilds a lazy record of the same file, if any). Summary counts stand in only for
     * what the record has no detail of (LF/LH without DA).
     */
    close(lazy, endOffset) {
        const f = this.file;
        this.file = null;
        if (!this.hasLines && this.lf >= 0)
            f.addSummary('lines', Math.max(this.lh, 0), this.lf);
        if (!this.hasBranches && this.brf >= 0)
            f.addSummary('branches', Math.max(this.brh, 0), this.brf);
        if (!this.hasFunctions && this.fnf >= 0)
            f.addSummary('functions', Math.max(this.fnh, 0), this.fnf);
        const entries = this.daCount + this.brCount + this.fnCount + this.brStrings.length;
        if (entries === 0)
            return;
        if (lazy && this.clean && f.isEmpty) {
            f.defer(new LazyRecord(lazy, this.startOffset, endOffset, this.startLine, countCovered(this.daHits, this.daCount), this.daCount, countCovered(this.brTaken, this.brCount), this.brCount, countCovered(this.fnHits, this.fnCount), this.fnCount));
            return;
        }
        if (this.daCount > 0)
            f.addLineRun(this.daLines, this.daHits, this.daCount);
        const k = this.brKeys;
        for (let i = 0; i < this.brCount; i++)
            f.addBranchAt(k[i * 3], k[i * 3 + 1], k[i * 3 + 2], this.brTaken[i]);
        for (const [key, taken] of this.brStrings)
            f.addBranch(key, taken);
        for (let i = 0; i < this.fnCount; i++)
            f.addFunctionHash(this.fnHigh[i], this.fnLow[i], this.fnHits[i]);
        f.compact();
    }
}
function countCovered(hits, n) {
    let covered = 0;
    for (let i = 0; i < n; i++)
        if (hits[i] > 0)
            covered++;
    return covered;
}
/**
 * A record kept as totals only: the report, the byte range [start, end) from its `SF:` line to the
 * end of its `end_of_record` line, and the line number of `SF:` (so that errors, should the report
 * have changed since, name the right line).
 */
class LazyRecord {
    source;
    start;
    end;
    line;
    linesCovered;
    linesTotal;
    branchesCovered;
    branchesTotal;
    functionsCovered;
    functionsTotal;
    constructor(source, start, end, line, linesCovered, linesTotal, branchesCovered, branchesTotal, functionsCovered, functionsTotal) {
        this.source = source;
        this.start = start;
        this.end = end;
        this.line = line;
        this.linesCovered = linesCovered;
        this.linesTotal = linesTotal;
        this.branchesCovered = branchesCovered;
        this.branchesTotal = branchesTotal;
        this.functionsCovered = functionsCovered;
        this.functionsTotal = functionsTotal;
    }
    /**
     * Re-reads the range synchronously (a rare event: a source file named again, or by another format)
     * and parses it in detail into `into`.
     */
    rebuild(into) {
        const length = this.end - this.start;
        const buf = rebuildBuffer(length + SLACK);
        let got;
        try {
            got = readRange(this.source.file, this.start, length, buf);
        }
        finally {
            if (parsing === 0)
                closeRebuildFd();
        }
        const rec = rebuildRecord();
        const scanner = new LcovScanner(this.source, null, into, rec);
        scanner.lineNo = this.line - 1;
        try {
            if (got !== length)
                scanner.fail('the report changed while it was being read', this.line);
            scanner.scan(buf, 0, length, true);
            scanner.finish();
        }
        finally {
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
let rebuildOpen = null;
/** LCOV parses under way. */
let parsing = 0;
/** Bytes [windowAt, windowAt + windowLength) of the report open for rebuilds. */
const WINDOW = 256 * 1024;
let lcov_window = null;
let windowAt = 0;
let windowLength = 0;
/** Reads up to `size` bytes at `position` into `into` (from 0); returns how many there were. */
function readFully(fd, into, size, position) {
    let got = 0;
    while (got < size) {
        const n = (0,external_node_fs_.readSync)(fd, into, got, size - got, position + got);
        if (n === 0)
            break;
        got += n;
    }
    return got;
}
/** Bytes [start, start + length) of `file` into `into`; returns how many there were. */
function readRange(file, start, length, into) {
    const fd = rebuildFd(file);
    if (length > WINDOW)
        return readFully(fd, into, length, start);
    if (!lcov_window || start < windowAt || start + length > windowAt + windowLength) {
        lcov_window ??= Buffer.allocUnsafe(WINDOW);
        windowAt = start;
        windowLength = readFully(fd, lcov_window, WINDOW, start);
    }
    const got = Math.min(length, windowAt + windowLength - start);
    lcov_window.copy(into, 0, start - windowAt, start - windowAt + got);
    return got;
}
function rebuildFd(file) {
    if (rebuildOpen?.file !== file) {
        closeRebuildFd(); // and the window, which was of the other file
        rebuildOpen = { file, fd: (0,external_node_fs_.openSync)(file, 'r') };
    }
    return rebuildOpen.fd;
}
function closeRebuildFd() {
    windowLength = 0;
    if (!rebuildOpen)
        return;
    const { fd } = rebuildOpen;
    rebuildOpen = null;
    (0,external_node_fs_.closeSync)(fd);
}
/** Scratch for rebuilds (one at a time), so that thousands of them do not churn off-heap memory. */
let rebuildScratch = Buffer.allocUnsafe(0);
function rebuildBuffer(size) {
    // A huge record gets its own buffer, not kept after it.
    if (size > CHUNK)
        return Buffer.allocUnsafe(size);
    if (rebuildScratch.length < size)
        rebuildScratch = Buffer.allocUnsafe(Math.max(size, 64 * 1024));
    return rebuildScratch;
}
/** The record rebuilds parse into: one is enough (a rebuild never starts another). */
let spareRecord = null;
function rebuildRecord() {
    spareRecord ??= new Record();
    return spareRecord;
}
/**
 * The LCOV reader proper: lines of a Buffer range to the accumulator, one call per chunk when
 * streaming a report, or one call over a lazy record's range when rebuilding it (`target` set: the
 * record goes to that file, in detail).
 */
class LcovScanner {
    source;
    acc;
    target;
    rec;
    /** Line number of the last line read (1-based). */
    lineNo = 0;
    /** Byte offset in the report of `buf[0]` of the range being scanned. */
    base = 0;
    /** Start of the line being read, and of the one after it (offsets in the buffer). */
    lineStart = 0;
    lineNext = 0;
    constructor(source, acc, target, rec) {
        this.source = source;
        this.acc = acc;
        this.target = target;
        this.rec = rec;
    }
    fail(message, line = this.lineNo) {
        throw new core_errors/* UserError */.y(message, { input: this.source.input, file: this.source.shown, line });
    }
    /**
     * Reads the complete lines of buf[start, end) — with `eof`, the last one too even without a line
     * ending. Returns the offset of the first byte not read (the start of an incomplete last line).
     * `buf` must have {@link SLACK} bytes after `end`.
     */
    scan(buf, start, end, eof) {
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
                            if (c === CR)
                                c = buf[++p];
                            // Out of range (a line above 10⁸, a count beyond 2^53): the general path says so.
                            if (c === NL && p < end && line <= domain/* MAX_LINE_NUMBER */.yy && hits <= Number.MAX_SAFE_INTEGER) {
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
            while (nl < end && buf[nl] !== NL)
                nl++;
            if (nl === end && !eof)
                break; // cut by the chunk end: read again with the next chunk
            let e = nl;
            if (e > start && buf[e - 1] === CR)
                e--;
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
    finish() {
        const rec = this.rec;
        if (rec.file)
            this.fail(`truncated LCOV: the record of ${rec.file.path} (line ${rec.startLine}) has no end_of_record`);
    }
    needRecord(what) {
        if (!this.rec.file)
            this.fail(`${what} outside a record (no SF: line before it)`);
        return this.rec.file;
    }
    outOfRange(what, value, max) {
        return this.fail(`${what} ${value} is out of range (at most ${max.toLocaleString('en-US')})`);
    }
    bad(buf, start, end) {
        const text = buf.toString('utf8', start, Math.min(end, start + 60));
        return this.fail(`not an LCOV record: ${JSON.stringify(text)}`);
    }
    /** After a number: the line must go on with a comma, unless it may end there. */
    expectComma(buf, start, end) {
        if (pos >= end || buf[pos] !== COMMA)
            this.bad(buf, start, end);
        pos++;
    }
    /** `KEY:n` summary lines (LF, LH, …): the count. */
    summaryCount(buf, start, end, keyLength) {
        pos = start + keyLength;
        const v = readUint(buf, end);
        if (v < 0 || pos !== end)
            this.bad(buf, start, end);
        return v;
    }
    readLine(buf, start, end) {
        const rec = this.rec;
        const c0 = buf[start];
        // DA:<line>,<count>[,<checksum>] — by far the most frequent, so tested first.
        if (c0 === 68 /* D */ && buf[start + 1] === 65 /* A */ && buf[start + 2] === COLON) {
            this.needRecord('DA');
            // Digits read with locals: this line is most of a tracefile, and module state costs here.
            let p = start + 3;
            let c = buf[p];
            let line = 0;
            if (c < ZERO || c > NINE || p >= end)
                this.bad(buf, start, end);
            do {
                line = line * 10 + (c - ZERO);
                c = buf[++p];
            } while (p < end && c >= ZERO && c <= NINE);
            if (p >= end || c !== COMMA)
                this.bad(buf, start, end);
            if (line > domain/* MAX_LINE_NUMBER */.yy)
                this.outOfRange('line number', line, domain/* MAX_LINE_NUMBER */.yy);
            c = buf[++p];
            let hits = 0;
            if (p < end && c >= ZERO && c <= NINE) {
                do {
                    hits = hits * 10 + (c - ZERO);
                    c = buf[++p];
                } while (p < end && c >= ZERO && c <= NINE);
            }
            else
                p = -1;
            if (hits > Number.MAX_SAFE_INTEGER)
                this.bad(buf, start, end);
            if (p !== end && (p < 0 || c !== COMMA)) {
                // `-`, a float count or garbage: the general reader decides.
                pos = buf.indexOf(COMMA, start + 3) + 1;
                hits = readCount(buf, end);
                if (hits < 0 || (pos < end && buf[pos] !== COMMA))
                    this.bad(buf, start, end);
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
                if (line < 0)
                    this.bad(buf, start, end);
                if (line > domain/* MAX_LINE_NUMBER */.yy)
                    this.outOfRange('line number', line, domain/* MAX_LINE_NUMBER */.yy);
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
                    if (taken < 0 || pos !== end)
                        this.bad(buf, start, end);
                    // Kept as 32-bit keys: larger numbers would wrap onto other branches.
                    if (block > MAX_BLOCK || branch > MAX_BLOCK)
                        this.outOfRange('block or branch number', Math.max(block, branch), MAX_BLOCK);
                    rec.addBranch(line, block, branch, taken);
                }
                else {
                    // As lcov 2 reads it: the block is [e|f][U]<digits>; the branch may be any expression.
                    if (!/^[ef]?U?\d+,./.test(buf.toString('latin1', blockStart, Math.min(end, blockStart + 32))))
                        this.bad(buf, start, end);
                    const lastComma = buf.lastIndexOf(COMMA, end - 1);
                    // A branch expression (one character at least) between the block and the count.
                    if (lastComma <= buf.indexOf(COMMA, blockStart) + 1)
                        this.bad(buf, start, end);
                    pos = lastComma + 1;
                    const taken = readCount(buf, end);
                    if (taken < 0 || pos !== end)
                        this.bad(buf, start, end);
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
                if (hits < 0)
                    this.bad(buf, start, end);
                this.expectComma(buf, start, end);
                if (pos >= end)
                    this.bad(buf, start, end);
                rec.addFunction(hashName(buf, pos, end), hashLow, hits);
                rec.hasFunctions = true;
                return;
            }
            if (startsWith(buf, start, end, 'FN:')) {
                // FN:<line>,<name> (lcov 1) or FN:<line>,<end line>,<name> (lcov 2). A name never starts
                // with a digit, so digits and a comma after the line are the end line.
                this.needRecord('FN');
                pos = start + 3;
                if (readUint(buf, end) < 0)
                    this.bad(buf, start, end);
                this.expectComma(buf, start, end);
                const afterLine = pos;
                if (readUint(buf, end) >= 0 && pos < end && buf[pos] === COMMA)
                    pos++;
                else
                    pos = afterLine;
                if (pos >= end)
                    this.bad(buf, start, end);
                rec.addFunction(hashName(buf, pos, end), hashLow, 0);
                rec.hasFunctions = true;
                return;
            }
            if (startsWith(buf, start, end, 'FNA:')) {
                // lcov 2.2: FNA:<index>,<count>,<name> (aliases of the function FNL:<index> declares).
                this.needRecord('FNA');
                pos = start + 4;
                const index = readUint(buf, end);
                if (index < 0)
                    this.bad(buf, start, end);
                this.expectComma(buf, start, end);
                const hits = readCount(buf, end);
                if (hits < 0)
                    this.bad(buf, start, end);
                this.expectComma(buf, start, end);
                if (pos >= end)
                    this.bad(buf, start, end);
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
            if (rec.file)
                this.fail(`SF: inside the record of ${rec.file.path} (line ${rec.startLine}): end_of_record is missing`);
            const path = buf.toString('utf8', start + 3, end).trim();
            if (!path)
                this.bad(buf, start, end);
            let file;
            if (this.target) {
                // Rebuilding a lazy record: the range must still hold that record.
                if ((0,model/* normalizeSourcePath */.aX)(path) !== this.target.path)
                    this.fail('the report changed while it was being read');
                file = this.target;
            }
            else
                file = this.acc.file(path);
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
            if (wrong)
                this.fail(wrong.message, wrong.line);
            // A rebuild (target set) must add its record in detail: that is what it is for.
            rec.close(this.target ? null : this.source, this.base + this.lineNext);
            return;
        }
        // Blank lines, comments, and the records lcov reads but we do not count (TN:, VER:, FNL:, MCDC:,
        // the MC/DC counts, Bazel's BA:). Any other record is refused, as lcov 2 refuses it
        // ("unexpected .info file record"): a mistyped DA: must not leave a record to its totals.
        let i = start;
        while (i < end && (buf[i] === 32 || buf[i] === 9))
            i++;
        if (i === end || buf[i] === 35 /* # */)
            return;
        while (i < end && ((buf[i] >= 65 && buf[i] <= 90) || buf[i] === 95 || (buf[i] >= ZERO && buf[i] <= NINE)))
            i++;
        if (i > start && i < end && buf[i] === COLON && buf[start] >= 65 && buf[start] <= 90) {
            const key = buf.toString('latin1', start, i);
            if (IGNORED_RECORDS.has(key))
                return;
            this.fail(`unexpected LCOV record ${JSON.stringify(buf.toString('utf8', start, Math.min(end, start + 40)))} (not a record lcov writes)`);
        }
        this.bad(buf, start, end);
    }
}
/** Records lcov reads (or other writers add) that carry nothing counted here. */
const IGNORED_RECORDS = new Set(['TN', 'VER', 'FNL', 'MCDC', 'MCF', 'MCH', 'BA']);
/** Parses one LCOV file into the accumulator; exported for tests and benchmarks. */
async function parseLcov(ctx, acc) {
    // Only what lazy records need to re-read the file: not the context's head text.
    const source = { file: ctx.file, shown: ctx.shown, input: ctx.input };
    const scanner = new LcovScanner(source, acc, null, new Record());
    // Two buffers, so that the next chunk is read (by libuv's thread pool) while this one is scanned.
    // Each chunk is read after MAX_LINE bytes of room, where the unfinished last line of the chunk
    // before it is copied: a line may span chunks, never more than MAX_LINE long.
    const room = core_files/* MAX_LINE */.MV;
    const read = CHUNK * 2;
    const bufs = [Buffer.allocUnsafe(room + read + SLACK), Buffer.allocUnsafe(room + read + SLACK)];
    const handle = await external_node_fs_.promises.open(ctx.file, 'r');
    parsing++;
    let offset = 0; // of the next chunk in the file
    let pending = handle.read(bufs[0], room, read, 0);
    try {
        let cur = 0;
        let carry = 0;
        let eof = false;
        while (!eof) {
            const { bytesRead } = await pending;
            pending = null;
            eof = bytesRead === 0;
            const buf = bufs[cur];
            const chunkAt = offset;
            offset += bytesRead;
            if (!eof)
                pending = handle.read(bufs[1 - cur], room, read, offset);
            const end = room + bytesRead;
            if (bytesRead > 0 && buf.subarray(0, end).indexOf(0, room) >= 0)
                scanner.fail('binary data in a text report', scanner.lineNo + 1);
            scanner.base = chunkAt - room; // buf[i] is the byte at base + i of the file
            const stop = scanner.scan(buf, room - carry, end, eof);
            carry = end - stop;
            if (carry > core_files/* MAX_LINE */.MV)
                scanner.fail(`line longer than ${core_files/* MAX_LINE */.MV} characters`, scanner.lineNo + 1);
            cur = 1 - cur;
            if (carry > 0)
                buf.copy(bufs[cur], room - carry, stop, end);
        }
    }
    finally {
        // A read still in flight (after an error) must finish before its file handle closes.
        if (pending)
            await pending.catch(() => undefined);
        await handle.close();
        if (--parsing === 0)
            closeRebuildFd();
    }
    scanner.finish();
}
/** LCOV tracefile. */
const lcov = {
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

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/saxes/saxes.js
var saxes = __webpack_require__(9800);
;// CONCATENATED MODULE: ./.build/src/core/reports/xml.js
/**
 * Streaming XML for reports: the file is fed to saxes in chunks, so memory stays bounded whatever its
 * size. Entities and DTDs are never resolved: a DOCTYPE that only names an external DTD (as Cobertura
 * and JaCoCo write) is ignored, one with an internal subset (`<!DOCTYPE x [ … ]>`, where entity bombs
 * and external entities live) is refused, and a reference to any entity but the five predefined ones
 * is an error.
 */



/** Streams `ctx.file` through the handlers. Errors name the input, the file and the line. */
async function streamXml(ctx, handlers, position) {
    const parser = new saxes/* SaxesParser */.wT({ xmlns: false, position: true });
    const stack = [];
    let failure;
    const fail = (message) => {
        if (!failure)
            failure = new core_errors/* UserError */.y(message, { input: ctx.input, file: ctx.shown, line: parser.line });
    };
    parser.on('doctype', (doctype) => {
        if (doctype.includes('['))
            fail('XML with an internal DTD subset (entity declarations) is refused');
    });
    parser.on('opentag', (tag) => {
        if (failure)
            return;
        if (position)
            position.line = parser.line;
        try {
            handlers.open?.(tag, stack);
        }
        catch (err) {
            failure = core_errors/* UserError */.y.attribute(err, { input: ctx.input, file: ctx.shown, line: parser.line });
        }
        if (!tag.isSelfClosing)
            stack.push(tag.name);
        else {
            try {
                handlers.close?.(tag.name, stack);
            }
            catch (err) {
                failure = core_errors/* UserError */.y.attribute(err, { input: ctx.input, file: ctx.shown, line: parser.line });
            }
        }
    });
    parser.on('closetag', (tag) => {
        if (failure || tag.isSelfClosing)
            return;
        stack.pop();
        if (position)
            position.line = parser.line;
        try {
            handlers.close?.(tag.name, stack);
        }
        catch (err) {
            failure = core_errors/* UserError */.y.attribute(err, { input: ctx.input, file: ctx.shown, line: parser.line });
        }
    });
    if (handlers.text) {
        parser.on('text', (text) => {
            if (failure || stack.length === 0)
                return;
            try {
                handlers.text(text, stack);
            }
            catch (err) {
                failure = core_errors/* UserError */.y.attribute(err, { input: ctx.input, file: ctx.shown, line: parser.line });
            }
        });
    }
    parser.on('error', (err) => {
        fail(`malformed XML: ${err.message.replace(/^[^:]*:\d+:\d+: /, '')}`);
    });
    // Strict UTF-8, unless the XML declaration names a single-byte encoding (every byte is a
    // character there): a byte that is not UTF-8 is refused at its line, not read as U+FFFD.
    const declared = /^\uFEFF?<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(ctx.head)?.[1]?.toLowerCase();
    const singleByte = declared !== undefined && /^(iso-8859-1|latin-?1|windows-1252|us-ascii|ascii)$/.test(declared);
    const decoder = new TextDecoder(singleByte ? 'windows-1252' : 'utf-8', { fatal: true });
    let linesBefore = 1;
    const stream = (0,external_node_fs_.createReadStream)(ctx.file, { highWaterMark: 256 * 1024 });
    for await (const bytes of stream) {
        let chunk;
        try {
            chunk = decoder.decode(bytes, { stream: true });
        }
        catch {
            const at = firstInvalidByte(bytes);
            let line = linesBefore;
            for (let i = 0; i < at; i++)
                if (bytes[i] === 10)
                    line++;
            failure ??= new core_errors/* UserError */.y(`not valid UTF-8${declared ? ` (its declaration says ${declared})` : ' (an XML report without an encoding declaration is UTF-8)'}`, { input: ctx.input, file: ctx.shown, line });
            stream.destroy();
            break;
        }
        for (let i = 0; i < bytes.length; i++)
            if (bytes[i] === 10)
                linesBefore++;
        if (chunk.includes('\u0000'))
            fail('binary data in an XML report');
        if (!failure) {
            try {
                parser.write(chunk);
            }
            catch (err) {
                fail(`malformed XML: ${err.message.replace(/^[^:]*:\d+:\d+: /, '')}`);
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
        }
        catch {
            failure = new core_errors/* UserError */.y('not valid UTF-8: the file ends inside a character', { input: ctx.input, file: ctx.shown, line: linesBefore });
        }
    }
    if (!failure) {
        try {
            parser.close();
        }
        catch (err) {
            fail(`malformed XML: ${err.message.replace(/^[^:]*:\d+:\d+: /, '')}`);
        }
    }
    if (!failure && stack.length > 0)
        fail(`truncated XML: <${stack[stack.length - 1]}> is never closed`);
    if (failure)
        throw failure;
}
/** Offset of the first byte of `bytes` where a strict UTF-8 decode fails (the decode of all of it failed). */
function firstInvalidByte(bytes) {
    // Prefixes that decode (an unfinished last character is kept, not an error) form a range [0, L]:
    // the longest is found by bisection; the byte after it is the bad one.
    const decodes = (n) => {
        try {
            new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, n), { stream: true });
            return true;
        }
        catch {
            return false;
        }
    };
    let lo = 0;
    let hi = bytes.length;
    while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (decodes(mid))
            lo = mid;
        else
            hi = mid - 1;
    }
    return lo;
}
/** The root element's name as the head shows it (after the XML declaration, comments and DOCTYPE). */
function xmlRoot(head) {
    const s = head.replace(/^\uFEFF/, '');
    const re = /<([A-Za-z_][\w.:-]*)[\s>/]/g;
    let m;
    // Skip `<?xml`, `<!--`, `<!DOCTYPE`: the regex only matches names starting with a letter or `_`.
    while ((m = re.exec(s))) {
        const before = s.lastIndexOf('<!--', m.index);
        const closed = before < 0 || s.indexOf('-->', before) < m.index;
        if (closed)
            return m[1];
    }
    return null;
}

;// CONCATENATED MODULE: ./.build/src/core/reports/coverage/cobertura.js
/**
 * Cobertura XML (coverage.py `xml`, Istanbul `cobertura`, gcovr `--xml`, JaCoCo-to-Cobertura and
 * most .NET tools). Lines come from `<class><lines><line number hits>`; the copies of the same lines
 * under `<methods>` are skipped. `condition-coverage="50% (1/2)"` on a branch line gives that line's
 * branches. Functions are the `<method>` elements (covered when one of their lines ran). Paths are
 * the `filename` attributes resolved against the report's `<source>` (see sourceResolver). A header
 * with `branches-valid`/`branches-covered` and no per-line branch gives the report's branches.
 */






/** A count attribute: a non-negative safe integer written as digits (the XML reader adds the line). */
function intAttr(value, name) {
    return (0,domain/* countText */.lT)(value, value === undefined ? `${name} attribute` : name);
}
/** A line-number attribute: a count from 0 to 10⁸. */
function lineAttr(value, name) {
    return (0,domain/* lineNumber */.eT)(intAttr(value, name), name);
}
/** The workspace a report's relative paths are taken from: the accumulator's, else where `shown` is rooted. */
function workspaceOf(ctx, acc) {
    if (acc.workspace)
        return acc.workspace;
    const file = ctx.file.split(external_node_path_.sep).join('/');
    return file.endsWith('/' + ctx.shown) ? file.slice(0, -ctx.shown.length - 1) : external_node_path_.dirname(ctx.file);
}
/** `file` relative to `workspace` with forward slashes, or null when it is not inside it. */
function relativeInside(workspace, file) {
    const rel = external_node_path_.relative(workspace, file);
    return rel === '' || rel.startsWith('..') || external_node_path_.isAbsolute(rel) ? null : rel.split(external_node_path_.sep).join('/');
}
/**
 * Cobertura's `filename` resolved against the report's `<source>` directories, relative to the
 * workspace (a relative `<source>`, as gcovr writes, is taken from the workspace root): the first
 * source under which the file exists, else the only source when it lies inside the workspace, else
 * the name as written (a report made elsewhere, e.g. in a container). So the same file named by
 * Cobertura (`a.c` under `<source>/w/src</source>`) and LCOV (`SF:/w/src/a.c`) is one.
 */
function sourceResolver(workspace, sources) {
    const cache = new Map();
    return (name) => {
        let hit = cache.get(name);
        if (hit !== undefined)
            return hit;
        // An owned copy: the attribute is a slice of the chunk it was read in, which it would keep alive.
        const own = (0,model/* ownString */.Ao)(name);
        hit = own;
        if (!external_node_path_.isAbsolute(name) && sources.length > 0) {
            const inside = sources.map((s) => relativeInside(workspace, external_node_path_.resolve(workspace, s, name))).filter((r) => r !== null);
            hit = inside.find((r) => (0,external_node_fs_.existsSync)(external_node_path_.join(workspace, r))) ?? (sources.length === 1 && inside.length === 1 ? inside[0] : own);
        }
        if (cache.size < 100000)
            cache.set(own, hit);
        return hit;
    };
}
const cobertura = {
    id: 'cobertura',
    kind: 'coverage',
    description: 'Cobertura XML (coverage.py, Istanbul cobertura, gcovr, .NET coverlet)',
    detect(head) {
        return xmlRoot(head) === 'coverage' && /<coverage\b[^>]*\bline-rate=/.test(head);
    },
    async parse(ctx, acc) {
        const at = { line: 0 };
        const fail = (message) => {
            throw new core_errors/* UserError */.y(message, { input: ctx.input, file: ctx.shown, line: at.line });
        };
        const workspace = workspaceOf(ctx, acc);
        const sources = [];
        let resolve = null;
        let file = null;
        let className = '';
        /** The `<method>` open in the current class: its key, whether a line of it ran, its line-rate. */
        let method = null;
        let header = null;
        let lineBranches = false;
        await streamXml(ctx, {
            open(tag, path) {
                const a = tag.attributes;
                if (tag.name === 'coverage' && path.length === 0) {
                    if (a['branches-valid'] !== undefined && a['branches-covered'] !== undefined) {
                        header = { covered: intAttr(a['branches-covered'], 'branches-covered'), total: intAttr(a['branches-valid'], 'branches-valid') };
                    }
                    return;
                }
                if (tag.name === 'class') {
                    const name = a.filename;
                    if (!name)
                        fail('<class> without a filename attribute');
                    resolve ??= sourceResolver(workspace, sources);
                    file = acc.file(resolve(name));
                    className = a.name ?? '';
                    return;
                }
                if (tag.name === 'method' && file && path[path.length - 1] === 'methods') {
                    method = { key: (0,model/* ownString */.Ao)(`${className}.${a.name ?? ''}${a.signature ?? ''}`), ran: false };
                    return;
                }
                if (tag.name !== 'line' || path[path.length - 1] !== 'lines')
                    return;
                if (path[path.length - 2] === 'method') {
                    // A method's own copy of its lines: whether it ran, never counted as lines again.
                    const hits = intAttr(a.hits, 'hits');
                    if (method && hits > 0)
                        method.ran = true;
                    return;
                }
                if (path[path.length - 2] !== 'class')
                    return;
                if (!file)
                    fail('<line> outside a <class>');
                const line = lineAttr(a.number, 'number');
                const hits = intAttr(a.hits, 'hits');
                file.addLine(line, hits);
                if (a.branch === 'true') {
                    const cc = /\((\d+)\/(\d+)\)/.exec(a['condition-coverage'] ?? '');
                    if (!cc)
                        fail(`branch line ${line} without condition-coverage="N% (covered/total)"`);
                    const covered = (0,domain/* countText */.lT)(cc[1], 'condition-coverage covered');
                    const total = (0,domain/* unitsOfLine */.Nj)((0,domain/* countText */.lT)(cc[2], 'condition-coverage total'), 'condition-coverage total');
                    if (covered > total)
                        fail(`condition-coverage of line ${line}: ${covered} covered of ${total}`);
                    // Which outcomes were taken is not recorded: the first `covered` of them count as taken.
                    file.addLineBranches(line, covered, total);
                    lineBranches = true;
                }
            },
            text(text, path) {
                if (path[path.length - 1] === 'source' && path[path.length - 2] === 'sources' && !resolve && text.trim()) {
                    if (sources.length < 50)
                        sources.push(text.trim());
                }
            },
            close(name) {
                if (name === 'method' && method && file) {
                    // A method without lines of its own is not known to have run: gcovr writes line-rate="1.0"
                    // for 0 of 0 lines on a function never called, and counts it uncovered.
                    file.addFunction(method.key, method.ran ? 1 : 0);
                    method = null;
                }
                else if (name === 'class') {
                    // Folds the class's lines into their packed form and frees the staging area for the next
                    // class: without it every class of a 300 MB report kept arrays of its own (600 MB peak).
                    file?.compact();
                    file = null;
                }
            }
        }, at);
        // A header with branch totals and no branch on any line (writers that keep only the totals):
        // the header's figures are the report's branches.
        const h = header;
        if (h && !lineBranches && h.total > 0) {
            if (h.covered > h.total)
                fail(`branches-covered ${h.covered} is more than branches-valid ${h.total}`);
            acc.addReportTotals('branches', h.covered, h.total);
        }
    }
};

;// CONCATENATED MODULE: ./.build/src/core/reports/coverage/clover.js
/**
 * Clover XML (Istanbul `clover`, OpenClover, PHPUnit `--coverage-clover`). Each `<file>` lists
 * `<line num type count>`: `stmt` and `cond` lines are lines and statements, `method` lines are
 * functions. Branches of a `cond` line differ by producer: Istanbul (root `clover="3.2.0"`) writes
 * `truecount` = covered and `falsecount` = uncovered branches of the line; OpenClover writes how
 * often the condition was true and false, i.e. two branches each covered when its count is above 0.
 * A file that lists no `<line>` has its `<metrics>` as its figures; a report with no `<file>` at
 * all gives the project's `<metrics>` as its totals.
 */





/**
 * Clover `<metrics>` counts: statements (also as lines, as `stmt` lines are read), conditionals as
 * branches, methods as functions. Absent pairs say nothing; a covered count above its total is an error.
 */
function addMetrics(a, add) {
    const pairs = [
        ['statements', 'coveredstatements', ['statements', 'lines']],
        ['conditionals', 'coveredconditionals', ['branches']],
        ['methods', 'coveredmethods', ['functions']]
    ];
    for (const [totalName, coveredName, metrics] of pairs) {
        if (a[totalName] === undefined || a[coveredName] === undefined)
            continue;
        const total = intAttr(a[totalName], totalName);
        const covered = intAttr(a[coveredName], coveredName);
        if (covered > total)
            throw new core_errors/* UserError */.y(`<metrics ${coveredName}="${covered}"> is more than ${totalName}="${total}"`);
        for (const metric of metrics)
            add(metric, covered, total);
    }
}
const clover = {
    id: 'clover',
    kind: 'coverage',
    description: 'Clover XML (Istanbul clover, OpenClover, PHPUnit)',
    detect(head) {
        return xmlRoot(head) === 'coverage' && !/<coverage\b[^>]*\bline-rate=/.test(head) && /<project\b/.test(head);
    },
    async parse(ctx, acc) {
        const at = { line: 0 };
        const fail = (message) => {
            throw new core_errors/* UserError */.y(message, { input: ctx.input, file: ctx.shown, line: at.line });
        };
        let istanbul = false;
        let file = null;
        let statement = 0;
        let files = 0;
        let fileLines = 0;
        let fileMetrics = null;
        /** The project's own `<metrics>`, used when the report lists no `<file>`. */
        let project = null;
        await streamXml(ctx, {
            open(tag, path) {
                if (tag.name === 'coverage' && path.length === 0) {
                    istanbul = tag.attributes.clover === '3.2.0';
                    return;
                }
                if (tag.name === 'metrics') {
                    const parent = path[path.length - 1];
                    if (parent === 'project' && path.length === 2)
                        project = tag.attributes;
                    // A file's own metrics are its figures when it lists no <line> (kept, used at its end).
                    else if (parent === 'file' && file)
                        fileMetrics = tag.attributes;
                    return;
                }
                if (tag.name === 'file') {
                    files++;
                    fileMetrics = null;
                    fileLines = 0;
                    const name = tag.attributes.path || tag.attributes.name;
                    if (!name)
                        fail('<file> without a path or name attribute');
                    file = acc.file(name);
                    statement = 0;
                    return;
                }
                if (tag.name !== 'line' || path[path.length - 1] !== 'file')
                    return;
                if (!file)
                    fail('<line> outside a <file>');
                fileLines++;
                const num = lineAttr(tag.attributes.num, 'num');
                const type = tag.attributes.type;
                if (type === 'method') {
                    const count = intAttr(tag.attributes.count, 'count');
                    file.addFunction((0,model/* ownString */.Ao)(`${tag.attributes.name ?? tag.attributes.signature ?? ''}@${num}`), count);
                    return;
                }
                if (type !== 'stmt' && type !== 'cond')
                    fail(`<line type="${type ?? ''}"> is not stmt, cond or method`);
                let count;
                if (type === 'cond') {
                    const t = intAttr(tag.attributes.truecount, 'truecount');
                    const f = intAttr(tag.attributes.falsecount, 'falsecount');
                    // Istanbul: t of t + f branches taken; OpenClover: how often the condition was true and false.
                    if (istanbul)
                        file.addLineBranches(num, t, (0,domain/* unitsOfLine */.Nj)(t + f, `branches of line ${num} (truecount + falsecount)`));
                    else {
                        file.addBranchAt(num, 0, 0, t);
                        file.addBranchAt(num, 0, 1, f);
                    }
                    count = tag.attributes.count !== undefined ? intAttr(tag.attributes.count, 'count') : t + f;
                }
                else
                    count = intAttr(tag.attributes.count, 'count');
                file.addLine(num, count);
                // Several statements may share a line; the n-th statement of the file keys it.
                file.addStatement(`${num}#${statement++}`, count);
            },
            close(name) {
                if (name !== 'file')
                    return;
                if (file && fileLines === 0 && fileMetrics) {
                    const f = file;
                    addMetrics(fileMetrics, (m, c, t) => f.addSummary(m, c, t));
                }
                // Packed, so that the next file can use the shared staging area (see cobertura.ts).
                file?.compact();
                file = null;
            }
        }, at);
        if (files === 0 && project)
            addMetrics(project, (m, c, t) => acc.addReportTotals(m, c, t));
    }
};

;// CONCATENATED MODULE: ./.build/src/core/reports/coverage/jacoco.js
/**
 * JaCoCo XML (`jacoco:report`, the Gradle `jacocoTestReport` task, `jacococli report --xml`). Lines
 * come from `<sourcefile><line nr mi ci mb cb>`: a line is covered when `ci` > 0, as JaCoCo's LINE
 * counter counts it, so totals equal the report-level `<counter type="LINE">`. `mb`/`cb` give the
 * line's missed and covered branches; functions are the `<method>` elements (covered when their
 * METHOD counter says so). `mi` and `ci` may both be absent: gcovr writes `<line nr="1"/>`, and then the
 * sourcefile's own LINE (and METHOD) counters give its figures — a sourcefile's counters stand in
 * wherever its detail says nothing. Files under `<group>`s (multi-module builds) are keyed by the
 * group names too, so two modules' `com/x/A.java` stay two files. The DOCTYPE naming `report.dtd`
 * is ignored, never fetched.
 */




/** The sourcefile counters that give a metric when the detail does not. */
const COUNTER_METRIC = { LINE: 'lines', BRANCH: 'branches', METHOD: 'functions' };
const jacoco = {
    id: 'jacoco',
    kind: 'coverage',
    description: 'JaCoCo XML report',
    detect(head) {
        return xmlRoot(head) === 'report' && (/-\/\/JACOCO\/\/DTD/.test(head) || /<(sessioninfo|package|counter)\b/.test(head));
    },
    async parse(ctx, acc) {
        const at = { line: 0 };
        /** Names of the open `<group>`s (multi-module reports): part of every path below them. */
        const groups = [];
        let pkg = '';
        /** The open sourcefile's lines carry no mi/ci (gcovr writes `<line nr="1"/>`): its counters count. */
        let unknownLines = false;
        let cls = '';
        let sourceOfClass = '';
        let method = null;
        let source = null;
        await streamXml(ctx, {
            open(tag, path) {
                const a = tag.attributes;
                switch (tag.name) {
                    case 'group':
                        groups.push(a.name ?? '');
                        return;
                    case 'package':
                        pkg = [...groups, a.name ?? ''].filter((p) => p !== '').join('/');
                        return;
                    case 'class':
                        cls = a.name ?? '';
                        sourceOfClass = a.sourcefilename ?? '';
                        return;
                    case 'method':
                        method = `${cls}.${a.name ?? ''}${a.desc ?? ''}`;
                        return;
                    case 'sourcefile':
                        source = pkg ? `${pkg}/${a.name ?? ''}` : (a.name ?? '');
                        unknownLines = false;
                        return;
                    case 'counter':
                        // A sourcefile's own counters stand in for what its lines and methods do not say.
                        if (source && path[path.length - 1] === 'sourcefile') {
                            const metric = COUNTER_METRIC[a.type ?? ''];
                            const covered = intAttr(a.covered, 'covered');
                            if (metric)
                                acc.file(source).addSummary(metric, covered, covered + intAttr(a.missed, 'missed'));
                            return;
                        }
                        // A method's METHOD counter is 1 covered or 1 missed.
                        if (method && path[path.length - 1] === 'method' && a.type === 'METHOD') {
                            const covered = intAttr(a.covered, 'covered');
                            const file = sourceOfClass ? (pkg ? `${pkg}/${sourceOfClass}` : sourceOfClass) : cls;
                            acc.file(file).addFunction((0,model/* ownString */.Ao)(method), covered > 0 ? 1 : 0);
                        }
                        return;
                    case 'line': {
                        if (!source || path[path.length - 1] !== 'sourcefile')
                            return;
                        const nr = lineAttr(a.nr, 'nr');
                        const mb = a.mb === undefined ? 0 : intAttr(a.mb, 'mb');
                        const cb = a.cb === undefined ? 0 : intAttr(a.cb, 'cb');
                        const f = acc.file(source);
                        // Neither mi nor ci: whether the line ran is not said (the sourcefile's LINE counter says how many did).
                        if (a.mi === undefined && a.ci === undefined)
                            unknownLines = true;
                        else if (!unknownLines)
                            f.addLine(nr, intAttr(a.ci, 'ci'));
                        f.addLineBranches(nr, cb, (0,domain/* unitsOfLine */.Nj)(mb + cb, `branches of line ${nr} (mb + cb)`));
                        return;
                    }
                }
            },
            close(name) {
                if (name === 'method')
                    method = null;
                else if (name === 'sourcefile') {
                    // Packed, so that the next file can use the shared staging area (see cobertura.ts).
                    if (source)
                        acc.file(source).compact();
                    source = null;
                }
                else if (name === 'class')
                    cls = sourceOfClass = '';
                else if (name === 'package')
                    pkg = groups.join('/');
                else if (name === 'group') {
                    groups.pop();
                    pkg = groups.join('/');
                }
            }
        }, at);
    }
};

;// CONCATENATED MODULE: ./.build/src/core/reports/json-head.js
/**
 * The top level of a JSON report as far as its head shows it: every key of the outermost object with
 * the start of its value, whatever their order. Detection keys on a format's distinctive keys
 * anywhere at the top level (Grype may write `descriptor` before `matches`), never on the first key.
 * One pass over the head (at most {@link HEAD_BYTES}), no values built; a head cut inside a value
 * simply ends the scan.
 */
const WS = new Set([' ', '\n', '\r', '\t', '\ufeff']);
/** Reads the top level of a JSON head. Never throws; malformed text ends the scan. */
function jsonTop(head) {
    const keys = new Map();
    let i = 0;
    const n = head.length;
    const ws = () => {
        while (i < n && WS.has(head[i]))
            i++;
    };
    /** Index after the string starting at `i` (a quote), or -1 when the head ends inside it. */
    const endOfString = (from) => {
        let j = from + 1;
        while (j < n) {
            const c = head.charCodeAt(j);
            if (c === 34)
                return j + 1;
            j += c === 92 ? 2 : 1;
        }
        return -1;
    };
    /** Index after the value starting at `i`, or -1 when the head ends inside it. */
    const endOfValue = (from) => {
        const c = head[from];
        if (c === '"')
            return endOfString(from);
        if (c !== '{' && c !== '[') {
            let j = from;
            while (j < n && !WS.has(head[j]) && head[j] !== ',' && head[j] !== '}' && head[j] !== ']')
                j++;
            return j < n ? j : -1;
        }
        let depth = 0;
        let j = from;
        while (j < n) {
            const d = head[j];
            if (d === '"') {
                j = endOfString(j);
                if (j < 0)
                    return -1;
                continue;
            }
            if (d === '{' || d === '[')
                depth++;
            else if (d === '}' || d === ']') {
                depth--;
                if (depth === 0)
                    return j + 1;
            }
            j++;
        }
        return -1;
    };
    ws();
    const kind = i < n ? head[i] : '';
    if (kind === '[') {
        i++;
        ws();
        if (head[i] !== '{')
            return { kind, keys };
    }
    else if (kind !== '{')
        return { kind, keys };
    i++; // the object's brace
    while (i < n) {
        ws();
        if (head[i] !== '"')
            break;
        const keyEnd = endOfString(i);
        if (keyEnd < 0)
            break;
        let key;
        try {
            key = JSON.parse(head.slice(i, keyEnd));
        }
        catch {
            break;
        }
        i = keyEnd;
        ws();
        if (head[i] !== ':')
            break;
        i++;
        ws();
        if (i >= n)
            break;
        const at = i;
        const end = endOfValue(i);
        const c = head[i];
        const scalar = c === '{' || c === '[' || end < 0 ? '' : head.slice(i, end);
        if (!keys.has(key))
            keys.set(key, { kind: c, scalar, at });
        if (end < 0)
            break;
        i = end;
        ws();
        if (head[i] !== ',')
            break;
        i++;
    }
    return { kind, keys };
}
/** Whether the head's top level holds every one of `keys`. */
function hasKeys(top, ...keys) {
    return keys.every((k) => top.keys.has(k));
}

;// CONCATENATED MODULE: ./.build/src/core/reports/coverage/istanbul-summary.js
/**
 * Istanbul `coverage-summary.json` (`json-summary` reporter of jest, nyc, c8, vitest): only counts
 * per file, fed to the model as summaries; the `total` entry is skipped since the files add up to it.
 */




const METRICS = ['lines', 'branches', 'functions', 'statements'];
const istanbulSummary = {
    id: 'istanbul-summary',
    kind: 'coverage',
    description: 'Istanbul coverage-summary.json (json-summary reporter)',
    detect(head) {
        // An object of entries, each metric an object with `total` and `pct`, in whatever key order
        // (jq -S sorts `covered` before `total`, `branches` before `lines`).
        if (jsonTop(head).kind !== '{')
            return false;
        const metric = /"(lines|statements|functions|branches)"\s*:\s*\{([^{}]*)\}/.exec(head);
        return !!metric && /"total"\s*:/.test(metric[2]) && /"pct"\s*:/.test(metric[2]) && !/"statementMap"\s*:/.test(head);
    },
    async parse(ctx, acc) {
        const data = await (0,core_files/* readJson */.Vh)(ctx.file, ctx.shown, ctx.input);
        const fail = (message) => {
            throw new core_errors/* UserError */.y(message, { input: ctx.input, file: ctx.shown });
        };
        if (typeof data !== 'object' || data === null || Array.isArray(data))
            fail('not an Istanbul coverage summary');
        for (const [key, entry] of Object.entries(data)) {
            if (key === 'total')
                continue;
            const e = entry;
            if (typeof e !== 'object' || e === null)
                fail(`entry ${JSON.stringify(key)} is not a summary`);
            const file = acc.file(key);
            for (const metric of METRICS) {
                const m = e[metric];
                if (m === undefined)
                    continue;
                if (typeof m?.total !== 'number' || typeof m?.covered !== 'number') {
                    fail(`${metric} of ${JSON.stringify(key)} has no numeric total and covered`);
                }
                const { covered, total } = (0,domain/* coveredOf */.ak)(m.covered, m.total, `${metric} of ${JSON.stringify(key)}`);
                file.addSummary(metric, covered, total);
            }
        }
    }
};

;// CONCATENATED MODULE: ./.build/src/core/reports/coverage/istanbul-final.js
/**
 * Istanbul `coverage-final.json` (jest, nyc, c8 `json`, vitest): per file `statementMap`/`s`,
 * `fnMap`/`f`, `branchMap`/`b`. Totals are computed as istanbul-lib-coverage does: lines from the
 * start line of each statement (the largest count of the statements starting there), each entry of
 * a `b[]` array one branch. Items are keyed by source location, as istanbul merges files, so two
 * runs of the same code merge instead of counting twice.
 */



function isObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
function locKey(loc) {
    if (!isObject(loc) || !isObject(loc.start) || !isObject(loc.end))
        return null;
    const s = loc.start;
    const e = loc.end;
    return `${s.line}|${s.column}|${e.line}|${e.column}`;
}
/** A hit count of the map `map` (s, f, b) of file `key`: a non-negative safe integer. */
function count(v, map, id, key) {
    return (0,domain/* countValue */.lA)(v, `${map}[${JSON.stringify(id)}] of ${JSON.stringify(key)}:`);
}
const istanbulFinal = {
    id: 'istanbul-final',
    kind: 'coverage',
    description: 'Istanbul coverage-final.json (jest, nyc, c8, vitest)',
    detect(head) {
        return /^\s*\{/.test(head) && /"statementMap"\s*:/.test(head);
    },
    async parse(ctx, acc) {
        const data = await (0,core_files/* readJson */.Vh)(ctx.file, ctx.shown, ctx.input);
        const fail = (message) => {
            throw new core_errors/* UserError */.y(message, { input: ctx.input, file: ctx.shown });
        };
        if (!isObject(data))
            fail('not an Istanbul coverage map (expected an object of files)');
        for (const [key, entry] of Object.entries(data)) {
            // nyc may wrap each file as { data: … }.
            const raw = isObject(entry) && isObject(entry.data) ? entry.data : entry;
            if (!isObject(raw) || !isObject(raw.statementMap) || !isObject(raw.s))
                fail(`entry ${JSON.stringify(key)} has no statementMap and s`);
            const fc = raw;
            const file = acc.file(typeof fc.path === 'string' ? fc.path : key);
            const statementMap = fc.statementMap;
            const lineMax = new Map();
            for (const [id, hits] of Object.entries(fc.s)) {
                const loc = statementMap[id];
                const k = locKey(loc);
                if (!k)
                    continue; // istanbul skips hits without a location too
                const c = count(hits, 's', id, key);
                file.addStatement(k, c);
                const line = (0,domain/* lineNumber */.eT)(loc.start.line, `statementMap[${JSON.stringify(id)}] of ${JSON.stringify(key)}: start line`);
                const prev = lineMax.get(line);
                if (prev === undefined || prev < c)
                    lineMax.set(line, c);
            }
            for (const [line, c] of lineMax)
                file.addLine(line, c);
            const fnMap = isObject(fc.fnMap) ? fc.fnMap : {};
            for (const [id, hits] of Object.entries(isObject(fc.f) ? fc.f : {})) {
                const fn = fnMap[id];
                const k = isObject(fn) ? locKey(fn.loc) ?? locKey(fn.decl) : null;
                file.addFunction(k ?? `#${id}`, count(hits, 'f', id, key));
            }
            const branchMap = isObject(fc.branchMap) ? fc.branchMap : {};
            for (const [id, hits] of Object.entries(isObject(fc.b) ? fc.b : {})) {
                if (!Array.isArray(hits))
                    fail(`branch ${id} of ${JSON.stringify(key)} is not an array of counts`);
                const br = branchMap[id];
                const locs = isObject(br) && Array.isArray(br.locations) ? br.locations : [];
                const base = locKey(locs[0]) ?? (isObject(br) ? locKey(br.loc) : null) ?? `#${id}`;
                if (hits.length > domain/* MAX_UNITS_PER_LINE */.KW)
                    fail(`branch ${id} of ${JSON.stringify(key)} has ${hits.length} outcomes`);
                hits.forEach((h, i) => file.addBranch(`${base}:${i}`, count(h, 'b', `${id}][${i}`, key)));
            }
        }
    }
};

;// CONCATENATED MODULE: ./.build/src/core/reports/coverage/go-coverprofile.js
/**
 * Go coverprofiles (`go test -coverprofile`): `mode: set|count|atomic`, then
 * `file:startLine.startCol,endLine.endCol numStmt count` per block. Identical blocks — from several
 * profiles, or one profile listing a block twice — merge as `go tool cover` does: `set` ORs the
 * counts, `count`/`atomic` sum them (either way covered when any is above 0).
 *
 * - statements are weighted by numStmt, so the total equals `go tool cover -func`'s `total:` line;
 * - lines are derived, since Go reports blocks, not lines: every line from a block's start to its end
 *   counts once, covered when any block with numStmt > 0 spanning it ran. Lines that only hold a
 *   closing brace or a comment inside a block count too, so the line figure is an approximation;
 *   gate on `coverage_statements` for Go's own number.
 *
 * Several profiles concatenated (with their `mode:` lines) are accepted when the modes agree.
 */



const BLOCK = /^(.+):(\d+)\.(\d+),(\d+)\.(\d+) (\d+) (\d+)$/;
const goCoverprofile = {
    id: 'go-coverprofile',
    kind: 'coverage',
    description: 'Go coverprofile (go test -coverprofile)',
    detect(head) {
        return /^mode: (set|count|atomic)\r?(\n|$)/.test(head);
    },
    async parse(ctx, acc) {
        let mode = '';
        await (0,core_files/* forEachLine */.FF)(ctx.file, ctx.shown, ctx.input, (line, lineNo) => {
            const fail = (message) => {
                throw new core_errors/* UserError */.y(message, { input: ctx.input, file: ctx.shown, line: lineNo });
            };
            if (line.startsWith('mode: ')) {
                const m = line.slice(6).trim();
                if (m !== 'set' && m !== 'count' && m !== 'atomic')
                    fail(`unknown coverprofile mode: ${m}`);
                if (mode && m !== mode)
                    fail(`mode: ${m} after mode: ${mode} (profiles of different modes cannot merge)`);
                mode = m;
                return;
            }
            if (line.trim() === '')
                return;
            if (!mode)
                fail('a coverprofile starts with a mode: line');
            const b = BLOCK.exec(line);
            if (!b)
                fail(`not a coverprofile block: ${JSON.stringify(line.slice(0, 80))}`);
            const [, name, sl, sc, el, ec, ns, c] = b;
            const startLine = (0,domain/* lineNumber */.eT)((0,domain/* countText */.lT)(sl, 'start line'), 'start line');
            const endLine = (0,domain/* lineNumber */.eT)((0,domain/* countText */.lT)(el, 'end line'), 'end line');
            const numStmt = (0,domain/* unitsOfLine */.Nj)((0,domain/* countText */.lT)(ns, 'statement count'), 'statement count of one block');
            const count = (0,domain/* countText */.lT)(c, 'count');
            if (endLine < startLine)
                fail('block ends before it starts');
            const file = acc.file(name);
            const key = `${sl}.${sc},${el}.${ec}`;
            // One entry per block standing for its numStmt statements, so that merging stays per block and
            // the total is NumStmt-weighted. Summing is right for set mode too: covered means any count > 0.
            file.addStatements(key, numStmt, count);
            if (numStmt > 0)
                file.addLineRange(startLine, endLine, count);
        });
        if (!mode)
            throw new core_errors/* UserError */.y('empty coverprofile (no mode: line)', { input: ctx.input, file: ctx.shown });
    }
};

;// CONCATENATED MODULE: ./.build/src/core/reports/coverage/index.js







/**
 * Each detector looks at distinct content (LCOV keys, XML root and attributes, JSON keys, the Go
 * `mode:` line), so the order only matters for the two `<coverage>` roots: Cobertura is told from
 * Clover by its `line-rate` attribute.
 */
const COVERAGE_FORMATS = [
    lcov,
    cobertura,
    clover,
    jacoco,
    istanbulSummary,
    istanbulFinal,
    goCoverprofile
];

// EXTERNAL MODULE: ./.build/src/core/reports/perf/model.js
var perf_model = __webpack_require__(3794);
;// CONCATENATED MODULE: ./.build/src/core/reports/perf/internal/common.js
/**
 * Shared plumbing of the perf parsers: errors that name the file and line, JSON reports read with
 * the line of a syntax error, and checked numbers. Internal to src/core/reports/perf, subject to change.
 */


/** A UserError about the file being parsed, at `line` when known. */
function reportError(ctx, message, line, hint) {
    return new core_errors/* UserError */.y(message, { input: ctx.input, file: ctx.shown, line, hint });
}
/** True for a plain JSON object (not null, not an array). */
function common_isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** 1-based line of a character offset. */
function lineAt(text, offset) {
    let line = 1;
    const end = Math.min(offset, text.length);
    for (let i = 0; i < end; i++)
        if (text.charCodeAt(i) === 10)
            line++;
    return line;
}
/**
 * Reads a JSON report whole (JSON reports are small summaries; raw-sample formats are streamed
 * instead); a syntax error names its line.
 */
function readJsonReport(ctx) {
    return (0,core_files/* readJsonText */.gb)(ctx.file, ctx.shown, ctx.input);
}
/**
 * Line of the value at `path` in a JSON text, found by looking for each key in turn after the
 * previous one. A heuristic (the same key may occur earlier in an unrelated object), good enough to
 * point a user at the value an error is about; undefined when a key is not found.
 */
function lineOfKey(text, path) {
    let from = 0;
    for (const key of path) {
        const needle = JSON.stringify(key);
        let at = text.indexOf(needle, from);
        while (at >= 0 && !/^\s*:/.test(text.slice(at + needle.length, at + needle.length + 64))) {
            at = text.indexOf(needle, at + 1);
        }
        if (at < 0)
            return undefined;
        from = at + needle.length;
    }
    return lineAt(text, from);
}
/** A JSON report with checked accessors whose errors point at the offending line. */
class JsonFields {
    ctx;
    text;
    constructor(ctx, text) {
        this.ctx = ctx;
        this.text = text;
    }
    /** An error about the value at `path`. */
    error(path, message, hint) {
        return reportError(this.ctx, `${path.join('.')}: ${message}`, lineOfKey(this.text, path), hint);
    }
    /**
     * A latency in milliseconds (`scale` converts from the report's unit). Absent values give
     * undefined; NaN, negative or non-numeric values are refused. Numeric strings are accepted
     * because some tools (older Gatling) write numbers as strings; `noData` lists the strings a
     * tool writes for "no value" (Gatling's `-`).
     */
    latency(value, path, scale = 1, noData = []) {
        if (value === undefined || value === null)
            return undefined;
        if (typeof value === 'string' && noData.includes(value.trim()))
            return undefined;
        const n = toNumber(value);
        if (n === undefined)
            throw this.error(path, `not a number: ${JSON.stringify(value)}`);
        if (n < 0)
            throw this.error(path, `negative latency: ${n}`);
        return n * scale;
    }
    /** A count of requests: a non-negative integer (numeric strings accepted, see {@link latency}). */
    count(value, path, noData = []) {
        if (value === undefined || value === null)
            return undefined;
        if (typeof value === 'string' && noData.includes(value.trim()))
            return undefined;
        const n = toNumber(value);
        if (n === undefined || n < 0 || !Number.isInteger(n)) {
            throw this.error(path, `not a count of requests: ${JSON.stringify(value)}`);
        }
        return n;
    }
}
/** A finite number from a JSON number or a numeric string; undefined for anything else. */
function toNumber(value) {
    if (typeof value === 'number')
        return Number.isFinite(value) ? value : undefined;
    if (typeof value === 'string' && /^\s*[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?\s*$/.test(value)) {
        const n = Number(value);
        return Number.isFinite(n) ? n : undefined;
    }
    return undefined;
}
/** The first non-blank character of a head, to tell JSON documents from line formats cheaply. */
function firstChar(head) {
    const m = /\S/.exec(head);
    return m ? m[0] : '';
}
/** The first line of a head (without its line ending). */
function firstLine(head) {
    const nl = head.indexOf('\n');
    return (nl < 0 ? head : head.slice(0, nl)).replace(/\r$/, '');
}
/** A line without the byte order mark some Windows tools put first (readHead drops it from heads). */
function stripBom(line) {
    return line.charCodeAt(0) === 0xfeff ? line.slice(1) : line;
}

;// CONCATENATED MODULE: ./.build/src/core/reports/perf/smoke-report.js

/** The schema id this module reads. */
const SMOKE_REPORT_SCHEMA = 'phase-gates/smoke-report@1';
const smokeReport = {
    id: 'smoke-report',
    kind: 'perf',
    description: 'phase-gates smoke report (phase-gates/smoke-report@1)',
    detect(head) {
        return firstChar(head) === '{' && /"schema"\s*:\s*"phase-gates\/smoke-report@1"/.test(head);
    },
    async parse(ctx, sink) {
        const { value, text } = await readJsonReport(ctx);
        const fields = new JsonFields(ctx, text);
        if (!common_isObject(value) || value.schema !== SMOKE_REPORT_SCHEMA) {
            throw reportError(ctx, `not a ${SMOKE_REPORT_SCHEMA} report`, lineOfKey(text, ['schema']) ?? 1);
        }
        const totals = value.totals;
        if (!common_isObject(totals))
            throw fields.error(['totals'], 'missing or not an object');
        const requests = fields.count(totals.requests, ['totals', 'requests']);
        const failures = fields.count(totals.failures, ['totals', 'failures']);
        if (requests === undefined)
            throw fields.error(['totals', 'requests'], 'missing');
        if (failures === undefined)
            throw fields.error(['totals', 'failures'], 'missing');
        if (failures > requests)
            throw fields.error(['totals', 'failures'], `more failures (${failures}) than requests (${requests})`);
        sink.addSummary({
            requests,
            failures,
            p50: fields.latency(totals.p50Ms, ['totals', 'p50Ms']),
            p95: fields.latency(totals.p95Ms, ['totals', 'p95Ms']),
            p99: fields.latency(totals.p99Ms, ['totals', 'p99Ms'])
        });
    }
};

;// CONCATENATED MODULE: ./.build/src/core/reports/perf/k6-summary.js

/** Trend stat keys such as `p(95)` or `p(99.9)`, by percentile. */
const PERCENTILE_KEY = /^p\((\d+(?:\.\d+)?)\)$/;
/** The `values` of a metric in either shape, with the JSON path to them. */
function metricValues(fields, metrics, name) {
    const metric = metrics[name];
    if (metric === undefined)
        return undefined;
    if (!common_isObject(metric))
        throw fields.error(['metrics', name], 'not an object');
    if (common_isObject(metric.values))
        return { values: metric.values, path: ['metrics', name, 'values'] };
    return { values: metric, path: ['metrics', name] };
}
const k6Summary = {
    id: 'k6-summary',
    kind: 'perf',
    description: 'k6 --summary-export JSON or handleSummary() data JSON',
    detect(head) {
        if (firstChar(head) !== '{')
            return false;
        if (/"root_group"\s*:/.test(head))
            return true;
        return /"metrics"\s*:/.test(head) && /"(?:http_req_duration|http_reqs|iteration_duration|iterations|vus_max|data_received)"\s*:/.test(head);
    },
    async parse(ctx, sink) {
        const { value, text } = await readJsonReport(ctx);
        const fields = new JsonFields(ctx, text);
        if (!common_isObject(value) || !common_isObject(value.metrics)) {
            throw reportError(ctx, 'no "metrics" object: not a k6 summary', 1);
        }
        const metrics = value.metrics;
        const summary = {};
        const duration = metricValues(fields, metrics, 'http_req_duration');
        if (duration) {
            for (const [key, raw] of Object.entries(duration.values)) {
                const m = PERCENTILE_KEY.exec(key);
                const p = m ? Number(m[1]) : key === 'med' ? 50 : undefined;
                if (p !== 50 && p !== 90 && p !== 95 && p !== 99)
                    continue;
                // An explicit p(50) wins over med; they are the same figure when both are present.
                if (key === 'med' && 'p(50)' in duration.values)
                    continue;
                const ms = fields.latency(raw, [...duration.path, key]);
                if (ms !== undefined)
                    summary[`p${p}`] = ms;
            }
        }
        const failed = metricValues(fields, metrics, 'http_req_failed');
        if (failed) {
            const { values, path } = failed;
            const passes = fields.count(values.passes, [...path, 'passes']);
            const fails = fields.count(values.fails, [...path, 'fails']);
            if (passes !== undefined && fails !== undefined) {
                summary.requests = passes + fails;
                summary.failures = passes;
            }
            else {
                // Only the rate: turn it back into counts with http_reqs, which counts the same requests.
                const rateKey = 'rate' in values ? 'rate' : 'value';
                const rate = values[rateKey];
                const reqs = metricValues(fields, metrics, 'http_reqs');
                const total = reqs ? fields.count(reqs.values.count, [...reqs.path, 'count']) : undefined;
                if (typeof rate !== 'number' || !Number.isFinite(rate) || rate < 0 || rate > 1) {
                    throw fields.error([...path, rateKey], `not a rate between 0 and 1: ${JSON.stringify(rate)}`);
                }
                if (total === undefined) {
                    throw fields.error(path, 'has neither passes/fails nor an http_reqs count to weigh its rate');
                }
                summary.requests = total;
                summary.failures = Math.round(rate * total);
            }
        }
        sink.addSummary(summary);
    }
};

;// CONCATENATED MODULE: ./.build/src/core/reports/perf/artillery.js

/** Sums 4xx/5xx responses of a `{status: count}` view; `path` names each entry in errors. */
function failedStatuses(fields, entries, path) {
    let responses = 0;
    let failed = 0;
    for (const [status, raw] of entries) {
        const n = fields.count(raw, path(status)) ?? 0;
        responses += n;
        if (Number(status) >= 400)
            failed += n;
    }
    return { responses, failed };
}
const artillery = {
    id: 'artillery',
    kind: 'perf',
    description: 'Artillery JSON report (artillery run --output), v1 and v2',
    detect(head) {
        return (firstChar(head) === '{' &&
            /"aggregate"\s*:/.test(head) &&
            /"(?:counters|summaries|histograms|latency|scenariosCreated|requestsCompleted)"\s*:/.test(head));
    },
    async parse(ctx, sink) {
        const { value, text } = await readJsonReport(ctx);
        const fields = new JsonFields(ctx, text);
        if (!common_isObject(value) || !common_isObject(value.aggregate)) {
            throw reportError(ctx, 'no "aggregate" object: not an Artillery report', 1);
        }
        const agg = value.aggregate;
        const summary = {};
        // v1 also has a `counters` key (custom counters), so its `latency` object decides.
        if (common_isObject(agg.latency)) {
            const at = ['aggregate', 'latency'];
            const lat = agg.latency;
            summary.p50 = fields.latency(lat.median, [...at, 'median']);
            summary.p95 = fields.latency(lat.p95, [...at, 'p95']);
            summary.p99 = fields.latency(lat.p99, [...at, 'p99']);
            const completed = fields.count(agg.requestsCompleted, ['aggregate', 'requestsCompleted']);
            const codes = common_isObject(agg.codes) ? Object.entries(agg.codes) : [];
            const { failed } = failedStatuses(fields, codes, (s) => ['aggregate', 'codes', s]);
            let errors = 0;
            if (common_isObject(agg.errors))
                for (const [k, v] of Object.entries(agg.errors))
                    errors += fields.count(v, ['aggregate', 'errors', k]) ?? 0;
            if (completed !== undefined) {
                summary.requests = completed + errors;
                summary.failures = failed + errors;
            }
        }
        else if (common_isObject(agg.counters) || common_isObject(agg.summaries) || common_isObject(agg.histograms)) {
            const group = common_isObject(agg.summaries) ? 'summaries' : 'histograms';
            const table = agg[group];
            const rt = common_isObject(table) ? table['http.response_time'] : undefined;
            if (rt !== undefined) {
                const at = ['aggregate', group, 'http.response_time'];
                if (!common_isObject(rt))
                    throw fields.error(at, 'not an object');
                const p50Key = 'p50' in rt ? 'p50' : 'median';
                summary.p50 = fields.latency(rt[p50Key], [...at, p50Key]);
                summary.p90 = fields.latency(rt.p90, [...at, 'p90']);
                summary.p95 = fields.latency(rt.p95, [...at, 'p95']);
                summary.p99 = fields.latency(rt.p99, [...at, 'p99']);
            }
            const counters = common_isObject(agg.counters) ? agg.counters : {};
            const at = (key) => ['aggregate', 'counters', key];
            const codes = Object.entries(counters)
                .filter(([k]) => /^http\.codes\.\d{3}$/.test(k))
                .map(([k, v]) => [k.slice('http.codes.'.length), v]);
            const { responses: coded, failed } = failedStatuses(fields, codes, (s) => at(`http.codes.${s}`));
            const requests = fields.count(counters['http.requests'], at('http.requests'));
            const responses = fields.count(counters['http.responses'], at('http.responses')) ?? coded;
            if (requests !== undefined) {
                summary.requests = requests;
                summary.failures = failed + Math.max(0, requests - responses);
            }
            else if (codes.length > 0) {
                let errors = 0;
                for (const [k, v] of Object.entries(counters))
                    if (k.startsWith('errors.'))
                        errors += fields.count(v, at(k)) ?? 0;
                summary.requests = responses + errors;
                summary.failures = failed + errors;
            }
        }
        else {
            throw fields.error(['aggregate'], 'has neither counters/summaries (v2) nor latency (v1)');
        }
        sink.addSummary(summary);
    }
};

;// CONCATENATED MODULE: ./.build/src/core/reports/perf/gatling.js

/** Gatling's default `charting.indicators.percentileN`, by stats key. */
const DEFAULT_PERCENTILES = { percentiles1: 'p50', percentiles3: 'p95', percentiles4: 'p99' };
const NO_DATA = ['-'];
const gatling = {
    id: 'gatling',
    kind: 'perf',
    description: 'Gatling js/stats.json (or js/global_stats.json)',
    detect(head) {
        return firstChar(head) === '{' && /"numberOfRequests"\s*:/.test(head) && /"percentiles1"\s*:/.test(head);
    },
    async parse(ctx, sink) {
        const { value, text } = await readJsonReport(ctx);
        const fields = new JsonFields(ctx, text);
        if (!common_isObject(value))
            throw reportError(ctx, 'not a JSON object', 1);
        const inStats = common_isObject(value.stats);
        const stats = inStats ? value.stats : value;
        const base = inStats ? ['stats'] : [];
        const counts = stats.numberOfRequests;
        if (!common_isObject(counts))
            throw fields.error([...base, 'numberOfRequests'], 'missing or not an object');
        const total = fields.count(counts.total, [...base, 'numberOfRequests', 'total'], NO_DATA) ?? 0;
        const ko = fields.count(counts.ko, [...base, 'numberOfRequests', 'ko'], NO_DATA) ?? 0;
        if (ko > total)
            throw fields.error([...base, 'numberOfRequests', 'ko'], `more failed requests (${ko}) than requests (${total})`);
        for (const key of ['percentiles1', 'percentiles2', 'percentiles3', 'percentiles4']) {
            if (!common_isObject(stats[key])) {
                throw fields.error([...base, key], 'missing', 'expected percentiles1..percentiles4 as Gatling 2.2 and later write them');
            }
        }
        const summary = { requests: total, failures: ko };
        for (const [key, name] of Object.entries(DEFAULT_PERCENTILES)) {
            const entry = stats[key];
            summary[name] = fields.latency(entry.total, [...base, key, 'total'], 1, NO_DATA);
        }
        sink.addSummary(summary);
    }
};

;// CONCATENATED MODULE: ./.build/src/core/reports/perf/autocannon.js

const autocannon = {
    id: 'autocannon',
    kind: 'perf',
    description: 'autocannon --json result (no p95: autocannon reports p90 and p97.5)',
    detect(head) {
        return firstChar(head) === '{' && /"connections"\s*:/.test(head) && /"pipelining"\s*:/.test(head) && /"latency"\s*:/.test(head);
    },
    async parse(ctx, sink) {
        const { value, text } = await readJsonReport(ctx);
        const fields = new JsonFields(ctx, text);
        if (!common_isObject(value))
            throw reportError(ctx, 'not a JSON object', 1);
        const latency = value.latency;
        if (!common_isObject(latency))
            throw fields.error(['latency'], 'missing or not an object');
        const requests = common_isObject(value.requests) ? value.requests : undefined;
        if (!requests)
            throw fields.error(['requests'], 'missing or not an object');
        const responses = fields.count(requests.total, ['requests', 'total']) ?? 0;
        const errors = fields.count(value.errors, ['errors']) ?? 0;
        const c4 = fields.count(value['4xx'], ['4xx']);
        const c5 = fields.count(value['5xx'], ['5xx']);
        const badStatus = c4 !== undefined || c5 !== undefined ? (c4 ?? 0) + (c5 ?? 0) : (fields.count(value.non2xx, ['non2xx']) ?? 0);
        sink.addSummary({
            // With no response at all autocannon writes 0 for every percentile: that is no data, not 0 ms.
            p50: responses > 0 ? fields.latency(latency.p50, ['latency', 'p50']) : undefined,
            p90: responses > 0 ? fields.latency(latency.p90, ['latency', 'p90']) : undefined,
            p99: responses > 0 ? fields.latency(latency.p99, ['latency', 'p99']) : undefined,
            requests: responses + errors,
            failures: errors + badStatus
        });
    }
};

;// CONCATENATED MODULE: ./.build/src/core/reports/perf/k6-ndjson.js


const k6Ndjson = {
    id: 'k6-ndjson',
    kind: 'perf',
    description: 'k6 run --out json= NDJSON (raw metric points)',
    detect(head) {
        const line = firstLine(head.replace(/^\s+/, ''));
        if (!line.startsWith('{'))
            return false;
        try {
            const o = JSON.parse(line);
            return common_isObject(o) && (o.type === 'Metric' || o.type === 'Point') && typeof o.metric === 'string';
        }
        catch {
            return false;
        }
    },
    async parse(ctx, sink) {
        let requests = 0;
        let failures = 0;
        let sawFailed = false;
        await (0,core_files/* forEachLine */.FF)(ctx.file, ctx.shown, ctx.input, (raw, lineNo) => {
            const line = lineNo === 1 ? stripBom(raw) : raw;
            if (line.trim() === '')
                return;
            let o;
            try {
                o = JSON.parse(line);
            }
            catch (err) {
                throw reportError(ctx, `not a JSON line (${err.message.replace(/[,:]? *"[\s\S]*$/, '')})`, lineNo, 'a k6 run that was killed leaves its last line cut short');
            }
            if (!common_isObject(o) || typeof o.type !== 'string' || typeof o.metric !== 'string') {
                throw reportError(ctx, 'not a k6 output line (no "type" and "metric")', lineNo);
            }
            // Metric declarations and any future line type carry no samples.
            if (o.type !== 'Point')
                return;
            if (o.metric !== 'http_req_duration' && o.metric !== 'http_req_failed')
                return;
            const value = common_isObject(o.data) ? o.data.value : undefined;
            if (typeof value !== 'number' || !Number.isFinite(value)) {
                throw reportError(ctx, `${o.metric} point without a numeric data.value`, lineNo);
            }
            if (o.metric === 'http_req_duration') {
                if (value < 0)
                    throw reportError(ctx, `negative latency: ${value}`, lineNo);
                sink.addSample(value);
            }
            else {
                sawFailed = true;
                requests++;
                if (value !== 0)
                    failures++;
            }
        });
        if (sawFailed)
            sink.addCounts(requests, failures);
    }
};

;// CONCATENATED MODULE: ./.build/src/core/reports/perf/internal/csv.js
/**
 * CSV as load-testing tools write it (RFC 4180 quoting; JMeter may use another delimiter), read
 * line by line so that large files stream. Internal to src/core/reports/perf, subject to change.
 */

/**
 * Splits one CSV record into fields. Returns null when a quoted field is still open at the end of
 * `text`: the record goes on over the next line (a quoted message holding a newline).
 */
function splitCsvRecord(text, delimiter = ',') {
    const fields = [];
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
                }
                else
                    quoted = false;
            }
            else
                field += c;
        }
        else if (c === '"' && atFieldStart) {
            quoted = true;
            atFieldStart = false;
        }
        else if (c === delimiter) {
            fields.push(field);
            field = '';
            atFieldStart = true;
        }
        else {
            field += c;
            atFieldStart = false;
        }
    }
    if (quoted)
        return null;
    fields.push(field);
    return fields;
}
/** Joins physical lines into CSV records, so that a quoted field may hold a newline. */
class CsvAssembler {
    delimiter;
    fail;
    pending = null;
    pendingLine = 0;
    /** `fail` builds the error for a quoted field that never closes (the parser's UserError). */
    constructor(delimiter, fail) {
        this.delimiter = delimiter;
        this.fail = fail;
    }
    /** Feeds one line; returns the record it completes, or null while a quoted field is open. */
    push(line, lineNo) {
        const text = this.pending === null ? line : `${this.pending}\n${line}`;
        const start = this.pending === null ? lineNo : this.pendingLine;
        const fields = splitCsvRecord(text, this.delimiter);
        if (fields) {
            this.pending = null;
            return { fields, line: start };
        }
        // An unterminated quote must not make the whole rest of a file one record.
        if (text.length > core_files/* MAX_LINE */.MV)
            throw this.fail('a quoted field never closes', start);
        this.pending = text;
        this.pendingLine = start;
        return null;
    }
    /** The line of a record still open at the end of the file (a truncated quoted field), if any. */
    get openSince() {
        return this.pending === null ? undefined : this.pendingLine;
    }
}

;// CONCATENATED MODULE: ./.build/src/core/reports/perf/jmeter-jtl.js



/** The delimiters JMeter users set, in the order tried. */
const DELIMITERS = [',', '\t', ';', '|'];
/** The header's fields and delimiter, when `line` is a JTL header. */
function jtlHeader(line) {
    for (const delimiter of DELIMITERS) {
        const fields = splitCsvRecord(line, delimiter);
        if (fields && fields.includes('timeStamp') && fields.includes('elapsed'))
            return { fields, delimiter };
    }
    return undefined;
}
const jmeterJtl = {
    id: 'jmeter-jtl',
    kind: 'perf',
    description: 'JMeter JTL results in CSV with a header',
    detect(head) {
        return jtlHeader(firstLine(head)) !== undefined;
    },
    async parse(ctx, sink) {
        const header = jtlHeader(firstLine(ctx.head));
        if (!header)
            throw reportError(ctx, 'no JTL header (timeStamp, elapsed, …) on the first line', 1);
        const width = header.fields.length;
        const elapsedAt = header.fields.indexOf('elapsed');
        const successAt = header.fields.indexOf('success');
        const csv = new CsvAssembler(header.delimiter, (message, line) => reportError(ctx, message, line));
        let requests = 0;
        let failures = 0;
        await (0,core_files/* forEachLine */.FF)(ctx.file, ctx.shown, ctx.input, (line, lineNo) => {
            if (lineNo === 1)
                return;
            const record = csv.push(line, lineNo);
            if (!record)
                return;
            const f = record.fields;
            if (f.length === 1 && f[0].trim() === '')
                return;
            if (f.length !== width) {
                throw reportError(ctx, `expected ${width} fields, found ${f.length}`, record.line, 'a truncated file, or a delimiter inside an unquoted field?');
            }
            const text = f[elapsedAt].trim();
            if (!/^\d+(?:\.\d+)?$/.test(text)) {
                throw reportError(ctx, `elapsed is not a non-negative number of milliseconds: ${JSON.stringify(text)}`, record.line);
            }
            sink.addSample(Number(text));
            requests++;
            if (successAt >= 0) {
                const ok = f[successAt].trim().toLowerCase();
                if (ok === 'false')
                    failures++;
                else if (ok !== 'true')
                    throw reportError(ctx, `success is neither true nor false: ${JSON.stringify(f[successAt])}`, record.line);
            }
        });
        if (csv.openSince !== undefined)
            throw reportError(ctx, 'the file ends inside a quoted field', csv.openSince);
        // Without a success column there is no telling failures apart: no error rate rather than 0 %.
        if (successAt >= 0)
            sink.addCounts(requests, failures);
    }
};

;// CONCATENATED MODULE: ./.build/src/core/reports/perf/locust.js



const REQUESTS = ['Request Count', '# requests'];
const FAILURES = ['Failure Count', '# failures'];
const TOTAL_ROW = ['Aggregated', 'Total'];
const locust = {
    id: 'locust',
    kind: 'perf',
    description: 'Locust *_stats.csv (the Aggregated row)',
    detect(head) {
        const header = splitCsvRecord(firstLine(head));
        return (!!header &&
            header.includes('Name') &&
            REQUESTS.some((c) => header.includes(c)) &&
            FAILURES.some((c) => header.includes(c)) &&
            !header.includes('Timestamp'));
    },
    async parse(ctx, sink) {
        const csv = new CsvAssembler(',', (message, line) => reportError(ctx, message, line));
        let header;
        let total;
        const lastLine = await (0,core_files/* forEachLine */.FF)(ctx.file, ctx.shown, ctx.input, (raw, lineNo) => {
            const line = lineNo === 1 ? stripBom(raw) : raw;
            if (!header && line.trim() === '')
                return;
            const record = csv.push(line, lineNo);
            if (!record)
                return;
            if (!header) {
                header = record.fields;
                return;
            }
            if (record.fields.length === 1 && record.fields[0].trim() === '')
                return;
            if (record.fields.length !== header.length) {
                throw reportError(ctx, `expected ${header.length} columns, found ${record.fields.length}`, record.line, 'a truncated or hand-edited file?');
            }
            const name = record.fields[header.indexOf('Name')];
            if (TOTAL_ROW.includes(name))
                total = record;
        });
        if (csv.openSince !== undefined)
            throw reportError(ctx, 'the file ends inside a quoted field', csv.openSince);
        if (!header)
            throw reportError(ctx, 'no header', 1);
        if (!total) {
            throw reportError(ctx, 'no "Aggregated" row', lastLine || 1, 'Locust writes it last; was the file cut short?');
        }
        const cols = header;
        const row = total;
        const cell = (names) => {
            const name = names.find((n) => cols.includes(n));
            return name === undefined ? undefined : [name, row.fields[cols.indexOf(name)].trim()];
        };
        const count = (names) => {
            const [name, text] = cell(names);
            const n = toNumber(text);
            if (n === undefined || n < 0 || !Number.isInteger(n))
                throw reportError(ctx, `column "${name}": not a count: ${JSON.stringify(text)}`, row.line);
            return n;
        };
        const latency = (names) => {
            const found = cell(names);
            if (!found || found[1] === 'N/A' || found[1] === '')
                return undefined;
            const n = toNumber(found[1]);
            if (n === undefined)
                throw reportError(ctx, `column "${found[0]}": not a number: ${JSON.stringify(found[1])}`, row.line);
            if (n < 0)
                throw reportError(ctx, `column "${found[0]}": negative latency: ${n}`, row.line);
            return n;
        };
        const requests = count(REQUESTS);
        const failures = count(FAILURES);
        if (failures > requests)
            throw reportError(ctx, `more failures (${failures}) than requests (${requests})`, row.line);
        const summary = {
            requests,
            failures,
            p50: requests > 0 ? latency(['50%', 'Median Response Time', 'Median response time']) : undefined,
            p90: requests > 0 ? latency(['90%']) : undefined,
            p95: requests > 0 ? latency(['95%']) : undefined,
            p99: requests > 0 ? latency(['99%']) : undefined
        };
        sink.addSummary(summary);
    }
};

;// CONCATENATED MODULE: ./.build/src/core/reports/perf/latency-samples.js


/** A sample: a decimal number (sign accepted so negatives get a precise error), then a unit. */
const SAMPLE = /^([-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?)\s*(ms|s)?$/i;
/** The line without its comment and surrounding blanks. */
function content(line) {
    const hash = line.indexOf('#');
    return (hash < 0 ? line : line.slice(0, hash)).trim();
}
const latencySamples = {
    id: 'latency-samples',
    kind: 'perf',
    description: 'plain list of latency samples, one a line (ms, or with an ms/s unit)',
    detect(head) {
        // The first data line decides: later garbage is reported with its line by parse.
        for (const line of head.split('\n')) {
            const text = content(line);
            if (text === '')
                continue;
            return SAMPLE.test(text);
        }
        return false;
    },
    async parse(ctx, sink) {
        let samples = 0;
        await (0,core_files/* forEachLine */.FF)(ctx.file, ctx.shown, ctx.input, (line, lineNo) => {
            const text = content(lineNo === 1 ? stripBom(line) : line);
            if (text === '')
                return;
            const m = SAMPLE.exec(text);
            if (!m)
                throw reportError(ctx, `not a latency sample: ${JSON.stringify(text.slice(0, 80))}`, lineNo, 'one number a line, optionally followed by ms or s');
            const n = Number(m[1]);
            if (n < 0)
                throw reportError(ctx, `negative latency: ${text}`, lineNo);
            sink.addSample(m[2]?.toLowerCase() === 's' ? n * 1000 : n);
            samples++;
        });
        if (samples === 0)
            throw reportError(ctx, 'no latency sample in the file', 1);
    }
};

;// CONCATENATED MODULE: ./.build/src/core/reports/perf/index.js









const PERF_FORMATS = [
    smokeReport,
    k6Summary,
    artillery,
    gatling,
    autocannon,
    k6Ndjson,
    jmeterJtl,
    locust,
    latencySamples
];

// EXTERNAL MODULE: ./.build/src/core/reports/vulns/model.js
var vulns_model = __webpack_require__(7889);
// EXTERNAL MODULE: ./.build/src/core/reports/vulns/sarif.js
var sarif = __webpack_require__(6289);
// EXTERNAL MODULE: ./.build/src/core/reports/vulns/json.js
var json = __webpack_require__(6908);
;// CONCATENATED MODULE: ./.build/src/core/reports/vulns/trivy.js
/**
 * Trivy JSON (`trivy image|fs|repo -f json`): `SchemaVersion: 2` with
 * `Results[].Vulnerabilities[]`, each with VulnerabilityID, PkgName, InstalledVersion and
 * Severity (CRITICAL, HIGH, MEDIUM, LOW; UNKNOWN counts in no severity). The bare array that
 * Trivy wrote before schema version 2 (v0.19 and earlier) is read the same way, and so is its
 * `null` for "nothing found". `trivy k8s` reports (ClusterName, Resources[].Results[]) too.
 */





const trivy = {
    id: 'trivy',
    kind: 'vulns',
    description: 'Trivy JSON (SchemaVersion 2, and the older bare array): Results[].Vulnerabilities[] by Severity',
    detect(head) {
        if ((0,json/* jsonHead */.RW)(head).replace(/\s+$/, '') === 'null')
            return true; // old Trivy's "no findings"
        const top = jsonTop(head);
        if (top.kind === '[')
            return top.keys.has('Target');
        if (top.kind !== '{')
            return false;
        // `trivy k8s --format json`: the cluster and its resources (Findings in the consolidated report,
        // Vulnerabilities and Misconfigurations in releases before v0.47), nothing when all are clean.
        if (top.keys.get('ClusterName')?.kind === '"')
            return true;
        return /\d/.test(top.keys.get('SchemaVersion')?.kind ?? '') && (top.keys.has('ArtifactName') || top.keys.has('Results'));
    },
    async parse(ctx, sink) {
        const doc = await (0,core_files/* readJson */.Vh)(ctx.file, ctx.shown, ctx.input);
        let results;
        if (doc === null) {
            results = []; // Trivy before v0.20 wrote `null` when it found nothing
        }
        else if (Array.isArray(doc)) {
            results = (0,json/* objectsOf */.iZ)(doc);
        }
        else if ((0,json/* isObject */.Gv)(doc) && typeof doc.ClusterName === 'string') {
            results = k8sResults(doc);
        }
        else if ((0,json/* isObject */.Gv)(doc)) {
            if (doc.SchemaVersion !== 2) {
                throw new core_errors/* UserError */.y(`Trivy SchemaVersion ${JSON.stringify(doc.SchemaVersion)} is not supported`, { hint: 'expected SchemaVersion 2' });
            }
            results = (0,json/* objectsOf */.iZ)(doc.Results);
        }
        else {
            throw new core_errors/* UserError */.y('not a Trivy report: the top level is neither an object nor an array');
        }
        for (const result of results) {
            const target = (0,json/* str */.gx)(result.Target);
            for (const v of (0,json/* objectsOf */.iZ)(result.Vulnerabilities)) {
                const id = (0,json/* str */.gx)(v.VulnerabilityID);
                if (!id)
                    throw new core_errors/* UserError */.y(`Trivy finding without VulnerabilityID in target ${JSON.stringify((0,json/* str */.gx)(result.Target) ?? '')}`);
                sink.add({
                    id,
                    package: (0,json/* str */.gx)(v.PkgName) ?? '',
                    version: (0,json/* str */.gx)(v.InstalledVersion) ?? '',
                    severity: (0,vulns_model/* severityFromWord */.GX)((0,json/* str */.gx)(v.Severity)),
                    title: (0,json/* str */.gx)(v.Title),
                    fixed: (0,json/* str */.gx)(v.FixedVersion),
                    location: placeOf(target, (0,json/* str */.gx)(v.PkgPath))
                });
            }
        }
    }
};
/**
 * Where Trivy found the package: the result's `Target` (a lockfile, or for OS packages the image and
 * its OS release, e.g. `alpine-39.tar.gz (alpine 3.9.4)`), with the `PkgPath` of a package found in
 * a file of an image (`usr/lib/…/METADATA`, a jar). Shown, not keyed: Trivy has no base comparison of
 * its own (its ignore files match an id, optionally with paths or purls), and both fields change
 * with the image's tag or the package's version (see findingKey in model.ts).
 */
function placeOf(target, pkgPath) {
    if (target === undefined)
        return pkgPath;
    return pkgPath ? `${target} (${pkgPath})` : target;
}
/**
 * The results of a `trivy k8s` JSON report: `Resources[]` (Namespace, Kind, Name) each with Trivy's
 * usual `Results[]`; the summary report (`Findings[]`, and `Vulnerabilities[]` before v0.47)
 * lists resources of the same shape. One target per resource, so the same image in two pods
 * counts once per package and id, as the accumulator merges.
 */
function k8sResults(doc) {
    const resources = [...(0,json/* objectsOf */.iZ)(doc.Resources), ...(0,json/* objectsOf */.iZ)(doc.Findings), ...(0,json/* objectsOf */.iZ)(doc.Vulnerabilities)];
    return resources.flatMap((r) => (0,json/* objectsOf */.iZ)(r.Results));
}

;// CONCATENATED MODULE: ./.build/src/core/reports/vulns/grype.js
/**
 * Grype JSON (`grype -o json`): `matches[]`, each a `vulnerability` (id, severity: Critical,
 * High, Medium, Low; Negligible and Unknown count in no severity) found in an `artifact` (name,
 * version).
 *
 * Grype names a language package's finding by its GHSA and lists the CVE under
 * `relatedVulnerabilities`; Trivy names it by the CVE. The CVE is used as the id when there is one,
 * so that the same finding read from both tools counts once.
 */





/** Grype's `fix` (`{ versions: [...], state: "fixed" }`): the versions, when a fix exists. */
function fixVersions(fix) {
    if (!(0,json/* isObject */.Gv)(fix) || (0,json/* str */.gx)(fix.state) !== 'fixed')
        return undefined;
    return (0,json/* stringsOf */.iw)(fix.versions).join(', ') || undefined;
}
/**
 * Where Grype found the artifact: its `locations[].path` (the package database or file; the
 * `layerID` beside it changes with every build and is left out), else its purl. Shown, not keyed:
 * Grype has no base comparison of its own (its ignore rules match a vulnerability, fix state and
 * package name, version, type or location), and jar paths and purls carry the version.
 */
function grype_placeOf(artifact) {
    const paths = [...new Set((0,json/* objectsOf */.iZ)(artifact.locations).map((l) => (0,json/* str */.gx)(l.path) ?? '').filter((p) => p !== ''))];
    return paths.length > 0 ? paths.join(', ') : (0,json/* str */.gx)(artifact.purl) || undefined;
}
const grype = {
    id: 'grype',
    kind: 'vulns',
    description: 'Grype JSON: matches[].vulnerability by severity (Negligible and Unknown not counted), CVE ids preferred',
    detect(head) {
        const top = jsonTop(head);
        const matches = top.keys.get('matches');
        if (top.kind !== '{' || matches?.kind !== '[')
            return false;
        // Grype's own keys beside `matches` (descriptor names grype), or a match's own.
        const descriptor = top.keys.get('descriptor');
        if (descriptor && /"name"\s*:\s*"grype"/.test(head.slice(descriptor.at, descriptor.at + 200)))
            return true;
        return /"vulnerability"\s*:/.test(head.slice(matches.at)) || /^\[\s*\]/.test(head.slice(matches.at));
    },
    async parse(ctx, sink) {
        const doc = (0,json/* expectObject */.Xk)(await (0,core_files/* readJson */.Vh)(ctx.file, ctx.shown, ctx.input), 'Grype report');
        if (!Array.isArray(doc.matches))
            throw new core_errors/* UserError */.y('not a Grype report: `matches` is not an array');
        for (const match of (0,json/* objectsOf */.iZ)(doc.matches)) {
            const vuln = (0,json/* isObject */.Gv)(match.vulnerability) ? match.vulnerability : undefined;
            const artifact = (0,json/* isObject */.Gv)(match.artifact) ? match.artifact : {};
            const id = (0,json/* str */.gx)(vuln?.id);
            if (!vuln || !id)
                throw new core_errors/* UserError */.y('Grype match without vulnerability.id');
            const related = (0,json/* objectsOf */.iZ)(match.relatedVulnerabilities).map((r) => (0,json/* str */.gx)(r.id) ?? '');
            sink.add({
                id: (0,json/* preferCve */.B8)(id, related),
                package: (0,json/* str */.gx)(artifact.name) ?? '',
                version: (0,json/* str */.gx)(artifact.version) ?? '',
                severity: (0,vulns_model/* severityFromWord */.GX)((0,json/* str */.gx)(vuln.severity)),
                title: (0,json/* str */.gx)(vuln.description),
                fixed: fixVersions(vuln.fix),
                location: grype_placeOf(artifact)
            });
        }
    }
};

;// CONCATENATED MODULE: ./.build/src/core/reports/vulns/npm-audit.js
/**
 * `npm audit --json`, in both shapes npm has written:
 *
 * - npm 7 and later (`auditReportVersion: 2`): `vulnerabilities` keyed by package name, one entry
 *   per vulnerable package with its highest severity — including packages that are vulnerable only
 *   because a dependency is (`via` holds names instead of advisories). npm's own totals,
 *   `metadata.vulnerabilities`, count exactly these entries by severity, so this parser counts one
 *   finding per entry and its counts equal npm's (`info` counts in no severity). npm 7+ does not
 *   report installed versions; the affected `range` stands in for the version.
 * - npm 6 (`advisories` keyed by advisory id): one finding per advisory and installed version
 *   (`findings[].version`). npm 6's `metadata.vulnerabilities` counts every dependency *path*
 *   instead, which grows with the shape of the tree rather than with the number of problems, so
 *   those totals are larger than ours by design.
 *
 * Severity words: critical, high, moderate (→ medium), low; info counts in no severity.
 */





const npmAudit = {
    id: 'npm-audit',
    kind: 'vulns',
    description: 'npm audit --json: npm 7+ (auditReportVersion 2) one finding per vulnerable package as npm counts them; npm 6 one per advisory and version',
    detect(head) {
        const top = jsonTop(head);
        if (top.kind !== '{')
            return false;
        if (top.keys.has('auditReportVersion'))
            return true;
        // npm 6: `actions`, `advisories`, `muted` and `metadata`, whichever comes first.
        return top.keys.get('actions')?.kind === '[' || top.keys.get('advisories')?.kind === '{';
    },
    async parse(ctx, sink) {
        const doc = (0,json/* expectObject */.Xk)(await (0,core_files/* readJson */.Vh)(ctx.file, ctx.shown, ctx.input), 'npm audit report');
        if (doc.auditReportVersion !== undefined) {
            if (doc.auditReportVersion !== 2) {
                throw new core_errors/* UserError */.y(`npm audit report version ${JSON.stringify(doc.auditReportVersion)} is not supported`, {
                    hint: 'expected auditReportVersion 2 (npm 7 and later) or the npm 6 shape'
                });
            }
            readV2(doc, sink);
        }
        else if ((0,json/* isObject */.Gv)(doc.advisories)) {
            readV1(doc, sink);
        }
        else {
            throw new core_errors/* UserError */.y('not an npm audit report: neither `auditReportVersion` nor `advisories`');
        }
    }
};
function readV2(doc, sink) {
    if (!(0,json/* isObject */.Gv)(doc.vulnerabilities))
        throw new core_errors/* UserError */.y('npm audit report without a `vulnerabilities` object');
    for (const [key, entry] of Object.entries(doc.vulnerabilities)) {
        if (!(0,json/* isObject */.Gv)(entry))
            continue;
        const name = (0,json/* str */.gx)(entry.name) ?? key;
        const advisories = (0,json/* objectsOf */.iZ)(entry.via);
        const viaPackages = (0,json/* stringsOf */.iw)(entry.via);
        // The advisories that hit this package itself; an entry vulnerable only through its
        // dependencies is named after them, so that the key stays stable from run to run.
        const ids = advisories.map((a) => advisoryId((0,json/* str */.gx)(a.url)) ?? (0,json/* str */.gx)(a.source) ?? '').filter((s) => s !== '');
        const id = ids.length > 0 ? [...new Set(ids)].sort().join(',') : `via:${[...new Set(viaPackages)].sort().join(',')}`;
        sink.add({
            id,
            package: name,
            version: (0,json/* str */.gx)(entry.range) ?? '',
            severity: (0,vulns_model/* severityFromWord */.GX)((0,json/* str */.gx)(entry.severity)),
            title: (0,json/* str */.gx)(advisories[0]?.title),
            fixed: fixOf(entry.fixAvailable, name),
            location: pathsText((0,json/* stringsOf */.iw)(entry.nodes))
        });
    }
}
function readV1(doc, sink) {
    for (const [key, advisory] of Object.entries(doc.advisories)) {
        if (!(0,json/* isObject */.Gv)(advisory))
            continue;
        const cves = (0,json/* stringsOf */.iw)(advisory.cves);
        const id = (0,json/* preferCve */.B8)((0,json/* str */.gx)(advisory.github_advisory_id) ?? `npm-advisory-${(0,json/* str */.gx)(advisory.id) ?? key}`, cves);
        const findings = (0,json/* objectsOf */.iZ)(advisory.findings);
        const versions = new Set(findings.map((f) => (0,json/* str */.gx)(f.version) ?? ''));
        for (const version of versions) {
            const paths = findings.filter((f) => ((0,json/* str */.gx)(f.version) ?? '') === version).flatMap((f) => (0,json/* stringsOf */.iw)(f.paths));
            sink.add({
                id,
                package: (0,json/* str */.gx)(advisory.module_name) ?? '',
                version,
                severity: (0,vulns_model/* severityFromWord */.GX)((0,json/* str */.gx)(advisory.severity)),
                title: (0,json/* str */.gx)(advisory.title),
                fixed: (0,json/* str */.gx)(advisory.patched_versions),
                location: pathsText(paths)
            });
        }
    }
}
/** Paths shown per finding: npm 6 lists every dependency path, which can run to thousands. */
const MAX_PATHS_SHOWN = 5;
/**
 * Where npm found the package, shown: npm 7+'s `nodes` (`node_modules/a/node_modules/b`), npm 6's
 * dependency paths (`a>b`). Not keyed: hoisting moves nodes with no new problem (findingKey, model.ts).
 */
function pathsText(paths) {
    const unique = [...new Set(paths)];
    if (unique.length === 0)
        return undefined;
    const shown = unique.slice(0, MAX_PATHS_SHOWN).join(', ');
    return unique.length > MAX_PATHS_SHOWN ? `${shown} (+${unique.length - MAX_PATHS_SHOWN} more)` : shown;
}
/**
 * npm 7+'s `fixAvailable`: `{ name, version }` names the package `npm audit fix` would install,
 * which is this one's fixed version when the names agree; `true` means a fix within the range.
 */
function fixOf(fix, name) {
    if (fix === true)
        return 'npm audit fix';
    if (!(0,json/* isObject */.Gv)(fix))
        return undefined;
    const version = (0,json/* str */.gx)(fix.version);
    if (!version)
        return undefined;
    const other = (0,json/* str */.gx)(fix.name);
    return other && other !== name ? `${other}@${version}` : version;
}
/** `GHSA-xxxx-xxxx-xxxx` from an advisory URL such as https://github.com/advisories/GHSA-…. */
function advisoryId(url) {
    const m = url ? /\/(GHSA(?:-[a-z0-9]{4}){3})\b/i.exec(url) : null;
    return m ? m[1] : undefined;
}

;// CONCATENATED MODULE: ./.build/src/core/reports/vulns/cvss.js
/**
 * CVSS base scores from vector strings, as osv-scanner rates a group when no `max_severity` is
 * written: the highest base score of the group's `severity[]` vectors. v3.0/v3.1 with the
 * specification's formulas and round-up (FIRST CVSS v3.1 specification, section 7 and appendix A),
 * v2 with its own (CVSS v2 guide, section 3.2.1). v4 vectors need the specification's lookup tables
 * and are not scored here (null): the advisory database's word stands in.
 */
const V3 = {
    AV: { N: 0.85, A: 0.62, L: 0.55, P: 0.2 },
    AC: { L: 0.77, H: 0.44 },
    UI: { N: 0.85, R: 0.62 },
    C: { H: 0.56, L: 0.22, N: 0 },
    I: { H: 0.56, L: 0.22, N: 0 },
    A: { H: 0.56, L: 0.22, N: 0 }
};
/** v3.1 Roundup: the smallest one-decimal number ≥ x, free of floating-point error. */
function roundUp31(x) {
    const i = Math.round(x * 100000);
    return i % 10000 === 0 ? i / 100000 : (Math.floor(i / 10000) + 1) / 10;
}
function metrics(vector) {
    const m = new Map();
    for (const part of vector.split('/')) {
        const [k, v] = part.split(':');
        if (k && v !== undefined && !m.has(k))
            m.set(k, v);
    }
    return m;
}
function scoreV3(vector, v30) {
    const m = metrics(vector);
    const scope = m.get('S');
    if (scope !== 'U' && scope !== 'C')
        return null;
    const pr = { N: 0.85, L: scope === 'C' ? 0.68 : 0.62, H: scope === 'C' ? 0.5 : 0.27 }[m.get('PR') ?? ''];
    const w = (k) => V3[k][m.get(k) ?? ''];
    const [av, ac, ui, c, i, a] = ['AV', 'AC', 'UI', 'C', 'I', 'A'].map(w);
    if ([av, ac, ui, c, i, a, pr].some((x) => x === undefined))
        return null;
    const iss = 1 - (1 - c) * (1 - i) * (1 - a);
    const impact = scope === 'U' ? 6.42 * iss : 7.52 * (iss - 0.029) - 3.25 * Math.pow(iss - 0.02, 15);
    const exploitability = 8.22 * av * ac * pr * ui;
    if (impact <= 0)
        return 0;
    const raw = scope === 'U' ? Math.min(impact + exploitability, 10) : Math.min(1.08 * (impact + exploitability), 10);
    return v30 ? Math.ceil(raw * 10) / 10 : roundUp31(raw);
}
function scoreV2(vector) {
    const m = metrics(vector.replace(/^\(|\)$/g, ''));
    const av = { L: 0.395, A: 0.646, N: 1 }[m.get('AV') ?? ''];
    const ac = { H: 0.35, M: 0.61, L: 0.71 }[m.get('AC') ?? ''];
    const au = { M: 0.45, S: 0.56, N: 0.704 }[m.get('Au') ?? ''];
    const cia = (k) => ({ N: 0, P: 0.275, C: 0.66 })[m.get(k) ?? ''];
    const [c, i, a] = ['C', 'I', 'A'].map(cia);
    if ([av, ac, au, c, i, a].some((x) => x === undefined))
        return null;
    const impact = 10.41 * (1 - (1 - c) * (1 - i) * (1 - a));
    const exploitability = 20 * av * ac * au;
    const f = impact === 0 ? 0 : 1.176;
    return Math.round((0.6 * impact + 0.4 * exploitability - 1.5) * f * 10) / 10;
}
/** The base score of a CVSS vector (v2, v3.0, v3.1), or null for v4 and anything unreadable. */
function cvssBaseScore(vector) {
    const v = vector.trim();
    if (v.startsWith('CVSS:3.1/'))
        return scoreV3(v, false);
    if (v.startsWith('CVSS:3.0/'))
        return scoreV3(v, true);
    if (v.startsWith('CVSS:'))
        return null;
    if (/(^|\/)AV:[LAN]\/AC:[HML]\/Au:[MSN]/.test(v))
        return scoreV2(v);
    return null;
}

;// CONCATENATED MODULE: ./.build/src/core/reports/vulns/osv-scanner.js
/**
 * osv-scanner JSON (`osv-scanner --format json`, v1.x and v2.x): `results[].packages[]`, each a
 * package with its `vulnerabilities[]` and `groups[]` (advisories that alias each other).
 *
 * Counted as osv-scanner counts in its own summary (internal/output/output_result.go):
 * one finding per group and package version; the severity is the group's `max_severity` (the
 * highest CVSS base score of the group, computed here from the advisories' CVSS v2/v3 vectors when
 * the report has no max_severity) rated with the CVSS v3 bands (9.0+ critical, 7.0+ high, 4.0+
 * medium, above 0 low). Groups that osv-scanner hides — call analysis says the code is not
 * called, or the advisory is marked unimportant — are not counted.
 *
 * Where osv-scanner would say "Unknown" (no CVSS score), this parser takes the advisory
 * database's own word, `database_specific.severity` (as GHSA writes it: CRITICAL, HIGH,
 * MODERATE, LOW), rather than letting the finding count in no severity. Reports written before
 * groups existed are read per vulnerability the same way.
 *
 * The id is the group's CVE alias when it has one (so Trivy, Grype and osv-scanner reports of
 * one package count once), else the group's first id.
 */






const osvScanner = {
    id: 'osv-scanner',
    kind: 'vulns',
    description: 'osv-scanner JSON: one finding per group and package, severity from the group max_severity (CVSS bands) as osv-scanner rates it, else database_specific.severity',
    detect(head) {
        const top = jsonTop(head);
        const results = top.keys.get('results');
        if (top.kind !== '{' || results?.kind !== '[')
            return false;
        const rest = head.slice(results.at);
        return /"packages"\s*:/.test(rest) || /"(source|packageSource)"\s*:\s*\{/.test(rest) || /^\[\s*\]/.test(rest);
    },
    async parse(ctx, sink) {
        const doc = (0,json/* expectObject */.Xk)(await (0,core_files/* readJson */.Vh)(ctx.file, ctx.shown, ctx.input), 'osv-scanner report');
        if (!Array.isArray(doc.results))
            throw new core_errors/* UserError */.y('not an osv-scanner report: `results` is not an array');
        for (const source of (0,json/* objectsOf */.iZ)(doc.results)) {
            // Shown, not keyed: osv-scanner's own PR diff (osv-reporter) reports nothing new when only
            // the lockfile moved (see findingKey in model.ts).
            const location = (0,json/* isObject */.Gv)(source.source) ? (0,json/* str */.gx)(source.source.path) : undefined;
            for (const pkg of (0,json/* objectsOf */.iZ)(source.packages))
                readPackage(pkg, location, sink);
        }
    }
};
function readPackage(pkg, location, sink) {
    const info = (0,json/* isObject */.Gv)(pkg.package) ? pkg.package : {};
    const name = (0,json/* str */.gx)(info.name) ?? '';
    const version = (0,json/* str */.gx)(info.version) ?? (0,json/* str */.gx)(info.commit) ?? '';
    const vulns = new Map((0,json/* objectsOf */.iZ)(pkg.vulnerabilities).map((v) => [(0,json/* str */.gx)(v.id) ?? '', v]));
    const groups = (0,json/* objectsOf */.iZ)(pkg.groups);
    if (groups.length === 0) {
        for (const [id, v] of vulns) {
            if (!id)
                continue;
            sink.add({
                id: (0,json/* preferCve */.B8)(id, (0,json/* stringsOf */.iw)(v.aliases)),
                package: name,
                version,
                severity: vectorSeverity([v]) ?? databaseSeverity([v]),
                title: (0,json/* str */.gx)(v.summary),
                fixed: fixedIn([v], name),
                location
            });
        }
        return;
    }
    for (const group of groups) {
        const ids = (0,json/* stringsOf */.iw)(group.ids);
        if (ids.length === 0)
            continue; // a license-only entry
        if (osv_scanner_hidden(group))
            continue;
        // A group may name an advisory whose record the package lists under another id, with this one
        // among its aliases (osv-scanner's internal/ci/testdata/vulns/test-vuln-results-c.json): the
        // record stands for it, so that the group keeps the CVE the record names.
        const members = ids.map((id) => vulns.get(id) ?? [...vulns.values()].find((v) => (0,json/* stringsOf */.iw)(v.aliases).includes(id))).filter(json/* isObject */.Gv);
        const score = (0,json/* str */.gx)(group.max_severity);
        const parsed = score !== undefined && score.trim() !== '' ? Number(score) : NaN;
        // osv-scanner rates a score of 0 (CVSS "None") as Unknown, as severityFromScore does.
        // Without max_severity (osv-scanner before v1.7 and other writers), the group's CVSS vectors are
        // scored as osv-scanner scores them to write it.
        const scored = Number.isFinite(parsed) ? parsed : highestScore(members);
        const severity = (scored !== null ? (0,vulns_model/* severityFromScore */.qI)(scored) : null) ?? databaseSeverity(members);
        const aliases = [...ids, ...(0,json/* stringsOf */.iw)(group.aliases), ...members.flatMap((m) => (0,json/* stringsOf */.iw)(m.aliases))];
        sink.add({
            id: (0,json/* preferCve */.B8)([...ids].sort()[0], aliases),
            package: name,
            version,
            severity,
            title: (0,json/* str */.gx)(members[0]?.summary),
            fixed: fixedIn(members, name),
            location
        });
    }
}
/** The `fixed` events of the OSV entries' ranges for package `name` (OSV schema, `affected[].ranges[].events`). */
function fixedIn(entries, name) {
    const fixed = new Set();
    for (const entry of entries) {
        for (const affected of (0,json/* objectsOf */.iZ)(entry.affected)) {
            const pkg = (0,json/* isObject */.Gv)(affected.package) ? (0,json/* str */.gx)(affected.package.name) : undefined;
            if (pkg !== undefined && pkg !== name)
                continue;
            for (const range of (0,json/* objectsOf */.iZ)(affected.ranges))
                for (const event of (0,json/* objectsOf */.iZ)(range.events))
                    if ((0,json/* str */.gx)(event.fixed))
                        fixed.add((0,json/* str */.gx)(event.fixed));
        }
    }
    return fixed.size ? [...fixed].join(', ') : undefined;
}
/** osv-scanner hides a group when call analysis ran and found nothing called, or marks it unimportant. */
function osv_scanner_hidden(group) {
    const analysis = (0,json/* isObject */.Gv)(group.experimentalAnalysis) ? group.experimentalAnalysis : undefined;
    if (!analysis || Object.keys(analysis).length === 0)
        return false;
    const entries = Object.values(analysis).filter(json/* isObject */.Gv);
    if (entries.some((a) => a.unimportant === true))
        return true;
    return !entries.some((a) => a.called === true);
}
/** The highest CVSS base score among the advisories' `severity[]` vectors (OSV schema), or null. */
function highestScore(vulns) {
    let best = null;
    for (const v of vulns) {
        for (const s of (0,json/* objectsOf */.iZ)(v.severity)) {
            const score = cvssBaseScore((0,json/* str */.gx)(s.score) ?? '');
            if (score !== null && (best === null || score > best))
                best = score;
        }
    }
    return best;
}
/** The rating of the highest CVSS vector score of the advisories, or null when none is scored. */
function vectorSeverity(vulns) {
    const score = highestScore(vulns);
    return score === null ? null : (0,vulns_model/* severityFromScore */.qI)(score);
}
/** The highest `database_specific.severity` word among the advisories. */
function databaseSeverity(vulns) {
    let best = null;
    for (const v of vulns) {
        const db = (0,json/* isObject */.Gv)(v.database_specific) ? v.database_specific : undefined;
        const s = (0,vulns_model/* severityFromWord */.GX)((0,json/* str */.gx)(db?.severity));
        if (s && (best === null || vulns_model/* SEVERITIES */.oC.indexOf(s) < vulns_model/* SEVERITIES */.oC.indexOf(best)))
            best = s;
    }
    return best;
}

;// CONCATENATED MODULE: ./.build/src/core/reports/vulns/snyk.js
/**
 * Snyk CLI JSON (`snyk test --json`, `snyk container test --json`): one project object with
 * `vulnerabilities[]`, or an array of them with `--all-projects`. Snyk lists a vulnerability once
 * per dependency path; one finding is counted per id, package and version, which is what Snyk
 * itself reports as `uniqueCount`. The id is the CVE when Snyk gives exactly one, else Snyk's id.
 *
 * Severity is `severityWithCritical` where present — Snyk added it when it introduced the critical
 * level, while `severity` kept reporting critical as high for older clients — else `severity`.
 * License issues (`type: "license"`) are not vulnerabilities and are not counted.
 */




const snyk = {
    id: 'snyk',
    kind: 'vulns',
    description: 'Snyk CLI JSON (snyk test --json, one project or --all-projects): one finding per id and package version, severityWithCritical first',
    detect(head) {
        const h = (0,json/* jsonHead */.RW)(head);
        if (!/^\[?\s*\{/.test(h) || !/"vulnerabilities"\s*:\s*\[/.test(h))
            return false;
        // Keys that only Snyk's report holds, in the findings or at the end of an empty project.
        return /"(upgradePath|isUpgradable|packageManager|dependencyCount|uniqueCount)"\s*:/.test(h);
    },
    async parse(ctx, sink) {
        const doc = await (0,core_files/* readJson */.Vh)(ctx.file, ctx.shown, ctx.input);
        const projects = Array.isArray(doc) ? (0,json/* objectsOf */.iZ)(doc) : (0,json/* isObject */.Gv)(doc) ? [doc] : [];
        if (projects.length === 0 && !Array.isArray(doc))
            throw new core_errors/* UserError */.y('not a Snyk report: the top level is neither an object nor an array');
        for (const project of projects) {
            // The manifest Snyk tested (`displayTargetFile`; `targetFile` when given with --file), shown;
            // not keyed, as a lockfile path (findingKey, model.ts).
            const location = (0,json/* str */.gx)(project.displayTargetFile) ?? (0,json/* str */.gx)(project.targetFile);
            if (!Array.isArray(project.vulnerabilities)) {
                // Snyk writes {ok: false, error: "..."} for a project it could not test.
                const error = (0,json/* str */.gx)(project.error);
                throw new core_errors/* UserError */.y(error ? `Snyk could not test a project: ${error}` : 'not a Snyk report: `vulnerabilities` is not an array');
            }
            for (const v of (0,json/* objectsOf */.iZ)(project.vulnerabilities)) {
                if ((0,json/* str */.gx)(v.type) === 'license')
                    continue;
                const id = (0,json/* str */.gx)(v.id);
                if (!id)
                    throw new core_errors/* UserError */.y('Snyk finding without an id');
                const identifiers = (0,json/* isObject */.Gv)(v.identifiers) ? v.identifiers : {};
                const cves = (0,json/* stringsOf */.iw)(identifiers.CVE);
                sink.add({
                    id: cves.length === 1 ? cves[0] : id,
                    package: (0,json/* str */.gx)(v.packageName) ?? (0,json/* str */.gx)(v.name) ?? '',
                    version: (0,json/* str */.gx)(v.version) ?? '',
                    severity: (0,vulns_model/* severityFromWord */.GX)((0,json/* str */.gx)(v.severityWithCritical) ?? (0,json/* str */.gx)(v.severity)),
                    title: (0,json/* str */.gx)(v.title),
                    fixed: (0,json/* stringsOf */.iw)(v.fixedIn).join(', ') || undefined,
                    location
                });
            }
        }
    }
};

;// CONCATENATED MODULE: ./.build/src/core/reports/vulns/index.js






const VULNS_FORMATS = [sarif/* sarif */.Is, trivy, grype, npmAudit, osvScanner, snyk];

// EXTERNAL MODULE: ./.build/src/core/gates/grammar.js
var grammar = __webpack_require__(1993);
// EXTERNAL MODULE: ./.build/src/core/gates/metrics.js
var gates_metrics = __webpack_require__(8049);
;// CONCATENATED MODULE: ./.build/src/core/gates/collect.js
/**
 * Metric values from the inputs of gates-enforcer: coverage, perf and vulnerability reports, a
 * smoke report, and the `metrics` mapping. Each value keeps the files it came from.
 */















const COVERAGE_METRICS = [
    ['coverage_lines', 'lines'],
    ['coverage_branches', 'branches'],
    ['coverage_functions', 'functions'],
    ['coverage_statements', 'statements']
];
/** Reads coverage files into `coverage_*` metrics (percentages of summed counts); the merged coverage, for new lines. */
async function collectCoverage(workspace, input, globs, into) {
    const acc = new model/* CoverageAccumulator */.LM(workspace);
    const sources = await loadReports(workspace, input, globs, COVERAGE_FORMATS, acc);
    const totals = acc.totals();
    for (const [metric, key] of COVERAGE_METRICS) {
        const ratio = totals[key];
        into.set(metric, {
            value: (0,model/* percent */.KN)(ratio),
            sources,
            detail: ratio.total ? `${ratio.covered}/${ratio.total} ${key} in ${acc.fileCount} files` : undefined
        });
    }
    return acc;
}
/** Reads load-test reports into `perf_*` metrics. */
async function collectPerf(workspace, input, globs, into) {
    const acc = new perf_model/* PerfAccumulator */.wh();
    const sources = await loadReports(workspace, input, globs, PERF_FORMATS, acc);
    const f = acc.figures();
    const detail = `${f.samples ? `${f.samples} samples` : 'tool percentiles'}${f.requests ? `, ${f.failures}/${f.requests} failed` : ''}`;
    for (const metric of ['perf_p50_ms', 'perf_p90_ms', 'perf_p95_ms', 'perf_p99_ms', 'perf_error_rate']) {
        into.set(metric, { value: f[metric], sources, detail });
    }
}
/** Reads scanner reports (and alerts counted by the caller into `acc`) into `vulns_*` metrics. */
async function collectVulns(workspace, input, globs, acc) {
    return loadReports(workspace, input, globs, VULNS_FORMATS, acc, (shown) => (acc.source = shown));
}
/** Sets `vulns_*` from everything counted. */
function setVulnMetrics(acc, sources, into) {
    const counts = acc.counts();
    for (const severity of vulns_model/* SEVERITIES */.oC) {
        into.set(`vulns_${severity}`, { value: counts[severity], sources, detail: `${acc.size} distinct findings` });
    }
}
/** Reads a smoke report (`phase-gates/smoke-report@1`) into `smoke_*` metrics. */
async function collectSmoke(workspace, input, given, into) {
    const file = (0,core_files/* resolveInWorkspace */.z1)(workspace, given, input);
    const shown = (0,core_files/* displayPath */.Gt)(workspace, file);
    try {
        await external_node_fs_.promises.access(file);
    }
    catch {
        throw new core_errors/* UserError */.y('file not found', { input, file: shown });
    }
    const report = (await (0,core_files/* readJson */.Vh)(file, shown, input));
    if (!report || typeof report !== 'object' || report.schema !== 'phase-gates/smoke-report@1') {
        throw new core_errors/* UserError */.y('not a smoke report (schema phase-gates/smoke-report@1)', { input, file: shown });
    }
    const totals = (report.totals ?? {});
    const sources = [{ file: shown, format: 'smoke-report' }];
    const num = (v) => (typeof v === 'number' && Number.isFinite(v) ? v : null);
    if (typeof report.passed !== 'boolean')
        throw new core_errors/* UserError */.y('smoke report without a boolean `passed`', { input, file: shown });
    into.set('smoke_passed', { value: report.passed, sources });
    into.set('smoke_p95_ms', { value: num(totals.p95Ms), sources });
    // The smoke report keeps its error rate as a ratio (0–1); gates compare percentages.
    const rate = num(totals.errorRate);
    into.set('smoke_error_rate', { value: rate === null ? null : rate * 100, sources, detail: `${totals.failures}/${totals.requests} failed` });
}
/**
 * A number given for `metric` in the `metrics` input, in the metric's domain: a count is a whole
 * number of 0 or more, a percentage 0 to 100, a latency 0 to 10⁹ ms; any figure finite and at most
 * 10¹⁵ in absolute value. `vulns_critical: -5` would otherwise pass `vulns_critical: 0`.
 */
function metricInDomain(name, v, input, line) {
    const info = (0,gates_metrics/* metricInfo */.R)((0,gates_metrics/* canonicalMetric */.NQ)(name));
    const what = `metric ${name}:`;
    if (!Number.isFinite(v) || Math.abs(v) > grammar/* MAX_THRESHOLD */.bX)
        throw new core_errors/* UserError */.y(`${what} ${v} is not a finite number of at most 10^15`, { input, line });
    try {
        // The same domains as the figures read from reports (reports/domain.ts).
        if (info?.unit === 'count')
            (0,domain/* countValue */.lA)(v, what);
        else if (info?.unit === '%')
            (0,domain/* percentage */.X1)(v, what);
        else if (info?.unit === 'ms')
            (0,domain/* latencyMs */.zn)(v, what);
    }
    catch (err) {
        throw core_errors/* UserError */.y.attribute(err, { input, line });
    }
    return v;
}
/**
 * Reads the `metrics` input: a YAML mapping of metric name to a number, boolean or word, e.g.
 * `deploy_status: ${{ needs.deploy.outputs.status }}`. Numbers written as strings are numbers.
 */
function collectMetricsInput(value, input, into) {
    if (value.trim() === '')
        return;
    const parsed = (0,gates_phase/* parseYaml */.hN)(value, { input });
    (0,gates_phase/* toData */.OY)(parsed, { input });
    const root = parsed.doc.contents;
    if (!(0,dist/* isMap */.jh)(root))
        throw new core_errors/* UserError */.y('must be a YAML mapping of metric to value', { input, line: 1, hint: 'e.g. deploy_status: success' });
    for (const pair of root.items) {
        const name = (0,dist/* isScalar */.jn)(pair.key) ? String(pair.key.value) : String(pair.key);
        const line = (0,gates_phase/* lineOf */.cA)(parsed, pair.key);
        const node = pair.value;
        if (!(0,dist/* isScalar */.jn)(node))
            throw new core_errors/* UserError */.y(`metric ${name}: a number, true/false or a word`, { input, line });
        let v = node.value;
        if (v === null || v === '') {
            into.set(name, { value: null, sources: [{ file: input, format: 'input' }] });
            continue;
        }
        if (typeof v === 'string') {
            const t = v.trim();
            const num = /^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?\s*(%|ms)?$/i.exec(t);
            if (num)
                v = Number(t.replace(/\s*(%|ms)$/i, ''));
            else if (/^(true|false)$/i.test(t))
                v = t.toLowerCase() === 'true';
            else
                v = t;
        }
        if (typeof v !== 'number' && typeof v !== 'boolean' && typeof v !== 'string') {
            throw new core_errors/* UserError */.y(`metric ${name}: a number, true/false or a word`, { input, line });
        }
        const value = typeof v === 'number' ? metricInDomain(name, v, input, line) : v;
        into.set(name, { value, sources: [{ file: input, format: 'input' }] });
    }
}
/** Reads an analysis report (`phase-gates/analysis-report@1`) into `alerts_firing`, `error_rate` and `p95_ms`. */
async function collectTelemetry(workspace, input, given, into) {
    const { readAnalysisReportInput, telemetryFigures } = await Promise.all(/* import() */[__webpack_require__.e(856), __webpack_require__.e(617)]).then(__webpack_require__.bind(__webpack_require__, 2617));
    const { report, shown } = await readAnalysisReportInput(workspace, given, input);
    const sources = [{ file: shown, format: 'analysis-report' }];
    const f = telemetryFigures(report);
    const detail = f ? `analysis run: ${f.stage}` : 'the report holds no analysis run';
    into.set('alerts_firing', { value: f?.alerts_firing ?? null, sources, detail });
    into.set('error_rate', { value: f?.error_rate ?? null, sources, detail });
    into.set('p95_ms', { value: f?.p95_ms ?? null, sources, detail });
}

;// CONCATENATED MODULE: ./.build/src/core/gates/evaluate.js

/**
 * Evaluates every gate. A gate whose metric has no value fails (`no-data`) unless
 * `failOnMissing` is false, when it passes with that status.
 */
function evaluate(gates, metrics, failOnMissing) {
    return gates.map((gate) => {
        const m = metrics.get(gate.metric) ?? metrics.get(gate.name);
        const actual = m?.value ?? null;
        if (actual === null) {
            return { gate, actual, passed: !failOnMissing, status: 'no-data', sources: m?.sources ?? [], detail: m?.detail, why: m?.why };
        }
        const passed = (0,grammar/* compare */.UD)(actual, gate);
        return { gate, actual, passed, status: passed ? 'pass' : 'fail', sources: m?.sources ?? [], detail: m?.detail };
    });
}

;// CONCATENATED MODULE: ./.build/src/core/gates/relative.js


const LATENCIES = ['p50', 'p90', 'p95', 'p99'];
function noData(why, sources = []) {
    return { value: null, sources, why };
}
/** Sets every relative metric the catalogue knows in `metrics`, from `inputs` and the head figures already there. */
function setRelativeMetrics(metrics, inputs) {
    const out = {};
    setPatchMetrics(metrics, inputs);
    const base = inputs.base;
    const baseSource = base ? [{ file: base.describe, format: 'base gates report' }] : [];
    const baseMetric = (name) => {
        const v = base?.report.metrics?.[name];
        return typeof v === 'number' && Number.isFinite(v) ? v : null;
    };
    const headMetric = (name) => metrics.get(name);
    const why = (what, head, baseValue) => !base
        ? `no base figures: ${inputs.baseWhy ?? 'no base report'}`
        : baseValue === null
            ? `the base report (${base.describe}) has no ${what}`
            : head?.value == null
                ? `this run has no ${what}`
                : '';
    // coverage_delta: percentage points of line coverage against the base.
    {
        const head = headMetric('coverage_lines');
        const b = baseMetric('coverage_lines');
        const reason = why('coverage_lines', head, b);
        metrics.set('coverage_delta', reason
            ? noData(reason, [...baseSource, ...(head?.sources ?? [])])
            : { value: head.value - b, sources: [...baseSource, ...head.sources], detail: `${fmt(head.value)}% against ${fmt(b)}%` });
    }
    // perf_pXX_regression: the latency's change in % of the base's.
    for (const p of LATENCIES) {
        const name = `perf_${p}_ms`;
        const head = headMetric(name);
        const b = baseMetric(name);
        let reason = why(name, head, b);
        if (!reason && b === 0)
            reason = `the base's ${name} is 0 ms: no change in % of it`;
        metrics.set(`perf_${p}_regression`, reason
            ? noData(reason, [...baseSource, ...(head?.sources ?? [])])
            : {
                value: ((head.value - b) / b) * 100,
                sources: [...baseSource, ...head.sources],
                detail: `${fmt(head.value)} ms against ${fmt(b)} ms`
            });
    }
    // vulns_new_*: findings whose key the base's reports do not have.
    const baseKeys = base?.report.findingKeys;
    const vulnReason = !base
        ? `no base figures: ${inputs.baseWhy ?? 'no base report'}`
        : !baseKeys
            ? `the base report (${base.describe}) lists no findings (it read no vulnerability report${base.report.findingKeysTruncated ? ', or too many to list' : ''})`
            : base.report.findingKeysTruncated
                ? `the base report (${base.describe}) lists only part of its findings`
                : !inputs.headFindings
                    ? 'this run read no vulnerability report'
                    : '';
    if (vulnReason) {
        for (const s of vulns_model/* SEVERITIES */.oC)
            metrics.set(`vulns_new_${s}`, noData(vulnReason, baseSource));
    }
    else {
        const fresh = (0,vulns_model/* newFindings */.FN)(inputs.headFindings, baseKeys);
        out.newFindings = fresh;
        const by = (0,vulns_model/* severityCounts */.ur)(fresh);
        const head = headMetric('vulns_critical');
        for (const s of vulns_model/* SEVERITIES */.oC) {
            metrics.set(`vulns_new_${s}`, {
                value: by[s],
                sources: [...baseSource, ...(head?.sources ?? [])],
                detail: `${fresh.length} new of ${inputs.headFindings.length} distinct findings`
            });
        }
    }
    return out;
}
function setPatchMetrics(metrics, inputs) {
    const patch = inputs.patch;
    const sources = inputs.changeSource ? [{ file: inputs.changeSource, format: 'change' }] : [];
    if (!patch) {
        const reason = inputs.patchWhy ?? 'no change to measure';
        metrics.set('coverage_new', noData(reason, sources));
        metrics.set('coverage_new_branches', noData(reason, sources));
        return;
    }
    const { lines, branches } = patch;
    const where = `${patch.files.length} of ${patch.changedFiles} changed files`;
    const none = inputs.patchWhy ?? 'no line the change adds is measured by the coverage reports';
    metrics.set('coverage_new', lines.total ? { value: (lines.covered / lines.total) * 100, sources, detail: `${lines.covered}/${lines.total} new lines in ${where}` } : noData(none, sources));
    metrics.set('coverage_new_branches', branches.total
        ? { value: (branches.covered / branches.total) * 100, sources, detail: `${branches.covered}/${branches.total} new branches in ${where}` }
        : noData(lines.total ? 'no branch on the lines the change adds is measured by the coverage reports' : none, sources));
}
function fmt(n) {
    return String(Math.round(n * 100) / 100);
}
/** The value of `metric` in a base report, for the Base column of the summary and the comment. */
function baseValue(base, metric) {
    if (!base || (0,gates_metrics/* metricInfo */.R)(metric)?.relative)
        return null;
    const v = base.report.metrics?.[metric];
    return v === undefined ? null : v;
}

;// CONCATENATED MODULE: ./.build/src/core/gates/report.js
/** The gates report (`phase-gates/gates-report@1`) and its Markdown summary. */




/** How many findings a gate of the report lists; the summary shows fewer. */
const REPORT_FINDINGS = 100;
const SUMMARY_FINDINGS = 20;
const MESSAGE_FINDINGS = 3;
function reportFinding(v) {
    return {
        id: v.id,
        package: v.package,
        installed: v.version,
        fixed: v.fixed ?? null,
        severity: v.severity,
        source: v.source ?? null,
        ...(v.title ? { title: v.title.replace(/\s+/g, ' ').trim().slice(0, 200) } : {})
    };
}
/** How many keys of findings a report keeps (schema: findingKeys maxItems). */
const MAX_FINDING_KEYS = 20000;
const REPORT_NEW_FILES = 500;
/** Line numbers as runs of consecutive lines: [3,4,5,9] → [[3,5],[9,9]]. */
function lineRuns(lines) {
    const out = [];
    for (let i = 0; i < lines.length;) {
        let j = i;
        while (j + 1 < lines.length && lines[j + 1] === lines[j] + 1)
            j++;
        out.push([lines[i], lines[j]]);
        i = j + 1;
    }
    return out;
}
/** Line numbers as ranges: [3,4,5,9] → `3-5,9`. */
function lineRanges(lines) {
    return lineRuns(lines)
        .map(([a, b]) => (a === b ? String(a) : `${a}-${b}`))
        .join(',');
}
/** The changed files, most uncovered new lines first (the report's order, and the annotations'). */
function byUncovered(files) {
    return [...files].sort((a, b) => b.uncovered.length - a.uncovered.length || a.path.localeCompare(b.path));
}
/** The new findings that count in a severity (the others count in no gate), as the report lists them. */
function reportNewFindings(all) {
    const rated = all.filter((v) => v.severity);
    return { newFindings: rated.slice(0, REPORT_FINDINGS).map(reportFinding), newFindingsTotal: rated.length };
}
function reportNewCode(change, patch) {
    const files = byUncovered(patch.files);
    return {
        source: change.source,
        base: change.base,
        head: change.head,
        changedFiles: patch.changedFiles,
        lines: { ...patch.lines },
        branches: { ...patch.branches },
        files: files.slice(0, REPORT_NEW_FILES).map((f) => ({
            path: f.path,
            ...(f.reportPath !== f.path ? { reportPath: f.reportPath } : {}),
            covered: f.covered,
            total: f.total,
            uncovered: lineRanges(f.uncovered)
        })),
        ...(files.length > REPORT_NEW_FILES ? { filesTotal: files.length } : {}),
        ...(patch.unmatched.length ? { unmatched: patch.unmatched.slice(0, 100) } : {})
    };
}
/** Figures rounded for people: 6 decimals at most, which JSON readers and diffs like. */
function tidy(v) {
    return typeof v === 'number' ? Math.round(v * 1e6) / 1e6 : v;
}
function buildReport(results, metrics, ctx) {
    const allMetrics = {};
    for (const [name, m] of [...metrics.entries()].sort(([a], [b]) => a.localeCompare(b)))
        allMetrics[name] = tidy(m.value);
    return {
        schema: constants/* GATES_REPORT_SCHEMA */.sd,
        phase: ctx.phase,
        phaseTitle: ctx.phaseTitle,
        phaseFile: ctx.phaseFile,
        sha: ctx.sha,
        repository: ctx.repository,
        runId: ctx.runId,
        ...(ctx.deployment ? { deployment: ctx.deployment } : {}),
        passed: results.every((r) => r.passed),
        failOnMissing: ctx.failOnMissing,
        generatedAt: (ctx.now ?? new Date()).toISOString(),
        gates: results.map((r) => ({
            name: r.gate.name,
            metric: r.gate.metric,
            op: r.gate.op,
            threshold: r.gate.threshold,
            unit: r.gate.unit,
            actual: tidy(r.actual),
            passed: r.passed,
            status: r.status,
            definedIn: r.gate.origin.file ? `${r.gate.origin.file}${r.gate.origin.line ? `:${r.gate.origin.line}` : ''}` : r.gate.origin.input,
            ...(r.detail ? { detail: r.detail } : r.why ? { detail: r.why } : {}),
            sources: r.sources.map((s) => ({ file: s.file, format: s.format })),
            ...(r.findings ? { findings: r.findings.slice(0, REPORT_FINDINGS).map(reportFinding), findingsTotal: r.findings.length } : {}),
            ...(ctx.base ? { base: tidy(baseValue(ctx.base, r.gate.metric)) } : {})
        })),
        metrics: allMetrics,
        ...(ctx.base ? { base: { origin: ctx.base.origin, describe: ctx.base.describe, sha: ctx.base.sha } } : {}),
        ...(ctx.newCode ? { newCode: reportNewCode(ctx.newCode.change, ctx.newCode.patch) } : {}),
        ...(ctx.findings
            ? {
                findingKeys: ctx.findings.slice(0, MAX_FINDING_KEYS).map(vulns_model/* findingKey */.fl),
                ...(ctx.findings.length > MAX_FINDING_KEYS ? { findingKeysTruncated: true } : {})
            }
            : {}),
        ...(ctx.newFindings ? reportNewFindings(ctx.newFindings) : {})
    };
}
/**
 * The actual value as a user reads it. Two decimals, unless rounding would make a failing figure
 * look like it meets the threshold (79.996% shown as 80% beside `>= 80%`): then as many as it takes.
 */
function formatActual(r) {
    const a = r.actual;
    if (a === null)
        return 'no data';
    if (typeof a !== 'number')
        return String(a);
    let shown = (0,grammar/* formatNumber */.ZV)(a);
    for (let digits = 3; digits <= 9 && (0,grammar/* compare */.UD)(Number(shown), r.gate) !== r.passed; digits++) {
        shown = String(Math.round(a * 10 ** digits) / 10 ** digits);
    }
    return `${shown}${r.gate.unit === '%' ? '%' : r.gate.unit === 'ms' ? ' ms' : ''}`;
}
/** One line per failed gate: the `::error::` annotation text. */
function failureMessage(r) {
    if (r.status === 'no-data') {
        return `Gate ${r.gate.name} failed: no data (${r.why ?? `no input gave ${r.gate.metric}`}; required ${(0,grammar/* formatThreshold */.B6)(r.gate)})`;
    }
    const base = `Gate ${r.gate.name} failed: ${formatActual(r)}, required ${(0,grammar/* formatThreshold */.B6)(r.gate)}`;
    if (!r.findings?.length)
        return base;
    const named = r.findings.slice(0, MESSAGE_FINDINGS).map((v) => `${v.id} in ${v.package}${v.version ? ` ${v.version}` : ''}${v.fixed ? ` (fixed in ${v.fixed})` : ''}`);
    const more = r.findings.length - named.length;
    return `${base}: ${named.join('; ')}${more > 0 ? `; and ${more} more` : ''}`;
}
/** The findings behind each failed vulnerability gate, as tables under the gates table. */
function renderFindings(results) {
    const lines = [];
    for (const r of results) {
        if (!r.findings?.length)
            continue;
        lines.push('', `### Findings behind \`${r.gate.name}\` (${r.findings.length})`, '', '| Id | Package | Installed | Fixed in | Severity | Source |', '| --- | --- | --- | --- | --- | --- |');
        for (const v of r.findings.slice(0, SUMMARY_FINDINGS)) {
            const cells = [v.id, v.package, v.version, v.fixed ?? '—', v.severity ?? '', v.source ?? '—'].map((c) => escapeCell(c));
            lines.push(`| ${cells.map((c, i) => (i === 0 || i === 1 ? `\`${c}\`` : c)).join(' | ')} |`);
        }
        if (r.findings.length > SUMMARY_FINDINGS)
            lines.push('', `…and ${r.findings.length - SUMMARY_FINDINGS} more in the gates report.`);
    }
    return lines;
}
function escapeCell(s) {
    return s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}
/** How many files and ranges of uncovered new lines the summary and the comment list. */
const SUMMARY_NEW_FILES = 25;
const SUMMARY_RANGES_PER_FILE = 12;
/** A signed difference as a user reads it: `+1.5`, `-0.25`, `±0`. */
function formatDelta(d, unit) {
    const shown = (0,grammar/* formatNumber */.ZV)(d);
    const u = unit === '%' ? ' pp' : unit === 'ms' ? ' ms' : '';
    if (Number(shown) === 0)
        return `±0${u}`;
    return `${d > 0 ? '+' : ''}${shown}${u}`;
}
function baseCell(r) {
    if (r.base === undefined || r.base === null)
        return '—';
    if (typeof r.base !== 'number')
        return String(r.base);
    return `${(0,grammar/* formatNumber */.ZV)(r.base)}${r.unit === '%' ? '%' : r.unit === 'ms' ? ' ms' : ''}`;
}
function deltaCell(r) {
    if (typeof r.base !== 'number' || typeof r.actual !== 'number')
        return '—';
    return formatDelta(r.actual - r.base, r.unit);
}
function blobUrl(links, sha, path, range) {
    const encoded = path.split('/').map(encodeURIComponent).join('/');
    const anchor = range ? `#L${range.replace('-', '-L')}` : '';
    return `${links.server}/${links.repository}/blob/${sha}/${encoded}${anchor}`;
}
/** The new lines the reports do not cover, per file, with links to them at the head commit. */
function renderNewCode(report, links) {
    const n = report.newCode;
    if (!n)
        return [];
    const lines = [''];
    const pct = n.lines.total ? `${(0,grammar/* formatNumber */.ZV)((n.lines.covered / n.lines.total) * 100)}%` : 'no data';
    lines.push(`### New code: ${pct} of ${n.lines.total} measured new lines covered`, '', `<sub>${n.changedFiles} changed file${n.changedFiles === 1 ? '' : 's'} (${n.source === 'git' ? `git diff ${n.base.slice(0, 7)}...${n.head.slice(0, 7)}` : 'pull request files'}); ${n.lines.covered}/${n.lines.total} lines${n.branches.total ? `, ${n.branches.covered}/${n.branches.total} branches` : ''}.</sub>`);
    const uncovered = n.files.filter((f) => f.uncovered);
    if (!uncovered.length)
        return lines;
    lines.push('', '| File | Covered | Uncovered new lines |', '| --- | --- | --- |');
    for (const f of uncovered.slice(0, SUMMARY_NEW_FILES)) {
        const ranges = f.uncovered.split(',');
        const shown = ranges.slice(0, SUMMARY_RANGES_PER_FILE).map((r) => (links ? `[${r}](${blobUrl(links, n.head, f.path, r)})` : r));
        if (ranges.length > SUMMARY_RANGES_PER_FILE)
            shown.push(`and ${ranges.length - SUMMARY_RANGES_PER_FILE} more`);
        const name = links ? `[\`${escapeCell(f.path)}\`](${blobUrl(links, n.head, f.path)})` : `\`${escapeCell(f.path)}\``;
        lines.push(`| ${name} | ${f.covered}/${f.total} | ${shown.join(', ')} |`);
    }
    const more = (n.filesTotal ?? n.files.length) - Math.min(uncovered.length, SUMMARY_NEW_FILES) - (n.files.length - uncovered.length);
    if (more > 0)
        lines.push('', `…and ${more} more files in the gates report.`);
    return lines;
}
/** Findings the base branch does not have. */
function renderNewFindings(report) {
    const total = report.newFindingsTotal ?? 0;
    if (!report.newFindings || !total)
        return [];
    const lines = ['', `### New vulnerabilities (${total})`, '', '| Id | Package | Installed | Fixed in | Severity | Source |', '| --- | --- | --- | --- | --- | --- |'];
    for (const v of report.newFindings.slice(0, SUMMARY_FINDINGS)) {
        const cells = [v.id, v.package, v.installed, v.fixed ?? '—', v.severity, v.source ?? '—'].map((c) => escapeCell(c));
        lines.push(`| ${cells.map((c, i) => (i === 0 || i === 1 ? `\`${c}\`` : c)).join(' | ')} |`);
    }
    if (total > SUMMARY_FINDINGS)
        lines.push('', `…and ${total - SUMMARY_FINDINGS} more in the gates report.`);
    return lines;
}
/**
 * The job summary (and the pull-request comment): a heading with the verdict and the gates as a
 * table; with a base report, its figure and the change beside each; the new lines left uncovered
 * and the new vulnerabilities below.
 */
function renderSummary(report, results, options = {}) {
    const title = report.phaseTitle ?? (report.phase !== null ? `Phase ${report.phase}` : 'Gates');
    const failed = results.filter((r) => !r.passed).length;
    const verdict = report.passed
        ? `✅ passed (${results.length} gate${results.length === 1 ? '' : 's'})`
        : `❌ failed (${failed} of ${results.length} gate${results.length === 1 ? '' : 's'})`;
    const lines = [`## ${escapeCell(title)}: ${verdict}`, ''];
    if (results.length === 0) {
        lines.push('No gates were defined (phase-file and gates are both empty).');
        return lines.join('\n') + '\n';
    }
    const withBase = report.base !== undefined;
    const head = ['Gate', 'Threshold', ...(withBase ? ['Base', 'Head', 'Δ'] : ['Actual']), 'Verdict', ...(options.comment ? [] : ['Sources'])];
    lines.push(`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`);
    results.forEach((r, i) => {
        const g = report.gates[i];
        const verdictCell = r.status === 'pass' ? '✅ pass' : r.status === 'fail' ? '❌ fail' : r.passed ? '⚪ no data' : '❌ no data';
        const sources = r.sources.length ? r.sources.map((s) => `\`${s.file}\` (${s.format})`).join('<br>') : '—';
        const note = r.actual === null ? (r.why ?? r.detail) : r.detail;
        const actual = formatActual(r) + (note ? ` <sub>${escapeCell(note)}</sub>` : '');
        const cells = [
            `\`${r.gate.name}\``,
            escapeCell((0,grammar/* formatThreshold */.B6)(r.gate)),
            ...(withBase ? [escapeCell(baseCell(g)), escapeCell(actual), deltaCell(g)] : [escapeCell(actual)]),
            verdictCell,
            ...(options.comment ? [] : [escapeCell(sources)])
        ];
        lines.push(`| ${cells.join(' | ')} |`);
    });
    lines.push(...renderFindings(results));
    lines.push(...renderNewCode(report, options.links));
    lines.push(...renderNewFindings(report));
    const foot = [];
    if (report.base)
        foot.push(`Base: ${escapeCell(report.base.describe)}`);
    if (report.sha)
        foot.push(`Commit ${report.sha.slice(0, 12)}`);
    foot.push(report.generatedAt);
    if (report.sha || report.base)
        lines.push('', `<sub>${foot.join(' · ')}</sub>`);
    return lines.join('\n') + '\n';
}

// EXTERNAL MODULE: ./.build/src/core/suggest.js
var suggest = __webpack_require__(6161);
;// CONCATENATED MODULE: ./.build/src/core/commands/gates-change.js





/** GitHub shows at most 10 warning annotations of a step (and 10 errors, 10 notices; 50 a job). */
const STEP_WARNING_ANNOTATIONS = 10;
/** One client per run and token: alerts, the change, the base, the check run and the comment share it. */
const clients = new WeakMap();
/**
 * A GitHub client for an input that needs the API. Loaded on demand: runs that read only files do
 * not pay for Octokit at start-up.
 */
async function github(host, token, needs) {
    if (!token) {
        throw new core_errors/* UserError */.y(`${needs} needs a token`, { input: constants/* GatesInputs */.wI.Token, hint: 'the default is ${{ github.token }}; on the command line pass --token' });
    }
    const { createGitHubClient, clientOptionsFromEnv, repoFromEnv } = await Promise.all(/* import() */[__webpack_require__.e(752), __webpack_require__.e(932), __webpack_require__.e(408)]).then(__webpack_require__.bind(__webpack_require__, 7408));
    try {
        const repo = repoFromEnv(host.env);
        let byToken = clients.get(host);
        if (!byToken)
            clients.set(host, (byToken = new Map()));
        let client = byToken.get(token);
        if (!client)
            byToken.set(token, (client = createGitHubClient({ token, ...clientOptionsFromEnv(host.env), log: (m) => host.info(m) })));
        return { client, repo };
    }
    catch (err) {
        throw core_errors/* UserError */.y.attribute(err, { input: needs });
    }
}
/** What the run knows of its pull request and base branch. */
async function changeContext(host, token, comment) {
    const { pullRequestFromEnv, completePullRequest } = await Promise.all(/* import() */[__webpack_require__.e(752), __webpack_require__.e(932), __webpack_require__.e(564)]).then(__webpack_require__.bind(__webpack_require__, 564));
    let pr = pullRequestFromEnv(host.env);
    // A comment's event (issue_comment) names the pull request, not its base: the API does.
    if (pr && !pr.baseRef && token) {
        try {
            const { client, repo } = await github(host, token, constants/* GatesInputs */.wI.BaseRef);
            pr = await completePullRequest(client, repo.owner, repo.repo, pr);
        }
        catch (err) {
            // Without its base, the relative gates say so (no data): not a reason to fail the others.
            if (!(err instanceof core_errors/* UserError */.y))
                throw err;
            host.info(`Pull request #${pr.number}: ${err.message}`);
        }
    }
    const baseRef = (0,inputs/* input */.hF)(host, constants/* GatesInputs */.wI.BaseRef) || host.env.GITHUB_BASE_REF || pr?.baseRef || '';
    // Without a token there is nothing to post with: the job summary has the same.
    if (pr && comment && !token)
        host.info(`No pull-request comment: no ${constants/* GatesInputs */.wI.Token}`);
    return { pr, baseRef, token, comment: comment && pr !== null && token !== '' };
}
/** Whether a gate needs the change (`change`) or the base (`base`). */
function relativeNeeds(gates) {
    return {
        change: gates.some((g) => (0,gates_metrics/* metricInfo */.R)(g.metric)?.relative === 'change'),
        base: gates.some((g) => (0,gates_metrics/* metricInfo */.R)(g.metric)?.relative === 'base')
    };
}
/**
 * The lines the change adds, and their coverage: from git (merge base of `base-ref` and HEAD),
 * or, when git cannot tell and the run is a pull request with a token, from its files through
 * the API. Without a base to diff against, the reason, for the `no data` of `coverage_new`.
 */
async function measureChange(host, ctx, coverage) {
    if (!coverage)
        return { patch: null, patchWhy: `no ${constants/* GatesInputs */.wI.CoverageFiles}` };
    if (!ctx.baseRef) {
        return { patch: null, patchWhy: `not a pull request, and no ${constants/* GatesInputs */.wI.BaseRef}: nothing to compare the commit with` };
    }
    const { readChange, patchCoverage, describeNoPatchData } = await Promise.all(/* import() */[__webpack_require__.e(752), __webpack_require__.e(932), __webpack_require__.e(206)]).then(__webpack_require__.bind(__webpack_require__, 4206));
    // git in a checkout (its errors are the user's to fix: a base it cannot fetch); without one, the
    // pull request's files through the API.
    let pullRequest;
    if (ctx.pr && ctx.token) {
        const { client, repo } = await github(host, ctx.token, constants/* GatesInputs */.wI.BaseRef);
        pullRequest = { client, owner: repo.owner, repo: repo.repo, pull: ctx.pr.number, base: ctx.pr.baseSha ?? undefined, head: ctx.pr.headSha ?? undefined };
    }
    const change = await readChange({
        cwd: host.workspace,
        baseRef: ctx.baseRef,
        input: constants/* GatesInputs */.wI.BaseRef,
        log: (m) => host.info(m),
        env: { ...host.env },
        pullRequest
    });
    const patch = patchCoverage(coverage, change);
    const changeSource = change.source === 'git' ? `git diff ${change.base.slice(0, 7)}...${change.head.slice(0, 7)}` : `pull request #${ctx.pr?.number} files`;
    host.info(`The change (${changeSource}): ${patch.addedLines} lines added to ${patch.changedFiles} files; ${patch.lines.total} of them measured by the coverage reports`);
    if (patch.lines.total === 0) {
        return { patch, change, changeSource, patchWhy: describeNoPatchData(patch, change, { change: constants/* GatesInputs */.wI.BaseRef, coverage: constants/* GatesInputs */.wI.CoverageFiles }) };
    }
    return { patch, change, changeSource };
}
/**
 * The base branch's gates report: the `base-report` file; else, with a token on a pull request,
 * the `base-artifact` of the base branch's latest successful run of this workflow, or the report
 * embedded in the check run `check-name` on the base commit. Null with the reason when none.
 */
async function findBase(host, ctx, baseSha) {
    const given = (0,inputs/* input */.hF)(host, constants/* GatesInputs */.wI.BaseReport);
    const baseMod = await Promise.all(/* import() */[__webpack_require__.e(752), __webpack_require__.e(932), __webpack_require__.e(879)]).then(__webpack_require__.bind(__webpack_require__, 8879));
    if (given)
        return { base: await baseMod.baseFromFile(host.workspace, given, constants/* GatesInputs */.wI.BaseReport) };
    if (!ctx.token)
        return { base: null, baseWhy: `no ${constants/* GatesInputs */.wI.BaseReport}, and no token to find the base branch's report` };
    const branch = ctx.pr?.baseRef ?? ctx.baseRef;
    if (!branch)
        return { base: null, baseWhy: `no ${constants/* GatesInputs */.wI.BaseReport}, and not a pull request` };
    const { client, repo } = await github(host, ctx.token, constants/* GatesInputs */.wI.BaseArtifact);
    const artifact = (0,inputs/* input */.hF)(host, constants/* GatesInputs */.wI.BaseArtifact, constants/* Defaults */.Hw.BaseArtifact);
    const workflow = /^[^/]+\/[^/]+\/\.github\/workflows\/([^@]+)@/.exec(host.env.GITHUB_WORKFLOW_REF ?? '')?.[1];
    if (artifact && artifact !== 'none') {
        const found = await baseMod.baseFromArtifact(client, { owner: repo.owner, repo: repo.repo, branch, artifact, workflow, input: constants/* GatesInputs */.wI.BaseArtifact, log: (m) => host.info(m) });
        if (found)
            return { base: found };
    }
    const checkName = (0,inputs/* input */.hF)(host, constants/* GatesInputs */.wI.CheckName);
    const ref = baseSha ?? ctx.pr?.baseSha ?? null;
    if (checkName && ref) {
        const found = await baseMod.baseFromCheckRun(client, { owner: repo.owner, repo: repo.repo, ref, checkName, input: constants/* GatesInputs */.wI.CheckName, log: (m) => host.info(m) });
        if (found)
            return { base: found };
    }
    return {
        base: null,
        baseWhy: `no ${constants/* GatesInputs */.wI.BaseReport}, no artifact ${artifact} of a successful run on ${branch}${checkName ? `, no check run ${checkName} with a report on the base commit` : ''}`
    };
}
/**
 * Annotations on the new lines no test ran, one per range, within what GitHub shows of a step
 * (`budget` warnings): the last one says how many more the summary lists.
 */
function annotateUncovered(host, patch, budget) {
    const ranges = byUncovered(patch?.files ?? []).flatMap((f) => lineRuns(f.uncovered).map(([start, end]) => ({ path: f.path, start, end })));
    if (budget <= 0 || !ranges.length)
        return;
    const shown = ranges.slice(0, budget);
    shown.forEach((r, i) => {
        const lines = r.start === r.end ? `Added line ${r.start} is` : `Added lines ${r.start}-${r.end} are`;
        const more = i === shown.length - 1 && ranges.length > shown.length ? ` (and ${ranges.length - shown.length} more uncovered ranges: see the job summary)` : '';
        host.annotate('warning', `${lines} not covered by tests${more}`, { file: r.path, startLine: r.start, endLine: r.end, title: 'coverage_new' });
    });
}
/**
 * The one pull-request comment: created once, updated on every run. A pull request from a fork
 * (a read-only token) gets a notice and the job summary, not an error.
 */
async function postComment(host, ctx, key, body) {
    if (!ctx.pr || !ctx.comment)
        return;
    const { upsertPullRequestComment } = await Promise.all(/* import() */[__webpack_require__.e(752), __webpack_require__.e(932), __webpack_require__.e(929)]).then(__webpack_require__.bind(__webpack_require__, 7929));
    const { client, repo } = await github(host, ctx.token, constants/* GatesInputs */.wI.Comment);
    const result = await upsertPullRequestComment(client, {
        owner: repo.owner,
        repo: repo.repo,
        issue: ctx.pr.number,
        key,
        body,
        stamp: { runId: Number(host.env.GITHUB_RUN_ID ?? 0) || 0, runAttempt: Number(host.env.GITHUB_RUN_ATTEMPT ?? 1) || 1, sha: host.env.GITHUB_SHA ?? null },
        log: (m) => host.info(m)
    });
    if (result.action === 'forbidden') {
        host.annotate('notice', `No pull-request comment: ${result.message ?? 'the token may not write to this pull request'}; the gates are in the job summary`, {
            title: 'phase-gates'
        });
    }
    else if (result.action === 'stale') {
        host.info(`Pull-request comment left as it is: a newer run wrote it (${result.url ?? ''})`);
    }
    else {
        host.info(`Pull-request comment ${result.action}: ${result.url ?? ''}`);
    }
}
/** The comment's key: two gates-enforcer steps (Phase 05 and Phase 07) keep a comment each. `phaseFile` as shown. */
function commentKey(host, phaseFile) {
    const check = (0,inputs/* input */.hF)(host, constants/* GatesInputs */.wI.CheckName);
    if (check)
        return `gates-enforcer:${check}`;
    if (phaseFile)
        return `gates-enforcer:${phaseFile}`;
    return 'gates-enforcer';
}

;// CONCATENATED MODULE: ./.build/src/core/commands/gates.js














/** Gates from the phase document, overridden key by key (by metric) by the `gates` input. */
function mergeGates(phase, override) {
    const byMetric = new Map();
    for (const g of phase?.gates ?? [])
        byMetric.set(g.metric, g);
    for (const name of override.removed) {
        for (const [metric, g] of byMetric)
            if (g.name === name || metric === name)
                byMetric.delete(metric);
    }
    for (const g of override.gates)
        byMetric.set(g.metric, g);
    return [...byMetric.values()];
}
/** A failed `vulns_<severity>` gate names the findings behind its count (unless the metrics input set it). */
function attachFindings(results, vulns) {
    for (const r of results) {
        const severity = /^vulns_(critical|high|medium|low)$/.exec(r.gate.metric)?.[1];
        if (!severity || r.status !== 'fail' || r.sources.some((s) => s.format === 'input'))
            continue;
        r.findings = vulns.of(severity);
    }
}
/**
 * Refuses, all at once, the gates whose metric is neither one the reports give (METRICS, ALIASES)
 * nor one the `metrics` input sets, with the nearest known name as a hint.
 */
function assertKnownMetrics(gates, given) {
    const known = [...(0,gates_metrics/* knownMetricNames */.q0)(), ...given];
    const errors = gates
        .filter((g) => !(0,gates_metrics/* metricInfo */.R)(g.metric) && !given.has(g.metric) && !given.has(g.name))
        .map((g) => {
        const near = (0,suggest/* nearest */.p)(g.name, known);
        return new core_errors/* UserError */.y(`gate ${g.name}: unknown metric${near ? ` (did you mean \`${near}\`?)` : ''}`, {
            input: g.origin.input,
            file: g.origin.file,
            line: g.origin.line,
            hint: near ? undefined : `known metrics: ${(0,gates_metrics/* knownMetricNames */.q0)().join(', ')}; a metric of your own needs its value in the ${constants/* GatesInputs */.wI.Metrics} input`
        });
    });
    if (errors.length)
        throw core_errors/* UserError */.y.several(errors);
}
/** `deployment`: the release a Phase 07 report judges (the root action), named in the report. */
async function runGates(host, options = {}) {
    const workspace = host.workspace;
    const failOnMissing = (0,inputs/* booleanInput */.tE)(host, constants/* GatesInputs */.wI.FailOnMissing, true);
    const fail = (0,inputs/* booleanInput */.tE)(host, constants/* GatesInputs */.wI.Fail, true);
    const reportGiven = (0,inputs/* input */.hF)(host, constants/* GatesInputs */.wI.ReportPath, constants/* Defaults */.Hw.GatesReport);
    const reportFile = (0,core_files/* resolveOutputInWorkspace */.kc)(workspace, reportGiven, constants/* GatesInputs */.wI.ReportPath);
    const token = (0,inputs/* input */.hF)(host, constants/* GatesInputs */.wI.Token);
    if (token)
        host.setSecret(token);
    // 1. Gates: every definition error is found before any report is read.
    const phaseGiven = (0,inputs/* input */.hF)(host, constants/* GatesInputs */.wI.PhaseFile);
    let phase = null;
    if (phaseGiven) {
        const file = (0,core_files/* resolveInWorkspace */.z1)(workspace, phaseGiven, constants/* GatesInputs */.wI.PhaseFile);
        phase = await (0,gates_phase/* loadPhaseDocument */.hW)(file, (0,core_files/* displayPath */.Gt)(workspace, file), constants/* GatesInputs */.wI.PhaseFile);
    }
    const override = (0,gates_phase/* parseGatesInput */.SK)(host.getInput(constants/* GatesInputs */.wI.Gates), constants/* GatesInputs */.wI.Gates);
    const gates = mergeGates(phase, override);
    if (gates.length === 0) {
        throw new core_errors/* UserError */.y('no gates to enforce', {
            input: phaseGiven ? constants/* GatesInputs */.wI.PhaseFile : constants/* GatesInputs */.wI.Gates,
            file: phase?.file,
            hint: 'give a phase document with a gates: mapping, or the gates input, e.g. { coverage: ">=80%" }'
        });
    }
    // A gate on a metric nothing gives can never apply: a typo (`coverge`) must not pass silently.
    const given = new Map();
    collectMetricsInput(host.getInput(constants/* GatesInputs */.wI.Metrics), constants/* GatesInputs */.wI.Metrics, given);
    assertKnownMetrics(gates, new Set(given.keys()));
    const warnings = [...(phase?.warnings ?? []), ...override.warnings];
    for (const w of warnings) {
        host.annotate('warning', w.message, { file: w.origin.file, startLine: w.origin.line, title: 'phase-gates' });
    }
    const alertsValue = (0,inputs/* input */.hF)(host, constants/* GatesInputs */.wI.GithubAlerts);
    const alertKinds = alertsValue ? (await Promise.all(/* import() */[__webpack_require__.e(752), __webpack_require__.e(932), __webpack_require__.e(256)]).then(__webpack_require__.bind(__webpack_require__, 3256))).parseAlertKinds(alertsValue) : [];
    // 2. Metrics from every source given.
    const metrics = new Map();
    const coverageFiles = (0,inputs/* input */.hF)(host, constants/* GatesInputs */.wI.CoverageFiles);
    let coverage;
    if (coverageFiles)
        coverage = await collectCoverage(workspace, constants/* GatesInputs */.wI.CoverageFiles, coverageFiles, metrics);
    const perfFiles = (0,inputs/* input */.hF)(host, constants/* GatesInputs */.wI.PerfFiles);
    if (perfFiles)
        await collectPerf(workspace, constants/* GatesInputs */.wI.PerfFiles, perfFiles, metrics);
    const vulnFiles = (0,inputs/* input */.hF)(host, constants/* GatesInputs */.wI.VulnFiles);
    let vulns;
    if (vulnFiles || alertKinds.length) {
        const acc = (vulns = new vulns_model/* VulnAccumulator */.gj());
        const sources = vulnFiles ? await collectVulns(workspace, constants/* GatesInputs */.wI.VulnFiles, vulnFiles, acc) : [];
        if (alertKinds.length)
            sources.push(...(await countAlerts(host, alertKinds, token, acc)));
        setVulnMetrics(acc, sources, metrics);
    }
    const smoke = (0,inputs/* input */.hF)(host, constants/* GatesInputs */.wI.SmokeReport);
    if (smoke)
        await collectSmoke(workspace, constants/* GatesInputs */.wI.SmokeReport, smoke, metrics);
    const telemetry = (0,inputs/* input */.hF)(host, constants/* GatesInputs */.wI.AnalysisReport);
    if (telemetry)
        await collectTelemetry(workspace, constants/* GatesInputs */.wI.AnalysisReport, telemetry, metrics);
    // 3. On a pull request (or with base-ref): the new lines and the base branch's figures, for the
    // relative gates and the comment. Only what a gate or the comment needs is looked up.
    const needs = relativeNeeds(gates);
    const ctx = await changeContext(host, token, (0,inputs/* booleanInput */.tE)(host, constants/* GatesInputs */.wI.Comment, true));
    const wantChange = needs.change || ctx.comment || (0,inputs/* input */.hF)(host, constants/* GatesInputs */.wI.BaseRef) !== '';
    const wantBase = needs.base || ctx.comment || (0,inputs/* input */.hF)(host, constants/* GatesInputs */.wI.BaseReport) !== '';
    // For the comment alone, a part that cannot be had is a line in the log, not a failed step.
    const optional = async (needed, what, run, fallback) => {
        if (needed)
            return run();
        try {
            return await run();
        }
        catch (err) {
            if (!(err instanceof core_errors/* UserError */.y))
                throw err;
            host.info(`${what}: ${err.message}`);
            return fallback(err.message);
        }
    };
    const changed = wantChange
        ? await optional(needs.change, 'New lines not measured', () => measureChange(host, ctx, coverage), (why) => ({ patch: null, patchWhy: why }))
        : { patch: null, patchWhy: `not a pull request, and no ${constants/* GatesInputs */.wI.BaseRef}` };
    const { base, baseWhy } = wantBase
        ? await optional(needs.base, 'No base figures', () => findBase(host, ctx, changed.change?.base ?? null), (why) => ({ base: null, baseWhy: why }))
        : { base: null, baseWhy: `not a pull request, and no ${constants/* GatesInputs */.wI.BaseReport}` };
    const headFindings = vulns?.all();
    const relative = setRelativeMetrics(metrics, { ...changed, base, baseWhy, headFindings });
    // The metrics input, read once above, is set last: it has the final word.
    for (const [name, m] of given)
        metrics.set(name, m);
    // 4. Verdict, report, outputs.
    const results = evaluate(gates, metrics, failOnMissing);
    if (vulns)
        attachFindings(results, vulns);
    const report = buildReport(results, metrics, {
        phase: phase?.phase ?? null,
        phaseTitle: phase?.title ?? null,
        phaseFile: phase?.file ?? null,
        sha: host.env.GITHUB_SHA ?? null,
        repository: host.env.GITHUB_REPOSITORY ?? null,
        runId: host.env.GITHUB_RUN_ID ?? null,
        failOnMissing,
        deployment: options.deployment,
        base,
        newCode: changed.patch && changed.change ? { change: changed.change, patch: changed.patch } : null,
        findings: headFindings,
        newFindings: relative.newFindings
    });
    (0,schemas/* assertSchema */.G)('gates-report', report);
    await (0,core_files/* writeFileAtomic */.Zf)(reportFile, JSON.stringify(report, null, 2) + '\n');
    const failed = results.filter((r) => !r.passed);
    host.setOutput(constants/* GatesOutputs */.bU.Passed, String(report.passed));
    host.setOutput(constants/* GatesOutputs */.bU.FailedGates, failed.map((r) => r.gate.name).join(','));
    host.setOutput(constants/* GatesOutputs */.bU.Report, JSON.stringify(report));
    host.setOutput(constants/* GatesOutputs */.bU.ReportPath, (0,core_files/* displayPath */.Gt)(workspace, reportFile));
    const links = { server: host.env.GITHUB_SERVER_URL ?? 'https://github.com', repository: host.env.GITHUB_REPOSITORY ?? '' };
    await host.appendSummary(renderSummary(report, results, links.repository ? { links } : {}));
    for (const r of failed) {
        const o = r.gate.origin;
        host.annotate(fail ? 'error' : 'warning', failureMessage(r), { file: o.file, startLine: o.line, title: `Gate ${r.gate.name}` });
    }
    // The warnings of this step so far (gate definitions, failed gates when fail is false) share GitHub's budget.
    annotateUncovered(host, changed.patch, STEP_WARNING_ANNOTATIONS - warnings.length - (fail ? 0 : failed.length));
    // Every gate in the log, unless the summary's table is shown right there (the terminal).
    if (!host.summaryInline) {
        for (const r of results)
            host.info(`${r.passed ? 'pass' : 'FAIL'} ${r.gate.name}: ${failureMessage(r).replace(/^Gate \S+ failed: /, '')}`);
    }
    const checkName = (0,inputs/* input */.hF)(host, constants/* GatesInputs */.wI.CheckName);
    if (checkName)
        await publishCheck(host, checkName, token, report, results);
    if (ctx.comment) {
        await postComment(host, ctx, commentKey(host, phase?.file ?? null), renderSummary(report, results, { links, comment: true }));
    }
    const message = failed.length
        ? `${failed.length} of ${results.length} gates failed: ${failed.map((r) => r.gate.name).join(', ')}`
        : undefined;
    return { ok: !failed.length || !fail, message, report, results };
}
/** Open Dependabot and code-scanning alerts, counted through the API into `acc`. */
async function countAlerts(host, kinds, token, acc) {
    const { countOpenAlerts } = await Promise.all(/* import() */[__webpack_require__.e(752), __webpack_require__.e(932), __webpack_require__.e(256)]).then(__webpack_require__.bind(__webpack_require__, 3256));
    const { client, repo } = await github(host, token, constants/* GatesInputs */.wI.GithubAlerts);
    acc.source = `${constants/* GatesInputs */.wI.GithubAlerts}: ${kinds.join(', ')}`;
    const counts = await countOpenAlerts(client, { owner: repo.owner, repo: repo.repo, kinds }, acc);
    for (const c of counts)
        host.info(`${c.open} open ${c.kind} alerts in ${repo.owner}/${repo.repo}`);
    return counts.map((c) => c.source);
}
/**
 * The verdict as a completed check run on the commit, so that branch protection can require it:
 * the gates table as its summary and an annotation per failed gate, at the line of the phase
 * document that defines it (or the workflow, for gates given as an input).
 */
async function publishCheck(host, name, token, report, results) {
    const { publishCheckRun } = await Promise.all(/* import() */[__webpack_require__.e(752), __webpack_require__.e(932), __webpack_require__.e(502)]).then(__webpack_require__.bind(__webpack_require__, 7502));
    const { client, repo } = await github(host, token, constants/* GatesInputs */.wI.CheckName);
    const failed = results.filter((r) => !r.passed);
    const workflowFile = /^[^/]+\/[^/]+\/(.+?)@/.exec(host.env.GITHUB_WORKFLOW_REF ?? '')?.[1];
    const annotations = failed.flatMap((r) => {
        const path = r.gate.origin.file ?? workflowFile;
        if (!path)
            return [];
        const line = r.gate.origin.file ? (r.gate.origin.line ?? 1) : 1;
        return [{ path, start_line: line, end_line: line, annotation_level: 'failure', title: `Gate ${r.gate.name}`, message: failureMessage(r) }];
    });
    const server = host.env.GITHUB_SERVER_URL ?? 'https://github.com';
    const runId = host.env.GITHUB_RUN_ID;
    const published = await publishCheckRun(client, {
        owner: repo.owner,
        repo: repo.repo,
        sha: repo.sha,
        name,
        conclusion: report.passed ? 'success' : 'failure',
        title: report.passed
            ? `${results.length} of ${results.length} gates passed`
            : `${failed.length} of ${results.length} gates failed: ${failed.map((r) => r.gate.name).join(', ')}`,
        summary: renderSummary(report, results),
        // The report itself, hidden, for a later pull request's base figures (gates/base.ts).
        embed: (await Promise.all(/* import() */[__webpack_require__.e(752), __webpack_require__.e(932), __webpack_require__.e(879)]).then(__webpack_require__.bind(__webpack_require__, 8879))).embedReport(report),
        annotations,
        detailsUrl: runId ? `${server}/${repo.owner}/${repo.repo}/actions/runs/${runId}` : undefined
    });
    host.info(`Check run ${name}: ${published.htmlUrl}`);
}


/***/ }),

/***/ 2563:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ao: () => (/* binding */ ownString),
/* harmony export */   KN: () => (/* binding */ percent),
/* harmony export */   LM: () => (/* binding */ CoverageAccumulator),
/* harmony export */   aX: () => (/* binding */ normalizeSourcePath)
/* harmony export */ });
/* unused harmony exports emptyTotals, FileCoverage */
/**
 * Coverage merged across formats, files and shards: per source file and line, summing hits as the
 * producing tools do when they merge (lcov -a, coverage combine, istanbul merge), never averaging
 * percentages. Line and numeric branch data are stored as sorted varint runs (a few bytes an entry) so
 * that a 100 MB LCOV stays within a few tens of MB.
 *
 * A file may instead hold a *deferred* record ({@link DeferredCoverage}): only its totals and a way to
 * rebuild the detail. Per-line detail is only needed to merge a second record of the same source
 * file, which most reports never have, so a streaming parser can skip storing it; the first detailed
 * addition to such a file rebuilds the detail first (see {@link FileCoverage.materialize}).
 */
const METRICS = ['lines', 'branches', 'functions', 'statements'];
function emptyRatio() {
    return { covered: 0, total: 0 };
}
function emptyTotals() {
    return { lines: emptyRatio(), branches: emptyRatio(), functions: emptyRatio(), statements: emptyRatio() };
}
/** Percentage with two decimals kept exact enough for gates (null when nothing was instrumented). */
function percent(r) {
    return r.total === 0 ? null : (r.covered / r.total) * 100;
}
/** Shared scratch for encoding; grown on demand, never shrunk (one per process, parsing is sequential). */
let scratch = new Uint8Array(1 << 16);
function ensureScratch(size) {
    if (scratch.length < size)
        scratch = new Uint8Array(Math.max(size, scratch.length * 2));
    return scratch;
}
/** Cursor of {@link readVarint}; module state so that decoding allocates nothing. */
let cursor = 0;
function writeVarint(out, at, value) {
    if (value < 0x10000000) {
        // Below 2^28, shifts are exact and much cheaper than division (the common case by far).
        let v = value >>> 0;
        while (v >= 0x80) {
            out[at++] = (v & 0x7f) | 0x80;
            v >>>= 7;
        }
        out[at++] = v;
        return at;
    }
    // Counts can exceed 2^32 (hot loops), so the upper part uses arithmetic rather than bit operations.
    let v = value;
    while (v >= 0x80) {
        out[at++] = (v % 0x80) | 0x80;
        v = Math.floor(v / 0x80);
    }
    out[at++] = v;
    return at;
}
/** Writes one entry of a run: the key's delta from the previous one, the rest of the key, the hits. */
function writeEntry(out, at, delta, arity, k1, k2, hits) {
    let w = at;
    if (delta < 0x80)
        out[w++] = delta;
    else
        w = writeVarint(out, w, delta);
    if (arity === 3) {
        if (k1 < 0x80)
            out[w++] = k1;
        else
            w = writeVarint(out, w, k1);
        if (k2 < 0x80)
            out[w++] = k2;
        else
            w = writeVarint(out, w, k2);
    }
    if (hits < 0x80)
        out[w++] = hits;
    else
        w = writeVarint(out, w, hits);
    return w;
}
function readVarint(data) {
    let b = data[cursor++];
    if (b < 0x80)
        return b;
    let v = b & 0x7f;
    let scale = 0x80;
    for (;;) {
        b = data[cursor++];
        v += (b & 0x7f) * scale;
        if (b < 0x80)
            return v;
        scale *= 0x80;
    }
}
/** Size of the blocks that hold packed runs. */
const ARENA_BLOCK = 1 << 20;
let arena = new Uint8Array(ARENA_BLOCK);
let arenaUsed = 0;
/** Offset of the run {@link park} stored last. */
let parkedAt = 0;
/**
 * Where compact() writes a run of at most `worst` bytes: the free tail of the current arena block
 * (a new block when it does not fit), or for a very large run a scratch buffer copied out after.
 * Runs of thousands of files share a few blocks instead of each being its own ArrayBuffer: fewer,
 * larger objects keep the young generation of the heap small, which is most of the peak RSS on a
 * large LCOV. A run replaced by a merge leaves its bytes behind in its block; that waste is bounded
 * by the size of the merged shards. Returns the buffer; the offset is left in {@link parkedAt}.
 */
function reserve(worst) {
    if (worst > ARENA_BLOCK / 8) {
        parkedAt = 0;
        return ensureScratch(worst);
    }
    if (arenaUsed + worst > arena.length) {
        arena = new Uint8Array(ARENA_BLOCK);
        arenaUsed = 0;
    }
    parkedAt = arenaUsed;
    return arena;
}
/** Ends a {@link reserve}: the run written is `length` bytes long. Returns where it lives. */
function commit(buffer, length) {
    if (buffer !== arena)
        return buffer.slice(0, length);
    arenaUsed += length;
    return arena;
}
/** One staging area per key arity, lent to one {@link PackedCounts} at a time. */
const STAGING = {
    1: { owner: null, keys: new Uint32Array(1024), hits: new Float64Array(1024) },
    3: { owner: null, keys: new Uint32Array(3 * 1024), hits: new Float64Array(1024) }
};
/**
 * Hits keyed by a tuple of 1 or 3 unsigned integers (a line; or line, block, branch), kept as one
 * sorted run of varints with repeated keys summed. New entries go to a small staging area that
 * {@link compact} folds into the run, so a file costs a few bytes per entry at rest; that is what
 * keeps a 100 MB LCOV of millions of lines and branches well under 100 MB of heap. Internal.
 */
class PackedCounts {
    arity;
    /** The run: bytes [start, start + length) of an arena block (see {@link park}). */
    data = null;
    start = 0;
    entries = 0;
    coveredEntries = 0;
    keys = null;
    hits = null;
    staged = 0;
    sorted = true;
    constructor(arity) {
        this.arity = arity;
    }
    add(k0, k1, k2, hits) {
        const a = this.arity;
        if (!this.keys)
            this.borrow();
        if (this.staged === this.hits.length)
            this.grow();
        const keys = this.keys;
        const at = this.staged * a;
        keys[at] = k0;
        if (a === 3) {
            keys[at + 1] = k1;
            keys[at + 2] = k2;
        }
        if (this.sorted && this.staged > 0) {
            const prev = keys[at - a];
            // Equal keys may stay in place: they are adjacent, and compact() sums adjacent equal keys.
            if (prev > k0 || (a === 3 && prev === k0 && this.compare(this.staged - 1, this.staged) > 0))
                this.sorted = false;
        }
        this.hits[this.staged] = hits > 0 ? hits : 0;
        this.staged++;
    }
    /**
     * Takes the shared staging area of this arity when no other instance holds it, else fresh arrays.
     * Streaming parsers fill one file and compact it before the next, so they always get the shared
     * one: without it a 100 MB LCOV churns through hundreds of MB of short-lived typed arrays, whose
     * off-heap memory shows in the peak RSS long before a GC frees it.
     */
    borrow() {
        const shared = STAGING[this.arity];
        if (!shared.owner) {
            shared.owner = this;
            this.keys = shared.keys;
            this.hits = shared.hits;
        }
        else {
            this.keys = new Uint32Array(64 * this.arity);
            this.hits = new Float64Array(64);
        }
    }
    grow() {
        const cap = this.hits.length * 2;
        const keys = new Uint32Array(cap * this.arity);
        const hits = new Float64Array(cap);
        keys.set(this.keys);
        hits.set(this.hits);
        this.keys = keys;
        this.hits = hits;
        const shared = STAGING[this.arity];
        if (shared.owner === this) {
            shared.keys = keys;
            shared.hits = hits;
        }
    }
    /** Ends an encode: the run is bytes [first, end) of `out`; frees the staging area. */
    finishRun(out, first, end, entries, covered) {
        this.data = commit(out, end - first);
        this.start = out === arena ? first : 0;
        this.entries = entries;
        this.coveredEntries = covered;
        this.release();
    }
    release() {
        const shared = STAGING[this.arity];
        if (shared.owner === this)
            shared.owner = null;
        this.keys = null;
        this.hits = null;
        this.staged = 0;
        this.sorted = true;
    }
    /**
     * Adds `n` entries of arity 1 at once (the DA lines of one LCOV record). A strictly increasing
     * run into an empty instance — a source file's first record, nearly always — is encoded straight
     * into its packed form, without staging or sorting.
     */
    addRun(keys, hits, n) {
        if (this.arity === 1 && this.staged === 0 && !this.data && n > 0) {
            let increasing = true;
            for (let i = 1; i < n; i++) {
                if (keys[i] <= keys[i - 1]) {
                    increasing = false;
                    break;
                }
            }
            if (increasing) {
                const out = reserve(n * 13);
                const first = parkedAt;
                let w = first;
                let prev = 0;
                let covered = 0;
                for (let i = 0; i < n; i++) {
                    const line = keys[i];
                    const d = line - prev;
                    prev = line;
                    if (d < 0x80)
                        out[w++] = d;
                    else
                        w = writeVarint(out, w, d);
                    const h = hits[i];
                    if (h > 0) {
                        covered++;
                        if (h < 0x80)
                            out[w++] = h < 1 ? 1 : h;
                        else
                            w = writeVarint(out, w, h);
                    }
                    else
                        out[w++] = 0;
                }
                this.data = commit(out, w - first);
                this.start = out === arena ? first : 0;
                this.entries = n;
                this.coveredEntries = covered;
                return;
            }
        }
        for (let i = 0; i < n; i++)
            this.add(keys[i], 0, 0, hits[i]);
    }
    /** Orders staged entries i and j by key tuple. */
    compare(i, j) {
        const k = this.keys;
        const a = this.arity;
        const d = k[i * a] - k[j * a];
        if (d !== 0 || a === 1)
            return d;
        return k[i * a + 1] - k[j * a + 1] || k[i * a + 2] - k[j * a + 2];
    }
    /** Folds the staging area into the packed run and frees it. */
    compact() {
        if (this.staged === 0)
            return;
        const a = this.arity;
        const old = this.data;
        // Shards of a file already read, staged in key order (as LCOV, Cobertura and JaCoCo list
        // them): one linear merge with the old run. A shard naming every file again merges millions of
        // entries, which a sort of the two runs together made the larger part of the parse.
        if (old && this.sorted) {
            this.merge(old);
            return;
        }
        // Otherwise decode the old run into the staging area and sort and re-encode all.
        if (old) {
            const oldEntries = this.entries;
            this.data = null;
            this.entries = 0;
            cursor = this.start;
            let line = 0;
            for (let i = 0; i < oldEntries; i++) {
                line += readVarint(old);
                const k1 = a === 3 ? readVarint(old) : 0;
                const k2 = a === 3 ? readVarint(old) : 0;
                const h = readVarint(old);
                const saved = cursor;
                this.add(line, k1, k2, h);
                cursor = saved;
            }
            this.sorted = false;
        }
        const n = this.staged;
        const keys = this.keys;
        const hits = this.hits;
        let order = null;
        if (!this.sorted) {
            order = new Uint32Array(n);
            for (let i = 0; i < n; i++)
                order[i] = i;
            order.sort((x, y) => this.compare(x, y) || x - y);
        }
        // Worst case: every entry kept, each up to 5 bytes a key and 8 for hits.
        const out = reserve(n * (a * 5 + 8));
        const first = parkedAt;
        let w = first;
        let entries = 0;
        let covered = 0;
        let prevLine = 0;
        let k = 0;
        while (k < n) {
            const si = order ? order[k] : k;
            const line = keys[si * a];
            const k1 = a === 3 ? keys[si * a + 1] : 0;
            const k2 = a === 3 ? keys[si * a + 2] : 0;
            let h = hits[si];
            k++;
            // Repeated keys are adjacent once sorted: sum them.
            while (k < n) {
                const sj = order ? order[k] : k;
                if (keys[sj * a] !== line || (a === 3 && (keys[sj * a + 1] !== k1 || keys[sj * a + 2] !== k2)))
                    break;
                h += hits[sj];
                k++;
            }
            w = writeEntry(out, w, line - prevLine, a, k1, k2, h);
            prevLine = line;
            entries++;
            if (h > 0)
                covered++;
        }
        this.finishRun(out, first, w, entries, covered);
    }
    /**
     * Merges the staged entries, in key order (equal keys adjacent), with the packed run `old`:
     * equal keys summed, the result packed in place of both.
     */
    merge(old) {
        const a = this.arity;
        const n = this.staged;
        const keys = this.keys;
        const hits = this.hits;
        const oldEntries = this.entries;
        // Worst case: no key in common, each entry up to 5 bytes a key and 8 for hits. Written past the
        // old run (reserve() gives the free tail of a block, or a new block), never over it.
        const out = reserve((n + oldEntries) * (a * 5 + 8));
        const first = parkedAt;
        let w = first;
        let entries = 0;
        let covered = 0;
        let prevLine = 0;
        // The next old entry, decoded ahead: (oLine, o1, o2) and its hits.
        cursor = this.start;
        let left = oldEntries;
        let oLine = 0;
        let o1 = 0;
        let o2 = 0;
        let oHits = 0;
        if (left > 0) {
            oLine = readVarint(old);
            if (a === 3) {
                o1 = readVarint(old);
                o2 = readVarint(old);
            }
            oHits = readVarint(old);
        }
        let k = 0;
        while (left > 0 || k < n) {
            let line;
            let k1;
            let k2;
            let h = 0;
            let d;
            if (left === 0)
                d = 1;
            else if (k === n)
                d = -1;
            else {
                const at = k * a;
                d = oLine - keys[at];
                if (d === 0 && a === 3)
                    d = o1 - keys[at + 1] || o2 - keys[at + 2];
            }
            if (d <= 0) {
                // The old entry comes first (or its key is staged too: summed below).
                line = oLine;
                k1 = o1;
                k2 = o2;
                h = oHits;
                if (--left > 0) {
                    oLine += readVarint(old);
                    if (a === 3) {
                        o1 = readVarint(old);
                        o2 = readVarint(old);
                    }
                    oHits = readVarint(old);
                }
            }
            else {
                const at = k * a;
                line = keys[at];
                k1 = a === 3 ? keys[at + 1] : 0;
                k2 = a === 3 ? keys[at + 2] : 0;
            }
            if (d >= 0) {
                // Staged entries of this key (adjacent, as they are in order): summed.
                while (k < n && keys[k * a] === line && (a === 1 || (keys[k * a + 1] === k1 && keys[k * a + 2] === k2)))
                    h += hits[k++];
            }
            w = writeEntry(out, w, line - prevLine, a, k1, k2, h);
            prevLine = line;
            entries++;
            if (h > 0)
                covered++;
        }
        this.finishRun(out, first, w, entries, covered);
    }
    get size() {
        this.compact();
        return this.entries;
    }
    /** Nothing added yet (neither packed nor staged); does not compact. */
    get isEmpty() {
        return this.data === null && this.staged === 0;
    }
    get covered() {
        this.compact();
        return this.coveredEntries;
    }
    /** Every entry in key order, repeated keys summed. */
    forEach(fn) {
        this.compact();
        const data = this.data;
        if (!data)
            return;
        cursor = this.start;
        let line = 0;
        for (let i = 0; i < this.entries; i++) {
            line += readVarint(data);
            let k1 = 0;
            let k2 = 0;
            if (this.arity === 3) {
                k1 = readVarint(data);
                k2 = readVarint(data);
            }
            const h = readVarint(data);
            const saved = cursor;
            fn(line, k1, k2, h);
            cursor = saved;
        }
    }
}
/** Hit counts of one source file, keyed by line, branch, function and statement. */
class FileCoverage {
    path;
    lineData = new PackedCounts(1);
    /** A record kept as totals only; while set, every detailed structure below is empty. */
    deferred;
    numericBranches;
    branches;
    functions;
    hashedFunctions;
    statements;
    /** Statements a key stands for, where more than one (a Go block of numStmt statements). */
    statementWeights;
    /** Anonymous branches per line (JaCoCo, Cobertura, Istanbul's Clover): line → [covered, total]. */
    lineBranches;
    /** Line ranges as [start, end, hits] triples, each line of a range counted once (Go blocks). */
    lineRanges;
    /** Totals of formats that give only counts for a file (a summary), per metric. */
    summary;
    constructor(path) {
        this.path = path;
    }
    /** Adds `hits` executions of `line` (1-based). The same line added twice sums. */
    addLine(line, hits) {
        if (this.deferred)
            this.materialize();
        this.lineData.add(line, 0, 0, hits);
    }
    /** Adds `n` lines at once, as {@link addLine} each would (the fast path of streaming parsers). */
    addLineRun(lines, hits, n) {
        if (this.deferred)
            this.materialize();
        this.lineData.addRun(lines, hits, n);
    }
    /**
     * Adds executions of one branch outcome. `key` identifies the outcome within the file
     * (e.g. `id:index` for Istanbul); the same key sums.
     */
    addBranch(key, taken) {
        if (this.deferred)
            this.materialize();
        this.branches ??= new Map();
        this.branches.set(key, (this.branches.get(key) ?? 0) + (taken > 0 ? taken : 0));
    }
    /**
     * Adds executions of one branch outcome identified by numbers (LCOV `BRDA:line,block,branch`,
     * JaCoCo and Cobertura line and index): the same as {@link addBranch} with a compact key, for
     * reports with millions of branches. Outcomes added here and through `addBranch` never match.
     */
    addBranchAt(line, block, branch, taken) {
        if (this.deferred)
            this.materialize();
        this.numericBranches ??= new PackedCounts(3);
        this.numericBranches.add(line, block, branch, taken);
    }
    /** Adds executions of a function, keyed by name (or name and line where names repeat). */
    addFunction(key, hits) {
        if (this.deferred)
            this.materialize();
        this.functions ??= new Map();
        this.functions.set(key, (this.functions.get(key) ?? 0) + (hits > 0 ? hits : 0));
    }
    /**
     * Adds executions of a function identified by a 64-bit hash of its name, given as two 32-bit
     * halves: what a streaming parser uses instead of {@link addFunction} so that it need not make a
     * string of every name (a 100 MB LCOV names a quarter of a million functions twice). Functions
     * added here and through `addFunction` never match.
     */
    addFunctionHash(high, low, hits) {
        if (this.deferred)
            this.materialize();
        this.hashedFunctions ??= new PackedCounts(3);
        this.hashedFunctions.add(high >>> 0, low >>> 0, 0, hits);
    }
    /** Adds executions of a statement, keyed by its position (e.g. `12:3-12:40`). */
    addStatement(key, hits) {
        if (this.deferred)
            this.materialize();
        this.statements ??= new Map();
        this.statements.set(key, (this.statements.get(key) ?? 0) + (hits > 0 ? hits : 0));
    }
    /**
     * Adds executions of `count` statements that run together, keyed by their block (a Go block's
     * numStmt): counted as `count` statements, stored as one entry, whatever the count.
     */
    addStatements(key, count, hits) {
        if (count <= 0)
            return;
        this.addStatement(key, hits);
        if (count !== 1) {
            this.statementWeights ??= new Map();
            this.statementWeights.set(key, Math.max(count, this.statementWeights.get(key) ?? 0));
        }
    }
    /**
     * Branches of a line whose report says only how many there are and how many were taken (JaCoCo
     * `mb`/`cb`, Cobertura `condition-coverage`, Istanbul's Clover `truecount`/`falsecount`): the
     * first `covered` of them count as taken, so two reports of the line merge to the larger of each.
     * Kept as two numbers, whatever the count.
     */
    addLineBranches(line, covered, total) {
        if (total <= 0)
            return;
        if (this.deferred)
            this.materialize();
        this.lineBranches ??= new Map();
        const prev = this.lineBranches.get(line);
        const c = Math.min(covered, total);
        if (!prev)
            this.lineBranches.set(line, [c, total]);
        else {
            prev[0] = Math.max(prev[0], c);
            prev[1] = Math.max(prev[1], total);
        }
    }
    /**
     * Adds `hits` executions of every line from `start` to `end` (a Go block): stored as one range,
     * whatever its length; a line in several ranges or also added by {@link addLine} counts once,
     * covered when any of them ran.
     */
    addLineRange(start, end, hits) {
        if (this.deferred)
            this.materialize();
        if (start === end) {
            this.lineData.add(start, 0, 0, hits);
            return;
        }
        (this.lineRanges ??= []).push(start, end, hits > 0 ? hits : 0);
    }
    /**
     * For formats that give only counts (Istanbul coverage-summary.json, report-level counters):
     * the covered and total count of a metric for this file. Several summaries of one file keep the
     * most complete one (the largest total, then the most covered), as shards of one file measure the
     * same lines. A deferred record stays deferred: summaries are kept apart from the detail and only
     * stand in where it has nothing, which its stored totals tell as well as the detail would.
     */
    addSummary(metric, covered, total) {
        this.summary ??= {};
        const prev = this.summary[metric];
        if (!prev || total > prev.total || (total === prev.total && covered > prev.covered)) {
            this.summary[metric] = { covered: Math.min(covered, total), total };
        }
    }
    /**
     * Folds lines and numeric branches added since the last call into their compact form. Optional
     * (reads compact on demand); streaming parsers call it after each record to keep memory low.
     */
    compact() {
        if (this.deferred)
            return;
        this.lineData.compact();
        this.numericBranches?.compact();
        this.hashedFunctions?.compact();
    }
    /**
     * Line numbers and their summed hits, one entry per line, in order. Lines of ranges are listed
     * one by one (a range's hits added to each): one entry per line, so for reading a file's lines,
     * never for totals (see {@link totals}).
     */
    lines() {
        if (this.deferred)
            this.materialize();
        const hits = new Map();
        this.lineData.forEach((line, _b, _c, h) => {
            hits.set(line, h);
        });
        const r = this.lineRanges ?? [];
        for (let i = 0; i < r.length; i += 3)
            for (let l = r[i]; l <= r[i + 1]; l++)
                hits.set(l, (hits.get(l) ?? 0) + r[i + 2]);
        return [...hits].sort((a, b) => a[0] - b[0]);
    }
    /**
     * Branches per line: line → [covered, total], counted as {@link totals} counts them (numbered
     * outcomes, then a line's anonymous branches beyond them, then keyed outcomes whose key starts
     * with their line: Istanbul's `line|col|…:i`, LCOV's `line:block…`). Outcomes with no line (an
     * Istanbul branch without a location) are left out. Materializes a deferred record: for the few
     * files a caller reads line by line (those a pull request changed), never for a whole report.
     */
    branchesByLine() {
        if (this.deferred)
            this.materialize();
        const out = new Map();
        const bump = (line, covered, total) => {
            const e = out.get(line);
            if (e) {
                e[0] += covered;
                e[1] += total;
            }
            else
                out.set(line, [covered, total]);
        };
        this.numericBranches?.forEach((line, _b, _c, hits) => bump(line, hits > 0 ? 1 : 0, 1));
        if (this.lineBranches) {
            for (const [line, [covered, total]] of this.lineBranches) {
                const n = out.get(line);
                // As countLineBranches: only what this reading adds beyond the numbered outcomes of the line.
                if (n)
                    bump(line, Math.max(covered, n[0]) - n[0], Math.max(total, n[1]) - n[1]);
                else
                    bump(line, covered, total);
            }
        }
        if (this.branches) {
            for (const [key, hits] of this.branches) {
                const m = /^(\d+)[|:]/.exec(key);
                if (m)
                    bump(Number(m[1]), hits > 0 ? 1 : 0, 1);
            }
        }
        return out;
    }
    /**
     * True when no detail has been added and no record is deferred (summaries do not count: they are
     * kept apart). A streaming parser may then keep a record of this file as totals only.
     */
    get isEmpty() {
        return (!this.deferred &&
            this.lineData.isEmpty &&
            (this.numericBranches?.isEmpty ?? true) &&
            (this.hashedFunctions?.isEmpty ?? true) &&
            !this.branches?.size &&
            !this.lineBranches?.size &&
            !this.lineRanges?.length &&
            !this.functions?.size &&
            !this.statements?.size);
    }
    /** True while a record is held as totals only (see {@link defer}). */
    get isDeferred() {
        return this.deferred !== undefined;
    }
    /**
     * Keeps a record of this file as totals only, to be rebuilt in detail if anything else is ever
     * added to the file. Only for a file that {@link isEmpty}: the totals stand for the file's whole
     * detail.
     */
    defer(record) {
        if (!this.isEmpty)
            throw new Error(`internal: deferring a record of ${this.path}, which already has coverage`);
        this.deferred = record;
    }
    /**
     * Rebuilds the detail of a deferred record, so that further additions merge with it per line,
     * branch and function. Every detailed adder calls this first, so no format can merge into totals
     * alone; a no-op when nothing is deferred.
     */
    materialize() {
        const record = this.deferred;
        if (!record)
            return;
        // Cleared first: rebuild() adds through the same adders, which must not come back here.
        this.deferred = undefined;
        record.rebuild(this);
    }
    totals() {
        const t = emptyTotals();
        const d = this.deferred;
        if (d) {
            // The detailed structures are empty while a record is deferred: its totals are the file's.
            t.lines = { covered: d.linesCovered, total: d.linesTotal };
            t.branches = { covered: d.branchesCovered, total: d.branchesTotal };
            t.functions = { covered: d.functionsCovered, total: d.functionsTotal };
            this.applySummary(t);
            return t;
        }
        if (this.lineRanges)
            this.countLinesWithRanges(this.lineRanges, t.lines);
        else {
            t.lines.total = this.lineData.size;
            t.lines.covered = this.lineData.covered;
        }
        count(this.branches, t.branches);
        if (this.numericBranches) {
            t.branches.total += this.numericBranches.size;
            t.branches.covered += this.numericBranches.covered;
        }
        if (this.lineBranches)
            this.countLineBranches(t.branches);
        count(this.functions, t.functions);
        if (this.hashedFunctions) {
            t.functions.total += this.hashedFunctions.size;
            t.functions.covered += this.hashedFunctions.covered;
        }
        count(this.statements, t.statements, this.statementWeights);
        this.applySummary(t);
        return t;
    }
    /**
     * Adds the anonymous branches of lines ({@link addLineBranches}). A line that also has numbered
     * outcomes (LCOV BRDA of the same run) counts as the larger of the two readings, as two reports
     * of one line merge to the larger of each: Cobertura and LCOV of one file do not count it twice.
     */
    countLineBranches(into) {
        let numbered;
        if (this.numericBranches && !this.numericBranches.isEmpty) {
            numbered = new Map();
            const perLine = numbered;
            this.numericBranches.forEach((line, _b, _c, hits) => {
                const e = perLine.get(line) ?? [0, 0];
                e[1]++;
                if (hits > 0)
                    e[0]++;
                perLine.set(line, e);
            });
        }
        for (const [line, [covered, total]] of this.lineBranches) {
            const n = numbered?.get(line);
            // The numbered outcomes are counted already: only what this reading adds beyond them.
            into.total += n ? Math.max(total, n[1]) - n[1] : total;
            into.covered += n ? Math.max(covered, n[0]) - n[0] : covered;
        }
    }
    /**
     * Lines when ranges were added: the union of the ranges and the single lines, in time
     * O(n log n) of the ranges and lines added, never one entry per line of a range.
     */
    countLinesWithRanges(triples, into) {
        const all = [];
        const ran = [];
        for (let i = 0; i < triples.length; i += 3) {
            all.push([triples[i], triples[i + 1]]);
            if (triples[i + 2] > 0)
                ran.push([triples[i], triples[i + 1]]);
        }
        const union = mergeRanges(all);
        const covered = mergeRanges(ran);
        into.total = rangeLength(union);
        into.covered = rangeLength(covered);
        this.lineData.forEach((line, _b, _c, hits) => {
            if (!inRanges(union, line))
                into.total++;
            if (hits > 0 && !inRanges(covered, line))
                into.covered++;
        });
    }
    /**
     * Adds this file's {@link totals} to `into`. The same figures, but a lazy record's without
     * allocating: a report of tens of thousands of files would otherwise spend more time building
     * and dropping per-file totals objects than reading some of them.
     */
    addTotalsTo(into) {
        const d = this.deferred;
        if (d && !this.summary) {
            into.lines.covered += d.linesCovered;
            into.lines.total += d.linesTotal;
            into.branches.covered += d.branchesCovered;
            into.branches.total += d.branchesTotal;
            into.functions.covered += d.functionsCovered;
            into.functions.total += d.functionsTotal;
            return;
        }
        const t = this.totals();
        for (const metric of METRICS) {
            into[metric].covered += t[metric].covered;
            into[metric].total += t[metric].total;
        }
    }
    /** Summary counts stand in only where the detailed data says nothing about a metric. */
    applySummary(t) {
        if (!this.summary)
            return;
        for (const metric of Object.keys(this.summary)) {
            const s = this.summary[metric];
            if (t[metric].total === 0)
                t[metric] = { ...s };
        }
    }
}
function count(map, into, weights) {
    if (!map)
        return;
    if (weights) {
        for (const [key, hits] of map) {
            const w = weights.get(key) ?? 1;
            into.total += w;
            if (hits > 0)
                into.covered += w;
        }
        return;
    }
    into.total += map.size;
    for (const hits of map.values())
        if (hits > 0)
            into.covered++;
}
/** Inclusive ranges sorted and merged where they overlap or touch. */
function mergeRanges(ranges) {
    ranges.sort((a, b) => a[0] - b[0]);
    const out = [];
    for (const [s, e] of ranges) {
        const last = out[out.length - 1];
        if (last && s <= last[1] + 1)
            last[1] = Math.max(last[1], e);
        else
            out.push([s, e]);
    }
    return out;
}
function rangeLength(ranges) {
    let n = 0;
    for (const [s, e] of ranges)
        n += e - s + 1;
    return n;
}
/** Whether `line` is in one of the merged, sorted `ranges` (binary search). */
function inRanges(ranges, line) {
    let lo = 0;
    let hi = ranges.length - 1;
    while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if (line < ranges[mid][0])
            hi = mid - 1;
        else if (line > ranges[mid][1])
            lo = mid + 1;
        else
            return true;
    }
    return false;
}
/**
 * A copy of `s` that owns its characters. A name read from a streamed report (an XML attribute) is
 * a slice of the 256 KB chunk it came in, and keeping the slice as a file's key or a function's
 * name keeps the whole chunk alive: a 340 MB Cobertura report stayed in memory whole. Strings
 * shorter than 13 characters are never slices in V8, so they are returned as they are.
 */
function ownString(s) {
    return s.length < 13 ? s : JSON.parse(JSON.stringify(s));
}
/** Paths as the same file whatever report named them: forward slashes, no leading `./`. */
function normalizeSourcePath(p) {
    // Most paths need nothing: skip the regex (a large LCOV names tens of thousands of files).
    let s = p.indexOf('\\') < 0 ? p : p.replace(/\\/g, '/');
    while (s.startsWith('./'))
        s = s.slice(2);
    return s;
}
/** All coverage read so far, per source file. */
class CoverageAccumulator {
    workspace;
    files = new Map();
    /** Totals a report states only for itself as a whole (see {@link addReportTotals}). */
    reportTotals = emptyTotals();
    /** `${workspace}/`, when known: absolute paths under it are keyed relative to it. */
    root;
    /**
     * `workspace`, when given, is the directory reports' relative paths are taken from: an absolute
     * path inside it (an LCOV `SF:` under `$GITHUB_WORKSPACE`) names the same file as the relative one
     * (Cobertura's `filename` resolved against its `<source>`).
     */
    constructor(workspace) {
        this.workspace = workspace;
        if (workspace)
            this.root = normalizeSourcePath(workspace).replace(/\/+$/, '') + '/';
    }
    /** The record of one source file, created on first use; every format merges through this. */
    file(sourcePath) {
        let key = this.keyOf(sourcePath);
        let f = this.files.get(key);
        if (!f) {
            key = ownString(key);
            f = new FileCoverage(key);
            this.files.set(key, f);
        }
        return f;
    }
    /**
     * Counts a report gives only for itself as a whole, with nothing per file (a Cobertura header's
     * `branches-valid`/`branches-covered` with no branch on any line, a Clover `<project><metrics>`
     * with no `<file>`): added to the totals as they are; they merge with nothing.
     */
    addReportTotals(metric, covered, total) {
        this.reportTotals[metric].covered += Math.min(covered, total);
        this.reportTotals[metric].total += total;
    }
    /** The record of a source file when the reports named it (no record is created). */
    existing(sourcePath) {
        return this.files.get(this.keyOf(sourcePath));
    }
    /** The key of a source path: normalized, and relative to the workspace when inside it. */
    keyOf(sourcePath) {
        const key = normalizeSourcePath(sourcePath);
        return this.root && key.startsWith(this.root) ? normalizeSourcePath(key.slice(this.root.length)) : key;
    }
    get fileCount() {
        return this.files.size;
    }
    fileNames() {
        return [...this.files.keys()];
    }
    /** Totals over every file: covered and total counts summed. */
    totals() {
        const t = emptyTotals();
        for (const f of this.files.values())
            f.addTotalsTo(t);
        for (const metric of METRICS) {
            t[metric].covered += this.reportTotals[metric].covered;
            t[metric].total += this.reportTotals[metric].total;
        }
        return t;
    }
}


/***/ }),

/***/ 6908:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B8: () => (/* binding */ preferCve),
/* harmony export */   Gv: () => (/* binding */ isObject),
/* harmony export */   RW: () => (/* binding */ jsonHead),
/* harmony export */   Xk: () => (/* binding */ expectObject),
/* harmony export */   gx: () => (/* binding */ str),
/* harmony export */   iZ: () => (/* binding */ objectsOf),
/* harmony export */   iw: () => (/* binding */ stringsOf)
/* harmony export */ });
/* unused harmony export arrayOf */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6512);
/**
 * Small readers shared by the vulns parsers: typed access to untrusted JSON, and the cheap
 * look at a report's head that detection uses. Internal to src/core/reports/vulns.
 */

function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** The value when it is an array, else an empty one: reports omit empty lists or write null. */
function arrayOf(value) {
    return Array.isArray(value) ? value : [];
}
/** The objects of an array, skipping anything else. */
function objectsOf(value) {
    return arrayOf(value).filter(isObject);
}
/** The strings of an array, skipping anything else. */
function stringsOf(value) {
    return arrayOf(value).filter((s) => typeof s === 'string');
}
/** A string field, or undefined when absent or of another type (numbers are written as text). */
function str(value) {
    if (typeof value === 'string')
        return value;
    if (typeof value === 'number' && Number.isFinite(value))
        return String(value);
    return undefined;
}
/** The head with leading whitespace dropped (detection then looks for keys anywhere in it). */
function jsonHead(head) {
    return head.replace(/^\s+/, '');
}
/** Refuses a document whose top level is not what the format writes. */
function expectObject(doc, what) {
    if (!isObject(doc))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`not a ${what}: the top level is not a JSON object`);
    return doc;
}
/**
 * The CVE among a finding's ids, when there is exactly one way to pick it: scanners name the same
 * advisory by GHSA, vendor or CVE id, and the CVE is the one they share, so reports of one package
 * from two tools count once.
 */
function preferCve(primary, others) {
    if (/^CVE-\d+-\d+$/i.test(primary))
        return primary;
    const cves = [...new Set([...others].filter((id) => /^CVE-\d+-\d+$/i.test(id)))].sort();
    return cves[0] ?? primary;
}


/***/ }),

/***/ 7889:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FN: () => (/* binding */ newFindings),
/* harmony export */   GX: () => (/* binding */ severityFromWord),
/* harmony export */   fl: () => (/* binding */ findingKey),
/* harmony export */   gj: () => (/* binding */ VulnAccumulator),
/* harmony export */   oC: () => (/* binding */ SEVERITIES),
/* harmony export */   qI: () => (/* binding */ severityFromScore),
/* harmony export */   ur: () => (/* binding */ severityCounts)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6512);
/**
 * Vulnerabilities counted by severity across reports. One finding reported by several files (or
 * twice in one, e.g. for two targets) counts once: same id, package and version.
 *
 * Which findings are new against a base report (`vulns_new_*`): {@link findingKey} names a finding
 * the same way from run to run, {@link VulnAccumulator.keys} lists a report's keys and
 * {@link newFindings} takes the base's keys away from the head's findings.
 */

const SEVERITIES = ['critical', 'high', 'medium', 'low'];
/**
 * The name of a finding that stays the same from run to run, to tell new findings from old ones:
 * id (CVE, GHSA, rule), package (for code findings: the file), and the SARIF line hash when the
 * result has one. Never the installed version (an upgrade that leaves the advisory open is not a
 * new problem), never a line number (code moves: a line added above a finding is not a new one).
 * Written as a JSON array, e.g. `["CVE-2019-1549","libssl1.1"]`, so that a base report can store it.
 *
 * Per format (the tools' own rules, cited where each parser fills the fields):
 * - SARIF and code scanning alerts: rule id + file (`package`) + `primaryLocationLineHash` when the
 *   result has one, GitHub code scanning's identity of a result across runs. Without it,
 *   results of one rule in one file that differ only by line share a key; {@link newFindings}
 *   counts them (two in base and three in head: one new).
 * - Dependency scanners (Trivy, Grype, osv-scanner, npm audit, Snyk, Dependabot alerts): advisory id +
 *   package, without `location`. osv-scanner's own PR reporter (osv-reporter,
 *   cmd/osv-reporter/main.go with internal/ci/vulnerability_result_diff.go,
 *   `DiffVulnerabilityResultsByOccurrences`) reports nothing new when only a lockfile moved; Trivy's
 *   `Target` of OS packages names the image file and the OS release (`alpine-39.tar.gz (alpine
 *   3.9.4)`), Grype's and Trivy's package paths name jar and dist-info files by version, and npm's
 *   node paths move when npm hoists: all change with no new problem. A package vulnerable at two
 *   versions (two lockfiles) is two findings with one key, so the count still tells a new one.
 */
function findingKey(v) {
    // A JSON array: printable in a stored report, and no id or package can run into the next part.
    return JSON.stringify(v.fingerprint === undefined ? [v.id, v.package] : [v.id, v.package, v.fingerprint]);
}
/**
 * The findings of `head` whose keys the base does not hold, as a multiset difference: a key twice in
 * head and once in base gives one new finding (the later one, in head's order).
 */
function newFindings(head, baseKeys) {
    const remaining = new Map();
    for (const key of baseKeys)
        remaining.set(key, (remaining.get(key) ?? 0) + 1);
    const out = [];
    for (const v of head) {
        const key = findingKey(v);
        const left = remaining.get(key) ?? 0;
        if (left > 0)
            remaining.set(key, left - 1);
        else
            out.push(v);
    }
    return out;
}
/** Findings per severity; those without one count in none. */
function severityCounts(findings) {
    const c = { critical: 0, high: 0, medium: 0, low: 0 };
    for (const v of findings)
        if (v.severity)
            c[v.severity]++;
    return c;
}
/**
 * Severity from a CVSS-like score the way GitHub code scanning maps `security-severity`:
 * 9.0 and over critical, 7.0 to 8.9 high, 4.0 to 6.9 medium, above 0 to 3.9 low. These are the
 * CVSS v3 rating bands; GitHub's docs word them "over 9.0 is critical … 3.9 or less is low", and a
 * score of exactly 9.0 rates critical as in CVSS. A score of 0 or below (CVSS "None"), or one that is
 * not a number, counts in no severity.
 */
function severityFromScore(score) {
    if (!Number.isFinite(score))
        return null;
    // CVSS scores run from 0 to 10: 57 or -1 is a broken report, not a critical or a harmless finding.
    if (score < 0 || score > 10)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`severity score ${score} is not a CVSS score (0 to 10)`);
    if (score >= 9.0)
        return 'critical';
    if (score >= 7.0)
        return 'high';
    if (score >= 4.0)
        return 'medium';
    if (score > 0)
        return 'low';
    return null;
}
/** Maps the severity words tools write (CRITICAL, moderate, Negligible, …) to ours. */
function severityFromWord(word) {
    switch ((word ?? '').trim().toLowerCase()) {
        case 'critical':
            return 'critical';
        case 'high':
        case 'important':
            return 'high';
        case 'medium':
        case 'moderate':
            return 'medium';
        case 'low':
        case 'minor':
            return 'low';
        default:
            return null; // info, negligible, unknown, none
    }
}
/** Findings of every vulns report read, deduplicated by id, package and version. */
class VulnAccumulator {
    seen = new Map();
    /** The report being read: every finding added meanwhile names it as its source. */
    source;
    /** Adds a finding; the same id, package and version again keeps the higher severity. */
    add(v) {
        const key = `${v.id}\u0000${v.package}\u0000${v.version}`;
        const prev = this.seen.get(key);
        const found = { ...v, source: v.source ?? this.source, fixed: v.fixed || prev?.fixed };
        // The place first seen stays with the finding (and its key), whichever report rates it higher.
        if (prev?.location !== undefined)
            found.location = prev.location;
        if (prev?.fingerprint !== undefined)
            found.fingerprint = prev.fingerprint;
        // Tools disagree on severity now and then; the higher one stands.
        if (!prev || rank(v.severity) > rank(prev.severity))
            this.seen.set(key, found);
        else if (!prev.fixed && found.fixed)
            prev.fixed = found.fixed;
    }
    /** Distinct findings, including those that count in no severity. */
    get size() {
        return this.seen.size;
    }
    /** Distinct findings per severity. */
    counts() {
        return severityCounts(this.seen.values());
    }
    /** The distinct findings, in the order first seen. */
    all() {
        return [...this.seen.values()];
    }
    /**
     * The key of every distinct finding ({@link findingKey}), in the order first seen: one per finding,
     * so a key repeats when findings differ only by what the key leaves out (line, version).
     */
    keys() {
        return this.all().map(findingKey);
    }
    /** The distinct findings of one severity, in the order first seen. */
    of(severity) {
        return this.all().filter((v) => v.severity === severity);
    }
}
function rank(s) {
    return s ? 4 - SEVERITIES.indexOf(s) : 0;
}


/***/ }),

/***/ 6289:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Is: () => (/* binding */ sarif),
/* harmony export */   h9: () => (/* binding */ SARIF_LEVEL_SEVERITY)
/* harmony export */ });
/* unused harmony export SARIF_VERSION */
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4358);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6512);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7889);
/* harmony import */ var _json_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6908);
/**
 * SARIF 2.1.0, as GitHub code scanning reads it (CodeQL, ESLint's SARIF formatter, Semgrep, Trivy
 * and Grype with `-f sarif`, …).
 *
 * Severity, in this order:
 * 1. `properties["security-severity"]` of the result's rule — the rule found through
 *    `result.rule.toolComponent` + `rule.index`, `result.ruleIndex`, or `result.ruleId` among the
 *    driver's rules and then the extensions' rules. GitHub reads this property on rules only
 *    (reportingDescriptor objects); a result-level `security-severity` is not documented by GitHub
 *    and is ignored here too. The score maps as {@link severityFromScore}.
 * 2. Otherwise the level: the result's `level`, else the rule's `defaultConfiguration.level`, else
 *    `warning` (the SARIF default):
 *    `error` → high, `warning` → medium, `note` → low, `none` → not counted.
 *    Why: without a security severity GitHub shows only Error/Warning/Note, never Critical, and its
 *    code scanning merge protection pairs "Errors" with "High or higher"; mapping `error` to
 *    critical would let ordinary lint errors fail `vulns_critical: 0`, while mapping it lower would
 *    let a tool's most serious finding slip under `vulns_high: 0`.
 *
 * Not counted: results with `kind` other than `fail` (pass, review, informational, …), results
 * with an accepted suppression (`suppressions[]` whose `status` is `accepted` or absent — a
 * suppression under review or rejected does not hide anything), and results whose
 * `baselineState` is `absent` (fixed since the baseline).
 *
 * Dedup key: rule id as `id`, file URI as `package`, start line as `version`.
 *
 * Key across runs (findingKey in model.ts, for `vulns_new_*`): rule id, file URI and the result's
 * `partialFingerprints.primaryLocationLineHash`, never the line. That is GitHub code scanning's
 * identity of a result ("SARIF support for code scanning", providing data to track alerts across
 * runs: "the primaryLocationLineHash is used as a stable intra-file location, which is combined with
 * the repository, file path, and rule data to form the full identity"). CodeQL writes it, and
 * upload-sarif computes it from the source when a tool does not; it hashes the code at the location,
 * not its line number, so an alert follows its code when lines are added above it. A result without
 * it is keyed by rule and file alone; several of them in one file are counted (multiset) rather than
 * told apart. Other partial fingerprints (CodeQL's `primaryLocationStartColumnFingerprint`, tools'
 * own) are not part of GitHub's identity and are left out.
 */




/** Severity of a SARIF level when the rule has no `security-severity`. */
const SARIF_LEVEL_SEVERITY = {
    error: 'high',
    warning: 'medium',
    note: 'low',
    none: null
};
/** The one SARIF version GitHub code scanning accepts. */
const SARIF_VERSION = '2.1.0';
const sarif = {
    id: 'sarif',
    kind: 'vulns',
    description: 'SARIF 2.1.0: rule security-severity as GitHub code scanning maps it (9.0+ critical, 7.0+ high, 4.0+ medium, above 0 low); ' +
        'without one, level error→high, warning→medium, note→low, none→not counted; suppressed and absent results skipped',
    detect(head) {
        const h = (0,_json_js__WEBPACK_IMPORTED_MODULE_3__/* .jsonHead */ .RW)(head);
        if (!h.startsWith('{'))
            return false;
        // `runs` is SARIF's own key; `$schema` or `version` names the format (either may come first).
        return /"runs"\s*:/.test(h) && (/"\$schema"\s*:\s*"[^"]*sarif/i.test(h) || /"version"\s*:\s*"\d+\.\d+\.\d+/.test(h));
    },
    async parse(ctx, sink) {
        const log = (0,_json_js__WEBPACK_IMPORTED_MODULE_3__/* .expectObject */ .Xk)(await (0,_files_js__WEBPACK_IMPORTED_MODULE_0__/* .readJson */ .Vh)(ctx.file, ctx.shown, ctx.input), 'SARIF log');
        const version = (0,_json_js__WEBPACK_IMPORTED_MODULE_3__/* .str */ .gx)(log.version);
        if (version !== SARIF_VERSION) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`SARIF version ${version === undefined ? '(missing)' : JSON.stringify(version)} is not supported`, {
                hint: `GitHub code scanning reads SARIF ${SARIF_VERSION} only; write ${SARIF_VERSION} (most tools do by default) or convert it with the SARIF Multitool`
            });
        }
        if (!Array.isArray(log.runs))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y('not a SARIF log: `runs` is not an array');
        for (const run of (0,_json_js__WEBPACK_IMPORTED_MODULE_3__/* .objectsOf */ .iZ)(log.runs))
            readRun(run, sink);
    }
};
function readRun(run, sink) {
    const tool = (0,_json_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .Gv)(run.tool) ? run.tool : {};
    const driverRules = (0,_json_js__WEBPACK_IMPORTED_MODULE_3__/* .objectsOf */ .iZ)((0,_json_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .Gv)(tool.driver) ? tool.driver.rules : undefined);
    const extensionRules = (0,_json_js__WEBPACK_IMPORTED_MODULE_3__/* .objectsOf */ .iZ)(tool.extensions).map((ext) => (0,_json_js__WEBPACK_IMPORTED_MODULE_3__/* .objectsOf */ .iZ)(ext.rules));
    const artifacts = (0,_json_js__WEBPACK_IMPORTED_MODULE_3__/* .objectsOf */ .iZ)(run.artifacts);
    for (const result of (0,_json_js__WEBPACK_IMPORTED_MODULE_3__/* .objectsOf */ .iZ)(run.results)) {
        const kind = (0,_json_js__WEBPACK_IMPORTED_MODULE_3__/* .str */ .gx)(result.kind);
        if (kind !== undefined && kind !== 'fail')
            continue;
        if ((0,_json_js__WEBPACK_IMPORTED_MODULE_3__/* .str */ .gx)(result.baselineState) === 'absent')
            continue;
        if (isSuppressed(result))
            continue;
        const rule = findRule(result, driverRules, extensionRules);
        const ruleId = (0,_json_js__WEBPACK_IMPORTED_MODULE_3__/* .str */ .gx)(result.ruleId) ?? (0,_json_js__WEBPACK_IMPORTED_MODULE_3__/* .str */ .gx)((0,_json_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .Gv)(result.rule) ? result.rule.id : undefined) ?? (0,_json_js__WEBPACK_IMPORTED_MODULE_3__/* .str */ .gx)(rule?.id) ?? '(no rule)';
        const location = primaryLocation(result, artifacts);
        sink.add({
            id: ruleId,
            package: location.uri,
            version: location.line,
            severity: severityOf(result, rule),
            title: text(rule?.shortDescription) ?? text(result.message),
            location: location.uri || undefined,
            fingerprint: fingerprintOf(result)
        });
    }
}
/** Severity from the rule's security-severity, else from the level (see the module doc). */
function severityOf(result, rule) {
    const props = rule && (0,_json_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .Gv)(rule.properties) ? rule.properties : undefined;
    const raw = props?.['security-severity'];
    const score = typeof raw === 'number' ? raw : typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : NaN;
    if (Number.isFinite(score))
        return (0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .severityFromScore */ .qI)(score);
    const config = rule && (0,_json_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .Gv)(rule.defaultConfiguration) ? rule.defaultConfiguration : undefined;
    const level = (0,_json_js__WEBPACK_IMPORTED_MODULE_3__/* .str */ .gx)(result.level) ?? (0,_json_js__WEBPACK_IMPORTED_MODULE_3__/* .str */ .gx)(config?.level) ?? 'warning';
    // An unknown level word is read as SARIF's default, warning; `none` maps to null on purpose.
    return Object.hasOwn(SARIF_LEVEL_SEVERITY, level) ? SARIF_LEVEL_SEVERITY[level] : SARIF_LEVEL_SEVERITY.warning;
}
/**
 * The result's `partialFingerprints.primaryLocationLineHash` (SARIF §3.27.17; a hash of the code at
 * the location, with `:n` for its n-th identical occurrence in the file), or undefined.
 */
function fingerprintOf(result) {
    const partial = (0,_json_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .Gv)(result.partialFingerprints) ? result.partialFingerprints : undefined;
    const hash = (0,_json_js__WEBPACK_IMPORTED_MODULE_3__/* .str */ .gx)(partial?.primaryLocationLineHash);
    return hash ? `primaryLocationLineHash=${hash}` : undefined;
}
function isSuppressed(result) {
    return (0,_json_js__WEBPACK_IMPORTED_MODULE_3__/* .objectsOf */ .iZ)(result.suppressions).some((s) => {
        const status = (0,_json_js__WEBPACK_IMPORTED_MODULE_3__/* .str */ .gx)(s.status);
        return status === undefined || status === 'accepted';
    });
}
/** The rule a result refers to: by component and index first (exact), then by id. */
function findRule(result, driverRules, extensionRules) {
    const ref = (0,_json_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .Gv)(result.rule) ? result.rule : undefined;
    const component = ref && (0,_json_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .Gv)(ref.toolComponent) ? ref.toolComponent : undefined;
    const componentIndex = typeof component?.index === 'number' ? component.index : undefined;
    const rules = componentIndex !== undefined ? extensionRules[componentIndex] ?? [] : driverRules;
    const index = typeof ref?.index === 'number' ? ref.index : typeof result.ruleIndex === 'number' ? result.ruleIndex : undefined;
    if (index !== undefined && rules[index])
        return rules[index];
    const id = (0,_json_js__WEBPACK_IMPORTED_MODULE_3__/* .str */ .gx)(result.ruleId) ?? (0,_json_js__WEBPACK_IMPORTED_MODULE_3__/* .str */ .gx)(ref?.id);
    if (id === undefined)
        return undefined;
    // A hierarchical id such as `a/b` names a sub-rule of `a` when no rule `a/b` exists (SARIF §3.27.5).
    const candidates = [id, id.split('/')[0]];
    for (const candidate of candidates) {
        for (const list of [rules, driverRules, ...extensionRules]) {
            const found = list.find((r) => r.id === candidate);
            if (found)
                return found;
        }
    }
    return undefined;
}
function primaryLocation(result, artifacts) {
    const location = (0,_json_js__WEBPACK_IMPORTED_MODULE_3__/* .objectsOf */ .iZ)(result.locations)[0];
    const physical = location && (0,_json_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .Gv)(location.physicalLocation) ? location.physicalLocation : undefined;
    const artifact = physical && (0,_json_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .Gv)(physical.artifactLocation) ? physical.artifactLocation : undefined;
    let uri = (0,_json_js__WEBPACK_IMPORTED_MODULE_3__/* .str */ .gx)(artifact?.uri);
    if (uri === undefined && typeof artifact?.index === 'number') {
        const listed = artifacts[artifact.index];
        uri = listed && (0,_json_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .Gv)(listed.location) ? (0,_json_js__WEBPACK_IMPORTED_MODULE_3__/* .str */ .gx)(listed.location.uri) : undefined;
    }
    const region = physical && (0,_json_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .Gv)(physical.region) ? physical.region : undefined;
    return { uri: uri ?? '', line: (0,_json_js__WEBPACK_IMPORTED_MODULE_3__/* .str */ .gx)(region?.startLine) ?? '' };
}
function text(message) {
    return (0,_json_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .Gv)(message) ? (0,_json_js__WEBPACK_IMPORTED_MODULE_3__/* .str */ .gx)(message.text) ?? (0,_json_js__WEBPACK_IMPORTED_MODULE_3__/* .str */ .gx)(message.markdown) : undefined;
}


/***/ })

};
