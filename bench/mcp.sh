#!/usr/bin/env bash
# MCP benchmark (not part of mvn verify): starts the WAR on Payara Micro with a fresh database and the
# development issuer on loopback, then measures tools/call list_coaches (a user with 20 own + 30 system
# coaches) against the bare authenticated echo endpoint, CONNECTIONS concurrent connections each, in
# alternating rounds, and prints throughput, p50, p99 and the ratio. Stops the server at the end.
#   bench/mcp.sh                               # 64 connections, 10 s warm-up, 3 rounds of 15 s
#   CONNECTIONS=32 ROUNDS=5 bench/mcp.sh
#   SKIP_BUILD=1 bench/mcp.sh                  # reuse target/coachline.war and target/payara-micro.jar
#   SERVER_OPTS=... CLIENT_OPTS=... bench/mcp.sh   # extra JVM options for the server / the load generator
set -euo pipefail
cd "$(dirname "$0")/.."

CONNECTIONS=${CONNECTIONS:-64}
WARMUP=${WARMUP:-10}
ROUND=${ROUND:-15}
ROUNDS=${ROUNDS:-3}
PORT=${PORT:-18081}

# shellcheck source=bench/server.sh
source bench/server.sh
start_server "$PORT"
java -Xmx512m ${CLIENT_OPTS:-} bench/McpBench.java "http://127.0.0.1:$PORT/" "$CONNECTIONS" "$WARMUP" "$ROUND" "$ROUNDS" "$SERVER"
