#!/usr/bin/env bash
# Matching-engine benchmark (issue 5): 1,000,000 candidates and 200,000 vacancies in memory, NDCG@10 on planted
# pairs, and the same top-50 query as plain SQL on PostgreSQL for comparison.
#   bench/matching.sh                       # national scale, 2,000 queries per direction
#   bench/matching.sh 100000 20000 500      # [candidates] [vacancies] [queries]
#   SQL=0 bench/matching.sh                 # without PostgreSQL (SQL=1 or --sql forces it)
# The SQL baseline runs when PostgreSQL answers at 127.0.0.1:5432 (user postgres, trust); it recreates the tables
# of database opstap_matching_bench (SQL_DB), times SQL_QUERIES (100) queries within SQL_SECONDS (300).
set -euo pipefail
cd "$(dirname "$0")/.."
: "${JAVA_HOME:=/usr/lib/jvm/temurin-25-jdk-amd64}"
export JAVA_HOME
./mvnw -q -B -ntp -o test-compile 2>/dev/null || ./mvnw -q -B -ntp test-compile
# The test classpath (for the PostgreSQL driver), written once per pom.xml.
if [ ! -s target/bench-cp.txt ] || [ pom.xml -nt target/bench-cp.txt ]; then
  cp=(dependency:build-classpath -Dmdep.outputFile=target/bench-cp.txt -Dmdep.includeScope=test)
  ./mvnw -q -B -ntp -o "${cp[@]}" 2>/dev/null || ./mvnw -q -B -ntp "${cp[@]}"
fi
if [ -z "${SQL:-}" ]; then
  if (exec 3<>/dev/tcp/127.0.0.1/5432) 2>/dev/null; then
    SQL=1
  else
    SQL=0
    echo "PostgreSQL does not answer at 127.0.0.1:5432: the SQL baseline is skipped"
  fi
fi
export SQL
"$JAVA_HOME/bin/java" -Xms3g -Xmx3g -XX:+UseParallelGC -cp "target/classes:target/test-classes:$(cat target/bench-cp.txt)" \
  nl.opstap.matching.MatchingBenchmark "$@"
