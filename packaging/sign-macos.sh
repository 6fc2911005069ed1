#!/usr/bin/env bash
# Signs Ringback for macOS with a Developer ID, and notarises it. Opt-in: with
# no signing identity in the environment it says so and does nothing (exit 0).
#
#   packaging/sign-macos.sh PATH...     PATH: Ringback.app and/or a .dmg
#
# An .app is signed inside out (libraries, Qt plugins, provider plugins, then
# the app) with the hardened runtime and a secure timestamp, then verified. A
# .dmg is signed and, when notary credentials are set, notarised and stapled.
# CPack signs the .app before it builds the disk image (packaging/
# cpack-sign.cmake); CI then signs and notarises the .dmg.
#
# Environment:
#   MACOS_SIGN_IDENTITY          "Developer ID Application: Name (TEAMID)"; unset = skip
#   MACOS_SIGN_CERT_BASE64       optional: the .p12 certificate, base64, imported into
#   MACOS_SIGN_CERT_PASSWORD       a temporary keychain (CI); otherwise the login keychain
#   MACOS_NOTARY_KEYCHAIN_PROFILE  notarytool profile (xcrun notarytool store-credentials), or
#   MACOS_NOTARY_APPLE_ID, MACOS_NOTARY_TEAM_ID, MACOS_NOTARY_PASSWORD (app-specific password)
set -euo pipefail

say() { printf 'sign-macos: %s\n' "$*"; }

if [ -z "${MACOS_SIGN_IDENTITY:-}" ]; then
    say "skipped: MACOS_SIGN_IDENTITY is not set (unsigned build)"
    exit 0
fi
if [ $# -eq 0 ]; then
    echo "usage: $0 Ringback.app|Ringback.dmg ..." >&2
    exit 2
fi
if [ "$(uname -s)" != Darwin ]; then
    echo "sign-macos: signing needs macOS (codesign, notarytool)" >&2
    exit 1
fi

keychain=""
cleanup() {
    if [ -n "$keychain" ]; then
        security delete-keychain "$keychain" 2>/dev/null || true
    fi
}
trap cleanup EXIT

if [ -n "${MACOS_SIGN_CERT_BASE64:-}" ]; then
    keychain="$(mktemp -d)/ringback-signing.keychain-db"
    keychain_password=$(openssl rand -hex 16)
    certificate="$(dirname "$keychain")/certificate.p12"
    printf '%s' "$MACOS_SIGN_CERT_BASE64" | base64 --decode >"$certificate"
    security create-keychain -p "$keychain_password" "$keychain"
    security set-keychain-settings -lut 3600 "$keychain"
    security unlock-keychain -p "$keychain_password" "$keychain"
    security import "$certificate" -k "$keychain" -P "${MACOS_SIGN_CERT_PASSWORD:-}" \
        -T /usr/bin/codesign
    security set-key-partition-list -S apple-tool:,apple: -s -k "$keychain_password" "$keychain" \
        >/dev/null
    # Search the temporary keychain first, then the user's.
    security list-keychains -d user -s "$keychain" $(security list-keychains -d user | tr -d '"')
    rm -f "$certificate"
fi

sign() {
    codesign --force --timestamp --options runtime --sign "$MACOS_SIGN_IDENTITY" \
        ${keychain:+--keychain "$keychain"} "$@"
}

notarise() {
    local file=$1
    local auth=()
    if [ -n "${MACOS_NOTARY_KEYCHAIN_PROFILE:-}" ]; then
        auth=(--keychain-profile "$MACOS_NOTARY_KEYCHAIN_PROFILE")
    elif [ -n "${MACOS_NOTARY_APPLE_ID:-}" ] && [ -n "${MACOS_NOTARY_TEAM_ID:-}" ] \
        && [ -n "${MACOS_NOTARY_PASSWORD:-}" ]; then
        auth=(--apple-id "$MACOS_NOTARY_APPLE_ID" --team-id "$MACOS_NOTARY_TEAM_ID"
            --password "$MACOS_NOTARY_PASSWORD")
    else
        say "notarisation skipped: no notary credentials set"
        return 0
    fi
    say "notarising $file (this waits for Apple)"
    xcrun notarytool submit "$file" "${auth[@]}" --wait
    xcrun stapler staple "$file"
    xcrun stapler validate "$file"
}

sign_app() {
    local app=$1
    say "signing $app"
    # Inside out: every library and plugin first, frameworks as a whole, the
    # app bundle last. (codesign --deep is not meant for distribution.)
    while IFS= read -r -d '' binary; do
        sign "$binary"
    done < <(find "$app/Contents" \( -name '*.dylib' -o -name '*.so' \) -type f -print0)
    if [ -d "$app/Contents/Frameworks" ]; then
        while IFS= read -r -d '' framework; do
            sign "$framework"
        done < <(find "$app/Contents/Frameworks" -maxdepth 1 -name '*.framework' -print0)
    fi
    sign "$app"
    codesign --verify --deep --strict --verbose=2 "$app"
}

for target in "$@"; do
    case "$target" in
    *.app | *.app/) sign_app "${target%/}" ;;
    *.dmg)
        say "signing $target"
        sign "$target"
        notarise "$target"
        ;;
    *)
        echo "sign-macos: not an .app or .dmg: $target" >&2
        exit 2
        ;;
    esac
done
say "done"
