/**
 * Mutated real reports against strict readings written here (issue 13): a mutant of a Cobertura
 * (coverage.py, jest), Clover (jest), JaCoCo, Go coverprofile, Istanbul coverage-final and summary, latency-sample,
 * k6 summary and raw output, autocannon, Artillery, Locust, Gatling, our smoke report, JMeter CSV, Grype, npm audit, osv-scanner, SARIF, Snyk or Trivy report is either refused with one
 * UserError line — and then the strict reading refuses it too — or read with exactly the figures the
 * strict reading gives. The strict readings follow each format's producer (see the module docs of
 * src/core/reports) from the whole text at once: a strict XML parse, JSON.parse or an RFC 4180
 * reading, then the figures, every count a whole number in its domain. LCOV has its own in
 * fuzz.test.ts.
 *
 * Bases: test/fixtures/coverage/generated (written by coverage.py, jest and go, see its README),
 * and the real reports under test/fixtures/{coverage/jacoco,perf,vulns} (their READMEs name them).
 */
import path from 'node:path';
import { readFileSync, writeFileSync } from 'node:fs';
import { SaxesParser } from 'saxes';
import { tempDir, cleanup } from '../fixtures/coverage/helpers.js';
import { UserError } from '../../src/core/errors.js';
import { collectCoverage, collectPerf, collectVulns, setVulnMetrics, type MetricTable } from '../../src/core/gates/collect.js';
import { VulnAccumulator } from '../../src/core/reports/vulns/model.js';
import { prng, mutate } from './fuzz-support.js';

const MUTANTS = 300;
const FIX = path.join(process.cwd(), 'test/fixtures');

type Figures = Record<string, number | null>;

/** A JSON object (not an array, not null). */
const obj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const objs = (v: unknown) => (Array.isArray(v) ? v.filter(obj) : []);
const strings = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
/** A string field, numbers written as text; undefined for anything else. */
const s = (x: unknown) => (typeof x === 'string' ? x : typeof x === 'number' && Number.isFinite(x) ? String(x) : undefined);
/** A finite number from a JSON number or a numeric string, as the perf formats accept them. */
const num = (v: unknown): number | undefined =>
  typeof v === 'number' ? (Number.isFinite(v) ? v : undefined) : typeof v === 'string' && /^\s*[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?\s*$/.test(v) && Number.isFinite(Number(v)) ? Number(v) : undefined;

/** What {@link parseJson} gives for a text that is not JSON. */
const NOT_JSON = Symbol('not JSON');
function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return NOT_JSON;
  }
}

const RANK = ['low', 'medium', 'high', 'critical'] as const;
/** The rank of a severity word in {@link RANK} (-1: counts in no severity), with the words tools use for each. */
function severityRank(word: unknown): number {
  const w = (s(word) ?? '').trim().toLowerCase();
  return RANK.indexOf((w === 'important' ? 'high' : w === 'moderate' ? 'medium' : w === 'minor' ? 'low' : w) as (typeof RANK)[number]);
}
/** Distinct findings (key → the highest severity rank seen) as the vulns figures. */
function vulnFigures(seen: Map<string, number>): Figures {
  const out: Figures = { vulns_critical: 0, vulns_high: 0, vulns_medium: 0, vulns_low: 0 };
  for (const sev of seen.values()) if (sev >= 0) out[`vulns_${RANK[sev]}`]! += 1;
  return out;
}
/** Percentile q of ascending samples by linear interpolation between closest ranks. */
function r7(sorted: number[], q: number): number {
  const rank = (q / 100) * (sorted.length - 1);
  const lo = Math.floor(rank);
  return sorted[lo] + (sorted[Math.ceil(rank)] - sorted[lo]) * (rank - lo);
}

interface Element {
  name: string;
  attrs: Record<string, string>;
  /** Names of the enclosing elements, outermost first. */
  path: string[];
}

/** Every element of a well-formed XML text, in order; undefined when it is not well-formed. */
function elements(text: string): Element[] | undefined {
  const out: Element[] = [];
  const stack: string[] = [];
  const parser = new SaxesParser();
  let bad = false;
  parser.on('error', () => {
    bad = true;
  });
  parser.on('doctype', (d) => {
    if (d.includes('[')) bad = true;
  });
  parser.on('opentag', (t) => {
    out.push({ name: t.name, attrs: t.attributes as Record<string, string>, path: [...stack] });
    if (!t.isSelfClosing) stack.push(t.name);
  });
  parser.on('closetag', (t) => {
    if (!t.isSelfClosing) stack.pop();
  });
  try {
    parser.write(text).close();
  } catch {
    return undefined;
  }
  return bad || out.length === 0 ? undefined : out;
}

/** A count as the formats write them: digits (blanks around allowed), below 2^53. */
function count(v: string | undefined, max = Number.MAX_SAFE_INTEGER): number | undefined {
  if (v === undefined || !/^\s*\d{1,16}\s*$/.test(v)) return undefined;
  const n = Number(v);
  return n <= max ? n : undefined;
}

const MAX_LINE = 1e8;
const MAX_UNITS = 1e6;

/** Lines covered/total from file → line → hits, and branches from file → line → [covered, total]. */
function coverageFigures(lines: Map<string, Map<number, number>>, branches?: Map<string, Map<number, [number, number]>>): Figures {
  let lt = 0;
  let lc = 0;
  for (const f of lines.values()) for (const h of f.values()) (lt++, h > 0 && lc++);
  let bt = 0;
  let bc = 0;
  for (const f of branches?.values() ?? []) for (const [c, t] of f.values()) (bt += t, (bc += c));
  return { coverage_lines: lt ? (lc / lt) * 100 : null, coverage_branches: bt ? (bc / bt) * 100 : null };
}

function mapOf<K, V>(m: Map<string, Map<K, V>>, key: string): Map<K, V> {
  const k = key.replace(/\\/g, '/').replace(/^(\.\/)+/, '');
  if (!m.has(k)) m.set(k, new Map());
  return m.get(k)!;
}

/** Cobertura as coverage.py and istanbul write it: class/lines/line, condition-coverage on branch lines. */
function strictCobertura(text: string): Figures | undefined {
  const els = elements(text);
  if (!els || els[0].name !== 'coverage' || els[0].attrs['line-rate'] === undefined) return undefined;
  const lines = new Map<string, Map<number, number>>();
  const branches = new Map<string, Map<number, [number, number]>>();
  let file: string | undefined;
  // The header's branch totals count when no line has branches (both attributes, or neither, read).
  const head = els[0].attrs;
  const hasHeader = head['branches-valid'] !== undefined && head['branches-covered'] !== undefined;
  const headerTotal = hasHeader ? count(head['branches-valid']) : 0;
  const headerCovered = hasHeader ? count(head['branches-covered']) : 0;
  if (headerTotal === undefined || headerCovered === undefined) return undefined;
  let branchLines = false;
  for (const e of els) {
    if (e.name === 'class') {
      if (!e.attrs.filename) return undefined;
      file = e.attrs.filename;
    }
    // A method's copy of its lines says whether the method ran: its hits must be counts.
    if (e.name === 'line' && e.path.at(-1) === 'lines' && e.path.at(-2) === 'method' && count(e.attrs.hits) === undefined) return undefined;
    if (e.name !== 'line' || e.path.at(-1) !== 'lines' || e.path.at(-2) !== 'class') continue;
    const n = count(e.attrs.number, MAX_LINE);
    const hits = count(e.attrs.hits);
    if (n === undefined || hits === undefined || file === undefined) return undefined;
    const l = mapOf(lines, file);
    l.set(n, (l.get(n) ?? 0) + hits);
    if (e.attrs.branch === 'true') {
      const cc = /\((\d+)\/(\d+)\)/.exec(e.attrs['condition-coverage'] ?? '');
      const c = count(cc?.[1]);
      const t = count(cc?.[2], MAX_UNITS);
      if (c === undefined || t === undefined || c > t) return undefined;
      const b = mapOf(branches, file);
      const prev = b.get(n) ?? [0, 0];
      if (t > 0) b.set(n, [Math.max(prev[0], c), Math.max(prev[1], t)]);
      branchLines = true;
    }
  }
  if (!branchLines && headerTotal > 0) {
    if (headerCovered > headerTotal) return undefined;
    mapOf(branches, '\u0000header').set(0, [headerCovered, headerTotal]);
  }
  return coverageFigures(lines, branches);
}

/** JaCoCo: sourcefile/line, covered when ci > 0; mb + cb branches of which cb covered. */
function strictJacoco(text: string): Figures | undefined {
  const els = elements(text);
  if (!els || els[0].name !== 'report') return undefined;
  const lines = new Map<string, Map<number, number>>();
  const branches = new Map<string, Map<number, [number, number]>>();
  let pkg = '';
  let source: string | undefined;
  for (const e of els) {
    if (e.name === 'package') pkg = e.attrs.name ?? '';
    if (e.name === 'sourcefile') source = pkg ? `${pkg}/${e.attrs.name ?? ''}` : (e.attrs.name ?? '');
    if (e.name === 'counter' && e.path.at(-1) === 'method' && e.attrs.type === 'METHOD' && count(e.attrs.covered) === undefined) return undefined;
    if (e.name !== 'line' || e.path.at(-1) !== 'sourcefile' || source === undefined) continue;
    const nr = count(e.attrs.nr, MAX_LINE);
    const ci = count(e.attrs.ci);
    const mb = e.attrs.mb === undefined ? 0 : count(e.attrs.mb);
    const cb = e.attrs.cb === undefined ? 0 : count(e.attrs.cb);
    if (nr === undefined || ci === undefined || mb === undefined || cb === undefined || mb + cb > MAX_UNITS) return undefined;
    const l = mapOf(lines, source);
    l.set(nr, (l.get(nr) ?? 0) + ci);
    const b = mapOf(branches, source);
    const prev = b.get(nr) ?? [0, 0];
    if (mb + cb > 0) b.set(nr, [Math.max(prev[0], cb), Math.max(prev[1], mb + cb)]);
  }
  return coverageFigures(lines, branches);
}

/**
 * Clover: stmt and cond lines are lines; as istanbul writes it (clover="3.2.0") truecount of
 * truecount + falsecount branches taken, else (OpenClover) how often the condition was true and false.
 */
function strictClover(text: string): Figures | undefined {
  const els = elements(text);
  if (!els || els[0].name !== 'coverage' || els[0].attrs['line-rate'] !== undefined || !els.some((e) => e.name === 'project')) return undefined;
  const istanbul = els[0].attrs.clover === '3.2.0';
  const lines = new Map<string, Map<number, number>>();
  const branches = new Map<string, Map<number, [number, number]>>();
  const openClover = new Map<string, Map<number, [number, number]>>();
  let file: string | undefined;
  /** Per file, whether it lists a <line>, and its last <metrics>: its figures when it lists none. */
  const listed = new Set<string>();
  const metrics = new Map<string, Record<string, string>>();
  let project: Record<string, string> | undefined;
  let files = 0;
  for (const e of els) {
    if (e.name === 'metrics' && e.path.at(-1) === 'project' && e.path.length === 2) project = e.attrs;
    if (e.name === 'metrics' && e.path.at(-1) === 'file' && file !== undefined) metrics.set(file, e.attrs);
    if (e.name === 'file') {
      file = e.attrs.path || e.attrs.name;
      if (!file || e.path.includes('file')) return undefined; // a file inside a file: broken
      files++;
    }
    if (e.name === 'line' && e.path.at(-1) === 'file' && file !== undefined) listed.add(file);
    if (e.name !== 'line' || e.path.at(-1) !== 'file' || file === undefined) continue;
    const num = count(e.attrs.num, MAX_LINE);
    if (num === undefined) return undefined;
    const type = e.attrs.type;
    if (type === 'method') {
      if (count(e.attrs.count) === undefined) return undefined;
      continue;
    }
    if (type !== 'stmt' && type !== 'cond') return undefined;
    let hits: number | undefined;
    if (type === 'cond') {
      const t = count(e.attrs.truecount);
      const f = count(e.attrs.falsecount);
      if (t === undefined || f === undefined) return undefined;
      const b = mapOf(branches, file);
      const prev = b.get(num) ?? [0, 0];
      if (istanbul) {
        if (t + f > MAX_UNITS) return undefined;
        if (t + f > 0) b.set(num, [Math.max(prev[0], t), Math.max(prev[1], t + f)]);
      } else {
        // OpenClover: how often the condition was true and false, two branches summed over reports.
        const o = mapOf(openClover, file);
        const [pt, pf] = o.get(num) ?? [0, 0];
        o.set(num, [pt + t, pf + f]);
      }
      hits = e.attrs.count !== undefined ? count(e.attrs.count) : t + f;
    } else hits = count(e.attrs.count);
    if (hits === undefined) return undefined;
    const l = mapOf(lines, file);
    l.set(num, (l.get(num) ?? 0) + hits);
  }
  for (const [f, perLine] of openClover) for (const [num, [t, fc]] of perLine) mapOf(branches, f).set(num, [(t > 0 ? 1 : 0) + (fc > 0 ? 1 : 0), 2]);
  // <metrics> of a file without <line> (or the project's, with no <file>): statements as lines, conditionals as branches.
  const fromMetrics = [...metrics].filter(([f]) => !listed.has(f)).map(([f, m]) => [f, m] as const);
  if (files === 0 && project) fromMetrics.push(['\u0000project', project]);
  for (const [f, m] of fromMetrics) {
    for (const [totalName, coveredName] of [['statements', 'coveredstatements'], ['conditionals', 'coveredconditionals'], ['methods', 'coveredmethods']]) {
      if (m[totalName] === undefined || m[coveredName] === undefined) continue;
      const total = count(m[totalName]);
      const covered = count(m[coveredName]);
      if (total === undefined || covered === undefined || covered > total) return undefined;
      if (totalName === 'statements' && total > 0 && !lines.has(f)) {
        const l = mapOf(lines, `${f}\u0000metrics`);
        for (let i = 0; i < Math.min(total, MAX_UNITS); i++) l.set(i, i < covered ? 1 : 0);
      }
      if (totalName === 'conditionals' && total > 0) mapOf(branches, `${f}\u0000metrics`).set(0, [covered, total]);
    }
  }
  return coverageFigures(lines, branches);
}

/** Go coverprofile, as `go tool cover` merges it: statements weighted by numStmt, lines of blocks that hold statements. */
function strictGo(text: string): Figures | undefined {
  let mode = '';
  const blocks = new Map<string, { n: number; hits: number }>();
  const lines = new Map<string, Map<number, number>>();
  for (const raw of text.split('\n')) {
    const line = raw.replace(/\r$/, '');
    if (line.startsWith('mode: ')) {
      const m = line.slice(6).trim();
      if (!['set', 'count', 'atomic'].includes(m) || (mode && m !== mode)) return undefined;
      mode = m;
      continue;
    }
    if (line.trim() === '') continue;
    const b = /^(.+):(\d+)\.(\d+),(\d+)\.(\d+) (\d+) (\d+)$/.exec(line);
    if (!mode || !b) return undefined;
    const [start, end, n, hits] = [count(b[2], MAX_LINE), count(b[4], MAX_LINE), count(b[6], MAX_UNITS), count(b[7])];
    if (start === undefined || end === undefined || n === undefined || hits === undefined || end < start) return undefined;
    const key = `${b[1]}:${b[2]}.${b[3]},${b[4]}.${b[5]}`;
    if (n > 0) {
      const prev = blocks.get(key);
      blocks.set(key, { n: Math.max(prev?.n ?? 0, n), hits: (prev?.hits ?? 0) + hits });
      const l = mapOf(lines, b[1]);
      for (let i = start; i <= end; i++) l.set(i, (l.get(i) ?? 0) + hits);
    }
  }
  if (!mode) return undefined;
  let st = 0;
  let sc = 0;
  for (const { n, hits } of blocks.values()) (st += n, hits > 0 && (sc += n));
  return { coverage_lines: coverageFigures(lines).coverage_lines, coverage_statements: st ? (sc / st) * 100 : null };
}

/** Istanbul coverage-summary.json: per file counts (the `total` entry aside), the most complete of a file's entries kept. */
function strictIstanbulSummary(text: string): Figures | undefined {
  const data = parseJson(text);
  if (data === NOT_JSON) return undefined;
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return undefined;
  const metrics = ['lines', 'branches', 'functions', 'statements'] as const;
  // Known by its shape, in any key order: the first metric of the entries an object with `total` and `pct`.
  const first = Object.values(data)
    .flatMap((e) => (e && typeof e === 'object' && !Array.isArray(e) ? Object.entries(e as object) : []))
    .find(([k, v]) => (metrics as readonly string[]).includes(k) && v !== null && typeof v === 'object' && !Array.isArray(v));
  if (!first || !('total' in first[1]) || !('pct' in first[1])) return undefined;
  const files = new Map<string, Record<string, { c: number; t: number }>>();
  for (const [key, entry] of Object.entries(data)) {
    if (key === 'total') continue;
    if (typeof entry !== 'object' || entry === null) return undefined;
    const f = files.get(key.replace(/^(\.\/)+/, '')) ?? {};
    for (const m of metrics) {
      const v = (entry as Record<string, { total?: unknown; covered?: unknown }>)[m];
      if (v === undefined) continue;
      const { total: t, covered: c } = v ?? {};
      if (typeof t !== 'number' || typeof c !== 'number' || !Number.isSafeInteger(t) || !Number.isSafeInteger(c) || t < 0 || c < 0 || c > t) return undefined;
      const prev = f[m];
      if (!prev || t > prev.t || (t === prev.t && c > prev.c)) f[m] = { c, t };
    }
    files.set(key.replace(/^(\.\/)+/, ''), f);
  }
  const out: Figures = {};
  for (const m of metrics) {
    let c = 0;
    let t = 0;
    for (const f of files.values()) if (f[m]) (c += f[m].c, (t += f[m].t));
    out[`coverage_${m}`] = t ? (c / t) * 100 : null;
  }
  return out;
}

/** Latency samples: a number a line (ms, or with an ms/s unit), `#` comments; p50/p95 by linear interpolation. */
function strictSamples(text: string): Figures | undefined {
  const samples: number[] = [];
  for (const raw of text.replace(/^\uFEFF/, '').split('\n')) {
    const t = (raw.includes('#') ? raw.slice(0, raw.indexOf('#')) : raw).trim();
    if (t === '') continue;
    const m = /^([-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?)\s*(ms|s)?$/i.exec(t);
    if (!m) return undefined;
    const v = Number(m[1]) * (m[2]?.toLowerCase() === 's' ? 1000 : 1);
    if (!(v >= 0 && v <= 1e9)) return undefined;
    samples.push(v);
  }
  if (samples.length === 0) return undefined;
  samples.sort((a, b) => a - b);
  return { perf_p50_ms: r7(samples, 50), perf_p95_ms: r7(samples, 95) };
}

/** Trivy JSON (schema 2): Results[].Vulnerabilities[] counted once per id, package and version, the highest severity kept. */
function strictTrivy(text: string): Figures | undefined {
  const doc = parseJson(text);
  if (doc === NOT_JSON) return undefined;
  if (!obj(doc) || doc.SchemaVersion !== 2) return undefined;
  const seen = new Map<string, number>();
  for (const r of Array.isArray(doc.Results) ? doc.Results.filter(obj) : []) {
    for (const v of Array.isArray(r.Vulnerabilities) ? r.Vulnerabilities.filter(obj) : []) {
      const id = s(v.VulnerabilityID);
      if (!id) return undefined;
      const sev = severityRank(v.Severity);
      const key = `${id}\0${s(v.PkgName) ?? ''}\0${s(v.InstalledVersion) ?? ''}`;
      seen.set(key, Math.max(seen.get(key) ?? -1, sev));
    }
  }
  return vulnFigures(seen);
}

/** RFC 4180 records of a whole text (quotes may hold the delimiter, quotes and line ends); undefined when a quote is left open. */
function csvRecords(text: string, delimiter = ','): string[][] | undefined {
  const records: string[][] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let wasQuoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (field += '"', i++);
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === '' && !wasQuoted) quoted = wasQuoted = true;
    else if (ch === delimiter) (fields.push(field), (field = ''), (wasQuoted = false));
    else if (ch === '\n') {
      fields.push(field.replace(/\r$/, ''));
      records.push(fields);
      (fields = []), (field = ''), (wasQuoted = false);
    } else if (wasQuoted && ch !== '\r') return undefined; // text after a closing quote
    else field += ch;
  }
  if (quoted) return undefined;
  if (field !== '' || fields.length) (fields.push(field), records.push(fields));
  return records;
}

/** JMeter CSV results: every row's elapsed a sample (ms), success=false a failure. */
function strictJmeter(text: string): Figures | undefined {
  const rows = csvRecords(text);
  if (!rows || rows.length === 0) return undefined;
  const header = rows[0];
  const elapsed = header.indexOf('elapsed');
  const success = header.indexOf('success');
  if (elapsed < 0 || !header.includes('timeStamp')) return undefined;
  const samples: number[] = [];
  let failures = 0;
  for (const row of rows.slice(1)) {
    if (row.length === 1 && row[0].trim() === '') continue;
    if (row.length !== header.length) return undefined;
    const e = row[elapsed].trim();
    if (!/^\d+(\.\d+)?$/.test(e) || Number(e) > 1e9) return undefined;
    samples.push(Number(e));
    if (success >= 0) {
      const ok = row[success].trim().toLowerCase();
      if (ok === 'false') failures++;
      else if (ok !== 'true') return undefined;
    }
  }
  if (samples.length === 0) return { perf_p95_ms: null };
  samples.sort((a, b) => a - b);
  return {
    perf_p95_ms: r7(samples, 95),
    perf_error_rate: success >= 0 ? (failures / samples.length) * 100 : null
  };
}

/** Locust's _stats.csv: the (last) Aggregated row — requests, failures, and its 50%/90%/95%/99% columns (N/A: no data). */
function strictLocust(text: string): Figures | undefined {
  const rows = csvRecords(text.replace(/^\uFEFF/, ''));
  if (!rows) return undefined;
  while (rows.length && rows[0].length === 1 && rows[0][0].trim() === '') rows.shift();
  const header = rows[0];
  const has = (names: string[]) => names.find((n) => header?.includes(n));
  if (!header || !header.includes('Name') || !has(['Request Count', '# requests']) || !has(['Failure Count', '# failures']) || header.includes('Timestamp')) return undefined;
  let total: string[] | undefined;
  for (const row of rows.slice(1)) {
    if (row.length === 1 && row[0].trim() === '') continue;
    if (row.length !== header.length) return undefined;
    if (['Aggregated', 'Total'].includes(row[header.indexOf('Name')])) total = row;
  }
  if (!total) return undefined;
  const cell = (names: string[]) => {
    const n = has(names);
    return n === undefined ? undefined : total![header.indexOf(n)].trim();
  };
  const requests = num(cell(['Request Count', '# requests'])!);
  const failures = num(cell(['Failure Count', '# failures'])!);
  if (requests === undefined || failures === undefined || !Number.isSafeInteger(requests) || !Number.isSafeInteger(failures) || requests < 0 || failures < 0 || failures > requests) return undefined;
  const out: Figures = { perf_p50_ms: null, perf_p90_ms: null, perf_p95_ms: null, perf_p99_ms: null, perf_error_rate: requests ? (failures / requests) * 100 : 0 };
  if (requests > 0) {
    for (const [p, names] of [[50, ['50%', 'Median Response Time', 'Median response time']], [90, ['90%']], [95, ['95%']], [99, ['99%']]] as const) {
      const t = cell([...names]);
      if (t === undefined || t === 'N/A' || t === '') continue;
      const v = num(t);
      if (v === undefined || v < 0 || v > 1e9) return undefined;
      out[`perf_p${p}_ms`] = v;
    }
  }
  return out;
}

/** Gatling's stats.json: numberOfRequests total and ko; percentiles1/3/4 (total) as p50/p95/p99 (Gatling's defaults); "-" is no data. */
function strictGatling(text: string): Figures | undefined {
  if (!/^\s*\{/.test(text) || !/"numberOfRequests"\s*:/.test(text) || !/"percentiles1"\s*:/.test(text)) return undefined;
  const doc = parseJson(text);
  if (doc === NOT_JSON) return undefined;
  if (!obj(doc)) return undefined;
  const stats = obj(doc.stats) ? doc.stats : doc;
  const num = (v: unknown): number | undefined | null => {
    if (v === undefined || v === null || (typeof v === 'string' && v.trim() === '-')) return null;
    if (typeof v === 'number') return Number.isFinite(v) ? v : undefined;
    return typeof v === 'string' && /^\s*[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?\s*$/.test(v) && Number.isFinite(Number(v)) ? Number(v) : undefined;
  };
  const counts = stats.numberOfRequests;
  if (!obj(counts)) return undefined;
  const total = num(counts.total);
  const ko = num(counts.ko);
  for (const c of [total, ko]) if (c === undefined || (c !== null && (c < 0 || !Number.isSafeInteger(c)))) return undefined;
  const [t, k] = [total ?? 0, ko ?? 0];
  if (k > t) return undefined;
  if (!['percentiles1', 'percentiles2', 'percentiles3', 'percentiles4'].every((key) => obj(stats[key]))) return undefined;
  const out: Figures = { perf_p50_ms: null, perf_p95_ms: null, perf_p99_ms: null, perf_error_rate: t ? (k / t) * 100 : 0 };
  for (const [key, p] of [['percentiles1', 50], ['percentiles3', 95], ['percentiles4', 99]] as const) {
    const v = num((stats[key] as Record<string, unknown>).total);
    if (v === undefined || (v !== null && (v < 0 || v > 1e9))) return undefined;
    out[`perf_p${p}_ms`] = v;
  }
  return out;
}

/** phase-gates' own smoke report: totals' requests and failures (counts), p50/p95/p99 in ms (null: no data). */
function strictSmokeReport(text: string): Figures | undefined {
  if (!/^\s*\{/.test(text) || !/"schema"\s*:\s*"phase-gates\/smoke-report@1"/.test(text)) return undefined;
  const doc = parseJson(text);
  if (doc === NOT_JSON) return undefined;
  if (!obj(doc) || doc.schema !== 'phase-gates/smoke-report@1' || !obj(doc.totals)) return undefined;
  const t = doc.totals;
  const requests = num(t.requests);
  const failures = num(t.failures);
  for (const c of [requests, failures]) if (c === undefined || c < 0 || !Number.isSafeInteger(c)) return undefined;
  if (failures! > requests!) return undefined;
  const out: Figures = { perf_error_rate: requests ? (failures! / requests!) * 100 : 0 };
  for (const [key, p] of [['p50Ms', 50], ['p95Ms', 95], ['p99Ms', 99]] as const) {
    const raw = t[key];
    if (raw === undefined || raw === null) {
      out[`perf_p${p}_ms`] = null;
      continue;
    }
    const v = num(raw);
    if (v === undefined || v < 0 || v > 1e9) return undefined;
    out[`perf_p${p}_ms`] = v;
  }
  return out;
}

/**
 * Artillery's JSON report: v1 `aggregate.latency` (median, p95, p99), requestsCompleted, codes and
 * errors; v2 `aggregate.summaries` (or `histograms`) `http.response_time` and `counters`. A failed
 * request got no response or a 4xx/5xx.
 */
function strictArtillery(text: string): Figures | undefined {
  if (!/^\s*\{/.test(text) || !/"aggregate"\s*:/.test(text) || !/"(?:counters|summaries|histograms|latency|scenariosCreated|requestsCompleted)"\s*:/.test(text)) return undefined;
  const doc = parseJson(text);
  if (doc === NOT_JSON) return undefined;
  if (!obj(doc) || !obj(doc.aggregate)) return undefined;
  const agg = doc.aggregate;
  let bad = false;
  const count = (v: unknown): number | undefined => {
    if (v === undefined || v === null) return undefined;
    const n = num(v);
    if (n === undefined || n < 0 || !Number.isSafeInteger(n)) bad = true;
    return n;
  };
  const ms = (v: unknown): number | null => {
    if (v === undefined || v === null) return null;
    const n = num(v);
    if (n === undefined || n < 0 || n > 1e9) bad = true;
    return n ?? null;
  };
  const out: Figures = { perf_p50_ms: null, perf_p90_ms: null, perf_p95_ms: null, perf_p99_ms: null, perf_error_rate: null };
  let requests: number | undefined;
  let failures = 0;
  const statuses = (entries: Array<[string, unknown]>) => {
    let responses = 0;
    let failed = 0;
    for (const [status, raw] of entries) {
      const n = count(raw) ?? 0;
      responses += n;
      if (Number(status) >= 400) failed += n;
    }
    return { responses, failed };
  };
  if (obj(agg.latency)) {
    const lat = agg.latency;
    [out.perf_p50_ms, out.perf_p95_ms, out.perf_p99_ms] = [ms(lat.median), ms(lat.p95), ms(lat.p99)];
    const completed = count(agg.requestsCompleted);
    const { failed } = statuses(obj(agg.codes) ? Object.entries(agg.codes) : []);
    let errors = 0;
    if (obj(agg.errors)) for (const v of Object.values(agg.errors)) errors += count(v) ?? 0;
    if (completed !== undefined) (requests = completed + errors), (failures = failed + errors);
  } else if (obj(agg.counters) || obj(agg.summaries) || obj(agg.histograms)) {
    const table = agg[obj(agg.summaries) ? 'summaries' : 'histograms'];
    const rt = obj(table) ? table['http.response_time'] : undefined;
    if (rt !== undefined) {
      if (!obj(rt)) return undefined;
      out.perf_p50_ms = ms('p50' in rt ? rt.p50 : rt.median);
      [out.perf_p90_ms, out.perf_p95_ms, out.perf_p99_ms] = [ms(rt.p90), ms(rt.p95), ms(rt.p99)];
    }
    const counters = obj(agg.counters) ? agg.counters : {};
    const codes = Object.entries(counters).filter(([k]) => /^http\.codes\.\d{3}$/.test(k)).map(([k, v]): [string, unknown] => [k.slice(11), v]);
    const { responses: coded, failed } = statuses(codes);
    const reqs = count(counters['http.requests']);
    const responses = count(counters['http.responses']) ?? coded;
    if (reqs !== undefined) (requests = reqs), (failures = failed + Math.max(0, reqs - responses));
    else if (codes.length > 0) {
      let errors = 0;
      for (const [k, v] of Object.entries(counters)) if (k.startsWith('errors.')) errors += count(v) ?? 0;
      (requests = responses + errors), (failures = failed + errors);
    }
  } else return undefined;
  if (bad) return undefined;
  if (requests !== undefined) {
    if (failures > requests || !Number.isSafeInteger(requests) || !Number.isSafeInteger(failures)) return undefined;
    out.perf_error_rate = requests ? (failures / requests) * 100 : 0;
  }
  return out;
}

/**
 * osv-scanner JSON: one finding per group (advisories aliasing each other) and package version, as
 * osv-scanner's summary counts; severity from the group's max_severity in CVSS bands (outside 0 to
 * 10: refused), else the advisories' database_specific.severity; groups hidden by call analysis
 * skipped; the CVE alias as the id when there is one.
 */
function strictOsv(text: string): Figures | undefined {
  const head = text.replace(/^\s+/, '');
  if (!/^\{\s*"results"\s*:\s*\[/.test(head) || !(/"packages"\s*:/.test(head) || /"(source|packageSource)"\s*:\s*\{/.test(head) || /^\{\s*"results"\s*:\s*\[\s*\]/.test(head))) return undefined;
  const doc = parseJson(text);
  if (doc === NOT_JSON) return undefined;
  if (!obj(doc) || !Array.isArray(doc.results)) return undefined;
  const database = (vs: Array<Record<string, unknown>>) => Math.max(-1, ...vs.map((v) => severityRank(obj(v.database_specific) ? v.database_specific.severity : undefined)));
  const cveFirst = (primary: string, others: string[]) =>
    /^CVE-\d+-\d+$/i.test(primary) ? primary : ([...new Set(others.filter((id) => /^CVE-\d+-\d+$/i.test(id)))].sort()[0] ?? primary);
  const seen = new Map<string, number>();
  const add = (id: string, name: string, version: string, sev: number) => {
    const k = `${id}\0${name}\0${version}`;
    seen.set(k, Math.max(seen.get(k) ?? -1, sev));
  };
  for (const source of objs(doc.results)) {
    for (const pkg of objs(source.packages)) {
      const info = obj(pkg.package) ? pkg.package : {};
      const name = s(info.name) ?? '';
      const version = s(info.version) ?? s(info.commit) ?? '';
      const vulns = new Map(objs(pkg.vulnerabilities).map((v) => [s(v.id) ?? '', v]));
      const groups = objs(pkg.groups);
      if (groups.length === 0) {
        for (const [id, v] of vulns) if (id) add(cveFirst(id, strings(v.aliases)), name, version, database([v]));
        continue;
      }
      for (const g of groups) {
        const ids = strings(g.ids);
        if (ids.length === 0) continue;
        const analysis = obj(g.experimentalAnalysis) ? g.experimentalAnalysis : undefined;
        if (analysis && Object.keys(analysis).length > 0) {
          const entries = Object.values(analysis).filter(obj);
          if (entries.some((a) => a.unimportant === true) || !entries.some((a) => a.called === true)) continue;
        }
        const members = ids.map((id) => vulns.get(id)).filter(obj);
        const score = s(g.max_severity);
        const n = score !== undefined && score.trim() !== '' ? Number(score) : NaN;
        let sev: number;
        if (Number.isFinite(n)) {
          if (n < 0 || n > 10) return undefined;
          sev = n >= 9 ? 3 : n >= 7 ? 2 : n >= 4 ? 1 : n > 0 ? 0 : -1;
          if (sev < 0) sev = database(members);
        } else sev = database(members);
        add(cveFirst([...ids].sort()[0], [...ids, ...strings(g.aliases), ...members.flatMap((m) => strings(m.aliases))]), name, version, sev);
      }
    }
  }
  return vulnFigures(seen);
}

/**
 * SARIF 2.1.0 as GitHub code scanning reads it: results of kind fail (or none), not absent from the
 * baseline and without an accepted suppression, counted once per rule id, file and start line;
 * severity from the rule's security-severity (CVSS bands; outside 0 to 10 refused), else the level
 * (result, then the rule's default, then warning): error high, warning medium, note low, none not
 * counted. The rule is found by tool component and index, then by id (or its first segment).
 */
function strictSarif(text: string): Figures | undefined {
  const head = text.replace(/^\s+/, '');
  if (!head.startsWith('{') || !/"runs"\s*:/.test(head) || !(/"\$schema"\s*:\s*"[^"]*sarif/i.test(head) || /"version"\s*:\s*"\d+\.\d+\.\d+/.test(head))) return undefined;
  const doc = parseJson(text);
  if (doc === NOT_JSON) return undefined;
  if (!obj(doc) || s(doc.version) !== '2.1.0' || !Array.isArray(doc.runs)) return undefined;
  const LEVEL: Record<string, number> = { error: 2, warning: 1, note: 0, none: -1 };
  const seen = new Map<string, number>();
  for (const run of objs(doc.runs)) {
    const tool = obj(run.tool) ? run.tool : {};
    const driver = objs(obj(tool.driver) ? tool.driver.rules : undefined);
    const extensions = objs(tool.extensions).map((e) => objs(e.rules));
    const artifacts = objs(run.artifacts);
    for (const r of objs(run.results)) {
      const kind = s(r.kind);
      if ((kind !== undefined && kind !== 'fail') || s(r.baselineState) === 'absent') continue;
      if (objs(r.suppressions).some((x) => s(x.status) === undefined || s(x.status) === 'accepted')) continue;
      const ref = obj(r.rule) ? r.rule : undefined;
      const component = ref && obj(ref.toolComponent) && typeof ref.toolComponent.index === 'number' ? ref.toolComponent.index : undefined;
      const rules = component !== undefined ? (extensions[component] ?? []) : driver;
      const index = typeof ref?.index === 'number' ? ref.index : typeof r.ruleIndex === 'number' ? r.ruleIndex : undefined;
      let rule = index !== undefined ? rules[index] : undefined;
      const refId = s(r.ruleId) ?? s(ref?.id);
      if (!rule && refId !== undefined) {
        for (const candidate of [refId, refId.split('/')[0]]) {
          rule ??= [rules, driver, ...extensions].map((list) => list.find((x) => x.id === candidate)).find((x) => x);
        }
      }
      const props = rule && obj(rule.properties) ? rule.properties : undefined;
      const raw = props?.['security-severity'];
      const score = typeof raw === 'number' ? raw : typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : NaN;
      let sev: number;
      if (Number.isFinite(score)) {
        if (score < 0 || score > 10) return undefined;
        sev = score >= 9 ? 3 : score >= 7 ? 2 : score >= 4 ? 1 : score > 0 ? 0 : -1;
      } else {
        const config = rule && obj(rule.defaultConfiguration) ? rule.defaultConfiguration : undefined;
        const level = s(r.level) ?? s(config?.level) ?? 'warning';
        sev = Object.hasOwn(LEVEL, level) ? LEVEL[level] : LEVEL.warning;
      }
      const location = objs(r.locations)[0];
      const physical = location && obj(location.physicalLocation) ? location.physicalLocation : undefined;
      const artifact = physical && obj(physical.artifactLocation) ? physical.artifactLocation : undefined;
      let uri = s(artifact?.uri);
      if (uri === undefined && typeof artifact?.index === 'number') {
        const listed = artifacts[artifact.index];
        uri = listed && obj(listed.location) ? s(listed.location.uri) : undefined;
      }
      const region = physical && obj(physical.region) ? physical.region : undefined;
      const id = s(r.ruleId) ?? s(ref?.id) ?? s(rule?.id) ?? '(no rule)';
      const k = `${id}\0${uri ?? ''}\0${s(region?.startLine) ?? ''}`;
      seen.set(k, Math.max(seen.get(k) ?? -1, sev));
    }
  }
  return vulnFigures(seen);
}

/** Grype JSON: matches[] counted once per id (the CVE when one is related), package and version, the highest severity kept. */
function strictGrype(text: string): Figures | undefined {
  const doc = parseJson(text);
  if (doc === NOT_JSON) return undefined;
  if (!obj(doc) || Object.keys(doc)[0] !== 'matches' || !Array.isArray(doc.matches)) return undefined;
  const cve = (id: string) => /^CVE-\d+-\d+$/i.test(id);
  const seen = new Map<string, number>();
  for (const m of doc.matches.filter(obj)) {
    const v = obj(m.vulnerability) ? m.vulnerability : undefined;
    const id = s(v?.id);
    if (!v || !id) return undefined;
    const related = (Array.isArray(m.relatedVulnerabilities) ? m.relatedVulnerabilities.filter(obj) : []).map((r) => s(r.id) ?? '').filter(cve).sort();
    const a = obj(m.artifact) ? m.artifact : {};
    const key = `${cve(id) ? id : (related[0] ?? id)}\0${s(a.name) ?? ''}\0${s(a.version) ?? ''}`;
    seen.set(key, Math.max(seen.get(key) ?? -1, severityRank(v.severity)));
  }
  return vulnFigures(seen);
}

/**
 * k6 summaries (--summary-export, and handleSummary's data with `values`): percentiles of
 * http_req_duration (med for p50 when there is no p(50)), failures from http_req_failed (its
 * passes are the failed requests; with only a rate, the rate of http_reqs' count).
 */
function strictK6(text: string): Figures | undefined {
  if (!/^\s*\{/.test(text) || !(/"root_group"\s*:/.test(text) || (/"metrics"\s*:/.test(text) && /"(?:http_req_duration|http_reqs|iteration_duration|iterations|vus_max|data_received)"\s*:/.test(text)))) return undefined;
  const doc = parseJson(text);
  if (doc === NOT_JSON) return undefined;
  if (!obj(doc) || !obj(doc.metrics)) return undefined;
  const metrics = doc.metrics;
  const values = (name: string): Record<string, unknown> | undefined | null => {
    const m = metrics[name];
    if (m === undefined) return undefined;
    if (!obj(m)) return null;
    return obj(m.values) ? m.values : m;
  };
  const out: Figures = { perf_p50_ms: null, perf_p90_ms: null, perf_p95_ms: null, perf_p99_ms: null, perf_error_rate: null };
  const d = values('http_req_duration');
  if (d === null) return undefined;
  for (const [key, raw] of Object.entries(d ?? {})) {
    const m = /^p\((\d+(?:\.\d+)?)\)$/.exec(key);
    const p = m ? Number(m[1]) : key === 'med' ? 50 : undefined;
    if (p !== 50 && p !== 90 && p !== 95 && p !== 99) continue;
    if (key === 'med' && 'p(50)' in d!) continue;
    if (raw === undefined || raw === null) continue;
    const ms = num(raw);
    if (ms === undefined || ms < 0 || ms > 1e9) return undefined;
    out[`perf_p${p}_ms`] = ms;
  }
  const f = values('http_req_failed');
  if (f === null) return undefined;
  if (f) {
    const count = (v: unknown) => (v === undefined || v === null ? undefined : num(v));
    const passes = count(f.passes);
    const fails = count(f.fails);
    for (const c of [passes, fails]) if (c !== undefined && (c < 0 || !Number.isSafeInteger(c))) return undefined;
    if ((f.passes != null && passes === undefined) || (f.fails != null && fails === undefined)) return undefined;
    let requests: number;
    let failures: number;
    if (passes !== undefined && fails !== undefined) (requests = passes + fails), (failures = passes);
    else {
      const rate = 'rate' in f ? f.rate : f.value;
      const reqs = values('http_reqs');
      if (reqs === null) return undefined;
      const total = reqs ? count(reqs.count) : undefined;
      if (reqs && reqs.count != null && (total === undefined || total < 0 || !Number.isSafeInteger(total))) return undefined;
      if (typeof rate !== 'number' || !(rate >= 0 && rate <= 1) || total === undefined) return undefined;
      (requests = total), (failures = Math.round(rate * total));
    }
    out.perf_error_rate = requests > 0 ? (failures / requests) * 100 : 0;
  }
  return out;
}

/**
 * npm audit --json: npm 7+ (auditReportVersion 2) one finding per entry of `vulnerabilities`, by
 * its advisories (or the packages it is vulnerable through), name and range; npm 6 one per advisory
 * and vulnerable version.
 */
function strictNpmAudit(text: string): Figures | undefined {
  const doc = parseJson(text);
  if (doc === NOT_JSON) return undefined;
  const head = text.slice(0, 4096);
  if (!obj(doc) || !/^\s*\{/.test(text) || !(/"auditReportVersion"\s*:/.test(head) || /^\s*\{\s*"actions"\s*:\s*\[/.test(head) || /^\s*\{\s*"advisories"\s*:\s*\{/.test(head))) return undefined;
  const seen = new Map<string, number>();
  if (doc.auditReportVersion === undefined && obj(doc.advisories)) {
    // npm 6: one finding per advisory (its CVE when it names one) and vulnerable version.
    for (const [key, a] of Object.entries(doc.advisories)) {
      if (!obj(a)) continue;
      const primary = s(a.github_advisory_id) ?? `npm-advisory-${s(a.id) ?? key}`;
      const cves = [...new Set(strings(a.cves).filter((c) => /^CVE-\d+-\d+$/i.test(c)))].sort();
      const id = /^CVE-\d+-\d+$/i.test(primary) ? primary : (cves[0] ?? primary);
      const findings = Array.isArray(a.findings) ? a.findings.filter(obj) : [];
      for (const version of new Set(findings.map((f) => s(f.version) ?? ''))) {
        const k = `${id}\0${s(a.module_name) ?? ''}\0${version}`;
        seen.set(k, Math.max(seen.get(k) ?? -1, severityRank(a.severity)));
      }
    }
    return vulnFigures(seen);
  }
  if (doc.auditReportVersion !== 2 || !obj(doc.vulnerabilities)) return undefined;
  for (const [key, e] of Object.entries(doc.vulnerabilities)) {
    if (!obj(e)) continue;
    const via = Array.isArray(e.via) ? e.via : [];
    const ids = via.filter(obj).map((a) => /\/(GHSA(?:-[a-z0-9]{4}){3})\b/i.exec(s(a.url) ?? '')?.[1] ?? s(a.source) ?? '').filter((x) => x !== '');
    const through = via.filter((v): v is string => typeof v === 'string');
    const id = ids.length ? [...new Set(ids)].sort().join(',') : `via:${[...new Set(through)].sort().join(',')}`;
    const k = `${id}\0${s(e.name) ?? key}\0${s(e.range) ?? ''}`;
    seen.set(k, Math.max(seen.get(k) ?? -1, severityRank(e.severity)));
  }
  return vulnFigures(seen);
}

/** autocannon --json: p50/p90/p99 of `latency` (no data without a response), errors and 4xx/5xx (or non2xx) failed. */
function strictAutocannon(text: string): Figures | undefined {
  if (!/^\s*\{/.test(text) || !/"connections"\s*:/.test(text) || !/"pipelining"\s*:/.test(text) || !/"latency"\s*:/.test(text)) return undefined;
  const doc = parseJson(text);
  if (doc === NOT_JSON) return undefined;
  if (!obj(doc) || !obj(doc.latency) || !obj(doc.requests)) return undefined;
  let bad = false;
  const count = (v: unknown): number | undefined => {
    if (v === undefined || v === null) return undefined;
    const n = num(v);
    if (n === undefined || n < 0 || !Number.isSafeInteger(n)) bad = true;
    return n;
  };
  const responses = count(doc.requests.total) ?? 0;
  const errors = count(doc.errors) ?? 0;
  const c4 = count(doc['4xx']);
  const c5 = count(doc['5xx']);
  const badStatus = c4 !== undefined || c5 !== undefined ? (c4 ?? 0) + (c5 ?? 0) : (count(doc.non2xx) ?? 0);
  if (bad) return undefined;
  const out: Figures = { perf_p50_ms: null, perf_p90_ms: null, perf_p99_ms: null };
  if (responses > 0) {
    for (const p of [50, 90, 99]) {
      const raw = doc.latency[`p${p}`];
      if (raw === undefined || raw === null) continue;
      const ms = num(raw);
      if (ms === undefined || ms < 0 || ms > 1e9) return undefined;
      out[`perf_p${p}_ms`] = ms;
    }
  }
  const requests = responses + errors;
  const failures = errors + badStatus;
  if (failures > requests) return undefined;
  out.perf_error_rate = requests > 0 ? (failures / requests) * 100 : 0;
  return out;
}

/** k6 run --out json: http_req_duration points are samples, http_req_failed points (1 failed) requests; every line a JSON object with type and metric. */
function strictK6Ndjson(text: string): Figures | undefined {
  const samples: number[] = [];
  let requests = 0;
  let failures = 0;
  let first = true;
  for (const raw of text.replace(/^\uFEFF/, '').split('\n')) {
    const line = raw.replace(/\r$/, '');
    if (line.trim() === '') continue;
    let o: unknown;
    try {
      o = JSON.parse(line);
    } catch {
      return undefined;
    }
    if (typeof o !== 'object' || o === null || Array.isArray(o)) return undefined;
    const r = o as Record<string, unknown>;
    if (typeof r.type !== 'string' || typeof r.metric !== 'string') return undefined;
    if (first && r.type !== 'Metric' && r.type !== 'Point') return undefined; // not recognised as k6 output
    first = false;
    if (r.type !== 'Point' || (r.metric !== 'http_req_duration' && r.metric !== 'http_req_failed')) continue;
    const data = r.data;
    const v = typeof data === 'object' && data !== null && !Array.isArray(data) ? (data as Record<string, unknown>).value : undefined;
    if (typeof v !== 'number' || !Number.isFinite(v)) return undefined;
    if (r.metric === 'http_req_duration') {
      if (v < 0 || v > 1e9) return undefined;
      samples.push(v);
    } else (requests++, v !== 0 && failures++);
  }
  samples.sort((a, b) => a - b);
  const p = (q: number) => (samples.length === 0 ? null : r7(samples, q));
  return { perf_p50_ms: p(50), perf_p95_ms: p(95), perf_p99_ms: p(99), perf_error_rate: requests ? (failures / requests) * 100 : null };
}

/** Snyk CLI JSON: vulnerabilities[] (licenses aside) once per id (the CVE when exactly one), package and version; severityWithCritical first. */
function strictSnyk(text: string): Figures | undefined {
  const head = text.slice(0, 65536).replace(/^\s+/, '');
  if (!/^\[?\s*\{/.test(head) || !/"vulnerabilities"\s*:\s*\[/.test(head) || !/"(upgradePath|isUpgradable|packageManager|dependencyCount|uniqueCount)"\s*:/.test(head)) return undefined;
  const doc = parseJson(text);
  if (doc === NOT_JSON) return undefined;
  const projects = Array.isArray(doc) ? doc.filter(obj) : obj(doc) ? [doc] : undefined;
  if (!projects) return undefined;
  const seen = new Map<string, number>();
  for (const p of projects) {
    if (!Array.isArray(p.vulnerabilities)) return undefined;
    for (const v of p.vulnerabilities.filter(obj)) {
      if (s(v.type) === 'license') continue;
      const id = s(v.id);
      if (!id) return undefined;
      const cves = obj(v.identifiers) && Array.isArray(v.identifiers.CVE) ? v.identifiers.CVE.filter((c): c is string => typeof c === 'string') : [];
      const key = `${cves.length === 1 ? cves[0] : id}\0${s(v.packageName) ?? s(v.name) ?? ''}\0${s(v.version) ?? ''}`;
      seen.set(key, Math.max(seen.get(key) ?? -1, severityRank(s(v.severityWithCritical) ?? v.severity)));
    }
  }
  return vulnFigures(seen);
}

/**
 * Istanbul coverage-final.json as istanbul-lib-coverage totals it: lines from the start line of
 * each statement (the largest count there), statements, functions and each entry of b[] a branch,
 * all keyed by source location so that two entries of one file merge.
 */
function strictIstanbulFinal(text: string): Figures | undefined {
  if (!/^\s*\{/.test(text) || !/"statementMap"\s*:/.test(text.slice(0, 65536))) return undefined;
  const data = parseJson(text);
  if (data === NOT_JSON) return undefined;
  if (!obj(data)) return undefined;
  const hits = (v: unknown) => (typeof v === 'number' && Number.isSafeInteger(v) && v >= 0 ? v : undefined);
  const loc = (l: unknown) => (obj(l) && obj(l.start) && obj(l.end) ? `${l.start.line}|${l.start.column}|${l.end.line}|${l.end.column}` : undefined);
  const files = new Map<string, { lines: Map<number, number>; st: Map<string, number>; fn: Map<string, number>; br: Map<string, number> }>();
  const add = (m: Map<string, number>, k: string, h: number) => m.set(k, (m.get(k) ?? 0) + h);
  for (const [key, entry] of Object.entries(data)) {
    const fc = obj(entry) && obj(entry.data) ? entry.data : entry;
    if (!obj(fc) || !obj(fc.statementMap) || !obj(fc.s)) return undefined;
    const name = (typeof fc.path === 'string' ? fc.path : key).replace(/\\/g, '/').replace(/^(\.\/)+/, '');
    const f = files.get(name) ?? { lines: new Map(), st: new Map(), fn: new Map(), br: new Map() };
    files.set(name, f);
    const lineMax = new Map<number, number>();
    for (const [id, h] of Object.entries(fc.s)) {
      const l = fc.statementMap[id];
      const k = loc(l);
      if (!k) continue;
      const c = hits(h);
      const line = (l as { start: { line: unknown } }).start.line;
      if (c === undefined || typeof line !== 'number' || !Number.isSafeInteger(line) || line < 0 || line > MAX_LINE) return undefined;
      add(f.st, k, c);
      lineMax.set(line, Math.max(lineMax.get(line) ?? -1, c));
    }
    for (const [line, c] of lineMax) f.lines.set(line, (f.lines.get(line) ?? 0) + c);
    const fnMap = obj(fc.fnMap) ? fc.fnMap : {};
    for (const [id, h] of Object.entries(obj(fc.f) ? fc.f : {})) {
      const c = hits(h);
      if (c === undefined) return undefined;
      const fn = fnMap[id];
      add(f.fn, (obj(fn) ? (loc(fn.loc) ?? loc(fn.decl)) : undefined) ?? `#${id}`, c);
    }
    const branchMap = obj(fc.branchMap) ? fc.branchMap : {};
    for (const [id, hs] of Object.entries(obj(fc.b) ? fc.b : {})) {
      if (!Array.isArray(hs)) return undefined;
      const br = branchMap[id];
      const locs = obj(br) && Array.isArray(br.locations) ? br.locations : [];
      const base = loc(locs[0]) ?? (obj(br) ? loc(br.loc) : undefined) ?? `#${id}`;
      for (const [i, h] of hs.entries()) {
        const c = hits(h);
        if (c === undefined) return undefined;
        add(f.br, `${base}:${i}`, c);
      }
    }
  }
  const ratio = (pick: (f: typeof files extends Map<string, infer F> ? F : never) => Map<unknown, number>) => {
    let c = 0;
    let t = 0;
    for (const f of files.values()) for (const h of pick(f).values()) (t++, h > 0 && c++);
    return t ? (c / t) * 100 : null;
  };
  return {
    coverage_lines: ratio((f) => f.lines),
    coverage_statements: ratio((f) => f.st),
    coverage_functions: ratio((f) => f.fn),
    coverage_branches: ratio((f) => f.br)
  };
}

const CASES: Array<{ name: string; base: string; ext: string; kind: 'coverage' | 'perf' | 'vulns'; strict: (t: string) => Figures | undefined }> = [
  { name: 'Cobertura (coverage.py)', base: 'coverage/generated/coveragepy-cobertura.xml', ext: '.xml', kind: 'coverage', strict: strictCobertura },
  { name: 'Cobertura (jest)', base: 'coverage/generated/jest-cobertura.xml', ext: '.xml', kind: 'coverage', strict: strictCobertura },
  { name: 'Clover (jest)', base: 'coverage/generated/jest-clover.xml', ext: '.xml', kind: 'coverage', strict: strictClover },
  { name: 'JaCoCo', base: 'coverage/jacoco/jacoco.xml', ext: '.xml', kind: 'coverage', strict: strictJacoco },
  { name: 'Go coverprofile', base: 'coverage/generated/go-count.out', ext: '.out', kind: 'coverage', strict: strictGo },
  { name: 'Istanbul coverage-final (jest)', base: 'coverage/generated/jest-coverage-final.json', ext: '.json', kind: 'coverage', strict: strictIstanbulFinal },
  { name: 'Istanbul summary (jest)', base: 'coverage/generated/jest-coverage-summary.json', ext: '.json', kind: 'coverage', strict: strictIstanbulSummary },
  { name: 'latency samples', base: 'perf/latency-samples/samples.txt', ext: '.txt', kind: 'perf', strict: strictSamples },
  { name: 'k6 --summary-export', base: 'perf/k6/summary-export.json', ext: '.json', kind: 'perf', strict: strictK6 },
  { name: 'k6 handleSummary', base: 'perf/k6/handle-summary.json', ext: '.json', kind: 'perf', strict: strictK6 },
  { name: 'k6 --out json', base: 'perf/k6/run-output.ndjson', ext: '.ndjson', kind: 'perf', strict: strictK6Ndjson },
  { name: 'autocannon', base: 'perf/autocannon/result.json', ext: '.json', kind: 'perf', strict: strictAutocannon },
  { name: 'Locust _stats.csv', base: 'perf/locust/example_stats.csv', ext: '.csv', kind: 'perf', strict: strictLocust },
  { name: 'Gatling stats.json', base: 'perf/gatling/stats.json', ext: '.json', kind: 'perf', strict: strictGatling },
  { name: 'smoke report (ours)', base: 'perf/smoke-report/smoke-report.json', ext: '.json', kind: 'perf', strict: strictSmokeReport },
  { name: 'Artillery 1.x', base: 'perf/artillery/report-v1.json', ext: '.json', kind: 'perf', strict: strictArtillery },
  { name: 'Artillery 2.x', base: 'perf/artillery/report-v2.json', ext: '.json', kind: 'perf', strict: strictArtillery },
  { name: 'JMeter CSV', base: 'perf/jmeter/results.jtl', ext: '.jtl', kind: 'perf', strict: strictJmeter },
  { name: 'Grype', base: 'vulns/grype/lockfile-dir.json', ext: '.json', kind: 'vulns', strict: strictGrype },
  { name: 'npm audit (npm 7+)', base: 'vulns/npm-audit/npm7plus-vercel.json', ext: '.json', kind: 'vulns', strict: strictNpmAudit },
  { name: 'Snyk (one project)', base: 'vulns/snyk/single-project.json', ext: '.json', kind: 'vulns', strict: strictSnyk },
  { name: 'Snyk (--all-projects)', base: 'vulns/snyk/all-projects.json', ext: '.json', kind: 'vulns', strict: strictSnyk },
  { name: 'npm audit (npm 6)', base: 'vulns/npm-audit/npm6-some-vulns.json', ext: '.json', kind: 'vulns', strict: strictNpmAudit },
  { name: 'osv-scanner', base: 'vulns/osv-scanner/lockfile.json', ext: '.json', kind: 'vulns', strict: strictOsv },
  { name: 'SARIF (CodeQL)', base: 'vulns/sarif/codeql-js.sarif', ext: '.sarif', kind: 'vulns', strict: strictSarif },
  { name: 'Trivy', base: 'vulns/trivy/npm.json.golden.json', ext: '.json', kind: 'vulns', strict: strictTrivy }
];

describe('fuzz: mutants of real reports give the strict reading or are refused (and then a strict reading refuses them too)', () => {
  let dir: string;
  beforeAll(() => {
    dir = tempDir();
  });
  afterAll(() => cleanup(dir));

  it.each(CASES.map((c, i) => [c.name, i] as const))(`%s: ${MUTANTS} mutants`, async (_name, index) => {
    const c = CASES[index];
    const base = readFileSync(path.join(FIX, c.base), 'utf8');
    const strictBase = c.strict(base);
    expect(strictBase).toBeDefined();
    const rand = prng(1300 + index);
    let refused = 0;
    for (let i = 0; i < MUTANTS; i++) {
      const text = i === 0 ? base : mutate(base, rand);
      const name = `s${index}-${i}${c.ext}`;
      writeFileSync(path.join(dir, name), text);
      const strict = c.strict(text);
      const table: MetricTable = new Map();
      let refusal: string | undefined;
      try {
        if (c.kind === 'coverage') await collectCoverage(dir, 'coverage-files', name, table);
        else if (c.kind === 'perf') await collectPerf(dir, 'perf-files', name, table);
        else {
          const acc = new VulnAccumulator();
          setVulnMetrics(acc, await collectVulns(dir, 'vuln-files', name, acc), table);
        }
      } catch (err) {
        if (!(err instanceof UserError)) throw new Error(`${c.name} mutant ${i}: not a UserError: ${(err as Error).stack}`);
        expect(err.render()).not.toContain('\n');
        refusal = err.render();
      }
      if (refusal !== undefined) {
        refused++;
        expect([i, text.slice(0, 2000), 'refused', refusal]).toEqual([i, text.slice(0, 2000), 'refused', strict === undefined ? refusal : 'a strict reading reads it']);
        continue;
      }
      expect([i, text.slice(0, 2000), strict === undefined ? 'a strict reading refuses it' : 'read']).toEqual([i, text.slice(0, 2000), 'read']);
      const got: Figures = {};
      for (const key of Object.keys(strict!)) {
        const v = table.get(key)?.value;
        got[key] = typeof v === 'number' ? v : null;
      }
      const round = (f: Figures) => Object.fromEntries(Object.entries(f).map(([k, v]) => [k, v === null ? null : Math.round(v * 1e6) / 1e6]));
      expect([i, text.slice(0, 2000), round(got)]).toEqual([i, text.slice(0, 2000), round(strict!)]);
    }
    console.log(`${c.name}: ${MUTANTS} mutants, ${refused} refused (a strict reading refuses them too), ${MUTANTS - refused} read with the strict figures`);
  }, 120_000);
});
