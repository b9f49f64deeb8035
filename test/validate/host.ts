/** A Host that records what a command does, for calling the core directly in tests. */
import type { AnnotationLevel, AnnotationProperties, Host } from '../../src/core/host.js';

export class RecordingHost implements Host {
  readonly outputs: Record<string, string> = {};
  readonly annotations: { level: AnnotationLevel; message: string; props?: AnnotationProperties }[] = [];
  readonly logs: string[] = [];
  summary = '';
  readonly env: Record<string, string | undefined>;

  constructor(
    readonly workspace: string,
    private readonly inputs: Record<string, string> = {},
    env: Record<string, string | undefined> = {}
  ) {
    this.env = env;
  }

  getInput(name: string): string {
    return this.inputs[name] ?? '';
  }
  setOutput(name: string, value: string): void {
    this.outputs[name] = value;
  }
  async appendSummary(markdown: string): Promise<void> {
    this.summary += markdown;
  }
  annotate(level: AnnotationLevel, message: string, props?: AnnotationProperties): void {
    this.annotations.push({ level, message, props });
  }
  info(message: string): void {
    this.logs.push(message);
  }
  debug(): void {}
  setSecret(): void {}
}
