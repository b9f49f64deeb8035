/**
 * A cloud provider through the bundled deploy action: the provider's CLI is found on PATH (here a
 * stand-in kubectl that records its argument vector and answers as kubectl does), the steps run
 * without a shell, a failed rollout rolls back, and bad combinations are refused before anything
 * runs. The flags themselves are checked against the real CLIs in test/deploy/providers/.
 */
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { runAction } from '../support/action.js';
import { deployWorkspace, ledger, SHA } from './support.js';

/** kubectl that appends its argv (one JSON line) to calls.jsonl; `rollout status` fails for FAIL_IMAGE. */
const KUBECTL = `#!/usr/bin/env node
const fs = require('node:fs');
const args = process.argv.slice(2);
fs.appendFileSync(process.env.KUBECTL_CALLS, JSON.stringify(args) + '\\n');
if (args[0] === 'set' && args[1] === 'image') { fs.writeFileSync(process.env.KUBECTL_CALLS + '.image', args.find((a) => a.includes('='))); console.log('deployment.apps/web image updated'); }
if (args[0] === 'rollout' && args[1] === 'status') {
  const image = fs.readFileSync(process.env.KUBECTL_CALLS + '.image', 'utf8');
  if (process.env.FAIL_IMAGE && image.endsWith(process.env.FAIL_IMAGE)) { console.error('error: deployment "web" exceeded its progress deadline'); process.exit(1); }
  console.log('deployment "web" successfully rolled out');
}
`;

function workspace(): { ws: string; env: Record<string, string>; calls: () => string[][] } {
  const ws = deployWorkspace();
  const bin = path.join(ws, 'bin');
  mkdirSync(bin);
  writeFileSync(path.join(bin, 'kubectl'), KUBECTL.replace('#!/usr/bin/env node', `#!${process.execPath}`), { mode: 0o755 });
  const file = path.join(ws, 'calls.jsonl');
  return {
    ws,
    env: { GITHUB_SHA: SHA, PATH: `${bin}:${process.env.PATH}`, KUBECTL_CALLS: file },
    calls: () => (existsSync(file) ? readFileSync(file, 'utf8').trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as string[]) : [])
  };
}

const K8S = { environment: 'staging', 'freeze-windows': 'none', provider: 'kubernetes', 'provider-options': 'deployment: web\ncontainer: app\nimage: ghcr.io/acme/web\nnamespace: shop' };

describe('deploy with provider kubernetes (bundled)', () => {
  it('sets the image and waits for the rollout, as argument vectors; a failed rollout rolls back to the previous image', async () => {
    const { ws, env, calls } = workspace();
    let run = await runAction('deploy', { workspace: ws, inputs: { ...K8S, version: 'v1.0.0' }, env, timeoutMs: 60_000 });
    expect(run.code).toBe(0);
    expect(run.outputs.status).toBe('success');
    const first = calls();
    expect(first.find((c) => c[0] === 'set')).toEqual(expect.arrayContaining(['set', 'image', 'deployment/web', 'app=ghcr.io/acme/web:v1.0.0']));
    expect(first.find((c) => c[0] === 'rollout')).toEqual(expect.arrayContaining(['rollout', 'status', 'deployment/web']));
    expect(first.every((c) => c.includes('-n') || c.includes('--namespace') || c.some((a) => a.startsWith('--namespace')))).toBe(true);
    expect(readFileSync(path.join(ws, 'ci/deploy-logs.txt'), 'utf8')).toMatch(/script\.start phase=deploy input=kubernetes command="?kubectl /);

    run = await runAction('deploy', { workspace: ws, inputs: { ...K8S, version: 'v2.0.0' }, env: { ...env, FAIL_IMAGE: 'web:v2.0.0' }, timeoutMs: 60_000 });
    expect(run.code).toBe(1);
    expect(run.outputs).toMatchObject({ status: 'rolled_back', 'rollback-performed': 'true', 'previous-version': 'v1.0.0' });
    const images = calls().filter((c) => c[0] === 'set').map((c) => c.find((a) => a.startsWith('app='))!);
    expect(images).toEqual(['app=ghcr.io/acme/web:v1.0.0', 'app=ghcr.io/acme/web:v2.0.0', 'app=ghcr.io/acme/web:v1.0.0']);
    expect(ledger(ws).filter((e) => e.deployment === '2').map((e) => e.state)).toEqual(['in_progress', 'failure']);
  });

  it('refuses before anything runs: a strategy the provider does not take, run with a cloud provider, bad options, a missing CLI', async () => {
    const { ws, env, calls } = workspace();
    const refused = async (inputs: Record<string, string>, runEnv = env) => {
      const run = await runAction('deploy', { workspace: ws, inputs: { ...K8S, version: 'v1.0.0', ...inputs }, env: runEnv, timeoutMs: 30_000 });
      expect(run.code).toBe(1);
      expect(run.stderr + run.stdout).not.toMatch(/\n\s+at /);
      return run.errors.join('\n');
    };
    expect(await refused({ strategy: 'canary' })).toMatch(/::strategy: provider kubernetes does not support strategy canary: .+/);
    expect(await refused({ run: './mark.sh run' })).toMatch(/::run: only for provider command; provider kubernetes runs its CLI/);
    expect(await refused({ 'provider-options': 'container: app\nimage: ghcr.io/acme/web' })).toMatch(/::provider-options: kubernetes needs "deployment"/);
    expect(await refused({}, { ...env, PATH: '/nonexistent' })).toMatch(/::provider: kubectl: command not found on PATH/);
    expect(calls()).toEqual([]);
    expect(ledger(ws)).toEqual([]);
  });
});
