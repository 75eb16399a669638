#!/usr/bin/env bash
# smoke.sh BINARY: start the real app in Xvfb, wait for its window, step with the keyboard, check that the window's
# pixels changed, that the log holds no Fyne threading error, and close it.
set -euo pipefail
bin=$1
dir=$(mktemp -d)
display=:$((150 + RANDOM % 100))
Xvfb "$display" -screen 0 1400x900x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
trap 'kill $app $xvfb 2>/dev/null || true' EXIT
sleep 0.5
export DISPLAY=$display
LANG=en_US.UTF-8 "$bin" >"$dir/app.log" 2>&1 &
app=$!
win=""
for _ in $(seq 1 100); do
  win=$(xdotool search --onlyvisible --name Storylens 2>/dev/null | head -n 1 || true)
  [ -n "$win" ] && break
  kill -0 "$app" 2>/dev/null || { echo "smoke: app exited early"; cat "$dir/app.log"; exit 1; }
  sleep 0.2
done
[ -n "$win" ] || { echo "smoke: no window titled Storylens within 20 s"; cat "$dir/app.log"; exit 1; }
echo "smoke: window $win is up"
sleep 4 # let the background loading finish
xdotool windowfocus --sync "$win" 2>/dev/null || true
xwd -root -silent -display "$display" > "$dir/before.xwd"
xdotool key --delay 150 Right Right
sleep 2
xwd -root -silent -display "$display" > "$dir/after.xwd"
if cmp -s "$dir/before.xwd" "$dir/after.xwd"; then
  echo "smoke: the window did not change after pressing Right twice"; exit 1
fi
echo "smoke: the window changed after stepping"
if grep -q "Error in Fyne call thread" "$dir/app.log"; then
  echo "smoke: Fyne threading errors in the log:"; grep -m5 "Error in Fyne call thread" "$dir/app.log"; exit 1
fi
kill -0 "$app" 2>/dev/null || { echo "smoke: app died"; cat "$dir/app.log"; exit 1; }
xdotool key ctrl+q
for _ in $(seq 1 50); do kill -0 "$app" 2>/dev/null || break; sleep 0.2; done
if kill -0 "$app" 2>/dev/null; then echo "smoke: Ctrl+Q did not quit the app within 10 s"; exit 1; fi
wait "$app" && echo "smoke: Ctrl+Q quit the app cleanly" || { echo "smoke: the app exited with status $?"; cat "$dir/app.log"; exit 1; }
echo "smoke: ok"
