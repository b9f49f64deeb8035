export const id = 360;
export const ids = [360];
export const modules = {

/***/ 2739:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  MV: () => (/* binding */ MAX_LINE),
  Gt: () => (/* binding */ displayPath),
  GE: () => (/* binding */ expandGlobs),
  FF: () => (/* binding */ forEachLine),
  zy: () => (/* binding */ readHead),
  Vh: () => (/* binding */ readJson),
  gb: () => (/* binding */ readJsonText),
  z1: () => (/* binding */ resolveInWorkspace),
  ry: () => (/* binding */ splitList),
  Zf: () => (/* binding */ writeFileAtomic)
});

// UNUSED EXPORTS: HEAD_BYTES, MAX_JSON_BYTES

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:string_decoder"
var external_node_string_decoder_ = __webpack_require__(6193);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./node_modules/@actions/glob/lib/glob.js + 32 modules
var glob = __webpack_require__(3660);
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
/**
 * Resolves a path given by `input` against the workspace and refuses one that escapes it,
 * through `..`, an absolute path elsewhere, or a symbolic link.
 */
function resolveInWorkspace(workspace, given, input) {
    const root = realWorkspace(workspace);
    const resolved = external_node_path_.resolve(root, given);
    if (!isInside(root, resolved)) {
        throw new errors/* UserError */.y(`path escapes the workspace: ${given}`, { input });
    }
    // Follow links of the part that exists: a link inside the workspace may point outside it.
    let probe = resolved;
    for (;;) {
        try {
            const real = (0,external_node_fs_.realpathSync)(probe);
            if (!isInside(root, real))
                throw new errors/* UserError */.y(`path escapes the workspace through a link: ${given}`, { input });
            break;
        }
        catch (err) {
            if (err instanceof errors/* UserError */.y)
                throw err;
            const parent = external_node_path_.dirname(probe);
            if (parent === probe)
                break;
            probe = parent;
        }
    }
    return resolved;
}
/**
 * Expands the globs of a list input (one per line or comma-separated, `!` to exclude) into
 * files inside the workspace. A pattern that escapes the workspace or matches nothing is an error.
 */
async function expandGlobs(workspace, value, input) {
    const root = realWorkspace(workspace);
    const patterns = splitList(value);
    const found = new Set();
    const excludes = patterns.filter((p) => p.startsWith('!'));
    for (const pattern of patterns) {
        if (pattern.startsWith('!'))
            continue;
        const base = pattern.replace(/^\.\//, '');
        resolveInWorkspace(root, globPrefix(base), input);
        const absolute = external_node_path_.isAbsolute(base) ? base : external_node_path_.join(root, base);
        const globber = await glob/* create */.v([absolute, ...excludes.map((e) => '!' + external_node_path_.join(root, e.slice(1)))].join('\n'), {
            followSymbolicLinks: false,
            implicitDescendants: false,
            matchDirectories: false
        });
        const matches = await globber.glob();
        if (matches.length === 0) {
            throw new errors/* UserError */.y(`no file matches ${JSON.stringify(pattern)}`, { input });
        }
        for (const match of matches.sort()) {
            const real = (0,external_node_fs_.realpathSync)(match);
            if (!isInside(root, real))
                throw new errors/* UserError */.y(`path escapes the workspace: ${displayPath(root, match)}`, { input });
            found.add(real);
        }
    }
    return [...found];
}
/** The literal directory part of a glob (up to the first segment holding a wildcard). */
function globPrefix(pattern) {
    const segments = pattern.split('/');
    const literal = [];
    for (const segment of segments) {
        if (/[*?[\]{}]/.test(segment))
            break;
        literal.push(segment);
    }
    return literal.join('/') || '.';
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
            onLine(text.slice(start, end), lineNo);
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
        onLine(pending, lineNo);
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
 * so that a reader sees the old content or the new one, never half of it.
 */
async function writeFileAtomic(target, content) {
    await external_node_fs_.promises.mkdir(external_node_path_.dirname(target), { recursive: true });
    const temp = external_node_path_.join(external_node_path_.dirname(target), `.${external_node_path_.basename(target)}.${(0,external_node_crypto_.randomBytes)(6).toString('hex')}.tmp`);
    const handle = await external_node_fs_.promises.open(temp, 'w', 0o644);
    try {
        await handle.writeFile(content, 'utf8');
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

/***/ 4810:
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
const schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://github.com/phase-gates/phase-gates/schemas/gates-report.schema.json", "title": "phase-gates gates report", "description": "Written by gates-enforcer (gates-report.json) and given to deploy through its `report` output.", "type": "object", "additionalProperties": false, "required": ["schema", "phase", "sha", "passed", "generatedAt", "gates"], "properties": { "schema": { "const": "phase-gates/gates-report@1" }, "phase": { "description": "The `phase` key of the phase document (6 for Phase 06), or null without one.", "type": ["integer", "string", "null"] }, "phaseTitle": { "type": ["string", "null"] }, "phaseFile": { "type": ["string", "null"], "description": "The phase document, relative to the workspace." }, "sha": { "type": ["string", "null"], "description": "The commit the gates were computed for (GITHUB_SHA)." }, "repository": { "type": ["string", "null"] }, "runId": { "type": ["string", "null"] }, "passed": { "type": "boolean" }, "failOnMissing": { "type": "boolean" }, "generatedAt": { "type": "string", "format": "date-time" }, "gates": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["name", "op", "threshold", "unit", "actual", "passed", "sources"], "properties": { "name": { "type": "string", "minLength": 1 }, "metric": { "type": "string", "description": "The metric measured (coverage → coverage_lines)." }, "op": { "enum": [">=", ">", "<=", "<", "==", "!="] }, "threshold": { "type": ["number", "boolean", "string"] }, "unit": { "enum": ["%", "ms", null] }, "actual": { "type": ["number", "boolean", "string", "null"] }, "passed": { "type": "boolean" }, "status": { "enum": ["pass", "fail", "no-data"] }, "definedIn": { "type": "string", "description": "Where the gate was written: file:line or the input name." }, "detail": { "type": "string", "description": "Counts behind the figure, e.g. 812/1000 lines." }, "sources": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["file", "format"], "properties": { "file": { "type": "string" }, "format": { "type": "string" } } } } } } }, "metrics": { "type": "object", "description": "Every metric computed from the inputs, gated or not.", "additionalProperties": { "type": ["number", "boolean", "string", "null"] } } } };
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
                    }
                    else {
                        const err43 = { instancePath: instancePath + "/gates/" + i0, schemaPath: "#/properties/gates/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                            vErrors = [err43];
                        }
                        else {
                            vErrors.push(err43);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err44 = { instancePath: instancePath + "/gates", schemaPath: "#/properties/gates/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                    vErrors = [err44];
                }
                else {
                    vErrors.push(err44);
                }
                errors++;
            }
        }
        if (data.metrics !== undefined) {
            let data26 = data.metrics;
            if (data26 && typeof data26 == "object" && !Array.isArray(data26)) {
                for (const key3 in data26) {
                    let data27 = data26[key3];
                    if ((((!((typeof data27 == "number") && (isFinite(data27)))) && (typeof data27 !== "boolean")) && (typeof data27 !== "string")) && (data27 !== null)) {
                        const err45 = { instancePath: instancePath + "/metrics/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/metrics/additionalProperties/type", keyword: "type", params: { type: schema11.properties.metrics.additionalProperties.type }, message: "must be number,boolean,string,null" };
                        if (vErrors === null) {
                            vErrors = [err45];
                        }
                        else {
                            vErrors.push(err45);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err46 = { instancePath: instancePath + "/metrics", schemaPath: "#/properties/metrics/type", keyword: "type", params: { type: "object" }, message: "must be object" };
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
    else {
        const err47 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
            vErrors = [err47];
        }
        else {
            vErrors.push(err47);
        }
        errors++;
    }
    validate10.errors = vErrors;
    return errors === 0;
}

;// CONCATENATED MODULE: ./.build/src/core/schemas.js
/**
 * The JSON Schemas of our reports (files in schemas/ for users), checked before a report is
 * written. The validators are compiled by ajv ahead of time (scripts/gen-validators.mjs), so that
 * no action pays for schema compilation at start-up.
 */

const VALIDATORS = {
    'gates-report': gates_report_validate
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
