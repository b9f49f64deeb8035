/**
 * The `phase-gates` command line: the same core as the actions, with flags named as the inputs.
 * Only this file exits.
 */
import { CliHost } from '../host/cli-host.js';
import { runCommand } from '../host/run.js';
import { GatesInputs, ValidationInputs, SmokeInputs, DeployInputs, PipelineInputs } from '../core/constants.js';
import { InitInputs, INIT_BOOLEAN_FLAGS, INIT_HELP } from '../core/init/inputs.js';
import type { Host } from '../core/host.js';
import type { CommandResult } from '../core/commands/gates.js';

interface CommandSpec {
  summary: string;
  inputs: readonly string[];
  /** The input that bare arguments fill, one per line (`phase-gates validate a.yml b.yml`). */
  positional?: string;
  /** Flags that take no value (`--force`). */
  booleans?: readonly string[];
  /** Lines of `--help` that explain the flags. */
  help?: string;
  load: () => Promise<(host: Host) => Promise<CommandResult>>;
}

const COMMANDS: Record<string, CommandSpec> = {
  gates: {
    summary: 'enforce coverage, latency and vulnerability gates from reports (gates-enforcer)',
    inputs: Object.values(GatesInputs),
    load: async () => (await import('../core/commands/gates.js')).runGates
  },
  validate: {
    summary: 'check workflows and action.yml files: syntax, expressions, references (workflows-validation)',
    inputs: Object.values(ValidationInputs),
    positional: ValidationInputs.Paths,
    load: async () => (await import('../core/commands/validate.js')).runValidate
  },
  smoke: {
    summary: 'check a deployed URL: readiness, latency percentiles, error rate, monitoring (smoke-test)',
    inputs: Object.values(SmokeInputs),
    load: async () => (await import('../core/commands/smoke.js')).runSmoke
  },
  deploy: {
    summary: 'pre-deploy checks, a recorded deployment, migrations, rollback and an audit log (deploy)',
    inputs: Object.values(DeployInputs),
    load: async () => (await import('../core/commands/deploy.js')).runDeploy
  },
  pipeline: {
    summary: 'the whole Phase 06: gates, deploy, smoke test, rollback on failure, the Phase 07 gate (the root action)',
    inputs: Object.values(PipelineInputs),
    load: async () => (await import('../core/commands/pipeline.js')).runPipeline
  },
  init: {
    summary: 'write a gated staging → production deploy workflow, the Phase 06 document and validation settings',
    inputs: Object.values(InitInputs),
    booleans: INIT_BOOLEAN_FLAGS,
    help: INIT_HELP,
    load: async () => (await import('../core/commands/init.js')).runInit
  }
};

const USAGE = `usage: phase-gates <command> [--input-name value ...]

commands:
${Object.entries(COMMANDS)
  .map(([name, c]) => `  ${name.padEnd(10)}${c.summary}`)
  .join('\n')}

Flags are named as the action inputs (e.g. --coverage-files coverage/lcov.info).
--workspace DIR sets the directory paths must stay inside (default: the current one).
Outputs are printed as name=value lines. Exit codes: 0 passed, 1 a gate, check or deploy failed or an
input is bad, 2 a usage error (unknown command or flag).`;

/**
 * Parses `--name value` and `--name=value` pairs; a repeated flag joins its values with newlines.
 * A flag of `booleans` given without `=value` means `true` and takes no value.
 */
export function parseFlags(
  argv: string[],
  allowed: readonly string[],
  positional?: string,
  booleans: readonly string[] = []
): { inputs: Record<string, string>; workspace?: string; help: boolean } {
  const inputs: Record<string, string> = {};
  let workspace: string | undefined;
  let help = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--help' || arg === '-h') {
      help = true;
      continue;
    }
    const m = /^--([a-z][a-z0-9-]*)(?:=(.*))?$/s.exec(arg);
    if (!m) {
      if (!positional || arg.startsWith('-')) throw new Error(`unexpected argument ${JSON.stringify(arg)}`);
      inputs[positional] = inputs[positional] !== undefined ? `${inputs[positional]}\n${arg}` : arg;
      continue;
    }
    const name = m[1];
    let value = m[2];
    if (value === undefined && booleans.includes(name)) value = 'true';
    if (value === undefined) {
      if (i + 1 >= argv.length) throw new Error(`--${name} needs a value`);
      value = argv[++i];
    }
    if (name === 'workspace') {
      workspace = value;
      continue;
    }
    if (!allowed.includes(name)) throw new Error(`unknown flag --${name} (known: ${allowed.map((a) => '--' + a).join(', ')})`);
    inputs[name] = inputs[name] !== undefined ? `${inputs[name]}\n${value}` : value;
  }
  return { inputs, workspace, help };
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(USAGE + '\n');
    return name ? 0 : 2;
  }
  const spec = COMMANDS[name];
  if (!spec) {
    process.stderr.write(`phase-gates: unknown command ${JSON.stringify(name)}\n\n${USAGE}\n`);
    return 2;
  }
  let parsed;
  try {
    parsed = parseFlags(rest, spec.inputs, spec.positional, spec.booleans);
  } catch (err) {
    process.stderr.write(`phase-gates ${name}: ${(err as Error).message}\n`);
    return 2;
  }
  if (parsed.help) {
    const flags = spec.help ?? `${spec.inputs.map((i) => `  --${i}`).join('\n')}\n  --workspace`;
    process.stdout.write(`usage: phase-gates ${name} [flags]${spec.positional ? ` [${spec.positional}...]` : ''}\n\n${spec.summary}\n\nflags:\n${flags}\n`);
    return 0;
  }
  const host = new CliHost({ inputs: parsed.inputs, workspace: parsed.workspace, color: Boolean(process.stderr.isTTY) && !process.env.NO_COLOR });
  const code = await runCommand(host, await spec.load());
  host.flushOutputs();
  return code;
}

// Libraries written for the runner (@actions/glob) print `::debug::` lines; they mean nothing on a terminal.
const write = process.stdout.write.bind(process.stdout);
process.stdout.write = ((chunk: string | Uint8Array, ...args: unknown[]) => {
  if (typeof chunk === 'string' && chunk.startsWith('::debug::') && !process.env.PHASE_GATES_DEBUG) return true;
  return (write as (...a: unknown[]) => boolean)(chunk, ...args);
}) as typeof process.stdout.write;

process.exitCode = await main(process.argv.slice(2));
