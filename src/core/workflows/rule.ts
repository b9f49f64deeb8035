/**
 * What a rule is, and what it sees. Rules are modules under src/core/rules/, one per rule, listed
 * once in src/core/rules/index.ts. Like actionlint's pass.go, a rule creates a set of hooks for a
 * run, and the visitor calls them for each file, job and step (Pre before the children, Post
 * after); a rule implements only the hooks it needs and reports a node, whose position becomes the
 * finding's line and column.
 */
import type { ActionModel, FileModel, JobModel, Node, StepModel, WorkflowModel } from './model.js';
import type { ParsedFile } from './parse.js';
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
}

/** Rule settings from the config file that part of the rules read. */
export interface RuleSettings {
  /** `allow.actions`: actions (`owner/repo`, `owner/*`) exempt from pinning rules. */
  allowActions: readonly string[];
  /** `allow.owners`: owners whose actions are trusted. */
  allowOwners: readonly string[];
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
  /**
   * Reports `message` at `node` of `file`, with this rule's id and level; `level` raises one
   * finding above the rule's default (`write-all` is worse than a missing key). A level set in the
   * config wins over both.
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
  /** After every file: findings across files (required checks produced by some job). */
  finish?(): Promise<void> | void;
}

export interface Rule extends RuleMeta {
  create(context: RuleContext): RuleHooks;
}

/** The near misses of `name` among `candidates`, for "did you mean" hints. */
export function didYouMean(name: string, candidates: Iterable<string>): string {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const d = distance(name.toLowerCase(), c.toLowerCase());
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  const limit = Math.max(1, Math.floor(name.length / 3));
  return best !== undefined && bestDistance <= Math.min(limit, 3) ? ` (did you mean "${best}"?)` : '';
}

/**
 * Optimal string alignment distance: Levenshtein plus adjacent transpositions as one edit, since
 * `buidl` for `build` is the commonest typo there is.
 */
function distance(a: string, b: string): number {
  if (a === b) return 0;
  const rows: number[][] = [Array.from({ length: b.length + 1 }, (_, j) => j)];
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      let d = Math.min(rows[i - 1][j] + 1, cur[j - 1] + 1, rows[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2][j - 2] + 1);
      cur[j] = d;
    }
    rows.push(cur);
  }
  return rows[a.length][b.length];
}

/** Quotes a list of names for a message: `"a", "b"`, or `none`. */
export function nameList(names: Iterable<string>): string {
  const list = [...names].map((n) => `"${n}"`);
  return list.length ? list.join(', ') : 'none';
}
