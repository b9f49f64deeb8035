/**
 * Runs the rules over a fixture directory the way the action does (the directory is the
 * workspace), returning compiler-like lines. Shared by the rule tests and the docs test.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { RULES, familyOf } from '../../src/core/workflows/rules/index.js';
import type { Rule } from '../../src/core/workflows/rule.js';
import { loadFile } from '../../src/core/workflows/parse.js';
import { lint, formatFinding, type Finding } from '../../src/core/workflows/lint.js';
import { parseConfig } from '../../src/core/workflows/config.js';
import { createGitHubState, startGitHubServer, type GitHubState, type RepoSpec } from '../support/github-server.js';
import { actionAdvisory, type ActionAdvisorySpec } from '../support/github-fixtures.js';
import { testClient } from '../support/github-client.js';

/**
 * github-api.json of a fixture directory: what the GitHub API knows about the actions the
 * fixtures use, served by the local API server of test/support for the online rules (PG240–PG245).
 */
interface GitHubApiFixture {
  repos: Record<
    string,
    {
      defaultBranch?: string;
      archived?: boolean;
      /** Branch name → head commit. */
      branches?: Record<string, string>;
      /** Tag name → commit (peeled), in the order GET /tags lists them. */
      tags?: Record<string, string>;
      tagObjects?: RepoSpec['tagObjects'];
      /** Commit → parents: the history compare reads. */
      commits?: Record<string, string[]>;
      /** Commit → path in the repository → the fixture file (relative to github-api.json) GET contents serves as it. */
      files?: Record<string, Record<string, string>>;
    }
  >;
  advisories?: ActionAdvisorySpec[];
}

/** The state of the local API server that a fixture directory's github-api.json describes. */
export function gitHubApiState(file: string): GitHubState {
  const api = JSON.parse(readFileSync(file, 'utf8')) as GitHubApiFixture;
  const repos: Record<string, RepoSpec> = {};
  for (const [name, r] of Object.entries(api.repos)) {
    const branches = r.branches ?? {};
    const files = Object.fromEntries(
      Object.entries(r.files ?? {}).map(([sha, paths]) => [sha, Object.fromEntries(Object.entries(paths).map(([p, f]) => [p, readFileSync(path.join(path.dirname(file), f), 'utf8')]))])
    );
    repos[name] = { private: false, defaultBranch: r.defaultBranch ?? 'main', archived: r.archived, branches: Object.keys(branches), refs: branches, tags: r.tags, tagObjects: r.tagObjects, commits: r.commits, files };
  }
  return createGitHubState({ repos, advisories: (api.advisories ?? []).map(actionAdvisory) });
}

/** Runs `run` with a client of a local API server serving `file`; the server must see no contract error. */
async function withGitHubApi<T>(file: string, run: (client: ReturnType<typeof testClient> | undefined) => Promise<T>): Promise<T> {
  if (!existsSync(file)) return run(undefined);
  const server = await startGitHubServer(gitHubApiState(file));
  try {
    const result = await run(testClient(server));
    server.assertNoContractErrors();
    return result;
  } finally {
    await server.close();
  }
}

export const RULES_FIXTURES = path.join(process.cwd(), 'test/fixtures/rules');

/** A rule's fixture directory, relative to the project: test/fixtures/rules/<family>/<rule>. */
export function ruleFixturePath(rule: Rule): string {
  return `test/fixtures/rules/${familyOf(rule).name}/${rule.name}`;
}

/** A rule's fixture directory, absolute. */
export function ruleFixtureDir(rule: Rule): string {
  return path.join(process.cwd(), ruleFixturePath(rule));
}

/**
 * Lints `files` (relative to `dir`) with every rule, and `enable` too when it is an opt-in rule;
 * the findings and their lines.
 */
export async function lintFixture(dir: string, files: string[], enable?: Rule): Promise<{ findings: Finding[]; lines: string[] }> {
  const parsed = await Promise.all(files.map((f) => loadFile(path.join(dir, f), f)));
  // required-checks.json (required-checks.good.json for good files, when there is one): the base
  // branch's required checks, as the API would give them (PG4xx).
  const goodFile = path.join(dir, 'required-checks.good.json');
  const checksFile = files.every((f) => f.startsWith('good')) && existsSync(goodFile) ? goodFile : path.join(dir, 'required-checks.json');
  const checks = existsSync(checksFile) ? JSON.parse(readFileSync(checksFile, 'utf8')) : undefined;
  const requiredChecks = checks && { expected: checks.expected, read: async () => ({ branch: checks.branch, required: checks.required }) };
  const ruleSettings = enable?.optIn ? new Map([[enable.id, enable.level]]) : undefined;
  // phase-gates.yml: the rule settings of the config file, for rules that read them.
  const configFile = path.join(dir, 'phase-gates.yml');
  const settings = existsSync(configFile) ? parseConfig(readFileSync(configFile, 'utf8'), 'phase-gates.yml', 'config', RULES).settings : undefined;
  const findings = await withGitHubApi(path.join(dir, 'github-api.json'), (github) => lint(parsed, { workspace: dir, rules: RULES, requiredChecks, ruleSettings, settings, github }));
  return { findings, lines: findings.map(formatFinding) };
}

/** The bad and good workflow fixtures at the top of a rule's directory. */
export function fixtureFiles(dir: string): { bad: string[]; good: string[] } {
  const names = readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).sort();
  return { bad: names.filter((f) => f.startsWith('bad')), good: names.filter((f) => f.startsWith('good')) };
}
