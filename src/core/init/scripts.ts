/**
 * The `deploy.sh` and `rollback.sh` skeletons `phase-gates init --provider command` writes when
 * they do not exist yet (internal). They read the PHASE_GATES_* variables the deploy action sets
 * (SPEC, "deploy") and fail until they are filled in, so that a skeleton never reports a deploy
 * that did not happen.
 */

const HEADER = `# The phase-gates deploy action runs this file as a program (never through a shell string), with:
#   PHASE_GATES_ENVIRONMENT       the environment (staging, production)
#   PHASE_GATES_VERSION           the version: the commit SHA (or the artifact id) to put in service
#   PHASE_GATES_PREVIOUS_VERSION  the version in service before this run (empty on the first deploy)
#   PHASE_GATES_DEPLOYMENT_ID     the GitHub deployment id
#   PHASE_GATES_STRATEGY          direct, blue-green or canary
#   PHASE_GATES_STEP              deploy (start the version), traffic (only move traffic) or rollback
#   PHASE_GATES_SLOT              blue or green with blue-green and canary; empty when direct
#   PHASE_GATES_OTHER_SLOT        the other slot, which gets the rest of the traffic
#   PHASE_GATES_TRAFFIC_PERCENT   the share of traffic the slot has after this call (0-100)
#   PHASE_GATES_MODE              deploy, rollback or migrate
#   PHASE_GATES_OUTPUT            a file: write url=<the slot's own URL> to it, for verification
# and the variables of required-secrets (DEPLOY_TOKEN). It writes its log to stdout/stderr (the
# action records it in ci/deploy-logs.txt, secrets masked) and exits non-zero on any failure.`;

/** The text of `deploy.sh`. */
export function deployScript(): string {
  return `#!/usr/bin/env bash
# Deploys one version (written by \`phase-gates init --provider command\`: fill in the two functions).
${HEADER}
# On a failure the action runs rollback.sh automatically.
set -euo pipefail

environment="\${PHASE_GATES_ENVIRONMENT:?run by the phase-gates deploy action}"
version="\${PHASE_GATES_VERSION:?no version to deploy}"
slot="\${PHASE_GATES_SLOT:-}"
traffic="\${PHASE_GATES_TRAFFIC_PERCENT:-100}"

# Starts \$2 (a version) in slot \$1 ('' when direct) of the environment, without waiting for traffic.
start_version() {
  echo "::error::deploy.sh is a skeleton: write how to start version $2 in $environment\${1:+ (slot $1)}" >&2
  return 1
}

# Sends \$2 percent of the traffic of the environment to slot \$1 (the rest to the other slot).
route_traffic() {
  echo "::error::deploy.sh is a skeleton: write how to send $2% of $environment's traffic to slot $1" >&2
  return 1
}

echo "deploying $version to $environment (deployment \${PHASE_GATES_DEPLOYMENT_ID:-none}, previous \${PHASE_GATES_PREVIOUS_VERSION:-none}, slot \${slot:-none}, \${traffic}% of traffic)"
if [ -z "$slot" ]; then
  start_version "" "$version"
elif [ "$traffic" = "0" ]; then
  # blue-green, first call: the idle slot gets the new version; the action verifies it next.
  start_version "$slot" "$version"
else
  # blue-green switch (100) or a canary step (10, 50, ...): the slot already runs the version.
  route_traffic "$slot" "$traffic"
fi
`;
}

/** The text of `rollback.sh`. */
export function rollbackScript(): string {
  return `#!/usr/bin/env bash
# Returns the environment to its last good version (written by \`phase-gates init --provider command\`).
${HEADER}
# Here PHASE_GATES_VERSION is the version to restore and PHASE_GATES_PREVIOUS_VERSION the one that failed.
set -euo pipefail

environment="\${PHASE_GATES_ENVIRONMENT:?run by the phase-gates deploy action}"
restore="\${PHASE_GATES_VERSION:-}"
failed="\${PHASE_GATES_PREVIOUS_VERSION:-}"

if [ -z "$restore" ]; then
  echo "::error::no earlier good version of $environment to return to" >&2
  exit 1
fi

echo "rolling $environment back from \${failed:-unknown} to $restore"
# With two slots, sending all traffic back to the slot that still runs $restore is instant;
# otherwise deploy $restore again.
echo "::error::rollback.sh is a skeleton: write how to put $restore back in service in $environment" >&2
exit 1
`;
}
