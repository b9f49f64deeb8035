/** The Host over `@actions/core`: what the runner expects (INPUT_*, GITHUB_OUTPUT, GITHUB_STEP_SUMMARY). */
import * as core from '@actions/core';
import type { AnnotationLevel, AnnotationProperties, Host } from '../core/host.js';
import { secretForms } from '../core/secrets.js';

export class ActionsHost implements Host {
  readonly workspace: string;
  readonly env = process.env;

  constructor() {
    this.workspace = process.env.GITHUB_WORKSPACE || process.cwd();
  }

  getInput(name: string): string {
    return core.getInput(name, { trimWhitespace: false });
  }

  setOutput(name: string, value: string): void {
    core.setOutput(name, value);
  }

  async appendSummary(markdown: string): Promise<void> {
    if (!process.env.GITHUB_STEP_SUMMARY) {
      core.debug('GITHUB_STEP_SUMMARY is not set: no job summary written');
      return;
    }
    await core.summary.addRaw(markdown, true).write();
    core.summary.emptyBuffer();
  }

  annotate(level: AnnotationLevel, message: string, props: AnnotationProperties = {}): void {
    const p: core.AnnotationProperties = { ...props };
    if (level === 'error') core.error(message, p);
    else if (level === 'warning') core.warning(message, p);
    else core.notice(message, p);
  }

  info(message: string): void {
    core.info(message);
  }

  debug(message: string): void {
    core.debug(message);
  }

  /** Registers the secret with the runner, in each form the shared masker knows (the runner adds its own). */
  setSecret(value: string): void {
    if (!value) return;
    core.setSecret(value);
    for (const form of secretForms(value)) if (form !== value) core.setSecret(form);
  }
}
