#!/bin/sh
# Installs what is missing, builds (release preset), and launches the Tuskline app.
#   packaging/run.sh [app arguments...]
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/packaging/install-deps.sh"
cd "$root"
# Let ccache reuse objects across clones of the repository (CI builds a fresh clone each time).
export CCACHE_BASEDIR="$root" CCACHE_NOHASHDIR=1
cmake --preset release >/dev/null
cmake --build --preset release
exec "$root/build/release/bin/tuskline" "$@"
