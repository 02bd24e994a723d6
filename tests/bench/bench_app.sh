#!/usr/bin/env bash
# Runs bench_app under Xvfb (a desktop without a GPU) with a private D-Bus and an unlocked GNOME
# Keyring, so the launched app can read its login.
#   tests/bench/bench_app.sh [BUILD_DIR]     (default build/dev)
# Without a GPU device the app renders with Qt Quick's software renderer (src/app/main.cpp);
# QSG_RHI_BACKEND=opengl measures OpenGL on llvmpipe instead, and the usual Qt/glibc knobs
# (QSG_RENDER_LOOP, MALLOC_ARENA_MAX, ...) pass through to the app. Besides the figures it prints
# where the RSS is: anon / file-backed / OpenGL driver (Mesa + LLVM + JIT code) / QML heap /
# malloc in use and free.
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
