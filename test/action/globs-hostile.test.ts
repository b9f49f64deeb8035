/**
 * Globs over big trees, dangling links and directories named as files (issue 14, point 5), through
 * the bundled actions as the runner runs them: each is one `::error::` line naming the input, in
 * well under 10 s and 300 MB (limits against hangs; bench/ measures speed), never
 * `internal error: ENOENT` or `EISDIR`.
 */
import path from 'node:path';
import { mkdirSync, writeFileSync, symlinkSync } from 'node:fs';
import { runAction, makeWorkspace, commandMessage } from '../support/action.js';

const LIMIT_MS = 10_000;
const LIMIT_MB = 300;

async function refuse(action: string, ws: string, inputs: Record<string, string>, message: RegExp) {
  const r = await runAction(action, { workspace: ws, inputs, measure: true, timeoutMs: 60_000 });
  expect(r.stdout + r.stderr).not.toMatch(/internal error|\n\s+at .+:\d+:\d+\)?\n/);
  expect(r.code).toBe(1);
  expect(r.errors.map(commandMessage)).toEqual([expect.stringMatching(message)]);
  expect(r.ms).toBeLessThan(LIMIT_MS);
  expect(r.maxRssMb!).toBeLessThan(LIMIT_MB);
  return r;
}

describe('globs over big trees', () => {
  it('a glob that would walk 120,000 entries is refused with the count, before the walk', async () => {
    const ws = makeWorkspace();
    for (let d = 0; d < 120; d++) {
      const dir = path.join(ws, 'tree', `d${d}`);
      mkdirSync(dir, { recursive: true });
      for (let f = 0; f < 1000; f++) writeFileSync(path.join(dir, `f${f}.txt`), '');
    }
    await refuse('gates-enforcer', ws, { gates: 'coverage: 10', 'coverage-files': '**/**/**/lcov.info' }, /^coverage-files: "\*\*\/\*\*\/\*\*\/lcov\.info" would walk more than 100,000 entries under \.: start it with the directory/);
    await refuse('workflows-validation', ws, { paths: 'tree/**/*.yml' }, /^paths: "tree\/\*\*\/\*\.yml" would walk more than 100,000 entries under tree: /);
    // The same tree, globbed where the files are: read as usual.
    mkdirSync(path.join(ws, 'coverage'));
    writeFileSync(path.join(ws, 'coverage', 'lcov.info'), 'SF:a.c\nDA:1,1\nDA:2,0\nend_of_record\n');
    const ok = await runAction('gates-enforcer', { workspace: ws, inputs: { gates: 'coverage: ">=50%"', 'coverage-files': 'coverage/**/lcov.info' } });
    expect(ok.errors).toEqual([]);
    expect(ok.code).toBe(0);
  }, 120_000);
});

describe('dangling links and directories named as files', () => {
  it('a glob matching a link to a missing file', async () => {
    const ws = makeWorkspace({ 'ok.info': 'SF:a.c\nDA:1,1\nend_of_record\n' });
    symlinkSync('missing.info', path.join(ws, 'dangling.info'));
    await refuse('gates-enforcer', ws, { gates: 'coverage: 10', 'coverage-files': '*.info' }, /^coverage-files: dangling\.info is a symbolic link to nothing \(its target is missing\)$/);
  });

  it('a workflow that is a link to a missing file, found by the default paths', async () => {
    const ws = makeWorkspace({ '.github/workflows/ci.yml': 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo\n' });
    symlinkSync('missing.yml', path.join(ws, '.github/workflows/x.yml'));
    await refuse('workflows-validation', ws, {}, /^paths: \.github\/workflows\/x\.yml is a symbolic link to nothing/);
  });

  it('a link that points at itself', async () => {
    const ws = makeWorkspace();
    symlinkSync('loop.info', path.join(ws, 'loop.info'));
    await refuse('gates-enforcer', ws, { gates: 'coverage: 10', 'coverage-files': '*.info' }, /^coverage-files: loop\.info is a symbolic link to itself/);
  });

  it('a directory where a file belongs: phase document, checks file, validation config', async () => {
    const ws = makeWorkspace({ 'adir/keep.txt': '' });
    await refuse('gates-enforcer', ws, { 'phase-file': 'adir' }, /^phase-file: adir: not a regular file$/);
    await refuse('smoke-test', ws, { url: 'http://127.0.0.1:9', checks: 'adir' }, /^checks: adir: not a regular file$/);
    await refuse('workflows-validation', ws, { config: 'adir' }, /^config: adir: /);
  });
});
