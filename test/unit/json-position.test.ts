import { jsonErrorOffset } from '../../src/core/json-position.js';

describe('jsonErrorOffset', () => {
  it.each([
    ['{"a": tr', 8],
    ['{"a": tx', 6],
    ['{"a":\n }', 7],
    ['[1,2,,3]', 5],
    ['{"a": 1,\n "b" 2}', 14],
    ['{"a": [1, {"b": "x"}], "c": nul}', 28],
    ['{"a": 1} x', 9],
    ['"unterminated', 13]
  ])('%j fails at %i', (text, offset) => {
    expect(() => JSON.parse(text)).toThrow();
    expect(jsonErrorOffset(text)).toBe(offset);
  });

  it('walks valid JSON to its end and survives deep nesting', () => {
    const valid = '{"a": [1, 2.5e3, -0.1, true, false, null, {"b": {}}, []], "c": "\\"q\\""}';
    expect(jsonErrorOffset(valid)).toBe(valid.length);
    const deep = '['.repeat(200000);
    expect(jsonErrorOffset(deep)).toBe(deep.length);
  });
});
