#!/usr/bin/env bash
# Start-up benchmark: builds the production jar (which also unpacks it into target/app and writes the class data
# sharing archive target/app/factdesk.jsa), then starts it RUNS times (default 5) on one fresh embedded PostgreSQL
# and prints seconds to the first successful GET of the login page and the JVM's RSS after 15 s idle.
# The first run creates the database (initdb, migrations, demo data); the later ones reuse it.
# Targets on a 2-core machine (issue 11): first start <= 10 s, later starts <= 6 s, idle RSS <= 350 MB.
# For comparison, the same run also starts the plain fat jar without the archive once (later start).
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${RUNS:-5}
# The JVM options we ship (Dockerfile, README, spring-boot:run): a bounded heap that G1 gives back when idle.
opts=${JAVA_OPTS:--Xmx512m -XX:G1PeriodicGCInterval=5000 -XX:MaxHeapFreeRatio=30 -XX:MinHeapFreeRatio=10 -XX:TrimNativeHeapInterval=5000}
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}
[ -n "${SKIP_BUILD:-}" ] || ./mvnw -q -B -Pproduction package -DskipTests
[ -f target/app/factdesk.jsa ] || { echo "no target/app/factdesk.jsa: build with ./mvnw -Pproduction package"; exit 2; }
data=$(mktemp -d /tmp/factdesk-bench-XXXX)
pid=
trap '[ -z "$pid" ] || kill $pid 2>/dev/null; rm -rf "$data"' EXIT

# Baseline in the same run: the JVM alone printing its version.
b0=$(date +%s.%N); java -version >/dev/null 2>&1; b1=$(date +%s.%N)
printf 'baseline: java -version %.2f s\n' "$(echo "$b1 - $b0" | bc)"

start_once() { # label port java-arguments...
  local label=$1 port=$2; shift 2
  local t0 t1 kb
  t0=$(date +%s.%N)
  FACTDESK_DATA_DIR="$data/pg" FACTDESK_SIGNING_KEK_FILE="$data/kek" java $opts "$@" --server.port=$port \
    >"$data/$label.log" 2>&1 &
  pid=$!
  until curl -fs -o /dev/null "http://localhost:$port/login"; do
    kill -0 $pid 2>/dev/null || { echo "$label: the app died, see log:"; tail -20 "$data/$label.log"; exit 1; }
    sleep 0.1
  done
  t1=$(date +%s.%N)
  sleep 15
  kb=$(awk '/VmRSS/ {print $2}' /proc/$pid/status)
  kill $pid; wait $pid 2>/dev/null || true; pid=
  secs=$(echo "$t1 - $t0" | bc); mb=$((kb / 1024))
  printf '%-22s %6.2f s to login page, idle RSS %d MB\n' "$label:" "$secs" "$mb"
}

echo "JVM options: $opts (MALLOC_ARENA_MAX=$MALLOC_ARENA_MAX)"
cds=(-XX:SharedArchiveFile=target/app/factdesk.jsa -jar target/app/factdesk.jar)
start_once first 18001 "${cds[@]}"; first_s=$secs; first_mb=$mb
later=(); rss=()
for i in $(seq 2 "$runs"); do
  start_once "later $i" $((18000 + i)) "${cds[@]}"; later+=("$secs"); rss+=("$mb")
done
start_once "fat jar, no archive" 18099 -jar target/factdesk.jar; fat_s=$secs; fat_mb=$mb

sorted() { printf '%s\n' "$@" | sort -g; }
median() { sorted "$@" | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
stats() { printf 'median %.2f  min %.2f  max %.2f' "$(median "$@")" "$(sorted "$@" | head -1)" "$(sorted "$@" | tail -1)"; }
printf 'first start:        %.2f s, idle RSS %d MB   (target <= 10 s)\n' "$first_s" "$first_mb"
echo "later starts:       $(stats "${later[@]}") s   (target <= 6)"
echo "later idle RSS MB:  $(stats "${rss[@]}")   (target <= 350)"
printf 'fat jar, no archive: %.2f s, %d MB (later start; the archive saves %.0f %%)\n' "$fat_s" "$fat_mb" \
  "$(echo "100 * ($fat_s - $(median "${later[@]}")) / $fat_s" | bc -l)"
