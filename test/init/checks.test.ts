/**
 * The status checks `init` asks the user to require are the checks its workflow produces on pull
 * requests, named as GitHub names them (the required-checks rules' logic, PG400–PG402): a branch
 * that requires exactly those names gets no required-checks finding.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadFile } from '../../src/core/workflows/parse.js';
import { lint } from '../../src/core/workflows/lint.js';
import { producedChecks } from '../../src/core/workflows/rules/required-checks/required-checks.js';
import { RULES } from '../../src/core/workflows/rules/index.js';
import { PROVIDERS } from '../../src/core/deploy/provider.js';
import { INIT_PATHS } from '../../src/core/init/workflow.js';
import { init, workspace } from './support.js';

/** The names listed after "require these status checks" in the next steps. */
function namesInNextSteps(summary: string): string[] {
  const m = /require these status checks, which the workflow runs on\n\s+every pull request: (.+)$/m.exec(summary);
  expect(m).not.toBeNull();
  return m![1].split(', ');
}

/** Required-checks findings of the written workflow when the branch requires `required`. */
async function requiredCheckFindings(ws: string, required: string[]): Promise<string[]> {
  const file = await loadFile(path.join(ws, INIT_PATHS.workflow), INIT_PATHS.workflow);
  const findings = await lint([file], {
    workspace: ws,
    rules: RULES,
    requiredChecks: { expected: required, read: async () => ({ branch: 'main', required }) }
  });
  return findings.filter((f) => /^PG40\d$/.test(f.ruleId)).map((f) => `${f.ruleId} ${f.message}`);
}

describe.each([...PROVIDERS])('init --provider %s: the required checks', (provider) => {
  it('are the checks its pull request jobs produce, as GitHub names them, and the ones the phase document and validation job name', async () => {
    const ws = workspace();
    const { host, result } = await init(ws, { provider });
    const asked = namesInNextSteps(host.summary);
    expect(asked).toEqual(['workflows_validation', 'gates_enforcer']);
    expect(result.requiredChecks).toEqual(asked);

    const file = await loadFile(path.join(ws, INIT_PATHS.workflow), INIT_PATHS.workflow);
    const produced = producedChecks({ files: [file], local: () => undefined });
    const unskippable = produced.filter((c) => !c.skip && !c.pattern).map((c) => c.name);
    // Every asked name is produced by a job that runs on every pull request; the deploy jobs are skippable, so never asked.
    for (const name of asked) expect([name, unskippable.includes(name)]).toEqual([name, true]);
    expect(produced.filter((c) => c.skip).map((c) => c.job.id.value)).toEqual(['deploy_staging', 'deploy_production']);

    const phase = readFileSync(path.join(ws, INIT_PATHS.phase), 'utf8');
    expect(phase).toContain(`# Ensure CI checks are required (${asked.join(', ')})`);
    const workflow = readFileSync(path.join(ws, INIT_PATHS.workflow), 'utf8');
    expect(workflow).toContain(`required-checks: ${asked.join(', ')}\n`);

    expect(await requiredCheckFindings(ws, asked)).toEqual([]);
  });
});

it('a branch requiring another name than the asked ones is reported (the check above can fail)', async () => {
  const ws = workspace();
  await init(ws, { provider: 'command' });
  expect(await requiredCheckFindings(ws, ['workflows_validation', 'gates'])).toEqual([
    expect.stringMatching(/^PG401 required check "gates" of branch "main" is produced by no job/)
  ]);
  expect(await requiredCheckFindings(ws, ['workflows_validation', 'deploy (production)'])).toEqual([
    expect.stringMatching(/^PG402 required check "deploy \(production\)" can be skipped/)
  ]);
});
