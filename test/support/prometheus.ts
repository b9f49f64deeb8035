/**
 * Real Prometheus and Alertmanager for the telemetry tests, on loopback ports chosen free, each in
 * its own temporary directory (config, TSDB, silences), killed and removed by `stop()`.
 *
 *   const prom = await startPrometheus({ targets: [{ address: app.address, labels: { env: 'production' } }] });
 *   afterAll(() => prom.stop());
 *
 * Where the Debian binaries are missing, `hasPrometheus()` / `hasAlertmanager()` are false and the
 * tests skip (`describe.skip`), as test/support/tools.ts does for other programs. `.ci/run`
 * installs both (Prometheus 2.42, Alertmanager 0.25).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freePort } from '../smoke/servers.js';
import { onPath } from './tools.js';

const PROMETHEUS = 'prometheus';
const ALERTMANAGER = 'prometheus-alertmanager';
/** Bound of every wait for a server to be ready (Prometheus is ready in about 1 s here). */
const READY_TIMEOUT_MS = 15_000;
/** Most of a server's stderr kept, to show when it fails. */
const STDERR_KEEP = 8192;

export function hasPrometheus(): boolean {
  return onPath(PROMETHEUS) !== undefined;
}

export function hasAlertmanager(): boolean {
  return onPath(ALERTMANAGER) !== undefined;
}

/** Waits `ms` without keeping the process alive (a race's losing timer must not hold jest open). */
const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms).unref());

/** GET or POST JSON on loopback, bounded by `timeoutMs`; the parsed body, or an Error naming the status and body. */
async function http(url: string, init: { method?: string; body?: unknown; timeoutMs?: number } = {}): Promise<unknown> {
  const res = await fetch(url, {
    method: init.method ?? 'GET',
    headers: init.body === undefined ? undefined : { 'content-type': 'application/json' },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
    signal: AbortSignal.timeout(init.timeoutMs ?? 5000)
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${init.method ?? 'GET'} ${url}: ${res.status} ${text.slice(0, 500)}`);
  return text ? (JSON.parse(text) as unknown) : undefined;
}

/** Servers still running: killed when the test process exits however it ends (a failed afterAll, a crash). */
const running = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

/** A child process with its stderr kept (the last STDERR_KEEP characters), stopped with SIGTERM then SIGKILL. */
class Server {
  private stderr = '';
  private exited: Promise<void>;
  private exitCode: number | null | undefined;

  constructor(
    readonly name: string,
    private child: ChildProcess,
    private dir: string
  ) {
    running.add(child);
    child.stdout?.on('data', (d: Buffer) => this.keep(d));
    child.stderr?.on('data', (d: Buffer) => this.keep(d));
    this.exited = new Promise<void>((resolve) => {
      child.once('exit', (code) => {
        running.delete(child);
        this.exitCode = code;
        resolve();
      });
      child.once('error', (err) => {
        running.delete(child);
        this.keep(Buffer.from(String(err)));
        this.exitCode = -1;
        resolve();
      });
    });
  }

  private keep(d: Buffer) {
    this.stderr = (this.stderr + d.toString('utf8')).slice(-STDERR_KEEP);
  }

  get running(): boolean {
    return this.exitCode === undefined;
  }

  /** Polls `url` until it answers 200, within READY_TIMEOUT_MS; else stops the server and throws with its output. */
  async waitReady(url: string): Promise<void> {
    const deadline = Date.now() + READY_TIMEOUT_MS;
    while (Date.now() < deadline) {
      if (!this.running) break;
      try {
        const res = await fetch(url, { signal: AbortSignal.timeout(1000) });
        await res.arrayBuffer();
        if (res.ok) return;
      } catch {
        // not listening yet
      }
      await sleep(100);
    }
    const why = this.running ? `not ready within ${READY_TIMEOUT_MS} ms` : `exited with ${this.exitCode}`;
    await this.stop();
    throw new Error(`${this.name} ${why}:\n${this.stderr}`);
  }

  /** Kills the process (SIGTERM, SIGKILL after 3 s) and removes its directory; safe to call twice. */
  async stop(): Promise<void> {
    if (this.running) {
      this.child.kill('SIGTERM');
      const killed = await Promise.race([this.exited.then(() => true), sleep(3000).then(() => false)]);
      if (!killed) {
        this.child.kill('SIGKILL');
        await Promise.race([this.exited, sleep(3000)]);
      }
    }
    rmSync(this.dir, { recursive: true, force: true });
  }

  output(): string {
    return this.stderr;
  }
}

function launch(name: string, program: string, args: string[], dir: string): Server {
  const child = spawn(program, args, { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
  return new Server(name, child, dir);
}

/** YAML for a flat string map (quoted as JSON, which YAML reads). */
const yamlMap = (m: Record<string, string>, indent: string) =>
  Object.entries(m)
    .map(([k, v]) => `${indent}${k}: ${JSON.stringify(v)}`)
    .join('\n');

export interface PrometheusTarget {
  /** `host:port`. */
  address: string;
  labels?: Record<string, string>;
  /** @default /metrics */
  metricsPath?: string;
}

export interface PrometheusOptions {
  targets: PrometheusTarget[];
  /** Absolute paths of rule files. */
  ruleFiles?: string[];
  /** `http://127.0.0.1:P` of an Alertmanager to send alerts to. */
  alertmanagerUrl?: string;
  /** @default 1 */
  scrapeIntervalSec?: number;
  /** @default 1 */
  evaluationIntervalSec?: number;
  externalLabels?: Record<string, string>;
}

export interface RunningPrometheus {
  url: string;
  stop(): Promise<void>;
  /** Until every target's last scrape is `up` (bounded; throws with the targets' last errors). */
  waitForTargetsUp(timeoutMs?: number): Promise<void>;
  /** An instant query's `data` (throws on an API error). */
  query(q: string): Promise<unknown>;
  /** The config written, for a failing test's message. */
  config: string;
}

/** The prometheus.yml for `opts`: one scrape job per target (so each can have its own path and labels). */
export function prometheusConfig(opts: PrometheusOptions): string {
  const scrape = opts.scrapeIntervalSec ?? 1;
  const evaluation = opts.evaluationIntervalSec ?? 1;
  const lines = ['global:', `  scrape_interval: ${scrape}s`, `  scrape_timeout: ${scrape}s`, `  evaluation_interval: ${evaluation}s`];
  if (opts.externalLabels && Object.keys(opts.externalLabels).length) lines.push('  external_labels:', yamlMap(opts.externalLabels, '    '));
  if (opts.ruleFiles?.length) lines.push('rule_files:', ...opts.ruleFiles.map((f) => `  - ${JSON.stringify(f)}`));
  if (opts.alertmanagerUrl) {
    const u = new URL(opts.alertmanagerUrl);
    lines.push('alerting:', '  alertmanagers:', '    - scheme: http', '      static_configs:', `        - targets: [${JSON.stringify(u.host)}]`);
  }
  lines.push('scrape_configs:');
  opts.targets.forEach((t, i) => {
    lines.push(`  - job_name: ${JSON.stringify(`target-${i}`)}`, `    metrics_path: ${JSON.stringify(t.metricsPath ?? '/metrics')}`, '    static_configs:');
    lines.push(`      - targets: [${JSON.stringify(t.address)}]`);
    if (t.labels && Object.keys(t.labels).length) lines.push('        labels:', yamlMap(t.labels, '          '));
  });
  return lines.join('\n') + '\n';
}

export async function startPrometheus(opts: PrometheusOptions): Promise<RunningPrometheus> {
  const dir = mkdtempSync(path.join(tmpdir(), 'pg-prometheus-'));
  const config = prometheusConfig(opts);
  const configFile = path.join(dir, 'prometheus.yml');
  writeFileSync(configFile, config);
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const server = launch('prometheus', PROMETHEUS, [
    `--config.file=${configFile}`,
    `--web.listen-address=127.0.0.1:${port}`,
    `--storage.tsdb.path=${path.join(dir, 'data')}`,
    '--log.level=warn'
  ], dir);
  await server.waitReady(`${url}/-/ready`);

  const query = async (q: string): Promise<unknown> => {
    const body = (await http(`${url}/api/v1/query?query=${encodeURIComponent(q)}`)) as { data: unknown };
    return body.data;
  };

  const waitForTargetsUp = async (timeoutMs = 10_000): Promise<void> => {
    const deadline = Date.now() + timeoutMs;
    let last = '';
    while (Date.now() < deadline) {
      const body = (await http(`${url}/api/v1/targets?state=active`)) as {
        data: { activeTargets: Array<{ scrapeUrl: string; health: string; lastError: string }> };
      };
      const targets = body.data.activeTargets;
      if (targets.length === opts.targets.length && targets.every((t) => t.health === 'up')) return;
      last = targets.map((t) => `${t.scrapeUrl}: ${t.health}${t.lastError ? ` (${t.lastError})` : ''}`).join('; ');
      await sleep(200);
    }
    throw new Error(`Prometheus targets not up within ${timeoutMs} ms: ${last || 'none yet'}\n${server.output()}`);
  };

  return { url, stop: () => server.stop(), waitForTargetsUp, query, config };
}

export interface AlertmanagerMatcherInput {
  name: string;
  value: string;
  isRegex?: boolean;
  /** @default true */
  isEqual?: boolean;
}

export interface PostableAlert {
  labels: Record<string, string>;
  annotations?: Record<string, string>;
  startsAt?: string;
  endsAt?: string;
  generatorURL?: string;
}

export interface RunningAlertmanager {
  url: string;
  stop(): Promise<void>;
  /** A silence from now for `minutes` (default 10) through `POST /api/v2/silences`; its id. */
  silence(matchers: AlertmanagerMatcherInput[], minutes?: number): Promise<string>;
  /** `POST /api/v2/alerts`. */
  postAlerts(alerts: PostableAlert[]): Promise<void>;
}

/**
 * A route to one receiver that notifies nobody, grouped fast (an alert is visible in the API as
 * soon as it is received either way: grouping only delays notifications).
 */
export const NULL_ALERTMANAGER_CONFIG = `route:
  receiver: "null"
  group_by: ["alertname"]
  group_wait: 1s
  group_interval: 1s
receivers:
  - name: "null"
`;

export async function startAlertmanager(opts: { config?: string } = {}): Promise<RunningAlertmanager> {
  const dir = mkdtempSync(path.join(tmpdir(), 'pg-alertmanager-'));
  const configFile = path.join(dir, 'alertmanager.yml');
  writeFileSync(configFile, opts.config ?? NULL_ALERTMANAGER_CONFIG);
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const server = launch('alertmanager', ALERTMANAGER, [
    `--config.file=${configFile}`,
    `--web.listen-address=127.0.0.1:${port}`,
    // No gossip: a single instance, and no port outside the one chosen.
    '--cluster.listen-address=',
    `--storage.path=${path.join(dir, 'data')}`,
    '--log.level=warn'
  ], dir);
  await server.waitReady(`${url}/api/v2/status`);

  const silence = async (matchers: AlertmanagerMatcherInput[], minutes = 10): Promise<string> => {
    const now = Date.now();
    const body = (await http(`${url}/api/v2/silences`, {
      method: 'POST',
      body: {
        matchers: matchers.map((m) => ({ name: m.name, value: m.value, isRegex: m.isRegex ?? false, isEqual: m.isEqual ?? true })),
        startsAt: new Date(now - 1000).toISOString(),
        endsAt: new Date(now + minutes * 60_000).toISOString(),
        createdBy: 'phase-gates tests',
        comment: 'test'
      }
    })) as { silenceID: string };
    return body.silenceID;
  };

  const postAlerts = async (alerts: PostableAlert[]): Promise<void> => {
    await http(`${url}/api/v2/alerts`, { method: 'POST', body: alerts });
  };

  return { url, stop: () => server.stop(), silence, postAlerts };
}
