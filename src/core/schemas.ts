/**
 * The JSON Schemas of our reports (kept as files in schemas/ for users), checked with ajv before a
 * report is written.
 */
import { Ajv, type ValidateFunction } from 'ajv';
import gatesReportSchema from '../../schemas/gates-report.schema.json' with { type: 'json' };

export type SchemaName = 'gates-report';

const SCHEMAS: Record<SchemaName, object> = {
  'gates-report': gatesReportSchema
};

const compiled = new Map<SchemaName, ValidateFunction>();

/** Validation messages for `data` against one of our schemas; empty when it is valid. */
export function schemaErrors(name: SchemaName, data: unknown): string[] {
  let validate = compiled.get(name);
  if (!validate) {
    const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true, validateFormats: false });
    validate = ajv.compile(SCHEMAS[name]);
    compiled.set(name, validate);
  }
  if (validate(data)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? 'is invalid'}`);
}

/** Throws an internal error when a report we are about to write breaks its own schema: a bug. */
export function assertSchema(name: SchemaName, data: unknown): void {
  const errors = schemaErrors(name, data);
  if (errors.length) throw new Error(`internal: ${name} does not match its schema: ${errors.join('; ')}`);
}
