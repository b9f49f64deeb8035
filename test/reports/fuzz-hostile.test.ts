/**
 * Hostile mutations, seeded and bounded (issue 14): at least 2,000 per input kind — coverage, perf
 * and vulnerability reports (the real reports the fixtures keep, see their READMEs), phase
 * documents (the seed document from shared/reference), and the gates and metrics inputs. Numbers
 * become extremes (1e309, -1, 2^32, 1e20, NaN), nesting goes thousands deep, lines repeat
 * thousands of times, tokens grow to 200 KB. Each mutant must be refused with one UserError line or
 * read with every figure in its domain, in under 10 s and under 300 MB more memory; any other
 * exception (an internal error) fails the test with the seed, the mutant's number and the stack.
 */
import path from 'node:path';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tempDir, cleanup } from '../fixtures/coverage/helpers.js';
import { loadPhaseDocument, parseGatesInput } from '../../src/core/gates/phase.js';
import { collectCoverage, collectPerf, collectVulns, collectMetricsInput, setVulnMetrics, type MetricTable } from '../../src/core/gates/collect.js';
import { VulnAccumulator } from '../../src/core/reports/vulns/model.js';
import { MAX_LATENCY_MS } from '../../src/core/reports/domain.js';
import { MAX_THRESHOLD } from '../../src/core/gates/grammar.js';
import { prng, mutateHostile, realReports, Tally } from './fuzz-support.js';

const MUTANTS = 2000;


/** Every figure of `table` in its metric's domain; the first that is not, as text. */
function outOfDomain(table: MetricTable): string | undefined {
  for (const [metric, { value, detail }] of table) {
    if (value === null || typeof value !== 'number') continue;
    const bad = (why: string) => `${metric} = ${value} (${why})`;
    if (!Number.isFinite(value)) return bad('not finite');
    if (metric.startsWith('coverage_') || metric.endsWith('_error_rate')) {
      if (value < 0 || value > 100) return bad('not a percentage');
      const counts = detail && /^(\d+)\/(\d+) /.exec(detail);
      if (counts && Number(counts[1]) > Number(counts[2])) return bad(`covered above total: ${detail}`);
    } else if (metric.endsWith('_ms')) {
      if (value < 0 || value > MAX_LATENCY_MS) return bad('not a latency');
    } else if (metric.startsWith('vulns_')) {
      if (!Number.isSafeInteger(value) || value < 0) return bad('not a count');
    }
  }
  return undefined;
}


describe('fuzz: hostile inputs are refused in one line or read in their domain, within bounds', () => {
  let dir: string;
  const write = process.stdout.write;
  beforeAll(() => {
    dir = tempDir();
    // @actions/glob's ::debug:: lines, ten per mutant, would bury the log.
    process.stdout.write = ((chunk: string | Uint8Array, ...rest: never[]) =>
      String(chunk).startsWith('::debug::') ? true : write.call(process.stdout, chunk, ...rest)) as typeof process.stdout.write;
  });
  afterAll(() => {
    process.stdout.write = write;
    cleanup(dir);
  });

  it.each(['coverage', 'perf', 'vulns'] as const)(`%s reports: ${MUTANTS} hostile mutants of the real reports`, async (kind) => {
    // Bases under 200 KB, so that 2,000 mutants stay within CI time; the big reports have their own tests.
    const bases = realReports(kind)
      .map((f) => ({ f, text: readFileSync(f, 'latin1') }))
      .filter((b) => b.text.length < 200_000);
    expect(bases.length).toBeGreaterThan(3);
    const rand = prng(1400 + kind.length);
    const tally = new Tally();
    const ws = path.join(dir, kind);
    mkdirSync(ws, { recursive: true });
    for (let i = 0; i < MUTANTS; i++) {
      const base = bases[i % bases.length];
      const name = `m${i}${path.extname(base.f)}`;
      writeFileSync(path.join(ws, name), Buffer.from(mutateHostile(base.text, rand), 'latin1'));
      const table: MetricTable = new Map();
      await tally.attempt(`${kind} mutant ${i} of ${path.relative(process.cwd(), base.f)}`, async () => {
        if (kind === 'coverage') await collectCoverage(ws, 'coverage-files', name, table);
        else if (kind === 'perf') await collectPerf(ws, 'perf-files', name, table);
        else {
          const acc = new VulnAccumulator();
          const sources = await collectVulns(ws, 'vuln-files', name, acc);
          setVulnMetrics(acc, sources, table);
        }
      });
      const bad = outOfDomain(table);
      if (bad) throw new Error(`${kind} mutant ${i} of ${base.f}: ${bad}`);
    }
    tally.report(kind, 'read in their domain');
  }, 300_000);

  it(`the seed phase document: ${MUTANTS} hostile mutants`, async () => {
    const base = readFileSync(path.join(process.cwd(), 'test/fixtures/phases/phase-06-deployment.md'), 'utf8');
    const rand = prng(1406);
    const tally = new Tally();
    for (let i = 0; i < MUTANTS; i++) {
      const file = path.join(dir, `p${i}.md`);
      writeFileSync(file, mutateHostile(base, rand));
      await tally.attempt(`phase document mutant ${i}`, async () => {
        const doc = await loadPhaseDocument(file, `p${i}.md`);
        if (typeof doc.phase === 'number' && !Number.isFinite(doc.phase)) throw new Error(`mutant ${i}: phase ${doc.phase}`);
        for (const g of doc.gates) {
          if (typeof g.threshold === 'number' && !(Math.abs(g.threshold) <= MAX_THRESHOLD)) throw new Error(`mutant ${i}: gate ${g.name} threshold ${g.threshold}`);
        }
      });
    }
    tally.report('phase documents', 'read in their domain');
  }, 300_000);

  it(`the gates and metrics inputs: ${MUTANTS} hostile mutants each`, async () => {
    const gates = 'coverage: ">=80%"\ncoverage_branches: 70\nperf_p95_ms: "<=500ms"\nperf_error_rate: "<1%"\nvulns_critical: 0\nvulns_high: "<=2"\nsmoke_passed: true\ndeploy_status: success\n';
    const metrics = 'vulns_critical: 0\nsmoke_p95_ms: 120\nsmoke_error_rate: 0.5\ncoverage_lines: 81.5\nsmoke_passed: true\ndeploy_status: success\nmy_metric: 12\n';
    const rand = prng(1407);
    for (const [input, base] of [
      ['gates', gates],
      ['metrics', metrics]
    ] as const) {
      const tally = new Tally();
      for (let i = 0; i < MUTANTS; i++) {
        const text = mutateHostile(base, rand);
        await tally.attempt(`${input} mutant ${i}`, () => {
          if (input === 'gates') {
            for (const g of parseGatesInput(text).gates) {
              if (typeof g.threshold === 'number' && !(Math.abs(g.threshold) <= MAX_THRESHOLD)) throw new Error(`mutant ${i}: gate ${g.name} threshold ${g.threshold}`);
            }
          } else {
            const table: MetricTable = new Map();
            collectMetricsInput(text, 'metrics', table);
            const bad = outOfDomain(table);
            if (bad) throw new Error(`metrics mutant ${i}: ${bad}`);
          }
        });
      }
      tally.report(`${input} input`, 'read in their domain');
    }
  }, 300_000);
});
