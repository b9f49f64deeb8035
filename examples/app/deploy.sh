#!/usr/bin/env bash
# Deploys the example app as local processes. Run by phase-gates deploy (provider command), which
# sets PHASE_GATES_*; every call says what must hold afterwards, and the script makes it so.
#
# direct (PHASE_GATES_SLOT empty): stops the running app and starts PHASE_GATES_VERSION on
#   127.0.0.1:$APP_PORT (a short outage: that is what direct means).
# blue-green and canary (PHASE_GATES_SLOT blue or green): makes the slot run PHASE_GATES_VERSION
#   (started on its own port and socket only if it does not already), then gives it
#   PHASE_GATES_TRAFFIC_PERCENT of the traffic through the router and the other slot the rest.
#   The other slot keeps running: a rollback only moves traffic back.
#
#   APP_PORT                  direct: port to serve on (default 8080)
#   APP_BLUE_PORT/GREEN_PORT  slots: their ports (default 8081, 8082)
#   APP_ROUTER                nginx | node | none (default none): what splits the traffic
#   APP_NGINX_PREFIX          nginx: the directory of its nginx.conf (this directory's nginx.conf
#                             filled in), which includes the upstream.conf written here
#   APP_ROUTER_URL            the router's URL; at 100% the script waits until it serves the version
#   APP_STATE                 directory for pid files, logs, sockets and routes (default .example-app)
#
# It writes url=<the slot's own URL> to $PHASE_GATES_OUTPUT, so phase-gates can verify the slot
# before any traffic reaches it.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
version="${PHASE_GATES_VERSION:-}"
slot="${PHASE_GATES_SLOT:-}"
other="${PHASE_GATES_OTHER_SLOT:-}"
percent="${PHASE_GATES_TRAFFIC_PERCENT:-100}"
state="${APP_STATE:-.example-app}"
router="${APP_ROUTER:-none}"
mkdir -p "$state"
output="${PHASE_GATES_OUTPUT:-/dev/null}"

port_of() {
  case "$1" in
    blue) echo "${APP_BLUE_PORT:-8081}" ;;
    green) echo "${APP_GREEN_PORT:-8082}" ;;
    *) echo "${APP_PORT:-8080}" ;;
  esac
}
name_of() { echo "${1:-app}"; }
socket_of() { echo "$(cd "$state" && pwd)/$1.sock"; }

# Whether 127.0.0.1:$1 serves version $2 on /health.
serves() {
  node "$here/probe.js" "$1" "$2"
}

stop() {
  local pidfile="$state/$(name_of "$1").pid"
  if [[ -f "$pidfile" ]]; then
    local pid
    pid="$(cat "$pidfile")"
    if kill -0 "$pid" 2>/dev/null; then
      kill "$pid" 2>/dev/null || true
      for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
      kill -9 "$pid" 2>/dev/null || true
    fi
    rm -f "$pidfile"
  fi
}

# Starts version $2 in slot $1 (empty: the direct app) and waits until it is healthy.
start() {
  local name port pidfile
  name="$(name_of "$1")"
  port="$(port_of "$1")"
  pidfile="$state/$name.pid"
  stop "$1"
  # setsid: the app outlives this script and its process group; its output goes to a file so that
  # it holds none of the deploy's pipes.
  # A slot also listens on $state/<slot>.sock, which nginx reaches through the live link.
  # APP_SLOT labels its metrics (slot="blue"; "" when deployed directly).
  APP_VERSION="$2" APP_SLOT="$1" APP_PORT="$port" APP_SOCKET="${1:+$(socket_of "$1")}" setsid node "$here/server.js" >>"$state/$name.log" 2>&1 </dev/null &
  echo $! >"$pidfile"
  for _ in $(seq 1 50); do
    if ! kill -0 "$(cat "$pidfile")" 2>/dev/null; then
      echo "the app exited at start:" >&2
      tail -n 5 "$state/$name.log" >&2 || true
      rm -f "$pidfile"
      return 1
    fi
    if serves "$port" "$2"; then
      echo "example app $2 is healthy on 127.0.0.1:$port${1:+ (slot $1)}"
      return 0
    fi
    sleep 0.1
  done
  echo "example app $2 did not become healthy" >&2
  return 1
}

# Gives slot $1 $2% of the traffic and slot $3 the rest, through the router.
route() {
  local mine="$2" rest
  rest=$(awk -v p="$mine" 'BEGIN { printf "%d", 100 - p + 0.5 }')
  mine=$(awk -v p="$mine" 'BEGIN { printf "%d", p + 0.5 }')
  local routes="$state/routes.tmp"
  : >"$routes"
  [[ "$mine" -gt 0 ]] && echo "$(port_of "$1") $mine" >>"$routes"
  [[ "$rest" -gt 0 && -n "$3" ]] && echo "$(port_of "$3") $rest" >>"$routes"
  mv "$routes" "$state/routes"
  case "$router" in
    nginx)
      # All traffic on one slot (blue-green's switch, a canary's last step, a rollback): nginx
      # proxies to the socket behind the link live.sock, which is repointed by an atomic rename.
      # No reload: nginx connects to the link for each request, client connections are never
      # touched, requests in flight finish on the old slot. Shares in between (a canary's steps)
      # need weights in upstream.conf, and a reload.
      local prefix="${APP_NGINX_PREFIX:?APP_NGINX_PREFIX is not set}"
      local only="" live="$prefix/live.sock"
      [[ "$mine" -eq 100 ]] && only="$1"
      [[ "$rest" -eq 100 || -z "$3" ]] && only="${3:-$1}"
      if [[ -n "$only" ]]; then
        ln -sfn "$(socket_of "$only")" "$live.tmp"
        mv -T "$live.tmp" "$live"
      fi
      {
        echo "upstream app {"
        if [[ -n "$only" ]]; then
          echo "  server unix:$live max_fails=0;"
        else
          echo "  server unix:$(socket_of "$1") weight=$mine max_fails=0;"
          echo "  server unix:$(socket_of "$3") weight=$rest max_fails=0;"
        fi
        echo "}"
      } >"$prefix/upstream.conf.tmp"
      if cmp -s "$prefix/upstream.conf.tmp" "$prefix/upstream.conf"; then
        rm -f "$prefix/upstream.conf.tmp"
      else
        mv "$prefix/upstream.conf.tmp" "$prefix/upstream.conf"
        # A bad configuration would be refused by the reload silently: test it first.
        nginx -t -q -p "$prefix" -c "$prefix/nginx.conf"
        nginx -p "$prefix" -c "$prefix/nginx.conf" -s reload
      fi
      ;;
    node)
      kill -HUP "$(cat "$state/router.pid")"
      ;;
    none) ;;
    *) echo "unknown APP_ROUTER $router" >&2; return 1 ;;
  esac
  echo "traffic: slot $1 ${mine}%${3:+, slot $3 ${rest}%} (router $router)"
  # All traffic on the slot: wait until the router serves it (a reload takes effect in moments).
  if [[ "$mine" -eq 100 && -n "${APP_ROUTER_URL:-}" ]]; then
    local router_port="${APP_ROUTER_URL##*:}"
    router_port="${router_port%%/*}"
    for _ in $(seq 1 50); do
      serves "$router_port" "$version" && return 0
      sleep 0.05
    done
    echo "the router does not serve $version yet" >&2
    return 1
  fi
}

if [[ -z "$version" ]]; then
  # A rollback with nothing to return to: stop what this run started.
  echo "no version to run: stopping ${other:-the app}" >&2
  stop "$other"
  exit 0
fi

if [[ -z "$slot" ]]; then
  echo "deploying example app ${version} to 127.0.0.1:$(port_of '') (${PHASE_GATES_ENVIRONMENT:-local})"
  start "" "$version"
  echo "url=http://127.0.0.1:$(port_of '')" >>"$output"
  exit 0
fi

port="$(port_of "$slot")"
if serves "$port" "$version"; then
  echo "slot $slot already runs ${version}"
else
  echo "deploying example app ${version} to slot ${slot} (127.0.0.1:${port}, ${PHASE_GATES_ENVIRONMENT:-local})"
  start "$slot" "$version"
fi
echo "url=http://127.0.0.1:${port}" >>"$output"
route "$slot" "$percent" "$other"
