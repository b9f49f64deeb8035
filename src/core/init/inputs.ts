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
      Overwrite files that exist (deploy.sh and rollback.sh are never overwritten); with another
      provider, remove the unedited files the previous one wrote (default: false)
  --ref OWNER/REPO@SHA
      The repository and commit of phase-gates to pin its actions to (default: this checkout's
      remote origin and HEAD, with the tag at HEAD; installed without git, package.json's
      repository and gitHead)`;
