/** Entry of actions/workflows-validation: builds the runner host and runs the validate command. */
import { ActionsHost } from '../../host/actions-host.js';
import { runCommand } from '../../host/run.js';
import { runValidate } from '../../core/commands/validate.js';

process.exitCode = await runCommand(new ActionsHost(), runValidate);
