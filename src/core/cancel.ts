/**
 * Cancellation as the runner does it: a cancelled job's step gets SIGINT, then SIGTERM, then
 * SIGKILL a few seconds apart. Commands turn the first signal into an aborted AbortSignal (its
 * `reason` is the signal's name), stop what runs, record that they were cancelled, and end.
 */
import { UserError } from './errors.js';
import { EARLY_SIGNALS, type EarlySignals } from './early-signals-key.js';

/** A run stopped by cancellation. One line, exit 1, like any error a user sees. */
export class Cancelled extends UserError {
  constructor(
    readonly signalName: string,
    message: string
  ) {
    super(`cancelled (${signalName}): ${message}`);
    this.name = 'Cancelled';
  }
}

/** The name of the signal that aborted `signal` ("a signal" when it was aborted otherwise). */
export function signalName(signal: AbortSignal): string {
  return typeof signal.reason === 'string' ? signal.reason : 'a signal';
}

const SIGNALS = ['SIGINT', 'SIGTERM'] as const;

/**
 * Takes SIGINT and SIGTERM over from the start-up handlers of src/host/early-signals.ts: `handler`
 * gets every later signal, and at once each one received before (a cancel during start-up is not
 * lost). The returned function gives them back to the start-up handlers, which keep what comes after.
 */
export function claimSignals(handler: (name: NodeJS.Signals) => void): () => void {
  const early = (globalThis as Record<symbol, unknown>)[EARLY_SIGNALS] as EarlySignals | undefined;
  for (const name of SIGNALS) {
    process.on(name, handler);
    if (early) process.off(name, early.handler);
  }
  for (const name of early?.pending.splice(0) ?? []) handler(name);
  return () => {
    for (const name of SIGNALS) {
      process.off(name, handler);
      if (early) process.on(name, early.handler);
    }
  };
}

/**
 * Aborts the returned signal on the first SIGINT or SIGTERM of this process (also one received
 * during start-up, before this was called), after calling `first` (synchronously: the runner's
 * SIGKILL may follow in seconds). Later signals are ignored, so that the run can finish recording.
 * `dispose` removes the handlers.
 */
export function onCancel(first: (name: NodeJS.Signals) => void = () => undefined): { signal: AbortSignal; dispose(): void } {
  const controller = new AbortController();
  const dispose = claimSignals((name) => {
    if (controller.signal.aborted) return;
    first(name);
    controller.abort(name);
  });
  return { signal: controller.signal, dispose };
}

/** Waits `ms`, or throws {@link Cancelled} as soon as `signal` is aborted. */
export function sleepUnlessCancelled(ms: number, signal: AbortSignal | undefined, what: string): Promise<void> {
  if (!signal) return new Promise((resolve) => setTimeout(resolve, ms));
  if (signal.aborted) return Promise.reject(new Cancelled(signalName(signal), what));
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(new Cancelled(signalName(signal), what));
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}
