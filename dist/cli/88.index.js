export const id = 88;
export const ids = [88];
export const modules = {

/***/ 9009:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  UD: () => (/* binding */ compare),
  ZV: () => (/* binding */ formatNumber),
  B6: () => (/* binding */ formatThreshold),
  Xi: () => (/* binding */ parseGate)
});

// EXTERNAL MODULE: ./.build/src/core/errors.js
var errors = __webpack_require__(6512);
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
    deploy_status: { kind: 'word', description: 'status of the deployment (success, failure, rolled_back, skipped)' }
};
/** Names that mean another metric. */
const ALIASES = { coverage: 'coverage_lines' };
/** The metric a gate name measures (`coverage` → `coverage_lines`). */
function canonicalMetric(name) {
    return ALIASES[name] ?? name;
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
        throw new errors/* UserError */.y(`gate ${name}: ${message}`, { input: origin.input, file: origin.file, line: origin.line, hint });
    };
    if (!/^[A-Za-z_][\w-]*$/.test(name))
        fail('not a metric name (letters, digits, _ and -)');
    const metric = canonicalMetric(name);
    const info = METRICS[metric];
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
            else if (!info.rate && unit !== '%' && threshold > 0 && threshold <= 1) {
                warnings.push({
                    message: `gate ${name}: ${text} means ${threshold}%, not ${threshold * 100}%; write "${threshold * 100}%" if that was meant`,
                    origin
                });
            }
            unit = '%';
            if (threshold < 0 || threshold > 100)
                fail(`${text} is not a percentage from 0 to 100`);
        }
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

/***/ 407:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OY: () => (/* binding */ toData),
/* harmony export */   SK: () => (/* binding */ parseGatesInput),
/* harmony export */   cA: () => (/* binding */ lineOf),
/* harmony export */   hN: () => (/* binding */ parseYaml),
/* harmony export */   hW: () => (/* binding */ loadPhaseDocument)
/* harmony export */ });
/* unused harmony exports MAX_PHASE_BYTES, MAX_YAML_ALIASES, gatesFromMap */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8815);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6512);
/* harmony import */ var _grammar_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9009);
/**
 * Phase documents: Markdown with YAML front matter (`reference/phase-06-deployment.md`). The front
 * matter is read with `yaml` under a small alias budget, so alias bombs are refused, and every gate
 * keeps the line it was written on.
 */




/** Largest phase document read (they are a few KB; anything bigger is not one). */
const MAX_PHASE_BYTES = 1024 * 1024;
/** Aliases allowed in YAML we read: enough for anchors users write, far below a bomb's fan-out. */
const MAX_YAML_ALIASES = 50;
/** Parses YAML text, refusing alias bombs and reporting the first error at its line. */
function parseYaml(text, where) {
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
    return { doc, lines, lineOffset };
}
/** Plain data of a parsed document; an alias bomb ends as a UserError, not an exhausted heap. */
function toData(parsed, where) {
    try {
        return parsed.doc.toJS({ maxAliasCount: MAX_YAML_ALIASES });
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
        if (value === null || value === '') {
            gates.push({ name, removed: true, origin });
            continue;
        }
        try {
            gates.push((0,_grammar_js__WEBPACK_IMPORTED_MODULE_3__/* .parseGate */ .Xi)(name, value, origin, warnings));
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
        if (stat.size > MAX_PHASE_BYTES)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`larger than ${MAX_PHASE_BYTES / 1024} KB, not a phase document`, { input, file: shown });
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
    const parsed = parseYaml(yamlText, { ...where, lineOffset: 1 });
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

/***/ 3794:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   WB: () => (/* binding */ percentileOfSorted),
/* harmony export */   wh: () => (/* binding */ PerfAccumulator)
/* harmony export */ });
/* unused harmony export PERCENTILES */
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
    /** One latency sample in milliseconds. */
    addSample(ms) {
        if (!Number.isFinite(ms) || ms < 0)
            return;
        if (this.sampleCount === this.samples.length) {
            const grown = new Float64Array(this.samples.length * 2);
            grown.set(this.samples);
            this.samples = grown;
        }
        this.samples[this.sampleCount++] = ms;
    }
    /** Requests and failures, for the error rate (reports with samples say them here too). */
    addCounts(requests, failures) {
        this.counted = true;
        this.requests += requests;
        this.failures += failures;
    }
    /** Percentiles a tool computed itself. Counts in it are added as with {@link addCounts}. */
    addSummary(summary) {
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


/***/ })

};
