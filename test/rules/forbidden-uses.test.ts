/**
 * PG224 forbidden-uses with zizmor's own configurations and workflow (test/fixtures/rules/
 * supply-chain/forbidden-uses/zizmor/, copied from zizmor's test data): each config's
 * `rules.forbidden-uses.config` given as phase-gates' `forbidden-uses:` finds the lines zizmor's
 * snapshots give, and the two invalid configs are refused with the line at fault.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseDocument, stringify } from 'yaml';
import { RULES, findRule } from '../../src/core/workflows/rules/index.js';
import { parseConfig } from '../../src/core/workflows/config.js';
import { loadFile } from '../../src/core/workflows/parse.js';
import { lint } from '../../src/core/workflows/lint.js';
import { UserError } from '../../src/core/errors.js';

const DIR = path.join(process.cwd(), 'test/fixtures/rules/supply-chain/forbidden-uses/zizmor');
const WORKFLOW = 'forbidden-uses-menagerie.yml';

/** Our config text from a zizmor.yml: its forbidden-uses settings under our key. */
function ourConfig(name: string): string {
  const zizmor = parseDocument(readFileSync(path.join(DIR, 'configs', `${name}.yml`), 'utf8')).toJS();
  return stringify({ 'forbidden-uses': zizmor.rules['forbidden-uses'].config });
}

async function linesFor(name: string): Promise<number[]> {
  const config = parseConfig(ourConfig(name), 'phase-gates.yml', 'config', RULES);
  const parsed = await loadFile(path.join(DIR, WORKFLOW), WORKFLOW);
  const findings = await lint([parsed], { workspace: DIR, rules: RULES, settings: config.settings });
  return findings.filter((f) => f.ruleId === findRule('forbidden-uses')!.id).map((f) => f.line);
}

it.each([
  ['allow-all', []],
  ['deny-all', [13, 14, 15]],
  ['allow-some', [13]],
  ['deny-some', [14, 15]],
  ['deny-some-refs', [13, 14]],
  ['allow-some-refs', [15]]
])('zizmor config %s finds the lines of zizmor\'s snapshot', async (name, lines) => {
  expect(await linesFor(name)).toEqual(lines);
});

it.each([
  ['invalid-pattern', /forbidden-uses\.allow: "\*\/\*" is not a repository pattern/],
  ['invalid-variant', /forbidden-uses: must be a mapping with either allow: or deny:/]
])('zizmor config %s is refused with one clear line', (name, message) => {
  let error: unknown;
  try {
    parseConfig(ourConfig(name), 'phase-gates.yml', 'config', RULES);
  } catch (err) {
    error = err;
  }
  expect(error).toBeInstanceOf(UserError);
  expect(String((error as Error).message)).toMatch(message);
});
