export const id = 929;
export const ids = [929,408];
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

/***/ 7929:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   upsertPullRequestComment: () => (/* binding */ upsertPullRequestComment)
/* harmony export */ });
/* unused harmony exports COMMENT_BODY_LIMIT, MAX_COMMENT_PAGES, commentMarker, composeCommentBody */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6512);
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7408);
/**
 * One pull request comment per key (gates-enforcer's report), created once and updated on every
 * run, found again by a hidden marker at the top of its body.
 *
 * GitHub has no conditional writes for issue comments, so concurrent runs can each create one.
 * Every run therefore lists the comments again after writing: when several carry our marker, all
 * runs converge on the oldest (lowest id), the newest run writes its body there and the others are
 * deleted. A stamp (run id, attempt, commit) in the marker keeps an older run from overwriting a
 * newer one. What remains open is one round trip: an older run's update that GitHub applies after
 * a newer run has written and checked (GitHub offers no compare-and-swap to close it).
 *
 * Core code: no `@actions/core` here.
 */


/**
 * GitHub refuses a longer comment body: 422 "Body is too long (maximum is 65536 characters)"
 * (REST API, create or update an issue comment). It counts characters; a JavaScript length
 * (UTF-16 code units) is never smaller, so a body within it by `.length` is within GitHub's.
 */
const COMMENT_BODY_LIMIT = 65536;
/** Pages of 100 comments searched for ours: 5000 comments, more than any pull request has. */
const MAX_COMMENT_PAGES = 50;
/** List-and-fix rounds before giving up on converging (each round is a list and a few writes). */
const MAX_ROUNDS = 6;
const MARKER_PREFIX = '<!-- phase-gates:comment ';
const STAMP_RE = /^<!-- phase-gates:stamp run=(\d+) attempt=(\d+) sha=(\S+) -->/;
/**
 * The hidden HTML comment that starts every comment of `key`. The key is percent-encoded where it
 * could end or break an HTML comment (`>`, `--`, `%`, spaces and controls), so any key works.
 */
function commentMarker(key) {
    const name = key.trim();
    if (!name)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y('the pull request comment needs a non-empty key (the check name, or gates-enforcer)');
    // A check run's name is at most a few dozen characters; a longer key is a mistake, not a name.
    if (name.length > 200)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`the pull request comment key is ${name.length} characters long, over 200`);
    const encoded = name.replace(/[%<>\s\p{Cc}]|-(?=-)|-$/gu, (c) => [...Buffer.from(c, 'utf8')].map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join(''));
    return `${MARKER_PREFIX}${encoded} -->`;
}
function stampMarker(stamp) {
    const sha = stamp.sha && /^[0-9a-f]{7,64}$/i.test(stamp.sha) ? stamp.sha.toLowerCase() : '-';
    return `<!-- phase-gates:stamp run=${stamp.runId} attempt=${stamp.runAttempt} sha=${sha} -->`;
}
/**
 * The stamp a comment body carries after `marker`; a body without one (hand-edited, or written by
 * an older version) reads as run 0, older than any run.
 */
function stampOf(body, marker) {
    const m = STAMP_RE.exec(body.slice(marker.length));
    if (!m)
        return { runId: 0, runAttempt: 0, sha: null };
    return { runId: Number(m[1]), runAttempt: Number(m[2]), sha: m[3] === '-' ? null : m[3] };
}
/** > 0 when `a` is the later run, 0 for the same run and attempt. */
function compareStamps(a, b) {
    return a.runId - b.runId || a.runAttempt - b.runAttempt;
}
function describeStamp(s) {
    return `run ${s.runId} attempt ${s.runAttempt}${s.sha ? ` (${s.sha.slice(0, 12)})` : ''}`;
}
/**
 * The whole comment: marker and stamp on the first line (a CommonMark HTML block of type 2 ends
 * with the line holding `-->`, so the text after it renders as usual), then `body`, cut to
 * GitHub's limit at a line boundary with a visible note. The markers come first, so a cut never
 * touches them; a code fence left open by the cut is closed before the note.
 */
function composeCommentBody(key, stamp, body, limit = COMMENT_BODY_LIMIT) {
    const head = `${commentMarker(key)}${stampMarker(stamp)}\n`;
    const text = body.replace(/\r\n?/g, '\n');
    if (head.length + text.length <= limit)
        return head + text;
    const lines = text.split('\n').length;
    const note = (kept) => `\n\n_… cut here: a GitHub comment holds ${limit} characters; ${kept} of ${lines} lines shown._`;
    // Room for the note with the largest kept count, and a closing fence.
    const room = limit - head.length - note(lines).length - '\n```'.length;
    let cut = text.slice(0, Math.max(0, room));
    const newline = cut.lastIndexOf('\n');
    if (newline > 0)
        cut = cut.slice(0, newline);
    else if (/[\uD800-\uDBFF]$/.test(cut))
        cut = cut.slice(0, -1); // one long line: never half a surrogate pair
    const fences = cut.split('\n').filter((l) => /^\s{0,3}(```|~~~)/.test(l)).length;
    const kept = cut === '' ? 0 : cut.split('\n').length;
    return head + cut + (fences % 2 === 1 ? '\n```' : '') + note(kept);
}
function statusOf(err) {
    const e = err;
    return e && typeof e === 'object' && typeof e.status === 'number' && e.response ? e.status : undefined;
}
/**
 * A 403 that is not a rate limit (GitHub: "Resource not accessible by integration" for a read-only
 * GITHUB_TOKEN, as on a fork's pull request; "Unable to create comment because issue is locked"),
 * or a 404 (a token that cannot see the repository or the pull request).
 */
function isForbidden(err) {
    const status = statusOf(err);
    if (status === 404)
        return true;
    if (status !== 403)
        return false;
    const e = err;
    const message = typeof e.response?.data?.message === 'string' ? e.response.data.message : '';
    return e.response?.headers?.['x-ratelimit-remaining'] !== '0' && !/rate limit/i.test(message);
}
/**
 * Creates or updates the one comment of `o.key` on pull request `o.issue`, removing duplicates
 * that concurrent runs left. Never throws for a token that may not comment (→ `forbidden`).
 * @throws UserError naming `token` for other API failures (401, 5xx after retries, unreachable).
 */
async function upsertPullRequestComment(client, o) {
    const log = o.log ?? (() => undefined);
    if (!Number.isSafeInteger(o.issue) || o.issue <= 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`the pull request number must be a positive whole number, got ${String(o.issue)}`);
    if (!/^[\w.-]+$/.test(o.owner) || !/^[\w.-]+$/.test(o.repo))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`the repository must be owner/name, got "${o.owner}/${o.repo}"`);
    const where = `${o.owner}/${o.repo}#${o.issue}`;
    const marker = commentMarker(o.key);
    const ours = {
        runId: wholeOrZero(o.stamp.runId),
        runAttempt: wholeOrZero(o.stamp.runAttempt),
        sha: o.stamp.sha
    };
    const body = composeCommentBody(o.key, ours, o.body);
    if (!body.endsWith(o.body.replace(/\r\n?/g, '\n')))
        log(`the pull request comment was cut to GitHub's ${COMMENT_BODY_LIMIT} characters`);
    const params = { owner: o.owner, repo: o.repo };
    /**
     * Our key's comments, oldest first ("Issue comments are ordered by ascending ID", GitHub's REST
     * reference; sorted again all the same); only their id, body and link are kept (bounded memory).
     */
    async function listMarked() {
        const found = [];
        let pages = 0;
        for await (const page of client.paginate.iterator('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', {
            ...params,
            issue_number: o.issue,
            per_page: 100
        })) {
            for (const c of page.data) {
                const text = c.body ?? '';
                if (text.startsWith(marker))
                    found.push({ id: Number(c.id), body: text, url: c.html_url, stamp: stampOf(text, marker) });
            }
            if (++pages >= MAX_COMMENT_PAGES) {
                log(`searched the first ${MAX_COMMENT_PAGES * 100} comments of ${where} for ours`);
                break;
            }
        }
        return found.sort((a, b) => a.id - b.id);
    }
    /** Deletes a comment; one already gone (another run deleted it) is fine. */
    async function remove(id) {
        try {
            await client.request('DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}', { ...params, comment_id: id });
        }
        catch (err) {
            if (statusOf(err) !== 404)
                throw err;
        }
    }
    let createdId;
    let wrote = false;
    try {
        let last;
        for (let round = 0; round < MAX_ROUNDS; round++) {
            const marked = await listMarked();
            if (marked.length === 0) {
                const created = await client.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', { ...params, issue_number: o.issue, body });
                createdId = Number(created.data.id);
                last = { id: createdId, body, url: created.data.html_url, stamp: ours };
                continue; // list again: a concurrent run may have created one too
            }
            const target = marked[0];
            last = target;
            const newest = marked.reduce((a, b) => (compareStamps(b.stamp, a.stamp) > 0 ? b : a));
            const duplicates = marked.slice(1);
            if (compareStamps(newest.stamp, ours) > 0) {
                // A newer run wrote: leave its text alone, but remove the duplicates (ours among them).
                for (const d of duplicates)
                    await remove(d.id);
                if (duplicates.length)
                    log(`removed ${duplicates.length} duplicate pull request comment(s) on ${where}`);
                return {
                    action: 'stale',
                    id: target.id,
                    url: target.url,
                    message: `the pull request comment on ${where} is from ${describeStamp(newest.stamp)}, newer than ${describeStamp(ours)}: left as it is`
                };
            }
            let changed = duplicates.length > 0;
            if (target.body !== body) {
                changed = true;
                try {
                    // Read it again just before writing: the list may be pages and moments old, and a newer
                    // run may have written since. This leaves one round trip open, not the whole list.
                    const now = await client.request('GET /repos/{owner}/{repo}/issues/comments/{comment_id}', { ...params, comment_id: target.id });
                    if (compareStamps(stampOf(now.data.body ?? '', marker), ours) > 0)
                        continue; // the next round returns stale
                    await client.request('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', { ...params, comment_id: target.id, body });
                    wrote = true;
                }
                catch (err) {
                    // Deleted in between (by a person): the next round finds or creates another.
                    if (statusOf(err) !== 404)
                        throw err;
                }
            }
            for (const d of duplicates)
                await remove(d.id);
            if (duplicates.length)
                log(`removed ${duplicates.length} duplicate pull request comment(s) on ${where}`);
            if (!changed) {
                const action = target.id === createdId ? 'created' : wrote || createdId !== undefined ? 'updated' : 'unchanged';
                return { action, id: target.id, url: target.url };
            }
            // Something was written: list again to see that no concurrent run undid it.
        }
        log(`the pull request comment on ${where} was still being changed by another run after ${MAX_ROUNDS} rounds`);
        const id = last?.id;
        return { action: id === createdId ? 'created' : 'updated', id, url: last?.url };
    }
    catch (err) {
        // Forbidden before anything was written: nothing is left half-way.
        if (isForbidden(err) && !wrote && createdId === undefined) {
            const e = err;
            const said = typeof e.response?.data?.message === 'string' ? e.response.data.message.replace(/\s+/g, ' ').replace(/\.$/, '') : 'forbidden';
            const why = statusOf(err) === 404
                ? 'the token cannot see the repository or the pull request'
                : 'the token may not comment: a pull request from a fork gets a read-only GITHUB_TOKEN, or the job lacks `pull-requests: write`';
            return {
                action: 'forbidden',
                message: `no pull request comment on ${where}: GitHub answered ${statusOf(err)}: ${said} (${why}); the report is in the job summary`
            };
        }
        throw (0,_client_js__WEBPACK_IMPORTED_MODULE_1__.toGitHubUserError)(client, err, { input: 'token', doing: `writing the pull request comment on ${where}` });
    }
}
function wholeOrZero(n) {
    return Number.isSafeInteger(n) && n > 0 ? n : 0;
}


/***/ })

};
