#!/usr/bin/env bash
# The engine (no bevy) built for Windows (x86_64-pc-windows-gnu, cross-compiled with mingw)
# and its tests run under Wine: `cargo test --lib` and `--test engine`.
#
#   tools/windows-engine-tests.sh [extra cargo test args, e.g. -- notepad]
#
# Needs: rustup, and Debian's `gcc-mingw-w64-x86-64 wine wine64` (installed with apt-get when
# missing and running as root; otherwise the script says what to install). The Rust target
# is added with rustup when missing.
#
# Wine 8 lacks bcryptprimitives.dll, which Rust's std needs (see
# tools/wine-shim/bcryptprimitives.c): the shim is built with mingw into the target dir and
# put in the system32 folder of a Wine prefix kept under the target dir. It is test tooling
# only and never goes into dist/. Cargo's runner for the target is tools/wine-shim/wine-runner.sh.
#
# Environment: CARGO_TARGET_DIR (default: target), WINEPREFIX (default: under the target dir).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
target=x86_64-pc-windows-gnu

# What the system needs.
missing=()
command -v x86_64-w64-mingw32-gcc >/dev/null 2>&1 || missing+=(gcc-mingw-w64-x86-64)
command -v wine >/dev/null 2>&1 || missing+=(wine wine64)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "installing: ${missing[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  else
    echo "error: missing system packages; install them with:" >&2
    echo "  sudo apt-get install ${missing[*]}" >&2
    exit 2
  fi
fi
if ! rustup target list --installed | grep -qx "$target"; then
  echo "adding the Rust target $target"
  rustup target add "$target"
fi

tdir=${CARGO_TARGET_DIR:-$root/target}
mkdir -p "$tdir"
tdir=$(cd "$tdir" && pwd)
wdir=$tdir/wine
mkdir -p "$wdir"

# The shim, built into the target dir (never into dist/).
shim=$wdir/bcryptprimitives.dll
if [ ! -f "$shim" ] || [ tools/wine-shim/bcryptprimitives.c -nt "$shim" ]; then
  x86_64-w64-mingw32-gcc -shared -O2 -o "$shim" tools/wine-shim/bcryptprimitives.c -ladvapi32
fi

# A Wine prefix of our own, created on first use (a few seconds), with the shim in system32
# so that every .exe finds it: the test binaries and the sanad.exe the CLI tests start.
export WINEPREFIX=${WINEPREFIX:-$wdir/prefix}
export WINEDEBUG=-all
if [ ! -d "$WINEPREFIX/drive_c/windows/system32" ]; then
  echo "creating the Wine prefix $WINEPREFIX"
  wineboot -i >/dev/null 2>&1 || true
  wineserver -w || true
fi
cp -f "$shim" "$WINEPREFIX/drive_c/windows/system32/bcryptprimitives.dll"

export CARGO_TARGET_X86_64_PC_WINDOWS_GNU_RUNNER=$root/tools/wine-shim/wine-runner.sh
export CARGO_TARGET_X86_64_PC_WINDOWS_GNU_LINKER=${CARGO_TARGET_X86_64_PC_WINDOWS_GNU_LINKER:-x86_64-w64-mingw32-gcc}
export CARGO_TARGET_DIR=$tdir

start=$(date +%s)
cargo test --no-default-features --target "$target" --lib --test engine --no-run
built=$(date +%s)
echo "windows engine build: $((built - start)) s"
cargo test --no-default-features --target "$target" --lib --test engine "$@"
end=$(date +%s)
echo "windows engine tests under wine: $((end - built)) s (build $((built - start)) s)"
