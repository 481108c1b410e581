#!/bin/sh
# Runs the Windows build of sanad ($SANAD_WIN_EXE) under Wine with the given arguments and
# passes on its exit code and output (tools/windows-render-test.sh sets SANAD_RENDER_EXE to
# this script, and the prefix's virtual desktop).
set -e
: "${SANAD_WIN_EXE:?the path of sanad.exe}"
: "${WINEPREFIX:?set by tools/wine-shim/setup.sh}"
export WINEDEBUG="${WINEDEBUG:--all}"
exec wine "$SANAD_WIN_EXE" "$@"
