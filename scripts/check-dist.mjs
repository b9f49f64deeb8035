#!/usr/bin/env node
// Fails when the committed dist/ differs from a fresh build: actions run dist/, not src/.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const fresh = mkdtempSync(path.join(tmpdir(), 'phase-gates-dist-'));

function list(dir, base = dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    return statSync(p).isDirectory() ? list(p, base) : [path.relative(base, p)];
  });
}

try {
  execFileSync(process.execPath, [path.join(root, 'scripts/build.mjs'), fresh], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  const committed = path.join(root, 'dist');
  const a = new Set(list(committed));
  const b = new Set(list(fresh));
  const stale = [];
  for (const f of new Set([...a, ...b])) {
    if (!a.has(f)) stale.push(`missing from dist/: ${f}`);
    else if (!b.has(f)) stale.push(`not built any more: dist/${f}`);
    else if (!readFileSync(path.join(committed, f)).equals(readFileSync(path.join(fresh, f)))) stale.push(`differs: dist/${f}`);
  }
  if (stale.length) {
    console.error(`dist/ is stale: run \`npm run bundle\` and commit dist/.\n  ${stale.join('\n  ')}`);
    process.exit(1);
  }
  console.error('dist/ is current.');
} finally {
  rmSync(fresh, { recursive: true, force: true });
}
