#!/bin/sh
# Runs an AT-SPI test script under Xvfb and a private D-Bus session bus (the AT-SPI bus is started
# by D-Bus activation): `run_a11y.sh PROGRAM SCRIPT [ARGS...]` runs `SCRIPT PROGRAM ARGS...`.
# Exit 77 (skipped) when the tools are missing.
host="$1"
script="$2"
shift 2
for tool in xvfb-run dbus-run-session /usr/bin/python3; do
    command -v "$tool" >/dev/null 2>&1 || { echo "missing $tool: skipped"; exit 77; }
done
/usr/bin/python3 -c 'import pyatspi' 2>/dev/null || { echo "python3-pyatspi missing: skipped"; exit 77; }
[ -x /usr/libexec/at-spi-bus-launcher ] || { echo "at-spi2-core missing: skipped"; exit 77; }

XDG_RUNTIME_DIR="$(mktemp -d)"
chmod 700 "$XDG_RUNTIME_DIR"
export XDG_RUNTIME_DIR
export QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 QT_ACCESSIBILITY=1 NO_AT_BRIDGE=0
export QT_QPA_PLATFORM=xcb QT_LOGGING_RULES='*.debug=false'
unset DBUS_SESSION_BUS_ADDRESS AT_SPI_BUS_ADDRESS
exec xvfb-run -a -s "-screen 0 1280x900x24" \
    dbus-run-session -- /usr/bin/python3 "$script" "$host" "$@"
