#!/usr/bin/env bash
# `make bench SIZE=N` (default 100000): every figure of issue 8 in one run, on a throwaway PostgreSQL.
# What each figure means and what dominates it: docs/benchmarks.md.
#
#  1. builds the benchmark console and publishes the web app in Release;
#  2. starts a throwaway PostgreSQL (scripts/pg.sh temp-start: fsync, synchronous_commit and
#     full_page_writes off, for every database alike) with databases bench (ours), bench_ef and bench_copy;
#  3. corpus:   generates SIZE studies (NDJSON), their products and linked-record CSVs (seed BENCH_SEED);
#  4. import:   registers the products, then imports the NDJSON with OUR importer (RunImport, strict,
#               as `make import` does) in a process of its own: wall time, studies/s, rows/s, peak RSS;
#  5. rawcopy:  dumps every table of bench right after the import and loads it into bench_copy (same
#               schema and indexes, from the migrations) with psql \copy: the physical limit (the
#               tables the import wrote are timed);
#  6. linked:   imports the four linked-record CSVs (the registry's templates);
#  7. reimport: imports the unchanged NDJSON again (every study unchanged);
#  8. ef:       the EF Core AddRange/SaveChanges baseline into bench_ef (BENCH_EF_SIZE studies);
#  9. search:   the 50-query mix through SearchTrials (p50/p95/p99 with facet counts), the same
#               queries as naive ILIKE SQL and as the bare SQL of our plan through pgbench; deep paging;
# 10. http:     starts the Release app on Kestrel against bench, wrk on trial pages, search pages and
#               the name indexes (organizations, conditions, products);
#               app RSS after start and after wrk;
# 11. circuits: BENCH_CIRCUITS (200) Blazor circuits open in headless Chromium; app RSS with them;
# 12. report:   artifacts/bench/latest.json (every figure, size, machine) and a Markdown table.
#
# Environment: SIZE (or $1), BENCH_SEED (20250201), BENCH_REPEAT (10), BENCH_NAIVE_REPEAT (3: timed
# runs of each ILIKE query, after one warm-up; BENCH_NAIVE_WARMUP=0 skips the warm-up), BENCH_SKIP (comma list of
# steps above to leave out, e.g. BENCH_SKIP=http,circuits), BENCH_EF_SIZE (SIZE), BENCH_CIRCUITS
# (200), BENCH_WRK_SECONDS (15), BENCH_WRK_CONNECTIONS (16), BENCH_WRK_WARMUP (15: seconds of warm-up
# before each page kind), BENCH_KEEP (leave the cluster running), BENCH_TEXT_CACHE=0 (the search step
# reads every text's matches from PostgreSQL, as the first search of a text after a change does),
# BENCH_DIR (where the cluster and the corpus live; default a new directory under /tmp),
# CHROMIUM_PATH (/usr/bin/chromium).
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SIZE="${1:-${SIZE:-100000}}"
SEED="${BENCH_SEED:-20250201}"
REPEAT="${BENCH_REPEAT:-10}"
NAIVE_REPEAT="${BENCH_NAIVE_REPEAT:-3}"
SKIP="${BENCH_SKIP:-}"
EF_SIZE="${BENCH_EF_SIZE:-$SIZE}"
CIRCUITS="${BENCH_CIRCUITS:-200}"
WRK_SECONDS="${BENCH_WRK_SECONDS:-15}"
WRK_CONNECTIONS="${BENCH_WRK_CONNECTIONS:-16}"
WRK_WARMUP="${BENCH_WRK_WARMUP:-15}"
WORK="${BENCH_DIR:-}"
RUN="$REPO/artifacts/bench/run"
STARTED_CLUSTER=""
CREATED_WORK=""
APP_PID=""
APP_DIR=""

export DOTNET_NOLOGO=1
export DOTNET_CLI_TELEMETRY_OPTOUT=1

log() { printf 'bench.sh [%s, load %s]: %s\n' "$(date -u +%H:%M:%S)" "$(cut -d' ' -f1 /proc/loadavg)" "$*" >&2; }
skipped() { [[ ",$SKIP," == *",$1,"* ]]; }

[[ "$SIZE" =~ ^[0-9]+$ ]] && (( SIZE > 0 )) || { log "SIZE must be a positive number, not '$SIZE'"; exit 2; }

cleanup() {
    local status=$?
    if [[ -n "$APP_PID" ]]; then
        kill "$APP_PID" 2>/dev/null || true
        wait "$APP_PID" 2>/dev/null || true
    fi
    [[ -z "$APP_DIR" ]] || rm -rf "$APP_DIR"
    if [[ -n "$STARTED_CLUSTER" && -z "${BENCH_KEEP:-}" ]]; then
        bash "$REPO/scripts/pg.sh" temp-stop "$PG_DIR" || true
        [[ -z "$CREATED_WORK" ]] || rm -rf "$WORK"
    fi
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

cd "$REPO"
log "building the benchmark console, publishing the web app (Release)"
dotnet build tests/TrialRegistry.Benchmarks/TrialRegistry.Benchmarks.csproj -c Release -v quiet -nologo >&2
if ! skipped http || ! skipped circuits; then
    # Published, as deployed: a build folder serves no static web assets (blazor.web.js, MudBlazor's)
    # outside Development, and without them no circuit starts.
    APP_DIR="$(mktemp -d /tmp/trialregistry-bench-app-XXXXXX)"
    dotnet publish src/TrialRegistry.Web/TrialRegistry.Web.csproj -c Release -o "$APP_DIR" -v quiet -nologo >&2
fi
BENCH=(dotnet "$REPO/tests/TrialRegistry.Benchmarks/bin/Release/net10.0/TrialRegistry.Benchmarks.dll")
PG_BIN="$(bash scripts/pg.sh find-bin)"

if [[ -z "$WORK" ]]; then
    WORK="$(mktemp -d /tmp/trialregistry-bench-XXXXXX)"
    CREATED_WORK=1
fi
chmod 755 "$WORK"
PG_DIR="$WORK/postgres"
rm -rf "$RUN"
mkdir -p "$RUN"
printf '{"startedAt": "%s", "loadAverage": "%s", "efSize": %s, "repeat": %s, "wrkSeconds": %s, "wrkConnections": %s}\n' \
    "$(date -u +%FT%TZ)" "$(cut -d' ' -f1-3 /proc/loadavg)" "$EF_SIZE" "$REPEAT" "$WRK_SECONDS" "$WRK_CONNECTIONS" >"$RUN/start.json"

log "starting a throwaway PostgreSQL in $PG_DIR"
SERVER="$(bash scripts/pg.sh temp-start "$PG_DIR" | tail -n 1)"
STARTED_CLUSTER=1
PORT="$(sed -E 's/.*Port=([0-9]+).*/\1/' <<<"$SERVER")"
sql() { psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PORT" -U postgres "$@"; }
for db in bench bench_ef bench_copy; do sql -d postgres -c "CREATE DATABASE $db"; done
CS="$SERVER;Database=bench"

log "corpus: $SIZE studies (seed $SEED), products and linked records"
"${BENCH[@]}" corpus --size "$SIZE" --seed "$SEED" --dir "$WORK/corpus" --out "$RUN/corpus.json"

log "import: products, then our importer over $WORK/corpus/studies.ndjson"
"${BENCH[@]}" seed-products --connection "$CS" --dir "$WORK/corpus" --out "$RUN/products.json"
"${BENCH[@]}" import-file --connection "$CS" --file "$WORK/corpus/studies.ndjson" --out "$RUN/import.json"

if ! skipped rawcopy; then
    log "rawcopy: \\copy of every table the import filled into an empty bench_copy"
    "${BENCH[@]}" rawcopy --source "$CS" --target "$SERVER;Database=bench_copy" --dir "$WORK/copy" --psql "$(command -v psql)" --import-json "$RUN/import.json" --out "$RUN/rawcopy.json"
    rm -rf "$WORK/copy"
fi
sql -d postgres -c "DROP DATABASE bench_copy"

if ! skipped linked; then
    log "linked: the linked-record CSVs"
    "${BENCH[@]}" import-linked --connection "$CS" --dir "$WORK/corpus" --out "$RUN/linked.json"
fi

if ! skipped reimport; then
    log "reimport: the unchanged corpus again"
    "${BENCH[@]}" import-file --connection "$CS" --file "$WORK/corpus/studies.ndjson" --out "$RUN/reimport.json"
fi

sql -d bench -c "VACUUM ANALYZE"

if ! skipped ef; then
    log "ef: EF Core AddRange/SaveChanges baseline, $EF_SIZE studies"
    "${BENCH[@]}" load --size "$EF_SIZE" --seed "$SEED" --connection "$SERVER;Database=bench_ef" --out "$RUN/ef.json"
fi
sql -d postgres -c "DROP DATABASE bench_ef"

if ! skipped search; then
    log "search: 50 queries x $REPEAT, ILIKE baseline, bare SQL via pgbench, deep paging"
    "${BENCH[@]}" search --size "$SIZE" --repeat "$REPEAT" --naive-repeat "$NAIVE_REPEAT" --connection "$CS" --pgbench "$PG_BIN/pgbench" --work "$WORK/sql" --out "$RUN/search.json"
fi

if ! skipped http || ! skipped circuits; then
    APP_PORT="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
    URL="http://127.0.0.1:$APP_PORT"
    log "starting the Release app at $URL"
    (
        cd "$APP_DIR"
        export ConnectionStrings__Registry="$CS" ASPNETCORE_URLS="$URL" ASPNETCORE_ENVIRONMENT=Production \
            DemoData__LoadOnStartup=false DemoData__Accounts=false Database__MigrateOnStartup=false StatusRules__DailySweep=false
        exec dotnet TrialRegistry.Web.dll >"$WORK/app.log" 2>&1
    ) &
    APP_PID=$!
    for _ in $(seq 1 120); do
        curl -fsS -o /dev/null "$URL/health/ready" 2>/dev/null && break
        sleep 0.5
    done
    curl -fsS -o /dev/null "$URL/health/ready" || { log "the app did not start; see $WORK/app.log"; tail -n 30 "$WORK/app.log" >&2; exit 1; }
    # One request of each kind (JIT, first queries), then the resident memory "after the load".
    for path in /trials "/trials?q=cancer" /trials/NCT90000001; do curl -fsS -o /dev/null "$URL$path"; done
    RSS_START="$(awk '/VmRSS/ {print $2 / 1024}' "/proc/$APP_PID/status")"
    RSS_HTTP=null

    if ! skipped http; then
        command -v wrk >/dev/null || { log "wrk is missing: apt-get install -y wrk (or BENCH_SKIP=http)"; exit 1; }
        export BENCH_LUA_DIR="$REPO/tests/TrialRegistry.Benchmarks/Web" BENCH_TRIALS="$SIZE"
        for page in trial search index; do
            # One connection first: the latency of a page on an otherwise idle server (the issue's
            # "trial page p95"); then WRK_CONNECTIONS for throughput, where latency is mostly queueing.
            log "http: $page pages, wrk ${WRK_SECONDS}s x 1 connection"
            # A fresh process needs a while before its figures are the server's (tiered JIT and
            # dynamic PGO recompile hot methods; the trials' pages come into the caches): 3 s of
            # warm-up gave a trial page p95 of 31-34 ms at 100k, 15 s gives 17 ms.
            wrk -t1 -c1 -d"${WRK_WARMUP}s" --timeout 30s -s "$BENCH_LUA_DIR/$page-page.lua" "$URL" >/dev/null
            wrk -t1 -c1 -d"${WRK_SECONDS}s" --timeout 30s --latency -s "$BENCH_LUA_DIR/$page-page.lua" "$URL" | tee "$WORK/wrk-$page-1.txt" >&2
            sed -n 's/^WRK_JSON //p' "$WORK/wrk-$page-1.txt" >"$RUN/http-$page-one.json"
            log "http: $page pages, wrk ${WRK_SECONDS}s x $WRK_CONNECTIONS connections"
            wrk -t2 -c"$WRK_CONNECTIONS" -d"${WRK_SECONDS}s" --timeout 30s --latency -s "$BENCH_LUA_DIR/$page-page.lua" "$URL" | tee "$WORK/wrk-$page.txt" >&2
            sed -n 's/^WRK_JSON //p' "$WORK/wrk-$page.txt" >"$RUN/http-$page.json"
        done
        RSS_HTTP="$(awk '/VmRSS/ {print $2 / 1024}' "/proc/$APP_PID/status")"
    fi
    printf '{"afterStartMiB": %s, "afterHttpMiB": %s}\n' "$RSS_START" "$RSS_HTTP" >"$RUN/memory.json"

    if ! skipped circuits; then
        log "circuits: $CIRCUITS Blazor circuits on /trials"
        "${BENCH[@]}" circuits --url "$URL/trials" --pid "$APP_PID" --count "$CIRCUITS" --out "$RUN/circuits.json"
    fi

    kill "$APP_PID"
    wait "$APP_PID" 2>/dev/null || true
    APP_PID=""
fi

log "report"
"${BENCH[@]}" report --connection "$CS" --run "$RUN" --size "$SIZE" --seed "$SEED" --skipped "$SKIP" --out "$REPO/artifacts/bench/latest.json"

if [[ -n "${BENCH_KEEP:-}" ]]; then
    log "cluster kept running: $CS  (stop it with: bash scripts/pg.sh temp-stop $PG_DIR; corpus in $WORK/corpus)"
fi
