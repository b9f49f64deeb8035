/**
 * The attestation check on bundles real tools wrote (test/fixtures/attestation/README.md): GitHub
 * artifact attestations as gh's own tests verify them, and sigstore-conformance cases with their
 * expected verdicts. Offline, against the trusted roots kept beside them.
 */
import { generateKeyPairSync } from 'node:crypto';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { makeWorkspace, ROOT } from '../support/action.js';
import { RecordingHost } from '../validate/host.js';
import { checkAttestation, readAttestationConfig } from '../../src/core/deploy/attestation.js';
import type { CheckResult } from '../../src/core/deploy/checks.js';

const GH = path.join(ROOT, 'test/fixtures/attestation/gh');
const CONF = path.join(ROOT, 'test/fixtures/attestation/conformance');

/** Runs the check in a workspace holding `files` (name → fixture path), with these inputs. */
async function check(files: Record<string, string>, inputs: Record<string, string>, env: Record<string, string> = {}): Promise<CheckResult> {
  const ws = makeWorkspace(Object.fromEntries(Object.entries(files).map(([name, from]) => [name, readFileSync(from)])));
  const host = new RecordingHost(ws, inputs, { GITHUB_REPOSITORY: 'acme/shop', ...env });
  return checkAttestation(readAttestationConfig(host));
}

describe('attestation: GitHub artifact attestations (gh attestation verify test data)', () => {
  // The npm provenance of sigstore-js 2.1.0: a SLSA provenance whose subject is the .tgz's sha512.
  const sigstoreJs = (bundle = 'sigstore-js-2.1.0-bundle.json') => ({
    'sigstore-2.1.0.tgz': path.join(GH, 'sigstore-js-2.1.0.tgz'),
    'trusted_root.json': path.join(GH, 'trusted_root.json'),
    'bundle.json': path.join(GH, bundle)
  });
  const inputs = (more: Record<string, string> = {}) => ({
    'verify-attestation': 'sigstore-2.1.0.tgz',
    'attestation-bundle': 'bundle.json',
    'attestation-trusted-root': 'trusted_root.json',
    'attestation-repository': 'sigstore/sigstore-js',
    ...more
  });

  it('passes sigstore-js 2.1.0 from its release workflow, named as gh --signer-workflow, with its ref, or by a regular expression', async () => {
    for (const signer of [
      'sigstore/sigstore-js/.github/workflows/release.yml',
      'github.com/sigstore/sigstore-js/.github/workflows/release.yml',
      'sigstore/sigstore-js/.github/workflows/release.yml@refs/heads/main',
      'https://github.com/sigstore/sigstore-js/.github/workflows/release.yml@refs/heads/main',
      '/^https://github\\.com/sigstore//'
    ]) {
      const r = await check(sigstoreJs(), inputs({ 'attestation-signer': signer }));
      expect([signer, r.status, r.detail]).toEqual([
        signer,
        'pass',
        'sigstore-2.1.0.tgz (sha256:f0c641fce031…): SLSA provenance v1 signed by https://github.com/sigstore/sigstore-js/.github/workflows/release.yml@refs/heads/main from sigstore/sigstore-js (bundle.json)'
      ]);
    }
  });

  it('refuses another signer workflow, another ref, and the same file name in another repository', async () => {
    for (const signer of ['sigstore/sigstore-js/.github/workflows/ci.yml', 'sigstore/sigstore-js/.github/workflows/release.yml@refs/tags/v2.1.0', 'sigstore/sigstore-js/.github/workflows/release.yaml', 'sigstore/other/.github/workflows/release.yml']) {
      const r = await check(sigstoreJs(), inputs({ 'attestation-signer': signer }));
      expect(r.status).toBe('fail');
      expect(r.detail).toBe(`attestation-bundle: bundle.json: signed by https://github.com/sigstore/sigstore-js/.github/workflows/release.yml@refs/heads/main, not ${signer} (attestation-signer) — for sigstore-2.1.0.tgz (sha256:f0c641fce031…)`);
    }
  });

  it('refuses another source repository, as gh attestation verify --repo sigstore/fakerepo does; the default is GITHUB_REPOSITORY', async () => {
    let r = await check(sigstoreJs(), inputs({ 'attestation-repository': 'sigstore/fakerepo' }));
    // gh: "expected SourceRepositoryURI to be https://github.com/sigstore/fakerepo, got https://github.com/sigstore/sigstore-js"
    expect(r.detail).toMatch(/^attestation-bundle: bundle\.json: built from https:\/\/github\.com\/sigstore\/sigstore-js, not https:\/\/github\.com\/sigstore\/fakerepo \(attestation-repository\)/);
    const { 'attestation-repository': _, ...noRepo } = inputs();
    r = await check(sigstoreJs(), noRepo);
    expect([r.status, r.detail]).toEqual(['fail', expect.stringContaining('not https://github.com/acme/shop (attestation-repository)')]);
    r = await check(sigstoreJs(), noRepo, { GITHUB_REPOSITORY: 'Sigstore/Sigstore-JS' });
    expect(r.status).toBe('pass');
  });

  it('reads a bundle v0.1 and a JSON Lines file of two bundles (gh attestation download)', async () => {
    let r = await check(sigstoreJs('sigstore-js-2.1.0-bundle-v0.1.json'), inputs());
    // gh (sigstore-go) refuses v0.1 ("unsupported bundle version"); sigstore-js verifies it, and so do we.
    expect(r.status).toBe('pass');
    r = await check(sigstoreJs('sigstore-js-2.1.0_with_2_bundles.jsonl'), inputs());
    expect([r.status, r.detail]).toEqual(['pass', expect.stringMatching(/\(bundle\.json:1, bundle 1 of 2\)$/)]);
  });

  it('refuses a bundle for another artifact, and the bundle with an invalid signature', async () => {
    let r = await check({ ...sigstoreJs(), 'other.bin': path.join(GH, 'custom-issuer-artifact') }, inputs({ 'verify-attestation': 'other.bin' }));
    expect(r.detail).toBe('attestation-bundle: bundle.json: its statement is for sha512:90f223f992e4…, not sha256:afa27b44d43b… — for other.bin (sha256:afa27b44d43b…)');
    r = await check(sigstoreJs('sigstoreBundle-invalid-signature.json'), inputs());
    expect(r.status).toBe('fail');
    expect(r.detail).toMatch(/^attestation-bundle: bundle\.json: /);
  });

  it('a custom OIDC issuer: refused by default as gh does, passed with its issuer line', async () => {
    const files = { artifact: path.join(GH, 'custom-issuer-artifact'), 'bundle.json': path.join(GH, 'custom-issuer.sigstore.json'), 'trusted_root.json': path.join(GH, 'trusted_root.json') };
    const base = { 'verify-attestation': 'artifact', 'attestation-bundle': 'bundle.json', 'attestation-trusted-root': 'trusted_root.json', 'attestation-repository': 'too-legit/attest' };
    let r = await check(files, { ...base, 'attestation-signer': 'too-legit/attest/.github/workflows/integration.yml' });
    expect(r.detail).toMatch(/: the certificate's issuer is https:\/\/token\.actions\.githubusercontent\.com\/hammer-time, not https:\/\/token\.actions\.githubusercontent\.com \(attestation-signer\)/);
    r = await check(files, { ...base, 'attestation-signer': 'https://github.com/too-legit/attest/.github/workflows/integration.yml@refs/heads/main\nissuer: https://token.actions.githubusercontent.com/hammer-time' });
    expect(r.status).toBe('pass');
  });

  it('a reusable workflow signs for the calling repository (gh TestVerifyIntegrationReusableWorkflowSignerWorkflow)', async () => {
    const files = { artifact: path.join(GH, 'reusable-workflow-artifact'), 'bundle.json': path.join(GH, 'reusable-workflow-attestation.sigstore.json'), 'trusted_root.json': path.join(GH, 'trusted_root.json') };
    const base = { 'verify-attestation': 'artifact', 'attestation-bundle': 'bundle.json', 'attestation-trusted-root': 'trusted_root.json', 'attestation-repository': 'malancas/attest-demo' };
    for (const [signer, verdict] of [
      ['foo/bar/.github/workflows/attest.yml', 'fail'],
      ['github.com/github/artifact-attestations-workflows/.github/workflows/attest.yml', 'pass'],
      ['github/artifact-attestations-workflows/.github/workflows/attest.yml', 'pass'],
      ['/^https://github.com/github/artifact-attestations-workflows//', 'pass']
    ]) {
      const r = await check(files, { ...base, 'attestation-signer': signer });
      expect([signer, r.status]).toEqual([signer, verdict]);
    }
    // By its digest, as for an image: sha256:<hex> is the subject.
    const r = await check(files, { ...base, 'verify-attestation': 'sha256:49a3aa6075e0f49f82843e74b5baa614ad2a588e6675612bf108a0a008c5ac25' });
    expect([r.status, r.detail]).toEqual(['pass', expect.stringMatching(/^sha256:49a3aa6075e0…: SLSA provenance v1 signed by https:\/\/github\.com\/github\/artifact-attestations-workflows\/\.github\/workflows\/attest\.yml@09b495c3f12c7881b3cc17209a327792065c1a1d from malancas\/attest-demo/)]);
  });
});

describe('attestation: sigstore-conformance bundle-verify cases, verdict as expected', () => {
  const BEACON = 'https://github.com/sigstore-conformance/extremely-dangerous-public-oidc-beacon/.github/workflows/extremely-dangerous-oidc-beacon.yml@refs/heads/main';
  const cases = readdirSync(CONF, { withFileTypes: true }).filter((d) => d.isDirectory() && existsSync(path.join(CONF, d.name, 'bundle.sigstore.json'))).map((d) => d.name);

  it.each(cases)('%s', async (name) => {
    const dir = path.join(CONF, name);
    const has = (f: string) => existsSync(path.join(dir, f));
    const files: Record<string, string> = {
      artifact: has('artifact') ? path.join(dir, 'artifact') : path.join(CONF, 'a.txt'),
      'bundle.json': path.join(dir, 'bundle.sigstore.json'),
      // Without one of its own, a case is verified against the public-good instance.
      'trusted_root.json': has('trusted_root.json') ? path.join(dir, 'trusted_root.json') : path.join(GH, 'trusted_root.json')
    };
    const inputs: Record<string, string> = { 'verify-attestation': 'artifact', 'attestation-bundle': 'bundle.json', 'attestation-trusted-root': 'trusted_root.json' };
    if (has('key.pub')) inputs['attestation-key'] = readFileSync(path.join(dir, 'key.pub'), 'utf8');
    else {
      inputs['attestation-signer'] = has('identity') ? readFileSync(path.join(dir, 'identity'), 'utf8').trim() : BEACON;
      // Conformance checks the signer identity alone; a repository is our policy (see below).
      inputs['attestation-repository'] = '*';
    }
    const r = await check(files, inputs);
    expect([r.status, r.detail]).toEqual([name.endsWith('_fail') ? 'fail' : 'pass', r.detail]);
  });

  it('a JSON Lines trusted root of several instances, as gh attestation trusted-root prints: each bundle verifies against its own', async () => {
    const line = (file: string) => JSON.stringify(JSON.parse(readFileSync(file, 'utf8')));
    const custom = path.join(CONF, 'intoto-with-custom-trust-root');
    const ws = makeWorkspace({
      'trusted_root.jsonl': `${line(path.join(GH, 'trusted_root.json'))}\n${line(path.join(custom, 'trusted_root.json'))}\n`,
      'sigstore.tgz': readFileSync(path.join(GH, 'sigstore-js-2.1.0.tgz')),
      'sigstore.json': readFileSync(path.join(GH, 'sigstore-js-2.1.0-bundle.json')),
      artifact: readFileSync(path.join(custom, 'artifact')),
      'custom.json': readFileSync(path.join(custom, 'bundle.sigstore.json'))
    });
    const run = async (artifact: string, bundle: string, repository: string) =>
      (await checkAttestation(readAttestationConfig(new RecordingHost(ws, { 'verify-attestation': artifact, 'attestation-bundle': bundle, 'attestation-trusted-root': 'trusted_root.jsonl', 'attestation-repository': repository }, {})))).status;
    expect(await run('sigstore.tgz', 'sigstore.json', 'sigstore/sigstore-js')).toBe('pass');
    expect(await run('artifact', 'custom.json', '*')).toBe('pass');
    expect(await run('sigstore.tgz', 'custom.json', '*')).toBe('fail');
  });

  it('says why: a digest mismatch, a foreign instance, an expired certificate, a wrong key', async () => {
    const run = async (name: string, more: Record<string, string> = {}, artifact = path.join(CONF, 'a.txt')) => {
      const dir = path.join(CONF, name);
      const root = existsSync(path.join(dir, 'trusted_root.json')) ? path.join(dir, 'trusted_root.json') : path.join(GH, 'trusted_root.json');
      return (await check({ artifact, 'bundle.json': path.join(dir, 'bundle.sigstore.json'), 'trusted_root.json': root }, { 'verify-attestation': 'artifact', 'attestation-bundle': 'bundle.json', 'attestation-trusted-root': 'trusted_root.json', 'attestation-repository': 'sigstore-conformance/extremely-dangerous-public-oidc-beacon', ...more })).detail;
    };
    expect(await run('message-digest-mismatch_fail')).toMatch(/^attestation-bundle: bundle\.json: it signs the digest [0-9a-f]{12}…, not the artifact's a0cfc71271d6…/);
    expect(await run('bundle-from-wrong-instance_fail')).toMatch(/bundle\.json: .*trusted root \(attestation-trusted-root trusted_root\.json\)/);
    expect(await run('intoto-expired-certificate_fail', {}, path.join(CONF, 'intoto-expired-certificate_fail/artifact'))).toMatch(/the signing certificate was not valid when it signed/);
    const other = generateKeyPairSync('ec', { namedCurve: 'P-256' }).publicKey.export({ type: 'spki', format: 'pem' }).toString();
    expect(await run('managed-key-and-trusted-root', { 'attestation-key': other })).toBe(
      'attestation-bundle: bundle.json: the signature does not verify with attestation-key (the attestation-key input) — for artifact (sha256:a0cfc71271d6…)'
    );
    // The conformance case's own wrong key is not a key at all: bad input, before anything runs.
    await expect(run('managed-key-and-trusted-root', { 'attestation-key': readFileSync(path.join(CONF, 'managed-key-wrong-key_fail/key.pub'), 'utf8') })).rejects.toThrow(/^not a PEM public key: /);
    // The beacon signs statements about other repositories: its SLSA provenance names the repository
    // it built, and a provenance that disagrees with the certificate's SourceRepositoryURI is refused.
    expect(await run('happy-path-intoto-in-dsse-v3', { 'attestation-signer': BEACON })).toMatch(
      /bundle\.json: its provenance builds from https:\/\/github\.com\/loosebazooka\/aa-test, not https:\/\/github\.com\/sigstore-conformance\/extremely-dangerous-public-oidc-beacon \(attestation-repository\)/
    );
    // A message signature is over the bytes: a digest alone cannot check it.
    expect(await run('happy-path-v0.3', { 'verify-attestation': 'sha256:a0cfc71271d6e278e57cd332ff957c3f7043fdda354c4cbb190a30d56efa01bf', 'attestation-signer': BEACON })).toMatch(/a message signature is over the artifact's bytes: give its file in verify-attestation, not a digest/);
  });
});
