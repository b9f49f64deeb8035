/**
 * How entries end: a user error prints its lines (`::error::` in the actions) and exits 1 with no
 * stack trace; a failed verdict prints its reason and exits 1; anything else is an internal error,
 * whose stack is shown only in debug output.
 */
import { UserError } from '../core/errors.js';
import type { Host } from '../core/host.js';
import type { CommandResult } from '../core/commands/gates.js';
import { claimSignals } from '../core/cancel.js';

export const ExitCode = { Ok: 0, Failed: 1 } as const;

/**
 * Runs a command on a host and returns the exit code; never throws. A command that does not handle
 * cancellation itself (`handlesCancel` false: it has nothing to record or clean up) ends at the
 * first SIGINT or SIGTERM, also one received during start-up, with one error line and exit 1.
 */
export async function runCommand(host: Host, command: (host: Host) => Promise<CommandResult>, handlesCancel = false): Promise<number> {
  const release = handlesCancel
    ? undefined
    : claimSignals((name) => {
        host.annotate('error', `cancelled (${name})`);
        process.exit(ExitCode.Failed);
      });
  try {
    const result = await command(host);
    if (!result.ok) {
      host.annotate('error', result.message ?? 'failed');
      return ExitCode.Failed;
    }
    return ExitCode.Ok;
  } catch (err) {
    if (err instanceof UserError) {
      for (const line of err.renderAll()) host.annotate('error', line);
      return ExitCode.Failed;
    }
    const e = err as Error;
    host.annotate('error', `internal error: ${e?.message ?? String(err)} (a bug in phase-gates: please report it; debug output shows the stack)`.replace(/[\r\n]+/g, ' '));
    host.debug(e?.stack ?? String(err));
    return ExitCode.Failed;
  } finally {
    release?.();
  }
}
