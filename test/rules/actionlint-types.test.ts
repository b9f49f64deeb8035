/**
 * The typed-expression rules against actionlint's own test data (test/fixtures/actionlint-types,
 * see its README): on each `err/` file our expression findings are on exactly the lines of the
 * `[expression]` errors of actionlint's `.out` file; the `ok/` files give no expression finding.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { RULES } from '../../src/core/workflows/rules/index.js';
import { loadFile } from '../../src/core/workflows/parse.js';
import { lint } from '../../src/core/workflows/lint.js';

const DIR = path.join(process.cwd(), 'test/fixtures/actionlint-types');

/** The rules that say what actionlint's `expression` check says (parser messages, types, step and job references). */
const EXPRESSION_RULES = new Set(['PG102', 'PG103', 'PG104', 'PG105', 'PG106', 'PG107', 'PG108', 'PG112', 'PG113']);

async function expressionLines(dir: string, file: string): Promise<number[]> {
  const parsed = await loadFile(path.join(dir, file), file);
  const findings = await lint([parsed], { workspace: dir, rules: RULES });
  // actionlint does not type github.event by the triggers: those findings of ours have no counterpart there.
  const beyond = (f: { ruleId: string; message: string }) => f.ruleId === 'PG105' && / is not in the payload of | is not defined in github\.event/.test(f.message);
  return [...new Set(findings.filter((f) => EXPRESSION_RULES.has(f.ruleId) && !beyond(f)).map((f) => f.line))].sort((a, b) => a - b);
}

/** Lines of `[expression]` errors of `file` in an actionlint `.out` file (plain or `/regex/` lines; a regex may leave the kind out). */
function actionlintLines(out: string, file = 'test.yaml'): number[] {
  // A regex line escapes its dots: read it without backslashes.
  const name = file.replace(/\./g, '\\.');
  const lines = out
    .split('\n')
    .filter((l) => l.trim() && !/\[(?!expression)[a-z-]+\\?\]\/?$/.test(l))
    .map((l) => Number(new RegExp(`^/?${name}:(\\d+):`).exec(l.replace(/\\/g, ''))?.[1]))
    .filter((n) => n > 0);
  return [...new Set(lines)].sort((a, b) => a - b);
}

const errDir = path.join(DIR, 'err');
const errFiles = readdirSync(errDir).filter((f) => f.endsWith('.yaml'));
const okDir = path.join(DIR, 'ok');
const okFiles = readdirSync(okDir).filter((f) => f.endsWith('.yaml'));
const projectsDir = path.join(DIR, 'projects');
const projects = readdirSync(projectsDir).filter((f) => !f.endsWith('.out'));

describe("actionlint's expression test data", () => {
  it('has the files the README lists', () => {
    expect(errFiles.length + okFiles.length + projects.length).toBeGreaterThanOrEqual(15);
    const readme = readFileSync(path.join(DIR, 'README.md'), 'utf8');
    for (const f of [...errFiles.map((f) => `err/${f}`), ...okFiles.map((f) => `ok/${f}`), ...projects.map((p) => `projects/${p}/`)]) expect(readme).toContain(f);
  });

  it.each(errFiles)('err/%s: findings on the lines of its .out', async (file) => {
    const expected = actionlintLines(readFileSync(path.join(errDir, file.replace(/\.yaml$/, '.out')), 'utf8'));
    expect(expected.length).toBeGreaterThan(0);
    expect(await expressionLines(errDir, file)).toEqual(expected);
  });

  it.each(projects)('projects/%s: findings in workflows/test.yaml on the lines of its .out', async (project) => {
    const expected = actionlintLines(readFileSync(path.join(projectsDir, `${project}.out`), 'utf8'), 'workflows/test.yaml');
    expect(expected.length).toBeGreaterThan(0);
    expect(await expressionLines(path.join(projectsDir, project), 'workflows/test.yaml')).toEqual(expected);
  });

  it.each(okFiles)('ok/%s: no expression finding', async (file) => {
    expect(await expressionLines(okDir, file)).toEqual([]);
  });
});
