#!/usr/bin/env bash
# Report benchmark (issue 7): the steering reports on PostgreSQL with 1,000,000 synthetic clients and ~22 million
# history rows, each report compared with one plain sequential scan of the largest history table.
#   bench/reports.sh              # reuse database opstap_reports_bench (generated first if it is not there)
#   bench/reports.sh --generate   # drop, recreate and regenerate it first (~8 minutes on 2 cores)
# Needs PostgreSQL at 127.0.0.1:5432 (user postgres, trust) and psql.
#
# 1. Builds the jar (offline when the dependencies are cached).
# 2. Generation (--generate, or when the database is missing or an earlier generation did not finish): recreates
#    the database, starts Opstap once with the demo profile (schema, demo organisations, users, tokens, ~3,000 demo
#    clients), stops it, and runs bench/reports-generate.sql in psql: 1,000,000 clients (GM1708 40 %, GM1701 15 %,
#    GM0037 30 %, GM0047 15 %) with benefit status, caseworker, diagnosis facts and sectors, participations,
#    placements, follow-ups, outflows and re-entries 2015–2026. Prints the time taken and the rows per table.
# 3. Gives analist.igsd the role ANALYST in all four municipalities, so one token covers them all.
# 4. Times SELECT count(*) of the largest history table as a plain sequential scan (index, index-only and bitmap
#    scans off, default parallel settings): one warm-up, then the median of SCAN_RUNS (5).
# 5. Starts Opstap on the database with the demo profile (for the demo tokens; the demo loaders see their data and
#    load nothing, which the script checks), runs bench/ReportLatency.java (tabel-1, tabel-2 and the monitoring set
#    for several reference dates; 3 warm-up and 10 timed calls each) and prints each median and its ratio to the scan.
#    An endpoint that answers 404 is reported as not available yet.
# Settings: PORT (18082), DB (opstap_reports_bench), SCAN_RUNS (5), WARMUP (3), RUNS (10), DATES ("2016-06-30
# 2018-11-15 2021-12-31 <today>"), JAVA_OPTS (for the app), CLIENTS (1000000; only for a quick try of the generator).
set -euo pipefail
cd "$(dirname "$0")/.."
: "${JAVA_HOME:=/usr/lib/jvm/temurin-25-jdk-amd64}"
export JAVA_HOME
PORT="${PORT:-18082}"
DB="${DB:-opstap_reports_bench}"
SCAN_RUNS="${SCAN_RUNS:-5}"
CLIENTS="${CLIENTS:-1000000}"
PSQL=(psql -h 127.0.0.1 -U postgres -X -v ON_ERROR_STOP=1)
GENERATE=0
for arg in "$@"; do
  case "$arg" in
    --generate) GENERATE=1 ;;
    *) echo "usage: bench/reports.sh [--generate]" >&2; exit 2 ;;
  esac
done

now() { date +%s.%N; }
seconds() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", b - a }'; }

./mvnw -q -o -B -DskipTests package 2>/dev/null || ./mvnw -q -B -ntp -DskipTests package
JAR="$(ls target/opstap-*.jar | grep -v '\.original$' | head -1)"
WORK="$(mktemp -d)"
APP=""
stop_app() {
  if [ -n "$APP" ]; then
    kill "$APP" 2>/dev/null || true
    wait "$APP" 2>/dev/null || true
    APP=""
  fi
}
trap 'stop_app; rm -rf "$WORK"' EXIT

# Starts Opstap on $DB with the demo profile and waits until it is ready (after the demo loaders and the matching index).
start_app() {
  local log="$WORK/app-$1.log"
  # shellcheck disable=SC2086
  "$JAVA_HOME/bin/java" ${JAVA_OPTS:-} -jar "$JAR" --spring.profiles.active=demo --server.port="$PORT" \
    --spring.datasource.url="jdbc:postgresql://127.0.0.1:5432/$DB" --spring.datasource.username=postgres \
    --server.servlet.session.cookie.secure=false --logging.level.root=WARN > "$log" 2>&1 &
  APP=$!
  for _ in $(seq 1 900); do
    if curl -sf "http://localhost:$PORT/actuator/health/readiness" > /dev/null; then
      return 0
    fi
    if ! kill -0 "$APP" 2>/dev/null; then
      echo "Opstap stopped while starting; the end of its log:" >&2
      tail -40 "$log" >&2
      exit 1
    fi
    sleep 1
  done
  echo "Opstap was not ready after 900 s; the end of its log:" >&2
  tail -40 "$log" >&2
  exit 1
}

HISTORY_TABLES="client_benefit_status client_caseworker diagnosis_fact diagnosis_fact_sector participation placement follow_up outflow re_entry"

# A generation that finished leaves a comment on the database; without it the database is generated (again).
MARK="$("${PSQL[@]}" -d postgres -tAc "SELECT shobj_description(oid, 'pg_database') FROM pg_database WHERE datname = '$DB'")"
if [ "$GENERATE" = 0 ] && [ "${MARK#opstap reports bench}" = "$MARK" ]; then
  echo "Database $DB is missing or was not generated completely: generating it."
  GENERATE=1
fi

if [ "$GENERATE" = 1 ]; then
  echo "== Generating $DB ($CLIENTS clients)"
  T0="$(now)"
  "${PSQL[@]}" -q -d postgres -c "SET client_min_messages = warning" -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "CREATE DATABASE $DB"
  start_app demo
  stop_app
  T1="$(now)"
  echo "schema and demo data (Opstap with the demo profile): $(seconds "$T0" "$T1") s"
  # psql prints each step's \echo label and the time of every statement; shown here as the time per step.
  "${PSQL[@]}" -q -d "$DB" -v clients="$CLIENTS" -f bench/reports-generate.sql 2>&1 | tee "$WORK/generate.log" \
    | awk '/^Time: / { t += $2; next }
           /^#/ { notes = notes "  " substr($0, 3) "\n"; next }
           /^[a-z]/ { if (label != "") printf "  %-44s %8.1f s\n", label, t / 1000; fflush(); label = $0; t = 0 }
           END { if (label != "") printf "  %-44s %8.1f s\n", label, t / 1000; printf "%s", notes }' \
    || { echo "the generation failed; the end of its log:" >&2; tail -30 "$WORK/generate.log" >&2; exit 1; }
  T2="$(now)"
  echo "bulk generation in SQL: $(seconds "$T1" "$T2") s; in all: $(seconds "$T0" "$T2") s"
  "${PSQL[@]}" -q -d postgres -c "COMMENT ON DATABASE $DB IS 'opstap reports bench: $CLIENTS clients, generated $(date -u +%FT%TZ) in $(seconds "$T0" "$T2") s'"
fi
"${PSQL[@]}" -d postgres -tAc "SELECT shobj_description(oid, 'pg_database') FROM pg_database WHERE datname = '$DB'"

echo
echo "== Rows per table"
SQL=""
for t in client $HISTORY_TABLES; do
  SQL="$SQL SELECT '$t' AS t, count(*) AS n, pg_size_pretty(pg_total_relation_size('$t')) AS size FROM $t UNION ALL"
done
"${PSQL[@]}" -d "$DB" -c "WITH c AS (${SQL% UNION ALL})
  SELECT t AS \"table\", n AS \"rows\", size AS \"with indexes\" FROM c
  UNION ALL SELECT 'history rows (all but client)', sum(n) FILTER (WHERE t <> 'client'), NULL FROM c"

# One analyst for all four municipalities (user_role, see V2__create_users_and_roles.sql).
"${PSQL[@]}" -q -d "$DB" -c "INSERT INTO user_role (user_id, role, municipality_code)
  SELECT u.id, 'ANALYST', m.code FROM app_user u CROSS JOIN municipality m
   WHERE u.username = 'analist.igsd' AND m.code IN ('GM1708', 'GM1701', 'GM0037', 'GM0047') ON CONFLICT DO NOTHING"

echo
echo "== Sequential scan"
TABLE="$("${PSQL[@]}" -d "$DB" -tAc "SELECT relname FROM pg_class WHERE relkind = 'r' AND relname IN ('$(echo "$HISTORY_TABLES" | sed "s/ /','/g")') ORDER BY pg_relation_size(oid) DESC LIMIT 1")"
SCAN_SETTINGS="SET enable_indexscan = off; SET enable_indexonlyscan = off; SET enable_bitmapscan = off;"
"${PSQL[@]}" -d "$DB" -tAc "SELECT 'largest history table: $TABLE, ' || pg_size_pretty(pg_relation_size('$TABLE')) || ' (heap only)'"
"${PSQL[@]}" -q -d "$DB" -tA -c "$SCAN_SETTINGS" -c "EXPLAIN (COSTS OFF) SELECT count(*) FROM $TABLE" | sed 's/^/  /'
{
  echo "$SCAN_SETTINGS"
  echo '\timing on'
  for _ in $(seq 0 "$SCAN_RUNS"); do echo "SELECT count(*) FROM $TABLE;"; done
} | "${PSQL[@]}" -d "$DB" -tA > "$WORK/scan.log"
SCAN_TIMES="$(grep '^Time: ' "$WORK/scan.log" | awk '{ print $2 }' | tail -n +2)"
SCAN_MS="$(echo "$SCAN_TIMES" | sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.3f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }')"
echo "SELECT count(*) FROM $TABLE: warm-up $(grep '^Time: ' "$WORK/scan.log" | head -1 | awk '{ print $2 }') ms, then $(echo "$SCAN_TIMES" | tr '\n' ' ')ms; median $SCAN_MS ms"

echo
echo "== Reports"
INSERTS="SELECT sum(n_tup_ins) FROM pg_stat_user_tables WHERE relname IN ('client','$(echo "$HISTORY_TABLES" | sed "s/ /','/g")')"
BEFORE="$("${PSQL[@]}" -d "$DB" -tAc "$INSERTS")"
T3="$(now)"
start_app run
echo "Opstap ready on the bench database after $(seconds "$T3" "$(now)") s"
sleep 1
AFTER="$("${PSQL[@]}" -d "$DB" -tAc "$INSERTS")"
if [ "$BEFORE" != "$AFTER" ]; then
  echo "warning: $((AFTER - BEFORE)) rows were inserted into the generated tables while Opstap started (demo loaders?)" >&2
fi
# shellcheck disable=SC2086
"$JAVA_HOME/bin/java" bench/ReportLatency.java "http://localhost:$PORT" "$SCAN_MS" ${DATES:-}
stop_app
