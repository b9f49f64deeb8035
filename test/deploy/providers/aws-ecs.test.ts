import { describe, expect, test } from '@jest/globals';
import { existsSync } from 'node:fs';
import { REGISTER_TASK_DEFINITION_FIELDS, registerInput } from '../../../src/core/deploy/providers/aws-ecs.js';
import { createProvider, strategyRefusal } from '../../../src/core/deploy/providers/index.js';
import { FakeRuntime, fixture, optionErrors, replies, rollbackStep, stepOf, type Reply } from './support.js';

const ctx = { input: 'provider-options', environment: 'production' };
const repo = '123456789012.dkr.ecr.eu-central-1.amazonaws.com/web';
const options = { cluster: 'prod', service: 'web', container: 'web', image: repo, region: 'eu-central-1' };
const tail = ['--region', 'eu-central-1', '--output', 'json'];
const oldArn = 'arn:aws:ecs:eu-central-1:123456789012:task-definition/web:41';
const newArn = 'arn:aws:ecs:eu-central-1:123456789012:task-definition/web:42';

/** The AWS CLI's answers, as it prints them. */
function aws(extra: Array<[string, Reply]> = []) {
  return replies([
    ...extra,
    ['aws ecs describe-services', { stdout: fixture('ecs-describe-services.json') }],
    ['aws ecs describe-task-definition', { stdout: fixture('ecs-describe-task-definition.json') }],
    ['aws ecs register-task-definition', { stdout: fixture('ecs-register-task-definition.json') }],
    ['aws ecs update-service', { stdout: '{"service": {"serviceName": "web"}}' }]
  ]);
}

describe('aws-ecs: direct', () => {
  test('describes, registers a revision with the new image, updates the service and waits for it', async () => {
    const p = createProvider('aws-ecs', options, ctx);
    const rt = new FakeRuntime(aws());
    expect(await p.apply(stepOf(), rt)).toEqual({ outcome: 'ok' });
    const argv = rt.argv();
    expect(argv[0]).toEqual(['aws', 'ecs', 'describe-services', '--cluster', 'prod', '--services', 'web', ...tail]);
    expect(argv[1]).toEqual(['aws', 'ecs', 'describe-task-definition', '--task-definition', oldArn, '--include', 'TAGS', ...tail]);
    expect(argv[2].slice(0, 4)).toEqual(['aws', 'ecs', 'register-task-definition', '--cli-input-json']);
    expect(argv[2][4]).toMatch(/^file:\/\/.*phase-gates-ecs-.*\/task-definition\.json$/);
    expect(argv[2].slice(5)).toEqual(tail);
    expect(argv[3]).toEqual(['aws', 'ecs', 'update-service', '--cluster', 'prod', '--service', 'web', '--task-definition', newArn, ...tail]);
    expect(argv[4]).toEqual(['aws', 'ecs', 'wait', 'services-stable', '--cluster', 'prod', '--services', 'web', '--region', 'eu-central-1']);
    expect(argv).toHaveLength(5);
    for (const c of rt.commands) expect(c.env).toEqual({ AWS_PAGER: '' });
    // The input file is gone once registered.
    expect(existsSync(argv[2][4].slice('file://'.length))).toBe(false);
  });

  test('the registered definition keeps everything register accepts and only that, with the one image replaced', async () => {
    const p = createProvider('aws-ecs', options, ctx);
    const rt = new FakeRuntime(aws());
    await p.apply(stepOf(), rt);
    const input = JSON.parse(rt.files[0]) as Record<string, unknown>;
    const described = JSON.parse(fixture('ecs-describe-task-definition.json'));
    expect(Object.keys(input).sort()).toEqual(
      ['family', 'taskRoleArn', 'executionRoleArn', 'networkMode', 'containerDefinitions', 'volumes', 'placementConstraints', 'requiresCompatibilities', 'cpu', 'memory', 'runtimePlatform', 'enableFaultInjection', 'tags'].sort()
    );
    for (const k of Object.keys(input)) expect(REGISTER_TASK_DEFINITION_FIELDS).toContain(k);
    expect(input.tags).toEqual([{ key: 'team', value: 'storefront' }]);
    const containers = input.containerDefinitions as Array<Record<string, unknown>>;
    expect(containers[0]).toEqual({ ...described.taskDefinition.containerDefinitions[0], image: `${repo}:v1.5.0` });
    expect(containers[1]).toEqual(described.taskDefinition.containerDefinitions[1]);
    // Nothing of the definition went onto a command line.
    expect(rt.lines().join('\n')).not.toMatch(/NODE_ENV|secretsmanager/);
  });

  test('without container, the only container is taken; with several, the step says which to choose', () => {
    const described = JSON.parse(fixture('ecs-describe-task-definition.json'));
    expect(() => registerInput(described, '', 'x:1')).toThrow('task definition web:41 has 2 containers (web, datadog-agent): set provider-options container');
    expect(() => registerInput(described, 'api', 'x:1')).toThrow('task definition web:41 has no container "api" (it has web, datadog-agent)');
    described.taskDefinition.containerDefinitions.pop();
    expect((registerInput(described, '', 'x:1').containerDefinitions as Array<{ image: string }>)[0].image).toBe('x:1');
  });

  test('task-definition names the family to build on; no region leaves the CLI its own', async () => {
    const p = createProvider('aws-ecs', { cluster: 'prod', service: 'web', container: 'web', image: repo, 'task-definition': 'web-v2' }, ctx);
    const rt = new FakeRuntime(aws());
    await p.apply(stepOf({ version: 'sha256:' + '0f'.repeat(32) }), rt);
    expect(rt.argv()[1]).toEqual(['aws', 'ecs', 'describe-task-definition', '--task-definition', 'web-v2', '--include', 'TAGS', '--output', 'json']);
    expect(JSON.parse(rt.files[0]).containerDefinitions[0].image).toBe(`${repo}@sha256:${'0f'.repeat(32)}`);
  });

  test('a failure in the middle stops the step: nothing after a failed update-service runs', async () => {
    const p = createProvider('aws-ecs', options, ctx);
    const rt = new FakeRuntime(aws([['aws ecs update-service', { outcome: 'failed', code: 254 }]]));
    expect(await p.apply(stepOf(), rt)).toEqual({ outcome: 'failed', detail: `update service web to ${newArn}: aws exited with code 254` });
    expect(rt.commands).toHaveLength(4);
  });

  test('a service that is missing, or deployed by CodeDeploy, is reported before anything changes', async () => {
    const p = createProvider('aws-ecs', options, ctx);
    const missing = new FakeRuntime(
      aws([['aws ecs describe-services', { stdout: JSON.stringify({ services: [], failures: [{ arn: 'arn:aws:ecs:eu-central-1:123456789012:service/prod/web', reason: 'MISSING' }] }) }]])
    );
    expect(await p.apply(stepOf(), missing)).toEqual({ outcome: 'failed', detail: 'service "web" in cluster "prod": MISSING' });
    expect(missing.commands).toHaveLength(1);
    const services = JSON.parse(fixture('ecs-describe-services.json'));
    services.services[0].deploymentController = { type: 'CODE_DEPLOY' };
    const codeDeploy = new FakeRuntime(aws([['aws ecs describe-services', { stdout: JSON.stringify(services) }]]));
    const o = await p.apply(stepOf(), codeDeploy);
    expect(o.detail).toBe('service "web" uses the CODE_DEPLOY deployment controller: its task definition changes through CodeDeploy, not update-service');
    const garbled = new FakeRuntime(aws([['aws ecs describe-task-definition', { stdout: 'Traceback (most recent call last):' }]]));
    expect(await p.apply(stepOf(), garbled)).toEqual({ outcome: 'failed', detail: 'aws ecs describe-task-definition: the output is not JSON' });
  });

  test('a failed wait fails the step (the service did not become stable)', async () => {
    const p = createProvider('aws-ecs', options, ctx);
    const rt = new FakeRuntime(aws([['aws ecs wait', { outcome: 'failed', code: 255 }]]));
    expect(await p.apply(stepOf(), rt)).toEqual({ outcome: 'failed', detail: 'wait until service web is stable: aws exited with code 255' });
  });
});

describe('aws-ecs: rollback', () => {
  test('after a deploy of this run: back to the task definition that was in service, without registering', async () => {
    const p = createProvider('aws-ecs', options, ctx);
    const rt = new FakeRuntime(aws([['aws ecs wait', { outcome: 'failed', code: 255 }]]));
    expect((await p.apply(stepOf(), rt)).outcome).toBe('failed');
    const back = new FakeRuntime(aws());
    expect(await p.apply(rollbackStep(), back)).toEqual({ outcome: 'ok' });
    expect(back.argv()).toEqual([
      ['aws', 'ecs', 'update-service', '--cluster', 'prod', '--service', 'web', '--task-definition', oldArn, ...tail],
      ['aws', 'ecs', 'wait', 'services-stable', '--cluster', 'prod', '--services', 'web', '--region', 'eu-central-1']
    ]);
    expect(p.plan(rollbackStep())).toEqual(back.commands);
  });

  test('in a rollback run: a revision with the previous image is registered and deployed', async () => {
    const p = createProvider('aws-ecs', options, ctx);
    const rt = new FakeRuntime(aws());
    expect(await p.apply(rollbackStep(), rt)).toEqual({ outcome: 'ok' });
    expect(rt.lines().map((l) => l.split(' ').slice(0, 3).join(' '))).toEqual([
      'aws ecs describe-services',
      'aws ecs describe-task-definition',
      'aws ecs register-task-definition',
      'aws ecs update-service',
      'aws ecs wait'
    ]);
    expect(JSON.parse(rt.files[0]).containerDefinitions[0].image).toBe(`${repo}:v1.4.1`);
  });
});

describe('aws-ecs: strategies, plan and options', () => {
  test('direct only, and why', async () => {
    const p = createProvider('aws-ecs', options, ctx);
    expect(p.strategies).toEqual(['direct']);
    expect(p.programs).toEqual(['aws']);
    expect(strategyRefusal('aws-ecs', 'blue-green')).toMatch(/CodeDeploy's domain/);
    expect(strategyRefusal('aws-ecs', 'canary')).toMatch(/CodeDeploy's domain/);
    expect((await p.apply(stepOf({ slot: 'green', trafficPercent: 0 }), new FakeRuntime())).detail).toMatch(/CodeDeploy's domain/);
  });

  test('the plan shows placeholders for what is only known at run time', () => {
    const p = createProvider('aws-ecs', options, ctx);
    expect(p.plan(stepOf()).map((c) => [c.program, ...c.args].join(' '))).toEqual([
      'aws ecs describe-services --cluster prod --services web --region eu-central-1 --output json',
      'aws ecs describe-task-definition --task-definition <task-definition-in-service> --include TAGS --region eu-central-1 --output json',
      'aws ecs register-task-definition --cli-input-json file://<task-definition.json> --region eu-central-1 --output json',
      'aws ecs update-service --cluster prod --service web --task-definition <new-task-definition-arn> --region eu-central-1 --output json',
      'aws ecs wait services-stable --cluster prod --services web --region eu-central-1'
    ]);
  });

  test('bad options', () => {
    expect(optionErrors(() => createProvider('aws-ecs', {}, ctx))).toEqual([
      'provider-options: aws-ecs needs "cluster" (the ECS cluster)',
      'provider-options: aws-ecs needs "service" (the ECS service to update)',
      'provider-options: aws-ecs needs "image" (the image repository, e.g. an ECR repository URI; the version is its tag)'
    ]);
    const errors = optionErrors(() => createProvider('aws-ecs', { cluster: 'arn:aws:ecs:eu-central-1:123456789012:cluster/prod', service: 'web api', image: repo, region: 'Frankfurt', 'task-definition': 'web:41' }, ctx));
    expect(errors).toEqual([
      expect.stringMatching(/^provider-options: aws-ecs "service" must be a service name .*: got "web api"/),
      expect.stringMatching(/^provider-options: aws-ecs "task-definition" must be up to 255 letters, digits, "-" and "_": got "web:41"/),
      expect.stringMatching(/^provider-options: aws-ecs "region" must be an AWS region such as eu-central-1: got "Frankfurt"/)
    ]);
  });
});
