/** actions/smoke-test/action.yml declares every SPEC input (with its default) and output. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { ROOT } from '../support/action.js';
import { SmokeInputs, SmokeOutputs, Defaults } from '../../src/core/constants.js';
import { SMOKE_DEFAULTS } from '../../src/core/commands/smoke.js';
import { DEFAULT_REDIRECT_MODE, REDIRECT_MODES } from '../../src/core/smoke/http.js';

const meta = parse(readFileSync(path.join(ROOT, 'actions/smoke-test/action.yml'), 'utf8'));

it('declares every input and output with a description', () => {
  expect(Object.keys(meta.inputs).sort()).toEqual(Object.values(SmokeInputs).sort());
  expect(Object.keys(meta.outputs).sort()).toEqual(Object.values(SmokeOutputs).sort());
  for (const i of Object.values(meta.inputs) as Array<{ description: string }>) expect(i.description.length).toBeGreaterThan(10);
  for (const o of Object.values(meta.outputs) as Array<{ description: string }>) expect(o.description.length).toBeGreaterThan(10);
  expect(meta.inputs.url.required).toBe(true);
  expect(meta.runs).toEqual({ using: 'node24', main: '../../dist/smoke-test/index.js' });
  expect(meta.branding).toBeDefined();
});

it('gives the defaults the code uses (SPEC)', () => {
  for (const [name, value] of Object.entries(SMOKE_DEFAULTS)) expect([name, meta.inputs[name].default]).toEqual([name, String(value)]);
  expect(meta.inputs['max-error-rate'].default).toBe('0%');
  expect(meta.inputs['report-path'].default).toBe(Defaults.SmokeReport);
  expect(meta.inputs.token.default).toBe('${{ github.token }}');
  expect(meta.inputs['follow-redirects'].default).toBe(DEFAULT_REDIRECT_MODE);
  for (const mode of REDIRECT_MODES) expect(meta.inputs['follow-redirects'].description).toContain(`\`${mode}\``);
});
