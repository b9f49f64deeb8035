/** Entry of the root action (action.yml): builds the runner host and runs the whole Phase 06 chain. */
import { ActionsHost } from '../../host/actions-host.js';
import { runCommand } from '../../host/run.js';
import { runPipeline } from '../../core/commands/pipeline.js';

process.exitCode = await runCommand(new ActionsHost(), runPipeline, true);
