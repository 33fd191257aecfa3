#!/usr/bin/env bash
# Crash test (issue 10): kill -9 Opstap during a write-heavy load and during a bulk import, restart it on the same
# PostgreSQL database, and check that nothing committed is lost and nothing is half-written.
#   ops/crash-test.sh            # 3 rounds; database opstap_crash is recreated; port 18094
#   ops/crash-test.sh 5          # another number of rounds (1-9)
# ROWS (50000, rows of the import file), THREADS (6, load threads), PORT, DB, SKIP_BUILD=1 (reuse target/*.jar),
# REUSE_DB=1 (keep the database of an earlier run, skipping the demo data load).
# Exits non-zero on any violation.
set -euo pipefail
cd "$(dirname "$0")/.."
. ops/common.sh
ROUNDS="${1:-3}"
ROWS="${ROWS:-50000}"
THREADS="${THREADS:-6}"
PORT="${PORT:-18094}"
DB="${DB:-opstap_crash}"
BASE="http://localhost:$PORT"
ADMIN="Authorization: Bearer demo-token-beheer.igsd"
WORK="$(mktemp -d)"
LOG="$WORK/app.log"
ACKS="$WORK/acks.tsv"
VIOLATIONS=0
# The demo profile's master key: the checks recompute the processing log's pseudonyms with it.
MASTER="$(sed -n 's/.*OPSTAP_MASTER_KEY:\([^}]*\)}.*/\1/p' src/main/resources/application-demo.yml)"
export OPSTAP_MASTER_KEY="$MASTER"
# The watchdog may mark an import whose worker was silent for 45 s interrupted, checked every 10 s (default 2 min, 60 s).
WATCHDOG=(--opstap.importing.silence=45s --opstap.importing.watchdog-every=10s)
cleanup() {
  stop_app main
  [ -n "${LOAD:-}" ] && { kill "$LOAD" 2> /dev/null || true; wait "$LOAD" 2> /dev/null || true; }
  if [ "$VIOLATIONS" -gt 0 ]; then echo "work files kept in $WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT
violation() { echo "  VIOLATION: $*"; VIOLATIONS=$((VIOLATIONS + 1)); }

crash() {
  echo "  kill -9 $APP_main"
  kill -9 "$APP_main"
  wait "$APP_main" 2> /dev/null || true
  APP_main=''
}

check_state() {
  echo "  checks after restart:"
  "$JAVA_HOME/bin/java" ops/WriteLoad.java verify "$BASE" "$ACKS" | sed 's/^/    /' || violation "acknowledged client changes lost"
  psql "${PG[@]}" -d "$DB" -XAtq -F ' | ' -v master="$MASTER" -f ops/crash-checks.sql < "$ACKS" > "$WORK/checks.txt"
  sed 's/^/    /' "$WORK/checks.txt"
  while IFS='|' read -r name count; do
    [ "${count// /}" = 0 ] || violation "$name"
  done < "$WORK/checks.txt"
  verify_chain "$PORT" > "$WORK/chain.txt" || violation "processing log chain"
  sed 's/^/    /' "$WORK/chain.txt"
}

status() { curl -sf -H "$ADMIN" "$BASE/api/v1/importen/$1" | grep -o '"status":"[a-z]*"' | cut -d'"' -f4 || true; }

wait_status() { # wait_status JOB SECONDS STATUS...: waits while the job is in none of the given statuses
  local job=$1 limit=$2 s
  shift 2
  for _ in $(seq 1 $((limit * 5))); do
    s="$(status "$job")"
    for wanted in "$@"; do [ "$s" = "$wanted" ] && { echo "$s"; return 0; }; done
    sleep 0.2
  done
  echo "$s"
}

counts() { sql "$DB" "SELECT (SELECT count(*) FROM client) || ' clients, ' || (SELECT count(*) FROM diagnosis_fact) || ' facts, '
  || (SELECT count(*) FROM client_caseworker) || ' caseworker rows, ' || (SELECT count(*) FROM client_benefit_status) || ' benefit rows'"; }

build_jar
[ -n "${REUSE_DB:-}" ] || recreate_db "$DB"
: > "$ACKS"
echo "Opstap on PostgreSQL database $DB, port $PORT; $ROUNDS rounds; log $LOG"
start_app main "$DB" "$PORT" "$LOG" "${WATCHDOG[@]}"
SERIES=$((RANDOM % 20)) # BSN ranges of this run (load and import files), so that a reused database has none of them yet
for round in $(seq 1 "$ROUNDS"); do
  echo "Round $round: write load ($THREADS threads)"
  before=$(wc -l < "$ACKS")
  "$JAVA_HOME/bin/java" ops/WriteLoad.java load "$BASE" "$ACKS" "$THREADS" "$((SERIES + round))" > "$WORK/load.out" 2>&1 &
  LOAD=$!
  for _ in $(seq 1 300); do [ "$(wc -l < "$ACKS")" -gt "$before" ] && break; sleep 0.2; done
  sleep $((3 + RANDOM % 10)) # counted from the first acknowledged write
  crash
  wait "$LOAD" || true
  LOAD=''
  acked=$(($(wc -l < "$ACKS") - before))
  echo "  acknowledged before the kill: $acked writes"
  [ "$acked" -gt 0 ] || violation "the load wrote nothing before the kill"
  if grep -m3 "IllegalStateException" "$WORK/load.out" | sed 's/^/    load: /' | grep .; then violation "a write was refused"; fi
  start_app main "$DB" "$PORT" "$LOG" "${WATCHDOG[@]}"
  check_state

  echo "Round $round: bulk import of $ROWS clients"
  csv="$WORK/clients-$round.csv"
  "$JAVA_HOME/bin/java" bench/ImportThroughput.java --write "$ROWS" "$csv" $(((SERIES + round) * 1000000))
  job="$(curl -sf -H "$ADMIN" -F soort=werkzoekenden -F "bestand=@$csv;type=text/csv;filename=klanten-$round.csv" "$BASE/api/v1/importen" \
    | grep -o '"id":"[0-9a-f-]*"' | head -1 | cut -d'"' -f4)"
  curl -sf -o /dev/null -H "$ADMIN" -H 'Content-Type: application/json' -d '{"gemeente":null}' "$BASE/api/v1/importen/$job/controle"
  [ "$(wait_status "$job" 120 gecontroleerd mislukt)" = gecontroleerd ] || { violation "import check did not pass"; continue; }
  counted="$(counts)"
  curl -sf -o /dev/null -H "$ADMIN" -H 'Content-Type: application/json' -d '{"modus":"alles-of-niets"}' "$BASE/api/v1/importen/$job/uitvoering"
  started=$SECONDS
  [ "$(wait_status "$job" 30 importeren)" = importeren ] || violation "import did not start"
  # Kill at a different moment each round: while the file is read (0), while clients are written (37 %), while their
  # diagnosis facts are written (74 %: the counter stands at 3/4 until the facts are done), plus up to a second.
  target=$((ROWS * ((round - 1) % 3) * 37 / 100))
  for _ in $(seq 1 600); do
    [ "$(sql "$DB" "SELECT CASE WHEN status = 'IMPORTING' AND processed_rows < $target THEN 0 ELSE 1 END FROM import_job WHERE id = '$job'")" = 1 ] && break
    sleep 0.1
  done
  sleep "0.$((RANDOM % 10))"
  at="$(sql "$DB" "SELECT status || ', ' || processed_rows || ' of ' || total_rows || ' rows' FROM import_job WHERE id = '$job'")"
  crash
  echo "  killed $((SECONDS - started)) s after the import started; job was $at"
  case "$at" in IMPORTING*) ;; *) violation "the import was over before the kill ($at); no crash tested" ;; esac
  start_app main "$DB" "$PORT" "$LOG" "${WATCHDOG[@]}"
  restarted=$SECONDS
  s="$(wait_status "$job" 120 onderbroken mislukt)"
  echo "  job after restart: $s ($((SECONDS - restarted)) s after the restart)"
  [ "$s" = onderbroken ] || [ "$s" = mislukt ] || violation "job left as '$s' after the restart"
  after="$(counts)"
  echo "  before the import: $counted"
  echo "  after the crash:   $after"
  [ "$after" = "$counted" ] || violation "rows of the killed import are stored"
  check_state
  echo "  importing the same file again (same job: check, then all or nothing)"
  curl -sf -o /dev/null -H "$ADMIN" -H 'Content-Type: application/json' -d '{"gemeente":null}' "$BASE/api/v1/importen/$job/controle"
  wait_status "$job" 120 gecontroleerd mislukt > /dev/null
  curl -sf -o /dev/null -H "$ADMIN" -H 'Content-Type: application/json' -d '{"modus":"alles-of-niets"}' "$BASE/api/v1/importen/$job/uitvoering"
  again=$SECONDS
  s="$(wait_status "$job" 300 klaar mislukt onderbroken)"
  new="$(sql "$DB" "SELECT count(*) FROM client") - ${counted%% clients*}"
  echo "  again: $s in $((SECONDS - again)) s; clients added: $((new))"
  [ "$s" = klaar ] && [ "$((new))" = "$ROWS" ] || violation "importing the file again: $s, $((new)) clients added"
done
echo "Final state: $(counts); $(wc -l < "$ACKS") acknowledged write lines"
check_state
stop_app main
if [ "$VIOLATIONS" -gt 0 ]; then
  echo "CRASH TEST FAILED: $VIOLATIONS violation(s)"
  exit 1
fi
echo "CRASH TEST PASSED: $ROUNDS rounds, nothing acknowledged lost, nothing half-written"
