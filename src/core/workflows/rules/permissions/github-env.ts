/** PG214 github-env: a privileged workflow (or composite action) writes computed text to `$GITHUB_ENV` or `$GITHUB_PATH`. */
import { isString } from '@actions/workflow-parser';
import type { TemplateToken } from '@actions/workflow-parser/templates/tokens/index';
import type { FileModel, JobModel, StepModel } from '../../model.js';
import type { Rule } from '../../rule.js';
import { keyNode, valueOf } from '../injection/expr-tree.js';

/** Most lines of one script read (a hostile script of millions of lines stays bounded). */
const MAX_SCRIPT_LINES = 10_000;

/** A write found in a script: the file it writes and the 1-based line of the script. */
export interface EnvWrite {
  destination: string;
  line: number;
}

/** `/bin/bash -e {0}` → `bash`, as GitHub picks the shell. */
export function shellName(shell: string): string {
  const first = shell.trim().split(/\s+/)[0] ?? '';
  return (first.split(/[\\/]/).pop() ?? '').toLowerCase().replace(/\.exe$/, '');
}

/** Variables the runner sets to its own paths and names: no event or input controls their text. */
const RUNNER_VARIABLE = /\$(?:\{(?:HOME|RUNNER_TEMP|RUNNER_TOOL_CACHE|RUNNER_OS|RUNNER_ARCH|GITHUB_WORKSPACE)\}|(?:HOME|RUNNER_TEMP|RUNNER_TOOL_CACHE|RUNNER_OS|RUNNER_ARCH|GITHUB_WORKSPACE)\b)/g;

/** True for an `echo`/`printf` argument that is literal text: no expansion but of the runner's own variables, no command substitution. */
function literalArg(arg: string): boolean {
  if (/^'[^']*'$/.test(arg)) return true;
  return !/[$`]/.test(arg.replace(RUNNER_VARIABLE, ''));
}

/** Splits a command into words, keeping quoted strings whole (enough to judge echo's arguments). */
function words(command: string): string[] {
  return command.match(/'[^']*'|"(?:\\.|[^"\\])*"|(?:\\.|[^\s'"])+/g) ?? [];
}

/**
 * Writes to GITHUB_ENV / GITHUB_PATH in a bash script (zizmor's tree-sitter queries, read by line):
 * a command redirected to the file, unless it is `echo`/`printf` of literal text only, and a pipeline
 * into `tee` of the file. Redirections of `{ …; }` groups and loops are not commands (as in zizmor).
 */
export function bashWrites(script: string): EnvWrite[] {
  const out: EnvWrite[] = [];
  const lines = script.split('\n').slice(0, MAX_SCRIPT_LINES);
  const redirect = /(?:&?>>?|>\|)\s*("?)\$\{?(GITHUB_ENV|GITHUB_PATH)\}?\1/g;
  lines.forEach((text, i) => {
    const line = text.replace(/(^|\s)#.*$/, '');
    for (const m of line.matchAll(redirect)) {
      const before = line.slice(0, m.index).split(/;|&&|\|\||\||\$\(|\bthen\b|\bdo\b|\belse\b/).pop() ?? '';
      const [cmd, ...args] = words(before.trim());
      if (!cmd || /^[})]|^(done|fi|esac)$/.test(cmd)) continue;
      if ((cmd === 'echo' || cmd === 'printf') && args.every(literalArg)) continue;
      out.push({ destination: m[2], line: i + 1 });
    }
    const tee = /\|\s*tee\b[^|;&]*?\s("?)\$\{?(GITHUB_ENV|GITHUB_PATH)\}?\1/.exec(line);
    if (tee) out.push({ destination: tee[2], line: i + 1 });
  });
  return out;
}

/** Writes in a PowerShell script: redirection to `$env:GITHUB_ENV`, or Out-File/Add-Content/Set-Content/Tee-Object of it. */
export function pwshWrites(script: string): EnvWrite[] {
  const out: EnvWrite[] = [];
  script.split('\n').slice(0, MAX_SCRIPT_LINES).forEach((line, i) => {
    const m = /(?:>>?\s*"?\$env:(GITHUB_ENV|GITHUB_PATH)\b)|(?:\b(?:out-file|add-content|set-content|tee-object)\b[^|;\n]*\$env:(GITHUB_ENV|GITHUB_PATH)\b)/i.exec(line);
    if (m) out.push({ destination: (m[1] ?? m[2]).toUpperCase(), line: i + 1 });
  });
  return out;
}

/** Writes in a cmd script: `… >> %GITHUB_ENV%` (zizmor's pattern). */
export function cmdWrites(script: string): EnvWrite[] {
  const out: EnvWrite[] = [];
  script.split('\n').slice(0, MAX_SCRIPT_LINES).forEach((line, i) => {
    const m = /^.+\s*>>?\s*"?%(GITHUB_ENV|GITHUB_PATH)%"?/i.exec(line);
    if (m) out.push({ destination: m[1].toUpperCase(), line: i + 1 });
  });
  return out;
}

function shellOf(step: StepModel, job: JobModel | undefined, file: FileModel): string {
  const defaults = (t: TemplateToken | undefined): TemplateToken | undefined => valueOf(valueOf(valueOf(t, 'defaults'), 'run'), 'shell');
  for (const t of [valueOf(step.token, 'shell'), defaults(job?.token), defaults(file.root)]) if (t && isString(t)) return t.value;
  return 'bash';
}

const rule: Rule = {
  id: 'PG214',
  name: 'github-env',
  level: 'error',
  description: 'A step of a `pull_request_target` or `workflow_run` workflow, or of a composite action, that writes computed text to `$GITHUB_ENV` or `$GITHUB_PATH` (zizmor\'s github-env).',
  help: 'Every later step of the job reads `$GITHUB_ENV` as variables and `$GITHUB_PATH` as directories to search first. A write whose text comes from the event (a title, a branch name, an artifact of the triggering run) lets whoever wrote it set `LD_PRELOAD`, `NODE_OPTIONS`, `BASH_ENV` or put their own `git` first on the PATH, with the privileges of `pull_request_target` and `workflow_run`. Pass such values between steps as step outputs (`$GITHUB_OUTPUT`) and read them through `env:`, or validate them strictly first. `echo`/`printf` of literal text only (or of the runner\'s own `$HOME`, `$RUNNER_TEMP`, `$RUNNER_TOOL_CACHE`, `$RUNNER_OS`, `$RUNNER_ARCH`, `$GITHUB_WORKSPACE`) is not reported; bash, sh, zsh, pwsh, powershell and cmd scripts are read. In a composite action, whose callers\' triggers are unknown here, the finding is a warning (zizmor gives it low confidence).',
  create(context) {
    const check = (step: StepModel, job: JobModel | undefined, file: FileModel): void => {
      if (!step.run) return;
      const shell = shellName(shellOf(step, job, file));
      const writes = ['bash', 'sh', 'zsh'].includes(shell) ? bashWrites(step.run.value) : shell === 'cmd' ? cmdWrites(step.run.value) : ['pwsh', 'powershell'].includes(shell) ? pwshWrites(step.run.value) : [];
      const key = keyNode(step.token, 'run');
      if (!key) return;
      for (const w of writes) {
        const where = file.kind === 'workflow' ? `a ${['pull_request_target', 'workflow_run'].filter((t) => file.on.has(t)).join('/')} workflow` : 'a composite action';
        // In a composite action the callers' triggers are unknown (zizmor: confidence low): a warning.
        context.report(file.file, key, `line ${w.line} of this script writes computed text to $${w.destination} in ${where}, so whoever controls that text sets the environment or PATH of every later step; pass values as step outputs instead`, file.kind === 'action' ? 'warning' : undefined);
      }
    };
    return {
      step(step, owner, file) {
        if (file.kind === 'workflow' && !file.on.has('pull_request_target') && !file.on.has('workflow_run')) return;
        check(step, 'id' in owner ? owner : undefined, file);
      }
    };
  }
};
export default rule;
