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
import { promises as fs } from 'node:fs';
import { DeployInputs as I } from '../constants.js';
import { UserError } from '../errors.js';
import type { CheckContext, CheckResult } from './checks.js';
import type { DeployConfig } from './config.js';
import type { GitHubClient } from '../github/client.js';
import { classifyVersion } from './version.js';

/** Change logs larger than this are refused in the detail (the biggest real ones are ~1 MB). */
export const MAX_CHANGELOG_BYTES = 8 * 1024 * 1024;

/** One release entry of a change log. */
export interface ChangelogEntry {
  /** The version as written, without brackets (`1.2.0`, `v1.2.0`). */
  version: string;
  /** 1-based line of the heading. */
  line: number;
  /** The heading as written. */
  heading: string;
  /** Whether anything but blank lines, sub-headings and link definitions follows it. */
  hasContent: boolean;
  /** Marked `[YANKED]`. */
  yanked: boolean;
}

// `#` or `##`, then a version: bare, in brackets, or a bracketed link; `Unreleased` is no version.
const HEADING = /^(#{1,6})[ \t]+(.*?)[ \t]*#*[ \t]*$/;
const VERSION = /^\[?(v?\d+(?:\.\d+)*(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?)\]?(?:\([^)]*\))?(?![\w.+])/i;
const LINK_DEFINITION = /^\s{0,3}\[[^\]]+\]:\s*\S/;

/** The release entries of a change log, in file order. */
export function parseChangelog(text: string): ChangelogEntry[] {
  const lines = text.split(/\r?\n/);
  const entries: ChangelogEntry[] = [];
  let current: ChangelogEntry | undefined;
  let fence = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (/^\s{0,3}(```|~~~)/.test(line)) fence = !fence;
    const h = fence ? null : HEADING.exec(line);
    if (h && h[1].length <= 2) {
      const v = VERSION.exec(h[2]);
      current = v ? { version: v[1], line: i + 1, heading: line.trim(), hasContent: false, yanked: /\[YANKED\]/i.test(h[2]) } : undefined;
      if (current) entries.push(current);
      continue;
    }
    if (!current || current.hasContent || fence) continue;
    if (h || !line.trim() || LINK_DEFINITION.test(line) || /^\s*<!--.*-->\s*$/.test(line)) continue;
    current.hasContent = true;
  }
  return entries;
}

/** The same version, with or without a leading `v`. */
function sameVersion(a: string, b: string): boolean {
  return a.replace(/^v/i, '').toLowerCase() === b.replace(/^v/i, '').toLowerCase();
}

/** The release tag part of a version (`registry/app:1.2.3` → `1.2.3`). */
function tagOf(version: string): string {
  const colon = version.lastIndexOf(':');
  return colon > version.lastIndexOf('/') ? version.slice(colon + 1) : version;
}

/** The repository API, when a token and GITHUB_REPOSITORY are given. */
interface Api {
  client: GitHubClient;
  owner: string;
  repo: string;
  full: string;
}

/** The API, or why there is none. */
async function openApi(config: DeployConfig, env: Readonly<Record<string, string | undefined>>): Promise<Api | string> {
  if (!config.token) return 'no token to look for a GitHub release';
  const full = env.GITHUB_REPOSITORY?.trim() ?? '';
  const m = /^([^/\s]+)\/([^/\s]+)$/.exec(full);
  if (!m) return 'GITHUB_REPOSITORY is not set: no GitHub release looked for';
  const { createGitHubClient, clientOptionsFromEnv } = await import('../github/client.js');
  return { client: createGitHubClient({ token: config.token, ...clientOptionsFromEnv(env) }), owner: m[1], repo: m[2], full };
}

const CONTENTS = 'the token needs `permissions: contents: read`';
/** Pages of GET /tags read at most when looking for the tags of a commit (100 tags a page). */
export const MAX_TAG_PAGES = 10;

function notFound(err: unknown): boolean {
  return /GitHub answered 404/.test((err as Error).message);
}

/** A published release of `tag` (tried with and without `v`): the URL, or why there is none. */
async function findRelease(api: Api, tag: string): Promise<{ url: string; tag: string } | string> {
  const { withGitHubErrors } = await import('../github/client.js');
  const tags = tag.startsWith('v') ? [tag, tag.slice(1)] : [tag, `v${tag}`];
  for (const t of tags) {
    try {
      const { data } = await withGitHubErrors(api.client, { input: I.Token, doing: `reading the release ${t} of ${api.full}`, forbiddenHint: CONTENTS }, () =>
        api.client.rest.repos.getReleaseByTag({ owner: api.owner, repo: api.repo, tag: t })
      );
      // GitHub does not find drafts by tag; a draft that comes back anyway is not a release.
      if (!data.draft) return { url: data.html_url, tag: t };
    } catch (err) {
      if (notFound(err)) continue;
      if (err instanceof UserError) return err.render();
      throw err;
    }
  }
  return `no published GitHub release ${tags.join(' or ')} in ${api.full}`;
}

/** The tags that point at `sha` (GET /tags, newest first, at most {@link MAX_TAG_PAGES} pages). */
async function tagsOfCommit(api: Api, sha: string): Promise<string[] | string> {
  const { withGitHubErrors } = await import('../github/client.js');
  const found: string[] = [];
  const lower = sha.toLowerCase();
  for (let page = 1; page <= MAX_TAG_PAGES; page++) {
    let data;
    try {
      ({ data } = await withGitHubErrors(api.client, { input: I.Token, doing: `listing the tags of ${api.full}`, forbiddenHint: CONTENTS }, () =>
        api.client.rest.repos.listTags({ owner: api.owner, repo: api.repo, per_page: 100, page })
      ));
    } catch (err) {
      if (err instanceof UserError) return err.render();
      throw err;
    }
    for (const t of data) if (t.commit.sha.toLowerCase().startsWith(lower)) found.push(t.name);
    if (data.length < 100) break;
  }
  return found;
}

/** Where `tag` is documented, or why it is not. */
type Documented = { status: 'pass' | 'fail'; detail: string } | { status: 'missing'; problem: string };

/** The change log entry of `tag` (see the module's comment). */
async function changelogEntry(config: DeployConfig, tag: string): Promise<Documented> {
  const file = config.changelog;
  try {
    const stat = await fs.stat(config.changelogFile);
    if (!stat.isFile()) return { status: 'missing', problem: `${file} is not a regular file` };
    if (stat.size > MAX_CHANGELOG_BYTES) return { status: 'missing', problem: `${file} is larger than ${MAX_CHANGELOG_BYTES} bytes` };
    const bytes = await fs.readFile(config.changelogFile);
    if (bytes.includes(0)) return { status: 'missing', problem: `${file} is a binary file, not a change log` };
    const entries = parseChangelog(bytes.toString('utf8'));
    const entry = entries.find((e) => sameVersion(e.version, tag));
    if (entry?.yanked) return { status: 'fail', detail: `${file}:${entry.line} marks ${tag} [YANKED]: a yanked release is not deployed` };
    if (entry?.hasContent) return { status: 'pass', detail: `${file}:${entry.line}: ${entry.heading}` };
    if (entry) return { status: 'missing', problem: `${file}:${entry.line} has the heading of ${tag} but nothing under it` };
    const latest = entries.length ? ` (latest: ${entries.slice(0, 3).map((e) => e.version).join(', ')})` : ' (no release headings found)';
    return { status: 'missing', problem: `${file} has no entry for ${tag}${latest}` };
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return { status: 'missing', problem: code === 'ENOENT' ? `${file} not found` : `${file}: cannot read (${code ?? (err as Error).message})` };
  }
}

/**
 * The `changelog` check (see the module's comment). A version that is a commit SHA is checked
 * through its release tag: the tag the workflow runs for (GITHUB_REF `refs/tags/…` at that commit),
 * else the tags pointing at it (GET /tags, with a token); a commit with no tag, or a digest, names
 * no release and is skipped with that reason.
 */
export async function changelogCheck(ctx: CheckContext): Promise<CheckResult> {
  const { config, env, version } = ctx;
  const result = (status: CheckResult['status'], detail: string): CheckResult => ({ id: 'changelog', title: 'Change log', status, detail });
  if (config.mode === 'rollback') return result('skip', 'rollback to a version documented before');
  if (!config.requireChangelog) return result('skip', `not required for ${config.environment} (require-changelog: false)`);
  if (!version) return result('skip', 'no version');
  const kind = classifyVersion(version).kind;
  if (kind === 'digest' || kind === 'image digest') return result('skip', `${version} is a ${kind}; change logs and releases name tags (deploy a release tag, or its commit, to check its entry)`);

  let api: Api | string | undefined;
  const apiOnce = async () => (api ??= await openApi(config, env));
  let tags = [tagOf(version)];
  let of = '';
  if (kind === 'commit sha') {
    const sha = version.toLowerCase();
    const ref = env.GITHUB_REF ?? '';
    const runSha = (env.GITHUB_SHA ?? '').toLowerCase();
    if (ref.startsWith('refs/tags/') && runSha.startsWith(sha)) tags = [ref.slice('refs/tags/'.length)];
    else {
      const a = await apiOnce();
      const found = typeof a === 'string' ? a : await tagsOfCommit(a, sha);
      if (typeof found === 'string') return result('skip', `${version} is a commit with no tag known (${found}); change logs and releases name tags`);
      if (!found.length) return result('skip', `${version} is a commit no tag of ${(a as Api).full} points at; change logs and releases name tags`);
      tags = found;
    }
    of = ` (the tag of ${version.slice(0, 12)})`;
  }

  const problems: string[] = [];
  for (const tag of tags) {
    const entry = await changelogEntry(config, tag);
    if (entry.status !== 'missing') return result(entry.status, entry.detail + of);
    const a = await apiOnce();
    const found = typeof a === 'string' ? a : await findRelease(a, tag);
    if (typeof found !== 'string') return result('pass', `GitHub release ${found.tag}: ${found.url}${of}`);
    problems.push(`${entry.problem}; ${found}`);
  }
  return result('fail', `${problems.join('; ')}${of} (add the entry, publish the release, or require-changelog: false)`);
}
