#!/usr/bin/env bash
# Installs the Debian/Ubuntu packages Ringback needs to build, run and test,
# skipping those already present. Runs apt as root, or through sudo.
set -euo pipefail

packages=(
    build-essential clang cmake ninja-build pkg-config file
    qt6-base-dev libqt6sql6-sqlite qt6-websockets-dev qt6-httpserver-dev
    qtkeychain-qt6-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libphonenumber-dev libicu-dev libssl-dev libgl1-mesa-dev ca-certificates
    xvfb xauth dbus-x11 gnome-keyring
    desktop-file-utils appstream yamllint nsis # packaging checks (packaging/check-packaging.sh)
)

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
    echo "install-deps: all ${#packages[@]} packages present"
    exit 0
fi

echo "install-deps: installing ${missing[*]}"
if [ "$(id -u)" -eq 0 ]; then
    as_root=()
elif command -v sudo >/dev/null 2>&1; then
    as_root=(sudo)
else
    echo "install-deps: run as root or install sudo to install: ${missing[*]}" >&2
    exit 1
fi
export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" apt-get update -q
"${as_root[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
