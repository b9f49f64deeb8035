/**
 * Shared set-up of the root action's tests: a workspace with the example app, a phase document and
 * a coverage report; the chain run as the root action (one bundle) or wired by hand (four bundles,
 * as SPEC's "The chain" wires them); and what both leave behind, reduced to what must agree.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runAction, type ActionRun } from '../support/action.js';
import { deployWorkspace, freePort, get, SHA, stopApp } from '../deploy/support.js';
import { schemaErrors } from '../../src/core/schemas.js';

export { SHA };

/** The phase document of the example: Phase 06 needs 80% line coverage. */
export const PHASE_DOC = ['---', 'phase: 6', 'title: Deployment', 'gates:', '  coverage: ">=80%"', '---', '', '# Phase 06', ''].join('\n');

/** LCOV with 4 of 5 lines covered (80%). */
export const LCOV = ['TN:', 'SF:src/app.js', 'DA:1,1', 'DA:2,1', 'DA:3,3', 'DA:4,1', 'DA:5,0', 'LF:5', 'LH:4', 'end_of_record', ''].join('\n');

/** Smoke checks every release must pass. */
export const CHECKS = ['- { name: health, path: /health, expect: { status: 200, json: { $.status: ok } } }', '- { name: home, path: /, expect: { body-contains: "example app" } }'].join('\n');

/** The checks of a release that promised a /cart page, which the example app does not serve. */
export const CHECKS_WITH_CART = CHECKS + '\n- { name: cart, path: /cart, expect: { status: 200 } }';

/** Fast smoke settings (every wait bounded and short). */
const FAST_SMOKE = { 'wait-for-ready': '2', retries: '1', 'retry-delay-ms': '50', 'timeout-ms': '2000', samples: '3' };

/** App state directories started by tests, stopped by {@link stopApps}. */
const states: string[] = [];

/** Stops every example app a test started (call in afterEach). */
export function stopApps(): void {
  for (const state of states.splice(0)) stopApp(state);
}

/** A workspace for the chain, and where its app serves. */
export interface Chain {
  ws: string;
  url: string;
  state: string;
  env: Record<string, string>;
}

export async function chainWorkspace(): Promise<Chain> {
  const ws = deployWorkspace({ 'docs/phases/06-deployment.md': PHASE_DOC, 'coverage/lcov.info': LCOV });
  const port = await freePort();
  const state = mkdtempSync(path.join(tmpdir(), 'pg-app-'));
  states.push(state);
  return { ws, url: `http://127.0.0.1:${port}`, state, env: { GITHUB_SHA: SHA, APP_PORT: String(port), APP_STATE: state } };
}

/** One release through the chain: what differs between releases. */
export interface Release {
  version: string;
  /** A `gates` override, e.g. to make a gate fail. */
  gates?: string;
  checks?: string;
}

/** The inputs of gates-enforcer, deploy and smoke-test for a release, by each action's own names. */
function stageInputs(c: Chain, r: Release) {
  const gates: Record<string, string> = { 'phase-file': 'docs/phases/06-deployment.md', 'coverage-files': 'coverage/lcov.info', ...(r.gates ? { gates: r.gates } : {}) };
  const deploy: Record<string, string> = {
    environment: 'staging',
    version: r.version,
    run: './app/deploy.sh',
    'rollback-run': './app/rollback.sh',
    'freeze-windows': 'none',
    'environment-url': c.url
  };
  const smoke: Record<string, string> = { ...FAST_SMOKE, checks: r.checks ?? CHECKS };
  return { gates, deploy, smoke };
}

/** The root action's inputs for a release: the same values under the root action's names. */
export function rootInputs(c: Chain, r: Release): Record<string, string> {
  const { gates, deploy, smoke } = stageInputs(c, r);
  return { ...gates, ...deploy, ...smoke };
}

/** Runs the root action (action.yml's runs.main) for a release. */
export function runRoot(c: Chain, r: Release, extra: Record<string, string> = {}, clock?: string): Promise<ActionRun> {
  return runAction('.', { workspace: c.ws, inputs: { ...rootInputs(c, r), ...extra }, env: c.env, timeoutMs: 90000, clock });
}

/** The steps of the hand-wired chain, each as the runner ran it (absent: skipped). */
export interface HandWired {
  gates: ActionRun;
  deploy?: ActionRun;
  smoke?: ActionRun;
  rollback?: ActionRun;
  phase07?: ActionRun;
  /** The job's result: 1 when any step failed. */
  code: number;
}

/**
 * The chain wired by hand, as SPEC's example does: the gates job's `report` output feeds deploy's
 * `gates-report`; deploy's `environment-url` feeds smoke-test's `url`; the rollback step runs when
 * `failure() && steps.deploy.outputs.status == 'success'`; then a Phase 07 gates-enforcer step
 * (`if: always()` in the deploy job) over the smoke report and `deploy_status`.
 */
export async function runHandWired(c: Chain, r: Release): Promise<HandWired> {
  const { gates: gatesIn, deploy: deployIn, smoke: smokeIn } = stageInputs(c, r);
  const step = (name: string, inputs: Record<string, string>) => runAction(name, { workspace: c.ws, inputs, env: c.env, timeoutMs: 60000 });

  // job gates_enforcer
  const gates = await step('gates-enforcer', gatesIn);
  if (gates.code !== 0) return { gates, code: 1 }; // job deploy `needs: gates_enforcer`: skipped

  // job deploy
  let failure = false;
  const deploy = await step('deploy', { ...deployIn, 'gates-report': gates.outputs.report });
  failure ||= deploy.code !== 0;
  let smoke: ActionRun | undefined;
  if (!failure) {
    smoke = await step('smoke-test', { ...smokeIn, url: deploy.outputs['environment-url'] });
    failure ||= smoke.code !== 0;
  }
  let rollback: ActionRun | undefined;
  if (failure && deploy.outputs.status === 'success') {
    // id: rollback
    rollback = await step('deploy', { environment: deployIn.environment, mode: 'rollback', 'rollback-run': deployIn['rollback-run'] });
    failure ||= rollback.code !== 0;
  }
  // if: always(); with: { gates: ..., smoke-report: steps.smoke.outputs.report-path,
  //   metrics: "deploy_status: ${{ steps.rollback.outputs.status || steps.deploy.outputs.status }}",
  //   report-path: post-deploy/gates-report.json }
  const phase07 = await step('gates-enforcer', {
    gates: '{ smoke_passed: true, deploy_status: success }',
    'smoke-report': smoke?.outputs['report-path'] ?? '',
    metrics: `deploy_status: ${rollback?.outputs.status || deploy.outputs.status}`,
    'report-path': 'post-deploy/gates-report.json'
  });
  failure ||= phase07.code !== 0;
  return { gates, deploy, smoke, rollback, phase07, code: failure ? 1 : 0 };
}

/** The outputs that matter, from the root action's run. */
export function rootVerdict(run: ActionRun) {
  const o = run.outputs;
  const bool = (v: string | undefined) => (v === 'true' ? true : v === 'false' ? false : null);
  return {
    code: run.code,
    gatesPassed: bool(o['gates-passed']),
    deployStatus: o['deploy-status'],
    rollbackPerformed: bool(o['rollback-performed']),
    version: o.version,
    previousVersion: o['previous-version'],
    smokePassed: bool(o['smoke-passed']),
    phase07Passed: bool(o['phase-07-passed'])
  };
}

/** The same verdict, from the hand-wired steps' outputs. */
export function handVerdict(h: HandWired) {
  const bool = (v: string | undefined) => (v === 'true' ? true : v === 'false' ? false : null);
  return {
    code: h.code,
    gatesPassed: bool(h.gates.outputs.passed),
    deployStatus: h.rollback?.outputs.status ?? h.deploy?.outputs.status ?? 'skipped',
    rollbackPerformed: h.rollback ? h.rollback.outputs['rollback-performed'] === 'true' : h.deploy ? h.deploy.outputs['rollback-performed'] === 'true' : false,
    version: h.deploy?.outputs.version ?? '',
    previousVersion: h.deploy?.outputs['previous-version'] ?? '',
    smokePassed: bool(h.smoke?.outputs.passed),
    phase07Passed: bool(h.phase07?.outputs.passed)
  };
}

function readJson(file: string): Record<string, unknown> | null {
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>) : null;
}

type Gate = { name: string; op: string; threshold: unknown; actual: unknown; passed: boolean };

/**
 * What a workspace holds after the chain, reduced to what the root action and the hand-wired
 * chain must agree on: report verdicts (schema-checked), the audit log's events, the ledger's
 * deployments and states, and what the app serves.
 */
export async function artifacts(c: Chain) {
  const gatesOf = (report: Record<string, unknown> | null) => {
    if (!report) return null;
    expect(schemaErrors('gates-report', report)).toEqual([]);
    return { passed: report.passed, gates: (report.gates as Gate[]).map((g) => ({ name: g.name, op: g.op, threshold: g.threshold, actual: g.actual, passed: g.passed })) };
  };
  const smoke = readJson(path.join(c.ws, 'post-deploy/smoke-report.json'));
  if (smoke) expect(schemaErrors('smoke-report', smoke)).toEqual([]);
  const logFile = path.join(c.ws, 'ci/deploy-logs.txt');
  const log = existsSync(logFile) ? readFileSync(logFile, 'utf8').split('\n').filter(Boolean) : [];
  for (const line of log) expect(line).toMatch(/^\d{4}-\d\d-\d\dT\S+Z (INFO|WARN|ERROR) [\w.-]+( |$)/);
  const ledgerFile = path.join(c.ws, '.phase-gates/deployments.jsonl');
  const ledger = existsSync(ledgerFile)
    ? readFileSync(ledgerFile, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as Record<string, unknown>)
    : [];
  const deployments = ledger
    .filter((e) => e.type === 'deployment')
    .map((e) => ({
      id: e.id,
      version: e.version,
      rollbackOf: e.rollbackOf ?? null,
      states: ledger.filter((s) => s.deployment === e.id).map((s) => s.state)
    }));
  return {
    gatesReport: gatesOf(readJson(path.join(c.ws, 'gates-report.json'))),
    smokeReport: smoke ? { passed: smoke.passed, checks: (smoke.checks as Array<{ name: string; passed: boolean }>).map((k) => ({ name: k.name, passed: k.passed })) } : null,
    phase07Report: gatesOf(readJson(path.join(c.ws, 'post-deploy/gates-report.json'))),
    logEvents: log.map((l) => l.split(' ')[2]),
    deployments,
    appStarted: existsSync(path.join(c.state, 'app.pid')),
    serving: await get(c.url + '/')
  };
}

/** Writes a file into a workspace. */
export function writeIn(ws: string, rel: string, text: string): void {
  mkdirSync(path.dirname(path.join(ws, rel)), { recursive: true });
  writeFileSync(path.join(ws, rel), text);
}
