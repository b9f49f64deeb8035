/**
 * Provider `command`: the user's own scripts. `run` brings a step about, `rollback-run` (or `run`
 * with the previous version) a rollback. Each call gets the step in PHASE_GATES_* variables (set
 * by the engine) and a file in PHASE_GATES_OUTPUT where it may write `url=…`, the address at which
 * the slot it deployed can be reached for verification, as a step writes GITHUB_OUTPUT.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { UserError } from '../errors.js';
import type { Provider, ProviderCommand, ProviderRuntime, ProviderStep, StepOutcome } from './provider.js';
import type { Script } from './script.js';
import { SLOTS } from './strategy.js';

/** The `provider-options` of `command`. */
export interface CommandOptions {
  /** Fixed URLs of the slots (`slot-urls: { blue: …, green: … }`), when the script does not write them. */
  slotUrls: Record<string, string>;
}

/** Reads the `provider-options` of `command`: only `slot-urls` is known. */
export function commandOptions(options: Record<string, unknown>, input: string): CommandOptions {
  const unknown = Object.keys(options).filter((k) => k !== 'slot-urls');
  if (unknown.length) throw new UserError(`unknown key${unknown.length > 1 ? 's' : ''} for provider command: ${unknown.join(', ')}`, { input, hint: 'provider command knows slot-urls' });
  const raw = options['slot-urls'];
  const slotUrls: Record<string, string> = {};
  if (raw === undefined || raw === null) return { slotUrls };
  if (typeof raw !== 'object' || Array.isArray(raw)) throw new UserError('slot-urls must be a mapping of blue and green to URLs', { input });
  for (const [slot, url] of Object.entries(raw as Record<string, unknown>)) {
    if (!(SLOTS as readonly string[]).includes(slot)) throw new UserError(`slot-urls: unknown slot ${JSON.stringify(slot)}`, { input, hint: 'blue or green' });
    if (typeof url !== 'string' || !/^https?:\/\/[^\s]+$/.test(url)) throw new UserError(`slot-urls.${slot} is not an http(s) URL`, { input });
    slotUrls[slot] = url;
  }
  return { slotUrls };
}

/** Reads `name=value` lines (and `name<<EOF` blocks) of an output file, as the runner does. */
export function readOutputFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const heredoc = /^([\w-]+)<<(.+)$/.exec(lines[i]);
    if (heredoc) {
      const value: string[] = [];
      while (++i < lines.length && lines[i] !== heredoc[2]) value.push(lines[i]);
      out[heredoc[1]] = value.join('\n');
      continue;
    }
    const at = lines[i].indexOf('=');
    if (at > 0) out[lines[i].slice(0, at).trim()] = lines[i].slice(at + 1).trim();
  }
  return out;
}

/** The `command` provider. */
export class CommandProvider implements Provider {
  readonly name = 'command' as const;
  readonly strategies = ['direct', 'blue-green', 'canary'] as const;
  readonly programs: readonly string[] = [];

  constructor(
    private readonly run: Script | undefined,
    private readonly rollbackRun: Script | undefined,
    private readonly options: CommandOptions = { slotUrls: {} }
  ) {}

  private script(step: ProviderStep): Script | undefined {
    return step.action === 'rollback' ? (this.rollbackRun ?? this.run) : this.run;
  }

  private command(step: ProviderStep, script: Script, env: Record<string, string> = {}): ProviderCommand {
    const what = step.action === 'rollback' ? `roll back to ${step.version || '(nothing)'}` : step.action === 'traffic' ? `move ${step.trafficPercent}% of traffic to ${step.slot}` : `deploy ${step.version}${step.slot ? ` to ${step.slot}` : ''}`;
    return { program: script.file, args: script.args, env, purpose: `${script.input}: ${what}`, input: script.input };
  }

  plan(step: ProviderStep): ProviderCommand[] {
    const script = this.script(step);
    return script ? [this.command(step, script)] : [];
  }

  async apply(step: ProviderStep, runtime: ProviderRuntime): Promise<StepOutcome> {
    const script = this.script(step);
    if (!script) return { outcome: 'failed', detail: 'no run or rollback-run script' };
    const dir = mkdtempSync(path.join(tmpdir(), 'phase-gates-output-'));
    const file = path.join(dir, 'output');
    try {
      const result = await runtime.exec(this.command(step, script, { PHASE_GATES_OUTPUT: file }));
      let written: Record<string, string> = {};
      try {
        written = readOutputFile(readFileSync(file, 'utf8').slice(0, 64 * 1024));
      } catch {
        // The script wrote nothing.
      }
      const url = written.url && /^https?:\/\/\S+$/.test(written.url) ? written.url : step.slot ? this.options.slotUrls[step.slot] : undefined;
      if (result.outcome === 'ok') return { outcome: 'ok', url };
      if (result.outcome === 'cancelled') return { outcome: 'cancelled' };
      return { outcome: 'failed', url, detail: result.outcome === 'timeout' ? `${script.input} timed out` : `${script.input} exited with ${result.code ?? 'a signal'}` };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
}
