#!/usr/bin/env bash
# Start-up benchmark: builds the production jar once, then starts it 5 times on the embedded PostgreSQL and prints
# seconds to the first successful GET of the login page and the JVM's idle RSS (median, min, max).
# Target on a 2-core machine: <= 10 s and <= 400 MB. The first run creates the database (initdb, migrations, demo).
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${RUNS:-5}
# The JVM options we ship (Dockerfile): a bounded heap keeps the idle footprint small on a 2-core machine.
opts=${JAVA_OPTS:--Xmx512m}
[ -n "${SKIP_BUILD:-}" ] || ./mvnw -q -B -Pproduction package -DskipTests
jar=target/factdesk.jar
data=$(mktemp -d /tmp/factdesk-bench-XXXX)
trap 'rm -rf "$data"' EXIT

# Baseline in the same run: the JVM alone printing its version.
b0=$(date +%s.%N); java -version >/dev/null 2>&1; b1=$(date +%s.%N)
printf 'baseline: java -version %.2f s\n' "$(echo "$b1 - $b0" | bc)"

echo "JVM options: $opts"
secs=(); rss=()
for i in $(seq 1 "$runs"); do
  port=$((18000 + i))
  start=$(date +%s.%N)
  FACTDESK_DATA_DIR="$data/pg" java $opts -jar "$jar" --server.port=$port >"$data/run$i.log" 2>&1 &
  pid=$!
  until curl -fs -o /dev/null "http://localhost:$port/login"; do
    kill -0 $pid 2>/dev/null || { echo "run $i: the app died, see log:"; tail -20 "$data/run$i.log"; exit 1; }
    sleep 0.1
  done
  end=$(date +%s.%N)
  sleep 10
  kb=$(awk '/VmRSS/ {print $2}' /proc/$pid/status)
  kill $pid; wait $pid 2>/dev/null || true
  s=$(echo "$end - $start" | bc)
  secs+=("$s"); rss+=("$((kb / 1024))")
  printf 'run %d: %.2f s to login page, idle RSS %d MB\n' "$i" "$s" "$((kb / 1024))"
done

stats() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {printf "median %.2f  min %.2f  max %.2f", a[int((NR+1)/2)], a[1], a[NR]}'; }
echo "start-up seconds: $(stats "${secs[@]}")   (target <= 10)"
echo "idle RSS MB:      $(stats "${rss[@]}")   (target <= 400)"
