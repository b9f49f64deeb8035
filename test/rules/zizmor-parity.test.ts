/**
 * Our zizmor-named rules against zizmor's own truth: its test inputs and the findings its snapshots
 * expect (test/fixtures/zizmor/, copied unchanged; see its README). For each zizmor test of an audit
 * that one of our rules is named after, the findings of that audit in the snapshot must be exactly
 * our findings of that rule (file, line, column), less the differences listed below, each with its
 * reason. The same for zizmor's end-to-end snapshot of woodruffw/gha-hazmat, a repository of
 * vulnerable workflows.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { RULES } from '../../src/core/workflows/rules/index.js';
import { loadFile } from '../../src/core/workflows/parse.js';
import { lint } from '../../src/core/workflows/lint.js';

const ROOT = path.join(process.cwd(), 'test/fixtures/zizmor');

/** zizmor's audits that rules of ours are named after (the rule has the audit's name). */
const AUDITS = ['artipacked', 'cache-poisoning', 'dangerous-triggers', 'excessive-permissions', 'github-env', 'insecure-commands', 'secrets-inherit', 'overprovisioned-secrets', 'unredacted-secrets', 'self-hosted-runner', 'bot-conditions', 'unsound-contains'];
/** Rules of ours that give part of a zizmor audit under another name: their findings count as that audit's. */
const PART_OF: Record<string, string> = { 'missing-permissions': 'excessive-permissions' };
const OURS = RULES.filter((r) => AUDITS.includes(r.name) || r.name in PART_OF);

/**
 * Deliberate differences: zizmor findings we do not give (`audit file:line:col` → why). zizmor's
 * "auditor" persona findings of low confidence are left out by default, as zizmor leaves them out.
 */
const NOT_OURS: Record<string, string> = {
  'insecure-commands insecure-commands.yml:30:9': 'auditor persona, low confidence: `env:` is one expression that may set the variable',
  'insecure-commands insecure-commands/issue-839-repro.yml:30:9': 'auditor persona, low confidence: `env:` is one expression',
  'artipacked artipacked/issue-1769-repro.yml:19:9': 'pedantic persona: the checkout\'s whole `with:` is one expression',
  'insecure-commands insecure-commands/action.yml:32:7': 'auditor persona, low confidence: `env:` is one expression',
  ...Object.fromEntries(
    ['issue-1081-repro.yml:15:9', 'issue-1081-repro.yml:18:9', 'issue-1081-repro.yml:23:9', 'issue-2320-repro.yml:19:9', 'issue-2320-repro.yml:24:9', 'issue-2320-repro.yml:29:9', 'issue-1152-repro.yml:20:9'].map((at) => [
      `cache-poisoning cache-poisoning/${at}`,
      'the job of the release workflow publishes nothing and feeds no publishing job (no publishing step, environment, release write scope or publishing name): PG217 reports only jobs that do'
    ])
  ),
  'excessive-permissions excessive-permissions/issue-472-repro.yml:20:3': 'a reusable-workflow job without permissions in a workflow only called (workflow_call): missing-permissions leaves such workflows to their callers',
  'excessive-permissions excessive-permissions/workflow-write-explicit.yml:9:3': '`nonexistent: write` is no permission scope: GitHub\'s parser drops it and workflow-syntax reports it',
  'cache-poisoning cache-poisoning/issue-1152-repro.yml:16:9': 'actions/setup-node without cache: (v5+ caches then only for a package.json naming npm in packageManager, which the workflow does not show), in a job that publishes nothing',
  'cache-poisoning cache-poisoning/issue-1152-repro.yml:42:9': 'actions/setup-node without cache: (v5+ caches then only for a package.json naming npm in packageManager; this job sets up pnpm)',
  'cache-poisoning cache-poisoning/issue-642-repro.yml:15:9': 'on: push only, so the job publishes only through docker/build-push-action, whose `push` input defaults to false (zizmor takes it as true)'
};
/** Deliberate differences: findings we give that zizmor's snapshot does not (`audit file:line:col` → why). */
const ONLY_OURS: Record<string, string> = {
  ...Object.fromEntries(
    ['excessive-permissions/issue-336-repro.yml:6:3', 'excessive-permissions/workflow-default-perms-all-jobs-explicit.yml:14:7', 'excessive-permissions/workflow-default-perms-all-jobs-explicit.yml:24:7', 'excessive-permissions/workflow-write-explicit.yml:17:7', 'cache-poisoning/issue-343-repro.yml:17:7', '.github/workflows/excessive-permissions.yml:40:7'].map((at) => [
      `excessive-permissions ${at}`,
      'a write scope no step of its job can use (a checkout without persisted credentials, `echo`, caching steps): zizmor does not look at the steps'
    ])
  ),
  'self-hosted-runner self-hosted.yml:17:5': 'zizmor gives it to auditors only; we give it as a note (its auditor snapshot has it)',
  'self-hosted-runner .github/workflows/self-hosted.yml:28:5': 'zizmor gives it to auditors only; we give it as a note',
  'dangerous-triggers github-env/github-path.yml:1:1': 'zizmor: ignore[dangerous-triggers] comment (line 2)',
  'dangerous-triggers github-env/issue-397-repro.yml:1:1': 'zizmor: ignore[dangerous-triggers] comment (line 2)'
};

interface Expected {
  audit: string;
  at: string;
  confidence?: string;
  /** An excessive-permissions finding of default permissions at the workflow level (left out: see snapshotFindings). */
  workflowDefault?: boolean;
}

/** Deliberate differences: whole classes of zizmor findings we do not give, by audit and confidence. */
const NOT_OURS_BY_CONFIDENCE: Record<string, { confidence: string; why: string }> = {
  artipacked: { confidence: 'Low', why: 'a checkout without persist-credentials: false and no upload of the workspace after it: nearly every workflow; we report only the checkout followed by such an upload (zizmor\'s high confidence)' }
};

/** `error[audit]: title` then `--> file:line:col`, as zizmor prints a finding. */
function snapshotFindings(text: string, file?: string): Expected[] {
  const out: Expected[] = [];
  const re = /^\s*(?:error|warning|help|info|note)\[([\w-]+)\]:[^\n]*\n\s*--> (\S+):(\d+):(\d+)/gm;
  const matches = [...text.matchAll(re)];
  matches.forEach((m, i) => {
    if (!AUDITS.includes(m[1])) return;
    const body = text.slice(m.index, matches[i + 1]?.index ?? text.length);
    const confidence = /audit confidence → (\w+)/.exec(body)?.[1];
    // excessive-permissions' "default permissions" at the workflow (not at "this job"): missing-permissions reports each job that gets them instead.
    const workflowDefault = m[1] === 'excessive-permissions' && /default permissions used/.test(body) && !/this job/.test(body);
    out.push({ audit: m[1], at: `${file ?? m[2]}:${m[3]}:${m[4]}`, confidence, workflowDefault });
  });
  return out;
}

interface ZizmorTest {
  name: string;
  input: string;
  persona: string;
  expected: Expected[];
}

/** The tests of zizmor's audit/<name>.rs that read one file of test-data/ and snapshot zizmor's output. */
function zizmorTests(): ZizmorTest[] {
  const tests: ZizmorTest[] = [];
  for (const rs of readdirSync(path.join(ROOT, 'audit')).sort()) {
    const text = readFileSync(path.join(ROOT, 'audit', rs), 'utf8');
    for (const block of text.split('#[test]').slice(1)) {
      const name = /fn\s+(\w+)/.exec(block)?.[1] ?? '?';
      const inputs = [...block.matchAll(/input_under_test\(\s*"([^"]+)"\s*,?\s*\)/g)].map((m) => m[1]);
      if (inputs.length !== 1) continue;
      const persona = /--persona=(\w+)/.exec(block)?.[1] ?? (/"--pedantic"/.test(block) ? 'pedantic' : 'regular');
      tests.push({ name: `${rs} ${name}`, input: inputs[0], persona, expected: snapshotFindings(block, inputs[0]) });
    }
  }
  return tests;
}

/** Our findings of the zizmor-named rules on files under `dir`, as `audit file:line:col`. */
async function ours(dir: string, files: string[]): Promise<string[]> {
  const parsed = await Promise.all(files.map((f) => loadFile(path.join(dir, f), f)));
  const findings = await lint(parsed, { workspace: dir, rules: OURS });
  return findings.map((f) => `${PART_OF[f.ruleName] ?? f.ruleName} ${f.file}:${f.line}:${f.column}`).sort();
}

function expectedLines(expected: Expected[], files: string[]): string[] {
  const names = new Set(OURS.map((r) => PART_OF[r.name] ?? r.name));
  const lines = expected
    .filter((e) => names.has(e.audit) && NOT_OURS_BY_CONFIDENCE[e.audit]?.confidence !== e.confidence && !e.workflowDefault)
    .map((e) => `${e.audit} ${e.at}`);
  const extra = Object.keys(ONLY_OURS).filter((l) => files.some((f) => l.includes(` ${f}:`)) && !lines.includes(l));
  return [...lines.filter((l) => !(l in NOT_OURS)), ...extra].sort();
}

describe('zizmor parity: zizmor\'s audit tests', () => {
  it('has rules named after zizmor audits and tests of them', () => {
    expect(OURS.length).toBeGreaterThan(0);
    expect(zizmorTests().length).toBeGreaterThan(0);
  });

  // Where zizmor tests one input under two personas, the regular one is the truth; self-hosted-runner
  // is an auditor audit in zizmor, so its auditor tests are.
  const tests = zizmorTests().filter((t, _i, all) => {
    const audit = t.name.split(' ')[0].replace(/\.rs$/, '').replace(/_/g, '-');
    if (audit === 'self-hosted-runner') return t.persona === 'auditor';
    return t.persona === 'regular' || !all.some((o) => o.input === t.input && o.persona === 'regular');
  });
  it.each(tests.map((t) => [t.name, t] as const))('%s', async (_name, t) => {
    const actual = await ours(path.join(ROOT, 'test-data'), [t.input]);
    expect(actual).toEqual(expectedLines(t.expected, [t.input]));
  });
});

describe('zizmor parity: woodruffw/gha-hazmat, zizmor\'s end-to-end snapshot', () => {
  it('gives the findings of zizmor\'s snapshot', async () => {
    const dir = path.join(ROOT, 'gha-hazmat');
    const workflows = readdirSync(path.join(dir, '.github/workflows')).map((f) => `.github/workflows/${f}`);
    const files = [...workflows, 'ref-confusion/action.yml'];
    const expected = snapshotFindings(readFileSync(path.join(ROOT, 'integration__e2e__gha_hazmat.snap.txt'), 'utf8'));
    expect(expected.length).toBeGreaterThan(0);
    expect(await ours(dir, files)).toEqual(expectedLines(expected, files));
  });
});
