#!/usr/bin/env bash
# Every test, in the two builds CI checks:
#   1. the engine alone, without bevy (`--no-default-features`): about a minute; and the
#      engine benchmarks built, not run;
#   2. the full build: the app, the headless app tests and the render tests;
#   3. the Windows code paths, under Wine: the engine's tests built for Windows
#      (tools/windows-engine-tests.sh), the Windows and Linux builds' `run --format json`
#      compared (tools/windows-identical-output.sh), and the full app type-checked for
#      Windows (`cargo check --target x86_64-pc-windows-gnu`). They need Wine and mingw
#      (`apt-get install wine wine64 gcc-mingw-w64-x86-64`; the scripts install them when
#      run as root) and are reported as skipped otherwise.
# Render tests need a display: under Xvfb when it is installed (`apt-get install xvfb
# mesa-vulkan-drivers libvulkan1 xauth`), otherwise they are reported as skipped by name.
# SANAD_REQUIRE_RENDER=1 turns a skipped render test into a failure, SANAD_REQUIRE_WINDOWS=1
# a skipped Windows part (CI sets both).
set -euo pipefail
cd "$(dirname "$0")/.."
cargo test --no-default-features
# The benchmarks are not run here (timings vary), only built, so that they keep compiling.
cargo bench --no-default-features --no-run --bench engine --bench report
if [ -z "${DISPLAY:-}" ] && command -v xvfb-run >/dev/null 2>&1; then
  xvfb-run -a -s "-screen 0 1280x800x24" cargo test
else
  cargo test
fi
if [ "${SANAD_REQUIRE_WINDOWS:-}" = 1 ] \
  || { command -v wine >/dev/null 2>&1 && command -v x86_64-w64-mingw32-gcc >/dev/null 2>&1; }; then
  tools/windows-engine-tests.sh
  tools/windows-identical-output.sh
  CARGO_TARGET_X86_64_PC_WINDOWS_GNU_LINKER=x86_64-w64-mingw32-gcc \
    cargo check --target x86_64-pc-windows-gnu --bin sanad
else
  echo "windows: skipped (no Wine or mingw; apt-get install wine wine64 gcc-mingw-w64-x86-64)"
fi
