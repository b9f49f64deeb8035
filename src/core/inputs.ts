/** Reading typed inputs through the Host, with errors that name the input. */
import type { Host } from './host.js';
import { UserError } from './errors.js';

/** A trimmed input value, or `fallback` when unset. */
export function input(host: Host, name: string, fallback = ''): string {
  const v = host.getInput(name).trim();
  return v === '' ? fallback : v;
}

/** A boolean input as the runner's YAML 1.2 core schema reads it (true/True/TRUE, false/False/FALSE). */
export function booleanInput(host: Host, name: string, fallback: boolean): boolean {
  const v = host.getInput(name).trim();
  if (v === '') return fallback;
  if (['true', 'True', 'TRUE'].includes(v)) return true;
  if (['false', 'False', 'FALSE'].includes(v)) return false;
  throw new UserError(`not a boolean: ${JSON.stringify(v)}`, { input: name, hint: 'write true or false' });
}

/** A required input. */
export function requiredInput(host: Host, name: string): string {
  const v = input(host, name);
  if (!v) throw new UserError('required and not supplied', { input: name });
  return v;
}
