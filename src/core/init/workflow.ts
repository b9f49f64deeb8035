/**
 * The deploy workflow `phase-gates init` writes (internal): the chain of SPEC "The chain" for one
 * provider. `gates_enforcer` tests with coverage and enforces the phase document's gates; then
 * `deploy_staging`, then `deploy_production`, each bound to its GitHub environment, serialized per
 * environment, with least-privilege permissions, followed by a smoke test and rolled back when a
 * step after a successful deploy fails. Every action is pinned by commit SHA.
 */
import { ACTION_PINS, TOOL_VERSIONS, usesLine } from './pins.js';
import type { ActionsRef } from './ref.js';
import { URL_SETTING, type EnvironmentName, type ProviderProfile } from './providers.js';
import { Block, Flow, Mapping, Seq, mapping, writeMapping } from './yaml-text.js';
import { Defaults } from '../constants.js';

/** Paths the generated files share. */
export const INIT_PATHS = {
  workflow: '.github/workflows/deploy.yml',
  phase: 'docs/phases/06-deployment.md',
  config: '.github/phase-gates.yml',
  deployScript: 'deploy.sh',
  rollbackScript: 'rollback.sh',
  coverage: 'coverage/lcov.info',
  npmAudit: 'reports/npm-audit.json'
} as const;

/** Job ids (the gates job id is also the required status check it produces). */
export const JOBS = { gates: 'gates_enforcer', staging: 'deploy_staging', production: 'deploy_production' } as const;

export interface WorkflowOptions {
  profile: ProviderProfile;
  ref: ActionsRef;
  /** The command line that wrote it, for the header. */
  command: string;
  /** The application's name, for the example settings (`shop`). */
  app: string;
}

/** `uses:` of one of our actions. */
function ours(ref: ActionsRef, action: string): { uses: string; version: string } {
  return { uses: `${ref.repository}/actions/${action}@${ref.sha}`, version: ref.version };
}

function pinned(m: Mapping, pin: (typeof ACTION_PINS)[keyof typeof ACTION_PINS]): Mapping {
  const [ref, version] = usesLine(pin).split(' # ');
  return m.set('uses', ref, { trailing: version });
}

function checkout(): Mapping {
  return pinned(new Mapping().set('name', 'Check out'), ACTION_PINS.checkout).set('with', mapping({ 'persist-credentials': false }));
}

/** The provider options as the YAML block of `provider-options`. */
function optionsBlock(options: Record<string, string>): Block | undefined {
  const m = mapping(options);
  return m.entries.length ? new Block(writeMapping(m)) : undefined;
}

function gatesJob(o: WorkflowOptions): Mapping {
  const gates = ours(o.ref, 'gates-enforcer');
  const steps = [
    checkout(),
    pinned(new Mapping().set('name', 'Set up Node.js'), ACTION_PINS.setupNode).set('with', mapping({ 'node-version': TOOL_VERSIONS.node, cache: 'npm' })),
    new Mapping().set('name', 'Install').set('run', 'npm ci'),
    new Mapping()
      .set('name', 'Tests with coverage', {
        above: ['Phase 05 evidence. Any coverage format works (LCOV, Cobertura, JaCoCo, Go, Istanbul): adjust the command and coverage-files.']
      })
      .set('run', 'npm test -- --coverage --coverageReporters=lcov --coverageReporters=text-summary'),
    new Mapping()
      .set('name', 'Dependency audit', { above: ['npm audit exits non-zero when it finds anything: the vulns_critical gate decides, not this step.'] })
      .set('run', new Block(`mkdir -p reports\nnpm audit --json > ${INIT_PATHS.npmAudit} || true`)),
    new Mapping()
      .set('id', 'gates', { above: ['The gates of the phase document; perf_p95_ms is enforced after each deploy, by smoke-test (p95-ms).'] })
      .set('name', 'gates_enforcer')
      .set('uses', gates.uses, { trailing: gates.version })
      .set(
        'with',
        mapping({
          'phase-file': INIT_PATHS.phase,
          gates: '{ perf_p95_ms: ~ }',
          'coverage-files': INIT_PATHS.coverage,
          'vuln-files': INIT_PATHS.npmAudit
        })
      ),
    pinned(new Mapping().set('name', 'Keep the gates report').set('if', 'always()'), ACTION_PINS.uploadArtifact).set(
      'with',
      mapping({ name: 'gates-report', path: Defaults.GatesReport, 'if-no-files-found': 'ignore' })
    )
  ];
  return new Mapping()
    .set('name', JOBS.gates)
    .set('runs-on', 'ubuntu-latest')
    .set('timeout-minutes', 30)
    .set('permissions', mapping({ contents: 'read' }))
    .set('outputs', mapping({ report: '${{ steps.gates.outputs.report }}' }))
    .set('steps', new Seq(steps));
}

function deployJob(o: WorkflowOptions, environment: EnvironmentName): Mapping {
  const { profile: p } = o;
  const production = environment === 'production';
  const deploy = ours(o.ref, 'deploy');
  const smoke = ours(o.ref, 'smoke-test');
  const strategy = production ? p.productionStrategy : 'direct';
  const options = optionsBlock(p.options);
  const env = p.stepEnv ? mapping(p.stepEnv) : undefined;
  const command = p.name === 'command';

  const deployWith = new Mapping()
    .set('environment', environment)
    .set('provider', p.name)
    .set('provider-options', options)
    .set('version', '${{ github.sha }}', { above: command ? undefined : ['the commit: the image tagged with it (or give an image digest, sha256:…)'] })
    .set('strategy', strategy)
    .set('canary-steps', strategy === 'canary' ? '10,50,100' : undefined)
    .set('verify-checks', strategy === 'direct' ? undefined : new Block('- name: home\n  path: /\n'))
    .set('run', command ? `./${INIT_PATHS.deployScript}` : undefined)
    .set('rollback-run', command ? `./${INIT_PATHS.rollbackScript}` : undefined)
    .set('gates-report', `\${{ needs.${JOBS.gates}.outputs.report }}`)
    .set('environment-url', `\${{ env.${URL_SETTING.name} }}`)
    .set('required-secrets', p.requiredSecrets?.length ? p.requiredSecrets.join(', ') : undefined);

  const rollbackWith = new Mapping()
    .set('environment', environment)
    .set('mode', 'rollback')
    .set('provider', p.name)
    .set('provider-options', options)
    .set('rollback-run', command ? `./${INIT_PATHS.rollbackScript}` : undefined);

  const steps = [
    checkout(),
    ...p.setup(),
    new Mapping()
      .set('id', 'deploy')
      .set('name', `Deploy to ${environment}`)
      .set('uses', deploy.uses, { trailing: deploy.version })
      .set('env', env)
      .set('with', deployWith),
    new Mapping()
      .set('id', 'smoke')
      .set('name', 'Smoke test')
      .set('uses', smoke.uses, { trailing: smoke.version })
      .set(
        'with',
        mapping({
          url: '${{ steps.deploy.outputs.environment-url }}',
          'deployment-id': '${{ steps.deploy.outputs.deployment-id }}',
          'p95-ms': 500
        })
      ),
    new Mapping()
      .set('name', `Roll back ${environment}`, { above: ['A step after a successful deploy failed (the smoke test): back to the last good version.'] })
      .set('if', "failure() && steps.deploy.outputs.status == 'success'")
      .set('uses', deploy.uses, { trailing: deploy.version })
      .set('env', env)
      .set('with', rollbackWith),
    pinned(new Mapping().set('name', 'Keep the evidence').set('if', 'always()'), ACTION_PINS.uploadArtifact).set(
      'with',
      mapping({
        name: `deploy-evidence-${environment}`,
        path: new Block(`${Defaults.DeployLog}\n${Defaults.SmokeReport}\n`),
        'if-no-files-found': 'ignore'
      })
    )
  ];

  const settings = new Mapping();
  for (const s of [URL_SETTING, ...p.settings]) settings.set(s.name, s.value(environment, o.app), { trailing: s.what });
  const permissions = mapping({ contents: 'read', deployments: 'write', 'id-token': p.oidc ? 'write' : undefined });
  return new Mapping()
    .set('name', `deploy (${environment})`)
    .set('needs', production ? new Flow([JOBS.gates, JOBS.staging]) : JOBS.gates)
    .set('if', production ? "github.ref == 'refs/heads/main'" : undefined, {
      above: production ? ['Production only from main, whatever branch a manual run picks.'] : undefined
    })
    .set('runs-on', 'ubuntu-latest')
    .set('timeout-minutes', 60)
    .set('environment', mapping({ name: environment, url: '${{ steps.deploy.outputs.environment-url }}' }), {
      above: production ? ['Give this environment required reviewers and limit it to the main branch.'] : undefined
    })
    .set('concurrency', mapping({ group: `deploy-${environment}`, 'cancel-in-progress': false }), {
      above: ['One deploy per environment at a time; a newer run waits, never cancels one half-way.']
    })
    .set('permissions', permissions)
    .set('env', settings, { above: [`What ${environment} is (not secrets): edit these values.`] })
    .set('steps', new Seq(steps));
}

/** The text of `.github/workflows/deploy.yml`. */
export function deployWorkflow(o: WorkflowOptions): string {
  const on = new Mapping().set('push', mapping({ branches: new Flow(['main']) })).set('workflow_dispatch', new Mapping());
  const jobs = new Mapping()
    .set(JOBS.gates, gatesJob(o))
    .set(JOBS.staging, deployJob(o, 'staging'), { blank: true })
    .set(JOBS.production, deployJob(o, 'production'), { blank: true });
  const root = new Mapping()
    .set('name', 'deploy', {
      above: [
        `Written by \`${o.command}\` (phase-gates ${o.ref.version}): Phase 06 for ${o.profile.title}.`,
        `Gates (${INIT_PATHS.phase}) → staging → smoke test → production → smoke test; rollback on failure.`,
        'Checked by phase-gates validate (workflows-validation) with the settings in .github/phase-gates.yml.'
      ]
    })
    .set('on', on, { blank: true })
    .set('permissions', mapping({ contents: 'read' }), { blank: true })
    .set('jobs', jobs, { blank: true });
  return writeMapping(root);
}
