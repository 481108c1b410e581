#!/usr/bin/env bash
# The app's performance figures, measured side by side with examples/bare (the smallest bevy app
# with the same features and window size) on this machine, under one X display:
#   - start-up: process start to the third frame of the home screen (SANAD_STARTUP_BENCH=1),
#     PAIRS alternating runs of each, medians;
#   - idle CPU: user+sys CPU seconds over IDLE_S seconds on the home screen, after SETTLE_S
#     seconds to settle; the bare app continuous (the reference) and reactive;
#   - peak memory: VmHWM (peak resident set) at the end of the idle run.
# Targets: start-up <= 1.3x the bare app, idle CPU < 5% of the continuous bare app, peak memory
# <= 1.3x the continuous bare app. Exits 0 when all are met, 1 when one is not, 2 on a setup error.
#
# Usage: tools/measure-app.sh          (PAIRS=10 IDLE_S=10 SETTLE_S=5 ROUNDS=3 by default)
# Builds both in release first (respects CARGO_TARGET_DIR). Without DISPLAY it runs itself under
# xvfb-run (Debian: apt-get install xvfb xauth mesa-vulkan-drivers libvulkan1).
set -euo pipefail
self=$(cd "$(dirname "$0")" && pwd)/$(basename "$0")
cd "$(dirname "$self")/.."
root=$PWD
PAIRS=${PAIRS:-10}
IDLE_S=${IDLE_S:-10}
SETTLE_S=${SETTLE_S:-5}
ROUNDS=${ROUNDS:-3}

if [ -z "${DISPLAY:-}" ]; then
  if ! command -v xvfb-run >/dev/null 2>&1; then
    echo "error: no DISPLAY and no xvfb-run (apt-get install xvfb xauth mesa-vulkan-drivers libvulkan1)" >&2
    exit 2
  fi
  exec xvfb-run -a -s "-screen 0 1280x800x24" "$self" "$@"
fi

echo "building (release)..." >&2
cargo build --release --bin sanad >&2
# The example needs the `measure` feature; the app binary above is built exactly as
# `cargo build --release` builds it.
cargo build --release --features measure --example bare >&2
target=$(cargo metadata --format-version 1 --no-deps |
  python3 -c 'import json, sys; print(json.load(sys.stdin)["target_directory"])')
app=$target/release/sanad
bare=$target/release/examples/bare

tmp=$(mktemp -d)
child=
cleanup() {
  if [ -n "$child" ]; then kill "$child" 2>/dev/null || true; fi
  rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# cmd_for KIND [ARGS]: sets CMD to the command line of the app (KIND sanad; on its home screen,
# with fresh preferences and records) or of the bare app (KIND bare).
cmd_for() {
  local kind=$1 data
  shift
  if [ "$kind" = sanad ]; then
    data=$(mktemp -d "$tmp/data.XXXXXX")
    CMD=(env SANAD_DATA_DIR="$data" XDG_DATA_HOME="$data" XDG_CONFIG_HOME="$data"
      "$app" --content "$root" --lang en "$@")
  else
    CMD=("$bare" "$@")
  fi
}

# startup KIND [ARGS]: sets MS to the milliseconds to the third frame.
startup() {
  local name=$1
  cmd_for "$@"
  MS=$(SANAD_STARTUP_BENCH=1 timeout 120 "${CMD[@]}" 2>"$tmp/$name.log" | awk '/^first_frames_ms / {print $2}') || true
  if [ -z "$MS" ]; then
    echo "error: $name printed no first_frames_ms; its log:" >&2
    tail -20 "$tmp/$name.log" >&2
    exit 2
  fi
}

# cpu_ticks PID: user+sys clock ticks of all its threads (fields 14 and 15 of /proc/PID/stat).
cpu_ticks() { sed 's/^.*) //' "/proc/$1/stat" | awk '{print $12 + $13}'; }

# idle NAME KIND [ARGS]: sets CPU to the CPU seconds over IDLE_S seconds after SETTLE_S, and
# PEAK to the peak resident set in KiB.
idle() {
  local name=$1 t0 t1 w0 w1 hwm
  shift
  cmd_for "$@"
  "${CMD[@]}" >"$tmp/$name.log" 2>&1 &
  child=$!
  sleep "$SETTLE_S"
  if ! kill -0 "$child" 2>/dev/null; then
    echo "error: $name exited during start-up; its log:" >&2
    tail -20 "$tmp/$name.log" >&2
    exit 2
  fi
  t0=$(cpu_ticks "$child")
  w0=$(date +%s.%N)
  sleep "$IDLE_S"
  t1=$(cpu_ticks "$child")
  w1=$(date +%s.%N)
  hwm=$(awk '/^VmHWM:/ {print $2}' "/proc/$child/status")
  kill "$child"
  wait "$child" 2>/dev/null || true
  child=
  PEAK=$hwm
  # CPU seconds, scaled to exactly IDLE_S seconds of wall time.
  CPU=$(awk -v a="$t0" -v b="$t1" -v hz="$(getconf CLK_TCK)" -v w0="$w0" -v w1="$w1" \
    -v s="$IDLE_S" 'BEGIN { printf "%.2f", (b - a) / hz * s / (w1 - w0) }')
}

median() { tr ' ' '\n' | grep . | sort -g | awk '{v[NR] = $1} END {
  if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

echo "start-up: 1 warm-up and $PAIRS alternating runs each..." >&2
startup sanad
startup bare --reactive
s_app=() s_bare=()
for ((i = 1; i <= PAIRS; i++)); do
  if ((i % 2)); then
    startup sanad; s_app+=("$MS")
    startup bare --reactive; s_bare+=("$MS")
  else
    startup bare --reactive; s_bare+=("$MS")
    startup sanad; s_app+=("$MS")
  fi
done

echo "idle: $ROUNDS rounds of sanad, bare continuous, bare reactive (${SETTLE_S} s + ${IDLE_S} s each)..." >&2
c_app=() c_cont=() c_reac=() m_app=() m_cont=() m_reac=()
for ((i = 1; i <= ROUNDS; i++)); do
  idle sanad sanad; c_app+=("$CPU"); m_app+=("$PEAK")
  idle bare-continuous bare; c_cont+=("$CPU"); m_cont+=("$PEAK")
  idle bare-reactive bare --reactive; c_reac+=("$CPU"); m_reac+=("$PEAK")
done

startup_app=$(echo "${s_app[*]}" | median)
startup_bare=$(echo "${s_bare[*]}" | median)
cpu_app=$(echo "${c_app[*]}" | median)
cpu_cont=$(echo "${c_cont[*]}" | median)
cpu_reac=$(echo "${c_reac[*]}" | median)
mem_app=$(echo "${m_app[*]}" | median)
mem_cont=$(echo "${m_cont[*]}" | median)
mem_reac=$(echo "${m_reac[*]}" | median)

echo
echo "Machine: $(nproc) cores, $(uname -m); display $DISPLAY; $(date -u +%Y-%m-%dT%H:%MZ)"
echo "start-up runs (ms)  sanad: ${s_app[*]}"
echo "                    bare (reactive): ${s_bare[*]}"
echo "idle CPU-s per ${IDLE_S} s  sanad: ${c_app[*]}; bare continuous: ${c_cont[*]}; bare reactive: ${c_reac[*]}"
echo "peak RSS (KiB)      sanad: ${m_app[*]}; bare continuous: ${m_cont[*]}; bare reactive: ${m_reac[*]}"
echo
awk -v sa="$startup_app" -v sb="$startup_bare" \
  -v ca="$cpu_app" -v cc="$cpu_cont" -v cr="$cpu_reac" \
  -v ma="$mem_app" -v mc="$mem_cont" -v mr="$mem_reac" -v s="$IDLE_S" 'BEGIN {
  fail = 0
  printf "%-30s %10s %10s %10s %9s  %s\n", "figure (medians)", "sanad", "bare", "ratio", "target", "met"
  r = sb > 0 ? sa / sb : 0; ok = r <= 1.3; fail += !ok
  printf "%-30s %10.0f %10.0f %9.2fx %9s  %s\n", "start-up to 3rd frame, ms", sa, sb, r, "<= 1.3x", ok ? "yes" : "NO"
  r = cc > 0 ? ca / cc * 100 : 0; ok = cc > 0 && r < 5; fail += !ok
  printf "%-30s %10.2f %10.2f %9.1f%% %9s  %s\n", "idle CPU-s per " s " s (cont.)", ca, cc, r, "< 5%", ok ? "yes" : "NO"
  printf "%-30s %10s %10.2f\n", "  bare reactive", "", cr
  r = mc > 0 ? ma / mc : 0; ok = r <= 1.3; fail += !ok
  printf "%-30s %10.0f %10.0f %9.2fx %9s  %s\n", "peak memory, MiB (cont.)", ma / 1024, mc / 1024, r, "<= 1.3x", ok ? "yes" : "NO"
  printf "%-30s %10s %10.0f\n", "  bare reactive", "", mr / 1024
  exit fail ? 1 : 0
}'
