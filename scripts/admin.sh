#!/usr/bin/env bash
# `make admin EMAIL=someone@example.org [PASSWORD=...] [NAME="Display Name"]`: create an admin
# (or make an existing account one) with the app's own create-admin command.
#
# Against ConnectionStrings__Registry when it is set (e.g. production); otherwise against the local
# dev cluster of `make run` (scripts/pg.sh dev-start), stopped afterwards if this script started it.
# Without PASSWORD the app generates one and prints it once. The password travels in an environment
# variable, not on a command line other users could read in the process list.
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=scripts/lib-dev-db.sh
source "$REPO/scripts/lib-dev-db.sh"

EMAIL="${1:-}"
if [[ -z "$EMAIL" ]]; then
    echo 'usage: make admin EMAIL=someone@example.org [PASSWORD=...] [NAME="Display Name"]' >&2
    exit 2
fi

dev_db_for_command
echo "admin.sh: creating admin $EMAIL in $DEV_DB_DESCRIPTION" >&2

export TRIALREGISTRY_ADMIN_PASSWORD="${ADMIN_PASSWORD:-}"
ARGS=(create-admin --email "$EMAIL")
if [[ -n "${ADMIN_NAME:-}" ]]; then
    ARGS+=(--name "$ADMIN_NAME")
fi

cd "$REPO"
dotnet run --project src/TrialRegistry.Web -c Release --no-launch-profile -- "${ARGS[@]}"
