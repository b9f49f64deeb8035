/**
 * Providers: how one step of a strategy is brought about on a platform. `command` runs the user's
 * scripts; the cloud providers (src/core/deploy/providers/) build the official CLI's calls
 * (kubectl, aws, az, gcloud, vercel) as argument vectors from `provider-options`, run them through
 * the engine (never a shell) and read their status. The engine owns logging, redaction,
 * timeouts, cancellation and rollback; a provider only says which commands a step takes.
 */
import type { StrategyName } from './strategy.js';

/** Names of the `provider` input. */
export const PROVIDERS = ['command', 'kubernetes', 'aws-ecs', 'azure-webapp', 'gcp-cloudrun', 'vercel'] as const;
export type ProviderName = (typeof PROVIDERS)[number];

/**
 * What one step asks for, declaratively: after it, `slot` runs `version` and receives
 * `trafficPercent` of the traffic (the other slot, if any, the rest).
 *
 * - `deploy`: start `version` in `slot` (blue-green: with 0% traffic; canary: its first share;
 *   direct: slot '' and 100%).
 * - `traffic`: only move traffic; `slot` already runs `version` (a blue-green switch, a later
 *   canary step).
 * - `rollback`: return to `version` (the previous successful one). With a slot, that slot still
 *   runs it and only traffic moves back (instant); without one, `version` is deployed again.
 */
export interface ProviderStep {
  action: 'deploy' | 'traffic' | 'rollback';
  environment: string;
  version: string;
  /**
   * The version in service before this run began ('' when none); for `rollback`, the version
   * rolled back from (the one that failed, or the one being replaced on demand).
   */
  previousVersion: string;
  /** `blue`, `green`, or '' (direct). */
  slot: string;
  /** The other slot ('' when direct). */
  otherSlot: string;
  trafficPercent: number;
  /** GitHub deployment id (or ledger id) of this run. */
  deploymentId: string;
}

/** One command: a program and its arguments, run without a shell. */
export interface ProviderCommand {
  /** A bare program name looked up on PATH (kubectl, aws, …), or an absolute path. */
  program: string;
  args: string[];
  /** Extra environment variables for this command only. */
  env?: Record<string, string>;
  /** What it does, for the plan and the audit log ("update the image of deployment/web"). */
  purpose: string;
  /** The input it comes from, when it is the user's (`run`, `rollback-run`), for the log. */
  input?: string;
}

/** How a command ended, as the engine ran it. */
export interface CommandOutcome {
  outcome: 'ok' | 'failed' | 'timeout' | 'cancelled';
  code: number | null;
  /** Its standard output (bounded to 1 MiB; longer output is cut), for providers that read status or URLs from it. */
  stdout: string;
}

/** What a provider gets from the engine to run commands. */
export interface ProviderRuntime {
  /** Runs one command to its end (output relayed to the log, redacted; timeout-minutes; cancellation). */
  exec(command: ProviderCommand): Promise<CommandOutcome>;
}

/** How a step ended. */
export interface StepOutcome {
  outcome: 'ok' | 'failed' | 'cancelled';
  /** Where this version can be reached directly (a slot, a tagged revision, a preview), for verification. */
  url?: string;
  /** A one-line reason when it failed. */
  detail?: string;
}

/** A provider, built from its options by its factory. */
export interface Provider {
  readonly name: ProviderName;
  /** Strategies it supports; the others are refused when the inputs are read. */
  readonly strategies: readonly StrategyName[];
  /** Programs that must be on PATH; checked before anything changes. */
  readonly programs: readonly string[];
  /** The commands a step would run, shown in the dry-run plan (values only known at run time as placeholders like `<revision>`). */
  plan(step: ProviderStep): ProviderCommand[];
  /** Brings the step about; never throws for a command's failure (resolves `failed` with a detail). */
  apply(step: ProviderStep, runtime: ProviderRuntime): Promise<StepOutcome>;
}

/**
 * Builds a provider from the parsed `provider-options` mapping. Bad or missing options throw one
 * UserError (or `UserError.several`) naming the input `provider-options` and the key.
 */
export type ProviderFactory = (options: Record<string, unknown>, context: { input: string; environment: string }) => Provider;
