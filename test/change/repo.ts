/** Real git repositories in a temp dir for the change tests: `git` CLI only, no network. */
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { UserError } from '../../src/core/errors.js';

/** The environment every git call of the tests runs with: no user or system config, fixed identity and dates. */
export const GIT_ENV: NodeJS.ProcessEnv = {
  ...process.env,
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_AUTHOR_NAME: 'Test',
  GIT_AUTHOR_EMAIL: 'test@example.com',
  GIT_COMMITTER_NAME: 'Test',
  GIT_COMMITTER_EMAIL: 'test@example.com',
  GIT_TERMINAL_PROMPT: '0'
};

export class Repo {
  constructor(readonly dir: string) {}

  /** A new repository on branch `main` in a fresh temp dir. */
  static init(prefix = 'pg-change-'): Repo {
    const dir = mkdtempSync(path.join(tmpdir(), prefix));
    const repo = new Repo(dir);
    repo.git('init', '-q', '-b', 'main');
    return repo;
  }

  /**
   * A repository whose `main` holds `base` and whose branch `feature` (checked out) changes it to
   * `feature` (files mapped to text; lines given as arrays are joined with newlines, one at the end).
   */
  static pullRequest(base: Record<string, string | string[]>, feature: Record<string, string | string[]>): Repo {
    const repo = Repo.init();
    const text = (t: string | string[]) => (Array.isArray(t) ? `${t.join('\n')}\n` : t);
    for (const [f, t] of Object.entries(base)) repo.write(f, text(t));
    repo.commit('base');
    repo.git('checkout', '-q', '-b', 'feature');
    for (const [f, t] of Object.entries(feature)) repo.write(f, text(t));
    repo.commit('feature');
    return repo;
  }

  git(...args: string[]): string {
    return execFileSync('git', args, { cwd: this.dir, env: GIT_ENV, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 60_000 });
  }

  write(file: string, content: string | Buffer): this {
    const p = path.join(this.dir, file);
    mkdirSync(path.dirname(p), { recursive: true });
    writeFileSync(p, content);
    return this;
  }

  chmod(file: string, mode: number): this {
    chmodSync(path.join(this.dir, file), mode);
    return this;
  }

  /** Stages everything and commits; returns the new commit's SHA. */
  commit(message: string): string {
    this.git('add', '-A');
    this.git('commit', '-q', '-m', message);
    return this.git('rev-parse', 'HEAD').trim();
  }

  remove(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** `n` numbered lines, `prefix` before each number: the lines of a text file, each ending in a newline. */
export function numbered(n: number, prefix = 'line '): string {
  return Array.from({ length: n }, (_, i) => `${prefix}${i + 1}\n`).join('');
}

/** The UserError `p` rejects with (anything else fails the test). */
export async function userError(p: Promise<unknown>): Promise<UserError> {
  try {
    await p;
  } catch (err) {
    if (err instanceof UserError) return err;
    throw err;
  }
  throw new Error('expected a UserError');
}
