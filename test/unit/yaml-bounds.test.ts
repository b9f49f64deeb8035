/** The YAML bounds checked before every parse (src/core/yaml-bounds.ts): what each counts, and where it says so. */
import { parseDocument } from 'yaml';
import { checkYamlBounds, yamlBoundsProblem, YAML_BOUNDS, type YamlBounds } from '../../src/core/yaml-bounds.js';
import { UserError } from '../../src/core/errors.js';

const small: YamlBounds = { what: 'a test', maxBytes: 1000, maxDepth: 5, maxNodes: 20, maxAliases: 2 };

describe('yamlBoundsProblem', () => {
  it('passes ordinary YAML, whatever its brackets in quotes, comments and block scalars', () => {
    const text = ['a: "[[[[[[[["', "b: '{{{{{{{{'", '# [[[[[[[[[[', 'c: |', '  [[[[[[[[[[[', 'd: [x, {y: z}]'].join('\n');
    expect(parseDocument(text).errors).toEqual([]);
    expect(yamlBoundsProblem(text, small)).toBeUndefined();
  });

  it.each([
    ['flow brackets', '[\n'.repeat(10), 5],
    ['flow braces', 'a: {b: {c: {d: {e: {f: 1}}}}}', 1],
    ['block indentation', Array.from({ length: 10 }, (_, i) => `${' '.repeat(2 * i)}k${i}:`).join('\n'), 6],
    ['compact sequences', '- - - - - - - a', 1]
  ])('counts nesting: %s', (_name, text, line) => {
    expect(yamlBoundsProblem(text, small)).toMatchObject({ message: 'a test nested deeper than 5 levels; not parsed', line });
  });

  it('counts nodes and aliases, at the line where the bound is crossed', () => {
    expect(yamlBoundsProblem('- a\n'.repeat(30), small)).toMatchObject({ message: 'a test of more than 20 YAML nodes; not parsed', line: 11 });
    expect(yamlBoundsProblem('a: &x 1\nb: *x\nc: *x\nd: *x\n', small)).toMatchObject({ message: 'a test with more than 2 aliases; not parsed', line: 4, column: 4 });
  });

  it('measures size in UTF-8 bytes and names the line where the limit falls', () => {
    expect(yamlBoundsProblem('é'.repeat(499), small)).toBeUndefined();
    expect(yamlBoundsProblem('a: b\n'.repeat(300), small)).toMatchObject({ message: 'a test of 1,500 bytes is larger than the limit of 1,000 bytes; not parsed', line: 201, column: 1 });
  });

  it('is linear: 1 MB of `[` lines, `{` lines or list entries each checked in well under 10 s', () => {
    const unbounded = { ...small, maxBytes: 2e6, maxDepth: 1e7, maxNodes: 1e7 };
    for (const line of ['[\n', '{\n', '- a\n', 'a: "x"\n']) {
      const text = line.repeat(Math.floor(1e6 / line.length));
      const started = Date.now();
      expect(yamlBoundsProblem(text, unbounded)).toBeUndefined();
      expect(Date.now() - started).toBeLessThan(10_000);
    }
  });

  it('checkYamlBounds: one UserError naming input, file and line (offset for front matter)', () => {
    let error: unknown;
    try {
      checkYamlBounds('[\n'.repeat(100), YAML_BOUNDS.phase, { input: 'phase-file', file: 'p.md', lineOffset: 1 });
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).render()).toBe('phase-file: p.md:65: a phase document nested deeper than 64 levels; not parsed');
  });
});
