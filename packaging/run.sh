#!/bin/sh
# Installs what is missing, builds (release preset), and launches the Tuskline app.
#   packaging/run.sh [app arguments...]
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/packaging/install-deps.sh"
cd "$root"
cmake --preset release >/dev/null
cmake --build --preset release
exec "$root/build/release/bin/tuskline" "$@"
