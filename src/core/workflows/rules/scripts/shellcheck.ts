/** PG130 shellcheck: shellcheck's findings in the bash and sh scripts of `run:`, at their line and column in the file. */
import type { Level, Rule } from '../../rule.js';
import type { ActionModel, FileModel, JobModel, Node, StepModel } from '../../model.js';
import type { SourceFile } from '../../source.js';
import { positionedScript, sanitizeExpressions, shellcheckShell, stepShell, valueOf, type PositionedScript } from './shell.js';
import { runShellcheck, type ShellcheckComment } from './shellcheck-run.js';

/** shellcheck's level as a finding's: error and warning kept, info and style notes. */
const LEVEL: Record<ShellcheckComment['level'], Level> = { error: 'error', warning: 'warning', info: 'note', style: 'note' };

/** The finding of one shellcheck comment: where it is in the file, and what it says. */
export function shellcheckFinding(script: PositionedScript, c: ShellcheckComment): { at: Node['at']; message: string; level: Level } {
  const message = `SC${c.code} (${c.level}): ${c.message.trim().replace(/\.$/, '')}`;
  if (!script.exact || c.line < 1) return { at: script.at, message: `${message} (line ${c.line}, column ${c.column} of the script)`, level: LEVEL[c.level] };
  return { at: script.posAt(script.offsetOf(c.line, c.column)), message, level: LEVEL[c.level] };
}

/**
 * SC2193 ("can never be equal") in a test holding a `${{ }}`: the underscores standing for it look
 * constant to shellcheck, while the runner pastes a value that varies (`"${{ matrix.os }}" == windows-*`).
 */
export function isExpressionArtefact(script: PositionedScript, c: ShellcheckComment): boolean {
  if (c.code !== 2193 || !script.exact || c.line < 1) return false;
  // shellcheck points at the operator: the test is the text between the nearest `[` before it and `]` after it.
  const at = script.offsetOf(c.line, c.column);
  const start = script.text.lastIndexOf('[', at);
  const end = script.text.indexOf(']', at);
  return start >= 0 && end >= 0 && script.text.slice(start, end).includes('${{');
}

/** Commands whose output is a list joined with spaces on purpose, to be split into arguments. */
const SPACE_JOINED = [
  /\bprintf\s+(['"])(?:(?!\1).)*%[-+ #0-9.]*[sdi] \1/, // printf "…%s " args: one item a space
  /\bjoin\(\s*(['"])\s+\1\s*\)/, // jq … | join(" ")
  /\btr\s+(['"])\\n\1\s+(['"]) \2/, // tr '\n' ' '
  /\bpaste\s+(?:-\w*s\w*d\s*|-d\s*)(['"]) \1/, // paste -sd ' '
  /^\s*go\s+list\b/, // go list ./...: import paths, never with spaces
  /^\s*(?:sudo\s+)?docker\s+(?:(?:image|container|volume|network)\s+)?(?:ls|list|images|ps)\b[^|;&]*\s(?:-\w*q\w*|--quiet)\b/ // ids only
];

/**
 * SC2046 ("quote this to prevent word splitting") on a command substitution that builds a list on
 * purpose: joined with spaces (`$(printf "$IMAGE@sha256:%s " *)`, `$(jq … | join(" "))`), or of
 * items that never hold a space (`$(go list ./...)`, `$(docker image ls -aq)`): the author wants one
 * argument per item, which quoting would break. Found three times in the real corpus (psf/black and
 * zizmor's `docker buildx imagetools create`) and four times in cosign and k6.
 */
export function isDeliberateList(script: PositionedScript, c: ShellcheckComment): boolean {
  if (c.code !== 2046 || !script.exact || c.line < 1) return false;
  const at = script.offsetOf(c.line, c.column);
  let substitution: string;
  if (script.text.startsWith('$(', at)) {
    let depth = 0;
    let end = at + 1;
    for (; end < script.text.length && end < at + 2000; end++) {
      const ch = script.text[end];
      if (ch === '(') depth++;
      else if (ch === ')' && --depth === 0) break;
    }
    substitution = script.text.slice(at + 2, end);
  } else if (script.text[at] === '`') {
    const end = script.text.indexOf('`', at + 1);
    substitution = script.text.slice(at + 1, end < 0 ? at + 1 : end);
  } else return false;
  return SPACE_JOINED.some((re) => re.test(substitution));
}

/** SC1083 ("this { is literal") on git's `@{upstream}`, `@{u}`, `@{-1}`: the braces are git's, not the shell's. */
export function isGitRevision(script: PositionedScript, c: ShellcheckComment): boolean {
  if (c.code !== 1083 || !script.exact || c.line < 1) return false;
  const at = script.offsetOf(c.line, c.column);
  const open = script.text[at] === '{' ? at : script.text.lastIndexOf('{', at);
  return open > 0 && script.text[open - 1] === '@' && !script.text.slice(open, at).includes('\n');
}

const rule: Rule = {
  id: 'PG130',
  name: 'shellcheck',
  level: 'warning',
  description: "shellcheck's findings in the `run:` scripts that run in bash or sh, at their line and column in the workflow.",
  help:
    "Runs [shellcheck](https://www.shellcheck.net) on every `run:` script whose shell is bash or sh (the step's `shell:`, else `defaults.run.shell` of the job, then of the workflow, else bash, or pwsh on a `windows-*` runner: pwsh, python and cmd scripts are not read), as actionlint does: each `${{ }}` becomes as many underscores (one word, every other character in its place), the script starts with the runner's `set -eo pipefail` (`set -e` for sh), and SC1091, SC2194, SC2050, SC2153, SC2154, SC2157 and SC2043 are left out (a sourced file that exists only on the runner, constants that are really `${{ }}`, variables that `env:` sets); SC2193 (“can never be equal”) is dropped in a `[[ ]]` or `[ ]` test holding a `${{ }}`, whose value varies at run time; SC2046 is dropped on a command substitution that joins a list with spaces on purpose (`$(printf \"$IMAGE@sha256:%s \" *)`, `$(jq … | join(\" \"))`, `tr '\\n' ' '`, `paste -sd ' '`), whose items are meant to become arguments, and on lists whose items never hold a space (`$(go list ./...)`, `$(docker ps -q)`); SC1083 is dropped on git's `@{upstream}`; a step whose `if:` runs it on Windows only (`runner.os == 'Windows'`) runs in pwsh and is not read. shellcheck's errors are errors and its warnings warnings; its info and style findings are notes, reported only when `.github/phase-gates.yml` says `shellcheck: { severity: info }` (or `style`). Without shellcheck on PATH (`apt-get install shellcheck`, `brew install shellcheck`; or `shellcheck: { path: … }`), one note says so and every other rule runs. Fix the script as the SC code's page says (https://www.shellcheck.net/wiki/SC2086), or silence one line with a `# shellcheck disable=SC2086` comment in the script.",
  create(context) {
    const scripts: { file: SourceFile; script: PositionedScript; shell: 'bash' | 'sh' }[] = [];
    return {
      step(step: StepModel, owner: JobModel | ActionModel, file: FileModel) {
        const run = valueOf(step.token, 'run');
        const shell = run && stepShell(step, owner, file);
        const sh = shell !== undefined ? shellcheckShell(shell) : undefined;
        if (!run || !sh) return;
        const script = positionedScript(file.file, run);
        if (script && script.text.trim()) scripts.push({ file: file.file, script, shell: sh });
      },
      async finish() {
        if (scripts.length === 0) return;
        const options = context.settings.shellcheck ?? {};
        const executable = options.path ?? 'shellcheck';
        const result = await runShellcheck(
          scripts.map((s) => ({ shell: s.shell, text: sanitizeExpressions(s.script.text) })),
          executable,
          options.severity ?? 'warning'
        );
        const first = scripts[0];
        const count = `${scripts.length} bash/sh script${scripts.length === 1 ? '' : 's'} of run: steps`;
        if (result.kind === 'missing') {
          const where = options.path ? `shellcheck not found at ${options.path}` : 'shellcheck is not on PATH';
          context.report(first.file, first.script, `${where}: the ${count} were not checked; install it (apt-get install shellcheck, brew install shellcheck) or set shellcheck.path in .github/phase-gates.yml`, 'note');
          return;
        }
        if (result.kind === 'failed') {
          context.report(first.file, first.script, `${result.reason}: the ${count} were not checked`, 'note');
          return;
        }
        result.comments.forEach((comments, i) => {
          const { file, script } = scripts[i];
          for (const c of comments) {
            if (isExpressionArtefact(script, c) || isDeliberateList(script, c) || isGitRevision(script, c)) continue;
            const f = shellcheckFinding(script, c);
            context.report(file, { at: f.at }, f.message, f.level);
          }
        });
      }
    };
  }
};
export default rule;
