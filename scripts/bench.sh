#!/usr/bin/env bash
# `make bench SIZE=N` (default 100000): every figure of issues 8 and 14 in one run, on a throwaway PostgreSQL.
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
# 10. http:     starts the Release app on Kestrel against bench with the readers' output cache OFF
#               (ReaderCache__Enabled=false: rendering and queries only), wrk on trial pages, search
#               pages, the name indexes (organizations, conditions, products) and product pages
#               (/products/{id} with its tabs' counts, ids read from the database), each on 1
#               connection and on BENCH_WRK_CONNECTIONS; then the time to first byte of BENCH_TTFB_REQUESTS
#               random trial pages (sequential curl, a connection each); app RSS after start and after wrk;
# 11. cached:   restarts the app with the cache ON, requests each trial page of the hot set
#               (NCT90000001..BENCH_HOT_TRIALS) twice and fails unless a page then comes with an Age
#               header (served from the cache); wrk over the hot set on 1 and BENCH_WRK_CONNECTIONS
#               connections, and its time to first byte;
# 12. readers:  same app (cache on): BENCH_READERS_CONNECTIONS (1000) concurrent anonymous readers, wrk
#               -t2 for BENCH_READERS_SECONDS (30) over a mix of trial (hot set), search, product and
#               index pages asked as enhanced navigation asks (Accept: text/html; blazor-enhanced-nav=on),
#               after every page of that mix went once into the cache and a warm-up; app RSS before,
#               after and the peak (VmRSS every 0.2 s).
#               Readers' pages are static (no circuit), so a reader holds no server state between
#               requests: what 1,000 readers cost is per request in flight (buffers, rendering), and the
#               growth is that, not a per-reader session; the warm-up keeps the cache's filling out of it.
#               Raises `ulimit -n` to 4096 when it is too low for the connections;
# 13. circuits: creates an admin (the app's create-admin, a generated password in an environment
#               variable) before the first start, then on a fresh app (cache on) signs in once in headless
#               Chromium and opens BENCH_CIRCUITS (200) trial editors /trials/{id}/edit (distinct trials),
#               each waiting for its circuit (data-interactive); app RSS in total with them and per circuit;
# 14. report:   artifacts/bench/latest.json (every figure, size, machine, issue 14's targets with their
#               bounds and whether each is met) and the Markdown tables.
#
# Environment: SIZE (or $1), BENCH_SEED (20250201), BENCH_REPEAT (10), BENCH_NAIVE_REPEAT (3: timed
# runs of each ILIKE query, after one warm-up; BENCH_NAIVE_WARMUP=0 skips the warm-up), BENCH_SKIP (comma list of
# steps above to leave out, e.g. BENCH_SKIP=http,cached,readers,circuits), BENCH_EF_SIZE (SIZE), BENCH_CIRCUITS
# (200), BENCH_WRK_SECONDS (15), BENCH_WRK_CONNECTIONS (16), BENCH_WRK_WARMUP (15: seconds of warm-up
# before each page kind), BENCH_HOT_TRIALS (1000), BENCH_TTFB_REQUESTS (300), BENCH_READERS_CONNECTIONS
# (1000), BENCH_READERS_SECONDS (30), BENCH_KEEP (leave the cluster running), BENCH_TEXT_CACHE=0 (the search step
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
HOT_TRIALS="${BENCH_HOT_TRIALS:-1000}"
TTFB_REQUESTS="${BENCH_TTFB_REQUESTS:-300}"
READERS_CONNECTIONS="${BENCH_READERS_CONNECTIONS:-1000}"
READERS_SECONDS="${BENCH_READERS_SECONDS:-30}"
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
if ! skipped http || ! skipped cached || ! skipped readers || ! skipped circuits; then
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
printf '{"startedAt": "%s", "loadAverage": "%s", "efSize": %s, "repeat": %s, "wrkSeconds": %s, "wrkConnections": %s, "hotTrials": %s, "ttfbRequests": %s, "readersConnections": %s, "readersSeconds": %s}\n' \
    "$(date -u +%FT%TZ)" "$(cut -d' ' -f1-3 /proc/loadavg)" "$EF_SIZE" "$REPEAT" "$WRK_SECONDS" "$WRK_CONNECTIONS" "$HOT_TRIALS" "$TTFB_REQUESTS" \
    "$READERS_CONNECTIONS" "$READERS_SECONDS" >"$RUN/start.json"

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

if [[ -n "$APP_DIR" ]]; then
    APP_PORT="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
    URL="http://127.0.0.1:$APP_PORT"
    export BENCH_LUA_DIR="$REPO/tests/TrialRegistry.Benchmarks/Web" BENCH_TRIALS="$SIZE" BENCH_HOT_TRIALS="$HOT_TRIALS"
    # The output cache varies by Accept: warm-ups and runs send the same one, a browser's full load's or
    # enhanced navigation's (blazor.web.js fetches with "text/html; blazor-enhanced-nav=on"); the lua scripts read these.
    export BENCH_FULL_LOAD_ACCEPT='text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8'
    export BENCH_ENHANCED_ACCEPT='text/html; blazor-enhanced-nav=on'
    # The product pages' ids, as they are in the database (a missing id would be a 404, an error to wrk).
    export BENCH_PRODUCTS_FILE="$WORK/product-ids.txt"
    sql -d bench -At -c "SELECT id FROM products ORDER BY id" >"$BENCH_PRODUCTS_FILE"
    FIRST_PRODUCT="$(head -n 1 "$BENCH_PRODUCTS_FILE")"
    [[ -n "$FIRST_PRODUCT" ]] || { log "the bench database has no products"; exit 1; }
    APP_ENV=(ConnectionStrings__Registry="$CS" ASPNETCORE_URLS="$URL" ASPNETCORE_ENVIRONMENT=Production
        DemoData__LoadOnStartup=false DemoData__Accounts=false Database__MigrateOnStartup=false StatusRules__DailySweep=false)

    # start_app true|false: the Release app with the readers' output cache on or off (ReaderCache__Enabled),
    # then one request of each kind (JIT, first queries).
    start_app() {
        log "starting the Release app at $URL (reader cache $([[ "$1" == true ]] && echo on || echo off))"
        (
            cd "$APP_DIR"
            export "${APP_ENV[@]}" ReaderCache__Enabled="$1"
            exec dotnet TrialRegistry.Web.dll >>"$WORK/app.log" 2>&1
        ) &
        APP_PID=$!
        for _ in $(seq 1 120); do
            curl -fsS -o /dev/null "$URL/health/ready" 2>/dev/null && break
            sleep 0.5
        done
        curl -fsS -o /dev/null "$URL/health/ready" || { log "the app did not start; see $WORK/app.log"; tail -n 30 "$WORK/app.log" >&2; exit 1; }
        for path in /trials "/trials?q=cancer" /trials/NCT90000001 "/products/$FIRST_PRODUCT" /organizations; do
            curl -fsS -o /dev/null "$URL$path" || { log "the app failed $path; see $WORK/app.log"; tail -n 30 "$WORK/app.log" >&2; exit 1; }
        done
    }
    stop_app() {
        kill "$APP_PID"
        wait "$APP_PID" 2>/dev/null || true
        APP_PID=""
    }
    rss() { awk '/VmRSS/ {print $2 / 1024}' "/proc/$APP_PID/status"; }
    # run_wrk NAME LUA THREADS CONNECTIONS SECONDS: wrk with report.lua's WRK_JSON line into $RUN/NAME.json.
    run_wrk() {
        wrk -t"$3" -c"$4" -d"$5s" --timeout 30s --latency -s "$BENCH_LUA_DIR/$2" "$URL" | tee "$WORK/wrk-$1.txt" >&2
        sed -n 's/^WRK_JSON //p' "$WORK/wrk-$1.txt" >"$RUN/$1.json"
        [[ -s "$RUN/$1.json" ]] || { log "wrk printed no figures for $1"; exit 1; }
    }
    # ttfb OUT COUNT FIRST LAST: COUNT sequential curls (a process and a connection each, as a first
    # visit) of random trial pages NCT9<FIRST..LAST>; time to first byte p50/p95/p99/max into OUT.
    ttfb() {
        local i
        for ((i = 0; i < $2; i++)); do
            curl -s -o /dev/null -H "Accept: $BENCH_FULL_LOAD_ACCEPT" -w '%{http_code} %{time_starttransfer}\n' "$URL$(printf '/trials/NCT9%07d' $(((RANDOM * 32768 + RANDOM) % ($4 - $3 + 1) + $3)))" || true
        done | python3 -c '
import json, sys
rows = [line.split() for line in sys.stdin if line.strip()]
ms = sorted(float(t) * 1000 for code, t in rows)
pick = lambda q: ms[min(len(ms) - 1, max(0, int(round(q * len(ms))) - 1))]
figures = {"requests": len(ms), "errors": sum(1 for code, t in rows if not code.startswith("2")),
           "meanMs": sum(ms) / len(ms), "p50Ms": pick(0.50), "p95Ms": pick(0.95), "p99Ms": pick(0.99), "maxMs": ms[-1]}
json.dump(figures, open(sys.argv[1], "w"))
print("time to first byte: %(requests)d requests, p50 %(p50Ms).1f ms, p95 %(p95Ms).1f ms, max %(maxMs).1f ms, %(errors)d errors" % figures, file=sys.stderr)
' "$1"
    }
    # merge_json FILE key=value...: adds numbers to a step's JSON.
    merge_json() {
        python3 - "$@" <<'PY'
import json, sys
path, pairs = sys.argv[1], sys.argv[2:]
data = json.load(open(path))
for pair in pairs:
    key, value = pair.split("=", 1)
    data[key] = json.loads(value)
json.dump(data, open(path, "w"))
PY
    }

    if ! skipped circuits; then
        # The editors' circuits need a signed-in editor: an admin may edit every trial. Created with the
        # app's own command, before the app starts; the password travels in environment variables.
        ADMIN_EMAIL="bench-admin@example.org"
        BENCH_ADMIN_PASSWORD="bench-$(python3 -c 'import secrets; print(secrets.token_urlsafe(18))')"
        export BENCH_ADMIN_PASSWORD
        log "circuits: creating the admin $ADMIN_EMAIL (create-admin)"
        (
            cd "$APP_DIR"
            export "${APP_ENV[@]}" TRIALREGISTRY_ADMIN_PASSWORD="$BENCH_ADMIN_PASSWORD"
            dotnet TrialRegistry.Web.dll create-admin --email "$ADMIN_EMAIL" --name "Bench admin" >>"$WORK/app.log" 2>&1
        ) || { log "create-admin failed; see $WORK/app.log"; tail -n 30 "$WORK/app.log" >&2; exit 1; }
    fi

    if ! skipped http; then
        command -v wrk >/dev/null || { log "wrk is missing: apt-get install -y wrk (or BENCH_SKIP=http)"; exit 1; }
        # Cache off: every request renders its page and asks the database (issue 14's "rendering and queries only").
        start_app false
        RSS_START="$(rss)"
        for page in trial search index product; do
            # One connection first: the latency of a page on an otherwise idle server (the issue's
            # "trial page p95"); then WRK_CONNECTIONS for throughput, where latency is mostly queueing.
            log "http: $page pages (cache off), wrk ${WRK_SECONDS}s x 1 connection"
            # A fresh process needs a while before its figures are the server's (tiered JIT and
            # dynamic PGO recompile hot methods; the trials' pages come into the caches): 3 s of
            # warm-up gave a trial page p95 of 31-34 ms at 100k, 15 s gives 17 ms.
            wrk -t1 -c1 -d"${WRK_WARMUP}s" --timeout 30s -s "$BENCH_LUA_DIR/$page-page.lua" "$URL" >/dev/null
            run_wrk "http-$page-one" "$page-page.lua" 1 1 "$WRK_SECONDS"
            log "http: $page pages (cache off), wrk ${WRK_SECONDS}s x $WRK_CONNECTIONS connections"
            run_wrk "http-$page" "$page-page.lua" 2 "$WRK_CONNECTIONS" "$WRK_SECONDS"
        done
        log "http: time to first byte, $TTFB_REQUESTS random trial pages (cache off), one after another"
        ttfb "$RUN/http-ttfb.json" "$TTFB_REQUESTS" 1 "$SIZE"
        RSS_HTTP="$(rss)"
        printf '{"afterStartMiB": %s, "afterHttpMiB": %s, "readerCache": false}\n' "$RSS_START" "$RSS_HTTP" >"$RUN/memory.json"
        stop_app
    fi

    if ! skipped cached || ! skipped readers; then
        command -v wrk >/dev/null || { log "wrk is missing: apt-get install -y wrk (or BENCH_SKIP=cached,readers)"; exit 1; }
        start_app true
        HOT_LAST=$((HOT_TRIALS < SIZE ? HOT_TRIALS : SIZE))
        # Each page of the hot set twice (stored by the first, served by the second), on one
        # connection (a curl config of every address).
        log "cached: warming $HOT_LAST trial pages into the output cache"
        for ((i = 1; i <= HOT_LAST; i++)); do printf 'url = "%s/trials/NCT9%07d"\noutput = "/dev/null"\n' "$URL" "$i" "$URL" "$i"; done >"$WORK/hot.curl"
        curl -fsS -H "Accept: $BENCH_FULL_LOAD_ACCEPT" -K "$WORK/hot.curl" || { log "cached: warming the hot set failed"; exit 1; }
        AGE="$(curl -fsS -H "Accept: $BENCH_FULL_LOAD_ACCEPT" -D - -o /dev/null "$URL/trials/NCT90000001" | tr -d '\r' | sed -n 's/^[Aa]ge: *//p')"
        [[ -n "$AGE" ]] || { log "cached: /trials/NCT90000001 came without an Age header: the output cache does not serve it (ReaderCache__Enabled=true; see $WORK/app.log)"; exit 1; }
        log "cached: /trials/NCT90000001 is served from the cache (Age: $AGE)"

        if ! skipped cached; then
            log "cached: hot trial pages, wrk ${WRK_SECONDS}s x 1 connection"
            wrk -t1 -c1 -d"${WRK_WARMUP}s" --timeout 30s -s "$BENCH_LUA_DIR/trial-page-hot.lua" "$URL" >/dev/null
            run_wrk http-trial-cached-one trial-page-hot.lua 1 1 "$WRK_SECONDS"
            log "cached: hot trial pages, wrk ${WRK_SECONDS}s x $WRK_CONNECTIONS connections"
            run_wrk http-trial-cached trial-page-hot.lua 2 "$WRK_CONNECTIONS" "$WRK_SECONDS"
            merge_json "$RUN/http-trial-cached.json" hotTrials="$HOT_LAST" connections="$WRK_CONNECTIONS"
            merge_json "$RUN/http-trial-cached-one.json" hotTrials="$HOT_LAST" connections=1
            log "cached: time to first byte, $TTFB_REQUESTS hot trial pages, one after another"
            ttfb "$RUN/http-ttfb-cached.json" "$TTFB_REQUESTS" 1 "$HOT_LAST"
        fi

        if ! skipped readers; then
            # Readers' pages hold no state per reader (no circuit): what 1,000 of them cost is per
            # request in flight (buffers, rendering, queries), which this holds at READERS_CONNECTIONS.
            (( $(ulimit -n) >= READERS_CONNECTIONS + 100 )) || ulimit -n 4096 2>/dev/null \
                || { log "readers: ulimit -n is $(ulimit -n), too few for $READERS_CONNECTIONS connections"; exit 1; }
            # Every page of their mix once into the cache (it varies by Accept, so the hot set above,
            # asked as full loads, is not theirs), then their mix for a while: the growth measured
            # next is then the readers', not the cache filling.
            {
                for ((i = 1; i <= HOT_LAST; i++)); do printf '/trials/NCT9%07d\n' "$i"; done
                cat "$BENCH_LUA_DIR/search-pages.txt" "$BENCH_LUA_DIR/index-pages.txt"
                sed 's|^|/products/|' "$BENCH_PRODUCTS_FILE"
            } | sed "s|.*|url = \"$URL&\"\noutput = \"/dev/null\"|" >"$WORK/readers.curl"
            log "readers: every page of their mix ($(grep -c '^url' "$WORK/readers.curl")) into the cache, then their mix for ${WRK_WARMUP}s x $WRK_CONNECTIONS connections"
            curl -fsS --parallel --parallel-max 8 -H "Accept: $BENCH_ENHANCED_ACCEPT" -K "$WORK/readers.curl" || { log "readers: warming their pages failed"; exit 1; }
            curl -fsS -H "Accept: $BENCH_ENHANCED_ACCEPT" -D - -o /dev/null "$URL/trials/NCT90000001" | tr -d '\r' | grep -qi '^age:' \
                || log "readers: warning: /trials/NCT90000001 asked by enhanced navigation is not served from the cache"
            wrk -t2 -c"$WRK_CONNECTIONS" -d"${WRK_WARMUP}s" --timeout 30s -s "$BENCH_LUA_DIR/readers.lua" "$URL" >/dev/null
            sleep 2
            RSS_BEFORE="$(rss)"
            # The peak during the run: VmRSS every 0.2 s (VmHWM would be the process's peak since start).
            (
                peak=0
                while [[ -r "/proc/$APP_PID/status" ]]; do
                    now="$(awk '/VmRSS/ {print $2}' "/proc/$APP_PID/status" 2>/dev/null || echo 0)"
                    (( ${now:-0} > peak )) && peak="$now" && echo "$peak" >"$WORK/readers-peak-kib"
                    sleep 0.2
                done
            ) &
            SAMPLER=$!
            log "readers: $READERS_CONNECTIONS concurrent readers, wrk ${READERS_SECONDS}s x $READERS_CONNECTIONS connections (cache on, enhanced navigation)"
            run_wrk readers readers.lua 2 "$READERS_CONNECTIONS" "$READERS_SECONDS"
            RSS_AFTER="$(rss)"
            kill "$SAMPLER" 2>/dev/null || true
            wait "$SAMPLER" 2>/dev/null || true
            RSS_PEAK="$(awk '{print $1 / 1024}' "$WORK/readers-peak-kib" 2>/dev/null || echo "$RSS_AFTER")"
            RSS_PEAK="$(python3 -c "print(max($RSS_PEAK, $RSS_AFTER))")"
            merge_json "$RUN/readers.json" connections="$READERS_CONNECTIONS" threads=2 rssBeforeMiB="$RSS_BEFORE" rssAfterMiB="$RSS_AFTER" \
                rssPeakMiB="$RSS_PEAK" growthMiB="$(python3 -c "print($RSS_AFTER - $RSS_BEFORE)")" peakGrowthMiB="$(python3 -c "print($RSS_PEAK - $RSS_BEFORE)")"
            log "readers: app RSS $RSS_BEFORE -> $RSS_AFTER MiB (peak $RSS_PEAK)"
        fi
        stop_app
    fi

    if ! skipped circuits; then
        # A fresh app (cache on, as deployed) so the circuits' total is theirs, not what the wrk runs left in the heap.
        start_app true
        log "circuits: $CIRCUITS editor circuits (/trials/{id}/edit, signed in as $ADMIN_EMAIL)"
        "${BENCH[@]}" circuits --url "$URL" --path '/trials/NCT9{0:D7}/edit' --distinct "$SIZE" --email "$ADMIN_EMAIL" --password-env BENCH_ADMIN_PASSWORD \
            --pid "$APP_PID" --count "$CIRCUITS" --out "$RUN/circuits.json"
        stop_app
    fi
fi

log "report"
"${BENCH[@]}" report --connection "$CS" --run "$RUN" --size "$SIZE" --seed "$SEED" --skipped "$SKIP" --out "$REPO/artifacts/bench/latest.json"

if [[ -n "${BENCH_KEEP:-}" ]]; then
    log "cluster kept running: $CS  (stop it with: bash scripts/pg.sh temp-stop $PG_DIR; corpus in $WORK/corpus)"
fi
