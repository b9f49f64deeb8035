import { describe, expect, test } from '@jest/globals';
import { createProvider } from '../../../src/core/deploy/providers/index.js';
import { FakeRuntime, fixture, optionErrors, replies, rollbackStep, runSteps, stepOf, strategySteps } from './support.js';

const SERVICE = fixture('kubectl-get-service.json');

const ctx = { input: 'provider-options', environment: 'production' };
const options = { deployment: 'web', container: 'app', image: 'ghcr.io/acme/web', namespace: 'shop', context: 'prod-eu', 'rollout-timeout': '5m' };
const scope = ['--namespace', 'shop', '--context', 'prod-eu'];
const digest = 'sha256:' + 'ab'.repeat(32);

describe('kubernetes: direct', () => {
  test('sets the image, then waits for the rollout', async () => {
    const k = createProvider('kubernetes', options, ctx);
    const rt = new FakeRuntime();
    expect(await k.apply(stepOf(), rt)).toEqual({ outcome: 'ok' });
    expect(rt.argv()).toEqual([
      ['kubectl', 'set', 'image', 'deployment/web', 'app=ghcr.io/acme/web:v1.5.0', ...scope],
      ['kubectl', 'rollout', 'status', 'deployment/web', '--timeout=5m', ...scope]
    ]);
    expect(k.plan(stepOf())).toEqual(rt.commands);
  });

  test('a digest version is pulled by digest; no namespace or context means none on the command line', async () => {
    const k = createProvider('kubernetes', { deployment: 'web', container: 'app', image: 'registry.example.com:5000/acme/web', kubeconfig: '/home/runner/.kube/prod' }, ctx);
    const rt = new FakeRuntime();
    await k.apply(stepOf({ version: digest }), rt);
    expect(rt.argv()[0]).toEqual(['kubectl', 'set', 'image', 'deployment/web', `app=registry.example.com:5000/acme/web@${digest}`, '--kubeconfig', '/home/runner/.kube/prod']);
    expect(rt.argv()[1]).toEqual(['kubectl', 'rollout', 'status', 'deployment/web', '--timeout=10m', '--kubeconfig', '/home/runner/.kube/prod']);
  });

  test('a failed rollout fails the step with its reason; a failed set image stops before the rollout', async () => {
    const k = createProvider('kubernetes', options, ctx);
    const rollout = new FakeRuntime(replies([['kubectl rollout', { outcome: 'failed', code: 1 }]]));
    expect(await k.apply(stepOf(), rollout)).toEqual({ outcome: 'failed', detail: 'wait for the rollout of deployment/web: kubectl exited with code 1' });
    const set = new FakeRuntime(replies([['kubectl set', { outcome: 'timeout', code: null }]]));
    expect(await k.apply(stepOf(), set)).toEqual({ outcome: 'failed', detail: 'set the image of container app of deployment/web to ghcr.io/acme/web:v1.5.0: timed out' });
    expect(set.commands).toHaveLength(1);
    const cancelled = new FakeRuntime(replies([['kubectl set', { outcome: 'cancelled', code: null }]]));
    expect((await k.apply(stepOf(), cancelled)).outcome).toBe('cancelled');
  });

  test('a version that is no image tag fails the step before any command', async () => {
    const k = createProvider('kubernetes', options, ctx);
    const rt = new FakeRuntime();
    const o = await k.apply(stepOf({ version: '1.2.3+build.5' }), rt);
    expect(o.outcome).toBe('failed');
    expect(o.detail).toMatch(/not a valid image tag/);
    expect(rt.commands).toEqual([]);
  });

  test('rollback sets the previous image and waits again', async () => {
    const k = createProvider('kubernetes', options, ctx);
    const rt = new FakeRuntime();
    expect(await k.apply(rollbackStep(), rt)).toEqual({ outcome: 'ok' });
    expect(rt.lines()).toEqual([
      'kubectl set image deployment/web app=ghcr.io/acme/web:v1.4.1 --namespace shop --context prod-eu',
      'kubectl rollout status deployment/web --timeout=5m --namespace shop --context prod-eu'
    ]);
    expect(await k.apply(stepOf({ action: 'rollback', version: '' }), new FakeRuntime())).toEqual({ outcome: 'failed', detail: 'no previous version to roll back to' });
  });
});

describe('kubernetes: blue-green', () => {
  const bg = { ...options, service: 'web-svc', 'slot-url': 'https://web-{slot}.internal.acme.dev' };

  test('checks the slot is idle, deploys it, checks it has replicas, then patches the Service selector', async () => {
    const k = createProvider('kubernetes', bg, ctx);
    const rt = new FakeRuntime(replies([['kubectl get service', { stdout: SERVICE }], ['kubectl get deployment', { stdout: '3' }]]));
    const outcomes = await runSteps(k, rt, strategySteps('blue-green'));
    expect(outcomes).toEqual([
      { outcome: 'ok', url: 'https://web-green.internal.acme.dev' },
      { outcome: 'ok', url: 'https://web-green.internal.acme.dev' }
    ]);
    expect(rt.argv()).toEqual([
      ['kubectl', 'get', 'service/web-svc', '--output=json', ...scope],
      ['kubectl', 'set', 'image', 'deployment/web-green', 'app=ghcr.io/acme/web:v1.5.0', ...scope],
      ['kubectl', 'rollout', 'status', 'deployment/web-green', '--timeout=5m', ...scope],
      ['kubectl', 'get', 'deployment/web-green', '--output=jsonpath={.status.availableReplicas}', ...scope],
      ['kubectl', 'patch', 'service/web-svc', '--type', 'merge', '--patch', '{"spec":{"selector":{"slot":"green"}}}', ...scope]
    ]);
  });

  test('an idle slot scaled to zero is refused before traffic moves', async () => {
    const k = createProvider('kubernetes', bg, ctx);
    const rt = new FakeRuntime(replies([['kubectl get service', { stdout: SERVICE }], ['kubectl get deployment', { stdout: '' }]]));
    const [o] = await runSteps(k, rt, strategySteps('blue-green'));
    expect(o).toEqual({ outcome: 'failed', detail: 'deployment/web-green has no available replica: the idle slot must be scaled up before traffic can move to it' });
  });

  test('the live slot is never deployed into, and a Service without the slot label is refused', async () => {
    const k = createProvider('kubernetes', bg, ctx);
    const live = new FakeRuntime(replies([['kubectl get service', { stdout: SERVICE }]]));
    expect(await k.apply(stepOf({ slot: 'blue', otherSlot: 'green', trafficPercent: 0 }), live)).toEqual({
      outcome: 'failed',
      detail: 'slot blue is live (service/web-svc selects slot=blue): deploying into it would not be blue-green; the deployment history and the cluster disagree'
    });
    expect(live.commands).toHaveLength(1);
    const plain = JSON.parse(SERVICE);
    delete plain.spec.selector.slot;
    const unlabelled = new FakeRuntime(replies([['kubectl get service', { stdout: JSON.stringify(plain) }]]));
    expect((await k.apply(stepOf({ slot: 'green', otherSlot: 'blue', trafficPercent: 0 }), unlabelled)).detail).toBe(
      'service/web-svc does not select on the label slot: blue-green needs slot: blue or green in its selector'
    );
  });

  test('rollback points the Service back at the old slot, instantly; the label key is configurable', async () => {
    const k = createProvider('kubernetes', { ...options, 'slot-label': 'acme.dev/color' }, ctx);
    const rt = new FakeRuntime();
    expect(await k.apply(rollbackStep('blue'), rt)).toEqual({ outcome: 'ok' });
    expect(rt.argv()).toEqual([['kubectl', 'patch', 'service/web', '--type', 'merge', '--patch', '{"spec":{"selector":{"acme.dev/color":"blue"}}}', ...scope]]);
    expect(JSON.parse(rt.argv()[0][6])).toEqual({ spec: { selector: { 'acme.dev/color': 'blue' } } });
  });

  test('a failed patch fails the switch', async () => {
    const k = createProvider('kubernetes', bg, ctx);
    const rt = new FakeRuntime(replies([['kubectl patch', { outcome: 'failed', code: 1 }]]));
    expect(await k.apply(stepOf({ action: 'traffic', slot: 'green', otherSlot: 'blue' }), rt)).toEqual({
      outcome: 'failed',
      detail: 'point service/web-svc at slot green: kubectl exited with code 1'
    });
  });

  test('canary is not offered, and a canary share is refused with the reason', async () => {
    const k = createProvider('kubernetes', options, ctx);
    expect(k.strategies).toEqual(['direct', 'blue-green']);
    expect(k.programs).toEqual(['kubectl']);
    const o = await k.apply(stepOf({ slot: 'green', otherSlot: 'blue', trafficPercent: 10 }), new FakeRuntime());
    expect(o.outcome).toBe('failed');
    expect(o.detail).toMatch(/no traffic split of its own/);
  });
});

describe('kubernetes: options', () => {
  test('the required keys are named with their meaning, all at once', () => {
    expect(optionErrors(() => createProvider('kubernetes', {}, ctx))).toEqual([
      'provider-options: kubernetes needs "deployment" (the Deployment to update; blue-green uses <deployment>-blue and <deployment>-green)',
      'provider-options: kubernetes needs "container" (the container of the Deployment whose image is set)',
      'provider-options: kubernetes needs "image" (the image repository; the version is its tag)'
    ]);
  });

  test('bad values: names, types, flags, newlines, tags in the image, unknown keys', () => {
    const errors = optionErrors(() =>
      createProvider(
        'kubernetes',
        { deployment: 'Web_App', container: '--all', image: 'ghcr.io/acme/web:latest', namespace: 'a\nb', 'rollout-timeout': 5, prebuilt: true, context: ['x'] },
        ctx
      )
    );
    expect(errors).toHaveLength(7);
    expect(errors[0]).toMatch(/^provider-options: kubernetes "deployment" must be a DNS subdomain.*: got "Web_App" \(/);
    expect(errors[1]).toMatch(/^provider-options: kubernetes "container" must not start with "-"/);
    expect(errors[2]).toMatch(/^provider-options: kubernetes "image" must be an image repository without tag or digest/);
    expect(errors[3]).toMatch(/^provider-options: kubernetes "namespace" must be on one line/);
    expect(errors[4]).toMatch(/^provider-options: kubernetes "context" must be a string, not a list/);
    expect(errors[5]).toMatch(/^provider-options: kubernetes "rollout-timeout" must be a duration such as 90s, 10m or 1h30m: got "5"/);
    expect(errors[6]).toMatch(/^provider-options: kubernetes does not take "prebuilt" \(its keys: deployment, container, image, namespace/);
    for (const e of errors) expect(e).not.toMatch(/\n/);
  });
});
