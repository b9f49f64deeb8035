/**
 * `npm ci` on npm 11.16+ rejects a lockfile that lacks an entry for an optional dependency the
 * registry does not serve — and npm 11.16+ itself writes such lockfiles. npm 11.13 writes inert
 * placeholders instead (README, "Development"). This keeps the lockfile installable by `npm ci`.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

interface LockEntry {
  optionalDependencies?: Record<string, string>;
  dependencies?: Record<string, string>;
}

it('has an entry for every optional dependency of every locked package', () => {
  const lock = JSON.parse(readFileSync(path.join(process.cwd(), 'package-lock.json'), 'utf8')) as { packages: Record<string, LockEntry> };
  const missing: string[] = [];
  for (const [at, entry] of Object.entries(lock.packages)) {
    for (const dep of Object.keys(entry.optionalDependencies ?? {})) {
      // Node's resolution: the package's own node_modules, then each enclosing one.
      const candidates: string[] = [];
      let base = at;
      for (;;) {
        candidates.push(`${base ? base + '/' : ''}node_modules/${dep}`);
        const up = base.lastIndexOf('/node_modules/');
        if (base === '') break;
        base = up < 0 ? '' : base.slice(0, up);
      }
      if (!candidates.some((c) => c in lock.packages)) missing.push(`${dep} (optional dependency of ${at || 'the project'})`);
    }
  }
  expect(missing).toEqual([]);
});
