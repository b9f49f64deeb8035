/**
 * Shared by the online supply-chain rules (PG240–PG245, zizmor's online audits, and PG150/PG151
 * with a token): the `uses:` of other repositories in the run's files, and what the GitHub API says
 * about them — tags, branches, the repository, commit ancestry, advisories, the action.yml or
 * reusable workflow at the ref used. One session a run (per client): every answer is
 * cached, so a repository's tags are read once however many files and rules ask; requests run a
 * few at a time and time out; an API failure becomes one note a repository (a rate limit one note
 * a run, and no further requests), never an exception.
 */
import type { GitHubClient } from '../../../github/client.js';
import type { FileModel, Scalar, StepModel } from '../../model.js';
import { parseSource } from '../../parse.js';
import type { Project, RuleContext } from '../../rule.js';
import type { SourceFile } from '../../source.js';
import { lineOf } from '../syntax/tokens.js';

/** One `uses: owner/repo[/path]@ref` of a job or step. */
export interface UsesSite {
  file: SourceFile;
  node: Scalar;
  /** `owner/repo`, as written. */
  slug: string;
  owner: string;
  repo: string;
  ref: string;
  /** A full commit SHA (lower-case) when the ref is one. */
  sha?: string;
  /** The text of a `# comment` after the value on its line, without `#`. */
  comment?: string;
  /** The path inside the repository (`''` for its root): a directory of action.yml, or a reusable workflow. */
  path: string;
}

const SHA = /^[0-9a-f]{40}$/i;
const USES = /^([A-Za-z0-9][A-Za-z0-9-]*)\/([A-Za-z0-9._-]+)(?:\/([^@]*))?@([^@\s]+)$/;

/** The remote `uses:` of every job and step (composite actions included), in file order. */
export function usesSites(project: Project): UsesSite[] {
  const sites: UsesSite[] = [];
  const add = (file: FileModel, node: Scalar | undefined): void => {
    const value = node?.value.trim();
    if (!node || !value || value.includes('${{')) return;
    const m = USES.exec(value);
    if (!m) return;
    const line = lineOf(file.file, node.at.line);
    const comment = /\s#(.*)$/.exec(line.slice(node.at.column - 1))?.[1]?.trim();
    sites.push({ file: file.file, node, slug: `${m[1]}/${m[2]}`, owner: m[1], repo: m[2], ref: m[4], sha: SHA.test(m[4]) ? m[4].toLowerCase() : undefined, comment, path: (m[3] ?? '').replace(/\/+$/, '') });
  };
  for (const parsed of project.files) {
    const model = parsed.model;
    if (!model) continue;
    const steps = (list: readonly StepModel[]) => list.forEach((s) => add(model, s.uses));
    if (model.kind === 'workflow') {
      for (const job of model.jobs) {
        add(model, job.uses);
        steps(job.steps);
      }
    } else steps(model.steps);
  }
  return sites;
}

/**
 * The version a `# comment` names, as zizmor reads it: the whole comment is one word, after an
 * optional `tag=`, `version:` or `ver=`.
 */
export function commentVersion(comment: string | undefined): string | undefined {
  if (comment === undefined) return undefined;
  return /^\s*(?:(?:tag|version|ver)\s*[:=]\s*)?(\S+)$/.exec(comment)?.[1];
}

/** Why an answer is missing: said once per repository (once per run for a rate limit). */
export interface Failure {
  failed: string;
  /** The whole run is affected (rate limit): no further request is made. */
  run?: boolean;
  /** Said once a run under this key rather than once per repository (a bound of the run met). */
  scope?: string;
}

export function isFailure(x: unknown): x is Failure {
  return typeof x === 'object' && x !== null && 'failed' in x;
}

export interface RefList {
  refs: { name: string; sha: string }[];
  /** False when the repository has more than the pages read. */
  complete: boolean;
}

export interface RepoInfo {
  archived: boolean;
  defaultBranch: string;
}

export interface Advisory {
  ghsaId: string;
  severity: string;
  summary: string;
  firstPatched?: string;
}

/** Bounds of a session. */
export interface SessionOptions {
  /** Requests in flight at once. @default 4 */
  concurrency: number;
  /** Each request's time limit. @default 15000 */
  timeoutMs: number;
  /** Pages of 100 tags or branches read a repository. @default 10 */
  maxPages: number;
  /** Compares made for one commit before giving up on it (impostor-commit). @default 250 */
  maxCompares: number;
  /** Annotated tags followed to their commit. @default 5 */
  maxTagHops: number;
  /** Time the whole session may take; later requests are not sent. @default 120000 */
  budgetMs: number;
  /** Files (action.yml, reusable workflows) read through the contents API a run. @default 200 */
  maxFiles: number;
  /** Largest file read; a larger one is refused. @default 262144 (256 KB) */
  maxFileBytes: number;
}

const DEFAULTS: SessionOptions = { concurrency: 4, timeoutMs: 15_000, maxPages: 10, maxCompares: 250, maxTagHops: 5, budgetMs: 120_000, maxFiles: 200, maxFileBytes: 256 * 1024 };

type Answer = { data: unknown } | { status: number; failure: Failure };

/** Per-run cache and request pacing over one client. */
export class OnlineSession {
  private readonly cache = new Map<string, Promise<unknown>>();
  private readonly options: SessionOptions;
  private active = 0;
  private readonly waiting: (() => void)[] = [];
  private stopped?: Failure;
  /** Repositories (and `run`) whose failure was already reported. */
  readonly reported = new Set<string>();
  /** Requests sent, for tests and the log. */
  requests = 0;
  private readonly started = Date.now();
  /** Files asked of the contents API so far (bounded by maxFiles). */
  private files = 0;

  constructor(
    private readonly client: GitHubClient,
    options: Partial<SessionOptions> = {}
  ) {
    this.options = { ...DEFAULTS, ...options };
  }

  /** Runs `make` once per key for the session. */
  private once<T>(key: string, make: () => Promise<T>): Promise<T> {
    let p = this.cache.get(key) as Promise<T> | undefined;
    if (!p) {
      p = make();
      this.cache.set(key, p);
    }
    return p;
  }

  private async slot<T>(run: () => Promise<T>): Promise<T> {
    while (this.active >= this.options.concurrency) await new Promise<void>((resolve) => this.waiting.push(resolve));
    this.active++;
    try {
      return await run();
    } finally {
      this.active--;
      this.waiting.shift()?.();
    }
  }

  /** One GET; failures become an answer, a rate limit stops the session. */
  private async get(route: string, params: Record<string, string | number>, doing: string): Promise<Answer> {
    if (this.stopped) return { status: 0, failure: this.stopped };
    return this.slot(async () => {
      if (!this.stopped && Date.now() - this.started > this.options.budgetMs) {
        this.stopped = { failed: `the online audits used their ${this.options.budgetMs / 1000}s for this run; the rest was not checked`, run: true };
      }
      if (this.stopped) return { status: 0, failure: this.stopped };
      this.requests++;
      const signal = AbortSignal.timeout(this.options.timeoutMs);
      try {
        const res = await this.client.request(route, { ...params, request: { signal } });
        return { data: res.data };
      } catch (err) {
        const e = err as { status?: unknown; message?: unknown; response?: { headers?: Record<string, string | undefined>; data?: { message?: unknown } } };
        const status = typeof e.status === 'number' ? e.status : 0;
        const said = String(typeof e.response?.data?.message === 'string' ? e.response.data.message : (e.message ?? err)).replace(/\s+/g, ' ').replace(/\.$/, '');
        const headers = e.response?.headers ?? {};
        if ((status === 403 || status === 429) && (headers['x-ratelimit-remaining'] === '0' || /rate limit/i.test(said))) {
          this.stopped = { failed: `${doing}: GitHub answered ${status}: ${said}; the online audits stopped for this run (retry later, or use a token with its own rate limit)`, run: true };
          return { status, failure: this.stopped };
        }
        if (!e.response) {
          // No HTTP answer (refused, DNS, TLS): Octokit says "Unknown Error", its cause says why.
          const cause = (err as { cause?: { message?: string; cause?: { message?: string } } }).cause;
          const why = signal.aborted ? `no answer within ${this.options.timeoutMs / 1000}s` : `could not reach the GitHub API: ${cause?.cause?.message ?? cause?.message ?? said}`;
          return { status, failure: { failed: `${doing}: ${why}` } };
        }
        return { status, failure: { failed: `${doing}: GitHub answered ${status}: ${said}` } };
      }
    });
  }

  /** GET /repos/{owner}/{repo}: archived, default branch. */
  repository(owner: string, repo: string): Promise<RepoInfo | Failure> {
    return this.once(`repo ${owner}/${repo}`.toLowerCase(), async () => {
      const a = await this.get('GET /repos/{owner}/{repo}', { owner, repo }, `reading ${owner}/${repo}`);
      if ('failure' in a) {
        return a.status === 404 ? { failed: `repository ${owner}/${repo} not found (deleted, renamed or private to this token)` } : a.failure;
      }
      const d = a.data as { archived?: boolean; default_branch?: string };
      return { archived: d.archived === true, defaultBranch: String(d.default_branch ?? 'main') };
    });
  }

  private list(kind: 'tags' | 'branches', owner: string, repo: string): Promise<RefList | Failure> {
    return this.once(`${kind} ${owner}/${repo}`.toLowerCase(), async () => {
      const refs: RefList['refs'] = [];
      for (let page = 1; page <= this.options.maxPages; page++) {
        const a = await this.get(`GET /repos/{owner}/{repo}/${kind}`, { owner, repo, per_page: 100, page }, `listing the ${kind} of ${owner}/${repo}`);
        if ('failure' in a) return a.status === 404 ? { failed: `repository ${owner}/${repo} not found (deleted, renamed or private to this token)` } : a.failure;
        const items = a.data as { name: string; commit: { sha: string } }[];
        for (const t of items) refs.push({ name: t.name, sha: t.commit.sha.toLowerCase() });
        if (items.length < 100) return { refs, complete: true };
      }
      return { refs, complete: false };
    });
  }

  /** Every tag, with the commit it points at (GET /tags peels annotated tags). */
  tags(owner: string, repo: string): Promise<RefList | Failure> {
    return this.list('tags', owner, repo);
  }

  branches(owner: string, repo: string): Promise<RefList | Failure> {
    return this.list('branches', owner, repo);
  }

  /** The longest tag name at `sha` (`v4.2.2` rather than `v4`), or undefined. */
  async tagAt(owner: string, repo: string, sha: string): Promise<string | undefined | Failure> {
    const tags = await this.tags(owner, repo);
    if (isFailure(tags)) return tags;
    return tags.refs.filter((t) => t.sha === sha).sort((a, b) => b.name.length - a.name.length)[0]?.name;
  }

  /** The commit an annotated tag object points at, following tags of tags; undefined when `sha` is no tag object. */
  peelTag(owner: string, repo: string, sha: string): Promise<string | undefined | Failure> {
    return this.once(`peel ${owner}/${repo}@${sha}`.toLowerCase(), async () => {
      let next = sha;
      for (let hop = 0; hop < this.options.maxTagHops; hop++) {
        const a = await this.get('GET /repos/{owner}/{repo}/git/tags/{tag_sha}', { owner, repo, tag_sha: next }, `reading tag object ${next.slice(0, 12)} of ${owner}/${repo}`);
        if ('failure' in a) return a.status === 404 ? (hop === 0 ? undefined : next) : a.failure;
        const object = (a.data as { object: { sha: string; type: string } }).object;
        if (object.type !== 'tag') return object.sha.toLowerCase();
        next = object.sha;
      }
      return undefined;
    });
  }

  /** Whether `sha` is in the history of commit `base` (compare is `behind` or `identical`); undefined when GitHub does not know `sha`. */
  contains(owner: string, repo: string, base: string, sha: string): Promise<boolean | undefined | Failure> {
    return this.once(`compare ${owner}/${repo} ${base}...${sha}`.toLowerCase(), async () => {
      const a = await this.get('GET /repos/{owner}/{repo}/compare/{basehead}', { owner, repo, basehead: `${base}...${sha}` }, `comparing ${sha.slice(0, 12)} with ${owner}/${repo}`);
      if ('failure' in a) return a.status === 404 ? undefined : a.failure;
      const status = (a.data as { status: string }).status;
      return status === 'behind' || status === 'identical';
    });
  }

  /**
   * Whether `sha` belongs to the repository: `ok` when a branch or tag has it in its history,
   * `impostor` when none does, `missing` when it shares history with none of them (no such
   * commit, or an orphan), `unknown` when the bounds stopped the search first.
   */
  reachable(owner: string, repo: string, sha: string): Promise<'ok' | 'impostor' | 'missing' | 'unknown' | Failure> {
    return this.once(`reachable ${owner}/${repo}@${sha}`.toLowerCase(), async () => {
      const [info, tags, branches] = await Promise.all([this.repository(owner, repo), this.tags(owner, repo), this.branches(owner, repo)]);
      if (isFailure(info)) return info;
      if (isFailure(tags)) return tags;
      if (isFailure(branches)) return branches;
      const heads = [...tags.refs, ...branches.refs];
      if (heads.some((r) => r.sha === sha)) return 'ok';
      // The default branch first, then tags (releases), then the other branches: each a base.
      const def = branches.refs.find((b) => b.name === info.defaultBranch);
      const bases = [...new Set([...(def ? [def.sha] : []), ...tags.refs.map((t) => t.sha), ...branches.refs.map((b) => b.sha)])];
      if (bases.length === 0) return tags.complete && branches.complete ? 'missing' : 'unknown';
      let candidate = sha;
      let first = await this.contains(owner, repo, bases[0], candidate);
      if (first === undefined) {
        // Unknown to compare: perhaps an annotated tag's object SHA.
        const peeled = await this.peelTag(owner, repo, sha);
        if (isFailure(peeled)) return peeled;
        if (peeled && heads.some((r) => r.sha === peeled)) return 'ok';
        if (peeled) {
          candidate = peeled;
          first = await this.contains(owner, repo, bases[0], candidate);
        }
      }
      if (isFailure(first)) return first;
      if (first) return 'ok';
      let related = first !== undefined;
      // The other bases a few at a time (as many as requests may run at once), up to the bound.
      const rest = bases.slice(1, this.options.maxCompares);
      for (let i = 0; i < rest.length; i += this.options.concurrency) {
        const answers = await Promise.all(rest.slice(i, i + this.options.concurrency).map((base) => this.contains(owner, repo, base, candidate)));
        const failure = answers.find(isFailure);
        if (failure) return failure;
        if (answers.includes(true)) return 'ok';
        if (answers.includes(false)) related = true;
      }
      if (bases.length > this.options.maxCompares) return 'unknown';
      if (!tags.complete || !branches.complete) return 'unknown';
      // Compare answers 404 for a commit GitHub does not know, and for one that shares no history.
      return related ? 'impostor' : 'missing';
    });
  }

  /** Reviewed, not withdrawn advisories of the `actions` ecosystem that affect `owner/repo@version`. */
  advisories(owner: string, repo: string, version: string): Promise<Advisory[] | Failure> {
    const slug = `${owner}/${repo}`;
    return this.once(`advisories ${slug}@${version}`.toLowerCase(), async () => {
      const a = await this.get('GET /advisories', { ecosystem: 'actions', affects: `${slug}@${version}`, per_page: 100 }, `reading the advisories of ${slug}@${version}`);
      if ('failure' in a) return a.failure;
      const list = a.data as { ghsa_id: string; severity: string; summary: string; withdrawn_at: string | null; vulnerabilities: { package: { ecosystem: string; name: string | null } | null; first_patched_version: string | null }[] | null }[];
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
  fileAt(owner: string, repo: string, path: string, ref: string): Promise<string | undefined | Failure> {
    return this.once(`contents ${owner}/${repo}`.toLowerCase() + ` ${path}@${ref}`, async () => {
      const what = `${path} of ${owner}/${repo}@${ref}`;
      if (++this.files > this.options.maxFiles) {
        return { failed: `the online audits read at most ${this.options.maxFiles} action.yml and workflow files a run; ${what} and the rest were not read`, scope: 'files' };
      }
      const a = await this.get('GET /repos/{owner}/{repo}/contents/{path}', { owner, repo, path, ref }, `reading ${what}`);
      if ('failure' in a) return a.status === 404 ? undefined : a.failure;
      const d = a.data as { type?: unknown; size?: unknown; encoding?: unknown; content?: unknown };
      if (Array.isArray(a.data) || d.type !== 'file') return undefined;
      const size = typeof d.size === 'number' ? d.size : 0;
      if (size > this.options.maxFileBytes) {
        return { failed: `${what} is ${Math.ceil(size / 1024)} KB, more than the ${Math.floor(this.options.maxFileBytes / 1024)} KB read; not read` };
      }
      if (d.encoding !== 'base64' || typeof d.content !== 'string') return { failed: `reading ${what}: GitHub sent no content (encoding "${String(d.encoding)}")` };
      return Buffer.from(d.content, 'base64').toString('utf8');
    });
  }

  /**
   * What a remote `uses:` runs, parsed: the action metadata of `path` (action.yml, else
   * action.yaml) or the reusable workflow `path` (`.github/workflows/x.yml`), at `ref`; undefined
   * when there is none or it has no model (an action with only a Dockerfile, a file that does not parse).
   */
  usesFileAt(owner: string, repo: string, path: string, ref: string): Promise<FileModel | undefined | Failure> {
    return this.once(`uses ${owner}/${repo}`.toLowerCase() + ` ${path}@${ref}`, async () => {
      const workflow = /^\.github\/workflows\/[^/]+\.ya?ml$/.test(path);
      const candidates = workflow ? [path] : ['action.yml', 'action.yaml'].map((f) => (path ? `${path}/${f}` : f));
      for (const candidate of candidates) {
        const text = await this.fileAt(owner, repo, candidate, ref);
        if (text === undefined) continue;
        if (isFailure(text)) return text;
        const parsed = await parseSource({ path: `${owner}/${repo}/${candidate}@${ref}`, abs: '', kind: workflow ? 'workflow' : 'action', text });
        return parsed.model;
      }
      return undefined;
    });
  }
}

const sessions = new WeakMap<GitHubClient, OnlineSession>();

/** The run's session: one per client, whichever rule asks first; undefined without a token. */
export function sessionFor(context: RuleContext): OnlineSession | undefined {
  const client = context.github;
  if (!client) return undefined;
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
export function reportFailure(context: RuleContext, session: OnlineSession, site: UsesSite, answer: unknown): answer is Failure {
  if (!isFailure(answer)) return false;
  const key = answer.run ? 'run' : (answer.scope ?? site.slug.toLowerCase());
  if (session.reported.has(key)) return true;
  session.reported.add(key);
  context.report(site.file, site.node, `could not check "${site.node.value.trim()}" through the GitHub API: ${answer.failed}`, 'note');
  return true;
}

/** The tags and branches of a site's repository; undefined (the failure reported) when unreadable. */
export async function refsOf(context: RuleContext, session: OnlineSession, site: UsesSite): Promise<{ tags: RefList; branches: RefList } | undefined> {
  const [tags, branches] = await Promise.all([session.tags(site.owner, site.repo), session.branches(site.owner, site.repo)]);
  if (reportFailure(context, session, site, tags) || reportFailure(context, session, site, branches) || isFailure(tags) || isFailure(branches)) return undefined;
  return { tags, branches };
}

/** Runs `check` for every site, all at once (the session paces the requests). */
export async function eachSite(context: RuleContext, check: (session: OnlineSession, site: UsesSite) => Promise<void>): Promise<void> {
  const session = sessionFor(context);
  if (!session) return;
  await Promise.all(usesSites(context.project).map((site) => check(session, site)));
}
