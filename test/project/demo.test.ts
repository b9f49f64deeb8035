/**
 * `npm run demo` as a newcomer runs it: the whole chain completes and tells its story truthfully
 * (a rolled-back release is never shown as passed or live), each release keeps its own artifacts
 * under runs/<environment>-<version>/ naming what it was and carrying its deployment id, and every
 * process it started is stopped.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { schemaErrors } from '../../src/core/schemas.js';
import { alive } from '../deploy/support.js';

const ROOT = process.cwd();
const OUT = path.join(ROOT, 'demo-output');

/** The console lines of one release, from its heading to the next blank line. */
function section(story: string, heading: string): string[] {
  const lines = story.split('\n');
  const at = lines.findIndex((l) => l.startsWith(heading));
  expect(at).toBeGreaterThanOrEqual(0);
  const end = lines.findIndex((l, i) => i > at && l.trim() === '');
  return lines.slice(at + 1, end < 0 ? undefined : end);
}

function json(rel: string): Record<string, any> {
  return JSON.parse(readFileSync(path.join(OUT, rel), 'utf8')) as Record<string, any>;
}

describe('npm run demo', () => {
  it('runs gates → staging → production blue-green → a broken release rolled back and refused → one caught by its telemetry, keeps each run apart, and cleans up', () => {
    const r = spawnSync(process.execPath, ['scripts/demo.mjs'], { cwd: ROOT, encoding: 'utf8', timeout: 240_000, env: { ...process.env, NO_COLOR: '1' } });
    expect(r.stderr).not.toMatch(/demo failed/);
    expect(r.status).toBe(0);
    const story = r.stdout;

    // What a user reads, release by release.
    expect(section(story, 'v1.0.0 → staging')).toEqual([
      '  ✔ Phase 05 gates passed',
      '  • deployed v1.0.0 to staging as deployment 1 (its first deployment)',
      expect.stringMatching(/^ {2}✔ smoke test passed at http:\/\/127\.0\.0\.1:\d+: p95 [\d.]+ ms, 0% errors$/),
      '  ✔ Phase 07 gate passed',
      '  ✔ released: v1.0.0 is live in staging (deployment 1)',
      '  artifacts: demo-output/runs/staging-v1.0.0/ (release.json, reports, audit log, steps.txt)'
    ]);
    // Staging rehearses the rollback (deployment 3 rolled back, the version deployed again as 4): production requires it.
    expect(section(story, 'v1.1.0 → staging')).toContain('  ↩ rollback rehearsed: deployment 3 rolled back to v1.0.0, which verified; v1.1.0 deployed again');
    expect(json('runs/staging-v1.1.0/release.json').rehearsal).toEqual({ passed: true, previousVersion: 'v1.0.0', rolledBack: '3', deployment: '4' });
    expect(story).toMatch(/✔ production serves v1\.1\.0; the old slot still runs v1\.0\.0/);
    const broken = section(story, 'v2.0.0 → staging');
    expect(broken).toEqual([
      '  ✔ Phase 05 gates passed',
      '  • deployed v2.0.0 to staging as deployment 7, replacing v1.1.0',
      '  ↩ rollback rehearsed: deployment 6 rolled back to v1.1.0, which verified; v2.0.0 deployed again',
      expect.stringMatching(/^ {2}✘ smoke test failed: GET \/: .*got 500$/),
      '  ↩ rolled back automatically to v1.1.0 (deployment 8)',
      '  ✘ Phase 07 gate failed: smoke_passed, deploy_status (deploy_status is rolled_back)',
      '  ✘ not released: v2.0.0 was rolled back; staging serves v1.1.0',
      '  artifacts: demo-output/runs/staging-v2.0.0/ (release.json, reports, audit log, steps.txt)'
    ]);
    // Broken only on /checkout: the smoke checks pass, the post-deploy bake catches it from
    // telemetry (Prometheus when installed, else the app's own /metrics) and it is rolled back.
    const caught = section(story, 'v1.2.0 → staging');
    expect(caught[0]).toMatch(/^ {2}• telemetry: (Prometheus \([^)]+\) scrapes staging every second; analysis\.yml asks it|Prometheus is not installed; the bake scrapes the app's own \/metrics \(analysis: embedded\))$/);
    expect(caught).toContainEqual(expect.stringMatching(/^ {2}✘ post-deploy bake failed on telemetry: error-rat(e|io) failed 2 of [23] measurements \(limit 1\): result \[0\.\d+\]/));
    expect(caught).toContain('  ✘ smoke test failed: every check passed, the post-deploy bake did not');
    expect(caught).toContain('  ↩ rolled back automatically to v1.1.0 (deployment 11)');
    expect(caught).toContain('  ✘ not released: v1.2.0 was rolled back; staging serves v1.1.0');
    const bake = json('runs/staging-v1.2.0/analysis-report.json');
    expect(schemaErrors('analysis-report', bake)).toEqual([]);
    expect(bake.runs.map((run: { stage: string; phase: string; decision: string }) => [run.stage, run.phase, run.decision])).toEqual([['post-deploy bake', 'Failed', 'rollback']]);
    expect(json('runs/staging-v1.2.0/smoke-report.json').checks.every((c: { passed: boolean }) => c.passed)).toBe(true);
    expect(readFileSync(path.join(OUT, 'runs/staging-v1.2.0/audit-log.txt'), 'utf8')).toMatch(/ERROR analysis\.end stage="post-deploy bake" phase=Failed decision=rollback metric=error-rat(e|io) query=/);
    const refused = section(story, 'v2.0.0 → production');
    expect(refused).toContain('  ✘ deploy refused before anything changed: pre-deploy checks failed: staging (v2.0.0 has no successful deployment in staging (ledger)); rehearsal (v2.0.0 has no successful deployment in staging (ledger), so its rollback was never rehearsed (deploy it there with rehearse-rollback: true))');
    expect(refused).toContain('  ✘ not released: v2.0.0 was refused; production serves v1.1.0');
    // A release that did not stay is never shown as passed or live.
    for (const line of [...broken, ...refused]) expect(line).not.toMatch(/✔ (deployed|released)|is live|passed.*live/);
    // The default freeze guards production only: staging never mentions it; production is let
    // through with a reason when the demo runs inside the window (Friday to Monday, UTC).
    const day = new Date().getUTCDay();
    const weekend = day === 5 || day === 6 || day === 0;
    for (const heading of ['v1.0.0 → staging', 'v1.1.0 → staging', 'v2.0.0 → staging']) expect(section(story, heading).join('\n')).not.toMatch(/freeze/);
    const freezeLine = '  ⚠ inside the production freeze window (Fri 00:00-Mon 00:00): overridden — local demo, no users (npm run demo)';
    if (weekend) expect(section(story, 'v1.1.0 → production')).toContain(freezeLine);
    else expect(story).not.toContain(freezeLine);
    expect(story).toMatch(/demo complete: every process it started is stopped/);

    // Each run keeps its own artifacts, named by environment and version, carrying its deployment id.
    const runs = readdirSync(path.join(OUT, 'runs')).sort();
    expect(runs).toEqual(['production-v1.0.0', 'production-v1.1.0', 'production-v2.0.0', 'staging-v1.0.0', 'staging-v1.1.0', 'staging-v1.2.0', 'staging-v2.0.0']);
    const ids: Record<string, string | null> = { 'staging-v1.0.0': '1', 'production-v1.0.0': '2', 'staging-v1.1.0': '4', 'production-v1.1.0': '5', 'staging-v2.0.0': '7', 'production-v2.0.0': null, 'staging-v1.2.0': '10' };
    for (const run of runs) {
      const [environment, version] = run.split('-');
      const release = json(`runs/${run}/release.json`);
      expect(release).toMatchObject({ environment, version, deploymentId: ids[run] });
      expect(schemaErrors('gates-report', json(`runs/${run}/gates-report.json`))).toEqual([]);
      const phase07 = json(`runs/${run}/phase-07-report.json`);
      expect(schemaErrors('gates-report', phase07)).toEqual([]);
      expect(phase07.deployment).toMatchObject({ environment, version, id: ids[run] });
      expect(readFileSync(path.join(OUT, `runs/${run}/steps.txt`), 'utf8')).toContain(`--environment ${environment} --version ${version}`);
      const audit = readFileSync(path.join(OUT, `runs/${run}/audit-log.txt`), 'utf8');
      expect(audit).toMatch(new RegExp(`deploy\\.start environment=${environment} mode=deploy version=${version.replace(/\./g, '\\.')} `));
      if (ids[run]) {
        const smoke = json(`runs/${run}/smoke-report.json`);
        expect(schemaErrors('smoke-report', smoke)).toEqual([]);
        expect(smoke.deploymentId).toBe(ids[run]);
        expect(audit).toContain(`deployment.created id=${ids[run]} version=${version}`);
      } else expect(existsSync(path.join(OUT, `runs/${run}/smoke-report.json`))).toBe(false);
    }
    // Not overwritten by the next run: staging's good release and its broken one keep their own verdicts.
    expect(json('runs/staging-v1.0.0/smoke-report.json').passed).toBe(true);
    expect(json('runs/staging-v2.0.0/smoke-report.json').passed).toBe(false);
    expect(json('runs/staging-v2.0.0/release.json')).toMatchObject({ deployStatus: 'rolled_back', rollbackPerformed: true, rollbackDeploymentId: '8', passed: false, failedStage: 'smoke-test', serving: 'v1.1.0' });
    expect(json('runs/production-v1.1.0/release.json')).toMatchObject({ deployStatus: 'success', passed: true, previousVersion: 'v1.0.0' });
    expect(json('runs/staging-v2.0.0/phase-07-report.json').deployment).toEqual({ environment: 'staging', version: 'v2.0.0', id: '7', status: 'rolled_back', rollbackId: '8' });
    expect(json('runs/production-v2.0.0/phase-07-report.json').deployment).toEqual({ environment: 'production', version: 'v2.0.0', id: null, status: 'failure', rollbackId: null });
    const brokenAudit = readFileSync(path.join(OUT, 'runs/staging-v2.0.0/audit-log.txt'), 'utf8').trim().split('\n');
    expect(brokenAudit.some((l) => / (INFO|WARN) deploy\.end status=rolled_back version=v1\.1\.0/.test(l))).toBe(true);
    // The pipeline's own summary of the broken release shows the deploy rolled back, not passed, nor live.
    const steps = readFileSync(path.join(OUT, 'runs/staging-v2.0.0/steps.txt'), 'utf8');
    expect(steps).toMatch(/\| 2 \| Deploy \| ↩️ rolled back \| deployed v2\.0\.0 to staging \(deployment 7\); rolled back after its smoke test failed \|/);
    expect(steps).not.toMatch(/is live/);

    const state = path.join(OUT, '.example-app');
    const pids = existsSync(state) ? readdirSync(state).filter((f) => f.endsWith('.pid')).map((f) => Number(readFileSync(path.join(state, f), 'utf8'))) : [];
    expect(pids.length).toBeGreaterThan(0);
    // SIGTERM was sent; give the processes a moment to go, bounded.
    const deadline = Date.now() + 5000;
    while (pids.some(alive) && Date.now() < deadline) spawnSync('sleep', ['0.1']);
    expect(pids.filter(alive)).toEqual([]);
  });
});
