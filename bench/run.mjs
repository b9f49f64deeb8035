// `npm run bench`: every benchmark, side by side with its peer on the same input. Figures go to
// the terminal and to bench/.work/results.json. `npm run bench -- cold-start` runs one.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { WORK } from './lib.mjs';

const BENCHES = {
  'lcov-summary': () => import('./lcov-summary.mjs'),
  'coverage-new': () => import('./coverage-new.mjs'),
  'cold-start': () => import('./cold-start.mjs'),
  'schema-load': () => import('./schema-load.mjs'),
  'smoke-p95': () => import('./smoke-p95.mjs'),
  'validate-actionlint': () => import('./validate-actionlint.mjs'),
  'zero-downtime': () => import('./zero-downtime.mjs'),
  'analysis-decision': () => import('./analysis-decision.mjs')
};

const wanted = process.argv.slice(2).length ? process.argv.slice(2) : Object.keys(BENCHES);
const results = [];
for (const name of wanted) {
  if (!BENCHES[name]) {
    console.error(`unknown benchmark ${name}; known: ${Object.keys(BENCHES).join(', ')}`);
    process.exit(2);
  }
  process.stderr.write(`running ${name}…\n`);
  const result = await (await BENCHES[name]()).run();
  results.push(result);
  console.log(JSON.stringify(result, (k, v) => (typeof v === 'number' ? Math.round(v * 1000) / 1000 : v), 2));
}
writeFileSync(path.join(WORK, 'results.json'), JSON.stringify(results, null, 2) + '\n');
