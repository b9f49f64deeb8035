import { parseGate, compare, formatThreshold, type GateWarning } from '../../src/core/gates/grammar.js';
import { UserError } from '../../src/core/errors.js';

const origin = { input: 'gates' };
const gate = (name: string, value: unknown, warnings?: GateWarning[]) => parseGate(name, value, origin, warnings);

describe('gate grammar', () => {
  it.each([
    ['coverage', '>=80%', 'coverage_lines', '>=', 80, '%'],
    ['coverage_branches', '> 70 %', 'coverage_branches', '>', 70, '%'],
    ['perf_p95_ms', '<=500', 'perf_p95_ms', '<=', 500, 'ms'],
    ['perf_p95_ms', '<= 0.5s', 'perf_p95_ms', '<=', 500, 'ms'],
    ['perf_p99_ms', '<1.2s', 'perf_p99_ms', '<', 1200, 'ms'],
    ['perf_error_rate', '<1%', 'perf_error_rate', '<', 1, '%'],
    ['perf_error_rate', '<0.01', 'perf_error_rate', '<', 1, '%'],
    ['vulns_critical', '==0', 'vulns_critical', '==', 0, null],
    ['vulns_high', '!= 3', 'vulns_high', '!=', 3, null]
  ])('%s: %s', (name, value, metric, op, threshold, unit) => {
    const g = gate(name, value);
    expect(g).toMatchObject({ metric, op, unit });
    expect(g.threshold).toBeCloseTo(threshold as number, 9);
  });

  it('reads a bare number by the direction of the metric', () => {
    expect(gate('vulns_critical', 0)).toMatchObject({ op: '<=', threshold: 0 });
    expect(gate('perf_p95_ms', 500)).toMatchObject({ op: '<=', threshold: 500, unit: 'ms' });
    expect(gate('coverage', 80)).toMatchObject({ op: '>=', threshold: 80, unit: '%' });
    expect(gate('smoke_error_rate', '0%')).toMatchObject({ op: '<=', threshold: 0 });
  });

  it('reads booleans and words with ==', () => {
    expect(gate('smoke_passed', true)).toMatchObject({ op: '==', threshold: true });
    expect(gate('smoke_passed', 'true')).toMatchObject({ op: '==', threshold: true });
    expect(gate('deploy_status', 'success')).toMatchObject({ op: '==', threshold: 'success' });
    expect(gate('deploy_status', '!= failure')).toMatchObject({ op: '!=', threshold: 'failure' });
  });

  it('takes unknown metrics from the metrics input, with a direction from the name or an operator', () => {
    expect(gate('bundle_size_kb', '<=250')).toMatchObject({ metric: 'bundle_size_kb', op: '<=', threshold: 250 });
    expect(gate('lint_errors', 0)).toMatchObject({ op: '<=' });
    expect(() => gate('mystery', 3)).toThrow(/bare number needs an operator/);
  });

  it('warns about a coverage fraction that probably meant a percentage', () => {
    const warnings: GateWarning[] = [];
    expect(gate('coverage', 0.8, warnings)).toMatchObject({ threshold: 0.8 });
    expect(warnings[0].message).toMatch(/means 0.8%, not 80%/);
  });

  it.each([
    ['coverage', '>=80ms', /percentage, not a duration/],
    ['perf_p95_ms', '<=5%', /latency takes ms or s/],
    ['vulns_critical', '<=1%', /count and takes no unit/],
    ['coverage', '>=120%', /not a percentage from 0 to 100/],
    ['perf_error_rate', '<5', /not a ratio from 0 to 1/],
    ['coverage', '~80', /cannot read/],
    ['coverage', '=> =>', /cannot read/],
    ['smoke_passed', 'maybe', /true or false/],
    ['deploy_status', 3, /word such as success, not a number/],
    ['coverage', true, /not a threshold for a number metric/],
    ['bad name!', 1, /not a metric name/]
  ])('refuses %s: %s', (name, value, message) => {
    let caught: unknown;
    try {
      gate(name as string, value);
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(UserError);
    expect((caught as UserError).render()).toMatch(message as RegExp);
    expect((caught as UserError).render()).toMatch(/^gates: gate /);
  });

  it('compares with the operator, numbers equal within 1e-9', () => {
    expect(compare(80, gate('coverage', '>=80%'))).toBe(true);
    expect(compare(79.99, gate('coverage', '>=80%'))).toBe(false);
    expect(compare((4 / 5) * 100, gate('coverage', '>=80%'))).toBe(true);
    expect(compare(0, gate('vulns_critical', 0))).toBe(true);
    expect(compare(1, gate('vulns_critical', 0))).toBe(false);
    expect(compare(500, gate('perf_p95_ms', '<500'))).toBe(false);
    expect(compare('SUCCESS', gate('deploy_status', 'success'))).toBe(true);
    expect(compare('failure', gate('deploy_status', 'success'))).toBe(false);
    expect(compare('true', gate('smoke_passed', true))).toBe(true);
    expect(compare(false, gate('smoke_passed', true))).toBe(false);
    expect(compare('n/a', gate('coverage', '>=0%'))).toBe(false);
  });

  it('formats thresholds as users read them', () => {
    expect(formatThreshold(gate('coverage', '>=80%'))).toBe('>= 80%');
    expect(formatThreshold(gate('perf_p95_ms', '<=0.5s'))).toBe('<= 500 ms');
    expect(formatThreshold(gate('vulns_critical', 0))).toBe('<= 0');
  });
});

describe('gate grammar: gates on the change', () => {
  it('reads the relative metrics with their directions and units', () => {
    expect(gate('coverage_new', '>=80%')).toMatchObject({ metric: 'coverage_new', op: '>=', threshold: 80, unit: '%' });
    expect(gate('coverage_new_branches', 70)).toMatchObject({ op: '>=', threshold: 70, unit: '%' });
    // A delta may be negative: a pull request may lower coverage by half a point, no more.
    expect(gate('coverage_delta', '>=-0.5%')).toMatchObject({ op: '>=', threshold: -0.5, unit: '%' });
    expect(gate('coverage_delta', 0)).toMatchObject({ op: '>=', threshold: 0 });
    expect(gate('perf_p95_regression', 10)).toMatchObject({ op: '<=', threshold: 10, unit: '%' });
    // A regression is a change in % of the base: tripled is +200%.
    expect(gate('perf_p99_regression', '<=250%')).toMatchObject({ op: '<=', threshold: 250 });
    expect(gate('vulns_new_critical', 0)).toMatchObject({ op: '<=', threshold: 0, unit: null });
    expect(gate('vulns_new_low', '<=5')).toMatchObject({ op: '<=', threshold: 5 });
  });

  it('refuses thresholds outside each relative metric\'s domain', () => {
    expect(() => gate('coverage_delta', '>=-101%')).toThrow('gate coverage_delta: >=-101% is not a change from -100% to 100%');
    expect(() => gate('perf_p95_regression', '<=-150%')).toThrow(/not a change from -100%/);
    expect(() => gate('coverage_new', '>=120%')).toThrow('is not a percentage from 0 to 100');
    expect(() => gate('vulns_new_high', '<=1%')).toThrow('vulns_new_high is a count and takes no unit');
    expect(() => gate('vulns_new_high', -1)).toThrow('is not a count');
  });

  it('warns of a ratio written for a coverage of new lines, never for a delta', () => {
    const warnings: GateWarning[] = [];
    gate('coverage_new', 0.8, warnings);
    gate('coverage_delta', 0.5, warnings);
    gate('perf_p95_regression', 0.5, warnings);
    expect(warnings.map((w) => w.message)).toEqual(['gate coverage_new: 0.8 means 0.8%, not 80%; write "80%" if that was meant']);
  });
});
