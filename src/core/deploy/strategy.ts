/**
 * Deployment strategies: the steps by which a version is brought into service once migrations
 * ran. A strategy only plans; the engine applies each step through the provider, verifies where
 * the plan says so (the smoke-test core), and rolls back when a step or a verification fails.
 *
 * - `direct`: one step, all traffic at once.
 * - `blue-green`: deploy to the idle slot with no traffic, verify the slot, switch all traffic to
 *   it, verify the environment; the old slot keeps running for an instant rollback.
 * - `canary`: deploy to the idle slot with the first share of `canary-steps`, then raise the share
 *   step by step; after each, the slot and the environment are verified.
 */
import { UserError } from '../errors.js';

/** Strategy names of the `strategy` input. */
export const STRATEGIES = ['direct', 'blue-green', 'canary'] as const;
export type StrategyName = (typeof STRATEGIES)[number];

/** The two slots of blue-green and canary. */
export const SLOTS = ['blue', 'green'] as const;

/** The slot a slotted strategy deploys to: the one not serving now (blue when none is). */
export function idleSlot(active: string | undefined): 'blue' | 'green' {
  return active === 'blue' ? 'green' : 'blue';
}

/** One step of a plan. */
export interface PlannedStep {
  /** `deploy` starts the version in the slot; `traffic` only moves traffic to it. */
  action: 'deploy' | 'traffic';
  /** `blue` or `green`; empty for direct. */
  slot: string;
  /** The share of traffic the slot has after this step. */
  trafficPercent: number;
  /** Verify the slot itself (its own URL) after this step. */
  verifySlot: boolean;
  /** Verify the environment (environment-url) after this step. */
  verifyEnvironment: boolean;
}

/** A strategy: plans the steps for a slot. */
export interface Strategy {
  readonly name: StrategyName;
  /** Whether it uses the blue/green slots. */
  readonly slotted: boolean;
  /** The steps that bring the version into service in `slot` ('' for direct). */
  plan(slot: string): PlannedStep[];
}

/** `direct`: one step, all traffic; verified on the environment when verify-checks are given. */
export class DirectStrategy implements Strategy {
  readonly name = 'direct' as const;
  readonly slotted = false;

  plan(): PlannedStep[] {
    return [{ action: 'deploy', slot: '', trafficPercent: 100, verifySlot: false, verifyEnvironment: true }];
  }
}

/** `blue-green`: the idle slot is deployed and verified with no traffic, then takes all of it. */
export class BlueGreenStrategy implements Strategy {
  readonly name = 'blue-green' as const;
  readonly slotted = true;

  plan(slot: string): PlannedStep[] {
    return [
      { action: 'deploy', slot, trafficPercent: 0, verifySlot: true, verifyEnvironment: false },
      { action: 'traffic', slot, trafficPercent: 100, verifySlot: false, verifyEnvironment: true }
    ];
  }
}

/** `canary`: the idle slot takes the shares of `canary-steps` in turn, verified after each. */
export class CanaryStrategy implements Strategy {
  readonly name = 'canary' as const;
  readonly slotted = true;

  constructor(readonly steps: number[]) {}

  plan(slot: string): PlannedStep[] {
    return this.steps.map((p, i) => ({ action: i === 0 ? 'deploy' : 'traffic', slot, trafficPercent: p, verifySlot: true, verifyEnvironment: true }));
  }
}

/**
 * Parses `canary-steps`: increasing percentages above 0, ending at 100 (`10,50,100`; `%` signs
 * and spaces allowed). At most 20 steps.
 */
export function parseCanarySteps(value: string, input: string): number[] {
  const parts = value
    .split(/[,\s]+/)
    .map((s) => s.trim())
    .filter(Boolean);
  if (parts.length === 0) throw new UserError('no steps', { input, hint: 'e.g. 10,50,100' });
  if (parts.length > 20) throw new UserError(`${parts.length} steps; at most 20`, { input });
  const steps: number[] = [];
  for (const part of parts) {
    const m = /^(\d+(?:\.\d+)?)%?$/.exec(part);
    const n = m ? Number(m[1]) : NaN;
    if (!Number.isFinite(n) || n <= 0 || n > 100) throw new UserError(`${JSON.stringify(part)} is not a percentage above 0 and at most 100`, { input, hint: 'e.g. 10,50,100' });
    if (steps.length && n <= steps[steps.length - 1]) throw new UserError(`steps must increase: ${steps[steps.length - 1]} then ${n}`, { input, hint: 'e.g. 10,50,100' });
    steps.push(n);
  }
  if (steps[steps.length - 1] !== 100) throw new UserError(`the last step must be 100 (all traffic), got ${steps[steps.length - 1]}`, { input, hint: `e.g. ${[...steps, 100].join(',')}` });
  return steps;
}

/** The strategy of the `strategy` input (`canary-steps` already parsed). */
export function createStrategy(name: string, input: string, canarySteps: number[] = [10, 50, 100]): Strategy {
  if (name === 'direct') return new DirectStrategy();
  if (name === 'blue-green') return new BlueGreenStrategy();
  if (name === 'canary') return new CanaryStrategy(canarySteps);
  throw new UserError(`unknown strategy ${JSON.stringify(name)}`, { input, hint: `one of ${STRATEGIES.join(', ')}` });
}
