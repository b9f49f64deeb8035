export const id = 264;
export const ids = [264];
export const modules = {

/***/ 9264:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PrometheusProvider: () => (/* binding */ PrometheusProvider),
/* harmony export */   resultValue: () => (/* binding */ resultValue),
/* harmony export */   sampleValue: () => (/* binding */ sampleValue)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6512);
/* harmony import */ var _api_get_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5351);
/**
 * The Prometheus provider: a query through Prometheus's HTTP API (`/api/v1/query`, or
 * `/api/v1/query_range` for Argo's `rangeQuery`), its result made a measurement value as Argo
 * Rollouts' provider does (argo-rollouts metricproviders/prometheus/prometheus.go, processResponse):
 * - scalar → its number;
 * - vector → the values of its samples, in the order Prometheus gave them;
 * - matrix → every value of every series, series after series (Argo flattens the same way);
 * - an empty vector or matrix → null (Argo gives `[]`; the shared contract says null, so that
 *   `len(result) == 0` and `result == nil` style conditions have one thing to test);
 * - a string result → an error, as Argo's "Prometheus metric type not supported".
 * Sample values are strings in the API; `NaN`, `+Inf` and `-Inf` become NaN and ±Infinity, as Go's
 * strconv.ParseFloat (which client_golang's model.SampleValue uses) reads them.
 *
 * Errors are one line naming the server: unreachable, a timeout, an HTTP status with Prometheus's
 * own `errorType: error` (`bad_data: 1:5: parse error: …`), an answer that is not JSON. Warnings
 * (`warnings` of the answer) go to `onWarning` and are kept in {@link PrometheusProvider.warnings}.
 */


/** Prometheus's sample value: a number, or `NaN` / `+Inf` / `-Inf` as strings. */
function sampleValue(v) {
    if (typeof v === 'number')
        return v;
    if (typeof v !== 'string')
        throw new Error(`a sample value that is not a string: ${JSON.stringify(v)}`);
    switch (v) {
        case '+Inf':
        case 'Inf':
            return Infinity;
        case '-Inf':
            return -Infinity;
        case 'NaN':
            return NaN;
    }
    const n = Number(v);
    if (v.trim() === '' || Number.isNaN(n))
        throw new Error(`a sample value that is not a number: ${JSON.stringify(v)}`);
    return n;
}
/** `data` of a successful answer → the measurement value (see the module's comment). */
function resultValue(data) {
    const d = data;
    if (!d || typeof d !== 'object')
        throw new Error('no data in the answer');
    const { resultType, result } = d;
    switch (resultType) {
        case 'scalar':
            return sampleValue(result[1]);
        case 'vector': {
            const values = result.map((s) => sampleValue(s.value[1]));
            return values.length ? values : null;
        }
        case 'matrix': {
            const values = [];
            for (const series of result)
                for (const [, v] of series.values ?? [])
                    values.push(sampleValue(v));
            return values.length ? values : null;
        }
        default:
            throw new Error(`a ${String(resultType)} result, which is not a measurement (only scalar, vector and matrix are)`);
    }
}
/** Prometheus's time parameter: Unix seconds with milliseconds. */
const unixSeconds = (d) => (d.getTime() / 1000).toFixed(3);
class PrometheusProvider {
    spec;
    opts;
    /** Every warning Prometheus returned, in order (at most 100). */
    warnings = [];
    base;
    where;
    constructor(spec, opts) {
        this.spec = spec;
        this.opts = opts;
        let base;
        try {
            base = new URL(spec.address);
        }
        catch {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`the Prometheus address ${JSON.stringify(spec.address)} is not a URL`, { hint: 'e.g. http://prometheus.monitoring:9090' });
        }
        if (base.protocol !== 'http:' && base.protocol !== 'https:')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`the Prometheus address ${spec.address} is not http(s)`);
        if (base.search || base.hash)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`the Prometheus address ${spec.address} has a query or fragment; give the base URL only`);
        // A path prefix (Prometheus's --web.route-prefix, or a proxy's) is kept: the API is below it.
        if (!base.pathname.endsWith('/'))
            base.pathname += '/';
        this.base = base;
        this.where = `Prometheus at ${base.origin}`;
        if (spec.range && !opts.range)
            throw new Error('PrometheusProvider: a range query needs opts.range');
    }
    /** The request URL for `query` at `now`. */
    url(query, now) {
        const range = this.spec.range ? this.opts.range : undefined;
        const url = new URL(range ? 'api/v1/query_range' : 'api/v1/query', this.base);
        url.searchParams.set('query', query);
        if (range) {
            const start = range.start(now);
            const end = range.end(now);
            if (!(start.getTime() <= end.getTime()))
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`the range query's start ${start.toISOString()} is after its end ${end.toISOString()}`);
            url.searchParams.set('start', unixSeconds(start));
            url.searchParams.set('end', unixSeconds(end));
            url.searchParams.set('step', String(range.stepSeconds));
        }
        else {
            url.searchParams.set('time', unixSeconds(now));
        }
        // Prometheus's own per-query deadline, a little under ours, so that a slow query says so itself.
        url.searchParams.set('timeout', `${Math.max(1, Math.floor(this.spec.timeoutMs * 0.9))}ms`);
        return url;
    }
    async measure(query, signal) {
        const url = this.url(query, (this.opts.now ?? (() => new Date()))());
        const answer = await (0,_api_get_js__WEBPACK_IMPORTED_MODULE_1__/* .apiGet */ .Vg)(url, { what: 'Prometheus', headers: this.spec.headers, timeoutMs: this.spec.timeoutMs, signal, env: this.opts.env });
        const body = (0,_api_get_js__WEBPACK_IMPORTED_MODULE_1__/* .parseJson */ .qF)(answer, this.where);
        if (body && Array.isArray(body.warnings)) {
            for (const w of body.warnings) {
                const text = String(w);
                if (this.warnings.length < 100)
                    this.warnings.push(text);
                this.opts.onWarning?.(text);
            }
        }
        if (!body || typeof body !== 'object' || body.status !== 'success' || answer.status < 200 || answer.status >= 300) {
            const why = body?.error ? `${body.errorType ? `${body.errorType}: ` : ''}${body.error}` : `answered ${answer.status} without an error`;
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`${this.where}: ${why}`.replace(/[\r\n]+/g, ' '));
        }
        try {
            return resultValue(body.data);
        }
        catch (err) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`${this.where} answered ${err.message}`);
        }
    }
}


/***/ })

};
