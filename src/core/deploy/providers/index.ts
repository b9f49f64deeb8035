/**
 * The cloud providers, by name. Each builds the official CLI's commands from `provider-options`
 * (see docs/providers.md); `command` (the user's scripts) lives with the engine.
 */
import type { Provider, ProviderFactory, ProviderName } from '../provider.js';
import type { StrategyName } from '../strategy.js';
import { ECS_TRAFFIC_REFUSAL, createEcsProvider } from './aws-ecs.js';
import { createAzureWebAppProvider } from './azure-webapp.js';
import { createCloudRunProvider } from './gcp-cloudrun.js';
import { KUBERNETES_CANARY_REFUSAL, createKubernetesProvider } from './kubernetes.js';
import { VERCEL_CANARY_REFUSAL, createVercelProvider } from './vercel.js';

/** The providers that drive a platform's CLI. */
export type CloudProviderName = Exclude<ProviderName, 'command'>;

/** Factory of each cloud provider. */
export const PROVIDER_FACTORIES: Readonly<Record<CloudProviderName, ProviderFactory>> = {
  kubernetes: createKubernetesProvider,
  'aws-ecs': createEcsProvider,
  'azure-webapp': createAzureWebAppProvider,
  'gcp-cloudrun': createCloudRunProvider,
  vercel: createVercelProvider
};

/** Why a provider refuses a strategy, for the error that refuses it. */
export const STRATEGY_REFUSALS: Readonly<Record<CloudProviderName, Partial<Record<StrategyName, string>>>> = {
  kubernetes: { canary: KUBERNETES_CANARY_REFUSAL },
  'aws-ecs': { 'blue-green': ECS_TRAFFIC_REFUSAL, canary: ECS_TRAFFIC_REFUSAL },
  'azure-webapp': {},
  'gcp-cloudrun': {},
  vercel: { canary: VERCEL_CANARY_REFUSAL }
};

/**
 * Builds the provider `name` from its parsed `provider-options`. Bad or missing options throw
 * one UserError (with the others in `more`) naming `context.input` and the key.
 */
export function createProvider(name: CloudProviderName, options: Record<string, unknown>, context: { input: string; environment: string }): Provider {
  const factory = PROVIDER_FACTORIES[name];
  if (!factory) throw new Error(`no cloud provider named ${JSON.stringify(name)}`);
  return factory(options ?? {}, context);
}

/** Why `provider` does not take `strategy`, or undefined when it does. */
export function strategyRefusal(provider: CloudProviderName, strategy: StrategyName): string | undefined {
  return STRATEGY_REFUSALS[provider]?.[strategy];
}
