/**
 * Runs the rules over a fixture directory the way the action does (the directory is the
 * workspace), returning compiler-like lines. Shared by the rule tests and the docs test.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { RULES } from '../../src/core/rules/index.js';
import { loadFile } from '../../src/core/workflows/parse.js';
import { lint, formatFinding, type Finding } from '../../src/core/workflows/lint.js';

export const RULES_FIXTURES = path.join(process.cwd(), 'test/fixtures/rules');

/** Lints `files` (relative to `dir`) with every rule; the findings and their lines. */
export async function lintFixture(dir: string, files: string[]): Promise<{ findings: Finding[]; lines: string[] }> {
  const parsed = await Promise.all(files.map((f) => loadFile(path.join(dir, f), f)));
  const findings = await lint(parsed, { workspace: dir, rules: RULES });
  return { findings, lines: findings.map(formatFinding) };
}

/** The bad and good workflow fixtures at the top of a rule's directory. */
export function fixtureFiles(dir: string): { bad: string[]; good: string[] } {
  const names = readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).sort();
  return { bad: names.filter((f) => f.startsWith('bad')), good: names.filter((f) => f.startsWith('good')) };
}
