# Shared by ops/crash-test.sh and ops/backup-restore.sh: start, stop and check Opstap on a PostgreSQL database.
# Each function works on the app whose pid is in APP_<name> (several may run, on different ports).
: "${JAVA_HOME:=/usr/lib/jvm/temurin-25-jdk-amd64}"
export JAVA_HOME
PG=(-h 127.0.0.1 -U postgres)
DEMO_PASSWORD='Opstap-demo-2026'

build_jar() { # JAR=path runs that jar instead
  [ -n "${SKIP_BUILD:-}" ] || [ -n "${JAR:-}" ] || ./mvnw -q -B -ntp -DskipTests package
  JAR="${JAR:-$(ls target/opstap-*.jar | grep -v original | head -1)}"
}

recreate_db() {
  psql "${PG[@]}" -d postgres -qc "DROP DATABASE IF EXISTS $1 WITH (FORCE)" -c "CREATE DATABASE $1"
}

sql() { # sql DB 'statement' — one value, unaligned; tries again when the server has no connection free (a shared server)
  local attempt
  for attempt in 1 2 3 4 5; do
    psql "${PG[@]}" -d "$1" -XAtqc "$2" && return 0
    sleep "$attempt"
  done
  return 1
}

# start_app NAME DB PORT LOG [extra arguments]: starts Opstap (demo profile) and waits until it is healthy.
start_app() {
  local name=$1 db=$2 port=$3 log=$4
  shift 4
  "$JAVA_HOME/bin/java" -Xmx2g -jar "$JAR" --spring.profiles.active=demo --server.port="$port" --logging.level.root=WARN \
    --spring.datasource.url="jdbc:postgresql://127.0.0.1:5432/$db" --spring.datasource.username=postgres "$@" >> "$log" 2>&1 &
  printf -v "APP_$name" '%s' $!
  local pid=$! started=$SECONDS
  for _ in $(seq 1 600); do
    if curl -sf "http://localhost:$port/actuator/health" > /dev/null; then
      echo "  Opstap up on :$port ($db) in $((SECONDS - started)) s"
      return 0
    fi
    kill -0 "$pid" 2> /dev/null || { echo "Opstap on :$port did not start; see $log"; tail -30 "$log"; return 1; }
    sleep 1
  done
  echo "Opstap on :$port did not become healthy in 600 s"; return 1
}

stop_app() { # stop_app NAME [signal]
  local var="APP_$1" pid
  pid="${!var:-}"
  [ -n "$pid" ] || return 0
  kill "-${2:-TERM}" "$pid" 2> /dev/null || true
  wait "$pid" 2> /dev/null || true
  printf -v "APP_$1" '%s' ''
}

# totp_code: the demo administrators' current second-factor code (RFC 6238 with the demo secret; demo profile only).
totp_code() {
  python3 -c 'import base64, hashlib, hmac, struct, time
mac = hmac.new(base64.b32decode("OPSTAPDEMOTOTPGEHEIMVOORBEHEER23"), struct.pack(">Q", int(time.time()) // 30), hashlib.sha1).digest()
o = mac[-1] & 15
print("%06d" % ((struct.unpack(">I", mac[o:o + 4])[0] & 0x7FFFFFFF) % 1000000))'
}

# sign_in_admin BASE JAR: the sign-in form as beheer.igsd, then the second factor's code. A code's 30-second step is
# accepted once per account, so when this step was used already (an earlier sign-in), the next step is awaited.
sign_in_admin() {
  local base=$1 jar=$2 csrf location
  csrf="$(curl -s -c "$jar" -b "$jar" "$base/inloggen" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | cut -d'"' -f4)"
  curl -s -c "$jar" -b "$jar" -o /dev/null --data-urlencode "gebruikersnaam=beheer.igsd" --data-urlencode "wachtwoord=$DEMO_PASSWORD" \
    --data-urlencode "_csrf=$csrf" "$base/inloggen"
  for _ in 1 2 3; do
    csrf="$(curl -s -c "$jar" -b "$jar" "$base/inloggen/code" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | cut -d'"' -f4)"
    [ -n "$csrf" ] || return 0 # no code asked
    location="$(curl -s -o /dev/null -w '%{redirect_url}' -c "$jar" -b "$jar" --data-urlencode "code=$(totp_code)" \
      --data-urlencode "_csrf=$csrf" "$base/inloggen/code")"
    case "$location" in "" | *"/inloggen"*) sleep $((31 - $(date +%s) % 30)) ;; *) return 0 ;; esac
  done
  echo "second factor refused for beheer.igsd"; return 1
}

# verify_chain PORT: signs in as the demo administrator and lets Opstap recompute the processing log's hash chain.
verify_chain() {
  local base="http://localhost:$1" jar csrf page
  jar="$(mktemp)"
  sign_in_admin "$base" "$jar" || { rm -f "$jar"; return 1; }
  csrf="$(curl -s -c "$jar" -b "$jar" "$base/beheer/verwerkingslog" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | cut -d'"' -f4)"
  page="$(curl -s -c "$jar" -b "$jar" --data-urlencode "_csrf=$csrf" "$base/beheer/verwerkingslog/controle")"
  rm -f "$jar"
  if grep -q 'utrecht-alert--ok' <<< "$page"; then
    echo "processing log chain verified by Opstap: $(grep -A1 'utrecht-alert--ok' <<< "$page" | sed -n 's/.*<p[^>]*>\([^<]*\)<.*/\1/p' | head -1)"
  else
    echo "processing log chain NOT intact: $(grep -o 'utrecht-alert[^"]*' <<< "$page" | head -1)"
    return 1
  fi
}
