/**
 * The workflows-validation settings `phase-gates init` writes (`.github/phase-gates.yml`, format in
 * src/core/workflows/config.ts; internal). The written workflow passes every rule at its default
 * level; these settings make the rules it satisfies by construction errors instead of warnings,
 * so that a later edit that drops a pin, the permissions, an environment, the smoke test or the
 * concurrency group fails the check instead of warning.
 */
import { INIT_PATHS } from './workflow.js';

/** Rules raised to `error`: name and id. */
export const RAISED_RULES: ReadonlyArray<{ name: string; id: string }> = [
  { name: 'unpinned-action', id: 'PG201' },
  { name: 'missing-permissions', id: 'PG202' },
  { name: 'mutable-image', id: 'PG205' },
  { name: 'deploy-without-environment', id: 'PG301' },
  { name: 'deploy-without-smoke-test', id: 'PG302' },
  { name: 'deploy-without-concurrency', id: 'PG303' }
];

/** The text of `.github/phase-gates.yml`. */
export function validationConfig(): string {
  const width = Math.max(...RAISED_RULES.map((r) => r.name.length));
  return [
    '# Settings of phase-gates workflows-validation (`phase-gates validate`), written by `phase-gates init`.',
    `# ${INIT_PATHS.workflow} passes every rule; the rules it meets by construction are errors here, so`,
    '# that an edit dropping a SHA pin, the permissions, an environment, the smoke test or the',
    '# concurrency group fails validation. Rules can be set to error, warning, note or off (by id or name).',
    'rules:',
    ...RAISED_RULES.map((r) => `  ${`${r.name}:`.padEnd(width + 1)} error # ${r.id}`),
    ''
  ].join('\n');
}
