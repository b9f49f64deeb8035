export const id = 664;
export const ids = [664];
export const modules = {

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

/***/ 3794:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   WB: () => (/* binding */ percentileOfSorted),
/* harmony export */   wh: () => (/* binding */ PerfAccumulator)
/* harmony export */ });
/* unused harmony export PERCENTILES */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6512);
/* harmony import */ var _domain_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4955);
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
        (0,_domain_js__WEBPACK_IMPORTED_MODULE_1__/* .latencyMs */ .zn)(ms, 'latency sample');
        if (this.sampleCount === this.samples.length) {
            const grown = new Float64Array(this.samples.length * 2);
            grown.set(this.samples);
            this.samples = grown;
        }
        this.samples[this.sampleCount++] = ms;
    }
    /** Requests and failures, for the error rate (reports with samples say them here too). */
    addCounts(requests, failures) {
        (0,_domain_js__WEBPACK_IMPORTED_MODULE_1__/* .countValue */ .lA)(requests, 'request count');
        (0,_domain_js__WEBPACK_IMPORTED_MODULE_1__/* .countValue */ .lA)(failures, 'failure count');
        if (failures > requests)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`${failures} failures of ${requests} requests`);
        this.counted = true;
        this.requests += requests;
        this.failures += failures;
    }
    /** Percentiles a tool computed itself. Counts in it are added as with {@link addCounts}. */
    addSummary(summary) {
        for (const key of ['p50', 'p90', 'p95', 'p99'])
            if (summary[key] !== undefined)
                (0,_domain_js__WEBPACK_IMPORTED_MODULE_1__/* .latencyMs */ .zn)(summary[key], key);
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


/***/ })

};
