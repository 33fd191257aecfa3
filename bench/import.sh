#!/usr/bin/env bash
# Import benchmark (issue 9): starts Opstap with the demo data on PostgreSQL (database opstap_import_bench,
# recreated), imports ROWS (100,000) synthetic clients through the API — check, then all-or-nothing import — and
# the same file again, then times PostgreSQL's COPY of the same file into a table of the same columns: the floor.
#   bench/import.sh            # 100,000 rows
#   bench/import.sh 20000      # another number of rows
set -euo pipefail
cd "$(dirname "$0")/.."
: "${JAVA_HOME:=/usr/lib/jvm/temurin-25-jdk-amd64}"
export JAVA_HOME
PORT="${PORT:-18081}"
ROWS="${1:-100000}"
DB=opstap_import_bench
WORK="$(mktemp -d)"
./mvnw -q -B -ntp -DskipTests package
psql -h 127.0.0.1 -U postgres -d postgres -qc "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "CREATE DATABASE $DB"
"$JAVA_HOME/bin/java" ${APP_JAVA_OPTS:-} -Xmx2g -jar target/opstap-*.jar --spring.profiles.active=demo --server.port="$PORT" --logging.level.root=WARN --logging.level.nl.opstap.importing=INFO --logging.level.nl.opstap.client.ClientImports=INFO --logging.level.nl.opstap.matching.MatchingIndex=INFO \
  --spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/$DB --spring.datasource.username=postgres > "$WORK/app.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null; wait $APP 2>/dev/null || true; rm -rf "$WORK"' EXIT
for _ in $(seq 1 180); do
  curl -sf "http://localhost:$PORT/actuator/health" > /dev/null && break
  sleep 1
done
sleep 2
"$JAVA_HOME/bin/java" bench/ImportThroughput.java "http://localhost:$PORT" "$ROWS" "$WORK/clients.csv"
psql -h 127.0.0.1 -U postgres -d $DB -q <<SQL
CREATE TABLE copy_floor (municipality_code VARCHAR(6), bsn VARCHAR(9), first_names VARCHAR(200), last_name VARCHAR(200),
  date_of_birth DATE, gender VARCHAR(10), street VARCHAR(200), house_number INTEGER, postcode VARCHAR(6), city VARCHAR(100),
  benefit VARCHAR(30), benefit_from DATE, caseworker VARCHAR(100), situation VARCHAR(40), perspective VARCHAR(40), ladder INTEGER,
  sectors VARCHAR(100));
SET datestyle = 'ISO, DMY';
\timing on
\echo COPY floor: the same rows into one table of the same columns
\copy copy_floor FROM '$WORK/clients.csv' WITH (FORMAT csv, HEADER true, DELIMITER ';')
SQL
grep -E "ERROR|Exception|Import of|Client import|Matching index" "$WORK/app.log" | head -20 || true
