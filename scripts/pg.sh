#!/usr/bin/env bash
# Local PostgreSQL clusters for development and tests (see docs/decisions/0006-local-postgresql.md).
#
#   pg.sh find-bin          print the directory holding initdb, pg_ctl and postgres
#   pg.sh dev-start         start (creating it the first time) the durable cluster of `make run`;
#                           the last stdout line is its Npgsql connection string
#   pg.sh dev-stop          stop that cluster if it runs
#   pg.sh dev-status        exit 0 if that cluster runs, 3 if not
#   pg.sh temp-start DIR    start a throwaway cluster for tests in DIR (fsync off, free port);
#                           the last stdout line is its connection string (no Database=)
#   pg.sh temp-stop DIR     stop that cluster and delete DIR
#
# Environment:
#   PG_BIN                      directory of the PostgreSQL server binaries (searched otherwise)
#   TRIALREGISTRY_DATA_DIR      data directory of the dev cluster (default: <repo>/.data/postgres)
#   TRIALREGISTRY_PG_PORT       TCP port of the dev cluster on 127.0.0.1 (default: 55432)
#
# Only connection strings go to stdout; everything else goes to stderr.
# initdb and postgres refuse to run as root: as root the server runs as the `postgres` OS user.
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
readonly REPO
readonly DEV_DATABASE="trialregistry"
readonly TEMP_MARKER=".trialregistry-temp-pg"

log() { printf 'pg.sh: %s\n' "$*" >&2; }
die() { printf 'pg.sh: %s\n' "$*" >&2; exit 1; }

is_root() { [[ "$(id -u)" -eq 0 ]]; }

has_server_binaries() {
    [[ -n "$1" && -x "$1/initdb" && -x "$1/pg_ctl" && -x "$1/postgres" ]]
}

find_bin() {
    local dir candidate
    if [[ -n "${PG_BIN:-}" ]]; then
        if has_server_binaries "$PG_BIN"; then
            printf '%s\n' "$PG_BIN"
            return 0
        fi
        log "PG_BIN=$PG_BIN does not contain initdb, pg_ctl and postgres; searching elsewhere"
    fi
    if command -v pg_config >/dev/null 2>&1; then
        dir="$(pg_config --bindir 2>/dev/null || true)"
        if has_server_binaries "$dir"; then
            printf '%s\n' "$dir"
            return 0
        fi
    fi
    if [[ -d /usr/lib/postgresql ]]; then
        # Highest major version first.
        while IFS= read -r candidate; do
            if has_server_binaries "/usr/lib/postgresql/$candidate/bin"; then
                printf '%s\n' "/usr/lib/postgresql/$candidate/bin"
                return 0
            fi
        done < <(find /usr/lib/postgresql -mindepth 1 -maxdepth 1 -printf '%f\n' 2>/dev/null | sort -V -r)
    fi
    if dir="$(command -v initdb 2>/dev/null)"; then
        dir="$(dirname "$(readlink -f "$dir")")"
        if has_server_binaries "$dir"; then
            printf '%s\n' "$dir"
            return 0
        fi
    fi
    cat >&2 <<'EOF'
PostgreSQL server binaries (initdb, pg_ctl) not found. Install them with `apt-get install postgresql` (Debian/Ubuntu package postgresql-15 or newer), set PG_BIN to their directory, or run `docker-compose up` (see README), or set ConnectionStrings__Registry to an existing server.
EOF
    return 1
}

# Runs a server tool as the postgres OS user when we are root, from / so that an unreadable
# current directory does not matter.
as_pg() {
    if is_root; then
        (cd / && runuser -u postgres -- "$@")
    else
        (cd / && "$@")
    fi
}

ensure_postgres_user() {
    is_root || return 0
    if ! id -u postgres >/dev/null 2>&1; then
        log "creating the postgres OS user (initdb and postgres refuse to run as root)"
        useradd --system --user-group --home-dir /var/lib/postgresql --no-create-home \
            --shell /bin/bash postgres
    fi
}

# Creates directory $1 (mode 700) owned by whoever runs the server.
make_server_dir() {
    mkdir -p -- "$1"
    if is_root; then
        chown postgres: -- "$1"
    fi
    chmod 700 -- "$1"
    if is_root && ! runuser -u postgres -- test -w "$1" -a -x "$1"; then
        die "the postgres OS user cannot write to $1 (a parent directory is closed to it); choose a path it can reach, e.g. TRIALREGISTRY_DATA_DIR=/var/tmp/trialregistry/postgres"
    fi
}

absolute_path() {
    if [[ "$1" = /* ]]; then printf '%s\n' "$1"; else printf '%s\n' "$PWD/$1"; fi
}

# pg_ctl hands the data directory and -o options to /bin/sh in double/single quotes.
check_path_chars() {
    case "$1" in
        *\"* | *\'* | *\$* | *\`* | *\\*)
            die "unsupported character (quote, \$, backquote or backslash) in path: $1" ;;
    esac
}

# Unix socket directory for a cluster whose files live around $1: $2 if the socket path fits in
# sun_path (107 characters), otherwise a directory under /tmp named after a hash of $1.
socket_dir_for() {
    local key="$1" preferred="$2" hash
    # ".s.PGSQL." plus at most 5 port digits, plus the slash.
    if (( ${#preferred} + 15 <= 107 )); then
        printf '%s\n' "$preferred"
    else
        hash="$(printf '%s' "$key" | sha256sum | cut -c1-16)"
        printf '%s\n' "/tmp/trialregistry-pg-$hash"
    fi
}

is_running() { # data dir
    [[ -f "$2/PG_VERSION" ]] || return 1
    as_pg "$1/pg_ctl" -D "$2" status >/dev/null 2>&1
}

# The port a running cluster actually listens on (line 4 of postmaster.pid).
running_port() {
    sed -n '4p' "$1/postmaster.pid" 2>/dev/null | tr -d '[:space:]'
}

show_log_tail() {
    if [[ -f "$1" ]]; then
        log "last lines of $1:"
        tail -n 20 -- "$1" >&2 || true
    fi
}

# Starts the cluster in data dir $2 with binaries $1, log $3, port $4, socket dir $5, extra options $6.
start_cluster() {
    local bin="$1" data="$2" logfile="$3" port="$4" socket="$5" extra="$6"
    if is_root; then
        touch -- "$logfile"
        chown postgres: -- "$logfile"
    fi
    if ! as_pg "$bin/pg_ctl" -D "$data" -l "$logfile" -w -t 60 \
        -o "-p $port -c listen_addresses=127.0.0.1 -k '$socket' $extra" start >&2; then
        show_log_tail "$logfile"
        return 1
    fi
}

psql_admin() { # port, psql args...
    local port="$1"
    shift
    psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$port" -U postgres -d postgres "$@"
}

dev_paths() {
    DATA_DIR="$(absolute_path "${TRIALREGISTRY_DATA_DIR:-$REPO/.data/postgres}")"
    DATA_DIR="${DATA_DIR%/}"
    PORT="${TRIALREGISTRY_PG_PORT:-55432}"
    [[ "$PORT" =~ ^[0-9]+$ ]] && (( PORT > 0 && PORT < 65536 )) \
        || die "TRIALREGISTRY_PG_PORT must be a TCP port number, not '$PORT'"
    LOG_FILE="$DATA_DIR.log"
    SOCKET_DIR="$(socket_dir_for "$DATA_DIR" "$DATA_DIR-socket")"
}

# Binaries for an existing cluster must match its major version.
dev_bin() {
    local bin version
    if [[ -f "$DATA_DIR/PG_VERSION" && -z "${PG_BIN:-}" ]]; then
        version="$(tr -d '[:space:]' < "$DATA_DIR/PG_VERSION")"
        if has_server_binaries "/usr/lib/postgresql/$version/bin"; then
            printf '%s\n' "/usr/lib/postgresql/$version/bin"
            return 0
        fi
    fi
    bin="$(find_bin)" || return 1
    printf '%s\n' "$bin"
}

cmd_dev_start() {
    local bin port
    dev_paths
    check_path_chars "$DATA_DIR"
    check_path_chars "$SOCKET_DIR"
    bin="$(dev_bin)" || exit 1
    ensure_postgres_user

    if is_running "$bin" "$DATA_DIR"; then
        log "PostgreSQL already running (data: $DATA_DIR)"
    else
        if [[ ! -f "$DATA_DIR/PG_VERSION" ]]; then
            log "creating the PostgreSQL cluster in $DATA_DIR"
            make_server_dir "$DATA_DIR"
            as_pg "$bin/initdb" -D "$DATA_DIR" --auth=trust --encoding=UTF8 --locale=C.UTF-8 \
                -U postgres >/dev/null || die "initdb failed for $DATA_DIR"
        fi
        make_server_dir "$SOCKET_DIR"
        log "starting PostgreSQL on 127.0.0.1:$PORT (data: $DATA_DIR, log: $LOG_FILE)"
        start_cluster "$bin" "$DATA_DIR" "$LOG_FILE" "$PORT" "$SOCKET_DIR" "" \
            || die "PostgreSQL did not start (is port $PORT taken? set TRIALREGISTRY_PG_PORT)"
    fi

    port="$(running_port "$DATA_DIR")"
    if [[ -z "$port" ]]; then
        port="$PORT"
    elif [[ "$port" != "$PORT" ]]; then
        log "the running cluster listens on port $port, not $PORT; using $port (run \`pg.sh dev-stop\` to change it)"
    fi

    if [[ "$(psql_admin "$port" -tAc "SELECT 1 FROM pg_database WHERE datname = '$DEV_DATABASE'")" != "1" ]]; then
        log "creating database $DEV_DATABASE"
        psql_admin "$port" -c "CREATE DATABASE $DEV_DATABASE"
    fi
    printf 'Host=127.0.0.1;Port=%s;Database=%s;Username=postgres\n' "$port" "$DEV_DATABASE"
}

cmd_dev_stop() {
    local bin
    dev_paths
    if [[ ! -f "$DATA_DIR/PG_VERSION" ]]; then
        log "no PostgreSQL cluster in $DATA_DIR"
        return 0
    fi
    bin="$(dev_bin)" || exit 1
    if is_running "$bin" "$DATA_DIR"; then
        log "stopping PostgreSQL (data: $DATA_DIR)"
        as_pg "$bin/pg_ctl" -D "$DATA_DIR" -m fast -w stop >&2
    else
        log "PostgreSQL is not running (data: $DATA_DIR)"
    fi
}

cmd_dev_status() {
    local bin
    dev_paths
    bin="$(dev_bin)" || exit 1
    if is_running "$bin" "$DATA_DIR"; then
        log "PostgreSQL running on port $(running_port "$DATA_DIR") (data: $DATA_DIR)"
        return 0
    fi
    log "PostgreSQL not running (data: $DATA_DIR)"
    return 3
}

free_port() {
    local port
    if command -v python3 >/dev/null 2>&1 \
        && port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()' 2>/dev/null)"; then
        printf '%s\n' "$port"
        return 0
    fi
    for _ in $(seq 1 50); do
        port=$(( 20000 + RANDOM % 30000 ))
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            printf '%s\n' "$port"
            return 0
        fi
    done
    die "no free TCP port found"
}

temp_paths() {
    [[ -n "${1:-}" ]] || die "usage: pg.sh $2 DIR"
    TEMP_DIR="$(absolute_path "$1")"
    TEMP_DIR="${TEMP_DIR%/}"
    [[ -n "$TEMP_DIR" ]] || die "refusing to use / as the throwaway cluster directory"
    SOCKET_DIR="$(socket_dir_for "$TEMP_DIR" "$TEMP_DIR")"
}

cmd_temp_start() {
    local bin port attempt
    temp_paths "${1:-}" temp-start
    check_path_chars "$TEMP_DIR"
    bin="$(find_bin)" || exit 1
    ensure_postgres_user
    if [[ -d "$TEMP_DIR" && -n "$(ls -A -- "$TEMP_DIR")" && ! -f "$TEMP_DIR/$TEMP_MARKER" ]]; then
        die "$TEMP_DIR is not empty; give temp-start a new or empty directory"
    fi
    make_server_dir "$TEMP_DIR"
    touch -- "$TEMP_DIR/$TEMP_MARKER"
    [[ "$SOCKET_DIR" == "$TEMP_DIR" ]] || make_server_dir "$SOCKET_DIR"

    as_pg "$bin/initdb" -D "$TEMP_DIR/data" --auth=trust --encoding=UTF8 --locale=C.UTF-8 \
        -U postgres --no-sync >/dev/null || die "initdb failed in $TEMP_DIR"

    # A port found free can be taken before the server binds it: try a few.
    for attempt in 1 2 3; do
        port="$(free_port)"
        if start_cluster "$bin" "$TEMP_DIR/data" "$TEMP_DIR/server.log" "$port" "$SOCKET_DIR" \
            "-c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200"; then
            printf 'Host=127.0.0.1;Port=%s;Username=postgres\n' "$port"
            return 0
        fi
        log "start attempt $attempt on port $port failed"
    done
    die "the throwaway PostgreSQL cluster in $TEMP_DIR did not start"
}

cmd_temp_stop() {
    local bin
    temp_paths "${1:-}" temp-stop
    if [[ ! -d "$TEMP_DIR" ]]; then
        return 0
    fi
    [[ -f "$TEMP_DIR/$TEMP_MARKER" ]] \
        || die "$TEMP_DIR was not made by \`pg.sh temp-start\`; not deleting it"
    if [[ -f "$TEMP_DIR/data/PG_VERSION" ]] && bin="$(find_bin 2>/dev/null)" \
        && is_running "$bin" "$TEMP_DIR/data"; then
        as_pg "$bin/pg_ctl" -D "$TEMP_DIR/data" -m immediate -w stop >/dev/null 2>&1 \
            || log "could not stop the cluster in $TEMP_DIR"
    fi
    rm -rf -- "$TEMP_DIR"
    if [[ "$SOCKET_DIR" != "$TEMP_DIR" ]]; then
        rm -rf -- "$SOCKET_DIR"
    fi
}

usage() {
    sed -n '2,12p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' >&2
}

main() {
    local command="${1:-}"
    shift || true
    case "$command" in
        find-bin) find_bin ;;
        dev-start) cmd_dev_start ;;
        dev-stop) cmd_dev_stop ;;
        dev-status) cmd_dev_status ;;
        temp-start) cmd_temp_start "$@" ;;
        temp-stop) cmd_temp_stop "$@" ;;
        -h | --help | help) usage ;;
        *) usage; exit 2 ;;
    esac
}

main "$@"
