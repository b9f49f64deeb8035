import { describe, expect, test } from '@jest/globals';
import { createProvider, strategyRefusal } from '../../../src/core/deploy/providers/index.js';
import { FakeRuntime, optionErrors, replies, rollbackStep, runSteps, stepOf, strategySteps, type Reply } from './support.js';

const ctx = { input: 'provider-options', environment: 'production' };
const options = { project: 'storefront', scope: 'acme', prebuilt: true, cwd: 'apps/web' };
const tail = ['--scope', 'acme', '--cwd', 'apps/web'];
const staged = 'https://storefront-k3j9x2a1q-acme.vercel.app';
const previous = 'https://storefront-7hd62kq0p-acme.vercel.app';

/** `vercel deploy` prints the deployment URL on stdout (progress goes to stderr); `vercel list` prints URLs, newest first, when stdout is not a terminal. */
function vercel(extra: Array<[string, Reply]> = []) {
  return replies([...extra, ['vercel deploy', { stdout: `${staged}\n` }], ['vercel list', { stdout: `${previous}\nhttps://storefront-older11-acme.vercel.app\n` }]]);
}

describe('vercel: direct', () => {
  test('a staged production deployment, promoted at once; the token is never on a command line', async () => {
    const p = createProvider('vercel', options, ctx);
    const rt = new FakeRuntime(vercel());
    expect(await p.apply(stepOf(), rt)).toEqual({ outcome: 'ok', url: staged });
    expect(rt.argv()).toEqual([
      ['vercel', 'deploy', '--prebuilt', '--prod', '--skip-domain', '--meta', 'phaseGatesVersion=v1.5.0', '--yes', '--project', 'storefront', ...tail],
      ['vercel', 'promote', staged, '--yes', ...tail]
    ]);
    for (const c of rt.commands) {
      expect(c.args.join(' ')).not.toMatch(/--token|-t /);
      expect(c.env).toBeUndefined();
    }
  });

  test('minimal options: the linked project of the working directory', async () => {
    const p = createProvider('vercel', {}, ctx);
    const rt = new FakeRuntime(vercel());
    await p.apply(stepOf(), rt);
    expect(rt.lines()).toEqual(['vercel deploy --prod --skip-domain --meta phaseGatesVersion=v1.5.0 --yes', `vercel promote ${staged} --yes`]);
  });

  test('a deploy that prints no URL, or fails, ends the step without promoting', async () => {
    const p = createProvider('vercel', options, ctx);
    const silent = new FakeRuntime(vercel([['vercel deploy', { stdout: 'Error: something\n' }]]));
    expect(await p.apply(stepOf(), silent)).toEqual({ outcome: 'failed', detail: 'vercel deploy printed no deployment URL on stdout' });
    const failed = new FakeRuntime(vercel([['vercel deploy', { outcome: 'failed', code: 1 }]]));
    expect(await p.apply(stepOf(), failed)).toEqual({ outcome: 'failed', detail: 'create a staged production deployment of v1.5.0 in project storefront: vercel exited with code 1' });
    expect(failed.commands).toHaveLength(1);
    // Production was never touched: the rollback has nothing to do.
    const none = new FakeRuntime(vercel());
    expect(await p.apply(rollbackStep(), none)).toEqual({ outcome: 'ok' });
    expect(none.commands).toEqual([]);
  });
});

describe('vercel: blue-green', () => {
  test('the staged deployment URL is verified, then promoted', async () => {
    const p = createProvider('vercel', options, ctx);
    const rt = new FakeRuntime(vercel());
    expect(await runSteps(p, rt, strategySteps('blue-green'))).toEqual([
      { outcome: 'ok', url: staged },
      { outcome: 'ok', url: staged }
    ]);
    expect(rt.lines()).toEqual([
      'vercel deploy --prebuilt --prod --skip-domain --meta phaseGatesVersion=v1.5.0 --yes --project storefront --scope acme --cwd apps/web',
      `vercel promote ${staged} --yes --scope acme --cwd apps/web`
    ]);
  });

  test('rollback before the promotion changes nothing; after it, returns to the previous version\'s deployment', async () => {
    const p = createProvider('vercel', options, ctx);
    await p.apply(strategySteps('blue-green')[0], new FakeRuntime(vercel()));
    const none = new FakeRuntime(vercel());
    expect(await p.apply(rollbackStep('blue'), none)).toEqual({ outcome: 'ok' });
    expect(none.commands).toEqual([]);

    await p.apply(strategySteps('blue-green')[1], new FakeRuntime(vercel()));
    const back = new FakeRuntime(vercel());
    expect(await p.apply(rollbackStep('blue'), back)).toEqual({ outcome: 'ok', url: previous });
    expect(back.argv()).toEqual([
      ['vercel', 'list', 'storefront', '--meta', 'phaseGatesVersion=v1.4.1', '--environment', 'production', '--yes', ...tail],
      ['vercel', 'rollback', previous, '--yes', ...tail]
    ]);
  });

  test('a promotion that failed may still complete on Vercel\'s side: the rollback restores the previous deployment', async () => {
    const p = createProvider('vercel', options, ctx);
    const rt = new FakeRuntime(vercel([['vercel promote', { outcome: 'timeout', code: null }]]));
    expect(await p.apply(stepOf(), rt)).toEqual({ outcome: 'failed', detail: `point the production domains at ${staged}: timed out` });
    const back = new FakeRuntime(vercel());
    expect(await p.apply(rollbackStep(), back)).toEqual({ outcome: 'ok', url: previous });
    expect(back.lines()[1]).toBe(`vercel rollback ${previous} --yes --scope acme --cwd apps/web`);
  });

  test('a rollback run that finds no deployment of the previous version says how to roll back by hand', async () => {
    const p = createProvider('vercel', options, ctx);
    const rt = new FakeRuntime(vercel([['vercel list', { stdout: '' }]]));
    const o = await p.apply(rollbackStep(), rt);
    expect(o.outcome).toBe('failed');
    expect(o.detail).toMatch(/^no production deployment with phaseGatesVersion=v1\.4\.1 was found.*vercel rollback <url>/);
    expect(rt.commands).toHaveLength(1);
  });

  test('canary is refused, and why', async () => {
    const p = createProvider('vercel', options, ctx);
    expect(p.strategies).toEqual(['direct', 'blue-green']);
    expect(p.programs).toEqual(['vercel']);
    expect(strategyRefusal('vercel', 'canary')).toMatch(/Rolling Releases/);
    expect((await p.apply(stepOf({ slot: 'green', trafficPercent: 10 }), new FakeRuntime())).detail).toMatch(/Rolling Releases/);
  });
});

describe('vercel: options', () => {
  test('bad options', () => {
    expect(optionErrors(() => createProvider('vercel', { project: 'Store Front', prebuilt: 'yes', token: 'abc' }, ctx))).toEqual([
      expect.stringMatching(/^provider-options: vercel "project" must be a project name .*: got "Store Front"/),
      expect.stringMatching(/^provider-options: vercel "prebuilt" must be true or false: got "yes"/),
      'provider-options: vercel does not take "token" (its keys: project, scope, prebuilt, cwd)'
    ]);
  });
});
