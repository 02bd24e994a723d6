#!/bin/sh
# Runs an AT-SPI test script under Xvfb and a private D-Bus session bus (the AT-SPI bus is started
# by D-Bus activation): `run_a11y.sh PROGRAM SCRIPT [ARGS...]` runs `SCRIPT PROGRAM ARGS...`.
# Exit 77 (skipped) when the tools are missing.
host="$1"
script="$2"
shift 2
for tool in Xvfb dbus-run-session /usr/bin/python3; do
    command -v "$tool" >/dev/null 2>&1 || { echo "missing $tool: skipped"; exit 77; }
done
/usr/bin/python3 -c 'import pyatspi' 2>/dev/null || { echo "python3-pyatspi missing: skipped"; exit 77; }
[ -x /usr/libexec/at-spi-bus-launcher ] || { echo "at-spi2-core missing: skipped"; exit 77; }

XDG_RUNTIME_DIR="$(mktemp -d)"
chmod 700 "$XDG_RUNTIME_DIR"
export XDG_RUNTIME_DIR
export QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 QT_ACCESSIBILITY=1 NO_AT_BRIDGE=0
export QT_QPA_PLATFORM=xcb QT_LOGGING_RULES='*.debug=false'
# Under ASan: libxkbcommon-x11 (Debian 12) strndup()s keymap names that are not NUL-terminated
# within n bytes; strict_string_checks reports that read of a system library as an overflow.
if [ -n "${ASAN_OPTIONS:-}" ]; then
    export ASAN_OPTIONS="$ASAN_OPTIONS:strict_string_checks=0"
fi
unset DBUS_SESSION_BUS_ADDRESS AT_SPI_BUS_ADDRESS

# Xvfb picks a free display itself (-displayfd): `xvfb-run -a` races with other X servers
# started at the same moment (parallel ctest, other builds) and then loses its display.
Xvfb -displayfd 3 -screen 0 1280x900x24 -nolisten tcp -noreset 3>"$XDG_RUNTIME_DIR/display" \
    >"$XDG_RUNTIME_DIR/xvfb.log" 2>&1 &
xvfb=$!
for _ in $(seq 100); do
    [ -s "$XDG_RUNTIME_DIR/display" ] && break
    sleep 0.1
done
[ -s "$XDG_RUNTIME_DIR/display" ] || { cat "$XDG_RUNTIME_DIR/xvfb.log"; kill "$xvfb"; exit 1; }
DISPLAY=":$(cat "$XDG_RUNTIME_DIR/display")"
export DISPLAY

# The private bus activates only the AT-SPI bus (a config of its own: the standard one always
# adds /usr/share/dbus-1/services), so no keyring or other desktop service starts behind the
# test's back; the app then asks for a session-only login, which the tests expect.
mkdir -p "$XDG_RUNTIME_DIR/services"
ln -s /usr/share/dbus-1/services/org.a11y.Bus.service "$XDG_RUNTIME_DIR/services/"
cat >"$XDG_RUNTIME_DIR/session.conf" <<CONF
<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:tmpdir=$XDG_RUNTIME_DIR</listen>
  <auth>EXTERNAL</auth>
  <servicedir>$XDG_RUNTIME_DIR/services</servicedir>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
CONF
dbus-run-session --config-file="$XDG_RUNTIME_DIR/session.conf" -- \
    /usr/bin/python3 "$script" "$host" "$@"
rc=$?
kill "$xvfb" 2>/dev/null
wait "$xvfb" 2>/dev/null
rm -rf "$XDG_RUNTIME_DIR"
exit $rc
