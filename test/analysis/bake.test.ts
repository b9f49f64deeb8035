/**
 * The post-deploy bake through the root action, with nothing but the app: `analysis: embedded`
 * scrapes the example app's own /metrics (prom-client) while real traffic flows, and the Phase 07
 * gate reads error_rate and p95_ms from the analysis report. A release whose /checkout fails —
 * a path the smoke checks do not ask for — passes its smoke checks and is caught by the bake:
 * rolled back, with the analysis in the audit log.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../support/action.js';
import { chainWorkspace, runRoot, stopApps } from '../pipeline/support.js';
import { get } from '../deploy/support.js';
import { schemaErrors } from '../../src/core/schemas.js';

const stops: Array<() => void> = [];
afterEach(() => {
  for (const stop of stops.splice(0)) stop();
  stopApps();
});

/** traffic.js on / and /checkout of `url`, until the test ends. */
function traffic(url: string): void {
  const child = spawn(process.execPath, [path.join(ROOT, 'examples/app/traffic.js'), url, '--rate', '40', '--seconds', '60', '--paths', '/,/checkout,/'], { stdio: 'ignore' });
  stops.push(() => child.kill('SIGTERM'));
}

const BAKE = {
  analysis: 'embedded',
  'analysis-args': '{ interval: 1s, count: 3, failure-limit: 0, max-error-rate: 0.02, p95-ms: 2000 }',
  'phase-07-gates': '{ error_rate: 2%, p95_ms: 2000 }'
};

describe('root action: the post-deploy bake on the embedded scrape', () => {
  it('a healthy release: the bake passes and the Phase 07 gate has error_rate and p95_ms from real traffic', async () => {
    const c = await chainWorkspace();
    traffic(c.url);
    const run = await runRoot(c, { version: 'v1.0.0' }, BAKE);
    expect(run.code).toBe(0);
    expect(run.outputs).toMatchObject({ passed: 'true', 'deploy-status': 'success', 'phase-07-passed': 'true' });
    const report = JSON.parse(readFileSync(path.join(c.ws, 'post-deploy/analysis-report.json'), 'utf8'));
    expect(schemaErrors('analysis-report', report)).toEqual([]);
    expect(report.runs.map((r: { stage: string; phase: string }) => [r.stage, r.phase])).toEqual([['post-deploy bake', 'Successful']]);
    expect(report).toMatchObject({ environment: 'staging', version: 'v1.0.0' });
    const phase07 = JSON.parse(readFileSync(path.join(c.ws, run.outputs['phase-07-report-path']), 'utf8'));
    const gate = (name: string) => phase07.gates.find((g: { name: string }) => g.name === name);
    expect(gate('error_rate')).toMatchObject({ passed: true, actual: 0, sources: [{ file: 'post-deploy/analysis-report.json', format: 'analysis-report' }] });
    // The app answers in about a millisecond here: a p95 well under the 2 s threshold, from the histogram.
    expect(gate('p95_ms').actual).toBeGreaterThan(0);
    expect(gate('p95_ms').actual).toBeLessThan(2000);
    const smoke = JSON.parse(readFileSync(path.join(c.ws, 'post-deploy/smoke-report.json'), 'utf8'));
    expect(smoke.analysis).toEqual({ phase: 'Successful', decision: 'promote', message: expect.any(String), report: 'post-deploy/analysis-report.json' });
  });

  it('errors on /checkout only: the smoke checks pass, the bake fails, the release is rolled back', async () => {
    const c = await chainWorkspace();
    Object.assign(c.env, { APP_ERRORING_VERSIONS: 'v2.0.0', APP_ERROR_SHARE: '0.4' });
    expect((await runRoot(c, { version: 'v1.0.0' })).code).toBe(0);
    traffic(c.url);
    const run = await runRoot(c, { version: 'v2.0.0' }, BAKE);
    expect(run.code).toBe(1);
    expect(run.outputs).toMatchObject({ 'deploy-status': 'rolled_back', 'rollback-performed': 'true', 'failed-stage': 'smoke-test' });
    const smoke = JSON.parse(readFileSync(path.join(c.ws, 'post-deploy/smoke-report.json'), 'utf8'));
    // Every smoke check passed: only the telemetry saw /checkout fail.
    expect(smoke.checks.every((k: { passed: boolean }) => k.passed)).toBe(true);
    expect(smoke).toMatchObject({ passed: false, analysis: { phase: 'Failed', decision: 'rollback' } });
    expect(smoke.message).toMatch(/^analysis failed: error-rate failed 1 of 1 measurements \(limit 0\)/);
    const log = readFileSync(path.join(c.ws, 'ci/deploy-logs.txt'), 'utf8');
    expect(log).toMatch(/ERROR analysis\.end stage="post-deploy bake" phase=Failed decision=rollback metric=error-rate query=.*http_requests_total.* figures=0\.\d+/);
    expect(log.lastIndexOf('analysis.end')).toBeLessThan(log.lastIndexOf('rollback'));
    expect(await get(c.url + '/')).toContain('example app v1.0.0');
  });
});
