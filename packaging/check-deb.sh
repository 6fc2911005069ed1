#!/usr/bin/env bash
# Checks the Debian package end to end on this machine: builds it with CPack
# from a configured and built build folder, validates its desktop entry and
# AppStream metadata, installs it (pulling Debian's Qt packages it depends
# on), runs the installed /usr/bin/ringback (--version without a display, a
# headless run on the simulator found in /usr/lib/ringback/providers, SIGTERM
# -> exit 0, --export, a window whose second launch exits 0), then purges it
# and checks that none of its files are left.
#
#   packaging/check-deb.sh [BUILD_DIR]        (default: build/ci)
#
# Installing needs root: run as root (CI), or with sudo that does not ask for
# a password; otherwise the check is skipped with a message. It cleans up
# after itself, also when a step fails. An already installed ringback package
# is never replaced: the check then stops (fails under CI=true, else skips).
set -euo pipefail
cd "$(dirname "$0")/.."

build_dir=${1:-build/ci}
say() { printf 'check-deb: %s\n' "$*"; }
fail() {
    printf 'check-deb: FAILED: %s\n' "$*" >&2
    exit 1
}

if [ "$(id -u)" -eq 0 ]; then
    as_root=()
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    as_root=(sudo -n)
else
    say "SKIPPED: installing a package needs root or password-less sudo (run as root to check the .deb)"
    exit 0
fi
[ -f "$build_dir/CPackConfig.cmake" ] || fail "$build_dir is not a configured build folder"

if dpkg-query -W -f='${Status}' ringback 2>/dev/null | grep -q "install ok installed"; then
    message="a ringback package is already installed on this machine; remove it first (apt-get purge ringback)"
    if [ "${CI:-}" = true ]; then
        fail "$message"
    fi
    say "SKIPPED: $message"
    exit 0
fi

work=$(mktemp -d)
installed=false
pids=()
cleanup() {
    local rc=$?
    for pid in "${pids[@]}"; do
        kill -KILL "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
    done
    if [ "$installed" = true ] \
        && dpkg-query -W -f='${Status}' ringback 2>/dev/null | grep -q "installed"; then
        say "cleaning up: purging the test installation"
        DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get purge -y -q ringback >/dev/null 2>&1 \
            || "${as_root[@]}" dpkg --purge ringback >/dev/null 2>&1 || true
    fi
    rm -rf "$work"
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# --- build the package --------------------------------------------------------
say "building the package in $build_dir"
cmake --build "$build_dir" >"$work/build.log" 2>&1 || {
    tail -50 "$work/build.log" >&2
    fail "cmake --build $build_dir"
}
cpack --config "$build_dir/CPackConfig.cmake" -G DEB -B "$work/cpack" >"$work/cpack.log" 2>&1 || {
    cat "$work/cpack.log" >&2
    fail "cpack -G DEB"
}
debs=("$work/cpack"/ringback_*.deb)
[ -f "${debs[0]}" ] || fail "cpack made no ringback_*.deb"
deb=$(realpath "${debs[0]}")
say "package: $(basename "$deb") ($(du -k "$deb" | cut -f1) KiB)"
dpkg-deb --field "$deb" Depends | sed 's/^/check-deb:   Depends: /'

# --- its contents and metadata -----------------------------------------------
dpkg-deb -x "$deb" "$work/root"
for path in usr/bin/ringback \
    usr/lib/ringback/libringback_core.so \
    usr/lib/ringback/providers/libprovider_simulator.so \
    usr/share/applications/app.ringback.Ringback.desktop \
    usr/share/metainfo/app.ringback.Ringback.metainfo.xml \
    usr/share/icons/hicolor/48x48/apps/app.ringback.Ringback.png \
    usr/share/icons/hicolor/scalable/apps/app.ringback.Ringback.svg \
    usr/share/doc/ringback/copyright; do
    [ -e "$work/root/$path" ] || fail "the package lacks /$path"
done
if file "$work/root/usr/bin/ringback" | grep -q "not stripped"; then
    fail "/usr/bin/ringback is not stripped"
fi
if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate "$work/root/usr/share/applications/app.ringback.Ringback.desktop" \
        || fail "desktop-file-validate"
else
    say "desktop-file-validate not found (desktop-file-utils): desktop entry not validated"
fi
if command -v appstreamcli >/dev/null; then
    appstreamcli validate --no-net "$work/root/usr/share/metainfo/app.ringback.Ringback.metainfo.xml" \
        >"$work/appstream.log" 2>&1 || {
        cat "$work/appstream.log" >&2
        fail "appstreamcli validate"
    }
else
    say "appstreamcli not found (appstream): metadata not validated"
fi

# --- install ------------------------------------------------------------------
say "installing"
installed=true
DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get install -y -q --no-install-recommends \
    "$deb" >"$work/install.log" 2>&1 || {
    cat "$work/install.log" >&2
    fail "apt-get install $deb"
}
mapfile -t package_files < <(dpkg-query -L ringback)
[ "$(command -v ringback)" = /usr/bin/ringback ] || fail "ringback is not /usr/bin/ringback on PATH"
# The program and every provider find the one shared core in /usr/lib/ringback
# (their run paths), and every other library they need.
for binary in /usr/bin/ringback /usr/lib/ringback/providers/*.so; do
    ldd "$binary" >"$work/ldd.log" 2>&1 || {
        cat "$work/ldd.log" >&2
        fail "ldd $binary"
    }
    if grep -q "not found" "$work/ldd.log"; then
        cat "$work/ldd.log" >&2
        fail "$binary: a library is not found"
    fi
    # ldd shows the run path's $ORIGIN expanded, e.g. /usr/bin/../lib/ringback/.
    core=$(awk '$1 == "libringback_core.so" { print $3 }' "$work/ldd.log")
    [ -n "$core" ] && [ "$(realpath "$core")" = /usr/lib/ringback/libringback_core.so ] || {
        cat "$work/ldd.log" >&2
        fail "$binary does not load /usr/lib/ringback/libringback_core.so"
    }
done
say "the program and $(find /usr/lib/ringback/providers -name '*.so' | wc -l) providers load /usr/lib/ringback/libringback_core.so"

# The installed program only: no build-tree plugin path, no display.
run_env=(env -u RINGBACK_PROVIDER_PATH -u DISPLAY -u WAYLAND_DISPLAY)

version=$("${run_env[@]}" /usr/bin/ringback --version) || fail "ringback --version exited non-zero"
expected=$(dpkg-query -W -f='${Version}' ringback)
[ "$version" = "Ringback $expected" ] || fail "--version said '$version', expected 'Ringback $expected'"
say "/usr/bin/ringback --version: $version"

# --- headless on the simulator --------------------------------------------------
profile="$work/profile"
printf '{"calls_per_minute": 240, "reply_delay_seconds": 0.2, "seed": 7}\n' >"$work/sim.json"
"${run_env[@]}" QT_LOGGING_RULES="ringback.core.plugins.debug=true" \
    /usr/bin/ringback --headless --profile "$profile" --provider simulator \
    --provider-config "$work/sim.json" >"$work/headless.log" 2>&1 &
headless=$!
pids+=("$headless")
sleep 5
if ! kill -0 "$headless" 2>/dev/null; then
    cat "$work/headless.log" >&2
    fail "the headless engine stopped on its own"
fi
kill -TERM "$headless"
rc=0
wait "$headless" || rc=$?
pids=()
if [ "$rc" -ne 0 ]; then
    cat "$work/headless.log" >&2
    fail "headless run exited $rc after SIGTERM (expected 0)"
fi
grep -q "found provider simulator in /usr/lib/ringback/providers/" "$work/headless.log" || {
    cat "$work/headless.log" >&2
    fail "the simulator plugin was not loaded from /usr/lib/ringback/providers"
}
say "headless run on the simulator: clean exit 0 after SIGTERM"

"${run_env[@]}" /usr/bin/ringback --profile "$profile" --export "$work/export.json" \
    || fail "--export exited non-zero"
grep -q '"format": *"ringback-export"' "$work/export.json" || fail "the export is not a Ringback export"
grep -q '"contact_number"' "$work/export.json" || fail "the export holds no conversation"
say "--export: $(grep -c '"contact_number"' "$work/export.json") conversation(s)"

# --- a window (offscreen), and a second launch that hands over and exits 0 ------
window_profile="$work/window-profile"
runtime="$work/runtime"
mkdir -m 700 "$runtime"
window_env=("${run_env[@]}" QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR="$runtime")
"${window_env[@]}" /usr/bin/ringback --profile "$window_profile" >"$work/window.log" 2>&1 &
window=$!
pids+=("$window")
for _ in $(seq 1 100); do
    [ -e "$window_profile/engine.lock" ] && break
    kill -0 "$window" 2>/dev/null || break
    sleep 0.2
done
sleep 1
kill -0 "$window" 2>/dev/null || {
    cat "$work/window.log" >&2
    fail "the window did not stay up"
}
rc=0
timeout 30 "${window_env[@]}" /usr/bin/ringback --profile "$window_profile" \
    >"$work/second.log" 2>&1 || rc=$?
if [ "$rc" -ne 0 ]; then
    cat "$work/window.log" "$work/second.log" >&2
    fail "a second window launch exited $rc (expected 0: the first one is raised)"
fi
kill -0 "$window" 2>/dev/null || fail "the first window quit when the second launched"
kill -TERM "$window" 2>/dev/null || true
wait "$window" 2>/dev/null || true
pids=()
say "window: starts, and a second launch on its profile raises it and exits 0"

# --- the installed desktop files -------------------------------------------------
if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate /usr/share/applications/app.ringback.Ringback.desktop \
        || fail "installed desktop entry"
fi

# --- remove ---------------------------------------------------------------------
say "removing"
DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get purge -y -q ringback >"$work/remove.log" 2>&1 || {
    cat "$work/remove.log" >&2
    fail "apt-get purge ringback"
}
installed=false
[ ! -e /usr/bin/ringback ] || fail "/usr/bin/ringback is still there"
[ ! -e /usr/lib/ringback ] || fail "/usr/lib/ringback is still there"
if dpkg-query -W -f='${Status}' ringback 2>/dev/null | grep -q "installed\|config-files"; then
    fail "dpkg still lists ringback"
fi
for path in "${package_files[@]}"; do
    if [ -f "$path" ] || [ -L "$path" ]; then
        fail "$path was left behind"
    fi
done
[ -f "$profile/ringback.sqlite" ] || fail "removing the package touched the user's data"
say "removed cleanly (${#package_files[@]} paths checked; user data kept)"
say "OK"
