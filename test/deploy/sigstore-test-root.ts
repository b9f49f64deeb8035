/**
 * A Sigstore instance of the tests' own: a Fulcio-like CA issuing short-lived certificates with
 * GitHub's OIDC extensions (@peculiar/x509), a Rekor-like log key that signs inclusion promises and
 * one-leaf checkpoints, the trusted root naming both, and bundles signed with them (node:crypto).
 * Nothing is mocked: the bundles are verified by @sigstore/verify as real ones are.
 */
import { createHash, createPublicKey, generateKeyPairSync, KeyObject, sign, webcrypto } from 'node:crypto';
import '../support/reflect-metadata.js';

type X509 = typeof import('@peculiar/x509');
let loaded: X509 | undefined;
/** @peculiar/x509, imported once the Reflect polyfill ran (a static import would be evaluated before it). */
async function x509lib(): Promise<X509> {
  if (!loaded) {
    loaded = await import('@peculiar/x509');
    loaded.cryptoProvider.set(webcrypto as unknown as Parameters<X509['cryptoProvider']['set']>[0]);
  }
  return loaded;
}
const ALG = { name: 'ECDSA', namedCurve: 'P-256', hash: 'SHA-256' } as const;
const b64 = (b: Buffer | Uint8Array | string) => Buffer.from(b).toString('base64');
const sha256 = (...parts: Array<Buffer | string>) => {
  const h = createHash('sha256');
  for (const p of parts) h.update(p);
  return h.digest();
};

/** A DER UTF8String: how Fulcio writes its extension values (issuer v2, SourceRepositoryURI). */
function derUtf8(text: string): Buffer {
  const v = Buffer.from(text, 'utf8');
  const len = v.length < 128 ? Buffer.from([v.length]) : v.length < 256 ? Buffer.from([0x81, v.length]) : Buffer.from([0x82, v.length >> 8, v.length & 0xff]);
  return Buffer.concat([Buffer.from([0x0c]), len, v]);
}

/** JSON with sorted keys and no spaces (RFC 8785 for the values used here), as Rekor signs it. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') return `{${Object.keys(value).sort().map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`).join(',')}}`;
  return JSON.stringify(value);
}

export interface TestCa {
  cert: import('@peculiar/x509').X509Certificate;
  keys: webcrypto.CryptoKeyPair;
}

/** A self-signed CA (a root, as Fulcio's). */
export async function makeCa(name = 'CN=phase-gates test fulcio, O=phase-gates.test'): Promise<TestCa> {
  const x509 = await x509lib();
  const keys = (await webcrypto.subtle.generateKey(ALG, true, ['sign', 'verify'])) as webcrypto.CryptoKeyPair;
  const cert = await x509.X509CertificateGenerator.createSelfSigned({
    serialNumber: '01',
    name,
    notBefore: new Date(Date.now() - 365 * 86400_000),
    notAfter: new Date(Date.now() + 365 * 86400_000),
    keys,
    signingAlgorithm: ALG,
    extensions: [
      new x509.BasicConstraintsExtension(true, 1, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign, true),
      await x509.SubjectKeyIdentifierExtension.create(keys.publicKey)
    ]
  });
  return { cert, keys };
}

export interface TestSigstore {
  ca: TestCa;
  rekor: { privateKey: KeyObject; spki: Buffer; logId: Buffer };
  /** trusted_root.json of this instance (Fulcio CA and Rekor log, no CT log, no TSA). */
  trustedRoot: Record<string, unknown>;
}

export async function makeSigstore(): Promise<TestSigstore> {
  const ca = await makeCa();
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const spki = publicKey.export({ type: 'spki', format: 'der' });
  const logId = sha256(spki);
  const start = new Date(Date.now() - 365 * 86400_000).toISOString();
  const trustedRoot = {
    mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1',
    tlogs: [{ baseUrl: 'https://rekor.phase-gates.test', hashAlgorithm: 'SHA2_256', publicKey: { rawBytes: b64(spki), keyDetails: 'PKIX_ECDSA_P256_SHA_256', validFor: { start } }, logId: { keyId: b64(logId) } }],
    certificateAuthorities: [
      {
        subject: { organization: 'phase-gates.test', commonName: 'phase-gates test fulcio' },
        uri: 'https://fulcio.phase-gates.test',
        certChain: { certificates: [{ rawBytes: b64(Buffer.from(ca.cert.rawData)) }] },
        validFor: { start }
      }
    ],
    ctlogs: [],
    timestampAuthorities: []
  };
  return { ca, rekor: { privateKey, spki, logId }, trustedRoot };
}

/** What a signing certificate says (GitHub Actions' identity by default). */
export interface Identity {
  /** SAN: the workflow, `https://github.com/acme/shop/.github/workflows/release.yml@refs/tags/v1.0.0`. */
  san?: string;
  issuer?: string;
  /** SourceRepositoryURI, `https://github.com/acme/shop`; null: left out. */
  repository?: string | null;
  /** Validity of the certificate (default: from 5 minutes ago to 5 minutes ahead). */
  notBefore?: Date;
  notAfter?: Date;
  /** Issued by this CA instead of the instance's. */
  ca?: TestCa;
}

export const RELEASE_SAN = 'https://github.com/acme/shop/.github/workflows/release.yml@refs/tags/v1.0.0';

/** A Fulcio-like leaf certificate for a fresh key: its DER and the private key. */
async function issue(sigstore: TestSigstore, id: Identity): Promise<{ der: Buffer; key: KeyObject }> {
  const x509 = await x509lib();
  const ca = id.ca ?? sigstore.ca;
  const keys = (await webcrypto.subtle.generateKey(ALG, true, ['sign', 'verify'])) as webcrypto.CryptoKeyPair;
  const issuer = id.issuer ?? 'https://token.actions.githubusercontent.com';
  const repository = id.repository === undefined ? 'https://github.com/acme/shop' : id.repository;
  const cert = await x509.X509CertificateGenerator.create({
    serialNumber: Date.now().toString(16),
    subject: '',
    issuer: ca.cert.subject,
    notBefore: id.notBefore ?? new Date(Date.now() - 5 * 60_000),
    notAfter: id.notAfter ?? new Date(Date.now() + 5 * 60_000),
    signingAlgorithm: ALG,
    publicKey: keys.publicKey,
    signingKey: ca.keys.privateKey,
    extensions: [
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature, true),
      new x509.ExtendedKeyUsageExtension(['1.3.6.1.5.5.7.3.3']),
      new x509.SubjectAlternativeNameExtension([{ type: 'url', value: id.san ?? RELEASE_SAN }], true),
      await x509.AuthorityKeyIdentifierExtension.create(ca.cert),
      new x509.Extension('1.3.6.1.4.1.57264.1.1', false, Buffer.from(issuer)),
      new x509.Extension('1.3.6.1.4.1.57264.1.8', false, derUtf8(issuer)),
      ...(repository ? [new x509.Extension('1.3.6.1.4.1.57264.1.12', false, derUtf8(repository))] : [])
    ]
  });
  return { der: Buffer.from(cert.rawData), key: KeyObject.from(keys.privateKey) };
}

/** A transparency log entry for `body`, index 0 of a one-leaf log: inclusion promise and proof. */
function logEntry(sigstore: TestSigstore, kind: string, version: string, body: object): Record<string, unknown> {
  const bodyBytes = Buffer.from(canonical(body));
  const integratedTime = Math.floor(Date.now() / 1000) - 60;
  const { privateKey, logId } = sigstore.rekor;
  const set = sign('sha256', Buffer.from(canonical({ body: b64(bodyBytes), integratedTime, logIndex: 0, logID: logId.toString('hex') })), privateKey);
  const root = sha256(Buffer.from([0]), bodyBytes);
  const note = `rekor.phase-gates.test - 1\n1\n${b64(root)}\n`;
  const noteSig = Buffer.concat([logId.subarray(0, 4), sign('sha256', Buffer.from(note), privateKey)]);
  return {
    logIndex: '0',
    logId: { keyId: b64(logId) },
    kindVersion: { kind, version },
    integratedTime: String(integratedTime),
    inclusionPromise: { signedEntryTimestamp: b64(set) },
    inclusionProof: { logIndex: '0', rootHash: b64(root), treeSize: '1', hashes: [], checkpoint: { envelope: `${note}\n\u2014 rekor.phase-gates.test ${b64(noteSig)}\n` } },
    canonicalizedBody: b64(bodyBytes)
  };
}

/** An in-toto statement: SLSA provenance v1 of GitHub Actions for these subjects. */
export function provenance(subjects: Array<{ name: string; sha256: string }>, repository = 'https://github.com/acme/shop'): Record<string, unknown> {
  return {
    _type: 'https://in-toto.io/Statement/v1',
    subject: subjects.map((s) => ({ name: s.name, digest: { sha256: s.sha256 } })),
    predicateType: 'https://slsa.dev/provenance/v1',
    predicate: {
      buildDefinition: {
        buildType: 'https://actions.github.io/buildtypes/workflow/v1',
        externalParameters: { workflow: { ref: 'refs/tags/v1.0.0', repository, path: '.github/workflows/release.yml' } }
      },
      runDetails: { builder: { id: 'https://github.com/actions/runner/github-hosted' } }
    }
  };
}

/** A bundle v0.3 as actions/attest-build-provenance writes it: a DSSE envelope signed with a Fulcio-like certificate. */
export async function attestationBundle(sigstore: TestSigstore, statement: Record<string, unknown>, id: Identity = {}): Promise<Record<string, unknown>> {
  const { der, key } = await issue(sigstore, id);
  const payload = Buffer.from(JSON.stringify(statement));
  const payloadType = 'application/vnd.in-toto+json';
  const pae = Buffer.concat([Buffer.from(`DSSEv1 ${payloadType.length} ${payloadType} ${payload.length} `), payload]);
  const sig = sign('sha256', pae, key);
  const pem = `-----BEGIN CERTIFICATE-----\n${b64(der)}\n-----END CERTIFICATE-----\n`;
  const entry = logEntry(sigstore, 'dsse', '0.0.1', {
    apiVersion: '0.0.1',
    kind: 'dsse',
    spec: { envelopeHash: { algorithm: 'sha256', value: sha256(payload).toString('hex') }, payloadHash: { algorithm: 'sha256', value: sha256(payload).toString('hex') }, signatures: [{ signature: b64(sig), verifier: b64(pem) }] }
  });
  return {
    mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
    verificationMaterial: { certificate: { rawBytes: b64(der) }, tlogEntries: [entry], timestampVerificationData: {} },
    dsseEnvelope: { payload: b64(payload), payloadType, signatures: [{ sig: b64(sig), keyid: '' }] }
  };
}

/** A bundle as `cosign sign-blob --key --bundle` writes it: a message signature over the bytes, with a public-key hint. */
export function keySignedBundle(sigstore: TestSigstore | undefined, data: Buffer, key: KeyObject): Record<string, unknown> {
  const digest = sha256(data);
  const sig = sign('sha256', data, key);
  const pem = createPublicKey(key).export({ type: 'spki', format: 'pem' }).toString();
  const entries = sigstore
    ? [logEntry(sigstore, 'hashedrekord', '0.0.1', { apiVersion: '0.0.1', kind: 'hashedrekord', spec: { data: { hash: { algorithm: 'sha256', value: digest.toString('hex') } }, signature: { content: b64(sig), publicKey: { content: b64(pem) } } } })]
    : [];
  return {
    mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
    verificationMaterial: { publicKey: { hint: sha256(pem).toString('base64') }, tlogEntries: entries },
    messageSignature: { messageDigest: { algorithm: 'SHA2_256', digest: b64(digest) }, signature: b64(sig) }
  };
}
