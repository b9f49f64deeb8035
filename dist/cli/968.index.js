export const id = 968;
export const ids = [968,214];
export const modules = {

/***/ 6214:
/***/ ((__unused_webpack_module, exports) => {

var __webpack_unused_export__;

__webpack_unused_export__ = ({ value: true });
// https://mathiasbynens.be/notes/javascript-encoding
// https://github.com/bestiejs/punycode.js - punycode.ucs2.decode
function ucs2length(str) {
    const len = str.length;
    let length = 0;
    let pos = 0;
    let value;
    while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 0xd800 && value <= 0xdbff && pos < len) {
            // high surrogate, and there is a next character
            value = str.charCodeAt(pos);
            if ((value & 0xfc00) === 0xdc00)
                pos++; // low surrogate
        }
    }
    return length;
}
exports.A = ucs2length;
ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
//# sourceMappingURL=ucs2length.js.map

/***/ }),

/***/ 6975:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SMOKE_DEFAULTS: () => (/* binding */ SMOKE_DEFAULTS),
/* harmony export */   parseErrorRate: () => (/* binding */ parseErrorRate),
/* harmony export */   parseRedirectMode: () => (/* binding */ parseRedirectMode),
/* harmony export */   readSettings: () => (/* binding */ readSettings),
/* harmony export */   runSmoke: () => (/* binding */ runSmoke)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6512);
/* harmony import */ var _cancel_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3361);
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(906);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5146);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4358);
/* harmony import */ var _schemas_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5829);
/* harmony import */ var _smoke_checks_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6806);
/* harmony import */ var _smoke_http_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5857);
/* harmony import */ var _smoke_engine_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(7595);
/* harmony import */ var _smoke_report_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(6123);
/* harmony import */ var _analysis_release_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(2617);
/* harmony import */ var _deploy_audit_log_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(9155);
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(4434);













/** Bounds of the numeric inputs: wide enough for real use, narrow enough that a typo cannot hang CI for a day. */
const LIMITS = {
    [_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .SmokeInputs */ .Nx.WaitForReady]: { min: 0, max: 3600, integer: false, unit: 'seconds' },
    [_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .SmokeInputs */ .Nx.Retries]: { min: 0, max: 10, integer: true, unit: '' },
    [_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .SmokeInputs */ .Nx.RetryDelayMs]: { min: 0, max: 60_000, integer: false, unit: 'ms' },
    [_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .SmokeInputs */ .Nx.TimeoutMs]: { min: 1, max: 600_000, integer: false, unit: 'ms' },
    [_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .SmokeInputs */ .Nx.Samples]: { min: 1, max: 10_000, integer: true, unit: '' },
    [_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .SmokeInputs */ .Nx.Concurrency]: { min: 1, max: 256, integer: true, unit: '' },
    [_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .SmokeInputs */ .Nx.P95Ms]: { min: 0, max: 3_600_000, integer: false, unit: 'ms' },
    [_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .SmokeInputs */ .Nx.MonitorSeconds]: { min: 0, max: 86_400, integer: false, unit: 'seconds' }
};
/** SPEC defaults of the numeric inputs (also in actions/smoke-test/action.yml). */
const SMOKE_DEFAULTS = {
    [_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .SmokeInputs */ .Nx.WaitForReady]: 60,
    [_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .SmokeInputs */ .Nx.Retries]: 3,
    [_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .SmokeInputs */ .Nx.RetryDelayMs]: 1000,
    [_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .SmokeInputs */ .Nx.TimeoutMs]: 5000,
    [_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .SmokeInputs */ .Nx.Samples]: 5,
    [_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .SmokeInputs */ .Nx.Concurrency]: 4,
    [_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .SmokeInputs */ .Nx.P95Ms]: 500,
    [_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .SmokeInputs */ .Nx.MonitorSeconds]: 0
};
function numberInput(host, name, errors) {
    const raw = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .input */ .hF)(host, name);
    const fallback = SMOKE_DEFAULTS[name];
    if (raw === '')
        return fallback;
    const limit = LIMITS[name];
    const unit = limit.unit;
    const text = unit === 'ms' ? raw.replace(/\s*ms$/, '') : unit === 'seconds' ? raw.replace(/\s*s$/, '') : raw;
    const n = Number(text);
    if (text === '' || !Number.isFinite(n) || (limit.integer && !Number.isInteger(n)) || n < limit.min || n > limit.max) {
        errors.push(new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`${JSON.stringify(raw)} is not ${limit.integer ? 'a whole number' : 'a number'} from ${limit.min} to ${limit.max}${unit ? ` (${unit})` : ''}`, {
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`${JSON.stringify(raw)} is not a percentage from 0% to 100%`, { input: name, hint: 'e.g. 0% or 1.5%' });
    }
    return pct / 100;
}
/** `follow-redirects`: same-origin (the default), any or none. */
function parseRedirectMode(raw, name) {
    const v = raw.trim().toLowerCase();
    if (v === '')
        return _smoke_http_js__WEBPACK_IMPORTED_MODULE_7__/* .DEFAULT_REDIRECT_MODE */ .XE;
    if (_smoke_http_js__WEBPACK_IMPORTED_MODULE_7__/* .REDIRECT_MODES */ .eT.includes(v))
        return v;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`${JSON.stringify(raw)} is not one of ${_smoke_http_js__WEBPACK_IMPORTED_MODULE_7__/* .REDIRECT_MODES */ .eT.join(', ')}`, { input: name });
}
/** The base URL: http or https, nothing else. */
function parseTarget(raw) {
    let url;
    try {
        url = new URL(raw);
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`not a URL: ${JSON.stringify(raw.replace(/\/\/[^/@]*@/, '//***@'))}`, { input: _constants_js__WEBPACK_IMPORTED_MODULE_2__/* .SmokeInputs */ .Nx.Url, hint: 'e.g. https://staging.example.com' });
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`only http:// and https:// URLs are checked, not ${url.protocol}`, { input: _constants_js__WEBPACK_IMPORTED_MODULE_2__/* .SmokeInputs */ .Nx.Url });
    return url.href;
}
/** Reads and checks every input; all problems are reported together (exported for the root action, which checks them before it deploys). */
async function readSettings(host, secrets) {
    const errors = [];
    const token = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .input */ .hF)(host, _constants_js__WEBPACK_IMPORTED_MODULE_2__/* .SmokeInputs */ .Nx.Token);
    if (token)
        secrets.add(token);
    let target = '';
    try {
        const raw = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .requiredInput */ .YF)(host, _constants_js__WEBPACK_IMPORTED_MODULE_2__/* .SmokeInputs */ .Nx.Url);
        // Credentials in the URL are masked before anything can print them.
        secrets.maskUrl(raw);
        target = parseTarget(raw);
    }
    catch (err) {
        if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y)
            errors.push(err);
        else
            throw err;
    }
    const n = (name) => numberInput(host, name, errors);
    const waitForReadySeconds = n(_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .SmokeInputs */ .Nx.WaitForReady);
    const retries = n(_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .SmokeInputs */ .Nx.Retries);
    const retryDelayMs = n(_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .SmokeInputs */ .Nx.RetryDelayMs);
    const timeoutMs = n(_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .SmokeInputs */ .Nx.TimeoutMs);
    const samples = n(_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .SmokeInputs */ .Nx.Samples);
    const concurrency = n(_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .SmokeInputs */ .Nx.Concurrency);
    const p95Ms = n(_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .SmokeInputs */ .Nx.P95Ms);
    const monitorSeconds = n(_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .SmokeInputs */ .Nx.MonitorSeconds);
    let followRedirects = _smoke_http_js__WEBPACK_IMPORTED_MODULE_7__/* .DEFAULT_REDIRECT_MODE */ .XE;
    try {
        followRedirects = parseRedirectMode((0,_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .input */ .hF)(host, _constants_js__WEBPACK_IMPORTED_MODULE_2__/* .SmokeInputs */ .Nx.FollowRedirects), _constants_js__WEBPACK_IMPORTED_MODULE_2__/* .SmokeInputs */ .Nx.FollowRedirects);
    }
    catch (err) {
        errors.push(err);
    }
    let maxErrorRate = 0;
    try {
        maxErrorRate = parseErrorRate((0,_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .input */ .hF)(host, _constants_js__WEBPACK_IMPORTED_MODULE_2__/* .SmokeInputs */ .Nx.MaxErrorRate, '0%'), _constants_js__WEBPACK_IMPORTED_MODULE_2__/* .SmokeInputs */ .Nx.MaxErrorRate);
    }
    catch (err) {
        errors.push(err);
    }
    let reportFile = '';
    try {
        reportFile = (0,_files_js__WEBPACK_IMPORTED_MODULE_4__/* .resolveOutputInWorkspace */ .kc)(host.workspace, (0,_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .input */ .hF)(host, _constants_js__WEBPACK_IMPORTED_MODULE_2__/* .SmokeInputs */ .Nx.ReportPath, _constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Defaults */ .Hw.SmokeReport), _constants_js__WEBPACK_IMPORTED_MODULE_2__/* .SmokeInputs */ .Nx.ReportPath);
    }
    catch (err) {
        errors.push(err);
    }
    let deploymentId = null;
    const idRaw = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .input */ .hF)(host, _constants_js__WEBPACK_IMPORTED_MODULE_2__/* .SmokeInputs */ .Nx.DeploymentId);
    if (idRaw) {
        if (!/^\d+$/.test(idRaw) || Number(idRaw) <= 0 || !Number.isSafeInteger(Number(idRaw))) {
            errors.push(new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`not a deployment id: ${JSON.stringify(idRaw)}`, { input: _constants_js__WEBPACK_IMPORTED_MODULE_2__/* .SmokeInputs */ .Nx.DeploymentId, hint: "the deploy action's deployment-id output" }));
        }
        else if (!token) {
            errors.push(new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y('posting a deployment status needs a token', { input: _constants_js__WEBPACK_IMPORTED_MODULE_2__/* .SmokeInputs */ .Nx.Token, hint: 'the default is ${{ github.token }} with `deployments: write`' }));
        }
        else
            deploymentId = Number(idRaw);
    }
    let analysis;
    try {
        analysis = (0,_analysis_release_js__WEBPACK_IMPORTED_MODULE_10__/* .readAnalysisConfig */ .jh)(host, { analysis: _constants_js__WEBPACK_IMPORTED_MODULE_2__/* .SmokeInputs */ .Nx.Analysis, args: _constants_js__WEBPACK_IMPORTED_MODULE_2__/* .SmokeInputs */ .Nx.AnalysisArgs, onInconclusive: _constants_js__WEBPACK_IMPORTED_MODULE_2__/* .SmokeInputs */ .Nx.OnInconclusive, reportPath: _constants_js__WEBPACK_IMPORTED_MODULE_2__/* .SmokeInputs */ .Nx.AnalysisReportPath }, _analysis_release_js__WEBPACK_IMPORTED_MODULE_10__/* .EMBEDDED_DEFAULTS */ .W9);
    }
    catch (err) {
        if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y)
            errors.push(err, ...err.more);
        else
            throw err;
    }
    let logFile = '';
    try {
        const given = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .input */ .hF)(host, _constants_js__WEBPACK_IMPORTED_MODULE_2__/* .SmokeInputs */ .Nx.LogPath);
        if (given)
            logFile = (0,_files_js__WEBPACK_IMPORTED_MODULE_4__/* .resolveOutputInWorkspace */ .kc)(host.workspace, given, _constants_js__WEBPACK_IMPORTED_MODULE_2__/* .SmokeInputs */ .Nx.LogPath);
    }
    catch (err) {
        errors.push(err);
    }
    let checks = [];
    try {
        checks = await (0,_smoke_checks_js__WEBPACK_IMPORTED_MODULE_6__/* .loadChecks */ .o$)(host.getInput(_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .SmokeInputs */ .Nx.Checks), _constants_js__WEBPACK_IMPORTED_MODULE_2__/* .SmokeInputs */ .Nx.Checks, host.workspace);
    }
    catch (err) {
        if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y)
            errors.push(err, ...err.more);
        else
            throw err;
    }
    if (errors.length) {
        for (const e of errors)
            e.more = [];
        throw _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y.several(errors);
    }
    for (const c of checks) {
        for (const [name, value] of Object.entries(c.headers))
            secrets.addHeader(name, value);
        // Query values such as ?token=… are registered before the first log line shows the URL.
        secrets.maskUrl((0,_smoke_engine_js__WEBPACK_IMPORTED_MODULE_8__/* .checkUrl */ .CU)(target, c));
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
    const secrets = new _secrets_js__WEBPACK_IMPORTED_MODULE_12__/* .Redactor */ .pO((v) => host.setSecret(v));
    const { settings, reportFile, deploymentId, token, analysis, logFile } = await readSettings(host, secrets);
    const log = (m) => host.info(secrets.redact(m));
    // Without a signal from the caller, SIGINT and SIGTERM (the runner cancelling the job) stop the
    // checks: no verdict, no report, no deployment status; the summary and the error say so.
    const cancel = options.signal ? undefined : (0,_cancel_js__WEBPACK_IMPORTED_MODULE_1__/* .onCancel */ .Ao)();
    const signal = options.signal ?? cancel.signal;
    const attempts = settings.retries + 1;
    log(`Smoke testing ${secrets.maskUrl(settings.target)}: ${settings.checks.length} check${settings.checks.length === 1 ? '' : 's'}, ${settings.samples} samples each, ` +
        `${settings.concurrency} in flight, ${attempts} attempt${attempts === 1 ? '' : 's'} of at most ${settings.timeoutMs} ms ` +
        `(back-off up to ${Math.round((0,_smoke_engine_js__WEBPACK_IMPORTED_MODULE_8__/* .maxTotalBackoffMs */ .z8)(settings.retryDelayMs, settings.retries))} ms)`);
    const startedAt = new Date();
    // A header holding a secret of this run (the token, a URL's password) is a credential whatever its name.
    const http = new _smoke_http_js__WEBPACK_IMPORTED_MODULE_7__/* .HttpClient */ .Qq({ timeoutMs: settings.timeoutMs, env: host.env, isCredential: (name, value) => (0,_smoke_http_js__WEBPACK_IMPORTED_MODULE_7__/* .isCredentialHeader */ .b5)(name) || secrets.holdsSecret(value) });
    const engine = new _smoke_engine_js__WEBPACK_IMPORTED_MODULE_8__/* .SmokeEngine */ .wb(settings, { send: (req, s) => http.send(req, s), log, signal });
    let outcome;
    try {
        outcome = await engine.run((checks) => (0,_smoke_report_js__WEBPACK_IMPORTED_MODULE_9__/* .passesSoFar */ .lT)({ checks, readiness: null, monitoring: null }, settings));
    }
    catch (err) {
        if (!(err instanceof _cancel_js__WEBPACK_IMPORTED_MODULE_1__/* .Cancelled */ .cJ))
            throw err;
        const stopped = new _cancel_js__WEBPACK_IMPORTED_MODULE_1__/* .Cancelled */ .cJ(err.signalName, 'the smoke test was stopped before a verdict; no report was written');
        await host.appendSummary(`## Smoke test\n\n⚠️ ${stopped.message}\n`);
        cancel?.dispose();
        throw stopped;
    }
    finally {
        await http.close();
    }
    const report = (0,_smoke_report_js__WEBPACK_IMPORTED_MODULE_9__/* .buildReport */ .FK)(outcome, settings, {
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
                if (!(err instanceof _cancel_js__WEBPACK_IMPORTED_MODULE_1__/* .Cancelled */ .cJ))
                    throw err;
                const stopped = new _cancel_js__WEBPACK_IMPORTED_MODULE_1__/* .Cancelled */ .cJ(err.signalName, 'the smoke test was stopped during its analysis, before a verdict; no report was written');
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
    (0,_schemas_js__WEBPACK_IMPORTED_MODULE_5__/* .assertSchema */ .G)('smoke-report', report);
    await (0,_files_js__WEBPACK_IMPORTED_MODULE_4__/* .writeFileAtomic */ .Zf)(reportFile, JSON.stringify(report, null, 2) + '\n');
    const failed = report.checks.filter((c) => !c.passed);
    host.setOutput(_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .SmokeOutputs */ .AR.Passed, String(report.passed));
    host.setOutput(_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .SmokeOutputs */ .AR.ReportPath, (0,_files_js__WEBPACK_IMPORTED_MODULE_4__/* .displayPath */ .Gt)(host.workspace, reportFile));
    host.setOutput(_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .SmokeOutputs */ .AR.P95Ms, report.totals.p95Ms === null ? '' : String(report.totals.p95Ms));
    // A percentage, like the smoke_error_rate gate and the max-error-rate input (the report keeps a ratio).
    host.setOutput(_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .SmokeOutputs */ .AR.ErrorRate, report.totals.errorRate === null ? '' : String(Math.round(report.totals.errorRate * 100_000) / 1000));
    host.setOutput(_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .SmokeOutputs */ .AR.FailedChecks, JSON.stringify(failed.map((c) => ({ name: c.name, url: c.url, error: c.error }))));
    await host.appendSummary((0,_smoke_report_js__WEBPACK_IMPORTED_MODULE_9__/* .renderSummary */ .Br)(report));
    if (bakeRun && analysis)
        await host.appendSummary(secrets.redact([...(0,_analysis_release_js__WEBPACK_IMPORTED_MODULE_10__/* .renderRun */ .eJ)(bakeRun), `Every run: \`${analysis.reportShown}\`.`, ''].join('\n')));
    for (const c of report.checks.filter((x) => x.passed && x.flaky)) {
        const origin = settings.checks.find((k) => k.name === c.name)?.origin;
        host.annotate('warning', `check ${c.name} is flaky: it passed only after a retry (${c.attempts} attempts)`, {
            title: 'Flaky smoke check',
            file: origin?.file,
            startLine: origin?.file ? origin.line : undefined
        });
    }
    const t = report.totals;
    log(`${report.passed ? 'Passed' : 'Failed'}: ${t.requests} requests, ${t.failures} failed (${t.errorRate === null ? '—' : (0,_smoke_report_js__WEBPACK_IMPORTED_MODULE_9__/* .formatPercent */ .l9)(t.errorRate)}), ` +
        `p50 ${t.p50Ms ?? '—'} ms, p95 ${t.p95Ms ?? '—'} ms, p99 ${t.p99Ms ?? '—'} ms; report ${(0,_files_js__WEBPACK_IMPORTED_MODULE_4__/* .displayPath */ .Gt)(host.workspace, reportFile)}`);
    if (deploymentId !== null) {
        const { postDeploymentStatus } = await Promise.all(/* import() */[__webpack_require__.e(932), __webpack_require__.e(334)]).then(__webpack_require__.bind(__webpack_require__, 3334));
        const description = report.passed
            ? `Smoke test passed: ${report.checks.length} checks, p95 ${t.p95Ms ?? '—'} ms, errors ${t.errorRate === null ? '—' : (0,_smoke_report_js__WEBPACK_IMPORTED_MODULE_9__/* .formatPercent */ .l9)(t.errorRate)}`
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
    const log = opts.logFile ? _deploy_audit_log_js__WEBPACK_IMPORTED_MODULE_11__/* .AuditLog */ .S.open(opts.logFile, opts.secrets, (0,_files_js__WEBPACK_IMPORTED_MODULE_4__/* .displayPath */ .Gt)(host.workspace, opts.logFile), _constants_js__WEBPACK_IMPORTED_MODULE_2__/* .SmokeInputs */ .Nx.LogPath) : undefined;
    try {
        const args = analysis.args;
        const result = await (0,_analysis_release_js__WEBPACK_IMPORTED_MODULE_10__/* .analyseStage */ .u2)(analysis, {
            stage: _analysis_release_js__WEBPACK_IMPORTED_MODULE_10__/* .BAKE_STAGE */ .L$,
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
        await (0,_analysis_release_js__WEBPACK_IMPORTED_MODULE_10__/* .recordRun */ .vj)(analysis, { environment: args.environment, version: args.version, deploymentId: opts.deploymentId ?? args['deployment-id'] }, result.run, _constants_js__WEBPACK_IMPORTED_MODULE_2__/* .SmokeInputs */ .Nx.AnalysisReportPath);
        if (result.decision === 'pass')
            host.annotate('warning', opts.secrets.redact(`post-deploy bake: ${result.detail}; passed (on-inconclusive: pass)`), { title: 'phase-gates smoke-test: analysis' });
        return result;
    }
    finally {
        log?.close();
    }
}


/***/ })

};
