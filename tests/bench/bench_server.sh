#!/bin/sh
# Load benchmark of the bundled server (issue #3): a server seeded with 10 accounts and 100,000
# statuses, driven by wrk (Debian package `wrk`) and by WebSocket subscribers.
#
#   tests/bench/bench_server.sh [BUILD_DIR] [RUNS]      (default build/release or build/dev, 3)
#
# Prints, per run and as medians: GET /api/v1/timelines/home?limit=40 req/s, p50 and p99 at 64
# connections; POST /api/v1/statuses req/s; POST → delivery p50/p99 to 100 WebSocket subscribers;
# idle RSS, peak RSS under load; database size. The seeded data dir is kept in
# ${TMPDIR:-/tmp}/tuskline-bench-server (delete it to reseed). Not part of the test suite: tests
# never assert on time.
set -eu
here=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-}
runs=${2:-3}
if [ -z "$build" ]; then
    for b in "$here/build/release" "$here/build/dev"; do
        [ -x "$b/bin/tuskline-server" ] && build=$b && break
    done
fi
server="$build/bin/tuskline-server"
helper="$build/bin/bench_server"
[ -x "$server" ] && [ -x "$helper" ] || {
    echo "build tuskline-server and bench_server first (cmake --build $build --target tuskline-server bench_server)" >&2
    exit 2
}
command -v wrk >/dev/null || { echo "wrk is not installed (apt install wrk)" >&2; exit 2; }

data=${TMPDIR:-/tmp}/tuskline-bench-server
if [ ! -f "$data/bench-tokens.txt" ]; then
    rm -rf "$data"
    mkdir -p "$data"
    echo "seeding $data (10 accounts, 100,000 statuses) ..."
    "$helper" seed "$data" 10 100000
fi
token=$(head -n 1 "$data/bench-tokens.txt")
port=$(( 20000 + $$ % 20000 ))
base="http://127.0.0.1:$port"

lua=$(mktemp -d)
trap 'rm -rf "$lua"; [ -n "${pid:-}" ] && kill "$pid" 2>/dev/null || true' EXIT
cat > "$lua/post.lua" <<EOF
wrk.method = "POST"
wrk.headers["Authorization"] = "Bearer $token"
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
local n = 0
request = function()
  n = n + 1
  return wrk.format(nil, nil, nil, "status=load+test+post+" .. n .. "+" .. math.random(1e9))
end
EOF

rss_kb() { awk '/^VmRSS/ {print $2}' "/proc/$1/status"; }
peak_rss() { # samples the RSS every 200 ms while wrk runs in the background
    peak=0
    # (wrk stays a zombie until the main shell waits for it, so look at its state, not kill -0)
    while [ -e "/proc/$1" ] && [ "$(awk '{print $3}' "/proc/$1/stat" 2>/dev/null)" != Z ]; do
        r=$(rss_kb "$pid"); [ "$r" -gt "$peak" ] && peak=$r
        sleep 0.2
    done
    echo "$peak"
}
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
to_ms() { # wrk latency "1.23ms" / "850.00us" / "1.02s" → ms
    awk -v v="$1" 'BEGIN { n=v+0; if (v ~ /us$/) n/=1000; else if (v ~ /[0-9]s$/ && v !~ /ms$/) n*=1000; printf "%.2f", n }'
}

results=$(mktemp)
for run in $(seq 1 "$runs"); do
    "$server" serve --data "$data" --listen "127.0.0.1:$port" > "$lua/server.log" 2>&1 &
    pid=$!
    for _ in $(seq 1 100); do
        curl -sf "$base/api/v1/instance" >/dev/null 2>&1 && break
        sleep 0.1
    done
    sleep 1
    idle=$(rss_kb "$pid")

    wrk -t2 -c64 -d15s --latency -H "Authorization: Bearer $token" \
        "$base/api/v1/timelines/home?limit=40" > "$lua/get.txt" &
    wrkpid=$!
    peak=$(peak_rss "$wrkpid")
    wait "$wrkpid"
    get_rps=$(awk '/^Requests\/sec/ {print $2}' "$lua/get.txt")
    get_p50=$(to_ms "$(awk '$1 == "50%" {print $2}' "$lua/get.txt")")
    get_p99=$(to_ms "$(awk '$1 == "99%" {print $2}' "$lua/get.txt")")
    get_err=$(awk '/Non-2xx/ {print $4}' "$lua/get.txt"); get_err=${get_err:-0}

    # The same with a random max_id per request: every page is a miss of the response cache.
    newest=$(curl -s -H "Authorization: Bearer $token" "$base/api/v1/timelines/home?limit=1" |
             /usr/bin/python3 -c 'import json, sys; print(json.load(sys.stdin)[0]["id"])')
    cat > "$lua/pages.lua" <<EOF
wrk.headers["Authorization"] = "Bearer $token"
local newest_ms = math.floor($newest / 65536)
request = function()
  local ms = newest_ms - math.random(0, 150000)
  return wrk.format(nil, string.format("/api/v1/timelines/home?limit=40&max_id=%.0f", ms * 65536))
end
EOF
    wrk -t2 -c64 -d15s --latency -s "$lua/pages.lua" "$base" > "$lua/pages.txt"
    pages_rps=$(awk '/^Requests\/sec/ {print $2}' "$lua/pages.txt")
    pages_p99=$(to_ms "$(awk '$1 == "99%" {print $2}' "$lua/pages.txt")")

    wrk -t2 -c16 -d10s -s "$lua/post.lua" "$base/api/v1/statuses" > "$lua/post.txt"
    post_rps=$(awk '/^Requests\/sec/ {print $2}' "$lua/post.txt")
    post_err=$(awk '/Non-2xx/ {print $4}' "$lua/post.txt"); post_err=${post_err:-0}

    deliver=$("$helper" deliver "$base" "$data" 100 200 | tail -n 1)
    d_p50=$(echo "$deliver" | sed -n 's/.*p50 \([0-9.]*\) ms.*/\1/p')
    d_p99=$(echo "$deliver" | sed -n 's/.*p99 \([0-9.]*\) ms.*/\1/p')

    kill "$pid"; wait "$pid" 2>/dev/null || true; pid=
    db=$(du -k "$data"/server.sqlite3* | awk '{s+=$1} END {print s}')
    printf 'run %s: home %s req/s p50 %s ms p99 %s ms (non-2xx %s) | uncached pages %s req/s p99 %s ms | POST %s req/s (non-2xx %s) | %s | RSS idle %s MB peak %s MB | db %s MB\n' \
        "$run" "$get_rps" "$get_p50" "$get_p99" "$get_err" "$pages_rps" "$pages_p99" "$post_rps" "$post_err" "$deliver" \
        "$((idle / 1024))" "$((peak / 1024))" "$((db / 1024))"
    echo "$get_rps $get_p50 $get_p99 $post_rps $d_p50 $d_p99 $idle $peak $db $pages_rps $pages_p99" >> "$results"
done

col() { awk -v c="$1" '{print $c}' "$results" | median; }
echo "medians of $runs runs:"
echo "  GET home?limit=40, 64 connections: $(col 1) req/s, p50 $(col 2) ms, p99 $(col 3) ms"
echo "  same with a random max_id (response cache misses): $(col 10) req/s, p99 $(col 11) ms"
echo "  POST /api/v1/statuses (16 connections): $(col 4) req/s"
echo "  POST -> update on 100 WebSocket subscribers: p50 $(col 5) ms, p99 $(col 6) ms"
echo "  RSS idle $(( $(col 7 | cut -d. -f1) / 1024 )) MB, peak under load $(( $(col 8 | cut -d. -f1) / 1024 )) MB"
echo "  database (with WAL) $(( $(col 9 | cut -d. -f1) / 1024 )) MB"
rm -f "$results"
