#!/usr/bin/env bash
# Chat benchmark (not part of mvn verify): starts the WAR on Payara Micro with the demo athlete, pointed at a
# zero-latency OpenAI stand-in that ChatBenchmark runs, then asks every question of the router set as the demo
# athlete (WARMUP_PASSES warm-up passes, default 4: after one the JIT still used half the server's CPU; then
# PASSES measured) and prints the server's time per turn without the model's, prompt tokens per route and cost
# per query. Prices: gpt-4o-mini ($0.15 / $0.60 per million tokens) for both tiers.
#   bench/chat.sh                  # 3 measured passes over the 79 questions
#   PASSES=5 SKIP_BUILD=1 bench/chat.sh
#   WARMUP_PASSES=1 bench/chat.sh  # less warm-up: it prints the JIT compiler's CPU per measured turn, which
#                                  # shows whether the server is still compiling (not yet steady state)
#   EXTRA_SERVER_OPTS=-Dcoachline.analytics.cache-users=0 bench/chat.sh   # without the athlete data cache
set -euo pipefail
cd "$(dirname "$0")/.."

PORT=${PORT:-18082}
STAND_IN_PORT=${STAND_IN_PORT:-18092}
PASSES=${PASSES:-3}
WARMUP_PASSES=${WARMUP_PASSES:-4}

SERVER_OPTS="-Dcoachline.demo-data=true -Dopenai/mp-rest/url=http://127.0.0.1:$STAND_IN_PORT -Dcoachline.llm.api-key=bench
 -Dcoachline.llm.model.simple=gpt-4o-mini -Dcoachline.llm.model.standard=gpt-4o-mini
 -Dcoachline.chat.budget.user-daily-usd=1000 -Dcoachline.chat.budget.user-monthly-usd=1000 ${EXTRA_SERVER_OPTS:-}"
# shellcheck source=bench/server.sh
source bench/server.sh
start_server "$PORT"
mvn -B -ntp -q -o test-compile exec:java -Dexec.mainClass=io.coachline.chat.ChatBenchmark \
    -Dexec.args="http://127.0.0.1:$PORT/ $STAND_IN_PORT $PASSES $SERVER $WARMUP_PASSES"
