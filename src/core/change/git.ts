/**
 * A pull request's change from git: the lines HEAD added since the merge base of the base ref and
 * HEAD, as diff-cover reads them (`git diff --no-color --no-ext-diff -U0 <base>...HEAD`, diff-cover
 * 7.4 `GitDiffTool.diff_committed`). The three-dot meaning — from the merge base, not from the base
 * ref's tip — is what keeps a merge of the base branch into the pull request from counting the base
 * branch's own changes; it is also the diff GitHub shows for a pull request.
 *
 * actions/checkout fetches one commit by default (`fetch-depth: 1`), so the merge base is usually
 * missing: the base branch is fetched when absent and the history deepened in bounded steps
 * (`git fetch --deepen`), after which a clear error names the input and `fetch-depth: 0`.
 *
 * git runs through execFile with argument arrays (never a shell), GIT_TERMINAL_PROMPT=0 (a fetch
 * never waits for a password), a time limit per command and a bound on what it may print.
 */
import { execFile } from 'node:child_process';
import { UserError } from '../errors.js';
import { parseUnifiedDiff, type ChangeSet } from './diff.js';

export interface GitChangeOptions {
  /** A directory inside the work tree. */
  cwd: string;
  /** The base branch (`main`, `origin/main`, `refs/heads/main`), a tag or a commit SHA. */
  baseRef: string;
  /** The input `baseRef` came from, named in errors (e.g. `base-ref`). */
  input: string;
  /** The commit whose change is measured. @default 'HEAD' */
  head?: string;
  /** One line per fetch. */
  log?: (m: string) => void;
  /** The environment git runs with. @default process.env */
  env?: NodeJS.ProcessEnv;
  /** The remote to fetch from. @default 'origin' */
  remote?: string;
  /** Commits each deepening step adds (a shallow clone). @default [50, 200, 1000, 5000] */
  deepenSteps?: number[];
}

/** Most bytes `git diff` may print (a pull request's diff beyond this is refused, not read). */
export const MAX_DIFF_BYTES = 64 * 1024 * 1024;
const DEFAULT_DEEPEN = [50, 200, 1000, 5000];
const COMMAND_MS = 60_000;
const FETCH_MS = 180_000;
/** No deepening step starts after this long (each fetch is bounded by FETCH_MS). */
const DEEPEN_BUDGET_MS = 300_000;

interface GitResult {
  ok: boolean;
  stdout: string;
  stderr: string;
  /** The output limit was hit. */
  overflow: boolean;
}

function git(cwd: string, env: NodeJS.ProcessEnv, args: string[], options: { timeout?: number; maxBuffer?: number } = {}): Promise<GitResult> {
  return new Promise((resolve) => {
    execFile(
      'git',
      args,
      {
        cwd,
        env: { ...env, GIT_TERMINAL_PROMPT: '0', GIT_ASKPASS: '', SSH_ASKPASS: '', LC_ALL: 'C', GIT_OPTIONAL_LOCKS: '0' },
        timeout: options.timeout ?? COMMAND_MS,
        maxBuffer: options.maxBuffer ?? 4 * 1024 * 1024,
        encoding: 'utf8',
        windowsHide: true
      },
      (err, stdout, stderr) => {
        const e = err as (NodeJS.ErrnoException & { code?: unknown }) | null;
        if (e && e.code === 'ENOENT') {
          resolve({ ok: false, stdout: '', stderr: 'git is not installed (not found on PATH)', overflow: false });
          return;
        }
        const overflow = e?.code === 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER';
        resolve({ ok: !e, stdout: String(stdout ?? ''), stderr: String(stderr ?? ''), overflow });
      }
    );
  });
}

/** The first line git printed on stderr, for an error message. */
function firstLine(text: string): string {
  return (
    text
      .split('\n')
      .map((l) => l.trim())
      .find((l) => l.length > 0) ?? 'no message'
  ).replace(/^(fatal|error): /, '');
}

/** Whether `cwd` is inside a git work tree (git installed and the directory checked out). */
export async function isGitWorkTree(cwd: string, env: NodeJS.ProcessEnv = process.env): Promise<boolean> {
  const r = await git(cwd, env, ['rev-parse', '--is-inside-work-tree']);
  return r.ok && r.stdout.trim() === 'true';
}

/** The change HEAD (or `o.head`) makes since its merge base with `o.baseRef`. */
export async function changeFromGit(o: GitChangeOptions): Promise<ChangeSet> {
  const env = o.env ?? process.env;
  const remote = o.remote ?? 'origin';
  const ref = o.baseRef.trim();
  const input = o.input;
  const log = o.log ?? (() => undefined);
  const hint = 'check out with actions/checkout and `fetch-depth: 0`';
  if (!ref) throw new UserError('no base ref to compare with', { input, hint: 'set it to the pull request base branch, e.g. main (GITHUB_BASE_REF on pull_request events)' });
  if (ref.startsWith('-') || /[\s\0]/.test(ref)) throw new UserError(`"${ref}" is not a branch, tag or commit name`, { input });

  const top = await git(o.cwd, env, ['rev-parse', '--show-toplevel']);
  if (!top.ok) throw new UserError(`${o.cwd} is not in a git work tree: ${firstLine(top.stderr)}`, { input, hint: 'check out the repository (actions/checkout) before this step' });
  const root = top.stdout.trim();
  const run = (args: string[], options?: { timeout?: number; maxBuffer?: number }) => git(root, env, args, options);

  const headName = o.head ?? 'HEAD';
  const head = await resolveCommit(run, headName);
  if (!head) throw new UserError(`the head commit "${headName}" is not in this repository`, { input, hint });

  const shallow = (await run(['rev-parse', '--is-shallow-repository'])).stdout.trim() === 'true';
  const steps = o.deepenSteps ?? DEFAULT_DEEPEN;
  const branch = ref.replace(/^refs\/heads\//, '').replace(new RegExp(`^(refs/remotes/)?${escapeRegExp(remote)}/`), '');
  const isSha = /^[0-9a-f]{7,64}$/i.test(ref);
  // What to fetch when the base is missing: the branch into its remote-tracking ref, or the commit.
  const refspec = isSha ? ref : `+refs/heads/${branch}:refs/remotes/${remote}/${branch}`;
  const fetch = async (extra: string[]): Promise<void> => {
    const args = ['fetch', '--no-tags', '--no-recurse-submodules', '--quiet', ...extra, remote, refspec];
    log(`${input}: git ${args.join(' ')}`);
    const r = await run(args, { timeout: FETCH_MS });
    if (!r.ok) throw new UserError(`could not fetch ${ref} from ${remote}: ${firstLine(r.stderr)}`, { input, hint });
  };

  let base = await resolveBase(run, ref, remote);
  const hasRemote = (await run(['remote', 'get-url', '--', remote])).ok;
  if (!base && hasRemote) {
    await fetch(shallow ? [`--depth=${steps[0] ?? 50}`] : []);
    base = await resolveBase(run, ref, remote);
  }
  if (!base) throw new UserError(`"${ref}" is not a branch, tag or commit of this repository`, { input, hint });

  let mergeBase = await findMergeBase(run, base, head);
  let fetched = 0;
  const started = Date.now();
  for (const n of steps) {
    if (mergeBase || !hasRemote || Date.now() - started > DEEPEN_BUDGET_MS) break;
    if ((await run(['rev-parse', '--is-shallow-repository'])).stdout.trim() !== 'true') break;
    await fetch([`--deepen=${n}`]);
    fetched += n;
    mergeBase = await findMergeBase(run, base, head);
  }
  if (!mergeBase) {
    const stillShallow = (await run(['rev-parse', '--is-shallow-repository'])).stdout.trim() === 'true';
    if (stillShallow) {
      throw new UserError(`no merge base of ${ref} and ${headName} in this shallow clone, even ${fetched} commits deeper`, {
        input,
        hint: 'check out with actions/checkout and `fetch-depth: 0` so that the history down to the merge base is there'
      });
    }
    throw new UserError(`${ref} and ${headName} have no common history (no merge base)`, { input, hint: 'is it the branch the pull request targets?' });
  }

  const diff = await run(
    [
      '-c',
      'core.quotePath=false',
      '-c',
      'diff.noprefix=false',
      '-c',
      'diff.mnemonicPrefix=false',
      'diff',
      '--no-color',
      '--no-ext-diff',
      '--no-textconv',
      '--no-relative',
      '--ignore-submodules',
      '-U0',
      '-M',
      '--src-prefix=a/',
      '--dst-prefix=b/',
      mergeBase,
      head,
      '--'
    ],
    { maxBuffer: MAX_DIFF_BYTES }
  );
  if (diff.overflow) throw new UserError(`the diff of ${ref}...${headName} is larger than ${MAX_DIFF_BYTES / 1024 / 1024} MB`, { input });
  if (!diff.ok) throw new UserError(`git diff ${ref}...${headName} failed: ${firstLine(diff.stderr)}`, { input });

  const tree = await run(['-c', 'core.quotePath=false', 'ls-tree', '-r', '-z', '--name-only', '--full-tree', head], { maxBuffer: MAX_DIFF_BYTES });
  const repoPaths = tree.ok ? tree.stdout.split('\0').filter((p) => p.length > 0) : undefined;

  return { base: mergeBase, head, source: 'git', files: parseUnifiedDiff(diff.stdout), repoPaths };
}

type Run = (args: string[], options?: { timeout?: number; maxBuffer?: number }) => Promise<GitResult>;

async function resolveCommit(run: Run, name: string): Promise<string | undefined> {
  const r = await run(['rev-parse', '--verify', '--quiet', '--end-of-options', `${name}^{commit}`]);
  return r.ok ? r.stdout.trim() : undefined;
}

/**
 * The base ref's commit: the remote-tracking branch first (`origin/<ref>`: what the pull request
 * targets; a local branch of that name may be stale), then the name as git resolves it (a local
 * branch, a tag, a SHA, `origin/main`).
 */
async function resolveBase(run: Run, ref: string, remote: string): Promise<string | undefined> {
  const candidates = ref.startsWith('refs/') || /^[0-9a-f]{40,64}$/i.test(ref) ? [ref] : [`refs/remotes/${remote}/${ref}`, ref];
  for (const c of candidates) {
    const sha = await resolveCommit(run, c);
    if (sha) return sha;
  }
  return undefined;
}

/** `git merge-base`: exit 1 with no output when there is none (or its history is cut off). */
async function findMergeBase(run: Run, a: string, b: string): Promise<string | undefined> {
  const r = await run(['merge-base', a, b]);
  const sha = r.stdout.trim();
  return r.ok && sha ? sha : undefined;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
