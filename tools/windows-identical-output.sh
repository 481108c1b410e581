#!/usr/bin/env bash
# The Windows and the Linux builds play alike: `sanad run --format json` of sanad.exe (under
# Wine) and of the Linux sanad must be byte-identical, once Windows' `\r` is stripped, for
# every scenario with a `tests/plans/*-best*.ron` plan (its choices), with the plan's seed
# and the seeds 0, 1 and 5, in en, ar and ckb. The exit codes must match too (a plan's
# choices may not fit another seed's profile: then both must refuse them alike). Exits 1
# with a diff on the first mismatches.
#
#   tools/windows-identical-output.sh
#
# Both builds are engine-only debug builds (`--no-default-features`). Needs what
# tools/windows-engine-tests.sh needs, and uses its Wine prefix and shim (it runs that
# script's setup part first if the prefix is not there).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
target=x86_64-pc-windows-gnu
tdir=${CARGO_TARGET_DIR:-$root/target}
mkdir -p "$tdir"
tdir=$(cd "$tdir" && pwd)
export CARGO_TARGET_DIR=$tdir
export WINEPREFIX=${WINEPREFIX:-$tdir/wine/prefix}
export WINEDEBUG=-all
# As tools/windows-engine-tests.sh sets it (a different linker setting rebuilds everything).
export CARGO_TARGET_X86_64_PC_WINDOWS_GNU_LINKER=${CARGO_TARGET_X86_64_PC_WINDOWS_GNU_LINKER:-x86_64-w64-mingw32-gcc}

if [ ! -f "$WINEPREFIX/drive_c/windows/system32/bcryptprimitives.dll" ]; then
  echo "error: no Wine prefix with the shim at $WINEPREFIX; run tools/windows-engine-tests.sh first" >&2
  exit 2
fi

start=$(date +%s)
cargo build --no-default-features --bin sanad
cargo build --no-default-features --target "$target" --bin sanad
linux=$tdir/debug/sanad
windows=$tdir/$target/debug/sanad.exe
echo "builds: $(( $(date +%s) - start )) s"

out=$tdir/identical-output
rm -rf "$out"
mkdir -p "$out/linux" "$out/windows"
# One wineserver for all the runs, instead of one started and stopped per run.
wineserver -p 120 2>/dev/null || true  # fails when one is already running: then that one serves

cases=0
failed=0
start=$(date +%s)
for plan in tests/plans/*-best*.ron; do
  scenario=$(sed -n 's/^ *scenario: *"\([^"]*\)".*/\1/p' "$plan" | head -1)
  seed=$(sed -n 's/^ *seed: *\([0-9]*\).*/\1/p' "$plan" | head -1)
  choose=$(sed -n 's/^ *choose: *\[\([0-9, ]*\)\].*/\1/p' "$plan" | head -1 | tr -d ' ')
  [ -n "$scenario" ] && [ -n "$seed" ] && [ -n "$choose" ] || {
    echo "error: cannot read scenario, seed and choose from $plan" >&2
    exit 2
  }
  for s in $(printf '%s\n' "$seed" 0 1 5 | sort -un); do
    for lang in en ar ckb; do
      name=$(basename "$plan" .ron)-seed$s-$lang.json
      args=(--content . run "$scenario" --seed "$s" --choose "$choose" --lang "$lang" --format json)
      lrc=0; "$linux" "${args[@]}" >"$out/linux/$name" 2>/dev/null || lrc=$?
      wrc=0; wine "$windows" "${args[@]}" >"$out/windows/$name.crlf" 2>/dev/null || wrc=$?
      tr -d '\r' <"$out/windows/$name.crlf" >"$out/windows/$name"
      rm -f "$out/windows/$name.crlf"
      cases=$((cases + 1))
      if [ "$lrc" != "$wrc" ] || ! cmp -s "$out/linux/$name" "$out/windows/$name"; then
        failed=$((failed + 1))
        echo "MISMATCH $name (exit: linux $lrc, windows $wrc)"
        if [ "$failed" -le 3 ]; then
          diff -u "$out/linux/$name" "$out/windows/$name" | head -40 || true
        fi
      elif [ "$lrc" = 0 ] && [ ! -s "$out/linux/$name" ]; then
        failed=$((failed + 1))
        echo "EMPTY $name: both builds succeeded and printed nothing"
      fi
    done
  done
done
# The wineserver started above exits by itself after 120 s idle (not killed here: another
# run in the same prefix may be using it).
echo "$cases runs compared in $(( $(date +%s) - start )) s; $failed differ (outputs in $out)"
[ "$failed" -eq 0 ]
