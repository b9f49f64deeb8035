/**
 * Every rule against its fixtures (test/fixtures/rules/<family>/<name>/): bad files give exactly the lines
 * of expected.out, each on a line that carries a comment saying why; good files give nothing.
 * PG_UPDATE_FIXTURES=1 rewrites expected.out from the current output (review the diff).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { RULES, findRule } from '../../src/core/workflows/rules/index.js';
import { fixtureFiles, lintFixture, ruleFixtureDir } from './fixtures.js';

/**
 * The bad files give exactly expected.out, each finding on a commented line, and the good files
 * nothing. `dir` is a rule's fixture directory, or its `online/` subdirectory: fixtures linted with
 * the GitHub API its github-api.json describes (what an action.yml at a pinned ref says).
 */
function checkFixtures(dir: string, rule: (typeof RULES)[number]): void {
  const { bad, good } = existsSync(dir) ? fixtureFiles(dir) : { bad: [], good: [] };

  it('has bad and good fixtures', () => {
    expect(bad.length).toBeGreaterThan(0);
    expect(good.length).toBeGreaterThan(0);
  });

  it('reports exactly expected.out on the bad fixtures, each on a commented line', async () => {
    const { lines, findings } = await lintFixture(dir, bad, rule);
    const expectedFile = path.join(dir, 'expected.out');
    if (process.env.PG_UPDATE_FIXTURES) writeFileSync(expectedFile, lines.join('\n') + '\n');
    const expected = readFileSync(expectedFile, 'utf8').split('\n').filter(Boolean);
    expect(lines).toEqual(expected);
    expect(findings.some((f) => f.ruleId === rule.id)).toBe(true);
    for (const f of findings) {
      const text = readFileSync(path.join(dir, f.file), 'latin1').split('\n');
      // The comment is on the line itself, or for a whole-file fault on the line above.
      expect([f.file, f.line, /#/.test(text[f.line - 1] ?? '') || /^\s*# bad/.test(text[f.line - 2] ?? '')]).toEqual([f.file, f.line, true]);
    }
  });

  it('reports nothing on the good fixtures', async () => {
    const { lines } = await lintFixture(dir, good, rule);
    expect(lines).toEqual([]);
  });
}

describe.each(RULES.map((r) => [`${r.id} ${r.name}`, r] as const))('%s', (_title, rule) => {
  const dir = ruleFixtureDir(rule);
  checkFixtures(dir, rule);
  const online = path.join(dir, 'online');
  if (existsSync(online)) describe('online (its github-api.json served)', () => checkFixtures(online, rule));
});

describe('the registry', () => {
  it('has unique ids and names, kebab-case names and one-line descriptions', () => {
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
    expect(new Set(RULES.map((r) => r.name)).size).toBe(RULES.length);
    for (const r of RULES) {
      expect(r.id).toMatch(/^PG\d{3}$/);
      expect(r.name).toMatch(/^[a-z]+(-[a-z0-9]+)*$/);
      expect(r.description).not.toMatch(/\n/);
      expect(findRule(r.name)).toBe(r);
      expect(findRule(r.id.toLowerCase())).toBe(r);
    }
  });
});
