/**
 * Cancellation as the runner does it: a cancelled job's step gets SIGINT, then SIGTERM, then
 * SIGKILL a few seconds apart. Commands turn the first signal into an aborted AbortSignal (its
 * `reason` is the signal's name), stop what runs, record that they were cancelled, and end.
 */
import { UserError } from './errors.js';

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

/**
 * Aborts the returned signal on the first SIGINT or SIGTERM of this process, after calling
 * `first` (synchronously: the runner's SIGKILL may follow in seconds). Later signals are ignored,
 * so that the run can finish recording. `dispose` removes the handlers.
 */
export function onCancel(first: (name: NodeJS.Signals) => void = () => undefined): { signal: AbortSignal; dispose(): void } {
  const controller = new AbortController();
  const handlers: Array<[NodeJS.Signals, () => void]> = [];
  for (const name of ['SIGINT', 'SIGTERM'] as const) {
    const handler = () => {
      if (controller.signal.aborted) return;
      first(name);
      controller.abort(name);
    };
    process.on(name, handler);
    handlers.push([name, handler]);
  }
  return {
    signal: controller.signal,
    dispose() {
      for (const [name, handler] of handlers) process.off(name, handler);
    }
  };
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
