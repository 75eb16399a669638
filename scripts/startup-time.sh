#!/usr/bin/env bash
# startup-time.sh [RUNS]: time from exec to the first visible window, for Storylens and for a bare Fyne window
# (tools/barewindow), measured the same way under Xvfb: start the program, poll every 10 ms for a visible window
# with its title (xdotool), record the elapsed time. Prints the median of RUNS (default 7) for each and the ratio.
# Exits 1 when Storylens takes more than 1.3x the bare window (issue 6: the first frame appears at once).
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-7}
export PATH="$PATH:/usr/local/go/bin:$HOME/.local/go/bin"
go build -o /tmp/storylens-startup . && go build -o /tmp/barewindow-startup ./tools/barewindow
display=:$((300 + RANDOM % 100))
Xvfb "$display" -screen 0 1400x900x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null || true' EXIT
sleep 0.5
export DISPLAY=$display LANG=en_US.UTF-8

measure() { # BINARY TITLE -> milliseconds to a visible window
  local t0 t1 pid
  t0=$(date +%s%N)
  "$1" >/dev/null 2>&1 &
  pid=$!
  for _ in $(seq 1 1000); do
    if xdotool search --onlyvisible --name "$2" >/dev/null 2>&1; then break; fi
    sleep 0.01
  done
  t1=$(date +%s%N)
  kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null || true
  echo $(( (t1 - t0) / 1000000 ))
}
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

measure /tmp/barewindow-startup "Bare Fyne window" >/dev/null # warm the page cache
measure /tmp/storylens-startup "Storylens" >/dev/null
bare=(); sl=()
for _ in $(seq 1 "$runs"); do
  bare+=("$(measure /tmp/barewindow-startup "Bare Fyne window")")
  sl+=("$(measure /tmp/storylens-startup "Storylens")")
done
b=$(printf '%s\n' "${bare[@]}" | median)
s=$(printf '%s\n' "${sl[@]}" | median)
ratio=$(awk -v s="$s" -v b="$b" 'BEGIN {printf "%.2f", s / b}')
echo "bare Fyne window: ${bare[*]} ms (median $b)"
echo "storylens:        ${sl[*]} ms (median $s)"
echo "ratio: $ratio (limit 1.30)"
awk -v r="$ratio" 'BEGIN {exit !(r <= 1.30)}'
