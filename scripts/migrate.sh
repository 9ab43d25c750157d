#!/usr/bin/env bash
# `make migrate`: apply pending EF Core migrations and exit (the app's `migrate` command).
#
# Against ConnectionStrings__Registry when it is set (e.g. production); otherwise against the
# local dev cluster (scripts/pg.sh dev-start), which is stopped afterwards if this script started it.
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=scripts/lib-dev-db.sh
source "$REPO/scripts/lib-dev-db.sh"

dev_db_for_command
echo "migrate.sh: applying migrations to $DEV_DB_DESCRIPTION" >&2

cd "$REPO"
dotnet run --project src/TrialRegistry.Web -c Release --no-launch-profile -- migrate
