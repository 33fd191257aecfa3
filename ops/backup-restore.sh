#!/usr/bin/env bash
# Backup and restore (issue 10): dumps a running Opstap database (pg_dump, custom format) while it is in use,
# restores it into a fresh database (pg_restore), starts Opstap on the restored database and shows that it is identical:
# every table's row count and md5 of its rows in primary-key order (the original read from the dump's own snapshot),
# the same API answers from both instances, and the processing log's hash chain verified on the restored one.
#   ops/backup-restore.sh        # databases opstap_backup and opstap_backup_restore are recreated; ports 18094, 18095
# DB, RESTORE_DB, PORT, RESTORE_PORT, LOAD_SECONDS (20), SKIP_BUILD=1 (reuse target/*.jar) or JAR=path, REUSE_DB=1 (keep
# the database of an earlier run: no demo data load, the load adds to it). Exits non-zero on any difference.
set -euo pipefail
cd "$(dirname "$0")/.."
. ops/common.sh
DB="${DB:-opstap_backup}"
RESTORE_DB="${RESTORE_DB:-${DB}_restore}"
PORT="${PORT:-18094}"
RESTORE_PORT="${RESTORE_PORT:-18095}"
WORK="$(mktemp -d)"
DIFFERENCES=0
cleanup() {
  stop_app original
  stop_app restored
  [ -n "${SNAPSHOT_PID:-}" ] && { kill "$SNAPSHOT_PID" 2> /dev/null || true; wait "$SNAPSHOT_PID" 2> /dev/null || true; }
  if [ "$DIFFERENCES" -gt 0 ]; then echo "work files kept in $WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT

build_jar
[ -n "${REUSE_DB:-}" ] || recreate_db "$DB"
echo "1. Opstap with the demo data on $DB (port $PORT), plus ${LOAD_SECONDS:-20} s of write load through the API"
start_app original "$DB" "$PORT" "$WORK/original.log"
# A BSN range of its own (round 10-29), so a reused database has none of them yet.
"$JAVA_HOME/bin/java" ops/WriteLoad.java load "http://localhost:$PORT" "$WORK/acks.tsv" 4 $((10 + RANDOM % 20)) > "$WORK/load.out" 2>&1 &
LOAD=$!
sleep "${LOAD_SECONDS:-20}"
kill "$LOAD" 2> /dev/null || { echo "   the load stopped early:"; grep -m2 IllegalStateException "$WORK/load.out" || true; }
wait "$LOAD" 2> /dev/null || true
echo "   acknowledged writes: $(wc -l < "$WORK/acks.tsv") lines"

echo "2. pg_dump (custom format) of the running database, from a snapshot that the checksums read as well"
coproc SNAPSHOT { psql "${PG[@]}" -d "$DB" -XAtq; }
SNAPSHOT_PID=$SNAPSHOT_PID
echo "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY; SELECT pg_export_snapshot();" >&"${SNAPSHOT[1]}"
read -r snapshot <&"${SNAPSHOT[0]}"
started=$SECONDS
pg_dump "${PG[@]}" -d "$DB" --snapshot="$snapshot" -Fc -f "$WORK/opstap.dump"
echo "   dump: $(du -h "$WORK/opstap.dump" | cut -f1) in $((SECONDS - started)) s"
psql "${PG[@]}" -d "$DB" -XAtq -v snapshot="$snapshot" -f ops/table-checksums.sql > "$WORK/original.sums"
echo "COMMIT;" >&"${SNAPSHOT[1]}"
exec {SNAPSHOT[1]}>&-
wait "$SNAPSHOT_PID" 2> /dev/null || true
SNAPSHOT_PID=''

echo "3. pg_restore into the fresh database $RESTORE_DB"
recreate_db "$RESTORE_DB"
started=$SECONDS
pg_restore "${PG[@]}" -d "$RESTORE_DB" --exit-on-error --no-owner "$WORK/opstap.dump"
echo "   restored in $((SECONDS - started)) s"
psql "${PG[@]}" -d "$RESTORE_DB" -XAtq -f ops/table-checksums.sql > "$WORK/restored.sums"

echo "4. Every table: row count and md5 of its rows in primary-key order"
tables=$(wc -l < "$WORK/original.sums")
rows=$(awk -F'|' '{ s += $2 } END { print s }' "$WORK/original.sums")
if diff "$WORK/original.sums" "$WORK/restored.sums" > "$WORK/sums.diff"; then
  echo "   identical: $tables tables, $rows rows"
  sort -t'|' -k2 -nr "$WORK/original.sums" | head -8 | awk -F'|' '{ printf "     %-32s %9d rows  md5 %s\n", $1, $2, $3 }'
else
  echo "   DIFFERENT:"; sed 's/^/     /' "$WORK/sums.diff"; DIFFERENCES=$((DIFFERENCES + 1))
fi

echo "5. Opstap on the restored database (port $RESTORE_PORT): the same API answers as the original"
start_app restored "$RESTORE_DB" "$RESTORE_PORT" "$WORK/restored.log"
api() { # api PORT TOKEN-USER PATH: the answer as canonical JSON (keys sorted: the order of _links varies per JVM)
  curl -s -H "Authorization: Bearer demo-token-$2" "http://localhost:$1$3" | sed "s/localhost:$1/localhost/g" | jq -S . || true
}
clients=$(api "$PORT" consulent.steenwijkerland "/api/v1/werkzoekenden?paginaGrootte=5&sorteer=naam" | jq -r '.werkzoekenden[].id' | head -5)
load_client=$(awk -F'\t' '$1 == "C" { c = $2 } END { print c }' "$WORK/acks.tsv")
paths=("consulent.steenwijkerland /api/v1/werkzoekenden?paginaGrootte=100&sorteer=naam"
       "analist.igsd /api/v1/rapportages/tabel-1?peildatum=2018-11-15"
       "analist.igsd /api/v1/rapportages/tabel-2?peildatum=2018-11-15"
       "accountmanager.igsd /api/v1/werkgevers")
for id in $clients $load_client; do
  for part in "" /diagnose /tijdlijn /journaal /plan /uitkeringsstatussen; do
    paths+=("consulent.steenwijkerland /api/v1/werkzoekenden/$id$part")
  done
done
same=0
for entry in "${paths[@]}"; do
  user=${entry%% *} path=${entry#* }
  a=$(api "$PORT" "$user" "$path") b=$(api "$RESTORE_PORT" "$user" "$path")
  if [ "$a" = "$b" ] && [ -n "$a" ]; then
    same=$((same + 1))
  else
    echo "   DIFFERENT (or empty): $path"; DIFFERENCES=$((DIFFERENCES + 1))
    diff <(echo "$a") <(echo "$b") | head -6 | sed 's/^/     /' || true
  fi
done
echo "   $same of ${#paths[@]} answers identical (client list, Tabel I and II, employers, and 6 views each of $(wc -w <<< "$clients $load_client") clients)"

echo "6. The processing log on the restored database"
verify_chain "$RESTORE_PORT" | sed 's/^/   /' || DIFFERENCES=$((DIFFERENCES + 1))
stop_app original
stop_app restored
if [ "$DIFFERENCES" -gt 0 ]; then
  echo "BACKUP/RESTORE FAILED: $DIFFERENCES difference(s)"
  exit 1
fi
echo "BACKUP/RESTORE PASSED: the restored database is identical and Opstap serves it"
