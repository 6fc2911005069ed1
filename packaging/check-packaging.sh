#!/usr/bin/env bash
# The packaging checks CI runs after the test suite (scripts/test.sh):
#   desktop    the desktop entry and AppStream metadata validate
#   icons      every icon size is committed; .ico and .icns are well formed
#   workflows  the GitHub workflow files are valid YAML (yamllint)
#   signing    the signing scripts parse, and skip when no identity is set
#   nsis       the Windows installer script compiles (makensis; the Linux
#              binaries it wraps are thrown away)
#   deb        the .deb installs, runs and removes cleanly (check-deb.sh)
#
#   packaging/check-packaging.sh [BUILD_DIR]      (default: build/ci)
set -euo pipefail
cd "$(dirname "$0")/.."

build_dir=${1:-build/ci}
passed=0
skipped=0
say() { printf 'check-packaging: %s\n' "$*"; }
pass() {
    say "$1: ok"
    passed=$((passed + 1))
}
skip() {
    say "$1: SKIPPED ($2)"
    skipped=$((skipped + 1))
}
fail() {
    printf 'check-packaging: %s: FAILED: %s\n' "$1" "$2" >&2
    printf 'packaging: %d passed, 1 failed, %d skipped\n' "$passed" "$skipped"
    exit 1
}

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# --- desktop entry and AppStream metadata -------------------------------------
if command -v desktop-file-validate >/dev/null && command -v appstreamcli >/dev/null; then
    desktop-file-validate resources/linux/app.ringback.Ringback.desktop \
        || fail desktop "desktop-file-validate"
    appstreamcli validate --no-net resources/linux/app.ringback.Ringback.metainfo.xml \
        >"$work/appstream.log" 2>&1 || {
        cat "$work/appstream.log" >&2
        fail desktop "appstreamcli validate"
    }
    version=$(sed -n 's/^project(Ringback VERSION \([0-9.]*\).*/\1/p' CMakeLists.txt)
    grep -q "<release version=\"$version\"" resources/linux/app.ringback.Ringback.metainfo.xml \
        || fail desktop "the metainfo lists no release $version (CMakeLists.txt's version)"
    pass desktop
else
    skip desktop "desktop-file-utils or appstream not installed"
fi

# --- icons --------------------------------------------------------------------
for size in 16 22 24 32 48 64 128 256 512; do
    png=resources/icons/png/ringback-$size.png
    [ -f "$png" ] || fail icons "$png is missing (resources/icons/generate.sh)"
    file "$png" | grep -q "PNG image data, $size x $size" || fail icons "$png is not ${size}x$size"
done
file resources/icons/ringback.ico | grep -q "MS Windows icon resource" \
    || fail icons "ringback.ico is not an icon file"
[ "$(head -c 4 resources/icons/ringback.icns)" = icns ] || fail icons "ringback.icns is not ICNS"
pass icons

# --- workflow files -----------------------------------------------------------
if command -v yamllint >/dev/null; then
    yamllint -c packaging/ci/yamllint.yml .github/workflows/ || fail workflows "yamllint"
    pass workflows
else
    skip workflows "yamllint not installed"
fi

# --- signing scripts ----------------------------------------------------------
bash -n packaging/sign-macos.sh || fail signing "sign-macos.sh does not parse"
bash -n packaging/ci/smoke-macos.sh || fail signing "smoke-macos.sh does not parse"
env -u MACOS_SIGN_IDENTITY packaging/sign-macos.sh Ringback.dmg >"$work/sign.log" 2>&1 \
    || fail signing "sign-macos.sh without an identity did not skip"
grep -q "skipped" "$work/sign.log" || fail signing "sign-macos.sh did not say it skipped"
cmake -P packaging/cpack-sign.cmake || fail signing "cpack-sign.cmake"
pass signing

# --- the build: configured for CPack? -------------------------------------------
[ -f "$build_dir/CPackConfig.cmake" ] || fail build "$build_dir is not a configured build folder"

# --- Windows installer script -------------------------------------------------
if command -v makensis >/dev/null; then
    cpack --config "$build_dir/CPackConfig.cmake" -G NSIS -B "$work/nsis" >"$work/nsis.log" 2>&1 || {
        cat "$work/nsis.log" >&2
        fail nsis "cpack -G NSIS (makensis) did not compile the installer script"
    }
    grep -q 'uninstall-data.nsh' "$work/nsis/_CPack_Packages/"*/NSIS/project.nsi \
        || fail nsis "the uninstaller does not include uninstall-data.nsh"
    pass nsis
else
    skip nsis "makensis (nsis) not installed"
fi

# --- Debian package -------------------------------------------------------------
packaging/check-deb.sh "$build_dir" | tee "$work/deb.log" || fail deb "check-deb.sh"
if grep -q "SKIPPED" "$work/deb.log"; then
    skip deb "see above"
else
    pass deb
fi

printf 'packaging: %d passed, 0 failed, %d skipped\n' "$passed" "$skipped"
