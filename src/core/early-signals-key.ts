/** Where the start-up signal handlers (src/host/early-signals.ts) leave what they caught: one global, shared across bundle chunks. */
export const EARLY_SIGNALS = Symbol.for('phase-gates.early-signals');

export interface EarlySignals {
  /** Signals received before anyone claimed them, in order. */
  pending: NodeJS.Signals[];
  handler: (name: NodeJS.Signals) => void;
}
