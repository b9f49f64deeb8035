/** Flags of `phase-gates init` (the command line only; no action runs init). */
export const InitInputs = {
  Provider: 'provider',
  Force: 'force',
  Ref: 'ref'
} as const;

/** Flags of `phase-gates init` that take no value (`--force`). */
export const INIT_BOOLEAN_FLAGS: readonly string[] = [InitInputs.Force];

/** What `phase-gates init --help` says beyond the flag names. */
export const INIT_HELP = `  --provider P
      Where to deploy: command, kubernetes, aws-ecs, azure-webapp, gcp-cloudrun or vercel (required)
  --force
      Overwrite files that exist (deploy.sh and rollback.sh are never overwritten) (default: false)
  --ref OWNER/REPO@SHA
      The commit of phase-gates to pin its actions to (default: read from the phase-gates checkout
      this runs from; init says which it used)`;
