#!/usr/bin/env bash
# CI (.github/workflows/installers.yml): opens the disk image, checks its
# /Applications link, runs the app from it (--version; the engine on the
# simulator, which stays up only if Qt's SQLite driver and the provider plugin
# are inside the bundle; SIGTERM -> exit 0; --export) and detaches it.
#   packaging/ci/smoke-macos.sh Ringback-<version>-macos.dmg
set -euo pipefail

dmg=$1
mount=$(mktemp -d)
profile=$(mktemp -d)
hdiutil attach -nobrowse -readonly -mountpoint "$mount" "$dmg"
trap 'hdiutil detach "$mount" || true; rm -rf "$profile"' EXIT

test -L "$mount/Applications"
app="$mount/Ringback.app"
test -f "$app/Contents/Resources/ringback.icns"
test -d "$app/Contents/PlugIns/providers"
# The one shared core, which the program and the providers load via @rpath.
test -f "$app/Contents/Frameworks/libringback_core.dylib"
exe="$app/Contents/MacOS/Ringback"

"$exe" --version

env -u RINGBACK_PROVIDER_PATH "$exe" --headless --profile "$profile" &
engine=$!
sleep 8
kill -0 "$engine"
kill -TERM "$engine"
wait "$engine"

"$exe" --profile "$profile" --export "$profile/export.json"
grep -q ringback-export "$profile/export.json"
echo "smoke-macos: OK"
