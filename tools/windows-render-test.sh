#!/usr/bin/env bash
# The Windows render test: the full app cross-compiled for Windows (debug), run under Wine
# and Xvfb, draws the home and play screens in English and Arabic, and the render test
# harness (tests/render.rs) checks each picture as it checks the Linux build's: the texts the
# screen holds, where they are, right-to-left mirroring, nothing cut off, not blank.
#
#   tools/windows-render-test.sh [render test names; default: the home and play screens in en and ar]
#
# Not part of ./tests/all.sh: the Windows app build adds about 8 minutes and a 1.2 GB
# executable, which CI cannot spare; CI type-checks the full app for Windows instead
# (`cargo check --target x86_64-pc-windows-gnu`). Needs what tools/windows-engine-tests.sh
# needs, plus Xvfb and Mesa's Vulkan driver.
#
# SANAD_WIN_EXE=path/to/sanad.exe tests that build instead of building the debug one (for
# instance the release program of tools/dist.sh, in target/x86_64-pc-windows-gnu/release/).
#
# Under Wine the app renders with these two settings (../shared/notes/windows-under-wine.md):
# WGPU_BACKEND=vulkan (Wine's DX12 path fails to compile shaders), and a Wine virtual desktop
# (set in the prefix's registry below), without which winit rejects Wine's display modes.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
target=x86_64-pc-windows-gnu

. tools/wine-shim/setup.sh

start=$(date +%s)
if [ -z "${SANAD_WIN_EXE:-}" ]; then
  cargo build --target "$target" --bin sanad
  echo "windows app build: $(( $(date +%s) - start )) s"
  SANAD_WIN_EXE=$tdir/$target/debug/sanad.exe
fi
export SANAD_WIN_EXE
# Every program of this prefix opens in a virtual desktop (`wine explorer /desktop=..` would
# do that too, but returns its own exit code, not the program's).
wine reg add 'HKCU\Software\Wine\Explorer' /v Desktop /d Default /f >/dev/null
wine reg add 'HKCU\Software\Wine\Explorer\Desktops' /v Default /d 1920x1080 /f >/dev/null
export SANAD_RENDER_EXE=$root/tools/wine-shim/sanad-under-wine.sh
export WGPU_BACKEND=vulkan
if [ $# -eq 0 ]; then
  set -- render_en_home render_ar_home render_en_play render_ar_play --exact
fi
run() {
  if [ -z "${DISPLAY:-}" ]; then
    xvfb-run -a -s "-screen 0 1280x800x24" "$@"
  else
    "$@"
  fi
}
# The harness itself is the Linux test binary; only the program it starts is sanad.exe.
unset CARGO_TARGET_X86_64_PC_WINDOWS_GNU_RUNNER
run cargo test --test render -- "$@"
echo "windows render test: $(( $(date +%s) - start )) s in all"
