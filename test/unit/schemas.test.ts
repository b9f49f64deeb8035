import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import { schemaErrors } from '../../src/core/schemas.js';

const ROOT = process.cwd();

describe('report schemas', () => {
  it('keeps the precompiled validators in step with schemas/', () => {
    expect(() => execFileSync(process.execPath, [path.join(ROOT, 'scripts/gen-validators.mjs'), '--check'], { stdio: 'pipe' })).not.toThrow();
  });

  it('are valid draft-07 schemas that ajv compiles in strict mode', () => {
    const schema = JSON.parse(readFileSync(path.join(ROOT, 'schemas/gates-report.schema.json'), 'utf8'));
    expect(() => new Ajv({ strict: true, allowUnionTypes: true, validateFormats: false }).compile(schema)).not.toThrow();
  });

  it('rejects a gates report without its schema tag or with a foreign gate shape', () => {
    expect(schemaErrors('gates-report', { passed: true })).toEqual(expect.arrayContaining([expect.stringMatching(/must have required property 'schema'/)]));
    const report = {
      schema: 'phase-gates/gates-report@1',
      phase: 6,
      sha: 'abc',
      passed: true,
      generatedAt: '2026-11-23T00:00:00.000Z',
      gates: [{ name: 'coverage', op: '>=', threshold: 80, unit: '%', actual: 81, passed: true, sources: [] }]
    };
    expect(schemaErrors('gates-report', report)).toEqual([]);
    expect(schemaErrors('gates-report', { ...report, gates: [{ ...report.gates[0], op: '=>' }] })).not.toEqual([]);
  });
});
