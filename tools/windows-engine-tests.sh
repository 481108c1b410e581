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

. tools/wine-shim/setup.sh

start=$(date +%s)
cargo test --no-default-features --target "$target" --lib --test engine --no-run
built=$(date +%s)
echo "windows engine build: $((built - start)) s"
cargo test --no-default-features --target "$target" --lib --test engine "$@"
end=$(date +%s)
echo "windows engine tests under wine: $((end - built)) s (build $((built - start)) s)"
