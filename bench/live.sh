#!/usr/bin/env bash
# Live-update latency: two servers' change feeds on one embedded PostgreSQL; 1,000 changes announced on A, the time
# until B's listener delivers each (p50, p95), against a bare LISTEN/NOTIFY round trip measured in the same run.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -n "${SKIP_BUILD:-}" ] || ./mvnw -q -B test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
java -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" app.factdesk.shared.live.LiveBench
