/**
 * User regular expressions on the linear-time engine (src/core/regex.ts): JavaScript syntax and
 * meaning kept where RE2 reads it differently, what RE2 cannot run refused in one line, and the
 * catastrophic patterns of a backtracking engine finishing at once. Also the JSON nesting
 * pre-check and the credential headers dropped on a redirect to another origin.
 */
import { compileUserRegex, showPattern, UserRegexError } from '../../src/core/regex.js';
import { jsonNestingExceeds } from '../../src/core/json-position.js';
import { isCredentialHeader } from '../../src/core/smoke/http.js';
import { parseChecks } from '../../src/core/smoke/checks.js';
import { UserError } from '../../src/core/errors.js';

function refusal(text: string): string {
  try {
    compileUserRegex(text);
  } catch (err) {
    expect(err).toBeInstanceOf(UserRegexError);
    return (err as Error).message;
  }
  throw new Error(`${text} was accepted`);
}

describe('user regular expressions', () => {
  it('keep the meaning JavaScript gives them', () => {
    const cases: Array<[string, string, boolean]> = [
      ['/ok/i', 'all OK', true],
      ['^h.l+o$', 'hello', true],
      // `.` matches no line terminator without `s`, every character with it.
      ['a.b', 'a\nb', false],
      ['a.b', 'a\rb', false],
      ['a.b', 'a\u2028b', false],
      ['/a.b/s', 'a\u2028b', true],
      // `\s` is JavaScript's Unicode white space, inside a class too.
      ['^x\\sy$', 'x\u00a0y', true],
      ['^x[\\s]y$', 'x\u3000y', true],
      ['^x[^\\s]y$', 'x\u00a0y', false],
      ['^x\\Sy$', 'x\u00a0y', false],
      ['\\u0041\\u{42}', 'AB', true],
      ['\\x41', 'A', true],
      ['a\\0b', 'a\u0000b', true],
      ['a\\012b', 'a\nb', true],
      ['^[\\101-\\103\\8]+$', 'ABC8', true],
      ['^[^]$', '\n', true],
      ['[]', 'anything', false],
      ['(?<word>ok)', 'ok', true],
      ['/^b/m', 'a\nb', true],
      ['^b', 'a\nb', false],
      ['a$', 'a\n', false],
      ['a\\/b', 'a/b', true],
      ['\\d+\\w*\\b', '42x', true],
      // `g` and `y` are dropped: a match does not move a position kept between samples.
      ['/ok/g', 'ok', true]
    ];
    for (const [pattern, text, expected] of cases) expect([pattern, JSON.stringify(text), compileUserRegex(pattern).test(text)]).toEqual([pattern, JSON.stringify(text), expected]);
    const twice = compileUserRegex('/ok/gy');
    expect([twice.test('ok'), twice.test('ok'), twice.flags]).toEqual([true, true, '']);
  });

  it('refuses in one line what RE2 cannot run, and invalid JavaScript', () => {
    const engine = '(patterns run on a linear-time engine, RE2 syntax)';
    expect(refusal('(a)\\1')).toBe(`backreferences are not supported ${engine}`);
    expect(refusal('(?<x>a)\\k<x>')).toBe(`backreferences are not supported ${engine}`);
    expect(refusal('a(?=b)')).toBe(`lookahead assertions are not supported ${engine}`);
    expect(refusal('a(?!b)')).toBe(`lookahead assertions are not supported ${engine}`);
    expect(refusal('(?<=a)b')).toBe(`lookbehind assertions are not supported ${engine}`);
    expect(refusal('(?<!a)b')).toBe(`lookbehind assertions are not supported ${engine}`);
    expect(refusal('/[\\p{L}--[a-z]]/v')).toBe(`set operations of the v flag are not supported ${engine}`);
    expect(refusal('a{2000}')).toMatch(/^not supported: .*invalid repeat count.*\(patterns run on a linear-time engine, RE2 syntax\)$/);
    expect(refusal('(')).toMatch(/^invalid regular expression: .*Unterminated group/);
    expect(refusal('x'.repeat(5000))).toBe('longer than 4096 characters');
    for (const p of ['(a)\\1', '(', 'a{2000}']) expect(refusal(p)).not.toMatch(/[\r\n]/);
    // Escapes that only look like those are accepted: a class's \1 is a character.
    expect(compileUserRegex('[\\1]').test('\u0001')).toBe(true);
  });

  it('names the check and the pattern, at its line, before anything is sent', () => {
    let err: UserError | undefined;
    try {
      parseChecks('- name: home\n  path: /\n  expect:\n    body-matches: ["^ok", "(a)\\\\1", "a(?=b)"]', { input: 'checks' });
    } catch (e) {
      err = e as UserError;
    }
    expect(err!.renderAll()).toEqual([
      'checks: line 4: check "home": body-matches "(a)\\1": backreferences are not supported (patterns run on a linear-time engine, RE2 syntax)',
      'checks: line 4: check "home": body-matches "a(?=b)": lookahead assertions are not supported (patterns run on a linear-time engine, RE2 syntax)'
    ]);
    expect(showPattern('a"b\n')).toBe('"a\\"b\\n"');
  });

  it('runs the catastrophic patterns of a backtracking engine in linear time', () => {
    // On JavaScript's engine the first takes minutes on 35 bytes; each of these, on 8 MB, well under a second.
    const big = 'a'.repeat(8 * 1024 * 1024 - 1) + '!';
    for (const pattern of ['^(a+)+$', '^(a|aa)+$', '^(a|a?)+$', '/^(\\w+\\s?)+$/', '(x+x+)+y']) {
      const re = compileUserRegex(pattern);
      const started = performance.now();
      expect([pattern, re.test('a'.repeat(34) + '!'), re.test(big)]).toEqual([pattern, false, false]);
      // Generous (10× what it takes): against a hang, not a measure of speed.
      expect(performance.now() - started).toBeLessThan(10_000);
    }
    expect(compileUserRegex('^(a+)+!$').test(big)).toBe(true);
  });
});

describe('JSON nesting pre-check', () => {
  it('counts arrays and objects, not brackets inside strings', () => {
    expect(jsonNestingExceeds('[[[]]]', 3)).toBe(false);
    expect(jsonNestingExceeds('[[[[]]]]', 3)).toBe(true);
    expect(jsonNestingExceeds('{"a":{"b":[1]}}', 3)).toBe(false);
    expect(jsonNestingExceeds('{"a":{"b":[{}]}}', 3)).toBe(true);
    expect(jsonNestingExceeds('["[[[[[[", "\\"[[[[", {"k": "]]]"}]', 2)).toBe(false);
    expect(jsonNestingExceeds('['.repeat(4e6) + ']'.repeat(4e6), 1000)).toBe(true);
  });
});

describe('credential headers', () => {
  it('are the masked names and any name with key in it', () => {
    for (const name of ['Authorization', 'proxy-authorization', 'Cookie', 'X-Api-Key', 'X-Auth-Token', 'X-Session-Id', 'Client-Secret', 'X-Key', 'Idempotency-Key']) expect([name, isCredentialHeader(name)]).toEqual([name, true]);
    for (const name of ['Accept', 'Content-Type', 'X-Trace', 'User-Agent']) expect([name, isCredentialHeader(name)]).toEqual([name, false]);
  });
});
