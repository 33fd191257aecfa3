#!/usr/bin/env bash
# Load (issue 10): builds the jar, starts Opstap with the demo data on PostgreSQL at 127.0.0.1:5432 (database recreated),
# adds clients through the bulk import API (bench/ImportThroughput.java), then runs bench/LoadTest.java: simulated
# caseworkers signing in through the form and searching, opening files, recording a diagnosis fact and opening matching
# results, with think time. Exits non-zero when a request failed.
#   bench/load.sh                 # 200 users for 300 s
#   USERS=50 DURATION=30 bench/load.sh
# USERS, DURATION (seconds), THINK_MIN_MS (1000), THINK_MAX_MS (3000), EXTRA_CLIENTS (10000), PORT (18083), DB (opstap_load_bench)
# and APP_JAVA_OPTS (-Xmx2g) override the defaults. The application log is kept in /tmp/opstap-load-app.log.
set -euo pipefail
cd "$(dirname "$0")/.."
: "${JAVA_HOME:=/usr/lib/jvm/temurin-25-jdk-amd64}"
export JAVA_HOME
PORT="${PORT:-18083}"
DB="${DB:-opstap_load_bench}"
USERS="${USERS:-200}"
DURATION="${DURATION:-300}"
EXTRA_CLIENTS="${EXTRA_CLIENTS:-10000}"
WORK="$(mktemp -d)"
./mvnw -q -o -B -DskipTests package 2>/dev/null || ./mvnw -q -B -ntp -DskipTests package
JAR="$(ls target/opstap-*.jar | grep -v '\.original$' | head -1)"
psql -h 127.0.0.1 -U postgres -X -q -d postgres -c "SET client_min_messages = warning" \
  -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "CREATE DATABASE $DB"
# shellcheck disable=SC2086
"$JAVA_HOME/bin/java" ${APP_JAVA_OPTS:--Xmx2g} -jar "$JAR" --spring.profiles.active=demo --server.port="$PORT" \
  --spring.datasource.url="jdbc:postgresql://127.0.0.1:5432/$DB" --spring.datasource.username=postgres \
  --server.servlet.session.cookie.secure=false --logging.level.root=WARN > "$WORK/app.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null; wait $APP 2>/dev/null || true; cp "$WORK/app.log" /tmp/opstap-load-app.log 2>/dev/null; rm -rf "$WORK"' EXIT
for _ in $(seq 1 600); do
  curl -sf "http://localhost:$PORT/actuator/health/readiness" > /dev/null && break
  kill -0 "$APP" 2>/dev/null || { echo "Opstap stopped while starting:"; tail -40 "$WORK/app.log"; exit 1; }
  sleep 1
done
if [ "$EXTRA_CLIENTS" -gt 0 ]; then
  echo "== Adding $EXTRA_CLIENTS clients through the import API"
  "$JAVA_HOME/bin/java" bench/ImportThroughput.java "http://localhost:$PORT" "$EXTRA_CLIENTS" "$WORK/clients.csv" | grep -v '^ *{'
fi
psql -h 127.0.0.1 -U postgres -X -tA -d "$DB" -c "SELECT count(*) || ' clients, ' || (SELECT count(*) FROM diagnosis_fact) || ' diagnosis facts' FROM client"
STATS="SELECT xact_commit, tup_inserted + tup_updated + tup_deleted FROM pg_stat_database WHERE datname = '$DB'"
BEFORE="$(psql -h 127.0.0.1 -U postgres -X -tA -F ' ' -d "$DB" -c "$STATS")"
echo "== Load"
STATUS=0
"$JAVA_HOME/bin/java" bench/LoadTest.java "http://localhost:$PORT" "$USERS" "$DURATION" "${THINK_MIN_MS:-1000}" "${THINK_MAX_MS:-3000}" || STATUS=$?
read -r C0 W0 <<< "$BEFORE"
read -r C1 W1 <<< "$(psql -h 127.0.0.1 -U postgres -X -tA -F ' ' -d "$DB" -c "$STATS")"
echo "== Database during the load (sign-in included): $((C1 - C0)) commits, $((W1 - W0)) rows written; $(psql -h 127.0.0.1 -U postgres -X -tA -d "$DB" -c "SELECT pg_size_pretty(pg_database_size('$DB'))")"
echo "== Server errors in the log: $(grep -c ' ERROR ' "$WORK/app.log" || true)"
grep ' ERROR ' "$WORK/app.log" | head -5 || true
exit "$STATUS"
