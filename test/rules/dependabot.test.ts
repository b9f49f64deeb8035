/**
 * Dependabot's configuration: read from `.github/dependabot.yml` of the workspace beside the
 * workflows (or given as a path), positioned for the dependabot rules, and one clear line when it
 * is broken.
 */
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { RULES } from '../../src/core/workflows/rules/index.js';
import { loadFile } from '../../src/core/workflows/parse.js';
import { lint, formatFinding } from '../../src/core/workflows/lint.js';

const WORKFLOW = 'on: push\npermissions: {}\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ok\n';

function workspace(files: Record<string, string>): string {
  const ws = mkdtempSync(path.join(tmpdir(), 'pg-dependabot-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(ws, name)), { recursive: true });
    writeFileSync(path.join(ws, name), text);
  }
  return ws;
}

async function run(ws: string, paths: string[]): Promise<string[]> {
  const parsed = await Promise.all(paths.map((p) => loadFile(path.join(ws, p), p)));
  return (await lint(parsed, { workspace: ws, rules: RULES })).map(formatFinding);
}

const NO_COOLDOWN = 'version: 2\nupdates:\n  - package-ecosystem: pip\n    directory: /\n    schedule:\n      interval: daily\n';

it('reads .github/dependabot.yml of the workspace when the workflows are linted', async () => {
  const ws = workspace({ '.github/workflows/ci.yml': WORKFLOW, '.github/dependabot.yml': NO_COOLDOWN });
  expect(await run(ws, ['.github/workflows/ci.yml'])).toEqual([
    '.github/dependabot.yml:3:5: warning [PG228] the pip updates of / have no cooldown: new releases are proposed at once; add cooldown: { default-days: 7 }'
  ]);
});

it('reads .github/dependabot.yaml too, and honours inline disables in it', async () => {
  const ws = workspace({ '.github/workflows/ci.yml': WORKFLOW, '.github/dependabot.yaml': NO_COOLDOWN.replace('pip', 'pip # phase-gates-disable PG228') });
  expect(await run(ws, ['.github/workflows/ci.yml'])).toEqual([]);
});

it('a Dependabot file given as a path is read as one, not as a workflow', async () => {
  const ws = workspace({ '.github/dependabot.yml': NO_COOLDOWN.replace('daily\n', 'daily\n    insecure-external-code-execution: allow\n') });
  const lines = await run(ws, ['.github/dependabot.yml']);
  expect(lines.map((l) => l.replace(/ .*\[/, ' ['))).toEqual(['.github/dependabot.yml:3:5: [PG228] the pip updates of / have no cooldown: new releases are proposed at once; add cooldown: { default-days: 7 }', '.github/dependabot.yml:7:5: [PG229] insecure-external-code-execution: allow lets Dependabot run code of the pip updates with its registry credentials; remove it (deny is the default)']);
});

it('a broken Dependabot file given as a path is one line; found beside the workflows it is skipped', async () => {
  const ws = workspace({ '.github/workflows/ci.yml': WORKFLOW, '.github/dependabot.yml': 'version: 2\nupdates: [\n' });
  const given = await run(ws, ['.github/dependabot.yml']);
  expect(given).toHaveLength(1);
  expect(given[0]).toMatch(/^\.github\/dependabot\.yml:\d+:\d+: error \[PG\d+\] invalid YAML: /);
  expect(await run(ws, ['.github/workflows/ci.yml'])).toEqual([]);
});

it('a .github/dependabot.yml that links out of the workspace is not read', async () => {
  const outside = workspace({ 'dependabot.yml': NO_COOLDOWN });
  const ws = workspace({ '.github/workflows/ci.yml': WORKFLOW });
  symlinkSync(path.join(outside, 'dependabot.yml'), path.join(ws, '.github/dependabot.yml'));
  expect(await run(ws, ['.github/workflows/ci.yml'])).toEqual([]);
});
