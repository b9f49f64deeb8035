/**
 * The rules ported from zizmor's audits against zizmor's own test data: each rule directory's
 * zizmor/ holds files of zizmor's crates/zizmor/tests/integration/test-data/ copied unchanged (its
 * README names the commit) and zizmor.expected, the `file:line` of every finding zizmor's snapshot
 * gives on them for that audit (its default persona); our findings of that rule must be the same
 * lines. Columns are not compared: zizmor points at a span, we at its start or key.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { RULES } from '../../src/core/workflows/rules/index.js';
import { lintFixture, ruleFixtureDir } from './fixtures.js';

const PORTED = RULES.filter((r) => existsSync(path.join(ruleFixtureDir(r), 'zizmor', 'zizmor.expected')));

it('has rules with zizmor test data', () => {
  expect(PORTED.length).toBeGreaterThan(0);
});

describe.each(PORTED.map((r) => [`${r.id} ${r.name}`, r] as const))('%s on zizmor test data', (_title, rule) => {
  const dir = path.join(ruleFixtureDir(rule), 'zizmor');
  // Its workflows, and the action.yml of its subdirectories (zizmor's action test data).
  const files = readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? (existsSync(path.join(dir, e.name, 'action.yml')) ? [`${e.name}/action.yml`] : []) : /\.ya?ml$/.test(e.name) ? [e.name] : []))
    .sort();

  it('finds on the lines zizmor finds', async () => {
    const { findings } = await lintFixture(dir, files, rule);
    const got = findings.filter((f) => f.ruleId === rule.id).map((f) => `${f.file}:${f.line}`);
    const expected = readFileSync(path.join(dir, 'zizmor.expected'), 'utf8')
      .split('\n')
      .map((l) => l.replace(/#.*$/, '').trim())
      .filter(Boolean);
    expect(got).toEqual(expected);
  });
});
