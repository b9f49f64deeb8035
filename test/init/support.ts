/** Shared helpers of the `phase-gates init` tests: a temporary workspace and a fixed actions ref. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runInit, type InitResult } from '../../src/core/commands/init.js';
import { runGit, type RefEnvironment } from '../../src/core/init/ref.js';
import { UserError } from '../../src/core/errors.js';
import { RecordingHost } from '../validate/host.js';

export const ROOT = process.cwd();

/** A commit SHA standing for "the checkout this phase-gates runs from". */
export const HEAD = '0123456789abcdef0123456789abcdef01234567';

/** The repository of that checkout (its remote origin). */
export const REPOSITORY = 'acme/phase-gates';

/** The release tag at HEAD of that checkout: the version in package.json. */
export const TAG = `v${(JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version}`;

/**
 * A phase-gates git checkout at ROOT cloned from github.com/acme/phase-gates, HEAD tagged TAG:
 * git's answers in ROOT stand in for a clone of a real GitHub repository; anywhere else (the
 * workspaces) the real git answers.
 */
export const CHECKOUT: RefEnvironment = {
  packageRoot: () => ROOT,
  git: async (cwd, args) => {
    if (cwd !== ROOT) return runGit(cwd, args);
    const answers: Record<string, string> = {
      'rev-parse --show-toplevel': ROOT,
      'rev-parse HEAD': HEAD,
      'remote get-url origin': `https://github.com/${REPOSITORY}.git`,
      'tag --points-at HEAD': TAG
    };
    return answers[args.join(' ')];
  }
};

/** A phase-gates that is not a git checkout, with no repository in its package.json. */
export const NOT_A_CHECKOUT: RefEnvironment = { packageRoot: () => ROOT, git: async () => undefined };

const created: string[] = [];
// Each test file gets its own copy of this module: its temporary directories go when it ends.
afterAll(() => {
  for (const dir of created.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A new empty directory, removed after the test file. */
export function workspace(prefix = 'pg-init-'): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  created.push(dir);
  return dir;
}

/** Runs init in `ws` with the given flags (as inputs). */
export async function init(ws: string, inputs: Record<string, string>, ref: RefEnvironment = CHECKOUT): Promise<{ result: InitResult; host: RecordingHost }> {
  const host = new RecordingHost(ws, inputs);
  const result = await runInit(host, { ref });
  return { result, host };
}

/** The one-line rendering of the UserError a promise rejects with. */
export async function refusal(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (err) {
    if (!(err instanceof UserError)) throw err;
    const lines = err.renderAll();
    expect(lines).toHaveLength(1);
    return lines[0];
  }
  throw new Error('expected a UserError');
}
