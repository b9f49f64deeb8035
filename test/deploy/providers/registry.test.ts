import { describe, expect, test } from '@jest/globals';
import { PROVIDERS } from '../../../src/core/deploy/provider.js';
import { PROVIDER_FACTORIES, createProvider, strategyRefusal, type CloudProviderName } from '../../../src/core/deploy/providers/index.js';
import { STRATEGIES } from '../../../src/core/deploy/strategy.js';
import { optionErrors } from './support.js';

const ctx = { input: 'provider-options', environment: 'staging' };

const MINIMAL: Record<CloudProviderName, Record<string, unknown>> = {
  kubernetes: { deployment: 'web', container: 'web', image: 'ghcr.io/acme/web' },
  'aws-ecs': { cluster: 'prod', service: 'web', image: 'ghcr.io/acme/web' },
  'azure-webapp': { app: 'acme-web', 'resource-group': 'rg-web', image: 'ghcr.io/acme/web' },
  'gcp-cloudrun': { service: 'web', image: 'ghcr.io/acme/web', region: 'us-central1' },
  vercel: {}
};

describe('the provider registry', () => {
  test('has a factory for every provider but command, named as the input names it', () => {
    expect(Object.keys(PROVIDER_FACTORIES).sort()).toEqual(PROVIDERS.filter((p) => p !== 'command').sort());
    for (const name of Object.keys(PROVIDER_FACTORIES) as CloudProviderName[]) {
      const p = createProvider(name, MINIMAL[name], ctx);
      expect(p.name).toBe(name);
      expect(p.strategies).toContain('direct');
      expect(p.programs.length).toBe(1);
    }
  });

  test('each strategy a provider does not take has a reason, and those it takes have none', () => {
    for (const name of Object.keys(PROVIDER_FACTORIES) as CloudProviderName[]) {
      const p = createProvider(name, MINIMAL[name], ctx);
      for (const s of STRATEGIES) {
        if (p.strategies.includes(s)) expect(strategyRefusal(name, s)).toBeUndefined();
        else expect(strategyRefusal(name, s)).toMatch(/.{60,}/);
      }
    }
  });

  test('options that are no mapping are refused in one line', () => {
    expect(optionErrors(() => createProvider('gcp-cloudrun', ['service', 'web'] as unknown as Record<string, unknown>, ctx))[0]).toBe(
      'provider-options: gcp-cloudrun takes a mapping of options (e.g. provider-options: "{ key: value }")'
    );
    expect(createProvider('vercel', null as unknown as Record<string, unknown>, ctx).name).toBe('vercel');
  });
});
