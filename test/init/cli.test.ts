/**
 * `phase-gates init` through the bundled command line (dist/cli/index.js). It runs once the bundle
 * has the init command; until dist/ is rebuilt, it is skipped and says so.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { INIT_PATHS } from '../../src/core/init/workflow.js';
import { ROOT, workspace } from './support.js';

const CLI = path.join(ROOT, 'dist/cli/index.js');
const SHA = '89abcdef0123456789abcdef0123456789abcdef';

function cli(args: string[], cwd = ROOT) {
  return spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
}

/** The bundle lists `init` among its commands (its usage is printed by `--help`). */
const bundled = existsSync(CLI) && /^\s+init\s/m.test(cli(['--help']).stdout);
const maybe = bundled ? it : it.skip;
const suffix = bundled ? '' : ' (skipped: dist/cli/index.js has no init command yet; rebuild dist/ to run it)';

maybe(`writes, refuses and overwrites through the bundled CLI${suffix}`, () => {
  const ws = workspace();
  const help = cli(['init', '--help']);
  expect(help.status).toBe(0);
  for (const flag of ['--provider', '--force', '--ref', '--workspace']) expect(help.stdout).toContain(flag);

  const first = cli(['init', '--provider', 'command', '--ref', `phase-gates/phase-gates@${SHA}`, '--workspace', ws, '--outputs']);
  expect(first.stderr).toBe('');
  expect(first.status).toBe(0);
  expect(first.stdout).toContain('Next steps:');
  expect(first.stdout).toMatch(/^files=\.github\/workflows\/deploy\.yml,/m);
  for (const file of [INIT_PATHS.workflow, INIT_PATHS.phase, INIT_PATHS.config, INIT_PATHS.deployScript, INIT_PATHS.rollbackScript]) {
    expect(existsSync(path.join(ws, file))).toBe(true);
  }
  expect(readFileSync(path.join(ws, INIT_PATHS.workflow), 'utf8')).toContain(`phase-gates/phase-gates/actions/deploy@${SHA} # v`);

  // From inside the workspace, without --workspace: refused, one line, exit 1.
  const again = cli(['init', '--provider', 'kubernetes', `--ref=phase-gates/phase-gates@${SHA}`], ws);
  expect(again.status).toBe(1);
  expect(again.stderr.trim().split('\n')).toEqual([
    'error: .github/workflows/deploy.yml: already exists (and docs/phases/06-deployment.md, .github/phase-gates.yml); nothing written (use --force to overwrite)'
  ]);
  expect(readFileSync(path.join(ws, INIT_PATHS.workflow), 'utf8')).toContain('provider: command');

  // --force takes no value.
  const forced = cli(['init', '--force', '--provider', 'kubernetes', '--ref', `phase-gates/phase-gates@${SHA}`], ws);
  expect(forced.status).toBe(0);
  expect(readFileSync(path.join(ws, INIT_PATHS.workflow), 'utf8')).toContain('provider: kubernetes');

  const unknown = cli(['init', '--provider', 'heroku', '--workspace', ws]);
  expect(unknown.status).toBe(1);
  expect(unknown.stderr.trim().split('\n')).toEqual(['error: provider: unknown provider "heroku" (one of command, kubernetes, aws-ecs, azure-webapp, gcp-cloudrun, vercel)']);
});
