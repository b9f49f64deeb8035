/**
 * Every flag the providers put on a command line is one the CLI documents: checked against the
 * stored excerpts of each CLI's documented flags (test/fixtures/providers/<cli>-flags.txt, with
 * their sources), and against the live `--help` of kubectl, gcloud, az and vercel when they are on
 * PATH. (aws is run for real against a loopback endpoint in aws-cli.test.ts.) Nothing here touches
 * the network: help output only, prompts, update checks and metadata probes off.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { existsSync, mkdtempSync, rmSync, readFileSync, realpathSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Provider, ProviderCommand, ProviderStep } from '../../../src/core/deploy/provider.js';
import { createProvider, type CloudProviderName } from '../../../src/core/deploy/providers/index.js';
import { FakeRuntime, commandOf, fixture, flagTable, onPath, replies, rollbackStep, runProcess, strategySteps, type Reply } from './support.js';
import { itWith } from '../../support/tools.js';

const ctx = { input: 'provider-options', environment: 'production' };

/** Every option of every provider set, so that every optional flag shows up. */
const CASES: Array<{ name: CloudProviderName; options: Record<string, unknown>; reply: Array<[string, Reply]> }> = [
  {
    name: 'kubernetes',
    options: { deployment: 'web', container: 'app', image: 'ghcr.io/acme/web', namespace: 'shop', context: 'prod', kubeconfig: '/tmp/kubeconfig', 'rollout-timeout': '5m', service: 'web', 'slot-label': 'slot', 'slot-url': 'https://web-{slot}.example.com' },
    reply: [['kubectl get service', { stdout: fixture('kubectl-get-service.json') }], ['kubectl get deployment', { stdout: '2' }]]
  },
  {
    name: 'aws-ecs',
    options: { cluster: 'prod', service: 'web', 'task-definition': 'web', container: 'web', image: '123456789012.dkr.ecr.eu-central-1.amazonaws.com/web', region: 'eu-central-1' },
    reply: [
      ['aws ecs describe-services', { stdout: fixture('ecs-describe-services.json') }],
      ['aws ecs describe-task-definition', { stdout: fixture('ecs-describe-task-definition.json') }],
      ['aws ecs register-task-definition', { stdout: fixture('ecs-register-task-definition.json') }]
    ]
  },
  { name: 'azure-webapp', options: { app: 'acme-shop', 'resource-group': 'rg', slot: 'staging', image: 'acme.azurecr.io/shop', subscription: 'prod' }, reply: [] },
  { name: 'azure-webapp', options: { app: 'acme-shop', 'resource-group': 'rg', package: 'shop.zip' }, reply: [] },
  {
    name: 'gcp-cloudrun',
    options: { service: 'api', image: 'europe-docker.pkg.dev/acme-prod/web/api', region: 'europe-west1', project: 'acme-prod' },
    reply: [
      ['gcloud run services describe', { stdout: fixture('cloudrun-describe-service.json') }],
      ['gcloud run revisions list', { stdout: fixture('cloudrun-revisions-list.json') }]
    ]
  },
  { name: 'vercel', options: { project: 'storefront', scope: 'acme', prebuilt: true, cwd: 'web' }, reply: [['vercel deploy', { stdout: 'https://storefront-abc-acme.vercel.app\n' }], ['vercel list', { stdout: 'https://storefront-old-acme.vercel.app\n' }]] }
];

/** Runs every strategy a provider supports, its rollbacks, a rollback run, and the plans of all of them. */
async function exercise(c: (typeof CASES)[number]): Promise<ProviderCommand[]> {
  const commands: ProviderCommand[] = [];
  const make = (): Provider => createProvider(c.name, c.options, ctx);
  const strategies = make().strategies;
  for (const strategy of strategies) {
    const p = make();
    const rt = new FakeRuntime(replies(c.reply));
    const steps: ProviderStep[] = [...strategySteps(strategy, [10, 100]), rollbackStep(strategy === 'direct' ? '' : 'blue')];
    for (const s of steps) {
      commands.push(...p.plan(s));
      await p.apply(s, rt);
    }
    commands.push(...rt.commands);
  }
  for (const slot of ['', 'blue'] as const) {
    const rt = new FakeRuntime(replies([['gcloud run revisions list', { stdout: '[]' }], ...c.reply]));
    await make().apply(rollbackStep(slot), rt);
    commands.push(...rt.commands, ...make().plan(rollbackStep(slot)));
  }
  return commands;
}

let commands: ProviderCommand[] = [];

beforeAll(async () => {
  for (const c of CASES) commands.push(...(await exercise(c)));
  // Placeholders of the plans are no flags; keep one command per distinct argv.
  const seen = new Set<string>();
  commands = commands.filter((c) => {
    const key = [c.program, ...c.args].join('\u0000');
    return !seen.has(key) && seen.add(key);
  });
});

/** The distinct command paths used per program, each with the flags used with it. */
function usage(program: string): Map<string, Set<string>> {
  const table = flagTable(program);
  const out = new Map<string, Set<string>>();
  for (const c of commands.filter((x) => x.program === program)) {
    const found = commandOf(c.args, table);
    if (!found) throw new Error(`${program} ${c.args.join(' ')}: no such command in ${program}-flags.txt`);
    const flags = out.get(found.path) ?? new Set<string>();
    for (const f of found.flags) flags.add(f);
    out.set(found.path, flags);
  }
  return out;
}

const PROGRAMS = ['kubectl', 'aws', 'az', 'gcloud', 'vercel'];

describe('flags against the stored excerpts of the CLIs\' documentation', () => {
  test('every provider ran, and every command it built names a documented command', () => {
    expect(new Set(commands.map((c) => c.program))).toEqual(new Set(PROGRAMS));
    for (const program of PROGRAMS) expect(usage(program).size).toBeGreaterThan(0);
  });

  test.each(PROGRAMS)('%s: each flag used is documented for its command (or globally)', (program) => {
    const table = flagTable(program);
    expect(table.sources.length).toBeGreaterThan(0);
    for (const s of table.sources) expect(s).toMatch(/^https:\/\//);
    const undocumented: string[] = [];
    for (const [cmd, flags] of usage(program)) {
      const known = new Set([...(table.commands.get(cmd) ?? []), ...(table.commands.get('*') ?? [])]);
      for (const f of flags) if (!known.has(f)) undocumented.push(`${program} ${cmd} ${f}`);
    }
    expect(undocumented).toEqual([]);
  });

  test('no command carries a token, a password or a secret flag', () => {
    for (const c of commands) expect(c.args.filter((a) => /^--(token|password|.*secret|container-registry-password)/.test(a))).toEqual([]);
  });
});

const scratch = mkdtempSync(path.join(tmpdir(), 'phase-gates-cli-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
/** Offline, prompt-free, no update checks, no cloud metadata probes, no user configuration. */
const OFFLINE_ENV = {
  PAGER: 'cat',
  KUBECONFIG: path.join(scratch, 'kubeconfig-none'),
  CLOUDSDK_CONFIG: path.join(scratch, 'gcloud'),
  CLOUDSDK_CORE_DISABLE_PROMPTS: '1',
  CLOUDSDK_CORE_DISABLE_USAGE_REPORTING: 'true',
  CLOUDSDK_COMPONENT_MANAGER_DISABLE_UPDATE_CHECK: 'true',
  CLOUDSDK_CORE_CHECK_GCE_METADATA: 'false',
  AZURE_CONFIG_DIR: path.join(scratch, 'azure'),
  AZURE_CORE_COLLECT_TELEMETRY: 'false',
  AZURE_CORE_ONLY_SHOW_ERRORS: 'true',
  VERCEL_TELEMETRY_DISABLED: '1',
  NO_COLOR: '1'
};

/** Help text without terminal styling: ANSI sequences and overstrike bold. */
function plain(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\x1b\[[0-9;]*m/g, '').replace(/.\x08/g, '');
}

function mentions(help: string, flag: string): boolean {
  const esc = flag.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(^|[^A-Za-z0-9-])${esc}(?![A-Za-z0-9-])`, 'm').test(help);
}

/** Runs help commands (each once) and returns their text, styling removed. */
async function helpText(argvs: string[][]): Promise<string> {
  const runs = await Promise.all(argvs.map((argv) => runProcess(argv, OFFLINE_ENV, 40000)));
  for (const r of runs) if (r.code === null) throw new Error(`${r.argv.join(' ')} timed out`);
  const text = plain(runs.map((r) => r.stdout + r.stderr).join('\n'));
  if (text.length < 200) throw new Error(`${argvs.map((a) => a.join(' ')).join('; ')}: no help text (${text.trim().slice(0, 200)})`);
  return text;
}

/** Flags of `program` used with `cmd` that `help` does not mention. */
function unmentioned(program: string, cmd: string, flags: Set<string>, help: string): string[] {
  return [...flags].filter((f) => !mentions(help, f)).map((f) => `${program} ${cmd} ${f}`);
}

/**
 * gcloud's own command tree, shipped with the SDK as data/cli/gcloud_completions.py (a JSON object
 * after its header): every command's flags, and the global ones. Read instead of starting gcloud
 * once per command, which takes seconds each.
 */
function gcloudTree(): { flags: (cmd: string) => Set<string> | undefined; global: Set<string> } | undefined {
  const bin = onPath('gcloud');
  if (!bin) return undefined;
  const file = path.join(path.dirname(path.dirname(realpathSync(bin))), 'data/cli/gcloud_completions.py');
  if (!existsSync(file)) return undefined;
  const text = readFileSync(file, 'utf8');
  interface Node { commands: Record<string, Node>; flags: Record<string, unknown> }
  const root = JSON.parse(text.slice(text.indexOf('{'))) as Node;
  return {
    global: new Set(Object.keys(root.flags)),
    flags: (cmd) => {
      let node: Node | undefined = root;
      for (const w of cmd.split(' ')) node = node?.commands[w];
      return node ? new Set(Object.keys(node.flags)) : undefined;
    }
  };
}

describe('flags against the live CLIs on PATH (each skipped where its CLI is not installed)', () => {
  itWith('kubectl')('kubectl: each flag used shows in `kubectl <command> --help` or `kubectl options`', async () => {
    const globals = helpText([['kubectl', 'options']]);
    const missing = await Promise.all(
      [...usage('kubectl')].map(async ([cmd, flags]) => unmentioned('kubectl', cmd, flags, `${await helpText([['kubectl', ...cmd.split(' '), '--help']])}\n${await globals}`))
    );
    expect(missing.flat()).toEqual([]);
  }, 60000);

  itWith('gcloud')('gcloud: each flag used is one of the installed SDK\'s command tree, and `gcloud run deploy --help` lists those of run deploy', async () => {
    const used = usage('gcloud');
    const tree = gcloudTree();
    const missing: string[] = [];
    if (tree) {
      for (const [cmd, flags] of used) {
        const known = tree.flags(cmd);
        if (!known) missing.push(`gcloud ${cmd}: not a command of the installed SDK`);
        else for (const f of flags) if (!known.has(f) && !tree.global.has(f)) missing.push(`gcloud ${cmd} ${f}`);
      }
    }
    // The help itself, for the command with the most flags (and for all of them without the tree).
    const live = tree ? [...used].filter(([cmd]) => cmd === 'run deploy') : [...used];
    for (const [cmd, flags] of live) missing.push(...unmentioned('gcloud', cmd, flags, await helpText([['gcloud', ...cmd.split(' '), '--help']])));
    expect(missing).toEqual([]);
  }, 60000);

  for (const program of ['az', 'vercel']) {
    itWith(program)(`${program}: each flag used shows in the command's --help`, async () => {
      const missing = await Promise.all([...usage(program)].map(async ([cmd, flags]) => unmentioned(program, cmd, flags, await helpText([[program, ...cmd.split(' '), '--help']]))));
      expect(missing.flat()).toEqual([]);
    }, 60000);
  }
});
