#!/usr/bin/env bash
# Big desks: one article with 1,000 claims and one with 10,000 (tasks, sources and proposed verdicts spread over
# them), made through the services on the embedded PostgreSQL. Prints the server time of the navigation round trip to
# the article workspace (goals <= 1.0 s and <= 2.5 s), and the PDF (goal <= 8 s at 10,000) and JSON reports' time and
# peak heap (goal: flat, streamed). Sizes can be given: bench/large-desk.sh 1000 10000
set -euo pipefail
cd "$(dirname "$0")/.."
[ -n "${SKIP_BUILD:-}" ] || ./mvnw -q -B test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
# The production heap: a report that held every page or row at once would fail here rather than only look slow.
java -Xmx512m ${BENCH_JAVA_OPTS:-} -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" \
  app.factdesk.claim.ui.LargeDeskBench "$@" 2>&1 | grep --line-buffered -v -E '^(SLF4J|WARNING|OpenJDK)' | grep --line-buffered -v -E ' WARN |^com.openhtmltopdf|Auto-discovered views'
