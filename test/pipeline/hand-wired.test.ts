/**
 * The chain wired by hand from the four bundles (gates-enforcer → deploy → smoke-test → deploy
 * `mode: rollback` on `failure() && steps.deploy.outputs.status == 'success'` → gates-enforcer
 * for Phase 07), each step's outputs fed into the next one's INPUT_* as SPEC's example wires them,
 * reaches the same verdicts and leaves the same artifacts as the root action in one step.
 */
import { artifacts, chainWorkspace, CHECKS_WITH_CART, handVerdict, rootVerdict, runHandWired, runRoot, stopApps, type Release } from './support.js';

afterEach(stopApps);

/** Runs the releases in turn through the root action and, in another workspace, through the hand-wired chain. */
async function both(releases: Release[]) {
  const root = await chainWorkspace();
  const hand = await chainWorkspace();
  const verdicts: Array<{ root: ReturnType<typeof rootVerdict>; hand: ReturnType<typeof handVerdict> }> = [];
  for (const r of releases) {
    const rootRun = await runRoot(root, r);
    const handRun = await runHandWired(hand, r);
    verdicts.push({ root: rootVerdict(rootRun), hand: handVerdict(handRun) });
  }
  return { verdicts, root: await artifacts(root), hand: await artifacts(hand) };
}

describe('the hand-wired chain and the root action agree', () => {
  it('on a passing release', async () => {
    const { verdicts, root, hand } = await both([{ version: 'v1.0.0' }]);
    expect(verdicts[0].hand).toEqual(verdicts[0].root);
    expect(verdicts[0].root).toEqual({
      code: 0,
      gatesPassed: true,
      deployStatus: 'success',
      rollbackPerformed: false,
      version: 'v1.0.0',
      previousVersion: '',
      smokePassed: true,
      phase07Passed: true
    });
    expect(hand).toEqual(root);
    expect(root).toMatchObject({ serving: 'example app v1.0.0\n', smokeReport: { passed: true }, phase07Report: { passed: true }, gatesReport: { passed: true } });
  });

  it('on a failing gate: nothing deployed by either', async () => {
    const { verdicts, root, hand } = await both([{ version: 'v1.0.0', gates: '{ coverage: ">=90%" }' }]);
    expect(verdicts[0].hand).toEqual(verdicts[0].root);
    expect(verdicts[0].root).toEqual({
      code: 1,
      gatesPassed: false,
      deployStatus: 'skipped',
      rollbackPerformed: false,
      version: '',
      previousVersion: '',
      smokePassed: null,
      phase07Passed: null
    });
    expect(hand).toEqual(root);
    expect(root).toMatchObject({ appStarted: false, deployments: [], logEvents: [], smokeReport: null, phase07Report: null, gatesReport: { passed: false } });
  });

  it('on a release that fails its smoke test after a good one: both roll back to it', async () => {
    const { verdicts, root, hand } = await both([{ version: 'v1.0.0' }, { version: 'v2.0.0', checks: CHECKS_WITH_CART }]);
    for (const v of verdicts) expect(v.hand).toEqual(v.root);
    expect(verdicts[1].root).toEqual({
      code: 1,
      gatesPassed: true,
      deployStatus: 'rolled_back',
      rollbackPerformed: true,
      version: 'v2.0.0',
      previousVersion: 'v1.0.0',
      smokePassed: false,
      phase07Passed: false
    });
    expect(hand).toEqual(root);
    expect(root.serving).toBe('example app v1.0.0\n');
    expect(root.deployments.map((d) => [d.version, d.rollbackOf, d.states.at(-1)])).toEqual([
      ['v1.0.0', null, 'success'],
      ['v2.0.0', null, 'success'],
      ['v1.0.0', '2', 'success']
    ]);
    expect(root.phase07Report?.gates.map((g) => [g.name, g.actual, g.passed])).toEqual([
      ['smoke_passed', false, false],
      ['deploy_status', 'rolled_back', false]
    ]);
  });

  it('on a first release that fails its smoke test: neither has anything to roll back to, and both say so', async () => {
    const { verdicts, root, hand } = await both([{ version: 'v1.0.0', checks: CHECKS_WITH_CART }]);
    expect(verdicts[0].hand).toEqual(verdicts[0].root);
    expect(verdicts[0].root).toEqual({
      code: 1,
      gatesPassed: true,
      deployStatus: 'failure',
      rollbackPerformed: false,
      version: 'v1.0.0',
      previousVersion: '',
      smokePassed: false,
      phase07Passed: false
    });
    expect(hand).toEqual(root);
    expect(root.logEvents).toEqual(expect.arrayContaining(['rollback.skipped']));
    expect(root.deployments.map((d) => [d.version, d.states.at(-1)])).toEqual([['v1.0.0', 'success']]);
  });
});
