#!/bin/sh
# Starts a real `tuskline-server serve` on a free port with a fresh data directory and two users,
# runs one client session script against it, then stops the server with SIGTERM and checks that
# it shut down cleanly.
#   run_interop.sh SERVER_BINARY COMMAND [ARGS...]     (TUSKLINE_URL is exported to COMMAND)
set -u
server=$1
shift
work=$(mktemp -d)
pid=
cleanup() {
    if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then kill -KILL "$pid"; fi
    rm -rf "$work"
}
trap cleanup EXIT

data="$work/data"
printf '%s\n' alice-password-1 | "$server" user add alice --data "$data" --admin >/dev/null || exit 1
printf '%s\n' bob-password-1 | "$server" user add bob --data "$data" >/dev/null || exit 1

"$server" serve --data "$data" --listen 127.0.0.1:0 >"$work/serve.out" 2>"$work/serve.err" &
pid=$!
url=
i=0
while [ $i -lt 100 ]; do
    url=$(sed -n 's/^Listening on //p' "$work/serve.out")
    [ -n "$url" ] && break
    i=$((i + 1))
    sleep 0.1
done
if [ -z "$url" ]; then
    echo "server did not start" >&2
    cat "$work/serve.err" >&2
    exit 1
fi
export TUSKLINE_URL="$url"
export HOME="$work/home"
mkdir -p "$HOME"

"$@"
rc=$?

kill -TERM "$pid"
wait "$pid"
serve_rc=$?
pid=
if [ $serve_rc -ne 0 ]; then
    echo "server exited with $serve_rc after SIGTERM" >&2
    cat "$work/serve.err" >&2
    exit 1
fi
if [ $rc -ne 0 ]; then
    echo "--- server log" >&2
    cat "$work/serve.err" >&2
fi
exit $rc
