// Benchmark: gates-enforcer (the bundled action, end to end as a process) on a generated 92 MB LCOV
// file of 20,000 source files, against `lcov --summary` (Debian's lcov) on the same file.
// Goal (issue 3): at least 20× faster, peak RSS at most 150 MB, the same line coverage.
import { createWriteStream, existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { WORK, ROOT, measure, actionEnv, readReport, which, lcg } from './lib.mjs';

const FILES = 20000;
const file = path.join(WORK, 'big.lcov.info');
export { file as LCOV_FILE, FILES as LCOV_FILES };


export async function generate() {
  if (existsSync(file) && statSync(file).size > 90e6) return; // 90.4 MB when complete
  const rand = lcg(42);
  const out = createWriteStream(file);
  const write = (s) => (out.write(s) ? Promise.resolve() : new Promise((r) => out.once('drain', r)));
  for (let f = 0; f < FILES; f++) {
    let rec = `TN:\nSF:src/module${Math.floor(f / 100)}/file${f}.ts\n`;
    const functions = 8;
    for (let i = 0; i < functions; i++) rec += `FN:${i * 40 + 1},fn_${f}_${i}\n`;
    for (let i = 0; i < functions; i++) rec += `FNDA:${rand() < 0.8 ? Math.floor(rand() * 50) + 1 : 0},fn_${f}_${i}\n`;
    rec += `FNF:${functions}\nFNH:${functions}\n`;
    let lf = 0;
    let lh = 0;
    for (let line = 1; line <= 450; line++) {
      if (rand() < 0.12) continue; // blank and comment lines carry no DA
      const hits = rand() < 0.78 ? Math.floor(rand() * 200) + 1 : 0;
      rec += `DA:${line},${hits}\n`;
      lf++;
      if (hits > 0) lh++;
    }
    for (let b = 0; b < 16; b++) rec += `BRDA:${b * 20 + 3},0,${b % 2},${rand() < 0.6 ? Math.floor(rand() * 9) + 1 : rand() < 0.5 ? 0 : '-'}\n`;
    rec += `BRF:16\nBRH:0\nLF:${lf}\nLH:${lh}\nend_of_record\n`;
    await write(rec);
  }
  await new Promise((r) => out.end(r));
}

export async function run() {
  await generate();
  const sizeMb = statSync(file).size / 1e6;
  const lcov = which('lcov');
  if (!lcov) throw new Error('lcov is not installed (apt-get install lcov)');
  const peer = measure(lcov, ['--summary', file]);
  const peerLines = /lines\.+:\s*([\d.]+)%\s*\((\d+) of (\d+) lines\)/.exec(peer.stdout + peer.stderr);
  if (!peerLines) throw new Error(`could not read lcov --summary: ${peer.stdout}${peer.stderr}`);

  const env = actionEnv(WORK, { 'coverage-files': path.basename(file), gates: '{ coverage: ">=0%" }', 'report-path': 'bench-report.json' });
  const ours = measure(process.execPath, [path.join(ROOT, 'dist/gates-enforcer/index.js')], { env, cwd: WORK });
  if (ours.status !== 0) throw new Error(`gates-enforcer failed: ${ours.stdout}${ours.stderr}`);
  const report = readReport(WORK, 'bench-report.json');
  const gate = report.gates.find((g) => g.name === 'coverage');
  const ourPct = gate.actual;
  const theirPct = (Number(peerLines[2]) / Number(peerLines[3])) * 100;
  return {
    name: 'lcov-summary',
    input: `${sizeMb.toFixed(1)} MB LCOV, ${FILES} source files`,
    peer: { tool: 'lcov --summary (1.16)', ms: peer.ms, rssMb: peer.rssMb, lines: `${peerLines[2]}/${peerLines[3]}`, percent: theirPct },
    ours: { ms: ours.ms, rssMb: ours.rssMb, lines: gate.detail, percent: ourPct },
    speedup: peer.ms / ours.ms,
    sameCoverage: Math.abs(ourPct - theirPct) < 1e-6,
    goals: { speedup: '>= 20', rssMb: '<= 150', sameCoverage: true }
  };
}
