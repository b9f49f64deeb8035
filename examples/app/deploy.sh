#!/usr/bin/env bash
# Deploys the example app as a local process: stops the running one (pid file), starts
# server.js with PHASE_GATES_VERSION on 127.0.0.1:$APP_PORT and waits until /health answers
# with that version. Run by phase-gates deploy (provider command), which sets PHASE_GATES_*.
#
#   APP_PORT   port to serve on (default 8080)
#   APP_STATE  directory for the pid file and the app's log (default .example-app in the cwd)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
version="${PHASE_GATES_VERSION:?PHASE_GATES_VERSION is not set}"
port="${APP_PORT:-8080}"
state="${APP_STATE:-.example-app}"
mkdir -p "$state"
pidfile="$state/app.pid"

stop_running() {
  if [[ -f "$pidfile" ]]; then
    local pid
    pid="$(cat "$pidfile")"
    if kill -0 "$pid" 2>/dev/null; then
      kill "$pid" 2>/dev/null || true
      # Bounded wait for the port to be free.
      for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
      kill -9 "$pid" 2>/dev/null || true
    fi
    rm -f "$pidfile"
  fi
}

echo "deploying example app ${version} to 127.0.0.1:${port} (${PHASE_GATES_ENVIRONMENT:-local})"
stop_running
# setsid: the app outlives this script and its process group; its output goes to a file so that
# it holds none of the deploy's pipes.
APP_VERSION="$version" APP_PORT="$port" setsid node "$here/server.js" >>"$state/app.log" 2>&1 </dev/null &
echo $! >"$pidfile"

# Bounded readiness wait: /health must answer with the new version.
for _ in $(seq 1 50); do
  if ! kill -0 "$(cat "$pidfile")" 2>/dev/null; then
    echo "the app exited at start:" >&2
    tail -n 5 "$state/app.log" >&2 || true
    rm -f "$pidfile"
    exit 1
  fi
  if body="$(curl -fsS --max-time 1 "http://127.0.0.1:${port}/health" 2>/dev/null)" && [[ "$body" == *"\"version\":\"${version}\""* ]]; then
    echo "example app ${version} is healthy"
    exit 0
  fi
  sleep 0.1
done
echo "example app ${version} did not become healthy" >&2
exit 1
