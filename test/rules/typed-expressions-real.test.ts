/**
 * PG105–PG108 on real workflows (test/fixtures/typed-expressions-real, see its README): the faults
 * they have, found; nothing on the others, which use matrices, inputs, step outputs and github.event
 * in many ways.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { RULES } from '../../src/core/workflows/rules/index.js';
import { loadFile } from '../../src/core/workflows/parse.js';
import { lint } from '../../src/core/workflows/lint.js';

const DIR = path.join(process.cwd(), 'test/fixtures/typed-expressions-real');
const TYPED = new Set(['PG105', 'PG106', 'PG107', 'PG108']);

/** `line rule message-start` of the faults each file has; files not listed have none. */
const FAULTS: Record<string, string[]> = {
  // Job setup-java-check-latest's matrix has os and distribution; its name prints matrix.version.
  'setup-java--e2e-versions.yml': [
    '224 PG105 matrix: property "version" is not defined',
    '261 PG105 matrix: property "version" is not defined',
    '474 PG105 matrix: property "architecture" is not defined'
  ],
  // Job registry-cache's matrix has driver, load and push; job github-cache has no matrix.
  'build-push-action--ci.yml': [
    '890 PG105 matrix: property "platforms" is not defined',
    '1015 PG105 job "github-cache" has no strategy.matrix',
    '1016 PG105 job "github-cache" has no strategy.matrix'
  ],
  'setup-buildx-action--ci.yml': ['384 PG105 job "standalone-action" has no strategy.matrix'],
  'codecov-action--main.yml': ['86 PG105 job "run-macos-latest-xlarge" has no strategy.matrix'],
  // The matrix has fetch-depth and input-fetch_depth.
  'changed-files--test.yml': ['451 PG105 matrix: property "input-skip_initial_fetch" is not defined']
};

const files = readdirSync(DIR).filter((f) => f.endsWith('.yml'));

describe('typed expressions on real workflows', () => {
  it('has the files the faults name, and clean ones', () => {
    for (const f of Object.keys(FAULTS)) expect(files).toContain(f);
    expect(files.length - Object.keys(FAULTS).length).toBeGreaterThanOrEqual(5);
  });

  it.each(files)('%s', async (file) => {
    const parsed = await loadFile(path.join(DIR, file), file);
    const findings = await lint([parsed], { workspace: DIR, rules: RULES });
    const typed = findings.filter((f) => TYPED.has(f.ruleId));
    const expected = FAULTS[file] ?? [];
    expect(typed.map((f) => `${f.line} ${f.ruleId}`)).toEqual(expected.map((e) => e.split(' ').slice(0, 2).join(' ')));
    typed.forEach((f, i) => expect(`${f.line} ${f.ruleId} ${f.message}`.startsWith(expected[i])).toBe(true));
  });
});
