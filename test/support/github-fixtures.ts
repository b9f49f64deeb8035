/**
 * Builders of GitHub REST API objects shaped exactly as api.github.com sends them (the test server
 * validates every response against GitHub's OpenAPI description, so a builder that drifts from
 * GitHub fails loudly). Tests describe what matters (a severity, a package) and get the rest filled
 * in. For tests only.
 */

import crypto from 'node:crypto';

/** A JSON object as GitHub sends it. Fields are checked by the OpenAPI description, not by types. */
export type GitHubObject = Record<string, unknown>;

/** The timestamp every fixture uses unless told otherwise, so outputs are stable. */
export const FIXTURE_TIME = '2025-01-15T10:00:00Z';
const API = 'https://api.github.com';
const WEB = 'https://github.com';

/** A `simple-user` (creator, dismissed_by, owner). */
export function simpleUser(login = 'octocat', id = 1, type: 'User' | 'Organization' | 'Bot' = 'User'): GitHubObject {
  const url = `${API}/users/${login}`;
  return {
    login,
    id,
    node_id: Buffer.from(`04:User${id}`).toString('base64'),
    avatar_url: `https://avatars.githubusercontent.com/u/${id}?v=4`,
    gravatar_id: '',
    url,
    html_url: `${WEB}/${login}`,
    followers_url: `${url}/followers`,
    following_url: `${url}/following{/other_user}`,
    gists_url: `${url}/gists{/gist_id}`,
    starred_url: `${url}/starred{/owner}{/repo}`,
    subscriptions_url: `${url}/subscriptions`,
    organizations_url: `${url}/orgs`,
    repos_url: `${url}/repos`,
    events_url: `${url}/events{/privacy}`,
    received_events_url: `${url}/received_events`,
    type,
    site_admin: false
  };
}

/** The `github-actions` app, as it appears on check runs and deployments made with GITHUB_TOKEN. */
export function actionsApp(): GitHubObject {
  return {
    id: 15368,
    slug: 'github-actions',
    node_id: 'MDM6QXBwMTUzNjg=',
    owner: simpleUser('github', 9919, 'Organization'),
    name: 'GitHub Actions',
    description: 'Automate your workflow from idea to production',
    external_url: 'https://help.github.com/en/actions',
    html_url: `${WEB}/apps/github-actions`,
    created_at: '2018-07-30T09:30:17Z',
    updated_at: '2024-04-10T20:33:16Z',
    permissions: { checks: 'write', contents: 'write', deployments: 'write', metadata: 'read' },
    events: ['check_run', 'check_suite', 'deployment', 'deployment_status']
  };
}

/** What a test says about a Dependabot alert; everything else gets a plausible default. */
export interface DependabotAlertSpec {
  severity: 'low' | 'medium' | 'high' | 'critical';
  /** @default a GHSA id derived from `number` */
  ghsa?: string;
  cve?: string | null;
  /** @default `pkg-<number>` */
  package?: string;
  /** @default 'npm' */
  ecosystem?: string;
  /** @default 'package-lock.json' */
  manifest?: string;
  /** @default 'open' */
  state?: 'open' | 'dismissed' | 'fixed' | 'auto_dismissed';
  summary?: string;
}

/** A `dependabot-alert`. */
export function dependabotAlert(owner: string, repo: string, number: number, spec: DependabotAlertSpec): GitHubObject {
  const ghsa = spec.ghsa ?? ghsaId(number);
  const pkg = { ecosystem: spec.ecosystem ?? 'npm', name: spec.package ?? `pkg-${number}` };
  const vulnerability = {
    package: pkg,
    severity: spec.severity,
    vulnerable_version_range: '< 1.2.3',
    first_patched_version: { identifier: '1.2.3' }
  };
  const state = spec.state ?? 'open';
  const score = { critical: 9.8, high: 7.5, medium: 5.3, low: 2.1 }[spec.severity];
  const cve = spec.cve === undefined ? null : spec.cve;
  return {
    number,
    state,
    dependency: { package: pkg, manifest_path: spec.manifest ?? 'package-lock.json', scope: 'runtime', relationship: 'direct' },
    security_advisory: {
      ghsa_id: ghsa,
      cve_id: cve,
      summary: spec.summary ?? `Vulnerability ${number} in ${pkg.name}`,
      description: `A ${spec.severity} vulnerability in ${pkg.name}.`,
      vulnerabilities: [vulnerability],
      severity: spec.severity,
      cvss: { vector_string: null, score },
      cvss_severities: { cvss_v3: { vector_string: null, score }, cvss_v4: null },
      epss: null,
      cwes: [],
      identifiers: [{ type: 'GHSA', value: ghsa }, ...(cve ? [{ type: 'CVE', value: cve }] : [])],
      references: [{ url: `${WEB}/advisories/${ghsa}` }],
      published_at: FIXTURE_TIME,
      updated_at: FIXTURE_TIME,
      withdrawn_at: null
    },
    security_vulnerability: vulnerability,
    url: `${API}/repos/${owner}/${repo}/dependabot/alerts/${number}`,
    html_url: `${WEB}/${owner}/${repo}/security/dependabot/${number}`,
    created_at: FIXTURE_TIME,
    updated_at: FIXTURE_TIME,
    dismissed_at: state === 'dismissed' ? FIXTURE_TIME : null,
    dismissed_by: state === 'dismissed' ? simpleUser() : null,
    dismissed_reason: state === 'dismissed' ? 'tolerable_risk' : null,
    dismissed_comment: null,
    fixed_at: state === 'fixed' ? FIXTURE_TIME : null,
    auto_dismissed_at: state === 'auto_dismissed' ? FIXTURE_TIME : null
  };
}

/** What a test says about a code scanning alert. */
export interface CodeScanningAlertSpec {
  /** `rule.security_severity_level`: set for security queries, null for quality ones. */
  securitySeverity?: 'low' | 'medium' | 'high' | 'critical' | null;
  /** `rule.severity`, the SARIF level. @default 'warning' */
  severity?: 'none' | 'note' | 'warning' | 'error' | null;
  /** @default `js/rule-<number>` */
  ruleId?: string;
  /** @default 'src/app.ts' */
  path?: string;
  /** @default number */
  line?: number;
  /** @default 'open' */
  state?: 'open' | 'dismissed' | 'fixed';
  /** @default 'CodeQL' */
  tool?: string;
}

/** A `code-scanning-alert-items` entry. */
export function codeScanningAlert(owner: string, repo: string, number: number, spec: CodeScanningAlertSpec = {}): GitHubObject {
  const state = spec.state ?? 'open';
  const ruleId = spec.ruleId ?? `js/rule-${number}`;
  const line = spec.line ?? number;
  return {
    number,
    created_at: FIXTURE_TIME,
    updated_at: FIXTURE_TIME,
    url: `${API}/repos/${owner}/${repo}/code-scanning/alerts/${number}`,
    html_url: `${WEB}/${owner}/${repo}/security/code-scanning/${number}`,
    instances_url: `${API}/repos/${owner}/${repo}/code-scanning/alerts/${number}/instances`,
    state,
    fixed_at: state === 'fixed' ? FIXTURE_TIME : null,
    dismissed_by: state === 'dismissed' ? simpleUser() : null,
    dismissed_at: state === 'dismissed' ? FIXTURE_TIME : null,
    dismissed_reason: state === 'dismissed' ? 'false positive' : null,
    dismissed_comment: null,
    rule: {
      id: ruleId,
      severity: spec.severity === undefined ? 'warning' : spec.severity,
      security_severity_level: spec.securitySeverity ?? null,
      tags: spec.securitySeverity ? ['security'] : ['maintainability'],
      description: `Rule ${ruleId}`,
      name: ruleId
    },
    tool: { name: spec.tool ?? 'CodeQL', guid: null, version: '2.20.0' },
    most_recent_instance: {
      ref: 'refs/heads/main',
      analysis_key: '.github/workflows/codeql.yml:analyze',
      environment: '{}',
      category: '.github/workflows/codeql.yml:analyze',
      state,
      commit_sha: '0123456789abcdef0123456789abcdef01234567',
      message: { text: `Finding of ${ruleId}.` },
      location: { path: spec.path ?? 'src/app.ts', start_line: line, end_line: line, start_column: 1, end_column: 10 },
      classifications: []
    }
  };
}

/** What a test says about branch protection. */
export interface BranchProtectionSpec {
  /** Required status check names. */
  contexts?: string[];
  /** Require branches to be up to date. @default false */
  strict?: boolean;
}

/** A `branch-protection` with the given required status checks. */
export function branchProtection(owner: string, repo: string, branch: string, spec: BranchProtectionSpec = {}): GitHubObject {
  const url = `${API}/repos/${owner}/${repo}/branches/${encodeURIComponent(branch)}/protection`;
  const contexts = spec.contexts ?? [];
  return {
    url,
    required_status_checks: {
      url: `${url}/required_status_checks`,
      strict: spec.strict ?? false,
      contexts,
      contexts_url: `${url}/required_status_checks/contexts`,
      checks: contexts.map((context) => ({ context, app_id: null }))
    },
    enforce_admins: { url: `${url}/enforce_admins`, enabled: false },
    required_linear_history: { enabled: false },
    allow_force_pushes: { enabled: false },
    allow_deletions: { enabled: false },
    block_creations: { enabled: false },
    required_conversation_resolution: { enabled: false },
    lock_branch: { enabled: false },
    allow_fork_syncing: { enabled: false }
  };
}

/** What a test says about a ruleset. */
export interface RulesetSpec {
  id: number;
  name?: string;
  /** @default 'active' */
  enforcement?: 'active' | 'evaluate' | 'disabled';
  /** `conditions.ref_name.include`, e.g. `~DEFAULT_BRANCH`, `refs/heads/main`, `~ALL`. @default ['~DEFAULT_BRANCH'] */
  include?: string[];
  exclude?: string[];
  /** Status check contexts the ruleset requires. */
  requiredChecks?: string[];
  /** Further rules, as GitHub writes them (`{ type, parameters }`). */
  rules?: GitHubObject[];
}

/** A `repository-ruleset` targeting branches. */
export function ruleset(owner: string, repo: string, spec: RulesetSpec): GitHubObject {
  const rules: GitHubObject[] = [...(spec.rules ?? [])];
  if (spec.requiredChecks) {
    rules.push({
      type: 'required_status_checks',
      parameters: {
        strict_required_status_checks_policy: false,
        do_not_enforce_on_create: false,
        required_status_checks: spec.requiredChecks.map((context) => ({ context }))
      }
    });
  }
  return {
    id: spec.id,
    name: spec.name ?? `ruleset ${spec.id}`,
    target: 'branch',
    source_type: 'Repository',
    source: `${owner}/${repo}`,
    enforcement: spec.enforcement ?? 'active',
    bypass_actors: [],
    current_user_can_bypass: 'never',
    node_id: Buffer.from(`RRS_${spec.id}`).toString('base64'),
    _links: {
      self: { href: `${API}/repos/${owner}/${repo}/rulesets/${spec.id}` },
      html: { href: `${WEB}/${owner}/${repo}/rules/${spec.id}` }
    },
    conditions: { ref_name: { include: spec.include ?? ['~DEFAULT_BRANCH'], exclude: spec.exclude ?? [] } },
    rules,
    created_at: FIXTURE_TIME,
    updated_at: FIXTURE_TIME
  };
}

/** A `full-repository` (GET /repos/{owner}/{repo}). */
export function fullRepository(owner: string, repo: string, id: number, options: { defaultBranch: string; private: boolean }): GitHubObject {
  const url = `${API}/repos/${owner}/${repo}`;
  const templated: Record<string, string> = {
    archive_url: `${url}/{archive_format}{/ref}`,
    assignees_url: `${url}/assignees{/user}`,
    blobs_url: `${url}/git/blobs{/sha}`,
    branches_url: `${url}/branches{/branch}`,
    collaborators_url: `${url}/collaborators{/collaborator}`,
    comments_url: `${url}/comments{/number}`,
    commits_url: `${url}/commits{/sha}`,
    compare_url: `${url}/compare/{base}...{head}`,
    contents_url: `${url}/contents/{+path}`,
    git_commits_url: `${url}/git/commits{/sha}`,
    git_refs_url: `${url}/git/refs{/sha}`,
    git_tags_url: `${url}/git/tags{/sha}`,
    issue_comment_url: `${url}/issues/comments{/number}`,
    issue_events_url: `${url}/issues/events{/number}`,
    issues_url: `${url}/issues{/number}`,
    keys_url: `${url}/keys{/key_id}`,
    labels_url: `${url}/labels{/name}`,
    milestones_url: `${url}/milestones{/number}`,
    notifications_url: `${url}/notifications{?since,all,participating}`,
    pulls_url: `${url}/pulls{/number}`,
    releases_url: `${url}/releases{/id}`,
    statuses_url: `${url}/statuses/{sha}`,
    trees_url: `${url}/git/trees{/sha}`
  };
  const plain = ['contributors', 'deployments', 'downloads', 'events', 'forks', 'hooks', 'languages', 'merges', 'stargazers', 'subscribers', 'subscription', 'tags', 'teams'];
  return {
    id,
    node_id: Buffer.from(`010:Repository${id}`).toString('base64'),
    name: repo,
    full_name: `${owner}/${repo}`,
    owner: simpleUser(owner, 1000 + id, 'Organization'),
    private: options.private,
    visibility: options.private ? 'private' : 'public',
    html_url: `${WEB}/${owner}/${repo}`,
    description: null,
    fork: false,
    url,
    ...templated,
    ...Object.fromEntries(plain.map((p) => [`${p}_url`, `${url}/${p}`])),
    git_url: `git://github.com/${owner}/${repo}.git`,
    ssh_url: `git@github.com:${owner}/${repo}.git`,
    clone_url: `${WEB}/${owner}/${repo}.git`,
    svn_url: `${WEB}/${owner}/${repo}`,
    mirror_url: null,
    homepage: null,
    language: 'TypeScript',
    forks_count: 0,
    forks: 0,
    stargazers_count: 0,
    watchers_count: 0,
    watchers: 0,
    size: 100,
    default_branch: options.defaultBranch,
    open_issues_count: 0,
    open_issues: 0,
    is_template: false,
    topics: [],
    has_issues: true,
    has_projects: false,
    has_wiki: false,
    has_pages: false,
    has_downloads: true,
    has_discussions: false,
    archived: false,
    disabled: false,
    pushed_at: FIXTURE_TIME,
    created_at: FIXTURE_TIME,
    updated_at: FIXTURE_TIME,
    license: null,
    network_count: 0,
    subscribers_count: 0
  };
}

/** A GHSA id (`GHSA-xxxx-xxxx-xxxx`) derived from a number: distinct numbers give distinct ids. */
export function ghsaId(n: number): string {
  const alphabet = '23456789cfghjmpqrvwx';
  let x = n;
  let chars = '';
  for (let i = 0; i < 12; i++) {
    chars = alphabet[x % alphabet.length] + chars;
    x = Math.floor(x / alphabet.length);
  }
  return `GHSA-${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8, 12)}`;
}

/** A `tag` of GET /repos/{owner}/{repo}/tags: the name and the commit it points at (peeled). */
export function repoTag(owner: string, repo: string, name: string, sha: string): GitHubObject {
  return {
    name,
    commit: { sha, url: `${API}/repos/${owner}/${repo}/commits/${sha}` },
    zipball_url: `${API}/repos/${owner}/${repo}/zipball/refs/tags/${name}`,
    tarball_url: `${API}/repos/${owner}/${repo}/tarball/refs/tags/${name}`,
    node_id: Buffer.from(`055:Ref${owner}/${repo}:refs/tags/${name}`).toString('base64')
  };
}

/** A `short-branch` of GET /repos/{owner}/{repo}/branches. */
export function shortBranch(owner: string, repo: string, name: string, sha: string, protectedBranch = false): GitHubObject {
  return {
    name,
    commit: { sha, url: `${API}/repos/${owner}/${repo}/commits/${sha}` },
    protected: protectedBranch,
    protection_url: `${API}/repos/${owner}/${repo}/branches/${encodeURIComponent(name)}/protection`
  };
}

/** A `commit` (as in compare results): only its sha and parents matter to phase-gates. */
export function commitObject(owner: string, repo: string, sha: string, parents: readonly string[]): GitHubObject {
  const url = `${API}/repos/${owner}/${repo}/commits/${sha}`;
  const person = { name: 'octocat', email: 'octocat@github.com', date: FIXTURE_TIME };
  return {
    url,
    sha,
    node_id: Buffer.from(`06:Commit${sha}`).toString('base64'),
    html_url: `${WEB}/${owner}/${repo}/commit/${sha}`,
    comments_url: `${url}/comments`,
    commit: {
      url: `${API}/repos/${owner}/${repo}/git/commits/${sha}`,
      author: person,
      committer: person,
      message: 'commit',
      comment_count: 0,
      tree: { sha: sha.split('').reverse().join(''), url: `${API}/repos/${owner}/${repo}/git/trees/${sha}` }
    },
    author: null,
    committer: null,
    parents: parents.map((p) => ({ sha: p, url: `${API}/repos/${owner}/${repo}/commits/${p}`, html_url: `${WEB}/${owner}/${repo}/commit/${p}` }))
  };
}

/** A `commit-comparison` (GET /repos/{owner}/{repo}/compare/{base}...{head}). */
export function commitComparison(
  owner: string,
  repo: string,
  spec: { base: GitHubObject; head: GitHubObject; mergeBase: GitHubObject; status: 'ahead' | 'behind' | 'identical' | 'diverged'; aheadBy: number; behindBy: number; basehead: string }
): GitHubObject {
  const web = `${WEB}/${owner}/${repo}/compare/${spec.basehead}`;
  return {
    url: `${API}/repos/${owner}/${repo}/compare/${spec.basehead}`,
    html_url: web,
    permalink_url: `${WEB}/${owner}/${repo}/compare/${owner}:${String(spec.base.sha).slice(0, 7)}...${owner}:${String(spec.head.sha).slice(0, 7)}`,
    diff_url: `${web}.diff`,
    patch_url: `${web}.patch`,
    base_commit: spec.base,
    merge_base_commit: spec.mergeBase,
    status: spec.status,
    ahead_by: spec.aheadBy,
    behind_by: spec.behindBy,
    total_commits: spec.aheadBy,
    commits: spec.aheadBy > 0 ? [spec.head] : [],
    files: []
  };
}

/** A `git-tag` (GET /repos/{owner}/{repo}/git/tags/{tag_sha}): an annotated tag object. */
export function gitTag(owner: string, repo: string, sha: string, spec: { tag: string; object: string; type: 'commit' | 'tag' }): GitHubObject {
  const objectPath = spec.type === 'commit' ? 'git/commits' : 'git/tags';
  return {
    node_id: Buffer.from(`03:Tag${sha}`).toString('base64'),
    tag: spec.tag,
    sha,
    url: `${API}/repos/${owner}/${repo}/git/tags/${sha}`,
    message: `${spec.tag}\n`,
    tagger: { name: 'octocat', email: 'octocat@github.com', date: FIXTURE_TIME },
    object: { sha: spec.object, type: spec.type, url: `${API}/repos/${owner}/${repo}/${objectPath}/${spec.object}` },
    verification: { verified: false, reason: 'unsigned', signature: null, payload: null, verified_at: null }
  };
}

/**
 * A `content-file` (GET /repos/{owner}/{repo}/contents/{path}): the text base64-encoded in lines of
 * 60 characters, and the sha of its git blob, as GitHub sends them.
 */
export function contentFile(owner: string, repo: string, path: string, ref: string, text: string): GitHubObject {
  const bytes = Buffer.from(text, 'utf8');
  const sha = crypto.createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
  const self = `${API}/repos/${owner}/${repo}/contents/${path}?ref=${encodeURIComponent(ref)}`;
  const html = `${WEB}/${owner}/${repo}/blob/${ref}/${path}`;
  const git = `${API}/repos/${owner}/${repo}/git/blobs/${sha}`;
  return {
    name: path.slice(path.lastIndexOf('/') + 1),
    path,
    sha,
    size: bytes.length,
    url: self,
    html_url: html,
    git_url: git,
    download_url: `https://raw.githubusercontent.com/${owner}/${repo}/${ref}/${path}`,
    type: 'file',
    content: (bytes.toString('base64').match(/.{1,60}/g) ?? []).join('\n') + '\n',
    encoding: 'base64',
    _links: { self, git, html }
  };
}

/** What a test says about a global advisory of the `actions` ecosystem. */
export interface ActionAdvisorySpec {
  ghsaId: string;
  cveId?: string | null;
  summary: string;
  severity: 'low' | 'medium' | 'high' | 'critical';
  /** The action, `owner/repo`. */
  package: string;
  /** GitHub's range syntax, e.g. `<= 45.0.7` or `>= 1.0, < 2.1.3`. */
  vulnerableVersionRange: string;
  firstPatchedVersion: string | null;
  publishedAt?: string;
}

/** A `global-advisory` (GET /advisories) for an action. */
export function actionAdvisory(spec: ActionAdvisorySpec): GitHubObject {
  const published = spec.publishedAt ?? FIXTURE_TIME;
  const identifiers = [{ type: 'GHSA', value: spec.ghsaId }, ...(spec.cveId ? [{ type: 'CVE', value: spec.cveId }] : [])];
  return {
    ghsa_id: spec.ghsaId,
    cve_id: spec.cveId ?? null,
    url: `${API}/advisories/${spec.ghsaId}`,
    html_url: `${WEB}/advisories/${spec.ghsaId}`,
    repository_advisory_url: null,
    summary: spec.summary,
    description: spec.summary,
    type: 'reviewed',
    severity: spec.severity,
    source_code_location: `${WEB}/${spec.package}`,
    identifiers,
    references: [`${WEB}/advisories/${spec.ghsaId}`],
    published_at: published,
    updated_at: published,
    github_reviewed_at: published,
    nvd_published_at: null,
    withdrawn_at: null,
    vulnerabilities: [
      {
        package: { ecosystem: 'actions', name: spec.package },
        vulnerable_version_range: spec.vulnerableVersionRange,
        first_patched_version: spec.firstPatchedVersion,
        vulnerable_functions: []
      }
    ],
    cvss: null,
    cwes: [],
    credits: []
  };
}

/** A `minimal-repository` (the `repository` and `head_repository` of a workflow run), cut from {@link fullRepository}. */
export function minimalRepository(owner: string, repo: string, id: number, options: { private?: boolean; fork?: boolean } = {}): GitHubObject {
  const full = fullRepository(owner, repo, id, { defaultBranch: 'main', private: options.private ?? true });
  // Fields of full-repository that GitHub leaves out of minimal-repository objects of runs.
  const drop = ['clone_url', 'svn_url', 'mirror_url', 'homepage', 'language', 'forks_count', 'stargazers_count', 'watchers_count', 'size', 'default_branch', 'open_issues_count', 'is_template', 'topics', 'has_issues', 'has_projects', 'has_wiki', 'has_pages', 'has_downloads', 'has_discussions', 'archived', 'disabled', 'visibility', 'pushed_at', 'created_at', 'updated_at', 'license', 'network_count', 'subscribers_count', 'forks', 'open_issues', 'watchers', 'ssh_url', 'git_url'];
  const out: GitHubObject = { ...full, fork: options.fork ?? false };
  for (const key of drop) delete out[key];
  return out;
}

/** What a test says about a workflow run. */
export interface WorkflowRunSpec {
  id: number;
  headSha: string;
  /** @default 'main' */
  headBranch?: string;
  /** @default 'push' */
  event?: string;
  /** @default 'completed' */
  status?: 'completed' | 'in_progress' | 'queued';
  /** @default 'success' when completed */
  conclusion?: 'success' | 'failure' | 'cancelled' | 'skipped' | null;
  /** The workflow file. @default '.github/workflows/ci.yml' */
  path?: string;
  /** @default 161335 */
  workflowId?: number;
  /** The run's head repository when it is a fork (`owner/name`), else the repository itself. */
  headRepository?: string;
  /** @default FIXTURE_TIME */
  createdAt?: string;
  /** @default the id */
  runNumber?: number;
}

/** A `workflow-run` (GET /repos/{owner}/{repo}/actions/runs and the runs of a workflow). */
export function workflowRun(owner: string, repo: string, repoId: number, spec: WorkflowRunSpec): GitHubObject {
  const base = `${API}/repos/${owner}/${repo}`;
  const status = spec.status ?? 'completed';
  const created = spec.createdAt ?? FIXTURE_TIME;
  const workflowId = spec.workflowId ?? 161335;
  const repository = minimalRepository(owner, repo, repoId);
  let headRepository = repository;
  if (spec.headRepository) {
    const [fo, fr] = spec.headRepository.split('/');
    headRepository = minimalRepository(fo, fr, repoId + 100000, { private: false, fork: true });
  }
  const actor = simpleUser();
  return {
    id: spec.id,
    name: 'CI',
    node_id: Buffer.from(`WFR_${spec.id}`).toString('base64'),
    check_suite_id: spec.id + 7000000,
    check_suite_node_id: Buffer.from(`CS_${spec.id + 7000000}`).toString('base64'),
    head_branch: spec.headBranch ?? 'main',
    head_sha: spec.headSha,
    path: spec.path ?? '.github/workflows/ci.yml',
    run_number: spec.runNumber ?? spec.id,
    run_attempt: 1,
    referenced_workflows: [],
    event: spec.event ?? 'push',
    status,
    conclusion: status === 'completed' ? (spec.conclusion === undefined ? 'success' : spec.conclusion) : null,
    workflow_id: workflowId,
    url: `${base}/actions/runs/${spec.id}`,
    html_url: `${WEB}/${owner}/${repo}/actions/runs/${spec.id}`,
    pull_requests: [],
    created_at: created,
    updated_at: created,
    actor,
    triggering_actor: actor,
    run_started_at: created,
    jobs_url: `${base}/actions/runs/${spec.id}/jobs`,
    logs_url: `${base}/actions/runs/${spec.id}/logs`,
    check_suite_url: `${base}/check-suites/${spec.id + 7000000}`,
    artifacts_url: `${base}/actions/runs/${spec.id}/artifacts`,
    cancel_url: `${base}/actions/runs/${spec.id}/cancel`,
    rerun_url: `${base}/actions/runs/${spec.id}/rerun`,
    previous_attempt_url: null,
    workflow_url: `${base}/actions/workflows/${workflowId}`,
    head_commit: {
      id: spec.headSha,
      tree_id: spec.headSha.split('').reverse().join(''),
      message: 'commit',
      timestamp: created,
      author: { name: 'Octo Cat', email: 'octocat@github.com' },
      committer: { name: 'GitHub', email: 'noreply@github.com' }
    },
    repository,
    head_repository: headRepository,
    head_repository_id: Number(headRepository.id),
    display_title: 'commit'
  };
}

/** What a test says about an artifact. */
export interface ArtifactSpec {
  id: number;
  name: string;
  /** The zip's size. */
  sizeInBytes: number;
  /** The run that uploaded it (its `workflow-run` object). */
  run: GitHubObject;
  /** @default false */
  expired?: boolean;
  /** `sha256:…` of the zip (upload-artifact v4 and later). */
  digest?: string | null;
}

/** An `artifact` (GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts). */
export function artifact(owner: string, repo: string, spec: ArtifactSpec): GitHubObject {
  const url = `${API}/repos/${owner}/${repo}/actions/artifacts/${spec.id}`;
  const run = spec.run;
  return {
    id: spec.id,
    node_id: Buffer.from(`MDg6QXJ0aWZhY3Q${spec.id}`).toString('base64'),
    name: spec.name,
    size_in_bytes: spec.sizeInBytes,
    url,
    archive_download_url: `${url}/zip`,
    expired: spec.expired ?? false,
    created_at: run.created_at,
    expires_at: spec.expired ? FIXTURE_TIME : '2099-01-15T10:00:00Z',
    updated_at: run.created_at,
    digest: spec.digest ?? null,
    workflow_run: {
      id: run.id,
      repository_id: (run.repository as GitHubObject).id,
      head_repository_id: run.head_repository_id,
      head_branch: run.head_branch,
      head_sha: run.head_sha
    }
  };
}

/** What a test says about an issue (or pull request) comment. */
export interface IssueCommentSpec {
  id: number;
  /** The issue or pull request number. */
  issue: number;
  body: string;
  /** Comments on pull requests link to `/pull/N`, on issues to `/issues/N`. @default true */
  pullRequest?: boolean;
  /** @default github-actions[bot], who writes with a workflow's GITHUB_TOKEN */
  user?: GitHubObject;
  createdAt?: string;
  updatedAt?: string;
}

/**
 * An `issue-comment` (GET/POST /repos/{owner}/{repo}/issues/{issue_number}/comments, PATCH
 * /repos/{owner}/{repo}/issues/comments/{comment_id}). A comment written with GITHUB_TOKEN is by
 * `github-actions[bot]` (id 41898282) and names the GitHub Actions app in `performed_via_github_app`;
 * its html_url is the pull request's page with an `#issuecomment-<id>` anchor.
 */
export function issueComment(owner: string, repo: string, spec: IssueCommentSpec): GitHubObject {
  const api = `${API}/repos/${owner}/${repo}`;
  const page = spec.pullRequest === false ? 'issues' : 'pull';
  const created = spec.createdAt ?? FIXTURE_TIME;
  const user = spec.user ?? simpleUser('github-actions[bot]', 41898282, 'Bot');
  return {
    url: `${api}/issues/comments/${spec.id}`,
    html_url: `${WEB}/${owner}/${repo}/${page}/${spec.issue}#issuecomment-${spec.id}`,
    issue_url: `${api}/issues/${spec.issue}`,
    id: spec.id,
    node_id: `IC_kwDO${Buffer.from(`${owner}/${repo}:${spec.id}`).toString('base64url').slice(0, 16)}`,
    user,
    created_at: created,
    updated_at: spec.updatedAt ?? created,
    author_association: 'NONE',
    body: spec.body,
    reactions: {
      url: `${api}/issues/comments/${spec.id}/reactions`,
      total_count: 0,
      '+1': 0,
      '-1': 0,
      laugh: 0,
      hooray: 0,
      confused: 0,
      heart: 0,
      rocket: 0,
      eyes: 0
    },
    performed_via_github_app: user.login === 'github-actions[bot]' ? actionsApp() : null
  };
}

/** What a test says about a pull request. */
export interface PullRequestSpec {
  number: number;
  /** @default 'main' */
  baseRef?: string;
  baseSha: string;
  /** @default `topic-<number>` */
  headRef?: string;
  headSha: string;
  /** `owner/name` of the head's repository when it is a fork. @default the base repository */
  headRepo?: string;
  /** @default 'open' */
  state?: 'open' | 'closed';
}

/** A `pull-request` (GET /repos/{owner}/{repo}/pulls/{pull_number}); base and head repositories in full. */
export function pullRequest(owner: string, repo: string, spec: PullRequestSpec): GitHubObject {
  const n = spec.number;
  const api = `${API}/repos/${owner}/${repo}`;
  const page = `${WEB}/${owner}/${repo}/pull/${n}`;
  const baseRef = spec.baseRef ?? 'main';
  const headRef = spec.headRef ?? `topic-${n}`;
  const baseRepo = fullRepository(owner, repo, 1, { defaultBranch: 'main', private: false });
  const [headOwner, headName] = (spec.headRepo ?? `${owner}/${repo}`).split('/');
  const fork = spec.headRepo !== undefined && spec.headRepo.toLowerCase() !== `${owner}/${repo}`.toLowerCase();
  const headRepo = fork ? { ...fullRepository(headOwner, headName, 2, { defaultBranch: 'main', private: false }), fork: true } : baseRepo;
  const author = simpleUser(fork ? headOwner : 'octocat', fork ? 2002 : 1);
  const link = (href: string) => ({ href });
  return {
    url: `${api}/pulls/${n}`,
    id: 1_000_000 + n,
    node_id: Buffer.from(`PR_${owner}/${repo}#${n}`).toString('base64'),
    html_url: page,
    diff_url: `${page}.diff`,
    patch_url: `${page}.patch`,
    issue_url: `${api}/issues/${n}`,
    commits_url: `${api}/pulls/${n}/commits`,
    review_comments_url: `${api}/pulls/${n}/comments`,
    review_comment_url: `${api}/pulls/comments{/number}`,
    comments_url: `${api}/issues/${n}/comments`,
    statuses_url: `${api}/statuses/${spec.headSha}`,
    number: n,
    state: spec.state ?? 'open',
    locked: false,
    title: `Pull request ${n}`,
    user: author,
    body: null,
    labels: [],
    milestone: null,
    active_lock_reason: null,
    created_at: FIXTURE_TIME,
    updated_at: FIXTURE_TIME,
    closed_at: null,
    merged_at: null,
    merge_commit_sha: null,
    assignee: null,
    assignees: [],
    requested_reviewers: [],
    requested_teams: [],
    head: { label: `${headOwner}:${headRef}`, ref: headRef, sha: spec.headSha, user: headRepo.owner, repo: headRepo },
    base: { label: `${owner}:${baseRef}`, ref: baseRef, sha: spec.baseSha, user: baseRepo.owner, repo: baseRepo },
    _links: {
      self: link(`${api}/pulls/${n}`),
      html: link(page),
      issue: link(`${api}/issues/${n}`),
      comments: link(`${api}/issues/${n}/comments`),
      review_comments: link(`${api}/pulls/${n}/comments`),
      review_comment: link(`${api}/pulls/comments{/number}`),
      commits: link(`${api}/pulls/${n}/commits`),
      statuses: link(`${api}/statuses/${spec.headSha}`)
    },
    author_association: fork ? 'CONTRIBUTOR' : 'MEMBER',
    auto_merge: null,
    draft: false,
    merged: false,
    mergeable: true,
    rebaseable: true,
    mergeable_state: 'clean',
    merged_by: null,
    comments: 0,
    review_comments: 0,
    maintainer_can_modify: fork,
    commits: 1,
    additions: 1,
    deletions: 0,
    changed_files: 1
  };
}

/** What a test says about one file of a pull request (GET /repos/{owner}/{repo}/pulls/{n}/files). */
export interface DiffEntrySpec {
  filename: string;
  status: 'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'changed' | 'unchanged';
  /** The hunks, as `git diff` prints them after the file's header; omitted as GitHub omits it (binary, too large). */
  patch?: string;
  /** For `renamed` and `copied`. */
  previousFilename?: string;
  /** The head commit (the URLs point at it). @default a fixed SHA */
  ref?: string;
  /** @default counted from `patch` */
  additions?: number;
  /** @default counted from `patch` */
  deletions?: number;
}

/**
 * A `diff-entry` as the pull request files list sends it: the blob sha, the counts (from the patch
 * unless given), the URLs at the head commit with the path escaped whole, `previous_filename` only for
 * renames and copies, `patch` only when given.
 */
export function diffEntry(owner: string, repo: string, spec: DiffEntrySpec): GitHubObject {
  const ref = spec.ref ?? '6dcb09b5b57875f334f61aebed695e2e4193db5e';
  const lines = (spec.patch ?? '').split('\n');
  const additions = spec.additions ?? lines.filter((l) => l.startsWith('+')).length;
  const deletions = spec.deletions ?? lines.filter((l) => l.startsWith('-')).length;
  const escaped = encodeURIComponent(spec.filename);
  const entry: GitHubObject = {
    sha: crypto.createHash('sha1').update(`${spec.filename}\0${spec.patch ?? ''}`).digest('hex'),
    filename: spec.filename,
    status: spec.status,
    additions,
    deletions,
    changes: additions + deletions,
    blob_url: `${WEB}/${owner}/${repo}/blob/${ref}/${escaped}`,
    raw_url: `${WEB}/${owner}/${repo}/raw/${ref}/${escaped}`,
    contents_url: `${API}/repos/${owner}/${repo}/contents/${escaped}?ref=${ref}`
  };
  if (spec.patch !== undefined) entry.patch = spec.patch;
  if (spec.previousFilename !== undefined) entry.previous_filename = spec.previousFilename;
  return entry;
}

/** How a test describes a release. */
export interface ReleaseSpec {
  tag: string;
  id?: number;
  name?: string;
  body?: string;
  draft?: boolean;
  prerelease?: boolean;
  /** The commit or branch it was made from. @default 'main' */
  target?: string;
  createdAt?: string;
}

/** A `release` of GET /repos/{owner}/{repo}/releases/tags/{tag}. A draft has no published_at and an untagged URL. */
export function release(owner: string, repo: string, spec: ReleaseSpec): GitHubObject {
  const id = spec.id ?? 1;
  const url = `${API}/repos/${owner}/${repo}/releases/${id}`;
  const at = spec.createdAt ?? FIXTURE_TIME;
  const draft = spec.draft ?? false;
  return {
    url,
    html_url: draft ? `${WEB}/${owner}/${repo}/releases/tag/untagged-${crypto.createHash('sha1').update(String(id)).digest('hex').slice(0, 20)}` : `${WEB}/${owner}/${repo}/releases/tag/${spec.tag}`,
    assets_url: `${url}/assets`,
    upload_url: `https://uploads.github.com/repos/${owner}/${repo}/releases/${id}/assets{?name,label}`,
    tarball_url: `${API}/repos/${owner}/${repo}/tarball/${spec.tag}`,
    zipball_url: `${API}/repos/${owner}/${repo}/zipball/${spec.tag}`,
    id,
    node_id: Buffer.from(`07:Release${id}`).toString('base64'),
    tag_name: spec.tag,
    target_commitish: spec.target ?? 'main',
    name: spec.name ?? spec.tag,
    body: spec.body ?? '',
    draft,
    prerelease: spec.prerelease ?? false,
    immutable: false,
    created_at: at,
    published_at: draft ? null : at,
    updated_at: at,
    author: simpleUser('octocat', 1),
    assets: []
  };
}

// --- CI statuses and environments (issue 18) ------------------------------------------------------
// Shaped after real answers: the combined status and status list octokit/fixtures recorded from
// api.github.com (test/fixtures/github-api/), and GitHub's own OpenAPI examples `environment`,
// `deployment-branch-policies-list` and `branch-get` (@octokit/openapi).

/** What a test says about a commit status. */
export interface CommitStatusSpec {
  id: number;
  context: string;
  state: 'error' | 'failure' | 'pending' | 'success';
  description?: string | null;
  /** @default null */
  targetUrl?: string | null;
  createdAt?: string;
}

/** A `status` (POST /statuses/{sha}, GET /commits/{ref}/statuses), as octokit/fixtures recorded it. */
export function commitStatus(owner: string, repo: string, sha: string, spec: CommitStatusSpec): GitHubObject {
  const at = spec.createdAt ?? FIXTURE_TIME;
  const creator = simpleUser('github-actions[bot]', 41898282, 'Bot');
  return {
    url: `${API}/repos/${owner}/${repo}/statuses/${sha}`,
    avatar_url: String(creator.avatar_url),
    id: spec.id,
    node_id: Buffer.from(`SC_${spec.id}`).toString('base64'),
    state: spec.state,
    description: spec.description ?? null,
    target_url: spec.targetUrl ?? null,
    context: spec.context,
    created_at: at,
    updated_at: at,
    creator
  };
}

/**
 * A `combined-commit-status` over the latest status of each context (`statuses` oldest first, as
 * created). GitHub's state: `failure` when any is `error` or `failure`, `pending` when any is
 * pending or there is none, else `success`.
 */
export function combinedStatus(owner: string, repo: string, repoId: number, sha: string, latest: readonly GitHubObject[], total = latest.length): GitHubObject {
  const states = latest.map((s) => String(s.state));
  const state = states.some((s) => s === 'error' || s === 'failure') ? 'failure' : states.length === 0 || states.includes('pending') ? 'pending' : 'success';
  return {
    state,
    // simple-commit-status: the status without its creator.
    statuses: latest.map(({ creator: _creator, ...rest }) => rest),
    sha,
    total_count: total,
    repository: minimalRepository(owner, repo, repoId),
    commit_url: `${API}/repos/${owner}/${repo}/commits/${sha}`,
    url: `${API}/repos/${owner}/${repo}/commits/${sha}/status`
  };
}

/** A `team` as a required reviewer of an environment. */
export function team(org: string, slug: string, id: number): GitHubObject {
  return {
    id,
    node_id: Buffer.from(`04:Team${id}`).toString('base64'),
    url: `${API}/teams/${id}`,
    html_url: `${WEB}/orgs/${org}/teams/${slug}`,
    name: slug,
    slug,
    description: null,
    privacy: 'closed',
    notification_setting: 'notifications_enabled',
    permission: 'pull',
    members_url: `${API}/teams/${id}/members{/member}`,
    repositories_url: `${API}/teams/${id}/repos`,
    parent: null
  };
}

/** What a test says about a deployment environment. */
export interface EnvironmentSpec {
  name: string;
  id?: number;
  /** Users (`octocat`) and teams (`org/slug`) who may approve. */
  reviewers?: string[];
  preventSelfReview?: boolean;
  /** Minutes. */
  waitTimer?: number;
  /** `protected`: protected branches only; a list: custom branch (and `tag:`) patterns; null: any branch. @default null */
  branchPolicy?: 'protected' | string[] | null;
}

/** An `environment` (GET /environments/{name}), shaped as GitHub's OpenAPI example `environment`. */
export function environment(owner: string, repo: string, spec: EnvironmentSpec): GitHubObject {
  const id = spec.id ?? 161088068;
  const rules: GitHubObject[] = [];
  let ruleId = id * 10;
  if (spec.waitTimer !== undefined) rules.push({ id: ++ruleId, node_id: Buffer.from(`04:Gate${ruleId}`).toString('base64'), type: 'wait_timer', wait_timer: spec.waitTimer });
  if (spec.reviewers) {
    rules.push({
      id: ++ruleId,
      node_id: Buffer.from(`04:Gate${ruleId}`).toString('base64'),
      prevent_self_review: spec.preventSelfReview ?? false,
      type: 'required_reviewers',
      reviewers: spec.reviewers.map((r, i) => {
        const [org, slug] = r.split('/');
        return slug ? { type: 'Team', reviewer: team(org, slug, 100 + i) } : { type: 'User', reviewer: simpleUser(r, 1000 + i) };
      })
    });
  }
  const policy = spec.branchPolicy ?? null;
  if (policy) rules.push({ id: ++ruleId, node_id: Buffer.from(`04:Gate${ruleId}`).toString('base64'), type: 'branch_policy' });
  const name = encodeURIComponent(spec.name);
  return {
    id,
    node_id: Buffer.from(`04:Environment${id}`).toString('base64'),
    name: spec.name,
    url: `${API}/repos/${owner}/${repo}/environments/${name}`,
    html_url: `${WEB}/${owner}/${repo}/deployments/activity_log?environments_filter=${name}`,
    created_at: FIXTURE_TIME,
    updated_at: FIXTURE_TIME,
    protection_rules: rules,
    deployment_branch_policy: policy === null ? null : { protected_branches: policy === 'protected', custom_branch_policies: policy !== 'protected' }
  };
}

/** The `deployment-branch-policy` objects of a custom policy (`tag:v*` is a tag pattern). */
export function deploymentBranchPolicies(patterns: readonly string[], firstId = 361471): GitHubObject[] {
  return patterns.map((p, i) => {
    const tag = p.startsWith('tag:');
    const id = firstId + i;
    return { id, node_id: Buffer.from(`16:GateBranchPolicy${id}`).toString('base64'), name: tag ? p.slice(4) : p, type: tag ? 'tag' : 'branch' };
  });
}

/**
 * A `branch-with-protection` (GET /branches/{branch}), shaped as GitHub's example `branch-get`: its
 * `protection` summary gives the required status checks to any reader of the repository.
 */
export function branchWithProtection(owner: string, repo: string, name: string, sha: string, protection?: GitHubObject): GitHubObject {
  const checks = (protection?.required_status_checks ?? null) as { contexts?: string[]; checks?: GitHubObject[] } | null;
  const admins = (protection?.enforce_admins as { enabled?: boolean } | undefined)?.enabled === true;
  const branch = encodeURIComponent(name);
  return {
    name,
    commit: commitObject(owner, repo, sha, []),
    _links: { self: `${API}/repos/${owner}/${repo}/branches/${branch}`, html: `${WEB}/${owner}/${repo}/tree/${branch}` },
    protected: protection !== undefined,
    protection: {
      enabled: protection !== undefined,
      required_status_checks: {
        enforcement_level: !checks ? 'off' : admins ? 'everyone' : 'non_admins',
        contexts: checks?.contexts ?? [],
        checks: checks?.checks ?? []
      }
    },
    protection_url: `${API}/repos/${owner}/${repo}/branches/${branch}/protection`
  };
}
