/** The phase document, the validation settings and the script skeletons `phase-gates init` writes. */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { loadPhaseDocument } from '../../src/core/gates/phase.js';
import type { Gate } from '../../src/core/gates/grammar.js';
import { loadConfig } from '../../src/core/workflows/config.js';
import { RULES } from '../../src/core/workflows/rules/index.js';
import { PROVIDERS } from '../../src/core/deploy/provider.js';
import { RAISED_RULES } from '../../src/core/init/config.js';
import { INIT_PATHS } from '../../src/core/init/workflow.js';
import { init, workspace } from './support.js';

const SEED = path.join(process.cwd(), 'test/fixtures/phases/phase-06-deployment.md');

const gateView = (g: Gate) => ({ name: g.name, metric: g.metric, op: g.op, threshold: g.threshold, unit: g.unit, raw: g.raw });

describe('the phase document', () => {
  it.each([...PROVIDERS])('loads with the phase loader and yields the seed gates (%s)', async (provider) => {
    const ws = workspace();
    await init(ws, { provider });
    const doc = await loadPhaseDocument(path.join(ws, INIT_PATHS.phase), INIT_PATHS.phase);
    const seed = await loadPhaseDocument(SEED, 'seed');
    expect(doc.gates.map(gateView)).toEqual(seed.gates.map(gateView));
    expect(doc.gates.map((g) => g.metric)).toEqual(['coverage_lines', 'perf_p95_ms', 'vulns_critical']);
    expect(doc.warnings).toEqual([]);
    expect(doc.phase).toBe(6);
    expect(doc.title).toBe(seed.title);
    // The seed's front matter, key for key.
    expect(doc.frontMatter).toEqual(seed.frontMatter);
  });

  it("keeps the seed's structure: every heading of the seed, in order", async () => {
    const ws = workspace();
    await init(ws, { provider: 'kubernetes' });
    // Markdown headings: `#` lines inside the fenced Run Commands are shell comments.
    const headings = (text: string) => text.replace(/^```[^]*?^```/gm, '').split('\n').filter((l) => /^#{1,3} /.test(l));
    const doc = readFileSync(path.join(ws, INIT_PATHS.phase), 'utf8');
    expect(headings(doc)).toEqual(headings(readFileSync(SEED, 'utf8')));
    expect(doc).toContain('provider `kubernetes`');
  });
});

describe('the phase document, filled in', () => {
  it.each([...PROVIDERS])('names the repository, its branch, provider and coverage file, with no <placeholder> left (%s)', async (provider) => {
    const ws = workspace();
    writeFileSync(path.join(ws, 'package.json'), JSON.stringify({ name: '@acme/shop', scripts: { test: 'vitest run' } }));
    await init(ws, { provider });
    const doc = readFileSync(path.join(ws, INIT_PATHS.phase), 'utf8');
    expect(doc.match(/<[^<>\n]*>/g)).toBeNull();
    expect(doc).toContain(`Variables\n- PROJ=shop\n- DEFAULT_BRANCH=main\n- PROVIDER=${provider}\n- COVERAGE=coverage/lcov.info\n`);
    expect(doc).toContain('Deploys shop to ');
    expect(doc).toContain('npm test -- --coverage.enabled --coverage.reporter=lcov --coverage.reporter=text-summary\n');
  });
});

describe('the validation settings', () => {
  it('load with the validator and raise the rules the workflow meets to errors', async () => {
    const ws = workspace();
    await init(ws, { provider: 'command' });
    const config = await loadConfig(path.join(ws, INIT_PATHS.config), INIT_PATHS.config, 'config', true, RULES);
    expect([...config.rules.entries()].sort()).toEqual(RAISED_RULES.map((r) => [r.id, 'error']).sort());
    for (const { id, name } of RAISED_RULES) expect(RULES.find((r) => r.id === id)?.name).toBe(name);
    expect(config.ignore).toEqual([]);
  });
});

describe('the command provider scripts', () => {
  it('are executable skeletons that read the PHASE_GATES_* variables and fail until filled in', async () => {
    const ws = workspace();
    await init(ws, { provider: 'command' });
    for (const script of [INIT_PATHS.deployScript, INIT_PATHS.rollbackScript]) {
      const file = path.join(ws, script);
      expect(statSync(file).mode & 0o777).toBe(0o755);
      expect(readFileSync(file, 'utf8')).toMatch(/^#!\/usr\/bin\/env bash\n/);
      expect(spawnSync('bash', ['-n', file]).status).toBe(0);
    }
    const env = {
      PATH: process.env.PATH,
      PHASE_GATES_ENVIRONMENT: 'staging',
      PHASE_GATES_VERSION: 'abc123',
      PHASE_GATES_PREVIOUS_VERSION: 'def456',
      PHASE_GATES_DEPLOYMENT_ID: '42',
      PHASE_GATES_SLOT: 'green',
      PHASE_GATES_TRAFFIC_PERCENT: '0',
      PHASE_GATES_MODE: 'deploy'
    };
    const deploy = spawnSync(path.join(ws, INIT_PATHS.deployScript), [], { env, encoding: 'utf8' });
    expect(deploy.status).toBe(1);
    expect(deploy.stdout).toContain('deploying abc123 to staging (deployment 42, previous def456, slot green, 0% of traffic)');
    expect(deploy.stderr).toContain('skeleton: write how to start version abc123 in staging (slot green)');

    const canary = spawnSync(path.join(ws, INIT_PATHS.deployScript), [], { env: { ...env, PHASE_GATES_TRAFFIC_PERCENT: '50' }, encoding: 'utf8' });
    expect(canary.stderr).toContain("send 50% of staging's traffic to slot green");

    const outside = spawnSync(path.join(ws, INIT_PATHS.deployScript), [], { env: { PATH: process.env.PATH }, encoding: 'utf8' });
    expect(outside.status).not.toBe(0);
    expect(outside.stderr).toContain('run by the phase-gates deploy action');

    const rollback = spawnSync(path.join(ws, INIT_PATHS.rollbackScript), [], { env: { ...env, PHASE_GATES_MODE: 'rollback' }, encoding: 'utf8' });
    expect(rollback.status).toBe(1);
    expect(rollback.stdout).toContain('rolling staging back from def456 to abc123');
  });

  it('are not written for the other providers', async () => {
    const ws = workspace();
    const { result } = await init(ws, { provider: 'vercel' });
    expect(result.files.map((f) => f.path)).toEqual([INIT_PATHS.workflow, INIT_PATHS.phase, INIT_PATHS.config, INIT_PATHS.gitignore]);
  });
});
