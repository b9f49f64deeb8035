/** The bundled command line (dist/cli/index.js) in a child process, as a user runs it. */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { ROOT } from './action.js';

export const CLI = path.join(ROOT, 'dist/cli/index.js');

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs the CLI without blocking this process, for commands that talk to a test server living in
 * its event loop. The environment holds PATH, HOME and `env` only; SIGKILL after `timeoutMs`.
 */
export function cliAsync(args: string[], cwd: string, env: Record<string, string> = {}, timeoutMs = 30_000): Promise<CliRun> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd, env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}
