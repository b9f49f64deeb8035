/**
 * Mutated reports and phase documents (seeded, bounded): each mutant is either refused with one
 * UserError line naming the file, or read with the figures a strict reading gives. Never a crash,
 * never a verdict changed by a malformed line.
 *
 * Bases: LCOV records in geninfo's shape (TN, FN, FNDA, FNF, FNH, DA, BRDA, BRF, BRH, LF, LH,
 * end_of_record) checked against an independent strict reading written here; JaCoCo's own report
 * (test/fixtures/coverage/jacoco/jacoco.xml, see its README); the seed phase document
 * (test/fixtures/phases/phase-06-deployment.md, a copy of shared/reference).
 */
import path from 'node:path';
import { readFileSync, writeFileSync } from 'node:fs';
import { tempDir, cleanup, load, FIXTURES } from '../fixtures/coverage/helpers.js';
import { UserError } from '../../src/core/errors.js';
import { loadPhaseDocument } from '../../src/core/gates/phase.js';
import { collectCoverage, collectPerf, collectVulns, type MetricTable } from '../../src/core/gates/collect.js';
import { VulnAccumulator } from '../../src/core/reports/vulns/model.js';
import { mkdirSync } from 'node:fs';
import { parse as parseYamlStrictly } from 'yaml';
import { prng, mutate, realReports } from './fuzz-support.js';

/**
 * The strict reading of an LCOV text: undefined when it must be refused (a record lcov does not
 * write, a malformed line, a count that disagrees with its record, an unfinished record), else the
 * line totals over distinct lines of each file (covered when any record hits it).
 */
function strictLcov(text: string): { covered: number; total: number } | undefined {
  const files = new Map<string, Map<number, boolean>>();
  let open: { lines: Map<number, boolean>; lf?: number; lh?: number; entries?: number; entriesHit?: number; counts: Record<string, number> } | undefined;
  let sawRecord = false;
  for (const raw of text.split('\n')) {
    const line = raw.replace(/\r$/, '');
    if (line.trim() === '' || line.startsWith('#')) continue;
    let m: RegExpExecArray | null;
    if ((m = /^SF:(.+)$/.exec(line))) {
      if (open) return undefined;
      const name = m[1].trim();
      if (!files.has(name)) files.set(name, new Map());
      open = { lines: new Map(), counts: {} };
      sawRecord = true;
      continue;
    }
    if (/^TN:/.test(line) || /^VER:/.test(line)) continue;
    if (!open) return undefined;
    if ((m = /^DA:(\d+),(\d+)$/.exec(line))) {
      const n = Number(m[1]);
      open.lines.set(n, (open.lines.get(n) ?? false) || Number(m[2]) > 0);
      open.entries = (open.entries ?? 0) + 1;
      if (Number(m[2]) > 0) open.entriesHit = (open.entriesHit ?? 0) + 1;
    } else if ((m = /^LF:(\d+)$/.exec(line))) open.lf = Number(m[1]);
    else if ((m = /^LH:(\d+)$/.exec(line))) open.lh = Number(m[1]);
    else if ((m = /^(FNF|FNH|BRF|BRH):(\d+)$/.exec(line))) open.counts[m[1]] = Number(m[2]);
    // BRDA as lcov 2 reads it: line, [e|f][U]block, then a branch (a number, or an expression) and the count.
    else if (/^(FN:\d+,\S.*|FNDA:\d+,\S.*|BRDA:\d+,[ef]?U?\d+,(\d+|[^\d,][^,]*),(\d+|-))$/.test(line)) continue;
    else if (line === 'end_of_record') {
      const found = open.lines.size;
      const hit = [...open.lines.values()].filter(Boolean).length;
      if (open.lf !== undefined && open.lh !== undefined && open.lh > open.lf) return undefined;
      // A hit count above its total is inconsistent, for branches and functions too.
      for (const [h, f] of [['BRH', 'BRF'], ['FNH', 'FNF']]) if (open.counts[h] !== undefined && open.counts[f] !== undefined && open.counts[h] > open.counts[f]) return undefined;
      // LF/LH count distinct lines (geninfo), or DA lines as gcovr 8 counts a line of several function instances.
      const asGcovr = open.lf === open.entries && (open.lh === undefined || open.lh === (open.entriesHit ?? 0));
      if (found > 0 && !asGcovr && ((open.lf !== undefined && open.lf !== found) || (open.lh !== undefined && open.lh !== hit))) return undefined;
      if (found === 0) return undefined; // a record of totals only: not this test's base
      const into = [...files.entries()].at(-1)![1];
      for (const [n, h] of open.lines) into.set(n, (into.get(n) ?? false) || h);
      open = undefined;
    } else return undefined;
  }
  if (open) return undefined;
  // No record at all: nothing measured (the gate then says "no data"), not a figure of 0%.
  if (!sawRecord) return { covered: 0, total: 0 };
  let covered = 0;
  let total = 0;
  for (const lines of files.values()) {
    total += lines.size;
    covered += [...lines.values()].filter(Boolean).length;
  }
  return { covered, total };
}

/** An LCOV text in geninfo's shape (every count consistent). */
function baseLcov(rand: () => number): string {
  let text = '';
  for (let f = 0; f < 3; f++) {
    text += `TN:\nSF:src/file${f}.c\nFN:1,main${f}\nFNDA:${f},main${f}\nFNF:1\nFNH:${f > 0 ? 1 : 0}\n`;
    let found = 0;
    let hit = 0;
    for (let n = 1; n <= 12; n++) {
      const c = rand() < 0.6 ? Math.floor(rand() * 9) + 1 : 0;
      text += `DA:${n},${c}\n`;
      found++;
      if (c > 0) hit++;
    }
    text += `BRDA:2,0,0,1\nBRDA:2,0,1,-\nBRF:2\nBRH:1\nLF:${found}\nLH:${hit}\nend_of_record\n`;
  }
  return text;
}

describe('fuzz: mutated reports and phase documents are refused in one line or read strictly', () => {
  let dir: string;
  beforeAll(() => {
    dir = tempDir();
  });
  afterAll(() => cleanup(dir));

  async function outcome(file: string, read: () => Promise<unknown>): Promise<{ refused: UserError } | { value: unknown }> {
    try {
      return { value: await read() };
    } catch (err) {
      if (!(err instanceof UserError)) throw new Error(`${path.basename(file)}: not a UserError: ${(err as Error).stack}`);
      expect(err.render()).not.toContain('\n');
      return { refused: err };
    }
  }

  it('LCOV: 400 mutants (seed 13) give the strict reading or are refused', async () => {
    const rand = prng(13);
    const base = baseLcov(rand);
    expect(strictLcov(base)).toBeDefined();
    let refused = 0;
    for (let i = 0; i < 400; i++) {
      const text = mutate(base, rand);
      const file = path.join(dir, `m${i}.info`);
      writeFileSync(file, text);
      const strict = strictLcov(text);
      const got = await outcome(file, async () => (await load([file])).totals.lines);
      if ('refused' in got) {
        refused++;
        // Refused only when a strict reading refuses it too (or the product is stricter about the shape of a line).
        if (strict) expect([i, text, 'refused', got.refused.message]).toEqual([i, text, 'read', strict]);
      } else {
        // Read: exactly the strict figures, and only when a strict reading accepts it.
        expect([i, text, got.value]).toEqual([i, text, strict]);
      }
    }
    console.log(`LCOV fuzz: 400 mutants, ${refused} refused, ${400 - refused} read with the strict figures`);
  }, 60_000);

  it('JaCoCo XML (its own report): 300 mutants are refused in one line or read with covered ≤ total', async () => {
    const rand = prng(7);
    const base = readFileSync(path.join(FIXTURES, 'jacoco/jacoco.xml'), 'utf8');
    for (let i = 0; i < 300; i++) {
      const file = path.join(dir, `j${i}.xml`);
      writeFileSync(file, mutate(base, rand));
      const got = await outcome(file, async () => (await load([file])).totals.lines);
      if ('value' in got && got.value) {
        const { covered, total } = got.value as { covered: number; total: number };
        expect(Number.isFinite(covered) && Number.isFinite(total) && covered >= 0 && covered <= total).toBe(true);
      }
    }
  }, 60_000);

  /**
   * The strict reading of a phase document's gates: the front matter (from the first line `---` to
   * the next `---` or `...`) parsed by the YAML library alone, duplicate keys refused; undefined when
   * that fails, when `gates` is not a mapping, or when a key is not a metric name. Else the gates
   * with a value, name to value (a null value removes a gate).
   */
  function strictGates(text: string): Map<string, unknown> | undefined {
    const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
    if (lines[0]?.trim() !== '---') return undefined;
    const end = lines.findIndex((l, i) => i > 0 && (l.trim() === '---' || l.trim() === '...'));
    if (end < 0) return undefined;
    let data: unknown;
    try {
      data = parseYamlStrictly(lines.slice(1, end).join('\n'), { uniqueKeys: true, maxAliasCount: 50 });
    } catch {
      return undefined;
    }
    if (data === null || data === undefined) return new Map();
    if (typeof data !== 'object' || Array.isArray(data)) return undefined;
    const gates = (data as Record<string, unknown>).gates;
    if (gates === null || gates === undefined) return new Map();
    if (typeof gates !== 'object' || Array.isArray(gates)) return undefined;
    const out = new Map<string, unknown>();
    for (const [name, value] of Object.entries(gates)) {
      if (!/^[A-Za-z_][\w.-]*$/.test(name)) return undefined;
      if (value !== null && value !== '') out.set(name, value);
    }
    return out;
  }

  it('the seed phase document: 300 mutants are refused in one line or read with exactly the gates a strict YAML reading gives', async () => {
    const rand = prng(5);
    const base = readFileSync(path.join(process.cwd(), 'test/fixtures/phases/phase-06-deployment.md'), 'utf8');
    let refused = 0;
    for (let i = 0; i < 300; i++) {
      const file = path.join(dir, `p${i}.md`);
      const text = i === 0 ? base : mutate(base, rand);
      writeFileSync(file, text);
      const strict = strictGates(text);
      const got = await outcome(file, () => loadPhaseDocument(file, `p${i}.md`));
      if ('refused' in got) {
        // Refused where a strict YAML reading fails, or by the gate grammar (a threshold it cannot read).
        refused++;
        continue;
      }
      expect([i, text, strict === undefined ? 'a strict reading refuses it' : 'read']).toEqual([i, text, 'read']);
      const gates = (got.value as { gates: Array<{ name: string; raw: string }> }).gates;
      const raw = (v: unknown) => (typeof v === 'string' ? v.trim() : JSON.stringify(v));
      expect([i, text, gates.map((g) => [g.name, g.raw])]).toEqual([i, text, [...strict!].map(([n, v]) => [n, raw(v)])]);
    }
    console.log(`phase document fuzz: 300 mutants, ${refused} refused, ${300 - refused} read with the strict reading's gates`);
  }, 60_000);

  it.each(['coverage', 'perf', 'vulns'] as const)('every %s parser: 25 mutants of each real report are refused in one line or read with finite figures', async (kind) => {
    const rand = prng(kind.length * 101);
    const files = realReports(kind);
    expect(files.length).toBeGreaterThan(0);
    let mutants = 0;
    for (const [n, source] of files.entries()) {
      const base = readFileSync(source, 'latin1');
      const ws = path.join(dir, `${kind}-${n}`);
      mkdirSync(ws, { recursive: true });
      for (let i = 0; i < 25; i++) {
        const name = `m${i}${path.extname(source)}`;
        writeFileSync(path.join(ws, name), Buffer.from(mutate(base, rand), 'latin1'));
        mutants++;
        const table: MetricTable = new Map();
        const got = await outcome(name, async () => {
          if (kind === 'coverage') await collectCoverage(ws, 'coverage-files', name, table);
          else if (kind === 'perf') await collectPerf(ws, 'perf-files', name, table);
          else {
            const acc = new VulnAccumulator();
            await collectVulns(ws, 'vuln-files', name, acc);
            for (const [severity, count] of Object.entries(acc.counts())) table.set(`vulns_${severity}`, { value: count, sources: [] });
          }
          return table;
        });
        if ('value' in got) {
          for (const [metric, v] of table) {
            const value = v.value;
            if (typeof value === 'number') expect([source, metric, Number.isFinite(value) && value >= 0]).toEqual([source, metric, true]);
          }
        }
      }
    }
    console.log(`${kind}: ${mutants} mutants of ${files.length} real reports, none crashed`);
  }, 120_000);
});
