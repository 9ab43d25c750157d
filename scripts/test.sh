#!/usr/bin/env bash
# `make test`: build the solution and run every test project against a throwaway PostgreSQL.
#
# - Chromium (for the browser tests): /usr/bin/chromium or $CHROMIUM_PATH; installed with apt-get
#   when missing and we are root.
# - PostgreSQL: a throwaway cluster (scripts/pg.sh temp-start), passed to the tests as
#   TRIALREGISTRY_TEST_PG and always removed afterwards.
# - Results: artifacts/test-results/*.trx; the last line printed is
#   "N passed, N failed, N skipped" summed over them (CI reads it).
# Extra arguments go to `dotnet test` (e.g. scripts/test.sh --filter "FullyQualifiedName~Search").
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
RESULTS_DIR="$REPO/artifacts/test-results"
PG_DIR=""

export DOTNET_NOLOGO=1
export DOTNET_CLI_TELEMETRY_OPTOUT=1

log() { printf 'test.sh: %s\n' "$*" >&2; }

cleanup() {
    local status=$?
    if [[ -n "$PG_DIR" ]]; then
        bash "$REPO/scripts/pg.sh" temp-stop "$PG_DIR" || true
    fi
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

ensure_chromium() {
    local chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"
    if [[ -x "$chromium" ]]; then
        return 0
    fi
    if [[ "$(id -u)" -eq 0 ]] && command -v apt-get >/dev/null 2>&1; then
        log "$chromium not found: installing Chromium with apt-get (about a minute)"
        if DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2 \
            && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium >/dev/null; then
            if [[ -x "$chromium" ]]; then
                return 0
            fi
        fi
    fi
    echo "Chromium is required for the browser tests: install it with \`sudo apt-get install chromium\` or set CHROMIUM_PATH" >&2
    return 1
}

# Prints "passed failed skipped" summed over the Counters elements of all .trx files in $1.
sum_trx_counters() {
    local file tag name value passed=0 failed=0 skipped=0
    local -A counter
    value() { printf '%s' "${counter[$1]:-0}"; }
    while IFS= read -r -d '' file; do
        tag="$(tr '\n\r' '  ' < "$file" | grep -o '<Counters [^>]*>' | head -n 1 || true)"
        [[ -n "$tag" ]] || continue
        counter=()
        for name in total executed passed failed error timeout aborted notExecuted; do
            if [[ "$tag" =~ [[:space:]]$name=\"([0-9]+)\" ]]; then
                counter[$name]="${BASH_REMATCH[1]}"
            fi
        done
        passed=$((passed + $(value passed)))
        failed=$((failed + $(value failed) + $(value error) + $(value timeout) + $(value aborted)))
        if [[ -n "${counter[total]:-}" && -n "${counter[executed]:-}" ]]; then
            skipped=$((skipped + counter[total] - counter[executed]))
        else
            skipped=$((skipped + $(value notExecuted)))
        fi
    done < <(find "$1" -name '*.trx' -type f -print0 2>/dev/null)
    printf '%s %s %s\n' "$passed" "$failed" "$skipped"
}

cd "$REPO"

if [[ "${1:-}" == "--summarize-only" ]]; then
    # For checking the summary: scripts/test.sh --summarize-only DIR
    read -r passed failed skipped < <(sum_trx_counters "${2:?usage: test.sh --summarize-only DIR}")
    echo "$passed passed, $failed failed, $skipped skipped"
    exit $(( failed > 0 ? 1 : 0 ))
fi

if ! ensure_chromium; then
    echo "0 passed, 1 failed"
    exit 1
fi

rm -rf -- "$RESULTS_DIR"
mkdir -p -- "$RESULTS_DIR"

if ! dotnet build TrialRegistry.sln -c Release; then
    log "build failed"
    echo "0 passed, 1 failed"
    exit 1
fi

PG_DIR="$(mktemp -d "${TMPDIR:-/tmp}/trialregistry-test-pg.XXXXXX")"
if ! TRIALREGISTRY_TEST_PG="$(bash scripts/pg.sh temp-start "$PG_DIR" | tail -n 1)" \
    || [[ -z "$TRIALREGISTRY_TEST_PG" ]]; then
    log "could not start the throwaway PostgreSQL"
    echo "0 passed, 1 failed"
    exit 1
fi
export TRIALREGISTRY_TEST_PG
log "PostgreSQL for the tests: $TRIALREGISTRY_TEST_PG"

# Plain `trx` (not LogFileName=...): with several test projects a fixed file name is overwritten
# by each project in turn, while the default names are unique.
test_status=0
dotnet test TrialRegistry.sln -c Release --no-build --logger trx --results-directory "$RESULTS_DIR" "$@" \
    || test_status=$?

read -r passed failed skipped < <(sum_trx_counters "$RESULTS_DIR")
if [[ "$test_status" -ne 0 && "$failed" -eq 0 ]]; then
    log "dotnet test exited with $test_status but the results show no failed test (crashed test host?): counting 1 failure"
    failed=1
fi
echo "$passed passed, $failed failed, $skipped skipped"
if [[ "$test_status" -ne 0 || "$failed" -ne 0 ]]; then
    exit 1
fi
