# Sourced by tools/windows-engine-tests.sh and tools/windows-render-test.sh (with `root` and
# `target` set): the system packages, the Rust target, the bcryptprimitives.dll shim and a Wine
# prefix of our own, and Cargo's runner and linker for the Windows target.
. tools/need.sh
need x86_64-w64-mingw32-gcc:gcc-mingw-w64-x86-64 "wine:wine wine64"
need_target "$target"

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

