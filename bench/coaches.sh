#!/usr/bin/env bash
# Coach API benchmark (not part of mvn verify): starts the WAR on Payara Micro with a fresh database and the
# development issuer on loopback (bench/server.sh), drives CLIENTS concurrent clients with a mix of reads and
# writes for WARMUP then MEASURE seconds, prints throughput, p50/p99 latency, failed requests and the server's
# CPU time per measured request (from /proc, so it holds while other processes share the machine), and stops
# the server.
#   bench/coaches.sh                       # 50 clients, 10 s warm-up, 30 s measured, half reads, half writes
#   CLIENTS=20 MEASURE=60 bench/coaches.sh
#   MIX=writes bench/coaches.sh            # only writes; MIX=me: GET /api/me only (the server's per-request
#                                          # floor); MIX=only:usage: one operation
#   SKIP_BUILD=1 bench/coaches.sh          # reuse target/coachline.war and target/payara-micro.jar
#   WAR=/tmp/before.war SKIP_BUILD=1 bench/coaches.sh   # another build of the WAR (a before/after comparison)
#   SERVER_OPTS='-XX:StartFlightRecording=...' bench/coaches.sh   # extra JVM options for the server
set -euo pipefail
cd "$(dirname "$0")/.."

CLIENTS=${CLIENTS:-50}
WARMUP=${WARMUP:-10}
MEASURE=${MEASURE:-30}
MIX=${MIX:-mixed}
PORT=${PORT:-18080}

# shellcheck source=bench/server.sh
source bench/server.sh
start_server "$PORT"
java -Xmx512m bench/CoachesBench.java "http://127.0.0.1:$PORT/" "$CLIENTS" "$WARMUP" "$MEASURE" "$MIX" "$SERVER"
