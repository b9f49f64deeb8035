/**
 * Hostile mutations, seeded and bounded (issue 14), of the YAML inputs: real workflows of
 * rhysd/actionlint (test/fixtures/workflows/real, see its README) through `validate`, and the
 * smoke-test checks file and the validation config through their parsers. At least 2,000 mutants a
 * kind: numbers become extremes, nesting goes thousands deep, lines repeat thousands of times,
 * tokens grow to 200 KB. Each must be refused in one line or read within bounds — under 10 s and
 * 300 MB more memory, the annotations and the SARIF file bounded, the finding counts true — and
 * anything but a UserError (an internal error) fails with the mutant's number.
 */
import path from 'node:path';
import { readFileSync, writeFileSync, mkdirSync, readdirSync, statSync, existsSync } from 'node:fs';
import { tempDir, cleanup } from '../fixtures/coverage/helpers.js';
import { runValidate } from '../../src/core/commands/validate.js';
import { parseChecks } from '../../src/core/smoke/checks.js';
import { parseConfig } from '../../src/core/workflows/config.js';
import { RULES } from '../../src/core/workflows/rules/index.js';
import { RecordingHost } from './host.js';
import { prng, mutateHostile, Tally } from '../reports/fuzz-support.js';

const MUTANTS = 2000;
/** Annotations and SARIF of one run stay small whatever the file: findings are capped. */
const MAX_ANNOTATIONS = 1_100;
const MAX_SARIF_BYTES = 5_000_000;


const REAL = path.join(process.cwd(), 'test/fixtures/workflows/real');

describe('fuzz: hostile YAML inputs are refused in one line or read within bounds', () => {
  let dir: string;
  beforeAll(() => {
    dir = tempDir();
  });
  afterAll(() => cleanup(dir));

  it(`workflows (real ones of rhysd/actionlint): ${MUTANTS} hostile mutants through validate`, async () => {
    const bases = readdirSync(REAL)
      .filter((f) => /\.ya?ml$/.test(f) && statSync(path.join(REAL, f)).isFile())
      .map((f) => readFileSync(path.join(REAL, f), 'utf8'));
    expect(bases.length).toBeGreaterThanOrEqual(3);
    const rand = prng(1415);
    const tally = new Tally();
    const ws = path.join(dir, 'ws');
    mkdirSync(path.join(ws, '.github/workflows'), { recursive: true });
    // The bounds of the reader and parser are under test, not shellcheck: one process per mutant would take 2,000 of them.
    writeFileSync(path.join(ws, '.github/phase-gates.yml'), 'rules:\n  PG130: off\n');
    let findings = 0;
    for (let i = 0; i < MUTANTS; i++) {
      writeFileSync(path.join(ws, '.github/workflows/ci.yml'), mutateHostile(bases[i % bases.length], rand));
      const host = new RecordingHost(ws, { paths: '.github/workflows/ci.yml', 'sarif-path': 'out.sarif', 'fail-on': 'never' });
      await tally.attempt(`workflow mutant ${i}`, async () => {
        const result = await runValidate(host);
        findings += result.findings.length;
        if (host.annotations.length > MAX_ANNOTATIONS) throw new Error(`workflow mutant ${i}: ${host.annotations.length} annotations`);
        const sarif = path.join(ws, 'out.sarif');
        if (existsSync(sarif) && statSync(sarif).size > MAX_SARIF_BYTES) throw new Error(`workflow mutant ${i}: SARIF of ${statSync(sarif).size} bytes`);
        for (const [name, value] of Object.entries(host.outputs)) {
          if (value.length > 100_000) throw new Error(`workflow mutant ${i}: output ${name} of ${value.length} characters`);
        }
      });
    }
    tally.report('workflows', 'read within bounds');
    console.log(`workflows: ${findings} findings over the mutants read`);
  }, 600_000);

  it(`the smoke-test checks file and the validation config: ${MUTANTS} hostile mutants each`, async () => {
    // Our own formats (no other tool writes them): each key the SPEC documents, once.
    const checks = [
      '- name: health',
      '  path: /healthz',
      '  expect: { status: 200, json: { $.status: ok } }',
      '  max-latency-ms: 500',
      '- name: home',
      '  url: https://example.com/',
      '  method: GET',
      '  headers: { Accept: text/html, X-Api-Key: abc123 }',
      '  expect:',
      '    status: [200, 301, 3xx]',
      '    body-contains: Welcome',
      "    body-matches: 'v[0-9]+\\.[0-9]+'",
      '    headers: { content-type: text/html, x-powered-by: false }',
      '- name: login',
      '  path: /api/login',
      '  method: POST',
      '  body: { user: smoke, attempts: 3 }',
      '  expect: { status: 2xx }',
      ''
    ].join('\n');
    const config = [
      'rules:',
      '  unpinned-action: error # PG201',
      '  missing-permissions: { level: warning }',
      '  mutable-image: off',
      'ignore:',
      '  - .github/workflows/experimental-*.yml',
      'allow:',
      '  owners: [actions, github]',
      '  actions: [docker/login-action@v3]',
      ''
    ].join('\n');
    expect(parseChecks(checks, { input: 'checks' })).toHaveLength(3);
    expect(parseConfig(config, 'c.yml', 'config', RULES).ignore).toHaveLength(1);
    const rand = prng(1416);
    for (const [kind, base] of [
      ['checks', checks],
      ['config', config]
    ] as const) {
      const tally = new Tally();
      for (let i = 0; i < MUTANTS; i++) {
        const text = mutateHostile(base, rand);
        await tally.attempt(`${kind} mutant ${i}`, () => {
          if (kind === 'checks') parseChecks(text, { input: 'checks', file: 'checks.yml' });
          else parseConfig(text, '.github/phase-gates.yml', 'config', RULES);
        });
      }
      tally.report(kind, 'read within bounds');
    }
  }, 600_000);
});
