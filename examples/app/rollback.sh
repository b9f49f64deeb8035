#!/usr/bin/env bash
# Rolls the example app back: phase-gates calls it with PHASE_GATES_VERSION set to the version
# to restore (the previous successful one) and PHASE_GATES_PREVIOUS_VERSION to the one that
# failed. Restoring is deploying the old version again.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
if [[ -z "${PHASE_GATES_VERSION:-}" ]]; then
  echo "no previous version to restore: stopping the app" >&2
  state="${APP_STATE:-.example-app}"
  [[ -f "$state/app.pid" ]] && kill "$(cat "$state/app.pid")" 2>/dev/null || true
  rm -f "$state/app.pid"
  exit 0
fi
echo "rolling back from ${PHASE_GATES_PREVIOUS_VERSION:-?} to ${PHASE_GATES_VERSION}"
exec "$here/deploy.sh"
