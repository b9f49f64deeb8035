/**
 * PG225 use-trusted-publishing: publishing to PyPI, npm, crates.io, RubyGems or NuGet with a
 * stored token where the registry supports trusted publishing (OIDC).
 */
import { isString } from '@actions/workflow-parser';
import type { TemplateToken } from '@actions/workflow-parser/templates/tokens/index';
import type { Rule } from '../../rule.js';
import type { Entries, JobModel, Pos, StepModel, WorkflowModel } from '../../model.js';
import { entryOf, textOf } from '../injection/tokens.js';
import { parseUses, repoName } from './uses.js';
import { shellName } from './misfeature.js';

const PYPI = ['https://upload.pypi.org/legacy/', 'https://test.pypi.org/legacy/'];
const RUBYGEMS = ['https://rubygems.org'];
const NPMJS = ['https://registry.npmjs.org', 'https://registry.npmjs.org/'];

/** A `with:` input's text, undefined when absent. */
function input(w: Entries, name: string): string | undefined {
  const e = w.get(name);
  return e ? (textOf(e.value) ?? '') : undefined;
}

/** An input that is absent or one of `known`. */
const knownOrAbsent = (value: string | undefined, known: string[]): boolean => value === undefined || known.includes(value.trim());

/**
 * zizmor's KNOWN_TRUSTED_PUBLISHING_ACTIONS: the action, when a step configures it with a manual
 * credential, and the input that says so.
 */
const ACTIONS: ReadonlyMap<string, (w: Entries) => string | undefined> = new Map<string, (w: Entries) => string | undefined>([
  ['pypa/gh-action-pypi-publish', (w: Entries) => (input(w, 'password') !== undefined && knownOrAbsent(input(w, 'repository-url'), PYPI) && knownOrAbsent(input(w, 'repository_url'), PYPI) ? 'password' : undefined)],
  ['rubygems/release-gem', (w: Entries) => (input(w, 'setup-trusted-publisher')?.trim().toLowerCase() === 'false' ? 'setup-trusted-publisher' : undefined)],
  ['rubygems/configure-rubygems-credentials', (w: Entries) => (input(w, 'api-token') !== undefined && knownOrAbsent(input(w, 'gem-server'), RUBYGEMS) ? 'api-token' : undefined)],
  ['actions/setup-node', (w: Entries) => (knownOrAbsent(input(w, 'registry-url'), NPMJS) && input(w, 'always-auth')?.trim().toLowerCase() === 'true' ? 'always-auth' : undefined)]
]);

/** Whether a command line publishes to a registry that has trusted publishing (zizmor's is_publish_command). */
export function isPublishCommand(cmd: string, args: string[]): boolean {
  const has = (a: string) => args.includes(a);
  const dry = has('--dry-run');
  const after = (a: string) => args.slice(args.indexOf(a) + 1);
  switch (cmd) {
    case 'cargo':
      return has('publish') && !dry && !has('-n');
    case 'uv': {
      const first = args.find((a) => a === 'publish' || a === 'run');
      if (first === 'publish') return !dry;
      return first === 'run' && after('run').includes('twine') && after('twine').includes('upload');
    }
    case 'uvx':
      return args.some((a) => a.startsWith('twine')) && has('upload');
    case 'hatch':
    case 'pdm':
      return has('publish');
    case 'poetry':
      return has('publish') && !dry;
    case 'npm':
    case 'pnpm':
    case 'bun': {
      // `pnpm dlx pkg-pr-new publish` (vitejs/vite), `npm exec …`, `bun x …`: `publish` is another tool's.
      const runner = args.findIndex((a) => ['dlx', 'exec', 'x', 'run', 'run-script'].includes(a));
      const publish = args.indexOf('publish');
      return publish >= 0 && (runner < 0 || runner > publish) && !dry;
    }
    case 'twine':
      return has('upload');
    case 'pipx':
      return has('run') && args.some((a) => a.startsWith('twine')) && has('upload');
    case 'gem':
      return has('push');
    case 'bundle':
      return has('exec') && has('gem') && has('push');
    case 'yarn': {
      // `yarn <name> …` other than publish/npm runs a script or a package's binary (`yarn pkg-pr-new publish`).
      const first = args.find((a) => !a.startsWith('-'));
      return first === 'publish' || (first === 'npm' && after('npm').includes('publish') && !dry && !has('-n'));
    }
    case 'bunx':
      return args.some((a) => a === 'npm' || a.startsWith('npm@')) && has('publish') && !dry;
    case 'nuget':
    case 'nuget.exe':
      return has('push');
    case 'dotnet':
      return has('nuget') && has('push');
    default:
      return cmd.startsWith('python') && has('-m') && has('twine') && has('upload');
  }
}

/**
 * Simple commands of a shell script with the 0-based line and column where each starts: lines
 * joined at a trailing `\\` (bash) or `` ` `` (PowerShell), split at `;`, `&` and `|` (no full
 * shell grammar), leading `VAR=value` assignments skipped.
 */
export function commands(script: string): { words: string[]; line: number; column: number }[] {
  const out: { words: string[]; line: number; column: number }[] = [];
  const lines = script.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const first = i;
    let text = lines[i];
    while (/[\\`]\s*$/.test(text) && i + 1 < lines.length) text = text.replace(/[\\`]\s*$/, ' ') + lines[++i];
    const re = /[^;&|]+/g;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const part = m[0].replace(/#.*$/, '');
      const lead = /^\s*/.exec(part)![0].length;
      const words = part.trim().split(/\s+/).filter(Boolean).map((w) => w.replace(/^['"]|['"]$/g, ''));
      let start = 0;
      while (start < words.length && /^[A-Za-z_]\w*=/.test(words[start])) start++;
      for (const prefix of ['sudo', 'exec', 'time']) if (words[start] === prefix) start++;
      // A column past the first line's end belongs to a joined line; the command starts on the first.
      if (start < words.length) out.push({ words: words.slice(start), line: first, column: Math.min(m.index + lead, lines[first].length) });
    }
  }
  return out;
}

/** Whether the job's token may request an OIDC token (`id-token: write`, or `write-all`), at job or workflow level. */
function hasIdToken(job: JobModel, workflow: WorkflowModel): boolean {
  const perms: TemplateToken | undefined = job.permissions ?? workflow.permissions?.value;
  if (!perms) return false;
  if (isString(perms)) return perms.value.trim() === 'write-all';
  return textOf(entryOf(perms, 'id-token')?.value)?.trim() === 'write';
}

/** The file position of a 0-based line and column of a `run:` script. */
function scriptPos(run: TemplateToken, lines: readonly string[], line: number, column: number): Pos {
  const r = run.range!;
  const header = (lines[r.start.line - 1] ?? '').slice(r.start.column - 1);
  if (!/^[|>]/.test(header)) return { line: r.start.line, column: r.start.column + column + (/^['"]/.test(header) ? 1 : 0) };
  const first = lines[r.start.line] ?? '';
  const indent = /^ */.exec(first)![0].length;
  return { line: r.start.line + 1 + line, column: indent + column + 1 };
}

const rule: Rule = {
  id: 'PG225',
  name: 'use-trusted-publishing',
  level: 'note',
  description: 'A package published to PyPI, npm, crates.io, RubyGems or NuGet with a stored token (a publishing action given a password or token, or `npm publish`, `twine upload`, `cargo publish`, … in a job without `id-token: write`), where the registry offers trusted publishing.',
  help: 'A long-lived registry token in the repository\'s secrets can be stolen and used from anywhere until someone revokes it. These registries accept trusted publishing instead: the job asks GitHub for a short-lived OIDC token (`permissions: { id-token: write }`) and the registry trusts that repository and workflow only. Configure the trusted publisher on the registry, drop the `password:`/`api-token:` input (or `always-auth:`), and give the publishing job `id-token: write`. Same as zizmor\'s use-trusted-publishing audit; commands are found line by line (`&&`, `;` and `|` split them), not with a full shell grammar.',
  create(context) {
    const checkAction = (step: StepModel, report: (pos: Pos, message: string) => void): void => {
      const uses = parseUses(step.uses?.value);
      const check = uses && ACTIONS.get(repoName(uses));
      const via = check?.(step.with);
      const key = entryOf(step.token, 'uses')?.key;
      if (via && key) report(key.at, `"${uses!.owner}/${uses!.repo}" publishes with a stored credential (${via}:); configure trusted publishing on the registry, drop ${via}: and give the job id-token: write`);
    };
    return {
      step(step, owner, file) {
        checkAction(step, (at, message) => context.report(file.file, { at }, message));
        if (file.kind !== 'workflow' || !('id' in owner) || hasIdToken(owner, file)) return;
        const run = entryOf(step.token, 'run')?.value;
        const script = textOf(run);
        if (!run?.range || !script) return;
        const shell = textOf(entryOf(step.token, 'shell')?.value);
        if (shell && !['bash', 'sh', 'zsh', 'pwsh', 'powershell'].includes(shellName(shell))) return;
        const lines = file.file.text.split('\n');
        for (const c of commands(script)) {
          if (!isPublishCommand(c.words[0], c.words.slice(1))) continue;
          const at = scriptPos(run, lines, c.line, c.column);
          context.report(file.file, { at }, `"${c.words.join(' ')}" publishes with a stored token from a job without id-token: write; configure trusted publishing on the registry and give the job id-token: write`);
        }
      }
    };
  }
};
export default rule;
