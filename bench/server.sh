#!/usr/bin/env bash
# Sourced by the benchmark scripts: builds the WAR unless SKIP_BUILD=1, then start_server PORT runs it (or the
# WAR file named by WAR, e.g. a build of another commit for a before/after comparison) on
# Payara Micro with a fresh database and the development issuer on 127.0.0.1 and waits until it is ready;
# the server is stopped when the calling script exits.
BENCH_DIR=target/bench

start_server() {
    local port=$1
    if [ "${SKIP_BUILD:-0}" != 1 ] || [ ! -f target/coachline.war ] || [ ! -f target/payara-micro.jar ]; then
        mvn -B -ntp -q -DskipTests -Dexec.skip package dependency:copy@copy-payara-micro
    fi
    local data="$BENCH_DIR/data-$(date +%s%N)"
    mkdir -p "$data"
    LOG="$BENCH_DIR/server-$port.log"
    # shellcheck disable=SC2086
    java -Xmx1g -Djakarta.json.provider=org.eclipse.parsson.JsonProviderImpl ${SERVER_OPTS:-} \
        -Dcoachline.db.path="$PWD/$data/coachline.db" -Dcoachline.dev-issuer.enabled=true \
        -jar target/payara-micro.jar --deploy "${WAR:-target/coachline.war}" --contextroot / --port "$port" --nocluster \
        > "$LOG" 2>&1 &
    SERVER=$!
    trap 'kill "$SERVER" 2>/dev/null; wait "$SERVER" 2>/dev/null || true' EXIT
    echo "load before the run: $(cut -d' ' -f1-3 /proc/loadavg) (other processes on this machine skew the figures)"
    echo "starting Payara Micro on 127.0.0.1:$port (log: $LOG) ..."
    for _ in $(seq 1 240); do
        if curl -sf "http://127.0.0.1:$port/health/ready" > /dev/null 2>&1; then
            return 0
        fi
        if ! kill -0 "$SERVER" 2>/dev/null; then
            echo "server exited; see $LOG" >&2
            exit 1
        fi
        sleep 1
    done
    echo "server not ready after 240 s; see $LOG" >&2
    exit 1
}
