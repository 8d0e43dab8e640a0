#!/usr/bin/env bash
# Audit grid benchmark (issue 11, ADR 023): a fresh embedded database with 1,000,000 audit events in one workspace,
# then the grid's exact keyset page statement under EXPLAIN ANALYZE, 20 runs each at the first page, the middle and
# the end: prints p95 per position (target <= 50 ms each) and the end page's plan.
set -euo pipefail
cd "$(dirname "$0")/.."
FACTDESK_DATA_DIR="$(mktemp -d)"
export FACTDESK_DATA_DIR
trap 'rm -rf "$FACTDESK_DATA_DIR"' EXIT
[ -n "${SKIP_BUILD:-}" ] || ./mvnw -q -B test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
java -Xmx512m -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" \
  app.factdesk.audit.AuditGridBench 2>&1 | grep -v -E '^(SLF4J|WARNING|OpenJDK)' | grep -v ' WARN '
