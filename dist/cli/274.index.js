export const id = 274;
export const ids = [274];
export const modules = {

/***/ 274:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PHASE_07_GATES: () => (/* binding */ PHASE_07_GATES),
/* harmony export */   StageHost: () => (/* binding */ StageHost),
/* harmony export */   runPipeline: () => (/* binding */ runPipeline)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6512);
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(906);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5146);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4358);
/* harmony import */ var _gates_phase_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(407);
/* harmony import */ var _deploy_config_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5376);
/* harmony import */ var _deploy_freeze_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8656);
/* harmony import */ var _deploy_audit_log_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(9155);
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(4434);
/* harmony import */ var _cancel_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(3361);
/* harmony import */ var _gates_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(534);
/* harmony import */ var _deploy_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(3687);
/* harmony import */ var _smoke_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(6975);
/* harmony import */ var _analysis_release_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(2617);
/* harmony import */ var _github_ci_status_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(2142);















/** The gates of Phase 07 before the `phase-07-gates` input, which overrides them key by key. */
const PHASE_07_GATES = { smoke_passed: true, deploy_status: 'success' };
/**
 * The Host a stage's command runs on: inputs mapped from the root action, outputs kept (the root
 * action publishes its own), everything else forwarded to the root host.
 */
class StageHost {
    parent;
    stage;
    sources;
    title;
    /** The outputs the command set, by the command's names. */
    outputs = {};
    constructor(parent, stage, sources, 
    /** Replaces the generic `## Gates:` heading of a gates summary. */
    title) {
        this.parent = parent;
        this.stage = stage;
        this.sources = sources;
        this.title = title;
    }
    get workspace() {
        return this.parent.workspace;
    }
    get env() {
        return this.parent.env;
    }
    get summaryInline() {
        return this.parent.summaryInline;
    }
    getInput(name) {
        const s = this.sources[name];
        if (!s)
            return '';
        if ('value' in s)
            return s.value;
        for (const from of s.from) {
            const v = this.parent.getInput(from);
            if (v.trim() !== '')
                return v;
        }
        return s.fallback ?? '';
    }
    /** The root action's name of a command input, for messages. */
    rootInput(name) {
        const s = this.sources[name];
        if (!s)
            return name;
        if ('value' in s)
            return s.label;
        return s.from.find((from) => this.parent.getInput(from).trim() !== '') ?? s.from[0];
    }
    /** A UserError of the command with the root action's input names (other errors unchanged). */
    rename(err) {
        if (!(err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y))
            return err;
        const one = (e) => new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(e.message, { input: e.input ? this.rootInput(e.input) : undefined, file: e.file, line: e.line, hint: e.hint });
        const copy = one(err);
        copy.more = err.more.map(one);
        return copy;
    }
    setOutput(name, value) {
        this.outputs[name] = value;
    }
    async appendSummary(markdown) {
        await this.parent.appendSummary(this.title ? markdown.replace(/^## Gates: /, `## ${this.title}: `) : markdown);
    }
    annotate(level, message, props) {
        this.parent.annotate(level, message, props);
    }
    info(message) {
        this.parent.info(message);
    }
    debug(message) {
        this.parent.debug(message);
    }
    setSecret(value) {
        this.parent.setSecret(value);
    }
}
/** Same-name sources for every input of a command, with `overrides`. */
function sameNames(names, overrides) {
    const out = {};
    for (const name of Object.values(names))
        out[name] = { from: [name] };
    return { ...out, ...overrides };
}
const TITLES = {
    gates: 'Phase 05 → 06 gates',
    deploy: 'Deploy',
    'smoke-test': 'Smoke test',
    rollback: 'Rollback',
    'phase-07': 'Phase 07 gates'
};
/**
 * The Phase 07 gates: `defaults` ({@link PHASE_07_GATES}, and `base_ci_green: true` when it can be
 * measured) overridden key by key by `phase-07-gates` (an empty value removes one), as JSON for the
 * gates command. Errors are the gates command's own.
 */
function phase07Gates(text, defaults = PHASE_07_GATES) {
    const merged = { ...defaults };
    if (text.trim() !== '') {
        (0,_gates_phase_js__WEBPACK_IMPORTED_MODULE_4__/* .parseGatesInput */ .SK)(text, _constants_js__WEBPACK_IMPORTED_MODULE_1__/* .PipelineInputs */ .IO.Phase07Gates); // the gates command's own checks, naming this input
        let data = (0,_gates_phase_js__WEBPACK_IMPORTED_MODULE_4__/* .toData */ .OY)((0,_gates_phase_js__WEBPACK_IMPORTED_MODULE_4__/* .parseYaml */ .hN)(text, { input: _constants_js__WEBPACK_IMPORTED_MODULE_1__/* .PipelineInputs */ .IO.Phase07Gates }), { input: _constants_js__WEBPACK_IMPORTED_MODULE_1__/* .PipelineInputs */ .IO.Phase07Gates });
        const keys = Object.keys(data);
        if (keys.length === 1 && keys[0] === 'gates' && data.gates && typeof data.gates === 'object' && !Array.isArray(data.gates))
            data = data.gates;
        Object.assign(merged, data);
    }
    const json = JSON.stringify(merged);
    if ((0,_gates_phase_js__WEBPACK_IMPORTED_MODULE_4__/* .parseGatesInput */ .SK)(json, _constants_js__WEBPACK_IMPORTED_MODULE_1__/* .PipelineInputs */ .IO.Phase07Gates).gates.length === 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y('no gates to enforce after the deploy', { input: _constants_js__WEBPACK_IMPORTED_MODULE_1__/* .PipelineInputs */ .IO.Phase07Gates, hint: 'leave smoke_passed or deploy_status in place, or add a gate' });
    }
    return json;
}
/** The Phase 07 metrics: the user's `metrics` (already checked by Phase 05), the final `deploy_status` and `base_ci_green` when measured, as JSON. */
function phase07Metrics(text, deployStatus, baseCiGreen) {
    let data = {};
    if (text.trim() !== '') {
        try {
            const parsed = (0,_gates_phase_js__WEBPACK_IMPORTED_MODULE_4__/* .toData */ .OY)((0,_gates_phase_js__WEBPACK_IMPORTED_MODULE_4__/* .parseYaml */ .hN)(text, { input: _constants_js__WEBPACK_IMPORTED_MODULE_1__/* .PipelineInputs */ .IO.Metrics }), { input: _constants_js__WEBPACK_IMPORTED_MODULE_1__/* .PipelineInputs */ .IO.Metrics });
            if (parsed && typeof parsed === 'object' && !Array.isArray(parsed))
                data = parsed;
        }
        catch {
            // Phase 05 read the same input and would have stopped on it.
        }
    }
    return JSON.stringify({ ...data, deploy_status: deployStatus, ...(baseCiGreen === undefined ? {} : { base_ci_green: baseCiGreen }) });
}
/**
 * The bake's `analysis-args`: the release's own (environment, version, previous version, deployment
 * id) under the user's, as JSON. The user's were checked with deploy's inputs.
 */
function bakeArgs(text, release) {
    let given = {};
    try {
        given = (0,_analysis_release_js__WEBPACK_IMPORTED_MODULE_12__/* .parseAnalysisArgs */ .Zt)(text, _constants_js__WEBPACK_IMPORTED_MODULE_1__/* .PipelineInputs */ .IO.AnalysisArgs);
    }
    catch {
        // deploy read the same input and would have stopped on it.
    }
    const out = {};
    for (const [k, v] of Object.entries(release))
        if (v)
            out[k] = v;
    return JSON.stringify({ ...out, ...given });
}
/** Whether the root action was given an analysis (deploy's canary steps may have written runs without a bake). */
function deployedAnalysis(host) {
    return host.getInput(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .PipelineInputs */ .IO.Analysis).trim() !== '';
}
/** An error of a stage that ran after something was deployed: recorded, so that the chain can still roll back and report. */
function stageError(host, stage, err) {
    const renamed = stage.rename(err);
    if (renamed instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y)
        return renamed.renderAll().join('; ');
    const e = renamed;
    host.debug(e?.stack ?? String(renamed));
    return `internal error in ${stage.stage}: ${e?.message ?? String(renamed)}`.replace(/[\r\n]+/g, ' ');
}
/**
 * Appends the cancellation of a stage after the deploy to deploy's audit log (its `log-path`
 * output, relative to the workspace), so that the log of the release ends with what happened to it.
 */
function recordCancellation(host, logPath, fields) {
    if (!logPath)
        return;
    const logFile = (0,_files_js__WEBPACK_IMPORTED_MODULE_3__/* .resolveOutputInWorkspace */ .kc)(host.workspace, logPath, _constants_js__WEBPACK_IMPORTED_MODULE_1__/* .PipelineInputs */ .IO.LogPath);
    const log = _deploy_audit_log_js__WEBPACK_IMPORTED_MODULE_7__/* .AuditLog */ .S.open(logFile, new _secrets_js__WEBPACK_IMPORTED_MODULE_14__/* .Redactor */ .pO(), (0,_files_js__WEBPACK_IMPORTED_MODULE_3__/* .displayPath */ .Gt)(host.workspace, logFile), _constants_js__WEBPACK_IMPORTED_MODULE_1__/* .PipelineInputs */ .IO.LogPath);
    try {
        log.warn('cancelled', fields);
    }
    finally {
        log.close();
    }
}
/** deploy's own message, said to be the deploy's (once). */
function deployFailed(message, status) {
    const m = message ?? status;
    return /^deploy\b/i.test(m) ? m : `deploy failed: ${m}`;
}
/** Runs the chain on a host. */
async function runPipeline(host) {
    const outputs = {};
    for (const name of Object.values(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .PipelineOutputs */ .LG))
        outputs[name] = '';
    outputs[_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .PipelineOutputs */ .LG.DeployStatus] = 'skipped';
    outputs[_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .PipelineOutputs */ .LG.RollbackPerformed] = 'false';
    outputs[_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .PipelineOutputs */ .LG.RollbackSkipped] = '';
    outputs[_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .PipelineOutputs */ .LG.Passed] = 'false';
    const stages = [];
    const record = (stage, result, detail) => {
        const r = { stage, title: TITLES[stage], result, detail };
        stages.push(r);
        return r;
    };
    const start = (stage, what) => host.info(`── ${stages.length + 1}. ${TITLES[stage]} (${what}) ──`);
    // Hosts of the stages whose inputs are known before anything runs.
    const gatesHost = new StageHost(host, 'gates', sameNames(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .GatesInputs */ .wI, {}), TITLES.gates);
    const deployHost = (gatesReport) => new StageHost(host, 'deploy', sameNames(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .DeployInputs */ .L2, {
        [_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .DeployInputs */ .L2.Mode]: { value: 'deploy', label: _constants_js__WEBPACK_IMPORTED_MODULE_1__/* .DeployInputs */ .L2.Mode },
        [_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .DeployInputs */ .L2.GatesReport]: { value: gatesReport, label: _constants_js__WEBPACK_IMPORTED_MODULE_1__/* .PipelineInputs */ .IO.ReportPath },
        [_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .DeployInputs */ .L2.RequireGates]: { value: '', label: _constants_js__WEBPACK_IMPORTED_MODULE_1__/* .DeployInputs */ .L2.RequireGates }
    }));
    const rollbackHost = () => new StageHost(host, 'rollback', sameNames(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .DeployInputs */ .L2, {
        [_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .DeployInputs */ .L2.Mode]: { value: 'rollback', label: _constants_js__WEBPACK_IMPORTED_MODULE_1__/* .DeployInputs */ .L2.Mode },
        [_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .DeployInputs */ .L2.Version]: { value: '', label: _constants_js__WEBPACK_IMPORTED_MODULE_1__/* .PipelineInputs */ .IO.Version },
        [_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .DeployInputs */ .L2.GatesReport]: { value: '', label: _constants_js__WEBPACK_IMPORTED_MODULE_1__/* .DeployInputs */ .L2.GatesReport },
        [_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .DeployInputs */ .L2.RequireGates]: { value: '', label: _constants_js__WEBPACK_IMPORTED_MODULE_1__/* .DeployInputs */ .L2.RequireGates },
        [_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .DeployInputs */ .L2.DryRun]: { value: 'false', label: _constants_js__WEBPACK_IMPORTED_MODULE_1__/* .PipelineInputs */ .IO.DryRun }
    }));
    const smokeHost = (url, urlFrom, deploymentId = '', release) => new StageHost(host, 'smoke-test', sameNames(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .SmokeInputs */ .Nx, {
        [_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .SmokeInputs */ .Nx.Url]: { value: url, label: urlFrom },
        [_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .SmokeInputs */ .Nx.ReportPath]: { from: [_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .PipelineInputs */ .IO.SmokeReportPath] },
        // The smoke verdict is posted on the deployment when the Deployments API is used (a token);
        // the local ledger has no statuses from smoke-test.
        [_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .SmokeInputs */ .Nx.DeploymentId]: { value: deploymentId, label: _constants_js__WEBPACK_IMPORTED_MODULE_1__/* .SmokeInputs */ .Nx.DeploymentId },
        // The bake's events go to deploy's audit log; its template args name the release.
        ...(release
            ? { [_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .SmokeInputs */ .Nx.AnalysisArgs]: { value: release.args, label: _constants_js__WEBPACK_IMPORTED_MODULE_1__/* .PipelineInputs */ .IO.AnalysisArgs }, [_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .SmokeInputs */ .Nx.LogPath]: { value: release.logPath, label: _constants_js__WEBPACK_IMPORTED_MODULE_1__/* .PipelineInputs */ .IO.LogPath } }
            : { [_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .SmokeInputs */ .Nx.LogPath]: { value: '', label: _constants_js__WEBPACK_IMPORTED_MODULE_1__/* .PipelineInputs */ .IO.LogPath } })
    }));
    const phase07Host = (gates, smokeReport, metrics, analysisReport) => new StageHost(host, 'phase-07', {
        [_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .GatesInputs */ .wI.Gates]: { value: gates, label: _constants_js__WEBPACK_IMPORTED_MODULE_1__/* .PipelineInputs */ .IO.Phase07Gates },
        [_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .GatesInputs */ .wI.SmokeReport]: { value: smokeReport, label: _constants_js__WEBPACK_IMPORTED_MODULE_1__/* .PipelineInputs */ .IO.SmokeReportPath },
        [_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .GatesInputs */ .wI.AnalysisReport]: { value: analysisReport, label: _constants_js__WEBPACK_IMPORTED_MODULE_1__/* .PipelineInputs */ .IO.AnalysisReportPath },
        [_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .GatesInputs */ .wI.Metrics]: { value: metrics, label: _constants_js__WEBPACK_IMPORTED_MODULE_1__/* .PipelineInputs */ .IO.Metrics },
        [_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .GatesInputs */ .wI.FailOnMissing]: { from: [_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .PipelineInputs */ .IO.FailOnMissing] },
        [_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .GatesInputs */ .wI.Fail]: { from: [_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .PipelineInputs */ .IO.Fail] },
        [_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .GatesInputs */ .wI.ReportPath]: { from: [_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .PipelineInputs */ .IO.Phase07ReportPath], fallback: _constants_js__WEBPACK_IMPORTED_MODULE_1__/* .PHASE_07_REPORT_DEFAULT */ .Zi },
        // After the deploy: no pull request to comment on, nothing new to measure.
        [_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .GatesInputs */ .wI.Comment]: { value: 'false', label: _constants_js__WEBPACK_IMPORTED_MODULE_1__/* .GatesInputs */ .wI.Comment }
    }, TITLES['phase-07']);
    const givenUrl = () => {
        const url = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .input */ .hF)(host, _constants_js__WEBPACK_IMPORTED_MODULE_1__/* .PipelineInputs */ .IO.Url);
        if (url)
            return { url, from: _constants_js__WEBPACK_IMPORTED_MODULE_1__/* .PipelineInputs */ .IO.Url };
        const environmentUrl = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .input */ .hF)(host, _constants_js__WEBPACK_IMPORTED_MODULE_1__/* .PipelineInputs */ .IO.EnvironmentUrl);
        return { url: environmentUrl, from: environmentUrl ? _constants_js__WEBPACK_IMPORTED_MODULE_1__/* .PipelineInputs */ .IO.EnvironmentUrl : _constants_js__WEBPACK_IMPORTED_MODULE_1__/* .PipelineInputs */ .IO.Url };
    };
    let phase07Text = '';
    let dryRun = false;
    /** deploy's ci-wait-minutes, also the wait of base_ci_green. */
    let ciWaitMs = 0;
    const finish = async (ok, passed, message, failedStage) => {
        outputs[_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .PipelineOutputs */ .LG.Passed] = String(passed);
        outputs[_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .PipelineOutputs */ .LG.FailedStage] = failedStage;
        await host.appendSummary(renderOverview(stages, passed, failedStage, dryRun));
        return { ok, message, outputs, stages };
    };
    // SIGINT and SIGTERM (the runner cancelling the job) stop the chain: the stage under way stops
    // (deploy records its own cancellation), no later stage begins.
    const cancel = (0,_cancel_js__WEBPACK_IMPORTED_MODULE_8__/* .onCancel */ .Ao)();
    const { signal } = cancel;
    try {
        // 0. Every input of every stage, before anything is written or run.
        const errors = [];
        const check = async (stage, fn) => {
            try {
                await fn();
            }
            catch (err) {
                const renamed = stage.rename(err);
                if (!(renamed instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y))
                    throw renamed;
                errors.push(renamed, ...renamed.more);
                renamed.more = [];
            }
        };
        const preDeploy = deployHost('');
        await check(preDeploy, async () => {
            const config = (0,_deploy_config_js__WEBPACK_IMPORTED_MODULE_5__/* .readDeployConfig */ .Q)(preDeploy);
            dryRun = config.dryRun;
            ciWaitMs = config.ciWaitMs;
            // Holiday calendars are read as deploy reads them: an unreadable one stops the chain before the gates write.
            await (0,_deploy_freeze_js__WEBPACK_IMPORTED_MODULE_6__/* .loadCalendars */ .O8)(config.freezeWindows, host.workspace, _constants_js__WEBPACK_IMPORTED_MODULE_1__/* .DeployInputs */ .L2.FreezeWindows);
        });
        const planned = givenUrl();
        if (planned.url || !dryRun) {
            const pre = smokeHost(planned.url, planned.from);
            await check(pre, () => (0,_smoke_js__WEBPACK_IMPORTED_MODULE_11__.readSettings)(pre, new _secrets_js__WEBPACK_IMPORTED_MODULE_14__/* .Redactor */ .pO((v) => host.setSecret(v))));
        }
        await check(gatesHost, () => {
            phase07Text = phase07Gates(host.getInput(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .PipelineInputs */ .IO.Phase07Gates));
        });
        await check(gatesHost, () => {
            const paths = [
                [_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .PipelineInputs */ .IO.ReportPath, (0,_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .input */ .hF)(host, _constants_js__WEBPACK_IMPORTED_MODULE_1__/* .PipelineInputs */ .IO.ReportPath, _constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Defaults */ .Hw.GatesReport)],
                [_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .PipelineInputs */ .IO.SmokeReportPath, (0,_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .input */ .hF)(host, _constants_js__WEBPACK_IMPORTED_MODULE_1__/* .PipelineInputs */ .IO.SmokeReportPath, _constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Defaults */ .Hw.SmokeReport)],
                [_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .PipelineInputs */ .IO.Phase07ReportPath, (0,_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .input */ .hF)(host, _constants_js__WEBPACK_IMPORTED_MODULE_1__/* .PipelineInputs */ .IO.Phase07ReportPath, _constants_js__WEBPACK_IMPORTED_MODULE_1__/* .PHASE_07_REPORT_DEFAULT */ .Zi)]
            ];
            const seen = new Map();
            const clash = [];
            for (const [name, given] of paths) {
                let file;
                try {
                    file = (0,_files_js__WEBPACK_IMPORTED_MODULE_3__/* .resolveInWorkspace */ .z1)(host.workspace, given, name);
                }
                catch (err) {
                    if (name === _constants_js__WEBPACK_IMPORTED_MODULE_1__/* .PipelineInputs */ .IO.Phase07ReportPath && err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y)
                        clash.push(err); // the others are the stages' own checks
                    continue;
                }
                const other = seen.get(file);
                if (other)
                    clash.push(new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`${given} is also where ${other} writes its report`, { input: name, hint: 'give each report its own path' }));
                else
                    seen.set(file, name);
            }
            if (clash.length)
                throw _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y.several(clash);
        });
        if (errors.length)
            throw _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y.several(errors);
        // 1. Phase 05 → 06: gates-enforcer.
        start('gates', 'gates-enforcer');
        let gates;
        try {
            gates = await (0,_gates_js__WEBPACK_IMPORTED_MODULE_9__.runGates)(gatesHost);
        }
        catch (err) {
            throw gatesHost.rename(err);
        }
        outputs[_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .PipelineOutputs */ .LG.GatesPassed] = gatesHost.outputs[_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .GatesOutputs */ .bU.Passed] ?? '';
        outputs[_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .PipelineOutputs */ .LG.FailedGates] = gatesHost.outputs[_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .GatesOutputs */ .bU.FailedGates] ?? '';
        outputs[_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .PipelineOutputs */ .LG.Report] = gatesHost.outputs[_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .GatesOutputs */ .bU.Report] ?? '';
        outputs[_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .PipelineOutputs */ .LG.ReportPath] = gatesHost.outputs[_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .GatesOutputs */ .bU.ReportPath] ?? '';
        const reportShown = `\`${outputs[_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .PipelineOutputs */ .LG.ReportPath]}\``;
        if (!gates.report.passed) {
            record('gates', 'failed', `${reportShown}: ${gates.message ?? 'failed'}`);
            for (const s of ['deploy', 'smoke-test', 'rollback', 'phase-07'])
                record(s, 'skipped', 'the Phase 05 gates failed');
            host.info('The Phase 05 gates failed: nothing was deployed.');
            return await finish(gates.ok, false, gates.ok ? undefined : `Phase 05 gates failed (${gates.message}); nothing was deployed`, 'gates');
        }
        record('gates', 'passed', reportShown);
        if (signal.aborted) {
            const message = `cancelled (${(0,_cancel_js__WEBPACK_IMPORTED_MODULE_8__/* .signalName */ .yD)(signal)}) before the deploy`;
            for (const s of ['deploy', 'smoke-test', 'rollback', 'phase-07'])
                record(s, 'skipped', message);
            return await finish(false, false, message, 'deploy');
        }
        // 2. deploy, with the report just written (deploy handles SIGINT and SIGTERM itself while it runs).
        start('deploy', 'deploy');
        const dHost = deployHost(outputs[_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .PipelineOutputs */ .LG.Report]);
        let deployed;
        try {
            deployed = await (0,_deploy_js__WEBPACK_IMPORTED_MODULE_10__.runDeploy)(dHost);
        }
        catch (err) {
            throw dHost.rename(err);
        }
        const d = dHost.outputs;
        outputs[_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .PipelineOutputs */ .LG.DeploymentId] = d[_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .DeployOutputs */ .kV.DeploymentId] ?? '';
        outputs[_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .PipelineOutputs */ .LG.EnvironmentUrl] = d[_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .DeployOutputs */ .kV.EnvironmentUrl] ?? '';
        outputs[_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .PipelineOutputs */ .LG.Version] = d[_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .DeployOutputs */ .kV.Version] ?? '';
        outputs[_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .PipelineOutputs */ .LG.PreviousVersion] = d[_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .DeployOutputs */ .kV.PreviousVersion] ?? '';
        outputs[_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .PipelineOutputs */ .LG.DeployStatus] = d[_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .DeployOutputs */ .kV.Status] ?? deployed.outcome?.status ?? (deployed.ok ? 'success' : 'failure');
        outputs[_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .PipelineOutputs */ .LG.RollbackPerformed] = d[_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .DeployOutputs */ .kV.RollbackPerformed] ?? 'false';
        outputs[_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .PipelineOutputs */ .LG.RollbackSkipped] = d[_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .DeployOutputs */ .kV.RollbackSkipped] ?? '';
        outputs[_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .PipelineOutputs */ .LG.LogPath] = d[_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .DeployOutputs */ .kV.LogPath] ?? '';
        outputs[_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .PipelineOutputs */ .LG.DeployFailedChecks] = d[_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .DeployOutputs */ .kV.FailedChecks] ?? '';
        const deployStatus = outputs[_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .PipelineOutputs */ .LG.DeployStatus];
        /** The closing message: what failed, and what the chain did about it. */
        const said = [];
        /** Whether a stage failed in a way that fails the step. */
        let stepFailed = false;
        let failedStage = '';
        const failed = (stage, message, failsStep = true) => {
            if (failsStep) {
                said.push(message);
                stepFailed = true;
            }
            if (!failedStage)
                failedStage = stage;
        };
        if (deployStatus === 'skipped') {
            // A dry run: every check was reported with the plan; the step ends well, `passed` says whether the deploy would go ahead.
            const wouldFail = deployed.outcome?.wouldFail ?? [];
            const goAhead = deployed.ok && wouldFail.length === 0;
            record('deploy', goAhead ? 'passed' : 'failed', deployed.message ?? 'dry run');
            for (const s of ['smoke-test', 'rollback', 'phase-07'])
                record(s, 'skipped', 'dry run: nothing was deployed');
            if (!goAhead)
                failed('deploy', deployFailed(deployed.message, deployStatus), !deployed.ok);
            return await finish(!stepFailed, goAhead, said.join('; ') || undefined, failedStage);
        }
        let smokePassed = false;
        let smokeReport = '';
        /** The bake's analysis was inconclusive and on-inconclusive is fail: no rollback, the release stays for a decision. */
        let stoppedByAnalysis = false;
        let analysisRan = false;
        /** The deployment that undid the release after its smoke test, when one did. */
        let rollbackId = '';
        if (deployed.ok) {
            const deployedAs = `${deployed.message ?? deployStatus}${outputs[_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .PipelineOutputs */ .LG.DeploymentId] ? ` (deployment ${outputs[_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .PipelineOutputs */ .LG.DeploymentId]})` : ''}`;
            const deployRecord = record('deploy', 'passed', deployedAs);
            // 3. smoke-test on the deployed environment.
            start('smoke-test', 'smoke-test');
            const url = outputs[_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .PipelineOutputs */ .LG.EnvironmentUrl] && !(0,_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .input */ .hF)(host, _constants_js__WEBPACK_IMPORTED_MODULE_1__/* .PipelineInputs */ .IO.Url) ? { url: outputs[_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .PipelineOutputs */ .LG.EnvironmentUrl], from: _constants_js__WEBPACK_IMPORTED_MODULE_1__/* .PipelineInputs */ .IO.EnvironmentUrl } : givenUrl();
            const sHost = smokeHost(url.url, url.from, (0,_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .input */ .hF)(host, _constants_js__WEBPACK_IMPORTED_MODULE_1__/* .GatesInputs */ .wI.Token) ? (outputs[_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .PipelineOutputs */ .LG.DeploymentId] ?? '') : '', {
                args: bakeArgs(host.getInput(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .PipelineInputs */ .IO.AnalysisArgs), { environment: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .input */ .hF)(host, _constants_js__WEBPACK_IMPORTED_MODULE_1__/* .DeployInputs */ .L2.Environment), version: outputs[_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .PipelineOutputs */ .LG.Version], 'previous-version': outputs[_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .PipelineOutputs */ .LG.PreviousVersion], 'deployment-id': outputs[_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .PipelineOutputs */ .LG.DeploymentId] }),
                logPath: outputs[_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .PipelineOutputs */ .LG.LogPath]
            });
            let smokeMessage;
            try {
                const smoke = await (0,_smoke_js__WEBPACK_IMPORTED_MODULE_11__.runSmoke)(sHost, { signal, recordDeploymentId: outputs[_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .PipelineOutputs */ .LG.DeploymentId] || undefined });
                smokePassed = smoke.report.passed;
                smokeMessage = smoke.message;
                stoppedByAnalysis = smoke.report.analysis?.decision === 'stop';
                analysisRan = smoke.report.analysis !== undefined;
            }
            catch (err) {
                smokeMessage = `smoke test failed: ${stageError(host, sHost, err)}`;
            }
            if (signal.aborted) {
                // Cancelled while testing the release: it stays as deployed (cancelling starts no rollback,
                // as in deploy itself), unverified; the audit log and the summary say so.
                const why = (0,_cancel_js__WEBPACK_IMPORTED_MODULE_8__/* .signalName */ .yD)(signal);
                const message = `cancelled (${why}) during the smoke test: ${outputs[_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .PipelineOutputs */ .LG.Version] || 'the release'} stays deployed, not smoke-tested`;
                outputs[_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .PipelineOutputs */ .LG.SmokePassed] = 'false';
                recordCancellation(host, outputs[_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .PipelineOutputs */ .LG.LogPath], { stage: 'smoke-test', signal: why, deployment: outputs[_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .PipelineOutputs */ .LG.DeploymentId] || undefined, version: outputs[_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .PipelineOutputs */ .LG.Version] || undefined });
                record('smoke-test', 'cancelled', message);
                for (const s of ['rollback', 'phase-07'])
                    record(s, 'skipped', `cancelled (${why})`);
                return await finish(false, false, message, 'smoke-test');
            }
            const s = sHost.outputs;
            outputs[_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .PipelineOutputs */ .LG.SmokePassed] = s[_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .SmokeOutputs */ .AR.Passed] ?? 'false';
            outputs[_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .PipelineOutputs */ .LG.SmokeReportPath] = s[_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .SmokeOutputs */ .AR.ReportPath] ?? '';
            outputs[_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .PipelineOutputs */ .LG.P95Ms] = s[_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .SmokeOutputs */ .AR.P95Ms] ?? '';
            outputs[_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .PipelineOutputs */ .LG.ErrorRate] = s[_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .SmokeOutputs */ .AR.ErrorRate] ?? '';
            outputs[_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .PipelineOutputs */ .LG.FailedChecks] = s[_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .SmokeOutputs */ .AR.FailedChecks] ?? '';
            smokeReport = outputs[_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .PipelineOutputs */ .LG.SmokeReportPath];
            if (smokePassed) {
                record('smoke-test', 'passed', `\`${smokeReport}\`: p95 ${outputs[_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .PipelineOutputs */ .LG.P95Ms] || '—'} ms, errors ${outputs[_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .PipelineOutputs */ .LG.ErrorRate] || '—'}%`);
                record('rollback', 'skipped', 'not needed: the smoke test passed');
            }
            else {
                const message = smokeMessage ?? 'smoke test failed';
                record('smoke-test', 'failed', smokeReport ? `\`${smokeReport}\`: ${message}` : message);
                failed('smoke-test', message);
            }
            if (!smokePassed && stoppedByAnalysis) {
                const release = outputs[_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .PipelineOutputs */ .LG.Version] || 'the release';
                record('rollback', 'skipped', `on-inconclusive is fail: ${release} stays deployed for a decision`);
                deployRecord.result = 'failed';
                deployRecord.detail = `${deployedAs}; its analysis was inconclusive and it stays deployed (on-inconclusive: fail)`;
            }
            else if (!smokePassed) {
                // 4. The release failed its smoke test: back to the previous version.
                start('rollback', 'deploy, mode rollback');
                const rHost = rollbackHost();
                let rolledBack = false;
                let skipped;
                let rollbackMessage;
                try {
                    const r = await (0,_deploy_js__WEBPACK_IMPORTED_MODULE_10__.runDeploy)(rHost);
                    rolledBack = r.ok && r.outcome?.status === 'rolled_back';
                    skipped = r.outcome?.rollbackSkipped;
                    rollbackMessage = r.message ?? rHost.outputs[_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .DeployOutputs */ .kV.Status] ?? '';
                }
                catch (err) {
                    rollbackMessage = stageError(host, rHost, err);
                }
                outputs[_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .PipelineOutputs */ .LG.DeployStatus] = rolledBack ? 'rolled_back' : 'failure';
                outputs[_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .PipelineOutputs */ .LG.RollbackPerformed] = rHost.outputs[_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .DeployOutputs */ .kV.RollbackPerformed] === 'true' ? 'true' : 'false';
                outputs[_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .PipelineOutputs */ .LG.RollbackSkipped] = rHost.outputs[_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .DeployOutputs */ .kV.RollbackSkipped] ?? '';
                const id = rHost.outputs[_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .DeployOutputs */ .kV.DeploymentId];
                const release = outputs[_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .PipelineOutputs */ .LG.Version] || 'the release';
                if (rolledBack) {
                    rollbackId = id ?? '';
                    record('rollback', 'passed', `${rollbackMessage}${id ? ` (deployment ${id})` : ''}`);
                    // The deploy went through, and was undone: never shown as passed.
                    deployRecord.result = 'rolled-back';
                    deployRecord.detail = `${deployedAs}; rolled back after its smoke test failed`;
                    said.push(rollbackMessage);
                }
                else if (skipped) {
                    // A first deploy has nothing to return to: the rollback is skipped, the release stays, failed.
                    record('rollback', 'skipped', `${skipped}: ${release} stays deployed`);
                    deployRecord.result = 'failed';
                    deployRecord.detail = `${deployedAs}; it failed its smoke test and stays deployed (rollback skipped: ${skipped})`;
                    said.push(`rollback skipped: ${skipped} (${release} stays deployed)`);
                }
                else {
                    record('rollback', 'failed', rollbackMessage);
                    deployRecord.result = 'failed';
                    deployRecord.detail = `${deployedAs}; it failed its smoke test and the rollback failed`;
                    failed('rollback', `rollback failed: ${rollbackMessage}`);
                }
            }
        }
        else {
            const skipped = deployed.outcome?.rollbackSkipped;
            record('deploy', deployStatus === 'rolled_back' ? 'rolled-back' : 'failed', `${outputs[_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .PipelineOutputs */ .LG.DeploymentId] ? `deployment ${outputs[_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .PipelineOutputs */ .LG.DeploymentId]}: ` : ''}${deployed.message ?? deployStatus}`);
            failed('deploy', deployFailed(deployed.message, deployStatus));
            record('smoke-test', 'skipped', 'the deploy failed');
            record('rollback', 'skipped', deployStatus === 'rolled_back' ? 'the deploy rolled back by itself' : skipped ? skipped : outputs[_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .PipelineOutputs */ .LG.DeploymentId] ? 'the deploy tried its own rollback' : 'nothing was deployed');
        }
        // 5. The Phase 07 gate, over what happened.
        if (signal.aborted) {
            record('phase-07', 'skipped', `cancelled (${(0,_cancel_js__WEBPACK_IMPORTED_MODULE_8__/* .signalName */ .yD)(signal)})`);
            return await finish(false, false, [...said, `cancelled (${(0,_cancel_js__WEBPACK_IMPORTED_MODULE_8__/* .signalName */ .yD)(signal)}) before the Phase 07 gate`].join('; '), failedStage || 'phase-07');
        }
        start('phase-07', 'gates-enforcer');
        const analysisReport = analysisRan || deployedAnalysis(host) ? (0,_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .input */ .hF)(host, _constants_js__WEBPACK_IMPORTED_MODULE_1__/* .PipelineInputs */ .IO.AnalysisReportPath, _analysis_release_js__WEBPACK_IMPORTED_MODULE_12__/* .ANALYSIS_REPORT_DEFAULT */ .me) : '';
        // "CI jobs green on base branch": the head of the base branch, judged as deploy's `ci` check
        // judges the deployed commit. Measured with a token; without one the gate is not added.
        const baseCi = await (0,_github_ci_status_js__WEBPACK_IMPORTED_MODULE_13__/* .measureBaseCiGreen */ .Tn)({ token: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .input */ .hF)(host, _constants_js__WEBPACK_IMPORTED_MODULE_1__/* .PipelineInputs */ .IO.Token), env: host.env, waitMs: ciWaitMs, signal, log: (m) => host.info(m) });
        host.info(`base_ci_green: ${baseCi.value === undefined ? baseCi.detail : `${baseCi.value} (${baseCi.detail})`}`);
        const phase07GatesJson = baseCi.value === undefined ? phase07Text : phase07Gates(host.getInput(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .PipelineInputs */ .IO.Phase07Gates), { ...PHASE_07_GATES, base_ci_green: true });
        const pHost = phase07Host(phase07GatesJson, smokeReport, phase07Metrics(host.getInput(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .PipelineInputs */ .IO.Metrics), outputs[_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .PipelineOutputs */ .LG.DeployStatus], baseCi.value), analysisReport);
        let phase07Passed = false;
        let phase07FailsStep = true;
        let phase07Message;
        try {
            // The report names the release it judged: a Phase 07 report read alone says what it is about.
            const deployment = {
                environment: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .input */ .hF)(host, _constants_js__WEBPACK_IMPORTED_MODULE_1__/* .DeployInputs */ .L2.Environment),
                version: outputs[_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .PipelineOutputs */ .LG.Version] || (0,_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .input */ .hF)(host, _constants_js__WEBPACK_IMPORTED_MODULE_1__/* .DeployInputs */ .L2.Version),
                id: outputs[_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .PipelineOutputs */ .LG.DeploymentId] || null,
                status: outputs[_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .PipelineOutputs */ .LG.DeployStatus],
                rollbackId: rollbackId || null
            };
            const p = await (0,_gates_js__WEBPACK_IMPORTED_MODULE_9__.runGates)(pHost, { deployment });
            phase07Passed = p.report.passed;
            phase07FailsStep = !p.ok;
            phase07Message = p.message;
        }
        catch (err) {
            phase07Message = stageError(host, pHost, err);
        }
        outputs[_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .PipelineOutputs */ .LG.Phase07Passed] = pHost.outputs[_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .GatesOutputs */ .bU.Passed] ?? 'false';
        outputs[_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .PipelineOutputs */ .LG.Phase07FailedGates] = pHost.outputs[_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .GatesOutputs */ .bU.FailedGates] ?? '';
        outputs[_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .PipelineOutputs */ .LG.Phase07Report] = pHost.outputs[_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .GatesOutputs */ .bU.Report] ?? '';
        outputs[_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .PipelineOutputs */ .LG.Phase07ReportPath] = pHost.outputs[_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .GatesOutputs */ .bU.ReportPath] ?? '';
        const shown = outputs[_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .PipelineOutputs */ .LG.Phase07ReportPath] ? `\`${outputs[_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .PipelineOutputs */ .LG.Phase07ReportPath]}\`` : '';
        if (phase07Passed)
            record('phase-07', 'passed', shown);
        else {
            record('phase-07', 'failed', `${shown}${shown ? ': ' : ''}${phase07Message ?? 'failed'}`);
            failed('phase-07', `Phase 07 gates failed (${phase07Message ?? 'failed'})`, phase07FailsStep);
        }
        const passed = deployed.ok && smokePassed && phase07Passed;
        return await finish(!stepFailed, passed, stepFailed ? said.join('; ') : undefined, failedStage);
    }
    finally {
        cancel.dispose();
        for (const name of Object.values(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .PipelineOutputs */ .LG))
            host.setOutput(name, outputs[name] ?? '');
    }
}
/** The last summary section: every stage, its result and where to look. */
function renderOverview(stages, passed, failedStage, dryRun) {
    const icon = (r) => r === 'passed' ? '✅ passed' : r === 'failed' ? (dryRun ? '❌ would fail' : '❌ failed') : r === 'rolled-back' ? '↩️ rolled back' : r === 'cancelled' ? '⚠️ cancelled' : '➖ skipped';
    const cell = (t) => t.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
    const verdict = dryRun
        ? passed
            ? '✅ would pass the pre-deploy checks (dry run: nothing was changed)'
            : `❌ would fail${failedStage ? ` (${failedStage})` : ''} (dry run: nothing was changed)`
        : passed
            ? '✅ passed'
            : `❌ failed${failedStage ? ` (${failedStage})` : ''}`;
    const lines = [`## Phase 06 pipeline: ${verdict}`, '', '| # | Stage | Result | Detail |', '| --- | --- | --- | --- |'];
    stages.forEach((s, i) => lines.push(`| ${i + 1} | ${s.title} | ${icon(s.result)} | ${cell(s.detail)} |`));
    return lines.join('\n') + '\n';
}


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
