/**
 * Huge, truncated, binary and hostile files: each refused by the bundled action with one clear
 * `::error::` naming input, file and (where there is one) line, in bounded time and under 300 MB.
 * The time bound is against hangs (each run takes 0.4 to 2.5 s here); bench/ measures speed.
 */
import { createWriteStream, openSync, writeSync, closeSync, readFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { runAction, makeWorkspace, commandMessage } from '../support/action.js';

const LIMIT_MS = 30_000;
const LIMIT_MB = 300;

async function refuse(ws: string, inputs: Record<string, string>, message: RegExp) {
  const run = await runAction('gates-enforcer', { workspace: ws, inputs, measure: true, timeoutMs: 60_000 });
  expect(run.code).toBe(1);
  expect(run.errors).toHaveLength(1);
  expect(commandMessage(run.errors[0])).toMatch(message);
  expect(run.stdout + run.stderr).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/);
  expect(run.ms).toBeLessThan(LIMIT_MS);
  expect(run.maxRssMb).toBeDefined();
  expect(run.maxRssMb!).toBeLessThan(LIMIT_MB);
  return run;
}

/** Writes `count` copies of `chunk` to a file without holding them in memory. */
async function writeRepeated(file: string, head: string, chunk: string, count: number, tail: string): Promise<void> {
  const out = createWriteStream(file);
  const write = (s: string) => (out.write(s) ? Promise.resolve() : new Promise<void>((r) => out.once('drain', () => r())));
  await write(head);
  for (let i = 0; i < count; i++) await write(chunk);
  await write(tail);
  await new Promise<void>((r) => out.end(() => r()));
}

describe('hostile and broken reports (bundled action)', () => {
  it('an XML entity bomb (billion laughs)', async () => {
    const entities = ['<!ENTITY lol "lol">'];
    for (let i = 1; i <= 9; i++) entities.push(`<!ENTITY lol${i} "${`&lol${i === 1 ? '' : i - 1};`.repeat(10)}">`);
    const ws = makeWorkspace({
      'coverage.xml': `<?xml version="1.0"?>\n<!DOCTYPE coverage [\n${entities.join('\n')}\n]>\n<coverage line-rate="1">&lol9;</coverage>\n`
    });
    await refuse(ws, { gates: 'coverage: 80', 'coverage-files': 'coverage.xml' }, /^coverage-files: coverage.xml:\d+: XML with an internal DTD subset/);
  });

  it('an external entity that would read a local file', async () => {
    const ws = makeWorkspace({
      'cobertura.xml': '<?xml version="1.0"?>\n<!DOCTYPE coverage [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>\n<coverage line-rate="0.5"><sources><source>&xxe;</source></sources></coverage>\n'
    });
    const run = await refuse(ws, { gates: 'coverage: 80', 'coverage-files': 'cobertura.xml' }, /^coverage-files: cobertura.xml:\d+: XML with an internal DTD subset/);
    expect(run.stdout).not.toContain('root:x:0:0');
  });

  it('a YAML alias bomb in the phase document', async () => {
    const levels = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 12; i++) {
      const prev = String.fromCharCode(96 + i);
      const cur = String.fromCharCode(97 + i);
      levels.push(`${cur}: &${cur} [${Array(10).fill('*' + prev).join(',')}]`);
    }
    const ws = makeWorkspace({ 'phase.md': `---\n${levels.join('\n')}\ngates: { coverage: 80 }\n---\n` });
    await refuse(ws, { 'phase-file': 'phase.md' }, /^phase-file: phase.md:\d+: a phase document with more than 50 aliases; not parsed$/);
  });

  it('a phase document whose 1 MB front matter is `[` lines: refused at the 64th level, before a parse', async () => {
    // Parsed, it took 7 s and 600 MB (and grew faster than its size) before ending in a stack overflow.
    const ws = makeWorkspace({ 'phase.md': `---\n${'[\n'.repeat(520_000)}---\n# Phase\n` });
    const run = await refuse(ws, { 'phase-file': 'phase.md' }, /^phase-file: phase.md:65: a phase document nested deeper than 64 levels; not parsed$/);
    expect(run.ms).toBeLessThan(10_000);
  });

  it('a gates input of 60,000 nodes: refused by its node count, naming the line', async () => {
    // 120 KB: an environment variable (how the runner passes an input) holds at most 128 KB.
    const ws = makeWorkspace();
    const gates = `coverage: 80\nlist: [${'1,'.repeat(60_000)}]`;
    await refuse(ws, { gates }, /^gates: line 2: YAML input of more than 50,000 YAML nodes; not parsed$/);
  });

  it('a YAML alias bomb in the gates input', async () => {
    const ws = makeWorkspace();
    const bomb = ['a: &a [1,1,1,1,1,1,1,1,1,1]', 'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]', 'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]', 'd: [*c,*c,*c,*c,*c,*c,*c,*c,*c,*c]'].join('\n');
    await refuse(ws, { gates: bomb }, /^gates: YAML with too many aliases/);
  });

  it('a 60 MB LCOV truncated inside a record, named at its last line', async () => {
    const ws = makeWorkspace();
    const file = path.join(ws, 'big.info');
    const record = (i: number) => `SF:src/f${i}.ts\n${Array.from({ length: 100 }, (_, l) => `DA:${l + 1},${l % 3}`).join('\n')}\nend_of_record\n`;
    const out = createWriteStream(file);
    for (let i = 0; i < 60_000; i++) if (!out.write(record(i))) await new Promise<void>((r) => out.once('drain', () => r()));
    out.write('SF:src/last.ts\nDA:1,1\nDA:2,');
    await new Promise<void>((r) => out.end(() => r()));
    await refuse(ws, { gates: 'coverage: 80', 'coverage-files': 'big.info' }, /^coverage-files: big.info:\d{7}: /);
  });

  it('a 50 MB binary file', async () => {
    const ws = makeWorkspace();
    const fd = openSync(path.join(ws, 'coverage.bin'), 'w');
    for (let i = 0; i < 50; i++) writeSync(fd, randomBytes(1024 * 1024));
    closeSync(fd);
    await refuse(ws, { gates: 'coverage: 80', 'coverage-files': 'coverage.bin' }, /^coverage-files: coverage.bin: binary file, not a report$/);
  });

  it('a 300 MB JSON report', async () => {
    const ws = makeWorkspace();
    await writeRepeated(path.join(ws, 'trivy.json'), '{"SchemaVersion": 2, "Results": [', '{"Target": "x", "Vulnerabilities": []},'.repeat(1000), 7700, '{}]}');
    await refuse(ws, { gates: 'vulns_critical: 0', 'vuln-files': 'trivy.json' }, /^vuln-files: trivy.json: JSON report larger than/);
  }, 60_000);

  it('a text file with a megabyte-long line', async () => {
    const ws = makeWorkspace({ 'samples.txt': '12\n' + '3'.repeat(2 * 1024 * 1024) + '\n' });
    await refuse(ws, { gates: 'perf_p95_ms: 500', 'perf-files': 'samples.txt' }, /^perf-files: samples.txt:2: /);
  });

  it('keeps a valid huge LCOV within the same bounds (streamed)', async () => {
    const ws = makeWorkspace();
    const lines = Array.from({ length: 200 }, (_, l) => `DA:${l + 1},${l % 4}`).join('\n');
    await writeRepeated(path.join(ws, 'ok.info'), '', `SF:src/x.ts\n${lines}\nend_of_record\n`, 1, '');
    const body = readFileSync(path.join(ws, 'ok.info'), 'utf8');
    const file = path.join(ws, 'many.info');
    const out = createWriteStream(file);
    for (let i = 0; i < 40_000; i++) if (!out.write(body.replace('src/x.ts', `src/x${i}.ts`))) await new Promise<void>((r) => out.once('drain', () => r()));
    await new Promise<void>((r) => out.end(() => r()));
    const run = await runAction('gates-enforcer', { workspace: ws, inputs: { gates: 'coverage: ">=75%"', 'coverage-files': 'many.info' }, measure: true });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.outputs.report).gates[0].actual).toBe(75);
    expect(run.maxRssMb!).toBeLessThan(LIMIT_MB);
  }, 60_000);

  it('reads a valid 180 MB Cobertura of 6,000 classes in 150 MB: the class names do not keep the report alive', async () => {
    // Each filename attribute is a slice of the chunk it was read in: kept as a file's key, it kept
    // the whole chunk, and the whole report stayed in memory (over 600 MB for a 344 MB report).
    const ws = makeWorkspace();
    const lines = Array.from({ length: 1000 }, (_, l) => `<line number="${l + 1}" hits="${l % 4}"/>`).join('\n');
    const out = createWriteStream(path.join(ws, 'coverage.xml'));
    const write = (t: string) => (out.write(t) ? Promise.resolve() : new Promise<void>((r) => out.once('drain', () => r())));
    await write('<?xml version="1.0" ?>\n<coverage line-rate="0.75" branch-rate="0" version="7.4" timestamp="1">\n<packages><package name="p"><classes>\n');
    for (let i = 0; i < 6000; i++) await write(`<class name="c${i}" filename="src/module${i % 60}/file${i}.ts"><methods/><lines>\n${lines}\n</lines></class>\n`);
    await write('</classes></package></packages>\n</coverage>\n');
    await new Promise<void>((r) => out.end(() => r()));
    const run = await runAction('gates-enforcer', { workspace: ws, inputs: { gates: 'coverage: ">=75%"', 'coverage-files': 'coverage.xml' }, measure: true, timeoutMs: 120_000 });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.outputs.report).gates[0]).toMatchObject({ actual: 75, detail: '4500000/6000000 lines in 6000 files' });
    expect(run.maxRssMb!).toBeLessThan(150);
  }, 120_000);
});
