/**
 * The `attestation` pre-deploy check: the artifact to deploy carries a Sigstore signature
 * (a GitHub artifact attestation, or a cosign signature made with a key), verified offline against
 * a trusted root file, from the expected signer and source repository.
 *
 * The inputs are read and their files parsed here without Sigstore; the Sigstore libraries are
 * loaded (`await import`) only when the check runs with `verify-attestation` set.
 */
import { X509Certificate, createHash, createPublicKey, createVerify, type KeyObject } from 'node:crypto';
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { DeployInputs as I } from '../constants.js';
import { UserError, collecting } from '../errors.js';
import { displayPath, resolveInWorkspace } from '../files.js';
import { jsonErrorOffset } from '../json-position.js';
import type { Host } from '../host.js';
import { input } from '../inputs.js';
import type { CheckResult } from './checks.js';

/** GitHub Actions' OIDC issuer: the default issuer a signing certificate must name. */
export const GITHUB_ACTIONS_ISSUER = 'https://token.actions.githubusercontent.com';
/** Fulcio's certificate extension SourceRepositoryURI. */
const OID_SOURCE_REPOSITORY_URI = '1.3.6.1.4.1.57264.1.12';
/** Largest bundle file read (a `gh attestation download` file holds one ~10 kB bundle a line). */
export const MAX_BUNDLE_BYTES = 8 * 1024 * 1024;
/** Most bundles in one file. */
export const MAX_BUNDLES = 256;
/** Largest trusted root file read (`gh attestation trusted-root` prints ~20 kB). */
export const MAX_TRUSTED_ROOT_BYTES = 4 * 1024 * 1024;

const BUNDLE_MEDIA_TYPE = /^application\/vnd\.dev\.sigstore\.bundle(\+json;version=0\.[123]|\.v0\.3\+json)$/;
const TRUSTED_ROOT_MEDIA_TYPE = /^application\/vnd\.dev\.sigstore\.trustedroot(\+json;version=0\.1|\.v0\.[12]\+json)$/;

/** Who must have signed: the certificate's subject alternative name (SAN) and OIDC issuer. */
export interface SignerPolicy {
  /** As given, for messages. */
  text: string;
  /**
   * `workflow`: `[host/]owner/repo/.github/workflows/file.yml` (any ref) or with `@ref` (that
   * ref), as `gh attestation verify --signer-workflow`; `exact`: a whole SAN (a URI or an email),
   * as cosign's `--certificate-identity`; `regexp`: `/…/`, searched in the SAN as cosign's
   * `--certificate-identity-regexp` and gh's `--cert-identity-regex` do (anchor it with ^ and $).
   */
  kind: 'workflow' | 'exact' | 'regexp';
  /** workflow: the SAN up to the ref (`https://github.com/o/r/.github/workflows/f.yml`); exact: the SAN. */
  value: string;
  /** workflow: the ref after `@`, when given. */
  ref?: string;
  regexp?: RegExp;
}

/** One bundle as read from the file, parsed but not yet checked by Sigstore. */
export interface BundleEntry {
  /** `bundle.jsonl:3` or `bundle.json`. */
  where: string;
  json: Record<string, unknown>;
}

/** What the `attestation` check verifies (undefined when verify-attestation is empty). */
export interface AttestationConfig {
  /** The deployed artifact: a file of the workspace, or an image digest. */
  subject: { kind: 'file'; file: string; shown: string } | { kind: 'digest'; algorithm: 'sha256'; hex: string };
  bundleShown: string;
  bundles: BundleEntry[];
  trustedRootShown?: string;
  /** Trusted root objects (JSON), one per line of a `gh attestation trusted-root` file. */
  trustedRoots: Record<string, unknown>[];
  signer?: SignerPolicy;
  issuer: string;
  /** The source repository URL (`https://github.com/owner/repo`), or '' when not checked. */
  repository: string;
  key?: { pem: string; shown: string; object: KeyObject };
}

/** Parses `attestation-signer`: its first line the identity, an optional `issuer: URL` line. */
export function parseSigner(text: string, name: string = I.AttestationSigner): { signer?: SignerPolicy; issuer?: string } {
  const lines = text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  let issuer: string | undefined;
  let identity: string | undefined;
  for (const line of lines) {
    const m = /^issuer:\s*(\S+)$/.exec(line);
    if (m) {
      if (issuer) throw new UserError('issuer given twice', { input: name });
      if (!/^https:\/\/\S+$/.test(m[1])) throw new UserError(`the issuer must be an https URL, got ${JSON.stringify(m[1])}`, { input: name });
      issuer = m[1];
    } else if (identity) throw new UserError(`one identity a deploy, got a second line ${JSON.stringify(line)}`, { input: name, hint: 'the workflow, a whole identity or a /regular expression/, and optionally a line issuer: URL' });
    else identity = line;
  }
  if (!identity) return { issuer };
  if (identity.length > 2 && identity.startsWith('/') && identity.endsWith('/')) {
    let regexp: RegExp;
    try {
      regexp = new RegExp(identity.slice(1, -1));
    } catch (err) {
      throw new UserError(`not a regular expression: ${(err as Error).message}`, { input: name });
    }
    return { signer: { text: identity, kind: 'regexp', value: identity.slice(1, -1), regexp }, issuer };
  }
  if (/^https?:\/\//.test(identity) || /^[^/\s@]+@[^/\s@]+$/.test(identity)) return { signer: { text: identity, kind: 'exact', value: identity }, issuer };
  // [host/]owner/repo/.github/workflows/file.yml[@ref]: the host is github.com unless the first part names one.
  const m = /^(?:([a-z0-9-]+(?:\.[a-z0-9-]+)+)\/)?([\w.-]+\/[\w.-]+\/\.github\/workflows\/[^@\s]+\.ya?ml)(?:@(\S+))?$/i.exec(identity);
  if (!m) {
    throw new UserError(`not a signer: ${JSON.stringify(identity)}`, {
      input: name,
      hint: 'owner/repo/.github/workflows/release.yml (optionally @refs/tags/v1), a whole identity (https://… or an email), or a /regular expression/'
    });
  }
  return { signer: { text: identity, kind: 'workflow', value: `https://${m[1] ?? 'github.com'}/${m[2]}`, ref: m[3] }, issuer };
}

/** Whether a SAN is the one the policy asks for. */
export function signerMatches(policy: SignerPolicy, san: string): boolean {
  switch (policy.kind) {
    case 'regexp':
      return policy.regexp!.test(san);
    case 'exact':
      return san === policy.value;
    case 'workflow': {
      // The host and owner/repo compare without case, as GitHub's names do; the workflow path and ref exactly.
      const at = san.indexOf('@', 'https://'.length);
      const base = at < 0 ? san : san.slice(0, at);
      const [sanRepo, sanPath] = splitRepo(base);
      const [wantRepo, wantPath] = splitRepo(policy.value);
      if (sanRepo.toLowerCase() !== wantRepo.toLowerCase() || sanPath !== wantPath) return false;
      return policy.ref === undefined ? at > 0 : san.slice(at + 1) === policy.ref;
    }
  }
}

/** `https://host/owner/repo` and the rest of a workflow URL. */
function splitRepo(url: string): [string, string] {
  const parts = url.split('/');
  return [parts.slice(0, 5).join('/'), parts.slice(5).join('/')];
}

/** Reads a bounded text file of the workspace for `name`: not there, too big or binary is one line. */
function readTextFile(workspace: string, given: string, name: string, max: number): { text: string; shown: string } {
  const file = resolveInWorkspace(workspace, given, name);
  const shown = displayPath(workspace, file);
  let size: number;
  try {
    const st = statSync(file);
    if (!st.isFile()) throw new UserError(`${shown} is not a file`, { input: name });
    size = st.size;
  } catch (err) {
    if (err instanceof UserError) throw err;
    throw new UserError(`cannot read ${shown}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`, { input: name });
  }
  if (size > max) throw new UserError(`${shown} is ${size} bytes, more than the ${max} read`, { input: name });
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (err) {
    throw new UserError(`cannot read ${shown}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`, { input: name });
  }
  const text = bytes.toString('utf8');
  if (bytes.includes(0) || text.includes('\uFFFD')) throw new UserError('binary, not JSON', { input: name, file: shown });
  if (!text.trim()) throw new UserError('empty', { input: name, file: shown });
  return { text, shown };
}

/**
 * JSON objects of a file: one JSON document (possibly over several lines), or JSON Lines (one
 * object a line, as `gh attestation download` and `gh attestation trusted-root` write).
 */
function jsonObjects(text: string, shown: string, name: string, what: string, mediaType: RegExp, max: number): Array<{ line?: number; json: Record<string, unknown> }> {
  const objects: Array<{ line?: number; json: Record<string, unknown> }> = [];
  const check = (json: unknown, line?: number) => {
    if (typeof json !== 'object' || json === null || Array.isArray(json)) throw new UserError(`not ${what}: a JSON ${Array.isArray(json) ? 'array' : typeof json}`, { input: name, file: shown, line });
    const type = (json as Record<string, unknown>).mediaType;
    if (typeof type !== 'string' || !mediaType.test(type)) {
      throw new UserError(`not ${what}: mediaType is ${typeof type === 'string' ? JSON.stringify(type) : 'missing'}`, { input: name, file: shown, line });
    }
    objects.push({ line, json: json as Record<string, unknown> });
  };
  let whole: unknown;
  try {
    check(JSON.parse(text));
    return objects;
  } catch (err) {
    if (err instanceof UserError) throw err;
    whole = err;
  }
  // JSON Lines when the first line is a JSON value of its own; else one document, whose error is
  // told at its line (a pretty-printed bundle broken on line 30 is not "line 1").
  const lines = text.split('\n');
  let jsonLines = false;
  try {
    JSON.parse(lines.find((l) => l.trim()) ?? '');
    jsonLines = true;
  } catch {
    // not a value on its own
  }
  if (!jsonLines) throw new UserError(`not JSON (${jsonError(whole)})`, { input: name, file: shown, line: lineOfError(text) });
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i].trim()) continue;
    if (objects.length >= max) throw new UserError(`more than ${max} ${what}s`, { input: name, file: shown, line: i + 1 });
    let json: unknown;
    try {
      json = JSON.parse(lines[i]);
    } catch (err) {
      throw new UserError(`not JSON (${jsonError(err)})`, { input: name, file: shown, line: i + 1 });
    }
    check(json, i + 1);
  }
  return objects;
}

function jsonError(err: unknown): string {
  return (err as Error).message.replace(/ in JSON at position.*$/s, '').replace(/^Unexpected end of JSON input$/, 'cut short');
}

/** The line where JSON text stops being valid (Node 20's JSON.parse often names no position). */
function lineOfError(text: string): number {
  return text.slice(0, jsonErrorOffset(text)).split('\n').length;
}

/** The artifact of `verify-attestation`: `sha256:<hex>`, or a file of the workspace. */
function readSubject(workspace: string, given: string): AttestationConfig['subject'] {
  const digest = /^sha256:([0-9a-fA-F]*)$/.exec(given);
  if (digest) {
    if (digest[1].length !== 64) throw new UserError(`${given} is not a sha256 digest (64 hex digits)`, { input: I.VerifyAttestation });
    return { kind: 'digest', algorithm: 'sha256', hex: digest[1].toLowerCase() };
  }
  if (/^[a-z0-9]+:[0-9a-f]{16,}$/i.test(given)) throw new UserError(`only sha256 digests are verified, got ${given.split(':')[0]}`, { input: I.VerifyAttestation });
  const file = resolveInWorkspace(workspace, given, I.VerifyAttestation);
  const shown = displayPath(workspace, file);
  let isFile = false;
  try {
    isFile = statSync(file).isFile();
  } catch (err) {
    throw new UserError(`cannot read ${shown}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`, { input: I.VerifyAttestation, hint: 'the artifact to deploy (a file path) or its digest sha256:<hex>' });
  }
  if (!isFile) throw new UserError(`${shown} is not a file`, { input: I.VerifyAttestation, hint: 'the artifact to deploy (a file path) or its digest sha256:<hex>' });
  return { kind: 'file', file, shown };
}

/** The repository whose workflows must have built the artifact, as a URL ('' for `*`: not checked). */
function readRepository(host: Host): string {
  const v = input(host, I.AttestationRepository, host.env.GITHUB_REPOSITORY ?? '');
  // `*`: no repository is checked, the signer identity alone decides (gh attestation verify --owner's looser cousin).
  if (!v || v === '*') return '';
  if (/^https:\/\/[^/\s]+\/[\w.-]+\/[\w.-]+$/.test(v)) return v;
  if (!/^[\w.-]+\/[\w.-]+$/.test(v)) throw new UserError(`not owner/repo: ${JSON.stringify(v)}`, { input: I.AttestationRepository, hint: 'e.g. acme/shop, or https://acme.ghe.com/acme/shop' });
  return `${(host.env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '')}/${v}`;
}

/**
 * Reads the attestation inputs: undefined when verify-attestation is empty (the check is then
 * skipped, and the other attestation inputs must be empty too). Throws one UserError carrying
 * every problem found; reads the bundle and trusted root files, but loads no Sigstore library.
 */
export function readAttestationConfig(host: Host): AttestationConfig | undefined {
  const errors: UserError[] = [];
  const attempt = collecting(errors);
  const ws = host.workspace;
  const given = input(host, I.VerifyAttestation);
  const others = [I.AttestationBundle, I.AttestationTrustedRoot, I.AttestationSigner, I.AttestationKey].filter((n) => input(host, n));
  if (!given) {
    if (others.length) throw new UserError(`${others.join(', ')} set but verify-attestation is empty: nothing to verify`, { input: I.VerifyAttestation, hint: 'the artifact to deploy (a file path) or its digest sha256:<hex>' });
    return undefined;
  }
  const subject = attempt(() => readSubject(ws, given), undefined);

  const bundleGiven = input(host, I.AttestationBundle);
  let bundleShown = '';
  const bundles = attempt(() => {
    if (!bundleGiven) throw new UserError('required with verify-attestation and not supplied', { input: I.AttestationBundle, hint: 'the Sigstore bundle: gh attestation download writes sha256:<digest>.jsonl' });
    const { text, shown } = readTextFile(ws, bundleGiven, I.AttestationBundle, MAX_BUNDLE_BYTES);
    bundleShown = shown;
    return jsonObjects(text, shown, I.AttestationBundle, 'a Sigstore bundle', BUNDLE_MEDIA_TYPE, MAX_BUNDLES).map((o) => ({ where: o.line ? `${shown}:${o.line}` : shown, json: o.json }));
  }, [] as BundleEntry[]);

  const key = attempt(() => {
    const v = host.getInput(I.AttestationKey).trim();
    if (!v) return undefined;
    const inline = v.startsWith('-----BEGIN');
    const { text, shown } = inline ? { text: v, shown: 'the attestation-key input' } : readTextFile(ws, v, I.AttestationKey, 64 * 1024);
    try {
      const object = createPublicKey(text);
      return { pem: text, shown, object };
    } catch (err) {
      throw new UserError(`not a PEM public key${inline ? '' : ` (${shown})`}: ${(err as Error).message.split('\n')[0]}`, { input: I.AttestationKey, hint: 'cosign public-key prints it: -----BEGIN PUBLIC KEY-----…' });
    }
  }, undefined);

  const rootGiven = input(host, I.AttestationTrustedRoot);
  let trustedRootShown: string | undefined;
  const trustedRoots = attempt(() => {
    if (!rootGiven) {
      if (key || input(host, I.AttestationKey)) return [];
      throw new UserError('required with verify-attestation and not supplied: verification is offline, against this file only', { input: I.AttestationTrustedRoot, hint: 'gh attestation trusted-root > trusted_root.jsonl, or give attestation-key for a key-based signature' });
    }
    const { text, shown } = readTextFile(ws, rootGiven, I.AttestationTrustedRoot, MAX_TRUSTED_ROOT_BYTES);
    trustedRootShown = shown;
    return jsonObjects(text, shown, I.AttestationTrustedRoot, 'a Sigstore trusted root', TRUSTED_ROOT_MEDIA_TYPE, 16).map((o) => o.json);
  }, [] as Record<string, unknown>[]);

  const { signer, issuer } = attempt(() => parseSigner(host.getInput(I.AttestationSigner)), {} as ReturnType<typeof parseSigner>);
  if (input(host, I.AttestationKey) && input(host, I.AttestationSigner)) {
    errors.push(new UserError('a key-based signature has no certificate identity to check: give attestation-signer or attestation-key, not both', { input: I.AttestationSigner }));
  }
  const repository = attempt(() => (key ? '' : readRepository(host)), '');
  if (errors.length) throw UserError.several(errors);
  return {
    subject: subject!,
    bundleShown,
    bundles,
    trustedRootShown,
    trustedRoots,
    signer,
    issuer: issuer ?? GITHUB_ACTIONS_ISSUER,
    repository,
    key
  };
}

/** sha256 and sha512 of a file, read once as a stream. */
export async function fileDigests(file: string): Promise<{ sha256: string; sha512: string }> {
  const a = createHash('sha256');
  const b = createHash('sha512');
  for await (const chunk of createReadStream(file)) {
    a.update(chunk as Buffer);
    b.update(chunk as Buffer);
  }
  return { sha256: a.digest('hex'), sha512: b.digest('hex') };
}

/** Whether a signature over the file's bytes verifies with `key` (streamed). */
async function verifyFileSignature(file: string, key: KeyObject, signature: Buffer, algorithm: string): Promise<boolean> {
  const verifier = createVerify(algorithm);
  for await (const chunk of createReadStream(file)) verifier.update(chunk as Buffer);
  return verifier.verify(key, signature);
}

/** The string in a DER UTF8String / IA5String (a Fulcio extension's value), or the bytes as text. */
function derString(value: Buffer): string {
  if (value.length >= 2 && (value[0] === 0x0c || value[0] === 0x16)) {
    let len = value[1];
    let at = 2;
    if (len & 0x80) {
      const n = len & 0x7f;
      len = 0;
      for (let i = 0; i < n; i++) len = len * 256 + value[2 + i];
      at = 2 + n;
    }
    return value.subarray(at, at + len).toString('utf8');
  }
  return value.toString('utf8');
}

const short = (hex: string) => `${hex.slice(0, 12)}…`;

/** The outcome of one bundle. */
type Verdict = { ok: true; detail: string } | { ok: false; why: string };

type Sigstore = {
  bundle: typeof import('@sigstore/bundle');
  verify: typeof import('@sigstore/verify');
  specs: typeof import('@sigstore/protobuf-specs');
};

/** Verifies one bundle: the signature, its digest, chain and timestamps, then identity and repository. */
async function verifyBundle(entry: BundleEntry, config: AttestationConfig, digests: { sha256: string; sha512?: string }, sigstore: Sigstore, trust: Trust): Promise<Verdict> {
  let bundle: ReturnType<Sigstore['bundle']['bundleFromJSON']>;
  try {
    bundle = sigstore.bundle.bundleFromJSON(entry.json);
  } catch (err) {
    return { ok: false, why: `not a valid Sigstore bundle (${(err as Error).message}${(err as { fields?: string[] }).fields ? `: ${(err as { fields: string[] }).fields.join(', ')}` : ''})` };
  }
  const content = bundle.content;
  let what = '';
  let statement: { predicateType?: unknown; predicate?: unknown } | undefined;
  if (content.$case === 'dsseEnvelope') {
    const env = content.dsseEnvelope;
    if (env.payloadType !== 'application/vnd.in-toto+json') return { ok: false, why: `a DSSE payload of type ${env.payloadType}, not an in-toto statement` };
    let parsed: { subject?: unknown; predicateType?: unknown; predicate?: unknown };
    try {
      parsed = JSON.parse(env.payload.toString('utf8')) as typeof parsed;
    } catch {
      return { ok: false, why: 'its in-toto statement is not JSON' };
    }
    const subjects = Array.isArray(parsed.subject) ? (parsed.subject as Array<{ name?: unknown; digest?: Record<string, unknown> }>) : [];
    const hit = subjects.find((s) => s?.digest?.sha256 === digests.sha256 || (digests.sha512 !== undefined && s?.digest?.sha512 === digests.sha512));
    if (!hit) {
      const named = subjects.flatMap((s) => Object.entries(s?.digest ?? {}).map(([alg, hex]) => `${alg}:${short(String(hex))}`));
      return { ok: false, why: `its statement is for ${named.join(', ') || 'no subject'}, not sha256:${short(digests.sha256)}` };
    }
    statement = parsed;
    what = typeof parsed.predicateType === 'string' ? predicateName(parsed.predicateType) : 'an in-toto statement';
  } else {
    const sig = content.messageSignature;
    const alg = sig.messageDigest?.algorithm;
    const hex = sig.messageDigest?.digest.toString('hex');
    const want = alg === sigstore.specs.HashAlgorithm.SHA2_512 ? digests.sha512 : alg === sigstore.specs.HashAlgorithm.SHA2_256 || alg === undefined ? digests.sha256 : undefined;
    if (hex !== undefined && hex !== want) return { ok: false, why: `it signs the digest ${short(hex)}, not the artifact's ${short(digests.sha256)}` };
    if (config.subject.kind !== 'file') return { ok: false, why: 'a message signature is over the artifact\'s bytes: give its file in verify-attestation, not a digest' };
    what = 'a signature';
  }

  // A message signature is checked over the file's bytes, streamed, after Sigstore found the key.
  const entity = sigstore.verify.toSignedEntity(bundle);
  let signingKey: KeyObject | undefined;
  if (content.$case === 'messageSignature') {
    const inner = entity.signature;
    entity.signature = { ...inner, signature: inner.signature, compareSignature: (s) => inner.compareSignature(s), compareDigest: (d) => inner.compareDigest(d), verifySignature: (k) => ((signingKey = k), true) };
  }
  const certified = entity.key.$case === 'certificate';
  if (!certified && !config.key) return { ok: false, why: 'signed with a key, and no attestation-key is given' };
  if (certified && config.key) return { ok: false, why: 'signed with a certificate, not with attestation-key' };
  // A certificate is verified against each trusted root in turn (public good, GitHub's, one's own),
  // with the policy gh attestation verify applies to that instance; a key against all their logs.
  const candidates = certified ? trust.roots : [trust.merged];
  let signer: ReturnType<InstanceType<Sigstore['verify']['Verifier']>['verify']> | undefined;
  let failure: unknown;
  for (const root of candidates) {
    const verifier = new sigstore.verify.Verifier(root.material, verifierPolicy(certified ? leafOrganization(bundle) : undefined, root.counts));
    try {
      signer = verifier.verify(entity);
      break;
    } catch (err) {
      // The error of a root the certificate chains to says more than "no path" from the others.
      if (failure === undefined || isNoPath(failure)) failure = err;
    }
  }
  if (!signer) return { ok: false, why: verificationFailure(failure, config) };
  if (signingKey) {
    const alg = content.$case === 'messageSignature' && content.messageSignature.messageDigest?.algorithm === sigstore.specs.HashAlgorithm.SHA2_512 ? 'sha512' : 'sha256';
    const sigBytes = content.$case === 'messageSignature' ? content.messageSignature.signature : Buffer.alloc(0);
    if (!(await verifyFileSignature((config.subject as { file: string }).file, signingKey, sigBytes, alg))) {
      return { ok: false, why: config.key ? `the signature does not verify with attestation-key (${config.key.shown})` : 'the signature does not verify over the artifact' };
    }
  }
  if (!certified) return { ok: true, detail: `${what} by attestation-key${config.key!.shown.startsWith('the ') ? '' : ` ${config.key!.shown}`}` };

  // Identity: the OIDC issuer, the SAN, and the source repository, as gh attestation verify checks them.
  const identity = signer.identity ?? {};
  const san = identity.subjectAlternativeName ?? '';
  const issuer = identity.extensions?.issuer ?? '';
  if (issuer.toLowerCase() !== config.issuer.toLowerCase()) return { ok: false, why: `the certificate's issuer is ${issuer || 'not named'}, not ${config.issuer} (attestation-signer)` };
  if (config.signer && !signerMatches(config.signer, san)) return { ok: false, why: `signed by ${san || 'no identity'}, not ${config.signer.text} (attestation-signer)` };
  if (config.repository) {
    const oid = (identity.oids ?? []).find((o) => o.oid?.id.join('.') === OID_SOURCE_REPOSITORY_URI);
    const source = oid ? derString(Buffer.from(oid.value)) : '';
    if (source.toLowerCase() !== config.repository.toLowerCase()) return { ok: false, why: `built from ${source || 'no named repository'}, not ${config.repository} (attestation-repository)` };
    const built = statement ? provenanceSource(statement) : undefined;
    if (built !== undefined && !sameRepository(built, config.repository)) return { ok: false, why: `its provenance builds from ${built}, not ${config.repository} (attestation-repository)` };
  }
  return { ok: true, detail: `${what} signed by ${san}${config.repository ? ` from ${config.repository.replace(/^https:\/\/github\.com\//, '')}` : ''}` };
}

function predicateName(type: string): string {
  const m = /^https:\/\/slsa\.dev\/provenance\/v(.+)$/.exec(type);
  if (m) return `SLSA provenance v${m[1]}`;
  if (type === 'https://spdx.dev/Document' || type.startsWith('https://cyclonedx.org/')) return 'an SBOM';
  return `an attestation (${type})`;
}

/** The repository a SLSA provenance says it built from, when it says so. */
function provenanceSource(statement: { predicateType?: unknown; predicate?: unknown }): string | undefined {
  const at = (value: unknown, ...keys: string[]): unknown => keys.reduce((v, k) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined), value);
  const found =
    statement.predicateType === 'https://slsa.dev/provenance/v1'
      ? at(statement.predicate, 'buildDefinition', 'externalParameters', 'workflow', 'repository')
      : statement.predicateType === 'https://slsa.dev/provenance/v0.2'
      ? at(statement.predicate, 'invocation', 'configSource', 'uri')
      : undefined;
  return typeof found === 'string' ? found : undefined;
}

/** `git+https://github.com/o/r@refs/…` or `https://github.com/o/r` names the repository URL. */
function sameRepository(given: string, repository: string): boolean {
  const bare = given.replace(/^git\+/, '').replace(/@.*$/, '').replace(/\.git$/, '');
  return bare.toLowerCase() === repository.toLowerCase();
}

interface TrustCounts {
  tlogs: number;
  ctlogs: number;
  tsas: number;
}

/** Trust material of each trusted root, and of all of them together (for key-based signatures). */
interface Trust {
  roots: Array<{ material: ReturnType<Sigstore['verify']['toTrustMaterial']>; counts: TrustCounts }>;
  merged: { material: ReturnType<Sigstore['verify']['toTrustMaterial']>; counts: TrustCounts };
}

/**
 * What a bundle must carry, as gh attestation verify decides it from the certificate's issuer
 * (pkg/cmd/attestation/verification/sigstore.go): Sigstore public good (`O=sigstore.dev`) a
 * transparency log entry and an SCT; GitHub's instance (`O=GitHub, Inc.`) a signed timestamp; any
 * other a trusted time, and a log entry when its root has a log. A key: what the roots can vouch for.
 */
function verifierPolicy(organization: string | undefined, counts: TrustCounts): { tlogThreshold: number; ctlogThreshold: number; timestampThreshold: number } {
  if (organization === undefined) return { tlogThreshold: counts.tlogs ? 1 : 0, ctlogThreshold: 0, timestampThreshold: counts.tlogs || counts.tsas ? 1 : 0 };
  if (organization === 'sigstore.dev') return { tlogThreshold: 1, ctlogThreshold: 1, timestampThreshold: 1 };
  if (organization === 'GitHub, Inc.') return { tlogThreshold: 0, ctlogThreshold: 0, timestampThreshold: 1 };
  return { tlogThreshold: counts.tlogs ? 1 : 0, ctlogThreshold: 0, timestampThreshold: 1 };
}

/** The organization (O=) of the signing certificate's issuer. */
function leafOrganization(bundle: { verificationMaterial: { content: unknown } }): string {
  const content = bundle.verificationMaterial.content as { $case: string; certificate?: { rawBytes: Buffer }; x509CertificateChain?: { certificates: Array<{ rawBytes: Buffer }> } };
  const raw = content.$case === 'certificate' ? content.certificate?.rawBytes : content.x509CertificateChain?.certificates[0]?.rawBytes;
  try {
    return raw ? (/^O=(.*)$/m.exec(new X509Certificate(raw).issuer)?.[1] ?? '') : '';
  } catch {
    return '';
  }
}

function isNoPath(err: unknown): boolean {
  const e = err as { code?: string; cause?: Error };
  return e?.code === 'CERTIFICATE_ERROR' && /certificate path found/.test(e.cause?.message ?? '');
}

function countsOf(root: { tlogs: unknown[]; ctlogs: unknown[]; timestampAuthorities: unknown[] }): TrustCounts {
  return { tlogs: root.tlogs.length, ctlogs: root.ctlogs.length, tsas: root.timestampAuthorities.length };
}

/** A Sigstore verification error as one line a user can act on. */
function verificationFailure(err: unknown, config: AttestationConfig): string {
  const e = err as Error & { code?: string; cause?: Error };
  const cause = e.cause ? `: ${e.cause.message}` : '';
  const root = config.trustedRootShown ? ` (attestation-trusted-root ${config.trustedRootShown})` : '';
  switch (e.code) {
    case 'CERTIFICATE_ERROR':
      return /expired|not valid/.test(e.message + cause)
        ? `the signing certificate was not valid when it signed${cause ? '' : ` (${e.message})`}`
        : `the signing certificate does not chain to a CA of the trusted root${root}${cause}`;
    case 'SIGNATURE_ERROR':
      return config.key ? `the signature does not verify with attestation-key (${config.key.shown})` : 'the signature does not verify';
    case 'PUBLIC_KEY_ERROR':
      return `attestation-key does not apply (${e.message})`;
    case 'TLOG_ERROR':
    case 'TIMESTAMP_ERROR':
      return `no transparency log entry or timestamp the trusted root vouches for (${e.message})${root}`;
    default:
      if (e.code?.startsWith('TLOG')) return `its transparency log entry does not verify against the trusted root${root}: ${e.message}`;
      if (e.code) return `${e.message}${cause}`;
      return `cannot be verified: ${e.message}`;
  }
}

/** Loads the Sigstore libraries (only when the check is configured). */
async function loadSigstore(): Promise<Sigstore> {
  const [bundle, verify, specs] = await Promise.all([import('@sigstore/bundle'), import('@sigstore/verify'), import('@sigstore/protobuf-specs')]);
  return { bundle, verify, specs };
}

const TITLE = 'Signed artifact';

/**
 * The `attestation` check: passes when one bundle of attestation-bundle verifies for the
 * artifact, offline against the trusted root (or attestation-key), from the expected signer and
 * source repository; fails naming why for each bundle otherwise; skips when not asked.
 */
export async function checkAttestation(config: AttestationConfig | undefined): Promise<CheckResult> {
  if (!config) return { id: 'attestation', title: TITLE, status: 'skip', detail: 'not asked (verify-attestation is empty)' };
  let digests: { sha256: string; sha512?: string };
  try {
    digests = config.subject.kind === 'file' ? await fileDigests(config.subject.file) : { sha256: config.subject.hex };
  } catch (err) {
    return { id: 'attestation', title: TITLE, status: 'fail', detail: `verify-attestation: cannot read ${(config.subject as { shown: string }).shown}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}` };
  }
  const artifact = config.subject.kind === 'file' ? `${config.subject.shown} (sha256:${short(digests.sha256)})` : `sha256:${short(digests.sha256)}`;
  const sigstore = await loadSigstore();
  let trust: Trust;
  try {
    const roots = config.trustedRoots.map((r) => sigstore.specs.TrustedRoot.fromJSON(r));
    const merged = sigstore.specs.TrustedRoot.fromJSON({ mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1' });
    for (const r of roots) {
      merged.tlogs.push(...r.tlogs);
      merged.ctlogs.push(...r.ctlogs);
      merged.certificateAuthorities.push(...r.certificateAuthorities);
      merged.timestampAuthorities.push(...r.timestampAuthorities);
    }
    const key = config.key?.object;
    const finder = key ? () => ({ publicKey: key, validFor: () => true }) : undefined;
    trust = {
      roots: roots.map((r) => ({ material: sigstore.verify.toTrustMaterial(r, finder), counts: countsOf(r) })),
      merged: { material: sigstore.verify.toTrustMaterial(merged, finder), counts: countsOf(merged) }
    };
  } catch (err) {
    return { id: 'attestation', title: TITLE, status: 'fail', detail: `attestation-trusted-root: ${config.trustedRootShown}: not a usable trusted root (${(err as Error).message})` };
  }
  const failures: string[] = [];
  for (const entry of config.bundles) {
    const verdict = await verifyBundle(entry, config, digests, sigstore, trust);
    if (verdict.ok) {
      const of = config.bundles.length > 1 ? `, bundle ${failures.length + 1} of ${config.bundles.length}` : '';
      return { id: 'attestation', title: TITLE, status: 'pass', detail: `${artifact}: ${verdict.detail} (${entry.where}${of})` };
    }
    failures.push(`${entry.where}: ${verdict.why}`);
  }
  const more = failures.length > 1 ? `; ${failures.length - 1} more bundle${failures.length > 2 ? 's' : ''} failed too` : '';
  return { id: 'attestation', title: TITLE, status: 'fail', detail: `attestation-bundle: ${failures[0]} — for ${artifact}${more}` };
}
