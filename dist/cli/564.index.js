export const id = 564;
export const ids = [564,408,27];
export const modules = {

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


/***/ }),

/***/ 564:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   completePullRequest: () => (/* binding */ completePullRequest),
/* harmony export */   pullRequestFromEnv: () => (/* binding */ pullRequestFromEnv)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6512);
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7408);
/**
 * The pull request a workflow run is about, read from the runner's environment: the event name,
 * the webhook payload at GITHUB_EVENT_PATH and the refs GitHub Actions sets.
 *
 * GitHub's "Events that trigger workflows" and "Variables" references:
 * - `pull_request`: GITHUB_REF is `refs/pull/<n>/merge`, GITHUB_BASE_REF and GITHUB_HEAD_REF are
 *   the branch names, the payload's `pull_request` holds base and head (sha, ref, repo). A run for
 *   a pull request from a fork gets a read-only GITHUB_TOKEN.
 * - `pull_request_target`: the same payload, but the run is in the base repository's context
 *   (GITHUB_REF is the base branch) with a token that can write, forks included.
 * - `issue_comment`: GITHUB_REF is the default branch; the payload's `issue` is the pull request
 *   when `issue.pull_request` is present. It carries neither base nor head: completePullRequest
 *   asks the REST API for them.
 * - `merge_group`: a merge queue's temporary branch, not a pull request: no comment to write.
 *
 * Core code: no `@actions/core` or `@actions/github` context here; the caller passes the environment.
 * Reading the environment sends nothing; only completePullRequest calls GitHub.
 */



/** Webhook payloads are at most 25 MB (GitHub caps deliveries there); anything larger is not one. */
const MAX_PAYLOAD_BYTES = 25 * 1024 * 1024;
/**
 * The pull request of this run, or null when the run is not for one (push, schedule, merge_group,
 * a comment on a plain issue, the command line outside Actions).
 * @throws UserError naming GITHUB_EVENT_PATH when the payload file is unreadable or not JSON, or
 *   when a pull request event carries no pull request number anywhere.
 */
function pullRequestFromEnv(env) {
    const event = env.GITHUB_EVENT_NAME?.trim() ?? '';
    if (event !== 'pull_request' && event !== 'pull_request_target' && event !== 'issue_comment')
        return null;
    const payload = readPayload(env.GITHUB_EVENT_PATH);
    const repository = env.GITHUB_REPOSITORY?.trim() || str(obj(payload?.repository)?.full_name) || null;
    if (event === 'issue_comment') {
        const issue = obj(payload?.issue);
        // Only a comment on a pull request concerns us: its issue has a `pull_request` object.
        if (!issue || !obj(issue.pull_request))
            return null;
        const number = positiveInt(issue.number);
        if (number === null)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y('the issue_comment payload has no issue number', { file: env.GITHUB_EVENT_PATH });
        return {
            number,
            baseRef: '',
            baseSha: null,
            headSha: null,
            headRepo: null,
            fork: false,
            url: str(obj(issue.pull_request)?.html_url) ?? str(issue.html_url)
        };
    }
    const pr = obj(payload?.pull_request);
    const base = obj(pr?.base);
    const head = obj(pr?.head);
    const number = positiveInt(pr?.number) ?? positiveInt(payload?.number) ?? numberFromRef(env.GITHUB_REF);
    if (number === null) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`a ${event} run whose payload and GITHUB_REF name no pull request number`, {
            file: env.GITHUB_EVENT_PATH,
            hint: 'GITHUB_EVENT_PATH should be the webhook payload GitHub Actions writes'
        });
    }
    const headRepo = pr ? str(obj(head?.repo)?.full_name) : null;
    const baseRepo = str(obj(base?.repo)?.full_name) ?? repository;
    return {
        number,
        baseRef: str(base?.ref) ?? env.GITHUB_BASE_REF?.trim() ?? '',
        baseSha: str(base?.sha),
        headSha: str(head?.sha),
        headRepo,
        // Repository names are case-insensitive on GitHub. Without a payload we cannot tell: not a fork.
        fork: pr ? headRepo === null || baseRepo === null || headRepo.toLowerCase() !== baseRepo.toLowerCase() : false,
        url: str(pr?.html_url)
    };
}
/**
 * `pr` with what its event left out (an issue_comment run names no base or head) filled in from
 * GET /repos/{owner}/{repo}/pulls/{number}; returned as it is when it has a base branch and a head
 * commit already, without a request.
 * @throws UserError naming `token` when GitHub refuses (the job needs `pull-requests: read`) or
 *   fails.
 */
async function completePullRequest(client, owner, repo, pr) {
    if (pr.baseRef && pr.headSha)
        return pr;
    const { data } = await (0,_client_js__WEBPACK_IMPORTED_MODULE_2__.withGitHubErrors)(client, {
        input: 'token',
        doing: `reading pull request ${owner}/${repo}#${pr.number}`,
        forbiddenHint: 'the job needs `pull-requests: read`',
        notFoundHint: 'the pull request does not exist, or the token cannot see it'
    }, () => client.request('GET /repos/{owner}/{repo}/pulls/{pull_number}', { owner, repo, pull_number: pr.number }));
    // GitHub sends head.repo null when the fork was deleted, whatever its description says.
    const headRepo = data.head.repo?.full_name ?? null;
    const baseRepo = data.base.repo.full_name;
    return {
        number: pr.number,
        baseRef: data.base.ref,
        baseSha: data.base.sha,
        headSha: data.head.sha,
        headRepo,
        fork: headRepo === null || headRepo.toLowerCase() !== baseRepo.toLowerCase(),
        url: data.html_url
    };
}
/** `refs/pull/<n>/merge` (or `/head`) → n. */
function numberFromRef(ref) {
    const m = /^refs\/pull\/(\d+)\/(?:merge|head)$/.exec(ref?.trim() ?? '');
    return m ? positiveInt(Number(m[1])) : null;
}
function readPayload(file) {
    if (!file?.trim())
        return null;
    let text;
    try {
        const size = node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync(file).size;
        if (size > MAX_PAYLOAD_BYTES)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`the event payload is ${size} bytes, over GitHub's 25 MB`, { file });
        text = node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync(file, 'utf8');
    }
    catch (err) {
        if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y)
            throw err;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`cannot read the event payload: ${err.code ?? err.message}`, {
            file,
            hint: 'GITHUB_EVENT_PATH should be the webhook payload GitHub Actions writes'
        });
    }
    try {
        const parsed = JSON.parse(text);
        return obj(parsed);
    }
    catch (err) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`the event payload is not JSON: ${err.message}`, { file });
    }
}
function obj(v) {
    return v !== null && typeof v === 'object' && !Array.isArray(v) ? v : null;
}
function str(v) {
    return typeof v === 'string' && v !== '' ? v : null;
}
function positiveInt(v) {
    return typeof v === 'number' && Number.isSafeInteger(v) && v > 0 ? v : null;
}


/***/ })

};
