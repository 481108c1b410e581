#!/usr/bin/env bash
# The offline bundles for workshop laptops, in one command:
#
#   tools/dist.sh
#
# builds the release app for Linux and for Windows (cross-compiled with mingw) and writes
#   dist/sanad-<version>-linux-x86_64.tar.gz
#   dist/sanad-<version>-windows-x86_64.zip
#   dist/SHA256SUMS.txt                      (of the two archives)
# Each holds one folder, sanad-<version>/, with the program, assets/, scenarios/, locales/,
# the authoring guide (docs/authoring.md), the licences (code: LICENSE-MIT, LICENSE-APACHE;
# fonts: assets/fonts/OFL.txt; art: assets/scene/LICENSE.md, assets/icon/LICENSE.md), the
# trainers' start guides (START-en.html, START-ar.html, START-ckb.html), the portable-mode
# marker sanad-portable.txt (records stay beside the program; delete it to use the user
# profile) and SHA256SUMS.txt of every file in the folder.
#
# Needs: rustup (the Windows target is added when missing), Debian's gcc-mingw-w64-x86-64
# (the linker and windres for the icon and version information), python3 (the zip), tar.
# Nothing from Wine: tools/windows-engine-tests.sh and tools/windows-render-test.sh test the
# Windows build. Two release builds take about 45 minutes on 2 cores from clean.
#
# Environment: CARGO_TARGET_DIR (default: target), DIST_SKIP_BUILD=1 to bundle what is built.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
win=x86_64-pc-windows-gnu
version=$(sed -n 's/^version = "\(.*\)"$/\1/p' Cargo.toml | head -1)
tdir=${CARGO_TARGET_DIR:-$root/target}
export CARGO_TARGET_X86_64_PC_WINDOWS_GNU_LINKER=${CARGO_TARGET_X86_64_PC_WINDOWS_GNU_LINKER:-x86_64-w64-mingw32-gcc}

. tools/need.sh
need x86_64-w64-mingw32-gcc:gcc-mingw-w64-x86-64 python3:python3
need_target "$win"

if [ "${DIST_SKIP_BUILD:-}" != 1 ]; then
  echo "building the Linux release"
  cargo build --release --locked
  echo "building the Windows release ($win)"
  cargo build --release --locked --target "$win"
fi
linux_exe=$tdir/release/sanad
windows_exe=$tdir/$win/release/sanad.exe
for f in "$linux_exe" "$windows_exe"; do
  [ -f "$f" ] || { echo "error: $f is not built" >&2; exit 1; }
done

mkdir -p dist
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT

# One bundle's folder: $1 = the executable, $2 = its name in the bundle, $3 = the folder.
fill() {
  local exe=$1 name=$2 dir=$3
  mkdir -p "$dir/docs"
  cp "$exe" "$dir/$name"
  cp -r assets scenarios locales "$dir/"
  cp docs/authoring.md "$dir/docs/"
  cp LICENSE-MIT LICENSE-APACHE "$dir/"
  cp docs/sanad-portable.txt "$dir/"
  for l in en ar ckb; do cp "docs/trainers/start-$l.html" "$dir/START-$l.html"; done
  cat > "$dir/README.txt" <<TXT
Sanad $version: victim-centred investigation training

Start here: START-en.html (English), START-ar.html (العربية), START-ckb.html (کوردی).
Open one in a web browser; no internet is needed.

Start the program: $name. Scenario authors: docs/authoring.md.
Licences: LICENSE-MIT and LICENSE-APACHE (the program), assets/fonts/OFL.txt (the Noto
fonts), assets/scene/LICENSE.md and assets/icon/LICENSE.md (the drawings).
SHA256SUMS.txt lists a SHA-256 checksum for every file in this folder.
TXT
  # The checksums of every file, paths with /, as `sha256sum -c SHA256SUMS.txt` reads them.
  (cd "$dir" && find . -type f ! -name SHA256SUMS.txt -printf '%P\n' | LC_ALL=C sort \
     | xargs -d '\n' sha256sum > SHA256SUMS.txt)
}

folder=sanad-$version
lin=$stage/linux/$folder
winf=$stage/windows/$folder
fill "$linux_exe" sanad "$lin"
fill "$windows_exe" sanad.exe "$winf"

linux_out=dist/sanad-$version-linux-x86_64.tar.gz
windows_out=dist/sanad-$version-windows-x86_64.zip
rm -f "$linux_out" "$windows_out"
tar -C "$stage/linux" --owner=0 --group=0 -czf "$linux_out" "$folder"
python3 - "$stage/windows" "$folder" "$windows_out" <<'PY'
import os, sys, zipfile
base, folder, out = sys.argv[1:4]
with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
    for dirpath, dirs, files in os.walk(os.path.join(base, folder)):
        dirs.sort()
        for f in sorted(files):
            full = os.path.join(dirpath, f)
            z.write(full, os.path.relpath(full, base))
PY
(cd dist && sha256sum "$(basename "$linux_out")" "$(basename "$windows_out")" > SHA256SUMS.txt)

size() { du -h "$1" | cut -f1; }
echo
echo "bundles (version $version):"
printf '  %-45s %6s  (program %s)\n' "$linux_out" "$(size "$linux_out")" "$(size "$linux_exe")"
printf '  %-45s %6s  (program %s)\n' "$windows_out" "$(size "$windows_out")" "$(size "$windows_exe")"
echo "  dist/SHA256SUMS.txt"
