#!/usr/bin/env bash
# Attacks a running Opstap with sqlmap and wapiti (issue 10): builds the jar, starts it with the demo data on
# PostgreSQL (database opstap_attacks, recreated) at port 18093, signs in as the demo roles, lists every page, form
# and API call (security/targets.py), runs sqlmap on each (security/run_sqlmap.py) and wapiti signed in as each
# role, and exits non-zero when either finds anything. Reports in target/attack/.
#   security/attack.sh            # full run
#   security/attack.sh --quick    # fewer roles and API calls, no time-based SQL tests, shorter wapiti runs
# SKIP_BUILD=1 reuses target/opstap-*.jar; PORT, DB, SQLMAP_WORKERS, WAPITI_SECONDS override the defaults.
set -euo pipefail
cd "$(dirname "$0")/.."
MODE=full
[[ "${1:-}" == "--quick" ]] && MODE=quick
: "${JAVA_HOME:=/usr/lib/jvm/temurin-25-jdk-amd64}"
export JAVA_HOME
PORT="${PORT:-18093}"
DB="${DB:-opstap_attacks}"
BASE="http://127.0.0.1:$PORT"
OUT="$PWD/target/attack"
if [[ "$MODE" == quick ]]; then WAPITI_SECONDS="${WAPITI_SECONDS:-90}"; else WAPITI_SECONDS="${WAPITI_SECONDS:-180}"; fi
STARTED=$(date +%s)
PY=/usr/bin/python3  # Debian's, where wapiti and python3-requests live

if ! command -v sqlmap > /dev/null || ! command -v wapiti > /dev/null; then
  $( [[ $EUID -ne 0 ]] && echo sudo ) apt-get install -y sqlmap wapiti
fi
[[ -n "${SKIP_BUILD:-}" ]] || ./mvnw -q -B -ntp -DskipTests package
rm -rf "$OUT" && mkdir -p "$OUT"
psql -h 127.0.0.1 -U postgres -d postgres -qc "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "CREATE DATABASE $DB"
cp target/opstap-*.jar "$OUT/opstap.jar"   # a build during the run must not change the running jar
"$JAVA_HOME/bin/java" -Xmx2g -jar "$OUT/opstap.jar" --spring.profiles.active=demo --server.port="$PORT" \
  --spring.datasource.url="jdbc:postgresql://127.0.0.1:5432/$DB" --spring.datasource.username=postgres > "$OUT/app.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null; wait $APP 2>/dev/null || true' EXIT
for _ in $(seq 1 900); do   # the demo data take minutes on a busy machine
  curl -sf "$BASE/actuator/health" > /dev/null && break
  sleep 1
done
curl -sf "$BASE/actuator/health" > /dev/null || { echo "Opstap did not start; see $OUT/app.log"; exit 2; }

USERS="'consulent.steenwijkerland','jobcoach.igsd','accountmanager.igsd','analist.igsd','beheer.igsd','admin','werkzoekende.demo','werkgever.demo'"
SCAN_ACCOUNT_IDS="$(psql -h 127.0.0.1 -U postgres -d "$DB" -tAc "SELECT id FROM app_user WHERE username IN ($USERS)" | tr '\n' ' ')"
export SCAN_ACCOUNT_IDS
"$PY" security/targets.py "$BASE" "$OUT" "$MODE"

status=0
"$PY" security/run_sqlmap.py "$OUT" "$MODE" | tee "$OUT/sqlmap.txt" || status=1
SQLMAP_DONE=$(date +%s)

# wapiti signed in as each role in turn (through security/wapiti.py, which fixes its -x patterns on Python 3.11);
# time-based blind SQL only in the full run
MODULES="sql,xss,permanentxss,exec,file,crlf,redirect,csrf,csp,http_headers,cookieflags,methods"
[[ "$MODE" == full ]] && MODULES="$MODULES,blindsql"
ROLES="consulent.steenwijkerland beheer.igsd werkzoekende.demo werkgever.demo"
[[ "$MODE" == full ]] && ROLES="$ROLES accountmanager.igsd analist.igsd"
EXCLUDES=(-x "$BASE/uitloggen" -x "$BASE/inloggen*" -x "$BASE/activeren*" -x "$BASE/api/v1/documentatie*")
for id in $SCAN_ACCOUNT_IDS; do EXCLUDES+=(-x "$BASE/beheer/gebruikers/$id*"); done
for role in $ROLES; do
  "$PY" security/targets.py "$BASE" "$OUT" refresh "$role" # sessions end after 30 idle minutes; sqlmap took longer
  "$PY" security/wapiti.py -u "$BASE/" --scope folder -c "$OUT/cookie-$role.json" "${EXCLUDES[@]}" -m "$MODULES" \
    -d 4 --max-links-per-page 40 --max-files-per-dir 8 --max-scan-time "$WAPITI_SECONDS" --max-attack-time "$((WAPITI_SECONDS / 8))" \
    --flush-session --store-session "$OUT/wapiti-session-$role" --store-config "$OUT/wapiti-config-$role" \
    -f json -o "$OUT/wapiti-$role.json" -v 0 --no-bugreport > "$OUT/wapiti-$role.log" 2>&1 || true
done
"$PY" security/wapiti_findings.py "$OUT" "$BASE" $ROLES | tee "$OUT/wapiti.txt" || status=1
grep -c " ERROR " "$OUT/app.log" > /dev/null && grep " ERROR " "$OUT/app.log" | head -20 > "$OUT/app-errors.txt" || true
echo "Attack run ($MODE): sqlmap $((SQLMAP_DONE - STARTED)) s (with build and start), wapiti $(( $(date +%s) - SQLMAP_DONE )) s," \
  "total $(( $(date +%s) - STARTED )) s; $( [[ $status -eq 0 ]] && echo 'no findings' || echo 'FINDINGS: see target/attack/*.txt' )"
exit $status
