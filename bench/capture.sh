#!/usr/bin/env bash
# Evidence capture under load (ADR 026): 200 sources added through the API, each page captured in the background.
# A local site (python3 http.server) serves a 500 KB article page with 20 images (10 KB each). The production jar runs
# on a fresh embedded PostgreSQL with that site on the capture allow-list (as an installation admin would set it).
# Prints: captures per second against the raw fetch rate of the same pages and images with curl in this run
# (the baseline), the JVM heap after the run, and the p95 of a signed-in API request (GET /api/v1/claims/{id})
# measured every 100 ms while the captures run, against the same request's p95 on the idle server.
# Env: SKIP_BUILD=1 reuses target/factdesk.jar; COUNT (default 200); JAVA_OPTS (default -Xmx512m).
set -euo pipefail
cd "$(dirname "$0")/.."
count=${COUNT:-200}
opts=${JAVA_OPTS:--Xmx512m}
for tool in psql curl python3 jcmd; do
  command -v $tool >/dev/null || { echo "needs $tool (Debian: apt-get install -y postgresql-client curl python3)"; exit 2; }
done
[ -n "${SKIP_BUILD:-}" ] || ./mvnw -q -B -Pproduction package -DskipTests
jar=target/factdesk.jar
data=$(mktemp -d /tmp/factdesk-capture-bench-XXXX)
port=${PORT:-18091}
siteport=${SITE_PORT:-18092}
pid=; site=
cleanup() {
  [ -z "$pid" ] || { kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null || true; }
  [ -z "$site" ] || kill "$site" 2>/dev/null || true
  rm -rf "$data"
}
trap cleanup EXIT

# The site: one article page (500 KB of text, 20 images) and its images.
mkdir -p "$data/site"
python3 - "$data/site" <<'PY'
import os, sys, zlib, struct
root = sys.argv[1]
def png(seed):
    w = h = 64
    raw = b"".join(b"\0" + bytes((x * seed + y * 7 + i) % 256 for x in range(w) for i in range(3)) for y in range(h))
    def chunk(t, d): return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    data = zlib.compress(raw, 0)[:10_000]
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)) + chunk(b"IDAT", data) + chunk(b"IEND", b"")
for i in range(20):
    open(os.path.join(root, f"img{i}.png"), "wb").write(png(i + 3))
para = "<p>" + ("The spokesman said there were no contacts between the two presidents. " * 14) + "</p>\n"
body = para * (500_000 // len(para))
imgs = "".join(f'<img src="img{i}.png" alt="figure {i}">' for i in range(20))
open(os.path.join(root, "article.html"), "w").write(
    f"<!doctype html><html><head><title>Bench article</title></head><body><h1>Bench</h1>{imgs}{body}</body></html>")
PY
(cd "$data/site" && exec python3 -m http.server "$siteport" --bind 127.0.0.1 >/dev/null 2>&1) &
site=$!

FACTDESK_DATA_DIR="$data/pg" FACTDESK_SIGNING_KEK_FILE="$data/kek" java $opts -jar "$jar" --server.port=$port \
  >"$data/app.log" 2>&1 &
pid=$!
until curl -fs -o /dev/null "http://localhost:$port/login"; do
  kill -0 $pid 2>/dev/null || { echo "the app died, see log:"; tail -30 "$data/app.log"; exit 1; }
  sleep 0.2
done
pgport=$(grep -o 'Embedded PostgreSQL on port [0-9]*' "$data/app.log" | head -1 | awk '{print $NF}')
export PGHOST=localhost PGPORT=$pgport PGUSER=postgres PGPASSWORD=postgres
sql() { psql -X -q -t -A -d postgres -c "$1"; }
sql "insert into snapshot_allowed_target (entry, added_at) values ('127.0.0.1:$siteport', now())" >/dev/null

token="fdt_$(head -c 32 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=\n' | cut -c1-43)"
hash=$(printf %s "$token" | sha256sum | cut -d' ' -f1)
for _ in $(seq 1 100); do
  made=$(sql "insert into api_token (user_id, workspace_id, name, token_hash, prefix, created_at)
     select u.id, m.workspace_id, 'capture bench', '$hash', left('$token', 12), now()
     from user_account u join membership m on m.user_id = u.id where u.username = 'checker' limit 1 returning id")
  [ -z "$made" ] || break
  sleep 0.2
done
[ -n "$made" ] || { echo "no demo user 'checker' appeared"; exit 1; }
api() { curl --fail-with-body -sS -H "Authorization: Bearer $token" -H 'Content-Type: application/json' "$@"; }
body="The minister said 40 people were evacuated from the district on Monday."
article=$(api -d "{\"title\": \"Capture bench\", \"body\": \"$body\"}" "http://localhost:$port/api/v1/articles" \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
claim=$(api -d "{\"start\": 0, \"end\": ${#body}, \"exact\": \"$body\", \"statement\": \"$body\", \"priority\": \"NORMAL\"}" \
  "http://localhost:$port/api/v1/articles/$article/claims" | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')

# Baseline: the same page and its 20 images fetched with curl, one after another, COUNT/10 times.
rounds=$((count / 10))
start=$(date +%s.%N)
for r in $(seq 1 $rounds); do
  curl -s -o /dev/null "http://127.0.0.1:$siteport/article.html?r=$r"
  for i in $(seq 0 19); do curl -s -o /dev/null "http://127.0.0.1:$siteport/img$i.png"; done
done
raw_rate=$(python3 -c "import time; print($rounds / (time.time() - $start))")

probe() { # samples the signed-in request every 100 ms into $1 until $2 exists
  while [ ! -e "$2" ]; do
    curl -s -o /dev/null -w '%{time_total}\n' -H "Authorization: Bearer $token" \
      "http://localhost:$port/api/v1/claims/$claim" >>"$1"
    sleep 0.1
  done
}
p95() { python3 -c "import sys; v=sorted(float(x) for x in open('$1')); print(round(1000*v[int(0.95*(len(v)-1))], 1))"; }
(sleep 5; touch "$data/idle.stop") & probe "$data/idle.txt" "$data/idle.stop"

probe "$data/busy.txt" "$data/busy.stop" &
prober=$!
start=$(date +%s.%N)
for i in $(seq 1 $count); do
  api -o /dev/null -d "{\"url\": \"http://127.0.0.1:$siteport/article.html?n=$i\", \"title\": \"Copy $i\",
    \"type\": \"NEWS_REPORT\", \"accessed\": \"$(date +%F)\", \"stance\": \"CONTEXT\", \"reliability\": 3}" \
    "http://localhost:$port/api/v1/claims/$claim/sources"
done
until [ "$(sql "select count(*) from source_snapshot where status <> 'PENDING'")" -ge "$count" ]; do sleep 0.5; done
elapsed=$(python3 -c "import time; print(time.time() - $start)")
touch "$data/busy.stop"; wait $prober || true
captured=$(sql "select count(*) from source_snapshot where status = 'CAPTURED' and resources = 20")
failed=$(sql "select count(*) from source_snapshot where status = 'FAILED'")
heap=$(jcmd $pid GC.heap_info | awk '/garbage-first heap|heap total/ {print; exit}')
rate=$(python3 -c "print($count / $elapsed)")
echo
printf 'captures: %d of %d with all 20 images, %d failed, in %.1f s: %.2f captures/s\n' "$captured" "$count" "$failed" "$elapsed" "$rate"
printf 'baseline: curl fetches the page and its 20 images %.2f times/s; ratio %.2f\n' "$raw_rate" "$(python3 -c "print($rate / $raw_rate)")"
echo "heap after the run: $heap"
echo "signed-in API request p95: idle $(p95 "$data/idle.txt") ms, during the captures $(p95 "$data/busy.txt") ms ($(wc -l <"$data/busy.txt") samples)"
[ "$captured" = "$count" ] && echo "all captured" || { echo "NOT all captured"; exit 1; }
