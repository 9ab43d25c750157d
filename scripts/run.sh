#!/usr/bin/env bash
# `make run`: the registry on http://127.0.0.1:${PORT:-5080} with a local PostgreSQL.
#
# Uses ConnectionStrings__Registry when it is set; otherwise starts the durable dev cluster
# (scripts/pg.sh dev-start, data in .data/postgres) and stops it again on exit if it started it.
# Migrations are applied and the demo data is loaded at start. Ctrl-C stops the app and then
# the database.
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=scripts/lib-dev-db.sh
source "$REPO/scripts/lib-dev-db.sh"

APP_PID=""
SIGNALS=0

stop_app() { # signal
    [[ -n "$APP_PID" ]] || return 0
    # The app runs in its own session and process group (setsid): signal the whole group,
    # i.e. `dotnet run` and the app it launched.
    kill "-$1" -- "-$APP_PID" 2>/dev/null || kill "-$1" "$APP_PID" 2>/dev/null || true
}

on_signal() {
    SIGNALS=$((SIGNALS + 1))
    if [[ "$SIGNALS" -eq 1 ]]; then
        echo "run.sh: stopping TrialRegistry (press Ctrl-C again to kill it)" >&2
        # SIGTERM whatever arrived: background jobs start with SIGINT ignored, and .NET keeps it
        # ignored, while SIGTERM triggers the same graceful shutdown as Ctrl-C.
        stop_app TERM
    else
        stop_app KILL
    fi
    if [[ -z "$APP_PID" ]]; then
        exit 130
    fi
}

wait_for_group_exit() {
    local i
    [[ -n "$APP_PID" ]] || return 0
    # `dotnet run` can exit before the app it launched has finished shutting down.
    for i in $(seq 1 150); do
        kill -0 -- "-$APP_PID" 2>/dev/null || return 0
        if [[ "$i" -eq 100 ]]; then
            stop_app TERM
        fi
        sleep 0.2
    done
    stop_app KILL
}

cleanup() {
    local status=$?
    trap '' INT TERM HUP
    if [[ -n "$APP_PID" ]]; then
        stop_app TERM
        wait_for_group_exit
        APP_PID=""
    fi
    dev_db_release
    exit "$status"
}

trap cleanup EXIT
trap on_signal INT TERM HUP

dev_db_acquire || exit 1

export ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-Development}"
export Database__MigrateOnStartup=true
export DemoData__LoadOnStartup=true
# The README's demo accounts (Demo-Password-1) exist only in this demo database.
export DemoData__Accounts=true
export ASPNETCORE_URLS="http://127.0.0.1:${PORT:-5080}"

cd "$REPO"
cat >&2 <<EOF

  TrialRegistry:  http://127.0.0.1:${PORT:-5080}
  Database:       $DEV_DB_DESCRIPTION
  Environment:    $ASPNETCORE_ENVIRONMENT
  Stop with Ctrl-C.

EOF

# setsid: the app gets its own process group (terminal Ctrl-C reaches only this script, which
# forwards it), and stdin is not the terminal, so it never competes for it.
setsid dotnet run --project src/TrialRegistry.Web -c Release --no-launch-profile </dev/null &
APP_PID=$!

status=0
while :; do
    if wait "$APP_PID"; then status=0; else status=$?; fi
    # wait returns early (status > 128) when a trapped signal arrives; the app is still running.
    kill -0 "$APP_PID" 2>/dev/null || break
done
wait_for_group_exit
APP_PID=""
exit "$status"
