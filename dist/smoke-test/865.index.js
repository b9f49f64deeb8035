export const id = 865;
export const ids = [865];
export const modules = {

/***/ 9865:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  MAX_BODY_BYTES: () => (/* binding */ MAX_BODY_BYTES),
  MAX_SAMPLES: () => (/* binding */ MAX_SAMPLES),
  ScrapeProvider: () => (/* binding */ ScrapeProvider),
  parseExposition: () => (/* binding */ parseExposition),
  scrapeOnce: () => (/* binding */ scrapeOnce)
});

// EXTERNAL MODULE: ./node_modules/re2js/build/index.js
var build = __webpack_require__(2856);
// EXTERNAL MODULE: ./.build/src/core/errors.js
var errors = __webpack_require__(6512);
;// CONCATENATED MODULE: ./.build/src/core/analysis/promql.js
/**
 * PromQL for the embedded scrape provider: a subset, evaluated between two scrapes of one target.
 *
 * Queries are parsed with Prometheus's own grammar (`@prometheus-io/lezer-promql`, the parser of
 * Prometheus's web UI) and the tree is compiled, type-checked, into closures. The subset:
 * number literals; vector selectors with `=`, `!=`, `=~`, `!~` (regular expressions are RE2,
 * fully anchored, as Prometheus runs them: re2js, linear time); `rate`, `irate`, `increase` over a
 * range selector; `sum`, `avg`, `min`, `max`, `count` with `by` / `without`;
 * `histogram_quantile` over classic bucket series; `+ - * / % ^` and the comparisons (with or
 * without `bool`) between scalars and vectors, vector against vector one-to-one (`on`,
 * `ignoring`); `clamp`, `clamp_min`, `clamp_max`, `abs`, `scalar`, `vector`. Anything else is
 * refused when the query is compiled, naming what is not supported: a real Prometheus runs it.
 *
 * Semantics follow Prometheus's engine (promql/engine.go, promql/functions.go,
 * promql/quantile.go): which operations drop the metric name, how vectors match, Kahan summation in
 * `sum` and `avg`, NaN in `min` / `max`, the bucket handling of `histogram_quantile`.
 */


const SUPPORTED = 'the embedded provider supports only number literals, vector selectors, rate/irate/increase over a range, ' +
    'sum/avg/min/max/count with by/without, histogram_quantile, + - * / % ^ and comparisons (with bool, on, ignoring), ' +
    'clamp, clamp_min, clamp_max, abs, scalar and vector; a real Prometheus (provider: prometheus) runs it all';
/** Longest query accepted: a query is a line of configuration. */
const MAX_QUERY_LENGTH = 10_000;
/** Deepest nesting compiled (the compiler recurses). */
const MAX_DEPTH = 64;
// ---------------------------------------------------------------------------------------------
// Labels
const NAME = '__name__';
/** A label set's identity: its pairs sorted by name. */
function labelKey(labels) {
    return JSON.stringify(Object.keys(labels).sort().map((k) => [k, labels[k]]));
}
/** Prometheus's order of label sets (labels.Compare): pairwise by name, then value, then length. */
function compareLabels(a, b) {
    const ka = Object.keys(a).sort();
    const kb = Object.keys(b).sort();
    for (let i = 0; i < Math.min(ka.length, kb.length); i++) {
        if (ka[i] !== kb[i])
            return ka[i] < kb[i] ? -1 : 1;
        const va = a[ka[i]];
        const vb = b[kb[i]];
        if (va !== vb)
            return va < vb ? -1 : 1;
    }
    return ka.length - kb.length;
}
function dropName(labels) {
    if (!(NAME in labels))
        return labels;
    const out = { ...labels };
    delete out[NAME];
    return out;
}
/** Prometheus refuses a result holding one label set twice (after a name was dropped). */
function checkUnique(samples) {
    const seen = new Set();
    for (const s of samples) {
        const k = labelKey(s.labels);
        if (seen.has(k))
            throw new Error('vector cannot contain metrics with the same labelset');
        seen.add(k);
    }
    return samples;
}
// ---------------------------------------------------------------------------------------------
// Numbers, strings and durations as PromQL writes them
const DURATION_UNITS = { ms: 0.001, s: 1, m: 60, h: 3600, d: 86400, w: 604800, y: 31536000 };
/** A float as Go's strconv.ParseFloat reads it (what Prometheus uses for `le` and literals); NaN when invalid. */
function parseGoFloat(text) {
    const t = text.replace(/_/g, '');
    if (/^[+-]?(inf|infinity)$/i.test(t))
        return t.startsWith('-') ? -Infinity : Infinity;
    if (/^[+-]?nan$/i.test(t))
        return NaN;
    if (/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(t))
        return Number(t);
    if (/^[+-]?0x[0-9a-f]+$/i.test(t))
        return (t.startsWith('-') ? -1 : 1) * parseInt(t.replace(/^[+-]?0x/i, ''), 16);
    return Number.NaN;
}
function isGoFloat(text) {
    return /^[+-]?(inf|infinity|nan)$/i.test(text) || /^[+-]?(\d[\d_]*\.?[\d_]*|\.\d[\d_]*)(e[+-]?\d+)?$/i.test(text) || /^[+-]?0x[0-9a-f_]+$/i.test(text);
}
/** `1h30m` → seconds; null if not a duration. */
function parseDuration(text) {
    if (!/^(\d+(ms|s|m|h|d|w|y))+$/.test(text))
        return null;
    let total = 0;
    for (const m of text.matchAll(/(\d+)(ms|s|m|h|d|w|y)/g))
        total += Number(m[1]) * DURATION_UNITS[m[2]];
    return total;
}
/** A PromQL string literal (Go's quoting rules: "…" and '…' with escapes, `…` raw). */
function unquote(text) {
    const q = text[0];
    const body = text.slice(1, -1);
    if (q === '`')
        return body;
    let out = '';
    for (let i = 0; i < body.length; i++) {
        const c = body[i];
        if (c !== '\\') {
            out += c;
            continue;
        }
        const n = body[++i];
        const simple = { a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '\\': '\\', "'": "'", '"': '"' };
        if (n in simple)
            out += simple[n];
        else if (n === 'x') {
            out += String.fromCharCode(parseInt(body.slice(i + 1, i + 3), 16));
            i += 2;
        }
        else if (n === 'u' || n === 'U') {
            const len = n === 'u' ? 4 : 8;
            out += String.fromCodePoint(parseInt(body.slice(i + 1, i + 1 + len), 16));
            i += len;
        }
        else if (/[0-7]/.test(n)) {
            out += String.fromCharCode(parseInt(body.slice(i, i + 3), 8));
            i += 2;
        }
        else
            throw new Error(`unknown escape sequence \\${n}`);
    }
    return out;
}
function makeMatcher(name, op, value, fail) {
    if (op === '=')
        return { name, op, value, test: (v) => v === value };
    if (op === '!=')
        return { name, op, value, test: (v) => v !== value };
    let re;
    try {
        // Prometheus anchors label regular expressions: `^(?s:…)$` (model/labels/regexp.go).
        re = build/* RE2JS */.L3.compile(`^(?s:${value})$`);
    }
    catch (err) {
        return fail(`invalid regular expression ${JSON.stringify(value)} for label ${name}: ${String(err.message).split('\n')[0]}`);
    }
    const matches = (v) => re.matcher(v).matches();
    return op === '=~' ? { name, op, value, test: matches } : { name, op, value, test: (v) => !matches(v) };
}
/** The samples of a scrape, with `__name__` among their labels, indexed by name (computed once per scrape). */
const indexes = new WeakMap();
function indexOf(scrape) {
    let idx = indexes.get(scrape);
    if (!idx) {
        const byName = new Map();
        const all = [];
        for (const s of scrape.series) {
            const sample = { labels: { ...s.labels, [NAME]: s.name }, value: s.value };
            all.push(sample);
            let list = byName.get(s.name);
            if (!list)
                byName.set(s.name, (list = []));
            list.push(sample);
        }
        idx = { all, byName };
        indexes.set(scrape, idx);
    }
    return idx;
}
function promql_select(scrape, matchers) {
    const idx = indexOf(scrape);
    const byName = matchers.find((m) => m.name === NAME && m.op === '=');
    const pool = byName ? (idx.byName.get(byName.value) ?? []) : idx.all;
    return pool.filter((s) => matchers.every((m) => m.test(s.labels[m.name] ?? '')));
}
// ---------------------------------------------------------------------------------------------
// Operators
const ARITHMETIC = {
    Add: (a, b) => a + b,
    Sub: (a, b) => a - b,
    Mul: (a, b) => a * b,
    Div: (a, b) => a / b,
    // Go's math.Mod: the sign of the dividend, NaN for a zero divisor (JavaScript's % agrees).
    Mod: (a, b) => a % b,
    Pow: (a, b) => Math.pow(a, b),
};
const COMPARISON = {
    Eql: (a, b) => a === b,
    Neq: (a, b) => a !== b,
    Gtr: (a, b) => a > b,
    Lss: (a, b) => a < b,
    Gte: (a, b) => a >= b,
    Lte: (a, b) => a <= b,
};
const OPERATOR_TEXT = { And: 'and', Or: 'or', Unless: 'unless', Atan2: 'atan2', TrimUpper: '</', TrimLower: '>/' };
/** Kahan–Neumaier summation step, as Prometheus's util/kahansum.Inc. */
function kahanInc(inc, sum, c) {
    const t = sum + inc;
    if (!Number.isFinite(t) && !Number.isNaN(t))
        c = 0;
    else if (Math.abs(sum) >= Math.abs(inc))
        c += sum - t + inc;
    else
        c += inc - t + sum;
    return [t, c];
}
/** almost.Equal of Prometheus's util/almost. */
function almostEqual(a, b, epsilon) {
    if (Number.isNaN(a) && Number.isNaN(b))
        return true;
    if (a === b)
        return true;
    const minNormal = 2.2250738585072014e-308;
    const absSum = Math.abs(a) + Math.abs(b);
    const diff = Math.abs(a - b);
    if (a === 0 || b === 0 || absSum < minNormal)
        return diff < epsilon * minNormal;
    return diff / Math.min(absSum, Number.MAX_VALUE) < epsilon;
}
/**
 * BucketQuantile of prometheus/promql/quantile.go: q out of [0,1] → ±Inf, NaN q → NaN; buckets
 * sorted by upper bound; no +Inf bucket → NaN; buckets of one bound merged (coalesceBuckets);
 * relative differences under 1e-12 ignored and decreases removed (ensureMonotonicAndIgnoreSmallDeltas);
 * fewer than 2 buckets or no observations → NaN; a rank in the +Inf bucket → the upper bound of the
 * second highest; a rank in a lowest bucket whose bound is ≤ 0 → that bound; otherwise linear
 * interpolation in the bucket, from 0 for the lowest one.
 */
function bucketQuantile(q, input) {
    if (Number.isNaN(q))
        return NaN;
    if (q < 0)
        return -Infinity;
    if (q > 1)
        return Infinity;
    const sorted = input.map((b) => ({ ...b })).sort((a, b) => a.upperBound - b.upperBound);
    if (sorted[sorted.length - 1].upperBound !== Infinity)
        return NaN;
    const buckets = [];
    for (const b of sorted) {
        const last = buckets[buckets.length - 1];
        if (last && last.upperBound === b.upperBound)
            last.count += b.count;
        else
            buckets.push(b);
    }
    let prev = buckets[0].count;
    for (let i = 1; i < buckets.length; i++) {
        const curr = buckets[i].count;
        if (curr === prev)
            continue;
        if (almostEqual(prev, curr, 1e-12) || curr < prev) {
            buckets[i].count = prev;
            continue;
        }
        prev = curr;
    }
    if (buckets.length < 2)
        return NaN;
    const observations = buckets[buckets.length - 1].count;
    if (observations === 0)
        return NaN;
    let rank = q * observations;
    // sort.Search over all but the last bucket: the first whose count reaches the rank.
    let b = 0;
    while (b < buckets.length - 1 && !(buckets[b].count >= rank))
        b++;
    if (b === buckets.length - 1)
        return buckets[buckets.length - 2].upperBound;
    if (b === 0 && buckets[0].upperBound <= 0)
        return buckets[0].upperBound;
    let bucketStart = 0;
    const bucketEnd = buckets[b].upperBound;
    let count = buckets[b].count;
    if (b > 0) {
        bucketStart = buckets[b - 1].upperBound;
        count -= buckets[b - 1].count;
        rank -= buckets[b - 1].count;
    }
    return bucketStart + (bucketEnd - bucketStart) * (rank / count);
}
// ---------------------------------------------------------------------------------------------
// Compilation
/** The lezer tree as plain nodes (skipping comments), and the first syntax error if any. */
function toTree(text, parse) {
    const tree = parse(text);
    const cursor = tree.cursor();
    let error;
    const walk = () => {
        const node = { name: cursor.type.name, from: cursor.from, to: cursor.to, children: [] };
        if (cursor.type.isError && error === undefined)
            error = cursor.from;
        if (cursor.firstChild()) {
            do {
                if (cursor.type.name !== 'LineComment')
                    node.children.push(walk());
            } while (cursor.nextSibling());
            cursor.parent();
        }
        return node;
    };
    return { root: walk(), error };
}
/** The grammar, loaded once (it is a dependency of the embedded provider only). */
let grammar;
async function loadGrammar() {
    if (!grammar) {
        const { parser } = await __webpack_require__.e(/* import() */ 828).then(__webpack_require__.bind(__webpack_require__, 6828));
        grammar = (t) => parser.parse(t);
    }
    return grammar;
}
/** Loads the PromQL grammar; {@link compileQuery} needs it loaded (ScrapeProvider does this). */
async function loadPromql() {
    await loadGrammar();
}
const FUNCTIONS = new Set(['rate', 'irate', 'increase', 'histogram_quantile', 'clamp', 'clamp_min', 'clamp_max', 'abs', 'scalar', 'vector']);
const AGGREGATIONS = new Set(['sum', 'avg', 'min', 'max', 'count']);
/**
 * Compiles a query of the subset. Throws {@link UserError} (one line, naming `where`) for a query
 * that is not PromQL or uses what the embedded provider does not support. Call
 * {@link loadPromql} once before.
 */
function compileQuery(text, where) {
    const fail = (message) => {
        throw new errors/* UserError */.y(message, { input: where.input, file: where.file, line: where.line });
    };
    if (!grammar)
        throw new Error('compileQuery: the PromQL grammar is not loaded (await loadPromql() first)');
    if (text.length > MAX_QUERY_LENGTH)
        fail(`query longer than ${MAX_QUERY_LENGTH} characters`);
    if (!text.trim())
        fail('empty query');
    const { root, error } = toTree(text, grammar);
    if (error !== undefined)
        fail(`not valid PromQL at column ${error + 1}: ${JSON.stringify(text.slice(error, error + 20) || 'end of query')}`);
    const src = (n) => text.slice(n.from, n.to);
    const unsupported = (what) => fail(`${what} is not supported: ${SUPPORTED}`);
    let needsWindow = false;
    const metricNames = new Set();
    const compile = (n, depth) => {
        if (depth > MAX_DEPTH)
            fail(`query nested deeper than ${MAX_DEPTH} levels`);
        const kids = n.children;
        switch (n.name) {
            case 'PromQL':
                return compile(kids[0], depth + 1);
            case 'ParenExpr':
                return compile(kids[0], depth + 1);
            case 'NumberDurationLiteral': {
                // The grammar reads a sign into the literal (`- 1` in `- - 1`).
                const t = src(n).replace(/^([+-])\s+/, '$1');
                const value = isGoFloat(t) ? parseGoFloat(t) : parseDuration(t);
                if (value === null)
                    return fail(`not a number: ${t}`);
                return { type: 'scalar', eval: () => value };
            }
            case 'StringLiteral':
                return { type: 'string', value: unquote(src(n)) };
            case 'UnaryExpr': {
                const op = src(kids[0]);
                const arg = compile(kids[1], depth + 1);
                if (arg.type === 'scalar')
                    return op === '-' ? { type: 'scalar', eval: (c) => -arg.eval(c) } : arg;
                if (arg.type !== 'vector')
                    return fail(`unary expression only allowed on expressions of type scalar or instant vector, got ${typeName(arg)}`);
                if (op !== '-')
                    return arg;
                return { type: 'vector', eval: (c) => checkUnique(arg.eval(c).map((s) => ({ labels: dropName(s.labels), value: -s.value }))) };
            }
            case 'VectorSelector':
                return { type: 'vector', eval: vectorSelector(n) };
            case 'MatrixSelector': {
                const sel = kids.find((k) => k.name === 'VectorSelector');
                if (!sel)
                    return unsupported(`the range selector ${src(n)}`);
                const f = vectorSelector(sel);
                return { type: 'matrix', select: (scrape) => f({ prev: scrape, cur: scrape }) };
            }
            case 'FunctionCall':
                return functionCall(n, depth);
            case 'AggregateExpr':
                return aggregate(n, depth);
            case 'BinaryExpr':
                return binary(n, depth);
            case 'OffsetExpr':
                return unsupported('the offset modifier');
            case 'StepInvariantExpr':
            case 'AnchoredExpr':
            case 'SmoothedExpr':
                return unsupported(`the modifier in ${src(n)}`);
            case 'SubqueryExpr':
                return unsupported('a subquery');
            default:
                return unsupported(`${JSON.stringify(src(n))}`);
        }
    };
    const typeName = (n) => (n.type === 'matrix' ? 'range vector' : n.type === 'vector' ? 'instant vector' : n.type);
    const vectorSelector = (n) => {
        const matchers = [];
        for (const k of n.children) {
            if (k.name === 'Identifier' || k.name === 'MetricName')
                matchers.push(makeMatcher(NAME, '=', src(k), fail));
            else if (k.name === 'LabelMatchers') {
                for (const m of k.children) {
                    if (m.name === 'UnquotedLabelMatcher' || m.name === 'QuotedLabelMatcher') {
                        const [nameNode, opNode, valueNode] = m.children;
                        const name = nameNode.name === 'LabelName' ? src(nameNode) : unquote(src(nameNode.children[0] ?? nameNode));
                        matchers.push(makeMatcher(name, src(opNode), unquote(src(valueNode)), fail));
                    }
                    else if (m.name === 'StringLiteral' || m.name === 'QuotedLabelName') {
                        // `{"metric.name", …}`: a quoted metric name.
                        matchers.push(makeMatcher(NAME, '=', unquote(src(m.name === 'QuotedLabelName' ? (m.children[0] ?? m) : m)), fail));
                    }
                    else
                        return unsupported(`the selector part ${src(m)}`);
                }
            }
            else
                return unsupported(`the selector part ${src(k)}`);
        }
        if (!matchers.some((m) => !m.test('')))
            fail(`vector selector must contain at least one non-empty matcher: ${src(n)}`);
        for (const m of matchers)
            if (m.name === NAME && m.op === '=')
                metricNames.add(m.value);
        return (c) => promql_select(c.cur, matchers);
    };
    const args = (body, depth) => (body ? body.children.map((k) => compile(k, depth + 1)) : []);
    const functionCall = (n, depth) => {
        const name = src(n.children[0]);
        if (!FUNCTIONS.has(name))
            return unsupported(`the function ${name}()`);
        const a = args(n.children.find((k) => k.name === 'FunctionCallBody'), depth);
        const want = (types) => {
            if (a.length !== types.length)
                fail(`${name}() takes ${types.length} argument${types.length === 1 ? '' : 's'}, got ${a.length}`);
            types.forEach((t, i) => {
                if (a[i].type !== t)
                    fail(`${name}(): argument ${i + 1} must be ${t === 'vector' ? 'an instant vector' : t === 'matrix' ? 'a range vector' : 'a scalar'}, got ${typeName(a[i])}`);
            });
        };
        const mapValues = (f) => {
            const v = a[0];
            return {
                type: 'vector',
                eval: (c) => checkUnique(v.eval(c).flatMap((s) => {
                    const value = f(s.value, c);
                    return value === null ? [] : [{ labels: dropName(s.labels), value }];
                })),
            };
        };
        switch (name) {
            case 'rate':
            case 'irate':
            case 'increase': {
                want(['matrix']);
                needsWindow = true;
                const m = a[0];
                return { type: 'vector', eval: (c) => windowed(name, m, c) };
            }
            case 'histogram_quantile': {
                want(['scalar', 'vector']);
                const q = a[0];
                const v = a[1];
                return { type: 'vector', eval: (c) => histogramQuantile(q.eval(c), v.eval(c)) };
            }
            case 'abs':
                want(['vector']);
                return mapValues((v) => Math.abs(v));
            case 'clamp_min':
            case 'clamp_max': {
                want(['vector', 'scalar']);
                const bound = a[1];
                // Go's math.Max / math.Min: NaN wins.
                const pick = name === 'clamp_min' ? goMax : goMin;
                return mapValues((v, c) => pick(v, bound.eval(c)));
            }
            case 'clamp': {
                want(['vector', 'scalar', 'scalar']);
                const lo = a[1];
                const hi = a[2];
                const inner = mapValues((x, c) => goMax(lo.eval(c), goMin(hi.eval(c), x)));
                // A minimum above the maximum: an empty vector (functions.go funcClamp).
                return { type: 'vector', eval: (c) => (lo.eval(c) > hi.eval(c) ? [] : inner.eval(c)) };
            }
            case 'scalar': {
                want(['vector']);
                const v = a[0];
                return {
                    type: 'scalar',
                    eval: (c) => {
                        const r = v.eval(c);
                        return r.length === 1 ? r[0].value : NaN;
                    },
                };
            }
            case 'vector': {
                want(['scalar']);
                const s = a[0];
                return { type: 'vector', eval: (c) => [{ labels: {}, value: s.eval(c) }] };
            }
        }
        return unsupported(`the function ${name}()`);
    };
    const aggregate = (n, depth) => {
        const opNode = n.children.find((k) => k.name === 'AggregateOp');
        const op = opNode ? src(opNode).toLowerCase() : '';
        if (!AGGREGATIONS.has(op))
            return unsupported(`the aggregation ${op}`);
        const modifier = n.children.find((k) => k.name === 'AggregateModifier');
        const a = args(n.children.find((k) => k.name === 'FunctionCallBody'), depth);
        if (a.length !== 1)
            fail(`${op}() takes 1 argument, got ${a.length}`);
        if (a[0].type !== 'vector')
            fail(`${op}(): expected an instant vector, got ${typeName(a[0])}`);
        const v = a[0];
        const without = modifier?.children.some((k) => k.name === 'Without') ?? false;
        const grouping = (modifier?.children.find((k) => k.name === 'GroupingLabels')?.children ?? []).map((k) => k.name === 'LabelName' ? src(k) : unquote(src(k.children[0] ?? k)));
        const groupLabels = (labels) => {
            const out = {};
            if (without) {
                for (const [k, val] of Object.entries(labels))
                    if (k !== NAME && !grouping.includes(k))
                        out[k] = val;
            }
            else
                for (const k of grouping)
                    if (k in labels)
                        out[k] = labels[k];
            return out;
        };
        return {
            type: 'vector',
            eval: (c) => {
                const groups = new Map();
                for (const s of v.eval(c)) {
                    const labels = groupLabels(s.labels);
                    const key = labelKey(labels);
                    const g = groups.get(key);
                    const f = s.value;
                    if (!g) {
                        groups.set(key, { labels, value: f, c: 0, count: 1, mean: 0, incremental: false });
                        continue;
                    }
                    g.count++;
                    if (op === 'sum')
                        [g.value, g.c] = kahanInc(f, g.value, g.c);
                    else if (op === 'avg') {
                        // engine.go: the direct mean with Kahan summation, incremental once the sum would overflow.
                        if (!g.incremental) {
                            const [nv, nc] = kahanInc(f, g.value, g.c);
                            if (Number.isFinite(nv) || Number.isNaN(nv)) {
                                g.value = nv;
                                g.c = nc;
                                continue;
                            }
                            g.incremental = true;
                            g.mean = g.value / (g.count - 1);
                            g.c /= g.count - 1;
                        }
                        const q = (g.count - 1) / g.count;
                        [g.mean, g.c] = kahanInc(f / g.count, q * g.mean, q * g.c);
                    }
                    else if (op === 'max') {
                        if (g.value < f || Number.isNaN(g.value))
                            g.value = f;
                    }
                    else if (op === 'min') {
                        if (g.value > f || Number.isNaN(g.value))
                            g.value = f;
                    }
                }
                return [...groups.values()].map((g) => {
                    let value = g.value;
                    if (op === 'sum')
                        value = g.value + g.c;
                    else if (op === 'avg')
                        value = g.incremental ? g.mean + g.c : g.value / g.count + g.c / g.count;
                    else if (op === 'count')
                        value = g.count;
                    return { labels: g.labels, value };
                });
            },
        };
    };
    const binary = (n, depth) => {
        const [lhsNode, opNode] = n.children;
        const rhsNode = n.children[n.children.length - 1];
        const op = opNode.name;
        const bool = n.children.some((k) => k.name === 'BoolModifier');
        const matching = n.children.find((k) => k.name === 'MatchingModifierClause');
        if (n.children.some((k) => k.name === 'FillModifier'))
            return unsupported('the fill modifier');
        if (!(op in ARITHMETIC) && !(op in COMPARISON))
            return unsupported(`the operator ${OPERATOR_TEXT[op] ?? src(opNode)}`);
        const comparison = op in COMPARISON;
        if (bool && !comparison)
            fail(`bool modifier can only be used on comparison operators: ${src(n)}`);
        const lhs = compile(lhsNode, depth + 1);
        const rhs = compile(rhsNode, depth + 1);
        for (const side of [lhs, rhs])
            if (side.type !== 'scalar' && side.type !== 'vector')
                fail(`binary expression must contain only scalar and instant vector types, got ${typeName(side)}`);
        const l = lhs;
        const r = rhs;
        const calc = comparison ? null : ARITHMETIC[op];
        const cmp = comparison ? COMPARISON[op] : null;
        if (l.type === 'scalar' && r.type === 'scalar') {
            if (comparison && !bool)
                fail(`comparisons between scalars must use BOOL modifier: ${src(n)}`);
            if (matching)
                fail(`vector matching only allowed between instant vectors: ${src(n)}`);
            return { type: 'scalar', eval: (c) => (cmp ? (cmp(l.eval(c), r.eval(c)) ? 1 : 0) : calc(l.eval(c), r.eval(c))) };
        }
        if (l.type === 'scalar' || r.type === 'scalar') {
            if (matching)
                fail(`vector matching only allowed between instant vectors: ${src(n)}`);
            const swap = l.type === 'scalar';
            const vec = (swap ? r : l);
            const sc = (swap ? l : r);
            return {
                type: 'vector',
                eval: (c) => {
                    const s = sc.eval(c);
                    const out = [];
                    for (const x of vec.eval(c)) {
                        const [a, b] = swap ? [s, x.value] : [x.value, s];
                        if (calc)
                            out.push({ labels: dropName(x.labels), value: calc(a, b) });
                        else {
                            const keep = cmp(a, b);
                            if (bool)
                                out.push({ labels: dropName(x.labels), value: keep ? 1 : 0 });
                            else if (keep)
                                out.push({ labels: x.labels, value: x.value });
                        }
                    }
                    return checkUnique(out);
                },
            };
        }
        // Vector against vector, one-to-one.
        let on = false;
        let matchLabels = [];
        if (matching) {
            if (matching.children.some((k) => k.name === 'GroupLeft' || k.name === 'GroupRight'))
                return unsupported('group_left / group_right (many-to-one matching)');
            on = matching.children.some((k) => k.name === 'On');
            matchLabels = (matching.children.find((k) => k.name === 'GroupingLabels')?.children ?? []).map((k) => k.name === 'LabelName' ? src(k) : unquote(src(k.children[0] ?? k)));
        }
        const signature = (labels) => {
            const sig = {};
            if (on) {
                for (const k of matchLabels)
                    if (k in labels)
                        sig[k] = labels[k];
            }
            else
                for (const [k, val] of Object.entries(labels))
                    if (k !== NAME && !matchLabels.includes(k))
                        sig[k] = val;
            return labelKey(sig);
        };
        const resultLabels = (labels) => {
            let out = calc || bool ? dropName(labels) : { ...labels };
            if (on) {
                const kept = {};
                for (const k of matchLabels)
                    if (k in out)
                        kept[k] = out[k];
                out = kept;
            }
            else
                for (const k of matchLabels)
                    delete out[k];
            return out;
        };
        const L = l;
        const R = r;
        return {
            type: 'vector',
            eval: (c) => {
                const left = L.eval(c);
                const right = R.eval(c);
                if (left.length === 0 || right.length === 0)
                    return [];
                const rightBySig = new Map();
                for (const s of right) {
                    const sig = signature(s.labels);
                    if (rightBySig.has(sig)) {
                        throw new Error(`found duplicate series for the match group on the right hand-side of the operation: many-to-many matching not allowed (${src(rhsNode)})`);
                    }
                    rightBySig.set(sig, s);
                }
                const matched = new Set();
                const out = [];
                for (const ls of left) {
                    const sig = signature(ls.labels);
                    const rs = rightBySig.get(sig);
                    if (!rs)
                        continue;
                    if (matched.has(sig))
                        throw new Error('multiple matches for labels: many-to-one matching must be explicit (group_left/group_right)');
                    matched.add(sig);
                    if (calc)
                        out.push({ labels: resultLabels(ls.labels), value: calc(ls.value, rs.value) });
                    else {
                        const keep = cmp(ls.value, rs.value);
                        if (bool)
                            out.push({ labels: resultLabels(ls.labels), value: keep ? 1 : 0 });
                        else if (keep)
                            out.push({ labels: resultLabels(ls.labels), value: ls.value });
                    }
                }
                return checkUnique(out);
            },
        };
    };
    const node = compile(root, 0);
    if (node.type === 'matrix')
        unsupported(`a range vector as the result (${text.trim()})`);
    if (node.type === 'string')
        unsupported('a string as the result');
    const top = node;
    const evaluateSamples = (prev, cur) => {
        const ctx = { prev, cur };
        if (top.type === 'scalar')
            return { kind: 'scalar', value: top.eval(ctx) };
        const samples = top.eval(ctx).map((s) => ({ labels: s.labels, value: s.value }));
        samples.sort((a, b) => compareLabels(a.labels, b.labels));
        return { kind: 'vector', samples };
    };
    return {
        text,
        needsWindow,
        metricNames: [...metricNames],
        evaluateSamples,
        evaluate(prev, cur) {
            const r = evaluateSamples(prev, cur);
            if (r.kind === 'scalar')
                return r.value;
            return r.samples.length ? r.samples.map((s) => s.value) : null;
        },
    };
}
function goMax(a, b) {
    return Number.isNaN(a) || Number.isNaN(b) ? NaN : Math.max(a, b);
}
function goMin(a, b) {
    return Number.isNaN(a) || Number.isNaN(b) ? NaN : Math.min(a, b);
}
/**
 * rate / irate / increase between the previous scrape and this one.
 *
 * Prometheus's `rate(x[5m])` takes every sample in the last 5 minutes, and extrapolates the
 * increase between the first and last of them to the window's edges (functions.go
 * extrapolatedRate), because its samples rarely sit on the window's edges. Here the window is
 * exactly the two scrapes this provider took, the measurement's own interval, so the counter's
 * increase between them is known exactly and nothing is extrapolated: increase = cur − prev (cur
 * alone when it went down: a counter reset, the process restarted, counting from zero as
 * Prometheus counts it), rate = increase / seconds between the scrapes, and irate, which
 * Prometheus computes from the last two samples, is the same figure. The `[5m]` written in the
 * query is required by the grammar and not used. A series absent from the previous scrape was
 * created in between (client libraries create a labelled counter at its first increment), so it
 * counts from zero; a series gone from this scrape has no value.
 */
function windowed(fn, m, c) {
    const seconds = (c.cur.at - c.prev.at) / 1000;
    if (!(seconds > 0))
        throw new Error(`${fn}() needs two scrapes at different times (these are ${c.cur.at - c.prev.at} ms apart)`);
    const before = new Map(m.select(c.prev).map((s) => [labelKey(s.labels), s.value]));
    const out = [];
    for (const s of m.select(c.cur)) {
        const p = before.get(labelKey(s.labels)) ?? 0;
        const increase = s.value < p ? s.value : s.value - p;
        out.push({ labels: dropName(s.labels), value: fn === 'increase' ? increase : increase / seconds });
    }
    return checkUnique(out);
}
/** functions.go funcHistogramQuantile for classic histograms: buckets grouped by their labels but `le`. */
function histogramQuantile(q, samples) {
    const groups = new Map();
    for (const s of samples) {
        const upperBound = parseGoFloat(s.labels.le ?? '');
        // A bucket whose le is not a float is skipped (Prometheus warns: bad bucket label).
        if (Number.isNaN(upperBound))
            continue;
        const rest = { ...s.labels };
        delete rest.le;
        const key = labelKey(rest);
        let g = groups.get(key);
        if (!g)
            groups.set(key, (g = { labels: dropName(rest), buckets: [] }));
        g.buckets.push({ upperBound, count: s.value });
    }
    return checkUnique([...groups.values()].map((g) => ({ labels: g.labels, value: bucketQuantile(q, g.buckets) })));
}

;// CONCATENATED MODULE: ./.build/src/core/analysis/scrape.js

/** Largest body read. */
const MAX_BODY_BYTES = 16 * 1024 * 1024;
/** Most samples kept from one scrape. */
const MAX_SAMPLES = 200_000;
/** Compiled queries kept per provider. */
const MAX_CACHED_QUERIES = 64;
const METRIC_NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*/;
const LABEL_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*/;
/**
 * The samples of a text-format exposition. Throws an Error (one line, naming the line) for a body
 * that is not the text format, over {@link MAX_BODY_BYTES} or over {@link MAX_SAMPLES} samples.
 * A series written twice keeps its first sample, as Prometheus does.
 */
function parseExposition(text) {
    if (text.length > MAX_BODY_BYTES || Buffer.byteLength(text, 'utf8') > MAX_BODY_BYTES) {
        throw new Error(`the exposition is larger than ${MAX_BODY_BYTES / 1024 / 1024} MiB`);
    }
    const out = [];
    const seen = new Set();
    let lineNo = 0;
    let start = 0;
    while (start <= text.length) {
        let end = text.indexOf('\n', start);
        if (end < 0)
            end = text.length;
        let line = text.slice(start, end);
        start = end + 1;
        lineNo++;
        if (line.endsWith('\r'))
            line = line.slice(0, -1);
        const trimmed = line.replace(/^[ \t]+/, '');
        if (!trimmed || trimmed.startsWith('#'))
            continue;
        const s = parseSampleLine(trimmed, lineNo);
        const key = s.name + '\u0000' + JSON.stringify(Object.entries(s.labels).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
        if (seen.has(key))
            continue;
        seen.add(key);
        if (out.length >= MAX_SAMPLES)
            throw new Error(`the exposition has more than ${MAX_SAMPLES} samples`);
        out.push(s);
    }
    return out;
}
function parseSampleLine(line, lineNo) {
    const bad = (why) => {
        const shown = line.length > 60 ? `${line.slice(0, 60)}…` : line;
        throw new Error(`not the Prometheus text format: line ${lineNo}: ${why}: ${JSON.stringify(shown)}`);
    };
    let i = 0;
    let name = METRIC_NAME.exec(line)?.[0] ?? '';
    i = name.length;
    const labels = {};
    const readQuoted = () => {
        if (line[i] !== '"')
            bad('expected a quoted string');
        i++;
        let out = '';
        for (;;) {
            if (i >= line.length)
                bad('unterminated string');
            const c = line[i++];
            if (c === '"')
                return out;
            if (c === '\\') {
                const n = line[i++];
                if (n === 'n')
                    out += '\n';
                else if (n === '\\' || n === '"')
                    out += n;
                else
                    out += '\\' + (n ?? '');
            }
            else
                out += c;
        }
    };
    if (line[i] === '{') {
        i++;
        for (;;) {
            while (line[i] === ' ' || line[i] === '\t')
                i++;
            if (line[i] === '}') {
                i++;
                break;
            }
            let key;
            if (line[i] === '"')
                key = readQuoted();
            else {
                key = LABEL_NAME.exec(line.slice(i))?.[0] ?? '';
                if (!key)
                    bad('expected a label name');
                i += key.length;
            }
            while (line[i] === ' ' || line[i] === '\t')
                i++;
            if (line[i] === '=') {
                i++;
                while (line[i] === ' ' || line[i] === '\t')
                    i++;
                if (key in labels)
                    bad(`label ${key} given twice`);
                const value = readQuoted();
                // An empty label value is no label, as Prometheus stores it (`identity=""` is dropped).
                if (value !== '')
                    labels[key] = value;
            }
            else if (!name)
                name = key; // `{"metric.name", …}`
            else
                bad('expected "="');
            while (line[i] === ' ' || line[i] === '\t')
                i++;
            if (line[i] === ',')
                i++;
            else if (line[i] !== '}')
                bad('expected "," or "}"');
        }
    }
    if (!name)
        bad('expected a metric name');
    const rest = line.slice(i);
    if (rest && rest[0] !== ' ' && rest[0] !== '\t')
        bad('expected a space before the value');
    const fields = rest.trim().split(/[ \t]+/);
    if (!fields[0] || fields.length > 2)
        bad('expected a value and an optional timestamp');
    const value = parseGoFloat(fields[0]);
    if (Number.isNaN(value) && !/^[+-]?nan$/i.test(fields[0]))
        bad(`not a number: ${fields[0]}`);
    if (fields[1] !== undefined && !/^-?\d+$/.test(fields[1]))
        bad(`not a timestamp: ${fields[1]}`);
    return { name, labels, value };
}
/** What a response's Content-Type says: text format (0.0.4 or unversioned), or what it is. */
function checkContentType(type) {
    if (!type)
        return;
    const [media, ...params] = type.split(';').map((s) => s.trim().toLowerCase());
    if (media !== 'text/plain')
        throw new Error(`not the Prometheus text format: Content-Type ${type}`);
    const version = params.find((p) => p.startsWith('version='))?.slice('version='.length);
    if (version && version !== '0.0.4')
        throw new Error(`not the Prometheus text format 0.0.4: Content-Type ${type}`);
}
/** Reads a body up to `limit` bytes. */
async function readBounded(res, limit) {
    const declared = Number(res.headers.get('content-length'));
    if (declared > limit)
        throw new Error(`the exposition is larger than ${limit / 1024 / 1024} MiB (Content-Length ${declared})`);
    if (!res.body)
        return '';
    const reader = res.body.getReader();
    const chunks = [];
    let size = 0;
    for (;;) {
        const { done, value } = await reader.read();
        if (done)
            break;
        size += value.byteLength;
        if (size > limit) {
            await reader.cancel();
            throw new Error(`the exposition is larger than ${limit / 1024 / 1024} MiB`);
        }
        chunks.push(value);
    }
    return Buffer.concat(chunks).toString('utf8');
}
/** One GET of a `/metrics` URL, parsed. Errors are one line naming the URL. */
async function scrapeOnce(url, opts) {
    const timeout = AbortSignal.timeout(opts.timeoutMs);
    const signal = opts.signal ? AbortSignal.any([opts.signal, timeout]) : timeout;
    let res;
    const at = Date.now();
    try {
        res = await fetch(url, {
            // As Prometheus asks for the text format (scrape/scrape.go's acceptHeader for PrometheusText0.0.4).
            headers: { Accept: 'text/plain;version=0.0.4;q=1,*/*;q=0.1', ...(opts.headers ?? {}) },
            signal,
            redirect: 'follow',
        });
    }
    catch (err) {
        if (timeout.aborted)
            throw new Error(`scrape ${url}: no answer within ${opts.timeoutMs} ms`);
        if (opts.signal?.aborted)
            throw new Error(`scrape ${url}: cancelled`);
        const cause = err.cause;
        throw new Error(`scrape ${url}: unreachable (${cause?.code ?? cause?.message ?? err.message})`);
    }
    try {
        if (!res.ok)
            throw new Error(`HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''}`);
        checkContentType(res.headers.get('content-type'));
        const text = await readBounded(res, MAX_BODY_BYTES);
        return { at, series: parseExposition(text) };
    }
    catch (err) {
        await res.body?.cancel().catch(() => undefined);
        if (timeout.aborted)
            throw new Error(`scrape ${url}: no answer within ${opts.timeoutMs} ms`);
        throw new Error(`scrape ${url}: ${err.message}`);
    }
}
/**
 * phase-gates' embedded provider (`provider: scrape`). `start` takes the first scrape; each
 * `measure` scrapes again and evaluates the query over the window between the previous scrape and
 * this one, which then becomes the previous. A failed scrape keeps the previous one (the next
 * window is longer).
 */
class ScrapeProvider {
    spec;
    opts;
    prev;
    queries = new Map();
    constructor(spec, opts) {
        this.spec = spec;
        this.opts = opts;
    }
    scrape(signal) {
        return scrapeOnce(this.spec.url, { timeoutMs: this.spec.timeoutMs, headers: this.spec.headers, signal });
    }
    compiled(query) {
        let q = this.queries.get(query);
        if (!q) {
            q = compileQuery(query, { input: 'query' });
            if (this.queries.size >= MAX_CACHED_QUERIES)
                this.queries.delete(this.queries.keys().next().value);
            this.queries.set(query, q);
        }
        return q;
    }
    async start(signal) {
        await loadPromql();
        // A bad query is known before the first scrape.
        this.compiled(this.spec.query);
        this.prev = await this.scrape(signal);
    }
    async measure(query, signal) {
        await loadPromql();
        const q = this.compiled(query);
        const cur = await this.scrape(signal);
        const prev = this.prev;
        this.prev = cur;
        if (!prev) {
            // No window yet: an instant query reads this scrape; a rate needs the next one.
            if (q.needsWindow)
                throw new Error(`no previous scrape of ${this.spec.url} yet: rate/irate/increase need two (this one is the first)`);
            return q.evaluate(cur, cur);
        }
        return q.evaluate(prev, cur);
    }
    async close() {
        this.prev = undefined;
        this.queries.clear();
    }
}


/***/ })

};
