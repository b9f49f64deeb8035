/**
 * Tests that need a program on PATH (kubectl, aws, az, gcloud, vercel, openssl, ...): where it is
 * missing they are skipped, so jest counts them as skipped instead of passing without checking
 * anything. The program's name must be in the test's title or its describe.
 *
 *   itWith('kubectl')('kubectl: ...', async () => { ... });
 *   itWith('aws', '--version').each([...])('aws ...', ...);   // must also run: a shim is not enough
 *
 * `.ci/run` installs the programs that Debian and npm ship, so CI runs these tests.
 */
import { it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import path from 'node:path';

/** The absolute path of a program on PATH, or undefined. */
export function onPath(program: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (!dir) continue;
    const p = path.join(dir, program);
    try {
      accessSync(p, constants.X_OK);
      return p;
    } catch {
      // not here
    }
  }
  return undefined;
}

const known = new Map<string, boolean>();

/**
 * Whether `program` is on PATH and, when `probe` arguments are given, runs them with exit status 0
 * (a version manager's shim without an installation behind it does not). Asked once per process.
 */
export function available(program: string, ...probe: string[]): boolean {
  const key = [program, ...probe].join('\0');
  let yes = known.get(key);
  if (yes === undefined) {
    const bin = onPath(program);
    yes = bin !== undefined && (probe.length === 0 || spawnSync(bin, probe, { stdio: 'ignore', timeout: 60_000 }).status === 0);
    known.set(key, yes);
  }
  return yes;
}

/** `it` where `program` is available (see `available`), `it.skip` where it is not. */
export function itWith(program: string, ...probe: string[]): typeof it {
  return available(program, ...probe) ? it : (it.skip as typeof it);
}
