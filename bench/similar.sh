#!/usr/bin/env bash
# Similar-claims benchmark: fills a workspace of the embedded PostgreSQL with 100,000 generated claims (Arabic and
# English), times 60 match queries as a member (p50/p95/max; goal p95 <= 50 ms) and prints the query plan.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -n "${SKIP_BUILD:-}" ] || ./mvnw -q -B test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
java -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" \
  app.factdesk.claim.SimilarBench 2>&1 | grep --line-buffered -v -E "^(SLF4J|WARNING|OpenJDK)" | grep --line-buffered -v " WARN "
