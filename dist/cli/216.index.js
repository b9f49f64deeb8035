export const id = 216;
export const ids = [216];
export const modules = {

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

/***/ 5146:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   YF: () => (/* binding */ requiredInput),
/* harmony export */   hF: () => (/* binding */ input),
/* harmony export */   tE: () => (/* binding */ booleanInput)
/* harmony export */ });
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y('required and not supplied', { input: name });
    return v;
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

/***/ 9147:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y8: () => (/* binding */ YAML_BOUNDS),
/* harmony export */   jT: () => (/* binding */ oversizeProblem),
/* harmony export */   jt: () => (/* binding */ checkYamlBounds),
/* harmony export */   ke: () => (/* binding */ yamlBoundsProblem)
/* harmony export */ });
/* unused harmony exports MAX_YAML_DEPTH, MAX_YAML_ALIASES, MAX_WORKFLOW_NODES, sizeMessage */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8815);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6512);
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
    for (const token of new yaml__WEBPACK_IMPORTED_MODULE_1__/* .Lexer */ .JG().lex(text)) {
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(problem.message, { input: where.input, file: where.file, line: problem.line + (where.lineOffset ?? 0) });
}
/**
 * The size refusal of a file of `size` bytes, at the line where its first `bounds.maxBytes` bytes
 * end (read, not the rest of the file).
 */
async function oversizeProblem(abs, size, bounds) {
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.open)(abs, 'r');
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


/***/ })

};
