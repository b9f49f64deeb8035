/**
 * The workflow `phase-gates init` writes (internal): the chain of SPEC "The chain" for one
 * provider. On every pull request and push, `workflows_validation` checks the workflows and
 * `gates_enforcer` tests with coverage and enforces the phase document's gates: the two checks the
 * default branch requires. Only on a push to the default branch (or a manual run), `deploy_staging`,
 * then `deploy_production`, each bound to its GitHub environment, serialized per environment, with
 * least-privilege permissions, followed by a smoke test and rolled back when a step after a
 * successful deploy fails. Every action is pinned by commit SHA.
 */
import { ACTION_PINS, usesLine } from './pins.js';
import type { ActionsRef } from './ref.js';
import { URL_SETTING, type EnvironmentName, type ProviderProfile } from './providers.js';
import type { TestPlan } from './project.js';
import type { TargetRepository } from './target.js';
import { Block, Flow, Mapping, Seq, mapping, writeMapping } from './yaml-text.js';
import { Defaults } from '../constants.js';

/** Paths the generated files share. */
export const INIT_PATHS = {
  workflow: '.github/workflows/deploy.yml',
  phase: 'docs/phases/06-deployment.md',
  config: '.github/phase-gates.yml',
  deployScript: 'deploy.sh',
  rollbackScript: 'rollback.sh',
  gitignore: '.gitignore'
} as const;

/** Job ids; each job's `name:` is its id, so the check GitHub shows is the id too. */
export const JOBS = {
  validation: 'workflows_validation',
  gates: 'gates_enforcer',
  staging: 'deploy_staging',
  production: 'deploy_production'
} as const;

/** The jobs whose checks the default branch should require: they run on every pull request. */
export const REQUIRED_JOBS: readonly string[] = [JOBS.validation, JOBS.gates];

/** The gates step drops perf_p95_ms: the smoke test after each deploy enforces it (its p95-ms). */
export const GATES_OVERRIDE = '{ perf_p95_ms: ~ }';

export interface WorkflowOptions {
  profile: ProviderProfile;
  ref: ActionsRef;
  /** The command line that wrote it, for the header. */
  command: string;
  /** The application's name, for the example settings (`shop`). */
  app: string;
  /** How the tests run with coverage. */
  plan: TestPlan;
  /** The repository written into: its default branch. */
  target: TargetRepository;
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

/** A `'…'` string literal of a GitHub expression. */
function literal(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}

function validationJob(o: WorkflowOptions): Mapping {
  const validate = ours(o.ref, 'workflows-validation');
  const steps = [
    checkout(),
    new Mapping()
      .set('name', JOBS.validation, { above: ['Our workflows and the settings in .github/phase-gates.yml; also checks that the base branch requires these checks.'] })
      .set('uses', validate.uses, { trailing: validate.version })
      .set('with', mapping({ 'required-checks': REQUIRED_JOBS.join(', ') })),
    pinned(new Mapping().set('name', 'Keep the SARIF log').set('if', 'always()'), ACTION_PINS.uploadArtifact).set(
      'with',
      mapping({ name: 'workflows-validation', path: Defaults.ValidationSarif, 'if-no-files-found': 'ignore' })
    )
  ];
  return new Mapping()
    .set('name', JOBS.validation)
    .set('runs-on', 'ubuntu-latest')
    .set('timeout-minutes', 10)
    .set('permissions', mapping({ contents: 'read' }))
    .set('steps', new Seq(steps));
}

function gatesJob(o: WorkflowOptions): Mapping {
  const gates = ours(o.ref, 'gates-enforcer');
  const { plan } = o;
  const audit: Mapping[] =
    plan.audit === 'npm'
      ? [
          new Mapping()
            .set('name', 'Dependency audit', { above: ['npm audit exits non-zero when it finds anything: the vulns_critical gate decides, not this step.'] })
            .set('run', new Block(`mkdir -p .phase-gates\nnpm audit --json > ${plan.vulnFile} || true`))
        ]
      : [
          new Mapping().set('name', 'Directory of the vulnerability report').set('run', 'mkdir -p .phase-gates'),
          pinned(
            new Mapping().set('name', 'Dependency audit (osv-scanner)', {
              above: ['osv-scanner exits non-zero when it finds anything: the vulns_critical gate decides; a missing report fails the gate.']
            }),
            ACTION_PINS.osvScanner
          )
            .set('continue-on-error', true)
            // `|-`: the action passes each line as an argument, and a final empty line would be one.
            .set('with', mapping({ 'scan-args': new Block(`--format=json\n--output=${plan.vulnFile}\n--recursive\n./`, true) }))
        ];
  const steps = [
    checkout(),
    ...plan.setup,
    plan.install ? new Mapping().set('name', 'Install').set('run', plan.install.includes('\n') ? new Block(plan.install) : plan.install) : undefined,
    new Mapping()
      .set('name', 'Tests with coverage', {
        above: [
          plan.runner === 'none'
            ? `No tests found (${plan.evidence}): make this step run them with coverage into ${plan.coverage}, the coverage-files of the gates.`
            : `Phase 05 evidence: ${plan.runner} (from ${plan.evidence}) writes ${plan.coverage}, the coverage-files of the gates.`
        ]
      })
      .set('run', plan.test.includes('\n') ? new Block(plan.test) : plan.test),
    ...audit,
    new Mapping()
      .set('id', 'gates', { above: ['The gates of the phase document; perf_p95_ms is enforced after each deploy, by smoke-test (p95-ms).'] })
      .set('name', JOBS.gates)
      .set('uses', gates.uses, { trailing: gates.version })
      .set(
        'with',
        mapping({
          'phase-file': INIT_PATHS.phase,
          gates: GATES_OVERRIDE,
          'coverage-files': plan.coverage,
          'vuln-files': plan.vulnFile
        })
      ),
    pinned(new Mapping().set('name', 'Keep the gates report').set('if', 'always()'), ACTION_PINS.uploadArtifact).set(
      'with',
      mapping({ name: 'gates-report', path: Defaults.GatesReport, 'if-no-files-found': 'ignore' })
    )
  ].filter((s): s is Mapping => s !== undefined);
  return new Mapping()
    .set('name', JOBS.gates)
    .set('runs-on', 'ubuntu-latest')
    .set('timeout-minutes', 30)
    .set('permissions', mapping({ contents: 'read' }))
    .set('outputs', mapping({ report: '${{ steps.gates.outputs.report }}' }))
    .set('steps', new Seq(steps));
}

/** The events a deploy job runs for: never a pull request. */
const DEPLOY_EVENTS = "(github.event_name == 'push' || github.event_name == 'workflow_dispatch')";

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
    .set('required-secrets', p.requiredSecrets?.length ? p.requiredSecrets.join(', ') : undefined)
    .set('rehearse-rollback', production ? undefined : true, {
      above: production ? undefined : ['Staging rehearses the rollback: deploy, roll back, verify, deploy again. Production refuses a version that was not rehearsed.']
    });

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
  // checks and statuses: read, for deploy's `ci` check (CI green); actions: read, for the `approval`
  // check of production (the environment's reviewers and branch policy).
  const permissions = mapping({ contents: 'read', deployments: 'write', checks: 'read', statuses: 'read', actions: production ? 'read' : undefined, 'id-token': p.oidc ? 'write' : undefined });
  return new Mapping()
    .set('name', `deploy (${environment})`)
    .set('needs', new Flow(production ? [JOBS.validation, JOBS.gates, JOBS.staging] : [JOBS.validation, JOBS.gates]))
    .set('if', production ? `${DEPLOY_EVENTS} && github.ref == ${literal(`refs/heads/${o.target.defaultBranch}`)}` : DEPLOY_EVENTS, {
      above: [
        production
          ? `Never for a pull request; production only from ${o.target.defaultBranch}, whatever branch a manual run picks.`
          : `Never for a pull request: on a push to ${o.target.defaultBranch} or a manual run.`
      ]
    })
    .set('runs-on', 'ubuntu-latest')
    .set('timeout-minutes', 60)
    .set('environment', mapping({ name: environment, url: '${{ steps.deploy.outputs.environment-url }}' }), {
      above: production ? [`Give this environment required reviewers and limit it to the ${o.target.defaultBranch} branch.`] : undefined
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
  // No paths or branches filter on pull_request: a required check that a filter leaves unstarted
  // keeps a pull request waiting forever (PG402).
  const on = new Mapping()
    .set('push', mapping({ branches: new Flow([o.target.defaultBranch]) }))
    .set('pull_request', new Mapping())
    .set('workflow_dispatch', new Mapping());
  const jobs = new Mapping()
    .set(JOBS.validation, validationJob(o))
    .set(JOBS.gates, gatesJob(o), { blank: true })
    .set(JOBS.staging, deployJob(o, 'staging'), { blank: true })
    .set(JOBS.production, deployJob(o, 'production'), { blank: true });
  const root = new Mapping()
    .set('name', 'deploy', {
      above: [
        `Written by \`${o.command}\` (phase-gates ${o.ref.version}): Phase 06 for ${o.profile.title}.`,
        `Pull requests and pushes: ${REQUIRED_JOBS.join(' and ')} (the required checks). Pushes to ${o.target.defaultBranch}`,
        `and manual runs then deploy: staging → smoke test → production → smoke test; rollback on failure.`,
        'Checked by phase-gates validate (workflows-validation) with the settings in .github/phase-gates.yml.'
      ]
    })
    .set('on', on, { blank: true })
    .set('permissions', mapping({ contents: 'read' }), { blank: true })
    .set('jobs', jobs, { blank: true });
  return writeMapping(root);
}
