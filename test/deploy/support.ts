/** Shared set-up of deploy's action tests: a workspace with the example app and marker scripts, free loopback ports, cleanup. */
import { chmodSync, copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { makeWorkspace, ROOT } from '../support/action.js';

export const SHA = '0123456789abcdef0123456789abcdef01234567';

/**
 * A script that records that it ran (ran/<first argument> holds its PHASE_GATES_* variables) and
 * prints the secret of DEPLOY_TOKEN when it is set, on stdout and stderr, as careless scripts do.
 */
const MARK = `#!/usr/bin/env bash
set -eu
mkdir -p ran
env | grep '^PHASE_GATES_' | sort > "ran/\${1:-run}"
if [[ -n "\${DEPLOY_TOKEN:-}" ]]; then echo "using token \${DEPLOY_TOKEN}"; echo "debug: \${DEPLOY_TOKEN}" >&2; fi
if [[ "\${FAIL_ON:-}" == "\${1:-run}" ]]; then echo "failing on purpose" >&2; exit 3; fi
exit 0
`;

/** A script that writes its pid and sleeps in a child (for cancellation and timeouts). */
const SLOW = `#!/usr/bin/env bash
echo $$ > slow.pid
sleep 30 &
echo $! > sleep.pid
echo "started"
wait
`;

/**
 * The change log of the workspaces (Keep a Changelog): the versions the deploy tests ship are
 * documented, as production requires (require-changelog); v1.2.0 is not.
 */
export const CHANGELOG = `# Changelog

## [Unreleased]

${['9.0.0', '2.0.0', '1.1.0', '1.0.0', '0.9.0'].map((v) => `## [${v}] - 2026-11-01\n\n### Changed\n\n- Release ${v} of the example shop.\n`).join('\n')}`;

/** A workspace with examples/app, mark.sh, slow.sh and CHANGELOG.md. */
export function deployWorkspace(files: Record<string, string> = {}): string {
  const ws = makeWorkspace({ 'CHANGELOG.md': CHANGELOG, ...files });
  mkdirSync(path.join(ws, 'app'));
  for (const f of ['server.js', 'router.js', 'probe.js', 'traffic.js', 'deploy.sh', 'rollback.sh', 'package.json']) copyFileSync(path.join(ROOT, 'examples/app', f), path.join(ws, 'app', f));
  for (const f of ['deploy.sh', 'rollback.sh']) chmodSync(path.join(ws, 'app', f), 0o755);
  // server.js needs prom-client (its package.json's dependency): the repository's, as `npm ci` would install it.
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(ws, 'app', 'node_modules'), 'dir');
  writeFileSync(path.join(ws, 'mark.sh'), MARK, { mode: 0o755 });
  writeFileSync(path.join(ws, 'slow.sh'), SLOW, { mode: 0o755 });
  return ws;
}

/** Names of the scripts that ran (files in ran/). */
export function ran(ws: string, name = 'run'): boolean {
  return existsSync(path.join(ws, 'ran', name));
}

/** The row of a check in the summary table, e.g. `| Change log | ❌ fail | … |`; '' when absent. */
export function checkRow(summary: string, title: string): string {
  return summary.split('\n').find((l) => l.startsWith(`| ${title} |`)) ?? '';
}

/** Ledger entries of a workspace (default ledger path). */
export function ledger(ws: string): Array<Record<string, unknown>> {
  const file = path.join(ws, '.phase-gates/deployments.jsonl');
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);
}

/** A free TCP port on 127.0.0.1. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

/**
 * Whether a process is alive. A zombie (dead, not yet reaped: an orphan waits for its reaper,
 * which in a container may be slow or absent) counts as gone.
 */
export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return true;
  }
}

/** Stops every process of the example app started with this state directory (the pid files of deploy.sh and router.js). */
export function stopApp(stateDir: string): void {
  if (!existsSync(stateDir)) return;
  for (const f of readdirSync(stateDir).filter((n) => n.endsWith('.pid'))) {
    const pid = Number(readFileSync(path.join(stateDir, f), 'utf8'));
    if (pid > 0 && alive(pid)) process.kill(pid, 'SIGKILL');
  }
}

/** The pid a slot of the example app runs under (its pid file), or 0. */
export function slotPid(stateDir: string, slot: string): number {
  const file = path.join(stateDir, `${slot}.pid`);
  return existsSync(file) ? Number(readFileSync(file, 'utf8')) : 0;
}

/** GET on loopback; the body, or the error's code. */
export async function get(url: string): Promise<string> {
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(2000) });
    return await res.text();
  } catch (err) {
    return `error: ${(err as Error).message}`;
  }
}

/** A gates report as gates-enforcer writes it. */
export function gatesReport(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    schema: 'phase-gates/gates-report@1',
    phase: 6,
    sha: SHA,
    passed: true,
    generatedAt: '2026-11-23T10:00:00.000Z',
    gates: [{ name: 'coverage', op: '>=', threshold: 80, unit: '%', actual: 85, passed: true, sources: [] }],
    ...overrides
  };
}
