// Benchmark: start-up of the bundled gates-enforcer on a tiny report, against a bare `node -e 0`,
// interleaved run by run so that both see the same machine load. Goal (issue 3): at most 3×.
import { statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { WORK, ROOT, measure, actionEnv, median } from './lib.mjs';

const RUNS = 21;

export async function run() {
  writeFileSync(path.join(WORK, 'tiny.lcov.info'), 'SF:a.js\nDA:1,1\nDA:2,0\nend_of_record\n');
  const env = actionEnv(WORK, { 'coverage-files': 'tiny.lcov.info', gates: '{ coverage: ">=40%" }', 'report-path': 'tiny-report.json' });
  const bundle = path.join(ROOT, 'dist/gates-enforcer/index.js');
  const bare = [];
  const ours = [];
  for (let i = 0; i < RUNS; i++) {
    bare.push(measure(process.execPath, ['-e', '0']).ms);
    const r = measure(process.execPath, [bundle], { env, cwd: WORK });
    if (r.status !== 0) throw new Error(`gates-enforcer failed: ${r.stdout}${r.stderr}`);
    ours.push(r.ms);
  }
  const bareMs = median(bare);
  const oursMs = median(ours);
  return {
    name: 'cold-start',
    input: `tiny LCOV, median of ${RUNS} runs each`,
    peer: { tool: 'node -e 0', ms: bareMs },
    ours: { ms: oursMs, bundleKb: statSync(bundle).size / 1024 },
    ratio: oursMs / bareMs,
    goals: { ratio: '<= 3' }
  };
}
