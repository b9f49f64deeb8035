/**
 * What the issue-15 checks promise beyond their fixtures: the same places as actionlint on its own
 * test data, the popular-actions table giving back the real action.yml it was built from, and
 * self-hosted runner labels from the config.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { lintFixture } from './fixtures.js';
import { RULES } from '../../src/core/workflows/rules/index.js';
import { parseConfig } from '../../src/core/workflows/config.js';
import { lint } from '../../src/core/workflows/lint.js';
import { loadFile } from '../../src/core/workflows/parse.js';
import { popularAction } from '../../src/core/workflows/rules/supply-chain/popular-actions.js';
import { POPULAR_ACTIONS } from '../../src/core/workflows/rules/supply-chain/popular-actions.data.js';
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import os from 'node:os';

const RULES_DIR = path.join(process.cwd(), 'test/fixtures/rules');

/** `line:col` of each actionlint finding of a rule in its .out file, lines moved by `shift`. */
function actionlintPlaces(file: string, kind: string, shift: (line: number) => number | undefined): string[] {
  const out: string[] = [];
  for (const l of readFileSync(file, 'utf8').split('\n')) {
    const m = /^test\.yaml:(\d+):(\d+): .*\[(\S+)\]$/.exec(l);
    if (!m || m[3] !== kind) continue;
    const line = shift(Number(m[1]));
    if (line !== undefined) out.push(`${line}:${m[2]}`);
  }
  return out;
}

async function ourPlaces(dir: string, file: string, ...ids: string[]): Promise<string[]> {
  const { findings } = await lintFixture(dir, [file]);
  return findings.filter((f) => ids.includes(f.ruleId)).map((f) => `${f.line}:${f.column}`);
}

describe('the same places as actionlint on its test data', () => {
  it('PG144 filter-glob: glob_more.yaml', async () => {
    const dir = path.join(RULES_DIR, 'syntax/filter-glob');
    // Our copy drops the empty `-` path of line 14 (a schema error there, not a glob one).
    const expected = actionlintPlaces(path.join(dir, 'actionlint.out'), 'glob', (l) => (l < 14 ? l : l > 14 && l < 24 ? l - 1 : undefined));
    expect(await ourPlaces(dir, 'bad.yml', 'PG144')).toEqual(expected);
  });

  // actionlint's if-cond check is two of ours: PG143 constant-if and PG220 unsound-condition (text around ${{ }}).
  it('PG143 constant-if and PG220 unsound-condition: if_cond_constants.yaml and if_cond_edge_cases_trailing_leading_chars.yaml', async () => {
    const dir = path.join(RULES_DIR, 'syntax/constant-if');
    // `permissions:` added after line 1; the snapshot job (lines 27-33) left out.
    const constants = actionlintPlaces(path.join(dir, 'actionlint-constants.out'), 'if-cond', (l) => (l < 27 ? l + 1 : l > 33 ? l - 6 : undefined));
    expect(await ourPlaces(dir, 'bad-constants.yml', 'PG143', 'PG220')).toEqual(constants);
    const trailing = actionlintPlaces(path.join(dir, 'actionlint-trailing.out'), 'if-cond', (l) => l + 1);
    expect(await ourPlaces(dir, 'bad-trailing.yml', 'PG143', 'PG220')).toEqual(trailing);
  });

  it("PG220 unsound-condition: the lines of zizmor's unsound-condition audit on its test data", async () => {
    const { findings } = await lintFixture(path.join(RULES_DIR, 'syntax/constant-if'), ['zizmor-unsound-condition.yml']);
    const lines = findings.filter((f) => f.ruleId === 'PG220').map((f) => [f.line, f.level]);
    // zizmor's snapshot (crates/zizmor/tests/integration/audit/unsound_condition.rs): the fenced and stringified conditions.
    expect(lines).toEqual([27, 33, 60, 68, 73, 78, 83, 88, 93].map((l) => [l, 'error']));
  });
});

describe('the popular actions table', () => {
  const REAL = path.join(process.cwd(), 'test/fixtures/popular-actions');
  const cases: [string, string, string][] = [
    ['actions/checkout@v5', 'actions-checkout-v5.action.yml', 'node24'],
    ['actions/cache@v4', 'actions-cache-v4.action.yml', 'node20'],
    // Written as changes from v1 through v47: the decoding must add and remove in order.
    ['tj-actions/changed-files@v47', 'tj-actions-changed-files-v47.action.yml', 'node24']
  ];

  it.each(cases)('%s gives back the inputs and runtime of its real action.yml', (uses, file, using) => {
    const meta = parse(readFileSync(path.join(REAL, file), 'utf8')) as { inputs: Record<string, { required?: boolean; default?: unknown; deprecationMessage?: string }>; runs: { using: string } };
    const source = { path: 'w.yml', text: `- uses: ${uses}\n` } as Parameters<typeof popularAction>[1];
    const action = popularAction({ value: uses, at: { line: 1, column: 9 } }, source)!;
    expect(action.using).toBe(meta.runs.using);
    expect(action.using).toBe(using);
    expect([...action.inputs.keys()].sort()).toEqual(Object.keys(meta.inputs).sort());
    for (const [name, spec] of Object.entries(meta.inputs)) {
      expect([name, action.inputs.get(name)!.required, !!action.inputs.get(name)!.deprecated]).toEqual([name, spec.required === true && spec.default === undefined, !!spec.deprecationMessage]);
    }
  });

  it('reads the major of a SHA pin from the version comment after it', () => {
    const text = 'steps:\n  - uses: actions/cache@0057852bfaa89a56745cba8c7296529d2fc39830 # v4.2.3\n';
    const uses = { value: 'actions/cache@0057852bfaa89a56745cba8c7296529d2fc39830', at: { line: 2, column: 11 } };
    expect(popularAction(uses, { path: 'w.yml', text } as Parameters<typeof popularAction>[1])?.name).toBe('actions/cache@v4');
    const bare = { path: 'w.yml', text: text.replace(' # v4.2.3', '') } as Parameters<typeof popularAction>[1];
    expect(popularAction(uses, bare)).toBeUndefined();
  });

  it('stays small in the bundle', () => {
    expect(Object.keys(POPULAR_ACTIONS).length).toBeGreaterThanOrEqual(30);
    expect(JSON.stringify(POPULAR_ACTIONS).length).toBeLessThan(25_000);
  });
});

describe('runner labels from .github/phase-gates.yml', () => {
  const workflow = `on: push
permissions: {}
jobs:
  gpu:
    runs-on: [self-hosted, gpu]
    steps: [{ run: echo }]
  typo:
    runs-on: [self-hosted, gpux]
    steps: [{ run: echo }]
  arm:
    runs-on: linux-arm64-big
    steps: [{ run: echo }]
`;

  async function run(config: string): Promise<string[]> {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'pg-runners-'));
    mkdirSync(path.join(dir, '.github/workflows'), { recursive: true });
    writeFileSync(path.join(dir, '.github/workflows/ci.yml'), workflow);
    const parsed = await loadFile(path.join(dir, '.github/workflows/ci.yml'), '.github/workflows/ci.yml');
    const settings = parseConfig(config, '.github/phase-gates.yml', 'config', RULES).settings;
    const findings = await lint([parsed], { workspace: dir, rules: RULES, settings });
    return findings.filter((f) => f.ruleId === 'PG140').map((f) => `${f.line}: ${f.message}`);
  }

  it('checks the labels of self-hosted jobs against runners.self-hosted, globs included', async () => {
    const lines = await run('runners:\n  self-hosted: [gpu, linux-arm64-*]\n');
    expect(lines).toEqual([expect.stringMatching(/^8: label "gpux" is unknown \(did you mean "gpu"\?\)/)]);
  });

  it('without the list, leaves the labels of self-hosted jobs alone but not a lone unknown label', async () => {
    const lines = await run('');
    expect(lines).toEqual([expect.stringMatching(/^11: label "linux-arm64-big" is unknown/)]);
  });

  it('names the config line of a wrong runners: key', () => {
    expect(() => parseConfig('runners:\n  self-hosted: [gpu]\n  hosted: [x]\n', '.github/phase-gates.yml', 'config', RULES)).toThrow(/unknown key runners\.hosted/);
  });
});
