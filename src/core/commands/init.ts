/**
 * `phase-gates init --provider P`: writes a workflow (on pull requests: workflows_validation and
 * gates_enforcer, the required checks; on pushes to the default branch: staging then production,
 * with smoke tests and rollback), the Phase 06 document and the workflows-validation settings into
 * the workspace, adds our output files to its .gitignore, plus `deploy.sh` / `rollback.sh`
 * skeletons for provider `command`. What it writes fits the repository: its test runner, its name
 * and default branch. Every target is checked before anything is written: an existing file is
 * refused without `force`, and nothing is written then. Files are written atomically.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Host } from '../host.js';
import { UserError } from '../errors.js';
import { input, booleanInput } from '../inputs.js';
import { resolveInWorkspace, writeFileAtomic } from '../files.js';
import type { CommandResult } from './gates.js';
import { profile, URL_SETTING, type ProviderProfile } from '../init/providers.js';
import { PROVIDERS, type ProviderName } from '../deploy/provider.js';
import { resolveActionsRef, SYSTEM_REF_ENVIRONMENT, type ActionsRef, type RefEnvironment } from '../init/ref.js';
import { deployWorkflow, INIT_PATHS, JOBS } from '../init/workflow.js';
import { phaseDocument } from '../init/phase.js';
import { validationConfig } from '../init/config.js';
import { deployScript, rollbackScript } from '../init/scripts.js';
import { InitInputs } from '../init/inputs.js';
import { appName, readTarget, type TargetRepository } from '../init/target.js';
import { testPlan, type TestPlan } from '../init/project.js';
import { requiredCheckNames } from '../init/checks.js';
import { ignoreEntries, mergeGitignore } from '../init/gitignore.js';

export { InitInputs };

/** One file init writes. */
interface Target {
  /** Relative to the workspace, with forward slashes. */
  path: string;
  content: string;
  executable?: boolean;
  /** Written only when absent, never overwritten (the user's own scripts). */
  onlyIfAbsent?: boolean;
  what: string;
}

export interface InitFile {
  path: string;
  status: 'written' | 'overwritten' | 'updated' | 'kept' | 'removed';
  what: string;
}

export interface InitResult extends CommandResult {
  files: InitFile[];
  ref: ActionsRef;
  target: TargetRepository;
  plan: TestPlan;
  /** The status checks the next steps ask to require, as GitHub names them. */
  requiredChecks: string[];
}

/** What `runInit` needs besides the host; tests give their own package root and git. */
export interface InitDependencies {
  ref: RefEnvironment;
}

/** Files a provider writes besides the shared ones, with the text init writes into them. */
function providerFiles(name: ProviderName): Target[] {
  if (name !== 'command') return [];
  return [
    { path: INIT_PATHS.deployScript, content: deployScript(), executable: true, onlyIfAbsent: true, what: 'deploy script skeleton: fill it in' },
    { path: INIT_PATHS.rollbackScript, content: rollbackScript(), executable: true, onlyIfAbsent: true, what: 'rollback script skeleton: fill it in' }
  ];
}

/** The provider an existing workflow was written for, from its header or its deploy step. */
function writtenFor(workflow: string): ProviderName | undefined {
  const name = /^# Written by `phase-gates init --provider ([a-z0-9-]+)`/m.exec(workflow)?.[1] ?? /^\s+provider: ([a-z0-9-]+)\s*$/m.exec(workflow)?.[1];
  return name && (PROVIDERS as readonly string[]).includes(name) ? (name as ProviderName) : undefined;
}

async function existing(file: string, shown: string): Promise<'file' | 'directory' | undefined> {
  try {
    const stat = await fs.stat(file);
    return stat.isDirectory() ? 'directory' : 'file';
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return undefined;
    if (code === 'ENOTDIR') throw new UserError('a parent of this path is a file; nothing written', { file: shown });
    throw err;
  }
}

interface StepContext {
  p: ProviderProfile;
  ref: ActionsRef;
  target: TargetRepository;
  plan: TestPlan;
  requiredChecks: string[];
}

function nextSteps({ p, ref, target, plan, requiredChecks }: StepContext): string[] {
  const settings = (list: { name: string; what: string }[]) => list.map((s) => `     - ${s.name}: ${s.what}`);
  const branch = target.defaultBranch;
  const steps: string[] = [];
  let n = 1;
  steps.push(
    `${n++}. Create the GitHub environments \`staging\` and \`production\` (Settings → Environments). Give \`production\``,
    `   required reviewers and limit its deployment branches to \`${branch}\`: deploy's Approvals check refuses`,
    `   production until it has both.`
  );
  if (p.secrets.length) steps.push(`${n++}. In each environment, create the secrets (each environment its own values):`, ...settings(p.secrets));
  steps.push(`${n++}. Edit the settings at the top of each deploy job of ${INIT_PATHS.workflow} (env:, example values):`, ...settings([URL_SETTING, ...p.settings]));
  if (p.oidc) {
    const repo = target.slug ?? 'OWNER/REPO';
    steps.push(
      `${n++}. Trust GitHub OIDC for this repository's environments only (subjects repo:${repo}:environment:staging`,
      `   and repo:${repo}:environment:production), with the least privileges the deploy needs.`
    );
  }
  if (p.name === 'command') steps.push(`${n++}. Fill in ${INIT_PATHS.deployScript} and ${INIT_PATHS.rollbackScript}: they fail until you do.`);
  if (p.name !== 'command' && p.name !== 'vercel') steps.push(`${n++}. Have your build push the image IMAGE:<commit sha> before this workflow deploys it.`);
  steps.push(`${n++}. The tests step of ${JOBS.gates} runs ${plan.runner === 'none' ? 'no tests yet' : plan.runner} (${plan.evidence}) and the gates read ${plan.coverage}:`);
  steps.push(...plan.test.split('\n').map((l) => `     ${l}`));
  for (const note of plan.notes) steps.push(`   ${note}`);
  steps.push(
    `${n++}. Protect ${branch} (Settings → Branches or Rules) and require these status checks, which the workflow runs on`,
    `   every pull request: ${requiredChecks.join(', ')}`,
    `${n++}. Keep a CHANGELOG.md (Keep a Changelog) with an entry for each release tag: production refuses a tagged`,
    `   version without one (require-changelog). Staging rehearses each release's rollback, which production requires.`,
    `${n++}. Run \`phase-gates validate\`, then commit the files.`
  );
  if (!ref.release) {
    steps.push(`   Our actions are pinned to ${ref.repository}@${ref.sha}, which is not a release tag: prefer --ref ${ref.repository}@<sha of a release tag>.`);
  }
  return steps;
}

export async function runInit(host: Host, deps: InitDependencies = { ref: SYSTEM_REF_ENVIRONMENT }): Promise<InitResult> {
  const providerName = input(host, InitInputs.Provider);
  if (!providerName) throw new UserError('required and not supplied', { input: InitInputs.Provider, hint: `one of ${PROVIDERS.join(', ')}` });
  const p = profile(providerName);
  if (!p) throw new UserError(`unknown provider ${JSON.stringify(providerName)}`, { input: InitInputs.Provider, hint: `one of ${PROVIDERS.join(', ')}` });
  const force = booleanInput(host, InitInputs.Force, false);

  const workspace = host.workspace;
  if ((await existing(path.resolve(workspace), workspace).catch(() => undefined)) !== 'directory') {
    throw new UserError(`not a directory: ${workspace}`, { input: 'workspace' });
  }
  const ref = await resolveActionsRef(input(host, InitInputs.Ref), InitInputs.Ref, deps.ref);
  const target = await readTarget(workspace, deps.ref.git);
  const plan = testPlan(workspace);

  const workflow = deployWorkflow({ profile: p, ref, app: appName(target.name), plan, target, command: `phase-gates init --provider ${p.name}` });
  const requiredChecks = await requiredCheckNames(workflow, INIT_PATHS.workflow);
  const targets: Target[] = [
    { path: INIT_PATHS.workflow, content: workflow, what: `the workflow: ${JOBS.validation} and ${JOBS.gates} on pull requests; ${JOBS.staging} → ${JOBS.production} on ${target.defaultBranch}` },
    { path: INIT_PATHS.phase, content: phaseDocument({ profile: p, plan, target, ref, requiredChecks }), what: 'the Phase 06 document, its gates and Run Commands' },
    { path: INIT_PATHS.config, content: validationConfig(), what: 'workflows-validation settings' },
    ...providerFiles(p.name)
  ];

  // Every target first: nothing is written unless all of them can be.
  const plans: { target: Target; abs: string; exists: boolean }[] = [];
  const conflicts: string[] = [];
  for (const t of targets) {
    const abs = resolveInWorkspace(workspace, t.path, 'workspace');
    const kind = await existing(abs, t.path);
    if (kind === 'directory') throw new UserError('is a directory; nothing written', { file: t.path });
    if (kind && !t.onlyIfAbsent) conflicts.push(t.path);
    plans.push({ target: t, abs, exists: kind !== undefined });
  }
  if (conflicts.length && !force) {
    const [first, ...rest] = conflicts;
    throw new UserError(`already exists${rest.length ? ` (and ${rest.join(', ')})` : ''}; nothing written`, {
      file: first,
      hint: 'use --force to overwrite'
    });
  }
  const gitignoreAbs = resolveInWorkspace(workspace, INIT_PATHS.gitignore, 'workspace');
  const gitignoreKind = await existing(gitignoreAbs, INIT_PATHS.gitignore);
  if (gitignoreKind === 'directory') throw new UserError('is a directory; nothing written', { file: INIT_PATHS.gitignore });
  const gitignoreBefore = gitignoreKind ? await fs.readFile(gitignoreAbs, 'utf8') : undefined;
  const gitignoreAfter = mergeGitignore(gitignoreBefore, ignoreEntries(plan));

  // Switching providers: what the previous one wrote and this one does not write goes, if it is
  // still what init wrote; a script the user has edited is theirs, and stays.
  const removals: { abs: string; file: InitFile }[] = [];
  const workflowPlan = plans[0];
  const previous = workflowPlan.exists ? writtenFor(await fs.readFile(workflowPlan.abs, 'utf8')) : undefined;
  if (previous && previous !== p.name) {
    const now = new Set(targets.map((t) => t.path));
    for (const old of providerFiles(previous).filter((t) => !now.has(t.path))) {
      const abs = resolveInWorkspace(workspace, old.path, 'workspace');
      if ((await existing(abs, old.path)) !== 'file') continue;
      const unchanged = (await fs.readFile(abs, 'utf8')) === old.content;
      removals.push({
        abs: unchanged ? abs : '',
        file: unchanged
          ? { path: old.path, status: 'removed', what: `written for provider ${previous}, unused by ${p.name}` }
          : { path: old.path, status: 'kept', what: `edited since init wrote it for provider ${previous}; unused by ${p.name}: remove it yourself` }
      });
    }
  }

  const files: InitFile[] = [];
  for (const { target: t, abs, exists } of plans) {
    if (exists && t.onlyIfAbsent) {
      files.push({ path: t.path, status: 'kept', what: 'already there, left as it is' });
      continue;
    }
    await writeFileAtomic(abs, t.content, t.executable ? 0o755 : 0o644);
    files.push({ path: t.path, status: exists ? 'overwritten' : 'written', what: t.what });
  }
  if (gitignoreAfter !== undefined) await writeFileAtomic(gitignoreAbs, gitignoreAfter, 0o644);
  files.push({
    path: INIT_PATHS.gitignore,
    status: gitignoreAfter === undefined ? 'kept' : gitignoreBefore === undefined ? 'written' : 'updated',
    what: gitignoreAfter === undefined ? 'already ignores the files phase-gates writes' : 'ignores the files phase-gates writes'
  });
  for (const r of removals) {
    if (r.abs) await fs.rm(r.abs);
    files.push(r.file);
  }

  const width = Math.max(...files.map((f) => f.path.length));
  const lines = [
    `phase-gates init --provider ${p.name} (${p.title}), in ${workspace}:`,
    ...files.map((f) => `  ${f.status.padEnd(11)} ${f.path.padEnd(width)}  ${f.what}`),
    '',
    `Repository: ${target.slug ?? target.name}; deploys from ${target.defaultBranch} (${target.branchFrom}).`,
    `Tests: ${plan.runner === 'none' ? 'none found' : plan.runner} (${plan.evidence}), coverage in ${plan.coverage}.`,
    `Production strategy: ${p.productionStrategy}.`,
    `Our actions: ${ref.repository}@${ref.sha} # ${ref.version}, from ${ref.from}.`,
    '',
    'Next steps:',
    ...nextSteps({ p, ref, target, plan, requiredChecks })
  ];
  await host.appendSummary(lines.join('\n'));
  host.setOutput('files', files.filter((f) => f.status !== 'kept').map((f) => f.path).join(','));
  return { ok: true, files, ref, target, plan, requiredChecks };
}
