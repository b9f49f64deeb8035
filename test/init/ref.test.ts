/**
 * Which repository and commit `init` pins our actions to, read from real temporary git
 * repositories standing for the phase-gates it runs from: the remote origin and the tag at HEAD,
 * else package.json's repository and gitHead (installed without git), else one line asking for
 * --ref. The target repository (name, default branch) is read the same way.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { githubRepository, resolveActionsRef, runGit, type RefEnvironment } from '../../src/core/init/ref.js';
import { readTarget } from '../../src/core/init/target.js';
import { INIT_PATHS } from '../../src/core/init/workflow.js';
import { init, refusal, workspace } from './support.js';

/** Runs git in `cwd` and returns its output; the test fails on an error. */
function git(cwd: string, ...args: string[]): string {
  const r = spawnSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', '-c', 'init.defaultBranch=trunk', ...args], { cwd, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
  return r.stdout.trim();
}

/** A phase-gates package (package.json name phase-gates) in a new directory; extra package.json fields merged. */
function phaseGates(fields: Record<string, unknown> = {}): string {
  const dir = workspace('pg-init-pkg-');
  writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'phase-gates', version: '1.4.0', ...fields }));
  return dir;
}

/** Makes `dir` a git repository with one commit; returns the commit. */
function commit(dir: string): string {
  git(dir, 'init', '-q');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'release');
  return git(dir, 'rev-parse', 'HEAD');
}

const at = (root: string): RefEnvironment => ({ packageRoot: () => root, git: runGit });

describe('from the git checkout phase-gates runs from', () => {
  it('takes owner/repo from remote origin, the commit from HEAD and the comment from the release tag at HEAD', async () => {
    const root = phaseGates();
    const head = commit(root);
    git(root, 'remote', 'add', 'origin', 'https://github.com/acme/phase-gates.git');
    git(root, 'tag', 'v1.3.9');
    git(root, 'tag', '-a', 'v1.4.0', '-m', 'v1.4.0');
    git(root, 'tag', 'latest-build');
    const ref = await resolveActionsRef('', 'ref', at(root));
    expect(ref).toEqual({
      repository: 'acme/phase-gates',
      sha: head,
      version: 'v1.4.0',
      origin: 'checkout',
      release: true,
      from: `the git checkout at ${root}: remote origin https://github.com/acme/phase-gates.git, tag v1.4.0 at HEAD`
    });
  });

  it('says when HEAD is not a release (git describe), and the printout asks for a release', async () => {
    const root = phaseGates();
    commit(root);
    git(root, 'remote', 'add', 'origin', 'git@github.com:acme/phase-gates.git');
    git(root, 'tag', 'v1.4.0');
    writeFileSync(path.join(root, 'CHANGE'), 'x');
    const head = commit(root);
    const ref = await resolveActionsRef('', 'ref', at(root));
    expect(ref).toEqual(expect.objectContaining({ repository: 'acme/phase-gates', sha: head, version: `v1.4.0-1-g${head.slice(0, 7)}`, release: false }));
    expect(ref.from).toBe(`the git checkout at ${root}: remote origin git@github.com:acme/phase-gates.git, HEAD is v1.4.0-1-g${head.slice(0, 7)} (not a release tag)`);

    const ws = workspace();
    const { host } = await init(ws, { provider: 'command' }, at(root));
    expect(readFileSync(path.join(ws, INIT_PATHS.workflow), 'utf8')).toContain(`uses: acme/phase-gates/actions/deploy@${head} # v1.4.0-1-g${head.slice(0, 7)}\n`);
    expect(host.summary).toContain(`Our actions: acme/phase-gates@${head} # v1.4.0-1-g${head.slice(0, 7)}, from the git checkout at ${root}`);
    expect(host.summary).toContain('which is not a release tag: prefer --ref acme/phase-gates@<sha of a release tag>');
  });

  it("falls back to package.json's repository when origin is not on GitHub (a clone of a local path)", async () => {
    const root = phaseGates({ repository: { type: 'git', url: 'git+https://github.com/acme/phase-gates.git' } });
    const head = commit(root);
    git(root, 'remote', 'add', 'origin', '/srv/mirrors/phase-gates');
    git(root, 'tag', 'v1.4.0');
    const ref = await resolveActionsRef('', 'ref', at(root));
    expect(ref).toEqual(expect.objectContaining({ repository: 'acme/phase-gates', sha: head, version: 'v1.4.0', origin: 'checkout' }));
    expect(ref.from).toContain('remote origin /srv/mirrors/phase-gates, so the repository of package.json (git+https://github.com/acme/phase-gates.git)');
  });

  it('asks for --ref when neither origin nor package.json names a GitHub repository', async () => {
    const root = phaseGates();
    commit(root);
    git(root, 'remote', 'add', 'origin', 'https://gitlab.com/acme/phase-gates.git');
    expect(await refusal(resolveActionsRef('', 'ref', at(root)))).toBe(
      `ref: cannot tell which repository and commit of phase-gates to pin its actions to: the git checkout at ${root} has remote origin https://gitlab.com/acme/phase-gates.git, not a GitHub repository, and its package.json names no GitHub repository (give --ref OWNER/REPO@SHA, the repository you use phase-gates from and the 40-hex commit of a release tag)`
    );
  });

  it('ignores a repository that merely contains the package (installed inside another project)', async () => {
    const project = workspace('pg-init-project-');
    writeFileSync(path.join(project, 'README'), 'x');
    const root = path.join(project, 'node_modules', 'phase-gates');
    mkdirSync(root, { recursive: true });
    writeFileSync(path.join(root, 'package.json'), JSON.stringify({ name: 'phase-gates', version: '1.4.0', repository: 'github:acme/phase-gates', gitHead: 'a'.repeat(40) }));
    commit(project);
    git(project, 'remote', 'add', 'origin', 'https://github.com/someone/else.git');
    const ref = await resolveActionsRef('', 'ref', at(root));
    expect(ref).toEqual(expect.objectContaining({ repository: 'acme/phase-gates', sha: 'a'.repeat(40), version: 'v1.4.0', origin: 'package' }));
  });
});

describe('--ref', () => {
  it('takes the tag of that commit from the checkout when it has it, else says the comment is a guess', async () => {
    const root = phaseGates();
    const tagged = commit(root);
    git(root, 'tag', 'v1.2.0');
    writeFileSync(path.join(root, 'CHANGE'), 'x');
    commit(root);
    expect(await resolveActionsRef(`acme/phase-gates@${tagged}`, 'ref', at(root))).toEqual({
      repository: 'acme/phase-gates',
      sha: tagged,
      version: 'v1.2.0',
      origin: 'flag',
      release: true,
      from: `--ref (tag v1.2.0 of that commit in ${root})`
    });
    const unknown = await resolveActionsRef(`acme/phase-gates@${'c'.repeat(40)}`, 'ref', at(root));
    expect([unknown.version, unknown.from]).toEqual(['v1.4.0', '--ref (the comment is the version of this phase-gates: the tag of that commit is not known here)']);
  });
});

describe('installed without git', () => {
  it("takes package.json's repository, gitHead and version", async () => {
    const root = phaseGates({ repository: 'github:acme/phase-gates', gitHead: 'B'.repeat(40) });
    expect(await resolveActionsRef('', 'ref', at(root))).toEqual({
      repository: 'acme/phase-gates',
      sha: 'b'.repeat(40),
      version: 'v1.4.0',
      origin: 'package',
      release: true,
      from: `the package.json of ${root}: repository github:acme/phase-gates, gitHead, version v1.4.0`
    });
  });

  it('asks for --ref in one line naming what is missing', async () => {
    const root = phaseGates({ repository: 'https://github.com/acme/phase-gates' });
    expect(await refusal(resolveActionsRef('', 'ref', at(root)))).toBe(
      `ref: cannot tell which repository and commit of phase-gates to pin its actions to: ${root} is not a git checkout, and its package.json has no gitHead (give --ref OWNER/REPO@SHA, the repository you use phase-gates from and the 40-hex commit of a release tag)`
    );
  });
});

describe('GitHub repository URLs', () => {
  it.each([
    ['https://github.com/acme/phase-gates.git', 'acme/phase-gates'],
    ['https://github.com/acme/phase.gates', 'acme/phase.gates'],
    ['git@github.com:acme/phase-gates.git', 'acme/phase-gates'],
    ['ssh://git@github.com/acme/phase-gates.git', 'acme/phase-gates'],
    ['git+https://github.com/acme/phase-gates.git#main', 'acme/phase-gates'],
    ['github:acme/phase-gates', 'acme/phase-gates'],
    ['acme/phase-gates', 'acme/phase-gates'],
    ['https://gitlab.com/acme/phase-gates.git', undefined],
    ['/srv/mirrors/phase-gates', undefined],
    ['', undefined]
  ])('%s → %s', (url, repo) => {
    expect(githubRepository(url)).toBe(repo);
  });
});

describe('the repository init writes into', () => {
  it('is named after its GitHub repository and deploys from the HEAD branch of origin', async () => {
    const upstream = workspace('pg-init-upstream-');
    writeFileSync(path.join(upstream, 'README'), 'x');
    commit(upstream);
    git(upstream, 'branch', '-m', 'develop');
    const ws = path.join(workspace('pg-init-clone-'), 'clone');
    git(path.dirname(ws), 'clone', '-q', upstream, ws);
    git(ws, 'remote', 'set-url', 'origin', 'https://github.com/acme/shop-api.git');
    expect(await readTarget(ws)).toEqual({ name: 'shop-api', slug: 'acme/shop-api', defaultBranch: 'develop', branchFrom: 'the HEAD of remote origin' });

    const { host } = await init(ws, { provider: 'aws-ecs' });
    const workflow = readFileSync(path.join(ws, INIT_PATHS.workflow), 'utf8');
    expect(workflow).toContain('  push:\n    branches: [develop]\n');
    expect(workflow).toContain("github.ref == 'refs/heads/develop'");
    expect(workflow).toContain('ECS_SERVICE: shop-api #');
    expect(host.summary).toContain('subjects repo:acme/shop-api:environment:staging');
    expect(host.summary).toContain('Protect develop');
    const phase = readFileSync(path.join(ws, INIT_PATHS.phase), 'utf8');
    expect(phase).toContain('- PROJ=shop-api\n- REPOSITORY=acme/shop-api\n- DEFAULT_BRANCH=develop\n');
  });

  it('without a remote: its only one of main and master, its package.json name', async () => {
    const ws = workspace();
    writeFileSync(path.join(ws, 'package.json'), JSON.stringify({ name: '@acme/billing' }));
    commit(ws);
    git(ws, 'branch', '-m', 'master');
    expect(await readTarget(ws)).toEqual(expect.objectContaining({ name: 'billing', slug: undefined, defaultBranch: 'master' }));
  });

  it('not a git repository: main, said so', async () => {
    const ws = workspace();
    expect(await readTarget(ws)).toEqual({ name: path.basename(ws), slug: undefined, defaultBranch: 'main', branchFrom: 'not known from git (no origin/HEAD): main assumed' });
  });
});
