#!/bin/sh
# A toot 0.34 session against a running tuskline-server (TUSKLINE_URL, users from
# run_interop.sh): console login (password grant with e-mail), post, timelines, thread, whoami.
set -eu
domain=${TUSKLINE_URL#http://}
out=$(mktemp)
trap 'rm -f "$out"' EXIT

check() { # check DESCRIPTION PATTERN: the last command's output must contain PATTERN
    if ! grep -q -- "$2" "$out"; then
        echo "FAILED: $1 (no '$2' in output):" >&2
        cat "$out" >&2
        exit 1
    fi
    echo "-- $1"
}

printf '%s' alice-password-1 | toot login_cli --instance "$domain" --email alice@localhost \
    --disable-https >"$out" 2>&1
check "login_cli" "Successfully logged in"

toot whoami >"$out" 2>&1
check "whoami" "@alice"

toot post "Hello from toot, #interop" >"$out" 2>&1
check "post" "Toot posted"
id=$(sed -n 's/.*posted: .*\/\([0-9][0-9]*\).*/\1/p' "$out" | head -n 1)

toot post --visibility unlisted --spoiler-text "cw" "second post" >"$out" 2>&1
check "post unlisted with spoiler" "Toot posted"

# toot's multipart part has no Content-Type: the server must tell a PNG from its bytes.
png=$(mktemp)
printf 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==' |
    base64 -d >"$png"
toot post --media "$png" --description "one red dot" "with a picture" >"$out" 2>&1
rm -f "$png"
check "post with media" "Toot posted"

toot timeline >"$out" 2>&1
check "home timeline" "Hello from toot"
check "home timeline shows unlisted" "second post"

toot timeline --public >"$out" 2>&1
check "public timeline" "Hello from toot"

toot timeline --public --local >"$out" 2>&1
check "local timeline" "Hello from toot"

if [ -n "$id" ]; then
    toot thread "$id" >"$out" 2>&1
    check "thread" "Hello from toot"
    toot favourite "$id" >"$out" 2>&1
    check "favourite" "Status favourited"
fi

toot instance --disable-https "$domain" >"$out" 2>&1
check "instance" "Tuskline"

echo "toot session: all steps passed"
