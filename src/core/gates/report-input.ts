/**
 * A gates report given back to phase-gates: deploy's `gates-report` input and gates-enforcer's
 * `base-report` (and the base's artifact and check-run copies). Validated against
 * `phase-gates/gates-report@1`; anything else is one UserError line saying what it is instead.
 */
import { UserError } from '../errors.js';
import { displayPath, readJsonText, resolveInWorkspace } from '../files.js';
import { schemaErrors } from '../schemas.js';
import { GATES_REPORT_SCHEMA } from '../constants.js';
import type { GatesReport } from './report.js';

/**
 * `data` as a gates report, or one UserError line saying what it is instead: `a SARIF log`, `a
 * "x/y@2" document`, or the first schema problems.
 */
export function validGatesReport(data: unknown, input: string, where: { file?: string; prefix?: string; hint?: string } = {}): GatesReport {
  const problems = schemaErrors('gates-report', data);
  if (!problems.length) return data as GatesReport;
  const o = (data !== null && typeof data === 'object' && !Array.isArray(data) ? data : {}) as Record<string, unknown>;
  let what: string;
  if (typeof o.$schema === 'string' && /sarif/i.test(o.$schema)) what = `a SARIF${typeof o.version === 'string' ? ` ${o.version}` : ''} log`;
  else if (typeof o.schema === 'string' && o.schema !== GATES_REPORT_SCHEMA) what = `a ${JSON.stringify(o.schema)} document`;
  else if (data === null || typeof data !== 'object' || Array.isArray(data)) what = Array.isArray(data) ? 'a JSON array' : `JSON ${data === null ? 'null' : typeof data}`;
  else what = problems.slice(0, 3).join('; ');
  throw new UserError(`${where.prefix ?? ''}not a phase-gates gates report (${what})`, {
    input,
    file: where.file,
    hint: where.hint ?? `give a gates-report.json written by gates-enforcer (schema ${GATES_REPORT_SCHEMA})`
  });
}

/** A gates report file of the workspace (`given` as the user wrote it), validated; and its path as shown. */
export async function readGatesReportFile(workspace: string, given: string, input: string, hint?: string): Promise<{ report: GatesReport; file: string }> {
  const resolved = resolveInWorkspace(workspace, given, input);
  const file = displayPath(workspace, resolved);
  let data: unknown;
  try {
    data = (await readJsonText(resolved, file, input)).value;
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UserError('file not found', { input, file });
    if (code === 'EISDIR') throw new UserError('is a directory: give the path of a gates-report.json', { input, file });
    throw err;
  }
  return { report: validGatesReport(data, input, { file, hint }), file };
}
