/**
 * The aws-ecs provider's commands, run by the real AWS CLI when it is installed: against a fake
 * ECS endpoint on loopback (`--endpoint-url http://127.0.0.1:<port>` added to each argv, fake
 * credentials, no configuration files), so that the CLI parses every flag, validates the
 * register-task-definition input against its ECS model, sends the requests we expect, and prints
 * the output that the provider then reads. Without the CLI, this file checks nothing more than
 * aws-ecs.test.ts and cli-flags.test.ts (stored excerpt) do.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createProvider } from '../../../src/core/deploy/providers/index.js';
import { FakeRuntime, fixture, replies, rollbackStep, runProcess, stepOf, type Ran } from './support.js';
import { itWith } from '../../support/tools.js';

const ctx = { input: 'provider-options', environment: 'production' };
const options = { cluster: 'prod', service: 'web', container: 'web', image: '123456789012.dkr.ecr.eu-central-1.amazonaws.com/web', region: 'eu-central-1' };

/** The canned ECS answers, by operation (X-Amz-Target suffix). */
function answer(operation: string): string {
  if (operation === 'DescribeServices') return fixture('ecs-describe-services.json');
  if (operation === 'DescribeTaskDefinition') return fixture('ecs-describe-task-definition.json');
  if (operation === 'RegisterTaskDefinition') return fixture('ecs-register-task-definition.json');
  if (operation === 'UpdateService') return JSON.stringify({ service: JSON.parse(fixture('ecs-describe-services.json')).services[0] });
  return JSON.stringify({ __type: 'InvalidParameterException', message: `unexpected ${operation}` });
}

const requests: Array<{ operation: string; body: Record<string, unknown> }> = [];
const server = http.createServer((req, res) => {
  let body = '';
  req.on('data', (d: Buffer) => (body += d.toString()));
  req.on('end', () => {
    const operation = String(req.headers['x-amz-target'] ?? '').split('.').pop() ?? '';
    requests.push({ operation, body: body ? (JSON.parse(body) as Record<string, unknown>) : {} });
    const out = answer(operation);
    res.writeHead(out.includes('__type') ? 400 : 200, { 'content-type': 'application/x-amz-json-1.1' });
    res.end(out);
  });
});

let endpoint = '';
const scratch = mkdtempSync(path.join(tmpdir(), 'phase-gates-aws-'));
/** Fake credentials and no configuration: nothing can reach AWS, and nothing of the user's is read. */
const ENV: Record<string, string | undefined> = {
  AWS_ACCESS_KEY_ID: 'AKIAIOSFODNN7EXAMPLE',
  AWS_SECRET_ACCESS_KEY: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
  AWS_SESSION_TOKEN: undefined,
  AWS_PROFILE: undefined,
  AWS_DEFAULT_PROFILE: undefined,
  AWS_DEFAULT_REGION: undefined,
  AWS_REGION: undefined,
  AWS_ENDPOINT_URL: undefined,
  AWS_ENDPOINT_URL_ECS: undefined,
  AWS_CONFIG_FILE: path.join(scratch, 'config'),
  AWS_SHARED_CREDENTIALS_FILE: path.join(scratch, 'credentials'),
  AWS_EC2_METADATA_DISABLED: 'true',
  AWS_MAX_ATTEMPTS: '1',
  AWS_PAGER: '',
  PAGER: 'cat'
};

beforeAll(async () => {
  writeFileSync(ENV.AWS_CONFIG_FILE!, '');
  writeFileSync(ENV.AWS_SHARED_CREDENTIALS_FILE!, '');
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  rmSync(scratch, { recursive: true, force: true });
});

/** Runs argv with the loopback endpoint; a file:// argument is replaced by a file holding `file`. */
function run(argv: string[], file?: string): Promise<Ran> {
  const args = argv.map((a) => {
    if (!a.startsWith('file://')) return a;
    const p = path.join(mkdtempSync(path.join(scratch, 'in-')), 'task-definition.json');
    writeFileSync(p, file ?? '{}');
    return `file://${p}`;
  });
  return runProcess([...args, '--endpoint-url', endpoint], ENV, 40000);
}

describe('aws-ecs against the real AWS CLI, aws (loopback endpoint; skipped where aws is not installed)', () => {
  // Skipped where aws is missing or does not run (a pyenv or asdf shim with no installation behind it).
  itWith('aws', '--version')('aws: every command parses, register input passes the CLI\'s validation, the requests are what we mean, and the output reads back', async () => {
    // The argv of a deploy and of a rollback after it, as the provider builds them from what `aws`
    // prints: the provider reads the describe output of the CLI it then calls, so the register input
    // holds only fields that this CLI knows (an older CLI drops newer ones, enableFaultInjection say).
    const deployAndRollBack = async (services: string, definition: string) => {
      const rt = new FakeRuntime(
        replies([
          ['aws ecs describe-services', { stdout: services }],
          ['aws ecs describe-task-definition', { stdout: definition }],
          ['aws ecs register-task-definition', { stdout: fixture('ecs-register-task-definition.json') }],
          ['aws ecs wait', { outcome: 'failed', code: 255 }]
        ])
      );
      const p = createProvider('aws-ecs', options, ctx);
      await p.apply(stepOf(), rt);
      await p.apply(rollbackStep(), rt);
      return rt;
    };
    const first = (await deployAndRollBack(fixture('ecs-describe-services.json'), fixture('ecs-describe-task-definition.json'))).argv();
    const described = await Promise.all(first.slice(0, 2).map((a) => run(a)));
    for (const r of described) if (r.code !== 0) throw new Error(`${r.argv.join(' ')} exited with ${r.code}: ${r.stderr.slice(-600)}`);
    requests.length = 0;
    const rt = await deployAndRollBack(described[0].stdout, described[1].stdout);
    const all = rt.argv();
    const unfiled = (argvs: string[][]) => argvs.map((a) => a.map((x) => (x.startsWith('file://') ? 'file://' : x)));
    expect(unfiled(all)).toEqual(unfiled(first));
    expect(all.map((a) => a.slice(0, 3).join(' '))).toEqual([
      'aws ecs describe-services',
      'aws ecs describe-task-definition',
      'aws ecs register-task-definition',
      'aws ecs update-service',
      'aws ecs wait',
      'aws ecs update-service',
      'aws ecs wait'
    ]);
    // One run per distinct command: the rollback's update-service (to :41) and wait repeat the deploy's, with other values.
    const argv = [...all.slice(0, 5), all[5]];
    const input = rt.files[0];
    // A control: a field that register does not accept (describe's `revision`) is refused by the CLI.
    const bad = JSON.stringify({ ...JSON.parse(input), revision: 41 });

    const [runs, refused] = await Promise.all([Promise.all(argv.map((a) => run(a, input))), run(argv[2], bad)]);
    for (const r of runs) {
      if (r.code !== 0) throw new Error(`${r.argv.join(' ')} exited with ${r.code}: ${r.stderr.slice(-600)}`);
    }
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toMatch(/Parameter validation failed:\s+Unknown parameter in input: "revision"/);

    const byOp = (op: string) => requests.filter((r) => r.operation === op).map((r) => r.body);
    expect(byOp('DescribeServices')).toContainEqual({ cluster: 'prod', services: ['web'] });
    expect(byOp('DescribeTaskDefinition')).toEqual([{ taskDefinition: 'arn:aws:ecs:eu-central-1:123456789012:task-definition/web:41', include: ['TAGS'] }]);
    expect(byOp('RegisterTaskDefinition')).toEqual([JSON.parse(input)]);
    expect(byOp('UpdateService')).toEqual(
      expect.arrayContaining([
        { cluster: 'prod', service: 'web', taskDefinition: 'arn:aws:ecs:eu-central-1:123456789012:task-definition/web:42' },
        { cluster: 'prod', service: 'web', taskDefinition: 'arn:aws:ecs:eu-central-1:123456789012:task-definition/web:41' }
      ])
    );

    // What the real CLI printed is what the provider reads: a deploy fed with it succeeds.
    const printed = new Map(runs.slice(0, 5).map((r) => [r.argv.slice(0, 3).join(' '), r.stdout]));
    const again = new FakeRuntime((c) => ({ stdout: printed.get(['aws', ...c.args.slice(0, 2)].join(' ')) ?? '' }));
    expect(await createProvider('aws-ecs', options, ctx).apply(stepOf(), again)).toEqual({ outcome: 'ok' });
    expect(again.argv()[3]).toContain('arn:aws:ecs:eu-central-1:123456789012:task-definition/web:42');
  }, 90000);
});
