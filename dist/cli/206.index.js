export const id = 206;
export const ids = [206,408,27];
export const modules = {

/***/ 4206:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  describeNoPatchData: () => (/* reexport */ describeNoPatchData),
  patchCoverage: () => (/* reexport */ patchCoverage),
  readChange: () => (/* binding */ readChange)
});

// UNUSED EXPORTS: MAX_DIFF_BYTES, MAX_PULL_FILES, PathMatcher, changeFromApi, changeFromGit, isGitWorkTree, parseUnifiedDiff, unquote

// EXTERNAL MODULE: ./.build/src/core/errors.js
var errors = __webpack_require__(6512);
// EXTERNAL MODULE: ./.build/src/core/github/client.js
var github_client = __webpack_require__(7408);
;// CONCATENATED MODULE: ./.build/src/core/change/diff.js
/**
 * What a pull request changed, as lines of its files: `git diff` output, or the `patch` of one file
 * of GitHub's "list pull request files", read into the lines each file gained at HEAD.
 *
 * The lines counted are diff-cover's: every `+` line of a hunk, numbered from the hunk's `+start`
 * (diff-cover 7.4 `GitDiffReporter._parse_lines`); a changed line is a `-` line and a `+` line, so it
 * counts as added. Unlike diff-cover the walk follows the hunk header's line counts, so a `+++`/`---`
 * line inside a hunk is content, and `\ No newline at end of file` moves no line number (diff-cover
 * counts it as a context line, shifting the lines after it by one).
 */
const HUNK = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/;
/**
 * Reads `git diff` output (`diff --git` sections) into one entry per file, in order. Text that starts
 * with a hunk (`@@`) rather than a `diff --git` line — GitHub's `patch` of one file — gives one entry
 * whose path is '' (the caller knows the file). A combined diff (`diff --cc`, a merge's own diff) is
 * not a change of one tree against another and is skipped.
 */
function parseUnifiedDiff(text) {
    const lines = text.split('\n');
    const files = [];
    let current;
    let added = [];
    let i = 0;
    const finish = () => {
        if (current) {
            current.added = sortedDistinct(added);
            files.push(current);
        }
        current = undefined;
        added = [];
    };
    while (i < lines.length) {
        const line = lines[i];
        if (line.startsWith('diff --git ')) {
            finish();
            current = { path: '', status: 'modified', added: [] };
            const pair = parseGitHeaderPaths(line.slice('diff --git '.length));
            if (pair) {
                current.path = pair[1];
                if (pair[0] !== pair[1])
                    current.previousPath = pair[0];
            }
            i++;
            // Extended header lines, up to the first hunk or the next file.
            while (i < lines.length && !lines[i].startsWith('@@') && !lines[i].startsWith('diff ')) {
                readExtendedHeader(lines[i], current);
                i++;
            }
            continue;
        }
        if (line.startsWith('diff --cc ') || line.startsWith('diff --combined ')) {
            finish();
            i++;
            while (i < lines.length && !lines[i].startsWith('diff '))
                i++;
            continue;
        }
        const m = HUNK.exec(line);
        if (m) {
            current ??= { path: '', status: 'modified', added: [] };
            i = readHunk(lines, i, m, added);
            continue;
        }
        i++;
    }
    finish();
    return files;
}
/** Reads one hunk starting at `lines[at]` (its header); returns the index after it. */
function readHunk(lines, at, m, added) {
    let oldLeft = m[2] === undefined ? 1 : Number(m[2]);
    let newLeft = m[4] === undefined ? 1 : Number(m[4]);
    let line = Number(m[3]);
    let i = at + 1;
    while (i < lines.length && (oldLeft > 0 || newLeft > 0)) {
        const l = lines[i];
        const c = l[0];
        if (c === '+') {
            added.push(line++);
            newLeft--;
        }
        else if (c === '-')
            oldLeft--;
        else if (c === ' ' || l === '') {
            // Context (an empty line is a context line whose leading space a tool trimmed).
            line++;
            oldLeft--;
            newLeft--;
        }
        else if (c !== '\\')
            break;
        i++;
    }
    // `\ No newline at end of file` after the last line of the hunk.
    while (i < lines.length && lines[i].startsWith('\\'))
        i++;
    return i;
}
function readExtendedHeader(line, f) {
    if (line.startsWith('new file mode '))
        f.status = 'added';
    else if (line.startsWith('deleted file mode '))
        f.status = 'deleted';
    else if (line.startsWith('rename from ') || line.startsWith('copy from ')) {
        f.previousPath = unquote(line.slice(line.indexOf(' from ') + 6));
        f.status = 'renamed';
    }
    else if (line.startsWith('rename to ') || line.startsWith('copy to ')) {
        f.path = unquote(line.slice(line.indexOf(' to ') + 4));
        f.status = 'renamed';
    }
    else if (line.startsWith('--- ')) {
        const p = headerPath(line.slice(4));
        if (p !== null && f.status === 'deleted')
            f.path = p;
    }
    else if (line.startsWith('+++ ')) {
        const p = headerPath(line.slice(4));
        if (p !== null)
            f.path = p;
    }
    else if (line.startsWith('Binary files ') || line === 'GIT binary patch')
        f.linesUnknown = true;
}
/** A `---`/`+++` path: `a/x`, `b/x`, quoted, or /dev/null (null). Git ends a path with a space by a tab. */
function headerPath(raw) {
    const text = raw.replace(/\t$/, '');
    if (text === '/dev/null')
        return null;
    return stripPrefix(unquote(text));
}
function stripPrefix(p) {
    return p.startsWith('a/') || p.startsWith('b/') ? p.slice(2) : p;
}
/**
 * The two paths of `diff --git a/X b/Y`. Quoted paths are unambiguous; unquoted ones may hold
 * spaces, so (as git's own parser does for a header without `---`/`+++` lines) the split is where
 * both halves are the same path; a rename's paths come from `rename from/to` instead.
 */
function parseGitHeaderPaths(rest) {
    if (rest.startsWith('"')) {
        const first = readQuoted(rest, 0);
        if (!first)
            return undefined;
        const tail = rest.slice(first.end).replace(/^ /, '');
        const second = tail.startsWith('"') ? readQuoted(tail, 0)?.text : tail;
        return second === undefined ? undefined : [stripPrefix(first.text), stripPrefix(second)];
    }
    if (rest.endsWith('"')) {
        const at = rest.indexOf(' "');
        if (at < 0)
            return undefined;
        const second = readQuoted(rest, at + 1);
        return second ? [stripPrefix(rest.slice(0, at)), stripPrefix(second.text)] : undefined;
    }
    // a/P b/P: the same path twice.
    if ((rest.length - 1) % 2 === 0) {
        const half = (rest.length - 1) / 2;
        const a = rest.slice(0, half);
        const b = rest.slice(half + 1);
        if (rest[half] === ' ' && stripPrefix(a) === stripPrefix(b))
            return [stripPrefix(a), stripPrefix(b)];
    }
    const at = rest.indexOf(' b/');
    return at < 0 ? undefined : [stripPrefix(rest.slice(0, at)), stripPrefix(rest.slice(at + 1))];
}
/** A path as git writes it: as is, or C-quoted (`"…"` with `\t`, `\"`, `\\`, octal bytes of UTF-8). */
function unquote(text) {
    return text.startsWith('"') ? (readQuoted(text, 0)?.text ?? text) : text;
}
const ESCAPES = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, '\\': 92 };
/** Reads the quoted string at `text[start]` (a `"`); returns its text and the index after it. */
function readQuoted(text, start) {
    const bytes = [];
    let i = start + 1;
    while (i < text.length) {
        const ch = text[i];
        if (ch === '"')
            return { text: Buffer.from(bytes).toString('utf8'), end: i + 1 };
        if (ch === '\\') {
            const next = text[i + 1];
            if (next >= '0' && next <= '7') {
                bytes.push(parseInt(text.slice(i + 1, i + 4), 8) & 0xff);
                i += 4;
                continue;
            }
            if (next in ESCAPES) {
                bytes.push(ESCAPES[next]);
                i += 2;
                continue;
            }
            return undefined;
        }
        const cp = text.codePointAt(i);
        const char = String.fromCodePoint(cp);
        for (const b of Buffer.from(char, 'utf8'))
            bytes.push(b);
        i += char.length;
    }
    return undefined;
}
function sortedDistinct(lines) {
    return [...new Set(lines)].sort((a, b) => a - b);
}

;// CONCATENATED MODULE: ./.build/src/core/change/api.js
/**
 * A pull request's change from GitHub, for when git cannot tell it (no checkout, no history to
 * fetch): `GET /repos/{owner}/{repo}/pulls/{pull_number}/files`, whose entries carry each file's
 * `patch` — the hunks of GitHub's diff of the pull request, from the merge base as on its "Files
 * changed" tab.
 *
 * GitHub's limits (REST reference, "List pull requests files"): at most 3000 files, 30 per page by
 * default (100 at most); the `patch` is left out for a binary file and for a diff too large to show,
 * so such a file's added lines are not known (said through `log`).
 */



/** GitHub lists at most this many files of a pull request. */
const MAX_PULL_FILES = 3000;
const PER_PAGE = 100;
/** The files of pull request `o.pull` and the lines each added, as GitHub lists them. */
async function changeFromApi(client, o) {
    if (!Number.isSafeInteger(o.pull) || o.pull <= 0)
        throw new errors/* UserError */.y(`"${o.pull}" is not a pull request number`, { input: o.input });
    const log = o.log ?? (() => undefined);
    const entries = await (0,github_client.withGitHubErrors)(client, {
        input: o.input,
        doing: `listing the files of pull request #${o.pull} of ${o.owner}/${o.repo}`,
        forbiddenHint: 'the token needs `pull-requests: read`',
        notFoundHint: 'no such pull request, or the token cannot see the repository'
    }, async () => {
        const all = [];
        const iterator = client.paginate.iterator('GET /repos/{owner}/{repo}/pulls/{pull_number}/files', {
            owner: o.owner,
            repo: o.repo,
            pull_number: o.pull,
            per_page: PER_PAGE
        });
        let pages = 0;
        for await (const page of iterator) {
            all.push(...page.data);
            // GitHub stops at 3000 files; never follow more pages than that takes.
            if (++pages >= MAX_PULL_FILES / PER_PAGE)
                break;
        }
        return all;
    });
    if (entries.length >= MAX_PULL_FILES) {
        log(`${o.input}: GitHub lists only the first ${MAX_PULL_FILES} files of a pull request; lines of files past them are not known`);
    }
    const files = [];
    for (const e of entries)
        files.push(fileOf(e, o.input, log));
    return { base: o.base ?? '', head: o.head ?? '', source: 'api', files };
}
/** One entry as a FileChange; GitHub's statuses in FileChange's terms. */
function fileOf(e, input, log) {
    const status = e.status === 'added' ? 'added' : e.status === 'removed' ? 'deleted' : e.status === 'renamed' || e.status === 'copied' ? 'renamed' : 'modified';
    const f = { path: e.filename, status, added: [] };
    if (e.previous_filename && status === 'renamed')
        f.previousPath = e.previous_filename;
    if (status === 'deleted')
        return f;
    if (typeof e.patch === 'string') {
        f.added = parseUnifiedDiff(e.patch)[0]?.added ?? [];
    }
    else if ((e.additions ?? 0) > 0 || status === 'added') {
        // GitHub leaves `patch` out for binary files and diffs too large to show.
        f.linesUnknown = true;
        log(`${input}: GitHub gives no patch for ${e.filename} (binary, or too large a diff): its added lines are not known`);
    }
    return f;
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./.build/src/core/change/git.js
/**
 * A pull request's change from git: the lines HEAD added since the merge base of the base ref and
 * HEAD, as diff-cover reads them (`git diff --no-color --no-ext-diff -U0 <base>...HEAD`, diff-cover
 * 7.4 `GitDiffTool.diff_committed`). The three-dot meaning — from the merge base, not from the base
 * ref's tip — is what keeps a merge of the base branch into the pull request from counting the base
 * branch's own changes; it is also the diff GitHub shows for a pull request.
 *
 * actions/checkout fetches one commit by default (`fetch-depth: 1`), so the merge base is usually
 * missing: the base branch is fetched when absent and the history deepened in bounded steps
 * (`git fetch --deepen`), after which a clear error names the input and `fetch-depth: 0`.
 *
 * git runs through execFile with argument arrays (never a shell), GIT_TERMINAL_PROMPT=0 (a fetch
 * never waits for a password), a time limit per command and a bound on what it may print.
 */



/** Most bytes `git diff` may print (a pull request's diff beyond this is refused, not read). */
const MAX_DIFF_BYTES = 64 * 1024 * 1024;
const DEFAULT_DEEPEN = [50, 200, 1000, 5000];
const COMMAND_MS = 60_000;
const FETCH_MS = 180_000;
/** No deepening step starts after this long (each fetch is bounded by FETCH_MS). */
const DEEPEN_BUDGET_MS = 300_000;
function git(cwd, env, args, options = {}) {
    return new Promise((resolve) => {
        (0,external_node_child_process_.execFile)('git', args, {
            cwd,
            env: { ...env, GIT_TERMINAL_PROMPT: '0', GIT_ASKPASS: '', SSH_ASKPASS: '', LC_ALL: 'C', GIT_OPTIONAL_LOCKS: '0' },
            timeout: options.timeout ?? COMMAND_MS,
            maxBuffer: options.maxBuffer ?? 4 * 1024 * 1024,
            encoding: 'utf8',
            windowsHide: true
        }, (err, stdout, stderr) => {
            const e = err;
            if (e && e.code === 'ENOENT') {
                resolve({ ok: false, stdout: '', stderr: 'git is not installed (not found on PATH)', overflow: false });
                return;
            }
            const overflow = e?.code === 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER';
            resolve({ ok: !e, stdout: String(stdout ?? ''), stderr: String(stderr ?? ''), overflow });
        });
    });
}
/** The first line git printed on stderr, for an error message. */
function firstLine(text) {
    return (text
        .split('\n')
        .map((l) => l.trim())
        .find((l) => l.length > 0) ?? 'no message').replace(/^(fatal|error): /, '');
}
/** Whether `cwd` is inside a git work tree (git installed and the directory checked out). */
async function isGitWorkTree(cwd, env = process.env) {
    const r = await git(cwd, env, ['rev-parse', '--is-inside-work-tree']);
    return r.ok && r.stdout.trim() === 'true';
}
/** The change HEAD (or `o.head`) makes since its merge base with `o.baseRef`. */
async function changeFromGit(o) {
    const env = o.env ?? process.env;
    const remote = o.remote ?? 'origin';
    const ref = o.baseRef.trim();
    const input = o.input;
    const log = o.log ?? (() => undefined);
    const hint = 'check out with actions/checkout and `fetch-depth: 0`';
    if (!ref)
        throw new errors/* UserError */.y('no base ref to compare with', { input, hint: 'set it to the pull request base branch, e.g. main (GITHUB_BASE_REF on pull_request events)' });
    if (ref.startsWith('-') || /[\s\0]/.test(ref))
        throw new errors/* UserError */.y(`"${ref}" is not a branch, tag or commit name`, { input });
    const top = await git(o.cwd, env, ['rev-parse', '--show-toplevel']);
    if (!top.ok)
        throw new errors/* UserError */.y(`${o.cwd} is not in a git work tree: ${firstLine(top.stderr)}`, { input, hint: 'check out the repository (actions/checkout) before this step' });
    const root = top.stdout.trim();
    const run = (args, options) => git(root, env, args, options);
    const headName = o.head ?? 'HEAD';
    const head = await resolveCommit(run, headName);
    if (!head)
        throw new errors/* UserError */.y(`the head commit "${headName}" is not in this repository`, { input, hint });
    const shallow = (await run(['rev-parse', '--is-shallow-repository'])).stdout.trim() === 'true';
    const steps = o.deepenSteps ?? DEFAULT_DEEPEN;
    const branch = ref.replace(/^refs\/heads\//, '').replace(new RegExp(`^(refs/remotes/)?${escapeRegExp(remote)}/`), '');
    const isSha = /^[0-9a-f]{7,64}$/i.test(ref);
    // What to fetch when the base is missing: the branch into its remote-tracking ref, or the commit.
    const refspec = isSha ? ref : `+refs/heads/${branch}:refs/remotes/${remote}/${branch}`;
    const fetch = async (extra) => {
        const args = ['fetch', '--no-tags', '--no-recurse-submodules', '--quiet', ...extra, remote, refspec];
        log(`${input}: git ${args.join(' ')}`);
        const r = await run(args, { timeout: FETCH_MS });
        if (!r.ok)
            throw new errors/* UserError */.y(`could not fetch ${ref} from ${remote}: ${firstLine(r.stderr)}`, { input, hint });
    };
    let base = await resolveBase(run, ref, remote);
    const hasRemote = (await run(['remote', 'get-url', '--', remote])).ok;
    if (!base && hasRemote) {
        await fetch(shallow ? [`--depth=${steps[0] ?? 50}`] : []);
        base = await resolveBase(run, ref, remote);
    }
    if (!base)
        throw new errors/* UserError */.y(`"${ref}" is not a branch, tag or commit of this repository`, { input, hint });
    let mergeBase = await findMergeBase(run, base, head);
    let fetched = 0;
    const started = Date.now();
    for (const n of steps) {
        if (mergeBase || !hasRemote || Date.now() - started > DEEPEN_BUDGET_MS)
            break;
        if ((await run(['rev-parse', '--is-shallow-repository'])).stdout.trim() !== 'true')
            break;
        await fetch([`--deepen=${n}`]);
        fetched += n;
        mergeBase = await findMergeBase(run, base, head);
    }
    if (!mergeBase) {
        const stillShallow = (await run(['rev-parse', '--is-shallow-repository'])).stdout.trim() === 'true';
        if (stillShallow) {
            throw new errors/* UserError */.y(`no merge base of ${ref} and ${headName} in this shallow clone, even ${fetched} commits deeper`, {
                input,
                hint: 'check out with actions/checkout and `fetch-depth: 0` so that the history down to the merge base is there'
            });
        }
        throw new errors/* UserError */.y(`${ref} and ${headName} have no common history (no merge base)`, { input, hint: 'is it the branch the pull request targets?' });
    }
    const diff = await run([
        '-c',
        'core.quotePath=false',
        '-c',
        'diff.noprefix=false',
        '-c',
        'diff.mnemonicPrefix=false',
        'diff',
        '--no-color',
        '--no-ext-diff',
        '--no-textconv',
        '--no-relative',
        '--ignore-submodules',
        '-U0',
        '-M',
        '--src-prefix=a/',
        '--dst-prefix=b/',
        mergeBase,
        head,
        '--'
    ], { maxBuffer: MAX_DIFF_BYTES });
    if (diff.overflow)
        throw new errors/* UserError */.y(`the diff of ${ref}...${headName} is larger than ${MAX_DIFF_BYTES / 1024 / 1024} MB`, { input });
    if (!diff.ok)
        throw new errors/* UserError */.y(`git diff ${ref}...${headName} failed: ${firstLine(diff.stderr)}`, { input });
    const tree = await run(['-c', 'core.quotePath=false', 'ls-tree', '-r', '-z', '--name-only', '--full-tree', head], { maxBuffer: MAX_DIFF_BYTES });
    const repoPaths = tree.ok ? tree.stdout.split('\0').filter((p) => p.length > 0) : undefined;
    return { base: mergeBase, head, source: 'git', files: parseUnifiedDiff(diff.stdout), repoPaths };
}
async function resolveCommit(run, name) {
    const r = await run(['rev-parse', '--verify', '--quiet', '--end-of-options', `${name}^{commit}`]);
    return r.ok ? r.stdout.trim() : undefined;
}
/**
 * The base ref's commit: the remote-tracking branch first (`origin/<ref>`: what the pull request
 * targets; a local branch of that name may be stale), then the name as git resolves it (a local
 * branch, a tag, a SHA, `origin/main`).
 */
async function resolveBase(run, ref, remote) {
    const candidates = ref.startsWith('refs/') || /^[0-9a-f]{40,64}$/i.test(ref) ? [ref] : [`refs/remotes/${remote}/${ref}`, ref];
    for (const c of candidates) {
        const sha = await resolveCommit(run, c);
        if (sha)
            return sha;
    }
    return undefined;
}
/** `git merge-base`: exit 1 with no output when there is none (or its history is cut off). */
async function findMergeBase(run, a, b) {
    const r = await run(['merge-base', a, b]);
    const sha = r.stdout.trim();
    return r.ok && sha ? sha : undefined;
}
function escapeRegExp(s) {
    return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// EXTERNAL MODULE: ./.build/src/core/reports/coverage/model.js
var model = __webpack_require__(2563);
;// CONCATENATED MODULE: ./.build/src/core/change/paths.js
/**
 * Which repository file a coverage report's path names. Coverage keys are already workspace-relative
 * when the report gave an absolute path under the workspace or a Cobertura `<source>`
 * (CoverageAccumulator); what is left is a path with a prefix the repository lacks — another
 * machine's checkout (`/builds/acme/app/src/a.ts`), a Go import path
 * (`github.com/org/mod/pkg/x.go`) — or a report made in a subdirectory (`src/a.ts` for `web/src/a.ts`).
 *
 * The rule: the repository path equal to the report path; else the one that is a suffix of the report
 * path, or of which the report path is a suffix, on `/` boundaries, sharing the longest suffix with it.
 * Two such paths sharing a suffix of the same length are ambiguous: no match, never a guess.
 * diff-cover 7.4 matches exact paths only (the report's path, or joined to a `<source>`, equal to
 * the git path relative to the working directory or absolute); this matches those the same way and
 * goes further only where the answer is unique.
 */

class PathMatcher {
    changed;
    /** basename → repository paths (the whole tree when known, else the changed paths). */
    byName = new Map();
    known;
    /**
     * `changedPaths`: the files the pull request changed (repository-relative). `repoPaths`: every file
     * of the repository, when known, so that a report path naming an unchanged file is not taken for a
     * changed one with the same ending.
     */
    constructor(changedPaths, repoPaths) {
        this.changed = new Set(changedPaths.map(clean));
        this.known = new Set(repoPaths ? repoPaths.map(clean) : []);
        for (const p of this.changed)
            this.known.add(p);
        for (const p of this.known) {
            const name = basename(p);
            const list = this.byName.get(name);
            if (list)
                list.push(p);
            else
                this.byName.set(name, [p]);
        }
    }
    /** The changed file `reportPath` names, or undefined (not a changed file, or ambiguous). */
    match(reportPath) {
        const r = this.resolve(reportPath);
        return r.kind === 'match' ? r.path : undefined;
    }
    /** The repository path `reportPath` names among changed files, or why there is none. */
    resolve(reportPath) {
        const r = clean(reportPath);
        if (this.known.has(r))
            return this.changed.has(r) ? { kind: 'match', path: r } : { kind: 'none' };
        const parts = r.split('/');
        let best = 0;
        let found = [];
        for (const p of this.byName.get(parts[parts.length - 1]) ?? []) {
            const q = p.split('/');
            const n = commonSuffix(parts, q);
            // One path must be wholly the other's ending: the rest is a prefix the other side lacks.
            if (n !== q.length && n !== parts.length)
                continue;
            if (n > best) {
                best = n;
                found = [p];
            }
            else if (n === best)
                found.push(p);
        }
        if (found.length === 0)
            return { kind: 'none' };
        if (found.length > 1) {
            return found.some((p) => this.changed.has(p)) ? { kind: 'ambiguous', candidates: found.sort() } : { kind: 'none' };
        }
        return this.changed.has(found[0]) ? { kind: 'match', path: found[0] } : { kind: 'none' };
    }
}
/** Forward slashes, no `./` or leading `/`, no Windows drive. */
function clean(p) {
    return (0,model/* normalizeSourcePath */.aX)(p)
        .replace(/^[A-Za-z]:\//, '')
        .replace(/^\/+/, '')
        .replace(/\/\.\//g, '/');
}
function basename(p) {
    return p.slice(p.lastIndexOf('/') + 1);
}
/** How many trailing components `a` and `b` share. */
function commonSuffix(a, b) {
    let n = 0;
    while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n])
        n++;
    return n;
}

;// CONCATENATED MODULE: ./.build/src/core/change/patch-coverage.js

/** Most report paths listed in `unmatched`. */
const MAX_UNMATCHED = 100;
function patchCoverage(acc, change) {
    const targets = change.files.filter((f) => f.status !== 'deleted' && f.added.length > 0);
    const matcher = new PathMatcher(targets.map((f) => f.path), change.repoPaths);
    // Only report paths ending in a changed file's name can name one: the rest is never read.
    const names = new Set(targets.map((f) => f.path.slice(f.path.lastIndexOf('/') + 1)));
    const reportsOf = new Map();
    const unmatched = [];
    for (const key of acc.fileNames()) {
        if (!names.has(key.slice(key.lastIndexOf('/') + 1)))
            continue;
        const r = matcher.resolve(key);
        if (r.kind === 'match') {
            const list = reportsOf.get(r.path);
            if (list)
                list.push(key);
            else
                reportsOf.set(r.path, [key]);
        }
        else if (r.kind === 'ambiguous' && unmatched.length < MAX_UNMATCHED)
            unmatched.push(key);
    }
    const out = {
        lines: { covered: 0, total: 0 },
        branches: { covered: 0, total: 0 },
        files: [],
        changedFiles: targets.length,
        unmatched,
        addedLines: targets.reduce((n, f) => n + f.added.length, 0)
    };
    for (const f of [...targets].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
        const keys = reportsOf.get(f.path);
        if (!keys)
            continue;
        const records = keys.sort().map((k) => acc.existing(k)).filter((r) => r !== undefined);
        const file = measure(f.path, keys[0], f.added, records);
        if (file.total === 0 && file.branches.total === 0)
            continue;
        out.files.push(file);
        out.lines.covered += file.covered;
        out.lines.total += file.total;
        out.branches.covered += file.branches.covered;
        out.branches.total += file.branches.total;
    }
    return out;
}
function measure(path, reportPath, added, records) {
    const wanted = new Set(added);
    // line → hit by any report
    const hit = new Map();
    // line → [covered, total] branches, the larger reading where reports differ
    const branches = new Map();
    for (const rec of records) {
        for (const [line, hits] of rec.lines()) {
            if (wanted.has(line))
                hit.set(line, (hit.get(line) ?? false) || hits > 0);
        }
        for (const [line, [c, t]] of rec.branchesByLine()) {
            if (!wanted.has(line))
                continue;
            const prev = branches.get(line);
            if (!prev)
                branches.set(line, [c, t]);
            else {
                prev[0] = Math.max(prev[0], c);
                prev[1] = Math.max(prev[1], t);
            }
        }
    }
    const uncovered = [];
    let covered = 0;
    for (const [line, yes] of hit) {
        if (yes)
            covered++;
        else
            uncovered.push(line);
    }
    const b = { covered: 0, total: 0 };
    for (const [c, t] of branches.values()) {
        b.covered += c;
        b.total += t;
    }
    return { path, reportPath, covered, total: hit.size, uncovered: uncovered.sort((x, y) => x - y), branches: b };
}
/**
 * The one line to print when the figures have no data: no added line the report measures. Names
 * the input the change came from (`base-ref`, or the pull request) and the coverage input.
 */
function describeNoPatchData(p, change, inputs) {
    const from = change.source === 'git' ? `git (${inputs.change})` : `the pull request's files (${inputs.change})`;
    if (p.changedFiles === 0) {
        return `${inputs.change}: the change has no added lines (read from ${from}): coverage of new code has no data`;
    }
    const files = `${p.changedFiles} ${p.changedFiles === 1 ? 'file' : 'files'}`;
    const unmatched = p.unmatched.length > 0 ? `; report paths naming more than one repository file: ${p.unmatched.slice(0, 3).join(', ')}` : '';
    return `${inputs.coverage}: none of the ${p.addedLines} lines the change adds to ${files} (read from ${from}) is measured by the coverage report${unmatched}: coverage of new code has no data`;
}

;// CONCATENATED MODULE: ./.build/src/core/change/index.js
/**
 * What a pull request changed and how much of it the tests cover (`coverage_new`,
 * `coverage_new_branches`): the change from git when the workspace is a checkout, else from the pull
 * request's files through the API; then {@link patchCoverage} over the coverage read.
 */








/**
 * The change from git when `o.cwd` is in a work tree (its errors — a base ref that cannot be found, a
 * shallow clone that cannot be deepened — are the user's to fix, not a reason to ask the API); else,
 * when a pull request is given, from its files through the API; else a UserError naming the input.
 */
async function readChange(o) {
    if (await isGitWorkTree(o.cwd, o.env))
        return changeFromGit(o);
    const pr = o.pullRequest;
    if (!pr) {
        throw new errors/* UserError */.y(`${o.cwd} is not a git checkout and there is no pull request to read the change from`, {
            input: o.input,
            hint: 'check out the repository with actions/checkout (`fetch-depth: 0`) before this step'
        });
    }
    o.log?.(`${o.input}: ${o.cwd} is not a git checkout: reading the files of pull request #${pr.pull} from GitHub`);
    return changeFromApi(pr.client, { owner: pr.owner, repo: pr.repo, pull: pr.pull, base: pr.base, head: pr.head, input: o.input, log: o.log });
}


/***/ }),

/***/ 7408:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   clientOptionsFromEnv: () => (/* binding */ clientOptionsFromEnv),
/* harmony export */   createGitHubClient: () => (/* binding */ createGitHubClient),
/* harmony export */   repoFromEnv: () => (/* binding */ repoFromEnv),
/* harmony export */   toGitHubUserError: () => (/* binding */ toGitHubUserError),
/* harmony export */   withGitHubErrors: () => (/* binding */ withGitHubErrors)
/* harmony export */ });
/* unused harmony export DEFAULT_API_URL */
/* harmony import */ var _actions_github_lib_utils__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(571);
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9735);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6856);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6512);
/**
 * The GitHub REST client every phase-gates action shares (gates-enforcer for alerts and check runs,
 * deploy for Deployments, smoke-test for deployment statuses, workflows-validation for branch
 * protection and rulesets), and the one place where API failures become user errors.
 *
 * Core code: no `@actions/core` here, the command line uses it too.
 */




// Importing `@actions/github/lib/utils` builds its `context` from the environment (GITHUB_SHA, …,
// and the GITHUB_EVENT_PATH payload) and its default fetch from GITHUB_API_URL, once, at import
// time; it does not import @actions/core. Nothing here reads that `context`: repoFromEnv reads
// the environment it is given, so tests and the command line can pass their own.
const Client = _actions_github_lib_utils__WEBPACK_IMPORTED_MODULE_0__/* .GitHub */ .gq.plugin(_octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_2__/* .retry */ .L, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_3__/* .throttling */ .A);
/** The public API, used when GITHUB_API_URL is not set. */
const DEFAULT_API_URL = 'https://api.github.com';
/**
 * The client options the environment sets: `apiUrl` from GITHUB_API_URL (the runner's). Pacing is
 * GitHub's guidance, whatever the environment; only code that builds a client (tests in-process)
 * passes another `retryBaseMs`.
 */
function clientOptionsFromEnv(env) {
    const apiUrl = env.GITHUB_API_URL?.trim();
    return apiUrl ? { apiUrl } : {};
}
/** Tokens of the clients made here, to scrub them from any message (never kept on the client). */
const secrets = new WeakMap();
/** Builds the client. It sends nothing until called. */
function createGitHubClient(options) {
    const token = options.token.trim();
    if (!token) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y('a GitHub token is required', { input: 'token', hint: 'pass `token: ${{ github.token }}` or set GITHUB_TOKEN' });
    }
    const apiUrl = (options.apiUrl?.trim() || DEFAULT_API_URL).replace(/\/+$/, '');
    let parsed;
    try {
        parsed = new URL(apiUrl);
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`GITHUB_API_URL is not a URL: "${apiUrl}"`);
    }
    const log = options.log ?? (() => undefined);
    const base = options.retryBaseMs ?? 1000;
    const rateLimitRetries = options.rateLimitRetries ?? 2;
    const maxWait = options.maxRateLimitWaitSeconds ?? 60;
    const onLimit = (kind) => (retryAfter, request, _octokit, retryCount) => {
        const what = `${request.method ?? 'GET'} ${request.url ?? ''}`.trim();
        if (retryCount < rateLimitRetries && retryAfter <= maxWait) {
            log(`GitHub ${kind} hit on ${what}; retrying in ${retryAfter}s (attempt ${retryCount + 1} of ${rateLimitRetries})`);
            return true;
        }
        log(`GitHub ${kind} hit on ${what}; giving up (resets in ${retryAfter}s)`);
        return false;
    };
    // The toolkit's request: its fetch honours the runner's proxy settings (HTTPS_PROXY, NO_PROXY;
    // loopback is never proxied) for GITHUB_API_URL. Every API, a local one included, goes through it.
    const request = { ...(_actions_github_lib_utils__WEBPACK_IMPORTED_MODULE_0__/* .defaults */ .NT.request ?? {}) };
    const throttle = {
        onRateLimit: onLimit('rate limit'),
        onSecondaryRateLimit: onLimit('secondary rate limit'),
        retryAfterBaseValue: base,
        fallbackSecondaryRateRetryAfter: 60
    };
    if (base !== 1000) {
        // Octokit spaces writes ≥1 s apart (3 s for notifying ones) through process-wide groups; the
        // spacing scales with the unit so tests stay fast and production keeps GitHub's guidance.
        throttle.write = spacer(base);
        throttle.notifications = spacer(3 * base);
    }
    const client = new Client((0,_actions_github_lib_utils__WEBPACK_IMPORTED_MODULE_0__/* .getOctokitOptions */ .EG)(token, {
        baseUrl: apiUrl,
        userAgent: options.userAgent ?? 'phase-gates',
        request,
        retry: { retries: options.retries ?? 3, retryAfterBaseValue: base, doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451] },
        throttle,
        // Octokit logs deprecations and request failures to the console by default; the host logs instead.
        log: { debug: () => undefined, info: () => undefined, warn: (m) => log(String(m)), error: () => undefined }
    }));
    secrets.set(client, token);
    return client;
}
/** owner/repo from GITHUB_REPOSITORY and the commit from GITHUB_SHA, as the runner sets them. */
function repoFromEnv(env) {
    const full = env.GITHUB_REPOSITORY?.trim();
    const hint = 'set by GitHub Actions; on the command line set GITHUB_REPOSITORY=owner/repo and GITHUB_SHA';
    if (!full)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y('GITHUB_REPOSITORY is not set', { hint });
    const m = /^([^/\s]+)\/([^/\s]+)$/.exec(full);
    if (!m)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`GITHUB_REPOSITORY must be owner/repo, got "${full}"`, { hint });
    const sha = env.GITHUB_SHA?.trim();
    if (!sha)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y('GITHUB_SHA is not set', { hint });
    return { owner: m[1], repo: m[2], sha };
}
/**
 * Runs `call` and turns API failures into one-line UserErrors naming the input, the HTTP status
 * and GitHub's message; other errors pass through unchanged.
 */
async function withGitHubErrors(client, context, call) {
    try {
        return await call();
    }
    catch (err) {
        throw toGitHubUserError(client, err, context);
    }
}
function isRequestError(err) {
    return err instanceof Error && typeof err.status === 'number' && 'request' in err;
}
/**
 * The user error for an API failure: `token: reading …: GitHub answered 401: Bad credentials` — one
 * line, no stack, and never the token. Anything that is not an API failure is returned unchanged.
 */
function toGitHubUserError(client, err, context) {
    if (!isRequestError(err))
        return err;
    const scrub = (text) => {
        const token = secrets.get(client);
        return (token ? text.split(token).join('***') : text).replace(/\s+/g, ' ').trim();
    };
    const status = err.status;
    const data = err.response?.data;
    // GitHub's messages end with a period now and then; the hint follows in parentheses.
    const said = scrub(typeof data?.message === 'string' ? data.message : err.message).replace(/\.$/, '');
    const headers = err.response?.headers ?? {};
    if (!err.response) {
        // No HTTP answer at all (DNS, refused connection, TLS): @octokit/request reports these as 500.
        const cause = err.cause instanceof Error ? (err.cause.cause instanceof Error ? err.cause.cause.message : err.cause.message) : '';
        const where = err.request?.url ? new URL(err.request.url).origin : 'the GitHub API';
        return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(scrub(`${context.doing}: could not reach ${where}: ${cause || err.message}`), {
            input: context.input,
            hint: 'check GITHUB_API_URL and the network'
        });
    }
    if (status === 401) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`${context.doing}: GitHub answered 401: ${said}`, {
            input: 'token',
            hint: 'the token is missing, expired or revoked'
        });
    }
    if ((status === 403 || status === 429) && (headers['x-ratelimit-remaining'] === '0' || /rate limit/i.test(said))) {
        const reset = Number(headers['x-ratelimit-reset']);
        const when = Number.isFinite(reset) && reset > 0 ? `; it resets at ${new Date(reset * 1000).toISOString()}` : '';
        return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`${context.doing}: GitHub answered ${status}: ${said}${when}`, {
            input: context.input,
            hint: 'retry later, or use a token with its own rate limit'
        });
    }
    let detail = '';
    if (status === 422 && Array.isArray(data?.errors)) {
        detail = `: ${data.errors
            .map((e) => (typeof e === 'string' ? e : typeof e.message === 'string' ? e.message : JSON.stringify(e)))
            .join('; ')}`;
    }
    const retries = err.request?.request?.retryCount;
    const after = status >= 500 && retries ? ` (after ${retries} ${retries === 1 ? 'retry' : 'retries'})` : '';
    const hint = status === 403 ? context.forbiddenHint : status === 404 ? context.notFoundHint : undefined;
    return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(scrub(`${context.doing}: GitHub answered ${status}: ${said}${detail}${after}`), { input: context.input, hint });
}
/**
 * A stand-in for a Bottleneck group that runs jobs one at a time, at least `minTimeMs` apart — the
 * only part of Bottleneck the throttling plugin uses for its write and notification groups.
 */
function spacer(minTimeMs) {
    let tail = Promise.resolve();
    let nextAt = 0;
    const limiter = {
        schedule(_options, job, ...args) {
            const run = tail.then(async () => {
                const wait = nextAt - Date.now();
                if (wait > 0)
                    await new Promise((resolve) => setTimeout(resolve, wait));
                nextAt = Date.now() + minTimeMs;
                return job(...args);
            });
            tail = run.catch(() => undefined);
            return run;
        }
    };
    return { key: () => limiter };
}


/***/ })

};
