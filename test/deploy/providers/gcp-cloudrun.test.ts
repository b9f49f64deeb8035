import { describe, expect, test } from '@jest/globals';
import { newestRevisionWith, trafficTag } from '../../../src/core/deploy/providers/gcp-cloudrun.js';
import { createProvider } from '../../../src/core/deploy/providers/index.js';
import { FakeRuntime, fixture, optionErrors, replies, rollbackStep, runSteps, stepOf, strategySteps, type Reply } from './support.js';

const ctx = { input: 'provider-options', environment: 'production' };
const repo = 'europe-docker.pkg.dev/acme-prod/web/api';
const options = { service: 'api', image: repo, region: 'europe-west1', project: 'acme-prod' };
const scope = ['--region', 'europe-west1', '--project', 'acme-prod'];
const tagUrl = 'https://v1-5-0---api-x7kq2m4vna-ew.a.run.app';

function gcloud(extra: Array<[string, Reply]> = []) {
  return replies([
    ...extra,
    ['gcloud run services describe', { stdout: fixture('cloudrun-describe-service.json') }],
    ['gcloud run revisions list', { stdout: fixture('cloudrun-revisions-list.json') }]
  ]);
}

describe('gcp-cloudrun: direct', () => {
  test('deploys, sends traffic to the latest revision, and reads the service URL', async () => {
    const p = createProvider('gcp-cloudrun', options, ctx);
    const rt = new FakeRuntime(gcloud());
    expect(await p.apply(stepOf(), rt)).toEqual({ outcome: 'ok', url: 'https://api-x7kq2m4vna-ew.a.run.app' });
    expect(rt.argv()).toEqual([
      ['gcloud', 'run', 'deploy', 'api', '--image', `${repo}:v1.5.0`, ...scope, '--quiet'],
      ['gcloud', 'run', 'services', 'update-traffic', 'api', '--to-latest', ...scope, '--quiet'],
      ['gcloud', 'run', 'services', 'describe', 'api', ...scope, '--format=json']
    ]);
    expect(p.plan(stepOf())).toEqual(rt.commands);
  });

  test('an unreadable describe after a good deploy costs only the URL; a failed deploy stops the step', async () => {
    const p = createProvider('gcp-cloudrun', { service: 'api', image: repo, region: 'europe-west1' }, ctx);
    const noUrl = new FakeRuntime(gcloud([['gcloud run services describe', { outcome: 'failed', code: 1 }]]));
    expect(await p.apply(stepOf(), noUrl)).toEqual({ outcome: 'ok' });
    expect(noUrl.argv()[0]).toEqual(['gcloud', 'run', 'deploy', 'api', '--image', `${repo}:v1.5.0`, '--region', 'europe-west1', '--quiet']);
    const failed = new FakeRuntime(gcloud([['gcloud run deploy', { outcome: 'failed', code: 1 }]]));
    expect(await p.apply(stepOf(), failed)).toEqual({ outcome: 'failed', detail: `deploy ${repo}:v1.5.0 to service api: gcloud exited with code 1` });
    expect(failed.commands).toHaveLength(1);
  });
});

describe('gcp-cloudrun: blue-green and canary', () => {
  test('blue-green: a tagged revision without traffic, verified at its tag URL, then all traffic to that tag', async () => {
    const p = createProvider('gcp-cloudrun', options, ctx);
    const rt = new FakeRuntime(gcloud());
    expect(await runSteps(p, rt, strategySteps('blue-green'))).toEqual([
      { outcome: 'ok', url: tagUrl },
      { outcome: 'ok', url: tagUrl }
    ]);
    expect(rt.argv()).toEqual([
      ['gcloud', 'run', 'deploy', 'api', '--image', `${repo}:v1.5.0`, '--no-traffic', '--tag', 'v1-5-0', ...scope, '--quiet'],
      ['gcloud', 'run', 'services', 'describe', 'api', ...scope, '--format=json'],
      ['gcloud', 'run', 'services', 'update-traffic', 'api', '--to-tags', 'v1-5-0=100', ...scope, '--quiet']
    ]);
  });

  test('canary: the first share with the deploy, then each step moves the tag\'s share', async () => {
    const p = createProvider('gcp-cloudrun', options, ctx);
    const rt = new FakeRuntime(gcloud());
    const outcomes = await runSteps(p, rt, strategySteps('canary', [5, 25, 100]));
    expect(outcomes.map((o) => o.outcome)).toEqual(['ok', 'ok', 'ok']);
    expect(rt.lines().filter((l) => l.includes('update-traffic'))).toEqual([
      'gcloud run services update-traffic api --to-tags v1-5-0=5 --region europe-west1 --project acme-prod --quiet',
      'gcloud run services update-traffic api --to-tags v1-5-0=25 --region europe-west1 --project acme-prod --quiet',
      'gcloud run services update-traffic api --to-tags v1-5-0=100 --region europe-west1 --project acme-prod --quiet'
    ]);
    expect(p.plan(strategySteps('canary', [5])[0]).map((c) => c.args.slice(0, 3).join(' '))).toEqual(['run deploy api', 'run services describe', 'run services update-traffic']);
  });

  test('a tag that does not show in the service status fails the deploy step (nothing to verify)', async () => {
    const p = createProvider('gcp-cloudrun', options, ctx);
    const rt = new FakeRuntime(gcloud());
    const o = await p.apply(stepOf({ version: 'v1.6.0', slot: 'blue', otherSlot: 'green', trafficPercent: 0 }), rt);
    expect(o).toEqual({ outcome: 'failed', detail: "the revision tagged v1-6-0 has no URL in the service's status.traffic" });
  });

  test('traffic tags: lower-case, letters first, within 46 characters together with the service name', () => {
    expect(trafficTag('v1.5.0', 'api')).toBe('v1-5-0');
    expect(trafficTag('V2.0.0-RC.1', 'api')).toBe('v2-0-0-rc-1');
    expect(trafficTag('3f2a9c1d', 'api')).toBe('v3f2a9c1d');
    expect(trafficTag('abc1234def', 'api')).toBe('abc1234def');
    const sha = '0123456789abcdef0123456789abcdef01234567';
    const tag = trafficTag(sha, 'storefront-api');
    expect(tag.length + 'storefront-api'.length).toBeLessThanOrEqual(46);
    expect(tag).toMatch(/^[a-z][a-z0-9-]*[a-z0-9]$/);
    expect(trafficTag(`sha256:${'ab'.repeat(32)}`, 'api')).toMatch(/^sha256-abab/);
    expect(trafficTag('v1.5.0', 'a'.repeat(44))).toBe('');
  });
});

describe('gcp-cloudrun: rollback', () => {
  test('the newest ready revision of the previous image gets all traffic back', async () => {
    const p = createProvider('gcp-cloudrun', options, ctx);
    const rt = new FakeRuntime(gcloud());
    expect(await p.apply(rollbackStep('blue'), rt)).toEqual({ outcome: 'ok' });
    expect(rt.argv()).toEqual([
      ['gcloud', 'run', 'revisions', 'list', '--service', 'api', ...scope, '--format=json'],
      ['gcloud', 'run', 'services', 'update-traffic', 'api', '--to-revisions', 'api-00016-wuk=100', ...scope, '--quiet']
    ]);
    // api-00015-bad is newer but not ready; api-00014-qaz is older.
    expect(newestRevisionWith(JSON.parse(fixture('cloudrun-revisions-list.json')), `${repo}:v1.4.1`)).toBe('api-00016-wuk');
  });

  test('when no revision of it is left, the previous image is deployed again', async () => {
    const p = createProvider('gcp-cloudrun', options, ctx);
    const rt = new FakeRuntime(gcloud([['gcloud run revisions list', { stdout: '[]' }]]));
    expect(await p.apply(rollbackStep(), rt)).toEqual({ outcome: 'ok' });
    expect(rt.lines().slice(1)).toEqual([
      `gcloud run deploy api --image ${repo}:v1.4.1 --region europe-west1 --project acme-prod --quiet`,
      'gcloud run services update-traffic api --to-latest --region europe-west1 --project acme-prod --quiet'
    ]);
  });

  test('a failed traffic move fails the rollback with its reason', async () => {
    const p = createProvider('gcp-cloudrun', options, ctx);
    const rt = new FakeRuntime(gcloud([['gcloud run services update-traffic', { outcome: 'failed', code: 1 }]]));
    expect(await p.apply(rollbackStep('blue'), rt)).toEqual({
      outcome: 'failed',
      detail: 'set the traffic of service api to api-00016-wuk=100: gcloud exited with code 1'
    });
  });
});

describe('gcp-cloudrun: options', () => {
  test('strategies and programs', () => {
    const p = createProvider('gcp-cloudrun', options, ctx);
    expect(p.strategies).toEqual(['direct', 'blue-green', 'canary']);
    expect(p.programs).toEqual(['gcloud']);
  });

  test('bad options', () => {
    expect(optionErrors(() => createProvider('gcp-cloudrun', { image: repo }, ctx))).toEqual([
      'provider-options: gcp-cloudrun needs "service" (the Cloud Run service)',
      'provider-options: gcp-cloudrun needs "region" (the region of the service)'
    ]);
    const errors = optionErrors(() => createProvider('gcp-cloudrun', { service: 'Api_1', image: repo, region: 'europe-west1', project: 'ACME', timeout: 3 }, ctx));
    expect(errors).toEqual([
      expect.stringMatching(/^provider-options: gcp-cloudrun "service" must be a Cloud Run service name: .*: got "Api_1"/),
      expect.stringMatching(/^provider-options: gcp-cloudrun "project" must be a project ID: .*: got "ACME"/),
      'provider-options: gcp-cloudrun does not take "timeout" (its keys: service, image, region, project)'
    ]);
  });
});
