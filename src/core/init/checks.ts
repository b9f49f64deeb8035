/**
 * The status checks `phase-gates init` asks the user to require (internal), read from the written
 * workflow as GitHub names them, with the same logic as the required-checks rules (PG400–PG402):
 * a job's `name:` (matrix values expanded), else its id. Reading them back from the text, instead
 * of repeating the job ids, keeps the next steps true if a job is ever renamed.
 */
import { parseSource } from '../workflows/parse.js';
import { producedChecks } from '../workflows/rules/required-checks/required-checks.js';
import { REQUIRED_JOBS } from './workflow.js';

/** The check names the jobs of REQUIRED_JOBS produce in `text`, in that order. */
export async function requiredCheckNames(text: string, file: string): Promise<string[]> {
  const parsed = await parseSource({ path: file, abs: file, kind: 'workflow', text });
  const produced = producedChecks({ files: [parsed], local: () => undefined });
  return REQUIRED_JOBS.map((id) => {
    const checks = produced.filter((c) => c.job.id.value === id);
    // Our own workflow: one plain check per job that no pull request can skip.
    if (checks.length !== 1 || checks[0].pattern || checks[0].skip) {
      throw new Error(`internal: job ${id} of the written workflow gives checks ${JSON.stringify(checks.map((c) => c.name))}${checks[0]?.skip ? ' that a pull request can skip' : ''}`);
    }
    return checks[0].name;
  });
}
