/**
 * docs/rules.md is generated from the registry and the rule fixtures: each rule's description,
 * help, bad example and the real output phase-gates gives on it. This test regenerates it in
 * memory and fails when the committed file differs; PG_UPDATE_DOCS=1 writes it.
 */
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { FAMILIES, docsAnchor, findRule } from '../../src/core/workflows/rules/index.js';
import { ACTIONLINT_CHECKS, ZIZMOR_AUDITS, peersTable } from '../../src/core/workflows/rules/peers.js';
import { fixtureFiles, lintFixture, ruleFixtureDir, ruleFixturePath } from './fixtures.js';

const DOCS = path.join(process.cwd(), 'docs/rules.md');

async function render(): Promise<string> {
  const out: string[] = [
    '# workflows-validation rules',
    '',
    '<!-- Generated from src/core/workflows/rules/ and test/fixtures/rules/ by test/rules/docs.test.ts (PG_UPDATE_DOCS=1): do not edit. -->',
    '',
    'Every rule has an id, a kebab-case name and a default level. Change a level or disable a rule in',
    '`.github/phase-gates.yml` (`rules: { PG112: warning, needs-cycle: off }`), or on one line with',
    '`# phase-gates-disable PG112`. A `# zizmor: ignore[template-injection]` comment already in a workflow',
    'silences the rules that port that zizmor audit (the table at the end) on its line, as zizmor does.',
    '',
    'The rules come in families, one directory each under `src/core/workflows/rules/`, with their',
    'fixtures under `test/fixtures/rules/<family>/<rule>/`.',
    ''
  ];
  for (const family of FAMILIES) {
    if (!family.rules.length) continue;
    out.push(
      `### ${family.title} (\`${family.name}\`)`,
      '',
      family.description,
      '',
      '| id | name | level | finds |',
      '| --- | --- | --- | --- |',
      ...family.rules.map((r) => `| [${r.id}](#${docsAnchor(r)}) | \`${r.name}\` | ${r.level}${r.optIn ? ' (opt-in)' : ''} | ${r.description.replace(/\|/g, '\\|')} |`),
      ''
    );
  }
  for (const rule of FAMILIES.flatMap((f) => f.rules)) {
    const dir = ruleFixtureDir(rule);
    const { bad } = fixtureFiles(dir);
    const example = bad.includes('bad.yml') ? 'bad.yml' : bad[0];
    const { lines } = await lintFixture(dir, [example], rule);
    out.push(
      `## ${rule.id} ${rule.name}`,
      '',
      `**${rule.level}**${rule.optIn ? ' (opt-in: off unless the config gives it a level)' : ''}: ${rule.description}`,
      '',
      rule.help,
      '',
      `Example (\`${ruleFixturePath(rule)}/${example}\`):`,
      '',
      '```yaml',
      readFileSync(path.join(dir, example), 'utf8').trimEnd(),
      '```',
      '',
      'Output of `phase-gates validate`:',
      '',
      '```',
      ...lines,
      '```',
      ''
    );
  }
  const anchorOf = (name: string) => {
    const rule = findRule(name);
    return rule && docsAnchor(rule);
  };
  out.push(
    '## Peers: actionlint and zizmor',
    '',
    'Every check of [actionlint](https://github.com/rhysd/actionlint) and every audit of',
    '[zizmor](https://docs.zizmor.sh/audits/) → the rules here that find the same faults, the rule planned for it,',
    'or why not (`src/core/workflows/rules/peers.ts`).',
    '',
    '### actionlint checks',
    '',
    ...peersTable(ACTIONLINT_CHECKS, anchorOf),
    '',
    '### zizmor audits',
    '',
    ...peersTable(ZIZMOR_AUDITS, anchorOf),
    ''
  );
  return out.join('\n');
}

describe('docs/rules.md', () => {
  it('is what the registry and fixtures generate', async () => {
    const text = await render();
    if (process.env.PG_UPDATE_DOCS) writeFileSync(DOCS, text);
    expect(existsSync(DOCS)).toBe(true);
    expect(readFileSync(DOCS, 'utf8')).toBe(text);
  });
});

describe('peers table (src/core/workflows/rules/peers.ts)', () => {
  const all = [...ACTIONLINT_CHECKS.map((c) => ({ peer: 'actionlint', ...c })), ...ZIZMOR_AUDITS.map((c) => ({ peer: 'zizmor', ...c }))];

  it('names only existing rules, and plans only names no rule has yet (switch them to rules: when one lands)', () => {
    expect(all.flatMap((c) => c.rules.filter((r) => !findRule(r)).map((r) => `${c.peer} ${c.check}: no rule ${r}`))).toEqual([]);
    expect(all.flatMap((c) => (c.planned ?? []).filter((r) => findRule(r)).map((r) => `${c.peer} ${c.check}: ${r} exists, move it to rules:`))).toEqual([]);
  });

  it('gives every check a rule, a planned rule or a reason, once', () => {
    expect(all.filter((c) => !c.rules.length && !c.planned?.length && !c.note).map((c) => `${c.peer} ${c.check}`)).toEqual([]);
    const keys = all.map((c) => `${c.peer} ${c.check}`);
    expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
    expect(ACTIONLINT_CHECKS.length).toBeGreaterThanOrEqual(38);
    expect(ZIZMOR_AUDITS.length).toBeGreaterThanOrEqual(41);
  });
});
