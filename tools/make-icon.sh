#!/usr/bin/env bash
# Makes assets/icon/sanad.ico (the Windows executable's icon, embedded by build.rs) from
# assets/icon/sanad.svg: PNG images at 16, 24, 32, 48, 64 and 256 px in one .ico file
# (Windows Vista and later read PNG entries). Run it after changing the SVG and commit both.
#
# Needs: rsvg-convert (Debian's librsvg2-bin) and python3.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v rsvg-convert >/dev/null || { echo "error: needs rsvg-convert (apt-get install librsvg2-bin)" >&2; exit 2; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
sizes=(16 24 32 48 64 256)
for s in "${sizes[@]}"; do
  rsvg-convert -w "$s" -h "$s" assets/icon/sanad.svg -o "$tmp/$s.png"
done
python3 - "$tmp" assets/icon/sanad.ico "${sizes[@]}" <<'PY'
import struct, sys
tmp, out, sizes = sys.argv[1], sys.argv[2], [int(s) for s in sys.argv[3:]]
images = [open(f"{tmp}/{s}.png", "rb").read() for s in sizes]
head = struct.pack("<HHH", 0, 1, len(images))
offset = 6 + 16 * len(images)
entries, data = b"", b""
for s, img in zip(sizes, images):
    dim = 0 if s >= 256 else s  # 0 means 256 in an ICONDIRENTRY
    entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(img), offset + len(data))
    data += img
open(out, "wb").write(head + entries + data)
print(f"{out}: {len(images)} images, {6 + len(entries) + len(data)} bytes")
PY
