/**
 * A local GitHub REST API for tests: a real `node:http` server on 127.0.0.1 (random port) over an
 * in-memory state, serving what phase-gates calls — repositories, Dependabot and code scanning
 * alerts, check runs, deployments and their statuses, branch protection and rulesets, tags, branches,
 * compare, advisories, file contents (the action.yml at a ref), workflow runs and their artifacts
 * (the zip behind a 302 to a blob URL of this server, which answers without a token, as Azure's
 * signed URLs do, and refuses one that carries a token), and issue comments (the pull request
 * comment of gates-enforcer) and the files of a pull request; a branch with its protection summary,
 * commit statuses (created, listed and combined) and deployment environments with their branch
 * policies (deploy's `ci` and `approval` checks).
 *
 * It behaves like api.github.com where the client can tell: token auth (401 otherwise), per-token
 * permissions (403 "Resource not accessible by integration"), `Link` pagination (page numbers, or
 * cursors for Dependabot alerts), rate limit headers, and fault injection (5xx, primary and
 * secondary rate limits). Every response body is validated against GitHub's own OpenAPI
 * description and every POST/PATCH body against the operation's request schema: a mismatch answers
 * 500 (or 422 for a request) and is recorded in `errors`, so a wrong fixture or a wrong request
 * fails the test. For tests only.
 *
 * @example
 *   const server = await startGitHubServer(createGitHubState({ repos: { 'acme/app': {} } }));
 *   try { ...createGitHubClient({ token: DEFAULT_TOKEN, apiUrl: server.url })... }
 *   finally { await server.close(); }
 */
import crypto from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  actionsApp,
  branchProtection as branchProtectionFixture,
  branchWithProtection,
  combinedStatus,
  commitStatus,
  commitComparison,
  commitObject,
  contentFile,
  fullRepository,
  gitTag,
  issueComment,
  repoTag,
  shortBranch,
  simpleUser,
  type BranchProtectionSpec,
  type GitHubObject
} from './github-fixtures.js';
import { loadGitHubOpenApi, type GitHubOpenApi, type OperationKey } from './openapi.js';

/** The token every state accepts unless told otherwise. Not a real credential. */
export const DEFAULT_TOKEN = 'ghs_phasegatesTestToken000000000000000';

/** GITHUB_TOKEN permission names the server checks (a subset of GitHub's). */
export type Permission = 'metadata' | 'contents' | 'checks' | 'statuses' | 'deployments' | 'security-events' | 'administration' | 'actions' | 'issues' | 'pull-requests';

/** What a token may do: `all`, or a permission map as in a workflow's `permissions:`. */
export type TokenGrant = 'all' | Partial<Record<Permission, 'read' | 'write' | 'none'>>;

/** One repository's data. Arrays hold objects exactly as GitHub sends them (see github-fixtures). */
export interface RepoState {
  id: number;
  private: boolean;
  defaultBranch: string;
  /** Existing branches, for protection and rules. */
  branches: string[];
  /** Branch or tag name → commit SHA, for deployments of a ref. */
  refs: Record<string, string>;
  /** null: Dependabot alerts are disabled for the repository (GitHub answers 403). */
  dependabotAlerts: GitHubObject[] | null;
  /** null: code scanning has no analysis (GitHub answers 404). */
  codeScanningAlerts: GitHubObject[] | null;
  checkRuns: GitHubObject[];
  /** check run id → annotations, in the order received (GitHub appends on every PATCH). */
  checkRunAnnotations: Record<number, GitHubObject[]>;
  deployments: GitHubObject[];
  /** deployment id → statuses, oldest first. */
  deploymentStatuses: Record<number, GitHubObject[]>;
  /** branch → `branch-protection`; a branch absent here is not protected (404). */
  branchProtection: Record<string, GitHubObject>;
  /** Full `repository-ruleset` objects. */
  rulesets: GitHubObject[];
  /** The repository is archived (GET /repos answers `archived: true`). */
  archived: boolean;
  /** Tag name → the commit it points at (peeled), in the order GET /tags lists them. */
  tags: Record<string, string>;
  /** Annotated tag object SHA → what it points at (GET /git/tags/{sha}). */
  tagObjects: Record<string, { tag: string; object: string; type: 'commit' | 'tag' }>;
  /** Commit SHA → parent SHAs: the history compare answers from (commits absent here are unknown). */
  commits: Record<string, string[]>;
  /** Commit SHA → path → text: the files GET contents serves at that commit (or a branch or tag at it). */
  files: Record<string, Record<string, string>>;
  /** `workflow-run` objects (see github-fixtures `workflowRun`), in any order: lists go newest first. */
  workflowRuns: GitHubObject[];
  /** `artifact` objects; each names its run in `workflow_run.id`. */
  artifacts: GitHubObject[];
  /** artifact id → the bytes of its zip, served behind the 302 of the download route. */
  artifactZips: Record<number, Buffer>;
  /** Numbers of the open pull requests (comments link to `/pull/N`). */
  pullRequests: number[];
  /** number → `pull-request` for GET /pulls/{n} (see github-fixtures' pullRequest); these are pull requests too. */
  pulls: Record<number, GitHubObject>;
  /** Numbers of the issues that are not pull requests. Comments on any other number answer 404. */
  issues: number[];
  /** `issue-comment` objects of every issue and pull request, in creation order. */
  issueComments: GitHubObject[];
  /** Pull request number → its files (`diff-entry` objects, see `diffEntry`), as GET …/pulls/{n}/files lists them. */
  pullFiles: Record<number, GitHubObject[]>;
  /** `release` objects (see github-fixtures' release), drafts included: GET by tag serves published ones only, as GitHub does. */
  releases: GitHubObject[];
  /** Commit SHA → its `status` objects (see `commitStatus`), oldest first; the latest of a context wins. */
  commitStatuses: Record<string, GitHubObject[]>;
  /** Environment name → `environment` (see github-fixtures' environment); absent: 404. */
  environments: Record<string, GitHubObject>;
  /** Environment name → its `deployment-branch-policy` objects (see deploymentBranchPolicies). */
  branchPolicies: Record<string, GitHubObject[]>;
}

/** A failure to inject: the next `times` matching requests get it instead of an answer. */
export interface Fault {
  /** `METHOD /path` (prefix match on `METHOD /path?query`), a RegExp on the same, or any request. */
  match?: string | RegExp;
  /** How many requests it hits. @default 1 */
  times?: number;
  /** `status`: answer `status` (default 502); `rate-limit`: 403 with x-ratelimit-remaining 0;
   * `secondary-rate-limit`: 403 with retry-after; `reset`: drop the connection; `delay`: hold the
   * request `delayMs` before serving it as usual (for races between concurrent clients). */
  kind?: 'status' | 'rate-limit' | 'secondary-rate-limit' | 'reset' | 'delay';
  /** For `delay`: how long the request waits before the server reads the state. @default 50 */
  delayMs?: number;
  /** For `delay`: serve at once from the state as it is, but hold the answer `delayMs` (a slow response). */
  after?: boolean;
  status?: number;
  message?: string;
  /** For `rate-limit`: seconds until x-ratelimit-reset. @default 1 */
  resetInSeconds?: number;
  /** For `secondary-rate-limit`: the retry-after header. @default 1 */
  retryAfterSeconds?: number;
}

export interface GitHubState {
  /** token → grant. */
  tokens: Record<string, TokenGrant>;
  /** `owner/name` → repository. */
  repos: Record<string, RepoState>;
  /** Pending faults, consumed in order. */
  faults: Array<Fault & { remaining: number }>;
  /** Next id for created objects. */
  nextId: number;
  /** Global security advisories (`global-advisory` objects), for GET /advisories. */
  advisories: GitHubObject[];
}

/** How a test describes a repository; omitted fields get defaults. */
export interface RepoSpec extends Partial<Omit<RepoState, 'branchProtection'>> {
  /** branch → protection (full object) or a spec for {@link branchProtectionFixture}. */
  branchProtection?: Record<string, GitHubObject | BranchProtectionSpec>;
}

/** A state with the given repositories (`owner/name` → spec) and tokens (default: {@link DEFAULT_TOKEN}). */
export function createGitHubState(
  init: { repos?: Record<string, RepoSpec>; tokens?: Record<string, TokenGrant>; advisories?: GitHubObject[] } = {}
): GitHubState {
  const state: GitHubState = { tokens: init.tokens ?? { [DEFAULT_TOKEN]: 'all' }, repos: {}, faults: [], nextId: 1000, advisories: init.advisories ?? [] };
  let n = 0;
  for (const [fullName, spec] of Object.entries(init.repos ?? {})) addRepo(state, fullName, spec, ++n);
  return state;
}

/** Adds (or replaces) a repository in `state` and returns it. */
export function addRepo(state: GitHubState, fullName: string, spec: RepoSpec = {}, id?: number): RepoState {
  const [owner, name] = fullName.split('/');
  if (!owner || !name) throw new Error(`repository must be owner/name, got ${fullName}`);
  const defaultBranch = spec.defaultBranch ?? 'main';
  const protection: Record<string, GitHubObject> = {};
  for (const [branch, p] of Object.entries(spec.branchProtection ?? {})) {
    protection[branch] = 'url' in p ? (p as GitHubObject) : branchProtectionFixture(owner, name, branch, p as BranchProtectionSpec);
  }
  const repo: RepoState = {
    id: spec.id ?? id ?? Object.keys(state.repos).length + 1,
    private: spec.private ?? true,
    defaultBranch,
    branches: spec.branches ?? [defaultBranch, ...Object.keys(protection).filter((b) => b !== defaultBranch)],
    refs: spec.refs ?? { [defaultBranch]: fakeSha(`${fullName}@${defaultBranch}`) },
    dependabotAlerts: spec.dependabotAlerts === undefined ? [] : spec.dependabotAlerts,
    codeScanningAlerts: spec.codeScanningAlerts === undefined ? [] : spec.codeScanningAlerts,
    checkRuns: spec.checkRuns ?? [],
    checkRunAnnotations: spec.checkRunAnnotations ?? {},
    deployments: spec.deployments ?? [],
    deploymentStatuses: spec.deploymentStatuses ?? {},
    branchProtection: protection,
    rulesets: spec.rulesets ?? [],
    archived: spec.archived ?? false,
    tags: spec.tags ?? {},
    tagObjects: spec.tagObjects ?? {},
    commits: spec.commits ?? {},
    files: spec.files ?? {},
    workflowRuns: spec.workflowRuns ?? [],
    artifacts: spec.artifacts ?? [],
    artifactZips: spec.artifactZips ?? {},
    pullRequests: spec.pullRequests ?? [],
    pulls: spec.pulls ?? {},
    issues: spec.issues ?? [],
    issueComments: spec.issueComments ?? [],
    pullFiles: spec.pullFiles ?? {},
    releases: spec.releases ?? [],
    commitStatuses: spec.commitStatuses ?? {},
    environments: spec.environments ?? {},
    branchPolicies: spec.branchPolicies ?? {}
  };
  state.repos[fullName] = repo;
  return repo;
}

/** One request as the server saw it (the token itself is not kept). */
export interface RecordedRequest {
  method: string;
  /** Path without the query. */
  path: string;
  query: Record<string, string>;
  body: unknown;
  status: number;
  operationId?: string;
  /** `token`, `bearer` or `none`: how the request authenticated. */
  auth: 'token' | 'bearer' | 'none';
}

export interface GitHubServer {
  /** Base URL, e.g. `http://127.0.0.1:41234` — give it as `apiUrl` / GITHUB_API_URL. */
  url: string;
  state: GitHubState;
  requests: RecordedRequest[];
  /** Contract violations: responses or requests that GitHub's OpenAPI description refuses, unserved routes. */
  errors: string[];
  /** The validator, for tests that check a fixture directly. */
  openapi: GitHubOpenApi;
  /** Queues a fault (see {@link Fault}). */
  inject(fault: Fault): void;
  /** The repository `owner/name`, which must exist. */
  repo(fullName: string): RepoState;
  /** Throws when `errors` is not empty: call it in afterEach. */
  assertNoContractErrors(): void;
  close(): Promise<void>;
}

// --- routes ---------------------------------------------------------------------------------------

interface RouteContext {
  state: GitHubState;
  repo: RepoState;
  owner: string;
  name: string;
  params: Record<string, string>;
  query: URLSearchParams;
  body: Record<string, unknown>;
  /** The request URL on this server, for Link headers. */
  self: URL;
}

interface RouteResult {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

interface Route extends OperationKey {
  /** The permission a GITHUB_TOKEN needs (any one of a list); `write` for POST/PATCH/DELETE. */
  permission: Permission | readonly Permission[];
  /** Not about a repository (GET /advisories): `ctx.repo` is not set, handlers must not read it. */
  global?: boolean;
  handle(ctx: RouteContext): RouteResult;
}

const DOCS = 'https://docs.github.com/rest';

const ROUTES: Route[] = [
  {
    method: 'get',
    path: '/repos/{owner}/{repo}',
    permission: 'metadata',
    handle: (c) => ok({ ...fullRepository(c.owner, c.name, c.repo.id, { defaultBranch: c.repo.defaultBranch, private: c.repo.private }), archived: c.repo.archived })
  },
  {
    method: 'get',
    path: '/repos/{owner}/{repo}/tags',
    permission: 'metadata',
    handle: (c) => numberedPage(c, Object.entries(c.repo.tags).map(([name, sha]) => repoTag(c.owner, c.name, name, sha)))
  },
  {
    method: 'get',
    path: '/repos/{owner}/{repo}/branches',
    permission: 'metadata',
    handle: (c) =>
      numberedPage(
        c,
        [...c.repo.branches].sort().map((b) => shortBranch(c.owner, c.name, b, c.repo.refs[b] ?? fakeSha(`${c.owner}/${c.name}@${b}`), b in c.repo.branchProtection))
      )
  },
  {
    method: 'get',
    path: '/repos/{owner}/{repo}/git/tags/{tag_sha}',
    permission: 'contents',
    handle: (c) => {
      const t = c.repo.tagObjects[c.params.tag_sha];
      return t ? ok(gitTag(c.owner, c.name, c.params.tag_sha, t)) : error(404, 'Not Found');
    }
  },
  {
    method: 'get',
    path: '/repos/{owner}/{repo}/contents/{path}',
    permission: 'contents',
    handle: (c) => {
      const ref = c.query.get('ref') ?? c.repo.defaultBranch;
      const sha = resolveRef(c.repo, ref) ?? c.repo.tags[ref.replace(/^refs\/tags\//, '')];
      if (!sha) return error(404, `No commit found for the ref ${ref}`);
      const text = c.repo.files[sha]?.[c.params.path];
      return text === undefined ? error(404, 'Not Found') : ok(contentFile(c.owner, c.name, c.params.path, ref, text));
    }
  },
  {
    method: 'get',
    path: '/repos/{owner}/{repo}/pulls/{pull_number}/files',
    permission: 'pull-requests',
    handle: (c) => {
      const files = c.repo.pullFiles[Number(c.params.pull_number)];
      // "Responses include a maximum of 3000 files" (GitHub's REST reference).
      return files ? numberedPage(c, files.slice(0, 3000)) : error(404, 'Not Found');
    }
  },
  {
    method: 'get',
    path: '/repos/{owner}/{repo}/compare/{basehead}',
    permission: 'contents',
    handle: (c) => compare(c)
  },
  {
    method: 'get',
    path: '/advisories',
    permission: 'metadata',
    global: true,
    handle: (c) => {
      const ecosystem = c.query.get('ecosystem');
      const affects = csv(c.query.get('affects'));
      const items = c.state.advisories.filter((a) => {
        const vulns = (a.vulnerabilities as GitHubObject[] | null) ?? [];
        return vulns.some((v) => {
          const pkg = v.package as { ecosystem: string; name: string };
          if (ecosystem && pkg.ecosystem !== ecosystem) return false;
          if (!affects) return true;
          return affects.some((x) => {
            const at = x.lastIndexOf('@');
            const name = at < 0 ? x : x.slice(0, at);
            const version = at < 0 ? undefined : x.slice(at + 1);
            return name.toLowerCase() === pkg.name.toLowerCase() && (version === undefined || inRange(version, String(v.vulnerable_version_range ?? '')));
          });
        });
      });
      return numberedPage(c, items);
    }
  },
  {
    method: 'get',
    path: '/repos/{owner}/{repo}/dependabot/alerts',
    permission: 'security-events',
    handle: (c) => {
      if (c.repo.dependabotAlerts === null) return error(403, 'Dependabot alerts are disabled for this repository.');
      if (c.query.has('page')) return error(400, 'Pagination using the `page` parameter is not supported. Use `before` or `after` instead.');
      const states = csv(c.query.get('state'));
      const severities = csv(c.query.get('severity'));
      const items = c.repo.dependabotAlerts
        .filter((a) => !states || states.includes(String(a.state)))
        .filter((a) => !severities || severities.includes(String((a.security_advisory as GitHubObject | undefined)?.severity)))
        .sort((a, b) => Number(b.number) - Number(a.number));
      return cursorPage(c, items);
    }
  },
  {
    method: 'get',
    path: '/repos/{owner}/{repo}/code-scanning/alerts',
    permission: 'security-events',
    handle: (c) => {
      if (c.repo.codeScanningAlerts === null) return error(404, 'no analysis found');
      const wanted = c.query.get('state');
      const items = c.repo.codeScanningAlerts
        .filter((a) => !wanted || (wanted === 'closed' ? a.state !== 'open' : a.state === wanted))
        .sort((a, b) => Number(b.number) - Number(a.number));
      return numberedPage(c, items);
    }
  },
  {
    method: 'post',
    path: '/repos/{owner}/{repo}/check-runs',
    permission: 'checks',
    handle: (c) => {
      const b = c.body;
      const status = String(b.status ?? (b.conclusion ? 'completed' : 'queued'));
      if (status === 'completed' && !b.conclusion) return validationFailed('conclusion is required when status is completed');
      const id = c.state.nextId++;
      const output = (b.output ?? {}) as GitHubObject;
      const annotations = annotationsOf(c, output);
      const now = nowIso();
      const run: GitHubObject = {
        id,
        head_sha: String(b.head_sha),
        node_id: Buffer.from(`CR_${id}`).toString('base64'),
        external_id: typeof b.external_id === 'string' ? b.external_id : '',
        url: `https://api.github.com/repos/${c.owner}/${c.name}/check-runs/${id}`,
        html_url: `https://github.com/${c.owner}/${c.name}/runs/${id}`,
        details_url: typeof b.details_url === 'string' ? b.details_url : `https://github.com/${c.owner}/${c.name}/runs/${id}`,
        status,
        conclusion: status === 'completed' ? b.conclusion : null,
        started_at: typeof b.started_at === 'string' ? b.started_at : now,
        completed_at: status === 'completed' ? (typeof b.completed_at === 'string' ? b.completed_at : now) : null,
        output: {
          title: output.title ?? null,
          summary: output.summary ?? null,
          text: output.text ?? null,
          annotations_count: annotations.length,
          annotations_url: `https://api.github.com/repos/${c.owner}/${c.name}/check-runs/${id}/annotations`
        },
        name: String(b.name),
        check_suite: { id: id + 500000 },
        app: actionsApp(),
        pull_requests: []
      };
      c.repo.checkRuns.push(run);
      c.repo.checkRunAnnotations[id] = annotations;
      return { status: 201, body: run };
    }
  },
  {
    method: 'patch',
    path: '/repos/{owner}/{repo}/check-runs/{check_run_id}',
    permission: 'checks',
    handle: (c) => {
      const run = c.repo.checkRuns.find((r) => r.id === Number(c.params.check_run_id));
      if (!run) return error(404, 'Not Found');
      const b = c.body;
      for (const key of ['name', 'details_url', 'external_id', 'started_at', 'status', 'conclusion', 'completed_at']) {
        if (b[key] !== undefined) run[key] = b[key];
      }
      if (b.conclusion !== undefined && b.status === undefined) run.status = 'completed';
      if (run.status === 'completed' && !run.completed_at) run.completed_at = nowIso();
      if (run.status === 'completed' && !run.conclusion) return validationFailed('conclusion is required when status is completed');
      if (b.output) {
        const output = b.output as GitHubObject;
        const current = run.output as GitHubObject;
        // Annotations are appended, the rest of the output replaced (GitHub's documented behaviour).
        const added = annotationsOf(c, output);
        const all = [...(c.repo.checkRunAnnotations[Number(run.id)] ?? []), ...added];
        c.repo.checkRunAnnotations[Number(run.id)] = all;
        run.output = {
          ...current,
          title: output.title ?? current.title,
          summary: output.summary ?? current.summary,
          text: output.text ?? current.text,
          annotations_count: all.length
        };
      }
      return ok(run);
    }
  },
  {
    method: 'get',
    path: '/repos/{owner}/{repo}/check-runs/{check_run_id}',
    permission: 'checks',
    handle: (c) => {
      const run = c.repo.checkRuns.find((r) => r.id === Number(c.params.check_run_id));
      return run ? ok(run) : error(404, 'Not Found');
    }
  },
  {
    method: 'get',
    path: '/repos/{owner}/{repo}/check-runs/{check_run_id}/annotations',
    permission: 'checks',
    handle: (c) => {
      const list = c.repo.checkRunAnnotations[Number(c.params.check_run_id)];
      return list ? numberedPage(c, list) : error(404, 'Not Found');
    }
  },
  {
    method: 'get',
    path: '/repos/{owner}/{repo}/commits/{ref}/check-runs',
    permission: 'checks',
    handle: (c) => {
      const sha = resolveRef(c.repo, c.params.ref) ?? c.params.ref;
      let runs = c.repo.checkRuns
        .filter((r) => r.head_sha === sha)
        .filter((r) => !c.query.get('check_name') || r.name === c.query.get('check_name'))
        .filter((r) => !c.query.get('status') || r.status === c.query.get('status'))
        .sort((a, b) => Number(b.id) - Number(a.id));
      // filter=latest (GitHub's default): the most recent run of each name, as a re-run replaces the run it re-ran.
      if ((c.query.get('filter') ?? 'latest') === 'latest') {
        const seen = new Set<string>();
        runs = runs.filter((r) => {
          const key = `${String((r.app as GitHubObject | undefined)?.id)}/${String(r.name)}`;
          if (seen.has(key)) return false;
          seen.add(key);
          return true;
        });
      }
      const page = numberedPage(c, runs);
      return { ...page, body: { total_count: runs.length, check_runs: page.body } };
    }
  },
  {
    method: 'post',
    path: '/repos/{owner}/{repo}/deployments',
    permission: 'deployments',
    handle: (c) => {
      const b = c.body;
      const ref = String(b.ref);
      const sha = resolveRef(c.repo, ref);
      if (!sha) return validationFailed(`No ref found for: ${ref}`);
      const id = c.state.nextId++;
      const environment = typeof b.environment === 'string' ? b.environment : 'production';
      const now = nowIso();
      const base = `https://api.github.com/repos/${c.owner}/${c.name}`;
      const deployment: GitHubObject = {
        url: `${base}/deployments/${id}`,
        id,
        node_id: Buffer.from(`DE_${id}`).toString('base64'),
        sha,
        ref,
        task: typeof b.task === 'string' ? b.task : 'deploy',
        payload: b.payload ?? {},
        original_environment: environment,
        environment,
        description: typeof b.description === 'string' ? b.description : null,
        creator: simpleUser('github-actions[bot]', 41898282, 'Bot'),
        created_at: now,
        updated_at: now,
        statuses_url: `${base}/deployments/${id}/statuses`,
        repository_url: base,
        transient_environment: b.transient_environment === true,
        production_environment: typeof b.production_environment === 'boolean' ? b.production_environment : environment === 'production',
        performed_via_github_app: actionsApp()
      };
      c.repo.deployments.push(deployment);
      c.repo.deploymentStatuses[id] = [];
      return { status: 201, body: deployment };
    }
  },
  {
    method: 'get',
    path: '/repos/{owner}/{repo}/deployments',
    permission: 'deployments',
    handle: (c) => {
      const f = (key: string) => c.query.get(key);
      const items = c.repo.deployments
        .filter((d) => !f('sha') || d.sha === f('sha'))
        .filter((d) => !f('ref') || d.ref === f('ref'))
        .filter((d) => !f('task') || d.task === f('task'))
        .filter((d) => !f('environment') || d.environment === f('environment'))
        .sort((a, b) => Number(b.id) - Number(a.id));
      return numberedPage(c, items);
    }
  },
  {
    method: 'get',
    path: '/repos/{owner}/{repo}/deployments/{deployment_id}',
    permission: 'deployments',
    handle: (c) => {
      const d = c.repo.deployments.find((x) => x.id === Number(c.params.deployment_id));
      return d ? ok(d) : error(404, 'Not Found');
    }
  },
  {
    method: 'post',
    path: '/repos/{owner}/{repo}/deployments/{deployment_id}/statuses',
    permission: 'deployments',
    handle: (c) => {
      const deployment = c.repo.deployments.find((x) => x.id === Number(c.params.deployment_id));
      if (!deployment) return error(404, 'Not Found');
      const b = c.body;
      const id = c.state.nextId++;
      const now = nowIso();
      const str = (v: unknown, d: string) => (typeof v === 'string' ? v : d);
      const status: GitHubObject = {
        url: `${String(deployment.url)}/statuses/${id}`,
        id,
        node_id: Buffer.from(`DES_${id}`).toString('base64'),
        state: b.state,
        creator: simpleUser('github-actions[bot]', 41898282, 'Bot'),
        description: str(b.description, ''),
        environment: str(b.environment, String(deployment.environment)),
        // GitHub copies log_url into target_url (its older name) when only one is given.
        target_url: str(b.target_url, str(b.log_url, '')),
        log_url: str(b.log_url, str(b.target_url, '')),
        environment_url: str(b.environment_url, ''),
        created_at: now,
        updated_at: now,
        deployment_url: String(deployment.url),
        repository_url: String(deployment.repository_url),
        performed_via_github_app: actionsApp()
      };
      if (typeof b.environment === 'string') deployment.environment = b.environment;
      deployment.updated_at = now;
      (c.repo.deploymentStatuses[Number(deployment.id)] ??= []).push(status);
      if (b.state === 'success' && b.auto_inactive !== false) markPriorInactive(c, deployment);
      return { status: 201, body: status, headers: { location: String(status.url) } };
    }
  },
  {
    method: 'get',
    path: '/repos/{owner}/{repo}/deployments/{deployment_id}/statuses',
    permission: 'deployments',
    handle: (c) => {
      const list = c.repo.deploymentStatuses[Number(c.params.deployment_id)];
      if (!list) return error(404, 'Not Found');
      return numberedPage(c, [...list].sort((a, b) => Number(b.id) - Number(a.id)));
    }
  },
  {
    method: 'get',
    path: '/repos/{owner}/{repo}/branches/{branch}/protection',
    permission: 'administration',
    handle: (c) => {
      if (!c.repo.branches.includes(c.params.branch)) return error(404, 'Branch not found');
      const p = c.repo.branchProtection[c.params.branch];
      return p ? ok(p) : error(404, 'Branch not protected');
    }
  },
  {
    method: 'get',
    path: '/repos/{owner}/{repo}/rules/branches/{branch}',
    permission: 'metadata',
    handle: (c) => {
      const rules: GitHubObject[] = [];
      for (const rs of c.repo.rulesets) {
        if (rs.enforcement !== 'active' || (rs.target ?? 'branch') !== 'branch') continue;
        if (!rulesetApplies(rs, c.params.branch, c.repo.defaultBranch)) continue;
        for (const rule of (rs.rules as GitHubObject[] | undefined) ?? []) {
          rules.push({ ...rule, ruleset_source_type: rs.source_type ?? 'Repository', ruleset_source: rs.source, ruleset_id: rs.id });
        }
      }
      return numberedPage(c, rules);
    }
  },
  {
    method: 'get',
    path: '/repos/{owner}/{repo}/rulesets',
    permission: 'metadata',
    handle: (c) => {
      // The list leaves out conditions, rules and bypass actors: clients must GET each ruleset.
      const summaries = c.repo.rulesets.map(({ conditions: _c, rules: _r, bypass_actors: _b, current_user_can_bypass: _u, ...rest }) => rest);
      return numberedPage(c, summaries);
    }
  },
  {
    method: 'get',
    path: '/repos/{owner}/{repo}/actions/runs',
    permission: 'actions',
    handle: (c) => workflowRuns(c, c.repo.workflowRuns)
  },
  {
    method: 'get',
    path: '/repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs',
    permission: 'actions',
    handle: (c) => {
      // A workflow is named by its id or its file name; one this repository never ran is unknown (404).
      const id = c.params.workflow_id;
      const ofWorkflow = (r: GitHubObject) => String(r.workflow_id) === id || String(r.path).replace(/@.*$/, '').split('/').pop() === id;
      const runs = c.repo.workflowRuns.filter(ofWorkflow);
      return runs.length ? workflowRuns(c, runs) : error(404, 'Not Found');
    }
  },
  {
    method: 'get',
    path: '/repos/{owner}/{repo}/actions/runs/{run_id}/artifacts',
    permission: 'actions',
    handle: (c) => {
      const runId = Number(c.params.run_id);
      if (!c.repo.workflowRuns.some((r) => r.id === runId)) return error(404, 'Not Found');
      const name = c.query.get('name');
      const items = c.repo.artifacts
        .filter((a) => (a.workflow_run as GitHubObject | null)?.id === runId)
        .filter((a) => !name || a.name === name)
        .sort((a, b) => Number(b.id) - Number(a.id));
      const page = numberedPage(c, items);
      return { ...page, body: { total_count: items.length, artifacts: page.body } };
    }
  },
  {
    method: 'get',
    path: '/repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}',
    permission: 'actions',
    handle: (c) => {
      const id = Number(c.params.artifact_id);
      const a = c.repo.artifacts.find((x) => x.id === id);
      if (!a || c.params.archive_format !== 'zip') return error(404, 'Not Found');
      if (a.expired === true) return error(410, 'Artifact has expired');
      // A short-lived signed URL on another path of this server (GitHub: a blob store host).
      return { status: 302, headers: { location: `${c.self.origin}${BLOB_PREFIX}${c.owner}/${c.name}/${id}.zip?sig=${blobSignature(c.owner, c.name, id)}` } };
    }
  },
  {
    method: 'get',
    path: '/repos/{owner}/{repo}/rulesets/{ruleset_id}',
    permission: 'metadata',
    handle: (c) => {
      const rs = c.repo.rulesets.find((r) => r.id === Number(c.params.ruleset_id));
      return rs ? ok(rs) : error(404, 'Not Found');
    }
  },
  {
    method: 'get',
    path: '/repos/{owner}/{repo}/pulls/{pull_number}',
    permission: 'pull-requests',
    handle: (c) => {
      const pr = c.repo.pulls[Number(c.params.pull_number)];
      return pr ? ok(pr) : error(404, 'Not Found');
    }
  },
  // Issue comments, also those of pull requests. GitHub's REST documentation: listing needs
  // `issues` or `pull-requests` read; creating, updating and deleting need either one at write.
  {
    method: 'get',
    path: '/repos/{owner}/{repo}/issues/{issue_number}/comments',
    permission: ['issues', 'pull-requests'],
    handle: (c) => {
      const n = Number(c.params.issue_number);
      if (!issueKind(c.repo, n)) return error(404, 'Not Found');
      // Oldest first, as GitHub lists them ("sorted by ascending ID").
      const items = c.repo.issueComments.filter((x) => String(x.issue_url).endsWith(`/issues/${n}`)).sort((a, b) => Number(a.id) - Number(b.id));
      return numberedPage(c, items);
    }
  },
  {
    method: 'post',
    path: '/repos/{owner}/{repo}/issues/{issue_number}/comments',
    permission: ['issues', 'pull-requests'],
    handle: (c) => {
      const n = Number(c.params.issue_number);
      const kind = issueKind(c.repo, n);
      if (!kind) return error(404, 'Not Found');
      const tooLong = commentTooLong(c.body.body);
      if (tooLong) return tooLong;
      const id = c.state.nextId++;
      const comment = issueComment(c.owner, c.name, { id, issue: n, body: String(c.body.body), pullRequest: kind === 'pull', createdAt: nowIso() });
      c.repo.issueComments.push(comment);
      return { status: 201, body: comment, headers: { location: String(comment.url) } };
    }
  },
  {
    method: 'get',
    path: '/repos/{owner}/{repo}/issues/comments/{comment_id}',
    permission: ['issues', 'pull-requests'],
    handle: (c) => {
      const comment = c.repo.issueComments.find((x) => x.id === Number(c.params.comment_id));
      return comment ? ok(comment) : error(404, 'Not Found');
    }
  },
  {
    method: 'patch',
    path: '/repos/{owner}/{repo}/issues/comments/{comment_id}',
    permission: ['issues', 'pull-requests'],
    handle: (c) => {
      const comment = c.repo.issueComments.find((x) => x.id === Number(c.params.comment_id));
      if (!comment) return error(404, 'Not Found');
      const tooLong = commentTooLong(c.body.body);
      if (tooLong) return tooLong;
      comment.body = String(c.body.body);
      comment.updated_at = nowIso();
      return ok(comment);
    }
  },
  {
    method: 'delete',
    path: '/repos/{owner}/{repo}/issues/comments/{comment_id}',
    permission: ['issues', 'pull-requests'],
    handle: (c) => {
      const index = c.repo.issueComments.findIndex((x) => x.id === Number(c.params.comment_id));
      if (index < 0) return error(404, 'Not Found');
      c.repo.issueComments.splice(index, 1);
      return { status: 204 };
    }
  },
  // "Get a published release with the specified tag": drafts are not found by tag.
  {
    method: 'get',
    path: '/repos/{owner}/{repo}/releases/tags/{tag}',
    permission: 'contents',
    handle: (c) => {
      const release = c.repo.releases.find((r) => r.tag_name === c.params.tag && r.draft !== true);
      return release ? ok(release) : error(404, 'Not Found');
    }
  },
  // CI statuses, branches and environments (issue 18: deploy's `ci` and `approval` checks).
  {
    method: 'get',
    path: '/repos/{owner}/{repo}/branches/{branch}',
    permission: 'contents',
    handle: (c) => {
      const name = c.params.branch;
      if (!c.repo.branches.includes(name)) return error(404, 'Branch not found');
      const sha = c.repo.refs[name] ?? fakeSha(`${c.owner}/${c.name}@${name}`);
      return ok(branchWithProtection(c.owner, c.name, name, sha, c.repo.branchProtection[name]));
    }
  },
  {
    method: 'post',
    path: '/repos/{owner}/{repo}/statuses/{sha}',
    permission: 'statuses',
    handle: (c) => {
      const sha = c.params.sha.toLowerCase();
      if (!/^[0-9a-f]{40}$/.test(sha)) return validationFailed(`No commit found for SHA: ${c.params.sha}`);
      const b = c.body;
      const id = c.state.nextId++;
      const status = commitStatus(c.owner, c.name, sha, {
        id,
        context: typeof b.context === 'string' ? b.context : 'default',
        state: b.state as 'error' | 'failure' | 'pending' | 'success',
        description: typeof b.description === 'string' ? b.description : null,
        targetUrl: typeof b.target_url === 'string' ? b.target_url : null,
        createdAt: nowIso()
      });
      (c.repo.commitStatuses[sha] ??= []).push(status);
      return { status: 201, body: status, headers: { location: String(status.url) } };
    }
  },
  {
    method: 'get',
    path: '/repos/{owner}/{repo}/commits/{ref}/statuses',
    permission: 'statuses',
    handle: (c) => {
      const sha = resolveRef(c.repo, c.params.ref) ?? c.params.ref;
      // Every status, newest first ("in reverse chronological order").
      return numberedPage(c, [...(c.repo.commitStatuses[sha] ?? [])].sort((a, b) => Number(b.id) - Number(a.id)));
    }
  },
  {
    method: 'get',
    path: '/repos/{owner}/{repo}/commits/{ref}/status',
    permission: 'statuses',
    handle: (c) => {
      const sha = resolveRef(c.repo, c.params.ref);
      if (!sha) return error(404, `No commit found for SHA: ${c.params.ref}`);
      // The latest status of each context, paginated like a list (the Link header) inside one object.
      const latest = new Map<string, GitHubObject>();
      for (const s of c.repo.commitStatuses[sha] ?? []) latest.set(String(s.context), s);
      const all = [...latest.values()].sort((a, b) => Number(a.id) - Number(b.id));
      const page = numberedPage(c, all);
      return { ...page, body: combinedStatus(c.owner, c.name, c.repo.id, sha, page.body as GitHubObject[], all.length) };
    }
  },
  {
    method: 'get',
    path: '/repos/{owner}/{repo}/environments/{environment_name}',
    permission: 'actions',
    handle: (c) => {
      const env = c.repo.environments[c.params.environment_name];
      return env ? ok(env) : error(404, 'Not Found');
    }
  },
  {
    method: 'get',
    path: '/repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies',
    permission: 'actions',
    handle: (c) => {
      const name = c.params.environment_name;
      if (!c.repo.environments[name]) return error(404, 'Not Found');
      const all = c.repo.branchPolicies[name] ?? [];
      const page = numberedPage(c, all);
      return { ...page, body: { total_count: all.length, branch_policies: page.body } };
    }
  }
];

/** Operations served, in the shape {@link loadGitHubOpenApi} takes. */
export const SERVED_OPERATIONS: readonly OperationKey[] = ROUTES.map(({ method, path }) => ({ method, path }));

// --- server ---------------------------------------------------------------------------------------

/** Starts a server over `state` on 127.0.0.1 and a random port. Close it when done. */
export async function startGitHubServer(state: GitHubState = createGitHubState()): Promise<GitHubServer> {
  const openapi = loadGitHubOpenApi(SERVED_OPERATIONS);
  const requests: RecordedRequest[] = [];
  const errors: string[] = [];

  const server = http.createServer((req, res) => {
    void handle(req, res).catch((err: unknown) => {
      errors.push(`internal error of the test server: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
      if (!res.headersSent) send(res, 500, { message: 'test server failure', documentation_url: DOCS });
    });
  });

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const method = (req.method ?? 'GET').toUpperCase();
    const self = new URL(req.url ?? '/', `http://${req.headers.host ?? '127.0.0.1'}`);
    const raw = await readBody(req);
    const record: RecordedRequest = { method, path: self.pathname, query: Object.fromEntries(self.searchParams), body: undefined, status: 0, auth: 'none' };
    requests.push(record);
    const reply = (status: number, body: unknown, headers: Record<string, string> = {}, op?: OperationKey): void => {
      record.status = status;
      if (op) {
        const problems = openapi.validateResponse(op, status, body);
        if (problems.length > 0) {
          const text = `response ${status} to ${method} ${self.pathname} does not match GitHub's OpenAPI description: ${problems.join('; ')}`;
          errors.push(text);
          record.status = 500;
          send(res, 500, { message: `phase-gates test server: ${text}`, documentation_url: DOCS }, {});
          return;
        }
      }
      if (holdMs > 0) {
        // The answer as the state is now: the objects it holds may change while it waits.
        const frozen: unknown = body === undefined ? undefined : JSON.parse(JSON.stringify(body));
        setTimeout(() => send(res, status, frozen, headers), holdMs);
      }
      else send(res, status, body, headers);
    };
    /** A `delay` fault with `after`: the answer, computed from the state as it is now, is held this long. */
    let holdMs = 0;

    if (self.pathname.startsWith(BLOB_PREFIX)) return serveBlob(req, res, self, record);

    const match = openapi.match(method, self.pathname);
    record.operationId = match?.operationId;

    // Authentication comes first on GitHub, before routing or faults.
    const auth = parseAuthorization(req.headers.authorization);
    record.auth = auth.scheme;
    if (!auth.token) return reply(401, basicError(401, 'Requires authentication'), {}, match?.key);
    const grant = state.tokens[auth.token];
    if (grant === undefined) return reply(401, basicError(401, 'Bad credentials'), {}, match?.key);

    let fault = takeFault(state, `${method} ${self.pathname}${self.search}`);
    if (fault?.kind === 'delay') {
      if (fault.after) holdMs = fault.delayMs ?? 50;
      else await new Promise((resolve) => setTimeout(resolve, fault?.delayMs ?? 50));
      fault = undefined;
    }
    if (fault) {
      if (fault.kind === 'reset') {
        record.status = -1;
        req.socket.destroy();
        return;
      }
      if (fault.kind === 'rate-limit') {
        const reset = Math.floor(Date.now() / 1000) + (fault.resetInSeconds ?? 1);
        return reply(
          403,
          basicError(403, fault.message ?? 'API rate limit exceeded for installation ID 1.'),
          { 'x-ratelimit-limit': '5000', 'x-ratelimit-remaining': '0', 'x-ratelimit-used': '5000', 'x-ratelimit-reset': String(reset) },
          match?.key
        );
      }
      if (fault.kind === 'secondary-rate-limit') {
        return reply(
          403,
          basicError(403, fault.message ?? 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.'),
          { 'retry-after': String(fault.retryAfterSeconds ?? 1) },
          match?.key
        );
      }
      const status = fault.status ?? 502;
      return reply(status, basicError(status, fault.message ?? (http.STATUS_CODES[status] ?? 'Server Error')), {}, match?.key);
    }

    if (!match) {
      errors.push(`unserved route ${method} ${self.pathname}`);
      return reply(404, basicError(404, 'Not Found'));
    }
    const route = ROUTES.find((r) => r.method === match.key.method && r.path === match.key.path) as Route;
    const fullName = `${match.params.owner}/${match.params.repo}`;
    // Owner and repository names are case-insensitive on GitHub.
    const repo = route.global
      ? ({} as RepoState)
      : (state.repos[fullName] ?? Object.entries(state.repos).find(([n]) => n.toLowerCase() === fullName.toLowerCase())?.[1]);
    // GitHub answers 404, not 403, for a repository the token cannot see.
    if (!repo) return reply(404, basicError(404, 'Not Found'), {}, match.key);
    const write = method !== 'GET' && method !== 'HEAD';
    if (![route.permission].flat().some((p) => allows(grant, p, write))) {
      return reply(403, basicError(403, 'Resource not accessible by integration'), {}, match.key);
    }

    let body: Record<string, unknown> = {};
    if (write) {
      try {
        body = raw.length ? (JSON.parse(raw) as Record<string, unknown>) : {};
      } catch {
        return reply(400, basicError(400, 'Problems parsing JSON'), {}, match.key);
      }
      record.body = body;
      const problems = openapi.validateRequest(match.key, body);
      if (problems.length > 0) {
        const text = `request body of ${method} ${self.pathname} does not match GitHub's OpenAPI description: ${problems.join('; ')}`;
        errors.push(text);
        return reply(422, basicError(422, `Invalid request.\n\n${problems.join('\n')}`), {}, match.key);
      }
    }

    const result = route.handle({ state, repo, owner: match.params.owner, name: match.params.repo, params: match.params, query: self.searchParams, body, self });
    reply(result.status, result.body, result.headers, match.key);
  }

  /**
   * The blob store behind an artifact's 302: the signature in the URL is the only credential. A
   * request with an Authorization header is a client leaking its GitHub token to another host: it
   * is refused (400) and recorded as a contract error.
   */
  function serveBlob(req: http.IncomingMessage, res: http.ServerResponse, self: URL, record: RecordedRequest): void {
    record.auth = parseAuthorization(req.headers.authorization).scheme;
    const plain = (status: number, body: Buffer | string, type: string) => {
      record.status = status;
      res.writeHead(status, { 'content-type': type, 'content-length': String(Buffer.byteLength(body)) });
      res.end(body);
    };
    if (req.headers.authorization !== undefined) {
      errors.push(`the blob download ${self.pathname} was sent an Authorization header (a token given to another host)`);
      return plain(400, '<?xml version="1.0" encoding="utf-8"?><Error><Code>InvalidAuthenticationInfo</Code></Error>', 'application/xml');
    }
    const m = /^([^/]+)\/([^/]+)\/(\d+)\.zip$/.exec(self.pathname.slice(BLOB_PREFIX.length));
    const zip = m ? state.repos[`${m[1]}/${m[2]}`]?.artifactZips[Number(m[3])] : undefined;
    if (!m || !zip || self.searchParams.get('sig') !== blobSignature(m[1], m[2], Number(m[3]))) {
      return plain(403, '<?xml version="1.0" encoding="utf-8"?><Error><Code>AuthenticationFailed</Code></Error>', 'application/xml');
    }
    plain(200, zip, 'application/zip');
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    state,
    requests,
    errors,
    openapi,
    inject(fault: Fault) {
      state.faults.push({ ...fault, remaining: fault.times ?? 1 });
    },
    repo(fullName: string) {
      const repo = state.repos[fullName];
      if (!repo) throw new Error(`no repository ${fullName} in the test state`);
      return repo;
    },
    assertNoContractErrors() {
      if (errors.length > 0) throw new Error(`GitHub test server contract errors:\n${errors.join('\n')}`);
    },
    close() {
      return new Promise<void>((resolve) => {
        server.close(() => resolve());
        // Keep-alive sockets of the client would hold close() open.
        server.closeAllConnections();
      });
    }
  };
}

// --- helpers --------------------------------------------------------------------------------------

/** Where artifact zips are served, outside the API's paths. */
const BLOB_PREFIX = '/_blob/artifacts/';

/** The `sig` of an artifact's blob URL. */
function blobSignature(owner: string, name: string, id: number): string {
  return crypto.createHash('sha256').update(`blob:${owner}/${name}/${id}`).digest('hex').slice(0, 32);
}

/**
 * A page of workflow runs, newest first, filtered as GitHub does by `branch` (head branch),
 * `event`, `head_sha` and `status` (a status or a conclusion).
 */
function workflowRuns(c: RouteContext, runs: GitHubObject[]): RouteResult {
  const q = (key: string) => c.query.get(key);
  const items = runs
    .filter((r) => !q('branch') || r.head_branch === q('branch'))
    .filter((r) => !q('event') || r.event === q('event'))
    .filter((r) => !q('head_sha') || r.head_sha === q('head_sha'))
    .filter((r) => !q('status') || r.status === q('status') || r.conclusion === q('status'))
    .sort((a, b) => String(b.created_at).localeCompare(String(a.created_at)) || Number(b.id) - Number(a.id));
  const page = numberedPage(c, items);
  return { ...page, body: { total_count: items.length, workflow_runs: page.body } };
}

const MAX_BODY = 8 * 1024 * 1024;

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        reject(new Error('request body over 8 MB'));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function send(res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = body === undefined ? '' : JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'x-github-api-version-selected': '2022-11-28',
    'x-github-request-id': crypto.randomBytes(8).toString('hex').toUpperCase(),
    'x-ratelimit-limit': '5000',
    'x-ratelimit-remaining': '4999',
    'x-ratelimit-used': '1',
    'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600),
    'x-ratelimit-resource': 'core',
    ...headers,
    'content-length': String(Buffer.byteLength(text))
  });
  res.end(text);
}

function parseAuthorization(header: string | undefined): { scheme: RecordedRequest['auth']; token?: string } {
  const m = /^(token|bearer)\s+(\S+)\s*$/i.exec(header ?? '');
  if (!m) return { scheme: 'none' };
  return { scheme: m[1].toLowerCase() as 'token' | 'bearer', token: m[2] };
}

function allows(grant: TokenGrant, permission: Permission, write: boolean): boolean {
  if (grant === 'all') return true;
  if (permission === 'metadata' && !write) return true; // every token can read metadata
  const level = grant[permission] ?? 'none';
  return write ? level === 'write' : level === 'read' || level === 'write';
}

function takeFault(state: GitHubState, target: string): GitHubState['faults'][number] | undefined {
  const index = state.faults.findIndex((f) => {
    if (f.remaining <= 0) return false;
    if (f.match === undefined) return true;
    return typeof f.match === 'string' ? target.startsWith(f.match) : f.match.test(target);
  });
  if (index < 0) return undefined;
  const fault = state.faults[index];
  fault.remaining--;
  if (fault.remaining <= 0) state.faults.splice(index, 1);
  return fault;
}

function basicError(status: number, message: string): GitHubObject {
  return { message, documentation_url: DOCS, status: String(status) };
}

function ok(body: unknown): RouteResult {
  return { status: 200, body };
}

function error(status: number, message: string): RouteResult {
  return { status, body: basicError(status, message) };
}

function validationFailed(message: string): RouteResult {
  return { status: 422, body: { message: `Validation Failed: ${message}`, documentation_url: DOCS, status: '422' } };
}

function csv(value: string | null): string[] | undefined {
  return value ? value.split(',').map((s) => s.trim()).filter(Boolean) : undefined;
}

/** per_page as GitHub reads it: default 30, at most 100. */
function perPage(query: URLSearchParams): number {
  const n = Number(query.get('per_page') ?? 30);
  return Number.isInteger(n) && n > 0 ? Math.min(n, 100) : 30;
}

/** Page-number pagination with GitHub's Link header (prev, next, last, first). */
function numberedPage(c: RouteContext, items: unknown[]): RouteResult {
  const size = perPage(c.query);
  const page = Math.max(1, Number.parseInt(c.query.get('page') ?? '1', 10) || 1);
  const last = Math.max(1, Math.ceil(items.length / size));
  const link = (p: number, rel: string) => {
    const u = new URL(c.self);
    u.searchParams.set('page', String(p));
    return `<${u.toString()}>; rel="${rel}"`;
  };
  const links: string[] = [];
  if (page > 1) links.push(link(page - 1, 'prev'));
  if (page < last) links.push(link(page + 1, 'next'), link(last, 'last'));
  if (page > 1) links.push(link(1, 'first'));
  return { status: 200, body: items.slice((page - 1) * size, page * size), headers: links.length ? { link: links.join(', ') } : {} };
}

/**
 * Cursor pagination as the Dependabot alerts API does it: opaque `after`/`before` cursors, a Link
 * header with `next` and `prev` only (no `last`: the total is unknown to the client).
 */
function cursorPage(c: RouteContext, items: unknown[]): RouteResult {
  const size = perPage(c.query);
  const after = c.query.get('after');
  const before = c.query.get('before');
  let start = 0;
  if (after) start = decodeCursor(after) + 1;
  else if (before) start = Math.max(0, decodeCursor(before) - size);
  const end = before && !after ? Math.min(decodeCursor(before), start + size) : start + size;
  const pageItems = items.slice(start, end);
  const link = (key: 'after' | 'before', position: number, rel: string) => {
    const u = new URL(c.self);
    u.searchParams.delete('after');
    u.searchParams.delete('before');
    u.searchParams.set(key, encodeCursor(position));
    return `<${u.toString()}>; rel="${rel}"`;
  };
  const links: string[] = [];
  if (start > 0 && pageItems.length) links.push(link('before', start, 'prev'));
  if (end < items.length && pageItems.length) links.push(link('after', end - 1, 'next'));
  return { status: 200, body: pageItems, headers: links.length ? { link: links.join(', ') } : {} };
}

function encodeCursor(position: number): string {
  return Buffer.from(`cursor:v2:${position}`).toString('base64url');
}

function decodeCursor(cursor: string): number {
  const m = /^cursor:v2:(\d+)$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  return m ? Number(m[1]) : 0;
}

function annotationsOf(c: RouteContext, output: GitHubObject): GitHubObject[] {
  const list = (output.annotations as GitHubObject[] | undefined) ?? [];
  return list.map((a) => ({
    path: a.path,
    start_line: a.start_line,
    end_line: a.end_line,
    start_column: a.start_column ?? null,
    end_column: a.end_column ?? null,
    annotation_level: a.annotation_level,
    title: a.title ?? null,
    message: a.message,
    raw_details: a.raw_details ?? null,
    blob_href: `https://github.com/${c.owner}/${c.name}/blob/HEAD/${String(a.path)}`
  }));
}

/** A ref's commit: a full SHA stands for itself, a branch or tag is looked up. */
function resolveRef(repo: RepoState, ref: string): string | undefined {
  if (/^[0-9a-f]{40}$/i.test(ref) || /^[0-9a-f]{64}$/i.test(ref)) return ref.toLowerCase();
  return repo.refs[ref.replace(/^refs\/(heads|tags)\//, '')];
}

/**
 * `auto_inactive` (default true): "adds a new inactive status to all prior non-transient,
 * non-production environment deployments with the same repository and environment name as the
 * created status's deployment. An inactive status is only added to deployments that had a success
 * state." (GitHub's REST documentation.)
 */
function markPriorInactive(c: RouteContext, current: GitHubObject): void {
  for (const d of c.repo.deployments) {
    if (d.id === current.id || Number(d.id) > Number(current.id)) continue;
    if (d.environment !== current.environment || d.transient_environment === true || d.production_environment === true) continue;
    const statuses = c.repo.deploymentStatuses[Number(d.id)] ?? [];
    const latest = statuses[statuses.length - 1];
    if (!latest || latest.state !== 'success') continue;
    const id = c.state.nextId++;
    statuses.push({ ...latest, id, node_id: Buffer.from(`DES_${id}`).toString('base64'), url: `${String(d.url)}/statuses/${id}`, state: 'inactive', description: '', created_at: nowIso(), updated_at: nowIso() });
  }
}

/** Whether a ruleset's `conditions.ref_name` covers `branch` (`~ALL`, `~DEFAULT_BRANCH`, fnmatch). */
function rulesetApplies(rs: GitHubObject, branch: string, defaultBranch: string): boolean {
  const refName = ((rs.conditions as GitHubObject | null | undefined)?.ref_name ?? {}) as { include?: string[]; exclude?: string[] };
  const full = `refs/heads/${branch}`;
  const hit = (pattern: string) =>
    pattern === '~ALL' || (pattern === '~DEFAULT_BRANCH' && branch === defaultBranch) || globToRegExp(pattern).test(full);
  return (refName.include ?? []).some(hit) && !(refName.exclude ?? []).some(hit);
}

function globToRegExp(glob: string): RegExp {
  let out = '';
  for (let i = 0; i < glob.length; i++) {
    const ch = glob[i];
    if (ch === '*') {
      if (glob[i + 1] === '*') {
        out += '.*';
        i++;
      } else out += '[^/]*';
    } else if (ch === '?') out += '[^/]';
    else out += ch.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${out}$`);
}

function issueKind(repo: RepoState, n: number): 'pull' | 'issue' | undefined {
  return repo.pullRequests.includes(n) || n in repo.pulls ? 'pull' : repo.issues.includes(n) ? 'issue' : undefined;
}

/** GitHub's refusal of a comment over 65536 characters (Ruby counts code points, as the spread does). */
function commentTooLong(body: unknown): RouteResult | undefined {
  if ([...String(body)].length <= 65536) return undefined;
  return {
    status: 422,
    body: {
      message: 'Validation Failed',
      errors: [{ resource: 'IssueComment', code: 'unprocessable', field: 'data', message: 'Body is too long (maximum is 65536 characters)' }],
      documentation_url: `${DOCS}/issues/comments#create-an-issue-comment`,
      status: '422'
    }
  };
}

function nowIso(): string {
  return new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/**
 * GET /compare/{base}...{head} over `commits` (parents): `behind` when head is an ancestor of base,
 * `ahead` when base is an ancestor of head, else `diverged`; 404 when either end is unknown.
 */
function compare(c: RouteContext): RouteResult {
  const m = /^(.+?)\.\.\.(.+)$/.exec(c.params.basehead);
  if (!m) return error(404, 'Not Found');
  const resolve = (ref: string) => {
    const name = ref.replace(/^refs\/(heads|tags)\//, '');
    if (/^[0-9a-f]{40}$/.test(ref)) return ref;
    if (ref.startsWith('refs/tags/')) return c.repo.tags[name];
    if (ref.startsWith('refs/heads/')) return c.repo.branches.includes(name) ? c.repo.refs[name] : undefined;
    return (c.repo.branches.includes(name) ? c.repo.refs[name] : undefined) ?? c.repo.tags[name];
  };
  const base = resolve(m[1]);
  const head = resolve(m[2]);
  if (!base || !head || !(base in c.repo.commits) || !(head in c.repo.commits)) return error(404, 'Not Found');
  const ancestors = (from: string): Map<string, number> => {
    const depth = new Map<string, number>([[from, 0]]);
    const queue = [from];
    while (queue.length) {
      const sha = queue.shift() as string;
      for (const p of c.repo.commits[sha] ?? []) {
        if (depth.has(p)) continue;
        depth.set(p, (depth.get(sha) ?? 0) + 1);
        queue.push(p);
      }
    }
    return depth;
  };
  const ofBase = ancestors(base);
  const ofHead = ancestors(head);
  const common = [...ofHead.keys()].filter((s) => ofBase.has(s)).sort((a, b) => (ofBase.get(a) ?? 0) - (ofBase.get(b) ?? 0))[0];
  if (!common) return error(404, 'No common ancestor between the two commits.');
  const obj = (sha: string) => commitObject(c.owner, c.name, sha, c.repo.commits[sha] ?? []);
  const status = base === head ? 'identical' : common === head ? 'behind' : common === base ? 'ahead' : 'diverged';
  return ok(
    commitComparison(c.owner, c.name, {
      base: obj(base),
      head: obj(head),
      mergeBase: obj(common),
      status,
      aheadBy: ofHead.get(common) ?? 0,
      behindBy: ofBase.get(common) ?? 0,
      basehead: c.params.basehead
    })
  );
}

/** Whether `version` is in a GitHub advisory range (`< 2.0`, `>= 1.0, < 1.4.2`, `= 3.1`). */
function inRange(version: string, range: string): boolean {
  const parse = (v: string) => v.trim().replace(/^v/, '').split(/[.-]/).map((x) => (/^\d+$/.test(x) ? Number(x) : x));
  const cmp = (a: string, b: string) => {
    const x = parse(a);
    const y = parse(b);
    for (let i = 0; i < Math.max(x.length, y.length); i++) {
      const p = x[i] ?? 0;
      const q = y[i] ?? 0;
      if (p === q) continue;
      return typeof p === 'number' && typeof q === 'number' ? p - q : String(p) < String(q) ? -1 : 1;
    }
    return 0;
  };
  return range.split(',').every((part) => {
    const m = /^\s*(<=|>=|<|>|=)?\s*(\S+)\s*$/.exec(part);
    if (!m) return false;
    const d = cmp(version, m[2]);
    return { '<': d < 0, '<=': d <= 0, '>': d > 0, '>=': d >= 0, '=': d === 0 }[m[1] ?? '='] ?? false;
  });
}

/** A stable fake commit SHA for a name. */
export function fakeSha(seed: string): string {
  return crypto.createHash('sha1').update(seed).digest('hex');
}
