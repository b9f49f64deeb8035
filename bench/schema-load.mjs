// Benchmark: loading GitHub's workflow and action.yml schemas. Ours (src/core/workflows/schema.ts,
// loadSchemaFast) against the library's own TemplateSchema.load, in the same process, on the same
// JSON, interleaved run by run. Goal: faster than the library (ratio < 1); the load is on the
// start-up path of workflows-validation. The unit test (test/validate/schema.test.ts) checks that
// both give the same definitions; timing lives here, not in a unit test.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';
import { WORK, ROOT, median } from './lib.mjs';

const RUNS = 41;

export async function run() {
  const source = readFileSync(path.join(ROOT, 'src/core/workflows/schema.ts'), 'utf8');
  const js = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 }
  }).outputText
    // The library's own schema modules import JSON without an import attribute, which plain Node
    // refuses (the package index pulls them in too); the bench hands both loaders the JSON text
    // itself, so those imports go and the type guards come from their own module.
    .replace(/^import \{ get(Workflow|Action)Schema \} from .*$/gm, 'const get$1Schema = () => { throw new Error("not in the bench"); };')
    .replace(/from '@actions\/workflow-parser';$/m, "from '@actions/workflow-parser/templates/tokens/type-guards';");
  // Bare specifiers resolve from the project's node_modules, so the module sits in bench/.work.
  const file = path.join(WORK, 'schema-load.mjs');
  writeFileSync(file, js);
  const ours = await import(pathToFileURL(file).href);
  const { TemplateSchema } = await import('@actions/workflow-parser/templates/schema/template-schema');
  const { JSONObjectReader } = await import('@actions/workflow-parser/templates/json-object-reader');
  const dist = path.join(ROOT, 'node_modules/@actions/workflow-parser/dist');
  const result = { name: 'schema-load', input: `workflow and action schemas of @actions/workflow-parser, median of ${RUNS} loads each`, files: {} };
  for (const name of ['workflow-v1.0.min.json', 'action-v1.0.min.json']) {
    const json = readFileSync(path.join(dist, name), 'utf8');
    const theirs = [];
    const mine = [];
    for (let i = 0; i < RUNS; i++) {
      let t = performance.now();
      TemplateSchema.load(new JSONObjectReader(undefined, json));
      theirs.push(performance.now() - t);
      t = performance.now();
      ours.loadSchemaFast(new JSONObjectReader(undefined, json));
      mine.push(performance.now() - t);
    }
    result.files[name] = { peer: { tool: 'TemplateSchema.load', ms: median(theirs) }, ours: { ms: median(mine) }, ratio: median(mine) / median(theirs) };
  }
  result.goals = { ratio: '< 1 for each schema' };
  return result;
}
