/**
 * Imported first by every entry, before the bulk of the bundle loads: SIGINT and SIGTERM received
 * during start-up are kept instead of left to Node's default (an exit with no word, no audit entry),
 * and handed over to whoever claims them: a command's cancellation (`claimSignals` in
 * src/core/cancel.ts) or, for a command with nothing to clean up, runCommand's "stop now".
 * It imports only a symbol: it must cost nothing and run before anything else.
 */
import { EARLY_SIGNALS, type EarlySignals } from '../core/early-signals-key.js';

const state: EarlySignals = {
  pending: [],
  handler: (name) => {
    state.pending.push(name);
  }
};
(globalThis as Record<symbol, unknown>)[EARLY_SIGNALS] = state;
process.on('SIGINT', state.handler);
process.on('SIGTERM', state.handler);
