#!/bin/sh
# Cargo's target runner for x86_64-pc-windows-gnu (set by tools/windows-engine-tests.sh):
# runs a Windows test binary under Wine, with the prefix and the bcryptprimitives.dll shim
# the script prepared. The shim sits in the prefix's system32, so that every .exe, the test
# binaries and the sanad.exe they start, finds it.
set -e
: "${WINEPREFIX:?set by tools/windows-engine-tests.sh}"
export WINEDEBUG="${WINEDEBUG:--all}"
exec wine "$@"
