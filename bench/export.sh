#!/usr/bin/env bash
# CSV export benchmark: generates 1,000,000 audit events on the embedded PostgreSQL, then in one run times the app's
# CSV export (streamed, written to a discarding stream) and psql's \copy of the same SELECT to /dev/null (best of 3
# each), prints both and the ratio (goal <= 1.5), and the export's heap at 100,000 and 1,000,000 events (goal: flat).
set -euo pipefail
cd "$(dirname "$0")/.."
[ -n "${SKIP_BUILD:-}" ] || ./mvnw -q -B test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
# A bounded heap: an export that buffered its rows would fail here rather than only look slow.
java -Xmx256m -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" \
  app.factdesk.audit.ExportBench csv 2>&1 | grep -v -E '^(SLF4J|WARNING|OpenJDK)' | grep -v ' WARN '
