/**
 * `phase-gates smoke` gives the action's verdict from the command line, and the report it writes
 * is what gates-enforcer reads for the smoke_* gates.
 */
import { makeWorkspace, runAction } from '../support/action.js';
import { cliAsync } from '../support/cli.js';
import { closeAll, ok, startServer } from './servers.js';

afterEach(closeAll);

/** The bundled CLI, spawned asynchronously: the test servers live in this process's event loop. */
const cli = (args: string[], cwd: string) => cliAsync(args, cwd, {}, 20_000);

describe('phase-gates smoke', () => {
  it('passes, prints the summary, and the outputs as name=value lines with --outputs', async () => {
    const server = await startServer({ '/': ok() });
    const ws = makeWorkspace();
    const r = await cli(['smoke', '--url', server.url, '--wait-for-ready', '0', '--samples', '3', '--outputs'], ws);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/## Smoke test: ✅ passed/);
    expect(r.stdout).toMatch(/^passed=true$/m);
    expect(r.stdout).toMatch(/^report-path=post-deploy\/smoke-report.json$/m);
    expect(r.stdout).toMatch(/^error-rate=0$/m);
  });

  it('fails with the same one-line reason as the action', async () => {
    const server = await startServer({ '/': ok('down', 0, 503) });
    const ws = makeWorkspace();
    const args = { url: server.url, 'wait-for-ready': '0', retries: '0' };
    const r = await cli(['smoke', ...Object.entries(args).flatMap(([k, v]) => [`--${k}`, v]), '--outputs'], ws);
    const action = await runAction('smoke-test', { workspace: makeWorkspace(), inputs: args });
    expect(r.code).toBe(1);
    expect(action.code).toBe(1);
    const reason = 'smoke test failed: GET /: expected status 2xx, got 503';
    expect(r.stderr).toContain(`error: ${reason}`);
    expect(action.errors).toEqual([`::error::${reason}`]);
    expect(r.stdout).toMatch(/^failed-checks=\[\{"name":"GET \/",/m);
  });
});

describe('gates-enforcer reads the smoke report', () => {
  it('smoke_passed, smoke_p95_ms and smoke_error_rate (a ratio in the report, a percentage in gates)', async () => {
    let n = 0;
    const server = await startServer({ '/': (req, res) => (n++ === 1 ? ok('x', 0, 500)(req, res) : ok()(req, res)) });
    const ws = makeWorkspace();
    const smoke = await runAction('smoke-test', {
      workspace: ws,
      inputs: { url: server.url, 'wait-for-ready': '0', retries: '0', samples: '4', concurrency: '1', 'max-error-rate': '25%' }
    });
    expect(smoke.code).toBe(0);
    expect(smoke.outputs['error-rate']).toBe('25');
    const gates = await runAction('gates-enforcer', {
      workspace: ws,
      inputs: { 'smoke-report': 'post-deploy/smoke-report.json', gates: '{ smoke_passed: true, smoke_p95_ms: "<=500", smoke_error_rate: "<=25%" }' }
    });
    expect(gates.code).toBe(0);
    const report = JSON.parse(gates.outputs.report);
    expect(report.metrics).toMatchObject({ smoke_passed: true, smoke_error_rate: 25 });
    expect(report.metrics.smoke_p95_ms).toBeGreaterThan(0);
  });
});
