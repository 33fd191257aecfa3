#!/usr/bin/env bash
# Matching-engine benchmark (issue 5): 1,000,000 candidates and 200,000 vacancies in memory, no database.
#   bench/matching.sh                       # national scale, 2,000 queries per direction
#   bench/matching.sh 100000 20000 500      # [candidates] [vacancies] [queries]
# Compiles main and test classes (no tests run) and starts MatchingBenchmark on them; needs no dependencies.
set -euo pipefail
cd "$(dirname "$0")/.."
: "${JAVA_HOME:=/usr/lib/jvm/temurin-25-jdk-amd64}"
export JAVA_HOME
./mvnw -q -B -ntp -o test-compile 2>/dev/null || ./mvnw -q -B -ntp test-compile
"$JAVA_HOME/bin/java" -Xms3g -Xmx3g -XX:+UseParallelGC -cp target/classes:target/test-classes \
  nl.opstap.matching.MatchingBenchmark "$@"
