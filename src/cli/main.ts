/**
 * The `phase-gates` command line: the same core as the actions, with flags named as the inputs.
 * Only this file exits.
 */
import '../host/early-signals.js';
import path from 'node:path';
import { CliHost } from '../host/cli-host.js';
import { didYouMean } from '../core/suggest.js';
import { FLAGS, VERSION } from './generated/meta.js';
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
  /** It takes SIGINT and SIGTERM itself: records the cancellation and cleans up. */
  handlesCancel?: boolean;
  /** Values of `--format`: what the command prints on stdout (the first is the default). */
  formats?: readonly string[];
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
    formats: ['text', 'json', 'sarif'],
    load: async () => (await import('../core/commands/validate.js')).runValidate
  },
  smoke: {
    summary: 'check a deployed URL: readiness, latency percentiles, error rate, monitoring (smoke-test)',
    inputs: Object.values(SmokeInputs),
    load: async () => (await import('../core/commands/smoke.js')).runSmoke,
    handlesCancel: true
  },
  deploy: {
    summary: 'pre-deploy checks, a recorded deployment, migrations, rollback and an audit log (deploy)',
    inputs: Object.values(DeployInputs),
    load: async () => (await import('../core/commands/deploy.js')).runDeploy,
    handlesCancel: true
  },
  pipeline: {
    summary: 'the whole Phase 06: gates, deploy, smoke test, rollback on failure, the Phase 07 gate (the root action)',
    inputs: Object.values(PipelineInputs),
    load: async () => (await import('../core/commands/pipeline.js')).runPipeline,
    handlesCancel: true
  },
  init: {
    summary: 'write a gated staging → production deploy workflow, the Phase 06 document and validation settings',
    inputs: Object.values(InitInputs),
    booleans: INIT_BOOLEAN_FLAGS,
    help: INIT_HELP,
    load: async () => (await import('../core/commands/init.js')).runInit
  }
};

/** Flags every command takes, beside its action's inputs. */
const COMMON_FLAGS = [
  { name: 'workspace', value: 'DIR', description: 'The directory every path must stay inside.', default: 'the current directory' },
  { name: 'json', description: "Print the command's report as one JSON document on stdout, and nothing else there (messages go to stderr)." },
  { name: 'outputs', description: "Also print the action's outputs as name=value lines on stdout, as the runner would set them." },
  { name: 'help', description: 'Show this help.' }
] as const;
const GLOBAL_BOOLEANS = ['json', 'outputs'];

const USAGE = `usage: phase-gates <command> [--flag value ...]
       phase-gates --version

commands:
${Object.entries(COMMANDS)
  .map(([name, c]) => `  ${name.padEnd(10)}${c.summary}`)
  .join('\n')}

Flags are named as the action inputs (e.g. --coverage-files coverage/lcov.info); \`phase-gates
<command> --help\` lists them with their defaults. Every command also takes --workspace DIR,
--json (the report as JSON on stdout) and --outputs (the outputs as name=value lines).
Exit codes: 0 passed, 1 a gate, check or deploy failed or an input is bad, 2 a usage error.`;

/** Wraps `text` at `width` columns, every line after the first indented by `indent`. */
function wrap(text: string, width: number, indent: string): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.join(`\n${indent}`);
}

/** `phase-gates <name> --help`: every flag with its description and default. */
export function commandHelp(name: string): string {
  const spec = COMMANDS[name];
  const own = spec.help
    ? spec.help
    : (FLAGS[name] ?? [])
        .map((f) => {
          const tail = f.required ? ' (required)' : f.default !== undefined ? ` (default: ${f.default})` : '';
          return `  --${f.name}\n      ${wrap(f.description + tail, 88, '      ')}`;
        })
        .join('\n');
  const common = COMMON_FLAGS.map((f) => {
    const head = `--${f.name}${'value' in f ? ` ${f.value}` : ''}`;
    const tail = 'default' in f ? ` (default: ${f.default})` : '';
    return `  ${head}\n      ${wrap(f.description + tail, 88, '      ')}`;
  }).join('\n');
  const format = spec.formats
    ? `\n  --format ${spec.formats.join('|')}\n      ${wrap(`What stdout gets: ${spec.formats.map((f) => FORMAT_HELP[f]).join('; ')}. (default: ${spec.formats[0]})`, 88, '      ')}`
    : '';
  return `usage: phase-gates ${name} [flags]${spec.positional ? ` [${spec.positional}...]` : ''}\n\n${spec.summary}\n\nflags:\n${own}${format}\n\ncommon flags:\n${common}\n`;
}

/** What `--format` prints, by value. */
const FORMAT_HELP: Record<string, string> = {
  text: '`text` nothing (the findings go to stderr, one file:line:col: message [PGxxx] line each)',
  json: '`json` the report as one JSON document (as --json)',
  sarif: '`sarif` the SARIF 2.1.0 log, as written to --sarif-path'
};

/** A usage error: one line, exit 2. */
class UsageError extends Error {}

/** Takes `--format X` / `--format=X` out of `argv`: the format and the other arguments. */
export function takeFormat(argv: string[], formats: readonly string[] | undefined): { format?: string; rest: string[] } {
  const rest: string[] = [];
  let format: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const m = /^--format(?:=(.*))?$/s.exec(argv[i]);
    if (!m || !formats) {
      rest.push(argv[i]);
      continue;
    }
    let value = m[1];
    if (value === undefined) {
      if (i + 1 >= argv.length) throw new UsageError('--format needs a value');
      value = argv[++i];
    }
    if (!formats.includes(value)) throw new UsageError(`--format must be ${formats.join(', ')}, not ${JSON.stringify(value)}${didYouMean(value, formats)}`);
    format = value;
  }
  return { format, rest };
}

/**
 * Parses `--name value` and `--name=value` pairs; a repeated flag joins its values with newlines.
 * A flag of `booleans` given without `=value` means `true` and takes no value.
 */
export function parseFlags(
  argv: string[],
  allowed: readonly string[],
  positional?: string,
  booleans: readonly string[] = []
): { inputs: Record<string, string>; workspace?: string; help: boolean; json: boolean; outputs: boolean } {
  const inputs: Record<string, string> = {};
  let workspace: string | undefined;
  let help = false;
  const globals: Record<string, boolean> = { json: false, outputs: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--help' || arg === '-h') {
      help = true;
      continue;
    }
    const m = /^--([a-z][a-z0-9-]*)(?:=(.*))?$/s.exec(arg);
    if (!m) {
      if (!positional || arg.startsWith('-')) throw new UsageError(`unexpected argument ${JSON.stringify(arg)}`);
      inputs[positional] = inputs[positional] !== undefined ? `${inputs[positional]}\n${arg}` : arg;
      continue;
    }
    const name = m[1];
    let value = m[2];
    if (GLOBAL_BOOLEANS.includes(name)) {
      globals[name] = value === undefined || value === 'true';
      continue;
    }
    if (!allowed.includes(name) && name !== 'workspace') {
      throw new UsageError(`unknown flag --${name}${didYouMean(name, [...allowed, 'workspace', ...GLOBAL_BOOLEANS, 'help']).replace(/"([^"]+)"/, '--$1')}`);
    }
    if (value === undefined && booleans.includes(name)) value = 'true';
    if (value === undefined) {
      if (i + 1 >= argv.length) throw new UsageError(`--${name} needs a value`);
      value = argv[++i];
    }
    if (name === 'workspace') {
      workspace = value;
      continue;
    }
    inputs[name] = inputs[name] !== undefined ? `${inputs[name]}\n${value}` : value;
  }
  return { inputs, workspace, help, json: globals.json, outputs: globals.outputs };
}

/** Commands whose report names a commit: without GITHUB_SHA, the host reads it from git and says so. */
const COMMIT_COMMANDS = new Set(['gates', 'smoke', 'deploy', 'pipeline']);
/** Commands that need one (the version deployed, the commit a gates report is for): they say when there is none. */
const NEEDS_COMMIT = new Set(['deploy', 'pipeline']);

/** What a command printed as its result for `--json`: its report, else its outputs. */
function jsonOf(result: CommandResult & Record<string, unknown>, outputs: Record<string, string>): unknown {
  for (const key of ['report', 'outcome']) if (result[key] !== undefined) return result[key];
  if (result.stages !== undefined) return { ok: result.ok, outputs, stages: result.stages };
  return outputs;
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === '--version' || name === '-V') {
    process.stdout.write(`${VERSION}\n`);
    return 0;
  }
  if (!name) {
    // A usage error: the usage on stderr, so that a script's stdout stays empty.
    process.stderr.write(USAGE + '\n');
    return 2;
  }
  if (name === '--help' || name === '-h' || (name === 'help' && !rest.length)) {
    process.stdout.write(USAGE + '\n');
    return 0;
  }
  // `phase-gates help gates` is `phase-gates gates --help`.
  const command = name === 'help' ? rest[0] : name;
  const spec = COMMANDS[command];
  if (!spec) {
    const hint = didYouMean(command, Object.keys(COMMANDS));
    process.stderr.write(`phase-gates: unknown command ${JSON.stringify(command)}${hint}; see phase-gates --help\n`);
    return 2;
  }
  if (name === 'help') {
    process.stdout.write(commandHelp(command));
    return 0;
  }
  let parsed;
  let format: string | undefined;
  try {
    const taken = takeFormat(rest, spec.formats);
    format = taken.format;
    parsed = parseFlags(taken.rest, spec.inputs, spec.positional, spec.booleans);
    if (format === 'json') parsed.json = true;
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    process.stderr.write(`phase-gates ${name}: ${err.message}; see phase-gates ${name} --help\n`);
    return 2;
  }
  if (parsed.help) {
    process.stdout.write(commandHelp(name));
    return 0;
  }
  const err = (t: string) => process.stderr.write(t);
  const host = new CliHost({
    inputs: parsed.inputs,
    workspace: path.resolve(parsed.workspace ?? process.cwd()),
    commitFromGit: COMMIT_COMMANDS.has(name),
    // With --json the summary is not printed: the JSON holds everything it says.
    out: parsed.json || format === 'sarif' ? () => undefined : undefined,
    // On a terminal the summary is text; redirected, it is the Markdown of the job summary.
    summary: process.stdout.isTTY ? 'text' : 'markdown',
    err,
    color: Boolean(process.stderr.isTTY) && !process.env.NO_COLOR
  });
  const commit = host.commitLine();
  if (commit && (host.commit?.sha || NEEDS_COMMIT.has(name))) err(commit + '\n');
  let result: (CommandResult & Record<string, unknown>) | undefined;
  const code = await runCommand(host, async (h) => (result = (await (await spec.load())(h)) as CommandResult & Record<string, unknown>), spec.handlesCancel);
  if (format === 'sarif') {
    if (result?.sarif !== undefined) process.stdout.write(JSON.stringify(host.maskValue(result.sarif), null, 2) + '\n');
  } else if (parsed.json) {
    if (result) process.stdout.write(JSON.stringify(host.maskValue(jsonOf(result, host.outputs)), null, 2) + '\n');
  } else if (parsed.outputs) host.flushOutputs();
  return code;
}

// Libraries written for the runner (@actions/github with a proxy) may print `::debug::` lines; they mean nothing on a terminal.
const write = process.stdout.write.bind(process.stdout);
process.stdout.write = ((chunk: string | Uint8Array, ...args: unknown[]) => {
  if (typeof chunk === 'string' && chunk.startsWith('::debug::') && !process.env.PHASE_GATES_DEBUG) return true;
  return (write as (...a: unknown[]) => boolean)(chunk, ...args);
}) as typeof process.stdout.write;

process.exitCode = await main(process.argv.slice(2));
