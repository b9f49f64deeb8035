/** Shared set-up of the cloud provider tests: a recording runtime, steps, fixtures, the CLIs' flag excerpts. */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { CommandOutcome, Provider, ProviderCommand, ProviderRuntime, ProviderStep } from '../../../src/core/deploy/provider.js';
import { UserError } from '../../../src/core/errors.js';

export const FIXTURES = path.join(process.cwd(), 'test/fixtures/providers');

/** A fixture of test/fixtures/providers. */
export function fixture(name: string): string {
  return readFileSync(path.join(FIXTURES, name), 'utf8');
}

/** What a fake command prints or how it ends; undefined: ok with no output. */
export type Reply = Partial<CommandOutcome> | undefined;

/**
 * A ProviderRuntime that records every command and answers from `reply` (by default: success,
 * nothing on stdout). `file://` arguments are read when the command runs, as the CLI would.
 */
export class FakeRuntime implements ProviderRuntime {
  readonly commands: ProviderCommand[] = [];
  readonly files: string[] = [];

  constructor(private readonly reply: (command: ProviderCommand, line: string) => Reply = () => undefined) {}

  async exec(command: ProviderCommand): Promise<CommandOutcome> {
    this.commands.push(command);
    for (const a of command.args) if (a.startsWith('file://')) this.files.push(readFileSync(a.slice('file://'.length), 'utf8'));
    const r = this.reply(command, line(command)) ?? {};
    const outcome = r.outcome ?? 'ok';
    return { outcome, code: r.code !== undefined ? r.code : outcome === 'ok' ? 0 : outcome === 'failed' ? 1 : null, stdout: r.stdout ?? '' };
  }

  /** The argument vectors run, program first. */
  argv(): string[][] {
    return this.commands.map((c) => [c.program, ...c.args]);
  }

  /** The commands run, each as one line (for readable assertions). */
  lines(): string[] {
    return this.commands.map(line);
  }
}

/** A command as one line: program and arguments joined by spaces. */
export function line(command: ProviderCommand): string {
  return [command.program, ...command.args].join(' ');
}

/** Replies by the first matching line prefix. */
export function replies(table: Array<[prefix: string, reply: Reply]>): (command: ProviderCommand, line: string) => Reply {
  return (_c, l) => table.find(([prefix]) => l.startsWith(prefix))?.[1];
}

/** A step with everyday values. */
export function stepOf(partial: Partial<ProviderStep> = {}): ProviderStep {
  return {
    action: 'deploy',
    environment: 'production',
    version: 'v1.5.0',
    previousVersion: 'v1.4.1',
    slot: '',
    otherSlot: '',
    trafficPercent: 100,
    deploymentId: '42',
    ...partial
  };
}

/** The steps a strategy takes (as the engine is to call them), then its rollback. */
export function strategySteps(strategy: 'direct' | 'blue-green' | 'canary', canary: number[] = [10, 50, 100]): ProviderStep[] {
  if (strategy === 'direct') return [stepOf()];
  if (strategy === 'blue-green') {
    return [stepOf({ slot: 'green', otherSlot: 'blue', trafficPercent: 0 }), stepOf({ action: 'traffic', slot: 'green', otherSlot: 'blue', trafficPercent: 100 })];
  }
  return canary.map((p, i) => stepOf({ action: i === 0 ? 'deploy' : 'traffic', slot: 'green', otherSlot: 'blue', trafficPercent: p }));
}

/** A rollback step: to the previous version, in the old slot when there is one. */
export function rollbackStep(slot: '' | 'blue' = ''): ProviderStep {
  return stepOf({ action: 'rollback', version: 'v1.4.1', previousVersion: 'v1.5.0', slot, otherSlot: slot ? 'green' : '', trafficPercent: 100 });
}

/** The rendered lines of the UserError that `build` throws (all of them), or a failure. */
export function optionErrors(build: () => unknown): string[] {
  try {
    build();
  } catch (err) {
    if (err instanceof UserError) return err.renderAll();
    throw err;
  }
  throw new Error('expected a UserError');
}

/** Runs steps in order on one provider, stopping at the first that does not succeed. */
export async function runSteps(provider: Provider, runtime: ProviderRuntime, steps: ProviderStep[]) {
  const outcomes = [];
  for (const s of steps) {
    const o = await provider.apply(s, runtime);
    outcomes.push(o);
    if (o.outcome !== 'ok') break;
  }
  return outcomes;
}

// ---------------------------------------------------------------------------------------------
// Flag excerpts of the CLIs (test/fixtures/providers/<cli>-flags.txt)

/** A CLI's documented flags per command; `*` holds the global ones. */
export interface FlagTable {
  sources: string[];
  commands: Map<string, Set<string>>;
}

/** Reads test/fixtures/providers/<cli>-flags.txt. */
export function flagTable(cli: string): FlagTable {
  const sources: string[] = [];
  const commands = new Map<string, Set<string>>();
  for (const raw of fixture(`${cli}-flags.txt`).split('\n')) {
    const l = raw.trim();
    if (!l) continue;
    if (l.startsWith('#')) {
      const m = /^#\s*source:\s*(\S+)/.exec(l);
      if (m) sources.push(m[1]);
      continue;
    }
    const colon = l.indexOf(':');
    commands.set(l.slice(0, colon).trim(), new Set(l.slice(colon + 1).trim().split(/\s+/).filter(Boolean)));
  }
  return { sources, commands };
}

/** The command path of an argv (its leading words that name a command of `table`, longest first) and its long flags. */
export function commandOf(args: string[], table: FlagTable): { path: string; flags: string[] } | undefined {
  const words: string[] = [];
  for (const a of args) {
    if (a.startsWith('-')) break;
    words.push(a);
  }
  for (let n = words.length; n > 0; n--) {
    const p = words.slice(0, n).join(' ');
    if (table.commands.has(p) && p !== '*') {
      const flags = args.filter((a) => a.startsWith('--')).map((a) => a.split('=')[0]);
      return { path: p, flags };
    }
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Real processes

/** What a real run of a command gave. */
export interface Ran {
  argv: string[];
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * A ProviderRuntime that runs commands for real (no shell), with `env` added, an optional rewrite
 * of the argv, and a timeout. Records what ran.
 */
export class ProcessRuntime implements ProviderRuntime {
  readonly ran: Ran[] = [];

  constructor(
    private readonly options: { env?: Record<string, string>; rewrite?: (argv: string[]) => string[]; timeoutMs?: number } = {}
  ) {}

  async exec(command: ProviderCommand): Promise<CommandOutcome> {
    const argv = (this.options.rewrite ?? ((a) => a))([command.program, ...command.args]);
    const r = await runProcess(argv, { ...command.env, ...this.options.env }, this.options.timeoutMs ?? 30000);
    this.ran.push(r);
    return { outcome: r.code === 0 ? 'ok' : r.code === null ? 'timeout' : 'failed', code: r.code, stdout: r.stdout };
  }
}

/** Runs argv without a shell; resolves its exit code (null when killed by the timeout) and output. */
export function runProcess(argv: string[], env: Record<string, string | undefined> = {}, timeoutMs = 30000, input?: string): Promise<Ran> {
  return new Promise((resolve) => {
    const merged: Record<string, string | undefined> = { ...process.env, ...env };
    // A key given as undefined is removed from the child's environment.
    for (const [k, v] of Object.entries(env)) if (v === undefined) delete merged[k];
    const child = spawn(argv[0], argv.slice(1), { env: merged as NodeJS.ProcessEnv, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let killed = false;
    const timer = setTimeout(() => {
      killed = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', (err) => {
      clearTimeout(timer);
      resolve({ argv, code: 127, stdout, stderr: stderr + String(err) });
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ argv, code: killed ? null : code, stdout, stderr });
    });
    child.stdin.end(input ?? '');
  });
}

export { onPath } from '../../support/tools.js';
