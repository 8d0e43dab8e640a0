#!/usr/bin/env bash
# Similar-claims benchmark (issue 15, ADR 024). Fills a workspace of the embedded PostgreSQL with 100,000 generated
# claims, half Arabic, half English, and times 3 x 60 match queries as a signed-in member through the service
# (p50/p95/max; goal p95 <= 50 ms), next to the same statements alone on one connection and the fixed cost of a
# match; it prints the query plan and how often the claim a query was made from comes first.
# Two corpora, one run each:
#   tweets     claims made of runs of words of the CheckThat! 2022 1A tweets (../shared/datasets), some words
#              swapped for others of the same language, numbers changed: real vocabulary and word frequencies
#   templates  "<who> said <what> in <where> <rose to> <n> percent in <year>": 231 distinct words, the worst case
#              for any index (every word is held by thousands of claims)
set -euo pipefail
cd "$(dirname "$0")/.."
[ -n "${SKIP_BUILD:-}" ] || ./mvnw -q -B test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
corpora=${CORPORA:-tweets templates}
if [ ! -d ../shared/datasets/checkthat2022-1a ] && [ -z "${CORPORA:-}" ]; then
  echo "no CheckThat! tweets at ../shared/datasets/checkthat2022-1a: the template corpus only"
  corpora=templates
fi
for corpus in $corpora; do
  echo "== corpus: $corpus"
  java -Dcorpus="$corpus" -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" \
    app.factdesk.claim.SimilarBench 2>&1 | grep --line-buffered -v -E "^(SLF4J|WARNING|OpenJDK)" \
    | grep --line-buffered -v " WARN "
done
