/**
 * The deployment-policy rules (PG300–PG304) on real workflows (test/fixtures/rules/deployment/real,
 * see its README): package publishes and image builds are not service deploys and get no PG30x
 * finding; real deploys (Fly.io, a Cloudflare Worker through wrangler-action or `pnpm run deploy`)
 * get the policy findings a user must act on.
 */
import path from 'node:path';
import { lintFixture } from './fixtures.js';

const DIR = path.join(process.cwd(), 'test/fixtures/rules/deployment/real');

/** The PG30x findings of one file, as `line PGxxx`. */
async function policy(file: string): Promise<string[]> {
  const { findings } = await lintFixture(DIR, [file]);
  return findings.filter((f) => /^PG30\d$/.test(f.ruleId)).map((f) => `${f.line} ${f.ruleId}`);
}

describe('deployment policy on real workflows', () => {
  it.each(['pypa-pip-release.yml', 'pypa-sampleproject-release.yml', 'rust-lang-cargo-publish.yml'])('a package publish is no service deploy: %s', async (file) => {
    expect(await policy(file)).toEqual([]);
  });

  it('a flyctl deploy after image builds: only the deploy job, which has a concurrency group but no environment or smoke test', async () => {
    expect(await policy('10thfloor-fly-autoplacer-fly-deploy.yml')).toEqual(['64 PG301', '74 PG302']);
  });

  it('a wrangler-action deploy with no environment is found (it used to pass unnoticed)', async () => {
    expect(await policy('0xmd-whoami-worker-deploy-worker.yml')).toEqual(['15 PG301', '15 PG303', '31 PG302']);
  });

  it('`pnpm run deploy` in a job named "Publish Worker" is a deploy', async () => {
    expect(await policy('cloudflare-workers-sdk-playground-preview-worker.yml')).toEqual(['8 PG301', '8 PG303', '43 PG302']);
  });

  it('a Firebase Hosting live deploy is a deploy; the preview channel of a pull request is not', async () => {
    expect(await policy('00Scooby-unihockey-tracker-firebase-hosting-merge.yml')).toEqual(['10 PG301', '10 PG303', '22 PG302']);
    expect(await policy('00Scooby-unihockey-tracker-firebase-hosting-pull-request.yml')).toEqual([]);
  });
});
