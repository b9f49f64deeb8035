/**
 * The lockfile is written by the machine's own npm and must stay installable by `npm ci` on a
 * fresh machine. npm stops with "Invalid Version:" on a `packages` entry that has no `version`
 * (hand-made placeholders once did that here), so every entry but a link carries one.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import semver from 'semver';

interface LockEntry {
  version?: string;
  link?: boolean;
  resolved?: string;
  engines?: { node?: string };
}

const root = process.cwd();
const lock = JSON.parse(readFileSync(path.join(root, 'package-lock.json'), 'utf8')) as { lockfileVersion: number; packages: Record<string, LockEntry> };

it('is a lockfile v3 whose every package entry has a version (links aside)', () => {
  expect(lock.lockfileVersion).toBe(3);
  const bad = Object.entries(lock.packages)
    .filter(([at, entry]) => at !== '' && !entry.link && !(typeof entry.version === 'string' && /^\d+\.\d+\.\d+/.test(entry.version)))
    .map(([at]) => at);
  expect(bad).toEqual([]);
});

it('names the same direct dependencies as package.json', () => {
  const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as Record<string, Record<string, string> | undefined>;
  const rootEntry = lock.packages[''] as Record<string, Record<string, string> | undefined>;
  for (const field of ['dependencies', 'devDependencies', 'optionalDependencies']) {
    expect([field, rootEntry[field] ?? {}]).toEqual([field, pkg[field] ?? {}]);
  }
});

it('locks only packages whose declared Node range takes the Node the project supports (no EBADENGINE)', () => {
  const wrong: string[] = [];
  for (const [at, entry] of Object.entries(lock.packages)) {
    const range = entry.engines?.node;
    if (at === '' || !range) continue;
    // Node 20's last line (development and CI here) and Node 24 (what the actions declare).
    for (const node of ['20.20.2', '24.0.0']) {
      if (!semver.satisfies(node, range)) wrong.push(`${at}@${entry.version} wants node ${range}, not ${node}`);
    }
  }
  expect(wrong).toEqual([]);
});
