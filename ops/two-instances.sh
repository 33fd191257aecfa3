#!/usr/bin/env bash
# Two Opstap instances behind nginx on one PostgreSQL database (issue 10), demonstrated:
#   a) a session survives killing the instance that served it (sessions in the database);
#   b) a scheduled job fires on both instances and runs once (ShedLock);
#   c) an edit through instance A changes instance B's matching results within 1 s (ADR 0025).
# Also: both start at the same moment on an empty database and the demo data are loaded once.
# Installs nginx when missing (Debian); runs it with its own configuration, pid file and port, never the system's.
#   ops/two-instances.sh            # ports 18096, 18097 (apps) and 18098 (nginx); database opstap_instances (recreated)
# PORT_A, PORT_B, PORT_LB, DB, JAVA_OPTS override the defaults. Exits non-zero when a demonstration fails.
set -euo pipefail
cd "$(dirname "$0")/.."
: "${JAVA_HOME:=/usr/lib/jvm/temurin-25-jdk-amd64}"
export JAVA_HOME
PORT_A="${PORT_A:-18096}"
PORT_B="${PORT_B:-18097}"
PORT_LB="${PORT_LB:-18098}"
DB="${DB:-opstap_instances}"
LB="http://127.0.0.1:$PORT_LB"
PSQL=(psql -h 127.0.0.1 -U postgres -X -v ON_ERROR_STOP=1 -d "$DB" -tA)
FAILED=0

pass() { echo "  PASS: $*"; }
fail() { echo "  FAIL: $*"; FAILED=1; }

if ! command -v nginx > /dev/null && [ ! -x /usr/sbin/nginx ]; then
  echo "== Installing nginx"
  apt-get install -y -q nginx > /dev/null
fi
NGINX="$(command -v nginx || echo /usr/sbin/nginx)"

echo "== Building the jar"
./mvnw -q -o -B -DskipTests package 2>/dev/null || ./mvnw -q -B -ntp -DskipTests package
JAR="$(ls target/opstap-*.jar | grep -v '\.original$' | head -1)"
WORK="$(mktemp -d)"
chmod 755 "$WORK" # nginx's worker (not root) reads below it
declare -A PID
cleanup() {
  for name in "${!PID[@]}"; do kill "${PID[$name]}" 2>/dev/null || true; done
  [ -f "$WORK/nginx.pid" ] && kill "$(cat "$WORK/nginx.pid")" 2>/dev/null || true
  wait 2>/dev/null || true
  if [ "$FAILED" = 0 ]; then rm -rf "$WORK"; else echo "logs kept in $WORK"; fi
}
trap cleanup EXIT

echo "== Fresh database $DB; starting instances a (:$PORT_A) and b (:$PORT_B) at the same moment"
psql -h 127.0.0.1 -U postgres -X -q -d postgres -c "SET client_min_messages = warning" \
  -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "CREATE DATABASE $DB"
declare -A LOG
RUN=0
start() { # name port [placement jobs cron]
  RUN=$((RUN + 1))
  LOG[$1]="$WORK/$1-$RUN.log"
  # shellcheck disable=SC2086
  "$JAVA_HOME/bin/java" ${JAVA_OPTS:--Xmx1g} -jar "$JAR" --spring.profiles.active=demo --server.port="$2" \
    --spring.datasource.url="jdbc:postgresql://127.0.0.1:5432/$DB" --spring.datasource.username=postgres \
    --server.servlet.session.cookie.secure=false --opstap.instance.name="$1" \
    --opstap.placement.jobs-cron="${3:-0 30 2 * * *}" > "${LOG[$1]}" 2>&1 &
  PID[$1]=$!
}
await() { # name port
  for _ in $(seq 1 600); do
    curl -sf "http://127.0.0.1:$2/actuator/health/readiness" > /dev/null && return 0
    if ! kill -0 "${PID[$1]}" 2>/dev/null; then
      echo "instance $1 stopped while starting; the end of its log:"; tail -40 "${LOG[$1]}"; exit 1
    fi
    sleep 1
  done
  echo "instance $1 not ready after 600 s"; tail -40 "${LOG[$1]}"; exit 1
}
T0=$(date +%s)
start a "$PORT_A"
start b "$PORT_B"
await a "$PORT_A"
await b "$PORT_B"
echo "  both ready after $(( $(date +%s) - T0 )) s"
LOADED="$(cat "${LOG[a]}" "${LOG[b]}" | grep -c 'Demo data loaded' || true)"
CLIENTS="$("${PSQL[@]}" -c "SELECT count(*) FROM client")"
ADMINS="$("${PSQL[@]}" -c "SELECT count(*) FROM app_user WHERE username = 'admin'")"
if [ "$LOADED" = 1 ] && [ "$CLIENTS" = 2989 ] && [ "$ADMINS" = 1 ]; then
  pass "demo data loaded by one instance ($CLIENTS clients); the other waited and found them"
else
  fail "demo data loaded $LOADED times, $CLIENTS clients, $ADMINS admin accounts (expected 1, 2989, 1)"
fi

echo "== nginx on :$PORT_LB, round robin over both"
cat > "$WORK/nginx.conf" <<CONF
worker_processes 1;
daemon off;
pid $WORK/nginx.pid;
error_log $WORK/nginx-error.log;
events { worker_connections 512; }
http {
  access_log $WORK/nginx-access.log;
  client_body_temp_path $WORK/nginx-body;
  proxy_temp_path $WORK/nginx-proxy;
  fastcgi_temp_path $WORK/nginx-fastcgi;
  uwsgi_temp_path $WORK/nginx-uwsgi;
  scgi_temp_path $WORK/nginx-scgi;
  upstream opstap {
    server 127.0.0.1:$PORT_A max_fails=1 fail_timeout=10s;
    server 127.0.0.1:$PORT_B max_fails=1 fail_timeout=10s;
    keepalive 16;
  }
  server {
    listen 127.0.0.1:$PORT_LB;
    client_max_body_size 160m;
    location / {
      proxy_pass http://opstap;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host \$http_host;
      proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
      proxy_next_upstream error timeout http_502 http_503;
      proxy_connect_timeout 2s;
    }
  }
}
CONF
"$NGINX" -p "$WORK" -c "$WORK/nginx.conf" > "$WORK/nginx.out" 2>&1 &
for _ in $(seq 1 50); do curl -sf "$LB/actuator/health" > /dev/null && break; sleep 0.2; done
SEEN="$(for _ in 1 2 3 4; do curl -s -o /dev/null -D - "$LB/actuator/health" | tr -d '\r' | awk -F': ' 'tolower($1) == "x-opstap-instantie" { print $2 }'; done | sort -u | tr '\n' ' ')"
[ "$SEEN" = "a b " ] && pass "four requests answered by: $SEEN" || fail "round robin answered by: '$SEEN'"

echo "== a) A session survives killing the instance that served it"
JAR_COOKIES="$WORK/cookies"
instance_of() { tr -d '\r' < "$1" | awk -F': ' 'tolower($1) == "x-opstap-instantie" { print $2 }'; }
CSRF="$(curl -s -c "$JAR_COOKIES" -b "$JAR_COOKIES" "$LB/inloggen" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')"
curl -s -o /dev/null -D "$WORK/login.h" -c "$JAR_COOKIES" -b "$JAR_COOKIES" "$LB/inloggen" \
  --data-urlencode gebruikersnaam=consulent.steenwijkerland --data-urlencode wachtwoord=Opstap-demo-2026 --data-urlencode "_csrf=$CSRF"
LOCATION="$(tr -d '\r' < "$WORK/login.h" | awk -F': ' 'tolower($1) == "location" { print $2 }')"
if [ "${LOCATION%/}" = "${LOCATION}" ]; then fail "sign-in through nginx did not lead to the start page (Location: '$LOCATION')"; fi
STATUS="$(curl -s -o /dev/null -w '%{http_code}' -D "$WORK/home.h" -b "$JAR_COOKIES" "$LB/werkzoekenden")"
SERVED="$(instance_of "$WORK/home.h")"
echo "  signed in as consulent.steenwijkerland (form with CSRF, posted to instance $(instance_of "$WORK/login.h")); /werkzoekenden $STATUS from instance $SERVED"
[ "$STATUS" = 200 ] || fail "/werkzoekenden answered $STATUS before the kill"
kill -9 "${PID[$SERVED]}"
wait "${PID[$SERVED]}" 2>/dev/null || true
unset "PID[$SERVED]"
echo "  kill -9 instance $SERVED"
STATUS="$(curl -s -o "$WORK/after.html" -w '%{http_code}' -D "$WORK/after.h" -b "$JAR_COOKIES" "$LB/werkzoekenden")"
AFTER="$(instance_of "$WORK/after.h")"
if [ "$STATUS" = 200 ] && [ -n "$AFTER" ] && [ "$AFTER" != "$SERVED" ] && grep -q 'href="/werkzoekenden/' "$WORK/after.html"; then
  pass "next request through nginx: $STATUS from instance $AFTER, still signed in (the client list, no sign-in page)"
else
  fail "after the kill: $STATUS from instance '$AFTER' (expected 200 from the other, signed in)"
fi
signed_in() { # what to call it
  local status
  status="$(curl -s -o "$WORK/page.html" -w '%{http_code}' -D "$WORK/page.h" -b "$JAR_COOKIES" "$LB/werkzoekenden")"
  if [ "$status" = 200 ] && grep -q 'href="/werkzoekenden/' "$WORK/page.html"; then
    pass "$1: still signed in (instance $(instance_of "$WORK/page.h") answered)"
  else
    fail "$1: $status, not signed in"
  fi
}
# Rolling restart, both now with the placement jobs every 10 s for b): the killed one first, then the other.
OTHER=$([ "$SERVED" = a ] && echo b || echo a)
port_of() { [ "$1" = a ] && echo "$PORT_A" || echo "$PORT_B"; }
CRON="*/10 * * * * *"
echo "  restarting instance $SERVED"
start "$SERVED" "$(port_of "$SERVED")" "$CRON"
await "$SERVED" "$(port_of "$SERVED")"
echo "  stopping instance $OTHER (SIGTERM) and restarting it: a rolling restart"
kill "${PID[$OTHER]}"
wait "${PID[$OTHER]}" 2>/dev/null || true
signed_in "while $OTHER is down"
start "$OTHER" "$(port_of "$OTHER")" "$CRON"
await "$OTHER" "$(port_of "$OTHER")"
signed_in "after the rolling restart"

echo "== b) A scheduled job fires on both instances and runs once"
# Both fire the placement jobs every 10 s (this demo's cron); a run holds the job's lock for 10 minutes after it
# ends, so of all firings in the next 35 s exactly one runs the job and the others skip it.
sleep 35
fired() { grep -c 'Placement jobs:' "$1" || true; }
ran() { grep 'Placement jobs:' "$1" | grep -vc 'null follow-up contacts planned' || true; }
FIRED=$(( $(fired "${LOG[a]}") + $(fired "${LOG[b]}") ))
RAN_A="$(ran "${LOG[a]}")"
RAN_B="$(ran "${LOG[b]}")"
"${PSQL[@]}" -F ' | ' -c "SELECT name, locked_at, lock_until FROM shedlock WHERE name LIKE 'placement%' ORDER BY name" | sed 's/^/  shedlock: /'
echo "  the job fired $FIRED times (a: $(fired "${LOG[a]}"), b: $(fired "${LOG[b]}")); it ran on a $RAN_A, on b $RAN_B times"
if [ "$FIRED" -ge 4 ] && [ $((RAN_A + RAN_B)) = 1 ]; then
  pass "ran once while fired $FIRED times on two instances"
else
  fail "ran $((RAN_A + RAN_B)) times (expected once), fired $FIRED times"
fi

echo "== c) An edit through instance A changes instance B's matching results within 1 s"
if "$JAVA_HOME/bin/java" ops/Propagation.java "http://127.0.0.1:$PORT_A" "http://127.0.0.1:$PORT_B" 5 | sed 's/^/  /'; then
  pass "B's matching results followed every edit made through A within 1 s"
else
  fail "B's matching results did not follow A's edits within 1 s"
fi

echo
if [ "$FAILED" = 0 ]; then echo "All demonstrations passed."; else echo "A demonstration FAILED."; fi
exit "$FAILED"
