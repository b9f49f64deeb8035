/** Entry of actions/gates-enforcer: builds the runner host and runs the gates command. */
import { ActionsHost } from '../../host/actions-host.js';
import { runCommand } from '../../host/run.js';
import { runGates } from '../../core/commands/gates.js';

process.exitCode = await runCommand(new ActionsHost(), runGates);
