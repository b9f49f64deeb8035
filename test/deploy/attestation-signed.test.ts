/**
 * The attestation check on bundles signed in the test with a CA, a log key and keys of its own
 * (sigstore-test-root.ts): each way a signature can be wrong trips it with one line naming the
 * input; bad files are bad input; through deploy, a refused artifact means nothing runs.
 */
import { createHash, generateKeyPairSync } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { makeWorkspace, ROOT } from '../support/action.js';
import { RecordingHost } from '../validate/host.js';
import { checkAttestation, readAttestationConfig } from '../../src/core/deploy/attestation.js';
import { runDeploy } from '../../src/core/commands/deploy.js';
import { UserError } from '../../src/core/errors.js';
import { deployWorkspace, ledger, ran, SHA } from './support.js';
import { attestationBundle, keySignedBundle, makeCa, makeSigstore, provenance, RELEASE_SAN, type TestSigstore } from './sigstore-test-root.js';

const ARTIFACT = Buffer.from('the release tarball of acme/shop v1.0.0\n'.repeat(1000));
const DIGEST = createHash('sha256').update(ARTIFACT).digest('hex');
const SIGNER = 'acme/shop/.github/workflows/release.yml';

let sigstore: TestSigstore;
beforeAll(async () => {
  sigstore = await makeSigstore();
});

const jsonl = (...bundles: object[]) => bundles.map((b) => JSON.stringify(b)).join('\n') + '\n';

/** A workspace with the artifact, a bundle file and the trusted root, and the inputs naming them. */
function workspace(bundle: string | Buffer, files: Record<string, string | Buffer> = {}): string {
  return makeWorkspace({ 'dist/shop-1.0.0.tgz': ARTIFACT, [`sha256:${DIGEST}.jsonl`]: bundle, 'trusted_root.jsonl': JSON.stringify(sigstore.trustedRoot) + '\n', ...files });
}
const INPUTS = { 'verify-attestation': 'dist/shop-1.0.0.tgz', 'attestation-bundle': `sha256:${DIGEST}.jsonl`, 'attestation-trusted-root': 'trusted_root.jsonl', 'attestation-signer': SIGNER };

async function verdict(ws: string, inputs: Record<string, string> = {}): Promise<[string, string]> {
  const host = new RecordingHost(ws, { ...INPUTS, ...inputs }, { GITHUB_REPOSITORY: 'acme/shop' });
  const r = await checkAttestation(readAttestationConfig(host));
  return [r.status, r.detail];
}

/** The lines of the UserError reading the inputs throws. */
function badInput(ws: string, inputs: Record<string, string>): string[] {
  try {
    readAttestationConfig(new RecordingHost(ws, inputs, { GITHUB_REPOSITORY: 'acme/shop' }));
  } catch (err) {
    if (err instanceof UserError) return err.renderAll();
    throw err;
  }
  return [];
}

const artifact = `dist/shop-1.0.0.tgz (sha256:${DIGEST.slice(0, 12)}…)`;

describe('attestation: bundles signed by a test Fulcio and Rekor', () => {
  it('passes an attestation of the artifact from the release workflow of this repository, by file or by digest', async () => {
    const good = await attestationBundle(sigstore, provenance([{ name: 'shop-1.0.0.tgz', sha256: DIGEST }]));
    const ws = workspace(jsonl(good));
    expect(await verdict(ws)).toEqual(['pass', `${artifact}: SLSA provenance v1 signed by ${RELEASE_SAN} from acme/shop (sha256:${DIGEST}.jsonl)`]);
    expect((await verdict(ws, { 'verify-attestation': `sha256:${DIGEST.toUpperCase()}` }))[0]).toBe('pass');
    // Without attestation-signer, any workflow of the repository signs (gh attestation verify --repo).
    expect((await verdict(ws, { 'attestation-signer': '' }))[0]).toBe('pass');
  });

  it('fails a bundle for another digest, naming both', async () => {
    const other = 'e'.repeat(64);
    const ws = workspace(jsonl(await attestationBundle(sigstore, provenance([{ name: 'shop-0.9.0.tgz', sha256: other }]))));
    expect(await verdict(ws)).toEqual(['fail', `attestation-bundle: sha256:${DIGEST}.jsonl: its statement is for sha256:eeeeeeeeeeee…, not sha256:${DIGEST.slice(0, 12)}… — for ${artifact}`]);
  });

  it('fails an expired certificate and one from a foreign CA', async () => {
    const statement = provenance([{ name: 'shop', sha256: DIGEST }]);
    let ws = workspace(jsonl(await attestationBundle(sigstore, statement, { notBefore: new Date(Date.now() - 2 * 3600_000), notAfter: new Date(Date.now() - 3600_000) })));
    expect(await verdict(ws)).toEqual(['fail', `attestation-bundle: sha256:${DIGEST}.jsonl: the signing certificate was not valid when it signed — for ${artifact}`]);
    ws = workspace(jsonl(await attestationBundle(sigstore, statement, { ca: await makeCa('CN=someone else') })));
    expect(await verdict(ws)).toEqual(['fail', `attestation-bundle: sha256:${DIGEST}.jsonl: the signing certificate does not chain to a CA of the trusted root (attestation-trusted-root trusted_root.jsonl): no valid certificate path found — for ${artifact}`]);
  });

  it('fails another signer workflow, another issuer and another repository (certificate or provenance)', async () => {
    const statement = provenance([{ name: 'shop', sha256: DIGEST }]);
    let ws = workspace(jsonl(await attestationBundle(sigstore, statement, { san: 'https://github.com/acme/shop/.github/workflows/ci.yml@refs/heads/main' })));
    expect((await verdict(ws))[1]).toBe(`attestation-bundle: sha256:${DIGEST}.jsonl: signed by https://github.com/acme/shop/.github/workflows/ci.yml@refs/heads/main, not ${SIGNER} (attestation-signer) — for ${artifact}`);
    ws = workspace(jsonl(await attestationBundle(sigstore, statement, { issuer: 'https://accounts.example.com' })));
    expect((await verdict(ws))[1]).toMatch(/: the certificate's issuer is https:\/\/accounts\.example\.com, not https:\/\/token\.actions\.githubusercontent\.com \(attestation-signer\) — /);
    ws = workspace(jsonl(await attestationBundle(sigstore, statement, { repository: 'https://github.com/mallory/shop', san: 'https://github.com/mallory/shop/.github/workflows/release.yml@refs/heads/main' })));
    expect(await verdict(ws, { 'attestation-signer': '' })).toEqual(['fail', `attestation-bundle: sha256:${DIGEST}.jsonl: built from https://github.com/mallory/shop, not https://github.com/acme/shop (attestation-repository) — for ${artifact}`]);
    ws = workspace(jsonl(await attestationBundle(sigstore, provenance([{ name: 'shop', sha256: DIGEST }], 'https://github.com/mallory/shop'))));
    expect((await verdict(ws))[1]).toMatch(/: its provenance builds from https:\/\/github\.com\/mallory\/shop, not https:\/\/github\.com\/acme\/shop \(attestation-repository\)/);
  });

  it('passes when one bundle of a gh attestation download file verifies, and says why each failed otherwise', async () => {
    const good = await attestationBundle(sigstore, provenance([{ name: 'shop', sha256: DIGEST }]));
    const foreign = await attestationBundle(sigstore, provenance([{ name: 'shop', sha256: DIGEST }]), { ca: await makeCa('CN=other') });
    expect((await verdict(workspace(jsonl(foreign, good))))[1]).toMatch(/\(sha256:[0-9a-f]+\.jsonl:2, bundle 2 of 2\)$/);
    expect((await verdict(workspace(jsonl(foreign, foreign))))[1]).toMatch(/\.jsonl:1: the signing certificate does not chain .*; 1 more bundle failed too$/);
  });

  it('a tampered statement or log entry is refused', async () => {
    const good = await attestationBundle(sigstore, provenance([{ name: 'shop', sha256: DIGEST }]));
    const env = good.dsseEnvelope as { payload: string };
    const tampered = { ...good, dsseEnvelope: { ...env, payload: Buffer.from(Buffer.from(env.payload, 'base64').toString().replace('shop', 'shoq')).toString('base64') } };
    expect((await verdict(workspace(jsonl(tampered))))[1]).toMatch(/\.jsonl: its transparency log entry does not verify against the trusted root .*DSSE payload hash mismatch/);
  });
});

describe('attestation: key-based signatures (cosign sign-blob --key)', () => {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const pem = publicKey.export({ type: 'spki', format: 'pem' }).toString();

  it('passes with the key, logged in the trusted root\'s log or (without a trusted root) not logged', async () => {
    let ws = workspace(JSON.stringify(keySignedBundle(sigstore, ARTIFACT, privateKey)), { 'cosign.pub': pem });
    expect(await verdict(ws, { 'attestation-signer': '', 'attestation-key': 'cosign.pub' })).toEqual(['pass', `${artifact}: a signature by attestation-key cosign.pub (sha256:${DIGEST}.jsonl)`]);
    ws = workspace(JSON.stringify(keySignedBundle(undefined, ARTIFACT, privateKey)));
    expect((await verdict(ws, { 'attestation-signer': '', 'attestation-key': pem, 'attestation-trusted-root': '' }))[0]).toBe('pass');
  });

  it('fails a key that does not match, another artifact, and a certificate bundle where a key is given', async () => {
    const other = generateKeyPairSync('ec', { namedCurve: 'P-256' }).publicKey.export({ type: 'spki', format: 'pem' }).toString();
    let ws = workspace(JSON.stringify(keySignedBundle(sigstore, ARTIFACT, privateKey)));
    expect(await verdict(ws, { 'attestation-signer': '', 'attestation-key': other })).toEqual(['fail', `attestation-bundle: sha256:${DIGEST}.jsonl: the signature does not verify with attestation-key (the attestation-key input) — for ${artifact}`]);
    ws = workspace(JSON.stringify(keySignedBundle(sigstore, Buffer.from('another file'), privateKey)));
    expect((await verdict(ws, { 'attestation-signer': '', 'attestation-key': pem }))[1]).toMatch(/: it signs the digest [0-9a-f]{12}…, not the artifact's [0-9a-f]{12}… — /);
    ws = workspace(jsonl(await attestationBundle(sigstore, provenance([{ name: 'shop', sha256: DIGEST }]))));
    expect((await verdict(ws, { 'attestation-signer': '', 'attestation-key': pem }))[1]).toMatch(/: signed with a certificate, not with attestation-key — /);
    ws = workspace(JSON.stringify(keySignedBundle(sigstore, ARTIFACT, privateKey)));
    expect((await verdict(ws))[1]).toMatch(/: signed with a key, and no attestation-key is given — /);
  });
});

describe('attestation: bad input is one line naming the input', () => {
  it('a truncated or binary bundle, an unreadable or foreign trusted root, and other bad values', async () => {
    const good = JSON.stringify(await attestationBundle(sigstore, provenance([{ name: 'shop', sha256: DIGEST }])));
    const bundle = `sha256:${DIGEST}.jsonl`;
    expect(badInput(workspace(good.slice(0, 700)), INPUTS)).toEqual([`attestation-bundle: ${bundle}:1: not JSON (Unterminated string)`]);
    // A pretty-printed bundle broken inside is one document: its error is told at its own line.
    const pretty = JSON.stringify(JSON.parse(good), null, 2).split('\n');
    pretty.splice(3, 0, '  oops,');
    expect(badInput(workspace(pretty.join('\n')), INPUTS)).toEqual([expect.stringMatching(new RegExp(`^attestation-bundle: ${bundle}:4: not JSON \\(`))]);
    expect(badInput(workspace(`${good}\n${good.slice(0, 300)}\n`), INPUTS)).toEqual([expect.stringMatching(new RegExp(`^attestation-bundle: ${bundle}:2: not JSON \\(`))]);
    expect(badInput(workspace(Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3])), INPUTS)).toEqual([`attestation-bundle: ${bundle}: binary, not JSON`]);
    expect(badInput(workspace('{"mediaType":"application/json"}'), INPUTS)).toEqual([`attestation-bundle: ${bundle}: not a Sigstore bundle: mediaType is "application/json"`]);
    let ws = workspace(good, { 'trusted_root.jsonl': good });
    expect(badInput(ws, INPUTS)).toEqual(['attestation-trusted-root: trusted_root.jsonl: not a Sigstore trusted root: mediaType is "application/vnd.dev.sigstore.bundle.v0.3+json"']);
    ws = workspace(good);
    mkdirSync(path.join(ws, 'roots'));
    expect(badInput(ws, { ...INPUTS, 'attestation-trusted-root': 'roots' })).toEqual(['attestation-trusted-root: roots is not a file']);
    writeFileSync(path.join(ws, 'unreadable.json'), '{}', { mode: 0o000 });
    if (process.getuid?.() !== 0) expect(badInput(ws, { ...INPUTS, 'attestation-trusted-root': 'unreadable.json' })).toEqual(['attestation-trusted-root: cannot read unreadable.json: EACCES']);
    expect(badInput(ws, { ...INPUTS, 'attestation-trusted-root': 'missing.json' })).toEqual(['attestation-trusted-root: cannot read missing.json: ENOENT']);
    expect(badInput(ws, { ...INPUTS, 'attestation-trusted-root': '../../etc/passwd' })).toEqual(['attestation-trusted-root: path escapes the workspace: ../../etc/passwd']);
    // All at once: each bad value on its line.
    expect(badInput(ws, { 'verify-attestation': 'sha256:abc', 'attestation-bundle': '', 'attestation-trusted-root': '', 'attestation-signer': 'release.yml', 'attestation-repository': 'acme' })).toEqual([
      'verify-attestation: sha256:abc is not a sha256 digest (64 hex digits)',
      'attestation-bundle: required with verify-attestation and not supplied (the Sigstore bundle: gh attestation download writes sha256:<digest>.jsonl)',
      'attestation-trusted-root: required with verify-attestation and not supplied: verification is offline, against this file only (gh attestation trusted-root > trusted_root.jsonl, or give attestation-key for a key-based signature)',
      'attestation-signer: not a signer: "release.yml" (owner/repo/.github/workflows/release.yml (optionally @refs/tags/v1), a whole identity (https://… or an email), or a /regular expression/)',
      'attestation-repository: not owner/repo: "acme" (e.g. acme/shop, or https://acme.ghe.com/acme/shop)'
    ]);
    expect(badInput(ws, { ...INPUTS, 'attestation-key': 'not a key\n' })).toEqual([expect.stringMatching(/^attestation-key: cannot read not a key: ENOENT/), 'attestation-signer: a key-based signature has no certificate identity to check: give attestation-signer or attestation-key, not both']);
    expect(badInput(ws, { 'attestation-bundle': bundle })).toEqual(['verify-attestation: attestation-bundle set but verify-attestation is empty: nothing to verify (the artifact to deploy (a file path) or its digest sha256:<hex>)']);
    expect(badInput(ws, { ...INPUTS, 'attestation-signer': '/(unclosed/' })).toEqual([expect.stringMatching(/^attestation-signer: not a regular expression: /)]);
    expect(await checkAttestation(readAttestationConfig(new RecordingHost(ws, {}, {})))).toEqual({ id: 'attestation', title: 'Signed artifact', status: 'skip', detail: 'not asked (verify-attestation is empty)' });
  });
});

describe('attestation: through deploy', () => {
  const BASE = { environment: 'staging', version: 'v1.0.0', run: './mark.sh run', 'rollback-run': './mark.sh rollback', 'freeze-windows': 'none' };

  async function deploy(ws: string, inputs: Record<string, string>): Promise<{ host: RecordingHost; ok?: boolean; error?: string[] }> {
    const host = new RecordingHost(ws, { ...BASE, ...inputs }, { GITHUB_SHA: SHA, GITHUB_REPOSITORY: 'acme/shop', PATH: process.env.PATH, HOME: process.env.HOME });
    try {
      const result = await runDeploy(host, { signal: new AbortController().signal });
      return { host, ok: result.ok };
    } catch (err) {
      if (err instanceof UserError) return { host, error: err.renderAll() };
      throw err;
    }
  }
  function setUp(bundle: object | string): string {
    const ws = deployWorkspace();
    mkdirSync(path.join(ws, 'dist'));
    writeFileSync(path.join(ws, 'dist/shop-1.0.0.tgz'), ARTIFACT);
    writeFileSync(path.join(ws, `sha256:${DIGEST}.jsonl`), typeof bundle === 'string' ? bundle : jsonl(bundle));
    writeFileSync(path.join(ws, 'trusted_root.jsonl'), JSON.stringify(sigstore.trustedRoot) + '\n');
    return ws;
  }
  const row = (summary: string) => summary.split('\n').find((l) => l.startsWith('| Signed artifact |')) ?? '';

  it('deploys a verified artifact, and refuses one signed for another digest or by another workflow with nothing run', async () => {
    let ws = setUp(await attestationBundle(sigstore, provenance([{ name: 'shop', sha256: DIGEST }])));
    let r = await deploy(ws, INPUTS);
    expect(row(r.host.summary)).toMatch(/^\| Signed artifact \| ✅ pass \| dist\/shop-1\.0\.0\.tgz \(sha256:[0-9a-f]{12}…\): SLSA provenance v1 signed by https:\/\/github\.com\/acme\/shop\/\.github\/workflows\/release\.yml@refs\/tags\/v1\.0\.0 from acme\/shop/);
    expect([r.ok, ran(ws, 'run')]).toEqual([true, true]);

    for (const bundle of [
      await attestationBundle(sigstore, provenance([{ name: 'shop', sha256: 'a'.repeat(64) }])),
      await attestationBundle(sigstore, provenance([{ name: 'shop', sha256: DIGEST }]), { san: 'https://github.com/acme/shop/.github/workflows/debug.yml@refs/heads/wip' })
    ]) {
      ws = setUp(bundle);
      r = await deploy(ws, INPUTS);
      expect(row(r.host.summary)).toMatch(/^\| Signed artifact \| ❌ fail \| attestation-bundle: sha256:[0-9a-f]{64}\.jsonl: (its statement is for sha256:aaaaaaaaaaaa…|signed by https:\/\/github\.com\/acme\/shop\/\.github\/workflows\/debug\.yml@refs\/heads\/wip, not acme\/shop\/\.github\/workflows\/release\.yml)/);
      expect(r.ok).toBe(false);
      expect(ran(ws, 'run')).toBe(false);
      expect(ledger(ws).filter((e) => e.type === 'deployment')).toEqual([]);
    }
  });

  it('a truncated bundle is bad input: one line naming the input, nothing run or recorded', async () => {
    const good = JSON.stringify(await attestationBundle(sigstore, provenance([{ name: 'shop', sha256: DIGEST }])));
    const ws = setUp(good.slice(0, 500));
    const r = await deploy(ws, INPUTS);
    expect(r.error).toEqual([`attestation-bundle: sha256:${DIGEST}.jsonl:1: not JSON (Unterminated string)`]);
    expect(ran(ws, 'run')).toBe(false);
    expect(ledger(ws)).toEqual([]);
  });
});

describe('attestation: start-up', () => {
  /**
   * Packages the deploy entry imports statically (`import … from`, not `import type`, not
   * `await import('package')`), through our own modules, static or dynamic (over-counting what loads).
   */
  function staticPackages(entry: string): Set<string> {
    const seen = new Set<string>();
    const packages = new Set<string>();
    const queue = [path.join(ROOT, entry)];
    while (queue.length && seen.size < 2000) {
      const file = queue.pop()!;
      if (seen.has(file) || !existsSync(file)) continue;
      seen.add(file);
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/\bimport\(\s*['"](\.[^'"]+)['"]\s*\)/g)) queue.push(path.resolve(path.dirname(file), m[1]).replace(/\.js$/, '.ts'));
      for (const m of text.matchAll(/^\s*(?:import|export)\s+(?!type\b)(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/gm)) {
        const spec = m[1];
        if (!spec.startsWith('.')) packages.add(spec);
        else {
          const target = path.resolve(path.dirname(file), spec).replace(/\.js$/, '.ts');
          if (existsSync(target)) queue.push(target);
        }
      }
    }
    return packages;
  }

  it('deploy imports no Sigstore library until verify-attestation asks for the check', () => {
    const packages = [...staticPackages('src/actions/deploy/main.ts')];
    expect(packages).toEqual(expect.arrayContaining(['node:crypto', 'yaml'])); // the walk reaches attestation.ts and config.ts
    expect(packages.filter((p) => p.startsWith('@sigstore/'))).toEqual([]);
  });
});

describe('attestation: a GitHub-like instance (private repositories: a signed timestamp, no transparency log)', () => {
  it('verifies against its own root of a two-root file, as gh attestation trusted-root prints it; refuses it without a timestamp', async () => {
    const github = await makeSigstore({ github: true });
    const publicGood = readFileSync(path.join(ROOT, 'test/fixtures/attestation/gh/trusted_root.json'), 'utf8');
    const roots = `${JSON.stringify(JSON.parse(publicGood))}\n${JSON.stringify(github.trustedRoot)}\n`;
    const statement = provenance([{ name: 'shop', sha256: DIGEST }]);
    let ws = workspace(jsonl(await attestationBundle(github, statement)), { 'trusted_root.jsonl': roots });
    expect(await verdict(ws)).toEqual(['pass', `${artifact}: SLSA provenance v1 signed by ${RELEASE_SAN} from acme/shop (sha256:${DIGEST}.jsonl)`]);
    ws = workspace(jsonl(await attestationBundle(github, statement, { noTimestamp: true })), { 'trusted_root.jsonl': roots });
    expect(await verdict(ws)).toEqual(['fail', `attestation-bundle: sha256:${DIGEST}.jsonl: no transparency log entry or timestamp the trusted root vouches for (expected 1 timestamps, got 0) (attestation-trusted-root trusted_root.jsonl) — for ${artifact}`]);
    // The instance's timestamp, but a root without its timestamp authority: not trusted.
    ws = workspace(jsonl(await attestationBundle(github, statement)), { 'trusted_root.jsonl': JSON.stringify({ ...github.trustedRoot, timestampAuthorities: [] }) });
    expect((await verdict(ws))[1]).toMatch(/: no transparency log entry or timestamp the trusted root vouches for \(timestamp could not be verified\)/);
  });
});
