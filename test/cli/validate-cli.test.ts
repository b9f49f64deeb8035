/** `phase-gates validate [paths...]`: compiler-style lines, exit 1 on errors. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { makeWorkspace, ROOT } from '../support/action.js';

const CLI = path.join(ROOT, 'dist/cli/index.js');

it('takes paths as bare arguments and prints file:line:col: level [id] message', () => {
  const ws = makeWorkspace({
    'ok.yml': 'on: push\npermissions: {}\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ok\n',
    'bad.yml': 'on: push\npermissions: {}\njobs:\n  a:\n    runs-on: ubuntu-latest\n    needs: buidl\n    steps:\n      - run: echo ok\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ok\n'
  });
  const r = spawnSync(process.execPath, [CLI, 'validate', 'ok.yml', 'bad.yml', '--outputs'], { cwd: ws, encoding: 'utf8' });
  expect(r.status).toBe(1);
  expect(r.stdout + r.stderr).toMatch(/^bad\.yml:6:\d+: error \[PG110\] .*buidl.*build/m);
  expect(r.stdout).toMatch(/^error-count=1$/m);
  expect(r.stdout + r.stderr).not.toMatch(/^ok\.yml:/m);
});
