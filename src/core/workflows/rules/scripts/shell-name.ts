/** PG132 shell-name: a `shell:` GitHub does not know, or one the job's runner OS does not have. */
import type { TemplateToken } from '@actions/workflow-parser/templates/tokens/index';
import type { Rule } from '../../rule.js';
import type { ActionModel, FileModel, JobModel, StepModel, WorkflowModel } from '../../model.js';
import type { SourceFile } from '../../source.js';
import { defaultShell, platformOf, tokenPos, tokenText, valueOf, type Platform } from './shell.js';

/** The shells GitHub names (https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-syntax#jobsjob_idstepsshell), by platform. */
const SHELLS: Record<Platform, readonly string[]> = {
  any: ['bash', 'pwsh', 'python', 'sh', 'cmd', 'powershell'],
  windows: ['bash', 'pwsh', 'python', 'cmd', 'powershell'],
  unix: ['bash', 'pwsh', 'python', 'sh']
};

const ON: Record<Platform, string> = { any: '', windows: ' on Windows', unix: ' on macOS or Linux' };

const rule: Rule = {
  id: 'PG132',
  name: 'shell-name',
  level: 'error',
  description: 'A `shell:` (of a step, or `defaults.run.shell`) that is not one of bash, pwsh, python, sh, cmd, powershell, or not one the runner\'s OS has.',
  help:
    "GitHub runs a `run:` script with a shell it knows by name: `bash`, `pwsh`, `python` and `sh` on Linux and macOS, `bash`, `pwsh`, `python`, `cmd` and `powershell` on Windows; anything else must be a command template with `{0}` (the script's file), such as `perl {0}` or `bash -l {0}`. A name outside these (a typo such as `bsh`, or `cmd` on an `ubuntu-*` runner) fails the step when it starts. Names are compared ignoring case; a `shell:` made of an expression and a template with `{0}` are not checked. As actionlint does, the OS is the job's `runs-on:` label (`windows-*`, `ubuntu-*`, `macos-*`, `linux`); a workflow's `defaults.run.shell` is checked against every OS.",
  create(context) {
    const check = (file: SourceFile, token: TemplateToken | undefined, platform: Platform) => {
      const value = tokenText(token);
      if (!token || value === undefined || value.includes('{0}') || value.includes('${{')) return;
      const name = value.toLowerCase();
      const available = SHELLS[platform];
      if (available.includes(name)) return;
      const on = SHELLS.any.includes(name) ? ON[platform] : '';
      const list = [...available].sort().map((s) => `"${s}"`).join(', ');
      context.report(file, { at: tokenPos(token) }, `shell name "${value}" is invalid${on}: available names are ${list}, or a command with {0} (such as "bash -l {0}")`);
    };
    const platforms = new WeakMap<JobModel, Platform>();
    return {
      workflowPre(workflow: WorkflowModel) {
        check(workflow.file, defaultShell(workflow.root), 'any');
      },
      jobPre(job: JobModel, workflow: WorkflowModel) {
        const platform = platformOf(job);
        platforms.set(job, platform);
        if (job.runsOn) check(workflow.file, defaultShell(job.token), platform);
      },
      step(step: StepModel, owner: JobModel | ActionModel, file: FileModel) {
        if (!valueOf(step.token, 'run')) return;
        const platform = 'kind' in owner ? 'any' : (platforms.get(owner) ?? 'any');
        check(file.file, valueOf(step.token, 'shell'), platform);
      }
    };
  }
};
export default rule;
