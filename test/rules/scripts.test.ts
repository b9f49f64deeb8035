/**
 * The scripts rules (PG130–PG133) against actionlint's own test data (test/fixtures/actionlint-scripts,
 * copied with the findings actionlint reports): the same findings on the same lines, shellcheck's at
 * the line and column in the file of the script position actionlint prints; and the shellcheck
 * runner's promises: one process per batch, one note without shellcheck, levels from the config.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { FAMILIES } from '../../src/core/workflows/rules/index.js';
import { loadFile } from '../../src/core/workflows/parse.js';
import { lint, type Finding } from '../../src/core/workflows/lint.js';
import type { RuleSettings } from '../../src/core/workflows/rule.js';
import { parseConfig } from '../../src/core/workflows/config.js';
import type { UserError } from '../../src/core/errors.js';
import { RULES } from '../../src/core/workflows/rules/index.js';
import { positionedScript, sanitizeExpressions, shellcheckShell, stepShell, valueOf } from '../../src/core/workflows/rules/scripts/shell.js';
import { BATCH, type ShellcheckComment } from '../../src/core/workflows/rules/scripts/shellcheck-run.js';
import { isExpressionArtefact } from '../../src/core/workflows/rules/scripts/shellcheck.js';
import { itWith, onPath as onPathBin } from '../support/tools.js';

const DATA = path.join(process.cwd(), 'test/fixtures/actionlint-scripts');
const SCRIPTS = FAMILIES.find((f) => f.name === 'scripts')!.rules;
const STYLE: RuleSettings = { allowActions: [], allowOwners: [], shellcheck: { severity: 'style' } };

async function run(dir: string, files: string[], settings: RuleSettings = STYLE): Promise<Finding[]> {
  const parsed = await Promise.all(files.map((f) => loadFile(path.join(dir, f), f)));
  return lint(parsed, { workspace: dir, rules: SCRIPTS, settings });
}

/** Where a script's line and column are in the file, read off the text: the `run:` at `line` (one-line or `|` block). */
function placeInFile(text: string[], line: number, scriptLine: number, scriptColumn: number): string {
  const m = /^(.*\brun:\s*)(\S.*)$/.exec(text[line - 1])!;
  if (/^[|>]/.test(m[2])) {
    const first = text[line];
    const indent = /^ */.exec(first)![0].length;
    return `${line + scriptLine}:${indent + scriptColumn}`;
  }
  expect(scriptLine).toBe(1);
  return `${line}:${m[1].length + scriptColumn}`;
}

const RULE_OF: Record<string, string> = { shellcheck: 'PG130', 'deprecated-commands': 'PG131', 'shell-name': 'PG132', 'env-var': 'PG133' };

/** actionlint's line, as the finding of ours that says the same: rule, place, and what it names. */
function expectedOf(out: string, text: string[]): string {
  const regex = /^\/test\\\.yaml:(\d+):(\d+): (.*) \\\[(\S+)\\\]\/$/.exec(out);
  const plain = /^test\.yaml:(\d+):(\d+): (.*) \[(\S+)\]$/.exec(out);
  const [, l, c, message, kind] = (regex ?? plain)!;
  const line = Number(l);
  const rule = RULE_OF[kind];
  if (kind === 'shellcheck') {
    const sc = /SC(\d+):(\w+):(\d+):(\d+): /.exec(message);
    // A regular expression line names no code: the finding is on the line of the one-line script.
    return sc ? `${placeInFile(text, line, Number(sc[3]), Number(sc[4]))} ${rule} SC${sc[1]} (${sc[2]})` : `${line} ${rule}`;
  }
  const name = /"([^"]+)"/.exec(message)![1];
  if (kind === 'deprecated-commands') return `${line}:${text[line - 1].indexOf(`::${name}`) + 1} ${rule} "${name}"`;
  const detail = kind === 'shell-name' ? ` ${/invalid( on [^.]+)?\. available names are (.*)$/.exec(message)!.slice(1).join('|')}` : '';
  return `${line}:${c} ${rule} "${name}"${detail}`;
}

function actualOf(f: Finding, regexLine: boolean): string {
  if (f.ruleId === 'PG130') return regexLine ? `${f.line} ${f.ruleId}` : `${f.line}:${f.column} ${f.ruleId} ${/^SC\d+ \(\w+\)/.exec(f.message)![0]}`;
  const name = f.ruleId === 'PG133' ? JSON.parse(/name ("(?:[^"\\]|\\.)*")/.exec(f.message)![1]) : /"([^"]+)"/.exec(f.message)![1];
  const detail = f.ruleId === 'PG132' ? ` ${/invalid( on [^:]+)?: available names are (.*), or a command/.exec(f.message)!.slice(1).join('|')}` : '';
  return `${f.line}:${f.column} ${f.ruleId} "${name}"${detail}`;
}

const errCases = readdirSync(path.join(DATA, 'err')).filter((f) => f.endsWith('.yaml'));
const shellcheckCases = errCases.filter((f) => f.startsWith('shellcheck')).map((f) => [f] as const);
const otherCases = errCases.filter((f) => !f.startsWith('shellcheck')).map((f) => [f] as const);

describe("actionlint's test data", () => {
  const agrees = async (file: string) => {
    const text = readFileSync(path.join(DATA, 'err', file), 'utf8').split('\n');
    const out = readFileSync(path.join(DATA, 'err', file.replace(/\.yaml$/, '.out')), 'utf8').split('\n').filter(Boolean);
    const regexLines = out.some((o) => o.startsWith('/'));
    const expected = out.map((o) => expectedOf(o, text)).sort();
    const actual = (await run(path.join(DATA, 'err'), [file])).map((f) => actualOf(f, regexLines)).sort();
    expect(actual).toEqual(expected);
    expect(actual.length).toBeGreaterThan(0);
  };
  it.each(otherCases)('%s: the findings actionlint reports', agrees);
  itWith('shellcheck', '--version').each(shellcheckCases)('%s: the shellcheck findings actionlint reports, placed in the file', agrees);

  itWith('shellcheck', '--version')("shellcheck: nothing in actionlint's ok/ files of the scripts rules", async () => {
    const files = readdirSync(path.join(DATA, 'ok')).filter((f) => f.endsWith('.yaml'));
    expect(files.length).toBeGreaterThan(10);
    const findings = await run(path.join(DATA, 'ok'), files);
    expect(findings.map((f) => `${f.file}:${f.line}:${f.column}: ${f.message}`)).toEqual([]);
  });
});

const temps: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'pg-scripts-'));
  temps.push(dir);
  return dir;
}
afterAll(() => temps.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A workflow of `count` one-step jobs, each `run:` on a line of its own with SC2046 at column 19 (`distinct`: each script its own text). */
function manyScripts(count: number, distinct = false): string {
  const jobs = Array.from({ length: count }, (_, i) => `  j${i}:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo $(date)${distinct ? ` ${i}` : ''}\n`);
  return `on: push\npermissions: {}\njobs:\n${jobs.join('')}`;
}

describe('the shellcheck runner', () => {
  itWith('shellcheck', '--version')(`shellcheck: one process per ${BATCH} scripts, every finding on its own line`, async () => {
    const dir = tempDir();
    const log = path.join(dir, 'calls.log');
    const wrapper = path.join(dir, 'shellcheck-wrapper');
    writeFileSync(wrapper, `#!/bin/sh\necho "$#" >> '${log}'\nexec '${onPathOrFail('shellcheck')}' "$@"\n`);
    chmodSync(wrapper, 0o755);
    const count = BATCH * 2 + 50;
    writeFileSync(path.join(dir, 'many.yml'), manyScripts(count, true));
    writeFileSync(path.join(dir, 'same.yml'), manyScripts(count));
    const expected = Array.from({ length: count }, (_, i) => `${7 + 4 * i}:19 SC2046 (warning): Quote this to prevent word splitting`);
    const findings = await run(dir, ['many.yml'], { allowActions: [], allowOwners: [], shellcheck: { path: wrapper } });
    expect(readFileSync(log, 'utf8').split('\n').filter(Boolean).length).toBe(3);
    expect(findings.map((f) => `${f.line}:${f.column} ${f.message}`)).toEqual(expected);
    // The same script in every job is checked once, and reported in every job.
    rmSync(log);
    const same = await run(dir, ['same.yml'], { allowActions: [], allowOwners: [], shellcheck: { path: wrapper } });
    // One call: its ten flags and one script.
    expect(readFileSync(log, 'utf8').split('\n').filter(Boolean)).toEqual([String(10 + 1)]);
    expect(same.map((f) => `${f.line}:${f.column} ${f.message}`)).toEqual(expected);
  });

  it('without shellcheck: one note for the run, and every other rule still reports', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'a.yml'), `${manyScripts(3)}      - run: echo "::set-output name=x::1"\n`);
    writeFileSync(path.join(dir, 'b.yml'), manyScripts(2));
    const missing = path.join(dir, 'no-such-shellcheck');
    const findings = await run(dir, ['a.yml', 'b.yml'], { allowActions: [], allowOwners: [], shellcheck: { path: missing } });
    expect(findings.map((f) => `${f.file}:${f.line}: ${f.level} [${f.ruleId}] ${f.message}`)).toEqual([
      `a.yml:7: note [PG130] shellcheck not found at ${missing}: the 6 bash/sh scripts of run: steps were not checked; install it (apt-get install shellcheck, brew install shellcheck) or set shellcheck.path in .github/phase-gates.yml`,
      'a.yml:16: warning [PG131] workflow command "set-output" is deprecated; use `echo "{name}={value}" >> "$GITHUB_OUTPUT"` instead: https://docs.github.com/en/actions/using-workflows/workflow-commands-for-github-actions'
    ]);
  });

  itWith('shellcheck', '--version')('shellcheck: info and style only when the config asks, as notes; errors stay errors', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'w.yml'), 'on: push\npermissions: {}\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo $HOME `date`\n      - run: if true; then echo x\n');
    const shown = (fs: Finding[]) => fs.map((f) => `${f.line}:${f.column} ${f.level} ${f.message.split(':')[0]}`);
    const byDefault = shown(await run(dir, ['w.yml'], { allowActions: [], allowOwners: [] }));
    expect(byDefault.every((l) => / (error|warning) /.test(l))).toBe(true);
    expect(byDefault.some((l) => l.startsWith('8:') && l.includes(' error SC'))).toBe(true);
    const style = shown(await run(dir, ['w.yml']));
    expect(style).toEqual(expect.arrayContaining(['7:19 note SC2086 (info)', '7:25 note SC2006 (style)', ...byDefault]));
  });
});

function onPathOrFail(program: string): string {
  const p = onPathBin(program);
  if (!p) throw new Error(`${program} is not on PATH`);
  return p;
}

describe('real workflows (test/fixtures/scripts-real)', () => {
  const REAL = path.join(process.cwd(), 'test/fixtures/scripts-real');
  const files = readdirSync(REAL).filter((f) => /\.ya?ml$/.test(f));

  /** Every `run:` of a parsed file with its step, owner and shell. */
  async function scriptsOf(file: string) {
    const parsed = await loadFile(path.join(REAL, file), file);
    const model = parsed.model!;
    expect(model.kind).toBe('workflow');
    if (model.kind !== 'workflow') return [];
    return model.jobs.flatMap((job) =>
      job.steps.flatMap((step) => {
        const run = valueOf(step.token, 'run');
        if (!run) return [];
        const shell = stepShell(step, job, model);
        return [{ script: positionedScript(parsed.source, run)!, sh: shell === undefined ? undefined : shellcheckShell(shell) }];
      })
    );
  }

  it.each(files.map((f) => [f] as const))('%s: every character of every run: script is placed on itself in the file', async (file) => {
    const lines = readFileSync(path.join(REAL, file), 'utf8').split('\n');
    const scripts = await scriptsOf(file);
    expect(scripts.length).toBeGreaterThan(3);
    for (const { script } of scripts) {
      expect(script.exact).toBe(true);
      for (let i = 0; i < script.text.length; i++) {
        const ch = script.text[i];
        // Line breaks and the spaces that fold them stand at the end of their line.
        if (ch === '\n' || ch === ' ') continue;
        const at = script.posAt(i);
        expect([i, lines[at.line - 1][at.column - 1]]).toEqual([i, ch]);
      }
    }
  });

  itWith('shellcheck', '--version').each(files.map((f) => [f] as const))('%s: shellcheck in batches finds what one process per script (actionlint) finds, at its place', async (file) => {
    const expected: string[] = [];
    for (const { script, sh } of await scriptsOf(file)) {
      if (!sh) continue;
      // actionlint's invocation (rule_shellcheck.go): the script on standard input, one process each.
      const args = ['--norc', '-f', 'json', '-x', '--shell', sh, '-e', 'SC1091,SC2194,SC2050,SC2153,SC2154,SC2157,SC2043', '-'];
      const setup = sh === 'bash' ? 'set -eo pipefail' : 'set -e';
      const r = spawnSync('shellcheck', args, { input: `${setup}\n${sanitizeExpressions(script.text)}\n`, encoding: 'utf8' });
      for (const c of JSON.parse(r.stdout) as ShellcheckComment[]) {
        // SC2193 in a test holding a `${{ }}` is the placeholder's artefact, which PG130 drops (actionlint keeps it).
        if (isExpressionArtefact(script, { ...c, line: c.line - 1 })) continue;
        const at = script.posAt(script.offsetOf(c.line - 1, c.column));
        expected.push(`${at.line}:${at.column} SC${c.code} (${c.level})`);
      }
    }
    const actual = (await run(REAL, [file])).filter((f) => f.ruleId === 'PG130').map((f) => `${f.line}:${f.column} ${/^SC\d+ \(\w+\)/.exec(f.message)![0]}`);
    expect(actual.sort()).toEqual(expected.sort());
  });
});

describe('shellcheck: in .github/phase-gates.yml', () => {
  const read = (text: string) => parseConfig(text, '.github/phase-gates.yml', 'config', RULES);
  const errors = (text: string): string[] => {
    try {
      read(text);
    } catch (err) {
      return (err as UserError).renderAll();
    }
    return [];
  };

  it('takes severity and path', () => {
    expect(read('shellcheck:\n  severity: style\n  path: /opt/shellcheck\n').settings.shellcheck).toEqual({ severity: 'style', path: '/opt/shellcheck' });
    expect(read('rules:\n  PG130: off\n').settings.shellcheck).toBeUndefined();
  });

  it('refuses a bad level, an unknown key and a scalar, each on its line', () => {
    expect(errors('shellcheck:\n  severity: note\n  paths: x\n')).toEqual([
      'config: .github/phase-gates.yml:2: shellcheck.severity must be error, warning, info or style',
      'config: .github/phase-gates.yml:3: unknown key shellcheck.paths (shellcheck: takes severity and path)'
    ]);
    expect(errors('shellcheck: style\n')).toEqual(['config: .github/phase-gates.yml:1: shellcheck: must be a mapping with severity: and path:']);
  });
});
