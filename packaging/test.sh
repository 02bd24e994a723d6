#!/bin/sh
# Installs what is missing, builds, and runs the whole test suite; ends with ctest's summary.
#   packaging/test.sh [preset]      preset: dev (default) or asan
# The tests need no display and no desktop session: GUI tests run on the offscreen platform (or
# Xvfb where they need a real window), and a private D-Bus session with an unlocked gnome-keyring
# gives them the real Secret Service.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
preset=${1:-dev}
"$root/packaging/install-deps.sh"
cd "$root"
# Let ccache reuse objects across clones of the repository (CI builds a fresh clone each time).
export CCACHE_BASEDIR="$root" CCACHE_NOHASHDIR=1
cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset"

run_dir=$(mktemp -d)
trap 'rm -rf "$run_dir"' EXIT
export HOME="$run_dir/home" XDG_RUNTIME_DIR="$run_dir/xdg" QT_QPA_PLATFORM=offscreen
export TUSKLINE_FIXTURES="${TUSKLINE_FIXTURES:-$root/../shared/fixtures}"
mkdir -p "$HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
unset DBUS_SESSION_BUS_ADDRESS XDG_CURRENT_DESKTOP KDE_SESSION_VERSION DISPLAY || true
jobs=$(nproc 2>/dev/null || echo 2)
exec dbus-run-session -- sh -c '
    printf %s tuskline-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1
    ctest --preset "$0" -j "$1"' "$preset" "$jobs"
