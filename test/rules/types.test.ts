/**
 * The type system of the syntax rules (rules/syntax/types.ts, typed-expressions.ts) asked the way a
 * rule asks it, and the expressions of a value one of whose `${{ }}` does not parse.
 */
import { parseSource } from '../../src/core/workflows/parse.js';
import type { WorkflowModel } from '../../src/core/workflows/model.js';
import type { Project } from '../../src/core/workflows/rule.js';
import { checkExpression, typeName, typeOf, STRING, NUMBER, merge, arrayOf, formatPlaceholders } from '../../src/core/workflows/rules/syntax/types.js';
import { scopeOf } from '../../src/core/workflows/rules/syntax/typed-expressions.js';

const at = { line: 1, column: 1 };
const project: Project = { files: [], local: () => undefined };

async function workflow(text: string): Promise<WorkflowModel> {
  const parsed = await parseSource({ path: '.github/workflows/ci.yml', abs: '/nowhere/ci.yml', kind: 'workflow', text });
  if (parsed.model?.kind !== 'workflow') throw new Error(parsed.problems.map((p) => p.message).join('; '));
  return parsed.model;
}

const MATRIX = `on:
  workflow_dispatch:
    inputs:
      retries:
        type: number
permissions: {}
jobs:
  test:
    strategy:
      matrix:
        os: [ubuntu-latest]
        node: [20, 22]
        include:
          - os: ubuntu-latest
            experimental: true
    runs-on: \${{ matrix.os }}
    steps:
      - id: build
        run: echo "a=b" >> "$GITHUB_OUTPUT"
      - run: echo \${{ steps.build.outputs.a }}
`;

describe('the types of expressions', () => {
  it('types literals, fromJSON of a literal, and merges as actionlint does', () => {
    const scope = new Map();
    expect(typeName(typeOf({ text: `fromJSON('{"a":[1,2],"b":"x"}')`, at }, scope))).toBe('{a: array<number>; b: string}');
    expect(typeName(typeOf({ text: `format('{0}', 1)`, at }, scope))).toBe('string');
    expect(typeName(merge(STRING, NUMBER))).toBe('string');
    expect(typeName(merge(arrayOf(NUMBER), arrayOf(STRING)))).toBe('array<string>');
    expect([...formatPlaceholders('{0} {{1}} {2}')]).toEqual([0, 2]);
  });

  it('types the contexts of a job from its declarations, steps as they have run', async () => {
    const wf = await workflow(MATRIX);
    const job = wf.jobs[0];
    const inJob = scopeOf(wf, project, job);
    expect(typeName(typeOf({ text: 'matrix', at }, inJob))).toBe('{experimental: bool; node: number; os: string}');
    expect(typeName(typeOf({ text: 'inputs.retries', at }, inJob))).toBe('number');
    expect(typeName(typeOf({ text: 'github.event.inputs', at }, inJob))).toBe('{retries: string}');
    expect(typeName(typeOf({ text: 'steps', at }, inJob))).toBe('{}');
    expect(typeName(typeOf({ text: 'steps.build.outputs', at }, scopeOf(wf, project, job, 1)))).toBe('{string => string}');
    // Unknown is any, never wrong: env, vars; github.event is the workflow_dispatch payload, whose repository is known.
    expect(checkExpression({ text: "github.event.repository.full_name == env.X && vars.Y != ''", at }, inJob).problems).toEqual([]);
    expect(checkExpression({ text: 'github.event.pull_request.head', at }, inJob).problems.map((p) => p.path)).toEqual([['github', 'event']]);
  });

  it("checks configuration variable names as actionlint's expr_sema_test.go does", async () => {
    const scope = scopeOf(await workflow(MATRIX), project);
    const kinds = (text: string) => checkExpression({ text, at }, scope).problems.map((p) => p.message.split(';')[0]);
    expect(kinds('vars.FOO-BAR')).toEqual([`configuration variable name "foo-bar" can only contain letters, digits and '_'`]);
    expect(kinds('vars.GITHUB_FOOOOOOOO')).toEqual(['configuration variable name "github_foooooooo" must not start with the GITHUB_ prefix (case insensitive)']);
    expect(kinds('vars.UNKNOWN_VARIABLE')).toEqual([]);
  });

  it('reports every problem of an expression at its place', () => {
    const problems = checkExpression({ text: "startsWith(github.event, 'x') || github.evnt", at: { line: 7, column: 20 } }, scopeOfNothing());
    expect(problems.problems.map((p) => [p.kind, p.at.column])).toEqual([
      ['type', 31],
      ['property', 53]
    ]);
  });
});

function scopeOfNothing() {
  return new Map([['github', typeOf({ text: `fromJSON('{"event":{"a":1}}')`, at }, new Map())]]);
}

describe('expressions of a value one of whose ${{ }} does not parse', () => {
  it('are still found, at the places the parser gives when they all parse, on one line and in a block', async () => {
    const wf = await workflow(`on: push
permissions: {}
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - run: echo "\${{ toYaml(1) }}" \${{ steps.a.outputs.b }}
      - run: echo "\${{ toJSON(1) }}" \${{ steps.a.outputs.b }}
      - run: |
          echo \${{ (1 }}
          echo \${{ github.sha }}
      - run: |
          echo \${{ (1) }}
          echo \${{ github.sha }}
`);
    const [broken, parsed, brokenBlock, parsedBlock] = wf.jobs[0].steps.map((s) => s.expressions.map((e) => [e.text, e.at.line, e.at.column]));
    expect(broken).toEqual([
      ['toYaml(1)', 7, 24],
      ['steps.a.outputs.b', 7, 42]
    ]);
    expect(parsed.map(([, l, c]) => [l, c])).toEqual(broken.map(([, l, c]) => [Number(l) + 1, c]));
    expect(brokenBlock).toEqual([
      ['(1', 10, 20],
      ['github.sha', 11, 20]
    ]);
    expect(parsedBlock.map(([, l, c]) => [l, c])).toEqual(brokenBlock.map(([, l, c]) => [Number(l) + 3, c]));
  });
});
