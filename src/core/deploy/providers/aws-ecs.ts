/**
 * Provider `aws-ecs`: an ECS service updated with the AWS CLI (v1 or v2), as a rolling update of
 * the service's own (ECS) deployment controller.
 *
 * deploy: `aws ecs describe-services` (the task definition in service, and a check that the
 * service uses the ECS controller) → `aws ecs describe-task-definition --include TAGS` → the same
 * definition with the container's image replaced, keeping only the fields
 * RegisterTaskDefinition accepts → `aws ecs register-task-definition --cli-input-json file://…`
 * (a file: a task definition can hold environment values that must not show on a command line)
 * → `aws ecs update-service --task-definition <new arn>` → `aws ecs wait services-stable`.
 *
 * rollback: after a deploy of this run, `update-service` back to the task definition that was in
 * service before it; otherwise (mode rollback) the deploy above with the previous version's image.
 *
 * blue-green and canary are refused: on ECS they are CodeDeploy's (the CODE_DEPLOY deployment
 * controller with two target groups and an AppSpec), which update-service cannot drive.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Provider, ProviderCommand, ProviderStep, StepOutcome, ProviderRuntime } from '../provider.js';
import type { StrategyName } from '../strategy.js';
import { IMAGE_REPOSITORY, OptionReader, StepError, StepRunner, imageRef, list, parseJson, planRef, record, rollbackVersion, show, step, str } from './common.js';

export const ECS_TRAFFIC_REFUSAL =
  'aws-ecs deploys as a rolling update of the service: blue-green and canary traffic shifting on ECS is CodeDeploy\'s domain ' +
  '(deployment controller CODE_DEPLOY, two target groups, an AppSpec), which update-service cannot drive. ' +
  'Use direct (with the ECS deployment circuit breaker), or run aws deploy create-deployment through provider command';

/**
 * The request fields of RegisterTaskDefinition: everything describe-task-definition returns
 * beyond them (taskDefinitionArn, revision, status, requiresAttributes, compatibilities,
 * registeredAt, registeredBy, deregisteredAt) is refused by register-task-definition.
 */
export const REGISTER_TASK_DEFINITION_FIELDS = [
  'family',
  'taskRoleArn',
  'executionRoleArn',
  'networkMode',
  'containerDefinitions',
  'volumes',
  'placementConstraints',
  'requiresCompatibilities',
  'cpu',
  'memory',
  'tags',
  'pidMode',
  'ipcMode',
  'proxyConfiguration',
  'inferenceAccelerators',
  'ephemeralStorage',
  'runtimePlatform',
  'enableFaultInjection'
] as const;

export interface EcsOptions {
  cluster: string;
  service: string;
  taskDefinition: string;
  container: string;
  image: string;
  region: string;
}

const NAME = { pattern: /^[A-Za-z0-9_-]{1,255}$/, says: 'up to 255 letters, digits, "-" and "_"' };
const CLUSTER = { pattern: /^([A-Za-z0-9_-]{1,255}|arn:aws[a-z-]*:ecs:[a-z0-9-]+:\d{12}:cluster\/[A-Za-z0-9_-]{1,255})$/, says: 'a cluster name (up to 255 letters, digits, "-" and "_") or its ARN' };
const SERVICE = { pattern: /^([A-Za-z0-9_-]{1,255}|arn:aws[a-z-]*:ecs:[a-z0-9-]+:\d{12}:service\/[A-Za-z0-9_/-]{1,511})$/, says: 'a service name (up to 255 letters, digits, "-" and "_") or its ARN' };
const REGION = { pattern: /^[a-z]{2}(-[a-z]+)+-\d{1,2}$/, says: 'an AWS region such as eu-central-1' };

/** Reads and checks `provider-options` for aws-ecs. */
export function ecsOptions(options: Record<string, unknown>, input: string): EcsOptions {
  const r = new OptionReader('aws-ecs', options, input);
  const o: EcsOptions = {
    cluster: r.string('cluster', { required: true, meaning: 'the ECS cluster', rule: CLUSTER }),
    service: r.string('service', { required: true, meaning: 'the ECS service to update', rule: SERVICE }),
    taskDefinition: r.string('task-definition', { meaning: 'the task definition family to base new revisions on (default: the one in service)', rule: NAME }),
    container: r.string('container', { meaning: 'the container whose image is replaced (default: the only one)', rule: NAME }),
    image: r.string('image', { required: true, meaning: 'the image repository, e.g. an ECR repository URI; the version is its tag', rule: IMAGE_REPOSITORY }),
    region: r.string('region', { meaning: 'the AWS region (default: the CLI\'s, e.g. AWS_REGION)', rule: REGION })
  };
  r.done();
  return o;
}

class EcsProvider implements Provider {
  readonly name = 'aws-ecs' as const;
  readonly strategies: readonly StrategyName[] = ['direct'];
  readonly programs = ['aws'] as const;
  /** The task definition in service before this run changed it. */
  private previousArn = '';

  constructor(private readonly o: EcsOptions) {}

  plan(s: ProviderStep): ProviderCommand[] {
    if (s.slot || (s.action === 'traffic')) return [];
    if (s.action === 'rollback' && this.previousArn) return [this.updateService(this.previousArn), this.waitStable()];
    const ref = planRef(this.o.image, s.version);
    return [
      this.describeServices(),
      this.describeTaskDefinition(this.o.taskDefinition || '<task-definition-in-service>'),
      this.register('<task-definition.json>', ref),
      this.updateService('<new-task-definition-arn>'),
      this.waitStable()
    ];
  }

  apply(s: ProviderStep, runtime: ProviderRuntime): Promise<StepOutcome> {
    return step(runtime, async (run) => {
      if (s.slot || s.action === 'traffic') throw new StepError(ECS_TRAFFIC_REFUSAL);
      if (s.action === 'rollback' && this.previousArn) {
        await run.run(this.updateService(this.previousArn));
        await run.run(this.waitStable());
        return { outcome: 'ok' };
      }
      const version = s.action === 'rollback' ? rollbackVersion(s) : s.version;
      await this.deploy(run, imageRef(this.o.image, version));
      return { outcome: 'ok' };
    });
  }

  private async deploy(run: StepRunner, ref: string): Promise<void> {
    const inService = this.readService(await run.run(this.describeServices()));
    const described = parseJson(await run.run(this.describeTaskDefinition(this.o.taskDefinition || inService)), 'aws ecs describe-task-definition');
    const input = registerInput(described, this.o.container, ref);
    const dir = await mkdtemp(join(process.env.RUNNER_TEMP || tmpdir(), 'phase-gates-ecs-'));
    let arn: string;
    try {
      const file = join(dir, 'task-definition.json');
      await writeFile(file, JSON.stringify(input), { mode: 0o600 });
      const registered = record(parseJson(await run.run(this.register(file, ref)), 'aws ecs register-task-definition'));
      arn = str(record(registered?.taskDefinition)?.taskDefinitionArn);
      if (!arn) throw new StepError('aws ecs register-task-definition printed no taskDefinitionArn');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
    if (!this.previousArn) this.previousArn = inService;
    await run.run(this.updateService(arn));
    await run.run(this.waitStable());
  }

  /** The task definition ARN in service, after checking the service can be updated so. */
  private readService(stdout: string): string {
    const out = record(parseJson(stdout, 'aws ecs describe-services'));
    const failure = record(list(out?.failures)[0]);
    if (failure) throw new StepError(`service ${show(this.o.service)} in cluster ${show(this.o.cluster)}: ${str(failure.reason) || 'not found'}`);
    const service = record(list(out?.services)[0]);
    if (!service) throw new StepError(`service ${show(this.o.service)} not found in cluster ${show(this.o.cluster)}`);
    if (service.status !== undefined && service.status !== 'ACTIVE') throw new StepError(`service ${show(this.o.service)} is ${str(service.status)}, not ACTIVE`);
    const controller = str(record(service.deploymentController)?.type) || 'ECS';
    if (controller !== 'ECS') {
      throw new StepError(`service ${show(this.o.service)} uses the ${controller} deployment controller: its task definition changes through ${controller === 'CODE_DEPLOY' ? 'CodeDeploy' : 'that controller'}, not update-service`);
    }
    const arn = str(service.taskDefinition);
    if (!arn) throw new StepError(`service ${show(this.o.service)} has no task definition`);
    return arn;
  }

  private aws(args: string[], purpose: string, output = true): ProviderCommand {
    const tail = this.o.region ? ['--region', this.o.region] : [];
    if (output) tail.push('--output', 'json');
    return { program: 'aws', args: ['ecs', ...args, ...tail], env: { AWS_PAGER: '' }, purpose };
  }

  private describeServices(): ProviderCommand {
    return this.aws(['describe-services', '--cluster', this.o.cluster, '--services', this.o.service], `read service ${this.o.service}`);
  }

  private describeTaskDefinition(taskDefinition: string): ProviderCommand {
    return this.aws(['describe-task-definition', '--task-definition', taskDefinition, '--include', 'TAGS'], `read task definition ${taskDefinition}`);
  }

  private register(file: string, ref: string): ProviderCommand {
    return this.aws(['register-task-definition', '--cli-input-json', `file://${file}`], `register a task definition revision with image ${ref}`);
  }

  private updateService(arn: string): ProviderCommand {
    return this.aws(['update-service', '--cluster', this.o.cluster, '--service', this.o.service, '--task-definition', arn], `update service ${this.o.service} to ${arn}`);
  }

  private waitStable(): ProviderCommand {
    return this.aws(['wait', 'services-stable', '--cluster', this.o.cluster, '--services', this.o.service], `wait until service ${this.o.service} is stable`, false);
  }
}

/**
 * The register-task-definition input for `described` (describe-task-definition's output) with the
 * image of `container` (or of its only container) set to `ref`.
 */
export function registerInput(described: unknown, container: string, ref: string): Record<string, unknown> {
  const out = record(described);
  const def = record(out?.taskDefinition);
  if (!def) throw new StepError('aws ecs describe-task-definition printed no taskDefinition');
  const input: Record<string, unknown> = {};
  for (const key of REGISTER_TASK_DEFINITION_FIELDS) {
    if (def[key] !== undefined && def[key] !== null) input[key] = def[key];
  }
  const tags = list(out?.tags);
  if (tags.length) input.tags = tags;
  const containers = list(def.containerDefinitions).map((c) => record(c) ?? {});
  const names = containers.map((c) => str(c.name));
  const revision = `${str(def.family)}:${String(def.revision ?? '?')}`;
  let index: number;
  if (container) {
    index = names.indexOf(container);
    if (index < 0) throw new StepError(`task definition ${revision} has no container ${show(container)} (it has ${names.join(', ') || 'none'})`);
  } else {
    if (containers.length !== 1) throw new StepError(`task definition ${revision} has ${containers.length} containers (${names.join(', ')}): set provider-options container`);
    index = 0;
  }
  input.containerDefinitions = containers.map((c, i) => (i === index ? { ...c, image: ref } : c));
  return input;
}

/** The aws-ecs provider from its options. */
export function createEcsProvider(options: Record<string, unknown>, context: { input: string; environment: string }): Provider {
  return new EcsProvider(ecsOptions(options, context.input));
}
