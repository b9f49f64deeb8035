/**
 * The fast schema load (src/core/workflows/schema.ts) builds the very definitions the library's
 * own `TemplateSchema.load` builds from GitHub's workflow and action.yml schemas. How much faster it
 * is, side by side, is measured by `npm run bench -- schema-load`, not here.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { TemplateSchema } from '@actions/workflow-parser/templates/schema/template-schema';
import { JSONObjectReader } from '@actions/workflow-parser/templates/json-object-reader';
import { loadSchemaFast, workflowSchema, actionSchema } from '../../src/core/workflows/schema.js';
import { loadFile } from '../../src/core/workflows/parse.js';

const DIST = path.join(process.cwd(), 'node_modules/@actions/workflow-parser/dist');

describe.each(['workflow-v1.0.min.json', 'action-v1.0.min.json'])('%s', (file) => {
  const json = readFileSync(path.join(DIST, file), 'utf8');

  it('gives the same definitions as the library load', () => {
    const ours = loadSchemaFast(new JSONObjectReader(undefined, json));
    const theirs = TemplateSchema.load(new JSONObjectReader(undefined, json));
    expect(Object.keys(ours.definitions).length).toBeGreaterThan(50);
    expect(ours.definitions).toStrictEqual(theirs.definitions);
    expect(ours.version).toBe(theirs.version);
  });
});

it('is the schema the parser validates with, and leaves TemplateSchema.load as it was', async () => {
  const original = TemplateSchema.load;
  expect(workflowSchema()).toBe(workflowSchema());
  expect(actionSchema().definitions['runs']).toBeDefined();
  expect(TemplateSchema.load).toBe(original);
  const dir = mkdtempSync(path.join(tmpdir(), 'pg-schema-'));
  writeFileSync(path.join(dir, 'ci.yml'), 'on: push\njobs:\n  a:\n    runs-onn: ubuntu-latest\n    steps:\n      - run: echo\n');
  const parsed = await loadFile(path.join(dir, 'ci.yml'), 'ci.yml');
  expect(parsed.problems.map((p) => p.message).join('\n')).toMatch(/runs-onn/);
  const good = await loadFile(path.join(process.cwd(), 'test/fixtures/workflows/real/actionlint-ci.yaml'), 'ci.yaml');
  expect([good.model?.kind, good.problems]).toEqual(['workflow', []]);
});
