export const id = 26;
export const ids = [26];
export const modules = {

/***/ 4026:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony import */ var _host_actions_host_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4497);
/* harmony import */ var _host_run_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9427);
/* harmony import */ var _core_commands_pipeline_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3521);
/** Entry of the root action (action.yml): builds the runner host and runs the whole Phase 06 chain. */



process.exitCode = await (0,_host_run_js__WEBPACK_IMPORTED_MODULE_1__/* .runCommand */ .d)(new _host_actions_host_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionsHost */ .Q(), _core_commands_pipeline_js__WEBPACK_IMPORTED_MODULE_2__/* .runPipeline */ .aI, true);

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 3361:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ao: () => (/* binding */ onCancel),
/* harmony export */   Ur: () => (/* binding */ claimSignals),
/* harmony export */   cJ: () => (/* binding */ Cancelled),
/* harmony export */   xE: () => (/* binding */ sleepUnlessCancelled),
/* harmony export */   yD: () => (/* binding */ signalName)
/* harmony export */ });
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

/***/ 3521:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  aI: () => (/* binding */ runPipeline)
});

// UNUSED EXPORTS: PHASE_07_GATES, StageHost

// EXTERNAL MODULE: ./.build/src/core/errors.js
var core_errors = __webpack_require__(6512);
// EXTERNAL MODULE: ./.build/src/core/constants.js
var constants = __webpack_require__(906);
;// CONCATENATED MODULE: ./.build/src/core/inputs.js

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
    throw new core_errors/* UserError */.y(`not a boolean: ${JSON.stringify(v)}`, { input: name, hint: 'write true or false' });
}
/** A required input. */
function requiredInput(host, name) {
    const v = input(host, name);
    if (!v)
        throw new core_errors/* UserError */.y('required and not supplied', { input: name });
    return v;
}

// EXTERNAL MODULE: ./.build/src/core/files.js + 1 modules
var core_files = __webpack_require__(4358);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
;// CONCATENATED MODULE: ./.build/src/core/yaml-bounds.js
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
    for (const token of new dist/* Lexer */.JG().lex(text)) {
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
        throw new core_errors/* UserError */.y(problem.message, { input: where.input, file: where.file, line: problem.line + (where.lineOffset ?? 0) });
}
/**
 * The size refusal of a file of `size` bytes, at the line where its first `bounds.maxBytes` bytes
 * end (read, not the rest of the file).
 */
async function oversizeProblem(abs, size, bounds) {
    const handle = await (0,promises_.open)(abs, 'r');
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

;// CONCATENATED MODULE: ./.build/src/core/reports/domain.js
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
        throw new core_errors/* UserError */.y(`missing ${what}`);
    const t = text.trim();
    const v = DIGITS.test(t) ? Number(t) : NaN;
    if (!Number.isSafeInteger(v))
        throw new core_errors/* UserError */.y(`${what} ${JSON.stringify(text.slice(0, 40))} is not a count (a whole number from 0 to 2^53)`);
    return v;
}
/** A count given as a JSON or YAML number: a non-negative safe integer. */
function countValue(value, what) {
    if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
        throw new core_errors/* UserError */.y(`${what} ${shown(value)} is not a count (a whole number from 0 to 2^53)`);
    }
    return value;
}
/** A source line number, 0 to 10⁸. */
function lineNumber(value, what = 'line number') {
    if (!Number.isSafeInteger(value) || value < 0 || value > MAX_LINE_NUMBER) {
        throw new core_errors/* UserError */.y(`${what} ${shown(value)} is out of range (0 to ${MAX_LINE_NUMBER.toLocaleString('en-US')})`);
    }
    return value;
}
/** Units (branches, statements) one line or block holds: at most 10⁶. */
function unitsOfLine(value, what) {
    if (value > MAX_UNITS_PER_LINE) {
        throw new core_errors/* UserError */.y(`${what} ${shown(value)} is more than one line or block of source holds (at most ${MAX_UNITS_PER_LINE.toLocaleString('en-US')})`);
    }
    return value;
}
/** A latency in milliseconds: finite, 0 to 10⁹. */
function latencyMs(value, what = 'latency') {
    if (!Number.isFinite(value) || value < 0 || value > MAX_LATENCY_MS) {
        throw new core_errors/* UserError */.y(`${what} ${shown(value)} ms is out of range (0 to ${MAX_LATENCY_MS.toLocaleString('en-US')} ms)`);
    }
    return value;
}
/** A percentage, 0 to 100. */
function percentage(value, what) {
    if (!Number.isFinite(value) || value < 0 || value > 100)
        throw new core_errors/* UserError */.y(`${what} ${shown(value)} is not a percentage (0 to 100)`);
    return value;
}
/** `covered` of `total`: both counts, covered at most total. */
function coveredOf(covered, total, what) {
    const t = countValue(total, `${what} total`);
    const c = countValue(covered, `${what} covered`);
    if (c > t)
        throw new core_errors/* UserError */.y(`${what}: covered ${c} is above its total ${t}`);
    return { covered: c, total: t };
}
function shown(value) {
    if (typeof value === 'number')
        return String(value);
    const s = JSON.stringify(value) ?? String(value);
    return s.length > 40 ? `${s.slice(0, 40)}…` : s;
}

;// CONCATENATED MODULE: ./.build/src/core/gates/metrics.js
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

;// CONCATENATED MODULE: ./.build/src/core/gates/grammar.js
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
        throw new core_errors/* UserError */.y(`gate ${name}: ${message}`, { input: origin.input, file: origin.file, line: origin.line, hint });
    };
    if (!/^[A-Za-z_][\w-]*$/.test(name))
        fail('not a metric name (letters, digits, _ and -)');
    const metric = canonicalMetric(name);
    const info = metricInfo(metric);
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
        if (info?.unit === 'ms' && (threshold < 0 || threshold > MAX_LATENCY_MS))
            fail(`${text} is not a latency from 0 to 10^9 ms`);
        if (info?.unit === 'count' && threshold < 0)
            fail(`${text} is not a count (0 or more)`);
        if (Math.abs(threshold) > MAX_THRESHOLD)
            fail(`${text} is out of range (at most 10^15)`);
        if (!op) {
            const direction = info?.direction ?? guessDirection(metric);
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

;// CONCATENATED MODULE: ./.build/src/core/gates/phase.js
/**
 * Phase documents: Markdown with YAML front matter (`reference/phase-06-deployment.md`). The front
 * matter is read with `yaml` under a small alias budget, so alias bombs are refused, and every gate
 * keeps the line it was written on.
 */





/** Largest phase document read (they are a few KB; anything bigger is not one). */
const MAX_PHASE_BYTES = YAML_BOUNDS.phase.maxBytes;
/**
 * Parses YAML text within `bounds` (YAML input by default: size, depth, nodes and aliases, checked
 * before the parse), reporting the first error at its line.
 */
function parseYaml(text, where) {
    const bounds = where.bounds ?? YAML_BOUNDS.input;
    checkYamlBounds(text, bounds, where);
    const lines = new dist/* LineCounter */.HN();
    const lineOffset = where.lineOffset ?? 0;
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true, strict: true });
    const first = doc.errors[0];
    if (first) {
        const line = (first.linePos?.[0]?.line ?? lines.linePos(first.pos[0]).line) + lineOffset;
        throw new core_errors/* UserError */.y(`invalid YAML: ${first.message.split('\n')[0].replace(/ at line \d+, column \d+.*$/, '')}`, {
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
            throw new core_errors/* UserError */.y('YAML with too many aliases (an alias bomb?) is refused', { ...where, line: undefined });
        }
        throw new core_errors/* UserError */.y(`invalid YAML: ${message}`, where);
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
        const name = (0,dist/* isScalar */.jn)(keyNode) ? String(keyNode.value) : String(keyNode);
        const origin = { input: where.input, file: where.file, line: lineOf(parsed, keyNode) };
        const valueNode = pair.value;
        const value = (0,dist/* isScalar */.jn)(valueNode) ? valueNode.value : valueNode ? valueNode.toJSON() : null;
        if (!/^[A-Za-z_][\w.-]*$/.test(name)) {
            // `{ coverage ">=80%", … }`: YAML reads a gate without its colon as a key with no value,
            // which would silently remove the gate. A metric name is one word.
            const split = /^([A-Za-z_][\w.-]*)\s*(.+)$/.exec(name);
            errors.push(new core_errors/* UserError */.y(`gate ${JSON.stringify(name)} is not a metric name`, {
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
            gates.push(parseGate(name, value, origin, warnings));
        }
        catch (err) {
            if (err instanceof core_errors/* UserError */.y)
                errors.push(err);
            else
                throw err;
        }
    }
    if (errors.length)
        throw core_errors/* UserError */.y.several(errors);
    return gates;
}
/** Loads a phase document from `file` (already resolved inside the workspace). */
async function loadPhaseDocument(file, shown, input = 'phase-file') {
    let bytes;
    try {
        const stat = await external_node_fs_.promises.stat(file);
        if (!stat.isFile())
            throw new core_errors/* UserError */.y('not a regular file', { input, file: shown });
        if (stat.size > MAX_PHASE_BYTES) {
            const problem = await oversizeProblem(file, stat.size, YAML_BOUNDS.phase);
            throw new core_errors/* UserError */.y(problem.message, { input, file: shown, line: problem.line });
        }
        bytes = await external_node_fs_.promises.readFile(file);
    }
    catch (err) {
        if (err instanceof core_errors/* UserError */.y)
            throw err;
        const code = err.code;
        throw new core_errors/* UserError */.y(code === 'ENOENT' ? 'file not found' : `cannot read (${code})`, { input, file: shown });
    }
    if (bytes.includes(0))
        throw new core_errors/* UserError */.y('binary file, not a phase document', { input, file: shown });
    let text = bytes.toString('utf8');
    if (text.charCodeAt(0) === 0xfeff)
        text = text.slice(1);
    const lines = text.split(/\r?\n/);
    if (lines[0]?.trim() !== '---') {
        throw new core_errors/* UserError */.y('no YAML front matter: the first line must be ---', { input, file: shown, line: 1 });
    }
    const end = lines.findIndex((l, i) => i > 0 && (l.trim() === '---' || l.trim() === '...'));
    if (end < 0)
        throw new core_errors/* UserError */.y('YAML front matter is never closed with ---', { input, file: shown, line: 1 });
    const yamlText = lines.slice(1, end).join('\n');
    const where = { input, file: shown };
    const parsed = parseYaml(yamlText, { ...where, lineOffset: 1, bounds: YAML_BOUNDS.phase });
    const data = toData(parsed, where);
    if (data === null || data === undefined) {
        return { phase: null, title: null, file: shown, frontMatter: {}, gates: [], warnings: [] };
    }
    if (typeof data !== 'object' || Array.isArray(data)) {
        throw new core_errors/* UserError */.y('front matter must be a YAML mapping', { input, file: shown, line: 2 });
    }
    const frontMatter = data;
    const warnings = [];
    let gates = [];
    const root = parsed.doc.contents;
    if ((0,dist/* isMap */.jh)(root)) {
        const gatesPair = root.items.find((p) => (0,dist/* isScalar */.jn)(p.key) && p.key.value === 'gates');
        if (gatesPair && gatesPair.value !== null && !((0,dist/* isScalar */.jn)(gatesPair.value) && gatesPair.value.value === null)) {
            if (!(0,dist/* isMap */.jh)(gatesPair.value)) {
                throw new core_errors/* UserError */.y('gates must be a mapping of metric to threshold', { input, file: shown, line: lineOf(parsed, gatesPair.key) });
            }
            gates = gatesFromMap(parsed, gatesPair.value, where, warnings).filter((g) => !('removed' in g));
        }
    }
    const phase = frontMatter.phase;
    if (typeof phase === 'number' && (!Number.isFinite(phase) || phase < 0 || phase > 1e6)) {
        const key = (0,dist/* isMap */.jh)(root) ? root.items.find((p) => (0,dist/* isScalar */.jn)(p.key) && p.key.value === 'phase')?.key : undefined;
        throw new core_errors/* UserError */.y(`phase: ${phase} is not a phase number (0 to 1,000,000)`, { input, file: shown, line: lineOf(parsed, key) });
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
    if ((0,dist/* isMap */.jh)(root) && root.items.length === 1) {
        const only = root.items[0];
        if ((0,dist/* isScalar */.jn)(only.key) && only.key.value === 'gates' && (0,dist/* isMap */.jh)(only.value))
            root = only.value;
    }
    if (!(0,dist/* isMap */.jh)(root)) {
        throw new core_errors/* UserError */.y('must be a YAML mapping of metric to threshold', { input, line: lineOf(parsed, root) ?? 1, hint: 'e.g. { coverage: ">=80%", vulns_critical: 0 }' });
    }
    const entries = gatesFromMap(parsed, root, { input }, warnings);
    return {
        gates: entries.filter((g) => !('removed' in g)),
        removed: entries.filter((g) => 'removed' in g).map((g) => g.name),
        warnings
    };
}

;// CONCATENATED MODULE: ./.build/src/core/deploy/freeze.js
/**
 * Freeze windows: when deploys are refused. Windows are wall-clock ranges in an IANA time zone,
 * compared with the wall clock of that zone at the moment of the deploy (read through
 * Intl.DateTimeFormat), so `Fri 18:00` means 18:00 on the local clock in winter and summer alike,
 * and a range across a daylight saving change is as long as the clocks say.
 */

const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const FULL_DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const MINUTES_PER_WEEK = 7 * 1440;
/**
 * The default of the `freeze-windows` input for production environments (see isProduction): no
 * deploys over the weekend, Friday included. Other environments have no freeze window by default.
 */
const DEFAULT_FREEZE = 'Fri 00:00-Mon 00:00';
function parseDay(word) {
    const w = word.toLowerCase();
    const short = DAYS.indexOf(w);
    if (short >= 0)
        return short;
    const full = FULL_DAYS.indexOf(w);
    return full >= 0 ? full : undefined;
}
function parseTime(text) {
    const m = /^(\d{1,2}):(\d{2})$/.exec(text);
    if (!m)
        return undefined;
    const h = Number(m[1]);
    const min = Number(m[2]);
    if (min > 59 || h > 24 || (h === 24 && min !== 0))
        return undefined;
    return h * 60 + min;
}
function validDate(text) {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
    if (!m)
        return false;
    const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
    return d.toISOString().slice(0, 10) === text;
}
const SYNTAX_HINT = 'write e.g. "Fri 00:00-Mon 00:00", "Sat-Sun", "Fri 16:00-18:00", "22:00-06:00", "2026-12-24..2026-12-26" or "none"';
/** Parses one window (see {@link parseFreezeWindows}); undefined when it is not one. */
function parseWindow(text) {
    const t = text.trim().replace(/\s+/g, ' ');
    // Dates: YYYY-MM-DD or YYYY-MM-DD..YYYY-MM-DD.
    const dates = /^(\d{4}-\d{2}-\d{2})(?: ?\.\. ?(\d{4}-\d{2}-\d{2}))?$/.exec(t);
    if (dates) {
        const from = dates[1];
        const to = dates[2] ?? from;
        if (!validDate(from) || !validDate(to) || to < from)
            return undefined;
        return { kind: 'dates', text: t, from, to };
    }
    // Every day: HH:MM-HH:MM (wrapping past midnight when the end is earlier).
    const daily = /^(\d{1,2}:\d{2}) ?- ?(\d{1,2}:\d{2})$/.exec(t);
    if (daily) {
        const s = parseTime(daily[1]);
        const e = parseTime(daily[2]);
        if (s === undefined || e === undefined || s === e)
            return undefined;
        return { kind: 'daily', text: t, start: s, end: e % 1440 };
    }
    // Day [HH:MM] - [Day] [HH:MM].
    const m = /^([A-Za-z]+)(?: (\d{1,2}:\d{2}))?(?: ?- ?(?:([A-Za-z]+))? ?(\d{1,2}:\d{2})?)?$/.exec(t);
    if (!m)
        return undefined;
    const [, d1, t1, d2, t2] = m;
    const startDay = parseDay(d1);
    if (startDay === undefined)
        return undefined;
    const hasRange = /-/.test(t);
    if (!hasRange) {
        if (t1 !== undefined)
            return undefined;
        return { kind: 'weekly', text: t, start: startDay * 1440, end: ((startDay + 1) * 1440) % MINUTES_PER_WEEK };
    }
    const startMin = t1 === undefined ? 0 : parseTime(t1);
    if (startMin === undefined || startMin === 1440)
        return undefined;
    let endDay;
    let endMin;
    if (d2 !== undefined) {
        const parsed = parseDay(d2);
        if (parsed === undefined)
            return undefined;
        endDay = parsed;
        if (t2 === undefined) {
            // Sat-Sun: whole days, the end day included.
            if (t1 !== undefined)
                return undefined;
            endDay = endDay + 1;
            endMin = 0;
        }
        else
            endMin = parseTime(t2);
    }
    else {
        if (t2 === undefined || t1 === undefined)
            return undefined;
        endMin = parseTime(t2);
        endDay = startDay;
        // Fri 22:00-02:00 ends on the next day.
        if (endMin !== undefined && endMin <= startMin)
            endDay = startDay + 1;
    }
    if (endMin === undefined)
        return undefined;
    const start = startDay * 1440 + startMin;
    const end = (endDay * 1440 + endMin) % MINUTES_PER_WEEK;
    if (start === end)
        return undefined;
    return { kind: 'weekly', text: t, start, end };
}
/**
 * Parses the `freeze-windows` input: windows separated by commas or lines. `none` (alone) disables
 * freezes. Every bad window is reported at once, each naming the input.
 */
function parseFreezeWindows(value, input) {
    const items = value
        .split(/[\n,;]/)
        .map((s) => s.trim())
        .filter((s) => s && !s.startsWith('#'));
    if (items.length === 1 && items[0].toLowerCase() === 'none')
        return [];
    const errors = [];
    const windows = [];
    for (const item of items) {
        const w = item.toLowerCase() === 'none' ? undefined : parseWindow(item);
        if (w)
            windows.push(w);
        else
            errors.push(new core_errors/* UserError */.y(`not a freeze window: ${JSON.stringify(item)}`, { input, hint: SYNTAX_HINT }));
    }
    if (errors.length)
        throw core_errors/* UserError */.y.several(errors);
    return windows;
}
/** Checks an IANA zone name; a UserError naming `input` when Intl does not know it. */
function checkTimeZone(zone, input) {
    try {
        return new Intl.DateTimeFormat('en-US', { timeZone: zone }).resolvedOptions().timeZone;
    }
    catch {
        throw new core_errors/* UserError */.y(`unknown time zone ${JSON.stringify(zone)}`, { input, hint: 'an IANA name such as UTC, Europe/Berlin or America/New_York' });
    }
}
/** Reads the wall clock of an IANA zone at an instant, daylight saving included. */
function wallClock(instant, zone) {
    const parts = new Intl.DateTimeFormat('en-US', {
        timeZone: zone,
        weekday: 'short',
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23'
    }).formatToParts(instant);
    const get = (type) => parts.find((p) => p.type === type)?.value ?? '';
    const day = parseDay(get('weekday')) ?? 0;
    const hour = Number(get('hour')) % 24;
    const minute = Number(get('minute'));
    const date = `${get('year')}-${get('month')}-${get('day')}`;
    const hh = String(hour).padStart(2, '0');
    const mm = String(minute).padStart(2, '0');
    return { date, day, minutes: hour * 60 + minute, text: `${DAYS[day][0].toUpperCase()}${DAYS[day].slice(1)} ${date} ${hh}:${mm}` };
}
/** The first window that holds the wall clock, if any. */
function activeFreeze(windows, clock) {
    const week = clock.day * 1440 + clock.minutes;
    for (const w of windows) {
        if (w.kind === 'dates') {
            if (clock.date >= w.from && clock.date <= w.to)
                return w;
            continue;
        }
        if (w.kind === 'daily') {
            const m = clock.minutes;
            if (w.start < w.end ? m >= w.start && m < w.end : m >= w.start || m < w.end)
                return w;
            continue;
        }
        const inside = w.start < w.end ? week >= w.start && week < w.end : week >= w.start || week < w.end;
        if (inside)
            return w;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./.build/src/core/deploy/version.js
/**
 * Immutable versions. A deploy names the artifact it ships by something that cannot move under
 * it: a commit SHA, a semantic version tag, or a content digest. Moving names (`latest`, `stable`,
 * a branch) are refused, and so is anything a shell would read specially.
 */

/** Tags that are moved by convention: registries, npm dist-tags and branch names. */
const MOVING = new Set([
    'latest', 'stable', 'main', 'master', 'trunk', 'develop', 'development', 'dev', 'head', 'edge', 'nightly',
    'current', 'release', 'next', 'canary', 'beta', 'alpha', 'rc', 'lts', 'prod', 'production', 'staging', 'test', 'preview'
]);
const SHA = /^[0-9a-f]{7,40}$|^[0-9a-f]{64}$/i;
const DIGEST = /^sha(256|384|512):[0-9a-f]{32,128}$/i;
// Semantic versions with an optional v (v1.2.3, 1.2.3-rc.1+build.5) and shorter numeric ones (v1.2, 2024.06.01).
const SEMVER = /^v?\d+(\.\d+){1,3}(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$/;
/** Characters a shell gives a meaning to, and control characters. Versions never need them. */
const SHELL_META = /[\s;&|<>()$`\\"'*?[\]{}!#~%^\x00-\x1f\x7f]/;
/**
 * Refuses (as bad input naming `input`) a version holding shell metacharacters, control characters
 * or nothing at all: such a value is never passed on, even to the checks.
 */
function assertVersionSyntax(version, input) {
    if (!version)
        throw new core_errors/* UserError */.y('no version: give one or set GITHUB_SHA', { input });
    if (version.length > 256)
        throw new core_errors/* UserError */.y('longer than 256 characters', { input });
    const bad = SHELL_META.exec(version);
    if (bad) {
        const shown = bad[0].charCodeAt(0) < 0x20 || bad[0] === '\x7f' ? `\\x${bad[0].charCodeAt(0).toString(16).padStart(2, '0')}` : bad[0];
        throw new core_errors/* UserError */.y(`holds the character ${JSON.stringify(shown)}, which a shell would interpret`, {
            input,
            hint: 'a commit SHA, a semver tag such as v1.2.3, or a digest such as sha256:…'
        });
    }
}
/** Whether a version names an immutable artifact, and what kind of name it is. */
function classifyVersion(version) {
    // An image reference: judge its tag or digest (registry/app:1.2.3, app@sha256:…).
    const at = version.lastIndexOf('@');
    if (at > 0) {
        const digest = version.slice(at + 1);
        return DIGEST.test(digest) ? { immutable: true, kind: 'image digest' } : { immutable: false, kind: 'not a digest after @' };
    }
    if (DIGEST.test(version))
        return { immutable: true, kind: 'digest' };
    const colon = version.lastIndexOf(':');
    const slash = version.lastIndexOf('/');
    let tag = version;
    if (colon > slash && colon > 0)
        tag = version.slice(colon + 1);
    else if (slash >= 0)
        return { immutable: false, kind: 'a branch-like name' };
    if (tag.startsWith('refs/'))
        return { immutable: false, kind: 'a Git ref' };
    if (MOVING.has(tag.toLowerCase()))
        return { immutable: false, kind: `"${tag}" is a moving tag` };
    if (SHA.test(tag) && /\d/.test(tag))
        return { immutable: true, kind: 'commit sha' };
    if (SEMVER.test(tag))
        return { immutable: true, kind: 'semver tag' };
    return { immutable: false, kind: 'neither a commit SHA, a semver tag nor a digest' };
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./.build/src/core/deploy/shell-words.js
/**
 * Splits a script input (`run: ./deploy.sh --region eu`) into an argument vector the way a POSIX
 * shell splits words, without a shell: quotes group, backslashes escape, and nothing is expanded.
 * Operators a user might expect a shell to honour (`&&`, `|`, `>`, `$VAR`, backquotes) are refused
 * rather than passed on as literal words, so that a value means the same here as in a terminal.
 */

const OPERATORS = new Set(['|', '&', ';', '<', '>', '(', ')', '`', '$', '\n', '\r']);
/** The argument vector of `value`; a UserError naming `input` for what a shell would read differently. */
function shellWords(value, input) {
    const words = [];
    let current = '';
    let inWord = false;
    const hint = 'one command with its arguments, e.g. `./deploy.sh --fast`; put pipelines and variables in a script';
    for (let i = 0; i < value.length; i++) {
        const ch = value[i];
        if (ch === "'") {
            const end = value.indexOf("'", i + 1);
            if (end < 0)
                throw new core_errors/* UserError */.y('unterminated single quote', { input, hint });
            current += value.slice(i + 1, end);
            inWord = true;
            i = end;
        }
        else if (ch === '"') {
            inWord = true;
            let j = i + 1;
            for (; j < value.length && value[j] !== '"'; j++) {
                const c = value[j];
                if (c === '\\' && j + 1 < value.length && '"\\$`\n'.includes(value[j + 1])) {
                    if (value[j + 1] !== '\n')
                        current += value[j + 1];
                    j++;
                }
                else if (c === '$' || c === '`') {
                    throw new core_errors/* UserError */.y(`expansion ${JSON.stringify(c)} inside double quotes is not supported`, { input, hint });
                }
                else
                    current += c;
            }
            if (j >= value.length)
                throw new core_errors/* UserError */.y('unterminated double quote', { input, hint });
            i = j;
        }
        else if (ch === '\\') {
            if (i + 1 >= value.length)
                throw new core_errors/* UserError */.y('a backslash ends the value', { input, hint });
            if (value[i + 1] !== '\n') {
                current += value[i + 1];
                inWord = true;
            }
            i++;
        }
        else if (ch === ' ' || ch === '\t') {
            if (inWord)
                words.push(current);
            current = '';
            inWord = false;
        }
        else if (OPERATORS.has(ch)) {
            const shown = ch === '\n' || ch === '\r' ? 'a line break' : JSON.stringify(ch);
            throw new core_errors/* UserError */.y(`shell syntax ${shown} is not supported: the script runs without a shell`, { input, hint });
        }
        else if (ch === '#' && !inWord) {
            break; // a comment, as in a shell
        }
        else {
            current += ch;
            inWord = true;
        }
    }
    if (inWord)
        words.push(current);
    return words;
}

;// CONCATENATED MODULE: ./.build/src/core/deploy/script.js
/**
 * Runs the user's scripts (`run`, `rollback-run`, `migrate-run`) as argument vectors — never
 * through a shell — in their own process group, so that a timeout or a cancellation ends the
 * script and whatever it started in the foreground. Output is relayed line by line, redacted.
 */





/**
 * Parses a script input and checks that its program exists and is executable — before anything
 * changes. A program with a slash is a file relative to the workspace; a bare name is looked up
 * on PATH, as a shell would.
 */
function parseScript(value, input, workspace, env) {
    const argv = shellWords(value, input);
    if (argv.length === 0)
        throw new core_errors/* UserError */.y('no command', { input });
    const [program, ...args] = argv;
    let file;
    if (program.includes('/')) {
        file = external_node_path_.resolve(workspace, program);
        let isFile = false;
        try {
            isFile = (0,external_node_fs_.statSync)(file).isFile();
        }
        catch {
            throw new core_errors/* UserError */.y(`${program}: no such file`, { input, hint: 'script paths are relative to the workspace' });
        }
        if (!isFile)
            throw new core_errors/* UserError */.y(`${program}: not a file`, { input });
        try {
            (0,external_node_fs_.accessSync)(file, external_node_fs_.constants.X_OK);
        }
        catch {
            throw new core_errors/* UserError */.y(`${program}: not executable`, { input, hint: `chmod +x ${program}, or run it through its interpreter, e.g. bash ${program}` });
        }
    }
    else {
        if (!findOnPath(program, env))
            throw new core_errors/* UserError */.y(`${program}: command not found on PATH`, { input });
        file = program;
    }
    return { input, file, args, shown: argv.map((a) => (/^[\w@%+=:,./-]+$/.test(a) ? a : JSON.stringify(a))).join(' ') };
}
/** The executable file a bare program name means on PATH, as a shell finds it; undefined when there is none. */
function findOnPath(program, env) {
    return (env.PATH ?? '')
        .split(external_node_path_.delimiter)
        .filter(Boolean)
        .map((dir) => external_node_path_.join(dir, program))
        .find((candidate) => {
        try {
            (0,external_node_fs_.accessSync)(candidate, external_node_fs_.constants.X_OK);
            return (0,external_node_fs_.statSync)(candidate).isFile();
        }
        catch {
            return false;
        }
    });
}
/**
 * A watchdog beside the script: a small shell, in a process group of its own, that ends the script's
 * group when this process dies without doing so itself (kill -9 of the step; Node has no
 * PR_SET_PDEATHSIG). It checks once a second and ends by itself when the script's group is gone.
 */
function watchdog(pgid) {
    if (process.platform === 'win32')
        return undefined;
    const parent = process.pid;
    const script = `while kill -0 ${parent} 2>/dev/null && kill -0 -${pgid} 2>/dev/null; do sleep 1; done; if ! kill -0 ${parent} 2>/dev/null; then kill -TERM -${pgid} 2>/dev/null; sleep 3; kill -KILL -${pgid} 2>/dev/null; fi`;
    try {
        const dog = (0,external_node_child_process_.spawn)('/bin/sh', ['-c', script], { detached: true, stdio: 'ignore' });
        dog.on('error', () => undefined);
        dog.unref();
        return dog;
    }
    catch {
        return undefined;
    }
}
/** A line longer than this is relayed in pieces (output without newlines must not grow memory). */
const MAX_LINE = 64 * 1024;
/** Runs a script to its end, a timeout or a cancellation. Never throws for the script's own failures. */
async function runScript(script, options) {
    const started = Date.now();
    if (options.signal.aborted)
        return { outcome: 'cancelled', code: null, signal: null, ms: 0 };
    const child = (0,external_node_child_process_.spawn)(script.file, script.args, {
        cwd: options.cwd,
        env: options.env,
        stdio: ['ignore', 'pipe', 'pipe'],
        // Its own process group: killing -pid reaches the children it started in the foreground.
        detached: true,
        shell: false
    });
    const dog = child.pid ? watchdog(child.pid) : undefined;
    if (child.pid)
        options.onGroup?.(child.pid);
    const pending = { stdout: '', stderr: '' };
    const feed = (stream) => (chunk) => {
        let text = pending[stream] + chunk;
        let nl;
        while ((nl = text.indexOf('\n')) >= 0) {
            options.onLine(text.slice(0, nl).replace(/\r$/, ''), stream);
            text = text.slice(nl + 1);
        }
        const hold = options.mask?.holdBack ?? 0;
        while (text.length > MAX_LINE + hold) {
            // Every whole secret is masked before the cut: one that crosses it is whole in `text`.
            if (options.mask)
                text = options.mask.redact(text);
            if (text.length <= MAX_LINE + hold)
                break;
            options.onLine(text.slice(0, MAX_LINE), stream);
            text = text.slice(MAX_LINE);
        }
        pending[stream] = text;
    };
    child.stdout.setEncoding('utf8').on('data', feed('stdout'));
    child.stderr.setEncoding('utf8').on('data', feed('stderr'));
    let outcome;
    let killTimer;
    const killGroup = (why) => {
        if (outcome)
            return;
        outcome = why;
        signalGroup(child.pid, 'SIGTERM');
        killTimer = setTimeout(() => signalGroup(child.pid, 'SIGKILL'), options.killGraceMs ?? 3000);
    };
    const timer = setTimeout(() => killGroup('timeout'), options.timeoutMs);
    const onAbort = () => killGroup('cancelled');
    options.signal.addEventListener('abort', onAbort, { once: true });
    // Registered now: 'close' may follow 'exit' before the code after the exit await runs.
    const closed = new Promise((resolve) => child.once('close', resolve));
    const exit = await new Promise((resolve) => {
        child.once('error', (err) => resolve({ code: null, signal: null, spawnError: err }));
        child.once('exit', (code, signal) => resolve({ code, signal }));
    });
    clearTimeout(timer);
    options.signal.removeEventListener('abort', onAbort);
    // A background process the script started may hold the pipes open: wait briefly, then let go.
    await Promise.race([
        closed,
        new Promise((resolve) => setTimeout(resolve, 500))
    ]);
    child.stdout.destroy();
    child.stderr.destroy();
    if (outcome) {
        // What the script left running in its group goes too (the grace timer may still be pending).
        signalGroup(child.pid, 'SIGKILL');
    }
    if (killTimer)
        clearTimeout(killTimer);
    dog?.kill('SIGKILL');
    if (child.pid)
        options.onGroup?.(undefined);
    for (const stream of ['stdout', 'stderr'])
        if (pending[stream])
            options.onLine(pending[stream], stream);
    if (exit.spawnError) {
        options.onLine(`cannot start ${script.shown}: ${exit.spawnError.message}`, 'stderr');
        return { outcome: 'failed', code: null, signal: null, ms: Date.now() - started };
    }
    return { outcome: outcome ?? (exit.code === 0 ? 'ok' : 'failed'), code: exit.code, signal: exit.signal, ms: Date.now() - started };
}
function signalGroup(pid, signal) {
    if (!pid)
        return;
    try {
        process.kill(-pid, signal);
    }
    catch {
        // The group is gone already.
    }
}

;// CONCATENATED MODULE: ./.build/src/core/deploy/strategy.js
/**
 * Deployment strategies: the steps by which a version is brought into service once migrations
 * ran. A strategy only plans; the engine applies each step through the provider, verifies where
 * the plan says so (the smoke-test core), and rolls back when a step or a verification fails.
 *
 * - `direct`: one step, all traffic at once.
 * - `blue-green`: deploy to the idle slot with no traffic, verify the slot, switch all traffic to
 *   it, verify the environment; the old slot keeps running for an instant rollback.
 * - `canary`: deploy to the idle slot with the first share of `canary-steps`, then raise the share
 *   step by step; after each, the slot and the environment are verified.
 */

/** Strategy names of the `strategy` input. */
const STRATEGIES = ['direct', 'blue-green', 'canary'];
/** The two slots of blue-green and canary. */
const SLOTS = ['blue', 'green'];
/** The slot a slotted strategy deploys to: the one not serving now (blue when none is). */
function idleSlot(active) {
    return active === 'blue' ? 'green' : 'blue';
}
/** `direct`: one step, all traffic; verified on the environment when verify-checks are given. */
class DirectStrategy {
    name = 'direct';
    slotted = false;
    plan() {
        return [{ action: 'deploy', slot: '', trafficPercent: 100, verifySlot: false, verifyEnvironment: true }];
    }
}
/** `blue-green`: the idle slot is deployed and verified with no traffic, then takes all of it. */
class BlueGreenStrategy {
    name = 'blue-green';
    slotted = true;
    plan(slot) {
        return [
            { action: 'deploy', slot, trafficPercent: 0, verifySlot: true, verifyEnvironment: false },
            { action: 'traffic', slot, trafficPercent: 100, verifySlot: false, verifyEnvironment: true }
        ];
    }
}
/** `canary`: the idle slot takes the shares of `canary-steps` in turn, verified after each. */
class CanaryStrategy {
    steps;
    name = 'canary';
    slotted = true;
    constructor(steps) {
        this.steps = steps;
    }
    plan(slot) {
        return this.steps.map((p, i) => ({ action: i === 0 ? 'deploy' : 'traffic', slot, trafficPercent: p, verifySlot: true, verifyEnvironment: true }));
    }
}
/**
 * Parses `canary-steps`: increasing percentages above 0, ending at 100 (`10,50,100`; `%` signs
 * and spaces allowed). At most 20 steps.
 */
function parseCanarySteps(value, input) {
    const parts = value
        .split(/[,\s]+/)
        .map((s) => s.trim())
        .filter(Boolean);
    if (parts.length === 0)
        throw new core_errors/* UserError */.y('no steps', { input, hint: 'e.g. 10,50,100' });
    if (parts.length > 20)
        throw new core_errors/* UserError */.y(`${parts.length} steps; at most 20`, { input });
    const steps = [];
    for (const part of parts) {
        const m = /^(\d+(?:\.\d+)?)%?$/.exec(part);
        const n = m ? Number(m[1]) : NaN;
        if (!Number.isFinite(n) || n <= 0 || n > 100)
            throw new core_errors/* UserError */.y(`${JSON.stringify(part)} is not a percentage above 0 and at most 100`, { input, hint: 'e.g. 10,50,100' });
        if (steps.length && n <= steps[steps.length - 1])
            throw new core_errors/* UserError */.y(`steps must increase: ${steps[steps.length - 1]} then ${n}`, { input, hint: 'e.g. 10,50,100' });
        steps.push(n);
    }
    if (steps[steps.length - 1] !== 100)
        throw new core_errors/* UserError */.y(`the last step must be 100 (all traffic), got ${steps[steps.length - 1]}`, { input, hint: `e.g. ${[...steps, 100].join(',')}` });
    return steps;
}
/** The strategy of the `strategy` input (`canary-steps` already parsed). */
function createStrategy(name, input, canarySteps = [10, 50, 100]) {
    if (name === 'direct')
        return new DirectStrategy();
    if (name === 'blue-green')
        return new BlueGreenStrategy();
    if (name === 'canary')
        return new CanaryStrategy(canarySteps);
    throw new core_errors/* UserError */.y(`unknown strategy ${JSON.stringify(name)}`, { input, hint: `one of ${STRATEGIES.join(', ')}` });
}

;// CONCATENATED MODULE: ./.build/src/core/deploy/provider.js
/** Names of the `provider` input. */
const PROVIDERS = ['command', 'kubernetes', 'aws-ecs', 'azure-webapp', 'gcp-cloudrun', 'vercel'];

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
;// CONCATENATED MODULE: ./.build/src/core/deploy/command-provider.js
/**
 * Provider `command`: the user's own scripts. `run` brings a step about, `rollback-run` (or `run`
 * with the previous version) a rollback. Each call gets the step in PHASE_GATES_* variables (set
 * by the engine) and a file in PHASE_GATES_OUTPUT where it may write `url=…`, the address at which
 * the slot it deployed can be reached for verification, as a step writes GITHUB_OUTPUT.
 */





/** Reads the `provider-options` of `command`: only `slot-urls` is known. */
function commandOptions(options, input) {
    const unknown = Object.keys(options).filter((k) => k !== 'slot-urls');
    if (unknown.length)
        throw new core_errors/* UserError */.y(`unknown key${unknown.length > 1 ? 's' : ''} for provider command: ${unknown.join(', ')}`, { input, hint: 'provider command knows slot-urls' });
    const raw = options['slot-urls'];
    const slotUrls = {};
    if (raw === undefined || raw === null)
        return { slotUrls };
    if (typeof raw !== 'object' || Array.isArray(raw))
        throw new core_errors/* UserError */.y('slot-urls must be a mapping of blue and green to URLs', { input });
    for (const [slot, url] of Object.entries(raw)) {
        if (!SLOTS.includes(slot))
            throw new core_errors/* UserError */.y(`slot-urls: unknown slot ${JSON.stringify(slot)}`, { input, hint: 'blue or green' });
        if (typeof url !== 'string' || !/^https?:\/\/[^\s]+$/.test(url))
            throw new core_errors/* UserError */.y(`slot-urls.${slot} is not an http(s) URL`, { input });
        slotUrls[slot] = url;
    }
    return { slotUrls };
}
/** Reads `name=value` lines (and `name<<EOF` blocks) of an output file, as the runner does. */
function readOutputFile(text) {
    const out = {};
    const lines = text.split(/\r?\n/);
    for (let i = 0; i < lines.length; i++) {
        const heredoc = /^([\w-]+)<<(.+)$/.exec(lines[i]);
        if (heredoc) {
            const value = [];
            while (++i < lines.length && lines[i] !== heredoc[2])
                value.push(lines[i]);
            out[heredoc[1]] = value.join('\n');
            continue;
        }
        const at = lines[i].indexOf('=');
        if (at > 0)
            out[lines[i].slice(0, at).trim()] = lines[i].slice(at + 1).trim();
    }
    return out;
}
/** The `command` provider. */
class CommandProvider {
    run;
    rollbackRun;
    options;
    name = 'command';
    strategies = ['direct', 'blue-green', 'canary'];
    programs = [];
    constructor(run, rollbackRun, options = { slotUrls: {} }) {
        this.run = run;
        this.rollbackRun = rollbackRun;
        this.options = options;
    }
    script(step) {
        return step.action === 'rollback' ? (this.rollbackRun ?? this.run) : this.run;
    }
    command(step, script, env = {}) {
        const what = step.action === 'rollback' ? `roll back to ${step.version || '(nothing)'}` : step.action === 'traffic' ? `move ${step.trafficPercent}% of traffic to ${step.slot}` : `deploy ${step.version}${step.slot ? ` to ${step.slot}` : ''}`;
        return { program: script.file, args: script.args, env, purpose: `${script.input}: ${what}`, input: script.input };
    }
    plan(step) {
        const script = this.script(step);
        return script ? [this.command(step, script)] : [];
    }
    async apply(step, runtime) {
        const script = this.script(step);
        if (!script)
            return { outcome: 'failed', detail: 'no run or rollback-run script' };
        const dir = (0,external_node_fs_.mkdtempSync)(external_node_path_.join((0,external_node_os_.tmpdir)(), 'phase-gates-output-'));
        const file = external_node_path_.join(dir, 'output');
        try {
            const result = await runtime.exec(this.command(step, script, { PHASE_GATES_OUTPUT: file }));
            let written = {};
            try {
                written = readOutputFile((0,external_node_fs_.readFileSync)(file, 'utf8').slice(0, 64 * 1024));
            }
            catch {
                // The script wrote nothing.
            }
            const url = written.url && /^https?:\/\/\S+$/.test(written.url) ? written.url : step.slot ? this.options.slotUrls[step.slot] : undefined;
            if (result.outcome === 'ok')
                return { outcome: 'ok', url };
            if (result.outcome === 'cancelled')
                return { outcome: 'cancelled' };
            return { outcome: 'failed', url, detail: result.outcome === 'timeout' ? `${script.input} timed out` : `${script.input} exited with ${result.code ?? 'a signal'}` };
        }
        finally {
            (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
        }
    }
}

;// CONCATENATED MODULE: ./.build/src/core/deploy/providers/common.js
/**
 * What the cloud providers share: reading `provider-options` (one error per bad key, all at once),
 * image references, and running a step's commands one after the other until one fails.
 */

/** Control characters (newlines among them): never part of a name, a path or a URL we pass on. */
const CONTROL = /[\x00-\x1f\x7f]/;
/** Common naming rules. */
const RULES = {
    /** RFC 1123 label (Kubernetes namespaces, container names). */
    dnsLabel: { pattern: /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/, maxLength: 63, says: 'a DNS label: lower-case letters, digits and "-", starting and ending with a letter or digit, at most 63 characters' },
    /** RFC 1123 subdomain (Kubernetes object names such as Deployments). */
    dnsSubdomain: {
        pattern: /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/,
        maxLength: 253,
        says: 'a DNS subdomain: lower-case letters, digits, "-" and ".", starting and ending with a letter or digit, at most 253 characters'
    },
    /** RFC 1035 label (Kubernetes Services). */
    dns1035: { pattern: /^[a-z]([-a-z0-9]*[a-z0-9])?$/, maxLength: 63, says: 'a DNS-1035 label: lower-case letters, digits and "-", starting with a letter, at most 63 characters' },
    /** A file-system path or any free text without control characters (checked for all strings). */
    text: { pattern: /^[^\x00-\x1f\x7f]+$/, says: 'text on one line' },
    /** An http(s) URL. */
    url: { pattern: /^https?:\/\/[^\s]+$/, says: 'an http:// or https:// URL' }
};
/**
 * Reads a `provider-options` mapping. Each getter records an error instead of throwing, so that
 * {@link OptionReader.done} reports every bad key at once; unknown keys are errors too (typos).
 */
class OptionReader {
    provider;
    options;
    input;
    errors = [];
    seen = new Set();
    constructor(provider, options, input) {
        this.provider = provider;
        this.options = options;
        this.input = input;
        if (options === null || typeof options !== 'object' || Array.isArray(options)) {
            this.fail(`${provider} takes a mapping of options`, 'e.g. provider-options: "{ key: value }"');
            this.options = {};
        }
    }
    /** Records an error about this provider's options. */
    fail(message, hint) {
        this.errors.push(new core_errors/* UserError */.y(message, { input: this.input, hint }));
    }
    raw(key) {
        this.seen.add(key);
        return Object.prototype.hasOwnProperty.call(this.options, key) ? this.options[key] : undefined;
    }
    /** Whether the key was given (with a non-empty value). */
    has(key) {
        const v = Object.prototype.hasOwnProperty.call(this.options, key) ? this.options[key] : undefined;
        return v !== undefined && v !== null && v !== '';
    }
    /** A string option; numbers are taken as their decimal text. Returns '' when absent or bad. */
    string(key, spec) {
        const v = this.raw(key);
        if (v === undefined || v === null || v === '') {
            if (spec.required)
                this.fail(`${this.provider} needs "${key}" (${spec.meaning})`);
            return '';
        }
        let text;
        if (typeof v === 'string')
            text = v;
        else if (typeof v === 'number' && Number.isFinite(v))
            text = String(v);
        else {
            this.fail(`${this.provider} "${key}" must be a string, not ${describeType(v)}`, spec.meaning);
            return '';
        }
        if (CONTROL.test(text)) {
            this.fail(`${this.provider} "${key}" must be on one line, without control characters`, spec.meaning);
            return '';
        }
        if (text.trim() !== text) {
            this.fail(`${this.provider} "${key}" has leading or trailing spaces: ${show(text)}`, spec.meaning);
            return '';
        }
        if (text.startsWith('-')) {
            this.fail(`${this.provider} "${key}" must not start with "-" (a command would read it as a flag): got ${show(text)}`, spec.meaning);
            return '';
        }
        const rule = spec.rule;
        if (rule && ((rule.maxLength !== undefined && text.length > rule.maxLength) || !rule.pattern.test(text))) {
            this.fail(`${this.provider} "${key}" must be ${rule.says}: got ${show(text)}`, spec.meaning);
            return '';
        }
        return text;
    }
    /** A boolean option (YAML true/false, or the strings "true"/"false"). */
    bool(key, meaning, fallback = false) {
        const v = this.raw(key);
        if (v === undefined || v === null || v === '')
            return fallback;
        if (typeof v === 'boolean')
            return v;
        if (v === 'true')
            return true;
        if (v === 'false')
            return false;
        this.fail(`${this.provider} "${key}" must be true or false: got ${show(String(v))}`, meaning);
        return fallback;
    }
    /** Throws the errors found so far (and unknown keys), if any. */
    done() {
        const unknown = Object.keys(this.options).filter((k) => !this.seen.has(k));
        for (const k of unknown) {
            this.fail(`${this.provider} does not take "${k}"`, `its keys: ${[...this.seen].join(', ')}`);
        }
        if (this.errors.length)
            throw core_errors/* UserError */.y.several(this.errors);
    }
}
function describeType(v) {
    if (Array.isArray(v))
        return 'a list';
    if (typeof v === 'object')
        return 'a mapping';
    return `a ${typeof v}`;
}
/** A value quoted for an error message, cut to a readable length. */
function show(text) {
    return JSON.stringify(text.length > 80 ? `${text.slice(0, 77)}...` : text);
}
// ---------------------------------------------------------------------------------------------
// Image references
/**
 * An image repository without tag or digest: `[registry[:port]/]path`, the path in lower case
 * (distribution/reference grammar).
 */
const IMAGE_REPOSITORY = {
    pattern: /^(?:(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*(?::[0-9]+)?)\/)?[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$/,
    maxLength: 255,
    says: 'an image repository without tag or digest, e.g. ghcr.io/acme/web (the tag is the deploy version)'
};
const common_DIGEST = /^sha256:[0-9a-f]{64}$/;
const TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
/** The image reference for a plan: like {@link imageRef}, with a placeholder where the version is unknown or unusable. */
function planRef(repository, version) {
    if (!version)
        return `${repository}:<previous-version>`;
    try {
        return imageRef(repository, version);
    }
    catch {
        return `${repository}:${version}`;
    }
}
/**
 * The image reference of `version` in `repository`: `repository:version`, or
 * `repository@sha256:…` when the version is a digest. Throws (with a one-line reason) when the
 * version cannot be an image tag, e.g. semver build metadata `1.2.3+build.5`.
 */
function imageRef(repository, version) {
    if (common_DIGEST.test(version))
        return `${repository}@${version}`;
    if (/^sha(256|384|512):/i.test(version))
        throw new StepError(`version ${show(version)} is not a sha256 digest an image can be pulled by`);
    if (!TAG.test(version)) {
        throw new StepError(`version ${show(version)} is not a valid image tag (letters, digits, "_", "." and "-", at most 128 characters)`);
    }
    return `${repository}:${version}`;
}
// ---------------------------------------------------------------------------------------------
// Running a step
/** Thrown inside a provider's step to end it with this outcome (never escapes `apply`). */
class StepError extends Error {
    detail;
    outcome;
    constructor(detail, outcome = 'failed') {
        super(detail);
        this.detail = detail;
        this.outcome = outcome;
        this.name = 'StepError';
    }
}
/** The one-line reason a command ended badly. */
function commandFailure(command, result) {
    if (result.outcome === 'cancelled')
        return new StepError(`cancelled during: ${command.purpose}`, 'cancelled');
    if (result.outcome === 'timeout')
        return new StepError(`${command.purpose}: timed out`);
    return new StepError(`${command.purpose}: ${command.program} exited with ${result.code === null ? 'a signal' : `code ${result.code}`}`);
}
/** Runs commands for one step; the first failure ends the step (through {@link StepError}). */
class StepRunner {
    runtime;
    constructor(runtime) {
        this.runtime = runtime;
    }
    /** Runs one command; throws StepError unless it succeeded. Resolves its stdout. */
    async run(command) {
        const result = await this.exec(command);
        if (result.outcome !== 'ok')
            throw commandFailure(command, result);
        return result.stdout;
    }
    /** Runs a read whose failure is tolerated: resolves undefined when it failed (a cancellation still ends the step). */
    async read(command) {
        const result = await this.exec(command);
        if (result.outcome === 'cancelled')
            throw commandFailure(command, result);
        return result.outcome === 'ok' ? result.stdout : undefined;
    }
    async exec(command) {
        try {
            return await this.runtime.exec(command);
        }
        catch (err) {
            throw new StepError(`${command.purpose}: ${err instanceof Error ? err.message : String(err)}`.replace(/[\r\n]+/g, ' '));
        }
    }
}
/** Runs `body` and turns a StepError into the step's outcome. */
async function step(runtime, body) {
    try {
        return await body(new StepRunner(runtime));
    }
    catch (err) {
        if (err instanceof StepError)
            return { outcome: err.outcome, detail: err.detail };
        throw err;
    }
}
/** Parses a command's JSON output, or ends the step saying which command printed something else. */
function parseJson(stdout, what) {
    try {
        return JSON.parse(stdout);
    }
    catch {
        throw new StepError(`${what}: the output is not JSON`);
    }
}
/** A plain object, or undefined. */
function record(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? value : undefined;
}
/** A list, or an empty one. */
function list(value) {
    return Array.isArray(value) ? value : [];
}
/** A string, or ''. */
function str(value) {
    return typeof value === 'string' ? value : '';
}
/** A whole percentage 0..100, or a StepError. */
function percent(step) {
    const p = step.trafficPercent;
    if (!Number.isInteger(p) || p < 0 || p > 100)
        throw new StepError(`traffic percentage ${String(p)} is not a whole number from 0 to 100`);
    return p;
}
/** The version a rollback returns to, or a StepError when there is none. */
function rollbackVersion(step) {
    if (!step.version)
        throw new StepError('no previous version to roll back to');
    return step.version;
}
/** The first https:// URL printed on its own line (CLIs print the deployment URL so). */
function firstUrl(stdout) {
    for (const line of stdout.split(/\r?\n/)) {
        const t = line.trim();
        if (/^https:\/\/\S+$/.test(t))
            return t;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./.build/src/core/deploy/providers/aws-ecs.js
/**
 * Provider `aws-ecs`: an ECS service updated with the AWS CLI (v1 or v2), as a rolling update of
 * the service's own (ECS) deployment controller.
 *
 * deploy: `aws ecs describe-services` (the task definition in service, and a check that the
 * service uses the ECS controller) → `aws ecs describe-task-definition --include TAGS` → the same
 * definition with the container's image replaced, keeping only the fields
 * RegisterTaskDefinition accepts → `aws ecs register-task-definition --cli-input-json file://…`
 * (a file: a task definition can hold environment values that must not show on a command line)
 * → `aws ecs update-service --task-definition <new arn>` → `aws ecs wait services-stable`.
 *
 * rollback: after a deploy of this run, `update-service` back to the task definition that was in
 * service before it; otherwise (mode rollback) the deploy above with the previous version's image.
 *
 * blue-green and canary are refused: on ECS they are CodeDeploy's (the CODE_DEPLOY deployment
 * controller with two target groups and an AppSpec), which update-service cannot drive.
 */




const ECS_TRAFFIC_REFUSAL = 'aws-ecs deploys as a rolling update of the service: blue-green and canary traffic shifting on ECS is CodeDeploy\'s domain ' +
    '(deployment controller CODE_DEPLOY, two target groups, an AppSpec), which update-service cannot drive. ' +
    'Use direct (with the ECS deployment circuit breaker), or run aws deploy create-deployment through provider command';
/**
 * The request fields of RegisterTaskDefinition: everything describe-task-definition returns
 * beyond them (taskDefinitionArn, revision, status, requiresAttributes, compatibilities,
 * registeredAt, registeredBy, deregisteredAt) is refused by register-task-definition.
 */
const REGISTER_TASK_DEFINITION_FIELDS = [
    'family',
    'taskRoleArn',
    'executionRoleArn',
    'networkMode',
    'containerDefinitions',
    'volumes',
    'placementConstraints',
    'requiresCompatibilities',
    'cpu',
    'memory',
    'tags',
    'pidMode',
    'ipcMode',
    'proxyConfiguration',
    'inferenceAccelerators',
    'ephemeralStorage',
    'runtimePlatform',
    'enableFaultInjection'
];
const NAME = { pattern: /^[A-Za-z0-9_-]{1,255}$/, says: 'up to 255 letters, digits, "-" and "_"' };
const CLUSTER = { pattern: /^([A-Za-z0-9_-]{1,255}|arn:aws[a-z-]*:ecs:[a-z0-9-]+:\d{12}:cluster\/[A-Za-z0-9_-]{1,255})$/, says: 'a cluster name (up to 255 letters, digits, "-" and "_") or its ARN' };
const SERVICE = { pattern: /^([A-Za-z0-9_-]{1,255}|arn:aws[a-z-]*:ecs:[a-z0-9-]+:\d{12}:service\/[A-Za-z0-9_/-]{1,511})$/, says: 'a service name (up to 255 letters, digits, "-" and "_") or its ARN' };
const REGION = { pattern: /^[a-z]{2}(-[a-z]+)+-\d{1,2}$/, says: 'an AWS region such as eu-central-1' };
/** Reads and checks `provider-options` for aws-ecs. */
function ecsOptions(options, input) {
    const r = new OptionReader('aws-ecs', options, input);
    const o = {
        cluster: r.string('cluster', { required: true, meaning: 'the ECS cluster', rule: CLUSTER }),
        service: r.string('service', { required: true, meaning: 'the ECS service to update', rule: SERVICE }),
        taskDefinition: r.string('task-definition', { meaning: 'the task definition family to base new revisions on (default: the one in service)', rule: NAME }),
        container: r.string('container', { meaning: 'the container whose image is replaced (default: the only one)', rule: NAME }),
        image: r.string('image', { required: true, meaning: 'the image repository, e.g. an ECR repository URI; the version is its tag', rule: IMAGE_REPOSITORY }),
        region: r.string('region', { meaning: 'the AWS region (default: the CLI\'s, e.g. AWS_REGION)', rule: REGION })
    };
    r.done();
    return o;
}
class EcsProvider {
    o;
    name = 'aws-ecs';
    strategies = ['direct'];
    programs = ['aws'];
    /** The task definition in service before this run changed it. */
    previousArn = '';
    constructor(o) {
        this.o = o;
    }
    plan(s) {
        if (s.slot || (s.action === 'traffic'))
            return [];
        if (s.action === 'rollback' && this.previousArn)
            return [this.updateService(this.previousArn), this.waitStable()];
        const ref = planRef(this.o.image, s.version);
        return [
            this.describeServices(),
            this.describeTaskDefinition(this.o.taskDefinition || '<task-definition-in-service>'),
            this.register('<task-definition.json>', ref),
            this.updateService('<new-task-definition-arn>'),
            this.waitStable()
        ];
    }
    apply(s, runtime) {
        return step(runtime, async (run) => {
            if (s.slot || s.action === 'traffic')
                throw new StepError(ECS_TRAFFIC_REFUSAL);
            if (s.action === 'rollback' && this.previousArn) {
                await run.run(this.updateService(this.previousArn));
                await run.run(this.waitStable());
                return { outcome: 'ok' };
            }
            const version = s.action === 'rollback' ? rollbackVersion(s) : s.version;
            await this.deploy(run, imageRef(this.o.image, version));
            return { outcome: 'ok' };
        });
    }
    async deploy(run, ref) {
        const inService = this.readService(await run.run(this.describeServices()));
        const described = parseJson(await run.run(this.describeTaskDefinition(this.o.taskDefinition || inService)), 'aws ecs describe-task-definition');
        const input = registerInput(described, this.o.container, ref);
        const dir = await (0,promises_.mkdtemp)((0,external_node_path_.join)(process.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), 'phase-gates-ecs-'));
        let arn;
        try {
            const file = (0,external_node_path_.join)(dir, 'task-definition.json');
            await (0,promises_.writeFile)(file, JSON.stringify(input), { mode: 0o600 });
            const registered = record(parseJson(await run.run(this.register(file, ref)), 'aws ecs register-task-definition'));
            arn = str(record(registered?.taskDefinition)?.taskDefinitionArn);
            if (!arn)
                throw new StepError('aws ecs register-task-definition printed no taskDefinitionArn');
        }
        finally {
            await (0,promises_.rm)(dir, { recursive: true, force: true });
        }
        if (!this.previousArn)
            this.previousArn = inService;
        await run.run(this.updateService(arn));
        await run.run(this.waitStable());
    }
    /** The task definition ARN in service, after checking the service can be updated so. */
    readService(stdout) {
        const out = record(parseJson(stdout, 'aws ecs describe-services'));
        const failure = record(list(out?.failures)[0]);
        if (failure)
            throw new StepError(`service ${show(this.o.service)} in cluster ${show(this.o.cluster)}: ${str(failure.reason) || 'not found'}`);
        const service = record(list(out?.services)[0]);
        if (!service)
            throw new StepError(`service ${show(this.o.service)} not found in cluster ${show(this.o.cluster)}`);
        if (service.status !== undefined && service.status !== 'ACTIVE')
            throw new StepError(`service ${show(this.o.service)} is ${str(service.status)}, not ACTIVE`);
        const controller = str(record(service.deploymentController)?.type) || 'ECS';
        if (controller !== 'ECS') {
            throw new StepError(`service ${show(this.o.service)} uses the ${controller} deployment controller: its task definition changes through ${controller === 'CODE_DEPLOY' ? 'CodeDeploy' : 'that controller'}, not update-service`);
        }
        const arn = str(service.taskDefinition);
        if (!arn)
            throw new StepError(`service ${show(this.o.service)} has no task definition`);
        return arn;
    }
    aws(args, purpose, output = true) {
        const tail = this.o.region ? ['--region', this.o.region] : [];
        if (output)
            tail.push('--output', 'json');
        return { program: 'aws', args: ['ecs', ...args, ...tail], env: { AWS_PAGER: '' }, purpose };
    }
    describeServices() {
        return this.aws(['describe-services', '--cluster', this.o.cluster, '--services', this.o.service], `read service ${this.o.service}`);
    }
    describeTaskDefinition(taskDefinition) {
        return this.aws(['describe-task-definition', '--task-definition', taskDefinition, '--include', 'TAGS'], `read task definition ${taskDefinition}`);
    }
    register(file, ref) {
        return this.aws(['register-task-definition', '--cli-input-json', `file://${file}`], `register a task definition revision with image ${ref}`);
    }
    updateService(arn) {
        return this.aws(['update-service', '--cluster', this.o.cluster, '--service', this.o.service, '--task-definition', arn], `update service ${this.o.service} to ${arn}`);
    }
    waitStable() {
        return this.aws(['wait', 'services-stable', '--cluster', this.o.cluster, '--services', this.o.service], `wait until service ${this.o.service} is stable`, false);
    }
}
/**
 * The register-task-definition input for `described` (describe-task-definition's output) with the
 * image of `container` (or of its only container) set to `ref`.
 */
function registerInput(described, container, ref) {
    const out = record(described);
    const def = record(out?.taskDefinition);
    if (!def)
        throw new StepError('aws ecs describe-task-definition printed no taskDefinition');
    const input = {};
    for (const key of REGISTER_TASK_DEFINITION_FIELDS) {
        if (def[key] !== undefined && def[key] !== null)
            input[key] = def[key];
    }
    const tags = list(out?.tags);
    if (tags.length)
        input.tags = tags;
    const containers = list(def.containerDefinitions).map((c) => record(c) ?? {});
    const names = containers.map((c) => str(c.name));
    const revision = `${str(def.family)}:${String(def.revision ?? '?')}`;
    let index;
    if (container) {
        index = names.indexOf(container);
        if (index < 0)
            throw new StepError(`task definition ${revision} has no container ${show(container)} (it has ${names.join(', ') || 'none'})`);
    }
    else {
        if (containers.length !== 1)
            throw new StepError(`task definition ${revision} has ${containers.length} containers (${names.join(', ')}): set provider-options container`);
        index = 0;
    }
    input.containerDefinitions = containers.map((c, i) => (i === index ? { ...c, image: ref } : c));
    return input;
}
/** The aws-ecs provider from its options. */
function createEcsProvider(options, context) {
    return new EcsProvider(ecsOptions(options, context.input));
}

;// CONCATENATED MODULE: ./.build/src/core/deploy/providers/azure-webapp.js

const APP = { pattern: /^[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?$/, maxLength: 60, says: 'an App Service name: 2 to 60 letters, digits and "-", not starting or ending with "-"' };
const RESOURCE_GROUP = { pattern: /^[-\w.()]*[-\w()]$/u, maxLength: 90, says: 'a resource group name: up to 90 letters, digits, "_", "-", ".", "(" and ")", not ending with "."' };
const SLOT = { pattern: /^[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?$/, maxLength: 59, says: 'a slot name: letters, digits and "-"' };
const SUBSCRIPTION = { pattern: /^[^\x00-\x1f\x7f]{1,128}$/, says: 'a subscription name or ID' };
/** Reads and checks `provider-options` for azure-webapp. */
function azureWebAppOptions(options, input) {
    const r = new OptionReader('azure-webapp', options, input);
    const o = {
        app: r.string('app', { required: true, meaning: 'the web app', rule: APP }),
        resourceGroup: r.string('resource-group', { required: true, meaning: 'the resource group of the web app', rule: RESOURCE_GROUP }),
        slot: r.string('slot', { meaning: 'the deployment slot that blue-green and canary deploy to (default staging)', rule: SLOT }) || 'staging',
        image: r.string('image', { meaning: 'the image repository of a container app; the version is its tag', rule: IMAGE_REPOSITORY }),
        package: r.string('package', { meaning: 'the zip (or war, jar) to deploy, for a code app', rule: RULES.text }),
        subscription: r.string('subscription', { meaning: 'the Azure subscription (default: the logged-in one)', rule: SUBSCRIPTION })
    };
    if (o.app.length === 1)
        r.fail('azure-webapp "app" must be at least 2 characters');
    if (o.slot.toLowerCase() === 'production')
        r.fail('azure-webapp "slot" must name a deployment slot, not production', 'e.g. staging');
    if (r.has('image') && r.has('package'))
        r.fail('azure-webapp takes "image" or "package", not both', 'image for a container app, package for zip deploy');
    else if (!r.has('image') && !r.has('package'))
        r.fail('azure-webapp needs "image" (a container app) or "package" (zip deploy)');
    r.done();
    return o;
}
class AzureWebAppProvider {
    o;
    name = 'azure-webapp';
    strategies = ['direct', 'blue-green', 'canary'];
    programs = ['az'];
    /** What this run did to production: deployed into the staging slot, routed a share to it, swapped. */
    staged = false;
    routed = false;
    swapped = false;
    /** Where the staging slot answers. */
    slotUrl = '';
    constructor(o) {
        this.o = o;
    }
    plan(s) {
        if (s.action === 'rollback') {
            if (s.slot)
                return [this.swap('swap the slots back'), this.clearRouting()];
            return this.o.package ? [] : [this.deployVersion(s.version, '', 'plan')];
        }
        if (!s.slot)
            return [this.deployVersion(s.version, '', 'plan'), this.show('')];
        if (s.action === 'traffic')
            return s.trafficPercent >= 100 ? [this.swap(), this.clearRouting(), this.show('')] : [this.route(s.trafficPercent)];
        return [this.deployVersion(s.version, this.o.slot, 'plan'), this.show(this.o.slot), ...(s.trafficPercent > 0 ? this.plan({ ...s, action: 'traffic' }) : [])];
    }
    apply(s, runtime) {
        return step(runtime, async (run) => {
            const p = percent(s);
            if (s.action === 'rollback')
                return this.rollback(run, s);
            if (!s.slot) {
                await run.run(this.deployVersion(s.version, '', 'apply'));
                return this.withUrl(run, '');
            }
            if (s.action === 'deploy') {
                await run.run(this.deployVersion(s.version, this.o.slot, 'apply'));
                this.staged = true;
                this.slotUrl = (await this.withUrl(run, this.o.slot)).url ?? '';
            }
            if (s.action === 'traffic' || p > 0)
                await this.shift(run, p);
            // After the swap the new version answers at production's address, and staging holds the old one.
            if (p >= 100)
                return this.withUrl(run, '');
            return this.slotUrl ? { outcome: 'ok', url: this.slotUrl } : { outcome: 'ok' };
        });
    }
    async shift(run, p) {
        if (p < 100) {
            await run.run(this.route(p));
            this.routed = true;
            return;
        }
        await run.run(this.swap());
        this.swapped = true;
        await run.run(this.clearRouting());
        this.routed = false;
    }
    async rollback(run, s) {
        if (!s.slot) {
            if (this.o.package) {
                throw new StepError('zip deploy keeps no earlier package to deploy again: roll back a package app with blue-green (a slot swap), or deploy the previous build');
            }
            await run.run(this.deployVersion(rollbackVersion(s), '', 'apply'));
            return { outcome: 'ok' };
        }
        if (this.swapped) {
            // The previous version is in the staging slot since the swap: swap it back.
            await run.run(this.swap('swap the slots back'));
            this.swapped = false;
            await run.run(this.clearRouting());
            this.routed = false;
        }
        else if (this.routed) {
            await run.run(this.clearRouting());
            this.routed = false;
        }
        else if (!this.staged) {
            // A rollback run: the last deploy swapped the previous version into the staging slot.
            await run.run(this.swap('swap the slots back'));
            await run.run(this.clearRouting());
        }
        return { outcome: 'ok' };
    }
    /** The step's outcome with the slot's address (its default host name, or the classic pattern when it cannot be read). */
    async withUrl(run, slot) {
        const host = (await run.read(this.show(slot)))?.trim().split(/\r?\n/)[0]?.trim() ?? '';
        const url = /^[a-z0-9.-]+$/i.test(host) ? `https://${host}` : `https://${this.o.app}${slot ? `-${slot}` : ''}.azurewebsites.net`;
        return { outcome: 'ok', url };
    }
    az(args, purpose, slot = '') {
        const tail = ['--name', this.o.app, '--resource-group', this.o.resourceGroup];
        if (slot)
            tail.push('--slot', slot);
        if (this.o.subscription)
            tail.push('--subscription', this.o.subscription);
        return { program: 'az', args: [...args, ...tail], purpose };
    }
    deployVersion(version, slot, mode) {
        const where = slot ? `slot ${slot} of ${this.o.app}` : this.o.app;
        if (this.o.package) {
            return this.az(['webapp', 'deploy', '--src-path', this.o.package], `deploy ${this.o.package} to ${where}`, slot);
        }
        const ref = mode === 'plan' ? planRef(this.o.image, version) : imageRef(this.o.image, version);
        return this.az(['webapp', 'config', 'container', 'set', '--container-image-name', ref], `run ${ref} in ${where}`, slot);
    }
    show(slot) {
        return this.az(['webapp', 'show', '--query', 'defaultHostName', '--output', 'tsv'], `read the host name of ${slot ? `slot ${slot} of ` : ''}${this.o.app}`, slot);
    }
    swap(purpose = `swap slot ${this.o.slot} into production`) {
        const command = this.az(['webapp', 'deployment', 'slot', 'swap'], purpose, this.o.slot);
        command.args.push('--target-slot', 'production');
        return command;
    }
    route(p) {
        return this.az(['webapp', 'traffic-routing', 'set', '--distribution', `${this.o.slot}=${p}`], `send ${p}% of the traffic of ${this.o.app} to slot ${this.o.slot}`);
    }
    clearRouting() {
        return this.az(['webapp', 'traffic-routing', 'clear'], `send all traffic of ${this.o.app} to production`);
    }
}
/** The azure-webapp provider from its options. */
function createAzureWebAppProvider(options, context) {
    return new AzureWebAppProvider(azureWebAppOptions(options, context.input));
}

;// CONCATENATED MODULE: ./.build/src/core/deploy/providers/gcp-cloudrun.js

const gcp_cloudrun_SERVICE = { pattern: /^[a-z]([-a-z0-9]*[a-z0-9])?$/, maxLength: 63, says: 'a Cloud Run service name: lower-case letters, digits and "-", starting with a letter, not ending with "-", at most 63 characters' };
const gcp_cloudrun_REGION = { pattern: /^[a-z]+-[a-z]+[0-9]+$/, says: 'a Cloud Run region such as europe-west1' };
const PROJECT = { pattern: /^([a-z][a-z0-9.-]*[a-z0-9]:)?[a-z][a-z0-9-]{4,28}[a-z0-9]$/, says: 'a project ID: 6 to 30 lower-case letters, digits and "-", starting with a letter' };
/** Cloud Run's limit on a traffic tag and the service name together (they form one DNS label of the tag URL). */
const TAG_AND_SERVICE_MAX = 46;
/** Reads and checks `provider-options` for gcp-cloudrun. */
function cloudRunOptions(options, input) {
    const r = new OptionReader('gcp-cloudrun', options, input);
    const o = {
        service: r.string('service', { required: true, meaning: 'the Cloud Run service', rule: gcp_cloudrun_SERVICE }),
        image: r.string('image', { required: true, meaning: 'the image repository, e.g. europe-docker.pkg.dev/acme/web/api; the version is its tag', rule: IMAGE_REPOSITORY }),
        region: r.string('region', { required: true, meaning: 'the region of the service', rule: gcp_cloudrun_REGION }),
        project: r.string('project', { meaning: 'the Google Cloud project (default: gcloud\'s configured one)', rule: PROJECT })
    };
    r.done();
    return o;
}
/**
 * The traffic tag of a version: lower-case letters, digits and "-", starting with a letter
 * (`v1.2.3` → `v1-2-3`, `3f2a9c1` → `v3f2a9c1`), cut so that tag and service name together stay
 * within Cloud Run's 46 characters. '' when the service name leaves no room for one.
 */
function trafficTag(version, service) {
    let tag = version.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
    if (!/^[a-z]/.test(tag))
        tag = `v${tag}`;
    const max = Math.min(63, TAG_AND_SERVICE_MAX - service.length);
    tag = tag.slice(0, max).replace(/-+$/, '');
    return tag.length >= 3 ? tag : '';
}
class CloudRunProvider {
    o;
    name = 'gcp-cloudrun';
    strategies = ['direct', 'blue-green', 'canary'];
    programs = ['gcloud'];
    /** The tag URL of the revision this run deployed. */
    tagUrl = '';
    constructor(o) {
        this.o = o;
    }
    plan(s) {
        const ref = planRef(this.o.image, s.version);
        if (s.action === 'rollback')
            return [this.listRevisions(), this.trafficTo('--to-revisions', '<revision-of-previous-version>=100')];
        if (!s.slot)
            return [this.deploy(ref, ''), this.trafficTo('--to-latest'), this.describe()];
        const tag = trafficTag(s.version, this.o.service) || '<tag>';
        if (s.action === 'traffic')
            return [this.trafficTo('--to-tags', `${tag}=${s.trafficPercent}`)];
        const out = [this.deploy(ref, tag), this.describe()];
        if (s.trafficPercent > 0)
            out.push(this.trafficTo('--to-tags', `${tag}=${s.trafficPercent}`));
        return out;
    }
    apply(s, runtime) {
        return step(runtime, async (run) => {
            const p = percent(s);
            if (s.action === 'rollback')
                return this.rollback(run, rollbackVersion(s));
            if (!s.slot) {
                await run.run(this.deploy(imageRef(this.o.image, s.version), ''));
                await run.run(this.trafficTo('--to-latest'));
                const described = await run.read(this.describe());
                const url = described === undefined ? '' : str(record(record(safeJson(described))?.status)?.url);
                return url ? { outcome: 'ok', url } : { outcome: 'ok' };
            }
            const tag = trafficTag(s.version, this.o.service);
            if (!tag)
                throw new StepError(`no traffic tag fits beside service name ${show(this.o.service)} (Cloud Run allows ${TAG_AND_SERVICE_MAX} characters for both): use a shorter service name, or strategy direct`);
            if (s.action === 'deploy') {
                await run.run(this.deploy(imageRef(this.o.image, s.version), tag));
                this.tagUrl = this.readTagUrl(await run.run(this.describe()), tag);
            }
            if (s.action === 'traffic' || p > 0)
                await run.run(this.trafficTo('--to-tags', `${tag}=${p}`));
            return this.tagUrl ? { outcome: 'ok', url: this.tagUrl } : { outcome: 'ok' };
        });
    }
    async rollback(run, version) {
        const ref = imageRef(this.o.image, version);
        const revision = newestRevisionWith(parseJson(await run.run(this.listRevisions()), 'gcloud run revisions list'), ref);
        if (revision) {
            await run.run(this.trafficTo('--to-revisions', `${revision}=100`));
            return { outcome: 'ok' };
        }
        // No revision of it is left: deploy the previous image again.
        await run.run(this.deploy(ref, ''));
        await run.run(this.trafficTo('--to-latest'));
        return { outcome: 'ok' };
    }
    readTagUrl(stdout, tag) {
        const service = record(parseJson(stdout, 'gcloud run services describe'));
        const entry = list(record(service?.status)?.traffic)
            .map((t) => record(t) ?? {})
            .find((t) => t.tag === tag);
        const url = str(entry?.url);
        if (!url)
            throw new StepError(`the revision tagged ${tag} has no URL in the service's status.traffic`);
        return url;
    }
    scope() {
        return ['--region', this.o.region, ...(this.o.project ? ['--project', this.o.project] : [])];
    }
    deploy(ref, tag) {
        const args = ['run', 'deploy', this.o.service, '--image', ref];
        if (tag)
            args.push('--no-traffic', '--tag', tag);
        return {
            program: 'gcloud',
            args: [...args, ...this.scope(), '--quiet'],
            purpose: tag ? `deploy ${ref} to service ${this.o.service} as a revision tagged ${tag}, without traffic` : `deploy ${ref} to service ${this.o.service}`
        };
    }
    trafficTo(flag, value) {
        return {
            program: 'gcloud',
            args: ['run', 'services', 'update-traffic', this.o.service, flag, ...(value === undefined ? [] : [value]), ...this.scope(), '--quiet'],
            purpose: `set the traffic of service ${this.o.service} to ${value ?? 'the latest revision'}`
        };
    }
    describe() {
        return { program: 'gcloud', args: ['run', 'services', 'describe', this.o.service, ...this.scope(), '--format=json'], purpose: `read service ${this.o.service}` };
    }
    listRevisions() {
        return { program: 'gcloud', args: ['run', 'revisions', 'list', '--service', this.o.service, ...this.scope(), '--format=json'], purpose: `list the revisions of service ${this.o.service}` };
    }
}
function safeJson(stdout) {
    try {
        return JSON.parse(stdout);
    }
    catch {
        return undefined;
    }
}
/** The name of the newest ready revision with a container running `ref`, from `gcloud run revisions list --format=json`. */
function newestRevisionWith(revisions, ref) {
    let best = '';
    let bestTime = '';
    for (const item of list(revisions)) {
        const rev = record(item);
        const meta = record(rev?.metadata);
        const name = str(meta?.name);
        const images = list(record(rev?.spec)?.containers).map((c) => str(record(c)?.image));
        if (!name || !images.includes(ref))
            continue;
        const ready = list(record(rev?.status)?.conditions)
            .map((c) => record(c) ?? {})
            .find((c) => c.type === 'Ready');
        if (ready && ready.status !== 'True')
            continue;
        const created = str(meta?.creationTimestamp);
        if (!best || created > bestTime) {
            best = name;
            bestTime = created;
        }
    }
    return best;
}
/** The gcp-cloudrun provider from its options. */
function createCloudRunProvider(options, context) {
    return new CloudRunProvider(cloudRunOptions(options, context.input));
}

;// CONCATENATED MODULE: ./.build/src/core/deploy/providers/kubernetes.js

const KUBERNETES_CANARY_REFUSAL = 'kubernetes has no traffic split of its own: a Service spreads requests over all ready Pods, so a canary share would only follow replica counts. ' +
    'Use blue-green, or run your mesh or ingress tooling (Istio, Linkerd, NGINX canary annotations, Argo Rollouts) through provider command';
const DURATION = { pattern: /^(?=\d)(\d+h)?(\d+m)?(\d+s)?$/, says: 'a duration such as 90s, 10m or 1h30m' };
const LABEL_KEY = {
    pattern: /^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\/)?[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$/,
    says: 'a label key such as slot or example.com/slot'
};
const SLOT_URL = { pattern: /^https?:\/\/[^\s]*\{slot\}[^\s]*$/, says: 'an http(s) URL holding {slot}, e.g. https://web-{slot}.internal.example.com' };
/** Reads and checks `provider-options` for kubernetes. */
function kubernetesOptions(options, input) {
    const r = new OptionReader('kubernetes', options, input);
    const deployment = r.string('deployment', { required: true, meaning: 'the Deployment to update; blue-green uses <deployment>-blue and <deployment>-green', rule: RULES.dnsSubdomain });
    const o = {
        deployment,
        container: r.string('container', { required: true, meaning: 'the container of the Deployment whose image is set', rule: RULES.dnsLabel }),
        image: r.string('image', { required: true, meaning: 'the image repository; the version is its tag', rule: IMAGE_REPOSITORY }),
        namespace: r.string('namespace', { meaning: 'the namespace (default: the kubeconfig context\'s)', rule: RULES.dnsLabel }),
        context: r.string('context', { meaning: 'the kubeconfig context to use', rule: RULES.text }),
        kubeconfig: r.string('kubeconfig', { meaning: 'path of the kubeconfig file', rule: RULES.text }),
        rolloutTimeout: r.string('rollout-timeout', { meaning: 'how long kubectl rollout status waits', rule: DURATION }) || '10m',
        service: r.string('service', { meaning: 'the Service whose selector picks the live slot (blue-green; default: the deployment name)', rule: RULES.dns1035 }),
        slotLabel: r.string('slot-label', { meaning: 'the Pod label that tells the slots apart (blue-green; default slot)', rule: LABEL_KEY }) || 'slot',
        slotUrl: r.string('slot-url', { meaning: 'where one slot can be reached directly, for verification', rule: SLOT_URL })
    };
    r.done();
    return o;
}
class KubernetesProvider {
    o;
    name = 'kubernetes';
    strategies = ['direct', 'blue-green'];
    programs = ['kubectl'];
    constructor(o) {
        this.o = o;
    }
    plan(step) {
        try {
            return this.commands(step, 'plan').map((op) => op.command);
        }
        catch (err) {
            if (err instanceof StepError)
                return [];
            throw err;
        }
    }
    apply(s, runtime) {
        return step(runtime, async (run) => {
            for (const op of this.commands(s, 'apply')) {
                const stdout = await run.run(op.command);
                op.check?.(stdout);
            }
            const url = s.slot && this.o.slotUrl ? this.o.slotUrl.replaceAll('{slot}', s.slot) : undefined;
            return url ? { outcome: 'ok', url } : { outcome: 'ok' };
        });
    }
    /** The commands of a step, each with an optional check of its output. */
    commands(s, mode) {
        const ref = (version) => (mode === 'plan' ? planRef(this.o.image, version) : imageRef(this.o.image, version));
        const p = percent(s);
        if (s.slot && s.slot !== 'blue' && s.slot !== 'green')
            throw new StepError(`unknown slot ${show(s.slot)}: kubernetes slots are blue and green`);
        if (s.action === 'rollback') {
            if (s.slot)
                return [{ command: this.switchTo(s.slot) }];
            return this.rollout(this.o.deployment, ref(mode === 'plan' ? s.version : rollbackVersion(s)));
        }
        if (!s.slot)
            return this.rollout(this.o.deployment, ref(s.version));
        if (p !== 0 && p !== 100)
            throw new StepError(`kubernetes cannot give slot ${s.slot} ${p}% of the traffic: ${KUBERNETES_CANARY_REFUSAL}`);
        if (s.action === 'traffic')
            return p === 100 ? [{ command: this.switchTo(s.slot) }] : [];
        const target = `${this.o.deployment}-${s.slot}`;
        const service = this.service();
        const slot = s.slot;
        const ops = [
            {
                command: this.kubectl(['get', `service/${service}`, '--output=json'], `check that slot ${slot} is not the one service/${service} sends traffic to`),
                check: (stdout) => {
                    const selector = record(record(record(parseJson(stdout, `kubectl get service/${service}`))?.spec)?.selector);
                    const live = str(selector?.[this.o.slotLabel]);
                    if (!live)
                        throw new StepError(`service/${service} does not select on the label ${this.o.slotLabel}: blue-green needs ${this.o.slotLabel}: blue or green in its selector`);
                    if (live === slot)
                        throw new StepError(`slot ${slot} is live (service/${service} selects ${this.o.slotLabel}=${slot}): deploying into it would not be blue-green; the deployment history and the cluster disagree`);
                }
            },
            ...this.rollout(target, ref(s.version)),
            {
                command: this.kubectl(['get', `deployment/${target}`, '--output=jsonpath={.status.availableReplicas}'], `check that deployment/${target} has available replicas`),
                check: (stdout) => {
                    const n = Number.parseInt(stdout.trim() || '0', 10);
                    if (!(n > 0))
                        throw new StepError(`deployment/${target} has no available replica: the idle slot must be scaled up before traffic can move to it`);
                }
            }
        ];
        if (p === 100)
            ops.push({ command: this.switchTo(slot) });
        return ops;
    }
    rollout(deployment, ref) {
        return [
            { command: this.kubectl(['set', 'image', `deployment/${deployment}`, `${this.o.container}=${ref}`], `set the image of container ${this.o.container} of deployment/${deployment} to ${ref}`) },
            { command: this.kubectl(['rollout', 'status', `deployment/${deployment}`, `--timeout=${this.o.rolloutTimeout}`], `wait for the rollout of deployment/${deployment}`) }
        ];
    }
    /** The Service of blue-green. */
    service() {
        const service = this.o.service || this.o.deployment;
        if (!RULES.dns1035.pattern.test(service) || service.length > 63) {
            throw new StepError(`the Service name defaults to the deployment name ${show(service)}, which is not a valid Service name: set provider-options service`);
        }
        return service;
    }
    switchTo(slot) {
        const service = this.service();
        const patch = JSON.stringify({ spec: { selector: { [this.o.slotLabel]: slot } } });
        return this.kubectl(['patch', `service/${service}`, '--type', 'merge', '--patch', patch], `point service/${service} at slot ${slot}`);
    }
    kubectl(args, purpose) {
        const scope = [];
        if (this.o.namespace)
            scope.push('--namespace', this.o.namespace);
        if (this.o.context)
            scope.push('--context', this.o.context);
        if (this.o.kubeconfig)
            scope.push('--kubeconfig', this.o.kubeconfig);
        return { program: 'kubectl', args: [...args, ...scope], purpose };
    }
}
/** The kubernetes provider from its options. */
function createKubernetesProvider(options, context) {
    return new KubernetesProvider(kubernetesOptions(options, context.input));
}

;// CONCATENATED MODULE: ./.build/src/core/deploy/providers/vercel.js

const VERCEL_CANARY_REFUSAL = 'vercel sends a share of traffic to a deployment only through Rolling Releases, whose stages are a project setting that Vercel advances itself (Pro and Enterprise plans). ' +
    'Use blue-green, or configure Rolling Releases and deploy with strategy direct';
/** The deployment metadata key that records the version. */
const VERCEL_VERSION_META = 'phaseGatesVersion';
const vercel_PROJECT = { pattern: /^([a-z0-9._-]{1,100}|prj_[A-Za-z0-9]{1,64})$/, says: 'a project name (lower-case letters, digits, ".", "_" and "-", at most 100) or a prj_… ID' };
const SCOPE = { pattern: /^[A-Za-z0-9_-]{1,100}$/, says: 'a team slug or team ID' };
/** Reads and checks `provider-options` for vercel. */
function vercelOptions(options, input) {
    const r = new OptionReader('vercel', options, input);
    const o = {
        project: r.string('project', { meaning: 'the project name or ID (default: the linked project, .vercel/project.json or VERCEL_PROJECT_ID)', rule: vercel_PROJECT }),
        scope: r.string('scope', { meaning: 'the team that owns the project', rule: SCOPE }),
        prebuilt: r.bool('prebuilt', 'deploy the output of an earlier `vercel build --prod` instead of building on Vercel'),
        cwd: r.string('cwd', { meaning: 'the project directory (default: the working directory)', rule: RULES.text })
    };
    r.done();
    return o;
}
class VercelProvider {
    o;
    name = 'vercel';
    strategies = ['direct', 'blue-green'];
    programs = ['vercel'];
    /** Whether this run deployed, the deployment it created, and whether it was promoted. */
    deployed = false;
    url = '';
    promoted = false;
    constructor(o) {
        this.o = o;
    }
    plan(s) {
        if (s.action === 'rollback')
            return [this.list(s.version || '<previous-version>'), this.rollbackTo('<deployment-url-of-previous-version>')];
        if (s.action === 'traffic')
            return s.trafficPercent === 100 ? [this.promote(this.url || '<deployment-url>')] : [];
        return [this.deploy(s.version), ...(!s.slot || s.trafficPercent === 100 ? [this.promote('<deployment-url>')] : [])];
    }
    apply(s, runtime) {
        return step(runtime, async (run) => {
            const p = percent(s);
            if (s.action === 'rollback')
                return this.rollback(run, s);
            if (p !== 0 && p !== 100)
                throw new StepError(`vercel cannot give a deployment ${p}% of the traffic: ${VERCEL_CANARY_REFUSAL}`);
            if (s.action === 'deploy') {
                this.deployed = true;
                const stdout = await run.run(this.deploy(s.version));
                const url = firstUrl(stdout);
                if (!url)
                    throw new StepError('vercel deploy printed no deployment URL on stdout');
                this.url = url;
                this.promoted = false;
            }
            if (!s.slot || p === 100) {
                const url = this.url || (await this.find(run, s.version));
                this.url = url;
                // Counted as promoted from the attempt on: a promotion that outlives the CLI's wait still completes.
                this.promoted = true;
                await run.run(this.promote(url));
            }
            return { outcome: 'ok', url: this.url };
        });
    }
    async rollback(run, s) {
        // This run's deployment (staged, without production domains) never served production: nothing to undo.
        if (this.deployed && !this.promoted)
            return { outcome: 'ok' };
        const url = await this.find(run, rollbackVersion(s));
        await run.run(this.rollbackTo(url));
        this.promoted = false;
        return { outcome: 'ok', url };
    }
    /** The newest production deployment of `version` made by phase-gates. */
    async find(run, version) {
        const url = firstUrl(await run.run(this.list(version)));
        if (!url) {
            throw new StepError(`no production deployment with ${VERCEL_VERSION_META}=${version} was found: it was not deployed by phase-gates, or it was deleted. ` +
                `Roll back in the Vercel dashboard or with vercel rollback <url>`);
        }
        return url;
    }
    vercel(args, purpose) {
        const tail = [];
        if (this.o.scope)
            tail.push('--scope', this.o.scope);
        if (this.o.cwd)
            tail.push('--cwd', this.o.cwd);
        return { program: 'vercel', args: [...args, ...tail], purpose };
    }
    deploy(version) {
        const args = ['deploy'];
        if (this.o.prebuilt)
            args.push('--prebuilt');
        args.push('--prod', '--skip-domain', '--meta', `${VERCEL_VERSION_META}=${version}`, '--yes');
        if (this.o.project)
            args.push('--project', this.o.project);
        return this.vercel(args, `create a staged production deployment of ${version}${this.o.project ? ` in project ${this.o.project}` : ''}`);
    }
    promote(url) {
        return this.vercel(['promote', url, '--yes'], `point the production domains at ${url}`);
    }
    list(version) {
        const args = ['list'];
        if (this.o.project)
            args.push(this.o.project);
        args.push('--meta', `${VERCEL_VERSION_META}=${version}`, '--environment', 'production', '--yes');
        return this.vercel(args, `find the production deployment of ${show(version)}`);
    }
    rollbackTo(url) {
        return this.vercel(['rollback', url, '--yes'], `roll the production domains back to ${url}`);
    }
}
/** The vercel provider from its options. */
function createVercelProvider(options, context) {
    return new VercelProvider(vercelOptions(options, context.input));
}

;// CONCATENATED MODULE: ./.build/src/core/deploy/providers/index.js





/** Factory of each cloud provider. */
const PROVIDER_FACTORIES = {
    kubernetes: createKubernetesProvider,
    'aws-ecs': createEcsProvider,
    'azure-webapp': createAzureWebAppProvider,
    'gcp-cloudrun': createCloudRunProvider,
    vercel: createVercelProvider
};
/** Why a provider refuses a strategy, for the error that refuses it. */
const STRATEGY_REFUSALS = {
    kubernetes: { canary: KUBERNETES_CANARY_REFUSAL },
    'aws-ecs': { 'blue-green': ECS_TRAFFIC_REFUSAL, canary: ECS_TRAFFIC_REFUSAL },
    'azure-webapp': {},
    'gcp-cloudrun': {},
    vercel: { canary: VERCEL_CANARY_REFUSAL }
};
/**
 * Builds the provider `name` from its parsed `provider-options`. Bad or missing options throw
 * one UserError (with the others in `more`) naming `context.input` and the key.
 */
function createProvider(name, options, context) {
    const factory = PROVIDER_FACTORIES[name];
    if (!factory)
        throw new Error(`no cloud provider named ${JSON.stringify(name)}`);
    return factory(options ?? {}, context);
}
/** Why `provider` does not take `strategy`, or undefined when it does. */
function strategyRefusal(provider, strategy) {
    return STRATEGY_REFUSALS[provider]?.[strategy];
}

;// CONCATENATED MODULE: ./.build/src/core/deploy/config.js
/**
 * The inputs of deploy, read and validated all at once before anything else happens: every bad
 * value is reported together, each naming its input, and nothing is created or run.
 */













/** Whether an environment name means production (`production`, `prod`, `production-eu`, …). */
function isProduction(environment) {
    return /^prod(uction)?([-_/.].*)?$/i.test(environment);
}
/** Reads and checks every input; throws one UserError carrying all problems found. */
function readDeployConfig(host) {
    const errors = [];
    const attempt = (fn, fallback) => {
        try {
            return fn();
        }
        catch (err) {
            if (!(err instanceof core_errors/* UserError */.y))
                throw err;
            errors.push(err, ...err.more);
            return fallback;
        }
    };
    const ws = host.workspace;
    const environment = attempt(() => {
        const v = input(host, constants/* DeployInputs */.L2.Environment);
        if (!v)
            throw new core_errors/* UserError */.y('required and not supplied', { input: constants/* DeployInputs */.L2.Environment, hint: 'e.g. staging or production' });
        // GitHub takes up to 255 characters; ours are letters, digits, `_ . - /` and inner spaces, and
        // no part between slashes is empty, `.` or `..` (a name is never a path out of anywhere).
        if (!/^[\w.\-/ ]{1,255}$/.test(v) || v !== v.trim() || v.split('/').some((part) => part === '' || part === '.' || part === '..')) {
            throw new core_errors/* UserError */.y(`not an environment name: ${JSON.stringify(v)}`, { input: constants/* DeployInputs */.L2.Environment, hint: 'letters, digits, _ . - / and inner spaces, up to 255 characters, no empty, . or .. part between slashes' });
        }
        return v;
    }, '');
    const mode = attempt(() => {
        const v = input(host, constants/* DeployInputs */.L2.Mode, 'deploy');
        if (v !== 'deploy' && v !== 'rollback')
            throw new core_errors/* UserError */.y(`must be deploy or rollback, got ${JSON.stringify(v)}`, { input: constants/* DeployInputs */.L2.Mode });
        return v;
    }, 'deploy');
    const providerName = attempt(() => {
        const v = input(host, constants/* DeployInputs */.L2.Provider, 'command');
        if (v === 'command')
            return v;
        if (PROVIDERS.includes(v))
            return v;
        throw new core_errors/* UserError */.y(`unknown provider ${JSON.stringify(v)}`, { input: constants/* DeployInputs */.L2.Provider, hint: `one of ${PROVIDERS.join(', ')}` });
    }, 'command');
    const providerOptions = attempt(() => {
        const v = host.getInput(constants/* DeployInputs */.L2.ProviderOptions).trim();
        if (!v)
            return {};
        let parsed;
        try {
            checkYamlBounds(v, YAML_BOUNDS.input, { input: constants/* DeployInputs */.L2.ProviderOptions });
            parsed = (0,dist/* parse */.qg)(v, { maxAliasCount: YAML_BOUNDS.input.maxAliases });
        }
        catch (err) {
            if (err instanceof core_errors/* UserError */.y)
                throw err;
            throw new core_errors/* UserError */.y(`not YAML: ${err.message.split('\n')[0]}`, { input: constants/* DeployInputs */.L2.ProviderOptions });
        }
        if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
            throw new core_errors/* UserError */.y('must be a YAML mapping', { input: constants/* DeployInputs */.L2.ProviderOptions });
        return parsed;
    }, {});
    const sha = (host.env.GITHUB_SHA ?? '').trim();
    const version = attempt(() => {
        const v = input(host, constants/* DeployInputs */.L2.Version, sha);
        if (mode === 'deploy')
            assertVersionSyntax(v, constants/* DeployInputs */.L2.Version);
        else if (v)
            assertVersionSyntax(v, constants/* DeployInputs */.L2.Version);
        return v;
    }, '');
    const script = (name) => attempt(() => {
        const v = host.getInput(name).trim();
        return v ? parseScript(v, name, ws, host.env) : undefined;
    }, undefined);
    const run = script(constants/* DeployInputs */.L2.Run);
    const rollbackRun = script(constants/* DeployInputs */.L2.RollbackRun);
    const migrateRun = script(constants/* DeployInputs */.L2.MigrateRun);
    if (providerName === 'command' && mode === 'deploy' && !host.getInput(constants/* DeployInputs */.L2.Run).trim()) {
        errors.push(new core_errors/* UserError */.y('required for provider command and not supplied', { input: constants/* DeployInputs */.L2.Run, hint: 'the deploy script, e.g. ./deploy.sh' }));
    }
    if (providerName === 'command' && mode === 'rollback' && !host.getInput(constants/* DeployInputs */.L2.RollbackRun).trim() && !host.getInput(constants/* DeployInputs */.L2.Run).trim()) {
        errors.push(new core_errors/* UserError */.y('mode rollback needs rollback-run (or run, called with the previous version)', { input: constants/* DeployInputs */.L2.RollbackRun }));
    }
    const canarySteps = attempt(() => parseCanarySteps(input(host, constants/* DeployInputs */.L2.CanarySteps, '10,50,100'), constants/* DeployInputs */.L2.CanarySteps), [10, 50, 100]);
    const strategy = attempt(() => createStrategy(input(host, constants/* DeployInputs */.L2.Strategy, 'direct'), constants/* DeployInputs */.L2.Strategy, canarySteps), createStrategy('direct', constants/* DeployInputs */.L2.Strategy));
    const provider = attempt(() => {
        if (providerName === 'command')
            return new CommandProvider(run, rollbackRun, commandOptions(providerOptions, constants/* DeployInputs */.L2.ProviderOptions));
        return createProvider(providerName, providerOptions, { input: constants/* DeployInputs */.L2.ProviderOptions, environment });
    }, undefined);
    if (provider && !provider.strategies.includes(strategy.name)) {
        const why = providerName === 'command' ? undefined : strategyRefusal(providerName, strategy.name);
        errors.push(new core_errors/* UserError */.y(`provider ${provider.name} does not support strategy ${strategy.name}${why ? `: ${why}` : ''}`, { input: constants/* DeployInputs */.L2.Strategy, hint: `with ${provider.name}: ${provider.strategies.join(', ')}` }));
    }
    if (providerName !== 'command') {
        for (const name of [constants/* DeployInputs */.L2.Run, constants/* DeployInputs */.L2.RollbackRun]) {
            if (host.getInput(name).trim())
                errors.push(new core_errors/* UserError */.y(`only for provider command; provider ${providerName} runs its CLI`, { input: name, hint: 'remove it, or use migrate-run for steps of your own before the deploy' }));
        }
    }
    for (const program of provider?.programs ?? []) {
        if (!findOnPath(program, host.env))
            errors.push(new core_errors/* UserError */.y(`${program}: command not found on PATH (provider ${provider.name} runs it)`, { input: constants/* DeployInputs */.L2.Provider, hint: `install ${program} on the runner, or set up its action before this step` }));
    }
    // Production by its name (production, prod, production-eu), or as the workflow says (`production: true` for `live`).
    const production = attempt(() => booleanInput(host, constants/* DeployInputs */.L2.Production, isProduction(environment)), isProduction(environment));
    const requireGates = attempt(() => booleanInput(host, constants/* DeployInputs */.L2.RequireGates, production), production);
    const stagingEnvironment = input(host, constants/* DeployInputs */.L2.StagingEnvironment, 'staging');
    const requireStaging = attempt(() => booleanInput(host, constants/* DeployInputs */.L2.RequireStaging, production), production);
    // The weekend freeze guards production by default; staging and the others take deploys any day.
    const freezeDefault = input(host, constants/* DeployInputs */.L2.FreezeWindows) === '';
    const freezeText = input(host, constants/* DeployInputs */.L2.FreezeWindows, production ? DEFAULT_FREEZE : 'none');
    const freezeWindows = attempt(() => parseFreezeWindows(freezeText, constants/* DeployInputs */.L2.FreezeWindows), []);
    const timezone = attempt(() => checkTimeZone(input(host, constants/* DeployInputs */.L2.Timezone, 'UTC'), constants/* DeployInputs */.L2.Timezone), 'UTC');
    const freezeOverride = input(host, constants/* DeployInputs */.L2.FreezeOverride);
    const requiredSecrets = attempt(() => {
        const names = (0,core_files/* splitList */.ry)(host.getInput(constants/* DeployInputs */.L2.RequiredSecrets));
        const bad = names.filter((n) => !/^[A-Za-z_][A-Za-z0-9_]*$/.test(n));
        if (bad.length)
            throw new core_errors/* UserError */.y(`not environment variable names: ${bad.map((b) => JSON.stringify(b)).join(', ')}`, { input: constants/* DeployInputs */.L2.RequiredSecrets, hint: 'give the names of variables, not their values' });
        return names;
    }, []);
    const region = input(host, constants/* DeployInputs */.L2.Region);
    const allowedRegions = (0,core_files/* splitList */.ry)(host.getInput(constants/* DeployInputs */.L2.AllowedRegions));
    const environmentUrl = attempt(() => {
        const v = input(host, constants/* DeployInputs */.L2.EnvironmentUrl);
        if (!v)
            return '';
        let url;
        try {
            url = new URL(v);
        }
        catch {
            throw new core_errors/* UserError */.y(`not a URL: ${JSON.stringify(v)}`, { input: constants/* DeployInputs */.L2.EnvironmentUrl });
        }
        if (url.protocol !== 'http:' && url.protocol !== 'https:')
            throw new core_errors/* UserError */.y('must be an http or https URL', { input: constants/* DeployInputs */.L2.EnvironmentUrl });
        return v;
    }, '');
    const timeoutMs = attempt(() => {
        const v = input(host, constants/* DeployInputs */.L2.TimeoutMinutes, '30');
        const n = Number(v);
        if (!Number.isFinite(n) || n <= 0 || n > 360)
            throw new core_errors/* UserError */.y(`must be a number of minutes above 0 and at most 360, got ${JSON.stringify(v)}`, { input: constants/* DeployInputs */.L2.TimeoutMinutes });
        return Math.round(n * 60_000);
    }, 30 * 60_000);
    const lockStaleMs = attempt(() => {
        const v = input(host, constants/* DeployInputs */.L2.LockStaleMinutes, '60');
        const n = Number(v);
        if (!Number.isFinite(n) || n < 1 || n > 1440)
            throw new core_errors/* UserError */.y(`must be a number of minutes from 1 to 1440, got ${JSON.stringify(v)}`, { input: constants/* DeployInputs */.L2.LockStaleMinutes });
        return Math.round(n * 60_000);
    }, 60 * 60_000);
    const dryRun = attempt(() => booleanInput(host, constants/* DeployInputs */.L2.DryRun, false), false);
    const logFile = attempt(() => (0,core_files/* resolveOutputInWorkspace */.kc)(ws, input(host, constants/* DeployInputs */.L2.LogPath, constants/* Defaults */.Hw.DeployLog), constants/* DeployInputs */.L2.LogPath), '');
    const ledgerFile = attempt(() => (0,core_files/* resolveOutputInWorkspace */.kc)(ws, input(host, constants/* DeployInputs */.L2.LedgerPath, constants/* DEPLOY_LEDGER_DEFAULT */.ID), constants/* DeployInputs */.L2.LedgerPath), '');
    const token = input(host, constants/* DeployInputs */.L2.Token);
    if (strategy.name === 'canary' && providerName === 'command' && !environmentUrl && !providerOptions['slot-urls']) {
        // Each share is verified before the next: with nothing to verify on, a canary cannot be told
        // from an outage, so it is refused before anything runs.
        errors.push(new core_errors/* UserError */.y('canary needs a URL to verify each step on: set environment-url (or provider-options slot-urls)', { input: constants/* DeployInputs */.L2.Strategy }));
    }
    if (errors.length)
        throw core_errors/* UserError */.y.several(errors);
    return {
        environment,
        mode,
        providerName,
        provider: provider,
        providerOptions,
        version,
        run,
        rollbackRun,
        migrateRun,
        strategy,
        verifyChecks: host.getInput(constants/* DeployInputs */.L2.VerifyChecks).trim(),
        gatesReport: host.getInput(constants/* DeployInputs */.L2.GatesReport).trim(),
        requireGates,
        stagingEnvironment,
        requireStaging,
        production,
        freezeWindows,
        freezeText,
        freezeDefault,
        timezone,
        freezeOverride,
        requiredSecrets,
        region,
        allowedRegions,
        environmentUrl,
        timeoutMs,
        lockStaleMs,
        dryRun,
        logFile,
        ledgerFile,
        token,
        sha
    };
}

;// CONCATENATED MODULE: ./.build/src/core/deploy/audit-log.js
/**
 * The audit log (`ci/deploy-logs.txt`): one event a line, `ISO-time LEVEL event key=value …`,
 * appended with one write(2) per line on a file descriptor, so a line is in the file the moment it
 * is logged and survives a cancelled or killed step. Every line goes through the redactor first.
 */


function formatValue(value) {
    const s = String(value);
    if (s !== '' && /^[^\s"=\\]+$/.test(s))
        return s;
    return JSON.stringify(s);
}
/** Formats one event line (without its newline). Exported for tests of the format. */
function formatEvent(time, level, event, fields = {}) {
    let line = `${time.toISOString()} ${level} ${event}`;
    for (const [key, value] of Object.entries(fields)) {
        if (value === undefined)
            continue;
        line += ` ${key}=${formatValue(value)}`;
    }
    return line.replace(/[\r\n]+/g, ' ');
}
/** An open audit log. */
class AuditLog {
    redactor;
    file;
    fd;
    constructor(fd, redactor, 
    /** The file, absolute. */
    file) {
        this.redactor = redactor;
        this.file = file;
        this.fd = fd;
    }
    /** Opens (creating its directory) `file` for appending, never through a link; `shown` and `input` name it in errors. */
    static open(file, redactor, shown = file, input = 'log-path') {
        return new AuditLog((0,core_files/* openAppend */.tw)(file, shown, input), redactor, file);
    }
    /** Appends one event, redacted; written to the file before this returns. */
    write(level, event, fields = {}) {
        if (this.fd === undefined)
            return;
        const line = this.redactor.redact(formatEvent(new Date(), level, event, fields)) + '\n';
        (0,external_node_fs_.writeSync)(this.fd, line);
    }
    info(event, fields) {
        this.write('INFO', event, fields);
    }
    warn(event, fields) {
        this.write('WARN', event, fields);
    }
    error(event, fields) {
        this.write('ERROR', event, fields);
    }
    /** Flushes to the disk and closes; later writes are dropped. */
    close() {
        if (this.fd === undefined)
            return;
        try {
            (0,external_node_fs_.fsyncSync)(this.fd);
        }
        catch {
            // Some file systems (pipes, /dev/stdout) cannot sync; the lines are written all the same.
        }
        (0,external_node_fs_.closeSync)(this.fd);
        this.fd = undefined;
    }
}

// EXTERNAL MODULE: ./.build/src/core/secrets.js
var secrets = __webpack_require__(4434);
// EXTERNAL MODULE: ./.build/src/core/cancel.js
var core_cancel = __webpack_require__(3361);
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
        latencyMs(ms, 'latency sample');
        if (this.sampleCount === this.samples.length) {
            const grown = new Float64Array(this.samples.length * 2);
            grown.set(this.samples);
            this.samples = grown;
        }
        this.samples[this.sampleCount++] = ms;
    }
    /** Requests and failures, for the error rate (reports with samples say them here too). */
    addCounts(requests, failures) {
        countValue(requests, 'request count');
        countValue(failures, 'failure count');
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
                latencyMs(summary[key], key);
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

// EXTERNAL MODULE: ./node_modules/re2js/build/index.js
var build = __webpack_require__(2856);
;// CONCATENATED MODULE: ./.build/src/core/regex.js
/**
 * Regular expressions written by users, run in linear time. A pattern from an input (smoke-test's
 * `body-matches`, say) is matched against text a server chose, so JavaScript's backtracking
 * engine is not used for it: `^(a+)+$` against 35 bytes would block the process for minutes,
 * deaf to timeouts and signals. Patterns run on RE2 (re2js, a pure-JS port: time linear in the
 * text), written in JavaScript syntax as before and translated where RE2 reads it differently.
 * What RE2 cannot run (backreferences, lookaround) is refused when the input is read, in one line.
 *
 * Translated to keep JavaScript's meaning: `.` (which in JavaScript matches no line terminator:
 * \n, \r, U+2028, U+2029), `\s` outside a class (JavaScript's Unicode white space), `\uXXXX`,
 * `\u{…}`, `\cX`, legacy octal escapes, `[]`, `[^]`, `(?<name>…)` and identity escapes. Differences left: `\S` inside a
 * class is RE2's (not ASCII white space); `^` and `$` with the `m` flag
 * break lines at \n only; without `u`, JavaScript counts UTF-16 units where RE2 counts code
 * points (an emoji is one `.` here).
 */

/** A pattern that cannot be used; the message is one line without the pattern. */
class UserRegexError extends Error {
    constructor(message) {
        super(message);
        this.name = 'UserRegexError';
    }
}
/** Longest pattern accepted: a regular expression in an input is a line, not a program. */
const MAX_PATTERN_LENGTH = 4096;
const ENGINE = 'patterns run on a linear-time engine, RE2 syntax';
/** JavaScript's `\s`: WhiteSpace and LineTerminator of ECMA-262, as RE2 class items. */
const JS_SPACE = '\\t\\n\\x0B\\f\\r \\x{A0}\\x{1680}\\x{2000}-\\x{200A}\\x{2028}\\x{2029}\\x{202F}\\x{205F}\\x{3000}\\x{FEFF}';
/** JavaScript's `.` without the `s` flag: anything but a line terminator. */
const JS_DOT = '[^\\n\\r\\x{2028}\\x{2029}]';
function unsupported(what) {
    throw new UserRegexError(`${what} are not supported (${ENGINE})`);
}
/**
 * Rewrites a JavaScript pattern (already valid JavaScript) for RE2, refusing what RE2 cannot run.
 * Escapes RE2 spells differently are left to re2js' own translation, which runs after this.
 */
function toRe2(source, flags) {
    let out = '';
    let inClass = false;
    for (let i = 0; i < source.length; i++) {
        const c = source[i];
        if (c === '\\') {
            const n = source[i + 1] ?? '';
            if (!inClass && /[1-9]/.test(n))
                unsupported('backreferences');
            if (!inClass && n === 'k' && source[i + 2] === '<')
                unsupported('backreferences');
            if (/[0-9]/.test(n)) {
                // A legacy octal escape (\0, or a class's \1 to \377), or a class's \8 and \9: a character.
                const octal = /^(?:[0-3][0-7]{0,2}|[4-7][0-7]?)/.exec(source.slice(i + 1))?.[0];
                out += octal ? `\\x{${parseInt(octal, 8).toString(16)}}` : n;
                i += octal ? octal.length : 1;
                continue;
            }
            if (n === 's' && !inClass)
                out += `[${JS_SPACE}]`;
            else if (n === 'S' && !inClass)
                out += `[^${JS_SPACE}]`;
            else if (n === 's')
                out += JS_SPACE;
            else
                out += c + n;
            i++;
            continue;
        }
        if (inClass) {
            if (flags.includes('v') && (c === '[' || source.startsWith('--', i) || source.startsWith('&&', i)))
                unsupported('set operations of the v flag');
            if (c === ']')
                inClass = false;
            out += c;
            continue;
        }
        if (c === '[') {
            inClass = true;
            // `[]` and `[^]` are whole classes in JavaScript, not a class starting with `]`.
            const close = source.startsWith('[]', i) ? 2 : source.startsWith('[^]', i) ? 3 : 0;
            if (close) {
                out += source.slice(i, i + close);
                i += close - 1;
                inClass = false;
                continue;
            }
        }
        else if (c === '(' && source[i + 1] === '?') {
            if (source[i + 2] === '=' || source[i + 2] === '!')
                unsupported('lookahead assertions');
            if (source[i + 2] === '<' && (source[i + 3] === '=' || source[i + 3] === '!'))
                unsupported('lookbehind assertions');
        }
        else if (c === '.' && !flags.includes('s')) {
            out += JS_DOT;
            continue;
        }
        out += c;
    }
    return out;
}
/**
 * Compiles `/pattern/flags` or a bare pattern. Flags: `i`, `m`, `s`, `u`, `v`, `d`; `g` and `y`
 * are dropped (they would make test() stateful). Throws {@link UserRegexError} for a pattern that
 * is not valid JavaScript or that RE2 cannot run.
 */
function compileUserRegex(text) {
    const m = /^\/(.*)\/([dgimsuvy]*)$/s.exec(text);
    const pattern = m ? m[1] : text;
    const flags = m ? m[2].replace(/[gy]/g, '') : '';
    if (pattern.length > MAX_PATTERN_LENGTH)
        throw new UserRegexError(`longer than ${MAX_PATTERN_LENGTH} characters`);
    // JavaScript's own parser says whether it is a valid pattern at all (compiling runs nothing).
    try {
        new RegExp(pattern, flags);
    }
    catch (err) {
        throw new UserRegexError(`invalid regular expression: ${err.message.replace(/^Invalid regular expression: (\/.*\/[a-z]*: )?/, '')}`);
    }
    let re;
    try {
        const engineFlags = (flags.includes('i') ? build/* RE2JS */.L3.CASE_INSENSITIVE : 0) | (flags.includes('m') ? build/* RE2JS */.L3.MULTILINE : 0) | (flags.includes('s') ? build/* RE2JS */.L3.DOTALL : 0);
        re = build/* RE2JS */.L3.compile(build/* RE2JS */.L3.translateRegExp(toRe2(pattern, flags)), engineFlags);
    }
    catch (err) {
        if (err instanceof UserRegexError)
            throw err;
        const reason = String(err.message ?? err).split('\n')[0];
        throw new UserRegexError(`not supported: ${reason} (${ENGINE})`);
    }
    return { source: text, flags, test: (t) => re.test(t) };
}
/**
 * A pattern as an error message shows it: as written, in double quotes, unless it holds a quote
 * or a control character (then as a JSON string), so the message stays one line.
 */
function showPattern(text) {
    // eslint-disable-next-line no-control-regex
    return /["\u0000-\u001f\u007f\u2028\u2029]/.test(text) ? JSON.stringify(text) : `"${text}"`;
}

;// CONCATENATED MODULE: ./.build/src/core/smoke/checks.js
/**
 * The `checks` input of smoke-test: a YAML list, inline or in a file, read into checks that keep
 * the line they were written on. Every problem of every check is collected before failing, and
 * regular expressions are compiled here (for a linear-time engine, src/core/regex.ts), so a bad
 * one, or one only a backtracking engine could run, stops the run before any request is sent.
 *
 * Internal to smoke-test.
 */







/** HTTP methods a check may use. */
const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];
/** Largest checks file read (checks are a few KB). */
const MAX_CHECKS_BYTES = YAML_BOUNDS.checks.maxBytes;
/** Most checks in one run: each costs `samples` requests. */
const MAX_CHECKS = 200;
const CHECK_KEYS = ['name', 'path', 'url', 'method', 'headers', 'body', 'expect', 'max-latency-ms'];
const EXPECT_KEYS = ['status', 'body-contains', 'body-matches', 'json', 'headers'];
/** The check used when `checks` is empty (SPEC: `GET /` expecting 2xx). */
function defaultCheck(input) {
    return {
        name: 'GET /',
        method: 'GET',
        path: '/',
        headers: {},
        expect: { status: [{ klass: 2 }], bodyContains: [], bodyMatches: [], json: [], headers: [] },
        origin: { input }
    };
}
/**
 * Whether an input value names a file rather than holding YAML: one line that does not start like
 * YAML list or mapping syntax.
 */
function looksLikePath(value) {
    const v = value.trim();
    return v !== '' && !/[\r\n]/.test(v) && !/^[-[{]/.test(v) && !/^\w[\w-]*\s*:/.test(v);
}
/** Reads the `checks` input: empty → the default check; a path → that file; else inline YAML. */
async function loadChecks(value, input, workspace) {
    if (value.trim() === '')
        return [defaultCheck(input)];
    if (!looksLikePath(value))
        return parseChecks(value, { input });
    const file = (0,core_files/* resolveInWorkspace */.z1)(workspace, value.trim(), input);
    const shown = (0,core_files/* displayPath */.Gt)(workspace, file);
    let text;
    try {
        const stat = await external_node_fs_.promises.stat(file);
        if (!stat.isFile())
            throw new core_errors/* UserError */.y('not a regular file', { input, file: shown });
        if (stat.size > MAX_CHECKS_BYTES) {
            const problem = await oversizeProblem(file, stat.size, YAML_BOUNDS.checks);
            throw new core_errors/* UserError */.y(problem.message, { input, file: shown, line: problem.line });
        }
        text = await external_node_fs_.promises.readFile(file, 'utf8');
    }
    catch (err) {
        if (err instanceof core_errors/* UserError */.y)
            throw err;
        const code = err.code;
        throw new core_errors/* UserError */.y(code === 'ENOENT' ? 'file not found' : `cannot read (${code})`, {
            input,
            file: shown,
            hint: 'give a YAML list of checks inline, or the path of a file holding one'
        });
    }
    return parseChecks(text, { input, file: shown });
}
/** Parses a YAML list of checks; every error of every check is reported at once, each at its line. */
function parseChecks(text, where) {
    const parsed = parseYaml(text, { ...where, bounds: YAML_BOUNDS.checks });
    toData(parsed, where);
    const root = parsed.doc.contents;
    if (root === null)
        return [defaultCheck(where.input)];
    if (!(0,dist/* isSeq */.oP)(root)) {
        throw new core_errors/* UserError */.y('must be a YAML list of checks', { ...where, line: lineOf(parsed, root) ?? 1, hint: 'e.g. - { name: health, path: /healthz }' });
    }
    if (root.items.length > MAX_CHECKS)
        throw new core_errors/* UserError */.y(`more than ${MAX_CHECKS} checks`, { ...where, line: 1 });
    const errors = [];
    const checks = [];
    const names = new Set();
    root.items.forEach((item, index) => {
        const node = item;
        const line = lineOf(parsed, node);
        const err = (message, at = node, hint) => errors.push(new core_errors/* UserError */.y(message, { ...where, line: lineOf(parsed, at) ?? line, hint }));
        if (!(0,dist/* isMap */.jh)(node)) {
            err(`check ${index + 1}: must be a mapping (name, path, expect, …)`);
            return;
        }
        const check = readCheck(node, index, err);
        if (!check)
            return;
        if (names.has(check.name))
            err(`check ${JSON.stringify(check.name)}: duplicate name`, keyNode(node, 'name') ?? node);
        names.add(check.name);
        check.origin = { ...where, line };
        checks.push(check);
    });
    if (errors.length)
        throw core_errors/* UserError */.y.several(errors);
    return checks.length ? checks : [defaultCheck(where.input)];
}
function keyNode(map, key) {
    const pair = map.items.find((p) => (0,dist/* isScalar */.jn)(p.key) && p.key.value === key);
    return pair?.key ?? undefined;
}
function valueNode(map, key) {
    const pair = map.items.find((p) => (0,dist/* isScalar */.jn)(p.key) && p.key.value === key);
    return pair ? pair.value : undefined;
}
function plain(node) {
    if (node === null || node === undefined)
        return null;
    return (0,dist/* isScalar */.jn)(node) ? node.value : node.toJSON();
}
function readCheck(map, index, report) {
    // A check with any error yields no Check (its errors are reported all the same).
    let errorCount = 0;
    const err = (message, at, hint) => {
        errorCount++;
        report(message, at, hint);
    };
    const nameValue = plain(valueNode(map, 'name'));
    const path = plain(valueNode(map, 'path'));
    const url = plain(valueNode(map, 'url'));
    const label = typeof nameValue === 'string' || typeof nameValue === 'number' ? String(nameValue) : undefined;
    const what = `check ${label ? JSON.stringify(label) : index + 1}`;
    for (const pair of map.items) {
        const key = (0,dist/* isScalar */.jn)(pair.key) ? String(pair.key.value) : String(pair.key);
        if (!CHECK_KEYS.includes(key))
            err(`${what}: unknown key ${JSON.stringify(key)}`, pair.key, `known: ${CHECK_KEYS.join(', ')}`);
    }
    if (path !== null && typeof path !== 'string')
        err(`${what}: path must be a string such as /healthz`, valueNode(map, 'path'));
    if (url !== null && typeof url !== 'string')
        err(`${what}: url must be a string`, valueNode(map, 'url'));
    if (path !== null && url !== null)
        err(`${what}: give path or url, not both`, keyNode(map, 'url'));
    if (typeof url === 'string' && !/^https?:\/\//i.test(url))
        err(`${what}: url must start with http:// or https://`, valueNode(map, 'url'));
    if (typeof path === 'string' && /^[a-z][a-z0-9+.-]*:/i.test(path))
        err(`${what}: path is relative to the url input; use url: for an absolute URL`, valueNode(map, 'path'));
    const methodValue = plain(valueNode(map, 'method')) ?? 'GET';
    const method = String(methodValue).toUpperCase();
    if (!METHODS.includes(method))
        err(`${what}: unknown method ${JSON.stringify(methodValue)}`, valueNode(map, 'method'), `one of ${METHODS.join(', ')}`);
    const headers = {};
    const headersNode = valueNode(map, 'headers');
    if (headersNode !== undefined && headersNode !== null) {
        if (!(0,dist/* isMap */.jh)(headersNode))
            err(`${what}: headers must be a mapping of name to value`, headersNode);
        else {
            for (const pair of headersNode.items) {
                const name = String(plain(pair.key));
                const value = plain(pair.value);
                if (!/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(name))
                    err(`${what}: invalid header name ${JSON.stringify(name)}`, pair.key);
                else if (value === null || typeof value === 'object')
                    err(`${what}: header ${name} must have a text value`, pair.value ?? pair.key);
                else if (/[\r\n\0]/.test(String(value)))
                    err(`${what}: header ${name} holds a line break`, pair.value);
                else
                    headers[name] = String(value);
            }
        }
    }
    const bodyValue = plain(valueNode(map, 'body'));
    let body;
    if (bodyValue !== null) {
        if (typeof bodyValue === 'object') {
            // A mapping or list is sent as JSON, with its content type unless the check sets one.
            body = JSON.stringify(bodyValue);
            if (!Object.keys(headers).some((h) => h.toLowerCase() === 'content-type'))
                headers['content-type'] = 'application/json';
        }
        else
            body = String(bodyValue);
    }
    const latencyValue = plain(valueNode(map, 'max-latency-ms'));
    let maxLatencyMs;
    if (latencyValue !== null) {
        const n = typeof latencyValue === 'number' ? latencyValue : Number(String(latencyValue).replace(/\s*ms$/, ''));
        if (!Number.isFinite(n) || n <= 0)
            err(`${what}: max-latency-ms must be a positive number of milliseconds`, valueNode(map, 'max-latency-ms'));
        else
            maxLatencyMs = n;
    }
    const expect = readExpect(valueNode(map, 'expect'), what, err);
    if (errorCount > 0)
        return null;
    const name = label ?? (typeof url === 'string' ? `${method} ${url}` : `${method} ${typeof path === 'string' ? path : '/'}`);
    return {
        name,
        method,
        path: typeof path === 'string' ? path : typeof url === 'string' ? undefined : '/',
        url: typeof url === 'string' ? url : undefined,
        headers,
        body,
        expect,
        maxLatencyMs,
        origin: { input: '' }
    };
}
function readExpect(node, what, err) {
    const expect = { status: [{ klass: 2 }], bodyContains: [], bodyMatches: [], json: [], headers: [] };
    if (node === undefined || node === null)
        return expect;
    if (!(0,dist/* isMap */.jh)(node)) {
        err(`${what}: expect must be a mapping (status, body-contains, body-matches, json, headers)`, node);
        return expect;
    }
    for (const pair of node.items) {
        const key = String(plain(pair.key));
        const value = pair.value;
        const v = plain(value);
        switch (key) {
            case 'status': {
                const items = Array.isArray(v) ? v : [v];
                const matchers = [];
                for (const item of items) {
                    const m = parseStatus(item);
                    if (m)
                        matchers.push(m);
                    else
                        err(`${what}: expect.status: ${JSON.stringify(item)} is not a status`, value, 'a code such as 200, a class such as 2xx, or a list of them');
                }
                if (matchers.length)
                    expect.status = matchers;
                break;
            }
            case 'body-contains': {
                const items = Array.isArray(v) ? v : [v];
                for (const item of items) {
                    if (item === null || typeof item === 'object')
                        err(`${what}: expect.body-contains must be a text or a list of texts`, value);
                    else
                        expect.bodyContains.push(String(item));
                }
                break;
            }
            case 'body-matches': {
                const items = Array.isArray(v) ? v : [v];
                for (const item of items) {
                    if (typeof item !== 'string') {
                        err(`${what}: expect.body-matches must be a regular expression (text) or a list of them`, value);
                        continue;
                    }
                    try {
                        expect.bodyMatches.push({ source: item, regex: compileUserRegex(item) });
                    }
                    catch (e) {
                        err(`${what}: body-matches ${showPattern(item)}: ${e.message}`, value);
                    }
                }
                break;
            }
            case 'json': {
                if (!(0,dist/* isMap */.jh)(value)) {
                    err(`${what}: expect.json must be a mapping of JSON path to value, e.g. { $.status: ok }`, value);
                    break;
                }
                for (const p of value.items) {
                    const path = String(plain(p.key));
                    const segments = parseJsonPath(path);
                    if (!segments)
                        err(`${what}: expect.json: invalid path ${JSON.stringify(path)}`, p.key, 'e.g. $.status, data.items[0].id');
                    else
                        expect.json.push({ path, segments, value: plain(p.value) });
                }
                break;
            }
            case 'headers': {
                if (!(0,dist/* isMap */.jh)(value)) {
                    err(`${what}: expect.headers must be a mapping of header name to expected text (or true/false)`, value);
                    break;
                }
                for (const p of value.items) {
                    const name = String(plain(p.key)).toLowerCase();
                    const hv = plain(p.value);
                    if (hv === null || typeof hv === 'object')
                        err(`${what}: expect.headers.${name} must be a text, true or false`, p.value ?? p.key);
                    else
                        expect.headers.push({ name, value: typeof hv === 'boolean' ? hv : String(hv) });
                }
                break;
            }
            default:
                err(`${what}: unknown expectation ${JSON.stringify(key)}`, pair.key, `known: ${EXPECT_KEYS.join(', ')}`);
        }
    }
    return expect;
}
function parseStatus(value) {
    if (typeof value === 'number' && Number.isInteger(value) && value >= 100 && value <= 599)
        return { code: value };
    if (typeof value !== 'string')
        return null;
    const v = value.trim();
    if (/^[1-5]\d\d$/.test(v))
        return { code: Number(v) };
    const m = /^([1-5])xx$/i.exec(v);
    return m ? { klass: Number(m[1]) } : null;
}
/** Whether a status satisfies the matchers. */
function statusMatches(matchers, status) {
    return matchers.some((m) => ('code' in m ? m.code === status : Math.floor(status / 100) === m.klass));
}
/** The matchers as written, e.g. `2xx` or `200, 204`. */
function describeStatus(matchers) {
    return matchers.map((m) => ('code' in m ? String(m.code) : `${m.klass}xx`)).join(', ');
}
/**
 * Parses `$.a.b[0]["c d"]` or `a.b.0` into segments; null when malformed. Numeric segments index
 * arrays (and are also tried as object keys).
 */
function parseJsonPath(path) {
    let rest = path.trim();
    if (rest.startsWith('$'))
        rest = rest.slice(1);
    if (rest === '')
        return [];
    const segments = [];
    let i = 0;
    if (!rest.startsWith('.') && !rest.startsWith('['))
        rest = '.' + rest;
    while (i < rest.length) {
        if (rest[i] === '.') {
            const m = /^\.([^.[\]]+)/.exec(rest.slice(i));
            if (!m)
                return null;
            segments.push(/^\d+$/.test(m[1]) ? Number(m[1]) : m[1]);
            i += m[0].length;
        }
        else if (rest[i] === '[') {
            const m = /^\[(?:(\d+)|"((?:[^"\\]|\\.)*)"|'([^']*)')\]/.exec(rest.slice(i));
            if (!m)
                return null;
            segments.push(m[1] !== undefined ? Number(m[1]) : m[2] !== undefined ? JSON.parse(`"${m[2]}"`) : m[3]);
            i += m[0].length;
        }
        else
            return null;
    }
    return segments;
}
/** The value at a path, or `undefined` when it does not exist. */
function valueAt(root, segments) {
    let current = root;
    for (const s of segments) {
        if (Array.isArray(current) && typeof s === 'number')
            current = current[s];
        else if (current !== null && typeof current === 'object' && Object.prototype.hasOwnProperty.call(current, String(s))) {
            current = current[String(s)];
        }
        else
            return undefined;
    }
    return current;
}
/** Deep equality of JSON values (objects compared key by key, whatever their order). */
function jsonEqual(a, b) {
    if (a === b)
        return true;
    if (typeof a !== typeof b || a === null || b === null || typeof a !== 'object')
        return false;
    if (Array.isArray(a) !== Array.isArray(b))
        return false;
    if (Array.isArray(a)) {
        const bb = b;
        return a.length === bb.length && a.every((x, i) => jsonEqual(x, bb[i]));
    }
    const ka = Object.keys(a);
    const kb = Object.keys(b);
    return ka.length === kb.length && ka.every((k) => jsonEqual(a[k], b[k]));
}

// EXTERNAL MODULE: ./.build/src/core/json-position.js
var json_position = __webpack_require__(5001);
;// CONCATENATED MODULE: ./.build/src/core/smoke/engine.js
/**
 * The smoke-test engine: readiness polling, samples with bounded concurrency, retries with
 * exponential back-off and jitter, flaky detection, thresholds and post-release monitoring. It
 * knows nothing of inputs or files: the command (src/core/commands/smoke.ts) gives it settings and
 * turns its outcome into a report.
 *
 * Time is bounded: a check whose first sample fails after every retry sends no further samples,
 * and later checks on an origin that could not be reached are not sent at all, so a dead target
 * fails within `timeout-ms` × attempts plus the back-off (after `wait-for-ready`, when set).
 *
 * Internal to smoke-test.
 */




/**
 * Deepest nesting of a JSON body parsed for `expect.json`: real APIs nest a few dozen levels; a
 * body nested deeper fails the assertion unparsed, so that an 8 MB `[[[[…]]]]` (the most a body
 * may hold, MAX_BODY_BYTES in http.ts) cannot take hundreds of MB.
 */
const MAX_JSON_DEPTH = 1000;
/** What a JSON assertion reports for a body nested deeper than {@link MAX_JSON_DEPTH}. */
const TOO_DEEP = `JSON nested deeper than ${MAX_JSON_DEPTH} levels`;
/** What a cancelled run says. */
const STOPPED = 'the checks were stopped';
/** Longest single back-off wait, whatever the attempt. */
const MAX_BACKOFF_MS = 30_000;
/** Time between the starts of two monitoring rounds. */
const MONITOR_INTERVAL_MS = 1_000;
/** Monitoring progress is logged at most this often (and at the end). */
const MONITOR_PROGRESS_MS = 10_000;
/**
 * The wait before retry `attempt` (1 for the first retry): `base × 2^(attempt−1)`, capped at
 * {@link MAX_BACKOFF_MS}, with "equal jitter" (half fixed, half random) so that retries of many
 * samples do not arrive together yet the wait never drops below half its nominal value.
 */
function backoffMs(base, attempt, random = Math.random) {
    const nominal = Math.min(MAX_BACKOFF_MS, base * 2 ** (attempt - 1));
    return nominal / 2 + random() * (nominal / 2);
}
/** Upper bound of all back-off waits of one sample with `retries` retries. */
function maxTotalBackoffMs(base, retries) {
    let total = 0;
    for (let a = 1; a <= retries; a++)
        total += Math.min(MAX_BACKOFF_MS, base * 2 ** (a - 1));
    return total;
}
/** The URL of a check: `url` as written, or `path` appended to the base URL's path. */
function checkUrl(base, check) {
    if (check.url)
        return new URL(check.url).href;
    const b = new URL(base);
    const path = check.path ?? '/';
    const [pathPart, query] = splitQuery(path.startsWith('/') ? path : `/${path}`);
    // Appended, not resolved: a service deployed under https://host/app keeps /app for /healthz.
    b.pathname = b.pathname.replace(/\/+$/, '') + pathPart;
    if (query !== undefined)
        b.search = query;
    return b.href;
}
function splitQuery(path) {
    const at = path.indexOf('?');
    return at < 0 ? [path, undefined] : [path.slice(0, at), path.slice(at)];
}
/** Judges one HTTP result against a check's expectations. */
function judge(check, result) {
    if (!result.ok) {
        // A redirect not followed or a body over the limit came from an origin that answered: later
        // checks on it are still sent.
        const answered = result.kind === 'redirect' || result.kind === 'body-limit';
        return { passed: false, status: null, latencyMs: null, error: result.error, assertions: [], transport: !answered };
    }
    const e = check.expect;
    const assertions = [];
    const statusOk = statusMatches(e.status, result.status);
    const expectedStatus = e.status.length === 1 && 'code' in e.status[0] ? e.status[0].code : describeStatus(e.status);
    assertions.push({ type: 'status', expected: expectedStatus, actual: result.status, passed: statusOk });
    const text = e.bodyContains.length || e.bodyMatches.length || e.json.length ? result.body.toString('utf8') : '';
    for (const needle of e.bodyContains) {
        assertions.push({ type: 'body-contains', expected: needle, actual: text.includes(needle), passed: text.includes(needle) });
    }
    for (const m of e.bodyMatches) {
        const ok = m.regex.test(text);
        assertions.push({ type: 'body-matches', expected: m.source, actual: ok, passed: ok });
    }
    if (e.json.length) {
        let doc;
        // Why the body was not parsed, when it was not.
        let unparsed = (0,json_position/* jsonNestingExceeds */.G)(text, MAX_JSON_DEPTH) ? TOO_DEEP : null;
        if (!unparsed) {
            try {
                doc = JSON.parse(text);
            }
            catch {
                unparsed = 'not JSON';
            }
        }
        for (const j of e.json) {
            const actual = unparsed ? undefined : valueAt(doc, j.segments);
            const ok = !unparsed && actual !== undefined && jsonEqual(actual, j.value);
            assertions.push({ type: `json ${j.path}`, expected: j.value, actual: unparsed ?? (actual === undefined ? null : summarize(actual)), passed: ok });
        }
    }
    for (const h of e.headers) {
        const actual = result.headers[h.name];
        const ok = h.value === true ? actual !== undefined : h.value === false ? actual === undefined : actual !== undefined && actual.includes(h.value);
        assertions.push({ type: `header ${h.name}`, expected: h.value, actual: actual ?? null, passed: ok });
    }
    const failed = assertions.find((a) => !a.passed);
    return {
        passed: !failed,
        status: result.status,
        latencyMs: round(result.latencyMs),
        error: failed ? assertionMessage(failed) : null,
        assertions,
        transport: false
    };
}
/** Keeps reported JSON values small: a long string or a structure is cut. */
function summarize(value) {
    if (typeof value === 'string')
        return value.length > 200 ? value.slice(0, 200) + '…' : value;
    if (value !== null && typeof value === 'object') {
        const text = JSON.stringify(value);
        return text.length > 200 ? text.slice(0, 200) + '…' : value;
    }
    return value;
}
/** One line for a failed assertion. */
function assertionMessage(a) {
    switch (a.type) {
        case 'status':
            return `expected status ${a.expected}, got ${a.actual}`;
        case 'body-contains':
            return `body does not contain ${JSON.stringify(a.expected)}`;
        case 'body-matches':
            return `body does not match ${a.expected}`;
        case 'max-latency-ms':
            return `slowest response ${a.actual} ms, over max-latency-ms ${a.expected}`;
    }
    if (a.type.startsWith('json ')) {
        const got = a.actual === 'not JSON' ? 'a body that is not JSON' : a.actual === TOO_DEEP ? `a body of ${TOO_DEEP} (not parsed)` : JSON.stringify(a.actual);
        return `${a.type.slice(5)}: expected ${JSON.stringify(a.expected)}, got ${got}`;
    }
    if (a.type.startsWith('header ')) {
        const name = a.type.slice(7);
        if (a.expected === true)
            return `header ${name} missing`;
        if (a.expected === false)
            return `header ${name} present (${a.actual})`;
        return a.actual === null ? `header ${name} missing (expected ${JSON.stringify(a.expected)})` : `header ${name} is ${JSON.stringify(a.actual)}, expected to contain ${JSON.stringify(a.expected)}`;
    }
    return `${a.type}: expected ${JSON.stringify(a.expected)}, got ${JSON.stringify(a.actual)}`;
}
function round(ms) {
    return Math.round(ms * 1000) / 1000;
}
/** Whether a check expects a redirect itself, in which case redirects are not followed (whatever `follow-redirects` says). */
function expectsRedirect(check) {
    return check.expect.status.some((m) => ('code' in m ? m.code >= 300 && m.code < 400 : m.klass === 3));
}
/** Runs `tasks` with at most `limit` in flight; results in task order. */
async function pool(tasks, limit) {
    const results = new Array(tasks.length);
    let next = 0;
    const worker = async () => {
        while (next < tasks.length) {
            const i = next++;
            results[i] = await tasks[i]();
        }
    };
    await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, worker));
    return results;
}
/** The engine of one run. */
class SmokeEngine {
    settings;
    deps;
    sleep;
    send;
    random;
    now;
    constructor(settings, deps) {
        this.settings = settings;
        this.deps = deps;
        const signal = deps.signal;
        const sleep = deps.sleep ?? ((ms) => (0,core_cancel/* sleepUnlessCancelled */.xE)(ms, signal, STOPPED));
        this.sleep = (ms) => (this.cancelled(), sleep(ms));
        const send = deps.send;
        this.send = (req) => (this.cancelled(), send(req, signal));
        this.random = deps.random ?? Math.random;
        this.now = deps.now ?? (() => performance.now());
    }
    /** Throws {@link Cancelled} once the run's signal is aborted. */
    cancelled() {
        const signal = this.deps.signal;
        if (signal?.aborted)
            throw new core_cancel/* Cancelled */.cJ((0,core_cancel/* signalName */.yD)(signal), STOPPED);
    }
    request(check, url) {
        const redirects = expectsRedirect(check) ? 'none' : this.settings.followRedirects;
        return { url, method: check.method, headers: check.headers, body: check.body, redirects };
    }
    /** One sample: a request, retried with back-off until it passes or attempts run out. */
    async sample(check, url, monitor = false) {
        const { retries, retryDelayMs } = this.settings;
        let last;
        for (let attempt = 1; attempt <= retries + 1; attempt++) {
            last = judge(check, await this.send(this.request(check, url)));
            if (last.passed)
                return { ...last, attempts: attempt, monitor };
            if (attempt <= retries) {
                const wait = backoffMs(retryDelayMs, attempt, this.random);
                this.deps.log(`  ${check.name}: attempt ${attempt} failed (${last.error}); retrying in ${Math.round(wait)} ms`);
                await this.sleep(wait);
            }
        }
        return { ...last, attempts: retries + 1, monitor };
    }
    /** Polls the first check until it passes or `wait-for-ready` runs out. */
    async waitForReady() {
        const { waitForReadySeconds, retryDelayMs, checks, target } = this.settings;
        const check = checks[0];
        const url = checkUrl(target, check);
        const started = this.now();
        const deadline = started + waitForReadySeconds * 1000;
        // Polls no faster than every 100 ms and no slower than every 2 s: readiness is usually seconds away.
        const interval = Math.min(2000, Math.max(100, retryDelayMs));
        let polls = 0;
        let lastError = null;
        let lastLog = started;
        this.deps.log(`Waiting up to ${waitForReadySeconds} s for ${url} to pass "${check.name}"`);
        for (;;) {
            polls++;
            const outcome = judge(check, await this.send(this.request(check, url)));
            if (outcome.passed) {
                const waitedMs = this.now() - started;
                this.deps.log(`Ready after ${(waitedMs / 1000).toFixed(1)} s (${polls} poll${polls === 1 ? '' : 's'})`);
                return { ready: true, waitedMs: Math.round(waitedMs), polls, lastError: null };
            }
            lastError = outcome.error;
            const now = this.now();
            if (now + interval >= deadline)
                break;
            if (now - lastLog >= 5000) {
                this.deps.log(`  not ready after ${((now - started) / 1000).toFixed(0)} s: ${lastError}`);
                lastLog = now;
            }
            await this.sleep(interval);
        }
        return { ready: false, waitedMs: Math.round(this.now() - started), polls, lastError };
    }
    /** Measures every check: `samples` requests each, `concurrency` in flight. */
    async measure() {
        const { checks, target, samples, concurrency } = this.settings;
        const deadOrigins = new Map();
        const outcomes = [];
        for (const check of checks) {
            const url = checkUrl(target, check);
            const origin = new URL(url).origin;
            const dead = deadOrigins.get(origin);
            if (dead) {
                outcomes.push({ check, url, samples: [], skipped: `not sent: ${origin} could not be reached (${dead})` });
                this.deps.log(`✗ ${check.name}: not sent (${origin} could not be reached)`);
                continue;
            }
            // The first sample alone: when it fails after every retry, the rest would only repeat it.
            const first = await this.sample(check, url);
            const results = [first];
            let skipped = null;
            if (first.passed) {
                const rest = await pool(Array.from({ length: samples - 1 }, () => () => this.sample(check, url)), concurrency);
                results.push(...rest);
            }
            else {
                if (first.transport)
                    deadOrigins.set(origin, first.error ?? 'no answer');
                if (samples > 1)
                    skipped = `${samples - 1} more sample${samples === 2 ? '' : 's'} not sent: the first failed after ${first.attempts} attempt${first.attempts === 1 ? '' : 's'}`;
            }
            const outcome = { check, url, samples: results, skipped };
            outcomes.push(outcome);
            this.deps.log(describeOutcome(outcome, this.settings));
        }
        return outcomes;
    }
    /**
     * Keeps checking every check once a second for `monitor-seconds`, stopping at the first breach:
     * a sample that fails after its retries, or an answer slower than its check's max-latency-ms.
     */
    async monitor(outcomes) {
        const { monitorSeconds } = this.settings;
        const started = this.now();
        const deadline = started + monitorSeconds * 1000;
        const m = { seconds: monitorSeconds, rounds: 0, requests: 0, failures: 0, breach: null };
        const latencies = [];
        let lastProgress = started;
        this.deps.log(`Monitoring for ${monitorSeconds} s`);
        const progress = () => {
            const sorted = [...latencies].sort((a, b) => a - b);
            const p95 = sorted.length ? `, p95 ${percentileOfSorted(sorted, 95).toFixed(1)} ms` : '';
            this.deps.log(`  monitor ${((this.now() - started) / 1000).toFixed(0)}/${monitorSeconds} s: ${m.rounds} round${m.rounds === 1 ? '' : 's'}, ${m.requests} requests, ${m.failures} failed${p95}`);
        };
        while (this.now() < deadline && !m.breach) {
            const roundStart = this.now();
            m.rounds++;
            const results = await pool(outcomes.map((o) => () => this.sample(o.check, o.url, true)), this.settings.concurrency);
            results.forEach((s, i) => {
                const o = outcomes[i];
                o.samples.push(s);
                m.requests++;
                if (s.latencyMs !== null && s.passed)
                    latencies.push(s.latencyMs);
                if (!s.passed) {
                    m.failures++;
                    m.breach ??= `${o.check.name}: ${s.error}`;
                }
                else if (o.check.maxLatencyMs !== undefined && s.latencyMs !== null && s.latencyMs > o.check.maxLatencyMs) {
                    m.breach ??= `${o.check.name}: ${s.latencyMs.toFixed(1)} ms, over max-latency-ms ${o.check.maxLatencyMs}`;
                }
            });
            if (this.now() - lastProgress >= MONITOR_PROGRESS_MS || m.rounds === 1) {
                progress();
                lastProgress = this.now();
            }
            if (m.breach)
                break;
            const wait = Math.min(MONITOR_INTERVAL_MS - (this.now() - roundStart), deadline - this.now());
            if (wait > 0)
                await this.sleep(wait);
        }
        progress();
        if (m.breach)
            this.deps.log(`  breach after ${((this.now() - started) / 1000).toFixed(1)} s: ${m.breach}`);
        return m;
    }
    /** The whole run: readiness, measurement, and monitoring when everything passed. */
    async run(passes) {
        const { waitForReadySeconds, monitorSeconds, checks, target } = this.settings;
        let readiness = null;
        if (waitForReadySeconds > 0) {
            readiness = await this.waitForReady();
            if (!readiness.ready) {
                const url = checkUrl(target, checks[0]);
                const outcomes = checks.map((check, i) => ({
                    check,
                    url: i === 0 ? url : checkUrl(target, check),
                    samples: [],
                    skipped: i === 0 ? `not ready after ${waitForReadySeconds} s (wait-for-ready): ${readiness.lastError}` : 'not sent: the target never became ready'
                }));
                return { checks: outcomes, readiness, monitoring: null };
            }
        }
        const outcomes = await this.measure();
        let monitoring = null;
        if (monitorSeconds > 0 && passes(outcomes))
            monitoring = await this.monitor(outcomes);
        return { checks: outcomes, readiness, monitoring };
    }
}
/**
 * A check's figures: it passes when it was measured, its share of failed samples is within
 * `max-error-rate` and its slowest answer within its `max-latency-ms`. A sample that passed only
 * on a retry makes it flaky, which is reported and does not fail it.
 */
function checkFigures(o, settings) {
    const requests = o.samples.length;
    const failed = o.samples.filter((s) => !s.passed);
    const sorted = o.samples.filter((s) => s.passed && s.latencyMs !== null).map((s) => s.latencyMs).sort((a, b) => a - b);
    const pct = (p) => (sorted.length ? round(percentileOfSorted(sorted, p)) : null);
    const max = sorted.length ? sorted[sorted.length - 1] : null;
    // The answer shown: the first failure, else the last sample.
    const shown = failed[0] ?? o.samples[o.samples.length - 1];
    const assertions = shown ? [...shown.assertions] : [];
    let error = failed[0]?.error ?? o.skipped ?? null;
    let passed = requests > 0 && failed.length / requests <= settings.maxErrorRate + 1e-12 && (!o.skipped || failed.length === 0);
    if (o.check.maxLatencyMs !== undefined && max !== null) {
        const ok = max <= o.check.maxLatencyMs;
        const a = { type: 'max-latency-ms', expected: o.check.maxLatencyMs, actual: max, passed: ok };
        assertions.push(a);
        if (!ok) {
            passed = false;
            error ??= assertionMessage(a);
        }
    }
    if (passed && failed.length && error)
        error = `${failed.length} of ${requests} samples failed (within max-error-rate): ${error}`;
    return {
        requests,
        failures: failed.length,
        flaky: o.samples.some((s) => s.passed && s.attempts > 1),
        attempts: o.samples.reduce((m, s) => Math.max(m, s.attempts), 0),
        status: shown?.status ?? null,
        latency: { p50: pct(50), p95: pct(95), max },
        sorted,
        error,
        assertions,
        passed
    };
}
/** One log line for a measured check. */
function describeOutcome(o, settings) {
    const f = checkFigures(o, settings);
    const mark = f.passed ? (f.flaky ? '~' : '✓') : '✗';
    const lat = f.latency.p95 !== null ? `, p50 ${f.latency.p50.toFixed(1)} ms, p95 ${f.latency.p95.toFixed(1)} ms, max ${f.latency.max.toFixed(1)} ms` : '';
    const flaky = f.flaky ? ' (flaky: passed on a retry)' : '';
    const err = !f.passed && f.error ? `: ${f.error}` : '';
    return `${mark} ${o.check.name} ${o.check.method} ${o.url}: ${f.requests - f.failures}/${f.requests} passed${lat}${flaky}${err}`;
}

;// CONCATENATED MODULE: ./.build/src/core/smoke/report.js
/**
 * The smoke report (`phase-gates/smoke-report@1`, schemas/smoke-report.schema.json), the verdict
 * over it, the job summary, and the masking of secrets out of all of them.
 *
 * Internal to smoke-test. gates-enforcer reads these reports (src/core/gates/collect.ts
 * `collectSmoke`, src/core/reports/perf/smoke-report.ts): `passed`, `totals.p95Ms`, the counts and
 * `totals.errorRate` as a ratio 0–1 are its contract.
 */




const report_round = (n) => Math.round(n * 1000) / 1000;
/** Whether a header or query parameter name holds a credential (src/core/secrets.ts). */

/**
 * Values that must never appear in a report, summary or log line. Each is also registered with
 * the host (`::add-mask::` on the runner), which masks the runner's own log; this class masks what
 * phase-gates writes itself.
 */
class Secrets {
    register;
    values = [];
    /** The one masker of src/core/secrets.ts: each value in every form a script or server may print it in. */
    redactor = new secrets/* Redactor */.pO();
    constructor(register = () => undefined) {
        this.register = register;
    }
    /** Adds a value; very short ones are not (masking every `a` would garble all output). */
    add(value) {
        const v = value?.trim();
        if (!v || v.length < 3 || this.values.includes(v))
            return;
        this.values.push(v);
        this.redactor.add(v);
        this.register(v);
    }
    /** A header value: the whole of it, and the credential after an auth scheme (`Bearer x` → `x`). */
    addHeader(name, value) {
        if (!(0,secrets/* isSecretName */.eh)(name))
            return;
        this.add(value);
        const m = /^\s*[A-Za-z][\w-]*\s+(\S.*)$/.exec(value);
        if (m && /^(authorization|proxy-authorization)$/i.test(name))
            this.add(m[1]);
        if (/cookie/i.test(name))
            for (const part of value.split(';'))
                this.add(part.split('=').slice(1).join('='));
    }
    /** A URL's password and credential-looking query values; returns the URL with them masked. */
    maskUrl(url) {
        let u;
        try {
            u = new URL(url);
        }
        catch {
            return this.scrub(url);
        }
        if (u.password)
            this.add(decodeURIComponent(u.password));
        if (u.username)
            this.add(decodeURIComponent(u.username));
        for (const [k, v] of u.searchParams)
            if ((0,secrets/* isSecretName */.eh)(k))
                this.add(v);
        if (u.username || u.password) {
            u.username = '';
            u.password = '';
            return this.scrub(u.href.replace('://', '://***@'));
        }
        return this.scrub(u.href);
    }
    /** Whether `text` holds one of the secrets, in any of its forms. */
    holds(text) {
        return this.redactor.holdsSecret(text);
    }
    /** The text with every secret replaced by `***`, in each of its forms (URL-encoded, base64, JSON, …). */
    scrub(text) {
        return this.redactor.redact(text);
    }
    /** A copy of a JSON value with every string scrubbed. */
    scrubDeep(value) {
        if (typeof value === 'string')
            return this.scrub(value);
        if (Array.isArray(value))
            return value.map((v) => this.scrubDeep(v));
        if (value !== null && typeof value === 'object') {
            return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, this.scrubDeep(v)]));
        }
        return value;
    }
}
/**
 * Builds the report and decides: every check passed (flaky ones included), the error rate over
 * all samples within `max-error-rate`, p95 over all answers within `p95-ms`, and no breach while
 * monitoring.
 */
function buildReport(outcome, settings, ctx, secrets) {
    const checks = [];
    const all = [];
    let requests = 0;
    let failures = 0;
    for (const o of outcome.checks) {
        const f = checkFigures(o, settings);
        requests += f.requests;
        failures += f.failures;
        all.push(...f.sorted);
        checks.push({
            name: o.check.name,
            method: o.check.method,
            url: secrets.maskUrl(o.url),
            passed: f.passed,
            flaky: f.flaky,
            attempts: f.attempts,
            status: f.status,
            latencyMs: f.latency,
            error: f.error,
            assertions: f.assertions,
            requests: f.requests,
            failures: f.failures
        });
    }
    all.sort((a, b) => a - b);
    const pct = (p) => (all.length ? report_round(percentileOfSorted(all, p)) : null);
    const totals = {
        requests,
        failures,
        errorRate: requests ? failures / requests : null,
        p50Ms: pct(50),
        p95Ms: pct(95),
        p99Ms: pct(99)
    };
    const reasons = [];
    const failed = checks.filter((c) => !c.passed);
    for (const c of failed)
        reasons.push(`${c.name}: ${c.error ?? 'failed'}`);
    // With every check within max-error-rate the whole run is too; said only when no check already says why.
    if (!failed.length && totals.errorRate !== null && totals.errorRate > settings.maxErrorRate + 1e-12) {
        reasons.push(`error rate ${formatPercent(totals.errorRate)} (${failures}/${requests}) over max-error-rate ${formatPercent(settings.maxErrorRate)}`);
    }
    if (totals.p95Ms !== null && totals.p95Ms > settings.p95Ms)
        reasons.push(`p95 ${totals.p95Ms.toFixed(1)} ms over p95-ms ${settings.p95Ms}`);
    if (totals.p95Ms === null && !failed.length)
        reasons.push('no response was measured');
    if (outcome.monitoring?.breach)
        reasons.push(`breach while monitoring: ${outcome.monitoring.breach}`);
    const unique = [...new Set(reasons)];
    const report = {
        schema: constants/* SMOKE_REPORT_SCHEMA */.Tf,
        target: secrets.maskUrl(settings.target),
        startedAt: ctx.startedAt.toISOString(),
        finishedAt: ctx.finishedAt.toISOString(),
        passed: unique.length === 0,
        message: unique.length ? unique.join('; ') : null,
        sha: ctx.sha,
        repository: ctx.repository,
        runId: ctx.runId,
        deploymentId: ctx.deploymentId,
        thresholds: {
            p95Ms: settings.p95Ms,
            maxErrorRate: settings.maxErrorRate,
            samples: settings.samples,
            retries: settings.retries,
            timeoutMs: settings.timeoutMs,
            concurrency: settings.concurrency
        },
        totals,
        readiness: outcome.readiness,
        monitoring: outcome.monitoring,
        checks
    };
    return secrets.scrubDeep(report);
}
/** Whether the outcome so far passes (used to decide whether to monitor). */
function passesSoFar(outcome, settings) {
    return buildReport(outcome, settings, { startedAt: new Date(0), finishedAt: new Date(0), sha: null, repository: null, runId: null, deploymentId: null }, new Secrets()).passed;
}
/** `6.67%` for a ratio. */
function formatPercent(ratio) {
    const pct = ratio * 100;
    return `${Number.isInteger(pct) ? pct : Number(pct.toFixed(2))}%`;
}
const ms = (v) => (v === null ? '—' : `${v.toFixed(1)} ms`);
function cell(text) {
    return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}
/** The job summary: verdict, a table of checks, totals against thresholds. */
function renderSummary(report) {
    const verdict = report.passed ? '✅ passed' : '❌ failed';
    const lines = [`## Smoke test: ${verdict}`, '', `Target \`${cell(report.target)}\``, ''];
    lines.push('| Check | Request | Result | Attempts | Status | p50 | p95 | max | Detail |', '| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
    for (const c of report.checks) {
        const result = !c.passed ? '❌ fail' : c.flaky ? '⚠️ flaky' : '✅ pass';
        const samples = c.requests ? ` <sub>${c.requests - c.failures}/${c.requests}</sub>` : '';
        lines.push(`| ${cell(c.name)} | \`${c.method} ${cell(c.url)}\` | ${result}${samples} | ${c.attempts || '—'} | ${c.status ?? '—'} | ${ms(c.latencyMs.p50)} | ${ms(c.latencyMs.p95)} | ${ms(c.latencyMs.max)} | ${cell(c.error ?? '')} |`);
    }
    const t = report.totals;
    const th = report.thresholds;
    const rate = t.errorRate === null ? '—' : formatPercent(t.errorRate);
    lines.push('', '| Totals | Actual | Threshold |', '| --- | --- | --- |', `| Requests | ${t.requests} (${t.failures} failed) | |`, `| Error rate | ${rate} | ≤ ${formatPercent(th.maxErrorRate)} |`, `| p50 | ${ms(t.p50Ms)} | |`, `| p95 | ${ms(t.p95Ms)} | ≤ ${th.p95Ms} ms |`, `| p99 | ${ms(t.p99Ms)} | |`);
    const notes = [];
    if (report.readiness) {
        const r = report.readiness;
        notes.push(r.ready ? `Ready after ${(r.waitedMs / 1000).toFixed(1)} s (${r.polls} polls).` : `Not ready after ${(r.waitedMs / 1000).toFixed(1)} s (${r.polls} polls): ${cell(r.lastError ?? '')}`);
    }
    if (report.monitoring) {
        const m = report.monitoring;
        notes.push(`Monitored ${m.seconds} s: ${m.rounds} rounds, ${m.requests} requests, ${m.failures} failed${m.breach ? `; breach: ${cell(m.breach)}` : ''}.`);
    }
    if (report.message)
        notes.push(`**Why it failed:** ${cell(report.message)}`);
    if (notes.length)
        lines.push('', ...notes);
    lines.push('', `<sub>${report.sha ? `Commit ${report.sha.slice(0, 12)} · ` : ''}${report.finishedAt} · percentiles by linear interpolation (R-7)</sub>`);
    return lines.join('\n') + '\n';
}

// EXTERNAL MODULE: ./.build/src/core/schemas.js + 2 modules
var schemas = __webpack_require__(8623);
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
            if (line > MAX_LINE_NUMBER)
                this.outOfRange('line number', line, MAX_LINE_NUMBER);
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
                if (line > MAX_LINE_NUMBER)
                    this.outOfRange('line number', line, MAX_LINE_NUMBER);
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
    return countText(value, value === undefined ? `${name} attribute` : name);
}
/** A line-number attribute: a count from 0 to 10⁸. */
function lineAttr(value, name) {
    return lineNumber(intAttr(value, name), name);
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
                    const covered = countText(cc[1], 'condition-coverage covered');
                    const total = unitsOfLine(countText(cc[2], 'condition-coverage total'), 'condition-coverage total');
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
                        file.addLineBranches(num, t, unitsOfLine(t + f, `branches of line ${num} (truecount + falsecount)`));
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
                        f.addLineBranches(nr, cb, unitsOfLine(mb + cb, `branches of line ${nr} (mb + cb)`));
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




const istanbul_summary_METRICS = ['lines', 'branches', 'functions', 'statements'];
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
            for (const metric of istanbul_summary_METRICS) {
                const m = e[metric];
                if (m === undefined)
                    continue;
                if (typeof m?.total !== 'number' || typeof m?.covered !== 'number') {
                    fail(`${metric} of ${JSON.stringify(key)} has no numeric total and covered`);
                }
                const { covered, total } = coveredOf(m.covered, m.total, `${metric} of ${JSON.stringify(key)}`);
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
function istanbul_final_count(v, map, id, key) {
    return countValue(v, `${map}[${JSON.stringify(id)}] of ${JSON.stringify(key)}:`);
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
                const c = istanbul_final_count(hits, 's', id, key);
                file.addStatement(k, c);
                const line = lineNumber(loc.start.line, `statementMap[${JSON.stringify(id)}] of ${JSON.stringify(key)}: start line`);
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
                file.addFunction(k ?? `#${id}`, istanbul_final_count(hits, 'f', id, key));
            }
            const branchMap = isObject(fc.branchMap) ? fc.branchMap : {};
            for (const [id, hits] of Object.entries(isObject(fc.b) ? fc.b : {})) {
                if (!Array.isArray(hits))
                    fail(`branch ${id} of ${JSON.stringify(key)} is not an array of counts`);
                const br = branchMap[id];
                const locs = isObject(br) && Array.isArray(br.locations) ? br.locations : [];
                const base = locKey(locs[0]) ?? (isObject(br) ? locKey(br.loc) : null) ?? `#${id}`;
                if (hits.length > MAX_UNITS_PER_LINE)
                    fail(`branch ${id} of ${JSON.stringify(key)} has ${hits.length} outcomes`);
                hits.forEach((h, i) => file.addBranch(`${base}:${i}`, istanbul_final_count(h, 'b', `${id}][${i}`, key)));
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
            const startLine = lineNumber(countText(sl, 'start line'), 'start line');
            const endLine = lineNumber(countText(el, 'end line'), 'end line');
            const numStmt = unitsOfLine(countText(ns, 'statement count'), 'statement count of one block');
            const count = countText(c, 'count');
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
    const info = metricInfo(canonicalMetric(name));
    const what = `metric ${name}:`;
    if (!Number.isFinite(v) || Math.abs(v) > MAX_THRESHOLD)
        throw new core_errors/* UserError */.y(`${what} ${v} is not a finite number of at most 10^15`, { input, line });
    try {
        // The same domains as the figures read from reports (reports/domain.ts).
        if (info?.unit === 'count')
            countValue(v, what);
        else if (info?.unit === '%')
            percentage(v, what);
        else if (info?.unit === 'ms')
            latencyMs(v, what);
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
    const parsed = parseYaml(value, { input });
    toData(parsed, { input });
    const root = parsed.doc.contents;
    if (!(0,dist/* isMap */.jh)(root))
        throw new core_errors/* UserError */.y('must be a YAML mapping of metric to value', { input, line: 1, hint: 'e.g. deploy_status: success' });
    for (const pair of root.items) {
        const name = (0,dist/* isScalar */.jn)(pair.key) ? String(pair.key.value) : String(pair.key);
        const line = lineOf(parsed, pair.key);
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
        const passed = compare(actual, gate);
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
    if (!base || metricInfo(metric)?.relative)
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
function report_buildReport(results, metrics, ctx) {
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
    let shown = formatNumber(a);
    for (let digits = 3; digits <= 9 && compare(Number(shown), r.gate) !== r.passed; digits++) {
        shown = String(Math.round(a * 10 ** digits) / 10 ** digits);
    }
    return `${shown}${r.gate.unit === '%' ? '%' : r.gate.unit === 'ms' ? ' ms' : ''}`;
}
/** One line per failed gate: the `::error::` annotation text. */
function failureMessage(r) {
    if (r.status === 'no-data') {
        return `Gate ${r.gate.name} failed: no data (${r.why ?? `no input gave ${r.gate.metric}`}; required ${formatThreshold(r.gate)})`;
    }
    const base = `Gate ${r.gate.name} failed: ${formatActual(r)}, required ${formatThreshold(r.gate)}`;
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
    const shown = formatNumber(d);
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
    return `${formatNumber(r.base)}${r.unit === '%' ? '%' : r.unit === 'ms' ? ' ms' : ''}`;
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
    const pct = n.lines.total ? `${formatNumber((n.lines.covered / n.lines.total) * 100)}%` : 'no data';
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
function report_renderSummary(report, results, options = {}) {
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
            escapeCell(formatThreshold(r.gate)),
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

;// CONCATENATED MODULE: ./.build/src/core/suggest.js
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
    const baseRef = input(host, constants/* GatesInputs */.wI.BaseRef) || host.env.GITHUB_BASE_REF || pr?.baseRef || '';
    // Without a token there is nothing to post with: the job summary has the same.
    if (pr && comment && !token)
        host.info(`No pull-request comment: no ${constants/* GatesInputs */.wI.Token}`);
    return { pr, baseRef, token, comment: comment && pr !== null && token !== '' };
}
/** Whether a gate needs the change (`change`) or the base (`base`). */
function relativeNeeds(gates) {
    return {
        change: gates.some((g) => metricInfo(g.metric)?.relative === 'change'),
        base: gates.some((g) => metricInfo(g.metric)?.relative === 'base')
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
    const given = input(host, constants/* GatesInputs */.wI.BaseReport);
    const baseMod = await Promise.all(/* import() */[__webpack_require__.e(932), __webpack_require__.e(879)]).then(__webpack_require__.bind(__webpack_require__, 8879));
    if (given)
        return { base: await baseMod.baseFromFile(host.workspace, given, constants/* GatesInputs */.wI.BaseReport) };
    if (!ctx.token)
        return { base: null, baseWhy: `no ${constants/* GatesInputs */.wI.BaseReport}, and no token to find the base branch's report` };
    const branch = ctx.pr?.baseRef ?? ctx.baseRef;
    if (!branch)
        return { base: null, baseWhy: `no ${constants/* GatesInputs */.wI.BaseReport}, and not a pull request` };
    const { client, repo } = await github(host, ctx.token, constants/* GatesInputs */.wI.BaseArtifact);
    const artifact = input(host, constants/* GatesInputs */.wI.BaseArtifact, constants/* Defaults */.Hw.BaseArtifact);
    const workflow = /^[^/]+\/[^/]+\/\.github\/workflows\/([^@]+)@/.exec(host.env.GITHUB_WORKFLOW_REF ?? '')?.[1];
    if (artifact && artifact !== 'none') {
        const found = await baseMod.baseFromArtifact(client, { owner: repo.owner, repo: repo.repo, branch, artifact, workflow, input: constants/* GatesInputs */.wI.BaseArtifact, log: (m) => host.info(m) });
        if (found)
            return { base: found };
    }
    const checkName = input(host, constants/* GatesInputs */.wI.CheckName);
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
    const check = input(host, constants/* GatesInputs */.wI.CheckName);
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
    const known = [...knownMetricNames(), ...given];
    const errors = gates
        .filter((g) => !metricInfo(g.metric) && !given.has(g.metric) && !given.has(g.name))
        .map((g) => {
        const near = nearest(g.name, known);
        return new core_errors/* UserError */.y(`gate ${g.name}: unknown metric${near ? ` (did you mean \`${near}\`?)` : ''}`, {
            input: g.origin.input,
            file: g.origin.file,
            line: g.origin.line,
            hint: near ? undefined : `known metrics: ${knownMetricNames().join(', ')}; a metric of your own needs its value in the ${constants/* GatesInputs */.wI.Metrics} input`
        });
    });
    if (errors.length)
        throw core_errors/* UserError */.y.several(errors);
}
/** `deployment`: the release a Phase 07 report judges (the root action), named in the report. */
async function runGates(host, options = {}) {
    const workspace = host.workspace;
    const failOnMissing = booleanInput(host, constants/* GatesInputs */.wI.FailOnMissing, true);
    const fail = booleanInput(host, constants/* GatesInputs */.wI.Fail, true);
    const reportGiven = input(host, constants/* GatesInputs */.wI.ReportPath, constants/* Defaults */.Hw.GatesReport);
    const reportFile = (0,core_files/* resolveOutputInWorkspace */.kc)(workspace, reportGiven, constants/* GatesInputs */.wI.ReportPath);
    const token = input(host, constants/* GatesInputs */.wI.Token);
    if (token)
        host.setSecret(token);
    // 1. Gates: every definition error is found before any report is read.
    const phaseGiven = input(host, constants/* GatesInputs */.wI.PhaseFile);
    let phase = null;
    if (phaseGiven) {
        const file = (0,core_files/* resolveInWorkspace */.z1)(workspace, phaseGiven, constants/* GatesInputs */.wI.PhaseFile);
        phase = await loadPhaseDocument(file, (0,core_files/* displayPath */.Gt)(workspace, file), constants/* GatesInputs */.wI.PhaseFile);
    }
    const override = parseGatesInput(host.getInput(constants/* GatesInputs */.wI.Gates), constants/* GatesInputs */.wI.Gates);
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
    const alertsValue = input(host, constants/* GatesInputs */.wI.GithubAlerts);
    const alertKinds = alertsValue ? (await Promise.all(/* import() */[__webpack_require__.e(932), __webpack_require__.e(256)]).then(__webpack_require__.bind(__webpack_require__, 3256))).parseAlertKinds(alertsValue) : [];
    // 2. Metrics from every source given.
    const metrics = new Map();
    const coverageFiles = input(host, constants/* GatesInputs */.wI.CoverageFiles);
    let coverage;
    if (coverageFiles)
        coverage = await collectCoverage(workspace, constants/* GatesInputs */.wI.CoverageFiles, coverageFiles, metrics);
    const perfFiles = input(host, constants/* GatesInputs */.wI.PerfFiles);
    if (perfFiles)
        await collectPerf(workspace, constants/* GatesInputs */.wI.PerfFiles, perfFiles, metrics);
    const vulnFiles = input(host, constants/* GatesInputs */.wI.VulnFiles);
    let vulns;
    if (vulnFiles || alertKinds.length) {
        const acc = (vulns = new vulns_model/* VulnAccumulator */.gj());
        const sources = vulnFiles ? await collectVulns(workspace, constants/* GatesInputs */.wI.VulnFiles, vulnFiles, acc) : [];
        if (alertKinds.length)
            sources.push(...(await countAlerts(host, alertKinds, token, acc)));
        setVulnMetrics(acc, sources, metrics);
    }
    const smoke = input(host, constants/* GatesInputs */.wI.SmokeReport);
    if (smoke)
        await collectSmoke(workspace, constants/* GatesInputs */.wI.SmokeReport, smoke, metrics);
    // 3. On a pull request (or with base-ref): the new lines and the base branch's figures, for the
    // relative gates and the comment. Only what a gate or the comment needs is looked up.
    const needs = relativeNeeds(gates);
    const ctx = await changeContext(host, token, booleanInput(host, constants/* GatesInputs */.wI.Comment, true));
    const wantChange = needs.change || ctx.comment || input(host, constants/* GatesInputs */.wI.BaseRef) !== '';
    const wantBase = needs.base || ctx.comment || input(host, constants/* GatesInputs */.wI.BaseReport) !== '';
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
    const report = report_buildReport(results, metrics, {
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
    await host.appendSummary(report_renderSummary(report, results, links.repository ? { links } : {}));
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
    const checkName = input(host, constants/* GatesInputs */.wI.CheckName);
    if (checkName)
        await publishCheck(host, checkName, token, report, results);
    if (ctx.comment) {
        await postComment(host, ctx, commentKey(host, phase?.file ?? null), report_renderSummary(report, results, { links, comment: true }));
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
        summary: report_renderSummary(report, results),
        // The report itself, hidden, for a later pull request's base figures (gates/base.ts).
        embed: (await Promise.all(/* import() */[__webpack_require__.e(932), __webpack_require__.e(879)]).then(__webpack_require__.bind(__webpack_require__, 8879))).embedReport(report),
        annotations,
        detailsUrl: runId ? `${server}/${repo.owner}/${repo.repo}/actions/runs/${runId}` : undefined
    });
    host.info(`Check run ${name}: ${published.htmlUrl}`);
}

// EXTERNAL MODULE: ./.build/src/core/gates/report-input.js
var report_input = __webpack_require__(3161);
;// CONCATENATED MODULE: ./.build/src/core/deploy/store.js
/**
 * Where deployments are recorded: GitHub's Deployments API (src/core/deploy/github-store.ts) or,
 * without a token, a local ledger file (src/core/deploy/ledger.ts). Both keep the same facts — a
 * deployment of a version to an environment, and the statuses it went through — so that history,
 * staging-first, the lock and rollback are computed once, here, for both.
 */
/** How many deployments of an environment the history queries read at most. */
const HISTORY_LIMIT = 100;
/**
 * How long an unfinished deployment holds the lock by default (lock-stale-minutes): a run that died
 * without a final status (a runner lost, a SIGKILL) must not block its environment for long.
 */
const LOCK_STALE_MS = 60 * 60 * 1000;
const FINAL_BAD = ['failure', 'error'];
async function withStates(store, record) {
    if (!record.states) {
        const { states, updatedAt } = await store.states(record);
        record.states = states;
        record.updatedAt = updatedAt ?? record.createdAt;
    }
    return record;
}
/**
 * Whether a deployment succeeded and still counts: it reached `success` (GitHub later marks it
 * `inactive` when a newer one succeeds, which does not undo it), was not failed afterwards, and
 * was not rolled back.
 */
function counts(record, rolledBack) {
    const states = record.states ?? [];
    if (!states.includes('success') || rolledBack.has(record.id))
        return false;
    const last = states[states.length - 1];
    return !FINAL_BAD.includes(last);
}
/** Reads the history of `environment` and derives current, previous and in-progress deployments. */
async function environmentHistory(store, environment, now, staleMs = LOCK_STALE_MS) {
    const records = await store.list(environment, HISTORY_LIMIT);
    const out = {};
    const rolledBack = new Set();
    for (const r of records) {
        await withStates(store, r);
        const states = r.states ?? [];
        const last = states[states.length - 1];
        if (r.rollbackOf && states.includes('success'))
            rolledBack.add(r.rollbackOf);
        if (!out.inProgress && (last === 'in_progress' || last === 'queued' || last === 'pending' || last === undefined)) {
            const age = now.getTime() - Date.parse(r.updatedAt ?? r.createdAt);
            if (age < staleMs)
                out.inProgress = r;
        }
        if (!out.current) {
            if (states.includes('success') && !rolledBack.has(r.id))
                out.current = r;
            else
                continue;
        }
        if (!counts(r, rolledBack))
            continue;
        out.lastGood ??= r;
        if (r.version !== out.current.version) {
            out.previous = r;
            break;
        }
    }
    return out;
}
/** The newest deployment of `version` to `environment` that succeeded and counts. */
async function successfulDeploymentOf(store, environment, version) {
    const records = await store.list(environment, HISTORY_LIMIT);
    const rolledBack = new Set();
    for (const r of records) {
        await withStates(store, r);
        if (r.rollbackOf && (r.states ?? []).includes('success'))
            rolledBack.add(r.rollbackOf);
        if (r.version === version && counts(r, rolledBack))
            return r;
    }
    return undefined;
}
const UNDER_WAY = new Set(['in_progress', 'queued', 'pending', undefined]);
/**
 * Of the deployments of `mine`'s environment still under way (not stale), the one with the lowest
 * id, when it is lower than `mine`'s: that run started first and goes on. Deployments created
 * before the stale limit are not read.
 */
async function startedFirst(store, mine, now, staleMs = LOCK_STALE_MS) {
    const recent = (await store.list(mine.environment, HISTORY_LIMIT)).filter((r) => r.id !== mine.id && Number(r.id) < Number(mine.id) && now.getTime() - Date.parse(r.createdAt) < staleMs);
    let first;
    for (const r of recent) {
        await withStates(store, r);
        const age = now.getTime() - Date.parse(r.updatedAt ?? r.createdAt);
        if (UNDER_WAY.has(r.states?.at(-1)) && age < staleMs && (!first || Number(r.id) < Number(first.id)))
            first = r;
    }
    return first;
}

;// CONCATENATED MODULE: ./.build/src/core/deploy/checks.js
/**
 * The pre-deploy checks. Each one runs, whatever the others found, and reports pass, fail or
 * skip with a reason; a deploy goes ahead only when none failed. Nothing here changes anything.
 */






/**
 * Reads the `gates-report` input: the `report` output of gates-enforcer (one-line JSON) or a file
 * holding it. A value that is not such a report is bad input naming the input.
 */
async function loadGatesReport(value, workspace) {
    if (!value)
        return undefined;
    const hint = 'give the report output of gates-enforcer';
    let report;
    let origin = 'the gates-report input';
    if (value.startsWith('{') || value.startsWith('[')) {
        let data;
        try {
            data = JSON.parse(value);
        }
        catch (err) {
            throw new core_errors/* UserError */.y(`not JSON (${err.message.replace(/ in JSON at position.*$/s, '')})`, { input: constants/* DeployInputs */.L2.GatesReport, hint: 'give the report output of gates-enforcer or the path of gates-report.json' });
        }
        report = (0,report_input/* validGatesReport */.D)(data, constants/* DeployInputs */.L2.GatesReport, { hint });
    }
    else {
        const read = await (0,report_input/* readGatesReportFile */.N)(workspace, value, constants/* DeployInputs */.L2.GatesReport, hint);
        report = read.report;
        origin = read.file;
    }
    return { passed: report.passed, sha: report.sha, failed: report.gates.filter((g) => !g.passed).map((g) => g.name), origin };
}
/** Why a rollback of `environment` has no target: the same words in the log, the summary and the result. */
function noEarlierDeployment(environment) {
    return `no earlier successful deployment of ${environment}`;
}
/** Runs every check; never stops at the first failure. */
async function runChecks(ctx) {
    const { config } = ctx;
    const rollback = config.mode === 'rollback';
    const results = [];
    // Gates: the verdict of Phase 05, for this very commit.
    if (rollback)
        results.push({ id: 'gates', title: 'Gates passed', status: 'skip', detail: 'rollback to a version that passed before' });
    else if (!ctx.gates) {
        results.push(config.requireGates
            ? { id: 'gates', title: 'Gates passed', status: 'fail', detail: `no gates report, required for ${config.environment} (give gates-report, or require-gates: false)` }
            : { id: 'gates', title: 'Gates passed', status: 'skip', detail: 'no gates report given and none required' });
    }
    else if (!ctx.gates.passed) {
        results.push({ id: 'gates', title: 'Gates passed', status: 'fail', detail: `the gates report failed: ${ctx.gates.failed.join(', ') || 'passed is false'}` });
    }
    else if (!config.sha) {
        results.push({ id: 'gates', title: 'Gates passed', status: 'fail', detail: 'GITHUB_SHA is not set: cannot tell which commit the report is for' });
    }
    else if (ctx.gates.sha !== config.sha) {
        results.push({ id: 'gates', title: 'Gates passed', status: 'fail', detail: `the report is for commit ${ctx.gates.sha ?? 'unknown'}, not ${config.sha}` });
    }
    else
        results.push({ id: 'gates', title: 'Gates passed', status: 'pass', detail: `passed for ${config.sha.slice(0, 12)} (${ctx.gates.origin})` });
    // Freeze windows, on the wall clock of the configured zone.
    const clock = wallClock(ctx.now, config.timezone);
    const at = `${clock.text} ${config.timezone}`;
    const frozen = activeFreeze(config.freezeWindows, clock);
    if (rollback)
        results.push({ id: 'freeze', title: 'Outside freeze windows', status: 'skip', detail: `a rollback is allowed in a freeze (${at})` });
    else if (!config.freezeWindows.length) {
        const why = config.freezeDefault ? `no freeze window for ${config.environment} by default (${DEFAULT_FREEZE} applies to production environments; set freeze-windows to freeze it too)` : 'freeze-windows: none';
        results.push({ id: 'freeze', title: 'Outside freeze windows', status: 'skip', detail: why });
    }
    else if (!frozen)
        results.push({ id: 'freeze', title: 'Outside freeze windows', status: 'pass', detail: `${at} is outside ${config.freezeText}${config.freezeDefault ? ' (the default for production)' : ''}` });
    else if (config.freezeOverride) {
        results.push({ id: 'freeze', title: 'Outside freeze windows', status: 'pass', detail: `inside "${frozen.text}" at ${at}; overridden: ${config.freezeOverride}` });
    }
    else {
        const origin = config.freezeDefault ? ', the default for production' : '';
        results.push({ id: 'freeze', title: 'Outside freeze windows', status: 'fail', detail: `${at} is inside the freeze window "${frozen.text}"${origin} (freeze-override with a reason allows it)` });
    }
    // Staging first: this version succeeded in the staging environment.
    if (rollback)
        results.push({ id: 'staging', title: 'Staging first', status: 'skip', detail: 'rollback' });
    else if (config.environment === config.stagingEnvironment)
        results.push({ id: 'staging', title: 'Staging first', status: 'skip', detail: `${config.environment} is the staging environment` });
    else {
        const found = await successfulDeploymentOf(ctx.store, config.stagingEnvironment, ctx.version);
        if (found)
            results.push({ id: 'staging', title: 'Staging first', status: 'pass', detail: `${ctx.version} succeeded in ${config.stagingEnvironment} (deployment ${found.id})` });
        else if (config.requireStaging) {
            results.push({ id: 'staging', title: 'Staging first', status: 'fail', detail: `${ctx.version} has no successful deployment in ${config.stagingEnvironment} (${ctx.store.kind})` });
        }
        else
            results.push({ id: 'staging', title: 'Staging first', status: 'skip', detail: `not required for ${config.environment} (${ctx.version} is not in ${config.stagingEnvironment})` });
    }
    // An immutable version.
    if (!ctx.version)
        results.push({ id: 'version', title: 'Immutable version', status: 'skip', detail: 'no version to roll back to' });
    else {
        const v = classifyVersion(ctx.version);
        results.push({ id: 'version', title: 'Immutable version', status: v.immutable ? 'pass' : 'fail', detail: v.immutable ? `${ctx.version} (${v.kind})` : `${ctx.version}: ${v.kind}; deploy a commit SHA, a semver tag or a digest` });
    }
    // Secrets: set and not empty (their values are registered as secrets by the caller).
    if (!config.requiredSecrets.length)
        results.push({ id: 'secrets', title: 'Required secrets', status: 'skip', detail: 'none required' });
    else {
        const missing = config.requiredSecrets.filter((name) => !ctx.env[name]?.trim());
        results.push(missing.length
            ? { id: 'secrets', title: 'Required secrets', status: 'fail', detail: `not set or empty: ${missing.join(', ')}` }
            : { id: 'secrets', title: 'Required secrets', status: 'pass', detail: `${config.requiredSecrets.join(', ')} set and masked` });
    }
    // Data residency.
    if (!config.region && !config.allowedRegions.length)
        results.push({ id: 'region', title: 'Region allowed', status: 'skip', detail: 'no region given' });
    else if (!config.region)
        results.push({ id: 'region', title: 'Region allowed', status: 'fail', detail: `allowed-regions is set (${config.allowedRegions.join(', ')}) but no region is given` });
    else if (!config.allowedRegions.length)
        results.push({ id: 'region', title: 'Region allowed', status: 'skip', detail: `${config.region}; no allowed-regions to check against` });
    else if (config.allowedRegions.includes(config.region))
        results.push({ id: 'region', title: 'Region allowed', status: 'pass', detail: `${config.region} is in ${config.allowedRegions.join(', ')}` });
    else
        results.push({ id: 'region', title: 'Region allowed', status: 'fail', detail: `${config.region} is not in allowed-regions (${config.allowedRegions.join(', ')})` });
    // A way back.
    const previous = rollback ? ctx.history.previous : ctx.history.lastGood;
    if (rollback) {
        results.push(previous
            ? { id: 'rollback-path', title: 'Rollback path', status: 'pass', detail: `back to ${previous.version} (deployment ${previous.id}) with ${config.providerName !== 'command' ? config.providerName : config.rollbackRun ? 'rollback-run' : 'run'}` }
            : { id: 'rollback-path', title: 'Rollback path', status: 'fail', detail: `${noEarlierDeployment(config.environment)} (${ctx.store.kind})` });
    }
    else if (!previous) {
        // A first deploy: there is nothing to return to, whatever the scripts. A failure is not rolled back.
        results.push({ id: 'rollback-path', title: 'Rollback path', status: 'skip', detail: `the first deployment of ${config.environment}: ${noEarlierDeployment(config.environment)}, so a failure would not be rolled back` });
    }
    else if (config.providerName !== 'command') {
        results.push({ id: 'rollback-path', title: 'Rollback path', status: 'pass', detail: `${config.providerName} back to ${previous.version}` });
    }
    else if (config.rollbackRun) {
        results.push({ id: 'rollback-path', title: 'Rollback path', status: 'pass', detail: `rollback-run, back to ${previous.version}` });
    }
    else {
        results.push({ id: 'rollback-path', title: 'Rollback path', status: 'pass', detail: `run again with the previous version ${previous.version}` });
    }
    // The lock: no other deployment of this environment under way.
    const busy = ctx.history.inProgress;
    const holder = ctx.lockBusy;
    results.push(holder
        ? { id: 'lock', title: 'No deployment in progress', status: 'fail', detail: `a deploy of ${holder.version} to ${config.environment} holds the lock since ${holder.since} (process ${holder.pid} on ${holder.host}${holder.run ? `, ${holder.run}` : ''})` }
        : busy
            ? { id: 'lock', title: 'No deployment in progress', status: 'fail', detail: `deployment ${busy.id} of ${busy.version} to ${config.environment} is still ${busy.states?.at(-1) ?? 'pending'} (${ctx.store.kind})` }
            : { id: 'lock', title: 'No deployment in progress', status: 'pass', detail: `none in ${config.environment} (${ctx.store.kind} ${ctx.store.where})` });
    return results;
}

// EXTERNAL MODULE: external "node:string_decoder"
var external_node_string_decoder_ = __webpack_require__(6193);
;// CONCATENATED MODULE: ./.build/src/core/deploy/ledger.js
/**
 * The local deployments ledger: the Deployments API's facts in an append-only JSON-lines file, for
 * runs without a GitHub token (the command line, local runs). A line is a deployment or a status;
 * nothing is ever rewritten. Writers take a lock file (created exclusively, holding the writer's
 * pid) and append each line with one write(2) on an O_APPEND descriptor opened without following
 * links, then fsync.
 *
 * Nothing is lost to a damaged file: it is read as a stream, line by line with a bound on a line's
 * length, so a ledger of any size costs bounded memory; a line that is not an entry (garbage, an id
 * that is not a number, a line too long) is skipped with a warning naming it; a last line left
 * unfinished by a killed writer is set aside into `<ledger>.torn-<time>` before the next append, so
 * that no record is ever merged into it.
 */







/** How long a writer waits for the lock before giving up. */
const LOCK_WAIT_MS = 10_000;
/** A write lock older than this is taken over: a write holds it for milliseconds. */
const ledger_LOCK_STALE_MS = 30_000;
/** Longest ledger line read; an entry is a few hundred bytes. A longer line is skipped unread. */
const MAX_LEDGER_LINE = 64 * 1024;
const STATES = new Set(['queued', 'pending', 'in_progress', 'success', 'failure', 'error', 'inactive']);
const ID = /^[1-9][0-9]{0,15}$/;
/**
 * Whether process `pid` of this machine is alive. A zombie (dead, not yet reaped by its parent)
 * is not: on Linux its state in /proc says so.
 */
function alive(pid) {
    try {
        process.kill(pid, 0);
    }
    catch (err) {
        return err.code === 'EPERM';
    }
    try {
        const stat = (0,external_node_fs_.readFileSync)(`/proc/${pid}/stat`, 'utf8');
        return stat.charAt(stat.lastIndexOf(')') + 2) !== 'Z';
    }
    catch {
        return true;
    }
}
function sleep(ms) {
    return new Promise((resolve) => setTimeout(resolve, ms));
}
/** Why a parsed line is not an entry, or undefined when it is one. */
function invalid(e) {
    if (!e || typeof e !== 'object' || Array.isArray(e))
        return 'not a JSON object';
    if (e.type === 'deployment') {
        if (typeof e.id !== 'string' || !ID.test(e.id))
            return `deployment id ${JSON.stringify(e.id)} is not a positive number`;
        if (typeof e.environment !== 'string' || typeof e.version !== 'string')
            return 'deployment without environment or version';
        return undefined;
    }
    if (e.type === 'status') {
        if (typeof e.deployment !== 'string' || !ID.test(e.deployment))
            return `status of deployment ${JSON.stringify(e.deployment)}, not a positive number`;
        if (typeof e.state !== 'string' || !STATES.has(e.state))
            return `unknown state ${JSON.stringify(e.state)}`;
        return undefined;
    }
    return `unknown type ${JSON.stringify(e.type)}`;
}
/** The ledger at `file` (absolute; created on the first write). */
class LedgerStore {
    file;
    where;
    warn;
    kind = 'ledger';
    warned = new Set();
    constructor(file, 
    /** The path shown in messages. */
    where, 
    /** Told, once each, of every line skipped and every torn line set aside. */
    warn = () => undefined) {
        this.file = file;
        this.where = where;
        this.warn = warn;
    }
    warnOnce(message) {
        if (this.warned.has(message))
            return;
        this.warned.add(message);
        this.warn(message);
    }
    /**
     * Streams every entry, in file order, to `onEntry`. Lines that are not entries are skipped with a
     * warning naming them; memory is bounded by {@link MAX_LEDGER_LINE}, whatever the file's size.
     */
    async scan(onEntry) {
        const out = { maxId: 0, tornBytes: 0 };
        if (!(0,external_node_fs_.existsSync)(this.file))
            return out;
        const decoder = new external_node_string_decoder_.StringDecoder('utf8');
        let pending = '';
        let skipping = false; // inside a line longer than the limit
        let lineNo = 0;
        const take = (line) => {
            lineNo++;
            if (!line.trim())
                return;
            let entry;
            try {
                entry = JSON.parse(line);
            }
            catch {
                this.warnOnce(`${this.where}:${lineNo}: not a ledger line (invalid JSON); skipped`);
                return;
            }
            const why = invalid(entry);
            if (why) {
                this.warnOnce(`${this.where}:${lineNo}: not a ledger line (${why}); skipped`);
                return;
            }
            if (entry.type === 'deployment')
                out.maxId = Math.max(out.maxId, Number(entry.id));
            onEntry(entry);
        };
        let tailBytes = 0;
        const stream = (0,external_node_fs_.createReadStream)(this.file, { highWaterMark: 256 * 1024 });
        for await (const chunk of stream) {
            const nl = chunk.lastIndexOf(10);
            tailBytes = nl < 0 ? tailBytes + chunk.length : chunk.length - nl - 1;
            let text = pending + decoder.write(chunk);
            let start = 0;
            for (;;) {
                const at = text.indexOf('\n', start);
                if (at < 0)
                    break;
                if (skipping) {
                    skipping = false;
                    lineNo++;
                }
                else
                    take(text.slice(start, at));
                start = at + 1;
            }
            pending = text.slice(start);
            text = '';
            if (pending.length > MAX_LEDGER_LINE) {
                if (!skipping)
                    this.warnOnce(`${this.where}:${lineNo + 1}: a line longer than ${MAX_LEDGER_LINE} characters, not a ledger line; skipped`);
                skipping = true;
                pending = '';
            }
        }
        pending += decoder.end();
        if (tailBytes > 0) {
            // No newline at the end: a writer was killed mid-line. It is never read as an entry.
            out.tornBytes = tailBytes;
            this.warnOnce(`${this.where}:${lineNo + 1}: an unfinished last line (${tailBytes} bytes, a writer killed mid-write); ignored, and set aside at the next write`);
        }
        return out;
    }
    async list(environment, limit) {
        // Only this environment's newest `limit` deployments are kept while reading.
        const byId = new Map();
        await this.scan((e) => {
            if (e.type === 'deployment') {
                if (e.environment !== environment)
                    return;
                byId.set(e.id, { id: e.id, environment: e.environment, version: e.version, sha: e.sha, createdAt: e.createdAt, rollbackOf: e.rollbackOf, slot: e.slot, states: [] });
                if (byId.size > limit)
                    byId.delete(byId.keys().next().value);
            }
            else {
                const r = byId.get(e.deployment);
                if (r) {
                    r.states.push(e.state);
                    r.updatedAt = e.createdAt;
                }
            }
        });
        return [...byId.values()].reverse();
    }
    async states(record) {
        const states = [];
        let updatedAt;
        await this.scan((e) => {
            if (e.type === 'status' && e.deployment === record.id) {
                states.push(e.state);
                updatedAt = e.createdAt;
            }
        });
        return { states, updatedAt };
    }
    /** The writer of a deployment (pid and host), for telling an abandoned one. */
    async writer(id) {
        let found;
        await this.scan((e) => {
            if (e.type === 'deployment' && e.id === id)
                found = { pid: e.pid, host: e.host };
        });
        return found;
    }
    async create(d) {
        return this.locked(async () => {
            const { maxId } = await this.scan(() => undefined);
            const id = String(maxId + 1);
            const createdAt = new Date().toISOString();
            this.append({ type: 'deployment', id, environment: d.environment, version: d.version, sha: d.sha, description: d.description, rollbackOf: d.rollbackOf, slot: d.slot || undefined, production: d.production, createdAt, pid: process.pid, host: hostName() });
            return { id, environment: d.environment, version: d.version, sha: d.sha, createdAt, rollbackOf: d.rollbackOf, slot: d.slot || undefined, states: [] };
        });
    }
    async setStatus(id, update) {
        await this.locked(async () => this.append({
            type: 'status',
            deployment: id,
            state: update.state,
            description: update.description,
            environmentUrl: update.environmentUrl,
            logUrl: update.logUrl,
            createdAt: new Date().toISOString(),
            pid: process.pid,
            host: hostName()
        }));
    }
    /** Appends one line (the write lock held), after setting aside an unfinished last line. */
    append(entry) {
        const fd = (0,core_files/* openAppend */.tw)(this.file, this.where, constants/* DeployInputs */.L2.LedgerPath);
        try {
            this.setAsideTornLine(fd);
            (0,external_node_fs_.writeSync)(fd, JSON.stringify(entry) + '\n');
            (0,external_node_fs_.fsyncSync)(fd);
        }
        finally {
            (0,external_node_fs_.closeSync)(fd);
        }
    }
    /**
     * When the file does not end with a newline, moves the bytes after its last newline into
     * `<ledger>.torn-<time>` and cuts them off: the next line starts on a line of its own.
     */
    setAsideTornLine(fd) {
        const size = (0,external_node_fs_.fstatSync)(fd).size;
        if (size === 0)
            return;
        const reader = (0,external_node_fs_.openSync)(this.file, 'r');
        try {
            const last = Buffer.alloc(1);
            (0,external_node_fs_.readSync)(reader, last, 0, 1, size - 1);
            if (last[0] === 10)
                return;
            // Find the last newline, reading backwards in blocks.
            const block = Buffer.alloc(64 * 1024);
            let end = size;
            let cut = 0;
            while (end > 0) {
                const start = Math.max(0, end - block.length);
                const n = (0,external_node_fs_.readSync)(reader, block, 0, end - start, start);
                const nl = block.subarray(0, n).lastIndexOf(10);
                if (nl >= 0) {
                    cut = start + nl + 1;
                    break;
                }
                end = start;
            }
            const aside = `${this.file}.torn-${new Date().toISOString().replace(/[:.]/g, '-')}`;
            const out = (0,external_node_fs_.openSync)(aside, 'wx', 0o644);
            try {
                for (let at = cut; at < size;) {
                    const n = (0,external_node_fs_.readSync)(reader, block, 0, Math.min(block.length, size - at), at);
                    (0,external_node_fs_.writeSync)(out, block, 0, n);
                    at += n;
                }
                (0,external_node_fs_.fsyncSync)(out);
            }
            finally {
                (0,external_node_fs_.closeSync)(out);
            }
            (0,external_node_fs_.ftruncateSync)(fd, cut);
            this.warnOnce(`${this.where}: an unfinished last line (${size - cut} bytes) was set aside in ${external_node_path_.basename(aside)}; the ledger goes on after it`);
        }
        finally {
            (0,external_node_fs_.closeSync)(reader);
        }
    }
    /** Runs `fn` holding `<ledger>.lock`, waiting for another writer (bounded) and taking over a dead one's. */
    async locked(fn) {
        const lock = this.file + '.lock';
        (0,external_node_fs_.mkdirSync)(external_node_path_.dirname(lock), { recursive: true });
        const deadline = Date.now() + LOCK_WAIT_MS;
        for (;;) {
            try {
                const fd = (0,external_node_fs_.openSync)(lock, 'wx', 0o644);
                (0,external_node_fs_.writeSync)(fd, `${process.pid} ${Date.now()}\n`);
                (0,external_node_fs_.closeSync)(fd);
                break;
            }
            catch (err) {
                if (err.code !== 'EEXIST')
                    throw err;
                let holder = 0;
                let since = 0;
                try {
                    [holder, since] = (0,external_node_fs_.readFileSync)(lock, 'utf8').trim().split(' ').map(Number);
                }
                catch {
                    // Gone between open and read: try again.
                }
                if (holder && !alive(holder))
                    (0,external_node_fs_.rmSync)(lock, { force: true });
                else if (since && Date.now() - since > ledger_LOCK_STALE_MS)
                    (0,external_node_fs_.rmSync)(lock, { force: true });
                else if (Date.now() > deadline) {
                    throw new core_errors/* UserError */.y(`the ledger is locked by process ${holder || '?'}`, { file: this.where + '.lock', hint: 'another deploy is writing it; remove the lock file if none runs' });
                }
                else
                    await sleep(20);
            }
        }
        try {
            return await fn();
        }
        finally {
            (0,external_node_fs_.rmSync)(lock, { force: true });
        }
    }
}
/** This machine's name, as the ledger and locks record it. */
function hostName() {
    return (0,external_node_os_.hostname)();
}

;// CONCATENATED MODULE: ./.build/src/core/deploy/env-lock.js
/**
 * One deploy of an environment at a time, for the local ledger: a lock file per environment beside
 * the ledger (`locks/<environment>.lock`), created exclusively (O_EXCL: of two processes, one
 * creates it, the other finds it), holding who holds it, kept for the whole run and removed on every
 * exit path (the run's end, an error, a signal, process exit).
 *
 * A holder that is provably dead (this machine, its pid gone) is taken over at once; one on another
 * machine (a shared disk) only once `staleMs` passed since it took the lock. A takeover is made
 * under a second exclusive file, so that two processes taking over the same dead holder cannot both
 * win, and it ends the dead holder's script, whose process group the lock names while it runs.
 */



/** Attempts of the create-or-take-over loop; each is a few file operations. */
const MAX_ATTEMPTS = 50;
function readHolder(file) {
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(file, 'utf8');
    }
    catch (err) {
        return err.code === 'ENOENT' ? undefined : 'unreadable';
    }
    try {
        const h = JSON.parse(text);
        return typeof h?.pid === 'number' && typeof h.host === 'string' ? h : 'unreadable';
    }
    catch {
        return 'unreadable';
    }
}
function ageMs(file) {
    try {
        return Date.now() - (0,external_node_fs_.statSync)(file).mtimeMs;
    }
    catch {
        return 0;
    }
}
function env_lock_signalGroup(pgid, signal) {
    try {
        process.kill(-pgid, signal);
        return true;
    }
    catch {
        return false;
    }
}
/** The lock file of `environment` for the ledger at `ledgerFile`. */
function lockFileOf(ledgerFile, environment) {
    return external_node_path_.join(external_node_path_.dirname(ledgerFile), 'locks', `${encodeURIComponent(environment.toLowerCase())}.lock`);
}
/** A held environment lock. */
class EnvironmentLock {
    file;
    holder;
    released = false;
    onExit = () => this.release();
    constructor(file, holder) {
        this.file = file;
        this.holder = holder;
        process.once('exit', this.onExit);
    }
    /**
     * Takes the lock of `environment`, or says who holds it. A dead holder is taken over (said in
     * `takeover`), a live one is `busy`.
     */
    static acquire(file, want, staleMs) {
        (0,external_node_fs_.mkdirSync)(external_node_path_.dirname(file), { recursive: true });
        let takeover;
        for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            const holder = { pid: process.pid, host: hostName(), ...want, since: new Date().toISOString() };
            try {
                const fd = (0,external_node_fs_.openSync)(file, 'wx', 0o644);
                try {
                    (0,external_node_fs_.writeSync)(fd, JSON.stringify(holder) + '\n');
                }
                finally {
                    (0,external_node_fs_.closeSync)(fd);
                }
                return { lock: new EnvironmentLock(file, holder), takeover };
            }
            catch (err) {
                if (err.code !== 'EEXIST')
                    throw err;
            }
            const found = readHolder(file);
            if (found === undefined)
                continue; // released meanwhile
            if (found === 'unreadable') {
                // Created but not yet written (a writer between two system calls), or one killed there.
                if (ageMs(file) < 5_000) {
                    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
                    continue;
                }
            }
            const previous = found === 'unreadable' ? undefined : found;
            const dead = previous ? previous.host === hostName() && !alive(previous.pid) : true;
            const stale = previous ? Date.now() - Date.parse(previous.since) > staleMs : true;
            if (previous && !dead && !stale)
                return { busy: previous };
            const done = EnvironmentLock.takeOver(file, previous);
            if (done && previous)
                takeover = { previous, why: dead ? 'dead' : 'stale', endedGroup: done.endedGroup };
        }
        const holder = readHolder(file);
        if (holder && holder !== 'unreadable')
            return { busy: holder };
        throw new Error(`could not take ${file} in ${MAX_ATTEMPTS} attempts`);
    }
    /**
     * Removes the lock of a dead or stale holder, under `<lock>.takeover` (exclusive): only if the
     * lock still holds what was judged, so that a lock just taken by another process is never removed.
     */
    static takeOver(file, judged) {
        const mutex = file + '.takeover';
        try {
            const fd = (0,external_node_fs_.openSync)(mutex, 'wx', 0o644);
            (0,external_node_fs_.writeSync)(fd, String(process.pid));
            (0,external_node_fs_.closeSync)(fd);
        }
        catch (err) {
            if (err.code !== 'EEXIST')
                throw err;
            // Another takeover is under way; one whose process died is cleared.
            let pid = 0;
            try {
                pid = Number((0,external_node_fs_.readFileSync)(mutex, 'utf8'));
            }
            catch {
                // gone meanwhile
            }
            if ((pid && !alive(pid)) || ageMs(mutex) > 10_000)
                (0,external_node_fs_.rmSync)(mutex, { force: true });
            else
                Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5);
            return undefined;
        }
        try {
            const now = readHolder(file);
            const same = judged === undefined ? now === 'unreadable' : now !== undefined && now !== 'unreadable' && now.pid === judged.pid && now.since === judged.since && now.host === judged.host;
            if (!same)
                return undefined;
            let endedGroup;
            if (judged?.pgid && judged.host === hostName() && !alive(judged.pid) && env_lock_signalGroup(judged.pgid, 'SIGTERM')) {
                // Its script outlived it (kill -9 of the step): ended now, and for good a moment later.
                endedGroup = judged.pgid;
                const group = judged.pgid;
                setTimeout(() => env_lock_signalGroup(group, 'SIGKILL'), 3_000).unref();
            }
            (0,external_node_fs_.rmSync)(file, { force: true });
            return { endedGroup };
        }
        finally {
            (0,external_node_fs_.rmSync)(mutex, { force: true });
        }
    }
    /** Names the process group of the script running now (undefined when none runs). */
    setScriptGroup(pgid) {
        if (this.released)
            return;
        this.holder = { ...this.holder, pgid };
        try {
            (0,external_node_fs_.writeFileSync)(this.file, JSON.stringify(this.holder) + '\n');
        }
        catch {
            // The lock is still held; a takeover after a crash just cannot end the script.
        }
    }
    /** Removes the lock, if it is still ours. Synchronous and idempotent: safe on every exit path. */
    release() {
        if (this.released)
            return;
        this.released = true;
        process.off('exit', this.onExit);
        const now = readHolder(this.file);
        if (now && now !== 'unreadable' && now.pid === this.holder.pid && now.since === this.holder.since)
            (0,external_node_fs_.rmSync)(this.file, { force: true });
    }
}

// EXTERNAL MODULE: ./node_modules/undici/index.js
var undici = __webpack_require__(4371);
;// CONCATENATED MODULE: ./.build/src/core/smoke/http.js
/**
 * The HTTP client of smoke-test, over undici 6 (Node's own HTTP client; undici 7+ needs Node 22):
 * connections kept alive between samples, one deadline per request covering connect, redirects and
 * body, a bounded number of redirects with loop detection, proxies from the environment as the
 * runner sets them, and bodies read up to a limit. Every failure becomes one line a user can act
 * on; nothing here throws for a network problem.
 *
 * Internal to smoke-test.
 */



/** Redirects followed before a request fails (browsers allow 20; a smoke target needs few). */
const MAX_REDIRECTS = 10;
/** Largest response body read; a larger one fails the request rather than exhaust memory. */
const MAX_BODY_BYTES = 8 * 1024 * 1024;
/**
 * How redirects are followed (the `follow-redirects` input). `same-origin` follows a redirect only
 * to the same scheme, host and port, and fails the request naming the other origin; `any` follows
 * every redirect but drops the credentials on a hop to another origin; `none` returns the 3xx.
 */
const REDIRECT_MODES = ['same-origin', 'any', 'none'];
/**
 * The default: a smoke test verifies the deployment it was given, and nothing a check sends (a
 * token in a header whose name says nothing, say) reaches another origin unless the user says so.
 */
const DEFAULT_REDIRECT_MODE = 'same-origin';
/**
 * Whether a request header carries a credential, which is never sent to another origin after a
 * redirect (as curl and browsers do): Authorization, Proxy-Authorization, Cookie, the names whose
 * values smoke-test masks (`*token*`, `*secret*`, `*auth*`, `*session*`, X-Api-Key, …) and any
 * name with `key` in it (broader than masking: dropping a header costs nothing).
 */
function isCredentialHeader(name) {
    return (0,secrets/* isSecretName */.eh)(name) || /key/i.test(name);
}
const LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|\[?::1\]?)$/i;
/** Whether a host name is this machine's loopback (never reached through a proxy). */
function isLoopbackHost(hostname) {
    return LOOPBACK.test(hostname);
}
function proxySettings(env) {
    const pick = (name) => env[name.toLowerCase()]?.trim() || env[name.toUpperCase()]?.trim() || undefined;
    return { httpProxy: pick('http_proxy'), httpsProxy: pick('https_proxy'), noProxy: pick('no_proxy') ?? '' };
}
/** A keep-alive HTTP client; {@link close} it when done so the process can exit. */
class HttpClient {
    direct;
    proxied;
    timeoutMs;
    maxRedirects;
    maxBodyBytes;
    isCredential;
    constructor(options) {
        this.timeoutMs = options.timeoutMs;
        this.isCredential = options.isCredential ?? ((name) => isCredentialHeader(name));
        this.maxRedirects = options.maxRedirects ?? MAX_REDIRECTS;
        this.maxBodyBytes = options.maxBodyBytes ?? MAX_BODY_BYTES;
        // undici's own timers are a second line behind the deadline of send(): they free the socket.
        const agentOptions = {
            connect: { timeout: options.timeoutMs },
            headersTimeout: options.timeoutMs,
            bodyTimeout: options.timeoutMs,
            keepAliveTimeout: 4_000
        };
        this.direct = new undici.Agent(agentOptions);
        const proxy = proxySettings(options.env);
        if (proxy.httpProxy || proxy.httpsProxy) {
            // EnvHttpProxyAgent applies NO_PROXY as the runner and curl do; values come from the env given.
            this.proxied = new undici.EnvHttpProxyAgent({ ...agentOptions, httpProxy: proxy.httpProxy, httpsProxy: proxy.httpsProxy, noProxy: proxy.noProxy });
        }
    }
    /** The dispatcher for a URL: loopback targets go direct (a proxy cannot reach this machine's loopback). */
    dispatcherFor(url) {
        return this.proxied && !isLoopbackHost(url.hostname) ? this.proxied : this.direct;
    }
    /**
     * Sends one request, following redirects; never throws for network problems. The deadline is
     * raced rather than left to undici's abort, which a proxy that never answers CONNECT ignores.
     */
    async send(req, cancel) {
        const started = performance.now();
        const elapsed = () => performance.now() - started;
        const controller = new AbortController();
        const state = { timedOut: false, phase: 'connect', host: new URL(req.url).host };
        let timer;
        let onCancel;
        const deadline = new Promise((resolve, reject) => {
            timer = setTimeout(() => {
                state.timedOut = true;
                controller.abort();
                const what = state.phase === 'body' ? 'response body not complete' : 'no response';
                resolve(this.fail('timeout', `${what} within ${this.timeoutMs} ms (timeout-ms) from ${state.host}`, elapsed()));
            }, this.timeoutMs);
            // Cancellation ends the request in flight at once, as an error rather than a result.
            onCancel = () => {
                controller.abort();
                reject(new core_cancel/* Cancelled */.cJ((0,core_cancel/* signalName */.yD)(cancel), `request to ${state.host} stopped`));
            };
            if (cancel?.aborted)
                onCancel();
            else
                cancel?.addEventListener('abort', onCancel, { once: true });
        });
        try {
            return await Promise.race([this.exchange(req, controller.signal, state, elapsed), deadline]);
        }
        finally {
            clearTimeout(timer);
            if (onCancel)
                cancel?.removeEventListener('abort', onCancel);
        }
    }
    async exchange(req, signal, state, elapsed) {
        let url = new URL(req.url);
        let method = req.method;
        let body = req.body;
        let headers = { ...req.headers };
        const visited = [url.href];
        try {
            for (let redirects = 0;; redirects++) {
                state.phase = 'connect';
                state.host = url.host;
                const res = await (0,undici.request)(url, {
                    method: method,
                    headers,
                    body,
                    signal,
                    dispatcher: this.dispatcherFor(url)
                });
                const location = res.headers.location;
                if (req.redirects !== 'none' && res.statusCode >= 300 && res.statusCode < 400 && res.statusCode !== 304 && location) {
                    // The body of a redirect is not needed; draining it returns the connection to the pool.
                    await res.body.dump({ limit: 64 * 1024 }).catch(() => undefined);
                    const next = new URL(String(Array.isArray(location) ? location[0] : location), url);
                    if (visited.includes(next.href)) {
                        return this.fail('redirect', `redirect loop: ${[...visited.slice(visited.indexOf(next.href)), next.href].join(' → ')}`, elapsed());
                    }
                    if (redirects + 1 > this.maxRedirects) {
                        return this.fail('redirect', `more than ${this.maxRedirects} redirects (last to ${next.href})`, elapsed());
                    }
                    if (next.protocol !== 'http:' && next.protocol !== 'https:') {
                        return this.fail('redirect', `redirect to an unsupported URL: ${next.href}`, elapsed());
                    }
                    if (next.origin !== url.origin && req.redirects === 'same-origin') {
                        // The origin alone: the rest of the URL may hold what the other site put in it.
                        return this.fail('redirect', `${res.statusCode} redirect from ${url.origin} to another origin, ${next.origin}, not followed (follow-redirects: same-origin; ` +
                            'check that URL directly, or set follow-redirects: any to follow it without credentials)', elapsed());
                    }
                    // As fetch does: 303 (and 301/302 after a POST) continue as GET without a body.
                    if (res.statusCode === 303 || ((res.statusCode === 301 || res.statusCode === 302) && method === 'POST')) {
                        if (method !== 'HEAD')
                            method = 'GET';
                        body = undefined;
                        headers = Object.fromEntries(Object.entries(headers).filter(([k]) => !/^content-/i.test(k)));
                    }
                    // Credentials never go to another origin (scheme, host or port differ), as curl and
                    // browsers do; nor back to the first one later, once the chain has left it.
                    if (next.origin !== url.origin) {
                        headers = Object.fromEntries(Object.entries(headers).filter(([k, v]) => !this.isCredential(k, v)));
                    }
                    visited.push(next.href);
                    url = next;
                    continue;
                }
                state.phase = 'body';
                const chunks = [];
                let size = 0;
                for await (const chunk of res.body) {
                    size += chunk.length;
                    if (size > this.maxBodyBytes) {
                        res.body.destroy();
                        return this.fail('body-limit', `response body larger than ${formatBytes(this.maxBodyBytes)} (the limit of a smoke check)`, elapsed());
                    }
                    chunks.push(chunk);
                }
                const flat = {};
                for (const [k, v] of Object.entries(res.headers)) {
                    if (v !== undefined)
                        flat[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : String(v);
                }
                return { ok: true, status: res.statusCode, headers: flat, body: Buffer.concat(chunks), url: url.href, redirects, latencyMs: elapsed() };
            }
        }
        catch (err) {
            // After the deadline the race is already decided; this result is dropped.
            if (state.timedOut)
                return this.fail('timeout', 'timed out', elapsed());
            const { kind, message } = describeNetworkError(err, url);
            return this.fail(kind, message, elapsed());
        }
    }
    fail(kind, error, latencyMs) {
        return { ok: false, kind, error, latencyMs };
    }
    /**
     * Ends every connection. Destroyed rather than closed: close() would wait for a request the
     * deadline already gave up on (one stuck behind a silent proxy, say).
     */
    async close() {
        await Promise.all([this.direct.destroy(), this.proxied?.destroy()].filter(Boolean));
    }
}
const TLS_CODES = /^(ERR_TLS_|ERR_SSL_|CERT_|DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT_IN_CHAIN|UNABLE_TO_|EPROTO$|HOSTNAME_MISMATCH)/;
/** One line for a network error, and what kind it is. */
function describeNetworkError(err, url) {
    const e = err;
    // undici wraps some socket errors; the cause holds the system code.
    const code = e?.code && !String(e.code).startsWith('UND_ERR_SOCKET') ? e.code : (e?.cause?.code ?? e?.code);
    const host = url.host;
    const text = String(e?.message ?? err).split('\n')[0];
    switch (code) {
        case 'ECONNREFUSED':
            return { kind: 'refused', message: `connection refused by ${host} (nothing listens there)` };
        case 'ENOTFOUND':
        case 'EAI_AGAIN':
        case 'EAI_NODATA':
        case 'EAI_NONAME':
            return { kind: 'dns', message: `host not found: ${url.hostname} (${code})` };
        case 'EHOSTUNREACH':
        case 'ENETUNREACH':
        case 'EADDRNOTAVAIL':
            return { kind: 'network', message: `${host} is unreachable (${code})` };
        case 'UND_ERR_CONNECT_TIMEOUT':
            return { kind: 'timeout', message: `could not connect to ${host} in time (timeout-ms)` };
        case 'UND_ERR_HEADERS_TIMEOUT':
        case 'UND_ERR_BODY_TIMEOUT':
            return { kind: 'timeout', message: `no complete response from ${host} in time (timeout-ms)` };
        case 'ECONNRESET':
        case 'EPIPE':
        case 'UND_ERR_SOCKET':
        case 'UND_ERR_CLOSED':
            return { kind: 'reset', message: `connection to ${host} closed before a complete response (${code})` };
        case 'UND_ERR_RES_CONTENT_LENGTH_MISMATCH':
            return { kind: 'protocol', message: `response from ${host} shorter than its content-length` };
    }
    if (code && TLS_CODES.test(code)) {
        return { kind: 'tls', message: `TLS failure with ${host}: ${text} (${code}; a private CA can be added with NODE_EXTRA_CA_CERTS)` };
    }
    if (code && /^HPE_/.test(code))
        return { kind: 'protocol', message: `invalid HTTP response from ${host}: ${text} (${code})` };
    return { kind: 'network', message: `request to ${host} failed: ${text}${code ? ` (${code})` : ''}` };
}
/** `8 MiB`, `512 KiB`. */
function formatBytes(n) {
    if (n >= 1024 * 1024 && n % (1024 * 1024) === 0)
        return `${n / 1024 / 1024} MiB`;
    if (n >= 1024 && n % 1024 === 0)
        return `${n / 1024} KiB`;
    return `${n} bytes`;
}

;// CONCATENATED MODULE: ./.build/src/core/deploy/verify.js



/** How verification measures: shorter than a smoke test, as it runs at every step. */
const VERIFY_SETTINGS = {
    waitForReadySeconds: 10,
    retries: 2,
    retryDelayMs: 250,
    timeoutMs: 5000,
    samples: 3,
    concurrency: 2,
    maxErrorRate: 0,
    monitorSeconds: 0,
    followRedirects: DEFAULT_REDIRECT_MODE
};
/** Runs `checks` against `url`; never throws for a failing target (only `Cancelled` when `signal` is aborted). */
async function verifyUrl(url, checks, options) {
    const settings = { target: url, checks, p95Ms: options.p95Ms ?? Number.MAX_SAFE_INTEGER, ...VERIFY_SETTINGS };
    const http = new HttpClient({ timeoutMs: settings.timeoutMs, env: options.env });
    try {
        const engine = new SmokeEngine(settings, { send: (req, s) => http.send(req, s), log: options.log, signal: options.signal });
        const outcome = await engine.run(() => false);
        const report = buildReport(outcome, settings, { startedAt: new Date(0), finishedAt: new Date(0), sha: null, repository: null, runId: null, deploymentId: null }, new Secrets());
        const failed = report.checks.find((c) => !c.passed);
        return {
            url,
            passed: report.passed,
            requests: report.totals.requests,
            failures: report.totals.failures,
            p95Ms: report.totals.p95Ms,
            detail: report.passed ? undefined : failed ? `${failed.name}: ${failed.error ?? 'failed'}` : (report.message ?? `error rate ${formatPercent(report.totals.errorRate ?? 1)}`)
        };
    }
    finally {
        await http.close();
    }
}

;// CONCATENATED MODULE: ./.build/src/core/deploy/engine.js













/** Variables of the runner a script must not inherit: the action's inputs (the token among them) and runtime credentials. */
const WITHHELD = /^(INPUT_|ACTIONS_RUNTIME_|ACTIONS_ID_TOKEN_|ACTIONS_CACHE_|ACTIONS_RESULTS_)/;
function icon(status) {
    return status === 'pass' ? '✅ pass' : status === 'fail' ? '❌ fail' : '➖ skip';
}
function engine_cell(text) {
    return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}
/**
 * Runs deploy and returns its outcome; outputs, summary and log are written as it goes. With the
 * local ledger, the environment's lock is taken first and held to the end, whatever the end.
 */
async function executeDeploy(ctx) {
    const state = {};
    if (ctx.store.kind === 'ledger') {
        const { config } = ctx;
        const got = EnvironmentLock.acquire(lockFileOf(config.ledgerFile, config.environment), { environment: config.environment, version: config.mode === 'rollback' ? 'a rollback' : config.version, run: runUrl(ctx.host.env) }, config.lockStaleMs);
        if ('busy' in got)
            state.busy = got.busy;
        else
            Object.assign(state, got);
    }
    try {
        return await deployUnderLock(ctx, state);
    }
    finally {
        state.lock?.release();
    }
}
async function deployUnderLock(ctx, lockState) {
    const { host, config, store, log, redactor, signal } = ctx;
    const rollbackMode = config.mode === 'rollback';
    const summary = [];
    const setOutput = (name, value) => host.setOutput(name, redactor.redact(value));
    const logUrl = runUrl(host.env) ?? (0,core_files/* displayPath */.Gt)(host.workspace, config.logFile);
    log.info('deploy.start', {
        environment: config.environment,
        mode: config.mode,
        version: rollbackMode ? undefined : config.version,
        sha: config.sha || undefined,
        strategy: config.strategy.name,
        provider: config.providerName,
        store: `${store.kind}:${store.where}`,
        dry_run: config.dryRun,
        actor: host.env.GITHUB_ACTOR,
        run: runUrl(host.env)
    });
    const took = lockState.takeover;
    if (took) {
        const p = took.previous;
        log.warn('lock.takeover', { environment: config.environment, why: took.why, pid: p.pid, host: p.host, since: p.since, run: p.run, ended_group: took.endedGroup });
        host.info(`took over the lock of ${config.environment} from process ${p.pid} on ${p.host} (${took.why === 'dead' ? 'its process is gone' : 'stale'})${took.endedGroup ? `; its script (process group ${took.endedGroup}) was ended` : ''}`);
    }
    // 1. History and checks: read only.
    const history = await environmentHistory(store, config.environment, ctx.now, config.lockStaleMs);
    if (lockState.lock && history.inProgress && store instanceof LedgerStore) {
        // This run holds the environment's lock, so a deployment still in progress lost its run: its
        // writer died without a final status. It is marked so, and blocks nothing.
        const abandoned = history.inProgress;
        const writer = await store.writer(abandoned.id);
        const why = `abandoned: its run ended without a final status${writer ? ` (process ${writer.pid}${writer.host ? ` on ${writer.host}` : ''})` : ''}`;
        log.warn('deployment.abandoned', { id: abandoned.id, version: abandoned.version, pid: writer?.pid, host: writer?.host });
        if (!config.dryRun)
            await store.setStatus(abandoned.id, { state: 'error', description: why });
        host.info(`deployment ${abandoned.id} of ${abandoned.version} to ${config.environment} was ${why}`);
        history.inProgress = undefined;
    }
    const version = rollbackMode ? (history.previous?.version ?? '') : config.version;
    const previousVersion = history.current?.version ?? '';
    if (rollbackMode && !history.previous) {
        // Nothing to roll back to (a first deploy, or only one version ever succeeded): one clear line.
        const reason = noEarlierDeployment(config.environment);
        const stays = previousVersion ? `${previousVersion} stays as deployed` : 'nothing was deployed to it';
        const message = `rollback skipped: ${reason} (${store.kind}); ${stays}`;
        log.warn('rollback.skipped', { reason, current: previousVersion || undefined, store: store.kind, dry_run: config.dryRun || undefined });
        log.write(config.dryRun ? 'INFO' : 'ERROR', 'deploy.end', { status: config.dryRun ? 'skipped' : 'failure', detail: `rollback skipped: ${reason}` });
        host.info(config.dryRun ? `dry run: ${message}` : message);
        setOutput(constants/* DeployOutputs */.kV.Version, '');
        setOutput(constants/* DeployOutputs */.kV.PreviousVersion, previousVersion);
        setOutput(constants/* DeployOutputs */.kV.LogPath, (0,core_files/* displayPath */.Gt)(host.workspace, config.logFile));
        setOutput(constants/* DeployOutputs */.kV.EnvironmentUrl, config.environmentUrl);
        // A dry run reports it and ends well: nothing was asked to change.
        const status = config.dryRun ? 'skipped' : 'failure';
        setOutput(constants/* DeployOutputs */.kV.Status, status);
        setOutput(constants/* DeployOutputs */.kV.RollbackPerformed, 'false');
        setOutput(constants/* DeployOutputs */.kV.RollbackSkipped, reason);
        setOutput(constants/* DeployOutputs */.kV.FailedChecks, '[]');
        await host.appendSummary(redactor.redact([`## Rollback of ${config.environment}: skipped`, '', `➖ ${message}.`, '', `**Status:** \`${status}\` — nothing was changed`, ''].join('\n')));
        return { ok: config.dryRun, status, message: config.dryRun ? `dry run: ${message}` : message, checks: [], version: '', previousVersion, rollbackPerformed: false, rollbackSkipped: reason };
    }
    const checks = await runChecks({ config, env: host.env, gates: ctx.gates, store, history, version, now: ctx.now, lockBusy: lockState.busy });
    for (const c of checks)
        log.write(c.status === 'fail' ? 'ERROR' : 'INFO', 'check', { check: c.id, result: c.status, detail: c.detail });
    if (config.freezeOverride && checks.some((c) => c.id === 'freeze' && c.detail.includes('overridden'))) {
        log.warn('freeze.override', { reason: config.freezeOverride, actor: host.env.GITHUB_ACTOR });
        host.annotate('warning', `Deploying inside a freeze window; override: ${redactor.redact(config.freezeOverride)}`, { title: 'phase-gates deploy' });
    }
    for (const c of checks)
        host.info(`${c.status.padEnd(4)} ${c.title}: ${c.detail}`);
    const title = rollbackMode ? `Rollback of ${config.environment} to ${version || '(none)'}` : `Deploy ${version} to ${config.environment}`;
    summary.push(`## ${title}`, '', '| Check | Result | Detail |', '| --- | --- | --- |');
    for (const c of checks)
        summary.push(`| ${c.title} | ${icon(c.status)} | ${engine_cell(c.detail)} |`);
    summary.push('');
    setOutput(constants/* DeployOutputs */.kV.Version, version);
    setOutput(constants/* DeployOutputs */.kV.PreviousVersion, previousVersion);
    setOutput(constants/* DeployOutputs */.kV.LogPath, (0,core_files/* displayPath */.Gt)(host.workspace, config.logFile));
    setOutput(constants/* DeployOutputs */.kV.EnvironmentUrl, config.environmentUrl);
    const base = { checks, version, previousVersion, rollbackPerformed: false };
    /** `said`: the status line's text, when the summary already holds the message. */
    const finish = async (outcome, said = outcome.message) => {
        setOutput(constants/* DeployOutputs */.kV.Status, outcome.status);
        setOutput(constants/* DeployOutputs */.kV.RollbackPerformed, String(outcome.rollbackPerformed));
        setOutput(constants/* DeployOutputs */.kV.RollbackSkipped, outcome.rollbackSkipped ?? '');
        summary.push(`**Status:** \`${outcome.status}\`${said ? ` — ${engine_cell(said)}` : ''}`, '');
        await host.appendSummary(redactor.redact(summary.join('\n')));
        return outcome;
    };
    const failed = checks.filter((c) => c.status === 'fail');
    setOutput(constants/* DeployOutputs */.kV.FailedChecks, JSON.stringify(failed.map((c) => ({ id: c.id, detail: c.detail }))));
    if (failed.length && !config.dryRun) {
        const message = `pre-deploy checks failed: ${failed.map((c) => `${c.id} (${c.detail})`).join('; ')}`;
        log.error('refused', { failed: failed.map((c) => c.id).join(','), detail: 'nothing was changed' });
        return finish({ ...base, ok: false, status: 'failure', message: redactor.redact(message) });
    }
    if (signal.aborted)
        return finish(cancelled(ctx, base));
    // 2. The plan.
    const activeSlot = slotOf(history.current);
    const slot = !rollbackMode && config.strategy.slotted ? idleSlot(activeSlot) : '';
    const planned = rollbackMode ? [] : config.strategy.plan(slot);
    // What every step shares; the deployment id is filled in once the deployment is recorded.
    const stepBase = { environment: config.environment, deploymentId: '' };
    const rollbackStep = (to, from, fromSlot) => ({
        ...stepBase,
        action: 'rollback',
        version: to?.version ?? '',
        previousVersion: from,
        slot: slotOf(to),
        otherSlot: fromSlot,
        trafficPercent: 100
    });
    const toStep = (p) => ({ ...stepBase, action: p.action, version, previousVersion, slot: p.slot, otherSlot: p.slot ? idleSlot(p.slot) : '', trafficPercent: p.trafficPercent });
    const verifying = ctx.verifyChecks.length > 0 || config.strategy.slotted;
    const plan = [];
    const commandsOf = (step) => config.provider.plan(step).map((c) => `\`${showCommand(c, host.workspace)}\``).join(', then ') || '(nothing to run)';
    plan.push(`1. record a deployment of \`${version}\` to \`${config.environment}\`${slot ? ` in slot ${slot}` : ''} (${store.kind} ${store.where})`);
    if (!rollbackMode && config.migrateRun)
        plan.push(`${plan.length + 1}. migrations: \`${config.migrateRun.shown}\``);
    if (rollbackMode)
        plan.push(`${plan.length + 1}. roll back from \`${previousVersion}\`${slotOf(history.previous) ? ` to slot ${slotOf(history.previous)}` : ''}: ${commandsOf(rollbackStep(history.previous, previousVersion, activeSlot))}`);
    for (const p of planned) {
        const what = p.slot ? `${p.action === 'deploy' ? `deploy to slot ${p.slot}` : `move traffic to slot ${p.slot}`}, ${p.trafficPercent}% of traffic` : 'deploy, all traffic';
        const checks = verifying && (p.verifySlot || p.verifyEnvironment) ? `; verify ${[p.verifySlot ? 'the slot' : '', p.verifyEnvironment ? 'the environment' : ''].filter(Boolean).join(' and ')}` : '';
        plan.push(`${plan.length + 1}. ${config.strategy.name}: ${what}: ${commandsOf(toStep(p))}${checks}`);
    }
    if (!rollbackMode) {
        const back = rollbackStep(history.lastGood, version, slot);
        if (history.lastGood)
            plan.push(`${plan.length + 1}. on failure: roll back to \`${back.version}\`${back.slot ? ` (slot ${back.slot} keeps running it)` : ''}: ${commandsOf(back)}`);
        else
            plan.push(`${plan.length + 1}. on failure: no rollback (${noEarlierDeployment(config.environment)})`);
    }
    if (config.dryRun) {
        // The plan, whatever the checks found: what would be deployed, where, how, and what would refuse it.
        const code = (t) => `\`${t}\``;
        const what = (q) => rollbackMode
            ? `rolling ${q(config.environment)} back from ${q(previousVersion)} to ${q(version)}`
            : `deploying ${q(version)} to ${q(config.environment)} (strategy ${q(config.strategy.name)}, provider ${q(config.providerName)}; ${previousVersion ? `replacing ${q(previousVersion)}` : 'its first deployment'})`;
        const verdict = failed.length
            ? `would be refused: ${failed.length} check${failed.length === 1 ? '' : 's'} would fail: ${failed.map((c) => `${c.id} (${c.detail})`).join('; ')}`
            : 'would go ahead: every check passed';
        const message = redactor.redact(`dry run: ${what((t) => t)} ${verdict}; nothing was changed`);
        summary.push('### Plan (dry run: nothing was changed)', '', `${failed.length ? '❌' : '✅'} ${what(code).replace(/^d|^r/, (c) => c.toUpperCase())} ${engine_cell(verdict)}.`, '', ...plan, '');
        log.write(failed.length ? 'WARN' : 'INFO', 'dry-run', { version, environment: config.environment, strategy: config.strategy.name, would_fail: failed.map((c) => c.id).join(',') || undefined, detail: 'nothing was changed' });
        // Said once: a warning when the deploy would be refused, else a line of the log.
        if (failed.length)
            host.annotate('warning', message, { title: 'phase-gates deploy (dry run)' });
        else
            host.info(message);
        return finish({ ...base, ok: true, status: 'skipped', message, wouldFail: failed }, 'dry run: nothing was changed');
    }
    summary.push('### Plan', '', ...plan, '');
    // 3. The deployment record.
    const recordSlot = rollbackMode ? slotOf(history.previous) : slot;
    const deployment = await store.create({
        environment: config.environment,
        version,
        sha: config.sha,
        description: rollbackMode ? `phase-gates: roll back to ${version}` : `phase-gates: deploy ${version}`,
        rollbackOf: rollbackMode ? history.current?.id : undefined,
        slot: recordSlot || undefined,
        production: config.production
    });
    stepBase.deploymentId = deployment.id;
    setOutput(constants/* DeployOutputs */.kV.DeploymentId, deployment.id);
    log.info('deployment.created', { id: deployment.id, version, slot: recordSlot || undefined, store: store.kind });
    let environmentUrl = config.environmentUrl;
    const setStatus = async (state, description) => {
        await store.setStatus(deployment.id, { state, description: redactor.redact(description), environmentUrl: environmentUrl ? redactor.redact(environmentUrl) : undefined, logUrl });
        log.write(state === 'failure' || state === 'error' ? 'ERROR' : 'INFO', 'deployment.status', { id: deployment.id, state, description });
    };
    await setStatus('in_progress', rollbackMode ? `rolling back to ${version}` : `deploying ${version}`);
    const withDeployment = { ...base, deploymentId: deployment.id };
    if (store.kind === 'github') {
        // The API has no compare-and-set: every run creates its deployment, then looks. Of two in
        // progress at once, the lower id goes on; the other steps aside before anything changes.
        const first = await startedFirst(store, deployment, ctx.now, config.lockStaleMs);
        if (first) {
            const why = `deployment ${first.id} of ${first.version} to ${config.environment} started first and is in progress`;
            await store.setStatus(deployment.id, { state: 'inactive', description: redactor.redact(`stepped aside: ${why}`), logUrl });
            log.error('deployment.status', { id: deployment.id, state: 'inactive', description: `stepped aside: ${why}` });
            log.error('deploy.end', { status: 'failure', detail: `refused: ${why}` });
            summary.push(`❌ Refused: ${engine_cell(why)}; deployment ${deployment.id} was set to inactive and nothing was changed.`, '');
            return finish({ ...withDeployment, ok: false, status: 'failure', message: `deploy refused: ${why}; nothing was changed` });
        }
    }
    const scriptEnv = (step, mode, extra = {}) => {
        const env = {};
        for (const [k, v] of Object.entries(host.env))
            if (v !== undefined && !WITHHELD.test(k))
                env[k] = v;
        return {
            ...env,
            PHASE_GATES_ENVIRONMENT: config.environment,
            PHASE_GATES_DEPLOYMENT_ID: deployment.id,
            PHASE_GATES_MODE: mode,
            PHASE_GATES_VERSION: step?.version ?? version,
            PHASE_GATES_PREVIOUS_VERSION: step?.previousVersion ?? previousVersion,
            PHASE_GATES_STEP: step?.action ?? mode,
            PHASE_GATES_SLOT: step?.slot ?? '',
            PHASE_GATES_OTHER_SLOT: step?.otherSlot ?? '',
            PHASE_GATES_TRAFFIC_PERCENT: String(step?.trafficPercent ?? 100),
            PHASE_GATES_STRATEGY: config.strategy.name,
            ...extra
        };
    };
    const exec = async (phase, command, env) => {
        const input = command.input ?? config.providerName;
        const shown = showCommand(command, host.workspace);
        log.info('script.start', { phase, input, command: shown, purpose: command.purpose, version: env.PHASE_GATES_VERSION, slot: env.PHASE_GATES_SLOT || undefined, traffic: env.PHASE_GATES_SLOT ? env.PHASE_GATES_TRAFFIC_PERCENT : undefined });
        host.info(`→ ${redactor.redact(command.purpose)}: ${redactor.redact(shown)}`);
        let stdout = '';
        const result = await runScript({ input, file: command.program, args: command.args, shown }, {
            cwd: host.workspace,
            env: { ...env, ...command.env },
            timeoutMs: config.timeoutMs,
            signal,
            onGroup: (pgid) => lockState.lock?.setScriptGroup(pgid),
            mask: { redact: (text) => redactor.redact(text), holdBack: redactor.longest() },
            onLine: (line, stream) => {
                if (stream === 'stdout' && stdout.length < MAX_STDOUT)
                    stdout += line.slice(0, MAX_STDOUT - stdout.length) + '\n';
                const clean = redactor.redact(line);
                host.info(`[${input}] ${clean}`);
                log.write(stream === 'stderr' ? 'WARN' : 'INFO', 'output', { phase, stream, line: clean });
            }
        });
        const fields = { phase, input, outcome: result.outcome, code: result.code ?? undefined, signal: result.signal ?? undefined, ms: result.ms };
        log.write(result.outcome === 'ok' ? 'INFO' : 'ERROR', 'script.end', fields);
        if (result.outcome === 'timeout')
            host.annotate('error', `${input} timed out after ${config.timeoutMs / 60000} minutes (timeout-minutes)`);
        return { outcome: result.outcome, code: result.code, stdout };
    };
    const applyStep = (phase, step, mode) => config.provider.apply(step, { exec: (command) => exec(phase, command, scriptEnv(step, mode)) });
    const stepRows = [];
    const finishSteps = () => {
        if (stepRows.length)
            summary.push('### Steps', '', '| Step | Slot | Traffic | Result |', '| --- | --- | --- | --- |', ...stepRows, '');
    };
    const finishAll = (outcome) => {
        finishSteps();
        return finish(outcome);
    };
    // 4a. Rollback on demand.
    if (rollbackMode) {
        const step = rollbackStep(history.previous, previousVersion, activeSlot);
        const r = await applyStep('rollback', step, 'rollback');
        stepRows.push(`| rollback to ${version} | ${step.slot || '—'} | ${step.trafficPercent}% | ${r.outcome === 'ok' ? '✅' : '❌'} ${engine_cell(r.detail ?? r.outcome)} |`);
        if (r.outcome === 'cancelled' || signal.aborted)
            return finishAll(await cancelledAfterChange(ctx, withDeployment, setStatus));
        if (r.outcome === 'ok') {
            await setStatus('success', `rolled back from ${previousVersion} to ${version}`);
            log.info('deploy.end', { status: 'rolled_back', version, slot: step.slot || undefined });
            return finishAll({ ...withDeployment, ok: true, status: 'rolled_back', rollbackPerformed: true, message: `${config.environment} rolled back to ${version}` });
        }
        await setStatus('error', `rollback to ${version} failed`);
        log.error('deploy.end', { status: 'failure', detail: 'rollback failed' });
        return finishAll({ ...withDeployment, ok: false, status: 'failure', message: `rollback of ${config.environment} to ${version} failed${r.detail ? `: ${r.detail}` : ''}` });
    }
    // 4b. Migrations: a failure stops here, with nothing deployed.
    if (config.migrateRun) {
        const m = config.migrateRun;
        const r = await exec('migrate', { program: m.file, args: m.args, purpose: 'migrations', input: m.input }, scriptEnv(undefined, 'migrate'));
        if (r.outcome === 'cancelled')
            return finishAll(await cancelledAfterChange(ctx, withDeployment, setStatus));
        if (r.outcome !== 'ok') {
            await setStatus('failure', 'migrations failed; nothing deployed');
            log.error('deploy.end', { status: 'failure', detail: 'migrations failed; nothing deployed' });
            return finishAll({ ...withDeployment, ok: false, status: 'failure', message: 'migrations failed (migrate-run); nothing was deployed' });
        }
    }
    // 5. The strategy: each step applied, then verified where the plan says so.
    let failure;
    let cancelledDuring = false;
    for (const [i, p] of planned.entries()) {
        const step = toStep(p);
        const label = planned.length > 1 ? `step ${i + 1}/${planned.length}` : 'deploy';
        host.info(`${config.strategy.name} ${label}: ${p.slot ? `slot ${p.slot} at ${p.trafficPercent}% of traffic` : `${version}, all traffic`}`);
        const r = await applyStep('deploy', step, 'deploy');
        if (r.outcome === 'cancelled' || signal.aborted) {
            cancelledDuring = true;
            break;
        }
        if (r.outcome !== 'ok') {
            failure = `${label} failed: ${r.detail ?? 'the provider failed'}`;
            stepRows.push(`| ${label} | ${p.slot || '—'} | ${p.trafficPercent}% | ❌ ${engine_cell(r.detail ?? 'failed')} |`);
            break;
        }
        if (r.url && redactor.holdsSecret(r.url)) {
            // Used to verify, as it is; recorded masked (output, ledger, deployment status, log).
            host.annotate('warning', `the URL the ${config.providerName} step reported holds a secret: it is used as it is, and recorded masked (${redactor.redact(r.url)})`, { title: 'phase-gates deploy' });
        }
        if (!config.environmentUrl && !p.slot && r.url) {
            environmentUrl = r.url;
            setOutput(constants/* DeployOutputs */.kV.EnvironmentUrl, r.url);
        }
        const v = await verifyStep(ctx, p, r.url, label);
        if (signal.aborted) {
            cancelledDuring = true;
            break;
        }
        stepRows.push(`| ${label} | ${p.slot || '—'} | ${p.trafficPercent}% | ${v.ok ? '✅' : '❌'} ${engine_cell(v.detail)} |`);
        if (!v.ok) {
            failure = `${label}: verification failed: ${v.detail}`;
            break;
        }
    }
    if (cancelledDuring || signal.aborted)
        return finishAll(await cancelledAfterChange(ctx, withDeployment, setStatus));
    if (!failure) {
        await setStatus('success', `deployed ${version}${slot ? ` (slot ${slot})` : ''}`);
        log.info('deploy.end', { status: 'success', version, slot: slot || undefined, deployment: deployment.id });
        return finishAll({ ...withDeployment, ok: true, status: 'success', message: `deployed ${version} to ${config.environment}${slot ? ` (slot ${slot})` : ''}` });
    }
    host.annotate('error', redactor.redact(failure), { title: 'phase-gates deploy' });
    // 6. Automatic rollback to the previous successful version.
    const back = history.lastGood;
    if (!back) {
        // A first deploy: nothing to return to. The log, the deployment, the summary and the result say so alike.
        const reason = noEarlierDeployment(config.environment);
        log.warn('rollback.skipped', { reason, version });
        stepRows.push(`| rollback | — | — | ➖ skipped: ${engine_cell(reason)} |`);
        await setStatus('failure', `deploy of ${version} failed; rollback skipped: ${reason}`);
        log.error('deploy.end', { status: 'failure', detail: `rollback skipped: ${reason}` });
        return finishAll({ ...withDeployment, ok: false, status: 'failure', rollbackSkipped: reason, message: `${failure}; rollback skipped: ${reason}` });
    }
    const step = rollbackStep(back, version, slot);
    log.warn('rollback.start', { from: version, to: back.version, slot: step.slot || undefined });
    const r = await applyStep('rollback', step, 'rollback');
    stepRows.push(`| rollback to ${back.version} | ${step.slot || '—'} | 100% | ${r.outcome === 'ok' ? '✅' : '❌'} ${engine_cell(r.detail ?? r.outcome)} |`);
    if (r.outcome === 'cancelled' || signal.aborted)
        return finishAll(await cancelledAfterChange(ctx, { ...withDeployment, rollbackPerformed: true }, setStatus));
    if (r.outcome === 'ok') {
        await setStatus('failure', `deploy of ${version} failed; rolled back to ${back.version}`);
        log.warn('deploy.end', { status: 'rolled_back', version: back.version, slot: step.slot || undefined });
        return finishAll({ ...withDeployment, ok: false, status: 'rolled_back', rollbackPerformed: true, message: `${failure}; rolled back to ${back.version}` });
    }
    await setStatus('error', `deploy of ${version} failed and the rollback failed too`);
    log.error('deploy.end', { status: 'failure', detail: 'rollback failed' });
    return finishAll({ ...withDeployment, ok: false, status: 'failure', rollbackPerformed: true, message: `${failure}; the rollback to ${back.version} failed too` });
}
/** Longest standard output of one command kept for its provider (status, URLs). */
const MAX_STDOUT = 1024 * 1024;
/** A record's slot, when it is one of blue and green. */
function slotOf(record) {
    return record?.slot === 'blue' || record?.slot === 'green' ? record.slot : '';
}
/** A command as a user would type it; a program inside the workspace shown relative to it. */
function showCommand(command, workspace) {
    let program = command.program;
    if (external_node_path_.isAbsolute(program)) {
        const rel = external_node_path_.relative(workspace, program);
        if (rel && !rel.startsWith('..') && !external_node_path_.isAbsolute(rel))
            program = rel.includes('/') ? rel : `./${rel}`;
    }
    return [program, ...command.args].map((a) => (/^[\w@%+=:,./-]+$/.test(a) ? a : JSON.stringify(a))).join(' ');
}
/**
 * Verifies one step: the slot at its own URL and the environment at environment-url, as the plan
 * says, with `verify-checks` (or, for blue-green and canary, smoke-test's default `GET /`).
 */
async function verifyStep(ctx, p, slotUrl, label) {
    const { config, log, host, redactor } = ctx;
    const checks = ctx.verifyChecks.length ? ctx.verifyChecks : config.strategy.slotted ? [defaultCheck(constants/* DeployInputs */.L2.VerifyChecks)] : [];
    if (!checks.length)
        return { ok: true, detail: 'done' };
    const targets = [];
    if (p.verifySlot) {
        if (slotUrl)
            targets.push({ what: `slot ${p.slot}`, url: slotUrl });
        else if (config.strategy.name === 'blue-green') {
            return { ok: false, detail: `slot ${p.slot} cannot be verified before the switch: no URL for it (write url=… to $PHASE_GATES_OUTPUT, or set provider-options slot-urls)` };
        }
        else
            log.warn('verify', { stage: label, detail: `no URL for slot ${p.slot}; only the environment is verified` });
    }
    if (p.verifyEnvironment && config.environmentUrl)
        targets.push({ what: 'environment', url: config.environmentUrl });
    if (!targets.length) {
        if (config.strategy.name === 'canary')
            return { ok: false, detail: 'nothing to verify the canary on: set environment-url, or give the slot URL (url=… in $PHASE_GATES_OUTPUT, or provider-options slot-urls)' };
        return { ok: true, detail: 'done (no URL to verify)' };
    }
    const results = [];
    for (const t of targets) {
        host.info(`verifying ${t.what} at ${redactor.redact(t.url)} (${checks.length} check${checks.length === 1 ? '' : 's'})`);
        let v;
        try {
            v = await verifyUrl(t.url, checks, { env: host.env, log: (m) => host.info(`  ${redactor.redact(m)}`), signal: ctx.signal });
        }
        catch (err) {
            // Cancelled: the caller sees the aborted signal and records the cancellation.
            if (err instanceof core_cancel/* Cancelled */.cJ)
                return { ok: false, detail: err.message };
            throw err;
        }
        log.write(v.passed ? 'INFO' : 'ERROR', 'verify', { stage: label, target: t.what, url: t.url, passed: v.passed, requests: v.requests, failures: v.failures, p95_ms: v.p95Ms ?? undefined, detail: v.detail });
        if (!v.passed)
            return { ok: false, detail: `${t.what} failed verification: ${v.detail ?? 'failed'}` };
        results.push(`${t.what} verified (${v.requests} requests, p95 ${v.p95Ms ?? '—'} ms)`);
    }
    return { ok: true, detail: results.join('; ') };
}
/** Cancelled before anything changed: the log says so last. */
function cancelled(ctx, base) {
    ctx.log.warn('cancelled', { signal: (0,core_cancel/* signalName */.yD)(ctx.signal), detail: 'nothing was changed' });
    return { ...base, ok: false, status: 'failure', message: `cancelled (${(0,core_cancel/* signalName */.yD)(ctx.signal)}) before anything changed` };
}
/** Cancelled after the deployment began: its status is set to `error`, then the log says `cancelled` last. */
async function cancelledAfterChange(ctx, base, setStatus) {
    const why = (0,core_cancel/* signalName */.yD)(ctx.signal);
    try {
        await setStatus('error', `cancelled (${why})`);
    }
    catch (err) {
        ctx.log.error('deployment.status', { id: base.deploymentId, error: err.message });
    }
    ctx.log.warn('cancelled', { signal: why, deployment: base.deploymentId });
    return { ...base, ok: false, status: 'failure', message: `cancelled (${why}); deployment ${base.deploymentId} set to error` };
}
/** The URL of the workflow run, when the runner tells it. */
function runUrl(env) {
    const { GITHUB_REPOSITORY: repo, GITHUB_RUN_ID: id } = env;
    if (!repo || !id)
        return undefined;
    return `${(env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '')}/${repo}/actions/runs/${id}`;
}

;// CONCATENATED MODULE: ./.build/src/core/commands/deploy.js











async function openStore(host, config) {
    if (!config.token)
        return new LedgerStore(config.ledgerFile, (0,core_files/* displayPath */.Gt)(host.workspace, config.ledgerFile), (m) => host.annotate('warning', m, { title: 'phase-gates deploy: ledger' }));
    const { createGitHubClient, clientOptionsFromEnv, repoFromEnv } = await Promise.all(/* import() */[__webpack_require__.e(932), __webpack_require__.e(408)]).then(__webpack_require__.bind(__webpack_require__, 7408));
    const { GitHubStore } = await Promise.all(/* import() */[__webpack_require__.e(932), __webpack_require__.e(348)]).then(__webpack_require__.bind(__webpack_require__, 348));
    try {
        const repo = repoFromEnv(host.env);
        const client = createGitHubClient({ token: config.token, ...clientOptionsFromEnv(host.env), log: (m) => host.info(m) });
        return new GitHubStore(client, repo, constants/* DeployInputs */.L2.Token);
    }
    catch (err) {
        throw core_errors/* UserError */.y.attribute(err, { input: constants/* DeployInputs */.L2.Token });
    }
}
/** Runs deploy on a host. */
async function runDeploy(host, options = {}) {
    // Everything a user can get wrong is found before anything is written or run.
    const config = readDeployConfig(host);
    const gates = await loadGatesReport(config.gatesReport, host.workspace);
    const verifyChecks = config.verifyChecks ? await loadChecks(config.verifyChecks, constants/* DeployInputs */.L2.VerifyChecks, host.workspace) : [];
    // The freeze check reads the machine's clock: no input or variable moves it.
    const now = new Date();
    const redactor = new secrets/* Redactor */.pO();
    const secret = (value) => {
        if (!value)
            return;
        host.setSecret(value);
        redactor.add(value);
    };
    secret(config.token);
    for (const name of config.requiredSecrets)
        secret(host.env[name]);
    const store = await openStore(host, config);
    const log = AuditLog.open(config.logFile, redactor, (0,core_files/* displayPath */.Gt)(host.workspace, config.logFile), constants/* DeployInputs */.L2.LogPath);
    // Without a signal from the caller, SIGINT and SIGTERM cancel the run. The signal is logged at
    // once, synchronously (only the first: the log still ends with `cancelled`).
    const cancel = options.signal ? undefined : (0,core_cancel/* onCancel */.Ao)((name) => log.warn('signal', { signal: name }));
    const signal = options.signal ?? cancel.signal;
    try {
        const outcome = await executeDeploy({ host, config, gates, store, log, redactor, signal, verifyChecks, now });
        return { ok: outcome.ok, message: outcome.message, outcome };
    }
    catch (err) {
        log.error('internal', { error: err instanceof core_errors/* UserError */.y ? err.render() : err.message });
        throw err;
    }
    finally {
        log.close();
        cancel?.dispose();
    }
}

;// CONCATENATED MODULE: ./.build/src/core/commands/smoke.js










/** Bounds of the numeric inputs: wide enough for real use, narrow enough that a typo cannot hang CI for a day. */
const LIMITS = {
    [constants/* SmokeInputs */.Nx.WaitForReady]: { min: 0, max: 3600, integer: false, unit: 'seconds' },
    [constants/* SmokeInputs */.Nx.Retries]: { min: 0, max: 10, integer: true, unit: '' },
    [constants/* SmokeInputs */.Nx.RetryDelayMs]: { min: 0, max: 60_000, integer: false, unit: 'ms' },
    [constants/* SmokeInputs */.Nx.TimeoutMs]: { min: 1, max: 600_000, integer: false, unit: 'ms' },
    [constants/* SmokeInputs */.Nx.Samples]: { min: 1, max: 10_000, integer: true, unit: '' },
    [constants/* SmokeInputs */.Nx.Concurrency]: { min: 1, max: 256, integer: true, unit: '' },
    [constants/* SmokeInputs */.Nx.P95Ms]: { min: 0, max: 3_600_000, integer: false, unit: 'ms' },
    [constants/* SmokeInputs */.Nx.MonitorSeconds]: { min: 0, max: 86_400, integer: false, unit: 'seconds' }
};
/** SPEC defaults of the numeric inputs (also in actions/smoke-test/action.yml). */
const SMOKE_DEFAULTS = {
    [constants/* SmokeInputs */.Nx.WaitForReady]: 60,
    [constants/* SmokeInputs */.Nx.Retries]: 3,
    [constants/* SmokeInputs */.Nx.RetryDelayMs]: 1000,
    [constants/* SmokeInputs */.Nx.TimeoutMs]: 5000,
    [constants/* SmokeInputs */.Nx.Samples]: 5,
    [constants/* SmokeInputs */.Nx.Concurrency]: 4,
    [constants/* SmokeInputs */.Nx.P95Ms]: 500,
    [constants/* SmokeInputs */.Nx.MonitorSeconds]: 0
};
function numberInput(host, name, errors) {
    const raw = input(host, name);
    const fallback = SMOKE_DEFAULTS[name];
    if (raw === '')
        return fallback;
    const limit = LIMITS[name];
    const unit = limit.unit;
    const text = unit === 'ms' ? raw.replace(/\s*ms$/, '') : unit === 'seconds' ? raw.replace(/\s*s$/, '') : raw;
    const n = Number(text);
    if (text === '' || !Number.isFinite(n) || (limit.integer && !Number.isInteger(n)) || n < limit.min || n > limit.max) {
        errors.push(new core_errors/* UserError */.y(`${JSON.stringify(raw)} is not ${limit.integer ? 'a whole number' : 'a number'} from ${limit.min} to ${limit.max}${unit ? ` (${unit})` : ''}`, {
            input: name
        }));
        return fallback;
    }
    return n;
}
/** `0%`, `5%`, `0.5` (a bare number is a percentage, as in gates): returned as a ratio 0–1. */
function parseErrorRate(raw, name) {
    const m = /^(\d+(?:\.\d+)?|\.\d+)\s*%?$/.exec(raw.trim());
    const pct = m ? Number(m[1]) : NaN;
    if (!Number.isFinite(pct) || pct < 0 || pct > 100) {
        throw new core_errors/* UserError */.y(`${JSON.stringify(raw)} is not a percentage from 0% to 100%`, { input: name, hint: 'e.g. 0% or 1.5%' });
    }
    return pct / 100;
}
/** `follow-redirects`: same-origin (the default), any or none. */
function parseRedirectMode(raw, name) {
    const v = raw.trim().toLowerCase();
    if (v === '')
        return DEFAULT_REDIRECT_MODE;
    if (REDIRECT_MODES.includes(v))
        return v;
    throw new core_errors/* UserError */.y(`${JSON.stringify(raw)} is not one of ${REDIRECT_MODES.join(', ')}`, { input: name });
}
/** The base URL: http or https, nothing else. */
function parseTarget(raw) {
    let url;
    try {
        url = new URL(raw);
    }
    catch {
        throw new core_errors/* UserError */.y(`not a URL: ${JSON.stringify(raw.replace(/\/\/[^/@]*@/, '//***@'))}`, { input: constants/* SmokeInputs */.Nx.Url, hint: 'e.g. https://staging.example.com' });
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:')
        throw new core_errors/* UserError */.y(`only http:// and https:// URLs are checked, not ${url.protocol}`, { input: constants/* SmokeInputs */.Nx.Url });
    return url.href;
}
/** Reads and checks every input; all problems are reported together (exported for the root action, which checks them before it deploys). */
async function readSettings(host, secrets) {
    const errors = [];
    const token = input(host, constants/* SmokeInputs */.Nx.Token);
    if (token)
        secrets.add(token);
    let target = '';
    try {
        const raw = requiredInput(host, constants/* SmokeInputs */.Nx.Url);
        // Credentials in the URL are masked before anything can print them.
        secrets.maskUrl(raw);
        target = parseTarget(raw);
    }
    catch (err) {
        if (err instanceof core_errors/* UserError */.y)
            errors.push(err);
        else
            throw err;
    }
    const n = (name) => numberInput(host, name, errors);
    const waitForReadySeconds = n(constants/* SmokeInputs */.Nx.WaitForReady);
    const retries = n(constants/* SmokeInputs */.Nx.Retries);
    const retryDelayMs = n(constants/* SmokeInputs */.Nx.RetryDelayMs);
    const timeoutMs = n(constants/* SmokeInputs */.Nx.TimeoutMs);
    const samples = n(constants/* SmokeInputs */.Nx.Samples);
    const concurrency = n(constants/* SmokeInputs */.Nx.Concurrency);
    const p95Ms = n(constants/* SmokeInputs */.Nx.P95Ms);
    const monitorSeconds = n(constants/* SmokeInputs */.Nx.MonitorSeconds);
    let followRedirects = DEFAULT_REDIRECT_MODE;
    try {
        followRedirects = parseRedirectMode(input(host, constants/* SmokeInputs */.Nx.FollowRedirects), constants/* SmokeInputs */.Nx.FollowRedirects);
    }
    catch (err) {
        errors.push(err);
    }
    let maxErrorRate = 0;
    try {
        maxErrorRate = parseErrorRate(input(host, constants/* SmokeInputs */.Nx.MaxErrorRate, '0%'), constants/* SmokeInputs */.Nx.MaxErrorRate);
    }
    catch (err) {
        errors.push(err);
    }
    let reportFile = '';
    try {
        reportFile = (0,core_files/* resolveOutputInWorkspace */.kc)(host.workspace, input(host, constants/* SmokeInputs */.Nx.ReportPath, constants/* Defaults */.Hw.SmokeReport), constants/* SmokeInputs */.Nx.ReportPath);
    }
    catch (err) {
        errors.push(err);
    }
    let deploymentId = null;
    const idRaw = input(host, constants/* SmokeInputs */.Nx.DeploymentId);
    if (idRaw) {
        if (!/^\d+$/.test(idRaw) || Number(idRaw) <= 0 || !Number.isSafeInteger(Number(idRaw))) {
            errors.push(new core_errors/* UserError */.y(`not a deployment id: ${JSON.stringify(idRaw)}`, { input: constants/* SmokeInputs */.Nx.DeploymentId, hint: "the deploy action's deployment-id output" }));
        }
        else if (!token) {
            errors.push(new core_errors/* UserError */.y('posting a deployment status needs a token', { input: constants/* SmokeInputs */.Nx.Token, hint: 'the default is ${{ github.token }} with `deployments: write`' }));
        }
        else
            deploymentId = Number(idRaw);
    }
    let checks = [];
    try {
        checks = await loadChecks(host.getInput(constants/* SmokeInputs */.Nx.Checks), constants/* SmokeInputs */.Nx.Checks, host.workspace);
    }
    catch (err) {
        if (err instanceof core_errors/* UserError */.y)
            errors.push(err, ...err.more);
        else
            throw err;
    }
    if (errors.length) {
        for (const e of errors)
            e.more = [];
        throw core_errors/* UserError */.y.several(errors);
    }
    for (const c of checks) {
        for (const [name, value] of Object.entries(c.headers))
            secrets.addHeader(name, value);
        // Query values such as ?token=… are registered before the first log line shows the URL.
        secrets.maskUrl(checkUrl(target, c));
    }
    return {
        settings: { target, checks, waitForReadySeconds, retries, retryDelayMs, timeoutMs, samples, concurrency, p95Ms, maxErrorRate, monitorSeconds, followRedirects },
        reportFile,
        deploymentId,
        token
    };
}
/** The smoke-test command: the same for the action and `phase-gates smoke`. */
async function runSmoke(host, options = {}) {
    const secrets = new Secrets((v) => host.setSecret(v));
    const { settings, reportFile, deploymentId, token } = await readSettings(host, secrets);
    const log = (m) => host.info(secrets.scrub(m));
    // Without a signal from the caller, SIGINT and SIGTERM (the runner cancelling the job) stop the
    // checks: no verdict, no report, no deployment status; the summary and the error say so.
    const cancel = options.signal ? undefined : (0,core_cancel/* onCancel */.Ao)();
    const signal = options.signal ?? cancel.signal;
    const attempts = settings.retries + 1;
    log(`Smoke testing ${secrets.maskUrl(settings.target)}: ${settings.checks.length} check${settings.checks.length === 1 ? '' : 's'}, ${settings.samples} samples each, ` +
        `${settings.concurrency} in flight, ${attempts} attempt${attempts === 1 ? '' : 's'} of at most ${settings.timeoutMs} ms ` +
        `(back-off up to ${Math.round(maxTotalBackoffMs(settings.retryDelayMs, settings.retries))} ms)`);
    const startedAt = new Date();
    // A header holding a secret of this run (the token, a URL's password) is a credential whatever its name.
    const http = new HttpClient({ timeoutMs: settings.timeoutMs, env: host.env, isCredential: (name, value) => isCredentialHeader(name) || secrets.holds(value) });
    const engine = new SmokeEngine(settings, { send: (req, s) => http.send(req, s), log, signal });
    let outcome;
    try {
        outcome = await engine.run((checks) => passesSoFar({ checks, readiness: null, monitoring: null }, settings));
    }
    catch (err) {
        if (!(err instanceof core_cancel/* Cancelled */.cJ))
            throw err;
        const stopped = new core_cancel/* Cancelled */.cJ(err.signalName, 'the smoke test was stopped before a verdict; no report was written');
        await host.appendSummary(`## Smoke test\n\n⚠️ ${stopped.message}\n`);
        throw stopped;
    }
    finally {
        cancel?.dispose();
        await http.close();
    }
    const report = buildReport(outcome, settings, {
        startedAt,
        finishedAt: new Date(),
        sha: host.env.GITHUB_SHA ?? null,
        repository: host.env.GITHUB_REPOSITORY ?? null,
        runId: host.env.GITHUB_RUN_ID ?? null,
        // The root action names the deployment it tested in the report, also when no status is posted (the local ledger).
        deploymentId: deploymentId === null ? options.recordDeploymentId || null : String(deploymentId)
    }, secrets);
    (0,schemas/* assertSchema */.G)('smoke-report', report);
    await (0,core_files/* writeFileAtomic */.Zf)(reportFile, JSON.stringify(report, null, 2) + '\n');
    const failed = report.checks.filter((c) => !c.passed);
    host.setOutput(constants/* SmokeOutputs */.AR.Passed, String(report.passed));
    host.setOutput(constants/* SmokeOutputs */.AR.ReportPath, (0,core_files/* displayPath */.Gt)(host.workspace, reportFile));
    host.setOutput(constants/* SmokeOutputs */.AR.P95Ms, report.totals.p95Ms === null ? '' : String(report.totals.p95Ms));
    // A percentage, like the smoke_error_rate gate and the max-error-rate input (the report keeps a ratio).
    host.setOutput(constants/* SmokeOutputs */.AR.ErrorRate, report.totals.errorRate === null ? '' : String(Math.round(report.totals.errorRate * 100_000) / 1000));
    host.setOutput(constants/* SmokeOutputs */.AR.FailedChecks, JSON.stringify(failed.map((c) => ({ name: c.name, url: c.url, error: c.error }))));
    await host.appendSummary(renderSummary(report));
    for (const c of report.checks.filter((x) => x.passed && x.flaky)) {
        const origin = settings.checks.find((k) => k.name === c.name)?.origin;
        host.annotate('warning', `check ${c.name} is flaky: it passed only after a retry (${c.attempts} attempts)`, {
            title: 'Flaky smoke check',
            file: origin?.file,
            startLine: origin?.file ? origin.line : undefined
        });
    }
    const t = report.totals;
    log(`${report.passed ? 'Passed' : 'Failed'}: ${t.requests} requests, ${t.failures} failed (${t.errorRate === null ? '—' : formatPercent(t.errorRate)}), ` +
        `p50 ${t.p50Ms ?? '—'} ms, p95 ${t.p95Ms ?? '—'} ms, p99 ${t.p99Ms ?? '—'} ms; report ${(0,core_files/* displayPath */.Gt)(host.workspace, reportFile)}`);
    if (deploymentId !== null) {
        const { postDeploymentStatus } = await Promise.all(/* import() */[__webpack_require__.e(932), __webpack_require__.e(334)]).then(__webpack_require__.bind(__webpack_require__, 3334));
        const description = report.passed
            ? `Smoke test passed: ${report.checks.length} checks, p95 ${t.p95Ms ?? '—'} ms, errors ${t.errorRate === null ? '—' : formatPercent(t.errorRate)}`
            : `Smoke test failed: ${report.message ?? ''}`;
        const plainTarget = !/\*\*\*/.test(report.target) ? report.target : undefined;
        const posted = await postDeploymentStatus({
            token,
            deploymentId,
            passed: report.passed,
            description: secrets.scrub(description),
            environmentUrl: plainTarget,
            env: host.env,
            log
        });
        log(`Deployment ${deploymentId}: status ${posted.state} posted`);
    }
    return { ok: report.passed, message: report.passed ? undefined : secrets.scrub(`smoke test failed: ${report.message}`), report };
}

;// CONCATENATED MODULE: ./.build/src/core/commands/pipeline.js













/** The gates of Phase 07 before the `phase-07-gates` input, which overrides them key by key. */
const PHASE_07_GATES = { smoke_passed: true, deploy_status: 'success' };
/**
 * The Host a stage's command runs on: inputs mapped from the root action, outputs kept (the root
 * action publishes its own), everything else forwarded to the root host.
 */
class StageHost {
    parent;
    stage;
    sources;
    title;
    /** The outputs the command set, by the command's names. */
    outputs = {};
    constructor(parent, stage, sources, 
    /** Replaces the generic `## Gates:` heading of a gates summary. */
    title) {
        this.parent = parent;
        this.stage = stage;
        this.sources = sources;
        this.title = title;
    }
    get workspace() {
        return this.parent.workspace;
    }
    get env() {
        return this.parent.env;
    }
    get summaryInline() {
        return this.parent.summaryInline;
    }
    getInput(name) {
        const s = this.sources[name];
        if (!s)
            return '';
        if ('value' in s)
            return s.value;
        for (const from of s.from) {
            const v = this.parent.getInput(from);
            if (v.trim() !== '')
                return v;
        }
        return s.fallback ?? '';
    }
    /** The root action's name of a command input, for messages. */
    rootInput(name) {
        const s = this.sources[name];
        if (!s)
            return name;
        if ('value' in s)
            return s.label;
        return s.from.find((from) => this.parent.getInput(from).trim() !== '') ?? s.from[0];
    }
    /** A UserError of the command with the root action's input names (other errors unchanged). */
    rename(err) {
        if (!(err instanceof core_errors/* UserError */.y))
            return err;
        const one = (e) => new core_errors/* UserError */.y(e.message, { input: e.input ? this.rootInput(e.input) : undefined, file: e.file, line: e.line, hint: e.hint });
        const copy = one(err);
        copy.more = err.more.map(one);
        return copy;
    }
    setOutput(name, value) {
        this.outputs[name] = value;
    }
    async appendSummary(markdown) {
        await this.parent.appendSummary(this.title ? markdown.replace(/^## Gates: /, `## ${this.title}: `) : markdown);
    }
    annotate(level, message, props) {
        this.parent.annotate(level, message, props);
    }
    info(message) {
        this.parent.info(message);
    }
    debug(message) {
        this.parent.debug(message);
    }
    setSecret(value) {
        this.parent.setSecret(value);
    }
}
/** Same-name sources for every input of a command, with `overrides`. */
function sameNames(names, overrides) {
    const out = {};
    for (const name of Object.values(names))
        out[name] = { from: [name] };
    return { ...out, ...overrides };
}
const TITLES = {
    gates: 'Phase 05 → 06 gates',
    deploy: 'Deploy',
    'smoke-test': 'Smoke test',
    rollback: 'Rollback',
    'phase-07': 'Phase 07 gates'
};
/**
 * The Phase 07 gates: {@link PHASE_07_GATES} overridden key by key by `phase-07-gates` (an empty
 * value removes one), as JSON for the gates command. Errors are the gates command's own.
 */
function phase07Gates(text) {
    const merged = { ...PHASE_07_GATES };
    if (text.trim() !== '') {
        parseGatesInput(text, constants/* PipelineInputs */.IO.Phase07Gates); // the gates command's own checks, naming this input
        let data = toData(parseYaml(text, { input: constants/* PipelineInputs */.IO.Phase07Gates }), { input: constants/* PipelineInputs */.IO.Phase07Gates });
        const keys = Object.keys(data);
        if (keys.length === 1 && keys[0] === 'gates' && data.gates && typeof data.gates === 'object' && !Array.isArray(data.gates))
            data = data.gates;
        Object.assign(merged, data);
    }
    const json = JSON.stringify(merged);
    if (parseGatesInput(json, constants/* PipelineInputs */.IO.Phase07Gates).gates.length === 0) {
        throw new core_errors/* UserError */.y('no gates to enforce after the deploy', { input: constants/* PipelineInputs */.IO.Phase07Gates, hint: 'leave smoke_passed or deploy_status in place, or add a gate' });
    }
    return json;
}
/** The Phase 07 metrics: the user's `metrics` (already checked by Phase 05) and the final `deploy_status`, as JSON. */
function phase07Metrics(text, deployStatus) {
    let data = {};
    if (text.trim() !== '') {
        try {
            const parsed = toData(parseYaml(text, { input: constants/* PipelineInputs */.IO.Metrics }), { input: constants/* PipelineInputs */.IO.Metrics });
            if (parsed && typeof parsed === 'object' && !Array.isArray(parsed))
                data = parsed;
        }
        catch {
            // Phase 05 read the same input and would have stopped on it.
        }
    }
    return JSON.stringify({ ...data, deploy_status: deployStatus });
}
/** An error of a stage that ran after something was deployed: recorded, so that the chain can still roll back and report. */
function stageError(host, stage, err) {
    const renamed = stage.rename(err);
    if (renamed instanceof core_errors/* UserError */.y)
        return renamed.renderAll().join('; ');
    const e = renamed;
    host.debug(e?.stack ?? String(renamed));
    return `internal error in ${stage.stage}: ${e?.message ?? String(renamed)}`.replace(/[\r\n]+/g, ' ');
}
/**
 * Appends the cancellation of a stage after the deploy to deploy's audit log (its `log-path`
 * output, relative to the workspace), so that the log of the release ends with what happened to it.
 */
function recordCancellation(host, logPath, fields) {
    if (!logPath)
        return;
    const logFile = (0,core_files/* resolveOutputInWorkspace */.kc)(host.workspace, logPath, constants/* PipelineInputs */.IO.LogPath);
    const log = AuditLog.open(logFile, new secrets/* Redactor */.pO(), (0,core_files/* displayPath */.Gt)(host.workspace, logFile), constants/* PipelineInputs */.IO.LogPath);
    try {
        log.warn('cancelled', fields);
    }
    finally {
        log.close();
    }
}
/** deploy's own message, said to be the deploy's (once). */
function deployFailed(message, status) {
    const m = message ?? status;
    return /^deploy\b/i.test(m) ? m : `deploy failed: ${m}`;
}
/** Runs the chain on a host. */
async function runPipeline(host) {
    const outputs = {};
    for (const name of Object.values(constants/* PipelineOutputs */.LG))
        outputs[name] = '';
    outputs[constants/* PipelineOutputs */.LG.DeployStatus] = 'skipped';
    outputs[constants/* PipelineOutputs */.LG.RollbackPerformed] = 'false';
    outputs[constants/* PipelineOutputs */.LG.RollbackSkipped] = '';
    outputs[constants/* PipelineOutputs */.LG.Passed] = 'false';
    const stages = [];
    const record = (stage, result, detail) => {
        const r = { stage, title: TITLES[stage], result, detail };
        stages.push(r);
        return r;
    };
    const start = (stage, what) => host.info(`── ${stages.length + 1}. ${TITLES[stage]} (${what}) ──`);
    // Hosts of the stages whose inputs are known before anything runs.
    const gatesHost = new StageHost(host, 'gates', sameNames(constants/* GatesInputs */.wI, {}), TITLES.gates);
    const deployHost = (gatesReport) => new StageHost(host, 'deploy', sameNames(constants/* DeployInputs */.L2, {
        [constants/* DeployInputs */.L2.Mode]: { value: 'deploy', label: constants/* DeployInputs */.L2.Mode },
        [constants/* DeployInputs */.L2.GatesReport]: { value: gatesReport, label: constants/* PipelineInputs */.IO.ReportPath },
        [constants/* DeployInputs */.L2.RequireGates]: { value: '', label: constants/* DeployInputs */.L2.RequireGates }
    }));
    const rollbackHost = () => new StageHost(host, 'rollback', sameNames(constants/* DeployInputs */.L2, {
        [constants/* DeployInputs */.L2.Mode]: { value: 'rollback', label: constants/* DeployInputs */.L2.Mode },
        [constants/* DeployInputs */.L2.Version]: { value: '', label: constants/* PipelineInputs */.IO.Version },
        [constants/* DeployInputs */.L2.GatesReport]: { value: '', label: constants/* DeployInputs */.L2.GatesReport },
        [constants/* DeployInputs */.L2.RequireGates]: { value: '', label: constants/* DeployInputs */.L2.RequireGates },
        [constants/* DeployInputs */.L2.DryRun]: { value: 'false', label: constants/* PipelineInputs */.IO.DryRun }
    }));
    const smokeHost = (url, urlFrom, deploymentId = '') => new StageHost(host, 'smoke-test', sameNames(constants/* SmokeInputs */.Nx, {
        [constants/* SmokeInputs */.Nx.Url]: { value: url, label: urlFrom },
        [constants/* SmokeInputs */.Nx.ReportPath]: { from: [constants/* PipelineInputs */.IO.SmokeReportPath] },
        // The smoke verdict is posted on the deployment when the Deployments API is used (a token);
        // the local ledger has no statuses from smoke-test.
        [constants/* SmokeInputs */.Nx.DeploymentId]: { value: deploymentId, label: constants/* SmokeInputs */.Nx.DeploymentId }
    }));
    const phase07Host = (gates, smokeReport, metrics) => new StageHost(host, 'phase-07', {
        [constants/* GatesInputs */.wI.Gates]: { value: gates, label: constants/* PipelineInputs */.IO.Phase07Gates },
        [constants/* GatesInputs */.wI.SmokeReport]: { value: smokeReport, label: constants/* PipelineInputs */.IO.SmokeReportPath },
        [constants/* GatesInputs */.wI.Metrics]: { value: metrics, label: constants/* PipelineInputs */.IO.Metrics },
        [constants/* GatesInputs */.wI.FailOnMissing]: { from: [constants/* PipelineInputs */.IO.FailOnMissing] },
        [constants/* GatesInputs */.wI.Fail]: { from: [constants/* PipelineInputs */.IO.Fail] },
        [constants/* GatesInputs */.wI.ReportPath]: { from: [constants/* PipelineInputs */.IO.Phase07ReportPath], fallback: constants/* PHASE_07_REPORT_DEFAULT */.Zi },
        // After the deploy: no pull request to comment on, nothing new to measure.
        [constants/* GatesInputs */.wI.Comment]: { value: 'false', label: constants/* GatesInputs */.wI.Comment }
    }, TITLES['phase-07']);
    const givenUrl = () => {
        const url = input(host, constants/* PipelineInputs */.IO.Url);
        if (url)
            return { url, from: constants/* PipelineInputs */.IO.Url };
        const environmentUrl = input(host, constants/* PipelineInputs */.IO.EnvironmentUrl);
        return { url: environmentUrl, from: environmentUrl ? constants/* PipelineInputs */.IO.EnvironmentUrl : constants/* PipelineInputs */.IO.Url };
    };
    let phase07Text = '';
    let dryRun = false;
    const finish = async (ok, passed, message, failedStage) => {
        outputs[constants/* PipelineOutputs */.LG.Passed] = String(passed);
        outputs[constants/* PipelineOutputs */.LG.FailedStage] = failedStage;
        await host.appendSummary(renderOverview(stages, passed, failedStage, dryRun));
        return { ok, message, outputs, stages };
    };
    // SIGINT and SIGTERM (the runner cancelling the job) stop the chain: the stage under way stops
    // (deploy records its own cancellation), no later stage begins.
    const cancel = (0,core_cancel/* onCancel */.Ao)();
    const { signal } = cancel;
    try {
        // 0. Every input of every stage, before anything is written or run.
        const errors = [];
        const check = async (stage, fn) => {
            try {
                await fn();
            }
            catch (err) {
                const renamed = stage.rename(err);
                if (!(renamed instanceof core_errors/* UserError */.y))
                    throw renamed;
                errors.push(renamed, ...renamed.more);
                renamed.more = [];
            }
        };
        const preDeploy = deployHost('');
        await check(preDeploy, () => {
            dryRun = readDeployConfig(preDeploy).dryRun;
        });
        const planned = givenUrl();
        if (planned.url || !dryRun) {
            const pre = smokeHost(planned.url, planned.from);
            await check(pre, () => readSettings(pre, new Secrets((v) => host.setSecret(v))));
        }
        await check(gatesHost, () => {
            phase07Text = phase07Gates(host.getInput(constants/* PipelineInputs */.IO.Phase07Gates));
        });
        await check(gatesHost, () => {
            const paths = [
                [constants/* PipelineInputs */.IO.ReportPath, input(host, constants/* PipelineInputs */.IO.ReportPath, constants/* Defaults */.Hw.GatesReport)],
                [constants/* PipelineInputs */.IO.SmokeReportPath, input(host, constants/* PipelineInputs */.IO.SmokeReportPath, constants/* Defaults */.Hw.SmokeReport)],
                [constants/* PipelineInputs */.IO.Phase07ReportPath, input(host, constants/* PipelineInputs */.IO.Phase07ReportPath, constants/* PHASE_07_REPORT_DEFAULT */.Zi)]
            ];
            const seen = new Map();
            const clash = [];
            for (const [name, given] of paths) {
                let file;
                try {
                    file = (0,core_files/* resolveInWorkspace */.z1)(host.workspace, given, name);
                }
                catch (err) {
                    if (name === constants/* PipelineInputs */.IO.Phase07ReportPath && err instanceof core_errors/* UserError */.y)
                        clash.push(err); // the others are the stages' own checks
                    continue;
                }
                const other = seen.get(file);
                if (other)
                    clash.push(new core_errors/* UserError */.y(`${given} is also where ${other} writes its report`, { input: name, hint: 'give each report its own path' }));
                else
                    seen.set(file, name);
            }
            if (clash.length)
                throw core_errors/* UserError */.y.several(clash);
        });
        if (errors.length)
            throw core_errors/* UserError */.y.several(errors);
        // 1. Phase 05 → 06: gates-enforcer.
        start('gates', 'gates-enforcer');
        let gates;
        try {
            gates = await runGates(gatesHost);
        }
        catch (err) {
            throw gatesHost.rename(err);
        }
        outputs[constants/* PipelineOutputs */.LG.GatesPassed] = gatesHost.outputs[constants/* GatesOutputs */.bU.Passed] ?? '';
        outputs[constants/* PipelineOutputs */.LG.FailedGates] = gatesHost.outputs[constants/* GatesOutputs */.bU.FailedGates] ?? '';
        outputs[constants/* PipelineOutputs */.LG.Report] = gatesHost.outputs[constants/* GatesOutputs */.bU.Report] ?? '';
        outputs[constants/* PipelineOutputs */.LG.ReportPath] = gatesHost.outputs[constants/* GatesOutputs */.bU.ReportPath] ?? '';
        const reportShown = `\`${outputs[constants/* PipelineOutputs */.LG.ReportPath]}\``;
        if (!gates.report.passed) {
            record('gates', 'failed', `${reportShown}: ${gates.message ?? 'failed'}`);
            for (const s of ['deploy', 'smoke-test', 'rollback', 'phase-07'])
                record(s, 'skipped', 'the Phase 05 gates failed');
            host.info('The Phase 05 gates failed: nothing was deployed.');
            return await finish(gates.ok, false, gates.ok ? undefined : `Phase 05 gates failed (${gates.message}); nothing was deployed`, 'gates');
        }
        record('gates', 'passed', reportShown);
        if (signal.aborted) {
            const message = `cancelled (${(0,core_cancel/* signalName */.yD)(signal)}) before the deploy`;
            for (const s of ['deploy', 'smoke-test', 'rollback', 'phase-07'])
                record(s, 'skipped', message);
            return await finish(false, false, message, 'deploy');
        }
        // 2. deploy, with the report just written (deploy handles SIGINT and SIGTERM itself while it runs).
        start('deploy', 'deploy');
        const dHost = deployHost(outputs[constants/* PipelineOutputs */.LG.Report]);
        let deployed;
        try {
            deployed = await runDeploy(dHost);
        }
        catch (err) {
            throw dHost.rename(err);
        }
        const d = dHost.outputs;
        outputs[constants/* PipelineOutputs */.LG.DeploymentId] = d[constants/* DeployOutputs */.kV.DeploymentId] ?? '';
        outputs[constants/* PipelineOutputs */.LG.EnvironmentUrl] = d[constants/* DeployOutputs */.kV.EnvironmentUrl] ?? '';
        outputs[constants/* PipelineOutputs */.LG.Version] = d[constants/* DeployOutputs */.kV.Version] ?? '';
        outputs[constants/* PipelineOutputs */.LG.PreviousVersion] = d[constants/* DeployOutputs */.kV.PreviousVersion] ?? '';
        outputs[constants/* PipelineOutputs */.LG.DeployStatus] = d[constants/* DeployOutputs */.kV.Status] ?? deployed.outcome?.status ?? (deployed.ok ? 'success' : 'failure');
        outputs[constants/* PipelineOutputs */.LG.RollbackPerformed] = d[constants/* DeployOutputs */.kV.RollbackPerformed] ?? 'false';
        outputs[constants/* PipelineOutputs */.LG.RollbackSkipped] = d[constants/* DeployOutputs */.kV.RollbackSkipped] ?? '';
        outputs[constants/* PipelineOutputs */.LG.LogPath] = d[constants/* DeployOutputs */.kV.LogPath] ?? '';
        outputs[constants/* PipelineOutputs */.LG.DeployFailedChecks] = d[constants/* DeployOutputs */.kV.FailedChecks] ?? '';
        const deployStatus = outputs[constants/* PipelineOutputs */.LG.DeployStatus];
        /** The closing message: what failed, and what the chain did about it. */
        const said = [];
        /** Whether a stage failed in a way that fails the step. */
        let stepFailed = false;
        let failedStage = '';
        const failed = (stage, message, failsStep = true) => {
            if (failsStep) {
                said.push(message);
                stepFailed = true;
            }
            if (!failedStage)
                failedStage = stage;
        };
        if (deployStatus === 'skipped') {
            // A dry run: every check was reported with the plan; the step ends well, `passed` says whether the deploy would go ahead.
            const wouldFail = deployed.outcome?.wouldFail ?? [];
            const goAhead = deployed.ok && wouldFail.length === 0;
            record('deploy', goAhead ? 'passed' : 'failed', deployed.message ?? 'dry run');
            for (const s of ['smoke-test', 'rollback', 'phase-07'])
                record(s, 'skipped', 'dry run: nothing was deployed');
            if (!goAhead)
                failed('deploy', deployFailed(deployed.message, deployStatus), !deployed.ok);
            return await finish(!stepFailed, goAhead, said.join('; ') || undefined, failedStage);
        }
        let smokePassed = false;
        let smokeReport = '';
        /** The deployment that undid the release after its smoke test, when one did. */
        let rollbackId = '';
        if (deployed.ok) {
            const deployedAs = `${deployed.message ?? deployStatus}${outputs[constants/* PipelineOutputs */.LG.DeploymentId] ? ` (deployment ${outputs[constants/* PipelineOutputs */.LG.DeploymentId]})` : ''}`;
            const deployRecord = record('deploy', 'passed', deployedAs);
            // 3. smoke-test on the deployed environment.
            start('smoke-test', 'smoke-test');
            const url = outputs[constants/* PipelineOutputs */.LG.EnvironmentUrl] && !input(host, constants/* PipelineInputs */.IO.Url) ? { url: outputs[constants/* PipelineOutputs */.LG.EnvironmentUrl], from: constants/* PipelineInputs */.IO.EnvironmentUrl } : givenUrl();
            const sHost = smokeHost(url.url, url.from, input(host, constants/* GatesInputs */.wI.Token) ? (outputs[constants/* PipelineOutputs */.LG.DeploymentId] ?? '') : '');
            let smokeMessage;
            try {
                const smoke = await runSmoke(sHost, { signal, recordDeploymentId: outputs[constants/* PipelineOutputs */.LG.DeploymentId] || undefined });
                smokePassed = smoke.report.passed;
                smokeMessage = smoke.message;
            }
            catch (err) {
                smokeMessage = `smoke test failed: ${stageError(host, sHost, err)}`;
            }
            if (signal.aborted) {
                // Cancelled while testing the release: it stays as deployed (cancelling starts no rollback,
                // as in deploy itself), unverified; the audit log and the summary say so.
                const why = (0,core_cancel/* signalName */.yD)(signal);
                const message = `cancelled (${why}) during the smoke test: ${outputs[constants/* PipelineOutputs */.LG.Version] || 'the release'} stays deployed, not smoke-tested`;
                outputs[constants/* PipelineOutputs */.LG.SmokePassed] = 'false';
                recordCancellation(host, outputs[constants/* PipelineOutputs */.LG.LogPath], { stage: 'smoke-test', signal: why, deployment: outputs[constants/* PipelineOutputs */.LG.DeploymentId] || undefined, version: outputs[constants/* PipelineOutputs */.LG.Version] || undefined });
                record('smoke-test', 'cancelled', message);
                for (const s of ['rollback', 'phase-07'])
                    record(s, 'skipped', `cancelled (${why})`);
                return await finish(false, false, message, 'smoke-test');
            }
            const s = sHost.outputs;
            outputs[constants/* PipelineOutputs */.LG.SmokePassed] = s[constants/* SmokeOutputs */.AR.Passed] ?? 'false';
            outputs[constants/* PipelineOutputs */.LG.SmokeReportPath] = s[constants/* SmokeOutputs */.AR.ReportPath] ?? '';
            outputs[constants/* PipelineOutputs */.LG.P95Ms] = s[constants/* SmokeOutputs */.AR.P95Ms] ?? '';
            outputs[constants/* PipelineOutputs */.LG.ErrorRate] = s[constants/* SmokeOutputs */.AR.ErrorRate] ?? '';
            outputs[constants/* PipelineOutputs */.LG.FailedChecks] = s[constants/* SmokeOutputs */.AR.FailedChecks] ?? '';
            smokeReport = outputs[constants/* PipelineOutputs */.LG.SmokeReportPath];
            if (smokePassed) {
                record('smoke-test', 'passed', `\`${smokeReport}\`: p95 ${outputs[constants/* PipelineOutputs */.LG.P95Ms] || '—'} ms, errors ${outputs[constants/* PipelineOutputs */.LG.ErrorRate] || '—'}%`);
                record('rollback', 'skipped', 'not needed: the smoke test passed');
            }
            else {
                const message = smokeMessage ?? 'smoke test failed';
                record('smoke-test', 'failed', smokeReport ? `\`${smokeReport}\`: ${message}` : message);
                failed('smoke-test', message);
                // 4. The release failed its smoke test: back to the previous version.
                start('rollback', 'deploy, mode rollback');
                const rHost = rollbackHost();
                let rolledBack = false;
                let skipped;
                let rollbackMessage;
                try {
                    const r = await runDeploy(rHost);
                    rolledBack = r.ok && r.outcome?.status === 'rolled_back';
                    skipped = r.outcome?.rollbackSkipped;
                    rollbackMessage = r.message ?? rHost.outputs[constants/* DeployOutputs */.kV.Status] ?? '';
                }
                catch (err) {
                    rollbackMessage = stageError(host, rHost, err);
                }
                outputs[constants/* PipelineOutputs */.LG.DeployStatus] = rolledBack ? 'rolled_back' : 'failure';
                outputs[constants/* PipelineOutputs */.LG.RollbackPerformed] = rHost.outputs[constants/* DeployOutputs */.kV.RollbackPerformed] === 'true' ? 'true' : 'false';
                outputs[constants/* PipelineOutputs */.LG.RollbackSkipped] = rHost.outputs[constants/* DeployOutputs */.kV.RollbackSkipped] ?? '';
                const id = rHost.outputs[constants/* DeployOutputs */.kV.DeploymentId];
                const release = outputs[constants/* PipelineOutputs */.LG.Version] || 'the release';
                if (rolledBack) {
                    rollbackId = id ?? '';
                    record('rollback', 'passed', `${rollbackMessage}${id ? ` (deployment ${id})` : ''}`);
                    // The deploy went through, and was undone: never shown as passed.
                    deployRecord.result = 'rolled-back';
                    deployRecord.detail = `${deployedAs}; rolled back after its smoke test failed`;
                    said.push(rollbackMessage);
                }
                else if (skipped) {
                    // A first deploy has nothing to return to: the rollback is skipped, the release stays, failed.
                    record('rollback', 'skipped', `${skipped}: ${release} stays deployed`);
                    deployRecord.result = 'failed';
                    deployRecord.detail = `${deployedAs}; it failed its smoke test and stays deployed (rollback skipped: ${skipped})`;
                    said.push(`rollback skipped: ${skipped} (${release} stays deployed)`);
                }
                else {
                    record('rollback', 'failed', rollbackMessage);
                    deployRecord.result = 'failed';
                    deployRecord.detail = `${deployedAs}; it failed its smoke test and the rollback failed`;
                    failed('rollback', `rollback failed: ${rollbackMessage}`);
                }
            }
        }
        else {
            const skipped = deployed.outcome?.rollbackSkipped;
            record('deploy', deployStatus === 'rolled_back' ? 'rolled-back' : 'failed', `${outputs[constants/* PipelineOutputs */.LG.DeploymentId] ? `deployment ${outputs[constants/* PipelineOutputs */.LG.DeploymentId]}: ` : ''}${deployed.message ?? deployStatus}`);
            failed('deploy', deployFailed(deployed.message, deployStatus));
            record('smoke-test', 'skipped', 'the deploy failed');
            record('rollback', 'skipped', deployStatus === 'rolled_back' ? 'the deploy rolled back by itself' : skipped ? skipped : outputs[constants/* PipelineOutputs */.LG.DeploymentId] ? 'the deploy tried its own rollback' : 'nothing was deployed');
        }
        // 5. The Phase 07 gate, over what happened.
        if (signal.aborted) {
            record('phase-07', 'skipped', `cancelled (${(0,core_cancel/* signalName */.yD)(signal)})`);
            return await finish(false, false, [...said, `cancelled (${(0,core_cancel/* signalName */.yD)(signal)}) before the Phase 07 gate`].join('; '), failedStage || 'phase-07');
        }
        start('phase-07', 'gates-enforcer');
        const pHost = phase07Host(phase07Text, smokeReport, phase07Metrics(host.getInput(constants/* PipelineInputs */.IO.Metrics), outputs[constants/* PipelineOutputs */.LG.DeployStatus]));
        let phase07Passed = false;
        let phase07FailsStep = true;
        let phase07Message;
        try {
            // The report names the release it judged: a Phase 07 report read alone says what it is about.
            const deployment = {
                environment: input(host, constants/* DeployInputs */.L2.Environment),
                version: outputs[constants/* PipelineOutputs */.LG.Version] || input(host, constants/* DeployInputs */.L2.Version),
                id: outputs[constants/* PipelineOutputs */.LG.DeploymentId] || null,
                status: outputs[constants/* PipelineOutputs */.LG.DeployStatus],
                rollbackId: rollbackId || null
            };
            const p = await runGates(pHost, { deployment });
            phase07Passed = p.report.passed;
            phase07FailsStep = !p.ok;
            phase07Message = p.message;
        }
        catch (err) {
            phase07Message = stageError(host, pHost, err);
        }
        outputs[constants/* PipelineOutputs */.LG.Phase07Passed] = pHost.outputs[constants/* GatesOutputs */.bU.Passed] ?? 'false';
        outputs[constants/* PipelineOutputs */.LG.Phase07FailedGates] = pHost.outputs[constants/* GatesOutputs */.bU.FailedGates] ?? '';
        outputs[constants/* PipelineOutputs */.LG.Phase07Report] = pHost.outputs[constants/* GatesOutputs */.bU.Report] ?? '';
        outputs[constants/* PipelineOutputs */.LG.Phase07ReportPath] = pHost.outputs[constants/* GatesOutputs */.bU.ReportPath] ?? '';
        const shown = outputs[constants/* PipelineOutputs */.LG.Phase07ReportPath] ? `\`${outputs[constants/* PipelineOutputs */.LG.Phase07ReportPath]}\`` : '';
        if (phase07Passed)
            record('phase-07', 'passed', shown);
        else {
            record('phase-07', 'failed', `${shown}${shown ? ': ' : ''}${phase07Message ?? 'failed'}`);
            failed('phase-07', `Phase 07 gates failed (${phase07Message ?? 'failed'})`, phase07FailsStep);
        }
        const passed = deployed.ok && smokePassed && phase07Passed;
        return await finish(!stepFailed, passed, stepFailed ? said.join('; ') : undefined, failedStage);
    }
    finally {
        cancel.dispose();
        for (const name of Object.values(constants/* PipelineOutputs */.LG))
            host.setOutput(name, outputs[name] ?? '');
    }
}
/** The last summary section: every stage, its result and where to look. */
function renderOverview(stages, passed, failedStage, dryRun) {
    const icon = (r) => r === 'passed' ? '✅ passed' : r === 'failed' ? (dryRun ? '❌ would fail' : '❌ failed') : r === 'rolled-back' ? '↩️ rolled back' : r === 'cancelled' ? '⚠️ cancelled' : '➖ skipped';
    const cell = (t) => t.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
    const verdict = dryRun
        ? passed
            ? '✅ would pass the pre-deploy checks (dry run: nothing was changed)'
            : `❌ would fail${failedStage ? ` (${failedStage})` : ''} (dry run: nothing was changed)`
        : passed
            ? '✅ passed'
            : `❌ failed${failedStage ? ` (${failedStage})` : ''}`;
    const lines = [`## Phase 06 pipeline: ${verdict}`, '', '| # | Stage | Result | Detail |', '| --- | --- | --- | --- |'];
    stages.forEach((s, i) => lines.push(`| ${i + 1} | ${s.title} | ${icon(s.result)} | ${cell(s.detail)} |`));
    return lines.join('\n') + '\n';
}


/***/ }),

/***/ 906:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AR: () => (/* binding */ SmokeOutputs),
/* harmony export */   Hw: () => (/* binding */ Defaults),
/* harmony export */   ID: () => (/* binding */ DEPLOY_LEDGER_DEFAULT),
/* harmony export */   IO: () => (/* binding */ PipelineInputs),
/* harmony export */   L2: () => (/* binding */ DeployInputs),
/* harmony export */   LG: () => (/* binding */ PipelineOutputs),
/* harmony export */   Nx: () => (/* binding */ SmokeInputs),
/* harmony export */   Tf: () => (/* binding */ SMOKE_REPORT_SCHEMA),
/* harmony export */   Zi: () => (/* binding */ PHASE_07_REPORT_DEFAULT),
/* harmony export */   bU: () => (/* binding */ GatesOutputs),
/* harmony export */   kV: () => (/* binding */ DeployOutputs),
/* harmony export */   sd: () => (/* binding */ GATES_REPORT_SCHEMA),
/* harmony export */   wI: () => (/* binding */ GatesInputs)
/* harmony export */ });
/* unused harmony exports ValidationInputs, ValidationOutputs */
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
    Comment: 'comment'
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
    Strategy: 'strategy',
    CanarySteps: 'canary-steps',
    VerifyChecks: 'verify-checks',
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
 * inputs, because the chain wires them: deploy's `mode`, `gates-report` and `require-gates`, and
 * smoke-test's `deployment-id`.
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
    Strategy: 'strategy',
    CanarySteps: 'canary-steps',
    VerifyChecks: 'verify-checks',
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
        first.more.push(...rest);
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


/***/ }),

/***/ 4358:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  MV: () => (/* binding */ MAX_LINE),
  Gt: () => (/* binding */ displayPath),
  GE: () => (/* binding */ expandGlobs),
  mz: () => (/* binding */ filesUnder),
  FF: () => (/* binding */ forEachLine),
  tw: () => (/* binding */ openAppend),
  zy: () => (/* binding */ readHead),
  Vh: () => (/* binding */ readJson),
  gb: () => (/* binding */ readJsonText),
  z1: () => (/* binding */ resolveInWorkspace),
  kc: () => (/* binding */ resolveOutputInWorkspace),
  ry: () => (/* binding */ splitList),
  Zf: () => (/* binding */ writeFileAtomic)
});

// UNUSED EXPORTS: HEAD_BYTES, MAX_GLOB_ENTRIES, MAX_JSON_BYTES, MAX_WALK_ENTRIES

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
// EXTERNAL MODULE: ./.build/src/core/json-position.js
var json_position = __webpack_require__(5001);
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
        (0,external_node_fs_.mkdirSync)(external_node_path_.dirname(file), { recursive: true });
        return (0,external_node_fs_.openSync)(file, external_node_fs_.constants.O_WRONLY | external_node_fs_.constants.O_APPEND | external_node_fs_.constants.O_CREAT | external_node_fs_.constants.O_NOFOLLOW, 0o644);
    }
    catch (err) {
        const code = err.code;
        if (code === 'ELOOP')
            throw new errors/* UserError */.y(`${shown} is a symbolic link: refused (phase-gates does not write through links)`, { input });
        if (code === 'EISDIR')
            throw new errors/* UserError */.y(`${shown} is a directory: give the path of a file`, { input });
        if (code === 'ENOTDIR' || code === 'EEXIST')
            throw new errors/* UserError */.y(`cannot create ${shown}: a part of its path is a file`, { input });
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
        const offset = (0,json_position/* jsonErrorOffset */.O)(text);
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

/***/ 3161:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ validGatesReport),
/* harmony export */   N: () => (/* binding */ readGatesReportFile)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6512);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4358);
/* harmony import */ var _schemas_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8623);
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(906);
/**
 * A gates report given back to phase-gates: deploy's `gates-report` input and gates-enforcer's
 * `base-report` (and the base's artifact and check-run copies). Validated against
 * `phase-gates/gates-report@1`; anything else is one UserError line saying what it is instead.
 */




/**
 * `data` as a gates report, or one UserError line saying what it is instead: `a SARIF log`, `a
 * "x/y@2" document`, or the first schema problems.
 */
function validGatesReport(data, input, where = {}) {
    const problems = (0,_schemas_js__WEBPACK_IMPORTED_MODULE_2__/* .schemaErrors */ .d)('gates-report', data);
    if (!problems.length)
        return data;
    const o = (data !== null && typeof data === 'object' && !Array.isArray(data) ? data : {});
    let what;
    if (typeof o.$schema === 'string' && /sarif/i.test(o.$schema))
        what = `a SARIF${typeof o.version === 'string' ? ` ${o.version}` : ''} log`;
    else if (typeof o.schema === 'string' && o.schema !== _constants_js__WEBPACK_IMPORTED_MODULE_3__/* .GATES_REPORT_SCHEMA */ .sd)
        what = `a ${JSON.stringify(o.schema)} document`;
    else if (data === null || typeof data !== 'object' || Array.isArray(data))
        what = Array.isArray(data) ? 'a JSON array' : `JSON ${data === null ? 'null' : typeof data}`;
    else
        what = problems.slice(0, 3).join('; ');
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`${where.prefix ?? ''}not a phase-gates gates report (${what})`, {
        input,
        file: where.file,
        hint: where.hint ?? `give a gates-report.json written by gates-enforcer (schema ${_constants_js__WEBPACK_IMPORTED_MODULE_3__/* .GATES_REPORT_SCHEMA */ .sd})`
    });
}
/** A gates report file of the workspace (`given` as the user wrote it), validated; and its path as shown. */
async function readGatesReportFile(workspace, given, input, hint) {
    const resolved = (0,_files_js__WEBPACK_IMPORTED_MODULE_1__/* .resolveInWorkspace */ .z1)(workspace, given, input);
    const file = (0,_files_js__WEBPACK_IMPORTED_MODULE_1__/* .displayPath */ .Gt)(workspace, resolved);
    let data;
    try {
        data = (await (0,_files_js__WEBPACK_IMPORTED_MODULE_1__/* .readJsonText */ .gb)(resolved, file, input)).value;
    }
    catch (err) {
        const code = err.code;
        if (code === 'ENOENT')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y('file not found', { input, file });
        if (code === 'EISDIR')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y('is a directory: give the path of a gates-report.json', { input, file });
        throw err;
    }
    return { report: validGatesReport(data, input, { file, hint }), file };
}


/***/ }),

/***/ 5001:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ jsonNestingExceeds),
/* harmony export */   O: () => (/* binding */ jsonErrorOffset)
/* harmony export */ });
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


/***/ }),

/***/ 8623:
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
const smoke_report_validate_schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://github.com/phase-gates/phase-gates/schemas/smoke-report.schema.json", "title": "phase-gates smoke report", "description": "Written by smoke-test (post-deploy/smoke-report.json) and read by gates-enforcer's smoke-report and perf-files inputs. Latencies are in milliseconds, from sending a request to the last byte of its body; percentiles use linear interpolation between closest ranks (R-7), as gates-enforcer does.", "type": "object", "additionalProperties": false, "required": ["schema", "target", "startedAt", "finishedAt", "passed", "thresholds", "totals", "checks"], "definitions": { "ms": { "type": ["number", "null"], "minimum": 0 }, "assertion": { "type": "object", "additionalProperties": false, "required": ["type", "expected", "actual", "passed"], "properties": { "type": { "type": "string", "description": "status, body-contains, body-matches, `json <path>`, `header <name>` or max-latency-ms." }, "expected": {}, "actual": {}, "passed": { "type": "boolean" } } } }, "properties": { "schema": { "const": "phase-gates/smoke-report@1" }, "target": { "type": "string", "description": "The base URL checked (the url input), credentials masked." }, "startedAt": { "type": "string", "format": "date-time" }, "finishedAt": { "type": "string", "format": "date-time" }, "passed": { "type": "boolean", "description": "Every check passed (flaky ones included), the error rate and p95 within their thresholds, and no breach while monitoring." }, "message": { "type": ["string", "null"], "description": "Why the run failed, one line; null when it passed." }, "sha": { "type": ["string", "null"] }, "repository": { "type": ["string", "null"] }, "runId": { "type": ["string", "null"] }, "deploymentId": { "type": ["string", "null"], "description": "The deployment tested: the deployment-id input (its status was posted), or the deployment the root action just made." }, "thresholds": { "type": "object", "additionalProperties": false, "required": ["p95Ms", "maxErrorRate"], "properties": { "p95Ms": { "type": "number", "minimum": 0, "description": "The p95-ms input." }, "maxErrorRate": { "type": "number", "minimum": 0, "maximum": 1, "description": "The max-error-rate input as a RATIO from 0 to 1 (5% is 0.05)." }, "samples": { "type": "integer", "minimum": 1 }, "retries": { "type": "integer", "minimum": 0 }, "timeoutMs": { "type": "number", "minimum": 0 }, "concurrency": { "type": "integer", "minimum": 1 } } }, "totals": { "type": "object", "additionalProperties": false, "required": ["requests", "failures", "errorRate", "p50Ms", "p95Ms", "p99Ms"], "properties": { "requests": { "type": "integer", "minimum": 0, "description": "Samples measured, monitoring included (a sample and its retries count once)." }, "failures": { "type": "integer", "minimum": 0, "description": "Samples that failed after every retry." }, "errorRate": { "type": ["number", "null"], "minimum": 0, "maximum": 1, "description": "failures / requests as a RATIO from 0 to 1 (not a percentage); null when nothing was sent." }, "p50Ms": { "$ref": "#/definitions/ms" }, "p95Ms": { "$ref": "#/definitions/ms" }, "p99Ms": { "$ref": "#/definitions/ms" } } }, "readiness": { "type": ["object", "null"], "additionalProperties": false, "required": ["ready", "waitedMs", "polls", "lastError"], "properties": { "ready": { "type": "boolean" }, "waitedMs": { "type": "number", "minimum": 0 }, "polls": { "type": "integer", "minimum": 0 }, "lastError": { "type": ["string", "null"] } } }, "monitoring": { "type": ["object", "null"], "additionalProperties": false, "required": ["seconds", "rounds", "requests", "failures", "breach"], "properties": { "seconds": { "type": "number", "minimum": 0 }, "rounds": { "type": "integer", "minimum": 0 }, "requests": { "type": "integer", "minimum": 0 }, "failures": { "type": "integer", "minimum": 0 }, "breach": { "type": ["string", "null"], "description": "The breach that ended monitoring early." } } }, "checks": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["name", "method", "url", "passed", "flaky", "attempts", "status", "latencyMs", "error", "assertions"], "properties": { "name": { "type": "string", "minLength": 1 }, "method": { "type": "string" }, "url": { "type": "string" }, "passed": { "type": "boolean" }, "flaky": { "type": "boolean", "description": "A sample failed and then passed on a retry; reported, does not fail the run." }, "attempts": { "type": "integer", "minimum": 0, "description": "Most requests one sample needed (1: every sample passed at once; 0: not sent)." }, "status": { "type": ["integer", "null"], "description": "HTTP status of the answer shown (the first failure, else the last)." }, "latencyMs": { "type": "object", "additionalProperties": false, "required": ["p50", "p95", "max"], "properties": { "p50": { "$ref": "#/definitions/ms" }, "p95": { "$ref": "#/definitions/ms" }, "max": { "$ref": "#/definitions/ms" } } }, "error": { "type": ["string", "null"] }, "assertions": { "type": "array", "items": { "$ref": "#/definitions/assertion" } }, "requests": { "type": "integer", "minimum": 0 }, "failures": { "type": "integer", "minimum": 0 } } } } } };
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
        if (data.checks !== undefined) {
            let data35 = data.checks;
            if (Array.isArray(data35)) {
                const len0 = data35.length;
                for (let i0 = 0; i0 < len0; i0++) {
                    let data36 = data35[i0];
                    if (data36 && typeof data36 == "object" && !Array.isArray(data36)) {
                        if (data36.name === undefined) {
                            const err85 = { instancePath: instancePath + "/checks/" + i0, schemaPath: "#/properties/checks/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property '" + "name" + "'" };
                            if (vErrors === null) {
                                vErrors = [err85];
                            }
                            else {
                                vErrors.push(err85);
                            }
                            errors++;
                        }
                        if (data36.method === undefined) {
                            const err86 = { instancePath: instancePath + "/checks/" + i0, schemaPath: "#/properties/checks/items/required", keyword: "required", params: { missingProperty: "method" }, message: "must have required property '" + "method" + "'" };
                            if (vErrors === null) {
                                vErrors = [err86];
                            }
                            else {
                                vErrors.push(err86);
                            }
                            errors++;
                        }
                        if (data36.url === undefined) {
                            const err87 = { instancePath: instancePath + "/checks/" + i0, schemaPath: "#/properties/checks/items/required", keyword: "required", params: { missingProperty: "url" }, message: "must have required property '" + "url" + "'" };
                            if (vErrors === null) {
                                vErrors = [err87];
                            }
                            else {
                                vErrors.push(err87);
                            }
                            errors++;
                        }
                        if (data36.passed === undefined) {
                            const err88 = { instancePath: instancePath + "/checks/" + i0, schemaPath: "#/properties/checks/items/required", keyword: "required", params: { missingProperty: "passed" }, message: "must have required property '" + "passed" + "'" };
                            if (vErrors === null) {
                                vErrors = [err88];
                            }
                            else {
                                vErrors.push(err88);
                            }
                            errors++;
                        }
                        if (data36.flaky === undefined) {
                            const err89 = { instancePath: instancePath + "/checks/" + i0, schemaPath: "#/properties/checks/items/required", keyword: "required", params: { missingProperty: "flaky" }, message: "must have required property '" + "flaky" + "'" };
                            if (vErrors === null) {
                                vErrors = [err89];
                            }
                            else {
                                vErrors.push(err89);
                            }
                            errors++;
                        }
                        if (data36.attempts === undefined) {
                            const err90 = { instancePath: instancePath + "/checks/" + i0, schemaPath: "#/properties/checks/items/required", keyword: "required", params: { missingProperty: "attempts" }, message: "must have required property '" + "attempts" + "'" };
                            if (vErrors === null) {
                                vErrors = [err90];
                            }
                            else {
                                vErrors.push(err90);
                            }
                            errors++;
                        }
                        if (data36.status === undefined) {
                            const err91 = { instancePath: instancePath + "/checks/" + i0, schemaPath: "#/properties/checks/items/required", keyword: "required", params: { missingProperty: "status" }, message: "must have required property '" + "status" + "'" };
                            if (vErrors === null) {
                                vErrors = [err91];
                            }
                            else {
                                vErrors.push(err91);
                            }
                            errors++;
                        }
                        if (data36.latencyMs === undefined) {
                            const err92 = { instancePath: instancePath + "/checks/" + i0, schemaPath: "#/properties/checks/items/required", keyword: "required", params: { missingProperty: "latencyMs" }, message: "must have required property '" + "latencyMs" + "'" };
                            if (vErrors === null) {
                                vErrors = [err92];
                            }
                            else {
                                vErrors.push(err92);
                            }
                            errors++;
                        }
                        if (data36.error === undefined) {
                            const err93 = { instancePath: instancePath + "/checks/" + i0, schemaPath: "#/properties/checks/items/required", keyword: "required", params: { missingProperty: "error" }, message: "must have required property '" + "error" + "'" };
                            if (vErrors === null) {
                                vErrors = [err93];
                            }
                            else {
                                vErrors.push(err93);
                            }
                            errors++;
                        }
                        if (data36.assertions === undefined) {
                            const err94 = { instancePath: instancePath + "/checks/" + i0, schemaPath: "#/properties/checks/items/required", keyword: "required", params: { missingProperty: "assertions" }, message: "must have required property '" + "assertions" + "'" };
                            if (vErrors === null) {
                                vErrors = [err94];
                            }
                            else {
                                vErrors.push(err94);
                            }
                            errors++;
                        }
                        for (const key5 in data36) {
                            if (!(smoke_report_validate_func2.call(smoke_report_validate_schema11.properties.checks.items.properties, key5))) {
                                const err95 = { instancePath: instancePath + "/checks/" + i0, schemaPath: "#/properties/checks/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties" };
                                if (vErrors === null) {
                                    vErrors = [err95];
                                }
                                else {
                                    vErrors.push(err95);
                                }
                                errors++;
                            }
                        }
                        if (data36.name !== undefined) {
                            let data37 = data36.name;
                            if (typeof data37 === "string") {
                                if (smoke_report_validate_func4(data37) < 1) {
                                    const err96 = { instancePath: instancePath + "/checks/" + i0 + "/name", schemaPath: "#/properties/checks/items/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                                    if (vErrors === null) {
                                        vErrors = [err96];
                                    }
                                    else {
                                        vErrors.push(err96);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err97 = { instancePath: instancePath + "/checks/" + i0 + "/name", schemaPath: "#/properties/checks/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err97];
                                }
                                else {
                                    vErrors.push(err97);
                                }
                                errors++;
                            }
                        }
                        if (data36.method !== undefined) {
                            if (typeof data36.method !== "string") {
                                const err98 = { instancePath: instancePath + "/checks/" + i0 + "/method", schemaPath: "#/properties/checks/items/properties/method/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err98];
                                }
                                else {
                                    vErrors.push(err98);
                                }
                                errors++;
                            }
                        }
                        if (data36.url !== undefined) {
                            if (typeof data36.url !== "string") {
                                const err99 = { instancePath: instancePath + "/checks/" + i0 + "/url", schemaPath: "#/properties/checks/items/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err99];
                                }
                                else {
                                    vErrors.push(err99);
                                }
                                errors++;
                            }
                        }
                        if (data36.passed !== undefined) {
                            if (typeof data36.passed !== "boolean") {
                                const err100 = { instancePath: instancePath + "/checks/" + i0 + "/passed", schemaPath: "#/properties/checks/items/properties/passed/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                                if (vErrors === null) {
                                    vErrors = [err100];
                                }
                                else {
                                    vErrors.push(err100);
                                }
                                errors++;
                            }
                        }
                        if (data36.flaky !== undefined) {
                            if (typeof data36.flaky !== "boolean") {
                                const err101 = { instancePath: instancePath + "/checks/" + i0 + "/flaky", schemaPath: "#/properties/checks/items/properties/flaky/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                                if (vErrors === null) {
                                    vErrors = [err101];
                                }
                                else {
                                    vErrors.push(err101);
                                }
                                errors++;
                            }
                        }
                        if (data36.attempts !== undefined) {
                            let data42 = data36.attempts;
                            if (!(((typeof data42 == "number") && (!(data42 % 1) && !isNaN(data42))) && (isFinite(data42)))) {
                                const err102 = { instancePath: instancePath + "/checks/" + i0 + "/attempts", schemaPath: "#/properties/checks/items/properties/attempts/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                                if (vErrors === null) {
                                    vErrors = [err102];
                                }
                                else {
                                    vErrors.push(err102);
                                }
                                errors++;
                            }
                            if ((typeof data42 == "number") && (isFinite(data42))) {
                                if (data42 < 0 || isNaN(data42)) {
                                    const err103 = { instancePath: instancePath + "/checks/" + i0 + "/attempts", schemaPath: "#/properties/checks/items/properties/attempts/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                                    if (vErrors === null) {
                                        vErrors = [err103];
                                    }
                                    else {
                                        vErrors.push(err103);
                                    }
                                    errors++;
                                }
                            }
                        }
                        if (data36.status !== undefined) {
                            let data43 = data36.status;
                            if ((!(((typeof data43 == "number") && (!(data43 % 1) && !isNaN(data43))) && (isFinite(data43)))) && (data43 !== null)) {
                                const err104 = { instancePath: instancePath + "/checks/" + i0 + "/status", schemaPath: "#/properties/checks/items/properties/status/type", keyword: "type", params: { type: smoke_report_validate_schema11.properties.checks.items.properties.status.type }, message: "must be integer,null" };
                                if (vErrors === null) {
                                    vErrors = [err104];
                                }
                                else {
                                    vErrors.push(err104);
                                }
                                errors++;
                            }
                        }
                        if (data36.latencyMs !== undefined) {
                            let data44 = data36.latencyMs;
                            if (data44 && typeof data44 == "object" && !Array.isArray(data44)) {
                                if (data44.p50 === undefined) {
                                    const err105 = { instancePath: instancePath + "/checks/" + i0 + "/latencyMs", schemaPath: "#/properties/checks/items/properties/latencyMs/required", keyword: "required", params: { missingProperty: "p50" }, message: "must have required property '" + "p50" + "'" };
                                    if (vErrors === null) {
                                        vErrors = [err105];
                                    }
                                    else {
                                        vErrors.push(err105);
                                    }
                                    errors++;
                                }
                                if (data44.p95 === undefined) {
                                    const err106 = { instancePath: instancePath + "/checks/" + i0 + "/latencyMs", schemaPath: "#/properties/checks/items/properties/latencyMs/required", keyword: "required", params: { missingProperty: "p95" }, message: "must have required property '" + "p95" + "'" };
                                    if (vErrors === null) {
                                        vErrors = [err106];
                                    }
                                    else {
                                        vErrors.push(err106);
                                    }
                                    errors++;
                                }
                                if (data44.max === undefined) {
                                    const err107 = { instancePath: instancePath + "/checks/" + i0 + "/latencyMs", schemaPath: "#/properties/checks/items/properties/latencyMs/required", keyword: "required", params: { missingProperty: "max" }, message: "must have required property '" + "max" + "'" };
                                    if (vErrors === null) {
                                        vErrors = [err107];
                                    }
                                    else {
                                        vErrors.push(err107);
                                    }
                                    errors++;
                                }
                                for (const key6 in data44) {
                                    if (!(((key6 === "p50") || (key6 === "p95")) || (key6 === "max"))) {
                                        const err108 = { instancePath: instancePath + "/checks/" + i0 + "/latencyMs", schemaPath: "#/properties/checks/items/properties/latencyMs/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties" };
                                        if (vErrors === null) {
                                            vErrors = [err108];
                                        }
                                        else {
                                            vErrors.push(err108);
                                        }
                                        errors++;
                                    }
                                }
                                if (data44.p50 !== undefined) {
                                    let data45 = data44.p50;
                                    if ((!((typeof data45 == "number") && (isFinite(data45)))) && (data45 !== null)) {
                                        const err109 = { instancePath: instancePath + "/checks/" + i0 + "/latencyMs/p50", schemaPath: "#/definitions/ms/type", keyword: "type", params: { type: smoke_report_validate_schema12.type }, message: "must be number,null" };
                                        if (vErrors === null) {
                                            vErrors = [err109];
                                        }
                                        else {
                                            vErrors.push(err109);
                                        }
                                        errors++;
                                    }
                                    if ((typeof data45 == "number") && (isFinite(data45))) {
                                        if (data45 < 0 || isNaN(data45)) {
                                            const err110 = { instancePath: instancePath + "/checks/" + i0 + "/latencyMs/p50", schemaPath: "#/definitions/ms/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
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
                                if (data44.p95 !== undefined) {
                                    let data46 = data44.p95;
                                    if ((!((typeof data46 == "number") && (isFinite(data46)))) && (data46 !== null)) {
                                        const err111 = { instancePath: instancePath + "/checks/" + i0 + "/latencyMs/p95", schemaPath: "#/definitions/ms/type", keyword: "type", params: { type: smoke_report_validate_schema12.type }, message: "must be number,null" };
                                        if (vErrors === null) {
                                            vErrors = [err111];
                                        }
                                        else {
                                            vErrors.push(err111);
                                        }
                                        errors++;
                                    }
                                    if ((typeof data46 == "number") && (isFinite(data46))) {
                                        if (data46 < 0 || isNaN(data46)) {
                                            const err112 = { instancePath: instancePath + "/checks/" + i0 + "/latencyMs/p95", schemaPath: "#/definitions/ms/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
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
                                if (data44.max !== undefined) {
                                    let data47 = data44.max;
                                    if ((!((typeof data47 == "number") && (isFinite(data47)))) && (data47 !== null)) {
                                        const err113 = { instancePath: instancePath + "/checks/" + i0 + "/latencyMs/max", schemaPath: "#/definitions/ms/type", keyword: "type", params: { type: smoke_report_validate_schema12.type }, message: "must be number,null" };
                                        if (vErrors === null) {
                                            vErrors = [err113];
                                        }
                                        else {
                                            vErrors.push(err113);
                                        }
                                        errors++;
                                    }
                                    if ((typeof data47 == "number") && (isFinite(data47))) {
                                        if (data47 < 0 || isNaN(data47)) {
                                            const err114 = { instancePath: instancePath + "/checks/" + i0 + "/latencyMs/max", schemaPath: "#/definitions/ms/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                                            if (vErrors === null) {
                                                vErrors = [err114];
                                            }
                                            else {
                                                vErrors.push(err114);
                                            }
                                            errors++;
                                        }
                                    }
                                }
                            }
                            else {
                                const err115 = { instancePath: instancePath + "/checks/" + i0 + "/latencyMs", schemaPath: "#/properties/checks/items/properties/latencyMs/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                if (vErrors === null) {
                                    vErrors = [err115];
                                }
                                else {
                                    vErrors.push(err115);
                                }
                                errors++;
                            }
                        }
                        if (data36.error !== undefined) {
                            let data48 = data36.error;
                            if ((typeof data48 !== "string") && (data48 !== null)) {
                                const err116 = { instancePath: instancePath + "/checks/" + i0 + "/error", schemaPath: "#/properties/checks/items/properties/error/type", keyword: "type", params: { type: smoke_report_validate_schema11.properties.checks.items.properties.error.type }, message: "must be string,null" };
                                if (vErrors === null) {
                                    vErrors = [err116];
                                }
                                else {
                                    vErrors.push(err116);
                                }
                                errors++;
                            }
                        }
                        if (data36.assertions !== undefined) {
                            let data49 = data36.assertions;
                            if (Array.isArray(data49)) {
                                const len1 = data49.length;
                                for (let i1 = 0; i1 < len1; i1++) {
                                    let data50 = data49[i1];
                                    if (data50 && typeof data50 == "object" && !Array.isArray(data50)) {
                                        if (data50.type === undefined) {
                                            const err117 = { instancePath: instancePath + "/checks/" + i0 + "/assertions/" + i1, schemaPath: "#/definitions/assertion/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property '" + "type" + "'" };
                                            if (vErrors === null) {
                                                vErrors = [err117];
                                            }
                                            else {
                                                vErrors.push(err117);
                                            }
                                            errors++;
                                        }
                                        if (data50.expected === undefined) {
                                            const err118 = { instancePath: instancePath + "/checks/" + i0 + "/assertions/" + i1, schemaPath: "#/definitions/assertion/required", keyword: "required", params: { missingProperty: "expected" }, message: "must have required property '" + "expected" + "'" };
                                            if (vErrors === null) {
                                                vErrors = [err118];
                                            }
                                            else {
                                                vErrors.push(err118);
                                            }
                                            errors++;
                                        }
                                        if (data50.actual === undefined) {
                                            const err119 = { instancePath: instancePath + "/checks/" + i0 + "/assertions/" + i1, schemaPath: "#/definitions/assertion/required", keyword: "required", params: { missingProperty: "actual" }, message: "must have required property '" + "actual" + "'" };
                                            if (vErrors === null) {
                                                vErrors = [err119];
                                            }
                                            else {
                                                vErrors.push(err119);
                                            }
                                            errors++;
                                        }
                                        if (data50.passed === undefined) {
                                            const err120 = { instancePath: instancePath + "/checks/" + i0 + "/assertions/" + i1, schemaPath: "#/definitions/assertion/required", keyword: "required", params: { missingProperty: "passed" }, message: "must have required property '" + "passed" + "'" };
                                            if (vErrors === null) {
                                                vErrors = [err120];
                                            }
                                            else {
                                                vErrors.push(err120);
                                            }
                                            errors++;
                                        }
                                        for (const key7 in data50) {
                                            if (!((((key7 === "type") || (key7 === "expected")) || (key7 === "actual")) || (key7 === "passed"))) {
                                                const err121 = { instancePath: instancePath + "/checks/" + i0 + "/assertions/" + i1, schemaPath: "#/definitions/assertion/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties" };
                                                if (vErrors === null) {
                                                    vErrors = [err121];
                                                }
                                                else {
                                                    vErrors.push(err121);
                                                }
                                                errors++;
                                            }
                                        }
                                        if (data50.type !== undefined) {
                                            if (typeof data50.type !== "string") {
                                                const err122 = { instancePath: instancePath + "/checks/" + i0 + "/assertions/" + i1 + "/type", schemaPath: "#/definitions/assertion/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                if (vErrors === null) {
                                                    vErrors = [err122];
                                                }
                                                else {
                                                    vErrors.push(err122);
                                                }
                                                errors++;
                                            }
                                        }
                                        if (data50.passed !== undefined) {
                                            if (typeof data50.passed !== "boolean") {
                                                const err123 = { instancePath: instancePath + "/checks/" + i0 + "/assertions/" + i1 + "/passed", schemaPath: "#/definitions/assertion/properties/passed/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
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
                                    else {
                                        const err124 = { instancePath: instancePath + "/checks/" + i0 + "/assertions/" + i1, schemaPath: "#/definitions/assertion/type", keyword: "type", params: { type: "object" }, message: "must be object" };
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
                            else {
                                const err125 = { instancePath: instancePath + "/checks/" + i0 + "/assertions", schemaPath: "#/properties/checks/items/properties/assertions/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                if (vErrors === null) {
                                    vErrors = [err125];
                                }
                                else {
                                    vErrors.push(err125);
                                }
                                errors++;
                            }
                        }
                        if (data36.requests !== undefined) {
                            let data53 = data36.requests;
                            if (!(((typeof data53 == "number") && (!(data53 % 1) && !isNaN(data53))) && (isFinite(data53)))) {
                                const err126 = { instancePath: instancePath + "/checks/" + i0 + "/requests", schemaPath: "#/properties/checks/items/properties/requests/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                                if (vErrors === null) {
                                    vErrors = [err126];
                                }
                                else {
                                    vErrors.push(err126);
                                }
                                errors++;
                            }
                            if ((typeof data53 == "number") && (isFinite(data53))) {
                                if (data53 < 0 || isNaN(data53)) {
                                    const err127 = { instancePath: instancePath + "/checks/" + i0 + "/requests", schemaPath: "#/properties/checks/items/properties/requests/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
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
                        if (data36.failures !== undefined) {
                            let data54 = data36.failures;
                            if (!(((typeof data54 == "number") && (!(data54 % 1) && !isNaN(data54))) && (isFinite(data54)))) {
                                const err128 = { instancePath: instancePath + "/checks/" + i0 + "/failures", schemaPath: "#/properties/checks/items/properties/failures/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                                if (vErrors === null) {
                                    vErrors = [err128];
                                }
                                else {
                                    vErrors.push(err128);
                                }
                                errors++;
                            }
                            if ((typeof data54 == "number") && (isFinite(data54))) {
                                if (data54 < 0 || isNaN(data54)) {
                                    const err129 = { instancePath: instancePath + "/checks/" + i0 + "/failures", schemaPath: "#/properties/checks/items/properties/failures/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                                    if (vErrors === null) {
                                        vErrors = [err129];
                                    }
                                    else {
                                        vErrors.push(err129);
                                    }
                                    errors++;
                                }
                            }
                        }
                    }
                    else {
                        const err130 = { instancePath: instancePath + "/checks/" + i0, schemaPath: "#/properties/checks/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
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
            else {
                const err131 = { instancePath: instancePath + "/checks", schemaPath: "#/properties/checks/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                    vErrors = [err131];
                }
                else {
                    vErrors.push(err131);
                }
                errors++;
            }
        }
    }
    else {
        const err132 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
            vErrors = [err132];
        }
        else {
            vErrors.push(err132);
        }
        errors++;
    }
    smoke_report_validate_validate10.errors = vErrors;
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
    'smoke-report': smoke_report_validate
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

/***/ 4434:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   eh: () => (/* binding */ isSecretName),
/* harmony export */   eo: () => (/* binding */ secretForms),
/* harmony export */   pO: () => (/* binding */ Redactor)
/* harmony export */ });
/* unused harmony export MASK */
/**
 * The one secret masker of phase-gates: deploy, smoke-test, the pipeline and both hosts register
 * secrets here and mask with it, in every file, output, summary, log line and ledger record they
 * write. The runner masks what reaches the step log, but not our files.
 *
 * Like the runner's secret masker, a secret is masked with the forms a script is likely to print
 * it in. The runner's value encoders (actions/runner, src/Sdk/DTLogging/Logging/ValueEncoders.cs
 * at 3f7a01af939560ceb1222bca97d1ca4bee1ed843): Base64StringEscape and its shifts by one and two
 * bytes, JsonStringEscape, UriDataEscape, XmlDataEscape, ExpressionStringEscape and
 * TrimDoubleQuotes. Beyond them: base64url, form encoding, hex, backslash (shell) escapes, and
 * each line of a multi-line secret.
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
/** Holds the secret values of one run and replaces them, in every form, in text. */
class Redactor {
    forms = [];
    raw = [];
    /** Registers a value (ignoring empty ones) with its encoded forms; longer forms are replaced first. */
    add(value) {
        if (!value || this.raw.includes(value))
            return;
        this.raw.push(value);
        for (const form of secretForms(value))
            if (!this.forms.includes(form))
                this.forms.push(form);
        this.forms.sort((a, b) => b.length - a.length);
    }
    /** `text` with every registered form replaced by {@link MASK}. */
    redact(text) {
        let s = text;
        for (const form of this.forms)
            if (s.includes(form))
                s = s.split(form).join(MASK);
        return s;
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


/***/ }),

/***/ 4497:
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

// EXTERNAL MODULE: ./.build/src/core/secrets.js
var secrets = __webpack_require__(4434);
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
    /** Registers the secret with the runner, in each form the shared masker knows (the runner adds its own). */
    setSecret(value) {
        if (!value)
            return;
        issueCommand('add-mask', {}, value);
        for (const form of (0,secrets/* secretForms */.eo)(value))
            if (form !== value)
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
