#!/usr/bin/env bash
# The README's test command: from a fresh Debian 12 / Ubuntu machine, install
# what is missing, configure, build (warnings are errors) and run the whole
# test suite headless.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
# ccache, when installed, makes rebuilds cheap (CMake reads the launcher from
# the environment when it configures a new build folder); without it the
# compilers run directly.
if [ -z "${CMAKE_CXX_COMPILER_LAUNCHER:-}" ] && command -v ccache >/dev/null 2>&1; then
    export CMAKE_CXX_COMPILER_LAUNCHER=ccache
fi
cmake --preset ci
cmake --build --preset ci
# The translation catalogues hold every text lupdate finds in the code.
scripts/check-translations.sh
# The same code with Clang, warnings as errors too (build/ci-clang): all of
# it is built; its unit tests run below, the rest only under GCC.
cmake --preset ci-clang
cmake --build --preset ci-clang

# Headless: widgets draw offscreen; a private runtime folder; a throw-away
# D-Bus session so nothing touches the user's own desktop services.
export QT_QPA_PLATFORM=offscreen
XDG_RUNTIME_DIR=$(mktemp -d)
export XDG_RUNTIME_DIR
chmod 700 "$XDG_RUNTIME_DIR"
trap 'rm -rf "$XDG_RUNTIME_DIR"' EXIT

# Inside it, a throw-away unlocked gnome-keyring (its own HOME, so the user's
# real keyring is never touched) for the keychain tests (ctest -L keychain);
# gnome-keyring-daemon --unlock reads the password from stdin (gnome-keyring-daemon(1)).
dbus-run-session -- sh -c '
  HOME=$(mktemp -d); export HOME
  XDG_DATA_HOME=$HOME/.local/share; export XDG_DATA_HOME
  mkdir -p "$XDG_DATA_HOME/keyrings"
  eval "$(printf "test\n" | gnome-keyring-daemon --unlock --components=secrets)"
  rc=0; ctest --preset ci || rc=$?
  ctest --preset ci-clang || rc=$?
  rm -rf "$HOME"; exit $rc'

# Installers: desktop metadata, workflow files, the Windows installer script,
# and the .deb installed, run and removed on this machine (needs root or
# password-less sudo, else that part is skipped with a message).
packaging/check-packaging.sh build/ci
