#!/usr/bin/env bash
# Runs bench_app under Xvfb (OpenGL on llvmpipe, like a desktop without a GPU) with a private
# D-Bus and an unlocked GNOME Keyring, so the launched app can read its login.
#   tests/bench/bench_app.sh [BUILD_DIR]     (default build/dev)
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
BUILD="$(cd "${1:-$ROOT/build/dev}" && pwd)"
if [ -z "${TUSKLINE_BENCH_INNER:-}" ]; then
    WORK="$(mktemp -d)"
    trap 'rm -rf "$WORK"' EXIT
    mkdir -p "$WORK/home" "$WORK/runtime"
    chmod 700 "$WORK/runtime"
    export HOME="$WORK/home" XDG_RUNTIME_DIR="$WORK/runtime" TUSKLINE_BENCH_INNER=1
    # BENCH_PLATFORM=offscreen: software scene graph instead of OpenGL on llvmpipe.
    export QT_QPA_PLATFORM="${BENCH_PLATFORM:-xcb}" QT_QUICK_CONTROLS_STYLE=Fusion QT_LOGGING_RULES="*.info=false"
    unset DBUS_SESSION_BUS_ADDRESS XDG_CURRENT_DESKTOP KDE_SESSION_VERSION
    exec xvfb-run -a -s "-screen 0 1280x800x24" dbus-run-session -- "$0" "$@"
fi
printf %s bench | gnome-keyring-daemon --unlock --components=secrets >/dev/null
exec "$BUILD/bin/bench_app"
