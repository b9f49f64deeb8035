/**
 * The JSON Schemas of our reports (files in schemas/ for users), checked before a report is
 * written. The validators are compiled by ajv ahead of time (scripts/gen-validators.mjs), so that
 * no action pays for schema compilation at start-up.
 */
import validateGatesReport from './generated/gates-report.validate.js';
import validateSmokeReport from './generated/smoke-report.validate.js';
import validateAnalysisReport from './generated/analysis-report.validate.js';

export type SchemaName = 'gates-report' | 'smoke-report' | 'analysis-report';

interface Validator {
  (data: unknown): boolean;
  errors?: Array<{ instancePath: string; message?: string }> | null;
}

const VALIDATORS: Record<SchemaName, Validator> = {
  'gates-report': validateGatesReport as Validator,
  'smoke-report': validateSmokeReport as Validator,
  'analysis-report': validateAnalysisReport as Validator
};

/** Validation messages for `data` against one of our schemas; empty when it is valid. */
export function schemaErrors(name: SchemaName, data: unknown): string[] {
  const validate = VALIDATORS[name];
  if (validate(data)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? 'is invalid'}`);
}

/** Throws an internal error when a report we are about to write breaks its own schema: a bug. */
export function assertSchema(name: SchemaName, data: unknown): void {
  const errors = schemaErrors(name, data);
  if (errors.length) throw new Error(`internal: ${name} does not match its schema: ${errors.join('; ')}`);
}
