/**
 * README.md against what it documents: the Inputs and Outputs tables against the five action.yml
 * files (through scripts/readme.mjs, and once more by reading the tables back independently), the
 * two commands it starts with, and every `phase-gates <command> --flag` it shows against the
 * command line (src/cli/main.ts) and the inputs of the command's action.
 */
import { readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { parse } from 'yaml';

const ROOT = process.cwd();
const README = readFileSync(path.join(ROOT, 'README.md'), 'utf8');

interface Entry {
  name: string;
  group: string;
  description: string;
  default?: unknown;
  required: boolean;
}
interface Action {
  id: string;
  file: string;
  inputs: Entry[];
  outputs: Entry[];
}
interface Block {
  key: string;
  file: string;
  body: string;
}
/** What scripts/readme.mjs exports. */
interface Generator {
  ACTIONS: { id: string; file: string }[];
  loadActions(root?: string): Action[];
  readAction(text: string, file?: string): Pick<Action, 'inputs' | 'outputs'>;
  blocks(actions: Action[]): Block[];
  apply(readme: string, wanted: Block[]): { text: string; problems: string[] };
  cell(text: unknown): string;
}

// A computed specifier: the generator is plain JavaScript without type declarations.
const GENERATOR = '../../scripts/readme.mjs';
let gen: Generator;
beforeAll(async () => {
  gen = (await import(GENERATOR)) as Generator;
});

/** The command each `phase-gates` command runs as an action (init has none). */
const COMMAND_ACTIONS: Record<string, string | null> = {
  gates: 'actions/gates-enforcer/action.yml',
  validate: 'actions/workflows-validation/action.yml',
  smoke: 'actions/smoke-test/action.yml',
  deploy: 'actions/deploy/action.yml',
  pipeline: 'action.yml',
  init: null
};

const ACTION_FILES = ['action.yml', 'actions/gates-enforcer/action.yml', 'actions/workflows-validation/action.yml', 'actions/deploy/action.yml', 'actions/smoke-test/action.yml'];

interface ActionYml {
  inputs?: Record<string, { description?: string; default?: unknown; required?: boolean | string } | null>;
  outputs?: Record<string, { description?: string } | null>;
}

function actionYml(file: string): ActionYml {
  return parse(readFileSync(path.join(ROOT, file), 'utf8')) as ActionYml;
}

/** The marker id of an action.yml: `root`, or its directory. */
function idOf(file: string): string {
  return file === 'action.yml' ? 'root' : path.basename(path.dirname(file));
}

/** The text between `<!-- key -->` and `<!-- /key -->`; fails unless there is exactly one. */
function markedBlock(readme: string, key: string): string {
  const escaped = key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const matches = [...readme.matchAll(new RegExp(`<!--\\s*${escaped}\\s*-->([\\s\\S]*?)<!--\\s*/${escaped}\\s*-->`, 'g'))];
  if (matches.length !== 1) throw new Error(`README.md has ${matches.length} <!-- ${key} --> blocks, expected 1`);
  return matches[0][1];
}

/** Rows of the Markdown tables in a block, as cells (unescaped `\|` kept as written). */
function tableRows(block: string): string[][] {
  return block
    .split('\n')
    .filter((l) => l.startsWith('|') && !/^\|\s*-{3}/.test(l))
    .map((l) =>
      l
        .split(/(?<!\\)\|/)
        .slice(1, -1)
        .map((c) => c.trim())
    )
    .filter((cells) => !['input', 'output'].includes(cells[0]));
}

/** A description as a table cell: line breaks folded, `|` escaped (the README's rule, written again here). */
function folded(text: unknown): string {
  return String(text ?? '')
    .trim()
    .split(/\r?\n/)
    .map((l) => l.trim())
    .join(' ')
    .replace(/ +/g, ' ')
    .replace(/\|/g, '\\|');
}

/** Code in a Markdown text: the lines of fenced blocks, and inline code spans of the rest. */
function codeOf(markdown: string): { fenced: string[]; inline: string[] } {
  const fenced: string[] = [];
  const prose: string[] = [];
  let inFence = false;
  for (const line of markdown.split('\n')) {
    if (/^\s*```/.test(line)) {
      inFence = !inFence;
      continue;
    }
    (inFence ? fenced : prose).push(line);
  }
  // Fenced shell lines continued with a backslash are one command.
  const joined = fenced.join('\n').replace(/\\\n\s*/g, ' ').split('\n');
  const inline = [...prose.join('\n').matchAll(/(`+)([\s\S]*?[^`])\1(?!`)/g)].map((m) => m[2].replace(/\s*\n\s*/g, ' '));
  return { fenced: joined, inline };
}

interface Invocation {
  command: string;
  flags: string[];
  where: string;
}

/** Every `phase-gates <command> …` (or `dist/cli/index.js <command> …`) in the code of a Markdown text, with the flags after it. */
function invocations(markdown: string): Invocation[] {
  const out: Invocation[] = [];
  const { fenced, inline } = codeOf(markdown);
  for (const text of [...fenced, ...inline]) {
    const re = /(?:(?<![\w./@-])phase-gates|dist\/cli\/index\.js)[ \t]+([a-z][\w-]*)/g;
    const found = [...text.matchAll(re)];
    found.forEach((m, i) => {
      const end = i + 1 < found.length ? found[i + 1].index : text.length;
      const rest = text.slice(m.index + m[0].length, end);
      const flags = [...rest.matchAll(/(?:^|\s)--([a-z][a-z0-9-]*)/g)].map((f) => f[1]);
      out.push({ command: m[1], flags, where: text.trim().slice(0, 120) });
    });
  }
  return out;
}

/** The command names of `COMMANDS` in src/cli/main.ts, read as text. */
function cliCommands(): string[] {
  const source = readFileSync(path.join(ROOT, 'src/cli/main.ts'), 'utf8');
  const body = /const COMMANDS\b[^=]*=\s*\{([\s\S]*?)\n\};/.exec(source);
  if (!body) throw new Error('src/cli/main.ts: no `const COMMANDS = { … };`');
  return [...body[1].matchAll(/^ {2}(?:'([\w-]+)'|([a-z][\w]*)):\s*\{/gm)].map((m) => m[1] ?? m[2]);
}

/** The flags of `phase-gates init`: the values of `InitInputs` in src/core/init/inputs.ts, read as text. */
function initFlags(): string[] {
  const source = readFileSync(path.join(ROOT, 'src/core/init/inputs.ts'), 'utf8');
  const body = /export const InitInputs\s*=\s*\{([\s\S]*?)\}/.exec(source);
  if (!body) throw new Error('src/core/init/inputs.ts: no `export const InitInputs = { … }`');
  return [...body[1].matchAll(/:\s*'([a-z][a-z0-9-]*)'/g)].map((m) => m[1]);
}

/** What is wrong with the commands and flags shown in a Markdown text. */
function cliProblems(markdown: string, commands: string[], init: string[]): string[] {
  const problems: string[] = [];
  for (const inv of invocations(markdown)) {
    if (!commands.includes(inv.command)) {
      problems.push(`phase-gates ${inv.command}: no such command in src/cli/main.ts (known: ${commands.join(', ')}) — in \`${inv.where}\``);
      continue;
    }
    const file = COMMAND_ACTIONS[inv.command];
    if (file === undefined) {
      problems.push(`phase-gates ${inv.command}: the test does not know its action (COMMAND_ACTIONS)`);
      continue;
    }
    const allowed = new Set(['workspace', 'help', ...(file === null ? init : Object.keys(actionYml(file).inputs ?? {}))]);
    for (const flag of inv.flags) {
      if (!allowed.has(flag)) problems.push(`phase-gates ${inv.command} --${flag}: not an input of ${file ?? 'init'} — in \`${inv.where}\``);
    }
  }
  return problems;
}

describe('README.md tables', () => {
  it('are what scripts/readme.mjs generates from the five action.yml files', () => {
    expect(gen.ACTIONS.map((a) => a.file).sort()).toEqual([...ACTION_FILES].sort());
    const { problems, text } = gen.apply(README, gen.blocks(gen.loadActions(ROOT)));
    expect(problems).toEqual([]);
    expect(text).toBe(README);
  });

  it('list every input and output of every action.yml, with its default and its description verbatim', () => {
    const problems: string[] = [];
    for (const file of ACTION_FILES) {
      const meta = actionYml(file);
      for (const section of ['inputs', 'outputs'] as const) {
        const key = `${section}:${idOf(file)}`;
        const rows = tableRows(markedBlock(README, key));
        const shown = new Map(rows.map((cells) => [cells[0].replace(/^`|`$/g, ''), cells]));
        const declared = Object.entries(meta[section] ?? {});
        expect(declared.length).toBeGreaterThan(0);
        for (const [name, spec] of declared) {
          const cells = shown.get(name);
          if (!cells) {
            problems.push(`${key}: ${name} (declared in ${file}) is missing`);
            continue;
          }
          const description = cells[cells.length - 1];
          if (description !== folded(spec?.description)) problems.push(`${key}: ${name}: the description differs from ${file}`);
          if (section === 'inputs') {
            const input = spec as { default?: unknown; required?: boolean | string } | null;
            const hasDefault = input?.default !== undefined && input?.default !== null && String(input.default).trim() !== '';
            const want = hasDefault ? `\`${folded(input!.default)}\`` : input?.required === true || input?.required === 'true' ? '(required)' : '';
            if (cells[1] !== want) problems.push(`${key}: ${name}: default ${JSON.stringify(cells[1])}, ${file} says ${JSON.stringify(want)}`);
          }
        }
        for (const name of shown.keys()) if (!(meta[section] ?? {})[name]) problems.push(`${key}: ${name} is not declared in ${file}`);
        if (rows.length !== shown.size) problems.push(`${key}: a row appears twice`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('fail the check when a table drifts from its action.yml', () => {
    const actions = gen.loadActions(ROOT);
    // Start from the README as generated, so that this test says only whether drift is caught.
    const current = gen.apply(README, gen.blocks(actions)).text;
    const deploy = actions.find((a) => a.id === 'deploy')!;
    const changed = actions.map((a) => (a !== deploy ? a : { ...a, inputs: a.inputs.map((i, n) => (n === 0 ? { ...i, description: `${i.description} (changed)` } : i)) }));
    const drift = gen.apply(current, gen.blocks(changed));
    expect(drift.problems).toHaveLength(1);
    expect(drift.problems[0]).toMatch(/^inputs:deploy: differs from actions\/deploy\/action\.yml/);
    expect(drift.text).toContain('(changed)');

    const added = actions.map((a) => (a.id !== 'smoke-test' ? a : { ...a, outputs: [...a.outputs, { name: 'new-output', group: '', description: 'x', required: false }] }));
    expect(gen.apply(current, gen.blocks(added)).problems).toEqual([expect.stringMatching(/^outputs:smoke-test: differs/)]);

    const unmarked = current.replace('<!-- /outputs:root -->', '');
    expect(gen.apply(unmarked, gen.blocks(actions)).problems.join('\n')).toMatch(/outputs:root/);
  });

  it('escape | and fold line breaks in cells', () => {
    expect(gen.cell('a | b\n  c\r\nd ')).toBe('a \\| b c d');
    const { inputs } = gen.readAction('inputs:\n  x:\n    description: |\n      one |\n      two\n    default: |\n      a\n      b\n    required: false\n');
    expect(inputs).toEqual([{ name: 'x', group: '', description: 'one |\ntwo\n', default: 'a\nb\n', required: false }]);
  });

  it('are current for `node scripts/readme.mjs --check`', () => {
    const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts/readme.mjs'), '--check'], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });
});

describe('README.md commands', () => {
  it('begins with `npm ci && npm run demo`, then `npm ci && npm test`', () => {
    const fences = [...README.matchAll(/^```[^\n]*\n([\s\S]*?)^```/gm)].map((m) => m[1].trim());
    expect(fences.slice(0, 2)).toEqual(['npm ci && npm run demo', 'npm ci && npm test']);
    const firstSection = README.indexOf('\n## ');
    expect(README.slice(firstSection, firstSection + 40)).toMatch(/^\n## Set up and try it/);
    const second = README.indexOf('\n## ', firstSection + 1);
    expect(README.indexOf('npm ci && npm test')).toBeLessThan(second);
  });

  it('shows only commands of src/cli/main.ts, each with an example, and only flags their action declares', () => {
    const commands = cliCommands();
    expect(commands).toEqual(expect.arrayContaining(['gates', 'validate', 'smoke', 'deploy', 'pipeline', 'init']));
    expect(Object.keys(COMMAND_ACTIONS).sort()).toEqual([...commands].sort());
    const init = initFlags();
    expect(init).toEqual(expect.arrayContaining(['provider', 'force', 'ref']));

    expect(cliProblems(README, commands, init)).toEqual([]);
    const examples = codeOf(README).fenced.filter((l) => /^\s*(?:npx )?phase-gates [a-z]/.test(l));
    for (const command of commands) expect(examples.some((l) => new RegExp(`phase-gates ${command}\\b`).test(l))).toBe(true);
  });

  it('finds unknown commands and flags, in blocks and inline code', () => {
    const commands = cliCommands();
    const init = initFlags();
    const bad = [
      '```sh',
      'phase-gates deploi --environment staging',
      'phase-gates deploy --environment staging \\',
      '  --canary-percent 10',
      'npx phase-gates smoke --url http://x --report-path r.json --timeout 5',
      '```',
      'Run `phase-gates init --provider vercel --overwrite` or `node dist/cli/index.js gates --phase-file p.md --bogus 1`.',
      'Also `phase-gates pipeline --smoke-report-path a.json --report-path b.json --workspace . --help`.',
      'Not commands: `OWNER/phase-gates@v1`, `# phase-gates-disable PG110`, phase-gates in prose.'
    ].join('\n');
    expect(cliProblems(bad, commands, init)).toEqual([
      expect.stringMatching(/^phase-gates deploi: no such command/),
      expect.stringMatching(/^phase-gates deploy --canary-percent: not an input of actions\/deploy\/action\.yml/),
      expect.stringMatching(/^phase-gates smoke --timeout: not an input/),
      expect.stringMatching(/^phase-gates init --overwrite: not an input of init/),
      expect.stringMatching(/^phase-gates gates --bogus: not an input of actions\/gates-enforcer\/action\.yml/)
    ]);
  });
});
