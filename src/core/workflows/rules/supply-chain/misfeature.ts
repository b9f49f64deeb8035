/** PG223 misfeature: `shell: cmd` for `run:` steps, and `actions/setup-python`'s `pip-install:` input. */
import type { TemplateToken } from '@actions/workflow-parser/templates/tokens/index';
import type { Rule } from '../../rule.js';
import type { Entry } from '../../model.js';
import { entryOf, textOf } from '../injection/tokens.js';
import { parseUses, repoName } from './uses.js';

/** `defaults: run: shell:` of a job or workflow mapping. */
function defaultShell(token: TemplateToken): Entry | undefined {
  return entryOf(entryOf(entryOf(token, 'defaults')?.value, 'run')?.value, 'shell');
}

/** A shell's program name: `C:\Windows\cmd.exe /D {0}` → `cmd.exe` (zizmor's normalize_shell). */
export function shellName(shell: string): string {
  const program = shell.trim().split(' ')[0];
  return program.split(/[/\\]/).pop() ?? program;
}

const rule: Rule = {
  id: 'PG223',
  name: 'misfeature',
  level: 'warning',
  description: 'Features of GitHub Actions best left unused: `shell: cmd` for `run:` steps (a step, job or workflow default), and `actions/setup-python`\'s `pip-install:`.',
  help: '`cmd` has no grammar to speak of and several line-continuation rules, so neither reviewers nor analysers (script injection, `$GITHUB_ENV` writes) can tell what a script does; it has not been the Windows default since 2019: use `shell: pwsh` or `bash`. `actions/setup-python`\'s `pip-install:` installs into the runner\'s global Python, which differs across runners and versions: create a virtual environment and install there. Same as zizmor\'s misfeature audit (its auditor-only finding on other unknown shells is left out).',
  create(context) {
    return {
      step(step, owner, file) {
        const uses = parseUses(step.uses?.value);
        const pip = uses && repoName(uses) === 'actions/setup-python' ? step.with.get('pip-install') : undefined;
        if (pip) context.report(file.file, pip.key, 'pip-install: installs packages into the runner\'s global Python, which differs across runners and versions; create a virtual environment and pip install there in a run: step');
        if (!step.run) return;
        const own = entryOf(step.token, 'shell');
        const job = file.kind === 'workflow' && 'id' in owner ? defaultShell(owner.token) : undefined;
        const top = file.kind === 'workflow' ? defaultShell(file.root) : undefined;
        const [shell, where] = own ? [own, 'this step'] : job ? [job, 'the job default'] : top ? [top, 'the workflow default'] : [undefined, ''];
        const name = shell && textOf(shell.value);
        if (!shell || !name || !/^cmd(\.exe)?$/i.test(shellName(name))) return;
        context.report(file.file, shell.key, `shell: cmd (${where}) runs scripts no reviewer or analyser can read reliably; use shell: pwsh or shell: bash`);
      }
    };
  }
};
export default rule;
