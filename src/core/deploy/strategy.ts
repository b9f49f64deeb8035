/**
 * Deployment strategies: how a version is brought into service once migrations ran. `direct` runs
 * the deploy script once. Blue-green and canary (part 2) implement the same interface: they call
 * `deployTo` per slot or traffic step and verify between steps.
 */
import { UserError } from '../errors.js';

/** Strategy names of the `strategy` input. */
export const STRATEGIES = ['direct', 'blue-green', 'canary'] as const;
export type StrategyName = (typeof STRATEGIES)[number];

/** One call of the provider a strategy makes. */
export interface DeployStep {
  /** `blue` or `green` for blue-green; empty for direct. */
  slot: string;
  /** Traffic share the new version gets after this step (100 for direct). */
  trafficPercent: number;
}

/** What a strategy needs from the engine. */
export interface StrategyContext {
  /** Runs the provider's deploy for one step; resolves false when it failed. */
  deployTo(step: DeployStep): Promise<boolean>;
}

/** A strategy: resolves true when the version is in service. */
export interface Strategy {
  readonly name: StrategyName;
  /** The steps it will take, for the dry-run plan. */
  plan(): DeployStep[];
  run(context: StrategyContext): Promise<boolean>;
}

/** `direct`: one step, all traffic. */
export class DirectStrategy implements Strategy {
  readonly name = 'direct' as const;

  plan(): DeployStep[] {
    return [{ slot: '', trafficPercent: 100 }];
  }

  async run(context: StrategyContext): Promise<boolean> {
    return context.deployTo(this.plan()[0]);
  }
}

/** The strategy of the `strategy` input. */
export function createStrategy(name: string, input: string): Strategy {
  if (name === 'direct') return new DirectStrategy();
  if (name === 'blue-green' || name === 'canary') {
    throw new UserError(`strategy ${name} is not available in this version`, { input, hint: 'use direct' });
  }
  throw new UserError(`unknown strategy ${JSON.stringify(name)}`, { input, hint: `one of ${STRATEGIES.join(', ')}` });
}
