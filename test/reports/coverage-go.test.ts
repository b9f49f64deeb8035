/** go 1.19: statements from coverprofiles equal `go tool cover -func`, alone and merged. */
import path from 'node:path';
import { readFileSync, writeFileSync } from 'node:fs';
import { tempDir, cleanup, run, load, pct } from '../fixtures/coverage/helpers.js';
import { UserError } from '../../src/core/errors.js';

describe('go test -coverprofile', () => {
  let dir: string;
  let env: NodeJS.ProcessEnv;
  beforeAll(() => {
    dir = tempDir('go');
    // No network, no shared cache: everything the build needs is inside the temp dir.
    env = { GOFLAGS: '-mod=mod', GOCACHE: path.join(dir, '.cache'), GOPATH: path.join(dir, '.gopath'), GOPROXY: 'off', GOTOOLCHAIN: 'local', GO111MODULE: 'on' };
    run('go', ['test', '-covermode=count', '-coverprofile=classify.out', '-run', 'TestClassify', '.'], dir, env);
    run('go', ['test', '-covermode=count', '-coverprofile=sum.out', '-run', 'TestSum', '.'], dir, env);
    // go tool cover reads one profile: concatenated blocks (one mode line) are how Go merges them.
    const merged = readFileSync(path.join(dir, 'classify.out'), 'utf8') + readFileSync(path.join(dir, 'sum.out'), 'utf8').replace(/^mode: .*\n/, '');
    writeFileSync(path.join(dir, 'merged.out'), merged);
  });
  afterAll(() => cleanup(dir));

  /** `total:	(statements)	57.1%` — Go prints one decimal. */
  function goTotal(profile: string): number {
    const out = run('go', ['tool', 'cover', `-func=${profile}`], dir, env);
    const m = /^total:\s+\(statements\)\s+([\d.]+)%/m.exec(out);
    if (!m) throw new Error(`no total in go tool cover -func:\n${out}`);
    return Number(m[1]);
  }

  it.each(['classify.out', 'sum.out', 'merged.out'])('%s: statements equal go tool cover -func', async (name) => {
    const { formats, totals } = await load([path.join(dir, name)]);
    expect(formats).toEqual(['go-coverprofile']);
    expect(Math.abs(pct(totals, 'statements')! - goTotal(name))).toBeLessThanOrEqual(0.05);
  });

  it('two profiles given separately merge like the concatenated profile go tool cover reads', async () => {
    const separate = await load([path.join(dir, 'classify.out'), path.join(dir, 'sum.out')]);
    const one = await load([path.join(dir, 'merged.out')]);
    expect(separate.totals.statements).toEqual(one.totals.statements);
    expect(separate.totals.lines).toEqual(one.totals.lines);
    expect(Math.abs(pct(separate.totals, 'statements')! - goTotal('merged.out'))).toBeLessThanOrEqual(0.05);
    const a = (await load([path.join(dir, 'classify.out')])).totals.statements;
    expect(separate.totals.statements.total).toBe(a.total);
    expect(separate.totals.statements.covered).toBeGreaterThan(a.covered);
  });

  it('refuses a malformed block with file and line', async () => {
    writeFileSync(path.join(dir, 'bad.out'), 'mode: set\nexample.com/tiny/tiny.go:5.28,6.12 1 1\nexample.com/tiny/tiny.go:oops\n');
    await expect(load([path.join(dir, 'bad.out')])).rejects.toMatchObject({ constructor: UserError, line: 3, file: 'bad.out' });
  });
});
