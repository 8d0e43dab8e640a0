#!/usr/bin/env bash
# PDF report benchmark: an article with 200 claims and 10,000 audit events, then 100,000; prints both times and their
# ratio (goals: <= 3 s, and <= 11x for 10x the events).
set -euo pipefail
cd "$(dirname "$0")/.."
[ -n "${SKIP_BUILD:-}" ] || ./mvnw -q -B test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
java -Xmx1g -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" \
  app.factdesk.audit.ExportBench pdf 2>&1 | grep -v -E '^(SLF4J|WARNING|OpenJDK)' | grep -v ' WARN '
