/**
 * The GitHub REST client every phase-gates action shares (gates-enforcer for alerts and check runs,
 * deploy for Deployments, smoke-test for deployment statuses, workflows-validation for branch
 * protection and rulesets), and the one place where API failures become user errors.
 *
 * Core code: no `@actions/core` here, the command line uses it too.
 */
import { GitHub, defaults as toolkitDefaults, getOctokitOptions } from '@actions/github/lib/utils';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { UserError } from '../errors.js';

// Importing `@actions/github/lib/utils` builds its `context` from the environment (GITHUB_SHA, …,
// and the GITHUB_EVENT_PATH payload) and its default fetch from GITHUB_API_URL, once, at import
// time; it does not import @actions/core. Nothing here reads that `context`: repoFromEnv reads
// the environment it is given, so tests and the command line can pass their own.
const Client = GitHub.plugin(retry, throttling);

/** An authenticated Octokit with REST methods, pagination, retries and rate limit handling. */
export type GitHubClient = InstanceType<typeof Client>;

/** The public API, used when GITHUB_API_URL is not set. */
export const DEFAULT_API_URL = 'https://api.github.com';

/** Options of {@link createGitHubClient}. */
export interface GitHubClientOptions {
  /** A token (`GITHUB_TOKEN`, a PAT or an app token), sent as `authorization: token …`. */
  token: string;
  /** The REST API root: GITHUB_API_URL on runners, a local server in tests. @default 'https://api.github.com' */
  apiUrl?: string;
  /** Prefixed to Octokit's own user agent. @default 'phase-gates' */
  userAgent?: string;
  /** Receives one line per retry and rate limit wait (the host's `info`, usually). */
  log?: (message: string) => void;
  /** Attempts after the first for 5xx answers and network failures. @default 3 */
  retries?: number;
  /**
   * The unit of every wait, in ms: the n-th retry waits n² units, a rate limit waits its reset
   * time in seconds × unit / 1000. Tests make it small. @default 1000
   */
  retryBaseMs?: number;
  /** Rate limit retries per request. @default 2 */
  rateLimitRetries?: number;
  /** A rate limit that resets later than this (in seconds) fails at once rather than stall CI. @default 60 */
  maxRateLimitWaitSeconds?: number;
}

/**
 * The client options the environment sets: `apiUrl` from GITHUB_API_URL (the runner's). Pacing is
 * GitHub's guidance, whatever the environment; only code that builds a client (tests in-process)
 * passes another `retryBaseMs`.
 */
export function clientOptionsFromEnv(env: Readonly<Record<string, string | undefined>>): Pick<GitHubClientOptions, 'apiUrl'> {
  const apiUrl = env.GITHUB_API_URL?.trim();
  return apiUrl ? { apiUrl } : {};
}

/** Tokens of the clients made here, to scrub them from any message (never kept on the client). */
const secrets = new WeakMap<object, string>();

/** Builds the client. It sends nothing until called. */
export function createGitHubClient(options: GitHubClientOptions): GitHubClient {
  const token = options.token.trim();
  if (!token) {
    throw new UserError('a GitHub token is required', { input: 'token', hint: 'pass `token: ${{ github.token }}` or set GITHUB_TOKEN' });
  }
  const apiUrl = (options.apiUrl?.trim() || DEFAULT_API_URL).replace(/\/+$/, '');
  let parsed: URL;
  try {
    parsed = new URL(apiUrl);
  } catch {
    throw new UserError(`GITHUB_API_URL is not a URL: "${apiUrl}"`);
  }
  const log = options.log ?? (() => undefined);
  const base = options.retryBaseMs ?? 1000;
  const rateLimitRetries = options.rateLimitRetries ?? 2;
  const maxWait = options.maxRateLimitWaitSeconds ?? 60;

  const onLimit =
    (kind: string) =>
    (retryAfter: number, request: { method?: string; url?: string }, _octokit: unknown, retryCount: number): boolean => {
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
  const request: Record<string, unknown> = { ...((toolkitDefaults.request ?? {}) as Record<string, unknown>) };

  const throttle: Record<string, unknown> = {
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

  const client = new Client(
    getOctokitOptions(token, {
      baseUrl: apiUrl,
      userAgent: options.userAgent ?? 'phase-gates',
      request,
      retry: { retries: options.retries ?? 3, retryAfterBaseValue: base, doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451] },
      throttle,
      // Octokit logs deprecations and request failures to the console by default; the host logs instead.
      log: { debug: () => undefined, info: () => undefined, warn: (m: string) => log(String(m)), error: () => undefined }
    } as unknown as Parameters<typeof getOctokitOptions>[1])
  ) as GitHubClient;
  secrets.set(client, token);
  return client;
}

/** The repository and commit a run is about. */
export interface RepoRef {
  owner: string;
  repo: string;
  sha: string;
}

/** owner/repo from GITHUB_REPOSITORY and the commit from GITHUB_SHA, as the runner sets them. */
export function repoFromEnv(env: Readonly<Record<string, string | undefined>>): RepoRef {
  const full = env.GITHUB_REPOSITORY?.trim();
  const hint = 'set by GitHub Actions; on the command line set GITHUB_REPOSITORY=owner/repo and GITHUB_SHA';
  if (!full) throw new UserError('GITHUB_REPOSITORY is not set', { hint });
  const m = /^([^/\s]+)\/([^/\s]+)$/.exec(full);
  if (!m) throw new UserError(`GITHUB_REPOSITORY must be owner/repo, got "${full}"`, { hint });
  const sha = env.GITHUB_SHA?.trim();
  if (!sha) throw new UserError('GITHUB_SHA is not set', { hint });
  return { owner: m[1], repo: m[2], sha };
}

/** What a call was doing, for the message of {@link toGitHubUserError}. */
export interface GitHubCallContext {
  /** The input the call serves, e.g. `github-alerts`, `check-name`. 401 always names `token`. */
  input: string;
  /** What was being done, e.g. `reading Dependabot alerts of acme/app`. */
  doing: string;
  /** Said after a 403 that is not a rate limit, e.g. which permission the token needs. */
  forbiddenHint?: string;
  /** Said after a 404, e.g. that the feature may be disabled. */
  notFoundHint?: string;
}

/**
 * Runs `call` and turns API failures into one-line UserErrors naming the input, the HTTP status
 * and GitHub's message; other errors pass through unchanged.
 */
export async function withGitHubErrors<T>(client: GitHubClient, context: GitHubCallContext, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (err) {
    throw toGitHubUserError(client, err, context);
  }
}

interface RequestErrorLike {
  status: number;
  message: string;
  response?: { headers?: Record<string, string | undefined>; data?: unknown };
  request?: { method?: string; url?: string; request?: { retryCount?: number } };
  cause?: unknown;
}

function isRequestError(err: unknown): err is RequestErrorLike {
  return err instanceof Error && typeof (err as Partial<RequestErrorLike>).status === 'number' && 'request' in err;
}

/**
 * The user error for an API failure: `token: reading …: GitHub answered 401: Bad credentials` — one
 * line, no stack, and never the token. Anything that is not an API failure is returned unchanged.
 */
export function toGitHubUserError(client: GitHubClient, err: unknown, context: GitHubCallContext): unknown {
  if (!isRequestError(err)) return err;
  const scrub = (text: string) => {
    const token = secrets.get(client);
    return (token ? text.split(token).join('***') : text).replace(/\s+/g, ' ').trim();
  };
  const status = err.status;
  const data = err.response?.data as { message?: unknown; errors?: unknown } | undefined;
  // GitHub's messages end with a period now and then; the hint follows in parentheses.
  const said = scrub(typeof data?.message === 'string' ? data.message : err.message).replace(/\.$/, '');
  const headers = err.response?.headers ?? {};

  if (!err.response) {
    // No HTTP answer at all (DNS, refused connection, TLS): @octokit/request reports these as 500.
    const cause = err.cause instanceof Error ? (err.cause.cause instanceof Error ? err.cause.cause.message : err.cause.message) : '';
    const where = err.request?.url ? new URL(err.request.url).origin : 'the GitHub API';
    return new UserError(scrub(`${context.doing}: could not reach ${where}: ${cause || err.message}`), {
      input: context.input,
      hint: 'check GITHUB_API_URL and the network'
    });
  }
  if (status === 401) {
    return new UserError(`${context.doing}: GitHub answered 401: ${said}`, {
      input: 'token',
      hint: 'the token is missing, expired or revoked'
    });
  }
  if ((status === 403 || status === 429) && (headers['x-ratelimit-remaining'] === '0' || /rate limit/i.test(said))) {
    const reset = Number(headers['x-ratelimit-reset']);
    const when = Number.isFinite(reset) && reset > 0 ? `; it resets at ${new Date(reset * 1000).toISOString()}` : '';
    return new UserError(`${context.doing}: GitHub answered ${status}: ${said}${when}`, {
      input: context.input,
      hint: 'retry later, or use a token with its own rate limit'
    });
  }
  let detail = '';
  if (status === 422 && Array.isArray(data?.errors)) {
    detail = `: ${data.errors
      .map((e) => (typeof e === 'string' ? e : typeof (e as { message?: unknown }).message === 'string' ? (e as { message: string }).message : JSON.stringify(e)))
      .join('; ')}`;
  }
  const retries = err.request?.request?.retryCount;
  const after = status >= 500 && retries ? ` (after ${retries} ${retries === 1 ? 'retry' : 'retries'})` : '';
  const hint = status === 403 ? context.forbiddenHint : status === 404 ? context.notFoundHint : undefined;
  return new UserError(scrub(`${context.doing}: GitHub answered ${status}: ${said}${detail}${after}`), { input: context.input, hint });
}

/**
 * A stand-in for a Bottleneck group that runs jobs one at a time, at least `minTimeMs` apart — the
 * only part of Bottleneck the throttling plugin uses for its write and notification groups.
 */
function spacer(minTimeMs: number): unknown {
  let tail: Promise<unknown> = Promise.resolve();
  let nextAt = 0;
  const limiter = {
    schedule<T>(_options: unknown, job: (...args: unknown[]) => Promise<T>, ...args: unknown[]): Promise<T> {
      const run = tail.then(async () => {
        const wait = nextAt - Date.now();
        if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
        nextAt = Date.now() + minTimeMs;
        return job(...args);
      });
      tail = run.catch(() => undefined);
      return run;
    }
  };
  return { key: () => limiter };
}
