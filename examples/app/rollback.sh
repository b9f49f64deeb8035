#!/usr/bin/env bash
# Rolls the example app back: phase-gates calls it with PHASE_GATES_VERSION set to the version
# to restore (the previous successful one) and PHASE_GATES_PREVIOUS_VERSION to the one that
# failed. With slots, the previous slot still runs that version, so only traffic moves back;
# otherwise restoring is deploying the old version again. deploy.sh does both.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
echo "rolling back from ${PHASE_GATES_PREVIOUS_VERSION:-?} to ${PHASE_GATES_VERSION:-nothing}${PHASE_GATES_SLOT:+ (slot $PHASE_GATES_SLOT)}"
exec "$here/deploy.sh"
