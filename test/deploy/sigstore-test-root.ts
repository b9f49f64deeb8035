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
  /** The timestamp authority (a GitHub-like instance): its certificate and key. */
  tsa?: { der: Buffer; key: KeyObject };
  /** trusted_root.json of this instance (Fulcio CA and Rekor log, no CT log; or, GitHub-like, Fulcio CA and TSA). */
  trustedRoot: Record<string, unknown>;
}

/**
 * A GitHub-like instance (`github: true`), as GitHub's own Sigstore signs private repositories'
 * attestations: a CA of `O=GitHub, Inc.` and a timestamp authority, no transparency log.
 */
export async function makeSigstore(options: { github?: boolean } = {}): Promise<TestSigstore> {
  if (options.github) return makeGitHubLike();
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

async function makeGitHubLike(): Promise<TestSigstore> {
  const x509 = await x509lib();
  const ca = await makeCa('CN=Fulcio Intermediate l1, O=GitHub\\, Inc.');
  const tsaKeys = (await webcrypto.subtle.generateKey(ALG, true, ['sign', 'verify'])) as webcrypto.CryptoKeyPair;
  const tsaCert = await x509.X509CertificateGenerator.create({
    serialNumber: '7a',
    subject: 'CN=Timestamp Authority, O=GitHub\\, Inc.',
    issuer: ca.cert.subject,
    notBefore: new Date(Date.now() - 365 * 86400_000),
    notAfter: new Date(Date.now() + 365 * 86400_000),
    signingAlgorithm: ALG,
    publicKey: tsaKeys.publicKey,
    signingKey: ca.keys.privateKey,
    extensions: [new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature, true), new x509.ExtendedKeyUsageExtension(['1.3.6.1.5.5.7.3.8'], true), await x509.AuthorityKeyIdentifierExtension.create(ca.cert)]
  });
  const start = new Date(Date.now() - 365 * 86400_000).toISOString();
  const caDer = b64(Buffer.from(ca.cert.rawData));
  const tsaDer = Buffer.from(tsaCert.rawData);
  const unused = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const spki = unused.publicKey.export({ type: 'spki', format: 'der' });
  return {
    ca,
    rekor: { privateKey: unused.privateKey, spki, logId: sha256(spki) },
    tsa: { der: tsaDer, key: KeyObject.from(tsaKeys.privateKey) },
    trustedRoot: {
      mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1',
      tlogs: [],
      certificateAuthorities: [{ subject: { organization: 'GitHub, Inc.', commonName: 'Internal Services Root' }, uri: 'fulcio.githubapp.test', certChain: { certificates: [{ rawBytes: caDer }] }, validFor: { start } }],
      ctlogs: [],
      timestampAuthorities: [{ subject: { organization: 'GitHub, Inc.', commonName: 'TSA Timestamping' }, uri: 'tsa.githubapp.test', certChain: { certificates: [{ rawBytes: b64(tsaDer) }, { rawBytes: caDer }] }, validFor: { start } }]
    }
  };
}

/** DER: a tag and its content. */
function tlv(tag: number, ...content: Buffer[]): Buffer {
  const body = Buffer.concat(content);
  const n = body.length;
  const len = n < 128 ? Buffer.from([n]) : n < 256 ? Buffer.from([0x81, n]) : Buffer.from([0x82, n >> 8, n & 0xff]);
  return Buffer.concat([Buffer.from([tag]), len, body]);
}
function oid(dotted: string): Buffer {
  const [a, b, ...rest] = dotted.split('.').map(Number);
  const bytes = [40 * a + b];
  for (const v of rest) {
    const chunk = [v & 0x7f];
    for (let x = v >>> 7; x > 0; x >>>= 7) chunk.unshift((x & 0x7f) | 0x80);
    bytes.push(...chunk);
  }
  return tlv(0x06, Buffer.from(bytes));
}
const SEQ = 0x30;
const SET = 0x31;
const SHA256_ALG = tlv(SEQ, oid('2.16.840.1.101.3.4.2.1'));

/** The issuer Name and serial INTEGER of a certificate (DER), for a CMS signer identifier. */
function issuerAndSerial(der: Buffer): Buffer {
  // Certificate ::= SEQUENCE { tbsCertificate SEQUENCE { [0] version, serial, signature, issuer, … } }
  const children = (buf: Buffer): Buffer[] => {
    const out: Buffer[] = [];
    let i = buf[1] & 0x80 ? 2 + (buf[1] & 0x7f) : 2;
    while (i < buf.length) {
      const start = i;
      let len = buf[i + 1];
      let head = 2;
      if (len & 0x80) {
        const k = len & 0x7f;
        len = 0;
        for (let j = 0; j < k; j++) len = len * 256 + buf[i + 2 + j];
        head = 2 + k;
      }
      i += head + len;
      out.push(buf.subarray(start, i));
    }
    return out;
  };
  const tbs = children(der)[0];
  const [, serial, , issuer] = children(tbs);
  return tlv(SEQ, issuer, serial);
}

/** An RFC 3161 TimeStampResp for `data` (the signature), signed by the instance's TSA. */
export function rfc3161(sigstore: TestSigstore, data: Buffer, at = new Date(Date.now() - 60_000)): Buffer {
  const tsa = sigstore.tsa!;
  const time = at.toISOString().replace(/[-:T]/g, '').replace(/\.\d+Z$/, 'Z');
  const tstInfo = tlv(SEQ, tlv(0x02, Buffer.from([1])), oid('1.3.6.1.4.1.57264.2'), tlv(SEQ, SHA256_ALG, tlv(0x04, sha256(data))), tlv(0x02, Buffer.from([0x2a])), tlv(0x18, Buffer.from(time)));
  const attrs = [tlv(SEQ, oid('1.2.840.113549.1.9.3'), tlv(SET, oid('1.2.840.113549.1.9.16.1.4'))), tlv(SEQ, oid('1.2.840.113549.1.9.4'), tlv(SET, tlv(0x04, sha256(tstInfo))))];
  const signature = sign('sha256', tlv(SET, ...attrs), tsa.key);
  const signerInfo = tlv(SEQ, tlv(0x02, Buffer.from([1])), issuerAndSerial(tsa.der), SHA256_ALG, tlv(0xa0, ...attrs), tlv(SEQ, oid('1.2.840.10045.4.3.2')), tlv(0x04, signature));
  const signedData = tlv(SEQ, tlv(0x02, Buffer.from([3])), tlv(SET, SHA256_ALG), tlv(SEQ, oid('1.2.840.113549.1.9.16.1.4'), tlv(0xa0, tlv(0x04, tstInfo))), tlv(SET, signerInfo));
  const token = tlv(SEQ, oid('1.2.840.113549.1.7.2'), tlv(0xa0, signedData));
  return tlv(SEQ, tlv(SEQ, tlv(0x02, Buffer.from([0]))), token);
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
  /** GitHub-like instance: leave the signed timestamp out. */
  noTimestamp?: boolean;
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
  if (sigstore.tsa) {
    // GitHub's instance: no transparency log, a signed timestamp over the signature.
    return {
      mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
      verificationMaterial: { certificate: { rawBytes: b64(der) }, tlogEntries: [], timestampVerificationData: { rfc3161Timestamps: id.noTimestamp ? [] : [{ signedTimestamp: b64(rfc3161(sigstore, sig)) }] } },
      dsseEnvelope: { payload: b64(payload), payloadType, signatures: [{ sig: b64(sig), keyid: '' }] }
    };
  }
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
