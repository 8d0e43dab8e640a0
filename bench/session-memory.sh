#!/usr/bin/env bash
# Session memory: N = 100 article-workspace views on the reference article and N = 100 trivial views, attached in
# one JVM through Karibu's simulated browser; prints the live heap each holds per view after a full GC.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -n "${SKIP_BUILD:-}" ] || ./mvnw -q -B test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
java -Xmx1g -XX:+UseSerialGC -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" \
  app.factdesk.claim.ui.SessionMemoryBench "${1:-100}"
