export const id = 617;
export const ids = [617];
export const modules = {

/***/ 8785:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   fetchFiringAlerts: () => (/* binding */ fetchFiringAlerts),
/* harmony export */   parseMatchers: () => (/* binding */ parseMatchers)
/* harmony export */ });
/* unused harmony exports parseClassicMatchers, formatMatcher */
/* harmony import */ var re2js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2856);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6512);
/* harmony import */ var _api_get_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5351);
/**
 * Alertmanager during an analysis: label matchers as Alertmanager writes them, and the alerts that
 * fire (active, neither silenced nor inhibited) matching them, through Alertmanager's API v2.
 *
 * The matcher syntax is what Alertmanager reads by default (matcher/compat/parse.go,
 * FallbackMatchersParser, since 0.27): its UTF-8 parser (matcher/parse), falling back to the
 * classic one (pkg/labels/parse.go) — and wherever the classic parser succeeds, its result is the
 * one kept (on disagreement too). So: the classic parser first, ported rule for rule (all that
 * Alertmanager 0.25 reads, in amtool, `filter=` and the config's `*_matchers`); only what it
 * refuses goes to the UTF-8 grammar (quoted label names such as `{"service"="shop"}`, Go string
 * escapes such as `\t` or `\U0001f642` in quoted values); an input both refuse gets the classic
 * parser's message, as Alertmanager gives it. Regular expressions are checked as Alertmanager
 * compiles them: RE2, anchored (`^(?:…)$`), with re2js (a port of RE2, already this project's
 * engine for user patterns).
 */



// As pkg/labels/parse.go: '=~' before '=', lazy value, surrounding white space (Go's ASCII \s) dropped.
const MATCHER = /^[\t\n\f\r ]*([a-zA-Z_:][a-zA-Z0-9_:]*)[\t\n\f\r ]*(=~|=|!=|!~)[\t\n\f\r ]*([\s\S]*?)[\t\n\f\r ]*$/;
const HINT = 'matchers as Alertmanager writes them: service=shop, env!=dev, severity=~"page|critical"';
/** Splits a list at commas outside double quotes, as ParseMatchers does (a `\"` does not open or close a quote). */
function splitMatchers(s) {
    s = s.startsWith('{') ? s.slice(1) : s;
    s = s.endsWith('}') ? s.slice(0, -1) : s;
    const tokens = [];
    let insideQuotes = false;
    let escaped = false;
    let token = '';
    for (const r of s) {
        if (r === ',') {
            if (!insideQuotes) {
                tokens.push(token);
                token = '';
                continue;
            }
        }
        else if (r === '"') {
            if (!escaped)
                insideQuotes = !insideQuotes;
            else
                escaped = false;
        }
        else if (r === '\\') {
            escaped = !escaped;
        }
        else {
            escaped = false;
        }
        token += r;
    }
    if (token.trim() !== '')
        tokens.push(token.trim());
    return tokens;
}
/** One matcher, as ParseMatcher; throws Alertmanager's own message. */
function parseOne(s) {
    const ms = MATCHER.exec(s);
    if (!ms)
        throw new Error(`bad matcher format: ${s}`);
    const [, name, type, raw] = ms;
    let rawValue = raw;
    let expectTrailingQuote = false;
    if (rawValue.startsWith('"')) {
        rawValue = rawValue.slice(1);
        expectTrailingQuote = true;
    }
    let value = '';
    let escaped = false;
    const chars = Array.from(rawValue);
    for (let i = 0; i < chars.length; i++) {
        const r = chars[i];
        if (escaped) {
            escaped = false;
            if (r === 'n')
                value += '\n';
            else if (r === '"' || r === '\\')
                value += r;
            else
                value += '\\' + r; // a spurious escape: the backslash is literal
            continue;
        }
        if (r === '\\') {
            if (i < chars.length - 1)
                escaped = true;
            else
                value += '\\'; // a last backslash is literal
        }
        else if (r === '"') {
            if (!expectTrailingQuote || i < chars.length - 1)
                throw new Error(`matcher value contains unescaped double quote: ${raw}`);
            expectTrailingQuote = false;
        }
        else {
            value += r;
        }
    }
    if (expectTrailingQuote)
        throw new Error(`matcher value contains unescaped double quote: ${raw}`);
    if (type === '=~' || type === '!~') {
        try {
            re2js__WEBPACK_IMPORTED_MODULE_2__/* .RE2JS */ .L3.compile(`^(?:${value})$`);
        }
        catch (err) {
            const m = err.message;
            throw new Error(m.charAt(0).toLowerCase() + m.slice(1));
        }
    }
    return { name, type: type, value };
}
/** Go's unicode.IsSpace. */
const GO_SPACE = /[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/;
/** The UTF-8 lexer's reserved runes (matcher/parse/lexer.go isReserved), besides white space. */
const RESERVED = '{}!=~,\\"\'`';
/** Go's strconv.Unquote of a double-quoted literal, requiring valid UTF-8; undefined when Go refuses it. */
function goUnquote(lit) {
    const body = lit.slice(1, -1);
    if (body.includes('\n'))
        return undefined;
    const bytes = [];
    const enc = new TextEncoder();
    const simple = { a: 7, b: 8, f: 12, n: 10, r: 13, t: 9, v: 11, '\\': 92, '"': 34 };
    for (let i = 0; i < body.length;) {
        const c = body[i];
        if (c !== '\\') {
            const cp = body.codePointAt(i);
            const ch = String.fromCodePoint(cp);
            if (ch === '"')
                return undefined;
            bytes.push(...enc.encode(ch));
            i += ch.length;
            continue;
        }
        const e = body[i + 1];
        if (e === undefined)
            return undefined;
        if (e in simple) {
            bytes.push(simple[e]);
            i += 2;
        }
        else if (e === 'x' || e === 'u' || e === 'U') {
            const n = e === 'x' ? 2 : e === 'u' ? 4 : 8;
            const hex = body.slice(i + 2, i + 2 + n);
            if (!new RegExp(`^[0-9a-fA-F]{${n}}$`).test(hex))
                return undefined;
            const v = parseInt(hex, 16);
            if (e === 'x')
                bytes.push(v);
            else if (v > 0x10ffff || (v >= 0xd800 && v <= 0xdfff))
                return undefined;
            else
                bytes.push(...enc.encode(String.fromCodePoint(v)));
            i += 2 + n;
        }
        else if (/[0-7]/.test(e)) {
            const oct = body.slice(i + 1, i + 4);
            if (!/^[0-7]{3}$/.test(oct) || parseInt(oct, 8) > 255)
                return undefined;
            bytes.push(parseInt(oct, 8));
            i += 4;
        }
        else {
            return undefined;
        }
    }
    try {
        return new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array(bytes));
    }
    catch {
        return undefined;
    }
}
/** The tokens of the UTF-8 lexer (matcher/parse/lexer.go), or undefined where it errs. */
function lexUtf8(input) {
    const chars = Array.from(input);
    const tokens = [];
    for (let i = 0; i < chars.length;) {
        const r = chars[i];
        if (r === '{' || r === '}' || r === ',') {
            tokens.push({ kind: r, text: r });
            i++;
        }
        else if (r === '=' || r === '!') {
            const two = r + (chars[i + 1] ?? '');
            if (two === '=~' || two === '!=' || two === '!~') {
                tokens.push({ kind: 'op', text: two });
                i += 2;
            }
            else if (r === '=') {
                tokens.push({ kind: 'op', text: '=' });
                i++;
            }
            else
                return undefined;
        }
        else if (r === '"') {
            let j = i + 1;
            for (let escaped = false; j < chars.length; j++) {
                if (escaped)
                    escaped = false;
                else if (chars[j] === '\\')
                    escaped = true;
                else if (chars[j] === '"')
                    break;
            }
            if (j >= chars.length)
                return undefined; // missing end "
            tokens.push({ kind: 'quoted', text: chars.slice(i, j + 1).join('') });
            i = j + 1;
        }
        else if (GO_SPACE.test(r)) {
            i++;
        }
        else if (RESERVED.includes(r)) {
            return undefined; // invalid input
        }
        else {
            let j = i;
            while (j < chars.length && !GO_SPACE.test(chars[j]) && !RESERVED.includes(chars[j]))
                j++;
            tokens.push({ kind: 'unquoted', text: chars.slice(i, j).join('') });
            i = j;
        }
    }
    return tokens;
}
/**
 * The UTF-8 parser's grammar (matcher/parse/parse.go): `{`? (matcher (`,` matcher)* `,`?)? `}`?,
 * braces paired, a matcher being name operator value with name and value quoted or not. Its
 * matchers, or undefined where it refuses the input (its messages are never shown: the classic
 * parser's are, as in Alertmanager's fallback).
 */
function parseUtf8(input) {
    const tokens = lexUtf8(input);
    if (!tokens)
        return undefined;
    let i = 0;
    const open = tokens[0]?.kind === '{';
    if (open)
        i++;
    const out = [];
    const text = (t) => (t?.kind === 'quoted' ? goUnquote(t.text) : t?.kind === 'unquoted' ? t.text : undefined);
    while (i < tokens.length && tokens[i].kind !== '}') {
        const name = text(tokens[i]);
        const op = tokens[i + 1];
        const value = text(tokens[i + 2]);
        if (name === undefined || op?.kind !== 'op' || value === undefined)
            return undefined;
        if (op.text === '=~' || op.text === '!~') {
            try {
                re2js__WEBPACK_IMPORTED_MODULE_2__/* .RE2JS */ .L3.compile(`^(?:${value})$`);
            }
            catch {
                return undefined;
            }
        }
        out.push({ name, type: op.text, value });
        i += 3;
        if (tokens[i]?.kind === ',')
            i++;
        else if (i < tokens.length && tokens[i].kind !== '}')
            return undefined;
    }
    if (open !== (tokens[i]?.kind === '}'))
        return undefined;
    if (open)
        i++;
    return i === tokens.length ? out : undefined;
}
/** One list of matchers as Alertmanager's default (fallback) parser reads it; throws the classic parser's message. */
function parseList(input) {
    try {
        return splitMatchers(input).map(parseOne);
    }
    catch (err) {
        const utf8 = parseUtf8(input);
        if (utf8)
            return utf8;
        throw err;
    }
}
/** The classic parser alone (Alertmanager 0.25, and `--enable-feature=classic-mode`); throws its message. */
function parseClassicMatchers(input) {
    return splitMatchers(input).map(parseOne);
}
/**
 * Matchers from an input: one string (`{service="shop", env="production"}`, braces optional,
 * comma separated) or several, each a list. Bad input → UserError naming the input (and file, line).
 */
function parseMatchers(value, where) {
    const out = [];
    for (const item of typeof value === 'string' ? [value] : value) {
        try {
            out.push(...parseList(item));
        }
        catch (err) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(err.message.replace(/[\r\n]+/g, ' '), { input: where.input, file: where.file, line: where.line, hint: HINT });
        }
    }
    return out;
}
/**
 * A matcher as Alertmanager prints it: `name="value"` with the escapes both parsers read (`\\`,
 * `\"`, `\n`); a name the classic parser cannot read is quoted too (only Alertmanager 0.27 and
 * later read that, and only they can hold such a label).
 */
function formatMatcher(m) {
    const quote = (v) => `"${v.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`;
    return `${/^[a-zA-Z_:][a-zA-Z0-9_:]*$/.test(m.name) ? m.name : quote(m.name)}${m.type}${quote(m.value)}`;
}
/**
 * The alerts firing now that match every matcher: `GET /api/v2/alerts` with `active`, not
 * `silenced`, `inhibited` nor `unprocessed`, and one `filter` per matcher (Alertmanager matches);
 * `status.state` is checked to be `active` here too. Errors are one line naming the server.
 */
async function fetchFiringAlerts(address, matchers, opts) {
    let base;
    try {
        base = new URL(address);
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`the Alertmanager address ${JSON.stringify(address)} is not a URL`, { hint: 'e.g. http://alertmanager.monitoring:9093' });
    }
    if (base.protocol !== 'http:' && base.protocol !== 'https:')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`the Alertmanager address ${address} is not http(s)`);
    if (!base.pathname.endsWith('/'))
        base.pathname += '/';
    const url = new URL('api/v2/alerts', base);
    url.search = '';
    for (const [k, v] of [['active', 'true'], ['silenced', 'false'], ['inhibited', 'false'], ['unprocessed', 'false']])
        url.searchParams.set(k, v);
    for (const m of matchers)
        url.searchParams.append('filter', formatMatcher(m));
    const where = `Alertmanager at ${base.origin}`;
    const answer = await (0,_api_get_js__WEBPACK_IMPORTED_MODULE_1__/* .apiGet */ .Vg)(url, { what: 'Alertmanager', headers: opts.headers, timeoutMs: opts.timeoutMs, signal: opts.signal, env: opts.env });
    if (answer.status < 200 || answer.status >= 300) {
        // API v2 errors are a JSON string or plain text (`"bad matcher format: …"`).
        let why = answer.body.trim();
        try {
            const parsed = JSON.parse(why);
            why = typeof parsed === 'string' ? parsed : (parsed.message ?? why);
        }
        catch {
            // plain text
        }
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`${where} answered ${answer.status}: ${why.slice(0, 300)}`.replace(/[\r\n]+/g, ' '));
    }
    const body = (0,_api_get_js__WEBPACK_IMPORTED_MODULE_1__/* .parseJson */ .qF)(answer, where);
    if (!Array.isArray(body))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`${where} answered something other than a list of alerts`);
    const firing = [];
    for (const a of body) {
        if (!a || a.status?.state !== 'active')
            continue;
        const labels = a.labels ?? {};
        const summary = a.annotations?.summary ?? a.annotations?.description;
        firing.push({
            name: labels.alertname ?? '',
            labels,
            startsAt: a.startsAt ?? '',
            ...(summary !== undefined ? { summary } : {}),
            fingerprint: a.fingerprint ?? ''
        });
    }
    return firing;
}


/***/ }),

/***/ 5351:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Vg: () => (/* binding */ apiGet),
/* harmony export */   qF: () => (/* binding */ parseJson)
/* harmony export */ });
/* unused harmony exports MAX_API_BODY_BYTES, proxyFor */
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7067);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4708);
/* harmony import */ var node_tls__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1692);
/* harmony import */ var _cancel_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3361);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6512);
/**
 * One GET of a JSON HTTP API (Prometheus's, Alertmanager's) for the analysis providers, over
 * node:http / node:https rather than undici or Node's global `fetch`:
 * - nothing to load: node:http's parser is llhttp compiled into Node, while undici (and `fetch`,
 *   which is undici inside Node) decodes and compiles llhttp's WebAssembly on first use, the
 *   largest single cost of an action's start-up (src/host/runner-commands.ts); an analysis makes a
 *   few requests a minute, so keep-alive pools and HTTP/2 would buy nothing (no agent: one
 *   connection a request, none left open to keep the process alive);
 * - nothing added to the bundle (ncc), and the proxy from the environment stays in our hands:
 *   Node 20's `fetch` ignores HTTP(S)_PROXY, which Argo's client honours (Go's ProxyFromEnvironment).
 *
 * One deadline covers connect, proxy tunnel, headers and body; the body is read up to a bound;
 * every failure is one line naming the server (`Prometheus at http://… is unreachable: connect
 * ECONNREFUSED`). A cancelled run (the signal) is {@link Cancelled}.
 */





/** Largest answer read (a range query over many series can be large; more is refused, not buffered). */
const MAX_API_BODY_BYTES = 16 * 1024 * 1024;
/** `16 MiB`, or `1024 bytes` below a MiB. */
const bytesText = (n) => (n >= 1024 * 1024 ? `${+(n / 1024 / 1024).toFixed(1)} MiB` : `${n} bytes`);
const LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|\[?::1\]?)$/i;
/** The proxy URL for `url` per the environment, as Go's ProxyFromEnvironment and curl read it; undefined: direct. */
function proxyFor(url, env) {
    if (!env || LOOPBACK.test(url.hostname))
        return undefined;
    const pick = (name) => env[name.toLowerCase()]?.trim() || env[name.toUpperCase()]?.trim() || '';
    const proxy = pick(url.protocol === 'https:' ? 'https_proxy' : 'http_proxy');
    if (!proxy)
        return undefined;
    const host = url.hostname.toLowerCase();
    const port = url.port || (url.protocol === 'https:' ? '443' : '80');
    for (const raw of pick('no_proxy').split(/[\s,]+/)) {
        const entry = raw.toLowerCase();
        if (!entry)
            continue;
        if (entry === '*')
            return undefined;
        const [name, entryPort] = entry.startsWith('[') ? [entry.slice(0, entry.indexOf(']') + 1), entry.split(']:')[1]] : entry.split(':');
        if (entryPort && entryPort !== port)
            continue;
        const bare = name.replace(/^\*?\./, '');
        if (host === bare || host.endsWith(`.${bare}`))
            return undefined;
    }
    try {
        return new URL(proxy.includes('://') ? proxy : `http://${proxy}`);
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .y(`the proxy ${proxy} from the environment is not a URL`);
    }
}
/** A system error's code and text, as `connect ECONNREFUSED` (no address: the message names the server). */
function describe(err) {
    if (err.code && err.syscall)
        return `${err.syscall} ${err.code}`;
    if (err.code)
        return `${err.code}${err.message && !err.message.includes(err.code) ? ` (${err.message})` : ''}`;
    return err.message;
}
/** GET `url`; the status and body (any status: the caller reads the API's own error). */
function apiGet(url, o) {
    const where = `${o.what} at ${url.origin}`;
    const maxBytes = o.maxBytes ?? MAX_API_BODY_BYTES;
    if (o.signal.aborted)
        return Promise.reject(new _cancel_js__WEBPACK_IMPORTED_MODULE_3__/* .Cancelled */ .cJ((0,_cancel_js__WEBPACK_IMPORTED_MODULE_3__/* .signalName */ .yD)(o.signal), `asking ${where}`));
    return new Promise((resolve, reject) => {
        const cleanups = [];
        let settled = false;
        const finish = (err, answer) => {
            if (settled)
                return;
            settled = true;
            for (const c of cleanups)
                c();
            if (err)
                reject(err);
            else
                resolve(answer);
        };
        const fail = (message) => finish(new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .y(`${where} ${message}`));
        const timer = setTimeout(() => fail(`did not answer within ${o.timeoutMs} ms`), o.timeoutMs);
        cleanups.push(() => clearTimeout(timer));
        const onAbort = () => finish(new _cancel_js__WEBPACK_IMPORTED_MODULE_3__/* .Cancelled */ .cJ((0,_cancel_js__WEBPACK_IMPORTED_MODULE_3__/* .signalName */ .yD)(o.signal), `asking ${where}`));
        o.signal.addEventListener('abort', onAbort, { once: true });
        cleanups.push(() => o.signal.removeEventListener('abort', onAbort));
        const headers = { accept: 'application/json', 'user-agent': 'phase-gates', ...o.headers };
        const onResponse = (res) => {
            const declared = Number(res.headers['content-length']);
            if (declared > maxBytes) {
                res.destroy();
                return fail(`answered ${declared} bytes, over the ${bytesText(maxBytes)} read`);
            }
            const chunks = [];
            let size = 0;
            res.on('data', (chunk) => {
                size += chunk.length;
                if (size > maxBytes) {
                    res.destroy();
                    fail(`answered more than ${bytesText(maxBytes)}, the most read`);
                }
                else
                    chunks.push(chunk);
            });
            res.on('end', () => finish(undefined, { status: res.statusCode ?? 0, contentType: String(res.headers['content-type'] ?? ''), body: Buffer.concat(chunks).toString('utf8') }));
            res.on('error', (err) => fail(`broke off its answer: ${describe(err)}`));
        };
        const onError = (err) => fail(`is unreachable: ${describe(err)}`);
        let proxy;
        try {
            proxy = proxyFor(url, o.env);
        }
        catch (err) {
            return finish(err);
        }
        const proxyAuth = proxy?.username ? { 'proxy-authorization': `Basic ${Buffer.from(`${decodeURIComponent(proxy.username)}:${decodeURIComponent(proxy.password)}`).toString('base64')}` } : {};
        const lib = url.protocol === 'https:' ? node_https__WEBPACK_IMPORTED_MODULE_1__ : node_http__WEBPACK_IMPORTED_MODULE_0__;
        let req;
        if (!proxy) {
            req = lib.request(url, { method: 'GET', headers, agent: false }, onResponse);
        }
        else if (url.protocol === 'http:') {
            // A plain-HTTP proxy gets the absolute URL (RFC 9112 §3.2.2).
            req = node_http__WEBPACK_IMPORTED_MODULE_0__.request({ host: proxy.hostname, port: proxy.port || 80, agent: false, method: 'GET', path: url.href, headers: { ...headers, host: url.host, ...proxyAuth } }, onResponse);
        }
        else {
            // HTTPS through a tunnel: CONNECT, then TLS to the server over the proxy's socket.
            const authority = `${url.hostname}:${url.port || 443}`;
            req = node_http__WEBPACK_IMPORTED_MODULE_0__.request({ host: proxy.hostname, port: proxy.port || 80, agent: false, method: 'CONNECT', path: authority, headers: { host: authority, ...proxyAuth } });
            req.on('connect', (res, socket) => {
                if (res.statusCode !== 200) {
                    socket.destroy();
                    return fail(`is unreachable: the proxy ${proxy.host} answered CONNECT with ${res.statusCode}`);
                }
                // No agent: Node uses createConnection only for a request without one.
                const inner = node_https__WEBPACK_IMPORTED_MODULE_1__.request(url, { method: 'GET', headers, createConnection: () => node_tls__WEBPACK_IMPORTED_MODULE_2__.connect({ socket, servername: url.hostname }) }, onResponse);
                inner.on('error', onError);
                cleanups.push(() => inner.destroy());
                inner.end();
            });
        }
        req.on('error', onError);
        cleanups.push(() => req.destroy());
        req.end();
    });
}
/** The JSON of an answer, or an error naming what came instead (an HTML login page, a proxy's text). */
function parseJson(answer, where) {
    try {
        return JSON.parse(answer.body);
    }
    catch {
        const start = answer.body.trim().slice(0, 80).replace(/\s+/g, ' ');
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .y(`${where} answered ${answer.status} with ${answer.contentType || 'no content type'}, not JSON${start ? `: ${JSON.stringify(start)}` : ''}`);
    }
}


/***/ }),

/***/ 6195:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MAX_CONDITION_CHARS: () => (/* binding */ MAX_CONDITION_CHARS),
/* harmony export */   MAX_CONDITION_DEPTH: () => (/* binding */ MAX_CONDITION_DEPTH),
/* harmony export */   MAX_EVALUATION_STEPS: () => (/* binding */ MAX_EVALUATION_STEPS),
/* harmony export */   compileCondition: () => (/* binding */ compileCondition),
/* harmony export */   compileTimeExpression: () => (/* binding */ compileTimeExpression),
/* harmony export */   goDurationMs: () => (/* binding */ goDurationMs),
/* harmony export */   showResult: () => (/* binding */ showResult)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6512);
/* harmony import */ var _suggest_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6161);
/**
 * The expression language of `successCondition` / `failureCondition` and of a range query's
 * `start` / `end`, as Argo Rollouts evaluates them.
 *
 * Argo compiles each condition with expr-lang (github.com/expr-lang/expr) against the environment
 * of `utils/evaluate/evaluate.go` (argoproj/argo-rollouts, `EvalCondition`): `result` (the
 * provider's value: a float64, a []float64 for a Prometheus vector, nil), `asInt`, `asFloat`,
 * `isNaN` (math.IsNaN), `isInf` (math.IsInf(f, 0)), `isNil` and `default`, beside expr-lang's own
 * builtins (`len`, `all`, `any`, `now()`, `duration("5m")`, …). A range query's `start` and `end`
 * go through `EvalTime`: the same language with `isNaN` / `isInf` only, and the value must be a time.
 *
 * Why hand-written: no npm package implements expr-lang. jexl, filtrex and expr-eval (the field's
 * expression packages) each differ where real templates need it: filtrex has `and`/`or`/`not` but
 * no `&&`/`||`/`!`; jexl and expr-eval have no `#` predicates (`all(result, {# < 0.5})`), no
 * `and`/`not` keywords beside the symbols, and none keep expr-lang's integer/float rules (`7 / 2`
 * is 3.5, `%` only on integers, `1 == 1.0`). Every condition of Argo's documentation and examples
 * (test/fixtures/analysis/argo) compiles and evaluates here as expr-lang does; the parser is a
 * Pratt parser with expr-lang's operator precedences (parser/operator/operator.go).
 *
 * Checked against expr-lang v1.17.8 itself (the version Argo pins), run in Argo's environment over
 * 1,120 conditions × results (test/fixtures/analysis/expr-lang): the same truth, or an error where
 * expr-lang errs (at compile time, from the types of the environment, or when run). One choice of
 * ours: the shared contract's `null` result (a Prometheus query with no series) is an empty vector
 * to `len`, `all`, `any`, indexing — what Argo's Prometheus provider passes (`[]float64{}`) — and
 * nil to `default`, `isNil` and `==`, as Argo's nil result is.
 *
 * Integers are BigInts (expr-lang's `int`), floats JS numbers (`float64`), so that `7 / 2`,
 * `7 % 2`, `asInt(result[0])` follow Go. Bounded: text ≤ 2000 characters, nesting ≤ 64.
 */


const MAX_CONDITION_CHARS = 2000;
const MAX_CONDITION_DEPTH = 64;
/** Most steps one evaluation takes (nested predicates over long vectors multiply). */
const MAX_EVALUATION_STEPS = 1_000_000;
/** A duration value (`duration("5m")`, a time minus a time). */
class Duration {
    ms;
    constructor(ms) {
        this.ms = ms;
    }
}
/** expr-lang's binary operators and precedences (parser/operator/operator.go). */
const BINARY = {
    or: { p: 10 },
    '||': { p: 10 },
    and: { p: 15 },
    '&&': { p: 15 },
    '==': { p: 20 },
    '!=': { p: 20 },
    '<': { p: 20 },
    '>': { p: 20 },
    '>=': { p: 20 },
    '<=': { p: 20 },
    in: { p: 20 },
    'not in': { p: 20 },
    contains: { p: 20 },
    startsWith: { p: 20 },
    endsWith: { p: 20 },
    '+': { p: 30 },
    '-': { p: 30 },
    '*': { p: 60 },
    '/': { p: 60 },
    '%': { p: 60 },
    '**': { p: 100, right: true },
    '^': { p: 100, right: true },
    '??': { p: 500 }
};
const UNARY = { not: 50, '!': 50, '-': 90, '+': 90 };
/** Functions with a predicate (closure) as second argument. */
const PREDICATE_FUNCTIONS = new Set(['all', 'any', 'none', 'one', 'filter', 'map', 'count']);
/** Functions: name → [min args, max args]. */
const FUNCTIONS = {
    // Argo's environment (utils/evaluate/evaluate.go)
    asInt: [1, 1],
    asFloat: [1, 1],
    isNaN: [1, 1],
    isInf: [1, 1],
    isNil: [1, 1],
    default: [2, 2],
    // expr-lang builtins
    len: [1, 1],
    all: [2, 2],
    any: [2, 2],
    none: [2, 2],
    one: [2, 2],
    filter: [2, 2],
    map: [2, 2],
    count: [2, 2],
    sum: [1, 1],
    mean: [1, 1],
    min: [1, 99],
    max: [1, 99],
    abs: [1, 1],
    ceil: [1, 1],
    floor: [1, 1],
    round: [1, 1],
    int: [1, 1],
    float: [1, 1],
    first: [1, 1],
    last: [1, 1],
    now: [0, 0],
    duration: [1, 1]
};
/** What `EvalTime` offers (no `result`, no Argo helpers but isNaN / isInf). */
const TIME_EXCLUDED = new Set(['asInt', 'asFloat', 'isNil', 'default']);
const TOKEN = /\s*(?:(0[xX][0-9a-fA-F_]+|\d[\d_]*(?:\.\d+)?(?:[eE][+-]?\d+)?)|("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|`[^`]*`)|([A-Za-z_$][\w$]*)|(\*\*|==|!=|<=|>=|&&|\|\||\?\?|\?\.|\.\.|[-+*/%^<>!()[\]{},.?:#]))/y;
function tokenize(text, fail) {
    const tokens = [];
    TOKEN.lastIndex = 0;
    let pos = 0;
    while (pos < text.length) {
        if (/^\s*$/.test(text.slice(pos)))
            break;
        TOKEN.lastIndex = pos;
        const m = TOKEN.exec(text);
        if (!m) {
            const at = pos + (text.slice(pos).length - text.slice(pos).trimStart().length);
            fail(`unexpected character ${JSON.stringify(text[at])} at column ${at + 1}`);
        }
        const at = m.index + m[0].length - (m[1] ?? m[2] ?? m[3] ?? m[4]).length;
        if (m[1] !== undefined)
            tokens.push({ t: 'num', v: m[1], at });
        else if (m[2] !== undefined)
            tokens.push({ t: 'str', v: m[2], at });
        else if (m[3] !== undefined)
            tokens.push({ t: 'id', v: m[3], at });
        else
            tokens.push({ t: 'op', v: m[4], at });
        pos = TOKEN.lastIndex;
    }
    tokens.push({ t: 'end', v: '', at: text.length });
    return tokens;
}
function unquote(raw) {
    if (raw[0] === '`')
        return raw.slice(1, -1);
    return raw.slice(1, -1).replace(/\\(u[0-9a-fA-F]{4}|.)/g, (_, e) => {
        if (e[0] === 'u' && e.length === 5)
            return String.fromCharCode(parseInt(e.slice(1), 16));
        return { n: '\n', t: '\t', r: '\r', '0': '\0' }[e] ?? e;
    });
}
function parseNumber(raw) {
    const s = raw.replace(/_/g, '');
    if (/^0[xX]/.test(s))
        return BigInt(s);
    if (/[.eE]/.test(s))
        return Number(s);
    return BigInt(s);
}
/** Parses `text` into a tree; `names` are the identifiers the environment offers. */
function parse(text, names, functions, fail) {
    if (text.length > MAX_CONDITION_CHARS)
        fail(`longer than ${MAX_CONDITION_CHARS} characters`);
    if (text.trim() === '')
        fail('empty expression');
    const tokens = tokenize(text, fail);
    let i = 0;
    let depth = 0;
    let closures = 0;
    const peek = () => tokens[i];
    const next = () => tokens[i++];
    const isOp = (v) => peek().t === 'op' && peek().v === v;
    const expect = (v) => {
        const t = next();
        if (t.t !== 'op' || t.v !== v)
            fail(`expected "${v}" at column ${t.at + 1}${t.t === 'end' ? ' (the expression ended)' : `, found ${JSON.stringify(t.v)}`}`);
    };
    const deeper = () => {
        if (++depth > MAX_CONDITION_DEPTH)
            fail(`nested deeper than ${MAX_CONDITION_DEPTH} levels`);
    };
    function binaryOp() {
        const t = peek();
        if (t.t === 'op' && t.v in BINARY && t.v !== '?.' && t.v !== '..')
            return t.v;
        if (t.t === 'id') {
            if (t.v === 'not' && tokens[i + 1].t === 'id' && tokens[i + 1].v === 'in')
                return 'not in';
            if (t.v in BINARY)
                return t.v;
        }
        return undefined;
    }
    function expression(minPrec) {
        deeper();
        let left = unary();
        let previous;
        for (;;) {
            const op = binaryOp();
            if (op !== undefined) {
                const { p, right } = BINARY[op];
                if (p < minPrec)
                    break;
                // parser/parser.go: an operator after `??` at the same level is refused.
                if (previous === '??' && op !== '??')
                    fail(`Operator (${op}) and coalesce expressions (??) cannot be mixed. Wrap either by parentheses.`);
                previous = op;
                i += op === 'not in' ? 2 : 1;
                const rhs = expression(right ? p : p + 1);
                left = { k: 'bin', op, a: left, b: rhs };
                continue;
            }
            if (isOp('?') && minPrec === 0) {
                next();
                const a = expression(0);
                expect(':');
                const b = expression(0);
                left = { k: 'tern', c: left, a, b };
                continue;
            }
            break;
        }
        depth--;
        return left;
    }
    function unary() {
        const t = peek();
        const op = t.t === 'op' && (t.v === '!' || t.v === '-' || t.v === '+') ? t.v : t.t === 'id' && t.v === 'not' ? 'not' : undefined;
        if (op !== undefined) {
            next();
            deeper();
            const x = expression(UNARY[op]);
            depth--;
            return { k: 'un', op, x };
        }
        return postfix(primary());
    }
    function postfix(node) {
        for (;;) {
            if (isOp('.') || isOp('?.')) {
                const opt = next().v === '?.';
                const name = next();
                if (name.t !== 'id')
                    fail(`expected a field name at column ${name.at + 1}`);
                node = { k: 'mem', x: node, name: name.v, opt };
            }
            else if (isOp('[')) {
                next();
                deeper();
                const index = expression(0);
                depth--;
                expect(']');
                node = { k: 'idx', x: node, i: index };
            }
            else
                return node;
        }
    }
    function args(name) {
        const list = [];
        expect('(');
        while (!isOp(')')) {
            if (list.length)
                expect(',');
            if (list.length === 1 && PREDICATE_FUNCTIONS.has(name)) {
                // expr-lang's closure: `{# < 0.5}` or a bare predicate `# < 0.5`.
                closures++;
                let body;
                if (isOp('{')) {
                    next();
                    body = expression(0);
                    expect('}');
                }
                else
                    body = expression(0);
                closures--;
                list.push({ k: 'closure', body });
            }
            else
                list.push(expression(0));
        }
        expect(')');
        return list;
    }
    function primary() {
        const t = next();
        if (t.t === 'num')
            return { k: 'lit', v: parseNumber(t.v) };
        if (t.t === 'str')
            return { k: 'lit', v: unquote(t.v) };
        if (t.t === 'op') {
            if (t.v === '(') {
                const e = expression(0);
                expect(')');
                return e;
            }
            if (t.v === '[') {
                const items = [];
                while (!isOp(']')) {
                    if (items.length)
                        expect(',');
                    items.push(expression(0));
                }
                expect(']');
                return { k: 'arr', items };
            }
            if (t.v === '#') {
                if (closures === 0)
                    fail(`"#" outside a predicate at column ${t.at + 1} (it stands for the element in all(result, {# < 1}))`);
                return { k: 'ptr' };
            }
            fail(t.v === '' ? 'unexpected end of expression' : `unexpected ${JSON.stringify(t.v)} at column ${t.at + 1}`);
        }
        if (t.t === 'end')
            fail('unexpected end of expression');
        const name = t.v;
        if (name === 'true' || name === 'false')
            return { k: 'lit', v: name === 'true' };
        if (name === 'nil')
            return { k: 'lit', v: null };
        if (isOp('(')) {
            if (!functions.has(name))
                fail(`unknown function ${name}()${(0,_suggest_js__WEBPACK_IMPORTED_MODULE_1__/* .didYouMean */ .a)(name, functions)} at column ${t.at + 1}`);
            const list = args(name);
            const [min, max] = FUNCTIONS[name];
            if (list.length < min || list.length > max) {
                fail(`${name}() takes ${min === max ? min : `${min} to ${max}`} argument${max === 1 ? '' : 's'}, given ${list.length}`);
            }
            return { k: 'call', name, args: list };
        }
        if (!names.has(name))
            fail(`unknown name ${name}${(0,_suggest_js__WEBPACK_IMPORTED_MODULE_1__/* .didYouMean */ .a)(name, names)} at column ${t.at + 1}`);
        return { k: 'id', name };
    }
    const tree = expression(0);
    const rest = peek();
    if (rest.t !== 'end')
        fail(`unexpected ${JSON.stringify(rest.v)} at column ${rest.at + 1}`);
    return tree;
}
/** Go's name of a value's type, as expr-lang's messages write it. */
function typeName(v) {
    if (v === null || v === undefined)
        return '<nil>';
    if (typeof v === 'bigint')
        return 'int';
    if (typeof v === 'number')
        return 'float64';
    if (typeof v === 'string')
        return 'string';
    if (typeof v === 'boolean')
        return 'bool';
    if (v instanceof Date)
        return 'time.Time';
    if (v instanceof Duration)
        return 'time.Duration';
    return v.every((x) => typeof x === 'number') && v.length > 0 ? '[]float64' : '[]interface {}';
}
const isNum = (v) => typeof v === 'number' || typeof v === 'bigint';
function show(v) {
    if (Array.isArray(v))
        return `[${v.map(show).join(' ')}]`;
    if (v === null)
        return '<nil>';
    if (typeof v === 'bigint')
        return v.toString();
    if (typeof v === 'number')
        return Number.isNaN(v) ? 'NaN' : v === Infinity ? '+Inf' : v === -Infinity ? '-Inf' : String(v);
    if (v instanceof Date)
        return v.toISOString();
    if (v instanceof Duration)
        return `${v.ms}ms`;
    return String(v);
}
function mismatched(op, a, b) {
    return new Error(`invalid operation: ${op} (mismatched types ${typeName(a)} and ${typeName(b)})`);
}
/** Go's kind of a value for expr-lang's type check of `==` (nil compares with anything). */
function kind(v) {
    return isNum(v) ? 'number' : Array.isArray(v) ? 'array' : v instanceof Date ? 'time' : v instanceof Duration ? 'duration' : typeof v;
}
function equal(a, b, op = '==') {
    // expr-lang's checker refuses `==` between different types: `result == 'true'` with a number.
    if (a !== null && b !== null && kind(a) !== kind(b))
        throw mismatched(op, a, b);
    if (isNum(a) && isNum(b))
        return Number(a) === Number(b);
    if (Array.isArray(a) && Array.isArray(b))
        return a.length === b.length && a.every((x, j) => equal(x, b[j]));
    if (a instanceof Date && b instanceof Date)
        return a.getTime() === b.getTime();
    if (a instanceof Duration && b instanceof Duration)
        return a.ms === b.ms;
    return a === b;
}
function toBool(v, what) {
    if (typeof v !== 'boolean')
        throw new Error(`${what}: expected bool, but got ${typeName(v)}`);
    return v;
}
function arith(op, a, b) {
    if (isNum(a) && isNum(b)) {
        if (typeof a === 'bigint' && typeof b === 'bigint' && op !== '/' && op !== '**' && op !== '^') {
            if (op === '+')
                return a + b;
            if (op === '-')
                return a - b;
            if (op === '*')
                return a * b;
            if (op === '%') {
                if (b === 0n)
                    throw new Error('integer divide by zero');
                return a % b;
            }
        }
        if (op === '%')
            throw mismatched(op, a, b);
        const x = Number(a);
        const y = Number(b);
        if (op === '+')
            return x + y;
        if (op === '-')
            return x - y;
        if (op === '*')
            return x * y;
        if (op === '/')
            return x / y;
        return x ** y;
    }
    if (op === '+' && typeof a === 'string' && typeof b === 'string')
        return a + b;
    if (a instanceof Date && b instanceof Duration && (op === '+' || op === '-'))
        return new Date(a.getTime() + (op === '+' ? b.ms : -b.ms));
    if (a instanceof Duration && b instanceof Date && op === '+')
        return new Date(b.getTime() + a.ms);
    if (a instanceof Date && b instanceof Date && op === '-')
        return new Duration(a.getTime() - b.getTime());
    if (a instanceof Duration && b instanceof Duration && (op === '+' || op === '-'))
        return new Duration(op === '+' ? a.ms + b.ms : a.ms - b.ms);
    if (a instanceof Duration && isNum(b) && op === '*')
        return new Duration(a.ms * Number(b));
    if (isNum(a) && b instanceof Duration && op === '*')
        return new Duration(Number(a) * b.ms);
    throw mismatched(op, a, b);
}
function compare(op, a, b) {
    let x;
    let y;
    if (isNum(a) && isNum(b))
        [x, y] = [Number(a), Number(b)];
    else if (typeof a === 'string' && typeof b === 'string')
        [x, y] = [a, b];
    else if (a instanceof Date && b instanceof Date)
        [x, y] = [a.getTime(), b.getTime()];
    else if (a instanceof Duration && b instanceof Duration)
        [x, y] = [a.ms, b.ms];
    else
        throw mismatched(op, a, b);
    return op === '<' ? x < y : op === '>' ? x > y : op === '<=' ? x <= y : x >= y;
}
/** The elements of `v` for a builtin over arrays; a null result is an empty vector (see below). */
function elements(v, fn) {
    if (v === null)
        return [];
    if (!Array.isArray(v))
        throw new Error(`${fn}(): cannot iterate over ${typeName(v)}`);
    return v;
}
function number(v, fn) {
    if (!isNum(v))
        throw new Error(`${fn}(): expected a number, got ${typeName(v)} ${show(v)}`);
    return Number(v);
}
/** Go's `time.ParseDuration` (shared with the template's durations). */
function goDurationMs(text) {
    const s = text.trim();
    if (s === '0')
        return 0;
    const m = /^([-+]?)((?:(?:\d+(?:\.\d*)?|\.\d+)(?:ns|us|µs|μs|ms|s|m|h))+)$/.exec(s);
    if (!m)
        return undefined;
    const unit = { ns: 1e-6, us: 1e-3, µs: 1e-3, μs: 1e-3, ms: 1, s: 1000, m: 60_000, h: 3_600_000 };
    let total = 0;
    for (const part of m[2].matchAll(/(\d+(?:\.\d*)?|\.\d+)(ns|us|µs|μs|ms|s|m|h)/g))
        total += Number(part[1]) * unit[part[2]];
    return m[1] === '-' ? -total : total;
}
function call(node, env) {
    const { name, args } = node;
    if (PREDICATE_FUNCTIONS.has(name)) {
        const list = elements(ev(args[0], env), name);
        const body = args[1].body;
        const test = (x) => {
            env.ptr.push(x);
            try {
                return ev(body, env);
            }
            finally {
                env.ptr.pop();
            }
        };
        if (name === 'map')
            return list.map(test);
        const truth = (x) => toBool(test(x), `${name}() predicate`);
        if (name === 'all')
            return list.every(truth);
        if (name === 'any')
            return list.some(truth);
        if (name === 'none')
            return !list.some(truth);
        const hits = list.filter(truth);
        if (name === 'filter')
            return hits;
        if (name === 'count')
            return BigInt(hits.length);
        return hits.length === 1; // one
    }
    if (name === 'now')
        return env.now();
    const values = args.map((a) => ev(a, env));
    const [v] = values;
    switch (name) {
        // Argo's `default` and `isNil` look at `result`, whatever their first argument (evaluate.go: defaultFunc, isNilFunc).
        case 'default':
            return env.result === null ? values[1] : env.result;
        case 'isNil':
            return env.result === null;
        case 'isNaN':
            return Number.isNaN(number(v, name));
        case 'isInf': {
            const x = number(v, name);
            return x === Infinity || x === -Infinity;
        }
        case 'asInt':
        case 'int': {
            if (typeof v === 'bigint')
                return v;
            if (typeof v === 'string' && /^[-+]?\d+$/.test(v.trim()))
                return BigInt(v.trim());
            if (typeof v === 'string')
                throw new Error(`${name}(): strconv.ParseInt: parsing ${JSON.stringify(v)}: invalid syntax`);
            const x = number(v, name);
            // Go's int64(x) of NaN, ±Inf or a float out of range is 0x8000000000000000 on amd64 (CVTTSD2SI).
            if (!Number.isFinite(x) || Math.abs(x) >= 2 ** 63)
                return -(2n ** 63n);
            return BigInt(Math.trunc(x));
        }
        case 'asFloat':
        case 'float': {
            if (typeof v === 'string') {
                const x = Number(v.trim());
                if (v.trim() === '' || Number.isNaN(x))
                    throw new Error(`${name}(): strconv.ParseFloat: parsing ${JSON.stringify(v)}: invalid syntax`);
                return x;
            }
            return number(v, name);
        }
        case 'len':
            // A null result is the empty vector Prometheus returned (len(result) == 0, as Argo's docs use it).
            if (v === null)
                return 0n;
            if (typeof v === 'string')
                return BigInt([...v].length);
            if (Array.isArray(v))
                return BigInt(v.length);
            throw new Error(`invalid argument for len (type ${typeName(v)})`);
        case 'sum':
        case 'mean': {
            const list = (isNum(v) && name === 'mean' ? [v] : elements(v, name)).map((x) => number(x, name));
            const total = list.reduce((s, x) => s + x, 0);
            if (name === 'sum')
                return list.length === 0 ? 0n : total;
            return list.length ? total / list.length : 0;
        }
        case 'min':
        case 'max': {
            const list = (values.length === 1 && (Array.isArray(v) || v === null) ? elements(v, name) : values).map((x) => number(x, name));
            if (!list.length)
                return null;
            return name === 'min' ? Math.min(...list) : Math.max(...list);
        }
        case 'abs':
            return typeof v === 'bigint' ? (v < 0n ? -v : v) : Math.abs(number(v, name));
        case 'ceil':
            return Math.ceil(number(v, name));
        case 'floor':
            return Math.floor(number(v, name));
        case 'round':
            return Math.sign(number(v, name)) * Math.round(Math.abs(number(v, name)));
        case 'first':
        case 'last': {
            const list = elements(v, name);
            return list.length ? list[name === 'first' ? 0 : list.length - 1] : null;
        }
        case 'duration': {
            if (typeof v !== 'string')
                throw new Error(`duration(): expected a string, got ${typeName(v)}`);
            const ms = goDurationMs(v);
            if (ms === undefined)
                throw new Error(`time: invalid duration ${JSON.stringify(v)}`);
            return new Duration(ms);
        }
    }
    throw new Error(`unknown function ${name}`);
}
function ev(node, env) {
    if (++env.steps > MAX_EVALUATION_STEPS)
        throw new Error(`evaluation took more than ${MAX_EVALUATION_STEPS.toLocaleString('en-US')} steps`);
    switch (node.k) {
        case 'lit':
            return node.v;
        case 'id':
            return env.result;
        case 'ptr':
            return env.ptr[env.ptr.length - 1];
        case 'arr':
            return node.items.map((n) => ev(n, env));
        case 'tern':
            return toBool(ev(node.c, env), 'ternary condition') ? ev(node.a, env) : ev(node.b, env);
        case 'call':
            return call(node, env);
        case 'un': {
            const x = ev(node.x, env);
            if (node.op === '!' || node.op === 'not')
                return !toBool(x, `operator ${node.op}`);
            if (!isNum(x))
                throw new Error(`invalid operation: ${node.op} (mismatched type ${typeName(x)})`);
            return node.op === '-' ? -x : x;
        }
        case 'mem': {
            const x = ev(node.x, env);
            if (x === null && node.opt)
                return null;
            throw new Error(`cannot fetch ${node.name} from ${typeName(x)}`);
        }
        case 'idx': {
            const x = ev(node.x, env);
            const index = ev(node.i, env);
            const list = x === null ? [] : x;
            if (!Array.isArray(list))
                throw new Error(`cannot fetch ${show(index)} from ${typeName(x)}`);
            if (typeof index !== 'bigint' && !(typeof index === 'number' && Number.isInteger(index)))
                throw new Error(`non-integer index ${show(index)}`);
            const n = Number(index);
            const at = n < 0 ? list.length + n : n;
            if (at < 0 || at >= list.length)
                throw new Error(`index out of range: ${n} (array length is ${list.length})`);
            return list[at];
        }
        case 'bin': {
            const { op } = node;
            if (op === '||' || op === 'or')
                return toBool(ev(node.a, env), `operator ${op}`) || toBool(ev(node.b, env), `operator ${op}`);
            if (op === '&&' || op === 'and')
                return toBool(ev(node.a, env), `operator ${op}`) && toBool(ev(node.b, env), `operator ${op}`);
            if (op === '??') {
                const a = ev(node.a, env);
                return a === null ? ev(node.b, env) : a;
            }
            const a = ev(node.a, env);
            const b = ev(node.b, env);
            switch (op) {
                case '==':
                    return equal(a, b);
                case '!=':
                    return !equal(a, b, '!=');
                case '<':
                case '>':
                case '<=':
                case '>=':
                    return compare(op, a, b);
                case 'in':
                case 'not in': {
                    if (!Array.isArray(b) && b !== null)
                        throw mismatched(op, a, b);
                    const found = (b ?? []).some((x) => a !== null && x !== null && kind(a) === kind(x) && equal(a, x));
                    return op === 'in' ? found : !found;
                }
                case 'contains':
                case 'startsWith':
                case 'endsWith':
                    if (typeof a !== 'string' || typeof b !== 'string')
                        throw mismatched(op, a, b);
                    return op === 'contains' ? a.includes(b) : op === 'startsWith' ? a.startsWith(b) : a.endsWith(b);
                default:
                    return arith(op, a, b);
            }
        }
        case 'closure':
            return ev(node.body, env);
    }
}
function failer(where, text) {
    return (message) => {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`condition ${JSON.stringify(text.length > 120 ? `${text.slice(0, 117)}...` : text)} does not compile: ${message}`, where);
    };
}
/**
 * Compiles a `successCondition` / `failureCondition`; a condition that does not compile is a
 * UserError at `where` (the condition's own message: unknown name, unexpected token, …).
 */
function compileCondition(text, where) {
    const functions = new Set(Object.keys(FUNCTIONS));
    const tree = parse(text, new Set(['result']), functions, failer(where, text));
    return {
        text,
        evaluate(result) {
            const value = ev(tree, { result: result === null ? null : Array.isArray(result) ? [...result] : result, now: () => new Date(), ptr: [], steps: 0 });
            // evaluate.go: a condition must be a bool ("expected bool, but got float64").
            if (typeof value !== 'boolean')
                throw new Error(`expected bool, but got ${typeName(value)}`);
            return value;
        }
    };
}
/**
 * Compiles a range query's `start` / `end` (Argo's `EvalTime`): `now() - duration("5m")`. The
 * value is a time; anything else errs when evaluated ("expected time.Time, but got …").
 */
function compileTimeExpression(text, where) {
    const functions = new Set(Object.keys(FUNCTIONS).filter((f) => !TIME_EXCLUDED.has(f)));
    const tree = parse(text, new Set(), functions, failer(where, text));
    return (now) => {
        const value = ev(tree, { result: null, now: () => now, ptr: [], steps: 0 });
        if (!(value instanceof Date))
            throw new Error(`expected time.Time, but got ${typeName(value)}`);
        return value;
    };
}
/** A value as a measurement message shows it (`[0.081]`, `NaN`, `<nil>`). */
function showResult(result) {
    return show(result);
}


/***/ }),

/***/ 2617:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  readAnalysisReportInput: () => (/* binding */ readAnalysisReportInput),
  telemetryFigures: () => (/* binding */ telemetryFigures)
});

// UNUSED EXPORTS: ANALYSIS_INPUTS, ANALYSIS_REPORT_DEFAULT, ANALYSIS_REPORT_SCHEMA, BAKE_STAGE, EMBEDDED_DEFAULTS, ON_INCONCLUSIVE, analyseStage, embeddedTemplate, parseAnalysisArgs, readAnalysisConfig, readAnalysisReport, recordRun, renderRun

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./.build/src/core/errors.js
var core_errors = __webpack_require__(6512);
// EXTERNAL MODULE: ./.build/src/core/cancel.js
var cancel = __webpack_require__(3361);
// EXTERNAL MODULE: ./.build/src/core/inputs.js
var inputs = __webpack_require__(5146);
// EXTERNAL MODULE: ./.build/src/core/files.js + 2 modules
var files = __webpack_require__(1836);
// EXTERNAL MODULE: ./.build/src/core/gates/phase.js
var phase = __webpack_require__(407);
// EXTERNAL MODULE: ./.build/src/core/schemas.js + 3 modules
var schemas = __webpack_require__(5829);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./.build/src/core/analysis/alertmanager.js
var alertmanager = __webpack_require__(8785);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./.build/src/core/yaml-bounds.js
var yaml_bounds = __webpack_require__(9147);
// EXTERNAL MODULE: ./.build/src/core/analysis/condition.js
var condition = __webpack_require__(6195);
;// CONCATENATED MODULE: ./.build/src/core/analysis/template.js
/**
 * An analysis as Argo Rollouts writes it: a whole `AnalysisTemplate` / `ClusterAnalysisTemplate`
 * (apiVersion, kind, metadata, spec) or just its spec (`args`, `metrics`, `dryRun`), read into an
 * {@link AnalysisSpec} with the line of every node kept for errors.
 *
 * Field names and types are Argo's (pkg/apis/rollouts/v1alpha1/analysis_types.go): `interval` and
 * `initialDelay` are Go durations (`DurationString`, time.ParseDuration), `count`, `failureLimit`,
 * `inconclusiveLimit`, `consecutiveErrorLimit` are int-or-string, `dryRun: [{metricName}]` holds
 * regular expressions matched against metric names (utils/analysis/helpers.go GetDryRunMetrics),
 * the Prometheus provider's `timeout` is in seconds (default 30, metricproviders/prometheus), its
 * `headers` a list of `{key, value}`. Defaults as Argo's: failureLimit 0, inconclusiveLimit 0,
 * consecutiveErrorLimit 4 (utils/defaults/defaults.go DefaultConsecutiveErrorLimit); no `count` and
 * no `interval` is one measurement (Metric.EffectiveCount).
 *
 * phase-gates' additions: `provider.scrape` (the embedded provider), metric `compare` and `gate`,
 * spec-level `alerts`.
 *
 * Choices where Argo differs:
 * - An analysis must end: a metric with an `interval` and no `count` (which Argo measures until the
 *   rollout moves on) is refused, as is a count over 1000 or interval × count over 24 h.
 * - int-or-string fields written `{{args.name}}` are resolved when the template loads, from the
 *   arg's default `value`; an arg without one there is refused (the measurement plan must be known
 *   before the analysis starts).
 * - `args[].valueFrom` (Kubernetes secrets and field refs) and providers other than `prometheus` and
 *   `scrape` are refused, one line each; `measurementRetention` is accepted and not applied (the
 *   run keeps the last 100 measurements of each metric); `consecutiveSuccessLimit` is refused.
 */








/** Args every template may use without declaring them: deploy gives them at run time. */
const template_BUILTIN_ARGS = (/* unused pure expression or super */ null && (['environment', 'version', 'previous-version', 'slot', 'stable-slot', 'deployment-id', 'url', 'stable-url']));
/** Largest analysis file read. */
const MAX_ANALYSIS_BYTES = (/* unused pure expression or super */ null && (1024 * 1024));
const MAX_COUNT = 1000;
const MAX_ANALYSIS_MS = (/* unused pure expression or super */ null && (24 * 3_600_000));
/** Argo's default Prometheus timeout (metricproviders/prometheus/prometheus.go: 30 s). */
const DEFAULT_TIMEOUT_MS = 30_000;
/** Alertmanager looked at every this often when no metric has an interval. */
const DEFAULT_ALERTS_INTERVAL_MS = 10_000;
/** Argo's default consecutiveErrorLimit (utils/defaults/defaults.go). */
const DEFAULT_CONSECUTIVE_ERROR_LIMIT = 4;
/** Argo's providers that phase-gates does not run. */
const ARGO_PROVIDERS = (/* unused pure expression or super */ null && (['web', 'datadog', 'newRelic', 'wavefront', 'kayenta', 'job', 'cloudWatch', 'graphite', 'influxdb', 'skywalking', 'plugin']));
const PROVIDERS = (/* unused pure expression or super */ null && (['prometheus', 'scrape']));
const KINDS = (/* unused pure expression or super */ null && (['AnalysisTemplate', 'ClusterAnalysisTemplate']));
const TOP_KEYS = (/* unused pure expression or super */ null && (['apiVersion', 'kind', 'metadata', 'spec']));
const SPEC_KEYS = (/* unused pure expression or super */ null && (['args', 'metrics', 'dryRun', 'measurementRetention', 'alerts']));
const METRIC_KEYS = (/* unused pure expression or super */ null && (['name', 'interval', 'initialDelay', 'count', 'successCondition', 'failureCondition', 'failureLimit', 'inconclusiveLimit', 'consecutiveErrorLimit', 'consecutiveSuccessLimit', 'provider', 'compare', 'gate']));
const PROMETHEUS_KEYS = (/* unused pure expression or super */ null && (['address', 'query', 'timeout', 'insecure', 'headers', 'rangeQuery', 'authentication']));
const SCRAPE_KEYS = (/* unused pure expression or super */ null && (['url', 'query', 'timeout', 'headers']));
const COMPARE_KEYS = (/* unused pure expression or super */ null && (['tolerance', 'direction', 'confidence', 'minSamples', 'baseline']));
const ALERTS_KEYS = (/* unused pure expression or super */ null && (['address', 'matchers', 'interval', 'timeout', 'headers']));
const GATES = (/* unused pure expression or super */ null && (['error_rate', 'p95_ms']));
const ARG_REF = /\{\{\s*args\.([^{}\s]+)\s*\}\}/g;
function lineOf(ctx, node) {
    const offset = node?.range?.[0];
    return offset === undefined ? undefined : ctx.lines.linePos(offset).line;
}
function err(ctx, node, message, hint, line) {
    return new UserError(message, { input: ctx.input, file: ctx.file, line: lineOf(ctx, node) ?? line, hint });
}
/** Go's time.ParseDuration, in ms; a bad duration is a UserError at `where`. */
function template_parseDuration(text, where) {
    const ms = goDurationMs(String(text));
    if (ms === undefined || ms < 0) {
        throw new UserError(`bad duration ${JSON.stringify(String(text))}: write a Go duration such as 30s, 1m30s, 500ms, 2h`, where);
    }
    return ms;
}
/** The pairs of a mapping node, refusing keys not in `keys` (with a "did you mean"). */
function fields(ctx, node, what, keys) {
    if (!isMap(node))
        throw err(ctx, node, `${what} must be a mapping`);
    const out = new Map();
    for (const pair of node.items) {
        const name = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
        if (!keys.includes(name))
            throw err(ctx, pair.key, `${what}: unknown key "${name}"${didYouMean(name, keys)}`, `known keys: ${keys.join(', ')}`);
        out.set(name, { key: pair.key, value: pair.value });
    }
    return out;
}
function str(ctx, node, what) {
    if (!isScalar(node) || node.value === null || typeof node.value === 'object')
        throw err(ctx, node, `${what} must be a string`);
    return String(node.value);
}
function seq(ctx, node, what) {
    if (!isSeq(node))
        throw err(ctx, node, `${what} must be a list`);
    return node.items;
}
/** Argo's int-or-string: a number, a numeric string, or `{{args.name}}` resolved from the arg's default. */
function intOrString(ctx, node, what, args, min) {
    if (!isScalar(node))
        throw err(ctx, node, `${what} must be an integer`);
    let value = node.value;
    if (typeof value === 'string') {
        const ref = /^\s*\{\{\s*args\.([^{}\s]+)\s*\}\}\s*$/.exec(value);
        if (ref) {
            const arg = args.find((a) => a.name === ref[1]);
            if (arg?.value === undefined) {
                throw err(ctx, node, `${what} ${value} cannot be resolved when the analysis loads`, arg ? `give args ${arg.name} a value` : `declare args ${ref[1]} with a value`);
            }
            value = arg.value;
        }
        value = /^\s*-?\d+\s*$/.test(String(value)) ? Number(value) : value;
    }
    if (typeof value !== 'number' || !Number.isInteger(value))
        throw err(ctx, node, `${what} must be an integer, not ${JSON.stringify(node.value)}`);
    if (value < min)
        throw err(ctx, node, `${what} must be ${min} or more, not ${value}`);
    return value;
}
/** Checks that every `{{args.x}}` of `text` names a declared or built-in arg. */
function checkRefs(ctx, node, text, declared) {
    for (const m of text.matchAll(ARG_REF)) {
        if (!declared.has(m[1])) {
            throw err(ctx, node, `unknown arg "${m[1]}" in {{args.${m[1]}}}${didYouMean(m[1], declared)}`, `declare it under args, or use one given at run time: ${template_BUILTIN_ARGS.join(', ')}`);
        }
    }
}
function timeoutMs(ctx, node, what) {
    if (node === undefined || node === null)
        return DEFAULT_TIMEOUT_MS;
    if (isScalar(node) && typeof node.value === 'number') {
        if (!Number.isFinite(node.value) || node.value <= 0 || node.value > 3600)
            throw err(ctx, node, `${what} must be 1 to 3600 seconds`);
        return node.value * 1000;
    }
    const ms = template_parseDuration(str(ctx, node, what), { input: ctx.input, file: ctx.file, line: lineOf(ctx, node) });
    if (ms <= 0 || ms > 3_600_000)
        throw err(ctx, node, `${what} must be more than 0 and at most 1h`);
    return ms;
}
/** Headers as Argo writes them (`[{key, value}]`) or as a mapping. */
function headers(ctx, node, what, declared) {
    const out = {};
    if (node === undefined || node === null)
        return out;
    if (isMap(node)) {
        for (const [name, { value }] of fields(ctx, node, what, node.items.map((p) => String(p.key.value ?? p.key)))) {
            out[name] = str(ctx, value, `${what}.${name}`);
            checkRefs(ctx, value, out[name], declared);
        }
        return out;
    }
    for (const item of seq(ctx, node, what)) {
        const f = fields(ctx, item, `${what} entry`, ['key', 'value']);
        const key = f.get('key');
        if (!key)
            throw err(ctx, item, `${what} entry needs a key`);
        const value = str(ctx, f.get('value')?.value, `${what} ${str(ctx, key.value, 'key')}`);
        checkRefs(ctx, f.get('value')?.value, value, declared);
        out[str(ctx, key.value, `${what} key`)] = value;
    }
    return out;
}
function readArgs(ctx, node) {
    if (node === undefined || node === null)
        return [];
    const args = [];
    for (const item of seq(ctx, node, 'args')) {
        const f = fields(ctx, item, 'args entry', ['name', 'value', 'valueFrom']);
        const nameNode = f.get('name')?.value;
        if (!nameNode)
            throw err(ctx, item, 'args entry needs a name');
        const name = str(ctx, nameNode, 'args name');
        if (f.has('valueFrom')) {
            throw err(ctx, f.get('valueFrom').key, `args ${name}: valueFrom (Kubernetes secretKeyRef / fieldRef) is not supported here`, `give {{args.${name}}} a value, or pass it at run time`);
        }
        if (args.some((a) => a.name === name))
            throw err(ctx, nameNode, `args ${name} declared twice`);
        const valueNode = f.get('value')?.value;
        const arg = { name, line: lineOf(ctx, item) ?? 1 };
        if (valueNode !== undefined && valueNode !== null) {
            if (!isScalar(valueNode) || valueNode.value === null || typeof valueNode.value === 'object')
                throw err(ctx, valueNode, `args ${name}: value must be a string`);
            arg.value = String(valueNode.value);
        }
        args.push(arg);
    }
    return args;
}
function readProvider(ctx, node, metric, declared, at) {
    if (node === undefined || node === null)
        throw err(ctx, at, `metric ${metric}: provider missing`, 'phase-gates measures with prometheus or scrape');
    if (!isMap(node))
        throw err(ctx, node, `metric ${metric}: provider must be a mapping`);
    const pairs = node.items;
    const names = pairs.map((p) => (isScalar(p.key) ? String(p.key.value) : String(p.key)));
    for (const [i, name] of names.entries()) {
        if (ARGO_PROVIDERS.includes(name)) {
            throw err(ctx, pairs[i].key, `metric ${metric}: provider ${name} is not supported here; phase-gates measures with prometheus or scrape`);
        }
        if (!PROVIDERS.includes(name))
            throw err(ctx, pairs[i].key, `metric ${metric}: unknown provider "${name}"${didYouMean(name, PROVIDERS)}`, 'phase-gates measures with prometheus or scrape');
    }
    if (names.length === 0)
        throw err(ctx, node, `metric ${metric}: provider missing`, 'phase-gates measures with prometheus or scrape');
    if (names.length > 1)
        throw err(ctx, pairs[1].key, `metric ${metric}: two providers (${names.join(', ')}); give one`);
    const kind = names[0];
    const body = pairs[0].value;
    const what = `metric ${metric}: provider.${kind}`;
    const required = (f, key) => {
        const entry = f.get(key);
        if (!entry || entry.value === null)
            throw err(ctx, body ?? pairs[0].key, `${what}: ${key} missing`);
        const value = str(ctx, entry.value, `${what}.${key}`);
        if (value.trim() === '')
            throw err(ctx, entry.value, `${what}.${key} is empty`);
        checkRefs(ctx, entry.value, value, declared);
        return value;
    };
    if (kind === 'scrape') {
        const f = fields(ctx, body, what, SCRAPE_KEYS);
        return {
            kind: 'scrape',
            url: required(f, 'url'),
            query: required(f, 'query'),
            timeoutMs: timeoutMs(ctx, f.get('timeout')?.value, `${what}.timeout`),
            headers: headers(ctx, f.get('headers')?.value, `${what}.headers`, declared)
        };
    }
    const f = fields(ctx, body, what, PROMETHEUS_KEYS);
    if (f.has('authentication'))
        throw err(ctx, f.get('authentication').key, `${what}.authentication (sigv4, oauth2) is not supported here`, 'give an Authorization header under headers');
    const spec = {
        kind: 'prometheus',
        address: required(f, 'address'),
        query: required(f, 'query'),
        timeoutMs: timeoutMs(ctx, f.get('timeout')?.value, `${what}.timeout`),
        headers: headers(ctx, f.get('headers')?.value, `${what}.headers`, declared)
    };
    const range = f.get('rangeQuery');
    if (range) {
        const r = fields(ctx, range.value, `${what}.rangeQuery`, ['start', 'end', 'step']);
        const part = (key) => {
            const entry = r.get(key);
            if (!entry)
                throw err(ctx, range.value, `${what}.rangeQuery: ${key} missing`);
            const text = str(ctx, entry.value, `${what}.rangeQuery.${key}`);
            checkRefs(ctx, entry.value, text, declared);
            const line = lineOf(ctx, entry.value);
            // Checked as written when it holds no args; with args, once rendered at run time.
            if (key === 'step') {
                if (!/\{\{/.test(text))
                    template_parseDuration(text, { input: ctx.input, file: ctx.file, line });
            }
            else if (!/\{\{/.test(text)) {
                const at = compileTimeExpression(text, { input: ctx.input, file: ctx.file, line });
                try {
                    at(new Date());
                }
                catch (e) {
                    throw err(ctx, entry.value, `${what}.rangeQuery.${key} ${JSON.stringify(text)}: ${e.message}`);
                }
            }
            return text;
        };
        spec.range = { start: part('start'), end: part('end'), step: part('step') };
    }
    return spec;
}
function readCompare(ctx, node, metric, declared) {
    const what = `metric ${metric}: compare`;
    const f = fields(ctx, node, what, COMPARE_KEYS);
    const spec = {
        baselineArgs: { slot: '{{args.stable-slot}}', version: '{{args.previous-version}}', url: '{{args.stable-url}}' },
        direction: 'increase',
        tolerancePct: 10,
        confidence: 0.95,
        minSamples: 3
    };
    const tolerance = f.get('tolerance')?.value;
    if (tolerance) {
        const raw = isScalar(tolerance) ? tolerance.value : undefined;
        const m = typeof raw === 'number' ? [String(raw), String(raw)] : typeof raw === 'string' ? /^\s*(\d+(?:\.\d+)?)\s*%?\s*$/.exec(raw) : null;
        if (!m || Number(m[1]) > 1000)
            throw err(ctx, tolerance, `${what}.tolerance must be a percentage such as "10%" (0 to 1000)`);
        spec.tolerancePct = Number(m[1]);
    }
    const direction = f.get('direction')?.value;
    if (direction) {
        const d = str(ctx, direction, `${what}.direction`);
        if (d !== 'increase' && d !== 'decrease' && d !== 'either')
            throw err(ctx, direction, `${what}.direction must be increase, decrease or either, not "${d}"${didYouMean(d, ['increase', 'decrease', 'either'])}`);
        spec.direction = d;
    }
    const confidence = f.get('confidence')?.value;
    if (confidence) {
        const c = isScalar(confidence) ? confidence.value : undefined;
        if (typeof c !== 'number' || !(c >= 0.5 && c <= 0.999))
            throw err(ctx, confidence, `${what}.confidence must be a number from 0.5 to 0.999`);
        spec.confidence = c;
    }
    const minSamples = f.get('minSamples')?.value;
    if (minSamples) {
        const n = isScalar(minSamples) ? minSamples.value : undefined;
        if (typeof n !== 'number' || !Number.isInteger(n) || n < 2 || n > MAX_COUNT)
            throw err(ctx, minSamples, `${what}.minSamples must be an integer from 2 to ${MAX_COUNT}`);
        spec.minSamples = n;
    }
    const baseline = f.get('baseline')?.value;
    if (baseline) {
        if (!isMap(baseline))
            throw err(ctx, baseline, `${what}.baseline must be a mapping of arg names to values`);
        spec.baselineArgs = {};
        for (const pair of baseline.items) {
            const name = str(ctx, pair.key, `${what}.baseline key`);
            if (!declared.has(name))
                throw err(ctx, pair.key, `${what}.baseline: unknown arg "${name}"${didYouMean(name, declared)}`);
            const value = str(ctx, pair.value, `${what}.baseline.${name}`);
            checkRefs(ctx, pair.value, value, declared);
            spec.baselineArgs[name] = value;
        }
    }
    return spec;
}
function readMetric(ctx, node, args, declared) {
    const f = fields(ctx, node, 'metric', METRIC_KEYS);
    const nameNode = f.get('name')?.value;
    if (!nameNode)
        throw err(ctx, node, 'metric needs a name');
    const name = str(ctx, nameNode, 'metric name');
    const line = lineOf(ctx, node) ?? 1;
    const at = (key) => ({ input: ctx.input, file: ctx.file, line: lineOf(ctx, f.get(key)?.value) ?? line });
    if (f.has('consecutiveSuccessLimit'))
        throw err(ctx, f.get('consecutiveSuccessLimit').key, `metric ${name}: consecutiveSuccessLimit is not supported here`, 'use count with failureLimit');
    const duration = (key) => {
        const v = f.get(key)?.value;
        if (v === undefined || v === null)
            return undefined;
        return template_parseDuration(str(ctx, v, `metric ${name}: ${key}`), at(key));
    };
    // The provider first: a template for a provider not run here is refused for that, whatever else.
    const provider = readProvider(ctx, f.get('provider')?.value, name, declared, node);
    const intervalMs = duration('interval');
    const initialDelayMs = duration('initialDelay') ?? 0;
    const countNode = f.get('count')?.value ?? null;
    let count;
    if (countNode === null) {
        // Argo's EffectiveCount: no count and no interval is one measurement; with an interval Argo
        // measures until the rollout moves on, which an analysis here cannot.
        if (intervalMs !== undefined)
            throw err(ctx, f.get('interval').key, `metric ${name}: count missing (an analysis must end: give count with interval)`);
        count = 1;
    }
    else {
        count = intOrString(ctx, countNode, `metric ${name}: count`, args, 1);
        if (count > MAX_COUNT)
            throw err(ctx, countNode, `metric ${name}: count ${count} is over the limit of ${MAX_COUNT}`);
    }
    if (count > 1 && intervalMs === undefined)
        throw err(ctx, countNode, `metric ${name}: interval missing (count ${count} needs the time between measurements)`);
    if ((intervalMs ?? 0) * count > MAX_ANALYSIS_MS)
        throw err(ctx, f.get('interval').value, `metric ${name}: interval × count is over 24h`);
    const limit = (key, fallback) => {
        const v = f.get(key)?.value;
        return v === undefined || v === null ? fallback : intOrString(ctx, v, `metric ${name}: ${key}`, args, 0);
    };
    const condition = (key) => {
        const v = f.get(key)?.value;
        if (v === undefined || v === null)
            return undefined;
        const text = str(ctx, v, `metric ${name}: ${key}`);
        checkRefs(ctx, v, text, declared);
        // With {{args.…}} it compiles once rendered (resolveArgs / run); without, now.
        if (!/\{\{/.test(text))
            compileCondition(text, at(key));
        return text;
    };
    const gateNode = f.get('gate')?.value;
    let gate;
    if (gateNode) {
        const g = str(ctx, gateNode, `metric ${name}: gate`);
        if (!GATES.includes(g))
            throw err(ctx, gateNode, `metric ${name}: gate must be error_rate or p95_ms, not "${g}"${didYouMean(g, GATES)}`);
        gate = g;
    }
    const metric = {
        name,
        line,
        intervalMs: intervalMs ?? 0,
        initialDelayMs,
        count,
        failureLimit: limit('failureLimit', 0),
        inconclusiveLimit: limit('inconclusiveLimit', 0),
        consecutiveErrorLimit: limit('consecutiveErrorLimit', DEFAULT_CONSECUTIVE_ERROR_LIMIT),
        successCondition: condition('successCondition'),
        failureCondition: condition('failureCondition'),
        provider,
        dryRun: false
    };
    if (f.get('compare')?.value)
        metric.compare = readCompare(ctx, f.get('compare').value, name, declared);
    if (gate)
        metric.gate = gate;
    return metric;
}
function readAlerts(ctx, node, declared, metrics) {
    const f = fields(ctx, node, 'alerts', ALERTS_KEYS);
    const line = lineOf(ctx, node) ?? 1;
    const address = f.get('address');
    if (!address)
        throw err(ctx, node, 'alerts: address missing', 'the Alertmanager base URL, e.g. http://alertmanager:9093');
    const addressText = str(ctx, address.value, 'alerts.address');
    checkRefs(ctx, address.value, addressText, declared);
    const m = f.get('matchers');
    if (!m || m.value === null)
        throw err(ctx, node, 'alerts: matchers missing', 'e.g. matchers: ["service=shop", "env=production"]');
    const matchers = [];
    const raw = isSeq(m.value) ? m.value.items.map((item) => str(ctx, item, 'alerts matcher')) : str(ctx, m.value, 'alerts.matchers').split(',');
    for (const text of raw.map((s) => s.trim()).filter((s) => s !== '')) {
        if (!/^[A-Za-z_][A-Za-z0-9_]*\s*(=~|!~|!=|=)\s*\S?/.test(text))
            throw err(ctx, m.value, `alerts: matcher "${text}" is not name=value, name!=value, name=~"regex" or name!~"regex"`);
        checkRefs(ctx, m.value, text, declared);
        // Alertmanager's own matcher syntax (quoting, RE2 regexes), checked now rather than at the first look.
        if (!text.includes('{{'))
            parseMatchers(text, { input: ctx.input, file: ctx.file, line: lineOf(ctx, m.value) });
        matchers.push(text);
    }
    if (!matchers.length)
        throw err(ctx, m.value, 'alerts: matchers is empty (every alert would fail the analysis)');
    const intervals = metrics.map((x) => x.intervalMs).filter((x) => x > 0);
    const intervalNode = f.get('interval')?.value;
    const intervalMs = intervalNode ? template_parseDuration(str(ctx, intervalNode, 'alerts.interval'), { input: ctx.input, file: ctx.file, line: lineOf(ctx, intervalNode) }) : intervals.length ? Math.min(...intervals) : DEFAULT_ALERTS_INTERVAL_MS;
    if (intervalMs < 1000)
        throw err(ctx, intervalNode, 'alerts.interval must be 1s or more');
    return {
        address: addressText,
        matchers,
        intervalMs,
        timeoutMs: timeoutMs(ctx, f.get('timeout')?.value, 'alerts.timeout'),
        headers: headers(ctx, f.get('headers')?.value, 'alerts.headers', declared),
        line
    };
}
/** The spec node of the document: an (Cluster)AnalysisTemplate's `spec`, or the document itself. */
function specNode(ctx, docs) {
    const templates = [];
    let bare;
    for (const doc of docs) {
        const root = doc.contents;
        if (root === null)
            continue;
        if (!isMap(root))
            throw err(ctx, root, 'an analysis must be a mapping: an AnalysisTemplate, or its spec (args, metrics)');
        const kindNode = root.get('kind', true);
        if (kindNode === undefined) {
            if (bare !== undefined || docs.length > 1)
                throw err(ctx, root, 'a YAML document without kind among several; give one analysis');
            bare = root;
            continue;
        }
        const kind = str(ctx, kindNode, 'kind');
        if (!KINDS.includes(kind))
            continue; // a Rollout or a Service beside the template
        const f = fields(ctx, root, kind, TOP_KEYS);
        const meta = f.get('metadata')?.value;
        const name = isMap(meta) ? String(meta.get('name') ?? '') : '';
        templates.push({ name, spec: f.get('spec')?.value ?? null, at: root });
    }
    if (bare)
        return bare;
    if (templates.length === 0)
        throw new UserError(`no AnalysisTemplate in the ${docs.length > 1 ? `${docs.length} YAML documents` : 'YAML'}`, { input: ctx.input, file: ctx.file, line: 1 });
    if (templates.length > 1) {
        throw err(ctx, templates[1].at, `${templates.length} AnalysisTemplates (${templates.map((t) => t.name || '?').join(', ')}); give one per analysis`);
    }
    if (templates[0].spec === null)
        throw err(ctx, templates[0].at, 'AnalysisTemplate without spec');
    return templates[0].spec;
}
/**
 * Reads an analysis from YAML text: an Argo AnalysisTemplate (or ClusterAnalysisTemplate, also
 * among other Kubernetes documents of the same file) or its spec alone. Every error is a UserError
 * at its line.
 */
function template_parseAnalysis(text, opts) {
    const where = { input: opts.input, file: opts.file };
    checkYamlBounds(text, YAML_BOUNDS.input, where);
    const lines = new LineCounter();
    const docs = parseAllDocuments(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true, strict: true });
    const ctx = { ...where, lines };
    if (!Array.isArray(docs))
        throw new UserError('invalid YAML', { ...where, line: 1 });
    for (const doc of docs) {
        const first = doc.errors[0];
        if (first) {
            const line = first.linePos?.[0]?.line ?? lines.linePos(first.pos[0]).line;
            throw new UserError(`invalid YAML: ${first.message.split('\n')[0].replace(/ at line \d+, column \d+.*$/, '')}`, { ...where, line });
        }
    }
    if (docs.length === 0)
        throw new UserError('empty analysis: give an AnalysisTemplate or its spec (args, metrics)', { ...where, line: 1 });
    const spec = specNode(ctx, docs);
    const f = fields(ctx, spec, 'spec', SPEC_KEYS);
    const args = readArgs(ctx, f.get('args')?.value);
    const declared = new Set([...template_BUILTIN_ARGS, ...args.map((a) => a.name)]);
    const metricsNode = f.get('metrics')?.value;
    if (!metricsNode || (isSeq(metricsNode) && metricsNode.items.length === 0))
        throw err(ctx, metricsNode ?? spec, 'no metrics: an analysis measures at least one');
    const metrics = [];
    for (const item of seq(ctx, metricsNode, 'metrics')) {
        const metric = readMetric(ctx, item, args, declared);
        if (metrics.some((m) => m.name === metric.name))
            throw err(ctx, item, `metric ${metric.name}: duplicate name`);
        metrics.push(metric);
    }
    const dryRun = f.get('dryRun')?.value;
    if (dryRun) {
        for (const item of seq(ctx, dryRun, 'dryRun')) {
            const e = fields(ctx, item, 'dryRun entry', ['metricName']);
            const node = e.get('metricName')?.value;
            const pattern = str(ctx, node, 'dryRun metricName');
            let re;
            try {
                re = new RegExp(pattern);
            }
            catch {
                throw err(ctx, node, `dryRun metricName ${JSON.stringify(pattern)} is not a regular expression`);
            }
            // GetDryRunMetrics: a rule that matches no metric is an error ("Rule didn't match any metric name(s)").
            const hits = metrics.filter((m) => re.test(m.name));
            if (!hits.length)
                throw err(ctx, node, `dryRun metricName ${JSON.stringify(pattern)} matches no metric${didYouMean(pattern, metrics.map((m) => m.name))}`);
            for (const m of hits)
                m.dryRun = true;
        }
    }
    const retention = f.get('measurementRetention')?.value;
    if (retention) {
        for (const item of seq(ctx, retention, 'measurementRetention'))
            fields(ctx, item, 'measurementRetention entry', ['metricName', 'limit']);
    }
    const analysis = { source: opts.source, args, metrics };
    const alerts = f.get('alerts')?.value;
    if (alerts)
        analysis.alerts = readAlerts(ctx, alerts, declared, metrics);
    return analysis;
}
/**
 * Reads the analysis of an input: inline YAML, or the path of a `.yml` / `.yaml` file inside the
 * workspace (at most 1 MiB, text).
 */
function template_loadAnalysis(value, opts) {
    const v = value.trim();
    if (v === '')
        throw new UserError('empty: give an AnalysisTemplate inline, or the path of a .yml file holding one', { input: opts.input });
    const oneLine = !/[\r\n]/.test(v);
    if (!(oneLine && !/:\s|:$|^[-[{]/.test(v)))
        return template_parseAnalysis(value, { source: opts.input, input: opts.input });
    if (!/\.ya?ml$/i.test(v))
        throw new UserError(`${v}: an analysis file must end in .yml or .yaml`, { input: opts.input });
    const file = resolveInWorkspace(opts.workspace, v, opts.input);
    const shown = displayPath(opts.workspace, file);
    let stat;
    try {
        stat = statSync(file);
    }
    catch (e) {
        const code = e.code;
        throw new UserError(code === 'ENOENT' ? 'file not found' : `cannot read (${code})`, { input: opts.input, file: shown });
    }
    if (!stat.isFile())
        throw new UserError('not a regular file', { input: opts.input, file: shown });
    if (stat.size > MAX_ANALYSIS_BYTES)
        throw new UserError(`file of ${stat.size.toLocaleString('en-US')} bytes is larger than the limit of ${MAX_ANALYSIS_BYTES.toLocaleString('en-US')} bytes; not read`, { input: opts.input, file: shown });
    const buffer = readFileSync(file);
    if (buffer.includes(0))
        throw new UserError('binary file (it holds NUL bytes), not YAML', { input: opts.input, file: shown });
    return template_parseAnalysis(buffer.toString('utf8'), { source: shown, input: opts.input, file: shown });
}
/**
 * The args an analysis runs with: declared defaults, then `given`. A declared arg with no value
 * given anywhere is a UserError naming it and its line.
 */
function template_resolveArgs(spec, given, input) {
    const out = {};
    for (const arg of spec.args)
        if (arg.value !== undefined)
            out[arg.name] = arg.value;
    for (const [name, value] of Object.entries(given))
        out[name] = value;
    const missing = spec.args.filter((a) => out[a.name] === undefined);
    if (missing.length) {
        const file = spec.source !== input ? spec.source : undefined;
        throw UserError.several(missing.map((a) => new UserError(`args ${a.name} has no value`, { input, file, line: a.line, hint: 'give it a value in the template, or pass it at run time' })));
    }
    return out;
}
/** `{{args.name}}` (spaces allowed, as Argo's templating does) replaced by its value; an unknown arg is a UserError. */
function template_renderArgs(text, args, where) {
    return text.replace(ARG_REF, (_, name) => {
        if (!Object.prototype.hasOwnProperty.call(args, name)) {
            throw new UserError(`unknown arg "${name}" in {{args.${name}}}${didYouMean(name, Object.keys(args))}`, where);
        }
        return args[name];
    });
}

;// CONCATENATED MODULE: ./.build/src/core/analysis/run.js
/**
 * The measurement loop: an {@link AnalysisSpec} measured into an {@link AnalysisRun}, with Argo
 * Rollouts' semantics (argoproj/argo-rollouts, analysis/analysis.go and utils/evaluate/evaluate.go):
 *
 * - Each metric on its own schedule, all concurrently: `initialDelay`, then up to `count`
 *   measurements, the next `interval` after the previous one finished (generateMetricTasks:
 *   `lastMeasurement.FinishedAt.Add(interval)`); after an erring measurement the next comes after
 *   DefaultErrorRetryInterval (10 s) and the error does not count toward `count` (runMeasurements:
 *   only Successful / Failed / Inconclusive increment Count).
 * - A measurement is judged by EvaluateResult: no condition → Successful; only a success condition →
 *   Failed when it is false; only a failure condition → Successful when it is false; both → Failed
 *   when the failure condition holds, Successful when only the success condition holds, else
 *   Inconclusive. A condition that cannot be evaluated, or a provider that throws, is an Error.
 * - A metric is Failed when failed > failureLimit, Inconclusive when inconclusive >
 *   inconclusiveLimit, Error when consecutive errors > consecutiveErrorLimit, checked in that order
 *   with the later winning (assessMetricFailureInconclusiveOrError), else Successful once `count`
 *   measurements are taken (assessMetricStatus).
 * - dryRun metrics are measured and reported but never decide the run (assessRunStatus).
 *
 * Where phase-gates differs, on purpose:
 * - A metric none of whose measurements succeeded (all erred) or returned a value (all empty) is
 *   `Error` — "no measurement succeeded: <last error>" — never Successful: Prometheus down, or a
 *   query that matches nothing, must not pass a release. (Argo's terminated run counts a metric with
 *   no measurement as Successful.)
 * - Fail fast: as soon as a non-dry-run metric fails or a matching alert fires, every other metric
 *   is stopped and the run ends Failed (Argo finishes each metric first).
 * - Alertmanager's firing alerts and the canary-against-baseline comparison (see types.ts).
 * - Each metric keeps its last 100 measurements (Argo: 10 by default, measurementRetention).
 * - Erring measurements are bounded too: at most `count` × (consecutiveErrorLimit + 1), and never
 *   more than `count` + 1000, measurements a metric.
 */




/** Argo's DefaultErrorRetryInterval (analysis/analysis.go). */
const ERROR_RETRY_MS = 10_000;
/**
 * After an error, the next try: Argo's 10 s, or the metric's interval when that is shorter (at
 * least 1 s) — a metric measured every 2 s should not wait 10 s to learn that Prometheus is back.
 */
function errorRetryMs(intervalMs) {
    return Math.min(ERROR_RETRY_MS, Math.max(intervalMs, 1000));
}
/** Measurements kept per metric. */
const KEPT_MEASUREMENTS = 100;
const realClock = {
    now: () => Date.now(),
    sleep: (ms, signal) => (0,cancel/* sleepUnlessCancelled */.xE)(ms, signal, 'analysis')
};
/** A compare metric's value: one number (a one-element vector is its number). */
function single(value, side) {
    if (value === null || typeof value === 'number')
        return value;
    if (value.length === 0)
        return null;
    if (value.length > 1)
        throw new Error(`${side} query returned ${value.length} series; a compare metric needs one number (aggregate it, e.g. sum(...))`);
    return value[0];
}
function renderProvider(p, args, where) {
    const r = (text) => renderArgs(text, args, where);
    const headers = Object.fromEntries(Object.entries(p.headers).map(([k, v]) => [k, r(v)]));
    if (p.kind === 'scrape')
        return { ...p, url: r(p.url), query: r(p.query), headers };
    const out = { ...p, address: r(p.address), query: r(p.query), headers };
    if (p.range)
        out.range = { start: r(p.range.start), end: r(p.range.end), step: r(p.range.step) };
    return out;
}
function prepare(spec, args) {
    return spec.metrics.map((m) => {
        const where = { input: spec.source, line: m.line };
        const provider = renderProvider(m.provider, args, where);
        if (provider.kind === 'prometheus' && provider.range) {
            // Written with args, a range is checked once rendered: before the run, not at its first measurement.
            for (const key of ['start', 'end']) {
                const text = provider.range[key];
                try {
                    compileTimeExpression(text, where)(new Date());
                }
                catch (e) {
                    if (e instanceof UserError)
                        throw e;
                    throw new UserError(`metric ${m.name}: rangeQuery ${key} ${JSON.stringify(text)}: ${e.message}`, where);
                }
            }
            parseDuration(provider.range.step, where);
        }
        const p = {
            spec: m,
            provider,
            query: provider.kind === 'scrape' ? `${provider.url} ${provider.query}` : provider.query
        };
        if (m.successCondition)
            p.success = compileCondition(renderArgs(m.successCondition, args, where), where);
        if (m.failureCondition)
            p.failure = compileCondition(renderArgs(m.failureCondition, args, where), where);
        if (m.compare) {
            const baseArgs = { ...args };
            for (const [name, value] of Object.entries(m.compare.baselineArgs)) {
                // A default mapping whose source deploy could not give (stable-url without slot-urls) leaves
                // the arg unknown for the baseline: a query that uses it says so; one that does not, runs.
                const from = /^\{\{\s*args\.([\w.-]+)\s*\}\}$/.exec(value)?.[1];
                if (from && !(from in args))
                    delete baseArgs[name];
                else
                    baseArgs[name] = renderArgs(value, args, where);
            }
            p.baseline = renderProvider(m.provider, baseArgs, where);
        }
        return p;
    });
}
/** EvaluateResult (utils/evaluate/evaluate.go): the phase of one value, and why. */
function judge(p, value) {
    let success = false;
    let failure = false;
    // evaluate.go: the success condition first, then the failure condition; the first that cannot be evaluated is the error.
    for (const [name, condition] of [['successCondition', p.success], ['failureCondition', p.failure]]) {
        if (!condition)
            continue;
        try {
            const holds = condition.evaluate(value);
            if (name === 'successCondition')
                success = holds;
            else
                failure = holds;
        }
        catch (e) {
            const empty = value === null || (Array.isArray(value) && value.length === 0);
            const why = empty ? 'metric result is nil or empty: no data returned from the metric provider' : e.message;
            return { phase: 'Error', message: `could not evaluate ${name} "${condition.text}": ${why}` };
        }
    }
    if (!p.success && !p.failure)
        return { phase: 'Successful' };
    if (p.success && !p.failure)
        failure = !success;
    if (!p.success && p.failure)
        success = !failure;
    if (failure)
        return { phase: 'Failed', message: p.failure ? `failureCondition ${p.failure.text}` : `successCondition ${p.success.text} not met` };
    if (!success)
        return { phase: 'Inconclusive', message: `neither successCondition ${p.success.text} nor failureCondition ${p.failure.text} met` };
    return { phase: 'Successful' };
}
/** Runs an analysis to its end (or the first failure), measuring every metric concurrently. */
async function run_runAnalysis(spec, ctx) {
    const clock = ctx.clock ?? realClock;
    const iso = () => new Date(clock.now()).toISOString();
    const startedAt = iso();
    const masked = (ctx.maskArgs ?? []).map((n) => ctx.args[n]).filter((v) => typeof v === 'string' && v.length > 0);
    const mask = (text) => masked.reduce((t, secret) => t.split(secret).join('***'), text);
    const shownArgs = Object.fromEntries(Object.entries(ctx.args).map(([k, v]) => [k, ctx.maskArgs?.includes(k) ? '***' : v]));
    const prepared = prepare(spec, ctx.args);
    const cancelled = () => new Cancelled(signalName(ctx.signal), `analysis (${ctx.stage}) stopped`);
    if (ctx.signal.aborted)
        throw cancelled();
    // Stopped by cancellation or by the first failure (fail fast).
    const stop = new AbortController();
    const onAbort = () => stop.abort(ctx.signal.reason);
    ctx.signal.addEventListener('abort', onAbort, { once: true });
    let decidedBy;
    const failFast = (why) => {
        if (decidedBy === undefined)
            decidedBy = why;
        if (!stop.signal.aborted)
            stop.abort('fail-fast');
    };
    const pause = async (ms) => {
        if (stop.signal.aborted)
            return;
        try {
            await clock.sleep(ms, stop.signal);
        }
        catch (e) {
            if (!stop.signal.aborted)
                throw e;
        }
    };
    const emit = (event) => ctx.onEvent?.(event);
    const providers = [];
    const results = [];
    let alerts;
    async function measureMetric(p) {
        const m = p.spec;
        const r = {
            name: m.name,
            phase: 'Successful',
            query: mask(p.query),
            provider: p.provider.kind,
            count: 0,
            successful: 0,
            failed: 0,
            inconclusive: 0,
            error: 0,
            measurements: [],
            dryRun: m.dryRun,
            message: ''
        };
        if (m.gate)
            r.gate = m.gate;
        const canary = ctx.provider(p.provider);
        providers.push(canary);
        const base = p.baseline ? ctx.provider(p.baseline) : undefined;
        if (base)
            providers.push(base);
        const canarySamples = [];
        const baselineSamples = [];
        let consecutiveErrors = 0;
        let lastError = '';
        let withValue = 0;
        let decided;
        const record = (meas) => {
            if (meas.message)
                meas.message = mask(meas.message);
            r.measurements.push(meas);
            if (r.measurements.length > KEPT_MEASUREMENTS)
                r.measurements.shift();
            emit({ type: 'measurement', metric: m.name, measurement: meas });
        };
        try {
            await Promise.all([canary.start?.(stop.signal), base?.start?.(stop.signal)]);
        }
        catch (e) {
            if (stop.signal.aborted)
                return finish();
            r.error++;
            consecutiveErrors++;
            lastError = `start: ${e.message}`;
            record({ phase: 'Error', at: iso(), value: null, message: lastError });
        }
        // The embedded scrape measures between two scrapes: its first measurement comes one interval
        // after the first scrape (start), not a few milliseconds after it.
        await pause(m.initialDelayMs || (m.provider.kind === 'scrape' ? Math.max(m.intervalMs, 1000) : 0));
        const maxAttempts = Math.min(m.count * (m.consecutiveErrorLimit + 1), m.count + 1000);
        let attempts = 0;
        while (!stop.signal.aborted && r.count < m.count && attempts < maxAttempts) {
            attempts++;
            const at = iso();
            let meas;
            try {
                const [c, b] = await Promise.all([canary.measure(p.provider.query, stop.signal), base?.measure(p.baseline.query, stop.signal)]);
                if (stop.signal.aborted)
                    break;
                if (base) {
                    const cv = single(c, 'canary');
                    const bv = single(b ?? null, 'baseline');
                    meas = { phase: 'Successful', at, value: cv, baseline: bv };
                    if (cv !== null && bv !== null) {
                        canarySamples.push(cv);
                        baselineSamples.push(bv);
                    }
                }
                else
                    meas = { phase: 'Successful', at, value: c };
            }
            catch (e) {
                if (stop.signal.aborted)
                    break;
                meas = { phase: 'Error', at, value: null, message: e.message };
            }
            if (meas.phase !== 'Error') {
                const verdict = judge(p, meas.value);
                meas.phase = verdict.phase;
                if (verdict.message)
                    meas.message = verdict.message;
            }
            switch (meas.phase) {
                case 'Successful':
                    r.successful++;
                    break;
                case 'Failed':
                    r.failed++;
                    break;
                case 'Inconclusive':
                    r.inconclusive++;
                    break;
                case 'Error':
                    r.error++;
                    break;
            }
            if (meas.phase === 'Error') {
                consecutiveErrors++;
                lastError = meas.message ?? 'error';
            }
            else {
                r.count++;
                consecutiveErrors = 0;
                if (meas.value !== null && !(Array.isArray(meas.value) && meas.value.length === 0))
                    withValue++;
            }
            record(meas);
            // assessMetricFailureInconclusiveOrError: failed, then inconclusive, then errors (the later wins).
            const last = r.measurements[r.measurements.length - 1];
            const shown = `result ${showResult(last.value)}`;
            if (r.failed > m.failureLimit) {
                decided = { phase: 'Failed', message: `${m.name} failed ${r.failed} of ${r.count} measurements (limit ${m.failureLimit}): ${shown} (${last.message})` };
            }
            if (r.inconclusive > m.inconclusiveLimit) {
                decided = { phase: 'Inconclusive', message: `${m.name} inconclusive ${r.inconclusive} of ${r.count} measurements (limit ${m.inconclusiveLimit}): ${shown} (${last.message})` };
            }
            if (consecutiveErrors > m.consecutiveErrorLimit) {
                decided = { phase: 'Error', message: `${m.name} erred ${consecutiveErrors} times in a row (limit ${m.consecutiveErrorLimit}): ${lastError}` };
            }
            if (decided)
                break;
            if (r.count >= m.count)
                break;
            await pause(meas.phase === 'Error' ? errorRetryMs(m.intervalMs) : m.intervalMs);
        }
        return finish();
        function finish() {
            if (ctx.signal.aborted)
                return r;
            if (!decided && m.compare) {
                if (!ctx.compare)
                    decided = { phase: 'Inconclusive', message: `${m.name}: no comparison of canary and baseline available` };
                else {
                    const c = ctx.compare(canarySamples, baselineSamples, m.compare);
                    r.compare = c;
                    if (c.verdict === 'fail')
                        decided = { phase: 'Failed', message: `${m.name} failed against the baseline: ${c.detail}` };
                    else if (c.verdict === 'inconclusive')
                        decided = { phase: 'Inconclusive', message: `${m.name} inconclusive against the baseline: ${c.detail}` };
                }
            }
            if (!decided && r.successful + r.failed + r.inconclusive === 0) {
                decided = stop.signal.aborted && r.error === 0
                    ? { phase: 'Error', message: `${m.name}: stopped before its first measurement` }
                    : { phase: 'Error', message: `${m.name}: no measurement succeeded: ${lastError || 'none taken'}` };
            }
            if (!decided) {
                // An empty result every time passes only where the conditions say so (as in Argo): a
                // `len(result) == 0 || …` accepts "no 5xx series" on purpose; `result[0] < 0.05` errs on it.
                const stopped = r.count < m.count ? ` (stopped after ${r.count} of ${m.count})` : '';
                const empty = withValue === 0 ? ' (every result was empty: passed by its conditions)' : '';
                decided = { phase: 'Successful', message: `${m.name} successful ${r.successful} of ${r.count} measurements${stopped}, last result ${showResult(r.measurements[r.measurements.length - 1].value)}${empty}` };
            }
            r.phase = decided.phase;
            r.message = mask(decided.message);
            if (r.phase === 'Failed' && !m.dryRun)
                failFast(r.message);
            emit({ type: 'metric', result: r });
            return r;
        }
    }
    async function watchAlerts(a) {
        const address = renderArgs(a.address, ctx.args, { input: spec.source, line: a.line });
        const rendered = {
            ...a,
            address,
            matchers: a.matchers.map((x) => renderArgs(x, ctx.args, { input: spec.source, line: a.line })),
            headers: Object.fromEntries(Object.entries(a.headers).map(([k, v]) => [k, renderArgs(v, ctx.args, { input: spec.source, line: a.line })]))
        };
        alerts = { address: mask(address), matchers: rendered.matchers.map(mask), firing: [], checks: 0, errors: 0 };
        const seen = new Set();
        while (!stop.signal.aborted) {
            alerts.checks++;
            try {
                const firing = await ctx.alerts(rendered, stop.signal);
                if (stop.signal.aborted) {
                    alerts.checks--;
                    break;
                }
                for (const alert of firing) {
                    if (seen.has(alert.fingerprint))
                        continue;
                    seen.add(alert.fingerprint);
                    alerts.firing.push(alert);
                    emit({ type: 'alert', alert });
                    const labels = Object.entries(alert.labels)
                        .filter(([k]) => k !== 'alertname')
                        .map(([k, v]) => `${k}=${JSON.stringify(v)}`)
                        .join(',');
                    failFast(`alert ${alert.name} firing {${labels}}${alert.summary ? `: ${alert.summary}` : ''}`);
                }
            }
            catch (e) {
                if (stop.signal.aborted) {
                    alerts.checks--;
                    break;
                }
                alerts.errors++;
                alerts.lastError = mask(e.message);
            }
            await pause(a.intervalMs);
        }
    }
    const metricsDone = Promise.all(prepared.map((p) => measureMetric(p))).finally(() => {
        // The run ends with its metrics: the alert watch stops too.
        if (!stop.signal.aborted)
            stop.abort('done');
    });
    const watching = spec.alerts && ctx.alerts ? watchAlerts(spec.alerts) : Promise.resolve();
    try {
        const [done] = await Promise.all([metricsDone, watching]);
        results.push(...done);
    }
    catch (e) {
        if (ctx.signal.aborted)
            throw cancelled();
        throw e;
    }
    finally {
        ctx.signal.removeEventListener('abort', onAbort);
        await Promise.allSettled(providers.map((p) => p.close?.()));
    }
    if (ctx.signal.aborted)
        throw cancelled();
    const judged = results.filter((r) => !r.dryRun);
    let phase = 'Successful';
    let message;
    const failed = judged.find((r) => r.phase === 'Failed');
    const firing = alerts?.firing[0];
    const unsure = judged.find((r) => r.phase === 'Inconclusive' || r.phase === 'Error');
    if (decidedBy !== undefined && (failed || firing)) {
        phase = 'Failed';
        message = decidedBy;
    }
    else if (failed) {
        phase = 'Failed';
        message = failed.message;
    }
    else if (unsure) {
        phase = 'Inconclusive';
        message = unsure.message;
    }
    else if (alerts && alerts.checks > 0 && alerts.errors === alerts.checks) {
        phase = 'Inconclusive';
        message = `alerts: Alertmanager at ${alerts.address} did not answer (${alerts.errors} of ${alerts.checks} checks erred): ${alerts.lastError}`;
    }
    else if (spec.alerts && !ctx.alerts) {
        phase = 'Inconclusive';
        message = 'alerts: no Alertmanager client given; alerts not checked';
    }
    else {
        message = judged.length
            ? `all ${judged.length} metric${judged.length === 1 ? '' : 's'} successful: ${judged.map((r) => `${r.name} ${r.successful} of ${r.count}`).join(', ')}${alerts ? `; no alert firing in ${alerts.checks} checks` : ''}`
            : `only dry-run metrics: ${results.map((r) => `${r.name} ${r.phase}`).join(', ')}`;
    }
    const run = {
        stage: ctx.stage,
        source: spec.source,
        startedAt,
        finishedAt: iso(),
        phase,
        message: message.replace(/[\r\n]+/g, ' '),
        args: shownArgs,
        metrics: results
    };
    if (alerts)
        run.alerts = alerts;
    return run;
}

;// CONCATENATED MODULE: ./.build/src/core/analysis/release.js
/**
 * Analysis where a release is decided: the inputs that configure it (`analysis`, `analysis-args`,
 * `on-inconclusive`, `analysis-report-path`), one run at a stage of the release (a canary step, a
 * blue-green switch, smoke-test's post-deploy bake) with every measurement and verdict in the audit
 * log, the decision it leads to, the analysis report every run is added to, and the Phase 07
 * figures read back from that report. deploy, smoke-test and gates-enforcer share it.
 */









const ANALYSIS_REPORT_SCHEMA = 'phase-gates/analysis-report@1';
const ANALYSIS_REPORT_DEFAULT = 'post-deploy/analysis-report.json';
/** `on-inconclusive`: what an inconclusive analysis does to the release. */
const ON_INCONCLUSIVE = (/* unused pure expression or super */ null && (['fail', 'pass', 'rollback']));
const ANALYSIS_INPUTS = {
    analysis: 'analysis',
    args: 'analysis-args',
    onInconclusive: 'on-inconclusive',
    reportPath: 'analysis-report-path'
};
/** The embedded template's thresholds unless analysis-args sets them: 1 % of 5xx answers, p95 500 ms. */
const EMBEDDED_DEFAULTS = { maxErrorRate: 0.01, p95Ms: 500 };
/**
 * The embedded default (`analysis: embedded`): no Prometheus server, only the service. Its own
 * `/metrics` is scraped every interval and judged between scrapes: the share of 5xx answers of
 * `http_requests_total` and the 95th percentile of `http_request_duration_seconds` (prom-client's
 * and most client libraries' names; write an analysis file for others). `analysis-args` may set
 * `interval` (10s), `count` (6), `failure-limit` (1), `max-error-rate` (a ratio) and `p95-ms`.
 * The error share is written `1 - ok / all`, not `5xx / all`: an app that never failed has no 5xx
 * series at all, and its error rate is 0, not "no data". No traffic between two scrapes is no
 * figure (NaN): such a measurement passes, as it shows no error.
 */
function embeddedTemplate(args, defaults) {
    const pick = (name, fallback, valid) => {
        const v = (args[name] ?? '').trim();
        if (v === '')
            return fallback;
        if (!valid.test(v))
            throw new UserError(`${name}: ${JSON.stringify(v)} is not valid for the embedded analysis`, { input: ANALYSIS_INPUTS.args, hint: name === 'interval' ? 'a duration such as 10s' : 'a number' });
        return v;
    };
    const interval = pick('interval', '10s', /^\d+(\.\d+)?(ms|s|m)$/);
    const count = pick('count', '6', /^\d{1,4}$/);
    const failureLimit = pick('failure-limit', '1', /^\d{1,4}$/);
    const maxErrorRate = pick('max-error-rate', String(defaults.maxErrorRate), /^(\d+(\.\d+)?|\.\d+)$/);
    const p95 = pick('p95-ms', String(defaults.p95Ms), /^\d+(\.\d+)?$/);
    return `# phase-gates' embedded analysis: the service's own /metrics, scraped every ${interval}.
metrics:
  - name: error-rate
    gate: error_rate
    interval: ${interval}
    count: ${count}
    failureLimit: ${failureLimit}
    failureCondition: len(result) > 0 && !isNaN(result[0]) && result[0] > ${maxErrorRate}
    provider:
      scrape:
        url: "{{args.url}}/metrics"
        query: 1 - sum(rate(http_requests_total{code!~"5.."}[1m])) / sum(rate(http_requests_total[1m]))
  - name: p95-latency
    gate: p95_ms
    interval: ${interval}
    count: ${count}
    failureLimit: ${failureLimit}
    failureCondition: len(result) > 0 && !isNaN(result[0]) && result[0] > ${p95}
    provider:
      scrape:
        url: "{{args.url}}/metrics"
        query: histogram_quantile(0.95, sum by (le) (rate(http_request_duration_seconds_bucket[1m]))) * 1000
`;
}
/** `analysis-args`: a YAML mapping of names to scalar values. */
function parseAnalysisArgs(text, name) {
    if (text.trim() === '')
        return {};
    const data = toData(parseYaml(text, { input: name }), { input: name });
    if (!data || typeof data !== 'object' || Array.isArray(data))
        throw new UserError('not a YAML mapping of argument names to values', { input: name, hint: 'e.g. { service: shop }' });
    const out = {};
    for (const [k, v] of Object.entries(data)) {
        if (v !== null && typeof v === 'object')
            throw new UserError(`${k}: a value must be a string or a number`, { input: name });
        out[k] = v === null || v === undefined ? '' : String(v);
    }
    return out;
}
/** Reads an action's analysis inputs; undefined when `analysis` is not given. Errors name the inputs. */
function readAnalysisConfig(host, names, defaults) {
    const given = host.getInput(names.analysis).trim();
    const errors = [];
    const attempt = collecting(errors);
    const args = attempt(() => parseAnalysisArgs(host.getInput(names.args), names.args), {});
    const raw = input(host, names.onInconclusive, 'fail').toLowerCase();
    const onInconclusive = attempt(() => {
        if (!ON_INCONCLUSIVE.includes(raw))
            throw new UserError(`${JSON.stringify(raw)} is not one of ${ON_INCONCLUSIVE.join(', ')}`, { input: names.onInconclusive });
        return raw;
    }, 'fail');
    const reportGiven = input(host, names.reportPath, ANALYSIS_REPORT_DEFAULT);
    const reportFile = attempt(() => resolveOutputInWorkspace(host.workspace, reportGiven, names.reportPath), '');
    if (!given) {
        if (errors.length)
            throw UserError.several(errors);
        return undefined;
    }
    const embedded = given.toLowerCase() === 'embedded';
    const spec = attempt(() => embedded
        ? parseAnalysis(embeddedTemplate(args, defaults), { source: `${names.analysis}: embedded`, input: names.analysis })
        : loadAnalysis(given, { input: names.analysis, workspace: host.workspace }), undefined);
    // A declared arg with no value, given by nobody: refused now, before anything is deployed (the
    // built-in args are given at each stage).
    if (spec)
        attempt(() => resolveArgs(spec, { ...Object.fromEntries(BUILTIN_ARGS.map((a) => [a, a])), ...args }, names.args), {});
    if (errors.length || !spec)
        throw UserError.several(errors);
    return { spec, args, onInconclusive, reportFile, reportShown: displayPath(host.workspace, reportFile), embedded };
}
/** Providers of the analysis: Prometheus's HTTP API, or the embedded scrape (loaded when used). */
async function providers(env) {
    const [{ PrometheusProvider }, { ScrapeProvider }, { compileTimeExpression }] = await Promise.all([__webpack_require__.e(/* import() */ 264).then(__webpack_require__.bind(__webpack_require__, 9264)), __webpack_require__.e(/* import() */ 865).then(__webpack_require__.bind(__webpack_require__, 9865)), Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 6195))]);
    return (spec) => {
        if (spec.kind === 'scrape')
            return new ScrapeProvider(spec, { env });
        const range = spec.range;
        if (!range)
            return new PrometheusProvider(spec, { env });
        const where = { input: ANALYSIS_INPUTS.analysis };
        const start = compileTimeExpression(range.start, where);
        const end = compileTimeExpression(range.end, where);
        // The template's own duration syntax (Go's: 30s, 1m30s), checked again once args are rendered.
        const stepSeconds = parseDuration(range.step, where) / 1000;
        return new PrometheusProvider(spec, { env, range: { start, end, stepSeconds } });
    };
}
/** Values of args that look like credentials are masked in the report and the log. */
const SECRET_ARG = /(token|secret|password|passwd|key|auth|credential)/i;
/**
 * Runs the analysis at one stage of a release and decides: Successful → promote; Failed →
 * rollback; Inconclusive → as `on-inconclusive` says. Every measurement, firing alert and the
 * verdict go to `sink` (the audit log) with the query and its figures. Compare metrics (canary
 * against baseline) are left out when no baseline serves traffic (`baseline: false`).
 */
async function analyseStage(config, opts) {
    const given = {};
    for (const [k, v] of Object.entries(opts.builtins))
        if (v !== undefined && v !== '')
            given[k] = v;
    Object.assign(given, config.args);
    const args = resolveArgs(config.spec, given, ANALYSIS_INPUTS.args);
    const skipped = opts.baseline ? [] : config.spec.metrics.filter((m) => m.compare);
    const spec = skipped.length ? { ...config.spec, metrics: config.spec.metrics.filter((m) => !m.compare) } : config.spec;
    const sink = opts.sink;
    const masked = Object.keys(args).filter((k) => SECRET_ARG.test(k));
    sink?.write('INFO', 'analysis.start', {
        stage: opts.stage,
        source: spec.source,
        metrics: spec.metrics.map((m) => m.name).join(',') || undefined,
        alerts: spec.alerts ? spec.alerts.matchers.join(',') : undefined,
        skipped: skipped.length ? `${skipped.map((m) => m.name).join(',')} (no baseline serves traffic)` : undefined
    });
    opts.info(`analysis (${opts.stage}): ${spec.metrics.map((m) => m.name).join(', ') || 'no metric'}${spec.alerts ? `; alerts matching ${spec.alerts.matchers.join(', ')}` : ''}${skipped.length ? `; ${skipped.map((m) => m.name).join(', ')} skipped: no baseline serves traffic` : ''}`);
    const [provider, alerts, compare] = await Promise.all([providers(opts.env), alertsOf(opts.env), Promise.all(/* import() */[__webpack_require__.e(521), __webpack_require__.e(653)]).then(__webpack_require__.bind(__webpack_require__, 3653))]);
    const queries = new Map();
    let run;
    if (spec.metrics.length === 0 && !spec.alerts) {
        const now = new Date().toISOString();
        run = { stage: opts.stage, source: spec.source, startedAt: now, finishedAt: now, phase: 'Successful', message: 'nothing to measure at this stage', args: {}, metrics: [] };
    }
    else {
        try {
            run = await runAnalysis(spec, {
                stage: opts.stage,
                args,
                provider,
                alerts: spec.alerts ? alerts : undefined,
                compare: (canary, baseline, c) => compare.compareSamples(canary, baseline, c),
                signal: opts.signal,
                maskArgs: masked,
                onEvent: (event) => {
                    if (event.type === 'measurement') {
                        const m = event.measurement;
                        const level = m.phase === 'Failed' ? 'ERROR' : m.phase === 'Successful' ? 'INFO' : 'WARN';
                        sink?.write(level, 'analysis.measurement', { stage: opts.stage, metric: event.metric, phase: m.phase, value: showValue(m.value), baseline: m.baseline === undefined ? undefined : showValue(m.baseline), detail: m.message });
                        opts.info(`  ${event.metric}: ${m.phase.toLowerCase()} ${showValue(m.value)}${m.baseline !== undefined ? ` (baseline ${showValue(m.baseline)})` : ''}${m.message ? `: ${m.message}` : ''}`);
                    }
                    else if (event.type === 'metric') {
                        const r = event.result;
                        queries.set(r.name, r.query);
                        sink?.write(r.phase === 'Successful' ? 'INFO' : r.phase === 'Failed' ? 'ERROR' : 'WARN', 'analysis.metric', {
                            stage: opts.stage,
                            metric: r.name,
                            phase: r.phase,
                            query: r.query,
                            measurements: r.count,
                            failed: r.failed,
                            inconclusive: r.inconclusive,
                            errors: r.error,
                            detail: r.message
                        });
                    }
                    else {
                        const a = event.alert;
                        sink?.write('ERROR', 'analysis.alert', { stage: opts.stage, alert: a.name, labels: showLabels(a.labels), since: a.startsAt, summary: a.summary });
                        opts.info(`  alert ${a.name} ${showLabels(a.labels)} is firing${a.summary ? `: ${a.summary}` : ''}`);
                    }
                }
            });
        }
        catch (err) {
            // What cannot be measured at this stage (an arg no one gave, a condition that does not
            // compile once rendered) is no verdict: inconclusive, the error named, on-inconclusive decides.
            if (err instanceof Cancelled || !(err instanceof UserError))
                throw err;
            const now = new Date().toISOString();
            run = { stage: opts.stage, source: spec.source, startedAt: now, finishedAt: now, phase: 'Inconclusive', message: `not measured: ${err.message}`, args: {}, metrics: [] };
        }
    }
    const decision = run.phase === 'Successful' ? 'promote' : run.phase === 'Failed' ? 'rollback' : config.onInconclusive === 'pass' ? 'pass' : config.onInconclusive === 'rollback' ? 'rollback' : 'stop';
    const ok = decision === 'promote' || decision === 'pass';
    const verdict = run.phase === 'Inconclusive' ? `inconclusive (on-inconclusive: ${config.onInconclusive})` : run.phase.toLowerCase();
    const detail = `analysis ${verdict}: ${run.message}`;
    const decided = run.metrics.find((m) => m.phase !== 'Successful' && !m.dryRun);
    sink?.write(run.phase === 'Successful' ? 'INFO' : ok ? 'WARN' : 'ERROR', 'analysis.end', {
        stage: opts.stage,
        phase: run.phase,
        decision,
        metric: decided?.name,
        query: decided ? (queries.get(decided.name) ?? decided.query) : undefined,
        figures: decided ? figures(decided.measurements.map((m) => m.value)) : undefined,
        alerts: run.alerts?.firing.length ? run.alerts.firing.map((a) => a.name).join(',') : undefined,
        detail: run.message
    });
    return { run: { ...run, decision }, decision, ok, detail };
}
/** Alertmanager's firing alerts, through the runner's proxy settings as Prometheus's queries go. */
async function alertsOf(env) {
    const { fetchFiringAlerts, parseMatchers } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 8785));
    return (spec, signal) => fetchFiringAlerts(spec.address, parseMatchers(spec.matchers, { input: ANALYSIS_INPUTS.analysis, line: spec.line }), { timeoutMs: spec.timeoutMs, headers: spec.headers, signal, env });
}
function showValue(v) {
    if (v === null || v === undefined)
        return 'none';
    if (Array.isArray(v))
        return v.length === 1 ? showValue(v[0]) : `[${v.slice(0, 5).map((x) => showValue(x)).join(',')}${v.length > 5 ? `,…(${v.length})` : ''}]`;
    return Number.isFinite(v) ? String(Math.round(v * 1e6) / 1e6) : String(v);
}
function figures(values) {
    return values.slice(-10).map((v) => showValue(v)).join(' ');
}
function showLabels(labels) {
    return `{${Object.entries(labels)
        .filter(([k]) => k !== 'alertname')
        .map(([k, v]) => `${k}=${JSON.stringify(v)}`)
        .join(',')}}`;
}
/** A run's lines for a step summary: the verdict, then a row per metric. */
function renderRun(run) {
    const icon = run.phase === 'Successful' ? '✅' : run.phase === 'Failed' ? '❌' : '⚠️';
    const cell = (t) => t.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
    const lines = [`#### Analysis, ${run.stage}: ${icon} ${run.phase.toLowerCase()}${run.decision ? ` → ${run.decision}` : ''}`, '', cell(run.message), ''];
    if (run.metrics.length) {
        lines.push('| Metric | Result | Measurements | Last value | Detail |', '| --- | --- | --- | --- | --- |');
        for (const m of run.metrics) {
            const last = m.measurements.at(-1);
            lines.push(`| ${cell(m.name)}${m.dryRun ? ' (dry run)' : ''} | ${m.phase.toLowerCase()} | ${m.count} (${m.failed} failed) | ${last ? showValue(last.value) : '—'} | ${cell(m.compare?.detail ?? m.message)} |`);
        }
        lines.push('');
    }
    if (run.alerts) {
        const a = run.alerts;
        lines.push(a.firing.length ? `Alerts firing: ${a.firing.map((f) => `\`${f.name}\` ${cell(showLabels(f.labels))}`).join(', ')}` : `No alert matching ${cell(a.matchers.join(', '))} fired (${a.checks} checks${a.errors ? `, ${a.errors} failed` : ''}).`, '');
    }
    return lines;
}
/** Reads an analysis report; undefined when the file is absent. Errors name `inputName`. */
async function readAnalysisReport(file, shown, inputName) {
    try {
        await promises_.access(file);
    }
    catch {
        return undefined;
    }
    const data = await (0,files/* readJson */.Vh)(file, shown, inputName);
    const errors = (0,schemas/* schemaErrors */.d)('analysis-report', data);
    if (errors.length)
        throw new core_errors/* UserError */.y(`not an analysis report (schema ${ANALYSIS_REPORT_SCHEMA}): ${errors.slice(0, 3).join('; ')}`, { input: inputName, file: shown });
    return data;
}
/**
 * Adds a run to the report, atomically: the report of the same deployment gets it appended (the
 * oldest dropped past 100); a report of another deployment, or none, starts anew.
 */
async function recordRun(config, release, run, inputName) {
    let report;
    try {
        report = await readAnalysisReport(config.reportFile, config.reportShown, inputName);
    }
    catch {
        report = undefined; // not ours, or broken: written anew
    }
    const id = release.deploymentId || null;
    if (!report || (report.deploymentId ?? null) !== id) {
        report = { schema: ANALYSIS_REPORT_SCHEMA, environment: release.environment || null, version: release.version || null, deploymentId: id, updatedAt: '', runs: [] };
    }
    report.runs = [...report.runs, jsonSafe(run)].slice(-100);
    report.updatedAt = new Date().toISOString();
    if (release.environment)
        report.environment = release.environment;
    if (release.version)
        report.version = release.version;
    assertSchema('analysis-report', report);
    await writeFileAtomic(config.reportFile, JSON.stringify(report, null, 2) + '\n');
}
/** NaN and infinities become null, as JSON has no other way to write them. */
function jsonSafe(value) {
    return JSON.parse(JSON.stringify(value, (_k, v) => (typeof v === 'number' && !Number.isFinite(v) ? null : v)));
}
function telemetryFigures(report) {
    const run = [...report.runs].reverse().find((r) => r.stage === BAKE_STAGE) ?? report.runs.at(-1);
    if (!run)
        return undefined;
    const lastValue = (gate) => {
        const m = run.metrics.find((x) => x.gate === gate);
        if (!m)
            return null;
        for (let i = m.measurements.length - 1; i >= 0; i--) {
            const v = m.measurements[i].value;
            const n = Array.isArray(v) ? (v.length === 1 ? v[0] : null) : v;
            if (typeof n === 'number' && Number.isFinite(n))
                return n;
        }
        return null;
    };
    const errorRatio = lastValue('error_rate');
    return {
        alerts_firing: run.alerts ? run.alerts.firing.length : null,
        error_rate: errorRatio === null ? null : errorRatio * 100,
        p95_ms: lastValue('p95_ms'),
        stage: run.stage
    };
}
/** The stage name of smoke-test's analysis. */
const BAKE_STAGE = 'post-deploy bake';
/** Resolves a report path given to gates-enforcer (`analysis-report`) and reads it; errors name the input. */
async function readAnalysisReportInput(workspace, given, inputName) {
    const file = (0,files/* resolveInWorkspace */.z1)(workspace, given, inputName);
    const shown = (0,files/* displayPath */.Gt)(workspace, file);
    const report = await readAnalysisReport(file, shown, inputName);
    if (!report)
        throw new core_errors/* UserError */.y('file not found', { input: inputName, file: shown });
    return { report, shown };
}


/***/ })

};
