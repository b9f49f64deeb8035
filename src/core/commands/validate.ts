/**
 * workflows-validation: parses the workflows and action metadata named by `paths` with GitHub's
 * own parser, runs every rule of src/core/workflows/rules/, and reports the findings as annotations, a job
 * summary, SARIF 2.1.0 and the SPEC outputs. One broken file never hides the findings of the others.
 */
import path from 'node:path';
import type { Host, AnnotationLevel } from '../host.js';
import { UserError } from '../errors.js';
import { ValidationInputs as I, ValidationOutputs as O, Defaults } from '../constants.js';
import { input } from '../inputs.js';
import { displayPath, expandGlobs, filesUnder, resolveInWorkspace, resolveOutputInWorkspace, splitList, writeFileAtomic } from '../files.js';
import type { CommandResult } from './gates.js';
import { RULES, docsAnchor } from '../workflows/rules/index.js';
import { ONLINE_RULES, TABLE_OR_API_RULES } from '../workflows/rules/supply-chain/index.js';
import { loadFile, type ParsedFile } from '../workflows/parse.js';
import { lint, formatActionlint, type Finding } from '../workflows/lint.js';
import { loadConfig, globToRegExp } from '../workflows/config.js';
import type { RequiredChecksSource, RequiredChecksState, Rule } from '../workflows/rule.js';
import type { GitHubClient } from '../github/client.js';
import { toSarif } from '../workflows/output/sarif.js';
import { renderSummary } from '../workflows/output/summary.js';
import { capFindings, omittedLines } from '../workflows/output/cap.js';

/**
 * The default `paths`: the SPEC's, every local action under `.github/` (GitHub's conventions put
 * them in `.github/actions/<name>/`, and nested groups such as `.github/actions/ci/setup/` are
 * common) and the `.yaml` spelling the runner also reads.
 */
export const DEFAULT_PATHS = [
  '.github/workflows/*.yml',
  '.github/workflows/*.yaml',
  '.github/**/action.yml',
  '.github/**/action.yaml',
  'action.yml',
  'action.yaml',
  'actions/*/action.yml',
  'actions/*/action.yaml'
];

/** The SPEC's default config file. */
export const DEFAULT_CONFIG = '.github/phase-gates.yml';

export const VALIDATION_REPORT_SCHEMA = 'phase-gates/validation-report@1';

export type FailOn = 'error' | 'warning' | 'never';

export interface ValidationReport {
  schema: typeof VALIDATION_REPORT_SCHEMA;
  valid: boolean;
  errorCount: number;
  warningCount: number;
  noteCount: number;
  files: string[];
  /** How many findings there are in all; `findings` holds the ones shown (output/cap.ts). */
  findingCount: number;
  /** By file, how many findings are not in `findings`. */
  omitted: { file: string; count: number }[];
  findings: { rule: string; name: string; level: string; file: string; line: number; column: number; message: string }[];
}

export interface ValidateResult extends CommandResult {
  findings: Finding[];
  report: ValidationReport;
  /** The SARIF 2.1.0 log written to `sarif-path` (the command line prints it with `--format sarif`). */
  sarif: unknown;
}

function failOnInput(host: Host): FailOn {
  const v = input(host, I.FailOn, 'error').toLowerCase();
  if (v === 'error' || v === 'warning' || v === 'never') return v;
  throw new UserError(`must be error, warning or never, not ${JSON.stringify(v)}`, { input: I.FailOn });
}

/**
 * A directory in `paths` means the workflows and action metadata under it: the `.yml`/`.yaml` files
 * directly in each `.github/workflows` (GitHub reads no subdirectory there), the directory itself
 * when it is one, and every `action.yml`/`action.yaml`. None found is an error naming the directory.
 */
async function workflowFilesUnder(dir: string, shown: string): Promise<string[]> {
  const isWorkflowsDir = (d: string) => path.basename(d) === 'workflows' && path.basename(path.dirname(d)) === '.github';
  const files = (await filesUnder(dir, shown, I.Paths)).filter(
    (f) => /^action\.ya?ml$/.test(path.basename(f)) || (isWorkflowsDir(path.dirname(f)) && /\.ya?ml$/.test(f))
  );
  if (files.length === 0) {
    throw new UserError(`${shown} is a directory with no workflow (.github/workflows/*.yml) or action.yml under it`, { input: I.Paths });
  }
  return files;
}

/**
 * The files of `paths`, inside the workspace. With the default paths (also when the runner passes
 * action.yml's default), a pattern that matches nothing is normal (not every repository has
 * actions/); a pattern the user gave must match. A directory means the workflow files under it.
 */
async function selectFiles(host: Host, ignore: RegExp[]): Promise<string[]> {
  const given = input(host, I.Paths);
  const patterns = given ? splitList(given) : DEFAULT_PATHS;
  const defaults = patterns.length === DEFAULT_PATHS.length && patterns.every((p, i) => p === DEFAULT_PATHS[i]);
  const excludes = patterns.filter((p) => p.startsWith('!'));
  const found = new Set<string>();
  for (const pattern of patterns.filter((p) => !p.startsWith('!'))) {
    try {
      for (const f of await expandGlobs(host.workspace, [pattern, ...excludes].join('\n'), I.Paths, workflowFilesUnder)) found.add(f);
    } catch (err) {
      if (err instanceof UserError && /^no file matches/.test(err.message) && defaults) continue;
      throw err;
    }
  }
  const files = [...found].filter((f) => !ignore.some((re) => re.test(displayPath(host.workspace, f))));
  if (files.length === 0) {
    throw new UserError(`no workflow or action file to check (patterns: ${patterns.join(', ')})`, { input: I.Paths });
  }
  return files.sort();
}

/** The SPEC's default `required-checks`. */
export const DEFAULT_REQUIRED_CHECKS = ['workflows_validation', 'gates_enforcer'];

/**
 * The base branch's required checks (branch protection ∪ rules for the branch), read through the
 * API when a token is given; undefined without one. The client is loaded only then.
 */
function requiredChecksSource(host: Host, token: string): RequiredChecksSource | undefined {
  const given = input(host, I.RequiredChecks);
  const expected = given ? splitList(given) : DEFAULT_REQUIRED_CHECKS;
  const branchGiven = input(host, I.BaseBranch) || host.env.GITHUB_BASE_REF?.trim() || '';
  if (!token) return undefined;
  return {
    expected,
    async read(): Promise<RequiredChecksState> {
      const { createGitHubClient, clientOptionsFromEnv, repoFromEnv, withGitHubErrors } = await import('../github/client.js');
      const { owner, repo } = repoFromEnv({ GITHUB_SHA: '-', ...host.env });
      const client = createGitHubClient({ token, ...clientOptionsFromEnv(host.env), log: (m) => host.info(m) });
      const ctx = (doing: string) => ({ input: I.Token, doing, notFoundHint: 'check GITHUB_REPOSITORY and the `base-branch` input' });
      const branch =
        branchGiven ||
        (await withGitHubErrors(client, ctx(`reading repository ${owner}/${repo}`), async () => (await client.rest.repos.get({ owner, repo })).data.default_branch));
      const required = new Set<string>();
      let partial = false;
      const status = (err: unknown) => (err instanceof Error && typeof (err as { status?: unknown }).status === 'number' ? (err as unknown as { status: number }).status : 0);
      await withGitHubErrors(client, ctx(`reading branch protection of ${owner}/${repo}@${branch}`), async () => {
        try {
          const { data } = await client.rest.repos.getBranchProtection({ owner, repo, branch });
          for (const c of data.required_status_checks?.contexts ?? []) required.add(c);
          for (const c of data.required_status_checks?.checks ?? []) required.add(c.context);
        } catch (err) {
          if (status(err) === 404) return; // not protected
          if (status(err) === 403 && !/rate limit/i.test(String((err as Error).message))) {
            partial = true; // GITHUB_TOKEN cannot read branch protection (administration)
            host.info(`branch protection of ${branch} not readable with this token (needs administration read); required checks from rulesets only`);
            return;
          }
          throw err;
        }
      });
      await withGitHubErrors(client, ctx(`reading the rules of ${owner}/${repo}@${branch}`), async () => {
        const rules = await client.paginate(client.rest.repos.getBranchRules, { owner, repo, branch, per_page: 100 });
        for (const r of rules as { type: string; parameters?: { required_status_checks?: { context: string }[] } }[]) {
          if (r.type !== 'required_status_checks') continue;
          for (const c of r.parameters?.required_status_checks ?? []) required.add(c.context);
        }
      });
      const list = [...required].sort();
      host.info(`required checks of ${branch}: ${list.join(', ') || 'none'}${partial ? ' (rulesets only)' : ''}`);
      return { branch, required: list, partial };
    }
  };
}

/**
 * The client of the rules that read the API; without a token, one line says which did not run or
 * fell back to the stored table (nothing when the config turned them all off).
 */
async function onlineClient(host: Host, token: string, isOn: (rule: Rule) => boolean): Promise<GitHubClient | undefined> {
  const online = ONLINE_RULES.filter(isOn).map((r) => r.name);
  const tabled = TABLE_OR_API_RULES.filter(isOn).map((r) => r.name);
  if (!online.length && !tabled.length) return undefined;
  if (!token) {
    const said = [
      online.length ? `online audits did not run (${online.join(', ')})` : '',
      tabled.length ? `${tabled.join(' and ')} used the stored table of popular actions, not each action.yml at its ref` : ''
    ];
    host.info(`${said.filter(Boolean).join('; ')}: no \`token\` input to read the GitHub API`);
    return undefined;
  }
  const { createGitHubClient, clientOptionsFromEnv } = await import('../github/client.js');
  return createGitHubClient({ token, ...clientOptionsFromEnv(host.env), log: (m) => host.info(m) });
}

const ANNOTATION: Record<Finding['level'], AnnotationLevel> = { error: 'error', warning: 'warning', note: 'notice' };

export async function runValidate(host: Host): Promise<ValidateResult> {
  const workspace = host.workspace;
  const failOn = failOnInput(host);
  const sarifGiven = input(host, I.SarifPath, Defaults.ValidationSarif);
  const sarifFile = resolveOutputInWorkspace(workspace, sarifGiven, I.SarifPath);
  const token = input(host, I.Token);
  if (token) host.setSecret(token);

  const configGiven = input(host, I.Config);
  const configFile = resolveInWorkspace(workspace, configGiven || DEFAULT_CONFIG, I.Config);
  // Missing is fine at the default path, also when the runner passes action.yml's default.
  const configRequired = Boolean(configGiven) && path.normalize(configGiven) !== path.normalize(DEFAULT_CONFIG);
  const config = await loadConfig(configFile, displayPath(workspace, configFile), I.Config, configRequired, RULES);

  const files = await selectFiles(host, config.ignore.map(globToRegExp));
  const parsed: ParsedFile[] = [];
  for (const abs of files) parsed.push(await loadFile(abs, displayPath(workspace, abs)));
  const requiredChecks = requiredChecksSource(host, token);
  if (!requiredChecks) host.info('required checks not verified: no `token` input to read the base branch protection and rulesets');
  const github = await onlineClient(host, token, (r) => config.rules.get(r.id) !== 'off');
  const findings = await lint(parsed, { workspace, rules: RULES, ruleSettings: config.rules, settings: config.settings, requiredChecks, github });

  // Shown: at most 100 findings a file and 1,000 a run (errors first); the counts are of all.
  const capped = capFindings(findings);
  const omitted = omittedLines(capped);
  const errorCount = findings.filter((f) => f.level === 'error').length;
  const warningCount = findings.filter((f) => f.level === 'warning').length;
  const valid = errorCount === 0;
  const report: ValidationReport = {
    schema: VALIDATION_REPORT_SCHEMA,
    valid,
    errorCount,
    warningCount,
    noteCount: findings.length - errorCount - warningCount,
    files: parsed.map((p) => p.source.path),
    findingCount: findings.length,
    findings: capped.shown.map((f) => ({ rule: f.ruleId, name: f.ruleName, level: f.level, file: f.file, line: f.line, column: f.column, message: f.message })),
    omitted: [...capped.omitted].map(([file, count]) => ({ file, count }))
  };

  const sarif = toSarif(capped.shown, { rules: RULES, docsAnchor, omitted });
  await writeFileAtomic(sarifFile, JSON.stringify(sarif, null, 2) + '\n');

  host.setOutput(O.Valid, String(valid));
  host.setOutput(O.ErrorCount, String(errorCount));
  host.setOutput(O.WarningCount, String(warningCount));
  host.setOutput(O.SarifPath, displayPath(workspace, sarifFile));
  host.setOutput(O.Report, JSON.stringify(report));

  // actionlint's lines (`file:line:col: message [PGxxx]`) for the log and the terminal, each
  // finding once; annotations where the runner reads them.
  for (const f of capped.shown) host.info(formatActionlint(f));
  for (const line of omitted) host.info(line);
  if (host.env.GITHUB_ACTIONS === 'true') {
    for (const f of capped.shown) {
      host.annotate(ANNOTATION[f.level], f.message, { file: f.file, startLine: f.line, startColumn: f.column, title: `${f.ruleId} ${f.ruleName}` });
    }
    for (const line of omitted) host.annotate('notice', line, { title: 'findings not shown' });
  }
  // On a terminal the summary would print every finding a second time: the lines above are it.
  if (!host.summaryInline) await host.appendSummary(renderSummary(findings, capped, parsed.length, valid));
  host.info(`${parsed.length} file${parsed.length === 1 ? '' : 's'} checked: ${errorCount} error(s), ${warningCount} warning(s); SARIF in ${path.relative(workspace, sarifFile) || sarifFile}`);

  const failing = failOn === 'never' ? 0 : failOn === 'warning' ? errorCount + warningCount : errorCount;
  const message = failing
    ? `workflows validation failed: ${errorCount} error(s) and ${warningCount} warning(s) in ${new Set(findings.map((f) => f.file)).size} file(s) (fail-on: ${failOn})`
    : undefined;
  return { ok: failing === 0, message, findings, report, sarif };
}
