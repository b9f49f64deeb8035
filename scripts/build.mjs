#!/usr/bin/env node
// Builds every entry into dist/<name>/index.js with @vercel/ncc: TypeScript is compiled by tsc
// into build/ first, so that ncc bundles plain ESM. `node scripts/build.mjs OUTDIR` builds elsewhere
// (scripts/check-dist.mjs compares such a build with the committed dist/).
import { execFileSync } from 'node:child_process';
import { cpSync, rmSync, mkdirSync, readdirSync, renameSync, existsSync, readFileSync, writeFileSync, chmodSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.resolve(root, process.argv[2] ?? 'dist');
// One build directory at a fixed path (webpack derives chunk ids from module paths, so the path
// must not change between builds), held under a lock: a check beside a build waits its turn.
const buildDir = path.join(root, '.build');
const lock = path.join(root, '.build.lock');
const deadline = Date.now() + 300_000;
for (;;) {
  try {
    mkdirSync(lock);
    break;
  } catch (err) {
    if (err.code !== 'EEXIST') throw err;
    if (Date.now() > deadline) throw new Error(`${lock} is held for 5 minutes: remove it if no build is running`);
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200);
  }
}
process.on('exit', () => rmSync(lock, { recursive: true, force: true }));
rmSync(buildDir, { recursive: true, force: true });
mkdirSync(buildDir);
// tsc emits ESM: say so, as the project's own package.json does, or ncc bundles it as CommonJS.
writeFileSync(path.join(buildDir, 'package.json'), '{ "type": "module" }\n');

/** Entries: dist/<name>/index.js ← build/src/<entry>. */
export const ENTRIES = {
  'gates-enforcer': 'src/actions/gates-enforcer/main.js',
  'workflows-validation': 'src/actions/workflows-validation/main.js',
  'smoke-test': 'src/actions/smoke-test/main.js',
  deploy: 'src/actions/deploy/main.js',
  pipeline: 'src/actions/pipeline/main.js',
  cli: 'src/cli/main.js'
};

execFileSync(process.execPath, [path.join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json', '--outDir', buildDir], { cwd: root, stdio: 'inherit' });

const ncc = path.join(root, 'node_modules/@vercel/ncc/dist/ncc/cli.js');
for (const [name, entry] of Object.entries(ENTRIES)) {
  const target = path.join(outDir, name);
  // Bundled beside the target and swapped in at the end: tests running meanwhile never find a
  // missing or half-written bundle.
  const staging = path.join(buildDir, 'out', name);
  mkdirSync(staging, { recursive: true });
  execFileSync(process.execPath, [ncc, 'build', path.join(buildDir, entry), '-o', staging, '--quiet', '--license', 'licenses.txt', '--target', 'es2022'], {
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit']
  });
  // ncc names an ESM bundle index.mjs when the entry is ESM; the runner and bin want index.js
  // (package.json has "type": "module").
  for (const file of readdirSync(staging)) {
    if (file.endsWith('.mjs')) renameSync(path.join(staging, file), path.join(staging, file.replace(/\.mjs$/, '.js')));
  }
  const index = path.join(staging, 'index.js');
  if (!existsSync(index)) throw new Error(`ncc wrote no index.js for ${name}`);
  // libpg-query (migrate-check) loads its wasm from a file ncc does not see: it goes beside the bundle.
  if (readdirSync(staging).some((f) => /\.m?js$/.test(f) && readFileSync(path.join(staging, f), 'utf8').includes('libpg-query.wasm'))) {
    cpSync(path.join(root, 'node_modules/libpg-query/wasm/libpg-query.wasm'), path.join(staging, 'libpg-query.wasm'));
  }
  // Chunks are imported by their .mjs names inside the bundle.
  let code = readFileSync(index, 'utf8');
  code = code.replace(/(["'])\.\/([\w.-]+)\.mjs\1/g, '$1./$2.js$1');
  writeFileSync(index, code);
  if (name === 'cli') {
    // The shebang is added here: in the entry it makes ncc take the module for CommonJS.
    writeFileSync(index, '#!/usr/bin/env node\n' + readFileSync(index, 'utf8'));
    chmodSync(index, 0o755);
  }
  mkdirSync(outDir, { recursive: true });
  rmSync(target, { recursive: true, force: true });
  try {
    renameSync(staging, target);
  } catch (err) {
    if (err.code !== 'EXDEV') throw err;
    cpSync(staging, target, { recursive: true }); // another file system (a check building into /tmp)
  }
}
rmSync(buildDir, { recursive: true, force: true });
