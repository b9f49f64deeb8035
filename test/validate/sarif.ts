/** The official SARIF 2.1.0 schema (see README.md), compiled once with ajv. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';

let validate: ValidateFunction | undefined;

/** ajv's messages for a SARIF log; empty when it is valid SARIF 2.1.0. */
export function sarifErrors(log: unknown): string[] {
  if (!validate) {
    const schema = JSON.parse(readFileSync(path.join(process.cwd(), 'test/validate/sarif-2.1.0-rtm.5.schema.json'), 'utf8'));
    // draft-04 → what ajv 8 reads: the schema id keyword was renamed; nothing else in this schema differs.
    schema.$id = schema.id;
    delete schema.id;
    delete schema.$schema;
    // The schema's `language` pattern has a lone `]`, valid only without the u flag (as JSON Schema's ECMA 262 regexes were read then).
    const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
    ajv.addFormat('uri', (s: string) => /^[a-z][a-z0-9+.-]*:/i.test(s) && !/\s/.test(s));
    ajv.addFormat('uri-reference', (s: string) => !/\s/.test(s));
    ajv.addFormat('date-time', (s: string) => !Number.isNaN(Date.parse(s)) && /^\d{4}-\d\d-\d\dT/.test(s));
    validate = ajv.compile(schema);
  }
  return validate(log) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}
