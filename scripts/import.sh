#!/usr/bin/env bash
# `make import FILE=path [LENIENT=1] [DRY_RUN=1] [FORCE=1]`: import registry files with the app's own
# import command (docs/decisions/0017-import-runs.md), into the database `make run` uses.
#
# Each argument is a file, or a glob pattern when no file has that exact name ("exports/*.json");
# paths with spaces work either way (a pattern is never split on spaces). Relative paths are taken
# from where make was started. Against ConnectionStrings__Registry when it is set; otherwise against
# the local dev cluster of `make run`: shared when `make run` is serving (the running app shows the
# new trials at once), started and stopped again when it is not.
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=scripts/lib-dev-db.sh
source "$REPO/scripts/lib-dev-db.sh"

if [[ $# -eq 0 || -z "${1:-}" ]]; then
    echo 'usage: make import FILE=path/or/glob [LENIENT=1] [DRY_RUN=1] [FORCE=1]' >&2
    exit 2
fi

ARGS=(import)
for pattern in "$@"; do
    if [[ -e "$pattern" ]]; then
        matches=("$pattern")
    else
        # Pathname expansion without word splitting: spaces in the pattern stay part of the name.
        matches=()
        while IFS= read -r -d '' match; do
            matches+=("$match")
        done < <(shopt -s nullglob; IFS=; for m in $pattern; do printf '%s\0' "$m"; done)
    fi
    if [[ ${#matches[@]} -eq 0 ]]; then
        echo "import.sh: $pattern: no such file" >&2
        exit 2
    fi
    for match in "${matches[@]}"; do
        ARGS+=(--file "$(realpath -- "$match")")
    done
done

[[ "${LENIENT:-}" == 1 ]] && ARGS+=(--lenient)
[[ "${DRY_RUN:-}" == 1 ]] && ARGS+=(--dry-run)
[[ "${FORCE:-}" == 1 ]] && ARGS+=(--force)

dev_db_for_command
echo "import.sh: importing $(( (${#ARGS[@]} - 1) / 2 )) file(s) into $DEV_DB_DESCRIPTION" >&2

cd "$REPO"
# Not exec: the EXIT trap must stop the cluster if this script started it.
status=0
dotnet run --project src/TrialRegistry.Web -c Release --no-launch-profile -- "${ARGS[@]}" || status=$?
exit "$status"
