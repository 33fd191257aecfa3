#!/usr/bin/env bash
# Page-latency benchmark: builds the jar, starts Opstap with the demo data on a fresh H2 (or on
# PostgreSQL with --postgresql), runs PageLatency from a second process, stops Opstap. (Java's
# HttpClient sends no Secure cookies over plain http, so the benchmark turns that flag off on localhost.)
#   bench/run.sh                 # embedded H2
#   bench/run.sh --postgresql    # PostgreSQL at 127.0.0.1:5432, database opstap_bench (recreated)
set -euo pipefail
cd "$(dirname "$0")/.."
: "${JAVA_HOME:=/usr/lib/jvm/temurin-25-jdk-amd64}"
export JAVA_HOME
PORT="${PORT:-18080}"
WORK="$(mktemp -d)"
./mvnw -q -B -ntp -DskipTests package
ARGS=(--spring.profiles.active=demo --server.port="$PORT" --logging.level.root=WARN --server.servlet.session.cookie.secure=false
      "--spring.datasource.url=jdbc:h2:file:$WORK/opstap;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;CASE_INSENSITIVE_IDENTIFIERS=TRUE")
if [ "${1:-}" = "--postgresql" ]; then
  psql -h 127.0.0.1 -U postgres -d postgres -qc "DROP DATABASE IF EXISTS opstap_bench WITH (FORCE)" -c "CREATE DATABASE opstap_bench"
  ARGS=(--spring.profiles.active=demo --server.port="$PORT" --logging.level.root=WARN --server.servlet.session.cookie.secure=false
        --spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/opstap_bench
        --spring.datasource.username=postgres)
fi
"$JAVA_HOME/bin/java" -jar target/opstap-*.jar "${ARGS[@]}" > "$WORK/app.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null; wait $APP 2>/dev/null || true; rm -rf "$WORK"' EXIT
for _ in $(seq 1 120); do
  curl -sf "http://localhost:$PORT/actuator/health" > /dev/null && break
  sleep 1
done
sleep 2
"$JAVA_HOME/bin/java" bench/PageLatency.java "http://localhost:$PORT" "${REQUESTS:-300}"
