/**
 * Which commit of phase-gates the written workflow pins our own actions to (internal): the `ref`
 * flag (`OWNER/REPO@SHA`), or else the commit of the phase-gates checkout this code runs from
 * (`git rev-parse` in the package root, without a shell), in the repository
 * `phase-gates/phase-gates`. The comment after the SHA is the package version.
 */
import { execFile } from 'node:child_process';
import { readFileSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { UserError } from '../errors.js';

/** The repository of our actions when `ref` is not given. */
export const DEFAULT_ACTIONS_REPOSITORY = 'phase-gates/phase-gates';

/** Our actions as the workflow names them: `<repository>/actions/<name>@<sha> # <version>`. */
export interface ActionsRef {
  repository: string;
  sha: string;
  /** The tag-like comment, e.g. `v0.1.0`. */
  version: string;
  /** How the ref was found, for the printout. */
  origin: 'flag' | 'checkout';
}

/** What resolving the default needs from the machine; tests replace it. */
export interface RefEnvironment {
  /** The phase-gates package root (the directory of its package.json), if found. */
  packageRoot(): string | undefined;
  /** `HEAD` of the git checkout whose top level is exactly `root`, or undefined. */
  gitHead(root: string): Promise<string | undefined>;
}

const SHA = /^[0-9a-f]{40}$/;
const REF = /^([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))\/([A-Za-z0-9._-]{1,100})@([0-9a-fA-F]{40})$/;

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
  gitHead(root) {
    return new Promise((resolve) => {
      // Without a shell; the top level must be the package root itself, not a repository that
      // merely contains it (phase-gates installed in node_modules of another checkout).
      // The environment is passed explicitly: PATH (where git is looked up) is the one of this process.
      execFile('git', ['rev-parse', '--show-toplevel', 'HEAD'], { cwd: root, env: process.env, timeout: 10_000, windowsHide: true }, (err, stdout) => {
        if (err) return resolve(undefined);
        const [top, head] = String(stdout).trim().split(/\r?\n/);
        try {
          if (!top || realpathSync(top) !== realpathSync(root)) return resolve(undefined);
        } catch {
          return resolve(undefined);
        }
        resolve(head && SHA.test(head.trim()) ? head.trim() : undefined);
      });
    });
  }
};

/** The version of the phase-gates package at `root`, as a tag (`v0.1.0`). */
export function packageVersion(root: string | undefined): string | undefined {
  if (!root) return undefined;
  try {
    const v = (JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version?: unknown }).version;
    return typeof v === 'string' && v ? `v${v.replace(/^v/, '')}` : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Our actions' ref: from `given` (the `ref` input) when set, else from the running checkout.
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
        hint: `e.g. ${DEFAULT_ACTIONS_REPOSITORY}@<40-hex sha>`
      });
    }
    const sha = m[3].toLowerCase();
    return { repository: `${m[1]}/${m[2]}`, sha, version: version ?? sha.slice(0, 7), origin: 'flag' };
  }
  const sha = root ? await env.gitHead(root) : undefined;
  if (!sha || !version) {
    throw new UserError('cannot tell which commit of phase-gates to pin its actions to (this copy of phase-gates is not a git checkout)', {
      input,
      hint: `give --${input} OWNER/REPO@SHA, e.g. --${input} ${DEFAULT_ACTIONS_REPOSITORY}@<40-hex sha of a release>`
    });
  }
  return { repository: DEFAULT_ACTIONS_REPOSITORY, sha, version, origin: 'checkout' };
}
