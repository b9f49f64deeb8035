export const id = 879;
export const ids = [879,408];
export const modules = {

/***/ 8879:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EMBED_LIMIT: () => (/* binding */ EMBED_LIMIT),
/* harmony export */   MAX_REPORT_BYTES: () => (/* binding */ MAX_REPORT_BYTES),
/* harmony export */   MAX_RUNS: () => (/* binding */ MAX_RUNS),
/* harmony export */   MAX_ZIP_BYTES: () => (/* binding */ MAX_ZIP_BYTES),
/* harmony export */   MAX_ZIP_ENTRIES: () => (/* binding */ MAX_ZIP_ENTRIES),
/* harmony export */   baseFromArtifact: () => (/* binding */ baseFromArtifact),
/* harmony export */   baseFromCheckRun: () => (/* binding */ baseFromCheckRun),
/* harmony export */   baseFromFile: () => (/* binding */ baseFromFile),
/* harmony export */   embedReport: () => (/* binding */ embedReport),
/* harmony export */   extractEmbeddedReport: () => (/* binding */ extractEmbeddedReport)
/* harmony export */ });
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8522);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6512);
/* harmony import */ var _github_client_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7408);
/* harmony import */ var _report_input_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3161);
/**
 * The base branch's figures for the relative gates (`coverage_delta`, `perf_p95_regression`,
 * `vulns_new_*`): a gates report of the base, read from a file (`base-report`), from the
 * `gates-report` artifact of the latest successful run on the base branch, or from the hidden copy
 * a check run of the base commit carries in its `output.text` ({@link embedReport}).
 *
 * Whatever the origin, the report is validated against `phase-gates/gates-report@1`; anything
 * else (another schema, a corrupt zip, a cut embedded copy) is one UserError line naming the input.
 * "Nothing there" (no successful run, an expired artifact, no check run) is not an error: the
 * finders return null and the relative gates have no data.
 */




/** Runs looked at, newest first, for one that still has the artifact. */
const MAX_RUNS = 10;
/** Largest artifact zip downloaded (the compressed bytes). */
const MAX_ZIP_BYTES = 32 * 1024 * 1024;
/** Largest gates report read out of a zip, uncompressed (a zip bomb stops here). */
const MAX_REPORT_BYTES = 16 * 1024 * 1024;
/** Most entries of an artifact zip looked at. */
const MAX_ZIP_ENTRIES = 1000;
/** Time allowed for the blob download, in ms. */
const DOWNLOAD_TIMEOUT_MS = 120_000;
// --- base-report: a file ------------------------------------------------------------------------
/** The base report from a file of the workspace (`given` as the user wrote it). */
async function baseFromFile(workspace, given, input) {
    const { report, file } = await (0,_report_input_js__WEBPACK_IMPORTED_MODULE_3__/* .readGatesReportFile */ .N)(workspace, given, input);
    return { origin: 'file', describe: `${input}: ${file}`, sha: report.sha, report };
}
/**
 * The base report from the artifact `o.artifact` of the newest successful run on `o.branch` (of the
 * workflow file `o.workflow` when given, else of any workflow). Runs of pull requests and runs whose
 * head is a fork are passed over: a fork can name its branch `main` too, and must not set our base.
 * Returns null when no run among the newest {@link MAX_RUNS} successful ones still has the artifact.
 */
async function baseFromArtifact(client, o) {
    const log = o.log ?? (() => undefined);
    const full = `${o.owner}/${o.repo}`;
    const workflow = o.workflow?.trim() || undefined;
    const runs = await (0,_github_client_js__WEBPACK_IMPORTED_MODULE_2__.withGitHubErrors)(client, {
        input: o.input,
        doing: `listing successful runs${workflow ? ` of ${workflow}` : ''} on ${o.branch} of ${full}`,
        forbiddenHint: 'the token needs `actions: read`',
        notFoundHint: workflow ? `no workflow file ${workflow} in ${full}` : undefined
    }, async () => {
        const query = { owner: o.owner, repo: o.repo, branch: o.branch, status: 'success', exclude_pull_requests: true, per_page: MAX_RUNS };
        const { data } = workflow
            ? await client.request('GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs', { ...query, workflow_id: workflow })
            : await client.request('GET /repos/{owner}/{repo}/actions/runs', query);
        return data.workflow_runs;
    });
    const own = runs.filter((r) => {
        const fromFork = r.head_repository && r.head_repository.full_name.toLowerCase() !== r.repository.full_name.toLowerCase();
        const ok = !fromFork && !r.event.startsWith('pull_request');
        if (!ok)
            log(`base: run ${r.id} on ${o.branch} is ${fromFork ? `from the fork ${r.head_repository?.full_name}` : `a ${r.event} run`}: not a base`);
        return ok;
    });
    if (!own.length) {
        log(`base: no successful run${workflow ? ` of ${workflow}` : ''} on ${o.branch} of ${full}`);
        return null;
    }
    for (const run of own.slice(0, MAX_RUNS)) {
        const artifacts = await (0,_github_client_js__WEBPACK_IMPORTED_MODULE_2__.withGitHubErrors)(client, { input: o.input, doing: `listing the artifacts of run ${run.id} of ${full}`, forbiddenHint: 'the token needs `actions: read`' }, async () => {
            const { data } = await client.request('GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts', {
                owner: o.owner,
                repo: o.repo,
                run_id: run.id,
                name: o.artifact,
                per_page: 100
            });
            return data.artifacts;
        });
        const named = artifacts.filter((a) => a.name === o.artifact);
        const live = named.find((a) => !a.expired);
        if (!live) {
            log(`base: run ${run.id} (${run.head_sha.slice(0, 7)}) has ${named.length ? `artifact ${o.artifact} expired` : `no artifact ${o.artifact}`}`);
            continue;
        }
        const describe = `artifact ${o.artifact} of run ${run.id} on ${o.branch} (${run.head_sha.slice(0, 7)})`;
        if (live.size_in_bytes > MAX_ZIP_BYTES) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`${describe}: ${live.size_in_bytes} bytes, over the ${MAX_ZIP_BYTES / 1024 / 1024} MB read for a gates report`, { input: o.input });
        }
        const zip = await downloadArtifact(client, { ...o, id: live.id, describe });
        if (!zip) {
            log(`base: ${describe} expired before it could be downloaded`);
            continue;
        }
        const { name, text } = await gatesReportEntry(zip, describe, o.input);
        let data;
        try {
            data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
        }
        catch (err) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`${describe}: ${name}: invalid JSON (${err.message.replace(/ in JSON at position.*$/s, '')})`, { input: o.input });
        }
        const report = (0,_report_input_js__WEBPACK_IMPORTED_MODULE_3__/* .validGatesReport */ .D)(data, o.input, { prefix: `${describe}: ${name}: ` });
        log(`base: ${describe}, ${name}`);
        return { origin: 'artifact', describe, sha: report.sha ?? run.head_sha, report };
    }
    log(`base: none of the ${Math.min(own.length, MAX_RUNS)} newest successful runs on ${o.branch} has a live artifact ${o.artifact}`);
    return null;
}
/**
 * The artifact's zip. GitHub answers the API request with 302 to a short-lived signed blob URL on
 * another host: the redirect is not followed by the API client (whose every request carries the
 * token); the blob is fetched by a plain request without any credential, through the runner's
 * proxy settings, and read up to {@link MAX_ZIP_BYTES}.
 */
async function downloadArtifact(client, o) {
    const location = await (0,_github_client_js__WEBPACK_IMPORTED_MODULE_2__.withGitHubErrors)(client, { input: o.input, doing: `downloading ${o.describe}`, forbiddenHint: 'the token needs `actions: read`' }, async () => {
        let res;
        try {
            res = await client.request('GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}', {
                owner: o.owner,
                repo: o.repo,
                artifact_id: o.id,
                archive_format: 'zip',
                request: { redirect: 'manual' }
            });
        }
        catch (err) {
            // 410 Gone: it expired since it was listed.
            if (err.status === 410)
                return null;
            throw err;
        }
        const headers = res.headers;
        return res.status === 302 ? (headers.location ?? '') : '';
    });
    if (location === null)
        return null;
    if (!location)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`${o.describe}: GitHub gave no download location`, { input: o.input });
    let url;
    try {
        url = new URL(location);
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`${o.describe}: GitHub gave a download location that is not a URL`, { input: o.input });
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`${o.describe}: download location is not http(s)`, { input: o.input });
    // undici, as smoke-test uses it: lazily, since only this path needs it.
    const { request, EnvHttpProxyAgent } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 4371, 19));
    const dispatcher = new EnvHttpProxyAgent({ headersTimeout: DOWNLOAD_TIMEOUT_MS, bodyTimeout: DOWNLOAD_TIMEOUT_MS });
    const where = `${url.origin}${url.pathname}`; // never the signature in the query
    try {
        const res = await request(url, { method: 'GET', dispatcher, signal: AbortSignal.timeout(DOWNLOAD_TIMEOUT_MS) });
        if (res.statusCode !== 200) {
            await res.body.dump();
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`${o.describe}: the download from ${where} answered ${res.statusCode}`, { input: o.input, hint: 'the link lasts a minute: run again' });
        }
        const declared = Number(res.headers['content-length']);
        if (declared > MAX_ZIP_BYTES) {
            await res.body.dump();
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`${o.describe}: ${declared} bytes, over the ${MAX_ZIP_BYTES / 1024 / 1024} MB read for a gates report`, { input: o.input });
        }
        const chunks = [];
        let size = 0;
        for await (const chunk of res.body) {
            size += chunk.length;
            if (size > MAX_ZIP_BYTES) {
                res.body.destroy();
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`${o.describe}: over ${MAX_ZIP_BYTES / 1024 / 1024} MB, more than a gates report`, { input: o.input });
            }
            chunks.push(chunk);
        }
        return Buffer.concat(chunks);
    }
    catch (err) {
        if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y)
            throw err;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`${o.describe}: downloading from ${where} failed: ${err.message}`, { input: o.input });
    }
    finally {
        await dispatcher.close().catch(() => undefined);
    }
}
/**
 * The one gates report of an artifact zip: `gates-report.json` (at any depth) if there is one,
 * else the only `*.json` entry. Read with yauzl, chosen among the zip readers of npm:
 * - yauzl (~126M downloads a month, 45 kB, one 1 kB dependency): reads the central directory,
 *   refuses a truncated or malformed one with a message, checks every entry's real size against
 *   the size its header declares (a lying header is an error, not a bomb), and streams an entry
 *   through node:zlib, so we stop inflating at our own byte bound;
 * - fflate (~117M, 8 kB of code, its own inflate): fast, but its unzip inflates whole entries in
 *   memory; its filter sees only the declared size, so a header that lies hides a bomb;
 * - adm-zip (~45M): reads whole entries into memory, and had a path traversal (zip slip) advisory;
 * - @zip.js/zip.js (~13M): Web Streams and workers, made for browsers first.
 * Names are checked by yauzl's own rules (no absolute path, no `..`, no backslash): an unsafe
 * name is passed over rather than read. The content's CRC-32 is checked with node:zlib's crc32
 * where Node has it (20.15 and later); yauzl leaves that to its users.
 */
async function gatesReportEntry(zip, describe, input) {
    const yauzl = (await __webpack_require__.e(/* import() */ 663).then(__webpack_require__.t.bind(__webpack_require__, 663, 19))).default;
    const fail = (what) => new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`${describe}: ${what}`, { input });
    let zipfile;
    try {
        zipfile = await yauzl.fromBufferPromise(zip, { lazyEntries: true, decodeStrings: false, validateEntrySizes: true, autoClose: false });
    }
    catch (err) {
        throw fail(`not a readable zip (${err.message.replace(/\.$/, '')})`);
    }
    try {
        if (zipfile.entryCount > MAX_ZIP_ENTRIES)
            throw fail(`${zipfile.entryCount} entries in the zip, more than the ${MAX_ZIP_ENTRIES} read`);
        const candidates = [];
        const unsafe = [];
        await new Promise((resolve, reject) => {
            zipfile.on('entry', (entry) => {
                const name = yauzl.getFileNameLowLevel(entry.generalPurposeBitFlag, entry.fileNameRaw, entry.extraFields, false);
                if (yauzl.validateFileName(name) !== null)
                    unsafe.push(name);
                else if (/\.json$/i.test(name) && !name.endsWith('/'))
                    candidates.push({ entry, name });
                zipfile.readEntry();
            });
            zipfile.once('end', () => resolve());
            zipfile.once('error', (err) => reject(fail(`not a readable zip (${err.message.replace(/\.$/, '')})`)));
            zipfile.readEntry();
        });
        const skipped = unsafe.length ? `; passed over unsafe names: ${unsafe.slice(0, 3).join(', ')}` : '';
        const preferred = candidates.filter((c) => c.name.split('/').pop() === 'gates-report.json');
        const pick = preferred.length ? preferred : candidates;
        if (pick.length === 0)
            throw fail(`no .json file in the zip${skipped}`);
        if (pick.length > 1)
            throw fail(`${pick.length} JSON files and no single gates-report.json: ${pick.slice(0, 3).map((c) => c.name).join(', ')}`);
        const { entry, name } = pick[0];
        if (entry.isEncrypted())
            throw fail(`${name} is encrypted`);
        if (entry.uncompressedSize > MAX_REPORT_BYTES) {
            throw fail(`${name} inflates to ${entry.uncompressedSize} bytes, over the ${MAX_REPORT_BYTES / 1024 / 1024} MB read for a gates report`);
        }
        const bytes = await readEntry(zipfile, entry, name, fail);
        const crc32 = node_zlib__WEBPACK_IMPORTED_MODULE_0__.crc32;
        if (crc32 && crc32(bytes) >>> 0 !== entry.crc32 >>> 0)
            throw fail(`${name} is corrupt (CRC-32 mismatch)`);
        return { name, text: bytes.toString('utf8') };
    }
    finally {
        zipfile.close();
    }
}
/** An entry's bytes, inflated up to {@link MAX_REPORT_BYTES} whatever its header says. */
function readEntry(zipfile, entry, name, fail) {
    return new Promise((resolve, reject) => {
        zipfile.openReadStream(entry, (err, stream) => {
            if (err || !stream)
                return reject(fail(`${name} cannot be read (${err?.message ?? 'no stream'})`));
            const chunks = [];
            let size = 0;
            stream.on('data', (chunk) => {
                size += chunk.length;
                if (size > MAX_REPORT_BYTES) {
                    stream.destroy();
                    reject(fail(`${name} inflates to more than ${MAX_REPORT_BYTES / 1024 / 1024} MB`));
                    return;
                }
                chunks.push(chunk);
            });
            stream.once('error', (e) => reject(fail(`${name} is corrupt (${e.message})`)));
            stream.once('end', () => resolve(Buffer.concat(chunks)));
        });
    });
}
// --- the check run of the base commit ------------------------------------------------------------
/** Opens the hidden copy of a report in a check run's `output.text`. */
const EMBED_OPEN = '<!-- phase-gates:gates-report gzip+base64 ';
const EMBED_CLOSE = ' -->';
/**
 * Longest embedded copy, in characters: GitHub keeps 65535 of `output.text`, and the visible text
 * beside it keeps at least 5000 (base64 is ASCII, so characters and bytes agree).
 */
const EMBED_LIMIT = 60_000;
/** Largest report an embedded copy may inflate to. */
const MAX_EMBEDDED_BYTES = 16 * 1024 * 1024;
/**
 * Text to put in a check run's `output.text` so that a later run can read the report back: an
 * HTML comment (hidden on GitHub's page) holding the report as gzip and base64, at most
 * {@link EMBED_LIMIT} characters. Too long, the per-gate `findings` lists are dropped first (their
 * counts stay); still too long, nothing is embedded (empty string).
 */
function embedReport(report) {
    const pack = (r) => `${EMBED_OPEN}${node_zlib__WEBPACK_IMPORTED_MODULE_0__.gzipSync(JSON.stringify(r), { level: 9 }).toString('base64')}${EMBED_CLOSE}`;
    const whole = pack(report);
    if (whole.length <= EMBED_LIMIT)
        return whole;
    const lean = pack({ ...report, gates: report.gates.map(({ findings: _f, ...gate }) => gate) });
    return lean.length <= EMBED_LIMIT ? lean : '';
}
/**
 * The report embedded in a check run's text by {@link embedReport}, or null when the text holds
 * none. One that is there but broken (cut, not gzip, another schema) is a UserError naming
 * `input` and `where` (e.g. `check run gates_enforcer on abc1234`).
 */
function extractEmbeddedReport(text, where, input) {
    const start = text.lastIndexOf(EMBED_OPEN);
    if (start < 0)
        return null;
    const end = text.indexOf(EMBED_CLOSE, start + EMBED_OPEN.length);
    const payload = end < 0 ? '' : text.slice(start + EMBED_OPEN.length, end);
    if (!payload || !/^[A-Za-z0-9+/]+={0,2}$/.test(payload)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`${where}: the embedded gates report is cut or damaged`, { input });
    }
    let json;
    try {
        json = node_zlib__WEBPACK_IMPORTED_MODULE_0__.gunzipSync(Buffer.from(payload, 'base64'), { maxOutputLength: MAX_EMBEDDED_BYTES }).toString('utf8');
    }
    catch (err) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`${where}: the embedded gates report does not inflate (${err.message})`, { input });
    }
    let data;
    try {
        data = JSON.parse(json);
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`${where}: the embedded gates report is not JSON`, { input });
    }
    return (0,_report_input_js__WEBPACK_IMPORTED_MODULE_3__/* .validGatesReport */ .D)(data, input, { prefix: `${where}: embedded: ` });
}
/**
 * The base report embedded in the newest completed check run `o.checkName` of the commit `o.ref`,
 * or null when there is no such run or it carries no report.
 */
async function baseFromCheckRun(client, o) {
    const log = o.log ?? (() => undefined);
    const short = o.ref.slice(0, 7);
    const runs = await (0,_github_client_js__WEBPACK_IMPORTED_MODULE_2__.withGitHubErrors)(client, {
        input: o.input,
        doing: `listing check runs "${o.checkName}" of ${o.owner}/${o.repo}@${short}`,
        forbiddenHint: 'the token needs `checks: read`',
        notFoundHint: 'the commit does not exist, or the token cannot see it'
    }, async () => {
        const { data } = await client.request('GET /repos/{owner}/{repo}/commits/{ref}/check-runs', {
            owner: o.owner,
            repo: o.repo,
            ref: o.ref,
            check_name: o.checkName,
            status: 'completed',
            filter: 'latest',
            per_page: 100
        });
        return data.check_runs;
    });
    const newest = runs
        .filter((r) => r.status === 'completed')
        .sort((a, b) => String(b.completed_at ?? '').localeCompare(String(a.completed_at ?? '')) || b.id - a.id)[0];
    if (!newest) {
        log(`base: no completed check run ${o.checkName} on ${short}`);
        return null;
    }
    const describe = `check run ${o.checkName} on ${newest.head_sha.slice(0, 7)}`;
    const report = extractEmbeddedReport(newest.output.text ?? '', describe, o.input);
    if (!report) {
        log(`base: ${describe} carries no gates report`);
        return null;
    }
    log(`base: ${describe}`);
    return { origin: 'check-run', describe, sha: report.sha ?? newest.head_sha, report };
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
