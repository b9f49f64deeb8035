export const id = 508;
export const ids = [508];
export const modules = {

/***/ 1508:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony import */ var _host_actions_host_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4497);
/* harmony import */ var _host_run_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9427);
/* harmony import */ var _core_commands_smoke_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(630);
/** Entry of actions/smoke-test: builds the runner host and runs the smoke command. */



process.exitCode = await (0,_host_run_js__WEBPACK_IMPORTED_MODULE_1__/* .runCommand */ .d)(new _host_actions_host_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionsHost */ .Q(), _core_commands_smoke_js__WEBPACK_IMPORTED_MODULE_2__/* .runSmoke */ .Lw, true);

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

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

/***/ 630:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Lw: () => (/* binding */ runSmoke)
});

// UNUSED EXPORTS: SMOKE_DEFAULTS, parseErrorRate, parseRedirectMode, readSettings

// EXTERNAL MODULE: ./.build/src/core/errors.js
var core_errors = __webpack_require__(6512);
// EXTERNAL MODULE: ./.build/src/core/cancel.js
var core_cancel = __webpack_require__(3361);
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
    throw new UserError(`not a boolean: ${JSON.stringify(v)}`, { input: name, hint: 'write true or false' });
}
/** A required input. */
function requiredInput(host, name) {
    const v = input(host, name);
    if (!v)
        throw new core_errors/* UserError */.y('required and not supplied', { input: name });
    return v;
}

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
    return IS_WINDOWS && /^\\\\[^\\]+(\\[^\\]+)?$/.test(p) ? p : path.dirname(p);
}
/** Without its trailing separator, unless it is the root. */
function trimTrailingSeparator(p) {
    if (!p)
        return '';
    p = normalizeSeparators(p);
    if (!p.endsWith(path.sep) || p === path.sep)
        return p;
    const trimmed = p.slice(0, -1);
    return IS_WINDOWS && /^[A-Z]:$/i.test(trimmed) ? p : trimmed;
}
/** The segments of a rooted path: the root first. */
function segmentsOf(p) {
    p = trimTrailingSeparator(p);
    if (!hasRoot(p))
        return p.split(path.sep);
    const segments = [];
    let remaining = p;
    let dir = dirname(remaining);
    while (dir !== remaining) {
        segments.unshift(path.basename(remaining));
        remaining = dir;
        dir = dirname(remaining);
    }
    segments.unshift(remaining);
    return segments;
}
function joinSegments(segments) {
    let result = segments[0];
    let skipSlash = result.endsWith(path.sep) || (IS_WINDOWS && /^[A-Z]:$/i.test(result));
    for (const s of segments.slice(1)) {
        if (skipSlash)
            skipSlash = false;
        else
            result += path.sep;
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
        this.trailingSeparator = pattern.endsWith(path.sep);
        pattern = trimTrailingSeparator(pattern);
        let foundGlob = false;
        const search = this.segments.map(literalOf).filter((x) => !foundGlob && !(foundGlob = x === ''));
        this.searchPath = joinSegments(search);
        this.rootRegExp = new RegExp(search[0].replace(/[[\\^$.|?*+()]/g, '\\$&'), IS_WINDOWS ? 'i' : '');
        this.minimatch = new Minimatch(IS_WINDOWS ? pattern.replace(/\\/g, '/') : pattern, {
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
            if (!itemPath.endsWith(path.sep) && !this.implicit)
                itemPath += path.sep;
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
async function glob_globFiles(patternLines, options, visit) {
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
            await fs.lstat(searchPath);
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
        const stats = await fs.lstat(item);
        if (stats.isDirectory()) {
            if (!partial)
                continue;
            const children = await fs.readdir(item);
            visit?.(children.length);
            stack.push(...children.map((x) => path.join(item, x)).reverse());
        }
        else if (match & Kind.File)
            result.push(item);
    }
    return result;
}

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
function files_displayPath(workspace, file) {
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
function files_resolveInWorkspace(workspace, given, input) {
    const root = realWorkspace(workspace);
    const resolved = external_node_path_.resolve(root, given);
    const real = realOf(resolved);
    if (!isInside(root, real)) {
        // Inside by its name but not by where it leads: a link inside the workspace points out.
        const throughLink = isInside(root, resolved) || isInside(external_node_path_.resolve(workspace), resolved);
        throw new core_errors/* UserError */.y(throughLink ? `path escapes the workspace through a link: ${given}` : `path escapes the workspace: ${given}`, { input });
    }
    return real;
}
/**
 * Like {@link resolveInWorkspace}, for a file the command writes (a report, a log, a ledger): a
 * directory there is refused in one line, before any work is done.
 */
function resolveOutputInWorkspace(workspace, given, input) {
    const file = files_resolveInWorkspace(workspace, given, input);
    if (isDirectory(file))
        throw new core_errors/* UserError */.y(`${given} is a directory: give the path of a file in it`, { input });
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
            throw new core_errors/* UserError */.y(`${shown} is a symbolic link: refused (phase-gates does not write through links)`, { input });
        if (code === 'EISDIR')
            throw new core_errors/* UserError */.y(`${shown} is a directory: give the path of a file`, { input });
        if (code === 'ENOTDIR' || code === 'EEXIST')
            throw new core_errors/* UserError */.y(`cannot create ${shown}: a part of its path is a file`, { input });
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
                throw new UserError(`${JSON.stringify(shown)} is a directory: name the files in it (a glob such as ${shown}/**/*.xml)`, { input });
            const excluded = excludes.length ? await files_matchAll(excludes) : new Set();
            for (const f of await directory(absolute, shown))
                if (!excluded.has(f))
                    found.add(f);
            continue;
        }
        await boundGlobWalk(root, absolute, pattern, input);
        const matches = await globFiles([absolute, ...excludes.map((e) => '!' + e)].join('\n'), { implicitDescendants: false });
        if (matches.length === 0) {
            throw new UserError(`no file matches ${JSON.stringify(pattern)}`, { input });
        }
        for (const match of matches.sort()) {
            let real;
            try {
                real = realpathSync(match);
            }
            catch (err) {
                const code = err.code;
                if (code !== 'ENOENT' && code !== 'ELOOP')
                    throw err;
                throw new UserError(`${files_displayPath(root, match)} is a symbolic link to ${code === 'ELOOP' ? 'itself (a loop of links)' : 'nothing (its target is missing)'}`, { input });
            }
            if (!isInside(root, real))
                throw new UserError(`path escapes the workspace: ${files_displayPath(root, match)}`, { input });
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
    const parts = absolute.split(path.sep);
    const first = parts.findIndex((p) => /[*?[\]{}]/.test(p));
    if (first < 0)
        return;
    const base = parts.slice(0, first).join(path.sep) || path.sep;
    const rest = parts.slice(first);
    const depth = rest.some((p) => p.includes('**')) ? Infinity : rest.length;
    let seen = 0;
    const walk = async (dir, level) => {
        let entries;
        try {
            entries = await fs.readdir(dir, { withFileTypes: true });
        }
        catch {
            return; // unreadable or gone: the glob skips it too
        }
        seen += entries.length;
        if (seen > MAX_GLOB_ENTRIES) {
            const rel = path.relative(root, base);
            const shown = rel === '' ? '.' : rel.startsWith('..') ? base : rel;
            throw new UserError(`${JSON.stringify(pattern)} would walk more than ${MAX_GLOB_ENTRIES.toLocaleString('en-US')} entries under ${shown}: start it with the directory that holds the files`, { input });
        }
        if (level + 1 >= depth)
            return;
        for (const e of entries)
            if (e.isDirectory())
                await walk(path.join(dir, e.name), level + 1);
    };
    await walk(base, 0);
}
async function files_matchAll(patterns) {
    return new Set((await globFiles(patterns.join('\n'), { implicitDescendants: true })).map((m) => realpathSync(m)));
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
            entries = await fs.readdir(d, { withFileTypes: true });
        }
        catch (err) {
            const where = d === dir ? shown : path.join(shown, path.relative(dir, d));
            throw new UserError(`cannot read the directory ${where} (${err.code})`, { input });
        }
        entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
        for (const e of entries) {
            if (++seen > MAX_WALK_ENTRIES)
                throw new UserError(`${shown} holds more than ${MAX_WALK_ENTRIES} entries: name the files or a smaller directory in it`, { input });
            const full = path.join(d, e.name);
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
    const realPrefix = files_resolveInWorkspace(root, prefix, input);
    return rest.length ? path.join(realPrefix, ...rest) : realPrefix;
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
const HEAD_BYTES = (/* unused pure expression or super */ null && (64 * 1024));
/** Reads the head of a report; refuses empty and binary files with a message naming them. */
async function readHead(file, shown, input) {
    let handle;
    try {
        handle = await fs.open(file, 'r');
    }
    catch (err) {
        const code = err.code;
        throw new UserError(code === 'ENOENT' ? 'file not found' : `cannot read (${code})`, { input, file: shown });
    }
    try {
        const stat = await handle.stat();
        if (!stat.isFile())
            throw new UserError('not a regular file', { input, file: shown });
        const buffer = Buffer.alloc(Math.min(HEAD_BYTES, stat.size));
        const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
        const bytes = buffer.subarray(0, bytesRead);
        if (bytes.length === 0 || bytes.toString('utf8').trim() === '') {
            throw new UserError('empty report', { input, file: shown });
        }
        if (bytes.includes(0))
            throw new UserError('binary file, not a report', { input, file: shown });
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
const MAX_LINE = (/* unused pure expression or super */ null && (1024 * 1024));
/** Calls `onLine`; a UserError it throws without a place is placed at this line of this file. */
function lineOf(onLine, line, lineNo, input, shown) {
    try {
        onLine(line, lineNo);
    }
    catch (err) {
        throw UserError.attribute(err, { input, file: shown, line: lineNo });
    }
}
/**
 * Calls `onLine` for every line of a file (without its line ending), streaming it in chunks so that
 * memory stays bounded whatever the size. A NUL byte or an over-long line ends it with a UserError.
 */
async function forEachLine(file, shown, input, onLine) {
    const decoder = new StringDecoder('utf8');
    let pending = '';
    let lineNo = 0;
    const stream = createReadStream(file, { highWaterMark: 1024 * 1024 });
    for await (const chunk of stream) {
        if (chunk.includes(0)) {
            stream.destroy();
            throw new UserError('binary data in a text report', { input, file: shown, line: lineNo + 1 });
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
            throw new UserError(`line longer than ${MAX_LINE} characters`, { input, file: shown, line: lineNo + 1 });
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
        throw new core_errors/* UserError */.y(`JSON report larger than ${MAX_JSON_BYTES / 1024 / 1024} MB`, { input, file: shown });
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
        throw new core_errors/* UserError */.y(truncated ? 'truncated JSON (the file ends inside a value)' : `invalid JSON (${reason})`, { input, file: shown, line });
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
const yaml_bounds_YAML_BOUNDS = {
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
async function yaml_bounds_oversizeProblem(abs, size, bounds) {
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
const domain_MAX_LATENCY_MS = 1_000_000_000;
const DIGITS = /^\d{1,16}$/;
/** A count written as digits (an XML attribute, an LCOV field): a non-negative safe integer. */
function countText(text, what) {
    if (text === undefined)
        throw new UserError(`missing ${what}`);
    const t = text.trim();
    const v = DIGITS.test(t) ? Number(t) : NaN;
    if (!Number.isSafeInteger(v))
        throw new UserError(`${what} ${JSON.stringify(text.slice(0, 40))} is not a count (a whole number from 0 to 2^53)`);
    return v;
}
/** A count given as a JSON or YAML number: a non-negative safe integer. */
function domain_countValue(value, what) {
    if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
        throw new UserError(`${what} ${shown(value)} is not a count (a whole number from 0 to 2^53)`);
    }
    return value;
}
/** A source line number, 0 to 10⁸. */
function lineNumber(value, what = 'line number') {
    if (!Number.isSafeInteger(value) || value < 0 || value > MAX_LINE_NUMBER) {
        throw new UserError(`${what} ${shown(value)} is out of range (0 to ${MAX_LINE_NUMBER.toLocaleString('en-US')})`);
    }
    return value;
}
/** Units (branches, statements) one line or block holds: at most 10⁶. */
function unitsOfLine(value, what) {
    if (value > MAX_UNITS_PER_LINE) {
        throw new UserError(`${what} ${shown(value)} is more than one line or block of source holds (at most ${MAX_UNITS_PER_LINE.toLocaleString('en-US')})`);
    }
    return value;
}
/** A latency in milliseconds: finite, 0 to 10⁹. */
function domain_latencyMs(value, what = 'latency') {
    if (!Number.isFinite(value) || value < 0 || value > domain_MAX_LATENCY_MS) {
        throw new UserError(`${what} ${shown(value)} ms is out of range (0 to ${domain_MAX_LATENCY_MS.toLocaleString('en-US')} ms)`);
    }
    return value;
}
/** A percentage, 0 to 100. */
function percentage(value, what) {
    if (!Number.isFinite(value) || value < 0 || value > 100)
        throw new UserError(`${what} ${shown(value)} is not a percentage (0 to 100)`);
    return value;
}
/** `covered` of `total`: both counts, covered at most total. */
function coveredOf(covered, total, what) {
    const t = domain_countValue(total, `${what} total`);
    const c = domain_countValue(covered, `${what} covered`);
    if (c > t)
        throw new UserError(`${what}: covered ${c} is above its total ${t}`);
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
function metrics_metricInfo(metric) {
    return Object.hasOwn(METRICS, metric) ? METRICS[metric] : undefined;
}
/** Names that mean another metric. */
const ALIASES = { coverage: 'coverage_lines' };
/** The metric a gate name measures (`coverage` → `coverage_lines`). */
function metrics_canonicalMetric(name) {
    return Object.hasOwn(ALIASES, name) ? ALIASES[name] : name;
}
/**
 * For metrics the catalogue does not know (values from the `metrics` input), the direction a
 * bare number implies, read from the name; undefined when the name does not say.
 */
function metrics_guessDirection(name) {
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
function grammar_parseGate(name, value, origin, warnings = []) {
    const fail = (message, hint) => {
        throw new UserError(`gate ${name}: ${message}`, { input: origin.input, file: origin.file, line: origin.line, hint });
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
const MAX_PHASE_BYTES = yaml_bounds_YAML_BOUNDS.phase.maxBytes;
/**
 * Parses YAML text within `bounds` (YAML input by default: size, depth, nodes and aliases, checked
 * before the parse), reporting the first error at its line.
 */
function parseYaml(text, where) {
    const bounds = where.bounds ?? yaml_bounds_YAML_BOUNDS.input;
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
function phase_lineOf(parsed, node) {
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
        const name = isScalar(keyNode) ? String(keyNode.value) : String(keyNode);
        const origin = { input: where.input, file: where.file, line: phase_lineOf(parsed, keyNode) };
        const valueNode = pair.value;
        const value = isScalar(valueNode) ? valueNode.value : valueNode ? valueNode.toJSON() : null;
        if (!/^[A-Za-z_][\w.-]*$/.test(name)) {
            // `{ coverage ">=80%", … }`: YAML reads a gate without its colon as a key with no value,
            // which would silently remove the gate. A metric name is one word.
            const split = /^([A-Za-z_][\w.-]*)\s*(.+)$/.exec(name);
            errors.push(new UserError(`gate ${JSON.stringify(name)} is not a metric name`, {
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
            if (err instanceof UserError)
                errors.push(err);
            else
                throw err;
        }
    }
    if (errors.length)
        throw UserError.several(errors);
    return gates;
}
/** Loads a phase document from `file` (already resolved inside the workspace). */
async function loadPhaseDocument(file, shown, input = 'phase-file') {
    let bytes;
    try {
        const stat = await fs.stat(file);
        if (!stat.isFile())
            throw new UserError('not a regular file', { input, file: shown });
        if (stat.size > MAX_PHASE_BYTES) {
            const problem = await oversizeProblem(file, stat.size, YAML_BOUNDS.phase);
            throw new UserError(problem.message, { input, file: shown, line: problem.line });
        }
        bytes = await fs.readFile(file);
    }
    catch (err) {
        if (err instanceof UserError)
            throw err;
        const code = err.code;
        throw new UserError(code === 'ENOENT' ? 'file not found' : `cannot read (${code})`, { input, file: shown });
    }
    if (bytes.includes(0))
        throw new UserError('binary file, not a phase document', { input, file: shown });
    let text = bytes.toString('utf8');
    if (text.charCodeAt(0) === 0xfeff)
        text = text.slice(1);
    const lines = text.split(/\r?\n/);
    if (lines[0]?.trim() !== '---') {
        throw new UserError('no YAML front matter: the first line must be ---', { input, file: shown, line: 1 });
    }
    const end = lines.findIndex((l, i) => i > 0 && (l.trim() === '---' || l.trim() === '...'));
    if (end < 0)
        throw new UserError('YAML front matter is never closed with ---', { input, file: shown, line: 1 });
    const yamlText = lines.slice(1, end).join('\n');
    const where = { input, file: shown };
    const parsed = parseYaml(yamlText, { ...where, lineOffset: 1, bounds: YAML_BOUNDS.phase });
    const data = toData(parsed, where);
    if (data === null || data === undefined) {
        return { phase: null, title: null, file: shown, frontMatter: {}, gates: [], warnings: [] };
    }
    if (typeof data !== 'object' || Array.isArray(data)) {
        throw new UserError('front matter must be a YAML mapping', { input, file: shown, line: 2 });
    }
    const frontMatter = data;
    const warnings = [];
    let gates = [];
    const root = parsed.doc.contents;
    if (isMap(root)) {
        const gatesPair = root.items.find((p) => isScalar(p.key) && p.key.value === 'gates');
        if (gatesPair && gatesPair.value !== null && !(isScalar(gatesPair.value) && gatesPair.value.value === null)) {
            if (!isMap(gatesPair.value)) {
                throw new UserError('gates must be a mapping of metric to threshold', { input, file: shown, line: phase_lineOf(parsed, gatesPair.key) });
            }
            gates = gatesFromMap(parsed, gatesPair.value, where, warnings).filter((g) => !('removed' in g));
        }
    }
    const phase = frontMatter.phase;
    if (typeof phase === 'number' && (!Number.isFinite(phase) || phase < 0 || phase > 1e6)) {
        const key = isMap(root) ? root.items.find((p) => isScalar(p.key) && p.key.value === 'phase')?.key : undefined;
        throw new UserError(`phase: ${phase} is not a phase number (0 to 1,000,000)`, { input, file: shown, line: phase_lineOf(parsed, key) });
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
    if (isMap(root) && root.items.length === 1) {
        const only = root.items[0];
        if (isScalar(only.key) && only.key.value === 'gates' && isMap(only.value))
            root = only.value;
    }
    if (!isMap(root)) {
        throw new UserError('must be a YAML mapping of metric to threshold', { input, line: phase_lineOf(parsed, root) ?? 1, hint: 'e.g. { coverage: ">=80%", vulns_critical: 0 }' });
    }
    const entries = gatesFromMap(parsed, root, { input }, warnings);
    return {
        gates: entries.filter((g) => !('removed' in g)),
        removed: entries.filter((g) => 'removed' in g).map((g) => g.name),
        warnings
    };
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
const MAX_CHECKS_BYTES = yaml_bounds_YAML_BOUNDS.checks.maxBytes;
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
    const file = files_resolveInWorkspace(workspace, value.trim(), input);
    const shown = files_displayPath(workspace, file);
    let text;
    try {
        const stat = await external_node_fs_.promises.stat(file);
        if (!stat.isFile())
            throw new core_errors/* UserError */.y('not a regular file', { input, file: shown });
        if (stat.size > MAX_CHECKS_BYTES) {
            const problem = await yaml_bounds_oversizeProblem(file, stat.size, yaml_bounds_YAML_BOUNDS.checks);
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
    const parsed = parseYaml(text, { ...where, bounds: yaml_bounds_YAML_BOUNDS.checks });
    toData(parsed, where);
    const root = parsed.doc.contents;
    if (root === null)
        return [defaultCheck(where.input)];
    if (!(0,dist/* isSeq */.oP)(root)) {
        throw new core_errors/* UserError */.y('must be a YAML list of checks', { ...where, line: phase_lineOf(parsed, root) ?? 1, hint: 'e.g. - { name: health, path: /healthz }' });
    }
    if (root.items.length > MAX_CHECKS)
        throw new core_errors/* UserError */.y(`more than ${MAX_CHECKS} checks`, { ...where, line: 1 });
    const errors = [];
    const checks = [];
    const names = new Set();
    root.items.forEach((item, index) => {
        const node = item;
        const line = phase_lineOf(parsed, node);
        const err = (message, at = node, hint) => errors.push(new core_errors/* UserError */.y(message, { ...where, line: phase_lineOf(parsed, at) ?? line, hint }));
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

// EXTERNAL MODULE: ./node_modules/undici/index.js
var undici = __webpack_require__(4371);
// EXTERNAL MODULE: ./.build/src/core/secrets.js
var core_secrets = __webpack_require__(4434);
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
    return (0,core_secrets/* isSecretName */.eh)(name) || /key/i.test(name);
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
            throw new UserError(`${failures} failures of ${requests} requests`);
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
        let unparsed = jsonNestingExceeds(text, MAX_JSON_DEPTH) ? TOO_DEEP : null;
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
 * over it and the job summary, with secrets masked out of both (src/core/secrets.ts).
 *
 * Internal to smoke-test. gates-enforcer reads these reports (src/core/gates/collect.ts
 * `collectSmoke`, src/core/reports/perf/smoke-report.ts): `passed`, `totals.p95Ms`, the counts and
 * `totals.errorRate` as a ratio 0–1 are its contract.
 */




const report_round = (n) => Math.round(n * 1000) / 1000;
/** Whether a header or query parameter name holds a credential (src/core/secrets.ts). */

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
    return secrets.redactDeep(report);
}
/** Whether the outcome so far passes (used to decide whether to monitor). */
function passesSoFar(outcome, settings) {
    return buildReport(outcome, settings, { startedAt: new Date(0), finishedAt: new Date(0), sha: null, repository: null, runId: null, deploymentId: null }, new core_secrets/* Redactor */.pO()).passed;
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

// EXTERNAL MODULE: ./.build/src/core/analysis/alertmanager.js
var alertmanager = __webpack_require__(8785);
// EXTERNAL MODULE: ./.build/src/core/suggest.js
var suggest = __webpack_require__(6161);
// EXTERNAL MODULE: ./.build/src/core/analysis/condition.js
var analysis_condition = __webpack_require__(6195);
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
const BUILTIN_ARGS = ['environment', 'version', 'previous-version', 'slot', 'stable-slot', 'deployment-id', 'url', 'stable-url'];
/** Largest analysis file read. */
const MAX_ANALYSIS_BYTES = 1024 * 1024;
const MAX_COUNT = 1000;
const MAX_ANALYSIS_MS = 24 * 3_600_000;
/** Argo's default Prometheus timeout (metricproviders/prometheus/prometheus.go: 30 s). */
const DEFAULT_TIMEOUT_MS = 30_000;
/** Alertmanager looked at every this often when no metric has an interval. */
const DEFAULT_ALERTS_INTERVAL_MS = 10_000;
/** Argo's default consecutiveErrorLimit (utils/defaults/defaults.go). */
const DEFAULT_CONSECUTIVE_ERROR_LIMIT = 4;
/** Argo's providers that phase-gates does not run. */
const ARGO_PROVIDERS = ['web', 'datadog', 'newRelic', 'wavefront', 'kayenta', 'job', 'cloudWatch', 'graphite', 'influxdb', 'skywalking', 'plugin'];
const PROVIDERS = ['prometheus', 'scrape'];
const KINDS = ['AnalysisTemplate', 'ClusterAnalysisTemplate'];
const TOP_KEYS = ['apiVersion', 'kind', 'metadata', 'spec'];
const SPEC_KEYS = ['args', 'metrics', 'dryRun', 'measurementRetention', 'alerts'];
const METRIC_KEYS = ['name', 'interval', 'initialDelay', 'count', 'successCondition', 'failureCondition', 'failureLimit', 'inconclusiveLimit', 'consecutiveErrorLimit', 'consecutiveSuccessLimit', 'provider', 'compare', 'gate'];
const PROMETHEUS_KEYS = ['address', 'query', 'timeout', 'insecure', 'headers', 'rangeQuery', 'authentication'];
const SCRAPE_KEYS = ['url', 'query', 'timeout', 'headers'];
const COMPARE_KEYS = ['tolerance', 'direction', 'confidence', 'minSamples', 'baseline'];
const ALERTS_KEYS = ['address', 'matchers', 'interval', 'timeout', 'headers'];
const GATES = ['error_rate', 'p95_ms'];
const ARG_REF = /\{\{\s*args\.([^{}\s]+)\s*\}\}/g;
function template_lineOf(ctx, node) {
    const offset = node?.range?.[0];
    return offset === undefined ? undefined : ctx.lines.linePos(offset).line;
}
function err(ctx, node, message, hint, line) {
    return new core_errors/* UserError */.y(message, { input: ctx.input, file: ctx.file, line: template_lineOf(ctx, node) ?? line, hint });
}
/** Go's time.ParseDuration, in ms; a bad duration is a UserError at `where`. */
function parseDuration(text, where) {
    const ms = (0,analysis_condition.goDurationMs)(String(text));
    if (ms === undefined || ms < 0) {
        throw new core_errors/* UserError */.y(`bad duration ${JSON.stringify(String(text))}: write a Go duration such as 30s, 1m30s, 500ms, 2h`, where);
    }
    return ms;
}
/** The pairs of a mapping node, refusing keys not in `keys` (with a "did you mean"). */
function fields(ctx, node, what, keys) {
    if (!(0,dist/* isMap */.jh)(node))
        throw err(ctx, node, `${what} must be a mapping`);
    const out = new Map();
    for (const pair of node.items) {
        const name = (0,dist/* isScalar */.jn)(pair.key) ? String(pair.key.value) : String(pair.key);
        if (!keys.includes(name))
            throw err(ctx, pair.key, `${what}: unknown key "${name}"${(0,suggest/* didYouMean */.a)(name, keys)}`, `known keys: ${keys.join(', ')}`);
        out.set(name, { key: pair.key, value: pair.value });
    }
    return out;
}
function str(ctx, node, what) {
    if (!(0,dist/* isScalar */.jn)(node) || node.value === null || typeof node.value === 'object')
        throw err(ctx, node, `${what} must be a string`);
    return String(node.value);
}
function seq(ctx, node, what) {
    if (!(0,dist/* isSeq */.oP)(node))
        throw err(ctx, node, `${what} must be a list`);
    return node.items;
}
/** Argo's int-or-string: a number, a numeric string, or `{{args.name}}` resolved from the arg's default. */
function intOrString(ctx, node, what, args, min) {
    if (!(0,dist/* isScalar */.jn)(node))
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
            throw err(ctx, node, `unknown arg "${m[1]}" in {{args.${m[1]}}}${(0,suggest/* didYouMean */.a)(m[1], declared)}`, `declare it under args, or use one given at run time: ${BUILTIN_ARGS.join(', ')}`);
        }
    }
}
function timeoutMs(ctx, node, what) {
    if (node === undefined || node === null)
        return DEFAULT_TIMEOUT_MS;
    if ((0,dist/* isScalar */.jn)(node) && typeof node.value === 'number') {
        if (!Number.isFinite(node.value) || node.value <= 0 || node.value > 3600)
            throw err(ctx, node, `${what} must be 1 to 3600 seconds`);
        return node.value * 1000;
    }
    const ms = parseDuration(str(ctx, node, what), { input: ctx.input, file: ctx.file, line: template_lineOf(ctx, node) });
    if (ms <= 0 || ms > 3_600_000)
        throw err(ctx, node, `${what} must be more than 0 and at most 1h`);
    return ms;
}
/** Headers as Argo writes them (`[{key, value}]`) or as a mapping. */
function headers(ctx, node, what, declared) {
    const out = {};
    if (node === undefined || node === null)
        return out;
    if ((0,dist/* isMap */.jh)(node)) {
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
        const arg = { name, line: template_lineOf(ctx, item) ?? 1 };
        if (valueNode !== undefined && valueNode !== null) {
            if (!(0,dist/* isScalar */.jn)(valueNode) || valueNode.value === null || typeof valueNode.value === 'object')
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
    if (!(0,dist/* isMap */.jh)(node))
        throw err(ctx, node, `metric ${metric}: provider must be a mapping`);
    const pairs = node.items;
    const names = pairs.map((p) => ((0,dist/* isScalar */.jn)(p.key) ? String(p.key.value) : String(p.key)));
    for (const [i, name] of names.entries()) {
        if (ARGO_PROVIDERS.includes(name)) {
            throw err(ctx, pairs[i].key, `metric ${metric}: provider ${name} is not supported here; phase-gates measures with prometheus or scrape`);
        }
        if (!PROVIDERS.includes(name))
            throw err(ctx, pairs[i].key, `metric ${metric}: unknown provider "${name}"${(0,suggest/* didYouMean */.a)(name, PROVIDERS)}`, 'phase-gates measures with prometheus or scrape');
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
            const line = template_lineOf(ctx, entry.value);
            // Checked as written when it holds no args; with args, once rendered at run time.
            if (key === 'step') {
                if (!/\{\{/.test(text))
                    parseDuration(text, { input: ctx.input, file: ctx.file, line });
            }
            else if (!/\{\{/.test(text)) {
                const at = (0,analysis_condition.compileTimeExpression)(text, { input: ctx.input, file: ctx.file, line });
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
        const raw = (0,dist/* isScalar */.jn)(tolerance) ? tolerance.value : undefined;
        const m = typeof raw === 'number' ? [String(raw), String(raw)] : typeof raw === 'string' ? /^\s*(\d+(?:\.\d+)?)\s*%?\s*$/.exec(raw) : null;
        if (!m || Number(m[1]) > 1000)
            throw err(ctx, tolerance, `${what}.tolerance must be a percentage such as "10%" (0 to 1000)`);
        spec.tolerancePct = Number(m[1]);
    }
    const direction = f.get('direction')?.value;
    if (direction) {
        const d = str(ctx, direction, `${what}.direction`);
        if (d !== 'increase' && d !== 'decrease' && d !== 'either')
            throw err(ctx, direction, `${what}.direction must be increase, decrease or either, not "${d}"${(0,suggest/* didYouMean */.a)(d, ['increase', 'decrease', 'either'])}`);
        spec.direction = d;
    }
    const confidence = f.get('confidence')?.value;
    if (confidence) {
        const c = (0,dist/* isScalar */.jn)(confidence) ? confidence.value : undefined;
        if (typeof c !== 'number' || !(c >= 0.5 && c <= 0.999))
            throw err(ctx, confidence, `${what}.confidence must be a number from 0.5 to 0.999`);
        spec.confidence = c;
    }
    const minSamples = f.get('minSamples')?.value;
    if (minSamples) {
        const n = (0,dist/* isScalar */.jn)(minSamples) ? minSamples.value : undefined;
        if (typeof n !== 'number' || !Number.isInteger(n) || n < 2 || n > MAX_COUNT)
            throw err(ctx, minSamples, `${what}.minSamples must be an integer from 2 to ${MAX_COUNT}`);
        spec.minSamples = n;
    }
    const baseline = f.get('baseline')?.value;
    if (baseline) {
        if (!(0,dist/* isMap */.jh)(baseline))
            throw err(ctx, baseline, `${what}.baseline must be a mapping of arg names to values`);
        spec.baselineArgs = {};
        for (const pair of baseline.items) {
            const name = str(ctx, pair.key, `${what}.baseline key`);
            if (!declared.has(name))
                throw err(ctx, pair.key, `${what}.baseline: unknown arg "${name}"${(0,suggest/* didYouMean */.a)(name, declared)}`);
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
    const line = template_lineOf(ctx, node) ?? 1;
    const at = (key) => ({ input: ctx.input, file: ctx.file, line: template_lineOf(ctx, f.get(key)?.value) ?? line });
    if (f.has('consecutiveSuccessLimit'))
        throw err(ctx, f.get('consecutiveSuccessLimit').key, `metric ${name}: consecutiveSuccessLimit is not supported here`, 'use count with failureLimit');
    const duration = (key) => {
        const v = f.get(key)?.value;
        if (v === undefined || v === null)
            return undefined;
        return parseDuration(str(ctx, v, `metric ${name}: ${key}`), at(key));
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
            (0,analysis_condition.compileCondition)(text, at(key));
        return text;
    };
    const gateNode = f.get('gate')?.value;
    let gate;
    if (gateNode) {
        const g = str(ctx, gateNode, `metric ${name}: gate`);
        if (!GATES.includes(g))
            throw err(ctx, gateNode, `metric ${name}: gate must be error_rate or p95_ms, not "${g}"${(0,suggest/* didYouMean */.a)(g, GATES)}`);
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
    const line = template_lineOf(ctx, node) ?? 1;
    const address = f.get('address');
    if (!address)
        throw err(ctx, node, 'alerts: address missing', 'the Alertmanager base URL, e.g. http://alertmanager:9093');
    const addressText = str(ctx, address.value, 'alerts.address');
    checkRefs(ctx, address.value, addressText, declared);
    const m = f.get('matchers');
    if (!m || m.value === null)
        throw err(ctx, node, 'alerts: matchers missing', 'e.g. matchers: ["service=shop", "env=production"]');
    const matchers = [];
    const raw = (0,dist/* isSeq */.oP)(m.value) ? m.value.items.map((item) => str(ctx, item, 'alerts matcher')) : str(ctx, m.value, 'alerts.matchers').split(',');
    for (const text of raw.map((s) => s.trim()).filter((s) => s !== '')) {
        if (!/^[A-Za-z_][A-Za-z0-9_]*\s*(=~|!~|!=|=)\s*\S?/.test(text))
            throw err(ctx, m.value, `alerts: matcher "${text}" is not name=value, name!=value, name=~"regex" or name!~"regex"`);
        checkRefs(ctx, m.value, text, declared);
        // Alertmanager's own matcher syntax (quoting, RE2 regexes), checked now rather than at the first look.
        if (!text.includes('{{'))
            (0,alertmanager.parseMatchers)(text, { input: ctx.input, file: ctx.file, line: template_lineOf(ctx, m.value) });
        matchers.push(text);
    }
    if (!matchers.length)
        throw err(ctx, m.value, 'alerts: matchers is empty (every alert would fail the analysis)');
    const intervals = metrics.map((x) => x.intervalMs).filter((x) => x > 0);
    const intervalNode = f.get('interval')?.value;
    const intervalMs = intervalNode ? parseDuration(str(ctx, intervalNode, 'alerts.interval'), { input: ctx.input, file: ctx.file, line: template_lineOf(ctx, intervalNode) }) : intervals.length ? Math.min(...intervals) : DEFAULT_ALERTS_INTERVAL_MS;
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
        if (!(0,dist/* isMap */.jh)(root))
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
        const name = (0,dist/* isMap */.jh)(meta) ? String(meta.get('name') ?? '') : '';
        templates.push({ name, spec: f.get('spec')?.value ?? null, at: root });
    }
    if (bare)
        return bare;
    if (templates.length === 0)
        throw new core_errors/* UserError */.y(`no AnalysisTemplate in the ${docs.length > 1 ? `${docs.length} YAML documents` : 'YAML'}`, { input: ctx.input, file: ctx.file, line: 1 });
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
function parseAnalysis(text, opts) {
    const where = { input: opts.input, file: opts.file };
    checkYamlBounds(text, yaml_bounds_YAML_BOUNDS.input, where);
    const lines = new dist/* LineCounter */.HN();
    const docs = (0,dist/* parseAllDocuments */.hR)(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true, strict: true });
    const ctx = { ...where, lines };
    if (!Array.isArray(docs))
        throw new core_errors/* UserError */.y('invalid YAML', { ...where, line: 1 });
    for (const doc of docs) {
        const first = doc.errors[0];
        if (first) {
            const line = first.linePos?.[0]?.line ?? lines.linePos(first.pos[0]).line;
            throw new core_errors/* UserError */.y(`invalid YAML: ${first.message.split('\n')[0].replace(/ at line \d+, column \d+.*$/, '')}`, { ...where, line });
        }
    }
    if (docs.length === 0)
        throw new core_errors/* UserError */.y('empty analysis: give an AnalysisTemplate or its spec (args, metrics)', { ...where, line: 1 });
    const spec = specNode(ctx, docs);
    const f = fields(ctx, spec, 'spec', SPEC_KEYS);
    const args = readArgs(ctx, f.get('args')?.value);
    const declared = new Set([...BUILTIN_ARGS, ...args.map((a) => a.name)]);
    const metricsNode = f.get('metrics')?.value;
    if (!metricsNode || ((0,dist/* isSeq */.oP)(metricsNode) && metricsNode.items.length === 0))
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
                throw err(ctx, node, `dryRun metricName ${JSON.stringify(pattern)} matches no metric${(0,suggest/* didYouMean */.a)(pattern, metrics.map((m) => m.name))}`);
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
function loadAnalysis(value, opts) {
    const v = value.trim();
    if (v === '')
        throw new core_errors/* UserError */.y('empty: give an AnalysisTemplate inline, or the path of a .yml file holding one', { input: opts.input });
    const oneLine = !/[\r\n]/.test(v);
    if (!(oneLine && !/:\s|:$|^[-[{]/.test(v)))
        return parseAnalysis(value, { source: opts.input, input: opts.input });
    if (!/\.ya?ml$/i.test(v))
        throw new core_errors/* UserError */.y(`${v}: an analysis file must end in .yml or .yaml`, { input: opts.input });
    const file = files_resolveInWorkspace(opts.workspace, v, opts.input);
    const shown = files_displayPath(opts.workspace, file);
    let stat;
    try {
        stat = (0,external_node_fs_.statSync)(file);
    }
    catch (e) {
        const code = e.code;
        throw new core_errors/* UserError */.y(code === 'ENOENT' ? 'file not found' : `cannot read (${code})`, { input: opts.input, file: shown });
    }
    if (!stat.isFile())
        throw new core_errors/* UserError */.y('not a regular file', { input: opts.input, file: shown });
    if (stat.size > MAX_ANALYSIS_BYTES)
        throw new core_errors/* UserError */.y(`file of ${stat.size.toLocaleString('en-US')} bytes is larger than the limit of ${MAX_ANALYSIS_BYTES.toLocaleString('en-US')} bytes; not read`, { input: opts.input, file: shown });
    const buffer = (0,external_node_fs_.readFileSync)(file);
    if (buffer.includes(0))
        throw new core_errors/* UserError */.y('binary file (it holds NUL bytes), not YAML', { input: opts.input, file: shown });
    return parseAnalysis(buffer.toString('utf8'), { source: shown, input: opts.input, file: shown });
}
/**
 * The args an analysis runs with: declared defaults, then `given`. A declared arg with no value
 * given anywhere is a UserError naming it and its line.
 */
function resolveArgs(spec, given, input) {
    const out = {};
    for (const arg of spec.args)
        if (arg.value !== undefined)
            out[arg.name] = arg.value;
    for (const [name, value] of Object.entries(given))
        out[name] = value;
    const missing = spec.args.filter((a) => out[a.name] === undefined);
    if (missing.length) {
        const file = spec.source !== input ? spec.source : undefined;
        throw core_errors/* UserError */.y.several(missing.map((a) => new core_errors/* UserError */.y(`args ${a.name} has no value`, { input, file, line: a.line, hint: 'give it a value in the template, or pass it at run time' })));
    }
    return out;
}
/** `{{args.name}}` (spaces allowed, as Argo's templating does) replaced by its value; an unknown arg is a UserError. */
function renderArgs(text, args, where) {
    return text.replace(ARG_REF, (_, name) => {
        if (!Object.prototype.hasOwnProperty.call(args, name)) {
            throw new core_errors/* UserError */.y(`unknown arg "${name}" in {{args.${name}}}${(0,suggest/* didYouMean */.a)(name, Object.keys(args))}`, where);
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
    sleep: (ms, signal) => (0,core_cancel/* sleepUnlessCancelled */.xE)(ms, signal, 'analysis')
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
                    (0,analysis_condition.compileTimeExpression)(text, where)(new Date());
                }
                catch (e) {
                    if (e instanceof core_errors/* UserError */.y)
                        throw e;
                    throw new core_errors/* UserError */.y(`metric ${m.name}: rangeQuery ${key} ${JSON.stringify(text)}: ${e.message}`, where);
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
            p.success = (0,analysis_condition.compileCondition)(renderArgs(m.successCondition, args, where), where);
        if (m.failureCondition)
            p.failure = (0,analysis_condition.compileCondition)(renderArgs(m.failureCondition, args, where), where);
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
function run_judge(p, value) {
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
async function runAnalysis(spec, ctx) {
    const clock = ctx.clock ?? realClock;
    const iso = () => new Date(clock.now()).toISOString();
    const startedAt = iso();
    const masked = (ctx.maskArgs ?? []).map((n) => ctx.args[n]).filter((v) => typeof v === 'string' && v.length > 0);
    const mask = (text) => masked.reduce((t, secret) => t.split(secret).join('***'), text);
    const shownArgs = Object.fromEntries(Object.entries(ctx.args).map(([k, v]) => [k, ctx.maskArgs?.includes(k) ? '***' : v]));
    const prepared = prepare(spec, ctx.args);
    const cancelled = () => new core_cancel/* Cancelled */.cJ((0,core_cancel/* signalName */.yD)(ctx.signal), `analysis (${ctx.stage}) stopped`);
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
                const verdict = run_judge(p, meas.value);
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
            const shown = `result ${(0,analysis_condition.showResult)(last.value)}`;
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
                decided = { phase: 'Successful', message: `${m.name} successful ${r.successful} of ${r.count} measurements${stopped}, last result ${(0,analysis_condition.showResult)(r.measurements[r.measurements.length - 1].value)}${empty}` };
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
const ON_INCONCLUSIVE = ['fail', 'pass', 'rollback'];
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
            throw new core_errors/* UserError */.y(`${name}: ${JSON.stringify(v)} is not valid for the embedded analysis`, { input: ANALYSIS_INPUTS.args, hint: name === 'interval' ? 'a duration such as 10s' : 'a number' });
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
        throw new core_errors/* UserError */.y('not a YAML mapping of argument names to values', { input: name, hint: 'e.g. { service: shop }' });
    const out = {};
    for (const [k, v] of Object.entries(data)) {
        if (v !== null && typeof v === 'object')
            throw new core_errors/* UserError */.y(`${k}: a value must be a string or a number`, { input: name });
        out[k] = v === null || v === undefined ? '' : String(v);
    }
    return out;
}
/** Reads an action's analysis inputs; undefined when `analysis` is not given. Errors name the inputs. */
function readAnalysisConfig(host, names, defaults) {
    const given = host.getInput(names.analysis).trim();
    const errors = [];
    const attempt = (0,core_errors/* collecting */.H)(errors);
    const args = attempt(() => parseAnalysisArgs(host.getInput(names.args), names.args), {});
    const raw = input(host, names.onInconclusive, 'fail').toLowerCase();
    const onInconclusive = attempt(() => {
        if (!ON_INCONCLUSIVE.includes(raw))
            throw new core_errors/* UserError */.y(`${JSON.stringify(raw)} is not one of ${ON_INCONCLUSIVE.join(', ')}`, { input: names.onInconclusive });
        return raw;
    }, 'fail');
    const reportGiven = input(host, names.reportPath, ANALYSIS_REPORT_DEFAULT);
    const reportFile = attempt(() => resolveOutputInWorkspace(host.workspace, reportGiven, names.reportPath), '');
    if (!given) {
        if (errors.length)
            throw core_errors/* UserError */.y.several(errors);
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
        throw core_errors/* UserError */.y.several(errors);
    return { spec, args, onInconclusive, reportFile, reportShown: files_displayPath(host.workspace, reportFile), embedded };
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
            if (err instanceof core_cancel/* Cancelled */.cJ || !(err instanceof core_errors/* UserError */.y))
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
    const data = await readJson(file, shown, inputName);
    const errors = schemaErrors('analysis-report', data);
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
    const file = resolveInWorkspace(workspace, given, inputName);
    const shown = displayPath(workspace, file);
    const report = await readAnalysisReport(file, shown, inputName);
    if (!report)
        throw new UserError('file not found', { input: inputName, file: shown });
    return { report, shown };
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
        return new AuditLog(openAppend(file, shown, input), redactor, file);
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
        reportFile = resolveOutputInWorkspace(host.workspace, input(host, constants/* SmokeInputs */.Nx.ReportPath, constants/* Defaults */.Hw.SmokeReport), constants/* SmokeInputs */.Nx.ReportPath);
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
    let analysis;
    try {
        analysis = readAnalysisConfig(host, { analysis: constants/* SmokeInputs */.Nx.Analysis, args: constants/* SmokeInputs */.Nx.AnalysisArgs, onInconclusive: constants/* SmokeInputs */.Nx.OnInconclusive, reportPath: constants/* SmokeInputs */.Nx.AnalysisReportPath }, EMBEDDED_DEFAULTS);
    }
    catch (err) {
        if (err instanceof core_errors/* UserError */.y)
            errors.push(err, ...err.more);
        else
            throw err;
    }
    let logFile = '';
    try {
        const given = input(host, constants/* SmokeInputs */.Nx.LogPath);
        if (given)
            logFile = resolveOutputInWorkspace(host.workspace, given, constants/* SmokeInputs */.Nx.LogPath);
    }
    catch (err) {
        errors.push(err);
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
        token,
        analysis,
        logFile
    };
}
/** The smoke-test command: the same for the action and `phase-gates smoke`. */
async function runSmoke(host, options = {}) {
    const secrets = new core_secrets/* Redactor */.pO((v) => host.setSecret(v));
    const { settings, reportFile, deploymentId, token, analysis, logFile } = await readSettings(host, secrets);
    const log = (m) => host.info(secrets.redact(m));
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
    const http = new HttpClient({ timeoutMs: settings.timeoutMs, env: host.env, isCredential: (name, value) => isCredentialHeader(name) || secrets.holdsSecret(value) });
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
        cancel?.dispose();
        throw stopped;
    }
    finally {
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
    let bakeRun;
    try {
        if (analysis && report.passed) {
            // The post-deploy bake: telemetry judged once the checks passed. Cancelled: no verdict, no report.
            let bake;
            try {
                bake = await bakeAnalysis(host, analysis, { target: settings.target, deploymentId: report.deploymentId, signal, logFile, secrets });
            }
            catch (err) {
                if (!(err instanceof core_cancel/* Cancelled */.cJ))
                    throw err;
                const stopped = new core_cancel/* Cancelled */.cJ(err.signalName, 'the smoke test was stopped during its analysis, before a verdict; no report was written');
                await host.appendSummary(`## Smoke test\n\n⚠️ ${stopped.message}\n`);
                throw stopped;
            }
            bakeRun = bake.run;
            report.analysis = { phase: bake.run.phase, decision: bake.decision, message: secrets.redact(bake.run.message), report: analysis.reportShown };
            if (!bake.ok) {
                report.passed = false;
                report.message = secrets.redact(bake.detail);
            }
            report.finishedAt = new Date().toISOString();
        }
    }
    finally {
        cancel?.dispose();
    }
    assertSchema('smoke-report', report);
    await writeFileAtomic(reportFile, JSON.stringify(report, null, 2) + '\n');
    const failed = report.checks.filter((c) => !c.passed);
    host.setOutput(constants/* SmokeOutputs */.AR.Passed, String(report.passed));
    host.setOutput(constants/* SmokeOutputs */.AR.ReportPath, files_displayPath(host.workspace, reportFile));
    host.setOutput(constants/* SmokeOutputs */.AR.P95Ms, report.totals.p95Ms === null ? '' : String(report.totals.p95Ms));
    // A percentage, like the smoke_error_rate gate and the max-error-rate input (the report keeps a ratio).
    host.setOutput(constants/* SmokeOutputs */.AR.ErrorRate, report.totals.errorRate === null ? '' : String(Math.round(report.totals.errorRate * 100_000) / 1000));
    host.setOutput(constants/* SmokeOutputs */.AR.FailedChecks, JSON.stringify(failed.map((c) => ({ name: c.name, url: c.url, error: c.error }))));
    await host.appendSummary(renderSummary(report));
    if (bakeRun && analysis)
        await host.appendSummary(secrets.redact([...renderRun(bakeRun), `Every run: \`${analysis.reportShown}\`.`, ''].join('\n')));
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
        `p50 ${t.p50Ms ?? '—'} ms, p95 ${t.p95Ms ?? '—'} ms, p99 ${t.p99Ms ?? '—'} ms; report ${files_displayPath(host.workspace, reportFile)}`);
    if (deploymentId !== null) {
        const { postDeploymentStatus } = await Promise.all(/* import() */[__webpack_require__.e(932), __webpack_require__.e(510)]).then(__webpack_require__.bind(__webpack_require__, 6510));
        const description = report.passed
            ? `Smoke test passed: ${report.checks.length} checks, p95 ${t.p95Ms ?? '—'} ms, errors ${t.errorRate === null ? '—' : formatPercent(t.errorRate)}`
            : `Smoke test failed: ${report.message ?? ''}`;
        const plainTarget = !/\*\*\*/.test(report.target) ? report.target : undefined;
        const posted = await postDeploymentStatus({
            token,
            deploymentId,
            passed: report.passed,
            description: secrets.redact(description),
            environmentUrl: plainTarget,
            env: host.env,
            log
        });
        log(`Deployment ${deploymentId}: status ${posted.state} posted`);
    }
    return { ok: report.passed, message: report.passed ? undefined : secrets.redact(`smoke test failed: ${report.message}`), report };
}
/**
 * smoke-test's post-deploy bake: the analysis run once the checks passed, its events appended to
 * the audit log when `log-path` is given (the root action gives deploy's), the run added to the
 * analysis report, its verdict in the summary. Cancellation ends it with `Cancelled`.
 */
async function bakeAnalysis(host, analysis, opts) {
    const log = opts.logFile ? AuditLog.open(opts.logFile, opts.secrets, files_displayPath(host.workspace, opts.logFile), constants/* SmokeInputs */.Nx.LogPath) : undefined;
    try {
        const args = analysis.args;
        const result = await analyseStage(analysis, {
            stage: BAKE_STAGE,
            builtins: { url: opts.target.replace(/\/+$/, ''), 'deployment-id': opts.deploymentId ?? undefined },
            env: host.env,
            signal: opts.signal,
            // The audit log's own redactor knows no secret of this step: every field is scrubbed first.
            sink: log
                ? {
                    write: (level, event, fields = {}) => log.write(level, event, Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, typeof v === 'string' ? opts.secrets.redact(v) : v])))
                }
                : undefined,
            info: (m) => host.info(opts.secrets.redact(m)),
            baseline: false
        });
        await recordRun(analysis, { environment: args.environment, version: args.version, deploymentId: opts.deploymentId ?? args['deployment-id'] }, result.run, constants/* SmokeInputs */.Nx.AnalysisReportPath);
        if (result.decision === 'pass')
            host.annotate('warning', opts.secrets.redact(`post-deploy bake: ${result.detail}; passed (on-inconclusive: pass)`), { title: 'phase-gates smoke-test: analysis' });
        return result;
    }
    finally {
        log?.close();
    }
}


/***/ }),

/***/ 906:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AR: () => (/* binding */ SmokeOutputs),
/* harmony export */   Hw: () => (/* binding */ Defaults),
/* harmony export */   Nx: () => (/* binding */ SmokeInputs),
/* harmony export */   Tf: () => (/* binding */ SMOKE_REPORT_SCHEMA)
/* harmony export */ });
/* unused harmony exports GatesInputs, GatesOutputs, GATES_REPORT_SCHEMA, ValidationInputs, ValidationOutputs, DeployInputs, DeployOutputs, DEPLOY_LEDGER_DEFAULT, PipelineInputs, PipelineOutputs, PHASE_07_REPORT_DEFAULT */
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
/* harmony export */   H: () => (/* binding */ collecting),
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

/***/ 4434:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   aF: () => (/* binding */ secretValue),
/* harmony export */   eh: () => (/* binding */ isSecretName),
/* harmony export */   eo: () => (/* binding */ secretForms),
/* harmony export */   pO: () => (/* binding */ Redactor)
/* harmony export */ });
/* unused harmony exports MASK, MIN_ENCODED, MIN_LINE, MIN_GUESSED */
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


/***/ }),

/***/ 6161:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ didYouMean)
/* harmony export */ });
/* unused harmony export nearest */
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
    /** Registers the secret with the runner, by the shared masker's rules and in each form it knows (the runner adds its own). */
    setSecret(value) {
        const v = (0,secrets/* secretValue */.aF)(value);
        if (!v)
            return;
        issueCommand('add-mask', {}, v);
        for (const form of (0,secrets/* secretForms */.eo)(v))
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
