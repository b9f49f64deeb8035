/**
 * The actions' runner protocol (src/host/runner-commands.ts) writes what `@actions/core` writes,
 * byte for byte: the same calls made through both, on values with every character the escapes
 * touch, give the same stdout and the same GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files.
 */
import { jest } from '@jest/globals';
import { mkdtempSync, readFileSync, writeFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as core from '@actions/core';
import * as runner from '../../src/host/runner-commands.js';
import { ActionsHost } from '../../src/host/actions-host.js';

const TRICKY = ['plain', 'a % b, c: d', 'line 1\nline 2\r\nline 3', '::error::injected', '100%25 already', 'ünïcødé ✓', ''];

/** What `run` writes to stdout. */
function stdoutOf(run: () => void): string {
  const chunks: string[] = [];
  const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    chunks.push(String(chunk));
    return true;
  });
  try {
    run();
  } finally {
    spy.mockRestore();
  }
  return chunks.join('');
}

const saved = { ...process.env };
afterEach(() => {
  for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k];
  Object.assign(process.env, saved);
});

describe('workflow commands on stdout', () => {
  const props = [
    {},
    { file: 'src/a b.ts', startLine: 3, endLine: 4, startColumn: 5, endColumn: 9, title: 'gate: coverage, 80%' },
    { file: '.github/workflows/ci.yml', startLine: 12 },
    { title: 'only a title' },
    { file: 'x.yml', startLine: 0, startColumn: 0 }
  ];
  it.each(['error', 'warning', 'notice'] as const)('annotations (%s) as core.error/warning/notice write them', (level) => {
    for (const message of TRICKY)
      for (const p of props) {
        const theirs = stdoutOf(() => core[level](message, p));
        expect(stdoutOf(() => runner.annotate(level, message, p))).toBe(theirs);
        expect(stdoutOf(() => new ActionsHost().annotate(level, message, p))).toBe(theirs);
      }
  });

  it('debug, info and add-mask as core writes them', () => {
    const host = new ActionsHost();
    for (const message of TRICKY) {
      expect(stdoutOf(() => host.debug(message))).toBe(stdoutOf(() => core.debug(message)));
      expect(stdoutOf(() => host.info(message))).toBe(stdoutOf(() => core.info(message)));
      if (message) expect(stdoutOf(() => runner.issueCommand('add-mask', {}, message))).toBe(stdoutOf(() => core.setSecret(message)));
    }
  });

  it('set-output on stdout when the runner gives no GITHUB_OUTPUT', () => {
    delete process.env.GITHUB_OUTPUT;
    for (const value of TRICKY) expect(stdoutOf(() => runner.setOutput('report', value))).toBe(stdoutOf(() => core.setOutput('report', value)));
  });
});

describe('files of the runner', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'pg-runner-'));
  const file = (name: string) => {
    const f = path.join(dir, name);
    writeFileSync(f, '');
    return f;
  };

  it('GITHUB_OUTPUT: the same heredoc entries, each under a fresh ghadelimiter_<uuid>', () => {
    const ours = file('ours.out');
    const theirs = file('theirs.out');
    for (const value of TRICKY) {
      process.env.GITHUB_OUTPUT = ours;
      runner.setOutput('the name', value);
      process.env.GITHUB_OUTPUT = theirs;
      core.setOutput('the name', value);
    }
    const uuid = /ghadelimiter_[0-9a-f-]{36}/g;
    const a = readFileSync(ours, 'utf8');
    expect(a.match(uuid)).toHaveLength(2 * TRICKY.length);
    expect(new Set(a.match(uuid)).size).toBe(TRICKY.length);
    expect(a.replace(uuid, 'D')).toBe(readFileSync(theirs, 'utf8').replace(uuid, 'D'));
  });

  it('GITHUB_OUTPUT that is missing: the same refusal', () => {
    process.env.GITHUB_OUTPUT = path.join(dir, 'absent');
    expect(() => core.setOutput('a', 'b')).toThrow(`Missing file at path: ${process.env.GITHUB_OUTPUT}`);
    expect(() => runner.setOutput('a', 'b')).toThrow(`Missing file at path: ${process.env.GITHUB_OUTPUT}`);
  });

  it('GITHUB_STEP_SUMMARY: appended as core.summary.addRaw(markdown, true).write() appends', async () => {
    const ours = file('ours.md');
    const theirs = file('theirs.md');
    process.env.GITHUB_STEP_SUMMARY = ours;
    for (const md of TRICKY) await new ActionsHost().appendSummary(md);
    process.env.GITHUB_STEP_SUMMARY = theirs;
    for (const md of TRICKY) {
      await core.summary.addRaw(md, true).write();
      core.summary.emptyBuffer();
    }
    expect(readFileSync(ours, 'utf8')).toBe(readFileSync(theirs, 'utf8'));
    expect(readFileSync(ours, 'utf8')).toContain('line 1\nline 2');
  });

  it('a summary file that cannot be written: the same refusal', async () => {
    const locked = file('locked.md');
    chmodSync(locked, 0o400);
    const refusal = `Unable to access summary file: '${locked}'. Check if the file has correct read/write permissions.`;
    if (process.getuid?.() === 0) return expect(runner.appendSummary(locked, 'x')).resolves.toBeUndefined(); // root may write anyway, as core does
    process.env.GITHUB_STEP_SUMMARY = locked;
    await expect(core.summary.addRaw('x').write()).rejects.toThrow(refusal);
    await expect(runner.appendSummary(locked, 'x')).rejects.toThrow(refusal);
  });
});

it('inputs: INPUT_<NAME> untrimmed, spaces as _, as core.getInput(name, { trimWhitespace: false })', () => {
  process.env['INPUT_COVERAGE-FILES'] = '  a.info \n';
  process.env['INPUT_MY_INPUT'] = 'x';
  for (const name of ['coverage-files', 'my input', 'absent'])
    expect(new ActionsHost().getInput(name)).toBe(core.getInput(name, { trimWhitespace: false }));
});
