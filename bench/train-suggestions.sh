#!/usr/bin/env bash
# Trains the claim-suggestion models from the CheckThat! 2022 1A tweets and writes
# src/main/resources/suggestion/model-{ar,en}.json. Usage: bench/train-suggestions.sh [dataset-dir]
# (default ../shared/datasets/checkthat2022-1a, relative to the repository root). The data is never copied.
set -euo pipefail
cd "$(dirname "$0")/.."
data=${1:-../shared/datasets/checkthat2022-1a}
./mvnw -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt \
  -Dmdep.includeScope=test
java -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" \
  app.factdesk.suggestion.TrainSuggestionModels "$data" src/main/resources/suggestion
