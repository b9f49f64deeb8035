/**
 * `phase-gates init --provider P`: writes a deploy workflow (gates → staging → production, with
 * smoke tests and rollback), the Phase 06 document and the workflows-validation settings into the
 * workspace, plus `deploy.sh` / `rollback.sh` skeletons for provider `command`. Every target is
 * checked before anything is written: an existing file is refused without `force`, and nothing is
 * written then. Files are written atomically.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Host } from '../host.js';
import { UserError } from '../errors.js';
import { input, booleanInput } from '../inputs.js';
import { resolveInWorkspace, writeFileAtomic } from '../files.js';
import type { CommandResult } from './gates.js';
import { profile, URL_SETTING, type ProviderProfile } from '../init/providers.js';
import { PROVIDERS } from '../deploy/provider.js';
import { resolveActionsRef, SYSTEM_REF_ENVIRONMENT, type ActionsRef, type RefEnvironment } from '../init/ref.js';
import { deployWorkflow, INIT_PATHS, JOBS } from '../init/workflow.js';
import { phaseDocument } from '../init/phase.js';
import { validationConfig } from '../init/config.js';
import { deployScript, rollbackScript } from '../init/scripts.js';
import { InitInputs } from '../init/inputs.js';

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
  status: 'written' | 'overwritten' | 'kept';
  what: string;
}

export interface InitResult extends CommandResult {
  files: InitFile[];
  ref: ActionsRef;
}

/** What `runInit` needs besides the host; tests replace how the default ref is found. */
export interface InitDependencies {
  ref: RefEnvironment;
}

/** The application's name for example settings: the workspace's package.json name, else its directory's. */
async function appName(workspace: string): Promise<string> {
  let name = '';
  try {
    const pkg = JSON.parse(await fs.readFile(path.join(workspace, 'package.json'), 'utf8')) as { name?: unknown };
    if (typeof pkg.name === 'string') name = pkg.name.replace(/^@[^/]*\//, '');
  } catch {
    // no package.json: the directory name
  }
  if (!name) name = path.basename(path.resolve(workspace));
  const clean = name.toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 40).replace(/-+$/, '');
  return /^[a-z]/.test(clean) ? clean : 'app';
}

function targets(p: ProviderProfile, ref: ActionsRef, app: string): Target[] {
  const list: Target[] = [
    {
      path: INIT_PATHS.workflow,
      content: deployWorkflow({ profile: p, ref, app, command: `phase-gates init --provider ${p.name}` }),
      what: `the deploy workflow: ${JOBS.gates} → ${JOBS.staging} → ${JOBS.production}`
    },
    { path: INIT_PATHS.phase, content: phaseDocument(p), what: 'the Phase 06 document and its gates' },
    { path: INIT_PATHS.config, content: validationConfig(), what: 'workflows-validation settings' }
  ];
  if (p.name === 'command') {
    list.push(
      { path: INIT_PATHS.deployScript, content: deployScript(), executable: true, onlyIfAbsent: true, what: 'deploy script skeleton: fill it in' },
      { path: INIT_PATHS.rollbackScript, content: rollbackScript(), executable: true, onlyIfAbsent: true, what: 'rollback script skeleton: fill it in' }
    );
  }
  return list;
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

function nextSteps(p: ProviderProfile, ref: ActionsRef): string[] {
  const settings = (list: { name: string; what: string }[]) => list.map((s) => `     - ${s.name}: ${s.what}`);
  const steps: string[] = [];
  steps.push(
    '1. Create the GitHub environments `staging` and `production` (Settings → Environments). Give `production`',
    '   required reviewers and limit its deployment branches to `main`.'
  );
  if (p.secrets.length) steps.push('2. In each environment, create the secrets (each environment its own values):', ...settings(p.secrets));
  steps.push(
    `${p.secrets.length ? 3 : 2}. Edit the settings at the top of each deploy job of ${INIT_PATHS.workflow} (env:, example values):`,
    ...settings([URL_SETTING, ...p.settings])
  );
  let n = p.secrets.length ? 4 : 3;
  if (p.oidc) {
    steps.push(
      `${n++}. Trust GitHub OIDC for this repository's environments only (subjects repo:OWNER/REPO:environment:staging`,
      '   and repo:OWNER/REPO:environment:production), with the least privileges the deploy needs.'
    );
  }
  if (p.name === 'command') steps.push(`${n++}. Fill in ${INIT_PATHS.deployScript} and ${INIT_PATHS.rollbackScript}: they fail until you do.`);
  if (p.name !== 'command' && p.name !== 'vercel') steps.push(`${n++}. Have your build push the image IMAGE:<commit sha> before this workflow deploys it.`);
  steps.push(
    `${n++}. Check the tests step of ${JOBS.gates} (it runs npm test with coverage) and the provider options in the workflow.`,
    `${n++}. Make ${JOBS.gates} and workflows_validation required status checks of main (run them on pull requests too).`,
    `${n++}. Run \`phase-gates validate\`, then commit the files.`
  );
  if (ref.origin === 'checkout') steps.push(`   Our actions are pinned to ${ref.repository}@${ref.sha} (${ref.version}, the commit of this phase-gates): it must be pushed there.`);
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

  // Every target first: nothing is written unless all of them can be.
  const plan: { target: Target; abs: string; exists: boolean }[] = [];
  const conflicts: string[] = [];
  for (const target of targets(p, ref, await appName(workspace))) {
    const abs = resolveInWorkspace(workspace, target.path, 'workspace');
    const kind = await existing(abs, target.path);
    if (kind === 'directory') throw new UserError('is a directory; nothing written', { file: target.path });
    if (kind && !target.onlyIfAbsent) conflicts.push(target.path);
    plan.push({ target, abs, exists: kind !== undefined });
  }
  if (conflicts.length && !force) {
    const [first, ...rest] = conflicts;
    throw new UserError(`already exists${rest.length ? ` (and ${rest.join(', ')})` : ''}; nothing written`, {
      file: first,
      hint: 'use --force to overwrite'
    });
  }

  const files: InitFile[] = [];
  for (const { target, abs, exists } of plan) {
    if (exists && target.onlyIfAbsent) {
      files.push({ path: target.path, status: 'kept', what: 'already there, left as it is' });
      continue;
    }
    await writeFileAtomic(abs, target.content, target.executable ? 0o755 : 0o644);
    files.push({ path: target.path, status: exists ? 'overwritten' : 'written', what: target.what });
  }

  const width = Math.max(...files.map((f) => f.path.length));
  const lines = [
    `phase-gates init --provider ${p.name} (${p.title}), in ${workspace}:`,
    ...files.map((f) => `  ${f.status.padEnd(11)} ${f.path.padEnd(width)}  ${f.what}`),
    '',
    `Production strategy: ${p.productionStrategy}; our actions pinned to ${ref.repository}@${ref.sha} # ${ref.version}.`,
    '',
    'Next steps:',
    ...nextSteps(p, ref)
  ];
  await host.appendSummary(lines.join('\n'));
  host.setOutput('files', files.filter((f) => f.status !== 'kept').map((f) => f.path).join(','));
  return { ok: true, files, ref };
}
