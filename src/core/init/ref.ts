/**
 * Which repository and commit of phase-gates the written workflow pins our own actions to
 * (internal), and how that was found, for the printout:
 *   1. the `ref` flag, `OWNER/REPO@SHA`;
 *   2. else the git checkout this phase-gates runs from (its package root must be the top level of
 *      the checkout): the repository from the URL of its remote `origin`, the commit `HEAD`, and
 *      the release tag at HEAD for the comment (`git describe --tags` when HEAD is not a release);
 *   3. else, installed without git (from npm, a tarball), its package.json: `repository` and
 *      `gitHead`, the comment from `version`.
 * With none of them, one line asks for `--ref`. Nothing is made up: no default owner.
 */
import { execFile } from 'node:child_process';
import { readFileSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { UserError } from '../errors.js';

/** Our actions as the workflow names them: `<repository>/actions/<name>@<sha> # <version>`. */
export interface ActionsRef {
  repository: string;
  sha: string;
  /** The comment after the SHA: the release tag (`v1.2.0`), else what is known of the commit. */
  version: string;
  /** Where the ref came from. */
  origin: 'flag' | 'checkout' | 'package';
  /** How it was found, one clause for the printout (`the git checkout at /x: remote origin …`). */
  from: string;
  /** True when the commit is a release tag (or the flag named one, which we cannot check). */
  release: boolean;
}

/** What resolving the default needs from the machine; tests give real temporary repositories. */
/** Runs `git args…` in `cwd` without a shell: its trimmed stdout, or undefined when git fails. */
export type Git = (cwd: string, args: string[]) => Promise<string | undefined>;

export interface RefEnvironment {
  /** The phase-gates package root (the directory of its package.json), if found. */
  packageRoot(): string | undefined;
  git: Git;
}

const SHA = /^[0-9a-f]{40}$/;
const REF = /^([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))\/([A-Za-z0-9._-]{1,100})@([0-9a-fA-F]{40})$/;
const RELEASE_TAG = /^v?\d+\.\d+\.\d+$/;

/** The package.json of phase-gates above `start`, or undefined. */
function findPackageRoot(start: string): string | undefined {
  let dir = start;
  for (;;) {
    try {
      const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { name?: unknown };
      if (pkg.name === 'phase-gates') return dir;
    } catch {
      // no package.json here (or not JSON): look further up
    }
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/** git without a shell, PATH as this process has it; undefined on any failure (no git, not a repository). */
export function runGit(cwd: string, args: string[]): Promise<string | undefined> {
  return new Promise((resolve) => {
    execFile('git', args, { cwd, env: process.env, timeout: 10_000, windowsHide: true }, (err, stdout) => {
      resolve(err ? undefined : String(stdout).trim());
    });
  });
}

/** The real machine: this file's location (in src/ or inside a dist/ bundle), and git. */
export const SYSTEM_REF_ENVIRONMENT: RefEnvironment = {
  packageRoot() {
    const starts = [path.dirname(fileURLToPath(import.meta.url))];
    if (process.argv[1]) starts.push(path.dirname(path.resolve(process.argv[1])));
    for (const start of starts) {
      const root = findPackageRoot(start);
      if (root) return root;
    }
    return undefined;
  },
  git: runGit
};

/**
 * `owner/repo` of a GitHub repository URL as git remotes and package.json write it
 * (`https://github.com/o/r.git`, `git@github.com:o/r.git`, `ssh://git@github.com/o/r`,
 * `git+https://…`, npm's `github:o/r` and `o/r`); undefined for another host or a local path,
 * which a workflow's `uses:` cannot name.
 */
export function githubRepository(url: string | undefined): string | undefined {
  if (!url) return undefined;
  const u = url.trim();
  const name = '([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))/([A-Za-z0-9._-]+?)';
  const patterns = [
    new RegExp(`^(?:git\\+)?(?:https?|ssh|git)://(?:[^@/]+@)?github\\.com(?::\\d+)?/${name}(?:\\.git)?/?(?:#.*)?$`, 'i'),
    new RegExp(`^(?:[^@/]+@)?github\\.com:${name}(?:\\.git)?/?$`, 'i'),
    new RegExp(`^(?:github:)?${name}(?:#.*)?$`)
  ];
  for (const re of patterns) {
    const m = re.exec(u);
    if (m) return `${m[1]}/${m[2]}`;
  }
  return undefined;
}

interface PackageJson {
  name?: unknown;
  version?: unknown;
  repository?: unknown;
  gitHead?: unknown;
}

/** The package.json in `root`, or undefined when there is none or it is not JSON. */
export function readPackage(root: string | undefined): PackageJson | undefined {
  if (!root) return undefined;
  try {
    return JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as PackageJson;
  } catch {
    return undefined;
  }
}

/** The version of the phase-gates package at `root`, as a tag (`v0.1.0`). */
export function packageVersion(root: string | undefined): string | undefined {
  const v = readPackage(root)?.version;
  return typeof v === 'string' && v ? `v${v.replace(/^v/, '')}` : undefined;
}

/** package.json's `repository`, a string or `{ url }`. */
function packageRepository(pkg: PackageJson | undefined): string | undefined {
  const r = pkg?.repository;
  if (typeof r === 'string') return r;
  if (r && typeof r === 'object' && typeof (r as { url?: unknown }).url === 'string') return (r as { url: string }).url;
  return undefined;
}

/** The newest release tag (vX.Y.Z) among `tags`, else the first tag, else undefined. */
function pickTag(tags: string[]): string | undefined {
  const releases = tags.filter((t) => RELEASE_TAG.test(t));
  const key = (t: string) => t.replace(/^v/, '').split('.').map(Number);
  releases.sort((a, b) => {
    const [x, y] = [key(a), key(b)];
    for (let i = 0; i < 3; i++) if (x[i] !== y[i]) return y[i] - x[i];
    return 0;
  });
  return releases[0] ?? tags[0];
}

/** Whether `root` is the top level of a git checkout (not a folder inside another project's repository). */
export async function isCheckoutRoot(git: Git, root: string): Promise<boolean> {
  const top = await git(root, ['rev-parse', '--show-toplevel']);
  if (!top) return false;
  try {
    return realpathSync(top) === realpathSync(root);
  } catch {
    return false;
  }
}

function refusal(input: string, why: string): UserError {
  return new UserError(`cannot tell which repository and commit of phase-gates to pin its actions to: ${why}`, {
    input,
    hint: `give --${input} OWNER/REPO@SHA, the repository you use phase-gates from and the 40-hex commit of a release tag`
  });
}

/** From the git checkout at `root`; undefined when `root` is not the top of one. */
async function fromCheckout(env: RefEnvironment, root: string, input: string): Promise<ActionsRef | undefined> {
  if (!(await isCheckoutRoot(env.git, root))) return undefined;
  const head = await env.git(root, ['rev-parse', 'HEAD']);
  if (!head || !SHA.test(head)) throw refusal(input, `the git checkout at ${root} has no commit`);
  const url = await env.git(root, ['remote', 'get-url', 'origin']);
  let repository = githubRepository(url);
  let where = url ? `remote origin ${url}` : 'no remote origin';
  if (!repository) {
    // A clone of a local path or another host: package.json may still say where it is published.
    const declared = packageRepository(readPackage(root));
    repository = githubRepository(declared);
    if (!repository) {
      throw refusal(input, `the git checkout at ${root} has ${url ? `remote origin ${url}, not a GitHub repository` : 'no remote origin'}, and its package.json names no GitHub repository`);
    }
    where = `${where}, so the repository of package.json (${declared})`;
  }
  const tags = ((await env.git(root, ['tag', '--points-at', 'HEAD'])) ?? '').split('\n').filter(Boolean);
  const tag = pickTag(tags);
  if (tag) {
    return { repository, sha: head, version: tag, origin: 'checkout', release: RELEASE_TAG.test(tag), from: `the git checkout at ${root}: ${where}, tag ${tag} at HEAD` };
  }
  const described = await env.git(root, ['describe', '--tags', 'HEAD']);
  const version = described || `untagged ${head.slice(0, 7)}`;
  return {
    repository,
    sha: head,
    version,
    origin: 'checkout',
    release: false,
    from: `the git checkout at ${root}: ${where}, HEAD ${described ? `is ${described} (not a release tag)` : 'has no tag'}`
  };
}

/**
 * Our actions' ref: from `given` (the `ref` input) when set, else from the running phase-gates.
 * Refuses with a one-line error naming `input` when neither works.
 */
export async function resolveActionsRef(given: string, input: string, env: RefEnvironment = SYSTEM_REF_ENVIRONMENT): Promise<ActionsRef> {
  const root = env.packageRoot();
  const version = packageVersion(root);
  if (given) {
    const m = REF.exec(given);
    if (!m) {
      throw new UserError(`must be OWNER/REPO@SHA with a full 40-hex commit SHA, not ${JSON.stringify(given)}`, {
        input,
        hint: 'e.g. acme/phase-gates@<40-hex sha of a release tag>'
      });
    }
    const sha = m[3].toLowerCase();
    // The tag of that commit, when the checkout this phase-gates runs from has it; else the
    // version of this phase-gates, and the printout says it is a guess.
    const checkout = root && (await isCheckoutRoot(env.git, root));
    const tag = checkout ? pickTag(((await env.git(root, ['tag', '--points-at', sha])) ?? '').split('\n').filter(Boolean)) : undefined;
    return {
      repository: `${m[1]}/${m[2]}`,
      sha,
      version: tag ?? version ?? sha.slice(0, 7),
      origin: 'flag',
      release: tag ? RELEASE_TAG.test(tag) : true,
      from: tag ? `--${input} (tag ${tag} of that commit in ${root})` : `--${input} (the comment is the version of this phase-gates: the tag of that commit is not known here)`
    };
  }
  if (!root) throw refusal(input, 'the package.json of this phase-gates was not found');
  const checkout = await fromCheckout(env, root, input);
  if (checkout) return checkout;

  const pkg = readPackage(root);
  const declared = packageRepository(pkg);
  const repository = githubRepository(declared);
  const gitHead = typeof pkg?.gitHead === 'string' ? pkg.gitHead.trim().toLowerCase() : '';
  if (!repository || !SHA.test(gitHead)) {
    const missing = [!repository && (declared ? `repository ${JSON.stringify(declared)} is not on GitHub` : 'no repository'), !SHA.test(gitHead) && 'no gitHead'].filter(Boolean);
    throw refusal(input, `${root} is not a git checkout, and its package.json has ${missing.join(' and ')}`);
  }
  return {
    repository,
    sha: gitHead,
    version: version ?? gitHead.slice(0, 7),
    origin: 'package',
    release: Boolean(version),
    from: `the package.json of ${root}: repository ${declared}, gitHead, version ${version ?? 'unknown'}`
  };
}
