/**
 * `runInit`: refusing to overwrite (nothing written), --force, the workspace and its boundaries,
 * bad flags, which commit our actions are pinned to, and what it prints.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { INIT_PATHS } from '../../src/core/init/workflow.js';
import { SYSTEM_REF_ENVIRONMENT } from '../../src/core/init/ref.js';
import { NOT_A_CHECKOUT, ROOT, init, refusal, workspace } from './support.js';

const ALL = [INIT_PATHS.workflow, INIT_PATHS.phase, INIT_PATHS.config, INIT_PATHS.gitignore];

/** Every file under `dir`, relative, sorted. */
function tree(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const abs = path.join(d, e.name);
      if (e.isDirectory()) walk(abs);
      else out.push(path.relative(dir, abs).split(path.sep).join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

describe('overwriting', () => {
  it('refuses an existing file without --force, in one line naming it, and writes nothing', async () => {
    const ws = workspace();
    mkdirSync(path.join(ws, 'docs/phases'), { recursive: true });
    writeFileSync(path.join(ws, INIT_PATHS.phase), 'mine\n');
    const message = await refusal(init(ws, { provider: 'command' }));
    expect(message).toBe('docs/phases/06-deployment.md: already exists; nothing written (use --force to overwrite)');
    expect(tree(ws)).toEqual([INIT_PATHS.phase]);
    expect(readFileSync(path.join(ws, INIT_PATHS.phase), 'utf8')).toBe('mine\n');
  });

  it('names every existing file on the one line', async () => {
    const ws = workspace();
    await init(ws, { provider: 'aws-ecs' });
    const message = await refusal(init(ws, { provider: 'aws-ecs' }));
    expect(message).toBe(
      '.github/workflows/deploy.yml: already exists (and docs/phases/06-deployment.md, .github/phase-gates.yml); nothing written (use --force to overwrite)'
    );
  });

  it('overwrites with --force, and never the user’s deploy.sh or rollback.sh', async () => {
    const ws = workspace();
    await init(ws, { provider: 'kubernetes' });
    writeFileSync(path.join(ws, INIT_PATHS.deployScript), '#!/bin/sh\necho mine\n');
    const { result, host } = await init(ws, { provider: 'command', force: 'true' });
    expect(result.files.map((f) => [f.path, f.status])).toEqual([
      [INIT_PATHS.workflow, 'overwritten'],
      [INIT_PATHS.phase, 'overwritten'],
      [INIT_PATHS.config, 'overwritten'],
      [INIT_PATHS.deployScript, 'kept'],
      [INIT_PATHS.rollbackScript, 'written'],
      [INIT_PATHS.gitignore, 'kept']
    ]);
    expect(readFileSync(path.join(ws, INIT_PATHS.workflow), 'utf8')).toContain('provider: command');
    expect(readFileSync(path.join(ws, INIT_PATHS.deployScript), 'utf8')).toBe('#!/bin/sh\necho mine\n');
    expect(host.outputs.files).toBe([INIT_PATHS.workflow, INIT_PATHS.phase, INIT_PATHS.config, INIT_PATHS.rollbackScript].join(','));
  });

  it('keeps existing scripts without --force too (they are not refused)', async () => {
    const ws = workspace();
    writeFileSync(path.join(ws, INIT_PATHS.rollbackScript), 'mine\n');
    const { result } = await init(ws, { provider: 'command' });
    expect(result.files.find((f) => f.path === INIT_PATHS.rollbackScript)?.status).toBe('kept');
    expect(readFileSync(path.join(ws, INIT_PATHS.rollbackScript), 'utf8')).toBe('mine\n');
  });

  it('leaves no temporary file behind', async () => {
    const ws = workspace();
    await init(ws, { provider: 'command' });
    expect(tree(ws)).toEqual([...ALL, INIT_PATHS.deployScript, INIT_PATHS.rollbackScript].sort());
    // .gitignore included: a refusal writes nothing, and a directory in its place is refused too.
  });

  it('refuses a directory where a file goes, even with --force', async () => {
    const ws = workspace();
    mkdirSync(path.join(ws, INIT_PATHS.config), { recursive: true });
    expect(await refusal(init(ws, { provider: 'vercel', force: 'true' }))).toBe('.github/phase-gates.yml: is a directory; nothing written');
    expect(tree(ws)).toEqual([]);
  });
});

describe('switching providers with --force', () => {
  it('removes the scripts the command provider wrote, and only them', async () => {
    const ws = workspace();
    writeFileSync(path.join(ws, 'Makefile'), 'all:\n');
    await init(ws, { provider: 'command' });
    const before = tree(ws);
    const { result, host } = await init(ws, { provider: 'kubernetes', force: 'true' });
    expect(tree(ws)).toEqual(before.filter((f) => f !== INIT_PATHS.deployScript && f !== INIT_PATHS.rollbackScript));
    expect(result.files.filter((f) => f.status === 'removed').map((f) => f.path)).toEqual([INIT_PATHS.deployScript, INIT_PATHS.rollbackScript]);
    expect(host.summary).toMatch(/removed +deploy\.sh +written for provider command, unused by kubernetes/);
    expect(host.outputs.files.split(',')).toEqual(expect.arrayContaining([INIT_PATHS.deployScript, INIT_PATHS.rollbackScript]));
  });

  it('keeps a script the user has edited since, and says so', async () => {
    const ws = workspace();
    await init(ws, { provider: 'command' });
    writeFileSync(path.join(ws, INIT_PATHS.deployScript), '#!/bin/sh\nkubectl apply -f k8s/\n');
    const { result } = await init(ws, { provider: 'vercel', force: 'true' });
    expect(readFileSync(path.join(ws, INIT_PATHS.deployScript), 'utf8')).toBe('#!/bin/sh\nkubectl apply -f k8s/\n');
    expect(existsSync(path.join(ws, INIT_PATHS.rollbackScript))).toBe(false);
    expect(result.files.find((f) => f.path === INIT_PATHS.deployScript)).toEqual({
      path: INIT_PATHS.deployScript,
      status: 'kept',
      what: 'edited since init wrote it for provider command; unused by vercel: remove it yourself'
    });
  });

  it("never touches a deploy.sh init did not write (from another provider's workflow)", async () => {
    const ws = workspace();
    await init(ws, { provider: 'aws-ecs' });
    writeFileSync(path.join(ws, INIT_PATHS.deployScript), '#!/bin/sh\n');
    await init(ws, { provider: 'gcp-cloudrun', force: 'true' });
    expect(readFileSync(path.join(ws, INIT_PATHS.deployScript), 'utf8')).toBe('#!/bin/sh\n');
    // Back to command: the user's deploy.sh is kept, the missing rollback.sh written.
    const { result } = await init(ws, { provider: 'command', force: 'true' });
    expect(result.files.filter((f) => f.path.endsWith('.sh')).map((f) => [f.path, f.status])).toEqual([
      [INIT_PATHS.deployScript, 'kept'],
      [INIT_PATHS.rollbackScript, 'written']
    ]);
  });
});

describe('.gitignore', () => {
  const OURS = ['workflows-validation.sarif', 'gates-report.json', 'ci/', 'post-deploy/', '.phase-gates/'];

  it('is created with the files phase-gates writes', async () => {
    const ws = workspace();
    const { result } = await init(ws, { provider: 'command' });
    const lines = readFileSync(path.join(ws, INIT_PATHS.gitignore), 'utf8').split('\n');
    expect(lines.filter((l) => l && !l.startsWith('#'))).toEqual([...OURS, 'coverage/']);
    expect(result.files.find((f) => f.path === INIT_PATHS.gitignore)?.status).toBe('written');
  });

  it('gets only the missing lines appended, once, whatever ran before', async () => {
    const ws = workspace();
    writeFileSync(path.join(ws, INIT_PATHS.gitignore), 'node_modules/\n/ci\ncoverage/\ngates-report.json');
    await init(ws, { provider: 'command' });
    const first = readFileSync(path.join(ws, INIT_PATHS.gitignore), 'utf8');
    expect(first.startsWith('node_modules/\n/ci\ncoverage/\ngates-report.json\n\n# phase-gates')).toBe(true);
    expect(first.split('\n').filter((l) => l && !l.startsWith('#'))).toEqual([
      'node_modules/',
      '/ci',
      'coverage/',
      'gates-report.json',
      'workflows-validation.sarif',
      'post-deploy/',
      '.phase-gates/'
    ]);
    const { result } = await init(ws, { provider: 'kubernetes', force: 'true' });
    expect(readFileSync(path.join(ws, INIT_PATHS.gitignore), 'utf8')).toBe(first);
    expect(result.files.find((f) => f.path === INIT_PATHS.gitignore)).toEqual({ path: INIT_PATHS.gitignore, status: 'kept', what: 'already ignores the files phase-gates writes' });
  });

  it('ignores what the written commands write, so that git sees none of it', async () => {
    const ws = workspace();
    spawnSync('git', ['init', '-q'], { cwd: ws });
    await init(ws, { provider: 'command' });
    for (const f of ['workflows-validation.sarif', 'gates-report.json', 'ci/deploy-logs.txt', 'post-deploy/smoke-report.json', '.phase-gates/npm-audit.json', 'coverage/lcov.info']) {
      mkdirSync(path.dirname(path.join(ws, f)), { recursive: true });
      writeFileSync(path.join(ws, f), '{}');
    }
    const status = spawnSync('git', ['status', '--porcelain', '--untracked-files=all'], { cwd: ws, encoding: 'utf8' }).stdout;
    expect(status.split('\n').filter(Boolean).sort()).toEqual(
      ['?? .github/phase-gates.yml', '?? .github/workflows/deploy.yml', '?? .gitignore', '?? deploy.sh', '?? docs/phases/06-deployment.md', '?? rollback.sh'].sort()
    );
  });
});

describe('the workspace', () => {
  it('is where the files go (--workspace), not the current directory', async () => {
    const ws = workspace();
    const { host } = await init(ws, { provider: 'gcp-cloudrun' });
    expect(tree(ws)).toEqual([...ALL].sort());
    expect(host.summary).toContain(`in ${ws}:`);
    expect(existsSync(path.join(ROOT, INIT_PATHS.phase))).toBe(false);
  });

  it('refuses a path that leaves the workspace through a link, before writing anything', async () => {
    const ws = workspace();
    const outside = workspace('pg-init-outside-');
    symlinkSync(outside, path.join(ws, 'docs'));
    const message = await refusal(init(ws, { provider: 'command' }));
    expect(message).toBe('workspace: path escapes the workspace through a link: docs/phases/06-deployment.md');
    expect(tree(outside)).toEqual([]);
    expect(existsSync(path.join(ws, '.github'))).toBe(false);
  });

  it('must be a directory', async () => {
    const ws = workspace();
    expect(await refusal(init(path.join(ws, 'missing'), { provider: 'command' }))).toBe(`workspace: not a directory: ${path.join(ws, 'missing')}`);
  });
});

describe('flags', () => {
  it('refuses an unknown provider in one line naming provider', async () => {
    const ws = workspace();
    expect(await refusal(init(ws, { provider: 'heroku' }))).toBe(
      'provider: unknown provider "heroku" (one of command, kubernetes, aws-ecs, azure-webapp, gcp-cloudrun, vercel)'
    );
    expect(tree(ws)).toEqual([]);
  });

  it('requires a provider', async () => {
    expect(await refusal(init(workspace(), {}))).toBe('provider: required and not supplied (one of command, kubernetes, aws-ecs, azure-webapp, gcp-cloudrun, vercel)');
  });

  it('refuses a --force that is not a boolean', async () => {
    expect(await refusal(init(workspace(), { provider: 'command', force: 'yes' }))).toBe('force: not a boolean: "yes" (write true or false)');
  });
});

describe('the ref of our actions', () => {
  // Resolving it from git checkouts and package.json: test/init/ref.test.ts, with real repositories.
  it('takes --ref OWNER/REPO@SHA', async () => {
    const ws = workspace();
    const sha = 'ABCDEF0123456789abcdef0123456789abcdef01';
    const { result, host } = await init(ws, { provider: 'vercel', ref: `acme/phase-gates@${sha}` }, NOT_A_CHECKOUT);
    expect(result.ref).toEqual(expect.objectContaining({ repository: 'acme/phase-gates', sha: sha.toLowerCase(), origin: 'flag' }));
    const text = readFileSync(path.join(ws, INIT_PATHS.workflow), 'utf8');
    expect(text).toContain(`uses: acme/phase-gates/actions/smoke-test@${sha.toLowerCase()} # v`);
    expect(host.summary).toContain(
      `Our actions: acme/phase-gates@${sha.toLowerCase()} # v0.1.0, from --ref (the comment is the version of this phase-gates: the tag of that commit is not known here).`
    );
  });

  it.each(['acme/phase-gates', 'acme/phase-gates@v1', 'acme@0123456789abcdef0123456789abcdef01234567', 'acme/phase-gates@0123456'])('refuses --ref %s in one line naming ref', async (ref) => {
    const message = await refusal(init(workspace(), { provider: 'command', ref }));
    expect(message).toMatch(/^ref: must be OWNER\/REPO@SHA with a full 40-hex commit SHA/);
  });

  it('asks for --ref, in one line, when neither git nor package.json say where this phase-gates comes from', async () => {
    const ws = workspace();
    const message = await refusal(init(ws, { provider: 'command' }, NOT_A_CHECKOUT));
    expect(message).toBe(
      `ref: cannot tell which repository and commit of phase-gates to pin its actions to: ${ROOT} is not a git checkout, and its package.json has no repository and no gitHead (give --ref OWNER/REPO@SHA, the repository you use phase-gates from and the 40-hex commit of a release tag)`
    );
    expect(tree(ws)).toEqual([]);
  });

  it('finds the package root from where the code runs', () => {
    expect(SYSTEM_REF_ENVIRONMENT.packageRoot()).toBe(ROOT);
  });
});

describe('what it prints', () => {
  it('lists the files and the next steps: secrets, environments with reviewers, OIDC', async () => {
    const { host } = await init(workspace(), { provider: 'azure-webapp' });
    const text = host.summary;
    for (const file of ALL) expect(text).toMatch(new RegExp(`written +${file.replace(/\./g, '\\.')} `));
    expect(text).toContain('Next steps:');
    expect(text).toContain('required reviewers');
    // What deploy's checks will ask of production, said before the first deploy meets it.
    expect(text).toContain("deploy's Approvals check refuses");
    expect(text).toMatch(/CHANGELOG\.md .*production refuses a tagged/);
    for (const secret of ['AZURE_CLIENT_ID', 'AZURE_TENANT_ID', 'AZURE_SUBSCRIPTION_ID']) expect(text).toContain(`- ${secret}:`);
    expect(text).toContain('AZURE_WEBAPP_NAME');
    expect(text).toContain('OIDC');
    expect(text).toContain('Production strategy: blue-green');
  });

  it('tells the command provider to fill in its scripts', async () => {
    const { host } = await init(workspace(), { provider: 'command' });
    expect(host.summary).toContain('- DEPLOY_TOKEN:');
    expect(host.summary).toContain('Fill in deploy.sh and rollback.sh');
    expect(host.summary).not.toContain('OIDC');
  });
});
