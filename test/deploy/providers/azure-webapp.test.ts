import { describe, expect, test } from '@jest/globals';
import { createProvider } from '../../../src/core/deploy/providers/index.js';
import { FakeRuntime, optionErrors, replies, rollbackStep, runSteps, stepOf, strategySteps, type Reply } from './support.js';

const ctx = { input: 'provider-options', environment: 'production' };
const options = { app: 'acme-shop', 'resource-group': 'rg-shop-prod', image: 'acmeprod.azurecr.io/shop' };
const app = ['--name', 'acme-shop', '--resource-group', 'rg-shop-prod'];
const staging = [...app, '--slot', 'staging'];

/** `az webapp show --query defaultHostName --output tsv` prints the host name and a newline. */
function az(extra: Array<[string, Reply]> = []) {
  return (c: { args: string[] }, l: string): Reply => {
    const hit = replies(extra)(c as never, l);
    if (hit) return hit;
    if (l.startsWith('az webapp show')) return { stdout: c.args.includes('--slot') ? 'acme-shop-staging.azurewebsites.net\n' : 'acme-shop.azurewebsites.net\n' };
    return undefined;
  };
}

describe('azure-webapp: direct', () => {
  test('container: sets the image of the production slot and reads its host name', async () => {
    const p = createProvider('azure-webapp', options, ctx);
    const rt = new FakeRuntime(az());
    expect(await p.apply(stepOf(), rt)).toEqual({ outcome: 'ok', url: 'https://acme-shop.azurewebsites.net' });
    expect(rt.argv()).toEqual([
      ['az', 'webapp', 'config', 'container', 'set', '--container-image-name', 'acmeprod.azurecr.io/shop:v1.5.0', ...app],
      ['az', 'webapp', 'show', '--query', 'defaultHostName', '--output', 'tsv', ...app]
    ]);
    expect(p.plan(stepOf())).toEqual(rt.commands);
  });

  test('package: zip deploy of the package; a subscription goes on every command', async () => {
    const p = createProvider('azure-webapp', { app: 'acme-shop', 'resource-group': 'rg-shop-prod', package: 'dist/shop.zip', subscription: 'acme-prod' }, ctx);
    const rt = new FakeRuntime(az([['az webapp show', { outcome: 'failed', code: 3 }]]));
    // The host name could not be read: the classic address stands in.
    expect(await p.apply(stepOf(), rt)).toEqual({ outcome: 'ok', url: 'https://acme-shop.azurewebsites.net' });
    expect(rt.argv()[0]).toEqual(['az', 'webapp', 'deploy', '--src-path', 'dist/shop.zip', ...app, '--subscription', 'acme-prod']);
  });

  test('rollback of a container app sets the previous image; a package app cannot be rolled back so', async () => {
    const p = createProvider('azure-webapp', options, ctx);
    const rt = new FakeRuntime(az());
    expect(await p.apply(rollbackStep(), rt)).toEqual({ outcome: 'ok' });
    expect(rt.lines()).toEqual(['az webapp config container set --container-image-name acmeprod.azurecr.io/shop:v1.4.1 --name acme-shop --resource-group rg-shop-prod']);
    const zip = createProvider('azure-webapp', { ...options, image: undefined, package: 'shop.zip' }, ctx);
    const o = await zip.apply(rollbackStep(), new FakeRuntime());
    expect(o.outcome).toBe('failed');
    expect(o.detail).toMatch(/^zip deploy keeps no earlier package/);
  });

  test('a failed deploy stops the step', async () => {
    const p = createProvider('azure-webapp', options, ctx);
    const rt = new FakeRuntime(az([['az webapp config', { outcome: 'failed', code: 1 }]]));
    expect(await p.apply(stepOf(), rt)).toEqual({ outcome: 'failed', detail: 'run acmeprod.azurecr.io/shop:v1.5.0 in acme-shop: az exited with code 1' });
    expect(rt.commands).toHaveLength(1);
  });
});

describe('azure-webapp: blue-green', () => {
  test('deploys to the staging slot, verified at its host name, then swaps it into production', async () => {
    const p = createProvider('azure-webapp', options, ctx);
    const rt = new FakeRuntime(az());
    expect(await runSteps(p, rt, strategySteps('blue-green'))).toEqual([
      { outcome: 'ok', url: 'https://acme-shop-staging.azurewebsites.net' },
      { outcome: 'ok', url: 'https://acme-shop.azurewebsites.net' }
    ]);
    expect(rt.argv()).toEqual([
      ['az', 'webapp', 'config', 'container', 'set', '--container-image-name', 'acmeprod.azurecr.io/shop:v1.5.0', ...staging],
      ['az', 'webapp', 'show', '--query', 'defaultHostName', '--output', 'tsv', ...staging],
      ['az', 'webapp', 'deployment', 'slot', 'swap', ...staging, '--target-slot', 'production'],
      ['az', 'webapp', 'traffic-routing', 'clear', ...app],
      ['az', 'webapp', 'show', '--query', 'defaultHostName', '--output', 'tsv', ...app]
    ]);
  });

  test('rollback after the swap swaps back; before it, production was never touched', async () => {
    const swapped = createProvider('azure-webapp', { ...options, slot: 'preprod' }, ctx);
    const rt = new FakeRuntime(az());
    await runSteps(swapped, rt, strategySteps('blue-green'));
    const back = new FakeRuntime(az());
    expect(await swapped.apply(rollbackStep('blue'), back)).toEqual({ outcome: 'ok' });
    expect(back.lines()).toEqual([
      'az webapp deployment slot swap --name acme-shop --resource-group rg-shop-prod --slot preprod --target-slot production',
      'az webapp traffic-routing clear --name acme-shop --resource-group rg-shop-prod'
    ]);

    const staged = createProvider('azure-webapp', options, ctx);
    const failedSwap = new FakeRuntime(az([['az webapp deployment slot swap', { outcome: 'failed', code: 1 }]]));
    const outcomes = await runSteps(staged, failedSwap, strategySteps('blue-green'));
    expect(outcomes[1]).toEqual({ outcome: 'failed', detail: 'swap slot staging into production: az exited with code 1' });
    const none = new FakeRuntime(az());
    expect(await staged.apply(rollbackStep('blue'), none)).toEqual({ outcome: 'ok' });
    expect(none.commands).toEqual([]);
  });

  test('in a rollback run (nothing deployed by it), the slots are swapped back', async () => {
    const p = createProvider('azure-webapp', options, ctx);
    const rt = new FakeRuntime(az());
    expect(await p.apply(rollbackStep('blue'), rt)).toEqual({ outcome: 'ok' });
    expect(rt.lines()).toEqual([
      'az webapp deployment slot swap --name acme-shop --resource-group rg-shop-prod --slot staging --target-slot production',
      'az webapp traffic-routing clear --name acme-shop --resource-group rg-shop-prod'
    ]);
  });
});

describe('azure-webapp: canary', () => {
  test('routes a share to staging per step, swaps at 100% and clears the rule', async () => {
    const p = createProvider('azure-webapp', options, ctx);
    const rt = new FakeRuntime(az());
    const outcomes = await runSteps(p, rt, strategySteps('canary', [10, 50, 100]));
    expect(outcomes).toEqual([
      { outcome: 'ok', url: 'https://acme-shop-staging.azurewebsites.net' },
      { outcome: 'ok', url: 'https://acme-shop-staging.azurewebsites.net' },
      { outcome: 'ok', url: 'https://acme-shop.azurewebsites.net' }
    ]);
    expect(rt.lines().filter((l) => !l.startsWith('az webapp show'))).toEqual([
      'az webapp config container set --container-image-name acmeprod.azurecr.io/shop:v1.5.0 --name acme-shop --resource-group rg-shop-prod --slot staging',
      'az webapp traffic-routing set --distribution staging=10 --name acme-shop --resource-group rg-shop-prod',
      'az webapp traffic-routing set --distribution staging=50 --name acme-shop --resource-group rg-shop-prod',
      'az webapp deployment slot swap --name acme-shop --resource-group rg-shop-prod --slot staging --target-slot production',
      'az webapp traffic-routing clear --name acme-shop --resource-group rg-shop-prod'
    ]);
  });

  test('rollback during a canary clears the routing rule: production never changed', async () => {
    const p = createProvider('azure-webapp', options, ctx);
    await runSteps(p, new FakeRuntime(az()), strategySteps('canary', [10]));
    const back = new FakeRuntime(az());
    expect(await p.apply(rollbackStep('blue'), back)).toEqual({ outcome: 'ok' });
    expect(back.lines()).toEqual(['az webapp traffic-routing clear --name acme-shop --resource-group rg-shop-prod']);
  });
});

describe('azure-webapp: options', () => {
  test('strategies and programs', () => {
    const p = createProvider('azure-webapp', options, ctx);
    expect(p.strategies).toEqual(['direct', 'blue-green', 'canary']);
    expect(p.programs).toEqual(['az']);
  });

  test('bad options', () => {
    expect(optionErrors(() => createProvider('azure-webapp', {}, ctx))).toEqual([
      'provider-options: azure-webapp needs "app" (the web app)',
      'provider-options: azure-webapp needs "resource-group" (the resource group of the web app)',
      'provider-options: azure-webapp needs "image" (a container app) or "package" (zip deploy)'
    ]);
    expect(optionErrors(() => createProvider('azure-webapp', { app: 'shop-', 'resource-group': 'rg.', image: 'a/b', package: 'x.zip', slot: 'production' }, ctx))).toEqual([
      expect.stringMatching(/^provider-options: azure-webapp "app" must be an App Service name: .*: got "shop-"/),
      expect.stringMatching(/^provider-options: azure-webapp "resource-group" must be a resource group name: .*: got "rg\."/),
      'provider-options: azure-webapp "slot" must name a deployment slot, not production (e.g. staging)',
      'provider-options: azure-webapp takes "image" or "package", not both (image for a container app, package for zip deploy)'
    ]);
  });
});
