#!/usr/bin/env bash
# Claim-suggestion benchmark: the reference article's suggestions, single-thread throughput on > 1 MB of Arabic
# (the reference article repeated) against ICU sentence segmentation alone in the same run, and the bundled
# models' dev figures (average precision, precision/recall/F1 of the positive class at the default threshold).
# Usage: bench/suggestions.sh [dataset-dir]   (default ../shared/datasets/checkthat2022-1a)
set -euo pipefail
cd "$(dirname "$0")/.."
data=${1:-../shared/datasets/checkthat2022-1a}
[ -n "${SKIP_BUILD:-}" ] || ./mvnw -q -B test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
# The work runs on one thread; one visible processor keeps the JVM from sizing its pools for more.
java -XX:ActiveProcessorCount=1 -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" \
  app.factdesk.suggestion.SuggestionBench "$data"
