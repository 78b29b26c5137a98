#!/usr/bin/env bash
# Cold start to the unlock window, measured from outside as a user sees it (docs/PERFORMANCE.md,
# "Desktop"): the time from exec of the GUI to the moment its window is mapped on the X server.
#
#   bench/cold_start.sh GUI VAULT_DIR [RUNS]
#
# Runs under its own Xvfb (xvfb-run), a fresh settings folder each run (no remembered user), and polls
# the X server's window tree every 5 ms (xwininfo) for the program's viewable top-level window, so
# the figures have 5 ms resolution plus two xwininfo calls (~5 ms). The first run also warms the page
# cache with the program's libraries; it is printed but left out of the median.
set -euo pipefail
gui=$(realpath "$1")
vault=$(realpath "$2")
runs=${3:-10}
if [[ -z ${BENCH_COLD_START_INNER:-} ]]; then
  exec env BENCH_COLD_START_INNER=1 xvfb-run -a -s "-screen 0 1440x900x24" "$0" "$@"
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export LANG=C.UTF-8 LC_ALL=C.UTF-8 QT_QPA_PLATFORM=xcb CLINICDESK_LOG_DIR="$work/logs"

now_ms() { date +%s%3N; }
# A top-level window of the program (WM_CLASS "clinicdesk" "ClinicDesk"; Qt's own helper windows have
# none) that is mapped and viewable.
viewable() {
  local id
  id=$(xwininfo -root -tree 2>/dev/null | awk '/\("clinicdesk" "ClinicDesk"\)/ {print $1; exit}')
  [[ -n $id ]] && xwininfo -id "$id" 2>/dev/null | grep -q 'IsViewable'
}
times=()
for ((i = 0; i <= runs; i++)); do
  export XDG_CONFIG_HOME="$work/config-$i"
  start=$(now_ms)
  "$gui" --vault "$vault" >/dev/null 2>&1 &
  pid=$!
  until viewable; do
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "cold_start: $gui exited before showing a window" >&2
      exit 1
    fi
    sleep 0.005
  done
  shown=$(($(now_ms) - start))
  kill "$pid"
  wait "$pid" 2>/dev/null || true
  if ((i == 0)); then
    echo "run  0 (warm-up): ${shown} ms"
  else
    echo "run $(printf %2d "$i"): ${shown} ms"
    times+=("$shown")
  fi
done
sorted=$(printf '%s\n' "${times[@]}" | sort -n)
n=${#times[@]}
median=$(echo "$sorted" | sed -n "$(((n + 1) / 2))p")
p95=$(echo "$sorted" | sed -n "$(((n * 95 + 99) / 100))p")
echo "cold start -> unlock window mapped: median ${median} ms, p95 ${p95} ms, min $(echo "$sorted" | head -1) ms," \
  "max $(echo "$sorted" | tail -1) ms ($n runs; target <= 600 ms)"
