#!/usr/bin/env bash
# Renders every icon file from the master artwork ringback.svg. The outputs are
# committed (Windows and macOS builders have none of these tools); run this
# after changing the SVG. Needs rsvg-convert (librsvg2-bin), ImageMagick's
# convert and python3.
#   png/ringback-N.png  N = 16 ... 512: window icon and Linux hicolor theme
#   ringback.ico        Windows (16 ... 256)
#   ringback.icns       macOS (16 ... 1024, PNG entries)
set -euo pipefail
cd "$(dirname "$0")"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

render() { rsvg-convert -w "$1" -h "$1" ringback.svg -o "$2"; }

mkdir -p png
for size in 16 22 24 32 48 64 128 256 512; do
    render "$size" "png/ringback-$size.png"
done

ico_sizes=(16 24 32 48 64 128 256)
ico_inputs=()
for size in "${ico_sizes[@]}"; do
    ico_inputs+=("png/ringback-$size.png")
done
convert "${ico_inputs[@]}" ringback.ico

# ICNS: a header and one (type, length, PNG data) entry per size.
for size in 16 32 64 128 256 512 1024; do
    render "$size" "$work/$size.png"
done
python3 - "$work" ringback.icns <<'PY'
import struct, sys
work, out = sys.argv[1], sys.argv[2]
entries = [("icp4", 16), ("icp5", 32), ("icp6", 64), ("ic07", 128), ("ic08", 256),
           ("ic09", 512), ("ic10", 1024), ("ic11", 32), ("ic12", 64), ("ic13", 256),
           ("ic14", 512)]
body = b""
for kind, size in entries:
    with open(f"{work}/{size}.png", "rb") as f:
        data = f.read()
    body += kind.encode("ascii") + struct.pack(">I", len(data) + 8) + data
with open(out, "wb") as f:
    f.write(b"icns" + struct.pack(">I", len(body) + 8) + body)
PY
echo "icons written to $(pwd)"
