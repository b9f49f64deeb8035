/** Entry of actions/deploy: builds the runner host and runs the deploy command. */
import { ActionsHost } from '../../host/actions-host.js';
import { runCommand } from '../../host/run.js';
import { runDeploy } from '../../core/commands/deploy.js';

process.exitCode = await runCommand(new ActionsHost(), (host) => runDeploy(host), true);
