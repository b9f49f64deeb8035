export const id = 329;
export const ids = [329];
export const modules = {

/***/ 9155:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ AuditLog)
/* harmony export */ });
/* unused harmony export formatEvent */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4358);
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
        return new AuditLog((0,_files_js__WEBPACK_IMPORTED_MODULE_1__/* .openAppend */ .tw)(file, shown, input), redactor, file);
    }
    /** Appends one event, redacted; written to the file before this returns. */
    write(level, event, fields = {}) {
        if (this.fd === undefined)
            return;
        const line = this.redactor.redact(formatEvent(new Date(), level, event, fields)) + '\n';
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeSync)(this.fd, line);
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
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fsyncSync)(this.fd);
        }
        catch {
            // Some file systems (pipes, /dev/stdout) cannot sync; the lines are written all the same.
        }
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(this.fd);
        this.fd = undefined;
    }
}


/***/ }),

/***/ 6806:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  I0: () => (/* binding */ defaultCheck),
  Wn: () => (/* binding */ describeStatus),
  Zm: () => (/* binding */ jsonEqual),
  o$: () => (/* binding */ loadChecks),
  W_: () => (/* binding */ statusMatches),
  fK: () => (/* binding */ valueAt)
});

// UNUSED EXPORTS: MAX_CHECKS, MAX_CHECKS_BYTES, METHODS, looksLikePath, parseChecks, parseJsonPath

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./.build/src/core/errors.js
var core_errors = __webpack_require__(6512);
// EXTERNAL MODULE: ./.build/src/core/files.js + 1 modules
var files = __webpack_require__(4358);
// EXTERNAL MODULE: ./.build/src/core/gates/phase.js
var phase = __webpack_require__(407);
// EXTERNAL MODULE: ./.build/src/core/yaml-bounds.js
var yaml_bounds = __webpack_require__(9147);
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
const MAX_CHECKS_BYTES = yaml_bounds/* YAML_BOUNDS */.Y8.checks.maxBytes;
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
    const file = (0,files/* resolveInWorkspace */.z1)(workspace, value.trim(), input);
    const shown = (0,files/* displayPath */.Gt)(workspace, file);
    let text;
    try {
        const stat = await external_node_fs_.promises.stat(file);
        if (!stat.isFile())
            throw new core_errors/* UserError */.y('not a regular file', { input, file: shown });
        if (stat.size > MAX_CHECKS_BYTES) {
            const problem = await (0,yaml_bounds/* oversizeProblem */.jT)(file, stat.size, yaml_bounds/* YAML_BOUNDS */.Y8.checks);
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
    const parsed = (0,phase/* parseYaml */.hN)(text, { ...where, bounds: yaml_bounds/* YAML_BOUNDS */.Y8.checks });
    (0,phase/* toData */.OY)(parsed, where);
    const root = parsed.doc.contents;
    if (root === null)
        return [defaultCheck(where.input)];
    if (!(0,dist/* isSeq */.oP)(root)) {
        throw new core_errors/* UserError */.y('must be a YAML list of checks', { ...where, line: (0,phase/* lineOf */.cA)(parsed, root) ?? 1, hint: 'e.g. - { name: health, path: /healthz }' });
    }
    if (root.items.length > MAX_CHECKS)
        throw new core_errors/* UserError */.y(`more than ${MAX_CHECKS} checks`, { ...where, line: 1 });
    const errors = [];
    const checks = [];
    const names = new Set();
    root.items.forEach((item, index) => {
        const node = item;
        const line = (0,phase/* lineOf */.cA)(parsed, node);
        const err = (message, at = node, hint) => errors.push(new core_errors/* UserError */.y(message, { ...where, line: (0,phase/* lineOf */.cA)(parsed, at) ?? line, hint }));
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


/***/ }),

/***/ 7595:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CU: () => (/* binding */ checkUrl),
/* harmony export */   UH: () => (/* binding */ checkFigures),
/* harmony export */   wb: () => (/* binding */ SmokeEngine),
/* harmony export */   z8: () => (/* binding */ maxTotalBackoffMs)
/* harmony export */ });
/* unused harmony exports MAX_JSON_DEPTH, MAX_BACKOFF_MS, MONITOR_INTERVAL_MS, MONITOR_PROGRESS_MS, backoffMs, judge, assertionMessage, pool */
/* harmony import */ var _reports_perf_model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3794);
/* harmony import */ var _checks_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6806);
/* harmony import */ var _cancel_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3361);
/* harmony import */ var _json_position_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5001);
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
    const statusOk = (0,_checks_js__WEBPACK_IMPORTED_MODULE_1__/* .statusMatches */ .W_)(e.status, result.status);
    const expectedStatus = e.status.length === 1 && 'code' in e.status[0] ? e.status[0].code : (0,_checks_js__WEBPACK_IMPORTED_MODULE_1__/* .describeStatus */ .Wn)(e.status);
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
        let unparsed = (0,_json_position_js__WEBPACK_IMPORTED_MODULE_3__/* .jsonNestingExceeds */ .G)(text, MAX_JSON_DEPTH) ? TOO_DEEP : null;
        if (!unparsed) {
            try {
                doc = JSON.parse(text);
            }
            catch {
                unparsed = 'not JSON';
            }
        }
        for (const j of e.json) {
            const actual = unparsed ? undefined : (0,_checks_js__WEBPACK_IMPORTED_MODULE_1__/* .valueAt */ .fK)(doc, j.segments);
            const ok = !unparsed && actual !== undefined && (0,_checks_js__WEBPACK_IMPORTED_MODULE_1__/* .jsonEqual */ .Zm)(actual, j.value);
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
        const sleep = deps.sleep ?? ((ms) => (0,_cancel_js__WEBPACK_IMPORTED_MODULE_2__/* .sleepUnlessCancelled */ .xE)(ms, signal, STOPPED));
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
            throw new _cancel_js__WEBPACK_IMPORTED_MODULE_2__/* .Cancelled */ .cJ((0,_cancel_js__WEBPACK_IMPORTED_MODULE_2__/* .signalName */ .yD)(signal), STOPPED);
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
            const p95 = sorted.length ? `, p95 ${(0,_reports_perf_model_js__WEBPACK_IMPORTED_MODULE_0__/* .percentileOfSorted */ .WB)(sorted, 95).toFixed(1)} ms` : '';
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
    const pct = (p) => (sorted.length ? round((0,_reports_perf_model_js__WEBPACK_IMPORTED_MODULE_0__/* .percentileOfSorted */ .WB)(sorted, p)) : null);
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


/***/ }),

/***/ 5857:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qq: () => (/* binding */ HttpClient),
/* harmony export */   XE: () => (/* binding */ DEFAULT_REDIRECT_MODE),
/* harmony export */   b5: () => (/* binding */ isCredentialHeader),
/* harmony export */   eT: () => (/* binding */ REDIRECT_MODES)
/* harmony export */ });
/* unused harmony exports MAX_REDIRECTS, MAX_BODY_BYTES, isLoopbackHost, describeNetworkError, formatBytes */
/* harmony import */ var undici__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4371);
/* harmony import */ var _cancel_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3361);
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4434);
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
    return (0,_secrets_js__WEBPACK_IMPORTED_MODULE_2__/* .isSecretName */ .eh)(name) || /key/i.test(name);
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
        this.direct = new undici__WEBPACK_IMPORTED_MODULE_0__.Agent(agentOptions);
        const proxy = proxySettings(options.env);
        if (proxy.httpProxy || proxy.httpsProxy) {
            // EnvHttpProxyAgent applies NO_PROXY as the runner and curl do; values come from the env given.
            this.proxied = new undici__WEBPACK_IMPORTED_MODULE_0__.EnvHttpProxyAgent({ ...agentOptions, httpProxy: proxy.httpProxy, httpsProxy: proxy.httpsProxy, noProxy: proxy.noProxy });
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
                reject(new _cancel_js__WEBPACK_IMPORTED_MODULE_1__/* .Cancelled */ .cJ((0,_cancel_js__WEBPACK_IMPORTED_MODULE_1__/* .signalName */ .yD)(cancel), `request to ${state.host} stopped`));
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
                const res = await (0,undici__WEBPACK_IMPORTED_MODULE_0__.request)(url, {
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


/***/ }),

/***/ 6123:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Br: () => (/* binding */ renderSummary),
/* harmony export */   FK: () => (/* binding */ buildReport),
/* harmony export */   l9: () => (/* binding */ formatPercent),
/* harmony export */   lT: () => (/* binding */ passesSoFar)
/* harmony export */ });
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(906);
/* harmony import */ var _reports_perf_model_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3794);
/* harmony import */ var _engine_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7595);
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4434);
/**
 * The smoke report (`phase-gates/smoke-report@1`, schemas/smoke-report.schema.json), the verdict
 * over it and the job summary, with secrets masked out of both (src/core/secrets.ts).
 *
 * Internal to smoke-test. gates-enforcer reads these reports (src/core/gates/collect.ts
 * `collectSmoke`, src/core/reports/perf/smoke-report.ts): `passed`, `totals.p95Ms`, the counts and
 * `totals.errorRate` as a ratio 0–1 are its contract.
 */




const round = (n) => Math.round(n * 1000) / 1000;
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
        const f = (0,_engine_js__WEBPACK_IMPORTED_MODULE_2__/* .checkFigures */ .UH)(o, settings);
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
    const pct = (p) => (all.length ? round((0,_reports_perf_model_js__WEBPACK_IMPORTED_MODULE_1__/* .percentileOfSorted */ .WB)(all, p)) : null);
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
        schema: _constants_js__WEBPACK_IMPORTED_MODULE_0__/* .SMOKE_REPORT_SCHEMA */ .Tf,
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
    return buildReport(outcome, settings, { startedAt: new Date(0), finishedAt: new Date(0), sha: null, repository: null, runId: null, deploymentId: null }, new _secrets_js__WEBPACK_IMPORTED_MODULE_3__/* .Redactor */ .pO()).passed;
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


/***/ })

};
