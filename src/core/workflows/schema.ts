/**
 * GitHub's workflow and action.yml schemas, loaded fast. `@actions/workflow-parser` reads its own
 * JSON schema on first use through its template reader, validating it against the schema of
 * schemas: a fixed file validated on every run, about a fifth of the action's start-up. Here the
 * same parse events become the same tokens directly, and `new TemplateSchema` builds the same
 * definitions from them (test/validate/schema.test.ts compares both with the library's load).
 */
import { TemplateSchema } from '@actions/workflow-parser/templates/schema/template-schema';
import type { ObjectReader } from '@actions/workflow-parser/templates/object-reader';
import { isMapping, isString } from '@actions/workflow-parser';
import type { TemplateToken } from '@actions/workflow-parser/templates/tokens/index';
import { getWorkflowSchema } from '@actions/workflow-parser/workflows/workflow-schema';
import { getActionSchema } from '@actions/workflow-parser/actions/action-schema';

/** The next value of `reader` as a token tree; a schema file is finite, and each turn reads one event or throws. */
function readValue(reader: ObjectReader): TemplateToken {
  const literal = reader.allowLiteral();
  if (literal) return literal;
  const sequence = reader.allowSequenceStart();
  if (sequence) {
    while (!reader.allowSequenceEnd()) sequence.add(readValue(reader));
    return sequence;
  }
  const mapping = reader.allowMappingStart();
  if (mapping) {
    while (!reader.allowMappingEnd()) {
      const key = reader.allowLiteral();
      if (!key || !isString(key)) throw new Error('schema: a mapping key that is not a string');
      mapping.add(key, readValue(reader));
    }
    return mapping;
  }
  throw new Error('schema: unexpected end of the schema document');
}

/** `TemplateSchema.load` without validating a fixed file against the schema of schemas. */
export function loadSchemaFast(reader: ObjectReader): TemplateSchema {
  reader.validateStart();
  const root = readValue(reader);
  reader.validateEnd();
  if (!isMapping(root)) throw new Error('schema: the document is not a mapping');
  return new TemplateSchema(root);
}

/** Runs `get` (the library's cached schema getter) with the fast loader in place of `TemplateSchema.load`. */
function fast(get: () => TemplateSchema): TemplateSchema {
  const original = TemplateSchema.load;
  TemplateSchema.load = loadSchemaFast;
  try {
    return get();
  } finally {
    TemplateSchema.load = original;
  }
}

let workflow: TemplateSchema | undefined;
let action: TemplateSchema | undefined;

/** The workflow schema (the library's own, loaded once and cached by it). */
export function workflowSchema(): TemplateSchema {
  return (workflow ??= fast(getWorkflowSchema));
}

/** The action.yml schema (the library's own, loaded once and cached by it). */
export function actionSchema(): TemplateSchema {
  return (action ??= fast(getActionSchema));
}
