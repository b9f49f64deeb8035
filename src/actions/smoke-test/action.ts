/** Entry of actions/smoke-test: builds the runner host and runs the smoke command. */
import { ActionsHost } from '../../host/actions-host.js';
import { runCommand } from '../../host/run.js';
import { runSmoke } from '../../core/commands/smoke.js';

process.exitCode = await runCommand(new ActionsHost(), runSmoke, true);
