export const id = 502;
export const ids = [502,408];
export const modules = {

/***/ 7502:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   publishCheckRun: () => (/* binding */ publishCheckRun)
/* harmony export */ });
/* unused harmony exports ANNOTATIONS_PER_REQUEST, OUTPUT_TEXT_LIMIT, checkAnnotationLevel, capText */
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7408);

/** GitHub takes at most 50 annotations per create or update request. */
const ANNOTATIONS_PER_REQUEST = 50;
/** GitHub's limit on `output.summary` and `output.text`. */
const OUTPUT_TEXT_LIMIT = 65535;
/** The check runs level of a host annotation level. */
function checkAnnotationLevel(level) {
    return level === 'error' ? 'failure' : level;
}
/**
 * Creates a completed check run on `sha`. The first 50 annotations go with the create request,
 * the rest in updates of 50 (GitHub appends them); the output is repeated on each update because
 * GitHub requires `summary` there.
 * @throws UserError naming `check-name` (or `token` for a 401), e.g. when the token lacks `checks: write`.
 */
async function publishCheckRun(client, run) {
    const summary = capText(run.summary);
    const text = outputText(run.text, run.embed);
    const annotations = run.annotations.map(normalizeAnnotation);
    const output = (batch) => ({
        title: run.title,
        summary,
        ...(text === undefined ? {} : { text }),
        ...(batch.length ? { annotations: batch } : {})
    });
    return (0,_client_js__WEBPACK_IMPORTED_MODULE_0__.withGitHubErrors)(client, {
        input: 'check-name',
        doing: `publishing check run "${run.name}" on ${run.owner}/${run.repo}@${run.sha.slice(0, 12)}`,
        forbiddenHint: 'the token needs `checks: write` (pull requests from forks get a read-only token)',
        notFoundHint: 'the repository or commit does not exist, or the token cannot see it'
    }, async () => {
        const created = await client.request('POST /repos/{owner}/{repo}/check-runs', {
            owner: run.owner,
            repo: run.repo,
            name: run.name,
            head_sha: run.sha,
            status: 'completed',
            conclusion: run.conclusion,
            completed_at: new Date().toISOString(),
            ...(run.detailsUrl ? { details_url: run.detailsUrl } : {}),
            output: output(annotations.slice(0, ANNOTATIONS_PER_REQUEST))
        });
        // int64 in GitHub's description; check run ids fit a double.
        const id = Number(created.data.id);
        let requests = 1;
        // Bounded by the annotation count: one update per further batch of 50.
        for (let start = ANNOTATIONS_PER_REQUEST; start < annotations.length; start += ANNOTATIONS_PER_REQUEST) {
            await client.request('PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}', {
                owner: run.owner,
                repo: run.repo,
                check_run_id: id,
                output: output(annotations.slice(start, start + ANNOTATIONS_PER_REQUEST))
            });
            requests++;
        }
        return { id, htmlUrl: created.data.html_url ?? null, requests };
    });
}
/**
 * `text` cut to GitHub's limit with a note saying so. The limit is counted in UTF-8 bytes, which
 * is never less than GitHub's character count, and the cut never splits a character.
 */
function capText(text, limit = OUTPUT_TEXT_LIMIT) {
    if (Buffer.byteLength(text, 'utf8') <= limit)
        return text;
    const note = `\n\n_… cut here: GitHub keeps ${limit} characters of the ${text.length} written._`;
    const room = limit - Buffer.byteLength(note, 'utf8');
    let cut = Buffer.from(text, 'utf8').subarray(0, room).toString('utf8');
    // A multi-byte character split by the byte cut decodes as U+FFFD: drop it.
    cut = cut.replace(/\uFFFD+$/, '');
    return cut + note;
}
/** `output.text`: the visible text cut to leave room for `embed`, then `embed` whole. */
function outputText(visible, embed) {
    const hidden = embed && Buffer.byteLength(embed, 'utf8') <= OUTPUT_TEXT_LIMIT ? embed : '';
    if (!hidden)
        return visible === undefined ? undefined : capText(visible);
    if (visible === undefined || visible === '')
        return hidden;
    const room = OUTPUT_TEXT_LIMIT - Buffer.byteLength(hidden, 'utf8') - 2;
    return room > 200 ? `${capText(visible, room)}\n\n${hidden}` : hidden;
}
/** GitHub refuses columns on multi-line annotations and lines below 1. */
function normalizeAnnotation(a) {
    const start = Math.max(1, Math.floor(a.start_line || 1));
    const end = Math.max(start, Math.floor(a.end_line || start));
    const out = {
        path: a.path.replace(/\\/g, '/').replace(/^\.\//, ''),
        start_line: start,
        end_line: end,
        annotation_level: a.annotation_level,
        message: capText(a.message, 64 * 1024 - 1)
    };
    if (start === end && a.start_column !== undefined) {
        out.start_column = a.start_column;
        if (a.end_column !== undefined)
            out.end_column = a.end_column;
    }
    if (a.title)
        out.title = a.title.slice(0, 255);
    if (a.raw_details)
        out.raw_details = capText(a.raw_details, 64 * 1024 - 1);
    return out;
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
