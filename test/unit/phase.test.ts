import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadPhaseDocument, parseGatesInput } from '../../src/core/gates/phase.js';
import { UserError } from '../../src/core/errors.js';

const SEED = path.join(process.cwd(), 'test/fixtures/phases/phase-06-deployment.md');

function temp(name: string, content: string): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'pg-phase-')), name);
  writeFileSync(file, content);
  return file;
}

async function refusal(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (err) {
    expect(err).toBeInstanceOf(UserError);
    return (err as UserError).render();
  }
  throw new Error('expected a UserError');
}

describe('phase documents', () => {
  it('keeps an exact copy of the seed document (the checksum in test/fixtures/phases/README.md)', () => {
    const recorded = /^sha256: ([0-9a-f]{64})$/m.exec(readFileSync(path.join(path.dirname(SEED), 'README.md'), 'utf8'))?.[1];
    expect(createHash('sha256').update(readFileSync(SEED)).digest('hex')).toBe(recorded);
  });

  const SHARED = path.join(process.cwd(), '..', 'shared', 'reference', 'phase-06-deployment.md');
  (existsSync(SHARED) ? it : it.skip)('the copy is the shared reference document itself (skipped where ../shared/reference is absent)', () => {
    expect(readFileSync(SEED, 'utf8')).toBe(readFileSync(SHARED, 'utf8'));
  });

  it('loads the seed document exactly as it is', async () => {
    const doc = await loadPhaseDocument(SEED, 'docs/phase-06-deployment.md');
    expect(doc.phase).toBe(6);
    expect(doc.title).toBe('Phase 06: Deployment');
    expect(doc.frontMatter.artifacts).toEqual(['ci/deploy-logs.txt', 'post-deploy/smoke-report.json']);
    expect(doc.gates.map((g) => [g.name, g.op, g.threshold, g.unit, g.origin.line])).toEqual([
      ['coverage', '>=', 80, '%', 9],
      ['perf_p95_ms', '<=', 500, 'ms', 9],
      ['vulns_critical', '<=', 0, null, 9]
    ]);
  });

  it('names the file and line of a bad gate', async () => {
    const file = temp('p.md', '---\ntitle: x\ngates:\n  coverage: ">=80%"\n  perf_p95_ms: "<=5%"\n---\n# body\n');
    expect(await refusal(loadPhaseDocument(file, 'docs/p.md'))).toBe('phase-file: docs/p.md:5: gate perf_p95_ms: a latency takes ms or s, not %');
  });

  it('reports every bad gate at once', async () => {
    const file = temp('p.md', '---\ngates:\n  coverage: "~80"\n  vulns_high: "<=1%"\n---\n');
    try {
      await loadPhaseDocument(file, 'p.md');
      throw new Error('expected a UserError');
    } catch (err) {
      expect((err as UserError).renderAll()).toEqual([
        expect.stringMatching(/^phase-file: p.md:3: gate coverage: cannot read/),
        expect.stringMatching(/^phase-file: p.md:4: gate vulns_high: /)
      ]);
    }
  });

  it('names the line of invalid YAML in the front matter', async () => {
    const file = temp('p.md', '---\ntitle: ok\ngates: { coverage: ">=80%"\n---\n');
    expect(await refusal(loadPhaseDocument(file, 'p.md'))).toMatch(/^phase-file: p.md:[34]: invalid YAML/);
  });

  it('refuses a YAML alias bomb quickly', async () => {
    const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 10; i++) {
      const prev = String.fromCharCode(96 + i);
      const cur = String.fromCharCode(97 + i);
      levels.push(`${cur}: &${cur} [${Array(9).fill('*' + prev).join(',')}]`);
    }
    const file = temp('bomb.md', `---\n${levels.join('\n')}\ngates: { coverage: 80 }\n---\n`);
    const started = Date.now();
    expect(await refusal(loadPhaseDocument(file, 'bomb.md'))).toMatch(/^phase-file: bomb.md:8: a phase document with more than 50 aliases; not parsed$/);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it.each([
    ['no front matter', '# Title\n', /first line must be ---/],
    ['unclosed front matter', '---\ntitle: x\n', /never closed/],
    ['a list as front matter', '---\n- a\n---\n', /front matter must be a YAML mapping/],
    ['gates as a list', '---\ngates: [coverage]\n---\n', /p.md:2: gates must be a mapping/],
    ['binary', '---\u0000\u0001', /binary file/]
  ])('refuses %s', async (_label, content, message) => {
    expect(await refusal(loadPhaseDocument(temp('p.md', content), 'p.md'))).toMatch(message);
  });

  it('refuses a missing file naming it', async () => {
    expect(await refusal(loadPhaseDocument('/nonexistent/p.md', 'docs/p.md'))).toBe('phase-file: docs/p.md: file not found');
  });
});

describe('the gates input', () => {
  it('reads a YAML mapping, JSON, or a mapping under gates:', () => {
    expect(parseGatesInput('{ coverage: ">=90%", vulns_high: 0 }').gates.map((g) => g.name)).toEqual(['coverage', 'vulns_high']);
    expect(parseGatesInput('{"perf_p95_ms": "<=300"}').gates[0]).toMatchObject({ threshold: 300 });
    expect(parseGatesInput('gates:\n  coverage: 85\n').gates[0]).toMatchObject({ threshold: 85, op: '>=' });
  });

  it('removes a gate with an empty value', () => {
    expect(parseGatesInput('perf_p95_ms: ~\ncoverage: 90').removed).toEqual(['perf_p95_ms']);
  });

  it('names the input and line of an error', () => {
    expect(() => parseGatesInput('coverage: 80\nperf_p95_ms: "<=5%"\n')).toThrow(UserError);
    try {
      parseGatesInput('coverage: 80\nperf_p95_ms: "<=5%"\n');
    } catch (err) {
      expect((err as UserError).render()).toBe('gates: line 2: gate perf_p95_ms: a latency takes ms or s, not %');
      expect((err as UserError).line).toBe(2);
    }
    expect(() => parseGatesInput('- coverage')).toThrow(/must be a YAML mapping/);
  });
});
