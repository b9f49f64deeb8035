import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { compileCondition, compileTimeExpression } from '../../src/core/analysis/condition.js';
import { UserError } from '../../src/core/errors.js';

const ARGO = path.join(process.cwd(), 'test/fixtures/analysis/argo');
const where = { input: 'analysis', file: 'analysis.yml', line: 7 };
const ev = (text: string, result: number | number[] | null) => compileCondition(text, where).evaluate(result);

/** Every successCondition / failureCondition written in Argo's own docs, examples and e2e tests. */
function argoConditions(): string[] {
  const out: string[] = [];
  for (const name of readdirSync(ARGO).filter((f) => f !== 'README.md')) {
    for (const line of readFileSync(path.join(ARGO, name), 'utf8').split('\n')) {
      const m = /^\s*((?:success|failure)Condition:.*)$/.exec(line);
      if (m) out.push(String(Object.values(parse(m[1]) as Record<string, unknown>)[0]));
    }
  }
  return out;
}

describe('conditions Argo writes', () => {
  const conditions = argoConditions();

  it('finds the conditions of the fixtures', () => {
    expect(conditions.length).toBeGreaterThanOrEqual(40);
    expect(conditions).toContain('all(result, # < 1000)');
    expect(conditions).toContain('default(result, 0) < 0.05');
  });

  it.each(conditions.map((c) => [c]))('compiles %s', (text) => {
    // Args are rendered before a condition is compiled at run time.
    expect(() => compileCondition(text.replace(/\{\{\s*args\.[^}]+\}\}/g, 'x'), where)).not.toThrow();
  });

  // docs/features/analysis.md, "Handling Metric Results": the phase each AnalysisRun shows.
  it('NaN: isNaN(result) || result >= 0.95 holds (Successful in the docs)', () => {
    expect(ev('isNaN(result) || result >= 0.95', NaN)).toBe(true);
  });
  it('NaN: neither result >= 0.95 nor result < 0.95 holds (Inconclusive in the docs)', () => {
    expect(ev('result >= 0.95', NaN)).toBe(false);
    expect(ev('result < 0.95', NaN)).toBe(false);
  });
  it('+Inf: result >= 0.95 and isInf(result) hold (Successful, Failed in the docs)', () => {
    expect(ev('result >= 0.95', Infinity)).toBe(true);
    expect(ev('isInf(result)', Infinity)).toBe(true);
    expect(ev('isInf(result)', -Infinity)).toBe(true);
    expect(ev('isInf(result)', 1e308)).toBe(false);
  });
  it('empty vector: len(result) == 0 || … holds, len(result) > 0 && … does not', () => {
    expect(ev('len(result) == 0 || result[0] >= 0.95', [])).toBe(true);
    expect(ev('len(result) > 0 && result[0] >= 0.95', [])).toBe(false);
    expect(ev('len(result) == 0 || result[0] >= 0.95', null)).toBe(true);
  });
  it('nil: default(result, 0) < 0.05 holds; the bare comparison errs as the docs quote', () => {
    expect(ev('default(result, 0) < 0.05', null)).toBe(true);
    expect(ev('default(result, 0) < 0.05', 0.2)).toBe(false);
    expect(() => ev('result < 0.05', null)).toThrow('invalid operation: < (mismatched types <nil> and float64)');
    expect(ev('isNil(result)', null)).toBe(true);
  });
  it('range queries: all(result, # < 1000)', () => {
    expect(ev('all(result, # < 1000)', [120, 340, 980])).toBe(true);
    expect(ev('all(result, # < 1000)', [120, 1200])).toBe(false);
  });
});

describe('expr-lang semantics', () => {
  it.each([
    ['result[0] >= 0.95', [0.97], true],
    ['result[0] >= 0.95 && result[1] >= 0.95', [0.97, 0.9], false],
    ['result[0] < 0.5 or result[1] < 0.5', [0.9, 0.4], true],
    ['not (result > 1) and result < 5', 0.5, true],
    ['!(result > 1)', 2, false],
    ['result > 1 ? result < 3 : false', 2, true],
    ['1 + 2 * 3 == 7', null, true],
    ['(1 + 2) * 3 == 9', null, true],
    ['7 / 2 == 3.5', null, true],
    ['7 % 2 == 1', null, true],
    ['2 ** 3 == 8', null, true],
    ['-2 ** 2 == -4', null, true],
    ['2 ^ 3 ^ 2 == 512', null, true],
    ['1 == 1.0', null, true],
    ['result == 3', 3, true],
    ['asInt(result) == 3', 3.7, true],
    ['asInt(result) == 3', -3.7, false],
    ['asFloat("0.5") == 0.5', null, true],
    ['result[-1] == 3', [1, 2, 3], true],
    ['any(result, {# > 0.5})', [0.1, 0.7], true],
    ['all(result, {# < 0.5})', [0.1, 0.7], false],
    ['none(result, # > 1)', [0.1, 0.7], true],
    ['count(result, # > 0.5) == 1', [0.1, 0.7], true],
    ['len(filter(result, # > 0.5)) == 2', [0.6, 0.7, 0.1], true],
    ['sum(result) == 6', [1, 2, 3], true],
    ['max(result) == 3 && min(result) == 1', [3, 1, 2], true],
    ['result[0] in [1, 2]', [2], true],
    ['(result ?? 5) == 5', null, true],
    ['result == nil', null, true],
    ['isNaN(result[0])', [NaN], true]
  ] as Array<[string, number | number[] | null, boolean]>)('%s → %s', (text, result, expected) => {
    expect(ev(text, result)).toBe(expected);
  });

  it('errs when evaluation fails, with expr-lang’s words', () => {
    expect(() => ev('result[0] >= 0.95', [])).toThrow('index out of range: 0 (array length is 0)');
    expect(() => ev('result[2] >= 0.95', [1, 2])).toThrow('index out of range: 2 (array length is 2)');
    expect(() => ev('result >= 0.95', [0.9])).toThrow('invalid operation: >= (mismatched types []float64 and float64)');
    expect(() => ev('result', 0.9)).toThrow('expected bool, but got float64');
    expect(() => ev('result[0] % 2 == 1', [3.5])).toThrow('invalid operation: % (mismatched types float64 and int)');
    expect(() => ev('isNaN(result)', [1])).toThrow('isNaN(): expected a number, got []float64');
    expect(() => ev('result.Status == 1', 1)).toThrow('cannot fetch Status from float64');
  });

  it('refuses at compile time, naming the problem and the line', () => {
    const refusal = (text: string) => {
      try {
        compileCondition(text, where);
      } catch (e) {
        expect(e).toBeInstanceOf(UserError);
        expect((e as UserError).line).toBe(7);
        return (e as UserError).render();
      }
      throw new Error(`compiled: ${text}`);
    };
    expect(refusal('reslt[0] > 1')).toBe('analysis: analysis.yml:7: condition "reslt[0] > 1" does not compile: unknown name reslt (did you mean "result"?) at column 1');
    expect(refusal('lenn(result) > 1')).toContain('unknown function lenn() (did you mean "len"?)');
    expect(refusal('# > 1')).toContain('"#" outside a predicate');
    expect(refusal('result[0] >')).toContain('unexpected end of expression');
    expect(refusal('result[0] >= 0.95)')).toContain('unexpected ")" at column 18');
    expect(refusal('len(result, 1) > 0')).toContain('len() takes 1 argument, given 2');
    expect(refusal('result @ 1')).toContain('unexpected character "@" at column 8');
    expect(refusal('')).toContain('empty expression');
    expect(refusal('result ?? 5 == 5')).toContain('Operator (==) and coalesce expressions (??) cannot be mixed. Wrap either by parentheses.');
  });

  it('is bounded: 2000 characters, 64 levels', () => {
    expect(() => compileCondition(`result > ${'1'.repeat(1995)}`, where)).toThrow('longer than 2000 characters');
    const deep = `${'('.repeat(70)}result > 1${')'.repeat(70)}`;
    expect(() => compileCondition(deep, where)).toThrow('nested deeper than 64 levels');
    const ok = `${'('.repeat(30)}result > 1${')'.repeat(30)}`;
    expect(compileCondition(ok, where).evaluate(2)).toBe(true);
  });
});

it('bounds an evaluation: nested predicates over a long vector stop at 1,000,000 steps', () => {
  const nested = 'all(result, {all(result, {all(result, {all(result, {# > 0})})})})';
  const long = Array.from({ length: 100 }, () => 1);
  expect(() => ev(nested, long)).toThrow('evaluation took more than 1,000,000 steps');
  expect(ev(nested, [1, 2])).toBe(true);
});

describe('range query times (EvalTime)', () => {
  const now = new Date('2026-12-06T02:00:00Z');
  it('now() - duration("5m") is five minutes before now', () => {
    expect(compileTimeExpression('now() - duration("5m")', where)(now).toISOString()).toBe('2026-12-06T01:55:00.000Z');
    expect(compileTimeExpression('now()', where)(now).toISOString()).toBe('2026-12-06T02:00:00.000Z');
    expect(compileTimeExpression('now() - duration("1h30m")', where)(now).toISOString()).toBe('2026-12-06T00:30:00.000Z');
  });
  it('refuses result and non-times', () => {
    expect(() => compileTimeExpression('now() - result', where)).toThrow('unknown name result');
    expect(() => compileTimeExpression('duration("5m")', where)(now)).toThrow('expected time.Time, but got time.Duration');
    expect(() => compileTimeExpression('now() - duration("5 minutes")', where)(now)).toThrow('time: invalid duration "5 minutes"');
  });
});

/**
 * expr-lang v1.17.8 itself (the version argo-rollouts pins), run in Argo's environment by
 * test/fixtures/analysis/expr-lang/harness.go.txt over every condition of the Argo fixtures and
 * the cases above, each against 16 results: what it answered is in outcomes.json.
 */
describe('against expr-lang v1.17.8 itself', () => {
  type Outcome = { condition: string; result: unknown; value: boolean | null; error?: string };
  const outcomes = JSON.parse(readFileSync(path.join(process.cwd(), 'test/fixtures/analysis/expr-lang/outcomes.json'), 'utf8')) as Outcome[];
  const num = (x: unknown) => (x === 'NaN' ? NaN : x === '+Inf' ? Infinity : x === '-Inf' ? -Infinity : x) as number;
  const decode = (r: unknown) => (Array.isArray(r) ? r.map(num) : r === null ? null : num(r));
  const key = (o: { condition: string; result: unknown }) => `${o.condition} ${JSON.stringify(o.result)}`;
  const byKey = new Map(outcomes.map((o) => [key(o), o]));
  const ours = (condition: string, result: number | number[] | null): string => {
    try {
      return String(compileCondition(condition, where).evaluate(result));
    } catch {
      return 'error';
    }
  };
  const theirs = (o: Outcome) => (o.error ? 'error' : String(o.value));

  it('holds over 1,000 cases', () => {
    expect(outcomes.length).toBeGreaterThan(1000);
    expect(outcomes.filter((o) => o.error).length).toBeGreaterThan(100);
  });

  it('gives the same truth, or an error where expr-lang errs, for every non-empty result', () => {
    const differ = outcomes.filter((o) => o.result !== null).filter((o) => ours(o.condition, decode(o.result)) !== theirs(o));
    expect(differ.map((o) => `${key(o)}: expr-lang ${theirs(o)}`)).toEqual([]);
  });

  it("a null result answers as Argo's nil or as its empty vector (len, all, index: the empty vector Prometheus gives; default, isNil, ==: nil)", () => {
    const nulls = outcomes.filter((o) => o.result === null);
    const differ = nulls.filter((o) => {
      const answer = ours(o.condition, null);
      return answer !== theirs(o) && answer !== theirs(byKey.get(key({ condition: o.condition, result: [] }))!);
    });
    expect(nulls.length).toBe(70);
    expect(differ.map((o) => key(o))).toEqual([]);
  });
});
