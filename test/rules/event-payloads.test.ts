/**
 * github.event typed by the triggers (rules/syntax/event-payloads.ts): the stored table is what its
 * generator writes from @octokit/openapi-webhooks, and the type of github.event in a workflow is the
 * payloads of its triggers merged, open when one of them is not described.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseSource } from '../../src/core/workflows/parse.js';
import type { WorkflowModel } from '../../src/core/workflows/model.js';
import type { Project } from '../../src/core/workflows/rule.js';
import { checkExpression, typeName, typeOf } from '../../src/core/workflows/rules/syntax/types.js';
import { scopeOf } from '../../src/core/workflows/rules/syntax/typed-expressions.js';
import { eventPropertyMessage, payloadOf } from '../../src/core/workflows/rules/syntax/event-payloads.js';

const DATA = path.join(process.cwd(), 'src/core/workflows/rules/syntax/event-payloads.data.ts');
const at = { line: 1, column: 1 };
const project: Project = { files: [], local: () => undefined };

async function workflow(on: string): Promise<WorkflowModel> {
  const text = `on:\n${on}\npermissions: {}\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo\n`;
  const parsed = await parseSource({ path: '.github/workflows/ci.yml', abs: '/nowhere/ci.yml', kind: 'workflow', text });
  if (parsed.model?.kind !== 'workflow') throw new Error(parsed.problems.map((p) => p.message).join('; '));
  return parsed.model;
}

/** The unknown-property problems of an expression in a workflow with these triggers. */
async function unknown(on: string, text: string): Promise<string[]> {
  const wf = await workflow(on);
  return checkExpression({ text, at }, scopeOf(wf, project)).problems.map((p) =>
    p.kind === 'property' && p.path?.[0] === 'github' && p.path[1] === 'event' ? (eventPropertyMessage(wf, p.path.slice(2), p.name!) ?? p.message) : `${p.kind}: ${p.message}`
  );
}

describe('github.event by trigger', () => {
  it('stores what scripts/event-payloads/generate.mjs writes, in tens of KB', () => {
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'event-payloads-')), 'data.ts');
    execFileSync(process.execPath, ['scripts/event-payloads/generate.mjs'], { env: { ...process.env, OUT: out }, stdio: 'ignore' });
    expect(readFileSync(out, 'utf8')).toBe(readFileSync(DATA, 'utf8'));
    expect(statSync(DATA).size).toBeLessThan(64 * 1024);
  });

  it('knows the payloads of the common triggers, and none for those the spec does not describe', () => {
    for (const t of ['push', 'pull_request', 'pull_request_target', 'issue_comment', 'release', 'workflow_run', 'workflow_dispatch']) expect(payloadOf(t)?.kind).toBe('object');
    for (const t of ['schedule', 'workflow_call']) expect(payloadOf(t)).toBeUndefined();
    expect(typeName(payloadOf('pull_request_target')!)).toBe(typeName(payloadOf('pull_request')!));
  });

  it('reports a misspelt property with a suggestion, naming the events that have the object', async () => {
    expect(await unknown('  pull_request:', 'github.event.pull_request.hed.sha')).toEqual([
      'property "hed" is not defined in github.event.pull_request of the pull_request event; did you mean "head"?'
    ]);
  });

  it('keeps a message about github short when github.event is a whole payload', async () => {
    const [message] = await unknown('  pull_request:\n  push:', 'github.repositroy');
    expect(message).toMatch(/^property: property "repositroy" is not defined in object type \{action: string; .*event: object; … 32 more\} \(did you mean "repository"\?\)$/);
  });

  it("reports another trigger's payload property as always null", async () => {
    expect(await unknown('  push:', 'github.event.pull_request.number')).toEqual([
      'github.event.pull_request is not in the payload of push, the only trigger of this workflow: it is always null here (it is in the payload of pull_request, pull_request_review, pull_request_review_comment and pull_request_target)'
    ]);
  });

  it('takes the union of the triggers', async () => {
    const on = '  push:\n  pull_request:\n  issue_comment:';
    expect(await unknown(on, 'github.event.pull_request.head.sha || github.event.head_commit.id || github.event.comment.body || github.event.issue.number')).toEqual([]);
    expect(await unknown(on, 'github.event.release.tag_name')).toEqual([
      'github.event.release is not in the payload of push, pull_request or issue_comment, the triggers of this workflow: it is always null here (it is in the payload of release)'
    ]);
  });

  it('leaves github.event open under a trigger the spec does not describe, and objects the spec leaves open', async () => {
    expect(await unknown('  push:\n  workflow_call:', 'github.event.pull_request.anything')).toEqual([]);
    expect(await unknown('  schedule:\n    - cron: "0 0 * * *"', 'github.event.schedule')).toEqual([]);
    expect(await unknown('  repository_dispatch:', 'github.event.client_payload.any.depth')).toEqual([]);
  });

  it('types github.event.inputs of workflow_dispatch from its inputs, and leaves the rest to the payload', async () => {
    const on = '  workflow_dispatch:\n    inputs:\n      tag:\n        type: string';
    const wf = await workflow(on);
    expect(typeName(typeOf({ text: 'github.event.inputs', at }, scopeOf(wf, project)))).toBe('{tag: string}');
    expect(await unknown(on, 'github.event.ref')).toEqual([]);
  });

  it('compares an object that may be null with a string, and types leaves', async () => {
    const on = '  pull_request:';
    expect(await unknown(on, "github.event.pull_request.milestone == ''")).toEqual([]);
    expect(await unknown(on, "github.event.pull_request.head == ''")).toEqual([
      'type: "object" value cannot be compared to "string" value with "==" operator: it is always false'
    ]);
    const wf = await workflow(on);
    expect(typeName(typeOf({ text: 'github.event.pull_request.number', at }, scopeOf(wf, project)))).toBe('number');
    expect(typeName(typeOf({ text: 'github.event.pull_request.labels.*.name', at }, scopeOf(wf, project)))).toBe('array<string>');
  });
});
