export const id = 265;
export const ids = [265];
export const modules = {

/***/ 1265:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony import */ var _host_actions_host_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4497);
/* harmony import */ var _host_run_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9427);
/* harmony import */ var _core_commands_deploy_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4900);
/** Entry of actions/deploy: builds the runner host and runs the deploy command. */



process.exitCode = await (0,_host_run_js__WEBPACK_IMPORTED_MODULE_1__/* .runCommand */ .d)(new _host_actions_host_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionsHost */ .Q(), (host) => (0,_core_commands_deploy_js__WEBPACK_IMPORTED_MODULE_2__/* .runDeploy */ .z)(host), true);

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

/***/ 4900:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  z: () => (/* binding */ runDeploy)
});

// EXTERNAL MODULE: ./.build/src/core/errors.js
var core_errors = __webpack_require__(6512);
// EXTERNAL MODULE: ./.build/src/core/cancel.js
var core_cancel = __webpack_require__(3361);
;// CONCATENATED MODULE: ./.build/src/core/constants.js
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

// EXTERNAL MODULE: ./.build/src/core/files.js + 1 modules
var core_files = __webpack_require__(4358);
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
        throw new UserError('required and not supplied', { input: name });
    return v;
}

;// CONCATENATED MODULE: ./.build/src/core/deploy/freeze.js
/**
 * Freeze windows: when deploys are refused. Windows are wall-clock ranges in an IANA time zone,
 * compared with the wall clock of that zone at the moment of the deploy (read through
 * Intl.DateTimeFormat), so `Fri 18:00` means 18:00 on the local clock in winter and summer alike,
 * and a range across a daylight saving change is as long as the clocks say. A window may also be an
 * iCalendar file of holidays (see calendar.ts), optionally with the days before each holiday.
 */

const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const FULL_DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const MINUTES_PER_WEEK = 7 * 1440;
/** How many days before each holiday of a calendar a window may also freeze. */
const MAX_DAYS_BEFORE = 14;
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
const SYNTAX_HINT = 'write e.g. "Fri 00:00-Mon 00:00", "Sat-Sun", "Fri 16:00-18:00", "22:00-06:00", "2026-12-24..2026-12-26", "holidays.ics", "holidays.ics and the day before" or "none"';
/** `[ics:] path.ics [and the day before | and N days before]`. */
const CALENDAR = /^(?:ics: ?)?(\S(?:.*?\S)?\.ics)(?: and (?:the day|(\d{1,2}) days?) before)?$/i;
/** Parses one window (see {@link parseFreezeWindows}); undefined when it is not one. */
function parseWindow(text) {
    const t = text.trim().replace(/\s+/g, ' ');
    // A holiday calendar, and perhaps the days before each holiday.
    const ics = CALENDAR.exec(t);
    if (ics) {
        const daysBefore = ics[2] === undefined ? (/ before$/i.test(t) ? 1 : 0) : Number(ics[2]);
        if (daysBefore > MAX_DAYS_BEFORE || (ics[2] !== undefined && daysBefore < 1))
            return undefined;
        return { kind: 'calendar', text: t, path: ics[1], daysBefore };
    }
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
    return { date, day, minutes: hour * 60 + minute, text: `${DAYS[day][0].toUpperCase()}${DAYS[day].slice(1)} ${date} ${hh}:${mm}`, instant, zone };
}
/**
 * Loads the calendars of calendar windows (ical.js is imported only then). A calendar that cannot
 * be read is a UserError naming `input` and the file.
 */
async function loadCalendars(windows, workspace, input) {
    const calendars = windows.filter((w) => w.kind === 'calendar');
    if (!calendars.length)
        return;
    const { loadCalendar } = await __webpack_require__.e(/* import() */ 809).then(__webpack_require__.bind(__webpack_require__, 7809));
    const errors = [];
    for (const w of calendars) {
        try {
            w.calendar = await loadCalendar(workspace, w.path, input);
        }
        catch (err) {
            if (!(err instanceof core_errors/* UserError */.y))
                throw err;
            errors.push(err);
        }
    }
    if (errors.length)
        throw core_errors/* UserError */.y.several(errors);
}
/**
 * What the deploy's moment is to a freeze, for the check's detail: `is inside the freeze window
 * "Sat-Sun"`, `falls on the holiday "Christmas Day" (2026-12-25, holidays.ics)`, or `falls on the day
 * before the holiday …`.
 */
function describeFreeze(frozen) {
    const h = frozen.holiday;
    if (!h || frozen.kind !== 'calendar')
        return `is inside the freeze window "${frozen.text}"`;
    const before = frozen.daysBefore === 1 ? 'the day before ' : `the ${frozen.daysBefore} days before `;
    return `falls on ${h.before ? before : ''}the holiday "${h.summary}" (${h.when}, ${h.file})`;
}
/** The first window that holds the wall clock, if any. */
function activeFreeze(windows, clock) {
    const week = clock.day * 1440 + clock.minutes;
    for (const w of windows) {
        if (w.kind === 'calendar') {
            if (!w.calendar)
                throw new Error(`calendar ${w.path} was not loaded (loadCalendars)`);
            const holiday = w.calendar.find(clock.instant, clock.date, clock.zone, w.daysBefore);
            if (holiday)
                return { ...w, holiday };
            continue;
        }
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
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
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

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./.build/src/core/json-position.js
var json_position = __webpack_require__(5001);
;// CONCATENATED MODULE: ./.build/src/core/deploy/attestation.js
/**
 * The `attestation` pre-deploy check: the artifact to deploy carries a Sigstore signature
 * (a GitHub artifact attestation, or a cosign signature made with a key), verified offline against
 * a trusted root file, from the expected signer and source repository.
 *
 * The inputs are read and their files parsed here without Sigstore; the Sigstore libraries are
 * loaded (`await import`) only when the check runs with `verify-attestation` set.
 */







/** GitHub Actions' OIDC issuer: the default issuer a signing certificate must name. */
const GITHUB_ACTIONS_ISSUER = 'https://token.actions.githubusercontent.com';
/** Fulcio's certificate extension SourceRepositoryURI. */
const OID_SOURCE_REPOSITORY_URI = '1.3.6.1.4.1.57264.1.12';
/** Largest bundle file read (a `gh attestation download` file holds one ~10 kB bundle a line). */
const MAX_BUNDLE_BYTES = 8 * 1024 * 1024;
/** Most bundles in one file. */
const MAX_BUNDLES = 256;
/** Largest trusted root file read (`gh attestation trusted-root` prints ~20 kB). */
const MAX_TRUSTED_ROOT_BYTES = 4 * 1024 * 1024;
const BUNDLE_MEDIA_TYPE = /^application\/vnd\.dev\.sigstore\.bundle(\+json;version=0\.[123]|\.v0\.3\+json)$/;
const TRUSTED_ROOT_MEDIA_TYPE = /^application\/vnd\.dev\.sigstore\.trustedroot(\+json;version=0\.1|\.v0\.[12]\+json)$/;
/** Parses `attestation-signer`: its first line the identity, an optional `issuer: URL` line. */
function parseSigner(text, name = DeployInputs.AttestationSigner) {
    const lines = text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
    let issuer;
    let identity;
    for (const line of lines) {
        const m = /^issuer:\s*(\S+)$/.exec(line);
        if (m) {
            if (issuer)
                throw new core_errors/* UserError */.y('issuer given twice', { input: name });
            if (!/^https:\/\/\S+$/.test(m[1]))
                throw new core_errors/* UserError */.y(`the issuer must be an https URL, got ${JSON.stringify(m[1])}`, { input: name });
            issuer = m[1];
        }
        else if (identity)
            throw new core_errors/* UserError */.y(`one identity a deploy, got a second line ${JSON.stringify(line)}`, { input: name, hint: 'the workflow, a whole identity or a /regular expression/, and optionally a line issuer: URL' });
        else
            identity = line;
    }
    if (!identity)
        return { issuer };
    if (identity.length > 2 && identity.startsWith('/') && identity.endsWith('/')) {
        let regexp;
        try {
            regexp = new RegExp(identity.slice(1, -1));
        }
        catch (err) {
            throw new core_errors/* UserError */.y(`not a regular expression: ${err.message}`, { input: name });
        }
        return { signer: { text: identity, kind: 'regexp', value: identity.slice(1, -1), regexp }, issuer };
    }
    if (/^https?:\/\//.test(identity) || /^[^/\s@]+@[^/\s@]+$/.test(identity))
        return { signer: { text: identity, kind: 'exact', value: identity }, issuer };
    // [host/]owner/repo/.github/workflows/file.yml[@ref]: the host is github.com unless the first part names one.
    const m = /^(?:([a-z0-9-]+(?:\.[a-z0-9-]+)+)\/)?([\w.-]+\/[\w.-]+\/\.github\/workflows\/[^@\s]+\.ya?ml)(?:@(\S+))?$/i.exec(identity);
    if (!m) {
        throw new core_errors/* UserError */.y(`not a signer: ${JSON.stringify(identity)}`, {
            input: name,
            hint: 'owner/repo/.github/workflows/release.yml (optionally @refs/tags/v1), a whole identity (https://… or an email), or a /regular expression/'
        });
    }
    return { signer: { text: identity, kind: 'workflow', value: `https://${m[1] ?? 'github.com'}/${m[2]}`, ref: m[3] }, issuer };
}
/** Whether a SAN is the one the policy asks for. */
function signerMatches(policy, san) {
    switch (policy.kind) {
        case 'regexp':
            return policy.regexp.test(san);
        case 'exact':
            return san === policy.value;
        case 'workflow': {
            // The host and owner/repo compare without case, as GitHub's names do; the workflow path and ref exactly.
            const at = san.indexOf('@', 'https://'.length);
            const base = at < 0 ? san : san.slice(0, at);
            const [sanRepo, sanPath] = splitRepo(base);
            const [wantRepo, wantPath] = splitRepo(policy.value);
            if (sanRepo.toLowerCase() !== wantRepo.toLowerCase() || sanPath !== wantPath)
                return false;
            return policy.ref === undefined ? at > 0 : san.slice(at + 1) === policy.ref;
        }
    }
}
/** `https://host/owner/repo` and the rest of a workflow URL. */
function splitRepo(url) {
    const parts = url.split('/');
    return [parts.slice(0, 5).join('/'), parts.slice(5).join('/')];
}
/** Reads a bounded text file of the workspace for `name`: not there, too big or binary is one line. */
function readTextFile(workspace, given, name, max) {
    const file = (0,core_files/* resolveInWorkspace */.z1)(workspace, given, name);
    const shown = (0,core_files/* displayPath */.Gt)(workspace, file);
    let size;
    try {
        const st = (0,external_node_fs_.statSync)(file);
        if (!st.isFile())
            throw new core_errors/* UserError */.y(`${shown} is not a file`, { input: name });
        size = st.size;
    }
    catch (err) {
        if (err instanceof core_errors/* UserError */.y)
            throw err;
        throw new core_errors/* UserError */.y(`cannot read ${shown}: ${err.code ?? err.message}`, { input: name });
    }
    if (size > max)
        throw new core_errors/* UserError */.y(`${shown} is ${size} bytes, more than the ${max} read`, { input: name });
    let bytes;
    try {
        bytes = (0,external_node_fs_.readFileSync)(file);
    }
    catch (err) {
        throw new core_errors/* UserError */.y(`cannot read ${shown}: ${err.code ?? err.message}`, { input: name });
    }
    const text = bytes.toString('utf8');
    if (bytes.includes(0) || text.includes('\uFFFD'))
        throw new core_errors/* UserError */.y('binary, not JSON', { input: name, file: shown });
    if (!text.trim())
        throw new core_errors/* UserError */.y('empty', { input: name, file: shown });
    return { text, shown };
}
/**
 * JSON objects of a file: one JSON document (possibly over several lines), or JSON Lines (one
 * object a line, as `gh attestation download` and `gh attestation trusted-root` write).
 */
function jsonObjects(text, shown, name, what, mediaType, max) {
    const objects = [];
    const check = (json, line) => {
        if (typeof json !== 'object' || json === null || Array.isArray(json))
            throw new core_errors/* UserError */.y(`not ${what}: a JSON ${Array.isArray(json) ? 'array' : typeof json}`, { input: name, file: shown, line });
        const type = json.mediaType;
        if (typeof type !== 'string' || !mediaType.test(type)) {
            throw new core_errors/* UserError */.y(`not ${what}: mediaType is ${typeof type === 'string' ? JSON.stringify(type) : 'missing'}`, { input: name, file: shown, line });
        }
        objects.push({ line, json: json });
    };
    let whole;
    try {
        check(JSON.parse(text));
        return objects;
    }
    catch (err) {
        if (err instanceof core_errors/* UserError */.y)
            throw err;
        whole = err;
    }
    // JSON Lines when the first line is a JSON value of its own; else one document, whose error is
    // told at its line (a pretty-printed bundle broken on line 30 is not "line 1").
    const lines = text.split('\n');
    let jsonLines = false;
    try {
        JSON.parse(lines.find((l) => l.trim()) ?? '');
        jsonLines = true;
    }
    catch {
        // not a value on its own
    }
    if (!jsonLines)
        throw new core_errors/* UserError */.y(`not JSON (${jsonError(whole)})`, { input: name, file: shown, line: lineOfError(text) });
    for (let i = 0; i < lines.length; i++) {
        if (!lines[i].trim())
            continue;
        if (objects.length >= max)
            throw new core_errors/* UserError */.y(`more than ${max} ${what}s`, { input: name, file: shown, line: i + 1 });
        let json;
        try {
            json = JSON.parse(lines[i]);
        }
        catch (err) {
            throw new core_errors/* UserError */.y(`not JSON (${jsonError(err)})`, { input: name, file: shown, line: i + 1 });
        }
        check(json, i + 1);
    }
    return objects;
}
function jsonError(err) {
    return err.message.replace(/ in JSON at position.*$/s, '').replace(/^Unexpected end of JSON input$/, 'cut short');
}
/** The line where JSON text stops being valid (Node 20's JSON.parse often names no position). */
function lineOfError(text) {
    return text.slice(0, (0,json_position/* jsonErrorOffset */.O)(text)).split('\n').length;
}
/** The artifact of `verify-attestation`: `sha256:<hex>`, or a file of the workspace. */
function readSubject(workspace, given) {
    const digest = /^sha256:([0-9a-fA-F]*)$/.exec(given);
    if (digest) {
        if (digest[1].length !== 64)
            throw new core_errors/* UserError */.y(`${given} is not a sha256 digest (64 hex digits)`, { input: DeployInputs.VerifyAttestation });
        return { kind: 'digest', algorithm: 'sha256', hex: digest[1].toLowerCase() };
    }
    if (/^[a-z0-9]+:[0-9a-f]{16,}$/i.test(given))
        throw new core_errors/* UserError */.y(`only sha256 digests are verified, got ${given.split(':')[0]}`, { input: DeployInputs.VerifyAttestation });
    const file = (0,core_files/* resolveInWorkspace */.z1)(workspace, given, DeployInputs.VerifyAttestation);
    const shown = (0,core_files/* displayPath */.Gt)(workspace, file);
    let isFile = false;
    try {
        isFile = (0,external_node_fs_.statSync)(file).isFile();
    }
    catch (err) {
        throw new core_errors/* UserError */.y(`cannot read ${shown}: ${err.code ?? err.message}`, { input: DeployInputs.VerifyAttestation, hint: 'the artifact to deploy (a file path) or its digest sha256:<hex>' });
    }
    if (!isFile)
        throw new core_errors/* UserError */.y(`${shown} is not a file`, { input: DeployInputs.VerifyAttestation, hint: 'the artifact to deploy (a file path) or its digest sha256:<hex>' });
    return { kind: 'file', file, shown };
}
/** The repository whose workflows must have built the artifact, as a URL ('' for `*`: not checked). */
function readRepository(host) {
    const v = input(host, DeployInputs.AttestationRepository, host.env.GITHUB_REPOSITORY ?? '');
    // `*`: no repository is checked, the signer identity alone decides (gh attestation verify --owner's looser cousin).
    if (!v || v === '*')
        return '';
    if (/^https:\/\/[^/\s]+\/[\w.-]+\/[\w.-]+$/.test(v))
        return v;
    if (!/^[\w.-]+\/[\w.-]+$/.test(v))
        throw new core_errors/* UserError */.y(`not owner/repo: ${JSON.stringify(v)}`, { input: DeployInputs.AttestationRepository, hint: 'e.g. acme/shop, or https://acme.ghe.com/acme/shop' });
    return `${(host.env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '')}/${v}`;
}
/**
 * Reads the attestation inputs: undefined when verify-attestation is empty (the check is then
 * skipped, and the other attestation inputs must be empty too). Throws one UserError carrying
 * every problem found; reads the bundle and trusted root files, but loads no Sigstore library.
 */
function readAttestationConfig(host) {
    const errors = [];
    const attempt = (0,core_errors/* collecting */.H)(errors);
    const ws = host.workspace;
    const given = input(host, DeployInputs.VerifyAttestation);
    const others = [DeployInputs.AttestationBundle, DeployInputs.AttestationTrustedRoot, DeployInputs.AttestationSigner, DeployInputs.AttestationKey].filter((n) => input(host, n));
    if (!given) {
        if (others.length)
            throw new core_errors/* UserError */.y(`${others.join(', ')} set but verify-attestation is empty: nothing to verify`, { input: DeployInputs.VerifyAttestation, hint: 'the artifact to deploy (a file path) or its digest sha256:<hex>' });
        return undefined;
    }
    const subject = attempt(() => readSubject(ws, given), undefined);
    const bundleGiven = input(host, DeployInputs.AttestationBundle);
    let bundleShown = '';
    const bundles = attempt(() => {
        if (!bundleGiven)
            throw new core_errors/* UserError */.y('required with verify-attestation and not supplied', { input: DeployInputs.AttestationBundle, hint: 'the Sigstore bundle: gh attestation download writes sha256:<digest>.jsonl' });
        const { text, shown } = readTextFile(ws, bundleGiven, DeployInputs.AttestationBundle, MAX_BUNDLE_BYTES);
        bundleShown = shown;
        return jsonObjects(text, shown, DeployInputs.AttestationBundle, 'a Sigstore bundle', BUNDLE_MEDIA_TYPE, MAX_BUNDLES).map((o) => ({ where: o.line ? `${shown}:${o.line}` : shown, json: o.json }));
    }, []);
    const key = attempt(() => {
        const v = host.getInput(DeployInputs.AttestationKey).trim();
        if (!v)
            return undefined;
        const inline = v.startsWith('-----BEGIN');
        const { text, shown } = inline ? { text: v, shown: 'the attestation-key input' } : readTextFile(ws, v, DeployInputs.AttestationKey, 64 * 1024);
        try {
            const object = (0,external_node_crypto_.createPublicKey)(text);
            return { pem: text, shown, object };
        }
        catch (err) {
            throw new core_errors/* UserError */.y(`not a PEM public key${inline ? '' : ` (${shown})`}: ${err.message.split('\n')[0]}`, { input: DeployInputs.AttestationKey, hint: 'cosign public-key prints it: -----BEGIN PUBLIC KEY-----…' });
        }
    }, undefined);
    const rootGiven = input(host, DeployInputs.AttestationTrustedRoot);
    let trustedRootShown;
    const trustedRoots = attempt(() => {
        if (!rootGiven) {
            if (key || input(host, DeployInputs.AttestationKey))
                return [];
            throw new core_errors/* UserError */.y('required with verify-attestation and not supplied: verification is offline, against this file only', { input: DeployInputs.AttestationTrustedRoot, hint: 'gh attestation trusted-root > trusted_root.jsonl, or give attestation-key for a key-based signature' });
        }
        const { text, shown } = readTextFile(ws, rootGiven, DeployInputs.AttestationTrustedRoot, MAX_TRUSTED_ROOT_BYTES);
        trustedRootShown = shown;
        return jsonObjects(text, shown, DeployInputs.AttestationTrustedRoot, 'a Sigstore trusted root', TRUSTED_ROOT_MEDIA_TYPE, 16).map((o) => o.json);
    }, []);
    const { signer, issuer } = attempt(() => parseSigner(host.getInput(DeployInputs.AttestationSigner)), {});
    if (input(host, DeployInputs.AttestationKey) && input(host, DeployInputs.AttestationSigner)) {
        errors.push(new core_errors/* UserError */.y('a key-based signature has no certificate identity to check: give attestation-signer or attestation-key, not both', { input: DeployInputs.AttestationSigner }));
    }
    const repository = attempt(() => (key ? '' : readRepository(host)), '');
    if (errors.length)
        throw core_errors/* UserError */.y.several(errors);
    return {
        subject: subject,
        bundleShown,
        bundles,
        trustedRootShown,
        trustedRoots,
        signer,
        issuer: issuer ?? GITHUB_ACTIONS_ISSUER,
        repository,
        key
    };
}
/** sha256 and sha512 of a file, read once as a stream. */
async function fileDigests(file) {
    const a = (0,external_node_crypto_.createHash)('sha256');
    const b = (0,external_node_crypto_.createHash)('sha512');
    for await (const chunk of (0,external_node_fs_.createReadStream)(file)) {
        a.update(chunk);
        b.update(chunk);
    }
    return { sha256: a.digest('hex'), sha512: b.digest('hex') };
}
/** Whether a signature over the file's bytes verifies with `key` (streamed). */
async function verifyFileSignature(file, key, signature, algorithm) {
    const verifier = (0,external_node_crypto_.createVerify)(algorithm);
    for await (const chunk of (0,external_node_fs_.createReadStream)(file))
        verifier.update(chunk);
    return verifier.verify(key, signature);
}
/** The string in a DER UTF8String / IA5String (a Fulcio extension's value), or the bytes as text. */
function derString(value) {
    if (value.length >= 2 && (value[0] === 0x0c || value[0] === 0x16)) {
        let len = value[1];
        let at = 2;
        if (len & 0x80) {
            const n = len & 0x7f;
            len = 0;
            for (let i = 0; i < n; i++)
                len = len * 256 + value[2 + i];
            at = 2 + n;
        }
        return value.subarray(at, at + len).toString('utf8');
    }
    return value.toString('utf8');
}
const attestation_short = (hex) => `${hex.slice(0, 12)}…`;
/** Verifies one bundle: the signature, its digest, chain and timestamps, then identity and repository. */
async function verifyBundle(entry, config, digests, sigstore, trust) {
    let bundle;
    try {
        bundle = sigstore.bundle.bundleFromJSON(entry.json);
    }
    catch (err) {
        return { ok: false, why: `not a valid Sigstore bundle (${err.message}${err.fields ? `: ${err.fields.join(', ')}` : ''})` };
    }
    const content = bundle.content;
    let what = '';
    let statement;
    if (content.$case === 'dsseEnvelope') {
        const env = content.dsseEnvelope;
        if (env.payloadType !== 'application/vnd.in-toto+json')
            return { ok: false, why: `a DSSE payload of type ${env.payloadType}, not an in-toto statement` };
        let parsed;
        try {
            parsed = JSON.parse(env.payload.toString('utf8'));
        }
        catch {
            return { ok: false, why: 'its in-toto statement is not JSON' };
        }
        const subjects = Array.isArray(parsed.subject) ? parsed.subject : [];
        const hit = subjects.find((s) => s?.digest?.sha256 === digests.sha256 || (digests.sha512 !== undefined && s?.digest?.sha512 === digests.sha512));
        if (!hit) {
            const named = subjects.flatMap((s) => Object.entries(s?.digest ?? {}).map(([alg, hex]) => `${alg}:${attestation_short(String(hex))}`));
            return { ok: false, why: `its statement is for ${named.join(', ') || 'no subject'}, not sha256:${attestation_short(digests.sha256)}` };
        }
        statement = parsed;
        what = typeof parsed.predicateType === 'string' ? predicateName(parsed.predicateType) : 'an in-toto statement';
    }
    else {
        const sig = content.messageSignature;
        const alg = sig.messageDigest?.algorithm;
        const hex = sig.messageDigest?.digest.toString('hex');
        const want = alg === sigstore.specs.HashAlgorithm.SHA2_512 ? digests.sha512 : alg === sigstore.specs.HashAlgorithm.SHA2_256 || alg === undefined ? digests.sha256 : undefined;
        if (hex !== undefined && hex !== want)
            return { ok: false, why: `it signs the digest ${attestation_short(hex)}, not the artifact's ${attestation_short(digests.sha256)}` };
        if (config.subject.kind !== 'file')
            return { ok: false, why: 'a message signature is over the artifact\'s bytes: give its file in verify-attestation, not a digest' };
        what = 'a signature';
    }
    // A message signature is checked over the file's bytes, streamed, after Sigstore found the key.
    const entity = sigstore.verify.toSignedEntity(bundle);
    let signingKey;
    if (content.$case === 'messageSignature') {
        const inner = entity.signature;
        entity.signature = { ...inner, signature: inner.signature, compareSignature: (s) => inner.compareSignature(s), compareDigest: (d) => inner.compareDigest(d), verifySignature: (k) => ((signingKey = k), true) };
    }
    const certified = entity.key.$case === 'certificate';
    if (!certified && !config.key)
        return { ok: false, why: 'signed with a key, and no attestation-key is given' };
    if (certified && config.key)
        return { ok: false, why: 'signed with a certificate, not with attestation-key' };
    // A certificate is verified against each trusted root in turn (public good, GitHub's, one's own),
    // with the policy gh attestation verify applies to that instance; a key against all their logs.
    const candidates = certified ? trust.roots : [trust.merged];
    let signer;
    let failure;
    for (const root of candidates) {
        const verifier = new sigstore.verify.Verifier(root.material, verifierPolicy(certified ? leafOrganization(bundle) : undefined, root.counts));
        try {
            signer = verifier.verify(entity);
            break;
        }
        catch (err) {
            // The error of a root the certificate chains to says more than "no path" from the others.
            if (failure === undefined || isNoPath(failure))
                failure = err;
        }
    }
    if (!signer)
        return { ok: false, why: verificationFailure(failure, config) };
    if (signingKey) {
        const alg = content.$case === 'messageSignature' && content.messageSignature.messageDigest?.algorithm === sigstore.specs.HashAlgorithm.SHA2_512 ? 'sha512' : 'sha256';
        const sigBytes = content.$case === 'messageSignature' ? content.messageSignature.signature : Buffer.alloc(0);
        if (!(await verifyFileSignature(config.subject.file, signingKey, sigBytes, alg))) {
            return { ok: false, why: config.key ? `the signature does not verify with attestation-key (${config.key.shown})` : 'the signature does not verify over the artifact' };
        }
    }
    if (!certified)
        return { ok: true, detail: `${what} by attestation-key${config.key.shown.startsWith('the ') ? '' : ` ${config.key.shown}`}` };
    // Identity: the OIDC issuer, the SAN, and the source repository, as gh attestation verify checks them.
    const identity = signer.identity ?? {};
    const san = identity.subjectAlternativeName ?? '';
    const issuer = identity.extensions?.issuer ?? '';
    if (issuer.toLowerCase() !== config.issuer.toLowerCase())
        return { ok: false, why: `the certificate's issuer is ${issuer || 'not named'}, not ${config.issuer} (attestation-signer)` };
    if (config.signer && !signerMatches(config.signer, san))
        return { ok: false, why: `signed by ${san || 'no identity'}, not ${config.signer.text} (attestation-signer)` };
    if (config.repository) {
        const oid = (identity.oids ?? []).find((o) => o.oid?.id.join('.') === OID_SOURCE_REPOSITORY_URI);
        const source = oid ? derString(Buffer.from(oid.value)) : '';
        if (source.toLowerCase() !== config.repository.toLowerCase())
            return { ok: false, why: `built from ${source || 'no named repository'}, not ${config.repository} (attestation-repository)` };
        const built = statement ? provenanceSource(statement) : undefined;
        if (built !== undefined && !sameRepository(built, config.repository))
            return { ok: false, why: `its provenance builds from ${built}, not ${config.repository} (attestation-repository)` };
    }
    return { ok: true, detail: `${what} signed by ${san}${config.repository ? ` from ${config.repository.replace(/^https:\/\/github\.com\//, '')}` : ''}` };
}
function predicateName(type) {
    const m = /^https:\/\/slsa\.dev\/provenance\/v(.+)$/.exec(type);
    if (m)
        return `SLSA provenance v${m[1]}`;
    if (type === 'https://spdx.dev/Document' || type.startsWith('https://cyclonedx.org/'))
        return 'an SBOM';
    return `an attestation (${type})`;
}
/** The repository a SLSA provenance says it built from, when it says so. */
function provenanceSource(statement) {
    const at = (value, ...keys) => keys.reduce((v, k) => (v && typeof v === 'object' ? v[k] : undefined), value);
    const found = statement.predicateType === 'https://slsa.dev/provenance/v1'
        ? at(statement.predicate, 'buildDefinition', 'externalParameters', 'workflow', 'repository')
        : statement.predicateType === 'https://slsa.dev/provenance/v0.2'
            ? at(statement.predicate, 'invocation', 'configSource', 'uri')
            : undefined;
    return typeof found === 'string' ? found : undefined;
}
/** `git+https://github.com/o/r@refs/…` or `https://github.com/o/r` names the repository URL. */
function sameRepository(given, repository) {
    const bare = given.replace(/^git\+/, '').replace(/@.*$/, '').replace(/\.git$/, '');
    return bare.toLowerCase() === repository.toLowerCase();
}
/**
 * What a bundle must carry, as gh attestation verify decides it from the certificate's issuer
 * (pkg/cmd/attestation/verification/sigstore.go): Sigstore public good (`O=sigstore.dev`) a
 * transparency log entry and an SCT; GitHub's instance (`O=GitHub, Inc.`) a signed timestamp; any
 * other a trusted time, and a log entry when its root has a log. A key: what the roots can vouch for.
 */
function verifierPolicy(organization, counts) {
    if (organization === undefined)
        return { tlogThreshold: counts.tlogs ? 1 : 0, ctlogThreshold: 0, timestampThreshold: counts.tlogs || counts.tsas ? 1 : 0 };
    if (organization === 'sigstore.dev')
        return { tlogThreshold: 1, ctlogThreshold: 1, timestampThreshold: 1 };
    if (organization === 'GitHub, Inc.')
        return { tlogThreshold: 0, ctlogThreshold: 0, timestampThreshold: 1 };
    return { tlogThreshold: counts.tlogs ? 1 : 0, ctlogThreshold: 0, timestampThreshold: 1 };
}
/** The organization (O=) of the signing certificate's issuer. */
function leafOrganization(bundle) {
    const content = bundle.verificationMaterial.content;
    const raw = content.$case === 'certificate' ? content.certificate?.rawBytes : content.x509CertificateChain?.certificates[0]?.rawBytes;
    try {
        return raw ? (/^O=(.*)$/m.exec(new external_node_crypto_.X509Certificate(raw).issuer)?.[1] ?? '') : '';
    }
    catch {
        return '';
    }
}
function isNoPath(err) {
    const e = err;
    return e?.code === 'CERTIFICATE_ERROR' && /certificate path found/.test(e.cause?.message ?? '');
}
function countsOf(root) {
    return { tlogs: root.tlogs.length, ctlogs: root.ctlogs.length, tsas: root.timestampAuthorities.length };
}
/** A Sigstore verification error as one line a user can act on. */
function verificationFailure(err, config) {
    const e = err;
    const cause = e.cause ? `: ${e.cause.message}` : '';
    const root = config.trustedRootShown ? ` (attestation-trusted-root ${config.trustedRootShown})` : '';
    switch (e.code) {
        case 'CERTIFICATE_ERROR':
            return /expired|not valid/.test(e.message + cause)
                ? `the signing certificate was not valid when it signed${cause ? '' : ` (${e.message})`}`
                : `the signing certificate does not chain to a CA of the trusted root${root}${cause}`;
        case 'SIGNATURE_ERROR':
            return config.key ? `the signature does not verify with attestation-key (${config.key.shown})` : 'the signature does not verify';
        case 'PUBLIC_KEY_ERROR':
            return `attestation-key does not apply (${e.message})`;
        case 'TLOG_ERROR':
        case 'TIMESTAMP_ERROR':
            return `no transparency log entry or timestamp the trusted root vouches for (${e.message})${root}`;
        default:
            if (e.code?.startsWith('TLOG'))
                return `its transparency log entry does not verify against the trusted root${root}: ${e.message}`;
            if (e.code)
                return `${e.message}${cause}`;
            return `cannot be verified: ${e.message}`;
    }
}
/** Loads the Sigstore libraries (only when the check is configured). */
async function loadSigstore() {
    const [bundle, verify, specs] = await Promise.all([Promise.all(/* import() */[__webpack_require__.e(654), __webpack_require__.e(40)]).then(__webpack_require__.t.bind(__webpack_require__, 1040, 19)), Promise.all(/* import() */[__webpack_require__.e(654), __webpack_require__.e(187)]).then(__webpack_require__.t.bind(__webpack_require__, 4187, 19)), __webpack_require__.e(/* import() */ 654).then(__webpack_require__.t.bind(__webpack_require__, 9654, 19))]);
    return { bundle, verify, specs };
}
const TITLE = 'Signed artifact';
/**
 * The `attestation` check: passes when one bundle of attestation-bundle verifies for the
 * artifact, offline against the trusted root (or attestation-key), from the expected signer and
 * source repository; fails naming why for each bundle otherwise; skips when not asked.
 */
async function checkAttestation(config) {
    if (!config)
        return { id: 'attestation', title: TITLE, status: 'skip', detail: 'not asked (verify-attestation is empty)' };
    let digests;
    try {
        digests = config.subject.kind === 'file' ? await fileDigests(config.subject.file) : { sha256: config.subject.hex };
    }
    catch (err) {
        return { id: 'attestation', title: TITLE, status: 'fail', detail: `verify-attestation: cannot read ${config.subject.shown}: ${err.code ?? err.message}` };
    }
    const artifact = config.subject.kind === 'file' ? `${config.subject.shown} (sha256:${attestation_short(digests.sha256)})` : `sha256:${attestation_short(digests.sha256)}`;
    const sigstore = await loadSigstore();
    let trust;
    try {
        const roots = config.trustedRoots.map((r) => sigstore.specs.TrustedRoot.fromJSON(r));
        const merged = sigstore.specs.TrustedRoot.fromJSON({ mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1' });
        for (const r of roots) {
            merged.tlogs.push(...r.tlogs);
            merged.ctlogs.push(...r.ctlogs);
            merged.certificateAuthorities.push(...r.certificateAuthorities);
            merged.timestampAuthorities.push(...r.timestampAuthorities);
        }
        const key = config.key?.object;
        const finder = key ? () => ({ publicKey: key, validFor: () => true }) : undefined;
        trust = {
            roots: roots.map((r) => ({ material: sigstore.verify.toTrustMaterial(r, finder), counts: countsOf(r) })),
            merged: { material: sigstore.verify.toTrustMaterial(merged, finder), counts: countsOf(merged) }
        };
    }
    catch (err) {
        return { id: 'attestation', title: TITLE, status: 'fail', detail: `attestation-trusted-root: ${config.trustedRootShown}: not a usable trusted root (${err.message})` };
    }
    const failures = [];
    for (const entry of config.bundles) {
        const verdict = await verifyBundle(entry, config, digests, sigstore, trust);
        if (verdict.ok) {
            const of = config.bundles.length > 1 ? `, bundle ${failures.length + 1} of ${config.bundles.length}` : '';
            return { id: 'attestation', title: TITLE, status: 'pass', detail: `${artifact}: ${verdict.detail} (${entry.where}${of})` };
        }
        failures.push(`${entry.where}: ${verdict.why}`);
    }
    const more = failures.length > 1 ? `; ${failures.length - 1} more bundle${failures.length > 2 ? 's' : ''} failed too` : '';
    return { id: 'attestation', title: TITLE, status: 'fail', detail: `attestation-bundle: ${failures[0]} — for ${artifact}${more}` };
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
        const name = isScalar(keyNode) ? String(keyNode.value) : String(keyNode);
        const origin = { input: where.input, file: where.file, line: lineOf(parsed, keyNode) };
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
                throw new UserError('gates must be a mapping of metric to threshold', { input, file: shown, line: lineOf(parsed, gatesPair.key) });
            }
            gates = gatesFromMap(parsed, gatesPair.value, where, warnings).filter((g) => !('removed' in g));
        }
    }
    const phase = frontMatter.phase;
    if (typeof phase === 'number' && (!Number.isFinite(phase) || phase < 0 || phase > 1e6)) {
        const key = isMap(root) ? root.items.find((p) => isScalar(p.key) && p.key.value === 'phase')?.key : undefined;
        throw new UserError(`phase: ${phase} is not a phase number (0 to 1,000,000)`, { input, file: shown, line: lineOf(parsed, key) });
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
        throw new UserError('must be a YAML mapping of metric to threshold', { input, line: lineOf(parsed, root) ?? 1, hint: 'e.g. { coverage: ">=80%", vulns_critical: 0 }' });
    }
    const entries = gatesFromMap(parsed, root, { input }, warnings);
    return {
        gates: entries.filter((g) => !('removed' in g)),
        removed: entries.filter((g) => 'removed' in g).map((g) => g.name),
        warnings
    };
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
const template_PROVIDERS = ['prometheus', 'scrape'];
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
function template_str(ctx, node, what) {
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
    const ms = parseDuration(template_str(ctx, node, what), { input: ctx.input, file: ctx.file, line: template_lineOf(ctx, node) });
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
            out[name] = template_str(ctx, value, `${what}.${name}`);
            checkRefs(ctx, value, out[name], declared);
        }
        return out;
    }
    for (const item of seq(ctx, node, what)) {
        const f = fields(ctx, item, `${what} entry`, ['key', 'value']);
        const key = f.get('key');
        if (!key)
            throw err(ctx, item, `${what} entry needs a key`);
        const value = template_str(ctx, f.get('value')?.value, `${what} ${template_str(ctx, key.value, 'key')}`);
        checkRefs(ctx, f.get('value')?.value, value, declared);
        out[template_str(ctx, key.value, `${what} key`)] = value;
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
        const name = template_str(ctx, nameNode, 'args name');
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
        if (!template_PROVIDERS.includes(name))
            throw err(ctx, pairs[i].key, `metric ${metric}: unknown provider "${name}"${(0,suggest/* didYouMean */.a)(name, template_PROVIDERS)}`, 'phase-gates measures with prometheus or scrape');
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
        const value = template_str(ctx, entry.value, `${what}.${key}`);
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
            const text = template_str(ctx, entry.value, `${what}.rangeQuery.${key}`);
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
        const d = template_str(ctx, direction, `${what}.direction`);
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
            const name = template_str(ctx, pair.key, `${what}.baseline key`);
            if (!declared.has(name))
                throw err(ctx, pair.key, `${what}.baseline: unknown arg "${name}"${(0,suggest/* didYouMean */.a)(name, declared)}`);
            const value = template_str(ctx, pair.value, `${what}.baseline.${name}`);
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
    const name = template_str(ctx, nameNode, 'metric name');
    const line = template_lineOf(ctx, node) ?? 1;
    const at = (key) => ({ input: ctx.input, file: ctx.file, line: template_lineOf(ctx, f.get(key)?.value) ?? line });
    if (f.has('consecutiveSuccessLimit'))
        throw err(ctx, f.get('consecutiveSuccessLimit').key, `metric ${name}: consecutiveSuccessLimit is not supported here`, 'use count with failureLimit');
    const duration = (key) => {
        const v = f.get(key)?.value;
        if (v === undefined || v === null)
            return undefined;
        return parseDuration(template_str(ctx, v, `metric ${name}: ${key}`), at(key));
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
        const text = template_str(ctx, v, `metric ${name}: ${key}`);
        checkRefs(ctx, v, text, declared);
        // With {{args.…}} it compiles once rendered (resolveArgs / run); without, now.
        if (!/\{\{/.test(text))
            (0,analysis_condition.compileCondition)(text, at(key));
        return text;
    };
    const gateNode = f.get('gate')?.value;
    let gate;
    if (gateNode) {
        const g = template_str(ctx, gateNode, `metric ${name}: gate`);
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
    const addressText = template_str(ctx, address.value, 'alerts.address');
    checkRefs(ctx, address.value, addressText, declared);
    const m = f.get('matchers');
    if (!m || m.value === null)
        throw err(ctx, node, 'alerts: matchers missing', 'e.g. matchers: ["service=shop", "env=production"]');
    const matchers = [];
    const raw = (0,dist/* isSeq */.oP)(m.value) ? m.value.items.map((item) => template_str(ctx, item, 'alerts matcher')) : template_str(ctx, m.value, 'alerts.matchers').split(',');
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
    const intervalMs = intervalNode ? parseDuration(template_str(ctx, intervalNode, 'alerts.interval'), { input: ctx.input, file: ctx.file, line: template_lineOf(ctx, intervalNode) }) : intervals.length ? Math.min(...intervals) : DEFAULT_ALERTS_INTERVAL_MS;
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
        const kind = template_str(ctx, kindNode, 'kind');
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
            const pattern = template_str(ctx, node, 'dryRun metricName');
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
    const file = (0,core_files/* resolveInWorkspace */.z1)(opts.workspace, v, opts.input);
    const shown = (0,core_files/* displayPath */.Gt)(opts.workspace, file);
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
    const reportFile = attempt(() => (0,core_files/* resolveOutputInWorkspace */.kc)(host.workspace, reportGiven, names.reportPath), '');
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
    return { spec, args, onInconclusive, reportFile, reportShown: (0,core_files/* displayPath */.Gt)(host.workspace, reportFile), embedded };
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
    const data = await (0,core_files/* readJson */.Vh)(file, shown, inputName);
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
    await (0,core_files/* writeFileAtomic */.Zf)(config.reportFile, JSON.stringify(report, null, 2) + '\n');
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

;// CONCATENATED MODULE: ./.build/src/core/deploy/migrations/formats.js
/**
 * The migration directory layouts teams use with PostgreSQL, told apart by their file names:
 * - golang-migrate: `<version>_<name>.up.sql` and `<version>_<name>.down.sql` (version: digits);
 * - dbmate: `<version>_<name>.sql`, one file with `-- migrate:up` and `-- migrate:down` sections;
 * - Flyway: `V<version>__<description>.sql`, undone by `U<version>__<description>.sql`.
 * A directory mixing them, or holding a `.sql` file none of them names, is refused in one line
 * naming the file: a migration the tool would skip (or run) unseen cannot be rehearsed.
 */



/** Largest migration file read: a bigger one (a data dump) is refused before it is read. */
const MAX_MIGRATION_BYTES = 16 * 1024 * 1024;
/** Most .sql files a migrations directory may hold. */
const MAX_MIGRATION_FILES = 10_000;
const GOLANG = /^(\d+)_(.+)\.(up|down)\.sql$/;
const DBMATE = /^(\d+)_?(.*)\.sql$/;
const FLYWAY = /^([VU])(\d+(?:[._]\d+)*)__(.+)\.sql$/;
/** The format a file name belongs to, or why it belongs to none. */
function formatOf(name) {
    if (GOLANG.test(name))
        return 'golang-migrate';
    if (FLYWAY.test(name))
        return 'flyway';
    if (DBMATE.test(name))
        return 'dbmate';
    return undefined;
}
/** Compares two versions made of numbers separated by `.` or `_` (Flyway's `1.10` after `1.9`). */
function compareVersions(a, b) {
    const pa = a.split(/[._]/).map((p) => BigInt(p));
    const pb = b.split(/[._]/).map((p) => BigInt(p));
    for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
        const x = pa[i] ?? 0n;
        const y = pb[i] ?? 0n;
        if (x !== y)
            return x < y ? -1 : 1;
    }
    return 0;
}
/** The `-- migrate:up` / `-- migrate:down` sections of a dbmate file. */
function dbmateSections(file, text, input, shown) {
    const lines = text.split('\n');
    const marks = [];
    lines.forEach((l, i) => {
        const m = /^--\s*migrate:(up|down)\b/.exec(l);
        if (m)
            marks.push({ dir: m[1], line: i });
    });
    const ups = marks.filter((m) => m.dir === 'up');
    const downs = marks.filter((m) => m.dir === 'down');
    if (ups.length !== 1)
        throw new core_errors/* UserError */.y(ups.length ? 'more than one -- migrate:up section' : 'no -- migrate:up section (a dbmate migration has -- migrate:up and -- migrate:down)', { input, file: `${shown}/${file}` });
    if (downs.length > 1)
        throw new core_errors/* UserError */.y('more than one -- migrate:down section', { input, file: `${shown}/${file}`, line: downs[1].line + 1 });
    const section = (start) => {
        const end = marks.find((m) => m.line > start)?.line ?? lines.length;
        return { file, sql: lines.slice(start + 1, end).join('\n'), line: start + 2 };
    };
    return { up: section(ups[0].line), down: downs.length ? section(downs[0].line) : undefined };
}
/**
 * Reads a migrations directory (`shown`: its path as given, for messages). Throws a UserError
 * naming `input` and the file for a name of no format, a mix of formats, or a duplicate version.
 */
function readMigrations(dir, input, shown) {
    let names;
    try {
        if (!(0,external_node_fs_.statSync)(dir).isDirectory())
            throw new core_errors/* UserError */.y(`${shown} is not a directory`, { input, hint: 'give the directory holding the migrations' });
        names = (0,external_node_fs_.readdirSync)(dir).filter((n) => n.endsWith('.sql') && (0,external_node_fs_.statSync)(external_node_path_.join(dir, n)).isFile()).sort();
    }
    catch (err) {
        if (err instanceof core_errors/* UserError */.y)
            throw err;
        throw new core_errors/* UserError */.y(`${shown}: no such directory`, { input, hint: 'give the directory holding the migrations' });
    }
    if (!names.length)
        throw new core_errors/* UserError */.y(`${shown} holds no .sql migration`, { input });
    if (names.length > MAX_MIGRATION_FILES)
        throw new core_errors/* UserError */.y(`${shown} holds ${names.length} .sql files, more than the ${MAX_MIGRATION_FILES} read`, { input });
    let format;
    let first = '';
    for (const name of names) {
        const f = formatOf(name);
        if (!f) {
            throw new core_errors/* UserError */.y('not a migration file name of golang-migrate (<version>_<name>.up.sql / .down.sql), dbmate (<version>_<name>.sql) or Flyway (V<version>__<description>.sql / U<version>__…)', { input, file: `${shown}/${name}` });
        }
        if (format && f !== format)
            throw new core_errors/* UserError */.y(`a ${f} file name among ${format} migrations (${first}): one directory holds one tool's migrations`, { input, file: `${shown}/${name}` });
        if (!format) {
            format = f;
            first = name;
        }
    }
    // Bounded, and text: a huge or binary file is one line naming it, not a parser's trouble.
    const read = (name) => {
        const file = external_node_path_.join(dir, name);
        const size = (0,external_node_fs_.statSync)(file).size;
        if (size > MAX_MIGRATION_BYTES)
            throw new core_errors/* UserError */.y(`${size} bytes, more than the ${MAX_MIGRATION_BYTES} a migration may have`, { input, file: `${shown}/${name}` });
        const bytes = (0,external_node_fs_.readFileSync)(file);
        if (bytes.includes(0))
            throw new core_errors/* UserError */.y('a binary file, not SQL', { input, file: `${shown}/${name}` });
        return bytes.toString('utf8');
    };
    const byId = new Map();
    const seen = new Map();
    const once = (key, name) => {
        const other = seen.get(key);
        if (other)
            throw new core_errors/* UserError */.y(`version ${key.split(':')[1]} is also ${other}`, { input, file: `${shown}/${name}`, hint: 'each version names one migration' });
        seen.set(key, name);
    };
    const undo = [];
    for (const name of names) {
        if (format === 'golang-migrate') {
            const [, version, , dir] = GOLANG.exec(name);
            const id = BigInt(version).toString();
            once(`${dir}:${id}`, name);
            const sql = { file: name, sql: read(name), line: 1 };
            const m = byId.get(id);
            if (dir === 'up')
                byId.set(id, { ...m, id, up: sql });
            else
                byId.set(id, { ...(m ?? { id, up: undefined }), down: sql });
        }
        else if (format === 'dbmate') {
            const [, version] = DBMATE.exec(name);
            once(`up:${version}`, name);
            byId.set(version, { id: version, ...dbmateSections(name, read(name), input, shown) });
        }
        else {
            const [, kind, version] = FLYWAY.exec(name);
            const id = version.replace(/_/g, '.');
            once(`${kind}:${id}`, name);
            const sql = { file: name, sql: read(name), line: 1 };
            if (kind === 'V')
                byId.set(id, { ...byId.get(id), id, up: sql });
            else
                undo.push({ id, sql });
        }
    }
    for (const u of undo) {
        const m = byId.get(u.id);
        if (!m)
            throw new core_errors/* UserError */.y(`an undo migration without V${u.id}__…`, { input, file: `${shown}/${u.sql.file}` });
        m.down = u.sql;
    }
    for (const m of byId.values()) {
        if (!m.up)
            throw new core_errors/* UserError */.y(`a down migration without its up (${m.id}_….up.sql)`, { input, file: `${shown}/${m.down.file}` });
    }
    const migrations = [...byId.values()].sort((a, b) => compareVersions(a.id, b.id));
    return { format: format, migrations };
}
/** The ids of the migration files among `names` (e.g. the previous deployment's tree), in `format`. */
function migrationIds(names, format) {
    const ids = new Set();
    for (const name of names) {
        if (format === 'golang-migrate') {
            const m = GOLANG.exec(name);
            if (m && m[3] === 'up')
                ids.add(BigInt(m[1]).toString());
        }
        else if (format === 'flyway') {
            const m = FLYWAY.exec(name);
            if (m && m[1] === 'V')
                ids.add(m[2].replace(/_/g, '.'));
        }
        else {
            const m = DBMATE.exec(name);
            if (m && !GOLANG.test(name) && !FLYWAY.test(name))
                ids.add(m[1]);
        }
    }
    return ids;
}

// EXTERNAL MODULE: external "node:module"
var external_node_module_ = __webpack_require__(8995);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
;// CONCATENATED MODULE: ./.build/src/core/deploy/migrations/statements.js
/**
 * Migrations read with PostgreSQL's own parser (libpg-query, WebAssembly, loaded on first use):
 * split into statements with their lines, and judged for statements that break a running release
 * or lose data — drops, renames, type changes that narrow, index builds that lock a table in use,
 * NOT NULL on a column that holds rows.
 */




/** The kinds of destructive statements, as `migrate-allow` names them. */
const statements_KINDS = ['drop-table', 'drop-column', 'alter-type', 'rename', 'index-not-concurrent', 'set-not-null', 'add-not-null'];
/** A syntax error, where the parser put it. */
class SqlSyntaxError extends Error {
    line;
    constructor(message, 
    /** 1-based line within the SQL parsed. */
    line) {
        super(message);
        this.line = line;
    }
}
let parser;
/**
 * The directory of libpg-query.wasm: beside this module when bundled (scripts/build.mjs copies it
 * next to the bundle), else in the installed package.
 */
function wasmDirectory() {
    const here = external_node_path_.dirname((0,external_node_url_.fileURLToPath)(import.meta.url));
    if ((0,external_node_fs_.existsSync)(external_node_path_.join(here, WASM)))
        return here;
    try {
        return external_node_path_.dirname((0,external_node_module_.createRequire)(import.meta.url).resolve(`libpg-query/wasm/${WASM}`));
    }
    catch {
        return undefined;
    }
}
const WASM = 'libpg-query.wasm';
/**
 * libpg-query, loaded once. Its Emscripten loader reads the wasm from `__dirname`, which an ES module
 * bundle (ncc's) does not define: it is set for the import (the loader reads it at once) and removed.
 */
function libpgQuery() {
    parser ??= (async () => {
        const g = globalThis;
        let shim;
        if (typeof g.__dirname === 'undefined') {
            shim = wasmDirectory();
            // Without it the loader would fail inside a promise nobody awaits, ending the process.
            if (!shim)
                throw new Error(`${WASM} is neither beside ${(0,external_node_url_.fileURLToPath)(import.meta.url)} nor in an installed libpg-query`);
            g.__dirname = shim;
        }
        try {
            const mod = await __webpack_require__.e(/* import() */ 627).then(__webpack_require__.t.bind(__webpack_require__, 2627, 19));
            await mod.loadModule();
            return mod;
        }
        finally {
            if (shim)
                delete g.__dirname;
        }
    })();
    return parser;
}
function lineAt(text, index) {
    let line = 1;
    for (let i = 0; i < index && i < text.length; i++)
        if (text.charCodeAt(i) === 10)
            line++;
    return line;
}
/** Splits SQL into its statements (locations are in bytes of UTF-8: cut on a Buffer). */
async function splitStatements(sql) {
    const { parse } = await libpgQuery();
    let tree;
    try {
        tree = (await parse(sql));
    }
    catch (err) {
        const e = err;
        // Only the parser's own errors are the SQL's; anything else (the wasm not loading) is ours.
        if (!e.sqlDetails)
            throw err;
        const bytes = Buffer.from(sql, 'utf8');
        const at = e.sqlDetails?.cursorPosition ?? 0;
        throw new SqlSyntaxError(e.message, lineAt(bytes.subarray(0, at).toString('utf8'), Infinity));
    }
    const bytes = Buffer.from(sql, 'utf8');
    return (tree.stmts ?? []).map((s) => {
        const start = s.stmt_location ?? 0;
        const end = s.stmt_len ? start + s.stmt_len : bytes.length;
        const before = bytes.subarray(0, start).toString('utf8');
        const raw = bytes.subarray(start, end).toString('utf8');
        // The statement's first line is where its text starts, past leading blank lines and comments.
        const lead = /^(\s|--[^\n]*\n)*/.exec(raw)[0];
        const node = s.stmt;
        const index = node.IndexStmt;
        const tx = node.TransactionStmt !== undefined;
        const outside = Boolean(index?.concurrent) ||
            node.VacuumStmt !== undefined ||
            node.CreatedbStmt !== undefined ||
            node.DropdbStmt !== undefined ||
            (node.ReindexStmt !== undefined && /\bCONCURRENTLY\b/i.test(raw)) ||
            Boolean(node.DropStmt?.concurrent);
        return { sql: raw, line: lineAt(before + lead, Infinity), startLine: lineAt(before, Infinity), outsideTransaction: outside, transactionControl: tx, node };
    });
}
const qualified = (r) => `${r.schemaname ?? 'public'}.${r.relname}`;
const sval = (n) => n.String?.sval ?? '';
/**
 * The destructive statements among `statements` (of `file`, its SQL starting at `line`), judged
 * against the schema before this release: only what existed then can be broken.
 */
function destructive(statements, file, line, before, expandContract) {
    const flags = [];
    const at = (s) => line + s.line - 1;
    for (const s of statements) {
        const n = s.node;
        const flag = (kind, what, object, renamedTo) => flags.push({ file, line: at(s), kind, what, object, renamedTo });
        if (n.DropStmt) {
            const d = n.DropStmt;
            if (d.removeType === 'OBJECT_TABLE') {
                for (const o of d.objects) {
                    const parts = (o.List?.items ?? []).map(sval);
                    const name = parts.length > 1 ? `${parts[0]}.${parts[1]}` : `public.${parts[0]}`;
                    if (before.tables.has(name))
                        flag('drop-table', `DROP TABLE ${name}`, name);
                }
            }
        }
        else if (n.AlterTableStmt) {
            const a = n.AlterTableStmt;
            if (a.objtype && a.objtype !== 'OBJECT_TABLE')
                continue;
            const table = qualified(a.relation);
            if (!before.tables.has(table))
                continue;
            for (const { AlterTableCmd: c } of a.cmds) {
                const col = `${table}.${c.name ?? ''}`;
                if (c.subtype === 'AT_DropColumn' && before.columns.has(col))
                    flag('drop-column', `DROP COLUMN ${col}`, col);
                else if (c.subtype === 'AT_AlterColumnType' && before.columns.has(col))
                    flag('alter-type', `ALTER COLUMN ${col} TYPE`, col);
                else if (c.subtype === 'AT_SetNotNull' && before.columns.has(col))
                    flag('set-not-null', `SET NOT NULL on ${col}`, col);
                else if (c.subtype === 'AT_AddColumn' && expandContract) {
                    const def = c.def?.ColumnDef;
                    const kinds = (def?.constraints ?? []).map((k) => k.Constraint.contype);
                    const type = (def?.typeName?.names ?? []).map(sval).at(-1) ?? '';
                    const serial = /^(small|big)?serial[248]?$/.test(type);
                    if (kinds.includes('CONSTR_NOTNULL') && !serial && !kinds.includes('CONSTR_DEFAULT') && !kinds.includes('CONSTR_IDENTITY') && !kinds.includes('CONSTR_GENERATED')) {
                        const added = `${table}.${def?.colname ?? ''}`;
                        flag('add-not-null', `ADD COLUMN ${added} NOT NULL without a default (the previous release's inserts omit it)`, added);
                    }
                }
            }
        }
        else if (n.RenameStmt) {
            const r = n.RenameStmt;
            if (!r.relation)
                continue;
            const table = qualified(r.relation);
            if (r.renameType === 'OBJECT_TABLE' && before.tables.has(table))
                flag('rename', `RENAME TABLE ${table} TO ${r.newname}`, table, `${table.slice(0, table.indexOf('.'))}.${r.newname}`);
            else if (r.renameType === 'OBJECT_COLUMN' && before.columns.has(`${table}.${r.subname}`))
                flag('rename', `RENAME COLUMN ${table}.${r.subname} TO ${r.newname}`, `${table}.${r.subname}`, `${table}.${r.newname}`);
        }
        else if (n.IndexStmt) {
            const i = n.IndexStmt;
            const table = qualified(i.relation);
            if (!i.concurrent && before.tables.has(table))
                flag('index-not-concurrent', `CREATE INDEX ${i.idxname ? `${i.idxname} ` : ''}on ${table} without CONCURRENTLY`, table);
        }
    }
    return flags;
}
/**
 * Whether a column's type change from `from` to `to` (as format_type prints them) keeps every
 * value and every reader of the old type working: the same type, a longer or unbounded varchar,
 * text for a varchar, a wider integer, a numeric with more digits and the same scale, double for real.
 */
function widening(from, to) {
    if (from === to)
        return true;
    const varchar = (t) => /^character varying(?:\((\d+)\))?$/.exec(t);
    const fv = varchar(from);
    if (fv) {
        if (to === 'text')
            return true;
        const tv = varchar(to);
        if (tv)
            return tv[1] === undefined || (fv[1] !== undefined && Number(tv[1]) >= Number(fv[1]));
        return false;
    }
    const ints = ['smallint', 'integer', 'bigint'];
    if (ints.includes(from) && ints.includes(to))
        return ints.indexOf(to) >= ints.indexOf(from);
    if (from === 'real' && to === 'double precision')
        return true;
    const numeric = (t) => /^numeric(?:\((\d+),(\d+)\))?$/.exec(t);
    const fn = numeric(from);
    const tn = numeric(to);
    if (fn && tn) {
        if (tn[1] === undefined)
            return true;
        if (fn[1] === undefined)
            return false;
        return fn[2] === tn[2] && Number(tn[1]) >= Number(fn[1]);
    }
    return false;
}

;// CONCATENATED MODULE: ./.build/src/core/deploy/migrations/snapshot.js
const USER_SCHEMAS = `n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast') AND n.nspname NOT LIKE 'pg_temp_%' AND n.nspname NOT LIKE 'pg_toast_temp_%'`;
async function snapshot(client) {
    const relations = await client.query(`SELECT n.nspname || '.' || c.relname AS name, c.relkind::text AS kind FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f') AND ${USER_SCHEMAS}`);
    const columns = await client.query(`SELECT n.nspname || '.' || c.relname AS tbl, c.relkind::text AS kind, a.attname AS col, format_type(a.atttypid, a.atttypmod) AS type, a.attnotnull AS notnull,
            pg_get_expr(d.adbin, d.adrelid) AS def
     FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
     LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
     WHERE a.attnum > 0 AND NOT a.attisdropped AND c.relkind IN ('r', 'p', 'v', 'm', 'f') AND ${USER_SCHEMAS}`);
    const indexes = await client.query(`SELECT pg_get_indexdef(i.indexrelid) AS def FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_namespace n ON n.oid = c.relnamespace WHERE ${USER_SCHEMAS}`);
    const constraints = await client.query(`SELECT coalesce(n.nspname || '.' || r.relname, n.nspname) AS tbl, co.conname AS name, pg_get_constraintdef(co.oid) AS def
     FROM pg_constraint co JOIN pg_namespace n ON n.oid = co.connamespace LEFT JOIN pg_class r ON r.oid = co.conrelid WHERE ${USER_SCHEMAS}`);
    const enums = await client.query(`SELECT n.nspname || '.' || t.typname AS name, string_agg(e.enumlabel, ', ' ORDER BY e.enumsortorder) AS labels
     FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid JOIN pg_namespace n ON n.oid = t.typnamespace WHERE ${USER_SCHEMAS} GROUP BY 1`);
    const kindName = { r: 'table', p: 'table', v: 'view', m: 'materialized view', S: 'sequence', f: 'foreign table' };
    const out = { tables: new Set(), columns: new Map(), lines: [] };
    for (const r of relations.rows) {
        out.lines.push(`${kindName[r.kind]} ${r.name}`);
        if (r.kind === 'r' || r.kind === 'p')
            out.tables.add(r.name);
    }
    for (const c of columns.rows) {
        out.lines.push(`column ${c.tbl}.${c.col} ${c.type}${c.notnull ? ' NOT NULL' : ''}${c.def !== null ? ` DEFAULT ${c.def}` : ''}`);
        if (c.kind === 'r' || c.kind === 'p')
            out.columns.set(`${c.tbl}.${c.col}`, { type: c.type, notNull: c.notnull, default: c.def });
    }
    for (const i of indexes.rows)
        out.lines.push(`index ${i.def}`);
    for (const c of constraints.rows)
        out.lines.push(`constraint ${c.tbl} ${c.name} ${c.def}`);
    for (const e of enums.rows)
        out.lines.push(`enum ${e.name} (${e.labels})`);
    out.lines.sort();
    return out;
}
/** What differs between two snapshots: `- line` only in `a`, `+ line` only in `b`. */
function differences(a, b) {
    const inA = new Set(a.lines);
    const inB = new Set(b.lines);
    return [...a.lines.filter((l) => !inB.has(l)).map((l) => `- ${l}`), ...b.lines.filter((l) => !inA.has(l)).map((l) => `+ ${l}`)];
}

;// CONCATENATED MODULE: ./.build/src/core/deploy/migrations/rehearsal.js
/**
 * The rehearsal, on a scratch database of the given server (`CREATE DATABASE phase_gates_<random>`,
 * dropped at the end whatever happens; no existing database is touched): the previous release's
 * migrations, then this release's up migrations (forward), their down migrations in reverse (the
 * rollback), and the up migrations again. Catalog snapshots are taken between the steps.
 *
 * Each migration runs as its tool runs it: in one transaction, unless it holds a statement that
 * PostgreSQL refuses in one (CREATE INDEX CONCURRENTLY) or manages its own (BEGIN … COMMIT);
 * then statement by statement.
 */



/** A migration that failed: the file, the line of the file, PostgreSQL's message. */
class MigrationFailed extends Error {
    file;
    line;
    pgMessage;
    constructor(file, line, pgMessage) {
        super(`${file}:${line}: ${pgMessage}`);
        this.file = file;
        this.line = line;
        this.pgMessage = pgMessage;
    }
}
/** The server could not be used (connection, CREATE DATABASE): why, in one line. */
class ServerUnusable extends Error {
}
/** Longest a statement may run in the rehearsal, and longest a connection attempt may wait. */
const STATEMENT_TIMEOUT = '5min';
const CONNECT_TIMEOUT_MS = 10_000;
function lineIn(text, index) {
    let n = 0;
    for (let i = 0; i < index && i < text.length; i++)
        if (text.charCodeAt(i) === 10)
            n++;
    return n;
}
/** Runs one direction of a migration; throws MigrationFailed naming the file and line. */
async function applySql(client, m, statements) {
    let stmts;
    try {
        stmts = statements ?? (await splitStatements(m.sql));
    }
    catch (err) {
        if (err instanceof SqlSyntaxError)
            throw new MigrationFailed(m.file, m.line + err.line - 1, err.message);
        throw err;
    }
    if (!stmts.length)
        return;
    const inTransaction = !stmts.some((s) => s.outsideTransaction || s.transactionControl);
    if (inTransaction)
        await client.query('BEGIN');
    for (const s of stmts) {
        try {
            await client.query(s.sql);
        }
        catch (err) {
            if (inTransaction)
                await client.query('ROLLBACK').catch(() => undefined);
            const e = err;
            if (typeof e.severity !== 'string')
                throw err;
            // PostgreSQL's position: 1-based, in characters of the statement sent.
            const pos = Number(e.position);
            const line = pos > 0 ? m.line + s.startLine - 1 + lineIn(s.sql, pos - 1) : m.line + s.line - 1;
            throw new MigrationFailed(m.file, line, e.message);
        }
    }
    if (inTransaction)
        await client.query('COMMIT');
}
/** Connects to `url`, or to the database `database` of its server. */
async function connect(url, database) {
    const { default: pg } = await __webpack_require__.e(/* import() */ 849).then(__webpack_require__.bind(__webpack_require__, 3849));
    let connectionString = url;
    if (database) {
        // The scratch database: in the URL itself (a connection string's database wins over `database`).
        const u = new URL(url);
        u.pathname = `/${database}`;
        connectionString = u.toString();
    }
    const client = new pg.Client({ connectionString, connectionTimeoutMillis: CONNECT_TIMEOUT_MS, application_name: 'phase-gates migrate-check' });
    // An error after connecting (the server going away) fails the query under way, not the process.
    client.on('error', () => undefined);
    await client.connect();
    return client;
}
/** Rehearses; returns the snapshots, or where a migration failed. Always drops the scratch database. */
async function rehearse(plan) {
    let admin;
    try {
        admin = await connect(plan.url);
    }
    catch (err) {
        throw new ServerUnusable(`cannot connect to the server of migrate-database-url: ${err.message}`);
    }
    const scratch = `phase_gates_${(0,external_node_crypto_.randomBytes)(6).toString('hex')}`;
    let created = false;
    let client;
    try {
        try {
            await admin.query(`CREATE DATABASE ${scratch}`);
            created = true;
        }
        catch (err) {
            throw new ServerUnusable(`cannot create a scratch database: ${err.message} (the role of migrate-database-url needs CREATEDB)`);
        }
        client = await connect(plan.url, scratch);
        // Never anywhere else: the migrations run only in the database just created.
        const current = (await client.query('SELECT current_database() AS db')).rows[0].db;
        if (current !== scratch)
            throw new ServerUnusable(`connected to ${current}, not the scratch database ${scratch}`);
        await client.query(`SET statement_timeout = '${STATEMENT_TIMEOUT}'`);
        const serverVersion = (await client.query('SHOW server_version')).rows[0].server_version.split(' ')[0];
        const run = async (step, list, before) => {
            for (const item of list) {
                try {
                    await applySql(client, item.sql, item.statements);
                }
                catch (err) {
                    if (err instanceof MigrationFailed)
                        return { step, failure: err, before };
                    throw err;
                }
            }
            return undefined;
        };
        const ups = plan.current.map((m) => ({ sql: m.up, statements: plan.statements.get(m.up.file) }));
        let stop = await run('previous', plan.previous.map((m) => ({ sql: m.up })));
        if (stop)
            return stop;
        const before = await snapshot(client);
        plan.onBefore?.(before);
        if ((stop = await run('forward', ups, before)))
            return stop;
        const forward = await snapshot(client);
        // A migration without a down runs none (its up changed nothing: the caller checked).
        const downs = [...plan.current].reverse().flatMap((m) => (m.down ? [{ sql: m.down }] : []));
        if ((stop = await run('down', downs, before)))
            return stop;
        const afterDown = await snapshot(client);
        // A down that left the schema elsewhere is the finding: forward again would fail on what it left.
        if (differences(before, afterDown).length)
            return { serverVersion, before, forward, afterDown };
        if ((stop = await run('forward again', ups, before)))
            return stop;
        const again = await snapshot(client);
        return { serverVersion, before, forward, afterDown, again };
    }
    finally {
        await client?.end().catch(() => undefined);
        if (created) {
            // FORCE ends any session still in it (PostgreSQL 13 and later).
            await admin.query(`DROP DATABASE IF EXISTS ${scratch} WITH (FORCE)`).catch(() => admin.query(`DROP DATABASE IF EXISTS ${scratch}`).catch(() => undefined));
        }
        await admin.end().catch(() => undefined);
    }
}

;// CONCATENATED MODULE: ./.build/src/core/deploy/migrations/index.js
/**
 * The `migrations` pre-deploy check ("Migrations rehearsed", issue 18): this release's migrations
 * are rehearsed on a scratch database — forward, back down, forward again — and judged for
 * destructive statements, unless `migrate-allow` allows each with a reason.
 *
 * Which migrations are this release's: those whose version was not in the migrations directory at
 * the commit of the environment's last good deployment (its `sha` in the deployment record, GitHub's
 * or the ledger's), read with `git ls-tree` from the workspace's checkout; on a first deployment,
 * all of them. A checkout without that commit (a shallow clone) cannot tell: the check fails and
 * says so (actions/checkout with `fetch-depth: 0`).
 *
 * The server: `migrate-database-url` only. DATABASE_URL is not read: in a deploy job it is often the
 * production database itself, and the rehearsal creates databases on the server it is given.
 *
 * Heavy parts (pg, libpg-query) load only when migrate-check is set and the check runs.
 */









/** The password of a database URL, for the Redactor (empty when it has none). */
function databasePassword(url) {
    try {
        return decodeURIComponent(new URL(url).password);
    }
    catch {
        return '';
    }
}
/**
 * Reads migrate-check, migrate-database-url, migrate-allow and expand-contract; undefined when
 * migrate-check is not set. Throws one UserError carrying every problem found.
 */
function readMigrationsConfig(host) {
    const errors = [];
    const attempt = (0,core_errors/* collecting */.H)(errors);
    const given = input(host, DeployInputs.MigrateCheck);
    const url = input(host, DeployInputs.MigrateDatabaseUrl);
    const allowText = host.getInput(DeployInputs.MigrateAllow);
    const expandContract = attempt(() => booleanInput(host, DeployInputs.ExpandContract, false), false);
    if (!given) {
        // `expand-contract: false` (its default, as a caller passing its own input on gives it) says nothing.
        for (const [name, set] of [[DeployInputs.MigrateDatabaseUrl, url], [DeployInputs.MigrateAllow, allowText.trim()], [DeployInputs.ExpandContract, expandContract]]) {
            if (set)
                errors.push(new core_errors/* UserError */.y('only with migrate-check (the migrations directory to rehearse)', { input: name }));
        }
        if (errors.length)
            throw core_errors/* UserError */.y.several(errors);
        return undefined;
    }
    const dir = attempt(() => (0,core_files/* resolveInWorkspace */.z1)(host.workspace, given, DeployInputs.MigrateCheck), '');
    const set = attempt(() => (dir ? readMigrations(dir, DeployInputs.MigrateCheck, given.replace(/\/+$/, '')) : undefined), undefined);
    attempt(() => {
        if (!url)
            return;
        let u;
        try {
            u = new URL(url);
        }
        catch {
            // The value is a secret: never echoed.
            throw new core_errors/* UserError */.y('not a URL', { input: DeployInputs.MigrateDatabaseUrl, hint: 'postgres://user:password@host:5432/postgres' });
        }
        if (u.protocol !== 'postgres:' && u.protocol !== 'postgresql:')
            throw new core_errors/* UserError */.y(`must be a postgres:// URL, not ${u.protocol}//`, { input: DeployInputs.MigrateDatabaseUrl });
    }, undefined);
    const files = new Set();
    for (const m of set?.migrations ?? []) {
        files.add(m.up.file);
        if (m.down)
            files.add(m.down.file);
    }
    const allow = [];
    allowText.split(/\r?\n/).forEach((raw, i) => {
        const line = raw.trim();
        if (!line || line.startsWith('#'))
            return;
        attempt(() => {
            const m = /^([^:]+?)\s*:\s*([a-z-]+)\s*(?::\s*(.*))?$/.exec(line);
            const hint = `<file>: <kind>: <reason>, kinds ${statements_KINDS.join(', ')}`;
            if (!m)
                throw new core_errors/* UserError */.y(`not <file>: <kind>: <reason>: ${JSON.stringify(line)}`, { input: DeployInputs.MigrateAllow, line: i + 1, hint });
            const [, file, kind, reason] = m;
            if (!statements_KINDS.includes(kind))
                throw new core_errors/* UserError */.y(`unknown kind ${JSON.stringify(kind)}`, { input: DeployInputs.MigrateAllow, line: i + 1, hint: `one of ${statements_KINDS.join(', ')}` });
            if (!reason?.trim())
                throw new core_errors/* UserError */.y(`${file}: ${kind}: no reason given`, { input: DeployInputs.MigrateAllow, line: i + 1, hint: 'say why it is safe, e.g. "the code stopped reading it in v1.4"' });
            if (set && !files.has(file))
                throw new core_errors/* UserError */.y(`${file} is not a migration of ${given}`, { input: DeployInputs.MigrateAllow, line: i + 1 });
            allow.push({ file, kind: kind, reason: reason.trim() });
        }, undefined);
    });
    if (errors.length)
        throw core_errors/* UserError */.y.several(errors);
    return { dir, shown: (0,core_files/* displayPath */.Gt)(host.workspace, dir), workspace: host.workspace, set: set, databaseUrl: url, allow, expandContract };
}
const migrations_TITLE = 'Migrations rehearsed';
const result = (status, detail) => ({ id: 'migrations', title: migrations_TITLE, status, detail });
/** Runs git in `cwd`, bounded; stdout, or undefined when it failed. */
function git(cwd, args) {
    const r = (0,external_node_child_process_.spawnSync)('git', args, { cwd, encoding: 'utf8', timeout: 30_000, maxBuffer: 16 * 1024 * 1024 });
    return r.status === 0 ? r.stdout : undefined;
}
/** The migration ids deployed by `record`, from its commit's tree; a string says why they cannot be told. */
function deployedIds(config, record) {
    const sha = record.sha;
    if (!/^[0-9a-f]{7,64}$/i.test(sha ?? ''))
        return `the previous deployment ${record.id} (${record.version}) recorded no commit, so this release's migrations cannot be told`;
    if (git(config.dir, ['rev-parse', '--is-inside-work-tree']) === undefined)
        return `${config.shown} is not in a git checkout, so the migrations of the previous deployment (${sha.slice(0, 12)}) cannot be read`;
    if (git(config.dir, ['cat-file', '-e', `${sha}^{commit}`]) === undefined) {
        return `commit ${sha.slice(0, 12)} of the previous deployment ${record.id} (${record.version}) is not in this checkout (a shallow clone: actions/checkout with fetch-depth: 0)`;
    }
    // From inside the directory, ls-tree lists it at that commit, with names relative to it.
    const listed = git(config.dir, ['ls-tree', '--name-only', sha, './']);
    if (listed === undefined)
        return `git ls-tree ${sha.slice(0, 12)} failed in ${config.shown}`;
    return migrationIds(listed.split('\n').filter(Boolean), config.set.format);
}
const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
const where = (f) => `${f.file}:${f.line} ${f.kind}`;
/** The `migrations` check: skip when migrate-check is not set. */
async function checkMigrations(config, ctx) {
    if (!config)
        return result('skip', 'migrate-check not set');
    if (ctx.rollback)
        return result('skip', 'a rollback runs no migrations forward');
    const { format, migrations } = config.set;
    // This release's migrations: those the last good deployment did not have.
    let previous = [];
    let current = migrations;
    let since = `the first deployment of ${ctx.environment}: all are new`;
    if (ctx.lastGood) {
        const ids = deployedIds(config, ctx.lastGood);
        if (typeof ids === 'string')
            return result('fail', ids);
        const gone = [...ids].filter((id) => !migrations.some((m) => m.id === id));
        if (gone.length)
            return result('fail', `migration ${gone.join(', ')} was deployed with ${ctx.lastGood.version} and is no longer in ${config.shown}: a deployed migration is never removed`);
        previous = migrations.filter((m) => ids.has(m.id));
        current = migrations.filter((m) => !ids.has(m.id));
        since = `since ${ctx.lastGood.version} (deployment ${ctx.lastGood.id}, ${ctx.lastGood.sha.slice(0, 12)})`;
    }
    const what = `${format}, ${plural(current.length, 'new migration')} of ${migrations.length} (${since})`;
    if (!current.length)
        return result('pass', `${what}: nothing to rehearse`);
    // Parsed once: judged, then run. A syntax error stops here, before any server is used.
    const statements = new Map();
    for (const m of current) {
        try {
            statements.set(m.up.file, await splitStatements(m.up.sql));
        }
        catch (err) {
            if (err instanceof SqlSyntaxError)
                return result('fail', `${m.up.file}:${m.up.line + err.line - 1}: ${err.message}; nothing deployed`);
            throw err;
        }
    }
    // A missing down runs nothing (golang-migrate applies an empty migration): fine after an up
    // that does nothing (comments only), not after one that changes the schema.
    const noDown = current.filter((m) => !m.down && statements.get(m.up.file).length > 0);
    if (noDown.length)
        return result('fail', `${what}: ${noDown.map((m) => m.up.file).join(', ')} has no down migration, so its rollback cannot be rehearsed`);
    if (!config.databaseUrl) {
        const why = `${what}: not rehearsed, no migrate-database-url (a PostgreSQL server, e.g. a services: postgres container)`;
        return result(ctx.production ? 'fail' : 'skip', ctx.production ? `${why}; required for ${ctx.environment}` : why);
    }
    let flags = [];
    let outcome;
    try {
        outcome = await rehearse({
            url: config.databaseUrl,
            previous,
            current,
            statements,
            onBefore: (before) => {
                flags = current.flatMap((m) => destructive(statements.get(m.up.file), m.up.file, m.up.line, before, config.expandContract));
            }
        });
    }
    catch (err) {
        if (err instanceof ServerUnusable)
            return result('fail', `${what}: ${err.message}`);
        throw err;
    }
    if ('step' in outcome) {
        const step = { previous: "the previous release's migrations", forward: 'forward', down: 'the down migrations (rollback)', 'forward again': 'forward again after the rollback' }[outcome.step];
        return result('fail', `${outcome.failure.message} (${step}); nothing deployed`);
    }
    const r = outcome;
    // A type change is destructive unless it widens (judged on the types before and after, under
    // the names the release's renames give the column).
    const renamed = (key) => {
        let k = key;
        for (const f of flags)
            if (f.kind === 'rename' && f.renamedTo && (k === f.object || k.startsWith(`${f.object}.`)))
                k = f.renamedTo + k.slice(f.object.length);
        return k;
    };
    flags = flags.filter((f) => {
        if (f.kind !== 'alter-type')
            return true;
        const from = r.before.columns.get(f.object);
        const to = r.forward.columns.get(renamed(f.object));
        return !from || !to || !widening(from.type, to.type);
    });
    const allowance = (f) => config.allow.find((a) => a.file === f.file && a.kind === f.kind);
    const refused = flags.filter((f) => !allowance(f));
    const allowed = flags.filter((f) => allowance(f));
    const problems = [];
    if (refused.length)
        problems.push(`${plural(refused.length, 'destructive statement')} not allowed: ${refused.map((f) => `${where(f)} (${f.what})`).join(', ')} (migrate-allow: <file>: <kind>: <reason>)`);
    const undone = differences(r.before, r.afterDown);
    if (undone.length)
        problems.push(`the down migrations do not restore the previous schema: ${undone.slice(0, 5).join('; ')}${undone.length > 5 ? `; and ${undone.length - 5} more` : ''}`);
    const redo = r.again ? differences(r.forward, r.again) : [];
    if (redo.length)
        problems.push(`forward again after the rollback gives another schema: ${redo.slice(0, 5).join('; ')}${redo.length > 5 ? `; and ${redo.length - 5} more` : ''}`);
    if (config.expandContract) {
        // Whatever an allowed statement breaks was allowed with its reason (the contract step).
        const excused = new Set(allowed.map((f) => f.object));
        const broken = [];
        for (const t of r.before.tables)
            if (!r.forward.tables.has(t) && !excused.has(t))
                broken.push(`table ${t} is gone`);
        for (const [c, col] of r.before.columns) {
            const table = c.slice(0, c.lastIndexOf('.'));
            if (!r.forward.tables.has(table) || excused.has(c) || excused.has(table))
                continue;
            const now = r.forward.columns.get(c);
            if (!now)
                broken.push(`column ${c} is gone`);
            else if (!widening(col.type, now.type))
                broken.push(`column ${c} changed from ${col.type} to ${now.type}`);
        }
        if (broken.length)
            problems.push(`expand-contract: the previous release's schema no longer works: ${broken.slice(0, 5).join('; ')}${broken.length > 5 ? `; and ${broken.length - 5} more` : ''}`);
    }
    const allowedText = allowed.length ? `; allowed: ${allowed.map((f) => `${where(f)} (${allowance(f).reason})`).join(', ')}` : '';
    if (problems.length)
        return result('fail', `${what}: ${problems.join('; ')}${allowedText}; nothing deployed`);
    return result('pass', `${what}: forward, down and forward again on PostgreSQL ${r.serverVersion}; the down restores the previous schema${config.expandContract ? '; the previous schema still works (expand-contract)' : ''}${allowedText}`);
}

;// CONCATENATED MODULE: ./.build/src/core/github/ci-status.js
/**
 * "CI green": every check run and commit status on a commit is completed and successful, and every
 * check the base branch requires is among them — what GitHub's merge box shows, read through the
 * Checks and Statuses APIs. deploy's pre-deploy check `ci` reads the deployed commit; the root
 * action's Phase 07 gate `base_ci_green` reads the base branch's head.
 *
 * How GitHub judges, and so how this does:
 * - a check run passes with the conclusion `success`, `neutral` or `skipped`; any other conclusion
 *   (`failure`, `cancelled`, `timed_out`, `action_required`, `stale`, …) fails; one not completed
 *   (`queued`, `in_progress`, `waiting`, `requested`, `pending`) is pending;
 * - a commit status passes with `success`, is pending with `pending`, fails with `failure` or `error`;
 * - only the latest check run of a name counts (`filter=latest`, a re-run replaces the run it
 *   re-ran), and only the latest status of a context (the combined status).
 * - required checks come from classic branch protection (`protection.required_status_checks` of
 *   GET /branches/{branch}, which any reader of the repository sees, unlike GET …/protection, which
 *   needs administration rights a GITHUB_TOKEN never has) and from rulesets (GET /rules/branches/{branch}).
 *
 * Core code: the client is loaded only when there is a token.
 */

/**
 * The branch whose required checks apply: the branch deployed on a push or workflow_dispatch
 * (GITHUB_REF_NAME), else a pull request's base (GITHUB_BASE_REF), else the repository's default
 * branch (a tag push, a release, a schedule, the command line).
 */
function baseBranchOf(env) {
    const event = env.GITHUB_EVENT_NAME?.trim() ?? '';
    const refName = env.GITHUB_REF_NAME?.trim() ?? '';
    const onBranch = env.GITHUB_REF_TYPE ? env.GITHUB_REF_TYPE === 'branch' : (env.GITHUB_REF ?? '').startsWith('refs/heads/');
    if ((event === 'push' || event === 'workflow_dispatch') && refName && onBranch) {
        return { name: refName, why: event === 'push' ? 'the branch pushed' : 'the branch the workflow was dispatched on' };
    }
    const baseRef = env.GITHUB_BASE_REF?.trim();
    if (baseRef)
        return { name: baseRef, why: "the pull request's base" };
    return { why: 'the default branch' };
}
/** Conclusions GitHub counts as passing (the merge box: success, neutral, skipped). */
const PASSING = new Set(['success', 'neutral', 'skipped']);
/** A check run's verdict. */
function judgeCheckRun(run) {
    if (run.status !== 'completed')
        return 'pending';
    return PASSING.has(run.conclusion ?? '') ? 'pass' : 'fail';
}
/** A commit status's verdict. */
function judgeStatus(state) {
    return state === 'success' ? 'pass' : state === 'pending' ? 'pending' : 'fail';
}
/** Whether a check run belongs to this workflow run: its page is under /actions/runs/<GITHUB_RUN_ID>/, or it is named GITHUB_JOB. */
function ofThisRun(run, runId, job) {
    if (runId) {
        const mark = new RegExp(`/actions/runs/${runId.replace(/\D/g, '')}(/|$)`);
        if (mark.test(run.details_url ?? '') || mark.test(run.html_url ?? ''))
            return true;
    }
    return !!job && run.name === job;
}
/** At most this many pages of 100 (check runs, statuses, rules): 2 000 of each is beyond any CI. */
const MAX_PAGES = 20;
/**
 * The check runs (latest of each name) and commit statuses (latest of each context) on `ref`.
 * @throws the API's error (a 403 when the token cannot read them)
 */
async function readCommitChecks(client, repo, ref, thisRun = {}) {
    const items = [];
    // filter=latest is GitHub's default, said for clarity: a re-run replaces the run it re-ran.
    const latest = new Map();
    let pages = 0;
    for await (const page of client.paginate.iterator(client.rest.checks.listForRef, { ...repo, ref, filter: 'latest', per_page: 100 })) {
        for (const run of page.data) {
            const item = {
                kind: 'check run',
                name: run.name,
                state: judgeCheckRun(run),
                said: run.status === 'completed' ? (run.conclusion ?? 'completed') : run.status,
                appId: run.app?.id,
                thisRun: ofThisRun(run, thisRun.runId, thisRun.job)
            };
            // GitHub's latest is by name; two apps may use one name, so the app is part of the key.
            const key = `${run.app?.id ?? ''}\u0000${run.name}`;
            const seen = latest.get(key);
            if (!seen || seen.id < run.id)
                latest.set(key, { id: run.id, item });
        }
        if (++pages >= MAX_PAGES)
            break;
    }
    items.push(...[...latest.values()].map((v) => v.item));
    pages = 0;
    const contexts = new Set();
    // The combined status holds the latest status of each context; its `state` is "pending" when
    // there is none at all, so each status is judged, never the combined state.
    for await (const page of client.paginate.iterator('GET /repos/{owner}/{repo}/commits/{ref}/status', { ...repo, ref, per_page: 100 })) {
        const data = page.data;
        for (const s of data.statuses ?? []) {
            if (contexts.has(s.context))
                continue;
            contexts.add(s.context);
            items.push({ kind: 'status', name: s.context, state: judgeStatus(s.state), said: s.state, thisRun: false });
        }
        if (++pages >= MAX_PAGES)
            break;
    }
    return items;
}
/**
 * What `branch` requires (branch protection and rulesets) and its head commit. A branch that does
 * not exist has no protection; rulesets may still name it.
 */
async function readRequiredChecks(client, repo, branch) {
    const required = [];
    let headSha;
    try {
        const { data } = await client.rest.repos.getBranch({ ...repo, branch });
        headSha = data.commit.sha;
        const checks = data.protection?.required_status_checks;
        if (checks && checks.enforcement_level !== 'off') {
            const byApp = new Map();
            for (const c of checks.checks ?? [])
                byApp.set(c.context, c.app_id ?? null);
            for (const context of new Set([...(checks.contexts ?? []), ...byApp.keys()]))
                required.push({ context, appId: byApp.get(context) ?? null, source: 'branch protection' });
        }
    }
    catch (err) {
        if (err.status !== 404)
            throw err;
    }
    let pages = 0;
    for await (const page of client.paginate.iterator(client.rest.repos.getBranchRules, { ...repo, branch, per_page: 100 })) {
        for (const rule of page.data) {
            if (rule.type !== 'required_status_checks')
                continue;
            for (const c of rule.parameters?.required_status_checks ?? []) {
                required.push({ context: c.context, appId: c.integration_id ?? null, source: rule.ruleset_id ? `ruleset ${rule.ruleset_id}` : 'a ruleset' });
            }
        }
        if (++pages >= MAX_PAGES)
            break;
    }
    return { branch, headSha, required };
}
/** Whether `item` satisfies `req`: the same name, and the same app when one is required. */
function satisfies(item, req) {
    if (item.name !== req.context)
        return false;
    if (req.appId === undefined || req.appId === null || req.appId === -1)
        return true;
    return item.kind === 'check run' && item.appId === req.appId;
}
/** Judges `items` against `required`. */
function judgeCi(items, required) {
    const ownRunning = items.filter((i) => i.thisRun && i.state === 'pending');
    const judged = items.filter((i) => !(i.thisRun && i.state === 'pending'));
    const pending = judged.filter((i) => i.state === 'pending');
    const failing = judged.filter((i) => i.state === 'fail');
    const passing = judged.filter((i) => i.state === 'pass');
    const missing = [];
    const requiredRunning = [];
    const seen = new Set();
    for (const req of required) {
        const key = `${req.context}\u0000${req.appId ?? ''}`;
        if (seen.has(key))
            continue;
        seen.add(key);
        if (judged.some((i) => satisfies(i, req)))
            continue;
        if (ownRunning.some((i) => satisfies(i, req)))
            requiredRunning.push(req);
        else
            missing.push(req);
    }
    const green = !pending.length && !failing.length && !missing.length && !requiredRunning.length && passing.length > 0;
    return { green, pending, failing, passing, ownRunning, missing, requiredRunning };
}
/** `a, b, c and 4 more`. */
function ci_status_list(names, max = 6) {
    const unique = [...new Set(names)];
    return unique.length <= max ? unique.join(', ') : `${unique.slice(0, max).join(', ')} and ${unique.length - max} more`;
}
function counted(n, one, many = `${one}s`) {
    return `${n} ${n === 1 ? one : many}`;
}
/** A duration as a person reads it: `250 ms`, `12 s`, `10 min`, `2.5 min`. */
function minutes(ms) {
    const m = ms / 60_000;
    if (ms < 1000)
        return `${Math.round(ms)} ms`;
    if (ms < 60_000)
        return `${Math.round(ms / 1000)} s`;
    return Number.isInteger(m) ? `${m} min` : `${m.toFixed(1)} min`;
}
/**
 * Reads the commit's checks and judges them; while some are pending (and none failed), waits and
 * reads again, with a backoff (the first wait a twentieth of the whole, at least 50 ms and at most
 * 10 s; then ×1.5, at most 60 s), until `waitMs` has passed or `signal` aborts. At most 200 reads.
 */
async function waitForCi(options) {
    const { client, repo, sha, requirements, waitMs, signal } = options;
    const started = Date.now();
    const deadline = started + waitMs;
    let pause = Math.min(10_000, Math.max(50, waitMs / 20));
    let verdict;
    let cancelled = false;
    for (let reads = 1;; reads++) {
        const items = await readCommitChecks(client, repo, sha, { runId: options.runId, job: options.job });
        verdict = judgeCi(items, requirements.required);
        const waitable = verdict.pending.length > 0 && !verdict.failing.length;
        const left = deadline - Date.now();
        if (!waitable || left <= 0 || reads >= 200)
            break;
        if (signal?.aborted) {
            cancelled = true;
            break;
        }
        const wait = Math.min(pause, left);
        options.log?.(`CI on ${sha.slice(0, 12)}: waiting ${minutes(wait)} for ${ci_status_list(verdict.pending.map((i) => i.name))} (${minutes(Date.now() - started)} of ${minutes(waitMs)} waited)`);
        cancelled = !(await sleep(wait, signal));
        if (cancelled)
            break;
        pause = Math.min(60_000, pause * 1.5);
    }
    return { verdict, green: verdict.green && !cancelled, detail: describe(verdict, { sha, requirements, waitMs, waited: Date.now() - started, cancelled }), cancelled };
}
/** Waits `ms`; false when `signal` aborted first. */
function sleep(ms, signal) {
    if (signal?.aborted)
        return Promise.resolve(false);
    return new Promise((resolve) => {
        const timer = setTimeout(() => {
            signal?.removeEventListener('abort', onAbort);
            resolve(true);
        }, ms);
        const onAbort = () => {
            clearTimeout(timer);
            resolve(false);
        };
        signal?.addEventListener('abort', onAbort, { once: true });
    });
}
/** The one-line detail of a verdict. */
function describe(v, at) {
    const sha = at.sha.slice(0, 12);
    const req = at.requirements;
    const named = (r) => `${r.context} (${r.source})`;
    const problems = [];
    if (v.failing.length)
        problems.push(`failing: ${ci_status_list(v.failing.map((i) => `${i.name} (${i.said})`))}`);
    if (v.missing.length)
        problems.push(`required by ${req.branch} and absent: ${ci_status_list(v.missing.map(named))}`);
    if (v.requiredRunning.length)
        problems.push(`required by ${req.branch} and still running in this workflow run: ${ci_status_list(v.requiredRunning.map((r) => r.context))} (make the deploy job need it)`);
    if (v.pending.length) {
        const how = at.cancelled ? 'cancelled while waiting for' : at.waitMs > 0 ? `still pending after ${minutes(at.waited)} (ci-wait-minutes)` : 'pending, not waited for';
        problems.push(`${how}: ${ci_status_list(v.pending.map((i) => `${i.name} (${i.said})`))}`);
    }
    const own = v.ownRunning.length ? `; not waited for (this workflow run): ${ci_status_list(v.ownRunning.map((i) => i.name))}` : '';
    if (problems.length)
        return `${sha}: ${problems.join('; ')}${own}`;
    if (!v.passing.length)
        return `${sha}: no check run or commit status outside this workflow run: nothing shows that CI ran on it${own}`;
    const runs = v.passing.filter((i) => i.kind === 'check run').length;
    const statuses = v.passing.length - runs;
    const what = [runs ? counted(runs, 'check run') : '', statuses ? counted(statuses, 'status', 'statuses') : ''].filter(Boolean).join(', ');
    const required = req.required.length ? `all ${req.required.length} required by ${req.branch} present` : `${req.branch} requires none`;
    return `${sha}: ${what} green; ${required}${own}`;
}
/** GITHUB_REPOSITORY as the runner sets it. */
const OWNER_REPO = /^[^/\s]+\/[^/\s]+$/;
/** Why GITHUB_REPOSITORY cannot be read from (empty when it can): the ci and approval checks alike. */
function unreadableRepository(env) {
    const repository = env.GITHUB_REPOSITORY?.trim();
    return !repository ? 'GITHUB_REPOSITORY is not set' : !OWNER_REPO.test(repository) ? `GITHUB_REPOSITORY is not owner/repo: "${repository}"` : '';
}
/** Why a check of GitHub's is skipped without a token. */
const LOCAL_RUN = 'not read: no token (a local run on the local ledger; on a runner, token defaults to github.token)';
/** The hint after a 403 on checks or statuses. */
const CI_SCOPE_HINT = 'the token needs checks: read / statuses: read';
/** The `ci` check: CI green on the deployed commit, with what the base branch requires. Never throws for an API failure: it is the check's detail. */
async function ciCheck(input) {
    if (!input.required)
        return { status: 'skip', detail: 'not required (require-ci-green: false)' };
    // No token at all is a local run on the local ledger (on a runner, token defaults to
    // github.token): nothing of GitHub is read, and the table says so. A token without a repository
    // to read is a misconfigured runner, and production is refused.
    if (!input.token)
        return { status: 'skip', detail: LOCAL_RUN };
    const missing = unreadableRepository(input.env) || (!input.sha ? 'GITHUB_SHA is not set' : '');
    if (missing) {
        return input.production
            ? { status: 'fail', detail: `cannot read the commit's checks (${missing}), and production requires CI green (give token and GITHUB_REPOSITORY, or require-ci-green: false)` }
            : { status: 'skip', detail: `not read: ${missing} (a local run)` };
    }
    const measured = await measureCi({ ...input, repository: input.env.GITHUB_REPOSITORY.trim(), ref: input.sha });
    if (measured.error)
        return { status: 'fail', detail: measured.error };
    const result = measured.result;
    const v = result.verdict;
    const nothing = !v.passing.length && !v.failing.length && !v.pending.length && !v.missing.length && !v.requiredRunning.length && !result.cancelled;
    // No CI at all: production is refused (nothing shows CI green), elsewhere it is said and skipped.
    if (nothing && !input.production)
        return { status: 'skip', detail: `${result.detail} (${measured.base})` };
    return { status: result.green ? 'pass' : 'fail', detail: `${result.detail} (${measured.base})` };
}
/** Reads a commit's CI verdict: the requirements of the base branch, then the checks, waited for. */
async function measureCi(input) {
    const { createGitHubClient, clientOptionsFromEnv, toGitHubUserError } = await Promise.all(/* import() */[__webpack_require__.e(932), __webpack_require__.e(408)]).then(__webpack_require__.bind(__webpack_require__, 7408));
    const [owner, name] = input.repository.split('/');
    const repo = { owner, repo: name };
    const client = createGitHubClient({ token: input.token, ...clientOptionsFromEnv(input.env), log: input.log });
    const base = baseBranchOf(input.env);
    let doing = `reading repository ${input.repository}`;
    let what = `the branches of ${input.repository}`;
    let hint = 'the token needs contents: read';
    let baseText = '';
    try {
        const branch = base.name ?? (await client.rest.repos.get(repo)).data.default_branch;
        baseText = `required checks of ${branch}, ${base.why}`;
        doing = `reading the required checks of ${input.repository}@${branch}`;
        const requirements = await readRequiredChecks(client, repo, branch);
        const sha = typeof input.ref === 'string' ? input.ref : input.ref(requirements);
        if (!sha)
            return { error: `${branch} (${base.why}) does not exist in ${input.repository}`, base: baseText };
        doing = `reading the check runs and statuses of ${input.repository}@${sha.slice(0, 12)}`;
        what = `the check runs and statuses of ${input.repository}@${sha.slice(0, 12)}`;
        hint = CI_SCOPE_HINT;
        const result = await waitForCi({ client, repo, sha, requirements, waitMs: input.waitMs, runId: input.env.GITHUB_RUN_ID, job: input.env.GITHUB_JOB, signal: input.signal, log: input.log });
        return { result, base: baseText, sha };
    }
    catch (err) {
        const status = err.status;
        if (status === 403 && !/rate limit/i.test(String(err.message))) {
            return { error: `cannot read ${what} (${hint})`, base: baseText };
        }
        // An API failure is the check's detail; anything else is a bug, and stays one.
        const e = toGitHubUserError(client, err, { input: 'token', doing });
        if (!(e instanceof core_errors/* UserError */.y))
            throw e;
        return { error: e.message, base: baseText };
    }
}
/**
 * Measures `base_ci_green`: the base branch ({@link baseBranchOf}) head commit's check runs and
 * statuses, judged as the `ci` check judges the deployed commit (the same code), pending ones waited
 * for up to `waitMs`. Without a token or GITHUB_REPOSITORY there is no value.
 */
async function measureBaseCiGreen(input) {
    const missing = !input.token ? 'no token' : unreadableRepository(input.env);
    if (missing)
        return { detail: `not measured: ${missing}` };
    const measured = await measureCi({ ...input, repository: input.env.GITHUB_REPOSITORY.trim(), ref: (req) => req.headSha });
    if (measured.error)
        return { value: false, detail: measured.error };
    return { value: measured.result.green, detail: `${measured.result.detail} (head of the base branch; ${measured.base})` };
}

;// CONCATENATED MODULE: ./.build/src/core/github/environment-protection.js
/**
 * "Restrict who can approve and execute production deployments": the deployment environment exists
 * on GitHub with required reviewers (or, where allowed, a wait timer) and a deployment branch
 * policy, read through the Environments API. deploy's pre-deploy check `approval`.
 *
 * GitHub enforces these rules on a job that names the environment (`environment: production`);
 * this check verifies they are set, so that a deploy job cannot run unreviewed from any branch.
 *
 * Core code: the client is loaded only when there is a token.
 */


/** The values of `require-approval`. */
const APPROVAL_REQUIREMENTS = ['reviewers', 'reviewers-or-wait-timer', 'false'];
/** A reviewer as a person would write it: `@octocat`, `@github/justice-league`. */
function reviewerName(r) {
    const who = r.reviewer ?? {};
    if (r.type === 'Team' || who.slug) {
        const org = /\/orgs\/([^/]+)\/teams\//.exec(who.html_url ?? '')?.[1];
        return `@${org ? `${org}/` : ''}${who.slug ?? '?'}`;
    }
    return `@${who.login ?? '?'}`;
}
/** At most this many pages of 100 branch policies. */
const environment_protection_MAX_PAGES = 10;
/**
 * Reads environment `name` of `repo`: its protection rules and branch policy (the patterns of a
 * custom policy, paginated).
 * @throws the API's error (404: no such environment; 403: the token cannot read it)
 */
async function readEnvironmentProtection(client, repo, name) {
    // Octokit encodes the name as a path segment (a `/` in it becomes %2F, as GitHub asks).
    const { data } = await client.rest.repos.getEnvironment({ ...repo, environment_name: name });
    const out = { reviewers: [], preventSelfReview: false, waitTimer: 0, branchPolicy: null, html_url: data.html_url };
    for (const rule of (data.protection_rules ?? [])) {
        if (rule.type === 'required_reviewers') {
            out.reviewers.push(...(rule.reviewers ?? []).map(reviewerName));
            out.preventSelfReview ||= rule.prevent_self_review === true;
        }
        else if (rule.type === 'wait_timer')
            out.waitTimer = Math.max(out.waitTimer, rule.wait_timer ?? 0);
    }
    const policy = data.deployment_branch_policy;
    if (policy?.protected_branches)
        out.branchPolicy = { kind: 'protected' };
    else if (policy?.custom_branch_policies) {
        const patterns = [];
        let pages = 0;
        for await (const page of client.paginate.iterator(client.rest.repos.listDeploymentBranchPolicies, { ...repo, environment_name: name, per_page: 100 })) {
            for (const p of page.data)
                if (p.name)
                    patterns.push(p.type === 'tag' ? `tag ${p.name}` : p.name);
            if (++pages >= environment_protection_MAX_PAGES)
                break;
        }
        out.branchPolicy = { kind: 'custom', patterns };
    }
    return out;
}
/** The hint after a 403 on an environment. */
const APPROVAL_SCOPE_HINT = 'the token needs actions: read';
/** Judges `p` against `requirement`; the detail names the reviewers, the timer and the branch patterns. */
function judgeProtection(environment, p, requirement) {
    const parts = [];
    const problems = [];
    if (p.reviewers.length)
        parts.push(`required reviewers ${p.reviewers.join(', ')}${p.preventSelfReview ? ' (self-review prevented)' : ' (self-review allowed)'}`);
    if (p.waitTimer > 0)
        parts.push(`wait timer ${p.waitTimer} min`);
    if (!p.reviewers.length) {
        if (requirement === 'reviewers')
            problems.push('no required reviewers');
        else if (p.waitTimer <= 0)
            problems.push('neither required reviewers nor a wait timer');
    }
    const policy = p.branchPolicy;
    if (!policy)
        problems.push('no deployment branch policy: any branch may deploy');
    else if (policy.kind === 'protected')
        parts.push('deployments from protected branches only');
    else
        parts.push(policy.patterns.length ? `deployments from ${policy.patterns.join(', ')} only` : 'custom branch policy with no pattern: no branch may deploy');
    if (problems.length) {
        const fix = 'set them in Settings → Environments';
        return { status: 'fail', detail: `environment ${environment}: ${problems.join('; ')}${parts.length ? ` (has ${parts.join('; ')})` : ''}; ${fix}` };
    }
    return { status: 'pass', detail: `environment ${environment}: ${parts.join('; ')}` };
}
/** The `approval` check. Never throws for an API failure: it is the check's detail. */
async function approvalCheck(input) {
    if (input.requirement === 'false')
        return { status: 'skip', detail: `not required for ${input.environment} (require-approval: false)` };
    if (!input.token)
        return { status: 'skip', detail: LOCAL_RUN };
    const missing = unreadableRepository(input.env);
    if (missing) {
        const said = `cannot read the protection rules of environment ${input.environment} (${missing})`;
        return input.production ? { status: 'fail', detail: `${said}, and production requires them (give token and GITHUB_REPOSITORY, or require-approval: false)` } : { status: 'skip', detail: `not read: ${missing} (a local run)` };
    }
    const { createGitHubClient, clientOptionsFromEnv, toGitHubUserError } = await Promise.all(/* import() */[__webpack_require__.e(932), __webpack_require__.e(408)]).then(__webpack_require__.bind(__webpack_require__, 7408));
    const repository = input.env.GITHUB_REPOSITORY.trim();
    const [owner, name] = repository.split('/');
    const client = createGitHubClient({ token: input.token, ...clientOptionsFromEnv(input.env), log: input.log });
    let protection;
    try {
        protection = await readEnvironmentProtection(client, { owner, repo: name }, input.environment);
    }
    catch (err) {
        const status = err.status;
        if (status === 404) {
            return {
                status: 'fail',
                detail: `environment ${input.environment} does not exist in ${repository}: create it in Settings → Environments with required reviewers and a deployment branch policy (or \`gh api -X PUT repos/${repository}/environments/${encodeURIComponent(input.environment)}\`); a token that cannot see the repository gets the same 404`
            };
        }
        if (status === 403 && !/rate limit/i.test(String(err.message))) {
            return { status: 'fail', detail: `cannot read environment ${input.environment} of ${repository} (${APPROVAL_SCOPE_HINT})` };
        }
        // An API failure is the check's detail; anything else is a bug, and stays one.
        const e = toGitHubUserError(client, err, { input: 'token', doing: `reading environment ${input.environment} of ${repository}` });
        if (!(e instanceof core_errors/* UserError */.y))
            throw e;
        return { status: 'fail', detail: e.message };
    }
    return judgeProtection(input.environment, protection, input.requirement);
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
    const attempt = (0,core_errors/* collecting */.H)(errors);
    const ws = host.workspace;
    const environment = attempt(() => {
        const v = input(host, DeployInputs.Environment);
        if (!v)
            throw new core_errors/* UserError */.y('required and not supplied', { input: DeployInputs.Environment, hint: 'e.g. staging or production' });
        // GitHub takes up to 255 characters; ours are letters, digits, `_ . - /` and inner spaces, and
        // no part between slashes is empty, `.` or `..` (a name is never a path out of anywhere).
        if (!/^[\w.\-/ ]{1,255}$/.test(v) || v !== v.trim() || v.split('/').some((part) => part === '' || part === '.' || part === '..')) {
            throw new core_errors/* UserError */.y(`not an environment name: ${JSON.stringify(v)}`, { input: DeployInputs.Environment, hint: 'letters, digits, _ . - / and inner spaces, up to 255 characters, no empty, . or .. part between slashes' });
        }
        return v;
    }, '');
    const mode = attempt(() => {
        const v = input(host, DeployInputs.Mode, 'deploy');
        if (v !== 'deploy' && v !== 'rollback')
            throw new core_errors/* UserError */.y(`must be deploy or rollback, got ${JSON.stringify(v)}`, { input: DeployInputs.Mode });
        return v;
    }, 'deploy');
    const providerName = attempt(() => {
        const v = input(host, DeployInputs.Provider, 'command');
        if (v === 'command')
            return v;
        if (PROVIDERS.includes(v))
            return v;
        throw new core_errors/* UserError */.y(`unknown provider ${JSON.stringify(v)}`, { input: DeployInputs.Provider, hint: `one of ${PROVIDERS.join(', ')}` });
    }, 'command');
    const providerOptions = attempt(() => {
        const v = host.getInput(DeployInputs.ProviderOptions).trim();
        if (!v)
            return {};
        let parsed;
        try {
            checkYamlBounds(v, yaml_bounds_YAML_BOUNDS.input, { input: DeployInputs.ProviderOptions });
            parsed = (0,dist/* parse */.qg)(v, { maxAliasCount: yaml_bounds_YAML_BOUNDS.input.maxAliases });
        }
        catch (err) {
            if (err instanceof core_errors/* UserError */.y)
                throw err;
            throw new core_errors/* UserError */.y(`not YAML: ${err.message.split('\n')[0]}`, { input: DeployInputs.ProviderOptions });
        }
        if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
            throw new core_errors/* UserError */.y('must be a YAML mapping', { input: DeployInputs.ProviderOptions });
        return parsed;
    }, {});
    const sha = (host.env.GITHUB_SHA ?? '').trim();
    const version = attempt(() => {
        const v = input(host, DeployInputs.Version, sha);
        if (mode === 'deploy')
            assertVersionSyntax(v, DeployInputs.Version);
        else if (v)
            assertVersionSyntax(v, DeployInputs.Version);
        return v;
    }, '');
    const script = (name) => attempt(() => {
        const v = host.getInput(name).trim();
        return v ? parseScript(v, name, ws, host.env) : undefined;
    }, undefined);
    const run = script(DeployInputs.Run);
    const rollbackRun = script(DeployInputs.RollbackRun);
    const migrateRun = script(DeployInputs.MigrateRun);
    const migrations = attempt(() => readMigrationsConfig(host), undefined);
    if (providerName === 'command' && mode === 'deploy' && !host.getInput(DeployInputs.Run).trim()) {
        errors.push(new core_errors/* UserError */.y('required for provider command and not supplied', { input: DeployInputs.Run, hint: 'the deploy script, e.g. ./deploy.sh' }));
    }
    if (providerName === 'command' && mode === 'rollback' && !host.getInput(DeployInputs.RollbackRun).trim() && !host.getInput(DeployInputs.Run).trim()) {
        errors.push(new core_errors/* UserError */.y('mode rollback needs rollback-run (or run, called with the previous version)', { input: DeployInputs.RollbackRun }));
    }
    const canarySteps = attempt(() => parseCanarySteps(input(host, DeployInputs.CanarySteps, '10,50,100'), DeployInputs.CanarySteps), [10, 50, 100]);
    const strategy = attempt(() => createStrategy(input(host, DeployInputs.Strategy, 'direct'), DeployInputs.Strategy, canarySteps), createStrategy('direct', DeployInputs.Strategy));
    const provider = attempt(() => {
        if (providerName === 'command')
            return new CommandProvider(run, rollbackRun, commandOptions(providerOptions, DeployInputs.ProviderOptions));
        return createProvider(providerName, providerOptions, { input: DeployInputs.ProviderOptions, environment });
    }, undefined);
    if (provider && !provider.strategies.includes(strategy.name)) {
        const why = providerName === 'command' ? undefined : strategyRefusal(providerName, strategy.name);
        errors.push(new core_errors/* UserError */.y(`provider ${provider.name} does not support strategy ${strategy.name}${why ? `: ${why}` : ''}`, { input: DeployInputs.Strategy, hint: `with ${provider.name}: ${provider.strategies.join(', ')}` }));
    }
    if (providerName !== 'command') {
        for (const name of [DeployInputs.Run, DeployInputs.RollbackRun]) {
            if (host.getInput(name).trim())
                errors.push(new core_errors/* UserError */.y(`only for provider command; provider ${providerName} runs its CLI`, { input: name, hint: 'remove it, or use migrate-run for steps of your own before the deploy' }));
        }
    }
    for (const program of provider?.programs ?? []) {
        if (!findOnPath(program, host.env))
            errors.push(new core_errors/* UserError */.y(`${program}: command not found on PATH (provider ${provider.name} runs it)`, { input: DeployInputs.Provider, hint: `install ${program} on the runner, or set up its action before this step` }));
    }
    // Production by its name (production, prod, production-eu), or as the workflow says (`production: true` for `live`).
    const production = attempt(() => booleanInput(host, DeployInputs.Production, isProduction(environment)), isProduction(environment));
    const requireGates = attempt(() => booleanInput(host, DeployInputs.RequireGates, production), production);
    const stagingEnvironment = input(host, DeployInputs.StagingEnvironment, 'staging');
    const requireStaging = attempt(() => booleanInput(host, DeployInputs.RequireStaging, production), production);
    const rehearseRollback = attempt(() => readRehearseRollback(host, { environment, stagingEnvironment, production, mode }), { mode: 'false', defaulted: true });
    // The weekend freeze guards production by default; staging and the others take deploys any day.
    const freezeDefault = input(host, DeployInputs.FreezeWindows) === '';
    const freezeText = input(host, DeployInputs.FreezeWindows, production ? DEFAULT_FREEZE : 'none');
    const freezeWindows = attempt(() => parseFreezeWindows(freezeText, DeployInputs.FreezeWindows), []);
    const timezone = attempt(() => checkTimeZone(input(host, DeployInputs.Timezone, 'UTC'), DeployInputs.Timezone), 'UTC');
    const freezeOverride = input(host, DeployInputs.FreezeOverride);
    const changelog = input(host, DeployInputs.Changelog, 'CHANGELOG.md');
    const changelogFile = attempt(() => (0,core_files/* resolveInWorkspace */.z1)(ws, changelog, DeployInputs.Changelog), '');
    const requireChangelog = attempt(() => booleanInput(host, DeployInputs.RequireChangelog, production), production);
    const requiredSecrets = attempt(() => {
        const names = (0,core_files/* splitList */.ry)(host.getInput(DeployInputs.RequiredSecrets));
        const bad = names.filter((n) => !/^[A-Za-z_][A-Za-z0-9_]*$/.test(n));
        if (bad.length)
            throw new core_errors/* UserError */.y(`not environment variable names: ${bad.map((b) => JSON.stringify(b)).join(', ')}`, { input: DeployInputs.RequiredSecrets, hint: 'give the names of variables, not their values' });
        return names;
    }, []);
    const region = input(host, DeployInputs.Region);
    const allowedRegions = (0,core_files/* splitList */.ry)(host.getInput(DeployInputs.AllowedRegions));
    const environmentUrl = attempt(() => {
        const v = input(host, DeployInputs.EnvironmentUrl);
        if (!v)
            return '';
        let url;
        try {
            url = new URL(v);
        }
        catch {
            throw new core_errors/* UserError */.y(`not a URL: ${JSON.stringify(v)}`, { input: DeployInputs.EnvironmentUrl });
        }
        if (url.protocol !== 'http:' && url.protocol !== 'https:')
            throw new core_errors/* UserError */.y('must be an http or https URL', { input: DeployInputs.EnvironmentUrl });
        return v;
    }, '');
    const timeoutMs = attempt(() => {
        const v = input(host, DeployInputs.TimeoutMinutes, '30');
        const n = Number(v);
        if (!Number.isFinite(n) || n <= 0 || n > 360)
            throw new core_errors/* UserError */.y(`must be a number of minutes above 0 and at most 360, got ${JSON.stringify(v)}`, { input: DeployInputs.TimeoutMinutes });
        return Math.round(n * 60_000);
    }, 30 * 60_000);
    const lockStaleMs = attempt(() => {
        const v = input(host, DeployInputs.LockStaleMinutes, '60');
        const n = Number(v);
        if (!Number.isFinite(n) || n < 1 || n > 1440)
            throw new core_errors/* UserError */.y(`must be a number of minutes from 1 to 1440, got ${JSON.stringify(v)}`, { input: DeployInputs.LockStaleMinutes });
        return Math.round(n * 60_000);
    }, 60 * 60_000);
    const dryRun = attempt(() => booleanInput(host, DeployInputs.DryRun, false), false);
    const logFile = attempt(() => (0,core_files/* resolveOutputInWorkspace */.kc)(ws, input(host, DeployInputs.LogPath, Defaults.DeployLog), DeployInputs.LogPath), '');
    const ledgerFile = attempt(() => (0,core_files/* resolveOutputInWorkspace */.kc)(ws, input(host, DeployInputs.LedgerPath, DEPLOY_LEDGER_DEFAULT), DeployInputs.LedgerPath), '');
    const token = input(host, DeployInputs.Token);
    const requireCiGreen = attempt(() => booleanInput(host, DeployInputs.RequireCiGreen, true), true);
    const ciWaitMs = attempt(() => {
        const v = input(host, DeployInputs.CiWaitMinutes, '10');
        const n = Number(v);
        if (v === '' || !Number.isFinite(n) || n < 0 || n > 360)
            throw new core_errors/* UserError */.y(`must be a number of minutes from 0 to 360, got ${JSON.stringify(v)}`, { input: DeployInputs.CiWaitMinutes, hint: '0 does not wait for pending checks' });
        return Math.round(n * 60_000);
    }, 10 * 60_000);
    const requireApproval = attempt(() => {
        const v = input(host, DeployInputs.RequireApproval, production ? 'reviewers' : 'false');
        if (APPROVAL_REQUIREMENTS.includes(v))
            return v;
        throw new core_errors/* UserError */.y(`must be one of ${APPROVAL_REQUIREMENTS.join(', ')}, got ${JSON.stringify(v)}`, { input: DeployInputs.RequireApproval });
    }, production ? 'reviewers' : 'false');
    const analysis = attempt(() => readAnalysisConfig(host, { analysis: DeployInputs.Analysis, args: DeployInputs.AnalysisArgs, onInconclusive: DeployInputs.OnInconclusive, reportPath: DeployInputs.AnalysisReportPath }, EMBEDDED_DEFAULTS), undefined);
    const attestation = attempt(() => readAttestationConfig(host), undefined);
    if (strategy.name === 'canary' && providerName === 'command' && !environmentUrl && !providerOptions['slot-urls']) {
        // Each share is verified before the next: with nothing to verify on, a canary cannot be told
        // from an outage, so it is refused before anything runs.
        errors.push(new core_errors/* UserError */.y('canary needs a URL to verify each step on: set environment-url (or provider-options slot-urls)', { input: DeployInputs.Strategy }));
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
        migrations,
        strategy,
        verifyChecks: host.getInput(DeployInputs.VerifyChecks).trim(),
        analysis,
        gatesReport: host.getInput(DeployInputs.GatesReport).trim(),
        attestation,
        requireGates,
        stagingEnvironment,
        requireStaging,
        rehearseRollback,
        production,
        freezeWindows,
        freezeText,
        freezeDefault,
        timezone,
        freezeOverride,
        changelog,
        changelogFile,
        requireChangelog,
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
        sha,
        requireCiGreen,
        ciWaitMs,
        requireApproval
    };
}
/**
 * `rehearse-rollback`. `true` is refused outside the staging environment: a rehearsal takes the
 * environment back to the previous version for a while, which production must not see; there,
 * `required` asks for the staging rehearsal instead.
 */
function readRehearseRollback(host, at) {
    const v = input(host, DeployInputs.RehearseRollback).toLowerCase();
    if (v === '')
        return { mode: at.production ? 'required' : 'false', defaulted: true };
    if (v !== 'true' && v !== 'false' && v !== 'required')
        throw new core_errors/* UserError */.y(`must be true, false or required, got ${JSON.stringify(v)}`, { input: DeployInputs.RehearseRollback });
    if (v === 'true' && at.mode === 'deploy' && at.environment !== at.stagingEnvironment) {
        throw new core_errors/* UserError */.y(`true rehearses the rollback in the staging environment (${at.stagingEnvironment}), not in ${at.environment}`, {
            input: DeployInputs.RehearseRollback,
            hint: `rehearse in ${at.stagingEnvironment}; here use required to refuse a version whose rollback was not rehearsed`
        });
    }
    return { mode: v, defaulted: false };
}

;// CONCATENATED MODULE: ./.build/src/core/gates/report-input.js
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
    const problems = schemaErrors('gates-report', data);
    if (!problems.length)
        return data;
    const o = (data !== null && typeof data === 'object' && !Array.isArray(data) ? data : {});
    let what;
    if (typeof o.$schema === 'string' && /sarif/i.test(o.$schema))
        what = `a SARIF${typeof o.version === 'string' ? ` ${o.version}` : ''} log`;
    else if (typeof o.schema === 'string' && o.schema !== GATES_REPORT_SCHEMA)
        what = `a ${JSON.stringify(o.schema)} document`;
    else if (data === null || typeof data !== 'object' || Array.isArray(data))
        what = Array.isArray(data) ? 'a JSON array' : `JSON ${data === null ? 'null' : typeof data}`;
    else
        what = problems.slice(0, 3).join('; ');
    throw new core_errors/* UserError */.y(`${where.prefix ?? ''}not a phase-gates gates report (${what})`, {
        input,
        file: where.file,
        hint: where.hint ?? `give a gates-report.json written by gates-enforcer (schema ${GATES_REPORT_SCHEMA})`
    });
}
/** A gates report file of the workspace (`given` as the user wrote it), validated; and its path as shown. */
async function readGatesReportFile(workspace, given, input, hint) {
    const resolved = (0,core_files/* resolveInWorkspace */.z1)(workspace, given, input);
    const file = (0,core_files/* displayPath */.Gt)(workspace, resolved);
    let data;
    try {
        data = (await (0,core_files/* readJsonText */.gb)(resolved, file, input)).value;
    }
    catch (err) {
        const code = err.code;
        if (code === 'ENOENT')
            throw new core_errors/* UserError */.y('file not found', { input, file });
        if (code === 'EISDIR')
            throw new core_errors/* UserError */.y('is a directory: give the path of a gates-report.json', { input, file });
        throw err;
    }
    return { report: validGatesReport(data, input, { file, hint }), file };
}

;// CONCATENATED MODULE: ./.build/src/core/deploy/changelog.js
/**
 * The change log check: the deployed version is documented, in the change log (Keep a Changelog:
 * `## [1.2.0] - 2026-12-01`, `## 1.2.0`, `## v1.2.0`, conventional-changelog's
 * `# [1.2.0](compare-url) (2026-12-01)`) or as a published GitHub release of its tag. Internal to
 * deploy.
 *
 * The headings are read here rather than with a changelog library: the check needs each entry's
 * line (for the detail) and must accept the variants real projects write, where the parsers on npm
 * (keep-a-changelog) build a model for rewriting the file and drop both.
 */




/** Change logs larger than this are refused in the detail (the biggest real ones are ~1 MB). */
const MAX_CHANGELOG_BYTES = 8 * 1024 * 1024;
// `#` or `##`, then a version: bare, in brackets, or a bracketed link; `Unreleased` is no version.
const HEADING = /^(#{1,6})[ \t]+(.*?)[ \t]*#*[ \t]*$/;
const VERSION = /^\[?(v?\d+(?:\.\d+)*(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?)\]?(?:\([^)]*\))?(?![\w.+])/i;
const LINK_DEFINITION = /^\s{0,3}\[[^\]]+\]:\s*\S/;
/** The release entries of a change log, in file order. */
function parseChangelog(text) {
    const lines = text.split(/\r?\n/);
    const entries = [];
    let current;
    let fence = false;
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i];
        if (/^\s{0,3}(```|~~~)/.test(line))
            fence = !fence;
        const h = fence ? null : HEADING.exec(line);
        if (h && h[1].length <= 2) {
            const v = VERSION.exec(h[2]);
            current = v ? { version: v[1], line: i + 1, heading: line.trim(), hasContent: false, yanked: /\[YANKED\]/i.test(h[2]) } : undefined;
            if (current)
                entries.push(current);
            continue;
        }
        if (!current || current.hasContent || fence)
            continue;
        if (h || !line.trim() || LINK_DEFINITION.test(line) || /^\s*<!--.*-->\s*$/.test(line))
            continue;
        current.hasContent = true;
    }
    return entries;
}
/** The same version, with or without a leading `v`. */
function sameVersion(a, b) {
    return a.replace(/^v/i, '').toLowerCase() === b.replace(/^v/i, '').toLowerCase();
}
/** The release tag part of a version (`registry/app:1.2.3` → `1.2.3`). */
function tagOf(version) {
    const colon = version.lastIndexOf(':');
    return colon > version.lastIndexOf('/') ? version.slice(colon + 1) : version;
}
/** The API, or why there is none. */
async function openApi(config, env) {
    if (!config.token)
        return 'no token to look for a GitHub release';
    const full = env.GITHUB_REPOSITORY?.trim() ?? '';
    const m = /^([^/\s]+)\/([^/\s]+)$/.exec(full);
    if (!m)
        return 'GITHUB_REPOSITORY is not set: no GitHub release looked for';
    const { createGitHubClient, clientOptionsFromEnv } = await Promise.all(/* import() */[__webpack_require__.e(932), __webpack_require__.e(408)]).then(__webpack_require__.bind(__webpack_require__, 7408));
    return { client: createGitHubClient({ token: config.token, ...clientOptionsFromEnv(env) }), owner: m[1], repo: m[2], full };
}
const CONTENTS = 'the token needs `permissions: contents: read`';
/** Pages of GET /tags read at most when looking for the tags of a commit (100 tags a page). */
const MAX_TAG_PAGES = 10;
function notFound(err) {
    return /GitHub answered 404/.test(err.message);
}
/** A published release of `tag` (tried with and without `v`): the URL, or why there is none. */
async function findRelease(api, tag) {
    const { withGitHubErrors } = await Promise.all(/* import() */[__webpack_require__.e(932), __webpack_require__.e(408)]).then(__webpack_require__.bind(__webpack_require__, 7408));
    const tags = tag.startsWith('v') ? [tag, tag.slice(1)] : [tag, `v${tag}`];
    for (const t of tags) {
        try {
            const { data } = await withGitHubErrors(api.client, { input: DeployInputs.Token, doing: `reading the release ${t} of ${api.full}`, forbiddenHint: CONTENTS }, () => api.client.rest.repos.getReleaseByTag({ owner: api.owner, repo: api.repo, tag: t }));
            // GitHub does not find drafts by tag; a draft that comes back anyway is not a release.
            if (!data.draft)
                return { url: data.html_url, tag: t };
        }
        catch (err) {
            if (notFound(err))
                continue;
            if (err instanceof core_errors/* UserError */.y)
                return err.render();
            throw err;
        }
    }
    return `no published GitHub release ${tags.join(' or ')} in ${api.full}`;
}
/** The tags that point at `sha` (GET /tags, newest first, at most {@link MAX_TAG_PAGES} pages). */
async function tagsOfCommit(api, sha) {
    const { withGitHubErrors } = await Promise.all(/* import() */[__webpack_require__.e(932), __webpack_require__.e(408)]).then(__webpack_require__.bind(__webpack_require__, 7408));
    const found = [];
    const lower = sha.toLowerCase();
    for (let page = 1; page <= MAX_TAG_PAGES; page++) {
        let data;
        try {
            ({ data } = await withGitHubErrors(api.client, { input: DeployInputs.Token, doing: `listing the tags of ${api.full}`, forbiddenHint: CONTENTS }, () => api.client.rest.repos.listTags({ owner: api.owner, repo: api.repo, per_page: 100, page })));
        }
        catch (err) {
            if (err instanceof core_errors/* UserError */.y)
                return err.render();
            throw err;
        }
        for (const t of data)
            if (t.commit.sha.toLowerCase().startsWith(lower))
                found.push(t.name);
        if (data.length < 100)
            break;
    }
    return found;
}
/** The change log entry of `tag` (see the module's comment). */
async function changelogEntry(config, tag) {
    const file = config.changelog;
    try {
        const stat = await external_node_fs_.promises.stat(config.changelogFile);
        if (!stat.isFile())
            return { status: 'missing', problem: `${file} is not a regular file` };
        if (stat.size > MAX_CHANGELOG_BYTES)
            return { status: 'missing', problem: `${file} is larger than ${MAX_CHANGELOG_BYTES} bytes` };
        const bytes = await external_node_fs_.promises.readFile(config.changelogFile);
        if (bytes.includes(0))
            return { status: 'missing', problem: `${file} is a binary file, not a change log` };
        const entries = parseChangelog(bytes.toString('utf8'));
        const entry = entries.find((e) => sameVersion(e.version, tag));
        if (entry?.yanked)
            return { status: 'fail', detail: `${file}:${entry.line} marks ${tag} [YANKED]: a yanked release is not deployed` };
        if (entry?.hasContent)
            return { status: 'pass', detail: `${file}:${entry.line}: ${entry.heading}` };
        if (entry)
            return { status: 'missing', problem: `${file}:${entry.line} has the heading of ${tag} but nothing under it` };
        const latest = entries.length ? ` (latest: ${entries.slice(0, 3).map((e) => e.version).join(', ')})` : ' (no release headings found)';
        return { status: 'missing', problem: `${file} has no entry for ${tag}${latest}` };
    }
    catch (err) {
        const code = err.code;
        return { status: 'missing', problem: code === 'ENOENT' ? `${file} not found` : `${file}: cannot read (${code ?? err.message})` };
    }
}
/**
 * The `changelog` check (see the module's comment). A version that is a commit SHA is checked
 * through its release tag: the tag the workflow runs for (GITHUB_REF `refs/tags/…` at that commit),
 * else the tags pointing at it (GET /tags, with a token); a commit with no tag, or a digest, names
 * no release and is skipped with that reason.
 */
async function changelogCheck(ctx) {
    const { config, env, version } = ctx;
    const result = (status, detail) => ({ id: 'changelog', title: 'Change log', status, detail });
    if (config.mode === 'rollback')
        return result('skip', 'rollback to a version documented before');
    if (!config.requireChangelog)
        return result('skip', `not required for ${config.environment} (require-changelog: false)`);
    if (!version)
        return result('skip', 'no version');
    const kind = classifyVersion(version).kind;
    if (kind === 'digest' || kind === 'image digest')
        return result('skip', `${version} is a ${kind}; change logs and releases name tags (deploy a release tag, or its commit, to check its entry)`);
    let api;
    const apiOnce = async () => (api ??= await openApi(config, env));
    let tags = [tagOf(version)];
    let of = '';
    if (kind === 'commit sha') {
        const sha = version.toLowerCase();
        const ref = env.GITHUB_REF ?? '';
        const runSha = (env.GITHUB_SHA ?? '').toLowerCase();
        if (ref.startsWith('refs/tags/') && runSha.startsWith(sha))
            tags = [ref.slice('refs/tags/'.length)];
        else {
            const a = await apiOnce();
            const found = typeof a === 'string' ? a : await tagsOfCommit(a, sha);
            if (typeof found === 'string')
                return result('skip', `${version} is a commit with no tag known (${found}); change logs and releases name tags`);
            if (!found.length)
                return result('skip', `${version} is a commit no tag of ${a.full} points at; change logs and releases name tags`);
            tags = found;
        }
        of = ` (the tag of ${version.slice(0, 12)})`;
    }
    const problems = [];
    for (const tag of tags) {
        const entry = await changelogEntry(config, tag);
        if (entry.status !== 'missing')
            return result(entry.status, entry.detail + of);
        const a = await apiOnce();
        const found = typeof a === 'string' ? a : await findRelease(a, tag);
        if (typeof found !== 'string')
            return result('pass', `GitHub release ${found.tag}: ${found.url}${of}`);
        problems.push(`${entry.problem}; ${found}`);
    }
    return result('fail', `${problems.join('; ')}${of} (add the entry, publish the release, or require-changelog: false)`);
}

// EXTERNAL MODULE: ./.build/src/core/deploy/store.js
var deploy_store = __webpack_require__(3018);
;// CONCATENATED MODULE: ./.build/src/core/deploy/rehearsal.js

const rehearsal_TITLE = 'Rollback rehearsed';
/**
 * Reads only: the staging environment's deployments (`stagingRecords`, newest first, shared with
 * the staging check), with the rehearsal each carries.
 */
async function rehearsalCheck(ctx, stagingRecords) {
    const { config, store, version } = ctx;
    const staging = config.stagingEnvironment;
    const { mode, defaulted } = config.rehearseRollback;
    const result = (status, detail) => ({ id: 'rehearsal', title: rehearsal_TITLE, status, detail });
    if (config.mode === 'rollback')
        return result('skip', 'rollback: a rollback is the way back, not a release to rehearse');
    if (mode === 'false')
        return result('skip', `rehearse-rollback: false${defaulted ? ` (the default for ${config.environment})` : ''}`);
    if (mode === 'true') {
        // Performed after the deploy verifies; said here so that a first deployment is not a surprise.
        return ctx.history.lastGood
            ? result('skip', `rehearsed in this run once ${version} is verified: back to ${ctx.history.lastGood.version}, then ${version} again`)
            : result('skip', `the first deployment of ${config.environment}: nothing to roll back to, so it cannot be rehearsed`);
    }
    if (config.environment === staging)
        return result('skip', `${staging} is the staging environment: rehearse-rollback: true rehearses it here`);
    const records = await stagingRecords();
    if (!records.length && defaulted)
        return result('skip', `${staging} has no deployment yet (${store.kind}); required for ${config.environment} once it has one`);
    const found = await (0,deploy_store/* successfulDeploymentOf */.NK)(store, staging, version, records);
    if (!found)
        return result('fail', `${version} has no successful deployment in ${staging} (${store.kind}), so its rollback was never rehearsed (deploy it there with rehearse-rollback: true)`);
    const r = found.rehearsal;
    if (r?.passed)
        return result('pass', `in ${staging}: rolled back to ${r.previousVersion}, verified, and ${version} deployed again (deployment ${found.id}, ${r.at})`);
    if (await firstSuccessOf(store, records, found))
        return result('skip', `${version} was the first successful deployment of ${staging} (deployment ${found.id}): nothing to roll back to`);
    return result('fail', `${version}'s deployment ${found.id} in ${staging} carries no passed rollback rehearsal (deploy it there with rehearse-rollback: true)`);
}
/** Whether no deployment of the environment older than `found` ever succeeded. */
async function firstSuccessOf(store, newestFirst, found) {
    const at = newestFirst.findIndex((r) => r.id === found.id);
    for (const r of newestFirst.slice(at + 1))
        if ((await (0,deploy_store/* withStates */.Vd)(store, r)).states.includes('success'))
            return false;
    return true;
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
            throw new core_errors/* UserError */.y(`not JSON (${err.message.replace(/ in JSON at position.*$/s, '')})`, { input: DeployInputs.GatesReport, hint: 'give the report output of gates-enforcer or the path of gates-report.json' });
        }
        report = validGatesReport(data, DeployInputs.GatesReport, { hint });
    }
    else {
        const read = await readGatesReportFile(workspace, value, DeployInputs.GatesReport, hint);
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
        results.push({ id: 'freeze', title: 'Outside freeze windows', status: 'pass', detail: `${at} ${describeFreeze(frozen)}; overridden: ${config.freezeOverride}` });
    }
    else {
        const origin = config.freezeDefault ? ', the default for production' : '';
        results.push({ id: 'freeze', title: 'Outside freeze windows', status: 'fail', detail: `${at} ${describeFreeze(frozen)}${origin} (freeze-override with a reason allows it)` });
    }
    // The staging environment's history, read once for the staging and rehearsal checks (with the
    // Deployments API, a request per deployment's statuses).
    let staging;
    const stagingRecords = () => (staging ??= ctx.store.list(config.stagingEnvironment, deploy_store/* HISTORY_LIMIT */.Dc));
    // Staging first: this version succeeded in the staging environment.
    if (rollback)
        results.push({ id: 'staging', title: 'Staging first', status: 'skip', detail: 'rollback' });
    else if (config.environment === config.stagingEnvironment)
        results.push({ id: 'staging', title: 'Staging first', status: 'skip', detail: `${config.environment} is the staging environment` });
    else {
        const found = await (0,deploy_store/* successfulDeploymentOf */.NK)(ctx.store, config.stagingEnvironment, ctx.version, await stagingRecords());
        if (found)
            results.push({ id: 'staging', title: 'Staging first', status: 'pass', detail: `${ctx.version} succeeded in ${config.stagingEnvironment} (deployment ${found.id})` });
        else if (config.requireStaging) {
            results.push({ id: 'staging', title: 'Staging first', status: 'fail', detail: `${ctx.version} has no successful deployment in ${config.stagingEnvironment} (${ctx.store.kind})` });
        }
        else
            results.push({ id: 'staging', title: 'Staging first', status: 'skip', detail: `not required for ${config.environment} (${ctx.version} is not in ${config.stagingEnvironment})` });
    }
    // The rollback rehearsed in staging (rehearse-rollback).
    results.push(await rehearsalCheck(ctx, stagingRecords));
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
    // A signed artifact: its Sigstore bundle verifies offline, from the expected signer and repository.
    results.push(await checkAttestation(config.attestation));
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
    // Migrations rehearsed on a scratch database: forward, down, forward again; destructive statements only when allowed.
    results.push(await checkMigrations(config.migrations, { environment: config.environment, production: config.production, rollback, lastGood: ctx.history.lastGood }));
    // The lock: no other deployment of this environment under way.
    const busy = ctx.history.inProgress;
    const holder = ctx.lockBusy;
    results.push(holder
        ? { id: 'lock', title: 'No deployment in progress', status: 'fail', detail: `a deploy of ${holder.version} to ${config.environment} holds the lock since ${holder.since} (process ${holder.pid} on ${holder.host}${holder.run ? `, ${holder.run}` : ''})` }
        : busy
            ? { id: 'lock', title: 'No deployment in progress', status: 'fail', detail: `deployment ${busy.id} of ${busy.version} to ${config.environment} is still ${busy.states?.at(-1) ?? 'pending'} (${ctx.store.kind})` }
            : { id: 'lock', title: 'No deployment in progress', status: 'pass', detail: `none in ${config.environment} (${ctx.store.kind} ${ctx.store.where})` });
    results.push(await changelogCheck(ctx));
    // CI green on the deployed commit (a rollback returns to a version deployed before), and who may approve.
    results.push(rollback ? { id: 'ci', title: 'CI green', status: 'skip', detail: 'rollback to a version deployed before' } : { id: 'ci', title: 'CI green', ...(await ciCheck({ required: config.requireCiGreen, production: config.production, sha: config.sha, token: config.token, env: ctx.env, waitMs: config.dryRun ? 0 : config.ciWaitMs, signal: ctx.signal, log: ctx.log })) });
    results.push({ id: 'approval', title: 'Approvals', ...(await approvalCheck({ requirement: config.requireApproval, environment: config.environment, production: config.production, token: config.token, env: ctx.env, log: ctx.log })) });
    return results;
}

// EXTERNAL MODULE: ./.build/src/core/secrets.js
var secrets = __webpack_require__(4434);
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
const LOCK_STALE_MS = 30_000;
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
function ledger_sleep(ms) {
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
                byId.set(e.id, { id: e.id, environment: e.environment, version: e.version, sha: e.sha, createdAt: e.createdAt, rollbackOf: e.rollbackOf, slot: e.slot, rehearsal: (0,deploy_store/* asRehearsal */.ET)(e.rehearsal), states: [] });
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
            this.append({ type: 'deployment', id, environment: d.environment, version: d.version, sha: d.sha, description: d.description, rollbackOf: d.rollbackOf, slot: d.slot || undefined, production: d.production, rehearsal: d.rehearsal, createdAt, pid: process.pid, host: hostName() });
            return { id, environment: d.environment, version: d.version, sha: d.sha, createdAt, rollbackOf: d.rollbackOf, slot: d.slot || undefined, rehearsal: d.rehearsal, states: [] };
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
        const fd = (0,core_files/* openAppend */.tw)(this.file, this.where, DeployInputs.LedgerPath);
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
                else if (since && Date.now() - since > LOCK_STALE_MS)
                    (0,external_node_fs_.rmSync)(lock, { force: true });
                else if (Date.now() > deadline) {
                    throw new core_errors/* UserError */.y(`the ledger is locked by process ${holder || '?'}`, { file: this.where + '.lock', hint: 'another deploy is writing it; remove the lock file if none runs' });
                }
                else
                    await ledger_sleep(20);
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
    const file = (0,core_files/* resolveInWorkspace */.z1)(workspace, value.trim(), input);
    const shown = (0,core_files/* displayPath */.Gt)(workspace, file);
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
const REDIRECT_MODES = (/* unused pure expression or super */ null && (['same-origin', 'any', 'none']));
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
function engine_judge(check, result) {
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
            last = engine_judge(check, await this.send(this.request(check, url)));
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
            const outcome = engine_judge(check, await this.send(this.request(check, url)));
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
        schema: SMOKE_REPORT_SCHEMA,
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
    return buildReport(outcome, settings, { startedAt: new Date(0), finishedAt: new Date(0), sha: null, repository: null, runId: null, deploymentId: null }, new Redactor()).passed;
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
        const report = buildReport(outcome, settings, { startedAt: new Date(0), finishedAt: new Date(0), sha: null, repository: null, runId: null, deploymentId: null }, new secrets/* Redactor */.pO());
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
/**
 * The stages in the order the audit log names them; a stage that ends the run returns its
 * outcome (outputs and summary already written), so each early return below is one way a run ends.
 */
async function deployUnderLock(ctx, lockState) {
    const run = await begin(ctx, lockState);
    if (run.rollbackMode && !run.history.previous)
        return rollbackWithoutTarget(run);
    const refused = await checkStage(run);
    if (refused)
        return refused;
    if (ctx.signal.aborted)
        return finish(run, cancelled(ctx, run.base));
    const dryRun = planStage(run);
    if (dryRun)
        return dryRun;
    const steppedAside = await openDeployment(run);
    if (steppedAside)
        return steppedAside;
    if (run.rollbackMode)
        return rollbackOnDemand(run);
    const migrationsFailed = await migrationStage(run);
    if (migrationsFailed)
        return migrationsFailed;
    const end = await strategyStage(run);
    if (run.rehearse && !end.failure && !end.stopped && !end.cancelled && !ctx.signal.aborted)
        return recordStage(run, await rehearsalStage(run));
    return recordStage(run, end);
}
function setOutput(run, name, value) {
    run.ctx.host.setOutput(name, run.ctx.redactor.redact(value));
}
/** The start: the log's first line, a taken-over lock, and the environment's history. */
async function begin(ctx, lockState) {
    const { host, config, store, log } = ctx;
    const rollbackMode = config.mode === 'rollback';
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
    // History: read only, but for a deployment whose run died (below).
    const history = await (0,deploy_store/* environmentHistory */.oW)(store, config.environment, ctx.now, config.lockStaleMs);
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
    const base = { checks: [], version, previousVersion, rollbackPerformed: false };
    return {
        ctx,
        lockState,
        rollbackMode,
        summary: [],
        logUrl: runUrl(host.env) ?? (0,core_files/* displayPath */.Gt)(host.workspace, config.logFile),
        history,
        version,
        previousVersion,
        checks: [],
        failed: [],
        base,
        activeSlot: '',
        slot: '',
        planned: [],
        stepBase: { environment: config.environment, deploymentId: '' },
        withDeployment: base,
        environmentUrl: config.environmentUrl,
        stepRows: [],
        analysisRuns: [],
        rehearse: !rollbackMode && config.rehearseRollback.mode === 'true',
        round: ''
    };
}
/** Rollback mode with nothing to roll back to (a first deploy, or only one version ever succeeded): one clear line. */
async function rollbackWithoutTarget(run) {
    const { host, config, store, log, redactor } = run.ctx;
    const { previousVersion } = run;
    const reason = noEarlierDeployment(config.environment);
    const stays = previousVersion ? `${previousVersion} stays as deployed` : 'nothing was deployed to it';
    const message = `rollback skipped: ${reason} (${store.kind}); ${stays}`;
    log.warn('rollback.skipped', { reason, current: previousVersion || undefined, store: store.kind, dry_run: config.dryRun || undefined });
    log.write(config.dryRun ? 'INFO' : 'ERROR', 'deploy.end', { status: config.dryRun ? 'skipped' : 'failure', detail: `rollback skipped: ${reason}` });
    host.info(config.dryRun ? `dry run: ${message}` : message);
    setOutput(run, DeployOutputs.Version, '');
    setOutput(run, DeployOutputs.PreviousVersion, previousVersion);
    setOutput(run, DeployOutputs.LogPath, (0,core_files/* displayPath */.Gt)(host.workspace, config.logFile));
    setOutput(run, DeployOutputs.EnvironmentUrl, config.environmentUrl);
    // A dry run reports it and ends well: nothing was asked to change.
    const status = config.dryRun ? 'skipped' : 'failure';
    setOutput(run, DeployOutputs.Status, status);
    setOutput(run, DeployOutputs.RollbackPerformed, 'false');
    setOutput(run, DeployOutputs.RollbackSkipped, reason);
    setOutput(run, DeployOutputs.FailedChecks, '[]');
    await host.appendSummary(redactor.redact([`## Rollback of ${config.environment}: skipped`, '', `➖ ${message}.`, '', `**Status:** \`${status}\` — nothing was changed`, ''].join('\n')));
    return { ok: config.dryRun, status, message: config.dryRun ? `dry run: ${message}` : message, checks: [], version: '', previousVersion, rollbackPerformed: false, rollbackSkipped: reason };
}
/**
 * The pre-deploy checks, their table and the outputs known before anything runs. Returns the
 * outcome when a check refuses the deploy (a dry run goes on to show its plan).
 */
async function checkStage(run) {
    const { host, config, store, log, redactor } = run.ctx;
    const { version, previousVersion, history } = run;
    const checks = await runChecks({ config, env: host.env, gates: run.ctx.gates, store, history, version, now: run.ctx.now, lockBusy: run.lockState.busy, signal: run.ctx.signal, log: (m) => host.info(redactor.redact(m)) });
    for (const c of checks)
        log.write(c.status === 'fail' ? 'ERROR' : 'INFO', 'check', { check: c.id, result: c.status, detail: c.detail });
    if (config.freezeOverride && checks.some((c) => c.id === 'freeze' && c.detail.includes('overridden'))) {
        log.warn('freeze.override', { reason: config.freezeOverride, actor: host.env.GITHUB_ACTOR });
        host.annotate('warning', `Deploying inside a freeze window; override: ${redactor.redact(config.freezeOverride)}`, { title: 'phase-gates deploy' });
    }
    for (const c of checks)
        host.info(`${c.status.padEnd(4)} ${c.title}: ${c.detail}`);
    const title = run.rollbackMode ? `Rollback of ${config.environment} to ${version || '(none)'}` : `Deploy ${version} to ${config.environment}`;
    run.summary.push(`## ${title}`, '', '| Check | Result | Detail |', '| --- | --- | --- |');
    for (const c of checks)
        run.summary.push(`| ${c.title} | ${icon(c.status)} | ${engine_cell(c.detail)} |`);
    run.summary.push('');
    setOutput(run, DeployOutputs.Version, version);
    setOutput(run, DeployOutputs.PreviousVersion, previousVersion);
    setOutput(run, DeployOutputs.LogPath, (0,core_files/* displayPath */.Gt)(host.workspace, config.logFile));
    setOutput(run, DeployOutputs.EnvironmentUrl, config.environmentUrl);
    run.checks = checks;
    run.base = { checks, version, previousVersion, rollbackPerformed: false };
    run.failed = checks.filter((c) => c.status === 'fail');
    setOutput(run, DeployOutputs.FailedChecks, JSON.stringify(run.failed.map((c) => ({ id: c.id, detail: c.detail }))));
    if (run.failed.length && !config.dryRun) {
        const message = `pre-deploy checks failed: ${run.failed.map((c) => `${c.id} (${c.detail})`).join('; ')}`;
        log.error('refused', { failed: run.failed.map((c) => c.id).join(','), detail: 'nothing was changed' });
        return finish(run, { ...run.base, ok: false, status: 'failure', message: redactor.redact(message) });
    }
    return undefined;
}
/** The step that returns the environment to `to` (rollback mode, or a failed deploy's way back). */
function rollbackStep(run, to, from, fromSlot) {
    return { ...run.stepBase, action: 'rollback', version: to?.version ?? '', previousVersion: from, slot: slotOf(to), otherSlot: fromSlot, trafficPercent: 100 };
}
function toStep(run, p) {
    return { ...run.stepBase, action: p.action, version: run.version, previousVersion: run.previousVersion, slot: p.slot, otherSlot: p.slot ? idleSlot(p.slot) : '', trafficPercent: p.trafficPercent };
}
/** The plan, in the summary; for a dry run, the outcome (whatever the checks found: nothing changes). */
function planStage(run) {
    const { host, config, store, log, redactor } = run.ctx;
    const { history, version, previousVersion, rollbackMode, failed } = run;
    run.activeSlot = slotOf(history.current);
    run.slot = !rollbackMode && config.strategy.slotted ? idleSlot(run.activeSlot) : '';
    run.planned = rollbackMode ? [] : config.strategy.plan(run.slot);
    const { slot, planned, activeSlot } = run;
    const verifying = run.ctx.verifyChecks.length > 0 || config.strategy.slotted;
    const plan = [];
    const commandsOf = (step) => config.provider.plan(step).map((c) => `\`${showCommand(c, host.workspace)}\``).join(', then ') || '(nothing to run)';
    plan.push(`1. record a deployment of \`${version}\` to \`${config.environment}\`${slot ? ` in slot ${slot}` : ''} (${store.kind} ${store.where})`);
    if (!rollbackMode && config.migrateRun)
        plan.push(`${plan.length + 1}. migrations: \`${config.migrateRun.shown}\``);
    if (rollbackMode)
        plan.push(`${plan.length + 1}. roll back from \`${previousVersion}\`${slotOf(history.previous) ? ` to slot ${slotOf(history.previous)}` : ''}: ${commandsOf(rollbackStep(run, history.previous, previousVersion, activeSlot))}`);
    for (const p of planned) {
        const what = p.slot ? `${p.action === 'deploy' ? `deploy to slot ${p.slot}` : `move traffic to slot ${p.slot}`}, ${p.trafficPercent}% of traffic` : 'deploy, all traffic';
        const checks = verifying && (p.verifySlot || p.verifyEnvironment) ? `; verify ${[p.verifySlot ? 'the slot' : '', p.verifyEnvironment ? 'the environment' : ''].filter(Boolean).join(' and ')}` : '';
        const analysis = analysedAt(config, p) ? `; analysis from telemetry (${config.analysis.spec.source})` : '';
        plan.push(`${plan.length + 1}. ${config.strategy.name}: ${what}: ${commandsOf(toStep(run, p))}${checks}${analysis}`);
    }
    if (!rollbackMode) {
        const back = rollbackStep(run, history.lastGood, version, slot);
        if (run.rehearse && history.lastGood) {
            const rehearsed = rollbackStep(run, history.lastGood, version, slot);
            plan.push(`${plan.length + 1}. rehearse the rollback: back to \`${rehearsed.version}\`: ${commandsOf(rehearsed)}; verify it; then deploy \`${version}\` again as above (a new deployment record, carrying the rehearsal)`);
        }
        if (history.lastGood)
            plan.push(`${plan.length + 1}. on failure: roll back to \`${back.version}\`${back.slot ? ` (slot ${back.slot} keeps running it)` : ''}: ${commandsOf(back)}`);
        else
            plan.push(`${plan.length + 1}. on failure: no rollback (${noEarlierDeployment(config.environment)})`);
    }
    if (!config.dryRun) {
        run.summary.push('### Plan', '', ...plan, '');
        return undefined;
    }
    // The plan, whatever the checks found: what would be deployed, where, how, and what would refuse it.
    const code = (t) => `\`${t}\``;
    const what = (q) => rollbackMode
        ? `rolling ${q(config.environment)} back from ${q(previousVersion)} to ${q(version)}`
        : `deploying ${q(version)} to ${q(config.environment)} (strategy ${q(config.strategy.name)}, provider ${q(config.providerName)}; ${previousVersion ? `replacing ${q(previousVersion)}` : 'its first deployment'})`;
    const verdict = failed.length
        ? `would be refused: ${failed.length} check${failed.length === 1 ? '' : 's'} would fail: ${failed.map((c) => `${c.id} (${c.detail})`).join('; ')}`
        : 'would go ahead: every check passed';
    const message = redactor.redact(`dry run: ${what((t) => t)} ${verdict}; nothing was changed`);
    run.summary.push('### Plan (dry run: nothing was changed)', '', `${failed.length ? '❌' : '✅'} ${what(code).replace(/^d|^r/, (c) => c.toUpperCase())} ${engine_cell(verdict)}.`, '', ...plan, '');
    log.write(failed.length ? 'WARN' : 'INFO', 'dry-run', { version, environment: config.environment, strategy: config.strategy.name, would_fail: failed.map((c) => c.id).join(',') || undefined, detail: 'nothing was changed' });
    // Said once: a warning when the deploy would be refused, else a line of the log.
    if (failed.length)
        host.annotate('warning', message, { title: 'phase-gates deploy (dry run)' });
    else
        host.info(message);
    return finish(run, { ...run.base, ok: true, status: 'skipped', message, wouldFail: failed }, 'dry run: nothing was changed');
}
/**
 * The deployment record, in progress. With the GitHub store, returns the outcome when another
 * run's deployment started first (this one steps aside before anything changes).
 */
async function openDeployment(run) {
    const { host, config, store, log, redactor } = run.ctx;
    const { version, rollbackMode, history } = run;
    const recordSlot = rollbackMode ? slotOf(history.previous) : run.slot;
    const deployment = await store.create({
        environment: config.environment,
        version,
        sha: config.sha,
        description: rollbackMode ? `phase-gates: roll back to ${version}` : `phase-gates: deploy ${version}`,
        rollbackOf: rollbackMode ? history.current?.id : undefined,
        slot: recordSlot || undefined,
        production: config.production
    });
    run.deployment = deployment;
    run.stepBase.deploymentId = deployment.id;
    setOutput(run, DeployOutputs.DeploymentId, deployment.id);
    log.info('deployment.created', { id: deployment.id, version, slot: recordSlot || undefined, store: store.kind });
    await setStatus(run, 'in_progress', rollbackMode ? `rolling back to ${version}` : `deploying ${version}`);
    run.withDeployment = { ...run.base, deploymentId: deployment.id };
    if (store.kind === 'github') {
        // The API has no compare-and-set: every run creates its deployment, then looks. Of two in
        // progress at once, the lower id goes on; the other steps aside before anything changes.
        const first = await (0,deploy_store/* startedFirst */.MT)(store, deployment, run.ctx.now, config.lockStaleMs);
        if (first) {
            const why = `deployment ${first.id} of ${first.version} to ${config.environment} started first and is in progress`;
            await store.setStatus(deployment.id, { state: 'inactive', description: redactor.redact(`stepped aside: ${why}`), logUrl: run.logUrl });
            log.error('deployment.status', { id: deployment.id, state: 'inactive', description: `stepped aside: ${why}` });
            log.error('deploy.end', { status: 'failure', detail: `refused: ${why}` });
            run.summary.push(`❌ Refused: ${engine_cell(why)}; deployment ${deployment.id} was set to inactive and nothing was changed.`, '');
            return finish(run, { ...run.withDeployment, ok: false, status: 'failure', message: `deploy refused: ${why}; nothing was changed` });
        }
    }
    return undefined;
}
/** The deployment's status (this run's, unless `id` says which), in the store (masked) and in the log. */
async function setStatus(run, state, description, id = run.deployment.id) {
    const { store, log, redactor } = run.ctx;
    const url = run.environmentUrl;
    await store.setStatus(id, { state, description: redactor.redact(description), environmentUrl: url ? redactor.redact(url) : undefined, logUrl: run.logUrl });
    log.write(state === 'failure' || state === 'error' ? 'ERROR' : 'INFO', 'deployment.status', { id, state, description });
}
/** The variables a script runs with: the runner's, less what it must not inherit, and the step's. */
function scriptEnv(run, step, mode, extra = {}) {
    const { host, config } = run.ctx;
    const env = {};
    for (const [k, v] of Object.entries(host.env))
        if (v !== undefined && !WITHHELD.test(k))
            env[k] = v;
    return {
        ...env,
        PHASE_GATES_ENVIRONMENT: config.environment,
        PHASE_GATES_DEPLOYMENT_ID: run.deployment.id,
        PHASE_GATES_MODE: mode,
        PHASE_GATES_VERSION: step?.version ?? run.version,
        PHASE_GATES_PREVIOUS_VERSION: step?.previousVersion ?? run.previousVersion,
        PHASE_GATES_STEP: step?.action ?? mode,
        PHASE_GATES_SLOT: step?.slot ?? '',
        PHASE_GATES_OTHER_SLOT: step?.otherSlot ?? '',
        PHASE_GATES_TRAFFIC_PERCENT: String(step?.trafficPercent ?? 100),
        PHASE_GATES_STRATEGY: config.strategy.name,
        ...extra
    };
}
/** Runs one command, its output masked into the step log and the audit log as it comes. */
async function exec(run, phase, command, env) {
    const { host, config, log, redactor, signal } = run.ctx;
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
        onGroup: (pgid) => run.lockState.lock?.setScriptGroup(pgid),
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
}
function applyStep(run, phase, step, mode) {
    return run.ctx.config.provider.apply(step, { exec: (command) => exec(run, phase, command, scriptEnv(run, step, mode)) });
}
/** Writes the status outputs and the summary; `said`: the status line's text, when the summary already holds the message. */
async function finish(run, outcome, said = outcome.message) {
    setOutput(run, DeployOutputs.Status, outcome.status);
    setOutput(run, DeployOutputs.RollbackPerformed, String(outcome.rollbackPerformed));
    setOutput(run, DeployOutputs.RollbackSkipped, outcome.rollbackSkipped ?? '');
    run.summary.push(`**Status:** \`${outcome.status}\`${said ? ` — ${engine_cell(said)}` : ''}`, '');
    await run.ctx.host.appendSummary(run.ctx.redactor.redact(run.summary.join('\n')));
    return outcome;
}
/** {@link finish}, after the steps' and the analysis' tables. */
function finishAll(run, outcome) {
    const { summary, stepRows, analysisRuns } = run;
    if (stepRows.length)
        summary.push('### Steps', '', '| Step | Slot | Traffic | Result |', '| --- | --- | --- | --- |', ...stepRows, '');
    if (analysisRuns.length)
        summary.push('### Analysis', '', ...analysisRuns.flatMap((r) => renderRun(r)), `Every run: \`${run.ctx.config.analysis?.reportShown}\`.`, '');
    return finish(run, outcome);
}
function cancelledNow(run, rollbackPerformed = false) {
    return cancelledAfterChange(run.ctx, { ...run.withDeployment, rollbackPerformed }, (state, description) => setStatus(run, state, description)).then((o) => finishAll(run, o));
}
/** Rollback mode: the previous successful version, on demand. */
async function rollbackOnDemand(run) {
    const { config, log, signal } = run.ctx;
    const { version, previousVersion, withDeployment } = run;
    const step = rollbackStep(run, run.history.previous, previousVersion, run.activeSlot);
    const r = await applyStep(run, 'rollback', step, 'rollback');
    run.stepRows.push(`| rollback to ${version} | ${step.slot || '—'} | ${step.trafficPercent}% | ${r.outcome === 'ok' ? '✅' : '❌'} ${engine_cell(r.detail ?? r.outcome)} |`);
    if (r.outcome === 'cancelled' || signal.aborted)
        return cancelledNow(run);
    if (r.outcome === 'ok') {
        await setStatus(run, 'success', `rolled back from ${previousVersion} to ${version}`);
        log.info('deploy.end', { status: 'rolled_back', version, slot: step.slot || undefined });
        return finishAll(run, { ...withDeployment, ok: true, status: 'rolled_back', rollbackPerformed: true, message: `${config.environment} rolled back to ${version}` });
    }
    await setStatus(run, 'error', `rollback to ${version} failed`);
    log.error('deploy.end', { status: 'failure', detail: 'rollback failed' });
    return finishAll(run, { ...withDeployment, ok: false, status: 'failure', message: `rollback of ${config.environment} to ${version} failed${r.detail ? `: ${r.detail}` : ''}` });
}
/** Migrations (migrate-run): a failure stops here, with nothing deployed. */
async function migrationStage(run) {
    const { config, log } = run.ctx;
    if (!config.migrateRun)
        return undefined;
    const m = config.migrateRun;
    const r = await exec(run, 'migrate', { program: m.file, args: m.args, purpose: 'migrations', input: m.input }, scriptEnv(run, undefined, 'migrate'));
    if (r.outcome === 'cancelled')
        return cancelledNow(run);
    if (r.outcome === 'ok')
        return undefined;
    await setStatus(run, 'failure', 'migrations failed; nothing deployed');
    log.error('deploy.end', { status: 'failure', detail: 'migrations failed; nothing deployed' });
    return finishAll(run, { ...run.withDeployment, ok: false, status: 'failure', message: 'migrations failed (migrate-run); nothing was deployed' });
}
/** The strategy: each planned step applied, then verified and analysed where the plan says so. */
async function strategyStage(run) {
    const { host, config, redactor, signal } = run.ctx;
    const { planned, version } = run;
    for (const [i, p] of planned.entries()) {
        const step = toStep(run, p);
        const label = `${planned.length > 1 ? `step ${i + 1}/${planned.length}` : 'deploy'}${run.round}`;
        host.info(`${config.strategy.name} ${label}: ${p.slot ? `slot ${p.slot} at ${p.trafficPercent}% of traffic` : `${version}, all traffic`}`);
        const r = await applyStep(run, 'deploy', step, 'deploy');
        if (r.outcome === 'cancelled' || signal.aborted)
            return { cancelled: true };
        if (r.outcome !== 'ok') {
            run.stepRows.push(`| ${label} | ${p.slot || '—'} | ${p.trafficPercent}% | ❌ ${engine_cell(r.detail ?? 'failed')} |`);
            return { failure: `${label} failed: ${r.detail ?? 'the provider failed'}` };
        }
        if (r.url && redactor.holdsSecret(r.url)) {
            // Used to verify, as it is; recorded masked (output, ledger, deployment status, log).
            host.annotate('warning', `the URL the ${config.providerName} step reported holds a secret: it is used as it is, and recorded masked (${redactor.redact(r.url)})`, { title: 'phase-gates deploy' });
        }
        if (!config.environmentUrl && !p.slot && r.url) {
            run.environmentUrl = r.url;
            setOutput(run, DeployOutputs.EnvironmentUrl, r.url);
        }
        const v = await verifyStep(run.ctx, p, r.url, label);
        if (signal.aborted)
            return { cancelled: true };
        run.stepRows.push(`| ${label} | ${p.slot || '—'} | ${p.trafficPercent}% | ${v.ok ? '✅' : '❌'} ${engine_cell(v.detail)} |`);
        if (!v.ok)
            return { failure: `${label}: verification failed: ${v.detail}` };
        if (config.analysis && analysedAt(config, p)) {
            const end = await analysisStage(run, p, r.url, label);
            if (end)
                return end;
        }
    }
    return {};
}
/** Telemetry of one step (where {@link analysedAt} says): returns how the strategy ends when the analysis stops it. */
async function analysisStage(run, p, stepUrl, label) {
    const { host, config, log, redactor, signal } = run.ctx;
    const analysis = config.analysis;
    const stage = config.strategy.name === 'canary' ? `canary ${label} (${p.trafficPercent}%)` : 'blue-green switch';
    const stableSlot = run.activeSlot || '';
    const urlOf = (s) => slotUrlOf(config, s);
    const deploymentId = run.deployment.id;
    let a;
    try {
        a = await analyseStage(analysis, {
            stage,
            builtins: {
                environment: config.environment,
                version: run.version,
                'previous-version': run.previousVersion,
                slot: p.slot,
                'stable-slot': stableSlot,
                'deployment-id': deploymentId,
                url: stepUrl ?? urlOf(p.slot) ?? run.environmentUrl,
                'stable-url': stableSlot ? urlOf(stableSlot) : undefined
            },
            env: host.env,
            signal,
            sink: log,
            info: (m) => host.info(redactor.redact(m)),
            baseline: config.strategy.name === 'canary' && p.trafficPercent < 100 && stableSlot !== ''
        });
    }
    catch (err) {
        if (err instanceof core_cancel/* Cancelled */.cJ || signal.aborted)
            return { cancelled: true };
        throw err;
    }
    run.analysisRuns.push(a.run);
    await recordRun(analysis, { environment: config.environment, version: run.version, deploymentId }, a.run, DeployInputs.AnalysisReportPath);
    run.stepRows.push(`| ${stage}: analysis | ${p.slot || '—'} | ${p.trafficPercent}% | ${a.run.phase === 'Successful' ? '✅' : a.ok ? '⚠️' : '❌'} ${engine_cell(a.detail)} |`);
    if (a.decision === 'stop')
        return { stopped: `${label}: ${a.detail}` };
    if (!a.ok)
        return { failure: `${label}: ${a.detail}` };
    if (a.decision === 'pass')
        host.annotate('warning', redactor.redact(`${stage}: ${a.detail}; going on`), { title: 'phase-gates deploy: analysis' });
    return undefined;
}
/**
 * The record: the deployment's final status and the log's last line, after the strategy's end;
 * a failure first rolls back automatically to the previous successful version.
 */
async function recordStage(run, end) {
    const { host, config, log, redactor, signal } = run.ctx;
    const { version, slot, withDeployment } = run;
    if (end.cancelled || signal.aborted)
        return cancelledNow(run);
    if (end.stopped) {
        // on-inconclusive: fail — neither promoted nor rolled back: the release stays where the step
        // left it (Argo Rollouts pauses), and the step fails for a person to decide.
        const where = slot ? `slot ${slot} keeps its share of traffic` : `${version} stays deployed`;
        host.annotate('error', redactor.redact(`${end.stopped}; stopped: ${where} until someone promotes it or rolls it back (on-inconclusive: fail)`), { title: 'phase-gates deploy' });
        await setStatus(run, 'failure', `${end.stopped}; stopped, not rolled back`);
        log.error('deploy.end', { status: 'failure', detail: `${end.stopped}; stopped (on-inconclusive fail), not rolled back` });
        return finishAll(run, { ...withDeployment, ok: false, status: 'failure', message: `${end.stopped}; stopped (on-inconclusive: fail): ${where}` });
    }
    if (!end.failure) {
        await setStatus(run, 'success', `deployed ${version}${slot ? ` (slot ${slot})` : ''}`);
        log.info('deploy.end', { status: 'success', version, slot: slot || undefined, deployment: run.deployment.id });
        return finishAll(run, { ...withDeployment, ok: true, status: 'success', message: `deployed ${version} to ${config.environment}${slot ? ` (slot ${slot})` : ''}` });
    }
    return automaticRollback(run, end.failure);
}
/** A failed deploy returns to the previous successful version, when there is one. */
async function automaticRollback(run, failure) {
    const { host, config, log, redactor, signal } = run.ctx;
    const { version, slot, withDeployment } = run;
    host.annotate('error', redactor.redact(failure), { title: 'phase-gates deploy' });
    const back = run.history.lastGood;
    if (!back) {
        // A first deploy: nothing to return to. The log, the deployment, the summary and the result say so alike.
        const reason = noEarlierDeployment(config.environment);
        log.warn('rollback.skipped', { reason, version });
        run.stepRows.push(`| rollback | — | — | ➖ skipped: ${engine_cell(reason)} |`);
        await setStatus(run, 'failure', `deploy of ${version} failed; rollback skipped: ${reason}`);
        log.error('deploy.end', { status: 'failure', detail: `rollback skipped: ${reason}` });
        return finishAll(run, { ...withDeployment, ok: false, status: 'failure', rollbackSkipped: reason, message: `${failure}; rollback skipped: ${reason}` });
    }
    const step = rollbackStep(run, back, version, slot);
    log.warn('rollback.start', { from: version, to: back.version, slot: step.slot || undefined });
    const r = await applyStep(run, 'rollback', step, 'rollback');
    run.stepRows.push(`| rollback to ${back.version} | ${step.slot || '—'} | 100% | ${r.outcome === 'ok' ? '✅' : '❌'} ${engine_cell(r.detail ?? r.outcome)} |`);
    if (r.outcome === 'cancelled' || signal.aborted)
        return cancelledNow(run, true);
    if (r.outcome === 'ok') {
        await setStatus(run, 'failure', `deploy of ${version} failed; rolled back to ${back.version}`);
        log.warn('deploy.end', { status: 'rolled_back', version: back.version, slot: step.slot || undefined });
        return finishAll(run, { ...withDeployment, ok: false, status: 'rolled_back', rollbackPerformed: true, message: `${failure}; rolled back to ${back.version}` });
    }
    await setStatus(run, 'error', `deploy of ${version} failed and the rollback failed too`);
    log.error('deploy.end', { status: 'failure', detail: 'rollback failed' });
    return finishAll(run, { ...withDeployment, ok: false, status: 'failure', rollbackPerformed: true, message: `${failure}; the rollback to ${back.version} failed too` });
}
/**
 * The rollback rehearsal (rehearse-rollback: true), once the version deployed and verified: the
 * provider's rollback to the previous version, exactly as an automatic rollback runs it, the
 * previous version verified, then the version deployed again through the whole strategy. The
 * deployment that was rolled back ends `inactive`; the one that deploys again is a new record
 * carrying the rehearsal, because GitHub cannot change a deployment's payload once created.
 * A failure anywhere is the deploy's failure, rolled back like any other.
 */
async function rehearsalStage(run) {
    const { host, config, store, log, signal } = run.ctx;
    const { version } = run;
    const back = run.history.lastGood;
    if (!back) {
        // A first deployment: there is nothing to roll back to, so nothing to rehearse.
        const reason = noEarlierDeployment(config.environment);
        log.warn('rehearsal.skipped', { reason, version });
        run.stepRows.push(`| rehearsal | — | — | ➖ skipped: ${engine_cell(reason)} |`);
        host.annotate('warning', `rollback rehearsal skipped: ${reason}; ${version} stays deployed, unrehearsed`, { title: 'phase-gates deploy' });
        return {};
    }
    const first = run.deployment;
    log.info('rehearsal.start', { version, previous: back.version, deployment: first.id });
    host.info(`rehearsing the rollback of ${version}: back to ${back.version}, verify it, then ${version} again`);
    const step = rollbackStep(run, back, version, run.slot);
    const r = await applyStep(run, 'rehearsal', step, 'rollback');
    log.write(r.outcome === 'ok' ? 'INFO' : 'ERROR', 'rehearsal.rollback', { to: back.version, outcome: r.outcome, slot: step.slot || undefined });
    run.stepRows.push(`| rehearsal: rollback to ${back.version} | ${step.slot || '—'} | 100% | ${r.outcome === 'ok' ? '✅' : '❌'} ${engine_cell(r.detail ?? r.outcome)} |`);
    if (r.outcome === 'cancelled' || signal.aborted)
        return { cancelled: true };
    if (r.outcome !== 'ok')
        return rehearsalFailed(run, `rollback rehearsal: the rollback to ${back.version} failed: ${r.detail ?? r.outcome}`);
    // Verified on the environment: after the rollback it serves the previous version, whatever slot.
    const checks = run.ctx.verifyChecks.length ? run.ctx.verifyChecks : [defaultCheck(DeployInputs.VerifyChecks)];
    const url = run.environmentUrl || (step.slot ? slotUrlOf(config, step.slot) : undefined);
    const v = url
        ? await verifyTargets(run.ctx, [{ what: `${back.version} on the environment`, url }], checks, 'rehearsal')
        : { ok: false, detail: `nothing to verify ${back.version} on: set environment-url (or have the deploy step report url=… in $PHASE_GATES_OUTPUT)` };
    if (signal.aborted)
        return { cancelled: true };
    log.write(v.ok ? 'INFO' : 'ERROR', 'rehearsal.verify', { version: back.version, passed: v.ok, detail: v.detail });
    run.stepRows.push(`| rehearsal: verify ${back.version} | ${step.slot || '—'} | 100% | ${v.ok ? '✅' : '❌'} ${engine_cell(v.detail)} |`);
    if (!v.ok)
        return rehearsalFailed(run, `rollback rehearsal: ${back.version} failed verification after the rollback: ${v.detail}`);
    const rehearsal = { previousVersion: back.version, passed: true, at: new Date().toISOString(), deployment: first.id };
    // The new record is in progress before the first one ends, so that a concurrent run never finds
    // the environment without a deployment under way and goes ahead (see startedFirst).
    const again = await store.create({
        environment: config.environment,
        version,
        sha: config.sha,
        description: `phase-gates: deploy ${version} again after rehearsing its rollback to ${back.version}`,
        slot: run.slot || undefined,
        production: config.production,
        rehearsal
    });
    run.deployment = again;
    run.stepBase.deploymentId = again.id;
    run.withDeployment = { ...run.base, deploymentId: again.id };
    setOutput(run, DeployOutputs.DeploymentId, again.id);
    log.info('deployment.created', { id: again.id, version, slot: run.slot || undefined, store: store.kind, rehearsal_of: first.id });
    await setStatus(run, 'in_progress', `deploying ${version} again after the rollback rehearsal`);
    await setStatus(run, 'inactive', `rollback rehearsed: ${version} deployed and verified, then rolled back to ${back.version}`, first.id);
    log.info('rehearsal.redeploy', { version, deployment: again.id });
    run.round = ' again';
    const end = await strategyStage(run);
    const passed = !end.failure && !end.stopped && !end.cancelled;
    log.write(passed ? 'INFO' : 'ERROR', 'rehearsal.end', { passed, previous: back.version, version, deployment: again.id });
    return end;
}
function rehearsalFailed(run, failure) {
    run.ctx.log.error('rehearsal.end', { passed: false, previous: run.history.lastGood?.version, version: run.version, detail: failure });
    return { failure };
}
/** A slot's URL from provider-options slot-urls, when given. */
function slotUrlOf(config, slot) {
    const urls = (config.providerOptions['slot-urls'] ?? {});
    return typeof urls[slot] === 'string' ? urls[slot] : undefined;
}
/**
 * Whether the analysis judges a step: each canary step below 100 % (the stable slot still serves
 * the rest, the baseline of the rank test) and blue-green's switch. The last canary step is judged
 * by smoke-test's bake.
 */
function analysedAt(config, p) {
    if (!config.analysis)
        return false;
    return (config.strategy.name === 'canary' && p.trafficPercent < 100) || (config.strategy.name === 'blue-green' && p.action === 'traffic');
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
    const checks = ctx.verifyChecks.length ? ctx.verifyChecks : config.strategy.slotted ? [defaultCheck(DeployInputs.VerifyChecks)] : [];
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
    return verifyTargets(ctx, targets, checks, label);
}
/** Verifies each target in turn with `checks`; the first that fails decides. */
async function verifyTargets(ctx, targets, checks, label) {
    const { log, host, redactor } = ctx;
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
        return new GitHubStore(client, repo, DeployInputs.Token);
    }
    catch (err) {
        throw core_errors/* UserError */.y.attribute(err, { input: DeployInputs.Token });
    }
}
/** Runs deploy on a host. */
async function runDeploy(host, options = {}) {
    // Everything a user can get wrong is found before anything is written or run.
    const config = readDeployConfig(host);
    await loadCalendars(config.freezeWindows, host.workspace, DeployInputs.FreezeWindows);
    const gates = await loadGatesReport(config.gatesReport, host.workspace);
    const verifyChecks = config.verifyChecks ? await loadChecks(config.verifyChecks, DeployInputs.VerifyChecks, host.workspace) : [];
    // The freeze check reads the machine's clock: no input or variable moves it.
    const now = new Date();
    const redactor = new secrets/* Redactor */.pO((value) => host.setSecret(value));
    redactor.add(config.token);
    for (const name of config.requiredSecrets)
        redactor.add(host.env[name]);
    // The rehearsal's server: its password, and the URL holding it.
    redactor.add(config.migrations?.databaseUrl);
    redactor.add(config.migrations && databasePassword(config.migrations.databaseUrl));
    const store = await openStore(host, config);
    const log = AuditLog.open(config.logFile, redactor, (0,core_files/* displayPath */.Gt)(host.workspace, config.logFile), DeployInputs.LogPath);
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


/***/ }),

/***/ 3018:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dc: () => (/* binding */ HISTORY_LIMIT),
/* harmony export */   ET: () => (/* binding */ asRehearsal),
/* harmony export */   MT: () => (/* binding */ startedFirst),
/* harmony export */   NK: () => (/* binding */ successfulDeploymentOf),
/* harmony export */   Vd: () => (/* binding */ withStates),
/* harmony export */   oW: () => (/* binding */ environmentHistory)
/* harmony export */ });
/* unused harmony export LOCK_STALE_MS */
/**
 * Where deployments are recorded: GitHub's Deployments API (src/core/deploy/github-store.ts) or,
 * without a token, a local ledger file (src/core/deploy/ledger.ts). Both keep the same facts — a
 * deployment of a version to an environment, and the statuses it went through — so that history,
 * staging-first, the lock and rollback are computed once, here, for both.
 */
/** Whether a value read back from a store is a {@link Rehearsal}. */
function asRehearsal(value) {
    if (typeof value !== 'object' || value === null)
        return undefined;
    const r = value;
    if (typeof r.previousVersion !== 'string' || typeof r.passed !== 'boolean' || typeof r.at !== 'string' || typeof r.deployment !== 'string')
        return undefined;
    return { previousVersion: r.previousVersion, passed: r.passed, at: r.at, deployment: r.deployment };
}
/** How many deployments of an environment the history queries read at most. */
const HISTORY_LIMIT = 100;
/**
 * How long an unfinished deployment holds the lock by default (lock-stale-minutes): a run that died
 * without a final status (a runner lost, a SIGKILL) must not block its environment for long.
 */
const LOCK_STALE_MS = 60 * 60 * 1000;
const FINAL_BAD = ['failure', 'error'];
/** Loads a record's states once; a record read again (a list shared by several checks) costs nothing more. */
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
async function successfulDeploymentOf(store, environment, version, 
/** The environment's records, newest first, when the caller has read them already. */
records) {
    records ??= await store.list(environment, HISTORY_LIMIT);
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

/***/ 4358:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Gt: () => (/* binding */ displayPath),
  tw: () => (/* binding */ openAppend),
  Vh: () => (/* binding */ readJson),
  gb: () => (/* binding */ readJsonText),
  z1: () => (/* binding */ resolveInWorkspace),
  kc: () => (/* binding */ resolveOutputInWorkspace),
  ry: () => (/* binding */ splitList),
  Zf: () => (/* binding */ writeFileAtomic)
});

// UNUSED EXPORTS: HEAD_BYTES, MAX_GLOB_ENTRIES, MAX_JSON_BYTES, MAX_LINE, MAX_WALK_ENTRIES, expandGlobs, filesUnder, forEachLine, readHead

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
                throw new UserError(`${displayPath(root, match)} is a symbolic link to ${code === 'ELOOP' ? 'itself (a loop of links)' : 'nothing (its target is missing)'}`, { input });
            }
            if (!isInside(root, real))
                throw new UserError(`path escapes the workspace: ${displayPath(root, match)}`, { input });
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
    const realPrefix = resolveInWorkspace(root, prefix, input);
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
