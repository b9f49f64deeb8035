/**
 * Entry of actions/deploy: the signal handlers first, so that a cancel during start-up is kept
 * (src/host/early-signals.ts), then the action itself, loaded as its own chunk.
 */
import '../../host/early-signals.js';

await import('./action.js');
