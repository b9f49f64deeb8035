/**
 * autocannon runs here: a local server with a known delay (and a known share of 503s) is loaded
 * with `autocannon --json -a 200`, and our figures must be autocannon's own, read from its output.
 * Nothing leaves 127.0.0.1; the server is closed whatever happens.
 */
import { execFile } from 'node:child_process';
import { promises as fs } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { loadReport } from '../../src/core/reports/load.js';
import { PERF_FORMATS } from '../../src/core/reports/perf/index.js';
import { PerfAccumulator } from '../../src/core/reports/perf/model.js';

const run = promisify(execFile);
const AUTOCANNON = path.join(process.cwd(), 'node_modules', 'autocannon', 'autocannon.js');
const DELAY_MS = 25;
const FAIL_EVERY = 8;
const AMOUNT = 200;

async function read(file: string) {
  const acc = new PerfAccumulator();
  const format = await loadReport(file, path.relative(process.cwd(), file), 'perf-files', PERF_FORMATS, acc);
  return { format, figures: acc.figures() };
}

/** What autocannon's JSON says, as a gate would want it (its own fields, no parser of ours). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function autocannonSays(out: any) {
  const requests = out.requests.total + out.errors;
  const failures = out.errors + out['4xx'] + out['5xx'];
  return { p50: out.latency.p50, p90: out.latency.p90, p99: out.latency.p99, requests, failures, errorRate: (failures / requests) * 100 };
}

describe('autocannon --json', () => {
  let server: http.Server;
  let url: string;
  let tmp: string;
  let served = 0;

  beforeAll(async () => {
    tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'perf-autocannon-'));
    server = http.createServer((_req, res) => {
      const n = ++served;
      setTimeout(() => {
        res.statusCode = n % FAIL_EVERY === 0 ? 503 : 200;
        res.end(n % FAIL_EVERY === 0 ? 'busy' : 'ok');
      }, DELAY_MS);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  });

  afterAll(async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await fs.rm(tmp, { recursive: true, force: true });
  });

  it("gives autocannon's own p50, p90, p99 and error figures, and no p95", async () => {
    // -a bounds the run to 200 requests; -t and the exec timeout bound it in time.
    const { stdout } = await run(process.execPath, [AUTOCANNON, '--json', '-a', String(AMOUNT), '-c', '4', '-t', '5', url], {
      timeout: 30_000,
      maxBuffer: 4 * 1024 * 1024
    });
    const file = path.join(tmp, 'autocannon.json');
    await fs.writeFile(file, stdout);
    const out = JSON.parse(stdout);
    const says = autocannonSays(out);
    const { format, figures } = await read(file);

    expect(format).toBe('autocannon');
    expect(figures.perf_p50_ms).toBe(says.p50);
    expect(figures.perf_p90_ms).toBe(says.p90);
    expect(figures.perf_p99_ms).toBe(says.p99);
    expect(figures.perf_p95_ms).toBeNull();
    expect(figures.requests).toBe(says.requests);
    expect(figures.failures).toBe(says.failures);
    expect(figures.perf_error_rate).toBeCloseTo(says.errorRate, 10);

    // Independent of autocannon: the server's own delay and failure rule.
    expect(out.requests.total).toBe(AMOUNT);
    expect(figures.failures).toBe(Math.floor(AMOUNT / FAIL_EVERY));
    expect(figures.perf_p50_ms!).toBeGreaterThanOrEqual(DELAY_MS);
    expect(figures.perf_p50_ms!).toBeLessThan(DELAY_MS + 500);
    // Printed so the run's figures can be compared by eye in CI logs.
    console.log(`autocannon said p50=${says.p50} p90=${says.p90} p99=${says.p99} failures=${says.failures}/${says.requests}; we read p50=${figures.perf_p50_ms} p90=${figures.perf_p90_ms} p95=${figures.perf_p95_ms} p99=${figures.perf_p99_ms} error rate=${figures.perf_error_rate}%`);
  });

  it('reads the stored autocannon 9 output the same way', async () => {
    const file = path.join(process.cwd(), 'test', 'fixtures', 'perf', 'autocannon', 'result.json');
    const says = autocannonSays(JSON.parse(await fs.readFile(file, 'utf8')));
    const { figures } = await read(file);
    expect([figures.perf_p50_ms, figures.perf_p90_ms, figures.perf_p99_ms]).toEqual([says.p50, says.p90, says.p99]);
    expect(figures.perf_p95_ms).toBeNull();
    expect(figures.perf_error_rate).toBeCloseTo(says.errorRate, 10);
  });
});
