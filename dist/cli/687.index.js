export const id = 687;
export const ids = [687];
export const modules = {

/***/ 3687:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runDeploy: () => (/* binding */ runDeploy)
});

// EXTERNAL MODULE: ./.build/src/core/errors.js
var errors = __webpack_require__(6512);
// EXTERNAL MODULE: ./.build/src/core/cancel.js
var core_cancel = __webpack_require__(3361);
// EXTERNAL MODULE: ./.build/src/core/constants.js
var constants = __webpack_require__(906);
// EXTERNAL MODULE: ./.build/src/core/files.js + 1 modules
var files = __webpack_require__(4358);
// EXTERNAL MODULE: ./.build/src/core/deploy/config.js + 8 modules
var deploy_config = __webpack_require__(5376);
// EXTERNAL MODULE: ./.build/src/core/gates/report-input.js
var report_input = __webpack_require__(3161);
// EXTERNAL MODULE: ./.build/src/core/deploy/freeze.js
var freeze = __webpack_require__(8656);
// EXTERNAL MODULE: ./.build/src/core/deploy/version.js
var deploy_version = __webpack_require__(1099);
// EXTERNAL MODULE: ./.build/src/core/deploy/attestation.js
var attestation = __webpack_require__(7161);
// EXTERNAL MODULE: ./.build/src/core/deploy/migrations/index.js + 4 modules
var migrations = __webpack_require__(8797);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
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
    const { createGitHubClient, clientOptionsFromEnv } = await Promise.all(/* import() */[__webpack_require__.e(932), __webpack_require__.e(27)]).then(__webpack_require__.bind(__webpack_require__, 7408));
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
    const { withGitHubErrors } = await Promise.all(/* import() */[__webpack_require__.e(932), __webpack_require__.e(27)]).then(__webpack_require__.bind(__webpack_require__, 7408));
    const tags = tag.startsWith('v') ? [tag, tag.slice(1)] : [tag, `v${tag}`];
    for (const t of tags) {
        try {
            const { data } = await withGitHubErrors(api.client, { input: constants/* DeployInputs */.L2.Token, doing: `reading the release ${t} of ${api.full}`, forbiddenHint: CONTENTS }, () => api.client.rest.repos.getReleaseByTag({ owner: api.owner, repo: api.repo, tag: t }));
            // GitHub does not find drafts by tag; a draft that comes back anyway is not a release.
            if (!data.draft)
                return { url: data.html_url, tag: t };
        }
        catch (err) {
            if (notFound(err))
                continue;
            if (err instanceof errors/* UserError */.y)
                return err.render();
            throw err;
        }
    }
    return `no published GitHub release ${tags.join(' or ')} in ${api.full}`;
}
/** The tags that point at `sha` (GET /tags, newest first, at most {@link MAX_TAG_PAGES} pages). */
async function tagsOfCommit(api, sha) {
    const { withGitHubErrors } = await Promise.all(/* import() */[__webpack_require__.e(932), __webpack_require__.e(27)]).then(__webpack_require__.bind(__webpack_require__, 7408));
    const found = [];
    const lower = sha.toLowerCase();
    for (let page = 1; page <= MAX_TAG_PAGES; page++) {
        let data;
        try {
            ({ data } = await withGitHubErrors(api.client, { input: constants/* DeployInputs */.L2.Token, doing: `listing the tags of ${api.full}`, forbiddenHint: CONTENTS }, () => api.client.rest.repos.listTags({ owner: api.owner, repo: api.repo, per_page: 100, page })));
        }
        catch (err) {
            if (err instanceof errors/* UserError */.y)
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
    const kind = (0,deploy_version/* classifyVersion */.Z)(version).kind;
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
// EXTERNAL MODULE: ./.build/src/core/github/ci-status.js
var ci_status = __webpack_require__(2142);
// EXTERNAL MODULE: ./.build/src/core/github/environment-protection.js
var environment_protection = __webpack_require__(320);
;// CONCATENATED MODULE: ./.build/src/core/deploy/rehearsal.js

const TITLE = 'Rollback rehearsed';
/**
 * Reads only: the staging environment's deployments (`stagingRecords`, newest first, shared with
 * the staging check), with the rehearsal each carries.
 */
async function rehearsalCheck(ctx, stagingRecords) {
    const { config, store, version } = ctx;
    const staging = config.stagingEnvironment;
    const { mode, defaulted } = config.rehearseRollback;
    const result = (status, detail) => ({ id: 'rehearsal', title: TITLE, status, detail });
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
            throw new errors/* UserError */.y(`not JSON (${err.message.replace(/ in JSON at position.*$/s, '')})`, { input: constants/* DeployInputs */.L2.GatesReport, hint: 'give the report output of gates-enforcer or the path of gates-report.json' });
        }
        report = (0,report_input/* validGatesReport */.D)(data, constants/* DeployInputs */.L2.GatesReport, { hint });
    }
    else {
        const read = await (0,report_input/* readGatesReportFile */.N)(workspace, value, constants/* DeployInputs */.L2.GatesReport, hint);
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
    const clock = (0,freeze/* wallClock */.Xb)(ctx.now, config.timezone);
    const at = `${clock.text} ${config.timezone}`;
    const frozen = (0,freeze/* activeFreeze */.WO)(config.freezeWindows, clock);
    if (rollback)
        results.push({ id: 'freeze', title: 'Outside freeze windows', status: 'skip', detail: `a rollback is allowed in a freeze (${at})` });
    else if (!config.freezeWindows.length) {
        const why = config.freezeDefault ? `no freeze window for ${config.environment} by default (${freeze/* DEFAULT_FREEZE */.wH} applies to production environments; set freeze-windows to freeze it too)` : 'freeze-windows: none';
        results.push({ id: 'freeze', title: 'Outside freeze windows', status: 'skip', detail: why });
    }
    else if (!frozen)
        results.push({ id: 'freeze', title: 'Outside freeze windows', status: 'pass', detail: `${at} is outside ${config.freezeText}${config.freezeDefault ? ' (the default for production)' : ''}` });
    else if (config.freezeOverride) {
        results.push({ id: 'freeze', title: 'Outside freeze windows', status: 'pass', detail: `${at} ${(0,freeze/* describeFreeze */.LU)(frozen)}; overridden: ${config.freezeOverride}` });
    }
    else {
        const origin = config.freezeDefault ? ', the default for production' : '';
        results.push({ id: 'freeze', title: 'Outside freeze windows', status: 'fail', detail: `${at} ${(0,freeze/* describeFreeze */.LU)(frozen)}${origin} (freeze-override with a reason allows it)` });
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
        const v = (0,deploy_version/* classifyVersion */.Z)(ctx.version);
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
    results.push(await (0,attestation/* checkAttestation */.Xe)(config.attestation));
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
    results.push(await (0,migrations/* checkMigrations */.wE)(config.migrations, { environment: config.environment, production: config.production, rollback, lastGood: ctx.history.lastGood }));
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
    results.push(rollback ? { id: 'ci', title: 'CI green', status: 'skip', detail: 'rollback to a version deployed before' } : { id: 'ci', title: 'CI green', ...(await (0,ci_status/* ciCheck */.nk)({ required: config.requireCiGreen, production: config.production, sha: config.sha, token: config.token, env: ctx.env, waitMs: config.dryRun ? 0 : config.ciWaitMs, signal: ctx.signal, log: ctx.log })) });
    results.push({ id: 'approval', title: 'Approvals', ...(await (0,environment_protection/* approvalCheck */.YO)({ requirement: config.requireApproval, environment: config.environment, production: config.production, token: config.token, env: ctx.env, log: ctx.log })) });
    return results;
}

// EXTERNAL MODULE: ./.build/src/core/secrets.js
var secrets = __webpack_require__(4434);
// EXTERNAL MODULE: ./.build/src/core/deploy/audit-log.js
var audit_log = __webpack_require__(9155);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
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
function sleep(ms) {
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
        const fd = (0,files/* openAppend */.tw)(this.file, this.where, constants/* DeployInputs */.L2.LedgerPath);
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
                    throw new errors/* UserError */.y(`the ledger is locked by process ${holder || '?'}`, { file: this.where + '.lock', hint: 'another deploy is writing it; remove the lock file if none runs' });
                }
                else
                    await sleep(20);
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
function signalGroup(pgid, signal) {
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
            if (judged?.pgid && judged.host === hostName() && !alive(judged.pid) && signalGroup(judged.pgid, 'SIGTERM')) {
                // Its script outlived it (kill -9 of the step): ended now, and for good a moment later.
                endedGroup = judged.pgid;
                const group = judged.pgid;
                setTimeout(() => signalGroup(group, 'SIGKILL'), 3_000).unref();
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

// EXTERNAL MODULE: ./.build/src/core/smoke/checks.js + 1 modules
var smoke_checks = __webpack_require__(6806);
// EXTERNAL MODULE: ./.build/src/core/deploy/script.js + 1 modules
var script = __webpack_require__(8166);
// EXTERNAL MODULE: ./.build/src/core/deploy/strategy.js
var strategy = __webpack_require__(9462);
// EXTERNAL MODULE: ./.build/src/core/smoke/http.js
var smoke_http = __webpack_require__(5857);
// EXTERNAL MODULE: ./.build/src/core/smoke/engine.js
var smoke_engine = __webpack_require__(7595);
// EXTERNAL MODULE: ./.build/src/core/smoke/report.js
var smoke_report = __webpack_require__(6123);
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
    followRedirects: smoke_http/* DEFAULT_REDIRECT_MODE */.XE
};
/** Runs `checks` against `url`; never throws for a failing target (only `Cancelled` when `signal` is aborted). */
async function verifyUrl(url, checks, options) {
    const settings = { target: url, checks, p95Ms: options.p95Ms ?? Number.MAX_SAFE_INTEGER, ...VERIFY_SETTINGS };
    const http = new smoke_http/* HttpClient */.Qq({ timeoutMs: settings.timeoutMs, env: options.env });
    try {
        const engine = new smoke_engine/* SmokeEngine */.wb(settings, { send: (req, s) => http.send(req, s), log: options.log, signal: options.signal });
        const outcome = await engine.run(() => false);
        const report = (0,smoke_report/* buildReport */.FK)(outcome, settings, { startedAt: new Date(0), finishedAt: new Date(0), sha: null, repository: null, runId: null, deploymentId: null }, new secrets/* Redactor */.pO());
        const failed = report.checks.find((c) => !c.passed);
        return {
            url,
            passed: report.passed,
            requests: report.totals.requests,
            failures: report.totals.failures,
            p95Ms: report.totals.p95Ms,
            detail: report.passed ? undefined : failed ? `${failed.name}: ${failed.error ?? 'failed'}` : (report.message ?? `error rate ${(0,smoke_report/* formatPercent */.l9)(report.totals.errorRate ?? 1)}`)
        };
    }
    finally {
        await http.close();
    }
}

// EXTERNAL MODULE: ./.build/src/core/analysis/release.js + 2 modules
var release = __webpack_require__(2617);
;// CONCATENATED MODULE: ./.build/src/core/deploy/engine.js














/** Variables of the runner a script must not inherit: the action's inputs (the token among them) and runtime credentials. */
const WITHHELD = /^(INPUT_|ACTIONS_RUNTIME_|ACTIONS_ID_TOKEN_|ACTIONS_CACHE_|ACTIONS_RESULTS_)/;
function icon(status) {
    return status === 'pass' ? '✅ pass' : status === 'fail' ? '❌ fail' : '➖ skip';
}
function cell(text) {
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
        logUrl: runUrl(host.env) ?? (0,files/* displayPath */.Gt)(host.workspace, config.logFile),
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
    setOutput(run, constants/* DeployOutputs */.kV.Version, '');
    setOutput(run, constants/* DeployOutputs */.kV.PreviousVersion, previousVersion);
    setOutput(run, constants/* DeployOutputs */.kV.LogPath, (0,files/* displayPath */.Gt)(host.workspace, config.logFile));
    setOutput(run, constants/* DeployOutputs */.kV.EnvironmentUrl, config.environmentUrl);
    // A dry run reports it and ends well: nothing was asked to change.
    const status = config.dryRun ? 'skipped' : 'failure';
    setOutput(run, constants/* DeployOutputs */.kV.Status, status);
    setOutput(run, constants/* DeployOutputs */.kV.RollbackPerformed, 'false');
    setOutput(run, constants/* DeployOutputs */.kV.RollbackSkipped, reason);
    setOutput(run, constants/* DeployOutputs */.kV.FailedChecks, '[]');
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
        run.summary.push(`| ${c.title} | ${icon(c.status)} | ${cell(c.detail)} |`);
    run.summary.push('');
    setOutput(run, constants/* DeployOutputs */.kV.Version, version);
    setOutput(run, constants/* DeployOutputs */.kV.PreviousVersion, previousVersion);
    setOutput(run, constants/* DeployOutputs */.kV.LogPath, (0,files/* displayPath */.Gt)(host.workspace, config.logFile));
    setOutput(run, constants/* DeployOutputs */.kV.EnvironmentUrl, config.environmentUrl);
    run.checks = checks;
    run.base = { checks, version, previousVersion, rollbackPerformed: false };
    run.failed = checks.filter((c) => c.status === 'fail');
    setOutput(run, constants/* DeployOutputs */.kV.FailedChecks, JSON.stringify(run.failed.map((c) => ({ id: c.id, detail: c.detail }))));
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
    return { ...run.stepBase, action: p.action, version: run.version, previousVersion: run.previousVersion, slot: p.slot, otherSlot: p.slot ? (0,strategy/* idleSlot */.f0)(p.slot) : '', trafficPercent: p.trafficPercent };
}
/** The plan, in the summary; for a dry run, the outcome (whatever the checks found: nothing changes). */
function planStage(run) {
    const { host, config, store, log, redactor } = run.ctx;
    const { history, version, previousVersion, rollbackMode, failed } = run;
    run.activeSlot = slotOf(history.current);
    run.slot = !rollbackMode && config.strategy.slotted ? (0,strategy/* idleSlot */.f0)(run.activeSlot) : '';
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
    run.summary.push('### Plan (dry run: nothing was changed)', '', `${failed.length ? '❌' : '✅'} ${what(code).replace(/^d|^r/, (c) => c.toUpperCase())} ${cell(verdict)}.`, '', ...plan, '');
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
    setOutput(run, constants/* DeployOutputs */.kV.DeploymentId, deployment.id);
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
            run.summary.push(`❌ Refused: ${cell(why)}; deployment ${deployment.id} was set to inactive and nothing was changed.`, '');
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
    const result = await (0,script/* runScript */.j3)({ input, file: command.program, args: command.args, shown }, {
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
    setOutput(run, constants/* DeployOutputs */.kV.Status, outcome.status);
    setOutput(run, constants/* DeployOutputs */.kV.RollbackPerformed, String(outcome.rollbackPerformed));
    setOutput(run, constants/* DeployOutputs */.kV.RollbackSkipped, outcome.rollbackSkipped ?? '');
    run.summary.push(`**Status:** \`${outcome.status}\`${said ? ` — ${cell(said)}` : ''}`, '');
    await run.ctx.host.appendSummary(run.ctx.redactor.redact(run.summary.join('\n')));
    return outcome;
}
/** {@link finish}, after the steps' and the analysis' tables. */
function finishAll(run, outcome) {
    const { summary, stepRows, analysisRuns } = run;
    if (stepRows.length)
        summary.push('### Steps', '', '| Step | Slot | Traffic | Result |', '| --- | --- | --- | --- |', ...stepRows, '');
    if (analysisRuns.length)
        summary.push('### Analysis', '', ...analysisRuns.flatMap((r) => (0,release/* renderRun */.eJ)(r)), `Every run: \`${run.ctx.config.analysis?.reportShown}\`.`, '');
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
    run.stepRows.push(`| rollback to ${version} | ${step.slot || '—'} | ${step.trafficPercent}% | ${r.outcome === 'ok' ? '✅' : '❌'} ${cell(r.detail ?? r.outcome)} |`);
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
            run.stepRows.push(`| ${label} | ${p.slot || '—'} | ${p.trafficPercent}% | ❌ ${cell(r.detail ?? 'failed')} |`);
            return { failure: `${label} failed: ${r.detail ?? 'the provider failed'}` };
        }
        if (r.url && redactor.holdsSecret(r.url)) {
            // Used to verify, as it is; recorded masked (output, ledger, deployment status, log).
            host.annotate('warning', `the URL the ${config.providerName} step reported holds a secret: it is used as it is, and recorded masked (${redactor.redact(r.url)})`, { title: 'phase-gates deploy' });
        }
        if (!config.environmentUrl && !p.slot && r.url) {
            run.environmentUrl = r.url;
            setOutput(run, constants/* DeployOutputs */.kV.EnvironmentUrl, r.url);
        }
        const v = await verifyStep(run.ctx, p, r.url, label);
        if (signal.aborted)
            return { cancelled: true };
        run.stepRows.push(`| ${label} | ${p.slot || '—'} | ${p.trafficPercent}% | ${v.ok ? '✅' : '❌'} ${cell(v.detail)} |`);
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
        a = await (0,release/* analyseStage */.u2)(analysis, {
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
    await (0,release/* recordRun */.vj)(analysis, { environment: config.environment, version: run.version, deploymentId }, a.run, constants/* DeployInputs */.L2.AnalysisReportPath);
    run.stepRows.push(`| ${stage}: analysis | ${p.slot || '—'} | ${p.trafficPercent}% | ${a.run.phase === 'Successful' ? '✅' : a.ok ? '⚠️' : '❌'} ${cell(a.detail)} |`);
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
        run.stepRows.push(`| rollback | — | — | ➖ skipped: ${cell(reason)} |`);
        await setStatus(run, 'failure', `deploy of ${version} failed; rollback skipped: ${reason}`);
        log.error('deploy.end', { status: 'failure', detail: `rollback skipped: ${reason}` });
        return finishAll(run, { ...withDeployment, ok: false, status: 'failure', rollbackSkipped: reason, message: `${failure}; rollback skipped: ${reason}` });
    }
    const step = rollbackStep(run, back, version, slot);
    log.warn('rollback.start', { from: version, to: back.version, slot: step.slot || undefined });
    const r = await applyStep(run, 'rollback', step, 'rollback');
    run.stepRows.push(`| rollback to ${back.version} | ${step.slot || '—'} | 100% | ${r.outcome === 'ok' ? '✅' : '❌'} ${cell(r.detail ?? r.outcome)} |`);
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
        run.stepRows.push(`| rehearsal | — | — | ➖ skipped: ${cell(reason)} |`);
        host.annotate('warning', `rollback rehearsal skipped: ${reason}; ${version} stays deployed, unrehearsed`, { title: 'phase-gates deploy' });
        return {};
    }
    const first = run.deployment;
    log.info('rehearsal.start', { version, previous: back.version, deployment: first.id });
    host.info(`rehearsing the rollback of ${version}: back to ${back.version}, verify it, then ${version} again`);
    const step = rollbackStep(run, back, version, run.slot);
    const r = await applyStep(run, 'rehearsal', step, 'rollback');
    log.write(r.outcome === 'ok' ? 'INFO' : 'ERROR', 'rehearsal.rollback', { to: back.version, outcome: r.outcome, slot: step.slot || undefined });
    run.stepRows.push(`| rehearsal: rollback to ${back.version} | ${step.slot || '—'} | 100% | ${r.outcome === 'ok' ? '✅' : '❌'} ${cell(r.detail ?? r.outcome)} |`);
    if (r.outcome === 'cancelled' || signal.aborted)
        return { cancelled: true };
    if (r.outcome !== 'ok')
        return rehearsalFailed(run, `rollback rehearsal: the rollback to ${back.version} failed: ${r.detail ?? r.outcome}`);
    // Verified on the environment: after the rollback it serves the previous version, whatever slot.
    const checks = run.ctx.verifyChecks.length ? run.ctx.verifyChecks : [(0,smoke_checks/* defaultCheck */.I0)(constants/* DeployInputs */.L2.VerifyChecks)];
    const url = run.environmentUrl || (step.slot ? slotUrlOf(config, step.slot) : undefined);
    const v = url
        ? await verifyTargets(run.ctx, [{ what: `${back.version} on the environment`, url }], checks, 'rehearsal')
        : { ok: false, detail: `nothing to verify ${back.version} on: set environment-url (or have the deploy step report url=… in $PHASE_GATES_OUTPUT)` };
    if (signal.aborted)
        return { cancelled: true };
    log.write(v.ok ? 'INFO' : 'ERROR', 'rehearsal.verify', { version: back.version, passed: v.ok, detail: v.detail });
    run.stepRows.push(`| rehearsal: verify ${back.version} | ${step.slot || '—'} | 100% | ${v.ok ? '✅' : '❌'} ${cell(v.detail)} |`);
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
    setOutput(run, constants/* DeployOutputs */.kV.DeploymentId, again.id);
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
    const checks = ctx.verifyChecks.length ? ctx.verifyChecks : config.strategy.slotted ? [(0,smoke_checks/* defaultCheck */.I0)(constants/* DeployInputs */.L2.VerifyChecks)] : [];
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
        return new LedgerStore(config.ledgerFile, (0,files/* displayPath */.Gt)(host.workspace, config.ledgerFile), (m) => host.annotate('warning', m, { title: 'phase-gates deploy: ledger' }));
    const { createGitHubClient, clientOptionsFromEnv, repoFromEnv } = await Promise.all(/* import() */[__webpack_require__.e(932), __webpack_require__.e(27)]).then(__webpack_require__.bind(__webpack_require__, 7408));
    const { GitHubStore } = await Promise.all(/* import() */[__webpack_require__.e(932), __webpack_require__.e(348)]).then(__webpack_require__.bind(__webpack_require__, 348));
    try {
        const repo = repoFromEnv(host.env);
        const client = createGitHubClient({ token: config.token, ...clientOptionsFromEnv(host.env), log: (m) => host.info(m) });
        return new GitHubStore(client, repo, constants/* DeployInputs */.L2.Token);
    }
    catch (err) {
        throw errors/* UserError */.y.attribute(err, { input: constants/* DeployInputs */.L2.Token });
    }
}
/** Runs deploy on a host. */
async function runDeploy(host, options = {}) {
    // Everything a user can get wrong is found before anything is written or run.
    const config = (0,deploy_config/* readDeployConfig */.Q)(host);
    await (0,freeze/* loadCalendars */.O8)(config.freezeWindows, host.workspace, constants/* DeployInputs */.L2.FreezeWindows);
    const gates = await loadGatesReport(config.gatesReport, host.workspace);
    const verifyChecks = config.verifyChecks ? await (0,smoke_checks/* loadChecks */.o$)(config.verifyChecks, constants/* DeployInputs */.L2.VerifyChecks, host.workspace) : [];
    // The freeze check reads the machine's clock: no input or variable moves it.
    const now = new Date();
    const redactor = new secrets/* Redactor */.pO((value) => host.setSecret(value));
    redactor.add(config.token);
    for (const name of config.requiredSecrets)
        redactor.add(host.env[name]);
    // The rehearsal's server: its password, and the URL holding it.
    redactor.add(config.migrations?.databaseUrl);
    redactor.add(config.migrations && (0,migrations/* databasePassword */.rd)(config.migrations.databaseUrl));
    const store = await openStore(host, config);
    const log = audit_log/* AuditLog */.S.open(config.logFile, redactor, (0,files/* displayPath */.Gt)(host.workspace, config.logFile), constants/* DeployInputs */.L2.LogPath);
    // Without a signal from the caller, SIGINT and SIGTERM cancel the run. The signal is logged at
    // once, synchronously (only the first: the log still ends with `cancelled`).
    const cancel = options.signal ? undefined : (0,core_cancel/* onCancel */.Ao)((name) => log.warn('signal', { signal: name }));
    const signal = options.signal ?? cancel.signal;
    try {
        const outcome = await executeDeploy({ host, config, gates, store, log, redactor, signal, verifyChecks, now });
        return { ok: outcome.ok, message: outcome.message, outcome };
    }
    catch (err) {
        log.error('internal', { error: err instanceof errors/* UserError */.y ? err.render() : err.message });
        throw err;
    }
    finally {
        log.close();
        cancel?.dispose();
    }
}


/***/ }),

/***/ 7161:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Xe: () => (/* binding */ checkAttestation),
/* harmony export */   hx: () => (/* binding */ readAttestationConfig)
/* harmony export */ });
/* unused harmony exports GITHUB_ACTIONS_ISSUER, MAX_BUNDLE_BYTES, MAX_BUNDLES, MAX_TRUSTED_ROOT_BYTES, parseSigner, signerMatches, fileDigests */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(906);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6512);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4358);
/* harmony import */ var _json_position_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5001);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5146);
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
function parseSigner(text, name = _constants_js__WEBPACK_IMPORTED_MODULE_2__/* .DeployInputs */ .L2.AttestationSigner) {
    const lines = text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
    let issuer;
    let identity;
    for (const line of lines) {
        const m = /^issuer:\s*(\S+)$/.exec(line);
        if (m) {
            if (issuer)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .y('issuer given twice', { input: name });
            if (!/^https:\/\/\S+$/.test(m[1]))
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .y(`the issuer must be an https URL, got ${JSON.stringify(m[1])}`, { input: name });
            issuer = m[1];
        }
        else if (identity)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .y(`one identity a deploy, got a second line ${JSON.stringify(line)}`, { input: name, hint: 'the workflow, a whole identity or a /regular expression/, and optionally a line issuer: URL' });
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
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .y(`not a regular expression: ${err.message}`, { input: name });
        }
        return { signer: { text: identity, kind: 'regexp', value: identity.slice(1, -1), regexp }, issuer };
    }
    if (/^https?:\/\//.test(identity) || /^[^/\s@]+@[^/\s@]+$/.test(identity))
        return { signer: { text: identity, kind: 'exact', value: identity }, issuer };
    // [host/]owner/repo/.github/workflows/file.yml[@ref]: the host is github.com unless the first part names one.
    const m = /^(?:([a-z0-9-]+(?:\.[a-z0-9-]+)+)\/)?([\w.-]+\/[\w.-]+\/\.github\/workflows\/[^@\s]+\.ya?ml)(?:@(\S+))?$/i.exec(identity);
    if (!m) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .y(`not a signer: ${JSON.stringify(identity)}`, {
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
    const file = (0,_files_js__WEBPACK_IMPORTED_MODULE_4__/* .resolveInWorkspace */ .z1)(workspace, given, name);
    const shown = (0,_files_js__WEBPACK_IMPORTED_MODULE_4__/* .displayPath */ .Gt)(workspace, file);
    let size;
    try {
        const st = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(file);
        if (!st.isFile())
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .y(`${shown} is not a file`, { input: name });
        size = st.size;
    }
    catch (err) {
        if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .y)
            throw err;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .y(`cannot read ${shown}: ${err.code ?? err.message}`, { input: name });
    }
    if (size > max)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .y(`${shown} is ${size} bytes, more than the ${max} read`, { input: name });
    let bytes;
    try {
        bytes = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(file);
    }
    catch (err) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .y(`cannot read ${shown}: ${err.code ?? err.message}`, { input: name });
    }
    const text = bytes.toString('utf8');
    if (bytes.includes(0) || text.includes('\uFFFD'))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .y('binary, not JSON', { input: name, file: shown });
    if (!text.trim())
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .y('empty', { input: name, file: shown });
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
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .y(`not ${what}: a JSON ${Array.isArray(json) ? 'array' : typeof json}`, { input: name, file: shown, line });
        const type = json.mediaType;
        if (typeof type !== 'string' || !mediaType.test(type)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .y(`not ${what}: mediaType is ${typeof type === 'string' ? JSON.stringify(type) : 'missing'}`, { input: name, file: shown, line });
        }
        objects.push({ line, json: json });
    };
    let whole;
    try {
        check(JSON.parse(text));
        return objects;
    }
    catch (err) {
        if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .y)
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .y(`not JSON (${jsonError(whole)})`, { input: name, file: shown, line: lineOfError(text) });
    for (let i = 0; i < lines.length; i++) {
        if (!lines[i].trim())
            continue;
        if (objects.length >= max)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .y(`more than ${max} ${what}s`, { input: name, file: shown, line: i + 1 });
        let json;
        try {
            json = JSON.parse(lines[i]);
        }
        catch (err) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .y(`not JSON (${jsonError(err)})`, { input: name, file: shown, line: i + 1 });
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
    return text.slice(0, (0,_json_position_js__WEBPACK_IMPORTED_MODULE_6__/* .jsonErrorOffset */ .O)(text)).split('\n').length;
}
/** The artifact of `verify-attestation`: `sha256:<hex>`, or a file of the workspace. */
function readSubject(workspace, given) {
    const digest = /^sha256:([0-9a-fA-F]*)$/.exec(given);
    if (digest) {
        if (digest[1].length !== 64)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .y(`${given} is not a sha256 digest (64 hex digits)`, { input: _constants_js__WEBPACK_IMPORTED_MODULE_2__/* .DeployInputs */ .L2.VerifyAttestation });
        return { kind: 'digest', algorithm: 'sha256', hex: digest[1].toLowerCase() };
    }
    if (/^[a-z0-9]+:[0-9a-f]{16,}$/i.test(given))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .y(`only sha256 digests are verified, got ${given.split(':')[0]}`, { input: _constants_js__WEBPACK_IMPORTED_MODULE_2__/* .DeployInputs */ .L2.VerifyAttestation });
    const file = (0,_files_js__WEBPACK_IMPORTED_MODULE_4__/* .resolveInWorkspace */ .z1)(workspace, given, _constants_js__WEBPACK_IMPORTED_MODULE_2__/* .DeployInputs */ .L2.VerifyAttestation);
    const shown = (0,_files_js__WEBPACK_IMPORTED_MODULE_4__/* .displayPath */ .Gt)(workspace, file);
    let isFile = false;
    try {
        isFile = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(file).isFile();
    }
    catch (err) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .y(`cannot read ${shown}: ${err.code ?? err.message}`, { input: _constants_js__WEBPACK_IMPORTED_MODULE_2__/* .DeployInputs */ .L2.VerifyAttestation, hint: 'the artifact to deploy (a file path) or its digest sha256:<hex>' });
    }
    if (!isFile)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .y(`${shown} is not a file`, { input: _constants_js__WEBPACK_IMPORTED_MODULE_2__/* .DeployInputs */ .L2.VerifyAttestation, hint: 'the artifact to deploy (a file path) or its digest sha256:<hex>' });
    return { kind: 'file', file, shown };
}
/** The repository whose workflows must have built the artifact, as a URL ('' for `*`: not checked). */
function readRepository(host) {
    const v = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .input */ .hF)(host, _constants_js__WEBPACK_IMPORTED_MODULE_2__/* .DeployInputs */ .L2.AttestationRepository, host.env.GITHUB_REPOSITORY ?? '');
    // `*`: no repository is checked, the signer identity alone decides (gh attestation verify --owner's looser cousin).
    if (!v || v === '*')
        return '';
    if (/^https:\/\/[^/\s]+\/[\w.-]+\/[\w.-]+$/.test(v))
        return v;
    if (!/^[\w.-]+\/[\w.-]+$/.test(v))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .y(`not owner/repo: ${JSON.stringify(v)}`, { input: _constants_js__WEBPACK_IMPORTED_MODULE_2__/* .DeployInputs */ .L2.AttestationRepository, hint: 'e.g. acme/shop, or https://acme.ghe.com/acme/shop' });
    return `${(host.env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '')}/${v}`;
}
/**
 * Reads the attestation inputs: undefined when verify-attestation is empty (the check is then
 * skipped, and the other attestation inputs must be empty too). Throws one UserError carrying
 * every problem found; reads the bundle and trusted root files, but loads no Sigstore library.
 */
function readAttestationConfig(host) {
    const errors = [];
    const attempt = (0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .collecting */ .H)(errors);
    const ws = host.workspace;
    const given = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .input */ .hF)(host, _constants_js__WEBPACK_IMPORTED_MODULE_2__/* .DeployInputs */ .L2.VerifyAttestation);
    const others = [_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .DeployInputs */ .L2.AttestationBundle, _constants_js__WEBPACK_IMPORTED_MODULE_2__/* .DeployInputs */ .L2.AttestationTrustedRoot, _constants_js__WEBPACK_IMPORTED_MODULE_2__/* .DeployInputs */ .L2.AttestationSigner, _constants_js__WEBPACK_IMPORTED_MODULE_2__/* .DeployInputs */ .L2.AttestationKey].filter((n) => (0,_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .input */ .hF)(host, n));
    if (!given) {
        if (others.length)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .y(`${others.join(', ')} set but verify-attestation is empty: nothing to verify`, { input: _constants_js__WEBPACK_IMPORTED_MODULE_2__/* .DeployInputs */ .L2.VerifyAttestation, hint: 'the artifact to deploy (a file path) or its digest sha256:<hex>' });
        return undefined;
    }
    const subject = attempt(() => readSubject(ws, given), undefined);
    const bundleGiven = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .input */ .hF)(host, _constants_js__WEBPACK_IMPORTED_MODULE_2__/* .DeployInputs */ .L2.AttestationBundle);
    let bundleShown = '';
    const bundles = attempt(() => {
        if (!bundleGiven)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .y('required with verify-attestation and not supplied', { input: _constants_js__WEBPACK_IMPORTED_MODULE_2__/* .DeployInputs */ .L2.AttestationBundle, hint: 'the Sigstore bundle: gh attestation download writes sha256:<digest>.jsonl' });
        const { text, shown } = readTextFile(ws, bundleGiven, _constants_js__WEBPACK_IMPORTED_MODULE_2__/* .DeployInputs */ .L2.AttestationBundle, MAX_BUNDLE_BYTES);
        bundleShown = shown;
        return jsonObjects(text, shown, _constants_js__WEBPACK_IMPORTED_MODULE_2__/* .DeployInputs */ .L2.AttestationBundle, 'a Sigstore bundle', BUNDLE_MEDIA_TYPE, MAX_BUNDLES).map((o) => ({ where: o.line ? `${shown}:${o.line}` : shown, json: o.json }));
    }, []);
    const key = attempt(() => {
        const v = host.getInput(_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .DeployInputs */ .L2.AttestationKey).trim();
        if (!v)
            return undefined;
        const inline = v.startsWith('-----BEGIN');
        const { text, shown } = inline ? { text: v, shown: 'the attestation-key input' } : readTextFile(ws, v, _constants_js__WEBPACK_IMPORTED_MODULE_2__/* .DeployInputs */ .L2.AttestationKey, 64 * 1024);
        try {
            const object = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)(text);
            return { pem: text, shown, object };
        }
        catch (err) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .y(`not a PEM public key${inline ? '' : ` (${shown})`}: ${err.message.split('\n')[0]}`, { input: _constants_js__WEBPACK_IMPORTED_MODULE_2__/* .DeployInputs */ .L2.AttestationKey, hint: 'cosign public-key prints it: -----BEGIN PUBLIC KEY-----…' });
        }
    }, undefined);
    const rootGiven = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .input */ .hF)(host, _constants_js__WEBPACK_IMPORTED_MODULE_2__/* .DeployInputs */ .L2.AttestationTrustedRoot);
    let trustedRootShown;
    const trustedRoots = attempt(() => {
        if (!rootGiven) {
            if (key || (0,_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .input */ .hF)(host, _constants_js__WEBPACK_IMPORTED_MODULE_2__/* .DeployInputs */ .L2.AttestationKey))
                return [];
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .y('required with verify-attestation and not supplied: verification is offline, against this file only', { input: _constants_js__WEBPACK_IMPORTED_MODULE_2__/* .DeployInputs */ .L2.AttestationTrustedRoot, hint: 'gh attestation trusted-root > trusted_root.jsonl, or give attestation-key for a key-based signature' });
        }
        const { text, shown } = readTextFile(ws, rootGiven, _constants_js__WEBPACK_IMPORTED_MODULE_2__/* .DeployInputs */ .L2.AttestationTrustedRoot, MAX_TRUSTED_ROOT_BYTES);
        trustedRootShown = shown;
        return jsonObjects(text, shown, _constants_js__WEBPACK_IMPORTED_MODULE_2__/* .DeployInputs */ .L2.AttestationTrustedRoot, 'a Sigstore trusted root', TRUSTED_ROOT_MEDIA_TYPE, 16).map((o) => o.json);
    }, []);
    const { signer, issuer } = attempt(() => parseSigner(host.getInput(_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .DeployInputs */ .L2.AttestationSigner)), {});
    if ((0,_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .input */ .hF)(host, _constants_js__WEBPACK_IMPORTED_MODULE_2__/* .DeployInputs */ .L2.AttestationKey) && (0,_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .input */ .hF)(host, _constants_js__WEBPACK_IMPORTED_MODULE_2__/* .DeployInputs */ .L2.AttestationSigner)) {
        errors.push(new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .y('a key-based signature has no certificate identity to check: give attestation-signer or attestation-key, not both', { input: _constants_js__WEBPACK_IMPORTED_MODULE_2__/* .DeployInputs */ .L2.AttestationSigner }));
    }
    const repository = attempt(() => (key ? '' : readRepository(host)), '');
    if (errors.length)
        throw _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .y.several(errors);
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
    const a = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    const b = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha512');
    for await (const chunk of (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(file)) {
        a.update(chunk);
        b.update(chunk);
    }
    return { sha256: a.digest('hex'), sha512: b.digest('hex') };
}
/** Whether a signature over the file's bytes verifies with `key` (streamed). */
async function verifyFileSignature(file, key, signature, algorithm) {
    const verifier = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createVerify)(algorithm);
    for await (const chunk of (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(file))
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
const short = (hex) => `${hex.slice(0, 12)}…`;
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
            const named = subjects.flatMap((s) => Object.entries(s?.digest ?? {}).map(([alg, hex]) => `${alg}:${short(String(hex))}`));
            return { ok: false, why: `its statement is for ${named.join(', ') || 'no subject'}, not sha256:${short(digests.sha256)}` };
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
            return { ok: false, why: `it signs the digest ${short(hex)}, not the artifact's ${short(digests.sha256)}` };
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
        return raw ? (/^O=(.*)$/m.exec(new node_crypto__WEBPACK_IMPORTED_MODULE_0__.X509Certificate(raw).issuer)?.[1] ?? '') : '';
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
    const artifact = config.subject.kind === 'file' ? `${config.subject.shown} (sha256:${short(digests.sha256)})` : `sha256:${short(digests.sha256)}`;
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


/***/ }),

/***/ 5376:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Q: () => (/* binding */ readDeployConfig)
});

// UNUSED EXPORTS: isProduction

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./.build/src/core/yaml-bounds.js
var yaml_bounds = __webpack_require__(9147);
// EXTERNAL MODULE: ./.build/src/core/errors.js
var core_errors = __webpack_require__(6512);
// EXTERNAL MODULE: ./.build/src/core/constants.js
var constants = __webpack_require__(906);
// EXTERNAL MODULE: ./.build/src/core/inputs.js
var inputs = __webpack_require__(5146);
// EXTERNAL MODULE: ./.build/src/core/files.js + 1 modules
var files = __webpack_require__(4358);
// EXTERNAL MODULE: ./.build/src/core/deploy/freeze.js
var freeze = __webpack_require__(8656);
// EXTERNAL MODULE: ./.build/src/core/deploy/version.js
var deploy_version = __webpack_require__(1099);
// EXTERNAL MODULE: ./.build/src/core/deploy/script.js + 1 modules
var deploy_script = __webpack_require__(8166);
// EXTERNAL MODULE: ./.build/src/core/deploy/strategy.js
var deploy_strategy = __webpack_require__(9462);
// EXTERNAL MODULE: ./.build/src/core/deploy/provider.js
var deploy_provider = __webpack_require__(1518);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
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
        if (!deploy_strategy/* SLOTS */._f.includes(slot))
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

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
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
const DIGEST = /^sha256:[0-9a-f]{64}$/;
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
    if (DIGEST.test(version))
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

// EXTERNAL MODULE: ./.build/src/core/deploy/attestation.js
var deploy_attestation = __webpack_require__(7161);
// EXTERNAL MODULE: ./.build/src/core/analysis/release.js + 2 modules
var release = __webpack_require__(2617);
// EXTERNAL MODULE: ./.build/src/core/deploy/migrations/index.js + 4 modules
var deploy_migrations = __webpack_require__(8797);
// EXTERNAL MODULE: ./.build/src/core/github/environment-protection.js
var environment_protection = __webpack_require__(320);
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
        const v = (0,inputs/* input */.hF)(host, constants/* DeployInputs */.L2.Environment);
        if (!v)
            throw new core_errors/* UserError */.y('required and not supplied', { input: constants/* DeployInputs */.L2.Environment, hint: 'e.g. staging or production' });
        // GitHub takes up to 255 characters; ours are letters, digits, `_ . - /` and inner spaces, and
        // no part between slashes is empty, `.` or `..` (a name is never a path out of anywhere).
        if (!/^[\w.\-/ ]{1,255}$/.test(v) || v !== v.trim() || v.split('/').some((part) => part === '' || part === '.' || part === '..')) {
            throw new core_errors/* UserError */.y(`not an environment name: ${JSON.stringify(v)}`, { input: constants/* DeployInputs */.L2.Environment, hint: 'letters, digits, _ . - / and inner spaces, up to 255 characters, no empty, . or .. part between slashes' });
        }
        return v;
    }, '');
    const mode = attempt(() => {
        const v = (0,inputs/* input */.hF)(host, constants/* DeployInputs */.L2.Mode, 'deploy');
        if (v !== 'deploy' && v !== 'rollback')
            throw new core_errors/* UserError */.y(`must be deploy or rollback, got ${JSON.stringify(v)}`, { input: constants/* DeployInputs */.L2.Mode });
        return v;
    }, 'deploy');
    const providerName = attempt(() => {
        const v = (0,inputs/* input */.hF)(host, constants/* DeployInputs */.L2.Provider, 'command');
        if (v === 'command')
            return v;
        if (deploy_provider/* PROVIDERS */.x.includes(v))
            return v;
        throw new core_errors/* UserError */.y(`unknown provider ${JSON.stringify(v)}`, { input: constants/* DeployInputs */.L2.Provider, hint: `one of ${deploy_provider/* PROVIDERS */.x.join(', ')}` });
    }, 'command');
    const providerOptions = attempt(() => {
        const v = host.getInput(constants/* DeployInputs */.L2.ProviderOptions).trim();
        if (!v)
            return {};
        let parsed;
        try {
            (0,yaml_bounds/* checkYamlBounds */.jt)(v, yaml_bounds/* YAML_BOUNDS */.Y8.input, { input: constants/* DeployInputs */.L2.ProviderOptions });
            parsed = (0,dist/* parse */.qg)(v, { maxAliasCount: yaml_bounds/* YAML_BOUNDS */.Y8.input.maxAliases });
        }
        catch (err) {
            if (err instanceof core_errors/* UserError */.y)
                throw err;
            throw new core_errors/* UserError */.y(`not YAML: ${err.message.split('\n')[0]}`, { input: constants/* DeployInputs */.L2.ProviderOptions });
        }
        if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
            throw new core_errors/* UserError */.y('must be a YAML mapping', { input: constants/* DeployInputs */.L2.ProviderOptions });
        return parsed;
    }, {});
    const sha = (host.env.GITHUB_SHA ?? '').trim();
    const version = attempt(() => {
        const v = (0,inputs/* input */.hF)(host, constants/* DeployInputs */.L2.Version, sha);
        if (mode === 'deploy')
            (0,deploy_version/* assertVersionSyntax */.y)(v, constants/* DeployInputs */.L2.Version);
        else if (v)
            (0,deploy_version/* assertVersionSyntax */.y)(v, constants/* DeployInputs */.L2.Version);
        return v;
    }, '');
    const script = (name) => attempt(() => {
        const v = host.getInput(name).trim();
        return v ? (0,deploy_script/* parseScript */.tl)(v, name, ws, host.env) : undefined;
    }, undefined);
    const run = script(constants/* DeployInputs */.L2.Run);
    const rollbackRun = script(constants/* DeployInputs */.L2.RollbackRun);
    const migrateRun = script(constants/* DeployInputs */.L2.MigrateRun);
    const migrations = attempt(() => (0,deploy_migrations/* readMigrationsConfig */.Cj)(host), undefined);
    if (providerName === 'command' && mode === 'deploy' && !host.getInput(constants/* DeployInputs */.L2.Run).trim()) {
        errors.push(new core_errors/* UserError */.y('required for provider command and not supplied', { input: constants/* DeployInputs */.L2.Run, hint: 'the deploy script, e.g. ./deploy.sh' }));
    }
    if (providerName === 'command' && mode === 'rollback' && !host.getInput(constants/* DeployInputs */.L2.RollbackRun).trim() && !host.getInput(constants/* DeployInputs */.L2.Run).trim()) {
        errors.push(new core_errors/* UserError */.y('mode rollback needs rollback-run (or run, called with the previous version)', { input: constants/* DeployInputs */.L2.RollbackRun }));
    }
    const canarySteps = attempt(() => (0,deploy_strategy/* parseCanarySteps */.NT)((0,inputs/* input */.hF)(host, constants/* DeployInputs */.L2.CanarySteps, '10,50,100'), constants/* DeployInputs */.L2.CanarySteps), [10, 50, 100]);
    const strategy = attempt(() => (0,deploy_strategy/* createStrategy */.WM)((0,inputs/* input */.hF)(host, constants/* DeployInputs */.L2.Strategy, 'direct'), constants/* DeployInputs */.L2.Strategy, canarySteps), (0,deploy_strategy/* createStrategy */.WM)('direct', constants/* DeployInputs */.L2.Strategy));
    const provider = attempt(() => {
        if (providerName === 'command')
            return new CommandProvider(run, rollbackRun, commandOptions(providerOptions, constants/* DeployInputs */.L2.ProviderOptions));
        return createProvider(providerName, providerOptions, { input: constants/* DeployInputs */.L2.ProviderOptions, environment });
    }, undefined);
    if (provider && !provider.strategies.includes(strategy.name)) {
        const why = providerName === 'command' ? undefined : strategyRefusal(providerName, strategy.name);
        errors.push(new core_errors/* UserError */.y(`provider ${provider.name} does not support strategy ${strategy.name}${why ? `: ${why}` : ''}`, { input: constants/* DeployInputs */.L2.Strategy, hint: `with ${provider.name}: ${provider.strategies.join(', ')}` }));
    }
    if (providerName !== 'command') {
        for (const name of [constants/* DeployInputs */.L2.Run, constants/* DeployInputs */.L2.RollbackRun]) {
            if (host.getInput(name).trim())
                errors.push(new core_errors/* UserError */.y(`only for provider command; provider ${providerName} runs its CLI`, { input: name, hint: 'remove it, or use migrate-run for steps of your own before the deploy' }));
        }
    }
    for (const program of provider?.programs ?? []) {
        if (!(0,deploy_script/* findOnPath */.aY)(program, host.env))
            errors.push(new core_errors/* UserError */.y(`${program}: command not found on PATH (provider ${provider.name} runs it)`, { input: constants/* DeployInputs */.L2.Provider, hint: `install ${program} on the runner, or set up its action before this step` }));
    }
    // Production by its name (production, prod, production-eu), or as the workflow says (`production: true` for `live`).
    const production = attempt(() => (0,inputs/* booleanInput */.tE)(host, constants/* DeployInputs */.L2.Production, isProduction(environment)), isProduction(environment));
    const requireGates = attempt(() => (0,inputs/* booleanInput */.tE)(host, constants/* DeployInputs */.L2.RequireGates, production), production);
    const stagingEnvironment = (0,inputs/* input */.hF)(host, constants/* DeployInputs */.L2.StagingEnvironment, 'staging');
    const requireStaging = attempt(() => (0,inputs/* booleanInput */.tE)(host, constants/* DeployInputs */.L2.RequireStaging, production), production);
    const rehearseRollback = attempt(() => readRehearseRollback(host, { environment, stagingEnvironment, production, mode }), { mode: 'false', defaulted: true });
    // The weekend freeze guards production by default; staging and the others take deploys any day.
    const freezeDefault = (0,inputs/* input */.hF)(host, constants/* DeployInputs */.L2.FreezeWindows) === '';
    const freezeText = (0,inputs/* input */.hF)(host, constants/* DeployInputs */.L2.FreezeWindows, production ? freeze/* DEFAULT_FREEZE */.wH : 'none');
    const freezeWindows = attempt(() => (0,freeze/* parseFreezeWindows */.Gg)(freezeText, constants/* DeployInputs */.L2.FreezeWindows), []);
    const timezone = attempt(() => (0,freeze/* checkTimeZone */.s5)((0,inputs/* input */.hF)(host, constants/* DeployInputs */.L2.Timezone, 'UTC'), constants/* DeployInputs */.L2.Timezone), 'UTC');
    const freezeOverride = (0,inputs/* input */.hF)(host, constants/* DeployInputs */.L2.FreezeOverride);
    const changelog = (0,inputs/* input */.hF)(host, constants/* DeployInputs */.L2.Changelog, 'CHANGELOG.md');
    const changelogFile = attempt(() => (0,files/* resolveInWorkspace */.z1)(ws, changelog, constants/* DeployInputs */.L2.Changelog), '');
    const requireChangelog = attempt(() => (0,inputs/* booleanInput */.tE)(host, constants/* DeployInputs */.L2.RequireChangelog, production), production);
    const requiredSecrets = attempt(() => {
        const names = (0,files/* splitList */.ry)(host.getInput(constants/* DeployInputs */.L2.RequiredSecrets));
        const bad = names.filter((n) => !/^[A-Za-z_][A-Za-z0-9_]*$/.test(n));
        if (bad.length)
            throw new core_errors/* UserError */.y(`not environment variable names: ${bad.map((b) => JSON.stringify(b)).join(', ')}`, { input: constants/* DeployInputs */.L2.RequiredSecrets, hint: 'give the names of variables, not their values' });
        return names;
    }, []);
    const region = (0,inputs/* input */.hF)(host, constants/* DeployInputs */.L2.Region);
    const allowedRegions = (0,files/* splitList */.ry)(host.getInput(constants/* DeployInputs */.L2.AllowedRegions));
    const environmentUrl = attempt(() => {
        const v = (0,inputs/* input */.hF)(host, constants/* DeployInputs */.L2.EnvironmentUrl);
        if (!v)
            return '';
        let url;
        try {
            url = new URL(v);
        }
        catch {
            throw new core_errors/* UserError */.y(`not a URL: ${JSON.stringify(v)}`, { input: constants/* DeployInputs */.L2.EnvironmentUrl });
        }
        if (url.protocol !== 'http:' && url.protocol !== 'https:')
            throw new core_errors/* UserError */.y('must be an http or https URL', { input: constants/* DeployInputs */.L2.EnvironmentUrl });
        return v;
    }, '');
    const timeoutMs = attempt(() => {
        const v = (0,inputs/* input */.hF)(host, constants/* DeployInputs */.L2.TimeoutMinutes, '30');
        const n = Number(v);
        if (!Number.isFinite(n) || n <= 0 || n > 360)
            throw new core_errors/* UserError */.y(`must be a number of minutes above 0 and at most 360, got ${JSON.stringify(v)}`, { input: constants/* DeployInputs */.L2.TimeoutMinutes });
        return Math.round(n * 60_000);
    }, 30 * 60_000);
    const lockStaleMs = attempt(() => {
        const v = (0,inputs/* input */.hF)(host, constants/* DeployInputs */.L2.LockStaleMinutes, '60');
        const n = Number(v);
        if (!Number.isFinite(n) || n < 1 || n > 1440)
            throw new core_errors/* UserError */.y(`must be a number of minutes from 1 to 1440, got ${JSON.stringify(v)}`, { input: constants/* DeployInputs */.L2.LockStaleMinutes });
        return Math.round(n * 60_000);
    }, 60 * 60_000);
    const dryRun = attempt(() => (0,inputs/* booleanInput */.tE)(host, constants/* DeployInputs */.L2.DryRun, false), false);
    const logFile = attempt(() => (0,files/* resolveOutputInWorkspace */.kc)(ws, (0,inputs/* input */.hF)(host, constants/* DeployInputs */.L2.LogPath, constants/* Defaults */.Hw.DeployLog), constants/* DeployInputs */.L2.LogPath), '');
    const ledgerFile = attempt(() => (0,files/* resolveOutputInWorkspace */.kc)(ws, (0,inputs/* input */.hF)(host, constants/* DeployInputs */.L2.LedgerPath, constants/* DEPLOY_LEDGER_DEFAULT */.ID), constants/* DeployInputs */.L2.LedgerPath), '');
    const token = (0,inputs/* input */.hF)(host, constants/* DeployInputs */.L2.Token);
    const requireCiGreen = attempt(() => (0,inputs/* booleanInput */.tE)(host, constants/* DeployInputs */.L2.RequireCiGreen, true), true);
    const ciWaitMs = attempt(() => {
        const v = (0,inputs/* input */.hF)(host, constants/* DeployInputs */.L2.CiWaitMinutes, '10');
        const n = Number(v);
        if (v === '' || !Number.isFinite(n) || n < 0 || n > 360)
            throw new core_errors/* UserError */.y(`must be a number of minutes from 0 to 360, got ${JSON.stringify(v)}`, { input: constants/* DeployInputs */.L2.CiWaitMinutes, hint: '0 does not wait for pending checks' });
        return Math.round(n * 60_000);
    }, 10 * 60_000);
    const requireApproval = attempt(() => {
        const v = (0,inputs/* input */.hF)(host, constants/* DeployInputs */.L2.RequireApproval, production ? 'reviewers' : 'false');
        if (environment_protection/* APPROVAL_REQUIREMENTS */.zo.includes(v))
            return v;
        throw new core_errors/* UserError */.y(`must be one of ${environment_protection/* APPROVAL_REQUIREMENTS */.zo.join(', ')}, got ${JSON.stringify(v)}`, { input: constants/* DeployInputs */.L2.RequireApproval });
    }, production ? 'reviewers' : 'false');
    const analysis = attempt(() => (0,release/* readAnalysisConfig */.jh)(host, { analysis: constants/* DeployInputs */.L2.Analysis, args: constants/* DeployInputs */.L2.AnalysisArgs, onInconclusive: constants/* DeployInputs */.L2.OnInconclusive, reportPath: constants/* DeployInputs */.L2.AnalysisReportPath }, release/* EMBEDDED_DEFAULTS */.W9), undefined);
    const attestation = attempt(() => (0,deploy_attestation/* readAttestationConfig */.hx)(host), undefined);
    if (strategy.name === 'canary' && providerName === 'command' && !environmentUrl && !providerOptions['slot-urls']) {
        // Each share is verified before the next: with nothing to verify on, a canary cannot be told
        // from an outage, so it is refused before anything runs.
        errors.push(new core_errors/* UserError */.y('canary needs a URL to verify each step on: set environment-url (or provider-options slot-urls)', { input: constants/* DeployInputs */.L2.Strategy }));
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
        verifyChecks: host.getInput(constants/* DeployInputs */.L2.VerifyChecks).trim(),
        analysis,
        gatesReport: host.getInput(constants/* DeployInputs */.L2.GatesReport).trim(),
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
    const v = (0,inputs/* input */.hF)(host, constants/* DeployInputs */.L2.RehearseRollback).toLowerCase();
    if (v === '')
        return { mode: at.production ? 'required' : 'false', defaulted: true };
    if (v !== 'true' && v !== 'false' && v !== 'required')
        throw new core_errors/* UserError */.y(`must be true, false or required, got ${JSON.stringify(v)}`, { input: constants/* DeployInputs */.L2.RehearseRollback });
    if (v === 'true' && at.mode === 'deploy' && at.environment !== at.stagingEnvironment) {
        throw new core_errors/* UserError */.y(`true rehearses the rollback in the staging environment (${at.stagingEnvironment}), not in ${at.environment}`, {
            input: constants/* DeployInputs */.L2.RehearseRollback,
            hint: `rehearse in ${at.stagingEnvironment}; here use required to refuse a version whose rollback was not rehearsed`
        });
    }
    return { mode: v, defaulted: false };
}


/***/ }),

/***/ 8656:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gg: () => (/* binding */ parseFreezeWindows),
/* harmony export */   LU: () => (/* binding */ describeFreeze),
/* harmony export */   O8: () => (/* binding */ loadCalendars),
/* harmony export */   WO: () => (/* binding */ activeFreeze),
/* harmony export */   Xb: () => (/* binding */ wallClock),
/* harmony export */   s5: () => (/* binding */ checkTimeZone),
/* harmony export */   wH: () => (/* binding */ DEFAULT_FREEZE)
/* harmony export */ });
/* unused harmony export MAX_DAYS_BEFORE */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6512);
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
            errors.push(new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`not a freeze window: ${JSON.stringify(item)}`, { input, hint: SYNTAX_HINT }));
    }
    if (errors.length)
        throw _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y.several(errors);
    return windows;
}
/** Checks an IANA zone name; a UserError naming `input` when Intl does not know it. */
function checkTimeZone(zone, input) {
    try {
        return new Intl.DateTimeFormat('en-US', { timeZone: zone }).resolvedOptions().timeZone;
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`unknown time zone ${JSON.stringify(zone)}`, { input, hint: 'an IANA name such as UTC, Europe/Berlin or America/New_York' });
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
            if (!(err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y))
                throw err;
            errors.push(err);
        }
    }
    if (errors.length)
        throw _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y.several(errors);
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


/***/ }),

/***/ 8797:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  wE: () => (/* binding */ checkMigrations),
  rd: () => (/* binding */ databasePassword),
  Cj: () => (/* binding */ readMigrationsConfig)
});

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: ./.build/src/core/errors.js
var core_errors = __webpack_require__(6512);
// EXTERNAL MODULE: ./.build/src/core/constants.js
var constants = __webpack_require__(906);
// EXTERNAL MODULE: ./.build/src/core/inputs.js
var inputs = __webpack_require__(5146);
// EXTERNAL MODULE: ./.build/src/core/files.js + 1 modules
var core_files = __webpack_require__(4358);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
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
const KINDS = ['drop-table', 'drop-column', 'alter-type', 'rename', 'index-not-concurrent', 'set-not-null', 'add-not-null'];
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

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
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
    const given = (0,inputs/* input */.hF)(host, constants/* DeployInputs */.L2.MigrateCheck);
    const url = (0,inputs/* input */.hF)(host, constants/* DeployInputs */.L2.MigrateDatabaseUrl);
    const allowText = host.getInput(constants/* DeployInputs */.L2.MigrateAllow);
    const expandContract = attempt(() => (0,inputs/* booleanInput */.tE)(host, constants/* DeployInputs */.L2.ExpandContract, false), false);
    if (!given) {
        // `expand-contract: false` (its default, as a caller passing its own input on gives it) says nothing.
        for (const [name, set] of [[constants/* DeployInputs */.L2.MigrateDatabaseUrl, url], [constants/* DeployInputs */.L2.MigrateAllow, allowText.trim()], [constants/* DeployInputs */.L2.ExpandContract, expandContract]]) {
            if (set)
                errors.push(new core_errors/* UserError */.y('only with migrate-check (the migrations directory to rehearse)', { input: name }));
        }
        if (errors.length)
            throw core_errors/* UserError */.y.several(errors);
        return undefined;
    }
    const dir = attempt(() => (0,core_files/* resolveInWorkspace */.z1)(host.workspace, given, constants/* DeployInputs */.L2.MigrateCheck), '');
    const set = attempt(() => (dir ? readMigrations(dir, constants/* DeployInputs */.L2.MigrateCheck, given.replace(/\/+$/, '')) : undefined), undefined);
    attempt(() => {
        if (!url)
            return;
        let u;
        try {
            u = new URL(url);
        }
        catch {
            // The value is a secret: never echoed.
            throw new core_errors/* UserError */.y('not a URL', { input: constants/* DeployInputs */.L2.MigrateDatabaseUrl, hint: 'postgres://user:password@host:5432/postgres' });
        }
        if (u.protocol !== 'postgres:' && u.protocol !== 'postgresql:')
            throw new core_errors/* UserError */.y(`must be a postgres:// URL, not ${u.protocol}//`, { input: constants/* DeployInputs */.L2.MigrateDatabaseUrl });
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
            const hint = `<file>: <kind>: <reason>, kinds ${KINDS.join(', ')}`;
            if (!m)
                throw new core_errors/* UserError */.y(`not <file>: <kind>: <reason>: ${JSON.stringify(line)}`, { input: constants/* DeployInputs */.L2.MigrateAllow, line: i + 1, hint });
            const [, file, kind, reason] = m;
            if (!KINDS.includes(kind))
                throw new core_errors/* UserError */.y(`unknown kind ${JSON.stringify(kind)}`, { input: constants/* DeployInputs */.L2.MigrateAllow, line: i + 1, hint: `one of ${KINDS.join(', ')}` });
            if (!reason?.trim())
                throw new core_errors/* UserError */.y(`${file}: ${kind}: no reason given`, { input: constants/* DeployInputs */.L2.MigrateAllow, line: i + 1, hint: 'say why it is safe, e.g. "the code stopped reading it in v1.4"' });
            if (set && !files.has(file))
                throw new core_errors/* UserError */.y(`${file} is not a migration of ${given}`, { input: constants/* DeployInputs */.L2.MigrateAllow, line: i + 1 });
            allow.push({ file, kind: kind, reason: reason.trim() });
        }, undefined);
    });
    if (errors.length)
        throw core_errors/* UserError */.y.several(errors);
    return { dir, shown: (0,core_files/* displayPath */.Gt)(host.workspace, dir), workspace: host.workspace, set: set, databaseUrl: url, allow, expandContract };
}
const TITLE = 'Migrations rehearsed';
const result = (status, detail) => ({ id: 'migrations', title: TITLE, status, detail });
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


/***/ }),

/***/ 1518:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ PROVIDERS)
/* harmony export */ });
/** Names of the `provider` input. */
const PROVIDERS = ['command', 'kubernetes', 'aws-ecs', 'azure-webapp', 'gcp-cloudrun', 'vercel'];


/***/ }),

/***/ 8166:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  aY: () => (/* binding */ findOnPath),
  tl: () => (/* binding */ parseScript),
  j3: () => (/* binding */ runScript)
});

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./.build/src/core/errors.js
var errors = __webpack_require__(6512);
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
                throw new errors/* UserError */.y('unterminated single quote', { input, hint });
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
                    throw new errors/* UserError */.y(`expansion ${JSON.stringify(c)} inside double quotes is not supported`, { input, hint });
                }
                else
                    current += c;
            }
            if (j >= value.length)
                throw new errors/* UserError */.y('unterminated double quote', { input, hint });
            i = j;
        }
        else if (ch === '\\') {
            if (i + 1 >= value.length)
                throw new errors/* UserError */.y('a backslash ends the value', { input, hint });
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
            throw new errors/* UserError */.y(`shell syntax ${shown} is not supported: the script runs without a shell`, { input, hint });
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
        throw new errors/* UserError */.y('no command', { input });
    const [program, ...args] = argv;
    let file;
    if (program.includes('/')) {
        file = external_node_path_.resolve(workspace, program);
        let isFile = false;
        try {
            isFile = (0,external_node_fs_.statSync)(file).isFile();
        }
        catch {
            throw new errors/* UserError */.y(`${program}: no such file`, { input, hint: 'script paths are relative to the workspace' });
        }
        if (!isFile)
            throw new errors/* UserError */.y(`${program}: not a file`, { input });
        try {
            (0,external_node_fs_.accessSync)(file, external_node_fs_.constants.X_OK);
        }
        catch {
            throw new errors/* UserError */.y(`${program}: not executable`, { input, hint: `chmod +x ${program}, or run it through its interpreter, e.g. bash ${program}` });
        }
    }
    else {
        if (!findOnPath(program, env))
            throw new errors/* UserError */.y(`${program}: command not found on PATH`, { input });
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

/***/ 9462:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NT: () => (/* binding */ parseCanarySteps),
/* harmony export */   WM: () => (/* binding */ createStrategy),
/* harmony export */   _f: () => (/* binding */ SLOTS),
/* harmony export */   f0: () => (/* binding */ idleSlot)
/* harmony export */ });
/* unused harmony exports STRATEGIES, DirectStrategy, BlueGreenStrategy, CanaryStrategy */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6512);
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y('no steps', { input, hint: 'e.g. 10,50,100' });
    if (parts.length > 20)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`${parts.length} steps; at most 20`, { input });
    const steps = [];
    for (const part of parts) {
        const m = /^(\d+(?:\.\d+)?)%?$/.exec(part);
        const n = m ? Number(m[1]) : NaN;
        if (!Number.isFinite(n) || n <= 0 || n > 100)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`${JSON.stringify(part)} is not a percentage above 0 and at most 100`, { input, hint: 'e.g. 10,50,100' });
        if (steps.length && n <= steps[steps.length - 1])
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`steps must increase: ${steps[steps.length - 1]} then ${n}`, { input, hint: 'e.g. 10,50,100' });
        steps.push(n);
    }
    if (steps[steps.length - 1] !== 100)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`the last step must be 100 (all traffic), got ${steps[steps.length - 1]}`, { input, hint: `e.g. ${[...steps, 100].join(',')}` });
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
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`unknown strategy ${JSON.stringify(name)}`, { input, hint: `one of ${STRATEGIES.join(', ')}` });
}


/***/ }),

/***/ 1099:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ classifyVersion),
/* harmony export */   y: () => (/* binding */ assertVersionSyntax)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6512);
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y('no version: give one or set GITHUB_SHA', { input });
    if (version.length > 256)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y('longer than 256 characters', { input });
    const bad = SHELL_META.exec(version);
    if (bad) {
        const shown = bad[0].charCodeAt(0) < 0x20 || bad[0] === '\x7f' ? `\\x${bad[0].charCodeAt(0).toString(16).padStart(2, '0')}` : bad[0];
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`holds the character ${JSON.stringify(shown)}, which a shell would interpret`, {
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


/***/ }),

/***/ 3161:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ validGatesReport),
/* harmony export */   N: () => (/* binding */ readGatesReportFile)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6512);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4358);
/* harmony import */ var _schemas_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5829);
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(906);
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
    const problems = (0,_schemas_js__WEBPACK_IMPORTED_MODULE_2__/* .schemaErrors */ .d)('gates-report', data);
    if (!problems.length)
        return data;
    const o = (data !== null && typeof data === 'object' && !Array.isArray(data) ? data : {});
    let what;
    if (typeof o.$schema === 'string' && /sarif/i.test(o.$schema))
        what = `a SARIF${typeof o.version === 'string' ? ` ${o.version}` : ''} log`;
    else if (typeof o.schema === 'string' && o.schema !== _constants_js__WEBPACK_IMPORTED_MODULE_3__/* .GATES_REPORT_SCHEMA */ .sd)
        what = `a ${JSON.stringify(o.schema)} document`;
    else if (data === null || typeof data !== 'object' || Array.isArray(data))
        what = Array.isArray(data) ? 'a JSON array' : `JSON ${data === null ? 'null' : typeof data}`;
    else
        what = problems.slice(0, 3).join('; ');
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`${where.prefix ?? ''}not a phase-gates gates report (${what})`, {
        input,
        file: where.file,
        hint: where.hint ?? `give a gates-report.json written by gates-enforcer (schema ${_constants_js__WEBPACK_IMPORTED_MODULE_3__/* .GATES_REPORT_SCHEMA */ .sd})`
    });
}
/** A gates report file of the workspace (`given` as the user wrote it), validated; and its path as shown. */
async function readGatesReportFile(workspace, given, input, hint) {
    const resolved = (0,_files_js__WEBPACK_IMPORTED_MODULE_1__/* .resolveInWorkspace */ .z1)(workspace, given, input);
    const file = (0,_files_js__WEBPACK_IMPORTED_MODULE_1__/* .displayPath */ .Gt)(workspace, resolved);
    let data;
    try {
        data = (await (0,_files_js__WEBPACK_IMPORTED_MODULE_1__/* .readJsonText */ .gb)(resolved, file, input)).value;
    }
    catch (err) {
        const code = err.code;
        if (code === 'ENOENT')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y('file not found', { input, file });
        if (code === 'EISDIR')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y('is a directory: give the path of a gates-report.json', { input, file });
        throw err;
    }
    return { report: validGatesReport(data, input, { file, hint }), file };
}


/***/ }),

/***/ 2142:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CP: () => (/* binding */ unreadableRepository),
/* harmony export */   Tn: () => (/* binding */ measureBaseCiGreen),
/* harmony export */   nk: () => (/* binding */ ciCheck),
/* harmony export */   qf: () => (/* binding */ LOCAL_RUN)
/* harmony export */ });
/* unused harmony exports baseBranchOf, judgeCheckRun, judgeStatus, readCommitChecks, readRequiredChecks, judgeCi, waitForCi, OWNER_REPO, CI_SCOPE_HINT */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6512);
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
function list(names, max = 6) {
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
        options.log?.(`CI on ${sha.slice(0, 12)}: waiting ${minutes(wait)} for ${list(verdict.pending.map((i) => i.name))} (${minutes(Date.now() - started)} of ${minutes(waitMs)} waited)`);
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
        problems.push(`failing: ${list(v.failing.map((i) => `${i.name} (${i.said})`))}`);
    if (v.missing.length)
        problems.push(`required by ${req.branch} and absent: ${list(v.missing.map(named))}`);
    if (v.requiredRunning.length)
        problems.push(`required by ${req.branch} and still running in this workflow run: ${list(v.requiredRunning.map((r) => r.context))} (make the deploy job need it)`);
    if (v.pending.length) {
        const how = at.cancelled ? 'cancelled while waiting for' : at.waitMs > 0 ? `still pending after ${minutes(at.waited)} (ci-wait-minutes)` : 'pending, not waited for';
        problems.push(`${how}: ${list(v.pending.map((i) => `${i.name} (${i.said})`))}`);
    }
    const own = v.ownRunning.length ? `; not waited for (this workflow run): ${list(v.ownRunning.map((i) => i.name))}` : '';
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
    const { createGitHubClient, clientOptionsFromEnv, toGitHubUserError } = await Promise.all(/* import() */[__webpack_require__.e(932), __webpack_require__.e(27)]).then(__webpack_require__.bind(__webpack_require__, 7408));
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
        if (!(e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y))
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


/***/ }),

/***/ 320:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   YO: () => (/* binding */ approvalCheck),
/* harmony export */   zo: () => (/* binding */ APPROVAL_REQUIREMENTS)
/* harmony export */ });
/* unused harmony exports readEnvironmentProtection, APPROVAL_SCOPE_HINT, judgeProtection */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6512);
/* harmony import */ var _ci_status_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2142);
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
const MAX_PAGES = 10;
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
            if (++pages >= MAX_PAGES)
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
        return { status: 'skip', detail: _ci_status_js__WEBPACK_IMPORTED_MODULE_1__/* .LOCAL_RUN */ .qf };
    const missing = (0,_ci_status_js__WEBPACK_IMPORTED_MODULE_1__/* .unreadableRepository */ .CP)(input.env);
    if (missing) {
        const said = `cannot read the protection rules of environment ${input.environment} (${missing})`;
        return input.production ? { status: 'fail', detail: `${said}, and production requires them (give token and GITHUB_REPOSITORY, or require-approval: false)` } : { status: 'skip', detail: `not read: ${missing} (a local run)` };
    }
    const { createGitHubClient, clientOptionsFromEnv, toGitHubUserError } = await Promise.all(/* import() */[__webpack_require__.e(932), __webpack_require__.e(27)]).then(__webpack_require__.bind(__webpack_require__, 7408));
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
        if (!(e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y))
            throw e;
        return { status: 'fail', detail: e.message };
    }
    return judgeProtection(input.environment, protection, input.requirement);
}


/***/ })

};
