/** The Host of a runner step: what the runner expects (INPUT_*, GITHUB_OUTPUT, GITHUB_STEP_SUMMARY), written as `@actions/core` writes it. */
import * as runner from './runner-commands.js';
import { EOL } from 'node:os';
import type { AnnotationLevel, AnnotationProperties, Host } from '../core/host.js';
import { secretForms, secretValue } from '../core/secrets.js';

export class ActionsHost implements Host {
  readonly workspace: string;
  readonly env = process.env;

  constructor() {
    this.workspace = process.env.GITHUB_WORKSPACE || process.cwd();
  }

  getInput(name: string): string {
    return runner.getInput(name);
  }

  setOutput(name: string, value: string): void {
    runner.setOutput(name, value);
  }

  async appendSummary(markdown: string): Promise<void> {
    if (!process.env.GITHUB_STEP_SUMMARY) {
      this.debug('GITHUB_STEP_SUMMARY is not set: no job summary written');
      return;
    }
    await runner.appendSummary(process.env.GITHUB_STEP_SUMMARY, markdown);
  }

  annotate(level: AnnotationLevel, message: string, props: AnnotationProperties = {}): void {
    runner.annotate(level, message, props);
  }

  info(message: string): void {
    process.stdout.write(message + EOL);
  }

  debug(message: string): void {
    runner.issueCommand('debug', {}, message);
  }

  /** Registers the secret with the runner, by the shared masker's rules and in each form it knows (the runner adds its own). */
  setSecret(value: string): void {
    const v = secretValue(value);
    if (!v) return;
    runner.issueCommand('add-mask', {}, v);
    for (const form of secretForms(v)) if (form !== v) runner.issueCommand('add-mask', {}, form);
  }
}
