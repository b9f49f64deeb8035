/**
 * The base branch's figures for the relative gates (`coverage_delta`, `perf_p95_regression`,
 * `vulns_new_*`): a gates report of the base, read from a file (`base-report`), from the
 * `gates-report` artifact of the latest successful run on the base branch, or from the hidden copy
 * a check run of the base commit carries in its `output.text` ({@link embedReport}).
 *
 * Whatever the origin, the report is validated against `phase-gates/gates-report@1`; anything
 * else (another schema, a corrupt zip, a cut embedded copy) is one UserError line naming the input.
 * "Nothing there" (no successful run, an expired artifact, no check run) is not an error: the
 * finders return null and the relative gates have no data.
 */
import zlib from 'node:zlib';
import { UserError } from '../errors.js';
import { withGitHubErrors, type GitHubClient } from '../github/client.js';
import { readGatesReportFile, validGatesReport } from './report-input.js';
import type { GatesReport } from './report.js';

/** A base report and where it came from. */
export interface BaseFigures {
  origin: 'file' | 'artifact' | 'check-run';
  /** For people: `base-report: ci/base.json`, `artifact gates-report of run 123 on main (abc1234)`, `check run gates_enforcer on abc1234`. */
  describe: string;
  /** The commit the base report is for. */
  sha: string | null;
  /** Validated against the gates report schema. */
  report: GatesReport;
}

/** Runs looked at, newest first, for one that still has the artifact. */
export const MAX_RUNS = 10;
/** Largest artifact zip downloaded (the compressed bytes). */
export const MAX_ZIP_BYTES = 32 * 1024 * 1024;
/** Largest gates report read out of a zip, uncompressed (a zip bomb stops here). */
export const MAX_REPORT_BYTES = 16 * 1024 * 1024;
/** Most entries of an artifact zip looked at. */
export const MAX_ZIP_ENTRIES = 1000;
/** Time allowed for the blob download, in ms. */
const DOWNLOAD_TIMEOUT_MS = 120_000;

// --- base-report: a file ------------------------------------------------------------------------

/** The base report from a file of the workspace (`given` as the user wrote it). */
export async function baseFromFile(workspace: string, given: string, input: string): Promise<BaseFigures> {
  const { report, file } = await readGatesReportFile(workspace, given, input);
  return { origin: 'file', describe: `${input}: ${file}`, sha: report.sha, report };
}

// --- the gates-report artifact of the latest successful run -------------------------------------

interface WorkflowRunLike {
  id: number;
  event: string;
  head_sha: string;
  head_branch: string | null;
  repository: { full_name: string };
  head_repository?: { full_name: string } | null;
}

interface ArtifactLike {
  id: number;
  name: string;
  expired: boolean;
  size_in_bytes: number;
}

/**
 * The base report from the artifact `o.artifact` of the newest successful run on `o.branch` (of the
 * workflow file `o.workflow` when given, else of any workflow). Runs of pull requests and runs whose
 * head is a fork are passed over: a fork can name its branch `main` too, and must not set our base.
 * Returns null when no run among the newest {@link MAX_RUNS} successful ones still has the artifact.
 */
export async function baseFromArtifact(
  client: GitHubClient,
  o: { owner: string; repo: string; branch: string; artifact: string; workflow?: string; input: string; log?: (m: string) => void }
): Promise<BaseFigures | null> {
  const log = o.log ?? (() => undefined);
  const full = `${o.owner}/${o.repo}`;
  const workflow = o.workflow?.trim() || undefined;
  const runs = await withGitHubErrors(
    client,
    {
      input: o.input,
      doing: `listing successful runs${workflow ? ` of ${workflow}` : ''} on ${o.branch} of ${full}`,
      forbiddenHint: 'the token needs `actions: read`',
      notFoundHint: workflow ? `no workflow file ${workflow} in ${full}` : undefined
    },
    async () => {
      const query = { owner: o.owner, repo: o.repo, branch: o.branch, status: 'success' as const, exclude_pull_requests: true, per_page: MAX_RUNS };
      const { data } = workflow
        ? await client.request('GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs', { ...query, workflow_id: workflow })
        : await client.request('GET /repos/{owner}/{repo}/actions/runs', query);
      return data.workflow_runs as unknown as WorkflowRunLike[];
    }
  );
  const own = runs.filter((r) => {
    const fromFork = r.head_repository && r.head_repository.full_name.toLowerCase() !== r.repository.full_name.toLowerCase();
    const ok = !fromFork && !r.event.startsWith('pull_request');
    if (!ok) log(`base: run ${r.id} on ${o.branch} is ${fromFork ? `from the fork ${r.head_repository?.full_name}` : `a ${r.event} run`}: not a base`);
    return ok;
  });
  if (!own.length) {
    log(`base: no successful run${workflow ? ` of ${workflow}` : ''} on ${o.branch} of ${full}`);
    return null;
  }
  for (const run of own.slice(0, MAX_RUNS)) {
    const artifacts = await withGitHubErrors(
      client,
      { input: o.input, doing: `listing the artifacts of run ${run.id} of ${full}`, forbiddenHint: 'the token needs `actions: read`' },
      async () => {
        const { data } = await client.request('GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts', {
          owner: o.owner,
          repo: o.repo,
          run_id: run.id,
          name: o.artifact,
          per_page: 100
        });
        return data.artifacts as unknown as ArtifactLike[];
      }
    );
    const named = artifacts.filter((a) => a.name === o.artifact);
    const live = named.find((a) => !a.expired);
    if (!live) {
      log(`base: run ${run.id} (${run.head_sha.slice(0, 7)}) has ${named.length ? `artifact ${o.artifact} expired` : `no artifact ${o.artifact}`}`);
      continue;
    }
    const describe = `artifact ${o.artifact} of run ${run.id} on ${o.branch} (${run.head_sha.slice(0, 7)})`;
    if (live.size_in_bytes > MAX_ZIP_BYTES) {
      throw new UserError(`${describe}: ${live.size_in_bytes} bytes, over the ${MAX_ZIP_BYTES / 1024 / 1024} MB read for a gates report`, { input: o.input });
    }
    const zip = await downloadArtifact(client, { ...o, id: live.id, describe });
    if (!zip) {
      log(`base: ${describe} expired before it could be downloaded`);
      continue;
    }
    const { name, text } = await gatesReportEntry(zip, describe, o.input);
    let data: unknown;
    try {
      data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    } catch (err) {
      throw new UserError(`${describe}: ${name}: invalid JSON (${(err as Error).message.replace(/ in JSON at position.*$/s, '')})`, { input: o.input });
    }
    const report = validGatesReport(data, o.input, { prefix: `${describe}: ${name}: ` });
    log(`base: ${describe}, ${name}`);
    return { origin: 'artifact', describe, sha: report.sha ?? run.head_sha, report };
  }
  log(`base: none of the ${Math.min(own.length, MAX_RUNS)} newest successful runs on ${o.branch} has a live artifact ${o.artifact}`);
  return null;
}

/**
 * The artifact's zip. GitHub answers the API request with 302 to a short-lived signed blob URL on
 * another host: the redirect is not followed by the API client (whose every request carries the
 * token); the blob is fetched by a plain request without any credential, through the runner's
 * proxy settings, and read up to {@link MAX_ZIP_BYTES}.
 */
async function downloadArtifact(
  client: GitHubClient,
  o: { owner: string; repo: string; id: number; describe: string; input: string }
): Promise<Buffer | null> {
  const location = await withGitHubErrors(
    client,
    { input: o.input, doing: `downloading ${o.describe}`, forbiddenHint: 'the token needs `actions: read`' },
    async () => {
      let res;
      try {
        res = await client.request('GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}', {
          owner: o.owner,
          repo: o.repo,
          artifact_id: o.id,
          archive_format: 'zip',
          request: { redirect: 'manual' }
        });
      } catch (err) {
        // 410 Gone: it expired since it was listed.
        if ((err as { status?: unknown }).status === 410) return null;
        throw err;
      }
      const headers = res.headers as Record<string, string | undefined>;
      return (res.status as number) === 302 ? (headers.location ?? '') : '';
    }
  );
  if (location === null) return null;
  if (!location) throw new UserError(`${o.describe}: GitHub gave no download location`, { input: o.input });
  let url: URL;
  try {
    url = new URL(location);
  } catch {
    throw new UserError(`${o.describe}: GitHub gave a download location that is not a URL`, { input: o.input });
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new UserError(`${o.describe}: download location is not http(s)`, { input: o.input });
  // undici, as smoke-test uses it: lazily, since only this path needs it.
  const { request, EnvHttpProxyAgent } = await import('undici');
  const dispatcher = new EnvHttpProxyAgent({ headersTimeout: DOWNLOAD_TIMEOUT_MS, bodyTimeout: DOWNLOAD_TIMEOUT_MS });
  const where = `${url.origin}${url.pathname}`; // never the signature in the query
  try {
    const res = await request(url, { method: 'GET', dispatcher, signal: AbortSignal.timeout(DOWNLOAD_TIMEOUT_MS) });
    if (res.statusCode !== 200) {
      await res.body.dump();
      throw new UserError(`${o.describe}: the download from ${where} answered ${res.statusCode}`, { input: o.input, hint: 'the link lasts a minute: run again' });
    }
    const declared = Number(res.headers['content-length']);
    if (declared > MAX_ZIP_BYTES) {
      await res.body.dump();
      throw new UserError(`${o.describe}: ${declared} bytes, over the ${MAX_ZIP_BYTES / 1024 / 1024} MB read for a gates report`, { input: o.input });
    }
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of res.body) {
      size += (chunk as Buffer).length;
      if (size > MAX_ZIP_BYTES) {
        res.body.destroy();
        throw new UserError(`${o.describe}: over ${MAX_ZIP_BYTES / 1024 / 1024} MB, more than a gates report`, { input: o.input });
      }
      chunks.push(chunk as Buffer);
    }
    return Buffer.concat(chunks);
  } catch (err) {
    if (err instanceof UserError) throw err;
    throw new UserError(`${o.describe}: downloading from ${where} failed: ${(err as Error).message}`, { input: o.input });
  } finally {
    await dispatcher.close().catch(() => undefined);
  }
}

/**
 * The one gates report of an artifact zip: `gates-report.json` (at any depth) if there is one,
 * else the only `*.json` entry. Read with yauzl, chosen among the zip readers of npm:
 * - yauzl (~126M downloads a month, 45 kB, one 1 kB dependency): reads the central directory,
 *   refuses a truncated or malformed one with a message, checks every entry's real size against
 *   the size its header declares (a lying header is an error, not a bomb), and streams an entry
 *   through node:zlib, so we stop inflating at our own byte bound;
 * - fflate (~117M, 8 kB of code, its own inflate): fast, but its unzip inflates whole entries in
 *   memory; its filter sees only the declared size, so a header that lies hides a bomb;
 * - adm-zip (~45M): reads whole entries into memory, and had a path traversal (zip slip) advisory;
 * - @zip.js/zip.js (~13M): Web Streams and workers, made for browsers first.
 * Names are checked by yauzl's own rules (no absolute path, no `..`, no backslash): an unsafe
 * name is passed over rather than read. The content's CRC-32 is checked with node:zlib's crc32
 * where Node has it (20.15 and later); yauzl leaves that to its users.
 */
async function gatesReportEntry(zip: Buffer, describe: string, input: string): Promise<{ name: string; text: string }> {
  const yauzl = (await import('yauzl')).default;
  const fail = (what: string) => new UserError(`${describe}: ${what}`, { input });
  let zipfile: import('yauzl').ZipFile;
  try {
    zipfile = await yauzl.fromBufferPromise(zip, { lazyEntries: true, decodeStrings: false, validateEntrySizes: true, autoClose: false });
  } catch (err) {
    throw fail(`not a readable zip (${(err as Error).message.replace(/\.$/, '')})`);
  }
  try {
    if (zipfile.entryCount > MAX_ZIP_ENTRIES) throw fail(`${zipfile.entryCount} entries in the zip, more than the ${MAX_ZIP_ENTRIES} read`);
    const candidates: Array<{ entry: import('yauzl').Entry; name: string }> = [];
    const unsafe: string[] = [];
    await new Promise<void>((resolve, reject) => {
      zipfile.on('entry', (entry: import('yauzl').Entry) => {
        const name = yauzl.getFileNameLowLevel(entry.generalPurposeBitFlag, entry.fileNameRaw as unknown as Buffer, entry.extraFields, false);
        if (yauzl.validateFileName(name) !== null) unsafe.push(name);
        else if (/\.json$/i.test(name) && !name.endsWith('/')) candidates.push({ entry, name });
        zipfile.readEntry();
      });
      zipfile.once('end', () => resolve());
      zipfile.once('error', (err: Error) => reject(fail(`not a readable zip (${err.message.replace(/\.$/, '')})`)));
      zipfile.readEntry();
    });
    const skipped = unsafe.length ? `; passed over unsafe names: ${unsafe.slice(0, 3).join(', ')}` : '';
    const preferred = candidates.filter((c) => c.name.split('/').pop() === 'gates-report.json');
    const pick = preferred.length ? preferred : candidates;
    if (pick.length === 0) throw fail(`no .json file in the zip${skipped}`);
    if (pick.length > 1) throw fail(`${pick.length} JSON files and no single gates-report.json: ${pick.slice(0, 3).map((c) => c.name).join(', ')}`);
    const { entry, name } = pick[0];
    if (entry.isEncrypted()) throw fail(`${name} is encrypted`);
    if (entry.uncompressedSize > MAX_REPORT_BYTES) {
      throw fail(`${name} inflates to ${entry.uncompressedSize} bytes, over the ${MAX_REPORT_BYTES / 1024 / 1024} MB read for a gates report`);
    }
    const bytes = await readEntry(zipfile, entry, name, fail);
    const crc32 = (zlib as unknown as { crc32?: (b: Buffer) => number }).crc32;
    if (crc32 && crc32(bytes) >>> 0 !== entry.crc32 >>> 0) throw fail(`${name} is corrupt (CRC-32 mismatch)`);
    return { name, text: bytes.toString('utf8') };
  } finally {
    zipfile.close();
  }
}

/** An entry's bytes, inflated up to {@link MAX_REPORT_BYTES} whatever its header says. */
function readEntry(zipfile: import('yauzl').ZipFile, entry: import('yauzl').Entry, name: string, fail: (what: string) => UserError): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    zipfile.openReadStream(entry, (err, stream) => {
      if (err || !stream) return reject(fail(`${name} cannot be read (${err?.message ?? 'no stream'})`));
      const chunks: Buffer[] = [];
      let size = 0;
      stream.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > MAX_REPORT_BYTES) {
          stream.destroy();
          reject(fail(`${name} inflates to more than ${MAX_REPORT_BYTES / 1024 / 1024} MB`));
          return;
        }
        chunks.push(chunk);
      });
      stream.once('error', (e: Error) => reject(fail(`${name} is corrupt (${e.message})`)));
      stream.once('end', () => resolve(Buffer.concat(chunks)));
    });
  });
}

// --- the check run of the base commit ------------------------------------------------------------

/** Opens the hidden copy of a report in a check run's `output.text`. */
const EMBED_OPEN = '<!-- phase-gates:gates-report gzip+base64 ';
const EMBED_CLOSE = ' -->';
/**
 * Longest embedded copy, in characters: GitHub keeps 65535 of `output.text`, and the visible text
 * beside it keeps at least 5000 (base64 is ASCII, so characters and bytes agree).
 */
export const EMBED_LIMIT = 60_000;
/** Largest report an embedded copy may inflate to. */
const MAX_EMBEDDED_BYTES = 16 * 1024 * 1024;

/**
 * Text to put in a check run's `output.text` so that a later run can read the report back: an
 * HTML comment (hidden on GitHub's page) holding the report as gzip and base64, at most
 * {@link EMBED_LIMIT} characters. Too long, the per-gate `findings` lists are dropped first (their
 * counts stay); still too long, nothing is embedded (empty string).
 */
export function embedReport(report: GatesReport): string {
  const pack = (r: GatesReport) => `${EMBED_OPEN}${zlib.gzipSync(JSON.stringify(r), { level: 9 }).toString('base64')}${EMBED_CLOSE}`;
  const whole = pack(report);
  if (whole.length <= EMBED_LIMIT) return whole;
  const lean = pack({ ...report, gates: report.gates.map(({ findings: _f, ...gate }) => gate) });
  return lean.length <= EMBED_LIMIT ? lean : '';
}

/**
 * The report embedded in a check run's text by {@link embedReport}, or null when the text holds
 * none. One that is there but broken (cut, not gzip, another schema) is a UserError naming
 * `input` and `where` (e.g. `check run gates_enforcer on abc1234`).
 */
export function extractEmbeddedReport(text: string, where: string, input: string): GatesReport | null {
  const start = text.lastIndexOf(EMBED_OPEN);
  if (start < 0) return null;
  const end = text.indexOf(EMBED_CLOSE, start + EMBED_OPEN.length);
  const payload = end < 0 ? '' : text.slice(start + EMBED_OPEN.length, end);
  if (!payload || !/^[A-Za-z0-9+/]+={0,2}$/.test(payload)) {
    throw new UserError(`${where}: the embedded gates report is cut or damaged`, { input });
  }
  let json: string;
  try {
    json = zlib.gunzipSync(Buffer.from(payload, 'base64'), { maxOutputLength: MAX_EMBEDDED_BYTES }).toString('utf8');
  } catch (err) {
    throw new UserError(`${where}: the embedded gates report does not inflate (${(err as Error).message})`, { input });
  }
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    throw new UserError(`${where}: the embedded gates report is not JSON`, { input });
  }
  return validGatesReport(data, input, { prefix: `${where}: embedded: ` });
}

interface CheckRunLike {
  id: number;
  head_sha: string;
  status: string;
  completed_at: string | null;
  output: { text: string | null };
}

/**
 * The base report embedded in the newest completed check run `o.checkName` of the commit `o.ref`,
 * or null when there is no such run or it carries no report.
 */
export async function baseFromCheckRun(
  client: GitHubClient,
  o: { owner: string; repo: string; ref: string; checkName: string; input: string; log?: (m: string) => void }
): Promise<BaseFigures | null> {
  const log = o.log ?? (() => undefined);
  const short = o.ref.slice(0, 7);
  const runs = await withGitHubErrors(
    client,
    {
      input: o.input,
      doing: `listing check runs "${o.checkName}" of ${o.owner}/${o.repo}@${short}`,
      forbiddenHint: 'the token needs `checks: read`',
      notFoundHint: 'the commit does not exist, or the token cannot see it'
    },
    async () => {
      const { data } = await client.request('GET /repos/{owner}/{repo}/commits/{ref}/check-runs', {
        owner: o.owner,
        repo: o.repo,
        ref: o.ref,
        check_name: o.checkName,
        status: 'completed',
        filter: 'latest',
        per_page: 100
      });
      return data.check_runs as unknown as CheckRunLike[];
    }
  );
  const newest = runs
    .filter((r) => r.status === 'completed')
    .sort((a, b) => String(b.completed_at ?? '').localeCompare(String(a.completed_at ?? '')) || b.id - a.id)[0];
  if (!newest) {
    log(`base: no completed check run ${o.checkName} on ${short}`);
    return null;
  }
  const describe = `check run ${o.checkName} on ${newest.head_sha.slice(0, 7)}`;
  const report = extractEmbeddedReport(newest.output.text ?? '', describe, o.input);
  if (!report) {
    log(`base: ${describe} carries no gates report`);
    return null;
  }
  log(`base: ${describe}`);
  return { origin: 'check-run', describe, sha: report.sha ?? newest.head_sha, report };
}
