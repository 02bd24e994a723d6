#!/usr/bin/env bash
# Screenshots for the README: seeds the local instance with demo content, runs the real app under
# Xvfb (with a real, unlocked GNOME Keyring on a private D-Bus), drives it by keyboard with
# xdotool and captures the screen with ImageMagick's `import`.
#
#   packaging/screenshots.sh [BUILD_DIR]      (default build/dev; writes docs/screenshots/*.png)
#
# Needs: xvfb-run, xauth, dbus-run-session, gnome-keyring-daemon, xdotool, imagemagick, curl.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
BUILD="$(cd "${1:-$ROOT/build/dev}" && pwd)"
APP="$BUILD/bin/tuskline"
SERVER="$BUILD/bin/tuskline-server"
OUT="$ROOT/docs/screenshots"
for tool in xvfb-run dbus-run-session gnome-keyring-daemon xdotool import curl python3; do
    command -v "$tool" >/dev/null || { echo "screenshots.sh: $tool is missing" >&2; exit 2; }
done
[ -x "$APP" ] && [ -x "$SERVER" ] || { echo "screenshots.sh: build tuskline and tuskline-server in $BUILD" >&2; exit 2; }

if [ -z "${TUSKLINE_SCREENSHOTS_INNER:-}" ]; then
    WORK="$(mktemp -d)"
    trap 'rm -rf "$WORK"' EXIT
    mkdir -p "$WORK/home" "$WORK/runtime" "$OUT"
    chmod 700 "$WORK/runtime"
    export HOME="$WORK/home" XDG_RUNTIME_DIR="$WORK/runtime" TUSKLINE_SCREENSHOTS_INNER="$WORK"
    unset DBUS_SESSION_BUS_ADDRESS XDG_CURRENT_DESKTOP KDE_SESSION_VERSION QT_QPA_PLATFORM
    # A fixed language and style, so the pictures do not depend on who runs the script.
    export LANG=C.UTF-8 LC_ALL=C.UTF-8 QT_QUICK_CONTROLS_STYLE=Fusion
    exec xvfb-run -a -s "-screen 0 1280x800x24" dbus-run-session -- "$0" "$@"
fi

WORK="$TUSKLINE_SCREENSHOTS_INNER"
printf %s screenshots | gnome-keyring-daemon --unlock --components=secrets >/dev/null
DATA="$WORK/data"
CONFIG="$WORK/config"
LOCAL="$DATA/local-instance"
PORT="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
URL="http://127.0.0.1:$PORT"
PASSWORD="demo-password"
mkdir -p "$CONFIG"
# The local instance's port is remembered in the settings; fix it so the seeding server and the
# app's in-process instance have the same URL.
cat > "$CONFIG/settings.ini" <<INI
[localInstance]
enabled=true
port=$PORT
INI

app() {
    "$APP" --data-dir "$DATA" --config-dir "$CONFIG" --cache-dir "$WORK/cache" --size 1280x800 "$@"
}

# 1. The first run, before anything exists.
app --grab "$OUT/first-run.png" --grab-delay 1500 >/dev/null

# 2. Demo content on the same instance (the app is not running).
for user in alice:admin bob: carol: dan:; do
    name="${user%%:*}"
    flag="${user#*:}"
    printf '%s\n' "$PASSWORD" | "$SERVER" user add "$name" ${flag:+--admin} --data "$LOCAL" >/dev/null
done
declare -A TOKEN
for name in alice bob carol dan; do
    TOKEN[$name]="$("$SERVER" token "$name" --data "$LOCAL")"
done
"$SERVER" serve --data "$LOCAL" --listen "127.0.0.1:$PORT" >/dev/null 2>&1 &
SERVER_PID=$!
for _ in $(seq 50); do curl -fs "$URL/api/v2/instance" >/dev/null && break; sleep 0.1; done

api() { # api USER METHOD PATH [JSON]
    curl -fs -X "$2" -H "Authorization: Bearer ${TOKEN[$1]}" -H 'Content-Type: application/json' \
        ${4:+--data "$4"} "$URL$3"
}
id_of() { python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])'; }
profile() { api "$1" PATCH /api/v1/accounts/update_credentials "{\"display_name\": \"$2\", \"note\": \"$3\"}" >/dev/null; }
post() { api "$1" POST /api/v1/statuses "$2" | id_of; }

profile alice "Alice Liddell" "Reading, writing and the occasional rabbit hole."
profile bob "Bob Baker" "Bikes, bread and #opensource. Posts in English and Deutsch."
profile carol "Carol Nguyen" "Photographer. Alt text always."
profile dan "Dan" "Trying out my own little server."
for name in bob carol dan; do
    other="$(api alice GET "/api/v1/accounts/lookup?acct=$name" | id_of)"
    api alice POST "/api/v1/accounts/$other/follow" >/dev/null
done
alice_id="$(api bob GET "/api/v1/accounts/lookup?acct=alice" | id_of)"
api bob POST "/api/v1/accounts/$alice_id/follow" >/dev/null

first="$(post alice '{"status": "Hello from my own Tuskline instance! It runs right here on my laptop. #tuskline"}')"
post dan '{"status": "Set up a server in one click, no terminal needed. Nice."}' >/dev/null
bread="$(post bob '{"status": "Sourdough attempt number 12: finally an open crumb. The trick was a longer, colder proof. #baking"}')"
post carol '{"status": "Morning fog over the river, shot at 6:40 before the sun burned it off. #photography"}' >/dev/null
post carol '{"status": "The plot twist is in the last chapter, do not read the reviews first!", "spoiler_text": "Book spoilers: The Long Way Home"}' >/dev/null
reply="$(post bob "{\"status\": \"@alice welcome aboard! How do you like it so far?\", \"in_reply_to_id\": \"$first\"}")"
post alice "{\"status\": \"@bob so far so good: it even works offline on the train.\", \"in_reply_to_id\": \"$reply\"}" >/dev/null
post dan "{\"status\": \"@bob that crumb looks great. Recipe?\", \"in_reply_to_id\": \"$bread\"}" >/dev/null
api carol POST "/api/v1/statuses/$bread/reblog" >/dev/null
api bob POST "/api/v1/statuses/$first/favourite" >/dev/null
api carol POST "/api/v1/statuses/$first/favourite" >/dev/null
api dan POST "/api/v1/statuses/$first/reblog" >/dev/null
post bob '{"status": "Friendly reminder that keyboard shortcuts exist: press ? in Tuskline to see them all."}' >/dev/null
kill "$SERVER_PID"; wait "$SERVER_PID" 2>/dev/null || true

# 3. Log into the instance through the first-run page, then look around by keyboard.
# A deck column next to the main one (remembered in the settings like any other).
cat >> "$CONFIG/settings.ini" <<INI
[deck]
columns\\1\\account=alice@127.0.0.1:$PORT
columns\\1\\timeline=notifications
columns\\size=1
INI
app >/dev/null 2>&1 &
APP_PID=$!
trap 'kill $APP_PID 2>/dev/null || true' EXIT
WIN=""
for _ in $(seq 100); do
    WIN="$(xdotool search --name '^Tuskline$' 2>/dev/null | head -1 || true)"
    [ -n "$WIN" ] && break
    sleep 0.1
done
[ -n "$WIN" ] || { echo "screenshots.sh: the app window did not appear" >&2; exit 1; }
xdotool windowfocus --sync "$WIN"
sleep 1.5
keys() { xdotool key --window "$WIN" --delay 120 "$@"; sleep "${PAUSE:-1.2}"; }
shot() { import -window "$WIN" "$OUT/$1.png"; echo "wrote $OUT/$1.png"; }

xdotool type --window "$WIN" --delay 40 alice
keys Tab
xdotool type --window "$WIN" --delay 40 "$PASSWORD"
PAUSE=4 keys Return
shot home
keys g n
shot notifications
keys g h
# Row 3 of home is Alice's reply inside a conversation: the thread has ancestors.
keys j j j
PAUSE=2 keys o
shot thread
keys Escape
PAUSE=2 keys p
shot profile
keys Escape question
shot shortcuts
keys Escape
kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true
