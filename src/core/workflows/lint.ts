/**
 * One validation run (internal to workflows-validation): parsed files in, findings out. Loads the
 * local actions and reusable workflows the files refer to, walks every file with each rule's hooks
 * (the visitor), then applies the config: disabled rules, changed levels, and inline
 * `# phase-gates-disable PGxxx` comments.
 */
import { existsSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { isLocalUses, type FileModel } from './model.js';
import { loadFile, type ParsedFile } from './parse.js';
import type { Level, Project, RequiredChecksSource, Rule, RuleContext, RuleHooks, RuleSettings } from './rule.js';
import type { GitHubClient } from '../github/client.js';
import { ZIZMOR_AUDITS } from './rules/peers.js';

/** A finding: a rule's verdict at a file, line and column. */
export interface Finding {
  ruleId: string;
  ruleName: string;
  level: Level;
  message: string;
  /** Relative to the workspace, forward slashes. */
  file: string;
  line: number;
  column: number;
}

/** How the config changes a rule: `off`, or another level. */
export type RuleSetting = Level | 'off';

export interface LintOptions {
  workspace: string;
  rules: readonly Rule[];
  /** By rule id. */
  ruleSettings?: ReadonlyMap<string, RuleSetting>;
  settings?: RuleSettings;
  /** The base branch's required checks; without it the required-checks rules stay silent. */
  requiredChecks?: RequiredChecksSource;
  /** The GitHub API for the online rules; without it they stay silent. */
  github?: GitHubClient;
}

/** The path a local `uses:` names, relative to the workspace; undefined for a remote one. */
export function localUsesPath(uses: string): string | undefined {
  if (!isLocalUses(uses)) return undefined;
  return path.posix.normalize(`./${uses.trim().slice(2)}`.replace(/\/+$/, ''));
}

/**
 * Longest message of a finding: a parser message may quote a value of any length (GitHub's own
 * template reader cuts its messages at 500 characters).
 */
export const MAX_MESSAGE_CHARS = 1000;

/** Most files loaded for local references in one run (a bound, not a limit anyone should meet). */
const MAX_LOCAL_FILES = 500;

class LocalFiles {
  private readonly models = new Map<string, FileModel | undefined>();

  constructor(
    private readonly workspace: string,
    files: readonly ParsedFile[]
  ) {
    for (const f of files) if (f.model) this.models.set(f.source.path, f.model);
  }

  /** Candidate files of a local `uses:`: the workflow itself, or a directory's action.yml. */
  private candidates(rel: string): string[] {
    return /\.ya?ml$/.test(rel) ? [rel] : [`${rel}/action.yml`, `${rel}/action.yaml`];
  }

  /** Loads every local file the models refer to, transitively (composite actions using others). */
  async preload(): Promise<void> {
    const queue = [...this.models.values()];
    while (queue.length && this.models.size < MAX_LOCAL_FILES) {
      const model = queue.shift()!;
      for (const uses of usesOf(model)) {
        const rel = localUsesPath(uses);
        if (!rel) continue;
        for (const candidate of this.candidates(rel)) {
          if (this.models.has(candidate)) break;
          const abs = this.inside(candidate);
          if (!abs || !existsSync(abs)) continue;
          const parsed = await loadFile(abs, candidate);
          this.models.set(candidate, parsed.model);
          if (parsed.model) queue.push(parsed.model);
          break;
        }
      }
    }
  }

  /** The absolute path when it stays inside the workspace (links followed), else undefined. */
  private inside(rel: string): string | undefined {
    const root = realpathSync(this.workspace);
    const abs = path.resolve(root, rel);
    try {
      const real = realpathSync(abs);
      const r = path.relative(root, real);
      return r.startsWith('..') || path.isAbsolute(r) ? undefined : real;
    } catch {
      return undefined;
    }
  }

  exists(uses: string): boolean | undefined {
    const rel = localUsesPath(uses);
    if (!rel) return undefined;
    return this.candidates(rel).some((c) => this.models.has(c) || (this.inside(c) !== undefined && existsSync(this.inside(c)!)));
  }

  get(uses: string): FileModel | undefined {
    const rel = localUsesPath(uses);
    if (!rel) return undefined;
    for (const candidate of this.candidates(rel)) if (this.models.has(candidate)) return this.models.get(candidate);
    return undefined;
  }
}

function* usesOf(model: FileModel): Generator<string> {
  if (model.kind === 'action') {
    for (const s of model.steps) if (s.uses) yield s.uses.value;
    return;
  }
  for (const job of model.jobs) {
    if (job.uses) yield job.uses.value;
    for (const s of job.steps) if (s.uses) yield s.uses.value;
  }
}

/** zizmor's audit names → the names of our rules that find the same (peers.ts). */
let zizmorNames: Map<string, readonly string[]> | undefined;

/**
 * `# zizmor: ignore[audit, …]` on a line (text may follow, as zizmor allows): the names of our
 * rules that port those audits, silenced on that line, so a repository's existing zizmor
 * suppressions hold here too (pydantic, uv and pnpm have dozens, most with a written reason).
 */
function zizmorIgnores(line: string): string[] {
  const m = /#\s*zizmor:\s*ignore\[([^\]]*)\]/.exec(line);
  if (!m) return [];
  zizmorNames ??= new Map(ZIZMOR_AUDITS.map((a) => [a.check, a.rules]));
  return m[1].split(',').flatMap((audit) => zizmorNames?.get(audit.trim()) ?? []);
}

/**
 * `# phase-gates-disable PG101, PG112` on a line: the ids it silences there (`*` for all); and
 * `# zizmor: ignore[…]`, for the rules that port those audits.
 */
function inlineDisables(text: string): Map<number, Set<string>> {
  const map = new Map<number, Set<string>>();
  if (!text.includes('phase-gates-disable') && !text.includes('zizmor:')) return map;
  const lines = text.split('\n');
  lines.forEach((line, i) => {
    const zizmor = line.includes('zizmor:') ? zizmorIgnores(line) : [];
    if (zizmor.length) map.set(i + 1, new Set([...(map.get(i + 1) ?? []), ...zizmor]));
    const m = /#\s*phase-gates-disable(?:\s+([\w\s,-]+))?\s*$/.exec(line);
    if (!m) return;
    const ids = new Set((m[1] ?? '*').split(/[\s,]+/).filter(Boolean));
    if (ids.size === 0) ids.add('*');
    const target = i + 1;
    map.set(target, new Set([...(map.get(target) ?? []), ...ids]));
    // A comment alone on its line covers the next line, as eslint-disable-next-line does.
    if (/^\s*#/.test(line)) map.set(target + 1, ids);
  });
  return map;
}

/** Runs every rule over the parsed files; findings sorted by file, line, column and rule. */
export async function lint(files: readonly ParsedFile[], options: LintOptions): Promise<Finding[]> {
  const local = new LocalFiles(options.workspace, files);
  await local.preload();
  const project: Project = { files, local: (uses) => local.get(uses), exists: (uses) => local.exists(uses) };
  const settings: RuleSettings = options.settings ?? { allowActions: [], allowOwners: [] };
  const findings: Finding[] = [];
  const active: { rule: Rule; hooks: RuleHooks }[] = [];
  for (const rule of options.rules) {
    const setting = options.ruleSettings?.get(rule.id);
    if (setting === 'off' || (rule.optIn && setting === undefined)) continue;
    const context: RuleContext = {
      project,
      settings,
      requiredChecks: options.requiredChecks,
      github: options.github,
      report(file, node, message, own) {
        const level = setting ?? own ?? rule.level;
        const text = message.length > MAX_MESSAGE_CHARS ? `${message.slice(0, MAX_MESSAGE_CHARS)}…` : message;
        findings.push({ ruleId: rule.id, ruleName: rule.name, level, message: text, file: file.path, line: node.at.line, column: node.at.column });
      }
    };
    active.push({ rule, hooks: rule.create(context) });
  }
  for (const { hooks } of active) await hooks.prepare?.();
  for (const file of files) {
    for (const { hooks } of active) hooks.file?.(file);
    const model = file.model;
    if (!model) continue;
    if (model.kind === 'workflow') {
      for (const { hooks } of active) hooks.workflowPre?.(model);
      for (const job of model.jobs) {
        for (const { hooks } of active) hooks.jobPre?.(job, model);
        for (const step of job.steps) for (const { hooks } of active) hooks.step?.(step, job, model);
        for (const { hooks } of active) hooks.jobPost?.(job, model);
      }
      for (const { hooks } of active) hooks.workflowPost?.(model);
    } else {
      for (const { hooks } of active) hooks.actionPre?.(model);
      for (const step of model.steps) for (const { hooks } of active) hooks.step?.(step, model, model);
      for (const { hooks } of active) hooks.actionPost?.(model);
    }
  }
  const dependabot = await dependabotFiles(files, options.workspace);
  for (const d of dependabot) if (d.dependabot) for (const { hooks } of active) hooks.dependabot?.(d.dependabot);
  for (const { hooks } of active) await hooks.finish?.();

  const disables = new Map([...files, ...dependabot].map((f) => [f.source.path, inlineDisables(f.source.text)]));
  const kept = findings.filter((f) => {
    const ids = disables.get(f.file)?.get(f.line);
    return !ids || !(ids.has('*') || ids.has(f.ruleId) || ids.has(f.ruleName));
  });
  return sortFindings(dedupe(kept));
}

/**
 * Dependabot configurations: those among the files, else `.github/dependabot.yml` (or `.yaml`) of
 * the workspace when there is one (read for its rules only; its reading problems are not reported).
 */
async function dependabotFiles(files: readonly ParsedFile[], workspace: string): Promise<ParsedFile[]> {
  const given = files.filter((f) => f.dependabot);
  if (given.length) return given;
  for (const name of ['.github/dependabot.yml', '.github/dependabot.yaml']) {
    const abs = path.join(workspace, name);
    if (!existsSync(abs)) continue;
    // A link out of the workspace is not the repository's configuration.
    const root = realpathSync(workspace);
    const inside = path.relative(root, realpathSync(abs));
    return inside.startsWith('..') || path.isAbsolute(inside) ? [] : [await loadFile(abs, name)];
  }
  return [];
}

function dedupe(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.file}\0${f.line}\0${f.column}\0${f.ruleId}\0${f.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Sorts by file, line, column, then rule id, as a compiler prints. */
export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0)));
}

/** `file:line:col: level [id] message`, the compiler-like line of the command line and fixtures. */
export function formatFinding(f: Finding): string {
  return `${f.file}:${f.line}:${f.column}: ${f.level} [${f.ruleId}] ${f.message}`;
}

/**
 * A finding in actionlint's form, `file:line:col: message [PGxxx]`, which its problem matcher,
 * reviewdog (`-efm="%f:%l:%c: %m"`) and editors read; a warning or note says so at the start of
 * the message (actionlint's findings are all errors).
 */
export function formatActionlint(f: Finding): string {
  const level = f.level === 'error' ? '' : `${f.level}: `;
  return `${f.file}:${f.line}:${f.column}: ${level}${f.message} [${f.ruleId}]`;
}
