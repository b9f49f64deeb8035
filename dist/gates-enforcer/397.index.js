export const id = 397;
export const ids = [397];
export const modules = {

/***/ 5397:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony import */ var _host_actions_host_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5879);
/* harmony import */ var _host_run_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9427);
/* harmony import */ var _core_commands_gates_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3140);
/** Entry of actions/gates-enforcer: builds the runner host and runs the gates command. */



process.exitCode = await (0,_host_run_js__WEBPACK_IMPORTED_MODULE_1__/* .runCommand */ .d)(new _host_actions_host_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionsHost */ .Q(), _core_commands_gates_js__WEBPACK_IMPORTED_MODULE_2__/* .runGates */ .A);

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 3361:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ur: () => (/* binding */ claimSignals),
/* harmony export */   cJ: () => (/* binding */ Cancelled),
/* harmony export */   xE: () => (/* binding */ sleepUnlessCancelled),
/* harmony export */   yD: () => (/* binding */ signalName)
/* harmony export */ });
/* unused harmony export onCancel */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6512);
/* harmony import */ var _early_signals_key_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6554);
/**
 * Cancellation as the runner does it: a cancelled job's step gets SIGINT, then SIGTERM, then
 * SIGKILL a few seconds apart. Commands turn the first signal into an aborted AbortSignal (its
 * `reason` is the signal's name), stop what runs, record that they were cancelled, and end.
 */


/** A run stopped by cancellation. One line, exit 1, like any error a user sees. */
class Cancelled extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y {
    signalName;
    constructor(signalName, message) {
        super(`cancelled (${signalName}): ${message}`);
        this.signalName = signalName;
        this.name = 'Cancelled';
    }
}
/** The name of the signal that aborted `signal` ("a signal" when it was aborted otherwise). */
function signalName(signal) {
    return typeof signal.reason === 'string' ? signal.reason : 'a signal';
}
const SIGNALS = ['SIGINT', 'SIGTERM'];
/**
 * Takes SIGINT and SIGTERM over from the start-up handlers of src/host/early-signals.ts: `handler`
 * gets every later signal, and at once each one received before (a cancel during start-up is not
 * lost). The returned function gives them back to the start-up handlers, which keep what comes after.
 */
function claimSignals(handler) {
    const early = globalThis[_early_signals_key_js__WEBPACK_IMPORTED_MODULE_1__/* .EARLY_SIGNALS */ ._];
    for (const name of SIGNALS) {
        process.on(name, handler);
        if (early)
            process.off(name, early.handler);
    }
    for (const name of early?.pending.splice(0) ?? [])
        handler(name);
    return () => {
        for (const name of SIGNALS) {
            process.off(name, handler);
            if (early)
                process.on(name, early.handler);
        }
    };
}
/**
 * Aborts the returned signal on the first SIGINT or SIGTERM of this process (also one received
 * during start-up, before this was called), after calling `first` (synchronously: the runner's
 * SIGKILL may follow in seconds). Later signals are ignored, so that the run can finish recording.
 * `dispose` removes the handlers.
 */
function onCancel(first = () => undefined) {
    const controller = new AbortController();
    const dispose = claimSignals((name) => {
        if (controller.signal.aborted)
            return;
        first(name);
        controller.abort(name);
    });
    return { signal: controller.signal, dispose };
}
/** Waits `ms`, or throws {@link Cancelled} as soon as `signal` is aborted. */
function sleepUnlessCancelled(ms, signal, what) {
    if (!signal)
        return new Promise((resolve) => setTimeout(resolve, ms));
    if (signal.aborted)
        return Promise.reject(new Cancelled(signalName(signal), what));
    return new Promise((resolve, reject) => {
        const onAbort = () => {
            clearTimeout(timer);
            reject(new Cancelled(signalName(signal), what));
        };
        const timer = setTimeout(() => {
            signal.removeEventListener('abort', onAbort);
            resolve();
        }, ms);
        signal.addEventListener('abort', onAbort, { once: true });
    });
}


/***/ }),

/***/ 3140:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  A: () => (/* binding */ runGates)
});

// EXTERNAL MODULE: ./.build/src/core/errors.js
var core_errors = __webpack_require__(6512);
// EXTERNAL MODULE: ./.build/src/core/constants.js
var constants = __webpack_require__(906);
// EXTERNAL MODULE: ./.build/src/core/inputs.js
var inputs = __webpack_require__(5146);
// EXTERNAL MODULE: ./.build/src/core/files.js + 2 modules
var core_files = __webpack_require__(1836);
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

;// CONCATENATED MODULE: ./.build/src/core/reports/perf/model.js
/**
 * Latency and error figures merged across reports. Raw samples are kept in a growable typed array
 * and percentiles computed with one documented method; reports that carry only percentiles
 * (summaries) are combined conservatively.
 */


/**
 * The percentile method used everywhere (gates, smoke-test): linear interpolation between the
 * closest ranks, R-7 in Hyndman & Fan's list — the method of k6's trend metrics, NumPy's default
 * and Excel's PERCENTILE.INC. `sorted` must be in ascending order.
 */
function percentileOfSorted(sorted, p) {
    const n = sorted.length;
    if (n === 0)
        return NaN;
    if (n === 1)
        return sorted[0];
    const rank = (p / 100) * (n - 1);
    const lo = Math.floor(rank);
    const hi = Math.ceil(rank);
    return sorted[lo] + (sorted[hi] - sorted[lo]) * (rank - lo);
}
/** Percentiles that perf gates know, by metric name. */
const PERCENTILES = { perf_p50_ms: 50, perf_p90_ms: 90, perf_p95_ms: 95, perf_p99_ms: 99 };
class PerfAccumulator {
    samples = new Float64Array(1024);
    sampleCount = 0;
    summaries = [];
    requests = 0;
    failures = 0;
    counted = false;
    /** One latency sample in milliseconds (0 to 10⁹: anything else is refused, not skipped). */
    addSample(ms) {
        (0,domain/* latencyMs */.zn)(ms, 'latency sample');
        if (this.sampleCount === this.samples.length) {
            const grown = new Float64Array(this.samples.length * 2);
            grown.set(this.samples);
            this.samples = grown;
        }
        this.samples[this.sampleCount++] = ms;
    }
    /** Requests and failures, for the error rate (reports with samples say them here too). */
    addCounts(requests, failures) {
        (0,domain/* countValue */.lA)(requests, 'request count');
        (0,domain/* countValue */.lA)(failures, 'failure count');
        if (failures > requests)
            throw new core_errors/* UserError */.y(`${failures} failures of ${requests} requests`);
        this.counted = true;
        this.requests += requests;
        this.failures += failures;
    }
    /** Percentiles a tool computed itself. Counts in it are added as with {@link addCounts}. */
    addSummary(summary) {
        for (const key of ['p50', 'p90', 'p95', 'p99'])
            if (summary[key] !== undefined)
                (0,domain/* latencyMs */.zn)(summary[key], key);
        this.summaries.push(summary);
        if (summary.requests !== undefined)
            this.addCounts(summary.requests, summary.failures ?? 0);
    }
    get sampleTotal() {
        return this.sampleCount;
    }
    /**
     * Figures over everything read. With raw samples, percentiles come from them (summaries from
     * other files are then ignored for that percentile only when no sample exists); with summaries
     * only, the worst (highest) value of each percentile is taken, since percentiles of different
     * runs cannot be merged exactly.
     */
    figures() {
        const result = {
            perf_p50_ms: null,
            perf_p90_ms: null,
            perf_p95_ms: null,
            perf_p99_ms: null,
            perf_error_rate: null,
            requests: this.requests,
            failures: this.failures,
            samples: this.sampleCount
        };
        const keys = [
            ['perf_p50_ms', 'p50'],
            ['perf_p90_ms', 'p90'],
            ['perf_p95_ms', 'p95'],
            ['perf_p99_ms', 'p99']
        ];
        let sorted;
        if (this.sampleCount > 0) {
            sorted = this.samples.slice(0, this.sampleCount).sort();
        }
        for (const [metric, key] of keys) {
            const values = [];
            if (sorted)
                values.push(percentileOfSorted(sorted, PERCENTILES[metric]));
            for (const s of this.summaries) {
                const v = s[key];
                if (typeof v === 'number' && Number.isFinite(v))
                    values.push(v);
            }
            result[metric] = values.length ? Math.max(...values) : null;
        }
        if (this.counted && this.requests > 0)
            result.perf_error_rate = (this.failures / this.requests) * 100;
        else if (this.counted)
            result.perf_error_rate = 0;
        return result;
    }
}

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
    const acc = new PerfAccumulator();
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
    const { createGitHubClient, clientOptionsFromEnv, repoFromEnv } = await Promise.all(/* import() */[__webpack_require__.e(932), __webpack_require__.e(408)]).then(__webpack_require__.bind(__webpack_require__, 7408));
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
    const { pullRequestFromEnv, completePullRequest } = await Promise.all(/* import() */[__webpack_require__.e(932), __webpack_require__.e(564)]).then(__webpack_require__.bind(__webpack_require__, 564));
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
    const { readChange, patchCoverage, describeNoPatchData } = await Promise.all(/* import() */[__webpack_require__.e(932), __webpack_require__.e(206)]).then(__webpack_require__.bind(__webpack_require__, 4206));
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
    const baseMod = await Promise.all(/* import() */[__webpack_require__.e(932), __webpack_require__.e(567)]).then(__webpack_require__.bind(__webpack_require__, 5567));
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
    const { upsertPullRequestComment } = await Promise.all(/* import() */[__webpack_require__.e(932), __webpack_require__.e(929)]).then(__webpack_require__.bind(__webpack_require__, 7929));
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
    const alertKinds = alertsValue ? (await Promise.all(/* import() */[__webpack_require__.e(932), __webpack_require__.e(256)]).then(__webpack_require__.bind(__webpack_require__, 3256))).parseAlertKinds(alertsValue) : [];
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
    const { countOpenAlerts } = await Promise.all(/* import() */[__webpack_require__.e(932), __webpack_require__.e(256)]).then(__webpack_require__.bind(__webpack_require__, 3256));
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
    const { publishCheckRun } = await Promise.all(/* import() */[__webpack_require__.e(932), __webpack_require__.e(502)]).then(__webpack_require__.bind(__webpack_require__, 7502));
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
        embed: (await Promise.all(/* import() */[__webpack_require__.e(932), __webpack_require__.e(567)]).then(__webpack_require__.bind(__webpack_require__, 5567))).embedReport(report),
        annotations,
        detailsUrl: runId ? `${server}/${repo.owner}/${repo.repo}/actions/runs/${runId}` : undefined
    });
    host.info(`Check run ${name}: ${published.htmlUrl}`);
}


/***/ }),

/***/ 906:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hw: () => (/* binding */ Defaults),
/* harmony export */   bU: () => (/* binding */ GatesOutputs),
/* harmony export */   sd: () => (/* binding */ GATES_REPORT_SCHEMA),
/* harmony export */   wI: () => (/* binding */ GatesInputs)
/* harmony export */ });
/* unused harmony exports ValidationInputs, ValidationOutputs, SmokeInputs, SmokeOutputs, SMOKE_REPORT_SCHEMA, DeployInputs, DeployOutputs, DEPLOY_LEDGER_DEFAULT, PipelineInputs, PipelineOutputs, PHASE_07_REPORT_DEFAULT */
/** Input and output names, once. Each notes the actions that use it. */
/** Inputs of gates-enforcer (and the root action). */
const GatesInputs = {
    PhaseFile: 'phase-file',
    Gates: 'gates',
    CoverageFiles: 'coverage-files',
    PerfFiles: 'perf-files',
    VulnFiles: 'vuln-files',
    GithubAlerts: 'github-alerts',
    SmokeReport: 'smoke-report',
    Metrics: 'metrics',
    FailOnMissing: 'fail-on-missing',
    Fail: 'fail',
    CheckName: 'check-name',
    ReportPath: 'report-path',
    Token: 'token',
    BaseRef: 'base-ref',
    BaseReport: 'base-report',
    BaseArtifact: 'base-artifact',
    Comment: 'comment',
    AnalysisReport: 'analysis-report'
};
/** Outputs of gates-enforcer. */
const GatesOutputs = {
    Passed: 'passed',
    FailedGates: 'failed-gates',
    Report: 'report',
    ReportPath: 'report-path'
};
/** Default artifact paths (SPEC, "Artifacts"). */
const Defaults = {
    GatesReport: 'gates-report.json',
    ValidationSarif: 'workflows-validation.sarif',
    DeployLog: 'ci/deploy-logs.txt',
    SmokeReport: 'post-deploy/smoke-report.json',
    /** The artifact whose gates report of the base branch relative gates compare with. */
    BaseArtifact: 'gates-report'
};
const GATES_REPORT_SCHEMA = 'phase-gates/gates-report@1';
/** Inputs of workflows-validation. */
const ValidationInputs = {
    Paths: 'paths',
    RequiredChecks: 'required-checks',
    BaseBranch: 'base-branch',
    Config: 'config',
    FailOn: 'fail-on',
    SarifPath: 'sarif-path',
    Token: 'token'
};
/** Outputs of workflows-validation. */
const ValidationOutputs = {
    Valid: 'valid',
    ErrorCount: 'error-count',
    WarningCount: 'warning-count',
    SarifPath: 'sarif-path',
    Report: 'report'
};
/** Inputs of smoke-test (and the root action). */
const SmokeInputs = {
    Url: 'url',
    Checks: 'checks',
    WaitForReady: 'wait-for-ready',
    Retries: 'retries',
    RetryDelayMs: 'retry-delay-ms',
    TimeoutMs: 'timeout-ms',
    FollowRedirects: 'follow-redirects',
    Samples: 'samples',
    Concurrency: 'concurrency',
    P95Ms: 'p95-ms',
    MaxErrorRate: 'max-error-rate',
    MonitorSeconds: 'monitor-seconds',
    ReportPath: 'report-path',
    DeploymentId: 'deployment-id',
    Analysis: 'analysis',
    AnalysisArgs: 'analysis-args',
    OnInconclusive: 'on-inconclusive',
    AnalysisReportPath: 'analysis-report-path',
    LogPath: 'log-path',
    Token: 'token'
};
/** Outputs of smoke-test. */
const SmokeOutputs = {
    Passed: 'passed',
    ReportPath: 'report-path',
    P95Ms: 'p95-ms',
    ErrorRate: 'error-rate',
    FailedChecks: 'failed-checks'
};
const SMOKE_REPORT_SCHEMA = 'phase-gates/smoke-report@1';
/** Inputs of deploy (and the root action). */
const DeployInputs = {
    Environment: 'environment',
    Production: 'production',
    Mode: 'mode',
    Provider: 'provider',
    ProviderOptions: 'provider-options',
    Version: 'version',
    Run: 'run',
    RollbackRun: 'rollback-run',
    MigrateRun: 'migrate-run',
    // The release checklist (issue 18): each a pre-deploy check.
    RequireCiGreen: 'require-ci-green',
    CiWaitMinutes: 'ci-wait-minutes',
    RequireApproval: 'require-approval',
    VerifyAttestation: 'verify-attestation',
    AttestationBundle: 'attestation-bundle',
    AttestationTrustedRoot: 'attestation-trusted-root',
    AttestationSigner: 'attestation-signer',
    AttestationKey: 'attestation-key',
    AttestationRepository: 'attestation-repository',
    RehearseRollback: 'rehearse-rollback',
    MigrateCheck: 'migrate-check',
    MigrateDatabaseUrl: 'migrate-database-url',
    MigrateAllow: 'migrate-allow',
    ExpandContract: 'expand-contract',
    Changelog: 'changelog',
    RequireChangelog: 'require-changelog',
    Strategy: 'strategy',
    CanarySteps: 'canary-steps',
    VerifyChecks: 'verify-checks',
    Analysis: 'analysis',
    AnalysisArgs: 'analysis-args',
    OnInconclusive: 'on-inconclusive',
    AnalysisReportPath: 'analysis-report-path',
    GatesReport: 'gates-report',
    RequireGates: 'require-gates',
    StagingEnvironment: 'staging-environment',
    RequireStaging: 'require-staging',
    FreezeWindows: 'freeze-windows',
    Timezone: 'timezone',
    FreezeOverride: 'freeze-override',
    RequiredSecrets: 'required-secrets',
    Region: 'region',
    AllowedRegions: 'allowed-regions',
    EnvironmentUrl: 'environment-url',
    TimeoutMinutes: 'timeout-minutes',
    LockStaleMinutes: 'lock-stale-minutes',
    DryRun: 'dry-run',
    LogPath: 'log-path',
    LedgerPath: 'ledger-path',
    Token: 'token'
};
/** Outputs of deploy. */
const DeployOutputs = {
    DeploymentId: 'deployment-id',
    EnvironmentUrl: 'environment-url',
    Version: 'version',
    PreviousVersion: 'previous-version',
    Status: 'status',
    RollbackPerformed: 'rollback-performed',
    RollbackSkipped: 'rollback-skipped',
    LogPath: 'log-path',
    FailedChecks: 'failed-checks'
};
/** The local deployments ledger of deploy, used without a token (inside the workspace). */
const DEPLOY_LEDGER_DEFAULT = '.phase-gates/deployments.jsonl';
/**
 * Inputs of the root action (action.yml: gates → deploy → smoke-test → rollback → Phase 07 gate).
 * Each keeps the name its action gives it; where two actions share a name with different
 * meanings, the plain name keeps the gates-enforcer meaning and the other is prefixed
 * (`smoke-report-path` is smoke-test's `report-path`). `token` is shared by every stage. Not
 * inputs, because the chain wires them: deploy's `mode`, `gates-report` and `require-gates`,
 * smoke-test's `deployment-id` and `log-path` (deploy's audit log), and the Phase 07 gate's
 * `analysis-report`.
 */
const PipelineInputs = {
    // gates-enforcer (Phase 05 → 06)
    PhaseFile: 'phase-file',
    Gates: 'gates',
    CoverageFiles: 'coverage-files',
    PerfFiles: 'perf-files',
    VulnFiles: 'vuln-files',
    GithubAlerts: 'github-alerts',
    SmokeReport: 'smoke-report',
    Metrics: 'metrics',
    FailOnMissing: 'fail-on-missing',
    Fail: 'fail',
    CheckName: 'check-name',
    BaseRef: 'base-ref',
    BaseReport: 'base-report',
    BaseArtifact: 'base-artifact',
    Comment: 'comment',
    ReportPath: 'report-path',
    // deploy
    Environment: 'environment',
    Production: 'production',
    Provider: 'provider',
    ProviderOptions: 'provider-options',
    Version: 'version',
    Run: 'run',
    RollbackRun: 'rollback-run',
    MigrateRun: 'migrate-run',
    RequireCiGreen: 'require-ci-green',
    CiWaitMinutes: 'ci-wait-minutes',
    RequireApproval: 'require-approval',
    VerifyAttestation: 'verify-attestation',
    AttestationBundle: 'attestation-bundle',
    AttestationTrustedRoot: 'attestation-trusted-root',
    AttestationSigner: 'attestation-signer',
    AttestationKey: 'attestation-key',
    AttestationRepository: 'attestation-repository',
    RehearseRollback: 'rehearse-rollback',
    MigrateCheck: 'migrate-check',
    MigrateDatabaseUrl: 'migrate-database-url',
    MigrateAllow: 'migrate-allow',
    ExpandContract: 'expand-contract',
    Changelog: 'changelog',
    RequireChangelog: 'require-changelog',
    Strategy: 'strategy',
    CanarySteps: 'canary-steps',
    VerifyChecks: 'verify-checks',
    // analysis (deploy between canary steps and after a blue-green switch; smoke-test's bake)
    Analysis: 'analysis',
    AnalysisArgs: 'analysis-args',
    OnInconclusive: 'on-inconclusive',
    AnalysisReportPath: 'analysis-report-path',
    StagingEnvironment: 'staging-environment',
    RequireStaging: 'require-staging',
    FreezeWindows: 'freeze-windows',
    Timezone: 'timezone',
    FreezeOverride: 'freeze-override',
    RequiredSecrets: 'required-secrets',
    Region: 'region',
    AllowedRegions: 'allowed-regions',
    EnvironmentUrl: 'environment-url',
    TimeoutMinutes: 'timeout-minutes',
    LockStaleMinutes: 'lock-stale-minutes',
    DryRun: 'dry-run',
    LogPath: 'log-path',
    LedgerPath: 'ledger-path',
    // smoke-test
    Url: 'url',
    Checks: 'checks',
    WaitForReady: 'wait-for-ready',
    Retries: 'retries',
    RetryDelayMs: 'retry-delay-ms',
    TimeoutMs: 'timeout-ms',
    FollowRedirects: 'follow-redirects',
    Samples: 'samples',
    Concurrency: 'concurrency',
    P95Ms: 'p95-ms',
    MaxErrorRate: 'max-error-rate',
    MonitorSeconds: 'monitor-seconds',
    SmokeReportPath: 'smoke-report-path',
    // the Phase 07 gate
    Phase07Gates: 'phase-07-gates',
    Phase07ReportPath: 'phase-07-report-path',
    // every stage
    Token: 'token'
};
/** Outputs of the root action: each stage's, named after the stage where the plain name is taken. */
const PipelineOutputs = {
    // gates-enforcer (Phase 05 → 06)
    GatesPassed: 'gates-passed',
    FailedGates: 'failed-gates',
    Report: 'report',
    ReportPath: 'report-path',
    // deploy (and the rollback after a failed smoke test)
    DeploymentId: 'deployment-id',
    EnvironmentUrl: 'environment-url',
    Version: 'version',
    PreviousVersion: 'previous-version',
    DeployStatus: 'deploy-status',
    RollbackPerformed: 'rollback-performed',
    RollbackSkipped: 'rollback-skipped',
    LogPath: 'log-path',
    DeployFailedChecks: 'deploy-failed-checks',
    // smoke-test
    SmokePassed: 'smoke-passed',
    SmokeReportPath: 'smoke-report-path',
    P95Ms: 'p95-ms',
    ErrorRate: 'error-rate',
    FailedChecks: 'failed-checks',
    // the Phase 07 gate
    Phase07Passed: 'phase-07-passed',
    Phase07FailedGates: 'phase-07-failed-gates',
    Phase07Report: 'phase-07-report',
    Phase07ReportPath: 'phase-07-report-path',
    // the whole chain
    Passed: 'passed',
    FailedStage: 'failed-stage'
};
/** Where the root action writes the Phase 07 gates report (beside the smoke report; Phase 05's stays gates-report.json). */
const PHASE_07_REPORT_DEFAULT = 'post-deploy/gates-report.json';


/***/ }),

/***/ 6512:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   y: () => (/* binding */ UserError)
/* harmony export */ });
/* unused harmony export collecting */
class UserError extends Error {
    input;
    file;
    line;
    hint;
    constructor(message, options = {}) {
        super(message);
        this.name = 'UserError';
        this.input = options.input;
        this.file = options.file;
        this.line = options.line;
        this.hint = options.hint;
    }
    /** `input: file:line: message (hint)` — one line, whatever the message held. */
    render() {
        let where = '';
        if (this.input)
            where += `${this.input}: `;
        if (this.file)
            where += this.line ? `${this.file}:${this.line}: ` : `${this.file}: `;
        else if (this.line)
            where += `line ${this.line}: `;
        const text = `${where}${this.message}${this.hint ? ` (${this.hint})` : ''}`;
        return text.replace(/[\r\n]+/g, ' ');
    }
    /** Further errors found in the same pass, so that a user sees them all at once. */
    more = [];
    /** One error carrying all of `errors` (the first is the headline). */
    static several(errors) {
        const [first, ...rest] = errors;
        // A nested reader's error arrives with its `more` already collected beside it: each once.
        for (const e of rest)
            if (e !== first && !first.more.includes(e))
                first.more.push(e);
        return first;
    }
    /** Every error of this one, itself first, each rendered as one line. */
    renderAll() {
        return [this.render(), ...this.more.map((e) => e.render())];
    }
    /** The same error, attributed to an input and/or file when it did not say yet. */
    static attribute(err, options) {
        if (!(err instanceof UserError))
            return err;
        if ((options.input && !err.input) || (options.file && !err.file) || (options.line && !err.line && !err.file)) {
            const copy = new UserError(err.message, {
                input: err.input ?? options.input,
                file: err.file ?? options.file,
                line: err.line ?? options.line,
                hint: err.hint ?? options.hint
            });
            copy.more = err.more;
            return copy;
        }
        return err;
    }
}
/**
 * `attempt(fn, fallback)`: runs `fn`; a UserError it throws (with its `more`) is pushed to `errors`
 * and `fallback` returned, so that every bad input is found before one error reports them all.
 */
function collecting(errors) {
    return (fn, fallback) => {
        try {
            return fn();
        }
        catch (err) {
            if (!(err instanceof UserError))
                throw err;
            errors.push(err, ...err.more);
            return fallback;
        }
    };
}


/***/ }),

/***/ 1836:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  MV: () => (/* binding */ MAX_LINE),
  Gt: () => (/* binding */ displayPath),
  GE: () => (/* binding */ expandGlobs),
  mz: () => (/* binding */ filesUnder),
  FF: () => (/* binding */ forEachLine),
  zy: () => (/* binding */ readHead),
  Vh: () => (/* binding */ readJson),
  gb: () => (/* binding */ readJsonText),
  z1: () => (/* binding */ resolveInWorkspace),
  kc: () => (/* binding */ resolveOutputInWorkspace),
  Zf: () => (/* binding */ writeFileAtomic)
});

// UNUSED EXPORTS: HEAD_BYTES, MAX_GLOB_ENTRIES, MAX_JSON_BYTES, MAX_WALK_ENTRIES, openAppend, splitList

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:string_decoder"
var external_node_string_decoder_ = __webpack_require__(6193);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./node_modules/minimatch/dist/esm/index.js + 7 modules
var esm = __webpack_require__(3581);
;// CONCATENATED MODULE: ./.build/src/core/glob.js
/**
 * The globs of list inputs, expanded exactly as `@actions/glob` 0.7.0 expands them (its
 * internal-pattern.js, internal-pattern-helper.js and internal-globber.js, ported): the same
 * minimatch options (dot files matched, no braces, no extglobs, no comments, case-insensitive on
 * Windows), the same search paths (each pattern's literal directory, nested ones walked once),
 * `!` patterns excluding in order, a trailing separator meaning directories, implicit descendants on
 * request, symbolic links never followed (a link is reported as a file), directories not matched.
 *
 * Why not `@actions/glob` itself: it imports `@actions/core`, whose index loads undici and compiles
 * its WebAssembly on import, the largest part of every action's start-up (see
 * src/host/runner-commands.ts). test/unit/glob.test.ts holds this port to `@actions/glob` on real
 * trees (it stays a devDependency for that).
 */



const IS_WINDOWS = process.platform === 'win32';
/** What a pattern matches at a path: nothing, directories (trailing separator), or both. */
var Kind;
(function (Kind) {
    Kind[Kind["None"] = 0] = "None";
    Kind[Kind["Directory"] = 1] = "Directory";
    Kind[Kind["File"] = 2] = "File";
    Kind[Kind["All"] = 3] = "All";
})(Kind || (Kind = {}));
function normalizeSeparators(p) {
    return IS_WINDOWS ? p.replace(/\//g, '\\').replace(/\\\\+/g, '\\') : p.replace(/\/\/+/g, '/');
}
function hasRoot(p) {
    return IS_WINDOWS ? /^(?:[A-Z]:|\\)/i.test(normalizeSeparators(p)) : p.startsWith('/');
}
function dirname(p) {
    p = trimTrailingSeparator(p);
    return IS_WINDOWS && /^\\\\[^\\]+(\\[^\\]+)?$/.test(p) ? p : external_node_path_.dirname(p);
}
/** Without its trailing separator, unless it is the root. */
function trimTrailingSeparator(p) {
    if (!p)
        return '';
    p = normalizeSeparators(p);
    if (!p.endsWith(external_node_path_.sep) || p === external_node_path_.sep)
        return p;
    const trimmed = p.slice(0, -1);
    return IS_WINDOWS && /^[A-Z]:$/i.test(trimmed) ? p : trimmed;
}
/** The segments of a rooted path: the root first. */
function segmentsOf(p) {
    p = trimTrailingSeparator(p);
    if (!hasRoot(p))
        return p.split(external_node_path_.sep);
    const segments = [];
    let remaining = p;
    let dir = dirname(remaining);
    while (dir !== remaining) {
        segments.unshift(external_node_path_.basename(remaining));
        remaining = dir;
        dir = dirname(remaining);
    }
    segments.unshift(remaining);
    return segments;
}
function joinSegments(segments) {
    let result = segments[0];
    let skipSlash = result.endsWith(external_node_path_.sep) || (IS_WINDOWS && /^[A-Z]:$/i.test(result));
    for (const s of segments.slice(1)) {
        if (skipSlash)
            skipSlash = false;
        else
            result += external_node_path_.sep;
        result += s;
    }
    return result;
}
/** A segment without glob characters as the literal name it stands for (escapes and one-character sets resolved), else ''. */
function literalOf(segment) {
    let literal = '';
    for (let i = 0; i < segment.length; i++) {
        const c = segment[i];
        if (c === '\\' && !IS_WINDOWS && i + 1 < segment.length) {
            literal += segment[++i];
            continue;
        }
        if (c === '*' || c === '?')
            return '';
        if (c === '[' && i + 1 < segment.length) {
            let set = '';
            let closed = -1;
            for (let j = i + 1; j < segment.length; j++) {
                const d = segment[j];
                if (d === '\\' && !IS_WINDOWS && j + 1 < segment.length) {
                    set += segment[++j];
                    continue;
                }
                if (d === ']') {
                    closed = j;
                    break;
                }
                set += d;
            }
            if (closed >= 0) {
                if (set.length > 1)
                    return '';
                if (set) {
                    literal += set;
                    i = closed;
                    continue;
                }
            }
        }
        literal += c;
    }
    return literal;
}
class Pattern {
    implicit;
    negate;
    segments;
    searchPath;
    trailingSeparator;
    rootRegExp;
    minimatch;
    constructor(text, negate, implicit = false) {
        this.implicit = implicit;
        let pattern = text.trim();
        while (pattern.startsWith('!')) {
            negate = !negate;
            pattern = pattern.slice(1).trim();
        }
        this.negate = negate;
        pattern = normalizeSeparators(pattern);
        if (!hasRoot(pattern) || !literalOf(segmentsOf(pattern)[0]))
            throw new Error(`glob: not an absolute pattern: ${pattern}`);
        this.segments = segmentsOf(pattern);
        this.trailingSeparator = pattern.endsWith(external_node_path_.sep);
        pattern = trimTrailingSeparator(pattern);
        let foundGlob = false;
        const search = this.segments.map(literalOf).filter((x) => !foundGlob && !(foundGlob = x === ''));
        this.searchPath = joinSegments(search);
        this.rootRegExp = new RegExp(search[0].replace(/[[\\^$.|?*+()]/g, '\\$&'), IS_WINDOWS ? 'i' : '');
        this.minimatch = new esm/* Minimatch */.VR(IS_WINDOWS ? pattern.replace(/\\/g, '/') : pattern, {
            dot: true,
            nobrace: true,
            nocase: IS_WINDOWS,
            nocomment: true,
            noext: true,
            nonegate: true
        });
    }
    /** The pattern with `/**` added: what `implicitDescendants` matches too. */
    descendants() {
        return new Pattern(joinSegments([...this.segments, '**']), this.negate, true);
    }
    match(itemPath) {
        if (this.segments[this.segments.length - 1] === '**') {
            itemPath = normalizeSeparators(itemPath);
            if (!itemPath.endsWith(external_node_path_.sep) && !this.implicit)
                itemPath += external_node_path_.sep;
        }
        else
            itemPath = trimTrailingSeparator(itemPath);
        if (!this.minimatch.match(itemPath))
            return Kind.None;
        return this.trailingSeparator ? Kind.Directory : Kind.All;
    }
    /** Whether the pattern may match something under `itemPath`. */
    partialMatch(itemPath) {
        itemPath = trimTrailingSeparator(itemPath);
        if (dirname(itemPath) === itemPath)
            return this.rootRegExp.test(itemPath);
        return this.minimatch.matchOne(itemPath.split(IS_WINDOWS ? /\\+/ : /\/+/), this.minimatch.set[0], true);
    }
}
/** The search paths of the include patterns: each literal directory once, none under another. */
function searchPaths(patterns) {
    const includes = patterns.filter((p) => !p.negate);
    const key = (p) => (IS_WINDOWS ? p.toUpperCase() : p);
    const state = new Map(includes.map((p) => [key(p.searchPath), 'candidate']));
    const result = [];
    for (const p of includes) {
        const k = key(p.searchPath);
        if (state.get(k) === 'included')
            continue;
        let found = false;
        for (let child = k, parent = dirname(k); parent !== child; child = parent, parent = dirname(parent)) {
            if (state.has(parent)) {
                found = true;
                break;
            }
        }
        if (!found) {
            result.push(p.searchPath);
            state.set(k, 'included');
        }
    }
    return result;
}
function matchAll(patterns, itemPath) {
    let result = Kind.None;
    for (const p of patterns)
        result = p.negate ? result & ~p.match(itemPath) : result | p.match(itemPath);
    return result;
}
/**
 * The files (and links) the absolute patterns match, one per line, `!` to exclude, `#` a comment,
 * in `@actions/glob`'s order. `visit` is called for each directory entry looked at (a caller bounds
 * the walk with it).
 */
async function globFiles(patternLines, options, visit) {
    const patterns = [];
    for (const line of patternLines.replace(/\r\n?/g, '\n').split('\n').map((x) => x.trim())) {
        if (!line || line.startsWith('#'))
            continue;
        const p = new Pattern(line, false);
        patterns.push(p);
        if (options.implicitDescendants && (p.trailingSeparator || p.segments[p.segments.length - 1] !== '**'))
            patterns.push(p.descendants());
    }
    const stack = [];
    for (const searchPath of searchPaths(patterns)) {
        try {
            await external_node_fs_.promises.lstat(searchPath);
        }
        catch (err) {
            if (err.code === 'ENOENT')
                continue;
            throw err;
        }
        stack.unshift(searchPath);
    }
    const result = [];
    while (stack.length) {
        const item = stack.pop();
        const match = matchAll(patterns, item);
        const partial = !!match || patterns.some((p) => !p.negate && p.partialMatch(item));
        if (!match && !partial)
            continue;
        const stats = await external_node_fs_.promises.lstat(item);
        if (stats.isDirectory()) {
            if (!partial)
                continue;
            const children = await external_node_fs_.promises.readdir(item);
            visit?.(children.length);
            stack.push(...children.map((x) => external_node_path_.join(item, x)).reverse());
        }
        else if (match & Kind.File)
            result.push(item);
    }
    return result;
}

// EXTERNAL MODULE: ./.build/src/core/errors.js
var errors = __webpack_require__(6512);
;// CONCATENATED MODULE: ./.build/src/core/json-position.js
/**
 * Where JSON text stops being valid, for error messages: Node 20's JSON.parse often names no
 * position. Run only after JSON.parse has failed; walks the text once without building values.
 */
function jsonErrorOffset(text) {
    let i = 0;
    const n = text.length;
    const ws = () => {
        while (i < n && (text[i] === ' ' || text[i] === '\n' || text[i] === '\r' || text[i] === '\t'))
            i++;
    };
    const fail = () => {
        throw i;
    };
    const literal = (word) => {
        if (text.startsWith(word, i))
            i += word.length;
        else if (i + word.length > n && word.startsWith(text.slice(i))) {
            i = n; // the file ends inside the word: truncated
            fail();
        }
        else
            fail();
    };
    const string = () => {
        i++; // opening quote
        while (i < n) {
            const c = text.charCodeAt(i);
            if (c === 34) {
                i++;
                return;
            }
            if (c === 92)
                i += 2;
            else if (c < 32)
                fail();
            else
                i++;
        }
        fail();
    };
    const number = () => {
        const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
        if (!m)
            fail();
        i += m[0].length;
    };
    // An explicit stack instead of recursion: deeply nested hostile input must not overflow.
    const stack = [];
    const key = () => {
        ws();
        if (text[i] !== '"')
            fail();
        string();
        ws();
        if (text[i] !== ':')
            fail();
        i++;
    };
    try {
        let expectValue = true;
        for (;;) {
            ws();
            const c = text[i];
            if (expectValue) {
                expectValue = false;
                if (c === '{' || c === '[') {
                    i++;
                    ws();
                    if (text[i] === (c === '{' ? '}' : ']'))
                        i++;
                    else {
                        stack.push(c);
                        if (c === '{')
                            key();
                        expectValue = true;
                    }
                }
                else if (c === '"')
                    string();
                else if (c === 't')
                    literal('true');
                else if (c === 'f')
                    literal('false');
                else if (c === 'n')
                    literal('null');
                else if (c === '-' || (c >= '0' && c <= '9'))
                    number();
                else
                    fail();
                continue;
            }
            if (stack.length === 0) {
                if (i < n)
                    fail();
                return n;
            }
            const top = stack[stack.length - 1];
            if (c === ',') {
                i++;
                if (top === '{')
                    key();
                expectValue = true;
            }
            else if ((top === '{' && c === '}') || (top === '[' && c === ']')) {
                stack.pop();
                i++;
            }
            else
                fail();
        }
    }
    catch (at) {
        if (typeof at === 'number')
            return Math.min(at, n);
        throw at;
    }
}
/**
 * Whether JSON text nests arrays and objects deeper than `max` levels, found without building
 * anything: one pass, constant memory. For text from elsewhere (a server's answer), before
 * JSON.parse builds a value per level: `'['.repeat(4e6) + ']'.repeat(4e6)`, 8 MB, costs hundreds
 * of MB parsed.
 */
function jsonNestingExceeds(text, max) {
    let depth = 0;
    let inString = false;
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (inString) {
            if (c === 0x5c)
                i++; // a backslash escapes the next character
            else if (c === 0x22)
                inString = false;
        }
        else if (c === 0x22)
            inString = true;
        else if (c === 0x5b || c === 0x7b) {
            if (++depth > max)
                return true;
        }
        else if (c === 0x5d || c === 0x7d)
            depth--;
    }
    return false;
}

;// CONCATENATED MODULE: ./.build/src/core/files.js
/**
 * Files named by inputs: globs resolved inside the workspace, heads sniffed, lines streamed with
 * bounded memory, reports written atomically.
 */







/** Splits a list input: one item per line or comma-separated (commas inside `{…}` belong to the glob). */
function splitList(value) {
    const items = [];
    for (const line of value.split(/\r?\n/)) {
        let depth = 0;
        let current = '';
        for (const ch of line) {
            if (ch === '{')
                depth++;
            else if (ch === '}')
                depth = Math.max(0, depth - 1);
            if (ch === ',' && depth === 0) {
                items.push(current);
                current = '';
            }
            else
                current += ch;
        }
        items.push(current);
    }
    return items.map((s) => s.trim()).filter((s) => s.length > 0 && !s.startsWith('#'));
}
function isInside(root, candidate) {
    const rel = external_node_path_.relative(root, candidate);
    return rel === '' || (!rel.startsWith('..') && !external_node_path_.isAbsolute(rel));
}
function realWorkspace(workspace) {
    try {
        return (0,external_node_fs_.realpathSync)(workspace);
    }
    catch {
        return external_node_path_.resolve(workspace);
    }
}
/** The path relative to the workspace, with forward slashes, for reports and messages. */
function displayPath(workspace, file) {
    const rel = external_node_path_.relative(realWorkspace(workspace), file);
    return (rel && !rel.startsWith('..') ? rel : file).split(external_node_path_.sep).join('/');
}
/** Most links followed while resolving one path (the kernel's own limit is 40). */
const MAX_LINK_HOPS = 40;
/**
 * The real path of `resolved`: its longest existing prefix through realpath, the rest appended. A
 * dangling link on the way is followed to where it points (a write through it would land there).
 */
function realOf(resolved, hops = 0) {
    let probe = resolved;
    const tail = [];
    for (;;) {
        try {
            return external_node_path_.join((0,external_node_fs_.realpathSync)(probe), ...tail.reverse());
        }
        catch {
            let target;
            try {
                if ((0,external_node_fs_.lstatSync)(probe).isSymbolicLink())
                    target = (0,external_node_fs_.readlinkSync)(probe);
            }
            catch {
                // Not there at all: its parent is looked at next.
            }
            if (target !== undefined && hops < MAX_LINK_HOPS)
                return realOf(external_node_path_.join(external_node_path_.resolve(external_node_path_.dirname(probe), target), ...tail.reverse()), hops + 1);
            const parent = external_node_path_.dirname(probe);
            if (parent === probe)
                return resolved;
            tail.push(external_node_path_.basename(probe));
            probe = parent;
        }
    }
}
/**
 * Resolves a path given by `input` against the workspace and refuses one that escapes it,
 * through `..`, an absolute path elsewhere, or a symbolic link. An absolute path into the
 * workspace is accepted, also through another name of it (a link to it, `$PWD` of a shell that
 * entered through one). Returns the real path.
 */
function resolveInWorkspace(workspace, given, input) {
    const root = realWorkspace(workspace);
    const resolved = external_node_path_.resolve(root, given);
    const real = realOf(resolved);
    if (!isInside(root, real)) {
        // Inside by its name but not by where it leads: a link inside the workspace points out.
        const throughLink = isInside(root, resolved) || isInside(external_node_path_.resolve(workspace), resolved);
        throw new errors/* UserError */.y(throughLink ? `path escapes the workspace through a link: ${given}` : `path escapes the workspace: ${given}`, { input });
    }
    return real;
}
/**
 * Like {@link resolveInWorkspace}, for a file the command writes (a report, a log, a ledger): a
 * directory there is refused in one line, before any work is done.
 */
function resolveOutputInWorkspace(workspace, given, input) {
    const file = resolveInWorkspace(workspace, given, input);
    if (isDirectory(file))
        throw new errors/* UserError */.y(`${given} is a directory: give the path of a file in it`, { input });
    return file;
}
/**
 * Opens a file of the workspace for appending (creating it and its directory): never through a
 * symbolic link, dangling ones included (O_NOFOLLOW), never a directory. Returns the descriptor.
 */
function openAppend(file, shown, input) {
    try {
        mkdirSync(path.dirname(file), { recursive: true });
        return openSync(file, fsConstants.O_WRONLY | fsConstants.O_APPEND | fsConstants.O_CREAT | fsConstants.O_NOFOLLOW, 0o644);
    }
    catch (err) {
        const code = err.code;
        if (code === 'ELOOP')
            throw new UserError(`${shown} is a symbolic link: refused (phase-gates does not write through links)`, { input });
        if (code === 'EISDIR')
            throw new UserError(`${shown} is a directory: give the path of a file`, { input });
        if (code === 'ENOTDIR' || code === 'EEXIST')
            throw new UserError(`cannot create ${shown}: a part of its path is a file`, { input });
        throw err;
    }
}
/**
 * Expands the globs of a list input (one per line or comma-separated, `!` to exclude) into
 * files inside the workspace. A pattern that escapes the workspace or matches nothing is an error.
 * A pattern naming a directory goes to `directory` (without one: an error saying so).
 */
async function expandGlobs(workspace, value, input, directory) {
    const root = realWorkspace(workspace);
    const patterns = splitList(value);
    const found = new Set();
    const excludes = patterns.filter((p) => p.startsWith('!')).map((e) => realPattern(root, e.slice(1), input));
    for (const pattern of patterns) {
        if (pattern.startsWith('!'))
            continue;
        const absolute = realPattern(root, pattern, input);
        if (!/[*?[\]{}]/.test(pattern) && isDirectory(absolute)) {
            const shown = pattern.replace(/\/+$/, '') || '.';
            if (!directory)
                throw new errors/* UserError */.y(`${JSON.stringify(shown)} is a directory: name the files in it (a glob such as ${shown}/**/*.xml)`, { input });
            const excluded = excludes.length ? await files_matchAll(excludes) : new Set();
            for (const f of await directory(absolute, shown))
                if (!excluded.has(f))
                    found.add(f);
            continue;
        }
        await boundGlobWalk(root, absolute, pattern, input);
        const matches = await globFiles([absolute, ...excludes.map((e) => '!' + e)].join('\n'), { implicitDescendants: false });
        if (matches.length === 0) {
            throw new errors/* UserError */.y(`no file matches ${JSON.stringify(pattern)}`, { input });
        }
        for (const match of matches.sort()) {
            let real;
            try {
                real = (0,external_node_fs_.realpathSync)(match);
            }
            catch (err) {
                const code = err.code;
                if (code !== 'ENOENT' && code !== 'ELOOP')
                    throw err;
                throw new errors/* UserError */.y(`${displayPath(root, match)} is a symbolic link to ${code === 'ELOOP' ? 'itself (a loop of links)' : 'nothing (its target is missing)'}`, { input });
            }
            if (!isInside(root, real))
                throw new errors/* UserError */.y(`path escapes the workspace: ${displayPath(root, match)}`, { input });
            found.add(real);
        }
    }
    return [...found];
}
/** Most directory entries a glob may make the walk look at. */
const MAX_GLOB_ENTRIES = 100_000;
/**
 * Refuses a glob whose walk would look at more than {@link MAX_GLOB_ENTRIES} entries, before the
 * walk: a pattern of three `**` segments over a tree of 100,000 files took @actions/glob (whose walk glob.ts ports) 41 s. Counts the entries under the
 * pattern's literal directory, to the depth its segments reach (any depth after `**`), without
 * following links; stops counting at the limit, so the count itself is bounded.
 */
async function boundGlobWalk(root, absolute, pattern, input) {
    const parts = absolute.split(external_node_path_.sep);
    const first = parts.findIndex((p) => /[*?[\]{}]/.test(p));
    if (first < 0)
        return;
    const base = parts.slice(0, first).join(external_node_path_.sep) || external_node_path_.sep;
    const rest = parts.slice(first);
    const depth = rest.some((p) => p.includes('**')) ? Infinity : rest.length;
    let seen = 0;
    const walk = async (dir, level) => {
        let entries;
        try {
            entries = await external_node_fs_.promises.readdir(dir, { withFileTypes: true });
        }
        catch {
            return; // unreadable or gone: the glob skips it too
        }
        seen += entries.length;
        if (seen > MAX_GLOB_ENTRIES) {
            const rel = external_node_path_.relative(root, base);
            const shown = rel === '' ? '.' : rel.startsWith('..') ? base : rel;
            throw new errors/* UserError */.y(`${JSON.stringify(pattern)} would walk more than ${MAX_GLOB_ENTRIES.toLocaleString('en-US')} entries under ${shown}: start it with the directory that holds the files`, { input });
        }
        if (level + 1 >= depth)
            return;
        for (const e of entries)
            if (e.isDirectory())
                await walk(external_node_path_.join(dir, e.name), level + 1);
    };
    await walk(base, 0);
}
async function files_matchAll(patterns) {
    return new Set((await globFiles(patterns.join('\n'), { implicitDescendants: true })).map((m) => (0,external_node_fs_.realpathSync)(m)));
}
function isDirectory(file) {
    try {
        return (0,external_node_fs_.statSync)(file).isDirectory();
    }
    catch {
        return false;
    }
}
/** Most directory entries a walk of a directory named by an input looks at. */
const MAX_WALK_ENTRIES = 20_000;
/** Directories a walk never enters: dependencies and version control. */
const SKIPPED_DIRS = new Set(['node_modules', '.git', 'vendor', 'bower_components']);
/**
 * The regular files under `dir` (symbolic links not followed; dependency and version-control
 * directories skipped), sorted, at most `maxDepth` levels down. Past {@link MAX_WALK_ENTRIES}
 * entries it stops with an error naming the directory and the input.
 */
async function filesUnder(dir, shown, input, maxDepth = 12) {
    const files = [];
    let seen = 0;
    const walk = async (d, depth) => {
        let entries;
        try {
            entries = await external_node_fs_.promises.readdir(d, { withFileTypes: true });
        }
        catch (err) {
            const where = d === dir ? shown : external_node_path_.join(shown, external_node_path_.relative(dir, d));
            throw new errors/* UserError */.y(`cannot read the directory ${where} (${err.code})`, { input });
        }
        entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
        for (const e of entries) {
            if (++seen > MAX_WALK_ENTRIES)
                throw new errors/* UserError */.y(`${shown} holds more than ${MAX_WALK_ENTRIES} entries: name the files or a smaller directory in it`, { input });
            const full = external_node_path_.join(d, e.name);
            if (e.isFile())
                files.push(full);
            else if (e.isDirectory() && !SKIPPED_DIRS.has(e.name) && depth < maxDepth)
                await walk(full, depth + 1);
        }
    };
    await walk(dir, 0);
    return files;
}
/**
 * A pattern made absolute with its literal directory part replaced by that directory's real path
 * (refused when it escapes the workspace), so that matches and excludes share one spelling.
 */
function realPattern(root, pattern, input) {
    const base = pattern.replace(/^\.\//, '');
    const { prefix, count } = globPrefix(base);
    const rest = base.split('/').slice(count);
    const realPrefix = resolveInWorkspace(root, prefix, input);
    return rest.length ? external_node_path_.join(realPrefix, ...rest) : realPrefix;
}
/** The literal directory part of a glob (up to the first segment holding a wildcard), and how many segments it has. */
function globPrefix(pattern) {
    const segments = pattern.split('/');
    let count = 0;
    while (count < segments.length && !/[*?[\]{}]/.test(segments[count]))
        count++;
    const literal = segments.slice(0, count).join('/');
    return { prefix: literal || (pattern.startsWith('/') ? '/' : '.'), count };
}
/** Bytes read from the start of a report to recognise its format. */
const HEAD_BYTES = 64 * 1024;
/** Reads the head of a report; refuses empty and binary files with a message naming them. */
async function readHead(file, shown, input) {
    let handle;
    try {
        handle = await external_node_fs_.promises.open(file, 'r');
    }
    catch (err) {
        const code = err.code;
        throw new errors/* UserError */.y(code === 'ENOENT' ? 'file not found' : `cannot read (${code})`, { input, file: shown });
    }
    try {
        const stat = await handle.stat();
        if (!stat.isFile())
            throw new errors/* UserError */.y('not a regular file', { input, file: shown });
        const buffer = Buffer.alloc(Math.min(HEAD_BYTES, stat.size));
        const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
        const bytes = buffer.subarray(0, bytesRead);
        if (bytes.length === 0 || bytes.toString('utf8').trim() === '') {
            throw new errors/* UserError */.y('empty report', { input, file: shown });
        }
        if (bytes.includes(0))
            throw new errors/* UserError */.y('binary file, not a report', { input, file: shown });
        let text = bytes.toString('utf8');
        if (text.charCodeAt(0) === 0xfeff)
            text = text.slice(1);
        return { text, size: stat.size };
    }
    finally {
        await handle.close();
    }
}
/** Longest line accepted by {@link forEachLine}; longer ones mean a file that is not a line-based report. */
const MAX_LINE = 1024 * 1024;
/** Calls `onLine`; a UserError it throws without a place is placed at this line of this file. */
function lineOf(onLine, line, lineNo, input, shown) {
    try {
        onLine(line, lineNo);
    }
    catch (err) {
        throw errors/* UserError */.y.attribute(err, { input, file: shown, line: lineNo });
    }
}
/**
 * Calls `onLine` for every line of a file (without its line ending), streaming it in chunks so that
 * memory stays bounded whatever the size. A NUL byte or an over-long line ends it with a UserError.
 */
async function forEachLine(file, shown, input, onLine) {
    const decoder = new external_node_string_decoder_.StringDecoder('utf8');
    let pending = '';
    let lineNo = 0;
    const stream = (0,external_node_fs_.createReadStream)(file, { highWaterMark: 1024 * 1024 });
    for await (const chunk of stream) {
        if (chunk.includes(0)) {
            stream.destroy();
            throw new errors/* UserError */.y('binary data in a text report', { input, file: shown, line: lineNo + 1 });
        }
        let text = pending + decoder.write(chunk);
        let start = 0;
        for (;;) {
            const nl = text.indexOf('\n', start);
            if (nl < 0)
                break;
            let end = nl;
            if (end > start && text.charCodeAt(end - 1) === 13)
                end--;
            lineNo++;
            lineOf(onLine, text.slice(start, end), lineNo, input, shown);
            start = nl + 1;
        }
        pending = text.slice(start);
        text = '';
        if (pending.length > MAX_LINE) {
            stream.destroy();
            throw new errors/* UserError */.y(`line longer than ${MAX_LINE} characters`, { input, file: shown, line: lineNo + 1 });
        }
    }
    pending += decoder.end();
    if (pending.length > 0) {
        if (pending.charCodeAt(pending.length - 1) === 13)
            pending = pending.slice(0, -1);
        lineNo++;
        lineOf(onLine, pending, lineNo, input, shown);
    }
    return lineNo;
}
/** Largest JSON report read whole (JSON formats are parsed in one piece). */
const MAX_JSON_BYTES = 256 * 1024 * 1024;
/**
 * Reads and parses a JSON report whole, naming the file and line of a syntax error (found by
 * {@link jsonErrorOffset} when V8 gives no position) and calling a file that ends inside a value
 * truncated.
 */
async function readJsonText(file, shown, input) {
    const stat = await external_node_fs_.promises.stat(file);
    if (stat.size > MAX_JSON_BYTES) {
        throw new errors/* UserError */.y(`JSON report larger than ${MAX_JSON_BYTES / 1024 / 1024} MB`, { input, file: shown });
    }
    let text = await external_node_fs_.promises.readFile(file, 'utf8');
    if (text.charCodeAt(0) === 0xfeff)
        text = text.slice(1);
    try {
        return { value: JSON.parse(text), text };
    }
    catch (err) {
        const offset = jsonErrorOffset(text);
        const end = text.trimEnd().length;
        const truncated = offset >= end;
        const line = text.slice(0, Math.min(offset, Math.max(0, end - 1)) + 1).split('\n').length;
        const reason = err.message.replace(/ in JSON at position \d+.*$/s, '').replace(/[,:]? *"[\s\S]*$/, '');
        throw new errors/* UserError */.y(truncated ? 'truncated JSON (the file ends inside a value)' : `invalid JSON (${reason})`, { input, file: shown, line });
    }
}
/** Reads and parses a JSON report (see {@link readJsonText}). */
async function readJson(file, shown, input) {
    return (await readJsonText(file, shown, input)).value;
}
/**
 * Writes a file atomically: a temporary file beside it, flushed, then renamed over the target,
 * so that a reader sees the old content or the new one, never half of it. `mode` 0o755 writes an
 * executable.
 */
async function writeFileAtomic(target, content, mode = 0o644) {
    await external_node_fs_.promises.mkdir(external_node_path_.dirname(target), { recursive: true });
    const temp = external_node_path_.join(external_node_path_.dirname(target), `.${external_node_path_.basename(target)}.${(0,external_node_crypto_.randomBytes)(6).toString('hex')}.tmp`);
    const handle = await external_node_fs_.promises.open(temp, 'w', mode);
    try {
        await handle.writeFile(content, 'utf8');
        // The mode is set before the rename (the umask may have narrowed it), so no reader sees the file without it.
        if (mode !== 0o644)
            await handle.chmod(mode);
        await handle.sync();
    }
    finally {
        await handle.close();
    }
    try {
        await external_node_fs_.promises.rename(temp, target);
    }
    catch (err) {
        await external_node_fs_.promises.rm(temp, { force: true });
        throw err;
    }
}


/***/ }),

/***/ 1993:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B6: () => (/* binding */ formatThreshold),
/* harmony export */   UD: () => (/* binding */ compare),
/* harmony export */   Xi: () => (/* binding */ parseGate),
/* harmony export */   ZV: () => (/* binding */ formatNumber),
/* harmony export */   bX: () => (/* binding */ MAX_THRESHOLD)
/* harmony export */ });
/* harmony import */ var _reports_domain_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4955);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6512);
/* harmony import */ var _metrics_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8049);
/**
 * The gate grammar (SPEC, "Gate grammar"): `OP NUMBER [UNIT]`, a bare number whose direction comes
 * from the metric, `true`/`false`, or a word compared with `==`.
 */



const NUMERIC = /^(>=|<=|==|!=|=>|=<|>|<|=)?\s*([+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?)\s*(%|ms|s)?$/i;
const WORD = /^(==|!=|=)?\s*([A-Za-z_][\w.-]*)$/;
function normalizeOp(op) {
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
            return op;
    }
}
/**
 * Parses one gate. `value` is what YAML gave (a number, boolean or string); `warnings` collects
 * thresholds that parse but are likely mistakes (`coverage: 0.8`).
 */
function parseGate(name, value, origin, warnings = []) {
    const fail = (message, hint) => {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`gate ${name}: ${message}`, { input: origin.input, file: origin.file, line: origin.line, hint });
    };
    if (!/^[A-Za-z_][\w-]*$/.test(name))
        fail('not a metric name (letters, digits, _ and -)');
    const metric = (0,_metrics_js__WEBPACK_IMPORTED_MODULE_2__/* .canonicalMetric */ .NQ)(name);
    const info = (0,_metrics_js__WEBPACK_IMPORTED_MODULE_2__/* .metricInfo */ .R)(metric);
    const raw = typeof value === 'string' ? value.trim() : JSON.stringify(value);
    if (typeof value === 'boolean') {
        if (info && info.kind !== 'boolean')
            fail(`${value} is not a threshold for a ${info.kind} metric`);
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
        let unit = (m[3]?.toLowerCase() ?? null);
        if (!Number.isFinite(threshold))
            fail(`${text} is not a finite number`);
        if (info && info.kind !== 'number') {
            fail(`${metric} is ${info.kind === 'boolean' ? 'true or false' : 'a word such as success'}, not a number`);
        }
        if (unit === 's') {
            threshold *= 1000;
            unit = 'ms';
        }
        if (info?.unit === 'ms' && unit === '%')
            fail('a latency takes ms or s, not %');
        if (info?.unit === '%' && unit === 'ms')
            fail(`${metric} is a percentage, not a duration`);
        if (info?.unit === 'count' && unit)
            fail(`${metric} is a count and takes no unit`);
        if (info?.unit === 'ms')
            unit = 'ms';
        if (info?.unit === '%') {
            if (info.rate && unit !== '%') {
                // Rates read like k6's thresholds (`rate<0.01`): without `%` the value is a ratio.
                if (threshold > 1)
                    fail(`${text} is not a ratio from 0 to 1`, `write ${threshold}% or ${threshold / 100}`);
                threshold *= 100;
            }
            else if (!info.rate && !info.range && unit !== '%' && threshold > 0 && threshold <= 1) {
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
        if (info?.unit === 'ms' && (threshold < 0 || threshold > _reports_domain_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_LATENCY_MS */ .B4))
            fail(`${text} is not a latency from 0 to 10^9 ms`);
        if (info?.unit === 'count' && threshold < 0)
            fail(`${text} is not a count (0 or more)`);
        if (Math.abs(threshold) > MAX_THRESHOLD)
            fail(`${text} is out of range (at most 10^15)`);
        if (!op) {
            const direction = info?.direction ?? (0,_metrics_js__WEBPACK_IMPORTED_MODULE_2__/* .guessDirection */ .xD)(metric);
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
            if (info && info.kind !== 'boolean')
                fail(`${word} is not a threshold for a ${info.kind} metric`);
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
const MAX_THRESHOLD = 1e15;
function roundThreshold(n) {
    return Math.round(n * 1e9) / 1e9;
}
/** Compares an actual value with a gate; numbers within 1e-9 of each other are equal. */
function compare(actual, gate) {
    const t = gate.threshold;
    if (typeof t === 'number') {
        const a = typeof actual === 'number' ? actual : Number(actual);
        if (typeof actual === 'boolean' || !Number.isFinite(a))
            return false;
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
    let a = actual;
    if (typeof t === 'boolean' && typeof actual === 'string')
        a = actual.trim().toLowerCase() === 'true' ? true : actual.trim().toLowerCase() === 'false' ? false : actual;
    const equal = typeof t === 'string' && typeof a === 'string' ? a.trim().toLowerCase() === t.toLowerCase() : a === t;
    if (gate.op === '==')
        return equal;
    if (gate.op === '!=')
        return !equal;
    return false;
}
/** The threshold as a user reads it: `>= 80%`, `<= 500 ms`, `== success`. */
function formatThreshold(gate) {
    const t = typeof gate.threshold === 'number' ? formatNumber(gate.threshold) : String(gate.threshold);
    return `${gate.op} ${t}${gate.unit === '%' ? '%' : gate.unit === 'ms' ? ' ms' : ''}`;
}
/** Numbers in summaries: at most two decimals, no trailing zeros. */
function formatNumber(n) {
    if (Number.isInteger(n))
        return String(n);
    return String(Math.round(n * 100) / 100);
}


/***/ }),

/***/ 8049:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NQ: () => (/* binding */ canonicalMetric),
/* harmony export */   R: () => (/* binding */ metricInfo),
/* harmony export */   q0: () => (/* binding */ knownMetricNames),
/* harmony export */   xD: () => (/* binding */ guessDirection)
/* harmony export */ });
/* unused harmony exports METRICS, ALIASES */
/** The metrics gates know: their direction, unit and kind (SPEC, "Gate grammar"). */
const coverage = (what) => ({
    direction: 'higher',
    unit: '%',
    kind: 'number',
    description: `${what} covered, merged over every coverage file`
});
const latency = (what) => ({ direction: 'lower', unit: 'ms', kind: 'number', description: what });
const rate = (what) => ({ direction: 'lower', unit: '%', kind: 'number', rate: true, description: what });
const count = (what) => ({ direction: 'lower', unit: 'count', kind: 'number', description: what });
const METRICS = {
    coverage_lines: coverage('lines'),
    coverage_branches: coverage('branches'),
    coverage_functions: coverage('functions'),
    coverage_statements: coverage('statements'),
    perf_p50_ms: latency('median latency of the load test'),
    perf_p90_ms: latency('90th percentile latency of the load test'),
    perf_p95_ms: latency('95th percentile latency of the load test'),
    perf_p99_ms: latency('99th percentile latency of the load test'),
    perf_error_rate: rate('failed requests of the load test'),
    vulns_critical: count('critical vulnerabilities'),
    vulns_high: count('high vulnerabilities'),
    vulns_medium: count('medium vulnerabilities'),
    vulns_low: count('low vulnerabilities'),
    smoke_passed: { kind: 'boolean', description: 'the smoke test passed' },
    smoke_p95_ms: latency('95th percentile latency of the smoke test'),
    smoke_error_rate: rate('failed requests of the smoke test'),
    deploy_status: { kind: 'word', description: 'status of the deployment (success, failure, rolled_back, skipped)' },
    // Phase 07 "CI jobs green on base branch" (issue 18): measured by the root action with a token.
    base_ci_green: { kind: 'boolean', description: "CI green on the base branch's head commit: every check run and commit status completed and successful, every required check present" },
    // Phase 07 from production telemetry (issue 17): the analysis report's post-deploy bake.
    alerts_firing: count('alerts firing in Alertmanager that match the analysis\'s matchers, during the post-deploy bake'),
    error_rate: rate('error rate of real traffic (the analysis metric with gate: error_rate), at the end of the post-deploy bake'),
    p95_ms: latency('95th percentile latency of real traffic (the analysis metric with gate: p95_ms), at the end of the post-deploy bake'),
    // Gates on the change (issue 16): what the pull request adds, against its base branch.
    coverage_new: {
        ...coverage('lines added or changed by the pull request that the coverage report measures'),
        relative: 'change',
        description: 'lines added or changed by the pull request, of those the coverage report measures, covered (diff-cover, Codecov patch)'
    },
    coverage_new_branches: {
        ...coverage('branches'),
        relative: 'change',
        description: 'branches on lines added or changed by the pull request, covered'
    },
    coverage_delta: {
        direction: 'higher',
        unit: '%',
        kind: 'number',
        relative: 'base',
        range: [-100, 100],
        description: 'line coverage minus the base branch\'s, in percentage points'
    },
    ...regressions(),
    ...newVulns()
};
/** `perf_p95_regression` and its siblings: the latency's change against the base branch, in % of the base's. */
function regressions() {
    const out = {};
    for (const p of ['p50', 'p90', 'p95', 'p99']) {
        out[`perf_${p}_regression`] = {
            direction: 'lower',
            unit: '%',
            kind: 'number',
            relative: 'base',
            range: [-100, 1e6],
            description: `change of the load test's ${p} latency against the base branch's, in % of the base's`
        };
    }
    return out;
}
/** `vulns_new_critical` …: findings of the severity that the base branch's reports do not have. */
function newVulns() {
    const out = {};
    for (const s of ['critical', 'high', 'medium', 'low']) {
        out[`vulns_new_${s}`] = { ...count(`${s} vulnerabilities absent from the base branch's reports`), relative: 'base' };
    }
    return out;
}
/** What the catalogue says of `metric`; undefined for a metric of the user's own (never `Object`'s `constructor`). */
function metricInfo(metric) {
    return Object.hasOwn(METRICS, metric) ? METRICS[metric] : undefined;
}
/** Names that mean another metric. */
const ALIASES = { coverage: 'coverage_lines' };
/** The metric a gate name measures (`coverage` → `coverage_lines`). */
function canonicalMetric(name) {
    return Object.hasOwn(ALIASES, name) ? ALIASES[name] : name;
}
/**
 * For metrics the catalogue does not know (values from the `metrics` input), the direction a
 * bare number implies, read from the name; undefined when the name does not say.
 */
function guessDirection(name) {
    if (/(^|_)(ms|s|seconds|latency|duration|time|errors?|error_rate|failures?|failed|vulns?|warnings?|violations?|issues|debt|size|bytes|kb|mb)$/i.test(name))
        return 'lower';
    if (/(^|_)(coverage|score|passed|success|rate_ok|uptime|apdex|throughput|rps)$/i.test(name))
        return 'higher';
    return undefined;
}
/** Every name a gate may use for a metric the reports or the catalogue give. */
function knownMetricNames() {
    return [...Object.keys(METRICS), ...Object.keys(ALIASES)];
}


/***/ }),

/***/ 407:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OY: () => (/* binding */ toData),
/* harmony export */   SK: () => (/* binding */ parseGatesInput),
/* harmony export */   cA: () => (/* binding */ lineOf),
/* harmony export */   hN: () => (/* binding */ parseYaml),
/* harmony export */   hW: () => (/* binding */ loadPhaseDocument)
/* harmony export */ });
/* unused harmony exports MAX_PHASE_BYTES, gatesFromMap */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8815);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6512);
/* harmony import */ var _yaml_bounds_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9147);
/* harmony import */ var _grammar_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1993);
/**
 * Phase documents: Markdown with YAML front matter (`reference/phase-06-deployment.md`). The front
 * matter is read with `yaml` under a small alias budget, so alias bombs are refused, and every gate
 * keeps the line it was written on.
 */





/** Largest phase document read (they are a few KB; anything bigger is not one). */
const MAX_PHASE_BYTES = _yaml_bounds_js__WEBPACK_IMPORTED_MODULE_3__/* .YAML_BOUNDS */ .Y8.phase.maxBytes;
/**
 * Parses YAML text within `bounds` (YAML input by default: size, depth, nodes and aliases, checked
 * before the parse), reporting the first error at its line.
 */
function parseYaml(text, where) {
    const bounds = where.bounds ?? _yaml_bounds_js__WEBPACK_IMPORTED_MODULE_3__/* .YAML_BOUNDS */ .Y8.input;
    (0,_yaml_bounds_js__WEBPACK_IMPORTED_MODULE_3__/* .checkYamlBounds */ .jt)(text, bounds, where);
    const lines = new yaml__WEBPACK_IMPORTED_MODULE_1__/* .LineCounter */ .HN();
    const lineOffset = where.lineOffset ?? 0;
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .parseDocument */ .Tp)(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true, strict: true });
    const first = doc.errors[0];
    if (first) {
        const line = (first.linePos?.[0]?.line ?? lines.linePos(first.pos[0]).line) + lineOffset;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`invalid YAML: ${first.message.split('\n')[0].replace(/ at line \d+, column \d+.*$/, '')}`, {
            input: where.input,
            file: where.file,
            line
        });
    }
    return { doc, lines, lineOffset, bounds };
}
/** Plain data of a parsed document; an alias bomb ends as a UserError, not an exhausted heap. */
function toData(parsed, where) {
    try {
        return parsed.doc.toJS({ maxAliasCount: parsed.bounds.maxAliases });
    }
    catch (err) {
        const message = err.message;
        if (/alias/i.test(message)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y('YAML with too many aliases (an alias bomb?) is refused', { ...where, line: undefined });
        }
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`invalid YAML: ${message}`, where);
    }
}
/** The 1-based line of a node in the original file. */
function lineOf(parsed, node) {
    const offset = node?.range?.[0];
    if (offset === undefined)
        return undefined;
    return parsed.lines.linePos(offset).line + parsed.lineOffset;
}
/**
 * Reads the gates of a YAML mapping node: each key a metric, each value a threshold. A null value
 * (`perf_p95_ms: ~`) removes a gate set elsewhere and is returned as `null`.
 */
function gatesFromMap(parsed, map, where, warnings) {
    const gates = [];
    const errors = [];
    for (const pair of map.items) {
        const keyNode = pair.key;
        const name = (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isScalar */ .jn)(keyNode) ? String(keyNode.value) : String(keyNode);
        const origin = { input: where.input, file: where.file, line: lineOf(parsed, keyNode) };
        const valueNode = pair.value;
        const value = (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isScalar */ .jn)(valueNode) ? valueNode.value : valueNode ? valueNode.toJSON() : null;
        if (!/^[A-Za-z_][\w.-]*$/.test(name)) {
            // `{ coverage ">=80%", … }`: YAML reads a gate without its colon as a key with no value,
            // which would silently remove the gate. A metric name is one word.
            const split = /^([A-Za-z_][\w.-]*)\s*(.+)$/.exec(name);
            errors.push(new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`gate ${JSON.stringify(name)} is not a metric name`, {
                input: where.input,
                file: where.file,
                line: origin.line,
                hint: split && value === null ? `a colon is missing: write ${split[1]}: ${split[2]}` : 'a metric name is one word, e.g. coverage or perf_p95_ms'
            }));
            continue;
        }
        if (value === null || value === '') {
            gates.push({ name, removed: true, origin });
            continue;
        }
        try {
            gates.push((0,_grammar_js__WEBPACK_IMPORTED_MODULE_4__/* .parseGate */ .Xi)(name, value, origin, warnings));
        }
        catch (err) {
            if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y)
                errors.push(err);
            else
                throw err;
        }
    }
    if (errors.length)
        throw _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y.several(errors);
    return gates;
}
/** Loads a phase document from `file` (already resolved inside the workspace). */
async function loadPhaseDocument(file, shown, input = 'phase-file') {
    let bytes;
    try {
        const stat = await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.stat(file);
        if (!stat.isFile())
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y('not a regular file', { input, file: shown });
        if (stat.size > MAX_PHASE_BYTES) {
            const problem = await (0,_yaml_bounds_js__WEBPACK_IMPORTED_MODULE_3__/* .oversizeProblem */ .jT)(file, stat.size, _yaml_bounds_js__WEBPACK_IMPORTED_MODULE_3__/* .YAML_BOUNDS */ .Y8.phase);
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(problem.message, { input, file: shown, line: problem.line });
        }
        bytes = await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.readFile(file);
    }
    catch (err) {
        if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y)
            throw err;
        const code = err.code;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(code === 'ENOENT' ? 'file not found' : `cannot read (${code})`, { input, file: shown });
    }
    if (bytes.includes(0))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y('binary file, not a phase document', { input, file: shown });
    let text = bytes.toString('utf8');
    if (text.charCodeAt(0) === 0xfeff)
        text = text.slice(1);
    const lines = text.split(/\r?\n/);
    if (lines[0]?.trim() !== '---') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y('no YAML front matter: the first line must be ---', { input, file: shown, line: 1 });
    }
    const end = lines.findIndex((l, i) => i > 0 && (l.trim() === '---' || l.trim() === '...'));
    if (end < 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y('YAML front matter is never closed with ---', { input, file: shown, line: 1 });
    const yamlText = lines.slice(1, end).join('\n');
    const where = { input, file: shown };
    const parsed = parseYaml(yamlText, { ...where, lineOffset: 1, bounds: _yaml_bounds_js__WEBPACK_IMPORTED_MODULE_3__/* .YAML_BOUNDS */ .Y8.phase });
    const data = toData(parsed, where);
    if (data === null || data === undefined) {
        return { phase: null, title: null, file: shown, frontMatter: {}, gates: [], warnings: [] };
    }
    if (typeof data !== 'object' || Array.isArray(data)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y('front matter must be a YAML mapping', { input, file: shown, line: 2 });
    }
    const frontMatter = data;
    const warnings = [];
    let gates = [];
    const root = parsed.doc.contents;
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isMap */ .jh)(root)) {
        const gatesPair = root.items.find((p) => (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isScalar */ .jn)(p.key) && p.key.value === 'gates');
        if (gatesPair && gatesPair.value !== null && !((0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isScalar */ .jn)(gatesPair.value) && gatesPair.value.value === null)) {
            if (!(0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isMap */ .jh)(gatesPair.value)) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y('gates must be a mapping of metric to threshold', { input, file: shown, line: lineOf(parsed, gatesPair.key) });
            }
            gates = gatesFromMap(parsed, gatesPair.value, where, warnings).filter((g) => !('removed' in g));
        }
    }
    const phase = frontMatter.phase;
    if (typeof phase === 'number' && (!Number.isFinite(phase) || phase < 0 || phase > 1e6)) {
        const key = (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isMap */ .jh)(root) ? root.items.find((p) => (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isScalar */ .jn)(p.key) && p.key.value === 'phase')?.key : undefined;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`phase: ${phase} is not a phase number (0 to 1,000,000)`, { input, file: shown, line: lineOf(parsed, key) });
    }
    return {
        phase: typeof phase === 'number' || typeof phase === 'string' ? phase : null,
        title: typeof frontMatter.title === 'string' ? frontMatter.title : null,
        file: shown,
        frontMatter,
        gates,
        warnings
    };
}
/**
 * Reads the `gates` input: a YAML (or JSON) mapping, optionally wrapped in `gates:`. Entries with an
 * empty value remove a gate of the phase document.
 */
function parseGatesInput(value, input = 'gates') {
    const warnings = [];
    if (value.trim() === '')
        return { gates: [], removed: [], warnings };
    const parsed = parseYaml(value, { input });
    toData(parsed, { input }); // refuses alias bombs before anything walks the tree
    let root = parsed.doc.contents;
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isMap */ .jh)(root) && root.items.length === 1) {
        const only = root.items[0];
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isScalar */ .jn)(only.key) && only.key.value === 'gates' && (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isMap */ .jh)(only.value))
            root = only.value;
    }
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isMap */ .jh)(root)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y('must be a YAML mapping of metric to threshold', { input, line: lineOf(parsed, root) ?? 1, hint: 'e.g. { coverage: ">=80%", vulns_critical: 0 }' });
    }
    const entries = gatesFromMap(parsed, root, { input }, warnings);
    return {
        gates: entries.filter((g) => !('removed' in g)),
        removed: entries.filter((g) => 'removed' in g).map((g) => g.name),
        warnings
    };
}


/***/ }),

/***/ 5146:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   hF: () => (/* binding */ input),
/* harmony export */   tE: () => (/* binding */ booleanInput)
/* harmony export */ });
/* unused harmony export requiredInput */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6512);

/** A trimmed input value, or `fallback` when unset. */
function input(host, name, fallback = '') {
    const v = host.getInput(name).trim();
    return v === '' ? fallback : v;
}
/** A boolean input as the runner's YAML 1.2 core schema reads it (true/True/TRUE, false/False/FALSE). */
function booleanInput(host, name, fallback) {
    const v = host.getInput(name).trim();
    if (v === '')
        return fallback;
    if (['true', 'True', 'TRUE'].includes(v))
        return true;
    if (['false', 'False', 'FALSE'].includes(v))
        return false;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`not a boolean: ${JSON.stringify(v)}`, { input: name, hint: 'write true or false' });
}
/** A required input. */
function requiredInput(host, name) {
    const v = input(host, name);
    if (!v)
        throw new UserError('required and not supplied', { input: name });
    return v;
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

/***/ 4955:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B4: () => (/* binding */ MAX_LATENCY_MS),
/* harmony export */   KW: () => (/* binding */ MAX_UNITS_PER_LINE),
/* harmony export */   Nj: () => (/* binding */ unitsOfLine),
/* harmony export */   X1: () => (/* binding */ percentage),
/* harmony export */   ak: () => (/* binding */ coveredOf),
/* harmony export */   eT: () => (/* binding */ lineNumber),
/* harmony export */   lA: () => (/* binding */ countValue),
/* harmony export */   lT: () => (/* binding */ countText),
/* harmony export */   yy: () => (/* binding */ MAX_LINE_NUMBER),
/* harmony export */   zn: () => (/* binding */ latencyMs)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6512);
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

const MAX_LINE_NUMBER = 100_000_000;
const MAX_UNITS_PER_LINE = 1_000_000;
const MAX_LATENCY_MS = 1_000_000_000;
const DIGITS = /^\d{1,16}$/;
/** A count written as digits (an XML attribute, an LCOV field): a non-negative safe integer. */
function countText(text, what) {
    if (text === undefined)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`missing ${what}`);
    const t = text.trim();
    const v = DIGITS.test(t) ? Number(t) : NaN;
    if (!Number.isSafeInteger(v))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`${what} ${JSON.stringify(text.slice(0, 40))} is not a count (a whole number from 0 to 2^53)`);
    return v;
}
/** A count given as a JSON or YAML number: a non-negative safe integer. */
function countValue(value, what) {
    if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`${what} ${shown(value)} is not a count (a whole number from 0 to 2^53)`);
    }
    return value;
}
/** A source line number, 0 to 10⁸. */
function lineNumber(value, what = 'line number') {
    if (!Number.isSafeInteger(value) || value < 0 || value > MAX_LINE_NUMBER) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`${what} ${shown(value)} is out of range (0 to ${MAX_LINE_NUMBER.toLocaleString('en-US')})`);
    }
    return value;
}
/** Units (branches, statements) one line or block holds: at most 10⁶. */
function unitsOfLine(value, what) {
    if (value > MAX_UNITS_PER_LINE) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`${what} ${shown(value)} is more than one line or block of source holds (at most ${MAX_UNITS_PER_LINE.toLocaleString('en-US')})`);
    }
    return value;
}
/** A latency in milliseconds: finite, 0 to 10⁹. */
function latencyMs(value, what = 'latency') {
    if (!Number.isFinite(value) || value < 0 || value > MAX_LATENCY_MS) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`${what} ${shown(value)} ms is out of range (0 to ${MAX_LATENCY_MS.toLocaleString('en-US')} ms)`);
    }
    return value;
}
/** A percentage, 0 to 100. */
function percentage(value, what) {
    if (!Number.isFinite(value) || value < 0 || value > 100)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`${what} ${shown(value)} is not a percentage (0 to 100)`);
    return value;
}
/** `covered` of `total`: both counts, covered at most total. */
function coveredOf(covered, total, what) {
    const t = countValue(total, `${what} total`);
    const c = countValue(covered, `${what} covered`);
    if (c > t)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`${what}: covered ${c} is above its total ${t}`);
    return { covered: c, total: t };
}
function shown(value) {
    if (typeof value === 'number')
        return String(value);
    const s = JSON.stringify(value) ?? String(value);
    return s.length > 40 ? `${s.slice(0, 40)}…` : s;
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
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1836);
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


/***/ }),

/***/ 5829:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  G: () => (/* binding */ assertSchema),
  d: () => (/* binding */ schemaErrors)
});

// EXTERNAL MODULE: ./node_modules/ajv/dist/runtime/ucs2length.js
var ucs2length = __webpack_require__(6214);
;// CONCATENATED MODULE: ./.build/src/core/generated/gates-report.validate.js
// Generated by scripts/gen-validators.mjs from schemas/gates-report.schema.json: do not edit.
// @ts-nocheck

const validate = (/* unused pure expression or super */ null && (validate10));
/* harmony default export */ const gates_report_validate = (validate10);
const schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://github.com/phase-gates/phase-gates/schemas/gates-report.schema.json", "title": "phase-gates gates report", "description": "Written by gates-enforcer (gates-report.json) and given to deploy through its `report` output.", "type": "object", "additionalProperties": false, "required": ["schema", "phase", "sha", "passed", "generatedAt", "gates"], "properties": { "schema": { "const": "phase-gates/gates-report@1" }, "phase": { "description": "The `phase` key of the phase document (6 for Phase 06), or null without one.", "type": ["integer", "string", "null"] }, "phaseTitle": { "type": ["string", "null"] }, "phaseFile": { "type": ["string", "null"], "description": "The phase document, relative to the workspace." }, "sha": { "type": ["string", "null"], "description": "The commit the gates were computed for (GITHUB_SHA)." }, "repository": { "type": ["string", "null"] }, "runId": { "type": ["string", "null"] }, "passed": { "type": "boolean" }, "failOnMissing": { "type": "boolean" }, "generatedAt": { "type": "string", "format": "date-time" }, "gates": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["name", "op", "threshold", "unit", "actual", "passed", "sources"], "properties": { "name": { "type": "string", "minLength": 1 }, "metric": { "type": "string", "description": "The metric measured (coverage → coverage_lines)." }, "op": { "enum": [">=", ">", "<=", "<", "==", "!="] }, "threshold": { "type": ["number", "boolean", "string"] }, "unit": { "enum": ["%", "ms", null] }, "actual": { "type": ["number", "boolean", "string", "null"] }, "passed": { "type": "boolean" }, "status": { "enum": ["pass", "fail", "no-data"] }, "definedIn": { "type": "string", "description": "Where the gate was written: file:line or the input name." }, "detail": { "type": "string", "description": "Counts behind the figure, e.g. 812/1000 lines." }, "sources": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["file", "format"], "properties": { "file": { "type": "string" }, "format": { "type": "string" } } } }, "findings": { "description": "For a failed vulns_* gate: the distinct findings of its severity (the first 100; findingsTotal counts them all).", "type": "array", "maxItems": 100, "items": { "type": "object", "additionalProperties": false, "required": ["id", "package", "installed", "fixed", "severity", "source"], "properties": { "id": { "type": "string", "description": "CVE, GHSA or advisory id; the rule id of a code finding." }, "package": { "type": "string", "description": "The package, or the file of a code finding." }, "installed": { "type": "string", "description": "The installed version (or range), or the line of a code finding." }, "fixed": { "type": ["string", "null"], "description": "The version(s) that fix it, as the tool wrote them; null when it names none." }, "severity": { "enum": ["critical", "high", "medium", "low"] }, "source": { "type": ["string", "null"], "description": "The report it was read from, or github-alerts." }, "title": { "type": "string" } } } }, "findingsTotal": { "type": "integer", "minimum": 0 }, "base": { "type": ["number", "boolean", "string", "null"], "description": "The metric's value in the base branch's gates report (see `base`), when one was read; null when that report has no value for it." } } } }, "deployment": { "description": "Only in the root action's Phase 07 report: the release it judged (absent from a gates-enforcer report, which judges a commit).", "type": "object", "additionalProperties": false, "required": ["environment", "version", "id"], "properties": { "environment": { "type": "string" }, "version": { "type": "string", "description": "The version deploy was asked to release." }, "id": { "type": ["string", "null"], "description": "Its deployment id (GitHub Deployment or local ledger), or null when nothing was deployed." }, "status": { "type": "string", "description": "deploy-status as the chain ended: success, failure, rolled_back, skipped." }, "rollbackId": { "type": ["string", "null"], "description": "The deployment that undid it, when one did." } } }, "metrics": { "type": "object", "description": "Every metric computed from the inputs, gated or not.", "additionalProperties": { "type": ["number", "boolean", "string", "null"] } }, "base": { "description": "The base branch's gates report that relative gates (coverage_delta, perf_*_regression, vulns_new_*) were measured against.", "type": "object", "additionalProperties": false, "required": ["origin", "describe", "sha"], "properties": { "origin": { "enum": ["file", "artifact", "check-run"], "description": "base-report file, the gates-report artifact of the base branch's latest successful run, or the report embedded in the base commit's check run." }, "describe": { "type": "string" }, "sha": { "type": ["string", "null"], "description": "The commit the base report was computed for." } } }, "newCode": { "description": "Lines the pull request adds or changes, and which of them the coverage reports measure and cover (coverage_new).", "type": "object", "additionalProperties": false, "required": ["source", "base", "head", "changedFiles", "lines", "branches", "files"], "properties": { "source": { "enum": ["git", "api"], "description": "git diff from the merge base, or the pull request's files through the API." }, "base": { "type": "string", "description": "The merge base (git) or the pull request's base commit (api)." }, "head": { "type": "string" }, "changedFiles": { "type": "integer", "minimum": 0 }, "lines": { "$ref": "#/definitions/ratio" }, "branches": { "$ref": "#/definitions/ratio" }, "files": { "type": "array", "maxItems": 500, "description": "Changed files the coverage reports measure (the first 500), most uncovered lines first.", "items": { "type": "object", "additionalProperties": false, "required": ["path", "covered", "total", "uncovered"], "properties": { "path": { "type": "string", "description": "Repository path at the head commit." }, "reportPath": { "type": "string", "description": "The path the coverage report names, when it differs." }, "covered": { "type": "integer", "minimum": 0 }, "total": { "type": "integer", "minimum": 0 }, "uncovered": { "type": "string", "description": "Uncovered new lines as ranges, e.g. 12-15,20." } } } }, "filesTotal": { "type": "integer", "minimum": 0 }, "unmatched": { "type": "array", "maxItems": 100, "items": { "type": "string" }, "description": "Report paths that matched no changed file unambiguously." } } }, "findingKeys": { "type": "array", "maxItems": 20000, "items": { "type": "string" }, "description": "One key per distinct vulnerability finding (advisory or rule id, package, location): what a later run compares with to tell new findings (vulns_new_*). Absent when no vulnerability source was read." }, "findingKeysTruncated": { "type": "boolean", "description": "True when there were more findings than findingKeys can hold." }, "newFindings": { "type": "array", "maxItems": 100, "items": { "type": "object", "additionalProperties": false, "required": ["id", "package", "installed", "fixed", "severity", "source"], "properties": { "id": { "type": "string", "description": "CVE, GHSA or advisory id; the rule id of a code finding." }, "package": { "type": "string", "description": "The package, or the file of a code finding." }, "installed": { "type": "string", "description": "The installed version (or range), or the line of a code finding." }, "fixed": { "type": ["string", "null"], "description": "The version(s) that fix it, as the tool wrote them; null when it names none." }, "severity": { "enum": ["critical", "high", "medium", "low"] }, "source": { "type": ["string", "null"], "description": "The report it was read from, or github-alerts." }, "title": { "type": "string" } } }, "description": "Findings absent from the base report (the first 100; newFindingsTotal counts them all)." }, "newFindingsTotal": { "type": "integer", "minimum": 0 } }, "definitions": { "ratio": { "type": "object", "additionalProperties": false, "required": ["covered", "total"], "properties": { "covered": { "type": "integer", "minimum": 0 }, "total": { "type": "integer", "minimum": 0 } } } } };
const schema12 = { "type": "object", "additionalProperties": false, "required": ["covered", "total"], "properties": { "covered": { "type": "integer", "minimum": 0 }, "total": { "type": "integer", "minimum": 0 } } };
const func2 = Object.prototype.hasOwnProperty;
const func4 = ucs2length/* default */.A;
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    /*# sourceURL="https://github.com/phase-gates/phase-gates/schemas/gates-report.schema.json" */ ;
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.schema === undefined) {
            const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "schema" }, message: "must have required property '" + "schema" + "'" };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
        if (data.phase === undefined) {
            const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "phase" }, message: "must have required property '" + "phase" + "'" };
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
        if (data.sha === undefined) {
            const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "sha" }, message: "must have required property '" + "sha" + "'" };
            if (vErrors === null) {
                vErrors = [err2];
            }
            else {
                vErrors.push(err2);
            }
            errors++;
        }
        if (data.passed === undefined) {
            const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "passed" }, message: "must have required property '" + "passed" + "'" };
            if (vErrors === null) {
                vErrors = [err3];
            }
            else {
                vErrors.push(err3);
            }
            errors++;
        }
        if (data.generatedAt === undefined) {
            const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "generatedAt" }, message: "must have required property '" + "generatedAt" + "'" };
            if (vErrors === null) {
                vErrors = [err4];
            }
            else {
                vErrors.push(err4);
            }
            errors++;
        }
        if (data.gates === undefined) {
            const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "gates" }, message: "must have required property '" + "gates" + "'" };
            if (vErrors === null) {
                vErrors = [err5];
            }
            else {
                vErrors.push(err5);
            }
            errors++;
        }
        for (const key0 in data) {
            if (!(func2.call(schema11.properties, key0))) {
                const err6 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                    vErrors = [err6];
                }
                else {
                    vErrors.push(err6);
                }
                errors++;
            }
        }
        if (data.schema !== undefined) {
            if ("phase-gates/gates-report@1" !== data.schema) {
                const err7 = { instancePath: instancePath + "/schema", schemaPath: "#/properties/schema/const", keyword: "const", params: { allowedValue: "phase-gates/gates-report@1" }, message: "must be equal to constant" };
                if (vErrors === null) {
                    vErrors = [err7];
                }
                else {
                    vErrors.push(err7);
                }
                errors++;
            }
        }
        if (data.phase !== undefined) {
            let data1 = data.phase;
            if (((!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))) && (typeof data1 !== "string")) && (data1 !== null)) {
                const err8 = { instancePath: instancePath + "/phase", schemaPath: "#/properties/phase/type", keyword: "type", params: { type: schema11.properties.phase.type }, message: "must be integer,string,null" };
                if (vErrors === null) {
                    vErrors = [err8];
                }
                else {
                    vErrors.push(err8);
                }
                errors++;
            }
        }
        if (data.phaseTitle !== undefined) {
            let data2 = data.phaseTitle;
            if ((typeof data2 !== "string") && (data2 !== null)) {
                const err9 = { instancePath: instancePath + "/phaseTitle", schemaPath: "#/properties/phaseTitle/type", keyword: "type", params: { type: schema11.properties.phaseTitle.type }, message: "must be string,null" };
                if (vErrors === null) {
                    vErrors = [err9];
                }
                else {
                    vErrors.push(err9);
                }
                errors++;
            }
        }
        if (data.phaseFile !== undefined) {
            let data3 = data.phaseFile;
            if ((typeof data3 !== "string") && (data3 !== null)) {
                const err10 = { instancePath: instancePath + "/phaseFile", schemaPath: "#/properties/phaseFile/type", keyword: "type", params: { type: schema11.properties.phaseFile.type }, message: "must be string,null" };
                if (vErrors === null) {
                    vErrors = [err10];
                }
                else {
                    vErrors.push(err10);
                }
                errors++;
            }
        }
        if (data.sha !== undefined) {
            let data4 = data.sha;
            if ((typeof data4 !== "string") && (data4 !== null)) {
                const err11 = { instancePath: instancePath + "/sha", schemaPath: "#/properties/sha/type", keyword: "type", params: { type: schema11.properties.sha.type }, message: "must be string,null" };
                if (vErrors === null) {
                    vErrors = [err11];
                }
                else {
                    vErrors.push(err11);
                }
                errors++;
            }
        }
        if (data.repository !== undefined) {
            let data5 = data.repository;
            if ((typeof data5 !== "string") && (data5 !== null)) {
                const err12 = { instancePath: instancePath + "/repository", schemaPath: "#/properties/repository/type", keyword: "type", params: { type: schema11.properties.repository.type }, message: "must be string,null" };
                if (vErrors === null) {
                    vErrors = [err12];
                }
                else {
                    vErrors.push(err12);
                }
                errors++;
            }
        }
        if (data.runId !== undefined) {
            let data6 = data.runId;
            if ((typeof data6 !== "string") && (data6 !== null)) {
                const err13 = { instancePath: instancePath + "/runId", schemaPath: "#/properties/runId/type", keyword: "type", params: { type: schema11.properties.runId.type }, message: "must be string,null" };
                if (vErrors === null) {
                    vErrors = [err13];
                }
                else {
                    vErrors.push(err13);
                }
                errors++;
            }
        }
        if (data.passed !== undefined) {
            if (typeof data.passed !== "boolean") {
                const err14 = { instancePath: instancePath + "/passed", schemaPath: "#/properties/passed/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                    vErrors = [err14];
                }
                else {
                    vErrors.push(err14);
                }
                errors++;
            }
        }
        if (data.failOnMissing !== undefined) {
            if (typeof data.failOnMissing !== "boolean") {
                const err15 = { instancePath: instancePath + "/failOnMissing", schemaPath: "#/properties/failOnMissing/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                    vErrors = [err15];
                }
                else {
                    vErrors.push(err15);
                }
                errors++;
            }
        }
        if (data.generatedAt !== undefined) {
            if (!(typeof data.generatedAt === "string")) {
                const err16 = { instancePath: instancePath + "/generatedAt", schemaPath: "#/properties/generatedAt/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err16];
                }
                else {
                    vErrors.push(err16);
                }
                errors++;
            }
        }
        if (data.gates !== undefined) {
            let data10 = data.gates;
            if (Array.isArray(data10)) {
                const len0 = data10.length;
                for (let i0 = 0; i0 < len0; i0++) {
                    let data11 = data10[i0];
                    if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
                        if (data11.name === undefined) {
                            const err17 = { instancePath: instancePath + "/gates/" + i0, schemaPath: "#/properties/gates/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property '" + "name" + "'" };
                            if (vErrors === null) {
                                vErrors = [err17];
                            }
                            else {
                                vErrors.push(err17);
                            }
                            errors++;
                        }
                        if (data11.op === undefined) {
                            const err18 = { instancePath: instancePath + "/gates/" + i0, schemaPath: "#/properties/gates/items/required", keyword: "required", params: { missingProperty: "op" }, message: "must have required property '" + "op" + "'" };
                            if (vErrors === null) {
                                vErrors = [err18];
                            }
                            else {
                                vErrors.push(err18);
                            }
                            errors++;
                        }
                        if (data11.threshold === undefined) {
                            const err19 = { instancePath: instancePath + "/gates/" + i0, schemaPath: "#/properties/gates/items/required", keyword: "required", params: { missingProperty: "threshold" }, message: "must have required property '" + "threshold" + "'" };
                            if (vErrors === null) {
                                vErrors = [err19];
                            }
                            else {
                                vErrors.push(err19);
                            }
                            errors++;
                        }
                        if (data11.unit === undefined) {
                            const err20 = { instancePath: instancePath + "/gates/" + i0, schemaPath: "#/properties/gates/items/required", keyword: "required", params: { missingProperty: "unit" }, message: "must have required property '" + "unit" + "'" };
                            if (vErrors === null) {
                                vErrors = [err20];
                            }
                            else {
                                vErrors.push(err20);
                            }
                            errors++;
                        }
                        if (data11.actual === undefined) {
                            const err21 = { instancePath: instancePath + "/gates/" + i0, schemaPath: "#/properties/gates/items/required", keyword: "required", params: { missingProperty: "actual" }, message: "must have required property '" + "actual" + "'" };
                            if (vErrors === null) {
                                vErrors = [err21];
                            }
                            else {
                                vErrors.push(err21);
                            }
                            errors++;
                        }
                        if (data11.passed === undefined) {
                            const err22 = { instancePath: instancePath + "/gates/" + i0, schemaPath: "#/properties/gates/items/required", keyword: "required", params: { missingProperty: "passed" }, message: "must have required property '" + "passed" + "'" };
                            if (vErrors === null) {
                                vErrors = [err22];
                            }
                            else {
                                vErrors.push(err22);
                            }
                            errors++;
                        }
                        if (data11.sources === undefined) {
                            const err23 = { instancePath: instancePath + "/gates/" + i0, schemaPath: "#/properties/gates/items/required", keyword: "required", params: { missingProperty: "sources" }, message: "must have required property '" + "sources" + "'" };
                            if (vErrors === null) {
                                vErrors = [err23];
                            }
                            else {
                                vErrors.push(err23);
                            }
                            errors++;
                        }
                        for (const key1 in data11) {
                            if (!(func2.call(schema11.properties.gates.items.properties, key1))) {
                                const err24 = { instancePath: instancePath + "/gates/" + i0, schemaPath: "#/properties/gates/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
                                if (vErrors === null) {
                                    vErrors = [err24];
                                }
                                else {
                                    vErrors.push(err24);
                                }
                                errors++;
                            }
                        }
                        if (data11.name !== undefined) {
                            let data12 = data11.name;
                            if (typeof data12 === "string") {
                                if (func4(data12) < 1) {
                                    const err25 = { instancePath: instancePath + "/gates/" + i0 + "/name", schemaPath: "#/properties/gates/items/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                                    if (vErrors === null) {
                                        vErrors = [err25];
                                    }
                                    else {
                                        vErrors.push(err25);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err26 = { instancePath: instancePath + "/gates/" + i0 + "/name", schemaPath: "#/properties/gates/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err26];
                                }
                                else {
                                    vErrors.push(err26);
                                }
                                errors++;
                            }
                        }
                        if (data11.metric !== undefined) {
                            if (typeof data11.metric !== "string") {
                                const err27 = { instancePath: instancePath + "/gates/" + i0 + "/metric", schemaPath: "#/properties/gates/items/properties/metric/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err27];
                                }
                                else {
                                    vErrors.push(err27);
                                }
                                errors++;
                            }
                        }
                        if (data11.op !== undefined) {
                            let data14 = data11.op;
                            if (!((((((data14 === ">=") || (data14 === ">")) || (data14 === "<=")) || (data14 === "<")) || (data14 === "==")) || (data14 === "!="))) {
                                const err28 = { instancePath: instancePath + "/gates/" + i0 + "/op", schemaPath: "#/properties/gates/items/properties/op/enum", keyword: "enum", params: { allowedValues: schema11.properties.gates.items.properties.op.enum }, message: "must be equal to one of the allowed values" };
                                if (vErrors === null) {
                                    vErrors = [err28];
                                }
                                else {
                                    vErrors.push(err28);
                                }
                                errors++;
                            }
                        }
                        if (data11.threshold !== undefined) {
                            let data15 = data11.threshold;
                            if (((!((typeof data15 == "number") && (isFinite(data15)))) && (typeof data15 !== "boolean")) && (typeof data15 !== "string")) {
                                const err29 = { instancePath: instancePath + "/gates/" + i0 + "/threshold", schemaPath: "#/properties/gates/items/properties/threshold/type", keyword: "type", params: { type: schema11.properties.gates.items.properties.threshold.type }, message: "must be number,boolean,string" };
                                if (vErrors === null) {
                                    vErrors = [err29];
                                }
                                else {
                                    vErrors.push(err29);
                                }
                                errors++;
                            }
                        }
                        if (data11.unit !== undefined) {
                            let data16 = data11.unit;
                            if (!(((data16 === "%") || (data16 === "ms")) || (data16 === null))) {
                                const err30 = { instancePath: instancePath + "/gates/" + i0 + "/unit", schemaPath: "#/properties/gates/items/properties/unit/enum", keyword: "enum", params: { allowedValues: schema11.properties.gates.items.properties.unit.enum }, message: "must be equal to one of the allowed values" };
                                if (vErrors === null) {
                                    vErrors = [err30];
                                }
                                else {
                                    vErrors.push(err30);
                                }
                                errors++;
                            }
                        }
                        if (data11.actual !== undefined) {
                            let data17 = data11.actual;
                            if ((((!((typeof data17 == "number") && (isFinite(data17)))) && (typeof data17 !== "boolean")) && (typeof data17 !== "string")) && (data17 !== null)) {
                                const err31 = { instancePath: instancePath + "/gates/" + i0 + "/actual", schemaPath: "#/properties/gates/items/properties/actual/type", keyword: "type", params: { type: schema11.properties.gates.items.properties.actual.type }, message: "must be number,boolean,string,null" };
                                if (vErrors === null) {
                                    vErrors = [err31];
                                }
                                else {
                                    vErrors.push(err31);
                                }
                                errors++;
                            }
                        }
                        if (data11.passed !== undefined) {
                            if (typeof data11.passed !== "boolean") {
                                const err32 = { instancePath: instancePath + "/gates/" + i0 + "/passed", schemaPath: "#/properties/gates/items/properties/passed/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                                if (vErrors === null) {
                                    vErrors = [err32];
                                }
                                else {
                                    vErrors.push(err32);
                                }
                                errors++;
                            }
                        }
                        if (data11.status !== undefined) {
                            let data19 = data11.status;
                            if (!(((data19 === "pass") || (data19 === "fail")) || (data19 === "no-data"))) {
                                const err33 = { instancePath: instancePath + "/gates/" + i0 + "/status", schemaPath: "#/properties/gates/items/properties/status/enum", keyword: "enum", params: { allowedValues: schema11.properties.gates.items.properties.status.enum }, message: "must be equal to one of the allowed values" };
                                if (vErrors === null) {
                                    vErrors = [err33];
                                }
                                else {
                                    vErrors.push(err33);
                                }
                                errors++;
                            }
                        }
                        if (data11.definedIn !== undefined) {
                            if (typeof data11.definedIn !== "string") {
                                const err34 = { instancePath: instancePath + "/gates/" + i0 + "/definedIn", schemaPath: "#/properties/gates/items/properties/definedIn/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err34];
                                }
                                else {
                                    vErrors.push(err34);
                                }
                                errors++;
                            }
                        }
                        if (data11.detail !== undefined) {
                            if (typeof data11.detail !== "string") {
                                const err35 = { instancePath: instancePath + "/gates/" + i0 + "/detail", schemaPath: "#/properties/gates/items/properties/detail/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err35];
                                }
                                else {
                                    vErrors.push(err35);
                                }
                                errors++;
                            }
                        }
                        if (data11.sources !== undefined) {
                            let data22 = data11.sources;
                            if (Array.isArray(data22)) {
                                const len1 = data22.length;
                                for (let i1 = 0; i1 < len1; i1++) {
                                    let data23 = data22[i1];
                                    if (data23 && typeof data23 == "object" && !Array.isArray(data23)) {
                                        if (data23.file === undefined) {
                                            const err36 = { instancePath: instancePath + "/gates/" + i0 + "/sources/" + i1, schemaPath: "#/properties/gates/items/properties/sources/items/required", keyword: "required", params: { missingProperty: "file" }, message: "must have required property '" + "file" + "'" };
                                            if (vErrors === null) {
                                                vErrors = [err36];
                                            }
                                            else {
                                                vErrors.push(err36);
                                            }
                                            errors++;
                                        }
                                        if (data23.format === undefined) {
                                            const err37 = { instancePath: instancePath + "/gates/" + i0 + "/sources/" + i1, schemaPath: "#/properties/gates/items/properties/sources/items/required", keyword: "required", params: { missingProperty: "format" }, message: "must have required property '" + "format" + "'" };
                                            if (vErrors === null) {
                                                vErrors = [err37];
                                            }
                                            else {
                                                vErrors.push(err37);
                                            }
                                            errors++;
                                        }
                                        for (const key2 in data23) {
                                            if (!((key2 === "file") || (key2 === "format"))) {
                                                const err38 = { instancePath: instancePath + "/gates/" + i0 + "/sources/" + i1, schemaPath: "#/properties/gates/items/properties/sources/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
                                                if (vErrors === null) {
                                                    vErrors = [err38];
                                                }
                                                else {
                                                    vErrors.push(err38);
                                                }
                                                errors++;
                                            }
                                        }
                                        if (data23.file !== undefined) {
                                            if (typeof data23.file !== "string") {
                                                const err39 = { instancePath: instancePath + "/gates/" + i0 + "/sources/" + i1 + "/file", schemaPath: "#/properties/gates/items/properties/sources/items/properties/file/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                if (vErrors === null) {
                                                    vErrors = [err39];
                                                }
                                                else {
                                                    vErrors.push(err39);
                                                }
                                                errors++;
                                            }
                                        }
                                        if (data23.format !== undefined) {
                                            if (typeof data23.format !== "string") {
                                                const err40 = { instancePath: instancePath + "/gates/" + i0 + "/sources/" + i1 + "/format", schemaPath: "#/properties/gates/items/properties/sources/items/properties/format/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                if (vErrors === null) {
                                                    vErrors = [err40];
                                                }
                                                else {
                                                    vErrors.push(err40);
                                                }
                                                errors++;
                                            }
                                        }
                                    }
                                    else {
                                        const err41 = { instancePath: instancePath + "/gates/" + i0 + "/sources/" + i1, schemaPath: "#/properties/gates/items/properties/sources/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                        if (vErrors === null) {
                                            vErrors = [err41];
                                        }
                                        else {
                                            vErrors.push(err41);
                                        }
                                        errors++;
                                    }
                                }
                            }
                            else {
                                const err42 = { instancePath: instancePath + "/gates/" + i0 + "/sources", schemaPath: "#/properties/gates/items/properties/sources/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                if (vErrors === null) {
                                    vErrors = [err42];
                                }
                                else {
                                    vErrors.push(err42);
                                }
                                errors++;
                            }
                        }
                        if (data11.findings !== undefined) {
                            let data26 = data11.findings;
                            if (Array.isArray(data26)) {
                                if (data26.length > 100) {
                                    const err43 = { instancePath: instancePath + "/gates/" + i0 + "/findings", schemaPath: "#/properties/gates/items/properties/findings/maxItems", keyword: "maxItems", params: { limit: 100 }, message: "must NOT have more than 100 items" };
                                    if (vErrors === null) {
                                        vErrors = [err43];
                                    }
                                    else {
                                        vErrors.push(err43);
                                    }
                                    errors++;
                                }
                                const len2 = data26.length;
                                for (let i2 = 0; i2 < len2; i2++) {
                                    let data27 = data26[i2];
                                    if (data27 && typeof data27 == "object" && !Array.isArray(data27)) {
                                        if (data27.id === undefined) {
                                            const err44 = { instancePath: instancePath + "/gates/" + i0 + "/findings/" + i2, schemaPath: "#/properties/gates/items/properties/findings/items/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property '" + "id" + "'" };
                                            if (vErrors === null) {
                                                vErrors = [err44];
                                            }
                                            else {
                                                vErrors.push(err44);
                                            }
                                            errors++;
                                        }
                                        if (data27.package === undefined) {
                                            const err45 = { instancePath: instancePath + "/gates/" + i0 + "/findings/" + i2, schemaPath: "#/properties/gates/items/properties/findings/items/required", keyword: "required", params: { missingProperty: "package" }, message: "must have required property '" + "package" + "'" };
                                            if (vErrors === null) {
                                                vErrors = [err45];
                                            }
                                            else {
                                                vErrors.push(err45);
                                            }
                                            errors++;
                                        }
                                        if (data27.installed === undefined) {
                                            const err46 = { instancePath: instancePath + "/gates/" + i0 + "/findings/" + i2, schemaPath: "#/properties/gates/items/properties/findings/items/required", keyword: "required", params: { missingProperty: "installed" }, message: "must have required property '" + "installed" + "'" };
                                            if (vErrors === null) {
                                                vErrors = [err46];
                                            }
                                            else {
                                                vErrors.push(err46);
                                            }
                                            errors++;
                                        }
                                        if (data27.fixed === undefined) {
                                            const err47 = { instancePath: instancePath + "/gates/" + i0 + "/findings/" + i2, schemaPath: "#/properties/gates/items/properties/findings/items/required", keyword: "required", params: { missingProperty: "fixed" }, message: "must have required property '" + "fixed" + "'" };
                                            if (vErrors === null) {
                                                vErrors = [err47];
                                            }
                                            else {
                                                vErrors.push(err47);
                                            }
                                            errors++;
                                        }
                                        if (data27.severity === undefined) {
                                            const err48 = { instancePath: instancePath + "/gates/" + i0 + "/findings/" + i2, schemaPath: "#/properties/gates/items/properties/findings/items/required", keyword: "required", params: { missingProperty: "severity" }, message: "must have required property '" + "severity" + "'" };
                                            if (vErrors === null) {
                                                vErrors = [err48];
                                            }
                                            else {
                                                vErrors.push(err48);
                                            }
                                            errors++;
                                        }
                                        if (data27.source === undefined) {
                                            const err49 = { instancePath: instancePath + "/gates/" + i0 + "/findings/" + i2, schemaPath: "#/properties/gates/items/properties/findings/items/required", keyword: "required", params: { missingProperty: "source" }, message: "must have required property '" + "source" + "'" };
                                            if (vErrors === null) {
                                                vErrors = [err49];
                                            }
                                            else {
                                                vErrors.push(err49);
                                            }
                                            errors++;
                                        }
                                        for (const key3 in data27) {
                                            if (!(((((((key3 === "id") || (key3 === "package")) || (key3 === "installed")) || (key3 === "fixed")) || (key3 === "severity")) || (key3 === "source")) || (key3 === "title"))) {
                                                const err50 = { instancePath: instancePath + "/gates/" + i0 + "/findings/" + i2, schemaPath: "#/properties/gates/items/properties/findings/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" };
                                                if (vErrors === null) {
                                                    vErrors = [err50];
                                                }
                                                else {
                                                    vErrors.push(err50);
                                                }
                                                errors++;
                                            }
                                        }
                                        if (data27.id !== undefined) {
                                            if (typeof data27.id !== "string") {
                                                const err51 = { instancePath: instancePath + "/gates/" + i0 + "/findings/" + i2 + "/id", schemaPath: "#/properties/gates/items/properties/findings/items/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                if (vErrors === null) {
                                                    vErrors = [err51];
                                                }
                                                else {
                                                    vErrors.push(err51);
                                                }
                                                errors++;
                                            }
                                        }
                                        if (data27.package !== undefined) {
                                            if (typeof data27.package !== "string") {
                                                const err52 = { instancePath: instancePath + "/gates/" + i0 + "/findings/" + i2 + "/package", schemaPath: "#/properties/gates/items/properties/findings/items/properties/package/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                if (vErrors === null) {
                                                    vErrors = [err52];
                                                }
                                                else {
                                                    vErrors.push(err52);
                                                }
                                                errors++;
                                            }
                                        }
                                        if (data27.installed !== undefined) {
                                            if (typeof data27.installed !== "string") {
                                                const err53 = { instancePath: instancePath + "/gates/" + i0 + "/findings/" + i2 + "/installed", schemaPath: "#/properties/gates/items/properties/findings/items/properties/installed/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                if (vErrors === null) {
                                                    vErrors = [err53];
                                                }
                                                else {
                                                    vErrors.push(err53);
                                                }
                                                errors++;
                                            }
                                        }
                                        if (data27.fixed !== undefined) {
                                            let data31 = data27.fixed;
                                            if ((typeof data31 !== "string") && (data31 !== null)) {
                                                const err54 = { instancePath: instancePath + "/gates/" + i0 + "/findings/" + i2 + "/fixed", schemaPath: "#/properties/gates/items/properties/findings/items/properties/fixed/type", keyword: "type", params: { type: schema11.properties.gates.items.properties.findings.items.properties.fixed.type }, message: "must be string,null" };
                                                if (vErrors === null) {
                                                    vErrors = [err54];
                                                }
                                                else {
                                                    vErrors.push(err54);
                                                }
                                                errors++;
                                            }
                                        }
                                        if (data27.severity !== undefined) {
                                            let data32 = data27.severity;
                                            if (!((((data32 === "critical") || (data32 === "high")) || (data32 === "medium")) || (data32 === "low"))) {
                                                const err55 = { instancePath: instancePath + "/gates/" + i0 + "/findings/" + i2 + "/severity", schemaPath: "#/properties/gates/items/properties/findings/items/properties/severity/enum", keyword: "enum", params: { allowedValues: schema11.properties.gates.items.properties.findings.items.properties.severity.enum }, message: "must be equal to one of the allowed values" };
                                                if (vErrors === null) {
                                                    vErrors = [err55];
                                                }
                                                else {
                                                    vErrors.push(err55);
                                                }
                                                errors++;
                                            }
                                        }
                                        if (data27.source !== undefined) {
                                            let data33 = data27.source;
                                            if ((typeof data33 !== "string") && (data33 !== null)) {
                                                const err56 = { instancePath: instancePath + "/gates/" + i0 + "/findings/" + i2 + "/source", schemaPath: "#/properties/gates/items/properties/findings/items/properties/source/type", keyword: "type", params: { type: schema11.properties.gates.items.properties.findings.items.properties.source.type }, message: "must be string,null" };
                                                if (vErrors === null) {
                                                    vErrors = [err56];
                                                }
                                                else {
                                                    vErrors.push(err56);
                                                }
                                                errors++;
                                            }
                                        }
                                        if (data27.title !== undefined) {
                                            if (typeof data27.title !== "string") {
                                                const err57 = { instancePath: instancePath + "/gates/" + i0 + "/findings/" + i2 + "/title", schemaPath: "#/properties/gates/items/properties/findings/items/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                if (vErrors === null) {
                                                    vErrors = [err57];
                                                }
                                                else {
                                                    vErrors.push(err57);
                                                }
                                                errors++;
                                            }
                                        }
                                    }
                                    else {
                                        const err58 = { instancePath: instancePath + "/gates/" + i0 + "/findings/" + i2, schemaPath: "#/properties/gates/items/properties/findings/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                        if (vErrors === null) {
                                            vErrors = [err58];
                                        }
                                        else {
                                            vErrors.push(err58);
                                        }
                                        errors++;
                                    }
                                }
                            }
                            else {
                                const err59 = { instancePath: instancePath + "/gates/" + i0 + "/findings", schemaPath: "#/properties/gates/items/properties/findings/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                if (vErrors === null) {
                                    vErrors = [err59];
                                }
                                else {
                                    vErrors.push(err59);
                                }
                                errors++;
                            }
                        }
                        if (data11.findingsTotal !== undefined) {
                            let data35 = data11.findingsTotal;
                            if (!(((typeof data35 == "number") && (!(data35 % 1) && !isNaN(data35))) && (isFinite(data35)))) {
                                const err60 = { instancePath: instancePath + "/gates/" + i0 + "/findingsTotal", schemaPath: "#/properties/gates/items/properties/findingsTotal/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                                if (vErrors === null) {
                                    vErrors = [err60];
                                }
                                else {
                                    vErrors.push(err60);
                                }
                                errors++;
                            }
                            if ((typeof data35 == "number") && (isFinite(data35))) {
                                if (data35 < 0 || isNaN(data35)) {
                                    const err61 = { instancePath: instancePath + "/gates/" + i0 + "/findingsTotal", schemaPath: "#/properties/gates/items/properties/findingsTotal/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                                    if (vErrors === null) {
                                        vErrors = [err61];
                                    }
                                    else {
                                        vErrors.push(err61);
                                    }
                                    errors++;
                                }
                            }
                        }
                        if (data11.base !== undefined) {
                            let data36 = data11.base;
                            if ((((!((typeof data36 == "number") && (isFinite(data36)))) && (typeof data36 !== "boolean")) && (typeof data36 !== "string")) && (data36 !== null)) {
                                const err62 = { instancePath: instancePath + "/gates/" + i0 + "/base", schemaPath: "#/properties/gates/items/properties/base/type", keyword: "type", params: { type: schema11.properties.gates.items.properties.base.type }, message: "must be number,boolean,string,null" };
                                if (vErrors === null) {
                                    vErrors = [err62];
                                }
                                else {
                                    vErrors.push(err62);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err63 = { instancePath: instancePath + "/gates/" + i0, schemaPath: "#/properties/gates/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                            vErrors = [err63];
                        }
                        else {
                            vErrors.push(err63);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err64 = { instancePath: instancePath + "/gates", schemaPath: "#/properties/gates/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                    vErrors = [err64];
                }
                else {
                    vErrors.push(err64);
                }
                errors++;
            }
        }
        if (data.deployment !== undefined) {
            let data37 = data.deployment;
            if (data37 && typeof data37 == "object" && !Array.isArray(data37)) {
                if (data37.environment === undefined) {
                    const err65 = { instancePath: instancePath + "/deployment", schemaPath: "#/properties/deployment/required", keyword: "required", params: { missingProperty: "environment" }, message: "must have required property '" + "environment" + "'" };
                    if (vErrors === null) {
                        vErrors = [err65];
                    }
                    else {
                        vErrors.push(err65);
                    }
                    errors++;
                }
                if (data37.version === undefined) {
                    const err66 = { instancePath: instancePath + "/deployment", schemaPath: "#/properties/deployment/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property '" + "version" + "'" };
                    if (vErrors === null) {
                        vErrors = [err66];
                    }
                    else {
                        vErrors.push(err66);
                    }
                    errors++;
                }
                if (data37.id === undefined) {
                    const err67 = { instancePath: instancePath + "/deployment", schemaPath: "#/properties/deployment/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property '" + "id" + "'" };
                    if (vErrors === null) {
                        vErrors = [err67];
                    }
                    else {
                        vErrors.push(err67);
                    }
                    errors++;
                }
                for (const key4 in data37) {
                    if (!(((((key4 === "environment") || (key4 === "version")) || (key4 === "id")) || (key4 === "status")) || (key4 === "rollbackId"))) {
                        const err68 = { instancePath: instancePath + "/deployment", schemaPath: "#/properties/deployment/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties" };
                        if (vErrors === null) {
                            vErrors = [err68];
                        }
                        else {
                            vErrors.push(err68);
                        }
                        errors++;
                    }
                }
                if (data37.environment !== undefined) {
                    if (typeof data37.environment !== "string") {
                        const err69 = { instancePath: instancePath + "/deployment/environment", schemaPath: "#/properties/deployment/properties/environment/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                            vErrors = [err69];
                        }
                        else {
                            vErrors.push(err69);
                        }
                        errors++;
                    }
                }
                if (data37.version !== undefined) {
                    if (typeof data37.version !== "string") {
                        const err70 = { instancePath: instancePath + "/deployment/version", schemaPath: "#/properties/deployment/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                            vErrors = [err70];
                        }
                        else {
                            vErrors.push(err70);
                        }
                        errors++;
                    }
                }
                if (data37.id !== undefined) {
                    let data40 = data37.id;
                    if ((typeof data40 !== "string") && (data40 !== null)) {
                        const err71 = { instancePath: instancePath + "/deployment/id", schemaPath: "#/properties/deployment/properties/id/type", keyword: "type", params: { type: schema11.properties.deployment.properties.id.type }, message: "must be string,null" };
                        if (vErrors === null) {
                            vErrors = [err71];
                        }
                        else {
                            vErrors.push(err71);
                        }
                        errors++;
                    }
                }
                if (data37.status !== undefined) {
                    if (typeof data37.status !== "string") {
                        const err72 = { instancePath: instancePath + "/deployment/status", schemaPath: "#/properties/deployment/properties/status/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                            vErrors = [err72];
                        }
                        else {
                            vErrors.push(err72);
                        }
                        errors++;
                    }
                }
                if (data37.rollbackId !== undefined) {
                    let data42 = data37.rollbackId;
                    if ((typeof data42 !== "string") && (data42 !== null)) {
                        const err73 = { instancePath: instancePath + "/deployment/rollbackId", schemaPath: "#/properties/deployment/properties/rollbackId/type", keyword: "type", params: { type: schema11.properties.deployment.properties.rollbackId.type }, message: "must be string,null" };
                        if (vErrors === null) {
                            vErrors = [err73];
                        }
                        else {
                            vErrors.push(err73);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err74 = { instancePath: instancePath + "/deployment", schemaPath: "#/properties/deployment/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                    vErrors = [err74];
                }
                else {
                    vErrors.push(err74);
                }
                errors++;
            }
        }
        if (data.metrics !== undefined) {
            let data43 = data.metrics;
            if (data43 && typeof data43 == "object" && !Array.isArray(data43)) {
                for (const key5 in data43) {
                    let data44 = data43[key5];
                    if ((((!((typeof data44 == "number") && (isFinite(data44)))) && (typeof data44 !== "boolean")) && (typeof data44 !== "string")) && (data44 !== null)) {
                        const err75 = { instancePath: instancePath + "/metrics/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/metrics/additionalProperties/type", keyword: "type", params: { type: schema11.properties.metrics.additionalProperties.type }, message: "must be number,boolean,string,null" };
                        if (vErrors === null) {
                            vErrors = [err75];
                        }
                        else {
                            vErrors.push(err75);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err76 = { instancePath: instancePath + "/metrics", schemaPath: "#/properties/metrics/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                    vErrors = [err76];
                }
                else {
                    vErrors.push(err76);
                }
                errors++;
            }
        }
        if (data.base !== undefined) {
            let data45 = data.base;
            if (data45 && typeof data45 == "object" && !Array.isArray(data45)) {
                if (data45.origin === undefined) {
                    const err77 = { instancePath: instancePath + "/base", schemaPath: "#/properties/base/required", keyword: "required", params: { missingProperty: "origin" }, message: "must have required property '" + "origin" + "'" };
                    if (vErrors === null) {
                        vErrors = [err77];
                    }
                    else {
                        vErrors.push(err77);
                    }
                    errors++;
                }
                if (data45.describe === undefined) {
                    const err78 = { instancePath: instancePath + "/base", schemaPath: "#/properties/base/required", keyword: "required", params: { missingProperty: "describe" }, message: "must have required property '" + "describe" + "'" };
                    if (vErrors === null) {
                        vErrors = [err78];
                    }
                    else {
                        vErrors.push(err78);
                    }
                    errors++;
                }
                if (data45.sha === undefined) {
                    const err79 = { instancePath: instancePath + "/base", schemaPath: "#/properties/base/required", keyword: "required", params: { missingProperty: "sha" }, message: "must have required property '" + "sha" + "'" };
                    if (vErrors === null) {
                        vErrors = [err79];
                    }
                    else {
                        vErrors.push(err79);
                    }
                    errors++;
                }
                for (const key6 in data45) {
                    if (!(((key6 === "origin") || (key6 === "describe")) || (key6 === "sha"))) {
                        const err80 = { instancePath: instancePath + "/base", schemaPath: "#/properties/base/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties" };
                        if (vErrors === null) {
                            vErrors = [err80];
                        }
                        else {
                            vErrors.push(err80);
                        }
                        errors++;
                    }
                }
                if (data45.origin !== undefined) {
                    let data46 = data45.origin;
                    if (!(((data46 === "file") || (data46 === "artifact")) || (data46 === "check-run"))) {
                        const err81 = { instancePath: instancePath + "/base/origin", schemaPath: "#/properties/base/properties/origin/enum", keyword: "enum", params: { allowedValues: schema11.properties.base.properties.origin.enum }, message: "must be equal to one of the allowed values" };
                        if (vErrors === null) {
                            vErrors = [err81];
                        }
                        else {
                            vErrors.push(err81);
                        }
                        errors++;
                    }
                }
                if (data45.describe !== undefined) {
                    if (typeof data45.describe !== "string") {
                        const err82 = { instancePath: instancePath + "/base/describe", schemaPath: "#/properties/base/properties/describe/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                            vErrors = [err82];
                        }
                        else {
                            vErrors.push(err82);
                        }
                        errors++;
                    }
                }
                if (data45.sha !== undefined) {
                    let data48 = data45.sha;
                    if ((typeof data48 !== "string") && (data48 !== null)) {
                        const err83 = { instancePath: instancePath + "/base/sha", schemaPath: "#/properties/base/properties/sha/type", keyword: "type", params: { type: schema11.properties.base.properties.sha.type }, message: "must be string,null" };
                        if (vErrors === null) {
                            vErrors = [err83];
                        }
                        else {
                            vErrors.push(err83);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err84 = { instancePath: instancePath + "/base", schemaPath: "#/properties/base/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                    vErrors = [err84];
                }
                else {
                    vErrors.push(err84);
                }
                errors++;
            }
        }
        if (data.newCode !== undefined) {
            let data49 = data.newCode;
            if (data49 && typeof data49 == "object" && !Array.isArray(data49)) {
                if (data49.source === undefined) {
                    const err85 = { instancePath: instancePath + "/newCode", schemaPath: "#/properties/newCode/required", keyword: "required", params: { missingProperty: "source" }, message: "must have required property '" + "source" + "'" };
                    if (vErrors === null) {
                        vErrors = [err85];
                    }
                    else {
                        vErrors.push(err85);
                    }
                    errors++;
                }
                if (data49.base === undefined) {
                    const err86 = { instancePath: instancePath + "/newCode", schemaPath: "#/properties/newCode/required", keyword: "required", params: { missingProperty: "base" }, message: "must have required property '" + "base" + "'" };
                    if (vErrors === null) {
                        vErrors = [err86];
                    }
                    else {
                        vErrors.push(err86);
                    }
                    errors++;
                }
                if (data49.head === undefined) {
                    const err87 = { instancePath: instancePath + "/newCode", schemaPath: "#/properties/newCode/required", keyword: "required", params: { missingProperty: "head" }, message: "must have required property '" + "head" + "'" };
                    if (vErrors === null) {
                        vErrors = [err87];
                    }
                    else {
                        vErrors.push(err87);
                    }
                    errors++;
                }
                if (data49.changedFiles === undefined) {
                    const err88 = { instancePath: instancePath + "/newCode", schemaPath: "#/properties/newCode/required", keyword: "required", params: { missingProperty: "changedFiles" }, message: "must have required property '" + "changedFiles" + "'" };
                    if (vErrors === null) {
                        vErrors = [err88];
                    }
                    else {
                        vErrors.push(err88);
                    }
                    errors++;
                }
                if (data49.lines === undefined) {
                    const err89 = { instancePath: instancePath + "/newCode", schemaPath: "#/properties/newCode/required", keyword: "required", params: { missingProperty: "lines" }, message: "must have required property '" + "lines" + "'" };
                    if (vErrors === null) {
                        vErrors = [err89];
                    }
                    else {
                        vErrors.push(err89);
                    }
                    errors++;
                }
                if (data49.branches === undefined) {
                    const err90 = { instancePath: instancePath + "/newCode", schemaPath: "#/properties/newCode/required", keyword: "required", params: { missingProperty: "branches" }, message: "must have required property '" + "branches" + "'" };
                    if (vErrors === null) {
                        vErrors = [err90];
                    }
                    else {
                        vErrors.push(err90);
                    }
                    errors++;
                }
                if (data49.files === undefined) {
                    const err91 = { instancePath: instancePath + "/newCode", schemaPath: "#/properties/newCode/required", keyword: "required", params: { missingProperty: "files" }, message: "must have required property '" + "files" + "'" };
                    if (vErrors === null) {
                        vErrors = [err91];
                    }
                    else {
                        vErrors.push(err91);
                    }
                    errors++;
                }
                for (const key7 in data49) {
                    if (!(func2.call(schema11.properties.newCode.properties, key7))) {
                        const err92 = { instancePath: instancePath + "/newCode", schemaPath: "#/properties/newCode/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties" };
                        if (vErrors === null) {
                            vErrors = [err92];
                        }
                        else {
                            vErrors.push(err92);
                        }
                        errors++;
                    }
                }
                if (data49.source !== undefined) {
                    let data50 = data49.source;
                    if (!((data50 === "git") || (data50 === "api"))) {
                        const err93 = { instancePath: instancePath + "/newCode/source", schemaPath: "#/properties/newCode/properties/source/enum", keyword: "enum", params: { allowedValues: schema11.properties.newCode.properties.source.enum }, message: "must be equal to one of the allowed values" };
                        if (vErrors === null) {
                            vErrors = [err93];
                        }
                        else {
                            vErrors.push(err93);
                        }
                        errors++;
                    }
                }
                if (data49.base !== undefined) {
                    if (typeof data49.base !== "string") {
                        const err94 = { instancePath: instancePath + "/newCode/base", schemaPath: "#/properties/newCode/properties/base/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                            vErrors = [err94];
                        }
                        else {
                            vErrors.push(err94);
                        }
                        errors++;
                    }
                }
                if (data49.head !== undefined) {
                    if (typeof data49.head !== "string") {
                        const err95 = { instancePath: instancePath + "/newCode/head", schemaPath: "#/properties/newCode/properties/head/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                            vErrors = [err95];
                        }
                        else {
                            vErrors.push(err95);
                        }
                        errors++;
                    }
                }
                if (data49.changedFiles !== undefined) {
                    let data53 = data49.changedFiles;
                    if (!(((typeof data53 == "number") && (!(data53 % 1) && !isNaN(data53))) && (isFinite(data53)))) {
                        const err96 = { instancePath: instancePath + "/newCode/changedFiles", schemaPath: "#/properties/newCode/properties/changedFiles/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                        if (vErrors === null) {
                            vErrors = [err96];
                        }
                        else {
                            vErrors.push(err96);
                        }
                        errors++;
                    }
                    if ((typeof data53 == "number") && (isFinite(data53))) {
                        if (data53 < 0 || isNaN(data53)) {
                            const err97 = { instancePath: instancePath + "/newCode/changedFiles", schemaPath: "#/properties/newCode/properties/changedFiles/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                            if (vErrors === null) {
                                vErrors = [err97];
                            }
                            else {
                                vErrors.push(err97);
                            }
                            errors++;
                        }
                    }
                }
                if (data49.lines !== undefined) {
                    let data54 = data49.lines;
                    if (data54 && typeof data54 == "object" && !Array.isArray(data54)) {
                        if (data54.covered === undefined) {
                            const err98 = { instancePath: instancePath + "/newCode/lines", schemaPath: "#/definitions/ratio/required", keyword: "required", params: { missingProperty: "covered" }, message: "must have required property '" + "covered" + "'" };
                            if (vErrors === null) {
                                vErrors = [err98];
                            }
                            else {
                                vErrors.push(err98);
                            }
                            errors++;
                        }
                        if (data54.total === undefined) {
                            const err99 = { instancePath: instancePath + "/newCode/lines", schemaPath: "#/definitions/ratio/required", keyword: "required", params: { missingProperty: "total" }, message: "must have required property '" + "total" + "'" };
                            if (vErrors === null) {
                                vErrors = [err99];
                            }
                            else {
                                vErrors.push(err99);
                            }
                            errors++;
                        }
                        for (const key8 in data54) {
                            if (!((key8 === "covered") || (key8 === "total"))) {
                                const err100 = { instancePath: instancePath + "/newCode/lines", schemaPath: "#/definitions/ratio/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties" };
                                if (vErrors === null) {
                                    vErrors = [err100];
                                }
                                else {
                                    vErrors.push(err100);
                                }
                                errors++;
                            }
                        }
                        if (data54.covered !== undefined) {
                            let data55 = data54.covered;
                            if (!(((typeof data55 == "number") && (!(data55 % 1) && !isNaN(data55))) && (isFinite(data55)))) {
                                const err101 = { instancePath: instancePath + "/newCode/lines/covered", schemaPath: "#/definitions/ratio/properties/covered/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                                if (vErrors === null) {
                                    vErrors = [err101];
                                }
                                else {
                                    vErrors.push(err101);
                                }
                                errors++;
                            }
                            if ((typeof data55 == "number") && (isFinite(data55))) {
                                if (data55 < 0 || isNaN(data55)) {
                                    const err102 = { instancePath: instancePath + "/newCode/lines/covered", schemaPath: "#/definitions/ratio/properties/covered/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                                    if (vErrors === null) {
                                        vErrors = [err102];
                                    }
                                    else {
                                        vErrors.push(err102);
                                    }
                                    errors++;
                                }
                            }
                        }
                        if (data54.total !== undefined) {
                            let data56 = data54.total;
                            if (!(((typeof data56 == "number") && (!(data56 % 1) && !isNaN(data56))) && (isFinite(data56)))) {
                                const err103 = { instancePath: instancePath + "/newCode/lines/total", schemaPath: "#/definitions/ratio/properties/total/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                                if (vErrors === null) {
                                    vErrors = [err103];
                                }
                                else {
                                    vErrors.push(err103);
                                }
                                errors++;
                            }
                            if ((typeof data56 == "number") && (isFinite(data56))) {
                                if (data56 < 0 || isNaN(data56)) {
                                    const err104 = { instancePath: instancePath + "/newCode/lines/total", schemaPath: "#/definitions/ratio/properties/total/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                                    if (vErrors === null) {
                                        vErrors = [err104];
                                    }
                                    else {
                                        vErrors.push(err104);
                                    }
                                    errors++;
                                }
                            }
                        }
                    }
                    else {
                        const err105 = { instancePath: instancePath + "/newCode/lines", schemaPath: "#/definitions/ratio/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                            vErrors = [err105];
                        }
                        else {
                            vErrors.push(err105);
                        }
                        errors++;
                    }
                }
                if (data49.branches !== undefined) {
                    let data57 = data49.branches;
                    if (data57 && typeof data57 == "object" && !Array.isArray(data57)) {
                        if (data57.covered === undefined) {
                            const err106 = { instancePath: instancePath + "/newCode/branches", schemaPath: "#/definitions/ratio/required", keyword: "required", params: { missingProperty: "covered" }, message: "must have required property '" + "covered" + "'" };
                            if (vErrors === null) {
                                vErrors = [err106];
                            }
                            else {
                                vErrors.push(err106);
                            }
                            errors++;
                        }
                        if (data57.total === undefined) {
                            const err107 = { instancePath: instancePath + "/newCode/branches", schemaPath: "#/definitions/ratio/required", keyword: "required", params: { missingProperty: "total" }, message: "must have required property '" + "total" + "'" };
                            if (vErrors === null) {
                                vErrors = [err107];
                            }
                            else {
                                vErrors.push(err107);
                            }
                            errors++;
                        }
                        for (const key9 in data57) {
                            if (!((key9 === "covered") || (key9 === "total"))) {
                                const err108 = { instancePath: instancePath + "/newCode/branches", schemaPath: "#/definitions/ratio/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties" };
                                if (vErrors === null) {
                                    vErrors = [err108];
                                }
                                else {
                                    vErrors.push(err108);
                                }
                                errors++;
                            }
                        }
                        if (data57.covered !== undefined) {
                            let data58 = data57.covered;
                            if (!(((typeof data58 == "number") && (!(data58 % 1) && !isNaN(data58))) && (isFinite(data58)))) {
                                const err109 = { instancePath: instancePath + "/newCode/branches/covered", schemaPath: "#/definitions/ratio/properties/covered/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                                if (vErrors === null) {
                                    vErrors = [err109];
                                }
                                else {
                                    vErrors.push(err109);
                                }
                                errors++;
                            }
                            if ((typeof data58 == "number") && (isFinite(data58))) {
                                if (data58 < 0 || isNaN(data58)) {
                                    const err110 = { instancePath: instancePath + "/newCode/branches/covered", schemaPath: "#/definitions/ratio/properties/covered/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                                    if (vErrors === null) {
                                        vErrors = [err110];
                                    }
                                    else {
                                        vErrors.push(err110);
                                    }
                                    errors++;
                                }
                            }
                        }
                        if (data57.total !== undefined) {
                            let data59 = data57.total;
                            if (!(((typeof data59 == "number") && (!(data59 % 1) && !isNaN(data59))) && (isFinite(data59)))) {
                                const err111 = { instancePath: instancePath + "/newCode/branches/total", schemaPath: "#/definitions/ratio/properties/total/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                                if (vErrors === null) {
                                    vErrors = [err111];
                                }
                                else {
                                    vErrors.push(err111);
                                }
                                errors++;
                            }
                            if ((typeof data59 == "number") && (isFinite(data59))) {
                                if (data59 < 0 || isNaN(data59)) {
                                    const err112 = { instancePath: instancePath + "/newCode/branches/total", schemaPath: "#/definitions/ratio/properties/total/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                                    if (vErrors === null) {
                                        vErrors = [err112];
                                    }
                                    else {
                                        vErrors.push(err112);
                                    }
                                    errors++;
                                }
                            }
                        }
                    }
                    else {
                        const err113 = { instancePath: instancePath + "/newCode/branches", schemaPath: "#/definitions/ratio/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                            vErrors = [err113];
                        }
                        else {
                            vErrors.push(err113);
                        }
                        errors++;
                    }
                }
                if (data49.files !== undefined) {
                    let data60 = data49.files;
                    if (Array.isArray(data60)) {
                        if (data60.length > 500) {
                            const err114 = { instancePath: instancePath + "/newCode/files", schemaPath: "#/properties/newCode/properties/files/maxItems", keyword: "maxItems", params: { limit: 500 }, message: "must NOT have more than 500 items" };
                            if (vErrors === null) {
                                vErrors = [err114];
                            }
                            else {
                                vErrors.push(err114);
                            }
                            errors++;
                        }
                        const len3 = data60.length;
                        for (let i3 = 0; i3 < len3; i3++) {
                            let data61 = data60[i3];
                            if (data61 && typeof data61 == "object" && !Array.isArray(data61)) {
                                if (data61.path === undefined) {
                                    const err115 = { instancePath: instancePath + "/newCode/files/" + i3, schemaPath: "#/properties/newCode/properties/files/items/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property '" + "path" + "'" };
                                    if (vErrors === null) {
                                        vErrors = [err115];
                                    }
                                    else {
                                        vErrors.push(err115);
                                    }
                                    errors++;
                                }
                                if (data61.covered === undefined) {
                                    const err116 = { instancePath: instancePath + "/newCode/files/" + i3, schemaPath: "#/properties/newCode/properties/files/items/required", keyword: "required", params: { missingProperty: "covered" }, message: "must have required property '" + "covered" + "'" };
                                    if (vErrors === null) {
                                        vErrors = [err116];
                                    }
                                    else {
                                        vErrors.push(err116);
                                    }
                                    errors++;
                                }
                                if (data61.total === undefined) {
                                    const err117 = { instancePath: instancePath + "/newCode/files/" + i3, schemaPath: "#/properties/newCode/properties/files/items/required", keyword: "required", params: { missingProperty: "total" }, message: "must have required property '" + "total" + "'" };
                                    if (vErrors === null) {
                                        vErrors = [err117];
                                    }
                                    else {
                                        vErrors.push(err117);
                                    }
                                    errors++;
                                }
                                if (data61.uncovered === undefined) {
                                    const err118 = { instancePath: instancePath + "/newCode/files/" + i3, schemaPath: "#/properties/newCode/properties/files/items/required", keyword: "required", params: { missingProperty: "uncovered" }, message: "must have required property '" + "uncovered" + "'" };
                                    if (vErrors === null) {
                                        vErrors = [err118];
                                    }
                                    else {
                                        vErrors.push(err118);
                                    }
                                    errors++;
                                }
                                for (const key10 in data61) {
                                    if (!(((((key10 === "path") || (key10 === "reportPath")) || (key10 === "covered")) || (key10 === "total")) || (key10 === "uncovered"))) {
                                        const err119 = { instancePath: instancePath + "/newCode/files/" + i3, schemaPath: "#/properties/newCode/properties/files/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties" };
                                        if (vErrors === null) {
                                            vErrors = [err119];
                                        }
                                        else {
                                            vErrors.push(err119);
                                        }
                                        errors++;
                                    }
                                }
                                if (data61.path !== undefined) {
                                    if (typeof data61.path !== "string") {
                                        const err120 = { instancePath: instancePath + "/newCode/files/" + i3 + "/path", schemaPath: "#/properties/newCode/properties/files/items/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                        if (vErrors === null) {
                                            vErrors = [err120];
                                        }
                                        else {
                                            vErrors.push(err120);
                                        }
                                        errors++;
                                    }
                                }
                                if (data61.reportPath !== undefined) {
                                    if (typeof data61.reportPath !== "string") {
                                        const err121 = { instancePath: instancePath + "/newCode/files/" + i3 + "/reportPath", schemaPath: "#/properties/newCode/properties/files/items/properties/reportPath/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                        if (vErrors === null) {
                                            vErrors = [err121];
                                        }
                                        else {
                                            vErrors.push(err121);
                                        }
                                        errors++;
                                    }
                                }
                                if (data61.covered !== undefined) {
                                    let data64 = data61.covered;
                                    if (!(((typeof data64 == "number") && (!(data64 % 1) && !isNaN(data64))) && (isFinite(data64)))) {
                                        const err122 = { instancePath: instancePath + "/newCode/files/" + i3 + "/covered", schemaPath: "#/properties/newCode/properties/files/items/properties/covered/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                                        if (vErrors === null) {
                                            vErrors = [err122];
                                        }
                                        else {
                                            vErrors.push(err122);
                                        }
                                        errors++;
                                    }
                                    if ((typeof data64 == "number") && (isFinite(data64))) {
                                        if (data64 < 0 || isNaN(data64)) {
                                            const err123 = { instancePath: instancePath + "/newCode/files/" + i3 + "/covered", schemaPath: "#/properties/newCode/properties/files/items/properties/covered/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                                            if (vErrors === null) {
                                                vErrors = [err123];
                                            }
                                            else {
                                                vErrors.push(err123);
                                            }
                                            errors++;
                                        }
                                    }
                                }
                                if (data61.total !== undefined) {
                                    let data65 = data61.total;
                                    if (!(((typeof data65 == "number") && (!(data65 % 1) && !isNaN(data65))) && (isFinite(data65)))) {
                                        const err124 = { instancePath: instancePath + "/newCode/files/" + i3 + "/total", schemaPath: "#/properties/newCode/properties/files/items/properties/total/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                                        if (vErrors === null) {
                                            vErrors = [err124];
                                        }
                                        else {
                                            vErrors.push(err124);
                                        }
                                        errors++;
                                    }
                                    if ((typeof data65 == "number") && (isFinite(data65))) {
                                        if (data65 < 0 || isNaN(data65)) {
                                            const err125 = { instancePath: instancePath + "/newCode/files/" + i3 + "/total", schemaPath: "#/properties/newCode/properties/files/items/properties/total/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                                            if (vErrors === null) {
                                                vErrors = [err125];
                                            }
                                            else {
                                                vErrors.push(err125);
                                            }
                                            errors++;
                                        }
                                    }
                                }
                                if (data61.uncovered !== undefined) {
                                    if (typeof data61.uncovered !== "string") {
                                        const err126 = { instancePath: instancePath + "/newCode/files/" + i3 + "/uncovered", schemaPath: "#/properties/newCode/properties/files/items/properties/uncovered/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                        if (vErrors === null) {
                                            vErrors = [err126];
                                        }
                                        else {
                                            vErrors.push(err126);
                                        }
                                        errors++;
                                    }
                                }
                            }
                            else {
                                const err127 = { instancePath: instancePath + "/newCode/files/" + i3, schemaPath: "#/properties/newCode/properties/files/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                if (vErrors === null) {
                                    vErrors = [err127];
                                }
                                else {
                                    vErrors.push(err127);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err128 = { instancePath: instancePath + "/newCode/files", schemaPath: "#/properties/newCode/properties/files/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                        if (vErrors === null) {
                            vErrors = [err128];
                        }
                        else {
                            vErrors.push(err128);
                        }
                        errors++;
                    }
                }
                if (data49.filesTotal !== undefined) {
                    let data67 = data49.filesTotal;
                    if (!(((typeof data67 == "number") && (!(data67 % 1) && !isNaN(data67))) && (isFinite(data67)))) {
                        const err129 = { instancePath: instancePath + "/newCode/filesTotal", schemaPath: "#/properties/newCode/properties/filesTotal/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                        if (vErrors === null) {
                            vErrors = [err129];
                        }
                        else {
                            vErrors.push(err129);
                        }
                        errors++;
                    }
                    if ((typeof data67 == "number") && (isFinite(data67))) {
                        if (data67 < 0 || isNaN(data67)) {
                            const err130 = { instancePath: instancePath + "/newCode/filesTotal", schemaPath: "#/properties/newCode/properties/filesTotal/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                            if (vErrors === null) {
                                vErrors = [err130];
                            }
                            else {
                                vErrors.push(err130);
                            }
                            errors++;
                        }
                    }
                }
                if (data49.unmatched !== undefined) {
                    let data68 = data49.unmatched;
                    if (Array.isArray(data68)) {
                        if (data68.length > 100) {
                            const err131 = { instancePath: instancePath + "/newCode/unmatched", schemaPath: "#/properties/newCode/properties/unmatched/maxItems", keyword: "maxItems", params: { limit: 100 }, message: "must NOT have more than 100 items" };
                            if (vErrors === null) {
                                vErrors = [err131];
                            }
                            else {
                                vErrors.push(err131);
                            }
                            errors++;
                        }
                        const len4 = data68.length;
                        for (let i4 = 0; i4 < len4; i4++) {
                            if (typeof data68[i4] !== "string") {
                                const err132 = { instancePath: instancePath + "/newCode/unmatched/" + i4, schemaPath: "#/properties/newCode/properties/unmatched/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err132];
                                }
                                else {
                                    vErrors.push(err132);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err133 = { instancePath: instancePath + "/newCode/unmatched", schemaPath: "#/properties/newCode/properties/unmatched/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                        if (vErrors === null) {
                            vErrors = [err133];
                        }
                        else {
                            vErrors.push(err133);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err134 = { instancePath: instancePath + "/newCode", schemaPath: "#/properties/newCode/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                    vErrors = [err134];
                }
                else {
                    vErrors.push(err134);
                }
                errors++;
            }
        }
        if (data.findingKeys !== undefined) {
            let data70 = data.findingKeys;
            if (Array.isArray(data70)) {
                if (data70.length > 20000) {
                    const err135 = { instancePath: instancePath + "/findingKeys", schemaPath: "#/properties/findingKeys/maxItems", keyword: "maxItems", params: { limit: 20000 }, message: "must NOT have more than 20000 items" };
                    if (vErrors === null) {
                        vErrors = [err135];
                    }
                    else {
                        vErrors.push(err135);
                    }
                    errors++;
                }
                const len5 = data70.length;
                for (let i5 = 0; i5 < len5; i5++) {
                    if (typeof data70[i5] !== "string") {
                        const err136 = { instancePath: instancePath + "/findingKeys/" + i5, schemaPath: "#/properties/findingKeys/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                            vErrors = [err136];
                        }
                        else {
                            vErrors.push(err136);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err137 = { instancePath: instancePath + "/findingKeys", schemaPath: "#/properties/findingKeys/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                    vErrors = [err137];
                }
                else {
                    vErrors.push(err137);
                }
                errors++;
            }
        }
        if (data.findingKeysTruncated !== undefined) {
            if (typeof data.findingKeysTruncated !== "boolean") {
                const err138 = { instancePath: instancePath + "/findingKeysTruncated", schemaPath: "#/properties/findingKeysTruncated/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                    vErrors = [err138];
                }
                else {
                    vErrors.push(err138);
                }
                errors++;
            }
        }
        if (data.newFindings !== undefined) {
            let data73 = data.newFindings;
            if (Array.isArray(data73)) {
                if (data73.length > 100) {
                    const err139 = { instancePath: instancePath + "/newFindings", schemaPath: "#/properties/newFindings/maxItems", keyword: "maxItems", params: { limit: 100 }, message: "must NOT have more than 100 items" };
                    if (vErrors === null) {
                        vErrors = [err139];
                    }
                    else {
                        vErrors.push(err139);
                    }
                    errors++;
                }
                const len6 = data73.length;
                for (let i6 = 0; i6 < len6; i6++) {
                    let data74 = data73[i6];
                    if (data74 && typeof data74 == "object" && !Array.isArray(data74)) {
                        if (data74.id === undefined) {
                            const err140 = { instancePath: instancePath + "/newFindings/" + i6, schemaPath: "#/properties/newFindings/items/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property '" + "id" + "'" };
                            if (vErrors === null) {
                                vErrors = [err140];
                            }
                            else {
                                vErrors.push(err140);
                            }
                            errors++;
                        }
                        if (data74.package === undefined) {
                            const err141 = { instancePath: instancePath + "/newFindings/" + i6, schemaPath: "#/properties/newFindings/items/required", keyword: "required", params: { missingProperty: "package" }, message: "must have required property '" + "package" + "'" };
                            if (vErrors === null) {
                                vErrors = [err141];
                            }
                            else {
                                vErrors.push(err141);
                            }
                            errors++;
                        }
                        if (data74.installed === undefined) {
                            const err142 = { instancePath: instancePath + "/newFindings/" + i6, schemaPath: "#/properties/newFindings/items/required", keyword: "required", params: { missingProperty: "installed" }, message: "must have required property '" + "installed" + "'" };
                            if (vErrors === null) {
                                vErrors = [err142];
                            }
                            else {
                                vErrors.push(err142);
                            }
                            errors++;
                        }
                        if (data74.fixed === undefined) {
                            const err143 = { instancePath: instancePath + "/newFindings/" + i6, schemaPath: "#/properties/newFindings/items/required", keyword: "required", params: { missingProperty: "fixed" }, message: "must have required property '" + "fixed" + "'" };
                            if (vErrors === null) {
                                vErrors = [err143];
                            }
                            else {
                                vErrors.push(err143);
                            }
                            errors++;
                        }
                        if (data74.severity === undefined) {
                            const err144 = { instancePath: instancePath + "/newFindings/" + i6, schemaPath: "#/properties/newFindings/items/required", keyword: "required", params: { missingProperty: "severity" }, message: "must have required property '" + "severity" + "'" };
                            if (vErrors === null) {
                                vErrors = [err144];
                            }
                            else {
                                vErrors.push(err144);
                            }
                            errors++;
                        }
                        if (data74.source === undefined) {
                            const err145 = { instancePath: instancePath + "/newFindings/" + i6, schemaPath: "#/properties/newFindings/items/required", keyword: "required", params: { missingProperty: "source" }, message: "must have required property '" + "source" + "'" };
                            if (vErrors === null) {
                                vErrors = [err145];
                            }
                            else {
                                vErrors.push(err145);
                            }
                            errors++;
                        }
                        for (const key11 in data74) {
                            if (!(((((((key11 === "id") || (key11 === "package")) || (key11 === "installed")) || (key11 === "fixed")) || (key11 === "severity")) || (key11 === "source")) || (key11 === "title"))) {
                                const err146 = { instancePath: instancePath + "/newFindings/" + i6, schemaPath: "#/properties/newFindings/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key11 }, message: "must NOT have additional properties" };
                                if (vErrors === null) {
                                    vErrors = [err146];
                                }
                                else {
                                    vErrors.push(err146);
                                }
                                errors++;
                            }
                        }
                        if (data74.id !== undefined) {
                            if (typeof data74.id !== "string") {
                                const err147 = { instancePath: instancePath + "/newFindings/" + i6 + "/id", schemaPath: "#/properties/newFindings/items/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err147];
                                }
                                else {
                                    vErrors.push(err147);
                                }
                                errors++;
                            }
                        }
                        if (data74.package !== undefined) {
                            if (typeof data74.package !== "string") {
                                const err148 = { instancePath: instancePath + "/newFindings/" + i6 + "/package", schemaPath: "#/properties/newFindings/items/properties/package/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err148];
                                }
                                else {
                                    vErrors.push(err148);
                                }
                                errors++;
                            }
                        }
                        if (data74.installed !== undefined) {
                            if (typeof data74.installed !== "string") {
                                const err149 = { instancePath: instancePath + "/newFindings/" + i6 + "/installed", schemaPath: "#/properties/newFindings/items/properties/installed/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err149];
                                }
                                else {
                                    vErrors.push(err149);
                                }
                                errors++;
                            }
                        }
                        if (data74.fixed !== undefined) {
                            let data78 = data74.fixed;
                            if ((typeof data78 !== "string") && (data78 !== null)) {
                                const err150 = { instancePath: instancePath + "/newFindings/" + i6 + "/fixed", schemaPath: "#/properties/newFindings/items/properties/fixed/type", keyword: "type", params: { type: schema11.properties.newFindings.items.properties.fixed.type }, message: "must be string,null" };
                                if (vErrors === null) {
                                    vErrors = [err150];
                                }
                                else {
                                    vErrors.push(err150);
                                }
                                errors++;
                            }
                        }
                        if (data74.severity !== undefined) {
                            let data79 = data74.severity;
                            if (!((((data79 === "critical") || (data79 === "high")) || (data79 === "medium")) || (data79 === "low"))) {
                                const err151 = { instancePath: instancePath + "/newFindings/" + i6 + "/severity", schemaPath: "#/properties/newFindings/items/properties/severity/enum", keyword: "enum", params: { allowedValues: schema11.properties.newFindings.items.properties.severity.enum }, message: "must be equal to one of the allowed values" };
                                if (vErrors === null) {
                                    vErrors = [err151];
                                }
                                else {
                                    vErrors.push(err151);
                                }
                                errors++;
                            }
                        }
                        if (data74.source !== undefined) {
                            let data80 = data74.source;
                            if ((typeof data80 !== "string") && (data80 !== null)) {
                                const err152 = { instancePath: instancePath + "/newFindings/" + i6 + "/source", schemaPath: "#/properties/newFindings/items/properties/source/type", keyword: "type", params: { type: schema11.properties.newFindings.items.properties.source.type }, message: "must be string,null" };
                                if (vErrors === null) {
                                    vErrors = [err152];
                                }
                                else {
                                    vErrors.push(err152);
                                }
                                errors++;
                            }
                        }
                        if (data74.title !== undefined) {
                            if (typeof data74.title !== "string") {
                                const err153 = { instancePath: instancePath + "/newFindings/" + i6 + "/title", schemaPath: "#/properties/newFindings/items/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err153];
                                }
                                else {
                                    vErrors.push(err153);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err154 = { instancePath: instancePath + "/newFindings/" + i6, schemaPath: "#/properties/newFindings/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                            vErrors = [err154];
                        }
                        else {
                            vErrors.push(err154);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err155 = { instancePath: instancePath + "/newFindings", schemaPath: "#/properties/newFindings/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                    vErrors = [err155];
                }
                else {
                    vErrors.push(err155);
                }
                errors++;
            }
        }
        if (data.newFindingsTotal !== undefined) {
            let data82 = data.newFindingsTotal;
            if (!(((typeof data82 == "number") && (!(data82 % 1) && !isNaN(data82))) && (isFinite(data82)))) {
                const err156 = { instancePath: instancePath + "/newFindingsTotal", schemaPath: "#/properties/newFindingsTotal/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                    vErrors = [err156];
                }
                else {
                    vErrors.push(err156);
                }
                errors++;
            }
            if ((typeof data82 == "number") && (isFinite(data82))) {
                if (data82 < 0 || isNaN(data82)) {
                    const err157 = { instancePath: instancePath + "/newFindingsTotal", schemaPath: "#/properties/newFindingsTotal/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                    if (vErrors === null) {
                        vErrors = [err157];
                    }
                    else {
                        vErrors.push(err157);
                    }
                    errors++;
                }
            }
        }
    }
    else {
        const err158 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
            vErrors = [err158];
        }
        else {
            vErrors.push(err158);
        }
        errors++;
    }
    validate10.errors = vErrors;
    return errors === 0;
}

;// CONCATENATED MODULE: ./.build/src/core/generated/smoke-report.validate.js
// Generated by scripts/gen-validators.mjs from schemas/smoke-report.schema.json: do not edit.
// @ts-nocheck

const smoke_report_validate_validate = (/* unused pure expression or super */ null && (smoke_report_validate_validate10));
/* harmony default export */ const smoke_report_validate = (smoke_report_validate_validate10);
const smoke_report_validate_schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://github.com/phase-gates/phase-gates/schemas/smoke-report.schema.json", "title": "phase-gates smoke report", "description": "Written by smoke-test (post-deploy/smoke-report.json) and read by gates-enforcer's smoke-report and perf-files inputs. Latencies are in milliseconds, from sending a request to the last byte of its body; percentiles use linear interpolation between closest ranks (R-7), as gates-enforcer does.", "type": "object", "additionalProperties": false, "required": ["schema", "target", "startedAt", "finishedAt", "passed", "thresholds", "totals", "checks"], "definitions": { "ms": { "type": ["number", "null"], "minimum": 0 }, "assertion": { "type": "object", "additionalProperties": false, "required": ["type", "expected", "actual", "passed"], "properties": { "type": { "type": "string", "description": "status, body-contains, body-matches, `json <path>`, `header <name>` or max-latency-ms." }, "expected": {}, "actual": {}, "passed": { "type": "boolean" } } } }, "properties": { "schema": { "const": "phase-gates/smoke-report@1" }, "target": { "type": "string", "description": "The base URL checked (the url input), credentials masked." }, "startedAt": { "type": "string", "format": "date-time" }, "finishedAt": { "type": "string", "format": "date-time" }, "passed": { "type": "boolean", "description": "Every check passed (flaky ones included), the error rate and p95 within their thresholds, and no breach while monitoring." }, "message": { "type": ["string", "null"], "description": "Why the run failed, one line; null when it passed." }, "sha": { "type": ["string", "null"] }, "repository": { "type": ["string", "null"] }, "runId": { "type": ["string", "null"] }, "deploymentId": { "type": ["string", "null"], "description": "The deployment tested: the deployment-id input (its status was posted), or the deployment the root action just made." }, "thresholds": { "type": "object", "additionalProperties": false, "required": ["p95Ms", "maxErrorRate"], "properties": { "p95Ms": { "type": "number", "minimum": 0, "description": "The p95-ms input." }, "maxErrorRate": { "type": "number", "minimum": 0, "maximum": 1, "description": "The max-error-rate input as a RATIO from 0 to 1 (5% is 0.05)." }, "samples": { "type": "integer", "minimum": 1 }, "retries": { "type": "integer", "minimum": 0 }, "timeoutMs": { "type": "number", "minimum": 0 }, "concurrency": { "type": "integer", "minimum": 1 } } }, "totals": { "type": "object", "additionalProperties": false, "required": ["requests", "failures", "errorRate", "p50Ms", "p95Ms", "p99Ms"], "properties": { "requests": { "type": "integer", "minimum": 0, "description": "Samples measured, monitoring included (a sample and its retries count once)." }, "failures": { "type": "integer", "minimum": 0, "description": "Samples that failed after every retry." }, "errorRate": { "type": ["number", "null"], "minimum": 0, "maximum": 1, "description": "failures / requests as a RATIO from 0 to 1 (not a percentage); null when nothing was sent." }, "p50Ms": { "$ref": "#/definitions/ms" }, "p95Ms": { "$ref": "#/definitions/ms" }, "p99Ms": { "$ref": "#/definitions/ms" } } }, "readiness": { "type": ["object", "null"], "additionalProperties": false, "required": ["ready", "waitedMs", "polls", "lastError"], "properties": { "ready": { "type": "boolean" }, "waitedMs": { "type": "number", "minimum": 0 }, "polls": { "type": "integer", "minimum": 0 }, "lastError": { "type": ["string", "null"] } } }, "monitoring": { "type": ["object", "null"], "additionalProperties": false, "required": ["seconds", "rounds", "requests", "failures", "breach"], "properties": { "seconds": { "type": "number", "minimum": 0 }, "rounds": { "type": "integer", "minimum": 0 }, "requests": { "type": "integer", "minimum": 0 }, "failures": { "type": "integer", "minimum": 0 }, "breach": { "type": ["string", "null"], "description": "The breach that ended monitoring early." } } }, "analysis": { "description": "The post-deploy bake (input `analysis`): the analysis run's verdict and what it decided; every run, with its measurements, is in the analysis report.", "type": "object", "additionalProperties": false, "required": ["phase", "decision", "message", "report"], "properties": { "phase": { "enum": ["Successful", "Failed", "Inconclusive"] }, "decision": { "enum": ["promote", "rollback", "stop", "pass"] }, "message": { "type": "string" }, "report": { "type": "string", "description": "The analysis report (analysis-report-path), relative to the workspace." } } }, "checks": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["name", "method", "url", "passed", "flaky", "attempts", "status", "latencyMs", "error", "assertions"], "properties": { "name": { "type": "string", "minLength": 1 }, "method": { "type": "string" }, "url": { "type": "string" }, "passed": { "type": "boolean" }, "flaky": { "type": "boolean", "description": "A sample failed and then passed on a retry; reported, does not fail the run." }, "attempts": { "type": "integer", "minimum": 0, "description": "Most requests one sample needed (1: every sample passed at once; 0: not sent)." }, "status": { "type": ["integer", "null"], "description": "HTTP status of the answer shown (the first failure, else the last)." }, "latencyMs": { "type": "object", "additionalProperties": false, "required": ["p50", "p95", "max"], "properties": { "p50": { "$ref": "#/definitions/ms" }, "p95": { "$ref": "#/definitions/ms" }, "max": { "$ref": "#/definitions/ms" } } }, "error": { "type": ["string", "null"] }, "assertions": { "type": "array", "items": { "$ref": "#/definitions/assertion" } }, "requests": { "type": "integer", "minimum": 0 }, "failures": { "type": "integer", "minimum": 0 } } } } } };
const smoke_report_validate_schema12 = { "type": ["number", "null"], "minimum": 0 };
const schema18 = { "type": "object", "additionalProperties": false, "required": ["type", "expected", "actual", "passed"], "properties": { "type": { "type": "string", "description": "status, body-contains, body-matches, `json <path>`, `header <name>` or max-latency-ms." }, "expected": {}, "actual": {}, "passed": { "type": "boolean" } } };
const smoke_report_validate_func2 = Object.prototype.hasOwnProperty;
const smoke_report_validate_func4 = ucs2length/* default */.A;
function smoke_report_validate_validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    /*# sourceURL="https://github.com/phase-gates/phase-gates/schemas/smoke-report.schema.json" */ ;
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.schema === undefined) {
            const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "schema" }, message: "must have required property '" + "schema" + "'" };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
        if (data.target === undefined) {
            const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "target" }, message: "must have required property '" + "target" + "'" };
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
        if (data.startedAt === undefined) {
            const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "startedAt" }, message: "must have required property '" + "startedAt" + "'" };
            if (vErrors === null) {
                vErrors = [err2];
            }
            else {
                vErrors.push(err2);
            }
            errors++;
        }
        if (data.finishedAt === undefined) {
            const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "finishedAt" }, message: "must have required property '" + "finishedAt" + "'" };
            if (vErrors === null) {
                vErrors = [err3];
            }
            else {
                vErrors.push(err3);
            }
            errors++;
        }
        if (data.passed === undefined) {
            const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "passed" }, message: "must have required property '" + "passed" + "'" };
            if (vErrors === null) {
                vErrors = [err4];
            }
            else {
                vErrors.push(err4);
            }
            errors++;
        }
        if (data.thresholds === undefined) {
            const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "thresholds" }, message: "must have required property '" + "thresholds" + "'" };
            if (vErrors === null) {
                vErrors = [err5];
            }
            else {
                vErrors.push(err5);
            }
            errors++;
        }
        if (data.totals === undefined) {
            const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "totals" }, message: "must have required property '" + "totals" + "'" };
            if (vErrors === null) {
                vErrors = [err6];
            }
            else {
                vErrors.push(err6);
            }
            errors++;
        }
        if (data.checks === undefined) {
            const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "checks" }, message: "must have required property '" + "checks" + "'" };
            if (vErrors === null) {
                vErrors = [err7];
            }
            else {
                vErrors.push(err7);
            }
            errors++;
        }
        for (const key0 in data) {
            if (!(smoke_report_validate_func2.call(smoke_report_validate_schema11.properties, key0))) {
                const err8 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                    vErrors = [err8];
                }
                else {
                    vErrors.push(err8);
                }
                errors++;
            }
        }
        if (data.schema !== undefined) {
            if ("phase-gates/smoke-report@1" !== data.schema) {
                const err9 = { instancePath: instancePath + "/schema", schemaPath: "#/properties/schema/const", keyword: "const", params: { allowedValue: "phase-gates/smoke-report@1" }, message: "must be equal to constant" };
                if (vErrors === null) {
                    vErrors = [err9];
                }
                else {
                    vErrors.push(err9);
                }
                errors++;
            }
        }
        if (data.target !== undefined) {
            if (typeof data.target !== "string") {
                const err10 = { instancePath: instancePath + "/target", schemaPath: "#/properties/target/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err10];
                }
                else {
                    vErrors.push(err10);
                }
                errors++;
            }
        }
        if (data.startedAt !== undefined) {
            if (!(typeof data.startedAt === "string")) {
                const err11 = { instancePath: instancePath + "/startedAt", schemaPath: "#/properties/startedAt/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err11];
                }
                else {
                    vErrors.push(err11);
                }
                errors++;
            }
        }
        if (data.finishedAt !== undefined) {
            if (!(typeof data.finishedAt === "string")) {
                const err12 = { instancePath: instancePath + "/finishedAt", schemaPath: "#/properties/finishedAt/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err12];
                }
                else {
                    vErrors.push(err12);
                }
                errors++;
            }
        }
        if (data.passed !== undefined) {
            if (typeof data.passed !== "boolean") {
                const err13 = { instancePath: instancePath + "/passed", schemaPath: "#/properties/passed/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                    vErrors = [err13];
                }
                else {
                    vErrors.push(err13);
                }
                errors++;
            }
        }
        if (data.message !== undefined) {
            let data5 = data.message;
            if ((typeof data5 !== "string") && (data5 !== null)) {
                const err14 = { instancePath: instancePath + "/message", schemaPath: "#/properties/message/type", keyword: "type", params: { type: smoke_report_validate_schema11.properties.message.type }, message: "must be string,null" };
                if (vErrors === null) {
                    vErrors = [err14];
                }
                else {
                    vErrors.push(err14);
                }
                errors++;
            }
        }
        if (data.sha !== undefined) {
            let data6 = data.sha;
            if ((typeof data6 !== "string") && (data6 !== null)) {
                const err15 = { instancePath: instancePath + "/sha", schemaPath: "#/properties/sha/type", keyword: "type", params: { type: smoke_report_validate_schema11.properties.sha.type }, message: "must be string,null" };
                if (vErrors === null) {
                    vErrors = [err15];
                }
                else {
                    vErrors.push(err15);
                }
                errors++;
            }
        }
        if (data.repository !== undefined) {
            let data7 = data.repository;
            if ((typeof data7 !== "string") && (data7 !== null)) {
                const err16 = { instancePath: instancePath + "/repository", schemaPath: "#/properties/repository/type", keyword: "type", params: { type: smoke_report_validate_schema11.properties.repository.type }, message: "must be string,null" };
                if (vErrors === null) {
                    vErrors = [err16];
                }
                else {
                    vErrors.push(err16);
                }
                errors++;
            }
        }
        if (data.runId !== undefined) {
            let data8 = data.runId;
            if ((typeof data8 !== "string") && (data8 !== null)) {
                const err17 = { instancePath: instancePath + "/runId", schemaPath: "#/properties/runId/type", keyword: "type", params: { type: smoke_report_validate_schema11.properties.runId.type }, message: "must be string,null" };
                if (vErrors === null) {
                    vErrors = [err17];
                }
                else {
                    vErrors.push(err17);
                }
                errors++;
            }
        }
        if (data.deploymentId !== undefined) {
            let data9 = data.deploymentId;
            if ((typeof data9 !== "string") && (data9 !== null)) {
                const err18 = { instancePath: instancePath + "/deploymentId", schemaPath: "#/properties/deploymentId/type", keyword: "type", params: { type: smoke_report_validate_schema11.properties.deploymentId.type }, message: "must be string,null" };
                if (vErrors === null) {
                    vErrors = [err18];
                }
                else {
                    vErrors.push(err18);
                }
                errors++;
            }
        }
        if (data.thresholds !== undefined) {
            let data10 = data.thresholds;
            if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
                if (data10.p95Ms === undefined) {
                    const err19 = { instancePath: instancePath + "/thresholds", schemaPath: "#/properties/thresholds/required", keyword: "required", params: { missingProperty: "p95Ms" }, message: "must have required property '" + "p95Ms" + "'" };
                    if (vErrors === null) {
                        vErrors = [err19];
                    }
                    else {
                        vErrors.push(err19);
                    }
                    errors++;
                }
                if (data10.maxErrorRate === undefined) {
                    const err20 = { instancePath: instancePath + "/thresholds", schemaPath: "#/properties/thresholds/required", keyword: "required", params: { missingProperty: "maxErrorRate" }, message: "must have required property '" + "maxErrorRate" + "'" };
                    if (vErrors === null) {
                        vErrors = [err20];
                    }
                    else {
                        vErrors.push(err20);
                    }
                    errors++;
                }
                for (const key1 in data10) {
                    if (!((((((key1 === "p95Ms") || (key1 === "maxErrorRate")) || (key1 === "samples")) || (key1 === "retries")) || (key1 === "timeoutMs")) || (key1 === "concurrency"))) {
                        const err21 = { instancePath: instancePath + "/thresholds", schemaPath: "#/properties/thresholds/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
                        if (vErrors === null) {
                            vErrors = [err21];
                        }
                        else {
                            vErrors.push(err21);
                        }
                        errors++;
                    }
                }
                if (data10.p95Ms !== undefined) {
                    let data11 = data10.p95Ms;
                    if ((typeof data11 == "number") && (isFinite(data11))) {
                        if (data11 < 0 || isNaN(data11)) {
                            const err22 = { instancePath: instancePath + "/thresholds/p95Ms", schemaPath: "#/properties/thresholds/properties/p95Ms/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                            if (vErrors === null) {
                                vErrors = [err22];
                            }
                            else {
                                vErrors.push(err22);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err23 = { instancePath: instancePath + "/thresholds/p95Ms", schemaPath: "#/properties/thresholds/properties/p95Ms/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                        if (vErrors === null) {
                            vErrors = [err23];
                        }
                        else {
                            vErrors.push(err23);
                        }
                        errors++;
                    }
                }
                if (data10.maxErrorRate !== undefined) {
                    let data12 = data10.maxErrorRate;
                    if ((typeof data12 == "number") && (isFinite(data12))) {
                        if (data12 > 1 || isNaN(data12)) {
                            const err24 = { instancePath: instancePath + "/thresholds/maxErrorRate", schemaPath: "#/properties/thresholds/properties/maxErrorRate/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1" };
                            if (vErrors === null) {
                                vErrors = [err24];
                            }
                            else {
                                vErrors.push(err24);
                            }
                            errors++;
                        }
                        if (data12 < 0 || isNaN(data12)) {
                            const err25 = { instancePath: instancePath + "/thresholds/maxErrorRate", schemaPath: "#/properties/thresholds/properties/maxErrorRate/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                            if (vErrors === null) {
                                vErrors = [err25];
                            }
                            else {
                                vErrors.push(err25);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err26 = { instancePath: instancePath + "/thresholds/maxErrorRate", schemaPath: "#/properties/thresholds/properties/maxErrorRate/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                        if (vErrors === null) {
                            vErrors = [err26];
                        }
                        else {
                            vErrors.push(err26);
                        }
                        errors++;
                    }
                }
                if (data10.samples !== undefined) {
                    let data13 = data10.samples;
                    if (!(((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13))) && (isFinite(data13)))) {
                        const err27 = { instancePath: instancePath + "/thresholds/samples", schemaPath: "#/properties/thresholds/properties/samples/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                        if (vErrors === null) {
                            vErrors = [err27];
                        }
                        else {
                            vErrors.push(err27);
                        }
                        errors++;
                    }
                    if ((typeof data13 == "number") && (isFinite(data13))) {
                        if (data13 < 1 || isNaN(data13)) {
                            const err28 = { instancePath: instancePath + "/thresholds/samples", schemaPath: "#/properties/thresholds/properties/samples/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                            if (vErrors === null) {
                                vErrors = [err28];
                            }
                            else {
                                vErrors.push(err28);
                            }
                            errors++;
                        }
                    }
                }
                if (data10.retries !== undefined) {
                    let data14 = data10.retries;
                    if (!(((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14))) && (isFinite(data14)))) {
                        const err29 = { instancePath: instancePath + "/thresholds/retries", schemaPath: "#/properties/thresholds/properties/retries/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                        if (vErrors === null) {
                            vErrors = [err29];
                        }
                        else {
                            vErrors.push(err29);
                        }
                        errors++;
                    }
                    if ((typeof data14 == "number") && (isFinite(data14))) {
                        if (data14 < 0 || isNaN(data14)) {
                            const err30 = { instancePath: instancePath + "/thresholds/retries", schemaPath: "#/properties/thresholds/properties/retries/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                            if (vErrors === null) {
                                vErrors = [err30];
                            }
                            else {
                                vErrors.push(err30);
                            }
                            errors++;
                        }
                    }
                }
                if (data10.timeoutMs !== undefined) {
                    let data15 = data10.timeoutMs;
                    if ((typeof data15 == "number") && (isFinite(data15))) {
                        if (data15 < 0 || isNaN(data15)) {
                            const err31 = { instancePath: instancePath + "/thresholds/timeoutMs", schemaPath: "#/properties/thresholds/properties/timeoutMs/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                            if (vErrors === null) {
                                vErrors = [err31];
                            }
                            else {
                                vErrors.push(err31);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err32 = { instancePath: instancePath + "/thresholds/timeoutMs", schemaPath: "#/properties/thresholds/properties/timeoutMs/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                        if (vErrors === null) {
                            vErrors = [err32];
                        }
                        else {
                            vErrors.push(err32);
                        }
                        errors++;
                    }
                }
                if (data10.concurrency !== undefined) {
                    let data16 = data10.concurrency;
                    if (!(((typeof data16 == "number") && (!(data16 % 1) && !isNaN(data16))) && (isFinite(data16)))) {
                        const err33 = { instancePath: instancePath + "/thresholds/concurrency", schemaPath: "#/properties/thresholds/properties/concurrency/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                        if (vErrors === null) {
                            vErrors = [err33];
                        }
                        else {
                            vErrors.push(err33);
                        }
                        errors++;
                    }
                    if ((typeof data16 == "number") && (isFinite(data16))) {
                        if (data16 < 1 || isNaN(data16)) {
                            const err34 = { instancePath: instancePath + "/thresholds/concurrency", schemaPath: "#/properties/thresholds/properties/concurrency/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                            if (vErrors === null) {
                                vErrors = [err34];
                            }
                            else {
                                vErrors.push(err34);
                            }
                            errors++;
                        }
                    }
                }
            }
            else {
                const err35 = { instancePath: instancePath + "/thresholds", schemaPath: "#/properties/thresholds/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                    vErrors = [err35];
                }
                else {
                    vErrors.push(err35);
                }
                errors++;
            }
        }
        if (data.totals !== undefined) {
            let data17 = data.totals;
            if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
                if (data17.requests === undefined) {
                    const err36 = { instancePath: instancePath + "/totals", schemaPath: "#/properties/totals/required", keyword: "required", params: { missingProperty: "requests" }, message: "must have required property '" + "requests" + "'" };
                    if (vErrors === null) {
                        vErrors = [err36];
                    }
                    else {
                        vErrors.push(err36);
                    }
                    errors++;
                }
                if (data17.failures === undefined) {
                    const err37 = { instancePath: instancePath + "/totals", schemaPath: "#/properties/totals/required", keyword: "required", params: { missingProperty: "failures" }, message: "must have required property '" + "failures" + "'" };
                    if (vErrors === null) {
                        vErrors = [err37];
                    }
                    else {
                        vErrors.push(err37);
                    }
                    errors++;
                }
                if (data17.errorRate === undefined) {
                    const err38 = { instancePath: instancePath + "/totals", schemaPath: "#/properties/totals/required", keyword: "required", params: { missingProperty: "errorRate" }, message: "must have required property '" + "errorRate" + "'" };
                    if (vErrors === null) {
                        vErrors = [err38];
                    }
                    else {
                        vErrors.push(err38);
                    }
                    errors++;
                }
                if (data17.p50Ms === undefined) {
                    const err39 = { instancePath: instancePath + "/totals", schemaPath: "#/properties/totals/required", keyword: "required", params: { missingProperty: "p50Ms" }, message: "must have required property '" + "p50Ms" + "'" };
                    if (vErrors === null) {
                        vErrors = [err39];
                    }
                    else {
                        vErrors.push(err39);
                    }
                    errors++;
                }
                if (data17.p95Ms === undefined) {
                    const err40 = { instancePath: instancePath + "/totals", schemaPath: "#/properties/totals/required", keyword: "required", params: { missingProperty: "p95Ms" }, message: "must have required property '" + "p95Ms" + "'" };
                    if (vErrors === null) {
                        vErrors = [err40];
                    }
                    else {
                        vErrors.push(err40);
                    }
                    errors++;
                }
                if (data17.p99Ms === undefined) {
                    const err41 = { instancePath: instancePath + "/totals", schemaPath: "#/properties/totals/required", keyword: "required", params: { missingProperty: "p99Ms" }, message: "must have required property '" + "p99Ms" + "'" };
                    if (vErrors === null) {
                        vErrors = [err41];
                    }
                    else {
                        vErrors.push(err41);
                    }
                    errors++;
                }
                for (const key2 in data17) {
                    if (!((((((key2 === "requests") || (key2 === "failures")) || (key2 === "errorRate")) || (key2 === "p50Ms")) || (key2 === "p95Ms")) || (key2 === "p99Ms"))) {
                        const err42 = { instancePath: instancePath + "/totals", schemaPath: "#/properties/totals/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
                        if (vErrors === null) {
                            vErrors = [err42];
                        }
                        else {
                            vErrors.push(err42);
                        }
                        errors++;
                    }
                }
                if (data17.requests !== undefined) {
                    let data18 = data17.requests;
                    if (!(((typeof data18 == "number") && (!(data18 % 1) && !isNaN(data18))) && (isFinite(data18)))) {
                        const err43 = { instancePath: instancePath + "/totals/requests", schemaPath: "#/properties/totals/properties/requests/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                        if (vErrors === null) {
                            vErrors = [err43];
                        }
                        else {
                            vErrors.push(err43);
                        }
                        errors++;
                    }
                    if ((typeof data18 == "number") && (isFinite(data18))) {
                        if (data18 < 0 || isNaN(data18)) {
                            const err44 = { instancePath: instancePath + "/totals/requests", schemaPath: "#/properties/totals/properties/requests/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                            if (vErrors === null) {
                                vErrors = [err44];
                            }
                            else {
                                vErrors.push(err44);
                            }
                            errors++;
                        }
                    }
                }
                if (data17.failures !== undefined) {
                    let data19 = data17.failures;
                    if (!(((typeof data19 == "number") && (!(data19 % 1) && !isNaN(data19))) && (isFinite(data19)))) {
                        const err45 = { instancePath: instancePath + "/totals/failures", schemaPath: "#/properties/totals/properties/failures/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                        if (vErrors === null) {
                            vErrors = [err45];
                        }
                        else {
                            vErrors.push(err45);
                        }
                        errors++;
                    }
                    if ((typeof data19 == "number") && (isFinite(data19))) {
                        if (data19 < 0 || isNaN(data19)) {
                            const err46 = { instancePath: instancePath + "/totals/failures", schemaPath: "#/properties/totals/properties/failures/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                            if (vErrors === null) {
                                vErrors = [err46];
                            }
                            else {
                                vErrors.push(err46);
                            }
                            errors++;
                        }
                    }
                }
                if (data17.errorRate !== undefined) {
                    let data20 = data17.errorRate;
                    if ((!((typeof data20 == "number") && (isFinite(data20)))) && (data20 !== null)) {
                        const err47 = { instancePath: instancePath + "/totals/errorRate", schemaPath: "#/properties/totals/properties/errorRate/type", keyword: "type", params: { type: smoke_report_validate_schema11.properties.totals.properties.errorRate.type }, message: "must be number,null" };
                        if (vErrors === null) {
                            vErrors = [err47];
                        }
                        else {
                            vErrors.push(err47);
                        }
                        errors++;
                    }
                    if ((typeof data20 == "number") && (isFinite(data20))) {
                        if (data20 > 1 || isNaN(data20)) {
                            const err48 = { instancePath: instancePath + "/totals/errorRate", schemaPath: "#/properties/totals/properties/errorRate/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1" };
                            if (vErrors === null) {
                                vErrors = [err48];
                            }
                            else {
                                vErrors.push(err48);
                            }
                            errors++;
                        }
                        if (data20 < 0 || isNaN(data20)) {
                            const err49 = { instancePath: instancePath + "/totals/errorRate", schemaPath: "#/properties/totals/properties/errorRate/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                            if (vErrors === null) {
                                vErrors = [err49];
                            }
                            else {
                                vErrors.push(err49);
                            }
                            errors++;
                        }
                    }
                }
                if (data17.p50Ms !== undefined) {
                    let data21 = data17.p50Ms;
                    if ((!((typeof data21 == "number") && (isFinite(data21)))) && (data21 !== null)) {
                        const err50 = { instancePath: instancePath + "/totals/p50Ms", schemaPath: "#/definitions/ms/type", keyword: "type", params: { type: smoke_report_validate_schema12.type }, message: "must be number,null" };
                        if (vErrors === null) {
                            vErrors = [err50];
                        }
                        else {
                            vErrors.push(err50);
                        }
                        errors++;
                    }
                    if ((typeof data21 == "number") && (isFinite(data21))) {
                        if (data21 < 0 || isNaN(data21)) {
                            const err51 = { instancePath: instancePath + "/totals/p50Ms", schemaPath: "#/definitions/ms/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                            if (vErrors === null) {
                                vErrors = [err51];
                            }
                            else {
                                vErrors.push(err51);
                            }
                            errors++;
                        }
                    }
                }
                if (data17.p95Ms !== undefined) {
                    let data22 = data17.p95Ms;
                    if ((!((typeof data22 == "number") && (isFinite(data22)))) && (data22 !== null)) {
                        const err52 = { instancePath: instancePath + "/totals/p95Ms", schemaPath: "#/definitions/ms/type", keyword: "type", params: { type: smoke_report_validate_schema12.type }, message: "must be number,null" };
                        if (vErrors === null) {
                            vErrors = [err52];
                        }
                        else {
                            vErrors.push(err52);
                        }
                        errors++;
                    }
                    if ((typeof data22 == "number") && (isFinite(data22))) {
                        if (data22 < 0 || isNaN(data22)) {
                            const err53 = { instancePath: instancePath + "/totals/p95Ms", schemaPath: "#/definitions/ms/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                            if (vErrors === null) {
                                vErrors = [err53];
                            }
                            else {
                                vErrors.push(err53);
                            }
                            errors++;
                        }
                    }
                }
                if (data17.p99Ms !== undefined) {
                    let data23 = data17.p99Ms;
                    if ((!((typeof data23 == "number") && (isFinite(data23)))) && (data23 !== null)) {
                        const err54 = { instancePath: instancePath + "/totals/p99Ms", schemaPath: "#/definitions/ms/type", keyword: "type", params: { type: smoke_report_validate_schema12.type }, message: "must be number,null" };
                        if (vErrors === null) {
                            vErrors = [err54];
                        }
                        else {
                            vErrors.push(err54);
                        }
                        errors++;
                    }
                    if ((typeof data23 == "number") && (isFinite(data23))) {
                        if (data23 < 0 || isNaN(data23)) {
                            const err55 = { instancePath: instancePath + "/totals/p99Ms", schemaPath: "#/definitions/ms/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                            if (vErrors === null) {
                                vErrors = [err55];
                            }
                            else {
                                vErrors.push(err55);
                            }
                            errors++;
                        }
                    }
                }
            }
            else {
                const err56 = { instancePath: instancePath + "/totals", schemaPath: "#/properties/totals/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                    vErrors = [err56];
                }
                else {
                    vErrors.push(err56);
                }
                errors++;
            }
        }
        if (data.readiness !== undefined) {
            let data24 = data.readiness;
            if ((!(data24 && typeof data24 == "object" && !Array.isArray(data24))) && (data24 !== null)) {
                const err57 = { instancePath: instancePath + "/readiness", schemaPath: "#/properties/readiness/type", keyword: "type", params: { type: smoke_report_validate_schema11.properties.readiness.type }, message: "must be object,null" };
                if (vErrors === null) {
                    vErrors = [err57];
                }
                else {
                    vErrors.push(err57);
                }
                errors++;
            }
            if (data24 && typeof data24 == "object" && !Array.isArray(data24)) {
                if (data24.ready === undefined) {
                    const err58 = { instancePath: instancePath + "/readiness", schemaPath: "#/properties/readiness/required", keyword: "required", params: { missingProperty: "ready" }, message: "must have required property '" + "ready" + "'" };
                    if (vErrors === null) {
                        vErrors = [err58];
                    }
                    else {
                        vErrors.push(err58);
                    }
                    errors++;
                }
                if (data24.waitedMs === undefined) {
                    const err59 = { instancePath: instancePath + "/readiness", schemaPath: "#/properties/readiness/required", keyword: "required", params: { missingProperty: "waitedMs" }, message: "must have required property '" + "waitedMs" + "'" };
                    if (vErrors === null) {
                        vErrors = [err59];
                    }
                    else {
                        vErrors.push(err59);
                    }
                    errors++;
                }
                if (data24.polls === undefined) {
                    const err60 = { instancePath: instancePath + "/readiness", schemaPath: "#/properties/readiness/required", keyword: "required", params: { missingProperty: "polls" }, message: "must have required property '" + "polls" + "'" };
                    if (vErrors === null) {
                        vErrors = [err60];
                    }
                    else {
                        vErrors.push(err60);
                    }
                    errors++;
                }
                if (data24.lastError === undefined) {
                    const err61 = { instancePath: instancePath + "/readiness", schemaPath: "#/properties/readiness/required", keyword: "required", params: { missingProperty: "lastError" }, message: "must have required property '" + "lastError" + "'" };
                    if (vErrors === null) {
                        vErrors = [err61];
                    }
                    else {
                        vErrors.push(err61);
                    }
                    errors++;
                }
                for (const key3 in data24) {
                    if (!((((key3 === "ready") || (key3 === "waitedMs")) || (key3 === "polls")) || (key3 === "lastError"))) {
                        const err62 = { instancePath: instancePath + "/readiness", schemaPath: "#/properties/readiness/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" };
                        if (vErrors === null) {
                            vErrors = [err62];
                        }
                        else {
                            vErrors.push(err62);
                        }
                        errors++;
                    }
                }
                if (data24.ready !== undefined) {
                    if (typeof data24.ready !== "boolean") {
                        const err63 = { instancePath: instancePath + "/readiness/ready", schemaPath: "#/properties/readiness/properties/ready/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                        if (vErrors === null) {
                            vErrors = [err63];
                        }
                        else {
                            vErrors.push(err63);
                        }
                        errors++;
                    }
                }
                if (data24.waitedMs !== undefined) {
                    let data26 = data24.waitedMs;
                    if ((typeof data26 == "number") && (isFinite(data26))) {
                        if (data26 < 0 || isNaN(data26)) {
                            const err64 = { instancePath: instancePath + "/readiness/waitedMs", schemaPath: "#/properties/readiness/properties/waitedMs/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                            if (vErrors === null) {
                                vErrors = [err64];
                            }
                            else {
                                vErrors.push(err64);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err65 = { instancePath: instancePath + "/readiness/waitedMs", schemaPath: "#/properties/readiness/properties/waitedMs/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                        if (vErrors === null) {
                            vErrors = [err65];
                        }
                        else {
                            vErrors.push(err65);
                        }
                        errors++;
                    }
                }
                if (data24.polls !== undefined) {
                    let data27 = data24.polls;
                    if (!(((typeof data27 == "number") && (!(data27 % 1) && !isNaN(data27))) && (isFinite(data27)))) {
                        const err66 = { instancePath: instancePath + "/readiness/polls", schemaPath: "#/properties/readiness/properties/polls/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                        if (vErrors === null) {
                            vErrors = [err66];
                        }
                        else {
                            vErrors.push(err66);
                        }
                        errors++;
                    }
                    if ((typeof data27 == "number") && (isFinite(data27))) {
                        if (data27 < 0 || isNaN(data27)) {
                            const err67 = { instancePath: instancePath + "/readiness/polls", schemaPath: "#/properties/readiness/properties/polls/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                            if (vErrors === null) {
                                vErrors = [err67];
                            }
                            else {
                                vErrors.push(err67);
                            }
                            errors++;
                        }
                    }
                }
                if (data24.lastError !== undefined) {
                    let data28 = data24.lastError;
                    if ((typeof data28 !== "string") && (data28 !== null)) {
                        const err68 = { instancePath: instancePath + "/readiness/lastError", schemaPath: "#/properties/readiness/properties/lastError/type", keyword: "type", params: { type: smoke_report_validate_schema11.properties.readiness.properties.lastError.type }, message: "must be string,null" };
                        if (vErrors === null) {
                            vErrors = [err68];
                        }
                        else {
                            vErrors.push(err68);
                        }
                        errors++;
                    }
                }
            }
        }
        if (data.monitoring !== undefined) {
            let data29 = data.monitoring;
            if ((!(data29 && typeof data29 == "object" && !Array.isArray(data29))) && (data29 !== null)) {
                const err69 = { instancePath: instancePath + "/monitoring", schemaPath: "#/properties/monitoring/type", keyword: "type", params: { type: smoke_report_validate_schema11.properties.monitoring.type }, message: "must be object,null" };
                if (vErrors === null) {
                    vErrors = [err69];
                }
                else {
                    vErrors.push(err69);
                }
                errors++;
            }
            if (data29 && typeof data29 == "object" && !Array.isArray(data29)) {
                if (data29.seconds === undefined) {
                    const err70 = { instancePath: instancePath + "/monitoring", schemaPath: "#/properties/monitoring/required", keyword: "required", params: { missingProperty: "seconds" }, message: "must have required property '" + "seconds" + "'" };
                    if (vErrors === null) {
                        vErrors = [err70];
                    }
                    else {
                        vErrors.push(err70);
                    }
                    errors++;
                }
                if (data29.rounds === undefined) {
                    const err71 = { instancePath: instancePath + "/monitoring", schemaPath: "#/properties/monitoring/required", keyword: "required", params: { missingProperty: "rounds" }, message: "must have required property '" + "rounds" + "'" };
                    if (vErrors === null) {
                        vErrors = [err71];
                    }
                    else {
                        vErrors.push(err71);
                    }
                    errors++;
                }
                if (data29.requests === undefined) {
                    const err72 = { instancePath: instancePath + "/monitoring", schemaPath: "#/properties/monitoring/required", keyword: "required", params: { missingProperty: "requests" }, message: "must have required property '" + "requests" + "'" };
                    if (vErrors === null) {
                        vErrors = [err72];
                    }
                    else {
                        vErrors.push(err72);
                    }
                    errors++;
                }
                if (data29.failures === undefined) {
                    const err73 = { instancePath: instancePath + "/monitoring", schemaPath: "#/properties/monitoring/required", keyword: "required", params: { missingProperty: "failures" }, message: "must have required property '" + "failures" + "'" };
                    if (vErrors === null) {
                        vErrors = [err73];
                    }
                    else {
                        vErrors.push(err73);
                    }
                    errors++;
                }
                if (data29.breach === undefined) {
                    const err74 = { instancePath: instancePath + "/monitoring", schemaPath: "#/properties/monitoring/required", keyword: "required", params: { missingProperty: "breach" }, message: "must have required property '" + "breach" + "'" };
                    if (vErrors === null) {
                        vErrors = [err74];
                    }
                    else {
                        vErrors.push(err74);
                    }
                    errors++;
                }
                for (const key4 in data29) {
                    if (!(((((key4 === "seconds") || (key4 === "rounds")) || (key4 === "requests")) || (key4 === "failures")) || (key4 === "breach"))) {
                        const err75 = { instancePath: instancePath + "/monitoring", schemaPath: "#/properties/monitoring/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties" };
                        if (vErrors === null) {
                            vErrors = [err75];
                        }
                        else {
                            vErrors.push(err75);
                        }
                        errors++;
                    }
                }
                if (data29.seconds !== undefined) {
                    let data30 = data29.seconds;
                    if ((typeof data30 == "number") && (isFinite(data30))) {
                        if (data30 < 0 || isNaN(data30)) {
                            const err76 = { instancePath: instancePath + "/monitoring/seconds", schemaPath: "#/properties/monitoring/properties/seconds/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                            if (vErrors === null) {
                                vErrors = [err76];
                            }
                            else {
                                vErrors.push(err76);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err77 = { instancePath: instancePath + "/monitoring/seconds", schemaPath: "#/properties/monitoring/properties/seconds/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                        if (vErrors === null) {
                            vErrors = [err77];
                        }
                        else {
                            vErrors.push(err77);
                        }
                        errors++;
                    }
                }
                if (data29.rounds !== undefined) {
                    let data31 = data29.rounds;
                    if (!(((typeof data31 == "number") && (!(data31 % 1) && !isNaN(data31))) && (isFinite(data31)))) {
                        const err78 = { instancePath: instancePath + "/monitoring/rounds", schemaPath: "#/properties/monitoring/properties/rounds/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                        if (vErrors === null) {
                            vErrors = [err78];
                        }
                        else {
                            vErrors.push(err78);
                        }
                        errors++;
                    }
                    if ((typeof data31 == "number") && (isFinite(data31))) {
                        if (data31 < 0 || isNaN(data31)) {
                            const err79 = { instancePath: instancePath + "/monitoring/rounds", schemaPath: "#/properties/monitoring/properties/rounds/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                            if (vErrors === null) {
                                vErrors = [err79];
                            }
                            else {
                                vErrors.push(err79);
                            }
                            errors++;
                        }
                    }
                }
                if (data29.requests !== undefined) {
                    let data32 = data29.requests;
                    if (!(((typeof data32 == "number") && (!(data32 % 1) && !isNaN(data32))) && (isFinite(data32)))) {
                        const err80 = { instancePath: instancePath + "/monitoring/requests", schemaPath: "#/properties/monitoring/properties/requests/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                        if (vErrors === null) {
                            vErrors = [err80];
                        }
                        else {
                            vErrors.push(err80);
                        }
                        errors++;
                    }
                    if ((typeof data32 == "number") && (isFinite(data32))) {
                        if (data32 < 0 || isNaN(data32)) {
                            const err81 = { instancePath: instancePath + "/monitoring/requests", schemaPath: "#/properties/monitoring/properties/requests/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                            if (vErrors === null) {
                                vErrors = [err81];
                            }
                            else {
                                vErrors.push(err81);
                            }
                            errors++;
                        }
                    }
                }
                if (data29.failures !== undefined) {
                    let data33 = data29.failures;
                    if (!(((typeof data33 == "number") && (!(data33 % 1) && !isNaN(data33))) && (isFinite(data33)))) {
                        const err82 = { instancePath: instancePath + "/monitoring/failures", schemaPath: "#/properties/monitoring/properties/failures/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                        if (vErrors === null) {
                            vErrors = [err82];
                        }
                        else {
                            vErrors.push(err82);
                        }
                        errors++;
                    }
                    if ((typeof data33 == "number") && (isFinite(data33))) {
                        if (data33 < 0 || isNaN(data33)) {
                            const err83 = { instancePath: instancePath + "/monitoring/failures", schemaPath: "#/properties/monitoring/properties/failures/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                            if (vErrors === null) {
                                vErrors = [err83];
                            }
                            else {
                                vErrors.push(err83);
                            }
                            errors++;
                        }
                    }
                }
                if (data29.breach !== undefined) {
                    let data34 = data29.breach;
                    if ((typeof data34 !== "string") && (data34 !== null)) {
                        const err84 = { instancePath: instancePath + "/monitoring/breach", schemaPath: "#/properties/monitoring/properties/breach/type", keyword: "type", params: { type: smoke_report_validate_schema11.properties.monitoring.properties.breach.type }, message: "must be string,null" };
                        if (vErrors === null) {
                            vErrors = [err84];
                        }
                        else {
                            vErrors.push(err84);
                        }
                        errors++;
                    }
                }
            }
        }
        if (data.analysis !== undefined) {
            let data35 = data.analysis;
            if (data35 && typeof data35 == "object" && !Array.isArray(data35)) {
                if (data35.phase === undefined) {
                    const err85 = { instancePath: instancePath + "/analysis", schemaPath: "#/properties/analysis/required", keyword: "required", params: { missingProperty: "phase" }, message: "must have required property '" + "phase" + "'" };
                    if (vErrors === null) {
                        vErrors = [err85];
                    }
                    else {
                        vErrors.push(err85);
                    }
                    errors++;
                }
                if (data35.decision === undefined) {
                    const err86 = { instancePath: instancePath + "/analysis", schemaPath: "#/properties/analysis/required", keyword: "required", params: { missingProperty: "decision" }, message: "must have required property '" + "decision" + "'" };
                    if (vErrors === null) {
                        vErrors = [err86];
                    }
                    else {
                        vErrors.push(err86);
                    }
                    errors++;
                }
                if (data35.message === undefined) {
                    const err87 = { instancePath: instancePath + "/analysis", schemaPath: "#/properties/analysis/required", keyword: "required", params: { missingProperty: "message" }, message: "must have required property '" + "message" + "'" };
                    if (vErrors === null) {
                        vErrors = [err87];
                    }
                    else {
                        vErrors.push(err87);
                    }
                    errors++;
                }
                if (data35.report === undefined) {
                    const err88 = { instancePath: instancePath + "/analysis", schemaPath: "#/properties/analysis/required", keyword: "required", params: { missingProperty: "report" }, message: "must have required property '" + "report" + "'" };
                    if (vErrors === null) {
                        vErrors = [err88];
                    }
                    else {
                        vErrors.push(err88);
                    }
                    errors++;
                }
                for (const key5 in data35) {
                    if (!((((key5 === "phase") || (key5 === "decision")) || (key5 === "message")) || (key5 === "report"))) {
                        const err89 = { instancePath: instancePath + "/analysis", schemaPath: "#/properties/analysis/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties" };
                        if (vErrors === null) {
                            vErrors = [err89];
                        }
                        else {
                            vErrors.push(err89);
                        }
                        errors++;
                    }
                }
                if (data35.phase !== undefined) {
                    let data36 = data35.phase;
                    if (!(((data36 === "Successful") || (data36 === "Failed")) || (data36 === "Inconclusive"))) {
                        const err90 = { instancePath: instancePath + "/analysis/phase", schemaPath: "#/properties/analysis/properties/phase/enum", keyword: "enum", params: { allowedValues: smoke_report_validate_schema11.properties.analysis.properties.phase.enum }, message: "must be equal to one of the allowed values" };
                        if (vErrors === null) {
                            vErrors = [err90];
                        }
                        else {
                            vErrors.push(err90);
                        }
                        errors++;
                    }
                }
                if (data35.decision !== undefined) {
                    let data37 = data35.decision;
                    if (!((((data37 === "promote") || (data37 === "rollback")) || (data37 === "stop")) || (data37 === "pass"))) {
                        const err91 = { instancePath: instancePath + "/analysis/decision", schemaPath: "#/properties/analysis/properties/decision/enum", keyword: "enum", params: { allowedValues: smoke_report_validate_schema11.properties.analysis.properties.decision.enum }, message: "must be equal to one of the allowed values" };
                        if (vErrors === null) {
                            vErrors = [err91];
                        }
                        else {
                            vErrors.push(err91);
                        }
                        errors++;
                    }
                }
                if (data35.message !== undefined) {
                    if (typeof data35.message !== "string") {
                        const err92 = { instancePath: instancePath + "/analysis/message", schemaPath: "#/properties/analysis/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                            vErrors = [err92];
                        }
                        else {
                            vErrors.push(err92);
                        }
                        errors++;
                    }
                }
                if (data35.report !== undefined) {
                    if (typeof data35.report !== "string") {
                        const err93 = { instancePath: instancePath + "/analysis/report", schemaPath: "#/properties/analysis/properties/report/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                            vErrors = [err93];
                        }
                        else {
                            vErrors.push(err93);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err94 = { instancePath: instancePath + "/analysis", schemaPath: "#/properties/analysis/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                    vErrors = [err94];
                }
                else {
                    vErrors.push(err94);
                }
                errors++;
            }
        }
        if (data.checks !== undefined) {
            let data40 = data.checks;
            if (Array.isArray(data40)) {
                const len0 = data40.length;
                for (let i0 = 0; i0 < len0; i0++) {
                    let data41 = data40[i0];
                    if (data41 && typeof data41 == "object" && !Array.isArray(data41)) {
                        if (data41.name === undefined) {
                            const err95 = { instancePath: instancePath + "/checks/" + i0, schemaPath: "#/properties/checks/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property '" + "name" + "'" };
                            if (vErrors === null) {
                                vErrors = [err95];
                            }
                            else {
                                vErrors.push(err95);
                            }
                            errors++;
                        }
                        if (data41.method === undefined) {
                            const err96 = { instancePath: instancePath + "/checks/" + i0, schemaPath: "#/properties/checks/items/required", keyword: "required", params: { missingProperty: "method" }, message: "must have required property '" + "method" + "'" };
                            if (vErrors === null) {
                                vErrors = [err96];
                            }
                            else {
                                vErrors.push(err96);
                            }
                            errors++;
                        }
                        if (data41.url === undefined) {
                            const err97 = { instancePath: instancePath + "/checks/" + i0, schemaPath: "#/properties/checks/items/required", keyword: "required", params: { missingProperty: "url" }, message: "must have required property '" + "url" + "'" };
                            if (vErrors === null) {
                                vErrors = [err97];
                            }
                            else {
                                vErrors.push(err97);
                            }
                            errors++;
                        }
                        if (data41.passed === undefined) {
                            const err98 = { instancePath: instancePath + "/checks/" + i0, schemaPath: "#/properties/checks/items/required", keyword: "required", params: { missingProperty: "passed" }, message: "must have required property '" + "passed" + "'" };
                            if (vErrors === null) {
                                vErrors = [err98];
                            }
                            else {
                                vErrors.push(err98);
                            }
                            errors++;
                        }
                        if (data41.flaky === undefined) {
                            const err99 = { instancePath: instancePath + "/checks/" + i0, schemaPath: "#/properties/checks/items/required", keyword: "required", params: { missingProperty: "flaky" }, message: "must have required property '" + "flaky" + "'" };
                            if (vErrors === null) {
                                vErrors = [err99];
                            }
                            else {
                                vErrors.push(err99);
                            }
                            errors++;
                        }
                        if (data41.attempts === undefined) {
                            const err100 = { instancePath: instancePath + "/checks/" + i0, schemaPath: "#/properties/checks/items/required", keyword: "required", params: { missingProperty: "attempts" }, message: "must have required property '" + "attempts" + "'" };
                            if (vErrors === null) {
                                vErrors = [err100];
                            }
                            else {
                                vErrors.push(err100);
                            }
                            errors++;
                        }
                        if (data41.status === undefined) {
                            const err101 = { instancePath: instancePath + "/checks/" + i0, schemaPath: "#/properties/checks/items/required", keyword: "required", params: { missingProperty: "status" }, message: "must have required property '" + "status" + "'" };
                            if (vErrors === null) {
                                vErrors = [err101];
                            }
                            else {
                                vErrors.push(err101);
                            }
                            errors++;
                        }
                        if (data41.latencyMs === undefined) {
                            const err102 = { instancePath: instancePath + "/checks/" + i0, schemaPath: "#/properties/checks/items/required", keyword: "required", params: { missingProperty: "latencyMs" }, message: "must have required property '" + "latencyMs" + "'" };
                            if (vErrors === null) {
                                vErrors = [err102];
                            }
                            else {
                                vErrors.push(err102);
                            }
                            errors++;
                        }
                        if (data41.error === undefined) {
                            const err103 = { instancePath: instancePath + "/checks/" + i0, schemaPath: "#/properties/checks/items/required", keyword: "required", params: { missingProperty: "error" }, message: "must have required property '" + "error" + "'" };
                            if (vErrors === null) {
                                vErrors = [err103];
                            }
                            else {
                                vErrors.push(err103);
                            }
                            errors++;
                        }
                        if (data41.assertions === undefined) {
                            const err104 = { instancePath: instancePath + "/checks/" + i0, schemaPath: "#/properties/checks/items/required", keyword: "required", params: { missingProperty: "assertions" }, message: "must have required property '" + "assertions" + "'" };
                            if (vErrors === null) {
                                vErrors = [err104];
                            }
                            else {
                                vErrors.push(err104);
                            }
                            errors++;
                        }
                        for (const key6 in data41) {
                            if (!(smoke_report_validate_func2.call(smoke_report_validate_schema11.properties.checks.items.properties, key6))) {
                                const err105 = { instancePath: instancePath + "/checks/" + i0, schemaPath: "#/properties/checks/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties" };
                                if (vErrors === null) {
                                    vErrors = [err105];
                                }
                                else {
                                    vErrors.push(err105);
                                }
                                errors++;
                            }
                        }
                        if (data41.name !== undefined) {
                            let data42 = data41.name;
                            if (typeof data42 === "string") {
                                if (smoke_report_validate_func4(data42) < 1) {
                                    const err106 = { instancePath: instancePath + "/checks/" + i0 + "/name", schemaPath: "#/properties/checks/items/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                                    if (vErrors === null) {
                                        vErrors = [err106];
                                    }
                                    else {
                                        vErrors.push(err106);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err107 = { instancePath: instancePath + "/checks/" + i0 + "/name", schemaPath: "#/properties/checks/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err107];
                                }
                                else {
                                    vErrors.push(err107);
                                }
                                errors++;
                            }
                        }
                        if (data41.method !== undefined) {
                            if (typeof data41.method !== "string") {
                                const err108 = { instancePath: instancePath + "/checks/" + i0 + "/method", schemaPath: "#/properties/checks/items/properties/method/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err108];
                                }
                                else {
                                    vErrors.push(err108);
                                }
                                errors++;
                            }
                        }
                        if (data41.url !== undefined) {
                            if (typeof data41.url !== "string") {
                                const err109 = { instancePath: instancePath + "/checks/" + i0 + "/url", schemaPath: "#/properties/checks/items/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err109];
                                }
                                else {
                                    vErrors.push(err109);
                                }
                                errors++;
                            }
                        }
                        if (data41.passed !== undefined) {
                            if (typeof data41.passed !== "boolean") {
                                const err110 = { instancePath: instancePath + "/checks/" + i0 + "/passed", schemaPath: "#/properties/checks/items/properties/passed/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                                if (vErrors === null) {
                                    vErrors = [err110];
                                }
                                else {
                                    vErrors.push(err110);
                                }
                                errors++;
                            }
                        }
                        if (data41.flaky !== undefined) {
                            if (typeof data41.flaky !== "boolean") {
                                const err111 = { instancePath: instancePath + "/checks/" + i0 + "/flaky", schemaPath: "#/properties/checks/items/properties/flaky/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                                if (vErrors === null) {
                                    vErrors = [err111];
                                }
                                else {
                                    vErrors.push(err111);
                                }
                                errors++;
                            }
                        }
                        if (data41.attempts !== undefined) {
                            let data47 = data41.attempts;
                            if (!(((typeof data47 == "number") && (!(data47 % 1) && !isNaN(data47))) && (isFinite(data47)))) {
                                const err112 = { instancePath: instancePath + "/checks/" + i0 + "/attempts", schemaPath: "#/properties/checks/items/properties/attempts/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                                if (vErrors === null) {
                                    vErrors = [err112];
                                }
                                else {
                                    vErrors.push(err112);
                                }
                                errors++;
                            }
                            if ((typeof data47 == "number") && (isFinite(data47))) {
                                if (data47 < 0 || isNaN(data47)) {
                                    const err113 = { instancePath: instancePath + "/checks/" + i0 + "/attempts", schemaPath: "#/properties/checks/items/properties/attempts/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                                    if (vErrors === null) {
                                        vErrors = [err113];
                                    }
                                    else {
                                        vErrors.push(err113);
                                    }
                                    errors++;
                                }
                            }
                        }
                        if (data41.status !== undefined) {
                            let data48 = data41.status;
                            if ((!(((typeof data48 == "number") && (!(data48 % 1) && !isNaN(data48))) && (isFinite(data48)))) && (data48 !== null)) {
                                const err114 = { instancePath: instancePath + "/checks/" + i0 + "/status", schemaPath: "#/properties/checks/items/properties/status/type", keyword: "type", params: { type: smoke_report_validate_schema11.properties.checks.items.properties.status.type }, message: "must be integer,null" };
                                if (vErrors === null) {
                                    vErrors = [err114];
                                }
                                else {
                                    vErrors.push(err114);
                                }
                                errors++;
                            }
                        }
                        if (data41.latencyMs !== undefined) {
                            let data49 = data41.latencyMs;
                            if (data49 && typeof data49 == "object" && !Array.isArray(data49)) {
                                if (data49.p50 === undefined) {
                                    const err115 = { instancePath: instancePath + "/checks/" + i0 + "/latencyMs", schemaPath: "#/properties/checks/items/properties/latencyMs/required", keyword: "required", params: { missingProperty: "p50" }, message: "must have required property '" + "p50" + "'" };
                                    if (vErrors === null) {
                                        vErrors = [err115];
                                    }
                                    else {
                                        vErrors.push(err115);
                                    }
                                    errors++;
                                }
                                if (data49.p95 === undefined) {
                                    const err116 = { instancePath: instancePath + "/checks/" + i0 + "/latencyMs", schemaPath: "#/properties/checks/items/properties/latencyMs/required", keyword: "required", params: { missingProperty: "p95" }, message: "must have required property '" + "p95" + "'" };
                                    if (vErrors === null) {
                                        vErrors = [err116];
                                    }
                                    else {
                                        vErrors.push(err116);
                                    }
                                    errors++;
                                }
                                if (data49.max === undefined) {
                                    const err117 = { instancePath: instancePath + "/checks/" + i0 + "/latencyMs", schemaPath: "#/properties/checks/items/properties/latencyMs/required", keyword: "required", params: { missingProperty: "max" }, message: "must have required property '" + "max" + "'" };
                                    if (vErrors === null) {
                                        vErrors = [err117];
                                    }
                                    else {
                                        vErrors.push(err117);
                                    }
                                    errors++;
                                }
                                for (const key7 in data49) {
                                    if (!(((key7 === "p50") || (key7 === "p95")) || (key7 === "max"))) {
                                        const err118 = { instancePath: instancePath + "/checks/" + i0 + "/latencyMs", schemaPath: "#/properties/checks/items/properties/latencyMs/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties" };
                                        if (vErrors === null) {
                                            vErrors = [err118];
                                        }
                                        else {
                                            vErrors.push(err118);
                                        }
                                        errors++;
                                    }
                                }
                                if (data49.p50 !== undefined) {
                                    let data50 = data49.p50;
                                    if ((!((typeof data50 == "number") && (isFinite(data50)))) && (data50 !== null)) {
                                        const err119 = { instancePath: instancePath + "/checks/" + i0 + "/latencyMs/p50", schemaPath: "#/definitions/ms/type", keyword: "type", params: { type: smoke_report_validate_schema12.type }, message: "must be number,null" };
                                        if (vErrors === null) {
                                            vErrors = [err119];
                                        }
                                        else {
                                            vErrors.push(err119);
                                        }
                                        errors++;
                                    }
                                    if ((typeof data50 == "number") && (isFinite(data50))) {
                                        if (data50 < 0 || isNaN(data50)) {
                                            const err120 = { instancePath: instancePath + "/checks/" + i0 + "/latencyMs/p50", schemaPath: "#/definitions/ms/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                                            if (vErrors === null) {
                                                vErrors = [err120];
                                            }
                                            else {
                                                vErrors.push(err120);
                                            }
                                            errors++;
                                        }
                                    }
                                }
                                if (data49.p95 !== undefined) {
                                    let data51 = data49.p95;
                                    if ((!((typeof data51 == "number") && (isFinite(data51)))) && (data51 !== null)) {
                                        const err121 = { instancePath: instancePath + "/checks/" + i0 + "/latencyMs/p95", schemaPath: "#/definitions/ms/type", keyword: "type", params: { type: smoke_report_validate_schema12.type }, message: "must be number,null" };
                                        if (vErrors === null) {
                                            vErrors = [err121];
                                        }
                                        else {
                                            vErrors.push(err121);
                                        }
                                        errors++;
                                    }
                                    if ((typeof data51 == "number") && (isFinite(data51))) {
                                        if (data51 < 0 || isNaN(data51)) {
                                            const err122 = { instancePath: instancePath + "/checks/" + i0 + "/latencyMs/p95", schemaPath: "#/definitions/ms/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                                            if (vErrors === null) {
                                                vErrors = [err122];
                                            }
                                            else {
                                                vErrors.push(err122);
                                            }
                                            errors++;
                                        }
                                    }
                                }
                                if (data49.max !== undefined) {
                                    let data52 = data49.max;
                                    if ((!((typeof data52 == "number") && (isFinite(data52)))) && (data52 !== null)) {
                                        const err123 = { instancePath: instancePath + "/checks/" + i0 + "/latencyMs/max", schemaPath: "#/definitions/ms/type", keyword: "type", params: { type: smoke_report_validate_schema12.type }, message: "must be number,null" };
                                        if (vErrors === null) {
                                            vErrors = [err123];
                                        }
                                        else {
                                            vErrors.push(err123);
                                        }
                                        errors++;
                                    }
                                    if ((typeof data52 == "number") && (isFinite(data52))) {
                                        if (data52 < 0 || isNaN(data52)) {
                                            const err124 = { instancePath: instancePath + "/checks/" + i0 + "/latencyMs/max", schemaPath: "#/definitions/ms/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                                            if (vErrors === null) {
                                                vErrors = [err124];
                                            }
                                            else {
                                                vErrors.push(err124);
                                            }
                                            errors++;
                                        }
                                    }
                                }
                            }
                            else {
                                const err125 = { instancePath: instancePath + "/checks/" + i0 + "/latencyMs", schemaPath: "#/properties/checks/items/properties/latencyMs/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                if (vErrors === null) {
                                    vErrors = [err125];
                                }
                                else {
                                    vErrors.push(err125);
                                }
                                errors++;
                            }
                        }
                        if (data41.error !== undefined) {
                            let data53 = data41.error;
                            if ((typeof data53 !== "string") && (data53 !== null)) {
                                const err126 = { instancePath: instancePath + "/checks/" + i0 + "/error", schemaPath: "#/properties/checks/items/properties/error/type", keyword: "type", params: { type: smoke_report_validate_schema11.properties.checks.items.properties.error.type }, message: "must be string,null" };
                                if (vErrors === null) {
                                    vErrors = [err126];
                                }
                                else {
                                    vErrors.push(err126);
                                }
                                errors++;
                            }
                        }
                        if (data41.assertions !== undefined) {
                            let data54 = data41.assertions;
                            if (Array.isArray(data54)) {
                                const len1 = data54.length;
                                for (let i1 = 0; i1 < len1; i1++) {
                                    let data55 = data54[i1];
                                    if (data55 && typeof data55 == "object" && !Array.isArray(data55)) {
                                        if (data55.type === undefined) {
                                            const err127 = { instancePath: instancePath + "/checks/" + i0 + "/assertions/" + i1, schemaPath: "#/definitions/assertion/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property '" + "type" + "'" };
                                            if (vErrors === null) {
                                                vErrors = [err127];
                                            }
                                            else {
                                                vErrors.push(err127);
                                            }
                                            errors++;
                                        }
                                        if (data55.expected === undefined) {
                                            const err128 = { instancePath: instancePath + "/checks/" + i0 + "/assertions/" + i1, schemaPath: "#/definitions/assertion/required", keyword: "required", params: { missingProperty: "expected" }, message: "must have required property '" + "expected" + "'" };
                                            if (vErrors === null) {
                                                vErrors = [err128];
                                            }
                                            else {
                                                vErrors.push(err128);
                                            }
                                            errors++;
                                        }
                                        if (data55.actual === undefined) {
                                            const err129 = { instancePath: instancePath + "/checks/" + i0 + "/assertions/" + i1, schemaPath: "#/definitions/assertion/required", keyword: "required", params: { missingProperty: "actual" }, message: "must have required property '" + "actual" + "'" };
                                            if (vErrors === null) {
                                                vErrors = [err129];
                                            }
                                            else {
                                                vErrors.push(err129);
                                            }
                                            errors++;
                                        }
                                        if (data55.passed === undefined) {
                                            const err130 = { instancePath: instancePath + "/checks/" + i0 + "/assertions/" + i1, schemaPath: "#/definitions/assertion/required", keyword: "required", params: { missingProperty: "passed" }, message: "must have required property '" + "passed" + "'" };
                                            if (vErrors === null) {
                                                vErrors = [err130];
                                            }
                                            else {
                                                vErrors.push(err130);
                                            }
                                            errors++;
                                        }
                                        for (const key8 in data55) {
                                            if (!((((key8 === "type") || (key8 === "expected")) || (key8 === "actual")) || (key8 === "passed"))) {
                                                const err131 = { instancePath: instancePath + "/checks/" + i0 + "/assertions/" + i1, schemaPath: "#/definitions/assertion/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties" };
                                                if (vErrors === null) {
                                                    vErrors = [err131];
                                                }
                                                else {
                                                    vErrors.push(err131);
                                                }
                                                errors++;
                                            }
                                        }
                                        if (data55.type !== undefined) {
                                            if (typeof data55.type !== "string") {
                                                const err132 = { instancePath: instancePath + "/checks/" + i0 + "/assertions/" + i1 + "/type", schemaPath: "#/definitions/assertion/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                if (vErrors === null) {
                                                    vErrors = [err132];
                                                }
                                                else {
                                                    vErrors.push(err132);
                                                }
                                                errors++;
                                            }
                                        }
                                        if (data55.passed !== undefined) {
                                            if (typeof data55.passed !== "boolean") {
                                                const err133 = { instancePath: instancePath + "/checks/" + i0 + "/assertions/" + i1 + "/passed", schemaPath: "#/definitions/assertion/properties/passed/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                                                if (vErrors === null) {
                                                    vErrors = [err133];
                                                }
                                                else {
                                                    vErrors.push(err133);
                                                }
                                                errors++;
                                            }
                                        }
                                    }
                                    else {
                                        const err134 = { instancePath: instancePath + "/checks/" + i0 + "/assertions/" + i1, schemaPath: "#/definitions/assertion/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                        if (vErrors === null) {
                                            vErrors = [err134];
                                        }
                                        else {
                                            vErrors.push(err134);
                                        }
                                        errors++;
                                    }
                                }
                            }
                            else {
                                const err135 = { instancePath: instancePath + "/checks/" + i0 + "/assertions", schemaPath: "#/properties/checks/items/properties/assertions/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                if (vErrors === null) {
                                    vErrors = [err135];
                                }
                                else {
                                    vErrors.push(err135);
                                }
                                errors++;
                            }
                        }
                        if (data41.requests !== undefined) {
                            let data58 = data41.requests;
                            if (!(((typeof data58 == "number") && (!(data58 % 1) && !isNaN(data58))) && (isFinite(data58)))) {
                                const err136 = { instancePath: instancePath + "/checks/" + i0 + "/requests", schemaPath: "#/properties/checks/items/properties/requests/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                                if (vErrors === null) {
                                    vErrors = [err136];
                                }
                                else {
                                    vErrors.push(err136);
                                }
                                errors++;
                            }
                            if ((typeof data58 == "number") && (isFinite(data58))) {
                                if (data58 < 0 || isNaN(data58)) {
                                    const err137 = { instancePath: instancePath + "/checks/" + i0 + "/requests", schemaPath: "#/properties/checks/items/properties/requests/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                                    if (vErrors === null) {
                                        vErrors = [err137];
                                    }
                                    else {
                                        vErrors.push(err137);
                                    }
                                    errors++;
                                }
                            }
                        }
                        if (data41.failures !== undefined) {
                            let data59 = data41.failures;
                            if (!(((typeof data59 == "number") && (!(data59 % 1) && !isNaN(data59))) && (isFinite(data59)))) {
                                const err138 = { instancePath: instancePath + "/checks/" + i0 + "/failures", schemaPath: "#/properties/checks/items/properties/failures/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                                if (vErrors === null) {
                                    vErrors = [err138];
                                }
                                else {
                                    vErrors.push(err138);
                                }
                                errors++;
                            }
                            if ((typeof data59 == "number") && (isFinite(data59))) {
                                if (data59 < 0 || isNaN(data59)) {
                                    const err139 = { instancePath: instancePath + "/checks/" + i0 + "/failures", schemaPath: "#/properties/checks/items/properties/failures/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                                    if (vErrors === null) {
                                        vErrors = [err139];
                                    }
                                    else {
                                        vErrors.push(err139);
                                    }
                                    errors++;
                                }
                            }
                        }
                    }
                    else {
                        const err140 = { instancePath: instancePath + "/checks/" + i0, schemaPath: "#/properties/checks/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                            vErrors = [err140];
                        }
                        else {
                            vErrors.push(err140);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err141 = { instancePath: instancePath + "/checks", schemaPath: "#/properties/checks/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                    vErrors = [err141];
                }
                else {
                    vErrors.push(err141);
                }
                errors++;
            }
        }
    }
    else {
        const err142 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
            vErrors = [err142];
        }
        else {
            vErrors.push(err142);
        }
        errors++;
    }
    smoke_report_validate_validate10.errors = vErrors;
    return errors === 0;
}

;// CONCATENATED MODULE: ./.build/src/core/generated/analysis-report.validate.js
// Generated by scripts/gen-validators.mjs from schemas/analysis-report.schema.json: do not edit.
// @ts-nocheck
const analysis_report_validate_validate = (/* unused pure expression or super */ null && (analysis_report_validate_validate10));
/* harmony default export */ const analysis_report_validate = (analysis_report_validate_validate10);
const analysis_report_validate_schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://github.com/phase-gates/phase-gates/schemas/analysis-report.schema.json", "title": "phase-gates analysis report", "description": "Every analysis run of a release (deploy between canary steps and after a blue-green switch, smoke-test's post-deploy bake): post-deploy/analysis-report.json. The Phase 07 gate reads alerts_firing, error_rate and p95_ms from it.", "type": "object", "additionalProperties": false, "required": ["schema", "environment", "version", "deploymentId", "updatedAt", "runs"], "properties": { "schema": { "const": "phase-gates/analysis-report@1" }, "environment": { "type": ["string", "null"] }, "version": { "type": ["string", "null"] }, "deploymentId": { "type": ["string", "null"], "description": "The deployment the runs judged; a run of another deployment starts the report anew." }, "updatedAt": { "type": "string", "format": "date-time" }, "runs": { "type": "array", "maxItems": 100, "items": { "$ref": "#/definitions/run" } } }, "definitions": { "run": { "type": "object", "additionalProperties": false, "required": ["stage", "source", "startedAt", "finishedAt", "phase", "message", "args", "metrics"], "properties": { "stage": { "type": "string", "description": "Where in the release it ran: canary step 1/3, blue-green switch, post-deploy bake." }, "source": { "type": "string", "description": "The analysis file, relative to the workspace, or the input that held it." }, "startedAt": { "type": "string", "format": "date-time" }, "finishedAt": { "type": "string", "format": "date-time" }, "phase": { "enum": ["Successful", "Failed", "Inconclusive"] }, "message": { "type": "string" }, "decision": { "enum": ["promote", "rollback", "stop", "pass"], "description": "What the release did with this verdict: promote (go on), rollback, stop (failed, left in place for a decision: on-inconclusive fail), pass (an inconclusive run passed by on-inconclusive pass)." }, "args": { "type": "object", "additionalProperties": { "type": "string" } }, "metrics": { "type": "array", "items": { "$ref": "#/definitions/metric" } }, "alerts": { "$ref": "#/definitions/alerts" } } }, "metric": { "type": "object", "additionalProperties": false, "required": ["name", "phase", "query", "provider", "count", "successful", "failed", "inconclusive", "error", "measurements", "dryRun", "message"], "properties": { "name": { "type": "string" }, "phase": { "enum": ["Successful", "Failed", "Inconclusive", "Error"] }, "query": { "type": "string", "description": "The query as sent (args rendered); for scrape, the URL and the query." }, "provider": { "enum": ["prometheus", "scrape"] }, "count": { "type": "integer", "minimum": 0 }, "successful": { "type": "integer", "minimum": 0 }, "failed": { "type": "integer", "minimum": 0 }, "inconclusive": { "type": "integer", "minimum": 0 }, "error": { "type": "integer", "minimum": 0 }, "measurements": { "type": "array", "maxItems": 100, "items": { "$ref": "#/definitions/measurement" } }, "compare": { "$ref": "#/definitions/compare" }, "gate": { "enum": ["error_rate", "p95_ms"], "description": "The Phase 07 gate metric its last value feeds." }, "dryRun": { "type": "boolean" }, "message": { "type": "string" } } }, "measurement": { "type": "object", "additionalProperties": false, "required": ["phase", "at", "value"], "properties": { "phase": { "enum": ["Successful", "Failed", "Inconclusive", "Error"] }, "at": { "type": "string", "format": "date-time" }, "value": { "description": "The provider's result: a number (scalar), the values of a vector, or null when empty. NaN and infinities are written as null.", "anyOf": [{ "type": "number" }, { "type": "null" }, { "type": "array", "items": { "type": ["number", "null"] } }] }, "baseline": { "description": "Compare metrics: the baseline's value at the same time.", "type": ["number", "null"] }, "message": { "type": "string" } } }, "compare": { "type": "object", "additionalProperties": false, "required": ["verdict", "canary", "baseline", "canaryMedian", "baselineMedian", "changePct", "u", "pValue", "tolerancePct", "confidence", "detail"], "properties": { "verdict": { "enum": ["pass", "fail", "inconclusive"] }, "canary": { "type": "array", "items": { "type": "number" } }, "baseline": { "type": "array", "items": { "type": "number" } }, "canaryMedian": { "type": ["number", "null"] }, "baselineMedian": { "type": ["number", "null"] }, "changePct": { "type": ["number", "null"], "description": "The canary's median against the baseline's, in % (+ is higher)." }, "u": { "type": ["number", "null"], "description": "Mann–Whitney U of the canary's sample." }, "pValue": { "type": ["number", "null"] }, "tolerancePct": { "type": "number" }, "confidence": { "type": "number" }, "detail": { "type": "string" } } }, "alerts": { "type": "object", "additionalProperties": false, "required": ["address", "matchers", "firing", "checks", "errors"], "properties": { "address": { "type": "string" }, "matchers": { "type": "array", "items": { "type": "string" } }, "firing": { "type": "array", "items": { "$ref": "#/definitions/alert" } }, "checks": { "type": "integer", "minimum": 0 }, "errors": { "type": "integer", "minimum": 0 }, "lastError": { "type": "string" } } }, "alert": { "type": "object", "additionalProperties": false, "required": ["name", "labels", "startsAt", "fingerprint"], "properties": { "name": { "type": "string" }, "labels": { "type": "object", "additionalProperties": { "type": "string" } }, "startsAt": { "type": "string" }, "summary": { "type": "string" }, "fingerprint": { "type": "string" } } } } };
const analysis_report_validate_schema12 = { "type": "object", "additionalProperties": false, "required": ["stage", "source", "startedAt", "finishedAt", "phase", "message", "args", "metrics"], "properties": { "stage": { "type": "string", "description": "Where in the release it ran: canary step 1/3, blue-green switch, post-deploy bake." }, "source": { "type": "string", "description": "The analysis file, relative to the workspace, or the input that held it." }, "startedAt": { "type": "string", "format": "date-time" }, "finishedAt": { "type": "string", "format": "date-time" }, "phase": { "enum": ["Successful", "Failed", "Inconclusive"] }, "message": { "type": "string" }, "decision": { "enum": ["promote", "rollback", "stop", "pass"], "description": "What the release did with this verdict: promote (go on), rollback, stop (failed, left in place for a decision: on-inconclusive fail), pass (an inconclusive run passed by on-inconclusive pass)." }, "args": { "type": "object", "additionalProperties": { "type": "string" } }, "metrics": { "type": "array", "items": { "$ref": "#/definitions/metric" } }, "alerts": { "$ref": "#/definitions/alerts" } } };
const analysis_report_validate_func2 = Object.prototype.hasOwnProperty;
const schema13 = { "type": "object", "additionalProperties": false, "required": ["name", "phase", "query", "provider", "count", "successful", "failed", "inconclusive", "error", "measurements", "dryRun", "message"], "properties": { "name": { "type": "string" }, "phase": { "enum": ["Successful", "Failed", "Inconclusive", "Error"] }, "query": { "type": "string", "description": "The query as sent (args rendered); for scrape, the URL and the query." }, "provider": { "enum": ["prometheus", "scrape"] }, "count": { "type": "integer", "minimum": 0 }, "successful": { "type": "integer", "minimum": 0 }, "failed": { "type": "integer", "minimum": 0 }, "inconclusive": { "type": "integer", "minimum": 0 }, "error": { "type": "integer", "minimum": 0 }, "measurements": { "type": "array", "maxItems": 100, "items": { "$ref": "#/definitions/measurement" } }, "compare": { "$ref": "#/definitions/compare" }, "gate": { "enum": ["error_rate", "p95_ms"], "description": "The Phase 07 gate metric its last value feeds." }, "dryRun": { "type": "boolean" }, "message": { "type": "string" } } };
const schema14 = { "type": "object", "additionalProperties": false, "required": ["phase", "at", "value"], "properties": { "phase": { "enum": ["Successful", "Failed", "Inconclusive", "Error"] }, "at": { "type": "string", "format": "date-time" }, "value": { "description": "The provider's result: a number (scalar), the values of a vector, or null when empty. NaN and infinities are written as null.", "anyOf": [{ "type": "number" }, { "type": "null" }, { "type": "array", "items": { "type": ["number", "null"] } }] }, "baseline": { "description": "Compare metrics: the baseline's value at the same time.", "type": ["number", "null"] }, "message": { "type": "string" } } };
const schema15 = { "type": "object", "additionalProperties": false, "required": ["verdict", "canary", "baseline", "canaryMedian", "baselineMedian", "changePct", "u", "pValue", "tolerancePct", "confidence", "detail"], "properties": { "verdict": { "enum": ["pass", "fail", "inconclusive"] }, "canary": { "type": "array", "items": { "type": "number" } }, "baseline": { "type": "array", "items": { "type": "number" } }, "canaryMedian": { "type": ["number", "null"] }, "baselineMedian": { "type": ["number", "null"] }, "changePct": { "type": ["number", "null"], "description": "The canary's median against the baseline's, in % (+ is higher)." }, "u": { "type": ["number", "null"], "description": "Mann–Whitney U of the canary's sample." }, "pValue": { "type": ["number", "null"] }, "tolerancePct": { "type": "number" }, "confidence": { "type": "number" }, "detail": { "type": "string" } } };
function validate12(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.name === undefined) {
            const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property '" + "name" + "'" };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
        if (data.phase === undefined) {
            const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "phase" }, message: "must have required property '" + "phase" + "'" };
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
        if (data.query === undefined) {
            const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "query" }, message: "must have required property '" + "query" + "'" };
            if (vErrors === null) {
                vErrors = [err2];
            }
            else {
                vErrors.push(err2);
            }
            errors++;
        }
        if (data.provider === undefined) {
            const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "provider" }, message: "must have required property '" + "provider" + "'" };
            if (vErrors === null) {
                vErrors = [err3];
            }
            else {
                vErrors.push(err3);
            }
            errors++;
        }
        if (data.count === undefined) {
            const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "count" }, message: "must have required property '" + "count" + "'" };
            if (vErrors === null) {
                vErrors = [err4];
            }
            else {
                vErrors.push(err4);
            }
            errors++;
        }
        if (data.successful === undefined) {
            const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "successful" }, message: "must have required property '" + "successful" + "'" };
            if (vErrors === null) {
                vErrors = [err5];
            }
            else {
                vErrors.push(err5);
            }
            errors++;
        }
        if (data.failed === undefined) {
            const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "failed" }, message: "must have required property '" + "failed" + "'" };
            if (vErrors === null) {
                vErrors = [err6];
            }
            else {
                vErrors.push(err6);
            }
            errors++;
        }
        if (data.inconclusive === undefined) {
            const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "inconclusive" }, message: "must have required property '" + "inconclusive" + "'" };
            if (vErrors === null) {
                vErrors = [err7];
            }
            else {
                vErrors.push(err7);
            }
            errors++;
        }
        if (data.error === undefined) {
            const err8 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "error" }, message: "must have required property '" + "error" + "'" };
            if (vErrors === null) {
                vErrors = [err8];
            }
            else {
                vErrors.push(err8);
            }
            errors++;
        }
        if (data.measurements === undefined) {
            const err9 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "measurements" }, message: "must have required property '" + "measurements" + "'" };
            if (vErrors === null) {
                vErrors = [err9];
            }
            else {
                vErrors.push(err9);
            }
            errors++;
        }
        if (data.dryRun === undefined) {
            const err10 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "dryRun" }, message: "must have required property '" + "dryRun" + "'" };
            if (vErrors === null) {
                vErrors = [err10];
            }
            else {
                vErrors.push(err10);
            }
            errors++;
        }
        if (data.message === undefined) {
            const err11 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "message" }, message: "must have required property '" + "message" + "'" };
            if (vErrors === null) {
                vErrors = [err11];
            }
            else {
                vErrors.push(err11);
            }
            errors++;
        }
        for (const key0 in data) {
            if (!(analysis_report_validate_func2.call(schema13.properties, key0))) {
                const err12 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                    vErrors = [err12];
                }
                else {
                    vErrors.push(err12);
                }
                errors++;
            }
        }
        if (data.name !== undefined) {
            if (typeof data.name !== "string") {
                const err13 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err13];
                }
                else {
                    vErrors.push(err13);
                }
                errors++;
            }
        }
        if (data.phase !== undefined) {
            let data1 = data.phase;
            if (!((((data1 === "Successful") || (data1 === "Failed")) || (data1 === "Inconclusive")) || (data1 === "Error"))) {
                const err14 = { instancePath: instancePath + "/phase", schemaPath: "#/properties/phase/enum", keyword: "enum", params: { allowedValues: schema13.properties.phase.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                    vErrors = [err14];
                }
                else {
                    vErrors.push(err14);
                }
                errors++;
            }
        }
        if (data.query !== undefined) {
            if (typeof data.query !== "string") {
                const err15 = { instancePath: instancePath + "/query", schemaPath: "#/properties/query/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err15];
                }
                else {
                    vErrors.push(err15);
                }
                errors++;
            }
        }
        if (data.provider !== undefined) {
            let data3 = data.provider;
            if (!((data3 === "prometheus") || (data3 === "scrape"))) {
                const err16 = { instancePath: instancePath + "/provider", schemaPath: "#/properties/provider/enum", keyword: "enum", params: { allowedValues: schema13.properties.provider.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                    vErrors = [err16];
                }
                else {
                    vErrors.push(err16);
                }
                errors++;
            }
        }
        if (data.count !== undefined) {
            let data4 = data.count;
            if (!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))) {
                const err17 = { instancePath: instancePath + "/count", schemaPath: "#/properties/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                    vErrors = [err17];
                }
                else {
                    vErrors.push(err17);
                }
                errors++;
            }
            if ((typeof data4 == "number") && (isFinite(data4))) {
                if (data4 < 0 || isNaN(data4)) {
                    const err18 = { instancePath: instancePath + "/count", schemaPath: "#/properties/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                    if (vErrors === null) {
                        vErrors = [err18];
                    }
                    else {
                        vErrors.push(err18);
                    }
                    errors++;
                }
            }
        }
        if (data.successful !== undefined) {
            let data5 = data.successful;
            if (!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))) {
                const err19 = { instancePath: instancePath + "/successful", schemaPath: "#/properties/successful/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                    vErrors = [err19];
                }
                else {
                    vErrors.push(err19);
                }
                errors++;
            }
            if ((typeof data5 == "number") && (isFinite(data5))) {
                if (data5 < 0 || isNaN(data5)) {
                    const err20 = { instancePath: instancePath + "/successful", schemaPath: "#/properties/successful/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                    if (vErrors === null) {
                        vErrors = [err20];
                    }
                    else {
                        vErrors.push(err20);
                    }
                    errors++;
                }
            }
        }
        if (data.failed !== undefined) {
            let data6 = data.failed;
            if (!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))) {
                const err21 = { instancePath: instancePath + "/failed", schemaPath: "#/properties/failed/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                    vErrors = [err21];
                }
                else {
                    vErrors.push(err21);
                }
                errors++;
            }
            if ((typeof data6 == "number") && (isFinite(data6))) {
                if (data6 < 0 || isNaN(data6)) {
                    const err22 = { instancePath: instancePath + "/failed", schemaPath: "#/properties/failed/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                    if (vErrors === null) {
                        vErrors = [err22];
                    }
                    else {
                        vErrors.push(err22);
                    }
                    errors++;
                }
            }
        }
        if (data.inconclusive !== undefined) {
            let data7 = data.inconclusive;
            if (!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))) {
                const err23 = { instancePath: instancePath + "/inconclusive", schemaPath: "#/properties/inconclusive/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                    vErrors = [err23];
                }
                else {
                    vErrors.push(err23);
                }
                errors++;
            }
            if ((typeof data7 == "number") && (isFinite(data7))) {
                if (data7 < 0 || isNaN(data7)) {
                    const err24 = { instancePath: instancePath + "/inconclusive", schemaPath: "#/properties/inconclusive/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                    if (vErrors === null) {
                        vErrors = [err24];
                    }
                    else {
                        vErrors.push(err24);
                    }
                    errors++;
                }
            }
        }
        if (data.error !== undefined) {
            let data8 = data.error;
            if (!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))) {
                const err25 = { instancePath: instancePath + "/error", schemaPath: "#/properties/error/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                    vErrors = [err25];
                }
                else {
                    vErrors.push(err25);
                }
                errors++;
            }
            if ((typeof data8 == "number") && (isFinite(data8))) {
                if (data8 < 0 || isNaN(data8)) {
                    const err26 = { instancePath: instancePath + "/error", schemaPath: "#/properties/error/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                    if (vErrors === null) {
                        vErrors = [err26];
                    }
                    else {
                        vErrors.push(err26);
                    }
                    errors++;
                }
            }
        }
        if (data.measurements !== undefined) {
            let data9 = data.measurements;
            if (Array.isArray(data9)) {
                if (data9.length > 100) {
                    const err27 = { instancePath: instancePath + "/measurements", schemaPath: "#/properties/measurements/maxItems", keyword: "maxItems", params: { limit: 100 }, message: "must NOT have more than 100 items" };
                    if (vErrors === null) {
                        vErrors = [err27];
                    }
                    else {
                        vErrors.push(err27);
                    }
                    errors++;
                }
                const len0 = data9.length;
                for (let i0 = 0; i0 < len0; i0++) {
                    let data10 = data9[i0];
                    if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
                        if (data10.phase === undefined) {
                            const err28 = { instancePath: instancePath + "/measurements/" + i0, schemaPath: "#/definitions/measurement/required", keyword: "required", params: { missingProperty: "phase" }, message: "must have required property '" + "phase" + "'" };
                            if (vErrors === null) {
                                vErrors = [err28];
                            }
                            else {
                                vErrors.push(err28);
                            }
                            errors++;
                        }
                        if (data10.at === undefined) {
                            const err29 = { instancePath: instancePath + "/measurements/" + i0, schemaPath: "#/definitions/measurement/required", keyword: "required", params: { missingProperty: "at" }, message: "must have required property '" + "at" + "'" };
                            if (vErrors === null) {
                                vErrors = [err29];
                            }
                            else {
                                vErrors.push(err29);
                            }
                            errors++;
                        }
                        if (data10.value === undefined) {
                            const err30 = { instancePath: instancePath + "/measurements/" + i0, schemaPath: "#/definitions/measurement/required", keyword: "required", params: { missingProperty: "value" }, message: "must have required property '" + "value" + "'" };
                            if (vErrors === null) {
                                vErrors = [err30];
                            }
                            else {
                                vErrors.push(err30);
                            }
                            errors++;
                        }
                        for (const key1 in data10) {
                            if (!(((((key1 === "phase") || (key1 === "at")) || (key1 === "value")) || (key1 === "baseline")) || (key1 === "message"))) {
                                const err31 = { instancePath: instancePath + "/measurements/" + i0, schemaPath: "#/definitions/measurement/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
                                if (vErrors === null) {
                                    vErrors = [err31];
                                }
                                else {
                                    vErrors.push(err31);
                                }
                                errors++;
                            }
                        }
                        if (data10.phase !== undefined) {
                            let data11 = data10.phase;
                            if (!((((data11 === "Successful") || (data11 === "Failed")) || (data11 === "Inconclusive")) || (data11 === "Error"))) {
                                const err32 = { instancePath: instancePath + "/measurements/" + i0 + "/phase", schemaPath: "#/definitions/measurement/properties/phase/enum", keyword: "enum", params: { allowedValues: schema14.properties.phase.enum }, message: "must be equal to one of the allowed values" };
                                if (vErrors === null) {
                                    vErrors = [err32];
                                }
                                else {
                                    vErrors.push(err32);
                                }
                                errors++;
                            }
                        }
                        if (data10.at !== undefined) {
                            if (!(typeof data10.at === "string")) {
                                const err33 = { instancePath: instancePath + "/measurements/" + i0 + "/at", schemaPath: "#/definitions/measurement/properties/at/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err33];
                                }
                                else {
                                    vErrors.push(err33);
                                }
                                errors++;
                            }
                        }
                        if (data10.value !== undefined) {
                            let data13 = data10.value;
                            const _errs28 = errors;
                            let valid5 = false;
                            const _errs29 = errors;
                            if (!((typeof data13 == "number") && (isFinite(data13)))) {
                                const err34 = { instancePath: instancePath + "/measurements/" + i0 + "/value", schemaPath: "#/definitions/measurement/properties/value/anyOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                                if (vErrors === null) {
                                    vErrors = [err34];
                                }
                                else {
                                    vErrors.push(err34);
                                }
                                errors++;
                            }
                            var _valid0 = _errs29 === errors;
                            valid5 = valid5 || _valid0;
                            if (!valid5) {
                                const _errs31 = errors;
                                if (data13 !== null) {
                                    const err35 = { instancePath: instancePath + "/measurements/" + i0 + "/value", schemaPath: "#/definitions/measurement/properties/value/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null" };
                                    if (vErrors === null) {
                                        vErrors = [err35];
                                    }
                                    else {
                                        vErrors.push(err35);
                                    }
                                    errors++;
                                }
                                var _valid0 = _errs31 === errors;
                                valid5 = valid5 || _valid0;
                                if (!valid5) {
                                    const _errs33 = errors;
                                    if (Array.isArray(data13)) {
                                        const len1 = data13.length;
                                        for (let i1 = 0; i1 < len1; i1++) {
                                            let data14 = data13[i1];
                                            if ((!((typeof data14 == "number") && (isFinite(data14)))) && (data14 !== null)) {
                                                const err36 = { instancePath: instancePath + "/measurements/" + i0 + "/value/" + i1, schemaPath: "#/definitions/measurement/properties/value/anyOf/2/items/type", keyword: "type", params: { type: schema14.properties.value.anyOf[2].items.type }, message: "must be number,null" };
                                                if (vErrors === null) {
                                                    vErrors = [err36];
                                                }
                                                else {
                                                    vErrors.push(err36);
                                                }
                                                errors++;
                                            }
                                        }
                                    }
                                    else {
                                        const err37 = { instancePath: instancePath + "/measurements/" + i0 + "/value", schemaPath: "#/definitions/measurement/properties/value/anyOf/2/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                        if (vErrors === null) {
                                            vErrors = [err37];
                                        }
                                        else {
                                            vErrors.push(err37);
                                        }
                                        errors++;
                                    }
                                    var _valid0 = _errs33 === errors;
                                    valid5 = valid5 || _valid0;
                                }
                            }
                            if (!valid5) {
                                const err38 = { instancePath: instancePath + "/measurements/" + i0 + "/value", schemaPath: "#/definitions/measurement/properties/value/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                                if (vErrors === null) {
                                    vErrors = [err38];
                                }
                                else {
                                    vErrors.push(err38);
                                }
                                errors++;
                            }
                            else {
                                errors = _errs28;
                                if (vErrors !== null) {
                                    if (_errs28) {
                                        vErrors.length = _errs28;
                                    }
                                    else {
                                        vErrors = null;
                                    }
                                }
                            }
                        }
                        if (data10.baseline !== undefined) {
                            let data15 = data10.baseline;
                            if ((!((typeof data15 == "number") && (isFinite(data15)))) && (data15 !== null)) {
                                const err39 = { instancePath: instancePath + "/measurements/" + i0 + "/baseline", schemaPath: "#/definitions/measurement/properties/baseline/type", keyword: "type", params: { type: schema14.properties.baseline.type }, message: "must be number,null" };
                                if (vErrors === null) {
                                    vErrors = [err39];
                                }
                                else {
                                    vErrors.push(err39);
                                }
                                errors++;
                            }
                        }
                        if (data10.message !== undefined) {
                            if (typeof data10.message !== "string") {
                                const err40 = { instancePath: instancePath + "/measurements/" + i0 + "/message", schemaPath: "#/definitions/measurement/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err40];
                                }
                                else {
                                    vErrors.push(err40);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err41 = { instancePath: instancePath + "/measurements/" + i0, schemaPath: "#/definitions/measurement/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                            vErrors = [err41];
                        }
                        else {
                            vErrors.push(err41);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err42 = { instancePath: instancePath + "/measurements", schemaPath: "#/properties/measurements/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                    vErrors = [err42];
                }
                else {
                    vErrors.push(err42);
                }
                errors++;
            }
        }
        if (data.compare !== undefined) {
            let data17 = data.compare;
            if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
                if (data17.verdict === undefined) {
                    const err43 = { instancePath: instancePath + "/compare", schemaPath: "#/definitions/compare/required", keyword: "required", params: { missingProperty: "verdict" }, message: "must have required property '" + "verdict" + "'" };
                    if (vErrors === null) {
                        vErrors = [err43];
                    }
                    else {
                        vErrors.push(err43);
                    }
                    errors++;
                }
                if (data17.canary === undefined) {
                    const err44 = { instancePath: instancePath + "/compare", schemaPath: "#/definitions/compare/required", keyword: "required", params: { missingProperty: "canary" }, message: "must have required property '" + "canary" + "'" };
                    if (vErrors === null) {
                        vErrors = [err44];
                    }
                    else {
                        vErrors.push(err44);
                    }
                    errors++;
                }
                if (data17.baseline === undefined) {
                    const err45 = { instancePath: instancePath + "/compare", schemaPath: "#/definitions/compare/required", keyword: "required", params: { missingProperty: "baseline" }, message: "must have required property '" + "baseline" + "'" };
                    if (vErrors === null) {
                        vErrors = [err45];
                    }
                    else {
                        vErrors.push(err45);
                    }
                    errors++;
                }
                if (data17.canaryMedian === undefined) {
                    const err46 = { instancePath: instancePath + "/compare", schemaPath: "#/definitions/compare/required", keyword: "required", params: { missingProperty: "canaryMedian" }, message: "must have required property '" + "canaryMedian" + "'" };
                    if (vErrors === null) {
                        vErrors = [err46];
                    }
                    else {
                        vErrors.push(err46);
                    }
                    errors++;
                }
                if (data17.baselineMedian === undefined) {
                    const err47 = { instancePath: instancePath + "/compare", schemaPath: "#/definitions/compare/required", keyword: "required", params: { missingProperty: "baselineMedian" }, message: "must have required property '" + "baselineMedian" + "'" };
                    if (vErrors === null) {
                        vErrors = [err47];
                    }
                    else {
                        vErrors.push(err47);
                    }
                    errors++;
                }
                if (data17.changePct === undefined) {
                    const err48 = { instancePath: instancePath + "/compare", schemaPath: "#/definitions/compare/required", keyword: "required", params: { missingProperty: "changePct" }, message: "must have required property '" + "changePct" + "'" };
                    if (vErrors === null) {
                        vErrors = [err48];
                    }
                    else {
                        vErrors.push(err48);
                    }
                    errors++;
                }
                if (data17.u === undefined) {
                    const err49 = { instancePath: instancePath + "/compare", schemaPath: "#/definitions/compare/required", keyword: "required", params: { missingProperty: "u" }, message: "must have required property '" + "u" + "'" };
                    if (vErrors === null) {
                        vErrors = [err49];
                    }
                    else {
                        vErrors.push(err49);
                    }
                    errors++;
                }
                if (data17.pValue === undefined) {
                    const err50 = { instancePath: instancePath + "/compare", schemaPath: "#/definitions/compare/required", keyword: "required", params: { missingProperty: "pValue" }, message: "must have required property '" + "pValue" + "'" };
                    if (vErrors === null) {
                        vErrors = [err50];
                    }
                    else {
                        vErrors.push(err50);
                    }
                    errors++;
                }
                if (data17.tolerancePct === undefined) {
                    const err51 = { instancePath: instancePath + "/compare", schemaPath: "#/definitions/compare/required", keyword: "required", params: { missingProperty: "tolerancePct" }, message: "must have required property '" + "tolerancePct" + "'" };
                    if (vErrors === null) {
                        vErrors = [err51];
                    }
                    else {
                        vErrors.push(err51);
                    }
                    errors++;
                }
                if (data17.confidence === undefined) {
                    const err52 = { instancePath: instancePath + "/compare", schemaPath: "#/definitions/compare/required", keyword: "required", params: { missingProperty: "confidence" }, message: "must have required property '" + "confidence" + "'" };
                    if (vErrors === null) {
                        vErrors = [err52];
                    }
                    else {
                        vErrors.push(err52);
                    }
                    errors++;
                }
                if (data17.detail === undefined) {
                    const err53 = { instancePath: instancePath + "/compare", schemaPath: "#/definitions/compare/required", keyword: "required", params: { missingProperty: "detail" }, message: "must have required property '" + "detail" + "'" };
                    if (vErrors === null) {
                        vErrors = [err53];
                    }
                    else {
                        vErrors.push(err53);
                    }
                    errors++;
                }
                for (const key2 in data17) {
                    if (!(analysis_report_validate_func2.call(schema15.properties, key2))) {
                        const err54 = { instancePath: instancePath + "/compare", schemaPath: "#/definitions/compare/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
                        if (vErrors === null) {
                            vErrors = [err54];
                        }
                        else {
                            vErrors.push(err54);
                        }
                        errors++;
                    }
                }
                if (data17.verdict !== undefined) {
                    let data18 = data17.verdict;
                    if (!(((data18 === "pass") || (data18 === "fail")) || (data18 === "inconclusive"))) {
                        const err55 = { instancePath: instancePath + "/compare/verdict", schemaPath: "#/definitions/compare/properties/verdict/enum", keyword: "enum", params: { allowedValues: schema15.properties.verdict.enum }, message: "must be equal to one of the allowed values" };
                        if (vErrors === null) {
                            vErrors = [err55];
                        }
                        else {
                            vErrors.push(err55);
                        }
                        errors++;
                    }
                }
                if (data17.canary !== undefined) {
                    let data19 = data17.canary;
                    if (Array.isArray(data19)) {
                        const len2 = data19.length;
                        for (let i2 = 0; i2 < len2; i2++) {
                            let data20 = data19[i2];
                            if (!((typeof data20 == "number") && (isFinite(data20)))) {
                                const err56 = { instancePath: instancePath + "/compare/canary/" + i2, schemaPath: "#/definitions/compare/properties/canary/items/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                                if (vErrors === null) {
                                    vErrors = [err56];
                                }
                                else {
                                    vErrors.push(err56);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err57 = { instancePath: instancePath + "/compare/canary", schemaPath: "#/definitions/compare/properties/canary/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                        if (vErrors === null) {
                            vErrors = [err57];
                        }
                        else {
                            vErrors.push(err57);
                        }
                        errors++;
                    }
                }
                if (data17.baseline !== undefined) {
                    let data21 = data17.baseline;
                    if (Array.isArray(data21)) {
                        const len3 = data21.length;
                        for (let i3 = 0; i3 < len3; i3++) {
                            let data22 = data21[i3];
                            if (!((typeof data22 == "number") && (isFinite(data22)))) {
                                const err58 = { instancePath: instancePath + "/compare/baseline/" + i3, schemaPath: "#/definitions/compare/properties/baseline/items/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                                if (vErrors === null) {
                                    vErrors = [err58];
                                }
                                else {
                                    vErrors.push(err58);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err59 = { instancePath: instancePath + "/compare/baseline", schemaPath: "#/definitions/compare/properties/baseline/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                        if (vErrors === null) {
                            vErrors = [err59];
                        }
                        else {
                            vErrors.push(err59);
                        }
                        errors++;
                    }
                }
                if (data17.canaryMedian !== undefined) {
                    let data23 = data17.canaryMedian;
                    if ((!((typeof data23 == "number") && (isFinite(data23)))) && (data23 !== null)) {
                        const err60 = { instancePath: instancePath + "/compare/canaryMedian", schemaPath: "#/definitions/compare/properties/canaryMedian/type", keyword: "type", params: { type: schema15.properties.canaryMedian.type }, message: "must be number,null" };
                        if (vErrors === null) {
                            vErrors = [err60];
                        }
                        else {
                            vErrors.push(err60);
                        }
                        errors++;
                    }
                }
                if (data17.baselineMedian !== undefined) {
                    let data24 = data17.baselineMedian;
                    if ((!((typeof data24 == "number") && (isFinite(data24)))) && (data24 !== null)) {
                        const err61 = { instancePath: instancePath + "/compare/baselineMedian", schemaPath: "#/definitions/compare/properties/baselineMedian/type", keyword: "type", params: { type: schema15.properties.baselineMedian.type }, message: "must be number,null" };
                        if (vErrors === null) {
                            vErrors = [err61];
                        }
                        else {
                            vErrors.push(err61);
                        }
                        errors++;
                    }
                }
                if (data17.changePct !== undefined) {
                    let data25 = data17.changePct;
                    if ((!((typeof data25 == "number") && (isFinite(data25)))) && (data25 !== null)) {
                        const err62 = { instancePath: instancePath + "/compare/changePct", schemaPath: "#/definitions/compare/properties/changePct/type", keyword: "type", params: { type: schema15.properties.changePct.type }, message: "must be number,null" };
                        if (vErrors === null) {
                            vErrors = [err62];
                        }
                        else {
                            vErrors.push(err62);
                        }
                        errors++;
                    }
                }
                if (data17.u !== undefined) {
                    let data26 = data17.u;
                    if ((!((typeof data26 == "number") && (isFinite(data26)))) && (data26 !== null)) {
                        const err63 = { instancePath: instancePath + "/compare/u", schemaPath: "#/definitions/compare/properties/u/type", keyword: "type", params: { type: schema15.properties.u.type }, message: "must be number,null" };
                        if (vErrors === null) {
                            vErrors = [err63];
                        }
                        else {
                            vErrors.push(err63);
                        }
                        errors++;
                    }
                }
                if (data17.pValue !== undefined) {
                    let data27 = data17.pValue;
                    if ((!((typeof data27 == "number") && (isFinite(data27)))) && (data27 !== null)) {
                        const err64 = { instancePath: instancePath + "/compare/pValue", schemaPath: "#/definitions/compare/properties/pValue/type", keyword: "type", params: { type: schema15.properties.pValue.type }, message: "must be number,null" };
                        if (vErrors === null) {
                            vErrors = [err64];
                        }
                        else {
                            vErrors.push(err64);
                        }
                        errors++;
                    }
                }
                if (data17.tolerancePct !== undefined) {
                    let data28 = data17.tolerancePct;
                    if (!((typeof data28 == "number") && (isFinite(data28)))) {
                        const err65 = { instancePath: instancePath + "/compare/tolerancePct", schemaPath: "#/definitions/compare/properties/tolerancePct/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                        if (vErrors === null) {
                            vErrors = [err65];
                        }
                        else {
                            vErrors.push(err65);
                        }
                        errors++;
                    }
                }
                if (data17.confidence !== undefined) {
                    let data29 = data17.confidence;
                    if (!((typeof data29 == "number") && (isFinite(data29)))) {
                        const err66 = { instancePath: instancePath + "/compare/confidence", schemaPath: "#/definitions/compare/properties/confidence/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                        if (vErrors === null) {
                            vErrors = [err66];
                        }
                        else {
                            vErrors.push(err66);
                        }
                        errors++;
                    }
                }
                if (data17.detail !== undefined) {
                    if (typeof data17.detail !== "string") {
                        const err67 = { instancePath: instancePath + "/compare/detail", schemaPath: "#/definitions/compare/properties/detail/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                            vErrors = [err67];
                        }
                        else {
                            vErrors.push(err67);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err68 = { instancePath: instancePath + "/compare", schemaPath: "#/definitions/compare/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                    vErrors = [err68];
                }
                else {
                    vErrors.push(err68);
                }
                errors++;
            }
        }
        if (data.gate !== undefined) {
            let data31 = data.gate;
            if (!((data31 === "error_rate") || (data31 === "p95_ms"))) {
                const err69 = { instancePath: instancePath + "/gate", schemaPath: "#/properties/gate/enum", keyword: "enum", params: { allowedValues: schema13.properties.gate.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                    vErrors = [err69];
                }
                else {
                    vErrors.push(err69);
                }
                errors++;
            }
        }
        if (data.dryRun !== undefined) {
            if (typeof data.dryRun !== "boolean") {
                const err70 = { instancePath: instancePath + "/dryRun", schemaPath: "#/properties/dryRun/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                    vErrors = [err70];
                }
                else {
                    vErrors.push(err70);
                }
                errors++;
            }
        }
        if (data.message !== undefined) {
            if (typeof data.message !== "string") {
                const err71 = { instancePath: instancePath + "/message", schemaPath: "#/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err71];
                }
                else {
                    vErrors.push(err71);
                }
                errors++;
            }
        }
    }
    else {
        const err72 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
            vErrors = [err72];
        }
        else {
            vErrors.push(err72);
        }
        errors++;
    }
    validate12.errors = vErrors;
    return errors === 0;
}
const schema16 = { "type": "object", "additionalProperties": false, "required": ["address", "matchers", "firing", "checks", "errors"], "properties": { "address": { "type": "string" }, "matchers": { "type": "array", "items": { "type": "string" } }, "firing": { "type": "array", "items": { "$ref": "#/definitions/alert" } }, "checks": { "type": "integer", "minimum": 0 }, "errors": { "type": "integer", "minimum": 0 }, "lastError": { "type": "string" } } };
const schema17 = { "type": "object", "additionalProperties": false, "required": ["name", "labels", "startsAt", "fingerprint"], "properties": { "name": { "type": "string" }, "labels": { "type": "object", "additionalProperties": { "type": "string" } }, "startsAt": { "type": "string" }, "summary": { "type": "string" }, "fingerprint": { "type": "string" } } };
function validate14(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.address === undefined) {
            const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "address" }, message: "must have required property '" + "address" + "'" };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
        if (data.matchers === undefined) {
            const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "matchers" }, message: "must have required property '" + "matchers" + "'" };
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
        if (data.firing === undefined) {
            const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "firing" }, message: "must have required property '" + "firing" + "'" };
            if (vErrors === null) {
                vErrors = [err2];
            }
            else {
                vErrors.push(err2);
            }
            errors++;
        }
        if (data.checks === undefined) {
            const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "checks" }, message: "must have required property '" + "checks" + "'" };
            if (vErrors === null) {
                vErrors = [err3];
            }
            else {
                vErrors.push(err3);
            }
            errors++;
        }
        if (data.errors === undefined) {
            const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "errors" }, message: "must have required property '" + "errors" + "'" };
            if (vErrors === null) {
                vErrors = [err4];
            }
            else {
                vErrors.push(err4);
            }
            errors++;
        }
        for (const key0 in data) {
            if (!((((((key0 === "address") || (key0 === "matchers")) || (key0 === "firing")) || (key0 === "checks")) || (key0 === "errors")) || (key0 === "lastError"))) {
                const err5 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                    vErrors = [err5];
                }
                else {
                    vErrors.push(err5);
                }
                errors++;
            }
        }
        if (data.address !== undefined) {
            if (typeof data.address !== "string") {
                const err6 = { instancePath: instancePath + "/address", schemaPath: "#/properties/address/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err6];
                }
                else {
                    vErrors.push(err6);
                }
                errors++;
            }
        }
        if (data.matchers !== undefined) {
            let data1 = data.matchers;
            if (Array.isArray(data1)) {
                const len0 = data1.length;
                for (let i0 = 0; i0 < len0; i0++) {
                    if (typeof data1[i0] !== "string") {
                        const err7 = { instancePath: instancePath + "/matchers/" + i0, schemaPath: "#/properties/matchers/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                            vErrors = [err7];
                        }
                        else {
                            vErrors.push(err7);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err8 = { instancePath: instancePath + "/matchers", schemaPath: "#/properties/matchers/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                    vErrors = [err8];
                }
                else {
                    vErrors.push(err8);
                }
                errors++;
            }
        }
        if (data.firing !== undefined) {
            let data3 = data.firing;
            if (Array.isArray(data3)) {
                const len1 = data3.length;
                for (let i1 = 0; i1 < len1; i1++) {
                    let data4 = data3[i1];
                    if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
                        if (data4.name === undefined) {
                            const err9 = { instancePath: instancePath + "/firing/" + i1, schemaPath: "#/definitions/alert/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property '" + "name" + "'" };
                            if (vErrors === null) {
                                vErrors = [err9];
                            }
                            else {
                                vErrors.push(err9);
                            }
                            errors++;
                        }
                        if (data4.labels === undefined) {
                            const err10 = { instancePath: instancePath + "/firing/" + i1, schemaPath: "#/definitions/alert/required", keyword: "required", params: { missingProperty: "labels" }, message: "must have required property '" + "labels" + "'" };
                            if (vErrors === null) {
                                vErrors = [err10];
                            }
                            else {
                                vErrors.push(err10);
                            }
                            errors++;
                        }
                        if (data4.startsAt === undefined) {
                            const err11 = { instancePath: instancePath + "/firing/" + i1, schemaPath: "#/definitions/alert/required", keyword: "required", params: { missingProperty: "startsAt" }, message: "must have required property '" + "startsAt" + "'" };
                            if (vErrors === null) {
                                vErrors = [err11];
                            }
                            else {
                                vErrors.push(err11);
                            }
                            errors++;
                        }
                        if (data4.fingerprint === undefined) {
                            const err12 = { instancePath: instancePath + "/firing/" + i1, schemaPath: "#/definitions/alert/required", keyword: "required", params: { missingProperty: "fingerprint" }, message: "must have required property '" + "fingerprint" + "'" };
                            if (vErrors === null) {
                                vErrors = [err12];
                            }
                            else {
                                vErrors.push(err12);
                            }
                            errors++;
                        }
                        for (const key1 in data4) {
                            if (!(((((key1 === "name") || (key1 === "labels")) || (key1 === "startsAt")) || (key1 === "summary")) || (key1 === "fingerprint"))) {
                                const err13 = { instancePath: instancePath + "/firing/" + i1, schemaPath: "#/definitions/alert/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
                                if (vErrors === null) {
                                    vErrors = [err13];
                                }
                                else {
                                    vErrors.push(err13);
                                }
                                errors++;
                            }
                        }
                        if (data4.name !== undefined) {
                            if (typeof data4.name !== "string") {
                                const err14 = { instancePath: instancePath + "/firing/" + i1 + "/name", schemaPath: "#/definitions/alert/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err14];
                                }
                                else {
                                    vErrors.push(err14);
                                }
                                errors++;
                            }
                        }
                        if (data4.labels !== undefined) {
                            let data6 = data4.labels;
                            if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
                                for (const key2 in data6) {
                                    if (typeof data6[key2] !== "string") {
                                        const err15 = { instancePath: instancePath + "/firing/" + i1 + "/labels/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/alert/properties/labels/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                        if (vErrors === null) {
                                            vErrors = [err15];
                                        }
                                        else {
                                            vErrors.push(err15);
                                        }
                                        errors++;
                                    }
                                }
                            }
                            else {
                                const err16 = { instancePath: instancePath + "/firing/" + i1 + "/labels", schemaPath: "#/definitions/alert/properties/labels/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                if (vErrors === null) {
                                    vErrors = [err16];
                                }
                                else {
                                    vErrors.push(err16);
                                }
                                errors++;
                            }
                        }
                        if (data4.startsAt !== undefined) {
                            if (typeof data4.startsAt !== "string") {
                                const err17 = { instancePath: instancePath + "/firing/" + i1 + "/startsAt", schemaPath: "#/definitions/alert/properties/startsAt/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err17];
                                }
                                else {
                                    vErrors.push(err17);
                                }
                                errors++;
                            }
                        }
                        if (data4.summary !== undefined) {
                            if (typeof data4.summary !== "string") {
                                const err18 = { instancePath: instancePath + "/firing/" + i1 + "/summary", schemaPath: "#/definitions/alert/properties/summary/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err18];
                                }
                                else {
                                    vErrors.push(err18);
                                }
                                errors++;
                            }
                        }
                        if (data4.fingerprint !== undefined) {
                            if (typeof data4.fingerprint !== "string") {
                                const err19 = { instancePath: instancePath + "/firing/" + i1 + "/fingerprint", schemaPath: "#/definitions/alert/properties/fingerprint/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err19];
                                }
                                else {
                                    vErrors.push(err19);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err20 = { instancePath: instancePath + "/firing/" + i1, schemaPath: "#/definitions/alert/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                            vErrors = [err20];
                        }
                        else {
                            vErrors.push(err20);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err21 = { instancePath: instancePath + "/firing", schemaPath: "#/properties/firing/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                    vErrors = [err21];
                }
                else {
                    vErrors.push(err21);
                }
                errors++;
            }
        }
        if (data.checks !== undefined) {
            let data11 = data.checks;
            if (!(((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11))) && (isFinite(data11)))) {
                const err22 = { instancePath: instancePath + "/checks", schemaPath: "#/properties/checks/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                    vErrors = [err22];
                }
                else {
                    vErrors.push(err22);
                }
                errors++;
            }
            if ((typeof data11 == "number") && (isFinite(data11))) {
                if (data11 < 0 || isNaN(data11)) {
                    const err23 = { instancePath: instancePath + "/checks", schemaPath: "#/properties/checks/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                    if (vErrors === null) {
                        vErrors = [err23];
                    }
                    else {
                        vErrors.push(err23);
                    }
                    errors++;
                }
            }
        }
        if (data.errors !== undefined) {
            let data12 = data.errors;
            if (!(((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12))) && (isFinite(data12)))) {
                const err24 = { instancePath: instancePath + "/errors", schemaPath: "#/properties/errors/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                    vErrors = [err24];
                }
                else {
                    vErrors.push(err24);
                }
                errors++;
            }
            if ((typeof data12 == "number") && (isFinite(data12))) {
                if (data12 < 0 || isNaN(data12)) {
                    const err25 = { instancePath: instancePath + "/errors", schemaPath: "#/properties/errors/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                    if (vErrors === null) {
                        vErrors = [err25];
                    }
                    else {
                        vErrors.push(err25);
                    }
                    errors++;
                }
            }
        }
        if (data.lastError !== undefined) {
            if (typeof data.lastError !== "string") {
                const err26 = { instancePath: instancePath + "/lastError", schemaPath: "#/properties/lastError/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err26];
                }
                else {
                    vErrors.push(err26);
                }
                errors++;
            }
        }
    }
    else {
        const err27 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
            vErrors = [err27];
        }
        else {
            vErrors.push(err27);
        }
        errors++;
    }
    validate14.errors = vErrors;
    return errors === 0;
}
function validate11(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.stage === undefined) {
            const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "stage" }, message: "must have required property '" + "stage" + "'" };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
        if (data.source === undefined) {
            const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "source" }, message: "must have required property '" + "source" + "'" };
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
        if (data.startedAt === undefined) {
            const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "startedAt" }, message: "must have required property '" + "startedAt" + "'" };
            if (vErrors === null) {
                vErrors = [err2];
            }
            else {
                vErrors.push(err2);
            }
            errors++;
        }
        if (data.finishedAt === undefined) {
            const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "finishedAt" }, message: "must have required property '" + "finishedAt" + "'" };
            if (vErrors === null) {
                vErrors = [err3];
            }
            else {
                vErrors.push(err3);
            }
            errors++;
        }
        if (data.phase === undefined) {
            const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "phase" }, message: "must have required property '" + "phase" + "'" };
            if (vErrors === null) {
                vErrors = [err4];
            }
            else {
                vErrors.push(err4);
            }
            errors++;
        }
        if (data.message === undefined) {
            const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "message" }, message: "must have required property '" + "message" + "'" };
            if (vErrors === null) {
                vErrors = [err5];
            }
            else {
                vErrors.push(err5);
            }
            errors++;
        }
        if (data.args === undefined) {
            const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "args" }, message: "must have required property '" + "args" + "'" };
            if (vErrors === null) {
                vErrors = [err6];
            }
            else {
                vErrors.push(err6);
            }
            errors++;
        }
        if (data.metrics === undefined) {
            const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "metrics" }, message: "must have required property '" + "metrics" + "'" };
            if (vErrors === null) {
                vErrors = [err7];
            }
            else {
                vErrors.push(err7);
            }
            errors++;
        }
        for (const key0 in data) {
            if (!(analysis_report_validate_func2.call(analysis_report_validate_schema12.properties, key0))) {
                const err8 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                    vErrors = [err8];
                }
                else {
                    vErrors.push(err8);
                }
                errors++;
            }
        }
        if (data.stage !== undefined) {
            if (typeof data.stage !== "string") {
                const err9 = { instancePath: instancePath + "/stage", schemaPath: "#/properties/stage/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err9];
                }
                else {
                    vErrors.push(err9);
                }
                errors++;
            }
        }
        if (data.source !== undefined) {
            if (typeof data.source !== "string") {
                const err10 = { instancePath: instancePath + "/source", schemaPath: "#/properties/source/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err10];
                }
                else {
                    vErrors.push(err10);
                }
                errors++;
            }
        }
        if (data.startedAt !== undefined) {
            if (!(typeof data.startedAt === "string")) {
                const err11 = { instancePath: instancePath + "/startedAt", schemaPath: "#/properties/startedAt/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err11];
                }
                else {
                    vErrors.push(err11);
                }
                errors++;
            }
        }
        if (data.finishedAt !== undefined) {
            if (!(typeof data.finishedAt === "string")) {
                const err12 = { instancePath: instancePath + "/finishedAt", schemaPath: "#/properties/finishedAt/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err12];
                }
                else {
                    vErrors.push(err12);
                }
                errors++;
            }
        }
        if (data.phase !== undefined) {
            let data4 = data.phase;
            if (!(((data4 === "Successful") || (data4 === "Failed")) || (data4 === "Inconclusive"))) {
                const err13 = { instancePath: instancePath + "/phase", schemaPath: "#/properties/phase/enum", keyword: "enum", params: { allowedValues: analysis_report_validate_schema12.properties.phase.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                    vErrors = [err13];
                }
                else {
                    vErrors.push(err13);
                }
                errors++;
            }
        }
        if (data.message !== undefined) {
            if (typeof data.message !== "string") {
                const err14 = { instancePath: instancePath + "/message", schemaPath: "#/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err14];
                }
                else {
                    vErrors.push(err14);
                }
                errors++;
            }
        }
        if (data.decision !== undefined) {
            let data6 = data.decision;
            if (!((((data6 === "promote") || (data6 === "rollback")) || (data6 === "stop")) || (data6 === "pass"))) {
                const err15 = { instancePath: instancePath + "/decision", schemaPath: "#/properties/decision/enum", keyword: "enum", params: { allowedValues: analysis_report_validate_schema12.properties.decision.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                    vErrors = [err15];
                }
                else {
                    vErrors.push(err15);
                }
                errors++;
            }
        }
        if (data.args !== undefined) {
            let data7 = data.args;
            if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
                for (const key1 in data7) {
                    if (typeof data7[key1] !== "string") {
                        const err16 = { instancePath: instancePath + "/args/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/args/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                            vErrors = [err16];
                        }
                        else {
                            vErrors.push(err16);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err17 = { instancePath: instancePath + "/args", schemaPath: "#/properties/args/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                    vErrors = [err17];
                }
                else {
                    vErrors.push(err17);
                }
                errors++;
            }
        }
        if (data.metrics !== undefined) {
            let data9 = data.metrics;
            if (Array.isArray(data9)) {
                const len0 = data9.length;
                for (let i0 = 0; i0 < len0; i0++) {
                    if (!(validate12(data9[i0], { instancePath: instancePath + "/metrics/" + i0, parentData: data9, parentDataProperty: i0, rootData }))) {
                        vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
                        errors = vErrors.length;
                    }
                }
            }
            else {
                const err18 = { instancePath: instancePath + "/metrics", schemaPath: "#/properties/metrics/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                    vErrors = [err18];
                }
                else {
                    vErrors.push(err18);
                }
                errors++;
            }
        }
        if (data.alerts !== undefined) {
            if (!(validate14(data.alerts, { instancePath: instancePath + "/alerts", parentData: data, parentDataProperty: "alerts", rootData }))) {
                vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);
                errors = vErrors.length;
            }
        }
    }
    else {
        const err19 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
            vErrors = [err19];
        }
        else {
            vErrors.push(err19);
        }
        errors++;
    }
    validate11.errors = vErrors;
    return errors === 0;
}
function analysis_report_validate_validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    /*# sourceURL="https://github.com/phase-gates/phase-gates/schemas/analysis-report.schema.json" */ ;
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.schema === undefined) {
            const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "schema" }, message: "must have required property '" + "schema" + "'" };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
        if (data.environment === undefined) {
            const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "environment" }, message: "must have required property '" + "environment" + "'" };
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
        if (data.version === undefined) {
            const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property '" + "version" + "'" };
            if (vErrors === null) {
                vErrors = [err2];
            }
            else {
                vErrors.push(err2);
            }
            errors++;
        }
        if (data.deploymentId === undefined) {
            const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "deploymentId" }, message: "must have required property '" + "deploymentId" + "'" };
            if (vErrors === null) {
                vErrors = [err3];
            }
            else {
                vErrors.push(err3);
            }
            errors++;
        }
        if (data.updatedAt === undefined) {
            const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "updatedAt" }, message: "must have required property '" + "updatedAt" + "'" };
            if (vErrors === null) {
                vErrors = [err4];
            }
            else {
                vErrors.push(err4);
            }
            errors++;
        }
        if (data.runs === undefined) {
            const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "runs" }, message: "must have required property '" + "runs" + "'" };
            if (vErrors === null) {
                vErrors = [err5];
            }
            else {
                vErrors.push(err5);
            }
            errors++;
        }
        for (const key0 in data) {
            if (!((((((key0 === "schema") || (key0 === "environment")) || (key0 === "version")) || (key0 === "deploymentId")) || (key0 === "updatedAt")) || (key0 === "runs"))) {
                const err6 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                    vErrors = [err6];
                }
                else {
                    vErrors.push(err6);
                }
                errors++;
            }
        }
        if (data.schema !== undefined) {
            if ("phase-gates/analysis-report@1" !== data.schema) {
                const err7 = { instancePath: instancePath + "/schema", schemaPath: "#/properties/schema/const", keyword: "const", params: { allowedValue: "phase-gates/analysis-report@1" }, message: "must be equal to constant" };
                if (vErrors === null) {
                    vErrors = [err7];
                }
                else {
                    vErrors.push(err7);
                }
                errors++;
            }
        }
        if (data.environment !== undefined) {
            let data1 = data.environment;
            if ((typeof data1 !== "string") && (data1 !== null)) {
                const err8 = { instancePath: instancePath + "/environment", schemaPath: "#/properties/environment/type", keyword: "type", params: { type: analysis_report_validate_schema11.properties.environment.type }, message: "must be string,null" };
                if (vErrors === null) {
                    vErrors = [err8];
                }
                else {
                    vErrors.push(err8);
                }
                errors++;
            }
        }
        if (data.version !== undefined) {
            let data2 = data.version;
            if ((typeof data2 !== "string") && (data2 !== null)) {
                const err9 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/type", keyword: "type", params: { type: analysis_report_validate_schema11.properties.version.type }, message: "must be string,null" };
                if (vErrors === null) {
                    vErrors = [err9];
                }
                else {
                    vErrors.push(err9);
                }
                errors++;
            }
        }
        if (data.deploymentId !== undefined) {
            let data3 = data.deploymentId;
            if ((typeof data3 !== "string") && (data3 !== null)) {
                const err10 = { instancePath: instancePath + "/deploymentId", schemaPath: "#/properties/deploymentId/type", keyword: "type", params: { type: analysis_report_validate_schema11.properties.deploymentId.type }, message: "must be string,null" };
                if (vErrors === null) {
                    vErrors = [err10];
                }
                else {
                    vErrors.push(err10);
                }
                errors++;
            }
        }
        if (data.updatedAt !== undefined) {
            if (!(typeof data.updatedAt === "string")) {
                const err11 = { instancePath: instancePath + "/updatedAt", schemaPath: "#/properties/updatedAt/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err11];
                }
                else {
                    vErrors.push(err11);
                }
                errors++;
            }
        }
        if (data.runs !== undefined) {
            let data5 = data.runs;
            if (Array.isArray(data5)) {
                if (data5.length > 100) {
                    const err12 = { instancePath: instancePath + "/runs", schemaPath: "#/properties/runs/maxItems", keyword: "maxItems", params: { limit: 100 }, message: "must NOT have more than 100 items" };
                    if (vErrors === null) {
                        vErrors = [err12];
                    }
                    else {
                        vErrors.push(err12);
                    }
                    errors++;
                }
                const len0 = data5.length;
                for (let i0 = 0; i0 < len0; i0++) {
                    if (!(validate11(data5[i0], { instancePath: instancePath + "/runs/" + i0, parentData: data5, parentDataProperty: i0, rootData }))) {
                        vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
                        errors = vErrors.length;
                    }
                }
            }
            else {
                const err13 = { instancePath: instancePath + "/runs", schemaPath: "#/properties/runs/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                    vErrors = [err13];
                }
                else {
                    vErrors.push(err13);
                }
                errors++;
            }
        }
    }
    else {
        const err14 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
            vErrors = [err14];
        }
        else {
            vErrors.push(err14);
        }
        errors++;
    }
    analysis_report_validate_validate10.errors = vErrors;
    return errors === 0;
}

;// CONCATENATED MODULE: ./.build/src/core/schemas.js
/**
 * The JSON Schemas of our reports (files in schemas/ for users), checked before a report is
 * written. The validators are compiled by ajv ahead of time (scripts/gen-validators.mjs), so that
 * no action pays for schema compilation at start-up.
 */



const VALIDATORS = {
    'gates-report': gates_report_validate,
    'smoke-report': smoke_report_validate,
    'analysis-report': analysis_report_validate
};
/** Validation messages for `data` against one of our schemas; empty when it is valid. */
function schemaErrors(name, data) {
    const validate = VALIDATORS[name];
    if (validate(data))
        return [];
    return (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? 'is invalid'}`);
}
/** Throws an internal error when a report we are about to write breaks its own schema: a bug. */
function assertSchema(name, data) {
    const errors = schemaErrors(name, data);
    if (errors.length)
        throw new Error(`internal: ${name} does not match its schema: ${errors.join('; ')}`);
}


/***/ }),

/***/ 6161:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ didYouMean),
/* harmony export */   p: () => (/* binding */ nearest)
/* harmony export */ });
/**
 * "Did you mean" hints for names a user typed: rule inputs, gate metrics, command-line flags and
 * commands share one measure of a near miss.
 */
/** The candidate closest to `name` when it is a near miss (a typo), else undefined. */
function nearest(name, candidates) {
    let best;
    let bestDistance = Infinity;
    for (const c of candidates) {
        const d = distance(name.toLowerCase(), c.toLowerCase());
        if (d < bestDistance) {
            best = c;
            bestDistance = d;
        }
    }
    const limit = Math.max(1, Math.floor(name.length / 3));
    return best !== undefined && bestDistance <= Math.min(limit, 3) ? best : undefined;
}
/** ` (did you mean "x"?)` for a near miss of `name` among `candidates`, else an empty string. */
function didYouMean(name, candidates) {
    const best = nearest(name, candidates);
    return best !== undefined ? ` (did you mean "${best}"?)` : '';
}
/**
 * Optimal string alignment distance: Levenshtein plus adjacent transpositions as one edit, since
 * `buidl` for `build` is the commonest typo there is.
 */
function distance(a, b) {
    if (a === b)
        return 0;
    const rows = [Array.from({ length: b.length + 1 }, (_, j) => j)];
    for (let i = 1; i <= a.length; i++) {
        const cur = [i];
        for (let j = 1; j <= b.length; j++) {
            let d = Math.min(rows[i - 1][j] + 1, cur[j - 1] + 1, rows[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
                d = Math.min(d, rows[i - 2][j - 2] + 1);
            cur[j] = d;
        }
        rows.push(cur);
    }
    return rows[a.length][b.length];
}


/***/ }),

/***/ 9147:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y8: () => (/* binding */ YAML_BOUNDS),
/* harmony export */   jT: () => (/* binding */ oversizeProblem),
/* harmony export */   jt: () => (/* binding */ checkYamlBounds)
/* harmony export */ });
/* unused harmony exports MAX_YAML_DEPTH, MAX_YAML_ALIASES, MAX_WORKFLOW_NODES, sizeMessage, yamlBoundsProblem */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8815);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6512);
/**
 * Bounds on every YAML text phase-gates parses, checked before the parse in one pass of `yaml`'s
 * own Lexer (linear in the text, constant memory beyond a stack of indentation columns): its size,
 * how deeply it nests (flow brackets and block indentation levels together), how many nodes and
 * how many aliases it holds. The composer and the converters behind it are not linear on hostile
 * shapes (1 KB of `{` lines alone takes minutes and gigabytes through `parseDocument` and
 * `toJS`), so a text past a bound is refused with one line naming the input, the file and the line
 * where the bound was crossed, before any tree is built.
 */



/**
 * Deeper than GitHub's own template reader allows: the runner's PipelineTemplateEvaluator sets
 * MaxDepth = 50 (actions/runner, src/Sdk/DTPipelines/Pipelines/ObjectTemplating/
 * PipelineTemplateEvaluator.cs), so no workflow GitHub runs nests deeper, and our count (which
 * counts a value on its key's line as one more level) stays below 64 for every real file.
 */
const MAX_YAML_DEPTH = 64;
/** Aliases in the small YAML we turn into data (anchors users write; far below a bomb's fan-out). */
const MAX_YAML_ALIASES = 50;
/**
 * Most nodes of a workflow or action metadata. GitHub's parser keeps the `yaml` tree with its source
 * tokens and a template token for every node, about 2 KB a node all told, so this bound is what
 * keeps a file at 300 MB or less. No real workflow comes near it: block-style YAML takes about ten
 * bytes a node, so a workflow at GitHub's 500 KB limit holds about 50,000 (GitHub's own template
 * reader counts at most 1,000,000 events).
 */
const MAX_WORKFLOW_NODES = 100_000;
/** Configuration a person writes (a phase document, a checks list, a config file, an input). */
const CONFIG_LIKE = { maxBytes: 1024 * 1024, maxDepth: MAX_YAML_DEPTH, maxNodes: 50_000, maxAliases: MAX_YAML_ALIASES };
const YAML_BOUNDS = {
    /**
     * GitHub does not run a workflow file over 500 KB: "each workflow file must be 500 KB (512,000
     * bytes) or smaller" (https://docs.github.com/en/actions/reference/limits). The aliases a
     * workflow writes may be many (their expansion is bounded separately, in workflows/source.ts).
     */
    workflow: { what: 'a workflow', maxBytes: 512_000, maxDepth: MAX_YAML_DEPTH, maxNodes: MAX_WORKFLOW_NODES, maxAliases: 10_000, sizeNote: 'GitHub runs no workflow file over 500 KB' },
    /** Action metadata: the same reader and the same bounds as a workflow. */
    action: { what: 'action metadata', maxBytes: 512_000, maxDepth: MAX_YAML_DEPTH, maxNodes: MAX_WORKFLOW_NODES, maxAliases: 10_000 },
    /** A phase document's front matter: a few KB with a handful of gates. */
    phase: { what: 'a phase document', ...CONFIG_LIKE },
    /** A smoke-test checks list: at most 200 checks of a few keys each. */
    checks: { what: 'a checks list', ...CONFIG_LIKE },
    /** The workflows-validation config (.github/phase-gates.yml). */
    config: { what: 'a config file', ...CONFIG_LIKE },
    /** YAML given in an input (gates, metrics, provider-options, …). */
    input: { what: 'YAML input', ...CONFIG_LIKE }
};
const DOCUMENT = '\x02';
const FLOW_END = '\x18';
const SCALAR = '\x1f';
/** The 1-based line and column of the first character past `maxBytes` UTF-8 bytes of `text`. */
function positionPastBytes(text, maxBytes) {
    let bytes = 0;
    let line = 1;
    let lineStart = 0;
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c < 0xdc00 ? 4 : c >= 0xdc00 && c < 0xe000 ? 0 : 3;
        if (bytes > maxBytes)
            return { line, column: i - lineStart + 1 };
        if (c === 10) {
            line++;
            lineStart = i + 1;
        }
    }
    return { line, column: 1 };
}
/** The size refusal of a text (or file) of `size` bytes over `bounds`. */
function sizeMessage(size, bounds) {
    const n = (v) => v.toLocaleString('en-US');
    return `${bounds.what} of ${n(size)} bytes is larger than the limit of ${n(bounds.maxBytes)} bytes${bounds.sizeNote ? ` (${bounds.sizeNote})` : ''}; not parsed`;
}
/**
 * The first bound `text` crosses, or undefined. One pass of the Lexer, stopped at the first
 * problem; nothing is parsed.
 */
function yamlBoundsProblem(text, bounds) {
    if (text.length > bounds.maxBytes || Buffer.byteLength(text, 'utf8') > bounds.maxBytes) {
        const size = Buffer.byteLength(text, 'utf8');
        if (size > bounds.maxBytes)
            return { message: sizeMessage(size, bounds), ...positionPastBytes(text, bounds.maxBytes) };
    }
    let offset = 0;
    let line = 1;
    let lineStart = 0;
    let flow = 0;
    /** Columns of the open block levels, increasing. */
    const block = [];
    let nodes = 0;
    let aliases = 0;
    let afterScalarMark = false;
    const at = (message) => ({ message, line, column: offset - lineStart + 1 });
    const tooDeep = () => at(`${bounds.what} nested deeper than ${bounds.maxDepth} levels; not parsed`);
    const blockAt = (column) => {
        while (block.length && block[block.length - 1] > column)
            block.pop();
        if (!block.length || block[block.length - 1] < column)
            block.push(column);
        return block.length + flow > bounds.maxDepth;
    };
    for (const token of new yaml__WEBPACK_IMPORTED_MODULE_1__/* .Lexer */ .JG().lex(text)) {
        if (token === DOCUMENT || token === FLOW_END || token === SCALAR) {
            if (token === FLOW_END)
                flow = 0;
            if (token === SCALAR)
                afterScalarMark = true;
            continue;
        }
        const column = offset - lineStart;
        const first = token[0];
        let node = false;
        if (afterScalarMark) {
            afterScalarMark = false;
            node = true;
            if (flow === 0 && blockAt(column))
                return tooDeep();
        }
        else if (token === '---' || token === '...') {
            flow = 0;
            block.length = 0;
        }
        else if (token === '[' || token === '{') {
            node = true;
            if (flow === 0 && blockAt(column))
                return tooDeep();
            flow++;
            if (block.length + flow > bounds.maxDepth)
                return tooDeep();
        }
        else if (token === ']' || token === '}') {
            if (flow > 0)
                flow--;
        }
        else if (token === '-' || token === '?') {
            // A block sequence entry counts as a node (it may hold none: `-` alone is a null).
            node = token === '-';
            if (flow === 0 && blockAt(column))
                return tooDeep();
        }
        else if (first === '*') {
            node = true;
            if (++aliases > bounds.maxAliases)
                return at(`${bounds.what} with more than ${bounds.maxAliases} aliases; not parsed`);
            if (flow === 0 && blockAt(column))
                return tooDeep();
        }
        else if (first === '"' || first === "'") {
            node = true;
            if (flow === 0 && blockAt(column))
                return tooDeep();
        }
        if (node && ++nodes > bounds.maxNodes)
            return at(`${bounds.what} of more than ${bounds.maxNodes.toLocaleString('en-US')} YAML nodes; not parsed`);
        let nl = token.indexOf('\n');
        while (nl >= 0) {
            line++;
            lineStart = offset + nl + 1;
            nl = token.indexOf('\n', nl + 1);
        }
        offset += token.length;
    }
    return undefined;
}
/** Throws a UserError naming input, file and line when `text` crosses one of `bounds`. */
function checkYamlBounds(text, bounds, where) {
    const problem = yamlBoundsProblem(text, bounds);
    if (problem)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(problem.message, { input: where.input, file: where.file, line: problem.line + (where.lineOffset ?? 0) });
}
/**
 * The size refusal of a file of `size` bytes, at the line where its first `bounds.maxBytes` bytes
 * end (read, not the rest of the file).
 */
async function oversizeProblem(abs, size, bounds) {
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.open)(abs, 'r');
    try {
        const head = Buffer.alloc(bounds.maxBytes);
        const { bytesRead } = await handle.read(head, 0, bounds.maxBytes, 0);
        let line = 1;
        let lineStart = 0;
        for (let i = head.indexOf(10); i >= 0 && i < bytesRead; i = head.indexOf(10, i + 1)) {
            line++;
            lineStart = i + 1;
        }
        return { message: sizeMessage(size, bounds), line, column: Buffer.from(head.subarray(lineStart, bytesRead)).toString('utf8').length + 1 };
    }
    finally {
        await handle.close();
    }
}


/***/ }),

/***/ 5879:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Q: () => (/* binding */ ActionsHost)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
;// CONCATENATED MODULE: ./.build/src/host/runner-commands.js
/**
 * The runner's side of an action step, as `@actions/core` 3.0.1 writes it (lib/command.js,
 * lib/file-command.js, lib/utils.js, lib/summary.js): workflow commands on stdout (`::name k=v::data`,
 * with the same escapes), outputs appended to the `GITHUB_OUTPUT` file under a random
 * `ghadelimiter_<uuid>`, the job summary appended to `GITHUB_STEP_SUMMARY`.
 *
 * Why not `@actions/core` itself: its index imports its OIDC client, hence `@actions/http-client`,
 * hence undici, whose llhttp WebAssembly is decoded and compiled on import: the largest single
 * cost of every action's start-up (about 15% of workflows-validation's), for `getIDToken`, which no
 * phase-gates action calls. test/host/runner-commands.test.ts holds this module to `@actions/core`
 * byte for byte (it stays a devDependency for that).
 */



function escapeData(s) {
    return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(s) {
    return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
/** `::command k=v,…::message` on stdout; properties without a value are left out. */
function issueCommand(command, properties, message) {
    const props = Object.entries(properties)
        .filter(([, v]) => v)
        .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
        .join(',');
    process.stdout.write(`::${command}${props ? ' ' + props : ''}::${escapeData(message)}${external_node_os_.EOL}`);
}
/** The value of `INPUT_<NAME>` (spaces as `_`, upper case), untrimmed, or ''. */
function getInput(name) {
    return process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '';
}
/** An output: to the `GITHUB_OUTPUT` file, or as the old `set-output` command when the runner gives none. */
function setOutput(name, value) {
    const file = process.env.GITHUB_OUTPUT || '';
    if (!file) {
        process.stdout.write(external_node_os_.EOL);
        issueCommand('set-output', { name }, value);
        return;
    }
    const delimiter = `ghadelimiter_${(0,external_node_crypto_.randomUUID)()}`;
    if (name.includes(delimiter))
        throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
    if (value.includes(delimiter))
        throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    if (!(0,external_node_fs_.existsSync)(file))
        throw new Error(`Missing file at path: ${file}`);
    (0,external_node_fs_.appendFileSync)(file, `${name}<<${delimiter}${external_node_os_.EOL}${value}${external_node_os_.EOL}${delimiter}${external_node_os_.EOL}`, { encoding: 'utf8' });
}
/** An annotation (`::error file=…,line=…::message`). */
function annotate(level, message, p) {
    const properties = Object.keys(p).length
        ? { title: p.title, file: p.file, line: p.startLine, endLine: p.endLine, col: p.startColumn, endColumn: p.endColumn }
        : {};
    issueCommand(level, properties, message);
}
/** Markdown appended to the job summary file (which the runner creates; it must be readable and writable). */
async function appendSummary(file, markdown) {
    try {
        await external_node_fs_.promises.access(file, external_node_fs_.constants.R_OK | external_node_fs_.constants.W_OK);
    }
    catch {
        throw new Error(`Unable to access summary file: '${file}'. Check if the file has correct read/write permissions.`);
    }
    await external_node_fs_.promises.appendFile(file, markdown + external_node_os_.EOL, { encoding: 'utf8' });
}

;// CONCATENATED MODULE: ./.build/src/core/secrets.js
/**
 * The one secret masker of phase-gates: deploy, smoke-test, the pipeline and both hosts register
 * secrets here and mask with it, in every file, output, summary, log line and ledger record they
 * write. The runner masks what reaches the step log, but not our files.
 *
 * One rule set, the runner's where it has one (actions/runner: src/Sdk/DTLogging/Logging/
 * SecretMasker.cs `AddValue` at 157e03616e677ba45b5faa9fe4ffee8d5906ad5f, which skips only an
 * empty value and has no minimum length; src/Runner.Worker/Worker.cs `InitializeSecretMasker` at
 * 0944b5b614b660d7311b5629210eb84b9de78bc7, which trims a secret variable and adds it whole and
 * line by line; src/Runner.Worker/ActionCommandManager.cs `AddMaskCommandExtension` at
 * 02523b9a60a24fe13364739abefe2255c5a6b758, which refuses a blank add-mask with a warning):
 * - A value is trimmed of surrounding white space, as the runner trims a secret variable: a token
 *   pasted with a trailing newline is printed by tools without it. A blank value is not a secret
 *   (the runner warns of an empty add-mask and registers nothing).
 * - A value given as a secret (a token input, a required secret, `setSecret`) is masked whatever
 *   its length, as the runner masks it in the step log: leaving a short one in our files would
 *   put in the ledger what the log hides. Parts we only guess are credentials (the value after
 *   `Bearer`, a cookie's value, a URL's user, password and credential-named query values) are
 *   registered from {@link MIN_GUESSED} characters: a user `u` is no secret, and masking every `u`
 *   would garble every report.
 * - Each line of a multi-line secret is masked on its own (the runner adds every line: a child
 *   process prints one line at a time), from {@link MIN_LINE} characters: a PEM's lone `}` or `-`
 *   line would otherwise mask punctuation everywhere.
 * - Like the runner's value encoders (src/Sdk/DTLogging/Logging/ValueEncoders.cs at
 *   3f7a01af939560ceb1222bca97d1ca4bee1ed843:
 *   Base64StringEscape and its shifts by one and two bytes, JsonStringEscape, UriDataEscape,
 *   XmlDataEscape, ExpressionStringEscape, TrimDoubleQuotes), a secret is masked in the forms a
 *   script is likely to print it in; beyond them: base64url, form encoding, hex, backslash (shell)
 *   escapes. Encoded forms shorter than {@link MIN_ENCODED} are not registered.
 *
 * Base64 of a secret inside a longer text depends on what precedes it (mod 3 bytes) and on what
 * follows it: for each of the three alignments, only the characters that the secret's own bytes
 * decide are registered (a partial last group is left out), so `base64("user:" + secret)` is masked
 * whatever comes before or after.
 */
/** Header and query parameter names whose values are credentials. */
const SECRET_NAME = /^(authorization|proxy-authorization|cookie|set-cookie)$|token|secret|passw|api[-_]?key|^key$|session|credential|signature|auth/i;
/** Whether a header or query parameter name holds a credential (its value is masked; smoke-test keeps it from other origins). */
function isSecretName(name) {
    return SECRET_NAME.test(name);
}
/** The mask, as the runner prints it. */
const MASK = '***';
/** Shortest encoded form registered: shorter ones would mask ordinary text. */
const MIN_ENCODED = 8;
/** Shortest line of a multi-line secret masked on its own. */
const MIN_LINE = 4;
/** Shortest part of a header or URL registered as a guessed credential. */
const MIN_GUESSED = 3;
/**
 * A value as the masker registers it: trimmed, or undefined when blank. Hosts that register
 * secrets on their own (the runner's `add-mask`) use it too, so the runner's log and our files
 * hide the same thing.
 */
function secretValue(value) {
    const v = value?.trim();
    return v ? v : undefined;
}
function base64Stable(bytes) {
    const out = [];
    for (let shift = 0; shift < 3; shift++) {
        const part = bytes.subarray(shift);
        const whole = part.length - (part.length % 3);
        if (whole === 0)
            continue;
        const b64 = part.subarray(0, whole).toString('base64');
        out.push(b64, b64.replace(/\+/g, '-').replace(/\//g, '_'));
    }
    return out;
}
/** RFC 3986 escaping of every character that is not unreserved, as .NET's Uri.EscapeDataString does. */
function escapeDataString(value) {
    return encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
function xmlEscape(value) {
    return value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]);
}
/** The forms a secret is masked in, longest first, raw value included. */
function secretForms(value) {
    const forms = new Set([value]);
    for (const line of value.split(/\r?\n/))
        if (line.trim().length >= MIN_LINE)
            forms.add(line.trim());
    const bytes = Buffer.from(value, 'utf8');
    const encoded = [
        ...base64Stable(bytes),
        JSON.stringify(value).slice(1, -1),
        encodeURIComponent(value),
        escapeDataString(value),
        encodeURIComponent(value).replace(/%20/g, '+'),
        new URLSearchParams({ v: value }).toString().slice(2),
        xmlEscape(value),
        value.replace(/'/g, "''"),
        value.length > 8 && value.startsWith('"') && value.endsWith('"') ? value.slice(1, -1) : '',
        bytes.toString('hex'),
        bytes.toString('hex').toUpperCase(),
        value.replace(/[\\"'$`]/g, '\\$&')
    ];
    for (const form of encoded)
        if (form.length >= MIN_ENCODED)
            forms.add(form);
    return [...forms].sort((a, b) => b.length - a.length);
}
/**
 * Holds the secret values of one run and replaces them, in every form, in text. One per run,
 * shared by everything that run writes; `register` passes each new value on to the host (the
 * runner's `add-mask`, the CLI's own masking).
 */
class Redactor {
    register;
    forms = [];
    raw = [];
    constructor(register = () => undefined) {
        this.register = register;
    }
    /** Registers a secret (trimmed; blank ones are not secrets) with its encoded forms, whatever its length. */
    add(value) {
        const v = secretValue(value);
        if (!v || this.raw.includes(v))
            return;
        this.raw.push(v);
        for (const form of secretForms(v))
            if (!this.forms.includes(form))
                this.forms.push(form);
        this.forms.sort((a, b) => b.length - a.length);
        this.register(v);
    }
    /** A part guessed to be a credential: registered from {@link MIN_GUESSED} characters. */
    guess(value) {
        const v = secretValue(value);
        if (v && v.length >= MIN_GUESSED)
            this.add(v);
    }
    /** A header value, when its name holds a credential: the whole of it, and the credential after an auth scheme (`Bearer x` → `x`) or in a cookie. */
    addHeader(name, value) {
        if (!isSecretName(name))
            return;
        this.guess(value);
        const m = /^\s*[A-Za-z][\w-]*\s+(\S.*)$/.exec(value);
        if (m && /^(authorization|proxy-authorization)$/i.test(name))
            this.guess(m[1]);
        if (/cookie/i.test(name))
            for (const part of value.split(';'))
                this.guess(part.split('=').slice(1).join('='));
    }
    /** Registers a URL's user, password and credential-named query values; returns the URL with them masked. */
    maskUrl(url) {
        let u;
        try {
            u = new URL(url);
        }
        catch {
            return this.redact(url);
        }
        if (u.password)
            this.guess(decodeURIComponent(u.password));
        if (u.username)
            this.guess(decodeURIComponent(u.username));
        for (const [k, v] of u.searchParams)
            if (isSecretName(k))
                this.guess(v);
        if (u.username || u.password) {
            u.username = '';
            u.password = '';
            return this.redact(u.href.replace('://', '://***@'));
        }
        return this.redact(u.href);
    }
    /** `text` with every registered form replaced by {@link MASK}. */
    redact(text) {
        let s = text;
        for (const form of this.forms)
            if (s.includes(form))
                s = s.split(form).join(MASK);
        return s;
    }
    /** A copy of a JSON value with every string redacted. */
    redactDeep(value) {
        if (typeof value === 'string')
            return this.redact(value);
        if (Array.isArray(value))
            return value.map((v) => this.redactDeep(v));
        if (value !== null && typeof value === 'object') {
            return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, this.redactDeep(v)]));
        }
        return value;
    }
    /** Whether `text` holds a registered secret in any form. */
    holdsSecret(text) {
        return this.forms.some((form) => text.includes(form));
    }
    /** Length of the longest registered form (0 without secrets). */
    longest() {
        return this.forms[0]?.length ?? 0;
    }
    /** Every form, for hosts that mask on their own (the runner's log). */
    values() {
        return this.forms;
    }
}

;// CONCATENATED MODULE: ./.build/src/host/actions-host.js
/** The Host of a runner step: what the runner expects (INPUT_*, GITHUB_OUTPUT, GITHUB_STEP_SUMMARY), written as `@actions/core` writes it. */



class ActionsHost {
    workspace;
    env = process.env;
    constructor() {
        this.workspace = process.env.GITHUB_WORKSPACE || process.cwd();
    }
    getInput(name) {
        return getInput(name);
    }
    setOutput(name, value) {
        setOutput(name, value);
    }
    async appendSummary(markdown) {
        if (!process.env.GITHUB_STEP_SUMMARY) {
            this.debug('GITHUB_STEP_SUMMARY is not set: no job summary written');
            return;
        }
        await appendSummary(process.env.GITHUB_STEP_SUMMARY, markdown);
    }
    annotate(level, message, props = {}) {
        annotate(level, message, props);
    }
    info(message) {
        process.stdout.write(message + external_node_os_.EOL);
    }
    debug(message) {
        issueCommand('debug', {}, message);
    }
    /** Registers the secret with the runner, by the shared masker's rules and in each form it knows (the runner adds its own). */
    setSecret(value) {
        const v = secretValue(value);
        if (!v)
            return;
        issueCommand('add-mask', {}, v);
        for (const form of secretForms(v))
            if (form !== v)
                issueCommand('add-mask', {}, form);
    }
}


/***/ }),

/***/ 9427:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ runCommand)
/* harmony export */ });
/* unused harmony export ExitCode */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6512);
/* harmony import */ var _core_cancel_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3361);
/**
 * How entries end: a user error prints its lines (`::error::` in the actions) and exits 1 with no
 * stack trace; a failed verdict prints its reason and exits 1; anything else is an internal error,
 * whose stack is shown only in debug output.
 */


const ExitCode = { Ok: 0, Failed: 1 };
/**
 * Runs a command on a host and returns the exit code; never throws. A command that does not handle
 * cancellation itself (`handlesCancel` false: it has nothing to record or clean up) ends at the
 * first SIGINT or SIGTERM, also one received during start-up, with one error line and exit 1.
 */
async function runCommand(host, command, handlesCancel = false) {
    const release = handlesCancel
        ? undefined
        : (0,_core_cancel_js__WEBPACK_IMPORTED_MODULE_1__/* .claimSignals */ .Ur)((name) => {
            host.annotate('error', `cancelled (${name})`);
            process.exit(ExitCode.Failed);
        });
    try {
        const result = await command(host);
        if (!result.ok) {
            host.annotate('error', result.message ?? 'failed');
            return ExitCode.Failed;
        }
        return ExitCode.Ok;
    }
    catch (err) {
        if (err instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y) {
            for (const line of err.renderAll())
                host.annotate('error', line);
            return ExitCode.Failed;
        }
        const e = err;
        host.annotate('error', `internal error: ${e?.message ?? String(err)} (a bug in phase-gates: please report it; debug output shows the stack)`.replace(/[\r\n]+/g, ' '));
        host.debug(e?.stack ?? String(err));
        return ExitCode.Failed;
    }
    finally {
        release?.();
    }
}


/***/ })

};
