/** The SARIF check is real: the official schema accepts our log and rejects broken ones. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { sarifErrors } from './sarif.js';
import { toSarif } from '../../src/core/workflows/output/sarif.js';
import { RULES, docsAnchor } from '../../src/core/workflows/rules/index.js';
import { ValidationInputs, ValidationOutputs } from '../../src/core/constants.js';

const finding = { ruleId: 'PG110', ruleName: 'needs-unknown-job', level: 'error' as const, message: 'job "a" needs unknown job "b"', file: '.github/workflows/ci.yml', line: 3, column: 12 };

describe('SARIF 2.1.0', () => {
  it('accepts the log of findings, and rejects one without a message or with a bad level', () => {
    const log = toSarif([finding], { rules: RULES, docsAnchor }) as { runs: { results: Record<string, unknown>[] }[] };
    expect(sarifErrors(log)).toEqual([]);
    const noMessage = structuredClone(log);
    delete noMessage.runs[0].results[0].message;
    expect(sarifErrors(noMessage).join('\n')).toMatch(/message/);
    const badLevel = structuredClone(log);
    badLevel.runs[0].results[0].level = 'fatal';
    expect(sarifErrors(badLevel).length).toBeGreaterThan(0);
  });
});

describe('actions/workflows-validation/action.yml', () => {
  it('declares exactly the SPEC inputs and outputs, with defaults, node24 and branding', () => {
    const meta = parse(readFileSync(path.join(process.cwd(), 'actions/workflows-validation/action.yml'), 'utf8'));
    expect(Object.keys(meta.inputs).sort()).toEqual(Object.values(ValidationInputs).sort());
    expect(Object.keys(meta.outputs).sort()).toEqual(Object.values(ValidationOutputs).sort());
    expect(meta.inputs['fail-on'].default).toBe('error');
    expect(meta.inputs['sarif-path'].default).toBe('workflows-validation.sarif');
    expect(meta.inputs.config.default).toBe('.github/phase-gates.yml');
    expect(meta.inputs['required-checks'].default).toBe('workflows_validation, gates_enforcer');
    expect(meta.runs).toEqual({ using: 'node24', main: '../../dist/workflows-validation/index.js' });
    expect(meta.branding).toEqual({ icon: expect.any(String), color: expect.any(String) });
  });
});
