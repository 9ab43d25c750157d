# Sourced by run.sh, migrate.sh, admin.sh and import.sh (not run on its own): the database of local commands.
#
# dev_db_acquire: uses ConnectionStrings__Registry when it is set; otherwise starts the durable dev
#   cluster (scripts/pg.sh dev-start) and exports ConnectionStrings__Registry for it. Sets
#   DEV_DB_STARTED=1 only when this call started the cluster, so that dev_db_release stops only
#   what we started (a cluster that was already running, e.g. for another `make run`, stays up).
# dev_db_release: stops the cluster if dev_db_acquire started it. Safe to call more than once.

DEV_DB_STARTED=0
DEV_DB_DESCRIPTION=""

dev_db_acquire() {
    local scripts status=0 connection
    scripts="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

    if [[ -n "${ConnectionStrings__Registry:-}" ]]; then
        DEV_DB_DESCRIPTION="the server of ConnectionStrings__Registry (from the environment)"
        return 0
    fi

    # Relative data directories are relative to where the command was started.
    if [[ -n "${TRIALREGISTRY_DATA_DIR:-}" && "$TRIALREGISTRY_DATA_DIR" != /* ]]; then
        TRIALREGISTRY_DATA_DIR="$PWD/$TRIALREGISTRY_DATA_DIR"
        export TRIALREGISTRY_DATA_DIR
    fi

    bash "$scripts/pg.sh" dev-status 2>/dev/null || status=$?
    if [[ "$status" -eq 3 ]]; then
        # Set before starting so that an interrupt during the start still stops it.
        DEV_DB_STARTED=1
    fi
    connection="$(bash "$scripts/pg.sh" dev-start | tail -n 1)" || return 1
    [[ -n "$connection" ]] || return 1
    export ConnectionStrings__Registry="$connection"
    DEV_DB_DESCRIPTION="local PostgreSQL, data in ${TRIALREGISTRY_DATA_DIR:-$(cd "$scripts/.." && pwd)/.data/postgres}"
}

dev_db_release() {
    local scripts
    scripts="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
    if [[ "$DEV_DB_STARTED" -eq 1 ]]; then
        DEV_DB_STARTED=0
        bash "$scripts/pg.sh" dev-stop || true
    fi
}

# dev_db_for_command: what migrate.sh, admin.sh and import.sh share: stop on exit what we started,
#   turn Ctrl-C/TERM into an exit (so the trap runs), acquire the database, and run the app in
#   Development against the dev cluster (a configured server keeps the environment it was given).
dev_db_for_command() {
    trap dev_db_release EXIT
    trap 'exit 130' INT
    trap 'exit 143' TERM
    if [[ -z "${ConnectionStrings__Registry:-}" ]]; then
        dev_db_acquire || exit 1
        export ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-Development}"
    else
        dev_db_acquire
    fi
}
