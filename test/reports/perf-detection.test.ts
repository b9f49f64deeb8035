/**
 * Detection picks each fixture's format from its content (never its name) and refuses files of
 * no perf format; malformed and truncated files end with a UserError naming the file and line.
 */
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadReport } from '../../src/core/reports/load.js';
import { UserError } from '../../src/core/errors.js';
import { PERF_FORMATS } from '../../src/core/reports/perf/index.js';
import { PerfAccumulator } from '../../src/core/reports/perf/model.js';

const FIXTURES = path.join(process.cwd(), 'test', 'fixtures', 'perf');

async function load(file: string): Promise<string> {
  return loadReport(file, path.basename(file), 'perf-files', PERF_FORMATS, new PerfAccumulator());
}

/** The UserError a file ends with (the test fails when it parses). */
async function failure(file: string): Promise<UserError> {
  try {
    await load(file);
  } catch (err) {
    if (err instanceof UserError) return err;
    throw err;
  }
  throw new Error(`${file} parsed without error`);
}

let tmp: string;
beforeAll(async () => {
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'perf-detect-'));
});
afterAll(async () => {
  await fs.rm(tmp, { recursive: true, force: true });
});

/** Writes `content` under a name that says nothing about the format. */
async function temp(content: string | Buffer, name = `report-${Math.random().toString(36).slice(2)}.dat`): Promise<string> {
  const file = path.join(tmp, name);
  await fs.writeFile(file, content);
  return file;
}
const fixtureText = (rel: string) => fs.readFile(path.join(FIXTURES, rel), 'utf8');
/** 1-based line of the first occurrence of `needle` in `text`. */
const lineOf = (text: string, needle: string) => text.slice(0, text.indexOf(needle)).split('\n').length;

describe('detection', () => {
  it.each([
    ['k6/summary-export.json', 'k6-summary'],
    ['k6/handle-summary.json', 'k6-summary'],
    ['k6/run-output.ndjson', 'k6-ndjson'],
    ['artillery/report-v2.json', 'artillery'],
    ['artillery/report-v1.json', 'artillery'],
    ['gatling/stats.json', 'gatling'],
    ['locust/example_stats.csv', 'locust'],
    ['jmeter/results.jtl', 'jmeter-jtl'],
    ['autocannon/result.json', 'autocannon'],
    ['smoke-report/smoke-report.json', 'smoke-report'],
    ['latency-samples/samples.txt', 'latency-samples']
  ])('%s is read as %s', async (rel, id) => {
    expect(await load(path.join(FIXTURES, rel))).toBe(id);
  });

  it('detects from content, not from the file name', async () => {
    const file = await temp(await fixtureText('gatling/stats.json'), 'results.jtl');
    expect(await load(file)).toBe('gatling');
  });

  it('gives every format exactly one fixture head it claims among all fixtures', async () => {
    // No two formats claim the same fixture: the order of PERF_FORMATS must not be what decides.
    for (const [rel] of [
      ['k6/summary-export.json'], ['k6/handle-summary.json'], ['k6/run-output.ndjson'], ['artillery/report-v2.json'],
      ['artillery/report-v1.json'], ['gatling/stats.json'], ['locust/example_stats.csv'], ['jmeter/results.jtl'],
      ['autocannon/result.json'], ['smoke-report/smoke-report.json'], ['latency-samples/samples.txt']
    ]) {
      const head = await fixtureText(rel);
      const claims = PERF_FORMATS.filter((f) => f.detect(head)).map((f) => f.id);
      expect({ rel, claims: claims.length }).toEqual({ rel, claims: 1 });
    }
  });

  it.each(['unknown/eslint-report.json', 'unknown/products.csv'])('refuses %s as an unknown format, listing the known ones', async (rel) => {
    const err = await failure(path.join(FIXTURES, rel));
    expect(err.message).toBe('unknown report format');
    expect(err.file).toBe(path.basename(rel));
    expect(err.hint).toContain('k6-summary');
    expect(err.hint).toContain('latency-samples');
  });
});

describe('malformed and truncated files', () => {
  it('truncated JSON summary: the last line', async () => {
    const text = await fixtureText('k6/summary-export.json');
    const cut = text.slice(0, Math.floor(text.length / 2));
    const err = await failure(await temp(cut));
    expect(err.message).toMatch(/truncated JSON/);
    expect(err.line).toBe(cut.trimEnd().split('\n').length);
    expect(err.render()).toMatch(new RegExp(`^perf-files: report-\\w+\\.dat:${err.line}: truncated JSON`));
  });

  it('JSON syntax error: its line', async () => {
    const text = (await fixtureText('artillery/report-v2.json')).replace('"http.requests": 1200,', '"http.requests": 1200,,');
    const err = await failure(await temp(text));
    expect(err.message).toMatch(/invalid JSON/);
    expect(err.line).toBe(lineOf(text, '"http.requests"'));
  });

  it('negative latency in a k6 summary: the line of that value', async () => {
    const original = await fixtureText('k6/summary-export.json');
    const p95 = JSON.parse(original).metrics.http_req_duration['p(95)'];
    const text = original.replace(`"p(95)": ${p95}`, '"p(95)": -197.45');
    expect(text).not.toBe(original);
    const err = await failure(await temp(text));
    expect(err.message).toBe('metrics.http_req_duration.p(95): negative latency: -197.45');
    expect(err.line).toBe(lineOf(text, '"p(95)": -197.45'));
  });

  it('non-numeric percentile in an Artillery report: the line of that value', async () => {
    const text = (await fixtureText('artillery/report-v2.json')).replace('"p95": 232.8', '"p95": "fast"');
    const err = await failure(await temp(text));
    expect(err.message).toMatch(/p95: not a number/);
    expect(err.line).toBe(lineOf(text, '"p95": "fast"'));
  });

  it('Gatling: more KO than requests', async () => {
    const text = (await fixtureText('gatling/stats.json')).replace('"ko": 29', '"ko": 2900');
    const err = await failure(await temp(text));
    expect(err.message).toMatch(/more failed requests/);
    expect(err.line).toBe(lineOf(text, '"ko": 2900'));
  });

  it('smoke report: a null count', async () => {
    const text = (await fixtureText('smoke-report/smoke-report.json')).replace('"requests": 15', '"requests": null');
    const err = await failure(await temp(text));
    expect(err.message).toBe('totals.requests: missing');
    expect(err.line).toBe(lineOf(text, '"requests": null'));
  });

  it('k6 NDJSON cut in the middle of its last line', async () => {
    const text = await fixtureText('k6/run-output.ndjson');
    const cut = text.slice(0, text.length - 40);
    const err = await failure(await temp(cut));
    expect(err.message).toMatch(/not a JSON line/);
    expect(err.line).toBe(cut.split('\n').length);
    expect(err.file).toMatch(/^report-/);
  });

  it('k6 NDJSON point without a numeric value', async () => {
    const lines = (await fixtureText('k6/run-output.ndjson')).split('\n');
    const at = lines.findIndex((l) => l.includes('"metric":"http_req_duration","type":"Point"'));
    lines[at] = lines[at].replace(/"value":[\d.]+/, '"value":null');
    const err = await failure(await temp(lines.join('\n')));
    expect(err.message).toMatch(/http_req_duration point without a numeric data.value/);
    expect(err.line).toBe(at + 1);
  });

  it('JTL: a row cut short, a non-numeric elapsed, a quote never closed', async () => {
    const text = await fixtureText('jmeter/results.jtl');
    const short = text.slice(0, text.trimEnd().lastIndexOf(',')) + '\n';
    let err = await failure(await temp(short));
    expect(err.message).toMatch(/expected 17 fields, found 16/);
    expect(err.line).toBe(short.trimEnd().split('\n').length);

    const lines = text.split('\n');
    lines[4] = lines[4].replace(/^(\d+),\d+,/, '$1,NaN,');
    err = await failure(await temp(lines.join('\n')));
    expect(err.message).toMatch(/elapsed is not a non-negative number/);
    expect(err.line).toBe(5);

    const open = text.trimEnd() + '\n1741944415000,90,GET /api/items,500,"Internal Server Error,Thread Group 1-1,text,false\n';
    err = await failure(await temp(open));
    expect(err.message).toMatch(/ends inside a quoted field/);
    expect(err.line).toBe(text.trimEnd().split('\n').length + 1);
  });

  it('Locust: no Aggregated row, and a bad percentile cell', async () => {
    const text = await fixtureText('locust/example_stats.csv');
    const rows = text.trimEnd().split('\r\n');
    let err = await failure(await temp(rows.slice(0, -1).join('\r\n') + '\r\n'));
    expect(err.message).toBe('no "Aggregated" row');
    expect(err.line).toBe(rows.length - 1);

    rows[rows.length - 1] = rows[rows.length - 1].replace(',300,430,', ',abc,430,');
    err = await failure(await temp(rows.join('\r\n') + '\r\n'));
    expect(err.message).toBe('column "95%": not a number: "abc"');
    expect(err.line).toBe(rows.length);
  });

  it('latency samples: NaN and negative values, by line', async () => {
    let err = await failure(await temp('# ms\n120\n98.5ms\nNaN\n130\n'));
    expect(err.message).toBe('not a latency sample: "NaN"');
    expect(err.line).toBe(4);
    err = await failure(await temp('120\n\n-3ms\n'));
    expect(err.message).toBe('negative latency: -3ms');
    expect(err.line).toBe(3);
    err = await failure(await temp('0.12s\n0.2 seconds\n'));
    expect(err.line).toBe(2);
  });

  it('binary data is refused before any parser sees it', async () => {
    const err = await failure(await temp(Buffer.from([0x31, 0x32, 0x0a, 0x00, 0x01])));
    expect(err.message).toMatch(/binary/);
  });
});
