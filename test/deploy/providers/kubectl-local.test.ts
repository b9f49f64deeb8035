/**
 * The kubernetes provider's arguments, given to the real kubectl when it is installed, offline:
 * `kubectl set image --local -f <manifest>` with our `<container>=<ref>` must set exactly that
 * container's image, and `kubectl patch --local -f <service> --type merge --patch <our JSON>`
 * must move the Service's selector to the slot and leave its other labels. `--local` works
 * without a cluster; the kubeconfig points at a file that does not exist.
 */
import { afterAll, describe, expect, test } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { createProvider } from '../../../src/core/deploy/providers/index.js';
import { FakeRuntime, fixture, replies, rollbackStep, runProcess, stepOf } from './support.js';
import { itWith } from '../../support/tools.js';

const ctx = { input: 'provider-options', environment: 'production' };
const scratch = mkdtempSync(path.join(tmpdir(), 'phase-gates-kubectl-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const ENV = { KUBECONFIG: path.join(scratch, 'no-kubeconfig') };
const withKubectl = itWith('kubectl');

const DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web-green
  labels: { app: web, slot: green }
spec:
  replicas: 2
  selector:
    matchLabels: { app: web, slot: green }
  template:
    metadata:
      labels: { app: web, slot: green }
    spec:
      containers:
        - name: app
          image: ghcr.io/acme/web:v1.4.1
        - name: envoy
          image: envoyproxy/envoy:v1.30.1
`;

const SERVICE = `apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  selector: { app: web, slot: blue }
  ports: [{ port: 80, targetPort: 8080 }]
`;

interface Manifest {
  spec: { selector: Record<string, string>; template: { spec: { containers: Array<{ name: string; image: string }> } } };
}

/** Runs kubectl offline and parses its YAML output. */
async function local(args: string[]): Promise<Manifest> {
  const r = await runProcess(['kubectl', ...args, '--output', 'yaml'], ENV, 30000);
  if (r.code !== 0) throw new Error(`kubectl ${args.join(' ')} exited with ${r.code}: ${r.stderr}`);
  return parseYaml(r.stdout) as Manifest;
}

describe('kubernetes arguments against the real kubectl (--local, no cluster; skipped where kubectl is not installed)', () => {
  const files = () => {
    const dir = mkdtempSync(path.join(scratch, 'm-'));
    writeFileSync(path.join(dir, 'deployment.yaml'), DEPLOYMENT);
    writeFileSync(path.join(dir, 'service.yaml'), SERVICE);
    return dir;
  };

  withKubectl('set image with our container=ref sets that container, by tag and by digest', async () => {
    const dir = files();
    const k = createProvider('kubernetes', { deployment: 'web', container: 'app', image: 'ghcr.io/acme/web' }, ctx);
    const digest = 'sha256:' + '5e'.repeat(32);
    const outputs = await Promise.all(
      ['v1.5.0', digest].map(async (version) => {
        const rt = new FakeRuntime(replies([['kubectl get service', { stdout: fixture('kubectl-get-service.json') }], ['kubectl get deployment', { stdout: '2' }]]));
        await k.apply(stepOf({ version, slot: 'green', otherSlot: 'blue', trafficPercent: 0 }), rt);
        const set = rt.argv()[1];
        expect(set.slice(0, 4)).toEqual(['kubectl', 'set', 'image', 'deployment/web-green']);
        return local(['set', 'image', '--local', '--filename', path.join(dir, 'deployment.yaml'), set[4]]);
      })
    );
    expect(outputs.map((m) => m.spec.template.spec.containers.map(({ name, image }) => ({ name, image })))).toEqual([
      [
        { name: 'app', image: 'ghcr.io/acme/web:v1.5.0' },
        { name: 'envoy', image: 'envoyproxy/envoy:v1.30.1' }
      ],
      [
        { name: 'app', image: `ghcr.io/acme/web@${digest}` },
        { name: 'envoy', image: 'envoyproxy/envoy:v1.30.1' }
      ]
    ]);
  });

  withKubectl('our merge patch of the Service selector switches the slot and keeps the app label', async () => {
    const dir = files();
    const k = createProvider('kubernetes', { deployment: 'web', container: 'app', image: 'ghcr.io/acme/web' }, ctx);
    const [toGreen, toBlue] = await Promise.all(
      [stepOf({ action: 'traffic', slot: 'green', otherSlot: 'blue' }), rollbackStep('blue')].map(async (s) => {
        const rt = new FakeRuntime();
        await k.apply(s, rt);
        const patch = rt.argv()[0];
        expect(patch.slice(0, 3)).toEqual(['kubectl', 'patch', 'service/web']);
        // Our argv after the resource: --type merge --patch <json>; the manifest replaces the resource name.
        return local(['patch', '--local', '--filename', path.join(dir, 'service.yaml'), ...patch.slice(3)]);
      })
    );
    expect(toGreen.spec.selector).toEqual({ app: 'web', slot: 'green' });
    expect(toBlue.spec.selector).toEqual({ app: 'web', slot: 'blue' });
  });

  withKubectl('the live-slot check reads kubectl\'s own JSON of the Service', async () => {
    const dir = files();
    const printed = await runProcess(['kubectl', 'patch', '--local', '--filename', path.join(dir, 'service.yaml'), '--type', 'merge', '--patch', '{}', '--output', 'json'], ENV, 30000);
    expect(printed.code).toBe(0);
    const k = createProvider('kubernetes', { deployment: 'web', container: 'app', image: 'ghcr.io/acme/web' }, ctx);
    const reply = replies([['kubectl get service', { stdout: printed.stdout }], ['kubectl get deployment', { stdout: '2' }]]);
    expect((await k.apply(stepOf({ slot: 'green', otherSlot: 'blue', trafficPercent: 0 }), new FakeRuntime(reply))).outcome).toBe('ok');
    expect((await k.apply(stepOf({ slot: 'blue', otherSlot: 'green', trafficPercent: 0 }), new FakeRuntime(reply))).detail).toMatch(/^slot blue is live/);
  });
});
