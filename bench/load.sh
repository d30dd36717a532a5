#!/usr/bin/env bash
# The server under load (issue 16, item 8; docs/benchmarks.md, "The server under load"): Gatling's users working as
# their roles do against `hearth serve` on loopback, for a bounded time.
#
#   bench/load.sh [--families N] [--users U] [--minutes M] [--data DIR] [--p95 MS]
#
# Sets up the programme in DIR's embedded database once (`hearth load-programme`: a synthetic authority of N families
# as the demo's, and the load test's 100 users, whose password is new each run), starts `hearth serve` on 127.0.0.1
# with it, runs hearth-load's CaseloadSimulation (-Pload) for M minutes with U users, and stops the server. Exits as
# Gatling does: 1 when an assertion failed (any failed request, or a family page's 95th percentile at MS, 200, or
# more; --p95 0 asserts no percentile, as .ci/run's minute on a fresh JVM measures its compiling, not the service).
# Gatling's report is in hearth-load/target/gatling/. The default is the full run: 100,000 families, 100 users, 10
# minutes (the set-up takes most of an hour the first time); .ci/run runs 2,000 families for one minute; a soak is
# --minutes 60. JAVA_OPTS gives the server's JVM options (default -Xmx6g).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
FAMILIES=100000
USERS=100
MINUTES=10
DATA=""
P95=200
while [ $# -gt 0 ]; do
  case "$1" in
    --families) FAMILIES=$2; shift 2 ;;
    --users) USERS=$2; shift 2 ;;
    --minutes) MINUTES=$2; shift 2 ;;
    --data) DATA=$2; shift 2 ;;
    --p95) P95=$2; shift 2 ;;
    *) echo "usage: bench/load.sh [--families N] [--users U] [--minutes M] [--data DIR] [--p95 MS]" >&2; exit 2 ;;
  esac
done
DATA=${DATA:-${TMPDIR:-/tmp}/hearth-load-$FAMILIES}
mkdir -p "$DATA"
export HEARTH_DATA_DIR="$DATA"
export JAVA_OPTS=${JAVA_OPTS:--Xmx6g}
PORT=${PORT:-18080}

# The jar, built once (the hearth script builds it when sources are newer).
"$ROOT/hearth" --version >/dev/null
"$ROOT/hearth" load-programme --families "$FAMILIES" --users-out "$DATA/users.csv"

LOG="$DATA/serve.log"
SERVER_ADDRESS=127.0.0.1 "$ROOT/hearth" serve --port "$PORT" >"$LOG" 2>&1 &
SERVER=$!
cleanup() {
  kill "$SERVER" 2>/dev/null || true
  wait "$SERVER" 2>/dev/null || true
}
trap cleanup EXIT
for _ in $(seq 1 300); do
  if curl -fs "http://127.0.0.1:$PORT/api/health" >/dev/null 2>&1; then break; fi
  if ! kill -0 "$SERVER" 2>/dev/null; then cat "$LOG" >&2; echo "load: the server did not start" >&2; exit 1; fi
  sleep 1
done
curl -fs "http://127.0.0.1:$PORT/api/health" >/dev/null || { echo "load: the server did not answer in 5 minutes" >&2; exit 1; }
echo "load: $USERS users for $MINUTES minutes against $FAMILIES families at http://127.0.0.1:$PORT (data $DATA)"

cd "$ROOT"
./mvnw -B -ntp -Pload -pl hearth-load gatling:test -Dhearth.url="http://127.0.0.1:$PORT" -Dhearth.users="$USERS" \
  -Dhearth.seconds="$((MINUTES * 60))" -Dhearth.usersFile="$DATA/users.csv" -Dhearth.familyPageP95="$P95"
