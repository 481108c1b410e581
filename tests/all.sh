#!/usr/bin/env bash
# Every test, in the two builds CI checks:
#   1. the engine alone, without bevy (`--no-default-features`): about a minute; and the
#      engine benchmarks built, not run;
#   2. the full build: the app, the headless app tests and the render tests.
# Render tests need a display: under Xvfb when it is installed (`apt-get install xvfb
# mesa-vulkan-drivers libvulkan1 xauth`), otherwise they are reported as skipped by name.
# SANAD_REQUIRE_RENDER=1 turns a skipped render test into a failure (CI sets it).
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
