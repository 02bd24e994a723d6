#!/bin/sh
# bench_cli: tuskline-cli end to end against the bundled server (`tuskline-server serve`).
#   tests/bench/bench_cli.sh [BIN_DIR] [STATUSES] [RUNS]
# BIN_DIR holds tuskline-cli and tuskline-server (default build/dev/bin). Seeds STATUSES (default
# 1000) posts on a fresh server in a temporary directory, then measures
#   1. `tuskline-cli timeline home --limit 40` to /dev/null: median wall time of RUNS (>= 7) runs
#   2. `tuskline-cli --json timeline home --all`: a full Link-paginated walk, statuses per second
#      (median of RUNS runs)
# Uses hyperfine for (1) when it is installed; a date +%s%N loop otherwise.
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
bin=${1:-$root/build/dev/bin}
count=${2:-1000}
runs=${3:-9}
[ "$runs" -ge 7 ] || runs=7
cli="$bin/tuskline-cli"
srv="$bin/tuskline-server"
[ -x "$cli" ] && [ -x "$srv" ] || { echo "build tuskline-cli and tuskline-server first ($bin)" >&2; exit 2; }
py=/usr/bin/python3

work=$(mktemp -d)
server_pid=
cleanup() {
    [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null
    rm -rf "$work"
}
trap cleanup EXIT INT TERM
export HOME="$work/home" XDG_CONFIG_HOME="$work/home/config"
mkdir -p "$HOME"

data="$work/data"
printf '%s\n' bench-password-1 | "$srv" user add bench --data "$data" >/dev/null
# The benchmark makes far more calls than a person: lift the per-token rate limit.
"$py" - "$data/config.json" <<'PY'
import json, os, sys
path = sys.argv[1]
config = json.load(open(path)) if os.path.exists(path) else {}
config.setdefault("rate_limit", {})["requests"] = 10000000
json.dump(config, open(path, "w"), indent=2)
PY
TUSKLINE_TOKEN=$("$srv" token bench --data "$data")
export TUSKLINE_TOKEN
port=$("$py" -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
"$srv" serve --data "$data" --listen "127.0.0.1:$port" >"$work/server.log" 2>&1 &
server_pid=$!
url="http://127.0.0.1:$port"
i=0
until "$py" -c "import urllib.request; urllib.request.urlopen('$url/api/v1/instance')" 2>/dev/null; do
    i=$((i + 1)); [ $i -lt 100 ] || { cat "$work/server.log" >&2; exit 1; }; sleep 0.1
done

# Seed over one keep-alive connection (Python's http.client): quick and independent of the CLI.
"$py" - "$port" "$count" <<'PY'
import http.client, json, os, sys
port, count = int(sys.argv[1]), int(sys.argv[2])
conn = http.client.HTTPConnection("127.0.0.1", port)
headers = {"Authorization": "Bearer " + os.environ["TUSKLINE_TOKEN"],
           "Content-Type": "application/json"}
for i in range(count):
    body = json.dumps({"status": f"Benchmark post {i}: some #text with a link https://example.org/{i} "
                                 "and a few more words to make it look like a real post."})
    conn.request("POST", "/api/v1/statuses", body, headers)
    r = conn.getresponse(); r.read()
    if r.status != 200:
        sys.exit(f"seeding failed at {i}: HTTP {r.status}")
PY

now_ns() { date +%s%N; }
median() { sort -n | awk '{v[NR]=$1} END {print (NR%2) ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2}'; }
run_cli() { "$cli" --instance "$url" "$@"; }

echo "tuskline-cli benchmark: $count statuses on $url, $runs runs each ($(nproc) CPUs)"
run_cli timeline home --limit 40 >/dev/null  # warm-up (page cache, server caches)

if command -v hyperfine >/dev/null 2>&1; then
    hyperfine -N --warmup 1 --runs "$runs" --export-json "$work/h.json" \
        "$cli --instance $url timeline home --limit 40" >/dev/null
    single=$("$py" -c "import json; print(round(json.load(open('$work/h.json'))['results'][0]['median']*1000, 1))")
    echo "timeline home --limit 40: median ${single} ms (hyperfine)"
else
    : >"$work/t1"
    r=0
    while [ $r -lt "$runs" ]; do
        s=$(now_ns); run_cli timeline home --limit 40 >/dev/null; e=$(now_ns)
        echo $(( (e - s) / 1000 )) >>"$work/t1"; r=$((r + 1))
    done
    single=$(median <"$work/t1")
    echo "timeline home --limit 40: median $(awk "BEGIN {printf \"%.1f\", $single/1000}") ms" \
         "(min $(sort -n "$work/t1" | head -1 | awk '{printf "%.1f", $1/1000}') ms," \
         "max $(sort -n "$work/t1" | tail -1 | awk '{printf "%.1f", $1/1000}') ms)"
fi

: >"$work/t2"
r=0
while [ $r -lt "$runs" ]; do
    s=$(now_ns); n=$(run_cli --json timeline home --all | wc -l); e=$(now_ns)
    [ "$n" -eq "$count" ] || { echo "--all walked $n statuses, expected $count" >&2; exit 1; }
    echo $(( (e - s) / 1000 )) >>"$work/t2"; r=$((r + 1))
done
walk=$(median <"$work/t2")
echo "--json timeline home --all: $count statuses in $(awk "BEGIN {printf \"%.1f\", $walk/1000}") ms" \
     "median = $(awk "BEGIN {printf \"%.0f\", $count / ($walk / 1000000)}") statuses/s" \
     "($(( (count + 39) / 40 )) pages of 40)"
