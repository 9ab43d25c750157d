#!/usr/bin/env bash
# `make bench SIZE=N` (default 100000): the search benchmark at a given corpus size.
#
# 1. builds tests/TrialRegistry.Benchmarks in Release;
# 2. starts a throwaway PostgreSQL (scripts/pg.sh temp-start: fsync, synchronous_commit and
#    full_page_writes off, which flatters the load figure a little and does not touch the query
#    figures: queries read, they do not flush), creates database `bench`;
# 3. generates SIZE studies (StudyGenerator, seed BENCH_SEED) and loads them through the importer's
#    path (CtGovStudyMapper + EntityResolver + SaveChanges, 1000 a batch), applying migrations first;
# 4. VACUUM ANALYZE;
# 5. runs the fixed mix of 50 searches through SearchTrials.RunAsync with facet counts, prints a
#    Markdown table and writes artifacts/bench/search-SIZE.json (with artifacts/bench/load-SIZE.json);
# 6. stops and deletes the cluster (BENCH_KEEP=1 leaves it running and prints its connection string,
#    to look at plans: `TrialRegistry.Benchmarks explain --connection CS --query NAME`).
#
# Environment: SIZE (or $1), BENCH_SEED (20250201), BENCH_REPEAT (10), BENCH_KEEP, BENCH_DIR
# (where the cluster lives; default a new directory under /tmp).
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SIZE="${1:-${SIZE:-100000}}"
SEED="${BENCH_SEED:-20250201}"
REPEAT="${BENCH_REPEAT:-10}"
PG_DIR="${BENCH_DIR:-}"
STARTED_CLUSTER=""

export DOTNET_NOLOGO=1
export DOTNET_CLI_TELEMETRY_OPTOUT=1

log() { printf 'bench.sh: %s\n' "$*" >&2; }

[[ "$SIZE" =~ ^[0-9]+$ ]] && (( SIZE > 0 )) || { log "SIZE must be a positive number, not '$SIZE'"; exit 2; }

cleanup() {
    local status=$?
    if [[ -n "$STARTED_CLUSTER" && -z "${BENCH_KEEP:-}" ]]; then
        bash "$REPO/scripts/pg.sh" temp-stop "$PG_DIR" || true
    fi
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

cd "$REPO"
log "building the benchmark console (Release)"
dotnet build tests/TrialRegistry.Benchmarks/TrialRegistry.Benchmarks.csproj -c Release -v quiet -nologo >&2
BENCH=(dotnet "$REPO/tests/TrialRegistry.Benchmarks/bin/Release/net10.0/TrialRegistry.Benchmarks.dll")

if [[ -z "$PG_DIR" ]]; then
    PG_DIR="$(mktemp -d /tmp/trialregistry-bench-XXXXXX)"
fi
log "starting a throwaway PostgreSQL in $PG_DIR"
SERVER="$(bash scripts/pg.sh temp-start "$PG_DIR" | tail -n 1)"
STARTED_CLUSTER=1
PORT="$(sed -E 's/.*Port=([0-9]+).*/\1/' <<<"$SERVER")"
psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PORT" -U postgres -d postgres -c "CREATE DATABASE bench"
CS="$SERVER;Database=bench"

log "loading $SIZE generated studies (seed $SEED)"
"${BENCH[@]}" load --size "$SIZE" --seed "$SEED" --connection "$CS"

log "VACUUM ANALYZE"
psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PORT" -U postgres -d bench -c "VACUUM ANALYZE"

log "search benchmark ($REPEAT repetitions; load average now: $(cut -d' ' -f1-3 /proc/loadavg))"
"${BENCH[@]}" search --size "$SIZE" --repeat "$REPEAT" --connection "$CS" \
    --out "artifacts/bench/search-$SIZE.json" --load-json "artifacts/bench/load-$SIZE.json"

if [[ -n "${BENCH_KEEP:-}" ]]; then
    log "cluster kept running: $CS  (stop it with: bash scripts/pg.sh temp-stop $PG_DIR)"
fi
