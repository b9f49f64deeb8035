export const id = 256;
export const ids = [256,408];
export const modules = {

/***/ 3256:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ALERT_KINDS: () => (/* binding */ ALERT_KINDS),
/* harmony export */   alertSource: () => (/* binding */ alertSource),
/* harmony export */   codeScanningSeverity: () => (/* binding */ codeScanningSeverity),
/* harmony export */   countOpenAlerts: () => (/* binding */ countOpenAlerts),
/* harmony export */   parseAlertKinds: () => (/* binding */ parseAlertKinds)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6512);
/* harmony import */ var _reports_vulns_model_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7889);
/* harmony import */ var _reports_vulns_sarif_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6289);
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7408);
/**
 * Open Dependabot and code scanning alerts, counted into the `vulns_*` metrics of gates-enforcer
 * (input `github-alerts`).
 */




/** Every kind, in the order they are read. */
const ALERT_KINDS = ['dependabot', 'code-scanning'];
const INPUT = 'github-alerts';
/** A runaway Link chain must end: 1000 pages of 100 is more alerts than any repository holds. */
const MAX_PAGES = 1000;
/**
 * The kinds a `github-alerts` value asks for: `dependabot`, `code-scanning` or both, separated by
 * commas or newlines; `true` and `all` mean both; empty and `false` mean none.
 * @throws UserError naming `github-alerts` for any other word.
 */
function parseAlertKinds(value) {
    const words = value
        .split(/[,\n]/)
        .map((w) => w.trim().toLowerCase())
        .filter(Boolean);
    const kinds = new Set();
    for (const word of words) {
        if (word === 'true' || word === 'all')
            ALERT_KINDS.forEach((k) => kinds.add(k));
        else if (word === 'false' && words.length === 1)
            return [];
        else if (word === 'dependabot' || word === 'code-scanning')
            kinds.add(word);
        else {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`unknown alert kind "${word}"`, { input: INPUT, hint: 'use dependabot, code-scanning, or both separated by a comma' });
        }
    }
    return ALERT_KINDS.filter((k) => kinds.has(k));
}
/**
 * Reads every page of open alerts of each kind into `sink` and returns how many each kind had.
 * Dependabot alerts count under their advisory's severity (id: the GHSA id, package: the
 * dependency, version: the manifest path, since alerts carry no installed version). Code scanning
 * alerts count under `rule.security_severity_level`, or else the SARIF level of the rule
 * (error → high, warning → medium, note → low), keyed like SARIF results (id: the rule, package:
 * the file, version: the line) so a SARIF file and the alerts it raised count once.
 * Across runs (findingKey in reports/vulns/model.ts) a Dependabot alert is its advisory and
 * package (the manifest path shown as its location), a code scanning alert its rule and file: the
 * API gives no fingerprint, so it matches a SARIF result written without one.
 * @throws UserError naming `github-alerts` (or `token` for a 401) when GitHub refuses.
 */
async function countOpenAlerts(client, query, sink) {
    const out = [];
    for (const kind of ALERT_KINDS) {
        if (!query.kinds.includes(kind))
            continue;
        const open = kind === 'dependabot' ? await readDependabot(client, query, sink) : await readCodeScanning(client, query, sink);
        out.push({ kind, open, source: alertSource(kind, query.owner, query.repo) });
    }
    return out;
}
/** The report source for a kind of alerts of a repository. */
function alertSource(kind, owner, repo) {
    return { file: `github:${owner}/${repo}/${kind}`, format: `github-${kind}` };
}
async function readDependabot(client, q, sink) {
    return (0,_client_js__WEBPACK_IMPORTED_MODULE_3__.withGitHubErrors)(client, {
        input: INPUT,
        doing: `reading Dependabot alerts of ${q.owner}/${q.repo}`,
        forbiddenHint: 'Dependabot alerts may be disabled, or the token lacks `security-events: read` (a PAT needs Dependabot alerts: read)',
        notFoundHint: 'the repository does not exist or the token cannot see it'
    }, async () => {
        let count = 0;
        let pages = 0;
        // Cursor pagination: the Link header carries `after`; `page` is refused by this endpoint.
        const iterator = client.paginate.iterator('GET /repos/{owner}/{repo}/dependabot/alerts', {
            owner: q.owner,
            repo: q.repo,
            state: 'open',
            per_page: 100
        });
        for await (const page of iterator) {
            if (++pages > MAX_PAGES)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`more than ${MAX_PAGES} pages of Dependabot alerts`, { input: INPUT });
            for (const alert of page.data) {
                const advisory = alert.security_advisory ?? {};
                const severity = (0,_reports_vulns_model_js__WEBPACK_IMPORTED_MODULE_1__/* .severityFromWord */ .GX)(advisory.severity) ?? (0,_reports_vulns_model_js__WEBPACK_IMPORTED_MODULE_1__/* .severityFromWord */ .GX)(alert.security_vulnerability?.severity);
                sink.add({
                    id: advisory.ghsa_id ?? advisory.cve_id ?? `dependabot-${alert.number ?? count}`,
                    package: alert.dependency?.package?.name ?? alert.security_vulnerability?.package?.name ?? '',
                    version: alert.dependency?.manifest_path ?? '',
                    severity,
                    title: advisory.summary,
                    location: alert.dependency?.manifest_path
                });
                count++;
            }
        }
        return count;
    });
}
async function readCodeScanning(client, q, sink) {
    return (0,_client_js__WEBPACK_IMPORTED_MODULE_3__.withGitHubErrors)(client, {
        input: INPUT,
        doing: `reading code scanning alerts of ${q.owner}/${q.repo}`,
        forbiddenHint: 'code scanning may need GitHub Advanced Security, or the token lacks `security-events: read`',
        notFoundHint: 'code scanning has no analysis for this repository yet, or the token cannot see it'
    }, async () => {
        let count = 0;
        let pages = 0;
        const iterator = client.paginate.iterator('GET /repos/{owner}/{repo}/code-scanning/alerts', {
            owner: q.owner,
            repo: q.repo,
            state: 'open',
            per_page: 100
        });
        for await (const page of iterator) {
            if (++pages > MAX_PAGES)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`more than ${MAX_PAGES} pages of code scanning alerts`, { input: INPUT });
            for (const alert of page.data) {
                const rule = alert.rule ?? {};
                const location = alert.most_recent_instance?.location ?? {};
                sink.add({
                    id: rule.id ?? rule.name ?? `code-scanning-${alert.number ?? count}`,
                    package: location.path ?? '',
                    version: location.start_line !== undefined ? String(location.start_line) : '',
                    severity: codeScanningSeverity(rule),
                    title: rule.description,
                    location: location.path
                });
                count++;
            }
        }
        return count;
    });
}
/**
 * A code scanning alert's severity: the security severity GitHub derived from the rule's
 * `security-severity` score when there is one, else the rule's SARIF level read exactly as a SARIF
 * file's is (src/core/reports/vulns/sarif.ts): error → high, warning → medium, note → low,
 * none → no severity, missing → SARIF's default level, warning.
 */
function codeScanningSeverity(rule) {
    const security = (0,_reports_vulns_model_js__WEBPACK_IMPORTED_MODULE_1__/* .severityFromWord */ .GX)(rule.security_severity_level);
    if (security)
        return security;
    const level = (rule.severity ?? 'warning').toLowerCase();
    return Object.hasOwn(_reports_vulns_sarif_js__WEBPACK_IMPORTED_MODULE_2__/* .SARIF_LEVEL_SEVERITY */ .h9, level) ? _reports_vulns_sarif_js__WEBPACK_IMPORTED_MODULE_2__/* .SARIF_LEVEL_SEVERITY */ .h9[level] : _reports_vulns_sarif_js__WEBPACK_IMPORTED_MODULE_2__/* .SARIF_LEVEL_SEVERITY */ .h9.warning;
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
