/**
 * `npm run demo` as a newcomer runs it: the whole chain completes, tells its story, leaves the
 * three artifacts of SPEC, and stops every process it started.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { schemaErrors } from '../../src/core/schemas.js';
import { alive } from '../deploy/support.js';

const ROOT = process.cwd();
const OUT = path.join(ROOT, 'demo-output');

describe('npm run demo', () => {
  it('runs gates → staging → production blue-green → a broken release rolled back and refused, and cleans up', () => {
    const r = spawnSync(process.execPath, ['scripts/demo.mjs'], { cwd: ROOT, encoding: 'utf8', timeout: 240_000, env: { ...process.env, NO_COLOR: '1' } });
    expect(r.stderr).not.toMatch(/demo failed/);
    expect(r.status).toBe(0);
    const story = r.stdout;
    expect(story).toMatch(/✔ deployed v1\.0\.0 to staging/);
    expect(story).toMatch(/✔ production serves v1\.1\.0; the old slot still runs v1\.0\.0/);
    expect(story).toMatch(/✔ rolled back automatically to v1\.1\.0/);
    expect(story).toMatch(/✘ deploy refused: pre-deploy checks failed: staging \(v2\.0\.0 has no successful deployment in staging/);
    expect(story).toMatch(/demo complete: every process it started is stopped/);

    const gates = JSON.parse(readFileSync(path.join(OUT, 'gates-report.json'), 'utf8'));
    expect(schemaErrors('gates-report', gates)).toEqual([]);
    const smoke = JSON.parse(readFileSync(path.join(OUT, 'post-deploy/smoke-report.json'), 'utf8'));
    expect(schemaErrors('smoke-report', smoke)).toEqual([]);
    const log = readFileSync(path.join(OUT, 'ci/deploy-logs.txt'), 'utf8').trim().split('\n');
    expect(log.some((l) => / (INFO|WARN) deploy\.end status=rolled_back version=v1\.1\.0/.test(l))).toBe(true);

    const state = path.join(OUT, '.example-app');
    const pids = existsSync(state) ? readdirSync(state).filter((f) => f.endsWith('.pid')).map((f) => Number(readFileSync(path.join(state, f), 'utf8'))) : [];
    expect(pids.length).toBeGreaterThan(0);
    // SIGTERM was sent; give the processes a moment to go, bounded.
    const deadline = Date.now() + 5000;
    while (pids.some(alive) && Date.now() < deadline) spawnSync('sleep', ['0.1']);
    expect(pids.filter(alive)).toEqual([]);
  });
});
