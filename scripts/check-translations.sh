#!/usr/bin/env bash
# CI check: the translation catalogues (translations/ringback_*.ts) are up to
# date with the code. Runs lupdate over app/, core/ and providers/ into
# temporary copies of the catalogues, with the options of the
# update_translations target (app/CMakeLists.txt), and fails when
#   - lupdate finds texts missing from the catalogues (new or changed tr()
#     strings: they come out "unfinished"),
#   - the catalogues hold texts the code no longer has (or were edited into a
#     form lupdate would rewrite): the copy differs from the committed file,
#   - lupdate had to guess the context of a tr() call ("lacks Q_OBJECT macro":
#     a tr() outside a class with Q_OBJECT or Q_DECLARE_TR_FUNCTIONS), so its
#     translation would never be found at run time.
# To fix: cmake --build <build dir> --target update_translations, translate the
# new messages in translations/ringback_es.ts (in ringback_en.ts the
# translation is the English text, with singular and plural forms for %n),
# then build and run tst_translations.
# LUPDATE=/path/to/lupdate overrides where lupdate is looked for.
set -euo pipefail
cd "$(dirname "$0")/.."

lupdate=${LUPDATE:-}
if [ -z "$lupdate" ]; then
    for candidate in "$(qtpaths6 --query QT_HOST_BINS 2>/dev/null)/lupdate" \
        "$(qtpaths --query QT_HOST_BINS 2>/dev/null)/lupdate" \
        /usr/lib/qt6/bin/lupdate "$(command -v lupdate || true)"; do
        if [ -x "$candidate" ]; then
            lupdate=$candidate
            break
        fi
    done
fi
if [ -z "$lupdate" ]; then
    echo "check-translations: lupdate not found (Debian: qt6-l10n-tools); set LUPDATE" >&2
    exit 1
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
catalogues=(translations/ringback_*.ts)
copies=()
for ts in "${catalogues[@]}"; do
    cp "$ts" "$tmp/"
    copies+=("$tmp/$(basename "$ts")")
done

"$lupdate" -locations none -no-obsolete app core providers -ts "${copies[@]}" \
    >"$tmp/lupdate.log" 2>&1 || {
    cat "$tmp/lupdate.log" >&2
    echo "check-translations: lupdate failed" >&2
    exit 1
}

failed=0
if grep -q "lacks Q_OBJECT macro" "$tmp/lupdate.log"; then
    echo "check-translations: tr() with a context lupdate has to guess (use a class with" >&2
    echo "  Q_OBJECT or Q_DECLARE_TR_FUNCTIONS, or QCoreApplication::translate):" >&2
    grep "lacks Q_OBJECT macro" "$tmp/lupdate.log" | sed 's/^/  /' >&2
    failed=1
fi

for ts in "${catalogues[@]}"; do
    copy="$tmp/$(basename "$ts")"
    new=$(grep -c 'type="unfinished"' "$copy" || true)
    if [ "$new" -gt 0 ]; then
        echo "check-translations: $ts lacks $new message(s) lupdate found in the code:" >&2
        grep -B3 'type="unfinished"' "$copy" | grep '<source>' \
            | sed -e 's/^ *<source>/  /' -e 's/<\/source>$//' -e 's/&quot;/"/g' -e 's/&lt;/</g' \
                -e 's/&gt;/>/g' -e "s/&apos;/'/g" -e 's/&amp;/\&/g' >&2
        failed=1
    elif ! diff -q "$ts" "$copy" >/dev/null; then
        echo "check-translations: $ts is out of date (texts gone from the code, or not in" >&2
        echo "  lupdate's form); update_translations would change it:" >&2
        diff -u "$ts" "$copy" | head -40 >&2 || true
        failed=1
    fi
done

if [ "$failed" -ne 0 ]; then
    echo "check-translations: FAILED. Run: cmake --build <build dir> --target update_translations," >&2
    echo "  translate the new messages in translations/ringback_es.ts and ringback_en.ts." >&2
    exit 1
fi
echo "check-translations: ${#catalogues[@]} catalogues up to date ($(grep -c '<message' "${catalogues[0]}") messages)"
