#!/usr/bin/env bash
# Coach API benchmark (not part of mvn verify): starts the WAR on Payara Micro with a fresh database and the
# development issuer on loopback, drives CLIENTS concurrent clients with a mix of reads and writes for WARMUP
# then MEASURE seconds, prints throughput, p50/p99 latency and failed requests, and stops the server.
#   bench/coaches.sh                       # 50 clients, 10 s warm-up, 30 s measured
#   CLIENTS=20 MEASURE=60 bench/coaches.sh
#   MIX=writes bench/coaches.sh            # only writes; MIX=me: GET /api/me only (the server's per-request floor)
#   SKIP_BUILD=1 bench/coaches.sh          # reuse target/coachline.war and target/payara-micro.jar
#   SERVER_OPTS='-XX:StartFlightRecording=...' bench/coaches.sh   # extra JVM options for the server
set -euo pipefail
cd "$(dirname "$0")/.."

CLIENTS=${CLIENTS:-50}
WARMUP=${WARMUP:-10}
MEASURE=${MEASURE:-30}
MIX=${MIX:-mixed}
PORT=${PORT:-18080}
BENCH_DIR=target/bench

if [ "${SKIP_BUILD:-0}" != 1 ] || [ ! -f target/coachline.war ] || [ ! -f target/payara-micro.jar ]; then
    mvn -B -ntp -q -DskipTests package dependency:copy@copy-payara-micro
fi

DATA="$BENCH_DIR/data-$(date +%s)"
mkdir -p "$DATA"
LOG="$BENCH_DIR/server.log"
# shellcheck disable=SC2086
java -Xmx1g -Djakarta.json.provider=org.eclipse.parsson.JsonProviderImpl ${SERVER_OPTS:-} -Dcoachline.db.path="$PWD/$DATA/coachline.db" -Dcoachline.dev-issuer.enabled=true \
    -jar target/payara-micro.jar --deploy target/coachline.war --contextroot / --port "$PORT" --nocluster \
    > "$LOG" 2>&1 &
SERVER=$!
trap 'kill "$SERVER" 2>/dev/null; wait "$SERVER" 2>/dev/null || true' EXIT

echo "load before the run: $(cut -d' ' -f1-3 /proc/loadavg) (other processes on this machine skew the figures)"
echo "starting Payara Micro on 127.0.0.1:$PORT (log: $LOG) ..."
for _ in $(seq 1 240); do
    if curl -sf "http://127.0.0.1:$PORT/health/ready" > /dev/null 2>&1; then
        break
    fi
    if ! kill -0 "$SERVER" 2>/dev/null; then
        echo "server exited; see $LOG" >&2
        exit 1
    fi
    sleep 1
done
curl -sf "http://127.0.0.1:$PORT/health/ready" > /dev/null || { echo "server not ready after 240 s; see $LOG" >&2; exit 1; }

java -Xmx512m bench/CoachesBench.java "http://127.0.0.1:$PORT/" "$CLIENTS" "$WARMUP" "$MEASURE" "$MIX"
