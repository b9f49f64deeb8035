/**
 * What a rule is, and what it sees. Rules are modules under src/core/workflows/rules/<family>/, one
 * per rule, listed once in their family's index.ts (the registry is src/core/workflows/rules/index.ts). Like actionlint's pass.go, a rule creates a set of hooks for a
 * run, and the visitor calls them for each file, job and step (Pre before the children, Post
 * after); a rule implements only the hooks it needs and reports a node, whose position becomes the
 * finding's line and column.
 */
import type { ActionModel, DependabotModel, FileModel, JobModel, Node, StepModel, WorkflowModel } from './model.js';
import type { ParsedFile } from './parse.js';
import type { GitHubClient } from '../github/client.js';
import type { SourceFile } from './source.js';

/** A finding's level, as SARIF names them. */
export type Level = 'error' | 'warning' | 'note';

/** A rule's identity and documentation, declared once at the top of its module. */
export interface RuleMeta {
  /** Stable id, e.g. `PG112`. */
  id: string;
  /** Kebab-case name: the module file, fixture directory and docs heading share it. */
  name: string;
  level: Level;
  /** One line: what the rule finds. */
  description: string;
  /** Longer help: why it matters and how to fix it (SARIF `help`, docs/rules.md). */
  help: string;
  /**
   * A pedantic rule (zizmor's "pedantic" persona): off unless `.github/phase-gates.yml` gives it a
   * level (`rules: { anonymous-definition: note }`).
   */
  optIn?: boolean;
}

/** The files of a run and the files they refer to (local actions, reusable workflows). */
export interface Project {
  /** Every file the `paths` input selected, parsed. */
  files: readonly ParsedFile[];
  /**
   * A local action (`uses: ./path`) or reusable workflow (`uses: ./.github/workflows/x.yml`) by its
   * `uses:` value; loaded before the rules run. Undefined when it does not exist in the workspace
   * (it may come from a checkout made during the job) or does not parse.
   */
  local(uses: string): FileModel | undefined;
  /**
   * Whether the file of a local `uses:` exists in the workspace (a directory's action.yml or
   * action.yaml, or the workflow file), parsed or not; undefined for a remote `uses:`.
   */
  exists?(uses: string): boolean | undefined;
}

/** Rule settings from the config file that part of the rules read. */
export interface RuleSettings {
  /** `allow.actions`: actions (`owner/repo`, `owner/*`) exempt from pinning rules. */
  allowActions: readonly string[];
  /** `allow.owners`: owners whose actions are trusted. */
  allowOwners: readonly string[];
  /**
   * `forbidden-uses:` (zizmor's forbidden-uses configuration): only the `allow` patterns may be
   * used, or the `deny` patterns may not.
   */
  forbiddenUses?: { mode: 'allow' | 'deny'; patterns: readonly string[] };
  /** `runners.self-hosted`: labels (globs: `*`, `?`) of the organisation's self-hosted and larger runners. */
  selfHostedRunners?: readonly string[];
  /** `shellcheck:`: the lowest shellcheck level reported (default `warning`) and its executable (default `shellcheck` on PATH). */
  shellcheck?: { severity?: 'error' | 'warning' | 'info' | 'style'; path?: string };
}

/** The required status checks of the base branch, for the required-checks rules (PG4xx). */
export interface RequiredChecksSource {
  /** Names the base branch must require (the `required-checks` input). */
  expected: readonly string[];
  /** Reads the base branch and its required checks (branch protection ∪ rules); called from prepare(). */
  read(): Promise<RequiredChecksState>;
}

export interface RequiredChecksState {
  branch: string;
  required: readonly string[];
  /** True when part of them could not be read (branch protection needs more than the token has). */
  partial?: boolean;
}

export interface RuleContext {
  project: Project;
  settings: RuleSettings;
  /** Undefined when the required checks are not verified (no token). */
  requiredChecks?: RequiredChecksSource;
  /** The GitHub API, for the online rules (impostor-commit, …); undefined without a token. */
  github?: GitHubClient;
  /**
   * Reports `message` at `node` of `file`, with this rule's id and level; `level` gives one
   * finding another level than the rule's default (`write-all` is worse than a missing key; an
   * unknown runner label that may be a larger runner's is only a note). A level set in the config
   * wins over both.
   */
  report(file: SourceFile, node: Node, message: string, level?: Level): void;
}

/** Hooks a rule implements for a run; each is optional. */
export interface RuleHooks {
  /** Before anything else: async preparation, e.g. reading branch protection through the API. */
  prepare?(): Promise<void>;
  /** Every file, also those without a model (reader and parser messages). */
  file?(file: ParsedFile): void;
  workflowPre?(workflow: WorkflowModel): void;
  jobPre?(job: JobModel, workflow: WorkflowModel): void;
  /** A step of a job, or of a composite action. */
  step?(step: StepModel, owner: JobModel | ActionModel, file: FileModel): void;
  jobPost?(job: JobModel, workflow: WorkflowModel): void;
  workflowPost?(workflow: WorkflowModel): void;
  actionPre?(action: ActionModel): void;
  actionPost?(action: ActionModel): void;
  /** Dependabot's configuration: given among the files, or `.github/dependabot.y{a,}ml` of the workspace. */
  dependabot?(config: DependabotModel): void;
  /** After every file: findings across files (required checks produced by some job). */
  finish?(): Promise<void> | void;
}

export interface Rule extends RuleMeta {
  create(context: RuleContext): RuleHooks;
}

/** A family of rules: one directory of src/core/workflows/rules/ and of test/fixtures/rules/. */
export interface Family {
  /** The directory name, e.g. `supply-chain`. */
  name: string;
  /** Its heading in docs/rules.md. */
  title: string;
  /** One line: what its rules look at. */
  description: string;
  rules: readonly Rule[];
}

/** Quotes a list of names for a message: `"a", "b"`, or `none`. */
export function nameList(names: Iterable<string>, most = NAME_LIST_MOST): string {
  const list: string[] = [];
  let count = 0;
  for (const n of names) if (count++ < most) list.push(`"${n}"`);
  if (count > most) list.push(`… ${count - most} more`);
  return list.length ? list.join(', ') : 'none';
}

/** Most names a message lists (a job may need thousands; a finding stays one readable line). */
export const NAME_LIST_MOST = 10;
