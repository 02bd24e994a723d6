#!/bin/sh
# Installs whatever packaging/debian-packages.txt lists and this machine lacks (Debian 12 / Ubuntu 24.04).
# Uses sudo when not root. Does nothing, quickly, when everything is present.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
list="$here/debian-packages.txt"

required=""
optional=""
while IFS= read -r line; do
    line=${line%%#*}
    set -- $line
    [ $# -eq 0 ] && continue
    if [ "${2:-}" = "?" ]; then optional="$optional $1"; else required="$required $1"; fi
done < "$list"

missing=""
for p in $required $optional; do
    status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
    case "$status" in *"install ok installed"*) ;; *) missing="$missing $p" ;; esac
done
[ -z "$missing" ] && exit 0

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO=sudo; fi
export DEBIAN_FRONTEND=noninteractive
echo "Installing:$missing" >&2
$SUDO apt-get update -qq
# Optional packages may not exist on this distribution: install them one by one, tolerating failure.
req_missing=""
for p in $missing; do
    case " $optional " in *" $p "*) ;; *) req_missing="$req_missing $p" ;; esac
done
if [ -n "$req_missing" ]; then
    $SUDO apt-get install -y -qq --no-install-recommends $req_missing
fi
for p in $optional; do
    case " $missing " in *" $p "*)
        $SUDO apt-get install -y -qq --no-install-recommends "$p" || echo "optional package $p not available: skipped" >&2 ;;
    esac
done
