#!/usr/bin/env bash
# The app's performance figures, measured side by side with examples/bare (the smallest bevy app
# with the same features and window size) on this machine, under one X display:
#   - start-up: process start to the third frame of the home screen (SANAD_STARTUP_BENCH=1),
#     PAIRS alternating runs of each, medians;
#   - idle CPU: user+sys CPU seconds over IDLE_S seconds on the home screen, after SETTLE_S
#     seconds to settle; the bare app continuous (the reference) and reactive;
#   - peak memory: VmHWM (peak resident set) at the end of the idle run;
#   - the play screen with the scene: idle CPU after a choice has changed the scene (the fade
#     ends, then nothing is drawn), the keys sent with xdotool as a trainee types them;
#   - key press to the frame that shows the next node: `sanad shot --press 1` on the play
#     screen, LATENCY runs, median milliseconds and frames.
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
LATENCY=${LATENCY:-10}
# The play screen measured: the shipped interview, at its first decision.
PLAY_SCENARIO=${PLAY_SCENARIO:-domestic-worker-passport}

if [ -z "${DISPLAY:-}" ]; then
  if ! command -v xvfb-run >/dev/null 2>&1; then
    echo "error: no DISPLAY and no xvfb-run (apt-get install xvfb xauth mesa-vulkan-drivers libvulkan1)" >&2
    exit 2
  fi
  exec xvfb-run -a -s "-screen 0 1280x800x24" "$self" "$@"
fi

if ! command -v xdotool >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq xdotool >/dev/null
  else
    echo "error: xdotool is needed for the play-screen figures (apt-get install xdotool)" >&2
    exit 2
  fi
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

# idle_play: sets CPU and PEAK as idle does, on the play screen: the app opens the briefing,
# Enter starts, and Enter again goes on to the next line, whose speaker the scene lights (the
# picture changes and fades); the idle window starts SETTLE_S later.
idle_play() {
  local t0 t1 w0 w1 hwm
  cmd_for sanad --scenario "$PLAY_SCENARIO"
  "${CMD[@]}" >"$tmp/play.log" 2>&1 &
  child=$!
  sleep "$SETTLE_S"
  wid=$(xdotool search --sync --name '^Sanad$' | head -1)
  xdotool windowfocus --sync "$wid" >/dev/null 2>&1 || true
  xdotool key Return
  sleep 2
  # The next line: another speaker, so the scene's picture changes and fades.
  xdotool key Return
  sleep "$SETTLE_S"
  if ! kill -0 "$child" 2>/dev/null; then
    echo "error: the app exited on the play screen; its log:" >&2
    tail -20 "$tmp/play.log" >&2
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

echo "play screen: $ROUNDS idle rounds after a choice, $LATENCY key-press latencies..." >&2
c_play=() m_play=()
for ((i = 1; i <= ROUNDS; i++)); do
  idle_play; c_play+=("$CPU"); m_play+=("$PEAK")
done
l_ms=() l_frames=()
for ((i = 1; i <= LATENCY; i++)); do
  line=$("$app" shot --content "$root" --lang en --screen play --scenario "$PLAY_SCENARIO" \
    --press 1 --out "$tmp/press.png" 2>"$tmp/press.log" | awk '/^latency_ms / {print $2, $4}') || true
  if [ -z "$line" ]; then
    echo "error: sanad shot --press printed no latency; its log:" >&2
    tail -20 "$tmp/press.log" >&2
    exit 2
  fi
  l_ms+=("${line% *}"); l_frames+=("${line#* }")
done
cpu_play=$(echo "${c_play[*]}" | median)
mem_play=$(echo "${m_play[*]}" | median)
lat_ms=$(echo "${l_ms[*]}" | median)
lat_frames=$(echo "${l_frames[*]}" | median)

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
echo "play screen         idle CPU-s: ${c_play[*]}; peak RSS (KiB): ${m_play[*]}"
echo "key press to frame  ms: ${l_ms[*]}; frames: ${l_frames[*]}"
echo
awk -v sa="$startup_app" -v sb="$startup_bare" \
  -v ca="$cpu_app" -v cc="$cpu_cont" -v cr="$cpu_reac" \
  -v ma="$mem_app" -v mc="$mem_cont" -v mr="$mem_reac" -v s="$IDLE_S" \
  -v cp="$cpu_play" -v mp="$mem_play" -v lm="$lat_ms" -v lf="$lat_frames" 'BEGIN {
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
  r = cc > 0 ? cp / cc * 100 : 0; ok = cc > 0 && r < 5; fail += !ok
  printf "%-30s %10.2f %10.2f %9.1f%% %9s  %s\n", "play+scene idle CPU-s (cont.)", cp, cc, r, "< 5%", ok ? "yes" : "NO"
  r = mc > 0 ? mp / mc : 0; ok = r <= 1.5; fail += !ok
  printf "%-30s %10.0f %10.0f %9.2fx %9s  %s\n", "play+scene peak memory, MiB", mp / 1024, mc / 1024, r, "<= 1.5x", ok ? "yes" : "NO"
  ok = lf <= 2; fail += !ok
  printf "%-30s %10.1f %10s %10s %9s  %s\n", "key press to frame, ms", lm, "", "", "", ""
  printf "%-30s %10d %10s %10s %9s  %s\n", "  frames after the key frame", lf, "", "", "<= 2", ok ? "yes" : "NO"
  exit fail ? 1 : 0
}'
